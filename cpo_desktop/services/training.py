"""Training for every councillor: sessions as events, attendance in one step, and who is not trained.

"Mandatory Elected Members Corporate Parent Training – 4 sessions offered per annum" (000) is for
all elected members, board members or not. A session is an event (date, time, kind, venue); adding
it with its invitees (every councillor, the board's members, or people chosen one by one) gives each
invitee a training record ("invited") tied to the session, and recording attendance sets many
people's records at once (attended, apologies, absent). "Not trained this municipal year" is every
current councillor without an attended corporate parenting record dated in that year (May to
April), and each of them can be sent a reminder draft (.eml, never sent) listing the next sessions.

Every function is one transaction; a refusal is a TrainingError and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlmodel import Session, func, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import sentence
from cpo_desktop.model import enums
from cpo_desktop.model import register_rules as rules
from cpo_desktop.model.rules import municipal_year_label, municipal_year_start, person_name, salutation
from cpo_desktop.model.tables import Membership, Person, Seat, TrainingRecord, TrainingSession
from cpo_desktop.model.text_rules import control_problems
from cpo_desktop.services import register as register_svc
from cpo_desktop.services.register import TRAINING_LABELS, RegisterError
from cpo_desktop.store.db import Store

ALL_COUNCILLORS = "all-councillors"
BOARD = "board"
CHOSEN = "people"  # people chosen one by one
INVITED_LABELS = {ALL_COUNCILLORS: "All councillors", BOARD: "Board members", CHOSEN: "Chosen people"}
# What a session can be (an induction pack is handed over, not a session).
SESSION_KINDS = tuple(k for k in enums.TrainingKind if k is not enums.TrainingKind.INDUCTION_PACK)
# What attendance can be recorded as (and "invited" again, to take a record back).
ATTENDANCE = (enums.TrainingStatus.ATTENDED, enums.TrainingStatus.APOLOGIES, enums.TrainingStatus.ABSENT)
TEXT_LIMIT = 200
CP = enums.TrainingKind.CORPORATE_PARENTING_TRAINING.value


class TrainingError(RegisterError):
    """A training change refused, with the reason. Nothing was saved."""


@dataclass
class SessionInput:
    date: dt.date
    kind: str = CP
    start_time: dt.time | None = None
    title: str = ""
    venue: str = ""
    notes: str | None = None


@dataclass(frozen=True)
class SessionRow:
    id: int
    date: dt.date
    start_time: dt.time | None
    kind: str
    kind_label: str
    title: str
    venue: str
    invited: str  # all-councillors, board or people
    invited_label: str
    invitees: int
    attended: int
    apologies: int
    absent: int
    cancelled: bool
    notes: str | None = None

    @property
    def heading(self) -> str:
        """"Corporate parenting training, Thursday 3 December 2026 at 17:30" (its title, if it has one)."""
        when = dates.long(self.date) + (f" at {self.start_time:%H:%M}" if self.start_time else "")
        return f"{self.title or self.kind_label}, {when}"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["date"] = self.date.isoformat()
        data["start_time"] = self.start_time.strftime("%H:%M") if self.start_time else None
        return data


@dataclass(frozen=True)
class InviteeRow:
    person_id: int
    name: str
    record_id: int
    status: str
    is_councillor: bool
    party: str | None
    email: str | None


@dataclass(frozen=True)
class SessionDetail:
    session: SessionRow
    invitees: list[InviteeRow]


@dataclass(frozen=True)
class GapRow:
    """A councillor with no corporate parenting training attended in the municipal year."""

    person_id: int
    name: str
    party: str | None
    ward: str | None
    email: str | None
    on_board: bool  # holds a seat on the board today
    last_attended: dt.date | None  # their latest corporate parenting training attended, any year
    invited_to: tuple[dt.date, ...] = field(default_factory=tuple)  # sessions to come they are invited to
    salutation: str = ""  # how a reminder greets them: "Cllr Ashworth"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["last_attended"] = self.last_attended.isoformat() if self.last_attended else None
        data["invited_to"] = [d.isoformat() for d in self.invited_to]
        return data


# --- finding things --------------------------------------------------------------------------------

def find_person(store: Store, ref: str | int) -> int:
    """A person by id, or by e-mail address (any case): ``register.find_person``."""
    return register_svc.find_person(store, ref, TrainingError)


def find_session(store: Store, ref: str | int) -> int:
    """A session by id, or by its date (31/01/2027 or 2027-01-31) when only one falls that day."""
    from cpo_desktop.model.rules import parse_date

    text = str(ref).strip()
    with store.session(write=False) as session:
        if isinstance(ref, int) or text.isdigit():
            if session.get(TrainingSession, int(text)) is None:
                raise TrainingError(f"There is no training session with id {text}.", cli="cpo-desktop training sessions")
            return int(text)
        try:
            day = parse_date(text)
        except ValueError:
            raise TrainingError(f"“{text}” is neither a session's id nor a date.",
                                cli="cpo-desktop training sessions") from None
        ids = list(session.exec(select(TrainingSession.id).where(TrainingSession.date == day)))
        if len(ids) != 1:
            raise TrainingError(f"{'No' if not ids else len(ids)} training session{'s' if len(ids) != 1 else ''} on "
                                f"{dates.short(day)}; give the session's id.", cli="cpo-desktop training sessions")
        return ids[0]


def _get(session: Session, session_id: int) -> TrainingSession:
    row = session.get(TrainingSession, session_id)
    if row is None:
        raise TrainingError(f"There is no training session with id {session_id}.")
    return row


def kind_value(text: str) -> str:
    """A session's kind given as its value or its label, in any case."""
    wanted = " ".join(str(text).casefold().replace("_", " ").replace("-", " ").split())
    for kind in SESSION_KINDS:
        if wanted in (kind.value.replace("_", " "), TRAINING_LABELS[kind].casefold()):
            return kind.value
    raise TrainingError(f"Unknown kind of training “{text}”: choose one of "
                        + ", ".join(k.value for k in SESSION_KINDS) + ".")


