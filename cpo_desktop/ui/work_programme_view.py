"""The work programme view: the year grid (the year's board meetings × its reports and standing
items), the coverage check, and the rules for recurring reports with their dialog.

Like the other views it shows service results only: everything is read, and every rule saved,
on the window's task runner, never on the UI thread.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpo_desktop.model import agenda_rules, enums
from cpo_desktop.model.rules import municipal_year_label, municipal_year_start
from cpo_desktop.ui import prompts
from cpo_desktop.ui.dialogs import show_problems, style_problem_label
from cpo_desktop.ui.register_views import prepare_table, select_where, selected_row, set_widths
from cpo_desktop.ui.tablemodel import GREY, ROSE, Column, FilteredRowsModel, RowStyle
from cpo_desktop.wording import and_list

# A cell's state (services.work_programme's words) → what the grid says, and its colours.
PLANNED, MISSING, SCHEDULED, PAPER_RECEIVED, PRESENTED = (
    "planned", "missing", "scheduled", "paper received", "presented")
CELL_TEXT = {"": "", PLANNED: "planned", MISSING: "missing", SCHEDULED: "on agenda",
             PAPER_RECEIVED: "paper received", PRESENTED: "presented ✓"}
CELL_MEANING = {
    PLANNED: "Planned: due here by the rules; the agenda has not been built yet.",
    MISSING: "Missing: due here, but the agenda was built without it.",
    SCHEDULED: "On the agenda; no paper received yet.",
    PAPER_RECEIVED: "On the agenda, and the paper has been received.",
    PRESENTED: "Presented: the meeting has been held.",
}
LIGHT_BLUE = QColor(222, 234, 248)
LIGHT_GREEN = QColor(214, 239, 214)
PALE = QColor(246, 246, 243)
OK_GREEN = QColor(28, 110, 40)
CELL_BACKGROUND = {PLANNED: PALE, MISSING: ROSE, SCHEDULED: LIGHT_BLUE, PAPER_RECEIVED: LIGHT_GREEN}
ALL_CLEAR = "Everything due this year is on its agenda and every agenda fits its meeting."
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FREQUENCIES = list(enums.ReportFrequency)


@dataclass(frozen=True)
class Choice:
    """One entry of a dialog's list: a reporting officer, a seat or a priority."""

    id: int
    label: str
    former: bool = False


@dataclass(frozen=True)
class WorkProgrammeData:
    """Everything the view shows for one municipal year, read in one go off the UI thread."""

    year: int
    grid: Any  # services.work_programme.Grid
    coverage: Any  # services.work_programme.Coverage
    rules: list  # services.work_programme.RuleRow
    officers: list[Choice]
    seats: list[Choice]
    priorities: list[Choice]


def read(store, year: int) -> WorkProgrammeData:
    """Runs on the task runner's thread."""
    from sqlmodel import select

    from cpo_desktop.model.tables import Priority, Seat
    from cpo_desktop.services import officers
    from cpo_desktop.services import work_programme as wp

    with store.session() as session:
        seats = [Choice(s.id, s.title, s.former)
                 for s in session.exec(select(Seat).order_by(Seat.sort_order, Seat.id))]
        priorities = [Choice(p.id, p.title)
                      for p in session.exec(select(Priority).order_by(Priority.sort_order, Priority.id))]
    people = [Choice(o.id, o.role + (f" — {o.person}" if o.person else ""), o.former)
              for o in officers.list_officers(store)]
    return WorkProgrammeData(year=year, grid=wp.grid(store, year), coverage=wp.coverage(store, year),
                             rules=wp.list_rules(store), officers=people, seats=seats, priorities=priorities)


def month_names(months: Sequence[int], short: bool = False) -> str:
    names = [MONTHS[m - 1][:3] if short else MONTHS[m - 1] for m in months]
    return ", ".join(names) if short else and_list(names)


def months_of(text: str) -> list[int]:
    try:
        return agenda_rules.parse_months(text)
    except ValueError:
        return []


# --- the year grid ----------------------------------------------------------------------------

