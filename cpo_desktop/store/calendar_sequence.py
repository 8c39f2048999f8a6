"""A meeting's calendar SEQUENCE, kept by one rule that every write to a meeting passes through.

A calendar (Outlook, Google, Apple) takes an updated event only when its SEQUENCE is higher than
the one it holds. So that no path (the window, the command line, undo, the demo loader) can change
what a meeting's calendar entry says without raising it, a ``before_flush`` hook on every session
raises ``Meeting.calendar_sequence`` when a flush changes any of it: the day or time, the length,
the venue or online link, the kind or theme (the entry's title and description), or a cancellation
or reinstatement. It never lowers it, not even when undo writes an older record back: undoing a
change is one more change for a calendar. Marking a meeting held changes nothing a calendar shows.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy import inspect as sa_inspect
from sqlmodel import Session

from cpo_desktop.model import enums
from cpo_desktop.model.tables import Meeting

__all__ = ["SHOWN"]

# The columns a meeting's calendar entry is made from (status apart: only "cancelled" shows).
SHOWN = ("date", "start_time", "duration_minutes", "venue", "online_link", "kind", "priority_id")


def _before_and_after(state, name: str) -> tuple[object, object]:
    history = state.attrs[name].history
    if not history.has_changes():
        value = history.unchanged[0] if history.unchanged else None
        return value, value
    before = history.deleted[0] if history.deleted else None
    after = history.added[0] if history.added else None
    return before, after


def _shows_a_change(state) -> bool:
    for name in SHOWN:
        before, after = _before_and_after(state, name)
        if before != after:
            return True
    before, after = _before_and_after(state, "status")
    return (before == enums.MeetingStatus.CANCELLED) != (after == enums.MeetingStatus.CANCELLED)


@event.listens_for(Session, "before_flush")
def _raise_sequences(session: Session, flush_context, instances) -> None:
    for meeting in session.dirty:
        if not isinstance(meeting, Meeting):
            continue
        state = sa_inspect(meeting)
        before, after = _before_and_after(state, "calendar_sequence")
        highest = max(before or 0, after or 0)
        if _shows_a_change(state):
            meeting.calendar_sequence = highest + 1
        elif (after or 0) < highest:
            meeting.calendar_sequence = highest
