"""When minutes are owed to and from partner boards. Pure rules: no database, no Qt, no I/O.

Our confirmed minutes go to each partner within a number of working days of their
confirmation (10 by default, a board setting); a partner is chased when nothing has come from
it for a number of months (4 by default). Working days skip weekends and England's bank
holidays (``working_days``).
"""

from __future__ import annotations

import calendar
import datetime as dt

from cpo_desktop.model import working_days

# The statuses of the exchange register, in the user's words.
AWAITING = "awaiting confirmation"  # our meeting is held; its minutes are not yet confirmed
READY = "ready to send"  # confirmed, not yet sent
SENT = "sent"
RECEIVED = "received"  # a partner's minutes, waiting to be noted at our next meeting
NOTED = "noted"  # noted at a meeting whose minutes are confirmed
NOTHING = "nothing received"  # a partner that has sent nothing yet

STATUSES = (AWAITING, READY, SENT, RECEIVED, NOTED, NOTHING)
OUT, IN = "out", "in"


def send_by(confirmed_on: dt.date, within_working_days: int) -> dt.date:
    """The last day our minutes confirmed on ``confirmed_on`` can go out on time."""
    return working_days.working_days_after(confirmed_on, within_working_days)


def outgoing_status(confirmed_on: dt.date | None, sent_on: dt.date | None) -> str:
    if sent_on is not None:
        return SENT
    return READY if confirmed_on is not None else AWAITING


def send_overdue(confirmed_on: dt.date | None, sent_on: dt.date | None, today: dt.date,
                 within_working_days: int) -> bool:
    """Confirmed, not sent, and the send-by day has passed."""
    return confirmed_on is not None and sent_on is None and today > send_by(confirmed_on, within_working_days)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the month's last day when it is shorter (31 Oct + 4 → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def receive_by(last: dt.date, within_months: int) -> dt.date:
    """The day after which a partner that last sent minutes on ``last`` is overdue."""
    return add_months(last, within_months)


def receive_overdue(last: dt.date | None, today: dt.date, within_months: int) -> bool:
    """Nothing received for ``within_months`` months (a partner never heard from is overdue)."""
    return last is None or today > receive_by(last, within_months)