class GridModel(QAbstractTableModel):
    """Rows are the grid's items, columns its meetings after two fixed columns (item, how often)."""

    FIXED = 2
    THEME_CHARS = 19  # the theme under a meeting's date is wrapped at this width, on two lines

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meetings: list = []
        self.rows: list = []
        self.next_meeting: int | None = None

    def set_grid(self, grid, today: dt.date) -> None:
        self.beginResetModel()
        self.meetings = list(grid.meetings)
        self.rows = list(grid.rows)
        self.next_meeting = next((m.id for m in self.meetings if m.date >= today), None)
        self.endResetModel()

    def meeting_at(self, column: int):
        index = column - self.FIXED
        return self.meetings[index] if 0 <= index < len(self.meetings) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self.meetings)

    def header_text(self, m) -> str:
        theme = textwrap.wrap(m.theme, self.THEME_CHARS) or [""]
        if len(theme) > 2:
            theme = [theme[0], textwrap.shorten(" ".join(theme[1:]), self.THEME_CHARS, placeholder="…")]
        return "\n".join([f"{m.date:%a} {m.date.day} {m.date:%b}", *theme, *([""] * (2 - len(theme)))])

    def header_tip(self, m) -> str:
        lines = [f"Board meeting, {m.date:%A %d %B %Y}"]
        if m.theme:
            lines.append(f"Theme: {m.theme}")
        if m.held:
            lines.append("Held.")
        elif m.id == self.next_meeting:
            lines.append("The next meeting.")
        if m.has_agenda:
            over = agenda_rules.overrun_minutes([m.agenda_minutes], m.duration_minutes)
            lines.append(f"Agenda: {m.agenda_minutes} minutes of items for a {m.duration_minutes}-minute meeting"
                         + (f", {over} minutes over." if over else "."))
        else:
            lines.append("No agenda built yet.")
        lines.append("Double-click to open its agenda.")
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        m = self.meeting_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if m is None:
                return ("Item", "How often")[section] if section < self.FIXED else None
            return self.header_text(m)
        if role == Qt.ItemDataRole.ToolTipRole and m is not None:
            return self.header_tip(m)
        if role == Qt.ItemDataRole.FontRole and m is not None and m.id == self.next_meeting:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if m is None:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col < self.FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.title if col == 0 else row.kind
            if role == Qt.ItemDataRole.ToolTipRole:
                lines = [row.title, f"{row.kind}" + (f", presented by {row.presenter}" if row.presenter else "")]
                if row.key.startswith("rule:"):
                    lines.append("Double-click to change the rule.")
                return "\n".join(lines)
            if role == Qt.ItemDataRole.ForegroundRole and col == 1:
                return QBrush(GREY)
            return None
        m = self.meeting_at(col)
        state = row.cells[col - self.FIXED]
        if role == Qt.ItemDataRole.DisplayRole:
            return CELL_TEXT.get(state, state)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = CELL_BACKGROUND.get(state)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == PRESENTED:
                return QBrush(GREY)
            return QBrush(QColor("black")) if state in CELL_BACKGROUND else None  # readable in a dark palette
        if role == Qt.ItemDataRole.FontRole and state == MISSING:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and state:
            return f"{row.title}\n{m.date:%A %d %B %Y}\n{CELL_MEANING.get(state, state)}"
        return None


class _Resized(QObject):
    """Calls back when the watched widget changes size."""

    def __init__(self, watched: QWidget, callback) -> None:
        super().__init__(watched)
        self.callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.callback()
        return False


def swatch(colour: QColor | None, text: str, *, bold: bool = False, grey: bool = False) -> str:
    style = f"background-color:{colour.name()};" if colour else ""
    style += "color:#000000;" if colour else ""
    style += "font-weight:bold;" if bold else ""
    style += f"color:{GREY.name()};" if grey else ""
    return f"<span style='{style}'>&nbsp;{html.escape(text)}&nbsp;</span>"


# --- the view ---------------------------------------------------------------------------------

