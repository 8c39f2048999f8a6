"""The public scorecard attacked as a whole (issue 22, point 4): random figures for the seeded
indicators in a real store, a random choice of rows, history and retired parts, then
``performance.show(public=True)``. The reader knows exactly the cells the public rows print as
numbers and nothing else in the store (hidden cells, rows the document leaves out, retired
indicators, figures older than its history); the exact linear algebra of
tests/suppression_checker.py (total = sum of parts, percentage = 100·n/d, rate = 10,000·n/d) must
not fix any small count (1..threshold) of a sensitive series anywhere in the store. A positive
control proves the checker finds one when the suppression is broken."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, update
from sqlmodel import select
from suppression_checker import recoverable

from cpo_desktop.model import performance_rules as rules
from cpo_desktop.model import suppression
from cpo_desktop.model.tables import Indicator, IndicatorFigure, IndicatorFigureChange
from cpo_desktop.services import performance
from cpo_desktop.services.children_profile import PRINTED

MONTHS = ("2026-01", "2026-02", "2026-03")
QUARTERS = ("2025-Q3", "2025-Q4", "2026-Q1")
PLACEMENTS = ("placement_foster", "placement_kinship", "placement_residential", "placement_adoption",
              "placement_other")
# The families a document prints together: the placements (parts of cla_number, whose percentage
# placements_3plus_pct also divides by cla_number), and percentages with their counts.
FAMILIES = (
    ("cla_number", *PLACEMENTS),
    ("placements_3plus", "placements_3plus_pct"),
    ("care_leavers_17_18", "eet_17_18", "eet_17_18_pct"),
    ("care_leavers_19_21", "eet_19_21", "eet_19_21_pct", "leavers_in_touch", "leavers_in_touch_pct",
     "suitable_accom", "suitable_accom_pct"),
    ("cla_12_months", "health_checks", "health_checks_pct", "dental_checks", "dental_checks_pct"),
    ("missing_episodes", "return_interviews", "return_interviews_pct"),
    ("cla_rate", "cla_starts"),
)
RETIRABLE = (*PLACEMENTS, "eet_17_18_pct", "placements_3plus_pct", "foster_inhouse_pct", "residential_pct")
# Harder structures than the seeded set, added by hand: a part that is a total itself (foster care,
# in-house and agency), a percentage whose denominator is a part, a percentage of a part over the
# total, and a sensitive rate per 10,000 over the total.
EXTRA = (
    performance.IndicatorInput("foster_inhouse", "In-house foster care", period="month", part_of_key="placement_foster"),
    performance.IndicatorInput("foster_agency", "Agency foster care", period="month", part_of_key="placement_foster"),
    performance.IndicatorInput("foster_inhouse_pct", "In-house share of foster care", unit="percentage",
                               period="month", numerator_key="foster_inhouse", denominator_key="placement_foster"),
    performance.IndicatorInput("residential_pct", "Share in residential care", unit="percentage", period="month",
                               numerator_key="placement_residential", denominator_key="cla_number"),
    performance.IndicatorInput("kinship_rate", "Kinship care per 10,000 in care", unit="rate", period="month",
                               numerator_key="placement_kinship", denominator_key="cla_number"),
)
HARD_FAMILIES = (
    (*FAMILIES[0], "foster_inhouse", "foster_agency", "foster_inhouse_pct", "residential_pct", "kinship_rate"),
    *FAMILIES[1:],
)
MONTHLY = {"cla_number", "cla_rate", *PLACEMENTS, *(i.key for i in EXTRA)}
SMALL_WORDS = ("one", "two", "three", "four", "five")

SETTINGS = settings(max_examples=75, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])

COUNT = st.one_of(st.integers(1, 5), st.integers(1, 5), st.just(0), st.integers(6, 40), st.integers(41, 900))


@st.composite
def scenarios(draw, families_from=None):
    """Indicator structure as seeded; figures for some families over 1-3 periods (a figure now and
    then missing, so indicators' histories end in different periods), many small counts, zeros and
    marks, totals and percentages that add up or not; a document's keys (every row, or its own
    choice that may leave out a part or a count); a count of periods; perhaps a retired part."""
    families_from = families_from or FAMILIES
    families = draw(st.lists(st.sampled_from(families_from), min_size=1, max_size=4, unique=True))
    if draw(st.integers(0, 3)):  # the placements (a total and its parts) most of the time
        families = [families_from[0], *(f for f in families if f is not families_from[0])]
    n = draw(st.integers(1, 3))
    figures: dict[tuple[str, str], tuple[float | None, str | None, str]] = {}
    for family in families:
        for i in range(n):
            for key in family:
                period = (MONTHS if key in MONTHLY else QUARTERS)[3 - n + i]
                if draw(st.integers(0, 4)) == 0:
                    continue  # no figure this period
                if draw(st.integers(0, 11)) == 0:
                    figures[(key, period)] = (None, draw(st.sampled_from("xkzc")), "")
                    continue
                if key.endswith("_pct"):
                    value = float(draw(st.integers(0, 1000))) / 10
                elif key.endswith("_rate"):
                    value = float(draw(st.integers(0, 2000))) / 10
                else:
                    value = float(draw(COUNT))
                words = draw(st.sampled_from(("", "", "{n} children moved", "{w} young people", "Q3 {n}")))
                figures[(key, period)] = (value, None, words.format(n=draw(st.integers(0, 9)),
                                                                    w=draw(st.sampled_from(SMALL_WORDS))))
        for period in {p for (_k, p) in figures}:  # totals and percentages that add up, now and then
            parts = [figures.get((k, period)) for k in PLACEMENTS]
            if "cla_number" in family and ("cla_number", period) in figures and draw(st.booleans()):
                total = sum(p[0] or 0 for p in parts if p)
                figures[("cla_number", period)] = (float(total), None, figures[("cla_number", period)][2])
            if "placement_foster" in family and ("placement_foster", period) in figures and draw(st.booleans()):
                total = sum((figures.get((k, period)) or (0,))[0] or 0 for k in ("foster_inhouse", "foster_agency"))
                figures[("placement_foster", period)] = (float(total), None, "")
            for key in family:
                if key in PERCENTAGES and (key, period) in figures and draw(st.booleans()):
                    ind_n, ind_d = PERCENTAGES[key]
                    top, bottom = figures.get((ind_n, period)), figures.get((ind_d, period))
                    per = 10_000 if key.endswith("_rate") else 100
                    if top and bottom and top[0] is not None and bottom[0] and top[0] <= bottom[0]:
                        figures[(key, period)] = (per * top[0] / bottom[0], None, "")
    printed_families = [k for f in families for k in f]
    keys = draw(st.one_of(st.none(), st.lists(st.sampled_from(printed_families), min_size=1, unique=True),
                          st.lists(st.sampled_from(PLACEMENTS), min_size=1, unique=True)))  # parts, no total
    retire = draw(st.one_of(st.none(), st.sampled_from(RETIRABLE)))
    return {"figures": figures, "keys": keys, "count": draw(st.integers(1, n + 1)), "retire": retire,
            "threshold": draw(st.sampled_from((5, 5, 3))),
            "period": draw(st.sampled_from((None, None, "2026-02-28")))}


PERCENTAGES = {"foster_inhouse_pct": ("foster_inhouse", "placement_foster"),
               "residential_pct": ("placement_residential", "cla_number"),
               "kinship_rate": ("placement_kinship", "cla_number"),
               "placements_3plus_pct": ("placements_3plus", "cla_number"),
               "eet_17_18_pct": ("eet_17_18", "care_leavers_17_18"), "eet_19_21_pct": ("eet_19_21", "care_leavers_19_21"),
               "leavers_in_touch_pct": ("leavers_in_touch", "care_leavers_19_21"),
               "suitable_accom_pct": ("suitable_accom", "care_leavers_19_21"),
               "health_checks_pct": ("health_checks", "cla_12_months"),
               "dental_checks_pct": ("dental_checks", "cla_12_months"),
               "return_interviews_pct": ("return_interviews", "missing_episodes")}


def load(store, scenario) -> None:
    """The scenario's figures in the store, and nothing else (the store is reused between examples)."""
    with store.session() as session:
        session.exec(delete(IndicatorFigureChange))
        session.exec(delete(IndicatorFigure))
        session.exec(update(Indicator).values(former=False))
        by_key = {i.key: i for i in session.exec(select(Indicator))}
        for (key, period), (value, mark, commentary) in scenario["figures"].items():
            ind = by_key[key]
            session.add(IndicatorFigure(indicator_id=ind.id, period=period,
                                        period_end=rules.period_for(period, ind.period, key).end, value=value,
                                        mark=mark, commentary=commentary, target=20.0))
    performance.set_suppression_threshold(store, scenario["threshold"])
    if scenario["retire"]:
        try:
            performance.retire_indicator(store, scenario["retire"])
        except performance.PerformanceError:
            pass  # something added to the store is built on it (the harder structure): not retired


