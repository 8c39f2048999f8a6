"""The board's priorities and their working groups as the officer keeps them (issue 21, point 3).

Each meeting is themed on a priority; a priority may have a working group (the 2025–27 strategy
has four groups for five priorities: Being Heard has none). A group's chair is linked to a person,
a seat (whoever holds it on the day) or a reporting officer (their named person), so the chair can
be chased for the group's progress report like any other author; a free-text role is kept for
display. A group has members (people, with a role and dates) and an action plan: the "We will"
commitments of its priority, each with an owner (a person or a role), a due date and a RAG status
set by dated updates. A retired priority is kept: meetings already themed on it still show it,
and it is offered for no new meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model.holders import holder_on
from cpo_desktop.model.rules import person_name
from cpo_desktop.model.tables import (
    AgendaItem,
    Board,
    Commitment,
    CommitmentUpdate,
    Meeting,
    Person,
    Priority,
    ReportingOfficer,
    Seat,
    WorkingGroupMember,
)
from cpo_desktop.model.text_rules import control_problems
from cpo_desktop.store.db import Store

RAGS = ("red", "amber", "green")
RAG_LABELS = {"red": "Red", "amber": "Amber", "green": "Green", None: "Not rated"}
TITLE_LIMIT = 200
TEXT_LIMIT = 2000
NOTE_LIMIT = 2000

# The themed meeting's working-group item, as the agenda template lays it out ("Theme: Health and
# Wellbeing – working group report") or as an officer would write it.
REPORT_TITLE = re.compile(r"\bworking group\b", re.IGNORECASE)


class WorkingGroupError(UserError, ValueError):
    """A change to the priorities or working groups refused, with the reason. Nothing was saved."""


# --- what is read ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Chair:
    """A working group's chair: the role as shown, the person behind it on the day (if known) and
    how the chair is linked ("person", "seat", "officer", "text" or "none")."""

    role: str
    name: str | None = None
    email: str | None = None
    person_id: int | None = None
    link: str = "none"

    @property
    def words(self) -> str:
        """"Designated Nurse … (Jo Bloggs)", or the role alone, or ""."""
        if self.name and self.role and self.name not in self.role:
            return f"{self.role} ({self.name})"
        return self.role or self.name or ""


@dataclass(frozen=True)
class GroupRow:
    id: int
    title: str
    description: str
    has_working_group: bool
    former: bool
    retired_on: dt.date | None
    chair: Chair
    members: int
    commitments: int
    rag: dict[str, int]  # red, amber, green, unrated: how many commitments
    chair_person_id: int | None = None
    chair_seat_id: int | None = None
    chair_officer_id: int | None = None
    chair_text: str | None = None  # the free-text role kept for display

    @property
    def status(self) -> str:
        if self.former:
            return "retired" + (f" {dates.short(self.retired_on)}" if self.retired_on else "")
        return "working group" if self.has_working_group else "no working group"

    @property
    def rag_text(self) -> str:
        parts = [f"{self.rag[k]} {k}" for k in (*RAGS, "unrated") if self.rag.get(k)]
        return ", ".join(parts) if parts else "no commitments"

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "description": self.description,
                "has_working_group": self.has_working_group, "former": self.former,
                "retired_on": self.retired_on.isoformat() if self.retired_on else None,
                "chair": {"role": self.chair.role or None, "name": self.chair.name, "email": self.chair.email,
                          "person_id": self.chair.person_id, "link": self.chair.link},
                "members": self.members, "commitments": self.commitments, "rag": dict(self.rag)}


@dataclass(frozen=True)
class UpdateRow:
    id: int
    date: dt.date
    rag: str
    note: str

    def as_dict(self) -> dict:
        return {"id": self.id, "date": self.date.isoformat(), "rag": self.rag, "note": self.note}


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    priority_id: int
    text: str
    owner: str  # in words: the role, or the person's name
    owner_person_id: int | None
    owner_role: str | None
    due_date: dt.date | None
    rag: str | None
    former: bool
    updates: tuple[UpdateRow, ...] = ()  # the latest first

    @property
    def latest(self) -> UpdateRow | None:
        return self.updates[0] if self.updates else None

    @property
    def rag_label(self) -> str:
        return RAG_LABELS.get(self.rag, self.rag or "")

    @property
    def latest_text(self) -> str:
        u = self.latest
        if u is None:
            return ""
        return f"{dates.short(u.date)}: {u.note}" if u.note else dates.short(u.date)

    def as_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "owner": self.owner or None, "owner_person_id": self.owner_person_id,
                "owner_role": self.owner_role, "due_date": self.due_date.isoformat() if self.due_date else None,
                "rag": self.rag, "former": self.former, "updates": [u.as_dict() for u in self.updates]}


@dataclass(frozen=True)
class MemberRow:
    id: int
    person_id: int
    name: str
    role: str | None
    start_date: dt.date | None
    end_date: dt.date | None

    def current(self, day: dt.date) -> bool:
        return (self.start_date is None or self.start_date <= day) and (self.end_date is None or self.end_date >= day)

    def as_dict(self) -> dict:
        return {"id": self.id, "person_id": self.person_id, "name": self.name, "role": self.role,
                "start_date": self.start_date.isoformat() if self.start_date else None,
                "end_date": self.end_date.isoformat() if self.end_date else None}


@dataclass(frozen=True)
class Plan:
    """A working group's action plan: the group, its commitments (retired ones last) and members."""

    group: GroupRow
    commitments: list[CommitmentRow] = field(default_factory=list)
    members: list[MemberRow] = field(default_factory=list)

    @property
    def current(self) -> list[CommitmentRow]:
        return [c for c in self.commitments if not c.former]

    def as_dict(self) -> dict:
        return {"group": self.group.as_dict(), "commitments": [c.as_dict() for c in self.commitments],
                "members": [m.as_dict() for m in self.members]}


