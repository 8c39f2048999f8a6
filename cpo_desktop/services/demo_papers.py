"""Made-up report papers for the demo board: short PDFs laid out like a council report (the
header block of 004: report to, date of meeting, subject, report of, …), and one Word file,
so that the agenda, the year grid and the chase list have real papers to show."""

from __future__ import annotations

from cpo_desktop import dates

import datetime as dt
import io


def _styles(styles):
    """The sample styles set in the app's embedded Liberation Sans (a paper as a council's
    authors would make it in Word, with its fonts embedded)."""
    from cpo_desktop.packs import fonts

    family = fonts.register()
    for name in ("BodyText", "Heading2", "Heading3", "Title", "Italic"):
        style = styles[name]
        style.fontName = {"Heading2": fonts.BOLD, "Heading3": fonts.BOLD, "Title": fonts.BOLD,
                          "Italic": fonts.ITALIC}.get(name, family)
    return styles


def report_pdf(*, board: str, meeting_day: dt.date, subject: str, report_of: str, pages: int = 2,
               exempt_paragraph: int | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = _styles(getSampleStyleSheet())
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName=_styles_family(), leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm,
                            bottomMargin=18 * mm, title=subject, author="Sefton Council (demo)",
                            subject=f"Report to the {board}", lang="en-GB")
    exempt = f"Yes – Schedule 12A, paragraph {exempt_paragraph}" if exempt_paragraph else "No"
    rows = [["Report to:", board], ["Date of meeting:", f"{dates.long(meeting_day)}"],
            ["Subject:", subject], ["Report of:", report_of], ["Wards affected:", "All wards"],
            ["Is this a key decision?", "No"], ["Exempt / confidential report:", exempt]]
    cell = styles["BodyText"]
    table = Table([[Paragraph(f"<b>{a}</b>", cell), Paragraph(b, cell)] for a, b in rows],
                  colWidths=[55 * mm, 115 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), _styles_family()),
                               ("GRID", (0, 0), (-1, -1), 0.5, "#888888"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    body = _made_up_text(f"{subject} {meeting_day}", pages * 3)
    story = [table, Spacer(1, 6 * mm), Paragraph("<b>Summary</b>", styles["Heading3"]),
             Paragraph(f"This report updates the board on {subject[0].lower() + subject[1:]}. It is made-up text "
                       "for the CPO Desktop demonstration board and describes no real child or service.", cell),
             Paragraph(body[0], cell),
             Paragraph("<b>Recommendations</b>", styles["Heading3"]),
             Paragraph("The board is asked to note the report and comment on the progress described.", cell),
             Paragraph("<b>The Pledge, involvement, and you said, we did</b>", styles["Heading3"]),
             Paragraph("Young people from the Making A Difference group commented on a draft of this report; "
                       "their views and the service's response are set out in section 3.", cell)]
    for page in range(2, pages + 1):
        story += [PageBreak(), Paragraph(f"<b>{page}. Detail</b>", styles["Heading3"]),
                  *(Paragraph(text, cell) for text in body[3 * page - 5:3 * page - 2])]
    doc.build(story)
    return out.getvalue()


def brief_report_pdf(*, board: str, meeting_day: dt.date, subject: str, report_of: str) -> bytes:
    """A one-page report in the same header layout, drawn straight on the page in a standard font:
    last year's papers, of which the demo holds dozens, made quickly (the demo loads often)."""
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, lang="en-GB")
    canvas.setTitle(subject)
    canvas.setAuthor("Sefton Council (demo)")
    canvas.setSubject(f"Report to the {board}")
    text = canvas.beginText(56, 780)
    text.setFont("Helvetica-Bold", 13)
    text.textLine(subject[:80])
    text.setFont("Helvetica", 10)
    text.setLeading(14)
    for label, value in (("Report to:", board), ("Date of meeting:", dates.long(meeting_day)),
                         ("Report of:", report_of), ("Wards affected:", "All wards"),
                         ("Exempt / confidential report:", "No")):
        text.textLine(f"{label} {value}"[:100])
    text.textLine("")
    summary = (f"This report updates the board on {subject[0].lower() + subject[1:]}. It is made-up text for the "
               "CPO Desktop demonstration board and describes no real child or service.")
    for paragraph in (summary, *_made_up_text(f"{subject} {meeting_day}", 2),
                      "The board is asked to note the report and comment on the progress described."):
        for line in textwrap.wrap(paragraph, 95):
            text.textLine(line)
        text.textLine("")
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


