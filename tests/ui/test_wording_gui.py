"""Issue 19, point 14, in the window: the checklist marks have a legend, the quorum says who
counts, the officer records when a meeting closed, and the footers count in good English. The
real window on the demo board; dialogs answered through prompts.ask."""

from __future__ import annotations

import datetime as dt

from conftest import open_window

from cpo_desktop.model import agenda_rules
from cpo_desktop.services import minutes as minutes_svc


def shown(qtbot, window, name: str) -> None:
    """Show a view and let it read its data and lay itself out."""
    window.set_view(name)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15000)
    qtbot.wait(50)


def test_the_checklist_marks_have_a_legend_under_the_agenda(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    view = window.agenda_view
    shown(qtbot, window, "agenda")
    qtbot.waitUntil(lambda: view.agenda is not None, timeout=10000)
    assert any(i.papers for i in view.agenda.items)
    assert view.checklist_legend.isVisible()
    assert view.checklist_legend.text() == agenda_rules.CHECKLIST_LEGEND
    assert "✓" in view.checklist_legend.text() and "✗" in view.checklist_legend.text()
    from PySide6.QtCore import Qt

    assert view.model.headerData(7, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        agenda_rules.CHECKLIST_LEGEND


def test_the_quorum_says_who_counts_in_the_window(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    view = window.minutes_view
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.set_view("minutes")
    who = "voting members, or substitutes in their place, count when in the room"
    assert who in view.quorum_label.toolTip()
    assert who in view.attendance.hint.text()
    assert "(" not in view.quorum_label.text()  # the pill keeps to the headline; who counts is beside it


def test_the_officer_records_when_the_meeting_closed(qtbot, demo_paths, answers):
    window = open_window(qtbot, demo_paths)
    view = window.minutes_view
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.set_view("minutes")
    view.show_tab("minutes")
    record = view.record
    assert record.started and record.closed_at is None  # the latest minutes: not recorded yet
    assert "closing time not recorded" in view.status_label.text()
    button = view.buttons["closed"]
    assert button.isVisible() and button.isEnabled()

    def fill(d) -> bool:
        from PySide6.QtCore import QTime

        from cpo_desktop.ui.minutes.dialogs import ClosingTimeDialog

        assert isinstance(d, ClosingTimeDialog)
        assert d.ui.notRecordedCheck.isChecked() and d.closed_at() is None  # as it is: not recorded
        d.ui.notRecordedCheck.setChecked(False)
        d.ui.closedAtEdit.setTime(QTime(13, 0))  # before the meeting began
        assert not d.ok.isEnabled() and "began at 2.00 pm" in d.ui.problemLabel.text()
        d.ui.closedAtEdit.setTime(QTime(16, 45))
        assert d.ok.isEnabled()
        assert d.ui.previewLabel.text() == "The minutes will end: <i>The meeting closed at 4.45 pm.</i>"
        return True

    answers.append(fill)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        button.click()
    assert minutes_svc.load(window.store, view.meeting_id).closed_at == dt.time(16, 45)
    assert "The meeting closed at 4.45 pm." in view.status_label.text()


def test_the_seats_footer_counts_in_good_english():
    from cpo_desktop.ui.register.views import seats_totals

    assert seats_totals(26, 2, 1, 18) == "26 seats · 2 vacant · 1 term ending within 60 days · 18 seats count towards the quorum"
    assert seats_totals(1, 0, 2, 1) == "1 seat · 0 vacant · 2 terms ending within 60 days · 1 seat counts towards the quorum"
