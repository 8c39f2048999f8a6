"""The Performance view (issue 22, point 7): each indicator with its latest figure, the one before,
the trend, the comparators, the target, the RAG rating and a sparkline of its last figures;
filtered by the board's priority and by words. Selecting an indicator shows its history as a chart
and a table of every figure with its changes, and its commentary to edit.

Like the other views it shows service results only: the table is one read
(``performance.show(count=12)`` and the indicators, ``data.read``) and an indicator's history one
more, both off the UI thread (``ctx.op``). Every change goes through ``ctx.undo``: a figure, an
indicator, the commentary, the threshold and an import are each one step of Edit › Undo.

The officer's own window shows every figure (the restricted version); the label over the table
says so, and what the public papers hide (counts from 1 to the board's threshold).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from cpo_desktop import dates
from cpo_desktop.ui import prompts, viewinfo
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.performance.chart import JUDGEMENT_COLOURS, HistoryChart, Point, RagDelegate, SparklineDelegate
from cpo_desktop.ui.performance.data import (
    SPARK_COUNT,
    Line,
    Loaded,
    indicator_tip,
    number_text,
    read,
    read_history,
    trend_text,
)
from cpo_desktop.ui.style import GREY, LOCKED_BANNER
from cpo_desktop.ui.tablemodel import Column, FilteredRowsModel, RowsModel, RowStyle
from cpo_desktop.ui.widgets import (
    ViewPage,
    prepare_table,
    select_where,
    selected_row,
    set_widths,
    style_problem_label,
    wrap_row,
)
from cpo_desktop.wording import plural

READ = "performance.read"  # the operations' keys: a later read supersedes an earlier one
HISTORY = "performance.history"
ALL, NONE = "__all__", "__none__"
FIGURE_FILES = "Figures (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"


def cell_text(cell) -> str:
    return cell.text if cell is not None else ""


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ScoreModel(FilteredRowsModel):
    """The indicators table: figures right-aligned, a trend coloured better (green) or worse (red)
    by the polarity."""

    TREND = 5
    SPARKLINE = 11
    NUMBERS = frozenset({3, 4, 6, 7, 8, 9})

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBERS:
            return RIGHT
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.SPARKLINE:
            row = self.row_at(index.row())  # the picture in words, for a screen reader
            return "; ".join(f"{c.period}: {c.text}" for c in row.history) if row is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.TREND:
            row = self.row_at(index.row())
            colour = JUDGEMENT_COLOURS.get(row.score.judgement) if row is not None and row.score else None
            if colour is not None:
                return QBrush(colour)
        return super().data(index, role)


class FiguresModel(RowsModel):
    """An indicator's figures, the numbers right-aligned."""

    NUMBERS = frozenset({1, 2, 3, 4, 5})

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMBERS:
            return RIGHT
        return super().data(index, role)


