"""Priorities and working groups (issue 21, point 3): chairs linked so they are chased by e-mail,
the "We will" commitments of 000 as each group's action plan with dated RAG updates, the themed
meeting asking only groups that exist, the plan's RAG table on the agenda and in the pack."""

from __future__ import annotations

import datetime as dt
import email
import json
import re
from email import policy
from pathlib import Path

import pytest
from conftest import DEMO_DAY, cli_ok, cli_for, cli_refused
from pypdf import PdfReader

from cpo_desktop.services import agenda, chase, meetings, packs, register, seed, undo
from cpo_desktop.services import working_groups as wg

SEEDS = Path("/work/shared/seeds/000_13015ac5cd037ece.txt")
TODAY = dt.date(2026, 11, 23)
NURSE = "Designated Nurse, Cared for Children, Merseyside and Cheshire NHS (Sefton Borough)"


def _we_will_bullets() -> list[str]:
    """The "We will" lines of each priority in the strategy (000), read from the seed."""
    text = SEEDS.read_text(encoding="utf-8")
    section = text.split("## Our Corporate Parenting Priorities")[1].split("## Children and Young People's Voices")[0]
    return [line[2:].strip() for part in re.split(r"^### ", section, flags=re.M)[1:]
            for line in part.split("\nWe will", 1)[1].splitlines() if line.startswith("- ")]


def test_the_seed_has_four_working_groups_for_five_priorities_and_35_commitments_verbatim(store):
    rows = {r.title: r for r in wg.list_groups(store, today=TODAY)}
    assert list(rows) == ["Being Heard", "Safe and Stable Homes", "Raising Aspirations", "Health and Wellbeing",
                          "Transition and Preparation for Adulthood"]
    assert [t for t, r in rows.items() if not r.has_working_group] == ["Being Heard"]
    assert rows["Being Heard"].commitments == 0 and rows["Being Heard"].chair.link == "none"
    # The chairs are linked where the board has the seat or officer the strategy names.
    assert rows["Health and Wellbeing"].chair.link == "seat"
    assert rows["Raising Aspirations"].chair.link == "seat"
    assert rows["Safe and Stable Homes"].chair.link == "officer"
    assert rows["Transition and Preparation for Adulthood"].chair.link == "text"
    stored = [c.text for r in rows.values() for c in wg.plan(store, r.id).commitments]
    expected = _we_will_bullets() if SEEDS.is_file() else stored
    assert len(stored) == 35 and stored == expected
    assert ("Fully support any young person who wishes to pursue higher education to obtain places and apply for "
            "student loans. We will look at funding accommodation for young people who wish to seek higher "
            "education as necessary.") in stored
    plan = wg.plan(store, "Health")
    assert {c.owner for c in plan.commitments} == {rows["Health and Wellbeing"].chair.role}
    assert all(c.due_date is None and c.rag is None for c in plan.commitments)


def test_the_seed_refuses_a_chair_seat_the_board_does_not_have():
    data = seed.load_template()
    data["priorities"][3]["chair_seat"] = "No such seat"
    with pytest.raises(ValueError, match="unknown chair seat"):
        seed._validate(data)


def _person(store, email_address: str) -> int:
    return register.add_person(store, register.PersonInput(first_name="Rachel", surname="Adeyemi", title="Ms",
                                                           email=email_address))


def _health_meeting(store, day: dt.date) -> int:
    mid, _ = meetings.add_meeting(store, meetings.MeetingInput(date=day, start_time=dt.time(14), theme="Health"),
                                  anyway=True)
    agenda.create_agenda(store, mid)
    return mid


def _report_row(store, meeting_id: int):
    # the themed report, not the DWP working group's
    return next(r for r in chase.chase_list(store, today=TODAY, meeting=meeting_id) if r.title.startswith("Theme: "))


