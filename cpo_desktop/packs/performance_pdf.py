"""The performance report to a board meeting as a PDF, laid out as a council committee report
(004): the header block as a ruled two-column table, summary, recommendation, reasons and contact
officer; then "1. The figures at a glance" (the summary table, grouped by priority); then a
numbered section per priority with, for each indicator, a line chart of its last six figures, the
chart's description (its alt text: a later issue attaches it as the figure's /Alt in a tagged
PDF; until then it is printed under the chart so it is not lost), a table of the same numbers and
the officer's commentary.

Charts (reportlab.graphics) draw every line in a colour with at least 3:1 contrast against white
and in its own style (solid with dots, dashed, dotted, dash-dot), so they do not depend on colour.
A figure the table prints as a mark ("c", "x") is a gap in the line with the mark at its foot.

The renderer only lays out what ``services.performance_report`` gathered: public content has been
suppressed and passed the privacy rule (``privacy.require_cleared``).
"""

from __future__ import annotations

import io

from cpo_desktop import dates
from cpo_desktop.palette import RAG_FILL
from cpo_desktop.model import privacy
from cpo_desktop.packs.content import IndicatorReport, PerformanceReportContent

__all__ = ["performance_pdf", "LINE_STYLES"]

# (label, colour, dash pattern, width) for each line: colours of 3:1 or more against white.
LINE_STYLES = {
    "value": ("#1a3d73", None, 2.0),  # navy, solid, with dots: contrast 10.9:1
    "england": ("#a34700", (5, 3), 1.3),  # burnt orange, dashed: 5.6:1
    "region": ("#1e6b30", (1, 2.2), 1.6),  # green, dotted: 6.6:1
    "neighbours": ("#4d4d4d", (9, 3), 1.3),  # dark grey, long dashes: 8.5:1
    "target": ("#6b2f8f", (7, 2.5, 1.5, 2.5), 1.2),  # purple, dash-dot: 8.3:1
}
LINE_NAMES = {"value": None, "england": "England", "region": "Region", "neighbours": "Neighbours", "target": "Target"}
RAG_LABELS = {"red": "Red", "amber": "Amber", "green": "Green"}
ARROWS = {"up": "↑ up", "down": "↓ down", "flat": "→ same"}


def trend_words(ind: IndicatorReport) -> str:
    if ind.trend is None:
        return ""
    return ARROWS[ind.trend] + (f" ({ind.judgement})" if ind.judgement and ind.judgement != "same" else "")


def performance_pdf(content: PerformanceReportContent) -> bytes:
    """The report's PDF bytes. Public content must have passed the privacy rule."""
    privacy.require_cleared(content)
    from reportlab.lib.pagesizes import A4

    from cpo_desktop.packs import fonts
    from cpo_desktop.packs.minutes_pdf import make_doc_template

    fonts.register()
    c = content
    when = dates.plain(c.meeting_date)
    decor = _decor_class()(header_left=f"{c.board} – performance report – {when}",
                                   header_right="Public version" if c.public
                                   else "NOT FOR PUBLICATION – restricted version", header_right_bold=not c.public,
                                   footer=f"{c.council} – {c.as_at}", draft=False, show_outline=True)
    buf = io.BytesIO()
    doc = make_doc_template(buf, pagesize=A4, decor=decor, title=c.title or f"{c.board} – performance report",
                            author=c.council, subject=f"Performance report to the meeting of {when}",
                            keywords=[c.board, "performance report", "public" if c.public else "restricted"])
    template = doc.pageTemplates[0]
    template.onPage, template.onPageEnd = decor.draw_header, decor.draw_footer
    # One pass: "Page x of y" is written when the last page is known (a report of 60 charts
    # built twice to count its pages would take twice as long).
    doc.build(_Story(c).build(), canvasmaker=_numbered_canvas(doc))
    return buf.getvalue()


