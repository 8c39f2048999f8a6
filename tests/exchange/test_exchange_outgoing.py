"""The package that takes our confirmed minutes to a partner board, read back as the partner
would read it: the PDF with pypdf, the Word files with python-docx, the e-mail draft with
Python's ``email`` package (policy.default), its attachments compared byte for byte with the
files in the folder.

What may go: only confirmed minutes, only their public version, only Part 1 papers that are not
a restricted partner's. The guard reads every file back before anything is written and refuses
the package if Part 2 or restricted partner text got into it; a refused package leaves no folder
and no file, and records nothing.

The demo board (loaded as if today were 23 November 2026): August's minutes (12/08/2026) were
confirmed on 14/10 and are owed to the Safeguarding Children Partnership (restricted; PDF only)
and were sent late to the Health and Wellbeing Board (public; PDF and Word). October's minutes
are a draft with a Part 2 item (an individual placement review); December's agenda has a Part 2
paper. The SSCP's minutes received are restricted.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

import docx
import pytest
from conftest import settled_sha256
from pypdf import PdfReader

from cpo_desktop import demo
from cpo_desktop.exchange import outgoing
from cpo_desktop.model import textguard as guard
from cpo_desktop.model.textguard import Leak as ExchangeLeak
from cpo_desktop.services import agenda, demo_papers, exchange, minutes
from cpo_desktop.services.exchange import ExchangeError, PartnerInput
from cpo_desktop.services.minutes import Amendment

D = dt.date
DEMO_TODAY = D(2026, 11, 23)
AUGUST, OCTOBER, DECEMBER, FEBRUARY = 2, 3, 4, 5
AFTER_DECEMBER = D(2026, 12, 10)  # October's minutes can be confirmed at December's meeting
SUBJECT = "Corporate Parenting Board minutes – 12 August 2026 – for information"
PDF_NAME = "Corporate Parenting Board minutes 2026-08-12 (public).pdf"
DOCX_NAME = "Corporate Parenting Board minutes 2026-08-12 (public).docx"
EML_NAME = "Corporate Parenting Board minutes - 12 August 2026 - for information.eml"


def flat(text: str) -> str:
    """Text with its line breaks and runs of spaces made single spaces, for comparing."""
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    return flat("\n".join(page.extract_text() or "" for page in PdfReader(path).pages))


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return flat("\n".join([p.text for p in document.paragraphs] + cells))


def parse(path: Path):
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


def minute_rows(store, meeting: int) -> list[minutes.MinuteRow]:
    return minutes.load(store, meeting).minutes


def row_titled(store, meeting: int, start: str) -> minutes.MinuteRow:
    [row] = [r for r in minute_rows(store, meeting) if r.title.startswith(start)]
    return row


def part2_row(store, meeting: int) -> minutes.MinuteRow:
    [row] = [r for r in minute_rows(store, meeting) if r.part == 2]
    return row


def restricted_text() -> str:
    """A sentence from the SSCP's (restricted) minutes the demo received."""
    title, text = demo.SSCP_ITEMS[1]
    assert title == "Multi-agency audit of neglect cases"
    return text


def refused(store, folder: Path, call, *fragments: str, error=ExchangeError) -> str:
    """``call()`` is refused saying every fragment; nothing is written and nothing recorded."""
    before = settled_sha256(store)
    siblings = sorted(folder.parent.iterdir()) if folder.parent.exists() else []
    with pytest.raises(error) as info:
        call()
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert not folder.exists(), "a refused package left its folder"
    assert (sorted(folder.parent.iterdir()) if folder.parent.exists() else []) == siblings, "files were left behind"
    assert settled_sha256(store) == before, "a refused package recorded something"
    return message


def confirm_october(store) -> None:
    minutes.confirm(store, OCTOBER, at=DECEMBER, today=AFTER_DECEMBER)


# --- the package ------------------------------------------------------------------------------------

