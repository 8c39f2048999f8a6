"""Papers attached to a partner package (``exchange export --paper``) go sanitised, by the same
rules as a pack's pages (``packs.sanitise``, ``packs.sanitise_word``): the file in the package's
folder and the copy attached to its e-mail draft are read back (qpdf for the PDF, every object
and every stream's data; the zip and python-docx for the Word paper), and the command says what
was taken out of which paper. A paper with nothing to take out goes byte for byte as stored
(tests/exchange/test_exchange_outgoing.py).

The demo board, loaded as if today were 23 November 2026: August's minutes (12/08/2026) are
confirmed and owed to the Health and Wellbeing Board.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from email import policy
from email.parser import BytesParser
from pathlib import Path

import docx
import pytest
from conftest import cli_ok, here_for
from hostile_files import HOSTILE_WORDS, WEB_LINK, forbidden_in, hostile_pdf, linked_docx, links_in, picture
from pypdf import PdfReader

from cpo_desktop.exchange import outgoing
from cpo_desktop.services import agenda

DEMO_TODAY = dt.date(2026, 11, 23)
AUGUST = 2


def attach(store, path: Path) -> int:
    item = next(i for i in agenda.load_agenda(store, AUGUST, today=DEMO_TODAY).items
                if i.part == 1 and not i.title.startswith("Partner"))
    return agenda.attach_paper(store, item.id, path)


def attachment(eml: Path, name: str) -> bytes:
    msg = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    [part] = [a for a in msg.iter_attachments() if a.get_filename() == name]
    return part.get_payload(decode=True)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="needs qpdf")
def test_a_hostile_pdf_paper_goes_to_a_partner_without_what_could_run(demo_store, tmp_path, capsys):
    paper_id = attach(demo_store, hostile_pdf(tmp_path / "local-offer.pdf", "HOSTILE", 2))
    folder = tmp_path / "to HWB"
    out = cli_ok(here_for(demo_store, capsys)("exchange", "export", "2026-08-12", "--partner", "HWB", "-o",
                                               str(folder), "--paper", str(paper_id)))
    words = ", ".join(HOSTILE_WORDS[:-1]) + " and " + HOSTILE_WORDS[-1]
    assert f"Taken out of “local-offer.pdf”: {words}.\n" in out
    sent = folder / "local-offer.pdf"
    assert forbidden_in(sent) == []
    assert links_in(sent) == [WEB_LINK]
    eml = next(folder.glob("*.eml"))
    assert attachment(eml, "local-offer.pdf") == sent.read_bytes()  # the e-mail carries the same clean copy
    text = " ".join(page.extract_text() for page in PdfReader(sent).pages)
    assert "PAPER-HOSTILE-P1" in text and "PAPER-HOSTILE-P2" in text
    # the stored paper itself is the author's, unchanged
    stored = next(p for i in agenda.load_agenda(demo_store, AUGUST, today=DEMO_TODAY).items for p in i.papers
                  if p.id == paper_id)
    assert forbidden_in(agenda.paper_file(demo_store, stored)) != []


def test_a_word_paper_goes_to_a_partner_without_its_outside_links(demo_store, tmp_path):
    red, blue = picture(tmp_path / "red.png", (200, 30, 30)), picture(tmp_path / "blue.png", (30, 30, 200))
    paper_id = attach(demo_store, linked_docx(tmp_path / "virtual-school.docx",
                                              [(red, "http://127.0.0.1:9/tracker.png"), (blue, blue.as_uri())],
                                              key="VIRTUALSCHOOL", field_url="http://127.0.0.1:9/field.png"))
    package = outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg", papers=[paper_id], today=DEMO_TODAY)
    assert package.removed == ("“virtual-school.docx”: 2 pictures linked from outside the file and a field that "
                               "fetches a picture (INCLUDEPICTURE)",)
    [sent] = package.papers
    data = sent.read_bytes()
    assert attachment(package.eml, sent.name) == data
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            content = z.read(name)
            assert b"127.0.0.1" not in content and b"file:" not in content and b"External" not in content, name
            assert b"INCLUDEPICTURE" not in content, name
    text = " ".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "VIRTUALSCHOOL before" in text and "VIRTUALSCHOOL field result" in text
