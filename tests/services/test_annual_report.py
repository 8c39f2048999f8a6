"""The annual report to the Overview and Scrutiny Committee, from a real migrated store.

A small board is built here through the services, for the municipal year 2025/26: six members (a
care-experienced young person among them, one appointed half-way through the year), three board
meetings held and one cancelled, a young people's forum, agendas from the template with a
standing item left off one of them and a report removed from another, a deferral, a Part 2
item, actions in every state, and minutes exchanged with both partner boards on time, late and
not at all. Every figure the report should give is counted by hand from that scenario; the PDF
is then built, read back and checked for the figures, the order, the bookmarks, what must not
be in it, and the record of the pack.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import DEMO_DAY, settled_sha256
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlmodel import select

from cpo_desktop.exchange import incoming
from cpo_desktop.model import enums
from cpo_desktop.model.enums import AttendanceStatus as S
from cpo_desktop.model.tables import Seat
from cpo_desktop.packs.build import PackError
from cpo_desktop.progress import Cancelled, Progress
from cpo_desktop.services import (actions, agenda, annual_report, attendance, exchange, meetings, minutes,
                                  pack_records, register, settings, work_programme)
from cpo_desktop.services import resolutions
from cpo_desktop.services.meetings import MeetingInput

D = dt.date
T = dt.time
YEAR = 2025
TODAY = D(2026, 6, 1)  # the year 2025/26 is over
M1_DAY, M2_DAY, CANCELLED_DAY, M3_DAY = D(2025, 6, 11), D(2025, 10, 8), D(2025, 12, 10), D(2026, 2, 11)
FORUM_DAY, NEXT_YEAR_DAY = D(2026, 1, 20), D(2026, 6, 10)

CHAIR = "Chair – Lead Member for Children, Schools and Families"
EM1, EM2, EM3 = "Elected Member (1)", "Elected Member (2)", "Elected Member (3)"
YP1 = "Care Experienced Young Person (1)"
FOSTER = "Foster Carer, Sefton Foster Carer Association"

SECRET = "SECRET-DISCUSSION: the placement of Kayla Brennan at a named home"
YP_SURNAME = "Brennan"
YP_EMAIL = "kayla.brennan@example.org"
YP_PHONE = "07700 900123"


# --- building the board ---------------------------------------------------------------------------

def _seat_id(store, title: str) -> int:
    with store.session() as session:
        return session.exec(select(Seat).where(Seat.title == title)).one().id


def _appoint(store, first: str, surname: str, seat: str, start: dt.date, **kw) -> int:
    pid = register.add_person(store, register.PersonInput(first_name=first, surname=surname, **kw))
    register.appoint(store, pid, _seat_id(store, seat), start)
    return pid


def _meeting(store, day: dt.date, theme: str | None = None, kind: str = "board") -> int:
    mid, _ = meetings.add_meeting(store, MeetingInput(day, T(14, 0), kind=kind, theme=theme, venue="Bootle Town Hall"),
                                  anyway=True)
    return mid


def _item(store, meeting_id: int, title: str) -> agenda.ItemRow:
    return next(i for i in agenda.load_agenda(store, meeting_id, today=TODAY).items if i.title == title)


def _minute(store, meeting_id: int, title: str) -> minutes.MinuteRow:
    return next(r for r in minutes.load(store, meeting_id).minutes if r.title == title)


def _partner_pdf(path: Path, partner: str, day: dt.date) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, f"{partner} minutes of the meeting held on {day.day} {day:%B %Y}")
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def _board_template(tmp_path_factory):
    """The scenario built once by the real migrations and services; each test gets a copy."""
    import sqlite3

    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data

    data = paths.resolve(tmp_path_factory.mktemp("annual-report") / "data")
    s = open_data(data)
    try:
        ids = _build_board(s, tmp_path_factory.mktemp("partner-minutes"))
    finally:
        s.close()
    con = sqlite3.connect(data.database)
    try:  # everything in the main file, so copying the file copies the data
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return data.root, ids


@pytest.fixture
def store(data_paths, _board_template):
    """This module's store: a copy of the board built for the year 2025/26."""
    from conftest import _copy_data

    from cpo_desktop.services.startup import open_data

    _copy_data(_board_template[0], data_paths)
    s = open_data(data_paths)
    yield s
    s.close()


@pytest.fixture
def board(_board_template) -> dict:
    return _board_template[1]