def chair_of(session: Session, p: Priority, day: dt.date | None = None, *, public: bool = False) -> Chair:
    """``p``'s chair on ``day``: the linked person, else the linked seat's holder, else the linked
    reporting officer's person; the free-text role where nothing is linked."""
    day = clock.or_today(day)
    text = (p.working_group_chair or "").strip()
    person = None
    role, link = text, "text" if text else "none"
    if p.chair_person_id:
        person = session.get(Person, p.chair_person_id)
        link = "person"
    elif p.chair_seat_id:
        seat = session.get(Seat, p.chair_seat_id)
        if seat is not None:
            person = holder_on(session, seat.id, day)
            role, link = text or seat.title, "seat"
    elif p.chair_officer_id:
        officer = session.get(ReportingOfficer, p.chair_officer_id)
        if officer is not None:
            person = session.get(Person, officer.person_id) if officer.person_id else None
            role, link = text or officer.role, "officer"
    if person is None:
        return Chair(role=role, link=link)
    if public:  # as a public document names people: a young person by first name, no address
        return Chair(role=role, name=person_name(person, public=True), link=link)
    return Chair(role=role, name=person_name(person, public=False), email=person.email or None,
                 person_id=person.id, link=link)


def _owner_words(session: Session, c: Commitment, *, public: bool) -> str:
    if c.owner_role:
        return c.owner_role
    if c.owner_person_id:
        person = session.get(Person, c.owner_person_id)
        return person_name(person, public=public) if person else ""
    return ""


