"""Issue 19, point 6, on the command line: ``agenda add-item/edit-item --rule ID`` links an item
to its work-programme report (``--rule none`` unlinks it; an id that names no rule is refused with
the ids there are), and ``work-programme check`` counts a hand-added item whose title names a due
report, printing the command that links it, while an item that names no report leaves the alarm."""

from __future__ import annotations

import json

from conftest import cli_for, cli_ok, cli_refused, store_settled_sha256
from sqlmodel import select

from cpo_desktop.model.tables import AgendaItem, ReportRule
from cpo_desktop.services import agenda, meetings

YOS = "Youth Offending Service: annual review of cared for and care experienced young people"
VSH = "Virtual School Head Teacher's report"


def rule_ids(store) -> dict[str, int]:
    with store.session() as session:
        return {r.title: r.id for r in session.exec(select(ReportRule))}


def linked_rule(store, meeting_id: int, title: str) -> int | None:
    with store.session() as session:
        return session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id,
                                                     AgendaItem.title == title)).one().report_rule_id


def yos_meeting(store) -> meetings.MeetingRow:
    """2027/28 planned; the meeting the Youth Offending Service's annual review is due at, its
    agenda built and that report taken off it."""
    meetings.plan_year(store, 2027)
    for m in [m for m in meetings.list_meetings(store, year=2027) if m.kind == "board"]:
        agenda.create_agenda(store, m.id)
        a = agenda.load_agenda(store, m.id)
        yos = next((i for i in a.items if i.title == YOS), None)
        if yos is not None:
            agenda.remove_item(store, yos.id)
            return m
    raise AssertionError("the annual review is due at no meeting of 2027/28")


def test_add_item_and_edit_item_link_change_and_clear_the_report_rule(store):
    cli = cli_for(store)
    ids = rule_ids(store)
    meeting = yos_meeting(store)
    day = meeting.date.isoformat()

    out = cli_ok(cli("agenda", "add-item", day, "--title", "YOS annual review", "--duration", "0",
                     "--rule", str(ids[YOS])))
    assert f"It is the work programme's report “{YOS}” (rule {ids[YOS]})." in out
    assert linked_rule(store, meeting.id, "YOS annual review") == ids[YOS]
    number = next(i.number for i in agenda.load_agenda(store, meeting.id).items if i.title == "YOS annual review")
    shown = json.loads(cli_ok(cli("agenda", "show", day, "--json")))
    assert next(i for i in shown["items"] if i["number"] == number)["report_rule_id"] == ids[YOS]

    # --rule changes the link, and nothing else; --rule none clears it.
    out = cli_ok(cli("agenda", "edit-item", day, number, "--rule", str(ids[VSH])))
    assert f"Changed item {number}." in out and f"“{VSH}” (rule {ids[VSH]})" in out
    assert linked_rule(store, meeting.id, "YOS annual review") == ids[VSH]
    cli_ok(cli("agenda", "edit-item", day, number, "--title", "YOS annual review"))  # other changes keep it
    assert linked_rule(store, meeting.id, "YOS annual review") == ids[VSH]
    out = cli_ok(cli("agenda", "edit-item", day, number, "--rule", "none"))
    assert "It is linked to no report of the work programme." in out
    assert linked_rule(store, meeting.id, "YOS annual review") is None


def test_a_rule_id_that_names_no_rule_is_refused_with_the_ids_there_are(store):
    cli = cli_for(store)
    meeting = yos_meeting(store)
    day = meeting.date.isoformat()
    every = ", ".join(str(i) for i in sorted(rule_ids(store).values())[:-1]) + f" and {max(rule_ids(store).values())}"
    before = store_settled_sha256(store)
    line = cli_refused(cli("agenda", "add-item", day, "--title", "A report", "--rule", "999"),
                       "no report rule with id 999", f"the report rules are {every}", "--rule none",
                       "nothing was saved")
    assert "`cpo-desktop work-programme rules`" in line
    cli_refused(cli("agenda", "edit-item", day, "1", "--rule", "VSH"), "no report rule with id “VSH”", every)
    cli_refused(cli("agenda", "edit-item", day, "1", "--rule", "-3"), "no report rule with id “-3”")
    assert store_settled_sha256(store) == before


def test_check_counts_a_hand_added_item_by_its_title_and_says_how_to_link_it(store):
    cli = cli_for(store)
    meeting = yos_meeting(store)
    day = meeting.date.isoformat()

    # Positive control: nothing on the agenda names the report, so it is missing.
    cli_ok(cli("agenda", "add-item", day, "--title", "Youth offending: local picture", "--duration", "0"))
    checked = cli("work-programme", "check", "--year", "2027")
    assert checked.returncode == 1
    assert f"{YOS}: due but not on the agenda of {meeting.date.day} {meeting.date:%B %Y}." in checked.stdout

    title = "Youth Offending Service – annual review of cared-for and care-experienced young people"
    cli_ok(cli("agenda", "add-item", day, "--title", title, "--duration", "0"))
    number = next(i.number for i in agenda.load_agenda(store, meeting.id).items if i.title == title)
    checked = cli("work-programme", "check", "--year", "2027")
    assert checked.returncode == 0, checked.stdout
    assert "due but not on the agenda" not in checked.stdout
    command = f"cpo-desktop agenda edit-item {day} {number} --rule {rule_ids(store)[YOS]}"
    assert checked.stdout.splitlines()[1:] == [
        "1 item is counted by its title, not by a link to its report:",
        f"  - {YOS}: item {number} on the agenda of {meeting.date.day} {meeting.date:%B %Y}, “{title}”, is counted "
        f"by its title (`{command}` links it)."]
    as_json = json.loads(cli_ok(cli("work-programme", "check", "--year", "2027", "--json")))
    assert as_json["ok"] is True and as_json["problems"] == []
    [note] = as_json["counted_by_title"]
    assert (note["meeting_id"], note["rule_id"]) == (meeting.id, rule_ids(store)[YOS]) and command in note["cli_text"]

    # The command it gives links the item; then there is nothing to note.
    cli_ok(cli(*command.split()[1:]))
    checked = cli_ok(cli("work-programme", "check", "--year", "2027"))
    assert checked.splitlines() == ["2027/28: every scheduled report and standing item is on the year's agendas, "
                                    "and every agenda fits its meeting."]
