"""The command line for packs (``cpo-desktop pack …``): agenda packs and supplements, the
preflight, induction packs and the annual report. Same services as the GUI's Packs view; no Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cpo_desktop import dates
from cpo_desktop.cli.common import EXIT_ERROR, EXIT_OK, date_arg, opened, print_json


def _say_built(result, what: str) -> None:
    span = (f", numbered {result.first_page}–{result.last_page}" if result.first_page != 1 else "")
    print(f"Wrote {what}: {result.path} ({result.pages} page{'s' if result.pages != 1 else ''}{span}).")
    for line in result.left_out:
        print(f"  Left out – {line}")
    for line in result.notes_for_cli:
        print(f"  Note – {line}")


def _progress():
    """Progress on stderr for long builds, when it is a terminal (else none)."""
    from cpo_desktop.progress import NO_PROGRESS, Progress

    if not sys.stderr.isatty():
        return NO_PROGRESS
    return Progress(report=lambda done, total, what: print(f"  {what}…", file=sys.stderr))


def _late_reason(p: argparse.ArgumentParser) -> None:
    p.add_argument("--late-reason", metavar="TEXT",
                   help="after the publication date (five clear working days before the meeting): why the pack is "
                        "late; giving it records that the Chair agreed the board take it (s.100B(4)(b) Local "
                        "Government Act 1972). Printed on the front sheet")


def cmd_agenda(args: argparse.Namespace) -> int:
    from cpo_desktop.services import packs

    with opened(args) as store:
        result = packs.build_agenda(store, args.meeting, public=args.public, duplex=args.duplex,
                                    target=Path(args.output), progress=_progress(), late_reason=args.late_reason)
    _say_built(result, f"the {'public' if args.public else 'restricted'} agenda pack")
    return EXIT_OK


def cmd_supplement(args: argparse.Namespace) -> int:
    from cpo_desktop.services import packs

    with opened(args) as store:
        result = packs.build_supplement(store, args.meeting, public=args.public, target=Path(args.output),
                                        progress=_progress(), late_reason=args.late_reason)
    _say_built(result, f"the {'public' if args.public else 'restricted'} supplementary pack")
    return EXIT_OK


def cmd_preflight(args: argparse.Namespace) -> int:
    from cpo_desktop.services import packs

    with opened(args) as store:
        report = packs.preflight(store, args.meeting, public=args.public)
    if args.json:
        print_json(report.as_dict())
        return EXIT_OK if report.ok else EXIT_ERROR
    print(f"Preflight of the {report.version} agenda pack for {dates.short(report.meeting_date)}: {report.summary}")
    for issue in report.issues:
        print(f"  [{issue.severity}] {issue.cli_text}")
    if not report.issues:
        print("  Nothing to fix.")
    return EXIT_OK if report.ok else EXIT_ERROR


def cmd_confirm_public(args: argparse.Namespace) -> int:
    from cpo_desktop.services import packs

    with opened(args) as store:
        done = packs.confirm_public(store, args.meeting, args.item, paper=args.paper, by=args.by or "",
                                    undo=args.undo)
    for c in done:
        if c.undone:
            print(f"Took back the confirmation of “{c.name}”: it is held back from public outputs again.")
        else:
            print(f"Confirmed by {c.by}: “{c.name}” may go to the public and partners (it {c.what}).")
    return EXIT_OK


def cmd_induction(args: argparse.Namespace) -> int:
    from cpo_desktop.services import induction

    with opened(args) as store:
        result = induction.build(store, args.person, target=Path(args.output), progress=_progress(),
                                 issue=not args.no_record)
    _say_built(result, "the induction pack")
    if not args.no_record:
        print("  Recorded in their training record as issued today.")
    return EXIT_OK


def cmd_annual_report(args: argparse.Namespace) -> int:
    from cpo_desktop.services import annual_report

    with opened(args) as store:
        result = annual_report.build(store, args.year, committee_date=date_arg(args.committee_date),
                                     target=Path(args.output), progress=_progress())
    _say_built(result, "the annual report")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import pack_records

    with opened(args) as store:
        rows = pack_records.list_packs(store)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return EXIT_OK
    if not rows:
        print("No packs have been built yet.")
    for r in rows:
        pages = f"pages {r.first_page}–{r.last_page}" if r.last_page else ""
        print(f"{dates.stamp(r.built_at.astimezone())}  {r.label}  {pages}  {r.path}")
    return EXIT_OK


def _version(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--public", dest="public", action="store_true",
                       help="the public version: no Part 2 or restricted papers, young people by first name")
    group.add_argument("--restricted", dest="public", action="store_false",
                       help="the members' version, with Part 2 papers marked 'Not for publication'")


def add_parsers(sub) -> None:
    """``pack``."""
    pk = sub.add_parser("pack", help="agenda packs, supplements, induction packs and the annual report (PDF)"
                        ).add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    p = pk.add_parser("agenda", help="the agenda pack: front sheet, contents, agenda, every paper stamped and bookmarked")
    p.add_argument("meeting", metavar="MEETING", help="the meeting's id or date")
    _version(p)
    p.add_argument("--duplex", action="store_true", help="add blank pages so each item starts on a right-hand page")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF to write")
    _late_reason(p)
    p.set_defaults(func=cmd_agenda)
    p = pk.add_parser("supplement", help="the papers that arrived after the agenda pack, numbered on from it")
    p.add_argument("meeting", metavar="MEETING")
    _version(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    _late_reason(p)
    p.set_defaults(func=cmd_supplement)
    p = pk.add_parser("preflight", help="check a meeting's papers before building its pack")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--public", action="store_true", help="check for the public version (default: restricted)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_preflight)
    p = pk.add_parser("confirm-public", help="confirm that papers the privacy rule holds back from the public pack "
                      "(a scan, a young person named, text like an exempt paper's) may go out; recorded with who and when")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("item", metavar="ITEM", help="the item's number as the agenda shows it (7, 5a)")
    p.add_argument("--paper", type=int, metavar="N", help="only the item's N-th document (1 is the first)")
    p.add_argument("--by", metavar="NAME", help="who confirms (default: the contact officer)")
    p.add_argument("--undo", action="store_true", help="take the confirmation back")
    p.set_defaults(func=cmd_confirm_public)
    p = pk.add_parser("induction", help="a member's induction pack (recorded in their training record)")
    p.add_argument("person", metavar="PERSON", help="the person's id or e-mail")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--no-record", action="store_true", help="a draft: do not record it as issued")
    p.set_defaults(func=cmd_induction)
    p = pk.add_parser("annual-report", help="the annual report to the Overview and Scrutiny Committee")
    p.add_argument("year", type=int, metavar="YEAR", help="the municipal year's first year (2025 for 2025/26)")
    p.add_argument("--committee-date", metavar="D", help="the date of the committee meeting it goes to")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_annual_report)
    p = pk.add_parser("list", help="the packs built so far")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
