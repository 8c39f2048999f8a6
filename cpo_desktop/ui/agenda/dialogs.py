"""The agenda view's dialogs: add or change an item, a paper's report checklist, the papers
still to chase, and the contact officer the agenda names. (The board's agenda template has its
own dialog: template_dialog.py.)"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from cpo_desktop import dates
from cpo_desktop.model import agenda_rules, enums
from cpo_desktop.ui.agenda.model import PURPOSE_LABELS
from cpo_desktop.ui.style import GREY, ROSE
from cpo_desktop.ui.widgets import show_problems, style_problem_label


def presenter_key(person_id: int | None, seat_id: int | None) -> str | None:
    """The presenter combo's data for a seat ("seat:3") or a person ("person:12"); a seat first,
    as the agenda shows a seat's presenter by the seat."""
    if seat_id is not None:
        return f"seat:{seat_id}"
    return f"person:{person_id}" if person_id is not None else None


class ItemDialog(QDialog):
    """Add or change an agenda item. Presenter: a seat, a person, or a role typed in words.

    ``seats`` and ``people`` are (id, text) choices; the item's own presenter must be among them
    (the view adds a seat or person no longer current). ``rules`` are the work programme's report
    rules (services.work_programme.RuleRow) to link the item to. What the dialog is not asked to
    change it gives back as it came: OK on an unchanged item changes nothing."""

    def __init__(self, seats, people, data=None, parent: QWidget | None = None, *, rules=()) -> None:
        super().__init__(parent)
        from cpo_desktop.services.agenda import ItemInput
        from cpo_desktop.ui.generated.ui_item_dialog import Ui_ItemDialog

        self.ui = ui = Ui_ItemDialog()
        ui.setupUi(self)
        self.setWindowTitle("Change Agenda Item" if data else "Add Agenda Item")
        self.ok = ui.buttonBox.button(ui.buttonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        ui.presenterCombo.addItem("", None)
        for seat_id, text in seats:
            ui.presenterCombo.addItem(text, presenter_key(None, seat_id))
        for person_id, name in people:
            ui.presenterCombo.addItem(name, presenter_key(person_id, None))
        ui.presenterCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = ui.presenterCombo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        for purpose in enums.Purpose:
            ui.purposeCombo.addItem(PURPOSE_LABELS[purpose.value], purpose.value)
        ui.partCombo.addItem("Part 1 – in public", 1)
        ui.partCombo.addItem("Part 2 – exempt: the public may be excluded", 2)
        ui.paragraphCombo.addItem("— choose the paragraph —", None)
        for n, text in agenda_rules.SCHEDULE_12A.items():
            ui.paragraphCombo.addItem(f"{n}. {text}", n)
        ui.paragraphCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.paragraphCombo.setMinimumContentsLength(40)
        ui.ruleCombo.addItem("None: not one of the work programme's reports", None)
        for rule in rules:
            ui.ruleCombo.addItem(f"{rule.title} ({rule.frequency_label.lower()})" + ("" if rule.active else
                                 " – no longer active"), rule.id)
        ui.ruleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.ruleCombo.setMinimumContentsLength(40)
        data = data or ItemInput(title="")
        self._base = data
        ui.titleEdit.setText(data.title)
        ui.purposeCombo.setCurrentIndex(max(0, ui.purposeCombo.findData(data.purpose)))
        ui.durationSpin.setValue(data.duration_minutes)
        ui.subItemCheck.setChecked(data.sub_item)
        ui.paperExpectedCheck.setChecked(data.paper_expected)
        ui.toFollowCheck.setChecked(data.to_follow)
        ui.partCombo.setCurrentIndex(ui.partCombo.findData(data.part))
        ui.paragraphCombo.setCurrentIndex(max(0, ui.paragraphCombo.findData(data.exempt_paragraph)))
        ui.publicInterestEdit.setPlainText(data.public_interest or "")
        ui.publicTitleEdit.setText(data.public_title or "")
        ui.notesEdit.setPlainText(data.chair_notes or "")
        if data.report_rule_id is not None and ui.ruleCombo.findData(data.report_rule_id) < 0:
            ui.ruleCombo.addItem(f"Report rule {data.report_rule_id}", data.report_rule_id)  # kept as it is
        ui.ruleCombo.setCurrentIndex(max(0, ui.ruleCombo.findData(data.report_rule_id)))
        key = presenter_key(data.presenter_person_id, data.presenter_seat_id)
        index = ui.presenterCombo.findData(key) if key is not None else -1
        if index >= 0:
            ui.presenterCombo.setCurrentIndex(index)
        else:
            ui.presenterCombo.setEditText(data.presenter_role or "")
        # The presenter as shown: left so, the item keeps its presenter exactly (a seat's named
        # person, a person's role on the agenda).
        self._shown_presenter = (ui.presenterCombo.currentIndex(), ui.presenterCombo.currentText())
        self._touched = bool(data.title)
        ui.titleEdit.textEdited.connect(self._touch)
        for signal in (ui.titleEdit.textChanged, ui.partCombo.currentIndexChanged,
                       ui.paragraphCombo.currentIndexChanged, ui.paperExpectedCheck.toggled,
                       ui.toFollowCheck.toggled, ui.durationSpin.valueChanged):
            signal.connect(self._validate)
        self._validate()

    def _touch(self) -> None:
        self._touched = True

    def _presenter(self) -> tuple[int | None, int | None, str | None]:
        combo = self.ui.presenterCombo
        base = self._base
        if (combo.currentIndex(), combo.currentText()) == self._shown_presenter:
            return base.presenter_person_id, base.presenter_seat_id, base.presenter_role
        text = combo.currentText().strip()
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index).strip() != text:  # typed rather than picked
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        kind, _, ident = (combo.itemData(index) or "" if index >= 0 else "").partition(":")
        if kind == "seat":
            return None, int(ident), None
        if kind == "person":
            # A person keeps the role words the item had (e.g. their job on the agenda).
            person = int(ident)
            return person, None, base.presenter_role if base.presenter_person_id == person else None
        return None, None, text or None

    def typed_presenter(self) -> str | None:
        """The presenter as words typed that are none of the list's entries ("Harpreet Sandhu",
        "Chair (Cllr …)"), for the view to link as the command line does; None when one was picked
        or nothing changed."""
        person, seat, role = self._presenter()
        base = self._base
        if person is None and seat is None and role and (role != base.presenter_role or base.presenter_person_id
                                                          or base.presenter_seat_id):
            return role
        return None

    def result_input(self):
        from cpo_desktop.services.agenda import ItemInput

        ui = self.ui
        person, seat, role = self._presenter()
        part = ui.partCombo.currentData()
        return ItemInput(
            title=ui.titleEdit.text().strip(), purpose=ui.purposeCombo.currentData(),
            duration_minutes=ui.durationSpin.value(), presenter_person_id=person, presenter_seat_id=seat,
            presenter_role=role, part=part, exempt_paragraph=ui.paragraphCombo.currentData() if part == 2 else None,
            public_interest=ui.publicInterestEdit.toPlainText(), chair_notes=ui.notesEdit.toPlainText(),
            sub_item=ui.subItemCheck.isChecked(), paper_expected=ui.paperExpectedCheck.isChecked(),
            to_follow=ui.toFollowCheck.isChecked() and ui.paperExpectedCheck.isChecked(), section=self._base.section,
            public_title=ui.publicTitleEdit.text() if part == 2 else None, report_rule_id=ui.ruleCombo.currentData())

    def _validate(self) -> None:
        ui = self.ui
        part2 = ui.partCombo.currentData() == 2
        for widget in (ui.paragraphLabel, ui.paragraphCombo, ui.publicTitleLabel, ui.publicTitleEdit,
                       ui.publicInterestLabel, ui.publicInterestEdit):
            widget.setEnabled(part2)
        # Empty, the public title is the default the public agenda and minutes show.
        ui.publicTitleEdit.setPlaceholderText(agenda_rules.exempt_item_title(ui.paragraphCombo.currentData())
                                              if part2 else "")
        ui.toFollowCheck.setEnabled(ui.paperExpectedCheck.isChecked())
        problems = self.result_input().problems()
        if not self._touched and not ui.titleEdit.text().strip():
            problems = [p for p in problems if "title" not in p]
            self.ok.setEnabled(False)
            show_problems(ui.problemLabel, self.ok, problems)
            self.ok.setEnabled(False)
            return
        show_problems(ui.problemLabel, self.ok, problems)


