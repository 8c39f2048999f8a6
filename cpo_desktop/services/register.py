"""The membership register: people, appointments to seats, substitutes, leaving.

Every function is one transaction. Nothing minutes or attendance may refer to is deleted:
people are marked former and memberships ended.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model import enums
from cpo_desktop.model import register_rules as rules
from cpo_desktop.model.rules import display_name, person_name
from cpo_desktop.model.tables import Membership, Organisation, Person, Seat, TrainingRecord
from cpo_desktop.model.text_rules import control_problem
from cpo_desktop.services.bulk import collector_paused
from cpo_desktop.store.db import Store


class RegisterError(UserError, ValueError):
    """A change the register refuses, with the reason for the user. Nothing was saved."""


class PersonHasHistory(RegisterError):
    """Refused to delete someone with a history or a place in the board's record: mark them
    former instead."""


def find_person(store: Store, ref: str | int, error: type[UserError] = RegisterError) -> int:
    """A person's id, from their id or their e-mail address (any case, any spaces around it), as the
    commands that take a person (``packs induction``, ``training invite``) accept them; ``error``:
    the caller's error type for a person not found."""
    text = str(ref).strip()
    with store.session(write=False) as session:
        if isinstance(ref, int) or text.isdigit():
            if session.get(Person, int(text)) is None:
                raise error(f"There is no person with id {text}.", cli="cpo-desktop members list",
                            cli_form=f"There is no person with id {text}; `cpo-desktop members list` shows the ids.")
            return int(text)
        if "@" not in text:
            raise error(f"“{text}” is neither a person's id nor an e-mail address; give their id, or their e-mail.",
                        cli="cpo-desktop members list",
                        cli_form=f"“{text}” is neither a person's id nor an e-mail address; give the id from "
                                 "`cpo-desktop members list`, or their e-mail.")
        # Compared in Python: SQLite's lower() folds only ASCII.
        ids = [pid for pid, email in session.exec(select(Person.id, Person.email).where(Person.email != None))  # noqa: E711
               if email.strip().casefold() == text.casefold()]
    if not ids:
        raise error(f"No one in the register has the e-mail address {text}.")
    if len(ids) > 1:
        raise error(f"{len(ids)} people in the register have the e-mail address {text}; give the id instead.",
                    cli="cpo-desktop members list")
    return ids[0]


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
    # Elected members (every councillor is a corporate parent, board member or not).
    is_councillor: bool = False
    party: str | None = None
    ward: str | None = None
    on_scrutiny: bool = False  # a member of the Children's Overview and Scrutiny Committee


PARTY_LIMIT = 100  # a party's or a ward's name


@dataclass(slots=True)
class MemberRow:
    """A person in the register table: who they are and what they hold today."""

    id: int
    name: str
    first_name: str
    surname: str
    email: str | None
    organisation: str
    seats: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)  # labels of the seats held today
    young_person: bool = False
    former: bool = False
    phone: str | None = None
    job_title: str | None = None
    term_ends: dt.date | None = None  # the soonest end of a term held today
    needs_training: bool = False  # a councillor without corporate parenting training this municipal year
    category_values: tuple[str, ...] = ()
    is_councillor: bool = False
    party: str | None = None
    ward: str | None = None
    on_scrutiny: bool = False  # on the Children's Overview and Scrutiny Committee

    @property
    def status(self) -> str:
        if self.former:
            return "Former"
        return "Current" if self.seats else "Not seated"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["term_ends"] = self.term_ends.isoformat() if self.term_ends else None
        data["category_values"] = list(self.category_values)
        data["status"] = self.status
        return data


def organisation_id(session: Session, name: str | None) -> int | None:
    """The organisation called ``name``, created if new; None for no name."""
    if not name or not name.strip():
        return None
    if (problem := control_problem(name, "the organisation's name")) is not None:
        raise RegisterError(sentence([problem]))
    name = name.strip()
    # Compared in Python: SQLite's lower() folds only ASCII, and "École" must meet "ÉCOLE".
    key = name.casefold()
    org = next((o for o in session.exec(select(Organisation).order_by(Organisation.id))
                if o.name.casefold() == key), None)
    if org is None:
        org = Organisation(name=name)
        session.add(org)
        session.flush()
    return org.id


def organisation_names(store: Store) -> list[str]:
    with store.session() as session:
        return sorted(session.exec(select(Organisation.name).where(Organisation.former == False)).all(),  # noqa: E712
                      key=str.casefold)


