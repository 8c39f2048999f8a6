"""Widgets and helpers every view shares: headings, tables, combos, the meeting picker, dates in
date edits, and dialogs that validate as the user types. Feature packages take these from here, never from
one another."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpo_desktop import dates


def heading(text: str, subtitle: str = "") -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    title = QLabel(f"<h2 style='margin:0'>{text}</h2>")
    title.setObjectName("viewTitle")
    layout.addWidget(title)
    if subtitle:
        sub = QLabel(subtitle)
        sub.setObjectName("viewSubtitle")
        sub.setWordWrap(True)
        layout.addWidget(sub)
    return box


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def show_problems(label: QLabel, ok: QPushButton, problems: list[str]) -> None:
    """Say what is wrong under the form and keep OK disabled until it is put right."""
    label.setText("\n".join(p[0].upper() + p[1:] + "." for p in problems))
    label.setVisible(bool(problems))
    ok.setEnabled(not problems)


def style_problem_label(label: QLabel) -> None:
    # Problems quote what the user typed ("<b>Jo</b> is not an e-mail address"): shown as typed,
    # never read as rich text.
    label.setTextFormat(Qt.TextFormat.PlainText)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(170, 20, 20))
    label.setPalette(palette)
    label.setVisible(False)


def style_summary_label(label: QLabel) -> None:
    """A quiet box for what a form adds up to."""
    label.setStyleSheet("QLabel { background: #eef3f8; color: #1f2d3a; border: 1px solid #c9d6e3;"
                        " border-radius: 3px; padding: 6px; }")


def duration_text(minutes: int) -> str:
    """120 → '2 hours', 90 → '1 hour 30 minutes'."""
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if rest or not hours:
        parts.append(f"{rest} minutes")
    return " ".join(parts)


def set_widths(table: QTableView, widths_in_chars: list[int]) -> None:
    """Column widths from the font, not from the contents: measuring thousands of rows is slow."""
    char = QFontMetrics(table.font()).averageCharWidth()
    for col, chars in enumerate(widths_in_chars):
        table.setColumnWidth(col, chars * char + 16)


def prepare_table(table: QTableView) -> None:
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def selected_row(table: QTableView, model) -> object | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return model.rows[rows[0].row()] if rows and rows[0].row() < len(model.rows) else None


def refill(table: QTableView, model, rows) -> None:
    """New rows under the current filter, keeping the selected row (by id) selected."""
    chosen = selected_row(table, model)
    model.set_rows(rows)
    if chosen is not None:
        select_where(table, model, lambda r: r.id == chosen.id)


def select_where(table: QTableView, model, predicate) -> bool:
    for n, row in enumerate(model.rows):
        if predicate(row):
            index = model.index(n, 0)
            table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            table.scrollTo(index)
            return True
    return False


def searchable(combo: QComboBox, placeholder: str = "Type a name to search…") -> None:
    """An editable combo that finds people by any part of their name and accepts only them."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.lineEdit().setPlaceholderText(placeholder)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(completer.CompletionMode.PopupCompletion)


def chosen(combo: QComboBox) -> Any:
    """The data of the entry whose text is in the combo (typed or picked), else None."""
    text = combo.currentText().strip()
    if not text:
        return None
    if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text:
        return combo.currentData()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else None


