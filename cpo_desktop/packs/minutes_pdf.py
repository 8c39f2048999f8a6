"""Minutes as a PDF (ReportLab platypus), laid out like an English council's minutes.

A4, Liberation Sans 11pt (embedded), 20 mm side margins. Every page carries a running header
(board and meeting date on the left, "Public version" or "Restricted – not for publication" on
the right), a footer with the contact line and "Page x of y", and, on a draft, a light grey
diagonal DRAFT behind the text. Each minute gets a bookmark in the PDF outline.

The helpers below the renderer (dates, escaping, styles, page furniture and the two-pass build
that knows the page total) are shared with ``actions_export``.
"""

from __future__ import annotations

import io
import re
import weakref
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

from cpo_desktop import dates
from cpo_desktop.model import privacy
from cpo_desktop.packs import fonts
from cpo_desktop.packs.content import ActionLine, MinuteSection, MinutesContent
from cpo_desktop.packs.text import (PART2_HEADING, attendee_text, bullet_lines, esc, exempt_wording,
                                    is_declarations_section, is_sub_item, meeting_heading, minute_label, paragraphs,
                                    resolution_items, resolution_text)

__all__ = ["render_minutes_pdf"]

PRODUCER = "CPO Desktop"
LANG = "en-GB"

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm

INK = colors.black
QUIET = colors.Color(0.30, 0.30, 0.30)  # header and footer text
RULE = colors.Color(0.55, 0.55, 0.55)
HEAD_FILL = colors.Color(0.90, 0.90, 0.90)  # table header rows
OVERDUE_FILL = colors.Color(0.98, 0.88, 0.88)  # a light rose
OVERDUE_INK = colors.Color(0.60, 0.07, 0.07)
WATERMARK = colors.Color(0.80, 0.80, 0.80)



# --------------------------------------------------------------------------- styles

