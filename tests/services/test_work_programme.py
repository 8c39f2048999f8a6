"""The work programme on a real store: report rules, what is due at which meeting, the year grid
(planned → scheduled → paper received → presented, or missing) and the coverage check.

Expectations come from the seeded rules in resources/seed/board.json and from the meetings'
months, not from the implementation's spreading arithmetic (tests/model covers that).
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from conftest import ROOT
from reportlab.pdfgen import canvas
from sqlmodel import func, select

from cpo_desktop.model.tables import AgendaItem, Meeting, Priority, ReportRule
from cpo_desktop.services import agenda, meetings, work_programme
from cpo_desktop.services.agenda import ItemInput
from cpo_desktop.services.work_programme import RuleInput, WorkProgrammeError

D = dt.date
SEED = json.loads((ROOT / "resources" / "seed" / "board.json").read_text(encoding="utf-8"))
RULES = {r["title"]: r for r in SEED["report_rules"]}
STANDING = [s["title"] for s in SEED["standing_items"] if s["section"] == "standing"]
TIMES = {"every_meeting": 6, "quarterly": 4, "bi_annual": 2, "annual": 1, "as_requested": 0}


def pdf(tmp_path, name: str = "paper.pdf"):
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, name)
    c.showPage()
    c.save()
    path = tmp_path / name
    path.write_bytes(buf.getvalue())
    return path


def plan_2027(store) -> list[meetings.MeetingRow]:
    meetings.plan_year(store, 2027)
    return [m for m in meetings.list_meetings(store, year=2027) if m.kind == "board"]


def priority_id(store, title: str) -> int:
    with store.session() as session:
        return session.exec(select(Priority.id).where(Priority.title == title)).one()


def set_status(store, meeting_id: int, status: str) -> None:
    with store.session() as session:
        session.get(Meeting, meeting_id).status = status


def row(grid: work_programme.Grid, title: str) -> work_programme.GridRow:
    [found] = [r for r in grid.rows if r.title == title]
    return found


def cells(grid: work_programme.Grid, title: str) -> dict[dt.date, str]:
    return {m.date: c for m, c in zip(grid.meetings, row(grid, title).cells, strict=True)}


# --- rules -----------------------------------------------------------------------------------------

def test_the_seeded_rules_are_listed_with_their_presenters_and_themes(store):
    rows = work_programme.list_rules(store)
    assert [r.title for r in rows] == list(RULES)
    for r in rows:
        seed = RULES[r.title]
        assert r.frequency == seed["frequency"] and r.theme == seed.get("theme", "")
        assert r.presenter == (seed.get("seat") or seed.get("officer") or seed.get("presenter_role"))
        assert r.preferred_months == ",".join(str(m) for m in seed.get("months", []))
        assert r.active


def test_rules_are_added_changed_and_checked(store):
    before = work_programme.list_rules(store)
    theme = priority_id(store, "Transition and Preparation for Adulthood")
    new = work_programme.add_rule(store, RuleInput("Care leavers' housing", frequency="bi_annual",
                                                   presenter_role="  Housing Options Manager ",
                                                   preferred_months="11; 5, 5", priority_id=theme))
    rows = work_programme.list_rules(store)
    assert [r.id for r in rows[:-1]] == [r.id for r in before] and rows[-1].id == new  # added at the end
    added = rows[-1]
    assert (added.presenter, added.preferred_months, added.theme, added.frequency_label) == (
        "Housing Options Manager", "11,5", "Transition and Preparation for Adulthood", "Bi-annual")

    data = work_programme.rule_input(added)
    data.frequency, data.active = "annual", False
    work_programme.update_rule(store, new, data)
    changed = work_programme.list_rules(store)[-1]
    assert (changed.frequency, changed.active) == ("annual", False)
    assert [r.id for r in work_programme.list_rules(store, include_inactive=False)] == [r.id for r in before]

    with store.session() as session:
        n_rules = session.exec(select(func.count()).select_from(ReportRule)).one()
    for bad, message in ((RuleInput("  "), "needs a title"),
                         (RuleInput("X", frequency="monthly"), "not a frequency"),
                         (RuleInput("X", preferred_months="6, 13"), "“13” is not a month number"),
                         (RuleInput("X", duration_minutes=-1), "0 to 300 minutes"),
                         (RuleInput("X", priority_id=999), "no priority with id 999"),
                         (RuleInput("X", seat_id=999), "no seat with id 999"),
                         (RuleInput("X", reporting_officer_id=999), "no reporting officer with id 999")):
        with pytest.raises(WorkProgrammeError, match=message):
            work_programme.add_rule(store, bad)
    with pytest.raises(WorkProgrammeError, match="no report rule with id 999"):
        work_programme.update_rule(store, 999, RuleInput("X"))
    with pytest.raises(WorkProgrammeError, match="not a frequency"):
        work_programme.update_rule(store, new, RuleInput("X", frequency="weekly"))
    with store.session() as session:
        assert session.exec(select(func.count()).select_from(ReportRule)).one() == n_rules
    assert work_programme.list_rules(store)[-1].title == "Care leavers' housing"


# --- what is due when ------------------------------------------------------------------------------

def test_each_seeded_rule_is_due_as_often_as_it_says_and_in_its_month(store):
    year = plan_2027(store)
    with store.session() as session:
        ms = work_programme.year_meetings(session, 2027)
        rules = list(session.exec(select(ReportRule)))
        due = work_programme.due_by_meeting(session, ms, rules)
        by_rule: dict[str, list[dt.date]] = {}
        for m in ms:
            for rule in due[m.id]:
                by_rule.setdefault(rule.title, []).append(m.date)
            assert [r.title for r in due[m.id]] == [t for t in RULES if t in {r.title for r in due[m.id]}]
            assert work_programme.rules_due_at(session, m) == due[m.id]
    assert [m.id for m in ms] == [m.id for m in year]
    for title, seed in RULES.items():
        dates = by_rule.get(title, [])
        assert len(dates) == TIMES[seed["frequency"]], title
        for month in seed.get("months", []):
            assert any(d.month == month for d in dates), title  # the board meets in each seeded month
        if seed.get("theme"):
            themed = next(m for m in year if m.theme == seed["theme"])
            assert themed.date in dates, title


def test_a_new_rule_follows_its_frequency_month_and_theme(store):
    year = plan_2027(store)
    every = work_programme.add_rule(store, RuleInput("Placement stability dashboard", frequency="every_meeting"))
    asked = work_programme.add_rule(store, RuleInput("Departmental update", frequency="as_requested"))
    november = work_programme.add_rule(store, RuleInput("Christmas arrangements", frequency="annual",
                                                        preferred_months="11"))
    themed = work_programme.add_rule(store, RuleInput(
        "Staying Put arrangements", frequency="annual",
        priority_id=priority_id(store, "Transition and Preparation for Adulthood")))
    with store.session() as session:
        ms = work_programme.year_meetings(session, 2027)
        due = work_programme.due_by_meeting(session, ms, list(session.exec(select(ReportRule))))
    at = {rule_id: [m.date for m in ms if rule_id in {r.id for r in due[m.id]}]
          for rule_id in (every, asked, november, themed)}
    assert at[every] == [m.date for m in year]
    assert at[asked] == []
    # November has no meeting: the next one, in December.
    assert at[november] == [next(m.date for m in year if m.date >= D(2027, 11, 1))]
    assert at[themed] == [next(m.date for m in year if m.theme == "Transition and Preparation for Adulthood")]

    # On the themed meeting's agenda the report comes after the theme's working-group report.
    feb = next(m for m in year if m.theme == "Transition and Preparation for Adulthood")
    agenda.create_agenda(store, feb.id)
    theme_items = [i.title for i in agenda.load_agenda(store, feb.id).items if i.section == "theme"]
    assert theme_items[0].startswith("Theme: Transition") and "Staying Put arrangements" in theme_items[1:]

    # An inactive rule is due nowhere.
    data = work_programme.rule_input(next(r for r in work_programme.list_rules(store) if r.id == every))
    data.active = False
    work_programme.update_rule(store, every, data)
    with store.session() as session:
        due = work_programme.due_by_meeting(session, ms, list(session.exec(select(ReportRule))))
    assert not any(every in {r.id for r in rules} for rules in due.values())


def test_a_short_year_caps_each_rule_at_its_meetings(store):
    for day in (D(2029, 6, 13), D(2029, 10, 10), D(2030, 2, 13)):
        meetings.add_meeting(store, meetings.MeetingInput(day, dt.time(14, 0)))
    g = work_programme.grid(store, 2029)
    assert len(g.meetings) == 3
    for title, seed in RULES.items():
        placed = sum(1 for c in row(g, title).cells if c)
        assert placed == min(TIMES[seed["frequency"]], 3), title
    result = work_programme.coverage(store, 2029)
    short = [p.text for p in result.problems if "wanted 4 times" in p.text]
    quarterly = [t for t, s in RULES.items() if s["frequency"] == "quarterly"]
    assert len(short) == len(quarterly)
    assert all("the year has only 3 board meetings" in t for t in short)


# --- the grid --------------------------------------------------------------------------------------

def test_the_grid_follows_an_item_from_planned_to_presented(store, tmp_path):
    year = plan_2027(store)
    iro = "Independent Reviewing Officer (IRO) service annual report"
    [month] = RULES[iro]["months"]
    december = next(m for m in year if m.date.month == month)
    g = work_programme.grid(store, 2027)
    assert [m.date for m in g.meetings] == [m.date for m in year] and g.label == "2027/28"
    assert cells(g, iro) == {m.date: ("planned" if m.id == december.id else "") for m in year}
    assert all(c == "planned" for title in STANDING for c in row(g, title).cells)
    assert row(g, iro).kind == "Annual" and row(g, STANDING[0]).kind == "Standing item"

    agenda.create_agenda(store, december.id)
    g = work_programme.grid(store, 2027)
    assert cells(g, iro)[december.date] == "scheduled"
    assert [gm.has_agenda for gm in g.meetings] == [m.id == december.id for m in year]
    item = next(i for i in agenda.load_agenda(store, december.id).items if i.title == iro)
    agenda.attach_paper(store, item.id, pdf(tmp_path))
    assert cells(work_programme.grid(store, 2027), iro)[december.date] == "paper received"
    set_status(store, december.id, "held")
    g = work_programme.grid(store, 2027)
    assert cells(g, iro)[december.date] == "presented"
    # A standing item with no paper is presented once the meeting is held too.
    assert cells(g, "Director's briefing")[december.date] == "presented"
    assert [gm.held for gm in g.meetings] == [m.id == december.id for m in year]

    # A report added by hand where it was not due shows where it is.
    february = next(m for m in year if m.date.month == 2)
    agenda.create_agenda(store, february.id)
    assert cells(work_programme.grid(store, 2027), iro)[february.date] == ""
    rule_id = next(r.id for r in work_programme.list_rules(store) if r.title == iro)
    with store.session() as session:
        extra = session.get(AgendaItem, agenda.add_item(store, february.id, ItemInput(iro)))
        extra.report_rule_id = rule_id
    assert cells(work_programme.grid(store, 2027), iro)[february.date] == "scheduled"

    data = json.loads(json.dumps(work_programme.grid(store, 2027).as_dict()))
    [iro_row] = [r for r in data["rows"] if r["title"] == iro]
    assert iro_row["cells"][december.date.isoformat()] == "presented"
    assert [m["date"] for m in data["meetings"]] == [m.date.isoformat() for m in year]


def test_a_due_item_taken_off_a_built_agenda_is_missing(store):
    year = plan_2027(store)
    yos = "Youth Offending Service: annual review of cared for and care experienced young people"
    [month] = RULES[yos]["months"]
    meeting = next(m for m in year if m.date.month == month)
    agenda.create_agenda(store, meeting.id)
    assert work_programme.coverage(store, 2027).ok  # built as planned, and it fits
    a = agenda.load_agenda(store, meeting.id)
    for title in (yos, "Director's briefing"):
        agenda.remove_item(store, next(i.id for i in a.items if i.title == title))
    g = work_programme.grid(store, 2027)
    assert cells(g, yos)[meeting.date] == "missing"
    assert cells(g, "Director's briefing")[meeting.date] == "missing"
    assert cells(g, "Director's briefing")[year[0].date] == "planned"  # no agenda there yet: not missing

    result = work_programme.coverage(store, 2027)
    assert not result.ok
    when = f"{meeting.date.day} {meeting.date:%B %Y}"
    assert {(p.kind, p.text, p.meeting_id) for p in result.problems} == {
        ("report", f"{yos}: due but not on the agenda of {when}.", meeting.id),
        ("standing item", f"Director's briefing: due but not on the agenda of {when}.", meeting.id)}


# --- coverage --------------------------------------------------------------------------------------

def test_a_planned_year_is_covered_until_an_agenda_runs_over(store):
    year = plan_2027(store)
    result = work_programme.coverage(store, 2027)
    assert result.ok and result.problems == [] and result.label == "2027/28"

    meeting = year[-2]
    agenda.create_agenda(store, meeting.id)
    a = agenda.load_agenda(store, meeting.id)
    spare = meeting.duration_minutes - a.total_minutes
    assert spare >= 0 and work_programme.coverage(store, 2027).ok
    agenda.add_item(store, meeting.id, ItemInput("Exactly fits", duration_minutes=spare))
    assert work_programme.coverage(store, 2027).ok  # a full agenda is not over time
    agenda.add_item(store, meeting.id, ItemInput("One too many", duration_minutes=7))
    result = work_programme.coverage(store, 2027)
    [problem] = result.problems
    assert (problem.kind, problem.meeting_id) == ("over time", meeting.id)
    assert problem.text == (f"The agenda of {meeting.date.day} {meeting.date:%B %Y} runs 7 minutes over "
                            f"({meeting.duration_minutes + 7} minutes of items for a "
                            f"{meeting.duration_minutes}-minute meeting).")
    g = work_programme.grid(store, 2027)
    [gm] = [m for m in g.meetings if m.id == meeting.id]
    assert gm.agenda_minutes == meeting.duration_minutes + 7


def test_a_year_without_meetings_says_so(store):
    result = work_programme.coverage(store, 2031)
    assert not result.ok and result.label == "2031/32"
    assert result.problems[0].kind == "no meetings" and "2031/32 has no board meetings" in result.problems[0].text
    # Forums and cancelled meetings are not board meetings of the year.
    meetings.add_meeting(store, meetings.MeetingInput(D(2031, 7, 16), dt.time(17, 0), kind="young_peoples_forum"))
    cancelled, _ = meetings.add_meeting(store, meetings.MeetingInput(D(2031, 9, 10), dt.time(14, 0)))
    set_status(store, cancelled, "cancelled")
    assert work_programme.grid(store, 2031).meetings == []
    assert work_programme.coverage(store, 2031).problems[0].kind == "no meetings"


def test_the_demo_year_has_the_over_time_meeting(demo_store):
    result = work_programme.coverage(demo_store, 2026)
    over = [p for p in result.problems if p.kind == "over time"]
    assert over and not result.ok
    for p in over:
        a = agenda.load_agenda(demo_store, p.meeting_id)
        assert a.total_minutes > a.meeting.duration_minutes
        assert f"runs {a.total_minutes - a.meeting.duration_minutes} minute" in p.text
    # Every other demo meeting's agenda fits.
    flagged = {p.meeting_id for p in over}
    for m in work_programme.grid(demo_store, 2026).meetings:
        if m.id not in flagged:
            assert m.agenda_minutes <= m.duration_minutes
