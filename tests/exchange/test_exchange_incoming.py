"""Partners' minutes coming in: real PDFs (reportlab), Word files (python-docx) and e-mails saved
as .eml (Python's ``email`` package, as Outlook would save them), added to the demo board's store.

What is checked: the documents are stored under their content hash and their text is searchable;
their meeting's date is found in the file's name, the e-mail's subject or the first page; the
day received is the e-mail's date unless given; the same document twice is recognised, renamed
or not; and every bad file or e-mail is refused with a clear reason, adding nothing at all (the
database file and the document store are as they were) and leaving the user's file untouched.

The demo board is loaded as if today were 23 November 2026; its next meeting is on 9 December.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
import pytest
from conftest import settled_sha256, sha256, stored_files
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from cpo_desktop.exchange import incoming
from cpo_desktop.services import exchange, papers
from cpo_desktop.services.exchange import DuplicateImport, ExchangeError, PartnerInput
from cpo_desktop.services.papers import PaperError

D = dt.date
DEMO_TODAY = D(2026, 11, 23)
DECEMBER_DAY = D(2026, 12, 9)
# The smallest valid PNG (a 1×1 transparent pixel): a logo in an e-mail signature.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


# --- making the files -----------------------------------------------------------------------------

def pdf_bytes(*lines: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n, line in enumerate(lines):
        c.drawString(72, 760 - 16 * n, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def docx_bytes(*paragraphs: str) -> bytes:
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes("Minutes of the meeting held on 4 November 2026")))
    writer.encrypt(user_password="secret", owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def excel_like_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return buf.getvalue()


def email_bytes(*, subject: str, sent: dt.datetime, attachments: dict[str, tuple[str, bytes]],
                sender: str = "HWB secretariat <hwb.secretariat@example.org>") -> bytes:
    """An e-mail as a partner's secretariat sends it: text and attachments (name → (type, data))."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "corporate.parenting@example.org", subject
    msg["Date"] = format_datetime(sent)
    msg.set_content("Dear colleagues,\n\nPlease find attached our approved minutes.\n")
    for name, (ctype, data) in attachments.items():
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def added(store, result: exchange.Received) -> exchange.ExchangeRow:
    [row] = [r for r in exchange.register(store, today=DEMO_TODAY).rows
             if r.direction == "in" and r.exchange_id == result.exchange_id]
    return row


def incoming_count(store) -> int:
    return sum(1 for r in exchange.register(store, today=DEMO_TODAY).rows if r.direction == "in" and r.exchange_id)


PDF_TYPE, DOCX_TYPE = "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# --- files ----------------------------------------------------------------------------------------

def test_a_pdf_is_stored_under_its_hash_with_its_text_and_its_date_from_the_name(demo_store, tmp_path):
    data = pdf_bytes("Sefton Health and Wellbeing Board", "The board endorsed the Quillfeather pharmacy plan.")
    path = write(tmp_path, "HWB minutes 10 November 2026.pdf", data)
    got = incoming.import_file(demo_store, path, "HWB", today=DEMO_TODAY)
    assert got.added == ("HWB minutes 10 November 2026.pdf",) and got.already == ()
    assert got.listed_meeting_date == DECEMBER_DAY
    row = added(demo_store, got)
    assert (row.partner, row.status, row.meeting_date, row.received_on) == ("HWB", "received", D(2026, 11, 10),
                                                                           DEMO_TODAY)
    assert (row.source, row.confidentiality, row.email_subject) == ("file", "public", None)
    [doc] = row.documents
    digest = sha256(path)
    assert (doc.original_name, doc.kind, doc.pages, doc.size_bytes, doc.sha256) == (
        "HWB minutes 10 November 2026.pdf", "pdf", 1, len(data), digest)
    stored = papers.document_path(demo_store.paths, digest, "pdf")
    assert stored == demo_store.paths.documents / digest[:2] / f"{digest}.pdf"
    assert stored.read_bytes() == data and exchange.document_file(demo_store, doc.id) == stored
    assert path.read_bytes() == data  # the user's file is as it was
    [hit] = exchange.search(demo_store, "quillfeather")
    assert (hit.exchange_id, hit.document_id) == (got.exchange_id, doc.id)