def _group_row(session: Session, p: Priority, day: dt.date, *, public: bool = False) -> GroupRow:
    members = session.exec(select(WorkingGroupMember).where(WorkingGroupMember.priority_id == p.id)).all()
    current = [m for m in members if (m.start_date is None or m.start_date <= day)
               and (m.end_date is None or m.end_date >= day)]
    commitments = session.exec(select(Commitment).where(Commitment.priority_id == p.id,
                                                        Commitment.former == False)).all()  # noqa: E712
    rag = {k: 0 for k in (*RAGS, "unrated")}
    for c in commitments:
        rag[c.rag if c.rag in RAGS else "unrated"] += 1
    return GroupRow(id=p.id, title=p.title, description=p.description or "", has_working_group=p.has_working_group,
                    former=p.former, retired_on=p.retired_on, chair=chair_of(session, p, day, public=public),
                    members=len(current),
                    commitments=len(commitments), rag=rag, chair_person_id=p.chair_person_id,
                    chair_seat_id=p.chair_seat_id, chair_officer_id=p.chair_officer_id,
                    chair_text=p.working_group_chair)


@dataclass(frozen=True)
class PriorityInForce:
    """A priority as a document dated ``day`` names it: its working group's chair by role only
    ("" when it has no working group), so that no one is named in a public paper by this."""

    title: str
    chair_role: str
    description: str


def priorities_in_force(session: Session, day: dt.date) -> list[PriorityInForce]:
    """The priorities a document dated ``day`` lists: those not retired by then, in order."""
    rows = session.exec(select(Priority).order_by(Priority.sort_order, Priority.id)).all()
    return [PriorityInForce(p.title, chair_of(session, p, day).role if p.has_working_group else "",
                            p.description or "")
            for p in rows if not (p.former and (p.retired_on is None or p.retired_on <= day))]


def list_groups(store: Store, *, former: bool = True, today: dt.date | None = None) -> list[GroupRow]:
    """The board's priorities in their order (retired ones last, unless ``former`` is False)."""
    today = clock.or_today(today)
    with store.session() as session:
        rows = session.exec(select(Priority).order_by(Priority.former, Priority.sort_order, Priority.id)).all()
        return [_group_row(session, p, today) for p in rows if former or not p.former]


def find_group(session: Session, ref: str | int) -> Priority:
    """A priority by its id, its title (any case) or a part of its title naming only one."""
    if isinstance(ref, int) or str(ref).strip().isdigit():
        p = session.get(Priority, int(ref))
        if p is not None:
            return p
        raise WorkingGroupError(f"There is no priority with id {ref} (see `cpo-desktop working-groups list`).")
    wanted = " ".join(str(ref).split()).casefold()
    rows = session.exec(select(Priority).order_by(Priority.former, Priority.sort_order, Priority.id)).all()
    exact = [p for p in rows if p.title.casefold() == wanted]
    if exact:
        return exact[0]
    part = [p for p in rows if wanted and wanted in p.title.casefold()]
    if len(part) == 1:
        return part[0]
    if not part:
        raise WorkingGroupError(f"There is no priority “{ref}” (see `cpo-desktop working-groups list`).")
    raise WorkingGroupError(f"“{ref}” could be " + " or ".join(f"“{p.title}”" for p in part) + ": say which.")


def plan(store: Store, ref: str | int, *, today: dt.date | None = None, public: bool = False) -> Plan:
    """A group's action plan: its commitments (current first, in order) with their updates, and its
    members. ``public``: owners named as a public document names people."""
    today = clock.or_today(today)
    with store.session() as session:
        p = find_group(session, ref)
        return _plan(session, p, today, public=public)