def test_the_sscp_package_holds_the_public_minutes_a_covering_note_and_an_email_draft(demo_store, tmp_path):
    folder = tmp_path / "out" / "to SSCP"
    package = outgoing.prepare(demo_store, AUGUST, "SSCP", folder, today=DEMO_TODAY)
    note_name = "Covering note to SSCP 2026-08-12.docx"
    assert (package.folder, package.partner, package.meeting_date, package.to) == (
        folder, "SSCP", D(2026, 8, 12), "sscp.businessunit@example.org")
    assert (package.subject, package.docx, package.papers) == (SUBJECT, None, ())  # the SSCP wants no Word copy
    assert [f.name for f in package.files] == [PDF_NAME, note_name, EML_NAME]
    # Exactly those files, and nothing left over from writing them, here or beside the folder.
    assert sorted(p.name for p in folder.iterdir()) == sorted([PDF_NAME, note_name, EML_NAME])
    assert [p.name for p in folder.parent.iterdir()] == ["to SSCP"]

    text = pdf_text(package.pdf)
    assert "Sefton Corporate Parenting Board" in text and "12 August 2026" in text
    assert "confirmed as a correct record" in text
    # The board's own minutes: the discussions of its Part 1 items (young people named by first name).
    assert flat(row_titled(demo_store, AUGUST, "Director").discussion) in text
    assert flat(row_titled(demo_store, AUGUST, "Performance").discussion) in text
    assert "Kayden" in text and "Kayden Lowe" not in text
    # (this resolution runs over a page break, so up to the page's end)
    assert ("That the minutes of the meetings of the Sefton Health and Wellbeing Board held on 16 June 2026 and the "
            "Sefton Safeguarding Children Partnership held on 6 July") in text
    assert "Restricted" not in text  # the public version, not the restricted one
    # Nothing from a Part 2 minute (October's) nor from the SSCP's own restricted minutes.
    assert "Tyler" not in text and "Quinn" not in text
    assert "escalation" not in text and "rapid review" not in text.lower()
    for path in package.files:  # every file: not only the minutes
        assert b"Quinn" not in path.read_bytes()


def test_the_email_draft_reads_back_with_its_headers_and_attachments_intact(demo_store, tmp_path):
    package = outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "to HWB", today=DEMO_TODAY)
    msg = parse(package.eml)
    assert msg["To"] == "Health and Wellbeing Board secretariat <hwb.secretariat@example.org>"
    assert msg["To"].addresses[0].addr_spec == "hwb.secretariat@example.org"
    assert msg["Subject"] == SUBJECT
    assert msg["X-Unsent"] == "1"  # Outlook opens it as a draft to send
    assert parsedate_to_datetime(msg["Date"]).tzinfo is not None
    assert msg.get_content_type() == "multipart/mixed"
    # Attached: the minutes as PDF and as Word, byte for byte the files in the folder.
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == [PDF_NAME, DOCX_NAME]
    assert [a.get_content_type() for a in attachments] == [
        "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
    for a in attachments:
        assert a.get_payload(decode=True) == (package.folder / a.get_filename()).read_bytes()
    # The e-mail's text is the covering note's.
    body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")  # CRLF on the wire (issue 19)
    assert body.startswith("Dear Health and Wellbeing Board secretariat,\n")
    note = docx_text(package.note.read_bytes())
    letter = body.split("Kind regards,")[0]  # the sign-off is laid out as a letter's in the note
    paragraphs = [p for p in letter.split("\n\n") if len(p) > 80]
    assert len(paragraphs) >= 3
    assert "Jo Lambert" in body.split("Kind regards,")[1] and "Jo Lambert" in note  # the demo's officer signs
    for p in paragraphs:
        assert flat(p) in note
    assert "Sefton Health and Wellbeing Board" in body and "Wednesday 12 August 2026" in body
    assert "confirmed as a correct record at the board's meeting on Wednesday 14 October 2026" in flat(body)


def test_the_word_copy_goes_only_to_the_partner_that_wants_it(demo_store, tmp_path):
    hwb = outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "hwb", today=DEMO_TODAY)
    assert hwb.docx == tmp_path / "hwb" / DOCX_NAME and hwb.docx.is_file()
    text = docx_text(hwb.docx.read_bytes())
    assert flat(row_titled(demo_store, AUGUST, "Director").discussion) in text
    assert "Kayden Lowe" not in text and "Quinn" not in text
    sscp = outgoing.prepare(demo_store, AUGUST, "SSCP", tmp_path / "sscp", today=DEMO_TODAY)
    assert sscp.docx is None and not list((tmp_path / "sscp").glob("*(public).docx"))
    assert [a.get_filename() for a in parse(sscp.eml).iter_attachments()] == [PDF_NAME]