def test_a_working_group_chair_who_holds_a_seat_is_chased_by_email(store, tmp_path):
    from sqlmodel import select

    from cpo_desktop.model.tables import Seat

    with store.session() as session:
        seat_id = session.exec(select(Seat).where(Seat.title == NURSE)).one().id
    pid = _person(store, "rachel.adeyemi@example.net")
    register.appoint(store, pid, seat_id, dt.date(2025, 4, 1))
    # Before: the chair as free text only (as every chair was): the chase has no address.
    group = wg.group_input(store, "Health and Wellbeing")
    wg.update_group(store, "Health and Wellbeing", wg.GroupInput(
        title=group.title, description=group.description, has_working_group=True, chair_role=group.chair_role))
    built = _health_meeting(store, dt.date(2026, 12, 9))
    before = _report_row(store, built)
    assert before.email is None and before.presenter == group.chair_role
    with pytest.raises(agenda.AgendaError, match="no e-mail address"):
        chase.chase_draft(store, before, today=TODAY)
    # Linked to the seat: its holder is the chair, and the draft is addressed to her, on the agenda
    # already built as on one built afterwards.
    wg.update_group(store, "Health and Wellbeing", wg.GroupInput(
        title=group.title, description=group.description, has_working_group=True, chair_role=group.chair_role,
        chair_seat_id=seat_id), today=TODAY)
    assert wg.list_groups(store, today=TODAY)[3].chair.email == "rachel.adeyemi@example.net"
    for meeting_id in (built, _health_meeting(store, dt.date(2027, 2, 10))):
        row = _report_row(store, meeting_id)
        assert row.email == "rachel.adeyemi@example.net"
        path = chase.write_chase(store, row.item_id, tmp_path, today=TODAY)
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert "rachel.adeyemi@example.net" in message["To"]
        assert "Rachel Adeyemi" in str(message["To"])
    # An item the officer gave another presenter is theirs: a new chair does not take it over.
    item = _report_row(store, built).item_id
    data = agenda.item_input(next(i for i in agenda.load_agenda(store, built, today=TODAY).items if i.id == item))
    data.presenter_person_id, data.presenter_seat_id, data.presenter_role = None, None, "Deputy Designated Nurse"
    agenda.update_item(store, item, data)
    wg.update_group(store, "Health and Wellbeing", wg.GroupInput(
        title=group.title, description=group.description, has_working_group=True, chair_person_id=pid), today=TODAY)
    assert _report_row(store, built).presenter == "Deputy Designated Nurse"


def test_the_themed_meeting_asks_only_a_priority_that_has_a_working_group(store):
    being_heard, _ = meetings.add_meeting(store, meetings.MeetingInput(date=dt.date(2027, 6, 9),
                                                                       start_time=dt.time(14), theme="Being Heard"),
                                          anyway=True)
    agenda.create_agenda(store, being_heard)
    titles = [i.title for i in agenda.load_agenda(store, being_heard, today=TODAY).items]
    assert not any(t.startswith("Theme: ") for t in titles)
    health = _health_meeting(store, dt.date(2027, 8, 11))
    titles = [i.title for i in agenda.load_agenda(store, health, today=TODAY).items]
    assert "Theme: Health and Wellbeing – working group report" in titles
    # Retired: no report from a group that no longer exists, but the old meeting keeps its theme.
    wg.retire_group(store, "Health", on=TODAY, today=TODAY)
    assert "Health and Wellbeing" not in meetings.theme_choices(store)
    later, _ = meetings.add_meeting(store, meetings.MeetingInput(date=dt.date(2027, 10, 13),
                                                                 start_time=dt.time(14), theme="Health and Wellbeing"),
                                    anyway=True)
    agenda.create_agenda(store, later)
    assert not any(i.title.startswith("Theme: ") for i in agenda.load_agenda(store, later, today=TODAY).items)
    assert meetings.meeting_row(store, health).theme == "Health and Wellbeing"
    retired = next(r for r in wg.list_groups(store, today=TODAY) if r.title == "Health and Wellbeing")
    assert retired.former and retired.retired_on == TODAY and retired.status.startswith("retired")
    with pytest.raises(wg.WorkingGroupError, match="retired"):
        wg.add_commitment(store, "Health", wg.CommitmentInput("More"))


