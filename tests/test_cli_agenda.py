"""The agenda and work-programme commands, run as a user would, on the demo board.

Each test chains several commands on one real data folder (the demo loaded as if today were
23 November 2026), through the CLI's entry point in this process (``cli_for``: the same output and
exit code as a fresh interpreter; test_cli.py starts one for each command group). What the
commands print is checked against the services and the calendar; refusals leave the database file
as it was (compared after a WAL checkpoint, since the test's own store stays open) and the document
store too.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import json

import holidays
from conftest import DEMO_DAY, cli_for, here_for, sha256, stored_files
from conftest import settled_sha256 as conftest_settled_sha256
from reportlab.pdfgen import canvas
from sqlmodel import select

from cpo_desktop.cli import main as cli_main
from cpo_desktop.model.agenda_rules import SCHEDULE_12A
from cpo_desktop.model.tables import Person
from cpo_desktop.services import agenda, meetings, work_programme
from cpo_desktop.services import chase

D = dt.date
DEMO_TODAY = D(2026, 11, 23)
_BANK = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2040))


def working_days_back(day: dt.date, n: int) -> dt.date:
    while n > 0:
        day -= dt.timedelta(days=1)
        if day.weekday() < 5 and day not in _BANK:
            n -= 1
    return day


def settled_sha256(store) -> str:
    """As conftest's, after letting go of the test's own connections: the CLI runs in this
    process and opening a store reads the file, which would drop SQLite's locks under them."""
    store.close()  # disposes of the pooled connections; the store reconnects when next used
    return conftest_settled_sha256(store)


def make_pdf(path, text: str):
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
    return path


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


def next_board_meeting(store) -> meetings.MeetingRow:
    """The demo's next board meeting: its agenda is built, with papers in and papers awaited."""
    return next(m for m in meetings.list_meetings(store) if m.kind == "board" and m.date >= DEMO_TODAY)


def show(cli, meeting: str) -> dict:
    return json.loads(_ok(cli("agenda", "show", meeting, "--json")))


# --- agenda ---------------------------------------------------------------------------------------