# --- who is invited ----------------------------------------------------------------------------------

def _councillors(session: Session) -> list[int]:
    """Every current councillor (not former)."""
    return list(session.exec(select(Person.id).where(Person.is_councillor == True, Person.former == False)  # noqa: E712
                             .order_by(Person.surname, Person.first_name)))


def _board(session: Session, day: dt.date) -> list[int]:
    """Whoever holds a seat on the board on ``day`` (not former)."""
    held = set(session.exec(select(Membership.person_id).where(
        Membership.start_date <= day, (Membership.end_date == None) | (Membership.end_date >= day))))  # noqa: E711
    return [pid for pid, former in session.exec(select(Person.id, Person.former).where(Person.id.in_(held))
                                                 .order_by(Person.surname, Person.first_name)) if not former]


def invitees(store: Store, invite: str | Sequence[int], day: dt.date, *, today: dt.date | None = None) -> list[int]:
    """The people ``invite`` names for a session on ``day``: every current councillor, the board's
    members (who hold a seat on the day, or today for a session still to come), or the ids given."""
    today = clock.or_today(today)
    with store.session(write=False) as session:
        return _invitees(session, invite, min(day, today))


def _invitees(session: Session, invite: str | Sequence[int], day: dt.date) -> list[int]:
    if invite == ALL_COUNCILLORS:
        return _councillors(session)
    if invite == BOARD:
        return _board(session, day)
    if isinstance(invite, str):
        raise TrainingError(f"Invite “{invite}”: say {ALL_COUNCILLORS}, {BOARD}, or the people chosen.")
    chosen = list(dict.fromkeys(invite))
    for pid in chosen:
        person = session.get(Person, pid)
        if person is None:
            raise TrainingError(f"There is no person with id {pid}.")
        if person.former:
            raise TrainingError(f"{person.first_name} {person.surname} is a former member; bring them back first.")
    return chosen


# --- sessions --------------------------------------------------------------------------------------

