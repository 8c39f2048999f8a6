"""The work programme view: the year grid (the year's board meetings × its reports and standing
items), the coverage check, and the rules for recurring reports.

Like the other views it shows service results only: everything is read, and every rule saved,
off the UI thread (``ctx.op``). The grid's model is grid.py, what is read data.py, the rule
dialog dialogs.py.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from cpo_desktop import dates
from cpo_desktop.model import enums
from cpo_desktop.model.rules import municipal_year_label, municipal_year_start
from cpo_desktop.ui import prompts
from cpo_desktop.ui.style import GREY, ROSE
from cpo_desktop.ui.tablemodel import Column, FilteredRowsModel, RowStyle
from cpo_desktop.ui.widgets import ViewPage, prepare_table, select_where, selected_row, set_widths
from cpo_desktop.ui.work_programme.data import (
    FREQUENCIES,
    WorkProgrammeData,
    month_names,
    months_of,
    read,
)
from cpo_desktop.ui.work_programme.dialogs import RuleDialog
from cpo_desktop.ui.work_programme.grid import (
    ALL_CLEAR,
    CELL_TEXT,
    LIGHT_BLUE,
    LIGHT_GREEN,
    OK_GREEN,
    PALE,
    PRESENTED,
    GridModel,
    Resized,
    swatch,
)

if TYPE_CHECKING:
    from cpo_desktop.ui.context import ViewContext


class WorkProgrammeView(ViewPage, QWidget):
    """The year grid, the coverage check and the report rules for one municipal year."""

    loaded = Signal()  # the year's data has been read and shown
    agenda_requested = Signal(int)  # a meeting id: the user double-clicked a meeting
    rules_changed = Signal()  # a rule was added or changed (agendas' "due" lists may differ now)

    GRID, COVERAGE, RULES, GROUPS = range(4)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: WorkProgrammeData | None = None
        self.today = ctx.today()

        self._build()
        self.year_combo.currentIndexChanged.connect(lambda *_: self.reload())

        self.add_rule_action = QAction("&Add Report Rule…", self)
        self.add_rule_action.setStatusTip("Add a report that comes to the board on a schedule.")
        self.add_rule_action.triggered.connect(lambda: (self._bring_forward(), self.add_rule()))
        self.edit_rule_action = QAction("&Edit Report Rule…", self)
        self.edit_rule_action.setStatusTip("Change the report rule selected in the Report rules tab.")
        self.edit_rule_action.triggered.connect(lambda: (self._bring_forward(), self._edit_from_menu()))
        self.grid_action = QAction("Show the Year &Grid", self)
        self.grid_action.triggered.connect(lambda: (self._bring_forward(), self.tabs.setCurrentIndex(self.GRID)))
        self.coverage_action = QAction("Check &Coverage", self)
        self.coverage_action.setStatusTip("Reports missing from the year and agendas that run over time.")
        self.coverage_action.triggered.connect(lambda: (self._bring_forward(), self.check_coverage()))
        self.groups_action = QAction("&Working Groups and Action Plans", self)
        self.groups_action.setStatusTip("The board's priorities, their working groups' chairs, members and RAG "
                                        "action plans.")
        self.groups_action.triggered.connect(lambda: (self._bring_forward(), self.tabs.setCurrentIndex(self.GROUPS)))
        self.menu_actions: list[QAction] = [self.add_rule_action, self.edit_rule_action, self.grid_action,
                                            self.coverage_action, self.groups_action]
        self._fill_years()
        self._update_enabled()

    def _bring_forward(self) -> None:
        """A menu command shows this view first (its name in viewinfo)."""
        self.ctx.show_view("work-programme")

    # --- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        """The layout is forms/work_programme_view.ui; here the behaviour is wired to it."""
        from cpo_desktop.ui.generated.ui_work_programme_view import Ui_WorkProgrammeView

        self.ui = ui = Ui_WorkProgrammeView()
        ui.setupUi(self)
        self.subtitle, self.year_combo, self.tabs = ui.viewSubtitle, ui.yearCombo, ui.tabs
        # Both footers are named as every view's footer is (a form cannot give two widgets one name).
        ui.gridFooter.setObjectName("viewFooter")
        ui.rulesFooter.setObjectName("viewFooter")
        self._build_grid_tab()
        self._build_coverage_tab()
        self._build_rules_tab()
        # The priorities and their working groups: each meeting's theme, and the progress report its
        # working group brings, belong with the year's plan of reports.
        from cpo_desktop.ui.work_programme.groups import WorkingGroupsPanel

        self.groups_panel = WorkingGroupsPanel(self.ctx, self)
        self.tabs.addTab(self.groups_panel, "&Working groups")

    def _build_grid_tab(self) -> None:
        self.grid_model = GridModel(self)
        table = self.grid_table = self.ui.gridTable
        table.setModel(self.grid_model)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionDoubleClicked.connect(self._header_double_clicked)
        table.doubleClicked.connect(self._grid_double_clicked)
        Resized(table.viewport(), self._fit_grid_columns)

        # The legend's colours are the grid's own (grid.py), so it is written here, not in the form.
        self.legend = self.ui.gridLegend
        self.legend.setText(
            "&nbsp;".join([swatch(PALE, "planned"), swatch(LIGHT_BLUE, "on agenda"),
                           swatch(LIGHT_GREEN, "paper received"), swatch(None, "presented ✓", grey=True),
                           swatch(ROSE, "missing", bold=True)])
            + "&nbsp;&nbsp;·&nbsp; <i>Planned</i>: due by the rules, agenda not built yet; <i>missing</i>: left off "
              "a built agenda.")
        self.grid_footer = self.ui.gridFooter

    def _build_coverage_tab(self) -> None:
        self.coverage_summary = self.ui.coverageSummary
        self.coverage_list = self.ui.coverageList
        self.coverage_list.itemActivated.connect(self._coverage_activated)  # a double-click, or Enter
        self.coverage_hint = self.ui.coverageHint

    def _build_rules_tab(self) -> None:
        columns = [
            Column("Report", lambda r: r.title, tooltip=lambda r: r.title + (f"\n{r.notes}" if r.notes else "")),
            Column("Presented by", lambda r: r.presenter, tooltip=lambda r: r.presenter or None),
            Column("How often", lambda r: FREQUENCIES.index(enums.ReportFrequency(r.frequency)),
                   display=lambda r: r.frequency_label),
            Column("Months", lambda r: "".join(f"{(m - 5) % 12:02d}" for m in months_of(r.preferred_months)),
                   display=lambda r: month_names(months_of(r.preferred_months), short=True),
                   tooltip=lambda r: month_names(months_of(r.preferred_months)) or None),
            Column("Theme", lambda r: r.theme, tooltip=lambda r: r.theme or None),
            Column("Purpose", lambda r: r.purpose, display=lambda r: r.purpose.capitalize()),
            Column("Minutes", lambda r: r.duration_minutes),
            Column("Active", lambda r: r.active, display=lambda r: "Yes" if r.active else "No"),
        ]
        style = RowStyle(foreground=lambda r: None if r.active else GREY, italic=lambda r: not r.active)
        self.rules_model = FilteredRowsModel(columns, style, self)
        table = self.rules_table = self.ui.rulesTable
        prepare_table(table)
        table.setModel(self.rules_model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        set_widths(table, [50, 40, 12, 9, 22, 11, 8, 7])
        table.horizontalHeader().setStretchLastSection(False)  # after prepare_table, which stretches it
        Resized(table.viewport(), self._fit_rules_columns)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_enabled())
        table.doubleClicked.connect(lambda *_: self.edit_rule())
        self.add_button, self.edit_button = self.ui.addButton, self.ui.editButton
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(lambda: self.edit_rule())
        self.rules_footer = self.ui.rulesFooter

    # --- the year -----------------------------------------------------------------------------
    def year(self) -> int:
        year = self.year_combo.currentData()
        return year if year is not None else municipal_year_start(self.today)

    def _fill_years(self) -> None:
        """The municipal years that have meetings, this one and the one chosen (kept chosen)."""
        data = self.ctx.data
        days = [m.date for m in (getattr(data, "meetings", None) or [])]
        chosen = self.year_combo.currentData()
        if chosen is None:
            chosen = municipal_year_start(self.today)
        years = sorted({municipal_year_start(d) for d in days} | {municipal_year_start(self.today), chosen})
        combo = self.year_combo
        combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(municipal_year_label(dt.date(year, 5, 1)), year)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def set_year(self, year: int) -> None:
        """Show the municipal year starting in May ``year`` (reloads when it changes)."""
        index = self.year_combo.findData(year)
        if index < 0:
            self.year_combo.blockSignals(True)
            self.year_combo.addItem(municipal_year_label(dt.date(year, 5, 1)), year)
            self.year_combo.blockSignals(False)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)

    # --- loading ------------------------------------------------------------------------------
    def reload(self, select_rule: int | None = None) -> None:
        """Read the chosen year's grid, coverage and rules off the UI thread, then show them."""
        self._fill_years()
        store = self.ctx.store
        self._update_enabled()
        if store is None:
            return
        year = self.year()
        self.groups_panel.reload()
        # A later reload (another year) supersedes this one: only the newest is shown.
        self.ctx.op(lambda: read(store, year)).latest("work-programme.load") \
            .success(lambda data: self.show_data(data, select_rule=select_rule)).run()

    def show_data(self, data: WorkProgrammeData, *, select_rule: int | None = None) -> None:
        self.data = data
        self.today = self.ctx.today()
        self._show_grid(data)
        self._show_coverage(data)
        chosen = selected_row(self.rules_table, self.rules_model)
        self.rules_model.set_rows(data.rules)
        keep = select_rule if select_rule is not None else (chosen.id if chosen is not None else None)
        if keep is not None:
            select_where(self.rules_table, self.rules_model, lambda r: r.id == keep)
        active = sum(1 for r in data.rules if r.active)
        self.rules_footer.setText(f"{len(data.rules)} report rules · {active} active")
        self._update_enabled()
        self.loaded.emit()

    def _show_grid(self, data: WorkProgrammeData) -> None:
        grid = data.grid
        self.grid_model.set_grid(grid, self.today)
        table = self.grid_table
        metrics = QFontMetrics(table.font())
        char = metrics.averageCharWidth()
        cell = max(metrics.horizontalAdvance(t) for t in (*CELL_TEXT.values(), "Wed 30 Sep")) + 20
        cell = max(cell, GridModel.THEME_CHARS * char + 12)
        for col in range(GridModel.FIXED, self.grid_model.columnCount()):
            table.setColumnWidth(col, cell)
        table.setColumnWidth(1, max(metrics.horizontalAdvance(t) for t in ("Every meeting", "Standing item")) + 20)
        self._fit_grid_columns()
        if grid.meetings:
            due = sum(1 for r in grid.rows for c in r.cells if c)
            done = sum(1 for r in grid.rows for c in r.cells if c == PRESENTED)
            self.grid_footer.setText(
                f"{grid.label}: {len(grid.meetings)} board meetings · {len(grid.rows)} reports and standing items · "
                f"{done} of {due} presented · Double-click a meeting to open its agenda, a report to change its rule.")
        else:
            self.grid_footer.setText(f"{grid.label} has no board meetings planned yet: plan the year in "
                                     "Meetings & agendas first.")

    def _fit_grid_columns(self) -> None:
        """The item column takes the width the meetings leave, but never less than a readable title."""
        table = self.grid_table
        others = sum(table.columnWidth(c) for c in range(1, self.grid_model.columnCount()))
        minimum = QFontMetrics(table.font()).averageCharWidth() * 34
        table.setColumnWidth(0, max(minimum, table.viewport().width() - others))

    def _fit_rules_columns(self) -> None:
        """The report and its presenter share what the short columns leave (3:2), so long titles show
        as much as the window allows."""
        table = self.rules_table
        char = QFontMetrics(table.font()).averageCharWidth()
        others = sum(table.columnWidth(c) for c in range(2, self.rules_model.columnCount()))
        free = max(table.viewport().width() - others, 60 * char)
        table.setColumnWidth(0, free * 3 // 5)
        table.setColumnWidth(1, free - free * 3 // 5)

    def _show_coverage(self, data: WorkProgrammeData) -> None:
        problems = data.coverage.problems
        days = {m.id: m.date for m in data.grid.meetings}
        lst = self.coverage_list
        lst.clear()
        for p in problems:
            label = {"over time": "Over time", "report": "Report", "standing item": "Standing item",
                     "no meetings": "No meetings"}.get(p.kind, p.kind.capitalize())
            item = QListWidgetItem(f"{label}: {p.text}")
            item.setData(Qt.ItemDataRole.UserRole, p.meeting_id)
            if p.meeting_id is not None and p.meeting_id in days:
                item.setToolTip(f"Double-click to open the agenda of {dates.full(days[p.meeting_id])}.")
            lst.addItem(item)
        for note in data.coverage.notes:  # not problems: reports found by an item's title, to be linked
            item = QListWidgetItem(f"Counted by title: {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.meeting_id)
            item.setToolTip(f"Double-click to open the agenda of {dates.full(days[note.meeting_id])}.")
            lst.addItem(item)
        lst.setVisible(bool(problems or data.coverage.notes))
        self.coverage_hint.setVisible(bool(problems or data.coverage.notes))
        palette = self.coverage_summary.palette()
        if problems:
            n = len(problems)
            self.coverage_summary.setText(f"{data.coverage.label}: {n} thing{'s' if n != 1 else ''} to look at.")
            palette.setColor(self.coverage_summary.foregroundRole(), self.palette().color(
                self.coverage_summary.foregroundRole()))
            self.coverage_summary.setPalette(palette)
            self.tabs.setTabText(self.COVERAGE, f"&Coverage check ({n})")
        else:
            self.coverage_summary.setText(f"✓ {ALL_CLEAR}")
            palette.setColor(self.coverage_summary.foregroundRole(), OK_GREEN)
            self.coverage_summary.setPalette(palette)
            self.tabs.setTabText(self.COVERAGE, "&Coverage check")

    def _update_enabled(self) -> None:
        loaded = self.ctx.store is not None and self.data is not None
        chosen = selected_row(self.rules_table, self.rules_model) is not None
        for widget in (self.add_button, self.add_rule_action, self.coverage_action):
            widget.setEnabled(loaded)
        self.edit_button.setEnabled(loaded and chosen)
        self.edit_rule_action.setEnabled(loaded)

    # --- double-clicks ------------------------------------------------------------------------
    def _header_double_clicked(self, section: int) -> None:
        m = self.grid_model.meeting_at(section)
        if m is not None:
            self.agenda_requested.emit(m.id)

    def _grid_double_clicked(self, index: QModelIndex) -> None:
        m = self.grid_model.meeting_at(index.column())
        if m is not None:
            self.agenda_requested.emit(m.id)
            return
        row = self.grid_model.rows[index.row()] if 0 <= index.row() < len(self.grid_model.rows) else None
        if row is not None and row.key.startswith("rule:"):
            rule_id = int(row.key.split(":", 1)[1])
            rule = next((r for r in (self.data.rules if self.data else []) if r.id == rule_id), None)
            if rule is not None:
                self.edit_rule(rule)

    def _coverage_activated(self, item: QListWidgetItem) -> None:
        meeting_id = item.data(Qt.ItemDataRole.UserRole)
        if meeting_id is not None:
            self.agenda_requested.emit(int(meeting_id))

    def check_coverage(self) -> None:
        self.tabs.setCurrentIndex(self.COVERAGE)
        self.reload()

    # --- rules --------------------------------------------------------------------------------
    def selected_rule(self):
        return selected_row(self.rules_table, self.rules_model)

    def _dialog(self, data=None) -> RuleDialog:
        d = self.data
        return RuleDialog(d.officers, d.seats, d.priorities, data, parent=self.window())

    def add_rule(self) -> None:
        from cpo_desktop.services import work_programme as wp

        if self.ctx.store is None or self.data is None:
            return
        dialog = self._dialog()
        if prompts.ask(dialog):
            data = dialog.result_input()
            self._save(f"Added the report rule “{data.title}”", lambda store: wp.add_rule(store, data))

    def edit_rule(self, rule=None) -> None:
        from cpo_desktop.services import work_programme as wp

        rule = rule or self.selected_rule()
        if rule is None or self.ctx.store is None or self.data is None:
            return
        dialog = self._dialog(wp.rule_input(rule))
        if prompts.ask(dialog):
            data = dialog.result_input()
            rule_id = rule.id

            def update(store) -> int:
                wp.update_rule(store, rule_id, data)
                return rule_id

            self._save(f"Changed the report rule “{data.title}”", update)

    def _edit_from_menu(self) -> None:
        if self.selected_rule() is None:
            self.tabs.setCurrentIndex(self.RULES)
            self.ctx.status("Choose the report rule to change, then Edit Rule…")
            return
        self.edit_rule()

    def _save(self, message: str, operation) -> None:
        store = self.ctx.store

        def done(rule_id: int) -> None:
            self.ctx.status(f"{message}.")
            self.reload(select_rule=rule_id)
            self.rules_changed.emit()

        self.ctx.op(lambda: operation(store)).success(done).run()
