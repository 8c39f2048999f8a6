"""Meetings: the board's meetings year by year, and every change to them.

Planning a municipal year from the board's schedule (and changing that schedule), adding a
meeting, moving or postponing one, calendar files for Outlook, and the way into each meeting's
agenda. Every change goes
through ``services.meetings`` off the UI thread; the view itself never touches the database.

A date that needs a second look (a bank holiday, a weekend, a second meeting that day) is
shown in the dialog while the user chooses it, and asked about once more before anything is
saved: the service raises ``MeetingWarning`` and the change is run again with ``anyway=True``
only if the user says so.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cpo_desktop import errors
from cpo_desktop.model import enums, schedule
from cpo_desktop.model.rules import municipal_year_label, municipal_year_start
from cpo_desktop.model.working_days import is_working_day, long_date, next_working_day
from cpo_desktop.ui import prompts
from cpo_desktop.ui.dialogs import from_qdate, show_problems, style_problem_label, to_qdate
from cpo_desktop.ui.register_views import prepare_table, select_where, selected_row
from cpo_desktop.ui.tablemodel import AMBER, GREY, Column, FilteredRowsModel, RowsModel, RowStyle
from cpo_desktop.wording import and_list

HELD = enums.MeetingStatus.HELD.value
CANCELLED = enums.MeetingStatus.CANCELLED.value
NO_THEME = "— no theme —"
_TODAY = object()  # the year filter's first choice: the municipal year containing today


# --- small helpers ---------------------------------------------------------------------------

def short_date(day: dt.date) -> str:
    """'Wed 09 Dec 2026': the form the table shows."""
    return day.strftime("%a %d %b %Y")


def sentence(text: str) -> str:
    return errors.sentence([text])


def year_label(year: int) -> str:
    """'2026/27' for the municipal year starting in May 2026."""
    return municipal_year_label(dt.date(year, 5, 1))


def year_range(year: int) -> str:
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
    prefix = f"{long_date(day)} is "
    if warning.startswith(prefix):
        warning = warning[len(prefix):].removeprefix("a ").removeprefix("at the ")
    return warning[:1].upper() + warning[1:].rstrip(".")


def without_commands(message: str) -> str:
    """A service's message without its hints for the command line ("(see `cpo-desktop …`)")."""
    return re.sub(r" ?\((?:see )?`[^)]*\)", "", message)


def confirm_text(warnings: Sequence[str]) -> str:
    return "\n".join(sentence(w) for w in warnings) + "\n\nGo ahead all the same?"


def day_warnings(day: dt.date, rows: Sequence[Any], *, ignore: int | None = None) -> list[str]:
    """What the service will ask about for ``day``, worked out from the rows already shown:
    the calendar's warnings and any other (not cancelled) meeting that day."""
    return schedule.day_warnings(day, [(r.kind_label, r.start_time) for r in rows
                                       if r.date == day and r.id != ignore and r.status != CANCELLED])


def style_warning_label(label: QLabel) -> None:
    """A soft amber note: something to look at, not something wrong."""
    label.setStyleSheet("QLabel { background: #ffecb3; color: #3b2f00; border: 1px solid #e3c770;"
                        " border-radius: 3px; padding: 6px; }")
    label.setVisible(False)


def show_warnings(label: QLabel, warnings: Sequence[str], after: str = "") -> None:
    lines = [f"⚠ {sentence(w)}" for w in warnings]
    if lines and after:
        lines.append(after)
    label.setText("\n".join(lines))
    label.setVisible(bool(lines))


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def _weekday_note(day: dt.date, today: dt.date) -> str:
    note = day.strftime("%A")
    if day < today:
        note += " — in the past"
    elif day == today:
        note += " — today"
    return note


# --- dialogs ---------------------------------------------------------------------------------

