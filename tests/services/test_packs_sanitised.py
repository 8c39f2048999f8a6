"""Papers go into packs sanitised (``services.packs`` with ``packs.sanitise`` and
``packs.sanitise_word``), on real stores built by the real migrations and real packs written to
disk; each pack is read back by qpdf (every object, every stream's data), pdftotext and pikepdf.

A PDF paper carrying scripts, actions, a launch link, a form with scripts, embedded and attached
files goes into the public and the restricted pack without any of them, and the preflight names
each. A Word paper whose pictures are linked to a local web server (started here) and to a local
file, with an INCLUDEPICTURE field, is turned into PDF without a single request reaching the
server and without the pictures; the preflight names what was taken out. LibreOffice conversions
take seconds: this module makes three.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from hostile_files import (HOSTILE_WORDS, WEB_LINK, Recorder, forbidden_in, hostile_pdf, image_count, linked_docx,
                           links_in, picture)

from cpo_desktop.packs import word_pdf
from cpo_desktop.services import agenda, exchange, meetings, packs

pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "qpdf")), reason="needs poppler and qpdf")
needs_libreoffice = pytest.mark.skipif(packs.soffice() is None, reason="LibreOffice is not installed")


def page_texts(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def item_pages(path: Path, number: str) -> list[int]:
    """The pages stamped as the item's."""
    return [i for i, text in enumerate(page_texts(path)) if f"Agenda Item {number} · Page" in text]


def new_meeting(store) -> int:
    meeting, _ = meetings.add_meeting(store, meetings.MeetingInput(date=dt.date.today() + dt.timedelta(days=60),
                                                                   start_time=dt.time(14), venue="Bootle Town Hall"),
                                      anyway=True)
    agenda.create_agenda(store, meeting)
    for row in agenda.load_agenda(store, meeting).items:
        if not exchange.PARTNER_ITEM.search(row.title):
            agenda.remove_item(store, row.id)
    return meeting


def add_paper(store, meeting: int, title: str, path: Path) -> str:
    item = agenda.add_item(store, meeting, agenda.ItemInput(title=title, duration_minutes=5))
    agenda.attach_paper(store, item, path)
    return next(r.number for r in agenda.load_agenda(store, meeting).items if r.id == item)


def sanitised_issue(report, paper: str):
    [issue] = [i for i in report.issues if i.paper == paper and "removed from the pack" in i.problem]
    return issue


def test_a_hostile_paper_goes_into_both_packs_without_what_could_run_and_the_preflight_names_it(store, tmp_path):
    meeting = new_meeting(store)
    number = add_paper(store, meeting, "Local Offer update", hostile_pdf(tmp_path / "local-offer.pdf", "HOSTILE", 2))
    words = ", ".join(HOSTILE_WORDS[:-1]) + " and " + HOSTILE_WORDS[-1]
    for public in (True, False):
        report = packs.preflight(store, meeting, public=public)
        issue = sanitised_issue(report, "local-offer.pdf")
        assert issue.severity == packs.WARNING and issue.item == number
        assert issue.problem == f"carried {words}; they are removed from the pack."
        assert issue.text.startswith(f"Item {number}: “local-offer.pdf” carried 2 scripts that ran when the file "
                                     "opened, a script that ran when a page opened, 2 scripts in form fields, a link "
                                     "that starts a program, an embedded file, a file attached to a page")
        assert issue.action
        assert report.papers == 1 and report.paper_pages == 2  # it goes in

        target = tmp_path / "out" / f"{'public' if public else 'restricted'}.pdf"
        result = packs.build_agenda(store, meeting, public=public, target=target)
        assert forbidden_in(result.path) == []
        pages = item_pages(result.path, number)
        texts = page_texts(result.path)
        assert [("PAPER-HOSTILE-P1" in texts[i], "PAPER-HOSTILE-P2" in texts[i]) for i in pages] == [
            (True, False), (False, True)]
        assert links_in(result.path) == [WEB_LINK]  # the web link stays, the others go
        assert result.left_out == [] and any("removed from the pack" in n for n in result.notes)


