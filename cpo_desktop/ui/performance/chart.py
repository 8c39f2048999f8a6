"""The Performance view's pictures, drawn with QPainter: an indicator's history as a line chart
with its comparators and target, each row's sparkline of its last figures, and the RAG chip.

A figure with a DfE mark instead of a value (c, z, k, x) is a gap in the line, its mark written
under it; England and the region are dotted lines, the target dashed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cpo_desktop.palette import RAG_FILL, RAG_INK
from cpo_desktop.ui.performance.data import number_text

VALUE = QColor("#1f4e79")
ENGLAND = QColor("#7f7f7f")
REGION = QColor("#c55a11")
TARGET = QColor("#2e7d32")
GRID = QColor(225, 225, 225)
RAG_COLOURS = {rag: (QColor(fill), QColor(RAG_INK[rag])) for rag, fill in RAG_FILL.items()}
JUDGEMENT_COLOURS = {"better": QColor("#1b6e20"), "worse": QColor("#b3261e"), "same": QColor(110, 110, 110)}


@dataclass(frozen=True)
class Point:
    """One period of the chart: its figure (None: a gap, with its mark) and the comparators."""

    period: str
    value: float | None
    mark: str | None = None
    england: float | None = None
    region: float | None = None
    target: float | None = None


def nice_step(span: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 × a power of ten) that divides ``span`` into about ``ticks``."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def value_range(points: Sequence[Point]) -> tuple[float, float, float]:
    """The axis's lowest and highest values and its step, from every number drawn."""
    numbers = [n for p in points for n in (p.value, p.england, p.region, p.target) if n is not None]
    if not numbers:
        return 0.0, 1.0, 1.0
    lo, hi = min(numbers), max(numbers)
    if lo >= 0 and lo <= hi * 0.5:
        lo = 0.0
    if math.isclose(lo, hi):
        lo, hi = (lo - 1, hi + 1) if lo else (0.0, 1.0)
    step = nice_step(hi - lo)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def describe(title: str, unit: str, points: Sequence[Point]) -> str:
    """The chart in words, for a screen reader (its accessible description)."""
    if not points:
        return f"{title}: no figures yet."
    shown = [f"{p.period}: {number_text(p.value, unit) if p.value is not None else (p.mark or 'no figure')}"
             for p in points]
    text = f"{title}, {len(points)} periods from {points[0].period} to {points[-1].period}. " + "; ".join(shown[-12:])
    last = points[-1]
    extra = [f"{name} {number_text(v, unit)}" for name, v in (("England", last.england), ("region", last.region),
                                                             ("target", last.target)) if v is not None]
    return text + (f". Latest comparators: {', '.join(extra)}." if extra else ".")


def segments(values: Sequence[float | None], at) -> list[QLineF]:
    """The lines joining each value to the next, none across a missing one."""
    return [QLineF(at(i - 1, values[i - 1]), at(i, v)) for i, v in enumerate(values)
            if i and v is not None and values[i - 1] is not None]


