"""Performance report benchmark (issue 22): with ten years of monthly figures for 60 indicators
(7,200 figures, imported from CSV through the real import), the report for a meeting builds in
under 3 s.

Run on purpose (excluded from the default run):

    .venv/bin/python -m pytest tests/benchmarks/test_performance_report_speed.py -p no:cacheprovider -s -o addopts=""

The indicators are counts (some sensitive, with small values, so suppression has cells to hide),
five parts of a total (secondary suppression), percentages built on counts and rates; every figure
has England, region, neighbours and a target, and the latest ones commentary with small counts in
it. Measured: ``performance_report.build`` (the scorecard for the meeting's day, the content, the
PDF with 60 charts, the privacy rule's read-back of the public one, the file written to a temporary
name and renamed), public and restricted, median of 5 after a warm-up.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import random
import statistics
import tempfile
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from cpo_desktop import paths
from cpo_desktop.model.tables import Indicator
from cpo_desktop.services import meetings, performance, performance_report
from cpo_desktop.services.startup import open_data

pytestmark = pytest.mark.benchmark

INDICATORS = 60
YEARS = 10
ROUNDS = 5
LIMIT_S = 3.0
KEYS = [f"bench_{n:02d}" for n in range(INDICATORS)]
MEETING = dt.date(2026, 1, 14)


def shape(n: int) -> dict:
    """Indicator n's unit and links: a total with five parts, percentages on counts, rates, counts."""
    if n == 0:
        return dict(unit="count")
    if 1 <= n <= 5:
        return dict(unit="count", part_of_key=KEYS[0])
    if n % 7 == 0:
        return dict(unit="percentage", numerator_key=KEYS[n - 1], denominator_key=KEYS[0])
    if n % 5 == 0:
        return dict(unit="rate", sensitive=False)
    return dict(unit="count")


def write_csv(path: Path) -> int:
    rng = random.Random(22)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["Indicator", "Period", "Value", "England", "Region", "Neighbours", "Target", "Commentary"])
        for n, key in enumerate(KEYS):
            unit = shape(n)["unit"]
            for year in range(2016, 2016 + YEARS):
                for month in range(1, 13):
                    if unit == "percentage":
                        value = round(rng.uniform(40, 90), 1)
                    elif unit == "rate":
                        value = round(rng.uniform(80, 130), 1)
                    elif n == 0:
                        value = rng.randint(500, 620)
                    else:
                        value = rng.choice([rng.randint(0, 8), rng.randint(20, 90)])
                    last = year == 2016 + YEARS - 1 and month == 12
                    note = (f"Three children moved in {year}; 2 returned home on 3 March {year}, in Q{month // 4 + 1}."
                            if last else "")
                    places = 0 if unit == "count" else 1
                    out.writerow([key, f"{year}-{month:02d}", value, *(round(value * k, places) or None
                                                                      for k in (1.1, 0.9, 1.05, 1.0)), note])
                    rows += 1
    return rows


def new_store(folder: Path):
    store = open_data(paths.resolve(folder), daily_backup=False)
    with store.session() as session:
        for n, key in enumerate(KEYS):
            session.add(Indicator(key=key, name=f"Benchmark indicator {n}", period="month", sort_order=100 + n,
                                  **shape(n)))
    return store


def timed(work) -> float:
    gc.collect()
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def test_the_report_for_a_meeting_builds_in_under_three_seconds():
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "figures.csv"
        assert write_csv(source) == INDICATORS * YEARS * 12
        store = new_store(folder / "data")
        performance.apply(store, performance.read_preview(store, source), backup=False)
        meeting, _ = meetings.add_meeting(store, meetings.MeetingInput(date=MEETING, start_time=dt.time(14)),
                                          anyway=True)
        times: dict[str, list[float]] = {"public": [], "restricted": []}
        for version in times:
            public = version == "public"
            target = folder / f"{version}.pdf"
            performance_report.build(store, meeting, public=public, target=target)  # warm-up
            for _ in range(ROUNDS):
                times[version].append(timed(lambda: performance_report.build(store, meeting, public=public,
                                                                             target=target)))
            pages = len(PdfReader(target).pages)
            print(f"\n{version}: median {statistics.median(times[version]):.2f} s over {ROUNDS} "
                  f"({', '.join(f'{t:.2f}' for t in times[version])}); {pages} pages")
        store.close()
        assert statistics.median(times["public"]) < LIMIT_S
        assert statistics.median(times["restricted"]) < LIMIT_S
