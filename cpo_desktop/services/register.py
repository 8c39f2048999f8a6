"""The membership register: people, appointments to seats, substitutes, leaving.

Every function is one transaction. Nothing minutes or attendance may refer to is deleted:
people are marked former and memberships ended.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from sqlmodel import Session, func, select

from cpo_desktop.errors import UserError
from cpo_desktop.model import enums
from cpo_desktop.model import register_rules as rules
from cpo_desktop.model.rules import person_name
from cpo_desktop.model.tables import Membership, Organisation, Person, Seat, TrainingRecord
from cpo_desktop.store.db import Store


class RegisterError(UserError, ValueError):
    """A change the register refuses, with the reason for the user. Nothing was saved."""


@dataclass
class PersonInput:
    first_name: str
    surname: str
    title: str | None = None
    preferred_name: str | None = None
    email: str | None = None
    phone: str | None = None
    organisation: str | None = None  # by name; created if new
    job_title: str | None = None
    is_young_person: bool = False
    consent_full_name: bool = False
    notes: str | None = None


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    first_name: str
    surname: str
    email: str | None
    organisation: str
    seats: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    young_person: bool = False
    former: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


def organisation_id(session: Session, name: str | None) -> int | None:
    """The organisation called ``name``, created if new; None for no name."""
    if not name or not name.strip():
        return None
    name = name.strip()
    org = session.exec(select(Organisation).where(func.lower(Organisation.name) == name.lower())).first()
    if org is None:
        org = Organisation(name=name)
        session.add(org)
        session.flush()
    return org.id


def _apply(session: Session, person: Person, data: PersonInput) -> None:
    problems = rules.person_problems(data.first_name, data.surname, data.email)
    if problems:
        raise RegisterError("; ".join(problems).capitalize() + ".")
    person.first_name = data.first_name.strip()
    person.surname = data.surname.strip()
    person.title = (data.title or "").strip() or None
    person.preferred_name = (data.preferred_name or "").strip() or None
    person.email = (data.email or "").strip() or None
    person.phone = (data.phone or "").strip() or None
    person.organisation_id = organisation_id(session, data.organisation)
    person.job_title = (data.job_title or "").strip() or None
    person.is_young_person = data.is_young_person
    person.consent_full_name = data.consent_full_name
    person.notes = data.notes


def add_person(store: Store, data: PersonInput) -> int:
    with store.session() as session:
        person = Person(first_name="", surname="")
        _apply(session, person, data)
        session.add(person)
        session.flush()
        return person.id


def update_person(store: Store, person_id: int, data: PersonInput) -> None:
    with store.session() as session:
        person = _get(session, Person, person_id, "person")
        _apply(session, person, data)


def _get(session: Session, table, ident: int, what: str):
    row = session.get(table, ident)
    if row is None:
        raise RegisterError(f"There is no {what} with id {ident}.")
    return row


def appoint(store: Store, person_id: int, seat_id: int, start: dt.date, *, end: dt.date | None = None,
            appointed_by: str | None = None, substitute_id: int | None = None) -> int:
    """Put a person in a seat from ``start``; a fixed-term seat gets its term's end by default."""
    with store.session() as session:
        person = _get(session, Person, person_id, "person")
        seat = _get(session, Seat, seat_id, "seat")
        if person.former:
            raise RegisterError(f"{person.first_name} {person.surname} is marked as a former member; "
                                "bring them back before appointing them.")
        if seat.former:
            raise RegisterError(f"The seat “{seat.title}” is no longer on the board.")
        end = end or rules.term_end(start, seat.term_years)
        if end is not None and end < start:
            raise RegisterError("A membership cannot end before it starts.")
        if (conflict := seat_conflict(session, seat, start, end)) is not None:
            raise RegisterError(conflict)
        if substitute_id is not None:
            _check_substitute(session, person_id, substitute_id)
        membership = Membership(person_id=person_id, seat_id=seat_id, start_date=start, end_date=end,
                                appointed_by=appointed_by, term_years=seat.term_years, substitute_id=substitute_id)
        session.add(membership)
        session.flush()
        return membership.id