def _apply(session: Session, person: Person, data: PersonInput) -> None:
    problems = rules.person_problems(data.first_name, data.surname, data.email, {
        "the title": data.title, "the preferred name": data.preferred_name, "the phone number": data.phone,
        "the organisation": data.organisation, "the job title": data.job_title, "the note": data.notes,
        "the party": data.party, "the ward": data.ward})
    for what, text in (("party", data.party), ("ward", data.ward)):
        if len((text or "").strip()) > PARTY_LIMIT:
            problems.append(f"the {what}'s name is longer than {PARTY_LIMIT} characters")
    if problems:
        raise RegisterError(sentence(problems))
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
    person.notes = (data.notes or "").strip() or None
    person.is_councillor = data.is_councillor
    person.party = " ".join((data.party or "").split()) or None
    person.ward = " ".join((data.ward or "").split()) or None
    person.on_scrutiny = data.on_scrutiny


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
    if (problem := control_problem(appointed_by, "who appointed them")) is not None:
        raise RegisterError(sentence([problem]))
    with store.session() as session:
        person = _get(session, Person, person_id, "person")
        seat = _get(session, Seat, seat_id, "seat")
        if person.former:
            raise RegisterError(f"{person.first_name} {person.surname} is marked as a former member; "
                                "bring them back before appointing them.")
        if seat.former:
            raise RegisterError(f"The seat “{seat.title}” is no longer on the board.")
        if seat.category == enums.SeatCategory.YOUNG_PERSON and not person.is_young_person:
            # The privacy rule in public papers hangs on this flag: never let the two disagree.
            raise RegisterError(f"“{seat.title}” is a care-experienced young person's seat, and "
                                f"{person.first_name} {person.surname} is not recorded as a care-experienced "
                                "young person; tick that in their details first.")
        end = end or rules.term_end(start, seat.term_years)
        if end is not None and end < start:
            raise RegisterError("A membership cannot end before it starts.")
        if (conflict := seat_conflict(session, seat, start, end)) is not None:
            raise RegisterError(conflict)
        if substitute_id is not None:
            _check_substitute(session, person_id, substitute_id)
        if seat.category == enums.SeatCategory.ELECTED_MEMBER:
            person.is_councillor = True  # only a councillor can hold an elected member's seat
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
            return held_by(seat.title, holder.first_name, holder.surname, other.start_date, other.end_date)
    return None


def held_by(seat_title: str, first: str, surname: str, start: dt.date, end: dt.date | None) -> str:
    """Why a seat cannot take another holder, in the words the register and the import both use."""
    return (f"The seat “{seat_title}” is held by {first} {surname} from {dates.short(start)}"
            + (f" to {dates.short(end)}" if end else "") + "; end that membership first.")


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
        if substitute_id == membership.substitute_id:
            return  # as it is (a substitute who has left since stays until someone else is named)
        if substitute_id is not None:
            _check_substitute(session, membership.person_id, substitute_id)
        membership.substitute_id = substitute_id


def mark_former(store: Store, person_id: int, *, on: dt.date | None = None) -> int:
    """Mark a person former, ending their open memberships on ``on`` (default today).

    Returns how many memberships were ended. Their history stays.
    """
    on = clock.or_today(on)
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
            raise PersonHasHistory(f"{person.first_name} {person.surname} has a history on the board and cannot be "
                                "deleted; mark them as a former member instead.")
        from cpo_desktop.services.minutes import person_in_record

        where = person_in_record(session, person_id)
        if where:
            raise PersonHasHistory(f"{person.first_name} {person.surname} appears in {where}, which is part of the "
                                "board's record, so cannot be deleted; mark them as a former member instead.")
        session.delete(person)


def _category_value(category: str | None) -> str | None:
    if category is None:
        return None
    try:
        return enums.SeatCategory(category).value
    except ValueError:
        raise RegisterError(f"Unknown category “{category}”; use one of: "
                            + ", ".join(c.value for c in enums.SeatCategory) + ".") from None


def _attended_cp_training(session: Session) -> dict[int, list[dt.date]]:
    attended: dict[int, list[dt.date]] = {}
    for person_id, day in session.exec(select(TrainingRecord.person_id, TrainingRecord.date).where(
            TrainingRecord.kind == enums.TrainingKind.CORPORATE_PARENTING_TRAINING,
            TrainingRecord.status == enums.TrainingStatus.ATTENDED)):
        attended.setdefault(person_id, []).append(day)
    return attended


def list_members(store: Store, *, current: bool = False, category: str | None = None,
                 today: dt.date | None = None) -> list[MemberRow]:
    with collector_paused():
        return _list_members(store, current=current, category=category, today=today)


