"""The partner cards at the top of Partner exchange: one card a partner board, saying in words
what is owed either way and what is overdue; a click on a card shows only that partner below."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cpo_desktop import dates
from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.ui.exchange.words import when
from cpo_desktop.ui.style import GREEN_PILL, GREY_PILL, PILL, ROSE_PILL

RESTRICTED_PILL = "background: #e2e8f0; color: #12284a; border: 1px solid #9fb5d6;"  # the Part 2 blue-grey
PUBLIC_PILL = GREY_PILL
OVERDUE, GOOD, PLAIN, QUIET = "overdue", "good", "plain", "quiet"  # the tones of a card's lines


def out_lines(summary, rows: Sequence[Any], today: dt.date) -> list[tuple[str, str]]:
    """Our minutes to this partner, in words, each with its tone (overdue, good, plain, quiet)."""
    p = summary.partner
    if not p.exchange_out:
        return [("We do not send them our minutes", QUIET)]
    day = dates.brief
    mine = [r for r in rows if r.partner_id == p.id and r.direction == rules.OUT]
    late = sorted((r for r in mine if r.overdue), key=lambda r: r.meeting_date)
    ready = sorted((r for r in mine if r.status == rules.READY and not r.overdue), key=lambda r: r.meeting_date)
    lines: list[tuple[str, str]] = []
    if len(late) == 1:
        r = late[0]
        lines.append((f"⚠ Minutes of {day(r.meeting_date)} ready to send — OVERDUE, due {when(r.due, today)}",
                      OVERDUE))
    elif late:
        lines.append((f"⚠ {len(late)} sets of minutes ready to send — OVERDUE since {when(late[0].due, today)}",
                      OVERDUE))
    for r in ready:
        lines.append((f"Minutes of {day(r.meeting_date)} ready to send — due by {when(r.due, today)}", PLAIN))
    last = summary.last_sent
    if not late and not ready:
        lines.append((f"✓ All sent — last: minutes of {day(last.meeting_date)} on {when(last.sent_on, today)}",
                      GOOD) if last else ("Nothing to send yet", QUIET))
    elif last:
        lines.append((f"Last sent: minutes of {day(last.meeting_date)} on {when(last.sent_on, today)}", QUIET))
    if summary.awaiting:
        waiting = [r for r in mine if r.status == rules.AWAITING]
        of = f" (minutes of {day(waiting[0].meeting_date)})" if len(waiting) == 1 else ""
        lines.append((f"{summary.awaiting} awaiting confirmation{of}", QUIET))
    return lines


def in_lines(summary, rows: Sequence[Any], today: dt.date) -> list[tuple[str, str]]:
    """Their minutes to us, in words, each with its tone."""
    p = summary.partner
    if not p.exchange_in:
        return [("They do not send us their minutes", QUIET)]
    day = dates.brief
    last = summary.last_received
    lines: list[tuple[str, str]] = []
    if summary.receive_overdue:
        lines.append((f"⚠ Nothing received since {day(last.received_on)} — OVERDUE" if last
                      else "⚠ Nothing received yet — OVERDUE", OVERDUE))
        if last:
            expected = f"; expected by {when(summary.receive_by, today)}" if summary.receive_by else ""
            lines.append((f"Last: their minutes of {day(last.meeting_date)}{expected}", QUIET))
    elif last:
        lines.append((f"✓ Last received: minutes of {day(last.meeting_date)} on {when(last.received_on, today)}",
                      GOOD))
    else:
        lines.append(("Nothing received yet", QUIET))
    waiting = [r for r in rows if r.partner_id == p.id and r.direction == rules.IN and r.status == rules.RECEIVED]
    coming: dict[dt.date | None, int] = {}
    held: dict[dt.date, int] = {}
    for r in waiting:
        if r.listed_meeting_date is not None and r.listed_meeting_date <= today:
            held[r.listed_meeting_date] = held.get(r.listed_meeting_date, 0) + 1
        else:
            coming[r.listed_meeting_date] = coming.get(r.listed_meeting_date, 0) + 1
    for at, n in sorted(coming.items(), key=lambda kv: kv[0] or dt.date.max):
        lines.append((f"{n} to be noted at {when(at, today)}" if at else
                      f"{n} to be noted (no board meeting planned yet)", PLAIN))
    for at, n in sorted(held.items()):
        lines.append((f"{n} listed at {when(at, today)}, noted when its minutes are confirmed", QUIET))
    return lines


def tone_style(tone: str) -> str:
    """The style sheet of a card's line of this tone."""
    if tone == OVERDUE:
        return PILL.format(ROSE_PILL).replace("padding: 3px 8px", "padding: 2px 6px; font-weight: bold")
    if tone == GOOD:
        return PILL.format(GREEN_PILL).replace("padding: 3px 8px", "padding: 2px 6px")
    if tone == QUIET:
        return "QLabel { color: #666; padding: 0px 7px; }"
    return "QLabel { padding: 0px 7px; font-weight: bold; }"


