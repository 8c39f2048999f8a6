"""``cpo-desktop pack agenda | supplement | preflight | list``, run as a user would: through the
CLI's entry point on a real data folder (in this process; a fresh interpreter for the first test).
Boards are set up through the services; the PDFs written are read back with pdftotext and pypdf.
Refusals are one line on stderr, exit code 1, and leave the database file as it was (compared
after a WAL checkpoint) and no file written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import marked_pdf as make_pdf
from conftest import cli_for, fresh_cli_for, here_for
from conftest import cli_ok as ok
from conftest import cli_refused as refused
from conftest import store_settled_sha256 as settled_sha256
from pypdf import PdfReader

from cpo_desktop.cli import main as cli_main
from cpo_desktop.packs.agenda_pack import BLANK
from cpo_desktop.services import agenda, meetings, papers

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

FOOTER = re.compile(r"(?:Agenda Item (\S+) · )?Page (\d+)")


def texts(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")[:-1]
    assert len(pages) == len(PdfReader(path).pages)
    return pages


def stamps(pages: list[str]) -> list[tuple[str | None, int]]:
    out = []
    for text in pages:
        item, number = FOOTER.findall(text)[-1]
        out.append((item or None, int(number)))
    return out


@pytest.fixture
def board(store, tmp_path):
    """A meeting 60 days ahead: a two-page Local Offer, a fostering report awaited, a Part 2
    item with its paper, and a paper whose stored copy has gone missing."""
    day = dt.date.today() + dt.timedelta(days=60)
    meeting, _ = meetings.add_meeting(store, meetings.MeetingInput(date=day, start_time=dt.time(14),
                                                                   venue="Bootle Town Hall"), anyway=True)
    agenda.create_agenda(store, meeting)
    template = [row.id for row in agenda.load_agenda(store, meeting).items]

    def item(title, key=None, pages=1, **options):
        item_id = agenda.add_item(store, meeting, agenda.ItemInput(title=title, duration_minutes=5, **options))
        if key:
            agenda.attach_paper(store, item_id, make_pdf(tmp_path / f"{key}.pdf", key, pages))
        return item_id

    item("Local Offer", "LOCALOFFER", 2)
    perf = item("Fostering report")  # (not the performance report: the app makes that one)
    item("Virtual School report", "GONE", 1)
    item("Placement reviews", "PARTTWO", 3, part=2, exempt_paragraph=3)
    for item_id in template:  # only the items above remain (numbered 1 to 4)
        agenda.remove_item(store, item_id)
    assert [r.title for r in agenda.load_agenda(store, meeting).items] == [
        "Local Offer", "Fostering report", "Virtual School report", "Placement reviews"]
    gone = next(p for r in agenda.load_agenda(store, meeting).items for p in r.papers if p.original_name == "GONE.pdf")
    papers.document_path(store.paths, gone.sha256, gone.kind).unlink()
    return dict(store=store, meeting=meeting, day=day, perf=perf, ref=day.isoformat(), folder=tmp_path)


def test_pack_agenda_public_in_a_fresh_interpreter(board, tmp_path):
    target = tmp_path / "packs" / "public.pdf"
    out = ok(fresh_cli_for(board["store"])("pack", "agenda", board["ref"], "--public", "-o", str(target)))
    lines = out.splitlines()
    pages = texts(target)
    assert lines[0] == f"Wrote the public agenda pack: {target.absolute()} ({len(pages)} pages)."
    assert lines[1].startswith("  Left out – Item 3: The paper “GONE.pdf” is missing")
    assert any(line.startswith("  Note – Item 2 has no paper yet") for line in lines[2:])
    numbers = [n for _, n in stamps(pages)]
    assert numbers == list(range(1, len(pages) + 1))
    flat = " ".join(" ".join(pages).split())
    assert "PAPER-LOCALOFFER-P2" in flat and "PAPER-PARTTWO" not in flat
    assert "Public Document Pack" in pages[0]
    assert [p.name for p in target.parent.iterdir()] == ["public.pdf"]


def test_pack_agenda_restricted_and_duplex(board, tmp_path, capsys):
    here = here_for(board["store"], capsys)
    target = tmp_path / "restricted.pdf"
    out = ok(here("pack", "agenda", board["ref"], "--restricted", "-o", str(target)))
    pages = texts(target)
    assert out.startswith(f"Wrote the restricted agenda pack: {target.absolute()} ({len(pages)} pages).")
    part2 = [i for i, (item, _) in enumerate(stamps(pages)) if item == "4"]
    assert len(part2) == 3
    assert all("NOT FOR PUBLICATION – Part 2, paragraph 3" in pages[i] for i in part2)
    assert "Restricted – not for publication" in pages[0]

    duplex = tmp_path / "duplex.pdf"
    out = ok(here("pack", "agenda", board["ref"], "--restricted", "--duplex", "-o", str(duplex)))
    pages = texts(duplex)
    blanks = [i for i, t in enumerate(pages) if BLANK in t]
    assert blanks and len(pages) % 2 == 0
    assert f"  Note – {len(blanks)} blank page(s) added so each item starts on a right-hand page." in out
    marks = stamps(pages)
    assert [n for _, n in marks] == list(range(1, len(pages) + 1))
    for item in {it for it, _ in marks if it}:
        assert min(i for i, (it, _) in enumerate(marks) if it == item) % 2 == 0


def test_pack_agenda_refusals_are_one_line_and_change_nothing(board, tmp_path, capsys):
    store = board["store"]
    here = here_for(store, capsys)
    sources = {"LOCALOFFER.pdf", "GONE.pdf", "PARTTWO.pdf"}  # the papers the fixture attached
    before = settled_sha256(store)
    refused(here("pack", "agenda", board["ref"], "--public", "-o", str(tmp_path / "pack.txt")), "does not end .pdf")
    refused(here("pack", "agenda", board["ref"], "--public", "-o", str(tmp_path)), "is a folder")
    refused(here("pack", "agenda", "2031-02-03", "--public", "-o", str(tmp_path / "none.pdf")), "2031")
    with pytest.raises(SystemExit) as exit_:
        cli_main(["--data-dir", str(store.paths.root), "pack", "agenda", board["ref"], "-o", str(tmp_path / "x.pdf")])
    assert exit_.value.code == 2  # --public or --restricted is required
    capsys.readouterr()
    assert settled_sha256(store) == before
    empty, _ = meetings.add_meeting(store, meetings.MeetingInput(date=board["day"] + dt.timedelta(days=7),
                                                                 start_time=dt.time(14)), anyway=True)
    before = settled_sha256(store)
    refused(here("pack", "agenda", str(empty), "--restricted", "-o", str(tmp_path / "empty.pdf")), "has no agenda yet")
    assert settled_sha256(store) == before
    meetings.set_status(store, board["meeting"], "cancelled", reason="Room unavailable")
    before = settled_sha256(store)
    line = refused(here("pack", "agenda", board["ref"], "--restricted", "-o", str(tmp_path / "c.pdf")), "is cancelled")
    assert "Choose another meeting" in line
    assert settled_sha256(store) == before
    assert {p.name for p in tmp_path.iterdir() if p.is_file()} == sources, "a refusal wrote a file"
    assert ok(here("pack", "list")) == "No packs have been built yet.\n"


def test_pack_supplement(board, tmp_path, capsys):
    store = board["store"]
    here = here_for(store, capsys)
    sup = tmp_path / "sup.pdf"
    before = settled_sha256(store)
    refused(here("pack", "supplement", board["ref"], "--public", "-o", str(sup)), "No public agenda pack")
    assert not sup.exists() and settled_sha256(store) == before

    main = tmp_path / "main.pdf"
    ok(here("pack", "agenda", board["ref"], "--public", "-o", str(main)))
    last = len(texts(main))
    before = settled_sha256(store)
    refused(here("pack", "supplement", board["ref"], "--restricted", "-o", str(sup)), "No restricted agenda pack")
    assert not sup.exists() and settled_sha256(store) == before
    # a report arrives for the item that was awaited
    agenda.attach_paper(store, board["perf"], make_pdf(tmp_path / "PERF.pdf", "PERF", 2))
    out = ok(cli_for(store)("pack", "supplement", board["ref"], "--public", "-o", str(sup)))
    pages = texts(sup)
    assert out.splitlines()[0] == (f"Wrote the public supplementary pack: {sup.absolute()} ({len(pages)} pages, "
                                   f"numbered {last + 1}–{last + len(pages)}).")
    marks = stamps(pages)
    assert [n for _, n in marks] == list(range(last + 1, last + 1 + len(pages)))
    flat = " ".join(" ".join(pages).split())
    assert "PAPER-PERF-P1" in flat and "PAPER-PERF-P2" in flat and "PAPER-LOCALOFFER" not in flat
    assert "Supplementary agenda pack" in pages[0]
    perf_pages = [last + 1 + i for i, (it, _) in enumerate(marks) if it == "2"]
    assert f"(Pages {perf_pages[0]} – {perf_pages[-1]})" in "\n".join(pages)


def test_pack_preflight(board, tmp_path, capsys):
    store = board["store"]
    here = here_for(store, capsys)
    before = settled_sha256(store)
    out = ok(here("pack", "preflight", board["ref"]))
    lines = out.splitlines()
    assert lines[0] == (f"Preflight of the restricted agenda pack for {board['day']:%d/%m/%Y}: "
                        "2 documents (5 pages) will go in; 1 left out; 1 to check.")
    assert "  [left out] Item 3: “GONE.pdf” is missing from the app's document store. Attach the paper again, or " \
           "restore a backup." in lines
    assert any(line.startswith("  [warning] Item 2 has no paper yet.") for line in lines)
    out = ok(here("pack", "preflight", board["ref"], "--public"))
    assert "1 document (2 pages) will go in" in out.splitlines()[0]
    assert "[note] Item 4 is Part 2 (paragraph 3)" in out
    report = json.loads(ok(here("pack", "preflight", board["ref"], "--public", "--json")))
    assert report["ok"] is True and report["version"] == "public" and report["meeting_date"] == board["ref"]
    assert (report["papers"], report["paper_pages"]) == (1, 2)
    severities = [i["severity"] for i in report["issues"]]
    assert severities == sorted(severities, key=["refused", "left out", "warning", "note"].index)
    assert all(i["action"] for i in report["issues"])
    assert settled_sha256(store) == before, "a preflight changed the database"

    meetings.set_status(store, board["meeting"], "cancelled", reason="Room unavailable")
    before = settled_sha256(store)
    result = here("pack", "preflight", board["ref"], "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["issues"][0]["severity"] == "refused"
    assert report["summary"].startswith("The pack cannot be built: the meeting of")
    result = here("pack", "preflight", board["ref"])
    assert result.returncode == 1
    assert re.search(r"^  \[refused\] The meeting of \d\d/\d\d/\d{4} is cancelled\. Choose another meeting\.$",
                     result.stdout, re.M), result.stdout
    assert settled_sha256(store) == before


def test_pack_list(board, tmp_path, capsys):
    store = board["store"]
    here = here_for(store, capsys)
    assert ok(here("pack", "list", "--json")) == "[]\n"
    ok(here("pack", "agenda", board["ref"], "--public", "-o", str(tmp_path / "a.pdf")))
    ok(here("pack", "agenda", board["ref"], "--restricted", "-o", str(tmp_path / "b.pdf")))
    rows = json.loads(ok(here("pack", "list", "--json")))
    assert [(r["kind"], r["version"], Path(r["path"]).name) for r in rows] == [
        ("agenda", "restricted", "b.pdf"), ("agenda", "public", "a.pdf")]  # newest first
    for r in rows:
        assert r["meeting_id"] == board["meeting"] and r["first_page"] == 1
        assert r["last_page"] == len(PdfReader(r["path"]).pages)
    text = ok(here("pack", "list")).splitlines()
    assert len(text) == 2
    day = board["day"]
    assert f"Agenda pack (restricted) – {day.day} {day:%b %Y}" in text[0] and str(tmp_path / "b.pdf") in text[0]
    assert f"pages 1–{rows[0]['last_page']}" in text[0]


def test_pack_preflight_on_the_demo_board(demo_store, capsys):
    report = json.loads(ok(here_for(demo_store, capsys)("pack", "preflight", "2026-12-09", "--public", "--json")))
    assert report["ok"] is True
    notes = " ".join(i["problem"] for i in report["issues"] if i["severity"] == "note")
    assert "SSCP minutes" in notes and "restricted" in notes and "Part 2" in notes
    assert "Word file" in notes


def test_annual_report_for_last_year_on_the_demo_and_a_year_without_meetings(demo_store, tmp_path):
    """Issue 19, point 13: ``pack annual-report 2025`` builds last year's report from the demo's
    records; a year with no meetings held is refused in one line saying which years have some."""
    cli = cli_for(demo_store)
    env = {"CPO_TODAY": "2026-11-23"}
    target = tmp_path / "report.pdf"
    out = ok(cli("pack", "annual-report", "2025", "-o", str(target), env=env))
    assert "Wrote the annual report" in out and "not over" not in out
    text = " ".join(" ".join(texts(target)).split())
    assert "Corporate Parenting Board Annual Report 2025/26" in text and "The board held 6 meetings in 2025/26" in text
    for shown in ("11 Jun 2025", "13 Aug 2025", "8 Oct 2025", "10 Dec 2025", "11 Feb 2026", "8 Apr 2026",
                  "Children missing from care: an individual case"):
        assert shown in text, shown

    before = settled_sha256(demo_store)
    line = refused(cli("pack", "annual-report", "2023", "-o", str(tmp_path / "2023.pdf"), env=env))
    assert line == ("cpo-desktop: No board meetings were held in 2023/24. Choose a year with held meetings "
                    "(2026/27 has 3, 2025/26 has 6) or record the meetings first (`cpo-desktop meetings add`, then "
                    "`cpo-desktop meetings held`). Nothing was written.")
    assert not (tmp_path / "2023.pdf").exists() and settled_sha256(demo_store) == before