class MeetingDialog(QDialog):
    """Add one meeting, or (with ``meeting``, a MeetingRow) edit one.

    Adding: the schedule gives the time, length, venue and link to start from; the date's
    warnings are shown as it is chosen (they do not stop OK). Editing: the fields start from the
    meeting; its date and time are shown but not changed here (Move or Postpone keeps that history).
    """

    def __init__(self, themes: Sequence[str], schedule, rows: Sequence[Any], *, today: dt.date,
                 meeting=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_meeting_dialog import Ui_MeetingDialog

        self.ui = ui = Ui_MeetingDialog()
        ui.setupUi(self)
        self.rows, self.today, self.meeting = list(rows), today, meeting
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Add Meeting" if meeting is None else "Save")
        style_problem_label(ui.problemLabel)
        style_warning_label(ui.warningLabel)
        for kind in enums.MeetingKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        ui.themeCombo.addItem(NO_THEME, None)
        for title in themes:
            ui.themeCombo.addItem(title, title)
        if meeting is None:
            ui.dateEdit.setDate(to_qdate(today if is_working_day(today) else next_working_day(today)))
            ui.timeEdit.setTime(_qtime(dt.datetime.strptime(schedule.start_time, "%H:%M").time()))
            ui.durationSpin.setValue(schedule.duration_minutes)
            ui.venueEdit.setText(schedule.venue or "")
            ui.onlineLinkEdit.setText(schedule.online_link or "")
        else:
            self._fill_from(meeting)
        self.touched = meeting is not None  # an existing meeting's own values: a problem is worth saying at once
        for edit in (ui.venueEdit, ui.onlineLinkEdit):
            edit.textEdited.connect(self._touch)
            edit.textChanged.connect(self.validate)
        ui.dateEdit.dateChanged.connect(self.validate)
        self.validate()

    def _fill_from(self, meeting) -> None:
        ui = self.ui
        self.setWindowTitle("Edit Meeting")
        status = {HELD: " (held)", CANCELLED: " (cancelled)"}.get(meeting.status, "")
        ui.introLabel.setText(f"Correct or change the {html.escape(meeting.kind_label.lower())} of "
                              f"<b>{long_date(meeting.date)}</b>{status}.")
        ui.dateEdit.setDate(to_qdate(meeting.date))
        ui.timeEdit.setTime(_qtime(meeting.start_time))
        for edit in (ui.dateEdit, ui.timeEdit):
            edit.setReadOnly(True)
            edit.setButtonSymbols(edit.ButtonSymbols.NoButtons)
            edit.setToolTip("To change the date or time, use Move or Postpone")
            palette = edit.palette()
            palette.setColor(palette.ColorRole.Base, palette.color(palette.ColorRole.Window))
            edit.setPalette(palette)  # looks like what it is: shown, not typed into
        ui.dateEdit.setCalendarPopup(False)
        ui.dateNoteLabel.setVisible(True)
        note = ui.dateNoteLabel.palette()
        note.setColor(ui.dateNoteLabel.foregroundRole(), GREY)  # a quiet note, still easy to read
        ui.dateNoteLabel.setPalette(note)
        ui.durationSpin.setValue(meeting.duration_minutes)
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(meeting.kind), 0))
        if meeting.theme:
            if ui.themeCombo.findData(meeting.theme) < 0:  # no longer one of the priorities: still shown
                ui.themeCombo.addItem(meeting.theme, meeting.theme)
            ui.themeCombo.setCurrentIndex(ui.themeCombo.findData(meeting.theme))
        ui.venueEdit.setText(meeting.venue or "")
        ui.onlineLinkEdit.setText(meeting.online_link or "")
        ui.notesEdit.setText(meeting.notes or "")
        ui.durationSpin.setFocus()

    def _touch(self) -> None:
        self.touched = True
        self.validate()

    def date(self) -> dt.date:
        return from_qdate(self.ui.dateEdit.date())

    def warnings(self) -> list[str]:
        if self.meeting is not None:
            return []  # the date is not changed here
        return day_warnings(self.date(), self.rows)

    def problems(self) -> list[str]:
        venue, link = self.ui.venueEdit.text().strip(), self.ui.onlineLinkEdit.text().strip()
        problems = []
        if not venue and not link:
            problems.append("say where the meeting is held: a venue, an online link or both")
        if link and not link.lower().startswith(("https://", "http://")):
            problems.append("the online link should be a web address starting with https://")
        return problems

    def validate(self) -> list[str]:
        ui = self.ui
        day = self.date()
        ui.weekdayLabel.setText(_weekday_note(day, self.today))
        show_warnings(ui.warningLabel, self.warnings(), "You can still add it; you will be asked to confirm.")
        problems = self.problems()
        show_problems(ui.problemLabel, self.ok, problems if self.touched else [])
        self.ok.setEnabled(not problems)
        return problems

    def result_input(self):
        from cpo_desktop.services.meetings import MeetingInput

        ui = self.ui
        return MeetingInput(
            date=self.date(), start_time=_from_qtime(ui.timeEdit.time()), kind=ui.kindCombo.currentData(),
            theme=ui.themeCombo.currentData(), venue=ui.venueEdit.text().strip(),
            online_link=ui.onlineLinkEdit.text().strip() or None, duration_minutes=ui.durationSpin.value(),
            notes=ui.notesEdit.text().strip() or None)

    def result_details(self):
        """What editing a meeting saves (services.meetings.MeetingDetails)."""
        from cpo_desktop.services.meetings import MeetingDetails

        ui = self.ui
        return MeetingDetails(
            kind=ui.kindCombo.currentData(), theme=ui.themeCombo.currentData(), venue=ui.venueEdit.text().strip(),
            online_link=ui.onlineLinkEdit.text().strip() or None, duration_minutes=ui.durationSpin.value(),
            notes=ui.notesEdit.text().strip() or None)


DETAIL_NAMES = {"kind": "kind", "theme": "theme", "venue": "venue", "online_link": "online link",
                "duration_minutes": "length", "notes": "notes"}


def changed_details(before, after) -> list[str]:
    """The names of what differs between two MeetingDetails, in the form's order."""
    return [name for field, name in DETAIL_NAMES.items()
            if (getattr(before, field) or None) != (getattr(after, field) or None)]


