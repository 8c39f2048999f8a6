"""The commands that look after the data as a whole: ``check``, ``backup``, ``restore`` and
``demo``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cpo_desktop.cli.common import EXIT_ERROR, EXIT_OK, opened


def cmd_check(args: argparse.Namespace) -> int:
    from cpo_desktop.store.integrity import check

    with opened(args, check_integrity=True) as store:
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

    with opened(args) as store:
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
    with opened(args):
        pass
    print(f"Restored {data_paths.database} from {args.file}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from cpo_desktop import demo

    with opened(args) as store:
        counts = demo.load(store)
    print("Loaded the fictional demo board: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
    return EXIT_OK


def add_parsers(sub) -> None:
    """``check``, ``backup`` and ``restore`` (the first commands in ``--help``)."""
    p = sub.add_parser("check", help="check the database: integrity, schema revision, counts")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="back the database up now (into backups/ unless -o is given)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE instead")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the data with a backup (the current data is backed up first)")
    p.add_argument("file", metavar="FILE", help="a CPO Desktop database or backup")
    p.set_defaults(func=cmd_restore)


def add_demo_parser(sub) -> None:
    """``demo`` (the last command in ``--help``)."""
    p = sub.add_parser("demo", help="fill an empty store with a fictional demo board")
    p.set_defaults(func=cmd_demo)