def _plan(session: Session, p: Priority, day: dt.date, *, public: bool = False, as_of: bool = False) -> Plan:
    """``p``'s plan in three queries and a lookup of the people in it, whatever its history.
    ``as_of``: as it stood on ``day`` (a meeting's pack): updates made after it left out, and each
    commitment's RAG the one its latest update by then gave."""
    rows = session.exec(select(Commitment).where(Commitment.priority_id == p.id)
                        .order_by(Commitment.former, Commitment.sort_order, Commitment.id)).all()
    query = select(CommitmentUpdate).where(CommitmentUpdate.commitment_id.in_([c.id for c in rows]))
    if as_of:
        query = query.where(CommitmentUpdate.date <= day)
    updates: dict[int, list[UpdateRow]] = {}
    for u in session.exec(query.order_by(CommitmentUpdate.date.desc(), CommitmentUpdate.id.desc())):
        updates.setdefault(u.commitment_id, []).append(UpdateRow(u.id, u.date, u.rag, u.note or ""))
    commitments = []
    for c in rows:
        mine = tuple(updates.get(c.id, ()))
        rag = (mine[0].rag if mine else None) if as_of else c.rag
        commitments.append(CommitmentRow(id=c.id, priority_id=p.id, text=c.text,
                                         owner=_owner_words(session, c, public=public),
                                         owner_person_id=c.owner_person_id, owner_role=c.owner_role,
                                         due_date=c.due_date, rag=rag, former=c.former, updates=mine))
    joined = session.exec(select(WorkingGroupMember, Person).join(Person, Person.id == WorkingGroupMember.person_id)
                          .where(WorkingGroupMember.priority_id == p.id)
                          .order_by(WorkingGroupMember.start_date, WorkingGroupMember.id)).all()
    members = [MemberRow(m.id, m.person_id, person_name(person, public=public), m.role, m.start_date, m.end_date)
               for m, person in joined]
    return Plan(group=_group_row(session, p, day, public=public), commitments=commitments, members=members)


# --- the themed meeting's working-group report ----------------------------------------------------

def reports_at(session: Session, m: Meeting) -> Priority | None:
    """The priority whose working group reports at ``m``: its theme, if it has (or, for a meeting
    before the group was retired, had) a working group."""
    if not m.priority_id:
        return None
    p = session.get(Priority, m.priority_id)
    if p is None or not p.has_working_group:
        return None
    if p.former and (p.retired_on is None or m.date >= p.retired_on):
        return None
    return p


def is_report_item(title: str, section: str, report_rule_id: int | None) -> bool:
    """Is this the themed meeting's working-group progress report (not a scheduled report)?"""
    return section == "theme" and report_rule_id is None and bool(REPORT_TITLE.search(title))


def meeting_plan(store: Store, meeting_id: int, *, public: bool = False) -> Plan | None:
    """The action plan the meeting's working-group report presents (as on the meeting's day)."""
    with store.session(write=False) as session:
        m = session.get(Meeting, meeting_id)
        p = reports_at(session, m) if m else None
        return _plan(session, p, m.date, public=public, as_of=True) if p else None


def report_presenter(session: Session, p: Priority) -> tuple[int | None, int | None, str | None]:
    """(person id, seat id, role) for the agenda item of ``p``'s working-group report, from the
    chair's link, so the chase finds the chair's e-mail."""
    text = (p.working_group_chair or "").strip() or None
    if p.chair_person_id:
        return p.chair_person_id, None, text
    if p.chair_seat_id:
        return None, p.chair_seat_id, None
    if p.chair_officer_id:
        officer = session.get(ReportingOfficer, p.chair_officer_id)
        if officer is not None:
            return officer.person_id, None, officer.role
    return None, None, text or f"Chair of the {p.title} working group"


# --- changes: groups --------------------------------------------------------------------------------

@dataclass
class GroupInput:
    """A priority as typed in the dialog or on the command line. The chair is linked to one of a
    person, a seat or a reporting officer (or none); ``chair_role`` is the role as written."""

    title: str
    description: str = ""
    has_working_group: bool = False
    chair_role: str | None = None
    chair_person_id: int | None = None
    chair_seat_id: int | None = None
    chair_officer_id: int | None = None


