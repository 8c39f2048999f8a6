"""Reporting officers: the roles (and, when known, the people) who report to the board."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from cpo_desktop.errors import sentence
from cpo_desktop.model import enums
from cpo_desktop.model.rules import person_name
from cpo_desktop.model.tables import Organisation, Person, ReportingOfficer
from cpo_desktop.model.text_rules import control_problems
from cpo_desktop.services.register import RegisterError, organisation_id
from cpo_desktop.store.db import Store


@dataclass(frozen=True)
class OfficerRow:
    id: int
    role: str
    person_id: int | None
    person: str
    organisation: str
    reports: str
    frequency: str  # the enum value
    frequency_label: str
    notes: str | None
    former: bool

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass
class OfficerInput:
    role: str
    person_id: int | None = None
    organisation: str | None = None
    reports: str = ""
    frequency: str = enums.ReportFrequency.AS_REQUESTED.value
    notes: str | None = None


def list_officers(store: Store, *, include_former: bool = True) -> list[OfficerRow]:
    with store.session() as session:
        orgs = {o.id: o.name for o in session.exec(select(Organisation))}
        rows = []
        for o in session.exec(select(ReportingOfficer).order_by(ReportingOfficer.sort_order, ReportingOfficer.id)):
            if o.former and not include_former:
                continue
            person = session.get(Person, o.person_id) if o.person_id else None
            rows.append(OfficerRow(
                id=o.id, role=o.role, person_id=o.person_id,
                person=person_name(person, public=False) if person else "",
                organisation=orgs.get(o.organisation_id, ""), reports=o.reports, frequency=o.frequency,
                frequency_label=enums.ReportFrequency(o.frequency).label, notes=o.notes, former=o.former))
        return rows


def _apply(session, officer: ReportingOfficer, data: OfficerInput) -> None:
    if not data.role.strip():
        raise RegisterError("A reporting officer needs a role.")
    if problems := control_problems({"the role": data.role, "the list of reports": data.reports,
                                     "the note": data.notes}):
        raise RegisterError(sentence(problems))
    try:
        officer.frequency = enums.ReportFrequency(data.frequency).value
    except ValueError:
        raise RegisterError(f"Unknown frequency “{data.frequency}”.") from None
    if data.person_id is not None and session.get(Person, data.person_id) is None:
        raise RegisterError(f"There is no person with id {data.person_id}.")
    officer.role = data.role.strip()
    officer.person_id = data.person_id
    officer.organisation_id = organisation_id(session, data.organisation)
    officer.reports = data.reports.strip()
    officer.notes = (data.notes or "").strip() or None


def add_officer(store: Store, data: OfficerInput) -> int:
    with store.session() as session:
        last = max((o.sort_order for o in session.exec(select(ReportingOfficer))), default=0)
        officer = ReportingOfficer(role="", sort_order=last + 1)
        _apply(session, officer, data)
        session.add(officer)
        session.flush()
        return officer.id


def update_officer(store: Store, officer_id: int, data: OfficerInput) -> None:
    with store.session() as session:
        officer = session.get(ReportingOfficer, officer_id)
        if officer is None:
            raise RegisterError(f"There is no reporting officer with id {officer_id}.")
        _apply(session, officer, data)


def set_officer_former(store: Store, officer_id: int, former: bool) -> None:
    """Officers are never deleted: the minutes name who presented."""
    with store.session() as session:
        officer = session.get(ReportingOfficer, officer_id)
        if officer is None:
            raise RegisterError(f"There is no reporting officer with id {officer_id}.")
        officer.former = former


def officer_input(store: Store, officer_id: int) -> OfficerInput:
    """The officer as the edit form shows it (also what undo puts back)."""
    with store.session() as session:
        o = session.get(ReportingOfficer, officer_id)
        if o is None:
            raise RegisterError(f"There is no reporting officer with id {officer_id}.")
        org = session.get(Organisation, o.organisation_id) if o.organisation_id else None
        return OfficerInput(role=o.role, person_id=o.person_id, organisation=org.name if org else None,
                            reports=o.reports, frequency=o.frequency, notes=o.notes)


@dataclass(frozen=True)
class OfficerState:
    """One reporting officer's row at a moment (None: not there), for undo and redo."""

    officer_id: int
    row: dict | None


def capture(store: Store, officer_id: int) -> OfficerState:
    with store.session() as session:
        officer = session.get(ReportingOfficer, officer_id)
        return OfficerState(officer_id, officer.model_dump() if officer else None)


def restore(store: Store, state: OfficerState) -> None:
    with store.session() as session:
        if state.row is None:
            officer = session.get(ReportingOfficer, state.officer_id)
            if officer is not None:
                session.delete(officer)  # only ever an officer added by the change being undone
            return
        session.merge(ReportingOfficer(**state.row))