def _apply(row: TrainingSession, data: SessionInput) -> None:
    problems = control_problems({"the title": data.title, "the venue": data.venue, "the note": data.notes})
    if len(data.title or "") > TEXT_LIMIT or len(data.venue or "") > TEXT_LIMIT:
        problems.append(f"the title and the venue are kept to {TEXT_LIMIT} characters")
    if problems:
        raise TrainingError(sentence(problems))
    row.kind = kind_value(data.kind)
    row.date = data.date
    row.start_time = data.start_time
    row.title = " ".join((data.title or "").split())
    row.venue = " ".join((data.venue or "").split())
    row.notes = (data.notes or "").strip() or None


def add_session(store: Store, data: SessionInput, invite: str | Sequence[int] = ALL_COUNCILLORS, *,
                today: dt.date | None = None) -> int:
    """Add a session and invite people to it: each invitee gets a training record ("invited") tied
    to the session. Gives the session's id."""
    today = clock.or_today(today)
    with store.session() as session:
        people = _invitees(session, invite, min(data.date, today))
        if not people:
            what = {ALL_COUNCILLORS: "There are no current councillors in the register (tick “Councillor” in a "
                                     "person's details, or `members edit ID --councillor`)",
                    BOARD: "No one holds a seat on the board"}.get(invite if isinstance(invite, str) else "",
                                                                   "No one was chosen")
            raise TrainingError(f"{what}, so there is no one to invite.")
        row = TrainingSession(date=data.date, kind=CP,
                              invited=invite if invite in (ALL_COUNCILLORS, BOARD) else CHOSEN)
        _apply(row, data)
        session.add(row)
        session.flush()
        _invite(session, row, people)
        return row.id


def _invite(session: Session, row: TrainingSession, people: Iterable[int]) -> int:
    """Give each of ``people`` a record of ``row`` ("invited"); how many. (A record typed in by hand
    for the same day is left as it is, never tied to the session: undoing the session would take it.)"""
    added = 0
    for pid in people:
        session.add(TrainingRecord(person_id=pid, date=row.date, kind=row.kind,
                                   status=enums.TrainingStatus.INVITED.value, session_id=row.id))
        added += 1
    return added


def invite_more(store: Store, session_id: int, invite: str | Sequence[int], *,
                today: dt.date | None = None) -> list[int]:
    """Invite more people to a session: those ``invite`` names who are not invited yet get a record
    ("invited"); those already invited keep theirs. Gives the ids of the people added (none: nothing
    changed)."""
    today = clock.or_today(today)
    with store.session() as session:
        row = _get(session, session_id)
        if row.cancelled:
            raise TrainingError(f"The session of {dates.short(row.date)} was cancelled: no one can be invited to it.")
        invited = set(session.exec(select(TrainingRecord.person_id).where(TrainingRecord.session_id == session_id)))
        people = [p for p in _invitees(session, invite, min(row.date, today)) if p not in invited]
        _invite(session, row, people)
        return people


def update_session(store: Store, session_id: int, data: SessionInput, *, today: dt.date | None = None) -> None:
    """Change a session's date, time, kind, title, venue or note; its records follow its date and kind.

    Refused: a cancelled session (nothing to change: add a new one), and a session with someone
    recorded as attended or absent moved to a day still to come (it took place)."""
    today = clock.or_today(today)
    with store.session() as session:
        row = _get(session, session_id)
        if row.cancelled:
            raise TrainingError(f"The session of {dates.short(row.date)} was cancelled: it cannot be edited "
                                "(add a new session instead).")
        records = list(session.exec(select(TrainingRecord).where(TrainingRecord.session_id == session_id)))
        held = [r for r in records if r.status in (enums.TrainingStatus.ATTENDED, enums.TrainingStatus.ABSENT)]
        if held and data.date > today:
            raise TrainingError(f"Attendance at the session of {dates.short(row.date)} is recorded, so it took "
                                f"place: it cannot be moved to {dates.short(data.date)}, a day still to come.")
        _apply(row, data)
        for record in records:
            record.date, record.kind = row.date, row.kind


