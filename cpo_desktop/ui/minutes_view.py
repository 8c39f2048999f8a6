"""Minutes & actions: who came to a meeting (and whether it was quorate), declarations of
interest, the minutes item by item with their resolutions, and the action log.

The view only shows service results (``services.attendance``, ``services.minutes``,
``services.actions``); every change runs on the window's task runner, one transaction each.
Attendance and action changes go on the window's undo stack. Typing in a minute is saved
when the user leaves that minute, presses Ctrl+S, chooses another meeting or view, or
closes the window; until it is saved it is kept here, so nothing typed is lost.

Confirmed minutes are locked: the editor is read-only until the user presses Amend… and
says why; every change after that is recorded by the service as an amendment.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpo_desktop.model import enums, minutes_rules
from cpo_desktop.model.enums import ActionStatus, ResolutionKind
from cpo_desktop.model.enums import AttendanceStatus as Status
from cpo_desktop.model.rules import municipal_year_start
from cpo_desktop.model.working_days import long_date
from cpo_desktop.ui import prompts
from cpo_desktop.ui.dialogs import fill_people, from_qdate, show_problems, style_problem_label, to_qdate
from cpo_desktop.ui.register_views import prepare_table, select_where, selected_row
from cpo_desktop.ui.tablemodel import AMBER, GREY, ROSE, Column, FilteredRowsModel, RowsModel, RowStyle
from cpo_desktop.ui.views import heading
from cpo_desktop.wording import plural

PART2 = QColor(226, 232, 240)  # the agenda view's quiet blue-grey for the exempt part
GREEN_PILL = "background: #d6ecd6; color: #17401a; border: 1px solid #9cc79c;"
ROSE_PILL = "background: #f8cdcd; color: #5a1010; border: 1px solid #d99a9a;"
GREY_PILL = "background: #ececec; color: #444; border: 1px solid #c8c8c8;"
PILL = "QLabel {{ {} border-radius: 3px; padding: 3px 8px; }}"
LOCKED_BANNER = ("QLabel { background: #e3ebf6; color: #12284a; border: 1px solid #9fb5d6; border-radius: 3px;"
                 " padding: 6px 8px; }")
AMENDING_BANNER = ("QLabel { background: #ffecb3; color: #3b2f00; border: 1px solid #e3c770; border-radius: 3px;"
                   " padding: 6px 8px; }")
CHOOSE = "— choose —"
RESOLUTION_KINDS = (
    (ResolutionKind.NOTED, "Noted"),
    (ResolutionKind.ENDORSED, "Endorsed"),
    (ResolutionKind.APPROVED, "Approved"),
    (ResolutionKind.DEFERRED, "Deferred to a later meeting"),
    (ResolutionKind.OTHER, "In the board's own words"),
)
# Keys that mark the selected rows of the attendance sheet at once.
QUICK_KEYS = {Qt.Key.Key_P: Status.PRESENT, Qt.Key.Key_O: Status.REMOTE, Qt.Key.Key_A: Status.APOLOGIES,
              Qt.Key.Key_X: Status.ABSENT, Qt.Key.Key_Delete: "", Qt.Key.Key_Backspace: ""}


def short(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def searchable(combo: QComboBox, placeholder: str = "Type a name to search…") -> None:
    """An editable combo that finds people by any part of their name and accepts only them."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.lineEdit().setPlaceholderText(placeholder)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(completer.CompletionMode.PopupCompletion)


def chosen(combo: QComboBox) -> Any:
    """The data of the entry whose text is in the combo (typed or picked), else None."""
    text = combo.currentText().strip()
    if not text:
        return None
    if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text:
        return combo.currentData()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else None


def choose(combo: QComboBox, data: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


def status_choices(row) -> list[tuple[str, str]]:
    """What a row of the attendance sheet can be set to: members come or not; others are on
    the sheet or taken off it."""
    if row.member:
        return [("", "Not recorded")] + [(s.value, s.label) for s in (Status.PRESENT, Status.REMOTE,
                                                                       Status.APOLOGIES, Status.ABSENT)]
    out = [(row.status, Status(row.status).label)]
    if row.status != Status.IN_ATTENDANCE:
        out.append((Status.IN_ATTENDANCE.value, Status.IN_ATTENDANCE.label))
    out.append(("", "Remove from the sheet"))
    return out


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
                                          deferred_to=long_date(deferred_to) if deferred_to else "…")


