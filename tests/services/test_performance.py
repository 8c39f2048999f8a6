"""The performance scorecard's service (issue 22): indicators as data, figures with their history,
marks, RAG and trend, the spreadsheet import (long and wide, .xlsx and CSV), and the public and
restricted scorecards. Real stores built by the real migrations; real files written and read."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import pytest
from conftest import store_settled_sha256

from cpo_desktop.model import performance_rules as rules
from cpo_desktop.services import performance, settings, undo
from cpo_desktop.services.performance import FigureImportError, IndicatorInput, PerformanceError


def _xlsx(path, rows, percent_cells=()):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for ref in percent_cells:
        ws[ref].number_format = "0.0%"
    wb.save(path)
    return path


def _csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def _figures(store):
    con = sqlite3.connect(store.paths.database)
    try:
        return (con.execute("SELECT count(*) FROM indicator_figure").fetchone()[0],
                con.execute("SELECT count(*) FROM indicator_figure_change").fetchone()[0])
    finally:
        con.close()


# --- indicators ---------------------------------------------------------------------------------------

def test_the_seeded_set_has_000s_indicators_and_the_ssda903_set(store):
    rows = {r.key: r for r in performance.list_indicators(store)}
    # 000: entries, exits, length of time in care, placement categories, missing, exploitation, EET
    for key in ("cla_starts", "cla_ceased", "cla_length_days", "placement_foster", "missing_children",
                "exploitation_risk", "eet_19_21_pct", "eet_17_18_pct"):
        assert "000" in rows[key].source, key
    for key in ("cla_number", "cla_rate", "placements_3plus_pct", "stability_pct", "missing_episodes",
                "return_interviews_pct", "health_checks_pct", "dental_checks_pct", "pep_pct", "leavers_in_touch_pct",
                "suitable_accom_pct"):
        assert key in rows
    parts = sorted(k for k, r in rows.items() if r.part_of_key == "cla_number")
    assert parts == ["placement_adoption", "placement_foster", "placement_kinship", "placement_other",
                     "placement_residential"]
    assert (rows["eet_19_21_pct"].numerator_key, rows["eet_19_21_pct"].denominator_key) == ("eet_19_21",
                                                                                           "care_leavers_19_21")
    assert rows["cla_number"].polarity == "neutral" and rows["cla_number"].period == "month"
    assert rows["cla_rate"].sensitive is False and rows["missing_children"].sensitive is True
    assert rows["eet_19_21_pct"].priority == "Raising Aspirations"
    for r in rows.values():
        assert r.unit in rules.UNITS and r.polarity in rules.POLARITIES and r.period in rules.PERIOD_KINDS
        assert r.owner and r.definition


def test_an_existing_store_is_seeded_once_and_keeps_its_own(store):
    from sqlmodel import delete

    from cpo_desktop.model.tables import Indicator

    # A store made before indicators existed: no indicators and no note that they were seeded.
    with store.session() as session:
        session.exec(delete(Indicator))
        session.exec(delete(settings.SettingRow).where(settings.SettingRow.key == performance.SEEDED_KEY))
    assert performance.seed_indicators(store) is True
    assert len(performance.list_indicators(store)) == len(performance.load_seed())
    assert performance.seed_indicators(store) is False  # once
    performance.retire_indicator(store, "cla_length_days")
    assert performance.seed_indicators(store) is False
    assert "cla_length_days" not in {r.key for r in performance.list_indicators(store)}


def test_add_edit_and_retire_with_validation(store):
    new = performance.add_indicator(store, IndicatorInput(key="cla_under_5", name="Children under 5 looked after",
                                                          unit="count", polarity="neutral", period="month",
                                                          owner="Head of Service", part_of_key="cla_number"))
    assert performance.list_indicators(store)[-1].id == new
    for bad, words in ((dict(key="Bad Key"), "lower-case letters"), (dict(unit="litres"), "unit"),
                       (dict(polarity="up"), "polarity"), (dict(period="week"), "period"),
                       (dict(key="cla_number"), "taken"), (dict(name="Children looked after"), "already"),
                       (dict(numerator_key="eet_19_21"), "both"),
                       (dict(unit="percentage", numerator_key="eet_19_21", denominator_key="nope"), "nope"),
                       (dict(part_of_key="cla_rate"), "must be a count")):
        data = IndicatorInput(**{**dict(key="x_new", name="A new one"), **bad})
        with pytest.raises(PerformanceError, match=words):
            performance.add_indicator(store, data)
    data = performance.indicator_input(store, "cla_under_5")
    data.polarity = "lower"
    assert performance.update_indicator(store, "Children under 5 looked after", data) == (new, True)
    assert performance.update_indicator(store, "cla_under_5", data) == (new, False)
    # A key others refer to stays; a period of another kind is refused once there are figures.
    cla = performance.indicator_input(store, "cla_number")
    with pytest.raises(PerformanceError, match="used by"):
        performance.update_indicator(store, "cla_number", IndicatorInput(**{**cla.__dict__, "key": "cla_total"}))
    with pytest.raises(PerformanceError, match="stays a count"):
        performance.update_indicator(store, "cla_number", IndicatorInput(**{**cla.__dict__, "unit": "rate"}))
    performance.set_figure(store, "cla_under_5", "2026-10", value=40)
    with pytest.raises(PerformanceError, match="monthly figures"):
        performance.update_indicator(store, "cla_under_5", IndicatorInput(**{**data.__dict__, "period": "year"}))
    with pytest.raises(PerformanceError, match="edit or retire those first"):
        performance.retire_indicator(store, "cla_number")
    assert performance.retire_indicator(store, "cla_under_5") == "Children under 5 looked after"
    assert "cla_under_5" not in {r.key for r in performance.list_indicators(store)}
    with pytest.raises(PerformanceError, match="retired"):
        performance.set_figure(store, "cla_under_5", "2026-11", value=41)


# --- periods, figures and their history ----------------------------------------------------------------

def test_periods_are_calendar_months_quarters_and_years():
    assert rules.parse_period("2026-11") == rules.Period(dt.date(2026, 11, 30), "month", "2026-11")
    assert rules.parse_period("2026-Q3").end == dt.date(2026, 9, 30)
    assert rules.parse_period("q1 2025").text == "2025-Q1"
    assert rules.parse_period("2024").end == dt.date(2024, 12, 31)
    assert rules.parse_period("Dec 2024").text == "2024-12"
    assert rules.period_for("31/12/2024", "quarter").text == "2024-Q4"
    with pytest.raises(ValueError, match="financial year"):
        rules.parse_period("2025-26")
    with pytest.raises(ValueError, match="monthly"):
        rules.period_for("2026-Q3", "month", "cla_number")
    with pytest.raises(ValueError, match="not a period"):
        rules.parse_period("soon")


def test_set_and_change_a_figure_keeps_its_history(store):
    first = performance.set_figure(store, "cla_number", "2024-12", value=516, region=600, source="entered")
    assert first.created and set(first.changed) == {"value", "region"}
    same = performance.set_figure(store, "cla_number", "2024-12", value="516", region=600)
    assert not same.created and same.changed == ()
    assert _figures(store) == (1, 0)
    changed = performance.set_figure(store, "Children looked after", "2024-12", value="520", target=500,
                                     source="BI correction")
    assert set(changed.changed) == {"value", "target"}
    _, figures = performance.history(store, "cla_number")
    [fig] = figures
    assert (fig.value, fig.region, fig.target, fig.source) == (520, 600, 500, "BI correction")
    assert [(c.field, c.old, c.new, c.source) for c in fig.changes] == [
        ("value", "516", "520", "BI correction"), ("target", None, "500", "BI correction")]
    with pytest.raises(PerformanceError, match="monthly"):
        performance.set_figure(store, "cla_number", "2024-Q4", value=1)
    with pytest.raises(PerformanceError, match="whole number"):
        performance.set_figure(store, "cla_number", "2024-11", value=5.5)
    with pytest.raises(PerformanceError, match="0 to 100"):
        performance.set_figure(store, "eet_19_21_pct", "2024-Q4", value=150)
    with pytest.raises(PerformanceError, match="not a number"):
        performance.set_figure(store, "cla_number", "2024-11", value="lots")
    assert _figures(store) == (1, 2)


def test_marks_stand_in_for_a_value_never_beside_one(store):
    done = performance.set_figure(store, "missing_children", "2024-Q4", mark="Z")
    _, [fig] = performance.history(store, "missing_children")
    assert (fig.value, fig.mark) == (None, "z") and done.created
    with pytest.raises(PerformanceError, match="not both"):
        performance.set_figure(store, "missing_children", "2024-Q4", value=4, mark="c")
    with pytest.raises(PerformanceError, match="not a mark"):
        performance.set_figure(store, "missing_children", "2024-Q4", mark="q")
    performance.set_figure(store, "missing_children", "2024-Q4", value=4)  # a value replaces the mark
    _, [fig] = performance.history(store, "missing_children")
    assert (fig.value, fig.mark) == (4, None)
    assert [(c.field, c.old, c.new) for c in fig.changes] == [("value", None, "4"), ("mark", "z", None)]
    performance.set_figure(store, "missing_children", "2024-Q4", value="[k]")  # as DfE's tables write it
    _, [fig] = performance.history(store, "missing_children")
    assert (fig.value, fig.mark) == (None, "k")


def test_undo_of_a_figure_and_of_an_indicator(store):
    ind = {r.key: r for r in performance.list_indicators(store)}["cla_number"]
    snap = undo.figure()
    key = (ind.id, "2024-12")
    before = snap.capture(store, key)
    assert before == snap.absent(key)
    performance.set_figure(store, "cla_number", "2024-12", value=516)
    middle = snap.capture(store, key)
    performance.set_figure(store, "cla_number", "2024-12", value=520)
    snap.restore(store, middle)
    _, [fig] = performance.history(store, "cla_number")
    assert fig.value == 516 and fig.changes == ()
    snap.restore(store, before)
    assert performance.history(store, "cla_number")[1] == []
    isnap = undo.indicator()
    added = performance.add_indicator(store, IndicatorInput(key="uasc", name="Unaccompanied children"))
    isnap.restore(store, isnap.absent(added))
    assert "uasc" not in {r.key for r in performance.list_indicators(store, former=True)}
    was = isnap.capture(store, ind.id)
    data = performance.indicator_input(store, "cla_number")
    data.name = "Looked-after children"
    performance.update_indicator(store, "cla_number", data)
    isnap.restore(store, was)
    assert performance.indicator_input(store, "cla_number").name == "Children looked after"


# --- RAG and trend ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value,target,polarity,expected", [
    (62, 60, "higher", "green"), (60, 60, "higher", "green"), (57.5, 60, "higher", "amber"),
    (56.9, 60, "higher", "red"), (9, 10, "lower", "green"), (10.4, 10, "lower", "amber"), (10.6, 10, "lower", "red"),
    (50, 60, "neutral", None), (50, None, "higher", None), (None, 60, "higher", None)])
def test_rag_from_target_and_polarity(value, target, polarity, expected):
    assert rules.rag(value, target, polarity) == expected


def test_trend_and_whether_it_is_better_by_polarity():
    assert rules.trend(516, 612) == "down" and rules.trend(612, 516) == "up" and rules.trend(5, 5) == "flat"
    assert rules.judgement("down", "lower") == "better" and rules.judgement("down", "higher") == "worse"
    assert rules.judgement("up", "higher") == "better" and rules.judgement("flat", "higher") == "same"
    assert rules.judgement("down", "neutral") is None and rules.trend(None, 5) is None


def test_the_scorecard_judges_the_latest_figure(store):
    performance.set_figure(store, "eet_19_21_pct", "2024-Q3", value=58.0)
    performance.set_figure(store, "eet_19_21_pct", "2024-Q4", value=61.5, england=66, target=63)
    performance.set_figure(store, "missing_episodes", "2024-Q3", value=40)
    performance.set_figure(store, "missing_episodes", "2024-Q4", value=52, target=45)
    rows = {r.key: r for r in performance.show(store).rows}
    eet, missing = rows["eet_19_21_pct"], rows["missing_episodes"]
    assert (eet.trend, eet.judgement, eet.rag, eet.england, eet.target) == ("up", "better", "amber", "66.0%", "63.0%")
    assert (missing.trend, missing.judgement, missing.rag) == ("up", "worse", "red")
    # At an earlier period, the figures of then.
    rows = {r.key: r for r in performance.show(store, "2024-09").rows}
    assert rows["eet_19_21_pct"].latest.period == "2024-Q3" and rows["eet_19_21_pct"].previous is None


# --- import ---------------------------------------------------------------------------------------------

SEED_ROWS = [["Indicator", "Period", "Value", "England", "Region", "Neighbours", "Target"],
             ["Children looked after", "2023-12", 612, None, None, None, None],
             ["cla_number", "2024-12", 516, None, None, None, None],
             ["Children looked after per 10,000", "2020-03", 110, None, None, None, None],
             ["cla_rate", "2020-12", 114.9, 70, 127.9, None, None],
             ["missing_children", "2024-Q4", 3, None, None, None, None]]


def test_the_seeds_figures_imported_from_a_workbook_show_their_trend_and_comparator(store, tmp_path):
    """002: 516 children in care at December 2024 against 612 a year before; 004: 114.9 per 10,000
    against a Liverpool City Region average of 127.9 (up from 110 in March 2020)."""
    path = _xlsx(tmp_path / "bi.xlsx", SEED_ROWS)
    preview = performance.read_preview(store, path)
    assert preview.layout == "long" and preview.problems == [] and preview.count("new") == 5
    report = performance.apply(store, preview)
    assert (report.added, report.updated) == (5, 0) and report.backup.exists()
    card = performance.show(store, "2024-12")
    rows = {r.key: r for r in card.rows}
    cla, rate = rows["cla_number"], rows["cla_rate"]
    assert (cla.latest.value, cla.latest.period, cla.previous.value, cla.previous.period) == (516, "2024-12", 612,
                                                                                              "2023-12")
    assert (cla.trend, cla.judgement, cla.polarity) == ("down", None, "neutral")  # neither way is "better"
    assert (rate.latest.text, rate.previous.text, rate.region, rate.england) == ("114.9", "110.0", "127.9", "70.0")
    assert rate.trend == "up" and rate.comparators["region"] == 127.9
    # Public: the count of 3 is hidden; restricted: shown.
    public = {r.key: r for r in performance.show(store, "2024-12", public=True).rows}
    assert public["missing_children"].latest.text == "c" and public["missing_children"].latest.value is None
    assert rows["missing_children"].latest.text == "3" and rows["missing_children"].latest.value == 3
    assert "3" not in str(public["missing_children"].as_dict(True))


def test_a_wide_sheet_and_a_percentage_cell(store, tmp_path):
    path = _xlsx(tmp_path / "wide.xlsx", [
        ["Indicator", "Unit", "2024-Q3", "2024-Q4"],
        ["eet_19_21_pct", "%", 0.58, 0.615],
        ["Children who went missing", "count", 7, "c"]], percent_cells=("C2", "D2"))
    preview = performance.read_preview(store, path)
    assert preview.layout == "wide" and preview.problems == [] and preview.unknown_columns == ["Unit"]
    performance.apply(store, preview, backup=False)
    _, figures = performance.history(store, "eet_19_21_pct")
    assert [(f.period, f.value) for f in figures] == [("2024-Q3", 58.0), ("2024-Q4", 61.5)]
    _, figures = performance.history(store, "missing_children")
    assert [(f.period, f.value, f.mark) for f in figures] == [("2024-Q3", 7, None), ("2024-Q4", None, "c")]


def test_problems_are_named_by_row_and_column_and_nothing_is_imported(store, tmp_path):
    path = _csv(tmp_path / "bad.csv", [
        ["Indicator", "Period", "Value", "England", "Target"],
        ["cla_number", "2024-12", "516", "", ""],
        ["no_such_thing", "2024-12", "5", "", ""],
        ["cla_number", "2024-Q4", "516", "", ""],
        ["missing_children", "2024-Q4", "lots", "", ""],
        ["eet_19_21_pct", "2024-Q4", "61.5", "", "120"],
        ["cla_number", "2024-12", "517", "", ""],
        ["cla_number", "2024-11", "3.5", "", ""]])
    before = store_settled_sha256(store)
    preview = performance.read_preview(store, path)
    assert preview.problems == [
        "row 3, column “Indicator”: there is no indicator “no_such_thing” (give its key or its name)",
        "row 4, column “Period”: “Children looked after” is monthly: give a month such as 2026-11, not the quarter "
        "2024-Q4",
        "row 5, column “Value”: “lots” is not a number",
        "row 6, column “Target”: the target (120) is a percentage: 0 to 100",
        "row 7: cla_number in 2024-12 is given in row 2 too",
        "row 8, column “Value”: the value (3.5) is a count: a whole number, 0 or more"]
    with pytest.raises(FigureImportError, match="Nothing was imported"):
        performance.apply(store, preview)
    assert store_settled_sha256(store) == before
    wide = _csv(tmp_path / "wide.csv", [["Indicator", "2024-13", "2024-Q4"], ["cla_starts", "4", "x"]])
    assert performance.read_preview(store, wide).problems == [
        "column “2024-13”: “2024-13” is not a month (write it as 2026-11)"]


def test_reimport_updates_with_history_and_a_dry_run_changes_no_byte(store, tmp_path):
    first = _csv(tmp_path / "first.csv", [["Indicator", "Period", "Value", "Region"],
                                          ["cla_number", "2024-12", "516", ""], ["cla_number", "2024-11", "530", ""]])
    performance.apply(store, performance.read_preview(store, first), backup=False)
    second = _csv(tmp_path / "second.csv", [["Indicator", "Period", "Value", "Region"],
                                            ["cla_number", "2024-12", "518", "600"],
                                            ["cla_number", "2024-11", "530", ""],
                                            ["cla_number", "2025-01", "510", ""]])
    before = store_settled_sha256(store)
    preview = performance.read_preview(store, second)  # what a dry run does
    assert (preview.count("new"), preview.count("changed"), preview.count("unchanged")) == (1, 1, 1)
    assert store_settled_sha256(store) == before
    report = performance.apply(store, preview)
    assert (report.added, report.updated, report.unchanged) == (1, 1, 1)
    assert _figures(store) == (3, 2)
    _, figures = performance.history(store, "cla_number")
    dec = next(f for f in figures if f.period == "2024-12")
    assert (dec.value, dec.region, dec.source) == (518, 600, "second.csv")
    assert [(c.field, c.old, c.new, c.source) for c in dec.changes] == [("value", "516", "518", "second.csv"),
                                                                          ("region", None, "600", "second.csv")]


def test_a_file_that_is_not_figures_is_refused_whole(store, tmp_path):
    path = _csv(tmp_path / "people.csv", [["First name", "Surname"], ["Ann", "Lee"]])
    with pytest.raises(FigureImportError, match="no Indicator column"):
        performance.read_preview(store, path)
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(FigureImportError, match="not an Excel workbook"):
        performance.read_preview(store, tmp_path / "x.xlsx")


# --- suppression ---------------------------------------------------------------------------------------

def test_public_scorecard_hides_small_counts_and_what_is_built_on_them(store):
    performance.set_figure(store, "eet_19_21", "2024-Q4", value=4)
    performance.set_figure(store, "care_leavers_19_21", "2024-Q4", value=40)
    performance.set_figure(store, "eet_19_21_pct", "2024-Q4", value=10.0, target=60)
    performance.set_figure(store, "missing_children", "2024-Q3", value=2)
    performance.set_figure(store, "missing_children", "2024-Q4", value=9)
    public = {r.key: r for r in performance.show(store, public=True).rows}
    restricted = {r.key: r for r in performance.show(store).rows}
    for key in ("eet_19_21", "eet_19_21_pct"):
        assert public[key].latest.text == "c" and public[key].rag is None
        assert restricted[key].latest.text != "c"
    assert restricted["eet_19_21_pct"].rag == "red"
    assert public["missing_children"].previous.text == "c" and public["missing_children"].trend is None
    assert restricted["missing_children"].previous.text == "2" and restricted["missing_children"].trend == "up"
    # The threshold is the board's: at 1, a count of 2 is shown.
    performance.set_suppression_threshold(store, 1)
    assert performance.suppression_threshold(store) == 1
    with pytest.raises(settings.SettingsError):
        performance.set_suppression_threshold(store, 21)
    performance.set_figure(store, "missing_episodes", "2024-Q4", value=1)
    public = {r.key: r for r in performance.show(store, public=True).rows}
    assert public["missing_episodes"].latest.text == "c"
    assert performance.show(store, public=True).threshold == 1


def test_a_wide_sheet_whose_months_excel_made_dates(store, tmp_path):
    """Typing "Nov 2024" into a header cell, Excel keeps the date 01/11/2024: the month it falls in."""
    path = _xlsx(tmp_path / "months.xlsx", [
        ["KPI", dt.datetime(2024, 11, 1), dt.datetime(2024, 12, 1), "Dec 2024"],
        ["cla_number", 530, 516, None], ["cla_rate", None, 114.9, 114.9]])
    preview = performance.read_preview(store, path)
    assert preview.problems == ["row 3, column “Dec 2024”: cla_rate in 2024-12 is in column “01/12/2024” too"]
    assert [(f.period.text, f.fields["value"]) for f in preview.figures][:2] == [("2024-11", 530), ("2024-12", 516)]
    wrong = _xlsx(tmp_path / "twice.xlsx", [["Indicator", "2024-12", "Dec 2024"], ["cla_number", 1, 2]])
    with pytest.raises(FigureImportError, match="two columns for 2024-12"):
        performance.read_preview(store, wrong)


@pytest.mark.parametrize("written", ["Kayden LOWE's two episodes", "kayden lowe’s two episodes",
                                     "LOWE, Kayden: two episodes", "Kayden Lowe (two episodes)"])
def test_the_public_scorecard_never_names_a_young_person_in_the_commentary(demo_store, written):
    """The commentary is the officer's free text: the public scorecard passes the privacy rule (a
    young person by first name only), the restricted one shows it as written."""
    performance.set_figure(demo_store, "missing_children", "2026-Q3", value=12, commentary=written)
    public = next(r for r in performance.show(demo_store, public=True).rows if r.key == "missing_children")
    restricted = next(r for r in performance.show(demo_store).rows if r.key == "missing_children")
    # (and "two", a small count, is hidden as the figures' small counts are: one rule for both)
    assert "lowe" not in public.commentary.casefold() and "c episodes" in public.commentary
    assert restricted.commentary == written  # the positive control: the name was there to hide


def test_the_history_is_suppressed_with_the_rest_of_the_scorecard(store):
    """A chart's older periods are published too: a small count three quarters back is hidden in
    the public history (one suppression over every cell shown) and present in the restricted one."""
    for period, value in (("2024-Q1", 3), ("2024-Q2", 11), ("2024-Q3", 12), ("2024-Q4", 14)):
        performance.set_figure(store, "missing_children", period, value=value, england=20.0)
    public = {r.key: r for r in performance.show(store, public=True, count=6).rows}["missing_children"]
    restricted = {r.key: r for r in performance.show(store, count=6).rows}["missing_children"]
    assert [c.period for c in public.history] == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
    assert [c.text for c in public.history] == ["c", "11", "12", "14"]
    assert public.history[0].value is None and restricted.history[0].value == 3
    assert [c.text for c in restricted.history] == ["3", "11", "12", "14"]
    assert public.history[-1] == public.latest and public.history[0].england == 20.0
    # The default scorecard reads only the two latest figures: nothing older is published.
    assert len({r.key: r for r in performance.show(store, public=True).rows}["missing_children"].history) == 2
    assert [r.key for r in performance.show(store, keys=["missing_children"]).rows] == ["missing_children"]


PARTS = ("placement_foster", "placement_kinship", "placement_residential", "placement_adoption")


def test_a_part_not_printed_is_not_given_away_by_the_total_less_the_parts_printed(store):
    """A document that prints the total and all but one of its parts (its own choice of rows, or a
    part since retired) must not let the reader subtract: the unprinted part (3 children) joins the
    suppression, so a printed part is hidden with it and total − printed parts is two unknowns."""
    figures = {"cla_number": 500, "placement_foster": 380, "placement_kinship": 70, "placement_residential": 40,
               "placement_adoption": 7, "placement_other": 3}
    for key, value in figures.items():
        performance.set_figure(store, key, "2024-12", value=value)

    def worked_out(card) -> set[str]:
        """What a reader can subtract: the one part not printed, when every printed cell shows."""
        rows = {r.key: r for r in card.rows}
        if any(rows[k].latest.hidden for k in ("cla_number", *PARTS)):
            return set()
        return {str(int(float(rows["cla_number"].latest.text)) - sum(int(float(rows[k].latest.text)) for k in PARTS))}

    public = performance.show(store, public=True, keys=["cla_number", *PARTS])
    assert worked_out(public) == set()
    assert [r.key for r in public.rows] == ["cla_number", *PARTS]  # the unprinted part is not printed
    restricted = performance.show(store, keys=["cla_number", *PARTS])
    assert worked_out(restricted) == {"3"}  # the positive control: all printed, the 3 falls out
    # A part retired from the scorecard still counts in the total's equation.
    performance.retire_indicator(store, "placement_other")
    assert worked_out(performance.show(store, public=True)) == set()
    assert worked_out(performance.show(store)) == {"3"}
