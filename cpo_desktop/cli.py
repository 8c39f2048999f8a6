"""The ``cpo-desktop`` command.

With no command it opens the GUI.  Every other command works on the same services as the
GUI and never imports Qt: the heavy modules are imported inside each command, so
``cpo-desktop --version`` and ``--help`` stay instant.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cpo_desktop import APP_NAME, __version__
from cpo_desktop.errors import UserError

VIEWS = ("members", "meetings", "work-programme", "minutes", "exchange", "packs")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandError(UserError):
    """A failure to report to the user as one line; nothing was changed."""


def _open(args: argparse.Namespace):
    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data

    return open_data(paths.resolve(args.data_dir))


# --- commands -------------------------------------------------------------------------------

def cmd_check(args: argparse.Namespace) -> int:
    from cpo_desktop.store.integrity import check

    store = _open(args)
    try:
        report = check(store)
    finally:
        store.close()
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

    store = _open(args)
    try:
        dest = backup.make_backup(store.paths, reason="manual", dest=Path(args.output) if args.output else None)
    finally:
        store.close()
    print(f"Backed up to {dest}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from cpo_desktop import paths
    from cpo_desktop.store import backup, db

    data_paths = paths.resolve(args.data_dir)
    safety = backup.restore(data_paths, Path(args.file), db.known_revisions())
    if safety:
        print(f"The previous data was backed up to {safety}")
    # Opening applies any migrations the restored copy needs and proves it opens.
    store = _open(args)
    store.close()
    print(f"Restored {data_paths.database} from {args.file}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from cpo_desktop.services import demo

    store = _open(args)
    try:
        counts = demo.load(store)
    finally:
        store.close()
    print("Loaded the fictional demo board: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    return EXIT_OK


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())


def cmd_members_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import register

    store = _open(args)
    try:
        rows = register.list_members(store, current=args.current, category=args.category)
    finally:
        store.close()
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False))
    else:
        _table([[r.name + (" (former)" if r.former else ""), r.organisation, "; ".join(r.seats)] for r in rows],
               ["Name", "Organisation", "Seats held today"])
    return EXIT_OK


def cmd_members_import(args: argparse.Namespace) -> int:
    from cpo_desktop.services import member_import

    store = _open(args)
    try:
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
    finally:
        store.close()
    print(f"Imported {args.file}: {report.added} added, {report.updated} updated, {report.skipped} skipped, "
          f"{report.appointed} appointed to seats.")
    return EXIT_OK


def cmd_members_export(args: argparse.Namespace) -> int:
    from cpo_desktop.services import member_export

    store = _open(args)
    try:
        target = member_export.export(store, args.format, Path(args.output), public=args.public)
    finally:
        store.close()
    print(f"Exported the register to {target}" + (" (public version)" if args.public else ""))
    return EXIT_OK


def cmd_seats_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import overview

    store = _open(args)
    try:
        seats = overview.load(store).seats
    finally:
        store.close()
    if args.vacant:
        seats = [s for s in seats if s.vacant]
    if args.json:
        print(json.dumps([{"seat": s.seat, "category": s.category, "holder": s.holder or None,
                           "organisation": s.organisation, "since": s.since and s.since.isoformat(),
                           "until": s.until and s.until.isoformat(), "vacant": s.vacant} for s in seats],
                         indent=2, ensure_ascii=False))
    else:
        _table([[s.seat, s.holder or "VACANT", s.until.strftime("%d/%m/%Y") if s.until else ""] for s in seats],
               ["Seat", "Holder", "Term ends"])
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------

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

    seats = sub.add_parser("seats", help="the board's seats").add_subparsers(
        dest="seats_command", metavar="ACTION", required=True)
    p = seats.add_parser("list", help="list the seats and who holds each today")
    p.add_argument("--vacant", action="store_true", help="only vacant seats")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_seats_list)

    p = sub.add_parser("demo", help="fill an empty store with a fictional demo board")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
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
