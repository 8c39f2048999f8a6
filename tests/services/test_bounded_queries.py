"""The action log and matters arising read what they show in a fixed number of queries, however
long the board's record (issue 20, point 1): counted on the engine, on the demo board."""

from __future__ import annotations

import contextlib
import datetime as dt

from sqlalchemy import event
from sqlmodel import select

from conftest import DEMO_DAY
from cpo_desktop.model.rules import person_name


@contextlib.contextmanager
def counted(store):
    """The SQL statements the store's engine runs inside the block: ``with counted(s) as n: …; n[0]``."""
    n = [0]

    def count(*_args) -> None:
        n[0] += 1

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield n
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def _add_actions(store, count: int) -> None:
    """``count`` actions, each from a different minute of the meetings held (round the minutes
    of every meeting), owned by different people, half of them with an update, some closed
    long ago."""
    from cpo_desktop.model import enums
    from cpo_desktop.model.tables import Meeting, Minute, Person
    from cpo_desktop.services import actions

    with store.session() as session:
        minutes = [(x.id, x.meeting_id) for x in session.exec(select(Minute).order_by(Minute.meeting_id, Minute.id))]
        people = [p.id for p in session.exec(select(Person).order_by(Person.id))]
        days = {m.id: m.date for m in session.exec(select(Meeting).where(Meeting.status == enums.MeetingStatus.HELD))}
    assert len(minutes) >= 30 and len(people) >= 30
    for k in range(count):
        minute_id, meeting_id = minutes[k % len(minutes)]
        number = actions.add_action(store, actions.ActionInput(
            description=f"Follow up point {k}", owner_id=people[k % len(people)],
            due_date=days[meeting_id] + dt.timedelta(days=30), minute_id=minute_id), today=DEMO_DAY)
        if k % 2:
            actions.update_action(store, number, status="done" if k % 4 == 1 else "in_progress", text="Reported.",
                                  on=days[meeting_id] + dt.timedelta(days=1), today=DEMO_DAY)


def _latest_held(store) -> int:
    from cpo_desktop.model import enums
    from cpo_desktop.model.tables import Meeting

    with store.session() as session:
        return session.exec(select(Meeting.id).where(Meeting.status == enums.MeetingStatus.HELD,
                                                     Meeting.kind == enums.MeetingKind.BOARD)
                            .order_by(Meeting.date.desc())).first()


def test_listing_actions_takes_as_many_queries_for_200_actions_as_for_10(demo_store):
    from cpo_desktop.services import actions

    _add_actions(demo_store, 10)
    with counted(demo_store) as few:
        short = actions.list_actions(demo_store, today=DEMO_DAY)
    _add_actions(demo_store, 190)
    with counted(demo_store) as many:
        long = actions.list_actions(demo_store, today=DEMO_DAY)
    assert len(long) == len(short) + 190
    assert many[0] == few[0], f"{few[0]} queries for {len(short)} actions, {many[0]} for {len(long)}"
    with counted(demo_store) as public:
        actions.list_actions(demo_store, public=True, today=DEMO_DAY)
    assert public[0] == few[0]


def test_the_action_log_shows_each_minute_by_its_number(demo_store):
    """Read in bulk, each action still names its minute by the number the minutes give it,
    frozen (confirmed minutes) or worked out (the draft)."""
    from cpo_desktop.model.tables import Meeting
    from cpo_desktop.services import actions, minutes

    _add_actions(demo_store, 60)
    rows = [r for r in actions.list_actions(demo_store, today=DEMO_DAY) if r.minute_id]
    with demo_store.session() as session:
        meetings = {r.meeting_id for r in rows}
        dates = {i: session.get(Meeting, i).date for i in meetings}
    numbers = {m.id: m.number for i in meetings for m in minutes.load(demo_store, i).minutes}
    statuses = {minutes.load(demo_store, i).status for i in meetings}
    assert {"draft", "signed"} <= statuses  # frozen numbers and worked-out ones both shown
    for r in rows:
        assert r.minute_ref == f"{numbers[r.minute_id]} ({dates[r.meeting_id]:%d/%m/%Y})"


