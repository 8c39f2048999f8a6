"""The register's dialogs, built from forms/*.ui, each validating as the user types.

A dialog only gathers and checks input; the caller hands its ``result()`` to a service.
Every dialog is shown through ``prompts.ask`` so tests can fill it in instead of a user.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from cpo_desktop import clock, dates
from cpo_desktop.model import enums
from cpo_desktop.model import register_rules as rules
from cpo_desktop.ui.widgets import (
    fill_organisations,
    fill_people,
    from_qdate,
    show_problems,
    style_problem_label,
    to_qdate,
)


class PersonDialog(QDialog):
    def __init__(self, organisations: Sequence[str], data=None, parent: QWidget | None = None, *,
                 parties: Sequence[str] = ()) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_person_dialog import Ui_PersonDialog

        self.ui = ui = Ui_PersonDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        self.setWindowTitle("Add a Person" if data is None else f"{data.first_name} {data.surname}")
        fill_organisations(ui.organisationCombo, organisations, data.organisation if data else None)
        # The parties already in the register to choose from; a new one is typed.
        ui.partyCombo.addItem("")
        for party in sorted({p for p in parties if p} | ({data.party} if data is not None and data.party else set()),
                            key=str.casefold):
            ui.partyCombo.addItem(party)
        if data is not None:
            ui.councillorCheck.setChecked(data.is_councillor)
            ui.partyCombo.setCurrentText(data.party or "")
            ui.wardEdit.setText(data.ward or "")
            ui.scrutinyCheck.setChecked(data.on_scrutiny)
            ui.titleEdit.setText(data.title or "")
            ui.firstNameEdit.setText(data.first_name)
            ui.surnameEdit.setText(data.surname)
            ui.preferredNameEdit.setText(data.preferred_name or "")
            ui.emailEdit.setText(data.email or "")
            ui.phoneEdit.setText(data.phone or "")
            ui.jobTitleEdit.setText(data.job_title or "")
            ui.youngPersonCheck.setChecked(data.is_young_person)
            ui.consentCheck.setChecked(data.consent_full_name)
            ui.notesEdit.setPlainText(data.notes or "")
        # Consent only means something for a young person; anyone else's flag is kept as it was.
        self._other_consent = bool(data is not None and not data.is_young_person and data.consent_full_name)
        # A new, empty form is not scolded: a field's problem shows once it has been touched.
        self.touched: set[str] = set() if data is None else {"first", "surname", "email"}
        for key, edit in (("first", ui.firstNameEdit), ("surname", ui.surnameEdit), ("email", ui.emailEdit)):
            edit.textEdited.connect(lambda _t, key=key: self._touch(key))
            edit.textChanged.connect(self.validate)
        ui.youngPersonCheck.toggled.connect(self._young_person_changed)
        self._young_person_changed(ui.youngPersonCheck.isChecked())
        ui.councillorCheck.toggled.connect(self._councillor_changed)
        self._councillor_changed(ui.councillorCheck.isChecked())
        self.validate()

    def _councillor_changed(self, councillor: bool) -> None:
        # A party and ward are a councillor's; what a former councillor had is kept, not shown as editable.
        for widget in (self.ui.partyLabel, self.ui.partyCombo, self.ui.wardLabel, self.ui.wardEdit):
            widget.setEnabled(councillor)

    def _touch(self, key: str) -> None:
        self.touched.add(key)
        self.validate()

    def _young_person_changed(self, young: bool) -> None:
        self.ui.consentCheck.setEnabled(young)
        self.ui.consentCheck.setToolTip(
            "Public and partner papers name a young person by first name only unless they have consented."
            if young else "Only asked for care-experienced young people.")

    def problems(self) -> list[str]:
        ui = self.ui
        return rules.person_problems(ui.firstNameEdit.text(), ui.surnameEdit.text(), ui.emailEdit.text())

    def validate(self) -> list[str]:
        problems = self.problems()
        shown = [p for p in problems if ("first name" in p and "first" in self.touched)
                 or ("surname" in p and "surname" in self.touched) or ("e-mail" in p and "email" in self.touched)]
        show_problems(self.ui.problemLabel, self.ok, shown)
        self.ok.setEnabled(not problems)
        return problems

    def result_input(self):
        from cpo_desktop.services.register import PersonInput

        ui = self.ui
        young = ui.youngPersonCheck.isChecked()
        return PersonInput(
            first_name=ui.firstNameEdit.text().strip(), surname=ui.surnameEdit.text().strip(),
            title=ui.titleEdit.text().strip() or None, preferred_name=ui.preferredNameEdit.text().strip() or None,
            email=ui.emailEdit.text().strip() or None, phone=ui.phoneEdit.text().strip() or None,
            organisation=ui.organisationCombo.currentText().strip() or None,
            job_title=ui.jobTitleEdit.text().strip() or None, is_young_person=young,
            consent_full_name=ui.consentCheck.isChecked() if young else self._other_consent,
            notes=ui.notesEdit.toPlainText().strip() or None, is_councillor=ui.councillorCheck.isChecked(),
            party=ui.partyCombo.currentText().strip() or None, ward=ui.wardEdit.text().strip() or None,
            on_scrutiny=ui.scrutinyCheck.isChecked())


class AppointDialog(QDialog):
    """Put a person in a seat. Opened for a person (choose the seat) or a seat (choose the person)."""

    def __init__(self, seats: Sequence, people: Sequence[tuple[int, str]], *, today: dt.date,
                 person_id: int | None = None, person_name: str = "", seat_id: int | None = None,
                 young_people: set[int] | frozenset[int] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_appoint_dialog import Ui_AppointDialog

        self.young_people = young_people
        self.ui = ui = Ui_AppointDialog()
        ui.setupUi(self)
        self.today = today
        self.seats = {s.id: s for s in seats}
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Appoint")
        style_problem_label(ui.problemLabel)
        self.person_id = person_id
        self.personCombo: QComboBox | None = None
        if person_id is None:
            # Opened from a seat: the member is chosen here.
            self.personCombo = QComboBox(self)
            self.personCombo.setObjectName("personCombo")
            fill_people(self.personCombo, people, None, blank="— choose a member —")
            form = self.findChild(QFormLayout)
            form.insertRow(0, "&Member:", self.personCombo)
            form.labelForField(self.personCombo).setBuddy(self.personCombo)
            self.personCombo.currentIndexChanged.connect(self.validate)
            ui.personLabel.setText("Choose who takes the seat.")
        else:
            ui.personLabel.setText(f"Appoint <b>{person_name}</b> to a seat on the board.")
        for s in seats:
            holder = f" — {s.holder}" if s.holder else " — vacant"
            ui.seatCombo.addItem(s.seat + holder, s.id)
        first_vacant = next((n for n, s in enumerate(seats) if s.vacant), 0)
        ui.seatCombo.setCurrentIndex(ui.seatCombo.findData(seat_id) if seat_id is not None else first_vacant)
        if seat_id is not None:
            ui.seatCombo.setEnabled(False)
        fill_people(ui.substituteCombo, [p for p in people if p[0] != person_id], None)
        ui.startDateEdit.setDate(to_qdate(today))
        ui.endDateEdit.setDate(to_qdate(today))
        ui.seatCombo.currentIndexChanged.connect(self.validate)
        ui.startDateEdit.dateChanged.connect(self.validate)
        ui.endDateEdit.dateChanged.connect(self.validate)
        ui.endDateCheck.toggled.connect(self.validate)
        ui.substituteCombo.currentIndexChanged.connect(self.validate)
        self.validate()

    def seat(self):
        return self.seats.get(self.ui.seatCombo.currentData())

    def chosen_person(self) -> int | None:
        return self.personCombo.currentData() if self.personCombo is not None else self.person_id

    def end_date(self) -> dt.date | None:
        if self.ui.endDateCheck.isChecked():
            return from_qdate(self.ui.endDateEdit.date())
        seat = self.seat()
        return rules.term_end(from_qdate(self.ui.startDateEdit.date()), seat.term_years if seat else None)

    def validate(self) -> list[str]:
        ui = self.ui
        seat = self.seat()
        start = from_qdate(ui.startDateEdit.date())
        ui.endDateEdit.setEnabled(ui.endDateCheck.isChecked())
        end = self.end_date()
        if not ui.endDateCheck.isChecked():
            ui.endDateEdit.blockSignals(True)
            ui.endDateEdit.setDate(to_qdate(end or start))
            ui.endDateEdit.blockSignals(False)
        if seat is not None and seat.term_years:
            ui.termLabel.setText(f"This seat has a {seat.term_years}-year term: it ends on {dates.short(end)} "
                                 "unless you set another date." if not ui.endDateCheck.isChecked()
                                 else f"This seat's usual term is {seat.term_years} years.")
        else:
            ui.termLabel.setText("This seat has no fixed term." if not ui.endDateCheck.isChecked() else "")
        problems = []
        person = self.chosen_person()
        if person is None:
            problems.append("choose who takes the seat")
        if seat is None:
            problems.append("choose a seat")
        elif seat.holder and seat.holder_id != person and (seat.until is None or seat.until >= start):
            problems.append(f"the seat is held by {seat.holder}"
                            + (f" until {dates.short(seat.until)}" if seat.until else "")
                            + "; end that membership first, or start after it ends")
        if end is not None and end < start:
            problems.append("the membership cannot end before it starts")
        if (seat is not None and person is not None and seat.category == enums.SeatCategory.YOUNG_PERSON.label
                and person not in self.young_people):
            problems.append("this is a care-experienced young person's seat, and this person is not recorded as "
                            "one; tick that in their details first")
        if person is not None and ui.substituteCombo.currentData() == person:
            problems.append("a member cannot be their own substitute")
        show_problems(ui.problemLabel, self.ok, problems)
        return problems

    def result_values(self) -> dict:
        ui = self.ui
        return {"person_id": self.chosen_person(), "seat_id": ui.seatCombo.currentData(),
                "start": from_qdate(ui.startDateEdit.date()),
                "end": from_qdate(ui.endDateEdit.date()) if ui.endDateCheck.isChecked() else None,
                "appointed_by": ui.appointedByEdit.text().strip() or None,
                "substitute_id": ui.substituteCombo.currentData()}


class MembershipDialog(QDialog):
    """End a membership, set its substitute, or mark a person as former (a leaving date)."""

    END, SUBSTITUTE, FORMER = "end", "substitute", "former"

    def __init__(self, mode: str, message: str, *, today: dt.date, earliest: dt.date | None = None,
                 people: Sequence[tuple[int, str]] = (), current_substitute: int | None = None,
                 substitute_name: str = "", member_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_membership_dialog import Ui_MembershipDialog

        self.ui = ui = Ui_MembershipDialog()
        ui.setupUi(self)
        self.mode, self.earliest, self.member_id = mode, earliest, member_id
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        ui.messageLabel.setText(message)
        dated = mode in (self.END, self.FORMER)
        for w in (ui.dateLabel, ui.dateEdit):
            w.setVisible(dated)
        for w in (ui.substituteLabel, ui.substituteCombo):
            w.setVisible(not dated)
        self.setWindowTitle({self.END: "End a Membership", self.SUBSTITUTE: "Set the Substitute",
                             self.FORMER: "Mark as a Former Member"}[mode])
        self.ok.setText({self.END: "End Membership", self.SUBSTITUTE: "Set Substitute",
                         self.FORMER: "Mark as Former"}[mode])
        ui.dateLabel.setText("&Last day:" if mode == self.END else "&Leaving date:")
        ui.dateEdit.setDate(to_qdate(today))
        choices = [p for p in people if p[0] != member_id]
        if current_substitute is not None and all(pid != current_substitute for pid, _ in choices):
            # A substitute who has since left the board stays until someone else is chosen.
            choices.append((current_substitute, f"{substitute_name or 'the present substitute'} (former member)"))
        fill_people(ui.substituteCombo, choices, current_substitute)
        ui.dateEdit.dateChanged.connect(self.validate)
        self.validate()

    def validate(self) -> list[str]:
        problems = []
        if self.mode != self.SUBSTITUTE and self.earliest and self.date() < self.earliest:
            problems.append(f"the date cannot be before the membership began ({dates.short(self.earliest)})")
        show_problems(self.ui.problemLabel, self.ok, problems)
        return problems

    def date(self) -> dt.date:
        return from_qdate(self.ui.dateEdit.date())

    def substitute(self) -> int | None:
        return self.ui.substituteCombo.currentData()


class TrainingDialog(QDialog):
    def __init__(self, person_name: str, *, today: dt.date, record=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.services.register import TRAINING_LABELS
        from cpo_desktop.ui.generated.ui_training_dialog import Ui_TrainingDialog

        self.ui = ui = Ui_TrainingDialog()
        ui.setupUi(self)
        ui.personLabel.setText(f"Training for <b>{person_name}</b>")
        for kind, label in TRAINING_LABELS.items():
            ui.kindCombo.addItem(label, kind.value)
        for status in enums.TrainingStatus:
            ui.statusCombo.addItem(status.value.capitalize(), status.value)
        ui.dateEdit.setDate(to_qdate(record.date if record else today))
        if record is not None:
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(record.kind))
            ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(record.status.lower()))
            ui.notesEdit.setText(record.notes or "")
        else:
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(enums.TrainingKind.CORPORATE_PARENTING_TRAINING.value))
        ui.dateEdit.dateChanged.connect(self._date_changed)
        if record is None:
            self._date_changed()  # a record's own status stands until its date is changed

    def _date_changed(self) -> None:
        # A session in the past was most likely attended; one still to come is an invitation.
        if from_qdate(self.ui.dateEdit.date()) > clock.today():
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(enums.TrainingStatus.INVITED.value))

    def result_input(self):
        from cpo_desktop.services.register import TrainingInput

        ui = self.ui
        return TrainingInput(date=from_qdate(ui.dateEdit.date()), kind=ui.kindCombo.currentData(),
                             status=ui.statusCombo.currentData(), notes=ui.notesEdit.text().strip() or None)


class OfficerDialog(QDialog):
    def __init__(self, organisations: Sequence[str], people: Sequence[tuple[int, str]], data=None,
                 parent: QWidget | None = None, *, person_name: str = "") -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_officer_dialog import Ui_OfficerDialog

        self.ui = ui = Ui_OfficerDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        self.setWindowTitle("Add a Reporting Officer" if data is None else data.role)
        people = list(people)
        if data is not None and data.person_id is not None and all(pid != data.person_id for pid, _ in people):
            # The named officer has left the register's current people: still named until changed.
            people.append((data.person_id, f"{person_name or 'the present officer'} (former member)"))
        fill_people(ui.personCombo, people, data.person_id if data else None, blank="— the role only —")
        fill_organisations(ui.organisationCombo, organisations, data.organisation if data else None)
        for f in enums.ReportFrequency:
            ui.frequencyCombo.addItem(f.label, f.value)
        if data is not None:
            ui.roleEdit.setText(data.role)
            ui.reportsEdit.setPlainText(data.reports)
            ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findData(data.frequency))
            ui.notesEdit.setText(data.notes or "")
        else:
            ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findData(enums.ReportFrequency.ANNUAL.value))
        self.touched = data is not None
        ui.roleEdit.textEdited.connect(self._touch)
        ui.roleEdit.textChanged.connect(self.validate)
        self.validate()

    def _touch(self) -> None:
        self.touched = True
        self.validate()

    def validate(self) -> list[str]:
        problems = [] if self.ui.roleEdit.text().strip() else ["a reporting officer needs a role"]
        show_problems(self.ui.problemLabel, self.ok, problems if self.touched else [])
        self.ok.setEnabled(not problems)
        return problems

    def result_input(self):
        from cpo_desktop.services.officers import OfficerInput

        ui = self.ui
        return OfficerInput(role=ui.roleEdit.text().strip(), person_id=ui.personCombo.currentData(),
                            organisation=ui.organisationCombo.currentText().strip() or None,
                            reports=ui.reportsEdit.toPlainText().strip(), frequency=ui.frequencyCombo.currentData(),
                            notes=ui.notesEdit.text().strip() or None)




class SeatDialog(QDialog):
    """A seat's title, category, organisation, term (years or permanent), rotation group, whether it
    votes and counts towards the quorum, and where those rules come from."""

    TERMS = (("Not set", "none"), ("A fixed term", "years"), ("Permanent", "permanent"))

    def __init__(self, organisations: Sequence[str], groups: Sequence[str], taken: Sequence[str], data=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_seat_dialog import Ui_SeatDialog

        self.ui = ui = Ui_SeatDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        self.taken = {t.casefold() for t in taken if data is None or t.casefold() != data.title.casefold()}
        self.setWindowTitle("Add a Seat" if data is None else f"Edit the Seat {data.title}")
        ui.introLabel.setText("A seat from the board's terms of reference. Whether its holder votes and counts "
                              "towards the quorum is the board's rule: say where it comes from.")
        for c in enums.SeatCategory:
            ui.categoryCombo.addItem(c.label, c.value)
        fill_organisations(ui.organisationCombo, organisations, data.organisation if data else None)
        for label, value in self.TERMS:
            ui.termCombo.addItem(label, value)
        ui.rotationCombo.addItem("", None)
        for g in groups:
            ui.rotationCombo.addItem(g, g)
        data = data or _new_seat()
        ui.titleEdit.setText(data.title)
        ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(data.category)))
        term = "permanent" if data.permanent else "years" if data.term_years else "none"
        ui.termCombo.setCurrentIndex(ui.termCombo.findData(term))
        ui.termYearsSpin.setValue(data.term_years or 2)
        ui.rotationCombo.setEditText(data.rotation_group or "")
        ui.votingCheck.setChecked(data.voting)
        ui.quorumCheck.setChecked(data.counts_towards_quorum)
        ui.sourceEdit.setText(data.source or "")
        self.touched = bool(data.title)
        ui.titleEdit.textEdited.connect(self._touch)
        ui.titleEdit.textChanged.connect(self.validate)
        ui.termCombo.currentIndexChanged.connect(self.validate)
        self.validate()

    def _touch(self) -> None:
        self.touched = True
        self.validate()

    def validate(self) -> list[str]:
        ui = self.ui
        ui.termYearsSpin.setEnabled(ui.termCombo.currentData() == "years")
        title = " ".join(ui.titleEdit.text().split())
        problems = []
        if not title:
            problems.append("a seat needs a title")
        elif title.casefold() in self.taken:
            problems.append(f"the board already has a seat “{title}”: give this one a title of its own")
        show_problems(ui.problemLabel, self.ok, problems if self.touched else [])
        self.ok.setEnabled(not problems)
        return problems

    def result_input(self):
        from cpo_desktop.services.seats import SeatInput

        ui = self.ui
        term = ui.termCombo.currentData()
        return SeatInput(title=" ".join(ui.titleEdit.text().split()), category=ui.categoryCombo.currentData(),
                         organisation=ui.organisationCombo.currentText().strip() or None,
                         term_years=ui.termYearsSpin.value() if term == "years" else None,
                         permanent=term == "permanent", rotation_group=ui.rotationCombo.currentText().strip() or None,
                         voting=ui.votingCheck.isChecked(), counts_towards_quorum=ui.quorumCheck.isChecked(),
                         source=ui.sourceEdit.text().strip() or None)


def _new_seat():
    from cpo_desktop.services.seats import SeatInput

    return SeatInput(title="", category=enums.SeatCategory.PARTNER_AGENCY.value)


class RetireSeatDialog(QDialog):
    """The day a seat goes (today or before): whoever holds it then has their membership ended."""

    def __init__(self, seat: str, holder: str, since: dt.date | None, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_retire_seat_dialog import Ui_RetireSeatDialog

        self.ui = ui = Ui_RetireSeatDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Retire Seat")
        style_problem_label(ui.problemLabel)
        self.setWindowTitle(f"Retire the Seat {seat}")
        ended = (f" <b>{html.escape(holder)}</b>'s membership ends that day." if holder else "")
        ui.introLabel.setText(f"“{html.escape(seat)}” leaves the board's list of seats from the day you give.{ended} The seat "
                              "stays on the agendas, attendance and minutes it was on, and in the quorum of "
                              "meetings before that day. Undo puts it back.")
        ui.dateEdit.setMaximumDate(to_qdate(today))
        if since is not None:
            ui.dateEdit.setMinimumDate(to_qdate(since))
        ui.dateEdit.setDate(to_qdate(today))

    def date(self) -> dt.date:
        return from_qdate(self.ui.dateEdit.date())