def session_input(store: Store, session_id: int) -> SessionInput:
    """A session as it is, to edit (its note too, which an edit keeps)."""
    with store.session(write=False) as session:
        row = _get(session, session_id)
        return SessionInput(date=row.date, kind=row.kind, start_time=row.start_time, title=row.title,
                            venue=row.venue, notes=row.notes)


def record_attendance(store: Store, session_id: int, statuses: Mapping[int, str], *,
                      today: dt.date | None = None) -> int:
    """Record many people's attendance at a session in one step: ``statuses`` maps a person's id to
    attended, apologies, absent (or invited, to take a record back). Someone who came without being
    invited gets a record. Gives how many records changed."""
    today = clock.or_today(today)
    wanted: dict[int, str] = {}
    for pid, status in statuses.items():
        try:
            wanted[pid] = enums.TrainingStatus(str(status).strip().lower()).value
        except ValueError:
            wanted[pid] = ""
        if wanted[pid] not in (*ATTENDANCE, enums.TrainingStatus.INVITED):
            raise TrainingError(f"“{status}” is not an attendance: say attended, apologies or absent.")
    with store.session() as session:
        row = _get(session, session_id)
        if row.cancelled:
            raise TrainingError(f"The session of {dates.short(row.date)} was cancelled: no attendance can be "
                                "recorded for it.")
        if row.date > today and any(s in (enums.TrainingStatus.ATTENDED, enums.TrainingStatus.ABSENT)
                                    for s in wanted.values()):
            raise TrainingError(f"The session of {dates.short(row.date)} is still to come: only apologies can be "
                                "recorded before it.")
        records = {r.person_id: r for r in session.exec(select(TrainingRecord).where(
            TrainingRecord.session_id == session_id))}
        changed = 0
        for pid, status in wanted.items():
            record = records.get(pid)
            if record is None:
                person = session.get(Person, pid)
                if person is None:
                    raise TrainingError(f"There is no person with id {pid}.")
                session.add(TrainingRecord(person_id=pid, date=row.date, kind=row.kind, status=status,
                                           session_id=session_id))
                changed += 1
            elif record.status != status:
                record.status = status
                changed += 1
        return changed


def cancel_session(store: Store, session_id: int) -> None:
    """Cancel a session still to come (or one that did not take place): its invitations go from the
    invitees' records; the session stays in the list, marked cancelled."""
    with store.session() as session:
        row = _get(session, session_id)
        if row.cancelled:
            raise TrainingError(f"The session of {dates.short(row.date)} is already cancelled.")
        records = list(session.exec(select(TrainingRecord).where(TrainingRecord.session_id == session_id)))
        if any(r.status == enums.TrainingStatus.ATTENDED for r in records):
            raise TrainingError(f"Attendance at the session of {dates.short(row.date)} is recorded, so it took "
                                "place; it cannot be cancelled.")
        for record in records:
            session.delete(record)
        row.cancelled = True


# --- reading ---------------------------------------------------------------------------------------

def _rows(session: Session, sessions: Sequence[TrainingSession]) -> list[SessionRow]:
    counts: dict[tuple[int, str], int] = {}
    ids = [s.id for s in sessions]
    for sid, status, n in session.exec(select(TrainingRecord.session_id, TrainingRecord.status, func.count())
                                       .where(TrainingRecord.session_id.in_(ids))
                                       .group_by(TrainingRecord.session_id, TrainingRecord.status)):
        counts[(sid, status)] = n
    rows = []
    for s in sessions:
        by = {status: counts.get((s.id, status), 0) for status in enums.TrainingStatus}
        rows.append(SessionRow(
            id=s.id, date=s.date, start_time=s.start_time, kind=s.kind,
            kind_label=TRAINING_LABELS.get(enums.TrainingKind(s.kind), s.kind), title=s.title, venue=s.venue,
            invited=s.invited, invited_label=INVITED_LABELS.get(s.invited, s.invited), invitees=sum(by.values()),
            attended=by[enums.TrainingStatus.ATTENDED], apologies=by[enums.TrainingStatus.APOLOGIES],
            absent=by[enums.TrainingStatus.ABSENT], cancelled=s.cancelled, notes=s.notes))
    return rows


