"""Attendance at a meeting: who held a seat that day and whether they came, substitutes,
officers and guests in attendance; the quorum, worked out live; attendance rates per member
over a municipal year.

A member with no attendance row yet is shown as not recorded: the sheet is pre-filled from
the register on every read, so an appointment made later still shows on the sheet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from cpo_desktop import dates
from cpo_desktop.errors import UserError
from cpo_desktop.model import enums, minutes_rules
from cpo_desktop.model.enums import AttendanceStatus as Status
from cpo_desktop.model.rules import municipal_year_label, person_name
from cpo_desktop.model.tables import Attendance, Meeting, Membership, Person, Seat
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import settings
from cpo_desktop.store.db import Store

QUORUM_KEYS = ("quorum.fraction", "quorum.minimum", "quorum.elected_members", "quorum.count_remote")
NOT_RECORDED = ""
MEMBER_STATUSES = (Status.PRESENT, Status.REMOTE, Status.APOLOGIES, Status.ABSENT)


class AttendanceError(UserError, ValueError):
    """An attendance change refused, with the reason. Nothing was saved."""


@dataclass(frozen=True)
class AttendanceRow:
    person_id: int
    name: str
    seat_id: int | None
    seat: str  # the seat held, or for a substitute the seat they sat in
    category: str  # the seat's category (elected_member…), "" for guests
    voting: bool
    member: bool  # held a seat on the day
    status: str  # an AttendanceStatus value, or "" when not yet recorded
    substitute_for_id: int | None
    substitute_for: str  # the member's name, for a substitute
    substituted_by: str  # for a member who sent apologies and a substitute
    items: str
    note: str
    young_person: bool
    recorded: bool

    @property
    def status_label(self) -> str:
        return Status(self.status).label if self.status else "Not recorded"


@dataclass(frozen=True)
class AttendanceSheet:
    meeting_id: int
    meeting: meetings_svc.MeetingRow
    rows: tuple[AttendanceRow, ...]
    quorum: minutes_rules.Quorum
    rule: minutes_rules.QuorumRule

    def by_status(self, *statuses: str) -> list[AttendanceRow]:
        return [r for r in self.rows if r.status in statuses]

    @property
    def absent_without_apologies(self) -> list[AttendanceRow]:
        return self.by_status(Status.ABSENT)


# --- the quorum rule (a board setting) ------------------------------------------------------------

def quorum_rule(session: Session) -> minutes_rules.QuorumRule:
    default = minutes_rules.QuorumRule()
    fraction = settings.get_in(session, "quorum.fraction", None)
    return minutes_rules.QuorumRule(
        fraction=minutes_rules.parse_fraction(fraction) if fraction else default.fraction,
        minimum=int(settings.get_in(session, "quorum.minimum", default.minimum)),
        elected=int(settings.get_in(session, "quorum.elected_members", default.elected)),
        count_remote=bool(settings.get_in(session, "quorum.count_remote", default.count_remote)))


def get_quorum_rule(store: Store) -> minutes_rules.QuorumRule:
    with store.session() as session:
        return quorum_rule(session)


def set_quorum_rule(store: Store, *, fraction: str | None = None, minimum: int | None = None,
                    elected: int | None = None, count_remote: bool | None = None) -> minutes_rules.QuorumRule:
    """Change the board's quorum rule; every value is checked before any is saved."""
    problems = []
    if fraction is not None:
        try:
            minutes_rules.parse_fraction(fraction)
        except ValueError as exc:
            problems.append(str(exc))
    if minimum is not None and not 1 <= minimum <= 100:
        problems.append("the minimum must be between 1 and 100 members")
    if elected is not None and not 0 <= elected <= 20:
        problems.append("the elected members needed must be between 0 and 20")
    if problems:
        raise AttendanceError("The quorum was not changed: " + "; ".join(problems) + ".")
    with store.session() as session:
        for key, value in zip(QUORUM_KEYS, (fraction, minimum, elected, count_remote), strict=True):
            if value is not None:
                settings.set_in(session, key, value)
        session.flush()
        return quorum_rule(session)


# --- reading --------------------------------------------------------------------------------------

def holders_on(session: Session, board_id: int, day: dt.date) -> list[tuple[Seat, Membership]]:
    """Each seat's holder on ``day``, in the seats' order."""
    rows = session.exec(select(Seat, Membership).join(Membership, Membership.seat_id == Seat.id).where(
        Seat.board_id == board_id, Membership.start_date <= day,
        (Membership.end_date == None) | (Membership.end_date >= day))  # noqa: E711
        .order_by(Seat.sort_order, Seat.id)).all()
    return list(rows)


