"""First run seeds the board template from the strategy; the demo board fills an empty store."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlmodel import func, select

from cpo_desktop.model import enums
from cpo_desktop.model.tables import (
    Board,
    Meeting,
    Membership,
    PartnerBoard,
    Person,
    Priority,
    ReportingOfficer,
    Seat,
    StandingItem,
)
from cpo_desktop.paths import resources_dir
from cpo_desktop import demo
from cpo_desktop.services import overview, seed
from cpo_desktop.services.startup import open_data
from conftest import DEMO_PEOPLE

TEMPLATE = json.loads((resources_dir() / "seed" / "board.json").read_text(encoding="utf-8"))


def count(store, table) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_first_run_seeds_the_board_template(store):
    with store.session() as session:
        board = session.exec(select(Board)).one()
        assert board.name == "Sefton Corporate Parenting Board"
        assert board.meeting_frequency_months == 2 and board.work_programme == "Yearly"
        assert "Overview and Scrutiny" in board.accountability
        seats = session.exec(select(Seat).order_by(Seat.sort_order)).all()
        assert [s.title for s in seats] == [s["title"] for s in TEMPLATE["seats"]]
        assert sum(s.is_chair for s in seats) == 1 and sum(s.is_vice_chair for s in seats) == 1
        assert {s.category for s in seats} >= {"elected_member", "young_person", "foster_carer", "police", "health"}
        priorities = [p.title for p in session.exec(select(Priority).order_by(Priority.sort_order))]
        assert priorities == ["Being Heard", "Safe and Stable Homes", "Raising Aspirations",
                              "Health and Wellbeing", "Transition and Preparation for Adulthood"]
        # The strategy names a working-group chair for four priorities (none for Being Heard).
        chairs = {p.title: p.working_group_chair for p in session.exec(select(Priority))}
        assert chairs["Raising Aspirations"] == "Head Teacher, Virtual School"
        assert sum(1 for c in chairs.values() if c) == 4
        standing = [i.title for i in session.exec(select(StandingItem))]
        assert any("Local Offer" in t for t in standing)
        partners = {p.short_name: p for p in session.exec(select(PartnerBoard))}
        assert partners["SSCP"].confidentiality == enums.Confidentiality.RESTRICTED
        assert partners["HWB"].confidentiality == enums.Confidentiality.PUBLIC
        assert any(p.kind == enums.PartnerKind.SCRUTINY for p in partners.values())
    assert count(store, ReportingOfficer) == len(TEMPLATE["reporting_officers"])
    # Roles only: no personal data is seeded.
    assert count(store, Person) == 0 and count(store, Membership) == 0


def test_seeding_happens_once(store, data_paths):
    seats = count(store, Seat)
    store.close()
    again = open_data(data_paths)
    try:
        assert not seed.seed_board_template(again)
        assert count(again, Seat) == seats
    finally:
        again.close()


def test_seeded_rows_are_editable_data(store):
    with store.session() as session:
        priority = session.exec(select(Priority)).first()
        priority.title = "Being Heard and Listened To"
    with store.session() as session:
        assert session.exec(select(Priority).where(Priority.title == "Being Heard and Listened To")).one()


def test_demo_board_fills_every_seat_but_the_vacancies(demo_store):
    today = dt.date(2026, 11, 23)
    data = overview.load(demo_store, today=today)
    vacant = {s.seat for s in data.seats if s.vacant}
    assert vacant == set(demo.load_demo()["vacant_seats"])
    assert sum(1 for s in data.seats if s.young_person) == 6  # two permanent seats, four MAD representatives
    assert any(s.until and (s.until - today).days <= 60 for s in data.seats)
    board_meetings = [m for m in data.meetings if m.kind == "Board meeting"]
    # This municipal year around the day it was loaded, and the whole of last year, held.
    assert [m.municipal_year for m in board_meetings] == ["2025/26"] * 6 + ["2026/27"] * 6
    this_year = [m for m in data.meetings if m.municipal_year == "2026/27"]
    assert any(m.status == "Held" for m in this_year) and any(m.status == "Planned" for m in this_year)
    assert {m.status for m in data.meetings if m.municipal_year == "2025/26"} == {"Held"}
    with demo_store.session() as session:
        assert session.exec(select(Person).where(Person.is_young_person)).all()
        assert session.exec(select(Person).where(Person.former)).all()
        emails = [p.email for p in session.exec(select(Person)) if p.email]
        assert all(e.endswith(("example.org", "example.com", "example.net")) for e in emails)


def test_demo_refuses_a_store_with_people(demo_store):
    with pytest.raises(demo.DemoRefused, match="already holds people"):
        demo.load(demo_store)
    assert count(demo_store, Person) == DEMO_PEOPLE
    assert count(demo_store, Meeting) == 14  # two municipal years: six board meetings and a forum each


def test_demo_has_a_whole_year_held_before_this_one(demo_store):
    """Issue 19, point 13: last municipal year (2025/26) is on record as an officer would have
    kept it: six board meetings held, each with its attendance, its minutes confirmed at the next
    meeting and signed, resolutions, and actions; the December Local Offer update deferred to
    February, where it is the one Local Offer item."""
    from cpo_desktop.services import actions, agenda, attendance, meetings, minutes

    day = dt.date(2026, 11, 23)
    board = [m for m in meetings.list_meetings(demo_store) if m.kind == "board"]
    last_year = [m for m in board if m.municipal_year == "2025/26"]
    assert [m.date for m in last_year] == [dt.date(2025, 6, 11), dt.date(2025, 8, 13), dt.date(2025, 10, 8),
                                           dt.date(2025, 12, 10), dt.date(2026, 2, 11), dt.date(2026, 4, 8)]
    for m, confirming in zip(last_year, board[1:7], strict=True):
        sheet = attendance.load(demo_store, m.id)
        members = [r for r in sheet.rows if r.member]
        assert members and all(r.recorded for r in members) and sheet.quorum.met, m.date
        view = minutes.load(demo_store, m.id)
        assert (view.status, view.confirmed_at, view.signed_on) == ("signed", confirming.date, confirming.date)
        resolved = [r for r in view.minutes if r.resolutions]
        assert len(resolved) >= 8, m.date
        assert all(r.discussion for r in resolved if not r.title.startswith("Minutes of the last")), m.date
    agreed = [a for a in actions.list_actions(demo_store, today=day)
              if a.meeting_date and a.meeting_date < dt.date(2026, 5, 1)]
    assert len(agreed) == 13 and {a.status for a in agreed} == {"done", "dropped", "in_progress"}
    assert all(a.updates for a in agreed)

    december, february = last_year[3], last_year[4]
    offer = "Local Offer for Care Experienced Young People"
    deferred = [r for r in minutes.load(demo_store, december.id).minutes if r.title == offer][0].resolutions
    assert [(r.kind, r.deferred_to) for r in deferred] == [("deferred", february.date)]
    [item] = [i for i in agenda.load_agenda(demo_store, february.id, today=day).items if i.title == offer]
    assert item.deferred_label == "deferred from 10 December 2025" and item.state == "received"


# --- issue 21: the seeded constitution agrees with the seeds ------------------------------------

def _seats(store) -> dict[str, Seat]:
    with store.session() as session:
        return {s.title: s for s in session.exec(select(Seat))}


def test_every_seeded_seat_says_where_its_voting_and_quorum_rule_comes_from(store):
    seats = _seats(store)
    assert len(seats) == 30 and all(s.source and s.source[:3] in ("000", "002") for s in seats.values())
    # One rule, not a mixture: a category votes as a whole, except the Senior Advisor and the MAD
    # representatives (said in their sources).
    by_category: dict[str, set[tuple[bool, bool]]] = {}
    for s in seats.values():
        if s.category != "advisor" and s.rotation_group is None:
            by_category.setdefault(s.category, set()).add((s.voting, s.counts_towards_quorum))
    assert by_category and all(rules == {(True, True)} for rules in by_category.values())
    advisor = seats["Executive Director, Children's Social Care & Education, Sefton Council"]
    assert not advisor.voting and not advisor.counts_towards_quorum and "Senior Advisor" in advisor.source
    # The Virtual School head and the head teachers' associations are treated alike now.
    assert {seats[t].voting for t in ("Head Teacher, Sefton Virtual School",
                                      "Representative, Sefton Association Secondary Heads (SASH)",
                                      "Representative, Sefton Association Primary Heads (SAPH)")} == {True}


def test_the_young_peoples_seats_are_permanent_and_the_mad_representatives_rotate(store):
    seats = _seats(store)
    yp = [s for t, s in seats.items() if t.startswith("Care Experienced Young Person")]
    assert len(yp) == 2 and all(s.permanent and s.term_years is None and s.organisation_id is None
                                and "permanent" in s.source for s in yp)
    mad = [s for s in seats.values() if s.rotation_group == "Making A Difference (MAD) representatives"]
    assert len(mad) == 4
    assert all(s.category == "young_person" and s.term_years == 2 and not s.permanent and s.organisation_id is None
               and not s.voting and not s.counts_towards_quorum for s in mad)


def test_the_report_rules_the_seeds_ask_for_are_all_seeded_with_their_sources(store):
    from cpo_desktop.model.tables import ReportRule

    with store.session() as session:
        rules = {r.title: r for r in session.exec(select(ReportRule))}
        seat_titles = {s.id: s.title for s in session.exec(select(Seat))}
        officers = {o.id: o.role for o in session.exec(select(ReportingOfficer))}
    assert all(r.notes for r in rules.values())  # every rule cites where it comes from
    expected = {  # title: (frequency, who)
        "Pledge Survey: results and the action plan": ("annual", "Participation Officer, Sefton Council"),
        "Care Experienced Survey: results and the action plan": ("annual", "Participation Officer, Sefton Council"),
        "DWP working group report": ("quarterly", "Partnership Manager, DWP"),
        "Strategic housing report": ("bi_annual", "Strategic Housing Lead, Sefton Council"),
        "Fostering report": ("bi_annual", "Service Manager, Fostering and Adoption Services"),
        "Virtual School Head's annual report": ("annual", "Head Teacher, Sefton Virtual School"),
        "Ofsted inspection outcomes and the actions needed": (
            "as_requested", "Executive Director, Children's Social Care & Education, Sefton Council"),
        "Children's Overview and Scrutiny Committee: reports and recommendations": (
            "as_requested", "Elected members on the Children's Overview and Scrutiny Committee"),
    }
    for title, (frequency, who) in expected.items():
        r = rules[title]
        presenter = seat_titles.get(r.seat_id) or officers.get(r.reporting_officer_id) or r.presenter_role
        assert (r.frequency, presenter) == (frequency, who), title
    assert rules["Regulation 44 independent visits to children's homes"].notes.startswith("001")
    provider = rules["Health of cared for children: provider update"]
    assert provider.seat_id is None and provider.presenter_role == "Health provider for cared for children"


def test_opening_a_seeded_store_again_reads_its_seed_marks_and_loads_no_seeder(store):
    """Every window start and command opens the store: once seeded, the one-time seeds are not
    run again, and the performance service (with the spreadsheet readers it brings) is not loaded."""
    import subprocess
    import sys

    code = ("import sys; from cpo_desktop import paths; from cpo_desktop.services.startup import open_data; "
            f"s = open_data(paths.resolve({str(store.paths.root)!r}), daily_backup=False); s.close(); "
            "print('cpo_desktop.services.performance' in sys.modules, 'cpo_desktop.xlsx_in' in sys.modules)")
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert again.stdout.split() == ["False", "False"]
    # The positive control: with its mark gone, the indicators' seed runs (and keeps what is there).
    from cpo_desktop.model.tables import Setting

    with store.session() as session:
        session.delete(session.get(Setting, "seed.indicators"))
    missing = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert missing.stdout.split()[0] == "True"
