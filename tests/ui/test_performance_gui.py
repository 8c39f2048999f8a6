"""The Performance view (issue 22, point 7) as the CPO uses it: a view context on the demo board
with two years of figures imported through the services, the view driven through its own methods,
dialogs filled through prompts.ask and files chosen through prompts.open_file; what was saved is
read back through the services.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import demo_context, open_window, without_figures
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cpo_desktop.services import performance
from cpo_desktop.ui import prompts
from cpo_desktop.ui.performance import PerformanceView
from cpo_desktop.ui.performance.dialogs import (
    FigureDialog,
    FiguresImportDialog,
    IndicatorDialog,
    ThresholdDialog,
    split_problem,
)

MONTHS = [f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13)][11:-2]  # 2024-12 … 2026-10
QUARTERS = [f"{y}-Q{q}" for y in (2024, 2025, 2026) for q in range(1, 5)][:-1]  # 2024-Q1 … 2026-Q3


def write_figures(path: Path, *, shift: int = 0) -> Path:
    """Figures for every seeded indicator: 23 months or 11 quarters, children looked after from
    612 down to 516 (002), missing children a small count, exploitation risk with a mark (x)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["Indicator", "Period", "Value", "England", "Region", "Target"])
        for item in performance.load_seed():
            periods = MONTHS if item["period"] == "month" else QUARTERS
            for n, period in enumerate(periods):
                unit = item["unit"]
                value = {"count": 40 + n, "percentage": 60 + n, "rate": 120 - n}.get(unit, 300 + n)
                if item["key"] == "cla_number":
                    value = round(612 - 96 * n / (len(periods) - 1))
                if item["key"] == "missing_children":
                    value = 3 + n % 4
                text = "x" if item["key"] == "exploitation_risk" and n == 3 else str(value + shift)
                target = {"percentage": 75, "rate": 110}.get(unit, "")
                out.writerow([item["key"], period, text, 114 if unit == "rate" else "", 127.9 if unit == "rate" else "",
                              target])
    return path


@pytest.fixture
def ctx(demo_store, tmp_path):
    without_figures(demo_store)
    performance.apply(demo_store, performance.read_preview(demo_store, write_figures(tmp_path / "figures.csv")),
                      backup=False)
    return demo_context(demo_store)


@pytest.fixture
def view(qtbot, ctx):
    view = PerformanceView(ctx)
    qtbot.addWidget(view)
    view.resize(1150, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    settle(qtbot, ctx)
    return view


def settle(qtbot, ctx) -> None:
    for _ in range(2):  # a change's done() starts a reload: wait for that too
        qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=20000)
        qtbot.wait(20)


def line(view, key: str):
    return next(r for r in view.model.all_rows if r.key == key)


def shown_line(view, key: str):
    return next((r for r in view.model.rows if r.key == key), None)


def select(qtbot, view, key: str) -> None:
    settle(qtbot, view.ctx)
    r = line(view, key)
    if view.history is not None and view.history[0].id == r.id and view.selected() is r:
        return
    with qtbot.waitSignal(view.history_loaded, timeout=10000):
        assert view.select_indicator(r.id)


def stored(store, key: str, period: str):
    _ind, figures = performance.history(store, key)
    return next((f for f in figures if f.period == period), None)


# --- the table ------------------------------------------------------------------------------------