def test_a_rag_update_is_dated_sets_the_commitment_and_undo_puts_it_back(store):
    plan = wg.plan(store, "Raising Aspirations")
    first = plan.commitments[0].id
    snap = undo.working_group()
    before = snap.capture(store, plan.group.id)
    wg.rag_update(store, first, "Amber", note="PEPs at 88%", on=dt.date(2026, 10, 1), today=TODAY)
    wg.rag_update(store, first, "green", note="PEPs at 96%", on=dt.date(2026, 11, 20), today=TODAY)
    wg.rag_update(store, first, "red", note="an older note", on=dt.date(2026, 9, 1), today=TODAY)
    c = wg.plan(store, "Raising Aspirations").commitments[0]
    assert c.rag == "green" and c.latest.note == "PEPs at 96%" and len(c.updates) == 3  # the latest by date wins
    assert wg.list_groups(store, today=TODAY)[2].rag == {"red": 0, "amber": 0, "green": 1, "unrated": 10}
    with pytest.raises(wg.WorkingGroupError, match="not a RAG status"):
        wg.rag_update(store, first, "blue", today=TODAY)
    with pytest.raises(wg.WorkingGroupError, match="still to come"):
        wg.rag_update(store, first, "red", on=TODAY + dt.timedelta(days=1), today=TODAY)
    snap.restore(store, before)
    c = wg.plan(store, "Raising Aspirations").commitments[0]
    assert c.rag is None and c.updates == ()


def test_add_link_members_commitments_and_undo_of_an_addition(store):
    pid = _person(store, "chair@example.org")
    with pytest.raises(wg.WorkingGroupError, match="Only a working group has a chair"):
        wg.add_group(store, wg.GroupInput(title="Being Safe Online", chair_person_id=pid))
    with pytest.raises(wg.WorkingGroupError, match="one of a person, a seat or a reporting officer"):
        wg.add_group(store, wg.GroupInput(title="Being Safe Online", has_working_group=True, chair_person_id=pid,
                                          chair_officer_id=1))
    with pytest.raises(wg.WorkingGroupError, match="already has a priority"):
        wg.add_group(store, wg.GroupInput(title="being heard"))
    snap = undo.working_group()
    gid = wg.add_group(store, wg.GroupInput(title="Being Safe Online", has_working_group=True, chair_person_id=pid))
    mid = wg.add_member(store, gid, pid, role="Chair", start=dt.date(2026, 9, 1))
    cid = wg.add_commitment(store, gid, wg.CommitmentInput("Train every foster carer in online safety",
                                                           owner_person_id=pid, due_date=dt.date(2027, 3, 31)))
    wg.rag_update(store, cid, "amber", today=TODAY)
    row = next(r for r in wg.list_groups(store, today=TODAY) if r.id == gid)
    assert (row.chair.name, row.chair.email, row.members, row.commitments) == \
        ("Ms Rachel Adeyemi", "chair@example.org", 1, 1)
    p = wg.plan(store, gid)
    assert p.commitments[0].owner == "Ms Rachel Adeyemi" and p.members[0].id == mid
    wg.remove_member(store, mid, on=dt.date(2026, 11, 1))
    assert next(r for r in wg.list_groups(store, today=TODAY) if r.id == gid).members == 0
    wg.retire_commitment(store, cid)
    assert wg.plan(store, gid).current == []
    snap.restore(store, snap.absent(gid))
    assert all(r.id != gid for r in wg.list_groups(store, today=TODAY))


