"""Agendas on a real store: the template, numbering (per meeting and through the year), start
times, deadlines across bank holidays, paper states, editing items, papers, undo, and chasing.

Expected titles come from resources/seed/board.json; expected dates are counted back through the
calendar here with the `holidays` library; "nothing saved" is checked on the database file
itself after a WAL checkpoint, and on the document store's files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import io
import json

import docx
import holidays
import pytest
from conftest import ROOT, settled_sha256, sha256, stored_files
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlmodel import func, select

from cpo_desktop.errors import UserError
from cpo_desktop.model.tables import AgendaItem, Membership, Paper, Person
from cpo_desktop.services import agenda, meetings, settings
from cpo_desktop.services import chase, deadlines, numbering
from cpo_desktop.services.agenda import AgendaError, ItemInput
from cpo_desktop.services.meetings import MeetingInput

D = dt.date
T = dt.time
SEED = json.loads((ROOT / "resources" / "seed" / "board.json").read_text(encoding="utf-8"))
STANDING = SEED["standing_items"]
RULES = SEED["report_rules"]
BOARD_NAME = SEED["board"]["name"]


def titles(section: str) -> list[str]:
    return [s["title"] for s in STANDING if s["section"] == section]


# --- helpers ---------------------------------------------------------------------------------------

_BANK = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2030))


def is_working(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _BANK


def working_days_back(day: dt.date, n: int) -> dt.date:
    """Walk back from the day before ``day`` until ``n`` working days have been passed."""
    while n > 0:
        day -= dt.timedelta(days=1)
        if is_working(day):
            n -= 1
    return day


def working_days_between(after: dt.date, up_to: dt.date) -> int:
    """Working days d with after < d <= up_to."""
    days = (after + dt.timedelta(days=n) for n in range(1, (up_to - after).days + 1))
    return sum(1 for d in days if is_working(d))


def count(store, model) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def make_pdf(text: str = "Report to the board", pages: int = 1) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(pages):
        c.drawString(72, 720, f"{text} - page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf("Secret")))
    writer.encrypt(user_password="", owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def plan_2027(store) -> list[meetings.MeetingRow]:
    meetings.plan_year(store, 2027)
    return [m for m in meetings.list_meetings(store, year=2027) if m.kind == "board"]


def set_received(store, paper_id: int, moment: dt.datetime) -> None:
    with store.session() as session:
        session.get(Paper, paper_id).received_at = moment


def noon(day: dt.date) -> dt.datetime:
    """Midday UTC: the same calendar day in any time zone from UTC-11 to UTC+11."""
    return dt.datetime.combine(day, T(12, 0), tzinfo=dt.UTC)


def numbers(a: agenda.Agenda) -> list[str]:
    return [i.number for i in a.items]


def by_title(a: agenda.Agenda, title: str) -> agenda.ItemRow:
    [item] = [i for i in a.items if i.title == title]
    return item


# --- the template ----------------------------------------------------------------------------------

def test_the_template_builds_each_agenda_in_the_seeds_order(store):
    year = plan_2027(store)
    rule_titles = [r["title"] for r in RULES]
    seen: dict[str, int] = {}
    agendas = {}
    for m in year:
        made = agenda.create_agenda(store, m.id)
        a = agenda.load_agenda(store, m.id, today=D(2027, 5, 1))
        agendas[m.date] = a
        assert made == len(a.items)
        sections = [i.section for i in a.items]
        # Opening, standing, reports, theme, closing: in that order, each block together.
        order = ["opening", "standing", "report", "theme", "closing"]
        assert sections == sorted(sections, key=order.index)
        assert [i.title for i in a.items if i.section == "opening"] == titles("opening")
        assert [i.title for i in a.items if i.section == "standing"] == titles("standing")
        assert [i.title for i in a.items if i.section == "closing"] == titles("closing")
        reports = [i.title for i in a.items if i.section == "report"]
        # Reports keep the work programme's order and are never the theme's own.
        assert reports == [t for t in rule_titles if t in reports]
        assert not any(r.get("theme") == m.theme and m.theme for r in RULES if r["title"] in reports)
        theme = [i for i in a.items if i.section == "theme"]
        if m.theme:
            priority = next(p for p in SEED["priorities"] if p["title"] == m.theme)
            if priority["has_working_group"]:
                assert theme[0].title == f"Theme: {m.theme} – working group report"
                # The chair as linked: the seat or reporting officer it names (no one holds them in
                # an empty store), else the role as written.
                linked = priority.get("chair_seat") or priority.get("chair_officer") or priority["working_group_chair"]
                assert theme[0].presenter.startswith(linked)  # a seat: "(vacant)" or "– vacant" after it
                assert theme[0].paper_expected
                theme = theme[1:]
            else:  # Being Heard has no working group to report (issue 21)
                assert not any("working group" in i.title for i in theme)
            # Every report linked to the theme is at the themed meeting, after the working group.
            assert [i.title for i in theme] == [r["title"] for r in RULES if r.get("theme") == m.theme]
        else:
            assert theme == []  # the annual review has no theme
        assert all(i.paper_expected for i in a.items if i.section in ("report", "theme"))
        for i in a.items:
            if i.report_rule_id is not None:
                seen[i.title] = seen.get(i.title, 0) + 1
    # Over the year each report comes as often as its frequency says.
    times = {"quarterly": 4, "bi_annual": 2, "annual": 1, "as_requested": 0}  # as requested: added by hand
    assert seen == {r["title"]: times[r["frequency"]] for r in RULES if times[r["frequency"]]}
    # A report with preferred months is at the meeting in that month (the board meets in each of them).
    for r in RULES:
        for month in r.get("months", []):
            [a] = [a for day, a in agendas.items() if day.month == month]
            assert r["title"] in [i.title for i in a.items], (r["title"], month)


def test_an_agenda_is_built_once_and_a_forum_gets_only_its_opening_and_closing(store):
    [first, *_] = plan_2027(store)
    made = agenda.create_agenda(store, first.id)
    with pytest.raises(AgendaError, match="already has an agenda"):
        agenda.create_agenda(store, first.id)
    assert len(agenda.load_agenda(store, first.id).items) == made
    forum, _ = meetings.add_meeting(store, MeetingInput(D(2027, 7, 21), T(17, 0), kind="young_peoples_forum"))
    agenda.create_agenda(store, forum)
    a = agenda.load_agenda(store, forum)
    assert [i.title for i in a.items] == titles("opening") + titles("closing")
    assert numbers(a) == [str(n) for n in range(1, len(a.items) + 1)]


# --- numbering and timings -------------------------------------------------------------------------

def test_numbers_sub_items_and_start_times(store):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    perf = by_title(agenda.load_agenda(store, june.id), "Performance report")
    agenda.add_item(store, june.id, ItemInput("Care leavers in EET", sub_item=True, duration_minutes=5),
                    after=perf.number)
    agenda.add_item(store, june.id, ItemInput("NEET follow-up", sub_item=True, duration_minutes=4),
                    after=f"{perf.number}a")
    a = agenda.load_agenda(store, june.id)
    n = int(perf.number)
    assert numbers(a)[n - 1:n + 3] == [str(n), f"{n}a", f"{n}b", str(n + 1)]
    top = [i for i in a.items if not i.sub_item]
    assert [i.number for i in top] == [str(k) for k in range(1, len(top) + 1)]
    # Each item starts when the ones before it are done.
    clock = dt.datetime.combine(june.date, june.start_time)
    for item in a.items:
        assert item.start == clock.time(), item.number
        clock += dt.timedelta(minutes=item.duration_minutes)
    assert a.finishes == clock.time()
    assert a.total_minutes == sum(i.duration_minutes for i in a.items)
    over = a.total_minutes - june.duration_minutes
    assert any(f"runs {over} minutes over" in p for p in a.problems) == (over > 0)
    # A long item makes it run over by exactly its length beyond the meeting.
    agenda.add_item(store, june.id, ItemInput("Away day planning", duration_minutes=60))
    b = agenda.load_agenda(store, june.id)
    assert f"runs {b.total_minutes - june.duration_minutes} minutes over" in b.problems[0]
    assert f"finish at {b.finishes:%H:%M}" in b.problems[0]


def test_continuous_numbering_runs_through_the_municipal_year(store):
    june, august, october, *_ = plan_2027(store)
    meetings.plan_year(store, 2028)
    june_2028 = next(m for m in meetings.list_meetings(store, year=2028) if m.kind == "board")
    forum, _ = meetings.add_meeting(store, MeetingInput(D(2027, 7, 21), T(17, 0), kind="young_peoples_forum"))
    for m in (june.id, august.id, forum, june_2028.id):
        agenda.create_agenda(store, m)
    settings.set(store, numbering.CONTINUOUS_KEY, True)

    first = agenda.load_agenda(store, june.id)
    assert first.continuous and first.items[0].number == "1"
    june_numbers = len([i for i in first.items if not i.sub_item])
    second = agenda.load_agenda(store, august.id)
    assert second.items[0].number == str(june_numbers + 1)
    assert [i.number for i in second.items] == [str(june_numbers + k) for k in range(1, len(second.items) + 1)]

    # A sub-item in June uses no new number; a main item does.
    agenda.add_item(store, june.id, ItemInput("Sub-point", sub_item=True), after="5")
    assert agenda.load_agenda(store, august.id).items[0].number == str(june_numbers + 1)
    agenda.add_item(store, june.id, ItemInput("Extra item"))
    assert agenda.load_agenda(store, august.id).items[0].number == str(june_numbers + 2)

    # --after takes the number as printed on the agenda.
    target = agenda.load_agenda(store, august.id).items[4]
    new = agenda.add_item(store, august.id, ItemInput("After the fifth"), after=target.number)
    assert agenda.load_agenda(store, august.id).items[5].id == new

    # A meeting with no agenda yet uses no numbers; forums and a new year start at 1.
    assert agenda.load_agenda(store, october.id).items == []
    assert agenda.load_agenda(store, forum).items[0].number == "1"
    assert agenda.load_agenda(store, june_2028.id).items[0].number == "1"

    settings.set(store, numbering.CONTINUOUS_KEY, False)
    assert agenda.load_agenda(store, august.id).items[0].number == "1"


# --- deadlines -------------------------------------------------------------------------------------

def test_deadlines_count_working_days_across_christmas_and_easter(store):
    cases = {
        D(2027, 1, 13): (D(2026, 12, 29), D(2027, 1, 5)),  # 10 back skips 1 Jan and the weekend
        D(2027, 4, 7): (D(2027, 3, 22), D(2027, 3, 30)),  # 10 back skips Easter Monday and Good Friday
        D(2027, 1, 6): (D(2026, 12, 18), D(2026, 12, 24)),  # clear days skip 1 Jan, 28 and 25 Dec
    }
    ids = {}
    for day in cases:
        ids[day], warnings = meetings.add_meeting(store, MeetingInput(day, T(14, 0)))
        assert warnings == []
    for day, (deadline, publish) in cases.items():
        # The hand counts in the comments above agree with the calendar walk.
        assert (working_days_back(day, 10), working_days_back(day, 5 + 1)) == (deadline, publish)
        a = agenda.load_agenda(store, ids[day])
        assert (a.report_deadline, a.publication_date, a.deadline_days) == (deadline, publish, 10)
        # Five clear working days lie strictly between publication and the meeting.
        assert working_days_between(a.publication_date, day - dt.timedelta(days=1)) == 5
    settings.set(store, deadlines.DEADLINE_KEY, 15)
    for day in cases:
        a = agenda.load_agenda(store, ids[day])
        assert a.deadline_days == 15 and a.report_deadline == working_days_back(day, 15)
        assert a.publication_date == cases[day][1]  # the statutory notice does not change
    assert agenda.load_agenda(store, ids[D(2027, 1, 13)]).report_deadline == D(2026, 12, 18)


def test_paper_states_through_the_deadline(store, tmp_path):
    day = D(2027, 1, 13)
    meeting_id, _ = meetings.add_meeting(store, MeetingInput(day, T(14, 0)))
    agenda.create_agenda(store, meeting_id)
    deadline = working_days_back(day, 10)
    before, after = D(2026, 12, 1), working_days_back(day, 9)  # the working day after the deadline
    a = agenda.load_agenda(store, meeting_id, today=before)
    expected = [i for i in a.items if i.paper_expected]
    assert len(expected) >= 4
    assert {i.state for i in a.items if not i.paper_expected} == {""}
    assert {i.state for i in expected} == {"awaited"}
    assert {i.state for i in agenda.load_agenda(store, meeting_id, today=deadline).items
            if i.paper_expected} == {"awaited"}  # the deadline day itself is still in time

    on_time, late, follow, missing = expected[:4]
    paper = agenda.attach_paper(store, on_time.id, write(tmp_path, "on time.pdf", make_pdf("On time")))
    set_received(store, paper, noon(deadline - dt.timedelta(days=1)))
    late_paper = agenda.attach_paper(store, late.id, write(tmp_path, "late.pdf", make_pdf("Late")))
    set_received(store, late_paper, noon(after))
    agenda.set_to_follow(store, follow.id)

    states = {i.id: i for i in agenda.load_agenda(store, meeting_id, today=before).items}
    assert states[on_time.id].state == "received" and not states[on_time.id].stands_out
    assert states[late.id].state == "received late" and states[late.id].stands_out
    assert states[late.id].papers[0].late and not states[on_time.id].papers[0].late
    assert states[follow.id].state == "to follow" and states[follow.id].to_follow
    assert states[missing.id].state == "awaited"

    late_view = agenda.load_agenda(store, meeting_id, today=after)
    states = {i.id: i for i in late_view.items}
    assert states[follow.id].state == "late" and states[missing.id].state == "late"
    assert states[on_time.id].state == "received"
    late_numbers = [i.number for i in late_view.items if i.state == "late"]
    assert f"deadline of {deadline:%d/%m/%Y}: items {', '.join(late_numbers)}." in " ".join(late_view.problems)

    # After the meeting, whatever never came was not received.
    past = {i.id: i.state for i in agenda.load_agenda(store, meeting_id, today=day + dt.timedelta(days=1)).items}
    assert past[missing.id] == past[follow.id] == "not received"
    assert past[on_time.id] == "received" and past[late.id] == "received late"

    # A later deadline setting makes the late paper on time.
    settings.set(store, deadlines.DEADLINE_KEY, 5)
    assert working_days_back(day, 5) > after
    assert {i.id: i.state for i in agenda.load_agenda(store, meeting_id, today=before).items}[late.id] == "received"

    # Taking the paper off, or clearing "to follow", leaves the item awaited again.
    agenda.remove_paper(store, paper)
    agenda.set_to_follow(store, follow.id, False)
    states = {i.id: i.state for i in agenda.load_agenda(store, meeting_id, today=before).items}
    assert states[on_time.id] == states[follow.id] == "awaited"


def test_the_report_checklist_is_kept_per_paper(store, tmp_path):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    item = next(i for i in agenda.load_agenda(store, june.id).items if i.paper_expected)
    paper = agenda.attach_paper(store, item.id, write(tmp_path, "paper.pdf", make_pdf()))
    agenda.set_checklist(store, paper, agenda.Checklist(pledge=True, pledge_note="  Section 2  ", involvement=False,
                                                        involvement_note="   ", you_said_we_did=True))
    [row] = next(i for i in agenda.load_agenda(store, june.id).items if i.id == item.id).papers
    assert (row.pledge, row.pledge_note, row.involvement, row.involvement_note, row.you_said_we_did) == (
        True, "Section 2", False, None, True)
    assert row.checklist == "Pledge ✓ · Involvement ✗ · You said, we did ✓"
    with pytest.raises(AgendaError, match="no paper with id 9999"):
        agenda.set_checklist(store, 9999, agenda.Checklist())


# --- adding, moving and removing items -------------------------------------------------------------

def test_where_a_new_item_goes(store):
    [june, *_] = plan_2027(store)
    # Adding to a meeting with no agenda builds it from the template first.
    first = agenda.add_item(store, june.id, ItemInput("Fostering sufficiency"))
    a = agenda.load_agenda(store, june.id)
    closing = titles("closing")
    assert [i.title for i in a.items][-len(closing) - 1:] == ["Fostering sufficiency", *closing]
    assert a.items[-len(closing) - 1].id == first

    agenda.add_item(store, june.id, ItemInput("After five"), after="5")
    a = agenda.load_agenda(store, june.id)
    assert a.item("6").title == "After five" and a.item("5").title == titles("opening")[4]

    perf = by_title(a, "Performance report")
    agenda.add_item(store, june.id, ItemInput("Sub one", sub_item=True), after=perf.number)
    agenda.add_item(store, june.id, ItemInput("Sub two", sub_item=True), after=f"{perf.number}a")
    agenda.add_item(store, june.id, ItemInput("After the block"), after=perf.number)
    a = agenda.load_agenda(store, june.id)
    n = int(perf.number)
    assert [(i.number, i.title) for i in a.items[n - 1:n + 4]] == [
        (str(n), "Performance report"), (f"{n}a", "Sub one"), (f"{n}b", "Sub two"), (str(n + 1), "After the block"),
        (str(n + 2), titles("standing")[-1])]
    # A main item after a sub-item goes after the rest of the block too.
    agenda.add_item(store, june.id, ItemInput("After the first sub"), after=f"{n}a")
    a = agenda.load_agenda(store, june.id)
    assert a.item(str(n + 1)).title == "After the first sub" and a.item(f"{n}b").title == "Sub two"

    before = settled_sha256(store)
    with pytest.raises(AgendaError, match=r"has no item 99 \(items 1 to \d+\)"):
        agenda.add_item(store, june.id, ItemInput("Nowhere"), after="99")
    with pytest.raises(AgendaError, match="needs a title"):
        agenda.add_item(store, june.id, ItemInput("   "))
    with pytest.raises(AgendaError, match="300 minutes"):
        agenda.add_item(store, june.id, ItemInput("Marathon", duration_minutes=301))
    with pytest.raises(AgendaError, match="(?i)only a part 2 item cites"):
        agenda.add_item(store, june.id, ItemInput("Cited in public", part=1, exempt_paragraph=3))
    assert settled_sha256(store) == before


def test_moving_items_with_their_sub_items(store):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    perf = by_title(agenda.load_agenda(store, june.id), "Performance report")
    sub_a = agenda.add_item(store, june.id, ItemInput("Sub A", sub_item=True), after=perf.number)
    sub_b = agenda.add_item(store, june.id, ItemInput("Sub B", sub_item=True), after=f"{perf.number}a")
    a = agenda.load_agenda(store, june.id)
    others = [i.title for i in a.items if i.id not in (perf.id, sub_a, sub_b)]

    agenda.move_item(store, perf.id, 0)  # to the top
    a = agenda.load_agenda(store, june.id)
    assert [(i.number, i.id) for i in a.items[:4]] == [("1", perf.id), ("1a", sub_a), ("1b", sub_b),
                                                        ("2", a.items[3].id)]
    assert [i.title for i in a.items[3:]] == others

    agenda.move_item(store, perf.id, len(a.items))  # to the bottom
    a = agenda.load_agenda(store, june.id)
    last = str(len([i for i in a.items if not i.sub_item]))
    assert [(i.number, i.id) for i in a.items[-3:]] == [(last, perf.id), (f"{last}a", sub_a), (f"{last}b", sub_b)]
    assert [i.title for i in a.items[:-3]] == others
    assert [i.position for i in a.items] == list(range(1, len(a.items) + 1))

    # A sub-item moved to the top becomes a main item (nothing is above it).
    agenda.move_item(store, sub_b, 0)
    a = agenda.load_agenda(store, june.id)
    assert a.items[0].id == sub_b and a.items[0].number == "1" and not a.items[0].sub_item


def test_removing_an_item_renumbers_the_rest(store):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    a = agenda.load_agenda(store, june.id)
    gone = a.item("3")
    agenda.remove_item(store, gone.id)
    b = agenda.load_agenda(store, june.id)
    assert [i.id for i in b.items] == [i.id for i in a.items if i.id != gone.id]
    assert numbers(b) == [str(n) for n in range(1, len(b.items) + 1)]
    assert [i.position for i in b.items] == list(range(1, len(b.items) + 1))
    with pytest.raises(AgendaError, match="no agenda item with id"):
        agenda.remove_item(store, gone.id)
    # The first item cannot be a sub-item, however it is asked for.
    first = b.items[0]
    with pytest.raises(AgendaError, match="first item cannot be a sub-item"):
        agenda.set_sub_item(store, first.id, True)
    with pytest.raises(AgendaError, match="first item cannot be a sub-item"):
        agenda.update_item(store, first.id, ItemInput(first.title, sub_item=True))
    assert not agenda.load_agenda(store, june.id).items[0].sub_item
    # Indent and outdent.
    agenda.set_sub_item(store, b.items[1].id, True)
    assert numbers(agenda.load_agenda(store, june.id))[:3] == ["1", "1a", "2"]
    agenda.set_sub_item(store, b.items[1].id, False)
    assert numbers(agenda.load_agenda(store, june.id))[:3] == ["1", "2", "3"]


def test_dropping_an_item_onto_its_own_sub_item_leaves_the_order_alone(store):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    perf = by_title(agenda.load_agenda(store, june.id), "Performance report")
    agenda.add_item(store, june.id, ItemInput("Sub A", sub_item=True), after=perf.number)
    agenda.add_item(store, june.id, ItemInput("Sub B", sub_item=True), after=f"{perf.number}a")
    before = agenda.load_agenda(store, june.id)
    start = before.items.index(next(i for i in before.items if i.id == perf.id))
    agenda.move_item(store, perf.id, start + 2)  # "before Sub B": still inside its own block
    assert [i.id for i in agenda.load_agenda(store, june.id).items] == [i.id for i in before.items]


def test_removing_a_main_item_does_not_hand_its_sub_items_to_the_item_above(store):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    a = agenda.load_agenda(store, june.id)
    perf = by_title(a, "Performance report")
    above = a.items[a.items.index(perf) - 1]
    sub = agenda.add_item(store, june.id, ItemInput("Care leavers in EET", sub_item=True), after=perf.number)
    agenda.remove_item(store, perf.id)
    b = agenda.load_agenda(store, june.id)
    left = [i for i in b.items if i.id == sub]
    # Either the sub-item went with its item, or it stands as a main item: never "<above>a".
    assert not left or left[0].number != f"{above.number}a"


# --- Part 2 ----------------------------------------------------------------------------------------

def test_a_part_2_item_must_cite_schedule_12a_and_nothing_is_saved(store):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    a = agenda.load_agenda(store, june.id)
    before, items = settled_sha256(store), count(store, AgendaItem)
    with pytest.raises(AgendaError) as refused:
        agenda.add_item(store, june.id, ItemInput("Placement review", part=2))
    assert "schedule 12a" in str(refused.value).casefold() and "nothing was saved" in str(refused.value).casefold()
    with pytest.raises(AgendaError):
        agenda.add_item(store, june.id, ItemInput("Placement review", part=2, exempt_paragraph=8))
    item = a.item("6")
    with pytest.raises(AgendaError):
        agenda.update_item(store, item.id, ItemInput(item.title, part=2))
    assert count(store, AgendaItem) == items and settled_sha256(store) == before

    # Cited, the item is saved; without a public-interest note the agenda says so.
    new = agenda.add_item(store, june.id, ItemInput("Placement review", part=2, exempt_paragraph=1))
    a = agenda.load_agenda(store, june.id)
    row = next(i for i in a.items if i.id == new)
    assert (row.part, row.exempt_paragraph) == (2, 1)
    assert f"Item {row.number} is in Part 2 but has no public-interest note." in a.problems
    agenda.update_item(store, new, ItemInput("Placement review", part=2, exempt_paragraph=1,
                                             public_interest="Individual children are named."))
    assert not any("public-interest" in p for p in agenda.load_agenda(store, june.id).problems)
    # Back to Part 1, the paragraph and the note go.
    agenda.update_item(store, new, ItemInput("Placement review", part=1, public_interest="ignored"))
    row = next(i for i in agenda.load_agenda(store, june.id).items if i.id == new)
    assert (row.part, row.exempt_paragraph, row.public_interest) == (1, None, None)


def test_the_part_2_refusal_names_schedule_12a_as_written(store):
    [june, *_] = plan_2027(store)
    with pytest.raises(AgendaError) as refused:
        agenda.add_item(store, june.id, ItemInput("Placement review", part=2))
    assert "Schedule 12A" in str(refused.value) and "Part 2" in str(refused.value)


# --- papers ----------------------------------------------------------------------------------------

def test_a_bad_attachment_among_good_ones_saves_nothing(store, tmp_path):
    [june, august, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    good = write(tmp_path, "good.pdf", make_pdf("Good"))
    bad = write(tmp_path, "locked.pdf", encrypted_pdf())
    before = settled_sha256(store), count(store, AgendaItem), count(store, Paper), stored_files(store)
    for meeting in (june.id, august.id):  # with an agenda, and one still to be built
        with pytest.raises(UserError, match="locked.pdf"):
            agenda.add_item(store, meeting, ItemInput("Two papers"), attach=[good, bad])
    assert (settled_sha256(store), count(store, AgendaItem), count(store, Paper), stored_files(store)) == before
    assert agenda.load_agenda(store, august.id).items == []  # not even the template was built


def test_papers_are_stored_under_their_hash_with_the_name_kept(store, tmp_path):
    [june, *_] = plan_2027(store)
    pdf_bytes, docx_bytes = make_pdf("Local offer", pages=2), make_docx("Sufficiency strategy")
    pdf = write(tmp_path, "Item 6 – Local Offer (final).pdf", pdf_bytes)
    word = write(tmp_path, "Sufficiency.docx", docx_bytes)
    item_id = agenda.add_item(store, june.id, ItemInput("Local offer refresh", paper_expected=False),
                              attach=[pdf, word])
    row = next(i for i in agenda.load_agenda(store, june.id).items if i.id == item_id)
    assert row.paper_expected and row.state in ("received", "received late")
    assert [(p.original_name, p.kind, p.pages) for p in row.papers] == [
        ("Item 6 – Local Offer (final).pdf", "pdf", 2), ("Sufficiency.docx", "docx", None)]
    for paper, data, kind in zip(row.papers, (pdf_bytes, docx_bytes), ("pdf", "docx"), strict=True):
        digest = sha256(write(tmp_path, "copy", data))
        target = store.paths.documents / digest[:2] / f"{digest}.{kind}"
        assert paper.sha256 == digest and paper.size_bytes == len(data)
        assert target.read_bytes() == data and agenda.paper_file(store, paper) == target
    assert pdf.read_bytes() == pdf_bytes  # the user's own file is untouched

    # The same content again, under any name, is refused; nothing more is saved.
    before = settled_sha256(store), count(store, Paper)
    with pytest.raises(AgendaError, match="already attached to this item .as Item 6 – Local Offer"):
        agenda.attach_paper(store, item_id, write(tmp_path, "renamed.pdf", pdf_bytes))
    assert (settled_sha256(store), count(store, Paper)) == before
    # The same file may go with another item; the store keeps one copy.
    other = agenda.load_agenda(store, june.id).item("6")
    agenda.attach_paper(store, other.id, pdf)
    assert len(stored_files(store)) == 2


def test_the_same_file_twice_in_one_add_leaves_no_stray_copy(store, tmp_path):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    pdf = write(tmp_path, "twice.pdf", make_pdf("Twice"))
    before = stored_files(store), count(store, Paper)
    with pytest.raises(AgendaError, match="same file"):
        agenda.add_item(store, june.id, ItemInput("Doubled"), attach=[pdf, pdf])
    assert (stored_files(store), count(store, Paper)) == before


def test_undo_puts_the_agenda_back_exactly(store, tmp_path):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    a = agenda.load_agenda(store, june.id)
    with_paper = a.item("6")
    agenda.attach_paper(store, with_paper.id, write(tmp_path, "p.pdf", make_pdf()))
    sub = agenda.add_item(store, june.id, ItemInput("Sub", sub_item=True), after="10")
    state = agenda.capture(store, june.id)
    shown = agenda.load_agenda(store, june.id).as_dict()

    agenda.move_item(store, a.item("10").id, 0)
    agenda.remove_item(store, with_paper.id)
    agenda.remove_item(store, a.item("3").id)
    agenda.add_item(store, june.id, ItemInput("Added later"))
    agenda.set_sub_item(store, sub, False)
    assert agenda.capture(store, june.id) != state

    agenda.restore(store, state)
    assert agenda.capture(store, june.id) == state  # same ids, positions, flags and papers
    assert agenda.load_agenda(store, june.id).as_dict() == shown
    assert count(store, Paper) == len(state.papers) == 1


# --- chasing ---------------------------------------------------------------------------------------

def _email_of_presenter(session, item: AgendaItem, day: dt.date) -> str | None:
    """The presenter's e-mail, found from the register's tables here."""
    person_id = item.presenter_person_id
    if person_id is None and item.presenter_seat_id is not None:
        holders = [m for m in session.exec(select(Membership).where(Membership.seat_id == item.presenter_seat_id))
                   if m.start_date <= day and (m.end_date is None or m.end_date >= day)]
        person_id = holders[0].person_id if holders else None
    return session.get(Person, person_id).email if person_id else None


def test_the_chase_list_and_e_mail_drafts(demo_store, tmp_path):
    today = D(2026, 11, 23)
    # A paper marked to follow is chased too (the demo's one was the performance report, now made).
    first = next(i for i in agenda.load_agenda(demo_store, "2026-12-09", today=today).items
                 if i.paper_expected and not i.papers and i.state == "awaited")
    agenda.set_to_follow(demo_store, first.id)
    rows = chase.chase_list(demo_store, today=today)
    to_come = [m for m in meetings.list_meetings(demo_store) if m.date >= today and m.status != "cancelled"]
    expected = []
    for m in to_come:
        a = agenda.load_agenda(demo_store, m.id, today=today)
        # (the performance report item's paper the pack makes from the demo's figures: not chased)
        expected += [(m.id, i.id) for i in a.items if i.paper_expected and not i.papers and i.state != "made by the app"]
        assert not any(i.paper_expected and not i.papers for i in a.items if i.state == "made by the app"
                       and i.title != "Performance report")
    assert rows and [(r.meeting_id, r.item_id) for r in rows] == expected
    assert {r.state for r in rows} <= {"awaited", "to follow"} and "to follow" in {r.state for r in rows}
    with demo_store.session() as session:
        for r in rows:
            assert r.meeting_date >= today and r.days_late == 0
            assert r.deadline == working_days_back(r.meeting_date, 10)
            assert r.email == _email_of_presenter(session, session.get(AgendaItem, r.item_id), r.meeting_date)
        # A held meeting is never chased, even with papers missing.
        held = {m.id for m in meetings.list_meetings(demo_store) if m.status == "held"}
        assert not held & {r.meeting_id for r in rows}

    row = next(r for r in rows if r.email)
    path = chase.write_chase(demo_store, row.item_id, tmp_path / "drafts", today=today)
    assert path.parent == tmp_path / "drafts" and path.suffix == ".eml"
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == [row.email] and msg["X-Unsent"] == "1"
    day = row.meeting_date
    for part in (BOARD_NAME, f"{day.day} {day:%B %Y}", row.title):
        assert part in msg["Subject"]
    body = msg.get_body(preferencelist=("plain",)).get_content()
    deadline = working_days_back(day, 10)
    assert f"{deadline:%A} {deadline.day} {deadline:%B %Y}" in body
    assert "Pledge" in body and row.title in body and f"Item {row.number}" in body

    # Two working days after the deadline the draft says so.
    friday = D(2026, 11, 27)
    late_row = next(r for r in chase.chase_list(demo_store, today=friday, meeting=row.meeting_id)
                    if r.item_id == row.item_id)
    assert late_row.state == "late" and late_row.days_late == working_days_between(deadline, friday)
    late_msg = chase.chase_message(demo_store, late_row, today=friday)
    assert f"{late_row.days_late} working days late" in late_msg.get_body().get_content()

    # Nobody to write to: refused, naming the item and what to do.
    no_email = next(r for r in rows if not r.email)
    with pytest.raises(AgendaError, match=f"Item {no_email.number}, “.*”, has no e-mail address"):
        chase.write_chase(demo_store, no_email.item_id, tmp_path / "drafts", today=today)
    # A paper that has come is not chased.
    with demo_store.session() as session:
        arrived = session.exec(select(Paper)).first().agenda_item_id
    with pytest.raises(AgendaError, match="not awaited"):
        chase.write_chase(demo_store, arrived, tmp_path / "drafts", today=today)
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == [path.name]


def test_days_late_counts_only_working_days_that_have_passed(store):
    day = D(2027, 1, 13)
    meeting_id, _ = meetings.add_meeting(store, MeetingInput(day, T(14, 0)))
    agenda.create_agenda(store, meeting_id)
    deadline = working_days_back(day, 10)  # Tue 29 Dec 2026
    saturday = D(2027, 1, 2)  # after Wed 30, Thu 31 Dec and the New Year bank holiday
    [row, *_] = chase.chase_list(store, today=saturday, meeting=meeting_id)
    assert row.days_late == working_days_between(deadline, saturday) == 2


# --- a Part 2 item's public title (issue 17, deliverable 11) ----------------------------------------

def test_a_part_2_items_public_title_round_trip_default_and_clearing(store):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    new = agenda.add_item(store, june.id, ItemInput("Placement of Child A", part=2, exempt_paragraph=1,
                                                    public_title="  Placements:\n  an individual case "))
    row = next(i for i in agenda.load_agenda(store, june.id).items if i.id == new)
    assert (row.public_title, row.shown_public_title) == ("Placements: an individual case",) * 2
    shown = next(i for i in agenda.load_agenda(store, june.id).as_dict()["items"] if i["id"] == new)
    assert (shown["public_title"], shown["shown_public_title"]) == ("Placements: an individual case",) * 2
    with store.session() as session:
        assert session.get(AgendaItem, new).public_title == "Placements: an individual case"

    # Cleared, the default names the paragraph, and follows it.
    assert agenda.update_item(store, new, ItemInput("Placement of Child A", part=2, exempt_paragraph=3,
                                                    public_title=""))
    row = next(i for i in agenda.load_agenda(store, june.id).items if i.id == new)
    assert (row.public_title, row.shown_public_title) == (None, "Exempt item (paragraph 3)")
    assert row.title == "Placement of Child A"  # the full title is kept for the board
    # A Part 1 item is shown by its own title, and cannot be given a public title.
    part1 = agenda.load_agenda(store, june.id).item("6")
    assert part1.shown_public_title == part1.title and part1.public_title is None
    before = settled_sha256(store)
    with pytest.raises(AgendaError, match="Only a Part 2 item has a public title"):
        agenda.update_item(store, part1.id, dataclasses.replace(agenda.item_input(part1), public_title="Other"))
    assert settled_sha256(store) == before
    # Moved to Part 1, the item loses its public title with its paragraph.
    agenda.update_item(store, new, ItemInput("Placement of Child A", part=2, exempt_paragraph=1, public_title="X"))
    agenda.update_item(store, new, ItemInput("Placement of Child A", part=1))
    with store.session() as session:
        assert session.get(AgendaItem, new).public_title is None


def test_an_unchanged_item_is_not_written_and_undo_carries_the_public_title(store):
    [june, *_] = plan_2027(store)
    agenda.create_agenda(store, june.id)
    new = agenda.add_item(store, june.id, ItemInput("Placement of Child A", part=2, exempt_paragraph=2,
                                                    public_title="Placements"))
    state = agenda.capture(store, june.id)
    for row in agenda.load_agenda(store, june.id).items:  # every item given back as it is
        before = settled_sha256(store)
        assert agenda.update_item(store, row.id, agenda.item_input(row)) is False
        assert settled_sha256(store) == before, row.title
    assert agenda.capture(store, june.id) == state

    assert agenda.update_item(store, new, ItemInput("Placement of Child A", part=2, exempt_paragraph=2,
                                                    public_title="Placements: a review"))
    after = agenda.capture(store, june.id)
    agenda.restore(store, state)
    assert next(i for i in agenda.load_agenda(store, june.id).items if i.id == new).public_title == "Placements"
    agenda.restore(store, after)
    assert next(i for i in agenda.load_agenda(store, june.id).items
                if i.id == new).public_title == "Placements: a review"