def test_the_table_fills_with_latest_previous_trend_comparators_and_sparklines(qtbot, view, ctx):
    current = [r for r in view.model.rows]
    assert len(current) == len(performance.load_seed()) and not any(r.former for r in current)
    cla = line(view, "cla_number")
    assert (cla.latest.period, cla.latest.text, cla.previous.text) == ("2026-10", "516", "520")
    row = view.model.rows.index(cla)
    cells = [view.model.index(row, c).data() for c in range(view.model.columnCount())]
    assert cells[2:5] == ["2026-10", "516", "520"]
    assert cells[5].startswith("▼")
    rate = line(view, "cla_rate")
    n = view.model.rows.index(rate)
    assert [view.model.index(n, c).data() for c in (6, 7, 9)] == ["114.0", "127.9", "110.0"]
    # A trend is coloured by the polarity: higher is better for a PEP percentage, which rose.
    pep = view.model.rows.index(line(view, "pep_pct"))
    assert view.model.index(pep, 5).data() == "▲ better"
    assert view.model.index(pep, 5).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1b6e20"
    assert view.model.index(pep, 10).data() == "Red"  # 70 against a target of 75
    # The sparkline: each row's last twelve figures, read in the one scorecard read (a mark is a gap).
    _ind, figures = performance.history(ctx.store, "cla_number")
    assert [c.value for c in cla.history] == [f.value for f in figures[-12:]] and len(cla.history) == 12
    assert [c.period for c in cla.history] == MONTHS[-12:]
    risk = line(view, "exploitation_risk")
    assert len(risk.history) == 11 and None in [c.value for c in risk.history]
    assert view.table.itemDelegateForColumn(11) is view.spark_delegate
    assert view.model.index(row, 11).data(Qt.ItemDataRole.AccessibleTextRole).endswith("2026-09: 520; 2026-10: 516")
    assert not view.grab().isNull()  # the delegates paint
    # The window shows every figure; the label says what the public papers hide.
    missing = line(view, "missing_children")
    assert missing.latest.text in {"3", "4", "5", "6"} and not missing.latest.hidden
    assert "every figure is shown here" in view.ui.privacyLabel.text()
    assert "from 1 to <b>5</b>" in view.ui.privacyLabel.text()
    assert view.ui.countLabel.text().startswith(f"{len(current)} indicators")


def test_sorts_and_filters_by_priority_words_and_retired(qtbot, view, ctx):
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    priorities = [r.priority for r in view.model.rows]
    assert [p for p in priorities if p] == sorted((p for p in priorities if p), key=str.casefold)
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # the latest figure, as a number
    values = [r.latest.value for r in view.model.rows if r.latest and r.latest.value is not None]
    assert values == sorted(values, reverse=True)
    safe = next(p for p in view.data.priorities if p.label == "Safe and Stable Homes")
    view.set_priority(safe.id)
    assert view.model.rows and all(r.priority == "Safe and Stable Homes" for r in view.model.rows)
    assert view.ui.countLabel.text().startswith(f"Showing {len(view.model.rows)} of")
    view.set_priority(None)
    QTest.keyClicks(view.filter, "dental")
    assert {"dental_checks", "dental_checks_pct"} <= {r.key for r in view.model.rows}
    assert all("dental" in (r.name + r.indicator.definition).casefold() for r in view.model.rows)
    assert len(view.model.rows) < 5
    view.filter.clear()
    # A retired indicator shows only on request.
    performance.retire_indicator(ctx.store, "exploitation_risk")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    assert shown_line(view, "exploitation_risk") is None
    view.ui.formerCheck.setChecked(True)
    assert shown_line(view, "exploitation_risk").former


# --- an indicator's history ---------------------------------------------------------------------------

def test_selecting_an_indicator_shows_its_chart_and_every_figure_with_its_changes(qtbot, view, ctx):
    performance.set_figure(ctx.store, "cla_number", "2026-10", value=518, source="corrected by BI")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    select(qtbot, view, "cla_number")
    chart = view.chart
    assert [p.period for p in chart.points] == MONTHS
    assert chart.points[-1].value == 518.0 and chart.points[0].value == 612.0
    assert "Chart of Children looked after" == chart.accessibleName()
    assert "2024-12" in chart.accessibleDescription() and "2026-10: 518" in chart.accessibleDescription()
    assert view.figure_model.rowCount() == len(MONTHS)
    first = view.figure_model.rows[0]  # newest first
    assert (first.period, first.value) == ("2026-10", 518.0)
    assert view.figure_model.index(0, 9).data() == "1"  # one change
    assert "value 516 → 518 (corrected by BI" in view.ui.changesLabel.text()
    assert not chart.grab().isNull()
    # A mark is a gap in the line, its mark kept.
    select(qtbot, view, "exploitation_risk")
    gap = chart.points[3]
    assert (gap.value, gap.mark) == (None, "x")
    assert "x" in chart.accessibleDescription()
    # The comparators and the target go into the chart too.
    select(qtbot, view, "cla_rate")
    assert (chart.points[-1].england, chart.points[-1].region, chart.points[-1].target) == (114.0, 127.9, 110.0)