class WorkProgrammeView(QWidget):
    """The year grid, the coverage check and the report rules for one municipal year."""

    loaded = Signal()  # the year's data has been read and shown
    agenda_requested = Signal(int)  # a meeting id: the user double-clicked a meeting
    rules_changed = Signal()  # a rule was added or changed (agendas' "due" lists may differ now)

    GRID, COVERAGE, RULES = range(3)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.data: WorkProgrammeData | None = None
        self._generation = 0
        self.today = dt.date.today()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title = QLabel("<h2 style='margin:0'>Work programme</h2>")
        title.setObjectName("viewTitle")
        titles.addWidget(title)
        self.subtitle = QLabel("The year's reports and standing items, meeting by meeting: what the rules plan, "
                               "what is on each agenda, which papers are in and what has been presented.")
        self.subtitle.setObjectName("viewSubtitle")
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        year_label = QLabel("Municipal &year:")
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setMinimumContentsLength(8)
        year_label.setBuddy(self.year_combo)
        top.addSpacing(12)
        top.addWidget(year_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.year_combo, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_grid_tab(), "Year &grid")
        self.tabs.addTab(self._build_coverage_tab(), "&Coverage check")
        self.tabs.addTab(self._build_rules_tab(), "Report &rules")

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
        self.menu_actions: list[QAction] = [self.add_rule_action, self.edit_rule_action, self.grid_action,
                                            self.coverage_action]
        self._fill_years()
        self._update_enabled()

    def _bring_forward(self) -> None:
        """A menu command shows this view first (the window's view name from viewinfo)."""
        set_view = getattr(self.window, "set_view", None)
        if set_view is not None and getattr(self.window, "views", {}).get("work-programme") is self:
            set_view("work-programme")

    # --- construction -------------------------------------------------------------------------
    def _build_grid_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 8, 0, 0)
        self.grid_model = GridModel(self)
        table = self.grid_table = QTableView()
        table.setObjectName("gridTable")
        table.setModel(self.grid_model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionDoubleClicked.connect(self._header_double_clicked)
        table.doubleClicked.connect(self._grid_double_clicked)
        _Resized(table.viewport(), self._fit_grid_columns)
        box.addWidget(table, 1)

        self.legend = QLabel()
        self.legend.setObjectName("gridLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setText(
            "&nbsp;".join([swatch(PALE, "planned"), swatch(LIGHT_BLUE, "on agenda"),
                           swatch(LIGHT_GREEN, "paper received"), swatch(None, "presented ✓", grey=True),
                           swatch(ROSE, "missing", bold=True)])
            + "&nbsp;&nbsp;·&nbsp; <i>Planned</i>: due by the rules, agenda not built yet; <i>missing</i>: left off "
              "a built agenda.")
        box.addWidget(self.legend)
        self.grid_footer = QLabel()
        self.grid_footer.setObjectName("viewFooter")
        box.addWidget(self.grid_footer)
        return page

    def _build_coverage_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 8, 0, 0)
        self.coverage_summary = QLabel()
        self.coverage_summary.setObjectName("coverageSummary")
        self.coverage_summary.setWordWrap(True)
        self.coverage_summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.coverage_summary)
        self.coverage_list = QListWidget()
        self.coverage_list.setObjectName("coverageList")
        self.coverage_list.setWordWrap(True)
        self.coverage_list.setAlternatingRowColors(True)
        self.coverage_list.setSpacing(2)
        self.coverage_list.itemActivated.connect(self._coverage_activated)  # a double-click, or Enter
        box.addWidget(self.coverage_list, 1)
        self.coverage_hint = QLabel("Double-click a problem to open that meeting's agenda. A meeting with no agenda "
                                    "yet is not a problem: building its agenda adds the reports due there.")
        self.coverage_hint.setWordWrap(True)
        box.addWidget(self.coverage_hint)
        return page

    def _build_rules_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 8, 0, 0)
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
        table = self.rules_table = QTableView()
        table.setObjectName("rulesTable")
        prepare_table(table)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setModel(self.rules_model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        set_widths(table, [50, 40, 12, 9, 22, 11, 8, 7])
        table.horizontalHeader().setStretchLastSection(False)
        _Resized(table.viewport(), self._fit_rules_columns)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_enabled())
        table.doubleClicked.connect(lambda *_: self.edit_rule())
        box.addWidget(table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("&Add Rule…")
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button = QPushButton("&Edit Rule…")
        self.edit_button.clicked.connect(lambda: self.edit_rule())
        self.rules_footer = QLabel()
        self.rules_footer.setObjectName("viewFooter")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.rules_footer, 1)
        box.addLayout(buttons)
        return page

    # --- the year -----------------------------------------------------------------------------
    def year(self) -> int:
        year = self.year_combo.currentData()
        return year if year is not None else municipal_year_start(self.today)

    def _fill_years(self) -> None:
        """The municipal years that have meetings, this one and the one chosen (kept chosen)."""
        data = getattr(self.window, "views_data", None)
        dates = [m.date for m in (getattr(data, "meetings", None) or [])]
        chosen = self.year_combo.currentData()
        if chosen is None:
            chosen = municipal_year_start(self.today)
        years = sorted({municipal_year_start(d) for d in dates} | {municipal_year_start(self.today), chosen})
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
        store = self.window.store
        self._update_enabled()
        if store is None:
            return
        year = self.year()
        self._generation += 1
        generation = self._generation

        def done(data: WorkProgrammeData) -> None:
            if generation == self._generation:  # a later reload (another year) supersedes this one
                self.show_data(data, select_rule=select_rule)

        self.window.runner.run(lambda: read(store, year), done, self.window.task_failed)

    def show_data(self, data: WorkProgrammeData, *, select_rule: int | None = None) -> None:
        self.data = data
        self.today = dt.date.today()
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
        dates = {m.id: m.date for m in data.grid.meetings}
        lst = self.coverage_list
        lst.clear()
        for p in problems:
            label = {"over time": "Over time", "report": "Report", "standing item": "Standing item",
                     "no meetings": "No meetings"}.get(p.kind, p.kind.capitalize())
            item = QListWidgetItem(f"{label}: {p.text}")
            item.setData(Qt.ItemDataRole.UserRole, p.meeting_id)
            if p.meeting_id is not None and p.meeting_id in dates:
                item.setToolTip(f"Double-click to open the agenda of {dates[p.meeting_id]:%A %d %B %Y}.")
            lst.addItem(item)
        lst.setVisible(bool(problems))
        self.coverage_hint.setVisible(bool(problems))
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
        loaded = self.window.store is not None and self.data is not None
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
        return RuleDialog(d.officers, d.seats, d.priorities, data, parent=self.window)

    def add_rule(self) -> None:
        from cpo_desktop.services import work_programme as wp

        if self.window.store is None or self.data is None:
            return
        dialog = self._dialog()
        if prompts.ask(dialog):
            data = dialog.result_input()
            self._save(f"Added the report rule “{data.title}”", lambda store: wp.add_rule(store, data))

    def edit_rule(self, rule=None) -> None:
        from cpo_desktop.services import work_programme as wp

        rule = rule or self.selected_rule()
        if rule is None or self.window.store is None or self.data is None:
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
            self.window.status("Choose the report rule to change, then Edit Rule…")
            return
        self.edit_rule()

    def _save(self, message: str, operation) -> None:
        store = self.window.store

        def done(rule_id: int) -> None:
            self.window.status(f"{message}.")
            self.reload(select_rule=rule_id)
            self.rules_changed.emit()

        self.window.runner.run(lambda: operation(store), done, self.window.task_failed)


