"""The register on the command line: ``members …``, ``seats …`` and ``officers …``.

Each command that changes something parses its dates first (so bad input never opens the data),
then calls the same service function as the window; a refusal is a UserError and nothing is saved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cpo_desktop import dates
from cpo_desktop.cli.common import EXIT_ERROR, EXIT_OK, CommandError, date_arg, iso_or_none, opened, print_json, table
from cpo_desktop.model import enums


def cmd_members_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with opened(args) as store:
        rows = register.list_members(store, current=args.current, category=args.category)
    if args.json:
        print_json([r.as_dict() for r in rows])
    else:
        table([[str(r.id), r.name + (" (former)" if r.former else ""), r.organisation, "; ".join(r.seats)]
               for r in rows], ["Id", "Name", "Organisation", "Seats held today"])
    return EXIT_OK


def cmd_members_import(args: argparse.Namespace) -> int:
    from cpo_desktop.services import member_import

    if args.json and not (args.match_seats and args.dry_run):
        raise CommandError("--json prints the proposals of --match-seats --dry-run; give both, or leave it out.")
    with opened(args) as store:
        preview = member_import.read_preview(store, Path(args.file), match_seats=args.match_seats)
        if args.match_seats and args.dry_run:
            return _print_proposals(args, preview)
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
    if args.match_seats:
        unseated = [r for r in preview.rows if r.seat_id is None]
        if unseated:
            print(f"Not seated ({len(unseated)}; appoint them with `cpo-desktop members appoint` if they should be):")
            for r in unseated:
                print(f"  row {r.line}: {_row_name(r)}: {r.proposal.reason if r.proposal else 'no seat'}")
    return EXIT_OK


def _row_name(row) -> str:
    return " ".join(p for p in (row.values.get("first_name", ""), row.values.get("surname", "")) if p) or "(no name)"


def _print_proposals(args: argparse.Namespace, preview) -> int:
    """``members import FILE --match-seats --dry-run``: each row's proposed seat, and why; nothing written."""
    from cpo_desktop.services import member_import

    seated = sum(1 for r in preview.rows if r.seat_id is not None)
    problems = preview.blocking_problems(args.on_duplicate)
    if args.json:
        print_json([{"row": r.line, "name": _row_name(r), "seat_id": r.seat_id,
                     "seat": (s.title if (s := member_import.seat_of(preview, r)) else None),
                     "score": r.proposal.score if r.proposal else 0.0,
                     "reason": r.proposal.reason if r.proposal else "",
                     "start_date": iso_or_none(r.start_date), "problems": r.problems} for r in preview.rows])
        return EXIT_OK if not problems else EXIT_ERROR
    table([[str(r.line), _row_name(r),
            (s.title if (s := member_import.seat_of(preview, r)) else "no seat"),
            f"{r.proposal.score:.0%}" if r.proposal and r.seat_id is not None else "",
            (r.proposal.reason.removeprefix("no seat: ") if r.proposal else "")]
           for r in preview.rows], ["Row", "Person", "Proposed seat", "Score", "Why"])
    for problem in problems:
        print(f"cpo-desktop: {args.file}: {problem}", file=sys.stderr)
    print(f"Dry run: {seated} of {len(preview.rows)} rows would be seated"
          + (f"; {len(problems)} problem(s) to put right first" if problems else "")
          + ". Nothing was written.")
    return EXIT_OK if not problems else EXIT_ERROR


def cmd_members_export(args: argparse.Namespace) -> int:
    from cpo_desktop.services import member_export

    with opened(args) as store:
        target = member_export.export(store, args.format, Path(args.output), public=args.public)
    print(f"Exported the register to {target}" + (" (public version)" if args.public else ""))
    return EXIT_OK



PERSON_FIELDS = ("first_name", "surname", "title", "preferred_name", "email", "phone", "organisation",
                 "job_title", "notes", "party", "ward")
PERSON_FLAGS = {"young_person": "is_young_person", "consent_full_name": "consent_full_name",
                "councillor": "is_councillor", "scrutiny": "on_scrutiny"}


def _person_input(args: argparse.Namespace, current=None):
    """The PersonInput to save: ``current`` with only the options given replaced."""
    from dataclasses import replace

    from cpo_desktop.services import register

    changes = {f: getattr(args, f) for f in PERSON_FIELDS if getattr(args, f) is not None}
    changes.update({field: getattr(args, flag) for flag, field in PERSON_FLAGS.items()
                    if getattr(args, flag) is not None})
    for key in ("notes", "party", "ward"):
        if key in changes:
            changes[key] = changes[key].strip() or None
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
    data["memberships"] = [{**asdict(m), "start_date": iso_or_none(m.start_date), "end_date": iso_or_none(m.end_date)}
                           for m in detail.memberships]
    data["training"] = [{**asdict(t), "date": iso_or_none(t.date), "status": t.status.lower()} for t in detail.training]
    return data