# --- entering and changing figures ----------------------------------------------------------------------

def test_a_figure_entered_in_the_dialog_updates_the_table_and_undo_redo_put_it_back(qtbot, view, ctx, answers):
    select(qtbot, view, "cla_number")

    def fill(d):
        assert isinstance(d, FigureDialog)
        assert d.ui.indicatorCombo.currentData() == line(view, "cla_number").id
        QTest.keyClicks(d.ui.periodEdit, "Nov 2026")
        QTest.keyClicks(d.ui.valueEdit, "509")
        QTest.keyClicks(d.ui.englandEdit, "70")
        assert d.ok.isEnabled(), d.ui.problemLabel.text()
        assert "2026-11: 1 November 2026 to 30 November 2026" in d.ui.periodHint.text()
        return True

    answers.append(fill)
    view.add_figure()
    settle(qtbot, ctx)
    assert not answers
    cla = line(view, "cla_number")
    assert (cla.latest.period, cla.latest.text, cla.previous.text) == ("2026-11", "509", "516")
    assert stored(ctx.store, "cla_number", "2026-11").england == 70.0
    assert view.chart.points[-1].period == "2026-11"
    ctx.undo.stack.undo()
    settle(qtbot, ctx)
    assert line(view, "cla_number").latest.text == "516"
    assert stored(ctx.store, "cla_number", "2026-11") is None
    ctx.undo.stack.redo()
    settle(qtbot, ctx)
    assert line(view, "cla_number").latest.text == "509"


def test_editing_a_figure_keeps_its_history_and_undo_takes_the_change_back(qtbot, view, ctx, answers):
    select(qtbot, view, "cla_rate")
    assert view.selected_figure().period == "2026-10"

    def fill(d):
        assert d.ui.periodEdit.isReadOnly() and not d.ui.indicatorCombo.isEnabled()
        assert d.ui.valueEdit.text() == "98" and d.ui.regionEdit.text() == "127.9"
        d.ui.valueEdit.setText("114.9")
        d.ui.regionEdit.clear()  # a change clears an emptied field
        return True

    answers.append(fill)
    view.edit_figure()
    settle(qtbot, ctx)
    figure = stored(ctx.store, "cla_rate", "2026-10")
    assert (figure.value, figure.region) == (114.9, None)
    assert {(c.field, c.old, c.new) for c in figure.changes} == {("value", "98", "114.9"), ("region", "127.9", None)}
    ctx.undo.stack.undo()
    settle(qtbot, ctx)
    figure = stored(ctx.store, "cla_rate", "2026-10")
    assert (figure.value, figure.region, figure.changes) == (98.0, 127.9, ())


def test_a_bad_period_is_refused_as_you_type(qtbot, view):
    select(qtbot, view, "cla_number")
    dialog = FigureDialog(view.current_indicators(), line(view, "cla_number").id, limit=view.data.commentary_limit)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled() and not dialog.ui.problemLabel.isVisibleTo(dialog)  # a new form is not scolded
    QTest.keyClicks(dialog.ui.periodEdit, "2026-Q3")
    assert not dialog.ok.isEnabled()
    assert dialog.ui.problemLabel.isVisibleTo(dialog)
    assert "is monthly: give a month such as 2026-11, not the quarter 2026-Q3" in dialog.ui.problemLabel.text()
    dialog.ui.periodEdit.setText("2026-13")
    assert "“2026-13” is not a month" in dialog.ui.problemLabel.text()
    dialog.ui.periodEdit.setText("2026-11")
    QTest.keyClicks(dialog.ui.valueEdit, "12.5")
    assert "a count: a whole number" in dialog.ui.problemLabel.text() and not dialog.ok.isEnabled()
    dialog.ui.valueEdit.setText("c")
    assert dialog.ok.isEnabled() and "The DfE mark c: confidential" in dialog.ui.valueHint.text()
    assert dialog.entry().fields == {"value": "c"}


# --- the commentary ------------------------------------------------------------------------------------

