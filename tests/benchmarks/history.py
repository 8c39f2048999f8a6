"""A board with years of history, for the scaling benchmarks: built through the services.

    from history import history_store

    store = history_store(tmp_path / "data", years=10)                 # a copy of the cached build
    store = history_store(tmp_path / "data", years=10, extra_people=5000)

``history_store(data_dir, years, extra_people=0, *, today=TODAY)`` copies a cached store into
``data_dir`` and opens it (the caller closes it). The cache is
``$TMPDIR/cpo-bench-history/v<BUILD>-y<years>-p<extra_people>-<today>/`` (``tempfile.gettempdir()``);
a build goes to a ``.building-*`` folder beside it and is renamed into place when complete, so an
interrupted build is never used. Delete the folder (or bump ``BUILD``) to rebuild.

How the store is made, the way a board's record grows:

* the demo board for ``today`` (``cpo_desktop.demo.load``): its people, the current municipal
  year's meetings, agendas, papers, minutes, actions and partners' minutes, and the whole previous
  municipal year held and on record (so ``years`` of 1 or 2 both give the demo's two years);
* for each of the ``years - 2`` municipal years before those, through the services: the seats'
  earlier holders (a new person for each term of two to four years, marked former when it ended),
  the year's six board meetings planned from the schedule and marked held, their agendas laid out
  from the template with a paper of 8 to 30 pages for each item that expects one, attendance
  (with apologies), the minutes started from the agenda, a discussion and a resolution for each
  item, three actions a meeting (most with an update: done, in progress or dropped), each
  meeting's minutes confirmed at the next and signed; the partners' minutes received (the
  Safeguarding Children Partnership's every two months, the Health and Wellbeing Board's
  quarterly); and our confirmed minutes marked sent to both partners;
* ``extra_people`` more people in the register (names, e-mails, organisations; about one in
  twelve a young person), inserted in one transaction (SQLAlchemy Core): they hold no seats.

At 10 years that is 57 board meetings held, about 1,000 agenda items, 400 papers of some 7,500
pages, 220 actions, 100 partners' minutes and 150 people. Building it takes a few minutes on a
busy two-core machine; the cached copy takes a second.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

BUILD = 3  # bump when the builder changes, so the cache is rebuilt
TODAY = dt.date(2026, 11, 23)  # the demo day of tests/conftest.py
CACHE = Path(tempfile.gettempdir()) / "cpo-bench-history"

__all__ = ["history_store", "cached_folder", "TODAY", "CACHE"]


def cached_folder(years: int, extra_people: int = 0, *, today: dt.date = TODAY) -> Path:
    """The data folder of the cached build for these parameters, built first if need be."""
    if years < 1:
        raise ValueError("years is at least 1 (the demo's year)")
    final = CACHE / f"v{BUILD}-y{years}-p{extra_people}-{today.isoformat()}"
    if (final / "data").is_dir():
        return final / "data"
    CACHE.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".building-{final.name}-", dir=CACHE))
    try:
        if extra_people:  # the same history, and the people added to a copy of it
            shutil.copytree(cached_folder(years, 0, today=today), work / "data")
            _add_people(work / "data", extra_people, today)
        else:
            _build(work / "data", years, today)
        try:
            work.rename(final)
        except OSError:  # built meanwhile by another run: use that one
            shutil.rmtree(work, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return final / "data"


def history_store(data_dir: Path, years: int, extra_people: int = 0, *, today: dt.date = TODAY):
    """A copy of the cached store for these parameters in ``data_dir``, opened (the caller closes it)."""
    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data

    source = cached_folder(years, extra_people, today=today)
    shutil.copytree(source, data_dir)
    return open_data(paths.resolve(data_dir), today=today, daily_backup=False)


# --- building -----------------------------------------------------------------------------------

def _build(data_dir: Path, years: int, today: dt.date) -> None:
    from cpo_desktop import clock, demo, paths
    from cpo_desktop.model import schedule
    from cpo_desktop.services.startup import open_data

    rng = random.Random(f"{years}-{today}")
    with clock.override(today):
        store = open_data(paths.resolve(data_dir), today=today, daily_backup=False)
        try:
            demo.load(store, today=today)
            demo_first = schedule.current_municipal_year(today) - 1  # the demo holds last year too
            first = schedule.current_municipal_year(today) - (years - 1)
            if first < demo_first:
                _earlier_holders(store, dt.date(first, 5, 1), today, rng)
                for year in range(first, demo_first):
                    _year(store, year, today, rng)
                _confirm_into_demo_year(store, today)
                _partner_minutes(store, dt.date(first, 5, 1), today)
                _sent(store, today)
        finally:
            store.close()
    _checkpoint(data_dir)


def _add_people(data_dir: Path, count: int, today: dt.date) -> None:
    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data

    store = open_data(paths.resolve(data_dir), today=today, daily_backup=False)
    try:
        _extra_people(store, count, random.Random(count))
    finally:
        store.close()
    _checkpoint(data_dir)


def _checkpoint(data_dir: Path) -> None:
    from cpo_desktop import paths

    con = sqlite3.connect(paths.resolve(data_dir).database)
    try:  # everything in the main file, so copying the folder copies the data
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


FIRST_NAMES = ("Aoife", "Amara", "Bethan", "Callum", "Chloé", "Daniel", "Eilidh", "Emre", "Fatima", "Gareth",
               "Grace", "Imran", "Isla", "Jamal", "Karolina", "Kwame", "Leah", "Marcus", "Naomi", "Owen", "Priya",
               "Rhys", "Samuel", "Sophie", "Thomas", "Yusuf", "Zainab")
SURNAMES = ("Ahmed", "Brennan", "Campbell", "Clarke", "Davies", "Doyle", "Evans", "Gallagher", "Hughes", "Jackson",
            "Kaur", "Kelly", "McCarthy", "Mensah", "Murphy", "Nowak", "O'Brien", "Okafor", "Patel", "Quinn",
            "Roberts", "Siddiqui", "Taylor", "Walsh", "Williams", "Wright")


def _earlier_holders(store, since: dt.date, today: dt.date, rng: random.Random) -> None:
    """Every seat held back to ``since``: a new person for each earlier term, marked former after it."""
    from sqlmodel import select

    from cpo_desktop.model import enums
    from cpo_desktop.model.tables import Membership, Seat
    from cpo_desktop.services import register

    with store.session() as session:
        seats = [(s.id, s.category, s.title) for s in session.exec(select(Seat).where(Seat.former == False)  # noqa: E712
                                                                   .order_by(Seat.sort_order))]
        earliest = {}
        for ms in session.exec(select(Membership)):
            earliest[ms.seat_id] = min(earliest.get(ms.seat_id, ms.start_date), ms.start_date)
    n = 0
    for seat_id, category, title in seats:
        young = category == enums.SeatCategory.YOUNG_PERSON
        end = earliest.get(seat_id, today - dt.timedelta(days=200)) - dt.timedelta(days=1)
        while end >= since:
            start = end - dt.timedelta(days=365 * rng.choice((2, 3, 4)) - 1)
            first, surname = FIRST_NAMES[n % len(FIRST_NAMES)], SURNAMES[(n * 7) % len(SURNAMES)]
            person = register.add_person(store, register.PersonInput(
                first_name=first, surname=surname, email=f"{first.lower()}.{n}@example.org".replace("é", "e"),
                job_title=None if young else "Councillor" if "Cllr" in title or "Council" in title else "Manager",
                is_young_person=young, consent_full_name=not young))
            register.appoint(store, person, seat_id, start, end=end, appointed_by="Annual Council")
            register.mark_former(store, person, on=end)
            n += 1
            end = start - dt.timedelta(days=rng.randint(1, 20))


def _paper_pdf(title: str, day: dt.date, pages: int) -> bytes:
    """A report of ``pages`` pages, quickly (ReportLab's canvas, no layout)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle(title)
    for page in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 770, title[:80])
        c.setFont("Helvetica", 10)
        c.drawString(72, 750, f"Sefton Corporate Parenting Board, {day:%d %B %Y}")
        for line in range(30):
            c.drawString(72, 720 - 20 * line, f"Paragraph {page}.{line + 1}: the service's report to members, "
                                              "with figures for the quarter and what young people told us.")
        c.drawString(290, 40, f"Page {page} of {pages}")
        c.showPage()
    c.save()
    return out.getvalue()


