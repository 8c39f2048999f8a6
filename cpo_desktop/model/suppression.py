"""Small-number suppression for the public version of a table of performance figures (issue 22,
point 4). Pure rules: no database, no Qt, no I/O.

A count about few children can identify them in a public paper, and so can a count that the
reader works out from a total, a difference or a percentage. :func:`suppress` takes one table as
it will be published (its series, and the value of every cell: ``values[(key, period)]``, None
where there is no figure) and returns the cells the public version shows as "c". The restricted
version shows every value. :func:`shown` is what a public table prints for one cell.

The rules, in the order they are applied:

1. **Primary.** In a *sensitive count* series a value from 1 to the threshold (the board's
   setting, 5 unless changed) is suppressed: anything above 0 that would print as 1..threshold,
   that is ``0 < value < threshold + 0.5`` (a count of 0.3 is nonsense and is hidden too). Zero is
   shown: DfE publishes zeros. A cell with no value (None) is never suppressed: it prints its
   DfE mark (``k`` rounds to zero, ``z`` not applicable, ``x`` not available), which tells
   nothing about a child. Fail closed: in a sensitive count series a value that is not a finite
   number (NaN, an infinity, not a number at all) or is negative is suppressed. Rates,
   percentages, days and other units are never suppressed for their own size (a rate is over a
   population); what they are built from decides (rule 2). Non-sensitive series (a rate per
   10,000 of all children in the borough) are never suppressed for their own size either.
2. **Derived.** A series with a ``numerator_key`` or ``denominator_key`` (a rate or percentage
   built from counts) is suppressed in a period where its numerator or its denominator cell is
   suppressed. Both ways are needed: a percentage shown beside its denominator gives the
   numerator (n = p/100 x d), and beside its numerator gives the denominator (d = 100 x n / p).
   When the numerator series is not in the table, or its cell has no figure (not entered, or
   marked "c" at its source), but the denominator is, a sensitive percentage or rate gives the
   numerator away by itself; so the numerator it implies (p/100 x d for a percentage, r/10,000 x
   d for a rate per 10,000) is checked as rule 1 would check it, and the derived cell is
   suppressed when that count would be. A derived series with neither in the table is shown (a
   rate over a population).
3. **Secondary (complementary).** For each period, a total (series T) and its parts (the series
   whose ``part_of_key`` is T) make one equation, T = the sum of the parts. When exactly one of
   its cells is suppressed, the reader gets it by subtraction; so the smallest part still shown
   is suppressed too (ties: by key), or the total when no part is left, and again until no
   equation has exactly one suppressed cell. A total with no value (and not suppressed) gives no
   equation; a part with no value is left out of its equation as if the reader knew it (the
   cautious reading: it can only make more cells hidden). Cells suppressed here spread through
   rule 2 (a newly hidden count hides the percentages built on it), and rules 2 and 3 are
   repeated until neither changes anything. Where totals nest (a part that is itself a total),
   "no equation with exactly one hidden cell" means no hidden cell can be worked out by
   arithmetic on what is shown (the equations form a tree).
4. **Deterministic.** The same table gives the same cells, whatever order the series or values
   come in: series are taken by key, periods in sorted order, ties broken by key then period.

A cell suppressed by rules 2 or 3 may hold any value, zero included: "c" means "hidden", not
"between 1 and the threshold", so the reader cannot narrow two hidden cells down by assuming so.
"""

from __future__ import annotations

import math
import re
import unicodedata
import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

DEFAULT_THRESHOLD = 5
"""Counts 1..threshold are shown as "c" in public outputs (the board can change it)."""

MARKS = {"c": "confidential", "z": "not applicable", "k": "rounds to zero", "x": "not available"}
"""The DfE marks a public table prints in place of a value."""

NOTE = ("c: hidden to protect children's privacy (a small number, or one from which a small number "
        "could be worked out); z: not applicable; k: rounds to zero; x: not available.")
"""What a public table says under it about the marks it uses."""

UNITS = ("count", "rate", "percentage", "days", "other")

Cell = tuple[str, str]
"""(series key, period)"""

# What a derived value is "per": a percentage is per 100 of its denominator, a rate per 10,000.
_PER = {"percentage": 100, "rate": 10_000}
_WIDE = Context(prec=400)  # enough digits for any float written out in full


