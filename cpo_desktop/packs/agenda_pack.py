"""The agenda pack as a PDF: front sheet, contents and agenda (ReportLab), then every paper in
agenda order (pikepdf), each page stamped with one continuous page number and its item, with a
bookmark per item, and (for duplex printing) blank pages so each item starts on a right-hand
page.

Pure: :func:`assemble` takes a :class:`PackSpec` (what ``services.packs`` decided goes in) and
returns the finished ``pikepdf.Pdf``; it reads only the PDF files the spec names. Whatever the
papers' pages bring with them that could run or carry files is removed from the whole result
(``packs.sanitise``), after merging, so nothing copied along with a page escapes.

The agenda's "(Pages x – y)" depend on how many pages the front matter takes, and the front
matter holds those numbers; so it is laid out, the papers numbered after it, and laid out again
with the real numbers (again only if that changed its length).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table)
from reportlab.platypus.flowables import HRFlowable

from cpo_desktop import dates
from cpo_desktop.model import agenda_rules, privacy
from cpo_desktop.packs import fonts
from cpo_desktop.packs.build import PackError
from cpo_desktop.packs.minutes_pdf import (LANG, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PRODUCER, QUIET, RULE,
                                           mixed_widths, pdf_styles, table_style)
from cpo_desktop.packs.removed import Removed, SanitiseError
from cpo_desktop.packs.sanitise import NODE_LIMIT, sanitise
from cpo_desktop.packs.stamp import Stamp, Stamper
from cpo_desktop.packs.text import esc
from cpo_desktop.progress import NO_PROGRESS, Progress

BLANK = "This page is intentionally left blank"


@dataclass
class PackDoc:
    """A document appended under an item: a paper, or a partner's minutes."""

    label: str  # "Local Offer update (local-offer.pdf)", in the contents
    path: Path | None  # the PDF to include; None: a page stands in for it
    placeholder: str = ""  # the words on the page standing in for it
    band: str = ""  # stamped at the head of each page: "NOT FOR PUBLICATION – Part 2, paragraph 3"
    paper_id: int | None = None
    pages: int = 0  # set when assembled
    first: int = 0  # the numbers stamped on its first and last page
    last: int = 0


@dataclass
class PackItem:
    number: str
    title: str
    presenter: str = ""
    purpose: str = ""  # "For decision"
    part: int = 1
    exempt_paragraph: int | None = None
    sub_item: bool = False
    docs: list[PackDoc] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # lines under the item in the agenda

    @property
    def pages(self) -> tuple[int, int] | None:
        numbered = [d for d in self.docs if d.first]
        return (numbered[0].first, numbered[-1].last) if numbered else None

    @property
    def page_text(self) -> str:
        span = self.pages
        if not span:
            return ""
        return f"(Page {span[0]})" if span[0] == span[1] else f"(Pages {span[0]} – {span[1]})"


@dataclass
class PackSpec:
    council: str
    board: str
    meeting_date: dt.date
    start_time: dt.time
    venue: str
    public: bool
    items: list[PackItem]
    membership: list[tuple[str, str]] = field(default_factory=list)  # (seat, name – "(Chair)" added)
    contact: str = ""
    exclusion: str = ""  # the exclusion resolution before Part 2
    duplex: bool = False
    supplement: bool = False
    first_page: int = 1  # a supplement numbers on from its main pack
    published: dt.date | None = None  # the date on the front sheet ("Published")
    published_text: str = ""  # what the front sheet says instead, when more is to be said ("… – late, see below")
    late_statement: str = ""  # why the pack is late and that the Chair agreed (s.100B(4)(b)), on the front sheet

    @property
    def version_label(self) -> str:
        return "Public Document Pack" if self.public else "Restricted – not for publication"

    @property
    def title(self) -> str:
        what = "Supplementary agenda pack" if self.supplement else "Agenda pack"
        which = "public" if self.public else "restricted"
        return f"{self.board} – {what} – {dates.plain(self.meeting_date)} ({which})"

    @property
    def footer(self) -> str:
        return f"{self.board} – {dates.plain(self.meeting_date)}"