def test_a_word_file_dated_on_its_first_page_and_restricted_when_the_partner_is(demo_store, tmp_path):
    path = write(tmp_path, "minutes.docx", docx_bytes(
        "Sefton Safeguarding Children Partnership",
        "Minutes of the meeting held on Thursday 5th Nov 2026",
        "Partners agreed the Marrowbone neglect toolkit."))
    got = incoming.import_file(demo_store, path, "sscp", received=D(2026, 11, 20), today=DEMO_TODAY)
    row = added(demo_store, got)
    assert (row.partner, row.meeting_date, row.received_on, row.confidentiality) == (
        "SSCP", D(2026, 11, 5), D(2026, 11, 20), "restricted")
    assert [(d.kind, d.pages) for d in row.documents] == [("docx", None)]
    assert exchange.document_file(demo_store, row.documents[0].id).read_bytes() == path.read_bytes()
    assert [h.exchange_id for h in exchange.search(demo_store, "marrowbone toolkit")] == [got.exchange_id]


def test_the_user_can_give_the_dates_and_the_confidentiality(demo_store, tmp_path):
    path = write(tmp_path, "minutes.pdf", pdf_bytes("Minutes of the meeting held on 1 November 2026"))
    got = incoming.import_file(demo_store, path, "HWB", meeting_date=D(2026, 11, 2), received=D(2026, 11, 21),
                               confidentiality="restricted", today=DEMO_TODAY)
    row = added(demo_store, got)
    assert (row.meeting_date, row.received_on, row.confidentiality) == (D(2026, 11, 2), D(2026, 11, 21), "restricted")


@pytest.mark.parametrize(("text", "expected"), [
    ("SSCP minutes 4 November 2026", D(2026, 11, 4)),
    ("minutes 4th Nov 2026", D(2026, 11, 4)),
    ("minutes 04/11/2026", D(2026, 11, 4)),  # day first, the English way
    ("SSCP minutes 04.11.2026", D(2026, 11, 4)),
    ("minutes 2026-11-04 final", D(2026, 11, 4)),
    ("held on Wednesday 1st April 2026 at 2pm; next meeting 3 June 2026", D(2026, 4, 1)),  # the first one
    ("31/02/2026 was a typo; 28 February 2026", D(2026, 2, 28)),  # no such day: skipped
    ("minutes v2 final", None),
])
def test_dates_are_found_in_words_and_figures(text, expected):
    assert incoming.find_date(text) == expected


def test_sept_is_read_as_september():
    assert incoming.find_date("SSCP minutes 4 Sept 2026") == D(2026, 9, 4)


def test_a_date_in_the_name_after_the_day_received_is_refused(demo_store, tmp_path):
    before_db, before_docs = settled_sha256(demo_store), stored_files(demo_store)
    path = write(tmp_path, "HWB minutes 30 November 2026.pdf", pdf_bytes("Minutes"))
    with pytest.raises(ExchangeError, match=r"The date found in “HWB minutes 30 November 2026.pdf” \(30/11/2026\) "
                                            r"is after the day received \(23/11/2026\)"):
        incoming.import_file(demo_store, path, "HWB", today=DEMO_TODAY)
    with pytest.raises(ExchangeError, match="Say the date of their meeting"):
        incoming.import_file(demo_store, write(tmp_path, "minutes.pdf", pdf_bytes("Minutes, no date")), "HWB",
                             today=DEMO_TODAY)
    with pytest.raises(ExchangeError, match=r"date received \(24/11/2026\) is in the future"):
        incoming.import_file(demo_store, path, "HWB", meeting_date=D(2026, 11, 2), received=D(2026, 11, 24),
                             today=DEMO_TODAY)
    assert (settled_sha256(demo_store), stored_files(demo_store)) == (before_db, before_docs)