@dataclass(frozen=True)
class Series:
    """One indicator's row in a table to be published."""

    key: str
    unit: str  # count, rate, percentage, days, other
    sensitive: bool  # small numbers in it could identify a child
    numerator_key: str | None = None  # a rate/percentage built from these counts
    denominator_key: str | None = None
    part_of_key: str | None = None  # a count that is one part of another series' total


def suppress(series: Sequence[Series], values: Mapping[Cell, float | None], *,
             threshold: int = DEFAULT_THRESHOLD) -> set[Cell]:
    """The (key, period) cells the public version must show as "c" (values: every cell of the
    table, None where there is no figure). Fails closed: a value that is not a finite number in a
    sensitive count series is suppressed. Cells with no value (None) are never in the result;
    values for keys not among ``series`` are ignored. ValueError for a threshold below 1 or two
    series with the same key."""
    table = _Table(series, values, threshold)
    return table.spread(table.primary())


def primary(series: Sequence[Series], values: Mapping[Cell, float | None], *,
            threshold: int = DEFAULT_THRESHOLD) -> set[Cell]:
    """Rule 1 alone: the cells hidden for their own size. Not safe to publish by itself (a total
    or a percentage can give them away); for tests and for saying why a cell is hidden."""
    return _Table(series, values, threshold).primary()