def test_the_preflight_reads_each_paper_once(store, tmp_path, monkeypatch):
    from cpo_desktop.packs import sanitise

    meeting = new_meeting(store)
    add_paper(store, meeting, "Performance report", hostile_pdf(tmp_path / "once.pdf", "ONCE", 1))
    calls = []
    real = sanitise.sanitise
    monkeypatch.setattr(sanitise, "sanitise", lambda pdf, **kw: calls.append(1) or real(pdf, **kw))
    first = packs.preflight(store, meeting, public=True)
    assert len(calls) == 1
    for public in (True, False, True):
        assert sanitised_issue(packs.preflight(store, meeting, public=public), "once.pdf") == \
            sanitised_issue(first, "once.pdf")
    assert len(calls) == 1  # the same content is read once, whichever pack


def test_a_paper_too_tangled_to_check_is_left_out(store, tmp_path, monkeypatch):
    from cpo_desktop.packs import sanitise

    meeting = new_meeting(store)
    number = add_paper(store, meeting, "Tangled report", hostile_pdf(tmp_path / "tangled.pdf", "TANGLED", 1))
    monkeypatch.setattr(sanitise, "NODE_LIMIT", 5)  # (a real one takes a million objects: too slow here)
    report = packs.preflight(store, meeting, public=True)
    [issue] = [i for i in report.issues if i.paper == "tangled.pdf"]
    assert issue.severity == packs.LEFT_OUT and "cannot be checked for scripts" in issue.problem
    result = packs.build_agenda(store, meeting, public=True, target=tmp_path / "pack.pdf")
    [page] = item_pages(result.path, number)
    assert "PAPER-TANGLED" not in " ".join(page_texts(result.path))
    assert "could not be checked" in page_texts(result.path)[page]


@needs_libreoffice
def test_a_word_paper_with_linked_pictures_is_converted_without_fetching_them(store, tmp_path):
    local = picture(tmp_path / "on-this-computer.png", (30, 30, 200))
    served = picture(tmp_path / "served.png", (200, 30, 30))
    meeting = new_meeting(store)
    with Recorder(served) as server:
        paper = linked_docx(tmp_path / "virtual-school.docx",
                            [(served, server.url("tracker.png")), (local, local.as_uri())],
                            key="VIRTUALSCHOOL", field_url=server.url("field.png"))
        number = add_paper(store, meeting, "Virtual School report", paper)
        before = packs.preflight(store, meeting, public=False)
        issue = sanitised_issue(before, "virtual-school.docx")
        assert issue.severity == packs.WARNING
        assert issue.problem == ("carried 2 pictures linked from outside the file and a field that fetches a "
                                 "picture (INCLUDEPICTURE); they are removed from the pack.")
        built = {}
        for public in (False, True):  # converted once, for the restricted pack; the public one reuses it
            built[public] = packs.build_agenda(store, meeting, public=public,
                                               target=tmp_path / "out" / f"{public}.pdf").path
        assert server.requests == []
    for path in built.values():
        pages = item_pages(path, number)
        assert pages
        text = " ".join(" ".join(page_texts(path)[i] for i in pages).split())
        assert "VIRTUALSCHOOL before" in text and "VIRTUALSCHOOL after" in text
        assert "VIRTUALSCHOOL field result" in text  # the field's last result stays, as plain text
        assert image_count(path, pages) == 0  # neither picture is in the pack
        assert forbidden_in(path) == []
    assert sanitised_issue(packs.preflight(store, meeting, public=True), "virtual-school.docx") == issue
    # the conversion ran in a private folder inside the data folder, removed afterwards
    assert not [p for p in store.paths.tmp.glob("convert-*")]


@needs_libreoffice
def test_libreoffice_cannot_fetch_even_what_cleaning_would_miss(tmp_path):
    """The second wall on its own: an uncleaned paper, converted with the throw-away profile."""
    local = picture(tmp_path / "on-this-computer.png", (30, 30, 200))
    served = picture(tmp_path / "served.png", (200, 30, 30))
    with Recorder(served) as server:
        paper = linked_docx(tmp_path / "raw.docx", [(served, server.url("raw.png")), (local, local.as_uri())],
                            key="RAW")
        work = tmp_path / "work"
        work.mkdir()
        made = word_pdf.convert(packs.soffice(), paper, work, timeout=packs.CONVERT_TIMEOUT_S)
        assert made is not None and "RAW before" in " ".join(page_texts(made))
        assert server.requests == []
    assert image_count(made) == 0
    profile = (work / "profile" / "user" / "registrymodifications.xcu").read_text()
    for setting in ("DisableMacrosExecution", "BlockUntrustedRefererLinks", "ooInetNoProxy"):
        assert setting in profile