def test_the_commentary_is_saved_on_the_latest_figure_and_undone(qtbot, view, ctx):
    select(qtbot, view, "cla_number")
    view.edit_commentary()
    assert view.ui.historyTabs.currentWidget() is view.ui.commentaryTab
    assert view.ui.commentaryPeriodCombo.currentData() == "2026-10"
    assert "public report" in view.ui.commentaryHint.text() and "privacy" in view.ui.commentaryHint.text()
    assert not view.ui.saveCommentaryButton.isEnabled()
    text = "516 children in care in October, down from 612 a year before: fewer entries."
    view.ui.commentaryEdit.setPlainText(text)
    assert view.ui.saveCommentaryButton.isEnabled() and "not saved" in view.ui.commentaryCount.text()
    view.ui.saveCommentaryButton.click()
    settle(qtbot, ctx)
    assert stored(ctx.store, "cla_number", "2026-10").commentary == text
    assert line(view, "cla_number").score.commentary == text
    assert view.ui.commentaryEdit.toPlainText() == text and not view.ui.saveCommentaryButton.isEnabled()
    # Over the limit: refused as it is typed.
    view.ui.commentaryEdit.setPlainText("x" * (performance.COMMENTARY_LIMIT + 1))
    assert not view.ui.saveCommentaryButton.isEnabled() and view.ui.commentaryProblem.isVisibleTo(view)
    view.ui.revertButton.click()
    assert view.ui.commentaryEdit.toPlainText() == text
    ctx.undo.stack.undo()
    settle(qtbot, ctx)
    assert stored(ctx.store, "cla_number", "2026-10").commentary == ""
    assert view.ui.commentaryEdit.toPlainText() == ""


def test_commentary_typed_is_saved_on_moving_to_another_indicator(qtbot, view, ctx):
    select(qtbot, view, "pep_pct")
    view.ui.commentaryEdit.setPlainText("Below target: the Virtual School is chasing the autumn PEPs.")
    select(qtbot, view, "cla_number")
    settle(qtbot, ctx)
    assert stored(ctx.store, "pep_pct", "2026-Q3").commentary.startswith("Below target")


# --- indicators ----------------------------------------------------------------------------------------

def test_indicators_are_added_edited_and_retired_with_undo(qtbot, view, ctx, answers, monkeypatch):
    safe = next(p for p in view.data.priorities if p.label == "Safe and Stable Homes")

    def add(d):
        assert isinstance(d, IndicatorDialog)
        QTest.keyClicks(d.ui.nameEdit, "Unaccompanied asylum-seeking children")
        assert d.ui.keyEdit.text() == "unaccompanied_asylum_seeking_children"
        d.ui.keyEdit.setText("uasc_number")
        d.ui.periodCombo.setCurrentIndex(d.ui.periodCombo.findData("month"))
        d.ui.priorityCombo.setCurrentIndex(d.ui.priorityCombo.findData(safe.id))
        d.ui.ownerEdit.setText("Head of Service " * 20)  # the service keeps it to 200 characters: so does OK
        assert not d.ok.isEnabled() and "200 characters" in d.ui.problemLabel.text()
        d.ui.ownerEdit.setText("Head of Service")
        assert d.ok.isEnabled(), d.ui.problemLabel.text()
        return True

    answers.append(add)
    view.add_indicator()
    settle(qtbot, ctx)
    new = line(view, "uasc_number")
    assert (new.priority, new.indicator.period, view.selected() is new) == ("Safe and Stable Homes", "month", True)

    def edit(d):
        assert d.ui.nameEdit.text() == "Unaccompanied asylum-seeking children"
        assert d.ui.priorityCombo.currentData() == safe.id
        d.ui.keyEdit.setText("cla_number")
        assert "the key “cla_number” is taken by “children looked after”" in d.ui.problemLabel.text().casefold()
        assert not d.ok.isEnabled()
        d.ui.keyEdit.setText("uasc_number")
        d.ui.priorityCombo.setCurrentIndex(0)
        d.ui.polarityCombo.setCurrentIndex(d.ui.polarityCombo.findData("lower"))
        return True

    answers.append(edit)
    view.edit_indicator()
    settle(qtbot, ctx)
    assert (line(view, "uasc_number").priority_id, line(view, "uasc_number").indicator.polarity) == (None, "lower")
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    view.retire_indicator()
    settle(qtbot, ctx)
    # Still in sight, as retired: the filter shows the retired so what was just changed is not lost.
    assert shown_line(view, "uasc_number").former and view.ui.formerCheck.isChecked()
    ctx.undo.stack.undo()  # the retirement
    settle(qtbot, ctx)
    assert not line(view, "uasc_number").former
    ctx.undo.stack.undo()  # the change
    settle(qtbot, ctx)
    assert (line(view, "uasc_number").priority_id, line(view, "uasc_number").indicator.polarity) == (safe.id, "neutral")
    ctx.undo.stack.undo()  # the addition
    settle(qtbot, ctx)
    assert not any(r.key == "uasc_number" for r in view.model.all_rows)