def is_small(value: object, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """Rule 1 for one value of a sensitive count: 1..threshold once printed (anything above 0
    and below threshold + 0.5), or not a finite, non-negative number. None (no figure) is not."""
    if value is None:
        return False
    number = number_or_none(value)
    if number is None or number < 0:
        return True
    return 0 < number < threshold + 0.5


def number_or_none(value: object) -> float | None:
    """``value`` as a finite float, or None for None, NaN, an infinity or anything not a number
    (a bool is not a number here)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def shown(value: float | None, mark: str | None, suppressed: bool, unit: str) -> str:
    """What a public table prints for a cell: "c" when suppressed, the DfE mark when there is no
    value ("z", "k", "x"), else the value formatted for its unit (count: 516; rate: 114.9;
    percentage: 61.5%).

    A cell marked "c" at its source stays "c" even with a value. No value and no known mark, or
    a value that is not a finite number, prints "x". Counts and days are whole numbers; rates,
    percentages and other units have one decimal place (other units drop a ".0"); thousands are
    separated by commas (1,234); halves round up (2.5 is 3, 61.45 is 61.5)."""
    kind = (mark or "").strip().lower()
    if suppressed or kind == "c":
        return "c"
    number = number_or_none(value)
    if number is None:
        return kind if value is None and kind in MARKS else "x"
    unit = (unit or "").strip().lower()
    if unit in ("count", "days"):
        return _written(number, 0)
    if unit == "rate":
        return _written(number, 1)
    if unit == "percentage":
        return _written(number, 1) + "%"
    text = _written(number, 1)
    return text[:-2] if text.endswith(".0") else text


def comparator(value: float | None, unit: str) -> str:
    """A comparator or target as a table prints it (never suppressed: England's, the region's and
    the neighbours' figures are published, the target is the board's own); "" for none."""
    return "" if value is None else shown(value, None, False, unit)


def printed_number(text: str | None) -> float | None:
    """What :func:`shown` printed, read back as a number ("1,234" → 1234, "61.5%" → 61.5); None for
    a mark ("c", "x") or nothing. A public chart plots only this: never a value its table hides."""
    try:
        return float((text or "").replace(",", "").removesuffix("%").strip())
    except ValueError:
        return None


def _written(number: float, places: int) -> str:
    exact = Decimal(repr(number)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=_WIDE)
    if exact == 0:
        exact = abs(exact)  # never "-0"
    return f"{exact:,}"


def _unit(series: Series) -> str:
    return (series.unit or "").strip().lower()


class _Table:
    """One table's series, periods and equations, for the rules above."""

    def __init__(self, series: Sequence[Series], values: Mapping[Cell, float | None], threshold: int) -> None:
        if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
            raise ValueError(f"the suppression threshold must be a whole number of 1 or more, not {threshold!r}")
        self.threshold = threshold
        self.values = values
        self.series: dict[str, Series] = {}
        for one in series:
            if one.key in self.series:
                raise ValueError(f"two series in one table share the key {one.key!r}")
            self.series[one.key] = one
        self.keys = sorted(self.series)
        self.periods = sorted({period for key, period in values if key in self.series})
        self.derived = [key for key in self.keys
                        if self.series[key].numerator_key or self.series[key].denominator_key]
        parts: dict[str, list[str]] = {}
        for key in self.keys:
            total = self.series[key].part_of_key
            if total and total != key and total in self.series:
                parts.setdefault(total, []).append(key)
        self.parts = parts  # total key -> its part keys, both sorted

    def value(self, cell: Cell) -> object:
        return self.values.get(cell)

    def primary(self) -> set[Cell]:
        return {(key, period) for key in self.keys
                if self.series[key].sensitive and _unit(self.series[key]) == "count"
                for period in self.periods if is_small(self.value((key, period)), self.threshold)}

    def spread(self, hidden: set[Cell]) -> set[Cell]:
        """Rules 2 and 3 repeated from ``hidden`` until neither hides anything more."""
        hidden = set(hidden)
        while True:
            before = len(hidden)
            self._derived(hidden)
            self._secondary(hidden)
            if len(hidden) == before:
                return hidden

    # --- rule 2 ---------------------------------------------------------------------------------

    def _derived(self, hidden: set[Cell]) -> None:
        changed = True
        while changed:  # a rate built on a rate: again until nothing more
            changed = False
            for key in self.derived:
                for period in self.periods:
                    cell = (key, period)
                    if cell not in hidden and self.value(cell) is not None and self._gives_away(key, period, hidden):
                        hidden.add(cell)
                        changed = True

    def _gives_away(self, key: str, period: str, hidden: set[Cell]) -> bool:
        one = self.series[key]
        numerator, denominator = one.numerator_key, one.denominator_key
        if any(other and other in self.series and (other, period) in hidden for other in (numerator, denominator)):
            return True
        # The numerator not in the table, or in it with no figure (not entered, or marked "c" at its
        # source): the percentage beside its denominator gives it by itself.
        if (one.sensitive and numerator and denominator in self.series and _unit(one) in _PER
                and (numerator not in self.series or number_or_none(self.value((numerator, period))) is None)):
            rate = number_or_none(self.value((key, period)))
            base = number_or_none(self.value((denominator, period)))
            if rate is None or base is None:
                return False
            return is_small(rate / _PER[_unit(one)] * base, self.threshold)
        return False

    # --- rule 3 ---------------------------------------------------------------------------------

    def _secondary(self, hidden: set[Cell]) -> None:
        for total in sorted(self.parts):
            for period in self.periods:
                if (extra := self._complement(total, period, hidden)) is not None:
                    hidden.add(extra)

    def _complement(self, total: str, period: str, hidden: set[Cell]) -> Cell | None:
        """The cell to hide so that this period's total = sum(parts) has no single hidden cell,
        or None when it has none (or no equation)."""
        whole = (total, period)
        if whole not in hidden and number_or_none(self.value(whole)) is None:
            return None  # no total shown: no equation
        members = [(part, period) for part in self.parts[total]
                   if (part, period) in hidden or number_or_none(self.value((part, period))) is not None]
        if not members:
            return None
        if sum(cell in hidden for cell in (whole, *members)) != 1:
            return None
        still_shown = sorted((number_or_none(self.value(cell)), cell[0], cell) for cell in members if cell not in hidden)
        if still_shown:
            return still_shown[0][2]
        return whole if whole not in hidden else None


# --- the officer's commentary -----------------------------------------------------------------------

COMMENTARY_MARK = "c"
"""What a small count in public commentary becomes: the mark the tables beside it use (their note
says what it means), so the reader meets one sign for "hidden", and the sentence does not have to be
rewritten around a phrase ("a small number" would need "of" and a changed article to read well)."""

_UNITS_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90}
_WORD_VALUE = {w: n for n, w in enumerate(_UNITS_WORDS)} | _TENS_WORDS
_MONTHS = ("January|February|March|April|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# "May" (and "march") are also verbs: "3 may go missing" is a count. A month is a month only
# written with its capital, May only with a year after it, and a day after its month only with
# the year ("March 3, 2025"; "in March 3 went missing" is a count).
_MONTH_AFTER = re.compile(rf"\s+(?:(?:{_MONTHS})\b|May\s+\d{{4}}\b)")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS}|May)\.?\s+$")
_YEAR_AFTER = re.compile(r",?\s+\d{4}\b")

# Numbers as written: a numeric date (2025-03-03, 3/3/2025, 3.3.25), a time (3:30), a number
# with thousands (1,234) or a decimal point (3.5), or a plain run of digits.
_NUMBER = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})\b|\d{1,2}:\d{2}\b|"
                     r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_LETTERS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"[-\s]+([^\W\d_]+)")
