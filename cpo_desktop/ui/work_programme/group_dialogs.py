"""The working groups' dialogs: a priority and its working group (chair linked to a person, a seat
or a reporting officer), a commitment of its action plan, a dated RAG update, a member, retiring a
priority. Each checks as the user types and keeps OK disabled until the form can be saved."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from cpo_desktop.ui.widgets import show_problems, style_problem_label
from cpo_desktop.ui.choice import Choice
from cpo_desktop.ui.work_programme.dialogs import fill_choices

RAG_CHOICES = (("Red", "red"), ("Amber", "amber"), ("Green", "green"))
CHAIR_KINDS = (("No one named yet", None), ("A person", "person"), ("Whoever holds a seat", "seat"),
               ("A reporting officer", "officer"))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _narrow(combo: QComboBox) -> None:
    """Long seat and role names must not widen the dialog; the list shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(34)
    combo.view().setMinimumWidth(480)


class _Checked(QDialog):
    def _setup(self, ui, ok_text: str) -> None:
        self.ui = ui
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        style_problem_label(ui.problemLabel)
        self.touched = False

    def problems(self) -> list[str]:
        return []

    def validate(self, *_args) -> list[str]:
        problems = self.problems()
        show_problems(self.ui.problemLabel, self.ok, problems if self.touched else [])
        self.ok.setEnabled(not problems)
        return problems

    def _touch(self, *_args) -> None:
        self.touched = True
        self.validate()