@dataclass
class Assembled:
    pdf: pikepdf.Pdf
    pages: int
    first_page: int
    last_page: int
    blanks: int
    outline: list[tuple[str, int, int]]  # (title, level, page index from 0)
    removed: Removed = field(default_factory=Removed)  # taken out of the papers' pages (packs.sanitise)
    front: bytes = b""  # the front sheet, contents and agenda as laid out (for the public pack's last check)
    placeholders: bytes = b""  # the pages standing in for papers that could not go in
    stamps: frozenset[str] = frozenset()  # every text stamped on the pages


# --------------------------------------------------------------------------- front matter

class _Mark(Flowable):
    """Notes the page it lands on (for the bookmarks of items without papers)."""

    def __init__(self, key: str, pages: dict[str, int]):
        super().__init__()
        self.key, self.pages = key, pages
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


class _PageRef(Flowable):
    """A page number (or "(Pages x – y)") not known until the front matter has been laid out.

    It draws a form XObject that is filled in after layout, once the front matter's length, and
    so every paper's page numbers, are known; the front matter is laid out once.
    """

    def __init__(self, key: str, refs: set[str], size: float, width: float):
        super().__init__()
        self.key, self.refs, self.size = key, refs, size
        self.width, self.height = width, size * 1.3
        refs.add(key)

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(_form_name(self.key))


def _form_name(key: str) -> str:
    return "pg_" + "".join(ch if ch.isalnum() else "_" for ch in key)


