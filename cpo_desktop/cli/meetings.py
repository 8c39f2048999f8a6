"""Meetings and the calendar on the command line: ``meetings …`` and ``calendar export``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from cpo_desktop import dates, wording
from cpo_desktop.cli.common import EXIT_OK, CommandError, opened, print_json, table


def _meeting_line(m) -> list[str]:
    moved = f"moved from {dates.short(m.moved_from)}" if m.moved_from else ""
    link = (f" (prepares for meeting {m.prepares_for})" if m.prepares_for
            else f" (pre-meeting {', '.join(str(i) for i in m.pre_meetings)})" if m.pre_meetings else "")
    return [str(m.id), dates.day_short(m.date), dates.hm(m.start_time), m.kind_label + link, m.theme,
            m.venue, m.status + (f", {moved}" if moved else "")]


def _board_meeting(store, ref: str | None) -> int | None:
    """The board meeting a pre-meeting prepares for, by id or date ("" for none)."""
    from cpo_desktop.services import meetings

    return meetings.find_meeting(store, ref) if ref else None


def cmd_meetings_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import meetings

    with opened(args) as store:
        rows = meetings.list_meetings(store, year=args.year)
    if args.json:
        print_json([r.as_dict() for r in rows])
    else:
        table([_meeting_line(m) for m in rows], ["Id", "Date", "Time", "Meeting", "Theme", "Venue", "Status"])
    return EXIT_OK


def cmd_meetings_plan(args: argparse.Namespace) -> int:
    from cpo_desktop.model.rules import municipal_year_label
    from cpo_desktop.services import meetings

    with opened(args) as store:
        planned = meetings.plan_year(store, args.year, dry_run=args.dry_run, anyway=args.anyway)
        plan = meetings.get_schedule(store)
    label = municipal_year_label(dt.date(args.year, 5, 1))
    print(f"{'Would plan' if args.dry_run else 'Planned'} {len(planned)} board meetings for {label}, "
          f"on {plan.describe()}:")
    table([[dates.day_short(p.date), dates.hm(p.start_time), p.theme or "Annual review",
            " ".join(p.warnings)] for p in planned], ["Date", "Time", "Theme", "Warnings"])
    if args.dry_run:
        print("Dry run: nothing was saved.")
    return EXIT_OK


def _time(text: str) -> dt.time:
    from cpo_desktop.services import meetings

    return meetings.parse_time(text)


def cmd_meetings_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import meetings

    data = meetings.MeetingInput(date=meetings.parse_day(args.date), start_time=_time(args.time), kind=args.kind,
                                 theme=args.theme, venue=args.venue, online_link=args.link,
                                 duration_minutes=args.duration)
    with opened(args) as store:
        data.prepares_for = _board_meeting(store, args.prepares_for)
        meeting_id, warnings = meetings.add_meeting(store, data, anyway=args.anyway)
    for warning in warnings:
        print(f"Note: {warning}")
    print(f"Added the meeting of {dates.full(data.date)} at {dates.hm(data.start_time)} (id {meeting_id})")
    return EXIT_OK


def cmd_meetings_move(args: argparse.Namespace) -> int:
    from cpo_desktop.services import meetings

    new_date = meetings.parse_day(args.date)
    new_time = _time(args.time) if args.time else None
    with opened(args) as store:
        meeting_id = meetings.find_meeting(store, args.meeting)
        was = meetings.meeting_row(store, meeting_id).date
        warnings = meetings.move_meeting(store, meeting_id, new_date, new_time, reason=args.reason,
                                         anyway=args.anyway)
        row = meetings.meeting_row(store, meeting_id)
    for warning in warnings:
        print(f"Note: {warning}")
    print(f"Moved {wording.meeting_name(was)} to {dates.full(row.date)} at {dates.hm(row.start_time)}"
          + (f" (first planned for {dates.short(row.moved_from)})" if row.moved_from else ""))
    return EXIT_OK


def cmd_meetings_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import meetings

    with opened(args) as store:
        meeting_id = meetings.find_meeting(store, args.meeting)
        row = meetings.meeting_row(store, meeting_id)
        data = meetings.meeting_details(row)
        for name in ("kind", "venue", "notes", "duration_minutes"):
            if getattr(args, name) is not None:
                setattr(data, name, getattr(args, name))
        if args.theme is not None:
            data.theme = args.theme or None
        if args.link is not None:
            data.online_link = args.link or None
        if args.prepares_for is not None:
            data.prepares_for = _board_meeting(store, args.prepares_for)
        meetings.update_meeting(store, meeting_id, data)
        row = meetings.meeting_row(store, meeting_id)
    table([_meeting_line(row)], ["Id", "Date", "Time", "Meeting", "Theme", "Venue", "Status"])
    return EXIT_OK


def _set_meeting_status(args: argparse.Namespace, status: str, done: str) -> int:
    from cpo_desktop.services import meetings

    with opened(args) as store:
        meeting_id = meetings.find_meeting(store, args.meeting)
        meetings.set_status(store, meeting_id, status, reason=getattr(args, "reason", None))
        row = meetings.meeting_row(store, meeting_id)
    print(f"The meeting of {dates.full(row.date)} is {done}.")
    return EXIT_OK


def cmd_meetings_cancel(args: argparse.Namespace) -> int:
    return _set_meeting_status(args, "cancelled", "cancelled (it stays in the list; `meetings reinstate` undoes it)")


def cmd_meetings_held(args: argparse.Namespace) -> int:
    return _set_meeting_status(args, "held", "marked as held")


def cmd_meetings_reinstate(args: argparse.Namespace) -> int:
    return _set_meeting_status(args, "planned", "planned again")


def cmd_meetings_schedule(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from cpo_desktop.model.agenda_rules import parse_months
    from cpo_desktop.services import meetings

    with opened(args) as store:
        plan = meetings.get_schedule(store)
        changes = {}
        if args.months is not None:
            try:
                changes["months"] = parse_months(args.months)
            except ValueError as exc:
                raise CommandError(f"{exc}.") from None
        if args.weekday is not None:
            changes["weekday"] = meetings.WEEKDAYS.index(args.weekday.capitalize())
        if args.week is not None:
            changes["week"] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}[args.week]
        for name in ("venue", "duration_minutes"):
            if getattr(args, name) is not None:
                changes[name] = getattr(args, name)
        if args.time is not None:
            changes["start_time"] = _time(args.time).strftime("%H:%M")
        if args.link is not None:
            changes["online_link"] = args.link or None
        if changes:
            plan = replace(plan, **changes)
            meetings.set_schedule(store, plan)
    print(f"{'The schedule is now' if changes else 'The board meets on'} {plan.describe()}, for "
          f"{plan.duration_minutes} minutes, at {plan.venue or '(no venue set)'}"
          + (f", online at {plan.online_link}" if plan.online_link else "") + ".")
    return EXIT_OK


def cmd_calendar_export(args: argparse.Namespace) -> int:
    from cpo_desktop.services import calendar_export, meetings

    with opened(args) as store:
        meeting_id = meetings.find_meeting(store, args.meeting) if args.meeting else None
        target = calendar_export.export(store, Path(args.output), year=args.year, meeting_id=meeting_id)
    print(f"Wrote {target}: open it in Outlook (or any calendar) to add or update the meetings.")
    return EXIT_OK


# --- parsers ---------------------------------------------------------------------------------------

def _meeting_kinds():
    from cpo_desktop.model.enums import MeetingKind

    return MeetingKind


def add_parsers(sub) -> None:
    """``meetings`` and ``calendar``."""
    meetings = sub.add_parser("meetings", help="the board's meetings").add_subparsers(
        dest="meetings_command", metavar="ACTION", required=True)
    p = meetings.add_parser("list", help="list the meetings")
    p.add_argument("--year", type=int, metavar="YYYY", help="only the municipal year starting in May of YYYY")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_meetings_list)

    p = meetings.add_parser("plan", help="plan a municipal year's board meetings from the board's schedule")
    p.add_argument("--year", type=int, metavar="YYYY", required=True,
                   help="the municipal year starting in May of YYYY")
    p.add_argument("--dry-run", action="store_true", help="show the dates and themes, save nothing")
    p.add_argument("--anyway", action="store_true", help="plan even where a date falls on a bank holiday")
    p.set_defaults(func=cmd_meetings_plan)

    p = meetings.add_parser("add", help="add one meeting")
    p.add_argument("--date", required=True, metavar="D", help="2027-01-13 or 13/01/2027")
    p.add_argument("--time", required=True, metavar="HH:MM")
    p.add_argument("--venue", metavar="V", help="default: the schedule's venue")
    p.add_argument("--theme", metavar="T", help="one of the board's priorities (part of its title will do)")
    p.add_argument("--kind", default="board", choices=[k.value for k in _meeting_kinds()])
    p.add_argument("--link", metavar="URL", help="an online meeting link")
    p.add_argument("--duration", type=int, metavar="MIN", help="default: the schedule's")
    p.add_argument("--prepares-for", metavar="MEETING",
                   help="a young people's pre-meeting: the board meeting it prepares for (id or date); "
                        "on that day it is no clash")
    p.add_argument("--anyway", action="store_true",
                   help="add it even on a bank holiday, a weekend or a day with another meeting")
    p.set_defaults(func=cmd_meetings_add)

    p = meetings.add_parser("move", help="move or postpone a meeting (its history keeps the old date)")
    p.add_argument("meeting", metavar="MEETING", help="the meeting's id or its date")
    p.add_argument("--date", required=True, metavar="D")
    p.add_argument("--time", metavar="HH:MM", help="default: the same time")
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--anyway", action="store_true",
                   help="move it even to a bank holiday, a weekend or a day with another meeting")
    p.set_defaults(func=cmd_meetings_move)

    p = meetings.add_parser("edit", help="change a meeting's kind, theme, venue, link, length or notes")
    p.add_argument("meeting", metavar="MEETING", help="the meeting's id or its date")
    p.add_argument("--kind", choices=[k.value for k in _meeting_kinds()])
    p.add_argument("--theme", metavar="T", help='one of the board\'s priorities ("" for none)')
    p.add_argument("--venue", metavar="V")
    p.add_argument("--link", metavar="URL", help='an online meeting link ("" for none)')
    p.add_argument("--duration", dest="duration_minutes", type=int, metavar="MIN")
    p.add_argument("--notes", metavar="TEXT")
    p.add_argument("--prepares-for", metavar="MEETING",
                   help='a young people\'s pre-meeting: the board meeting it prepares for ("" for none)')
    p.set_defaults(func=cmd_meetings_edit)

    for name, helptext, func in (("cancel", "cancel a meeting (kept in the list, marked cancelled)", cmd_meetings_cancel),
                                 ("held", "mark a meeting as held", cmd_meetings_held),
                                 ("reinstate", "plan a cancelled meeting again", cmd_meetings_reinstate)):
        p = meetings.add_parser(name, help=helptext)
        p.add_argument("meeting", metavar="MEETING", help="the meeting's id or its date")
        if name == "cancel":
            p.add_argument("--reason", metavar="TEXT", help="kept in the meeting's notes")
        p.set_defaults(func=func)

    p = meetings.add_parser("schedule", help="show or change the board's meeting schedule (used to plan a year)")
    p.add_argument("--months", metavar="M,M,…", help="the months it meets, e.g. 6,8,10,12,2,4")
    p.add_argument("--weekday", choices=["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
    p.add_argument("--week", choices=["first", "second", "third", "fourth", "last"], help="which one in the month")
    p.add_argument("--time", metavar="HH:MM")
    p.add_argument("--duration", dest="duration_minutes", type=int, metavar="MIN")
    p.add_argument("--venue", metavar="V")
    p.add_argument("--link", metavar="URL", help='an online meeting link ("" for none)')
    p.set_defaults(func=cmd_meetings_schedule)

    calendar = sub.add_parser("calendar", help="calendar files (.ics) for Outlook").add_subparsers(
        dest="calendar_command", metavar="ACTION", required=True)
    p = calendar.add_parser("export", help="write the meetings as an .ics calendar file")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=int, metavar="YYYY", help="the municipal year starting in May of YYYY")
    which.add_argument("--meeting", metavar="MEETING", help="one meeting, by id or date")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.set_defaults(func=cmd_calendar_export)