class PerformanceView(ViewPage, QWidget):
    """The scorecard, an indicator's history, and the commands on figures and indicators."""

    MENU_TITLE = viewinfo.info("performance").menu
    MENU_GROUPS = (("add_figure", "edit_figure", "commentary"), ("add_indicator", "edit_indicator", "retire_indicator"),
                   ("import", "threshold"), ("report",))
    loaded = Signal()  # the indicators have been read and shown
    history_loaded = Signal()  # the selected indicator's history has been read and shown

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Loaded | None = None
        self.history: Any = None  # (IndicatorRow, [FigureHistory]) of the selected indicator
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._select: int | None = None
        self._saved_commentary = ""
        self._commentary_for: int | None = None  # the indicator whose periods the commentary's list holds
        self._build()
        self.update_actions()

    # --- construction -----------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot: Callable[[], None], tip: str, button: QPushButton | None) -> None:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: (self.ctx.show_view("performance"), slot()))
        self.actions[key] = action
        if button is not None:
            button.clicked.connect(lambda _=False: slot())
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            self.buttons[key] = button

    def _build(self) -> None:
        """The layout is forms/performance_view.ui; here the behaviour is wired to it."""
        from cpo_desktop.ui.generated.ui_performance_view import Ui_PerformanceView

        self.ui = ui = Ui_PerformanceView()
        ui.setupUi(self)
        self.filter = ui.filterEdit  # Ctrl+F focuses the view's ``filter``
        self.chart: HistoryChart = ui.chart
        ui.privacyLabel.setStyleSheet(LOCKED_BANNER)
        ui.priorityCombo.addItem("All priorities", ALL)
        ui.priorityCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.filterEdit.textChanged.connect(lambda _t: self.apply_filter())
        ui.formerCheck.toggled.connect(lambda _on: self.apply_filter())
        self._build_table()
        self._build_history()
        self._build_commentary()
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.historySplitter.setStretchFactor(0, 1)
        ui.historySplitter.setStretchFactor(1, 1)
        ui.historySplitter.setSizes([500, 500])
        self._action("add_figure", "&Add Figure…", self.add_figure, button=ui.addFigureButton,
                     tip="Enter an indicator's figure for a period, with its comparators and target")
        self._action("edit_figure", "&Edit Figure…", self.edit_figure, button=ui.editFigureButton,
                     tip="Change the figure selected in the history (its change is kept)")
        self._action("commentary", "Edit &Commentary", self.edit_commentary, button=None,
                     tip="Write what the selected indicator's latest figure means")
        self._action("add_indicator", "Add I&ndicator…", self.add_indicator, button=ui.addIndicatorButton,
                     tip="Add an indicator the board receives")
        self._action("edit_indicator", "Edit In&dicator…", self.edit_indicator, button=ui.editIndicatorButton,
                     tip="Change the selected indicator's name, definition, unit, period, owner, source or priority")
        self._action("retire_indicator", "Retire Indicator…", self.retire_indicator, button=ui.retireIndicatorButton,
                     tip="Take the selected indicator off the scorecard; its figures are kept")
        self._action("import", "&Import Figures…", self.import_figures, button=ui.importButton,
                     tip="Import figures from the council's spreadsheet (.xlsx or CSV): previewed first, all or "
                         "nothing, backed up first")
        self._action("threshold", "Suppression T&hreshold…", self.edit_threshold, button=ui.thresholdButton,
                     tip="Counts from 1 to this number are hidden (“c”) in public papers")
        self._action("report", "Save &Report…", self.save_report, button=None,
                     tip="Save the performance report paper for a meeting, public or restricted (the agenda pack "
                         "makes it under the Performance report item by itself)")
        self.button_row = wrap_row(ui.buttonRow)

    def _build_table(self) -> None:
        columns = [
            Column("Indicator", lambda r: r.name.casefold(), display=lambda r: r.name + (" (retired)" if r.former else ""),
                   tooltip=lambda r: indicator_tip(r.indicator), max_width=600),
            Column("Priority", lambda r: r.priority, tooltip=lambda r: r.priority or None),
            Column("Period", lambda r: r.latest.period if r.latest else None, display=lambda r: cell_text_period(r),
                   tooltip=lambda r: None if r.latest else "No figures yet"),
            Column("Latest", lambda r: r.latest.value if r.latest else None, display=lambda r: cell_text(r.latest),
                   tooltip=lambda r: mark_tip(r.latest)),
            Column("Previous", lambda r: r.previous.value if r.previous else None,
                   display=lambda r: cell_text(r.previous),
                   tooltip=lambda r: f"{r.previous.period}: {r.previous.text}" if r.previous else None),
            Column("Trend", lambda r: ("better", "same", "worse").index(r.score.judgement)
                   if r.score and r.score.judgement else None, display=lambda r: trend_text(r.score),
                   tooltip=lambda r: trend_tip(r)),
            Column("England", lambda r: comparator(r, "england"), display=lambda r: r.score.england if r.score else ""),
            Column("Region", lambda r: comparator(r, "region"), display=lambda r: r.score.region if r.score else ""),
            Column("Neighbours", lambda r: comparator(r, "neighbours"),
                   display=lambda r: r.score.neighbours if r.score else ""),
            Column("Target", lambda r: comparator(r, "target"), display=lambda r: r.score.target if r.score else ""),
            Column("RAG", lambda r: ("red", "amber", "green").index(r.score.rag) if r.score and r.score.rag else None,
                   display=lambda r: (r.score.rag or "").capitalize() if r.score else "",
                   tooltip=lambda r: "Against the target, by which way is better" if r.score and r.score.rag else None),
            Column(f"Last {SPARK_COUNT}", lambda r: len(r.history), display=lambda _r: "",
                   tooltip=lambda r: "  ".join(f"{c.period}: {c.text}" for c in r.history) or None),
        ]
        style = RowStyle(foreground=lambda r: GREY if r.former else None, italic=lambda r: r.former)
        self.model = ScoreModel(columns, style, self)
        table = self.table = self.ui.indicatorTable
        prepare_table(table)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the board's order
        self.spark_delegate = SparklineDelegate(table)
        self.rag_delegate = RagDelegate(table)
        table.setItemDelegateForColumn(ScoreModel.SPARKLINE, self.spark_delegate)
        table.setItemDelegateForColumn(10, self.rag_delegate)
        set_widths(table, [40, 16, 8, 8, 8, 9, 8, 8, 11, 7, 7, 12])
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(lambda *_: self._row_selected())
        table.doubleClicked.connect(lambda *_: self.edit_indicator())

    def _build_history(self) -> None:
        self.figure_model = FiguresModel([
            Column("Period", lambda f: f.period_end, display=lambda f: f.period),
            Column("Value", lambda f: f.value, display=lambda f: self._number(f.value) or (f.mark or ""),
                   tooltip=lambda f: mark_tip_text(f.mark)),
            Column("England", lambda f: f.england, display=lambda f: self._number(f.england)),
            Column("Region", lambda f: f.region, display=lambda f: self._number(f.region)),
            Column("Neighbours", lambda f: f.neighbours, display=lambda f: self._number(f.neighbours)),
            Column("Target", lambda f: f.target, display=lambda f: self._number(f.target)),
            Column("Commentary", lambda f: " ".join(f.commentary.split()), tooltip=lambda f: f.commentary or None),
            Column("Source", lambda f: f.source, tooltip=lambda f: f.source or None),
            Column("Updated", lambda f: f.updated_at, display=lambda f: local_stamp(f.updated_at)),
            Column("Changes", lambda f: len(f.changes), display=lambda f: str(len(f.changes)) if f.changes else "",
                   tooltip=lambda f: changes_text(f) if f.changes else None),
        ], None, self)
        table = self.figure_table = self.ui.figureTable
        prepare_table(table)
        table.setModel(self.figure_model)
        set_widths(table, [8, 8, 8, 8, 11, 7, 24, 14, 15, 7])
        table.selectionModel().selectionChanged.connect(lambda *_: self._figure_selected())
        table.doubleClicked.connect(lambda *_: self.edit_figure())
        self.ui.changesLabel.setStyleSheet("QLabel { color: #444; }")
        self.chart.clear()

    def _build_commentary(self) -> None:
        ui = self.ui
        style_problem_label(ui.commentaryProblem)
        ui.commentaryHint.setStyleSheet("QLabel { color: #555; }")
        ui.commentaryEdit.textChanged.connect(self._commentary_typed)
        ui.commentaryPeriodCombo.currentIndexChanged.connect(self._commentary_period_chosen)
        ui.saveCommentaryButton.clicked.connect(self.save_commentary)
        ui.revertButton.clicked.connect(self._show_commentary)

    # --- what the view knows ----------------------------------------------------------------------
    @property
    def store(self):
        return self.ctx.store

    def selected(self) -> Line | None:
        return selected_row(self.table, self.model)

    def select_indicator(self, indicator_id: int) -> bool:
        return select_where(self.table, self.model, lambda r: r.id == indicator_id)

    def selected_figure(self):
        return selected_row(self.figure_table, self.figure_model)

    def unit(self) -> str:
        return self.history[0].unit if self.history else "count"

    def _number(self, value: float | None) -> str:
        return number_text(value, self.unit())

    def current_indicators(self) -> list:
        return [line.indicator for line in (self.data.lines if self.data else []) if not line.former]

    # --- reading ----------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the scorecard off the UI thread (one read), then show it, keeping the selection."""
        store = self.store
        self.update_actions()
        if store is None:
            return
        current = self.selected()
        self._select = select if select is not None else (current.id if current is not None else self._select)
        self.ctx.op(lambda: read(store)).latest(READ).owner(self).success(self.show_data).run()

    def show_data(self, data: Loaded) -> None:
        self.data = data
        self._fill_priorities()
        key, self._select = self._select, None
        self.model.set_rows(data.lines, self._predicate())
        self._privacy()
        if key is not None and not self.select_indicator(key) and any(r.id == key for r in data.lines):
            self.reset_filters()  # what was just changed must be in sight
            self.select_indicator(key)
        if self.selected() is None and self.model.rows and key is None:
            self.select_indicator(self.model.rows[0].id)
        self._footer()
        self._row_selected(force=True)
        self.update_actions()
        self.loaded.emit()

    def _privacy(self) -> None:
        n = self.data.threshold if self.data else 5
        self.ui.privacyLabel.setText(
            f"<b>Restricted: every figure is shown here.</b> Public papers show counts from 1 to <b>{n}</b> as “c” "
            "(the board's suppression threshold), and any figure they could be worked out from.")
        self.ui.privacyLabel.setToolTip("Performance › Suppression Threshold… changes the threshold.")

    def _fill_priorities(self) -> None:
        combo = self.ui.priorityCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All priorities", ALL)
        for p in self.data.priorities:
            combo.addItem(p.label + (" (former)" if p.former else ""), p.id)
        combo.addItem("No priority", NONE)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    # --- filtering --------------------------------------------------------------------------------
    def _predicate(self) -> Callable[[Line], bool]:
        priority = self.ui.priorityCombo.currentData()
        words = self.ui.filterEdit.text().casefold().split()
        former = self.ui.formerCheck.isChecked()

        def match(r: Line) -> bool:
            if r.former and not former:
                return False
            if priority == NONE and r.priority_id is not None:
                return False
            if priority not in (ALL, NONE, None) and r.priority_id != priority:
                return False
            if words:
                hay = " ".join((r.name, r.key, r.priority, r.indicator.owner, r.indicator.definition)).casefold()
                return all(w in hay for w in words)
            return True

        return match

    def set_priority(self, priority_id: int | None) -> None:
        """Show the indicators of this priority (None: every one)."""
        combo = self.ui.priorityCombo
        combo.setCurrentIndex(max(0, combo.findData(ALL if priority_id is None else priority_id)))

    def apply_filter(self) -> None:
        chosen = self.selected()
        self.model.set_filter(self._predicate())
        if chosen is not None:
            self.select_indicator(chosen.id)
        self._footer()
        self._row_selected()

    def reset_filters(self) -> None:
        ui = self.ui
        for w in (ui.priorityCombo, ui.filterEdit, ui.formerCheck):
            w.blockSignals(True)
        ui.priorityCombo.setCurrentIndex(0)
        ui.filterEdit.clear()
        ui.formerCheck.setChecked(True)
        for w in (ui.priorityCombo, ui.filterEdit, ui.formerCheck):
            w.blockSignals(False)
        self.model.set_filter(self._predicate())
        self._footer()

    def _footer(self) -> None:
        lines = self.data.lines if self.data else []
        current = [r for r in lines if not r.former]
        with_figures = sum(1 for r in current if r.latest is not None)
        text = f"{plural(len(current), 'indicator')} · {with_figures} with figures"
        if len(lines) > len(current):
            text += f" · {len(lines) - len(current)} retired"
        if len(self.model.rows) != len(lines if self.ui.formerCheck.isChecked() else current):
            text = f"Showing {len(self.model.rows)} of " + text
        self.ui.countLabel.setText(text)

    # --- the selected indicator -------------------------------------------------------------------
    def _row_selected(self, force: bool = False) -> None:
        r = self.selected()
        shown = self.history[0].id if self.history else None
        if r is None:
            if self.history is not None or force:
                self.save_pending()
                self.history = None
                self.show_history(None)
        elif force or r.id != shown:
            self.save_pending()
            self.load_history(r.id)
        self.update_actions()

    def load_history(self, indicator_id: int) -> None:
        store = self.store
        if store is None:
            return
        self.ctx.op(lambda: read_history(store, indicator_id)).latest(HISTORY).owner(self) \
            .success(self.show_history).run()

    def show_history(self, found) -> None:
        r = self.selected()
        if found is not None and (r is None or found[0].id != r.id):
            return  # another indicator is selected now; its own read follows
        self.history = found
        if found is None:
            self.chart.clear("Select an indicator to see its history." if self.model.rows
                             else "No indicators match the filter.")
            self.figure_model.set_rows([])
            self.ui.changesLabel.setText("")
            self.ui.historyTabs.setTabText(0, "Hi&story")
        else:
            ind, figures = found
            self.chart.set_series(ind.name, ind.unit, [Point(f.period, f.value, f.mark, f.england, f.region, f.target)
                                                       for f in figures])
            self.figure_model.set_rows(list(reversed(figures)))
            self.ui.historyTabs.setTabText(0, f"Hi&story ({len(figures)})" if figures else "Hi&story")
            if figures:
                self.figure_table.selectRow(0)
        self._figure_selected()
        self._fill_commentary_periods()
        self.update_actions()
        self.history_loaded.emit()

    def _figure_selected(self) -> None:
        f = self.selected_figure()
        if f is None:
            self.ui.changesLabel.setText("" if not self.history else
                                         ("No figures yet: Add Figure… or Import Figures… enters them."
                                          if not self.history[1] else ""))
        elif f.changes:
            self.ui.changesLabel.setText(f"{f.period}: " + changes_text(f))
        else:
            self.ui.changesLabel.setText(f"{f.period}: unchanged since it was recorded ({f.source}, "
                                         f"{local_stamp(f.updated_at)}).")
        self.update_actions()

    def update_actions(self) -> None:
        open_ = self.store is not None and self.data is not None
        r = self.selected() if open_ else None
        live = r is not None and not r.former
        enable = {
            "add_figure": open_ and bool(self.current_indicators()),
            "edit_figure": live and self.selected_figure() is not None and self.history is not None,
            "commentary": live and bool(self.history and self.history[1]),
            "add_indicator": open_, "edit_indicator": live, "retire_indicator": live,
            "import": open_, "threshold": open_, "report": open_,
        }
        for key, on in enable.items():
            self.actions[key].setEnabled(bool(on))
        self._commentary_enabled()

    # --- figures ----------------------------------------------------------------------------------
    def add_figure(self) -> None:
        from cpo_desktop.ui.performance.dialogs import FigureDialog

        if self.data is None or self.store is None:
            return
        r = self.selected()
        dialog = FigureDialog(self.current_indicators(), r.id if r is not None and not r.former else None,
                              limit=self.data.commentary_limit, parent=self.window())
        if prompts.ask(dialog):
            self._save_figure(dialog.entry(), "Enter")

    def edit_figure(self) -> None:
        from cpo_desktop.ui.performance.dialogs import FigureDialog

        f, r = self.selected_figure(), self.selected()
        if f is None or r is None or r.former or self.data is None:
            return
        dialog = FigureDialog([r.indicator], r.id, f, limit=self.data.commentary_limit, parent=self.window())
        if prompts.ask(dialog):
            self._save_figure(dialog.entry(), "Change")

    def _save_figure(self, entry, verb: str) -> None:
        from cpo_desktop.services import undo

        def operation(store):
            from cpo_desktop.services import performance

            return performance.set_figure(store, entry.indicator_id, entry.period, **entry.fields)

        self.ctx.undo.record(f"{verb} the figure of {entry.indicator} for {entry.period}",
                             (entry.indicator_id, entry.period), operation, undo.figure(),
                             after=lambda _r: self.reload(select=entry.indicator_id))

    # --- the commentary ---------------------------------------------------------------------------
    def _fill_commentary_periods(self) -> None:
        combo = self.ui.commentaryPeriodCombo
        keep = combo.currentData()
        same = self.history is not None and self._commentary_for == self.history[0].id
        combo.blockSignals(True)
        combo.clear()
        figures = self.history[1] if self.history else []
        for f in reversed(figures):
            combo.addItem(f.period + (" (latest)" if f is figures[-1] else ""), f.period)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if same else 0)
        combo.blockSignals(False)
        self._commentary_for = self.history[0].id if self.history else None
        self._show_commentary()

    def _commentary_figure(self):
        period = self.ui.commentaryPeriodCombo.currentData()
        figures = self.history[1] if self.history else []
        return next((f for f in figures if f.period == period), None)

    def _show_commentary(self) -> None:
        f = self._commentary_figure()
        self._saved_commentary = f.commentary if f is not None else ""
        edit = self.ui.commentaryEdit
        edit.blockSignals(True)
        edit.setPlainText(self._saved_commentary)
        edit.blockSignals(False)
        self._commentary_typed()

    def _commentary_period_chosen(self, _index: int) -> None:
        self.save_pending()
        self._show_commentary()

    def commentary_dirty(self) -> bool:
        return self.ui.commentaryEdit.toPlainText().strip() != self._saved_commentary.strip()

    def commentary_problems(self) -> list[str]:
        from cpo_desktop.model.text_rules import control_problem

        text = self.ui.commentaryEdit.toPlainText().strip()
        limit = self.data.commentary_limit if self.data else 4000
        problems = []
        if problem := control_problem(text, "the commentary"):
            problems.append(problem)
        if len(text) > limit:
            problems.append(f"The commentary is {len(text):,} characters: at most {limit:,}. Shorten it to save it.")
        return problems

    def _commentary_typed(self) -> None:
        ui = self.ui
        limit = self.data.commentary_limit if self.data else 4000
        used = len(ui.commentaryEdit.toPlainText().strip())
        ui.commentaryCount.setText(f"{used:,} of {limit:,} characters" + (" · not saved" if self.commentary_dirty()
                                                                             else ""))
        problems = self.commentary_problems()
        ui.commentaryProblem.setText("\n".join(p[:1].upper() + p[1:] for p in problems))
        ui.commentaryProblem.setVisible(bool(problems))
        r = self.selected()
        f = self._commentary_figure()
        if r is None:
            ui.commentaryHint.setText("Select an indicator to write its commentary.")
        elif f is None:
            ui.commentaryHint.setText("Commentary belongs to a figure: enter one first (Add Figure…).")
        else:
            ui.commentaryHint.setText(f"What {f.period}'s figure of “{r.name}” means. It is printed in the public "
                                      "report, after the privacy check (a young person's surname or contact details "
                                      "are never published).")
        self._commentary_enabled()

    def _commentary_enabled(self) -> None:
        ui = self.ui
        r = self.selected() if self.data is not None else None
        f = self._commentary_figure() if r is not None else None
        usable = r is not None and not r.former and f is not None and self.store is not None
        ui.commentaryEdit.setReadOnly(not usable)
        ui.commentaryPeriodCombo.setEnabled(usable)
        dirty = usable and self.commentary_dirty()
        ui.saveCommentaryButton.setEnabled(dirty and not self.commentary_problems())
        ui.revertButton.setEnabled(dirty)

    def edit_commentary(self) -> None:
        self.ui.historyTabs.setCurrentWidget(self.ui.commentaryTab)
        self.ui.commentaryPeriodCombo.setCurrentIndex(0)
        self.ui.commentaryEdit.setFocus()

    def save_pending(self) -> None:
        """Commentary typed and not saved is saved now (on moving to another indicator or period)."""
        if self.history is not None and self.commentary_dirty() and not self.commentary_problems() \
                and self._commentary_figure() is not None:
            self.save_commentary()

    def save_commentary(self) -> None:
        from cpo_desktop.services import undo

        f, ind = self._commentary_figure(), self.history[0] if self.history else None
        if f is None or ind is None or self.commentary_problems() or not self.commentary_dirty():
            return
        text = self.ui.commentaryEdit.toPlainText().strip()
        period, indicator_id = f.period, ind.id
        self._saved_commentary = text  # saved as far as the editor goes: the undo step follows

        def operation(store):
            from cpo_desktop.services import performance

            return performance.set_figure(store, indicator_id, period, commentary=text)

        self.ctx.undo.record(f"Change the commentary of {ind.key} for {period}", (indicator_id, period), operation,
                             undo.figure(), after=lambda _r: self.reload(select=indicator_id))
        self._commentary_typed()

    # --- indicators -------------------------------------------------------------------------------
    def _indicator_choices(self, own: str | None = None):
        lines = self.data.lines if self.data else []
        counts = [(r.key, r.name) for r in lines if not r.former and r.indicator.unit == "count" and r.key != own]
        taken = [(r.key, r.name, r.former) for r in lines if r.key != own]
        return counts, taken

    def add_indicator(self) -> None:
        from cpo_desktop.services import undo
        from cpo_desktop.ui.performance.dialogs import IndicatorDialog

        if self.data is None or self.store is None:
            return
        counts, taken = self._indicator_choices()
        priority = self.ui.priorityCombo.currentData()
        dialog = IndicatorDialog(None, priority_id=priority if isinstance(priority, int) else None,
                                 priorities=self.data.priorities, counts=counts, taken=taken, parent=self.window())
        if not prompts.ask(dialog):
            return
        data, priority_id = dialog.result_input(), dialog.priority_id()

        def operation(store) -> int:
            from cpo_desktop.services import performance

            new_id = performance.add_indicator(store, data)
            if priority_id is not None:
                performance.set_indicator_priority(store, new_id, priority_id)
            return new_id

        self.ctx.undo.record(f"Add the indicator “{data.name}”", None, operation, undo.indicator(),
                             after=lambda new_id: self.reload(select=new_id))

    def edit_indicator(self) -> None:
        r = self.selected()
        if r is None or r.former or self.store is None:
            return
        store, indicator_id = self.store, r.id

        def load():
            from cpo_desktop.services import performance

            return performance.indicator_input(store, indicator_id)

        self.ctx.op(load).owner(self).success(lambda data: self._edit_indicator(r, data)).run()

    def _edit_indicator(self, r: Line, data) -> None:
        from cpo_desktop.services import undo
        from cpo_desktop.ui.performance.dialogs import IndicatorDialog

        counts, taken = self._indicator_choices(own=r.key)
        has_figures = r.latest is not None or bool(self.history and self.history[0].id == r.id and self.history[1])
        dialog = IndicatorDialog(data, priority_id=r.priority_id, priorities=self.data.priorities, counts=counts,
                                 taken=taken, has_figures=has_figures, parent=self.window())
        if not prompts.ask(dialog):
            return
        new, priority_id = dialog.result_input(), dialog.priority_id()
        indicator_id = r.id

        def operation(store):
            from cpo_desktop.services import performance

            performance.update_indicator(store, indicator_id, new)
            performance.set_indicator_priority(store, indicator_id, priority_id)
            return indicator_id

        self.ctx.undo.record(f"Change the indicator “{new.name}”", indicator_id, operation, undo.indicator(),
                             after=lambda _r: self.reload(select=indicator_id))

    def retire_indicator(self) -> None:
        from cpo_desktop.services import undo

        r = self.selected()
        if r is None or r.former or self.store is None:
            return
        if not prompts.confirm(self.window(), "Retire Indicator",
                               f"Take “{r.name}” off the scorecard? Its figures are kept, and Edit › Undo brings it "
                               "back.", ok_text="Retire"):
            return
        indicator_id = r.id

        def operation(store):
            from cpo_desktop.services import performance

            return performance.retire_indicator(store, indicator_id)

        self.ctx.undo.record(f"Retire the indicator “{r.name}”", indicator_id, operation, undo.indicator(),
                             after=lambda _r: self.reload(select=indicator_id))

    # --- the report paper -------------------------------------------------------------------------
    def save_report(self, target: Path | None = None) -> None:
        """Choose a board meeting (the next one by default) and a version, then where to save."""
        store = self.store
        if store is None:
            return

        def meetings_to_report():
            from cpo_desktop.services import meetings

            return [m for m in meetings.list_meetings(store) if m.kind == "board" and m.status != "cancelled"]

        self.ctx.op(meetings_to_report).owner(self).success(lambda rows: self._report_for(rows, target)).run()

    def _report_for(self, rows, target: Path | None) -> None:
        from cpo_desktop.ui.performance.dialogs import ReportDialog

        today = self.ctx.today()
        coming = [m for m in rows if m.date >= today]
        current = coming[0].id if coming else (rows[-1].id if rows else None)
        dialog = ReportDialog([(m.id, dates.long(m.date)) for m in rows], current, parent=self.window())
        self.report_dialog = dialog
        if not prompts.ask(dialog) or dialog.meeting_id() is None:
            return
        meeting_id, public = dialog.meeting_id(), dialog.public()
        day = next(m.date for m in rows if m.id == meeting_id)
        version = "public" if public else "restricted"
        if target is None:
            chosen = prompts.save_as(self.window(), "Save Performance Report", self.ctx.paths.exports,
                                     f"Performance report {day.isoformat()} ({version})", {"pdf": "PDF files (*.pdf)"})
            if chosen is None:
                return
            target = chosen[0]
        store, where = self.store, target

        def work(_progress):
            from cpo_desktop.services import performance_report

            return performance_report.build(store, meeting_id, public=public, target=where)

        self.ctx.long_op(f"Making the {version} performance report", work).owner(self) \
            .success(lambda path: self.ctx.status(f"Saved the {version} performance report for "
                                                  f"{dates.long(day)}: {path}")).run()

    # --- the threshold ----------------------------------------------------------------------------
    def edit_threshold(self) -> None:
        from cpo_desktop.services import undo
        from cpo_desktop.ui.performance.dialogs import ThresholdDialog

        if self.data is None or self.store is None:
            return
        dialog = ThresholdDialog(self.data.threshold, parent=self.window())
        if not prompts.ask(dialog):
            return
        n = dialog.value()

        def operation(store):
            from cpo_desktop.services import performance

            return performance.set_suppression_threshold(store, n)

        self.ctx.undo.record(f"Set the suppression threshold to {n}", "threshold", operation,
                             undo.suppression_threshold(), after=lambda _r: self.reload())

    # --- the import -------------------------------------------------------------------------------
    def import_figures(self, path: Path | None = None) -> None:
        store = self.store
        if store is None:
            return
        if path is None:
            path = prompts.open_file(self.window(), "Import Figures", None, FIGURE_FILES)
            if path is None:
                return

        def work(progress):
            from cpo_desktop.services import performance

            return performance.read_preview(store, path, progress=progress)

        self.ctx.long_op(f"Checking {path.name}", work).owner(self).success(self._previewed).run()

    def _previewed(self, preview) -> None:
        from cpo_desktop.ui.performance.dialogs import FiguresImportDialog

        names = {r.id: r.name for r in (self.data.lines if self.data else [])}
        dialog = FiguresImportDialog(preview, names, parent=self.window())
        self.import_dialog = dialog
        if not prompts.ask(dialog) or preview.problems:
            self.ctx.status("Nothing was imported.")
            return
        store = self.store
        keys = tuple(sorted({(f.indicator_id, f.period.text) for f in preview.figures if f.status != "unchanged"}))

        def work(progress):
            from cpo_desktop.services import performance

            before = performance.capture_figures(store, keys)
            report = performance.apply(store, preview, progress=progress)
            return before, performance.capture_figures(store, keys), report

        def done(result) -> None:
            from cpo_desktop.services import undo

            before, after, report = result
            text = f"Import {plural(report.added + report.updated, 'figure')} from {preview.name}"
            if before != after:
                self.ctx.undo.push_done(text, undo.figures(), before, after, shown=self.reload)
            saved = f" The data was backed up first ({report.backup.name})." if report.backup else ""
            self.ctx.status(f"Imported from {preview.name}: {report.added} new, {report.updated} changed, "
                            f"{report.unchanged} unchanged.{saved}", 20000)
            self.reload()

        self.ctx.long_op(f"Importing {preview.name}", work).owner(self).success(done).run()


