"""The work programme's year grid: the year's board meetings across, its reports and standing
items down, each cell what the rules plan and what has happened (planned, on the agenda, paper
received, presented, or missing from a built agenda)."""

from __future__ import annotations

import datetime as dt
import html
import textwrap

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from cpo_desktop import dates
from cpo_desktop.model import agenda_rules
from cpo_desktop.ui.style import GREY, ROSE

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
        return "\n".join([dates.day_name(m.date, year=False), *theme, *([""] * (2 - len(theme)))])

    def header_tip(self, m) -> str:
        lines = [f"Board meeting, {dates.full(m.date)}"]
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
            by_title = [f"Counted by the title of “{title}”, not by a link: link the item to this report (Edit "
                        "Item… › Report rule)." for meeting_id, _item, title in row.by_title if meeting_id == m.id]
            return "\n".join([row.title, dates.full(m.date), CELL_MEANING.get(state, state), *by_title])
        return None


class Resized(QObject):
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
