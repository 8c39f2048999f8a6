"""The agenda table's model: a meeting's items with their times, presenters, papers and report
checklists, coloured by the state of their papers; rows are dragged (or moved with the keyboard)
to reorder them, and the move is asked for (``move_requested``) while the row moves at once."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cpo_desktop import dates
from cpo_desktop.model import agenda_rules
from cpo_desktop.ui.style import AMBER, GREY, ROSE

MIME = "application/x-cpo-agenda-row"
PART2 = QColor(226, 232, 240)  # a quiet blue-grey: the exempt part of the agenda
GREEN = QColor(214, 236, 214)
PURPOSE_LABELS = {"decision": "For decision", "discussion": "For discussion", "information": "For information"}


class AgendaModel(QAbstractTableModel):
    """A meeting's agenda items, one a row; rows are dragged to reorder them (``move_requested``)."""

    HEADERS = ("No.", "Time", "Item", "Presenter", "Purpose", "Mins", "Paper", "Checklist")
    move_requested = Signal(int, int)  # item id, index to put it at

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list = []

    def set_items(self, items) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 7:
            return "The report checklist of each paper: the Pledge · young people's involvement · you said, we did"
        return None

    def _paper_text(self, item) -> str:
        if item.papers:
            names = ", ".join(p.original_name for p in item.papers)
            return ("Received late: " if item.state == "received late" else "") + names
        return {"awaited": "Awaited", "to follow": "To follow", "late": "LATE – not received",
                "not received": "Not received"}.get(item.state, "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.number
            if col == 1:
                return dates.hm(item.start)
            if col == 2:
                title = ("      " if item.sub_item else "") + item.title
                if item.deferred_label:
                    title += f"   ({item.deferred_label})"
                return title + (f"   [Part 2 – para {item.exempt_paragraph}]" if item.part == 2 else "")
            if col == 3:
                return item.presenter
            if col == 4:
                return item.purpose.capitalize()
            if col == 5:
                return str(item.duration_minutes)
            if col == 6:
                return self._paper_text(item)
            if col == 7:  # the report checklist, one "✓ · ✓ · ✗" per paper; words in the tooltip
                return "   ".join(" · ".join("✓" if ok else "✗" for ok in (p.pledge, p.involvement, p.you_said_we_did))
                                  for p in item.papers)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [item.title, item.presenter, PURPOSE_LABELS.get(item.purpose, item.purpose)]
            if item.part == 2:
                tips.append(f"Part 2 – Schedule 12A paragraph {item.exempt_paragraph}: "
                            f"{agenda_rules.SCHEDULE_12A.get(item.exempt_paragraph, '')}")
                default = "" if item.public_title else " (the default)"
                tips.append(f"Public title: {item.shown_public_title}{default}")
                tips.append(f"Public interest: {item.public_interest or '(no note yet)'}")
            if item.chair_notes:
                tips.append(f"Notes for the chair: {item.chair_notes}")
            if item.author_email:
                tips.append(f"Author: {item.author_email}")
            for p in item.papers:
                tips.append(f"{p.original_name}: {p.checklist}")
            return "\n".join(tips)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == 6 and item.state == "late":
                return QBrush(ROSE)
            if col == 6 and item.state == "received late":
                return QBrush(AMBER)
            if col == 6 and item.state == "received":
                return QBrush(GREEN)
            if item.part == 2:
                return QBrush(PART2)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 6 and item.state in ("late", "received late", "received"):
                return QBrush(QColor("black"))
            if item.part == 2:
                return QBrush(QColor("black"))
            if col in (1, 5) or (col == 6 and item.state == "awaited"):
                return QBrush(GREY)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if (col == 6 and item.state == "late") or (col in (0, 2) and not item.sub_item):
                font = QFont()
                font.setBold(col != 2 or item.section not in ("opening", "closing"))
                return font if font.bold() else None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 7:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 1, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if col == 5 else \
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    # Drag and drop: the view drags rows; a drop asks for a move and moves the row at once.
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, str(rows[0] if rows else -1).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME)).decode() or -1)
        target = row if row != -1 else (parent.row() if parent.isValid() else len(self.items))
        self.move_row(source, target)
        return False  # the model moved the row itself; the view must not remove anything

    def move_row(self, source: int, target: int) -> None:
        """Move row ``source`` to before row ``target`` (``len`` for the end) and ask to save it."""
        if not 0 <= source < len(self.items) or target in (source, source + 1):
            return
        target = max(0, min(target, len(self.items)))
        item = self.items[source]
        # Rows show at once in their new place; a top-level item's sub-items follow on reload.
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target)
        self.items.insert(target if target < source else target - 1, self.items.pop(source))
        self.endMoveRows()
        self.move_requested.emit(item.id, target)