class GroupDialog(_Checked):
    """Add or change a priority: its title and description, whether it has a working group, and
    the group's chair (linked, so the chair is chased for the group's report)."""

    def __init__(self, people: Sequence[Choice], seats: Sequence[Choice], officers: Sequence[Choice],
                 data=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_group_dialog import Ui_GroupDialog

        self._setup(Ui_GroupDialog(), "Add Priority" if data is None else "Save")
        ui = self.ui
        self.choices = {"person": people, "seat": seats, "officer": officers}
        self.data = data
        self.setWindowTitle("Add a Priority" if data is None else f"Priority: {data.title}")
        ui.introLabel.setText("Each board meeting is themed on a priority. A priority's <b>working group</b> reports "
                              "on its action plan at the themed meeting; link its chair to a person, a seat or a "
                              "reporting officer so the chair can be chased for the report by e-mail.")
        _narrow(ui.chairCombo)
        for text, value in CHAIR_KINDS:
            ui.chairKindCombo.addItem(text, value)
        kind = None
        if data is not None:
            ui.titleEdit.setText(data.title)
            ui.titleEdit.setCursorPosition(0)
            ui.descriptionEdit.setPlainText(data.description or "")
            ui.workingGroupCheck.setChecked(data.has_working_group)
            ui.chairRoleEdit.setText(data.chair_role or "")
            ui.chairRoleEdit.setCursorPosition(0)
            kind = ("person" if data.chair_person_id else "seat" if data.chair_seat_id
                    else "officer" if data.chair_officer_id else None)
        ui.chairKindCombo.setCurrentIndex(max(ui.chairKindCombo.findData(kind), 0))
        self._fill_chairs()
        ui.chairKindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.workingGroupCheck.toggled.connect(self._group_toggled)
        for signal in (ui.titleEdit.textChanged, ui.chairRoleEdit.textChanged, ui.descriptionEdit.textChanged,
                       ui.chairCombo.currentIndexChanged):
            signal.connect(self._touch)
        self._group_toggled(ui.workingGroupCheck.isChecked(), touch=False)
        self.validate()

    def _linked(self) -> int | None:
        d = self.data
        kind = self.ui.chairKindCombo.currentData()
        if d is None or kind is None:
            return None
        return {"person": d.chair_person_id, "seat": d.chair_seat_id, "officer": d.chair_officer_id}[kind]

    def _fill_chairs(self) -> None:
        kind = self.ui.chairKindCombo.currentData()
        combo = self.ui.chairCombo
        combo.blockSignals(True)
        if kind is None:
            combo.clear()
            combo.addItem("—", None)
        else:
            blank = {"person": "— choose a person —", "seat": "— choose a seat —",
                     "officer": "— choose a reporting officer —"}[kind]
            fill_choices(combo, self.choices[kind], self._linked(), blank)
        combo.setEnabled(kind is not None and self.ui.workingGroupCheck.isChecked())
        combo.blockSignals(False)

    def _kind_changed(self, *_args) -> None:
        self._fill_chairs()
        self._touch()

    def _group_toggled(self, on: bool, touch: bool = True) -> None:
        ui = self.ui
        for w in (ui.chairKindCombo, ui.chairRoleEdit, ui.chairKindComboLabel, ui.chairComboLabel,
                  ui.chairRoleEditLabel):
            w.setEnabled(on)
        ui.chairCombo.setEnabled(on and ui.chairKindCombo.currentData() is not None)
        if touch:
            self._touch()

    def problems(self) -> list[str]:
        ui = self.ui
        problems = []
        if not ui.titleEdit.text().strip():
            problems.append("a priority needs a title")
        if ui.workingGroupCheck.isChecked() and ui.chairKindCombo.currentData() and ui.chairCombo.currentData() is None:
            problems.append("choose the chair, or say no one is named yet")
        return problems

    def result_input(self):
        from cpo_desktop.services.working_groups import GroupInput

        ui = self.ui
        group = ui.workingGroupCheck.isChecked()
        kind = ui.chairKindCombo.currentData() if group else None
        chosen = ui.chairCombo.currentData() if kind else None
        return GroupInput(title=ui.titleEdit.text(), description=ui.descriptionEdit.toPlainText(),
                          has_working_group=group,
                          chair_role=(ui.chairRoleEdit.text().strip() or None) if group else None,
                          chair_person_id=chosen if kind == "person" else None,
                          chair_seat_id=chosen if kind == "seat" else None,
                          chair_officer_id=chosen if kind == "officer" else None)


class CommitmentDialog(_Checked):
    """Add or change a commitment of a working group's action plan: what "we will" do, its owner
    (a role, or a person) and its due date."""

    def __init__(self, group: str, people: Sequence[Choice], data=None, parent: QWidget | None = None, *,
                 today: dt.date) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_commitment_dialog import Ui_CommitmentDialog

        self._setup(Ui_CommitmentDialog(), "Add Commitment" if data is None else "Save")
        ui = self.ui
        self.setWindowTitle(f"{'Add a Commitment' if data is None else 'Commitment'}: {group}")
        ui.introLabel.setText(f"The action plan of the <b>{html.escape(group)}</b> working group.")
        _narrow(ui.ownerPersonCombo)
        fill_choices(ui.ownerPersonCombo, people, data.owner_person_id if data else None, "— a role, above —")
        ui.dueEdit.setDate(_qdate(data.due_date if data and data.due_date else today))
        if data is not None:
            ui.textEdit.setPlainText(data.text)
            ui.ownerRoleEdit.setText(data.owner_role or "")
            ui.ownerRoleEdit.setCursorPosition(0)
            ui.dueCheck.setChecked(data.due_date is not None)
        ui.dueEdit.setEnabled(ui.dueCheck.isChecked())
        ui.dueCheck.toggled.connect(ui.dueEdit.setEnabled)
        for signal in (ui.textEdit.textChanged, ui.ownerRoleEdit.textChanged, ui.ownerPersonCombo.currentIndexChanged,
                       ui.dueCheck.toggled, ui.dueEdit.dateChanged):
            signal.connect(self._touch)
        self.validate()

    def problems(self) -> list[str]:
        ui = self.ui
        problems = []
        if not ui.textEdit.toPlainText().strip():
            problems.append("write what the working group will do")
        if ui.ownerRoleEdit.text().strip() and ui.ownerPersonCombo.currentData() is not None:
            problems.append("the owner is a role or a person, not both")
        return problems

    def result_input(self):
        from cpo_desktop.services.working_groups import CommitmentInput

        ui = self.ui
        return CommitmentInput(text=ui.textEdit.toPlainText(), owner_role=ui.ownerRoleEdit.text().strip() or None,
                               owner_person_id=ui.ownerPersonCombo.currentData(),
                               due_date=_pydate(ui.dueEdit.date()) if ui.dueCheck.isChecked() else None)


class RagUpdateDialog(_Checked):
    """A dated progress update on a commitment, with its RAG status (its latest status is offered)."""

    def __init__(self, commitment, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_rag_update_dialog import Ui_RagUpdateDialog

        self._setup(Ui_RagUpdateDialog(), "Add Update")
        ui = self.ui
        self.today = today
        latest = commitment.latest_text
        ui.commitmentLabel.setText(f"<b>{html.escape(commitment.text)}</b><br>Now: {commitment.rag_label}"
                                   + (f" — {html.escape(latest)}" if latest else ""))
        for text, value in RAG_CHOICES:
            ui.ragCombo.addItem(text, value)
        ui.ragCombo.setCurrentIndex(max(ui.ragCombo.findData(commitment.rag or "amber"), 0))
        ui.dateEdit.setDate(_qdate(today))
        ui.dateEdit.setMaximumDate(_qdate(today))
        for signal in (ui.ragCombo.currentIndexChanged, ui.dateEdit.dateChanged, ui.noteEdit.textChanged):
            signal.connect(self._touch)
        self.validate()

    def values(self) -> tuple[str, str, dt.date]:
        """(RAG status, note, date)."""
        ui = self.ui
        return ui.ragCombo.currentData(), ui.noteEdit.toPlainText().strip(), _pydate(ui.dateEdit.date())


class WorkingGroupMemberDialog(_Checked):
    """Add a person from the register to a working group, with their role and first day."""

    def __init__(self, group: str, people: Sequence[Choice], *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_wg_member_dialog import Ui_WorkingGroupMemberDialog

        self._setup(Ui_WorkingGroupMemberDialog(), "Add Member")
        ui = self.ui
        ui.introLabel.setText(f"Add a member to the <b>{html.escape(group)}</b> working group.")
        _narrow(ui.personCombo)
        fill_choices(ui.personCombo, people, None, "— choose a person —")
        ui.startEdit.setDate(_qdate(today))
        ui.personCombo.currentIndexChanged.connect(self._touch)
        self.validate()

    def problems(self) -> list[str]:
        return [] if self.ui.personCombo.currentData() is not None else ["choose the person to add"]

    def values(self) -> tuple[int, str | None, dt.date]:
        ui = self.ui
        return ui.personCombo.currentData(), ui.roleEdit.text().strip() or None, _pydate(ui.startEdit.date())


class RetireGroupDialog(_Checked):
    """Retire a priority (and its working group) from a day, never one still to come."""

    def __init__(self, title: str, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_retire_group_dialog import Ui_RetireGroupDialog

        self._setup(Ui_RetireGroupDialog(), "Retire")
        ui = self.ui
        ui.introLabel.setText(f"Retire <b>{html.escape(title)}</b>: it stays on the meetings already themed on it, "
                              "is offered for no new meeting, and its working group reports no more. Its plan and "
                              "members are kept.")
        ui.dateEdit.setDate(_qdate(today))
        ui.dateEdit.setMaximumDate(_qdate(today))

    def on(self) -> dt.date:
        return _pydate(self.ui.dateEdit.date())
