"""Young people's pre-meetings (issue 21, point 6): a young people's meeting linked to the board
meeting it prepares for, on the same day without a clash warning, the link shown on both; through
the services, the command line and the meeting dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DEMO_DAY, cli_ok, cli_refused, open_window, run_cli

from cpo_desktop.model import enums
from cpo_desktop.services import meetings

DECEMBER = dt.date(2026, 12, 9)  # the demo's next board meeting, at 14:00
FORUM = enums.MeetingKind.YOUNG_PEOPLES_FORUM.value


def pre(day: dt.date = DECEMBER, at: str = "12:30", board: int | None = None) -> meetings.MeetingInput:
    return meetings.MeetingInput(date=day, start_time=meetings.parse_time(at), kind=FORUM, venue="The Hub, Bootle",
                                 prepares_for=board)


def test_a_pre_meeting_on_its_board_meetings_day_is_no_clash_and_each_names_the_other(demo_store):
    board = meetings.find_meeting(demo_store, DECEMBER.isoformat())
    with pytest.raises(meetings.MeetingWarning, match="already a board meeting"):
        meetings.add_meeting(demo_store, pre())  # not linked: a clash, as before
    pre_id, warnings = meetings.add_meeting(demo_store, pre(board=board))
    assert warnings == []
    rows = {r.id: r for r in meetings.list_meetings(demo_store)}
    assert rows[pre_id].prepares_for == board and rows[board].pre_meetings == (pre_id,)
    # The date still names the board meeting (the agenda, the minutes, packs by date).
    assert meetings.find_meeting(demo_store, DECEMBER.isoformat()) == board
    # Edited off the link, the two are a clash again on a move; linked again, not.
    details = meetings.meeting_details(rows[pre_id])
    details.prepares_for = None
    meetings.update_meeting(demo_store, pre_id, details)
    assert meetings.list_meetings(demo_store, meeting_id=board)[0].pre_meetings == ()
    with pytest.raises(meetings.MeetingError, match="2 meetings fall on"):
        meetings.find_meeting(demo_store, DECEMBER.isoformat())


@pytest.mark.parametrize(("change", "message"), [
    ({"at": "14:00"}, "comes before the board meeting"),
    ({"day": DECEMBER + dt.timedelta(days=1)}, "comes before the board meeting"),
    ({"day": DECEMBER - dt.timedelta(days=40)}, "within the month before"),
])
def test_a_pre_meeting_comes_before_its_board_meeting(demo_store, change, message):
    board = meetings.find_meeting(demo_store, DECEMBER.isoformat())
    before = meetings.list_meetings(demo_store)
    with pytest.raises(meetings.MeetingError, match=message):
        meetings.add_meeting(demo_store, pre(**change, board=board), anyway=True)
    assert meetings.list_meetings(demo_store) == before


def test_only_a_young_peoples_meeting_prepares_and_only_for_a_board_meeting(demo_store):
    board = meetings.find_meeting(demo_store, DECEMBER.isoformat())
    wrong_kind = meetings.MeetingInput(date=DECEMBER, start_time=dt.time(11), kind="board", prepares_for=board)
    with pytest.raises(meetings.MeetingError, match="Only a young people's meeting"):
        meetings.add_meeting(demo_store, wrong_kind, anyway=True)
    forum = next(r for r in meetings.list_meetings(demo_store) if r.kind == FORUM and r.date > DEMO_DAY)
    with pytest.raises(meetings.MeetingError, match="not a board meeting"):
        meetings.add_meeting(demo_store, pre(forum.date - dt.timedelta(days=1), board=forum.id), anyway=True)
    # A board meeting with a pre-meeting stays a board meeting.
    meetings.add_meeting(demo_store, pre(board=board))
    details = meetings.meeting_details(meetings.meeting_row(demo_store, board))
    details.kind = FORUM
    with pytest.raises(meetings.MeetingError, match="prepares for this board meeting"):
        meetings.update_meeting(demo_store, board, details)


def test_pre_meetings_from_the_command_line(demo_paths):
    data, env = ["--data-dir", str(demo_paths.root)], {"CPO_TODAY": DEMO_DAY.isoformat()}
    cli_refused(run_cli(*data, "meetings", "add", "--date", DECEMBER.isoformat(), "--time", "12:30", "--kind", FORUM,
                        env=env), "already a board meeting")
    out = cli_ok(run_cli(*data, "meetings", "add", "--date", DECEMBER.isoformat(), "--time", "12:30", "--kind", FORUM,
                         "--prepares-for", DECEMBER.isoformat(), env=env))
    pre_id = out.split("(id ")[1].split(")")[0]
    listed = cli_ok(run_cli(*data, "meetings", "list", env=env))
    assert "Young people's forum (prepares for meeting " in listed and f"(pre-meeting {pre_id})" in listed
    cli_ok(run_cli(*data, "meetings", "edit", pre_id, "--prepares-for", "", env=env))
    assert "pre-meeting" not in cli_ok(run_cli(*data, "meetings", "list", env=env))


def test_the_meeting_dialog_links_a_pre_meeting_and_the_view_shows_both(qtbot, demo_paths, answers, monkeypatch):
    from cpo_desktop.ui.meetings.dialogs import MeetingDialog

    monkeypatch.setenv("CPO_TODAY", DEMO_DAY.isoformat())
    window = open_window(qtbot, demo_paths)
    window.set_view("meetings")
    view = window.meetings
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20000)

    def fill(d: MeetingDialog) -> bool:
        from PySide6.QtCore import QTime

        from cpo_desktop.ui.widgets import to_qdate

        d.ui.dateEdit.setDate(to_qdate(DECEMBER))
        d.ui.timeEdit.setTime(QTime(12, 30))
        assert not d.ui.prepareCombo.isEnabled()  # a board meeting prepares for none
        assert "already a board meeting" in d.ui.warningLabel.text()
        d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData(FORUM))
        d.ui.prepareCombo.setCurrentIndex(d.ui.prepareCombo.findText("Board meeting of", flags=_contains()))
        assert d.prepares_for() is not None
        assert not d.ui.warningLabel.isVisible() or "already" not in d.ui.warningLabel.text()
        d.ui.timeEdit.setTime(QTime(15, 0))
        assert not d.ok.isEnabled() and "comes before the board meeting" in d.ui.problemLabel.text()
        d.ui.timeEdit.setTime(QTime(12, 30))
        assert d.ok.isEnabled()
        return True

    answers.append(fill)
    view.add_button.click()
    qtbot.waitUntil(lambda: any(r.prepares_for for r in view.model.all_rows), timeout=20000)
    texts = [view.model.data(view.model.index(n, 2)) for n in range(view.model.rowCount())]
    assert "Young people's pre-meeting" in texts and "Board meeting + pre-meeting" in texts
    board_row = texts.index("Board meeting + pre-meeting")
    tip = view.model.data(view.model.index(board_row, 2), 3)
    assert tip.startswith("Board meeting\nYoung people's pre-meeting: Wed 09 Dec 2026 at ")
    # The agenda opens on the board meeting, not on its pre-meeting earlier that day.
    window.set_view("agenda")
    qtbot.waitUntil(lambda: window.agenda_view.meeting_id is not None, timeout=20000)
    assert window.agenda_view.meeting_id == meetings.find_meeting(window.store, DECEMBER.isoformat())


def _contains():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith


def test_a_linked_pre_meeting_keeps_its_other_details_editable_after_its_board_meeting_moves(demo_store):
    board = meetings.find_meeting(demo_store, DECEMBER.isoformat())
    pre_id, _ = meetings.add_meeting(demo_store, pre(board=board))
    meetings.move_meeting(demo_store, board, DECEMBER + dt.timedelta(days=42), anyway=True)
    details = meetings.meeting_details(meetings.meeting_row(demo_store, pre_id))
    details.notes = "Pizza ordered"
    meetings.update_meeting(demo_store, pre_id, details)  # the link is checked when it is made
    assert meetings.meeting_row(demo_store, pre_id).notes == "Pizza ordered"


def test_moving_a_board_meeting_away_from_its_pre_meeting_asks_first(demo_store):
    """Moved to before its pre-meeting (or over a month after it), the board meeting's move is
    asked about, naming the pre-meeting; said yes to, it moves and the link stays."""
    board = meetings.find_meeting(demo_store, DECEMBER.isoformat())
    pre_id, _ = meetings.add_meeting(demo_store, pre(board=board))
    with pytest.raises(meetings.MeetingWarning, match="pre-meeting of 09/12/2026 at 12:30 would no longer prepare"):
        meetings.move_meeting(demo_store, board, DECEMBER, dt.time(12))
    # Later the same day, or a week on: still before it and within the month, so nothing to ask.
    assert meetings.move_meeting(demo_store, board, DECEMBER, dt.time(15)) == []
    assert meetings.move_meeting(demo_store, board, DECEMBER + dt.timedelta(days=7), dt.time(15)) == []
    far = DECEMBER + dt.timedelta(days=42)
    with pytest.raises(meetings.MeetingWarning, match="within the month before"):
        meetings.move_meeting(demo_store, board, far)
    warnings = meetings.move_meeting(demo_store, board, far, anyway=True)
    assert any("pre-meeting" in w for w in warnings)
    assert meetings.list_meetings(demo_store, meeting_id=pre_id)[0].prepares_for == board