def test_matters_arising_takes_as_many_queries_for_200_actions_as_for_10(demo_store):
    from cpo_desktop.services import actions

    _add_actions(demo_store, 10)
    upcoming = _upcoming(demo_store)
    with counted(demo_store) as few:
        short = actions.matters_arising(demo_store, upcoming, today=DEMO_DAY)
    _add_actions(demo_store, 190)
    with counted(demo_store) as many:
        long = actions.matters_arising(demo_store, upcoming, today=DEMO_DAY)
    assert len(long) > len(short)
    assert many[0] == few[0], f"{few[0]} queries for {len(short)} actions, {many[0]} for {len(long)}"


def test_matters_arising_reads_only_the_actions_it_shows(demo_store):
    """Actions closed before the meeting before are not read at all (rather than read and dropped)."""
    from cpo_desktop.model.tables import ActionItem
    from cpo_desktop.services import actions

    _add_actions(demo_store, 40)
    with demo_store.session() as session:
        everything = len(session.exec(select(ActionItem)).all())
    loaded = []

    def load(target, _context) -> None:
        loaded.append(target.id)

    event.listen(ActionItem, "load", load)
    try:
        shown = actions.matters_arising(demo_store, _upcoming(demo_store), today=DEMO_DAY)
    finally:
        event.remove(ActionItem, "load", load)
    assert 0 < len(shown) < everything
    assert sorted(loaded) == sorted(r.id for r in shown)


def _upcoming(store) -> int:
    from cpo_desktop.model.tables import Meeting

    with store.session() as session:
        return session.exec(select(Meeting.id).where(Meeting.date >= DEMO_DAY).order_by(Meeting.date)).first()


def test_the_restricted_preflight_does_not_read_the_whole_register(demo_store):
    """The restricted pack's preflight needs no name masker, so it does not load every person:
    as many people read with 500 more in the register as without them."""
    from cpo_desktop.model.tables import Person
    from cpo_desktop.services import packs

    upcoming = _upcoming(demo_store)

    def people_loaded() -> int:
        loaded = []

        def load(target, _context) -> None:
            loaded.append(target.id)

        event.listen(Person, "load", load)
        try:
            packs.preflight(demo_store, upcoming, today=DEMO_DAY)
        finally:
            event.remove(Person, "load", load)
        return len(loaded)

    before = people_loaded()
    with demo_store.session() as session:
        for k in range(500):
            session.add(Person(first_name="Extra", surname=f"Person {k}"))
    assert people_loaded() == before


def test_an_agenda_takes_as_many_queries_for_30_items_as_for_the_template(demo_store):
    """Presenters (named, or a seat's holder on the day), their e-mails and the papers are read
    in bulk: the same number of queries with 30 more items, each shown as before."""
    from cpo_desktop.model.tables import AgendaItem, Person, Seat
    from cpo_desktop.services import agenda

    upcoming = _upcoming(demo_store)
    with counted(demo_store) as few:
        short = agenda.load_agenda(demo_store, upcoming, today=DEMO_DAY)
    with demo_store.session() as session:
        seats = [s.id for s in session.exec(select(Seat).where(Seat.former == False))]  # noqa: E712
        people = [p.id for p in session.exec(select(Person).order_by(Person.id))]
    for k in range(30):
        agenda.add_item(demo_store, upcoming, agenda.ItemInput(
            title=f"Report {k}", presenter_seat_id=seats[k % len(seats)] if k % 3 == 0 else None,
            presenter_person_id=people[k % len(people)] if k % 3 == 1 else None,
            presenter_role="Head of Service" if k % 3 != 0 else None))
    with counted(demo_store) as many:
        long = agenda.load_agenda(demo_store, upcoming, today=DEMO_DAY)
    assert len(long.items) == len(short.items) + 30
    assert many[0] == few[0], f"{few[0]} queries for {len(short.items)} items, {many[0]} for {len(long.items)}"
    day = long.meeting.date
    with demo_store.session() as session:
        for row in long.items:  # as the one-item reading says
            text, email, person = agenda.presenter_and_email(session, session.get(AgendaItem, row.id), day)
            assert (row.presenter, row.author_email, row.author_name) == \
                (text, email, person_name(person, public=False) if person else None)
    assert any(r.presenter.startswith("Head of Service") or ", Head of Service" in r.presenter for r in long.items)


