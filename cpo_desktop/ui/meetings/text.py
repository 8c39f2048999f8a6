"""The meetings view's words: years, dates, warnings and the notes that show them.

Shared by the view and its dialogs; nothing here reads the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel

from cpo_desktop import dates, errors
from cpo_desktop.model import enums, schedule
from cpo_desktop.model.rules import municipal_year_label

HELD = enums.MeetingStatus.HELD.value
CANCELLED = enums.MeetingStatus.CANCELLED.value
NO_THEME = "— no theme —"


def sentence(text: str) -> str:
    """One problem or warning as a sentence (a capital first, a full stop at the end)."""
    return errors.sentence([text])


def year_label(year: int) -> str:
    """'2026/27' for the municipal year starting in May 2026."""
    return municipal_year_label(dt.date(year, 5, 1))


def year_range(year: int) -> str:
    """'2026/27: 1 May 2026 to 30 April 2027'."""
    return f"{year_label(year)}: 1 May {year} to 30 April {year + 1}"


def plain_list(text: str) -> str:
    """'… of June, August, April at 14:00' → '… of June, August and April at 14:00'."""
    head, sep, tail = text.rpartition(" at ")
    if not sep or ", " not in head:
        return text
    first, _, last = head.rpartition(", ")
    return f"{first} and {last} at {tail}"


def short_warning(warning: str, day: dt.date) -> str:
    """A warning where the date is already in sight: "Bank holiday (Easter Monday)"."""
    prefix = f"{dates.long(day)} is "
    if warning.startswith(prefix):
        warning = warning[len(prefix):].removeprefix("a ").removeprefix("at the ")
    return warning[:1].upper() + warning[1:].rstrip(".")


def confirm_text(warnings: Sequence[str]) -> str:
    """The question asked before a change the service warned about is made all the same."""
    return "\n".join(sentence(w) for w in warnings) + "\n\nGo ahead all the same?"


def day_warnings(day: dt.date, rows: Sequence[Any], *, ignore: int | None = None,
                 prepares_for: int | None = None) -> list[str]:
    """What the service will ask about for ``day``, worked out from the rows already shown:
    the calendar's warnings and any other (not cancelled) meeting that day, except a pre-meeting
    and the board meeting it prepares for (as services.meetings.day_warnings)."""
    return schedule.day_warnings(day, [
        (r.kind_label, r.start_time) for r in rows
        if r.date == day and r.id not in (ignore, prepares_for) and r.status != CANCELLED
        and (ignore is None or r.prepares_for != ignore)])


def style_warning_label(label: QLabel) -> None:
    """A soft amber note: something to look at, not something wrong."""
    label.setStyleSheet("QLabel { background: #ffecb3; color: #3b2f00; border: 1px solid #e3c770;"
                        " border-radius: 3px; padding: 6px; }")
    label.setVisible(False)


def show_warnings(label: QLabel, warnings: Sequence[str], after: str = "") -> None:
    """The warnings for a date, each on its line with a ⚠, then ``after``; hidden when none."""
    lines = [f"⚠ {sentence(w)}" for w in warnings]
    if lines and after:
        lines.append(after)
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))


def qtime(value: dt.time) -> QTime:
    """A time as a time edit holds it."""
    return QTime(value.hour, value.minute)


def from_qtime(value: QTime) -> dt.time:
    """A time edit's time as a ``datetime.time``."""
    return dt.time(value.hour(), value.minute())


def weekday_note(day: dt.date, today: dt.date) -> str:
    """'Monday', '… — in the past' or '… — today': the note beside a date being chosen."""
    note = day.strftime("%A")
    if day < today:
        note += " — in the past"
    elif day == today:
        note += " — today"
    return note