# --- e-mails --------------------------------------------------------------------------------------

def test_an_email_with_two_attachments_and_a_picture(demo_store, tmp_path):
    minutes_pdf = pdf_bytes("Sefton Health and Wellbeing Board minutes", "The board noted the Vellichor report.")
    appendix = docx_bytes("Appendix: the Better Care Fund return", "Figures for the Tamarisk scheme.")
    path = write(tmp_path, "HWB minutes.eml", email_bytes(
        subject="HWB approved minutes – 12 November 2026", sent=dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.UTC),
        attachments={"minutes.pdf": (PDF_TYPE, minutes_pdf), "appendix.docx": (DOCX_TYPE, appendix),
                     "logo.png": ("image/png", PNG)}))
    before = sha256(path)
    offered = incoming.read(path)
    assert (offered.source, offered.subject, offered.sender) == (
        "email", "HWB approved minutes – 12 November 2026", "HWB secretariat <hwb.secretariat@example.org>")
    assert (offered.sent_on, offered.meeting_date, offered.skipped) == (D(2026, 11, 18), D(2026, 11, 12), ("logo.png",))
    got = incoming.import_file(demo_store, path, "HWB", today=DEMO_TODAY)
    assert got.added == ("minutes.pdf", "appendix.docx")
    row = added(demo_store, got)
    # The day received is the e-mail's date, not today.
    assert (row.meeting_date, row.received_on, row.source) == (D(2026, 11, 12), D(2026, 11, 18), "email")
    assert row.email_subject == "HWB approved minutes – 12 November 2026"
    assert [(d.original_name, d.kind) for d in row.documents] == [("minutes.pdf", "pdf"), ("appendix.docx", "docx")]
    for doc, data in zip(row.documents, (minutes_pdf, appendix), strict=True):
        assert exchange.document_file(demo_store, doc.id).read_bytes() == data
    assert not any(name.endswith(".png") for name in stored_files(demo_store))
    assert [h.original_name for h in exchange.search(demo_store, "tamarisk")] == ["appendix.docx"]
    assert [h.original_name for h in exchange.search(demo_store, "vellichor")] == ["minutes.pdf"]
    assert sha256(path) == before


def test_an_email_dated_in_the_future_counts_as_received_today(demo_store, tmp_path):
    path = write(tmp_path, "odd clock.eml", email_bytes(
        subject="Minutes 12 November 2026", sent=dt.datetime(2026, 12, 25, 9, 0, tzinfo=dt.UTC),
        attachments={"minutes.pdf": (PDF_TYPE, pdf_bytes("Minutes"))}))
    row = added(demo_store, incoming.import_file(demo_store, path, "HWB", today=DEMO_TODAY))
    assert row.received_on == DEMO_TODAY


def test_a_forwarded_email_gives_up_the_minutes_attached_to_the_message_inside(demo_store, tmp_path):
    minutes_pdf = pdf_bytes("Sefton Safeguarding Children Partnership",
                            "Minutes of the meeting held on 10 November 2026", "Partners reviewed the Oakapple audit.")
    inner = EmailMessage()
    inner["From"], inner["To"], inner["Subject"] = "sscp@example.org", "someone@example.org", "Minutes"
    inner["Date"] = format_datetime(dt.datetime(2026, 11, 17, 9, 0, tzinfo=dt.UTC))
    inner.set_content("Attached.")
    inner.add_attachment(minutes_pdf, maintype="application", subtype="pdf", filename="SSCP minutes.pdf")
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "colleague@example.org", "cpo@example.org", "Fwd: Minutes"
    outer["Date"] = format_datetime(dt.datetime(2026, 11, 19, 14, 0, tzinfo=dt.UTC))
    outer.set_content("Forwarding these for the board.")
    outer.add_attachment(inner)  # message/rfc822
    path = write(tmp_path, "Fwd Minutes.eml", outer.as_bytes())
    got = incoming.import_file(demo_store, path, "SSCP", today=DEMO_TODAY)
    assert got.added == ("SSCP minutes.pdf",)
    row = added(demo_store, got)
    # The meeting's date from the first page; received when it was forwarded to us.
    assert (row.meeting_date, row.received_on, row.email_subject) == (D(2026, 11, 10), D(2026, 11, 19), "Fwd: Minutes")
    assert exchange.document_file(demo_store, row.documents[0].id).read_bytes() == minutes_pdf