def test_preparing_is_recorded_in_the_register(demo_store, tmp_path):
    before = dt.datetime.now(dt.UTC)
    package = outgoing.prepare(demo_store, AUGUST, "SSCP", tmp_path / "pkg", today=DEMO_TODAY)
    [row] = [r for r in exchange.register(demo_store, today=DEMO_TODAY).rows if r.key == f"out:{AUGUST}:1"]
    assert row.package_folder == str(package.folder)
    prepared = row.prepared_at if row.prepared_at.tzinfo else row.prepared_at.replace(tzinfo=dt.UTC)
    assert before - dt.timedelta(seconds=1) <= prepared <= dt.datetime.now(dt.UTC)
    assert (row.status, row.overdue) == ("ready to send", True)  # prepared is not sent


def test_by_default_the_package_goes_under_the_exports_folder(demo_store):
    package = outgoing.prepare(demo_store, AUGUST, "SSCP", today=DEMO_TODAY)
    assert package.folder == demo_store.paths.exports / "exchange" / "2026-08-12 SSCP"
    assert package.eml.is_file()


def test_a_part_1_paper_can_go_with_the_minutes(demo_store, tmp_path):
    papers = [p for i in agenda.load_agenda(demo_store, AUGUST, today=DEMO_TODAY).items if i.part == 1
              for p in i.papers if p.kind == "pdf"]
    paper = papers[0]
    package = outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg", papers=[paper.id], today=DEMO_TODAY)
    [attached] = package.papers
    stored = agenda.paper_file(demo_store, paper)
    assert attached.name == paper.original_name and attached.read_bytes() == stored.read_bytes()
    names = [a.get_filename() for a in parse(package.eml).iter_attachments()]
    assert names == [PDF_NAME, DOCX_NAME, paper.original_name]


# --- refusals: nothing written ------------------------------------------------------------------

def test_minutes_not_yet_confirmed_do_not_go(demo_store, tmp_path):
    refused(demo_store, tmp_path / "pkg", lambda: outgoing.prepare(demo_store, OCTOBER, "HWB", tmp_path / "pkg",
                                                                   today=DEMO_TODAY),
            "The minutes of 14/10/2026 are not confirmed yet")
    refused(demo_store, tmp_path / "pkg", lambda: outgoing.prepare(demo_store, DECEMBER, "HWB", tmp_path / "pkg",
                                                                   today=DEMO_TODAY),
            "has not taken place yet")


def test_a_partner_without_a_secretariat_email_cannot_be_sent_a_draft(demo_store, tmp_path):
    data = PartnerInput.from_row(exchange.find_partner(demo_store, "HWB"))
    data.secretariat_email = ""
    exchange.update_partner(demo_store, "HWB", data)
    refused(demo_store, tmp_path / "pkg", lambda: outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg",
                                                                   today=DEMO_TODAY),
            "Sefton Health and Wellbeing Board has no secretariat e-mail address", "partner-edit HWB --email")


def test_partners_that_do_not_take_our_minutes_get_no_package(demo_store, tmp_path):
    refused(demo_store, tmp_path / "pkg", lambda: outgoing.prepare(demo_store, AUGUST, "O&S", tmp_path / "pkg",
                                                                   today=DEMO_TODAY), "Our minutes are not sent to")
    exchange.set_partner_former(demo_store, "SSCP")
    refused(demo_store, tmp_path / "pkg", lambda: outgoing.prepare(demo_store, AUGUST, "SSCP", tmp_path / "pkg",
                                                                   today=DEMO_TODAY), "marked as former")
    refused(demo_store, tmp_path / "pkg", lambda: outgoing.prepare(demo_store, AUGUST, "Nobody", tmp_path / "pkg",
                                                                   today=DEMO_TODAY),
            "There is no partner board called “Nobody”")