def _apply(session: Session, p: Priority, data: GroupInput) -> None:
    title = " ".join((data.title or "").split())
    problems = control_problems({"the title": data.title, "the chair's role": data.chair_role})
    if not title:
        problems.append("A priority needs a title.")
    elif len(title) > TITLE_LIMIT:
        problems.append(f"The title is longer than {TITLE_LIMIT} characters.")
    if len(data.description or "") > TEXT_LIMIT:
        problems.append(f"The description is kept to {TEXT_LIMIT} characters.")
    if len(data.chair_role or "") > TITLE_LIMIT:
        problems.append(f"The chair's role is kept to {TITLE_LIMIT} characters.")
    links = [x for x in (data.chair_person_id, data.chair_seat_id, data.chair_officer_id) if x]
    if len(links) > 1:
        problems.append("Link the chair to one of a person, a seat or a reporting officer, not more.")
    chaired = bool(links or (data.chair_role or "").strip())
    if chaired and not data.has_working_group:
        problems.append("Only a working group has a chair: say the priority has a working group, or clear the chair.")
    if data.chair_person_id and session.get(Person, data.chair_person_id) is None:
        problems.append(f"There is no person with id {data.chair_person_id}.")
    if data.chair_seat_id:
        seat = session.get(Seat, data.chair_seat_id)
        if seat is None:
            problems.append(f"There is no seat with id {data.chair_seat_id}.")
        elif seat.former and seat.id != p.chair_seat_id:
            problems.append(f"The seat “{seat.title}” was retired; link the chair to a seat the board has now.")
    if data.chair_officer_id and session.get(ReportingOfficer, data.chair_officer_id) is None:
        problems.append(f"There is no reporting officer with id {data.chair_officer_id}.")
    if problems:
        raise WorkingGroupError(sentence(problems))
    same = [x for x in session.exec(select(Priority).where(Priority.former == False))  # noqa: E712
            if x.id != p.id and x.title.casefold() == title.casefold()]
    if same:
        raise WorkingGroupError(f"The board already has a priority “{same[0].title}” (id {same[0].id}).")
    p.title = title
    p.description = (data.description or "").strip()
    p.has_working_group = data.has_working_group
    p.working_group_chair = " ".join((data.chair_role or "").split()) or None
    p.chair_person_id = data.chair_person_id or None
    p.chair_seat_id = data.chair_seat_id or None
    p.chair_officer_id = data.chair_officer_id or None


def add_group(store: Store, data: GroupInput) -> int:
    """Adds a priority (with or without a working group) at the end of the list; gives its id."""
    with store.session() as session:
        board = session.exec(select(Board)).first()
        if board is None:
            raise WorkingGroupError("There is no board yet: load the board's details first.")
        last = max((x.sort_order for x in session.exec(select(Priority))), default=0)
        p = Priority(board_id=board.id, title="", sort_order=last + 1)
        _apply(session, p, data)
        session.add(p)
        session.flush()
        return p.id


def _live(session: Session, ref: str | int) -> Priority:
    p = find_group(session, ref)
    if p.former:
        raise WorkingGroupError(f"“{p.title}” was retired" + (f" on {dates.short(p.retired_on)}" if p.retired_on else "")
                                + "; it stays as it was.")
    return p


def update_group(store: Store, ref: str | int, data: GroupInput, *, today: dt.date | None = None) -> int:
    """Changes a priority; a new chair also presents the group's report on the agendas already
    built for meetings to come (where the item's presenter is still the old chair's)."""
    today = clock.or_today(today)
    with store.session() as session:
        p = _live(session, ref)
        old = report_presenter(session, p)
        _apply(session, p, data)
        repoint_reports(session, p, old, today)
        return p.id


def _report_items(session: Session, p: Priority, today: dt.date) -> list[AgendaItem]:
    """The working-group report items on the agendas of meetings from ``today`` on themed on ``p``."""
    rows = session.exec(select(AgendaItem).join(Meeting, AgendaItem.meeting_id == Meeting.id)
                        .where(Meeting.priority_id == p.id, Meeting.date >= today)
                        .order_by(AgendaItem.id)).all()
    return [i for i in rows if is_report_item(i.title, i.section, i.report_rule_id)]


