"""Minutes as a Word document (python-docx), with real Word styles.

Heading 1 carries the board's name, Heading 2 each minute ("7. Title", as written) and Heading 3 a
sub-item ("7a."), so Word's navigation pane and a screen reader see the structure. Tables use
"Table Grid" with a repeating header row. The page header says "Public version" or
"Restricted – not for publication" and, on a draft, "DRAFT – subject to confirmation"; the
footer carries the contact line and "Page x of y" fields. Normal text is Arial 11pt, black.

The document-level helpers (base styles, fields, shading, core properties) are shared with
``letters``.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from cpo_desktop import clock, dates
from cpo_desktop.model import privacy
from cpo_desktop.packs.docx_xml import element
from cpo_desktop.packs.content import ActionLine, MinuteSection, MinutesContent
from cpo_desktop.packs.text import (PART2_HEADING, attendee_text, bullet_lines, exempt_wording,
                                    is_declarations_section, is_sub_item, meeting_heading, minute_label, paragraphs,
                                    resolution_items, resolution_text)

__all__ = ["render_minutes_docx"]

FONT = "Arial"
LANG = "en-GB"
BLACK = RGBColor(0, 0, 0)
HEAD_FILL = "E6E6E6"
OVERDUE_FILL = "F8E0E0"
OVERDUE_INK = RGBColor(0x99, 0x12, 0x12)


# --------------------------------------------------------------------------- document helpers

def _set_run_fonts(rpr_parent, name: str) -> None:
    """Set ascii/hAnsi/cs/eastAsia fonts on a style's rPr, so every script uses ``name``."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]


def _set_language(doc: DocxDocument, lang: str) -> None:
    """Proofing language for the whole document (docDefaults) and the core property."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")
    doc.core_properties.language = lang


def new_document(*, title: str, author: str, subject: str, keywords: str = "",
                 landscape: bool = False) -> DocxDocument:
    """An A4 document with calm black Arial styles and its core properties set."""
    doc = Document()
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = Mm(22)
    section.bottom_margin = Mm(20)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)

    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.font.color.rgb = BLACK
    _set_run_fonts(normal.element, FONT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    sizes = {"Title": 18, "Heading 1": 16, "Heading 2": 12, "Heading 3": 11, "Heading 4": 11}
    for name, size in sizes.items():
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = BLACK
        _set_run_fonts(style.element, FONT)
        pf = style.paragraph_format
        pf.space_before = Pt(12 if name in ("Heading 2", "Heading 3") else 6)
        pf.space_after = Pt(4)
        pf.keep_with_next = True
    # the default template's Title has a coloured bottom border: drop it
    title_ppr = styles["Title"].element.pPr
    if title_ppr is not None:
        border = title_ppr.find(qn("w:pBdr"))
        if border is not None:
            title_ppr.remove(border)
    for name in ("Header", "Footer"):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(8.5)
        _set_run_fonts(style.element, FONT)
    for name in ("List Bullet", "List Number"):
        _set_run_fonts(styles[name].element, FONT)

    _set_language(doc, LANG)
    props = doc.core_properties
    props.title = title
    props.author = author
    props.subject = subject
    props.keywords = keywords
    props.comments = "Made with CPO Desktop"
    props.last_modified_by = author
    props.revision = 1
    made = clock.now().astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)  # core.xml is written in UTC
    props.created = props.modified = made
    _drop_template_leftovers(doc)
    return doc


# What Word writes as a new document's extended properties: the program, and nothing of a template.
_APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Template></Template><Application>CPO Desktop</Application><DocSecurity>0</DocSecurity>'
            '</Properties>')


def _drop_template_leftovers(doc: DocxDocument) -> None:
    """python-docx starts from a template made on a Mac in 2013: its blank thumbnail, its
    bibliography store (customXml) and its extended properties ("Microsoft Macintosh Word",
    "Normal.dotm", a page and word count of the empty template) would ship in every file. The
    thumbnail and customXml are unlinked (a part nothing links to is not saved); the extended
    properties are replaced by ours."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            package.rels.pop(rel_id)
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML:
            doc.part.rels.pop(rel_id)
    app = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, _APP_XML.encode("utf-8"), package)
    package.relate_to(app, RT.EXTENDED_PROPERTIES)


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    element(paragraph).append(field)


