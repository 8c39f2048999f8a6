# placeholder: replaced by the full rule at merge
"""Small-number suppression for public tables (issue 22): which cells a public version shows as
"c", and what a public table prints for a cell. Pure: no I/O, no SQL, no Qt.

This placeholder does primary suppression only: a count in a sensitive series from 1 to the
threshold, or a value that is not a finite number there, is hidden; so is a rate or percentage
whose numerator or denominator is hidden in the same period. Secondary suppression (a hidden
cell worked out from a total and its other parts) comes with the full rule.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

DEFAULT_THRESHOLD = 5  # counts 1..threshold are shown as "c" in public outputs
MARKS = {"c": "confidential", "z": "not applicable", "k": "rounds to zero", "x": "not available"}


@dataclass(frozen=True)
class Series:
    """One indicator's row in a table to be published."""

    key: str
    unit: str  # count, rate, percentage, days, other
    sensitive: bool  # small numbers in it could identify a child
    numerator_key: str | None = None  # a rate/percentage built from these counts
    denominator_key: str | None = None
    part_of_key: str | None = None  # a count that is one part of another series' total


def _finite(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def suppress(series: Sequence[Series], values: Mapping[tuple[str, str], float | None], *,
             threshold: int = DEFAULT_THRESHOLD) -> set[tuple[str, str]]:
    """The (key, period) cells the public version must show as "c" (values: every cell of the
    table, None where there is no figure). Fails closed: a value that is not a finite number in a
    sensitive count series is suppressed."""
    by_key = {s.key: s for s in series}
    hidden: set[tuple[str, str]] = set()
    for (key, period), value in values.items():
        s = by_key.get(key)
        if s is None or not s.sensitive or s.unit != "count" or value is None:
            continue
        if not _finite(value) or 0 < value <= threshold:
            hidden.add((key, period))
    for (key, period) in values:
        s = by_key.get(key)
        if s is None:
            continue
        if any(k and (k, period) in hidden for k in (s.numerator_key, s.denominator_key)):
            hidden.add((key, period))
    return hidden


def shown(value: float | None, mark: str | None, suppressed: bool, unit: str) -> str:
    """What a public table prints for a cell: "c" when suppressed, the DfE mark when there is no
    value ("z", "k", "x"), else the value formatted for its unit (count: 516; rate: 114.9;
    percentage: 61.5%)."""
    if suppressed:
        return "c"
    if value is None:
        return mark or ""
    if not _finite(value):
        return "c"
    if unit in ("count", "days"):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    if unit == "rate":
        return f"{value:,.1f}"
    if unit == "percentage":
        return f"{value:.1f}%"
    return f"{value:,g}"