def repoint_reports(session: Session, p: Priority, old: tuple, today: dt.date) -> int:
    """Agenda items of meetings to come still presented as ``old`` (the chair before a change) are
    presented by the chair now; items the officer gave another presenter are left alone."""
    new = report_presenter(session, p)
    if new == old:
        return 0
    moved = 0
    for item in _report_items(session, p, today):
        if (item.presenter_person_id, item.presenter_seat_id, item.presenter_role) == old:
            item.presenter_person_id, item.presenter_seat_id, item.presenter_role = new
            moved += 1
    return moved


def group_input(store: Store, ref: str | int) -> GroupInput:
    with store.session() as session:
        p = find_group(session, ref)
        return GroupInput(title=p.title, description=p.description or "", has_working_group=p.has_working_group,
                          chair_role=p.working_group_chair, chair_person_id=p.chair_person_id,
                          chair_seat_id=p.chair_seat_id, chair_officer_id=p.chair_officer_id)


@dataclass(frozen=True)
class Retired:
    title: str
    on: dt.date
    meetings_to_come: tuple[dt.date, ...]  # meetings from that day on still themed on it


def retire_group(store: Store, ref: str | int, *, on: dt.date | None = None, today: dt.date | None = None) -> Retired:
    """Retires a priority (and its working group) from ``on`` (today if not given, never a day to
    come). It is kept: meetings themed on it still show it; no new meeting is offered it, and its
    group reports at no meeting from that day."""
    today = clock.or_today(today)
    on = on or today
    if on > today:
        raise WorkingGroupError(f"A priority is retired on the day it goes ({dates.short(on)} is still to come): "
                                "retire it then.")
    with store.session() as session:
        p = _live(session, ref)
        p.former, p.retired_on = True, on
        later = tuple(session.exec(select(Meeting.date).where(Meeting.priority_id == p.id, Meeting.date >= on)
                                   .order_by(Meeting.date)))
        for m in session.exec(select(WorkingGroupMember).where(WorkingGroupMember.priority_id == p.id)):
            if m.end_date is None or m.end_date > on:
                m.end_date = max(on, m.start_date) if m.start_date else on
        return Retired(p.title, on, later)


# --- changes: members -------------------------------------------------------------------------------

def add_member(store: Store, ref: str | int, person_id: int, *, role: str | None = None,
               start: dt.date | None = None, end: dt.date | None = None) -> int:
    """Adds a person to a working group; gives the membership's id."""
    with store.session() as session:
        p = _live(session, ref)
        if not p.has_working_group:
            raise WorkingGroupError(f"“{p.title}” has no working group: say it has one first.")
        person = session.get(Person, person_id)
        problems = control_problems({"the role": role})
        if person is None:
            problems.append(f"There is no person with id {person_id}.")
        if start and end and end < start:
            problems.append("A membership cannot end before it starts.")
        if len(role or "") > TITLE_LIMIT:
            problems.append(f"The role is kept to {TITLE_LIMIT} characters.")
        if problems:
            raise WorkingGroupError(sentence(problems))
        already = [m for m in session.exec(select(WorkingGroupMember).where(
            WorkingGroupMember.priority_id == p.id, WorkingGroupMember.person_id == person_id)) if m.end_date is None]
        if already:
            raise WorkingGroupError(f"{person_name(person, public=False)} is already a member of the {p.title} "
                                    f"working group (membership {already[0].id}).")
        m = WorkingGroupMember(priority_id=p.id, person_id=person_id, role=" ".join((role or "").split()) or None,
                               start_date=start, end_date=end)
        session.add(m)
        session.flush()
        return m.id


def remove_member(store: Store, member_id: int, *, on: dt.date | None = None) -> int:
    """Ends a working-group membership on ``on`` (kept in the group's history), or, with no date,
    removes one entered by mistake. Gives the group's id."""
    with store.session() as session:
        m = session.get(WorkingGroupMember, member_id)
        if m is None:
            raise WorkingGroupError(f"There is no working-group membership {member_id} "
                                    "(see `cpo-desktop working-groups plan GROUP`).")
        group = m.priority_id
        if on is None:
            session.delete(m)
        elif m.start_date and on < m.start_date:
            raise WorkingGroupError(f"The membership starts on {dates.short(m.start_date)}; it cannot end before.")
        else:
            m.end_date = on
        return group


