"""What the command groups share: the exit codes, the one-line error, opening the store for a
command, printing a table or JSON, and reading a date given on the command line.

Nothing heavy is imported here at module level: ``cpo-desktop --version`` and ``--help`` stay
instant, and a command loads only the services it uses.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from cpo_desktop import clock
from cpo_desktop.errors import UserError

if TYPE_CHECKING:
    from cpo_desktop.store.db import Store

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandError(UserError):
    """A failure to report to the user as one line; nothing was changed."""


@contextlib.contextmanager
def opened(args: argparse.Namespace, *, check_integrity: bool = False) -> Iterator[Store]:
    """The store for one command (in ``--data-dir``, else the usual folder), closed however
    the command ends."""
    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data

    store = open_data(paths.resolve(args.data_dir), check_integrity=check_integrity)
    try:
        yield store
    finally:
        store.close()


def table(rows: list[list[str] | str], headers: list[str]) -> None:
    """Print rows under their headers, each column as wide as its widest cell; a row given as
    one string (a divider, a heading) is printed across the columns as it is."""
    cells = [r for r in rows if not isinstance(r, str)]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    for r in rows:
        print(r if isinstance(r, str) else "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())


def print_json(data: Any) -> None:
    """Print data as the commands' ``--json`` does: indented, accents as they are."""
    print(json.dumps(data, indent=2, ensure_ascii=False))


def date_arg(text: str | None, *, default_today: bool = False) -> dt.date | None:
    """A date given as 31/01/2025 or 2025-01-31; None when not given (or today, with
    ``default_today``); a CommandError naming the text when it is not a date."""
    from cpo_desktop.model.rules import parse_date

    if text is None:
        return clock.today() if default_today else None
    try:
        return parse_date(text)
    except ValueError as exc:
        raise CommandError(f"{exc}.") from None


def iso_or_none(d: dt.date | None) -> str | None:
    """A date for JSON output: 2025-01-31, or null when there is none."""
    return d.isoformat() if d else None
