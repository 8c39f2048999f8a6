"""Plain-text helpers shared by the PDF and Word renderers: escaping, resolution wording,
attendee lines (dates are ``cpo_desktop.dates``). No ReportLab or python-docx here, so the
Word renderers do not load the PDF stack."""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

from cpo_desktop import dates
from cpo_desktop.packs.content import Attendee, MinuteSection
from cpo_desktop.wording import aside


def esc(text: str) -> str:
    """Escape user text for Paragraph markup; line breaks are kept."""
    return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def paragraphs(text: str) -> list[str]:
    """Split text on blank lines."""
    return [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]


_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013])\s+")


def bullet_lines(paragraph: str) -> list[str] | None:
    """The items when every line of the paragraph is a bullet ("- ", "* ", "• "), else None."""
    lines = [line for line in paragraph.splitlines() if line.strip()]
    if lines and all(_BULLET.match(line) for line in lines):
        return [_BULLET.sub("", line) for line in lines]
    return None


def attendee_text(a: Attendee, *, dashes: bool = False) -> str:
    """"Name (Role) – note", or "Name – role – note" for officers and guests."""
    if dashes:
        return " – ".join(part for part in (a.name, a.role, a.note) if part)
    text = aside(a.name, a.role)
    if a.note:
        text += f" – {a.note}"
    return text


# The minutes' own headings, in sentence case as Sefton's minutes write them; the board's name and
# the items' titles stay as they were written.
PART2_HEADING = "Part 2 – exempt information"


def meeting_heading(c) -> str:
    """"Minutes of the meeting held on Wednesday 9 December 2026 at 2.00 pm, Bootle Town Hall"."""
    return (f"Minutes of the meeting held on {dates.long(c.meeting_date)} at {dates.clock12(c.start_time)}"
            + (f", {c.venue}" if c.venue else ""))


def minute_label(number: str) -> str:
    """'7' -> '7.', '7a' -> '7a.', '35/26' stays '35/26'."""
    number = number.strip()
    if not number or number.endswith(".") or "/" in number:
        return number
    return number + "."


_SUB_ITEM = re.compile(r"^\d+\s*(?:[a-z]|\([a-z0-9]+\))\.?$", re.I)


def is_sub_item(number: str) -> bool:
    """7a, 7(a), 7(ii): an item under item 7."""
    return bool(_SUB_ITEM.match(number.strip()))


_DECLARATIONS = re.compile(r"declarations?\s+of\s+(?:\w+\s+)?interests?", re.I)


def is_declarations_section(section: MinuteSection) -> bool:
    return bool(_DECLARATIONS.search(section.title))


_LOWER_FIRST = {"the", "a", "an", "this", "these", "that", "those", "its", "their", "any", "all",
                "no", "further", "officers", "members", "it", "consideration"}


def _lower_first_word(text: str) -> str:
    word = text.split(" ", 1)[0]
    if word.lower() in _LOWER_FIRST and word[:1].isupper() and not word.isupper():
        return text[:1].lower() + text[1:]
    return text


def resolution_text(text: str) -> str:
    """'That the report be noted.' as given; 'The report be noted' -> 'That the report be noted'."""
    text = text.strip()
    if re.match(r"that\b", text, re.I):
        return "That" + text[4:]
    return "That " + _lower_first_word(text)


def resolution_items(resolutions: Sequence[str]) -> list[str]:
    """The limbs of a numbered resolution: 'That the report be noted.' -> 'the report be noted;'.

    Each limb loses its leading 'That' and its closing punctuation; all but the last end with
    ';' and the one before the last with '; and'.
    """
    items = []
    for text in resolutions:
        text = re.sub(r"^\s*that\b[\s,–-]*", "", text.strip(), flags=re.I)
        text = _lower_first_word(text).rstrip().rstrip(".;,")
        if text.endswith(" and"):
            text = text[:-4].rstrip(";, ")
        items.append(text)
    out = []
    for i, text in enumerate(items):
        if i == len(items) - 1:
            end = "" if text.endswith(("?", "!")) else "."
        elif i == len(items) - 2:
            end = "; and"
        else:
            end = ";"
        out.append(text + end)
    return out


def exempt_wording(paragraph: int) -> str:
    return (f"paragraph {paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972")