# --- changes: commitments and their RAG updates -------------------------------------------------------

@dataclass
class CommitmentInput:
    text: str
    owner_role: str | None = None
    owner_person_id: int | None = None
    due_date: dt.date | None = None


def _apply_commitment(session: Session, c: Commitment, data: CommitmentInput) -> None:
    text = " ".join((data.text or "").split())
    problems = control_problems({"the commitment": data.text, "the owner": data.owner_role})
    if not text:
        problems.append("A commitment needs its words (what “we will” do).")
    elif len(text) > TEXT_LIMIT:
        problems.append(f"A commitment is kept to {TEXT_LIMIT} characters.")
    if len(data.owner_role or "") > TITLE_LIMIT:
        problems.append(f"The owner's role is kept to {TITLE_LIMIT} characters.")
    if data.owner_person_id and session.get(Person, data.owner_person_id) is None:
        problems.append(f"There is no person with id {data.owner_person_id}.")
    if problems:
        raise WorkingGroupError(sentence(problems))
    c.text = text
    c.owner_role = " ".join((data.owner_role or "").split()) or None
    c.owner_person_id = data.owner_person_id or None
    c.due_date = data.due_date


def add_commitment(store: Store, ref: str | int, data: CommitmentInput) -> int:
    """Adds a commitment at the end of a priority's action plan; gives its id."""
    with store.session() as session:
        p = _live(session, ref)
        last = max((c.sort_order for c in session.exec(select(Commitment).where(Commitment.priority_id == p.id))),
                   default=0)
        c = Commitment(priority_id=p.id, text="", sort_order=last + 1)
        _apply_commitment(session, c, data)
        session.add(c)
        session.flush()
        return c.id


def _commitment(session: Session, commitment_id: int) -> Commitment:
    c = session.get(Commitment, commitment_id)
    if c is None:
        raise WorkingGroupError(f"There is no commitment {commitment_id} (see `cpo-desktop working-groups plan GROUP`).")
    return c


def commitment_input(store: Store, commitment_id: int) -> CommitmentInput:
    with store.session() as session:
        c = _commitment(session, commitment_id)
        return CommitmentInput(c.text, c.owner_role, c.owner_person_id, c.due_date)


def commitment_group(store: Store, commitment_id: int) -> int:
    """The id of the priority the commitment belongs to."""
    with store.session() as session:
        return _commitment(session, commitment_id).priority_id


def update_commitment(store: Store, commitment_id: int, data: CommitmentInput) -> int:
    with store.session() as session:
        c = _commitment(session, commitment_id)
        if c.former:
            raise WorkingGroupError(f"Commitment {commitment_id} was retired; it stays as it was.")
        _apply_commitment(session, c, data)
        return c.id


def retire_commitment(store: Store, commitment_id: int) -> int:
    """Takes a commitment out of the action plan (kept with its updates); gives its id."""
    with store.session() as session:
        c = _commitment(session, commitment_id)
        if c.former:
            raise WorkingGroupError(f"Commitment {commitment_id} is already retired.")
        c.former = True
        return c.id


def rag_value(text: str) -> str:
    value = (text or "").strip().casefold()
    if value not in RAGS:
        raise WorkingGroupError(f"“{text}” is not a RAG status: say red, amber or green.")
    return value


