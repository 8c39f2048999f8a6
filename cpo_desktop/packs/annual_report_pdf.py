"""The board's annual report to the Overview and Scrutiny Committee as a PDF, laid out as a
council committee report: the header block (report to, date of meeting, subject, report of,
wards, portfolio, key decision, exempt) as a ruled two-column table, then the summary,
recommendation, reasons, options, costs and implications, contact officer and appendices, then
the numbered sections ("1. Introduction/Background", "1.1 …"), each with a bookmark.

Every chart (reportlab.graphics) has a caption and its figures also in a table, so the text
is all there for a screen reader or a copy-and-paste. A4, Liberation Sans (embedded).

The renderer only lays out what ``services.annual_report`` gathered: the content is already
in its public form.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from cpo_desktop import dates
from cpo_desktop.model import privacy
from cpo_desktop.packs import fonts
from cpo_desktop.packs.annual_report_content import AnnualReportContent
from cpo_desktop.packs.minutes_pdf import (
    MARGIN_X,
    QUIET,
    RULE,
    Bookmark,
    PageDecor,
    build_two_pass,
    make_doc_template,
    mixed_widths,
    pdf_styles,
    table_style,
)
from cpo_desktop.packs.text import esc
from cpo_desktop.wording import aside

__all__ = ["render_annual_report", "render_annual_report_pages"]

WIDTH = A4[0] - 2 * MARGIN_X
NUMBER_COL = 12 * mm  # the hanging "1.1" of a numbered paragraph
LABEL_FILL = colors.Color(0.93, 0.93, 0.93)

# Chart colours: dark enough to tell apart in greyscale too.
NAVY = colors.Color(0.10, 0.24, 0.45)
SKY = colors.Color(0.45, 0.65, 0.85)
STONE = colors.Color(0.78, 0.78, 0.76)
ROSE = colors.Color(0.78, 0.30, 0.30)
PALE = colors.Color(0.93, 0.93, 0.93)
# The profile's trend charts: each at least 3:1 against white (WCAG non-text contrast).
TREND_COLOURS = (NAVY, colors.Color(0.72, 0.33, 0.0))


def _long(day) -> str:
    return dates.plain(day)


class _Story:
    def __init__(self, c: AnnualReportContent):
        self.c = c
        s = pdf_styles(11)
        self.s = s
        self.label = ParagraphStyle("ar-label", parent=s["body"], fontName=fonts.BOLD, spaceAfter=0)
        self.value = ParagraphStyle("ar-value", parent=s["body"], spaceAfter=0)
        self.front_head = ParagraphStyle("ar-front-head", parent=s["body"], fontName=fonts.BOLD, spaceBefore=8,
                                         spaceAfter=3, keepWithNext=1)
        self.front_sub = ParagraphStyle("ar-front-sub", parent=s["body"], fontName=fonts.BOLD, spaceBefore=2,
                                        spaceAfter=2, keepWithNext=1)
        self.section_head = ParagraphStyle("ar-section", parent=s["body"], fontName=fonts.BOLD, fontSize=12.5,
                                           leading=16, spaceBefore=12, spaceAfter=6, keepWithNext=1)
        self.numbered = ParagraphStyle("ar-numbered", parent=s["body"], leftIndent=NUMBER_COL, bulletIndent=0,
                                       spaceAfter=7)
        self.bullet = ParagraphStyle("ar-bullet", parent=s["body"], leftIndent=NUMBER_COL + 5 * mm,
                                     bulletIndent=NUMBER_COL, spaceAfter=4)
        self.caption = ParagraphStyle("ar-caption", parent=s["small"], fontName=fonts.BOLD, spaceBefore=4,
                                      spaceAfter=3)
        self.fig_caption = ParagraphStyle("ar-fig-caption", parent=s["small"], fontName=fonts.BOLD, spaceBefore=2,
                                          spaceAfter=8, alignment=TA_CENTER)
        self.note = ParagraphStyle("ar-note", parent=s["small"], textColor=QUIET, spaceBefore=2, spaceAfter=6)
        self.cell = ParagraphStyle("ar-cell", parent=s["cell"], fontSize=9, leading=11.2)
        self.head = ParagraphStyle("ar-head", parent=s["cell_head"], fontSize=8.5, leading=10.5)
        self.sub = ParagraphStyle("ar-sub", parent=self.cell, fontSize=8, leading=10, textColor=QUIET)
        self.num = ParagraphStyle("ar-num", parent=self.cell, alignment=TA_RIGHT)
        self.num_head = ParagraphStyle("ar-num-head", parent=self.head, alignment=TA_RIGHT)
        self.num_bold = ParagraphStyle("ar-num-bold", parent=self.num, fontName=fonts.BOLD)
        self.cell_bold = ParagraphStyle("ar-cell-bold", parent=self.cell, fontName=fonts.BOLD)

    # ----------------------------------------------------------------- helpers

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(esc(text), style or self.s["body"])

    def _ruled(self, rows: list[list], widths: list[float], spans: Sequence[tuple] = ()) -> Table:
        """A ruled label/value table as in a committee report's header block: labels shaded."""
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        commands += list(spans)
        table.setStyle(TableStyle(commands))
        return table

    def _two_line(self, first: str, second: str) -> Paragraph:
        """A cell with a main line and a quieter second line (a member and their seat)."""
        text = esc(first)
        if second:
            text += f'<br/><font size="8" color="#{QUIET.hexval()[2:]}">{esc(second)}</font>'
        return Paragraph(text, self.cell)

    def _caption(self, key: str, text: str) -> Paragraph:
        return Paragraph(f"Table {self.c.table_number(key)}: {esc(text)}", self.caption)

    def _data_table(self, key: str, caption: str, header: Sequence[str], rows: Sequence[Sequence[str]],
                    widths: Sequence[float], *, numeric: Sequence[int] = (), total: Sequence[str] | None = None,
                    shaded: Sequence[int] = (), subtotals: Sequence[int] = ()) -> list:
        """A captioned table: header row repeated on each page, numbers right-aligned, an optional
        bold total row, rows ``shaded`` in rose and ``subtotals`` in bold (1-based, as in the table,
        whose row 0 is the header)."""
        numeric = set(numeric)

        def row_cells(texts: Sequence[str], *, head: bool = False, bold: bool = False) -> list[Paragraph]:
            out = []
            for i, t in enumerate(texts):
                if isinstance(t, Paragraph):
                    out.append(t)
                    continue
                if head:
                    style = self.num_head if i in numeric else self.head
                elif bold:
                    style = self.num_bold if i in numeric else self.cell_bold
                else:
                    style = self.num if i in numeric else self.cell
                out.append(Paragraph(esc(str(t)), style))
            return out

        data = [row_cells(header, head=True)] + [row_cells(r, bold=n in subtotals)
                                                 for n, r in enumerate(rows, start=1)]
        if total is not None:
            data.append(row_cells(total, bold=True))
        table = Table(data, colWidths=mixed_widths(list(widths), WIDTH), repeatRows=1, hAlign="LEFT")
        style = table_style(overdue_rows=shaded)
        if total is not None:
            style.add("BACKGROUND", (0, -1), (-1, -1), PALE)
            style.add("LINEABOVE", (0, -1), (-1, -1), 1.0, QUIET)
        for n in subtotals:
            style.add("BACKGROUND", (0, n), (-1, n), PALE)
            style.add("LINEABOVE", (0, n), (-1, n), 1.0, QUIET)
            style.add("LINEBELOW", (0, n), (-1, n), 1.0, QUIET)
        table.setStyle(style)
        # Room for the caption, the header and a couple of rows, or a new page: never a caption alone.
        return [CondPageBreak(28 * mm), Spacer(1, 2), self._caption(key, caption), table, Spacer(1, 8)]

    # ----------------------------------------------------------------- the front pages

    def build(self) -> list:
        story = self._front()
        story.append(CondPageBreak(70 * mm))
        for n, section in enumerate(self.c.sections, start=1):
            story += self._section(n, section)
        return story

    def _front(self) -> list:
        c, h = self.c, self.c.header
        out: list = [Bookmark("report", "Report details", 0)]
        out.append(Paragraph(esc(c.council), ParagraphStyle("ar-council", parent=self.s["council"], fontSize=14,
                                                             leading=17)))
        out.append(HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceBefore=2, spaceAfter=8))
        label_w, small_w = 46 * mm, 36 * mm
        value_w = WIDTH - label_w
        rows = [
            ("Report to:", h.report_to),
            ("Date of Meeting:", h.committee_date_text),
            ("Subject:", h.subject),
            ("Report of:", h.report_of),
            ("Wards Affected:", h.wards),
            ("Portfolio:", h.portfolio),
        ]
        data = [[Paragraph(esc(a), self.label), Paragraph(esc(b), self.value), "", ""] for a, b in rows]
        data.append([Paragraph("Is this a Key Decision:", self.label), Paragraph(esc(h.key_decision), self.value),
                     Paragraph("Included in Forward Plan:", self.label), Paragraph(esc(h.forward_plan), self.value)])
        data.append([Paragraph("Exempt / Confidential Report:", self.label), Paragraph(esc(h.exempt), self.value),
                     "", ""])
        rest = value_w - small_w - 40 * mm
        spans = [("SPAN", (1, i), (3, i)) for i in range(len(rows))]
        spans += [("SPAN", (1, len(rows) + 1), (3, len(rows) + 1)),
                  ("BACKGROUND", (2, len(rows)), (2, len(rows)), LABEL_FILL)]
        out.append(self._ruled(data, [label_w, small_w, 40 * mm, rest], spans))

        out.append(Paragraph("Summary:", self.front_head))
        out.append(self.p(c.summary))
        out.append(Paragraph("Recommendation(s):", self.front_head))
        rec = ParagraphStyle("ar-rec", parent=self.s["body"], leftIndent=NUMBER_COL, bulletIndent=0)
        for n, text in enumerate(c.recommendations, start=1):
            out.append(Paragraph(esc(text), rec, bulletText=f"({n})"))
        out.append(Paragraph("Reasons for the Recommendation(s):", self.front_head))
        out.append(self.p(c.reasons))
        out.append(Paragraph("Alternative Options Considered and Rejected: (including any Risk Implications)",
                             self.front_head))
        out.append(self.p(c.alternatives))
        out.append(Paragraph("What will it cost and how will it be financed?", self.front_head))
        out.append(Paragraph("(A) Revenue Costs", self.front_sub))
        out.append(self.p(c.revenue_costs))
        out.append(Paragraph("(B) Capital Costs", self.front_sub))
        out.append(self.p(c.capital_costs))

        imp = [[Paragraph(esc(i.label) + ":", self.label), Paragraph(esc(i.text), self.value)]
               for i in c.implications]
        out.append(KeepTogether([Paragraph("Implications of the Proposals:", self.front_head),
                                 self._ruled(imp, [92 * mm, WIDTH - 92 * mm])]))
        if c.climate:
            clim = [[Paragraph(esc(a), self.value), Paragraph(esc(b), self.value)] for a, b in c.climate]
            table = self._ruled(clim, [92 * mm, 30 * mm])
            table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.white)]))
            out.append(KeepTogether([Paragraph("Climate Emergency Implications:", self.front_head),
                                     self.p("The recommendations within this report will"), table]))

        out.append(Paragraph("What consultations have taken place on the proposals and when?", self.front_head))
        out.append(Paragraph("(A) Internal Consultations", self.front_sub))
        out.append(self.p(c.consultations_internal))
        out.append(Paragraph("(B) External Consultations", self.front_sub))
        out.append(self.p(c.consultations_external))

        contact = [[Paragraph("Contact Officer:", self.label), Paragraph(esc(c.contact.name), self.value)]]
        if c.contact.phone:
            contact.append([Paragraph("Telephone Number:", self.label), Paragraph(esc(c.contact.phone), self.value)])
        if c.contact.email:
            contact.append([Paragraph("Email Address:", self.label), Paragraph(esc(c.contact.email), self.value)])
        out.append(KeepTogether([Spacer(1, 8), self._ruled(contact, [46 * mm, WIDTH - 46 * mm])]))
        out.append(Paragraph("Appendices:", self.front_head))
        out.append(self.p(c.appendices))
        out.append(Paragraph("Background Papers:", self.front_head))
        out.append(self.p(c.background_papers))
        return out

    # ----------------------------------------------------------------- the numbered sections

    def _section(self, n: int, section) -> list:
        title = f"{n}. {section.title}"
        paras = [Paragraph(esc(text), self.numbered, bulletText=f"{n}.{k}")
                 for k, text in enumerate(section.paragraphs, start=1)]
        # The bookmark lands where the heading does: they and the first paragraph go together, and
        # never start in the last few lines of a page (where the bookmark could stay behind).
        out: list = [CondPageBreak(30 * mm), KeepTogether([Bookmark(f"section-{section.key}", title, 0),
                                   Paragraph(esc(title), self.section_head), *paras[:1]]), *paras[1:]]
        extra = getattr(self, f"_after_{section.key}", None)
        if extra is not None:
            out += extra()
        return out

    def _after_children(self) -> list:
        p = self.c.profile
        if p is None or p.empty:
            return []
        out = self._profile_table()
        for chart in p.charts:
            out.append(self._trend_chart(chart))
            out += self._trend_table(chart)
        return out

    def _profile_table(self) -> list:
        p = self.c.profile
        header = ("Figure", "Period", "Latest", "Year before", "England", "Region", "Neighbours")
        rows: list = []
        groups: list[int] = []
        group = None
        for r in p.rows:
            if r.group != group:
                group = r.group
                rows.append((Paragraph(esc(group), self.cell_bold), "", "", "", "", "", ""))
                groups.append(len(rows))
            rows.append((r.name, r.period, r.now, r.before or "–", r.england or "–", r.region or "–",
                         r.neighbours or "–"))
        when = dates.plain(p.as_at)
        out = self._data_table("profile", f"The children in our care: the latest figures at {when}", header, rows,
                               (-1, 25, 14, 16, 16, 15, 20), numeric=range(2, 7))
        table = out[-2]
        for n in groups:
            table.setStyle(TableStyle([("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), PALE)]))
        notes = ["Each figure is for the latest period ending by " + when + " (a month, or a quarter for the "
                 "figures counted each quarter); “Year before” is the same period a year earlier. "
                 "England's, the region's and our statistical neighbours' figures are for the same period."]
        if p.note:
            notes.append(p.note)
        for text in notes:
            out.insert(-1, Paragraph(esc(text), self.note))
        return out

    def _trend_chart(self, chart) -> KeepTogether:
        if chart.kind == "line":
            drawing = self._line_chart(chart)
        else:
            series = [(s.name, TREND_COLOURS[i % len(TREND_COLOURS)], list(s.values))
                      for i, s in enumerate(chart.series)]
            drawing = self._bar_chart(list(chart.periods), series, stacked=False, axis_title=chart.axis)
        key = f"trend_{chart.key}"
        number = self.c.figure_number(key)
        return KeepTogether([
            Bookmark(f"figure-{key}", f"Figure {number}: {chart.title}", 1),
            Spacer(1, 4), drawing,
            Paragraph(f"Figure {number}: {esc(chart.title)}", self.fig_caption),
            Paragraph(esc(chart.alt), ParagraphStyle("ar-alt", parent=self.note, alignment=TA_CENTER,
                                                     spaceBefore=0))])

    def _line_chart(self, chart) -> Drawing:
        """A line per series over the periods, drawn from shapes: a hidden or missing figure (None)
        leaves a gap in the line and no label (reportlab's line chart would join across it)."""
        height = 62 * mm
        d = Drawing(WIDTH, height)
        d.initialFontName, d.initialFontSize = fonts.FAMILY, 8
        x0, y0 = 14 * mm, 12 * mm
        w, h = WIDTH - x0 - 6 * mm, height - y0 - 10 * mm
        known = [v for s in chart.series for v in s.values if v is not None]
        low, high = (min(known), max(known)) if known else (0, 1)
        span = max(high - low, 1)
        step = next(x for x in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10 ** 9) if span / x <= 6)
        bottom, top = max(0, (low // step - 1) * step), (high // step + 1) * step
        n = len(chart.periods)

        def px(i: int) -> float:
            return x0 + w * (i + 0.5) / n

        def py(v: float) -> float:
            return y0 + h * (v - bottom) / (top - bottom)

        tick = bottom
        while tick <= top + 1e-9:
            d.add(Line(x0, py(tick), x0 + w, py(tick), strokeColor=PALE if tick > bottom else RULE, strokeWidth=0.5))
            d.add(String(x0 - 2, py(tick) - 3, f"{tick:,.0f}", fontName=fonts.FAMILY, fontSize=8, textAnchor="end"))
            tick += step
        d.add(Line(x0, y0, x0, y0 + h, strokeColor=RULE, strokeWidth=0.5))
        for i, label in enumerate(chart.periods):
            d.add(String(px(i), y0 - 10, label, fontName=fonts.FAMILY, fontSize=7.5, textAnchor="middle"))
        for k, series in enumerate(chart.series):
            colour = TREND_COLOURS[k % len(TREND_COLOURS)]
            run: list[float] = []
            for i, v in enumerate((*series.values, None)):
                if v is not None:
                    run += [px(i), py(v)]
                    continue
                if len(run) >= 4:
                    d.add(PolyLine(run, strokeColor=colour, strokeWidth=1.8, strokeLineJoin=1))
                run = []
            for i, (v, text) in enumerate(zip(series.values, series.texts, strict=True)):
                if v is None:
                    continue
                d.add(Circle(px(i), py(v), 1.8, fillColor=colour, strokeColor=colour))
                d.add(String(px(i), py(v) + 5, text, fontName=fonts.FAMILY, fontSize=7, textAnchor="middle"))
        d.add(String(x0 - 10 * mm, y0 + h + 4 * mm, chart.axis, fontName=fonts.FAMILY, fontSize=8, fillColor=QUIET))
        return d

    def _trend_table(self, chart) -> list:
        """The chart's numbers as a table, periods across (as printed: "c" where hidden)."""
        small = ParagraphStyle("ar-trend", parent=self.cell, fontSize=7.5, leading=9, alignment=TA_RIGHT)
        small_head = ParagraphStyle("ar-trend-head", parent=self.head, fontSize=7.5, leading=9, alignment=TA_RIGHT)
        label_w = 30 * mm
        rows = [[Paragraph("", self.head)] + [Paragraph(esc(p), small_head) for p in chart.periods]]
        for s in chart.series:
            rows.append([Paragraph(esc(s.name), ParagraphStyle("ar-trend-name", parent=self.cell, fontSize=7.5,
                                                               leading=9))]
                        + [Paragraph(esc(t), small) for t in s.texts])
        each = (WIDTH - label_w) / len(chart.periods)
        table = Table(rows, colWidths=[label_w] + [each] * len(chart.periods), hAlign="LEFT")
        style = table_style()
        style.add("LEFTPADDING", (0, 0), (-1, -1), 2)
        style.add("RIGHTPADDING", (0, 0), (-1, -1), 2)
        table.setStyle(style)
        key = f"trend_{chart.key}"
        return [CondPageBreak(24 * mm), Spacer(1, 2), self._caption(key, f"The numbers in Figure "
                                                                         f"{self.c.figure_number(key)}"),
                table, Spacer(1, 8)]

    def _after_board(self) -> list:
        c = self.c
        when = "at the end of the year" if c.complete else f"on {_long(c.as_at)}"
        rows = [(m.seat, m.name or "Vacant", dates.short(m.since)) for m in c.members]
        vacant = [i for i, m in enumerate(c.members, start=1) if m.vacant]
        out = self._data_table("members", f"Members of the board {when}", ("Seat", "Member", "Since"), rows,
                               (-64, -36, 22), shaded=vacant)
        if vacant:
            out.insert(-1, Paragraph("Vacant seats are shaded.", self.note))
        return out

    def _after_meetings(self) -> list:
        c = self.c
        rows = []
        for m in c.meetings:
            status = aside(m.status, m.note or "")
            rows.append((dates.brief(m.date), m.kind, m.theme or "–", status, m.quorate_text or "–"))
        out = self._data_table("meetings", f"Meetings in {c.label}", ("Date", "Meeting", "Theme", "Status", "Quorate"),
                               rows, (24, 30, -60, -28, 16))
        if c.part2_items:
            rows = [(dates.brief(i.date), i.title, f"Paragraph {i.paragraph}" if i.paragraph else "–") for i in c.part2_items]
            out += self._data_table("part2", "Items considered in private (Part 2): titles only",
                                    ("Meeting", "Item", "Schedule 12A"), rows, (24, -80, 28))
        return out

    def _after_attendance(self) -> list:
        c = self.c
        out: list = []
        if c.meeting_attendance:
            out.append(self._attendance_chart())
            rows = [(dates.brief(a.date), a.members, a.present, a.remote, a.substitutes, a.apologies, a.absent, a.rate_text)
                    for a in c.meeting_attendance]
            att = c.meeting_attendance
            members, attended = sum(a.members for a in att), sum(a.attended for a in att)
            total = ("All meetings", members, sum(a.present for a in att), sum(a.remote for a in att),
                     sum(a.substitutes for a in att), sum(a.apologies for a in att), sum(a.absent for a in att),
                     f"{round(100 * attended / members)}%" if members else "–")
            out += self._data_table(
                "meeting_attendance", "Attendance at each board meeting held",
                ("Meeting", "Members", "Present", "Online", "Substitutes", "Apologies", "Absent", "Attended"),
                rows, (-30, 18, 17, 15, 21, 19, 15, 18), numeric=range(1, 8), total=total)
            if any(a.not_recorded for a in att):
                out.insert(-1, Paragraph("Members whose attendance was not recorded are counted as not attending.",
                                         self.note))
        if c.member_attendance:
            rows = [(self._two_line(m.name, m.seat), m.meetings, m.attended, m.apologies, m.substituted, m.absent,
                     m.rate_text, m.represented_text) for m in c.member_attendance]
            out += self._data_table(
                "member_attendance", "Attendance by member",
                ("Member and seat", "Meetings", "Attended", "Apologies", "Sub. sent", "Absent", "Rate", "With sub."),
                rows, (-60, 17, 17, 18, 17, 14, 14, 17), numeric=range(1, 8))
            out.insert(-1, Paragraph("“Meetings” counts the board meetings held while the member held the seat; "
                                     "“Attended” includes joining online; “Sub. sent” counts the apologies with a "
                                     "substitute sent; “Rate” is attended of meetings; “With sub.” also counts the "
                                     "meetings the member sent a substitute to.", self.note))
        return out

    def _after_reports(self) -> list:
        c = self.c
        if not c.reports:
            return []
        def row(r):
            return (self._two_line(r.title, r.presenter), r.kind, r.due, r.presented, r.deferred, r.missing,
                    r.to_come)

        rules = [r for r in c.reports if not r.standing]
        standing = [r for r in c.reports if r.standing]
        rows = [row(r) for r in rules]
        subtotals = []
        if rules:
            rows.append(("All work programme reports", "", sum(r.due for r in rules),
                         sum(r.presented for r in rules), sum(r.deferred for r in rules),
                         sum(r.missing for r in rules), sum(r.to_come for r in rules)))
            subtotals.append(len(rows))
        rows += [row(r) for r in standing]
        listed = rules + [None] * bool(rules) + standing
        shaded = [n for n, r in enumerate(listed, start=1) if r is not None and r.missing]
        out = self._data_table(
            "reports", "Reports received against the work programme",
            ("Report or standing item, and who presents it", "How often", "Due", "Presented", "Deferred",
             "Not received", "To come"), rows, (-70, 23, 11, 18, 17, 15, 14), numeric=range(2, 7),
            subtotals=subtotals, shaded=shaded)
        out.insert(-1, Paragraph("“Due” counts the year's meetings the work programme plans the report for, held or "
                                 "to come; “Not received” counts meetings held whose agenda did not include it"
                                 + (" (shaded)" if shaded else "") + ".", self.note))
        return out

    def _after_actions(self) -> list:
        c, a = self.c, self.c.actions
        out: list = []
        if a.quarters:
            out.append(self._actions_chart())
            rows = [(q.label, q.opened, q.closed) for q in a.quarters]
            total = ("The year" + ("" if c.complete else " to date"), sum(q.opened for q in a.quarters),
                     sum(q.closed for q in a.quarters))
            out += self._data_table("action_quarters", "Actions opened and closed in each quarter",
                                    ("Quarter", "Opened", "Closed"), rows, (-60, 30, 30), numeric=(1, 2),
                                    total=total)
        if a.overdue:
            rows = [(x.ref, x.description, x.owner, dates.short(x.due), x.status) for x in a.overdue]
            when = "at the end of the year" if c.complete else f"on {_long(c.as_at)}"
            out += self._data_table("overdue_actions", f"Actions overdue {when}",
                                    ("No.", "Action", "Owner", "Due", "Status"), rows, (12, -62, -30, 21, 22))
        return out

    def _after_exchanges(self) -> list:
        c = self.c
        out: list = []
        if c.partners:
            rows = []
            for p in c.partners:
                rows.append((aside(p.partner, p.short_name), p.owed, p.sent_on_time, p.sent_late,
                             p.not_sent_overdue, p.not_yet_due + p.awaiting_confirmation, p.received, p.noted))
            out += self._data_table(
                "partners", "Minutes exchanged with each partner board",
                ("Partner board", "Our minutes due", "Sent on time", "Sent late", "Not sent, overdue",
                 "Not yet due", "Theirs received", "Theirs noted"), rows, (-50, 16, 16, 14, 17, 16, 16, 15),
                numeric=range(1, 8))
        if c.minutes_sent:
            rows = [(dates.brief(r.meeting_date), r.partner, dates.short(r.confirmed_on) or "–", dates.short(r.due) or "–",
                     dates.short(r.sent_on) or "–", r.status) for r in c.minutes_sent]
            shaded = [i for i, r in enumerate(c.minutes_sent, start=1) if r.status.startswith("Not sent")]
            out += self._data_table("minutes_sent", "Our minutes sent to partner boards",
                                    ("Our meeting", "To", "Confirmed", "Due by", "Sent", "Status"), rows,
                                    (26, 16, 22, 22, 22, -40), shaded=shaded)
        if c.minutes_received:
            rows = [(r.partner, dates.brief(r.meeting_date) if r.meeting_date else "–", dates.short(r.received_on) or "–",
                     r.status) for r in c.minutes_received]
            out += self._data_table("minutes_received", "Partner boards' minutes received",
                                    ("From", "Their meeting", "Received", "Status"), rows, (16, 28, 22, -60))
        return out

    def _after_next_steps(self) -> list:
        return [Paragraph(esc(text), self.bullet, bulletText="•") for text in self.c.next_steps]

    # ----------------------------------------------------------------- charts

    def _figure(self, key: str, drawing: Drawing, caption: str) -> KeepTogether:
        number = self.c.figure_number(key)
        return KeepTogether([
            Bookmark(f"figure-{key}", f"Figure {number}: {caption}", 1),
            Spacer(1, 4), drawing,
            Paragraph(f"Figure {number}: {esc(caption)}", self.fig_caption)])

    def _bar_chart(self, categories: list[str], series: list[tuple[str, colors.Color, list[int]]], *,
                   stacked: bool, axis_title: str) -> Drawing:
        height = 72 * mm
        legend_w = 44 * mm
        d = Drawing(WIDTH, height)
        # The renderer starts each drawing in its initial font (Helvetica unless told, which is not
        # embedded): start it in Liberation Sans.
        d.initialFontName, d.initialFontSize = fonts.FAMILY, 8
        chart = VerticalBarChart()
        chart.x, chart.y = 14 * mm, 12 * mm
        chart.width, chart.height = WIDTH - chart.x - legend_w - 4 * mm, height - chart.y - 8 * mm
        chart.data = [values for _, _, values in series]
        chart.strokeColor = None
        # A hidden figure (None) draws no bar; the table beside the chart prints it as "c".
        top = max((sum(x or 0 for x in v) for v in zip(*chart.data, strict=True)) if stacked else
                  (max((x for x in values if x is not None), default=0) for values in chart.data), default=0)
        step = 1 if top <= 8 else 2 if top <= 16 else 5
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = (top // step + 1) * step  # some headroom above the tallest bar
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.fontName = fonts.FAMILY
        chart.valueAxis.labels.fontSize = 8
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = PALE
        chart.valueAxis.strokeColor = RULE
        chart.categoryAxis.categoryNames = categories
        chart.categoryAxis.labels.fontName = fonts.FAMILY
        chart.categoryAxis.labels.fontSize = 8
        chart.categoryAxis.labels.dy = -3
        chart.categoryAxis.strokeColor = RULE
        if stacked:
            chart.categoryAxis.style = "stacked"
        chart.barSpacing = 1.5
        chart.groupSpacing = 10
        chart.barLabels.fontName = fonts.FAMILY
        chart.barLabels.fontSize = 7.5
        if not stacked:
            chart.barLabelFormat = "%d"
            chart.barLabels.nudge = 6
        for i, (_, colour, _) in enumerate(series):
            chart.bars[i].fillColor = colour
            chart.bars[i].strokeColor = colors.white
            chart.bars[i].strokeWidth = 0.4
        d.add(chart)
        d.add(String(chart.x - 10 * mm, chart.y + chart.height + 3 * mm, axis_title, fontName=fonts.FAMILY,
                     fontSize=8, fillColor=QUIET))
        legend = Legend()
        legend.x = WIDTH - legend_w + 2 * mm
        legend.y = chart.y + chart.height
        legend.alignment = "right"
        legend.fontName = fonts.FAMILY
        legend.fontSize = 8
        legend.dx = legend.dy = 7
        legend.deltay = 11
        legend.columnMaximum = len(series)
        legend.strokeColor = None
        # The legend reads top down in the order the bars stack bottom up, reversed, so it matches.
        pairs = [(colour, name) for name, colour, _ in series]
        legend.colorNamePairs = list(reversed(pairs)) if stacked else pairs
        d.add(legend)
        return d

    def _attendance_chart(self) -> KeepTogether:
        att = self.c.meeting_attendance
        series = [("Present in person", NAVY, [a.present for a in att]),
                  ("Joined online", SKY, [a.remote for a in att]),
                  ("Apologies", STONE, [a.apologies for a in att]),
                  ("Absent", ROSE, [a.absent for a in att])]
        if any(a.not_recorded for a in att):
            series.append(("Not recorded", PALE, [a.not_recorded for a in att]))
        drawing = self._bar_chart([dates.brief(a.date) for a in att], series, stacked=True, axis_title="Members")
        return self._figure("attendance", drawing, "Members' attendance at each board meeting held")

    def _actions_chart(self) -> KeepTogether:
        qs = self.c.actions.quarters
        series = [("Opened", NAVY, [q.opened for q in qs]), ("Closed", SKY, [q.closed for q in qs])]
        drawing = self._bar_chart([q.label for q in qs], series, stacked=False, axis_title="Actions")
        return self._figure("actions", drawing, "Actions opened and closed in each quarter")


def render_annual_report_pages(content: AnnualReportContent) -> tuple[bytes, int]:
    """The annual report as PDF bytes, and its number of pages. The content must have passed the
    privacy rule (it is a public paper)."""
    privacy.require_cleared(content)
    fonts.register()
    c = content
    decor = PageDecor(header_left=f"{c.council} – Overview and Scrutiny Committee",
                      header_right=f"Corporate Parenting Board Annual Report {c.label}",
                      footer=f"{c.board} – Annual Report {c.label}" + ("" if c.complete else
                                                                       f" – figures as at {_long(c.as_at)}"),
                      draft=False, show_outline=True)
    docs: list[BaseDocTemplate] = []

    def make_doc(buf: io.BytesIO) -> BaseDocTemplate:
        doc = make_doc_template(buf, pagesize=A4, decor=decor, title=c.title, author=c.council, subject=c.subject,
                                keywords=[c.board, "annual report", "Overview and Scrutiny", c.label])
        template = doc.pageTemplates[0]
        template.onPage, template.onPageEnd = decor.draw_header, decor.draw_footer
        docs.append(doc)
        return doc

    data = build_two_pass(make_doc, lambda: _Story(c).build())
    return data, docs[-1].page


def render_annual_report(content: AnnualReportContent) -> bytes:
    """The annual report as PDF bytes."""
    return render_annual_report_pages(content)[0]