def seat_conflict(session: Session, seat: Seat, start: dt.date, end: dt.date | None) -> str | None:
    """Why ``seat`` cannot take a new holder from ``start`` to ``end``: one holder at a time."""
    for other in session.exec(select(Membership).where(Membership.seat_id == seat.id)):
        if rules.overlaps(start, end, other.start_date, other.end_date):
            holder = session.get(Person, other.person_id)
            return (f"The seat “{seat.title}” is held by {holder.first_name} {holder.surname} from "
                    f"{other.start_date:%d/%m/%Y}" + (f" to {other.end_date:%d/%m/%Y}" if other.end_date else "")
                    + "; end that membership first.")
    return None


def _check_substitute(session: Session, person_id: int, substitute_id: int) -> None:
    if substitute_id == person_id:
        raise RegisterError("A member cannot be their own substitute.")
    substitute = _get(session, Person, substitute_id, "person")
    if substitute.former:
        raise RegisterError(f"{substitute.first_name} {substitute.surname} is a former member.")


def end_membership(store: Store, membership_id: int, end: dt.date) -> None:
    with store.session() as session:
        membership = _get(session, Membership, membership_id, "membership")
        if end < membership.start_date:
            raise RegisterError("A membership cannot end before it starts.")
        membership.end_date = end


def set_substitute(store: Store, membership_id: int, substitute_id: int | None) -> None:
    with store.session() as session:
        membership = _get(session, Membership, membership_id, "membership")
        if substitute_id is not None:
            _check_substitute(session, membership.person_id, substitute_id)
        membership.substitute_id = substitute_id


def mark_former(store: Store, person_id: int, *, on: dt.date | None = None) -> int:
    """Mark a person former, ending their open memberships on ``on`` (default today).

    Returns how many memberships were ended. Their history stays.
    """
    on = on or dt.date.today()
    with store.session() as session:
        person = _get(session, Person, person_id, "person")
        ended = 0
        for m in session.exec(select(Membership).where(Membership.person_id == person_id)):
            if m.end_date is None or m.end_date > on:
                m.end_date = max(on, m.start_date)
                ended += 1
        person.former = True
        return ended


def delete_person(store: Store, person_id: int) -> None:
    """Only for someone entered by mistake: anyone with history is marked former instead."""
    with store.session() as session:
        person = _get(session, Person, person_id, "person")
        has_history = (
            session.exec(select(Membership).where((Membership.person_id == person_id)
                                                  | (Membership.substitute_id == person_id))).first()
            or session.exec(select(TrainingRecord).where(TrainingRecord.person_id == person_id)).first())
        if has_history:
            raise RegisterError(f"{person.first_name} {person.surname} has a history on the board and cannot be "
                                "deleted; mark them as a former member instead.")
        session.delete(person)


def list_members(store: Store, *, current: bool = False, category: str | None = None,
                 today: dt.date | None = None) -> list[MemberRow]:
    today = today or dt.date.today()
    if category is not None:
        try:
            category = enums.SeatCategory(category).value
        except ValueError:
            raise RegisterError(f"Unknown category “{category}”; use one of: "
                                + ", ".join(c.value for c in enums.SeatCategory) + ".") from None
    with store.session() as session:
        orgs = {o.id: o.name for o in session.exec(select(Organisation))}
        seats = {s.id: s for s in session.exec(select(Seat))}
        held: dict[int, list[Seat]] = {}
        for m in session.exec(select(Membership).order_by(Membership.start_date)):
            if rules.is_current(m.start_date, m.end_date, today):
                held.setdefault(m.person_id, []).append(seats[m.seat_id])
        rows = []
        for p in session.exec(select(Person).order_by(Person.surname, Person.first_name)):
            mine = held.get(p.id, [])
            if current and (p.former or not mine):
                continue
            if category and not any(s.category == category for s in mine):
                continue
            rows.append(MemberRow(
                id=p.id, name=person_name(p, public=False),
                first_name=p.first_name, surname=p.surname, email=p.email,
                organisation=orgs.get(p.organisation_id, ""), seats=[s.title for s in mine],
                categories=sorted({enums.SeatCategory(s.category).label for s in mine}),
                young_person=p.is_young_person, former=p.former))
        return rows