def voting_seat_count(session: Session, board_id: int, day: dt.date) -> int:
    """The seats that count towards the quorum at a meeting on ``day``: a seat retired later still
    counted then (a seat marked former without a date has no history to go by)."""
    return len(session.exec(select(Seat.id).where(
        Seat.board_id == board_id, (Seat.former == False) | (Seat.retired_on > day),  # noqa: E712
        Seat.voting == True, Seat.counts_towards_quorum == True)).all())  # noqa: E712


def _sheet(session: Session, meeting_id: int, *, public: bool = False) -> tuple[list[AttendanceRow], minutes_rules.Quorum,
                                                                                 minutes_rules.QuorumRule]:
    m = session.get(Meeting, meeting_id)
    stored = {a.person_id: a for a in session.exec(select(Attendance).where(Attendance.meeting_id == meeting_id))}
    people: dict[int, Person] = {}

    def person(pid: int) -> Person:
        if pid not in people:
            people[pid] = session.get(Person, pid)
        return people[pid]

    seats: dict[int, Seat] = {}
    rows: list[AttendanceRow] = []
    substitutes = {a.substitute_for_id: a.person_id for a in stored.values()
                   if a.status == Status.SUBSTITUTE and a.substitute_for_id}
    seen = set()
    holders = holders_on(session, m.board_id, m.date) if m.kind == enums.MeetingKind.BOARD else []
    # Everyone the sheet names, and the seats of rows for people who held none that day, read
    # in one query each however long the sheet.
    wanted = {ms.person_id for _, ms in holders} | set(stored) | {a.substitute_for_id for a in stored.values()
                                                                   if a.substitute_for_id}
    people.update((p.id, p) for p in session.exec(select(Person).where(Person.id.in_(wanted))))
    seats.update((seat.id, seat) for seat, _ in holders)
    other_seats = {a.seat_id for a in stored.values() if a.seat_id and a.seat_id not in seats}
    seats.update((seat.id, seat) for seat in session.exec(select(Seat).where(Seat.id.in_(other_seats))))
    for seat, membership in holders:
        seats[seat.id] = seat
        if membership.person_id in seen:
            continue  # someone holding two seats is listed once, under the first
        seen.add(membership.person_id)
        p = person(membership.person_id)
        a = stored.get(p.id)
        sub = substitutes.get(p.id)
        rows.append(AttendanceRow(
            person_id=p.id, name=person_name(p, public=public), seat_id=seat.id, seat=seat.title,
            category=seat.category, voting=seat.voting and seat.counts_towards_quorum, member=True,
            status=a.status if a else NOT_RECORDED, substitute_for_id=None, substitute_for="",
            substituted_by=person_name(person(sub), public=public) if sub else "",
            items=(a.items or "") if a else "", note=(a.note or "") if a else "",
            young_person=p.is_young_person, recorded=a is not None))
    # Substitutes, officers and guests: everyone with a row who did not hold a seat that day.
    others = [a for a in stored.values() if a.person_id not in seen]
    others.sort(key=lambda a: (a.status != Status.SUBSTITUTE, person(a.person_id).surname, person(a.person_id).first_name))
    for a in others:
        p = person(a.person_id)
        seat = None
        if a.seat_id:
            seat = seats.get(a.seat_id) or session.get(Seat, a.seat_id)
        member_for = person(a.substitute_for_id) if a.substitute_for_id else None
        rows.append(AttendanceRow(
            person_id=p.id, name=person_name(p, public=public), seat_id=a.seat_id, seat=seat.title if seat else
            (p.job_title or ""), category=seat.category if seat else "",
            voting=bool(seat and seat.voting and seat.counts_towards_quorum and a.status == Status.SUBSTITUTE),
            member=False, status=a.status, substitute_for_id=a.substitute_for_id,
            substitute_for=person_name(member_for, public=public) if member_for else "", substituted_by="",
            items=a.items or "", note=a.note or "", young_person=p.is_young_person, recorded=True))
    rule = quorum_rule(session)
    counted = {Status.PRESENT, Status.SUBSTITUTE} | ({Status.REMOTE} if rule.count_remote else set())
    present = [r for r in rows if r.voting and r.status in counted]
    elected = [r for r in present if r.category == enums.SeatCategory.ELECTED_MEMBER]
    q = minutes_rules.quorum(rule, voting_seat_count(session, m.board_id, m.date), len(present), len(elected))
    return rows, q, rule


def load(store: Store, meeting: str | int, *, public: bool = False) -> AttendanceSheet:
    meeting_id = meetings_svc.find_meeting(store, meeting)
    row = meetings_svc.meeting_row(store, meeting_id)
    with store.session() as session:
        rows, q, rule = _sheet(session, meeting_id, public=public)
    return AttendanceSheet(meeting_id=meeting_id, meeting=row, rows=tuple(rows), quorum=q, rule=rule)


