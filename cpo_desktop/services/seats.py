"""The board's seats as the officer keeps them: added, edited and retired as the terms of reference
change (they say representation "will be reviewed regularly"), never deleted.

A seat's term is a number of years or permanent (or not set); seats can belong to a rotation group
(the Making A Difference representatives rotate every two years); whether a seat votes and counts
towards the quorum is the officer's to set, with where each rule comes from. A retired seat keeps
its history: it stays on the agendas, attendance and minutes it was on, and counted towards the
quorum of meetings before its retirement; those who held it on the day have their membership
ended that day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import sentence
from cpo_desktop.model import enums
from cpo_desktop.model.rules import person_name
from cpo_desktop.model.tables import Board, Membership, Person, Seat
from cpo_desktop.model.text_rules import control_problems
from cpo_desktop.services.register import RegisterError, organisation_id
from cpo_desktop.store.db import Store

MAX_TERM_YEARS = 10
TITLE_LIMIT = 200
TEXT_LIMIT = 500


@dataclass
class SeatInput:
    """A seat as typed in the dialog or on the command line."""

    title: str
    category: str
    organisation: str | None = None
    term_years: int | None = None
    permanent: bool = False
    rotation_group: str | None = None
    voting: bool = True
    counts_towards_quorum: bool = True
    source: str | None = None


@dataclass(frozen=True)
class Retired:
    """What retiring a seat did: the day, and whose membership it ended."""

    title: str
    on: dt.date
    ended: tuple[str, ...]


def category_value(text: str) -> str:
    """A category given as its value (``young_person``) or its label, in any case."""
    def plain(t: str) -> str:
        return " ".join(t.casefold().replace("_", " ").replace("-", " ").split())

    wanted = plain(text)
    for c in enums.SeatCategory:
        if wanted in (plain(c.value), plain(c.label)):
            return c.value
    known = ", ".join(c.value for c in enums.SeatCategory)
    raise RegisterError(f"Unknown seat category “{text.strip()}”: choose one of {known}.")


def find_seat(session: Session, ref: str | int) -> Seat:
    """A seat by its id or its exact title (in any case)."""
    seat = None
    if isinstance(ref, int) or str(ref).strip().isdigit():
        seat = session.get(Seat, int(ref))
    else:
        wanted = str(ref).strip().casefold()
        matches = [s for s in session.exec(select(Seat).order_by(Seat.former, Seat.id)) if s.title.casefold() == wanted]
        seat = matches[0] if matches else None
    if seat is None:
        raise RegisterError(f"There is no seat “{ref}” (see `cpo-desktop seats list` for ids).")
    return seat


def _apply(session: Session, seat: Seat, data: SeatInput) -> None:
    title = " ".join(data.title.split())
    problems = control_problems({"the title": data.title, "the organisation": data.organisation,
                                 "the rotation group": data.rotation_group, "the source": data.source})
    if not title:
        problems.append("A seat needs a title.")
    elif len(title) > TITLE_LIMIT:
        problems.append(f"The title is longer than {TITLE_LIMIT} characters.")
    if len(data.source or "") > TEXT_LIMIT or len(data.rotation_group or "") > TITLE_LIMIT:
        problems.append(f"The source is kept to {TEXT_LIMIT} characters and the rotation group to {TITLE_LIMIT}.")
    if data.permanent and data.term_years:
        problems.append("A seat's term is either permanent or a number of years, not both.")
    if data.term_years is not None and not 1 <= data.term_years <= MAX_TERM_YEARS:
        problems.append(f"A term is from 1 to {MAX_TERM_YEARS} years.")
    if problems:
        raise RegisterError(sentence(problems))
    category = category_value(data.category)
    same = [s for s in session.exec(select(Seat).where(Seat.former == False))  # noqa: E712
            if s.id != seat.id and s.title.casefold() == title.casefold()]
    if same:
        raise RegisterError(f"The board already has a seat “{same[0].title}” (id {same[0].id}); give this one "
                            "a title of its own.")
    seat.title = title
    seat.category = category
    seat.organisation_id = organisation_id(session, data.organisation)
    seat.term_years = None if data.permanent else data.term_years
    seat.permanent = data.permanent
    seat.rotation_group = " ".join((data.rotation_group or "").split()) or None
    seat.voting = data.voting
    seat.counts_towards_quorum = data.counts_towards_quorum
    seat.source = (data.source or "").strip() or None


def add_seat(store: Store, data: SeatInput) -> int:
    """Adds a seat at the end of the board's list; gives its id."""
    with store.session() as session:
        board = session.exec(select(Board)).first()
        if board is None:
            raise RegisterError("There is no board yet: load the board's details first.")
        last = max((s.sort_order for s in session.exec(select(Seat))), default=0)
        seat = Seat(board_id=board.id, title="", category=enums.SeatCategory.PARTNER_AGENCY.value, sort_order=last + 1)
        _apply(session, seat, data)
        session.add(seat)
        session.flush()
        return seat.id


