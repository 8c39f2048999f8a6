"""The Meetings, Agenda and Work programme views need a view context, not the main window: built
here on their own on the demo board (as loaded on 23 November 2026), they read through the
context's operations, change an agenda through the context's undo (and say what it touched), and
write a calendar file as a long operation with progress."""

from __future__ import annotations

import datetime as dt

from conftest import demo_context as context, recording_panel
from icalendar import Calendar

from cpo_desktop.ui import prompts
from cpo_desktop.ui.agenda import AgendaView
from cpo_desktop.ui.meetings import MeetingsView
from cpo_desktop.ui.work_programme import WorkProgrammeView

DEMO_DAY = dt.date(2026, 11, 23)


def test_meetings_view_on_a_context_alone(qtbot, demo_store, monkeypatch, tmp_path):
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    ctx = context(demo_store)
    statuses: list[str] = []
    ctx.status_shown.connect(lambda message, _msecs: statuses.append(message))

    view = MeetingsView(ctx)
    qtbot.addWidget(view)
    view.show_meetings(ctx.data.meetings)
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10000)
    assert view.today == DEMO_DAY and view.shown_year() == 2026
    upcoming = [m for m in ctx.data.meetings if m.date >= DEMO_DAY and m.status == "planned"]
    assert view.selected().id == view.next_meeting_id == upcoming[0].id
    assert "The board meets on the second Wednesday" in view.subtitle_label.text()  # read through ctx.op
    assert view.add_action.isEnabled() and view.export_year_action.isEnabled()

    # Exporting the year is a long operation: progress on the context's panel, then the status bar.
    target = tmp_path / "year.ics"
    monkeypatch.setattr(prompts, "save_file", lambda *_args, **_kw: target)
    steps, panel = recording_panel(ctx, qtbot)
    view.export_year_action.trigger()
    assert ctx.running_long is not None and panel.busy
    qtbot.waitUntil(lambda: not ctx.ops.busy and ctx.running_long is None, timeout=20000)
    assert not panel.busy and target.exists()
    assert len(Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == len(view.model.rows)
    assert statuses[-1].startswith(f"Saved the {len(view.model.rows)} meetings of 2026/27 to {target}.")


def test_agenda_and_work_programme_on_a_context_alone(qtbot, demo_store, monkeypatch):
    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    monkeypatch.setattr(prompts, "confirm", lambda *_args, **_kw: True)
    ctx = context(demo_store)
    statuses: list[str] = []
    ctx.status_shown.connect(lambda message, _msecs: statuses.append(message))
    touched: list[frozenset] = []
    ctx.changed.connect(touched.append)

    agenda = AgendaView(ctx)
    qtbot.addWidget(agenda)
    with qtbot.waitSignal(agenda.loaded, timeout=10000):
        agenda.show_meetings(ctx.data.meetings)
    upcoming = [m for m in ctx.data.meetings if m.date >= DEMO_DAY and m.status != "cancelled"]
    assert agenda.meeting_id == upcoming[0].id and agenda.model.items
    items = [i.title for i in agenda.model.items]

    # Removing an item goes through the context's undo, and says the agenda changed.
    agenda.select_item(agenda.model.items[-1].id)
    with qtbot.waitSignal(agenda.loaded, timeout=10000):
        agenda.actions["remove"].trigger()
    assert [i.title for i in agenda.model.items] == items[:-1]
    assert ctx.undo.stack.count() == 1 and any("agenda" in kinds for kinds in touched)
    with qtbot.waitSignal(agenda.loaded, timeout=10000):
        ctx.undo.stack.undo()
    assert [i.title for i in agenda.model.items] == items
    assert any(s.startswith("Undone: Remove item") for s in statuses)

    programme = WorkProgrammeView(ctx)
    qtbot.addWidget(programme)
    with qtbot.waitSignal(programme.loaded, timeout=20000):
        programme.reload()
    assert programme.data.year == 2026 and programme.year_combo.currentText() == "2026/27"
    assert programme.grid_model.meetings and programme.grid_model.rows
