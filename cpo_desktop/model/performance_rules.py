"""The pure rules of the performance scorecard (issue 22): what an indicator may be, what a period
is, how a figure is read from what the officer or a spreadsheet gives, and how a figure is judged
(RAG against its target, trend against the previous figure). No I/O, no SQL.

Periods are calendar periods: a month "2026-11", a calendar quarter "2026-Q3" (July to
September) and a calendar year "2026". A financial-year figure (SSDA903's year to 31 March) goes
in as the quarter or month it ends with ("2025-Q1", "2025-03").
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass

UNITS = ("count", "rate", "percentage", "days", "other")
POLARITIES = ("higher", "lower", "neutral")
PERIOD_KINDS = ("month", "quarter", "year")
MARK_CODES = ("c", "z", "k", "x")
KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,59}")
AMBER_BAND = 0.05  # amber: within 5% (relative) of the target, on the wrong side

_KIND_WORDS = {"month": "monthly", "quarter": "quarterly", "year": "yearly"}
_EXAMPLES = {"month": "a month such as 2026-11", "quarter": "a quarter such as 2026-Q3",
             "year": "a calendar year such as 2026"}
_MONTHS = {name.casefold(): n for n, name in enumerate(calendar.month_name) if n}
_MONTHS.update({name.casefold(): n for n, name in enumerate(calendar.month_abbr) if n})
_MONTHS["sept"] = 9


def key_problem(key: str) -> str | None:
    """What is wrong with an indicator's key, or None."""
    if not KEY_PATTERN.fullmatch(key or ""):
        return (f"the key “{key}” is not one: use lower-case letters, digits and _ (starting with a letter, "
                "at most 60), such as cla_number")
    return None


def kind_words(kind: str) -> str:
    return _KIND_WORDS.get(kind, kind)


@dataclass(frozen=True, order=True)
class Period:
    """One period: ``text`` as stored ("2026-11", "2026-Q3", "2026"), its ``kind`` and last day."""

    end: dt.date
    kind: str
    text: str

    @property
    def start(self) -> dt.date:
        if self.kind == "month":
            return self.end.replace(day=1)
        if self.kind == "quarter":
            return dt.date(self.end.year, self.end.month - 2, 1)
        return dt.date(self.end.year, 1, 1)


def month(year: int, number: int) -> Period:
    return Period(dt.date(year, number, calendar.monthrange(year, number)[1]), "month", f"{year:04d}-{number:02d}")


def quarter(year: int, number: int) -> Period:
    last = number * 3
    return Period(dt.date(year, last, calendar.monthrange(year, last)[1]), "quarter", f"{year:04d}-Q{number}")


def year(number: int) -> Period:
    return Period(dt.date(number, 12, 31), "year", f"{number:04d}")


def containing(day: dt.date, kind: str) -> Period:
    """The period of ``kind`` a day falls in."""
    if kind == "month":
        return month(day.year, day.month)
    if kind == "quarter":
        return quarter(day.year, (day.month - 1) // 3 + 1)
    return year(day.year)


def parse_period(text: str) -> Period | dt.date:
    """A period from what the officer or a spreadsheet writes: "2026-11", "Nov 2026", "November
    2026", "2026-Q3", "Q3 2026", "2026"; or a day (31/12/2024, 2024-12-31: what Excel makes of a
    month typed into a cell), which the caller turns into the period of the kind it needs.
    ValueError says what is wrong."""
    t = " ".join(str(text).split())
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
        y, n = int(m[1]), int(m[2])
        if 1 <= n <= 12 and 1900 <= y <= 2200:
            return month(y, n)
        if n > 12 and (n == (y + 1) % 100):
            raise ValueError(f"“{t}” is a financial year; periods here are calendar months, quarters and years "
                             f"(write the quarter it ends with, {y + 1}-Q1, or the calendar year)")
        raise ValueError(f"“{t}” is not a month (write it as 2026-11)")
    if m := re.fullmatch(r"(\d{4}) ?-? ?[Qq]([1-4])|[Qq]([1-4]) ?-? ?(\d{4})", t):
        y, n = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        if 1900 <= y <= 2200:
            return quarter(y, n)
    if re.fullmatch(r"\d{4}", t) and 1900 <= int(t) <= 2200:
        return year(int(t))
    if m := re.fullmatch(r"([A-Za-z]+)\.?[ -]'?(\d{4}|\d{2})", t):
        n = _MONTHS.get(m[1].casefold())
        y = int(m[2]) if len(m[2]) == 4 else 2000 + int(m[2])
        if n:
            return month(y, n)
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"“{t}” is not a period: write a month (2026-11), a calendar quarter (2026-Q3) or a "
                     "calendar year (2026)")


