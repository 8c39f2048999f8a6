"""Exporting meetings as an iCalendar (.ics) file that Outlook, Google and Apple calendars import.

Each meeting's UID is ``meeting-<id>@<uid domain>``, where the domain is a random value made
once per store (the ``calendar.uid_domain`` setting, so it travels with backups): importing a
later export updates the same events instead of duplicating them. SEQUENCE is the meeting's
``calendar_sequence``, which rises with every change a calendar must notice (a move, a new time,
length, venue or link, a cancellation or reinstatement: store/calendar_sequence.py), so the
updated entry replaces the old one.

Times are written as Europe/London wall-clock times with a VTIMEZONE. That VTIMEZONE uses
the yearly rules (last Sunday of March and of October) rather than a list of dates, because
Outlook for Windows is known to misread list-of-dates (RDATE) time zones; if the zone
database ever disagrees with those rules for the years exported, icalendar's own
definition, built from the zone database, is used instead.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur
from sqlmodel import Session, col, select

from cpo_desktop import dates
from cpo_desktop.errors import UserError
from cpo_desktop.files import atomic_write_bytes
from cpo_desktop.model import enums
from cpo_desktop.model.rules import municipal_year_label
from cpo_desktop.model.tables import Board, Meeting, MeetingChange, Priority
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.services import settings
from cpo_desktop.store.db import Store

PRODID = "-//CPO Desktop//Corporate Parenting Board//EN"
UID_DOMAIN_KEY = "calendar.uid_domain"
TZID = "Europe/London"
LONDON = ZoneInfo(TZID)


class CalendarError(UserError, ValueError):
    """The calendar could not be exported, with the reason. Nothing was written."""


def uid_domain_in(session: Session) -> str:
    """The store's calendar UID domain, made (and saved in this transaction) on first use."""
    domain = settings.get_in(session, UID_DOMAIN_KEY)
    if not domain:
        domain = uuid.uuid4().hex
        settings.set_in(session, UID_DOMAIN_KEY, domain)
    return domain


def meeting_uid(meeting_id: int, domain: str) -> str:
    return f"meeting-{meeting_id}@{domain}"


def _select_meetings(session: Session, year: int | None, meeting_id: int | None) -> list[Meeting]:
    if (year is None) == (meeting_id is None):
        raise CalendarError("Export either a municipal year or one meeting, not both and not neither.")
    if meeting_id is not None:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise CalendarError(f"There is no meeting with id {meeting_id}; no calendar was exported.",
                                cli="cpo-desktop meetings list",
                                cli_form=f"There is no meeting with id {meeting_id} (see `cpo-desktop meetings list`); "
                                         "no calendar was exported.")
        return [meeting]
    first, last = dt.date(year, 5, 1), dt.date(year + 1, 4, 30)
    meetings = list(session.exec(
        select(Meeting).where(Meeting.date >= first, Meeting.date <= last)
        .order_by(Meeting.date, Meeting.start_time, Meeting.id)))
    if not meetings:
        raise CalendarError(f"There are no meetings in the municipal year {municipal_year_label(first)} "
                            "(May to April), so no calendar was exported.")
    return meetings


def _last_change(session: Session, meeting_id: int) -> MeetingChange | None:
    return session.exec(
        select(MeetingChange).where(MeetingChange.meeting_id == meeting_id)
        .order_by(col(MeetingChange.changed_at).desc(), col(MeetingChange.id).desc())).first()


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def _rules_hold(first_year: int, last_year: int) -> bool:
    """Whether Europe/London follows "BST from 01:00 UTC on the last Sunday of March to 01:00
    UTC on the last Sunday of October" in every year from ``first_year`` to ``last_year``."""
    hour = dt.timedelta(hours=1)
    for year in range(first_year, last_year + 1):
        checks = [(dt.datetime(year, 1, 15, 12), dt.timedelta(0)), (dt.datetime(year, 7, 15, 12), hour)]
        for month, before, after in ((3, dt.timedelta(0), hour), (10, hour, dt.timedelta(0))):
            switch = dt.datetime.combine(_last_sunday(year, month), dt.time(1))
            checks += [(switch - dt.timedelta(minutes=1), before), (switch, after)]
        for utc, offset in checks:
            if utc.replace(tzinfo=dt.UTC).astimezone(LONDON).utcoffset() != offset:
                return False
    return True


def london_vtimezone() -> Timezone:
    """Europe/London as yearly rules, the form every calendar program reads (RFC 5545 3.6.5)."""
    tz = Timezone()
    tz.add("tzid", TZID)
    daylight = TimezoneDaylight()
    daylight.add("dtstart", dt.datetime(1970, 3, 29, 1, 0))  # local time before the change (GMT)
    daylight.add("rrule", vRecur(freq="YEARLY", bymonth=3, byday="-1SU"))
    daylight.add("tzname", "BST")
    daylight.add("tzoffsetfrom", dt.timedelta(0))
    daylight.add("tzoffsetto", dt.timedelta(hours=1))
    standard = TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 10, 25, 2, 0))  # local time before the change (BST)
    standard.add("rrule", vRecur(freq="YEARLY", bymonth=10, byday="-1SU"))
    standard.add("tzname", "GMT")
    standard.add("tzoffsetfrom", dt.timedelta(hours=1))
    standard.add("tzoffsetto", dt.timedelta(0))
    tz.add_component(standard)
    tz.add_component(daylight)
    return tz