# --- words for the tables -----------------------------------------------------------------------------

MARKS = {"c": "c: confidential", "z": "z: not applicable", "k": "k: rounds to zero", "x": "x: not available"}


def mark_tip_text(mark: str | None) -> str | None:
    return MARKS.get(mark) if mark else None


def mark_tip(cell) -> str | None:
    if cell is None:
        return None
    return f"{cell.period}: " + (mark_tip_text(cell.mark) or cell.text)


def cell_text_period(r: Line) -> str:
    return r.latest.period if r.latest else "—"


def comparator(r: Line, name: str) -> float | None:
    return r.score.comparators.get(name) if r.score else None


def trend_tip(r: Line) -> str | None:
    s = r.score
    if s is None or s.trend is None:
        return None
    moved = {"up": "Up", "down": "Down", "flat": "No change"}[s.trend]
    way = {"higher": "higher is better", "lower": "lower is better"}.get(s.polarity, "neither way is better")
    return f"{moved} from {s.previous.period} to {s.latest.period} ({way})"


def local_stamp(when: dt.datetime | None) -> str:
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return dates.stamp(when.astimezone())


def changes_text(f) -> str:
    words = {"value": "value", "mark": "mark", "england": "England", "region": "region", "neighbours": "neighbours",
             "target": "target", "commentary": "commentary"}
    parts = []
    for c in f.changes:
        old, new = (c.old or "—"), (c.new or "—")
        if c.field == "commentary":
            old, new = shorten(old), shorten(new)
        parts.append(f"{words.get(c.field, c.field)} {old} → {new} ({c.source}, {local_stamp(c.changed_at)})")
    return "; ".join(parts) + "."


def shorten(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return f"“{text[:n]}…”" if len(text) > n else f"“{text}”"

