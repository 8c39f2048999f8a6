"""The Minutes & actions view needs a view context, not the main window: built here on its own on
the demo board (as loaded on 23 November 2026), it reads the most recent meeting held through the
context's operations, marks attendance through the context's undo, and exports the minutes as a
long operation with progress (and Cancel)."""

from __future__ import annotations

import datetime as dt

from conftest import recording_panel

from cpo_desktop.model.enums import AttendanceStatus as Status
from cpo_desktop.services import attendance as attendance_svc
from cpo_desktop.services import overview
from cpo_desktop.ui import prompts
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.minutes import MinutesView
from cpo_desktop.ui.minutes.dialogs import ExportMinutesDialog

DEMO_DAY = dt.date(2026, 11, 23)


def test_minutes_view_on_a_context_alone(qtbot, demo_store, answers, monkeypatch, tmp_path):
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    ctx = ViewContext(demo_store.paths, interactive=False)
    ctx.store = demo_store
    ctx.data = overview.load_views(demo_store, today=DEMO_DAY)
    statuses: list[str] = []
    ctx.status_shown.connect(lambda message, _msecs: statuses.append(message))
    touched: list[frozenset] = []
    ctx.changed.connect(touched.append)

    view = MinutesView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show_meetings(ctx.data.meetings)
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10000)
    october = next(m for m in ctx.data.meetings if m.date == dt.date(2026, 10, 14))
    assert view.meeting_id == october.id  # the most recent meeting held comes first
    assert view.meeting_combo.currentText().startswith("Wed 14 Oct 2026 – ")
    assert "Wednesday 14 October 2026" in view.status_label.text()
    sheet = attendance_svc.load(demo_store, october.id)
    assert [r.name for r in view.attendance_model.rows] == [r.name for r in sheet.rows]
    assert view.record is not None and view.record.started

    # Marking attendance goes through the context's undo; undo puts the sheet back.
    assert not view.record.locked  # drafted, to be confirmed on 9 December
    row = next(n for n, r in enumerate(view.attendance_model.rows) if r.member and r.status != Status.ABSENT)
    before = view.attendance_model.rows[row].status
    view.attendance_table.selectRow(row)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.attendance.mark_selected(Status.ABSENT.value)
    assert attendance_svc.load(demo_store, october.id).rows[row].status == Status.ABSENT
    assert ctx.undo.stack.count() == 1 and any("attendance" in kinds for kinds in touched)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        ctx.undo.stack.undo()
    assert attendance_svc.load(demo_store, october.id).rows[row].status == before
    assert any(s.startswith("Undone: Mark ") for s in statuses)

    # Export is a long operation: its progress goes to the context's panel, then the status bar.
    def fill(d: ExportMinutesDialog) -> bool:
        d.ui.formatCombo.setCurrentIndex(d.ui.formatCombo.findData("docx"))
        return True

    answers.append(fill)
    target = tmp_path / "minutes.docx"
    monkeypatch.setattr(prompts, "save_file", lambda *_args, **_kw: target)
    steps, panel = recording_panel(ctx, qtbot)
    view.actions["export"].trigger()
    assert ctx.running_long is not None and panel.busy
    qtbot.waitUntil(lambda: not ctx.ops.busy and ctx.running_long is None, timeout=20000)
    assert steps and steps[0] == "Reading the minutes" and not panel.busy
    assert view.last_export == target and target.stat().st_size > 0
    assert statuses[-1] == f"Saved the restricted minutes as {target}"


def test_the_action_log_shows_open_and_recent_actions_and_every_year_when_asked(qtbot, demo_store, monkeypatch):
    from cpo_desktop import dates
    from cpo_desktop.services import actions as actions_svc

    later = dt.date(2028, 6, 1)  # two municipal years on: what the demo board closed is history
    monkeypatch.setenv("CPO_TODAY", later.isoformat())
    everything = actions_svc.list_actions(demo_store, today=later)
    since = dt.date(2027, 5, 1)
    old = [r for r in everything if r.closed and r.closed_on < since]
    still_open = [r for r in everything if not r.closed]
    assert old and still_open  # both kinds are there to be told apart
    ctx = ViewContext(demo_store.paths, interactive=False)
    ctx.store = demo_store
    ctx.data = overview.load_views(demo_store, today=later)
    view = MinutesView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show_meetings(ctx.data.meetings)
    assert view.log_filter.currentData() == "recent"
    assert {r.number for r in view.log_model.rows} == {r.number for r in still_open}
    assert f"{len(old)} closed before {dates.short(since)} not shown" in view.log_count.text()
    # Under a minute, the actions agreed there are listed however long ago they were closed.
    agreed = actions_svc.list_actions(demo_store, meeting=view.meeting_id, today=later)
    assert {r.number for r in view.data.agreed} == {r.number for r in agreed}
    # Every year, when asked for: read then.
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.log_filter.setCurrentIndex(view.log_filter.findData("all"))
    assert {r.number for r in view.log_model.rows} == {r.number for r in everything}
    assert "not shown" not in view.log_count.text()
    view.log_filter.setCurrentIndex(view.log_filter.findData("recent"))  # back: filtered, nothing read
    assert {r.number for r in view.log_model.rows} == {r.number for r in still_open}
