"""Pure date rules for the board's meeting schedule: no database, no Qt."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from cpo_desktop import dates
from cpo_desktop.model.rules import municipal_year_start

# The board meets every two months; the municipal year starts in May, so the default
# meeting months are June, August, October, December, February and April.
DEFAULT_MONTHS = (6, 8, 10, 12, 2, 4)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (Monday=0) of a month; ``n = -1`` means the last one."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday]
    return days[n - 1] if n > 0 else days[n]


def year_meeting_dates(first_year: int, *, weekday: int = 2, week: int = 2,
                       months: tuple[int, ...] = DEFAULT_MONTHS) -> list[dt.date]:
    """The meeting dates of the municipal year that starts in May of ``first_year``."""
    days = []
    for month in months:
        year = first_year if month >= 5 else first_year + 1
        days.append(nth_weekday(year, month, weekday, week))
    return sorted(days)


def day_warnings(day: dt.date, others: Iterable[tuple[str, dt.time]]) -> list[str]:
    """Why ``day`` needs the user's say-so: the calendar's warnings (bank holiday, weekend) and
    each other meeting already that day, given as (kind label, start time)."""
    from cpo_desktop.model.working_days import clash_warnings

    warnings = list(clash_warnings(day))
    for kind_label, start in others:
        warnings.append(f"There is already a {kind_label.lower()} on {dates.long(day)} at {dates.hm(start)}")
    return warnings


PRE_MEETING_WINDOW = dt.timedelta(days=31)  # a young people's pre-meeting is within the month before


def pre_meeting_problem(day: dt.date, start: dt.time, board_day: dt.date, board_start: dt.time) -> str | None:
    """Why a young people's pre-meeting on ``day`` at ``start`` cannot prepare for the board
    meeting on ``board_day`` at ``board_start``, or None: it comes before it, on its day or within
    the month before ("typically directly before a board meeting", the terms of reference)."""
    if (day, start) >= (board_day, board_start):
        return "a pre-meeting comes before the board meeting it prepares for"
    if day < board_day - PRE_MEETING_WINDOW:
        return "a pre-meeting is within the month before the board meeting it prepares for"
    return None


def pre_meetings_left_behind(board_day: dt.date, board_start: dt.time,
                             pre_meetings: Iterable[tuple[dt.date, dt.time]]) -> list[str]:
    """Moving a board meeting to ``board_day`` at ``board_start``: a warning for each of its young
    people's pre-meetings that would no longer prepare for it (after it, or over a month before)."""
    return [f"the young people's pre-meeting of {dates.short(day)} at {dates.hm(start)} would no longer "
            f"prepare for it: {problem}"
            for day, start in sorted(pre_meetings)
            if (problem := pre_meeting_problem(day, start, board_day, board_start))]


def current_municipal_year(today: dt.date) -> int:
    return municipal_year_start(today)