DISCUSSION = ("The report was presented and members asked questions, which officers answered.",
              "Members discussed the report at length and asked for a further update at a later meeting.",
              "The board thanked officers and young people for the report.")
ACTIONS = ("Report back on placement stability for children aged 10 and over",
           "Circulate the updated sufficiency figures to members",
           "Write to the ICB about waiting times for assessments",
           "Arrange a visit by board members to a children's home",
           "Share the Youth Ambassadors' survey results with partners")


def _year(store, year: int, today: dt.date, rng: random.Random) -> None:
    """One earlier municipal year: six meetings held, with agendas, papers, attendance, minutes and actions."""
    from sqlmodel import select

    from cpo_desktop.model import enums
    from cpo_desktop.model.enums import AttendanceStatus as S
    from cpo_desktop.model.tables import Meeting, Paper
    from cpo_desktop.services import (
        actions,
        agenda_template,
        attendance,
        deadlines,
        doctext,
        meetings,
        minutes,
        numbering,
        papers,
        resolutions,
        work_programme,
    )

    meetings.plan_year(store, year, anyway=True)
    with store.session() as session:
        held = [m.id for m in work_programme.year_meetings(session, year)]
    for meeting_id in held:
        meetings.set_status(store, meeting_id, enums.MeetingStatus.HELD, today=today)
        with store.session() as session:
            m = session.get(Meeting, meeting_id)
            day = m.date
            agenda_template.expand_template(session, m)
            session.flush()
            deadline, _ = deadlines.deadlines(session, m.date)
            for n, item in enumerate(i for i in numbering.agenda_items(session, m.id) if i.paper_expected):
                pages = rng.randint(8, 30)
                checked = papers.check_bytes(f"{item.title[:50]} {day:%Y-%m-%d}.pdf",
                                             _paper_pdf(f"{item.title} ({day:%B %Y})", day, pages))
                papers.store_document(store.paths, checked)
                doctext.remember(session, checked)
                session.add(Paper(agenda_item_id=item.id, original_name=checked.name, sha256=checked.sha256,
                                  kind=checked.kind, size_bytes=checked.size, pages=checked.pages,
                                  received_at=dt.datetime.combine(deadline - dt.timedelta(days=2), dt.time(10, n),
                                                                  tzinfo=dt.UTC),
                                  pledge=n % 4 != 1, involvement=n % 3 != 2, you_said_we_did=n % 5 != 3))
        sheet = attendance.load(store, meeting_id)
        members = [r for r in sheet.rows if r.member]
        marks = [attendance.Mark(r.person_id, S.APOLOGIES if rng.random() < 0.12 else
                                 S.REMOTE if rng.random() < 0.05 else S.PRESENT) for r in members]
        if marks:
            attendance.record(store, meeting_id, marks)
        minutes.start(store, meeting_id)
        view = minutes.load(store, meeting_id)
        for row in view.minutes:
            title = row.title.lower()
            if title.startswith(("welcome", "apologies", "declarations", "date of next")) or row.resolutions:
                continue
            minutes.set_discussion(store, row.id, rng.choice(DISCUSSION))
            if not title.startswith(("matters arising", "any other", "minutes of the")):
                resolutions.add_resolution(store, row.id, resolutions.ResolutionInput(
                    "endorsed" if "annual report" in title else "noted"))
        owners = [r.person_id for r in members if r.category == enums.SeatCategory.COUNCIL_OFFICER] or \
            [r.person_id for r in members]
        reports = [r for r in view.minutes if r.agenda_item_id and not r.title.lower().startswith(
            ("welcome", "apologies", "declarations", "date of next", "matters arising", "any other", "minutes of"))]
        for k in range(3 if reports else 0):
            minute = reports[(k * 3) % len(reports)]
            number = actions.add_action(store, actions.ActionInput(
                description=ACTIONS[(k + meeting_id) % len(ACTIONS)], owner_id=owners[(k + meeting_id) % len(owners)],
                due_date=day + dt.timedelta(days=28 * (k + 1)), minute_id=minute.id), today=today)
            fate = rng.random()
            if fate < 0.9:
                status, note = (("done", "Completed and reported to members.") if fate < 0.7 else
                                ("in_progress", "Work under way.") if fate < 0.8 else
                                ("dropped", "Overtaken by the new strategy."))
                actions.update_action(store, number, status=status, text=note,
                                      on=day + dt.timedelta(days=20 + 10 * k), today=today)
    # Each meeting's minutes confirmed at the next, and signed there.
    for earlier, nxt in zip(held, held[1:]):
        _confirm(store, earlier, nxt, today)
    # The last meeting of the year: confirmed at the first of the next (done by the next year, or
    # for the year before the demo's, by _confirm_into_demo_year).
    with store.session() as session:
        prev_last = session.exec(select(Meeting).where(Meeting.kind == enums.MeetingKind.BOARD,
                                                       Meeting.date < session.get(Meeting, held[0]).date)
                                 .order_by(Meeting.date.desc())).first()
        prev_id = prev_last.id if prev_last else None
    if prev_id is not None:
        _confirm(store, prev_id, held[0], today)