def test_an_email_saved_without_the_eml_ending_is_still_read_as_an_email(demo_store, tmp_path):
    path = write(tmp_path, "saved message", email_bytes(
        subject="Minutes 12 November 2026", sent=dt.datetime(2026, 11, 18, 9, 30, tzinfo=dt.UTC),
        attachments={"minutes.pdf": (PDF_TYPE, pdf_bytes("Minutes"))}))
    row = added(demo_store, incoming.import_file(demo_store, path, "HWB", today=DEMO_TODAY))
    assert (row.source, row.meeting_date, row.received_on) == ("email", D(2026, 11, 12), D(2026, 11, 18))


# --- the same minutes twice -----------------------------------------------------------------------

def test_the_same_file_twice_renamed_or_inside_an_email_adds_nothing(demo_store, tmp_path):
    data = pdf_bytes("Minutes of the meeting held on 10 November 2026")
    path = write(tmp_path, "HWB minutes 10 November 2026.pdf", data)
    incoming.import_file(demo_store, path, "HWB", received=D(2026, 11, 20), today=DEMO_TODAY)
    count, before_db, before_docs = incoming_count(demo_store), settled_sha256(demo_store), stored_files(demo_store)
    renamed = write(tmp_path, "copy of the minutes.pdf", data)
    as_email = write(tmp_path, "again.eml", email_bytes(subject="Minutes 10 November 2026",
                                                         sent=dt.datetime(2026, 11, 21, 9, tzinfo=dt.UTC),
                                                         attachments={"minutes.pdf": (PDF_TYPE, data)}))
    for again, name in ((path, path.name), (renamed, renamed.name), (as_email, "minutes.pdf")):
        with pytest.raises(DuplicateImport) as info:
            incoming.import_file(demo_store, again, "HWB", today=DEMO_TODAY)
        assert str(info.value) == (f"Already received, so nothing was added: {name} (received 20/11/2026 as their "
                                   "minutes of 10/11/2026).")
    assert incoming_count(demo_store) == count
    assert (settled_sha256(demo_store), stored_files(demo_store)) == (before_db, before_docs)


def test_an_email_with_one_new_and_one_known_attachment_adds_only_the_new(demo_store, tmp_path):
    known = pdf_bytes("Minutes of the meeting held on 10 November 2026")
    incoming.import_file(demo_store, write(tmp_path, "HWB minutes 10 November 2026.pdf", known), "HWB",
                         received=D(2026, 11, 20), today=DEMO_TODAY)
    fresh = docx_bytes("Appendix to the minutes of 10 November 2026")
    path = write(tmp_path, "both.eml", email_bytes(
        subject="Minutes 10 November 2026", sent=dt.datetime(2026, 11, 21, 9, tzinfo=dt.UTC),
        attachments={"minutes.pdf": (PDF_TYPE, known), "appendix.docx": (DOCX_TYPE, fresh),
                     "appendix copy.docx": (DOCX_TYPE, fresh)}))  # the same appendix attached twice
    got = incoming.import_file(demo_store, path, "HWB", today=DEMO_TODAY)
    assert got.added == ("appendix.docx",)
    assert got.already == ("minutes.pdf (received 20/11/2026 as their minutes of 10/11/2026)",)
    assert [d.original_name for d in added(demo_store, got).documents] == ["appendix.docx"]