# --- recording ------------------------------------------------------------------------------------

@dataclass
class Mark:
    """One person's attendance as the CPO records it."""
    person_id: int
    status: str  # an AttendanceStatus value, or "" to clear the record
    substitute_for_id: int | None = None
    items: str | None = None
    note: str | None = None


def _apply(session: Session, m: Meeting, mark: Mark, *, locked_check: bool = True,
           holders: dict[int, Seat] | None = None) -> None:
    """Record one mark; ``holders`` (person id -> seat held on the day) when the caller has them."""
    if locked_check:
        _refuse_if_confirmed(session, m)
    p = session.get(Person, mark.person_id)
    if p is None:
        raise AttendanceError(f"There is no person with id {mark.person_id}.")
    if holders is None:
        holders = {ms.person_id: seat for seat, ms in holders_on(session, m.board_id, m.date)}
    row = session.exec(select(Attendance).where(Attendance.meeting_id == m.id,
                                                Attendance.person_id == mark.person_id)).first()
    name = person_name(p, public=False)
    if mark.status == NOT_RECORDED:
        if row is not None:
            _refuse_if_substituted(session, m, p, name)
            session.delete(row)
        return
    try:
        status = Status(mark.status)
    except ValueError:
        raise AttendanceError(f"“{mark.status}” is not an attendance status; use one of "
                              f"{', '.join(s.value for s in Status)}.") from None
    seat_id = holders[p.id].id if p.id in holders else None
    if status in MEMBER_STATUSES and p.id not in holders:
        raise AttendanceError(f"{name} did not hold a seat on {dates.short(m.date)}, so cannot be marked "
                              f"“{status.label}”; record them as a substitute or as in attendance.")
    if status is Status.SUBSTITUTE:
        if not mark.substitute_for_id:
            raise AttendanceError(f"Say whom {name} substituted for.")
        if mark.substitute_for_id not in holders:
            raise AttendanceError(f"{name} can only substitute for someone who held a seat on {dates.short(m.date)}.")
        if p.id in holders:
            raise AttendanceError(f"{name} held a seat of their own that day, so cannot be a substitute.")
        taken = session.exec(select(Attendance).where(
            Attendance.meeting_id == m.id, Attendance.substitute_for_id == mark.substitute_for_id,
            Attendance.person_id != p.id)).first()
        if taken is not None:
            other = session.get(Person, taken.person_id)
            raise AttendanceError(f"{person_name(other, public=False)} is already the substitute for that member.")
        member_row = session.exec(select(Attendance).where(Attendance.meeting_id == m.id,
                                                           Attendance.person_id == mark.substitute_for_id)).first()
        if member_row is not None and member_row.status in (Status.PRESENT, Status.REMOTE):
            member = session.get(Person, mark.substitute_for_id)
            raise AttendanceError(f"{person_name(member, public=False)} is marked present, so needs no substitute.")
        if member_row is None:  # a member who sends a substitute has sent apologies
            session.add(Attendance(meeting_id=m.id, person_id=mark.substitute_for_id,
                                   seat_id=holders[mark.substitute_for_id].id, status=Status.APOLOGIES))
        elif member_row.status == Status.ABSENT:
            member_row.status = Status.APOLOGIES
        seat_id = holders[mark.substitute_for_id].id
    elif status in (Status.PRESENT, Status.REMOTE, Status.ABSENT):
        _refuse_if_substituted(session, m, p, name)
    if row is None:
        row = Attendance(meeting_id=m.id, person_id=p.id, status=status)
        session.add(row)
    row.status = status
    row.seat_id = seat_id
    row.substitute_for_id = mark.substitute_for_id if status is Status.SUBSTITUTE else None
    row.items = (mark.items or "").strip() or None
    row.note = (mark.note or "").strip() or None
    session.flush()


def _refuse_if_substituted(session: Session, m: Meeting, p: Person, name: str) -> None:
    """A member who sent a substitute sent apologies; that stands while the substitute does."""
    sub = session.exec(select(Attendance).where(Attendance.meeting_id == m.id,
                                                Attendance.substitute_for_id == p.id)).first()
    if sub is not None:
        other = session.get(Person, sub.person_id)
        raise AttendanceError(f"{person_name(other, public=False)} is recorded as {name}'s substitute, so {name} "
                              "sent apologies; change the substitute first.")


