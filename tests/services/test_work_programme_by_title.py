"""Issue 19, point 6: the work programme counts what was added by hand. An agenda item linked to
no report rule whose title names a due report (the rule's whole title, in whole words, case,
spacing and punctuation aside) counts for it, so the coverage check raises no false alarm; it is
noted, to be linked. An item whose title does not name the report leaves the alarm standing."""

from __future__ import annotations

import json

from conftest import ROOT
from sqlmodel import select

from cpo_desktop.model import agenda_rules
from cpo_desktop.model.tables import AgendaItem, ReportRule
from cpo_desktop.services import agenda, meetings, work_programme
from cpo_desktop.services.agenda import ItemInput

SEED = json.loads((ROOT / "resources" / "seed" / "board.json").read_text(encoding="utf-8"))
YOS = "Youth Offending Service: annual review of cared for and care experienced young people"
[YOS_MONTH] = next(r for r in SEED["report_rules"] if r["title"] == YOS)["months"]


def rule_id(store, title: str) -> int:
    with store.session() as session:
        return session.exec(select(ReportRule.id).where(ReportRule.title == title)).one()


def built_meeting_without(store, title: str) -> meetings.MeetingRow:
    """2027/28 planned, the agenda of the meeting where ``title`` is due built, and that report
    taken off it again."""
    meetings.plan_year(store, 2027)
    meeting = next(m for m in meetings.list_meetings(store, year=2027) if m.kind == "board"
                   and m.date.month == YOS_MONTH)
    agenda.create_agenda(store, meeting.id)
    a = agenda.load_agenda(store, meeting.id)
    agenda.remove_item(store, next(i.id for i in a.items if i.title == title))
    return meeting


def cell(store, title: str, meeting) -> str:
    grid = work_programme.grid(store, 2027)
    [row] = [r for r in grid.rows if r.title == title]
    return row.cells[[m.id for m in grid.meetings].index(meeting.id)]


def test_a_hand_added_item_named_as_the_due_report_is_counted_and_noted_to_be_linked(store):
    meeting = built_meeting_without(store, YOS)
    missing = f"{YOS}: due but not on the agenda of {meeting.date.day} {meeting.date:%B %Y}."
    assert [p.text for p in work_programme.coverage(store, 2027).problems] == [missing]

    # Positive control: a hand-added item whose title does not hold the report's whole title.
    agenda.add_item(store, meeting.id, ItemInput("Youth Offending Service: an update", duration_minutes=0))
    result = work_programme.coverage(store, 2027)
    assert [p.text for p in result.problems] == [missing] and result.notes == []
    assert cell(store, YOS, meeting) == "missing"

    # The report added by hand, its title written otherwise: counted, no false alarm, and noted.
    title = "Youth offending service – Annual review of cared-for and care-experienced young people (2027)"
    item_id = agenda.add_item(store, meeting.id, ItemInput(title, duration_minutes=0))
    result = work_programme.coverage(store, 2027)
    assert result.ok and result.problems == []
    assert cell(store, YOS, meeting) == "scheduled"
    [note] = result.notes
    assert (note.kind, note.meeting_id, note.item_id, note.rule_id) == (
        "counted by title", meeting.id, item_id, rule_id(store, YOS))
    assert note.text == (f"{YOS}: “{title}” on the agenda of {meeting.date.day} {meeting.date:%B %Y} is counted "
                         "for this report by its title, not by a link. Link it under Edit Item… › Report rule.")

    # Linked, it is counted by its link: nothing left to note.
    row = next(i for i in agenda.load_agenda(store, meeting.id).items if i.id == item_id)
    data = agenda.item_input(row)
    data.report_rule_id = rule_id(store, YOS)
    assert agenda.update_item(store, item_id, data)
    result = work_programme.coverage(store, 2027)
    assert result.ok and result.notes == []
    assert cell(store, YOS, meeting) == "scheduled"


def test_which_titles_name_a_report():
    report = "Virtual School Head Teacher's report"
    for title in ("Virtual School Head Teacher's report", "virtual school head teacher’s REPORT",
                  "Virtual School Head Teachers report – autumn term", "Q3: Virtual  School Head Teacher's report"):
        assert agenda_rules.names_report(title, report), title
    for title in ("Virtual School update", "Virtual School Head Teacher", "Virtual School Head Teacher's reports",
                  "Head Teacher's report: Virtual School", ""):
        assert not agenda_rules.names_report(title, report), title
    assert not agenda_rules.names_report("Anything at all", "  –  ")  # a title of no words names nothing


def test_the_most_particular_report_is_the_one_and_linked_or_standing_items_are_not_counted_by_title(store):
    adoption = "Adoption report (Adoption in Merseyside)"
    short = work_programme.add_rule(store, work_programme.RuleInput(title="Adoption report", frequency="annual"))
    meeting = built_meeting_without(store, YOS)
    by_hand = agenda.add_item(store, meeting.id, ItemInput("Adoption report (Adoption in Merseyside): spring"))
    plain = agenda.add_item(store, meeting.id, ItemInput("Adoption report"))
    linked = agenda.add_item(store, meeting.id, ItemInput(YOS, report_rule_id=rule_id(store, adoption)))
    with store.session() as session:
        items = list(session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)))
        rules = list(session.exec(select(ReportRule)))
    counted = work_programme.counted_by_title(items, rules)
    assert counted[by_hand] == rule_id(store, adoption) and counted[plain] == short
    assert linked not in counted  # linked to a rule: counted by its link only
    standing = [i for i in items if i.standing_item_id is not None]
    assert standing and not any(i.id in counted for i in standing)
