"""Ten years of monthly figures for 60 indicators (7,200 rows), as the performance benchmarks
(import, view, report) measure them: one generated CSV in the long layout, and a store with the
60 indicators.

``varied=False``: 60 count indicators, values 0–900 with England, region and a target (the import
and the view). ``varied=True``: a total with five parts (secondary suppression), percentages built
on counts, rates, counts with small values, every comparator, and commentary with small counts in
it on the latest figures (the report, so that suppression has cells to hide).
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from cpo_desktop import paths
from cpo_desktop.model.tables import Indicator
from cpo_desktop.services.startup import open_data

INDICATORS = 60
YEARS = 10
FIRST_YEAR = 2016
KEYS = [f"bench_{n:02d}" for n in range(INDICATORS)]


def shape(n: int, varied: bool = True) -> dict:
    """Indicator n's unit and links: a total with five parts, percentages on counts, rates, counts."""
    if not varied or n == 0:
        return dict(unit="count")
    if 1 <= n <= 5:
        return dict(unit="count", part_of_key=KEYS[0])
    if n % 7 == 0:
        return dict(unit="percentage", numerator_key=KEYS[n - 1], denominator_key=KEYS[0])
    if n % 5 == 0:
        return dict(unit="rate", sensitive=False)
    return dict(unit="count")


def months():
    for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
        for month in range(1, 13):
            yield year, month


def write_csv(path: Path, *, shift: int = 0, varied: bool = False) -> int:
    """The figures file; ``shift`` adds to every simple value (a revised file for a re-import).
    Returns the number of rows."""
    rng = random.Random(22 + shift)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        if not varied:
            out.writerow(["Indicator", "Period", "Value", "England", "Region", "Target"])
            for key in KEYS:
                for year, month in months():
                    out.writerow([key, f"{year}-{month:02d}", rng.randint(0, 900) + shift, rng.randint(100, 900),
                                  rng.randint(100, 900), 500])
                    rows += 1
            return rows
        out.writerow(["Indicator", "Period", "Value", "England", "Region", "Neighbours", "Target", "Commentary"])
        for n, key in enumerate(KEYS):
            unit = shape(n)["unit"]
            for year, month in months():
                if unit == "percentage":
                    value = round(rng.uniform(40, 90), 1)
                elif unit == "rate":
                    value = round(rng.uniform(80, 130), 1)
                elif n == 0:
                    value = rng.randint(500, 620)
                else:
                    value = rng.choice([rng.randint(0, 8), rng.randint(20, 90)])
                last = year == FIRST_YEAR + YEARS - 1 and month == 12
                note = (f"Three children moved in {year}; 2 returned home on 3 March {year}, in Q{month // 4 + 1}."
                        if last else "")
                places = 0 if unit == "count" else 1
                out.writerow([key, f"{year}-{month:02d}", value, *(round(value * k, places) or None
                                                                  for k in (1.1, 0.9, 1.05, 1.0)), note])
                rows += 1
    return rows


def new_store(folder: Path, *, varied: bool = False):
    """A new store with the 60 benchmark indicators beside the seeded ones (which have no figures)."""
    store = open_data(paths.resolve(folder), daily_backup=False)
    with store.session() as session:
        for n, key in enumerate(KEYS):
            session.add(Indicator(key=key, name=f"Benchmark indicator {n}", period="month", sort_order=100 + n,
                                  **shape(n, varied)))
    return store