def pdf_styles(base_size: float = 11) -> dict[str, ParagraphStyle]:
    family = fonts.register()
    lead = base_size * 1.32
    body = ParagraphStyle("body", fontName=family, fontSize=base_size, leading=lead,
                          textColor=INK, spaceAfter=6, alignment=TA_LEFT, bulletFontName=family,
                          bulletFontSize=base_size)
    small = ParagraphStyle("small", parent=body, fontSize=base_size - 1.5,
                           leading=(base_size - 1.5) * 1.25, spaceAfter=0)
    return {
        "body": body,
        "small": small,
        "cell": ParagraphStyle("cell", parent=small),
        "cell_head": ParagraphStyle("cell_head", parent=small, fontName=fonts.BOLD),
        "council": ParagraphStyle("council", parent=body, fontName=fonts.BOLD, fontSize=12,
                                  leading=15, spaceAfter=4),
        "board": ParagraphStyle("board", parent=body, fontName=fonts.BOLD, fontSize=16,
                                leading=20, spaceAfter=6),
        "meeting": ParagraphStyle("meeting", parent=body, fontName=fonts.BOLD, spaceAfter=4),
        "label": ParagraphStyle("label", parent=body, fontName=fonts.BOLD, spaceAfter=0),
        "list": ParagraphStyle("list", parent=body, spaceAfter=0),
        "part": ParagraphStyle("part", parent=body, fontName=fonts.BOLD, fontSize=12, leading=15,
                               spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "subhead": ParagraphStyle("subhead", parent=body, fontName=fonts.BOLD,
                                  fontSize=base_size - 1, leading=(base_size - 1) * 1.3,
                                  spaceBefore=4, spaceAfter=3, keepWithNext=1),
    }


def table_style(*, overdue_rows: Sequence[int] = ()) -> TableStyle:
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.register()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for row in overdue_rows:
        commands.append(("BACKGROUND", (0, row), (-1, row), OVERDUE_FILL))
    return TableStyle(commands)


def cells(texts: Sequence[str], style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(esc(t), style) for t in texts]


def status_cell(line: ActionLine, style: ParagraphStyle) -> Paragraph:
    text = esc(line.status)
    if line.overdue:
        hex_ink = OVERDUE_INK.hexval()[2:]
        text += ("<br/>" if text else "") + f'<font color="#{hex_ink}"><b>Overdue</b></font>'
    return Paragraph(text, style)


def mixed_widths(spec: Sequence[float], total: float) -> list[float]:
    """Column widths: a positive number is a fixed width in mm, a negative one a share of the rest."""
    fixed = sum(v * mm for v in spec if v > 0)
    shares = -sum(v for v in spec if v < 0)
    rest = max(total - fixed, 0)
    return [v * mm if v > 0 else rest * -v / shares for v in spec]


def resolved_markup(text: str) -> str:
    """Escaped text with a leading "RESOLVED:" (or "RESOLVED –") in bold."""
    match = re.match(r"\s*(RESOLVED\s*[:–-]?)", text)
    if not match:
        return esc(text)
    return f"<b>{esc(match.group(1))}</b> " + esc(text[match.end():])


# --------------------------------------------------------------------------- page furniture

class PageDecor:
    """Draws the running header, footer and (for drafts) the watermark on each page.

    ``doc.page_total`` is set by :func:`build_two_pass`; it is 0 on the counting pass. A document
    built in one pass, whose canvas writes "Page x of y" once it knows y, sets NUMBERS_PAGES False.
    """

    NUMBERS_PAGES = True

    def __init__(self, *, header_left: str, header_right: str, footer: str,
                 draft: bool, header_right_bold: bool = False, show_outline: bool = False):
        self.show_outline = show_outline
        self.header_left = header_left
        self.header_right = header_right
        self.header_right_bold = header_right_bold
        self.footer = footer
        self.draft = draft

    SIZE = 8.5

    def __call__(self, canv, doc) -> None:
        """Everything at once, as a page begins (the minutes)."""
        width, height = doc.pagesize
        if self.draft:
            self._watermark(canv, width, height)
        self.draw_header(canv, doc)
        self.draw_footer(canv, doc)

    # A document can draw the header as a page begins (onPage) and the footer as it ends
    # (onPageEnd), so that text taken out of the PDF reads header, body, footer.
    def draw_header(self, canv, doc) -> None:
        width, height = doc.pagesize
        if self.show_outline and canv.getPageNumber() == 1:
            canv.showOutline()  # open the bookmarks pane in the reader
        canv.saveState()
        left, right, y = doc.leftMargin, width - doc.rightMargin, height - 13 * mm
        canv.setFillColor(QUIET)
        canv.setFont(fonts.FAMILY, self.SIZE)
        canv.drawString(left, y, self.header_left)
        canv.setFont(fonts.BOLD if self.header_right_bold else fonts.FAMILY, self.SIZE)
        canv.drawRightString(right, y, self.header_right)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        canv.restoreState()

    def draw_footer(self, canv, doc) -> None:
        width, _ = doc.pagesize
        size = self.SIZE
        canv.saveState()
        left, right, y = doc.leftMargin, width - doc.rightMargin, 13 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(left, y + 4 * mm, right, y + 4 * mm)
        canv.setFillColor(QUIET)
        canv.setFont(fonts.FAMILY, size)
        if self.footer:  # left to right, as it reads
            room = right - left - stringWidth("Page 000 of 000", fonts.FAMILY, size) - 8 * mm
            for i, line in enumerate(simpleSplit(self.footer, fonts.FAMILY, size, room)[:2]):
                canv.drawString(left, y - i * (size + 2), line)
        if self.NUMBERS_PAGES:
            total = getattr(doc, "page_total", 0) or 0
            page = canv.getPageNumber()
            canv.drawRightString(right, y, f"Page {page} of {total}" if total else f"Page {page}")
        canv.restoreState()

    @staticmethod
    def _watermark(canv, width: float, height: float) -> None:
        canv.saveState()
        canv.setFillColor(WATERMARK)
        canv.setFillAlpha(0.55)
        canv.translate(width / 2, height / 2)
        canv.rotate(54)
        canv.setFont(fonts.BOLD, 150)
        canv.drawCentredString(0, -50, "DRAFT")
        canv.restoreState()


def make_doc_template(buf: io.BytesIO, *, pagesize, decor: PageDecor, title: str, author: str,
                      subject: str, keywords: Sequence[str] = ()) -> BaseDocTemplate:
    doc = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                          author=author, subject=subject, creator=PRODUCER, producer=PRODUCER,
                          keywords=list(keywords), lang=LANG, displayDocTitle=1,
                          initialFontName=fonts.register(), initialFontSize=11)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decor)])
    return doc


def build_two_pass(make_doc: Callable[[io.BytesIO], BaseDocTemplate],
                   make_story: Callable[[], list]) -> bytes:
    """Build once to count the pages, then again with the total known for "Page x of y"."""
    total = 0
    for _ in range(3):
        buf = io.BytesIO()
        doc = make_doc(buf)
        doc.page_total = total
        doc.build(make_story())
        if doc.page == total:
            return buf.getvalue()
        total = doc.page
    return buf.getvalue()


