"""Checking and storing papers: real PDFs (reportlab, pypdf) and real .docx files (python-docx)."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import random
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from cpo_desktop.errors import UserError
from cpo_desktop.services import papers
from cpo_desktop.services.papers import (
    CheckedFile,
    PaperError,
    check_bytes,
    document_path,
    extract_text,
    read_and_check,
    store_document,
)

PDF_PHRASE = "Care leavers local offer"
DOCX_PHRASE = "Sufficiency strategy refresh"
CELL_PHRASE = "Virtual School Head"
NOISE = random.Random(20261123).randbytes(4096)  # the same "random" bytes on every run
OLD = 1_500_000_000  # a fixed past mtime, so "unchanged" does not depend on timer resolution


def make_pdf(pages: int = 3) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(1, pages + 1):
        c.drawString(72, 720, f"{PDF_PHRASE} - page {n}")
        c.showPage()
    c.save()
    return buf.getvalue()


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Report to the Corporate Parenting Board", level=1)
    document.add_paragraph(DOCX_PHRASE)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Author"
    table.cell(0, 1).text = CELL_PHRASE
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def encrypted_pdf(user_password: str, owner_password: str | None) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf()))
    writer.encrypt(user_password=user_password, owner_password=owner_password)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def zip_of(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buf.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refused(tmp_path: Path, name: str, data: bytes) -> str:
    """The message with which the file ``name`` holding ``data`` is refused."""
    with pytest.raises(PaperError) as info:
        read_and_check(write(tmp_path, name, data))
    message = str(info.value)
    assert f"“{name}”" in message  # every refusal names the file
    return message


# --- accepted ----------------------------------------------------------------------------------

def test_pdf_is_accepted_with_its_page_count_and_hash(tmp_path):
    data = make_pdf(3)
    checked = read_and_check(write(tmp_path, "Item 5 - Care leavers.pdf", data))

    assert checked.name == "Item 5 - Care leavers.pdf"
    assert checked.kind == "pdf"
    assert checked.pages == 3
    assert checked.sha256 == hashlib.sha256(data).hexdigest()
    assert checked.size == len(data)
    assert checked.data == data
    assert "data=" not in repr(checked)  # a repr in a log or traceback never dumps megabytes


def test_docx_is_accepted_without_a_page_count(tmp_path):
    data = make_docx()
    checked = read_and_check(write(tmp_path, "Sufficiency.docx", data))

    assert (checked.kind, checked.pages) == ("docx", None)
    assert checked.sha256 == hashlib.sha256(data).hexdigest()


def test_kind_comes_from_the_content_not_the_extension(tmp_path):
    assert read_and_check(write(tmp_path, "really-a-pdf.docx", make_pdf(1))).kind == "pdf"
    assert read_and_check(write(tmp_path, "really-a-docx.pdf", make_docx())).kind == "docx"
    assert read_and_check(write(tmp_path, "no-extension", make_pdf(2))).pages == 2


def test_check_bytes_keeps_the_name_as_given():
    checked = check_bytes("Annual report.PDF", make_pdf(1))
    assert (checked.name, checked.kind, checked.pages) == ("Annual report.PDF", "pdf", 1)


def test_paper_error_is_a_user_error_and_a_value_error():
    assert issubclass(PaperError, UserError) and issubclass(PaperError, ValueError)


# --- text --------------------------------------------------------------------------------------

def test_text_of_a_pdf_has_every_page(tmp_path):
    path = write(tmp_path, "paper.pdf", make_pdf(3))
    text = extract_text(path, "pdf")
    for n in (1, 2, 3):
        assert f"{PDF_PHRASE} - page {n}" in text


def test_text_of_a_docx_has_paragraphs_and_table_cells(tmp_path):
    path = write(tmp_path, "paper.docx", make_docx())
    text = extract_text(path, "docx")
    assert DOCX_PHRASE in text
    assert CELL_PHRASE in text
    assert text.index(DOCX_PHRASE) < text.index(CELL_PHRASE)  # document order


def test_text_of_an_unknown_kind_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError):
        extract_text(write(tmp_path, "x.txt", b"hello"), "txt")


# --- refused: PDFs -----------------------------------------------------------------------------

def test_pdf_with_a_user_password_is_refused(tmp_path):
    message = refused(tmp_path, "locked.pdf", encrypted_pdf("secret", None))
    assert "encrypted" in message and "without a password" in message


def test_pdf_encrypted_with_only_an_owner_password_is_refused(tmp_path):
    # It opens without a password, but it cannot be stamped or merged into the pack.
    message = refused(tmp_path, "owner-locked.pdf", encrypted_pdf("", "owner"))
    assert "encrypted" in message and "without a password" in message


def test_pdf_encrypted_in_a_way_pypdf_cannot_open_is_refused_as_encrypted_not_damaged(tmp_path):
    # pypdf raises NotImplementedError while opening it (as it does for AES without the
    # optional "cryptography" package); the user must still be told it is encrypted.
    data = encrypted_pdf("", "owner").replace(b"/V 2\n", b"/V 7\n", 1)
    message = refused(tmp_path, "future-crypto.pdf", data)
    assert "encrypted" in message and "damaged" not in message


def test_garbage_after_a_pdf_header_is_damaged(tmp_path):
    data = b"%PDF-1.7\n" + NOISE
    assert "damaged (corrupt)" in refused(tmp_path, "garbage.pdf", data)


def test_truncated_pdf_is_damaged(tmp_path):
    data = make_pdf(3)
    assert "damaged (corrupt)" in refused(tmp_path, "half.pdf", data[: len(data) // 2])


def test_pdf_with_no_pages_is_refused(tmp_path):
    buf = io.BytesIO()
    PdfWriter().write(buf)
    assert "no pages" in refused(tmp_path, "blank.pdf", buf.getvalue())


def test_checking_a_broken_pdf_logs_nothing_and_restores_pypdf_logging(tmp_path, caplog):
    logger = logging.getLogger("pypdf")
    before = logger.level
    caplog.set_level(logging.DEBUG)
    refused(tmp_path, "garbage.pdf", b"%PDF-1.7\n" + NOISE)
    assert [r for r in caplog.records if r.name.startswith("pypdf")] == []
    assert logger.level == before


# --- refused: everything else ------------------------------------------------------------------

def test_empty_file_is_refused(tmp_path):
    assert "empty" in refused(tmp_path, "report.pdf", b"")


def test_windows_program_named_pdf_is_refused(tmp_path):
    message = refused(tmp_path, "report.pdf", b"MZ\x90\x00" + NOISE)
    assert "Windows program" in message


def test_old_word_file_is_refused(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096)
    message = refused(tmp_path, "minutes.doc", ole)
    assert ".doc" in message and ".docx" in message


def test_excel_workbook_is_refused_as_such(tmp_path):
    data = zip_of({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    message = refused(tmp_path, "budget.docx", data)
    assert "an Excel workbook" in message and ".docx" in message


def test_plain_zip_is_refused(tmp_path):
    message = refused(tmp_path, "papers.zip", zip_of({"item5.pdf": make_pdf(1)}))
    assert "ZIP archive" in message and "unzip" in message


def test_truncated_docx_is_damaged(tmp_path):
    data = make_docx()
    assert "damaged (corrupt)" in refused(tmp_path, "cut.docx", data[: len(data) // 2])


def test_docx_without_content_types_is_damaged(tmp_path):
    with zipfile.ZipFile(io.BytesIO(make_docx())) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n != "[Content_Types].xml"}
    assert "damaged (corrupt)" in refused(tmp_path, "partial.docx", zip_of(members))


def test_docx_with_broken_xml_is_damaged(tmp_path):
    with zipfile.ZipFile(io.BytesIO(make_docx())) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["word/document.xml"] = b"<w:document"
    assert "damaged (corrupt)" in refused(tmp_path, "broken.docx", zip_of(members))


def test_macro_enabled_word_file_is_refused(tmp_path):
    with zipfile.ZipFile(io.BytesIO(make_docx())) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml")
    message = refused(tmp_path, "macros.docm", zip_of(members))
    assert "macros (.docm)" in message


def test_text_file_is_refused(tmp_path):
    message = refused(tmp_path, "notes.pdf", b"Minutes of the meeting\n")
    assert "not a PDF or Word (.docx) file" in message


def test_file_over_the_limit_is_refused_from_its_size_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(papers, "MAX_BYTES", 1024 * 1024)
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as fh:
        fh.truncate(3 * 1024 * 1024)  # sparse: three "MB" of nothing
    if sys.platform != "win32" and os.geteuid() != 0:
        path.chmod(0)  # reading it would fail with "cannot be read"
    with pytest.raises(PaperError) as info:
        read_and_check(path)
    # 3.0 MB is the size on disk; had the file been read (at most the limit + 1 byte) it would say 1.0.
    assert "“huge.pdf” is 3.0 MB, larger than the 1 MB limit" in str(info.value)


def test_bytes_over_the_limit_are_refused(monkeypatch):
    monkeypatch.setattr(papers, "MAX_BYTES", 1000)
    with pytest.raises(PaperError, match="larger than"):
        check_bytes("big.pdf", make_pdf(3))


def test_the_real_limit_is_fifty_megabytes():
    assert papers.MAX_BYTES == 50 * 1024 * 1024


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(PaperError, match="“gone.pdf” cannot be found"):
        read_and_check(tmp_path / "gone.pdf")


def test_folder_is_refused(tmp_path):
    (tmp_path / "Papers").mkdir()
    with pytest.raises(PaperError, match="is a folder"):
        read_and_check(tmp_path / "Papers")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_unreadable_file_is_refused(tmp_path):
    path = write(tmp_path, "private.pdf", make_pdf(1))
    path.chmod(0)
    with pytest.raises(PaperError, match="cannot be read"):
        read_and_check(path)


# --- storing -----------------------------------------------------------------------------------

def test_store_document_copies_under_the_hash_and_is_idempotent(tmp_path, data_paths):
    data = make_pdf(3)
    original = write(tmp_path, "Item 5.pdf", data)
    os.utime(original, (OLD, OLD))

    checked = read_and_check(original)
    stored = store_document(data_paths, checked)

    sha = hashlib.sha256(data).hexdigest()
    assert stored == data_paths.documents / sha[:2] / f"{sha}.pdf"
    assert stored == document_path(data_paths, sha, "pdf")
    assert stored.read_bytes() == data
    assert [p.name for p in stored.parent.iterdir()] == [f"{sha}.pdf"]  # no temporary left behind

    os.utime(stored, (OLD, OLD))
    assert store_document(data_paths, read_and_check(original)) == stored
    assert stored.stat().st_mtime == OLD  # not rewritten

    # The user's own file was only read.
    assert original.read_bytes() == data
    assert original.stat().st_mtime == OLD


def test_store_document_replaces_a_wrong_copy(data_paths):
    checked = check_bytes("paper.docx", make_docx())
    target = document_path(data_paths, checked.sha256, "docx")
    target.parent.mkdir(parents=True)
    target.write_bytes(checked.data[:100])  # e.g. left by a crash in an older version

    assert store_document(data_paths, checked) == target
    assert target.read_bytes() == checked.data


def test_store_document_refuses_data_that_does_not_match_its_hash(data_paths):
    good = check_bytes("a.pdf", make_pdf(1))
    forged = CheckedFile(name="a.pdf", kind="pdf", pages=1, sha256=good.sha256, size=4, data=b"%PDF")
    with pytest.raises(ValueError):
        store_document(data_paths, forged)
    assert not data_paths.documents.exists()


@pytest.mark.parametrize("sha,kind", [
    ("../" + "a" * 61, "pdf"),
    ("A" * 64, "pdf"),
    ("a" * 63, "pdf"),
    ("a" * 64, "exe"),
    ("a" * 64, "../pdf"),
])
def test_document_path_refuses_values_that_could_leave_the_store(data_paths, sha, kind):
    with pytest.raises(ValueError):
        document_path(data_paths, sha, kind)
