"""The board's priorities and working groups on the command line: ``working-groups …`` (list, add,
edit, retire, plan, update, and the members and commitments of a group's action plan)."""

from __future__ import annotations

import argparse

from cpo_desktop import dates
from cpo_desktop.cli.common import EXIT_OK, CommandError, date_arg, opened, print_json, table


def _chair_links(store, args: argparse.Namespace) -> dict:
    """The chair options given, as GroupInput fields (one link at most; --no-chair clears it)."""
    from sqlmodel import func, select

    from cpo_desktop.model.tables import Person, ReportingOfficer
    from cpo_desktop.services import seats

    given = [o for o in ("chair_person", "chair_seat", "chair_officer") if getattr(args, o) is not None]
    if len(given) > 1:
        raise CommandError("Link the chair to one of --chair-person, --chair-seat or --chair-officer, not more.")
    if args.no_chair and (given or args.chair_role is not None):
        raise CommandError("--no-chair clears the chair: give it without the other chair options.")
    if args.no_chair:
        return {"chair_person_id": None, "chair_seat_id": None, "chair_officer_id": None, "chair_role": None}
    out: dict = {}
    if args.chair_role is not None:
        out["chair_role"] = args.chair_role
    if not given:
        return out
    out.update(chair_person_id=None, chair_seat_id=None, chair_officer_id=None)
    with store.session() as session:
        if args.chair_person is not None:
            if session.get(Person, args.chair_person) is None:
                raise CommandError(f"There is no person with id {args.chair_person} (see `cpo-desktop members list`).")
            out["chair_person_id"] = args.chair_person
        elif args.chair_seat is not None:
            out["chair_seat_id"] = seats.find_seat(session, args.chair_seat).id
        else:
            ref = args.chair_officer.strip()
            officer = session.get(ReportingOfficer, int(ref)) if ref.isdigit() else session.exec(
                select(ReportingOfficer).where(func.lower(ReportingOfficer.role) == ref.casefold())).first()
            if officer is None:
                raise CommandError(f"There is no reporting officer “{ref}” (see `cpo-desktop officers list`).")
            out["chair_officer_id"] = officer.id
    return out


def _group_input(store, args: argparse.Namespace, current=None):
    from dataclasses import replace

    from cpo_desktop.services import working_groups as wg

    changes = {k: getattr(args, k) for k in ("title", "description") if getattr(args, k) is not None}
    if args.working_group is not None:
        changes["has_working_group"] = args.working_group
        if not args.working_group and current is not None:  # no group: no chair either
            changes.update(chair_person_id=None, chair_seat_id=None, chair_officer_id=None, chair_role=None)
    chair = _chair_links(store, args)
    changes.update(chair)
    if current is None:
        if not args.title:
            raise CommandError("A new priority needs --title.")
        if args.working_group is None and any(chair.values()):
            changes["has_working_group"] = True  # a chair named: it has a working group
        return wg.GroupInput(**changes)
    if not changes:
        raise CommandError("Nothing to change: give at least one option (see `cpo-desktop working-groups edit --help`).")
    return replace(current, **changes)


def _group_line(row) -> str:
    if not row.has_working_group:
        return f"{row.title} (id {row.id}): no working group"
    chair = row.chair.words or "no chair yet"
    email = f" <{row.chair.email}>" if row.chair.email else ""
    return f"{row.title} (id {row.id}): working group chaired by {chair}{email}"


def _row(store, group_id: int):
    from cpo_desktop.services import working_groups as wg

    return next(r for r in wg.list_groups(store) if r.id == group_id)


def cmd_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    with opened(args) as store:
        rows = wg.list_groups(store, former=args.former)
    if args.json:
        print_json(wg.as_json(rows))
        return EXIT_OK
    table([[str(r.id), r.title, r.status, r.chair.words or "—", r.chair.email or ("(no e-mail)" if r.has_working_group
                                                                                 else ""),
            str(r.members), r.rag_text] for r in rows],
          ["Id", "Priority", "Group", "Chair", "E-mail", "Members", "Plan"])
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    with opened(args) as store:
        group_id = wg.add_group(store, _group_input(store, args))
        print(f"Added the priority {_group_line(_row(store, group_id))}")
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    with opened(args) as store:
        data = _group_input(store, args, wg.group_input(store, args.group))
        group_id = wg.update_group(store, args.group, data)
        print(f"Updated the priority {_group_line(_row(store, group_id))}")
    return EXIT_OK