def write_header_footer(doc: DocxDocument, *, header_left: str, header_right: str,
                        header_right_bold: bool, draft_line: str, footer: str) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT

    section = doc.sections[0]
    usable = section.page_width - section.left_margin - section.right_margin

    # the template's Header and Footer styles stop at a centre tab first: one right tab instead
    for name in ("Header", "Footer"):
        stops = doc.styles[name].paragraph_format.tab_stops
        stops.clear_all()
        stops.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT)

    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.style = doc.styles["Header"]
    p.add_run(header_left)
    p.add_run("\t")
    right = p.add_run(header_right)
    right.bold = header_right_bold
    if draft_line:
        d = header.add_paragraph(style=doc.styles["Header"])
        d.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = d.add_run(draft_line)
        run.bold = True
        run.font.size = Pt(14)
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    footer_part = section.footer
    footer_part.is_linked_to_previous = False
    f = footer_part.paragraphs[0]
    f.style = doc.styles["Footer"]
    if footer:
        f.add_run(footer)
    f.add_run("\tPage ")
    add_field(f, "PAGE")
    f.add_run(" of ")
    add_field(f, "NUMPAGES")


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = element(cell).get_or_add_tcPr()
    shd = tc_pr.find(qn("w:shd"))
    if shd is None:
        shd = OxmlElement("w:shd")
        tc_pr.append(shd)
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def repeat_header_row(table: Table) -> None:
    tr_pr = element(table.rows[0]).get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cant_split(row) -> None:
    tr_pr = element(row).get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def set_cell_text(cell: _Cell, text: str, *, bold: bool = False, size: float | None = None,
                  italic_first_line: bool = False) -> Paragraph:
    """Replace the cell's text; line breaks in ``text`` become line breaks in the cell."""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    for i, line in enumerate(text.split("\n")):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        run = p.add_run(line)
        run.bold = bold or None
        run.italic = (italic_first_line and i == 0) or None
        if size:
            run.font.size = Pt(size)
    return p


def add_table(doc: DocxDocument, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
              widths_cm: Sequence[float], size: float = 9.5, indent_cm: float = 0,
              shaded_rows: Sequence[int] = (), italic_first_line_cols: Sequence[int] = ()) -> Table:
    """A "Table Grid" table with a shaded header row that repeats on each page."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, headers):
        set_cell_text(cell, text, bold=True, size=size)
        shade(cell, HEAD_FILL)
    repeat_header_row(table)
    for n, values in enumerate(rows, start=1):
        row = table.add_row()
        _cant_split(row)
        for col, (cell, text) in enumerate(zip(row.cells, values)):
            set_cell_text(cell, text, size=size, italic_first_line=col in italic_first_line_cols)
            if n in shaded_rows:
                shade(cell, OVERDUE_FILL)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)
    for col, width in zip(table.columns, widths_cm):
        col.width = Cm(width)
    tbl_pr = element(table).tblPr
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 40), ("left", 85), ("bottom", 40), ("right", 85)):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr.append(margins)
    if indent_cm:
        ind = OxmlElement("w:tblInd")
        ind.set(qn("w:w"), str(int(indent_cm * 567)))
        ind.set(qn("w:type"), "dxa")
        tbl_pr.append(ind)
    return table


def add_text(doc: DocxDocument, text: str, *, style: str = "Normal", indent_cm: float = 0,
             bold_prefix: str = "", italic: bool = False, keep_with_next: bool = False) -> Paragraph:
    p = doc.add_paragraph(style=doc.styles[style])
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        run = p.add_run(line)
        if italic:
            run.italic = True
    if indent_cm:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if keep_with_next:
        p.paragraph_format.keep_with_next = True
    return p


def to_bytes(doc: DocxDocument) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- the minutes

INDENT = 1.27  # cm: the text column of a minute, after its number
SUB_INDENT = 0.6


def _minute_heading(doc: DocxDocument, section: MinuteSection) -> float:
    """Heading 2 (Heading 3 for a sub-item) with the number hanging; returns the text indent."""
    sub = is_sub_item(section.number)
    style = "Heading 3" if sub else "Heading 2"
    start = SUB_INDENT if sub else 0
    indent = start + INDENT
    p = doc.add_paragraph(style=doc.styles[style])
    p.add_run(minute_label(section.number) + "\t" + section.title)
    pf = p.paragraph_format
    pf.left_indent = Cm(indent)
    pf.first_line_indent = Cm(-INDENT)
    pf.tab_stops.add_tab_stop(Cm(indent))
    return indent


def _declarations_table(doc: DocxDocument, content: MinutesContent, indent: float) -> None:
    rows = []
    for d in content.declarations:
        nature = "\n".join(part for part in (d.kind, d.nature) if part)
        rows.append((d.member, d.item, nature, d.action))
    width = 17.0 - indent
    add_table(doc, ("Member", "Item", "Nature of interest", "Action"), rows,
              widths_cm=[width * 0.28, width * 0.11, width * 0.38, width * 0.23], indent_cm=indent,
              italic_first_line_cols=(2,) if any(d.kind for d in content.declarations) else ())
    doc.add_paragraph(style=doc.styles["Normal"]).paragraph_format.space_after = Pt(0)


def _actions_table(doc: DocxDocument, actions: Sequence[ActionLine], indent: float) -> None:
    width = 17.0 - indent
    rows = [(a.number, a.description, a.owner, dates.short(a.due)) for a in actions]
    add_table(doc, ("No.", "Action", "Owner", "Due"), rows, indent_cm=indent,
              widths_cm=[1.3, width - 1.3 - 3.6 - 2.3, 3.6, 2.3])


def _action_log_table(doc: DocxDocument, actions: Sequence[ActionLine]) -> None:
    """Seven columns: the full text width, not the minute's text column."""
    width = 17.0
    rows, shaded = [], []
    for n, a in enumerate(actions, start=1):
        status = a.status + ("\nOverdue" if a.overdue else "")
        rows.append((a.number, a.minute_ref, a.description, a.owner, dates.short(a.due), status, a.update))
        if a.overdue:
            shaded.append(n)
    fixed = 1.2 + 2.2 + 2.1 + 1.9
    flexible = width - fixed
    table = add_table(doc, ("No.", "Minute", "Action", "Owner", "Due", "Status", "Update"), rows,
                      size=8.5, shaded_rows=shaded,
                      widths_cm=[1.2, 2.2, flexible * 0.38, flexible * 0.22, 2.1, 1.9, flexible * 0.40])
    for n in shaded:
        cell = table.rows[n].cells[5]
        runs = cell.paragraphs[0].runs
        if runs:
            runs[-1].bold = True
            runs[-1].font.color.rgb = OVERDUE_INK