def _list_members(store: Store, *, current: bool, category: str | None, today: dt.date | None) -> list[MemberRow]:
    """Everyone in the register, by surname, with the seats they hold on ``today``.

    Reads plain columns rather than ORM objects: the register view opens on this, and a
    council's register with years of history has thousands of people.
    """
    today = clock.or_today(today)
    category = _category_value(category)
    elected = enums.SeatCategory.ELECTED_MEMBER.value
    with store.session() as session:
        orgs = dict(session.exec(select(Organisation.id, Organisation.name)).all())
        seats = {sid: (title, cat) for sid, title, cat in session.exec(select(Seat.id, Seat.title, Seat.category))}
        held: dict[int, list[tuple[str, str, dt.date | None]]] = {}
        for person_id, seat_id, start, end in session.exec(
                select(Membership.person_id, Membership.seat_id, Membership.start_date, Membership.end_date)
                .where(Membership.start_date <= today,
                       (Membership.end_date == None) | (Membership.end_date >= today))  # noqa: E711
                .order_by(Membership.start_date)):
            title, cat = seats[seat_id]
            held.setdefault(person_id, []).append((title, cat, end))
        attended = _attended_cp_training(session)
        people = session.exec(select(
            Person.id, Person.title, Person.first_name, Person.surname, Person.preferred_name, Person.email,
            Person.phone, Person.organisation_id, Person.job_title, Person.is_young_person,
            Person.consent_full_name, Person.former, Person.is_councillor, Person.party, Person.ward,
            Person.on_scrutiny).order_by(Person.surname, Person.first_name)).all()
    labels = {c.value: c.label for c in enums.SeatCategory}
    needs = rules.needs_corporate_parenting_training
    rows = []
    # Plain tuples, unpacked: attribute access on thousands of result rows is what costs here.
    for (pid, title, first, surname, preferred, email, phone, org_id, job, young, consent, former,
         councillor, party, ward, scrutiny) in people:
        mine = held.get(pid, ())
        if current and (former or not mine):
            continue
        cats = tuple(sorted({cat for _, cat, _ in mine})) if mine else ()
        if category and category not in cats:
            continue
        ends = [end for _, _, end in mine if end is not None]
        rows.append(MemberRow(
            pid, display_name(first, surname, young_person=young, consent_full_name=consent, public=False,
                              preferred_name=preferred, title=title),
            first, surname, email, orgs.get(org_id, ""), [t for t, _, _ in mine], [labels[c] for c in cats],
            young, former, phone, job, min(ends) if ends else None,
            # Every councillor must be trained, board member or not.
            not former and needs(councillor or elected in cats, attended.get(pid, ()), today), cats,
            bool(councillor), party, ward, bool(scrutiny)))
    return rows


# --- one person's record ------------------------------------------------------------------------

@dataclass(frozen=True)
class MembershipRow:
    id: int
    seat_id: int
    seat: str
    category: str
    start_date: dt.date
    end_date: dt.date | None
    appointed_by: str | None
    substitute_id: int | None
    substitute: str
    current: bool
    ending_soon: bool


@dataclass(frozen=True)
class TrainingRow:
    id: int
    date: dt.date
    kind: str
    kind_label: str
    status: str
    notes: str | None


@dataclass(frozen=True)
class PersonDetail:
    id: int
    data: PersonInput
    former: bool
    memberships: list[MembershipRow]
    training: list[TrainingRow]
    needs_training: bool

    @property
    def name(self) -> str:
        return f"{self.data.first_name} {self.data.surname}"


TRAINING_LABELS = {
    enums.TrainingKind.INDUCTION: "Induction",
    enums.TrainingKind.CORPORATE_PARENTING_TRAINING: "Corporate parenting training",
    enums.TrainingKind.OTHER: "Other training",
    enums.TrainingKind.INDUCTION_PACK: "Induction pack",
}


def person_detail(store: Store, person_id: int, *, today: dt.date | None = None) -> PersonDetail:
    today = clock.or_today(today)
    with store.session() as session:
        p = _get(session, Person, person_id, "person")
        org = session.get(Organisation, p.organisation_id) if p.organisation_id else None
        seats = {s.id: s for s in session.exec(select(Seat))}
        memberships = []
        for m in session.exec(select(Membership).where(Membership.person_id == person_id)
                              .order_by(Membership.start_date.desc())):
            sub = session.get(Person, m.substitute_id) if m.substitute_id else None
            memberships.append(MembershipRow(
                id=m.id, seat_id=m.seat_id, seat=seats[m.seat_id].title,
                category=enums.SeatCategory(seats[m.seat_id].category).label, start_date=m.start_date,
                end_date=m.end_date, appointed_by=m.appointed_by, substitute_id=m.substitute_id,
                substitute=person_name(sub, public=False) if sub else "",
                current=rules.is_current(m.start_date, m.end_date, today),
                ending_soon=rules.is_current(m.start_date, m.end_date, today) and rules.ends_within(m.end_date, today)))
        training = [TrainingRow(id=t.id, date=t.date, kind=t.kind, kind_label=TRAINING_LABELS[t.kind],
                                status=t.status.capitalize(), notes=t.notes)
                    for t in session.exec(select(TrainingRecord).where(TrainingRecord.person_id == person_id)
                                          .order_by(TrainingRecord.date.desc()))]
        elected = p.is_councillor or any(m.current and seats[m.seat_id].category == enums.SeatCategory.ELECTED_MEMBER
                                         for m in memberships)
        attended = [t.date for t in training if t.kind == enums.TrainingKind.CORPORATE_PARENTING_TRAINING
                    and t.status.lower() == enums.TrainingStatus.ATTENDED]
        data = PersonInput(first_name=p.first_name, surname=p.surname, title=p.title,
                           preferred_name=p.preferred_name, email=p.email, phone=p.phone,
                           organisation=org.name if org else None, job_title=p.job_title,
                           is_young_person=p.is_young_person, consent_full_name=p.consent_full_name, notes=p.notes,
                           is_councillor=p.is_councillor, party=p.party, ward=p.ward, on_scrutiny=p.on_scrutiny)
        return PersonDetail(id=p.id, data=data, former=p.former, memberships=memberships, training=training,
                            needs_training=not p.former and rules.needs_corporate_parenting_training(
                                elected, attended, today))


