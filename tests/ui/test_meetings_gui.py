"""Meetings as the CPO uses them: the real window and store, the meetings view built on it,
dialogs filled through prompts.ask and confirmations answered through prompts.confirm.

The main window does not show this view yet, so each test builds it against the window and
makes ``window.refresh`` re-list the meetings into it, as the window will once it is wired in.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import open_window
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtGui import QFont
from sqlmodel import select

from cpo_desktop.model.rules import municipal_year_start
from cpo_desktop.model.tables import Meeting, MeetingChange
from cpo_desktop.model.working_days import is_working_day
from cpo_desktop.services import meetings
from cpo_desktop.ui import prompts
from cpo_desktop.ui.widgets import to_qdate
from cpo_desktop.dates import long as long_date
from cpo_desktop.ui.meetings import MeetingsView
from cpo_desktop.ui.meetings.dialogs import (
    CancelMeetingDialog,
    MeetingDialog,
    MoveMeetingDialog,
    PlanYearDialog,
    ScheduleDialog,
)
from cpo_desktop.ui.style import GREY

SPRING_BANK_HOLIDAY = dt.date(2027, 5, 31)


@pytest.fixture
def window(qtbot, demo_paths):
    return open_window(qtbot, demo_paths)


class Confirms:
    """prompts.confirm answered from ``replies``; what was asked is kept in ``asked``."""

    def __init__(self) -> None:
        self.replies: list[bool] = []
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, parent, title: str, text: str, *, ok_text: str = "OK") -> bool:
        self.asked.append((title, text, ok_text))
        assert self.replies, f"unexpected question: {text}"
        return self.replies.pop(0)


@pytest.fixture
def confirms(monkeypatch):
    answer = Confirms()
    monkeypatch.setattr(prompts, "confirm", answer)
    return answer


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def view(qtbot, window, monkeypatch, errors):
    view = MeetingsView(window.ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show_meetings(window.views_data.meetings)

    def refresh(*_args, **_kwargs) -> None:  # what the main window's refresh will do for this view
        store = window.store
        window.runner.run(lambda: meetings.list_meetings(store), view.show_meetings, window.task_failed)

    monkeypatch.setattr(window, "refresh", refresh)
    window.ctx.refresh_requested.connect(refresh)  # a change asks the window through the view context
    return view


def db_meetings(window, **where) -> list[Meeting]:
    with window.store.session() as session:
        query = select(Meeting)
        for key, value in where.items():
            query = query.where(getattr(Meeting, key) == value)
        return list(session.exec(query))


def status_text(window) -> str:
    return window.ui.statusbar.currentMessage()


def shown_rows(view) -> list:
    return list(view.model.rows)


def test_the_view_shows_this_years_meetings_and_styles_them(qtbot, window, view):
    today = dt.date.today()
    year = municipal_year_start(today)
    assert view.shown_year() == year
    assert view.year_combo.itemText(0) == "All years"
    rows = shown_rows(view)
    assert rows and all(municipal_year_start(r.date) == year for r in rows)
    assert "Meetings" in view.title_label.text()
    qtbot.waitUntil(lambda: "The board meets on the second Wednesday" in view.subtitle_label.text(), timeout=10000)

    date_col = view.model.index(0, 0)
    assert date_col.data() == rows[0].date.strftime("%a %d %b %Y")
    nxt = next(r for r in window.views_data.meetings if r.id == view.next_meeting_id)
    assert nxt.date >= today and view.selected().id == nxt.id  # the next meeting is selected at first
    for n, r in enumerate(rows):
        index = view.model.index(n, 0)
        font = index.data(Qt.ItemDataRole.FontRole)
        assert (isinstance(font, QFont) and font.bold()) == (r.id == nxt.id)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        assert (brush is not None and brush.color() == GREY) == (r.date < today)
    assert "Next:" in view.footer.text()


def test_year_and_text_filters_narrow_the_rows(view, window):
    everything = window.views_data.meetings
    this_year = municipal_year_start(dt.date.today())
    view.set_year(None)
    assert len(view.model.rows) == len(everything)
    view.set_year(this_year)
    in_year = [r for r in everything if municipal_year_start(r.date) == this_year]
    assert [r.id for r in view.model.rows] == [r.id for r in in_year]

    view.filter.setText("forum")
    assert [r.kind for r in view.model.rows] == ["young_peoples_forum"]
    assert view.footer.text().startswith("Showing 1 · ")
    view.filter.setText("town hall health")  # every word, in any column
    assert [r.theme for r in view.model.rows] == ["Health and Wellbeing"]
    view.filter.setText("zzz-no-such-meeting")
    assert view.model.rowCount() == 0 and not view.open_action.isEnabled()
    view.filter.clear()
    assert len(view.model.rows) == len(in_year)

    # Sorting by a column, and back in date order on a fresh show.
    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    themes = [r.theme or r.notes or "" for r in view.model.rows]
    assert [t for t in themes if t] == sorted((t for t in themes if t), key=str.casefold)


def test_enter_and_double_click_open_the_agenda(qtbot, view):
    row = view.selected()
    assert row is not None and view.open_action.isEnabled()
    with qtbot.waitSignal(view.agenda_requested, timeout=2000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [row.id]
    with qtbot.waitSignal(view.agenda_requested, timeout=2000) as blocker:
        view.open_button.click()
    assert blocker.args == [row.id]
    with qtbot.waitSignal(view.agenda_requested, timeout=2000) as blocker:
        view.table.doubleClicked.emit(view.table.currentIndex())
    assert blocker.args == [row.id]


def test_adding_a_meeting_on_a_bank_holiday_asks_first(qtbot, window, view, answers, confirms, errors):
    assert view.add_action.shortcut().toString() == "Ctrl+Shift+M"
    seen = {}

    def fill(d: MeetingDialog) -> bool:
        assert d.ok.isEnabled() and d.ui.venueEdit.text() == "Bootle Town Hall"  # from the schedule
        assert d.ui.timeEdit.time().toString("HH:mm") == "14:00"
        d.ui.dateEdit.setDate(to_qdate(SPRING_BANK_HOLIDAY))
        seen["warning"] = d.ui.warningLabel.text()
        assert not d.ui.warningLabel.isHidden() and d.ui.weekdayLabel.text() == "Monday"
        assert d.ok.isEnabled()  # a warning is shown, not a block
        d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("development_session"))
        d.ui.themeCombo.setCurrentIndex(d.ui.themeCombo.findText("Being Heard"))
        d.ui.venueEdit.clear()
        qtbot.keyClicks(d.ui.onlineLinkEdit, "teams")  # typed, as the user would
        assert not d.ok.isEnabled() and "web address" in d.ui.problemLabel.text()
        d.ui.onlineLinkEdit.clear()
        assert not d.ok.isEnabled() and "Say where the meeting is held" in d.ui.problemLabel.text()
        qtbot.keyClicks(d.ui.venueEdit, "Bootle Town Hall, Committee Room 2")
        d.ui.onlineLinkEdit.setText("https://teams.example.org/cpb")
        d.ui.durationSpin.setValue(90)
        assert d.ok.isEnabled() and d.ui.problemLabel.isHidden()
        return True

    # Declined: nothing is saved.
    answers.append(fill)
    confirms.replies.append(False)
    view.add_action.trigger()
    qtbot.waitUntil(lambda: bool(confirms.asked), timeout=10000)
    assert "Monday 31 May 2027 is a bank holiday (Spring Bank Holiday)" in seen["warning"]
    title, text, ok_text = confirms.asked[0]
    assert "bank holiday" in text and text.endswith("Go ahead all the same?") and ok_text == "Add Meeting"
    qtbot.waitUntil(lambda: status_text(window) == "Nothing was changed.", timeout=5000)
    assert db_meetings(window, date=SPRING_BANK_HOLIDAY) == []

    # Confirmed: saved, listed, and shown (the view moves to 2027/28 to show it).
    answers.append(fill)
    confirms.replies.append(True)
    view.add_button.click()
    qtbot.waitUntil(lambda: len(db_meetings(window, date=SPRING_BANK_HOLIDAY)) == 1, timeout=10000)
    [saved] = db_meetings(window, date=SPRING_BANK_HOLIDAY)
    assert (saved.kind, saved.venue, saved.online_link, saved.duration_minutes) == (
        "development_session", "Bootle Town Hall, Committee Room 2", "https://teams.example.org/cpb", 90)
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().id == saved.id, timeout=10000)
    assert view.shown_year() == 2027 and view.selected().theme == "Being Heard"
    assert "Added a development session on Monday 31 May 2027 at 14:00" in status_text(window)
    assert errors == []


def test_moving_a_meeting_keeps_its_history(qtbot, window, view, answers, confirms, errors):
    row = view.selected()  # the next meeting
    new_day = row.date + dt.timedelta(days=7)
    while not is_working_day(new_day) or any(r.date == new_day for r in window.views_data.meetings):
        new_day += dt.timedelta(days=1)

    def fill(d: MoveMeetingDialog) -> bool:
        assert not d.ok.isEnabled() and d.ui.problemLabel.isHidden()  # unchanged, and not scolded
        d.ui.dateEdit.setDate(to_qdate(new_day))
        assert d.ok.isEnabled() and d.ok.text() == "Postpone Meeting"
        d.ui.dateEdit.setDate(to_qdate(row.date))
        assert not d.ok.isEnabled() and "new date or time" in d.ui.problemLabel.text()
        d.ui.dateEdit.setDate(to_qdate(new_day))
        qtbot.keyClicks(d.ui.reasonEdit, "Clashes with Full Council")
        return True

    answers.append(fill)
    view.move_button.click()
    qtbot.waitUntil(lambda: db_meetings(window, id=row.id)[0].date == new_day, timeout=10000)
    with window.store.session() as session:
        [change] = session.exec(select(MeetingChange).where(MeetingChange.meeting_id == row.id)).all()
    assert (change.old_date, change.new_date, change.reason) == (row.date, new_day, "Clashes with Full Council")
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().moved_from == row.date, timeout=10000)
    n = next(i for i, r in enumerate(view.model.rows) if r.id == row.id)
    assert view.model.index(n, 6).data() == f"{row.date:%d/%m/%Y}"
    assert view.model.headerData(6, Qt.Orientation.Horizontal) == "Moved from"
    assert status_text(window).startswith(f"Postponed the meeting to {new_day:%A} {new_day.day} {new_day:%B %Y}")
    assert f"(first planned for {row.date:%d/%m/%Y})" in status_text(window)
    assert confirms.asked == [] and errors == []

    # Onto a day with another meeting: the dialog says so, and so does the confirmation.
    other = next(r for r in view.model.rows if r.id != row.id and r.date > dt.date.today())

    def fill_clash(d: MoveMeetingDialog) -> bool:
        assert "First planned for" in d.ui.meetingLabel.text()
        d.ui.dateEdit.setDate(to_qdate(other.date))
        assert "There is already a" in d.ui.warningLabel.text()
        return True

    answers.append(fill_clash)
    confirms.replies.append(True)
    view.move_action.trigger()
    qtbot.waitUntil(lambda: db_meetings(window, id=row.id)[0].date == other.date, timeout=10000)
    assert "There is already a" in confirms.asked[0][1]
    with window.store.session() as session:
        assert len(session.exec(select(MeetingChange).where(MeetingChange.meeting_id == row.id)).all()) == 2
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().date == other.date, timeout=10000)
    assert view.selected().moved_from == row.date  # still the date first planned


def test_a_held_meeting_cannot_be_moved(view):
    view.set_year(None)
    held = next(r for r in view.model.rows if r.status == "held")
    assert view.select_meeting(held.id)
    assert not view.move_action.isEnabled() and not view.move_button.isEnabled()
    assert "held" in view.move_button.toolTip()


def test_editing_a_meeting_changes_its_details_not_its_date(qtbot, window, view, answers, confirms, errors):
    row = view.selected()  # the next meeting
    assert view.edit_action.isEnabled() and view.edit_button.isEnabled()
    themes = [t for t in ("Being Heard", "Health and Wellbeing") if t != row.theme]
    shot = {}

    def fill(d: MeetingDialog) -> bool:
        ui = d.ui
        d.show()
        qtbot.waitExposed(d)
        assert d.windowTitle() == "Edit Meeting" and d.ok.text() == "Save" and d.ok.isEnabled()
        assert ui.dateEdit.date() == to_qdate(row.date) and ui.dateEdit.isReadOnly() and ui.timeEdit.isReadOnly()
        assert ui.timeEdit.time().toString("HH:mm") == f"{row.start_time:%H:%M}"
        assert ui.dateNoteLabel.isVisible() and "use Move or Postpone" in ui.dateNoteLabel.text()
        assert ui.warningLabel.isHidden() and ui.problemLabel.isHidden()
        assert (ui.venueEdit.text(), ui.themeCombo.currentData(), ui.kindCombo.currentData()) == (
            row.venue, row.theme or None, row.kind)
        assert ui.durationSpin.value() == row.duration_minutes

        # No venue and no link: Save stays disabled, and the form says why.
        ui.onlineLinkEdit.clear()
        ui.venueEdit.selectAll()
        qtbot.keyClick(ui.venueEdit, Qt.Key.Key_Delete)
        assert not d.ok.isEnabled() and "Say where the meeting is held" in ui.problemLabel.text()
        qtbot.keyClicks(ui.venueEdit, "Southport Town Hall, Room 4")
        assert d.ok.isEnabled() and ui.problemLabel.isHidden()
        ui.themeCombo.setCurrentIndex(ui.themeCombo.findText(themes[0]))
        qtbot.wait(50)
        d.grab().save("/tmp/edit_meeting.png")
        shot["done"] = True
        return True

    answers.append(fill)
    view.edit_button.click()
    qtbot.waitUntil(lambda: db_meetings(window, id=row.id)[0].venue == "Southport Town Hall, Room 4", timeout=10000)
    assert shot
    [saved] = db_meetings(window, id=row.id)
    assert (saved.date, saved.start_time, saved.status) == (row.date, row.start_time, "planned")
    [listed] = [r for r in meetings.list_meetings(window.store) if r.id == row.id]
    assert listed.theme == themes[0] and listed.online_link is None
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().venue == "Southport Town Hall, Room 4",
                    timeout=10000)
    assert view.selected().id == row.id and view.selected().theme == themes[0]
    n = next(i for i, r in enumerate(view.model.rows) if r.id == row.id)
    assert view.model.index(n, 4).data() == "Southport Town Hall, Room 4"
    assert view.model.index(n, 3).data() == themes[0]
    changed = "theme, venue and online link" if row.online_link else "theme and venue"
    assert status_text(window) == f"Saved the {row.kind_label.lower()} of {long_date(row.date)}: its {changed} changed."

    # Saved without a change: said, and nothing is run.
    answers.append(lambda d: True)
    view.edit_action.trigger()
    qtbot.waitUntil(lambda: status_text(window).startswith("Nothing was changed in"), timeout=10000)
    assert confirms.asked == [] and errors == []


def test_cancelling_a_meeting_keeps_it_and_it_can_be_reinstated(qtbot, window, view, answers, confirms, errors):
    row = view.selected()  # the next meeting: planned, still to come
    assert row.status == "planned" and row.date > dt.date.today()
    assert view.cancel_action.isEnabled() and not view.reinstate_action.isEnabled()
    assert view.status_button.isEnabled()

    # Kept: nothing changes.
    answers.append(lambda d: False)
    view.cancel_action.trigger()
    qtbot.waitUntil(lambda: status_text(window) == "Nothing was changed.", timeout=5000)
    assert db_meetings(window, id=row.id)[0].status == "planned"

    def fill(d: CancelMeetingDialog) -> bool:
        assert long_date(row.date) in d.question_label.text() and "reinstated" in d.question_label.text()
        assert (d.ok.text(), d.keep.text()) == ("Cancel Meeting", "Keep Meeting")
        qtbot.keyClicks(d.reason_edit, "Not quorate")
        return True

    answers.append(fill)
    view.cancel_action.trigger()
    qtbot.waitUntil(lambda: db_meetings(window, id=row.id)[0].status == "cancelled", timeout=10000)
    assert "Cancelled: Not quorate" in db_meetings(window, id=row.id)[0].notes
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().status == "cancelled", timeout=10000)
    assert view.selected().id == row.id
    n = next(i for i, r in enumerate(view.model.rows) if r.id == row.id)
    index = view.model.index(n, 0)
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == GREY
    assert view.model.index(n, 5).data() == "Cancelled"
    assert view.next_meeting_id != row.id
    assert status_text(window).startswith(f"Cancelled the {row.kind_label.lower()} of {long_date(row.date)}.")
    assert not view.cancel_action.isEnabled() and not view.held_action.isEnabled()
    assert view.reinstate_action.isEnabled() and view.edit_action.isEnabled()

    view.reinstate_action.trigger()
    qtbot.waitUntil(lambda: db_meetings(window, id=row.id)[0].status == "planned", timeout=10000)
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().status == "planned", timeout=10000)
    n = next(i for i, r in enumerate(view.model.rows) if r.id == row.id)
    font = view.model.index(n, 0).data(Qt.ItemDataRole.FontRole)
    assert not (isinstance(font, QFont) and font.italic())
    assert view.next_meeting_id == row.id and font.bold()  # the next meeting again
    assert "Reinstated" in status_text(window) and not view.reinstate_action.isEnabled()
    assert confirms.asked == [] and errors == []


def test_a_past_planned_meeting_can_be_marked_held_a_future_one_cannot(qtbot, window, view, errors):
    today = dt.date.today()
    taken = {r.date for r in window.views_data.meetings}
    day = today - dt.timedelta(days=1)
    while not is_working_day(day) or day in taken:
        day -= dt.timedelta(days=1)
    meeting_id, _ = meetings.add_meeting(window.store, meetings.MeetingInput(
        date=day, start_time=dt.time(10, 0), kind="development_session", venue="Bootle Town Hall"))
    window.refresh()
    qtbot.waitUntil(lambda: any(r.id == meeting_id for r in view.rows), timeout=10000)
    view.set_year(None)
    assert view.select_meeting(meeting_id)
    assert view.held_action.isEnabled() and view.cancel_action.isEnabled()

    view.held_action.trigger()
    qtbot.waitUntil(lambda: db_meetings(window, id=meeting_id)[0].status == "held", timeout=10000)
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().status == "held", timeout=10000)
    assert status_text(window) == f"Marked the development session of {long_date(day)} as held."
    # Held: it can still be corrected, but not cancelled, moved or marked again.
    assert view.edit_action.isEnabled()
    assert not view.cancel_action.isEnabled() and not view.held_action.isEnabled()
    assert not view.move_action.isEnabled() and not view.status_button.isEnabled()
    assert "cannot be cancelled" in view.cancel_action.toolTip()

    future = next(r for r in view.model.rows if r.date > today and r.status == "planned")
    assert view.select_meeting(future.id)
    assert not view.held_action.isEnabled() and view.cancel_action.isEnabled()
    assert "still to come" in view.held_action.toolTip()
    view.mark_held()  # called anyway: nothing happens
    window.runner.wait(5000)
    assert db_meetings(window, id=future.id)[0].status == "planned" and errors == []


def test_planning_a_year_previews_then_saves_six_meetings(qtbot, window, view, answers, errors):
    this_year = municipal_year_start(dt.date.today())
    year = this_year + 1
    assert view.default_plan_year() == year

    def fill(d: PlanYearDialog) -> bool:
        qtbot.waitUntil(lambda: d.preview is not None, timeout=10000)
        assert d.year() == year and d.model.rowCount() == 6 and d.ok.isEnabled()
        d.ui.yearSpin.setValue(this_year)  # already planned: said, and OK disabled
        qtbot.waitUntil(lambda: not d.loading, timeout=10000)
        assert d.preview is None and not d.ok.isEnabled() and "already has" in d.ui.problemLabel.text()
        d.ui.yearSpin.setValue(year)
        qtbot.waitUntil(lambda: d.preview is not None, timeout=10000)
        assert d.model.rowCount() == 6 and d.ok.isEnabled() and d.ok.text() == "Plan These Meetings"
        assert all(dt.date(year, 5, 1) <= p.date <= dt.date(year + 1, 4, 30) for p in d.preview)
        assert d.model.index(0, 2).data() == "Being Heard"
        assert "second Wednesday" in d.ui.introLabel.text()
        return True

    answers.append(fill)
    view.plan_action.trigger()

    def planned() -> list[Meeting]:
        return [m for m in db_meetings(window, kind="board") if municipal_year_start(m.date) == year]

    qtbot.waitUntil(lambda: len(planned()) == 6, timeout=10000)
    qtbot.waitUntil(lambda: view.shown_year() == year and len(view.model.rows) == 6, timeout=10000)
    assert view.selected().date == min(m.date for m in planned())
    assert status_text(window).startswith(f"Planned 6 board meetings for {year}/{(year + 1) % 100:02d}")
    assert errors == []


def test_changing_the_schedule_is_used_to_plan_the_next_year(qtbot, window, view, answers, errors):
    qtbot.waitUntil(lambda: "second Wednesday" in view.subtitle_label.text(), timeout=10000)
    new_months = [9, 11, 1, 3, 4, 6]  # ticked in any order; saved May first
    shot = {}

    def fill(d: ScheduleDialog) -> bool:
        ui = d.ui
        d.show()  # laid out as the user sees it, for the clicks and the picture
        qtbot.waitExposed(d)
        # The current schedule, the months in the municipal year's order.
        assert [c.text() for c in d.month_checks.values()][:2] == ["May", "June"]
        assert d.months() == [6, 8, 10, 12, 2, 4] and ui.weekdayCombo.currentText() == "Wednesday"
        assert ui.weekCombo.currentText() == "second" and ui.venueEdit.text() == "Bootle Town Hall"
        assert d.ok.isEnabled() and ui.problemLabel.isHidden() and d.ok.text() == "Save Schedule"
        assert "second Wednesday of June, August" in ui.summaryLabel.text()

        for check in d.month_checks.values():
            check.setChecked(False)
        assert not d.ok.isEnabled() and not ui.problemLabel.isHidden()
        assert "Tick at least one month" in ui.problemLabel.text()
        assert "would not meet" in ui.summaryLabel.text()

        for month in new_months:  # on the tick box itself (the box is wider than a short month's name)
            check = d.month_checks[month]
            qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
        assert d.months() == [6, 9, 11, 1, 3, 4]
        ui.weekCombo.setCurrentIndex(ui.weekCombo.findText("last"))
        ui.weekdayCombo.setCurrentIndex(ui.weekdayCombo.findText("Thursday"))
        ui.timeEdit.setTime(QTime(10, 0))
        ui.durationSpin.setValue(90)
        ui.venueEdit.clear()
        assert not d.ok.isEnabled() and "Say where the board meets" in ui.problemLabel.text()
        qtbot.keyClicks(ui.venueEdit, "Southport Town Hall, Room 4")
        assert d.ok.isEnabled() and ui.problemLabel.isHidden()
        assert ui.summaryLabel.text() == (
            "The board meets on the last Thursday of June, September, November, January, March and April at "
            "10:00, for 1 hour 30 minutes, in Southport Town Hall, Room 4 — 6 meetings a year.")
        qtbot.wait(50)  # the summary's new lines laid out before the picture
        assert ui.summaryLabel.height() >= ui.summaryLabel.heightForWidth(ui.summaryLabel.width())
        d.grab().save("/tmp/schedule_dialog.png")
        shot["done"] = True
        return True

    answers.append(fill)
    view.schedule_action.trigger()
    expected = meetings.Schedule(months=[6, 9, 11, 1, 3, 4], weekday=3, week=-1, start_time="10:00",
                                 duration_minutes=90, venue="Southport Town Hall, Room 4", online_link=None)
    qtbot.waitUntil(lambda: meetings.get_schedule(window.store) == expected, timeout=10000)
    assert shot
    qtbot.waitUntil(lambda: "last Thursday of June, September" in view.subtitle_label.text(), timeout=10000)
    assert view.subtitle_label.text().endswith("March and April at 10:00.")
    assert status_text(window).startswith("Saved the board's schedule: it meets on the last Thursday")

    # Cancelled: nothing changes.
    answers.append(lambda d: False)
    view.schedule_button.click()
    qtbot.wait(200)
    window.runner.wait(5000)
    assert meetings.get_schedule(window.store) == expected

    # The next free year is planned on the new pattern.
    year = view.default_plan_year()
    seen = {}

    def preview(d: PlanYearDialog) -> bool:
        qtbot.waitUntil(lambda: d.preview is not None, timeout=10000)
        assert d.year() == year and "last Thursday" in d.ui.introLabel.text()
        assert "Southport Town Hall" in d.ui.introLabel.text()
        seen["preview"] = list(d.preview)
        return False

    answers.append(preview)
    view.plan_action.trigger()
    qtbot.waitUntil(lambda: "preview" in seen, timeout=10000)
    days = [p.date for p in seen["preview"]]
    assert [d.month for d in days] == [6, 9, 11, 1, 3, 4]
    assert all(d.weekday() == 3 and (d + dt.timedelta(days=7)).month != d.month for d in days)  # last Thursdays
    assert all(p.start_time == dt.time(10, 0) for p in seen["preview"])
    assert days == sorted(days) and all(municipal_year_start(d) == year for d in days)
    assert errors == []


def test_export_the_shown_year_and_one_meeting_to_calendar(qtbot, window, view, monkeypatch, tmp_path):
    targets = [tmp_path / "year.ics", tmp_path / "one"]
    suggested = []

    def save_file(parent, caption, path=None, file_filter=""):
        suggested.append(path.name)
        assert "*.ics" in file_filter
        return targets[len(suggested) - 1]

    monkeypatch.setattr(prompts, "save_file", save_file)
    year = view.shown_year()
    expected = len(view.model.rows)
    view.export_year_action.trigger()
    qtbot.waitUntil(targets[0].exists, timeout=10000)
    calendar = Calendar.from_ical(targets[0].read_bytes())
    assert len(calendar.walk("VEVENT")) == expected
    assert suggested[0] == f"board-meetings-{year}-{(year + 1) % 100:02d}.ics"
    qtbot.waitUntil(lambda: str(targets[0]) in status_text(window), timeout=5000)
    assert f"the {expected} meetings of {year}/" in status_text(window)

    row = view.selected()
    view.export_meeting_action.trigger()
    written = tmp_path / "one.ics"  # no suffix typed: .ics is added
    qtbot.waitUntil(written.exists, timeout=10000)
    [event] = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").date() == row.date
    assert suggested[1] == f"board-meeting-{row.date:%Y-%m-%d}.ics"


def test_the_view_waits_for_the_store(qtbot, window, monkeypatch):
    monkeypatch.setattr(window, "store", None)
    view = MeetingsView(window.ctx)
    qtbot.addWidget(view)
    assert not view.add_action.isEnabled() and not view.plan_action.isEnabled()
    assert not view.export_button.isEnabled() and "No meetings" in view.footer.text()
    view.add_meeting()  # nothing happens, nothing fails
    assert [a.text() for a in view.menu_actions if not a.isSeparator()][:9] == [
        "&Open Agenda", "&Add Meeting…", "&Move or Postpone Meeting…", "&Edit Meeting…", "Mark as &Held",
        "Ca&ncel Meeting…", "&Reinstate Meeting", "&Plan a Year…", "Board's Meeting &Schedule…"]
    assert not view.edit_action.isEnabled() and not view.status_button.isEnabled()
    assert not view.schedule_action.isEnabled() and not view.schedule_button.isEnabled()
    view.edit_schedule()  # nothing happens, nothing fails


def test_the_model_is_well_behaved(qtmodeltester, view):
    view.set_year(None)
    qtmodeltester.check(view.model)
