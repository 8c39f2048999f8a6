"""The meetings view's dialogs: add or edit a meeting, cancel one, move or postpone one, plan a
municipal year from the schedule (previewed first) and change that schedule.

A dialog only gathers and checks; the view runs the change through ``services.meetings``.
A date that needs a second look (a bank holiday, a weekend, a second meeting that day) is
shown while the user chooses it; the view asks about it once more before saving.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cpo_desktop import dates, errors
from cpo_desktop.model import enums, schedule
from cpo_desktop.model.working_days import is_working_day, next_working_day
from cpo_desktop.ui.meetings.text import (
    CANCELLED,
    HELD,
    NO_THEME,
    day_warnings,
    from_qtime,
    plain_list,
    qtime,
    sentence,
    short_warning,
    show_warnings,
    style_warning_label,
    weekday_note,
    year_range,
)
from cpo_desktop.ui.style import AMBER, GREY
from cpo_desktop.ui.tablemodel import Column, RowsModel, RowStyle
from cpo_desktop.ui.widgets import (
    duration_text,
    from_qdate,
    show_problems,
    style_problem_label,
    style_summary_label,
    to_qdate,
)

if TYPE_CHECKING:
    from cpo_desktop.ui.context import ViewContext


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
        ui.prepareCombo.addItem("— not a pre-meeting —", None)
        for r in self.rows:  # board meetings still to come (and the one an edited pre-meeting prepares for)
            if r.kind == enums.MeetingKind.BOARD and r.status != CANCELLED and \
                    (r.date >= today or (meeting is not None and r.id == meeting.prepares_for)):
                ui.prepareCombo.addItem(f"Board meeting of {dates.weekday(r.date)} at {dates.hm(r.start_time)}", r.id)
        if meeting is None:
            ui.dateEdit.setDate(to_qdate(today if is_working_day(today) else next_working_day(today)))
            ui.timeEdit.setTime(qtime(dt.datetime.strptime(schedule.start_time, "%H:%M").time()))
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
        ui.timeEdit.timeChanged.connect(self.validate)
        ui.kindCombo.currentIndexChanged.connect(self.validate)
        ui.prepareCombo.currentIndexChanged.connect(self._touch)
        self.validate()

    def _fill_from(self, meeting) -> None:
        ui = self.ui
        self.setWindowTitle("Edit Meeting")
        status = {HELD: " (held)", CANCELLED: " (cancelled)"}.get(meeting.status, "")
        ui.introLabel.setText(f"Correct or change the {html.escape(meeting.kind_label.lower())} of "
                              f"<b>{dates.long(meeting.date)}</b>{status}.")
        ui.dateEdit.setDate(to_qdate(meeting.date))
        ui.timeEdit.setTime(qtime(meeting.start_time))
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
        ui.prepareCombo.setCurrentIndex(max(0, ui.prepareCombo.findData(meeting.prepares_for)))
        ui.durationSpin.setFocus()

    def _touch(self) -> None:
        self.touched = True
        self.validate()

    def date(self) -> dt.date:
        return from_qdate(self.ui.dateEdit.date())

    def prepares_for(self) -> int | None:
        """The board meeting chosen, when this is a young people's meeting."""
        if self.ui.kindCombo.currentData() != enums.MeetingKind.YOUNG_PEOPLES_FORUM:
            return None
        return self.ui.prepareCombo.currentData()

    def warnings(self) -> list[str]:
        if self.meeting is not None:
            return []  # the date is not changed here
        return day_warnings(self.date(), self.rows, prepares_for=self.prepares_for())

    def problems(self) -> list[str]:
        venue, link = self.ui.venueEdit.text().strip(), self.ui.onlineLinkEdit.text().strip()
        problems = []
        board = next((r for r in self.rows if r.id == self.prepares_for()), None)
        if board is not None and (problem := schedule.pre_meeting_problem(
                self.date(), from_qtime(self.ui.timeEdit.time()), board.date, board.start_time)):
            problems.append(problem)
        if not venue and not link:
            problems.append("say where the meeting is held: a venue, an online link or both")
        if link and not link.lower().startswith(("https://", "http://")):
            problems.append("the online link should be a web address starting with https://")
        return problems

    def validate(self) -> list[str]:
        ui = self.ui
        day = self.date()
        forum = ui.kindCombo.currentData() == enums.MeetingKind.YOUNG_PEOPLES_FORUM
        ui.prepareCombo.setEnabled(forum and ui.prepareCombo.count() > 1)
        ui.weekdayLabel.setText(weekday_note(day, self.today))
        show_warnings(ui.warningLabel, self.warnings(), "You can still add it; you will be asked to confirm.")
        problems = self.problems()
        show_problems(ui.problemLabel, self.ok, problems if self.touched else [])
        self.ok.setEnabled(not problems)
        return problems

    def result_input(self):
        from cpo_desktop.services.meetings import MeetingInput

        ui = self.ui
        return MeetingInput(
            date=self.date(), start_time=from_qtime(ui.timeEdit.time()), kind=ui.kindCombo.currentData(),
            theme=ui.themeCombo.currentData(), venue=ui.venueEdit.text().strip(),
            online_link=ui.onlineLinkEdit.text().strip() or None, duration_minutes=ui.durationSpin.value(),
            notes=ui.notesEdit.text().strip() or None, prepares_for=self.prepares_for())

    def result_details(self):
        """What editing a meeting saves (services.meetings.MeetingDetails)."""
        from cpo_desktop.services.meetings import MeetingDetails

        ui = self.ui
        return MeetingDetails(
            kind=ui.kindCombo.currentData(), theme=ui.themeCombo.currentData(), venue=ui.venueEdit.text().strip(),
            online_link=ui.onlineLinkEdit.text().strip() or None, duration_minutes=ui.durationSpin.value(),
            notes=ui.notesEdit.text().strip() or None, prepares_for=self.prepares_for())


