"""Dates and times as the app writes them, in one place (British forms, as council papers use).

    short(d)      12/08/2026           tables, CSV-like text, messages
    long(d)       Wednesday 12 August 2026   warnings and papers' headings
    full(d)       Wednesday 09 December 2026 the command line's and the grid's headings
    plain(d)      12 August 2026
    brief(d)      12 Aug 2026          partner cards, the exchange register, packs' titles
    day_month(d)  12 Aug               the same within this year
    weekday(d)    Wed 12 Aug 2026      the meetings table
    day_name(d)   Wed 12 Aug 2026      meeting pickers (no leading zero); ``year=False``: Wed 12 Aug
    two_digit(d)  12/08/26             the command line's work-programme columns
    day_short(d)  Wed 09/12/2026       the command line's meeting lists
    table(d)      09 Dec 2026          dates in tables
    month_year(d) August 2026
    iso(d)        2026-08-12           machine-readable fields, file names
    hm(t)         14:00                24-hour clock
    clock12(t)    2.00 pm, 4.45 pm     council papers' times
    stamp(m)      12/08/2026 14:05     when something was done
Each takes None and gives "" for it, so "not set" needs no special case at the call.
"""

from __future__ import annotations

import datetime as dt


def short(d: dt.date | None) -> str:
    return f"{d:%d/%m/%Y}" if d else ""


def long(d: dt.date | None) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}" if d else ""


def full(d: dt.date | None) -> str:
    return f"{d:%A %d %B %Y}" if d else ""


def day_short(d: dt.date | None) -> str:
    return f"{d:%a %d/%m/%Y}" if d else ""


def table(d: dt.date | None) -> str:
    return f"{d:%d %b %Y}" if d else ""


def plain(d: dt.date | None) -> str:
    return f"{d.day} {d:%B %Y}" if d else ""


def brief(d: dt.date | None) -> str:
    return f"{d.day} {d:%b %Y}" if d else ""


def day_month(d: dt.date | None) -> str:
    return f"{d.day} {d:%b}" if d else ""


def day_name(d: dt.date | None, *, year: bool = True) -> str:
    return f"{d:%a} {d.day} {d:%b}" + (f" {d.year}" if year else "") if d else ""


def two_digit(d: dt.date | None) -> str:
    return f"{d:%d/%m/%y}" if d else ""


def weekday(d: dt.date | None) -> str:
    return f"{d:%a %d %b %Y}" if d else ""


def month_year(d: dt.date | None) -> str:
    return f"{d:%B %Y}" if d else ""


def iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def hm(t: dt.time | dt.datetime | None) -> str:
    return f"{t:%H:%M}" if t else ""


def clock12(t: dt.time | None) -> str:
    if t is None:
        return ""
    hour = t.hour % 12 or 12
    return f"{hour}.{t.minute:02d} {'am' if t.hour < 12 else 'pm'}"


def stamp(m: dt.datetime | None) -> str:
    return f"{m:%d/%m/%Y %H:%M}" if m else ""
