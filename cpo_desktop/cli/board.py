"""The board's terms of reference on the command line: ``board show``, ``board edit``, ``board history``."""

from __future__ import annotations

import argparse
import textwrap

from cpo_desktop import dates
from cpo_desktop.cli.common import EXIT_OK, CommandError, date_arg, opened, print_json, table

# option -> the field of services.terms.TermsInput it sets
_EDITS = (("purpose", "purpose"), ("chair_role", "chair-role"), ("vice_chair_role", "vice-chair-role"),
          ("frequency", "frequency"), ("quorum", "quorum"), ("accountability", "accountability"),
          ("scrutiny_relationship", "scrutiny"), ("partner_relationship", "partners"))


def _print_version(v, *, today) -> None:
    from cpo_desktop.services.terms import HEADINGS, TEXT_FIELDS

    print(v.label + ("" if v.effective_from is None or v.effective_from <= today else " (not yet in force)"))
    if v.agreed_at:
        print(f"Agreed at: {v.agreed_at}")
    if v.change_summary:
        print(f"What changed: {v.change_summary}")
    for field in TEXT_FIELDS:
        text = v.value(field)
        print(f"\n{HEADINGS[field]}:")
        for para in (text or "(not set)").split("\n"):
            print(textwrap.fill(para, 100, initial_indent="  ", subsequent_indent="  ") if para else "")
    print(f"\n{HEADINGS['membership']} ({len(v.membership)} seats):")
    for title in v.membership:
        print(f"  {title}")


def cmd_board_show(args: argparse.Namespace) -> int:
    from cpo_desktop import clock
    from cpo_desktop.services import terms

    today = clock.today()
    on = date_arg(args.on) or today
    with opened(args) as store:
        version = terms.in_force(store, on)
        newest = terms.newest(store)
    if version is None:
        raise CommandError(f"No version of the terms of reference was in force on {dates.short(on)}; "
                           "`cpo-desktop board history` lists them.")
    if args.json:
        data = version.as_dict() | {"in_force_on": on.isoformat()}
        if newest.version != version.version:
            data["newer_version"] = newest.version
        print_json(data)
        return EXIT_OK
    _print_version(version, today=on)
    if newest.version > version.version:
        print(f"\n{newest.label} follows (`cpo-desktop board history`).")
    return EXIT_OK


def cmd_board_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import terms

    change = terms.TermsInput(**{field: getattr(args, field) for field, _ in _EDITS},
                              agreed_at=args.agreed_at, effective_from=date_arg(args.effective_from),
                              note=args.summary or "")
    with opened(args) as store:
        version = terms.edit(store, change)
    agreed = f"; agreed at the board meeting of {dates.plain(version.agreed_on)}" if version.agreed_on else ""
    print(f"Made version {version.version} of the terms of reference, in force from "
          f"{dates.plain(version.effective_from)}{agreed}. {version.change_summary}")
    return EXIT_OK


def cmd_board_history(args: argparse.Namespace) -> int:
    from cpo_desktop.services import terms

    with opened(args) as store:
        versions = terms.history(store)
    if args.json:
        print_json([v.as_dict() for v in versions])
        return EXIT_OK
    table([[str(v.version), dates.short(v.effective_from) or "the start", v.agreed_at or "", v.change_summary]
           for v in versions], ["Version", "In force from", "Agreed at", "What changed"])
    return EXIT_OK


def add_parsers(sub) -> None:
    """``board``: the board's terms of reference, in dated versions."""
    board = sub.add_parser("board", help="the board's terms of reference, in dated versions").add_subparsers(
        dest="board_command", metavar="ACTION", required=True)
    p = board.add_parser("show", help="the terms of reference in force today (or on a day)")
    p.add_argument("--on", metavar="DATE", help="the version in force on this day instead of today")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_board_show)

    p = board.add_parser("edit", help="change the terms of reference: makes a new version (only the parts given "
                                      "change; the membership is the board's seats today)")
    helps = {"purpose": "the board's purpose", "chair_role": "who chairs the board",
             "vice_chair_role": "who is vice-chair", "frequency": "how often it meets (e.g. \"Every 2 months\")",
             "quorum": "the quorum, in words", "accountability": "to whom the board is accountable",
             "scrutiny_relationship": "its relationship with Overview and Scrutiny",
             "partner_relationship": "its relationship with the partner boards"}
    for field, option in _EDITS:
        p.add_argument(f"--{option}", dest=field, metavar="T", help=helps[field])
    p.add_argument("--agreed-at", metavar="MEETING",
                   help="the board meeting that agreed the change: its id or date (see `meetings list`)")
    p.add_argument("--effective-from", metavar="DATE",
                   help="the day the change comes into force (default: that meeting's date, else today)")
    p.add_argument("--summary", metavar="TEXT",
                   help="what changed and why, in your words (added to the parts named automatically)")
    p.set_defaults(func=cmd_board_edit)

    p = board.add_parser("history", help="every version of the terms of reference, oldest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_board_history)
