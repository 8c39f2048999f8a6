"""Who held a seat on a day: the one query the agenda's presenters, the minutes, the packs and
the working groups' chairs share (a Session query, no other I/O)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from cpo_desktop.model.tables import Membership, Person


def holder_on(session: Session, seat_id: int, day: dt.date) -> Person | None:
    """Who held the seat on ``day`` (None if it was vacant)."""
    membership = session.exec(select(Membership).where(
        Membership.seat_id == seat_id, Membership.start_date <= day,
        (Membership.end_date == None) | (Membership.end_date >= day))  # noqa: E711
        .order_by(Membership.start_date.desc())).first()
    return session.get(Person, membership.person_id) if membership else None