def cmd_members_show(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with opened(args) as store:
        detail = register.person_detail(store, args.id)
    if args.json:
        print_json(_detail_dict(detail))
        return EXIT_OK
    d = detail.data
    print(f"{detail.name} (id {detail.id})" + (" — former member" if detail.former else ""))
    for label, value in (("Title", d.title), ("Preferred name", d.preferred_name), ("Email", d.email),
                         ("Phone", d.phone), ("Organisation", d.organisation), ("Job title", d.job_title),
                         ("Young person", "yes" if d.is_young_person else "no"),
                         ("Full name agreed", "yes" if d.consent_full_name else "no"),
                         ("Councillor", "yes" if d.is_councillor else "no"), ("Party", d.party), ("Ward", d.ward),
                         ("Children's O&S", "yes" if d.on_scrutiny else "no"), ("Notes", d.notes)):
        print(f"{label + ':':<18}{value or ''}".rstrip())
    if detail.needs_training:
        print("Needs corporate parenting training this municipal year.")
    print()
    print("Memberships:")
    if detail.memberships:
        table([[str(m.id), m.seat, dates.short(m.start_date), dates.short(m.end_date), m.substitute,
                "yes" if m.current else "no"] for m in detail.memberships],
              ["Id", "Seat", "From", "Until", "Substitute", "Current"])
    else:
        print("  none")
    print()
    print("Training:")
    if detail.training:
        table([[str(t.id), dates.short(t.date), t.kind_label, t.status, t.notes or ""] for t in detail.training],
              ["Id", "Date", "Kind", "Status", "Notes"])
    else:
        print("  none")
    return EXIT_OK


def cmd_members_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    data = _person_input(args)
    with opened(args) as store:
        person_id = register.add_person(store, data)
    print(f"Added {data.first_name.strip()} {data.surname.strip()} (id {person_id})")
    return EXIT_OK


def cmd_members_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with opened(args) as store:
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

    start = date_arg(args.start, default_today=True)
    end = date_arg(args.end)
    with opened(args) as store:
        seat = _find_seat(store, args.seat)
        membership_id = register.appoint(store, args.id, seat.id, start, end=end,
                                         appointed_by=(args.appointed_by or "").strip() or None,
                                         substitute_id=args.substitute)
        detail, m = _membership(store, membership_id)
    print(f"Appointed {detail.name} to “{m.seat}” from {dates.short(m.start_date)}"
          + (f" to {dates.short(m.end_date)}" if m.end_date else "")
          + (f", substitute {m.substitute}" if m.substitute else "") + f" (membership id {membership_id})")
    return EXIT_OK


def cmd_members_end(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    day = date_arg(args.on, default_today=True)
    with opened(args) as store:
        detail, m = _membership(store, args.membership_id)
        register.end_membership(store, args.membership_id, day)
    print(f"Ended {detail.name}'s membership of “{m.seat}” on {dates.short(day)}")
    return EXIT_OK


def cmd_members_substitute(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with opened(args) as store:
        register.set_substitute(store, args.membership_id, None if args.none else args.person)
        detail, m = _membership(store, args.membership_id)
    if m.substitute:
        print(f"{m.substitute} is now the substitute for {detail.name} in “{m.seat}”")
    else:
        print(f"{detail.name} has no substitute in “{m.seat}” now")
    return EXIT_OK


def cmd_members_former(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    day = date_arg(args.on, default_today=True)
    with opened(args) as store:
        detail = register.person_detail(store, args.id)
        if detail.former:
            print(f"{detail.name} is already a former member; nothing was changed.")
            return EXIT_OK
        ended = register.mark_former(store, args.id, on=day)
    print(f"Marked {detail.name} as a former member from {dates.short(day)}"
          + (f"; {ended} membership{'s' if ended != 1 else ''} ended" if ended else ""))
    return EXIT_OK


def cmd_members_delete(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with opened(args) as store:
        detail = register.person_detail(store, args.id)
        try:
            register.delete_person(store, args.id)
        except register.PersonHasHistory as exc:
            raise CommandError(f"{exc.message} (`cpo-desktop members former {args.id}`)") from None
    print(f"Deleted {detail.name} from the register.")
    return EXIT_OK


def cmd_members_bring_back(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with opened(args) as store:
        detail = register.person_detail(store, args.id)
        if not detail.former:
            print(f"{detail.name} is not a former member; nothing was changed.")
            return EXIT_OK
        register.bring_back(store, args.id)
    print(f"Brought back {detail.name}: they can be appointed to a seat again")
    return EXIT_OK


def cmd_members_training(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    data = register.TrainingInput(date=date_arg(args.date), kind=args.kind, status=args.status, notes=args.notes)
    with opened(args) as store:
        training_id = register.add_training(store, args.id, data)
        detail, t = _training(store, training_id)
    print(f"Added {t.kind_label.lower()} on {dates.short(t.date)} ({t.status.lower()}) for {detail.name} "
          f"(training id {training_id})")
    return EXIT_OK


def cmd_members_training_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from cpo_desktop.services import register

    changes = {k: v for k, v in (("date", date_arg(args.date)), ("kind", args.kind), ("status", args.status),
                                 ("notes", args.notes)) if v is not None}
    if not changes:
        raise CommandError("Nothing to change: give --date, --kind, --status or --notes.")
    with opened(args) as store:
        detail, t = _training(store, args.training_id)
        current = register.TrainingInput(date=t.date, kind=t.kind, status=t.status.lower(), notes=t.notes)
        register.update_training(store, args.training_id, replace(current, **changes))
        detail, t = _training(store, args.training_id)
    print(f"Updated training record {t.id} for {detail.name}: {t.kind_label.lower()} on {dates.short(t.date)} "
          f"({t.status.lower()})")
    return EXIT_OK


def cmd_members_training_remove(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    with opened(args) as store:
        detail, t = _training(store, args.training_id)
        register.remove_training(store, args.training_id)
    print(f"Removed the {t.kind_label.lower()} record of {dates.short(t.date)} for {detail.name}")
    return EXIT_OK


# --- seats ----------------------------------------------------------------------------------------

def cmd_seats_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import overview

    with opened(args) as store:
        seats = overview.load(store).seats
    if args.vacant:
        seats = [s for s in seats if s.vacant]
    if args.json:
        print_json([{"id": s.id, "seat": s.seat, "category": s.category, "holder": s.holder or None,
                     "organisation": s.organisation, "since": s.since and s.since.isoformat(),
                     "until": s.until and s.until.isoformat(), "vacant": s.vacant,
                     "term_years": s.term_years, "permanent": s.permanent, "rotation_group": s.rotation_group or None,
                     "voting": s.voting, "counts_towards_quorum": s.counts_towards_quorum,
                     "source": s.source or None} for s in seats])
    else:
        table([[str(s.id), s.seat, s.holder or "VACANT", dates.short(s.until)]
               for s in seats], ["Id", "Seat", "Holder", "Term ends"])
    return EXIT_OK


def _seat_input(args: argparse.Namespace, current=None):
    from dataclasses import replace

    from cpo_desktop.services import seats

    changes = {k: getattr(args, k) for k in ("title", "category", "organisation", "rotation_group", "source",
                                              "voting") if getattr(args, k) is not None}
    if args.quorum is not None:
        changes["counts_towards_quorum"] = args.quorum
    if args.term_years is not None:
        changes.update(term_years=args.term_years, permanent=False)
    elif args.permanent:
        changes.update(term_years=None, permanent=True)
    if current is None:
        if not args.title or not args.category:
            raise CommandError("A new seat needs --title and --category.")
        return seats.SeatInput(**changes)
    if not changes:
        raise CommandError("Nothing to change: give at least one option (see `cpo-desktop seats edit --help`).")
    return replace(current, **changes)


def _seat_line(store, seat_id: int) -> str:
    from cpo_desktop.model.register_rules import term_text
    from cpo_desktop.services import seats

    data = seats.seat_input(store, seat_id)
    rules = [enums.SeatCategory(data.category).label, term_text(data.term_years, data.permanent) or "no term set",
             "votes" if data.voting else "does not vote",
             "counts towards the quorum" if data.counts_towards_quorum else "does not count towards the quorum"]
    if data.rotation_group:
        rules.append(f"rotates with {data.rotation_group}")
    return f"{data.title} (id {seat_id}): " + "; ".join(rules)


def cmd_seats_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import seats

    data = _seat_input(args)
    with opened(args) as store:
        seat_id = seats.add_seat(store, data)
        print(f"Added the seat {_seat_line(store, seat_id)}")
    return EXIT_OK


def cmd_seats_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import seats

    with opened(args) as store:
        data = _seat_input(args, seats.seat_input(store, args.seat))
        seat_id = seats.update_seat(store, args.seat, data)
        print(f"Updated the seat {_seat_line(store, seat_id)}")
    return EXIT_OK


def cmd_seats_retire(args: argparse.Namespace) -> int:
    from cpo_desktop.services import seats

    on = date_arg(args.on)
    with opened(args) as store:
        done = seats.retire_seat(store, args.seat, on=on)
    ended = f"; ended the membership of {', '.join(done.ended)} that day" if done.ended else ""
    print(f"Retired the seat {done.title} on {dates.short(done.on)}{ended}")
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

    with opened(args) as store:
        rows = officers.list_officers(store, include_former=args.former)
    if args.json:
        print_json([r.as_dict() for r in rows])
    else:
        table([[str(r.id), r.role + (" (former)" if r.former else ""), r.person, r.organisation,
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
    with opened(args) as store:
        officer_id = officers.add_officer(store, data)
    print(f"Added the reporting officer {data.role.strip()} (id {officer_id})")
    return EXIT_OK


def cmd_officers_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import officers

    with opened(args) as store:
        data = _officer_input(args, officers.officer_input(store, args.id))
        officers.update_officer(store, args.id, data)
    print(f"Updated the reporting officer {data.role.strip()} (id {args.id})")
    return EXIT_OK


def _set_officer_former(args: argparse.Namespace, former: bool) -> int:
    from cpo_desktop.services import officers

    with opened(args) as store:
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


# --- parsers ---------------------------------------------------------------------------------------

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
    p.add_argument("--councillor", action=argparse.BooleanOptionalAction, default=None,
                   help="an elected member of the council, on the board or not (all must have corporate parenting "
                        "training every municipal year)")
    p.add_argument("--party", metavar="P", help="a councillor's political party (e.g. Labour)")
    p.add_argument("--ward", metavar="W", help="the ward a councillor represents")
    p.add_argument("--scrutiny", action=argparse.BooleanOptionalAction, default=None,
                   help="a member of the Children's Overview and Scrutiny Committee")
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


def add_parsers(sub) -> None:
    """``members``, ``seats`` and ``officers``."""
    members = sub.add_parser("members", help="the membership register").add_subparsers(
        dest="members_command", metavar="ACTION", required=True)
    p = members.add_parser("list", help="list people in the register")
    p.add_argument("--current", action="store_true", help="only people who hold a seat today")
    p.add_argument("--category", metavar="C", help="only holders of a seat in category C (e.g. elected_member)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_members_list)

    p = members.add_parser("import", help="import people from a CSV file or an Excel workbook (.xlsx) "
                                          "(all rows or none)")
    p.add_argument("file", metavar="FILE", help="a .csv file, or an .xlsx workbook (its first sheet is read)")
    p.add_argument("--dry-run", action="store_true", help="check the file and report, write nothing")
    p.add_argument("--on-duplicate", choices=("skip", "update", "fail"), default="skip",
                   help="what to do with people already in the register (default: skip)")
    p.add_argument("--match-seats", action="store_true",
                   help="a board list without exact seat titles: propose a seat for each row from its job title, "
                        "category and organisation, and appoint each from its start date (default today); "
                        "with --dry-run, print each proposal and why")
    p.add_argument("--json", action="store_true", help="with --match-seats --dry-run: the proposals as JSON")
    p.set_defaults(func=cmd_members_import)

    p = members.add_parser("export", help="export the register as an Excel workbook, CSV or Popolo JSON")
    p.add_argument("--format", choices=("xlsx", "csv", "popolo"), required=True,
                   help="xlsx: to open in Excel (dates as dates, phone numbers as text); csv: for other systems")
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
    for name, helptext, func in (("add", "add a seat (the terms of reference changed)", cmd_seats_add),
                                 ("edit", "change a seat's title, category, term or rules", cmd_seats_edit)):
        p = seats.add_parser(name, help=helptext)
        if name == "edit":
            p.add_argument("seat", metavar="SEAT", help="the seat's id or exact title")
        p.add_argument("--title", metavar="T")
        p.add_argument("--category", metavar="C",
                       help="one of " + ", ".join(c.value for c in enums.SeatCategory) + " (or its label)")
        p.add_argument("--organisation", metavar="O")
        term = p.add_mutually_exclusive_group()
        term.add_argument("--term-years", metavar="N", type=int, help="a fixed term of N years")
        term.add_argument("--permanent", action="store_true", help="no fixed term")
        p.add_argument("--rotation-group", metavar="G",
                       help="the group whose holders rotate together (e.g. the MAD representatives)")
        p.add_argument("--voting", action=argparse.BooleanOptionalAction, default=None,
                       help="whether the seat's holder votes")
        p.add_argument("--quorum", action=argparse.BooleanOptionalAction, default=None,
                       help="whether the seat counts towards the quorum")
        p.add_argument("--source", metavar="TEXT", help="where these rules come from (e.g. the terms of reference)")
        p.set_defaults(func=func)
    p = seats.add_parser("retire", help="retire a seat from a date; its holder's membership ends that day")
    p.add_argument("seat", metavar="SEAT", help="the seat's id or exact title")
    p.add_argument("--on", metavar="DATE", help="the day it goes (default today; not a day still to come)")
    p.set_defaults(func=cmd_seats_retire)

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
