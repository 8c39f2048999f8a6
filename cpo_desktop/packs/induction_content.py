"""What a member induction pack says (``services.induction`` decides it from the register and
the Library; ``packs.induction_pdf`` draws it), and the blocks a Library text's body is made of
(``services.library.parse_body`` reads them from the text's markup).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cpo_desktop.packs.children_profile import ProfileRow


@dataclass(frozen=True)
class Block:
    """One block of a text's body.

    kind: "paragraph" (text), "heading" (text), "quote" (text), "bullets" (items: texts),
    "numbered" (items: (number, text)), "terms" (items: (term, meaning)).
    """

    kind: str
    text: str = ""
    items: tuple = ()


@dataclass(frozen=True)
class SeatLine:
    seat: str
    member: str  # "" for a vacant seat; a young person by first name unless they consented
    role: str = ""  # "Chair", "Vice-chair" or ""


@dataclass(frozen=True)
class PriorityLine:
    title: str
    chair: str  # the working group's chair, in words ("" when none)
    description: str = ""


@dataclass(frozen=True)
class MeetingLine:
    date: dt.date
    start_time: dt.time
    kind: str  # "Board meeting", "Young people's forum", "Development session"
    theme: str
    venue: str
    status: str  # "Planned", "Held", "Cancelled"


@dataclass(frozen=True)
class ContactLine:
    role: str  # "Corporate Parenting Officer", "Chair of the board"
    name: str
    email: str = ""  # never a young person's


@dataclass(frozen=True)
class PackText:
    """A Library text as it goes in the pack: its (editable) title and its body's blocks."""
    key: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class InductionContent:
    council: str  # "Sefton Council"
    board: str  # "Sefton Corporate Parenting Board"
    person_id: int
    person: str  # the recipient, in full, as on the cover ("Cllr Colette Farrell")
    first_name: str
    surname: str
    seats: tuple[str, ...]  # the seats they hold (or will hold, or substitute for), in words
    issued: dt.date
    municipal_year: str  # "2026/27"
    chair: str
    vice_chair: str
    membership: tuple[SeatLine, ...] = ()
    priorities: tuple[PriorityLine, ...] = ()
    meetings: tuple[MeetingLine, ...] = ()
    training_dates: tuple[dt.date, ...] = ()
    contacts: tuple[ContactLine, ...] = ()
    contact: str = ""  # the contact officer line for the footer
    texts: tuple[PackText, ...] = field(default_factory=tuple)  # the Library, in the pack's order
    # The terms of reference in force on the day issued: "Version 2, in force from …" and each part
    # that says something as (heading, text), the membership left to the table of seats.
    terms_label: str = ""
    terms: tuple[tuple[str, str], ...] = ()
    # "The children we care for": a handful of the board's public figures as at the day issued
    # (small counts already hidden), and the sentence about the number in care against a year before.
    children: tuple[ProfileRow, ...] = ()
    children_said: str = ""
    children_note: str = ""  # what "c" means, when a figure shown is one

    def text(self, key: str) -> PackText | None:
        return next((t for t in self.texts if t.key == key), None)

    @property
    def title(self) -> str:
        return f"Member induction pack – {self.person} – {self.board}"
