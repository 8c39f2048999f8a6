"""The work programme view as the CPO uses it: the real window and store, the demo board, dialogs
filled through prompts.ask. The view is built against the window directly (the window does not
host it yet)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import open_window
from PySide6.QtCore import QPoint, Qt
from sqlmodel import select

from cpo_desktop.model.rules import municipal_year_start
from cpo_desktop.model.tables import ReportRule
from cpo_desktop.services import work_programme as wp
from cpo_desktop.ui.work_programme import WorkProgrammeView
from cpo_desktop.ui.work_programme.dialogs import RuleDialog
from cpo_desktop.ui.work_programme.grid import ALL_CLEAR, CELL_TEXT, GridModel

THIS_YEAR = municipal_year_start(dt.date.today())


@pytest.fixture
def window(qtbot, demo_paths):
    return open_window(qtbot, demo_paths)


@pytest.fixture
def view(qtbot, window):
    view = WorkProgrammeView(window.ctx)
    qtbot.addWidget(view)
    view.resize(1300, 750)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    return view


def shown_grid(view) -> dict[str, tuple[str, ...]]:
    """The grid as the table shows it: each row's title → its cells' words."""
    model = view.grid_table.model()
    return {model.index(r, 0).data(): tuple(model.index(r, c).data() for c in range(GridModel.FIXED,
                                                                                      model.columnCount()))
            for r in range(model.rowCount())}


def expected_grid(window, year=THIS_YEAR) -> dict[str, tuple[str, ...]]:
    return {row.title: tuple(CELL_TEXT[c] for c in row.cells) for row in wp.grid(window.store, year).rows}


def rule_in_db(window, title):
    with window.store.session() as session:
        return session.exec(select(ReportRule).where(ReportRule.title == title)).one()


def reload_after(qtbot, view, action) -> None:
    """Run ``action`` (which saves off-thread and then reloads) and wait for the reload to show."""
    with qtbot.waitSignal(view.loaded, timeout=30000):
        action()


def test_the_grid_shows_the_years_meetings_and_items_as_the_service_plans_them(qtbot, window, view):
    grid = wp.grid(window.store, THIS_YEAR)
    assert view.year() == THIS_YEAR  # the year containing today is chosen
    assert view.year_combo.currentText() == grid.label
    assert grid.meetings and grid.rows  # the demo plans the year

    model = view.grid_table.model()
    assert model.columnCount() == GridModel.FIXED + len(grid.meetings)
    for n, meeting in enumerate(grid.meetings):
        header = model.headerData(GridModel.FIXED + n, Qt.Orientation.Horizontal)
        assert header.splitlines()[0] == f"{meeting.date:%a} {meeting.date.day} {meeting.date:%b}"
        if meeting.theme:
            assert meeting.theme.split()[0] in header
            tip = model.headerData(GridModel.FIXED + n, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            assert meeting.theme in tip

    # The seeded standing items and report rules, in order, each cell in the service's state.
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [r.title for r in grid.rows]
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [r.kind for r in grid.rows]
    assert shown_grid(view) == expected_grid(window)
    kinds = {r.kind for r in grid.rows}
    assert "Standing item" in kinds and "Quarterly" in kinds and "Annual" in kinds
    states = {c for r in grid.rows for c in r.cells}
    assert {wp.PRESENTED, wp.PLANNED} <= states  # a held meeting and one with no agenda yet

    # The words come with colours; the presenter is in the item's tooltip.
    cell = next((r, c) for r, row in enumerate(grid.rows) for c, s in enumerate(row.cells) if s == wp.PRESENTED)
    index = model.index(cell[0], GridModel.FIXED + cell[1])
    assert index.data() == "presented ✓"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#787878"
    first_rule = next(n for n, r in enumerate(grid.rows) if r.key.startswith("rule:"))
    assert grid.rows[first_rule].presenter in model.index(first_rule, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "presented ✓" in view.legend.text() and "missing" in view.legend.text()

    # Double-clicking a meeting's header asks for its agenda.
    header = view.grid_table.horizontalHeader()
    section = GridModel.FIXED + 1
    where = QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)
    with qtbot.waitSignal(view.agenda_requested, timeout=1000) as signal:
        qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert signal.args == [grid.meetings[1].id]


def test_missing_items_are_rose_and_bold(qtbot, window, view):
    # Take a built agenda's standing item off it: that cell becomes "missing".
    from cpo_desktop.model.tables import AgendaItem

    grid = wp.grid(window.store, THIS_YEAR)
    r, c = next((r, c) for r, row in enumerate(grid.rows) for c, s in enumerate(row.cells)
                if s == wp.SCHEDULED and row.key.startswith("standing:"))
    standing_id = int(grid.rows[r].key.split(":")[1])
    with window.store.session() as session:
        item = session.exec(select(AgendaItem).where(AgendaItem.meeting_id == grid.meetings[c].id,
                                                     AgendaItem.standing_item_id == standing_id)).one()
        session.delete(item)
    reload_after(qtbot, view, view.reload)
    index = view.grid_table.model().index(r, GridModel.FIXED + c)
    assert index.data() == "missing"
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8cdcd"
    # … and the coverage check lists it.
    texts = [view.coverage_list.item(n).text() for n in range(view.coverage_list.count())]
    assert any(grid.rows[r].title in t and "not on the agenda" in t for t in texts)


def test_coverage_lists_the_problems_and_opens_their_meeting(qtbot, window, view):
    coverage = wp.coverage(window.store, THIS_YEAR)
    over_time = [p for p in coverage.problems if p.kind == "over time"]
    assert over_time, "the demo has a meeting whose agenda runs over time"
    lst = view.coverage_list
    assert lst.count() == len(coverage.problems)
    assert [lst.item(n).text().split(": ", 1)[1] for n in range(lst.count())] == [p.text for p in coverage.problems]
    assert f"({len(coverage.problems)})" in view.tabs.tabText(view.COVERAGE)
    assert ALL_CLEAR not in view.coverage_summary.text()

    row = coverage.problems.index(over_time[0])
    view.tabs.setCurrentIndex(view.COVERAGE)
    requested = []
    view.agenda_requested.connect(requested.append)
    where = lst.visualItemRect(lst.item(row)).center()
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert requested == [over_time[0].meeting_id] * 2  # once for the double-click, once for Enter

    # The menu's Check Coverage shows the tab.
    view.tabs.setCurrentIndex(view.GRID)
    reload_after(qtbot, view, next(a for a in view.menu_actions if "Coverage" in a.text()).trigger)
    assert view.tabs.currentIndex() == view.COVERAGE


def test_a_year_with_nothing_to_look_at_says_so(qtbot, window, view):
    # A year with no meetings is a problem ("no meetings"); the all-clear shows for a clean year.
    # Cut the over-time agenda down to size by lengthening that meeting, then check the message.
    from cpo_desktop.model.tables import Meeting

    coverage = wp.coverage(window.store, THIS_YEAR)
    with window.store.session() as session:
        for p in coverage.problems:
            if p.kind == "over time":
                session.get(Meeting, p.meeting_id).duration_minutes = 600
    assert wp.coverage(window.store, THIS_YEAR).ok, "the demo's only problems are agendas over time"
    reload_after(qtbot, view, view.reload)
    assert ALL_CLEAR in view.coverage_summary.text()
    assert not view.coverage_list.isVisibleTo(view)
    assert view.tabs.tabText(view.COVERAGE) == "&Coverage check"


def test_add_a_rule_through_the_dialog(qtbot, window, view, answers):
    title = "Care leavers' accommodation report"
    seat = next(s for s in view.data.seats if not s.former)
    april = next(m for m in view.data.grid.meetings if m.date.month == 4)
    assert not april.has_agenda  # the year's last meeting has no agenda yet: the report is "planned" there

    def fill(d: RuleDialog) -> bool:
        ui = d.ui
        assert not d.ok.isEnabled()  # nothing typed yet
        assert not ui.problemLabel.isVisible()  # and not scolded for it
        ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findData("annual"))
        qtbot.keyClicks(ui.monthsEdit, "13")
        assert not d.ok.isEnabled() and "not a month number" in ui.problemLabel.text()
        ui.monthsEdit.clear()
        qtbot.keyClicks(ui.monthsEdit, "4")
        assert "April" in ui.monthsHint.text()
        ui.seatRadio.click()
        assert ui.seatCombo.isEnabled() and not ui.officerCombo.isEnabled()
        ui.seatCombo.setCurrentIndex(ui.seatCombo.findData(seat.id))
        assert not d.ok.isEnabled()  # the title is still empty
        qtbot.keyClicks(ui.titleEdit, "   ")
        assert not d.ok.isEnabled() and "needs a title" in ui.problemLabel.text()
        ui.titleEdit.clear()
        qtbot.keyClicks(ui.titleEdit, title)
        ui.purposeCombo.setCurrentIndex(ui.purposeCombo.findData("information"))
        ui.durationSpin.setValue(15)
        ui.notesEdit.setPlainText("Asked for by the Chair")
        assert d.ok.isEnabled() and not ui.problemLabel.isVisible()
        return True

    answers.append(fill)
    view.tabs.setCurrentIndex(view.RULES)
    reload_after(qtbot, view, view.add_button.click)
    assert not answers  # the dialog was asked

    rule = rule_in_db(window, title)
    assert (rule.seat_id, rule.reporting_officer_id, rule.presenter_role) == (seat.id, None, None)
    assert (rule.frequency, rule.preferred_months, rule.purpose, rule.duration_minutes, rule.notes) == (
        "annual", "4", "information", 15, "Asked for by the Chair")
    assert rule.active

    # It is listed and selected among the rules, and planned into the grid at April's meeting.
    chosen = view.selected_rule()
    assert chosen is not None and chosen.id == rule.id and chosen.presenter == seat.label
    grid = shown_grid(view)
    assert grid == expected_grid(window)
    cells = grid[title]
    assert cells[[m.id for m in view.data.grid.meetings].index(april.id)] == "planned"
    assert set(cells) == {"", "planned"}


def test_edit_a_rule_to_every_meeting(qtbot, window, view, answers):
    rule = next(r for r in view.data.rules if r.frequency == "annual" and r.active)
    before = shown_grid(view)[rule.title]
    assert sum(1 for c in before if c) == 1

    def fill(d: RuleDialog) -> bool:
        ui = d.ui
        assert ui.titleEdit.text() == rule.title and d.ok.isEnabled()  # opened filled in
        ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findData("every_meeting"))
        assert "every meeting" in ui.monthsHint.text()
        assert d.ok.isEnabled()
        return True

    answers.append(fill)
    view.tabs.setCurrentIndex(view.RULES)
    assert view.rules_table.model().rowCount() == len(view.data.rules)
    view.rules_table.selectRow(next(n for n, r in enumerate(view.rules_model.rows) if r.id == rule.id))
    assert view.edit_button.isEnabled()
    reload_after(qtbot, view, view.edit_button.click)

    assert rule_in_db(window, rule.title).frequency == "every_meeting"
    after = shown_grid(view)[rule.title]
    assert after == expected_grid(window)[rule.title]
    assert all(after) and after != before  # now every meeting takes it
    assert next(r for r in view.rules_model.rows if r.id == rule.id).frequency_label == "Every meeting"
    row = next(n for n in range(view.grid_model.rowCount()) if view.grid_model.rows[n].title == rule.title)
    assert view.grid_table.model().index(row, 1).data() == "Every meeting"


def test_double_clicking_a_report_in_the_grid_edits_its_rule(qtbot, window, view, answers):
    model = view.grid_model
    row = next(n for n, r in enumerate(model.rows) if r.key.startswith("rule:"))
    seen = []

    def cancel(d: RuleDialog) -> bool:
        seen.append(d.ui.titleEdit.text())
        return False

    answers.append(cancel)
    title = view.grid_table.visualRect(model.index(row, 0)).center()
    qtbot.mouseClick(view.grid_table.viewport(), Qt.MouseButton.LeftButton, pos=title)
    qtbot.mouseDClick(view.grid_table.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert seen == [model.rows[row].title]

    meeting = model.meetings[0]
    cell = view.grid_table.visualRect(model.index(row, GridModel.FIXED)).center()
    with qtbot.waitSignal(view.agenda_requested, timeout=1000) as signal:
        qtbot.mouseClick(view.grid_table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(view.grid_table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert signal.args == [meeting.id]


def test_choosing_another_year_reloads(qtbot, window, view):
    years = [view.year_combo.itemData(n) for n in range(view.year_combo.count())]
    meeting_years = {municipal_year_start(m.date) for m in window.views_data.meetings}
    assert meeting_years | {THIS_YEAR} == set(years)

    # A year with no meetings planned: an empty grid, and the coverage check says so.
    next_year = THIS_YEAR + 1
    assert not wp.grid(window.store, next_year).meetings
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.set_year(next_year)
    assert view.data.year == next_year and view.year_combo.currentText() == wp.grid(window.store, next_year).label
    assert view.grid_model.columnCount() == GridModel.FIXED
    assert "no board meetings" in view.grid_footer.text()
    problems = wp.coverage(window.store, next_year).problems
    assert problems[0].kind == "no meetings"
    assert view.coverage_list.count() == len(problems) and "no board meetings" in view.coverage_list.item(0).text()

    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.set_year(THIS_YEAR)
    assert shown_grid(view) == expected_grid(window)


def test_menu_actions(view):
    texts = [a.text().replace("&", "") for a in view.menu_actions]
    assert "Add Report Rule…" in texts and "Check Coverage" in texts
    assert all(a.isEnabled() for a in view.menu_actions)
