"""Training for every councillor on the command line: ``training sessions``, ``session-add``,
``session-edit``, ``invite``, ``record``, ``cancel``, ``gaps`` and ``remind``.

The same service (``services.training``) as the Members view's Training tab; dates and times are
parsed first, so bad input never opens the data; a refusal is a UserError and nothing is saved.
"""

from __future__ import annotations

import argparse
import datetime as dt

from cpo_desktop import dates
from cpo_desktop.cli.common import EXIT_OK, CommandError, date_arg, opened, print_json, table

YEAR_HELP = ("the municipal year that began in May YYYY (2026 means May 2026 to April 2027; "
             "default: the one today falls in)")


def cmd_sessions(args: argparse.Namespace) -> int:
    from cpo_desktop.services import training

    with opened(args) as store:
        rows = training.list_sessions(store)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return EXIT_OK
    if not rows:
        print("No training sessions yet (`cpo-desktop training session-add --date D`).")
        return EXIT_OK
    table([[str(r.id), dates.short(r.date), f"{r.start_time:%H:%M}" if r.start_time else "", r.kind_label,
            r.venue, r.invited_label, "cancelled" if r.cancelled else f"{r.attended} of {r.invitees}"]
           for r in rows], ["Id", "Date", "Time", "Kind", "Venue", "Invited", "Attended"])
    return EXIT_OK


def _time_arg(text: str | None) -> dt.time | None:
    from cpo_desktop.services import meetings

    return None if text is None else meetings.parse_time(text)


def cmd_session_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import training

    day = date_arg(args.date)
    start = _time_arg(args.time)
    invite = args.invite or [training.ALL_COUNCILLORS]
    with opened(args) as store:
        kind = training.kind_value(args.kind) if args.kind else training.CP
        who = _who(store, invite)
        data = training.SessionInput(date=day, kind=kind, start_time=start, title=args.title or "",
                                     venue=args.venue or "")
        session_id = training.add_session(store, data, who)
        row = training.session_detail(store, session_id).session
    print(f"Added {row.heading}" + (f", {row.venue}" if row.venue else "")
          + f": {row.invitees} invited ({row.invited_label.lower()}) (session id {session_id})")
    return EXIT_OK


def _who(store, invite: list[str]):
    """``--invite``: a whole group (all-councillors, board) given alone, or people by id or e-mail."""
    from cpo_desktop.services import training

    groups = [w for w in invite if w in (training.ALL_COUNCILLORS, training.BOARD)]
    if groups and len(invite) > 1:
        raise CommandError(f"--invite {groups[0]} names a whole group: give it alone, or name the people one by one.")
    return groups[0] if groups else [training.find_person(store, ref) for ref in invite]


def cmd_session_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import training

    day = date_arg(args.date) if args.date is not None else None
    start = _time_arg(args.time) if args.time not in (None, "") else None
    with opened(args) as store:
        session_id = training.find_session(store, args.session)
        data = training.session_input(store, session_id)
        if day is not None:
            data.date = day
        if args.time is not None:
            data.start_time = start  # --time "" takes the time away
        if args.kind is not None:
            data.kind = training.kind_value(args.kind)
        if args.title is not None:
            data.title = args.title
        if args.venue is not None:
            data.venue = args.venue
        before = training.session_detail(store, session_id).session
        training.update_session(store, session_id, data)
        row = training.session_detail(store, session_id).session
    if args.json:
        print_json(row.as_dict())
    elif row == before:
        print(f"Nothing to change: {row.heading}" + (f", {row.venue}" if row.venue else ""))
    else:
        print(f"Updated the session {session_id}: {row.heading}" + (f", {row.venue}" if row.venue else "")
              + f" ({row.invitees} invited)")
    return EXIT_OK


def cmd_invite(args: argparse.Namespace) -> int:
    from cpo_desktop.services import training

    with opened(args) as store:
        session_id = training.find_session(store, args.session)
        who = _who(store, args.invite or [training.ALL_COUNCILLORS])
        added = training.invite_more(store, session_id, who)
        detail = training.session_detail(store, session_id)
    names = [i.name for i in detail.invitees if i.person_id in added]
    if args.json:
        print_json({"session": detail.session.as_dict(), "added": [
            {"person_id": i.person_id, "name": i.name} for i in detail.invitees if i.person_id in added]})
    elif not added:
        print(f"No one new to invite to {detail.session.heading}: all of them are invited already "
              f"({detail.session.invitees} invited).")
    else:
        print(f"Invited {', '.join(names)} to {detail.session.heading} ({detail.session.invitees} invited)")
    return EXIT_OK


def cmd_record(args: argparse.Namespace) -> int:
    from cpo_desktop.services import training

    with opened(args) as store:
        session_id = training.find_session(store, args.session)
        people = [training.find_person(store, ref) for ref in args.people]
        training.record_attendance(store, session_id, {pid: args.status for pid in people})
        detail = training.session_detail(store, session_id)
    names = [i.name for i in detail.invitees if i.person_id in people]
    print(f"Recorded {', '.join(names)} as {args.status} at {detail.session.heading} "
          f"({detail.session.attended} of {detail.session.invitees} attended)")
    return EXIT_OK


def cmd_cancel(args: argparse.Namespace) -> int:
    from cpo_desktop.services import training

    with opened(args) as store:
        session_id = training.find_session(store, args.session)
        row = training.session_detail(store, session_id).session
        training.cancel_session(store, session_id)
    print(f"Cancelled {row.heading}; its {row.invitees} invitation{'s' if row.invitees != 1 else ''} "
          "were taken from the invitees' records")
    return EXIT_OK


