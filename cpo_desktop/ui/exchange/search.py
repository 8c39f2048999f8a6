"""Filtering the exchange register and searching the partners' minutes: the words typed filter
the register's lines at once and, a moment after the typing stops, are looked for in the text of
the partners' minutes received (``services.exchange.search``), off the UI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from cpo_desktop import dates
from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.ui.exchange.words import due_text, note_text, status_text

if TYPE_CHECKING:
    from cpo_desktop.ui.context import ViewContext

SEARCH = "exchange.search"  # the operations' key: only the newest search reports back


def haystack(r, today: dt.date) -> str:
    """Everything a register line says, in every form of its dates, for the filter's words."""
    parts = [r.partner, r.partner_name, "to" if r.direction == rules.OUT else "from", r.what, status_text(r),
             r.overdue_note, note_text(r), due_text(r, today), r.email_subject or "", r.confidentiality]
    for d in (r.meeting_date, r.sent_on, r.received_on, r.due, r.listed_meeting_date):
        if d:
            parts += [dates.short(d), dates.brief(d), dates.plain(d)]
    return " ".join(parts).casefold()


def matcher(*, partner: int | None, overdue: bool, text: str, found: set[int],
            today: dt.date) -> Callable[[Any], bool]:
    """Whether a line is shown: its partner, overdue only, and the words typed (in the line, or
    found in the partner minutes ``found``, by exchange id)."""
    words = text.casefold().split()

    def match(r) -> bool:
        if partner is not None and r.partner_id != partner:
            return False
        if overdue and not r.overdue:
            return False
        if not words:
            return True
        if r.direction == rules.IN and r.exchange_id in found:
            return True
        hay = haystack(r, today)
        return all(w in hay for w in words)

    return match


class MinutesSearch(QObject):
    """The words typed (``text()``), looked for in the partners' minutes 300 ms after the typing
    stops; ``searched`` when the hits for them are in (or cleared)."""

    searched = Signal()

    def __init__(self, ctx: ViewContext, text: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.text = text
        self.hits: dict[int, Any] = {}  # exchange id -> SearchHit, for the words in ``hits_for``
        self.hits_for = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.run)

    def typed(self) -> None:
        """The words changed: search once the typing stops."""
        self.timer.start()

    def clear(self) -> None:
        self.hits, self.hits_for = {}, ""

    def current(self) -> dict[int, Any]:
        """The hits, if they are for the words in the filter now."""
        return self.hits if self.hits_for == self.text().strip() else {}

    def hit(self, r) -> Any | None:
        """Where the words typed were found in this line's minutes, if they were."""
        if r.direction != rules.IN or not r.exchange_id:
            return None
        return self.current().get(r.exchange_id)

    def run(self) -> None:
        """Find the words typed in the text of the partners' minutes (off the UI thread)."""
        self.timer.stop()
        text = self.text().strip()
        store = self.ctx.store
        if not text or store is None:
            self.ctx.ops.forget(SEARCH)  # a search still running is for words no longer there
            self.hits, self.hits_for = {}, text
            self.searched.emit()
            return

        def job():
            from cpo_desktop.services import exchange

            return exchange.search(store, text)

        def done(found) -> None:
            hits: dict[int, Any] = {}
            for h in found:
                hits.setdefault(h.exchange_id, h)
            self.hits, self.hits_for = hits, text
            self.searched.emit()

        self.ctx.op(job).latest(SEARCH).success(done).run()