def test_the_same_file_from_another_partner_is_theirs_to_send(demo_store, tmp_path):
    # Recognising a duplicate is per partner: both boards may circulate one joint paper.
    data = pdf_bytes("Joint protocol agreed 10 November 2026")
    path = write(tmp_path, "joint 10 November 2026.pdf", data)
    incoming.import_file(demo_store, path, "HWB", received=D(2026, 11, 20), today=DEMO_TODAY)
    got = incoming.import_file(demo_store, path, "SSCP", received=D(2026, 11, 20), today=DEMO_TODAY)
    assert added(demo_store, got).partner == "SSCP"
    assert sum(1 for f in stored_files(demo_store) if f.endswith(f"{sha256(path)}.pdf")) == 1


# --- bad input: refused with the reason, nothing added, the user's file untouched --------------------

def refused(store, path: Path, partner: str = "HWB", *fragments: str, error=Exception, **kwargs) -> str:
    before_db, before_docs, count = settled_sha256(store), stored_files(store), incoming_count(store)
    before_file = sha256(path) if path.is_file() else None
    with pytest.raises(error) as info:
        incoming.import_file(store, path, partner, today=DEMO_TODAY, **kwargs)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert "Traceback" not in message and "\n" not in message.strip()
    assert settled_sha256(store) == before_db, "the database changed"
    assert stored_files(store) == before_docs, "a file was added to the document store"
    assert incoming_count(store) == count
    if before_file is not None:
        assert sha256(path) == before_file, "the user's file changed"
    return message


def test_an_encrypted_pdf_is_refused(demo_store, tmp_path):
    path = write(tmp_path, "HWB minutes 10 November 2026.pdf", encrypted_pdf())
    refused(demo_store, path, "HWB", "“HWB minutes 10 November 2026.pdf” is encrypted", "without a password",
            error=PaperError)


