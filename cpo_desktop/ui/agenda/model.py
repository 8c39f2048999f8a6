"""The agenda table's model: a meeting's items with their times, presenters, papers and report
checklists, coloured by the state of their papers; rows are dragged (or moved with the keyboard)
to reorder them, and the move is asked for (``move_requested``) while the row moves at once.

Before the first Part 2 item the table has one more row, not an item: the divider with the
exclusion resolution as the printed agenda has it (``AgendaDelegate`` draws it across the table).
So a row of the table is not an index into ``items``: ``item_at``, ``row_of`` and ``item_index``
turn one into the other."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from cpo_desktop import dates
from cpo_desktop.model import agenda_rules
from cpo_desktop.services import minutes_wording
from cpo_desktop.model.agenda_rules import CHECKLIST_LEGEND
from cpo_desktop.wording import aside
from cpo_desktop.ui.style import AMBER, GREY, ROSE

MIME = "application/x-cpo-agenda-row"
PART2 = QColor(226, 232, 240)  # a quiet blue-grey: the exempt part of the agenda
DIVIDER_BACKGROUND = QColor(200, 211, 226)  # the Part 2 divider: a heading band, darker than its rows
PILL_BORDER = QColor(70, 90, 122)
DIVIDER_ROLE = Qt.ItemDataRole.UserRole + 1  # True on the Part 2 divider row
PART2_MARK = "Part 2"  # the words of the mark after a Part 2 item's number
DIVIDER = object()  # the divider's place among the rows
GREEN = QColor(214, 236, 214)
PURPOSE_LABELS = {"decision": "For decision", "discussion": "For discussion", "information": "For information"}


class AgendaModel(QAbstractTableModel):
    """A meeting's agenda items, one a row; rows are dragged to reorder them (``move_requested``)."""

    HEADERS = ("No.", "Time", "Item", "Presenter", "Purpose", "Mins", "Paper", "Checklist")
    move_requested = Signal(int, int)  # item id, index to put it at

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list = []
        self.rows: list = []  # the table's rows: the items, and DIVIDER before the first Part 2 item
        self.exclusion = ""  # the divider's wording
        self._pill: QPixmap | None = None

    def set_items(self, items) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._lay_out()
        self.endResetModel()

    def _lay_out(self) -> None:
        """The rows from the items: the divider goes before the first Part 2 item, worded for the
        paragraphs of all of them (as the printed agenda words it)."""
        self.rows = list(self.items)
        first = next((n for n, item in enumerate(self.items) if item.part == 2), None)
        self.exclusion = ""
        if first is not None:
            self.rows.insert(first, DIVIDER)
            self.exclusion = minutes_wording.agenda_exclusion_wording(
                [item.exempt_paragraph for item in self.items if item.part == 2])

    # Rows and items: the divider is a row but no item.
    @property
    def divider_row(self) -> int | None:
        """The divider's row, or None when no item is in Part 2."""
        return next((row for row, entry in enumerate(self.rows) if entry is DIVIDER), None)

    def item_at(self, row: int):
        """The item shown on ``row``; None for the divider or a row out of range."""
        entry = self.rows[row] if 0 <= row < len(self.rows) else None
        return None if entry is DIVIDER else entry

    def row_of(self, item_id: int) -> int | None:
        """The row showing the item with this id, or None."""
        return next((row for row, entry in enumerate(self.rows) if entry is not DIVIDER and entry.id == item_id),
                    None)

    def item_index(self, row: int) -> int:
        """Where in ``items`` a row stands (``len(items)`` past the end): the items above it counted."""
        return sum(1 for entry in self.rows[:max(row, 0)] if entry is not DIVIDER)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 7:
            return CHECKLIST_LEGEND
        return None

    def _paper_text(self, item) -> str:
        if item.papers:
            names = ", ".join(p.original_name for p in item.papers)
            return ("Received late: " if item.state == "received late" else "") + names
        return {"awaited": "Awaited", "to follow": "To follow", "late": "LATE – not received",
                "not received": "Not received", "made by the app": "Made from the figures"}.get(item.state, "")

    def _divider_data(self, col: int, role: int):
        if role == DIVIDER_ROLE:
            return True
        if role == Qt.ItemDataRole.DisplayRole and col == 0:
            return f"{agenda_rules.PART2_HEADING}\n{self.exclusion}"  # the heading, then the wording under it
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{agenda_rules.PART2_HEADING}. {self.exclusion}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"The items below are in Part 2: exempt information.\n{self.exclusion}"
        return None

    def part2_pill(self) -> QPixmap:
        """The mark after a Part 2 item's number: its words in a box, so it is not told by colour alone."""
        if self._pill is None:
            font = QFont()
            font.setPointSizeF(max(font.pointSizeF() - 1, 7))
            font.setBold(True)
            metrics = QFontMetrics(font)
            size = QSize(metrics.horizontalAdvance(PART2_MARK) + 10, metrics.height() + 2)
            scale = 2  # drawn at twice the size, so it stays sharp on a high-density screen
            pixmap = QPixmap(size * scale)
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(PILL_BORDER, 1))
            painter.setBrush(QBrush(DIVIDER_BACKGROUND))
            painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 4, 4)
            painter.setPen(QColor(18, 32, 56))
            painter.setFont(font)
            painter.drawText(QRect(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, PART2_MARK)
            painter.end()
            self._pill = pixmap
        return self._pill

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        col = index.column()
        if item is DIVIDER:
            return self._divider_data(col, role)
        if role == DIVIDER_ROLE:
            return False
        if item.part == 2 and col == 0:
            if role == Qt.ItemDataRole.DecorationRole:
                return self.part2_pill()
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{item.number}, {PART2_MARK} (exempt)"
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.number
            if col == 1:
                return dates.hm(item.start)
            if col == 2:
                title = ("      " if item.sub_item else "") + aside(item.title, item.deferred_label)
                return title + (f"   [Part 2 – para {item.exempt_paragraph}]" if item.part == 2 else "")
            if col == 3:
                return item.presenter
            if col == 4:
                return item.purpose.capitalize()
            if col == 5:
                return str(item.duration_minutes)
            if col == 6:
                return self._paper_text(item)
            if col == 7:  # the report checklist, one "✓ · ✓ · ✗" per paper; the legend under the table
                return "   ".join(p.marks for p in item.papers)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [item.title, item.presenter, PURPOSE_LABELS.get(item.purpose, item.purpose)]
            if item.part == 2:
                tips.append(f"Part 2 – Schedule 12A paragraph {item.exempt_paragraph}: "
                            f"{agenda_rules.SCHEDULE_12A.get(item.exempt_paragraph, '')}")
                tips.append(f"Public title: {aside(item.shown_public_title, '' if item.public_title else 'the default')}")
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
        if index.isValid() and self.rows[index.row()] is DIVIDER:
            # Not an item: nothing to select, drag, drop on or edit; the keys and clicks pass over it.
            return Qt.ItemFlag.NoItemFlags
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
        rows = sorted({i.row() for i in indexes if i.isValid() and self.item_at(i.row()) is not None})
        data.setData(MIME, str(self.item_index(rows[0]) if rows else -1).encode())  # where the item is in ``items``
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME)).decode() or -1)
        # A table row (the divider counts as one) to a place among the items: dropped on or just
        # below the divider, an item goes at the end of Part 1.
        target = self.item_index(row if row != -1 else (parent.row() if parent.isValid() else len(self.rows)))
        self.move_row(source, target)
        return False  # the model moved the row itself; the view must not remove anything

    def move_row(self, source: int, target: int) -> None:
        """Move item ``source`` to before item ``target`` (``len`` for the end; indexes into
        ``items``, not rows) and ask to save it."""
        if not 0 <= source < len(self.items) or target in (source, source + 1):
            return
        target = max(0, min(target, len(self.items)))
        item = self.items[source]
        # Rows show at once in their new place; a top-level item's sub-items follow on reload. The
        # divider may move too (the first Part 2 item may be another), so the rows are laid out
        # again and every row the view holds on to (the selection, the current row) follows its item.
        self.layoutAboutToBeChanged.emit()
        before = list(self.rows)
        self.items.insert(target if target < source else target - 1, self.items.pop(source))
        self._lay_out()
        new_row = {id(entry): row for row, entry in enumerate(self.rows)}
        held = self.persistentIndexList()
        moved = []
        for index in held:
            row = new_row.get(id(before[index.row()])) if 0 <= index.row() < len(before) else None
            moved.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(held, moved)
        self.layoutChanged.emit()
        self.move_requested.emit(item.id, target)


