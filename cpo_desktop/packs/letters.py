"""Letters from the Chair and the covering note that goes with our minutes to a partner board, as Word
documents (python-docx) the officer can edit before sending."""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.styles.style import ParagraphStyle

from cpo_desktop import dates
from cpo_desktop.packs.content import AbsenceLetter, CoveringNote
from cpo_desktop.packs.minutes_docx import new_document, to_bytes

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



def _write_letter(doc: DocxDocument, *, council: str, board: str, contact: str, to_lines: list[str], date,
                  salutation: str, subject: str, paragraphs: list[str], closing: str,
                  signatory: list[str]) -> bytes:
    """A council letter in Word's own letter styles: letterhead and sender on the right, the
    addressee, date, salutation, subject line, the body, closing and signature."""
    letterhead = _style(doc, "Letterhead", size=14, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    sender = _style(doc, "Sender Address", size=9.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    address = _style(doc, "Inside Address")
    signature = _style(doc, "Signature")
    for style in (sender, address, signature):
        style.paragraph_format.keep_with_next = True
    body = doc.styles["Normal"]
    body.paragraph_format.space_after = Pt(10)

    doc.add_paragraph(council, style=letterhead)
    doc.add_paragraph(board, style=sender)
    if contact:
        doc.add_paragraph(contact, style=sender)
    spacer = doc.add_paragraph(style=sender)
    spacer.paragraph_format.space_after = Pt(18)
    for line in to_lines:
        if line.strip():
            doc.add_paragraph(line.strip(), style=address)
    doc.add_paragraph(dates.plain(date), style=_style(doc, "Date", before=18, after=18))
    doc.add_paragraph(salutation, style=_style(doc, "Salutation", after=12))
    doc.add_paragraph(subject, style=_style(doc, "Letter Subject", bold=True, before=6, after=12))
    for text in paragraphs:
        doc.add_paragraph(text, style=body)
    doc.add_paragraph(closing, style=_style(doc, "Closing", before=6, after=36))
    role = _style(doc, "Signature Job Title")
    for n, line in enumerate(x for x in signatory if x):
        doc.add_paragraph(line, style=signature if n == 0 else role)
    return to_bytes(doc)


def absence_letter_docx(letter: AbsenceLetter) -> bytes:
    """The Chair's letter to a member who missed a meeting without sending apologies."""
    doc = new_document(title=f"Attendance at the {letter.board} – {letter.to_name}",
                       author=letter.council,
                       subject=f"Absence from the {letter.board} meeting on {dates.plain(letter.meeting_date)}",
                       keywords=f"{letter.board}, attendance, letter")
    paragraphs = [
        f"I am writing because you were not present at the meeting of the {letter.board} on "
        f"{dates.long(letter.meeting_date)}, and no apologies were received from you.",
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
        paragraphs.append(f"The next meeting of the board is on {dates.long(letter.next_meeting)}, "
                          "and I hope to see you there.")
    else:
        paragraphs.append("I hope to see you at the board's next meeting.")
    return _write_letter(doc, council=letter.council, board=letter.board, contact=letter.contact,
                         to_lines=[letter.to_name, *letter.to_address], date=letter.date,
                         salutation=letter.salutation.strip() or f"Dear {letter.to_name}",
                         subject=f"{letter.board}: meeting on {dates.long(letter.meeting_date)}",
                         paragraphs=paragraphs, closing="Yours sincerely", signatory=[letter.chair, letter.chair_role])


def covering_note_paragraphs(note: CoveringNote) -> list[str]:
    """The body of the covering note, one string per paragraph; also the e-mail's text."""
    return [
        f"Under the reciprocal arrangement in the board's terms of reference, the {note.board} and the "
        f"{note.partner} exchange the minutes of their meetings for information.",
        f"Please find attached the minutes of the {note.board}'s meeting held on {dates.long(note.meeting_date)}, "
        f"confirmed as a correct record at the board's meeting on {dates.long(note.confirmed_on)}. They are sent to "
        f"the {note.partner} for information.",
        "These are the board's public minutes: business taken in private (Part 2) is shown by its title only, "
        "and young people are named by their first name only.",
        f"I would be grateful to receive the {note.partner}'s minutes in return once they are approved.",
    ]


def covering_note_text(note: CoveringNote) -> str:
    """The covering note as plain text, for the body of the e-mail."""
    lines = [_salutation(note), ""]
    for paragraph in covering_note_paragraphs(note):
        lines += [paragraph, ""]
    lines += ["Kind regards,", ""]
    lines += [x for x in (_signatory(note), note.board, note.council, note.sender_email) if x]
    return "\n".join(lines) + "\n"


def covering_note_docx(note: CoveringNote) -> bytes:
    """The covering note as a short Word letter, for the file or for printing."""
    doc = new_document(title=f"Minutes of the {note.board}, {dates.plain(note.meeting_date)} – for information",
                       author=note.council, subject=f"Covering note to the {note.partner}",
                       keywords=f"{note.board}, {note.partner}, minutes, exchange")
    named = note.sender if note.sender and note.sender != note.sender_role else ""
    return _write_letter(doc, council=note.council, board=note.board, contact=note.sender_email,
                         to_lines=[note.to_name, note.partner], date=note.date, salutation=_salutation(note),
                         subject=f"{note.board} minutes – {dates.plain(note.meeting_date)} – for information",
                         paragraphs=covering_note_paragraphs(note), closing="Kind regards,",
                         signatory=[named, note.sender_role])


def _salutation(note: CoveringNote) -> str:
    return f"Dear {note.to_name}," if note.to_name else "Dear colleague,"


def _signatory(note: CoveringNote) -> str:
    """'Pat Jones, Corporate Parenting Officer', or the role alone when no name is set."""
    if note.sender and note.sender != note.sender_role:
        return ", ".join(x for x in (note.sender, note.sender_role) if x)
    return note.sender_role
