"""Files and names chosen by an attacker or a careless hand: each refused in one line (exit 1),
nothing written, never a traceback, never all the memory (issue 17, finding 9).

The commands run through the CLI's own entry point in this process (``here_for``): a refusal is
one line on stderr and the database and document store are as they were.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import random
import sys
import threading
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from conftest import cli_ok, cli_refused, here_for, marked_pdf, store_settled_sha256, stored_files
from sqlmodel import select

from cpo_desktop.model.tables import ExchangeDocument, Person
from cpo_desktop.services import library, minutes, papers

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="devices and pipes are POSIX")

DECEMBER = "2026-12-09"  # the demo board's meeting after 23/11/2026, with its agenda
ITEM = "5"


@contextlib.contextmanager
def fifo(path: Path):
    """A named pipe at ``path``. Should the code under test open it, it is given end-of-file after
    a moment (rather than hang the test run), so it reads an empty file instead of being refused."""
    os.mkfifo(path)
    stop = threading.Event()

    def unblock() -> None:
        while not stop.wait(0.2):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)  # fails while nobody reads
            except OSError:
                continue
            os.close(fd)

    thread = threading.Thread(target=unblock, daemon=True)
    thread.start()
    try:
        yield path
    finally:
        stop.set()
        thread.join()


def device(tmp_path: Path, name: str) -> Path:
    """``name`` in ``tmp_path``: a link to /dev/zero, which never ends."""
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    return link


def minute_id(store) -> int:
    return minutes.load(store, 2).minutes[0].id


def _commands(store, path: Path) -> dict[str, tuple[str, ...]]:
    return {
        "paper": ("agenda", "attach", DECEMBER, ITEM, str(path)),
        "members CSV": ("members", "import", str(path)),
        "e-mail": ("exchange", "import", str(path), "--partner", "HWB", "--meeting-date", "04/11/2026"),
        "library text": ("library", "edit", "welcome", "--file", str(path)),
        "minute text": ("minutes", "write", str(minute_id(store)), "--file", str(path)),
    }


@pytest.mark.parametrize("what", ["paper", "members CSV", "e-mail", "library text", "minute text"])
@pytest.mark.parametrize("kind", ["/dev/zero", "a named pipe"])
def test_a_device_or_a_pipe_is_refused_without_reading_it(demo_store, tmp_path, capsys, what, kind):
    suffix = {"paper": ".pdf", "members CSV": ".csv", "e-mail": ".eml"}.get(what, ".txt")
    here = here_for(demo_store, capsys)
    path = tmp_path / f"input{suffix}"
    args = _commands(demo_store, path)[what]
    before, files = store_settled_sha256(demo_store), stored_files(demo_store)
    welcome = library.get_text(demo_store, "welcome").body
    with contextlib.ExitStack() as stack:
        if kind == "/dev/zero":
            device(tmp_path, path.name)
        else:
            stack.enter_context(fifo(path))
        cli_refused(here(*args), f"“{path.name}” is not an ordinary file", "device, a pipe or a socket")
    assert store_settled_sha256(demo_store) == before and stored_files(demo_store) == files
    assert library.get_text(demo_store, "welcome").body == welcome


def test_standard_input_is_read_only_up_to_the_limit(demo_store, tmp_path, capsys, monkeypatch):
    here = here_for(demo_store, capsys)
    before = store_settled_sha256(demo_store)
    with open("/dev/zero", "rb") as zeros:  # `library edit --file - < /dev/zero`
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(zeros))
        cli_refused(here("library", "edit", "welcome", "--file", "-"), "Standard input holds more than the 1 MB limit")
    assert store_settled_sha256(demo_store) == before


def test_a_text_file_over_the_limit_is_refused_before_it_is_read(demo_store, tmp_path, capsys):
    here = here_for(demo_store, capsys)
    big = tmp_path / "discussion.txt"
    with open(big, "wb") as fh:
        fh.truncate(3 * 1024 * 1024)  # sparse: three MB of nothing
    before = store_settled_sha256(demo_store)
    cli_refused(here("minutes", "write", str(minute_id(demo_store)), "--file", str(big)),
                "“discussion.txt” is 3.0 MB, larger than the 1 MB limit for a minute's text")
    assert store_settled_sha256(demo_store) == before


# --- Word files that unpack to far more than they weigh -------------------------------------------

def docx_with_body(write_body) -> bytes:
    """A real .docx (python-docx's template) whose body is written by ``write_body(stream)``."""
    document = docx.Document()
    buf = io.BytesIO()
    document.save(buf)
    template = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    head, tail = template.read("word/document.xml").split(b"<w:body>", 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in template.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info, template.read(info.filename))
        with archive.open("word/document.xml", "w") as stream:
            stream.write(head + b"<w:body>")
            write_body(stream)
            stream.write(tail)
    return out.getvalue()


def bomb(megabytes: int) -> bytes:
    """A few hundred KB whose word/document.xml unpacks to ``megabytes`` MB of paragraphs."""
    chunk = b"<w:p><w:r><w:t>Corporate Parenting Board</w:t></w:r></w:p>" * 16384

    def body(stream):
        for _ in range(megabytes * 1024 * 1024 // len(chunk)):
            stream.write(chunk)
    return docx_with_body(body)


def dense(nodes: int) -> bytes:
    """A document of ``nodes`` attributes and empty paragraphs, random enough not to pack well:
    a few MB that python-docx would parse into a tree of hundreds of MB."""
    rng = random.Random(17)

    def body(stream):
        for _ in range(nodes // 4):
            stream.write(b'<w:p w:rsidR="%08X" w:rsidRDefault="%08X" w:rsidP="%08X"/>'
                         % (rng.getrandbits(32), rng.getrandbits(32), rng.getrandbits(32)))
    return docx_with_body(body)


def test_a_word_bomb_is_refused_before_it_is_unpacked(demo_store, tmp_path, capsys):
    data = bomb(300)
    assert len(data) < 1024 * 1024
    path = tmp_path / "Budget report.docx"
    path.write_bytes(data)
    here = here_for(demo_store, capsys)
    before, files = store_settled_sha256(demo_store), stored_files(demo_store)
    cli_refused(here("agenda", "attach", DECEMBER, ITEM, str(path)),
                "“Budget report.docx” unpacks to far more data than a Word document should", "save it as PDF")
    cli_refused(here("exchange", "import", str(path), "--partner", "HWB", "--meeting-date", "04/11/2026"),
                "unpacks to far more data")
    assert store_settled_sha256(demo_store) == before and stored_files(demo_store) == files


def test_word_markup_too_dense_to_parse_safely_is_refused(tmp_path):
    data = dense(800_000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # within the size and ratio bounds
        info = archive.getinfo("word/document.xml")
        assert info.file_size < papers.MAX_XML_PART and info.file_size < papers.MAX_RATIO * info.compress_size
    with pytest.raises(papers.PaperError, match="holds more Word markup than the app can check safely"):
        papers.check_bytes("Scorecard.docx", data)


def word_like(paragraphs: int, seed: int = 5) -> bytes:
    """A long report as Word writes it (``hostile_files.word_paragraphs``), with a table row every
    tenth paragraph."""
    from hostile_files import word_paragraphs

    def body(stream):
        for n, p in enumerate(word_paragraphs(paragraphs, seed)):
            if n % 10 == 9:
                cell = '<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>'
                p = f"<w:tbl><w:tr>{cell}{p}</w:tc></w:tr></w:tbl><w:p/>"
            stream.write(p.encode())
    return docx_with_body(body)


def test_a_long_ordinary_document_is_still_accepted(tmp_path):
    path = tmp_path / "Annual report.docx"
    path.write_bytes(word_like(8000))  # 190,000 words: some 400 pages
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size > 5 * 1024 * 1024
    checked = papers.read_and_check(path)
    assert checked.kind == "docx"
    text = papers.extract_text(path, "docx")
    assert text.count("\n") >= 7999 and "board" in text


def test_the_text_kept_of_a_document_is_bounded(demo_store, tmp_path, monkeypatch):
    from cpo_desktop.exchange import incoming

    rng = random.Random(9)
    words = [bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))) for _ in range(500)]

    def body(stream):  # one paragraph of some 6 million characters of words
        stream.write(b"<w:p><w:r><w:t>")
        size = 0
        while size < 6_000_000:
            piece = b" ".join(rng.choice(words) for _ in range(1000)) + b" "
            stream.write(piece)
            size += len(piece)
        stream.write(b"</w:t></w:r></w:p>")
    path = tmp_path / "HWB minutes 4 November 2026.docx"
    path.write_bytes(docx_with_body(body))
    received = incoming.import_file(demo_store, path, "HWB", today=dt.date(2026, 11, 23))
    with demo_store.session() as session:
        [doc] = session.exec(select(ExchangeDocument).where(ExchangeDocument.exchange_id == received.exchange_id))
        assert 5_000_000 > len(doc.text) > papers.MAX_TEXT_CHARS - 20
        assert papers.MAX_TEXT_CHARS == 4_000_000


def test_the_text_of_a_pdf_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(papers, "MAX_TEXT_CHARS", 30)
    path = marked_pdf(tmp_path / "long.pdf", "LONG", pages=5)
    text = papers.extract_text(path, "pdf")
    assert text.startswith("PAPER-LONG-P1") and len(text) == 30


# --- e-mails nested inside each other --------------------------------------------------------------

def nested_email(depth: int, *, forwarded: bool) -> bytes:
    """An e-mail with a PDF at the bottom of ``depth`` forwarded e-mails (or multiparts) in each other."""
    inner = EmailMessage()
    inner["From"], inner["To"], inner["Subject"] = "hwb@example.org", "cpo@example.org", "Minutes 4 November 2026"
    inner.set_content("Attached.")
    inner.add_attachment(b"%PDF-1.4 not really", maintype="application", subtype="pdf", filename="minutes.pdf")
    data = inner.as_bytes()
    for n in range(depth):
        if forwarded:
            data = (b"From: a@example.org\r\nTo: b@example.org\r\nSubject: Fwd: minutes\r\nMIME-Version: 1.0\r\n"
                    b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\nContent-Type: message/rfc822\r\n'
                    b"Content-Disposition: attachment\r\n\r\n" % (n, n)) + data + b"\r\n--b%d--\r\n" % n
        else:
            data = (b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (n, n) + data
                    + b"\r\n--b%d--\r\n" % n)
    if not forwarded:
        data = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: Minutes\r\nMIME-Version: 1.0\r\n" + data
    return data


@pytest.mark.parametrize("forwarded", [True, False], ids=["forwarded e-mails", "multiparts"])
@pytest.mark.parametrize("depth", [11, 1000])
def test_an_email_nested_too_deep_is_refused_in_one_line(demo_store, tmp_path, capsys, forwarded, depth):
    path = tmp_path / "Fwd minutes.eml"
    path.write_bytes(nested_email(depth, forwarded=forwarded))
    here = here_for(demo_store, capsys)
    before = store_settled_sha256(demo_store)
    cli_refused(here("exchange", "import", str(path), "--partner", "HWB"),
                "“Fwd minutes.eml” cannot be read as an e-mail", "nested more than 10 deep")
    assert store_settled_sha256(demo_store) == before


def test_an_email_nested_a_few_deep_still_gives_its_minutes(demo_store, tmp_path):
    from cpo_desktop.exchange import incoming

    pdf = marked_pdf(tmp_path / "m.pdf", "NESTED").read_bytes()
    path = tmp_path / "Fwd minutes.eml"
    msg = EmailMessage()  # a real PDF at the bottom, in base64 as mail carries it
    msg["From"], msg["To"], msg["Subject"] = "hwb@example.org", "cpo@example.org", "Minutes 4 November 2026"
    msg.set_content("Attached.")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="minutes 4 November 2026.pdf")
    data = msg.as_bytes()
    for n in range(3):
        data = (b"From: a@example.org\r\nTo: b@example.org\r\nSubject: Fwd: minutes\r\nMIME-Version: 1.0\r\n"
                b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\nContent-Type: message/rfc822\r\n'
                b"Content-Disposition: attachment\r\n\r\n" % (n, n)) + data + b"\r\n--b%d--\r\n" % n
    path.write_bytes(data)
    offered = incoming.read(path)
    assert [d.data for d in offered.documents] == [pdf]


