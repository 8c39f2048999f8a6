"""The Minutes & actions view's dialogs for attendance, declarations and the minutes' record:
who attended, an interest declared, a resolution, why confirmed minutes change, confirming,
signing, exporting, and the attendance rates. (The action log's are in ``action_dialogs``.)"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from cpo_desktop import dates
from cpo_desktop.model import enums, minutes_rules
from cpo_desktop.model.enums import AttendanceStatus as Status
from cpo_desktop.model.enums import ResolutionKind
from cpo_desktop.ui.minutes.common import CHOOSE
from cpo_desktop.ui.style import AMBER
from cpo_desktop.ui.tablemodel import Column, RowsModel, RowStyle
from cpo_desktop.ui.widgets import (
    CheckedDialog,
    choose,
    chosen,
    fill_people,
    fit_columns,
    from_qdate,
    prepare_table,
    problem_setup,
    searchable,
    show_problems,
    style_problem_label,
    to_qdate,
)

RESOLUTION_KINDS = (
    (ResolutionKind.NOTED, "Noted"),
    (ResolutionKind.ENDORSED, "Endorsed"),
    (ResolutionKind.APPROVED, "Approved"),
    (ResolutionKind.DEFERRED, "Deferred to a later meeting"),
    (ResolutionKind.OTHER, "In the board's own words"),
)


def resolution_text(kind: str, text: str, what: str, deferred_to: dt.date | None) -> str:
    """The wording a resolution will have, as the service makes it (for the preview)."""
    if text.strip():
        try:
            return minutes_rules.tidy_resolution(text)
        except ValueError:
            return ""
    if kind == ResolutionKind.OTHER:
        return ""
    return minutes_rules.standard_wording(kind, what=what,
                                          deferred_to=dates.long(deferred_to) if deferred_to else "…")



class AttendeeDialog(CheckedDialog):
    """Add a substitute (someone sitting in a member's place) or an officer or guest."""

    SUBSTITUTE, GUEST = "substitute", "guest"

    def __init__(self, mode: str, people: Sequence[tuple[int, str]], members: Sequence[tuple[int, str]] = (),
                 named_substitutes: dict[int, int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_attendee_dialog import Ui_AttendeeDialog

        self.ui = ui = Ui_AttendeeDialog()
        ui.setupUi(self)
        self.mode = mode
        self.named = named_substitutes or {}
        self.ok = problem_setup(self)
        self.touched = False
        fill_people(ui.personCombo, people, None, blank="")
        searchable(ui.personCombo)
        sub = mode == self.SUBSTITUTE
        self.setWindowTitle("Add a Substitute" if sub else "Add an Officer or Guest")
        ui.introLabel.setText(
            ("Someone sitting in a member's place, with the right to vote; the member is recorded as sending "
             "apologies." if sub else
             "An officer presenting a report, or a guest. They are listed as “in attendance”, not as members.")
            + "<br><small>Not in the list? Add them to the register first (Members › Add Person…).</small>")
        fill_people(ui.memberCombo, members, None, blank=CHOOSE)
        for w in (ui.memberLabel, ui.memberCombo):
            w.setVisible(sub)
        ui.itemsLabel.setVisible(not sub)
        ui.itemsEdit.setVisible(not sub)
        ui.personCombo.currentTextChanged.connect(self._touch)
        ui.memberCombo.currentIndexChanged.connect(self._member_chosen)
        self.validate()

    def _touch(self, *_args) -> None:
        self.touched = True
        self.validate()

    def _member_chosen(self) -> None:
        # The member's named substitute is the likely one: offer them, unless a person is chosen.
        named = self.named.get(self.ui.memberCombo.currentData())
        if named is not None and not self.ui.personCombo.currentText().strip():
            index = self.ui.personCombo.findData(named)
            if index >= 0:
                self.ui.personCombo.setCurrentIndex(index)
        self._touch()

    def person_id(self) -> int | None:
        return chosen(self.ui.personCombo)

    def problems(self) -> list[str]:
        problems = []
        person = self.person_id()
        if person is None:
            problems.append("choose someone from the register" if not self.ui.personCombo.currentText().strip()
                            else f"“{self.ui.personCombo.currentText().strip()}” is not on the register")
        if self.mode == self.SUBSTITUTE:
            member = self.ui.memberCombo.currentData()
            if member is None:
                problems.append("choose the member they sat in for")
            elif member == person:
                problems.append("a member cannot substitute for themselves")
        return problems

    def result_mark(self):
        from cpo_desktop.services.attendance import Mark

        ui = self.ui
        sub = self.mode == self.SUBSTITUTE
        return Mark(person_id=self.person_id(), status=Status.SUBSTITUTE if sub else Status.IN_ATTENDANCE,
                    substitute_for_id=ui.memberCombo.currentData() if sub else None,
                    items=None if sub else ui.itemsEdit.text(), note=ui.noteEdit.text())


class DeclarationDialog(CheckedDialog):
    """A declaration of interest: OK stays disabled until member, item, kind and nature are given."""

    def __init__(self, members: Sequence[tuple[int, str]], items: Sequence[tuple[int, str]],
                 item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_declaration_dialog import Ui_DeclarationDialog

        self.ui = ui = Ui_DeclarationDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.touched = False
        ui.introLabel.setText("Record an interest a member declared, against the item it concerns.")
        fill_people(ui.memberCombo, members, None, blank="")
        searchable(ui.memberCombo)
        ui.itemCombo.addItem(CHOOSE, None)
        for iid, text in items:
            ui.itemCombo.addItem(text, iid)
        choose(ui.itemCombo, item_id)
        ui.itemCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.itemCombo.setMinimumContentsLength(36)
        ui.kindCombo.addItem(CHOOSE, None)
        for kind in enums.InterestKind:
            ui.kindCombo.addItem(kind.label, kind.value)
        for action in enums.DeclarationAction:
            ui.actionCombo.addItem(action.label, action.value)
        ui.memberCombo.currentTextChanged.connect(self._touch)
        ui.itemCombo.currentIndexChanged.connect(self._touch)
        ui.kindCombo.currentIndexChanged.connect(self._touch)
        ui.natureEdit.textChanged.connect(self._touch)
        self.validate()

    def _touch(self, *_args) -> None:
        self.touched = True
        self.validate()

    def problems(self) -> list[str]:
        ui = self.ui
        problems = []
        if chosen(ui.memberCombo) is None:
            problems.append("choose the member who declared the interest")
        if ui.itemCombo.currentData() is None:
            problems.append("choose the item it concerns")
        if ui.kindCombo.currentData() is None:
            problems.append("choose the kind of interest")
        if not ui.natureEdit.text().strip():
            problems.append("say what the interest is")
        return problems

    def result_input(self):
        from cpo_desktop.services.declarations import DeclarationInput

        ui = self.ui
        return DeclarationInput(person_id=chosen(ui.memberCombo), item=ui.itemCombo.currentData(),
                                kind=ui.kindCombo.currentData(), nature=ui.natureEdit.text().strip(),
                                action=ui.actionCombo.currentData())


class ResolutionDialog(QDialog):
    """A resolution in the standard wording, or the board's own; deferring names a later meeting."""

    def __init__(self, minute_label: str, what: str, later_meetings: Sequence[tuple[int, dt.date, str]],
                 data=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_resolution_dialog import Ui_ResolutionDialog

        self.ui = ui = Ui_ResolutionDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.what = what
        self.dates = {mid: day for mid, day, _ in later_meetings}
        self.setWindowTitle("Change the Resolution" if data else "Add a Resolution")
        ui.minuteLabel.setText(f"<b>{html.escape(minute_label)}</b>")
        for kind, label in RESOLUTION_KINDS:
            ui.kindCombo.addItem(label, kind.value)
        ui.meetingCombo.addItem("— choose the meeting —", None)
        for mid, _day, label in later_meetings:
            ui.meetingCombo.addItem(label, mid)
        ui.textEdit.setMaximumHeight(90)
        if data is not None:
            choose(ui.kindCombo, data.kind)
            if data.deferred_to_meeting_id and ui.meetingCombo.findData(data.deferred_to_meeting_id) < 0:
                # Deferred to a meeting no longer offered (cancelled since): kept until another is chosen.
                ui.meetingCombo.addItem(dates.weekday(data.deferred_to) or "the meeting chosen",
                                        data.deferred_to_meeting_id)
                self.dates[data.deferred_to_meeting_id] = data.deferred_to
            choose(ui.meetingCombo, data.deferred_to_meeting_id)
            standard = (resolution_text(data.kind, "", what, data.deferred_to)
                        if data.kind != ResolutionKind.OTHER else "")
            if data.text != standard:
                ui.textEdit.setPlainText(data.text)
        for signal in (ui.kindCombo.currentIndexChanged, ui.meetingCombo.currentIndexChanged, ui.textEdit.textChanged):
            signal.connect(self.validate)
        self.touched_text = data is not None
        self.validate()

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def preview(self) -> str:
        target = self.ui.meetingCombo.currentData()
        return resolution_text(self.kind(), self.ui.textEdit.toPlainText(), self.what, self.dates.get(target))

    def problems(self) -> list[str]:
        problems = []
        if self.kind() == ResolutionKind.DEFERRED and self.ui.meetingCombo.currentData() is None:
            problems.append("choose the later meeting the item is deferred to")
        if self.kind() == ResolutionKind.OTHER and not self.ui.textEdit.toPlainText().strip():
            problems.append("write the resolution in the board's own words")
        return problems

    def validate(self) -> list[str]:
        ui = self.ui
        deferred = self.kind() == ResolutionKind.DEFERRED
        ui.meetingCombo.setEnabled(deferred)
        ui.meetingLabel.setEnabled(deferred)
        if deferred and not self.dates:
            ui.meetingCombo.setToolTip("No later meeting is planned yet: plan one in Meetings first.")
        wording = self.preview()
        ui.previewLabel.setText(f"<b>RESOLVED:</b> {html.escape(wording)}" if wording else
                                "<i>The wording shows here.</i>")
        problems = self.problems()
        show_problems(ui.problemLabel, self.ok, problems)
        return problems

    def result_input(self):
        from cpo_desktop.services.resolutions import ResolutionInput

        text = self.ui.textEdit.toPlainText().strip()
        deferred = self.kind() == ResolutionKind.DEFERRED
        return ResolutionInput(kind=self.kind(), text=text or None,
                               deferred_to=self.ui.meetingCombo.currentData() if deferred else None)



class AmendDialog(QDialog):
    """Why confirmed minutes are being changed (and, for a note of correction, what it says)."""

    def __init__(self, intro: str, *, with_text: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_amend_dialog import Ui_AmendDialog

        self.ui = ui = Ui_AmendDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.with_text = with_text
        ui.introLabel.setText(intro)
        ui.textLabel.setVisible(with_text)
        ui.textEdit.setVisible(with_text)
        ui.textEdit.setMaximumHeight(100)
        if with_text:
            self.setWindowTitle("Record a Correction")
        ui.reasonEdit.textChanged.connect(self.validate)
        ui.textEdit.textChanged.connect(self.validate)
        self.validate()

    def problems(self) -> list[str]:
        problems = []
        if not self.ui.reasonEdit.text().strip():
            problems.append("say why the confirmed minutes are being changed")
        if self.with_text and not self.ui.textEdit.toPlainText().strip():
            problems.append("write the correction")
        return problems

    def validate(self) -> list[str]:
        problems = self.problems()
        show_problems(self.ui.problemLabel, self.ok, [])  # nothing to scold: OK simply waits
        self.ok.setEnabled(not problems)
        return problems

    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()

    def text(self) -> str:
        return self.ui.textEdit.toPlainText().strip()


class ConfirmMinutesDialog(QDialog):
    """Confirm the minutes at the next meeting, with the amendments agreed there."""

    NOTE = "— a note only, no change of wording —"

    def __init__(self, meeting_date: dt.date, at_date: dt.date, minutes: Sequence[tuple[int, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_confirm_minutes_dialog import Ui_ConfirmMinutesDialog

        self.ui = ui = Ui_ConfirmMinutesDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.ok.setText("Confirm")
        self.amendments: list = []
        self.texts = {mid: text for mid, _label, text in minutes}
        self.labels = {mid: label for mid, label, _text in minutes}
        ui.introLabel.setText(
            f"The meeting on <b>{dates.long(at_date)}</b> confirms the minutes of <b>{dates.long(meeting_date)}</b> "
            "as a correct record. Once confirmed they are locked: any later change is recorded as an amendment.<br>"
            "If the meeting agreed corrections, add each one below before confirming.")
        ui.minuteCombo.addItem(self.NOTE, None)
        for mid, label, _text in minutes:
            ui.minuteCombo.addItem(label, mid)
        ui.minuteCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.minuteCombo.setMinimumContentsLength(36)
        ui.wordingEdit.setMaximumHeight(120)
        ui.amendmentList.setMaximumHeight(110)
        ui.minuteCombo.currentIndexChanged.connect(self._minute_chosen)
        ui.wordingEdit.textChanged.connect(self.validate)
        ui.reasonEdit.textChanged.connect(self.validate)
        ui.addButton.clicked.connect(self.add_amendment)
        ui.removeButton.clicked.connect(self.remove_amendment)
        ui.amendmentList.currentRowChanged.connect(lambda *_: self.validate())
        self._minute_chosen()

    def _minute_chosen(self) -> None:
        mid = self.ui.minuteCombo.currentData()
        self.ui.wordingEdit.setEnabled(mid is not None)
        self.ui.wordingEdit.setPlainText(self.texts.get(mid, "") if mid is not None else "")
        self.validate()

    def pending_problem(self) -> str | None:
        ui = self.ui
        mid = ui.minuteCombo.currentData()
        changed = mid is not None and ui.wordingEdit.toPlainText().strip() != self.texts.get(mid, "").strip()
        if ui.reasonEdit.text().strip() or changed:
            return "press Add Amendment to add the amendment you have started, or clear it"
        return None

    def can_add(self) -> bool:
        ui = self.ui
        mid = ui.minuteCombo.currentData()
        if not ui.reasonEdit.text().strip():
            return False
        return mid is None or ui.wordingEdit.toPlainText().strip() != self.texts.get(mid, "").strip()

    def validate(self) -> None:
        ui = self.ui
        ui.addButton.setEnabled(self.can_add())
        ui.removeButton.setEnabled(ui.amendmentList.currentRow() >= 0)
        pending = self.pending_problem()
        show_problems(ui.problemLabel, self.ok, [pending] if pending else [])

    def add_amendment(self) -> None:
        from cpo_desktop.services.minutes import ConfirmAmendment

        if not self.can_add():
            return
        ui = self.ui
        mid = ui.minuteCombo.currentData()
        reason = ui.reasonEdit.text().strip()
        wording = ui.wordingEdit.toPlainText().strip() if mid is not None else None
        self.amendments.append(ConfirmAmendment(reason=reason, minute_id=mid, discussion=wording))
        if mid is not None:
            self.texts[mid] = wording  # a second amendment to the same minute starts from this one
        ui.amendmentList.addItem(f"{self.labels.get(mid, 'Note')}: {reason}")
        ui.reasonEdit.clear()
        ui.minuteCombo.setCurrentIndex(0)
        self._minute_chosen()

    def remove_amendment(self) -> None:
        row = self.ui.amendmentList.currentRow()
        if 0 <= row < len(self.amendments):
            del self.amendments[row]
            self.ui.amendmentList.takeItem(row)
        self.validate()


class SignatureDialog(QDialog):
    def __init__(self, confirmed_on: dt.date, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_signature_dialog import Ui_SignatureDialog

        self.ui = ui = Ui_SignatureDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        ui.introLabel.setText(f"The minutes were confirmed on {dates.long(confirmed_on)}. Record that the Chair "
                              "signed them as a correct record.")
        ui.signedByEdit.setPlaceholderText("Leave empty for whoever held the Chair's seat that day")
        ui.dateEdit.setMinimumDate(to_qdate(confirmed_on))
        ui.dateEdit.setMaximumDate(to_qdate(max(today, confirmed_on)))
        ui.dateEdit.setDate(to_qdate(max(today, confirmed_on)))

    def result_values(self) -> tuple[str, dt.date]:
        return self.ui.signedByEdit.text().strip(), from_qdate(self.ui.dateEdit.date())


class ClosingTimeDialog(CheckedDialog):
    """When the Chair closed the meeting: the minutes end "The meeting closed at 4.45 pm."; or
    not recorded, and they say nothing about it."""

    def __init__(self, meeting, closed_at: dt.time | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QTime

        from cpo_desktop.ui.generated.ui_closing_time_dialog import Ui_ClosingTimeDialog

        self.ui = ui = Ui_ClosingTimeDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.start = meeting.start_time
        ui.introLabel.setText(f"The meeting of {dates.long(meeting.date)} began at {dates.clock12(self.start)}. "
                              "Record when the Chair closed it: the minutes end with that time.")
        planned_end = (dt.datetime.combine(meeting.date, self.start)
                       + dt.timedelta(minutes=meeting.duration_minutes)).time()
        shown = closed_at or planned_end
        ui.closedAtEdit.setTime(QTime(shown.hour, shown.minute))
        ui.notRecordedCheck.setChecked(closed_at is None)  # OK on it as it opens changes nothing
        ui.closedAtEdit.timeChanged.connect(self._changed)
        ui.notRecordedCheck.toggled.connect(self._changed)
        self.touched = True
        self._changed()

    def closed_at(self) -> dt.time | None:
        if self.ui.notRecordedCheck.isChecked():
            return None
        t = self.ui.closedAtEdit.time()
        return dt.time(t.hour(), t.minute())

    def problems(self) -> list[str]:
        closed = self.closed_at()
        if closed is not None and closed <= self.start:
            return [f"the meeting began at {dates.clock12(self.start)}, so it closed later than that"]
        return []

    def _changed(self, *_args) -> None:
        from cpo_desktop.services.minutes import closing_line

        self.ui.closedAtEdit.setEnabled(not self.ui.notRecordedCheck.isChecked())
        line = closing_line(self.closed_at())
        self.ui.previewLabel.setText(f"The minutes will end: <i>{html.escape(line)}</i>" if line else
                                     "The minutes will say nothing about when the meeting closed.")
        self.validate()


class ExportMinutesDialog(QDialog):
    def __init__(self, meeting_date: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_export_minutes_dialog import Ui_ExportMinutesDialog

        self.ui = ui = Ui_ExportMinutesDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.ok.setText("Export…")
        ui.introLabel.setText(f"Save the minutes of {dates.long(meeting_date)} as a document.")
        ui.formatCombo.addItem("PDF", "pdf")
        ui.formatCombo.addItem("Word (.docx)", "docx")
        ui.versionCombo.addItem("Restricted: full names and Part 2 minutes", False)
        ui.versionCombo.addItem("Public: young people by first name, Part 2 minutes withheld", True)
        ui.versionCombo.currentIndexChanged.connect(self._version_chosen)
        self._version_chosen()

    def _version_chosen(self) -> None:
        self.ui.versionNote.setText(
            "For the website, the public and partner boards." if self.public() else
            "For the board and the council only: not for publication.")

    def fmt(self) -> str:
        return self.ui.formatCombo.currentData()

    def public(self) -> bool:
        return bool(self.ui.versionCombo.currentData())


class RatesDialog(QDialog):
    def __init__(self, label: str, rows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_rates_dialog import Ui_RatesDialog

        self.ui = ui = Ui_RatesDialog()
        ui.setupUi(self)
        style_problem_label(ui.problemLabel)
        self.setWindowTitle(f"Attendance Rates {label}")
        ui.introLabel.setText(f"Attendance at the board meetings held in the municipal year <b>{label}</b>, "
                              "for each member while they held a seat. Online attendance counts as attended. "
                              "Below half is highlighted." if rows else
                              f"No board meetings have been held in {label} yet.")
        self.model = RowsModel([
            Column("Member", lambda r: r.name),
            Column("Seat", lambda r: r.seats, tooltip=lambda r: r.seats, max_width=260),
            Column("Meetings", lambda r: r.expected),
            Column("Attended", lambda r: r.present),
            Column("Apologies", lambda r: r.apologies,
                   display=lambda r: f"{r.apologies} ({r.substituted} with a substitute)" if r.substituted
                   else str(r.apologies)),
            Column("Absent", lambda r: r.absent),
            Column("Not recorded", lambda r: r.not_recorded),
            Column("Rate", lambda r: r.rate if r.rate is not None else -1, display=lambda r: r.rate_text),
        ], RowStyle(background=lambda r: AMBER if r.rate is not None and r.rate < 0.5 else None), self)
        self.model.set_rows(rows)
        prepare_table(ui.table)
        ui.table.setModel(self.model)
        ui.table.setWordWrap(False)
        fit_columns(ui.table, {0: 220, 4: 200}, stretch=1)
        ui.buttonBox.rejected.connect(self.reject)