# --- the import ---------------------------------------------------------------------------------------

def test_the_import_preview_names_every_problem_by_row_and_column_and_imports_nothing(
        qtbot, view, ctx, answers, monkeypatch, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Indicator,Period,Value,Owner\n"
                   "cla_number,2026-11,520,Sam\n"
                   "cla_number,2026-Q3,5,\n"
                   "nobody,2026-11,3,\n"
                   "pep_pct,2026-Q3,120,\n", encoding="utf-8")
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: bad)
    seen = []

    def look(d):
        assert isinstance(d, FiguresImportDialog)
        rows = [(p.row, p.column) for p in d.problem_model.rows]
        assert rows == [(3, "Period"), (4, "Indicator"), (5, "Value")]
        texts = [d.problem_model.index(n, 2).data() for n in range(3)]
        assert "give a month such as 2026-11, not the quarter 2026-Q3" in texts[0]
        assert "There is no indicator “nobody”" in texts[1]
        assert "is a percentage: 0 to 100" in texts[2]
        assert "“Owner”" in d.ui.columnsLabel.text()  # the unknown column named
        assert not d.ok.isEnabled()
        assert "nothing can be imported while the file has problems" in d.ui.problemLabel.text().casefold()
        seen.append(d)
        return True  # even so, nothing is imported

    answers.append(look)
    view.import_figures()
    settle(qtbot, ctx)
    assert seen and not answers
    assert stored(ctx.store, "cla_number", "2026-11") is None
    assert ctx.undo.stack.count() == 0


def test_a_good_import_updates_the_table_backs_up_and_is_undone(qtbot, view, ctx, answers, monkeypatch, tmp_path):
    good = tmp_path / "revised.csv"
    good.write_text("Indicator,Period,Value,England,Region\n"
                    "cla_number,2026-11,510,,\n"
                    "cla_number,2026-10,517,,\n"
                    "cla_rate,2026-10,114.9,,127.9\n", encoding="utf-8")
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: good)

    def look(d):
        assert [f.status for f in d.figure_model.rows] == ["new", "changed", "changed"]
        assert "1 new · 2 changed · 0 unchanged · no problems" == d.ui.summaryLabel.text()
        assert d.ok.isEnabled() and d.ok.text() == "Import 3 Figures"
        return True

    answers.append(look)
    view.import_figures()
    settle(qtbot, ctx)
    cla = line(view, "cla_number")
    assert (cla.latest.period, cla.latest.text, cla.previous.text) == ("2026-11", "510", "517")
    assert line(view, "cla_rate").latest.text == "114.9"
    assert list(ctx.paths.backups.glob("*before-import*"))
    assert [c.field for c in stored(ctx.store, "cla_number", "2026-10").changes] == ["value"]
    ctx.undo.stack.undo()
    settle(qtbot, ctx)
    assert stored(ctx.store, "cla_number", "2026-11") is None
    figure = stored(ctx.store, "cla_number", "2026-10")
    assert (figure.value, figure.changes) == (516.0, ())
    assert line(view, "cla_number").latest.text == "516"
    ctx.undo.stack.redo()
    settle(qtbot, ctx)
    assert line(view, "cla_number").latest.text == "510"