def _discussion(doc: DocxDocument, text: str, indent: float) -> None:
    for para in paragraphs(text):
        items = bullet_lines(para)
        if items:
            for n, item in enumerate(items, start=1):
                p = add_text(doc, item, style="List Bullet")
                p.paragraph_format.left_indent = Cm(indent + 0.6)
                p.paragraph_format.first_line_indent = Cm(-0.5)
                p.paragraph_format.space_after = Pt(6 if n == len(items) else 2)
        else:
            add_text(doc, para, indent_cm=indent)


def _resolutions(doc: DocxDocument, resolutions: Sequence[str], indent: float) -> None:
    resolutions = [r for r in resolutions if r.strip()]
    if not resolutions:
        return
    if len(resolutions) == 1:
        add_text(doc, resolution_text(resolutions[0]), bold_prefix="RESOLVED: ", indent_cm=indent)
        return
    add_text(doc, "That –", bold_prefix="RESOLVED: ", indent_cm=indent, keep_with_next=True)
    for n, text in enumerate(resolution_items(resolutions), start=1):
        p = add_text(doc, f"({n})\t{text}")
        pf = p.paragraph_format
        pf.left_indent = Cm(indent + 1.0)
        pf.first_line_indent = Cm(-1.0)
        pf.tab_stops.add_tab_stop(Cm(indent + 1.0))
        pf.space_after = Pt(3)


def _section(doc: DocxDocument, content: MinutesContent, section: MinuteSection,
             is_declarations: bool) -> None:
    indent = _minute_heading(doc, section)
    if section.withheld:
        note = section.withheld_note or (
            "This item was considered in private because it involved exempt information"
            + (f" ({exempt_wording(section.exempt_paragraph)})." if section.exempt_paragraph else "."))
        add_text(doc, note, indent_cm=indent, italic=True)
        return
    if section.presenter:
        add_text(doc, section.presenter, indent_cm=indent, italic=True, keep_with_next=True)
    if section.part == 2 and section.exempt_paragraph:
        p = add_text(doc, f"Not for publication: exempt information under "
                          f"{exempt_wording(section.exempt_paragraph)}.", indent_cm=indent, italic=True)
        for run in p.runs:
            run.font.size = Pt(9.5)
    _discussion(doc, section.discussion, indent)
    if is_declarations:
        if content.declarations:
            _declarations_table(doc, content, indent)
        elif "no declarations" not in section.discussion.lower():
            add_text(doc, "No declarations of interest were made.", indent_cm=indent)
    _resolutions(doc, section.resolutions, indent)
    if section.actions:
        p = add_text(doc, "Actions agreed", indent_cm=indent, keep_with_next=True)
        p.runs[0].bold = True
        _actions_table(doc, section.actions, indent)
        doc.add_paragraph(style=doc.styles["Normal"]).paragraph_format.space_after = Pt(0)
    if section.action_log:
        p = add_text(doc, "Action log reviewed", indent_cm=indent, keep_with_next=True)
        p.runs[0].bold = True
        _action_log_table(doc, section.action_log)
        if any(a.overdue for a in section.action_log):
            note = add_text(doc, "Overdue actions are shaded and marked “Overdue”.", indent_cm=indent)
            note.runs[0].font.size = Pt(9)
        else:
            doc.add_paragraph(style=doc.styles["Normal"]).paragraph_format.space_after = Pt(0)


