"""The calendar (.ics) export, always read back with icalendar's own parser."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlmodel import select

from cpo_desktop.errors import UserError
from cpo_desktop.model.tables import Board, Meeting, MeetingChange, Priority
from cpo_desktop.services import calendar_export, meetings, settings
from cpo_desktop.services.calendar_export import CalendarError, export, to_ics

LONDON = ZoneInfo("Europe/London")
BOARD_NAME = "Sefton Corporate Parenting Board"


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events_by_uid(cal: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in cal.events}


def meeting_on(store, day: dt.date) -> Meeting:
    with store.session() as session:
        return session.exec(select(Meeting).where(Meeting.date == day)).one()


def year_meetings(store, year: int) -> list[Meeting]:
    """The meetings of the municipal year from May ``year`` (the demo also holds the year before)."""
    with store.session() as session:
        return list(session.exec(select(Meeting).where(Meeting.date >= dt.date(year, 5, 1),
                                                       Meeting.date <= dt.date(year + 1, 4, 30))
                                 .order_by(Meeting.date)))


def uid_for(store, meeting: Meeting) -> str:
    return f"meeting-{meeting.id}@{settings.get(store, calendar_export.UID_DOMAIN_KEY)}"


def add_meeting(store, day: dt.date, start: dt.time = dt.time(14, 0), **fields) -> int:
    with store.session() as session:
        board = session.exec(select(Board)).one()
        meeting = Meeting(board_id=board.id, date=day, start_time=start, venue="Bootle Town Hall", **fields)
        session.add(meeting)
        session.flush()
        return meeting.id


def test_demo_year_exports_every_meeting_in_london_time(demo_store):
    cal = parse(to_ics(demo_store, year=2026))

    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == "-//CPO Desktop//Corporate Parenting Board//EN"
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["X-WR-CALNAME"]) == BOARD_NAME
    assert [tz.tz_name for tz in cal.timezones] == ["Europe/London"]
    assert cal.get_missing_tzids() == set()

    meetings = year_meetings(demo_store, 2026)
    assert len(meetings) == 7
    events = events_by_uid(cal)
    assert len(cal.events) == 7 and len(events) == 7
    with demo_store.session() as session:
        themes = {p.id: p.title for p in session.exec(select(Priority))}
    for m in meetings:
        e = events[uid_for(demo_store, m)]
        start, end = e.start, e.end
        assert start.tzinfo is not None and getattr(start.tzinfo, "key", None) == "Europe/London"
        assert e["DTSTART"].params["TZID"] == "Europe/London"
        assert (start.date(), start.time()) == (m.date, m.start_time)
        assert end - start == dt.timedelta(minutes=m.duration_minutes)
        assert str(e["LOCATION"]) == m.venue
        assert str(e["STATUS"]) == "CONFIRMED"
        assert int(e["SEQUENCE"]) == 0
        stamp = e["DTSTAMP"].dt
        assert stamp.utcoffset() == dt.timedelta(0)
        assert abs(dt.datetime.now(dt.UTC) - stamp) < dt.timedelta(minutes=5)
        description = str(e.get("DESCRIPTION", ""))
        if m.kind == "board":
            assert str(e["SUMMARY"]) == BOARD_NAME
        else:
            assert str(e["SUMMARY"]) == f"{BOARD_NAME} — Young people's forum"
            assert str(e["LOCATION"]) == "The Hub, Bootle"
        if m.priority_id:
            assert description.splitlines()[0] == f"Theme: {themes[m.priority_id]}"
        else:
            assert "Theme:" not in description
        if m.notes:  # the officer's notes stay in the app: a calendar file goes to everyone invited
            assert m.notes not in description


def test_times_either_side_of_the_clock_changes(store):
    days = {dt.date(2026, 10, 22): 13, dt.date(2026, 10, 29): 14,   # BST ends Sun 25 Oct 2026
            dt.date(2027, 3, 25): 14, dt.date(2027, 4, 1): 13}      # BST begins Sun 28 Mar 2027
    for day in days:
        add_meeting(store, day)

    cal = parse(to_ics(store, year=2026))

    by_day = {e.start.date(): e for e in cal.events}
    assert set(by_day) == set(days)
    # The VTIMEZONE in the file is what Outlook reads: it must give the same instants.
    vtimezone = cal.timezones[0].to_tz(lookup_tzid=False)
    for day, utc_hour in days.items():
        start = by_day[day].start
        assert start.time() == dt.time(14, 0)
        assert start.astimezone(dt.UTC) == dt.datetime.combine(day, dt.time(utc_hour), tzinfo=dt.UTC)
        from_file = start.replace(tzinfo=vtimezone)
        assert from_file.astimezone(dt.UTC) == dt.datetime.combine(day, dt.time(utc_hour), tzinfo=dt.UTC)


def test_the_vtimezone_agrees_with_the_zone_database_for_years_ahead():
    tz = calendar_export.london_vtimezone().to_tz(lookup_tzid=False)
    t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    while t < dt.datetime(2036, 1, 1, tzinfo=dt.UTC):
        local = t.astimezone(LONDON).replace(tzinfo=None)
        if local.replace(tzinfo=LONDON).astimezone(dt.UTC) == t:  # skip the ambiguous hour in October
            assert local.replace(tzinfo=tz).astimezone(dt.UTC) == t, local
        t += dt.timedelta(minutes=30)


def test_the_zone_database_is_used_if_the_rules_ever_stop_holding(demo_store, monkeypatch):
    monkeypatch.setattr(calendar_export, "_rules_hold", lambda first, last: False)
    cal = parse(to_ics(demo_store, year=2026))
    assert [tz.tz_name for tz in cal.timezones] == ["Europe/London"]
    assert cal.get_missing_tzids() == set()
    assert all(e.start.time() == dt.time(14, 0) for e in cal.events if str(e["SUMMARY"]) == BOARD_NAME)


def test_uids_are_stable_across_exports_and_single_meeting_exports(demo_store):
    first = events_by_uid(parse(to_ics(demo_store, year=2026)))
    second = events_by_uid(parse(to_ics(demo_store, year=2026)))
    assert set(first) == set(second)
    domain = settings.get(demo_store, calendar_export.UID_DOMAIN_KEY)
    assert len(domain) == 32 and int(domain, 16) >= 0
    assert all(uid.startswith("meeting-") and uid.endswith(f"@{domain}") for uid in first)

    december = meeting_on(demo_store, dt.date(2026, 12, 9))
    single = parse(to_ics(demo_store, meeting_id=december.id))
    assert len(single.events) == 1
    assert str(single.events[0]["UID"]) == uid_for(demo_store, december)
    assert uid_for(demo_store, december) in first
    assert [tz.tz_name for tz in single.timezones] == ["Europe/London"]


def test_uids_survive_a_backup_and_restore(demo_store, tmp_path):
    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data
    from cpo_desktop.store import backup, db

    before = set(events_by_uid(parse(to_ics(demo_store, year=2026))))
    copy = backup.make_backup(demo_store.paths, dest=tmp_path / "copy.sqlite3")
    other_paths = paths.resolve(tmp_path / "elsewhere")
    backup.restore(other_paths, copy, db.known_revisions())
    restored = open_data(other_paths)
    try:
        after = set(events_by_uid(parse(to_ics(restored, year=2026))))
    finally:
        restored.close()
    assert after == before


def test_a_fresh_store_gets_its_own_uid_domain(demo_store, tmp_path):
    from cpo_desktop import paths
    from cpo_desktop import demo
    from cpo_desktop.services.startup import open_data

    to_ics(demo_store, year=2026)
    other = open_data(paths.resolve(tmp_path / "another"))
    try:
        demo.load(other, today=dt.date(2026, 11, 23))
        to_ics(other, year=2026)
        assert (settings.get(other, calendar_export.UID_DOMAIN_KEY)
                != settings.get(demo_store, calendar_export.UID_DOMAIN_KEY))
    finally:
        other.close()


def test_a_moved_meeting_keeps_its_uid_and_says_where_it_was(demo_store):
    december = meeting_on(demo_store, dt.date(2026, 12, 9))
    before = events_by_uid(parse(to_ics(demo_store, year=2026)))
    uid = uid_for(demo_store, december)
    assert int(before[uid]["SEQUENCE"]) == 0

    with demo_store.session() as session:
        row = session.get(Meeting, december.id)
        row.date = dt.date(2026, 12, 16)
        session.add(MeetingChange(meeting_id=row.id, old_date=dt.date(2026, 12, 9), old_start_time=dt.time(14, 0),
                                  new_date=row.date, new_start_time=row.start_time, reason="Clash"))

    after = events_by_uid(parse(to_ics(demo_store, year=2026)))
    assert set(after) == set(before)
    moved = after[uid]
    assert int(moved["SEQUENCE"]) == 1
    assert moved.start == dt.datetime(2026, 12, 16, 14, 0, tzinfo=LONDON)
    assert "Moved from Wednesday 9 December 2026 14:00" in str(moved["DESCRIPTION"]).splitlines()
    assert str(moved["DESCRIPTION"]).startswith("Theme: ")
    assert all(int(e["SEQUENCE"]) == 0 for u, e in after.items() if u != uid)

    # A second move: SEQUENCE 2, and the description names the most recent old date.
    with demo_store.session() as session:
        row = session.get(Meeting, december.id)
        session.add(MeetingChange(meeting_id=row.id, old_date=row.date, old_start_time=row.start_time,
                                  new_date=dt.date(2026, 12, 2), new_start_time=dt.time(10, 0)))
        row.date, row.start_time = dt.date(2026, 12, 2), dt.time(10, 0)
    again = parse(to_ics(demo_store, meeting_id=december.id)).events[0]
    assert int(again["SEQUENCE"]) == 2
    assert str(again["UID"]) == uid
    assert "Moved from Wednesday 16 December 2026 14:00" in str(again["DESCRIPTION"])
    assert "9 December" not in str(again["DESCRIPTION"])


def test_a_cancelled_meeting_is_marked_cancelled(demo_store):
    february = meeting_on(demo_store, dt.date(2027, 2, 10))
    with demo_store.session() as session:
        session.get(Meeting, february.id).status = "cancelled"

    events = events_by_uid(parse(to_ics(demo_store, year=2026)))
    cancelled = events[uid_for(demo_store, february)]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["SUMMARY"]) == f"Cancelled: {BOARD_NAME}"
    assert sum(str(e["STATUS"]) == "CANCELLED" for e in events.values()) == 1


def test_online_link_becomes_url_and_is_in_the_description(store):
    link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + "x" * 120
    meeting_id = add_meeting(store, dt.date(2026, 6, 10), online_link=link, kind="development_session",
                             notes="Bring the draft strategy — and the pledge for café staff.")
    event = parse(to_ics(store, meeting_id=meeting_id)).events[0]
    assert str(event["URL"]) == link
    assert f"Join online: {link}" in str(event["DESCRIPTION"])
    assert "Bring the draft strategy" not in str(event["DESCRIPTION"])  # notes are the officer's own
    assert str(event["SUMMARY"]) == f"{BOARD_NAME} — Development session"
    assert str(event["LOCATION"]) == "Bootle Town Hall"


def test_the_file_is_crlf_and_folded_for_outlook(store):
    long_name = "Care leavers’ covenant — “Sefton’s promise” réview. " * 12
    with store.session() as session:
        session.exec(select(Board)).one().name = long_name.strip()
    add_meeting(store, dt.date(2026, 6, 10), online_link="https://example.org/" + "a" * 200)
    add_meeting(store, dt.date(2026, 9, 9))
    data = to_ics(store, year=2026)

    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")
    assert b"\r\r" not in data
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    assert any(line.startswith(b" ") for line in lines)  # long lines were folded
    assert str(parse(data).events[0]["SUMMARY"]) == long_name.strip()


def test_export_writes_the_whole_file_atomically(demo_store, tmp_path):
    target = tmp_path / "out" / "board.ics"
    written = export(demo_store, target, year=2026)
    assert written == target.absolute()
    assert len(parse(target.read_bytes()).events) == 7
    assert sorted(p.name for p in target.parent.iterdir()) == ["board.ics"]

    december = meeting_on(demo_store, dt.date(2026, 12, 9))
    export(demo_store, target, meeting_id=december.id)  # replaces the file
    assert len(parse(target.read_bytes()).events) == 1
    assert sorted(p.name for p in target.parent.iterdir()) == ["board.ics"]


def test_errors_are_user_errors_and_write_nothing(demo_store, tmp_path):
    target = tmp_path / "out" / "never.ics"
    with pytest.raises(CalendarError, match="no meeting with id 9999"):
        to_ics(demo_store, meeting_id=9999)
    with pytest.raises(CalendarError, match="no meetings in the municipal year 2030/31"):
        export(demo_store, target, year=2030)
    with pytest.raises(CalendarError, match="not both"):
        to_ics(demo_store, year=2026, meeting_id=1)
    with pytest.raises(CalendarError, match="not neither"):
        to_ics(demo_store)
    assert issubclass(CalendarError, UserError) and issubclass(CalendarError, ValueError)
    assert not target.parent.exists() or not list(target.parent.iterdir())


def test_the_municipal_year_runs_may_to_april(store):
    for day in (dt.date(2026, 4, 30), dt.date(2026, 5, 1), dt.date(2027, 4, 30), dt.date(2027, 5, 1)):
        add_meeting(store, day)
    starts = sorted(e.start.date() for e in parse(to_ics(store, year=2026)).events)
    assert starts == [dt.date(2026, 5, 1), dt.date(2027, 4, 30)]


def test_a_young_persons_surname_in_a_meeting_is_masked_in_the_calendar_file(demo_store, tmp_path):
    """The calendar goes to partners: what it says passes the privacy rule, and its last check
    reads the file (venue, theme, file name and all) before it is written."""
    from cpo_desktop.model.textguard import Leak

    with demo_store.session() as session:
        meeting = session.get(Meeting, year_meetings(demo_store, 2026)[0].id)
        meeting.venue = "The Hub (ask for KAYDEN LOWE's key worker)"
    path = export(demo_store, tmp_path / "board.ics", year=2026)
    venues = {str(e["LOCATION"]) for e in parse(path.read_bytes()).events}
    assert "The Hub (ask for Kayden's key worker)" in venues
    assert "lowe" not in path.read_text(encoding="utf-8").casefold()
    assert "KAYDEN LOWE" in to_ics(demo_store, year=2026).decode()  # the control: unmasked without the rule
    with pytest.raises(Leak, match="surname of Kayden"):
        export(demo_store, tmp_path / "Kayden Lowe.ics", year=2026)
    assert not (tmp_path / "Kayden Lowe.ics").exists()


# --- SEQUENCE rises with every change a calendar must notice (issue 19, point 10) ---------------------

def sequence_of(store, meeting_id: int) -> int:
    return int(parse(to_ics(store, meeting_id=meeting_id)).events[0]["SEQUENCE"])


def edit(store, meeting_id: int, **fields) -> None:
    import dataclasses

    details = meetings.meeting_details(meetings.meeting_row(store, meeting_id))
    meetings.update_meeting(store, meeting_id, dataclasses.replace(details, **fields))


CHANGES = {
    "a new time": lambda s, m: meetings.move_meeting(s, m.id, m.date, dt.time(10, 30)),
    "a new day": lambda s, m: meetings.move_meeting(s, m.id, dt.date(2026, 12, 16), anyway=True),
    "a new length": lambda s, m: edit(s, m.id, duration_minutes=m.duration_minutes + 30),
    "a new venue": lambda s, m: edit(s, m.id, venue="Southport Town Hall"),
    "an online link": lambda s, m: edit(s, m.id, online_link="https://teams.example.org/board"),
    "a new theme": lambda s, m: edit(s, m.id, theme=None),
    "another kind": lambda s, m: edit(s, m.id, kind="young_peoples_forum"),
    "cancelled": lambda s, m: meetings.set_status(s, m.id, "cancelled", reason="No quorum expected"),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_every_change_a_calendar_must_notice_raises_the_sequence(demo_store, change):
    december = meeting_on(demo_store, dt.date(2026, 12, 9))
    before = parse(to_ics(demo_store, meeting_id=december.id)).events[0]
    CHANGES[change](demo_store, december)
    after = parse(to_ics(demo_store, meeting_id=december.id)).events[0]
    assert after.to_ical() != before.to_ical()  # the entry itself changed...
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1  # ...and says it is the newer one
    assert sequence_of(demo_store, december.id) == int(after["SEQUENCE"])  # exporting again changes nothing


def test_reinstating_a_cancelled_meeting_raises_it_again_and_nothing_else_does(demo_store):
    december = meeting_on(demo_store, dt.date(2026, 12, 9))
    october = meeting_on(demo_store, dt.date(2026, 10, 14))
    meetings.set_status(demo_store, december.id, "cancelled")
    assert sequence_of(demo_store, december.id) == 1
    meetings.set_status(demo_store, december.id, "planned")
    assert sequence_of(demo_store, december.id) == 2
    # What a calendar does not show: the officer's notes, and a meeting marked held.
    edit(demo_store, december.id, notes="Ask the Chair about the room")
    assert sequence_of(demo_store, december.id) == 2
    first = sequence_of(demo_store, october.id)
    if meeting_on(demo_store, october.date).status != "held":
        meetings.set_status(demo_store, october.id, "held", today=dt.date(2026, 11, 23))
    assert sequence_of(demo_store, october.id) == first


def test_the_sequence_never_falls_even_when_an_older_record_is_written_back(demo_store):
    december = meeting_on(demo_store, dt.date(2026, 12, 9))
    edit(demo_store, december.id, venue="Southport Town Hall")
    edit(demo_store, december.id, venue="Crosby Library")
    assert sequence_of(demo_store, december.id) == 2
    with demo_store.session() as session:  # as a restore would: the old record, its old sequence
        row = session.get(Meeting, december.id)
        row.venue, row.calendar_sequence = december.venue, december.calendar_sequence
    assert sequence_of(demo_store, december.id) == 3
    with demo_store.session() as session:  # the sequence alone written lower: kept where it was
        session.get(Meeting, december.id).calendar_sequence = 0
    assert sequence_of(demo_store, december.id) == 3
