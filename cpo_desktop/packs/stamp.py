"""Stamping the pages of an assembled pack: the continuous page number and item number in the
footer, "Agenda Item 5" at the head of a paper's first page, and bands such as "Not for
publication" — on any paper, portrait, landscape, rotated or Letter-size.

Speed matters (a pack of 400 pages is stamped in tens of milliseconds), so a stamp is not an
overlay page drawn by ReportLab and merged: it is a few lines of PDF drawing appended to each
page's content, set in Liberation Sans from one embedded subset that is made once per pack.
ReportLab makes that subset (so it is embedded, with a ToUnicode map, and text extraction reads
the stamps); its character codes are read back from the page ReportLab drew, so nothing here
depends on how ReportLab numbers glyphs.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

import pikepdf
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpo_desktop.packs import fonts

# Every character a stamp may hold: printable ASCII and a few typographic marks.
ALPHABET = "".join(chr(c) for c in range(32, 127)) + "·–—‘’“”"
_FALLBACK = {"…": "...", "\u00a0": " "}

REGULAR, BOLD = "/CPOStamp", "/CPOStampBold"


@dataclass(frozen=True)
class Stamp:
    """What to print on one page. Any part may be empty."""

    footer_right: str = ""  # "Agenda Item 5 · Page 23"
    footer_left: str = ""  # "Corporate Parenting Board – 9 December 2026"
    head_right: str = ""  # "Agenda Item 5", on a paper's first page
    band: str = ""  # "NOT FOR PUBLICATION – Part 2, paragraph 3", top centre, bold
    middle: str = ""  # "This page is intentionally left blank", centred on the page


def _glyph_font(face: str) -> tuple[bytes, str, dict[str, int]]:
    """A one-page PDF (bytes) that sets ALPHABET in ``face``; the resource name of that font
    in it; and each character's code."""
    from reportlab.pdfgen import canvas

    fonts.register()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=0, initialFontName=face)
    c.setFont(face, 9)
    c.drawString(10, 10, ALPHABET)
    c.showPage()
    c.save()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    names, codes = set(), b""
    for operands, op in pikepdf.parse_content_stream(pdf.pages[0]):
        if str(op) == "Tf":
            current = str(operands[0])
        elif str(op) == "Tj":
            names.add(current)
            codes += bytes(operands[0])
    if len(codes) != len(ALPHABET) or len(names) != 1:
        raise RuntimeError("The stamp font could not be prepared (unexpected encoding).")
    return buf.getvalue(), names.pop(), dict(zip(ALPHABET, codes, strict=True))


_CACHE: dict[str, tuple[bytes, str, dict[str, int]]] = {}


def _glyphs(face: str) -> tuple[bytes, str, dict[str, int]]:
    if face not in _CACHE:
        _CACHE[face] = _glyph_font(face)
    return _CACHE[face]


_WIDTHS: dict[str, dict[str, float]] = {}


def _widths(face: str) -> dict[str, float]:
    """Each character's advance at 1000 pt (a table: measuring whole strings is slow in Python)."""
    if face not in _WIDTHS:
        _WIDTHS[face] = {ch: stringWidth(ch, face, 1000) for ch in ALPHABET}
    return _WIDTHS[face]


def plain(text: str) -> str:
    """``text`` in the stamp alphabet: accents dropped, anything else as "?"."""
    out = []
    for ch in text:
        if ch in _FALLBACK:
            out.append(_FALLBACK[ch])
        elif ch in ALPHABET:
            out.append(ch)
        else:
            base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(base if base else "?")
    return "".join(out)


def _pdf_string(text: str, codes: dict[str, int]) -> str:
    return "<" + bytes(codes[ch] for ch in text).hex() + ">"


