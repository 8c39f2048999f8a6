"""The fixed wording the board's minutes use: confirming the last minutes, excluding the press
and public (Local Government Act 1972, Schedule 12A), the note a withheld Part 2 minute shows,
and how a seat is named beside a member. The privacy rule (``services.disclosure``) reads the
same wording, so it lives here, below both.
"""

from __future__ import annotations

import re

from cpo_desktop import dates
from cpo_desktop.model import enums
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the agenda view imports this module before SQLAlchemy is wanted
    from cpo_desktop.model.tables import Meeting


def confirmation_wording(prev: Meeting, amended: bool) -> str:
    """The resolution that confirms the minutes of ``prev`` as a correct record."""
    tail = ", subject to the amendments recorded" if amended else ""
    return f"That the minutes of the meeting held on {dates.long(prev.date)} be confirmed as a correct record{tail}."


def seat_role(seat: str, category: str) -> str:
    """A seat as the minutes name it beside a member: "Chair" for "Chair – Lead Member for …",
    nothing for a plain elected member's seat, and no "(1)" numbering."""
    role = re.sub(r"\s*\(\d+\)$", "", seat.split(" – ")[0]).strip() if seat else ""
    if category == enums.SeatCategory.ELECTED_MEMBER and role.lower().startswith("elected member"):
        return ""
    return role


def exclusion_wording(paragraphs: list[int]) -> str:
    """The resolution excluding the public for the Part 2 items, citing their paragraphs."""
    paras = sorted(set(p for p in paragraphs if p))
    which = (f"paragraph {paras[0]}" if len(paras) == 1
             else "paragraphs " + ", ".join(str(p) for p in paras[:-1]) + f" and {paras[-1]}")
    return ("RESOLVED: That, under section 100A(4) of the Local Government Act 1972, the public be excluded from "
            "the meeting for the following item(s) of business on the grounds that they involve the likely disclosure "
            f"of exempt information as defined in {which} of Part 1 of Schedule 12A to the Act, and that the public "
            "interest in maintaining the exemption outweighs the public interest in disclosing the information.")


def agenda_exclusion_wording(paragraphs: list[int]) -> str:
    """The exclusion resolution as the agenda shows it before its first Part 2 item (printed in
    the pack, on the agenda view's divider and in ``agenda show``): recommended, not yet resolved."""
    return exclusion_wording(paragraphs).replace("RESOLVED: That", "Recommended: that")


def withheld_note(paragraph: int | None) -> str:
    """What the public minutes say in place of a Part 2 minute."""
    return ("This item was considered in private. It contained exempt information as defined in paragraph "
            f"{paragraph or '–'} of Part 1 of Schedule 12A to the Local Government Act 1972, so the minute is not "
            "published.")
