"""Letters from the Chair and the covering note that goes with our minutes to a partner board, as Word
documents (python-docx) the officer can edit before sending."""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.styles.style import ParagraphStyle

from cpo_desktop.packs.content import AbsenceLetter, CoveringNote
from cpo_desktop.packs.minutes_docx import new_document, to_bytes
from cpo_desktop.packs.text import long_date, plain_date

__all__ = ["absence_letter_docx", "covering_note_docx", "covering_note_text"]


def _style(doc: DocxDocument, name: str, *, size: float | None = None, bold: bool = False,
           align=None, before: float = 0, after: float = 0) -> ParagraphStyle:
    """A paragraph style based on Normal: Word's own letter styles (Date, Salutation, Closing,
    Signature, Inside Address) where Word has them, so the letter stays editable by style."""
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
    if size:
        style.font.size = Pt(size)
    style.font.bold = bold or None
    if align is not None:
        style.paragraph_format.alignment = align
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)
    return style


@dataclass(frozen=True)
class _LetterStyles:
    letterhead: ParagraphStyle
    sender: ParagraphStyle
    address: ParagraphStyle
    date: ParagraphStyle
    subject: ParagraphStyle
    salutation: ParagraphStyle
    closing: ParagraphStyle
    signature: ParagraphStyle
    signature_role: ParagraphStyle


def _letter_styles(doc: DocxDocument) -> _LetterStyles:
    """The styles of a council letter: letterhead and sender on the right, then the usual parts."""
    styles = _LetterStyles(
        letterhead=_style(doc, "Letterhead", size=14, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT),
        sender=_style(doc, "Sender Address", size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0),
        address=_style(doc, "Inside Address"), date=_style(doc, "Date", before=18, after=18),
        subject=_style(doc, "Letter Subject", bold=True, before=6, after=12),
        salutation=_style(doc, "Salutation", after=12), closing=_style(doc, "Closing", before=6, after=36),
        signature=_style(doc, "Signature"), signature_role=_style(doc, "Signature Job Title"))
    for style in (styles.sender, styles.address, styles.signature):
        style.paragraph_format.keep_with_next = True
    doc.styles["Normal"].paragraph_format.space_after = Pt(10)
    return styles


def absence_letter_docx(letter: AbsenceLetter) -> bytes:
    """The Chair's letter to a member who missed a meeting without sending apologies."""
    doc = new_document(title=f"Attendance at the {letter.board} – {letter.to_name}",
                       author=letter.council,
                       subject=f"Absence from the {letter.board} meeting on {plain_date(letter.meeting_date)}",
                       keywords=f"{letter.board}, attendance, letter")
    st = _letter_styles(doc)
    letterhead, sender, address, date_style, subject = st.letterhead, st.sender, st.address, st.date, st.subject
    salutation, closing, signature, signature_role = st.salutation, st.closing, st.signature, st.signature_role
    body = doc.styles["Normal"]

    doc.add_paragraph(letter.council, style=letterhead)
    doc.add_paragraph(letter.board, style=sender)
    if letter.contact:
        doc.add_paragraph(letter.contact, style=sender)
    spacer = doc.add_paragraph(style=sender)
    spacer.paragraph_format.space_after = Pt(18)

    for line in (letter.to_name, *letter.to_address):
        if line.strip():
            doc.add_paragraph(line.strip(), style=address)

    doc.add_paragraph(plain_date(letter.date), style=date_style)
    doc.add_paragraph(letter.salutation.strip() or f"Dear {letter.to_name}", style=salutation)
    doc.add_paragraph(f"{letter.board}: meeting on {long_date(letter.meeting_date)}", style=subject)

    paragraphs = [
        f"I am writing because you were not present at the meeting of the {letter.board} on "
        f"{long_date(letter.meeting_date)}, and no apologies were received from you.",
        "Regular attendance matters. As members of the board we act together as corporate parents "
        "for the children and young people in our care and for our care leavers, and the board can "
        "only hold services to account for them, and hear directly from young people, when its "
        "members are there.",
    ]
    if letter.attendance_this_year.strip():
        paragraphs.append(letter.attendance_this_year.strip())
    apologies = "If you cannot attend a meeting in future, please send your apologies beforehand"
    if letter.contact:
        apologies += f" to the contact officer, {letter.contact.rstrip('.')}"
    else:
        apologies += " to the board's contact officer"
    apologies += ", so that they can be recorded and, where the rules allow, a substitute arranged."
    paragraphs.append(apologies)
    if letter.next_meeting:
        paragraphs.append(f"The next meeting of the board is on {long_date(letter.next_meeting)}, "
                          "and I hope to see you there.")
    else:
        paragraphs.append("I hope to see you at the board's next meeting.")
    for text in paragraphs:
        doc.add_paragraph(text, style=body)

    doc.add_paragraph("Yours sincerely", style=closing)
    doc.add_paragraph(letter.chair, style=signature)
    if letter.chair_role:
        doc.add_paragraph(letter.chair_role, style=signature_role)
    return to_bytes(doc)