def _build_board(s, tmp_path: Path) -> dict:
    """The scenario of the module docstring; returns the ids the tests need."""
    settings.set(s, "contact.name", "Pat Jones")
    settings.set(s, "contact.email", "pat.jones@example.org")
    attendance.set_quorum_rule(s, fraction="1/10", minimum=4, elected=1)
    ids = {
        "chair": _appoint(s, "Angela", "Mensah", CHAIR, D(2024, 5, 20), title="Cllr"),
        "em1": _appoint(s, "Brian", "Walsh", EM1, D(2024, 5, 20), title="Cllr"),
        "em2": _appoint(s, "Chloe", "Dunn", EM2, D(2024, 5, 20), title="Cllr"),
        "em3": _appoint(s, "Dev", "Patel", EM3, D(2026, 1, 5), title="Cllr"),  # joins in the year
        "yp": _appoint(s, "Kayla", YP_SURNAME, YP1, D(2024, 11, 1), is_young_person=True, email=YP_EMAIL,
                       phone=YP_PHONE),
        "foster": _appoint(s, "Fay", "Okafor", FOSTER, D(2023, 9, 1), title="Mrs"),
    }
    ids["sub"] = register.add_person(s, register.PersonInput(first_name="Sam", surname="Reid", title="Cllr"))
    m1 = ids["m1"] = _meeting(s, M1_DAY, "Being Heard")
    m2 = ids["m2"] = _meeting(s, M2_DAY, "Safe and Stable Homes")
    mx = ids["cancelled"] = _meeting(s, CANCELLED_DAY, "Raising Aspirations")
    m3 = ids["m3"] = _meeting(s, M3_DAY, "Health and Wellbeing")
    forum = _meeting(s, FORUM_DAY, kind="young_peoples_forum")
    ids["next"] = _meeting(s, NEXT_YEAR_DAY, "Being Heard")  # the next municipal year
    meetings.set_status(s, mx, "cancelled", reason="too few members available", today=TODAY)
    for mid in (m1, m2, m3, forum):
        meetings.set_status(s, mid, "held", today=TODAY)

    for mid in (m1, m2, m3):
        agenda.create_agenda(s, mid)
    agenda.remove_item(s, _item(s, m2, "Local Offer for Care Experienced Young People").id)  # a standing item missed
    removed = next(i for i in agenda.load_agenda(s, m3, today=TODAY).items if i.report_rule_id)
    agenda.remove_item(s, removed.id)  # a work-programme report missed
    ids["missed_report"] = removed.title
    agenda.add_item(s, m3, agenda.ItemInput(title="Placement review for a young person in residential care",
                                            part=2, exempt_paragraph=1, purpose="decision",
                                            public_interest="It concerns an individual child."))

    # Attendance (before any minutes are confirmed, which locks it).
    mark = attendance.Mark
    attendance.record(s, m1, [mark(ids["chair"], S.PRESENT), mark(ids["em1"], S.PRESENT),
                              mark(ids["yp"], S.PRESENT), mark(ids["foster"], S.REMOTE)])
    attendance.record(s, m1, [mark(ids["sub"], S.SUBSTITUTE, substitute_for_id=ids["em2"])])
    attendance.record(s, m2, [mark(ids["chair"], S.PRESENT), mark(ids["em1"], S.APOLOGIES),
                              mark(ids["em2"], S.PRESENT), mark(ids["yp"], S.PRESENT), mark(ids["foster"], S.ABSENT)])
    attendance.record(s, m3, [mark(ids["chair"], S.PRESENT), mark(ids["em1"], S.PRESENT), mark(ids["em2"], S.PRESENT),
                              mark(ids["em3"], S.PRESENT), mark(ids["yp"], S.APOLOGIES),
                              mark(ids["foster"], S.PRESENT)])

    # Minutes: the performance report deferred from the first meeting to the second; a Part 2 minute.
    minutes.start(s, m1)
    resolutions.add_resolution(s, _minute(s, m1, "Performance report").id,
                           resolutions.ResolutionInput("deferred", deferred_to=m2))
    minutes.start(s, m2)
    minutes.start(s, m3)
    part2 = next(r for r in minutes.load(s, m3).minutes if r.part == 2)
    minutes.set_discussion(s, part2.id, SECRET)

    # Actions: A1 done in the first quarter; A2 overdue at the year's end (naming the young person);
    # A3 open, due after the year; A4 dropped in February; A5 from the year before, done in August;
    # A6 agreed in private (Part 2).
    def act(text, owner, due, meeting=None, minute=None, today=TODAY):
        return actions.add_action(s, actions.ActionInput(text, ids[owner], due, meeting=meeting, minute_id=minute),
                                  today=today)

    a1 = act("Circulate the Local Offer leaflet", "chair", D(2025, 7, 1), m1)
    act("Arrange for Kayla Brennan to meet the Director", "em1", D(2025, 9, 1), m1)
    a3 = act("Report on placement moves", "em2", D(2026, 6, 30), m2)
    a4 = act("Visit the Hub", "foster", D(2025, 12, 1), m2)
    a5 = act("Refresh the board's induction pack", "chair", D(2025, 6, 1), today=D(2025, 3, 1))
    act("Review the named child's placement", "em1", D(2026, 3, 1), minute=part2.id)
    actions.update_action(s, a1, status="done", text="Sent.", on=D(2025, 6, 20), today=TODAY)
    actions.update_action(s, a3, status="in_progress", text="Started.", on=D(2025, 11, 1), today=TODAY)
    actions.update_action(s, a4, status="dropped", text="Replaced by the forum.", on=D(2026, 2, 2), today=TODAY)
    actions.update_action(s, a5, status="done", text="Done.", on=D(2025, 8, 10), today=TODAY)

    # Partners' minutes in: one from before the year, one from each partner in it.
    for partner, meeting_day, received in (("SSCP", D(2025, 3, 20), D(2025, 4, 10)),
                                           ("HWB", D(2025, 7, 15), D(2025, 7, 20)),
                                           ("SSCP", D(2026, 3, 1), D(2026, 3, 5))):
        path = _partner_pdf(tmp_path / f"{partner} {meeting_day}.pdf", partner, meeting_day)
        incoming.import_file(s, path, partner, meeting_date=meeting_day, received=received, today=TODAY)

    # Confirmed at the next meeting; ours out: the first on time to HWB and late to SSCP, the
    # second on time to HWB and never to SSCP; the third is not yet confirmed.
    minutes.confirm(s, m1, at=m2, today=TODAY)
    minutes.confirm(s, m2, at=m3, today=TODAY)
    exchange.mark_sent(s, m1, "HWB", on=D(2025, 10, 10), today=TODAY)
    exchange.mark_sent(s, m1, "SSCP", on=D(2025, 11, 20), today=TODAY)
    exchange.mark_sent(s, m2, "HWB", on=D(2026, 2, 13), today=TODAY)
    return ids