def choose(combo: QComboBox, data: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


def fit_columns(table: QTableView, most: dict[int, int], stretch: int, *, least: int = 0) -> None:
    """Columns as wide as their text, within ``most`` pixels; ``stretch`` takes what is left, so
    the table fits its width and nothing hides behind a horizontal scroll bar. With ``least``
    (pixels), the ``stretch`` column (a title) never gets narrower than that: on a narrow screen
    the table scrolls rather than squeeze the titles to nothing."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    for col in range(table.model().columnCount()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        if col == stretch and not least:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        elif col != stretch:
            table.setColumnWidth(col, min(table.columnWidth(col) + 12, most.get(col, 400)))
    if least:
        rest = _TakesTheRest.of(table)
        rest.column, rest.least = stretch, least
        rest.fit()


class _TakesTheRest(QObject):
    """Keeps one column of a table (its titles) as wide as the other columns leave, but never
    narrower than ``least``, as the table changes size."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table, self.column, self.least = table, 0, 0
        table.viewport().installEventFilter(self)

    @classmethod
    def of(cls, table: QTableView) -> _TakesTheRest:
        found = table.findChild(cls)
        return found if isinstance(found, cls) else cls(table)

    def fit(self) -> None:
        table = self.table
        others = sum(table.columnWidth(c) for c in range(table.model().columnCount()) if c != self.column)
        table.setColumnWidth(self.column, max(self.least, table.viewport().width() - others))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class ViewPage:
    """A mixin for a page of a stacked widget (each main-window view): while the page is hidden it
    takes no part in the stack's height-for-width.

    Qt's QStackedLayout asks every page, shown or not, for its height at a width, and a layout asks
    that again on every show and hide inside it; with a word-wrapped label on each page that was
    15 ms of text layout on every change of view. A hidden page answering "no height for width"
    (-1) leaves only the page in sight to measure; the minimum sizes of all pages still count."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        if self.isHidden():  # type: ignore[attr-defined]
            return -1
        return super().heightForWidth(width)  # type: ignore[misc]


class FlowRow(QWidget):
    """A row of widgets that goes on to a new row when the width runs out (a flow layout), so a row
    of buttons is never clipped on a narrow screen (a council laptop at 1024 pixels).

    Each row is an ordinary box layout and the widgets move between rows only when the width
    calls for it: Qt's layouts place them. (Placing widgets from Python instead, with
    ``setGeometry`` on every resize, costs PySide6 6.12 a reference to ``None`` each call.)"""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self.gap = spacing
        self.widgets: list[QWidget] = []
        self.rows: list[list[QWidget]] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)

    def add(self, widget: QWidget) -> None:
        self.widgets.append(widget)
        widget.installEventFilter(self)
        self.arrange(self.width())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.arrange(self.width())  # a button shown or hidden
            self.updateGeometry()
        return False

    @staticmethod
    def hidden(w: QWidget) -> bool:
        """Hidden on purpose (not merely not shown yet, as while it moves into the row)."""
        return w.isHidden() and w.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)

    def split(self, width: int) -> list[list[QWidget]]:
        """The widgets row by row for ``width`` (a hidden widget takes no room)."""
        rows: list[list[QWidget]] = [[]]
        x = 0
        for w in self.widgets:
            need = 0 if self.hidden(w) else w.sizeHint().width()
            if need and x > 0 and x + need > width:
                rows.append([])
                x = 0
            rows[-1].append(w)
            x += need + (self.gap if need else 0)
        return rows

    def arrange(self, width: int) -> None:
        rows = self.split(width)
        if rows == self.rows:
            return
        self.rows = rows
        while self.box.count():
            old = self.box.takeAt(0).layout()
            while old.count():
                old.takeAt(0)
            old.deleteLater()
        for row in rows:
            line = QHBoxLayout()
            line.setSpacing(self.gap)
            for w in row:
                line.addWidget(w)
            line.addStretch(1)
            self.box.addLayout(line)
        self.updateGeometry()

    def _height(self, rows: list[list[QWidget]]) -> int:
        heights = [max((w.sizeHint().height() for w in row if not self.hidden(w)), default=0) for row in rows]
        heights = [h for h in heights if h]
        return sum(heights) + self.gap * max(len(heights) - 1, 0)

    # No height-for-width: a layout asks the rows' own layout for that, not this widget. The rows
    # are arranged for each new width, and the height follows them (``updateGeometry``).
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one row (what it would like), as high as the rows it has now."""
        hints = [w.sizeHint() for w in self.widgets if not self.hidden(w)]
        return QSize(sum(h.width() for h in hints) + self.gap * max(len(hints) - 1, 0), self._height(self.rows))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest single widget: narrower than that, one would be clipped."""
        widest = max((w.sizeHint().width() for w in self.widgets if not self.hidden(w)), default=0)
        return QSize(widest, self._height(self.rows))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # QWidget's own resizeEvent does nothing (and calling it from Python loses PySide6 6.12 a
        # reference to None each time), so only the rows are arranged here.
        self.arrange(event.size().width())


def wrap_row(row: QBoxLayout) -> FlowRow:
    """Put the widgets of a form's row of buttons (``row``, a horizontal box) into a ``FlowRow``
    in the same place, so the row wraps instead of clipping its buttons when the window is narrow.
    The row's spacers go; the widgets keep their order."""
    parent = row.parent()
    holder = FlowRow(parent.parentWidget() if isinstance(parent, QLayout) else parent,
                     spacing=row.spacing() if row.spacing() >= 0 else 6)
    holder.setObjectName(row.objectName() + "Flow")
    while row.count():
        item = row.takeAt(0)
        if item.widget() is not None:
            holder.add(item.widget())
    if isinstance(parent, QBoxLayout):
        index = parent.indexOf(row)
        parent.removeItem(row)
        parent.insertWidget(index, holder)
    return holder