def _front_story(spec: PackSpec, marks: dict[str, int], width: float, refs: set[str]) -> list:
    s = pdf_styles(11)
    small = s["small"]
    story: list = []
    # the front sheet
    story.append(Paragraph(esc(spec.version_label), _right(s["council"], 14)))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(esc(spec.council), s["council"]))
    story.append(Paragraph(esc(spec.board), _sized(s["board"], 22)))
    if spec.supplement:
        story.append(Paragraph("Supplementary agenda pack", _sized(s["board"], 15)))
        story.append(Paragraph("Papers that were to follow, numbered on from the agenda pack.", s["body"]))
    story.append(Spacer(1, 4 * mm))
    facts = [("Date", dates.long(spec.meeting_date)), ("Time", dates.clock12(spec.start_time)),
             ("Venue", spec.venue or "To be confirmed")]
    if spec.published_text or spec.published:
        facts.append(("Published", spec.published_text or dates.plain(spec.published)))
    story.append(_facts(facts, s, width))
    story.append(Spacer(1, 3 * mm))
    if spec.late_statement:  # kept short, so the front sheet still fits its page
        story.append(Paragraph(f"<b>Late publication.</b> {esc(spec.late_statement)}", small))
        story.append(Spacer(1, 2 * mm))
    if spec.membership:
        story.append(Paragraph("Membership", s["part"]))
        tight = _sized(s["cell"], 8) if len(spec.membership) > 16 else s["cell"]
        rows = [[Paragraph("<b>Seat</b>", s["cell_head"]), Paragraph("<b>Member</b>", s["cell_head"])]]
        rows += [[Paragraph(esc(seat), tight), Paragraph(esc(name), tight)] for seat, name in spec.membership]
        table = Table(rows, colWidths=mixed_widths([-1.6, -1], width), repeatRows=1)
        style = table_style()
        style.add("TOPPADDING", (0, 1), (-1, -1), 1)
        style.add("BOTTOMPADDING", (0, 1), (-1, -1), 1.5)
        table.setStyle(style)
        story.append(table)
        story.append(Spacer(1, 5 * mm))
    if spec.contact:
        story.append(Paragraph(f"<b>Contact officer:</b> {esc(spec.contact)}", s["body"]))
    if spec.public:
        story.append(Paragraph(
            "This meeting is open to the public, except for any items marked Part 2, which the board is expected "
            "to consider in private. Their papers are not included in this pack.", small))
    else:
        story.append(Paragraph(
            "<b>This pack includes exempt papers and personal information. It is for members of the board "
            "only: do not forward, publish or leave it unattended.</b>", small))
    story.append(PageBreak())
    # contents
    marks_contents = _Mark("contents", marks)
    story += [marks_contents, Paragraph("Contents", s["board"])]
    rows = [[Paragraph("<b>Item</b>", s["cell_head"]), Paragraph("<b>Document</b>", s["cell_head"]),
             Paragraph("<b>Page</b>", s["cell_head"])]]
    if not spec.supplement:
        rows.append([Paragraph("", s["cell"]), Paragraph("Agenda", s["cell"]),
                     _PageRef("agenda", refs, 9.5, 10 * mm)])
    for item in spec.items:
        for doc in item.docs:
            rows.append([Paragraph(esc(item.number), s["cell"]),
                         Paragraph(f"{esc(item.title)}<br/><font size=8.5 color='#4d4d4d'>{esc(doc.label)}</font>",
                                   s["cell"]),
                         _PageRef(f"doc:{id(doc)}", refs, 9.5, 10 * mm)])
    if len(rows) == (1 if spec.supplement else 2):
        rows.append([Paragraph("", s["cell"]), Paragraph("No papers are attached.", s["cell"]), Paragraph("", s["cell"])])
    table = Table(rows, colWidths=mixed_widths([14, -1, 16], width), repeatRows=1)
    table.setStyle(table_style())
    story.append(table)
    story.append(PageBreak())
    # the agenda
    story += [_Mark("agenda", marks), Paragraph("Supplementary agenda" if spec.supplement else "Agenda", s["board"]),
              Paragraph(f"{esc(spec.board)} – {esc(dates.long(spec.meeting_date))}, {esc(dates.clock12(spec.start_time))}",
                        s["meeting"]),
              HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=2, spaceAfter=8)]
    part2_done = False
    for item in spec.items:
        block = []
        if item.part == 2 and not part2_done:
            part2_done = True
            block.append(Paragraph(agenda_rules.PART2_HEADING, s["part"]))
            if spec.exclusion:
                block.append(Paragraph(esc(spec.exclusion), small))
                block.append(Spacer(1, 3 * mm))
        block.append(_Mark(f"item:{item.number}", marks))
        block.append(_item_table(item, spec, s, width, refs))
        story.append(KeepTogether(block))
    if spec.supplement and not spec.items:
        story.append(Paragraph("No papers have arrived since the agenda pack was published.", s["body"]))
    return story


def _item_table(item: PackItem, spec: PackSpec, s, width: float, refs: set[str]) -> Table:
    title = f"<b>{esc(item.title)}</b>"
    lines = [title]
    if item.presenter:
        lines.append(f"<font color='#4d4d4d'>{esc(item.presenter)}</font>")
    detail = []
    if item.purpose:
        detail.append(esc(item.purpose))
    if detail:
        lines.append(" ".join(detail))
    if item.part == 2:
        lines.append(f"<i>Not for publication: exempt information under paragraph {item.exempt_paragraph or '–'} "
                     "of Part 1 of Schedule 12A to the Local Government Act 1972.</i>")
    for note in item.notes:
        lines.append(f"<font size=9>{esc(note)}</font>")
    number = Paragraph(f"<b>{esc(item.number)}.</b>", s["body"])
    cell = Paragraph("<br/>".join(lines), s["body"])
    pages = _PageRef(f"item:{id(item)}", refs, 11, 32 * mm) if item.docs else Paragraph("", s["body"])
    left = (16 if item.sub_item else 12) * mm
    table = Table([[number, cell, pages]], colWidths=[left, width - left - 34 * mm, 34 * mm])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (0, 0), (0, 0), 4 * mm if item.sub_item else 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    return table


