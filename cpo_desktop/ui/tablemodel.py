"""A read-only Qt table model over a list of plain rows (dataclasses from the services),
described by columns; sorting and filtering are left to a QSortFilterProxyModel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cpo_desktop import dates

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return dates.table(value)
    if isinstance(value, dt.time):
        return dates.hm(value)
    if isinstance(value, bool):
        return "Yes" if value else ""
    return str(value)


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    display: Callable[[Any], str] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    max_width: int = 340  # pixels; long text is elided and shown whole in the tooltip


@dataclass(frozen=True)
class RowStyle:
    background: Callable[[Any], QColor | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    bold: Callable[[Any], bool] | None = None
    italic: Callable[[Any], bool] | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], style: RowStyle | None = None, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.style = style or RowStyle()
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return column.display(row) if column.display else format_value(value)
        if role == SORT_ROLE:
            value = column.value(row)
            if value is None:
                return ""
            if isinstance(value, (dt.date, dt.time)):
                return value.isoformat()
            return value if isinstance(value, (int, float)) else str(value).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and self.style.background:
            colour = self.style.background(row)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.style.foreground(row) if self.style.foreground else None
            if colour is None and self.style.background and self.style.background(row):
                colour = QColor("black")  # stays readable on a highlight in a dark palette
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and (self.style.bold or self.style.italic):
            bold = bool(self.style.bold and self.style.bold(row))
            italic = bool(self.style.italic and self.style.italic(row))
            if bold or italic:
                font = QFont()
                font.setBold(bold)
                font.setItalic(italic)
                return font
        return None


def sort_key(value: Any) -> tuple:
    """A key that orders any column's values, blanks last, text without regard to case."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, (dt.date, dt.time)):
        return (0, value.isoformat())
    if isinstance(value, bool):
        return (0, "0" if value else "1")  # "Yes" first
    if isinstance(value, (int, float)):
        return (0, f"{value:020.6f}")
    return (0, str(value).casefold())


class FilteredRowsModel(RowsModel):
    """Rows filtered and sorted in Python, not by a proxy.

    A QSortFilterProxyModel over a Python model asks for every cell through ``data()`` on
    each keystroke; with thousands of rows that is too slow. Here a filter is one list
    comprehension over plain rows and a sort one ``list.sort``, and the view only asks for
    the cells it shows.
    """

    def __init__(self, columns: Sequence[Column], style: RowStyle | None = None, parent=None) -> None:
        super().__init__(columns, style, parent)
        self.all_rows: list[Any] = []
        self._match: Callable[[Any], bool] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[Any], match: Callable[[Any], bool] | None | bool = False) -> None:
        """New rows; ``match`` replaces the filter too (False keeps the current one)."""
        self.all_rows = list(rows)
        if match is not False:
            self._match = match
        self._refilter()

    def set_filter(self, match: Callable[[Any], bool] | None) -> None:
        self._match = match
        self._refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._refilter()

    def _refilter(self) -> None:
        rows = self.all_rows if self._match is None else [r for r in self.all_rows if self._match(r)]
        if 0 <= self._sort_column < len(self.columns):
            value = self.columns[self._sort_column].value
            rows = sorted(rows, key=lambda r: sort_key(value(r)),
                          reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int) -> Any:
        return self.rows[index] if 0 <= index < len(self.rows) else None
