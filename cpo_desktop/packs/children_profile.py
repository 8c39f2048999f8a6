"""What a public document says about the children in the council's care (issue 22, point 6):
the profile the annual report and the induction pack print, as ``services.children_profile``
gathers it from the public scorecard (every number already through one suppression pass: a
hidden cell is the text "c", never a number). Plain content, no drawing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileRow:
    """One indicator as the profile table prints it."""

    key: str
    group: str  # "Children in care", "Placements", "Care leavers", "Health and education"
    name: str  # the indicator's name, as the board keeps it
    period: str  # "October 2026", "Jul–Sep 2026"
    now: str  # as printed: "478", "58.2%", "c"
    before_period: str  # the same period a year before ("October 2025"); "" when none
    before: str  # "493", "c", "" (no figure a year before)
    england: str  # "70.0", "" (none given)
    region: str
    neighbours: str
    change: str = ""  # "down 15", "up 2.1 points", "no change", "" (not both shown)


@dataclass(frozen=True)
class TrendSeries:
    name: str  # "Children looked after", "Entries into care"
    texts: tuple[str, ...]  # as printed in the table under the chart, one per period ("c", "–" too)
    values: tuple[float | None, ...]  # what the chart draws (None: hidden or no figure, a gap)


@dataclass(frozen=True)
class TrendChart:
    key: str  # "looked_after", "in_and_out"
    title: str  # the figure's caption
    kind: str  # "line" or "bars"
    axis: str  # "Children"
    periods: tuple[str, ...]  # the x axis: "Oct 25", "Jul–Sep 26"
    series: tuple[TrendSeries, ...]
    alt: str  # what the chart shows, in words: kept with the content and printed under it


@dataclass(frozen=True)
class ChildrenProfile:
    as_at: dt.date  # the day the figures are as at (each indicator's latest period ending by then)
    rows: tuple[ProfileRow, ...]  # () when no figures were recorded
    sentences: tuple[str, ...]  # the profile in words: "516 children … down from 612 a year before …"
    charts: tuple[TrendChart, ...]
    threshold: int  # counts from 1 to this are shown as "c"
    note: str  # what "c" and the other marks mean, when the table uses one; else ""
    empty_line: str  # the one plain line said when there are no figures
    in_care: str = ""  # the number in care against a year before (the first of ``sentences``), or ""

    @property
    def empty(self) -> bool:
        return not self.rows

    def headline(self, keys: tuple[str, ...]) -> tuple[ProfileRow, ...]:
        """The rows for ``keys``, in that order (those the profile has)."""
        by_key = {r.key: r for r in self.rows}
        return tuple(by_key[k] for k in keys if k in by_key)
