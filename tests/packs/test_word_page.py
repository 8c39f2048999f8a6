"""Word papers are laid out on A4 before conversion (issue 19, point 12): a Letter section, or
one that names no size, becomes A4 in its own orientation; other sizes and everything else stay."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from cpo_desktop.packs.sanitise_word import SanitiseError
from cpo_desktop.packs.word_page import a4_sections


def word(*sizes: tuple[float, float, bool]) -> bytes:
    """A .docx with a section of each (width, height in mm, landscape) size."""
    document = docx.Document()
    for n, (width, height, landscape) in enumerate(sizes):
        section = document.sections[0] if n == 0 else document.add_section()
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(width), Mm(height)
        document.add_paragraph(f"Section {n + 1}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def sizes(data: bytes) -> list[tuple[int, int, str]]:
    document = docx.Document(io.BytesIO(data))
    return [(round(s.page_width.mm), round(s.page_height.mm), s.orientation.name) for s in document.sections]


LETTER = (215.9, 279.4, False)
LETTER_LANDSCAPE = (279.4, 215.9, True)
A5 = (148, 210, False)


def test_letter_sections_become_a4_in_their_own_orientation_and_other_sizes_stay():
    made = a4_sections(word(LETTER, LETTER_LANDSCAPE, A5))
    assert sizes(made) == [(210, 297, "PORTRAIT"), (297, 210, "LANDSCAPE"), (148, 210, "PORTRAIT")]
    assert "Section 2" in [p.text for p in docx.Document(io.BytesIO(made)).paragraphs]  # the text is untouched


def test_a_paper_already_on_a4_comes_back_byte_for_byte():
    data = word((210, 297, False), A5)
    assert a4_sections(data) == data  # positive control: nothing to do, nothing done


def test_a_section_that_names_no_size_gets_a4_where_the_schema_puts_it():
    data = word(LETTER)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
        others = {i.filename: z.read(i) for i in z.infolist() if i.filename != "word/document.xml"}
    start = xml.index("<w:pgSz")
    xml = xml[:start] + xml[xml.index("/>", start) + 2:]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", xml)
        for name, blob in others.items():
            z.writestr(name, blob)
    made = a4_sections(out.getvalue())
    assert sizes(made)[0][:2] == (210, 297)
    with zipfile.ZipFile(io.BytesIO(made)) as z:
        section = z.read("word/document.xml").decode()
    assert section.index("<w:pgSz") < section.index("<w:pgMar")


@pytest.mark.parametrize("data", [b"not a zip", b"PK\x03\x04broken"], ids=["text", "broken zip"])
def test_a_file_that_cannot_be_read_is_refused(data):
    with pytest.raises(SanitiseError):
        a4_sections(data)