def test_an_attendance_sheet_takes_as_many_queries_for_15_more_rows_as_without_them(demo_store):
    """The people and seats on an attendance sheet are read in bulk: the same number of
    queries with 15 more people in attendance."""
    from cpo_desktop.model.enums import AttendanceStatus as S
    from cpo_desktop.model.tables import Person
    from cpo_desktop.services import attendance, minutes

    held = next(i for i in _held_board_meetings(demo_store) if minutes.load(demo_store, i).status == "draft")
    with counted(demo_store) as few:
        short = attendance.load(demo_store, held)
    seated = {r.person_id for r in short.rows}
    with demo_store.session() as session:
        guests = [p.id for p in session.exec(select(Person).order_by(Person.id)) if p.id not in seated][:15]
    assert len(guests) == 15
    attendance.record(demo_store, held, [attendance.Mark(pid, S.IN_ATTENDANCE, items="5") for pid in guests])
    with counted(demo_store) as many:
        long = attendance.load(demo_store, held)
    assert len(long.rows) >= len(short.rows) + 15
    assert many[0] == few[0], f"{few[0]} queries for {len(short.rows)} rows, {many[0]} for {len(long.rows)}"


def _held_board_meetings(store) -> list[int]:
    from cpo_desktop.model import enums
    from cpo_desktop.model.tables import Meeting

    with store.session() as session:
        return list(session.exec(select(Meeting.id).where(Meeting.status == enums.MeetingStatus.HELD,
                                                          Meeting.kind == enums.MeetingKind.BOARD)
                                 .order_by(Meeting.date.desc())))


def test_the_preflight_reads_the_matters_arising_once_for_each_version(demo_store):
    """The pack reuses the actions its agenda read for the matters arising item (the version's
    own: the public one hides what the public may not see) rather than reading them again."""
    from cpo_desktop.model.tables import ActionItem
    from cpo_desktop.services import actions, packs

    _add_actions(demo_store, 20)
    upcoming = _upcoming(demo_store)
    for public in (False, True):
        shown = actions.matters_arising(demo_store, upcoming, public=public, today=DEMO_DAY)
        loaded = []

        def load(target, _context) -> None:
            loaded.append(target.id)

        event.listen(ActionItem, "load", load)
        try:
            packs.preflight(demo_store, upcoming, public=public, today=DEMO_DAY)
        finally:
            event.remove(ActionItem, "load", load)
        assert shown
        assert {r.id for r in shown} <= set(loaded)
        assert len(loaded) == len(set(loaded)), \
            f"{'public' if public else 'restricted'}: {len(loaded)} actions read for {len(set(loaded))}"


def _receive_partner_minutes(store, tmp_path, count: int, start: int) -> None:
    """``count`` sets of SSCP minutes received since the last board meeting held (so listed at the
    next), each a different file."""
    from cpo_desktop.services import demo_papers, exchange, papers

    for k in range(start, start + count):
        day = DEMO_DAY - dt.timedelta(days=40 + k)
        path = tmp_path / f"SSCP minutes {k}.pdf"
        path.write_bytes(demo_papers.partner_minutes_pdf(partner="Sefton Safeguarding Children Partnership",
                                                         meeting_day=day, restricted=False,
                                                         items=[(f"Item {k}", "Noted.")]))
        exchange.record_incoming(store, "SSCP", [papers.read_and_check(path)], meeting_date=day,
                                 received_on=DEMO_DAY - dt.timedelta(days=1 + k % 20), today=DEMO_DAY)


def test_partner_minutes_listed_at_a_meeting_are_read_in_as_many_queries_for_twelve_as_for_two(demo_store, tmp_path):
    from cpo_desktop.model import enums
    from cpo_desktop.model.tables import Meeting
    from cpo_desktop.services import exchange

    with demo_store.session() as session:
        upcoming = session.exec(select(Meeting.id).where(Meeting.kind == enums.MeetingKind.BOARD, Meeting.date > DEMO_DAY)
                                .order_by(Meeting.date)).first()
    before = len(exchange.for_meeting(demo_store, upcoming))
    _receive_partner_minutes(demo_store, tmp_path, 2, 0)
    with counted(demo_store) as few:
        short = exchange.for_meeting(demo_store, upcoming)
    _receive_partner_minutes(demo_store, tmp_path, 10, 2)
    with counted(demo_store) as many:
        long = exchange.for_meeting(demo_store, upcoming)
    assert len(short) == before + 2 and len(long) == before + 12
    assert many[0] == few[0], f"{few[0]} queries for {len(short)} partners' minutes, {many[0]} for {len(long)}"
    # Minutes noted at an earlier meeting are not listed here.
    held = _latest_held(demo_store)
    assert not {r.exchange_id for r in exchange.for_meeting(demo_store, held)} & {r.exchange_id for r in long}