def list_sessions(store: Store) -> list[SessionRow]:
    """Every session, the latest first."""
    with store.session(write=False) as session:
        return _rows(session, list(session.exec(select(TrainingSession)
                                                .order_by(TrainingSession.date.desc(), TrainingSession.id.desc()))))


def upcoming(store: Store, *, today: dt.date | None = None, kind: str = CP) -> list[SessionRow]:
    """Sessions of ``kind`` from today on, not cancelled, the soonest first."""
    today = clock.or_today(today)
    with store.session(write=False) as session:
        return _rows(session, list(session.exec(select(TrainingSession).where(
            TrainingSession.date >= today, TrainingSession.kind == kind, TrainingSession.cancelled == False)  # noqa: E712
            .order_by(TrainingSession.date, TrainingSession.start_time))))


def session_detail(store: Store, session_id: int) -> SessionDetail:
    """A session and its invitees (anyone with a record of it), by surname."""
    with store.session(write=False) as session:
        row = _get(session, session_id)
        invitees = []
        for record, person in session.exec(select(TrainingRecord, Person)
                                           .join(Person, Person.id == TrainingRecord.person_id)
                                           .where(TrainingRecord.session_id == session_id)
                                           .order_by(Person.surname, Person.first_name)):
            invitees.append(InviteeRow(person.id, person_name(person, public=False), record.id, record.status,
                                       person.is_councillor, person.party, person.email))
        return SessionDetail(_rows(session, [row])[0], invitees)


def year_of(year: int | None, today: dt.date | None = None) -> int:
    """The municipal year meant: ``year`` (its May), else the one today falls in."""
    if year is None:
        return municipal_year_start(clock.or_today(today))
    if not 1990 <= year <= 2200:
        raise TrainingError(f"{year} is not a municipal year: give the year it began in May, e.g. 2026 for 2026/27.")
    return year


def gaps(store: Store, *, year: int | None = None, today: dt.date | None = None) -> list[GapRow]:
    """Councillors not trained in the municipal year beginning May ``year`` (default: this one),
    across the whole council: every current councillor (and anyone holding an elected member's
    seat today) without an attended corporate parenting training record dated in that year."""
    today = clock.or_today(today)
    first, last = rules.municipal_year_bounds(year_of(year, today))
    with store.session(write=False) as session:
        seated: dict[int, set[str]] = {}
        for pid, category in session.exec(select(Membership.person_id, Seat.category)
                                          .join(Seat, Seat.id == Membership.seat_id).where(
                Membership.start_date <= today, (Membership.end_date == None) | (Membership.end_date >= today))):  # noqa: E711
            seated.setdefault(pid, set()).add(category)
        elected = {pid for pid, cats in seated.items() if enums.SeatCategory.ELECTED_MEMBER in cats}
        people = [p for p in session.exec(select(Person).where(Person.former == False)  # noqa: E712
                                          .order_by(Person.surname, Person.first_name))
                  if p.is_councillor or p.id in elected]
        attended: dict[int, list[dt.date]] = {}
        invited: dict[int, list[dt.date]] = {}
        for pid, day, status in session.exec(select(TrainingRecord.person_id, TrainingRecord.date,
                                                    TrainingRecord.status).where(TrainingRecord.kind == CP)):
            if status == enums.TrainingStatus.ATTENDED:
                attended.setdefault(pid, []).append(day)
            elif status == enums.TrainingStatus.INVITED and day >= today:
                invited.setdefault(pid, []).append(day)
        rows = []
        for p in people:
            days = attended.get(p.id, [])
            if any(first <= d <= last for d in days):
                continue
            rows.append(GapRow(p.id, person_name(p, public=False), p.party, p.ward, p.email, p.id in seated,
                               max(days, default=None), tuple(sorted(invited.get(p.id, ()))), salutation(p)))
        return rows


# --- reminders -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reminders:
    written: list[Path]
    no_email: list[str]  # councillors with no e-mail address: no draft for them
    year: int