def bring_back(store: Store, person_id: int) -> None:
    """Undo "mark former" for someone who returns: their history is as it was."""
    with store.session() as session:
        _get(session, Person, person_id, "person").former = False


# --- training ---------------------------------------------------------------------------------

@dataclass
class TrainingInput:
    date: dt.date
    kind: str = enums.TrainingKind.CORPORATE_PARENTING_TRAINING.value
    status: str = enums.TrainingStatus.INVITED.value
    notes: str | None = None


def _apply_training(record: TrainingRecord, data: TrainingInput) -> None:
    try:
        record.kind = enums.TrainingKind(data.kind).value
        record.status = enums.TrainingStatus(data.status).value
    except ValueError as exc:
        raise RegisterError(f"Unknown training kind or status: {exc}.") from None
    if (problem := control_problem(data.notes, "the note")) is not None:
        raise RegisterError(sentence([problem]))
    record.date = data.date
    record.notes = (data.notes or "").strip() or None


def add_training(store: Store, person_id: int, data: TrainingInput) -> int:
    with store.session() as session:
        _get(session, Person, person_id, "person")
        record = TrainingRecord(person_id=person_id, date=data.date, kind=data.kind)
        _apply_training(record, data)
        session.add(record)
        session.flush()
        return record.id


def update_training(store: Store, training_id: int, data: TrainingInput) -> None:
    with store.session() as session:
        _apply_training(_get(session, TrainingRecord, training_id, "training record"), data)


def remove_training(store: Store, training_id: int) -> None:
    """For a record entered by mistake; nothing else refers to training records."""
    with store.session() as session:
        session.delete(_get(session, TrainingRecord, training_id, "training record"))


def training_person(store: Store, training_id: int) -> int:
    with store.session() as session:
        return _get(session, TrainingRecord, training_id, "training record").person_id


def membership_person(store: Store, membership_id: int) -> int:
    with store.session() as session:
        return _get(session, Membership, membership_id, "membership").person_id


# --- undo: a person's whole record before and after a change -----------------------------------

@dataclass(frozen=True)
class PersonState:
    """A person's row, memberships and training as they were at one moment.

    Every register change touches one person's record, so undo and redo put that record
    back as captured: ids are kept, so later changes that refer to them still apply.
    """

    person_id: int
    person: dict | None
    memberships: tuple[dict, ...]
    training: tuple[dict, ...]


def capture(store: Store, person_id: int) -> PersonState:
    with store.session() as session:
        person = session.get(Person, person_id)
        memberships = session.exec(select(Membership).where(Membership.person_id == person_id)).all()
        training = session.exec(select(TrainingRecord).where(TrainingRecord.person_id == person_id)).all()
        return PersonState(person_id, person.model_dump() if person else None,
                           tuple(m.model_dump() for m in memberships), tuple(t.model_dump() for t in training))


def restore(store: Store, state: PersonState) -> None:
    """Put one person's record back exactly as ``state`` captured it, in one transaction."""
    from sqlalchemy.exc import IntegrityError

    try:
        with store.session() as session:
            for table, rows in ((TrainingRecord, state.training), (Membership, state.memberships)):
                keep = {r["id"] for r in rows}
                for row in session.exec(select(table).where(table.person_id == state.person_id)):
                    if row.id not in keep:
                        session.delete(row)
            session.flush()
            if state.person is None:
                person = session.get(Person, state.person_id)
                if person is not None:
                    session.delete(person)
                return
            session.merge(Person(**state.person))
            session.flush()
            for table, rows in ((Membership, state.memberships), (TrainingRecord, state.training)):
                for row in rows:
                    session.merge(table(**row))
                session.flush()
    except IntegrityError as exc:
        raise RegisterError("That change cannot be undone any more: the record is now used elsewhere.") from exc