def _numbered_canvas(doc):
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from cpo_desktop.packs import fonts
    from cpo_desktop.packs.minutes_pdf import QUIET

    class NumberedCanvas(Canvas):
        """Keeps each page until the document is saved, then stamps "Page x of y" on it."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self.saveState()
                self.setFillColor(QUIET)
                self.setFont(fonts.FAMILY, _decor_class().SIZE)
                self.drawRightString(doc.pagesize[0] - doc.rightMargin, 13 * mm,
                                     f"Page {self._pageNumber} of {total}")
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


_DECOR = None  # the page furniture's class, made on first use (minutes_pdf imports ReportLab)


def _decor_class():
    global _DECOR
    if _DECOR is None:

        from cpo_desktop.packs.minutes_pdf import PageDecor

        class Decor(PageDecor):
            """The minutes' page furniture, its footer without the page number (the canvas writes
            "Page x of y" once it knows y)."""

            NUMBERS_PAGES = False

        _DECOR = Decor
    return _DECOR


class _Story:
    def __init__(self, c: PerformanceReportContent):
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm

        from cpo_desktop.packs import fonts
        from cpo_desktop.packs.minutes_pdf import MARGIN_X, QUIET, pdf_styles
        from reportlab.lib.pagesizes import A4

        self.c = c
        self.mm = mm
        self.width = A4[0] - 2 * MARGIN_X
        s = pdf_styles(10.5)
        self.s = s
        self.label = ParagraphStyle("pr-label", parent=s["body"], fontName=fonts.BOLD, spaceAfter=0)
        self.value = ParagraphStyle("pr-value", parent=s["body"], spaceAfter=0)
        self.front_head = ParagraphStyle("pr-front-head", parent=s["body"], fontName=fonts.BOLD, spaceBefore=8,
                                         spaceAfter=3, keepWithNext=1)
        self.section = ParagraphStyle("pr-section", parent=s["body"], fontName=fonts.BOLD, fontSize=12.5,
                                      leading=16, spaceBefore=10, spaceAfter=6, keepWithNext=1)
        self.ind_head = ParagraphStyle("pr-ind", parent=s["body"], fontName=fonts.BOLD, fontSize=11, leading=14,
                                       spaceBefore=10, spaceAfter=2, keepWithNext=1)
        self.quiet = ParagraphStyle("pr-quiet", parent=s["small"], textColor=QUIET, spaceAfter=4)
        self.described = ParagraphStyle("pr-alt", parent=s["small"], fontSize=8.5, leading=10.5, textColor=QUIET,
                                        spaceBefore=2, spaceAfter=5)
        self.cell = ParagraphStyle("pr-cell", parent=s["cell"], fontSize=8.5, leading=10.5)
        self.head = ParagraphStyle("pr-head", parent=s["cell_head"], fontSize=8.5, leading=10.5)
        self.num = ParagraphStyle("pr-num", parent=self.cell, alignment=TA_RIGHT)
        self.num_head = ParagraphStyle("pr-num-head", parent=self.head, alignment=TA_RIGHT)
        self.group = ParagraphStyle("pr-group", parent=self.head, fontSize=9)
        self.commentary = ParagraphStyle("pr-commentary", parent=s["body"], spaceBefore=3)

    # ------------------------------------------------------------------ helpers

    def p(self, text: str, style=None):
        from reportlab.platypus import Paragraph

        from cpo_desktop.packs.text import esc

        return Paragraph(esc(text), style or self.s["body"])

    def _ruled(self, rows, widths, spans=()):
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        from cpo_desktop.packs import fonts
        from cpo_desktop.packs.minutes_pdf import RULE

        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.93, 0.93)),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5), *spans]))
        return table

    # ------------------------------------------------------------------ the story

    def build(self) -> list:
        from reportlab.platypus import PageBreak

        out = self._front()
        out += [PageBreak()] + self._summary()
        for n, group in enumerate(self.c.groups, start=2):
            out += self._group(n, group)
        return out

    def _front(self) -> list:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import KeepTogether, Paragraph, Spacer
        from reportlab.platypus.flowables import HRFlowable

        from cpo_desktop.packs.minutes_pdf import Bookmark, OVERDUE_INK
        from cpo_desktop.packs.text import esc

        c, mm = self.c, self.mm
        out: list = [Bookmark("report", "Report details", 0),
                     Paragraph(esc(c.council), ParagraphStyle("pr-council", parent=self.s["council"], fontSize=14,
                                                               leading=17))]
        if not c.public:
            out.append(Paragraph("NOT FOR PUBLICATION – restricted version: every figure is shown",
                                 ParagraphStyle("pr-band", parent=self.s["body"], fontName=self.label.fontName,
                                                textColor=OVERDUE_INK, spaceAfter=2)))
        out.append(HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=2, spaceAfter=8))
        label_w, small_w = 46 * mm, 36 * mm
        rows = [("Report to:", c.report_to), ("Date of Meeting:", dates.plain(c.meeting_date)),
                ("Subject:", c.subject), ("Report of:", c.report_of), ("Wards Affected:", c.wards),
                ("Portfolio:", c.portfolio)]
        data = [[Paragraph(esc(a), self.label), Paragraph(esc(b), self.value), "", ""] for a, b in rows]
        data.append([Paragraph("Is this a Key Decision:", self.label), Paragraph(esc(c.key_decision), self.value),
                     Paragraph("Included in Forward Plan:", self.label), Paragraph(esc(c.forward_plan), self.value)])
        data.append([Paragraph("Exempt / Confidential Report:", self.label), Paragraph(esc(c.exempt), self.value),
                     "", ""])
        rest = self.width - label_w - small_w - 40 * mm
        spans = [("SPAN", (1, i), (3, i)) for i in range(len(rows))]
        spans += [("SPAN", (1, len(rows) + 1), (3, len(rows) + 1)),
                  ("BACKGROUND", (2, len(rows)), (2, len(rows)), colors.Color(0.93, 0.93, 0.93))]
        out.append(self._ruled(data, [label_w, small_w, 40 * mm, rest], spans))
        out.append(Paragraph("Summary:", self.front_head))
        out.append(self.p(c.summary))
        out.append(Paragraph("Recommendation(s):", self.front_head))
        rec = ParagraphStyle("pr-rec", parent=self.s["body"], leftIndent=12 * mm, bulletIndent=0)
        out += [Paragraph(esc(text), rec, bulletText=f"({n})") for n, text in enumerate(c.recommendations, start=1)]
        out.append(Paragraph("Reasons for the Recommendation(s):", self.front_head))
        out.append(self.p(c.reasons))
        out.append(Paragraph("Alternative Options Considered and Rejected: (including any Risk Implications)",
                             self.front_head))
        out.append(self.p("None. The report is for information and scrutiny."))
        contact = [[Paragraph("Contact Officer:", self.label),
                    Paragraph(esc(", ".join(x for x in (c.contact_name, c.contact_role) if x)), self.value)]]
        if c.contact_phone:
            contact.append([Paragraph("Telephone Number:", self.label), Paragraph(esc(c.contact_phone), self.value)])
        if c.contact_email:
            contact.append([Paragraph("Email Address:", self.label), Paragraph(esc(c.contact_email), self.value)])
        out.append(KeepTogether([Spacer(1, 8), self._ruled(contact, [46 * mm, self.width - 46 * mm])]))
        out.append(Paragraph("Background Papers:", self.front_head))
        out.append(self.p(f"{c.as_at}, as held in the board's performance scorecard."))
        return out

    def _summary(self) -> list:
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Table

        from cpo_desktop.packs.minutes_pdf import Bookmark, mixed_widths, table_style
        from cpo_desktop.packs.text import esc

        c = self.c
        title = "1. The figures at a glance"
        out: list = [Bookmark("summary", title, 0), Paragraph(esc(title), self.section),
                     self.p(f"{c.as_at}. Each indicator's latest figure, the one before it and the trend between them; "
                            "the comparators and the target are for the latest period.", self.quiet)]
        head = ["Indicator", "Latest", "Previous", "Trend", "England", "Region", "Neighbours", "Target", "RAG"]
        rows = [[Paragraph(esc(h), self.head if i in (0, 3, 8) else self.num_head) for i, h in enumerate(head)]]
        style = table_style()
        for group in c.groups:
            rows.append([Paragraph(esc(group.title), self.group)] + [""] * 8)
            n = len(rows) - 1
            style.add("SPAN", (0, n), (-1, n))
            style.add("BACKGROUND", (0, n), (-1, n), colors.Color(0.96, 0.96, 0.96))
            for ind in group.indicators:
                rows.append([
                    Paragraph(esc(ind.name), self.cell),
                    self._value(ind.latest, ind.latest_period), self._value(ind.previous, ind.previous_period),
                    Paragraph(esc(trend_words(ind)), self.cell),
                    *(Paragraph(esc(v), self.num) for v in (ind.england, ind.region, ind.neighbours, ind.target)),
                    Paragraph(esc(RAG_LABELS.get(ind.rag, "")), self.cell)])
                if ind.rag in RAG_FILL:
                    style.add("BACKGROUND", (8, len(rows) - 1), (8, len(rows) - 1), colors.HexColor(RAG_FILL[ind.rag]))
        table = Table(rows, colWidths=mixed_widths([-1, 16, 16, 21, 15, 15, 20, 14, 13], self.width), repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(style)
        out.append(table)
        out += [self.p(note, self.quiet) for note in c.notes]
        return out

    def _value(self, text: str, period: str):
        from reportlab.platypus import Paragraph

        from cpo_desktop.packs.minutes_pdf import QUIET
        from cpo_desktop.packs.text import esc

        if not text:
            return Paragraph("", self.num)
        return Paragraph(f'{esc(text)}<br/><font size="7" color="#{QUIET.hexval()[2:]}">{esc(period)}</font>',
                         self.num)

    def _group(self, n: int, group) -> list:
        from reportlab.platypus import CondPageBreak, Paragraph

        from cpo_desktop.packs.minutes_pdf import Bookmark
        from cpo_desktop.packs.text import esc

        title = f"{n}. {group.title}"
        out: list = [CondPageBreak(120 * self.mm), Bookmark(f"group-{n}", title, 0), Paragraph(esc(title), self.section)]
        for k, ind in enumerate(group.indicators, start=1):
            out += self._indicator(f"{n}.{k}", ind)
        return out

    def _indicator(self, number: str, ind: IndicatorReport) -> list:
        from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

        from cpo_desktop.packs import fonts
        from cpo_desktop.packs.minutes_pdf import Bookmark, mixed_widths, table_style
        from cpo_desktop.packs.text import esc

        heading = f"{number} {ind.name}"
        lead: list = [Bookmark(f"indicator-{ind.key}", heading, 1), Paragraph(esc(heading), self.ind_head)]
        line = f"Latest {ind.latest} ({ind.latest_period})"
        if ind.previous:
            line += f", previous {ind.previous} ({ind.previous_period})"
        if ind.trend:
            line += f", {trend_words(ind)}"
        if ind.rag:
            line += f"; RAG {RAG_LABELS[ind.rag].lower()}"
        lead.append(self.p(line + ".", self.quiet))
        if ind.definition:
            lead.append(self.p(ind.definition, self.quiet))
        chart = [_chart(ind, self.width), Paragraph("<b>Chart description:</b> " + esc(ind.alt_text), self.described)]
        # The comparators this indicator has in these periods (a column of blanks says nothing).
        columns = [("Figure", "text")] + [(h, a) for h, a in (("England", "england"), ("Region", "region"),
                                                               ("Neighbours", "neighbours"), ("Target", "target"))
                                          if any(getattr(p, a) for p in ind.points)]
        # Short cells that never wrap: plain strings (a Paragraph per cell, sixty tables over, is slow).
        rows = [["Period"] + [h for h, _ in columns]]
        rows += [[p.label] + [getattr(p, a) for _, a in columns] for p in ind.points]
        table = Table(rows, colWidths=mixed_widths([38] + [24] * len(columns), 38 * self.mm + 24 * self.mm * len(
            columns)), repeatRows=1, hAlign="LEFT")
        style = table_style()
        style.add("FONTSIZE", (0, 0), (-1, -1), 8.5)
        style.add("FONTNAME", (0, 0), (-1, 0), fonts.BOLD)
        style.add("ALIGN", (1, 0), (-1, -1), "RIGHT")
        style.add("BOTTOMPADDING", (0, 0), (-1, -1), 4.5)
        table.setStyle(style)
        commentary = [Paragraph("<b>Commentary:</b> " + esc(ind.commentary or "No commentary for this period."),
                                self.commentary)]
        # The chart, its description and its table on one page where they fit.
        return [KeepTogether(lead + chart + [Spacer(1, 2), table]), *commentary]


def _chart(ind: IndicatorReport, width: float):
    """A line chart of the indicator's figures (solid, with dots) and, where present, England
    (dashed), the region (dotted), statistical neighbours (long dashes) and the target (dash-dot),
    with a legend under it. Drawn from
    shapes (a line broken by a hidden figure may leave one point alone, which a chart widget
    cannot draw)."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cpo_desktop.packs import fonts
    from cpo_desktop.packs.minutes_pdf import QUIET, RULE

    points = ind.points
    height = 54 * mm
    d = Drawing(width, height)
    d.initialFontName, d.initialFontSize = fonts.FAMILY, 8
    series = [("value", [p.value for p in points])]
    for key in ("england", "region", "neighbours", "target"):
        values = [getattr(p, f"{key}_value") for p in points]
        if any(v is not None for v in values):
            series.append((key, values))
    numbers = [v for _, values in series for v in values if v is not None]
    left, bottom = 16 * mm, 13 * mm
    plot_w, plot_h = width - left - 4 * mm, height - bottom - 5 * mm
    if not numbers:  # nothing to plot: no axis either (its scale would be a guess the reader might take for one)
        d.add(String(width / 2, height / 2, "No figure in these periods can be shown on the chart: see the table.",
                     fontName=fonts.FAMILY, fontSize=9, textAnchor="middle", fillColor=QUIET))
        return d
    lo, hi, step = _axis(min(numbers), max(numbers), ind.unit)
    fmt = _axis_format(step, ind.unit)
    grid = colors.Color(0.88, 0.88, 0.88)
    k = 0
    while lo + k * step <= hi + step / 1000:
        value = lo + k * step
        y = bottom + (value - lo) / (hi - lo) * plot_h
        d.add(Line(left, y, left + plot_w, y, strokeColor=grid if k else RULE, strokeWidth=0.4 if k else 0.6))
        d.add(String(left - 3, y - 3, fmt % value, fontName=fonts.FAMILY, fontSize=8, textAnchor="end",
                     fillColor=colors.black))
        k += 1
    d.add(Line(left, bottom, left, bottom + plot_h, strokeColor=RULE, strokeWidth=0.6))
    n = max(len(points), 1)

    def x_of(i: int) -> float:
        return left + plot_w * (i + 0.5) / n

    def y_of(v: float) -> float:
        return bottom + (min(max(v, lo), hi) - lo) / (hi - lo) * plot_h

    for i, p in enumerate(points):
        d.add(String(x_of(i), bottom - 9, p.label, fontName=fonts.FAMILY, fontSize=8, textAnchor="middle",
                     fillColor=colors.black))
        if p.value is None:  # a gap in the line, with the table's mark at its foot
            d.add(String(x_of(i), bottom + 3, p.text, fontName=fonts.BOLD, fontSize=9, textAnchor="middle",
                         fillColor=QUIET))
    # Comparators first, so the indicator's own line is drawn over them.
    for key, values in sorted(series, key=lambda s: s[0] == "value"):
        colour, dash, stroke = LINE_STYLES[key]
        ink = colors.HexColor(colour)
        runs: list[list[tuple[float, float]]] = [[]]
        for i, v in enumerate(values):
            if v is None:
                runs.append([])
            else:
                runs[-1].append((x_of(i), y_of(v)))
        for run in runs:
            if len(run) >= 2:
                d.add(PolyLine([c for xy in run for c in xy], strokeColor=ink, strokeWidth=stroke,
                               strokeDashArray=dash, strokeLineJoin=1))
            elif len(run) == 1 and key != "value":  # one figure alone: a short stroke in its style
                x, y = run[0]
                d.add(Line(x - 9, y, x + 9, y, strokeColor=ink, strokeWidth=stroke, strokeDashArray=dash))
            if key == "value":
                for x, y in run:
                    d.add(Circle(x, y, 2.6, fillColor=ink, strokeColor=ink, strokeWidth=0.5))
    # The legend: a sample of each line's style and its name, under the axis.
    x, y = left, 1
    for key, _ in series:
        colour, dash, stroke = LINE_STYLES[key]
        d.add(Line(x, y + 3, x + 16, y + 3, strokeColor=colors.HexColor(colour), strokeWidth=stroke,
                   strokeDashArray=dash))
        if key == "value":
            d.add(Circle(x + 8, y + 3, 2.2, fillColor=colors.HexColor(colour), strokeColor=colors.HexColor(colour)))
        name = LINE_NAMES[key] or ind.name
        if len(name) > 60:
            name = name[:57] + "…"
        d.add(String(x + 19, y, name, fontName=fonts.FAMILY, fontSize=8, fillColor=colors.black))
        x += 19 + stringWidth(name, fonts.FAMILY, 8) + 12
    return d


def _axis(low: float, high: float, unit: str) -> tuple[float, float, float]:
    """A value axis from a round number below the lowest figure (0 for counts when it is near) to
    one above the highest, in four to six round steps."""
    import math

    if unit == "percentage":
        low, high = max(0.0, low), min(100.0, high)
    if high <= low:
        high = low + (abs(low) * 0.1 or 1.0)
    span = high - low
    if low >= 0 and low < span * 1.5:
        low = 0.0
        span = high
    raw = span / 5
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if unit in ("count", "days"):
        step = max(1.0, round(step))
    lo = math.floor(low / step) * step
    if lo > 0 and low - lo < step * 0.3:
        lo -= step  # a line on the axis is hard to see
    hi = math.ceil(high / step) * step
    if hi - high < step * 0.3:
        hi += step
    if unit == "percentage" and hi > 100 and high <= 100:
        hi = 100.0 if (100 - lo) / step == int((100 - lo) / step) else hi
    return lo, hi, step


def _axis_format(step: float, unit: str) -> str:
    places = 0 if float(step).is_integer() else 1 if float(step * 10).is_integer() else 2
    fmt = f"%.{places}f"
    return fmt + ("%%" if unit == "percentage" else "")