def rag_update(store: Store, commitment_id: int, rag: str, *, note: str = "", on: dt.date | None = None,
               today: dt.date | None = None) -> int:
    """A dated progress update on a commitment: it takes the RAG status given (the latest update's
    status is the commitment's). Gives the update's id."""
    today = clock.or_today(today)
    on = on or today
    rag = rag_value(rag)
    note = (note or "").strip()
    problems = control_problems({"the note": note})
    if len(note) > NOTE_LIMIT:
        problems.append(f"A note is kept to {NOTE_LIMIT} characters.")
    if on > today:
        problems.append(f"An update is dated on or before today ({dates.short(on)} is still to come).")
    if problems:
        raise WorkingGroupError(sentence(problems))
    with store.session() as session:
        c = _commitment(session, commitment_id)
        if c.former:
            raise WorkingGroupError(f"Commitment {commitment_id} was retired; it takes no more updates.")
        u = CommitmentUpdate(commitment_id=c.id, date=on, rag=rag, note=note)
        session.add(u)
        session.flush()
        latest = session.exec(select(CommitmentUpdate).where(CommitmentUpdate.commitment_id == c.id)
                              .order_by(CommitmentUpdate.date.desc(), CommitmentUpdate.id.desc())).first()
        c.rag = latest.rag
        return u.id


# --- undo --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GroupState:
    """A priority with its members, commitments and their updates at a moment (row None: not there)."""

    priority_id: int
    row: dict | None
    members: tuple[dict, ...] = ()
    commitments: tuple[dict, ...] = ()
    updates: tuple[dict, ...] = ()
    # (item id, person id, seat id, role): who presents the group's report on agendas to come
    presenters: tuple[tuple, ...] = ()


def capture(store: Store, priority_id: int) -> GroupState:
    with store.session() as session:
        p = session.get(Priority, priority_id)
        if p is None:
            return GroupState(priority_id, None)
        members = tuple(m.model_dump() for m in session.exec(
            select(WorkingGroupMember).where(WorkingGroupMember.priority_id == priority_id)
            .order_by(WorkingGroupMember.id)))
        commitments = list(session.exec(select(Commitment).where(Commitment.priority_id == priority_id)
                                        .order_by(Commitment.id)))
        ids = [c.id for c in commitments]
        updates = tuple(u.model_dump() for u in session.exec(
            select(CommitmentUpdate).where(CommitmentUpdate.commitment_id.in_(ids)).order_by(CommitmentUpdate.id))
        ) if ids else ()
        presenters = tuple((i.id, i.presenter_person_id, i.presenter_seat_id, i.presenter_role)
                           for i in _report_items(session, p, clock.today()))
        return GroupState(priority_id, p.model_dump(), members, tuple(c.model_dump() for c in commitments), updates,
                          presenters)


def restore(store: Store, state: GroupState) -> None:
    with store.session() as session:
        pid = state.priority_id
        keep_members = {r["id"] for r in state.members}
        keep_commitments = {r["id"] for r in state.commitments}
        keep_updates = {r["id"] for r in state.updates}
        commitments = list(session.exec(select(Commitment).where(Commitment.priority_id == pid)))
        ids = [c.id for c in commitments]
        if ids:
            for u in session.exec(select(CommitmentUpdate).where(CommitmentUpdate.commitment_id.in_(ids))):
                if u.id not in keep_updates:
                    session.delete(u)
        session.flush()
        for c in commitments:
            if c.id not in keep_commitments:
                session.delete(c)
        for m in session.exec(select(WorkingGroupMember).where(WorkingGroupMember.priority_id == pid)):
            if m.id not in keep_members:
                session.delete(m)
        session.flush()
        p = session.get(Priority, pid)
        if state.row is None:
            if p is not None:
                session.delete(p)  # only ever a priority added by the change being undone
            return
        session.merge(Priority(**state.row))
        session.flush()
        for row in state.members:
            session.merge(WorkingGroupMember(**row))
        for row in state.commitments:
            session.merge(Commitment(**row))
        session.flush()
        for row in state.updates:
            session.merge(CommitmentUpdate(**row))
        for item_id, person, seat, role in state.presenters:
            item = session.get(AgendaItem, item_id)
            if item is not None:
                item.presenter_person_id, item.presenter_seat_id, item.presenter_role = person, seat, role


def as_json(rows: list[GroupRow]) -> list[dict]:
    return [r.as_dict() for r in rows]