def store_table(store):
    """Every indicator (retired too) as a series, and every figure's value in the store."""
    with store.session(write=False) as session:
        indicators = list(session.exec(select(Indicator)))
        names = {i.id: i.key for i in indicators}
        values = {(names[f.indicator_id], f.period): f.value for f in session.exec(select(IndicatorFigure))}
    series = [suppression.Series(i.key, i.unit, i.sensitive, i.numerator_key, i.denominator_key, i.part_of_key)
              for i in indicators]
    return series, values


def printed(card) -> set[tuple[str, str]]:
    """The cells a public paper prints as numbers (what the reader knows)."""
    return {(row.key, c.period) for row in card.rows for c in (row.latest, row.previous, *row.history)
            if c is not None and c.text not in suppression.MARKS}


def small_ones(series, values, threshold):
    sensitive = {s.key for s in series if s.sensitive and s.unit == "count"}
    return {cell for cell, v in values.items() if cell[0] in sensitive and suppression.is_small(v, threshold)}


def worked_out_small(card, store, threshold) -> set[tuple[str, str]]:
    """The small counts of the store that the printed cells and the equations fix."""
    series, values = store_table(store)
    known = printed(card)
    hidden = {cell for cell, v in values.items() if cell not in known and suppression.number_or_none(v) is not None}
    small = small_ones(series, values, threshold)
    return (recoverable(series, values, hidden) | known) & small