def _refuse_if_confirmed(session: Session, m: Meeting) -> None:
    from cpo_desktop.model.tables import Minutes

    record = session.exec(select(Minutes).where(Minutes.meeting_id == m.id)).first()
    if record is not None and record.status != enums.MinutesStatus.DRAFT:
        raise AttendanceError(f"The minutes of {dates.short(m.date)} are {record.status}, so their attendance is "
                              "part of the record; change it as an amendment to the minutes.")


def record(store: Store, meeting: str | int, marks: list[Mark]) -> None:
    """Record attendance for one or more people, in one transaction."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        if m.status == enums.MeetingStatus.CANCELLED:
            raise AttendanceError(f"The meeting on {dates.short(m.date)} was cancelled; there is no attendance to record.")
        _refuse_if_confirmed(session, m)
        holders = {ms.person_id: seat for seat, ms in holders_on(session, m.board_id, m.date)}  # once, for every mark
        for mark in marks:
            _apply(session, m, mark, locked_check=False, holders=holders)


def mark_everyone(store: Store, meeting: str | int, status: str = Status.PRESENT) -> int:
    """Mark every member not yet recorded (typically: present). Returns how many."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        rows, _, _ = _sheet(session, meeting_id)
        m = session.get(Meeting, meeting_id)
        todo = [r for r in rows if r.member and not r.recorded]
        for r in todo:
            _apply(session, m, Mark(person_id=r.person_id, status=status))
        return len(todo)


@dataclass(frozen=True)
class AttendanceState:
    meeting_id: int
    rows: tuple[dict, ...]


def capture(store: Store, meeting_id: int) -> AttendanceState:
    """The meeting's attendance as it stands, for undo."""
    with store.session() as session:
        rows = session.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)).all()
        return AttendanceState(meeting_id, tuple(r.model_dump() for r in rows))


def restore(store: Store, state: AttendanceState) -> None:
    with store.session() as session:
        _refuse_if_confirmed(session, session.get(Meeting, state.meeting_id))
        for row in session.exec(select(Attendance).where(Attendance.meeting_id == state.meeting_id)).all():
            session.delete(row)
        session.flush()
        for data in state.rows:
            session.add(Attendance(**data))


# --- attendance rates -----------------------------------------------------------------------------

@dataclass(frozen=True)
class RateRow:
    person_id: int
    name: str
    seats: str
    expected: int  # board meetings held while they held a seat
    present: int  # in person or online
    apologies: int
    substituted: int  # apologies with a substitute sent
    absent: int
    not_recorded: int

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.expected else None

    @property
    def rate_text(self) -> str:
        return "–" if self.rate is None else f"{round(100 * self.rate)}%"


def rates(store: Store, year: int, *, public: bool = False) -> tuple[str, list[RateRow]]:
    """Attendance per member over the board meetings held in the municipal year starting in May
    of ``year``. Returns the year's label and one row per member, in the seats' order."""
    from cpo_desktop.services import work_programme

    with store.session() as session:
        held = [m for m in work_programme.year_meetings(session, year) if m.status == enums.MeetingStatus.HELD]
        tally: dict[int, dict[str, int]] = {}
        seats: dict[int, list[str]] = {}
        order: list[int] = []
        for m in held:
            rows, _, _ = _sheet(session, m.id, public=public)
            subs = {r.substitute_for_id for r in rows if r.status == Status.SUBSTITUTE}
            for r in rows:
                if not r.member:
                    continue
                if r.person_id not in tally:
                    tally[r.person_id] = dict.fromkeys(("expected", "present", "apologies", "substituted", "absent",
                                                        "not_recorded"), 0)
                    order.append(r.person_id)
                    seats[r.person_id] = []
                if r.seat not in seats[r.person_id]:
                    seats[r.person_id].append(r.seat)
                t = tally[r.person_id]
                t["expected"] += 1
                if r.status in (Status.PRESENT, Status.REMOTE):
                    t["present"] += 1
                elif r.status == Status.APOLOGIES:
                    t["apologies"] += 1
                    t["substituted"] += r.person_id in subs
                elif r.status == Status.ABSENT:
                    t["absent"] += 1
                else:
                    t["not_recorded"] += 1
        first_seat: dict[int, tuple[int, int]] = {}
        for m in held:
            for seat, ms in holders_on(session, m.board_id, m.date):
                first_seat.setdefault(ms.person_id, (seat.sort_order, seat.id))
        order.sort(key=lambda pid: first_seat.get(pid, (10**6, pid)))  # in the seats' order
        out = [RateRow(person_id=pid, name=person_name(session.get(Person, pid), public=public),
                       seats="; ".join(seats[pid]), **tally[pid]) for pid in order]
    label = municipal_year_label(dt.date(year, 5, 1))
    return label, out
