"""The member induction pack as a PDF (ReportLab platypus), laid out like a council's paper.

A4, Liberation Sans (embedded), black on white. A cover (council, "Member induction pack", the
board, the member's name and seat, the date issued); a contents page with page numbers; then
each section on a new page under a numbered heading, with a bookmark in the PDF outline. Every
page after the cover has a running header (the board; "Member induction pack 2026/27") and a
footer (the contact line; "Page x of y"). The header is drawn when a page begins and the footer
when it ends, so text extracted from a page reads header, body, footer.

Sections are made of the board's Library texts (``PackText``; the first text's title
is the section's heading, any further texts follow under their own titles as subheadings) and,
in some, tables from the register: the current membership, the priorities with their working
groups' chairs, the year's meetings and training dates, and the contacts.

The renderer is pure: it takes ``InductionContent`` and returns bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

from cpo_desktop import dates
from cpo_desktop.packs import fonts
from cpo_desktop.packs.induction_content import InductionContent, PackText
from cpo_desktop.packs.minutes_pdf import (INK, MARGIN_X, QUIET, RULE, Bookmark, PageDecor, make_doc_template,
                                           mixed_widths, pdf_styles, table_style)
from cpo_desktop.packs.text import esc
from cpo_desktop.wording import aside

__all__ = ["render_induction_pdf", "SECTIONS"]

# The pack's sections: (the Library text whose title heads the section, the texts that follow it).
# Tables from the register follow the text named in ``_TABLES``. A Library text not named here
# (one added in a later version) gets a section of its own before the contacts.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("welcome", ()),
    ("corporate_parenting", ("principles", "responsibilities")),
    ("good_enough", ("dear_corporate_parents",)),
    ("terms_of_reference", ()),
    ("priorities", ()),
    ("children", ()),
    ("pledge", ()),
    ("local_offer", ()),
    ("meetings", ("training",)),
    ("youth_groups", ()),
    ("declarations", ("confidentiality",)),
    ("contacts", ()),
    ("glossary", ()),
)

# Headings for the sections holding tables, should their Library text be missing.
_FALLBACK_TITLES = {"terms_of_reference": "The board and its membership", "priorities": "Priorities and working groups",
                    "meetings": "This year's meetings", "training": "Training", "contacts": "Contacts",
                    "children": "The children we care for"}

GREY_INK = colors.Color(0.35, 0.35, 0.35)
LIGHT_RULE = colors.Color(0.78, 0.78, 0.78)


# --------------------------------------------------------------------------- styles

def _styles() -> dict[str, ParagraphStyle]:
    s = pdf_styles()
    body = s["body"]
    s.update({
        "section": ParagraphStyle("section", parent=body, fontName=fonts.BOLD, fontSize=18, leading=22,
                                  spaceAfter=2, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts.BOLD, fontSize=12.5, leading=16, spaceBefore=10,
                             spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=fonts.BOLD, fontSize=11, leading=14.5, spaceBefore=7,
                             spaceAfter=3, keepWithNext=1),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=6 * mm, bulletIndent=1.2 * mm, spaceAfter=3),
        "numbered": ParagraphStyle("numbered", parent=body, leftIndent=8 * mm, bulletIndent=0.5 * mm, spaceAfter=3),
        "quote": ParagraphStyle("quote", parent=body, fontName=fonts.ITALIC, leftIndent=9 * mm, rightIndent=9 * mm,
                                spaceBefore=2, spaceAfter=8),
        "note": ParagraphStyle("note", parent=s["small"], textColor=GREY_INK, spaceBefore=8),
        "cell_bold": ParagraphStyle("cell_bold", parent=s["cell"], fontName=fonts.BOLD),
        "cell_quiet": ParagraphStyle("cell_quiet", parent=s["cell"], textColor=GREY_INK),
        "cell_right": ParagraphStyle("cell_right", parent=s["cell"], alignment=TA_RIGHT),
        "cell_head_right": ParagraphStyle("cell_head_right", parent=s["cell_head"], alignment=TA_RIGHT),
        "toc": ParagraphStyle("toc", parent=body, spaceAfter=0, leading=15),
        "toc_num": ParagraphStyle("toc_num", parent=body, spaceAfter=0, leading=15, alignment=TA_RIGHT),
        # the cover
        "cover_council": ParagraphStyle("cover_council", parent=body, fontName=fonts.BOLD, fontSize=14, leading=18),
        "cover_title": ParagraphStyle("cover_title", parent=body, fontName=fonts.BOLD, fontSize=30, leading=36,
                                      spaceAfter=6),
        "cover_board": ParagraphStyle("cover_board", parent=body, fontSize=16, leading=21, spaceAfter=2),
        "cover_year": ParagraphStyle("cover_year", parent=body, fontSize=12, leading=16, textColor=GREY_INK),
        "cover_label": ParagraphStyle("cover_label", parent=body, fontSize=10, leading=13, textColor=GREY_INK,
                                      spaceAfter=2),
        "cover_name": ParagraphStyle("cover_name", parent=body, fontName=fonts.BOLD, fontSize=20, leading=25,
                                     spaceAfter=4),
        "cover_seat": ParagraphStyle("cover_seat", parent=body, fontSize=12, leading=16, spaceAfter=2),
        "cover_issued": ParagraphStyle("cover_issued", parent=body, fontSize=12, leading=16),
    })
    return s


_URL = re.compile(r"https?://[^\s<>\"]+")


def _markup(text: str) -> str:
    """Escaped text for a Paragraph, line breaks kept, web addresses as links."""
    escaped = esc(text)

    def link(m: re.Match) -> str:
        url = m.group(0)
        trail = ""
        while url and url[-1] in ".,;:)":
            trail = url[-1] + trail
            url = url[:-1]
        return f'<a href="{url}"><u>{url}</u></a>{trail}'

    return _URL.sub(link, escaped)


# --------------------------------------------------------------------------- page furniture

class _CoverDecor:
    """The cover: a heavy rule at the top and the contact line at the foot; no page number."""

    def __init__(self, contact: str):
        self.contact = contact

    def __call__(self, canv, doc) -> None:
        width, height = doc.pagesize
        left, right = doc.leftMargin, width - doc.rightMargin
        canv.showOutline()  # open the bookmarks pane in the reader
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(3)
        canv.line(left, height - 18 * mm, right, height - 18 * mm)
        canv.restoreState()

    def end(self, canv, doc) -> None:
        width, _ = doc.pagesize
        left, right = doc.leftMargin, width - doc.rightMargin
        if not self.contact:
            return
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(left, 24 * mm, right, 24 * mm)
        canv.setFillColor(QUIET)
        canv.setFont(fonts.FAMILY, 9)
        for i, line in enumerate(simpleSplit(self.contact, fonts.FAMILY, 9, right - left)[:2]):
            canv.drawString(left, 18 * mm - i * 11, line)
        canv.restoreState()


class _Mark(Bookmark):
    """A bookmark that also notes the page it lands on, for the contents page."""

    def __init__(self, key: str, title: str, pages: dict[str, int], level: int = 0):
        super().__init__(key, title, level)
        self.pages = pages

    def draw(self) -> None:
        super().draw()
        self.pages[self.key] = self.canv.getPageNumber()


# --------------------------------------------------------------------------- the story

class _Story:
    def __init__(self, c: InductionContent, width: float, known_pages: dict[str, int], seen: dict[str, int]):
        self.c = c
        self.s = _styles()
        self.width = width
        self.known = known_pages  # from the pass before: where each section starts
        self.seen = seen  # filled in as this pass draws
        self.sections = self._plan()

    # -- which sections, in order --------------------------------------------------------------
    def _plan(self) -> list[tuple[str, str, list[PackText | str]]]:
        """(anchor, heading, parts): parts are the texts in order, and the keys of tables."""
        c = self.c
        named = {k for lead, more in SECTIONS for k in (lead, *more)}
        leftovers = [t.key for t in c.texts if t.key not in named]
        order: list[tuple[str, tuple[str, ...]]] = []
        for lead, more in SECTIONS:
            if lead == "contacts":
                order += [(k, ()) for k in leftovers]
            order.append((lead, more))
        plan = []
        tables = self._tables()
        for lead, more in order:
            parts: list = []
            for key in (lead, *more):
                text = c.text(key)
                if text is not None:
                    parts.append(text)
                if key in tables:
                    parts.append(key)
            if not parts:
                continue
            lead_text = c.text(lead)
            heading = lead_text.title if lead_text else _FALLBACK_TITLES.get(lead, lead.replace("_", " ").capitalize())
            plan.append((lead, heading, parts))
        return plan

    def _tables(self) -> dict[str, Callable[[], list]]:
        return {"terms_of_reference": self._membership, "priorities": self._priorities, "children": self._children,
                "meetings": self._meetings, "training": self._training_dates, "contacts": self._contacts}

    def build(self) -> list:
        story: list = [NextPageTemplate("page")]
        story += self._cover()
        story += [PageBreak()]
        story += self._contents()
        tables = self._tables()
        for n, (anchor, heading, parts) in enumerate(self.sections, start=1):
            story.append(PageBreak())
            story.append(_Mark(f"s-{anchor}", f"{n}. {heading}", self.seen))
            story.append(Paragraph(f"{n}.&nbsp;&nbsp;{esc(heading)}", self.s["section"]))
            story.append(HRFlowable(width="100%", thickness=0.8, color=INK, spaceBefore=4, spaceAfter=12))
            first = True
            for part in parts:
                if isinstance(part, str):
                    story += tables[part]()
                    continue
                if not first:
                    story.append(Paragraph(esc(part.title), self.s["h2"]))
                story += self._blocks(part.blocks, sub=not first)
                first = False
        return story

    # -- the cover and the contents ------------------------------------------------------------
    def _cover(self) -> list:
        c, s = self.c, self.s
        out: list = [
            Spacer(1, 6 * mm),
            Paragraph(esc(c.council), s["cover_council"]),
            Spacer(1, 34 * mm),
            Paragraph("Member induction pack", s["cover_title"]),
            Paragraph(esc(c.board), s["cover_board"]),
            Paragraph(f"Municipal year {esc(c.municipal_year)}", s["cover_year"]),
            Spacer(1, 42 * mm),
            HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=0, spaceAfter=10),
            Paragraph("Prepared for", s["cover_label"]),
            Paragraph(esc(c.person), s["cover_name"]),
        ]
        out += [Paragraph(esc(seat), s["cover_seat"]) for seat in c.seats]
        if not c.seats:
            out.append(Paragraph("Not yet appointed to a seat on the board", s["cover_seat"]))
        out += [Spacer(1, 10 * mm), Paragraph("Issued", s["cover_label"]),
                Paragraph(esc(dates.plain(c.issued)), s["cover_issued"])]
        return out

    def _contents(self) -> list:
        s = self.s
        out: list = [_Mark("contents", "Contents", self.seen), Paragraph("Contents", s["section"]),
                     HRFlowable(width="100%", thickness=0.8, color=INK, spaceBefore=4, spaceAfter=10)]
        rows = []
        for n, (anchor, heading, _) in enumerate(self.sections, start=1):
            page = self.known.get(f"s-{anchor}")
            rows.append([Paragraph(f"{n}.", s["toc"]),
                         Paragraph(f'<a href="#s-{anchor}">{esc(heading)}</a>', s["toc"]),
                         Paragraph(str(page) if page else "", s["toc_num"])])
        table = Table(rows, colWidths=mixed_widths([10, -1, 16], self.width), hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT_RULE),
        ]))
        out.append(table)
        out.append(Paragraph(
            f"Names, seats and dates are as recorded on {esc(dates.plain(self.c.issued))}. The texts are the board's "
            "own; the Corporate Parenting Officer keeps them up to date.", s["note"]))
        return out

    # -- the Library's markup --------------------------------------------------------------------
    def _blocks(self, blocks: Sequence, *, sub: bool) -> list:
        """The flowables of a text's blocks; a subheading stays on the page with a short list under it."""
        out: list = []
        blocks = list(blocks)
        i = 0
        while i < len(blocks):
            b = blocks[i]
            if (b.kind == "heading" and i + 1 < len(blocks) and blocks[i + 1].kind in ("bullets", "numbered")
                    and len(blocks[i + 1].items) <= 8):
                out.append(KeepTogether(self._block(b, sub=sub) + self._block(blocks[i + 1], sub=sub)))
                i += 2
                continue
            out += self._block(b, sub=sub)
            i += 1
        return out

    def _block(self, b, *, sub: bool) -> list:
        s = self.s
        if b.kind == "heading":
            return [Paragraph(_markup(b.text), s["h3" if sub else "h2"])]
        if b.kind == "bullets":
            return [*(Paragraph(_markup(item), s["bullet"], bulletText="•") for item in b.items), Spacer(1, 3)]
        if b.kind == "numbered":
            return [*(Paragraph(_markup(text), s["numbered"], bulletText=f"{number}.") for number, text in b.items),
                    Spacer(1, 3)]
        if b.kind == "quote":
            return [Paragraph(_markup(b.text), s["quote"])]
        if b.kind == "terms":
            return [self._terms(b.items)]
        return [Paragraph(_markup(b.text), s["body"])]

    def _terms(self, items) -> Table:
        s = self.s
        rows = [[Paragraph("Term", s["cell_head"]), Paragraph("Meaning", s["cell_head"])]]
        rows += [[Paragraph(_markup(term), s["cell_bold"]), Paragraph(_markup(meaning), s["cell"])]
                 for term, meaning in items]
        widest = max((stringWidth(term, fonts.BOLD, 9.5) for term, _ in items), default=0) + 10
        first = min(max(28 * mm, widest), 55 * mm)
        table = Table(rows, colWidths=[first, self.width - first], repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style())
        return table

    # -- tables from the register ------------------------------------------------------------------
    def _heading(self, text: str) -> Paragraph:
        return Paragraph(esc(text), self.s["h2"])

    def _terms_in_force(self) -> list:
        """The terms of reference in force on the day issued, part by part."""
        c, s = self.c, self.s
        if not c.terms:
            return []
        out: list = [CondPageBreak(50 * mm), self._heading("The terms of reference in force")]
        if c.terms_label:
            out.append(Paragraph(esc(c.terms_label) + ".", s["note"]))
        rows = [[Paragraph(esc(heading), s["cell_bold"]), Paragraph(esc(text).replace("\n", "<br/>"), s["cell"])]
                for heading, text in c.terms]
        table = Table(rows, colWidths=mixed_widths([-26, -74], self.width), hAlign="LEFT")
        table.setStyle(table_style())
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.white)]))  # no header row: all alike
        out.append(table)
        return out

    def _membership(self) -> list:
        c, s = self.c, self.s
        out: list = self._terms_in_force()
        out += [CondPageBreak(60 * mm), self._heading(f"Membership on {dates.plain(c.issued)}")]
        lines = []
        if c.chair:
            lines.append(f"<b>Chair:</b> {esc(c.chair)}")
        if c.vice_chair:
            lines.append(f"<b>Vice-chair:</b> {esc(c.vice_chair)}")
        if lines:
            out.append(Paragraph("<br/>".join(lines), s["body"]))
        rows = [[Paragraph("Seat", s["cell_head"]), Paragraph("Member", s["cell_head"])]]
        for line in c.membership:
            if line.member:
                who = esc(aside(line.member, line.role or ""))
                member = Paragraph(who, s["cell_bold"] if line.role else s["cell"])
            else:
                member = Paragraph("<i>Vacant</i>", s["cell_quiet"])
            rows.append([Paragraph(esc(line.seat), s["cell"]), member])
        table = Table(rows, colWidths=mixed_widths([-58, -42], self.width), repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style())
        out.append(table)
        out.append(Paragraph("Young people on the board are named by their first name only, unless they have "
                             "agreed otherwise.", s["note"]))
        return out

    def _priorities(self) -> list:
        c, s = self.c, self.s
        if not c.priorities:
            return []
        rows = [[Paragraph("Priority", s["cell_head"]), Paragraph("Working group chair", s["cell_head"])]]
        for p in c.priorities:
            text = f"<b>{esc(p.title)}</b>"
            if p.description:
                text += f"<br/>{esc(p.description)}"
            rows.append([Paragraph(text, s["cell"]), Paragraph(esc(p.chair) if p.chair else "–", s["cell"])])
        table = Table(rows, colWidths=mixed_widths([-64, -36], self.width), repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style())
        return [Spacer(1, 4), table]

    def _children(self) -> list:
        """A handful of the board's public figures, each with its period and England's figure."""
        c, s = self.c, self.s
        out: list = [self._heading(f"The figures on {dates.plain(c.issued)}")]
        if c.children_said:
            out.append(Paragraph(esc(c.children_said), s["body"]))
        if not c.children:
            return out
        rows = [[Paragraph(h, s["cell_head"] if i < 2 else s["cell_head_right"])
                 for i, h in enumerate(("Figure", "Period", "Ours", "England"))]]
        for r in c.children:
            rows.append([Paragraph(esc(r.name), s["cell"]), Paragraph(esc(r.period), s["cell"]),
                         Paragraph(esc(r.now), s["cell_right"]), Paragraph(esc(r.england or "–"), s["cell_right"])])
        table = Table(rows, colWidths=mixed_widths([-1, 30, 20, 20], self.width), repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style())
        out.append(KeepTogether([table]))
        notes = ["Each figure is the latest for a period ending by the day this pack was issued (the period "
                 "beside it). The Corporate Parenting Officer can give you the board's latest performance report."]
        if c.children_note:
            notes.append(c.children_note)
        out += [Paragraph(esc(n), s["note"]) for n in notes]
        return out

    def _meetings(self) -> list:
        c, s = self.c, self.s
        out: list = [self._heading(f"Meetings in {c.municipal_year}")]
        if not c.meetings:
            out.append(Paragraph("No meetings are planned for this municipal year yet; the Corporate Parenting "
                                 "Officer will send you the dates.", s["body"]))
            return out
        rows = [[Paragraph(h, s["cell_head"]) for h in ("Date", "Time", "Meeting", "Venue", "Status")]]
        for m in c.meetings:
            what = esc(m.kind) + (f"<br/><i>Theme: {esc(m.theme)}</i>" if m.theme else "")
            quiet = m.status.lower() == "cancelled"
            cell = s["cell_quiet"] if quiet else s["cell"]
            rows.append([Paragraph(esc(dates.long(m.date)), cell), Paragraph(esc(dates.clock12(m.start_time)), cell),
                         Paragraph(what, cell), Paragraph(esc(m.venue), cell), Paragraph(esc(m.status), cell)])
        cell = s["cell"]
        date_w = max(stringWidth(dates.long(m.date), cell.fontName, cell.fontSize) for m in c.meetings) + 9
        table = Table(rows, colWidths=mixed_widths([date_w / mm, 17, -50, -30, 19], self.width), repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(table_style())
        out.append(table)
        return out

    def _training_dates(self) -> list:
        c, s = self.c, self.s
        out: list = [self._heading(f"Corporate parenting training in {c.municipal_year}")]
        if not c.training_dates:
            out.append(Paragraph("No training dates are set for this municipal year yet; the Corporate Parenting "
                                 "Officer will send you the dates.", s["body"]))
            return out
        for day in c.training_dates:
            past = " (held)" if day < c.issued else ""
            out.append(Paragraph(esc(dates.long(day)) + past, s["bullet"], bulletText="•"))
        return out

    def _contacts(self) -> list:
        c, s = self.c, self.s
        rows = [[Paragraph(h, s["cell_head"]) for h in ("Role", "Name", "E-mail")]]
        for line in c.contacts:
            rows.append([Paragraph(esc(line.role), s["cell_bold"]),
                         Paragraph(esc(line.name) if line.name else "<i>not recorded</i>",
                                   s["cell"] if line.name else s["cell_quiet"]),
                         Paragraph(esc(line.email), s["cell"])])
        table = Table(rows, colWidths=mixed_widths([-30, -30, -40], self.width), repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style())
        return [Spacer(1, 4), KeepTogether([table])]


# --------------------------------------------------------------------------- the document

def _make_doc(buf: io.BytesIO, c: InductionContent):
    decor = PageDecor(header_left=c.board, header_right=f"Member induction pack {c.municipal_year}", footer=c.contact,
                      draft=False)
    seats = "; ".join(c.seats)
    subject = (aside(f"Member induction pack of the {c.board}, {c.council}, for {c.person}", seats)
               + f", issued {dates.plain(c.issued)}")
    doc = make_doc_template(buf, pagesize=A4, decor=decor, title=c.title, author=c.council, subject=subject,
                            keywords=[c.board, "induction pack", c.municipal_year])
    page = doc.pageTemplates[0]
    page.onPage, page.onPageEnd = decor.draw_header, decor.draw_footer
    cover = _CoverDecor(c.contact)
    frame = page.frames[0]
    from reportlab.platypus import Frame

    cover_frame = Frame(frame.x1, frame.y1, frame.width, frame.height, id="cover", leftPadding=0,
                        rightPadding=0, topPadding=0, bottomPadding=0)
    doc.pageTemplates.insert(0, PageTemplate(id="cover", frames=[cover_frame], onPage=cover, onPageEnd=cover.end))
    return doc


def render_induction_pdf(content: InductionContent) -> bytes:
    """The pack as PDF bytes.

    Built until the page total and every section's page (for the contents) stop changing:
    usually two passes.
    """
    fonts.register()
    width = A4[0] - 2 * MARGIN_X
    known: dict[str, int] = {}
    total = 0
    data = b""
    for _ in range(4):
        seen: dict[str, int] = {}
        buf = io.BytesIO()
        doc = _make_doc(buf, content)
        doc.page_total = total
        doc.build(_Story(content, width, known, seen).build())
        data = buf.getvalue()
        if doc.page == total and seen == known:
            break
        total, known = doc.page, seen
    return data
