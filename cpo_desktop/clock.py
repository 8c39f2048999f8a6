"""The one clock: what day it is for the app.

Everything that needs "today" asks ``clock.today()`` (a ``today=`` parameter still wins, so a
service can be asked about another day). ``CPO_TODAY=YYYY-MM-DD`` in the environment, or the
hidden ``--today YYYY-MM-DD`` option of ``cpo-desktop`` (``override``), fixes the day, so tests,
demos and screenshots come out the same whatever the date.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "CPO_TODAY"
_fixed: dt.date | None = None


def parse(text: str) -> dt.date:
    """A day written YYYY-MM-DD; ValueError saying so otherwise."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date written YYYY-MM-DD") from None


def today() -> dt.date:
    """The fixed day (``override``, then ``CPO_TODAY``), else the computer's date."""
    if _fixed is not None:
        return _fixed
    text = os.environ.get(ENV)
    if text:
        return parse(text)
    return dt.date.today()


def now() -> dt.datetime:
    """Now, on the fixed day when one is set (the time of day is the computer's)."""
    moment = dt.datetime.now()
    day = today()
    return moment if day == moment.date() else dt.datetime.combine(day, moment.time())


def or_today(day: dt.date | None) -> dt.date:
    """``day`` if given, else ``today()``: the form every ``today=None`` parameter takes."""
    return day if day is not None else today()


@contextmanager
def override(day: dt.date | None) -> Iterator[None]:
    """Fix the day within a block (the CLI's ``--today``); None leaves the clock as it is."""
    global _fixed
    before = _fixed
    if day is not None:
        _fixed = day
    try:
        yield
    finally:
        _fixed = before