def _facts(facts, s, width: float) -> Table:
    rows = [[Paragraph(f"<b>{esc(a)}:</b>", s["body"]), Paragraph(esc(b), s["body"])] for a, b in facts]
    table = Table(rows, colWidths=[28 * mm, width - 28 * mm])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)])
    return table


def _sized(style, size: float):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.25)


def _right(style, size: float):
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-right", parent=style, fontSize=size, leading=size * 1.3, alignment=TA_RIGHT)


class _SaveLater(Canvas):
    """A canvas that the document's build leaves unsaved: the page references are filled in
    after it (as forms the pages already refer to), then ``save_now``."""

    def save(self) -> None:
        pass

    def save_now(self) -> None:
        super().save()


def _front_matter(spec: PackSpec, marks: dict[str, int], numbers: Callable[[int], dict[str, str]]) -> bytes:
    """Lay out the front matter once; ``numbers(pages)`` then gives the text of each page
    reference, knowing how many pages the front matter took (and, in ``marks``, where the
    agenda and each item fell)."""
    fonts.register()
    buf = io.BytesIO()

    def header(canv, doc) -> None:
        if canv.getPageNumber() == 1:
            return
        width, height = doc.pagesize
        canv.saveState()
        canv.setFont(fonts.FAMILY, 8.5)
        canv.setFillColor(QUIET)
        y = height - 13 * mm
        canv.drawString(doc.leftMargin, y, spec.footer)
        canv.setFont(fonts.FAMILY if spec.public else fonts.BOLD, 8.5)
        canv.drawRightString(width - doc.rightMargin, y, "Public version" if spec.public
                             else "Restricted – not for publication")
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(doc.leftMargin, y - 2.5 * mm, width - doc.rightMargin, y - 2.5 * mm)
        canv.restoreState()

    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM, title=spec.title, author=spec.council, creator=PRODUCER,
                          producer=PRODUCER, lang=LANG, initialFontName=fonts.FAMILY, initialFontSize=11)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=header)])
    refs: set[str] = set()
    doc.build(_front_story(spec, marks, doc.width, refs), canvasmaker=_SaveLater)
    values = numbers(doc.page)
    canv = doc.canv
    # Past page 999, "(Pages 1012 – 1040)" is set smaller to fit its column (every item's alike).
    style = {"item": (fonts.BOLD, 11, 32 * mm), "page": (fonts.FAMILY, 9.5, 10 * mm)}

    def kind_of(key: str) -> str:
        return "item" if key.startswith("item:") else "page"

    sizes = {}
    for kind, (face, size, room) in style.items():
        widest = max((stringWidth(values.get(k, ""), face, size) for k in refs if kind_of(k) == kind), default=0)
        sizes[kind] = min(size, size * room / widest) if widest else size
    for key in sorted(refs):
        text = values.get(key, "")
        face, _, room = style[kind_of(key)]
        size = sizes[kind_of(key)]
        canv.beginForm(_form_name(key), lowerx=0, lowery=-2, upperx=room, uppery=20)
        if text:
            canv.setFont(face, size)
            canv.setFillColor(colors.black)
            canv.drawRightString(room, size * 0.32, text)
        canv.endForm()
    canv.save_now()
    return buf.getvalue()


def _placeholders(spec: PackSpec, docs: list[tuple[PackItem, PackDoc]]) -> bytes:
    """One page per document that could not be included, saying so."""
    fonts.register()
    s = pdf_styles(11)
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=40 * mm,
                          bottomMargin=MARGIN_BOTTOM, title="placeholders", lang=LANG,
                          initialFontName=fonts.FAMILY, initialFontSize=11)
    doc.addPageTemplates([PageTemplate(id="page", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width,
                                                                 doc.height)])])
    story: list = []
    for item, d in docs:
        story += [Paragraph(f"Agenda item {esc(item.number)}: {esc(item.title)}", s["board"]),
                  Paragraph(esc(d.placeholder), s["body"]), PageBreak()]
    doc.build(story[:-1])
    return buf.getvalue()