def _confirm(store, meeting_id: int, at: int, today: dt.date) -> None:
    from cpo_desktop.model.tables import Meeting
    from cpo_desktop.services import minutes

    with store.session() as session:
        record = minutes.record_of(session, meeting_id)
        on = session.get(Meeting, at).date
    if record is None or record.status != "draft":
        return
    minutes.confirm(store, meeting_id, at=at, by="Corporate Parenting Officer", today=today)
    minutes.sign(store, meeting_id, on=on, today=today)


def _confirm_into_demo_year(store, today: dt.date) -> None:
    """The last meeting before the demo's years: confirmed at the first meeting of the demo's previous year."""
    from sqlmodel import select

    from cpo_desktop.model import enums, schedule
    from cpo_desktop.model.tables import Meeting

    start = dt.date(schedule.current_municipal_year(today) - 1, 5, 1)
    with store.session() as session:
        board = select(Meeting).where(Meeting.kind == enums.MeetingKind.BOARD)
        last = session.exec(board.where(Meeting.date < start).order_by(Meeting.date.desc())).first()
        first = session.exec(board.where(Meeting.date >= start).order_by(Meeting.date)).first()
        ids = (last.id if last else None, first.id if first else None)
    if None not in ids:
        _confirm(store, ids[0], ids[1], today)