# --- names with hidden control characters ------------------------------------------------------------

@pytest.mark.parametrize("text,shown", [("Le\x00e", "U+0000, null"), ("Lee\x07", "U+0007, bell"),
                                        ("\u202eeeL", "U+202E, right-to-left override"),
                                        ("Lee\u2066", "U+2066, left-to-right isolate")])
def test_members_add_refuses_hidden_control_characters(demo_store, capsys, text, shown):
    here = here_for(demo_store, capsys)
    before = store_settled_sha256(demo_store)
    cli_refused(here("members", "add", "--first-name", "Ann", "--surname", text),
                f"The surname contains a hidden control character ({shown})")
    cli_refused(here("members", "add", "--first-name", "Ann", "--surname", "Lee", "--job-title", f"Head {text}"),
                "the job title contains a hidden control character")
    cli_refused(here("members", "add", "--first-name", "Ann", "--surname", "Lee", "--organisation", text),
                "the organisation contains a hidden control character")
    assert store_settled_sha256(demo_store) == before
    with demo_store.session() as session:
        assert not session.exec(select(Person).where(Person.first_name == "Ann")).all()


def test_members_edit_refuses_them_too_and_ordinary_accents_pass(demo_store, capsys):
    here = here_for(demo_store, capsys)
    out = cli_ok(here("members", "add", "--first-name", "Zoë", "--surname", "O'Brien-Ní Dhuibhir",
                      "--notes", "Line one\n\tLine two"))
    person_id = int(out.rsplit("(id ", 1)[1].split(")")[0])
    cli_refused(here("members", "edit", str(person_id), "--first-name", "Zo\u200fë"),
                "The first name contains a hidden control character (U+200F, right-to-left mark)")


def test_officers_appointments_and_training_refuse_them_too(demo_store):
    from cpo_desktop.services import officers, register

    before = store_settled_sha256(demo_store)
    with demo_store.session() as session:
        person_id = session.exec(select(Person.id)).first()
    with pytest.raises(register.RegisterError, match="The role contains a hidden control character"):
        officers.add_officer(demo_store, officers.OfficerInput(role="Head of Service\u202e"))
    with pytest.raises(register.RegisterError, match="The note contains a hidden control character"):
        register.add_training(demo_store, person_id, register.TrainingInput(date=dt.date(2026, 11, 1), notes="ok\x07"))
    with pytest.raises(register.RegisterError, match="Who appointed them contains"):
        register.appoint(demo_store, person_id, 1, dt.date(2026, 11, 1), appointed_by="Full\x00Council")
    assert store_settled_sha256(demo_store) == before