class PartnerCard(QFrame):
    """One partner's state in two lines each way; a click shows only that partner below."""

    clicked = Signal(int)  # the partner's id

    def __init__(self, summary, rows: Sequence[Any], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        p = summary.partner
        self.partner_id = p.id
        self.summary = summary
        self.setObjectName("partnerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        stripe = "#c0392b" if summary.overdue else "#5a9a5a"
        self.setStyleSheet(f"QFrame#partnerCard {{ border: 1px solid #c8c8c8; border-left: 5px solid {stripe};"
                           " border-radius: 4px; background: palette(base); }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"Show only {p.short_name} in the register below (click again to show every partner)")
        self.setAccessibleName(f"{p.name}: " + ("overdue" if summary.overdue else "up to date"))

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        title = QLabel(f"<b>{html.escape(p.name)}</b> <span style='color:#666'>({html.escape(p.short_name)})</span>")
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        self.badge = QLabel("Restricted" if p.restricted else "Public")
        self.badge.setObjectName("cardBadge")
        self.badge.setStyleSheet("QLabel { " + (RESTRICTED_PILL if p.restricted else PUBLIC_PILL)
                                 + " border-radius: 3px; padding: 1px 6px; }")
        self.badge.setToolTip("Their minutes are restricted: they are never sent on and never published"
                              if p.restricted else "Their minutes are public")
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(head, 0, 0, 1, 2)
        self.lines: dict[str, list[QLabel]] = {}
        for row, (key, caption, lines) in enumerate((("out", "Ours to them", out_lines(summary, rows, today)),
                                                      ("in", "Theirs to us", in_lines(summary, rows, today))),
                                                     start=1):
            label = QLabel(caption)
            label.setObjectName("cardCaption")
            label.setStyleSheet("QLabel { color: #666; padding-top: 2px; }")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            box = QVBoxLayout()
            box.setSpacing(2)
            self.lines[key] = []
            for text, tone in lines:
                line = QLabel(text)
                line.setWordWrap(True)
                line.setProperty("tone", tone)
                line.setStyleSheet(tone_style(tone))
                box.addWidget(line)
                self.lines[key].append(line)
            grid.addLayout(box, row, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)  # cards side by side keep their lines at the top

    def texts(self, key: str) -> list[str]:
        return [line.text() for line in self.lines[key]]

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.partner_id)
        super().mousePressEvent(event)


class CardsArea(QScrollArea):
    """The partner cards, up to three in a row: as tall as their text needs at the width given;
    in a window too short for that, they scroll rather than cut their words off."""

    card_clicked = Signal(int)  # a partner's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QWidget()
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.cards: list[PartnerCard] = []
        self.setWidget(self.box)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._hint = 0

    def show_register(self, register) -> None:
        """A card for each partner that exchanges minutes (services.exchange.ExchangeRegister)."""
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        summaries = [s for s in register.partners if s.partner.exchanges]
        if not summaries:
            empty = QLabel("No partner board exchanges minutes with the board yet: add one under "
                           "<b>Partner Boards…</b>.")
            empty.setTextFormat(Qt.TextFormat.RichText)
            self.grid.addWidget(empty, 0, 0)
            return
        columns = min(3, len(summaries))
        for n, s in enumerate(summaries):
            card = PartnerCard(s, register.rows, register.today)
            card.clicked.connect(self.card_clicked)
            self.cards.append(card)
            self.grid.addWidget(card, n // columns, n % columns)
        for col in range(3):
            self.grid.setColumnStretch(col, 1 if col < columns else 0)
        QTimer.singleShot(0, self.refit)

    def _needed(self) -> int:
        inner = self.widget()
        width = self.viewport().width() if self.isVisible() else max(self.width(), inner.sizeHint().width())
        if inner.layout() is not None and inner.layout().hasHeightForWidth():
            return inner.layout().totalHeightForWidth(width)
        return inner.sizeHint().height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._needed())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self._needed(), self.fontMetrics().height() * 6))

    def refit(self) -> None:
        """Ask the view's layout again once the cards (or the width) have changed."""
        needed = self._needed()
        if needed != self._hint:
            self._hint = needed
            self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refit()