_OWN = object()  # public_card: the scenario's own keys


def public_card(store, scenario, keys=_OWN):
    return performance.show(store, scenario["period"], public=True, count=scenario["count"],
                            keys=scenario["keys"] if keys is _OWN else keys)


@SETTINGS
@given(scenarios())
def test_no_small_count_in_the_store_can_be_worked_out_from_a_public_scorecard(store, scenario):
    load(store, scenario)
    card = public_card(store, scenario)
    assert worked_out_small(card, store, card.threshold) == set()


@SETTINGS
@given(scenarios())
def test_two_public_papers_of_the_same_figures_give_nothing_away_together(store, scenario):
    """The annual report's rows, the performance report's and the command line's of the same
    figures, read side by side: the union of what they print fixes no small count."""
    load(store, scenario)
    cards = [public_card(store, scenario), public_card(store, scenario, keys=None)]
    cards.append(performance.show(store, scenario["period"], public=True, count=13, keys=PRINTED))
    series, values = store_table(store)
    known = set().union(*map(printed, cards))
    hidden = {cell for cell, v in values.items() if cell not in known and suppression.number_or_none(v) is not None}
    assert (recoverable(series, values, hidden) | known) & small_ones(series, values, cards[0].threshold) == set()
    texts: dict[tuple[str, str], set[str]] = {}
    for card in cards:  # a period's cell prints the same in every paper, whatever its rows and history
        for row in card.rows:
            for c in filter(None, (row.latest, row.previous, *row.history)):
                texts.setdefault((row.key, c.period), set()).add(c.text)
    assert {cell: t for cell, t in texts.items() if len(t) > 1} == {}


