"""Pure rules for minutes and attendance: the quorum, minute numbers, the standard wording of
resolutions. No database, no Qt."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from cpo_desktop.model import agenda_rules
from cpo_desktop.model.enums import ResolutionKind

# --- quorum ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuorumRule:
    """A fraction of the voting seats, at least ``minimum`` members, of whom at least
    ``elected`` are elected members. Whether members joining online count is a choice: for a
    formal committee the law (LGA 1972, as the courts read it in 2021) says they do not."""
    fraction: Fraction = Fraction(1, 3)
    minimum: int = 3
    elected: int = 1
    count_remote: bool = False

    def required(self, voting_seats: int) -> int:
        return max(self.minimum, math.ceil(self.fraction * voting_seats))

    def describe(self) -> str:
        remote = "members joining online count" if self.count_remote else "members joining online do not count"
        return (f"{self.fraction.numerator}/{self.fraction.denominator} of the voting seats, at least "
                f"{self.minimum}, including {self.elected} elected member{'s' if self.elected != 1 else ''}; {remote}")


def who_counts(count_remote: bool) -> str:
    """Who counts towards the quorum, in words, from the rule the attendance sheet applies
    (``services.attendance``): members in seats that vote and count towards the quorum, or the
    substitutes sitting in their place, present in the room (and online, when the rule says so);
    not members in seats without a vote, nor officers and guests in attendance."""
    where = "in the room or online" if count_remote else "in the room"
    not_counted = "non-voting members and officers or guests in attendance do not"
    if not count_remote:
        not_counted = "members joining online, " + not_counted
    return f"voting members, or substitutes in their place, count when {where}; {not_counted}"


_FRACTIONS = {Fraction(1, 2): "half", Fraction(1, 3): "a third", Fraction(1, 4): "a quarter",
              Fraction(2, 3): "two thirds", Fraction(3, 4): "three quarters"}


def quorum_in_words(rule: QuorumRule) -> str:
    """The quorum rule as terms of reference state it: "A third of the voting seats, and at least 3
    voting members, including at least 1 elected member. Voting members, or substitutes in their
    place, count when in the room; …"."""
    share = _FRACTIONS.get(rule.fraction, f"{rule.fraction.numerator}/{rule.fraction.denominator}")
    text = f"{share[:1].upper()}{share[1:]} of the voting seats, and at least {rule.minimum} voting members"
    if rule.elected:
        text += f", including at least {rule.elected} elected member{'s' if rule.elected != 1 else ''}"
    counts = who_counts(rule.count_remote)
    return f"{text}. {counts[:1].upper()}{counts[1:]}."


def _of(present: int, needed: int, word: str, *, verb: bool = True) -> str:
    """"2 of the 3 voting members needed are present", "0 of the 1 elected member needed is present"
    (without ``verb``: "0 of the 1 elected member needed")."""
    noun = word if needed == 1 else word + "s"
    return f"{present} of the {needed} {noun} needed" + (f" {'is' if present <= 1 else 'are'} present" if verb else "")


@dataclass(frozen=True)
class Quorum:
    voting_seats: int
    required: int
    present: int  # voting members (or their substitutes) counted as present
    elected_required: int
    elected_present: int
    count_remote: bool = False  # whether members joining online were counted (the rule's choice)

    @property
    def met(self) -> bool:
        return self.present >= self.required and self.elected_present >= self.elected_required

    @property
    def headline(self) -> str:
        """"Quorate: 12 voting members present, 6 needed, including 4 elected members", or "Not
        quorate: 2 of the 3 voting members needed are present"."""
        if self.met:
            elected = (f", including {self.elected_present} elected member{'s' if self.elected_present != 1 else ''}"
                       if self.elected_required else "")
            return (f"Quorate: {self.present} voting member{'s' if self.present != 1 else ''} present, "
                    f"{self.required} needed{elected}")
        elected = _of(self.elected_present, self.elected_required, "elected member")
        if self.present >= self.required:  # enough members, but not the elected members the rule needs
            return (f"Not quorate: {self.present} voting members are present, {self.required} needed, but "
                    f"{elected}")
        members = _of(self.present, self.required, "voting member")
        if self.elected_present < self.elected_required:
            return f"Not quorate: {members}, and {_of(self.elected_present, self.elected_required, 'elected member', verb=False)}"
        return f"Not quorate: {members}"

    @property
    def who_counts(self) -> str:
        return who_counts(self.count_remote)

    @property
    def summary(self) -> str:
        """The headline with who counts: "Not quorate: 2 of the 3 voting members needed are present
        (voting members, or substitutes in their place, count when in the room; …)"."""
        return f"{self.headline} ({self.who_counts})"


def quorum(rule: QuorumRule, voting_seats: int, present: int, elected_present: int) -> Quorum:
    return Quorum(voting_seats=voting_seats, required=rule.required(voting_seats), present=present,
                  elected_required=rule.elected, elected_present=elected_present, count_remote=rule.count_remote)


def parse_fraction(text: str) -> Fraction:
    """'1/3', '0.25', '50%' → a fraction between 0 and 1; ValueError with the reason."""
    raw = str(text).strip()
    try:
        value = Fraction(raw[:-1]) / 100 if raw.endswith("%") else Fraction(raw)
    except (ValueError, ZeroDivisionError):
        raise ValueError(f"“{raw}” is not a fraction (write 1/3, 0.5 or 50%)") from None
    if not 0 < value <= 1:
        raise ValueError(f"“{raw}” must be more than none and no more than all of the seats")
    return value


# --- minute numbers -------------------------------------------------------------------------------

def minute_numbers(sub_items: Sequence[bool], *, first: int = 1, year_suffix: str | None = None) -> list[str]:
    """Minute numbers in order: per meeting they match the agenda's (1, 2, 5a); numbered on
    through the municipal year they carry the year ("35/26", "35a/26")."""
    numbers = agenda_rules.number_items(sub_items, start=first)
    return [f"{n}/{year_suffix}" for n in numbers] if year_suffix else numbers


def year_suffix(municipal_year_start: int) -> str:
    """'26' for the municipal year 2026/27, as in "35/26"."""
    return f"{municipal_year_start % 100:02d}"


# --- resolutions ----------------------------------------------------------------------------------

def standard_wording(kind: str, *, what: str = "report", deferred_to: str | None = None) -> str:
    """The standard wording of a resolution, after "RESOLVED:"."""
    kind = ResolutionKind(kind)
    if kind is ResolutionKind.NOTED:
        return f"That the {what} be noted."
    if kind is ResolutionKind.ENDORSED:
        return f"That the {what} be endorsed."
    if kind is ResolutionKind.APPROVED:
        return f"That the {what} be approved."
    if kind is ResolutionKind.DEFERRED:
        return f"That consideration of the {what} be deferred to the meeting on {deferred_to}."
    raise ValueError("A resolution in the board's own words needs its text")


def tidy_resolution(text: str) -> str:
    """Own wording made to read after "RESOLVED:": starts "That", ends with a full stop."""
    text = " ".join(text.split())
    if not text:
        raise ValueError("A resolution needs its wording")
    if text.upper().startswith("RESOLVED"):
        text = text[len("RESOLVED"):].lstrip(" :–-")
        if not text:
            raise ValueError("A resolution needs its wording")
    if not text.lower().startswith("that "):
        text = "That " + text[0].lower() + text[1:]
    else:
        text = "That " + text[5:]
    if text[-1] not in ".;:!?":
        text += "."
    return text