class AgendaDelegate(QStyledItemDelegate):
    """Draws the agenda table's Part 2 divider as a heading band across the table, the exclusion
    wording wrapped under its heading, and puts the Part 2 mark after an item's number. The
    view spans the divider over every column and gives it the height ``divider_height`` asks for."""

    PAD = 6

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() == 0:
            option.decorationPosition = QStyleOptionViewItem.Position.Right  # "21 [Part 2]"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.data(DIVIDER_ROLE):
            super().paint(painter, option, index)
            return
        heading, _, wording = (index.data() or "").partition("\n")
        bold = QFont(option.font)
        bold.setBold(True)
        painter.save()
        painter.fillRect(option.rect, DIVIDER_BACKGROUND)
        painter.setPen(QPen(PILL_BORDER, 1))
        painter.drawLine(option.rect.topLeft(), option.rect.topRight())
        painter.setPen(QColor("black"))  # on the band's own colour, in a dark palette too
        area = self._text_area(option)
        painter.setFont(bold)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), heading)
        area.setTop(area.top() + QFontMetrics(bold).height() + 2)
        painter.setFont(option.font)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), wording)
        painter.restore()

    def _text_area(self, option: QStyleOptionViewItem) -> QRect:
        """Where the divider's words go: inside its band, and no wider than the table shows."""
        area = option.rect.adjusted(self.PAD, self.PAD // 2, -self.PAD, -self.PAD // 2)
        widget = option.widget
        if widget is not None and hasattr(widget, "viewport"):
            area.setWidth(max(min(area.width(), widget.viewport().width() - 2 * self.PAD), 40))
        return area

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(DIVIDER_ROLE):
            return QSize(0, option.fontMetrics.height())  # no width asked of the first column; the view sets the height
        return super().sizeHint(option, index)

    @classmethod
    def divider_height(cls, font: QFont, width: int, text: str) -> int:
        """The height the divider needs to show ``text`` (heading, new line, wording) ``width`` wide."""
        heading, _, wording = text.partition("\n")
        bold = QFont(font)
        bold.setBold(True)
        inner = max(width - 2 * cls.PAD, 40)
        wrapped = QFontMetrics(font).boundingRect(QRect(0, 0, inner, 100000),
                                                  int(Qt.TextFlag.TextWordWrap), wording).height()
        return cls.PAD + QFontMetrics(bold).height() + 2 + wrapped + cls.PAD