@SETTINGS
@given(scenarios())
def test_a_public_row_never_carries_a_hidden_value(store, scenario):
    load(store, scenario)
    card = public_card(store, scenario)
    threshold = card.threshold
    for row in card.rows:
        data = row.as_dict(public=True)
        assert "comparator_values" not in data and row.comparators == {}
        for cell in (data["latest"], data["previous"], *data["history"]):
            assert cell is None or set(cell) == {"period", "text"}
        for c in (row.latest, row.previous, *row.history):
            if c is not None:
                assert c.value is None and c.mark is None
                assert (c.text == "c") if c.hidden else True
        if (row.latest and row.latest.hidden) or (row.previous and row.previous.hidden):
            assert row.trend is None and row.judgement is None
        if row.latest and row.latest.hidden:
            assert row.rag is None
        words = re.findall(r"[^\W_]+", row.commentary)
        assert not [w for w in words if w.isdigit() and 0 < int(w) <= threshold]
        assert not [w for w in words if w.casefold() in SMALL_WORDS[:threshold]]
    json.dumps([r.as_dict(public=True) for r in card.rows])


def test_the_checker_finds_a_small_count_when_the_suppression_is_broken(store, monkeypatch):
    """Positive control: with rule 1 alone (no secondary or derived cells), some random scorecard
    gives a small count away to the same checker, so the properties above can fail."""
    monkeypatch.setattr(suppression, "suppress", suppression.primary)

    def leaks(scenario):
        load(store, scenario)
        card = public_card(store, scenario)
        return bool(worked_out_small(card, store, card.threshold))

    found = find(scenarios(), leaks, settings=settings(max_examples=200, deadline=None, database=None,
                                                       phases=[Phase.generate],  # the first one will do
                                                       suppress_health_check=list(HealthCheck)))
    assert leaks(found)
    monkeypatch.undo()
    load(store, found)
    assert worked_out_small(public_card(store, found), store, performance.suppression_threshold(store)) == set()


@pytest.mark.parametrize("keys", [None, ["cla_number", *PLACEMENTS]])
def test_the_restricted_scorecard_prints_what_the_checker_calls_a_small_count(store, keys):
    """The other control: the restricted scorecard prints every figure, small ones included."""
    scenario = {"figures": {("cla_number", "2026-03"): (40.0, None, ""), ("placement_foster", "2026-03"): (37.0, None, ""),
                            ("placement_other", "2026-03"): (3.0, None, "")},
                "keys": keys, "count": 2, "retire": None, "threshold": 5, "period": None}
    load(store, scenario)
    card = performance.show(store, public=False, keys=keys)
    assert worked_out_small(card, store, 5) == {("placement_other", "2026-03")}



def _figures(**by_period):
    return {(key, period): (float(v), None, "") for period, cells in by_period.items() for key, v in cells.items()}


def test_a_figure_older_than_its_rows_history_is_not_given_away_by_a_total_it_is_printed_beside(store):
    """The placements came in for March before the total did: foster's last two figures are
    February and March, cla_number's January and February. January's foster figure (3) is not
    printed, yet January's total less its other parts gave it (it did: the suppression saw only
    the cells each row prints, and took the missing part as known)."""
    scenario = {"figures": _figures(**{"2026-01": {"cla_number": 40, "placement_foster": 3, "placement_kinship": 37},
                                       "2026-02": {"cla_number": 40, "placement_foster": 0, "placement_kinship": 40},
                                       "2026-03": {"placement_foster": 0}}),
                "keys": None, "count": 2, "retire": None, "threshold": 5, "period": None}
    load(store, scenario)
    card = public_card(store, scenario)
    assert ("placement_foster", "2026-01") not in printed(card)  # not printed, so only arithmetic could give it
    assert worked_out_small(card, store, 5) == set()
    rows = {r.key: r for r in card.rows}
    assert {c.period: c.text for c in rows["cla_number"].history}["2026-01"] == "c" or \
        {c.period: c.text for c in rows["placement_kinship"].history}["2026-01"] == "c"