def problem_setup(dialog: QDialog) -> QPushButton:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    style_problem_label(dialog.ui.problemLabel)
    return ok


class CheckedDialog(QDialog):
    """A dialog whose OK waits until ``problems()`` is empty; the problems are shown once the
    user has touched the form (``touched``)."""

    touched = False

    def validate(self) -> list[str]:
        problems = self.problems()
        show_problems(self.ui.problemLabel, self.ok, problems if self.touched else [])
        self.ok.setEnabled(not problems)
        return problems


NO_ONE = "— none —"


def fill_people(combo: QComboBox, people: Sequence[tuple[int, str]], selected: int | None,
                *, blank: str = NO_ONE) -> None:
    combo.clear()
    combo.addItem(blank, None)
    for pid, name in people:
        combo.addItem(name, pid)
    index = combo.findData(selected) if selected is not None else 0
    combo.setCurrentIndex(max(index, 0))


def fill_organisations(combo: QComboBox, organisations: Sequence[str], current: str | None) -> None:
    combo.clear()
    combo.addItems(list(organisations))
    combo.setCurrentIndex(-1)
    combo.setEditText(current or "")
    completer = combo.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)


def fill_actions_menu(menu: QMenu, actions: dict[str, QAction], groups: Sequence[Sequence[str]]) -> None:
    """Put a view's own actions (``actions`` by key) in ``menu``, in ``groups`` between separators;
    each entry is enabled as the view's action is."""
    for n, group in enumerate(groups):
        if n:
            menu.addSeparator()
        for key in group:
            menu.addAction(actions[key])


def meeting_text(m, *, theme: bool = True, note: str = "") -> str:
    """How a meeting picker lists a meeting: "Wed 09 Dec 2026 – Board meeting – Health and
    Wellbeing", then ``note`` (" (to come)")."""
    return f"{dates.weekday(m.date)} – {m.kind_label}" + (f" – {m.theme}" if theme and m.theme else "") + note


def fill_meetings(combo: QComboBox, meetings: Sequence[Any], keep: int | None, *,
                  note: Callable[[Any], str] | None = None, separator_before: int | None = None) -> None:
    """The meeting picker: ``meetings`` listed by ``meeting_text`` (``note(m)`` after each), a
    separator before the one at ``separator_before``, and the meeting ``keep`` chosen, all without
    the combo's signals (the caller reads what is chosen)."""
    combo.blockSignals(True)
    try:
        combo.clear()
        for n, m in enumerate(meetings):
            if n == separator_before:
                combo.insertSeparator(combo.count())
            combo.addItem(meeting_text(m, note=note(m) if note else ""), m.id)
        if keep is not None:
            combo.setCurrentIndex(combo.findData(keep))
    finally:
        combo.blockSignals(False)
