"""Read-only summaries for the main window's views and the status bar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import func, select

from cpo_desktop import clock
from cpo_desktop.model import enums
from cpo_desktop.model.rules import municipal_year_label, person_name
from cpo_desktop.model.tables import (
    Board,
    Meeting,
    Membership,
    Organisation,
    Person,
    Priority,
    Seat,
)
from cpo_desktop.store.db import Store


@dataclass(frozen=True)
class SeatRow:
    seat: str
    category: str
    holder: str  # empty when the seat is vacant
    organisation: str
    since: dt.date | None
    until: dt.date | None
    young_person: bool
    id: int = 0
    holder_id: int | None = None
    membership_id: int | None = None
    substitute: str = ""
    substitute_id: int | None = None
    counts_towards_quorum: bool = True
    voting: bool = True
    role: str = ""  # "Chair", "Vice-chair" or ""
    term_years: int | None = None
    former: bool = False
    permanent: bool = False
    rotation_group: str = ""
    source: str = ""
    category_value: str = ""

    @property
    def vacant(self) -> bool:
        return not self.holder


@dataclass(frozen=True)
class MeetingRow:
    date: dt.date
    start_time: dt.time
    kind: str
    theme: str
    venue: str
    status: str
    municipal_year: str


@dataclass(frozen=True)
class Overview:
    board_name: str
    seats: list[SeatRow]
    meetings: list[MeetingRow]
    people: int

    @property
    def is_empty(self) -> bool:
        return self.people == 0


def load(store: Store, *, today: dt.date | None = None) -> Overview:
    today = clock.or_today(today)
    with store.session() as session:
        board = session.exec(select(Board)).first()
        orgs = {o.id: o.name for o in session.exec(select(Organisation))}
        current: dict[int, Membership] = {}
        for m in session.exec(select(Membership).where(
                Membership.start_date <= today,
                (Membership.end_date == None) | (Membership.end_date >= today))  # noqa: E711
                .order_by(Membership.start_date)):
            current[m.seat_id] = m
        wanted = {m.person_id for m in current.values()} | {m.substitute_id for m in current.values()}
        people = {p.id: p for p in session.exec(select(Person).where(Person.id.in_(wanted)))}
        people_count = session.exec(select(func.count()).select_from(Person)).one()
        seats = []
        for s in session.exec(select(Seat).where(Seat.former == False).order_by(Seat.sort_order)):  # noqa: E712
            m = current.get(s.id)
            p = people.get(m.person_id) if m else None
            sub = people.get(m.substitute_id) if m and m.substitute_id else None
            seats.append(SeatRow(
                seat=s.title, category=enums.SeatCategory(s.category).label,
                holder=person_name(p, public=False) if p else "", organisation=orgs.get(s.organisation_id, ""),
                since=m.start_date if m else None, until=m.end_date if m else None,
                young_person=bool(p and p.is_young_person), id=s.id, holder_id=p.id if p else None,
                membership_id=m.id if m else None, substitute=person_name(sub, public=False) if sub else "",
                substitute_id=sub.id if sub else None,
                counts_towards_quorum=s.counts_towards_quorum, voting=s.voting,
                role="Chair" if s.is_chair else "Vice-chair" if s.is_vice_chair else "",
                term_years=s.term_years, permanent=s.permanent, rotation_group=s.rotation_group or "",
                source=s.source or "", category_value=s.category))
        themes = {p.id: p.title for p in session.exec(select(Priority))}
        meetings = [MeetingRow(date=m.date, start_time=m.start_time, kind=enums.MeetingKind(m.kind).label,
                               theme=themes.get(m.priority_id, m.notes or ""), venue=m.venue,
                               status=m.status.capitalize(), municipal_year=municipal_year_label(m.date))
                    for m in session.exec(select(Meeting).order_by(Meeting.date))]
    return Overview(board_name=board.name if board else "", seats=seats, meetings=meetings, people=people_count)


@dataclass(frozen=True)
class ViewsData:
    """Everything the main window's views show, read in one go off the UI thread."""

    overview: Overview
    members: list  # register.MemberRow
    officers: list  # officers.OfficerRow
    organisations: list[str]
    meetings: list = field(default_factory=list)  # meetings.MeetingRow, every meeting in date order

    @property
    def people_choices(self) -> list[tuple[int, str]]:
        """Current (not former) people as (id, name), for choosing a substitute or an officer."""
        return [(m.id, m.name) for m in self.members if not m.former]


def load_views(store: Store, *, today: dt.date | None = None) -> ViewsData:
    from cpo_desktop.services import meetings, officers, register

    with store.session(write=False):  # one read: it never waits for, nor holds up, a program writing
        return ViewsData(overview=load(store, today=today), members=register.list_members(store, today=today),
                         officers=officers.list_officers(store), organisations=register.organisation_names(store),
                         meetings=meetings.list_meetings(store))