def test_a_part_2_paper_never_goes(demo_store, tmp_path):
    item = [i for i in agenda.load_agenda(demo_store, OCTOBER, today=DEMO_TODAY).items if i.part == 2][0]
    source = tmp_path / "placement review.pdf"
    shutil.copyfile(agenda.paper_file(demo_store, [p for i in agenda.load_agenda(demo_store, DECEMBER,
                                                                                 today=DEMO_TODAY).items
                                                   if i.part == 2 for p in i.papers][0]), source)
    paper_id = agenda.attach_paper(demo_store, item.id, source)
    confirm_october(demo_store)
    refused(demo_store, tmp_path / "pkg",
            lambda: outgoing.prepare(demo_store, OCTOBER, "HWB", tmp_path / "pkg", papers=[paper_id],
                                     today=AFTER_DECEMBER),
            "“placement review.pdf” is a paper of the Part 2 item", "Part 2 papers never go to partner boards")


def test_a_paper_that_is_a_restricted_partners_document_never_goes(demo_store, tmp_path):
    sscp = [r for r in exchange.register(demo_store, today=DEMO_TODAY).rows
            if r.direction == "in" and r.partner == "SSCP" and r.exchange_id]
    doc = sscp[0].documents[0]
    source = tmp_path / "safeguarding update.pdf"  # the same bytes under another name
    shutil.copyfile(exchange.document_file(demo_store, doc.id), source)
    item = [i for i in agenda.load_agenda(demo_store, AUGUST, today=DEMO_TODAY).items if i.title.startswith("Partner")][0]
    paper_id = agenda.attach_paper(demo_store, item.id, source)
    refused(demo_store, tmp_path / "pkg",
            lambda: outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg", papers=[paper_id], today=DEMO_TODAY),
            "“safeguarding update.pdf” is a restricted partner board's paper")


def test_a_paper_of_another_meeting_does_not_go(demo_store, tmp_path):
    other = [p for i in agenda.load_agenda(demo_store, OCTOBER, today=DEMO_TODAY).items for p in i.papers][0]
    refused(demo_store, tmp_path / "pkg",
            lambda: outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg", papers=[other.id], today=DEMO_TODAY),
            f"Paper {other.id} is not a paper of the meeting on 12/08/2026")


# --- the guard: what slipped into the public minutes ------------------------------------------------

def test_restricted_partner_text_pasted_into_confirmed_minutes_stops_the_package(demo_store, tmp_path):
    row = row_titled(demo_store, AUGUST, "Partner boards")
    minutes.set_discussion(demo_store, row.id, row.discussion + " " + restricted_text(),
                           amendment=Amendment(reason="Added the SSCP's summary", by="CPO"))
    message = refused(demo_store, tmp_path / "pkg",
                      lambda: outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg", today=DEMO_TODAY),
                      "Nothing was written", f"“{PDF_NAME}” would contain text from the restricted SSCP paper",
                      "must not go to a partner board", error=ExchangeLeak)
    assert "audit of twelve cases" in message  # it quotes what it found
    # ... and to the SSCP itself no less: its papers are restricted, not ours to pass round.
    refused(demo_store, tmp_path / "pkg2",
            lambda: outgoing.prepare(demo_store, AUGUST, "SSCP", tmp_path / "pkg2", today=DEMO_TODAY),
            "restricted SSCP paper", error=ExchangeLeak)


def test_part_2_discussion_pasted_into_a_part_1_minute_stops_the_package(demo_store, tmp_path):
    secret = part2_row(demo_store, OCTOBER).discussion
    assert "Quinn" in secret
    row = row_titled(demo_store, OCTOBER, "Performance")
    minutes.set_discussion(demo_store, row.id, row.discussion + "\n\n" + secret)
    confirm_october(demo_store)
    refused(demo_store, tmp_path / "pkg",
            lambda: outgoing.prepare(demo_store, OCTOBER, "SSCP", tmp_path / "pkg", today=AFTER_DECEMBER),
            "would contain text from the Part 2 minute “Individual placement review", error=ExchangeLeak)


