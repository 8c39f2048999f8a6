"""The attendance, minutes and actions commands, run as a user would, on the demo board (loaded
as if today were 23 November 2026); every call is a fresh interpreter. What they print is
checked against the database and the services; refusals exit 1 with one line and leave the
database file as it was (compared after a WAL checkpoint, once the test's own store has let go).

Secondary calls go through the CLI's entry point in this process, to keep the run quick.
The commands take no "today": they use the computer's date, so anything that depends on it
(overdue actions) is worked out here from the database and ``date.today()``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import docx
from conftest import cli_for, here_for, without_figures
from conftest import store_settled_sha256 as settled_sha256
from pypdf import PdfReader
from sqlmodel import func, select
from workbooks import sheet

from cpo_desktop.model.enums import AttendanceStatus, SeatCategory
from cpo_desktop.model.tables import ActionItem, Attendance, Membership, Person, Seat, TrainingRecord
from cpo_desktop.services import attendance, minutes

D = dt.date
OCTOBER, AUGUST = 3, 2


def _ok(result) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def _refused(result, *fragments: str) -> str:
    """Exit 1 with exactly one line on stderr naming the reason (fragments matched ignoring case)."""
    assert result.returncode == 1, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cpo-desktop: "), result.stderr
    for fragment in fragments:
        assert fragment.casefold() in lines[0].casefold(), lines[0]
    return lines[0]


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def minute_id(store, meeting: int, title_start: str) -> int:
    [row] = [r for r in minutes.load(store, meeting).minutes if r.title.startswith(title_start)]
    return row.id


def action_count(store) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(ActionItem)).one()


# --- attendance -----------------------------------------------------------------------------------

def test_attendance_show_as_json_with_the_quorum(demo_store, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    shown = json.loads(_ok(cli("attendance", "show", str(OCTOBER), "--json")))
    assert shown["meeting"]["id"] == OCTOBER and shown["meeting"]["date"] == "2026-10-14"

    # The quorum worked out here: a third of the voting seats (at least 3), counting those there in
    # person and substitutes in voting seats; online members do not count by default.
    with demo_store.session() as session:
        seats = {s.id: s for s in session.exec(select(Seat))}
        marks = list(session.exec(select(Attendance).where(Attendance.meeting_id == OCTOBER)))
    voting = [s for s in seats.values() if s.voting and s.counts_towards_quorum and not s.former]
    counted = [a for a in marks if a.status in (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)
               and a.seat_id and seats[a.seat_id].voting and seats[a.seat_id].counts_towards_quorum]
    elected = [a for a in counted if seats[a.seat_id].category == SeatCategory.ELECTED_MEMBER]
    q = shown["quorum"]
    assert q["voting_seats"] == len(voting)
    assert q["required"] == max(3, -(-len(voting) // 3))
    assert (q["present"], q["elected_present"], q["elected_required"]) == (len(counted), len(elected), 1)
    assert q["met"] is True and q["summary"].startswith("Quorate: ")
    assert "members joining online do not count" in q["rule"]

    sheet = attendance.load(demo_store, OCTOBER)
    assert [(r["person_id"], r["status"], r["member"]) for r in shown["attendance"]] == [
        (r.person_id, r.status or None, r.member) for r in sheet.rows]
    by_status = {(a.person_id, a.status) for a in marks}
    assert {(r["person_id"], r["status"]) for r in shown["attendance"]} == by_status  # every row recorded
    [sub] = [r for r in shown["attendance"] if r["status"] == "substitute"]
    assert sub["substitute_for"] and not sub["member"]

    # The same sheet by date, and as a table.
    assert json.loads(_ok(here("attendance", "show", "14/10/2026", "--json"))) == shown
    table = _ok(here("attendance", "show", str(OCTOBER)))
    assert q["summary"] in table
    assert all(r["name"] in table for r in shown["attendance"])


def test_attendance_set_refusals_save_nothing(demo_store, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    with demo_store.session() as session:
        outsider = session.exec(select(Person).where(Person.first_name == "Tyler")).one()  # a former member
        name = f"{outsider.first_name} {outsider.surname}"
    present = next(r.person_id for r in attendance.load(demo_store, OCTOBER).rows
                   if r.member and r.status == AttendanceStatus.PRESENT)
    before = settled_sha256(demo_store)
    _refused(cli("attendance", "set", str(OCTOBER), str(outsider.id), "present"), name, "did not hold a seat")
    _refused(here("attendance", "set", str(OCTOBER), str(outsider.id), "substitute"), "say whom")
    _refused(here("attendance", "set", str(OCTOBER), str(outsider.id), "substitute", "--for", str(present)),
             "is marked present")
    assert settled_sha256(demo_store) == before


# --- minutes --------------------------------------------------------------------------------------

def test_minutes_export_public_pdf_and_restricted_docx(demo_store, tmp_path, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    with demo_store.session() as session:
        hidden = [p.surname for p in session.exec(select(Person).where(
            Person.is_young_person == True, Person.consent_full_name == False))]  # noqa: E712
    assert hidden

    pdf = tmp_path / "October public.pdf"
    out = _ok(cli("minutes", "export", str(OCTOBER), "--format", "pdf", "--public", "-o", str(pdf)))
    assert out.strip() == f"Wrote the public minutes to {pdf}"
    text = pdf_text(pdf)
    assert "Public version" in text and "Kayden" in text
    for surname in hidden:
        assert not re.search(rf"\b{surname}\b", text, re.IGNORECASE), surname

    word = tmp_path / "October.docx"
    out = _ok(cli("minutes", "export", str(OCTOBER), "--format", "docx", "-o", str(word)))
    assert out.strip() == f"Wrote the restricted minutes to {word}"
    document = docx.Document(word)
    body = flat(" ".join(p.text for p in document.paragraphs))
    assert "Tyler Quinn" in body and "Kayden Lowe" in body
    assert any(p.style.name == "Heading 2" for p in document.paragraphs) and document.tables

    _refused(here("minutes", "export", str(OCTOBER), "--format", "pdf", "-o", str(tmp_path / "no" / "m.pdf")),
             "does not exist")


def test_minutes_confirm_at_the_wrong_meeting_and_defer_to_no_meeting_are_refused(demo_store, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    briefing = minute_id(demo_store, OCTOBER, "Director's briefing")
    before = settled_sha256(demo_store)
    _refused(cli("minutes", "confirm", str(OCTOBER), "--at", str(AUGUST)),
             "can only be confirmed at the next meeting, on 09/12/2026", "not at the meeting on 12/08/2026")
    _refused(cli("minutes", "resolve", str(briefing), "--kind", "deferred", "--to", "2099-01-01"),
             "cannot be deferred", "no meeting on")
    _refused(here("minutes", "resolve", str(briefing), "--kind", "deferred", "--to", "2026-06-10"),
             "only be deferred to a later meeting")
    _refused(here("minutes", "write", str(minute_id(demo_store, AUGUST, "Director's briefing")), "--text", "New"),
             "locked")
    assert settled_sha256(demo_store) == before
    assert minutes.load(demo_store, OCTOBER).status == "draft"


def test_own_wording_of_just_resolved_is_a_one_line_refusal(demo_store):
    cli = cli_for(demo_store)
    briefing = minute_id(demo_store, OCTOBER, "Director's briefing")
    _refused(cli("minutes", "resolve", str(briefing), "--kind", "other", "--text", "RESOLVED:"), "wording")


def test_members_delete_of_someone_in_the_record_suggests_marking_them_former(demo_store, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    with demo_store.session() as session:
        with_history = {m.person_id for m in session.exec(select(Membership))} | \
            {m.substitute_id for m in session.exec(select(Membership))} | \
            {t.person_id for t in session.exec(select(TrainingRecord))}
        guests = [a.person_id for a in session.exec(select(Attendance).where(
            Attendance.status == AttendanceStatus.IN_ATTENDANCE)) if a.person_id not in with_history]
        member = session.exec(select(Membership.person_id)).first()
    assert guests  # officers in attendance who hold no seat: only the record keeps them
    before = settled_sha256(demo_store)
    _refused(cli("members", "delete", str(guests[0])), "the attendance of a meeting",
             f"`cpo-desktop members former {guests[0]}`")
    _refused(here("members", "delete", str(member)), "history on the board", f"`cpo-desktop members former {member}`")
    assert settled_sha256(demo_store) == before


# --- actions --------------------------------------------------------------------------------------

def test_actions_list_open_and_overdue(demo_store, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    today = dt.date.today()  # the command's "today"
    with demo_store.session() as session:
        expected = [f"A{a.number}" for a in session.exec(select(ActionItem).order_by(ActionItem.number))
                    if a.status in ("open", "in_progress") and a.due_date is not None and a.due_date < today]
    rows = json.loads(_ok(cli("actions", "list", "--open", "--overdue", "--json")))
    assert [r["number"] for r in rows] == expected
    assert all(r["overdue"] is True and r["status"] in ("open", "in_progress") for r in rows)
    every = json.loads(_ok(here("actions", "list", "--json")))
    assert [r["number"] for r in every] == [f"A{n}" for n in range(1, action_count(demo_store) + 1)]
    assert {r["status"] for r in every} == {"open", "in_progress", "done", "dropped"}  # the demo has every state


def test_actions_list_and_export_recent_as_the_window_shows_the_log_first(demo_store, tmp_path, capsys, monkeypatch):
    here = here_for(demo_store, capsys)
    monkeypatch.setenv("CPO_TODAY", "2028-06-01")  # two municipal years on: what the demo closed is history
    every = json.loads(_ok(here("actions", "list", "--json")))
    kept = [r["number"] for r in every if r["status"] in ("open", "in_progress")]
    assert len(kept) < len(every)
    recent = json.loads(_ok(here("actions", "list", "--recent", "--json")))
    assert [r["number"] for r in recent] == kept
    said = _ok(here("actions", "list", "--recent"))
    assert f"({len(every) - len(kept)} closed before 01/05/2027 not shown" in said
    out = tmp_path / "recent.csv"
    _ok(here("actions", "export", "--format", "csv", "--recent", "-o", str(out)))
    assert [r["Number"] for r in csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig")))] == kept
    pdf = tmp_path / "recent.pdf"
    _ok(here("actions", "export", "--format", "pdf", "--recent", "-o", str(pdf)))
    text = " ".join(pdf_text(pdf).split())
    assert "Actions closed before 1 May 2027 are not shown." in text  # the paper says what it leaves out
    for r in every:
        assert bool(re.search(rf"\b{r['number']}\b", text)) == (r["number"] in kept), r["number"]


def test_actions_export_csv_and_pdf(demo_store, tmp_path, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    with demo_store.session() as session:
        numbers = [f"A{n}" for n in session.exec(select(ActionItem.number).order_by(ActionItem.number))]
    out = tmp_path / "actions.csv"
    assert _ok(cli("actions", "export", "--format", "csv", "-o", str(out))).strip() == f"Wrote the action log to {out}"
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert [r["Number"] for r in rows] == numbers
    with demo_store.session() as session:
        for r in rows:
            a = session.exec(select(ActionItem).where(ActionItem.number == int(r["Number"][1:]))).one()
            assert r["Action"] == a.description
            assert r["Due"] == (f"{a.due_date:%d/%m/%Y}" if a.due_date else "")

    pdf = tmp_path / "actions.pdf"
    _ok(here("actions", "export", "--format", "pdf", "-o", str(pdf)))
    text = pdf_text(pdf)
    for ref in numbers:
        assert re.search(rf"\b{ref}\b", text), ref


def test_actions_export_xlsx_has_the_csvs_rows_with_dates_as_dates(demo_store, tmp_path):
    cli = cli_for(demo_store)
    out, csv_out = tmp_path / "actions.xlsx", tmp_path / "actions.csv"
    assert _ok(cli("actions", "export", "--format", "xlsx", "-o", str(out))).strip() == f"Wrote the action log to {out}"
    _ok(cli("actions", "export", "--format", "csv", "-o", str(csv_out)))
    ws = sheet(out.read_bytes())
    rows = [[f"{v:%d/%m/%Y}" if isinstance(v, dt.datetime) else v or "" for v in r] for r in ws.iter_rows(values_only=True)]
    assert rows == list(csv.reader(io.StringIO(csv_out.read_bytes().decode("utf-8-sig"))))
    due = [r[4] for r in ws.iter_rows(min_row=2, values_only=True) if r[4] is not None]
    assert due and all(isinstance(d, dt.datetime) for d in due)


def test_actions_add_needs_an_owner(demo_store, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    count = action_count(demo_store)
    before = settled_sha256(demo_store)
    _refused(cli("actions", "add", "--text", "Write to the ICB"), "every action needs an owner", "not saved")
    assert settled_sha256(demo_store) == before
    with demo_store.session() as session:
        owner = session.exec(select(Membership.person_id)).first()
    out = _ok(here("actions", "add", "--text", "Write to the ICB", "--owner", str(owner), "--due", "31/12/2026"))
    assert out.strip() == f"Added action A{count + 1}."
    assert action_count(demo_store) == count + 1


# --- a deferred item at the later meeting (issue 19, point 5) --------------------------------------

def test_a_deferred_standing_item_is_one_item_marked_on_the_later_agenda_and_chased_once(demo_store):
    """October's performance report, its paper still to follow, deferred to 9 December with
    ``minutes resolve``: ``agenda show`` lists one performance report there, marked "deferred
    from 14 October 2026", where December's own was; ``agenda chase`` asks its author once."""
    from cpo_desktop.services import agenda

    without_figures(demo_store)  # (with figures, December's report is the pack's to make: nobody to chase)
    cli = cli_for(demo_store)
    [report] = [i for i in agenda.load_agenda(demo_store, OCTOBER).items if i.title == "Performance report"]
    for paper in report.papers:
        agenda.remove_paper(demo_store, paper.id)
    agenda.set_to_follow(demo_store, report.id)
    env = {"CPO_TODAY": "2026-11-23"}

    def rows(title: str) -> list[str]:
        shown = _ok(cli("agenda", "show", "2026-12-09", env=env))
        return [line for line in shown.splitlines() if f"  {title}" in line]

    [own] = rows("Performance report")
    assert "deferred" not in own
    out = _ok(cli("minutes", "resolve", str(minute_id(demo_store, OCTOBER, "Performance report")), "--kind", "deferred",
                  "--to", "2026-12-09", env=env))
    assert "Resolution saved" in out
    [item] = rows("Performance report")
    assert "Performance report (deferred from 14 October 2026)" in item
    assert item.split()[0] == own.split()[0]  # the number December's own report had
    shown = json.loads(_ok(cli("agenda", "show", "2026-12-09", "--json", env=env)))
    [data] = [i for i in shown["items"] if i["title"] == "Performance report"]
    assert (data["deferred_from"], data["to_follow"]) == ("2026-10-14", True)

    chased = json.loads(_ok(cli("agenda", "chase", "2026-12-09", "--json", env=env)))
    assert [r["title"] for r in chased if r["email"] == report.author_email] == ["Performance report"]