_KEPT_PHRASES = re.compile(r"\b(?:three|3)(?:\s+or\s+more|\+)\s+placements\b|\bno[\s-]+one\b|\bone[\s-]+another\b|"
                           r"\bone[\s-]+off\b|\bone[\s-]+to[\s-]+one\b", re.IGNORECASE)
_AFTER_KEPT = re.compile(r"(?:st|nd|rd|th)\b|\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b|[ap]\.?m\b)",
                         re.IGNORECASE)
# The number of a short code: a quarter (Q3), key stage (KS2), year group (Y3), financial year,
# half, term, section or period; any other letters glued to a number do not save it.
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])(?:Q|KS|Y|FY|H|T|S|P)$", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"[£$€]\s*$")


def public_commentary(text: str, threshold: int = DEFAULT_THRESHOLD) -> str:
    """The officer's commentary as a public paper may print it: every standalone count from 1 to
    ``threshold``, in digits ("3", "03", "３") or in words in any case ("three", "Three", "THREE",
    "twenty" when the threshold reaches it), is replaced by "c", with whatever punctuation or
    possessive stands around it left as it was ("(c)", "c's").

    Left alone, because they are not counts of children: zero and numbers above the threshold;
    dates ("3 March 2025", "March 3, 2025", "3/3/2025"); times ("3:30", "3 pm"); ordinals
    ("3rd", "third"); a short code's number ("Q3", "KS2"); decimals and percentages ("3.5",
    "61.5%", "3 per cent"); money ("£3"); the indicator "three (or 3) or more placements"; and "no
    one", "one another", "one-off", "one-to-one". Anything else with a small number in it is
    hidden: over-hiding is the safe mistake ("Year 3" becomes "Year c"; "3 days" becomes "c days").
    Digits glued to letters ("3children", "3x") are hidden too. The text is NFKC-normalised first,
    so look-alike digits (superscripts, full-width) are read as the digits they look like.

    Not caught (ordinary words that imply a number): "a child", "both", "twins", "a couple"; nor a
    small number left for the reader to work out from two larger ones ("37 of the 40"). The
    officer writes the commentary for the public, and the window says so."""
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise ValueError(f"the suppression threshold must be a whole number of 1 or more, not {threshold!r}")
    if not text:
        return text or ""
    text = unicodedata.normalize("NFKC", text)
    kept = [m.span() for m in _KEPT_PHRASES.finditer(text)]

    def in_kept(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in kept)

    spans: list[tuple[int, int]] = []
    for m in _NUMBER.finditer(text):
        start, end, digits = m.start(), m.end(), m.group()
        if not digits.isdigit() or not 0 < int(digits) <= threshold or in_kept(start, end):
            continue  # a date, a time, a decimal, a number with thousands, zero or a larger number
        before, after = text[:start], text[end:]
        if _AFTER_KEPT.match(after) or _MONEY_BEFORE.search(before) or _CODE_BEFORE.search(before):
            continue
        if (_MONTH_BEFORE.search(before) and _YEAR_AFTER.match(after)) or _MONTH_AFTER.match(after):
            continue  # "March 3, 2025", "3 March", "3 May 2025"
        spans.append((start, end))
    taken = 0  # the end of the last number in words (its second word is not read again)
    for m in _LETTERS.finditer(text):
        if m.start() < taken:
            continue
        value = _WORD_VALUE.get(m.group().casefold())
        if value is None:
            continue
        start, end = m.span()
        if value in _TENS_WORDS.values() and (nxt := _NEXT_WORD.match(text, end)) is not None:
            unit = _WORD_VALUE.get(nxt.group(1).casefold())
            if unit is not None and 0 < unit < 10:
                value, end = value + unit, nxt.end()
        taken = end
        if in_kept(start, end) or not 0 < value <= threshold:
            continue
        spans.append((start, end))
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out += [text[at:start], COMMENTARY_MARK]
        at = end
    out.append(text[at:])
    return "".join(out)


def _words_value(words: list[str]) -> tuple[int | None, int]:
    """The number one or two words spell ("three": 3; "twenty one": 21), and how many of the words
    it takes; (None, 0) when the first word is not a number."""
    first = _WORD_VALUE.get(words[0]) if words else None
    if first is None:
        return None, 0
    if first in _TENS_WORDS.values() and len(words) > 1 and 0 < _WORD_VALUE.get(words[1], 0) < 10:
        return first + _WORD_VALUE[words[1]], 2
    return first, 1
