"""Word papers laid out on A4 before they are turned into PDF.

A council's packs are A4. A paper written from an American template (python-docx's own, or
Word's US default) is Letter, and a section that names no page size is laid out on the converting
program's default, which is Letter in many installations: the pack would then mix 8.5 × 11 inch
pages with A4 ones, and print them cropped or shrunk. Before conversion every section of the
paper's copy that is Letter, or names no size, is set to A4 in the same orientation; margins and
other sizes (A3, A5, …) are left as the author set them. The stored paper itself is never changed.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from cpo_desktop.packs.sanitise_word import MAX_PART, SanitiseError, open_docx, xml_parser

__all__ = ["a4_sections"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A4 = (11906, 16838)  # twentieths of a point, portrait
LETTER = (12240, 15840)
# What follows pgSz in a section's properties (ECMA-376 CT_SectPr).
_AFTER_PGSZ = {"pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
               "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
               "sectPrChange"}


def _is_letter(width: int, height: int) -> bool:
    return (min(width, height), max(width, height)) == LETTER


def _resize(sect: etree._Element) -> bool:
    size = sect.find(f"{{{_W}}}pgSz")
    if size is None:
        size = etree.Element(f"{{{_W}}}pgSz")
        later = next((child for child in sect if etree.QName(child).localname in _AFTER_PGSZ), None)
        if later is None:
            sect.append(size)
        else:
            later.addprevious(size)  # where the schema puts it: Word refuses a file that misorders it
        size.set(f"{{{_W}}}w", str(A4[0]))
        size.set(f"{{{_W}}}h", str(A4[1]))
        return True
    try:
        width, height = int(size.get(f"{{{_W}}}w", "0")), int(size.get(f"{{{_W}}}h", "0"))
    except ValueError:
        return False
    if not _is_letter(width, height):
        return False
    landscape = width > height or size.get(f"{{{_W}}}orient") == "landscape"
    new_width, new_height = (A4[1], A4[0]) if landscape else A4
    size.set(f"{{{_W}}}w", str(new_width))
    size.set(f"{{{_W}}}h", str(new_height))
    return True


def a4_sections(data: bytes) -> bytes:
    """The .docx with its Letter (or unsized) sections set to A4; unchanged, byte for byte, when
    there are none. Raises SanitiseError when the file cannot be read."""
    with open_docx(data) as archive:
        try:
            info = archive.getinfo("word/document.xml")
        except KeyError as exc:
            raise SanitiseError("it has no document part") from exc
        if info.file_size > MAX_PART:
            raise SanitiseError("its document part is too large to read")
        try:
            tree = etree.fromstring(archive.read(info), xml_parser())
        except (etree.XMLSyntaxError, zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
            raise SanitiseError("it is damaged and cannot be read") from exc
        changed = [_resize(sect) for sect in tree.iter(f"{{{_W}}}sectPr")]
        if not any(changed):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for item in archive.infolist():
                if item.filename == "word/document.xml":
                    target.writestr(item, etree.tostring(tree, xml_declaration=True, encoding="UTF-8",
                                                         standalone=True))
                else:
                    target.writestr(item, archive.read(item))
        return out.getvalue()