def _summary(board_name: str, meeting: Meeting) -> str:
    kind = enums.MeetingKind(meeting.kind)
    summary = board_name if kind is enums.MeetingKind.BOARD else f"{board_name} — {kind.label}"
    return f"Cancelled: {summary}" if meeting.status == enums.MeetingStatus.CANCELLED else summary


def _description(meeting: Meeting, theme: str | None, change: MeetingChange | None) -> str:
    """What the calendar entry says. Never the meeting's notes: those are the officer's own, and a
    calendar file goes to everyone invited (and into their shared calendars)."""
    parts = []
    if theme:
        parts.append(f"Theme: {theme}")
    if change is not None:
        parts.append(f"Moved from {dates.long(change.old_date)} {dates.hm(change.old_start_time)}")
    if meeting.online_link:
        parts.append(f"Join online: {meeting.online_link}")
    return "\n\n".join(parts)


def _event(meeting: Meeting, board_name: str, theme: str | None, sequence: int,
           change: MeetingChange | None, domain: str, now: dt.datetime, mask=lambda text: text) -> Event:
    start = dt.datetime.combine(meeting.date, meeting.start_time, tzinfo=LONDON)
    # Wall-clock arithmetic: a two-hour meeting at 14:00 ends at 16:00 local time.
    end = start + dt.timedelta(minutes=meeting.duration_minutes)
    cancelled = meeting.status == enums.MeetingStatus.CANCELLED
    event = Event.new(uid=meeting_uid(meeting.id, domain), stamp=now, start=start, end=end,
                      sequence=sequence, summary=mask(_summary(board_name, meeting)),
                      status="CANCELLED" if cancelled else "CONFIRMED")
    if meeting.venue:
        event.add("location", mask(meeting.venue))
    if meeting.online_link:
        event.add("url", meeting.online_link)
    description = _description(meeting, theme, change)
    if description:
        event.add("description", mask(description))
    return event


def to_ics(store: Store, *, year: int | None = None, meeting_id: int | None = None, mask=None) -> bytes:
    """The meetings of the municipal year starting in May of ``year`` (1 May to 30 April), or the one
    meeting ``meeting_id``, as an iCalendar file (bytes, CRLF line endings, lines folded at 75 octets).
    ``mask`` (the privacy rule's, ``services.disclosure``) is applied to every text it writes."""
    mask = mask or (lambda text: text)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with store.session() as session:
        meetings = _select_meetings(session, year, meeting_id)
        domain = uid_domain_in(session)
        boards = {b.id: b for b in session.exec(select(Board))}
        themes = {p.id: p.title for p in session.exec(select(Priority))}
        events = []
        for meeting in meetings:
            events.append(_event(meeting, boards[meeting.board_id].name, themes.get(meeting.priority_id),
                                 meeting.calendar_sequence, _last_change(session, meeting.id), domain, now, mask))

    cal = Calendar()
    cal.version = "2.0"
    cal.prodid = PRODID
    cal.calscale = "GREGORIAN"
    cal.method = "PUBLISH"
    cal.calendar_name = mask(boards[meetings[0].board_id].name)  # NAME and X-WR-CALNAME
    first_year, last_year = meetings[0].date.year, max(m.date.year for m in meetings)
    if _rules_hold(first_year - 1, last_year + 1):
        cal.add_component(london_vtimezone())
    for event in events:
        cal.add_component(event)
    # Adds (first in the file) any zone still undefined: Europe/London from the zone database
    # when the rules above did not hold.
    cal.add_missing_timezones(first_date=dt.date(first_year - 1, 1, 1), last_date=dt.date(last_year + 2, 1, 1))
    return cal.to_ical()


def export(store: Store, target: Path, *, year: int | None = None, meeting_id: int | None = None,
           progress: Progress | None = None) -> Path:
    """Write :func:`to_ics` to ``target`` atomically; returns the absolute path written. A
    calendar file goes to partners: it passes the privacy rule's last check first. ``progress``
    is told each step; a cancel before the file is written leaves nothing behind."""
    from cpo_desktop.services import disclosure

    progress = progress or NO_PROGRESS
    progress.step(0, 3, "Reading the meetings")
    gate = disclosure.gate(store)
    data = to_ics(store, year=year, meeting_id=meeting_id, mask=gate.mask)
    progress.step(1, 3, "Checking the calendar")
    text = "\n".join(str(value) for component in Calendar.from_ical(data).walk()
                     for value in component.values())
    gate.verify({Path(target).name: text}, advice=(
        "must not be in a calendar file that goes to partners. Change the meeting (Meetings view) and export again."))
    progress.step(2, 3, "Writing the file")
    written = atomic_write_bytes(Path(target), data)
    progress.report(3, 3, f"Saved {written.name}")
    return written