def test_two_papers_with_different_rows_do_not_give_a_part_away_together(store):
    """The performance report prints the total and every part (foster's 3 hidden, and the next
    smallest, other's 7, with it); a paper printing only some parts must hide other's 7 too, or
    the two side by side give 40 - 30 - 7 = 3 (they did: each paper's suppression saw only its
    own rows)."""
    scenario = {"figures": _figures(**{"2026-03": {"cla_number": 40, "placement_foster": 3, "placement_kinship": 30,
                                                   "placement_other": 7}}),
                "keys": None, "count": 2, "retire": None, "threshold": 5, "period": None}
    load(store, scenario)
    whole = public_card(store, scenario)
    assert {r.key: r.latest.text for r in whole.rows if r.latest} == {
        "cla_number": "40", "placement_foster": "c", "placement_kinship": "30", "placement_other": "c"}
    for keys in (["placement_other"], ["placement_kinship", "placement_other"], ["placement_foster", "placement_other"]):
        part = public_card(store, scenario, keys=keys)
        series, values = store_table(store)
        known = printed(whole) | printed(part)
        hidden = {cell for cell, v in values.items() if cell not in known and v is not None}
        assert recoverable(series, values, hidden) & small_ones(series, values, 5) == set(), keys
        assert {r.key: r.latest.text for r in part.rows} == {r.key: r.latest.text for r in whole.rows
                                                              if r.key in keys}  # the same cells hidden


def _with_harder_structure(store) -> None:
    keys = {i.key for i in performance.list_indicators(store, former=True)}
    for extra in EXTRA:
        if extra.key not in keys:
            performance.add_indicator(store, extra)


@SETTINGS
@given(scenarios(HARD_FAMILIES))
def test_nested_totals_and_percentages_of_parts_give_nothing_away(store, scenario):
    """Nested totals (a part that is a total), a percentage whose denominator is a part, a
    percentage and a rate of a part over the total; each paper alone and two side by side."""
    _with_harder_structure(store)
    load(store, scenario)
    cards = [public_card(store, scenario), public_card(store, scenario, keys=None)]
    threshold = cards[0].threshold
    assert worked_out_small(cards[0], store, threshold) == set()
    series, values = store_table(store)
    known = printed(cards[0]) | printed(cards[1])
    hidden = {cell for cell, v in values.items() if cell not in known and suppression.number_or_none(v) is not None}
    assert (recoverable(series, values, hidden) | known) & small_ones(series, values, threshold) == set()


@pytest.mark.parametrize("numerator", [None, "c", "x"])
def test_a_percentage_beside_its_denominator_does_not_give_a_count_with_no_figure_away(store, numerator):
    """Health checks for 2026-Q1 not entered (or marked "c" at source: the count is confidential),
    40 children in care for a year, 5.0% had their health check: 5% of 40 is 2 children. The
    percentage is hidden, as it is when the count is not in the table at all (it was shown)."""
    figures = _figures(**{"2026-Q1": {"cla_12_months": 40, "health_checks_pct": 5.0}})
    if numerator is not None:
        figures[("health_checks", "2026-Q1")] = (None, numerator, "")
    scenario = {"figures": figures, "keys": None, "count": 2, "retire": None, "threshold": 5, "period": None}
    load(store, scenario)
    for keys in (None, ["health_checks_pct", "cla_12_months"], ["health_checks_pct"]):
        rows = {r.key: r for r in public_card(store, scenario, keys=keys).rows}
        assert rows["health_checks_pct"].latest.text == "c", keys
    load(store, {**scenario, "figures": {**figures, ("health_checks_pct", "2026-Q1"): (50.0, None, "")}})
    rows = {r.key: r for r in public_card(store, scenario).rows}
    assert rows["health_checks_pct"].latest.text == "50.0%"  # 20 children: shown