class CancelMeetingDialog(QDialog):
    """The question before a meeting is cancelled, with room for why (kept in its notes)."""

    def __init__(self, meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Cancel a Meeting")
        self.meeting = meeting
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        self.question_label = QLabel(
            f"Cancel the {html.escape(meeting.kind_label.lower())} of <b>{long_date(meeting.date)}</b> at "
            f"{meeting.start_time:%H:%M}?<br><br>It stays in the list, in grey italics, and can be reinstated "
            "later.")
        self.question_label.setWordWrap(True)
        text = QVBoxLayout()  # the question and the reason side by side with the icon
        text.addWidget(self.question_label)
        top.addLayout(text, 1)
        layout.addLayout(top)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText("Optional: kept in the meeting's notes")
        self.reason_edit.setAccessibleName("Reason for cancelling")
        reason_label = QLabel("&Reason:")
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        text.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton("Cancel Meeting", QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep = buttons.addButton("Keep Meeting", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.reason_edit.setFocus()

    def reason(self) -> str | None:
        return self.reason_edit.text().strip() or None


class MoveMeetingDialog(QDialog):
    """Move or postpone one meeting to a new date and time, with a reason for the record."""

    def __init__(self, meeting, rows: Sequence[Any], *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_move_meeting_dialog import Ui_MoveMeetingDialog

        self.ui = ui = Ui_MoveMeetingDialog()
        ui.setupUi(self)
        self.meeting, self.rows, self.today = meeting, list(rows), today
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Move Meeting")
        style_problem_label(ui.problemLabel)
        style_warning_label(ui.warningLabel)
        text = (f"<b>{html.escape(meeting.kind_label)}</b> on <b>{long_date(meeting.date)}</b> "
                f"at {meeting.start_time:%H:%M}")
        if meeting.theme:
            text += f" — {html.escape(meeting.theme)}"
        if meeting.moved_from:
            text += f"<br>First planned for {meeting.moved_from:%d/%m/%Y}."
        text += "<br>The old date is kept in the meeting's history and shown as “moved from”."
        ui.meetingLabel.setText(text)
        ui.dateEdit.setDate(to_qdate(meeting.date))
        ui.timeEdit.setTime(_qtime(meeting.start_time))
        self.touched = False
        ui.dateEdit.dateChanged.connect(self._touch)
        ui.timeEdit.timeChanged.connect(self._touch)
        self.validate()

    def _touch(self) -> None:
        self.touched = True
        self.validate()

    def date(self) -> dt.date:
        return from_qdate(self.ui.dateEdit.date())

    def time(self) -> dt.time:
        return _from_qtime(self.ui.timeEdit.time())

    def problems(self) -> list[str]:
        problems = []
        if self.meeting.status == HELD:
            problems.append("this meeting has been held; it cannot be moved")
        if (self.date(), self.time()) == (self.meeting.date, self.meeting.start_time):
            problems.append("choose the new date or time")
        return problems

    def validate(self) -> list[str]:
        ui = self.ui
        day = self.date()
        ui.weekdayLabel.setText(_weekday_note(day, self.today))
        unchanged = (day, self.time()) == (self.meeting.date, self.meeting.start_time)
        show_warnings(ui.warningLabel, [] if unchanged else day_warnings(day, self.rows, ignore=self.meeting.id),
                      "You can still move it there; you will be asked to confirm.")
        if not unchanged:
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
                "Postpone Meeting" if day > self.meeting.date else "Move Meeting")
        problems = self.problems()
        shown = [p for p in problems if self.touched or "held" in p]
        show_problems(ui.problemLabel, self.ok, shown)
        self.ok.setEnabled(not problems)
        return problems

    def result_values(self) -> tuple[dt.date, dt.time, str | None]:
        return self.date(), self.time(), self.ui.reasonEdit.text().strip() or None


class PlanYearDialog(QDialog):
    """Plan a municipal year's board meetings from the schedule, previewed before saving.

    The preview is ``plan_year(..., dry_run=True)`` run off the UI thread each time the year
    changes; ``preview`` is its result (None while it is being worked out or if it failed).
    """

    def __init__(self, store, runner, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_plan_year_dialog import Ui_PlanYearDialog

        self.ui = ui = Ui_PlanYearDialog()
        ui.setupUi(self)
        self.store, self.runner = store, runner
        self.preview: list | None = None
        self.loading = False
        self._generation = 0
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Plan These Meetings")
        self.ok.setEnabled(False)
        style_problem_label(ui.problemLabel)
        style_warning_label(ui.warningLabel)
        ui.introLabel.setText("The board's meetings for a municipal year, from its schedule; each is themed on "
                              "the next of the board's priorities.")
        self.model = RowsModel([
            Column("Date", lambda p: p.date, display=lambda p: short_date(p.date)),
            Column("Time", lambda p: p.start_time),
            Column("Theme", lambda p: p.theme, display=lambda p: p.theme or "Annual review of the year",
                   max_width=300),
            Column("Check", lambda p: "; ".join(short_warning(w, p.date) for w in p.warnings) or "OK",
                   tooltip=lambda p: "\n".join(sentence(w) for w in p.warnings) or None),
        ], RowStyle(background=lambda p: AMBER if p.warnings else None), self)
        table = ui.previewTable
        table.setModel(self.model)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setHighlightSections(False)
        metrics = table.fontMetrics()
        table.setColumnWidth(0, metrics.horizontalAdvance("Wed 30 Sep 2027") + 24)
        table.setColumnWidth(1, metrics.horizontalAdvance("00:00") + 24)
        table.setColumnWidth(2, metrics.horizontalAdvance("Transition and Preparation for Adulthood") + 24)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # one preview when the user stops spinning, not one per step
        self._timer.timeout.connect(self.load)
        ui.yearSpin.setValue(year)
        ui.yearSpin.valueChanged.connect(self._year_changed)
        self._year_changed()
        self.load()
        self._timer.stop()

    def year(self) -> int:
        return self.ui.yearSpin.value()

    def _year_changed(self) -> None:
        self.ui.yearRangeLabel.setText(year_range(self.year()))
        self._generation += 1  # a preview still being worked out is for the old year
        self.preview = None
        self.loading = True
        self.ok.setEnabled(False)
        self._timer.start()

    def load(self) -> None:
        self._generation += 1
        generation, year, store = self._generation, self.year(), self.store
        self.loading = True
        self.ui.warningLabel.setVisible(False)
        show_problems(self.ui.problemLabel, self.ok, [])
        self.ok.setEnabled(False)

        def job():
            from cpo_desktop.services import meetings

            schedule = meetings.get_schedule(store)
            try:
                return schedule, meetings.plan_year(store, year, dry_run=True), None
            except meetings.MeetingError as exc:
                return schedule, None, str(exc)

        def done(result) -> None:
            if isValid(self) and generation == self._generation:
                self._show(*result)

        def failed(exc: BaseException, _tb: str) -> None:
            if isValid(self) and generation == self._generation:
                self._show(None, None, f"The dates could not be worked out: {exc}")

        self.runner.run(job, done, failed)

    def _show(self, schedule, planned, error: str | None) -> None:
        ui = self.ui
        self.loading = False
        if schedule is not None:
            where = f" in {schedule.venue}" if schedule.venue else ""
            ui.introLabel.setText(f"The board meets on {plain_list(schedule.describe())}{where}. Each meeting is "
                                  "themed on the next of the board's priorities; the last reviews the year.")
        self.preview = planned
        self.model.set_rows(planned or [])
        if planned:
            table = ui.previewTable
            table.resizeColumnToContents(2)
            table.setColumnWidth(2, min(table.columnWidth(2) + 12, 300))
        if error:
            ui.problemLabel.setText(without_commands(error))
            ui.problemLabel.setVisible(True)
            ui.warningLabel.setVisible(False)
            self.ok.setEnabled(False)
            return
        ui.problemLabel.setVisible(False)
        flagged = [p for p in planned if p.warnings]
        if flagged:
            ui.warningLabel.setText(
                f"⚠ {len(flagged)} of these dates need a second look (highlighted). You can still plan them and "
                "move those meetings afterwards; you will be asked to confirm.")
        ui.warningLabel.setVisible(bool(flagged))
        self.ok.setEnabled(bool(planned))


MUNICIPAL_MONTHS = (5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4)  # May first: the municipal year's order
WEEKS = (("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("last", -1))


def style_summary_label(label: QLabel) -> None:
    """A quiet box for what the form adds up to."""
    label.setStyleSheet("QLabel { background: #eef3f8; color: #1f2d3a; border: 1px solid #c9d6e3;"
                        " border-radius: 3px; padding: 6px; }")


def duration_text(minutes: int) -> str:
    """120 → '2 hours', 90 → '1 hour 30 minutes'."""
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if rest or not hours:
        parts.append(f"{rest} minutes")
    return " ".join(parts)


class ScheduleDialog(QDialog):
    """The board's usual pattern of meetings: which months, which day, when, how long and where.

    What is entered is summed up as it changes (``Schedule.describe()``); OK stays disabled, with
    the reason shown, while ``Schedule.problems()`` or the dialog's own checks find something.
    """

    def __init__(self, schedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_schedule_dialog import Ui_ScheduleDialog

        self.ui = ui = Ui_ScheduleDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Save Schedule")
        style_problem_label(ui.problemLabel)
        style_summary_label(ui.summaryLabel)
        self.month_checks = {m: getattr(ui, f"monthCheck{m}") for m in MUNICIPAL_MONTHS}
        for word, week in WEEKS:
            ui.weekCombo.addItem(word, week)
        for number, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                       "Sunday")):
            ui.weekdayCombo.addItem(name, number)
        for month, check in self.month_checks.items():
            check.setChecked(month in schedule.months)
        ui.weekCombo.setCurrentIndex(max(ui.weekCombo.findData(schedule.week), 0))
        ui.weekdayCombo.setCurrentIndex(max(ui.weekdayCombo.findData(schedule.weekday), 0))
        try:
            ui.timeEdit.setTime(_qtime(dt.datetime.strptime(schedule.start_time, "%H:%M").time()))
        except ValueError:
            ui.timeEdit.setTime(QTime(14, 0))
        ui.durationSpin.setValue(schedule.duration_minutes)
        ui.venueEdit.setText(schedule.venue or "")
        ui.onlineLinkEdit.setText(schedule.online_link or "")
        for check in self.month_checks.values():
            check.toggled.connect(self.validate)
        ui.weekCombo.currentIndexChanged.connect(self.validate)
        ui.weekdayCombo.currentIndexChanged.connect(self.validate)
        ui.timeEdit.timeChanged.connect(self.validate)
        ui.durationSpin.valueChanged.connect(self.validate)
        ui.venueEdit.textChanged.connect(self.validate)
        ui.onlineLinkEdit.textChanged.connect(self.validate)
        self.validate()

    def months(self) -> list[int]:
        """The months ticked, May first (the order the year's meetings fall in)."""
        return [m for m, check in self.month_checks.items() if check.isChecked()]

    def result_schedule(self):
        from cpo_desktop.services.meetings import Schedule

        ui = self.ui
        return Schedule(months=self.months(), weekday=ui.weekdayCombo.currentData(), week=ui.weekCombo.currentData(),
                        start_time=ui.timeEdit.time().toString("HH:mm"), duration_minutes=ui.durationSpin.value(),
                        venue=ui.venueEdit.text().strip(), online_link=ui.onlineLinkEdit.text().strip() or None)

    def problems(self) -> list[str]:
        schedule = self.result_schedule()
        problems = []
        if not schedule.months:
            problems.append("tick at least one month for the board to meet in")
        problems += [p for p in schedule.problems() if schedule.months or not p.startswith("the months")]
        if not schedule.venue and not schedule.online_link:
            problems.append("say where the board meets: a venue, an online link or both")
        if schedule.online_link and not schedule.online_link.lower().startswith(("https://", "http://")):
            problems.append("the online link should be a web address (starting https://)")
        return problems

    def summary(self) -> str:
        schedule = self.result_schedule()
        if not schedule.months:
            return "No months ticked: the board would not meet."
        count = len(schedule.months)
        where = f" in {schedule.venue}" if schedule.venue else " online" if schedule.online_link else ""
        where = f", {where.strip()}" if where else ""
        return (f"The board meets on {plain_list(schedule.describe())}, for {duration_text(schedule.duration_minutes)}"
                f"{where} — {count} meeting{'s' if count != 1 else ''} a year.")

    def validate(self) -> list[str]:
        self.ui.summaryLabel.setText(self.summary())
        problems = self.problems()
        show_problems(self.ui.problemLabel, self.ok, problems)
        return problems


# --- the view --------------------------------------------------------------------------------

class _EnterOpens(QObject):
    """Enter or Return on the table opens the selected meeting's agenda."""

    def __init__(self, view: MeetingsView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if self.view.selected() is not None:
                self.view.open_agenda()
                return True
        return False


class MeetingsView(QWidget):
    """The board's meetings, a municipal year at a time, and the buttons that change them.

    ``window`` is the main window: its ``store``, ``runner``, ``task_failed``, ``status``,
    ``refresh`` and ``views_data`` are all the view uses. The main window calls
    ``show_meetings`` with ``views_data.meetings`` whenever it has read the data.
    """

    agenda_requested = Signal(int)  # a meeting id: open its agenda
    show_requested = Signal()  # a menu action needs this view on screen (before its dialog opens)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.today = dt.date.today()
        self.rows: list = []
        self.next_meeting_id: int | None = None
        self._year_choice: object = _TODAY
        self._select_after: Callable[[Any], bool] | None = None
        self._reveal = False  # after a change: show the changed meeting even if the filters hid it
        self._hay: dict[int, str] = {}
        self._schedule_text = ""
        self._build()
        self._build_actions()
        self.show_meetings([])

    # --- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        self.title_label = QLabel("<h2 style='margin:0'>Meetings</h2>")
        self.title_label.setObjectName("viewTitle")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("viewSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setToolTip("Past meetings are grey, the next meeting is in bold and cancelled meetings "
                                       "are in italics. Enter or a double-click opens a meeting's agenda.")
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        top.addLayout(titles, 1)
        year_label = QLabel("&Year:")
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setMinimumContentsLength(9)
        self.year_combo.setAccessibleName("Municipal year")
        self.year_combo.setToolTip("The municipal year runs from May to April")
        year_label.setBuddy(self.year_combo)
        self.filter = QLineEdit()
        self.filter.setObjectName("filterEdit")
        self.filter.setPlaceholderText("Filter meetings…")
        self.filter.setAccessibleName("Filter meetings")
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(200)
        self.filter.setMaximumWidth(280)
        for widget in (year_label, self.year_combo, self.filter):
            top.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)
        top.insertSpacing(top.count() - 1, 8)
        layout.addLayout(top)

        columns = [
            Column("Date", lambda r: dt.datetime.combine(r.date, r.start_time), display=lambda r: short_date(r.date),
                   tooltip=lambda r: self._row_tip(r)),
            Column("Time", lambda r: r.start_time),
            Column("Meeting", lambda r: r.kind_label),
            Column("Theme", lambda r: r.theme or r.notes or "", tooltip=lambda r: self._theme_tip(r), max_width=420),
            Column("Venue", lambda r: r.venue,
                   tooltip=lambda r: "\n".join(x for x in (r.venue, r.online_link) if x) or None),
            Column("Status", lambda r: r.status.capitalize()),
            Column("Moved from", lambda r: r.moved_from,
                   display=lambda r: f"{r.moved_from:%d/%m/%Y}" if r.moved_from else "",
                   tooltip=lambda r: f"First planned for {long_date(r.moved_from)}" if r.moved_from else None),
        ]
        style = RowStyle(foreground=lambda r: GREY if r.date < self.today or r.status == CANCELLED else None,
                         bold=lambda r: r.id == self.next_meeting_id,
                         italic=lambda r: r.status == CANCELLED)
        self.model = FilteredRowsModel(columns, style, self)
        self.table = table = QTableView()
        table.setObjectName("meetingTable")
        prepare_table(table)
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # date order until asked
        table.horizontalHeader().setHighlightSections(False)
        # Widths from the longest text each column holds, in bold (the next meeting is bold).
        bold = QFont(table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        samples = ["Wed 30 Sep 2026", "00:00", enums.MeetingKind.YOUNG_PEOPLES_FORUM.label, "", "Bootle Town Hall",
                   "Cancelled", "Moved from"]
        for col, sample in enumerate(samples):
            if sample:
                table.setColumnWidth(col, metrics.horizontalAdvance(sample) + 24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the theme takes what is left
        header.setStretchLastSection(False)
        table.setAccessibleName("Meetings")
        layout.addWidget(table, 1)

        bottom = QHBoxLayout()
        self.open_button = QPushButton("&Open Agenda")
        self.edit_button = QPushButton("&Edit…")
        self.move_button = QPushButton("Move or &Postpone…")
        self.status_button = QPushButton("Held or Ca&ncelled")
        self.add_button = QPushButton("&Add Meeting…")
        self.plan_button = QPushButton("P&lan Year…")
        self.schedule_button = QPushButton("&Schedule…")
        self.export_button = QPushButton("Export to &Calendar")
        for button in (self.open_button, self.edit_button, self.move_button, self.status_button, self.add_button,
                       self.plan_button, self.schedule_button, self.export_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        self.footer = QLabel()
        self.footer.setObjectName("viewFooter")
        self.footer.setWordWrap(True)
        layout.addWidget(self.footer)  # its own line: beside the buttons it was cut short
        layout.addLayout(bottom)

        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        table.doubleClicked.connect(lambda *_: self.open_agenda())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.installEventFilter(_EnterOpens(self))
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.filter.textChanged.connect(lambda _text: self.apply_filter())

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], None], key: str = "", tip: str = "") -> QAction:
            a = QAction(text, self)
            if key:
                a.setShortcut(QKeySequence(key))
            if tip:
                a.setStatusTip(tip)
                a.setToolTip(tip)
            a.triggered.connect(lambda _=False: slot())
            return a

        def separator() -> QAction:
            a = QAction(self)
            a.setSeparator(True)
            return a

        self.open_action = action("&Open Agenda", self.open_agenda,
                                  tip="Open the selected meeting's agenda (Enter or double-click)")
        self.add_action = action("&Add Meeting…", self._menu(self.add_meeting), "Ctrl+Shift+M",
                                 "Add a meeting outside the usual pattern")
        self.move_action = action("&Move or Postpone Meeting…", self._menu(self.move_meeting),
                                  tip="Move the selected meeting to another date or time; its history is kept")
        self.edit_action = action("&Edit Meeting…", self._menu(self.edit_meeting),
                                  tip="Change the selected meeting's kind, theme, length, venue or notes")
        self.held_action = action("Mark as &Held", self._menu(self.mark_held),
                                  tip="Record that the selected meeting took place")
        self.cancel_action = action("Ca&ncel Meeting…", self._menu(self.cancel_meeting),
                                    tip="Cancel the selected meeting; it stays in the list and can be reinstated")
        self.reinstate_action = action("&Reinstate Meeting", self._menu(self.reinstate_meeting),
                                       tip="Plan the selected cancelled meeting again")
        self.plan_action = action("&Plan a Year…", self._menu(self.plan_year),
                                  tip="Plan a municipal year's board meetings from the schedule")
        self.schedule_action = action("Board's Meeting &Schedule…", self._menu(self.edit_schedule),
                                      tip="When the board usually meets: the months, the day, the time and the venue")
        self.export_meeting_action = action("Export the Selected &Meeting to Calendar…",
                                            self._menu(self.export_selected_meeting),
                                            tip="Save the selected meeting as a calendar file (.ics) for Outlook")
        self.export_year_action = action("Export the &Year to Calendar…", self._menu(self.export_shown_year),
                                         tip="Save a municipal year's meetings as a calendar file (.ics) for Outlook")
        self.menu_actions: list[QAction] = [
            self.open_action, separator(), self.add_action, self.move_action, self.edit_action,
            self.held_action, self.cancel_action, self.reinstate_action, separator(), self.plan_action,
            self.schedule_action, separator(),
            self.export_meeting_action, self.export_year_action]
        self.addActions(self.menu_actions)  # their shortcuts work while the view is on screen

        self.export_menu = QMenu(self)
        self.export_menu.addAction(self.export_meeting_action)
        self.export_menu.addAction(self.export_year_action)
        self.export_button.setMenu(self.export_menu)
        self.status_menu = QMenu(self)
        self.status_menu.setToolTipsVisible(True)
        for act in self.status_actions():
            self.status_menu.addAction(act)
            act.changed.connect(self._status_button_state)
        self.status_button.setMenu(self.status_menu)
        self.status_button.setToolTip("Mark the selected meeting as held, cancel it, or reinstate it")
        for button, act in ((self.open_button, self.open_action), (self.edit_button, self.edit_action),
                            (self.move_button, self.move_action),
                            (self.add_button, self.add_action), (self.plan_button, self.plan_action),
                            (self.schedule_button, self.schedule_action)):
            button.clicked.connect(act.trigger)
            button.setToolTip(act.toolTip())
            act.changed.connect(lambda button=button, act=act: button.setEnabled(act.isEnabled()))
        for act in (self.export_meeting_action, self.export_year_action):
            act.changed.connect(self._export_button_state)

    def _menu(self, slot: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            self.show_requested.emit()
            slot()
        return run

    def _export_button_state(self) -> None:
        self.export_button.setEnabled(self.export_meeting_action.isEnabled() or self.export_year_action.isEnabled())

    def status_actions(self) -> list[QAction]:
        return [self.held_action, self.cancel_action, self.reinstate_action]

    def _status_button_state(self) -> None:
        self.status_button.setEnabled(any(a.isEnabled() for a in self.status_actions()))

    def _context_menu(self, pos) -> None:
        """Right-click on a meeting: what can be done to it."""
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        for act in (self.open_action, self.edit_action, self.move_action, None, *self.status_actions(), None,
                    self.export_meeting_action):
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- showing the meetings ---------------------------------------------------------------
    def show_meetings(self, rows: Sequence[Any], today: dt.date | None = None) -> None:
        """Show ``rows`` (services.meetings.MeetingRow, in date order), keeping the chosen year,
        the filter and the selected meeting."""
        self.today = today or dt.date.today()
        self.rows = list(rows)
        upcoming = [r for r in self.rows if r.date >= self.today and r.status not in (HELD, CANCELLED)]
        self.next_meeting_id = min(upcoming, key=lambda r: (r.date, r.start_time)).id if upcoming else None
        self._hay = {r.id: " ".join([
            short_date(r.date), f"{r.date:%d/%m/%Y}", long_date(r.date), f"{r.start_time:%H:%M}", r.kind_label,
            r.theme, r.venue, r.status, r.notes or "", r.municipal_year,
            f"moved from {r.moved_from:%d/%m/%Y}" if r.moved_from else ""]).casefold() for r in self.rows}

        chosen = self.selected()
        select, reveal = self._select_after, self._reveal
        self._select_after, self._reveal = None, False
        if select is None:
            chosen_id = chosen.id if chosen is not None else self.next_meeting_id
            select = (lambda r: r.id == chosen_id) if chosen_id is not None else None
        target = next((r for r in self.rows if select(r)), None) if select else None
        if target is not None and reveal:
            # What was just changed must be in sight: show its year, and drop a filter that hides it.
            if self._year_choice is not None:
                self._year_choice = municipal_year_start(target.date)
            if not self._matches_text(target):
                self.filter.blockSignals(True)
                self.filter.clear()
                self.filter.blockSignals(False)
        self._fill_years()
        self.model.set_rows(self.rows, self._predicate())
        if target is None or not select_where(self.table, self.model, lambda r: r.id == target.id):
            self.table.clearSelection()
        self._update_footer()
        self._update_actions()
        self._load_schedule()

    def _fill_years(self) -> None:
        years = sorted({municipal_year_start(r.date) for r in self.rows} | {municipal_year_start(self.today)})
        choice = self._year_choice
        if choice is _TODAY or (choice is not None and choice not in years):
            choice = municipal_year_start(self.today)
        combo = self.year_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All years", None)
        for year in years:
            combo.addItem(year_label(year), year)
        combo.setCurrentIndex(max(combo.findData(choice), 0) if choice is not None else 0)
        combo.blockSignals(False)

    def _year_chosen(self) -> None:
        self._year_choice = self.year_combo.currentData()
        self.apply_filter()

    def shown_year(self) -> int | None:
        """The municipal year chosen in the filter (its starting year), or None for all years."""
        return self.year_combo.currentData()

    def set_year(self, year: int | None) -> None:
        index = self.year_combo.findData(year)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)

    def _matches_text(self, r) -> bool:
        words = self.filter.text().casefold().split()
        hay = self._hay.get(r.id, "")
        return all(w in hay for w in words)

    def _predicate(self) -> Callable[[Any], bool]:
        year = self.year_combo.currentData()
        words = self.filter.text().casefold().split()
        hay = self._hay

        def match(r) -> bool:
            if year is not None and municipal_year_start(r.date) != year:
                return False
            text = hay.get(r.id, "")
            return all(w in text for w in words)

        return match

    def apply_filter(self) -> None:
        chosen = self.selected()
        self.model.set_filter(self._predicate())
        if chosen is None or not select_where(self.table, self.model, lambda r: r.id == chosen.id):
            self.table.clearSelection()
        self._update_footer()
        self._update_actions()

    def _update_footer(self) -> None:
        year = self.shown_year()
        in_year = [r for r in self.rows if year is None or municipal_year_start(r.date) == year]
        where = "in all years" if year is None else f"in {year_label(year)}"
        if not in_year:
            scope = f" in {year_label(year)}" if year is not None else ""
            text = f"No meetings{scope} yet. Plan Year… makes the board's meetings from its schedule."
        else:
            held = sum(1 for r in in_year if r.status == HELD)
            parts = [f"{len(in_year)} meeting{'s' if len(in_year) != 1 else ''} {where}", f"{held} held"]
            moved = sum(1 for r in in_year if r.moved_from)
            if moved:
                parts.append(f"{moved} moved")
            shown = len(self.model.rows)
            if shown != len(in_year):
                parts.insert(0, f"Showing {shown}")
            text = " · ".join(parts)
        nxt = next((r for r in self.rows if r.id == self.next_meeting_id), None)
        if nxt is not None:
            text += f" · Next: {short_date(nxt.date)} at {nxt.start_time:%H:%M}"
        self.footer.setText(text)

    def _row_tip(self, r) -> str:
        lines = [f"{long_date(r.date)} at {r.start_time:%H:%M} ({r.duration_minutes} minutes)"]
        if r.id == self.next_meeting_id:
            lines.append("The next meeting")
        if r.moved_from:
            lines.append(f"Moved from {r.moved_from:%d/%m/%Y}")
        lines.append("Enter or double-click opens the agenda")
        return "\n".join(lines)

    @staticmethod
    def _theme_tip(r) -> str | None:
        parts = [p for p in (r.theme, r.notes if r.notes != r.theme else None) if p]
        return "\n".join(parts) or None

    def _load_schedule(self) -> None:
        store = self.main_window.store
        if store is None:
            self._show_subtitle()
            return

        def job():
            from cpo_desktop.services import meetings

            return plain_list(meetings.get_schedule(store).describe())

        def done(text: str) -> None:
            if isValid(self):
                self._schedule_text = text
                self._show_subtitle()

        # A subtitle is not worth an error dialog: without it the view says less, nothing more.
        self.main_window.runner.run(job, done, lambda *_: None)

    def _show_subtitle(self) -> None:
        self.subtitle_label.setText(f"The board meets on {self._schedule_text}." if self._schedule_text
                                    else "The board's meetings, a municipal year at a time.")

    # --- selection and actions ---------------------------------------------------------------
    def selected(self):
        """The selected meeting's row (a MeetingRow), or None."""
        return selected_row(self.table, self.model)

    def select_meeting(self, meeting_id: int) -> bool:
        return select_where(self.table, self.model, lambda r: r.id == meeting_id)

    def export_year(self) -> int:
        """The year Export the Year saves: the one shown, else the selected meeting's, else this one."""
        year = self.shown_year()
        if year is not None:
            return year
        row = self.selected()
        return municipal_year_start(row.date if row is not None else self.today)

    def _update_actions(self) -> None:
        loaded = self.main_window.store is not None
        row = self.selected()
        self.open_action.setEnabled(row is not None)
        self.add_action.setEnabled(loaded)
        self.plan_action.setEnabled(loaded)
        self.schedule_action.setEnabled(loaded)
        can_move = loaded and row is not None and row.status != HELD
        self.move_action.setEnabled(can_move)
        self.move_button.setToolTip("This meeting has been held; it cannot be moved." if row is not None
                                    and row.status == HELD else self.move_action.toolTip())
        self.edit_action.setEnabled(loaded and row is not None)
        planned = row is not None and row.status not in (HELD, CANCELLED)
        self.held_action.setEnabled(loaded and planned and row.date <= self.today)
        self.held_action.setToolTip(
            f"The meeting of {row.date:%d/%m/%Y} is still to come; it can be marked held on or after the day"
            if planned and row.date > self.today else "Record that the selected meeting took place")
        self.cancel_action.setEnabled(loaded and planned)
        self.cancel_action.setToolTip(
            "This meeting has been held; it cannot be cancelled" if row is not None and row.status == HELD
            else "Cancel the selected meeting; it stays in the list and can be reinstated")
        self.reinstate_action.setEnabled(loaded and row is not None and row.status == CANCELLED)
        self._status_button_state()
        self.export_meeting_action.setEnabled(loaded and row is not None)
        self.export_meeting_action.setText(
            f"Export the &Meeting of {row.date:%d/%m/%Y} to Calendar…" if row is not None
            else "Export the Selected &Meeting to Calendar…")
        year = self.export_year()
        self.export_year_action.setEnabled(loaded and any(municipal_year_start(r.date) == year for r in self.rows))
        self.export_year_action.setText(f"Export All of {year_label(year)} to &Calendar…")
        self._export_button_state()

    def open_agenda(self) -> None:
        row = self.selected()
        if row is not None:
            self.agenda_requested.emit(row.id)

    # --- changes -------------------------------------------------------------------------------
    def _change(self, title: str, ok_text: str, work: Callable[[Any, bool], Any],
                done: Callable[[Any], None]) -> None:
        """Run ``work(store, anyway)`` off the UI thread. If the service wants the user's say-so
        (MeetingWarning), ask, and run it again with ``anyway=True``; other refusals are reported."""
        store = self.main_window.store
        if store is None:
            return

        def attempt(anyway: bool) -> None:
            def failed(exc: BaseException, tb: str) -> None:
                from cpo_desktop.services.meetings import MeetingWarning

                if isinstance(exc, MeetingWarning) and not anyway:
                    if prompts.confirm(self, title, confirm_text(exc.warnings), ok_text=ok_text):
                        attempt(True)
                    else:
                        self.main_window.status("Nothing was changed.")
                    return
                self._failed(exc, tb)

            self.main_window.runner.run(lambda: work(store, anyway), done, failed)

        attempt(False)

    def _failed(self, exc: BaseException, tb: str) -> None:
        """Report a refusal through the window, without the service's hints for the command line."""
        from cpo_desktop.errors import UserError

        if isinstance(exc, UserError):
            message = without_commands(str(exc))
            if message != str(exc):
                exc = UserError(message)
        self.main_window.task_failed(exc, tb)

    def _changed(self, message: str, select: Callable[[Any], bool] | None) -> None:
        self._select_after, self._reveal = select, select is not None
        self.main_window.status(message)
        self.main_window.refresh()

    def add_meeting(self) -> None:
        """Ask for a meeting (the schedule and the board's priorities are read first) and add it."""
        store = self.main_window.store
        if store is None:
            return

        def job():
            from cpo_desktop.services import meetings

            return meetings.get_schedule(store), meetings.theme_choices(store)

        self.main_window.runner.run(job, lambda result: self._ask_add(*result), self.main_window.task_failed)

    def _ask_add(self, schedule, themes: list[str]) -> None:
        from cpo_desktop.services import meetings

        if not isValid(self):
            return
        dialog = MeetingDialog(themes, schedule, self.rows, today=self.today, parent=self)
        try:
            if not prompts.ask(dialog):
                return
            data = dialog.result_input()
        finally:
            dialog.deleteLater()
        kind = enums.MeetingKind(data.kind).label.lower()

        def done(result) -> None:
            meeting_id, _warnings = result
            self._changed(f"Added a {kind} on {long_date(data.date)} at {data.start_time:%H:%M}.",
                          lambda r: r.id == meeting_id)

        self._change("Add a Meeting", "Add Meeting",
                     lambda store, anyway: meetings.add_meeting(store, data, anyway=anyway), done)

    def move_meeting(self) -> None:
        """Move or postpone the selected meeting."""
        from cpo_desktop.services import meetings

        row = self.selected()
        if row is None or self.main_window.store is None or row.status == HELD:
            return
        dialog = MoveMeetingDialog(row, self.rows, today=self.today, parent=self)
        try:
            if not prompts.ask(dialog):
                return
            day, time, reason = dialog.result_values()
        finally:
            dialog.deleteLater()
        first = row.moved_from or row.date
        verb = "Postponed" if day > row.date else "Moved"
        at = f" at {time:%H:%M}" if time != row.start_time else ""
        message = f"{verb} the meeting to {long_date(day)}{at} (first planned for {first:%d/%m/%Y})."

        self._change("Move a Meeting", "Move Meeting",
                     lambda store, anyway: meetings.move_meeting(store, row.id, day, time, reason=reason,
                                                                 anyway=anyway),
                     lambda _warnings: self._changed(message, lambda r: r.id == row.id))

    def edit_meeting(self) -> None:
        """Change the selected meeting's details (the board's priorities are read first)."""
        row = self.selected()
        store = self.main_window.store
        if row is None or store is None:
            return
        meeting_id = row.id

        def job():
            from cpo_desktop.services import meetings

            return meetings.theme_choices(store)

        self.main_window.runner.run(job, lambda themes: self._ask_edit(meeting_id, themes),
                                    self.main_window.task_failed)

    def _ask_edit(self, meeting_id: int, themes: list[str]) -> None:
        from cpo_desktop.services import meetings

        row = next((r for r in self.rows if r.id == meeting_id), None) if isValid(self) else None
        if row is None:
            return
        dialog = MeetingDialog(themes, None, self.rows, today=self.today, meeting=row, parent=self)
        try:
            if not prompts.ask(dialog):
                return
            details = dialog.result_details()
        finally:
            dialog.deleteLater()
        changed = changed_details(meetings.meeting_details(row), details)
        what = f"the {row.kind_label.lower()} of {long_date(row.date)}"
        if not changed:
            self.main_window.status(f"Nothing was changed in {what}.")
            return
        if details.kind != row.kind:
            what = f"the {enums.MeetingKind(details.kind).label.lower()} of {long_date(row.date)}"
        message = f"Saved {what}: its {and_list(changed)} changed."
        self._run_change(lambda store: meetings.update_meeting(store, meeting_id, details), message, meeting_id)

    def mark_held(self) -> None:
        row = self.selected()
        if row is None or row.status in (HELD, CANCELLED) or row.date > self.today:
            return
        self._set_status(row, HELD, None, f"Marked the {row.kind_label.lower()} of {long_date(row.date)} as held.")

    def cancel_meeting(self) -> None:
        """Ask (with room for a reason), then cancel the selected meeting; it stays in the list."""
        row = self.selected()
        if row is None or self.main_window.store is None or row.status in (HELD, CANCELLED):
            return
        dialog = CancelMeetingDialog(row, parent=self)
        try:
            if not prompts.ask(dialog):
                self.main_window.status("Nothing was changed.")
                return
            reason = dialog.reason()
        finally:
            dialog.deleteLater()
        self._set_status(row, CANCELLED, reason,
                         f"Cancelled the {row.kind_label.lower()} of {long_date(row.date)}. It stays in the list; "
                         "Reinstate Meeting plans it again.")

    def reinstate_meeting(self) -> None:
        row = self.selected()
        if row is None or row.status != CANCELLED:
            return
        self._set_status(row, enums.MeetingStatus.PLANNED.value, None,
                         f"Reinstated the {row.kind_label.lower()} of {long_date(row.date)}: it is planned again.")

    def _set_status(self, row, status: str, reason: str | None, message: str) -> None:
        from cpo_desktop.services import meetings

        today = self.today
        self._run_change(lambda store: meetings.set_status(store, row.id, status, reason=reason, today=today),
                         message, row.id)

    def _run_change(self, work: Callable[[Any], Any], message: str, meeting_id: int) -> None:
        """Run ``work(store)`` off the UI thread; then say ``message`` and show the meeting again."""
        store = self.main_window.store
        if store is None:
            return
        self.main_window.runner.run(lambda: work(store),
                                    lambda _result: self._changed(message, lambda r: r.id == meeting_id),
                                    self._failed)

    def plan_year(self) -> None:
        """Preview a year's board meetings from the schedule, then save them."""
        from cpo_desktop.services import meetings

        store = self.main_window.store
        if store is None:
            return
        dialog = PlanYearDialog(store, self.main_window.runner, self.default_plan_year(), parent=self)
        try:
            if not prompts.ask(dialog):
                return
            year = dialog.year()
        finally:
            dialog.deleteLater()

        def done(planned) -> None:
            first = min(p.date for p in planned)
            self._year_choice = year
            self._changed(f"Planned {len(planned)} board meetings for {year_label(year)}, "
                          f"from {long_date(first)} to {long_date(max(p.date for p in planned))}.",
                          lambda r: r.date == first and r.kind == enums.MeetingKind.BOARD.value)

        self._change("Plan a Year", "Plan These Meetings",
                     lambda s, anyway: meetings.plan_year(s, year, anyway=anyway), done)

    def default_plan_year(self) -> int:
        """The first municipal year from this one on without board meetings."""
        planned = {municipal_year_start(r.date) for r in self.rows if r.kind == enums.MeetingKind.BOARD.value}
        year = municipal_year_start(self.today)
        while year in planned:
            year += 1
        return year

    def edit_schedule(self) -> None:
        """Change when the board usually meets (read first, then asked, then saved off the UI thread)."""
        store = self.main_window.store
        if store is None:
            return

        def job():
            from cpo_desktop.services import meetings

            return meetings.get_schedule(store)

        self.main_window.runner.run(job, self._ask_schedule, self.main_window.task_failed)

    def _ask_schedule(self, schedule) -> None:
        from cpo_desktop.services import meetings

        store = self.main_window.store
        if not isValid(self) or store is None:
            return
        dialog = ScheduleDialog(schedule, parent=self)
        try:
            if not prompts.ask(dialog):
                return
            chosen = dialog.result_schedule()
        finally:
            dialog.deleteLater()
        text = plain_list(chosen.describe())

        def done(_result) -> None:
            if not isValid(self):
                return
            self._schedule_text = text
            self._show_subtitle()
            self.main_window.status(f"Saved the board's schedule: it meets on {text}. Plan a Year… uses it; "
                                    "meetings already planned keep their dates.", 15000)

        self.main_window.runner.run(lambda: meetings.set_schedule(store, chosen), done, self._failed)

    # --- calendar files ------------------------------------------------------------------------
    def export_selected_meeting(self) -> None:
        row = self.selected()
        if row is not None:
            self.export_calendar(meeting_id=row.id)

    def export_shown_year(self) -> None:
        self.export_calendar(year=self.export_year())

    def export_calendar(self, *, year: int | None = None, meeting_id: int | None = None) -> None:
        """Save a municipal year's meetings, or one meeting, as an .ics file the user chooses."""
        store = self.main_window.store
        if store is None or (year is None) == (meeting_id is None):
            return
        row = next((r for r in self.rows if r.id == meeting_id), None)
        if meeting_id is not None:
            name = f"board-meeting-{row.date:%Y-%m-%d}.ics" if row else f"meeting-{meeting_id}.ics"
            what = f"the meeting of {row.date:%d/%m/%Y}" if row else "the meeting"
        else:
            name = f"board-meetings-{year_label(year).replace('/', '-')}.ics"
            count = sum(1 for r in self.rows if municipal_year_start(r.date) == year)
            what = f"the {count} meetings of {year_label(year)}" if count != 1 else f"the meeting of {year_label(year)}"
        data_paths = getattr(self.main_window, "data_paths", None)
        folder = data_paths.exports if data_paths is not None else Path.home()
        target = prompts.save_file(self, "Export to Calendar", folder / name, "Calendar files (*.ics)")
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".ics")

        def job():
            from cpo_desktop.services import calendar_export

            target.parent.mkdir(parents=True, exist_ok=True)
            return calendar_export.export(store, target, year=year, meeting_id=meeting_id)

        def done(written: Path) -> None:
            self.main_window.status(f"Saved {what} to {written}. Open that file in Outlook (or any calendar) to add "
                               f"{'it' if meeting_id is not None else 'them'}.", 20000)

        self.main_window.status("Writing the calendar file…")
        self.main_window.runner.run(job, done, self._failed)
