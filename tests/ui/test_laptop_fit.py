"""Issue 19, point 7: the window fits a council laptop. The real window on the demo board: at 1024
pixels wide no button is clipped (a row that cannot fit goes on to a second row), and the tables
give their titles the spare width."""

from __future__ import annotations

from conftest import open_window
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QHeaderView, QPushButton, QTabWidget, QToolButton

from cpo_desktop.ui.viewinfo import VIEWS


def shown(qtbot, window, name: str) -> None:
    """Show a view and let it read its data and lay itself out."""
    window.set_view(name)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15000)
    qtbot.wait(50)


def clipped(window) -> list[str]:
    """Every visible push or tool button narrower than it asks to be, or not wholly in the window."""
    out = []
    for b in window.findChildren(QPushButton) + window.findChildren(QToolButton):
        if not b.isVisibleTo(window):
            continue
        left = b.mapTo(window, QPoint(0, 0)).x()
        if b.sizeHint().width() > b.width() or left < 0 or left + b.width() > window.width():
            out.append(f"{b.text() or b.toolTip()!r}: wants {b.sizeHint().width()}, has {b.width()} at {left}")
    return out


def test_no_button_is_clipped_at_1024_pixels_wide(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=5000)
    problems = {}
    for info in VIEWS:
        shown(qtbot, window, info.name)
        view = window.ui.viewStack.currentWidget()
        tabs = [t for t in view.findChildren(QTabWidget) if t.isVisibleTo(window)] or [None]
        for t in tabs:
            for n in range(t.count() if t else 1):
                if t:
                    t.setCurrentIndex(n)
                    qtbot.wait(50)
                where = f"{info.name}/{t.tabText(n)}" if t else info.name
                if found := clipped(window):
                    problems[where] = found
    assert not problems, problems
    # The rows that could not fit went on to a second row rather than squeeze their buttons.
    shown(qtbot, window, "agenda")
    agenda = window.agenda_view
    tops = {b.mapTo(window, QPoint(0, 0)).y() for b in agenda.buttons.values() if b.isVisibleTo(window)}
    assert len(tops) > 1


def test_the_agenda_and_seats_tables_give_their_titles_the_spare_width(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    window.resize(1366, 768)
    shown(qtbot, window, "agenda")
    table = window.agenda_view.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: window.agenda_view.agenda is not None, timeout=10000)
    item, checklist = 2, 7
    assert not header.stretchLastSection()
    assert all(header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch for c in range(header.count()))
    widths = [table.columnWidth(c) for c in range(header.count())]
    assert widths[item] == max(widths), widths  # the title takes what the others leave
    assert widths[checklist] <= 120
    assert sum(widths) <= table.viewport().width() + 1  # and the table fits: no scrolling sideways

    shown(qtbot, window, "seats")
    seats = window.seats.ui.seatTable
    widths = [seats.columnWidth(c) for c in range(seats.horizontalHeader().count())]
    assert widths[0] == max(widths), widths
    assert not seats.horizontalHeader().stretchLastSection()