def test_problems_are_split_into_row_column_and_text():
    p = split_problem("row 4, column “Value”: the value (12.5) is a count")
    assert (p.row, p.column, p.text) == (4, "Value", "the value (12.5) is a count")
    p = split_problem("row 9: cla_number in 2026-10 is given in row 3 too")
    assert (p.row, p.column) == (9, "")
    p = split_problem("column “2026-13”: “2026-13” is not a month")
    assert (p.row, p.column) == (None, "2026-13")


# --- the suppression threshold -------------------------------------------------------------------------

def test_the_threshold_dialog_sets_it_and_undo_puts_it_back(qtbot, view, ctx, answers):
    def fill(d):
        assert isinstance(d, ThresholdDialog)
        assert d.value() == 5 and (d.ui.thresholdSpin.minimum(), d.ui.thresholdSpin.maximum()) == (1, 20)
        d.ui.thresholdSpin.setValue(7)
        assert "Counts 1 to 7 will be shown as “c”" in d.ui.previewLabel.text()
        return True

    answers.append(fill)
    view.edit_threshold()
    settle(qtbot, ctx)
    assert performance.suppression_threshold(ctx.store) == 7
    assert "from 1 to <b>7</b>" in view.ui.privacyLabel.text()
    ctx.undo.stack.undo()
    settle(qtbot, ctx)
    assert performance.suppression_threshold(ctx.store) == 5
    assert "from 1 to <b>5</b>" in view.ui.privacyLabel.text()


def test_save_report_writes_the_chosen_meetings_version(qtbot, view, ctx, answers, tmp_path):
    """Save Report…: the next board meeting offered first, public by default, the restricted
    version warned of; each written where asked, as its version."""
    import subprocess

    from cpo_desktop.ui.performance.dialogs import ReportDialog

    chosen = {}

    def pick(version):
        def fill(d):
            assert isinstance(d, ReportDialog) and d.public() and d.ok.isEnabled()
            chosen["label"] = d.ui.meetingCombo.currentText()
            if version == "restricted":
                d.ui.restrictedRadio.setChecked(True)
                assert "every figure" in d.ui.problemLabel.text() and d.ok.isEnabled()
            return True
        return fill

    texts = {}
    for version in ("public", "restricted"):
        answers.append(pick(version))
        target = tmp_path / f"{version}.pdf"
        view.save_report(target)
        qtbot.waitUntil(lambda t=target: t.exists(), timeout=20000)
        settle(qtbot, ctx)
        texts[version] = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                                 check=True).stdout.split())
    assert chosen["label"] == "Wednesday 9 December 2026"  # the demo board's next meeting on its day
    assert "Public version" in texts["public"] and "NOT FOR PUBLICATION" in texts["restricted"]
    assert "Children who went missing" in texts["public"] and "NOT FOR PUBLICATION" not in texts["public"]


# --- in the window ---------------------------------------------------------------------------------------

def test_the_window_has_the_view_and_its_menu(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    window.menuPerformance.aboutToShow.emit()  # opening the menu builds and shows the view
    assert window.current_view() == "performance"
    view = window.performance_view
    qtbot.waitUntil(lambda: view.data is not None, timeout=20000)
    assert window.menuPerformance.title() == "Pe&rformance"
    texts = [a.text() for a in window.menuPerformance.actions() if not a.isSeparator()]
    assert texts == ["&Add Figure…", "&Edit Figure…", "Edit &Commentary", "Add I&ndicator…", "Edit In&dicator…",
                     "Retire Indicator…", "&Import Figures…", "Suppression T&hreshold…", "Save &Report…"]
    assert view.actions["import"].isEnabled() and view.actions["threshold"].isEnabled()
    assert len(view.model.rows) == len(performance.load_seed())
    # Commentary typed and not saved is saved on leaving the view, as a minute is.
    select(qtbot, view, "cla_number")
    view.ui.commentaryEdit.setPlainText("Fewer children came into care.")
    window.set_view("members")
    settle(qtbot, view.ctx)
    latest = {r.key: r for r in performance.show(window.store).rows}["cla_number"].latest.period
    assert stored(window.store, "cla_number", latest).commentary == "Fewer children came into care."