# --------------------------------------------------------------------------- assembly

def _open(path: Path) -> pikepdf.Pdf:
    return pikepdf.open(path)


def assemble(spec: PackSpec, *, progress: Progress = NO_PROGRESS,
             opener: Callable[[Path], pikepdf.Pdf] = _open) -> Assembled:
    """The finished pack (not yet saved). Raises Cancelled if ``progress`` says so.

    A public pack's spec must have passed the privacy rule (``services.disclosure``)."""
    privacy.require_cleared(spec)
    docs = [(item, d) for item in spec.items for d in item.docs]
    total_steps = len(docs) + 3
    sources: dict[int, pikepdf.Pdf] = {}
    for n, (item, d) in enumerate(docs):
        progress.step(n, total_steps, f"Reading item {item.number}: {d.label}")
        if d.path is not None:
            sources[id(d)] = opener(d.path)
            d.pages = len(sources[id(d)].pages)
        else:
            d.pages = 1
    missing = [(item, d) for item, d in docs if d.path is None]
    placeholder_bytes = _placeholders(spec, missing) if missing else b""
    placeholder_pdf = pikepdf.open(io.BytesIO(placeholder_bytes)) if missing else None

    progress.step(len(docs), total_steps, "Laying out the front sheet, contents and agenda")
    marks: dict[str, int] = {}
    layout_box: list[_Layout] = []

    def numbers(front_pages: int) -> dict[str, str]:
        layout_box.append(_number(spec, docs, front_pages))
        values = {"agenda": str(spec.first_page + marks.get("agenda", 1) - 1)}
        for item in spec.items:
            values[f"item:{id(item)}"] = item.page_text
            for d in item.docs:
                values[f"doc:{id(d)}"] = str(d.first)
        return values

    front_bytes = _front_matter(spec, marks, numbers)
    front_pdf = pikepdf.open(io.BytesIO(front_bytes))
    front_pages = len(front_pdf.pages)
    layout = layout_box[-1]

    progress.step(len(docs) + 1, total_steps, "Putting the papers together")
    out = pikepdf.new()
    out.pages.extend(front_pdf.pages)
    kinds = ["front"] * front_pages
    starts: dict[int, int] = {}  # id(doc) -> page index
    placeholder_index = 0
    for item, d in docs:
        blanks = layout.blanks_before.get(id(d), 0)
        for _ in range(blanks):
            out.add_blank_page(page_size=(A4[0], A4[1]))
            kinds.append("blank")
        starts[id(d)] = len(out.pages)
        if d.path is not None:
            with forms_left_behind():
                out.pages.extend(sources[id(d)].pages)
        else:
            out.pages.append(placeholder_pdf.pages[placeholder_index])
            placeholder_index += 1
        kinds += [f"doc:{id(d)}"] * d.pages
    for _ in range(layout.trailing_blanks):
        out.add_blank_page(page_size=(A4[0], A4[1]))
        kinds.append("blank")

    progress.step(len(docs) + 2, total_steps, "Stamping page numbers")
    by_id = {id(d): (item, d) for item, d in docs}
    stamper = Stamper(out)
    footer = spec.footer
    stamps: set[str] = set()
    for index, page in enumerate(out.pages):
        number = spec.first_page + index
        kind = kinds[index]
        if kind == "front":
            stamp = Stamp(footer_right=f"Page {number}", footer_left=footer)
        elif kind == "blank":
            stamp = Stamp(footer_right=f"Page {number}", middle=BLANK)
        else:
            item, d = by_id[int(kind[4:])]
            first = index == starts[id(d)]
            stamp = Stamp(footer_right=f"Agenda Item {item.number} · Page {number}", footer_left=footer,
                          head_right=f"Agenda Item {item.number}" if first else "", band=d.band)
        stamper.stamp(page, stamp)
        stamps.update(x for x in (stamp.footer_left, stamp.footer_right, stamp.head_right, stamp.middle, stamp.band)
                      if x)

    outline: list[tuple[str, int, int]] = [("Front sheet", 0, 0)]
    if "contents" in marks:
        outline.append(("Contents", 0, marks["contents"] - 1))
    if "agenda" in marks:
        outline.append(("Supplementary agenda" if spec.supplement else "Agenda", 0, marks["agenda"] - 1))
    for item in spec.items:
        title = f"{item.number}. {item.title}"
        if item.docs:
            outline.append((title, 0, starts[id(item.docs[0])]))
            if len(item.docs) > 1:
                outline += [(d.label, 1, starts[id(d)]) for d in item.docs]
        elif f"item:{item.number}" in marks:
            outline.append((title, 0, marks[f"item:{item.number}"] - 1))
    # One rule over everything the papers brought with their pages (links, form fields behind
    # widgets, annotations, files): scripts, actions, launch and embedded files go.
    try:
        removed = sanitise(out, limit=NODE_LIMIT * (1 + len(sources)))
    except SanitiseError as exc:
        raise PackError(f"The pack could not be checked for scripts and embedded files ({exc}); nothing was "
                        "written. Check the preflight for a paper it cannot check.") from exc
    _finish(out, spec, outline)
    return Assembled(pdf=out, pages=len(out.pages), first_page=spec.first_page,
                     last_page=spec.first_page + len(out.pages) - 1, blanks=kinds.count("blank"), outline=outline,
                     removed=removed, front=front_bytes, placeholders=placeholder_bytes, stamps=frozenset(stamps))


