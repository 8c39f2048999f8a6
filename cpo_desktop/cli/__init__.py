"""The ``cpo-desktop`` command.

With no command it opens the GUI.  Every other command works on the same services as the
GUI and never imports Qt: the heavy modules are imported inside each command, so
``cpo-desktop --version`` and ``--help`` stay instant.

One module per command group builds its part of the parser (``add_parsers``) and runs its
commands; what they share is in ``cli.common``. The hidden ``--today YYYY-MM-DD`` fixes the
day for the command (``cpo_desktop.clock``), as ``CPO_TODAY`` does, so tests and demos come
out the same whatever the date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence

from cpo_desktop import APP_NAME, __version__, clock
from cpo_desktop.cli import (agenda, board, data, exchange, library, meetings, minutes, packs, performance,
                             register, training, work_programme, working_groups)
from cpo_desktop.cli.common import EXIT_ERROR, EXIT_OK, CommandError
from cpo_desktop.errors import UserError

VIEWS = ("members", "seats", "officers", "meetings", "agenda", "work-programme", "minutes", "exchange", "packs",
         "performance")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the global options, then each group's commands in ``--help``'s order."""
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
    parser.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    data.add_parsers(sub)
    register.add_parsers(sub)
    board.add_parsers(sub)
    training.add_parsers(sub)
    meetings.add_parsers(sub)
    agenda.add_parsers(sub)
    work_programme.add_parsers(sub)
    working_groups.add_parsers(sub)
    performance.add_parsers(sub)
    minutes.add_parsers(sub)
    exchange.add_parsers(sub)
    packs.add_parsers(sub)
    library.add_parsers(sub)
    data.add_demo_parser(sub)
    return parser


def _fixed_day(args: argparse.Namespace) -> dt.date | None:
    """The day ``--today`` fixes, or None. A bad day, there or in ``CPO_TODAY``, is refused
    here in one line, before anything is opened."""
    if args.today:
        return _parsed_day(args.today, "--today")
    if text := os.environ.get(clock.ENV):
        _parsed_day(text, clock.ENV)  # the clock reads it when asked; checked now, not mid-command
    return None


def _parsed_day(text: str, where: str) -> dt.date:
    try:
        return clock.parse(text)
    except ValueError as exc:
        raise CommandError(f"{where}: {exc}.") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line (``argv``, else the process's own); the exit status."""
    # Everything this process writes is its owner's only (files 0600, folders 0700): a second line
    # behind files.atomic_write and paths.make_private_dir, for what a library writes by itself.
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.screenshot and args.command is not None:
        parser.error("--screenshot opens the window; it cannot be combined with a command")
    try:
        day = _fixed_day(args)
    except UserError as exc:
        print(f"cpo-desktop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    with clock.override(day):
        if args.command is None:
            from cpo_desktop import gui_launch

            return gui_launch.launch(args)
        return _run(args.func, args)


def _run(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """A command, its refusals and failures each one line on stderr."""
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