def _pct(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%"


# --- the figures ----------------------------------------------------------------------------------

def test_the_header_block_and_front_page(store, board):
    c = annual_report.content(store, YEAR, today=TODAY)
    h = c.header
    assert (c.label, c.period_start, c.period_end, c.as_at, c.complete) == (
        "2025/26", D(2025, 5, 1), D(2026, 4, 30), D(2026, 4, 30), True)
    assert h.report_to == "Overview and Scrutiny Committee (Children's Services and Safeguarding)"
    assert (h.committee_date, h.committee_date_text) == (None, "To be confirmed")
    assert h.subject == "Corporate Parenting Board Annual Report 2025/26"
    assert h.report_of == "Executive Director for Children's Services"  # the Board row's senior advisor
    assert (h.wards, h.portfolio, h.key_decision, h.forward_plan, h.exempt) == (
        "(All Wards)", "Children, Schools and Families", "No", "No", "No")
    assert c.recommendations == ("that the content of the report be noted",)
    assert (c.contact.name, c.contact.email) == ("Pat Jones", "pat.jones@example.org")
    assert "The board held all 3 meetings planned for the year, with members' attendance of 75% overall." in c.summary
    assert "It received" in c.summary and "agreed 4 actions and closed 3" in c.summary
    assert c.summary.endswith("exchanged minutes with the SSCP and the HWB.")
    dated = annual_report.content(store, YEAR, committee_date=D(2026, 7, 14), today=TODAY)
    assert dated.header.committee_date_text == "14 July 2026"


def test_meetings_held_their_themes_and_the_quorum(store, board):
    c = annual_report.content(store, YEAR, today=TODAY)
    # Everything in May 2025–April 2026, in date order; nothing from the next year.
    assert [(m.date, m.kind, m.theme, m.status) for m in c.meetings] == [
        (M1_DAY, "Board meeting", "Being Heard", "Held"),
        (M2_DAY, "Board meeting", "Safe and Stable Homes", "Held"),
        (CANCELLED_DAY, "Board meeting", "Raising Aspirations", "Cancelled"),
        (FORUM_DAY, "Young people's forum", "", "Held"),
        (M3_DAY, "Board meeting", "Health and Wellbeing", "Held"),
    ]
    assert c.meetings[2].note == "Cancelled: too few members available"
    # The quorum: a tenth of the voting seats but at least 4, one an elected member; online
    # members do not count, a substitute does.
    with store.session() as session:
        voting = sum(1 for seat in session.exec(select(Seat))
                     if seat.voting and seat.counts_towards_quorum and not seat.former)
    needed = max(4, math.ceil(voting / 10))
    assert needed == 4
    counted = {M1_DAY: 4, M2_DAY: 3, M3_DAY: 5}  # chair, EM1, YP, substitute | chair, EM2, YP | five present
    assert {m.date: m.quorate for m in c.meetings if m.status == "Held" and m.board} == {
        day: n >= needed for day, n in counted.items()}
    assert c.meetings[3].quorate is None  # a forum has no quorum
    assert "2 of the 3 meetings with attendance recorded were quorate; not quorate: 08/10/2025." in \
        c.section("meetings").paragraphs
    assert any(step.startswith("1 meeting was not quorate (08/10/2025)") for step in c.next_steps)
    assert [p.date for p in c.part2_items] == [M3_DAY]
    assert c.part2_items[0].title == "Exempt item (paragraph 1)"  # by its public title, never its full one
    assert c.part2_items[0].paragraph == 1


def test_attendance_per_meeting_and_per_member(store, board):
    c = annual_report.content(store, YEAR, today=TODAY)
    got = [(a.date, a.members, a.present, a.remote, a.substitutes, a.apologies, a.absent, a.rate_text)
           for a in c.meeting_attendance]
    assert got == [
        (M1_DAY, 5, 3, 1, 1, 1, 0, _pct(4, 5)),  # 80%
        (M2_DAY, 5, 3, 0, 0, 1, 1, _pct(3, 5)),  # 60%
        (M3_DAY, 6, 5, 0, 0, 1, 0, _pct(5, 6)),  # 83%: the new member is on the sheet
    ]
    by_name = {m.name: m for m in c.member_attendance}
    assert list(by_name) == ["Cllr Angela Mensah", "Cllr Brian Walsh", "Cllr Chloe Dunn", "Cllr Dev Patel",
                             "Kayla", "Mrs Fay Okafor"]  # the seats' order; the young person by first name
    assert [(m.meetings, m.attended, m.apologies, m.substituted, m.absent, m.rate_text, m.represented_text)
            for m in by_name.values()] == [
        (3, 3, 0, 0, 0, "100%", "100%"),
        (3, 2, 1, 0, 0, "67%", "67%"),
        (3, 2, 1, 1, 0, "67%", "100%"),  # sent a substitute to the first meeting
        (1, 1, 0, 0, 0, "100%", "100%"),
        (3, 2, 1, 0, 0, "67%", "67%"),
        (3, 2, 0, 0, 1, "67%", "67%"),  # joining online counts as attending
    ]
    # The same as the attendance service's own rates.
    _, rates = attendance.rates(store, YEAR, public=True)
    assert [(r.name, r.rate_text) for r in rates] == [(m.name, m.rate_text) for m in c.member_attendance]
    section = " ".join(c.section("attendance").paragraphs)
    assert "members attended 12 of 16 possible attendances (75%)" in section
    assert "substitutes attended 1 more time" in section


def test_reports_received_against_the_work_programme(store, board):
    c = annual_report.content(store, YEAR, today=TODAY)
    by_title = {r.title: r for r in c.reports}
    local_offer = by_title["Local Offer for Care Experienced Young People"]
    assert (local_offer.kind, local_offer.due, local_offer.presented, local_offer.deferred, local_offer.missing,
            local_offer.to_come) == ("Standing item", 3, 2, 0, 1, 0)
    # Deferred at the first meeting; at the second once: the report deferred to it took the place of
    # the second meeting's own (issue 19, point 5).
    performance = by_title["Performance report"]
    assert (performance.due, performance.presented, performance.deferred, performance.missing) == (3, 2, 1, 0)
    # Each work-programme report against the year grid: due where the grid plans it, presented
    # where it shows presented, missing where a held meeting's agenda lacks it.
    grid = work_programme.grid(store, YEAR)
    rules = [r for r in c.reports if not r.standing]
    assert [r.title for r in rules] == [g.title for g in grid.rows if g.key.startswith("rule:")]
    for r, g in zip(rules, [g for g in grid.rows if g.key.startswith("rule:")], strict=True):
        assert r.due == sum(cell != work_programme.NOT_DUE for cell in g.cells), r.title
        assert r.presented == sum(cell == work_programme.PRESENTED for cell in g.cells), r.title
        assert r.missing == sum(cell in (work_programme.MISSING, work_programme.PLANNED) for cell in g.cells), r.title
        assert r.to_come == 0 and r.deferred == 0
    assert by_title[board["missed_report"]].missing == 1
    assert c.reports[-1].standing and not c.reports[0].standing  # the programme's reports first
    steps = " ".join(c.next_steps)
    assert f"{board['missed_report']}: due at 1 meeting held but not received" in steps
    assert "Local Offer for Care Experienced Young People: due at 1 meeting held but not received" in steps
    assert "Reports deferred by the board to come back as agreed: Performance report." in steps


def test_actions_opened_closed_open_and_overdue(store, board):
    a = annual_report.content(store, YEAR, today=TODAY).actions
    assert (a.brought_forward, a.opened, a.done, a.dropped, a.closed, a.open_at_end, a.overdue_at_end,
            a.part2_left_out) == (1, 4, 2, 1, 3, 2, 1, 1)
    assert [(q.label, q.opened, q.closed) for q in a.quarters] == [
        ("May–Jul 2025", 2, 1), ("Aug–Oct 2025", 2, 1), ("Nov–Jan 2025/26", 0, 0), ("Feb–Apr 2026", 0, 1)]
    [overdue] = a.overdue
    # The young person's surname is taken out of the action's wording; the owner is named.
    assert (overdue.ref, overdue.description, overdue.owner, overdue.due, overdue.status) == (
        "A2", "Arrange for Kayla to meet the Director", "Cllr Brian Walsh", D(2025, 9, 1), "Open")


def test_an_action_closed_after_the_year_is_still_open_at_its_end(store, board):
    actions.update_action(store, "A2", status="done", text="Met.", on=D(2026, 5, 20), today=TODAY)
    a = annual_report.content(store, YEAR, today=TODAY).actions
    assert (a.open_at_end, a.overdue_at_end, a.done) == (2, 1, 2)
    assert a.overdue[0].status == "Open"  # as it stood on 30 April


def test_partner_exchanges(store, board):
    c = annual_report.content(store, YEAR, today=TODAY)
    by_partner = {p.short_name: p for p in c.partners}
    assert list(by_partner) == ["SSCP", "HWB"]  # not the Overview and Scrutiny Committee itself
    sscp, hwb = by_partner["SSCP"], by_partner["HWB"]
    assert (sscp.owed, sscp.sent_on_time, sscp.sent_late, sscp.not_sent_overdue, sscp.awaiting_confirmation,
            sscp.received, sscp.noted, sscp.to_note, sscp.receive_overdue) == (3, 0, 1, 1, 1, 1, 0, 1, False)
    assert (hwb.owed, hwb.sent_on_time, hwb.sent_late, hwb.not_sent_overdue, hwb.awaiting_confirmation,
            hwb.received, hwb.noted, hwb.to_note, hwb.receive_overdue) == (3, 2, 0, 0, 1, 1, 1, 0, True)
    assert [(r.meeting_date, r.partner, r.status) for r in c.minutes_sent] == [
        (M1_DAY, "HWB", "Sent on time"), (M1_DAY, "SSCP", "Sent late"),
        (M2_DAY, "HWB", "Sent on time"), (M2_DAY, "SSCP", "Not sent – overdue"),
        (M3_DAY, "HWB", "Awaiting confirmation"), (M3_DAY, "SSCP", "Awaiting confirmation")]
    # Received in the year only (the SSCP's minutes of March 2025 came before it).
    assert [(r.partner, r.received_on, r.status) for r in c.minutes_received] == [
        ("HWB", D(2025, 7, 20), "Noted on 08/10/2025"),
        ("SSCP", D(2026, 3, 5), "To be noted on 10/06/2026")]
    steps = " ".join(c.next_steps)
    assert "Our confirmed minutes of 1 meeting are overdue to the SSCP" in steps
    assert "1 set of minutes went late to the SSCP" in steps
    assert "Nothing has been received from the HWB for longer than expected" in steps


def test_the_board_and_its_members(store, board):
    c = annual_report.content(store, YEAR, today=TODAY)
    filled = {m.seat: m.name for m in c.members if not m.vacant}
    assert filled == {CHAIR: "Cllr Angela Mensah", EM1: "Cllr Brian Walsh", EM2: "Cllr Chloe Dunn",
                      EM3: "Cllr Dev Patel", YP1: "Kayla", FOSTER: "Mrs Fay Okafor"}
    with store.session() as session:
        seats = session.exec(select(Seat).where(Seat.former == False)).all()  # noqa: E712
    assert len(c.members) == len(seats)
    assert [(ch.name, ch.joined, ch.on) for ch in c.changes] == [("Cllr Dev Patel", True, D(2026, 1, 5))]
    assert f"{len(seats) - 6} vacant" in c.section("board").paragraphs[0]


def test_a_year_still_running_is_reported_as_at_today(store, board):
    c = annual_report.content(store, YEAR, today=D(2025, 11, 3))
    assert (c.as_at, c.complete) == (D(2025, 11, 3), False)
    assert [m.status for m in c.meetings if m.board] == ["Held", "Held", "Cancelled", "Held"]
    assert "figures are as at 3 November 2025" in " ".join(c.section("introduction").paragraphs)
    assert [q.label for q in c.actions.quarters] == ["May–Jul 2025", "Aug–Oct 2025", "Nov–Jan 2025/26"]
    assert c.actions.opened == 4  # A1–A4 agreed by then


# --- the PDF --------------------------------------------------------------------------------------

def _text(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(str(path)).pages]


def _walk(items):
    for item in items:
        if isinstance(item, list):
            yield from _walk(item)
        else:
            yield item


def test_build_writes_the_report_and_records_it(store, board):
    steps = []
    progress = Progress(report=lambda done, total, what: steps.append((done, total, what)))
    result = annual_report.build(store, YEAR, committee_date=D(2026, 7, 14), progress=progress, today=TODAY)
    target = store.paths.exports / "packs" / "Annual report 2025-26.pdf"
    assert result.path == target == annual_report.default_target(store, YEAR)
    assert [s[0] for s in steps] == [0, 1, 2, 4] and all(s[1] == 4 for s in steps)
    reader = PdfReader(str(target))
    assert result.pages == result.last_page == len(reader.pages) and result.first_page == 1
    [row] = pack_records.list_packs(store, kind=pack_records.ANNUAL_REPORT)
    assert (row.id, row.year, row.path, row.first_page, row.last_page) == (
        result.record_id, YEAR, target, 1, result.pages)
    assert row.label == "Annual report – 2025/26"
    assert not list(target.parent.glob(".*.part"))

    pages = _text(target)
    text = " ".join(pages)
    # The header block, then the front matter, then the numbered sections, in reading order.
    order = ["Report to:", "Date of Meeting:", "14 July 2026", "Subject:", "Report of:", "Wards Affected:",
             "Portfolio:", "Is this a Key Decision:", "Exempt / Confidential Report:", "Summary:",
             "Recommendation(s):", "(1) that the content of the report be noted", "Contact Officer:", "Pat Jones",
             "1. Introduction/Background", "1.1", "2. The Children in Our Care", "3. The Board and its Members",
             "4. Meetings Held", "5. Attendance", "6. Reports Received Against the Work Programme", "7. Actions",
             "8. Exchange of Minutes with Partner Boards", "9. Recommendations and Next Steps"]
    at = [text.find(s) for s in order]
    assert -1 not in at, [s for s, i in zip(order, at, strict=True) if i == -1]
    assert at == sorted(at)
    # The figures, as counted by hand.
    assert "members attended 12 of 16 possible attendances (75%)" in text
    for figure in ("80%", "60%", "83%", "67%", "100%"):
        assert figure in text
    assert "Kayla" in text and "Arrange for Kayla to meet the Director" in text
    assert "Exempt item (paragraph 1)" in text  # the Part 2 item by its public title only
    assert "Placement review for a young person in residential care" not in text
    assert "Paragraph 1" in text
    # What a public document must never hold.
    for secret in (YP_SURNAME, YP_EMAIL, YP_PHONE, "SECRET-DISCUSSION", "Review the named child's placement"):
        assert secret not in text, secret
    # Captions for the charts, whose figures are also in tables.
    assert "Figure 1: Members' attendance at each board meeting held" in text
    assert "Figure 2: Actions opened and closed in each quarter" in text
    assert "Table 7: Actions opened and closed in each quarter" in text
    # Each bookmark lands on the page where its heading is.
    entries = {o.title: reader.get_destination_page_number(o) for o in _walk(reader.outline)}
    sections = [t for t in entries if re.match(r"\d\. ", t)]
    assert len(sections) == 9
    for title in sections:
        assert title in pages[entries[title]], title
    for title in (t for t in entries if t.startswith("Figure")):
        assert title in pages[entries[title]], title
    assert reader.metadata.title == "Corporate Parenting Board Annual Report 2025/26"
    assert reader.metadata.author == "Sefton Council"
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_build_to_a_chosen_file_replaces_it_whole(store, board, tmp_path):
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    result = annual_report.build(store, YEAR, target=target, today=TODAY)
    assert result.path == target and target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.pdf"]


@pytest.mark.parametrize("year, words", [
    (2030, "2030/31 has no board meetings"),
    (2026, "2026/27 has 1 board meeting planned but none held yet"),
])
def test_a_year_with_nothing_to_report_is_refused_and_nothing_is_written(store, board, year, words):
    before = settled_sha256(store)
    with pytest.raises(PackError) as caught:
        annual_report.build(store, year, today=TODAY)
    assert words in str(caught.value) and "Nothing was written" in str(caught.value)
    assert not annual_report.default_target(store, year).exists()
    assert not (store.paths.exports / "packs").exists() or not list((store.paths.exports / "packs").iterdir())
    assert pack_records.list_packs(store) == []
    assert settled_sha256(store) == before


@pytest.mark.parametrize("year", [1999, 2101, "2025"])
def test_a_year_that_is_not_a_municipal_year_is_refused(store, year):
    with pytest.raises(PackError, match="is not a municipal year"):
        annual_report.content(store, year, today=TODAY)


def test_a_bad_target_is_refused_before_any_work(store, board, tmp_path):
    for target, words in ((tmp_path, "is a folder"), (tmp_path / "report.docx", "does not end .pdf")):
        with pytest.raises(PackError, match=words):
            annual_report.build(store, YEAR, target=target, today=TODAY)
    assert pack_records.list_packs(store) == []


@pytest.mark.parametrize("cancel_at", [0, 1, 2])
def test_cancel_before_writing_leaves_nothing(store, board, cancel_at):
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > cancel_at

    before = settled_sha256(store)
    with pytest.raises(Cancelled):
        annual_report.build(store, YEAR, progress=Progress(cancelled=cancelled), today=TODAY)
    assert len(asked) == cancel_at + 1
    folder = store.paths.exports / "packs"
    assert not folder.exists() or not list(folder.iterdir())
    assert pack_records.list_packs(store) == []
    assert settled_sha256(store) == before


def test_a_record_that_cannot_be_saved_leaves_no_file(store, board, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(pack_records, "add", broken)
    with pytest.raises(RuntimeError):
        annual_report.build(store, YEAR, today=TODAY)
    folder = store.paths.exports / "packs"
    assert not folder.exists() or not list(folder.iterdir())


# --- the demo board -------------------------------------------------------------------------------

def test_the_demo_boards_year(demo_store, tmp_path):
    """The demo's year 2026/27, as at the day it was loaded: counted here from the attendance
    sheets and the action log themselves."""
    year = 2026
    c = annual_report.content(demo_store, year, today=DEMO_DAY)
    assert (c.label, c.complete, c.as_at) == ("2026/27", False, DEMO_DAY)
    held = [m for m in meetings.list_meetings(demo_store, year=year)
            if m.kind == "board" and m.status == enums.MeetingStatus.HELD]
    attended = possible = 0
    for m in held:
        rows = [r for r in attendance.load(demo_store, m.id).rows if r.member]
        possible += len(rows)
        attended += sum(r.status in (S.PRESENT, S.REMOTE) for r in rows)
    assert [a.date for a in c.meeting_attendance] == [m.date for m in held]
    assert f"members attended {attended} of {possible} possible attendances ({_pct(attended, possible)})" in \
        " ".join(c.section("attendance").paragraphs)
    log = [a for a in actions.list_actions(demo_store, public=True, today=DEMO_DAY)]
    assert c.actions.opened == sum(D(2026, 5, 1) <= a.created_on <= DEMO_DAY for a in log)
    assert c.actions.overdue_at_end == sum(a.overdue for a in log)

    result = annual_report.build(demo_store, year, target=tmp_path / "demo.pdf", today=DEMO_DAY)
    text = " ".join(_text(result.path))
    assert "Kayden" in text and "Lowe" not in text  # no consent to the full name
    assert "Quinn" not in text and "Tyler" not in text  # named only in a Part 2 discussion
    assert "Exempt item (paragraph 1)" in text
    assert "Individual placement review: a young person in residential care" not in text
    assert f"({_pct(attended, possible)})" in text
    # The children in our care, from the demo's figures (issue 22): the latest month ended by the
    # report's day against a year before, and a small count hidden.
    assert "The number of children in care at the end of October 2026 was 478, down from 493 a year before" in text
    assert "Placement: placed for adoption October 2026 6 c" in text  # 4 in October 2025


def test_last_years_report_on_the_demo(demo_store, tmp_path):
    """Issue 19, point 13: the report the officer needs most, last year's (2025/26, over when the
    demo was loaded), is built from a whole year of the demo's records: its six meetings with
    their themes and attendance, the item deferred, the Part 2 item by its public title, the
    actions, the minutes sent to partners."""
    c = annual_report.content(demo_store, 2025, today=DEMO_DAY)
    assert (c.label, c.complete, c.as_at) == ("2025/26", True, D(2026, 4, 30))
    days = [D(2025, 6, 11), D(2025, 8, 13), D(2025, 10, 8), D(2025, 12, 10), D(2026, 2, 11), D(2026, 4, 8)]
    assert [m.date for m in c.meeting_attendance] == days
    assert all(m.members and m.present for m in c.meeting_attendance)
    assert c.actions.opened == 12 and c.actions.part2_left_out == 1 and c.actions.done and c.actions.dropped == 1
    local_offer = next(r for r in c.reports if r.title == "Local Offer for Care Experienced Young People")
    assert (local_offer.due, local_offer.presented, local_offer.deferred) == (6, 5, 1)
    assert [(p.date, p.title) for p in c.part2_items] == [(D(2026, 2, 11), "Children missing from care: an "
                                                                            "individual case")]
    assert sum(s.status == "Sent on time" for s in c.minutes_sent) == 6

    result = annual_report.build(demo_store, 2025, target=tmp_path / "2025-26.pdf", today=DEMO_DAY)
    text = " ".join(_text(result.path))
    assert "Corporate Parenting Board Annual Report 2025/26" in text and "The board held 6 meetings in 2025/26" in text
    for day, theme in zip(days, ("Being Heard", "Safe and Stable Homes", "Raising Aspirations", "Health and Wellbeing",
                                 "Transition and Preparation for Adulthood",
                                 "Annual review of the strategy and work programme"), strict=True):
        assert f"{day.day} {day:%b %Y}" in text and theme in text, day
    assert "Children missing from care: an individual case" in text
    assert "Individual case review: a young person missing from care" not in text
    assert "Offer work experience places in council services to care leavers" in text  # overdue at the year's end
    assert "Kayden" in text and "Lowe" not in text  # no consent to the full name
    assert "Tyler" in text and "Quinn" not in text  # a member until October 2025
    assert "not over" not in " ".join(result.notes)


def test_a_year_with_no_meetings_held_is_refused_saying_what_to_do(demo_store):
    """The demo holds 2025/26 (six held) and 2026/27 (three held by 23 November 2026)."""
    before = settled_sha256(demo_store)
    with pytest.raises(PackError) as caught:
        annual_report.build(demo_store, 2023, today=DEMO_DAY)
    said = ("No board meetings were held in 2023/24. Choose a year with held meetings (2026/27 has 3, 2025/26 has 6) "
            "or record the meetings first")
    assert caught.value.for_window() == f"{said}. Nothing was written."
    assert str(caught.value) == (f"{said} (`cpo-desktop meetings add`, then `cpo-desktop meetings held`). "
                                 "Nothing was written.")
    assert settled_sha256(demo_store) == before
    # A year whose meetings are on record but were never marked as held.
    meetings.add_meeting(demo_store, MeetingInput(D(2024, 6, 12), T(14, 0), venue="Bootle Town Hall"), anyway=True)
    with pytest.raises(PackError) as caught:
        annual_report.build(demo_store, 2024, today=DEMO_DAY)
    assert caught.value.for_window() == (
        "No board meetings were held in 2024/25: its 1 board meeting is not marked as held. Choose a year with held "
        "meetings (2026/27 has 3, 2025/26 has 6) or mark them held first. Nothing was written.")
    assert "(`cpo-desktop meetings held MEETING`)" in str(caught.value)
    assert pack_records.list_packs(demo_store) == []
    assert not (demo_store.paths.exports / "packs").exists() or not list((demo_store.paths.exports / "packs").iterdir())
