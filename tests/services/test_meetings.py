"""Meetings on a real store: planning a year from the schedule, adding, moving with history,
and the warnings for bank holidays, weekends and two meetings on one day."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import sha256
from sqlmodel import select

from cpo_desktop import cli
from cpo_desktop.model.tables import Meeting
from cpo_desktop.services import meetings
from cpo_desktop.services.meetings import MeetingError, MeetingInput, MeetingWarning, Schedule

D = dt.date
T = dt.time


def board_meetings(store):
    with store.session() as session:
        return session.exec(select(Meeting).order_by(Meeting.date)).all()


def test_a_year_is_planned_from_the_schedule_with_a_theme_each(store):
    dry = meetings.plan_year(store, 2027, dry_run=True)
    assert board_meetings(store) == []  # a dry run saves nothing
    planned = meetings.plan_year(store, 2027)
    assert planned == dry
    # The second Wednesday of June, August, October and December 2027, February and April 2028.
    assert [p.date for p in planned] == [D(2027, 6, 9), D(2027, 8, 11), D(2027, 10, 13), D(2027, 12, 8),
                                         D(2028, 2, 9), D(2028, 4, 12)]
    assert [p.theme for p in planned][:5] == ["Being Heard", "Safe and Stable Homes", "Raising Aspirations",
                                              "Health and Wellbeing", "Transition and Preparation for Adulthood"]
    saved = board_meetings(store)
    assert len(saved) == 6 and all(m.start_time == T(14, 0) and m.status == "planned" for m in saved)
    assert "Annual review" in saved[-1].notes
    with pytest.raises(MeetingError, match="already has 6 board meetings"):
        meetings.plan_year(store, 2027)


def test_the_schedule_is_editable_and_checked(store):
    meetings.set_schedule(store, Schedule(months=[7, 9, 11, 1, 3, 5], weekday=3, week=-1, start_time="10:30",
                                          venue="Southport Town Hall", online_link="https://teams.example/x"))
    planned = meetings.plan_year(store, 2027, anyway=True)
    assert [p.date for p in planned][:3] == [D(2027, 5, 27), D(2027, 7, 29), D(2027, 9, 30)]  # last Thursdays
    assert all(p.date.weekday() == 3 for p in planned)
    first = board_meetings(store)[0]
    assert (first.start_time, first.venue, first.online_link) == (T(10, 30), "Southport Town Hall",
                                                                   "https://teams.example/x")
    with pytest.raises(MeetingError, match="months must be different"):
        meetings.set_schedule(store, Schedule(months=[6, 6]))
    with pytest.raises(MeetingError, match="not a time of day"):
        meetings.set_schedule(store, Schedule(start_time="2pm"))
    # Officers write times both ways; the training commands and the meetings' share this reading.
    assert meetings.parse_time("17.30") == meetings.parse_time(" 17:30") == T(17, 30)


def test_a_bank_holiday_or_a_second_meeting_needs_the_users_say_so(store):
    spring = MeetingInput(D(2027, 5, 31), T(14, 0))  # the spring bank holiday
    with pytest.raises(MeetingWarning, match="bank holiday") as refused:
        meetings.add_meeting(store, spring)
    assert refused.value.warnings and board_meetings(store) == []
    meeting_id, warnings = meetings.add_meeting(store, spring, anyway=True)
    assert warnings and board_meetings(store)[0].id == meeting_id
    with pytest.raises(MeetingWarning, match="already a board meeting"):
        meetings.add_meeting(store, MeetingInput(D(2027, 5, 31), T(17, 0), kind="young_peoples_forum"))
    quiet, warnings = meetings.add_meeting(store, MeetingInput(D(2027, 6, 8), T(14, 0), theme="being heard"))
    assert warnings == []
    with pytest.raises(MeetingError, match="not one of the board's priorities"):
        meetings.add_meeting(store, MeetingInput(D(2027, 6, 9), T(14, 0), theme="Knitting"))


def test_moving_keeps_history_and_held_meetings_stay(demo_store):
    rows = meetings.list_meetings(demo_store, year=2026)
    upcoming = next(m for m in rows if m.status == "planned" and m.kind == "board")
    meetings.move_meeting(demo_store, upcoming.id, upcoming.date + dt.timedelta(days=7), reason="Room unavailable")
    meetings.move_meeting(demo_store, upcoming.id, upcoming.date + dt.timedelta(days=8), T(10, 0))
    row = next(m for m in meetings.list_meetings(demo_store) if m.id == upcoming.id)
    assert row.moved_from == upcoming.date and row.start_time == T(10, 0)
    changes = meetings.history(demo_store, upcoming.id)
    assert [c.reason for c in changes] == ["Room unavailable", None]
    held = next(m for m in rows if m.status == "held")
    with pytest.raises(MeetingError, match="has been held"):
        meetings.move_meeting(demo_store, held.id, D(2027, 3, 3))


def test_meetings_are_found_by_id_or_date_and_impossible_dates_are_named(demo_store):
    first = meetings.list_meetings(demo_store)[0]
    assert meetings.find_meeting(demo_store, str(first.id)) == first.id
    assert meetings.find_meeting(demo_store, first.date.isoformat()) == first.id
    assert meetings.find_meeting(demo_store, first.date.strftime("%d/%m/%Y")) == first.id
    with pytest.raises(MeetingError, match="not a date that exists"):
        meetings.parse_day("2027-02-30")
    with pytest.raises(MeetingError, match="no meeting on"):
        meetings.find_meeting(demo_store, "2031-01-01")
    with pytest.raises(MeetingError, match="no meeting with id"):
        meetings.find_meeting(demo_store, "9999")


def test_cli_meeting_commands(tmp_path, capsys):
    data = str(tmp_path / "data")
    run = lambda *a: cli.main(["--data-dir", data, *a])  # noqa: E731 - the CLI's own entry point, in-process
    assert run("meetings", "plan", "--year", "2027", "--dry-run") == 0
    assert "Dry run" in capsys.readouterr().out
    assert run("meetings", "plan", "--year", "2027") == 0
    database = tmp_path / "data" / "cpo-desktop.sqlite3"
    before = sha256(database)
    assert run("meetings", "add", "--date", "2027-02-30", "--time", "14:00") == 1
    assert "not a date that exists" in capsys.readouterr().err
    assert run("meetings", "add", "--date", "25/12/2027", "--time", "14:00") == 1
    err = capsys.readouterr().err
    assert "bank holiday" in err and len(err.strip().splitlines()) == 1
    assert sha256(database) == before
    assert run("meetings", "move", "2027-06-09", "--date", "2027-06-16", "--reason", "Purdah") == 0
    assert "first planned for 09/06/2027" in capsys.readouterr().out
    assert run("meetings", "list", "--year", "2027", "--json") == 0
    import json

    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["date"] == "2027-06-16" and listed[0]["moved_from"] == "2027-06-09"
    assert run("calendar", "export", "--meeting", "2027-06-16", "-o", str(tmp_path / "one.ics")) == 0
    import icalendar

    [event] = icalendar.Calendar.from_ical((tmp_path / "one.ics").read_bytes()).walk("VEVENT")
    assert event["SEQUENCE"] == 1 and event.decoded("DTSTART").date() == dt.date(2027, 6, 16)
    assert run("calendar", "export", "--year", "2031", "-o", str(tmp_path / "none.ics")) == 1
    assert not (tmp_path / "none.ics").exists()


def test_a_meetings_details_change_and_bad_details_save_nothing(demo_store):
    row = next(m for m in meetings.list_meetings(demo_store) if m.date == dt.date(2026, 12, 9))
    data = meetings.meeting_details(row)
    data.venue, data.theme, data.online_link = "Southport Town Hall", "Being Heard", "https://teams.example/cpb"
    meetings.update_meeting(demo_store, row.id, data)
    after = next(m for m in meetings.list_meetings(demo_store) if m.id == row.id)
    assert (after.venue, after.theme, after.online_link, after.date) == (
        "Southport Town Hall", "Being Heard", "https://teams.example/cpb", row.date)
    data.venue, data.online_link = "", None
    with pytest.raises(MeetingError, match="a venue or an online link"):
        meetings.update_meeting(demo_store, row.id, data)
    data.venue, data.theme = "Bootle", "Not a priority"
    with pytest.raises(MeetingError, match="not one of the board's priorities"):
        meetings.update_meeting(demo_store, row.id, data)
    assert next(m for m in meetings.list_meetings(demo_store) if m.id == row.id) == after


def test_cancel_reinstate_and_held(demo_store):
    today = dt.date(2026, 11, 23)
    rows = meetings.list_meetings(demo_store)
    coming = next(m for m in rows if m.date > today)
    held = next(m for m in rows if m.status == "held")
    with pytest.raises(MeetingError, match="still to come"):
        meetings.set_status(demo_store, coming.id, "held", today=today)
    with pytest.raises(MeetingError, match="has been held"):
        meetings.set_status(demo_store, held.id, "cancelled", today=today)
    meetings.set_status(demo_store, coming.id, "cancelled", reason="Not quorate", today=today)
    cancelled = next(m for m in meetings.list_meetings(demo_store) if m.id == coming.id)
    assert cancelled.status == "cancelled" and "Cancelled: Not quorate" in cancelled.notes
    with pytest.raises(MeetingError, match="already cancelled"):
        meetings.set_status(demo_store, coming.id, "cancelled", today=today)
    meetings.set_status(demo_store, coming.id, "planned", today=today)
    meetings.set_status(demo_store, coming.id, "held", today=coming.date)  # on the day
    assert next(m for m in meetings.list_meetings(demo_store) if m.id == coming.id).status == "held"


def test_cli_edit_cancel_held_reinstate(tmp_path, capsys):
    data = str(tmp_path / "data")
    run = lambda *a: cli.main(["--data-dir", data, *a])  # noqa: E731
    assert run("meetings", "plan", "--year", "2040") == 0  # far enough ahead to stay "to come"
    first, second = meetings_list(run, capsys)[:2]
    assert run("meetings", "edit", first["date"], "--venue", "Southport Town Hall", "--theme", "") == 0
    edited = meetings_list(run, capsys)[0]
    assert edited["venue"] == "Southport Town Hall" and edited["theme"] == ""
    assert run("meetings", "cancel", first["date"], "--reason", "Election period") == 0
    assert meetings_list(run, capsys)[0]["status"] == "cancelled"
    assert run("meetings", "held", second["date"]) == 1
    assert "still to come" in capsys.readouterr().err
    assert run("meetings", "reinstate", first["date"]) == 0
    assert meetings_list(run, capsys)[0]["status"] == "planned"


def meetings_list(run, capsys) -> list[dict]:
    import json

    capsys.readouterr()
    assert run("meetings", "list", "--json") == 0
    return json.loads(capsys.readouterr().out)