def test_the_working_group_report_carries_its_rag_table_on_the_agenda_and_in_the_packs(demo_store, tmp_path):
    # The demo's next board meeting (9 December 2026) is themed on Health and Wellbeing.
    first = wg.plan(demo_store, "Health").commitments[0]
    wg.rag_update(demo_store, first.id, "amber", note="IHAs within 20 days: 71%", on=dt.date(2026, 11, 2),
                  today=DEMO_DAY)
    wg.update_commitment(demo_store, first.id, wg.CommitmentInput(first.text, owner_role=first.owner_role,
                                                                  due_date=dt.date(2027, 3, 31)))
    meeting_id = meetings.find_meeting(demo_store, "09/12/2026")
    a = agenda.load_agenda(demo_store, meeting_id, today=DEMO_DAY)
    item = a.working_group_item
    assert item is not None and item.title == "Theme: Health and Wellbeing – working group report"
    assert a.working_group_plan.current[0].rag == "amber"
    assert a.as_dict()["working_group_plan"]["commitments"][0]["updates"][0]["note"] == "IHAs within 20 days: 71%"
    for public in (False, True):
        result = packs.build_agenda(demo_store, meeting_id, public=public, target=tmp_path / f"{public}.pdf",
                                    today=DEMO_DAY)
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(result.path).pages)
        assert "Health and Wellbeing working group – action plan" in text
        assert "Ensure that every child has a timely, initial health assessment" in text
        assert "Amber" in text and "IHAs within 20 days: 71%" in text and "31/03/2027" in text
        assert "Designated Nurse Children in Care" in text  # the owner, by role


def test_the_cli_lists_plans_updates_and_refuses_in_one_line(store):
    cli = cli_for(store)
    rows = json.loads(cli_ok(cli("working-groups", "list", "--json")))
    assert [r["has_working_group"] for r in rows] == [False, True, True, True, True]
    out = cli_ok(cli("working-groups", "add", "--title", "Being Safe Online", "--chair-seat", NURSE,
                     "--description", "New in 2027"))
    assert "working group chaired by" in out and "Designated Nurse" in out
    out = cli_ok(cli("working-groups", "edit", "Safe Online", "--chair-officer", "Designated Doctor, Children in Care"))
    assert "Designated Doctor" in out
    out = cli_ok(cli("working-groups", "commitment-add", "Safe Online", "--text", "Train every carer",
                     "--owner-role", "Designated Doctor", "--due", "31/03/2027"))
    cid = int(re.search(r"commitment (\d+)", out).group(1))
    out = cli_ok(cli("--today", "2026-11-23", "working-groups", "update", str(cid), "--rag", "amber", "--note",
                     "Half done", "--on", "2026-11-01"))
    assert "Amber as of 01/11/2026" in out
    plan = json.loads(cli_ok(cli("working-groups", "plan", "Safe Online", "--json")))
    assert plan["commitments"][0]["rag"] == "amber" and plan["commitments"][0]["due_date"] == "2027-03-31"
    assert plan["group"]["chair"]["link"] == "officer"
    assert "Train every carer" in cli_ok(cli("working-groups", "plan", "Safe Online"))
    cli_refused(cli("working-groups", "update", str(cid), "--rag", "amber", "--on", "2099-01-01"), "still to come")
    cli_refused(cli("working-groups", "edit", "Nothing like it", "--title", "X"), "no priority")
    cli_refused(cli("working-groups", "edit", "Being Heard", "--chair-role", "Participation Officer"),
                "only a working group has a chair")
    out = cli_ok(cli("--today", "2026-11-23", "working-groups", "retire", "Safe Online"))
    assert "Retired the priority Being Safe Online on 23/11/2026" in out
    cli_refused(cli("working-groups", "commitment-add", "Safe Online", "--text", "More"), "retired")


def test_a_store_made_before_working_groups_gets_its_plans_and_chair_links_once(data_paths, monkeypatch):
    """The 0011 fixture (the demo board of that release) opened by the app: its working groups'
    chairs are linked and their plans seeded, once; a later opening adds nothing again."""
    import shutil

    from cpo_desktop.services.startup import open_data

    monkeypatch.setenv("CPO_TODAY", TODAY.isoformat())
    data_paths.root.mkdir(parents=True)
    shutil.copyfile(Path(__file__).parent.parent / "store" / "fixtures" / "schema-0011.sqlite3", data_paths.database)
    store = open_data(data_paths, daily_backup=False)
    try:
        # The agenda already built for the next meeting (themed Health and Wellbeing) is chased at the
        # seat holder's address now that its chair is linked.
        upcoming = meetings.find_meeting(store, "09/12/2026")
        assert _report_row(store, upcoming).email
        rows = {r.title: r for r in wg.list_groups(store, today=TODAY)}
        assert not rows["Being Heard"].has_working_group and rows["Being Heard"].commitments == 0
        assert rows["Health and Wellbeing"].chair.link == "seat" and rows["Health and Wellbeing"].chair.email
        assert sum(r.commitments for r in rows.values()) == 35
        assert seed.seed_working_groups(store) is False
    finally:
        store.close()
    store = open_data(data_paths, daily_backup=False)
    try:
        assert sum(r.commitments for r in wg.list_groups(store, today=TODAY)) == 35
    finally:
        store.close()