class Stamper:
    """Stamps pages of one pikepdf document. Make one per document."""

    SIZE = 8.5
    HEAD_SIZE = 10

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self.pdf = pdf
        self._fonts = {}
        self._codes = {}
        for name, face in ((REGULAR, fonts.FAMILY), (BOLD, fonts.BOLD)):
            data, font_name, codes = _glyphs(face)
            source = pikepdf.open(io.BytesIO(data))
            font = source.pages[0].Resources.Font[font_name]
            if "LiberationSans" not in str(font.get("/BaseFont", "")):
                raise RuntimeError("The stamp font could not be prepared (not Liberation Sans).")
            self._fonts[name] = pdf.copy_foreign(font)
            self._codes[name] = codes
        self._widths = {name: _widths(face) for name, face in ((REGULAR, fonts.FAMILY), (BOLD, fonts.BOLD))}
        self._save = pdf.make_stream(b"q\n")

    def _text(self, font: str, size: float, x: float, y: float, text: str, *, align: str = "left",
              backing: bool = True) -> str:
        width = sum(self._widths[font][ch] for ch in text) * size / 1000
        if align == "right":
            x -= width
        elif align == "centre":
            x -= width / 2
        ops = []
        if backing:  # a white field behind the words, so they read on any paper
            ops.append(f"1 g {x - 2:.2f} {y - size * 0.3:.2f} {width + 4:.2f} {size * 1.25:.2f} re f")
        ops.append(f"0 g BT {font} {size} Tf {x:.2f} {y:.2f} Td {_pdf_string(text, self._codes[font])} Tj ET")
        return "\n".join(ops)

    def stamp(self, page: pikepdf.Page, stamp: Stamp) -> None:
        box = page.obj.get("/CropBox") or page.obj.get("/MediaBox")
        x0, y0, x1, y1 = (float(v) for v in box)
        x0, x1 = min(x0, x1), max(x0, x1)
        y0, y1 = min(y0, y1), max(y0, y1)
        rotate = int(page.obj.get("/Rotate", 0)) % 360
        w, h = x1 - x0, y1 - y0
        width, height = (w, h) if rotate in (0, 180) else (h, w)
        # user space from the page as it is seen (origin bottom left of the displayed page)
        matrix = {0: (1, 0, 0, 1, x0, y0), 90: (0, 1, -1, 0, x1, y0),
                  180: (-1, 0, 0, -1, x1, y1), 270: (0, -1, 1, 0, x0, y1)}[rotate]
        margin = 12 * mm if width > 100 * mm else 5 * mm
        ops = ["Q q", "{} {} {} {} {:.2f} {:.2f} cm".format(*matrix), "0 G 0 g 1 w [] 0 d"]
        foot_y = 7 * mm
        if stamp.footer_right:
            ops.append(self._text(REGULAR, self.SIZE, width - margin, foot_y, plain(stamp.footer_right),
                                  align="right"))
        if stamp.footer_left:
            ops.append(self._text(REGULAR, self.SIZE, margin, foot_y, plain(stamp.footer_left)))
        if stamp.head_right:
            ops.append(self._text(BOLD, self.HEAD_SIZE, width - margin, height - 8 * mm, plain(stamp.head_right),
                                  align="right"))
        if stamp.band:
            ops.append(self._text(BOLD, self.SIZE, width / 2, height - 8 * mm - (0 if not stamp.head_right else 0),
                                  plain(stamp.band), align="centre"))
        if stamp.middle:
            ops.append(self._text(REGULAR, 11, width / 2, height / 2, plain(stamp.middle), align="centre",
                                  backing=False))
        ops.append("Q")
        resources = page.obj.get("/Resources")
        if resources is None:
            page.obj.Resources = resources = pikepdf.Dictionary()
        font_dict = resources.get("/Font")
        if font_dict is None:
            resources.Font = font_dict = pikepdf.Dictionary()
        font_dict[REGULAR] = self._fonts[REGULAR]
        font_dict[BOLD] = self._fonts[BOLD]
        page.contents_add(self._save, prepend=True)
        page.contents_add(self.pdf.make_stream("\n".join(ops).encode("ascii")))