def render_minutes_docx(content: MinutesContent) -> bytes:
    """The minutes as .docx bytes. Public minutes must have passed the privacy rule."""
    privacy.require_cleared(content)
    when = dates.plain(content.meeting_date)
    draft = content.status == "draft"
    title = content.title or f"{content.board} – minutes – {when}"
    subject = (f"{'Draft minutes' if draft else 'Minutes'} of the meeting of the {content.board}, "
               f"{content.council}, held on {dates.long(content.meeting_date)}")
    doc = new_document(title=title, author=content.council, subject=subject,
                       keywords=f"{content.board}, minutes")
    write_header_footer(
        doc,
        header_left=f"{content.board} – {when}" + (" – draft minutes" if draft else " – minutes"),
        header_right="Public version" if content.public else "Restricted – not for publication",
        header_right_bold=not content.public,
        draft_line="DRAFT – subject to confirmation" if draft else "",
        footer=content.contact,
    )

    council = add_text(doc, content.council)
    council.runs[0].bold = True
    council.runs[0].font.size = Pt(12)
    council.paragraph_format.space_after = Pt(2)
    doc.add_paragraph(content.board, style=doc.styles["Heading 1"])
    p = add_text(doc, meeting_heading(content))
    p.runs[0].bold = True
    p.paragraph_format.space_after = Pt(12)

    groups = [("Present:", content.present, False), ("Substitutes:", content.substitutes, False),
              ("In attendance:", content.in_attendance, True), ("Apologies:", content.apologies, False),
              ("Absent:", content.absent, False)]
    for label, people, dashes in groups:
        if not people:
            continue
        head = add_text(doc, label, keep_with_next=True)
        head.runs[0].bold = True
        head.paragraph_format.space_after = Pt(0)
        for i, person in enumerate(people):
            line = add_text(doc, attendee_text(person, dashes=dashes), indent_cm=INDENT)
            line.paragraph_format.space_after = Pt(8 if i == len(people) - 1 else 0)
            if i < len(people) - 1:
                line.paragraph_format.keep_with_next = True

    decl_index = next((i for i, s in enumerate(content.sections) if is_declarations_section(s)), None)
    if decl_index is None and content.declarations:
        head = add_text(doc, "Declarations of interest", keep_with_next=True)
        head.runs[0].bold = True
        _declarations_table(doc, content, 0)

    part2 = False
    for i, section in enumerate(content.sections):
        if section.part == 2 and not part2:
            part2 = True
            heading = doc.add_paragraph(style=doc.styles["Heading 1"])
            heading.add_run(PART2_HEADING).font.size = Pt(13)
            heading.paragraph_format.space_before = Pt(12)
            for para in paragraphs(content.exclusion_resolution):
                if para.upper().startswith("RESOLVED"):
                    head, _, rest = para.partition(":")
                    add_text(doc, rest.strip(), bold_prefix=head + ": ")
                else:
                    add_text(doc, para)
        _section(doc, content, section, i == decl_index)
    if content.closing:
        add_text(doc, content.closing).paragraph_format.space_before = Pt(10)

    if content.amendments:
        doc.add_paragraph("Amendments", style=doc.styles["Heading 2"])
        for text in content.amendments:
            add_text(doc, text)
    if content.confirmed_note:
        add_text(doc, content.confirmed_note).paragraph_format.space_before = Pt(6)

    signed = content.status == "signed" and (content.signed_by or content.signed_on)
    p = doc.add_paragraph(style=doc.styles["Normal"])
    p.paragraph_format.space_before = Pt(24)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.0))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.5))
    p.add_run("Chair:").bold = True
    if signed:
        p.add_run("\t" + (content.signed_by or content.chair))
        p.add_run("\t")
        p.add_run("Date:").bold = True
        p.add_run("\t" + (dates.plain(content.signed_on) if content.signed_on else ""))
    else:
        p.add_run("\t" + "." * 60 + "\t")
        p.add_run("Date:").bold = True
        p.add_run("\t" + "." * 25)
        if content.chair:
            p.paragraph_format.keep_with_next = True
            under = add_text(doc, content.chair, indent_cm=1.6)
            under.runs[0].font.size = Pt(9.5)
    return to_bytes(doc)
