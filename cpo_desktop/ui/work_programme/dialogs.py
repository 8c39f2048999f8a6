"""The report rule dialog: a report that comes to the board on a schedule, who presents it and
in which months; checked as the user types."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from cpo_desktop.model import agenda_rules, enums
from cpo_desktop.ui.style import GREY
from cpo_desktop.ui.widgets import show_problems, style_problem_label
from cpo_desktop.ui.choice import Choice
from cpo_desktop.ui.work_programme.data import month_names, months_of


def fill_choices(combo: QComboBox, choices: Sequence[Choice], selected: int | None, blank: str) -> None:
    """Current entries, and a former one only when it is the one chosen (it stays visible)."""
    combo.clear()
    combo.addItem(blank, None)
    for c in choices:
        if not c.former or c.id == selected:
            combo.addItem(c.label + (" (former)" if c.former else ""), c.id)
            combo.setItemData(combo.count() - 1, c.label, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(selected), 0) if selected is not None else 0)


class RuleDialog(QDialog):
    """Add or change a report rule; checks as you type (RuleInput.problems) and keeps OK disabled
    until the rule can be saved."""

    def __init__(self, officers: Sequence[Choice], seats: Sequence[Choice], priorities: Sequence[Choice],
                 data=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_rule_dialog import Ui_RuleDialog

        self.ui = ui = Ui_RuleDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Add Rule" if data is None else "Save")
        style_problem_label(ui.problemLabel)
        hint = ui.monthsHint.palette()
        hint.setColor(ui.monthsHint.foregroundRole(), GREY)
        ui.monthsHint.setPalette(hint)
        self.setWindowTitle("Add a Report Rule" if data is None else f"Report Rule: {data.title}")
        for combo in (ui.officerCombo, ui.seatCombo, ui.themeCombo):
            # Long role and seat names must not widen the dialog; the list shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
            combo.view().setMinimumWidth(480)
        for f in enums.ReportFrequency:
            ui.frequencyCombo.addItem(f.label, f.value)
        for p in enums.Purpose:
            ui.purposeCombo.addItem(p.value.capitalize(), p.value)
        fill_choices(ui.officerCombo, officers, data.reporting_officer_id if data else None,
                     "— choose a reporting officer —")
        fill_choices(ui.seatCombo, seats, data.seat_id if data else None, "— choose a seat —")
        fill_choices(ui.themeCombo, priorities, data.priority_id if data else None, "— none —")
        if data is not None:
            ui.titleEdit.setText(data.title)
            ui.titleEdit.setCursorPosition(0)
            ui.frequencyCombo.setCurrentIndex(max(ui.frequencyCombo.findData(data.frequency), 0))
            ui.monthsEdit.setText(", ".join(str(m) for m in months_of(data.preferred_months))
                                  or data.preferred_months)
            ui.purposeCombo.setCurrentIndex(max(ui.purposeCombo.findData(data.purpose), 0))
            ui.durationSpin.setValue(data.duration_minutes)
            ui.activeCheck.setChecked(data.active)
            ui.notesEdit.setPlainText(data.notes or "")
            if data.reporting_officer_id is not None:
                ui.officerRadio.setChecked(True)
            elif data.seat_id is not None:
                ui.seatRadio.setChecked(True)
            else:
                ui.roleRadio.setChecked(True)
                ui.roleEdit.setText(data.presenter_role or "")
        else:
            ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findData(enums.ReportFrequency.ANNUAL.value))
            ui.purposeCombo.setCurrentIndex(ui.purposeCombo.findData(enums.Purpose.DISCUSSION.value))
        # A new, empty form is not scolded: a field's problem shows once it has been touched.
        self.touched: set[str] = set() if data is None else {"title", "presenter"}
        ui.titleEdit.textEdited.connect(lambda _t: self._touch("title"))
        for radio in (ui.officerRadio, ui.seatRadio, ui.roleRadio):
            radio.toggled.connect(self._presenter_changed)
        for combo in (ui.officerCombo, ui.seatCombo):
            combo.activated.connect(lambda _i: self._touch("presenter"))
        for signal in (ui.titleEdit.textChanged, ui.monthsEdit.textChanged, ui.roleEdit.textChanged):
            signal.connect(self.validate)
        for combo in (ui.frequencyCombo, ui.officerCombo, ui.seatCombo):
            combo.currentIndexChanged.connect(self.validate)
        ui.durationSpin.valueChanged.connect(self.validate)
        self._presenter_changed()
        self.validate()

    def _touch(self, key: str) -> None:
        self.touched.add(key)
        self.validate()

    def _presenter_changed(self, *_args) -> None:
        ui = self.ui
        ui.officerCombo.setEnabled(ui.officerRadio.isChecked())
        ui.seatCombo.setEnabled(ui.seatRadio.isChecked())
        ui.roleEdit.setEnabled(ui.roleRadio.isChecked())
        if self.sender() is not None:
            self.touched.add("presenter")
        self.validate()

    def _months_hint(self) -> str:
        frequency = self.ui.frequencyCombo.currentData()
        if frequency == enums.ReportFrequency.EVERY_MEETING.value:
            return "It comes to every meeting, so months are not needed."
        if frequency == enums.ReportFrequency.AS_REQUESTED.value:
            return "Only when the board asks for it: it is not planned into the year."
        wanted = agenda_rules.TIMES_A_YEAR.get(frequency) or 0
        try:
            months = agenda_rules.parse_months(self.ui.monthsEdit.text())
        except ValueError:
            return "Month numbers, 1 (January) to 12 (December), separated by commas."
        if not months:
            return "Leave empty to spread it over the year, or give the month numbers it should come in."
        text = f"The first meeting in or after {month_names(months[:wanted])}"
        if len(months) > wanted:
            text += f"; only the first {wanted} month{'s are' if wanted != 1 else ' is'} used"
        elif len(months) < wanted:
            text += "; the rest spread over the year"
        return text + "."

    def problems(self) -> list[str]:
        ui = self.ui
        problems = self.result_input().problems()
        if ui.officerRadio.isChecked() and ui.officerCombo.currentData() is None:
            problems.append("choose the reporting officer who presents it")
        if ui.seatRadio.isChecked() and ui.seatCombo.currentData() is None:
            problems.append("choose the seat whose holder presents it")
        return problems

    def validate(self, *_args) -> list[str]:
        problems = self.problems()
        shown = [p for p in problems
                 if not ("title" in p and "title" not in self.touched)
                 and not (p.startswith("choose the") and "presenter" not in self.touched)]
        show_problems(self.ui.problemLabel, self.ok, shown)
        self.ok.setEnabled(not problems)
        self.ui.monthsHint.setText(self._months_hint())
        return problems

    def result_input(self):
        from cpo_desktop.services.work_programme import RuleInput

        ui = self.ui
        return RuleInput(
            title=ui.titleEdit.text().strip(), frequency=ui.frequencyCombo.currentData(),
            reporting_officer_id=ui.officerCombo.currentData() if ui.officerRadio.isChecked() else None,
            seat_id=ui.seatCombo.currentData() if ui.seatRadio.isChecked() else None,
            presenter_role=(ui.roleEdit.text().strip() or None) if ui.roleRadio.isChecked() else None,
            preferred_months=ui.monthsEdit.text().strip(), priority_id=ui.themeCombo.currentData(),
            purpose=ui.purposeCombo.currentData(), duration_minutes=ui.durationSpin.value(),
            active=ui.activeCheck.isChecked(), notes=ui.notesEdit.toPlainText().strip() or None)
