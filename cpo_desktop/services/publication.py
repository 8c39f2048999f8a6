"""Publishing an agenda on time: where a meeting's agenda stands (due date, first built, the
Chair), whether a pack built today is late, the officer's reason, and what the front sheet says
after "Published:". ``services.packs`` builds with these; the Packs view asks for the reason
through ``LatePack``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cpo_desktop import dates
from cpo_desktop.model.tables import Meeting
from cpo_desktop.packs.build import PackError
from cpo_desktop.services import deadlines, pack_records
from cpo_desktop.store.db import Store

REASON_LIMIT = 600  # characters: a sentence or two on the front sheet


@dataclass(frozen=True)
class Lateness:
    """A pack built after the publication date of a meeting still to come: it goes out only with
    the reason and the Chair's agreement (Local Government Act 1972 s.100B(4)(b))."""

    meeting_date: dt.date
    due: dt.date  # the publication date: five clear working days before the meeting
    chair: str  # who holds the Chair's seat ("" when no one does)
    supplement: bool = False

    @property
    def question(self) -> str:
        when = dates.plain(self.meeting_date)
        what = (f"Papers for the meeting of {when} are late: the agenda was" if self.supplement
                else f"The agenda of {when} is late: it was")
        return (f"{what} due to be published by {dates.long(self.due)}, five clear working days before the "
                "meeting. The board can take "
                f"{'them' if self.supplement else 'it'} only if the Chair agrees, for a reason given on the front "
                f"sheet ({deadlines.LATE_LAW}).")

    def statement(self, reason: str) -> str:
        what = ("These papers were" if self.supplement else "This agenda was")
        chair = f"The Chair, {self.chair}," if self.chair else "The Chair"
        return (f"{what} not available for inspection five clear working days before the meeting (publication was "
                f"due by {dates.plain(self.due)}). Reason: {reason} {chair} has agreed that the board consider "
                f"{'them' if self.supplement else 'it'} at this meeting as a matter of urgency, under "
                f"{deadlines.LATE_LAW}.")


class LatePack(PackError):
    """A late pack asked for without its reason (``Lateness``); nothing was written."""

    def __init__(self, late: Lateness) -> None:
        flag = "pack supplement" if late.supplement else "pack agenda"
        super().__init__(late.question + " Give the reason; giving it records that the Chair has agreed.",
                         cli=f"cpo-desktop {flag} MEETING --late-reason \"…\"",
                         window="Build the pack again and fill in the reason.")
        self.late = late


def clean_reason(text: str | None) -> str:
    """The officer's reason as the front sheet prints it: one paragraph, a full stop at the end."""
    reason = " ".join((text or "").split())
    if not reason:
        return ""
    if len(reason) > REASON_LIMIT:
        raise PackError(f"The reason for lateness is {len(reason)} characters long; keep it to {REASON_LIMIT} (a "
                        "sentence or two on the front sheet).")
    reason = reason[:1].upper() + reason[1:]
    return reason if reason.endswith((".", "!", "?")) else reason + "."


@dataclass(frozen=True)
class Standing:
    """Where a meeting's agenda stands for publishing, read once for a build."""

    meeting_date: dt.date
    due: dt.date  # the publication date
    first: dt.date | None  # the day the first agenda pack of this version was built
    chair: str


def standing(store: Store, meeting_id: int, version: str) -> Standing:
    """Where the agenda of this version (public or restricted) stands for publishing."""
    from cpo_desktop.services import minutes as minutes_svc

    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        _, due = deadlines.deadlines(session, m.date)
        return Standing(meeting_date=m.date, due=due,
                        first=pack_records.first_built(session, m.id, version),
                        chair=minutes_svc.chair_name(session, m.date, public=version == "public"))


def late(p: Standing, today: dt.date, supplement: bool) -> Lateness | None:
    """The lateness of a pack built ``today``; None when it is on time or the meeting has been held."""
    if p.meeting_date < today or today <= p.due:
        return None
    if not supplement and not deadlines.published_late(p.due, p.first, today):
        return None  # an on-time pack issued again
    return Lateness(meeting_date=p.meeting_date, due=p.due, chair=p.chair, supplement=supplement)


def published_line(p: Standing, today: dt.date, lateness: Lateness | None, reason: str) -> tuple[str, str]:
    """What the front sheet says after "Published:", and its statement of lateness."""
    if lateness is not None:
        return f"{dates.plain(today)} – late (see below)", lateness.statement(reason)
    if p.meeting_date < today and (p.first is None or p.first > p.due):
        return f"{dates.plain(today)}, after the meeting", ""
    if p.first is not None and p.first <= p.due < today:
        return f"{dates.plain(p.first)} (this copy issued again on {dates.plain(today)})", ""
    return dates.plain(today), ""