# --- the rule dialog --------------------------------------------------------------------------

def fill_choices(combo: QComboBox, choices: Sequence[Choice], selected: int | None, blank: str) -> None:
    """Current entries, and a former one only when it is the one chosen (it stays visible)."""
    combo.clear()
    combo.addItem(blank, None)
    for c in choices:
        if not c.former or c.id == selected:
            combo.addItem(c.label + (" (former)" if c.former else ""), c.id)
            combo.setItemData(combo.count() - 1, c.label, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(selected), 0) if selected is not None else 0)


class RuleDialog(QDialog):
    """Add or change a report rule; checks as you type (RuleInput.problems) and keeps OK disabled
    until the rule can be saved."""

    def __init__(self, officers: Sequence[Choice], seats: Sequence[Choice], priorities: Sequence[Choice],
                 data=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_rule_dialog import Ui_RuleDialog

        self.ui = ui = Ui_RuleDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Add Rule" if data is None else "Save")
        style_problem_label(ui.problemLabel)
        hint = ui.monthsHint.palette()
        hint.setColor(ui.monthsHint.foregroundRole(), GREY)
        ui.monthsHint.setPalette(hint)
        self.setWindowTitle("Add a Report Rule" if data is None else f"Report Rule: {data.title}")
        for combo in (ui.officerCombo, ui.seatCombo, ui.themeCombo):
            # Long role and seat names must not widen the dialog; the list shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
            combo.view().setMinimumWidth(480)
        for f in enums.ReportFrequency:
            ui.frequencyCombo.addItem(f.label, f.value)
        for p in enums.Purpose:
            ui.purposeCombo.addItem(p.value.capitalize(), p.value)
        fill_choices(ui.officerCombo, officers, data.reporting_officer_id if data else None,
                     "— choose a reporting officer —")
        fill_choices(ui.seatCombo, seats, data.seat_id if data else None, "— choose a seat —")
        fill_choices(ui.themeCombo, priorities, data.priority_id if data else None, "— none —")
        if data is not None:
            ui.titleEdit.setText(data.title)
            ui.titleEdit.setCursorPosition(0)
            ui.frequencyCombo.setCurrentIndex(max(ui.frequencyCombo.findData(data.frequency), 0))
            ui.monthsEdit.setText(", ".join(str(m) for m in months_of(data.preferred_months))
                                  or data.preferred_months)
            ui.purposeCombo.setCurrentIndex(max(ui.purposeCombo.findData(data.purpose), 0))
            ui.durationSpin.setValue(data.duration_minutes)
            ui.activeCheck.setChecked(data.active)
            ui.notesEdit.setPlainText(data.notes or "")
            if data.reporting_officer_id is not None:
                ui.officerRadio.setChecked(True)
            elif data.seat_id is not None:
                ui.seatRadio.setChecked(True)
            else:
                ui.roleRadio.setChecked(True)
                ui.roleEdit.setText(data.presenter_role or "")
        else:
            ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findData(enums.ReportFrequency.ANNUAL.value))
            ui.purposeCombo.setCurrentIndex(ui.purposeCombo.findData(enums.Purpose.DISCUSSION.value))
        # A new, empty form is not scolded: a field's problem shows once it has been touched.
        self.touched: set[str] = set() if data is None else {"title", "presenter"}
        ui.titleEdit.textEdited.connect(lambda _t: self._touch("title"))
        for radio in (ui.officerRadio, ui.seatRadio, ui.roleRadio):
            radio.toggled.connect(self._presenter_changed)
        for combo in (ui.officerCombo, ui.seatCombo):
            combo.activated.connect(lambda _i: self._touch("presenter"))
        for signal in (ui.titleEdit.textChanged, ui.monthsEdit.textChanged, ui.roleEdit.textChanged):
            signal.connect(self.validate)
        for combo in (ui.frequencyCombo, ui.officerCombo, ui.seatCombo):
            combo.currentIndexChanged.connect(self.validate)
        ui.durationSpin.valueChanged.connect(self.validate)
        self._presenter_changed()
        self.validate()

    def _touch(self, key: str) -> None:
        self.touched.add(key)
        self.validate()

    def _presenter_changed(self, *_args) -> None:
        ui = self.ui
        ui.officerCombo.setEnabled(ui.officerRadio.isChecked())
        ui.seatCombo.setEnabled(ui.seatRadio.isChecked())
        ui.roleEdit.setEnabled(ui.roleRadio.isChecked())
        if self.sender() is not None:
            self.touched.add("presenter")
        self.validate()

    def _months_hint(self) -> str:
        frequency = self.ui.frequencyCombo.currentData()
        if frequency == enums.ReportFrequency.EVERY_MEETING.value:
            return "It comes to every meeting, so months are not needed."
        if frequency == enums.ReportFrequency.AS_REQUESTED.value:
            return "Only when the board asks for it: it is not planned into the year."
        wanted = agenda_rules.TIMES_A_YEAR.get(frequency) or 0
        try:
            months = agenda_rules.parse_months(self.ui.monthsEdit.text())
        except ValueError:
            return "Month numbers, 1 (January) to 12 (December), separated by commas."
        if not months:
            return "Leave empty to spread it over the year, or give the month numbers it should come in."
        text = f"The first meeting in or after {month_names(months[:wanted])}"
        if len(months) > wanted:
            text += f"; only the first {wanted} month{'s are' if wanted != 1 else ' is'} used"
        elif len(months) < wanted:
            text += "; the rest spread over the year"
        return text + "."

    def problems(self) -> list[str]:
        ui = self.ui
        problems = self.result_input().problems()
        if ui.officerRadio.isChecked() and ui.officerCombo.currentData() is None:
            problems.append("choose the reporting officer who presents it")
        if ui.seatRadio.isChecked() and ui.seatCombo.currentData() is None:
            problems.append("choose the seat whose holder presents it")
        return problems

    def validate(self, *_args) -> list[str]:
        problems = self.problems()
        shown = [p for p in problems
                 if not ("title" in p and "title" not in self.touched)
                 and not (p.startswith("choose the") and "presenter" not in self.touched)]
        show_problems(self.ui.problemLabel, self.ok, shown)
        self.ok.setEnabled(not problems)
        self.ui.monthsHint.setText(self._months_hint())
        return problems

    def result_input(self):
        from cpo_desktop.services.work_programme import RuleInput

        ui = self.ui
        return RuleInput(
            title=ui.titleEdit.text().strip(), frequency=ui.frequencyCombo.currentData(),
            reporting_officer_id=ui.officerCombo.currentData() if ui.officerRadio.isChecked() else None,
            seat_id=ui.seatCombo.currentData() if ui.seatRadio.isChecked() else None,
            presenter_role=(ui.roleEdit.text().strip() or None) if ui.roleRadio.isChecked() else None,
            preferred_months=ui.monthsEdit.text().strip(), priority_id=ui.themeCombo.currentData(),
            purpose=ui.purposeCombo.currentData(), duration_minutes=ui.durationSpin.value(),
            active=ui.activeCheck.isChecked(), notes=ui.notesEdit.toPlainText().strip() or None)
