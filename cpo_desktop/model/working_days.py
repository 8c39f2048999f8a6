"""Working days and meeting deadlines in England. Pure rules: no database, no Qt, no I/O.

Bank holidays come from the `holidays` library (England and Wales), never a hand-kept
list, so substitute days such as Boxing Day (observed) are right without anyone editing code.

Counting convention used throughout: counting "n working days before a day" starts from the
day before it and never counts the day itself, so the result is always strictly earlier
(for n ≥ 1) and always a working day.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from cpo_desktop import dates

_ONE_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> dict[dt.date, str]:
    """England and Wales bank holidays for one year, built once per year and then reused."""
    import holidays  # imported here so that loading the model package stays cheap

    return dict(holidays.country_holidays("GB", subdiv="ENG", years=year).items())


def bank_holiday(day: dt.date) -> str | None:
    """The bank holiday's name ("Easter Monday", "Boxing Day (observed)"), or None."""
    return _bank_holidays(day.year).get(day)


def is_weekend(day: dt.date) -> bool:
    return day.weekday() >= 5


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a bank holiday."""
    return not is_weekend(day) and bank_holiday(day) is None


def next_working_day(day: dt.date) -> dt.date:
    """The first working day strictly after `day`."""
    day += _ONE_DAY
    while not is_working_day(day):
        day += _ONE_DAY
    return day


def previous_working_day(day: dt.date) -> dt.date:
    """The last working day strictly before `day`."""
    day -= _ONE_DAY
    while not is_working_day(day):
        day -= _ONE_DAY
    return day


def working_days_before(day: dt.date, n: int) -> dt.date:
    """The n-th working day counting back from the day before `day` (n=0 gives `day` itself).

    `day` never counts, whether or not it is a working day: for a meeting on Wed 14 Jan 2026,
    1 working day before is Tue 13 Jan and 10 before is Tue 30 Dec 2025 (1 Jan is skipped).
    """
    if n < 0:
        raise ValueError(f"cannot count back {n} working days")
    for _ in range(n):
        day = previous_working_day(day)
    return day


def working_days_after(day: dt.date, n: int) -> dt.date:
    """The n-th working day counting on from the day after `day` (n=0 gives `day` itself).

    The mirror of `working_days_before`: minutes confirmed on Wed 17 Dec 2025 and due within
    10 working days must go by Mon 5 Jan 2026 (25, 26 Dec and 1 Jan are skipped).
    """
    if n < 0:
        raise ValueError(f"cannot count on {n} working days")
    for _ in range(n):
        day = next_working_day(day)
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """How many working days fall after `start` up to and including `end` (0 if end <= start)."""
    count = 0
    day = start
    while True:
        day = next_working_day(day)
        if day > end:
            return count
        count += 1


def report_deadline(meeting_day: dt.date, working_days: int = 10) -> dt.date:
    """The day reports are due: `working_days` working days before the meeting.

    The number is a board setting, so the caller passes it; 10 is only the usual default.
    """
    return working_days_before(meeting_day, working_days)


def publication_date(meeting_day: dt.date, clear_days: int = 5) -> dt.date:
    """The latest working day the agenda can be published and still give `clear_days` clear days.

    Local Government Act 1972 s.100B requires five clear days' notice; councils read that as
    working days, with neither the day of publication nor the day of the meeting counting.
    So the clear days are the `clear_days` working days just before the meeting, and the agenda
    must go out on the working day before those: meeting Thu 15 Jan 2026 → clear days
    8, 9, 12, 13, 14 Jan → publish by Wed 7 Jan 2026.
    """
    return working_days_before(meeting_day, clear_days + 1)


def clash_warnings(day: dt.date) -> list[str]:
    """Plain-English reasons why `day` is a poor day for a meeting; empty if none.

    Only calendar problems are checked here; two meetings on one day is checked elsewhere.
    """
    warnings = []
    holiday = bank_holiday(day)
    if holiday is not None:
        warnings.append(f"{dates.long(day)} is a bank holiday ({holiday})")
    if is_weekend(day):
        warnings.append(f"{dates.long(day)} is at the weekend")
    return warnings