def test_a_young_person_chair_or_owner_is_named_by_first_name_in_the_public_plan(demo_store):
    from sqlmodel import select

    from cpo_desktop.model.tables import Person

    with demo_store.session() as session:
        young = session.exec(select(Person).where(Person.is_young_person == True)).first()  # noqa: E712
        first, surname, yid = young.first_name, young.surname, young.id
    data = wg.group_input(demo_store, "Being Heard")
    data.has_working_group, data.chair_person_id = True, yid
    wg.update_group(demo_store, "Being Heard", data, today=DEMO_DAY)
    wg.add_commitment(demo_store, "Being Heard", wg.CommitmentInput("Run the young inspectors' visits",
                                                                    owner_person_id=yid))
    public = wg.plan(demo_store, "Being Heard", public=True, today=DEMO_DAY)
    assert first in public.group.chair.words and surname not in public.group.chair.words
    assert public.group.chair.email is None
    assert public.commitments[0].owner == first
    restricted = wg.plan(demo_store, "Being Heard", today=DEMO_DAY)
    assert surname in restricted.commitments[0].owner


def test_the_induction_pack_and_annual_report_list_the_priorities_in_force_on_their_date(demo_store):
    """A priority retired today is gone from today's induction pack, while last year's annual
    report (as at 30 April) still lists it; a priority without a working group names no chair; a
    chair is named by role, never by name."""
    from cpo_desktop.services import annual_report, induction

    wg.retire_group(demo_store, "Raising Aspirations", on=DEMO_DAY, today=DEMO_DAY)
    pack = induction.content(demo_store, "colette.farrell@example.org", today=DEMO_DAY)
    assert [p.title for p in pack.priorities] == ["Being Heard", "Safe and Stable Homes", "Health and Wellbeing",
                                                  "Transition and Preparation for Adulthood"]
    chairs = {p.title: p.chair for p in pack.priorities}
    assert chairs["Being Heard"] == ""  # no working group
    # linked to the Designated Nurse's seat, named by the role as 000 words it, not by its holder's name
    assert chairs["Health and Wellbeing"] == "Designated Nurse Children in Care, NHS Cheshire and Merseyside (Sefton)"
    assert not any("Adeyemi" in chair for chair in chairs.values())
    last_year = annual_report.content(demo_store, 2025, today=DEMO_DAY)
    assert "Raising Aspirations" in [p.title for p in last_year.priorities]


def test_a_meetings_plan_is_as_it_stood_on_the_meetings_day(demo_store):
    """A pack rebuilt later shows the plan the meeting saw: an update made after the meeting is
    not in it, and its RAG is the one of the latest update by the meeting's day."""
    october = meetings.find_meeting(demo_store, "2026-10-14")  # themed on Raising Aspirations
    before = wg.meeting_plan(demo_store, october)
    first = before.commitments[0]
    assert before.group.title == "Raising Aspirations" and first.rag == "green"
    wg.rag_update(demo_store, first.id, "red", note="Plans slipped in November", on=dt.date(2026, 11, 2),
                  today=DEMO_DAY)
    after = wg.meeting_plan(demo_store, october)
    assert after.commitments[0].rag == "green" and after.commitments[0].updates == first.updates
    assert wg.plan(demo_store, "Raising Aspirations", today=DEMO_DAY).commitments[0].rag == "red"  # today's plan
