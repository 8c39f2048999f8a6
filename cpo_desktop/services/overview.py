"""Read-only summaries for the main window's views and the status bar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import select

from cpo_desktop.model import enums
from cpo_desktop.model.rules import municipal_year_label, person_name
from cpo_desktop.model.tables import Board, Meeting, Membership, Organisation, Person, Priority, Seat
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
    today = today or dt.date.today()
    with store.session() as session:
        board = session.exec(select(Board)).first()
        orgs = {o.id: o.name for o in session.exec(select(Organisation))}
        people = {p.id: p for p in session.exec(select(Person))}
        current: dict[int, Membership] = {}
        for m in session.exec(select(Membership).order_by(Membership.start_date)):
            if m.start_date <= today and (m.end_date is None or m.end_date >= today):
                current[m.seat_id] = m
        seats = []
        for s in session.exec(select(Seat).where(Seat.former == False).order_by(Seat.sort_order)):  # noqa: E712
            m = current.get(s.id)
            p = people.get(m.person_id) if m else None
            seats.append(SeatRow(
                seat=s.title, category=enums.SeatCategory(s.category).label,
                holder=person_name(p, public=False) if p else "", organisation=orgs.get(s.organisation_id, ""),
                since=m.start_date if m else None, until=m.end_date if m else None,
                young_person=bool(p and p.is_young_person)))
        themes = {p.id: p.title for p in session.exec(select(Priority))}
        meetings = [MeetingRow(date=m.date, start_time=m.start_time, kind=enums.MeetingKind(m.kind).label,
                               theme=themes.get(m.priority_id, m.notes or ""), venue=m.venue,
                               status=m.status.capitalize(), municipal_year=municipal_year_label(m.date))
                    for m in session.exec(select(Meeting).order_by(Meeting.date))]
    return Overview(board_name=board.name if board else "", seats=seats, meetings=meetings, people=len(people))
