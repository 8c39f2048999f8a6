"""An agenda's dates and where its papers stand: the report deadline (the board's number of
working days before the meeting), the publication date (Local Government Act 1972 s.100B:
five clear working days), and each item's paper state against them.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from cpo_desktop import dates
from cpo_desktop.model import working_days
from cpo_desktop.model.tables import Indicator, IndicatorFigure
from cpo_desktop.services import settings

DEADLINE_KEY = "agenda.report_deadline_days"
CLEAR_DAYS = 5  # Local Government Act 1972 s.100B: five clear working days

# An item's paper state. "late": the deadline has passed and nothing has come. "made by the app":
# the performance report item, whose paper the pack makes from the figures (nobody to chase).
NO_PAPER, AWAITED, TO_FOLLOW, LATE, RECEIVED, RECEIVED_LATE, NOT_RECEIVED, MADE = (
    "", "awaited", "to follow", "late", "received", "received late", "not received", "made by the app")


def deadline_days(session: Session) -> int:
    """Working days before a meeting that reports are due."""
    return int(settings.get_in(session, DEADLINE_KEY, 10))


def deadlines(session: Session, day: dt.date) -> tuple[dt.date, dt.date]:
    """(report deadline, publication date) for a meeting on ``day``."""
    return (working_days.report_deadline(day, deadline_days(session)),
            working_days.publication_date(day, CLEAR_DAYS))


def local_day(moment: dt.datetime) -> dt.date:
    """The day (in this machine's time zone) a paper arrived; stored times are UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()


def paper_state(expected: bool, papers, to_follow: bool, deadline: dt.date, meeting_day: dt.date,
                today: dt.date, made: bool = False) -> str:
    """Where an item's paper stands on ``today`` (one of the states above); ``papers`` are its
    papers received, each with ``late``; ``made``: the pack makes the item's paper itself."""
    if papers:
        return RECEIVED_LATE if any(p.late for p in papers) else RECEIVED
    if made:
        return MADE
    if not expected and not to_follow:
        return NO_PAPER
    if meeting_day < today:
        return NOT_RECEIVED
    if today > deadline:
        return LATE
    return TO_FOLLOW if to_follow else AWAITED


# --- publishing the agenda on time ----------------------------------------------------------------

NEAR_WORKING_DAYS = 3  # from this many working days before the publication date, the officer is told
LATE_LAW = "section 100B(4)(b) of the Local Government Act 1972"


def published_late(due: dt.date, published_on: dt.date | None, today: dt.date) -> bool:
    """Is a pack built ``today`` late? Yes once the publication date has passed, unless one was
    already published on time (a later build is that pack issued again)."""
    return today > due and not (published_on is not None and published_on <= due)


def publication_warning(meeting_day: dt.date, due: dt.date, today: dt.date, published_on: dt.date | None,
                        *, cancelled: bool = False) -> str:
    """What to tell the officer about publishing the agenda of a meeting on ``meeting_day``
    (due by ``due``; first published on ``published_on``), or "" when nothing: the date near,
    today, or past; or that it went out late."""
    if cancelled or meeting_day < today:
        return ""
    if published_on is not None:
        if published_on <= due:
            return ""
        return (f"The agenda was published late, on {dates.plain(published_on)}; it was due by {dates.plain(due)}, "
                "five clear working days before the meeting.")
    if today > due:
        return (f"The agenda is late: it should have been published by {dates.long(due)}, five clear working days "
                "before the meeting. A pack built now needs the reason it is late and the Chair's agreement to take "
                f"it ({LATE_LAW}).")
    if today == due:
        return (f"Publish the agenda today: {dates.long(due)} is the last day that gives five clear working days' "
                "notice of the meeting.")
    left = working_days.working_days_between(today, due)
    if left <= NEAR_WORKING_DAYS:
        return (f"Publish the agenda by {dates.long(due)} (five clear working days before the meeting): "
                f"{left} working day{'s' if left != 1 else ''} left.")
    return ""


def has_figures(session: Session, day: dt.date) -> bool:
    """Is there a current indicator's figure for a period ending on or before ``day``? Then the pack
    makes the performance report item's paper itself. (One indexed read: the agenda and the Packs
    view's preflight ask it on every visit.)"""
    return session.exec(select(IndicatorFigure.id).join(Indicator, Indicator.id == IndicatorFigure.indicator_id)
                        .where(Indicator.former == False, IndicatorFigure.period_end <= day)  # noqa: E712
                        .limit(1)).first() is not None
