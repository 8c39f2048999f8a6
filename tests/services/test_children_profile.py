"""The children in our care in the public documents (issue 22, point 6): the annual report's
profile and trends and the induction pack's "The children we care for", from figures imported
through the real import into a real store, read back from the PDFs; small counts hidden in the
public documents and present in the restricted scorecard; and the demo's figures.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import DEMO_DAY
from pypdf import PdfReader

from cpo_desktop.model import performance_rules as rules
from cpo_desktop.packs import annual_report_pdf
from cpo_desktop.services import annual_report, children_profile, induction, meetings, performance
from cpo_desktop.services.meetings import MeetingInput

D = dt.date
YEAR = 2025  # 2025/26: the report is as at 30 April 2026
TODAY = D(2026, 6, 1)
COLETTE = "colette.farrell@example.org"

HEADER = "Indicator,Period,Value,England,Region,Neighbours,Target"


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def _import(store, tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "figures.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    preview = performance.read_preview(store, path)
    assert not preview.problems, preview.problems
    performance.apply(store, preview, backup=False)


def _figures(first: int = 612, last: int = 516) -> list[str]:
    """The seeds' year (002: 612 children in care a year before, 516 now), moved to the months of
    a municipal year's end; the O&S report's rate and region (004); a small count of children
    placed for adoption (its total and the other placements shown); four care leavers aged 17–18
    in education, employment or training out of six; four children entering care in one quarter."""
    lines = []
    for n in range(13):  # April 2025 .. April 2026, evenly from first to last
        year, month = (2025, 4 + n) if n <= 8 else (2026, n - 8)
        value = round(first + (last - first) * n / 12)
        lines.append(f"cla_number,{year}-{month:02d},{value},,,,")
    lines += [
        "cla_rate,2025-04,114.0,70.0,121.3,107.5,",
        "cla_rate,2026-04,114.9,69.0,127.9,103.1,",
        "cla_starts,2025-Q1,43,,,,", "cla_ceased,2025-Q1,51,,,,",
        "cla_starts,2025-Q2,36,,,,", "cla_ceased,2025-Q2,60,,,,",
        "cla_starts,2025-Q3,4,,,,", "cla_ceased,2025-Q3,53,,,,",
        "cla_starts,2025-Q4,33,,,,", "cla_ceased,2025-Q4,56,,,,",
        "cla_starts,2026-Q1,29,,,,", "cla_ceased,2026-Q1,56,,,,",
        f"placement_foster,2026-04,{last - 196},,,,", "placement_kinship,2026-04,71,,,,",
        "placement_residential,2026-04,55,,,,", "placement_adoption,2026-04,3,,,,",
        "placement_other,2026-04,67,,,,",
        "care_leavers_17_18,2026-Q1,6,,,,", "eet_17_18,2026-Q1,4,,,,",
        "eet_17_18_pct,2026-Q1,66.7,66.0,64.8,65.3,70",
        "care_leavers_19_21,2026-Q1,180,,,,", "eet_19_21,2026-Q1,94,,,,",
        "eet_19_21_pct,2026-Q1,52.2,56.0,55.0,55.4,55",
        "care_leavers_19_21,2025-Q1,178,,,,", "eet_19_21,2025-Q1,84,,,,",
        "eet_19_21_pct,2025-Q1,47.2,56.0,55.0,55.4,55",
    ]
    return lines


@pytest.fixture
def board(store):
    """A board with one meeting held in 2025/26, so that its annual report can be made."""
    mid, _ = meetings.add_meeting(store, MeetingInput(D(2025, 6, 11), dt.time(14, 0), theme="Being Heard",
                                                      venue="Bootle Town Hall"), anyway=True)
    meetings.set_status(store, mid, "held", today=TODAY)
    return store


# --- the annual report ----------------------------------------------------------------------------

def test_the_annual_report_gives_the_profile_against_a_year_before_and_the_comparators(board, tmp_path):
    _import(board, tmp_path, _figures())
    c = annual_report.content(board, YEAR, today=TODAY)
    assert c.as_at == D(2026, 4, 30)
    said = c.section("children").paragraphs
    assert c.summary.endswith(said[0])  # the front page gives the number too
    assert said[0] == "The number of children in care at the end of April 2026 was 516, down from 612 a year " \
                      "before (April 2025)."
    assert said[1] == ("That is 114.9 children in care per 10,000 children in the borough at the end of April 2026, "
                       "against 69.0 for England, 127.9 for the region and 103.1 for our statistical neighbours.")
    rows = {r.key: r for r in c.profile.rows}
    assert (rows["cla_number"].now, rows["cla_number"].before, rows["cla_number"].change) == ("516", "612", "down 96")
    assert (rows["cla_rate"].england, rows["cla_rate"].region) == ("69.0", "127.9")
    assert (rows["eet_19_21_pct"].now, rows["eet_19_21_pct"].before, rows["eet_19_21_pct"].change,
            rows["eet_19_21_pct"].england) == ("52.2%", "47.2%", "up 5.0 points", "56.0%")
    assert "better for care leavers aged 19–21 in education, employment or training" in " ".join(said)
    assert c.tables[:3] == ("profile", "trend_looked_after", "trend_in_and_out")
    assert c.figures[:2] == ("trend_looked_after", "trend_in_and_out")

    result = annual_report.build(board, YEAR, target=tmp_path / "report.pdf", today=TODAY)
    text = _text(result.path)
    assert "2. The Children in Our Care" in text
    assert "The number of children in care at the end of April 2026 was 516, down from 612 a year before" in text
    assert "Children looked after April 2026 516 612" in text
    assert "Children looked after per 10,000 April 2026 114.9 114.0 69.0 127.9 103.1" in text
    assert "Table 1: The children in our care: the latest figures at 30 April 2026" in text
    # The charts: captions, their alt text printed under them, their numbers in tables.
    looked_after, in_and_out = c.profile.charts
    assert looked_after.alt == ("Line chart of the children looked after at the end of each month, April 2025 to "
                                "April 2026: the number fell from 612 to 516.")
    for chart, n in ((looked_after, 1), (in_and_out, 2)):
        assert f"Figure {n}: {chart.title}" in text
        assert chart.alt in text
    assert "Table 2: The numbers in Figure 1" in text and "Table 3: The numbers in Figure 2" in text


def test_a_small_count_is_c_in_the_report_with_what_gives_it_away_and_all_there_restricted(board, tmp_path):
    _import(board, tmp_path, _figures())
    c = annual_report.content(board, YEAR, today=TODAY)
    rows = {r.key: r for r in c.profile.rows}
    # Three children placed for adoption: hidden, and the smallest other placement with it (the
    # total is shown, so one hidden part could be worked out by subtraction).
    assert rows["placement_adoption"].now == "c" and rows["placement_residential"].now == "c"
    assert (rows["cla_number"].now, rows["placement_foster"].now, rows["placement_kinship"].now) == ("516", "320", "71")
    # Four of six care leavers aged 17–18 in EET: the count is hidden, and so is the percentage
    # built on it (66.7% of 6 gives 4 back).
    assert rows["eet_17_18_pct"].now == "c" and rows["eet_17_18_pct"].england == "66.0%"
    # Four children came into care in Jul–Sep 2025: "c" in the chart's table, no bar in the chart.
    _, in_and_out = c.profile.charts
    came = in_and_out.series[0]
    assert came.texts[in_and_out.periods.index("Jul–Sep 25")] == "c"
    assert came.values[in_and_out.periods.index("Jul–Sep 25")] is None
    assert c.profile.note.startswith("c: hidden to protect children's privacy")

    text = _text(annual_report.build(board, YEAR, target=tmp_path / "report.pdf", today=TODAY).path)
    assert "Placement: placed for adoption April 2026 c" in text
    assert "Placement: residential care April 2026 c" in text
    assert "In education, employment or training, 17–18 (%) Jan–Mar 2026 c" in text
    assert "66.7%" not in text
    assert "c: hidden to protect children's privacy" in text

    # The restricted scorecard has every figure.
    card = {r.key: r for r in performance.show(board, "2026-04-30").rows}
    assert card["placement_adoption"].latest.value == 3 and card["placement_residential"].latest.value == 55
    assert card["eet_17_18"].latest.value == 4 and card["eet_17_18_pct"].latest.value == 66.7
    assert card["cla_starts"].previous.period == "2025-Q4"
    restricted = {c.period: c.value for c in performance.show(board, "2026-04-30", count=13).rows[2].history}
    assert restricted["2025-Q3"] == 4


def test_more_children_than_a_year_before_says_up(board, tmp_path):
    _import(board, tmp_path, _figures(first=516, last=612))
    said = annual_report.content(board, YEAR, today=TODAY).section("children").paragraphs[0]
    assert said == ("The number of children in care at the end of April 2026 was 612, up from 516 a year before "
                    "(April 2025).")


def test_no_figures_the_section_says_so_in_one_line(board, tmp_path):
    c = annual_report.content(board, YEAR, today=TODAY)
    assert c.profile.empty
    line = "No figures about the children in our care had been recorded for the year to 30 April 2026."
    assert c.section("children").paragraphs == (line,)
    assert "profile" not in c.tables and not c.figures[:1] == ("trend_looked_after",)
    text = _text(annual_report.build(board, YEAR, target=tmp_path / "report.pdf", today=TODAY).path)
    assert f"2. The Children in Our Care 2.1 {line}" in text
    assert "Latest" not in text and "Year before" not in text  # no empty table


def test_the_trend_colours_stand_out_against_white():
    def luminance(colour) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        r, g, b = (channel(x) for x in colour.rgb())
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    for colour in annual_report_pdf.TREND_COLOURS:
        assert 1.05 / (luminance(colour) + 0.05) >= 3, colour


def test_the_profile_is_one_public_scorecard(board, tmp_path, monkeypatch):
    """Everything the profile prints comes from one public show(): one suppression pass."""
    _import(board, tmp_path, _figures())
    calls = []
    real = performance.show

    def show(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(performance, "show", show)
    children_profile.profile(board, D(2026, 4, 30))
    assert len(calls) == 1 and calls[0]["public"] is True
    assert set(children_profile.PRINTED) <= set(calls[0]["keys"])


# --- the induction pack ---------------------------------------------------------------------------

def test_the_induction_pack_gives_the_children_we_care_for(demo_store, tmp_path):
    result = induction.build(demo_store, COLETTE, target=tmp_path / "pack.pdf", today=DEMO_DAY, issue=False)
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(str(result.path)).pages]
    page = next(p for p in pages[2:] if "6. The children we care for" in p)
    for words in ("It receives a performance report at every meeting", "The figures on 23 November 2026",
                  "The number of children in care at the end of October 2026 was 478, down from 493 a year before "
                  "(October 2025).", "Figure Period Ours England", "Children looked after October 2026 478 –",
                  "Children looked after per 10,000 October 2026 89.0 69.0",
                  "In education, employment or training, 19–21 (%) Jul–Sep 2026 52.2% 56.0%"):
        assert words in page, words


def test_the_induction_pack_before_any_figures_says_so(demo_store):
    doc = induction.content(demo_store, COLETTE, today=D(2020, 1, 1))
    assert doc.children == ()
    assert doc.children_said == ("No figures about the children in our care had been recorded for the year to "
                                 "1 January 2020.")
    # The O&S report's figures of 2020 and 2021 are more than a year old by the end of 2022: not "now".
    assert induction.content(demo_store, COLETTE, today=D(2022, 12, 1)).children == ()
    assert [r.now for r in induction.content(demo_store, COLETTE, today=D(2021, 12, 1)).children] == ["617", "114.9"]


# --- the demo's figures ---------------------------------------------------------------------------

def test_the_demo_holds_the_seeds_figures_at_their_dates(demo_store):
    card = {r.key: r for r in performance.show(demo_store, "2024-12", count=13).rows}
    number = card["cla_number"]
    assert (number.latest.period, number.latest.value) == ("2024-12", 516)
    assert {c.period: c.value for c in number.history}["2023-12"] == 612
    _, rate = performance.history(demo_store, "cla_rate")
    at = {f.period: f for f in rate}
    assert (at["2021-09"].value, at["2021-09"].region) == (114.9, 127.9)
    assert at["2020-03"].value == 110.0


def test_the_demo_has_figures_up_to_the_last_period_over_and_none_after(demo_store):
    card = performance.show(demo_store)
    latest = {r.key: r.latest.period for r in card.rows if r.latest}
    assert len(latest) == len(card.rows) == 38  # every seeded indicator
    assert latest["cla_number"] == "2026-10" and latest["cla_starts"] == "2026-Q3"
    assert all(rules.period_for(p, "month" if "-Q" not in p else "quarter").end < DEMO_DAY for p in latest.values())
    # Placements never add up to more than the children looked after; the percentages agree with
    # their counts.
    for row in card.rows:
        if row.key == "eet_19_21_pct":
            counts = {r.key: r.latest.value for r in card.rows}
            assert row.latest.value == pytest.approx(100 * counts["eet_19_21"] / counts["care_leavers_19_21"], abs=0.05)
    parts = sum(r.latest.value for r in card.rows if r.key.startswith("placement_"))
    assert parts <= next(r.latest.value for r in card.rows if r.key == "cla_number")


def test_the_demo_shows_small_counts_as_c_in_public(demo_store):
    public = performance.show(demo_store, public=True, count=6)
    hidden = {(r.key, c.period) for r in public.rows for c in r.history if c.text == "c"}
    assert {k for k, _ in hidden} >= {"exploitation_risk", "placement_adoption"}
    restricted = {(r.key, c.period): c.value for r in performance.show(demo_store, count=6).rows for c in r.history}
    assert all(restricted[cell] is not None for cell in hidden)


def test_a_hidden_month_leaves_a_gap_in_the_line_and_a_c_in_its_table(board, tmp_path):
    lines = [x for x in _figures() if not x.startswith("cla_number,2025-09,")] + ["cla_number,2025-09,3,,,,"]
    _import(board, tmp_path, lines)
    c = annual_report.content(board, YEAR, today=TODAY)
    looked_after = c.profile.charts[0]
    assert looked_after.series[0].texts[looked_after.periods.index("Sep 25")] == "c"
    assert "(a number hidden as “c” leaves a gap)" in looked_after.alt
    text = _text(annual_report.build(board, YEAR, target=tmp_path / "report.pdf", today=TODAY).path)
    assert "Children looked after 612 604 596 588 580 c 564" in text