DETAIL_NAMES = {"kind": "kind", "theme": "theme", "venue": "venue", "online_link": "online link",
                "duration_minutes": "length", "notes": "notes", "prepares_for": "board meeting it prepares for"}


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
            f"Cancel the {html.escape(meeting.kind_label.lower())} of <b>{dates.long(meeting.date)}</b> at "
            f"{dates.hm(meeting.start_time)}?<br><br>It stays in the list, in grey italics, and can be reinstated "
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
        text = (f"<b>{html.escape(meeting.kind_label)}</b> on <b>{dates.long(meeting.date)}</b> "
                f"at {dates.hm(meeting.start_time)}")
        if meeting.theme:
            text += f" — {html.escape(meeting.theme)}"
        if meeting.moved_from:
            text += f"<br>First planned for {dates.short(meeting.moved_from)}."
        text += "<br>The old date is kept in the meeting's history and shown as “moved from”."
        ui.meetingLabel.setText(text)
        ui.dateEdit.setDate(to_qdate(meeting.date))
        ui.timeEdit.setTime(qtime(meeting.start_time))
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
        return from_qtime(self.ui.timeEdit.time())

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
        ui.weekdayLabel.setText(weekday_note(day, self.today))
        unchanged = (day, self.time()) == (self.meeting.date, self.meeting.start_time)
        warnings = [] if unchanged else day_warnings(
            day, self.rows, ignore=self.meeting.id, prepares_for=self.meeting.prepares_for)
        if not unchanged:  # as services.meetings.move_meeting asks
            warnings += schedule.pre_meetings_left_behind(day, self.time(), [
                (r.date, r.start_time) for r in self.rows
                if r.prepares_for == self.meeting.id and r.status != CANCELLED])
        show_warnings(ui.warningLabel, warnings, "You can still move it there; you will be asked to confirm.")
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

    PREVIEW = "meetings.plan-year-preview"  # the operations' key: only the newest preview shows

    def __init__(self, ctx: ViewContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_plan_year_dialog import Ui_PlanYearDialog

        self.ui = ui = Ui_PlanYearDialog()
        ui.setupUi(self)
        self.ctx = ctx
        self.preview: list | None = None
        self.loading = False
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Plan These Meetings")
        self.ok.setEnabled(False)
        style_problem_label(ui.problemLabel)
        style_warning_label(ui.warningLabel)
        ui.introLabel.setText("The board's meetings for a municipal year, from its schedule; each is themed on "
                              "the next of the board's priorities.")
        self.model = RowsModel([
            Column("Date", lambda p: p.date, display=lambda p: dates.weekday(p.date)),
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
        self.ctx.ops.forget(self.PREVIEW)  # a preview still being worked out is for the old year
        self.preview = None
        self.loading = True
        self.ok.setEnabled(False)
        self._timer.start()

    def load(self) -> None:
        year, store = self.year(), self.ctx.store
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
                return schedule, None, errors.window_text(exc)

        def failed(exc: BaseException, _tb: str) -> None:
            self._show(None, None, f"The dates could not be worked out: {errors.window_text(exc)}")

        self.ctx.op(job).latest(self.PREVIEW).owner(self).success(lambda result: self._show(*result)) \
            .failure(failed).run()

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
            ui.problemLabel.setText(error)
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
            ui.timeEdit.setTime(qtime(dt.datetime.strptime(schedule.start_time, "%H:%M").time()))
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