def period_for(text: str, kind: str, what: str = "this indicator") -> Period:
    """The period ``text`` names, which must be of ``kind`` (a day gives the period it falls in).
    ValueError, naming ``what``, for a period of another kind."""
    found = parse_period(text)
    if isinstance(found, dt.date):
        return containing(found, kind)
    if found.kind != kind:
        raise ValueError(f"{what} is {kind_words(kind)}: give {_EXAMPLES[kind]}, not the {found.kind} {found.text}")
    return found


def looks_like_period(text: str) -> bool:
    """Whether a header is meant as a period (it has a digit in it): one that is not a period is a
    mistake to report, not a column to leave out."""
    return any(c.isdigit() for c in text)


# --- figures ----------------------------------------------------------------------------------------

def mark_of(text: str) -> str | None:
    """A DfE mark written in a cell ("c", "Z", "[k]"), as its lower-case letter; else None."""
    t = text.strip().casefold().removeprefix("[").removesuffix("]").strip()
    return t if t in MARK_CODES else None


def parse_number(text: str) -> float:
    """A number as a spreadsheet writes it: "1,234", "61.5%", " 114.9 ". ValueError otherwise."""
    t = text.strip().replace(",", "").replace("\u00a0", "").replace(" ", "")
    if t.endswith("%"):
        t = t[:-1]
    try:
        value = float(t)
    except ValueError:
        raise ValueError(f"“{text.strip()}” is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"“{text.strip()}” is not a number")
    return value


def value_problem(value: float, unit: str, what: str = "the value") -> str | None:
    """What is wrong with ``value`` for an indicator of ``unit``, or None."""
    if not math.isfinite(value):
        return f"{what} is not a number"
    if unit == "count" and (value < 0 or not float(value).is_integer()):
        return f"{what} ({value:g}) is a count: a whole number, 0 or more"
    if unit == "percentage" and not 0 <= value <= 100:
        return f"{what} ({value:g}) is a percentage: 0 to 100"
    if unit in ("rate", "days") and value < 0:
        return f"{what} ({value:g}) cannot be below 0"
    if abs(value) >= 1e12:
        return f"{what} ({value:g}) is too large"
    return None


def percent_problem(text: str, unit: str, what: str) -> str | None:
    """A "%" written after a figure of an indicator that is not a percentage."""
    if text.strip().endswith("%") and unit != "percentage":
        return f"{what} “{text.strip()}” is a percentage, but the indicator is a {unit}"
    return None


# --- judging a figure -------------------------------------------------------------------------------

def number_problem(text: str, unit: str, what: str, *, mark: bool) -> str | None:
    """What is wrong with a number typed for an indicator of ``unit`` (a DfE mark allowed with
    ``mark``), or None; empty is never wrong here."""
    t = text.strip()
    if not t:
        return None
    if mark_of(t):
        return None if mark else f"{what} is a number (a mark stands only in the value's place)"
    if problem := percent_problem(t, unit, what):
        return problem
    try:
        value = parse_number(t)
    except ValueError as exc:
        return f"{what}: {exc}" + (" (or a mark: c, z, k or x)" if mark else "")
    return value_problem(value, unit, what)


def rag(value: float | None, target: float | None, polarity: str) -> str | None:
    """"green" at or better than the target, "amber" within 5% (relative) of it on the wrong side,
    "red" beyond; None without a value or a target, or when neither direction is better."""
    if value is None or target is None or polarity not in ("higher", "lower"):
        return None
    band = abs(target) * AMBER_BAND
    short = target - value if polarity == "higher" else value - target
    if short <= 0:
        return "green"
    return "amber" if short <= band else "red"


def trend(latest: float | None, previous: float | None) -> str | None:
    """"up", "down" or "flat" from the previous figure to the latest; None without both."""
    if latest is None or previous is None:
        return None
    if math.isclose(latest, previous, rel_tol=1e-9, abs_tol=1e-9):
        return "flat"
    return "up" if latest > previous else "down"


def judgement(direction: str | None, polarity: str) -> str | None:
    """Whether a trend is "better", "worse" or "same" by the indicator's polarity (None when
    neutral, or no trend)."""
    if direction is None or polarity not in ("higher", "lower"):
        return None
    if direction == "flat":
        return "same"
    return "better" if (direction == "up") == (polarity == "higher") else "worse"


# The agenda item the performance report paper goes under: the board's standing item
# "Performance report" (resources/seed/board.json), or as an officer may retitle it.
REPORT_ITEM = re.compile(r"\bperformance (report|scorecard)\b", re.IGNORECASE)


def is_report_item(title: str | None) -> bool:
    """Is this the agenda item the app's performance report paper goes under?"""
    return bool(REPORT_ITEM.search(title or ""))