def cmd_gaps(args: argparse.Namespace) -> int:
    from cpo_desktop.model.rules import municipal_year_label
    from cpo_desktop.services import training

    with opened(args) as store:
        year = training.year_of(args.year)
        rows = training.gaps(store, year=year)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return EXIT_OK
    label = municipal_year_label(dt.date(year, 5, 1))
    if not rows:
        print(f"Every councillor has attended corporate parenting training in {label}.")
        return EXIT_OK
    table([[str(r.person_id), r.name, r.party or "", r.ward or "",
            "yes" if r.on_board else "", dates.short(r.last_attended),
            ", ".join(dates.short(d) for d in r.invited_to)] for r in rows],
          ["Id", "Councillor", "Party", "Ward", "Board", "Last trained", "Invited to"])
    print(f"{len(rows)} councillor{'s' if len(rows) != 1 else ''} not trained in {label}.")
    return EXIT_OK


def cmd_remind(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cpo_desktop.model.rules import municipal_year_label
    from cpo_desktop.services import training

    with opened(args) as store:
        done = training.write_reminders(store, Path(args.out) if args.out else None, year=training.year_of(args.year))
    label = municipal_year_label(dt.date(done.year, 5, 1))
    if done.written:
        print(f"Wrote {len(done.written)} reminder draft{'s' if len(done.written) != 1 else ''} for {label} "
              f"to {done.written[0].parent} (not sent: open each in your mail program)")
    else:
        print(f"No reminders to write: every councillor with an e-mail address is trained in {label}.")
    if done.no_email:
        print("No e-mail address for: " + ", ".join(done.no_email))
    return EXIT_OK


def add_parsers(sub) -> None:
    """``training``."""
    from cpo_desktop.model import enums

    kinds = ", ".join(k.value for k in enums.TrainingKind if k is not enums.TrainingKind.INDUCTION_PACK)
    group = sub.add_parser("training", help="training sessions for councillors, attendance, who is not trained")
    tr = group.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    p = tr.add_parser("sessions", help="list the training sessions, the latest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sessions)

    p = tr.add_parser("session-add", help="add a training session and invite people to it",
                      epilog="Each invitee gets a training record (invited) for the session; record attendance "
                             "afterwards with `training record`.")
    p.add_argument("--date", metavar="D", required=True, help="the session's date, as 31/01/2027 or 2027-01-31")
    p.add_argument("--time", metavar="HH:MM", help="when it starts")
    p.add_argument("--kind", metavar="K", help=f"one of {kinds} (default: corporate_parenting_training)")
    p.add_argument("--title", metavar="T", help="a title, if not the kind's")
    p.add_argument("--venue", metavar="V")
    p.add_argument("--invite", metavar="WHO", nargs="+",
                   help="all-councillors (every councillor in the register, the default), board (whoever holds a "
                        "seat), or PERSON… (ids or e-mail addresses)")
    p.set_defaults(func=cmd_session_add)

    p = tr.add_parser("session-edit", help="change a session's date, time, kind, title or venue",
                      epilog="Its invitees' records follow its date and kind. A cancelled session cannot be "
                             "edited, and one with attendance recorded cannot be moved to a day still to come.")
    p.add_argument("session", metavar="SESSION", help="the session's id (see `training sessions`) or its date")
    p.add_argument("--date", metavar="D", help="the new date, as 31/01/2027 or 2027-01-31")
    p.add_argument("--time", metavar="HH:MM", help="when it starts (\"\" for no time)")
    p.add_argument("--kind", metavar="K", help=f"one of {kinds}")
    p.add_argument("--title", metavar="T", help="a title, if not the kind's (\"\" for none)")
    p.add_argument("--venue", metavar="V", help="where (\"\" for none)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_session_edit)

    p = tr.add_parser("invite", help="invite more people to a session (those already invited are left as they are)")
    p.add_argument("session", metavar="SESSION", help="the session's id or its date")
    p.add_argument("--invite", metavar="WHO", nargs="+",
                   help="all-councillors (the default), board (whoever holds a seat), or PERSON… (ids or e-mail "
                        "addresses)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_invite)

    p = tr.add_parser("record", help="record attendance at a session (one or more people at once)")
    p.add_argument("session", metavar="SESSION", help="the session's id (see `training sessions`) or its date")
    p.add_argument("people", metavar="PERSON", nargs="+", help="a person's id or e-mail address")
    p.add_argument("status", metavar="attended|apologies|absent", choices=("attended", "apologies", "absent"))
    p.set_defaults(func=cmd_record)

    p = tr.add_parser("cancel", help="cancel a session (its invitations are taken from the invitees' records)")
    p.add_argument("session", metavar="SESSION", help="the session's id or its date")
    p.set_defaults(func=cmd_cancel)

    p = tr.add_parser("gaps", help="councillors (on the board or not) with no corporate parenting training "
                                   "attended in a municipal year")
    p.add_argument("--year", metavar="YYYY", type=int, help=YEAR_HELP)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_gaps)

    p = tr.add_parser("remind", help="write a reminder e-mail draft (.eml, never sent) to each councillor not "
                                     "trained, listing the next sessions")
    p.add_argument("--year", metavar="YYYY", type=int, help=YEAR_HELP)
    p.add_argument("--out", metavar="DIR", help="the folder for the drafts (default: the exports folder's "
                                                "training-reminders)")
    p.set_defaults(func=cmd_remind)