def test_a_part_2_action_pasted_into_a_part_1_minute_stops_the_package(demo_store, tmp_path):
    from cpo_desktop.services import actions

    p2 = part2_row(demo_store, OCTOBER)
    owner = actions.list_actions(demo_store, today=DEMO_TODAY)[0].owner_id
    secret = "Find a foster family near the school for the young person before the spring term"
    actions.add_action(demo_store, actions.ActionInput(description=secret, owner_id=owner, minute_id=p2.id,
                                                       due_date=D(2027, 1, 31)), today=DEMO_TODAY)
    row = row_titled(demo_store, OCTOBER, "Director")
    minutes.set_discussion(demo_store, row.id, row.discussion + " " + secret + ".")
    confirm_october(demo_store)
    refused(demo_store, tmp_path / "pkg",
            lambda: outgoing.prepare(demo_store, OCTOBER, "HWB", tmp_path / "pkg", today=AFTER_DECEMBER),
            "an action under the Part 2 minute", error=ExchangeLeak)


def test_without_anything_pasted_octobers_package_goes_and_leaves_part_2_out(demo_store, tmp_path):
    confirm_october(demo_store)
    package = outgoing.prepare(demo_store, OCTOBER, "HWB", tmp_path / "pkg", today=AFTER_DECEMBER)
    text = pdf_text(package.pdf)
    # The Part 2 item by its public title and paragraph only.
    assert "Exempt item (paragraph 1)" in text and "INDIVIDUAL PLACEMENT REVIEW" not in text.upper()
    assert "paragraph 1 of Part 1 of Schedule 12A" in text
    assert "Quinn" not in text and "foster family" not in text
    docx_all = docx_text(package.docx.read_bytes())
    assert "Exempt item (paragraph 1)" in docx_all and "INDIVIDUAL PLACEMENT REVIEW" not in docx_all.upper()
    assert "Quinn" not in docx_all
    assert flat(row_titled(demo_store, OCTOBER, "Director").discussion) in text


def test_the_guard_matches_across_line_breaks_case_and_punctuation():
    secret = guard.Forbidden("the Part 2 minute “X”", "The child's placement with Mr and Mrs Example ends in June "
                                                      "because of the allegation made by the school.")
    wrapped = "Minutes … the CHILD'S placement\nwith Mr and\n Mrs Example, ends in — June because of the school."
    with pytest.raises(ExchangeLeak, match="“minutes.pdf” would contain text from the Part 2 minute “X”"):
        guard.check({"minutes.pdf": wrapped}, [secret])
    guard.check({"minutes.pdf": "The placement was reviewed."}, [secret])  # a few words in common are not a leak
    # A partner's name in the noting wording is not a leak of its papers.
    sscp = guard.Forbidden("the restricted SSCP paper", "Sefton Safeguarding Children Partnership minutes of the "
                                                        "meeting held on Tuesday 3 November 2026")
    guard.check({"m.pdf": "the minutes of the Sefton Safeguarding Children Partnership be noted"}, [sscp],
                allowed=["Sefton Safeguarding Children Partnership"])


# --- found by these tests, fixed in 0033d0a -------------------------------------------------------

def december_part2_paper_text(store) -> str:
    from cpo_desktop.services import papers

    [paper] = [p for i in agenda.load_agenda(store, DECEMBER, today=DEMO_TODAY).items if i.part == 2 for p in i.papers]
    return papers.extract_text(agenda.paper_file(store, paper), paper.kind)


def test_a_part_2_paper_of_the_meeting_pasted_into_its_minutes_stops_the_package(demo_store, tmp_path):
    minutes.start(demo_store, DECEMBER)
    confirm_october(demo_store)
    row = row_titled(demo_store, DECEMBER, "Director")
    minutes.set_discussion(demo_store, row.id, december_part2_paper_text(demo_store))
    minutes.confirm(demo_store, DECEMBER, at=FEBRUARY, today=D(2027, 2, 10))
    refused(demo_store, tmp_path / "pkg",
            lambda: outgoing.prepare(demo_store, DECEMBER, "HWB", tmp_path / "pkg", today=D(2027, 2, 10)),
            "the Part 2 paper “Residential placements individual placement reviews.pdf”", error=ExchangeLeak)