class ChecklistDialog(QDialog):
    """A paper's report checklist: the Pledge, young people's involvement, "you said, we did"."""

    def __init__(self, paper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_checklist_dialog import Ui_ChecklistDialog

        self.ui = ui = Ui_ChecklistDialog()
        ui.setupUi(self)
        ui.paperLabel.setText(f"<b>{paper.original_name}</b><br>Every report to the board should say how it "
                              "incorporates the Pledge, how children and young people were involved, and how the "
                              "service responded to their feedback.")
        ui.pledgeCheck.setChecked(paper.pledge)
        ui.pledgeNote.setPlainText(paper.pledge_note or "")
        ui.involvementCheck.setChecked(paper.involvement)
        ui.involvementNote.setPlainText(paper.involvement_note or "")
        ui.youSaidCheck.setChecked(paper.you_said_we_did)
        ui.youSaidNote.setPlainText(paper.you_said_we_did_note or "")

    def result_checklist(self):
        from cpo_desktop.services.agenda import Checklist

        ui = self.ui
        return Checklist(ui.pledgeCheck.isChecked(), ui.pledgeNote.toPlainText(), ui.involvementCheck.isChecked(),
                         ui.involvementNote.toPlainText(), ui.youSaidCheck.isChecked(), ui.youSaidNote.toPlainText())


class ChaseDialog(QDialog):
    """The papers still to come for the meetings ahead, with their authors; "Write E-mail Drafts"
    asks for ``write()`` to be called (the view does the writing off the UI thread)."""

    HEADERS = ("Meeting", "No.", "Item", "Presenter", "E-mail", "Deadline", "State")

    def __init__(self, rows, write, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QTableWidgetItem

        from cpo_desktop.ui.generated.ui_chase_dialog import Ui_ChaseDialog

        self.ui = ui = Ui_ChaseDialog()
        ui.setupUi(self)
        self.rows = list(rows)
        with_email = sum(1 for r in self.rows if r.email)
        ui.introLabel.setText(
            f"{len(self.rows)} paper{'s' if len(self.rows) != 1 else ''} still to come for the meetings ahead. "
            "Late ones are in red. <b>Write E-mail Drafts</b> makes one e-mail draft per paper with an author's "
            "e-mail address; open each in your mail program to send it. Nothing is sent by CPO Desktop."
            if self.rows else "No papers to chase: every paper expected for the meetings ahead has come in.")
        from cpo_desktop.services.chase import publication_warnings

        warnings = publication_warnings(self.rows)
        if warnings:
            ui.introLabel.setText(ui.introLabel.text() + "".join(
                f"<br><span style='color:#a01010'><b>{html.escape(w)}</b></span>" for w in warnings))
        ui.table.setColumnCount(len(self.HEADERS))
        ui.table.setHorizontalHeaderLabels(list(self.HEADERS))
        ui.table.setRowCount(len(self.rows))
        ui.table.verticalHeader().setVisible(False)
        for n, r in enumerate(self.rows):
            state = r.state + (f", {r.days_late} working day{'s' if r.days_late != 1 else ''}" if r.days_late else "")
            for col, text in enumerate((dates.weekday(r.meeting_date), r.number, r.title, r.presenter,
                                        r.email or "(no e-mail address)", dates.short(r.deadline), state)):
                cell = QTableWidgetItem(text)
                if r.state == "late":
                    cell.setBackground(QBrush(ROSE))
                    cell.setForeground(QBrush(QColor("black")))
                if col == 4 and not r.email:
                    cell.setForeground(QBrush(GREY))
                ui.table.setItem(n, col, cell)
        ui.table.resizeColumnsToContents()
        ui.table.horizontalHeader().setStretchLastSection(True)
        for col, most in ((2, 300), (3, 200)):
            ui.table.setColumnWidth(col, min(ui.table.columnWidth(col), most))
        ui.table.verticalHeader().setDefaultSectionSize(ui.table.fontMetrics().height() + 8)
        ui.writeButton.setEnabled(with_email > 0)
        ui.writeButton.clicked.connect(write)


class ContactDialog(QDialog):
    """The contact officer: name, job title, e-mail address and telephone, any of which may be left
    empty."""

    def __init__(self, name: str = "", email: str = "", parent: QWidget | None = None, *, job_title: str = "",
                 phone: str = "") -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_contact_dialog import Ui_ContactDialog

        self.ui = ui = Ui_ContactDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        ui.nameEdit.setText(name)
        ui.jobTitleEdit.setText(job_title)
        ui.emailEdit.setText(email)
        ui.phoneEdit.setText(phone)
        ui.emailEdit.textChanged.connect(self.validate)
        ui.phoneEdit.textChanged.connect(self.validate)
        self.validate()

    def problems(self) -> list[str]:
        from cpo_desktop.services.settings import contact_problem, phone_problem

        return [p for p in (contact_problem(self.ui.emailEdit.text()), phone_problem(self.ui.phoneEdit.text())) if p]

    def validate(self) -> list[str]:
        problems = self.problems()
        show_problems(self.ui.problemLabel, self.ok, problems)
        return problems

    def contact_details(self) -> dict[str, str]:
        """Keyword arguments for ``services.settings.set_contact``."""
        ui = self.ui
        return {"name": ui.nameEdit.text().strip(), "email": ui.emailEdit.text().strip(),
                "job_title": ui.jobTitleEdit.text().strip(), "phone": ui.phoneEdit.text().strip()}