_WHO = ("the service", "the team", "managers", "social workers", "the Virtual School", "carers", "partners",
        "the participation officer", "independent reviewing officers", "health colleagues", "personal advisers")
_DID = ("reviewed", "extended", "audited", "reshaped", "tested", "piloted", "strengthened", "simplified", "measured",
        "published", "refreshed", "agreed")
_WHAT = ("placement stability plans", "pathway plans", "personal education plans", "health assessments",
         "return interviews", "staying put arrangements", "contact arrangements", "advocacy referrals",
         "support for care leavers at university", "the offer of driving lessons", "council tax exemptions",
         "dental check-ups", "life story work", "independent visitor matches", "apprenticeship places")
_WHEN = ("this quarter", "since the spring", "over the summer", "in the autumn term", "since the last report",
         "in the period", "this year")
_RESULT = ("completion rose to {n} per cent", "{n} young people took part", "waiting times fell to {n} days",
           "{n} cases were reviewed", "feedback scored {n} out of 100", "{n} new carers were approved",
           "{n} referrals were made")


def _made_up_text(seed: str, paragraphs: int) -> list[str]:
    """Paragraphs of made-up report text, different for each report (seeded by its subject and
    meeting), so that no two demo papers read alike, as no two real reports do."""
    import random

    rng = random.Random(seed)
    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(3, 5)):
            sentences.append(f"{rng.choice(_WHO).capitalize()} {rng.choice(_DID)} {rng.choice(_WHAT)} "
                             f"{rng.choice(_WHEN)}, and {rng.choice(_RESULT).format(n=rng.randint(3, 97))}.")
        out.append(" ".join(sentences))
    return out


def report_docx(*, board: str, meeting_day: dt.date, subject: str, report_of: str) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = subject
    document.add_heading(subject, level=1)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for a, b in (("Report to:", board), ("Date of meeting:", f"{dates.plain(meeting_day)}"),
                 ("Report of:", report_of)):
        row = table.add_row().cells
        row[0].text, row[1].text = a, b
    document.add_heading("Summary", level=2)
    document.add_paragraph("Made-up text for the CPO Desktop demonstration board.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def partner_minutes_pdf(*, partner: str, meeting_day: dt.date, restricted: bool, items: list[tuple[str, str]]) -> bytes:
    """A partner board's minutes, as they might send them: heading, the items and what was said."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = _styles(getSampleStyleSheet())
    out = io.BytesIO()
    day = f"{dates.long(meeting_day)}"
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName=_styles_family(), leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm,
                            bottomMargin=20 * mm, title=f"{partner} – minutes – {day}",
                            author=f"{partner} (demo)", lang="en-GB")
    story = [Paragraph(partner, styles["Title"]),
             Paragraph(f"Minutes of the meeting held on {day}", styles["Heading2"])]
    if restricted:
        story.append(Paragraph("<b>RESTRICTED – for partner boards' information only; not for publication</b>",
                               styles["BodyText"]))
    story.append(Spacer(1, 5 * mm))
    for n, (title, text) in enumerate(items, start=1):
        story += [Paragraph(f"{n}. {title}", styles["Heading3"]), Paragraph(text, styles["BodyText"])]
    story.append(Paragraph("Made-up minutes for the CPO Desktop demonstration board; they describe no real child, "
                           "family or meeting.", styles["Italic"]))
    doc.build(story)
    return out.getvalue()


def partner_email(*, sender: str, to: str, subject: str, day: dt.date, attachments: dict[str, bytes]) -> bytes:
    """The e-mail a partner's secretariat sends, with its minutes attached, as saved from Outlook (.eml)."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(dt.datetime.combine(day, dt.time(9, 30), tzinfo=dt.UTC))
    msg.set_content("Dear colleagues,\n\nPlease find attached our approved minutes, for information under the "
                    "reciprocal arrangement.\n\nBusiness Unit\n")
    for name, data in attachments.items():
        sub = "pdf" if name.endswith(".pdf") else "vnd.openxmlformats-officedocument.wordprocessingml.document"
        msg.add_attachment(data, maintype="application", subtype=sub, filename=name)
    return msg.as_bytes()


def _styles_family() -> str:
    from cpo_desktop.packs import fonts

    return fonts.register()