def test_a_truncated_pdf_is_refused_as_damaged(demo_store, tmp_path):
    data = pdf_bytes("Minutes of the meeting held on 10 November 2026")
    path = write(tmp_path, "HWB minutes 10 November 2026.pdf", data[: len(data) // 2])
    refused(demo_store, path, "HWB", "is damaged", error=PaperError)


def test_a_corrupt_pdf_is_refused_as_damaged(demo_store, tmp_path):
    path = write(tmp_path, "HWB minutes 10 November 2026.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40)
    refused(demo_store, path, "HWB", "is damaged", error=PaperError)


def test_a_text_file_called_docx_is_refused(demo_store, tmp_path):
    path = write(tmp_path, "HWB minutes 10 November 2026.docx", b"These are the minutes, honestly.\n" * 20)
    refused(demo_store, path, "HWB", "is not a PDF or Word (.docx) file", error=PaperError)


def test_a_spreadsheet_called_docx_is_refused(demo_store, tmp_path):
    path = write(tmp_path, "HWB minutes 10 November 2026.docx", excel_like_zip())
    refused(demo_store, path, "HWB", "is an Excel workbook, not a PDF or Word document", error=PaperError)


def test_a_file_of_60_mb_is_refused_before_it_is_read(demo_store, tmp_path):
    path = tmp_path / "HWB minutes 10 November 2026.pdf"
    with open(path, "wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(60 * 1024 * 1024)  # sparse: sixty MB of nothing
    refused(demo_store, path, "HWB", "is 60.0 MB, larger than the 50 MB limit", error=PaperError)


def test_an_email_too_large_to_hold_minutes_is_refused(demo_store, tmp_path):
    path = tmp_path / "huge.eml"
    with open(path, "wb") as fh:
        fh.write(b"From: a@example.org\r\nSubject: Minutes\r\n\r\n")
        fh.truncate(70 * 1024 * 1024)
    refused(demo_store, path, "HWB", "is 70.0 MB, larger than the 67.7 MB limit for a saved e-mail",
            "at most 50 MB of attachments", error=ExchangeError)


def test_an_email_without_attachments_is_refused(demo_store, tmp_path):
    path = write(tmp_path, "no minutes.eml", email_bytes(subject="Our minutes – 10 November 2026",
                                                          sent=dt.datetime(2026, 11, 18, tzinfo=dt.UTC),
                                                          attachments={}))
    refused(demo_store, path, "HWB", "The e-mail “Our minutes – 10 November 2026” has no PDF or Word attachment",
            "no minutes to add", error=ExchangeError)


def test_an_email_with_only_a_picture_says_so(demo_store, tmp_path):
    path = write(tmp_path, "picture.eml", email_bytes(subject="Minutes", sent=dt.datetime(2026, 11, 18, tzinfo=dt.UTC),
                                                       attachments={"scan.png": ("image/png", PNG)}))
    refused(demo_store, path, "HWB", "has no PDF or Word attachment (only scan.png)", error=ExchangeError)


def test_an_email_with_a_good_and_an_encrypted_attachment_adds_neither(demo_store, tmp_path):
    path = write(tmp_path, "mixed.eml", email_bytes(
        subject="Minutes 10 November 2026", sent=dt.datetime(2026, 11, 18, tzinfo=dt.UTC),
        attachments={"minutes.pdf": (PDF_TYPE, pdf_bytes("Good minutes")),
                     "locked appendix.pdf": (PDF_TYPE, encrypted_pdf())}))
    refused(demo_store, path, "HWB", "“locked appendix.pdf” is encrypted", error=PaperError)


def test_a_file_that_is_not_an_email_called_eml_is_refused(demo_store, tmp_path):
    path = write(tmp_path, "minutes.eml", b"just some notes about the minutes\n" * 10)
    refused(demo_store, path, "HWB", "is not a saved e-mail (.eml)", error=ExchangeError)


def test_an_unknown_partner_is_named_before_the_file_is_even_read(demo_store, tmp_path):
    # A bad file, and one that does not exist: either would be the error if the file were read first.
    for path in (write(tmp_path, "locked.pdf", encrypted_pdf()), tmp_path / "missing.pdf"):
        message = refused(demo_store, path, "LSCB", "There is no partner board called “LSCB”",
                          "SSCP, HWB, O&S", error=ExchangeError)
        assert path.name not in message


def test_a_partner_set_to_outgoing_only_or_former_does_not_receive(demo_store, tmp_path):
    path = write(tmp_path, "HWB minutes 10 November 2026.pdf", pdf_bytes("Minutes"))
    data = PartnerInput.from_row(exchange.find_partner(demo_store, "HWB"))
    data.exchange_in = False
    exchange.update_partner(demo_store, "HWB", data)
    refused(demo_store, path, "HWB", "Minutes from Sefton Health and Wellbeing Board (HWB) are not received",
            "outgoing only", error=ExchangeError)
    exchange.set_partner_former(demo_store, "SSCP")
    refused(demo_store, path, "SSCP", "are not received", "marked as former", error=ExchangeError)


def test_a_partner_exchanging_nothing_is_not_said_to_exchange_one_way(demo_store, tmp_path):
    # Found by these tests (fixed in 0033d0a): O&S (neither way) was said to be "outgoing only"
    # here and "incoming only" when our minutes were marked sent.
    path = write(tmp_path, "O&S minutes 10 November 2026.pdf", pdf_bytes("Minutes"))
    message = refused(demo_store, path, "O&S", "are not received", "minutes are not exchanged with it",
                      error=ExchangeError)
    assert "only" not in message
    with pytest.raises(ExchangeError) as info:
        exchange.mark_sent(demo_store, 2, "O&S", today=DEMO_TODAY)
    assert "minutes are not exchanged with it" in str(info.value) and "only" not in str(info.value)
