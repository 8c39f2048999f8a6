"""The minutes as documents, on the demo board: public and restricted PDF and Word, read back
(pypdf; python-docx, paragraphs, table cells, headers), converted by LibreOffice, drawn by
pdftoppm; the DRAFT mark; and the Chair's letters to members absent without apologies.

What must not be in a public document is taken from the database here: the Part 2 minute's
discussion, and the surname of every young person who has not consented to their full name.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import docx
import pytest
from pypdf import PdfReader
from sqlmodel import select

from cpo_desktop.model.tables import Person
from cpo_desktop.services import actions, attendance, minutes
from cpo_desktop.services import minutes_documents

D = dt.date
DEMO_TODAY = D(2026, 11, 23)
JUNE, OCTOBER = 1, 3  # the demo's signed June minutes and draft October minutes


# --- reading documents back -----------------------------------------------------------------------

def flat(text: str) -> str:
    """Whitespace made single spaces: lines wrap anywhere in a PDF or a table cell."""
    return " ".join(text.split())


def pdf_text(path) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def docx_text(path) -> str:
    document = docx.Document(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return flat(" ".join(parts))


def has_word(word: str, text: str) -> bool:
    """``word`` as a whole word, in any case (headings are set in capitals)."""
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None


def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def private_young_people(store) -> list[Person]:
    with store.session() as session:
        return list(session.exec(select(Person).where(Person.is_young_person == True,  # noqa: E712
                                                      Person.consent_full_name == False)))  # noqa: E712


def part2(store) -> minutes.MinuteRow:
    [row] = [r for r in minutes.load(store, OCTOBER).minutes if r.part == 2]
    return row


def export_both(store, tmp_path, fmt: str, meeting: int = OCTOBER) -> tuple:
    public = minutes_documents.export(store, meeting, fmt, tmp_path / f"public.{fmt}", public=True, today=DEMO_TODAY)
    restricted = minutes_documents.export(store, meeting, fmt, tmp_path / f"restricted.{fmt}", public=False, today=DEMO_TODAY)
    return public, restricted


def check_public_and_restricted(store, public: str, restricted: str) -> None:
    secret = part2(store)
    hidden = private_young_people(store)
    assert {p.surname for p in hidden} >= {"Lowe", "Quinn"}  # the demo's: a member and a former member
    assert "Tyler Quinn" in secret.discussion

    # Restricted: everything, names in full.
    assert flat(secret.discussion) in restricted
    assert "Tyler Quinn" in restricted and "Kayden Lowe" in restricted
    assert "Restricted – not for publication" in restricted

    # Public: the Part 2 item by title and paragraph only; young people by first name.
    assert "Public version" in public
    for sentence in re.split(r"(?<=\.) ", flat(secret.discussion)):
        assert sentence not in public
    for p in hidden:
        assert not has_word(p.surname, public), p.surname
    assert not has_word("Tyler", public)
    # by its public title: the full title of an exempt item may itself say too much
    assert f"EXEMPT ITEM (PARAGRAPH {secret.exempt_paragraph})" in public.upper()
    assert secret.title.upper() not in public.upper() and secret.title.upper() in restricted.upper()
    assert (f"exempt information as defined in paragraph {secret.exempt_paragraph} of Part 1 of Schedule 12A"
            in public)
    assert "section 100A(4) of the Local Government Act 1972" in public
    assert "the minute is not published" in public
    assert has_word("Kayden", public)
    assert "Jade Armitage" in public  # consented to her full name


# --- public and restricted ------------------------------------------------------------------------

def test_public_and_restricted_pdf(demo_store, tmp_path):
    # An action agreed under the Part 2 minute: in the restricted minutes only.
    owner = next(r.person_id for r in attendance.load(demo_store, OCTOBER).rows if r.member)
    actions.add_action(demo_store, actions.ActionInput("Confirm the foster placement for Tyler Quinn",
                                                       owner_id=owner, minute_id=part2(demo_store).id),
                       today=DEMO_TODAY)
    public, restricted = export_both(demo_store, tmp_path, "pdf")
    assert public.read_bytes().startswith(b"%PDF-") and restricted.read_bytes().startswith(b"%PDF-")
    pub, res = pdf_text(public), pdf_text(restricted)
    check_public_and_restricted(demo_store, pub, res)
    assert "Confirm the foster placement" in res and "Confirm the foster placement" not in pub
    # Both carry the public minutes in full: a Part 1 discussion, with the young person by first name.
    youth = next(r for r in minutes.load(demo_store, OCTOBER).minutes if r.title.startswith("Youth Ambassadors"))
    assert flat(youth.discussion) in res
    assert flat(youth.discussion).replace("Kayden Lowe", "Kayden") in pub


def test_public_and_restricted_docx_read_back_and_convert(demo_store, tmp_path):
    public, restricted = export_both(demo_store, tmp_path, "docx")
    check_public_and_restricted(demo_store, docx_text(public), docx_text(restricted))

    view = minutes.load(demo_store, OCTOBER)
    document = docx.Document(public)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    expected = [f"{r.number}.\t{(f'Exempt item (paragraph {r.exempt_paragraph})' if r.part == 2 else r.title)}"
                for r in view.minutes if not r.sub_item]
    assert headings == expected
    assert any(p.style.name == "Heading 1" and p.text == "Part 2 – exempt information" for p in document.paragraphs)
    assert len(document.tables) >= 2  # the declarations and the action log, at least
    table_text = [flat(" ".join(c.text for c in t.rows[0].cells)) for t in document.tables]
    assert "Member Item Nature of interest Action" in table_text
    assert "No. Minute Action Owner Due Status Update" in table_text

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed, so the .docx could not be converted")
    for path in (public, restricted):
        out = tmp_path / "converted"
        result = subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
             "--outdir", str(out), str(path)], capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
        assert "Error" not in result.stdout + result.stderr, result.stdout + result.stderr
        converted = out / f"{path.stem}.pdf"
        assert converted.is_file() and converted.stat().st_size > 10_000
        text = pdf_text(converted)
        assert (part2(demo_store).title.upper() in text.upper()) is (path == restricted)
        assert ("Tyler Quinn" in text) is (path == restricted)


def test_a_young_persons_surname_in_a_title_is_not_published(demo_store, tmp_path):
    youth = next(r for r in minutes.load(demo_store, OCTOBER).minutes if r.title.startswith("Youth Ambassadors"))
    minutes.set_title(demo_store, youth.id, "Youth Ambassadors' report, presented by Kayden Lowe")
    public = minutes_documents.export(demo_store, OCTOBER, "pdf", tmp_path / "public.pdf", public=True, today=DEMO_TODAY)
    text = pdf_text(public)
    assert has_word("Kayden", text)
    assert not has_word("Lowe", text)


# --- draft and signed -----------------------------------------------------------------------------

def test_a_draft_is_marked_draft_and_signed_minutes_are_not(demo_store, tmp_path):
    draft = pdf_text(minutes_documents.export(demo_store, OCTOBER, "pdf", tmp_path / "draft.pdf", public=True,
                                    today=DEMO_TODAY))
    assert has_word("DRAFT", draft)
    signed_view = minutes.load(demo_store, JUNE)
    assert signed_view.status == "signed"
    signed = pdf_text(minutes_documents.export(demo_store, JUNE, "pdf", tmp_path / "signed.pdf", public=True,
                                     today=DEMO_TODAY))
    assert not has_word("DRAFT", signed)
    assert signed_view.signed_by in signed
    assert f"{signed_view.signed_on.day} {signed_view.signed_on:%B %Y}" in signed
    assert f"confirmed as a correct record at the meeting held on {long_date(signed_view.confirmed_on)}" in signed

    draft_docx = docx.Document(minutes_documents.export(demo_store, OCTOBER, "docx", tmp_path / "draft.docx", public=True,
                                              today=DEMO_TODAY))
    assert "DRAFT – subject to confirmation" in [p.text for p in draft_docx.sections[0].header.paragraphs]
    signed_docx = docx.Document(minutes_documents.export(demo_store, JUNE, "docx", tmp_path / "signed.docx", public=True,
                                               today=DEMO_TODAY))
    assert not has_word("DRAFT", " ".join(p.text for p in signed_docx.sections[0].header.paragraphs))


def test_minutes_that_are_not_started_or_a_wrong_format_are_refused(demo_store, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(minutes.MinutesError, match="pdf or docx"):
        minutes_documents.export(demo_store, OCTOBER, "odt", out / "m.odt", public=True, today=DEMO_TODAY)
    with pytest.raises(minutes.MinutesError, match="does not exist"):
        minutes_documents.export(demo_store, OCTOBER, "pdf", out / "nowhere" / "m.pdf", public=True, today=DEMO_TODAY)
    with pytest.raises(minutes.MinutesError, match="have not been started"):
        minutes_documents.export(demo_store, 4, "pdf", out / "m.pdf", public=True, today=DEMO_TODAY)
    assert list(out.iterdir()) == []


def test_the_first_page_of_the_public_pdf_renders(demo_store, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    public = minutes_documents.export(demo_store, OCTOBER, "pdf", tmp_path / "public.pdf", public=True, today=DEMO_TODAY)
    result = subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(public),
                             str(tmp_path / "page")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    [png] = list(tmp_path.glob("page*.png"))
    assert png.stat().st_size > 5_000
    from PIL import Image

    with Image.open(png) as image:
        width, height = image.size
        # A4 at 50 dpi, give or take a pixel of rounding.
        assert abs(width - 210 / 25.4 * 50) <= 1 and abs(height - 297 / 25.4 * 50) <= 1, (width, height)
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])  # pixels darker than mid-grey
    assert 0.005 < dark / (width * height) < 0.5  # text on a white page, not blank, not black


# --- letters to members absent without apologies --------------------------------------------------

def test_a_letter_to_each_member_absent_without_apologies(demo_store, tmp_path):
    sheet = attendance.load(demo_store, OCTOBER)
    absent = sheet.absent_without_apologies
    assert absent  # the demo has one
    letters = minutes_documents.absence_letters(demo_store, OCTOBER, tmp_path / "letters", today=DEMO_TODAY)
    assert [letter.person_id for letter in letters] == [r.person_id for r in absent]
    assert sorted(p.name for p in (tmp_path / "letters").iterdir()) == sorted(letter.path.name for letter in letters)
    for letter, row in zip(letters, absent, strict=True):
        assert letter.name == row.name
        text = docx_text(letter.path)
        assert row.name in text
        assert long_date(sheet.meeting.date) in text
        assert "no apologies were received" in text
        assert "Yours sincerely" in text
        assert long_date(D(2026, 12, 9)) in text  # the next meeting

    # A meeting where everyone sent apologies or came: no letters, no folder.
    assert not attendance.load(demo_store, JUNE).absent_without_apologies
    assert minutes_documents.absence_letters(demo_store, JUNE, tmp_path / "none", today=DEMO_TODAY) == []
    assert not (tmp_path / "none").exists()