def fit_columns(table: QTableView, most: dict[int, int], stretch: int) -> None:
    """Columns as wide as their text, within ``most`` pixels; ``stretch`` takes what is left, so
    the table fits its width and nothing hides behind a horizontal scroll bar."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    for col in range(table.model().columnCount()):
        if col == stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(col, min(table.columnWidth(col) + 12, most.get(col, 400)))


def _problem_setup(dialog: QDialog) -> QPushButton:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    style_problem_label(dialog.ui.problemLabel)
    return ok


# --- dialogs --------------------------------------------------------------------------------------

class CheckedDialog(QDialog):
    """A dialog whose OK waits until ``problems()`` is empty; the problems are shown once the
    user has touched the form (``touched``)."""

    touched = False

    def validate(self) -> list[str]:
        problems = self.problems()
        show_problems(self.ui.problemLabel, self.ok, problems if self.touched else [])
        self.ok.setEnabled(not problems)
        return problems


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
        self.ok = _problem_setup(self)
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
        self.ok = _problem_setup(self)
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
        from cpo_desktop.services.minutes import DeclarationInput

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
        self.ok = _problem_setup(self)
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
                ui.meetingCombo.addItem(f"{data.deferred_to:%a %d %b %Y}" if data.deferred_to else "the meeting chosen",
                                        data.deferred_to_meeting_id)
                self.dates[data.deferred_to_meeting_id] = data.deferred_to
            choose(ui.meetingCombo, data.deferred_to_meeting_id)
            standard = resolution_text(data.kind, "", what, data.deferred_to) if data.kind != ResolutionKind.OTHER else ""
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
        from cpo_desktop.services.minutes import ResolutionInput

        text = self.ui.textEdit.toPlainText().strip()
        deferred = self.kind() == ResolutionKind.DEFERRED
        return ResolutionInput(kind=self.kind(), text=text or None,
                               deferred_to=self.ui.meetingCombo.currentData() if deferred else None)


class ActionDialog(CheckedDialog):
    """Add or change an action: OK stays disabled until it says what is to be done and who owns it."""

    def __init__(self, people: Sequence[tuple[int, str]], *, today: dt.date, context: str = "",
                 meeting_text: str = "", meeting_fixed: bool = False, data=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_action_dialog import Ui_ActionDialog

        self.ui = ui = Ui_ActionDialog()
        ui.setupUi(self)
        self.ok = _problem_setup(self)
        self.touched = data is not None
        self.setWindowTitle(f"Change Action {data.ref}" if data else "Add an Action")
        ui.contextLabel.setText(context)
        ui.contextLabel.setVisible(bool(context))
        people = list(people)
        if data is not None and data.owner_id not in {pid for pid, _ in people}:
            people.append((data.owner_id, data.owner))  # a former member still owns what they owned
        fill_people(ui.ownerCombo, people, data.owner_id if data else None, blank="")
        searchable(ui.ownerCombo)
        ui.descriptionEdit.setMaximumHeight(110)
        ui.dueCheck.setText("&By")
        due = data.due_date if data else None
        ui.dueCheck.setChecked(data is None or due is not None)
        ui.dueEdit.setDate(to_qdate(due or today + dt.timedelta(days=28)))
        ui.dueCheck.toggled.connect(ui.dueEdit.setEnabled)
        ui.dueEdit.setEnabled(ui.dueCheck.isChecked())
        self.meeting_text = meeting_text
        ui.meetingCheck.setText(meeting_text)
        ui.meetingCheck.setVisible(bool(meeting_text) and data is None)
        ui.meetingCheck.setChecked(bool(meeting_text))
        ui.meetingCheck.setEnabled(not meeting_fixed)
        if data is not None:
            ui.descriptionEdit.setPlainText(data.description)
        ui.descriptionEdit.textChanged.connect(self._touch)
        ui.ownerCombo.currentTextChanged.connect(self._touch)
        self.validate()

    def _touch(self, *_args) -> None:
        self.touched = True
        self.validate()

    def owner_id(self) -> int | None:
        return chosen(self.ui.ownerCombo)

    def problems(self) -> list[str]:
        problems = []
        if not self.ui.descriptionEdit.toPlainText().strip():
            problems.append("say what is to be done")
        if self.owner_id() is None:
            text = self.ui.ownerCombo.currentText().strip()
            problems.append(f"“{text}” is not on the register" if text else
                            "every action needs an owner: choose who will do it")
        return problems

    def description(self) -> str:
        return " ".join(self.ui.descriptionEdit.toPlainText().split())

    def due_date(self) -> dt.date | None:
        return from_qdate(self.ui.dueEdit.date()) if self.ui.dueCheck.isChecked() else None

    def at_meeting(self) -> bool:
        """Whether the action was agreed at the meeting named in the dialog."""
        return bool(self.meeting_text) and self.ui.meetingCheck.isChecked()


class ActionUpdateDialog(QDialog):
    """A dated update to an action, with or without a new status."""

    def __init__(self, action, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_action_update_dialog import Ui_ActionUpdateDialog

        self.ui = ui = Ui_ActionUpdateDialog()
        ui.setupUi(self)
        self.ok = _problem_setup(self)
        self.action = action
        self.today = today
        self.setWindowTitle(f"Update Action {action.ref}")
        due = f" – due {short(action.due_date)}" if action.due_date else ""
        ui.actionLabel.setText(f"<b>{action.ref}</b> {html.escape(action.description)}<br>"
                               f"Owner: {html.escape(action.owner)}{due} – now <b>{action.status_label}</b>")
        for status in ActionStatus:
            ui.statusCombo.addItem(status.label, status.value)
        choose(ui.statusCombo, action.status)
        ui.dateEdit.setDate(to_qdate(today))
        ui.dateEdit.setMaximumDate(to_qdate(today))
        ui.dateEdit.setMinimumDate(to_qdate(min(action.created_on, today)))
        ui.noteEdit.setMaximumHeight(110)
        for signal in (ui.statusCombo.currentIndexChanged, ui.noteEdit.textChanged, ui.dateEdit.dateChanged):
            signal.connect(self.validate)
        self.validate()

    def problems(self) -> list[str]:
        ui = self.ui
        note = ui.noteEdit.toPlainText().strip()
        status = ui.statusCombo.currentData()
        if status == self.action.status and not note:
            return ["give a new status or write what has happened"]
        if status == ActionStatus.DROPPED and not note:
            return ["say why the action is dropped"]
        return []

    def validate(self) -> list[str]:
        problems = self.problems()
        show_problems(self.ui.problemLabel, self.ok, problems)
        return problems

    def result_values(self) -> tuple[str | None, str, dt.date]:
        ui = self.ui
        status = ui.statusCombo.currentData()
        return (status if status != self.action.status else None, ui.noteEdit.toPlainText().strip(),
                from_qdate(ui.dateEdit.date()))


class AmendDialog(QDialog):
    """Why confirmed minutes are being changed (and, for a note of correction, what it says)."""

    def __init__(self, intro: str, *, with_text: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_amend_dialog import Ui_AmendDialog

        self.ui = ui = Ui_AmendDialog()
        ui.setupUi(self)
        self.ok = _problem_setup(self)
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
        self.ok = _problem_setup(self)
        self.ok.setText("Confirm")
        self.amendments: list = []
        self.texts = {mid: text for mid, _label, text in minutes}
        self.labels = {mid: label for mid, label, _text in minutes}
        ui.introLabel.setText(
            f"The meeting on <b>{long_date(at_date)}</b> confirms the minutes of <b>{long_date(meeting_date)}</b> "
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
        self.ok = _problem_setup(self)
        ui.introLabel.setText(f"The minutes were confirmed on {long_date(confirmed_on)}. Record that the Chair "
                              "signed them as a correct record.")
        ui.signedByEdit.setPlaceholderText("Leave empty for whoever held the Chair's seat that day")
        ui.dateEdit.setMinimumDate(to_qdate(confirmed_on))
        ui.dateEdit.setMaximumDate(to_qdate(max(today, confirmed_on)))
        ui.dateEdit.setDate(to_qdate(max(today, confirmed_on)))

    def result_values(self) -> tuple[str, dt.date]:
        return self.ui.signedByEdit.text().strip(), from_qdate(self.ui.dateEdit.date())


class ExportMinutesDialog(QDialog):
    def __init__(self, meeting_date: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_export_minutes_dialog import Ui_ExportMinutesDialog

        self.ui = ui = Ui_ExportMinutesDialog()
        ui.setupUi(self)
        self.ok = _problem_setup(self)
        self.ok.setText("Export…")
        ui.introLabel.setText(f"Save the minutes of {long_date(meeting_date)} as a document.")
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


# --- the attendance sheet -------------------------------------------------------------------------

class AttendanceModel(RowsModel):
    """The sheet; the status, items and note columns are edited in place when the sheet may change."""

    STATUS, ITEMS, NOTE = 2, 4, 5
    FIELDS = {STATUS: "status", ITEMS: "items", NOTE: "note"}
    edited = Signal(object, str, object)  # the row, "status"/"items"/"note", the new value

    def __init__(self, parent=None) -> None:
        columns = [
            Column("Name", lambda r: r.name, tooltip=lambda r: "Care-experienced young person" if r.young_person
                   else None),
            Column("Seat", lambda r: r.seat, tooltip=lambda r: r.seat, max_width=300),
            Column("Status", lambda r: r.status_label,
                   tooltip=lambda r: "Double-click or F2 to choose; or press P present, O online, A apologies, "
                   "X absent, Delete not recorded"),
            Column("Substitute", lambda r: r.substitute_for or r.substituted_by,
                   display=lambda r: f"for {r.substitute_for}" if r.substitute_for else
                   (f"substituted by {r.substituted_by}" if r.substituted_by else "")),
            Column("Items", lambda r: r.items),
            Column("Note", lambda r: r.note, tooltip=lambda r: r.note or None),
        ]
        style = RowStyle(background=lambda r: AMBER if r.status == Status.ABSENT else None,
                         foreground=lambda r: GREY if not r.recorded or r.status == Status.APOLOGIES else None,
                         italic=lambda r: not r.recorded)
        super().__init__(columns, style, parent)
        self.editable = True

    def flags(self, index):
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() in self.FIELDS:
            row = self.rows[index.row()]
            if index.column() == self.STATUS or row.recorded:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() in self.FIELDS:
            return getattr(self.rows[index.row()], self.FIELDS[index.column()])
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.FIELDS:
            return False
        row = self.rows[index.row()]
        field = self.FIELDS[index.column()]
        value = value if field == "status" else " ".join(str(value or "").split())
        current = getattr(row, field) or ""
        if (value or "") == (current if field == "status" else " ".join(current.split())):
            return False  # the same words (spacing aside): an editor closed without a change saves nothing
        self.edited.emit(row, field, value)
        return True


class StatusDelegate(QStyledItemDelegate):
    """A combo of the statuses a row can have; choosing one saves it at once."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        row = index.model().rows[index.row()]
        combo = QComboBox(parent)
        for value, label in status_choices(row):
            combo.addItem(label, value)
        combo.activated.connect(lambda _n, combo=combo: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt override
        choose(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt override
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _QuickKeys(QObject):
    """P, O, A, X and Delete mark the selected rows of the sheet without opening an editor."""

    def __init__(self, view: MinutesView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            table = self.view.attendance_table
            if table.state() != QAbstractItemView.State.EditingState and event.key() in QUICK_KEYS:
                self.view.mark_selected(QUICK_KEYS[event.key()])
                return True
        return False


# --- what one meeting's record holds --------------------------------------------------------------

@dataclass(frozen=True)
class Loaded:
    meeting_id: int
    sheet: Any  # services.attendance.AttendanceSheet
    record: Any  # services.minutes.MinutesView
    items: tuple  # services.agenda.ItemRow, for declarations and the wording of resolutions
    log: tuple  # services.actions.ActionRow, the whole action log
    today: dt.date


def read_meeting(store, meeting_id: int, today: dt.date) -> Loaded:
    from cpo_desktop.services import actions, agenda, attendance, minutes

    return Loaded(meeting_id, attendance.load(store, meeting_id), minutes.load(store, meeting_id),
                  tuple(agenda.load_agenda(store, meeting_id).items), tuple(actions.list_actions(store, today=today)),
                  today)


# --- the view -------------------------------------------------------------------------------------

class MinutesView(QWidget):
    loaded = Signal()  # a meeting's record has been read and shown
    saved = Signal(int)  # a minute's typing was saved (its id)

    TABS = ("attendance", "declarations", "minutes", "actions")

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.meeting_id: int | None = None
        self.meetings: list = []
        self.data: Loaded | None = None
        self.amendment = None  # services.minutes.Amendment while the user amends confirmed minutes
        self._drafts: dict[int, tuple[str, str]] = {}  # minute id -> (title, discussion) not yet saved
        self._revisions: dict[int, int] = {}  # minute id -> the revision the editor's text started from
        self._minute_id: int | None = None  # the minute in the editor
        self._filled: tuple[str, str] = ("", "")  # what the editor was filled with
        self._filling = False
        self._in_flight: dict[int, tuple[str, str]] = {}  # minute id -> what is being saved
        self._loading = False
        self._after_load: list[Callable[[], Any]] = []
        self.last_export: Path | None = None
        self.last_letters: list | None = None
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self._update_actions()

    # --- construction ---------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot: Callable[[], None], shortcut: str = "", tip: str = "",
                button: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        tip = tip or text.replace("&", "").rstrip("…")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.actions[key] = action
        if button is not None:
            b = QPushButton(button)
            b.clicked.connect(action.trigger)
            b.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            b.setAccessibleName(tip)
            action.changed.connect(lambda b=b, a=action: (b.setEnabled(a.isEnabled()), b.setToolTip(a.toolTip())))
            self.buttons[key] = b
        return action

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading("Minutes & actions", "Who came, what was declared and decided, and who must do "
                              "what by when."), 1)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setMinimumWidth(380)
        self.meeting_combo.setAccessibleName("Meeting")
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        top.addWidget(QLabel("Mee&ting:", buddy=self.meeting_combo), 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.meeting_combo, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)

        status = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("minutesStatus")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        status.addWidget(self.status_label, 1)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setAccessibleName("Quorum")
        status.addWidget(self.quorum_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(status)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_attendance(), "Attendance")
        self.tabs.addTab(self._build_declarations(), "Declarations")
        self.tabs.addTab(self._build_minutes(), "Minutes")
        self.tabs.addTab(self._build_log(), "Action log")
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        layout.addWidget(self.tabs, 1)

        self._action("add_action", "Add Ac&tion…", self.add_action, tip="Add an action to the log")
        self._action("export_log", "Export Action &Log…", self.export_log,
                     tip="Save the action log (as filtered) as PDF or CSV")

    def _build_attendance(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.attendance_hint = QLabel()
        self.attendance_hint.setWordWrap(True)
        self.attendance_hint.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.attendance_hint)
        self.attendance_model = AttendanceModel(self)
        self.attendance_model.edited.connect(self._attendance_edited)
        table = self.attendance_table = QTableView()
        table.setObjectName("attendanceTable")
        prepare_table(table)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.SelectedClicked)
        table.setModel(self.attendance_model)
        table.setItemDelegateForColumn(AttendanceModel.STATUS, StatusDelegate(table))
        table.setWordWrap(False)
        table.setAccessibleName("Attendance")
        table.installEventFilter(_QuickKeys(self))
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        self._action("mark_all", "Mark Everyone Not Recorded as &Present", self.mark_everyone,
                     tip="Mark every member not yet recorded as present", button="Mark Everyone Not Recorded as &Present")
        self._action("add_sub", "Add &Substitute…", self.add_substitute, button="Add &Substitute…",
                     tip="Someone who sat in a member's place")
        self._action("add_guest", "Add &Officer or Guest…", self.add_guest, button="Add &Officer or Guest…",
                     tip="An officer or guest in attendance")
        self._action("rates", "Attendance &Rates…", self.show_rates, button="Attendance &Rates…",
                     tip="Each member's attendance over the municipal year")
        self._action("correction", "Record a &Correction…", self.record_correction, button="Record a &Correction…",
                     tip="A note of amendment to the confirmed record, e.g. someone shown in the wrong place")
        for key in ("mark_all", "add_sub", "add_guest"):
            buttons.addWidget(self.buttons[key])
        buttons.addStretch(1)
        buttons.addWidget(self.buttons["correction"])
        buttons.addWidget(self.buttons["rates"])
        layout.addLayout(buttons)
        return page

    def _build_declarations(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel("Interests declared at the meeting, against the items they concern.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.declaration_model = RowsModel([
            Column("Member", lambda d: d.member),
            Column("Item", lambda d: d.item, display=lambda d: f"{d.item}. {d.item_title}" if d.item else d.item_title,
                   tooltip=lambda d: d.item_title),
            Column("Kind", lambda d: d.kind_label),
            Column("Nature", lambda d: d.nature, tooltip=lambda d: d.nature, max_width=360),
            Column("What they did", lambda d: d.action_label),
        ], None, self)
        table = self.declaration_table = QTableView()
        table.setObjectName("declarationTable")
        prepare_table(table)
        table.setModel(self.declaration_model)
        table.setWordWrap(False)
        table.setAccessibleName("Declarations of interest")
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        self._action("add_decl", "&Add Declaration…", self.add_declaration, button="&Add Declaration…")
        self._action("remove_decl", "&Remove Declaration", self.remove_declaration, button="&Remove")
        buttons.addWidget(self.buttons["add_decl"])
        buttons.addWidget(self.buttons["remove_decl"])
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_minutes(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.banner = QLabel()
        self.banner.setObjectName("lockBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        buttons = QHBoxLayout()
        self._action("start", "&Start Minutes from Agenda", self.start_minutes, button="&Start Minutes from Agenda",
                     tip="Lay the minutes out from the agenda: one minute per item")
        self._action("confirm", "&Confirm Minutes…", self.confirm_minutes, button="&Confirm at Next Meeting…",
                     tip="Record that the next meeting confirmed these minutes as a correct record")
        self._action("sign", "Record &Signature…", self.record_signature, button="Record Si&gnature…",
                     tip="Record that the Chair signed the confirmed minutes")
        self._action("amend", "&Amend Confirmed Minutes…", self.toggle_amending, button="A&mend…",
                     tip="Change confirmed minutes: you say why, and each change is recorded as an amendment")
        self._action("export", "&Export Minutes…", self.export_minutes, "", button="&Export…",
                     tip="Save the minutes as PDF or Word, public or restricted")
        self._action("letters", "&Letters to Absent Members…", self.absence_letters, button="&Letters to Absent…",
                     tip="A letter from the Chair to each member absent without apologies")
        self._action("save", "Sa&ve Minute", self.save_pending, "Ctrl+S", tip="Save what you typed in this minute")
        for key in ("start", "confirm", "sign", "amend", "export", "letters"):
            buttons.addWidget(self.buttons[key])
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.not_started = QLabel()
        self.not_started.setWordWrap(True)
        self.not_started.setTextFormat(Qt.TextFormat.RichText)
        self.not_started.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.not_started)

        self.minute_list = QListWidget()
        self.minute_list.setObjectName("minuteList")
        self.minute_list.setAccessibleName("Minutes")
        self.minute_list.currentItemChanged.connect(self._minute_changed)
        self.minute_list.setSpacing(2)
        self.minute_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.minute_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor = QWidget()
        form = QVBoxLayout(editor)
        form.setContentsMargins(8, 0, 0, 0)
        title_row = QHBoxLayout()
        self.number_label = QLabel()
        self.number_label.setTextFormat(Qt.TextFormat.RichText)
        title_row.addWidget(self.number_label)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName("Minute title")
        title_row.addWidget(self.title_edit, 1)
        form.addLayout(title_row)
        self.presenter_label = QLabel()
        self.presenter_label.setWordWrap(True)
        self.presenter_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addWidget(self.presenter_label)
        self.discussion_edit = QPlainTextEdit()
        self.discussion_edit.setObjectName("discussionEdit")
        self.discussion_edit.setAccessibleName("Discussion")
        self.discussion_edit.setPlaceholderText("What was said: the report's main points, members' questions and "
                                                "the answers given.")
        self.discussion_edit.setTabChangesFocus(True)
        discussion_label = QLabel("&Discussion:", buddy=self.discussion_edit)
        form.addWidget(discussion_label)
        form.addWidget(self.discussion_edit, 3)
        form.addWidget(QLabel("<b>Resolutions</b>"))
        self.resolution_list = QListWidget()
        self.resolution_list.setObjectName("resolutionList")
        self.resolution_list.setAccessibleName("Resolutions")
        self.resolution_list.setWordWrap(True)
        self.resolution_list.setMaximumHeight(96)
        self.resolution_list.currentRowChanged.connect(lambda *_: self._update_actions())
        self.resolution_list.itemDoubleClicked.connect(lambda *_: self.edit_resolution())
        form.addWidget(self.resolution_list, 1)
        res_buttons = QHBoxLayout()
        self._action("add_res", "Add &Resolution…", self.add_resolution, button="Add &Resolution…")
        self._action("edit_res", "Change Resol&ution…", self.edit_resolution, button="C&hange…")
        self._action("remove_res", "Remo&ve Resolution", self.remove_resolution, button="Remo&ve")
        for key in ("add_res", "edit_res", "remove_res"):
            res_buttons.addWidget(self.buttons[key])
        res_buttons.addStretch(1)
        form.addLayout(res_buttons)
        form.addWidget(QLabel("<b>Actions agreed</b>"))
        self.minute_actions = QListWidget()
        self.minute_actions.setObjectName("minuteActions")
        self.minute_actions.setAccessibleName("Actions agreed under this minute")
        self.minute_actions.setMaximumHeight(80)
        form.addWidget(self.minute_actions, 1)
        act_buttons = QHBoxLayout()
        self._action("add_minute_action", "Add Action &under this Minute…", self.add_minute_action,
                     button="Add Ac&tion…", tip="An action agreed under this minute")
        act_buttons.addWidget(self.buttons["add_minute_action"])
        act_buttons.addStretch(1)
        form.addLayout(act_buttons)

        self.minutes_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.minutes_splitter.addWidget(self.minute_list)
        self.minutes_splitter.addWidget(editor)
        self.minutes_splitter.setStretchFactor(0, 2)
        self.minutes_splitter.setStretchFactor(1, 5)
        self.minutes_splitter.setSizes([300, 760])
        layout.addWidget(self.minutes_splitter, 1)

        self.amendments_label = QLabel("<b>Amendments</b> (who, when and why)")
        layout.addWidget(self.amendments_label)
        self.amendment_model = RowsModel([
            Column("When", lambda a: a.made_at, display=lambda a: f"{a.made_at:%d/%m/%Y %H:%M}"),
            Column("Who", lambda a: a.made_by),
            Column("What", lambda a: a.what, tooltip=lambda a: amendment_tip(a)),
            Column("Why", lambda a: a.reason, tooltip=lambda a: a.reason, max_width=420),
            Column("Agreed at", lambda a: a.at_meeting, display=lambda a: f"the meeting of {short(a.at_meeting)}"
                   if a.at_meeting else "after confirmation"),
        ], None, self)
        self.amendment_table = QTableView()
        self.amendment_table.setObjectName("amendmentTable")
        prepare_table(self.amendment_table)
        self.amendment_table.setModel(self.amendment_model)
        self.amendment_table.setMaximumHeight(110)
        self.amendment_table.setWordWrap(False)
        layout.addWidget(self.amendment_table)

        self.title_edit.editingFinished.connect(self._title_finished)
        self.discussion_edit.textChanged.connect(self._typed)
        return page

    def _build_log(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.log_filter = QComboBox()
        self.log_filter.setAccessibleName("Show actions")
        for text, value in (("All actions", "all"), ("Open actions", "open"), ("Overdue actions", "overdue")):
            self.log_filter.addItem(text, value)
        self.log_filter.currentIndexChanged.connect(lambda _i: self.apply_log_filter())
        top.addWidget(QLabel("Sho&w:", buddy=self.log_filter))
        top.addWidget(self.log_filter)
        self.filter = QLineEdit()  # Ctrl+F focuses the view's ``filter`` when it is on screen
        self.filter.setObjectName("actionFilter")
        self.filter.setPlaceholderText("Filter actions…")
        self.filter.setAccessibleName("Filter actions")
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(300)
        self.filter.textChanged.connect(lambda _t: self.apply_log_filter())
        top.addWidget(self.filter)
        top.addStretch(1)
        self.log_count = QLabel()
        top.addWidget(self.log_count)
        layout.addLayout(top)

        columns = [
            Column("No.", lambda r: r.number, display=lambda r: r.ref),
            Column("Minute", lambda r: (r.meeting_date.isoformat() if r.meeting_date else "") + r.minute_ref,
                   display=lambda r: r.minute_ref, tooltip=lambda r: (f"Minute {r.minute_ref}" if r.minute_id
                                                                      else r.minute_ref) or "Not from a meeting"),
            Column("Action", lambda r: r.description, tooltip=lambda r: r.description, max_width=420),
            Column("Owner", lambda r: r.owner),
            Column("Due", lambda r: r.due_date, display=lambda r: short(r.due_date)),
            Column("Status", lambda r: r.status_label, display=lambda r: r.status_label + (" – overdue" if r.overdue
                                                                                          else "")),
            Column("Latest update", lambda r: r.latest_update, tooltip=lambda r: r.latest_update or None),
        ]
        style = RowStyle(background=lambda r: ROSE if r.overdue else None,
                         foreground=lambda r: GREY if r.closed else None)
        self.log_model = FilteredRowsModel(columns, style, self)
        table = self.log_table = QTableView()
        table.setObjectName("actionTable")
        prepare_table(table)
        table.setModel(self.log_model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.setAccessibleName("Action log")
        table.selectionModel().selectionChanged.connect(lambda *_: self._action_selected())
        table.doubleClicked.connect(lambda *_: self.update_action())
        self.log_detail = QLabel()
        self.log_detail.setWordWrap(True)
        self.log_detail.setTextFormat(Qt.TextFormat.RichText)
        self.log_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.log_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_detail.setMargin(6)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table)
        splitter.addWidget(self.log_detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self._action("log_add", "&Add Action…", self.add_action, button="&Add Action…")
        self._action("update_action", "&Update Action…", self.update_action, button="&Update…",
                     tip="A dated update to the selected action, with or without a new status")
        self._action("edit_action", "&Edit Action…", self.edit_action, button="&Edit…",
                     tip="Change what, who or when")
        self._action("export_csv", "Export &CSV…", lambda: self.export_log("csv"), button="Export &CSV…",
                     tip="Save the actions shown as a CSV file for Excel")
        self._action("export_pdf", "Export &PDF…", lambda: self.export_log("pdf"), button="Export &PDF…",
                     tip="Save the actions shown as a PDF")
        for key in ("log_add", "update_action", "edit_action"):
            buttons.addWidget(self.buttons[key])
        buttons.addStretch(1)
        buttons.addWidget(self.buttons["export_csv"])
        buttons.addWidget(self.buttons["export_pdf"])
        layout.addLayout(buttons)
        return page

    # --- what the window knows ------------------------------------------------------------------
    @property
    def store(self):
        return self.window.store

    @property
    def record(self):
        return self.data.record if self.data is not None else None

    def today(self) -> dt.date:
        return dt.date.today()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.TABS.index(name))

    def current_tab(self) -> str:
        return self.TABS[self.tabs.currentIndex()]

    # --- choosing the meeting -------------------------------------------------------------------
    def show_meetings(self, meetings, *, load: bool = True) -> None:
        """Fill the meeting chooser with the board's meetings and forums: those held first, the
        most recent at the top, then those to come. Keeps the meeting shown; else the most
        recent meeting held."""
        wanted = (enums.MeetingKind.BOARD, enums.MeetingKind.YOUNG_PEOPLES_FORUM)
        rows = [m for m in meetings if m.kind in wanted and m.status != enums.MeetingStatus.CANCELLED]
        held = sorted((m for m in rows if m.status == enums.MeetingStatus.HELD),
                      key=lambda m: (m.date, m.start_time), reverse=True)
        to_come = [m for m in rows if m.status != enums.MeetingStatus.HELD]
        self.meetings = held + to_come
        keep = self.meeting_id
        combo = self.meeting_combo
        combo.blockSignals(True)
        combo.clear()
        for n, m in enumerate(self.meetings):
            if n == len(held) and held and to_come:
                combo.insertSeparator(combo.count())
            theme = f" – {m.theme}" if m.theme else ""
            state = "" if m.status == enums.MeetingStatus.HELD else " (to come)"
            combo.addItem(f"{m.date:%a %d %b %Y} – {m.kind_label}{theme}{state}", m.id)
        ids = [m.id for m in self.meetings]
        if keep not in ids:
            keep = ids[0] if ids else None
        if keep is not None:
            combo.setCurrentIndex(combo.findData(keep))
        combo.blockSignals(False)
        if keep is None:
            self.meeting_id = None
            self.data = None
            self.status_label.setText("No meetings yet: plan the year in <b>Meetings</b> first.")
            self._update_actions()
            return
        if load:
            self.open_meeting(keep)
        else:
            self.meeting_id = keep

    def open_meeting(self, meeting_id: int) -> None:
        index = self.meeting_combo.findData(meeting_id)
        if index >= 0 and index != self.meeting_combo.currentIndex():
            self.meeting_combo.setCurrentIndex(index)  # calls back through _meeting_chosen
            return
        if meeting_id != self.meeting_id:
            self._leave_meeting()
        self.meeting_id = meeting_id
        self.reload()

    def _meeting_chosen(self, index: int) -> None:
        meeting_id = self.meeting_combo.itemData(index)
        if meeting_id is not None and meeting_id != self.meeting_id:
            self._leave_meeting()
            self.meeting_id = meeting_id
            self.reload()

    def _leave_meeting(self) -> None:
        self.save_pending()
        self.amendment = None
        self._minute_id = None

    # --- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        store, meeting_id = self.store, self.meeting_id
        if store is None or meeting_id is None:
            return
        today = self.today()
        self._loading = True

        def failed(exc: BaseException, tb: str) -> None:
            self._loading = False
            self._after_load.clear()
            self.window.task_failed(exc, tb)

        self.window.runner.run(lambda: read_meeting(store, meeting_id, today), self.show_record, failed)

    def after_load(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` once the meeting being read is shown (at once if nothing is being read)."""
        if self._loading:
            self._after_load.append(fn)
        else:
            fn()

    def show_record(self, data: Loaded) -> None:
        if data.meeting_id != self.meeting_id:
            return  # another meeting was chosen meanwhile
        self._loading = False
        self.data = data
        self._show_status()
        self._show_attendance()
        self.declaration_model.set_rows(data.record.declarations)
        fit_columns(self.declaration_table, {0: 220, 1: 260, 2: 220, 4: 200}, stretch=3)
        self._show_minutes()
        self._show_log()
        self._update_actions()
        self.loaded.emit()
        waiting, self._after_load = self._after_load, []
        for fn in waiting:
            fn()

    def _show_status(self) -> None:
        data = self.data
        m, record = data.sheet.meeting, data.record
        self.status_label.setText(
            f"<b>{m.kind_label}</b>, {long_date(m.date)} at {m.start_time:%H:%M}, {html.escape(m.venue)}"
            f"<br>Minutes: <b>{html.escape(record.status_text)}</b>")
        if m.kind != enums.MeetingKind.BOARD:
            self.quorum_label.setText("No quorum: not a board meeting")
            self.quorum_label.setStyleSheet(PILL.format(GREY_PILL))
            self.quorum_label.setToolTip("")
            return
        q = data.sheet.quorum
        to_come = m.date > data.today
        if to_come and not any(r.recorded for r in data.sheet.rows):
            # Nothing to worry about yet: say what the meeting will need.
            self.quorum_label.setText(f"Quorum: {q.required} members needed, including "
                                      f"{plural(q.elected_required, 'elected member')}")
            self.quorum_label.setStyleSheet(PILL.format(GREY_PILL))
        else:
            self.quorum_label.setText(("✓ " if q.met else "✗ ") + q.summary)
            self.quorum_label.setStyleSheet(PILL.format(GREEN_PILL if q.met else GREY_PILL if to_come else ROSE_PILL))
        self.quorum_label.setToolTip(f"The quorum: {data.sheet.rule.describe()}.\n"
                                     f"{q.voting_seats} voting seats count towards it.")

    def _show_attendance(self) -> None:
        sheet = self.data.sheet
        chosen_ids = {r.person_id for r in self._selected_attendance()}
        current = self.attendance_table.currentIndex()
        self.attendance_model.editable = self._attendance_open()
        self.attendance_model.set_rows(sheet.rows)
        fit_columns(self.attendance_table, {0: 230, 2: 150, 3: 240, 4: 90, 5: 200}, stretch=1)
        if chosen_ids:
            selection = self.attendance_table.selectionModel()
            for n, r in enumerate(sheet.rows):
                if r.person_id in chosen_ids:
                    selection.select(self.attendance_model.index(n, 0), QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
            if current.isValid() and current.row() < len(sheet.rows):
                selection.setCurrentIndex(self.attendance_model.index(current.row(), current.column()),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
        counts = {}
        for r in sheet.rows:
            counts[r.status] = counts.get(r.status, 0) + 1
        parts = [f"{counts[s.value]} {s.label.lower()}" for s in Status if counts.get(s.value)]
        if counts.get(""):
            parts.append(f"<b>{counts['']} not recorded</b>")
        summary = ", ".join(parts) or "No one on the sheet"
        if self._attendance_open():
            self.attendance_hint.setText(
                f"{summary}. Choose a status in the table (double-click or F2), or select rows and press "
                "<b>P</b> present, <b>O</b> online, <b>A</b> apologies, <b>X</b> absent, <b>Delete</b> not recorded.")
        elif self.data.sheet.meeting.status == enums.MeetingStatus.CANCELLED:
            self.attendance_hint.setText("This meeting was cancelled.")
        else:
            self.attendance_hint.setText(
                f"{summary}. The minutes are confirmed, so the attendance is part of the record: "
                "<b>Record a Correction…</b> adds a note of amendment.")

    def _attendance_open(self) -> bool:
        return self.data is not None and not self.data.record.locked

    # --- the minutes ------------------------------------------------------------------------------
    def _minute_rows(self) -> tuple:
        return self.record.minutes if self.record is not None else ()

    def _minute_row(self, minute_id: int | None):
        return next((r for r in self._minute_rows() if r.id == minute_id), None)

    def _show_minutes(self) -> None:
        record = self.record
        started = record.started
        self.not_started.setVisible(not started)
        self.minutes_splitter.setVisible(started)
        if not started:
            self.not_started.setText(
                "<p>The minutes of this meeting have not been started.</p><p><b>Start Minutes from Agenda</b> lays "
                "them out from the agenda: one minute per item, numbered as the agenda, with its title and "
                "presenter.</p>" if self.data.items else
                "<p>This meeting has no agenda yet, so its minutes cannot be started: build the agenda first "
                "(the minutes are laid out from it).</p>")
        self._show_banner()
        keep = self._minute_id
        self.minute_list.blockSignals(True)
        self.minute_list.clear()
        for r in record.minutes:
            text = ("      " if r.sub_item else "") + f"{r.number}. " + ("[Part 2] " if r.part == 2 else "") + r.title
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            tips = [r.title]
            if r.part == 2:
                item.setBackground(QBrush(PART2))
                item.setForeground(QBrush(QColor("black")))
                tips.append(f"Part 2 – exempt (Schedule 12A paragraph {r.exempt_paragraph}): withheld from the "
                            "public minutes")
            if r.id in self._drafts:
                item.setText(item.text() + "  ✎")
                tips.append("Not saved yet")
            item.setToolTip("\n".join(tips))
            self.minute_list.addItem(item)
        ids = [r.id for r in record.minutes]
        if keep not in ids:
            keep = ids[0] if ids else None
        if keep is not None:
            self.minute_list.setCurrentRow(ids.index(keep))
        self.minute_list.blockSignals(False)
        self._fill_editor(keep)
        self.amendment_model.set_rows(record.amendments)
        fit_columns(self.amendment_table, {0: 130, 1: 200, 2: 260, 4: 200}, stretch=3)
        self.amendments_label.setVisible(bool(record.amendments))
        self.amendment_table.setVisible(bool(record.amendments))

    def _show_banner(self) -> None:
        record = self.record
        if record is None or not record.locked:
            self.banner.setVisible(False)
            return
        self.banner.setVisible(True)
        confirmed = f"Confirmed on {short(record.confirmed_on)}" if record.confirmed_on else "Confirmed"
        if self.amendment is not None:
            self.banner.setStyleSheet(AMENDING_BANNER)
            self.banner.setText(f"✎ <b>Amending</b> the confirmed minutes: “{html.escape(self.amendment.reason)}”. "
                                "Each change you make is recorded as an amendment. Press <b>Finish Amending</b> "
                                "when you are done.")
        else:
            self.banner.setStyleSheet(LOCKED_BANNER)
            signed = f"; signed by {html.escape(record.signed_by)}" if record.status == enums.MinutesStatus.SIGNED \
                else ""
            self.banner.setText(f"<b>{confirmed} – changes are amendments</b>{signed}. The minutes are locked as a "
                                "correct record; press <b>Amend…</b> to change them, saying why.")

    def editable(self) -> bool:
        record = self.record
        return record is not None and record.started and (not record.locked or self.amendment is not None)

    def _minute_changed(self, current, _previous) -> None:
        self.save_pending()
        minute_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self._fill_editor(minute_id)
        self._update_actions()

    def _fill_editor(self, minute_id: int | None) -> None:
        row = self._minute_row(minute_id)
        same = minute_id == self._minute_id and minute_id is not None
        typed = same and self._editor_values() != self._filled
        self._minute_id = minute_id
        self._filling = True
        try:
            if row is None:
                self.number_label.setText("")
                self.title_edit.setText("")
                self.presenter_label.setText("")
                self.discussion_edit.setPlainText("")
                self._filled = ("", "")
            elif not typed:
                # Typing not yet saved stays in the editor: a read in the background never overwrites it.
                title, text = self._drafts.get(row.id, (row.title, row.discussion))
                self.title_edit.setText(title)
                self.discussion_edit.setPlainText(text)
                self._filled = (row.title, row.discussion)
                if row.id not in self._drafts:  # the stored text: what a save must find still there
                    self._revisions[row.id] = row.revision
            if row is not None:
                part2 = f" &nbsp;<span style='background:#e2e8f0;color:black'>&nbsp;Part 2 – para " \
                        f"{row.exempt_paragraph}&nbsp;</span>" if row.part == 2 else ""
                self.number_label.setText(f"<b>{html.escape(row.number)}.</b>")
                self.presenter_label.setText(("Presented by " + html.escape(row.presenter) if row.presenter
                                              else "<i>No presenter</i>") + part2)
                self.presenter_label.setTextFormat(Qt.TextFormat.RichText)
        finally:
            self._filling = False
        editable = self.editable() and row is not None
        self.title_edit.setReadOnly(not editable)
        self.discussion_edit.setReadOnly(not editable)
        # Read-only looks it: the page's grey instead of the white of a field to type in.
        for edit in (self.title_edit, self.discussion_edit):
            palette = edit.palette()
            palette.setColor(QPalette.ColorRole.Base, self.palette().color(
                QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window))
            edit.setPalette(palette)
        self.resolution_list.clear()
        for res in (row.resolutions if row is not None else ()):
            item = QListWidgetItem(f"RESOLVED: {res.text}")
            item.setData(Qt.ItemDataRole.UserRole, res.id)
            self.resolution_list.addItem(item)
        self.minute_actions.clear()
        if row is not None and self.data is not None:
            for a in self.data.log:
                if a.minute_id == row.id:
                    due = f", by {short(a.due_date)}" if a.due_date else ""
                    item = QListWidgetItem(f"{a.ref}  {a.description} – {a.owner}{due} ({a.status_label})")
                    if a.overdue:
                        item.setBackground(QBrush(ROSE))
                        item.setForeground(QBrush(QColor("black")))
                    self.minute_actions.addItem(item)

    def _editor_values(self) -> tuple[str, str]:
        return self.title_edit.text(), self.discussion_edit.toPlainText()

    def _typed(self) -> None:
        if self._filling or self._minute_id is None:
            return
        self.actions["save"].setEnabled(self.editable())

    def _title_finished(self) -> None:
        if not self._filling and self.title_edit.text().strip() != self._filled[0]:
            self.save_pending()

    def has_unsaved(self) -> bool:
        row = self._minute_row(self._minute_id)
        if row is None or not self.editable():
            return False
        title, text = self._editor_values()
        return text.strip() != row.discussion.strip() or (title.strip() and " ".join(title.split()) != row.title)

    def save_pending(self) -> bool:
        """Save what was typed in the minute in the editor; True if a save was started."""
        from cpo_desktop.services import minutes

        row = self._minute_row(self._minute_id)
        if row is None or not self.has_unsaved():
            return False
        title, text = self._editor_values()
        minute_id = row.id
        if self._in_flight.get(minute_id) == (title, text):
            return False  # already on its way (leaving the title, then the minute, asks twice)
        self._in_flight[minute_id] = (title, text)
        self._drafts[minute_id] = (title, text)
        self._filled = (title, text)
        new_text = text.strip() != row.discussion.strip()
        new_title = bool(title.strip()) and " ".join(title.split()) != row.title
        revision = self._revisions.get(minute_id, row.revision)

        def work(store, amendment):
            saved = None
            if new_text:  # refused if the minute was saved elsewhere since this text was started from it
                saved = minutes.set_discussion(store, minute_id, text, amendment=amendment, if_revision=revision)
            if new_title:
                minutes.set_title(store, minute_id, title, amendment=amendment)
            return saved

        def done(saved) -> None:
            if saved is not None:
                self._revisions[minute_id] = saved
            if self._drafts.get(minute_id) == (title, text):
                del self._drafts[minute_id]
            self.saved.emit(minute_id)

        def changed(exc) -> None:
            # The text stays in the editor (a draft); now that the user has been told, saving it
            # again puts it in place of the other version.
            self._revisions[minute_id] = exc.revision

        def refused() -> None:
            self._drafts.pop(minute_id, None)  # the user chose not to amend the confirmed record

        def always() -> None:
            if self._in_flight.get(minute_id) == (title, text):
                del self._in_flight[minute_id]

        self._minutes_change(f"Saved minute {row.number}", work, done=done, refused=refused, always=always,
                             changed=changed)
        return True

    def _minutes_change(self, text: str, work: Callable[[Any, Any], Any], *, done: Callable[[Any], None] | None = None,
                        refused: Callable[[], None] | None = None, always: Callable[[], None] | None = None,
                        reload: bool = True, changed: Callable[[Any], None] | None = None) -> None:
        """Run ``work(store, amendment)`` off the UI thread. Confirmed minutes refuse a change made
        without a reason: the user is asked why, and the change is made again as an amendment."""
        store, amendment = self.store, self.amendment
        if store is None:
            return

        def failed(exc: BaseException, tb: str) -> None:
            from cpo_desktop.errors import UserError
            from cpo_desktop.services.minutes import MinuteChanged, MinutesLocked

            if always is not None:
                always()
            if isinstance(exc, MinuteChanged) and changed is not None:
                changed(exc)
                exc = UserError(f"{exc} Your text is still in the editor: copy what you need, or save again "
                                "(Ctrl+S) to put it in place of the other version.")
            if isinstance(exc, MinutesLocked) and amendment is None:
                if self.ask_amendment():
                    self._minutes_change(text, work, done=done, refused=refused, always=always, reload=reload,
                                         changed=changed)
                    return
                if refused is not None:
                    refused()
                self.window.status("Nothing was changed: the confirmed minutes stay as they were.")
                self.reload()
                return
            self._failed(exc, tb)
            self.reload()

        def ok(result) -> None:
            if always is not None:
                always()
            self.window.status(f"{text}.")
            if done is not None:
                done(result)
            if reload:
                self.reload()

        self.window.runner.run(lambda: work(store, amendment), ok, failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        from cpo_desktop.errors import UserError
        from cpo_desktop.ui.meetings_view import without_commands

        if isinstance(exc, UserError):
            message = without_commands(str(exc))
            if message != str(exc):
                exc = UserError(message)
        self.window.task_failed(exc, tb)

    # --- amending confirmed minutes -------------------------------------------------------------
    def ask_amendment(self) -> bool:
        """Ask why confirmed minutes are changed; from then on changes are amendments."""
        from cpo_desktop.services.minutes import Amendment

        record = self.record
        when = f" on {short(record.confirmed_on)}" if record is not None and record.confirmed_on else ""
        dialog = AmendDialog(f"These minutes were confirmed as a correct record{when}. A change to them is an "
                             "<b>amendment</b>: it is recorded with your name, the time and the reason, and listed "
                             "with the minutes.", parent=self)
        if not prompts.ask(dialog):
            return False
        self.amendment = Amendment(reason=dialog.reason())
        self._after_lock_change()
        return True

    def toggle_amending(self) -> None:
        if self.amendment is not None:
            self.save_pending()
            self.amendment = None
            self.window.status("Finished amending: the minutes are locked again.")
            self._after_lock_change()
            return
        self.ask_amendment()

    def _after_lock_change(self) -> None:
        self._show_banner()
        self._fill_editor(self._minute_id)
        self._update_actions()

    def may_change(self) -> bool:
        """Draft minutes may change; confirmed ones only once the user has said why."""
        record = self.record
        if record is None or not record.locked or self.amendment is not None:
            return True
        return self.ask_amendment()

    # --- minutes: lifecycle -----------------------------------------------------------------------
    def start_minutes(self) -> None:
        from cpo_desktop.services import minutes

        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        self.show_tab("minutes")
        self._minutes_change("Started the minutes from the agenda", lambda s, _a: minutes.start(s, meeting_id))

    def confirm_minutes(self) -> None:
        from cpo_desktop.services import minutes

        record = self.record
        if record is None or not record.started or record.locked or record.next_meeting_id is None:
            return
        self.show_tab("minutes")
        self.save_pending()
        texts = []
        for r in record.minutes:
            draft = self._drafts.get(r.id)
            current = self._editor_values()[1] if r.id == self._minute_id else (draft[1] if draft else r.discussion)
            texts.append((r.id, f"Minute {r.number}: {r.title}", current.strip()))
        dialog = ConfirmMinutesDialog(record.meeting.date, record.next_meeting, texts, self)
        if not prompts.ask(dialog):
            return
        amendments = list(dialog.amendments)
        meeting_id, at = self.meeting_id, record.next_meeting_id
        self._minutes_change(f"Confirmed the minutes of {short(record.meeting.date)} at the meeting of "
                             f"{short(record.next_meeting)}",
                             lambda s, _a: minutes.confirm(s, meeting_id, at=at, amendments=amendments))

    def record_signature(self) -> None:
        from cpo_desktop.services import minutes

        record = self.record
        if record is None or record.status != enums.MinutesStatus.CONFIRMED:
            return
        dialog = SignatureDialog(record.confirmed_on or self.today(), today=self.today(), parent=self)
        if not prompts.ask(dialog):
            return
        who, on = dialog.result_values()
        meeting_id = self.meeting_id
        self._minutes_change("Recorded the signature", lambda s, _a: minutes.sign(s, meeting_id, signed_by=who, on=on))

    def export_minutes(self) -> None:
        record = self.record
        if record is None or not record.started or self.store is None:
            return
        self.save_pending()
        dialog = ExportMinutesDialog(record.meeting.date, self)
        if not prompts.ask(dialog):
            return
        fmt, public = dialog.fmt(), dialog.public()
        name = f"minutes-{record.meeting.date:%Y-%m-%d}" + ("-public" if public else "-restricted") + f".{fmt}"
        file_filter = "PDF documents (*.pdf)" if fmt == "pdf" else "Word documents (*.docx)"
        target = prompts.save_file(self, "Export Minutes", self.window.data_paths.exports / name, file_filter)
        if target is None:
            return
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        store, meeting_id = self.store, self.meeting_id

        def job():
            from cpo_desktop.services import minutes

            target.parent.mkdir(parents=True, exist_ok=True)
            return minutes.export(store, meeting_id, fmt, target, public=public)

        def done(written) -> None:
            self.last_export = Path(written)
            self.window.status(f"Saved the {'public' if public else 'restricted'} minutes as {written}", 15000)

        self.window.status("Exporting the minutes…", 0)
        self.window.runner.run(job, done, self._failed)

    def absence_letters(self) -> None:
        """A letter from the Chair to each member absent without apologies, into a folder the user
        chooses (the exports folder to start with)."""
        data = self.data
        if data is None or self.store is None:
            return
        start = self.window.data_paths.exports
        start.mkdir(parents=True, exist_ok=True)
        folder = prompts.choose_folder(self, "Choose a Folder for the Letters to Absent Members", start)
        if folder is None:
            return
        store, meeting_id = self.store, self.meeting_id

        def job():
            from cpo_desktop.services import minutes

            return minutes.absence_letters(store, meeting_id, folder)

        def done(letters) -> None:
            self.last_letters = list(letters)
            if letters:
                names = "\n".join(f"• {x.name}" for x in letters)
                text = (f"Wrote {plural(len(letters), 'letter')} in {folder}:\n{names}\n\n"
                        "Each is a Word document ready for the Chair to sign.")
            else:
                text = ("Nobody was absent without apologies from this meeting, so there are no letters to write.")
            self.window.status(text.splitlines()[0], 15000)
            prompts.info(self, "Letters to Absent Members", text)

        self.window.status("Writing the letters…", 0)
        self.window.runner.run(job, done, self._failed)

    # --- minutes: resolutions -------------------------------------------------------------------
    def _later_meetings(self) -> list[tuple[int, dt.date, str]]:
        data = self.data
        if data is None:
            return []
        here = data.sheet.meeting
        rows = self.window.views_data.meetings if self.window.views_data is not None else []
        # An item is deferred to a later meeting of the same kind (a board item to a board meeting).
        return [(m.id, m.date, f"{m.date:%a %d %b %Y} – {m.kind_label}") for m in rows
                if (m.date, m.start_time) > (here.date, here.start_time) and m.kind == here.kind
                and m.status != enums.MeetingStatus.CANCELLED]

    def _what(self, row) -> str:
        item = next((i for i in self.data.items if i.id == row.agenda_item_id), None) if self.data else None
        return "report" if item is not None and item.paper_expected else "item"

    def _selected_resolution(self):
        row = self._minute_row(self._minute_id)
        item = self.resolution_list.currentItem()
        if row is None or item is None:
            return None
        rid = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in row.resolutions if r.id == rid), None)

    def add_resolution(self) -> None:
        self._resolution(None)

    def edit_resolution(self) -> None:
        res = self._selected_resolution()
        if res is not None:
            self._resolution(res)

    def _resolution(self, res) -> None:
        from cpo_desktop.services import minutes

        row = self._minute_row(self._minute_id)
        # Confirmed minutes: a new resolution is an amendment from the start; a changed one is asked
        # about once it has changed (_minutes_change), so looking at one and pressing OK asks nothing.
        if row is None or (res is None and not self.may_change()):
            return
        dialog = ResolutionDialog(f"Minute {row.number}: {row.title}", self._what(row), self._later_meetings(), res,
                                  self)
        if not prompts.ask(dialog):
            return
        data = dialog.result_input()
        minute_id = row.id
        if res is not None and (data.kind, dialog.preview(), data.deferred_to) == (
                res.kind, res.text, res.deferred_to_meeting_id):
            self.window.status("Nothing was changed.")  # and no amendment asked for on confirmed minutes
            return

        def done(_result) -> None:
            if data.kind == ResolutionKind.DEFERRED or (res is not None and res.deferred_to_meeting_id):
                self.window.mark_stale("agenda", "work-programme")  # the item is on a later agenda

        if res is None:
            self._minutes_change(f"Added a resolution to minute {row.number}",
                                 lambda s, a: minutes.add_resolution(s, minute_id, data, amendment=a), done=done)
        else:
            self._minutes_change(f"Changed a resolution of minute {row.number}",
                                 lambda s, a: minutes.update_resolution(s, res.id, data, amendment=a), done=done)

    def remove_resolution(self) -> None:
        from cpo_desktop.services import minutes

        row, res = self._minute_row(self._minute_id), self._selected_resolution()
        if row is None or res is None:
            return
        extra = (f"\n\nThe item deferred to {short(res.deferred_to)} is taken off that meeting's agenda too."
                 if res.deferred_to_meeting_id else "")
        if not prompts.confirm(self, "Remove Resolution", f"Remove “RESOLVED: {res.text}” from minute {row.number}?"
                               + extra, ok_text="Remove"):
            return
        if not self.may_change():
            return

        def done(_result) -> None:
            if res.deferred_to_meeting_id:
                self.window.mark_stale("agenda", "work-programme")

        self._minutes_change(f"Removed a resolution from minute {row.number}",
                             lambda s, a: minutes.remove_resolution(s, res.id, amendment=a), done=done)

    # --- declarations -----------------------------------------------------------------------------
    def _declaration_items(self) -> list[tuple[int, str]]:
        data = self.data
        if data.record.started:
            return [(r.agenda_item_id, f"{r.number}. {r.title}") for r in data.record.minutes if r.agenda_item_id]
        return [(i.id, f"{i.number}. {i.title}") for i in data.items]

    def add_declaration(self) -> None:
        from cpo_desktop.services import minutes

        data = self.data
        if data is None or not self.may_change():
            return
        away = (Status.APOLOGIES, Status.ABSENT)
        members = [(r.person_id, r.name) for r in data.sheet.rows if r.status not in away]
        row = self._minute_row(self._minute_id) if self.current_tab() == "minutes" else None
        dialog = DeclarationDialog(members, self._declaration_items(), row.agenda_item_id if row else None, self)
        if not prompts.ask(dialog):
            return
        value = dialog.result_input()
        meeting_id = self.meeting_id
        self._minutes_change("Recorded a declaration of interest",
                             lambda s, a: minutes.add_declaration(s, meeting_id, value, amendment=a))

    def remove_declaration(self) -> None:
        from cpo_desktop.services import minutes

        d = selected_row(self.declaration_table, self.declaration_model)
        if d is None:
            return
        if not prompts.confirm(self, "Remove Declaration", f"Remove {d.member}'s declaration on item {d.item} "
                               f"(“{d.nature}”)?", ok_text="Remove") or not self.may_change():
            return
        self._minutes_change("Removed a declaration of interest",
                             lambda s, a: minutes.remove_declaration(s, d.id, amendment=a))

    # --- attendance -------------------------------------------------------------------------------
    def _selected_attendance(self) -> list:
        rows = self.attendance_table.selectionModel().selectedRows() if self.attendance_table.selectionModel() else []
        return [self.attendance_model.rows[i.row()] for i in sorted(rows, key=lambda i: i.row())
                if i.row() < len(self.attendance_model.rows)]

    def _change_attendance(self, text: str, operation: Callable[[Any], Any]) -> None:
        """An attendance change, on Edit › Undo: the meeting's whole sheet is captured before and after."""
        from cpo_desktop.services import attendance

        meeting_id = self.meeting_id
        if meeting_id is None or self.store is None:
            return
        self.window.actions._record(  # noqa: SLF001 - the window's one way to make an undoable change
            text, meeting_id, operation, capture=attendance.capture, restore=attendance.restore,
            absent=lambda mid: attendance.AttendanceState(mid, ()), person=False,
            after=lambda _result: self._show_change(meeting_id))

    def _show_change(self, meeting_id: int) -> None:
        """After an attendance change, its undo or its redo: show that meeting's sheet."""
        if self.meeting_id != meeting_id:
            self.open_meeting(meeting_id)
        else:
            self.reload()

    def _mark(self, marks: list, text: str) -> None:
        from cpo_desktop.services import attendance

        meeting_id = self.meeting_id
        self._change_attendance(text, lambda s: attendance.record(s, meeting_id, marks))

    def _attendance_edited(self, row, field: str, value) -> None:
        from cpo_desktop.services.attendance import Mark

        if not self._attendance_open():
            return
        status = value if field == "status" else row.status
        mark = Mark(person_id=row.person_id, status=status, substitute_for_id=row.substitute_for_id,
                    items=value if field == "items" else row.items, note=value if field == "note" else row.note)
        if field == "status":
            label = dict(status_choices(row)).get(status, status).lower()
            text = f"Mark {row.name} as {label}" if row.member or status else f"Take {row.name} off the sheet"
        else:
            text = f"Change the {field} for {row.name}"
        self._mark([mark], text)

    def mark_selected(self, status: str) -> None:
        """Mark the selected rows (members only, for a member's status) from the keyboard."""
        from cpo_desktop.services.attendance import Mark

        if not self._attendance_open():
            return
        rows = [r for r in self._selected_attendance() if r.member or status == ""]
        rows = [r for r in rows if r.status != status]
        if not rows:
            return
        marks = [Mark(person_id=r.person_id, status=status, substitute_for_id=r.substitute_for_id,
                      items=r.items, note=r.note) for r in rows]
        label = Status(status).label.lower() if status else "not recorded"
        who = rows[0].name if len(rows) == 1 else plural(len(rows), "person", "people")
        self._mark(marks, f"Mark {who} as {label}" if status or rows[0].member else f"Take {who} off the sheet")

    def mark_everyone(self) -> None:
        from cpo_desktop.services import attendance

        meeting_id = self.meeting_id
        if not self._attendance_open():
            return
        self._change_attendance("Mark everyone not recorded as present",
                                lambda s: attendance.mark_everyone(s, meeting_id))

    def _people_off_the_sheet(self) -> list[tuple[int, str]]:
        on_sheet = {r.person_id for r in self.data.sheet.rows}
        people = self.window.views_data.people_choices if self.window.views_data is not None else []
        return [(pid, name) for pid, name in people if pid not in on_sheet]

    def add_substitute(self) -> None:
        data = self.data
        if data is None or not self._attendance_open():
            return
        members = [(r.person_id, f"{r.name} – {r.seat}") for r in data.sheet.rows
                   if r.member and r.status not in (Status.PRESENT, Status.REMOTE) and not r.substituted_by]
        named: dict[int, int] = {}
        views = self.window.views_data
        if views is not None:
            by_name = {name: pid for pid, name in views.people_choices}
            for s in views.overview.seats:
                if s.holder_id is not None and s.substitute in by_name:
                    named[s.holder_id] = by_name[s.substitute]
        dialog = AttendeeDialog(AttendeeDialog.SUBSTITUTE, self._people_off_the_sheet(), members, named, self)
        if prompts.ask(dialog):
            mark = dialog.result_mark()
            self._mark([mark], f"Add {dialog.ui.personCombo.currentText().strip()} as a substitute")

    def add_guest(self) -> None:
        if self.data is None or not self._attendance_open():
            return
        dialog = AttendeeDialog(AttendeeDialog.GUEST, self._people_off_the_sheet(), parent=self)
        if prompts.ask(dialog):
            mark = dialog.result_mark()
            self._mark([mark], f"Add {dialog.ui.personCombo.currentText().strip()} as in attendance")

    def show_rates(self) -> None:
        data, store = self.data, self.store
        if data is None or store is None:
            return
        year = municipal_year_start(data.sheet.meeting.date)

        def job():
            from cpo_desktop.services import attendance

            return attendance.rates(store, year)

        def show(result) -> None:
            label, rows = result
            self.rates_dialog = RatesDialog(label, rows, self)
            prompts.ask(self.rates_dialog)

        self.window.runner.run(job, show, self._failed)

    def record_correction(self) -> None:
        from cpo_desktop.services import minutes

        record = self.record
        if record is None or not record.locked:
            return
        dialog = AmendDialog("The minutes are confirmed, so their attendance and declarations are part of the "
                             "record. A correction is added to them as a note of amendment, with your name, the "
                             "time and the reason.", with_text=True, parent=self)
        if not prompts.ask(dialog):
            return
        meeting_id, reason, text = self.meeting_id, dialog.reason(), dialog.text()
        self._minutes_change("Recorded a correction to the confirmed minutes",
                             lambda s, _a: minutes.add_note(s, meeting_id, minutes.Amendment(reason=reason), text))

    # --- the action log ---------------------------------------------------------------------------
    def _show_log(self) -> None:
        chosen_row = selected_row(self.log_table, self.log_model)
        self.log_model.set_rows(self.data.log, self._log_predicate())
        if chosen_row is not None:
            select_where(self.log_table, self.log_model, lambda r: r.id == chosen_row.id)
        if not getattr(self, "_log_sized", False) and self.data.log:
            self._log_sized = True  # sized once: the user's own widths are kept after that
            fit_columns(self.log_table, {0: 50, 1: 120, 3: 145, 4: 85, 5: 150, 6: 180}, stretch=2)
        self._log_footer()
        self._action_selected()

    def _log_predicate(self) -> Callable[[Any], bool]:
        which = self.log_filter.currentData()
        words = self.filter.text().casefold().split()

        def match(r) -> bool:
            if which == "open" and r.closed or which == "overdue" and not r.overdue:
                return False
            if words:
                hay = " ".join([r.ref, r.minute_ref, r.description, r.owner, r.status_label, r.latest_update]).casefold()
                return all(w in hay for w in words)
            return True

        return match

    def apply_log_filter(self) -> None:
        chosen_row = selected_row(self.log_table, self.log_model)
        self.log_model.set_filter(self._log_predicate())
        if chosen_row is not None:
            select_where(self.log_table, self.log_model, lambda r: r.id == chosen_row.id)
        self._log_footer()
        self._action_selected()

    def _log_footer(self) -> None:
        rows = self.data.log if self.data is not None else ()
        open_ = sum(1 for r in rows if not r.closed)
        overdue = sum(1 for r in rows if r.overdue)
        shown = len(self.log_model.rows)
        text = f"{plural(len(rows), 'action')} · {open_} open · {overdue} overdue"
        if shown != len(rows):
            text = f"Showing {shown} of " + text
        self.log_count.setText(text)

    def selected_action(self):
        return selected_row(self.log_table, self.log_model)

    def _action_selected(self) -> None:
        a = self.selected_action()
        if a is None:
            self.log_detail.setText("<i>Select an action to see its updates.</i>" if self.log_model.rows else
                                    "<i>No actions here yet.</i>")
        else:
            agreed = f"agreed at minute {a.minute_ref}" if a.minute_id else \
                (f"agreed at the {a.minute_ref.lower()}" if a.minute_ref else f"added on {short(a.created_on)}")
            due = f", due {short(a.due_date)}" if a.due_date else ", no due date"
            lines = [f"<b>{a.ref}</b> {html.escape(a.description)}<br>{html.escape(a.owner)}{due}; {agreed}. "
                     f"<b>{a.status_label}</b>" + (" <span style='color:#a01010'><b>– overdue</b></span>"
                                                   if a.overdue else "")]
            if a.updates:
                lines.append("<table>" + "".join(
                    f"<tr><td style='padding-right:10px'>{u.date:%d/%m/%Y}</td><td style='padding-right:10px'>"
                    f"{ActionStatus(u.status).label}</td><td>{html.escape(u.text)}</td></tr>"
                    for u in reversed(a.updates)) + "</table>")
            else:
                lines.append("<i>No updates yet.</i>")
            self.log_detail.setText("".join(lines))
        self._update_actions()

    def _change_action(self, text: str, number: int | None, operation: Callable[[Any], Any]) -> None:
        """An action-log change, on Edit › Undo: the action is captured before and after."""
        from cpo_desktop.services import actions

        def capture(store, ref):
            return ref, actions.capture(store, ref)

        def restore(store, state):
            ref, saved = state
            actions.restore(store, saved, ref)

        self.window.actions._record(  # noqa: SLF001 - the window's one way to make an undoable change
            text, number, operation, capture=capture, restore=restore,
            absent=lambda ref: (ref, actions.ActionState(None, ())), person=False,
            after=lambda _result: self.reload())

    def add_action(self) -> None:
        """From the minutes tab: under the minute shown; elsewhere: to the log, at the meeting shown
        if it has taken place."""
        if self.data is None or self.store is None:
            return
        if self.current_tab() == "minutes" and self._minute_row(self._minute_id) is not None:
            self.add_minute_action()
            return
        self.show_tab("actions")
        m = self.data.sheet.meeting
        held = m.date <= self.today()
        self._ask_action(meeting_text=f"Agreed at the meeting of {short(m.date)}" if held else "",
                         meeting_fixed=False, minute=None)

    def add_minute_action(self) -> None:
        row = self._minute_row(self._minute_id)
        if row is None or self.data is None:
            return
        m = self.data.sheet.meeting
        self._ask_action(meeting_text=f"Agreed under minute {row.number} of {short(m.date)}", meeting_fixed=True,
                         minute=row)

    def _ask_action(self, *, meeting_text: str, meeting_fixed: bool, minute) -> None:
        from cpo_desktop.services import actions

        people = self.window.views_data.people_choices if self.window.views_data is not None else []
        context = f"Minute {minute.number}: <b>{html.escape(minute.title)}</b>" if minute is not None else ""
        dialog = ActionDialog(people, today=self.today(), context=context, meeting_text=meeting_text,
                              meeting_fixed=meeting_fixed, parent=self)
        if not prompts.ask(dialog):
            return
        value = actions.ActionInput(
            description=dialog.description(), owner_id=dialog.owner_id(), due_date=dialog.due_date(),
            meeting=self.meeting_id if dialog.at_meeting() and minute is None else None,
            minute_id=minute.id if minute is not None else None)
        self._change_action("Add an action", None, lambda s: actions.add_action(s, value))

    def edit_action(self) -> None:
        from cpo_desktop.services import actions

        a = self.selected_action()
        if a is None:
            return
        people = self.window.views_data.people_choices if self.window.views_data is not None else []
        dialog = ActionDialog(people, today=self.today(), data=a, parent=self)
        if not prompts.ask(dialog):
            return
        description, owner, due = dialog.description(), dialog.owner_id(), dialog.due_date()
        self._change_action(f"Change action {a.ref}", a.number,
                            lambda s: actions.edit_action(s, a.number, description=description, owner_id=owner,
                                                          due_date=due))

    def update_action(self) -> None:
        from cpo_desktop.services import actions

        a = self.selected_action()
        if a is None:
            return
        dialog = ActionUpdateDialog(a, today=self.today(), parent=self)
        if not prompts.ask(dialog):
            return
        status, text, on = dialog.result_values()
        self._change_action(f"Update action {a.ref}", a.number,
                            lambda s: actions.update_action(s, a.number, status=status, text=text, on=on))

    def export_log(self, fmt: str | None = None) -> None:
        """The action log as filtered (all, open or overdue), as PDF or CSV."""
        if self.store is None:
            return
        which = self.log_filter.currentData()
        stem = {"all": "action-log", "open": "open-actions", "overdue": "overdue-actions"}[which]
        name = f"{stem}-{self.today():%Y-%m-%d}.{fmt or 'pdf'}"
        filters = {"pdf": "PDF documents (*.pdf)", "csv": "CSV files for Excel (*.csv)"}
        file_filter = filters[fmt] if fmt else f"{filters['pdf']};;{filters['csv']}"
        target = prompts.save_file(self, "Export the Action Log", self.window.data_paths.exports / name, file_filter)
        if target is None:
            return
        chosen_fmt = fmt or ("csv" if target.suffix.lower() == ".csv" else "pdf")
        if target.suffix.lower() != f".{chosen_fmt}":
            target = target.with_name(target.name + f".{chosen_fmt}")
        store = self.store

        def job():
            from cpo_desktop.services import actions

            target.parent.mkdir(parents=True, exist_ok=True)
            return actions.export(store, chosen_fmt, target, open_only=which == "open", overdue_only=which == "overdue")

        def done(written) -> None:
            self.last_export = Path(written)
            self.window.status(f"Saved the action log as {written}", 15000)

        self.window.status("Exporting the action log…", 0)
        self.window.runner.run(job, done, self._failed)

    # --- enabling ---------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        data, record = self.data, self.record
        loaded = data is not None and self.store is not None
        started = loaded and record.started
        locked = loaded and record.locked
        editable = self.editable()
        held = loaded and data.sheet.meeting.date <= self.today()
        cancelled = loaded and data.sheet.meeting.status == enums.MeetingStatus.CANCELLED
        open_sheet = loaded and self._attendance_open() and not cancelled
        minute = self._minute_row(self._minute_id) if started else None
        resolution = self._selected_resolution() if minute is not None else None
        a = self.selected_action() if loaded else None
        enable = {
            "mark_all": open_sheet and held and any(r.member and not r.recorded for r in data.sheet.rows),
            "add_sub": open_sheet and data.sheet.meeting.kind == enums.MeetingKind.BOARD,
            "add_guest": open_sheet, "rates": loaded, "correction": locked,
            "add_decl": loaded and bool(data.items), "remove_decl": loaded and selected_row(
                self.declaration_table, self.declaration_model) is not None,
            "start": loaded and not started and bool(data.items) and not cancelled,
            "confirm": started and not locked and record.next_meeting_id is not None and record.next_meeting is not None
            and record.next_meeting <= self.today(),
            "sign": started and record.status == enums.MinutesStatus.CONFIRMED,
            "amend": locked, "export": started, "letters": loaded and held and not cancelled,
            "save": editable and minute is not None,
            "add_res": started and minute is not None, "edit_res": resolution is not None,
            "remove_res": resolution is not None, "add_minute_action": minute is not None,
            "add_action": loaded, "log_add": loaded, "export_log": loaded,
            "update_action": a is not None, "edit_action": a is not None,
            "export_csv": loaded, "export_pdf": loaded,
        }
        for key, on in enable.items():
            self.actions[key].setEnabled(bool(on))
        self.buttons["start"].setVisible(loaded and not started)
        self.buttons["sign"].setVisible(bool(started) and record.status == enums.MinutesStatus.CONFIRMED)
        self.buttons["confirm"].setVisible(bool(started) and not locked)
        self.buttons["amend"].setVisible(locked)
        self.buttons["correction"].setVisible(locked)
        self.buttons["amend"].setText("&Finish Amending" if self.amendment is not None else "A&mend…")
        self.actions["amend"].setText("&Finish Amending" if self.amendment is not None else "&Amend Confirmed Minutes…")
        if started and not locked and record.next_meeting is not None and record.next_meeting > self.today():
            self.actions["confirm"].setToolTip(f"The minutes are confirmed at the next meeting, on "
                                               f"{short(record.next_meeting)}, once it has taken place")
        elif started and not locked and record.next_meeting is None:
            self.actions["confirm"].setToolTip("No next meeting is planned yet: the minutes are confirmed there")
        else:
            self.actions["confirm"].setToolTip("Record that the next meeting confirmed these minutes as a correct "
                                               "record")


def amendment_tip(a) -> str:
    parts = [a.what]
    if a.old_text:
        parts.append(f"Was: {a.old_text}")
    if a.new_text:
        parts.append(f"Now: {a.new_text}")
    return "\n".join(parts)