def covering_note_paragraphs(note: CoveringNote) -> list[str]:
    """The body of the covering note, one string per paragraph; also the e-mail's text."""
    return [
        f"Under the reciprocal arrangement in the board's terms of reference, the {note.board} and the "
        f"{note.partner} exchange the minutes of their meetings for information.",
        f"Please find attached the minutes of the {note.board}'s meeting held on {long_date(note.meeting_date)}, "
        f"confirmed as a correct record at the board's meeting on {long_date(note.confirmed_on)}. They are sent to "
        f"the {note.partner} for information.",
        "These are the board's public minutes: business taken in private (Part 2) is shown by its title only, "
        "and young people are named by their first name only.",
        f"I would be grateful to receive the {note.partner}'s minutes in return once they are approved.",
    ]


def covering_note_text(note: CoveringNote) -> str:
    """The covering note as plain text, for the body of the e-mail."""
    lines = [f"Dear {note.to_name}," if note.to_name else "Dear colleague,", ""]
    for paragraph in covering_note_paragraphs(note):
        lines += [paragraph, ""]
    lines += ["Kind regards,", ""]
    lines += [x for x in (_signatory(note), note.board, note.council, note.sender_email) if x]
    return "\n".join(lines) + "\n"


def covering_note_docx(note: CoveringNote) -> bytes:
    """The covering note as a short Word letter, for the file or for printing."""
    doc = new_document(title=f"Minutes of the {note.board}, {plain_date(note.meeting_date)} – for information",
                       author=note.council, subject=f"Covering note to the {note.partner}",
                       keywords=f"{note.board}, {note.partner}, minutes, exchange")
    st = _letter_styles(doc)
    letterhead, sender, address, date_style, subject = st.letterhead, st.sender, st.address, st.date, st.subject
    salutation, closing, signature, signature_role = st.salutation, st.closing, st.signature, st.signature_role
    body = doc.styles["Normal"]

    doc.add_paragraph(note.council, style=letterhead)
    doc.add_paragraph(note.board, style=sender)
    if note.sender_email:
        doc.add_paragraph(note.sender_email, style=sender)
    spacer = doc.add_paragraph(style=sender)
    spacer.paragraph_format.space_after = Pt(18)
    for line in (note.to_name, note.partner):
        if line:
            doc.add_paragraph(line, style=address)
    doc.add_paragraph(plain_date(note.date), style=date_style)
    doc.add_paragraph(f"Dear {note.to_name}," if note.to_name else "Dear colleague,", style=salutation)
    doc.add_paragraph(f"{note.board} minutes – {plain_date(note.meeting_date)} – for information", style=subject)
    for text in covering_note_paragraphs(note):
        doc.add_paragraph(text, style=body)
    doc.add_paragraph("Kind regards,", style=closing)
    if note.sender and note.sender != note.sender_role:
        doc.add_paragraph(note.sender, style=signature)
    if note.sender_role:
        doc.add_paragraph(note.sender_role, style=signature_role)
    return to_bytes(doc)


def _signatory(note: CoveringNote) -> str:
    """'Pat Jones, Corporate Parenting Officer', or the role alone when no name is set."""
    if note.sender and note.sender != note.sender_role:
        return ", ".join(x for x in (note.sender, note.sender_role) if x)
    return note.sender_role
