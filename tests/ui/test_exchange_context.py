"""The Partner exchange view needs a view context, not the main window: built here on its own on
the demo board (as loaded on 23 November 2026), it reads and shows the register through the
context's operations, marks minutes sent through the context's undo, and reads a partner's file
as a long operation."""

from __future__ import annotations

import datetime as dt

from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.services import demo_papers
from cpo_desktop.services import exchange as exchange_svc
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.exchange import ExchangeView
from cpo_desktop.ui.exchange.dialogs import MarkSentDialog, PartnerMinutesDialog

DEMO_DAY = dt.date(2026, 11, 23)


def test_exchange_view_on_a_context_alone(qtbot, demo_store, answers, monkeypatch, tmp_path):
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    ctx = ViewContext(demo_store.paths, interactive=False)
    ctx.store = demo_store
    statuses: list[str] = []
    ctx.status_shown.connect(lambda message, _msecs: statuses.append(message))
    touched: list[frozenset] = []
    ctx.changed.connect(touched.append)

    view = ExchangeView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    assert view.today() == DEMO_DAY
    assert view.count_label.text() == "19 entries · 2 overdue"  # 6 of them last year's, sent
    assert view.card("SSCP").texts("out")[0] == "⚠ Minutes of 12 Aug 2026 ready to send — OVERDUE, due 28 Oct"

    # Mark Sent goes through the context's undo; undo puts it back and the view reads again.
    r = next(x for x in view.model.all_rows if x.partner == "SSCP" and x.direction == rules.OUT
             and x.status == rules.READY)
    assert view.select_key(r.key)

    def fill(d: MarkSentDialog) -> bool:
        assert d.sent_on() == DEMO_DAY
        return True

    answers.append(fill)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.actions["mark_sent"].trigger()
    assert exchange_svc.outgoing(demo_store, r.meeting_id, r.partner_id, today=DEMO_DAY).sent_on == DEMO_DAY
    assert ctx.undo.stack.count() == 1 and any("exchange" in kinds for kinds in touched)
    assert view.count_label.text() == "19 entries · 1 overdue"
    with qtbot.waitSignal(view.loaded, timeout=10000):
        ctx.undo.stack.undo()
    assert exchange_svc.outgoing(demo_store, r.meeting_id, r.partner_id, today=DEMO_DAY).sent_on is None
    assert any(s.startswith("Undone: Mark the minutes") for s in statuses)

    # Reading a partner's file is a long operation; the dialog it leads to is the view's own.
    path = tmp_path / "HWB minutes 10 November 2026.pdf"
    path.write_bytes(demo_papers.partner_minutes_pdf(
        partner="Sefton Health and Wellbeing Board", meeting_day=dt.date(2026, 11, 10), restricted=False,
        items=[("Item", "Text.")]))
    seen: list[dt.date | None] = []

    def cancel(d: PartnerMinutesDialog) -> bool:
        seen.append(d.meeting_date())
        return False

    answers.append(cancel)
    view.add_partner_minutes(path)
    assert view.working and not view.actions["add_minutes"].isEnabled()
    qtbot.waitUntil(lambda: seen == [dt.date(2026, 11, 10)], timeout=20000)
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10000)
    assert not view.working and view.actions["add_minutes"].isEnabled()
