"""The action log's dialogs: add or change an action, and a dated update to one."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from cpo_desktop import dates
from cpo_desktop.model.enums import ActionStatus
from cpo_desktop.ui.widgets import (
    CheckedDialog,
    choose,
    chosen,
    fill_people,
    from_qdate,
    problem_setup,
    searchable,
    show_problems,
    to_qdate,
)


class ActionDialog(CheckedDialog):
    """Add or change an action: OK stays disabled until it says what is to be done and who owns it."""

    def __init__(self, people: Sequence[tuple[int, str]], *, today: dt.date, context: str = "",
                 meeting_text: str = "", meeting_fixed: bool = False, data=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_action_dialog import Ui_ActionDialog

        self.ui = ui = Ui_ActionDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
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
        self.ok = problem_setup(self)
        self.action = action
        self.today = today
        self.setWindowTitle(f"Update Action {action.ref}")
        due = f" – due {dates.short(action.due_date)}" if action.due_date else ""
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