class Bookmark(Flowable):
    """A zero-size flowable that puts an entry in the PDF outline at the place it is drawn."""

    def __init__(self, key: str, title: str, level: int = 0):
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        _, top = canv.absolutePosition(0, 0)
        canv.bookmarkPage(self.key, fit="XYZ", left=0, top=top + 6)
        # an outline entry may go at most one level below the one before it on this canvas
        level = max(0, min(self.level, _OUTLINE_LEVELS.get(canv, -1) + 1))
        canv.addOutlineEntry(self.title, self.key, level=level, closed=False)
        _OUTLINE_LEVELS[canv] = level


# the level of the last outline entry on each canvas being drawn
_OUTLINE_LEVELS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class KeepWith(KeepTogether):
    """``KeepTogether`` that keeps its flowables where the story can take them back (as ``parts``)."""

    def __init__(self, flowables: list, maxHeight=None):
        self.parts = list(flowables)
        super().__init__(self.parts, maxHeight)


# --------------------------------------------------------------------------- the minutes

def _title(content: MinutesContent) -> str:
    return content.title or f"{content.board} – minutes – {dates.plain(content.meeting_date)}"


class _MinutesStory:
    def __init__(self, content: MinutesContent, width: float):
        self.c = content
        self.s = pdf_styles()
        self.width = width
        numbers = [minute_label(sec.number) for sec in content.sections] or ["10."]
        widest = max(stringWidth(n, fonts.BOLD, 11) for n in numbers)
        self.num_col = max(12 * mm, widest + 5 * mm)
        self.sub_indent = 6 * mm if any(is_sub_item(sec.number) for sec in content.sections) else 0
        self.decl_section = next((i for i, sec in enumerate(content.sections)
                                  if is_declarations_section(sec)), None)

    # styles indented to the text column of a minute
    def _indented(self, name: str, indent: float) -> ParagraphStyle:
        return ParagraphStyle(f"{name}@{indent:.1f}", parent=self.s[name], leftIndent=indent)

    def build(self) -> list:
        c = self.c
        story: list = []
        story += self._heading()
        story += self._attendance()
        if self.decl_section is None and c.declarations:
            story.append(Paragraph("Declarations of interest", self.s["subhead"]))
            story.append(self._declarations_table(0))
            story.append(Spacer(1, 6))
        story.append(Spacer(1, 6))
        part2_done = False
        for i, section in enumerate(c.sections):
            if section.part == 2 and not part2_done:
                part2_done = True
                story += self._part2_heading()
            story += self._section(i, section)
        if c.closing:
            story.append(Paragraph(esc(c.closing), ParagraphStyle("closing", parent=self.s["body"], spaceBefore=10)))
        # the signature never stands alone on a page: it keeps the amendments, or else the end
        # of the last minute, with it
        tail = self._amendments()
        if not tail and story and isinstance(story[-1], (Paragraph, Spacer)):
            tail = [story.pop()]
        elif not tail and story and isinstance(story[-1], KeepWith):
            tail = story.pop().parts
        story.append(KeepWith(tail + self._sign_off()))
        return story

    def _heading(self) -> list:
        c, s = self.c, self.s
        return [
            Paragraph(esc(c.council), s["council"]),
            Paragraph(esc(c.board), s["board"]),
            Paragraph(esc(meeting_heading(c)), s["meeting"]),
            HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=10),
        ]

    def _attendance(self) -> list:
        c, s = self.c, self.s
        groups = [
            ("Present:", c.present, False),
            ("Substitutes:", c.substitutes, False),
            ("In attendance:", c.in_attendance, True),
            ("Apologies:", c.apologies, False),
            ("Absent:", c.absent, False),
        ]
        rows = []
        for label, people, dashes in groups:
            if not people:
                continue
            names = "<br/>".join(esc(attendee_text(p, dashes=dashes)) for p in people)
            rows.append([Paragraph(label, s["label"]), Paragraph(names, s["list"])])
        if not rows:
            return []
        label_w = 36 * mm
        table = Table(rows, colWidths=[label_w, self.width - label_w], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]))
        return [table]

    def _declarations_table(self, indent: float) -> Table:
        s = self.s
        rows = [cells(["Member", "Item", "Nature of interest", "Action"], s["cell_head"])]
        for d in self.c.declarations:
            nature = f"<i>{esc(d.kind)}</i>" if d.kind else ""
            if d.nature:
                nature += ("<br/>" if nature else "") + esc(d.nature)
            rows.append([Paragraph(esc(d.member), s["cell"]), Paragraph(esc(d.item), s["cell"]),
                         Paragraph(nature, s["cell"]), Paragraph(esc(d.action), s["cell"])])
        width = self.width - indent
        table = Table(rows, colWidths=mixed_widths([-30, 13, -42, -26], width), repeatRows=1,
                      hAlign="RIGHT")
        table.setStyle(table_style())
        return table

    def _part2_heading(self) -> list:
        out = [CondPageBreak(40 * mm), Paragraph(esc(PART2_HEADING), self.s["part"])]
        for para in paragraphs(self.c.exclusion_resolution):
            out.append(Paragraph(resolved_markup(para), self.s["body"]))
        return out

    def _section(self, index: int, section: MinuteSection) -> list:
        s = self.s
        sub = is_sub_item(section.number)
        bullet_indent = self.sub_indent if sub else 0
        indent = self.num_col + bullet_indent
        label = minute_label(section.number)
        head_style = ParagraphStyle(
            f"minute-head-{index}", parent=s["body"], fontName=fonts.BOLD, leftIndent=indent,
            bulletIndent=bullet_indent, bulletFontName=fonts.BOLD, bulletFontSize=11,
            spaceBefore=8, spaceAfter=3, keepWithNext=1)
        body = self._indented("body", indent)
        outline_title = f"{label} {section.title}".strip()
        lead: list = [Bookmark(f"minute-{index}", outline_title, 1 if sub else 0),
                      Paragraph(esc(section.title), head_style, bulletText=label)]
        rest: list = []

        if section.withheld:
            note = section.withheld_note or self._default_withheld_note(section)
            lead.append(Paragraph(f"<i>{esc(note)}</i>", body))
            return [KeepWith(lead)]

        if section.presenter:
            lead.append(Paragraph(f"<i>{esc(section.presenter)}</i>", body))
        if section.part == 2 and section.exempt_paragraph:
            lead.append(Paragraph(
                f"<i>Not for publication: exempt information under "
                f"{esc(exempt_wording(section.exempt_paragraph))}.</i>", self._indented("small", indent)))
            lead.append(Spacer(1, 5))

        blocks = self._discussion(section.discussion, indent)
        if index == self.decl_section:
            if self.c.declarations:
                blocks.append(self._declarations_table(indent))
                blocks.append(Spacer(1, 6))
            elif not re.search(r"no declarations", section.discussion, re.I):
                blocks.append(Paragraph("No declarations of interest were made.", body))
        if blocks:
            lead.append(blocks[0])
            rest += blocks[1:]

        rest += self._resolutions(section.resolutions, indent)
        if section.actions:
            rest.append(KeepWith([Paragraph("Actions agreed", self._indented("subhead", indent)),
                                      self._actions_table(section.actions, indent)]))
            rest.append(Spacer(1, 6))
        if section.action_log:
            rest.append(Paragraph("Action log reviewed", self._indented("subhead", indent)))
            rest.append(self._action_log_table(section.action_log, indent))
            if any(a.overdue for a in section.action_log):
                rest.append(Paragraph("Overdue actions are shaded and marked “Overdue”.",
                                      ParagraphStyle("note", parent=self._indented("small", indent),
                                                     spaceBefore=3, textColor=QUIET)))
            rest.append(Spacer(1, 6))
        return [KeepWith(lead), *rest]

    @staticmethod
    def _default_withheld_note(section: MinuteSection) -> str:
        if section.exempt_paragraph:
            return (f"This item was considered in private because it involved exempt information "
                    f"({exempt_wording(section.exempt_paragraph)}).")
        return "This item was considered in private because it involved exempt information."

    def _discussion(self, text: str, indent: float) -> list:
        body = self._indented("body", indent)
        bullet = ParagraphStyle(f"bullet@{indent:.1f}", parent=body, leftIndent=indent + 5 * mm,
                                bulletIndent=indent + 1 * mm, spaceAfter=2)
        out: list = []
        for para in paragraphs(text):
            items = bullet_lines(para)
            if items:
                out += [Paragraph(esc(item), bullet, bulletText="•") for item in items]
                out.append(Spacer(1, 4))
            else:
                out.append(Paragraph(esc(para), body))
        return out

    def _resolutions(self, resolutions: Sequence[str], indent: float) -> list:
        resolutions = [r for r in resolutions if r.strip()]
        if not resolutions:
            return []
        body = self._indented("body", indent)
        if len(resolutions) == 1:
            return [Paragraph(f"<b>RESOLVED:</b> {esc(resolution_text(resolutions[0]))}", body)]
        limb = ParagraphStyle(f"limb@{indent:.1f}", parent=body, leftIndent=indent + 10 * mm,
                              bulletIndent=indent, spaceAfter=4)
        out: list = [Paragraph("<b>RESOLVED:</b> That –", ParagraphStyle(
            f"resolved@{indent:.1f}", parent=body, keepWithNext=1, spaceAfter=4))]
        for n, text in enumerate(resolution_items(resolutions), start=1):
            out.append(Paragraph(esc(text), limb, bulletText=f"({n})"))
        out.append(Spacer(1, 2))
        return out

    def _actions_table(self, actions: Sequence[ActionLine], indent: float) -> Table:
        s = self.s
        rows = [cells(["No.", "Action", "Owner", "Due"], s["cell_head"])]
        for a in actions:
            rows.append(cells([a.number, a.description, a.owner, dates.short(a.due)], s["cell"]))
        table = Table(rows, colWidths=mixed_widths([12, -70, -32, 21], self.width - indent),
                      repeatRows=1, hAlign="RIGHT")
        table.setStyle(table_style())
        return table

    def _action_log_table(self, actions: Sequence[ActionLine], indent: float) -> Table:
        s = self.s
        cell = ParagraphStyle("log-cell", parent=s["cell"], fontSize=8.5, leading=10.5)
        head = ParagraphStyle("log-head", parent=s["cell_head"], fontSize=8.5, leading=10.5)
        rows = [cells(["No.", "Minute", "Action", "Owner", "Due", "Status", "Update"], head)]
        overdue = []
        for n, a in enumerate(actions, start=1):
            row = cells([a.number, a.minute_ref, a.description, a.owner, dates.short(a.due)], cell)
            row += [status_cell(a, cell), Paragraph(esc(a.update), cell)]
            rows.append(row)
            if a.overdue:
                overdue.append(n)
        table = Table(rows, colWidths=mixed_widths([11, 20, -40, -22, 18.5, 17, -34], self.width - indent),
                      repeatRows=1, hAlign="RIGHT")
        table.setStyle(table_style(overdue_rows=overdue))
        return table

    def _amendments(self) -> list:
        out: list = []
        if self.c.amendments:
            out.append(Paragraph("Amendments", self.s["part"]))
            out += [Paragraph(esc(text), self.s["body"]) for text in self.c.amendments]
        return out

    def _sign_off(self) -> list:
        out: list = []
        if self.c.confirmed_note:
            out.append(Spacer(1, 6))
            out.append(Paragraph(esc(self.c.confirmed_note), self.s["body"]))
        out.append(Spacer(1, 16))
        out.append(self._signature())
        return out

    def _signature(self) -> Flowable:
        c, s = self.c, self.s
        signed = c.status == "signed" and (c.signed_by or c.signed_on)
        if signed:
            who = esc(c.signed_by or c.chair)
            when = esc(dates.plain(c.signed_on)) if c.signed_on else ""
            rows = [[Paragraph("<b>Chair:</b>", s["body"]), Paragraph(who, s["body"]),
                     Paragraph("<b>Date:</b>", s["body"]), Paragraph(when, s["body"])]]
        else:
            dots = "." * 48
            rows = [[Paragraph("<b>Chair:</b>", s["body"]), Paragraph(dots, s["body"]),
                     Paragraph("<b>Date:</b>", s["body"]), Paragraph("." * 24, s["body"])]]
            if c.chair:
                rows.append(["", Paragraph(esc(c.chair), s["small"]), "", ""])
        table = Table(rows, colWidths=[16 * mm, 92 * mm, 14 * mm, 48 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]))
        return table


def render_minutes_pdf(content: MinutesContent) -> bytes:
    """The minutes as PDF bytes. Public minutes must have passed the privacy rule."""
    privacy.require_cleared(content)
    fonts.register()
    title = _title(content)
    when = dates.plain(content.meeting_date)
    draft = content.status == "draft"
    decor = PageDecor(
        header_left=f"{content.board} – {when}" + (" – draft minutes" if draft else " – minutes"),
        header_right="Public version" if content.public else "Restricted – not for publication",
        header_right_bold=not content.public,
        footer=content.contact,
        draft=draft,
        show_outline=bool(content.sections),
    )
    subject = (f"{'Draft minutes' if draft else 'Minutes'} of the meeting of the {content.board}, "
               f"{content.council}, held on {dates.long(content.meeting_date)}")

    def make_doc(buf: io.BytesIO) -> BaseDocTemplate:
        return make_doc_template(buf, pagesize=A4, decor=decor, title=title, author=content.council,
                                 subject=subject, keywords=[content.board, "minutes"])

    width = A4[0] - 2 * MARGIN_X
    return build_two_pass(make_doc, lambda: _MinutesStory(content, width).build())