def test_show_add_an_exempt_item_with_its_paper_and_refusals(demo_store, tmp_path, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    meeting = next_board_meeting(demo_store)
    iso = meeting.date.isoformat()

    shown = show(cli, iso)
    assert shown["meeting"]["id"] == meeting.id and shown["meeting"]["date"] == iso
    assert shown["report_deadline"] == working_days_back(meeting.date, 10).isoformat()
    assert shown["publication_date"] == working_days_back(meeting.date, 6).isoformat()
    loaded = agenda.load_agenda(demo_store, meeting.id)
    assert [(i["number"], i["title"]) for i in shown["items"]] == [(i.number, i.title) for i in loaded.items]
    assert show(here, meeting.date.strftime("%d/%m/%Y")) == shown  # the date as people write it

    with demo_store.session() as session:
        person = session.exec(select(Person).where(Person.email != None, Person.former == False)  # noqa: E711,E712
                              .order_by(Person.id)).first()
    paper = make_pdf(tmp_path / "a.pdf", "Residential sufficiency")
    old_six = loaded.item("6").title
    out = _ok(cli("agenda", "add-item", iso, "--title", "Residential sufficiency", "--presenter", person.email,
                  "--purpose", "decision", "--duration", "15", "--part", "2", "--paragraph", "3",
                  "--attach", str(paper), "--after", "5"))
    assert out.startswith("Added item 6, “Residential sufficiency” with 1 paper, at ")
    assert "Note: Item 6 is in Part 2 but has no public-interest note." in out

    table = _ok(here("agenda", "show", iso))
    [line] = [line for line in table.splitlines() if "Residential sufficiency" in line]
    assert line.split()[0] == "6" and "[Sch. 12A para 3]" in line and "a.pdf" in line and "decision" in line
    assert "PART 2 – exempt" in table
    assert f"Item 6, Schedule 12A paragraph 3: {SCHEDULE_12A[3]}" in table
    assert f"publish by {working_days_back(meeting.date, 6):%a %d/%m/%Y}" in table

    a = agenda.load_agenda(demo_store, meeting.id)
    six = a.item("6")
    assert (six.title, six.purpose, six.duration_minutes, six.part, six.exempt_paragraph) == (
        "Residential sufficiency", "decision", 15, 2, 3)
    assert (six.presenter_person_id, six.author_email) == (person.id, person.email)
    [p] = six.papers
    digest = sha256(paper)
    assert (p.original_name, p.sha256, p.kind, p.pages) == ("a.pdf", digest, "pdf", 1)
    assert (demo_store.paths.documents / digest[:2] / f"{digest}.pdf").read_bytes() == paper.read_bytes()
    assert a.item("7").title == old_six
    five = a.item("5")
    assert six.start == (dt.datetime.combine(meeting.date, five.start)
                         + dt.timedelta(minutes=five.duration_minutes)).time()

    # Refusals: one line, exit 1, the database and the document store exactly as they were.
    before, files = settled_sha256(demo_store), stored_files(demo_store)
    _refused(cli("agenda", "add-item", iso, "--title", "Placement review", "--part", "2"),
             "schedule 12a", "nothing was saved")
    program = tmp_path / "Annual report.pdf"
    program.write_bytes(b"MZ\x90\x00" + bytes(4096))
    good = make_pdf(tmp_path / "good.pdf", "A good paper never stored")
    _refused(cli("agenda", "add-item", iso, "--title", "Annual report", "--attach", str(good),
                 "--attach", str(program)), "Annual report.pdf", "Windows program")
    _refused(here("agenda", "attach", iso, "6", str(paper)), "already attached")
    assert settled_sha256(demo_store) == before and stored_files(demo_store) == files
    assert len(a.items) == len(agenda.load_agenda(demo_store, meeting.id).items)


def test_move_remove_to_follow_checklist_and_settings(demo_store, tmp_path, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    meeting = next_board_meeting(demo_store)
    iso = meeting.date.isoformat()

    def current():
        return agenda.load_agenda(demo_store, meeting.id, today=DEMO_TODAY).items

    original = [(i.number, i.id) for i in current()]
    ids = [i for _, i in original]
    top = [n for n, _ in original if n.isdigit()]
    last = top[-1]

    out = _ok(cli("agenda", "move-item", iso, last, "--to", "1"))
    assert out.startswith("Moved “") and f"from item {last} to item 1." in out
    moved = current()
    assert moved[0].id == dict(original)[last] and moved[0].number == "1"
    assert [i.id for i in moved[1:]] == [i for i in ids if i != dict(original)[last]]
    _ok(here("agenda", "move-item", iso, "1", "--to", last))  # and back down again
    assert [(i.number, i.id) for i in current()] == original

    gone = dict(original)["3"]
    assert "Removed item 3," in _ok(cli("agenda", "remove-item", iso, "3"))
    after = current()
    assert [i.id for i in after] == [i for i in ids if i != gone]
    assert [i.number for i in after if not i.sub_item] == [str(n) for n in range(1, len(top))]

    # A paper to follow, then in, with its checklist.
    awaited = next(i for i in after if i.state == "awaited")
    _ok(here("agenda", "to-follow", iso, awaited.number))
    assert next(i for i in current() if i.id == awaited.id).to_follow
    _ok(here("agenda", "attach", iso, awaited.number, str(make_pdf(tmp_path / "in.pdf", "In at last"))))
    out = _ok(here("agenda", "checklist", iso, awaited.number, "--pledge", "--pledge-note", "Section 2",
                   "--you-said-we-did"))
    assert out.strip() == "in.pdf: Pledge ✓ · Involvement ✗ · You said, we did ✓"
    row = next(i for i in current() if i.id == awaited.id)
    assert row.papers[0].pledge_note == "Section 2" and not row.to_follow
    _refused(here("agenda", "checklist", iso, awaited.number, "--paper", "2"), "--paper is 1 to 1")

    # The deadline setting moves the deadline; the numbering setting carries numbers on.
    assert "due 15 working days before" in _ok(here("agenda", "settings", "--deadline-days", "15"))
    assert agenda.load_agenda(demo_store, meeting.id).report_deadline == working_days_back(meeting.date, 15)
    _refused(here("agenda", "settings", "--deadline-days", "0"), "1 to 40 working days")
    earlier = [m for m in meetings.list_meetings(demo_store, year=2026)
               if m.kind == "board" and m.date < meeting.date]
    used = sum(sum(1 for i in agenda.load_agenda(demo_store, m.id).items if not i.sub_item) for m in earlier)
    assert used > 0
    assert "continuously through the municipal year" in _ok(
        here("agenda", "settings", "--numbering", "continuous"))
    numbered = show(cli, iso)
    assert numbered["continuous_numbering"] and numbered["items"][0]["number"] == str(used + 1)
    forum = next(m for m in meetings.list_meetings(demo_store) if m.kind == "young_peoples_forum")
    _ok(here("agenda", "create", str(forum.id)))
    assert agenda.load_agenda(demo_store, forum.id).items[0].number == "1"


def test_a_part_2_items_public_title_from_the_command_line(demo_store, capsys):
    """Issue 17, deliverable 11: --public-title on add-item and edit-item ("" clears it), shown by
    agenda show and carried by its --json; an edit that changes nothing writes nothing."""
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    meeting = next_board_meeting(demo_store)
    iso = meeting.date.isoformat()
    out = _ok(cli("agenda", "add-item", iso, "--title", "Placement of Child A with her aunt", "--part", "2",
                  "--paragraph", "1", "--public-interest", "About one child.",
                  "--public-title", "Placements: an individual case"))
    number = out.split()[2].rstrip(",")
    [item] = [i for i in show(here, iso)["items"] if i["number"] == number]
    assert item["title"] == "Placement of Child A with her aunt"
    assert item["public_title"] == item["shown_public_title"] == "Placements: an individual case"
    table = _ok(cli("agenda", "show", iso))
    assert "  Public title: Placements: an individual case\n" in table

    # Cleared: the default, named by its paragraph, in the text and the JSON.
    _ok(here("agenda", "edit-item", iso, number, "--public-title", "", "--paragraph", "2"))
    [item] = [i for i in show(here, iso)["items"] if i["number"] == number]
    assert (item["public_title"], item["shown_public_title"]) == (None, "Exempt item (paragraph 2)")
    assert "  Public title: Exempt item (paragraph 2) – the default" in _ok(here("agenda", "show", iso))

    # Refused on a Part 1 item, in one line; nothing saved.
    before = settled_sha256(demo_store)
    _refused(cli("agenda", "edit-item", iso, "1", "--public-title", "Welcome"),
             "only a Part 2 item has a public title", "nothing was saved")
    # The item as it is, given again: nothing written, and it says so.
    out = _ok(cli("agenda", "edit-item", iso, number, "--paragraph", "2", "--public-title", ""))
    assert "nothing was changed" in out
    assert settled_sha256(demo_store) == before
    # Moved to Part 1, it is shown by its own title and has no public title left.
    _ok(here("agenda", "edit-item", iso, number, "--part", "1"))
    [item] = [i for i in show(here, iso)["items"] if i["number"] == number]
    assert (item["part"], item["public_title"], item["shown_public_title"]) == (
        1, None, "Placement of Child A with her aunt")


def test_moving_an_item_down_past_an_item_with_sub_items_leaves_them_where_they_were(demo_store):
    cli = cli_for(demo_store)
    meeting = next_board_meeting(demo_store)
    items = agenda.load_agenda(demo_store, meeting.id).items
    parent_index = next(n for n, i in enumerate(items) if i.sub_item) - 1
    parent, sub = items[parent_index], items[parent_index + 1]
    mover = items[parent_index - 2]
    assert not mover.sub_item and not parent.sub_item
    _ok(cli("agenda", "move-item", meeting.date.isoformat(), mover.number, "--to", parent.number))
    after = [i.id for i in agenda.load_agenda(demo_store, meeting.id).items]
    assert after[after.index(sub.id) - 1] == parent.id  # the sub-item still follows its own item


def test_chase_writes_one_draft_per_presenter_with_an_address(demo_store, tmp_path, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    # A meeting well ahead of the real today, so that its papers are awaited whenever this runs.
    day = dt.date.today() + dt.timedelta(days=70)
    day += dt.timedelta(days=(2 - day.weekday()) % 7)
    meeting_id, _ = meetings.add_meeting(demo_store, meetings.MeetingInput(day, dt.time(14, 0), theme="Being Heard"),
                                         anyway=True)  # its working group's chair has no e-mail address
    made = _ok(here("agenda", "create", str(meeting_id)))
    assert made.startswith("Built the agenda from the board's template: ")

    rows = json.loads(_ok(here("agenda", "chase", str(meeting_id), "--json")))
    # (but the performance report, which the pack makes from the demo's figures)
    expected = [i for i in agenda.load_agenda(demo_store, meeting_id).items
                if i.paper_expected and i.title != "Performance report"]
    assert [r["item_id"] for r in rows] == [i.id for i in expected]
    assert {r["state"] for r in rows} == {"awaited"}
    assert all(r["deadline"] == working_days_back(day, 10).isoformat() for r in rows)
    with_address = [r for r in rows if r["email"]]
    without = [r for r in rows if not r["email"]]
    assert with_address and without

    listed = _ok(here("agenda", "chase", str(meeting_id), "--list"))
    assert "(no e-mail)" in listed and not (demo_store.paths.exports / "chase").exists()

    out_dir = tmp_path / "drafts"
    out = _ok(cli("agenda", "chase", str(meeting_id), "-o", str(out_dir)))
    drafts = sorted(out_dir.glob("*.eml"))
    assert len(drafts) == len(with_address)
    assert out.count("Wrote ") == len(drafts) and "nothing has been sent" in out
    for r in without:
        assert f"Note: no e-mail draft for item {r['number']}, “{r['title']}”: " in out
    sent_to = []
    for path in drafts:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert msg["X-Unsent"] == "1" and f"{day.day} {day:%B %Y}" in msg["Subject"]
        row = next(r for r in with_address if r["title"] in msg["Subject"] and f"item-{r['number']}-" in path.name)
        assert [a.addr_spec for a in msg["To"].addresses] == [row["email"]]  # with the name (issue 19)
        assert "Pledge" in msg.get_body(preferencelist=("plain",)).get_content()
        sent_to.append(row["item_id"])
    assert sorted(sent_to) == sorted(r["item_id"] for r in with_address)


# --- work programme --------------------------------------------------------------------------------

def test_work_programme_check_grid_and_rules(demo_store, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    coverage = work_programme.coverage(demo_store, 2026)
    over = [p for p in coverage.problems if p.kind == "over time"]
    assert over and not coverage.ok

    checked = cli("work-programme", "check", "--year", "2026")
    assert checked.returncode == 1 and checked.stderr == ""
    n = len(coverage.problems)
    assert checked.stdout.startswith(f"2026/27: {n} thing{'s' if n != 1 else ''} to look at:")
    for p in coverage.problems:
        assert f"  - {p.text}\n" in checked.stdout
    as_json = json.loads(here("work-programme", "check", "--year", "2026", "--json").stdout)
    assert as_json["ok"] is False and as_json["year"] == "2026/27"
    assert [(p["kind"], p["text"], p["meeting_id"]) for p in as_json["problems"]] == [
        (p.kind, p.text, p.meeting_id) for p in coverage.problems]

    grid = work_programme.grid(demo_store, 2026)
    data = json.loads(_ok(cli("work-programme", "grid", "--year", "2026", "--json")))
    assert data["year"] == "2026/27"
    assert [m["date"] for m in data["meetings"]] == [m.date.isoformat() for m in grid.meetings]
    assert [r["title"] for r in data["rows"]] == [r.title for r in grid.rows]
    for r, g in zip(data["rows"], grid.rows, strict=True):
        assert list(r["cells"].values()) == list(g.cells)
    assert {c for r in data["rows"] for c in r["cells"].values()} >= {"presented", "planned"}
    assert _ok(here("work-programme", "grid", "--year", "2026")).startswith("Work programme 2026/27\n")

    rules = json.loads(_ok(here("work-programme", "rules", "--json")))
    assert [(r["id"], r["title"]) for r in rules] == [(r.id, r.title) for r in work_programme.list_rules(demo_store)]
    before = settled_sha256(demo_store)
    _refused(here("work-programme", "add-rule", "--title", "X", "--frequency", "annual", "--months", "6,13"),
             "“13” is not a month number")
    _refused(here("work-programme", "edit-rule", "999", "--title", "Y"), "no report rule with id 999")
    assert settled_sha256(demo_store) == before
    added = _ok(here("work-programme", "add-rule", "--title", "Christmas arrangements", "--frequency", "annual",
                     "--months", "11", "--theme", "being heard"))
    rule_id = int(added.rsplit("(id ", 1)[1].split(")")[0])
    assert work_programme.list_rules(demo_store)[-1].theme == "Being Heard"
    assert f"Changed report rule {rule_id}." in _ok(here("work-programme", "edit-rule", str(rule_id),
                                                         "--frequency", "bi_annual", "--theme", ""))
    [rule] = [r for r in work_programme.list_rules(demo_store) if r.id == rule_id]
    assert (rule.frequency, rule.preferred_months, rule.priority_id) == ("bi_annual", "11", None)

    empty = here("work-programme", "check", "--year", "2031")
    assert empty.returncode == 1 and "2031/32 has no board meetings" in empty.stdout


def test_the_agenda_template_is_edited_from_the_command_line(data_paths, capsys):
    """template-add/-edit/-move change what the next agenda is built from; a bad edit saves nothing."""
    base = ["--data-dir", str(data_paths.root)]

    def cli(*args: str) -> tuple[int, str, str]:
        code = cli_main([*base, *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert cli("agenda", "template")[0] == 0
    before = json.loads(cli("agenda", "template", "--json")[1])
    standing = [n for n, t in enumerate(before, start=1) if t["section"] == "standing"]
    director = next(n for n, t in enumerate(before, start=1) if t["title"] == "Director's briefing")
    assert cli("agenda", "template-add", "--title", "Care leavers' forum report", "--section", "standing",
               "--paper", "--duration", "10", "--after", str(standing[-1]))[0] == 0
    assert cli("agenda", "template-edit", str(director), "--no-active")[0] == 0
    after = json.loads(cli("agenda", "template", "--json")[1])
    added = next(n for n, t in enumerate(after, start=1) if t["title"] == "Care leavers' forum report")
    assert cli("agenda", "template-move", str(added), "--to", str(standing[0]))[0] == 0

    code, _out, err = cli("agenda", "template-edit", "1", "--title", "")
    assert code == 1 and "needs a title" in err
    code, _out, err = cli("agenda", "template-edit", "99", "--title", "x")
    assert code == 1 and "items 1 to" in err

    assert cli("meetings", "plan", "--year", "2027")[0] == 0
    first = json.loads(cli("meetings", "list", "--year", "2027", "--json")[1])[0]
    assert cli("agenda", "create", str(first["id"]))[0] == 0
    titles = [i["title"] for i in json.loads(cli("agenda", "show", str(first["id"]), "--json")[1])["items"]]
    opening = [t["title"] for t in before if t["section"] == "opening"]
    assert titles[:len(opening)] == opening
    assert titles[len(opening)] == "Care leavers' forum report"  # moved to the first standing place
    assert "Director's briefing" not in titles


def test_agenda_settings_check_everything_before_saving_and_sign_the_drafts(demo_store, tmp_path, capsys):
    base = ["--data-dir", str(demo_store.paths.root)]
    before = settled_sha256(demo_store)
    assert cli_main([*base, "agenda", "settings", "--deadline-days", "8", "--contact-email", "jo@example"]) == 1
    assert "not an e-mail address" in capsys.readouterr().err
    assert settled_sha256(demo_store) == before  # the good deadline was not saved either
    assert cli_main([*base, "agenda", "settings", "--contact-name", "Jo Bloggs",
                     "--contact-email", "jo.bloggs@example.gov.uk", "--deadline-days", "8"]) == 0
    assert "Jo Bloggs <jo.bloggs@example.gov.uk>" in capsys.readouterr().out
    [row, *_] = [r for r in chase.chase_list(demo_store, today=dt.date(2026, 11, 23)) if r.email]
    assert row.deadline == working_days_back(row.meeting_date, 8)
    path = chase.write_chase(demo_store, row.item_id, tmp_path, today=dt.date(2026, 11, 23))
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["From"].addresses[0].addr_spec == "jo.bloggs@example.gov.uk"
    assert message["From"].addresses[0].display_name == "Jo Bloggs"


# --- presenters typed as the app shows them (issue 19, point 4) --------------------------------------

def test_a_presenter_typed_as_the_app_shows_it_links_to_that_person(demo_store):
    with demo_store.session() as session:
        sandhu = session.exec(select(Person).where(Person.surname == "Sandhu")).one()
    from cpo_desktop.model.rules import person_name

    shown = person_name(sandhu, public=False)
    assert shown == "Ms Harpreet Sandhu"  # how the agenda and the register write her
    day = D(2026, 12, 9)
    for typed in (shown, "ms  harpreet   SANDHU", "Harpreet Sandhu", f"{shown}, Head Teacher"):
        person_id, seat_id, role = agenda.resolve_presenter(demo_store, typed, day)
        assert (person_id, seat_id) == (sandhu.id, None), typed
        assert role == ("Head Teacher" if typed.endswith("Teacher") else None)
    # A seat as the agenda shows it, "Chair (Cllr …)": the seat, not words.
    chair = next(i for i in agenda.load_agenda(demo_store, "4").items if i.presenter.startswith("Chair ("))
    assert agenda.resolve_presenter(demo_store, chair.presenter, day) == (None, chair.presenter_seat_id, None)
    # Positive control: a name nobody has stays words.
    assert agenda.resolve_presenter(demo_store, "Ms Harpreet Sandhurst", day) == (None, None, "Ms Harpreet Sandhurst")


def test_add_and_edit_item_say_whom_the_presenter_links_to_or_that_it_is_text_only(demo_store):
    cli = cli_for(demo_store)
    added = cli("agenda", "add-item", "4", "--title", "Virtual School update", "--presenter", "Ms Harpreet Sandhu")
    assert added.returncode == 0, added.stderr
    assert "The presenter is Ms Harpreet Sandhu; its paper is chased at harpreet.sandhu@" in added.stdout
    number = next(i.number for i in agenda.load_agenda(demo_store, "4").items if i.title == "Virtual School update")
    edited = cli("agenda", "edit-item", "4", number, "--presenter", "Head of Nobody in Particular")
    assert edited.returncode == 0, edited.stderr
    assert ("The presenter “Head of Nobody in Particular” is text only: it is nobody in the register, so its "
            "paper cannot be chased.") in edited.stdout
    # No --presenter: nothing said about it.
    retitled = cli("agenda", "edit-item", "4", number, "--title", "Virtual School: an update")
    assert "presenter" not in retitled.stdout.lower()


# --- the contact officer as four settings (issue 19, point 8) -----------------------------------------

def test_the_contact_officer_is_name_job_title_email_and_phone_with_no_suffix_of_its_own(demo_store, capsys):
    from cpo_desktop.services import packs, settings

    base = ["--data-dir", str(demo_store.paths.root)]
    with demo_store.session() as session:  # the demo board names one
        assert settings.contact(session).line() == ("Jo Lambert, Corporate Parenting Officer, "
                                                    "corporate.parenting@example.org, 0151 496 0123")
    before = settled_sha256(demo_store)
    assert cli_main([*base, "agenda", "settings", "--contact-phone", "ring me", "--contact-name", "X"]) == 1
    assert "not a telephone number" in capsys.readouterr().err
    assert settled_sha256(demo_store) == before  # nothing saved, not even the good name
    assert cli_main([*base, "agenda", "settings", "--contact-name", "Sam Hale", "--contact-job-title", "",
                     "--contact-phone", "+44 151 496 0777"]) == 0
    out = capsys.readouterr().out
    assert "The packs name as contact officer: Sam Hale, corporate.parenting@example.org, +44 151 496 0777." in out
    meeting = next(m for m in meetings.list_meetings(demo_store) if m.kind == "board" and m.status == "planned")
    sheet = packs.build_agenda(demo_store, meeting.id, public=True, target=None, today=DEMO_DAY)  # the demo's day
    from pypdf import PdfReader

    front = " ".join(PdfReader(sheet.path).pages[0].extract_text().split())
    assert "Contact officer: Sam Hale, corporate.parenting@example.org, +44 151 496 0777" in front
    assert "Corporate Parenting Officer" not in front  # no job title set: nothing added to the name
