"""The ``cpo-desktop`` command.

With no command it opens the GUI.  Every other command works on the same services as the
GUI and never imports Qt: the heavy modules are imported inside each command, so
``cpo-desktop --version`` and ``--help`` stay instant.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cpo_desktop import APP_NAME, __version__
from cpo_desktop.errors import UserError
from cpo_desktop.model import enums

VIEWS = ("members", "seats", "officers", "meetings", "agenda", "work-programme", "minutes", "exchange", "packs")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandError(UserError):
    """A failure to report to the user as one line; nothing was changed."""


@contextlib.contextmanager
def _opened(args: argparse.Namespace, *, check_integrity: bool = False):
    """The store for one command, closed however the command ends."""
    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data

    store = open_data(paths.resolve(args.data_dir), check_integrity=check_integrity)
    try:
        yield store
    finally:
        store.close()


# --- commands -------------------------------------------------------------------------------

def cmd_check(args: argparse.Namespace) -> int:
    from cpo_desktop.store.integrity import check

    with _opened(args, check_integrity=True) as store:
        report = check(store)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(f"Database:        {report.database}")
        print(f"Schema revision: {report.revision} (this version: {report.head_revision})")
        print(f"Integrity:       {'ok' if report.integrity == ['ok'] else '; '.join(report.integrity)}")
        print(f"Foreign keys:    {'ok' if not report.foreign_key_problems else f'{report.foreign_key_problems} problem(s)'}")
        print(f"Journal mode:    {report.journal_mode}")
        print(f"Backups:         {report.backups}" + (f" (latest {report.latest_backup})" if report.latest_backup else ""))
        print("Counts:")
        for table, n in report.counts.items():
            print(f"  {table:<20} {n}")
        print("OK" if report.ok else "PROBLEMS FOUND")
    return EXIT_OK if report.ok else EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    from cpo_desktop.store import backup

    with _opened(args) as store:
        dest = backup.make_backup(store.paths, reason="manual", dest=Path(args.output) if args.output else None)
    print(f"Backed up to {dest}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from cpo_desktop import paths
    from cpo_desktop.store import backup, db

    data_paths = paths.resolve(args.data_dir)
    safety = backup.restore(data_paths, Path(args.file), db.known_revisions())
    if safety and safety.name.startswith("damaged-"):
        print(f"The damaged database was kept as {safety}")
    elif safety:
        print(f"The previous data was backed up to {safety}")
    # Opening applies any migrations the restored copy needs and proves it opens.
    with _opened(args):
        pass
    print(f"Restored {data_paths.database} from {args.file}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from cpo_desktop.services import demo

    with _opened(args) as store:
        counts = demo.load(store)
    print("Loaded the fictional demo board: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    return EXIT_OK


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())


def cmd_members_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with _opened(args) as store:
        rows = register.list_members(store, current=args.current, category=args.category)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False))
    else:
        _table([[str(r.id), r.name + (" (former)" if r.former else ""), r.organisation, "; ".join(r.seats)]
                for r in rows], ["Id", "Name", "Organisation", "Seats held today"])
    return EXIT_OK


def cmd_members_import(args: argparse.Namespace) -> int:
    from cpo_desktop.services import member_import

    with _opened(args) as store:
        preview = member_import.read_preview(store, Path(args.file))
        problems = preview.blocking_problems(args.on_duplicate)
        if problems:
            for problem in problems:
                print(f"cpo-desktop: {args.file}: {problem}", file=sys.stderr)
            print(f"cpo-desktop: nothing was imported ({len(problems)} problem(s)).", file=sys.stderr)
            return EXIT_ERROR
        if preview.unknown_columns:
            print("Columns not imported: " + ", ".join(preview.unknown_columns))
        duplicates = sum(1 for r in preview.rows if r.duplicate_of)
        if args.dry_run:
            print(f"Dry run: {len(preview.rows)} rows are valid ({duplicates} already in the register, "
                  f"which would be {'updated' if args.on_duplicate == 'update' else 'skipped'}). Nothing was written.")
            return EXIT_OK
        report = member_import.apply(store, preview, args.on_duplicate)
    print(f"Imported {args.file}: {report.added} added, {report.updated} updated, {report.skipped} skipped, "
          f"{report.appointed} appointed to seats.")
    return EXIT_OK


def cmd_members_export(args: argparse.Namespace) -> int:
    from cpo_desktop.services import member_export

    with _opened(args) as store:
        target = member_export.export(store, args.format, Path(args.output), public=args.public)
    print(f"Exported the register to {target}" + (" (public version)" if args.public else ""))
    return EXIT_OK


def cmd_seats_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import overview

    with _opened(args) as store:
        seats = overview.load(store).seats
    if args.vacant:
        seats = [s for s in seats if s.vacant]
    if args.json:
        print(json.dumps([{"id": s.id, "seat": s.seat, "category": s.category, "holder": s.holder or None,
                           "organisation": s.organisation, "since": s.since and s.since.isoformat(),
                           "until": s.until and s.until.isoformat(), "vacant": s.vacant} for s in seats],
                         indent=2, ensure_ascii=False))
    else:
        _table([[str(s.id), s.seat, s.holder or "VACANT", s.until.strftime("%d/%m/%Y") if s.until else ""]
                for s in seats], ["Id", "Seat", "Holder", "Term ends"])
    return EXIT_OK


# --- the register, one change at a time ---------------------------------------------------------
# Each command parses its dates first (so bad input never opens the data), then calls the same
# service function as the window; a refusal is a UserError and nothing is saved.

PERSON_FIELDS = ("first_name", "surname", "title", "preferred_name", "email", "phone", "organisation",
                 "job_title", "notes")
PERSON_FLAGS = {"young_person": "is_young_person", "consent_full_name": "consent_full_name"}


def _date(text: str | None, *, default_today: bool = False) -> dt.date | None:
    from cpo_desktop.model.rules import parse_date

    if text is None:
        return dt.date.today() if default_today else None
    try:
        return parse_date(text)
    except ValueError as exc:
        raise CommandError(f"{exc}.") from None


def _day(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _person_input(args: argparse.Namespace, current=None):
    """The PersonInput to save: ``current`` with only the options given replaced."""
    from dataclasses import replace

    from cpo_desktop.services import register

    changes = {f: getattr(args, f) for f in PERSON_FIELDS if getattr(args, f) is not None}
    changes.update({field: getattr(args, flag) for flag, field in PERSON_FLAGS.items()
                    if getattr(args, flag) is not None})
    if "notes" in changes:
        changes["notes"] = changes["notes"].strip() or None
    if current is None:
        return register.PersonInput(**{"is_young_person": False, "consent_full_name": False, **changes})
    if not changes:
        raise CommandError("Nothing to change: give at least one option (see `cpo-desktop members edit --help`).")
    return replace(current, **changes)


def _membership(store, membership_id: int):
    """(person's record, the membership row) for a membership id."""
    from cpo_desktop.services import register

    detail = register.person_detail(store, register.membership_person(store, membership_id))
    return detail, next(m for m in detail.memberships if m.id == membership_id)


def _training(store, training_id: int):
    from cpo_desktop.services import register

    detail = register.person_detail(store, register.training_person(store, training_id))
    return detail, next(t for t in detail.training if t.id == training_id)


def _detail_dict(detail) -> dict:
    from dataclasses import asdict

    data = {"id": detail.id, "name": detail.name, **asdict(detail.data), "former": detail.former,
            "needs_training": detail.needs_training}
    data["memberships"] = [{**asdict(m), "start_date": _iso(m.start_date), "end_date": _iso(m.end_date)}
                           for m in detail.memberships]
    data["training"] = [{**asdict(t), "date": _iso(t.date), "status": t.status.lower()} for t in detail.training]
    return data


def cmd_members_show(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with _opened(args) as store:
        detail = register.person_detail(store, args.id)
    if args.json:
        print(json.dumps(_detail_dict(detail), indent=2, ensure_ascii=False))
        return EXIT_OK
    d = detail.data
    print(f"{detail.name} (id {detail.id})" + (" — former member" if detail.former else ""))
    for label, value in (("Title", d.title), ("Preferred name", d.preferred_name), ("Email", d.email),
                         ("Phone", d.phone), ("Organisation", d.organisation), ("Job title", d.job_title),
                         ("Young person", "yes" if d.is_young_person else "no"),
                         ("Full name agreed", "yes" if d.consent_full_name else "no"), ("Notes", d.notes)):
        print(f"{label + ':':<18}{value or ''}".rstrip())
    if detail.needs_training:
        print("Needs corporate parenting training this year.")
    print()
    print("Memberships:")
    if detail.memberships:
        _table([[str(m.id), m.seat, _day(m.start_date), _day(m.end_date), m.substitute,
                 "yes" if m.current else "no"] for m in detail.memberships],
               ["Id", "Seat", "From", "Until", "Substitute", "Current"])
    else:
        print("  none")
    print()
    print("Training:")
    if detail.training:
        _table([[str(t.id), _day(t.date), t.kind_label, t.status, t.notes or ""] for t in detail.training],
               ["Id", "Date", "Kind", "Status", "Notes"])
    else:
        print("  none")
    return EXIT_OK


def cmd_members_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    data = _person_input(args)
    with _opened(args) as store:
        person_id = register.add_person(store, data)
    print(f"Added {data.first_name.strip()} {data.surname.strip()} (id {person_id})")
    return EXIT_OK


def cmd_members_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with _opened(args) as store:
        data = _person_input(args, register.person_detail(store, args.id).data)
        register.update_person(store, args.id, data)
    print(f"Updated {data.first_name.strip()} {data.surname.strip()} (id {args.id})")
    return EXIT_OK


def _find_seat(store, text: str):
    from cpo_desktop.services import overview

    seats = overview.load(store).seats
    wanted = text.strip().casefold()
    seat = next((s for s in seats if s.seat.casefold() == wanted), None)
    if seat is None and wanted.isdigit():
        seat = next((s for s in seats if s.id == int(wanted)), None)
    if seat is None:
        raise CommandError(f"There is no seat “{text}” on the board; `cpo-desktop seats list` shows the seats.")
    return seat


def cmd_members_appoint(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    start = _date(args.start, default_today=True)
    end = _date(args.end)
    with _opened(args) as store:
        seat = _find_seat(store, args.seat)
        membership_id = register.appoint(store, args.id, seat.id, start, end=end,
                                         appointed_by=(args.appointed_by or "").strip() or None,
                                         substitute_id=args.substitute)
        detail, m = _membership(store, membership_id)
    print(f"Appointed {detail.name} to “{m.seat}” from {_day(m.start_date)}"
          + (f" to {_day(m.end_date)}" if m.end_date else "")
          + (f", substitute {m.substitute}" if m.substitute else "") + f" (membership id {membership_id})")
    return EXIT_OK


def cmd_members_end(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    day = _date(args.on, default_today=True)
    with _opened(args) as store:
        detail, m = _membership(store, args.membership_id)
        register.end_membership(store, args.membership_id, day)
    print(f"Ended {detail.name}'s membership of “{m.seat}” on {_day(day)}")
    return EXIT_OK


def cmd_members_substitute(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with _opened(args) as store:
        register.set_substitute(store, args.membership_id, None if args.none else args.person)
        detail, m = _membership(store, args.membership_id)
    if m.substitute:
        print(f"{m.substitute} is now the substitute for {detail.name} in “{m.seat}”")
    else:
        print(f"{detail.name} has no substitute in “{m.seat}” now")
    return EXIT_OK


def cmd_members_former(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    day = _date(args.on, default_today=True)
    with _opened(args) as store:
        detail = register.person_detail(store, args.id)
        if detail.former:
            print(f"{detail.name} is already a former member; nothing was changed.")
            return EXIT_OK
        ended = register.mark_former(store, args.id, on=day)
    print(f"Marked {detail.name} as a former member from {_day(day)}"
          + (f"; {ended} membership{'s' if ended != 1 else ''} ended" if ended else ""))
    return EXIT_OK


def cmd_members_delete(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with _opened(args) as store:
        detail = register.person_detail(store, args.id)
        try:
            register.delete_person(store, args.id)
        except register.PersonHasHistory as exc:
            raise CommandError(f"{exc} (`cpo-desktop members former {args.id}`)") from None
    print(f"Deleted {detail.name} from the register.")
    return EXIT_OK


def cmd_members_bring_back(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with _opened(args) as store:
        detail = register.person_detail(store, args.id)
        if not detail.former:
            print(f"{detail.name} is not a former member; nothing was changed.")
            return EXIT_OK
        register.bring_back(store, args.id)
    print(f"Brought back {detail.name}: they can be appointed to a seat again")
    return EXIT_OK


def cmd_members_training(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    data = register.TrainingInput(date=_date(args.date), kind=args.kind, status=args.status, notes=args.notes)
    with _opened(args) as store:
        training_id = register.add_training(store, args.id, data)
        detail, t = _training(store, training_id)
    print(f"Added {t.kind_label.lower()} on {_day(t.date)} ({t.status.lower()}) for {detail.name} "
          f"(training id {training_id})")
    return EXIT_OK


def cmd_members_training_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from cpo_desktop.services import register

    changes = {k: v for k, v in (("date", _date(args.date)), ("kind", args.kind), ("status", args.status),
                                 ("notes", args.notes)) if v is not None}
    if not changes:
        raise CommandError("Nothing to change: give --date, --kind, --status or --notes.")
    with _opened(args) as store:
        detail, t = _training(store, args.training_id)
        current = register.TrainingInput(date=t.date, kind=t.kind, status=t.status.lower(), notes=t.notes)
        register.update_training(store, args.training_id, replace(current, **changes))
        detail, t = _training(store, args.training_id)
    print(f"Updated training record {t.id} for {detail.name}: {t.kind_label.lower()} on {_day(t.date)} "
          f"({t.status.lower()})")
    return EXIT_OK


def cmd_members_training_remove(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with _opened(args) as store:
        detail, t = _training(store, args.training_id)
        register.remove_training(store, args.training_id)
    print(f"Removed the {t.kind_label.lower()} record of {_day(t.date)} for {detail.name}")
    return EXIT_OK


# --- reporting officers -------------------------------------------------------------------------

def _officer(store, officer_id: int):
    from cpo_desktop.services import officers

    row = next((o for o in officers.list_officers(store) if o.id == officer_id), None)
    if row is None:
        raise CommandError(f"There is no reporting officer with id {officer_id}.")
    return row


def cmd_officers_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import officers

    with _opened(args) as store:
        rows = officers.list_officers(store, include_former=args.former)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False))
    else:
        _table([[str(r.id), r.role + (" (former)" if r.former else ""), r.person, r.organisation,
                 r.frequency_label] for r in rows],
               ["Id", "Role", "Officer", "Organisation", "How often"])
    return EXIT_OK


def _officer_input(args: argparse.Namespace, current=None):
    from dataclasses import replace

    from cpo_desktop.services import officers

    changes = {k: getattr(args, k) for k in ("role", "organisation", "reports", "frequency", "notes")
               if getattr(args, k) is not None}
    if args.person is not None:
        changes["person_id"] = args.person
    elif getattr(args, "no_person", False):
        changes["person_id"] = None
    if current is None:
        return officers.OfficerInput(**changes)
    if not changes:
        raise CommandError("Nothing to change: give at least one option (see `cpo-desktop officers edit --help`).")
    return replace(current, **changes)


def cmd_officers_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import officers

    data = _officer_input(args)
    with _opened(args) as store:
        officer_id = officers.add_officer(store, data)
    print(f"Added the reporting officer {data.role.strip()} (id {officer_id})")
    return EXIT_OK


def cmd_officers_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import officers

    with _opened(args) as store:
        data = _officer_input(args, officers.officer_input(store, args.id))
        officers.update_officer(store, args.id, data)
    print(f"Updated the reporting officer {data.role.strip()} (id {args.id})")
    return EXIT_OK


def _set_officer_former(args: argparse.Namespace, former: bool) -> int:
    from cpo_desktop.services import officers

    with _opened(args) as store:
        row = _officer(store, args.id)
        if row.former == former:
            print(f"The reporting officer {row.role} is {'already' if former else 'not'} marked former; "
                  "nothing was changed.")
            return EXIT_OK
        officers.set_officer_former(store, args.id, former)
    print(f"Marked the reporting officer {row.role} as former" if former
          else f"Brought back the reporting officer {row.role}")
    return EXIT_OK


def cmd_officers_former(args: argparse.Namespace) -> int:
    return _set_officer_former(args, True)


def cmd_officers_bring_back(args: argparse.Namespace) -> int:
    return _set_officer_former(args, False)


# --- meetings and the calendar ------------------------------------------------------------

def _meeting_line(m) -> list[str]:
    moved = f"moved from {_day(m.moved_from)}" if m.moved_from else ""
    return [str(m.id), m.date.strftime("%a %d/%m/%Y"), m.start_time.strftime("%H:%M"), m.kind_label, m.theme,
            m.venue, m.status + (f", {moved}" if moved else "")]


def cmd_meetings_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import meetings

    with _opened(args) as store:
        rows = meetings.list_meetings(store, year=args.year)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False))
    else:
        _table([_meeting_line(m) for m in rows], ["Id", "Date", "Time", "Meeting", "Theme", "Venue", "Status"])
    return EXIT_OK


def cmd_meetings_plan(args: argparse.Namespace) -> int:
    from cpo_desktop.model.rules import municipal_year_label
    from cpo_desktop.services import meetings

    with _opened(args) as store:
        planned = meetings.plan_year(store, args.year, dry_run=args.dry_run, anyway=args.anyway)
        plan = meetings.get_schedule(store)
    label = municipal_year_label(dt.date(args.year, 5, 1))
    print(f"{'Would plan' if args.dry_run else 'Planned'} {len(planned)} board meetings for {label}, "
          f"on {plan.describe()}:")
    _table([[p.date.strftime("%a %d/%m/%Y"), p.start_time.strftime("%H:%M"), p.theme or "Annual review",
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
    with _opened(args) as store:
        meeting_id, warnings = meetings.add_meeting(store, data, anyway=args.anyway)
    for warning in warnings:
        print(f"Note: {warning}")
    print(f"Added the meeting of {data.date:%A %d %B %Y} at {data.start_time:%H:%M} (id {meeting_id})")
    return EXIT_OK


def cmd_meetings_move(args: argparse.Namespace) -> int:
    from cpo_desktop.services import meetings

    new_date = meetings.parse_day(args.date)
    new_time = _time(args.time) if args.time else None
    with _opened(args) as store:
        meeting_id = meetings.find_meeting(store, args.meeting)
        warnings = meetings.move_meeting(store, meeting_id, new_date, new_time, reason=args.reason,
                                         anyway=args.anyway)
        row = meetings.meeting_row(store, meeting_id)
    for warning in warnings:
        print(f"Note: {warning}")
    print(f"Moved meeting {meeting_id} to {row.date:%A %d %B %Y} at {row.start_time:%H:%M}"
          + (f" (first planned for {row.moved_from:%d/%m/%Y})" if row.moved_from else ""))
    return EXIT_OK


def cmd_meetings_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import meetings

    with _opened(args) as store:
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
        meetings.update_meeting(store, meeting_id, data)
        row = meetings.meeting_row(store, meeting_id)
    _table([_meeting_line(row)], ["Id", "Date", "Time", "Meeting", "Theme", "Venue", "Status"])
    return EXIT_OK


def _set_meeting_status(args: argparse.Namespace, status: str, done: str) -> int:
    from cpo_desktop.services import meetings

    with _opened(args) as store:
        meeting_id = meetings.find_meeting(store, args.meeting)
        meetings.set_status(store, meeting_id, status, reason=getattr(args, "reason", None))
        row = meetings.meeting_row(store, meeting_id)
    print(f"The meeting of {row.date:%A %d %B %Y} is {done}.")
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

    with _opened(args) as store:
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

    with _opened(args) as store:
        meeting_id = meetings.find_meeting(store, args.meeting) if args.meeting else None
        target = calendar_export.export(store, Path(args.output), year=args.year, meeting_id=meeting_id)
    print(f"Wrote {target}: open it in Outlook (or any calendar) to add or update the meetings.")
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------

def _person_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--first-name", metavar="NAME", required=required)
    p.add_argument("--surname", metavar="NAME", required=required)
    p.add_argument("--title", metavar="TITLE", help="e.g. Cllr, Dr (not shown for young people)")
    p.add_argument("--preferred-name", metavar="NAME", help="the name they go by, if not their first name")
    p.add_argument("--email", metavar="EMAIL")
    p.add_argument("--phone", metavar="PHONE")
    p.add_argument("--organisation", metavar="NAME", help="their organisation (added to the list if new)")
    p.add_argument("--job-title", metavar="TEXT")
    p.add_argument("--young-person", action=argparse.BooleanOptionalAction, default=None,
                   help="a care-experienced young person: shown by first name only in public documents")
    p.add_argument("--consent-full-name", action=argparse.BooleanOptionalAction, default=None,
                   help="a young person who agreed to their full name appearing in public documents")
    p.add_argument("--notes", metavar="TEXT")
    if not required:
        p.epilog = 'Give an option as "" to clear it, e.g. --email "".'


def _training_options(p: argparse.ArgumentParser, *, defaults: bool) -> None:
    kinds = [k.value for k in enums.TrainingKind]
    statuses = [s.value for s in enums.TrainingStatus]
    p.add_argument("--kind", choices=kinds,
                   default=enums.TrainingKind.CORPORATE_PARENTING_TRAINING.value if defaults else None,
                   help="the kind of training" + (" (default: corporate_parenting_training)" if defaults else ""))
    p.add_argument("--status", choices=statuses,
                   default=enums.TrainingStatus.INVITED.value if defaults else None,
                   help="invited, or attended once they have been" + (" (default: invited)" if defaults else ""))
    p.add_argument("--notes", metavar="TEXT")


def _officer_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--role", metavar="ROLE", required=required, help="e.g. Director of Children's Services")
    who = p if required else p.add_mutually_exclusive_group()
    who.add_argument("--person", metavar="PERSON_ID", type=int, help="the person in the register who holds the role")
    if not required:
        who.add_argument("--no-person", action="store_true", help="no named person holds the role now")
    p.add_argument("--organisation", metavar="NAME", help="their organisation (added to the list if new)")
    p.add_argument("--reports", metavar="TEXT", help="what they report on")
    p.add_argument("--frequency", choices=[f.value for f in enums.ReportFrequency],
                   help="how often they report" + (" (default: as_requested)" if required else ""))
    p.add_argument("--notes", metavar="TEXT")


def _meeting_kinds():
    from cpo_desktop.model.enums import MeetingKind

    return MeetingKind


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpo-desktop",
        description=f"{APP_NAME}: the Corporate Parenting Officer's desktop application. "
                    "With no command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="use the data folder DIR (default: $CPO_DATA_DIR, else your user data folder)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="open the window, wait until the view has painted with its data, save it as PNG, exit")
    parser.add_argument("--view", choices=VIEWS, help="the view to open (with or without --screenshot)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", help="check the database: integrity, schema revision, counts")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="back the database up now (into backups/ unless -o is given)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE instead")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the data with a backup (the current data is backed up first)")
    p.add_argument("file", metavar="FILE", help="a CPO Desktop database or backup")
    p.set_defaults(func=cmd_restore)

    members = sub.add_parser("members", help="the membership register").add_subparsers(
        dest="members_command", metavar="ACTION", required=True)
    p = members.add_parser("list", help="list people in the register")
    p.add_argument("--current", action="store_true", help="only people who hold a seat today")
    p.add_argument("--category", metavar="C", help="only holders of a seat in category C (e.g. elected_member)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_members_list)

    p = members.add_parser("import", help="import people from a CSV file (all rows or none)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check the file and report, write nothing")
    p.add_argument("--on-duplicate", choices=("skip", "update", "fail"), default="skip",
                   help="what to do with people already in the register (default: skip)")
    p.set_defaults(func=cmd_members_import)

    p = members.add_parser("export", help="export the register as CSV (opens in Excel) or Popolo JSON")
    p.add_argument("--format", choices=("csv", "popolo"), required=True)
    p.add_argument("--public", action="store_true",
                   help="young people by first name only (unless they consented), no young person's contact details")
    p.add_argument("-o", "--output", metavar="FILE", required=True)
    p.set_defaults(func=cmd_members_export)

    p = members.add_parser("show", help="one person's record: details, seats held (with membership ids), training")
    p.add_argument("id", metavar="ID", type=int, help="the person's id (see `members list --json`)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_members_show)

    p = members.add_parser("add", help="add a person to the register")
    _person_options(p, required=True)
    p.set_defaults(func=cmd_members_add)

    p = members.add_parser("edit", help="change a person's details (only the options given are changed)")
    p.add_argument("id", metavar="ID", type=int, help="the person's id")
    _person_options(p, required=False)
    p.set_defaults(func=cmd_members_edit)

    p = members.add_parser("appoint", help="appoint a person to a seat on the board")
    p.add_argument("id", metavar="ID", type=int, help="the person's id")
    p.add_argument("--seat", metavar="SEAT", required=True,
                   help="the seat's title as `seats list` shows it (capitals do not matter), or its id")
    p.add_argument("--from", dest="start", metavar="DATE",
                   help="the first day in the seat, as 31/01/2025 or 2025-01-31 (default: today)")
    p.add_argument("--to", dest="end", metavar="DATE",
                   help="the last day in the seat (default: the end of the seat's term, if it has one)")
    p.add_argument("--appointed-by", metavar="TEXT", help="who made the appointment (e.g. Full Council)")
    p.add_argument("--substitute", metavar="PERSON_ID", type=int,
                   help="the person who attends in their place when they cannot")
    p.set_defaults(func=cmd_members_appoint)

    p = members.add_parser("end", help="end a membership of a seat (it stays in the person's history)")
    p.add_argument("membership_id", metavar="MEMBERSHIP_ID", type=int, help="the membership's id (see `members show`)")
    p.add_argument("--on", metavar="DATE", help="the last day in the seat (default: today)")
    p.set_defaults(func=cmd_members_end)

    p = members.add_parser("substitute", help="set or remove the substitute for a membership")
    p.add_argument("membership_id", metavar="MEMBERSHIP_ID", type=int, help="the membership's id (see `members show`)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", metavar="PERSON_ID", type=int, help="the substitute's id")
    who.add_argument("--none", action="store_true", help="remove the substitute")
    p.set_defaults(func=cmd_members_substitute)

    p = members.add_parser("former", help="mark a person as a former member, ending the seats they hold")
    p.add_argument("id", metavar="ID", type=int, help="the person's id")
    p.add_argument("--on", metavar="DATE", help="the leaving date (default: today)")
    p.set_defaults(func=cmd_members_former)

    p = members.add_parser("delete", help="delete someone entered by mistake (anyone with a history: use `former`)")
    p.add_argument("id", metavar="ID", type=int, help="the person's id")
    p.set_defaults(func=cmd_members_delete)

    p = members.add_parser("bring-back", help="bring a former member back (their history is kept as it was)")
    p.add_argument("id", metavar="ID", type=int, help="the person's id")
    p.set_defaults(func=cmd_members_bring_back)

    p = members.add_parser("training", help="add a training record for a person")
    p.add_argument("id", metavar="ID", type=int, help="the person's id")
    p.add_argument("--date", metavar="DATE", required=True, help="the date of the session, as 31/01/2025 or 2025-01-31")
    _training_options(p, defaults=True)
    p.set_defaults(func=cmd_members_training)

    p = members.add_parser("training-edit", help="change a training record (only the options given are changed)")
    p.add_argument("training_id", metavar="TRAINING_ID", type=int, help="the record's id (see `members show`)")
    p.add_argument("--date", metavar="DATE", help="the date of the session")
    _training_options(p, defaults=False)
    p.set_defaults(func=cmd_members_training_edit)

    p = members.add_parser("training-remove", help="remove a training record entered by mistake")
    p.add_argument("training_id", metavar="TRAINING_ID", type=int, help="the record's id (see `members show`)")
    p.set_defaults(func=cmd_members_training_remove)

    seats = sub.add_parser("seats", help="the board's seats").add_subparsers(
        dest="seats_command", metavar="ACTION", required=True)
    p = seats.add_parser("list", help="list the seats and who holds each today")
    p.add_argument("--vacant", action="store_true", help="only vacant seats")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_seats_list)

    officers = sub.add_parser("officers", help="the reporting officers who report to the board").add_subparsers(
        dest="officers_command", metavar="ACTION", required=True)
    p = officers.add_parser("list", help="list the reporting officers")
    p.add_argument("--former", action="store_true", help="include officers marked as former")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_officers_list)

    p = officers.add_parser("add", help="add a reporting officer")
    _officer_options(p, required=True)
    p.set_defaults(func=cmd_officers_add)

    p = officers.add_parser("edit", help="change a reporting officer (only the options given are changed)")
    p.add_argument("id", metavar="ID", type=int, help="the officer's id (see `officers list`)")
    _officer_options(p, required=False)
    p.set_defaults(func=cmd_officers_edit)

    p = officers.add_parser("former", help="mark a reporting officer as former (kept for the minutes)")
    p.add_argument("id", metavar="ID", type=int, help="the officer's id")
    p.set_defaults(func=cmd_officers_former)

    p = officers.add_parser("bring-back", help="bring a former reporting officer back")
    p.add_argument("id", metavar="ID", type=int, help="the officer's id")
    p.set_defaults(func=cmd_officers_bring_back)

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

    from cpo_desktop import cli_agenda, cli_exchange, cli_library, cli_minutes, cli_packs  # here: they import this module

    cli_agenda.add_parsers(sub)
    cli_minutes.add_parsers(sub)
    cli_exchange.add_parsers(sub)
    cli_packs.add_parsers(sub)
    cli_library.add_parsers(sub)

    p = sub.add_parser("demo", help="fill an empty store with a fictional demo board")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Everything this process writes is its owner's only (files 0600, folders 0700): a second line
    # behind files.atomic_write and paths.make_private_dir, for what a library writes by itself.
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from cpo_desktop import gui_launch

        return gui_launch.launch(args)
    if args.screenshot:
        parser.error("--screenshot opens the window; it cannot be combined with a command")
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except UserError as exc:
        print(f"cpo-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (``cpo-desktop members list | head``): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        print(f"cpo-desktop: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""),
              file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