@contextlib.contextmanager
def forms_left_behind() -> Iterator[None]:
    """A paper's interactive form fields are not carried into a pack on purpose (a pack is for
    reading and printing; what a field could run is taken out by ``packs.sanitise``): pikepdf's
    warning that they were left behind is not news to the user."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
        yield


@dataclass
class _Layout:
    blanks_before: dict[int, int]
    trailing_blanks: int


def _number(spec: PackSpec, docs: list[tuple[PackItem, PackDoc]], front_pages: int) -> _Layout:
    """Give each document its stamped page numbers, after ``front_pages`` and any blanks."""
    blanks: dict[int, int] = {}
    index = front_pages  # physical pages so far
    seen_items: set[int] = set()
    for item, d in docs:
        if spec.duplex and id(item) not in seen_items and index % 2 == 1:
            blanks[id(d)] = 1  # the item would start on a left-hand page
            index += 1
        seen_items.add(id(item))
        d.first = spec.first_page + index
        d.last = d.first + d.pages - 1
        index += d.pages
    trailing = 1 if spec.duplex and index % 2 == 1 else 0
    return _Layout(blanks, trailing)


def _finish(out: pikepdf.Pdf, spec: PackSpec, outline: list[tuple[str, int, int]]) -> None:
    subject = (f"{'Supplementary agenda' if spec.supplement else 'Agenda'} and papers for the meeting of the "
               f"{spec.board}, {spec.council}, on {dates.long(spec.meeting_date)}")
    out.docinfo[pikepdf.Name.Title] = spec.title
    out.docinfo[pikepdf.Name.Author] = spec.council
    out.docinfo[pikepdf.Name.Subject] = subject
    out.docinfo[pikepdf.Name.Keywords] = f"{spec.board}, agenda, {'public' if spec.public else 'restricted'}"
    out.docinfo[pikepdf.Name.Creator] = PRODUCER
    out.docinfo[pikepdf.Name.Producer] = PRODUCER
    out.Root.Lang = pikepdf.String(LANG)
    out.Root.PageMode = pikepdf.Name.UseOutlines
    out.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    with out.open_outline() as tree:
        parents: list[pikepdf.OutlineItem] = []
        for title, level, page_index in outline:
            entry = pikepdf.OutlineItem(title, page_index)
            if level == 0 or not parents:
                tree.root.append(entry)
                parents = [entry]
            else:
                parents[-1].children.append(entry)
