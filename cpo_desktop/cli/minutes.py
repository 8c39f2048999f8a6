"""The command line for attendance, declarations, minutes and the action log
(``cpo-desktop attendance …``, ``declarations …``, ``minutes …``, ``actions …``).
Same services as the GUI; no Qt."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from cpo_desktop import clock, dates
from cpo_desktop.cli.common import EXIT_OK, CommandError, date_arg, iso_or_none, opened, print_json, table
from cpo_desktop import wording
from cpo_desktop.model import enums
from cpo_desktop.model.rules import recent_actions_since
from cpo_desktop.wording import aside

STATUSES = [s.value for s in enums.AttendanceStatus]


# --- attendance -----------------------------------------------------------------------------------

def cmd_attendance_show(args: argparse.Namespace) -> int:
    from cpo_desktop.services import attendance

    with opened(args) as store:
        sheet = attendance.load(store, args.meeting)
    m = sheet.meeting
    if args.json:
        print_json({
            "meeting": m.as_dict(),
            "quorum": {"met": sheet.quorum.met, "required": sheet.quorum.required, "present": sheet.quorum.present,
                       "elected_required": sheet.quorum.elected_required,
                       "elected_present": sheet.quorum.elected_present, "voting_seats": sheet.quorum.voting_seats,
                       "rule": sheet.rule.describe(), "summary": sheet.quorum.summary,
                       "who_counts": sheet.quorum.who_counts},
            "attendance": [{"person_id": r.person_id, "name": r.name, "seat": r.seat, "member": r.member,
                            "voting": r.voting, "status": r.status or None, "substitute_for": r.substitute_for or None,
                            "substituted_by": r.substituted_by or None, "items": r.items or None,
                            "note": r.note or None} for r in sheet.rows],
        })
        return EXIT_OK
    print(f"{m.kind_label}, {dates.full(m.date)} at {dates.hm(m.start_time)}, {m.venue}")
    table([[str(r.person_id), r.name, r.seat[:50], r.status_label,
            (f"for {r.substitute_for}" if r.substitute_for else f"substitute: {r.substituted_by}" if r.substituted_by
             else ""), " ".join(x for x in (f"items {r.items}" if r.items else "", r.note) if x)]
           for r in sheet.rows], ["Id", "Name", "Seat", "Attendance", "Substitute", "Notes"])
    print(sheet.quorum.summary + ".")
    print(f"The rule: {sheet.rule.describe()}.")
    return EXIT_OK


def cmd_attendance_set(args: argparse.Namespace) -> int:
    from cpo_desktop.services import attendance

    status = "" if args.status == "clear" else args.status
    with opened(args) as store:
        attendance.record(store, args.meeting, [attendance.Mark(person_id=args.person, status=status,
                                                                substitute_for_id=args.substitute_for,
                                                                items=args.items, note=args.note)])
        sheet = attendance.load(store, args.meeting)
    row = next((r for r in sheet.rows if r.person_id == args.person), None)
    print(f"{row.name}: {row.status_label}" if row else "Cleared.")
    print(sheet.quorum.summary + ".")
    return EXIT_OK


def cmd_attendance_all_present(args: argparse.Namespace) -> int:
    from cpo_desktop.services import attendance

    with opened(args) as store:
        n = attendance.mark_everyone(store, args.meeting)
        sheet = attendance.load(store, args.meeting)
    print(f"Marked {n} member{'s' if n != 1 else ''} present.")
    print(sheet.quorum.summary + ".")
    return EXIT_OK


def cmd_attendance_rates(args: argparse.Namespace) -> int:
    from cpo_desktop.model.rules import municipal_year_start
    from cpo_desktop.services import attendance

    year = args.year or municipal_year_start(clock.today())
    with opened(args) as store:
        label, rows = attendance.rates(store, year)
    if args.json:
        print_json({"municipal_year": label, "members": [
            {"person_id": r.person_id, "name": r.name, "seats": r.seats, "expected": r.expected, "present": r.present,
             "apologies": r.apologies, "substituted": r.substituted, "absent": r.absent,
             "not_recorded": r.not_recorded, "rate": None if r.rate is None else round(r.rate, 4)} for r in rows]})
        return EXIT_OK
    print(f"Attendance at board meetings held in {label}")
    table([[r.name, r.seats[:45], str(r.expected), str(r.present), str(r.apologies), str(r.substituted),
            str(r.absent), r.rate_text] for r in rows],
          ["Member", "Seat", "Meetings", "Present", "Apologies", "Sent sub.", "Absent", "Rate"])
    return EXIT_OK


def cmd_attendance_quorum(args: argparse.Namespace) -> int:
    from cpo_desktop.services import attendance

    with opened(args) as store:
        if any(v is not None for v in (args.fraction, args.minimum, args.elected, args.count_remote)):
            rule = attendance.set_quorum_rule(store, fraction=args.fraction, minimum=args.minimum,
                                              elected=args.elected, count_remote=args.count_remote)
            print("Quorum rule changed.")
        else:
            rule = attendance.get_quorum_rule(store)
    print(f"Quorum: {rule.describe()}.")
    return EXIT_OK


# --- declarations ---------------------------------------------------------------------------------

def _amendment(args: argparse.Namespace):
    from cpo_desktop.services import minutes

    return minutes.Amendment(reason=args.reason, by=args.by or "") if getattr(args, "reason", None) else None


def cmd_declarations_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes

    with opened(args) as store:
        view = minutes.load(store, args.meeting)
    if args.json:
        print_json([{"id": d.id, "item": d.item, "item_title": d.item_title, "member": d.member,
                     "kind": d.kind, "nature": d.nature, "action": d.action} for d in view.declarations])
        return EXIT_OK
    if not view.declarations:
        print("No declarations of interest were recorded.")
        return EXIT_OK
    table([[str(d.id), d.item, d.member, d.kind_label, d.nature, d.action_label] for d in view.declarations],
          ["Id", "Item", "Member", "Interest", "Nature", "Action"])
    return EXIT_OK


def cmd_declarations_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import declarations

    with opened(args) as store:
        declarations.add_declaration(store, args.meeting, declarations.DeclarationInput(
            person_id=args.person, item=args.item, kind=args.kind, nature=args.nature, action=args.action),
            amendment=_amendment(args))
    print("Declaration recorded.")
    return EXIT_OK


def cmd_declarations_remove(args: argparse.Namespace) -> int:
    from cpo_desktop.services import declarations

    with opened(args) as store:
        declarations.remove_declaration(store, args.id, amendment=_amendment(args))
    print("Declaration removed.")
    return EXIT_OK


# --- minutes --------------------------------------------------------------------------------------

def cmd_minutes_start(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes

    with opened(args) as store:
        added = minutes.start(store, args.meeting)
        view = minutes.load(store, args.meeting)
    print(f"{added} minute{'s' if added != 1 else ''} laid out from the agenda; the minutes have "
          f"{len(view.minutes)} in all ({view.status_text}).")
    return EXIT_OK


def cmd_minutes_show(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes

    with opened(args) as store:
        view = minutes.load(store, args.meeting)
    m = view.meeting
    if args.json:
        print_json({
            "meeting": m.as_dict(), "status": view.status or None, "status_text": view.status_text,
            "confirmed_on": iso_or_none(view.confirmed_on), "signed_by": view.signed_by or None,
            "signed_on": iso_or_none(view.signed_on),
            "closed_at": view.closed_at.strftime("%H:%M") if view.closed_at else None,
            "minutes": [{"id": r.id, "number": r.number, "title": r.title, "presenter": r.presenter, "part": r.part,
                         "exempt_paragraph": r.exempt_paragraph, "discussion": r.discussion, "revision": r.revision,
                         "resolutions": [{"id": x.id, "kind": x.kind, "text": x.text,
                                          "deferred_to": iso_or_none(x.deferred_to)} for x in r.resolutions]}
                        for r in view.minutes],
            "declarations": [{"id": d.id, "item": d.item, "member": d.member, "kind": d.kind, "nature": d.nature,
                              "action": d.action} for d in view.declarations],
            "amendments": [{"what": a.what, "reason": a.reason, "by": a.made_by, "made_at": a.made_at.isoformat(),
                            "at_meeting": iso_or_none(a.at_meeting), "old": a.old_text, "new": a.new_text}
                           for a in view.amendments],
        })
        return EXIT_OK
    print(f"Minutes of the {m.kind_label.lower()}, {dates.full(m.date)}: {view.status_text}")
    if not view.started:
        print("Not started: `cpo-desktop minutes start MEETING` lays them out from the agenda.")
        return EXIT_OK
    for r in view.minutes:
        part = f" [Part 2, para {r.exempt_paragraph}]" if r.part == 2 else ""
        print(f"\n{r.number}. {r.title}{part}   (minute id {r.id}, revision {r.revision})")
        if r.presenter:
            print(f"   {r.presenter}")
        if r.discussion:
            for para in r.discussion.split("\n"):
                print(f"   {para}")
        for x in r.resolutions:
            print(f"   RESOLVED: {x.text}   (resolution id {x.id})")
    print("\n" + (view.closing_line or "When the meeting closed is not recorded yet: `cpo-desktop minutes closed "
                                       f"{dates.iso(m.date)} --at HH:MM` records it."))
    if view.declarations:
        print("\nDeclarations of interest:")
        for d in view.declarations:
            print(f"   {d.item}: {d.member} – {d.kind_label}: {aside(d.nature, d.action_label)}")
    if view.amendments:
        print("\nAmendments:")
        for a in view.amendments:
            when = f"at the meeting on {dates.short(a.at_meeting)}" if a.at_meeting else f"on {dates.stamp(a.made_at)}"
            print(f"   {a.what}: {aside(a.reason, f'{a.made_by}, {when}')}")
    return EXIT_OK


def cmd_minutes_write(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes

    if args.file:
        from cpo_desktop.inputs import read_user_text

        text = read_user_text(args.file, what="a minute's text", error=CommandError)
    else:
        text = args.text
    with opened(args) as store:
        if args.title:
            minutes.set_title(store, args.minute_id, args.title, amendment=_amendment(args))
        revision = None
        if text is not None:
            revision = minutes.set_discussion(store, args.minute_id, text, amendment=_amendment(args),
                                              if_revision=args.if_revision)
    print("Saved" + (" as an amendment" if args.reason else "") + (f" (revision {revision})." if revision is not None
                                                                   else "."))
    return EXIT_OK


def cmd_minutes_resolve(args: argparse.Namespace) -> int:
    from cpo_desktop.services import resolutions

    data = resolutions.ResolutionInput(kind=args.kind, text=args.text, deferred_to=args.to)
    later = None
    with opened(args) as store:
        if args.resolution:
            resolutions.update_resolution(store, args.resolution, data, amendment=_amendment(args))
        else:
            resolutions.add_resolution(store, args.minute_id, data, amendment=_amendment(args))
        if args.kind == "deferred" and args.to:
            from cpo_desktop.services import meetings

            later = meetings.meeting_row(store, meetings.find_meeting(store, args.to)).date
    # The later meeting by its day, however it was given (its id or its date).
    print("Resolution saved" + (f"; the item is on {wording.agenda_name([later])}." if later else "."))
    return EXIT_OK


def cmd_minutes_unresolve(args: argparse.Namespace) -> int:
    from cpo_desktop.services import resolutions

    with opened(args) as store:
        resolutions.remove_resolution(store, args.resolution_id, amendment=_amendment(args))
    print("Resolution removed.")
    return EXIT_OK


def cmd_minutes_closed(args: argparse.Namespace) -> int:
    from cpo_desktop.services import meetings, minutes

    closed_at = None if args.clear else meetings.parse_time(args.at)
    with opened(args) as store:
        changed = minutes.set_closed_at(store, args.meeting, closed_at, amendment=_amendment(args))
        view = minutes.load(store, args.meeting)
    name = wording.meeting_name(view.meeting.date)
    if not changed:
        print(f"Nothing changed: the minutes already say “{view.closing_line}”" if view.closing_line
              else f"Nothing changed: no closing time is recorded for {name}.")
    elif closed_at is None:
        print(f"The closing time of {name} is no longer recorded; its minutes say nothing about it.")
    else:
        print(f"Recorded for {name}" + (" as an amendment" if args.reason else "") + f": “{view.closing_line}”")
    return EXIT_OK


def cmd_minutes_confirm(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes

    amendments = [minutes.ConfirmAmendment(reason=reason, minute_id=int(minute_id), discussion=text)
                  for minute_id, text, reason in args.amend or []]
    amendments += [minutes.ConfirmAmendment(reason=note) for note in args.note or []]
    with opened(args) as store:
        minutes.confirm(store, args.meeting, at=args.at, amendments=amendments, by=args.by or "")
        view = minutes.load(store, args.meeting)
    print(f"The minutes of {dates.short(view.meeting.date)} are confirmed as a correct record"
          + (f", with {len(amendments)} amendment{'s' if len(amendments) != 1 else ''}" if amendments else "") + ".")
    return EXIT_OK


def cmd_minutes_sign(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes

    with opened(args) as store:
        who = minutes.sign(store, args.meeting, signed_by=args.by or "", on=date_arg(args.on))
    print(f"Recorded as signed by {who}.")
    return EXIT_OK


def cmd_minutes_amend(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes

    with opened(args) as store:
        minutes.add_note(store, args.meeting, minutes.Amendment(reason=args.reason, by=args.by or ""), args.text)
    print("Amendment recorded.")
    return EXIT_OK


def cmd_minutes_export(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes_documents

    with opened(args) as store:
        out = minutes_documents.export(store, args.meeting, args.format, Path(args.output), public=args.public)
    print(f"Wrote the {'public' if args.public else 'restricted'} minutes to {out}")
    return EXIT_OK


def cmd_minutes_letters(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes_documents

    with opened(args) as store:
        letters = minutes_documents.absence_letters(store, args.meeting, Path(args.output))
    if not letters:
        print("Nobody was recorded as absent without apologies; no letters written.")
    for letter in letters:
        print(f"{letter.name}: {letter.path}")
    return EXIT_OK


def cmd_minutes_numbering(args: argparse.Namespace) -> int:
    from cpo_desktop.services import minutes, numbering, settings

    with opened(args) as store:
        if args.scheme:
            minutes.set_numbering(store, args.scheme.replace("-", "_"))
        scheme = settings.value(store, numbering.NUMBERING_KEY)
    print("Minutes are numbered " + ("continuously through the municipal year (e.g. 35/26)"
                                     if scheme == "continuous" else "per meeting, as the agenda's items") + ".")
    return EXIT_OK


# --- actions --------------------------------------------------------------------------------------

def _actions_table(rows) -> None:
    table([[r.ref, r.minute_ref, r.description[:60], r.owner, dates.short(r.due_date),
            r.status_label + (" – OVERDUE" if r.overdue else ""), r.latest_update[:50]] for r in rows],
          ["No.", "Minute", "Action", "Owner", "Due", "Status", "Latest update"])


def cmd_actions_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import actions

    since = recent_actions_since(clock.today()) if args.recent else None
    with opened(args) as store:
        rows = actions.list_actions(store, open_only=args.open, overdue_only=args.overdue, closed_since=since)
        older = actions.closed_before(store, since) if since else 0
    if args.json:
        print_json([r.as_dict() for r in rows])
    elif not rows:
        print("No actions" + (" overdue." if args.overdue else " open." if args.open else " yet."))
    else:
        _actions_table(rows)
    if older and not args.json and not (args.open or args.overdue):
        print(f"({older} closed before {dates.short(since)} not shown; without --recent every year is listed.)")
    return EXIT_OK


def cmd_actions_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import actions

    with opened(args) as store:
        number = actions.add_action(store, actions.ActionInput(
            description=args.text, owner_id=args.owner, due_date=date_arg(args.due), meeting=args.meeting,
            minute_id=args.minute))
    print(f"Added action A{number}.")
    return EXIT_OK


def cmd_actions_update(args: argparse.Namespace) -> int:
    from cpo_desktop.services import actions

    with opened(args) as store:
        actions.update_action(store, args.action, status=args.status, text=args.note or "", on=date_arg(args.on))
        row = actions.get_action(store, args.action)
    print(f"{row.ref}: {row.status_label}" + (f" – {row.latest_update}" if row.latest_update else ""))
    return EXIT_OK


def cmd_actions_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import actions

    due: dt.date | None | bool = False
    if args.no_due:
        due = None
    elif args.due:
        due = date_arg(args.due)
    with opened(args) as store:
        actions.edit_action(store, args.action, description=args.text, owner_id=args.owner, due_date=due)
    print("Action changed.")
    return EXIT_OK


def cmd_actions_export(args: argparse.Namespace) -> int:
    from cpo_desktop.services import actions

    with opened(args) as store:
        out = actions.export(store, args.format, Path(args.output), open_only=args.open, overdue_only=args.overdue,
                             closed_since=recent_actions_since(clock.today()) if args.recent else None)
    print(f"Wrote the action log to {out}")
    return EXIT_OK


def _reason(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reason", metavar="TEXT", help="for confirmed minutes: why this amendment is made")
    p.add_argument("--by", metavar="NAME", help="who makes the amendment (default: the contact officer or your login)")


def add_parsers(sub) -> None:
    """``attendance``, ``declarations``, ``minutes`` and ``actions``."""
    att = sub.add_parser("attendance", help="who came to a meeting; the quorum; attendance rates").add_subparsers(
        dest="attendance_command", metavar="ACTION", required=True)
    p = att.add_parser("show", help="the attendance sheet of a meeting, with the quorum")
    p.add_argument("meeting", metavar="MEETING", help="the meeting's id or date")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attendance_show)
    p = att.add_parser("set", help="record one person's attendance")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("person", metavar="PERSON_ID", type=int)
    p.add_argument("status", choices=STATUSES + ["clear"], help="attendance (clear: not recorded)")
    p.add_argument("--for", dest="substitute_for", metavar="PERSON_ID", type=int,
                   help="for a substitute: the member they came in place of")
    p.add_argument("--items", metavar="TEXT", help="for officers and guests: the items they attended for")
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=cmd_attendance_set)
    p = att.add_parser("all-present", help="mark every member not yet recorded as present")
    p.add_argument("meeting", metavar="MEETING")
    p.set_defaults(func=cmd_attendance_all_present)
    p = att.add_parser("rates", help="attendance per member over a municipal year's board meetings")
    p.add_argument("--year", type=int, metavar="YEAR", help="the municipal year starting in May YEAR (default: now)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attendance_rates)
    p = att.add_parser("quorum", help="show or change the board's quorum rule")
    p.add_argument("--fraction", metavar="F", help="share of the voting seats, e.g. 1/3")
    p.add_argument("--minimum", type=int, metavar="N", help="at least this many members")
    p.add_argument("--elected", type=int, metavar="N", help="of whom at least this many elected members")
    remote = p.add_mutually_exclusive_group()
    remote.add_argument("--count-remote", dest="count_remote", action="store_true", default=None,
                        help="members joining online count towards the quorum")
    remote.add_argument("--no-count-remote", dest="count_remote", action="store_false",
                        help="members joining online do not count (the default)")
    p.set_defaults(func=cmd_attendance_quorum)

    dec = sub.add_parser("declarations", help="declarations of interest at a meeting").add_subparsers(
        dest="declarations_command", metavar="ACTION", required=True)
    p = dec.add_parser("list", help="the declarations made at a meeting")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_declarations_list)
    p = dec.add_parser("add", help="record a declaration of interest")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--person", type=int, required=True, metavar="PERSON_ID")
    p.add_argument("--item", required=True, metavar="NUMBER", help="the agenda item's number, e.g. 7 or 5a")
    p.add_argument("--kind", required=True, choices=[k.value for k in enums.InterestKind])
    p.add_argument("--nature", required=True, metavar="TEXT", help="what the interest is")
    p.add_argument("--action", default="remained", choices=[a.value for a in enums.DeclarationAction])
    _reason(p)
    p.set_defaults(func=cmd_declarations_add)
    p = dec.add_parser("remove", help="remove a declaration recorded by mistake")
    p.add_argument("id", type=int, metavar="ID", help="the declaration's id (see `declarations list`)")
    _reason(p)
    p.set_defaults(func=cmd_declarations_remove)

    mins = sub.add_parser("minutes", help="minutes: write, resolve, confirm, sign, export").add_subparsers(
        dest="minutes_command", metavar="ACTION", required=True)
    p = mins.add_parser("start", help="lay a meeting's minutes out from its agenda (again: adds new items)")
    p.add_argument("meeting", metavar="MEETING")
    p.set_defaults(func=cmd_minutes_start)
    p = mins.add_parser("show", help="a meeting's minutes, with minute and resolution ids")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_minutes_show)
    p = mins.add_parser("write", help="set a minute's discussion (and title)")
    p.add_argument("minute_id", type=int, metavar="MINUTE_ID", help="see `minutes show`")
    text = p.add_mutually_exclusive_group()
    text.add_argument("--text", metavar="TEXT")
    text.add_argument("--file", metavar="FILE", help="read the discussion from a UTF-8 text file")
    p.add_argument("--title", metavar="TEXT")
    p.add_argument("--if-revision", type=int, metavar="N",
                   help="save only if the discussion is still at revision N (as `minutes show` gave it): "
                        "refused, with nothing changed, if it was saved since")
    _reason(p)
    p.set_defaults(func=cmd_minutes_write)
    p = mins.add_parser("resolve", help="add (or with --resolution, change) a resolution of a minute")
    p.add_argument("minute_id", type=int, metavar="MINUTE_ID")
    p.add_argument("--kind", required=True, choices=[k.value for k in enums.ResolutionKind])
    p.add_argument("--text", metavar="TEXT", help="own wording (\"That …\"); default: the standard wording")
    p.add_argument("--to", metavar="MEETING", help="for deferred: the later meeting (its agenda gets the item)")
    p.add_argument("--resolution", type=int, metavar="RESOLUTION_ID", help="change this resolution instead")
    _reason(p)
    p.set_defaults(func=cmd_minutes_resolve)
    p = mins.add_parser("unresolve", help="remove a resolution (a deferred item leaves the later agenda)")
    p.add_argument("resolution_id", type=int, metavar="RESOLUTION_ID")
    _reason(p)
    p.set_defaults(func=cmd_minutes_unresolve)
    p = mins.add_parser("closed", help="record when the meeting closed: the minutes end \"The meeting closed at …\"")
    p.add_argument("meeting", metavar="MEETING")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--at", metavar="HH:MM", help="the time the Chair closed the meeting, e.g. 16:45")
    when.add_argument("--clear", action="store_true", help="no closing time recorded (the minutes say nothing)")
    _reason(p)
    p.set_defaults(func=cmd_minutes_closed)

    p = mins.add_parser("confirm", help="confirm minutes as a correct record at the next meeting")
    p.add_argument("meeting", metavar="MEETING", help="whose minutes")
    p.add_argument("--at", required=True, metavar="MEETING", help="the meeting that confirmed them (the next one)")
    p.add_argument("--amend", nargs=3, action="append", metavar=("MINUTE_ID", "TEXT", "REASON"),
                   help="an amendment agreed there: the minute's new discussion and why; repeatable")
    p.add_argument("--note", action="append", metavar="TEXT", help="an amendment in words (e.g. attendance); repeatable")
    p.add_argument("--by", metavar="NAME")
    p.set_defaults(func=cmd_minutes_confirm)
    p = mins.add_parser("sign", help="record that the Chair signed the confirmed minutes")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--by", metavar="NAME", help="who signed (default: the Chair)")
    p.add_argument("--on", metavar="DATE", help="when (default: today)")
    p.set_defaults(func=cmd_minutes_sign)
    p = mins.add_parser("amend", help="record an amendment in words to confirmed minutes")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--text", required=True, metavar="TEXT", help="what is corrected")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--by", metavar="NAME")
    p.set_defaults(func=cmd_minutes_amend)
    p = mins.add_parser("export", help="write the minutes as PDF or Word (restricted, or --public)")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--format", required=True, choices=["pdf", "docx"])
    p.add_argument("--public", action="store_true",
                   help="the public version: Part 2 by title only, young people by first name")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_minutes_export)
    p = mins.add_parser("letters", help="letters from the Chair (.docx) to members absent without apologies")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.set_defaults(func=cmd_minutes_letters)
    p = mins.add_parser("numbering", help="show or set how minutes are numbered")
    p.add_argument("scheme", nargs="?", choices=["per-meeting", "continuous"])
    p.set_defaults(func=cmd_minutes_numbering)

    act = sub.add_parser("actions", help="the action log").add_subparsers(
        dest="actions_command", metavar="ACTION", required=True)
    p = act.add_parser("list", help="the action log (overdue ones marked)")
    p.add_argument("--open", action="store_true", help="open and in-progress actions only")
    p.add_argument("--overdue", action="store_true", help="overdue actions only")
    p.add_argument("--recent", action="store_true",
                   help="open actions and those closed since 1 May last year (as the window shows the log first)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_actions_list)
    p = act.add_parser("add", help="add an action")
    p.add_argument("--text", required=True, metavar="TEXT", help="what is to be done")
    p.add_argument("--owner", type=int, metavar="PERSON_ID", help="who will do it (required)")
    p.add_argument("--due", metavar="DATE")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--minute", type=int, metavar="MINUTE_ID", help="the minute it comes from")
    where.add_argument("--meeting", metavar="MEETING", help="the meeting it was agreed at")
    p.set_defaults(func=cmd_actions_add)
    p = act.add_parser("update", help="a dated update: new status and/or a note")
    p.add_argument("action", metavar="ACTION", help="e.g. A12")
    p.add_argument("--status", choices=[s.value for s in enums.ActionStatus])
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--on", metavar="DATE", help="the update's date (default: today)")
    p.set_defaults(func=cmd_actions_update)
    p = act.add_parser("edit", help="change an action's wording, owner or due date")
    p.add_argument("action", metavar="ACTION")
    p.add_argument("--text", metavar="TEXT")
    p.add_argument("--owner", type=int, metavar="PERSON_ID")
    due = p.add_mutually_exclusive_group()
    due.add_argument("--due", metavar="DATE")
    due.add_argument("--no-due", action="store_true")
    p.set_defaults(func=cmd_actions_edit)
    p = act.add_parser("export", help="write the action log as an Excel workbook, CSV or PDF")
    p.add_argument("--format", required=True, choices=["xlsx", "csv", "pdf"],
                   help="xlsx: to open in Excel (due dates as dates); csv: for other systems; pdf: to print")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--open", action="store_true")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--recent", action="store_true", help="open actions and those closed since 1 May last year")
    p.set_defaults(func=cmd_actions_export)