def cmd_retire(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    on = date_arg(args.on)
    with opened(args) as store:
        done = wg.retire_group(store, args.group, on=on)
    later = (f"; {len(done.meetings_to_come)} meeting(s) from then on are still themed on it (change their theme "
             "with `meetings edit --theme`)") if done.meetings_to_come else ""
    print(f"Retired the priority {done.title} on {dates.short(done.on)}{later}")
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    with opened(args) as store:
        p = wg.plan(store, args.group)
    if args.json:
        print_json(p.as_dict())
        return EXIT_OK
    g = p.group
    print(_group_line(g))
    if not p.commitments:
        print("No commitments in its action plan.")
    else:
        table([[str(c.id), c.text if len(c.text) <= 70 else c.text[:69] + "…", c.owner or "—",
                dates.short(c.due_date) if c.due_date else "—",
                c.rag_label + (" (retired)" if c.former else ""), c.latest_text] for c in p.commitments],
              ["Id", "Commitment", "Owner", "Due", "RAG", "Latest update"])
    if p.members:
        print()
        table([[str(m.id), m.name, m.role or "", dates.short(m.start_date) if m.start_date else "",
                dates.short(m.end_date) if m.end_date else ""] for m in p.members],
              ["Member id", "Name", "Role", "From", "Until"])
    return EXIT_OK


def cmd_update(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    on = date_arg(args.on)
    with opened(args) as store:
        wg.rag_update(store, args.commitment, args.rag, note=args.note or "", on=on)
        c = next(c for c in wg.plan(store, wg.commitment_group(store, args.commitment)).commitments
                 if c.id == args.commitment)
    print(f"Commitment {c.id} is {c.rag_label} as of {dates.short(c.latest.date)}: {c.text}")
    return EXIT_OK


def _commitment_input(args: argparse.Namespace, current=None):
    from dataclasses import replace

    from cpo_desktop.services import working_groups as wg

    if args.owner_role is not None and args.owner_person is not None:
        raise CommandError("The owner is a role (--owner-role) or a person (--owner-person), not both.")
    changes: dict = {}
    if args.text is not None:
        changes["text"] = args.text
    if args.owner_role is not None:
        changes.update(owner_role=args.owner_role, owner_person_id=None)
    if args.owner_person is not None:
        changes.update(owner_person_id=args.owner_person, owner_role=None)
    if args.due is not None:
        changes["due_date"] = date_arg(args.due) if args.due.strip() else None
    if current is None:
        if not args.text:
            raise CommandError("A new commitment needs --text.")
        return wg.CommitmentInput(**changes)
    if not changes:
        raise CommandError("Nothing to change: give --text, --owner-role, --owner-person or --due.")
    return replace(current, **changes)


def cmd_commitment_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    data = _commitment_input(args)
    with opened(args) as store:
        cid = wg.add_commitment(store, args.group, data)
    print(f"Added commitment {cid}: {' '.join(data.text.split())}")
    return EXIT_OK


def cmd_commitment_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    with opened(args) as store:
        data = _commitment_input(args, wg.commitment_input(store, args.commitment))
        wg.update_commitment(store, args.commitment, data)
    print(f"Updated commitment {args.commitment}")
    return EXIT_OK


def cmd_commitment_retire(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    with opened(args) as store:
        wg.retire_commitment(store, args.commitment)
    print(f"Retired commitment {args.commitment} (kept with its updates)")
    return EXIT_OK


def cmd_member_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    start, end = date_arg(args.start), date_arg(args.until)
    with opened(args) as store:
        mid = wg.add_member(store, args.group, args.person, role=args.role, start=start, end=end)
    print(f"Added member {mid} to the working group")
    return EXIT_OK


def cmd_member_remove(args: argparse.Namespace) -> int:
    from cpo_desktop.services import working_groups as wg

    on = date_arg(args.on)
    with opened(args) as store:
        wg.remove_member(store, args.member, on=on)
    print(f"Ended membership {args.member} on {dates.short(on)}" if on else f"Removed membership {args.member}")
    return EXIT_OK


def _group_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--title", metavar="T")
    p.add_argument("--description", metavar="T")
    p.add_argument("--working-group", action=argparse.BooleanOptionalAction, default=None,
                   help="whether the priority has a working group (Being Heard has none in the 2025–27 strategy)")
    p.add_argument("--chair-person", metavar="ID", type=int, help="the chair is this person (see `members list`)")
    p.add_argument("--chair-seat", metavar="SEAT",
                   help="the chair is whoever holds this seat (its id or exact title)")
    p.add_argument("--chair-officer", metavar="OFFICER",
                   help="the chair is this reporting officer's person (the officer's id or exact role)")
    p.add_argument("--chair-role", metavar="T", help="the chair's role as written (shown; not a link)")
    p.add_argument("--no-chair", action="store_true", help="clear the chair")


def _commitment_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text", metavar="T", help="what “we will” do")
    p.add_argument("--owner-role", metavar="R", help="the owner as a role")
    p.add_argument("--owner-person", metavar="ID", type=int, help="the owner as a person (see `members list`)")
    p.add_argument("--due", metavar="DATE", help='the due date ("" for none)')


def add_parsers(sub) -> None:
    """``working-groups``."""
    wgs = sub.add_parser("working-groups", help="the board's priorities, their working groups and action plans"
                         ).add_subparsers(dest="wg_command", metavar="ACTION", required=True)
    p = wgs.add_parser("list", help="list the priorities with each working group's chair and plan's RAG counts")
    p.add_argument("--former", action=argparse.BooleanOptionalAction, default=True,
                   help="include retired priorities (default: yes)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = wgs.add_parser("add", help="add a priority (with --working-group and a chair, a working group)")
    _group_options(p)
    p.set_defaults(func=cmd_add)
    p = wgs.add_parser("edit", help="change a priority or its working group's chair")
    p.add_argument("group", metavar="GROUP", help="the priority's id or title (a part of it will do)")
    _group_options(p)
    p.set_defaults(func=cmd_edit)
    p = wgs.add_parser("retire", help="retire a priority and its working group from a date (kept in history)")
    p.add_argument("group", metavar="GROUP", help="the priority's id or title")
    p.add_argument("--on", metavar="DATE", help="the day it goes (default today; not a day still to come)")
    p.set_defaults(func=cmd_retire)

    p = wgs.add_parser("plan", help="a working group's action plan: commitments, owners, due dates, RAG, members")
    p.add_argument("group", metavar="GROUP", help="the priority's id or title (a part of it will do)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_plan)
    p = wgs.add_parser("update", help="a dated progress update on a commitment, with its RAG status")
    p.add_argument("commitment", metavar="COMMITMENT", type=int, help="the commitment's id (see `plan`)")
    p.add_argument("--rag", required=True, choices=("red", "amber", "green"))
    p.add_argument("--note", metavar="T", help="what has happened")
    p.add_argument("--on", metavar="DATE", help="the update's date (default today)")
    p.set_defaults(func=cmd_update)

    p = wgs.add_parser("commitment-add", help="add a commitment to a working group's action plan")
    p.add_argument("group", metavar="GROUP", help="the priority's id or title")
    _commitment_options(p)
    p.set_defaults(func=cmd_commitment_add)
    p = wgs.add_parser("commitment-edit", help="change a commitment's words, owner or due date")
    p.add_argument("commitment", metavar="COMMITMENT", type=int, help="the commitment's id (see `plan`)")
    _commitment_options(p)
    p.set_defaults(func=cmd_commitment_edit)
    p = wgs.add_parser("commitment-retire", help="take a commitment out of the plan (kept with its updates)")
    p.add_argument("commitment", metavar="COMMITMENT", type=int, help="the commitment's id")
    p.set_defaults(func=cmd_commitment_retire)

    p = wgs.add_parser("member-add", help="add a person to a working group")
    p.add_argument("group", metavar="GROUP", help="the priority's id or title")
    p.add_argument("person", metavar="PERSON", type=int, help="the person's id (see `members list`)")
    p.add_argument("--role", metavar="R", help="their role in the group")
    p.add_argument("--from", dest="start", metavar="DATE", help="the first day")
    p.add_argument("--until", metavar="DATE", help="the last day")
    p.set_defaults(func=cmd_member_add)
    p = wgs.add_parser("member-remove", help="end a working-group membership on a date, or remove one made in error")
    p.add_argument("member", metavar="MEMBER", type=int, help="the membership's id (see `plan`)")
    p.add_argument("--on", metavar="DATE", help="the last day (kept in history); without it the row is removed")
    p.set_defaults(func=cmd_member_remove)