def test_a_part_2_paper_of_another_meeting_pasted_into_the_minutes_stops_the_package(demo_store, tmp_path):
    # December's exempt report, pasted into October's minutes (still a draft when it came in).
    row = row_titled(demo_store, OCTOBER, "Performance")
    minutes.set_discussion(demo_store, row.id, row.discussion + "\n\n" + december_part2_paper_text(demo_store))
    confirm_october(demo_store)
    refused(demo_store, tmp_path / "pkg",
            lambda: outgoing.prepare(demo_store, OCTOBER, "HWB", tmp_path / "pkg", today=AFTER_DECEMBER),
            "the Part 2 paper “Residential placements individual placement reviews.pdf”", error=ExchangeLeak)


def test_a_part_1_paper_goes_even_when_the_meeting_also_had_a_part_2_paper(demo_store, tmp_path):
    # Both papers are in the council's report template ("Report to: … Date of meeting: …"): the
    # header they share is no leak.
    minutes.start(demo_store, DECEMBER)
    confirm_october(demo_store)
    minutes.confirm(demo_store, DECEMBER, at=FEBRUARY, today=D(2027, 2, 10))
    paper = [p for i in agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items if i.part == 1
             for p in i.papers if p.kind == "pdf"][0]
    package = outgoing.prepare(demo_store, DECEMBER, "HWB", tmp_path / "pkg", papers=[paper.id],
                               today=D(2027, 2, 10))
    assert [p.name for p in package.papers] == [paper.original_name]
    assert package.papers[0].read_bytes() == agenda.paper_file(demo_store, paper).read_bytes()


def test_two_papers_with_the_same_name_both_go(demo_store, tmp_path):
    items = [i for i in agenda.load_agenda(demo_store, AUGUST, today=DEMO_TODAY).items if i.part == 1 and i.papers]
    ids, sent = [], []
    for n, item in enumerate(items[:2]):  # two authors, each sending "Report.pdf"
        folder = tmp_path / f"from author {n}"
        folder.mkdir()
        data = demo_papers.report_pdf(board="Sefton Corporate Parenting Board", meeting_day=D(2026, 8, 12),
                                      subject=f"Appendix {n + 1}", report_of=f"Author {n + 1}")
        (folder / "Report.pdf").write_bytes(data)
        sent.append(data)
        ids.append(agenda.attach_paper(demo_store, item.id, folder / "Report.pdf"))
    package = outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg", papers=ids, today=DEMO_TODAY)
    assert [p.name for p in package.papers] == ["Report.pdf", "Report (2).pdf"]
    assert [p.read_bytes() for p in package.papers] == sent
    attachments = list(parse(package.eml).iter_attachments())[2:]
    assert [(a.get_filename(), a.get_payload(decode=True)) for a in attachments] == [
        ("Report.pdf", sent[0]), ("Report (2).pdf", sent[1])]


def test_preparing_again_leaves_only_the_new_package_in_the_folder(demo_store, tmp_path):
    paper = [p for i in agenda.load_agenda(demo_store, AUGUST, today=DEMO_TODAY).items if i.part == 1
             for p in i.papers][0]
    first = outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg", papers=[paper.id], today=DEMO_TODAY)
    assert (first.folder / paper.original_name).is_file()
    # A file the app did not write there: the folder is the user's now, neither swapped away nor mixed into.
    (first.folder / "my notes.txt").write_text("the user's own file")
    before = {p.name: p.read_bytes() for p in first.folder.iterdir()}
    with pytest.raises(ExchangeError, match=r"already holds files CPO Desktop did not write there \(my notes\.txt\)"):
        outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg", today=DEMO_TODAY)
    assert {p.name: p.read_bytes() for p in first.folder.iterdir()} == before
    (first.folder / "my notes.txt").unlink()
    second = outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "pkg", today=DEMO_TODAY)
    # The paper left out the second time is gone: the folder holds one package, whole.
    assert sorted(p.name for p in second.folder.iterdir()) == sorted(f.name for f in second.files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "pkg"]  # no staging or swapped-out folder beside it
    # Prepared somewhere else, the earlier folder is left as it is.
    third = outgoing.prepare(demo_store, AUGUST, "HWB", tmp_path / "elsewhere", today=DEMO_TODAY)
    assert sorted(p.name for p in second.folder.iterdir()) == sorted(f.name for f in second.files)
    assert sorted(p.name for p in third.folder.iterdir()) == sorted(f.name for f in third.files)