def _partner_minutes(store, since: dt.date, today: dt.date) -> None:
    """The partners' minutes of the years before the demo's: SSCP every two months, HWB quarterly."""
    from cpo_desktop.exchange import incoming
    from cpo_desktop.files import scratch_dir
    from cpo_desktop.model import schedule
    from cpo_desktop.services import demo_papers, exchange

    demo_start = dt.date(schedule.current_municipal_year(today), 5, 1)
    sscp, hwb = exchange.find_partner(store, "SSCP"), exchange.find_partner(store, "HWB")
    for p in (sscp, hwb):
        data = exchange.PartnerInput.from_row(p)
        data.exchange_from = since
        exchange.update_partner(store, p.id, data)
    with scratch_dir(store.paths.tmp, prefix="bench-") as tmp:
        for p, months in ((sscp, (5, 7, 9, 11, 1, 3)), (hwb, (6, 9, 12, 3))):
            for year in range(since.year, demo_start.year):
                for month in months:
                    day = dt.date(year + (month < 5), month, 10)
                    if not since <= day < demo_start - dt.timedelta(days=60):
                        continue
                    pdf = demo_papers.partner_minutes_pdf(partner=p.name, meeting_day=day, restricted=p.restricted,
                                                          items=[("Minutes of the last meeting", "Agreed."),
                                                                 (f"Partnership report, {day:%B %Y}", "Noted.")])
                    path = Path(tmp) / f"{p.short_name} minutes {day:%d-%m-%Y}.pdf"
                    path.write_bytes(pdf)
                    incoming.import_file(store, path, p.id, meeting_date=day, received=day + dt.timedelta(days=30),
                                         today=today)
    # As if each had been received before the meeting that noted it: recorded as noted when that
    # meeting's minutes were confirmed (in date order, as the confirmations were made).
    from cpo_desktop.services import exchange_rows

    with store.session() as session:
        confirmed = exchange_rows.confirmed_days(session)
        for m in exchange_rows.board_meetings(session):
            if m.id in confirmed:
                exchange.record_noted(session, m.id)
        session.commit()


def _sent(store, today: dt.date) -> None:
    """Our confirmed minutes of the earlier years sent to both partners a week after confirmation
    (the demo's two years are the demo's business)."""
    from cpo_desktop.model import schedule, working_days
    from cpo_desktop.services import exchange

    demo_start = dt.date(schedule.current_municipal_year(today) - 1, 5, 1)
    for r in exchange.register(store, today=today).rows:
        if r.direction == "out" and r.confirmed_on and not r.sent_on and r.meeting_date < demo_start:
            exchange.mark_sent(store, r.meeting_id, r.partner_id,
                               on=working_days.working_days_after(r.confirmed_on, 5), today=today)


def _extra_people(store, count: int, rng: random.Random) -> None:
    """``count`` more people in the register, in one transaction: they hold no seats."""
    from sqlalchemy import insert, select

    from cpo_desktop.model.tables import Organisation, Person

    now = dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)
    with store.session() as session:
        conn = session.connection()
        orgs = [i for (i,) in conn.execute(select(Organisation.__table__.c.id))]
        rows = []
        for n in range(count):
            first, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
            young = n % 12 == 5
            rows.append({"title": None, "first_name": first, "surname": surname, "preferred_name": None,
                         "email": f"{first.lower()}.{surname.lower()}.x{n}@example.net".replace("é", "e")
                         .replace("'", ""),
                         "phone": None, "organisation_id": rng.choice(orgs) if orgs and n % 10 else None,
                         "job_title": None if young else "Officer", "is_young_person": young,
                         "consent_full_name": not young, "notes": None, "former": n % 2 == 0,
                         "created_at": now - dt.timedelta(days=n % 3650)})
        conn.execute(insert(Person.__table__), rows)
