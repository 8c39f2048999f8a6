"""The action log on a real store: owners required, numbers A1, A2 …, dated updates that
close and reopen, overdue actions, the filters, what comes back to a meeting as matters
arising (and where it lands in the minutes), and the CSV, Excel and PDF exports read back.

The scenario is laid out with explicit dates; which actions a meeting reviews is worked out
here from those dates, never from the code under test.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest
from conftest import settled_sha256
from pypdf import PdfReader
from workbooks import formulas_in, sheet

from cpo_desktop.model.tables import ActionItem
from cpo_desktop.services import actions, agenda, meetings, minutes, register
from cpo_desktop.services import minutes_documents
from cpo_desktop.services.actions import ActionError, ActionInput

D = dt.date
TODAY = D(2026, 11, 23)


def person(store, first: str, surname: str, **kw) -> int:
    return register.add_person(store, register.PersonInput(first_name=first, surname=surname, **kw))


def plan_2026(store) -> dict[str, int]:
    meetings.plan_year(store, 2026, anyway=True)
    rows = [m for m in meetings.list_meetings(store, year=2026) if m.kind == "board"]
    return {m.date.strftime("%b").lower(): m.id for m in rows}  # jun, aug, oct, dec, feb, apr


def refs(rows) -> list[str]:
    return [r.ref for r in rows]


def count_actions(store) -> int:
    from sqlmodel import func, select

    with store.session() as session:
        return session.exec(select(func.count()).select_from(ActionItem)).one()


# --- adding ---------------------------------------------------------------------------------------

def test_every_action_needs_an_owner_and_words(store):
    owner = person(store, "Olu", "Owner")
    ids = plan_2026(store)
    before = settled_sha256(store)
    for data, why in (
        (ActionInput("Send the figures", owner_id=None), "every action needs an owner"),
        (ActionInput("   ", owner_id=owner), "say what is to be done"),
        (ActionInput("", owner_id=None), "say what is to be done; every action needs an owner"),
        (ActionInput("Send the figures", owner_id=999), "no person with id 999"),
        (ActionInput("Send the figures", owner_id=owner, minute_id=999), "no minute with id 999"),
    ):
        with pytest.raises(ActionError, match=why):
            actions.add_action(store, data, today=TODAY)
    assert settled_sha256(store) == before
    meetings.set_status(store, ids["feb"], "cancelled", reason="Moved", today=TODAY)
    before = settled_sha256(store)
    with pytest.raises(ActionError, match="was cancelled; no actions came from it"):
        actions.add_action(store, ActionInput("Send the figures", owner_id=owner, meeting=ids["feb"]), today=TODAY)
    assert settled_sha256(store) == before
    assert count_actions(store) == 0


def test_actions_are_numbered_a1_a2_and_found_by_their_number(store):
    owner = person(store, "Olu", "Owner")
    ids = plan_2026(store)
    numbers = [actions.add_action(store, ActionInput(f"Task {n}", owner_id=owner, due_date=D(2026, 12, n)),
                                  today=TODAY) for n in range(1, 4)]
    assert numbers == [1, 2, 3]
    assert refs(actions.list_actions(store, today=TODAY)) == ["A1", "A2", "A3"]
    for ref in ("A2", "a2", " 2 ", 2):
        row = actions.get_action(store, ref, today=TODAY)
        assert (row.ref, row.description, row.due_date, row.owner) == ("A2", "Task 2", D(2026, 12, 2), "Olu Owner")
    for bad in ("B2", "A", "two"):
        with pytest.raises(ActionError, match="not an action number"):
            actions.get_action(store, bad, today=TODAY)
    with pytest.raises(ActionError, match="no action A99"):
        actions.get_action(store, "A99", today=TODAY)

    # Agreed at a meeting: dated that day; free-standing: dated today; a meeting still to come: today.
    at_june = actions.add_action(store, ActionInput("From June", owner_id=owner, meeting=ids["jun"]), today=TODAY)
    at_dec = actions.add_action(store, ActionInput("From December", owner_id=owner, meeting=ids["dec"]), today=TODAY)
    assert actions.get_action(store, at_june, today=TODAY).created_on == D(2026, 6, 10)
    assert actions.get_action(store, at_june, today=TODAY).minute_ref == "Meeting of 10/06/2026"
    assert actions.get_action(store, at_dec, today=TODAY).created_on == TODAY
    assert actions.get_action(store, 1, today=TODAY).created_on == TODAY


def test_a_removed_actions_number_is_not_given_again(store):
    owner = person(store, "Olu", "Owner")
    actions.add_action(store, ActionInput("Kept", owner_id=owner), today=TODAY)
    mistake = actions.add_action(store, ActionInput("Entered by mistake", owner_id=owner), today=TODAY)
    actions.remove_action(store, mistake)
    assert actions.add_action(store, ActionInput("The next one", owner_id=owner), today=TODAY) == mistake + 1


def test_only_an_action_never_updated_can_be_removed(store):
    owner = person(store, "Olu", "Owner")
    keep = actions.add_action(store, ActionInput("Updated once", owner_id=owner), today=TODAY)
    gone = actions.add_action(store, ActionInput("Entered by mistake", owner_id=owner), today=TODAY)
    actions.update_action(store, keep, text="Started", today=TODAY)
    before = settled_sha256(store)
    with pytest.raises(ActionError, match="mark it dropped instead"):
        actions.remove_action(store, keep)
    assert settled_sha256(store) == before
    actions.remove_action(store, gone)
    assert refs(actions.list_actions(store, today=TODAY)) == ["A1"]


def test_edit_changes_what_who_and_when(store):
    olu, pat = person(store, "Olu", "Owner"), person(store, "Pat", "Other")
    n = actions.add_action(store, ActionInput("Send figures", owner_id=olu, due_date=D(2026, 12, 1)), today=TODAY)
    actions.edit_action(store, n, description="  Send the  figures ", owner_id=pat)
    row = actions.get_action(store, n, today=TODAY)
    assert (row.description, row.owner_id, row.due_date) == ("Send the figures", pat, D(2026, 12, 1))
    actions.edit_action(store, n, due_date=None)
    assert actions.get_action(store, n, today=TODAY).due_date is None
    before = settled_sha256(store)
    with pytest.raises(ActionError, match="say what is to be done"):
        actions.edit_action(store, n, description=" ")
    assert settled_sha256(store) == before


# --- updates and status ---------------------------------------------------------------------------

def test_dated_updates_close_and_reopen_an_action(store):
    owner = person(store, "Olu", "Owner")
    n = actions.add_action(store, ActionInput("Write to the ICB", owner_id=owner, due_date=D(2026, 11, 1)),
                           today=D(2026, 10, 14))
    row = actions.get_action(store, n, today=TODAY)
    assert (row.status, row.closed, row.closed_on, row.overdue, row.latest_update) == ("open", False, None, True, "")

    actions.update_action(store, n, status="in_progress", text="Draft  letter\nwritten", on=D(2026, 10, 20),
                          today=TODAY)
    row = actions.get_action(store, n, today=TODAY)
    assert (row.status, row.status_label, row.closed_on, row.overdue) == ("in_progress", "In progress", None, True)
    assert row.latest_update == "20/10/2026: Draft letter written"

    actions.update_action(store, n, status="done", on=D(2026, 11, 2), today=TODAY)
    row = actions.get_action(store, n, today=TODAY)
    assert (row.status, row.closed, row.closed_on, row.overdue) == ("done", True, D(2026, 11, 2), False)
    assert row.latest_update == "02/11/2026: Done"

    actions.update_action(store, n, status="open", text="The ICB asked for more detail", on=D(2026, 11, 9),
                          today=TODAY)
    row = actions.get_action(store, n, today=TODAY)
    assert (row.status, row.closed_on, row.overdue) == ("open", None, True)
    assert [(u.date, u.status, u.text) for u in row.updates] == [
        (D(2026, 10, 20), "in_progress", "Draft letter written"), (D(2026, 11, 2), "done", ""),
        (D(2026, 11, 9), "open", "The ICB asked for more detail")]

    before = settled_sha256(store)
    for kwargs, why in (
        (dict(status="dropped"), "Say why the action is dropped"),
        (dict(status="dropped", text="   "), "Say why the action is dropped"),
        (dict(status="finished"), "not an action status"),
        (dict(), "Nothing to record"),
        (dict(status="open"), "Nothing to record"),
        (dict(text="later", on=D(2026, 11, 24)), "cannot be dated in the future"),
        (dict(text="early", on=D(2026, 10, 13)), "before the action was agreed"),
    ):
        with pytest.raises(ActionError, match=why):
            actions.update_action(store, n, today=TODAY, **kwargs)
    with pytest.raises(ActionError, match="no action A7"):
        actions.update_action(store, "A7", text="x", today=TODAY)
    assert settled_sha256(store) == before

    actions.update_action(store, n, status="dropped", text="Superseded by the new protocol", on=TODAY, today=TODAY)
    row = actions.get_action(store, n, today=TODAY)
    assert (row.status, row.closed, row.closed_on, row.overdue) == ("dropped", True, TODAY, False)
    # A note on a closed action keeps it closed, on the day it closed.
    actions.update_action(store, n, text="Protocol published", today=TODAY)
    assert actions.get_action(store, n, today=TODAY).closed_on == TODAY


def test_a_status_change_cannot_be_dated_before_the_latest_update(store):
    owner = person(store, "Olu", "Owner")
    n = actions.add_action(store, ActionInput("Write to the ICB", owner_id=owner), today=D(2026, 10, 1))
    actions.update_action(store, n, status="done", text="Letter sent", on=D(2026, 11, 10), today=TODAY)
    try:
        actions.update_action(store, n, status="open", on=D(2026, 11, 5), today=TODAY)
    except ActionError:
        return  # refused: fine
    row = actions.get_action(store, n, today=TODAY)
    assert row.status == row.updates[-1].status


def test_overdue_and_the_filters(store):
    owner = person(store, "Olu", "Owner")
    ids = plan_2026(store)
    plan = [  # description, due, final status (closed on 01/11 if closed), meeting
        ("past due, open", D(2026, 11, 22), "open", ids["oct"]),
        ("due today", TODAY, "open", ids["oct"]),
        ("due tomorrow", D(2026, 11, 24), "in_progress", None),
        ("past due, done", D(2026, 10, 1), "done", ids["aug"]),
        ("past due, dropped", D(2026, 10, 1), "dropped", None),
        ("past due, in progress", D(2026, 9, 1), "in_progress", ids["aug"]),
        ("no due date", None, "open", None),
    ]
    for text, due, status, meeting in plan:
        n = actions.add_action(store, ActionInput(text, owner_id=owner, due_date=due, meeting=meeting),
                               today=D(2026, 10, 20))
        if status != "open":
            actions.update_action(store, n, status=status, text="because", on=D(2026, 11, 1), today=TODAY)
    expected_open = [f"A{k}" for k, (_, _, s, _) in enumerate(plan, start=1) if s in ("open", "in_progress")]
    expected_overdue = [f"A{k}" for k, (_, due, s, _) in enumerate(plan, start=1)
                        if s in ("open", "in_progress") and due is not None and due < TODAY]
    assert expected_overdue == ["A1", "A6"]

    every = actions.list_actions(store, today=TODAY)
    assert refs(every) == [f"A{k}" for k in range(1, len(plan) + 1)]
    assert [r.ref for r in every if r.overdue] == expected_overdue
    assert refs(actions.list_actions(store, open_only=True, today=TODAY)) == expected_open
    assert refs(actions.list_actions(store, overdue_only=True, today=TODAY)) == expected_overdue
    assert refs(actions.list_actions(store, open_only=True, overdue_only=True, today=TODAY)) == expected_overdue
    assert refs(actions.list_actions(store, meeting=ids["aug"], today=TODAY)) == ["A4", "A6"]
    # Seen a day later, what was due today is overdue too.
    tomorrow = TODAY + dt.timedelta(days=1)
    assert refs(actions.list_actions(store, overdue_only=True, today=tomorrow)) == ["A1", "A2", "A6"]
    assert actions.is_overdue("open", TODAY, TODAY) is False


# --- matters arising ------------------------------------------------------------------------------

def matters_arising_scenario(store):
    """October (14/10/2026) reviews the actions open on its day and those closed since August
    (12/08/2026); not those closed before August, nor those agreed at October itself, nor
    those logged after it. December does not review an action agreed at December itself."""
    olu, pat = person(store, "Olu", "Owner"), person(store, "Pat", "Other")
    ids = plan_2026(store)
    for m in ("jun", "aug", "oct"):
        agenda.create_agenda(store, ids[m])
        minutes.start(store, ids[m])
    perf_oct = next(r for r in minutes.load(store, ids["oct"]).minutes if r.title == "Performance report")

    def add(text, *, meeting=None, on=TODAY, due=None, minute_id=None, owner=olu):
        return actions.add_action(store, ActionInput(text, owner_id=owner, due_date=due, meeting=meeting,
                                                     minute_id=minute_id), today=on)

    def close(n, on, status="done"):
        actions.update_action(store, n, status=status, text="closed", on=on, today=TODAY)

    a1 = add("June, closed in July", meeting=ids["jun"], due=D(2026, 7, 1))
    close(a1, D(2026, 7, 1))
    a2 = add("June, closed after August", meeting=ids["jun"], due=D(2026, 8, 1))
    close(a2, D(2026, 8, 20))
    add("June, still open", meeting=ids["jun"], due=D(2026, 9, 1))  # A3
    a4 = add("August, in progress", meeting=ids["aug"], due=D(2026, 12, 1), owner=pat)
    actions.update_action(store, a4, status="in_progress", on=D(2026, 9, 1), today=TODAY)
    add("Logged in September", on=D(2026, 9, 1))  # A5: free-standing, no due date
    a6 = add("Logged and closed in September", on=D(2026, 9, 5), due=D(2026, 10, 1))
    close(a6, D(2026, 9, 30), status="dropped")
    add("Agreed at October", minute_id=perf_oct.id, due=D(2026, 11, 1))  # A7
    add("Logged after October", on=D(2026, 10, 20))  # A8
    a9 = add("June, closed after October", meeting=ids["jun"], due=D(2026, 10, 1))
    close(a9, D(2026, 11, 1))
    add("Agreed at December, logged before it", meeting=ids["dec"])  # A10: dated today, before December
    return ids, perf_oct


def test_matters_arising_are_the_actions_open_on_the_day_and_those_closed_since_the_last_meeting(store):
    ids, _ = matters_arising_scenario(store)
    rows = actions.matters_arising(store, ids["oct"], today=TODAY)
    assert refs(rows) == ["A2", "A3", "A4", "A5", "A6", "A9"]
    # Overdue as it stood on the meeting's day: A3 (due 01/09, open) and A9 (due 01/10, closed 01/11).
    assert [r.ref for r in rows if r.overdue] == ["A3", "A9"]
    # The first meeting of the year reviews nothing agreed before it; December reviews what was
    # open on its day or closed since October.
    assert refs(actions.matters_arising(store, ids["jun"], today=TODAY)) == []
    assert refs(actions.matters_arising(store, ids["dec"], today=TODAY)) == ["A3", "A4", "A5", "A7", "A8", "A9"]


def test_the_action_log_lands_on_the_matters_arising_minute(store):
    ids, perf_oct = matters_arising_scenario(store)
    doc = minutes_documents.content(store, ids["oct"], public=False, today=TODAY)
    [arising] = [s for s in doc.sections if s.title == "Matters arising and action log"]
    assert [a.number for a in arising.action_log] == ["A2", "A3", "A4", "A5", "A6", "A9"]
    assert [a.number for a in arising.action_log if a.overdue] == ["A3", "A9"]
    assert {a.number: a.owner for a in arising.action_log}["A4"] == "Pat Other"
    assert all(not s.action_log for s in doc.sections if s is not arising)
    # The action agreed under October's performance report is listed under that minute.
    [perf] = [s for s in doc.sections if s.title == perf_oct.title]
    assert [(a.number, a.description, a.due) for a in perf.actions] == [("A7", "Agreed at October", D(2026, 11, 1))]
    assert perf.actions[0].minute_ref == f"{perf_oct.number} (14/10/2026)"


# --- exports --------------------------------------------------------------------------------------

def test_the_action_log_as_csv_reads_back(store, tmp_path):
    olu = person(store, "Olu", "Owner")
    ids = plan_2026(store)
    a1 = actions.add_action(store, ActionInput("Circulate the Local Offer – revised", owner_id=olu,
                                               due_date=D(2026, 11, 1), meeting=ids["oct"]), today=TODAY)
    actions.add_action(store, ActionInput("=HYPERLINK(\"http://x\")", owner_id=olu, due_date=D(2026, 12, 24)),
                       today=TODAY)
    a3 = actions.add_action(store, ActionInput("Visit the Hub", owner_id=olu), today=TODAY)
    actions.update_action(store, a3, status="done", text="Visited with Cllr Ashworth", on=TODAY, today=TODAY)
    actions.update_action(store, a1, status="in_progress", text="Leaflet at the printers", on=D(2026, 11, 2),
                          today=TODAY)

    out = actions.export(store, "csv", tmp_path / "actions.csv", today=TODAY)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads the dash
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Number", "Minute", "Action", "Owner", "Due", "Status", "Overdue", "Latest update"]
    assert rows[1:] == [
        ["A1", "Meeting of 14/10/2026", "Circulate the Local Offer – revised", "Olu Owner", "01/11/2026",
         "In progress", "Yes", "02/11/2026: Leaflet at the printers"],
        ["A2", "", "'=HYPERLINK(\"http://x\")", "Olu Owner", "24/12/2026", "Open", "No", ""],
        ["A3", "", "Visit the Hub", "Olu Owner", "", "Done", "No", "23/11/2026: Visited with Cllr Ashworth"],
    ]
    overdue = actions.export(store, "csv", tmp_path / "overdue.csv", overdue_only=True, today=TODAY)
    assert [r[0] for r in csv.reader(io.StringIO(overdue.read_bytes().decode("utf-8-sig")))][1:] == ["A1"]

    before = settled_sha256(store)
    with pytest.raises(ActionError, match="csv, xlsx or pdf"):
        actions.export(store, "docx", tmp_path / "a.docx", today=TODAY)
    with pytest.raises(ActionError, match="does not exist"):
        actions.export(store, "csv", tmp_path / "missing" / "a.csv", today=TODAY)
    assert settled_sha256(store) == before
    assert not (tmp_path / "a.docx").exists()


def test_the_action_log_as_a_workbook_has_typed_cells_and_no_formula(store, tmp_path):
    olu = person(store, "Olu", "Owner")
    ids = plan_2026(store)
    actions.add_action(store, ActionInput("Circulate the Local Offer – revised", owner_id=olu,
                                          due_date=D(2026, 11, 1), meeting=ids["oct"]), today=TODAY)
    actions.add_action(store, ActionInput("=HYPERLINK(\"http://x\")", owner_id=olu, due_date=D(2026, 12, 24)),
                       today=TODAY)
    actions.add_action(store, ActionInput("+44 151 934 2000 to call", owner_id=olu), today=TODAY)

    data = actions.export(store, "xlsx", tmp_path / "actions.xlsx", today=TODAY).read_bytes()
    ws = sheet(data)
    assert ws.title == "Action log" and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:H4"
    assert [c.value for c in ws[1]] == ["Number", "Minute", "Action", "Owner", "Due", "Status", "Overdue",
                                        "Latest update"]
    assert all(c.font.bold for c in ws[1])
    rows = list(ws.iter_rows(min_row=2))
    assert [[c.value for c in r] for r in rows] == [
        ["A1", "Meeting of 14/10/2026", "Circulate the Local Offer – revised", "Olu Owner", dt.datetime(2026, 11, 1),
         "Open", "Yes", None],
        ["A2", None, "=HYPERLINK(\"http://x\")", "Olu Owner", dt.datetime(2026, 12, 24), "Open", "No", None],
        ["A3", None, "+44 151 934 2000 to call", "Olu Owner", None, "Open", "No", None],
    ]
    assert all(r[4].number_format == "dd/mm/yyyy" for r in rows[:2])
    assert all(c.data_type == "s" for r in rows for c in r if isinstance(c.value, str))
    assert formulas_in(data) == []
    overdue = actions.export(store, "xlsx", tmp_path / "overdue.xlsx", overdue_only=True, today=TODAY)
    ws = sheet(overdue.read_bytes())
    assert ws.title == "Overdue actions" and [r[0] for r in ws.iter_rows(values_only=True)] == ["Number", "A1"]


def test_the_action_log_as_pdf_names_every_action(store, tmp_path):
    olu = person(store, "Olu", "Owner")
    for n in range(1, 13):
        actions.add_action(store, ActionInput(f"Task number {n}", owner_id=olu, due_date=D(2026, 11, n)),
                           today=D(2026, 10, 1))
    actions.update_action(store, 12, status="done", on=TODAY, today=TODAY)
    out = actions.export(store, "pdf", tmp_path / "log.pdf", today=TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    for n in range(1, 13):
        assert re.search(rf"\bA{n}\b", text), n
        assert f"Task number {n}" in " ".join(text.split())
    assert "Action log" in text and "23 November 2026" in text
    assert "Overdue" in text

    open_only = actions.export(store, "pdf", tmp_path / "open.pdf", open_only=True, today=TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(open_only).pages)
    assert "Open actions" in text
    assert re.search(r"\bA11\b", text) and not re.search(r"\bA12\b", text)


def test_the_log_since_a_day_is_what_is_open_and_what_was_closed_since(demo_store):
    today = dt.date(2028, 6, 1)
    everything = actions.list_actions(demo_store, today=today)
    day = max(r.closed_on for r in everything if r.closed)  # the last closed is on the line
    recent = actions.list_actions(demo_store, closed_since=day, today=today)
    assert {r.number for r in recent} == {r.number for r in everything if not r.closed or r.closed_on >= day}
    assert len(recent) < len(everything)
    assert actions.closed_before(demo_store, day) == len(everything) - len(recent)
    assert actions.closed_before(demo_store, dt.date(2000, 1, 1)) == 0
    assert actions.list_actions(demo_store, open_only=True, closed_since=day, today=today) == \
        [r for r in everything if not r.closed]
