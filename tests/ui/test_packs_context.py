"""The Packs view needs a view context, not the main window: built here on its own on the demo
board (as loaded on 23 November 2026), it reads through the context's operations, shows the next
board meeting's preflight, saves a Library text through the context's undo, and runs a build as a
long operation with its own progress bar and Cancel."""

from __future__ import annotations

import datetime as dt
import threading

from cpo_desktop.services import library, pack_records
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.packs import PacksView, common

DEMO_DAY = dt.date(2026, 11, 23)


def test_packs_view_on_a_context_alone(qtbot, demo_store, monkeypatch):
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    ctx = ViewContext(demo_store.paths, interactive=False)
    ctx.store = demo_store
    statuses: list[str] = []
    ctx.status_shown.connect(lambda message, _msecs: statuses.append(message))
    touched: list[frozenset] = []
    ctx.changed.connect(touched.append)

    view = PacksView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignals([view.loaded, view.preflighted], timeout=20000):
        view.reload()
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=20000)
    assert view.today() == DEMO_DAY and view.worker is ctx.ops.long_runner
    assert view.meeting().date == dt.date(2026, 12, 9)
    assert "restricted pack for Wednesday 9 December 2026" in view.preflight_box.title()
    assert "3 to check" in view.preflight_summary.text()  # (the performance report is made from the figures)

    # A Library text saved goes on the context's undo stack; undo puts the default back.
    view.choose(common.LIBRARY)
    row = next(n for n, e in enumerate(view.texts_model.rows) if e.key == "welcome")
    view.texts_table.selectRow(row)
    view.body_edit.setPlainText("Welcome, new member.")
    with qtbot.waitSignal(view.library_shown, timeout=10000):
        view.save_text()
    assert library.get_text(demo_store, "welcome").edited
    assert ctx.undo.stack.count() == 1 and any("library" in kinds for kinds in touched)
    with qtbot.waitSignal(view.library_shown, timeout=10000):
        ctx.undo.stack.undo()
    assert not library.get_text(demo_store, "welcome").edited
    assert view.body_edit.toPlainText() == library.get_text(demo_store, "welcome").body

    # A build is a long operation on the view's own progress panel; Cancel writes nothing.
    view.choose(common.AGENDA)
    flag = threading.Event()
    flag.set()  # as if Cancel were pressed before the first step
    monkeypatch.setattr(common, "cancel_flag", lambda: flag)
    with qtbot.waitSignal(view.finished, timeout=60000) as blocker:
        view.build()
        assert view.busy and ctx.running_long is view.running and view.progress_box.isVisibleTo(view)
    assert blocker.args == ["cancelled"]
    assert not view.busy and ctx.running_long is None and not view.progress_box.isVisibleTo(view)
    assert pack_records.list_packs(demo_store) == []
    assert "Cancelled: nothing was written." in statuses
