"""Made-up report papers for the demo board: short PDFs laid out like a council report (the
header block of 004: report to, date of meeting, subject, report of, …), and one Word file,
so that the agenda, the year grid and the chase list have real papers to show."""

from __future__ import annotations

import datetime as dt
import io


def report_pdf(*, board: str, meeting_day: dt.date, subject: str, report_of: str, pages: int = 2,
               exempt_paragraph: int | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=subject, author="Sefton Council (demo)",
                            subject=f"Report to the {board}", lang="en-GB")
    exempt = f"Yes – Schedule 12A, paragraph {exempt_paragraph}" if exempt_paragraph else "No"
    rows = [["Report to:", board], ["Date of meeting:", f"{meeting_day:%A} {meeting_day.day} {meeting_day:%B %Y}"],
            ["Subject:", subject], ["Report of:", report_of], ["Wards affected:", "All wards"],
            ["Is this a key decision?", "No"], ["Exempt / confidential report:", exempt]]
    cell = styles["BodyText"]
    table = Table([[Paragraph(f"<b>{a}</b>", cell), Paragraph(b, cell)] for a, b in rows],
                  colWidths=[55 * mm, 115 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#888888"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [table, Spacer(1, 6 * mm), Paragraph("<b>Summary</b>", styles["Heading3"]),
             Paragraph(f"This report updates the board on {subject[0].lower() + subject[1:]}. It is made-up text "
                       "for the CPO Desktop demonstration board and describes no real child or service.", cell),
             Paragraph("<b>Recommendations</b>", styles["Heading3"]),
             Paragraph("The board is asked to note the report and comment on the progress described.", cell),
             Paragraph("<b>The Pledge, involvement, and you said, we did</b>", styles["Heading3"]),
             Paragraph("Young people from the Making A Difference group commented on a draft of this report; "
                       "their views and the service's response are set out in section 3.", cell)]
    for page in range(2, pages + 1):
        story += [PageBreak(), Paragraph(f"<b>{page}. Detail</b>", styles["Heading3"]),
                  Paragraph("Further detail of the service's work over the period, for the demonstration. " * 8, cell)]
    doc.build(story)
    return out.getvalue()


def report_docx(*, board: str, meeting_day: dt.date, subject: str, report_of: str) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = subject
    document.add_heading(subject, level=1)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for a, b in (("Report to:", board), ("Date of meeting:", f"{meeting_day.day} {meeting_day:%B %Y}"),
                 ("Report of:", report_of)):
        row = table.add_row().cells
        row[0].text, row[1].text = a, b
    document.add_heading("Summary", level=2)
    document.add_paragraph("Made-up text for the CPO Desktop demonstration board.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
