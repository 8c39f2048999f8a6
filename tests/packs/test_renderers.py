"""The minutes, action log and letter renderers: real PDFs and Word files, read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from pypdf import PdfReader

from cpo_desktop.packs import fonts
from cpo_desktop.packs.actions_export import CSV_HEADER, actions_csv, actions_pdf
from cpo_desktop.packs.content import (AbsenceLetter, ActionLine, ActionLogContent, Attendee,
                                       DeclarationLine, MinuteSection, MinutesContent)
from cpo_desktop.packs.letters import absence_letter_docx
from cpo_desktop.model import privacy
from cpo_desktop.packs.minutes_docx import render_minutes_docx
from cpo_desktop.packs.minutes_pdf import render_minutes_pdf, resolution_items, resolution_text

D = dt.date

SECRET = "Placement breakdown for a named child"

LOG = (
    ActionLine("A9", "8 (10/06/2026)", "Report on care leavers in suitable accommodation.",
               "Head of Leaving Care", D(2026, 9, 1), "In progress",
               "02/10/2026: Data agreed.", overdue=True),
    ActionLine("A11", "10 (12/08/2026)", "Write to the NHS about CAMHS waiting times.", "Chair",
               D(2026, 11, 30), "Open"),
)


def _sections(n_filler: int = 0) -> tuple[MinuteSection, ...]:
    filler = tuple(
        MinuteSection(str(20 + i), f"Filler item {i}", discussion="\n\n".join(
            ["The Board discussed the item at some length and asked questions of officers."] * 6),
            resolutions=("That the report be noted.",))
        for i in range(n_filler))
    return (
        MinuteSection("1", "Apologies for absence"),
        MinuteSection("2", "Declarations of interest"),
        MinuteSection("3", "Matters arising and action log", presenter="Corporate Parenting Officer",
                      discussion="The Board reviewed the log.", resolutions=("That the log be noted.",),
                      action_log=LOG),
        MinuteSection("4", "Virtual School Head's annual report",
                      presenter="Report of the Virtual School Head (Jo Bloggs)",
                      discussion="Outcomes improved at key stage 2.\n\nPEPs & <attendance> were discussed.",
                      resolutions=("That the report be noted.",
                                   "That the Board endorse the priorities for 2026/27."),
                      actions=(ActionLine("A12", "4", "Circulate the PEP audit.", "Virtual School Head",
                                          D(2026, 11, 11), "Open"),)),
        MinuteSection("4a", "Health assessments", discussion="Completion stood at 71%.",
                      resolutions=("That a further update be brought to the December meeting.",)),
        *filler,
        MinuteSection("9", "Placement stability", part=2, exempt_paragraph=2,
                      presenter="Report of the Service Manager", discussion=SECRET,
                      resolutions=("That the cases be noted.",)),
    )


def _minutes(**changes) -> MinutesContent:
    content = MinutesContent(
        council="Sefton Council",
        board="Corporate Parenting Board",
        meeting_date=D(2026, 10, 14),
        start_time=dt.time(14, 0),
        venue="Bootle Town Hall",
        status="draft",
        public=False,
        present=(Attendee("Councillor Diane Roberts", "Chair"), Attendee("Councillor Paul Brown", "Vice-Chair")),
        substitutes=(Attendee("Councillor Mark Reid", note="substitute for Councillor Anne Hughes"),),
        in_attendance=(Attendee("Jo Bloggs", "Virtual School Head"), Attendee("Kayla", "MAD council", "for item 4")),
        apologies=(Attendee("Councillor Anne Hughes"),),
        declarations=(DeclarationLine("Councillor Paul Brown", "4", "Other registrable interest",
                                      "School governor", "Remained in the meeting"),),
        sections=_sections(),
        exclusion_resolution="RESOLVED: That the press and public be excluded for the following item.",
        chair="Councillor Diane Roberts (Chair)",
        contact="Contact officer: Sam Taylor, cpo@sefton.gov.uk",
    )
    content = replace(content, **changes)
    # public content reaches a renderer only through the privacy rule (no young people to mask here)
    return privacy.scrub(content, privacy.NameMasker()) if content.public else content


def _signed(**changes) -> MinutesContent:
    sections = tuple(
        replace(s, withheld=True, discussion="", presenter="SECRET PRESENTER",
                resolutions=("That the SECRET RESOLUTION be agreed.",),
                withheld_note="This item contained exempt information (paragraph 2).")
        if s.part == 2 else s for s in _sections())
    return _minutes(status="signed", public=True, sections=sections,
                    signed_by="Councillor Diane Roberts", signed_on=D(2026, 12, 9),
                    confirmed_note="Confirmed as a correct record on 9 December 2026.",
                    amendments=("Minute 4: 94% replaced by 92%.",), **changes)


def _pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _font_dicts(reader: PdfReader):
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            yield font.get_object()


def _assert_fonts_embedded(data: bytes) -> None:
    fonts_seen = list(_font_dicts(PdfReader(io.BytesIO(data))))
    assert fonts_seen
    for font in fonts_seen:
        assert "LiberationSans" in font["/BaseFont"], font["/BaseFont"]
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]


def _qpdf_check(tmp_path, data: bytes) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- fonts

def test_fonts_register_is_idempotent_and_files_are_shipped():
    assert fonts.register() == "LiberationSans"
    assert fonts.register() == "LiberationSans"
    from reportlab.lib.fonts import tt2ps
    from reportlab.pdfbase import pdfmetrics

    assert tt2ps("LiberationSans", 1, 0) == "LiberationSans-Bold"
    assert tt2ps("LiberationSans", 1, 1) == "LiberationSans-BoldItalic"
    assert {"LiberationSans", "LiberationSans-Italic"} <= set(pdfmetrics.getRegisteredFontNames())
    assert (fonts.font_dir() / "OFL.txt").read_text().count("SIL OPEN FONT LICENSE Version 1.1") == 1


# --------------------------------------------------------------------------- minutes PDF

def test_minutes_pdf_reads_like_minutes(tmp_path):
    data = render_minutes_pdf(_minutes())
    pages = _pdf_text(data)
    text = _flat(" ".join(pages))
    assert "Sefton Council" in text
    assert "Corporate Parenting Board" in text
    assert "Minutes of the meeting held on Wednesday 14 October 2026 at 2.00 pm, Bootle Town Hall" in text
    for label in ("Present:", "Substitutes:", "In attendance:", "Apologies:"):
        assert label in text
    assert "Absent:" not in text  # an empty group is left out
    assert "Councillor Diane Roberts (Chair)" in text
    assert "Councillor Mark Reid – substitute for Councillor Anne Hughes" in text
    assert "Jo Bloggs – Virtual School Head" in text
    assert "3. Matters arising and action log" in text
    assert "4a. Health assessments" in text
    # declarations table under the declarations minute
    assert text.index("2. Declarations of interest") < text.index("Nature of interest") < text.index("3. Matters")
    assert "School governor" in text
    # one resolution, and a numbered one
    assert "RESOLVED: That the log be noted." in text
    assert "RESOLVED: That – (1) the report be noted; and (2) the Board endorse the priorities for 2026/27." in text
    # user text with markup characters is escaped, not swallowed
    assert "PEPs & <attendance> were discussed." in text
    # actions agreed and the reviewed log, with the overdue marker
    assert "Actions agreed" in text and "Circulate the PEP audit." in text and "11/11/2026" in text
    assert "Action log reviewed" in text and "Overdue" in text
    # Part 2 heading and exclusion resolution come before the first Part 2 minute
    assert text.index("Part 2 – exempt information") < text.index("9. Placement stability")
    assert "RESOLVED: That the press and public be excluded" in text
    # the signature block is left blank on an unsigned draft
    assert "Chair:" in text and "Date:" in text and "......" in text
    # every page: marking, page x of y, contact line
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Restricted – not for publication" in page
        assert f"Page {number} of {len(pages)}" in page
        assert "Contact officer: Sam Taylor" in page
        assert "DRAFT" in page
    _qpdf_check(tmp_path, data)


def test_minutes_pdf_draft_watermark_is_behind_the_text():
    reader = PdfReader(io.BytesIO(render_minutes_pdf(_minutes())))
    for page in reader.pages:
        stream = page.get_contents().get_data()
        first_text = stream[stream.index(b"BT"):stream.index(b"ET")]
        assert b" 150 Tf" in first_text and b"(DRAFT) Tj" in first_text, "the watermark is drawn first"
        assert re.search(rb"[\d.]+ [\d.]+ [\d.]+ rg\s*/\w+ gs", stream[:stream.index(b"BT")]), \
            "in a light colour with transparency"


def test_signed_public_minutes_have_no_draft_and_show_who_signed():
    data = render_minutes_pdf(_signed())
    pages = _pdf_text(data)
    text = _flat(" ".join(pages))
    assert "DRAFT" not in text
    for page in pages:
        assert "Public version" in page
        assert "Restricted" not in page
    assert "Chair: Councillor Diane Roberts" in text
    assert "Date: 9 December 2026" in text
    assert "Amendments" in text and "Minute 4: 94% replaced by 92%." in text
    assert "Confirmed as a correct record on 9 December 2026." in text


def test_withheld_section_shows_only_number_title_and_note():
    data = render_minutes_pdf(_signed())
    text = _flat(" ".join(_pdf_text(data)))
    assert "9. Placement stability" in text
    assert "This item contained exempt information (paragraph 2)." in text
    assert SECRET not in text
    assert "SECRET" not in text  # presenter and resolutions of a withheld item are not shown


def test_no_declarations_sentence_and_top_placement():
    text = _flat(" ".join(_pdf_text(render_minutes_pdf(_minutes(declarations=())))))
    assert "2. Declarations of interest No declarations of interest were made." in text
    assert "Nature of interest" not in text

    without_minute = tuple(s for s in _sections() if s.number != "2")
    text = _flat(" ".join(_pdf_text(render_minutes_pdf(_minutes(sections=without_minute)))))
    assert text.index("Declarations of interest") < text.index("Nature of interest") < text.index("1. Apologies")


def test_minutes_pdf_embeds_fonts_and_metadata():
    data = render_minutes_pdf(_minutes())
    _assert_fonts_embedded(data)
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == "Corporate Parenting Board – minutes – 14 October 2026"
    assert reader.metadata.author == "Sefton Council"
    assert "14 October 2026" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    titled = PdfReader(io.BytesIO(render_minutes_pdf(_minutes(title="My own title"))))
    assert titled.metadata.title == "My own title"


def test_minutes_pdf_has_a_bookmark_per_minute_on_the_right_page():
    data = render_minutes_pdf(_minutes(sections=_sections(n_filler=4)))
    reader = PdfReader(io.BytesIO(data))

    def walk(items):
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                yield item

    entries = {o.title: reader.get_destination_page_number(o) for o in walk(reader.outline)}
    assert len(entries) == len(_sections(n_filler=4))
    assert any(isinstance(o, list) for o in reader.outline), "the sub-item 4a nests under 4"
    pages = _pdf_text(data)
    for title, page in entries.items():
        number, name = title.split(" ", 1)
        assert f"{number} {name}" in _flat(pages[page]), title
    assert len(set(entries.values())) > 1


def test_long_minutes_keep_page_total_right(tmp_path):
    data = render_minutes_pdf(_minutes(sections=_sections(n_filler=12)))
    pages = _pdf_text(data)
    assert len(pages) >= 4
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    _qpdf_check(tmp_path, data)


def test_resolution_wording():
    assert resolution_text("The report be noted.") == "That the report be noted."
    assert resolution_text("that the report be noted.") == "That the report be noted."
    assert resolution_items(["That the report be noted.", "That the plan be approved.",
                             "That Sefton's offer be endorsed."]) == [
        "the report be noted;", "the plan be approved; and", "Sefton's offer be endorsed."]


# --------------------------------------------------------------------------- minutes Word

def _docx(data: bytes):
    return Document(io.BytesIO(data))


def test_minutes_docx_uses_real_styles_and_tables():
    doc = _docx(render_minutes_docx(_minutes()))
    by_style: dict[str, list[str]] = {}
    for p in doc.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    assert "Corporate Parenting Board" in by_style["Heading 1"]
    minutes = [re.sub(r"\s+", " ", t) for t in by_style["Heading 2"]]
    assert "1. Apologies for absence" in minutes
    assert "4. Virtual School Head's annual report" in minutes
    assert any(t.startswith("4a.") for t in by_style["Heading 3"])
    assert "Part 2 – exempt information" in by_style["Heading 1"]
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "RESOLVED: That the log be noted." in body
    assert "(1)\tthe report be noted; and" in body
    assert "PEPs & <attendance> were discussed." in body

    headers = [[c.text for c in t.rows[0].cells] for t in doc.tables]
    assert ["Member", "Item", "Nature of interest", "Action"] in headers
    assert ["No.", "Action", "Owner", "Due"] in headers
    assert ["No.", "Minute", "Action", "Owner", "Due", "Status", "Update"] in headers
    for table in doc.tables:
        assert table.style.name == "Table Grid"
    log = next(t for t in doc.tables if len(t.columns) == 7)
    assert "Overdue" in log.rows[1].cells[5].text and "Overdue" not in log.rows[2].cells[5].text

    normal = doc.styles["Normal"]
    assert normal.font.name == "Arial" and normal.font.size.pt == 11
    props = doc.core_properties
    assert props.title == "Corporate Parenting Board – minutes – 14 October 2026"
    assert props.author == "Sefton Council"
    assert props.language == "en-GB"
    assert "14 October 2026" in props.subject

    header = "\n".join(p.text for p in doc.sections[0].header.paragraphs)
    assert "Restricted – not for publication" in header
    assert "DRAFT – subject to confirmation" in header
    footer_xml = doc.sections[0].footer._element.xml
    assert 'w:instr=" PAGE "' in footer_xml and 'w:instr=" NUMPAGES "' in footer_xml


def test_signed_public_docx_has_no_draft_marking_and_withholds_part2():
    doc = _docx(render_minutes_docx(_signed()))
    header = "\n".join(p.text for p in doc.sections[0].header.paragraphs)
    assert "Public version" in header
    assert "DRAFT" not in header
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "This item contained exempt information (paragraph 2)." in body
    assert "SECRET" not in body and SECRET not in body
    assert "Councillor Diane Roberts" in body and "9 December 2026" in body


def test_docx_converts_with_libreoffice(tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed, so the .docx cannot be converted")
    src = tmp_path / "minutes.docx"
    src.write_bytes(render_minutes_docx(_minutes()))
    out = tmp_path / "out"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(src)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    pdf = out / "minutes.pdf"
    assert pdf.is_file(), result.stdout + result.stderr
    pages = _pdf_text(pdf.read_bytes())
    text = _flat(" ".join(pages))
    assert "Corporate Parenting Board" in text
    assert "DRAFT – subject to confirmation" in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]


# --------------------------------------------------------------------------- action log

ACTIONS = LOG + (
    ActionLine("A13", "", "=HYPERLINK(\"http://x\") looks like a formula", "Officer, Ward “North”",
               None, "Open"),
)


def test_actions_csv_round_trips_through_csv():
    data = actions_csv(ACTIONS)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_HEADER == ("Number", "Minute", "Action", "Owner", "Due", "Status",
                                            "Overdue", "Latest update")
    assert rows[1] == ["A9", "8 (10/06/2026)", "Report on care leavers in suitable accommodation.",
                       "Head of Leaving Care", "01/09/2026", "In progress", "Yes", "02/10/2026: Data agreed."]
    assert rows[2][4] == "30/11/2026" and rows[2][6] == "No"
    assert rows[3][2].startswith("'=HYPERLINK")  # not run as a formula by Excel
    assert rows[3][3] == "Officer, Ward “North”" and rows[3][4] == ""
    assert len(rows) == 1 + len(ACTIONS)


def test_actions_pdf_is_a_landscape_table(tmp_path):
    many = ACTIONS + tuple(
        ActionLine(f"B{n}", "5 (14/10/2026)", "A long action description " * 3, "Officer", D(2026, 12, 1),
                   "Open", overdue=n % 5 == 0) for n in range(40))
    content = ActionLogContent("Sefton Council", "Corporate Parenting Board", D(2026, 11, 23),
                               "Open actions", many)
    data = actions_pdf(content)
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    pages = _pdf_text(data)
    assert len(pages) >= 2
    text = _flat(" ".join(pages))
    assert "Open actions as at 23 November 2026" in text
    assert "Sefton Council" in text and "CORPORATE PARENTING BOARD" in text
    assert "Overdue" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Latest update" in page  # the header row repeats
    assert reader.metadata.title == "Corporate Parenting Board – Open actions – 23 November 2026"
    _assert_fonts_embedded(data)
    _qpdf_check(tmp_path, data)


# --------------------------------------------------------------------------- letter

def _letter(**changes) -> AbsenceLetter:
    letter = AbsenceLetter(
        council="Sefton Council", board="Corporate Parenting Board", date=D(2026, 11, 23),
        to_name="Councillor Gary Lee", salutation="Dear Councillor Lee",
        to_address=("Member for Linacre ward", "gary.lee@example.org"),
        meeting_date=D(2026, 10, 14), next_meeting=D(2026, 12, 9),
        chair="Councillor Diane Roberts", chair_role="Chair, Corporate Parenting Board",
        contact="Sam Taylor, Corporate Parenting Officer, cpo@sefton.gov.uk",
        attendance_this_year="You have attended 1 of the 3 meetings held this municipal year.")
    return replace(letter, **changes)


def test_absence_letter_reads_like_a_letter():
    doc = _docx(absence_letter_docx(_letter()))
    paras = [p for p in doc.paragraphs if p.text.strip()]
    texts = [p.text for p in paras]
    assert texts[0] == "Sefton Council"
    assert paras[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT  # top right
    order = [texts.index(t) for t in ("Councillor Gary Lee", "23 November 2026", "Dear Councillor Lee",
                                      "Yours sincerely", "Councillor Diane Roberts",
                                      "Chair, Corporate Parenting Board")]
    assert order == sorted(order)
    body = " ".join(texts)
    assert "not present at the meeting of the Corporate Parenting Board on Wednesday 14 October 2026" in body
    assert "no apologies were received" in body
    assert "corporate parents" in body
    assert "send your apologies" in body and "cpo@sefton.gov.uk" in body
    assert "The next meeting of the board is on Wednesday 9 December 2026" in body
    assert "You have attended 1 of the 3 meetings held this municipal year." in body
    styles = {p.text: p.style.name for p in paras}
    assert styles["Dear Councillor Lee"] == "Salutation"
    assert styles["Yours sincerely"] == "Closing"
    assert styles["Councillor Diane Roberts"] == "Signature"
    assert doc.core_properties.author == "Sefton Council"
    assert doc.core_properties.language == "en-GB"


def test_absence_letter_without_next_meeting_or_attendance():
    doc = _docx(absence_letter_docx(_letter(next_meeting=None, attendance_this_year="")))
    body = " ".join(p.text for p in doc.paragraphs)
    assert "The next meeting of the board is on" not in body
    assert "municipal year" not in body
    assert "next meeting" in body


def test_public_minutes_that_did_not_pass_the_privacy_rule_are_refused():
    """The renderers take public content only from the privacy rule: a public document made any
    other way is a bug, refused before a byte is written (a positive control: the same content
    through the rule renders)."""
    raw = replace(_minutes(), public=True)
    for render in (render_minutes_pdf, render_minutes_docx):
        with pytest.raises(privacy.NotCleared):
            render(raw)
        assert render(privacy.scrub(raw, privacy.NameMasker()))