def update_seat(store: Store, ref: str | int, data: SeatInput) -> int:
    """Changes a seat's details (not its holders: appoint and end memberships for those); gives its id."""
    with store.session() as session:
        seat = find_seat(session, ref)
        if seat.former:
            raise RegisterError(f"The seat “{seat.title}” was retired"
                                + (f" on {dates.short(seat.retired_on)}" if seat.retired_on else "")
                                + "; its details stay as they were.")
        _apply(session, seat, data)
        return seat.id


def seat_input(store: Store, ref: str | int) -> SeatInput:
    """The seat as the edit form shows it."""
    from cpo_desktop.model.tables import Organisation

    with store.session() as session:
        s = find_seat(session, ref)
        org = session.get(Organisation, s.organisation_id) if s.organisation_id else None
        return SeatInput(title=s.title, category=s.category, organisation=org.name if org else None,
                         term_years=s.term_years, permanent=s.permanent, rotation_group=s.rotation_group,
                         voting=s.voting, counts_towards_quorum=s.counts_towards_quorum, source=s.source)


def retire_seat(store: Store, ref: str | int, *, on: dt.date | None = None, today: dt.date | None = None) -> Retired:
    """Retires a seat from ``on`` (today if not given, never a day still to come): it leaves the
    board's list, and whoever holds it then has their membership ended that day."""
    today = clock.or_today(today)
    on = on or today
    if on > today:
        raise RegisterError(f"A seat is retired on the day it goes ({dates.short(on)} is still to come): "
                            "retire it then.")
    with store.session() as session:
        seat = find_seat(session, ref)
        if seat.former:
            raise RegisterError(f"The seat “{seat.title}” is already retired.")
        if seat.is_chair or seat.is_vice_chair:
            role = "Chair" if seat.is_chair else "Vice-chair"
            raise RegisterError(f"“{seat.title}” is the {role}'s seat, which the terms of reference require; "
                                "it cannot be retired.")
        memberships = list(session.exec(select(Membership).where(Membership.seat_id == seat.id)))
        later = [m for m in memberships if m.start_date > on]
        if later:
            who = session.get(Person, later[0].person_id)
            raise RegisterError(f"{person_name(who, public=False)} is appointed to “{seat.title}” from "
                                f"{dates.short(later[0].start_date)}, after {dates.short(on)}: end or remove that "
                                "appointment first.")
        ended = []
        for m in memberships:
            if m.end_date is None or m.end_date > on:
                m.end_date = on
                ended.append(person_name(session.get(Person, m.person_id), public=False))
        seat.former = True
        seat.retired_on = on
        return Retired(seat.title, on, tuple(ended))


# --- undo ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SeatState:
    """One seat's row and its memberships at a moment (row None: not there), for undo and redo."""

    seat_id: int
    row: dict | None
    memberships: tuple[dict, ...] = ()


def capture(store: Store, seat_id: int) -> SeatState:
    with store.session() as session:
        seat = session.get(Seat, seat_id)
        held = tuple(m.model_dump() for m in session.exec(select(Membership).where(Membership.seat_id == seat_id)))
        return SeatState(seat_id, seat.model_dump() if seat else None, held)


def restore(store: Store, state: SeatState) -> None:
    with store.session() as session:
        seat = session.get(Seat, state.seat_id)
        if state.row is None:
            if seat is not None:
                session.delete(seat)  # only ever a seat added by the change being undone (no memberships)
            return
        session.merge(Seat(**state.row))
        for row in state.memberships:
            session.merge(Membership(**row))