def reminder_draft(store: Store, gap: GapRow, sessions: Sequence[SessionRow], year: int) -> bytes:
    """A reminder to a councillor not trained in the municipal year, listing the next sessions, as
    the bytes of an .eml draft (``email_draft``: marked unsent, never sent by the app)."""
    from cpo_desktop.model.tables import Board
    from cpo_desktop.services import email_draft, settings

    if not gap.email:
        raise TrainingError(f"{gap.name} has no e-mail address in the register.")
    with store.session(write=False) as session:
        board = session.exec(select(Board)).first()
        officer = settings.contact(session)
    board_name = board.name if board else "Corporate Parenting Board"
    label = municipal_year_label(dt.date(year, 5, 1))
    if sessions:
        lines = "\n".join(f"  • {dates.long(s.date)}" + (f" at {s.start_time:%H:%M}" if s.start_time else "")
                          + (f", {s.venue}" if s.venue else "") + (f" ({s.title})" if s.title else "")
                          for s in sessions)
        offer = f"The next sessions are:\n{lines}\n\nPlease let me know which one you will attend."
    else:
        offer = "The dates of the next sessions will follow; please let me know if you would like one arranged."
    body = (f"Dear {gap.salutation or gap.name},\n\n"
            "Corporate parenting training is mandatory for every elected member of the council, whether or "
            f"not you sit on the {board_name}: four sessions are offered each year. Our records show no "
            f"session attended by you in the municipal year {label}.\n\n"
            f"{offer}\n\n"
            "If you have attended one that is not recorded, please tell me and I will put the record right.\n\n"
            f"Thank you,\n{officer.display_name}\n")
    return email_draft.draft(to=email_draft.address(gap.name, gap.email),
                             sender=email_draft.address(officer.display_name, officer.email) if officer.email else None,
                             subject=f"Corporate parenting training {label}: sessions to book", body=body)


def write_reminders(store: Store, folder: Path | None = None, *, year: int | None = None,
                    today: dt.date | None = None) -> Reminders:
    """A reminder draft for every councillor not trained in the municipal year, each written whole
    (a temporary name, then renamed) into ``folder`` (default: the exports folder's
    ``training-reminders``). Councillors with no e-mail address are listed, not drafted."""
    from cpo_desktop.files import atomic_write_bytes

    today = clock.or_today(today)
    year = year_of(year, today)
    rows = gaps(store, year=year, today=today)
    sessions = upcoming(store, today=today)
    folder = Path(folder) if folder else store.paths.exports / "training-reminders"
    written, no_email = [], []
    for gap in rows:
        if not gap.email:
            no_email.append(gap.name)
            continue
        slug = "".join(c if c.isalnum() else "-" for c in gap.name.lower()).strip("-")[:40]
        target = folder / f"training-reminder-{year}-{slug}-{gap.person_id}.eml"
        written.append(atomic_write_bytes(target, reminder_draft(store, gap, sessions, year)))
    return Reminders(written, no_email, year)


# --- undo ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SessionState:
    """A session's row and all its records at a moment (row None: not there), for undo and redo."""

    session_id: int
    row: dict | None
    records: tuple[dict, ...] = ()


def capture(store: Store, session_id: int) -> SessionState:
    with store.session(write=False) as session:
        row = session.get(TrainingSession, session_id)
        records = tuple(r.model_dump() for r in session.exec(
            select(TrainingRecord).where(TrainingRecord.session_id == session_id).order_by(TrainingRecord.id)))
        return SessionState(session_id, row.model_dump() if row else None, records)


def restore(store: Store, state: SessionState) -> None:
    """Put a session and its records back exactly as captured, in one transaction."""
    with store.session() as session:
        keep = {r["id"] for r in state.records}
        for record in session.exec(select(TrainingRecord).where(TrainingRecord.session_id == state.session_id)):
            if record.id not in keep:
                session.delete(record)
        session.flush()
        row = session.get(TrainingSession, state.session_id)
        if state.row is None:
            if row is not None:
                session.delete(row)
            return
        session.merge(TrainingSession(**state.row))
        for data in state.records:
            session.merge(TrainingRecord(**data))