class HistoryChart(QWidget):
    """An indicator's figures over time: the values as a line with points, England and the region
    dotted, the target dashed, period labels under it and a value axis beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.unit = "count"
        self.points: list[Point] = []
        self.empty_text = "Select an indicator to see its history."
        self.setAccessibleName("History chart")
        self.setMinimumSize(280, 150)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(520, 240)

    def set_series(self, title: str, unit: str, points: Sequence[Point]) -> None:
        self.title, self.unit, self.points = title, unit, list(points)
        self.setAccessibleName(f"Chart of {title}" if title else "History chart")
        self.setAccessibleDescription(describe(title, unit, self.points) if title else "")
        self.update()

    def clear(self, text: str = "Select an indicator to see its history.") -> None:
        self.empty_text = text
        self.set_series("", self.unit, [])

    # --- drawing --------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = QFontMetrics(self.font())
        text_colour = self.palette().text().color()
        if not self.points or not any(p.value is not None or p.mark for p in self.points):
            painter.setPen(ENGLAND)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.empty_text if not self.title else f"{self.title}: no figures yet.")
            return
        lo, hi, step = value_range(self.points)
        labels = []
        tick = lo
        while tick <= hi + step / 2:
            labels.append((tick, number_text(tick, self.unit)))
            tick += step
        left = max(metrics.horizontalAdvance(t) for _, t in labels) + 10
        line = metrics.height()
        top = line + 10  # the legend
        bottom = self.height() - line - 8 - line  # the period labels and the marks' row
        widest = max(metrics.horizontalAdvance(p.period) for p in self.points) + 10
        right = self.width() - max(10, widest // 2 + 2)  # room for the last period's label
        if bottom - top < 30 or right - left < 40:
            return
        plot = QRectF(left, top, right - left, bottom - top)

        def y(v: float) -> float:
            return plot.bottom() - (v - lo) / (hi - lo) * plot.height()

        n = len(self.points)
        gap = plot.width() / max(n - 1, 1) if n > 1 else 0.0

        def x(i: int) -> float:
            return plot.left() + (i * gap if n > 1 else plot.width() / 2)

        # the value axis and its grid
        for v, t in labels:
            yy = y(v)
            painter.setPen(GRID)
            painter.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy))
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, yy - line / 2, left - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, t)
        painter.setPen(QPen(ENGLAND, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        # the period labels, as many as fit
        every = max(1, math.ceil(widest / gap)) if n > 1 and gap > 0 else 1
        painter.setPen(text_colour)
        for i, p in enumerate(self.points):
            if (n - 1 - i) % every:
                continue  # the latest period is always labelled
            painter.drawText(QRectF(x(i) - widest / 2, plot.bottom() + 4, widest, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, p.period)
        # comparators and target, broken where a period has none
        for attr, colour, style in (("england", ENGLAND, Qt.PenStyle.DotLine), ("region", REGION, Qt.PenStyle.DotLine),
                                    ("target", TARGET, Qt.PenStyle.DashLine)):
            self._line(painter, [getattr(p, attr) for p in self.points], x, y, QPen(colour, 1.6, style))
        # the values: a line with points, a gap (and the mark under it) where there is none
        values = [p.value for p in self.points]
        self._line(painter, values, x, y, QPen(VALUE, 2.2))
        radius = 3.5 if gap >= 12 or n < 30 else 2.0
        painter.setBrush(VALUE)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, v in enumerate(values):
            if v is not None:
                painter.drawEllipse(QPointF(x(i), y(v)), radius, radius)
        painter.setPen(REGION)
        for i, p in enumerate(self.points):
            if p.value is None and p.mark:
                painter.drawText(QRectF(x(i) - 10, plot.bottom() - line - 2, 20, line),
                                 Qt.AlignmentFlag.AlignCenter, p.mark)
        self._legend(painter, metrics, plot, text_colour)

    @staticmethod
    def _line(painter: QPainter, values: Sequence[float | None], x, y, pen: QPen) -> None:
        """The values joined period to period, broken where one is missing. Drawn as separate
        segments: Qt's antialiased stroke of one long path wider than a pixel takes some 40 ms for
        120 points, the segments one or two."""
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLines(segments(values, lambda i, v: QPointF(x(i), y(v))))

    def _legend(self, painter: QPainter, metrics: QFontMetrics, plot: QRectF, text_colour: QColor) -> None:
        present = {a for p in self.points for a in ("england", "region", "target") if getattr(p, a) is not None}
        entries = [("Figure", QPen(VALUE, 2.2))]
        entries += [(name, pen) for key, name, pen in (
            ("england", "England", QPen(ENGLAND, 1.6, Qt.PenStyle.DotLine)),
            ("region", "Region", QPen(REGION, 1.6, Qt.PenStyle.DotLine)),
            ("target", "Target", QPen(TARGET, 1.6, Qt.PenStyle.DashLine))) if key in present]
        if any(p.value is None and p.mark for p in self.points):
            entries.append(("c z k x: no figure (a gap)", None))
        xx = plot.left()
        yy = 4 + metrics.height() / 2
        for name, pen in entries:
            if pen is not None:
                painter.setPen(pen)
                painter.drawLine(QPointF(xx, yy), QPointF(xx + 22, yy))
                xx += 26
            painter.setPen(text_colour if pen is not None else REGION)
            width = metrics.horizontalAdvance(name)
            painter.drawText(QRectF(xx, 4, width + 2, metrics.height()), Qt.AlignmentFlag.AlignVCenter, name)
            xx += width + 16


class SparklineDelegate(QStyledItemDelegate):
    """Paints a row's last figures (its ``history``) as a small line, the latest as a dot; a figure
    without a value (a mark) is a gap."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        row = index.model().row_at(index.row())
        values = [c.value for c in (row.history if row is not None else ())]
        numbers = [v for v in values if v is not None]
        if len(values) < 2 or not numbers:
            return
        rect = QRectF(option.rect).adjusted(6, 5, -8, -5)
        lo, hi = min(numbers), max(numbers)
        span = (hi - lo) or 1.0
        step = rect.width() / (len(values) - 1)

        def at(i: int, v: float) -> QPointF:
            return QPointF(rect.left() + i * step, rect.bottom() - (v - lo) / span * rect.height()
                           if hi != lo else rect.center().y())

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.highlightedText().color() if selected else VALUE
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 1.5))
        painter.drawLines(segments(values, at))
        if values[-1] is not None:
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(at(len(values) - 1, values[-1]), 2.5, 2.5)
        painter.restore()


class RagDelegate(QStyledItemDelegate):
    """The RAG rating as a small coloured chip with its word (the colour is never the only sign)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        colours = RAG_COLOURS.get(text.casefold())
        if colours is None:
            return
        fill, ink = colours
        metrics = QFontMetrics(opt.font)
        width = metrics.horizontalAdvance(text) + 14
        rect = QRectF(option.rect.left() + 5, option.rect.center().y() - metrics.height() / 2 - 1,
                      min(width, option.rect.width() - 10), metrics.height() + 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ink.lighter(250), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
