"""What can be undone, as snapshot pairs: for each kind of record, how to capture it before and
after a change and how to put a captured state back (the GUI's Edit › Undo, ``ui.changes``).

A snapshot captures a whole record (a person with their seats and training, a meeting's whole
agenda, its attendance sheet, …), so undo and redo put it back exactly, ids and all, and later
changes still apply. ``touches`` names the kinds of data the record is part of, so the window
re-reads only the views that show them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # for annotations only: the window imports this module before SQLAlchemy is wanted
    from cpo_desktop.store.db import Store

# The kinds of data a change can touch (views say which they show).
PEOPLE = "people"
SEATS = "seats"
OFFICERS = "officers"
MEETINGS = "meetings"
AGENDA = "agenda"
PROGRAMME = "programme"
ATTENDANCE = "attendance"
MINUTES = "minutes"
ACTIONS = "actions"
EXCHANGE = "exchange"
LIBRARY = "library"
PACKS = "packs"
SETTINGS = "settings"
BOARD = "board"  # the board's own details: its terms of reference
TRAINING = "training"
PERFORMANCE = "performance"  # the indicators and their figures


@dataclass(frozen=True)
class Snapshot:
    """``capture(store, key) -> state``, ``restore(store, state)``; ``absent(key)`` is the state
    of a record that does not exist yet (the "before" of an addition)."""

    capture: Callable[[Store, Any], Any]
    restore: Callable[[Store, Any], None]
    absent: Callable[[Any], Any]
    touches: frozenset[str]


def person() -> Snapshot:
    """A person's whole record: details, seats held, training."""
    from cpo_desktop.services import register

    return Snapshot(register.capture, register.restore,
                    lambda pid: register.PersonState(pid, None, (), ()),
                    frozenset({PEOPLE, SEATS, ATTENDANCE}))


def officer() -> Snapshot:
    """One reporting officer's row."""
    from cpo_desktop.services import officers

    return Snapshot(officers.capture, officers.restore, lambda oid: officers.OfficerState(oid, None),
                    frozenset({OFFICERS, AGENDA}))


def seat() -> Snapshot:
    """One seat's row and its memberships (retiring a seat ends them)."""
    from cpo_desktop.services import seats

    return Snapshot(seats.capture, seats.restore, lambda sid: seats.SeatState(sid, None),
                    frozenset({PEOPLE, SEATS, ATTENDANCE, AGENDA, PROGRAMME}))


def terms() -> Snapshot:
    """Every version of the board's terms of reference (and the board row's copies of them); the
    key is the board's id."""
    from cpo_desktop.services import terms

    return Snapshot(terms.capture, terms.restore, lambda bid: terms.TermsState(bid, (), {}),
                    frozenset({BOARD, PACKS}))


def training_session() -> Snapshot:
    """A training session and every invitee's record of it (their register records change too)."""
    from cpo_desktop.services import training

    return Snapshot(training.capture, training.restore, lambda sid: training.SessionState(sid, None),
                    frozenset({TRAINING, PEOPLE}))


def working_group() -> Snapshot:
    """A priority with its working group's members, commitments and their RAG updates."""
    from cpo_desktop.services import working_groups

    return Snapshot(working_groups.capture, working_groups.restore,
                    lambda pid: working_groups.GroupState(pid, None),
                    frozenset({PROGRAMME, MEETINGS, AGENDA}))


def indicator() -> Snapshot:
    """One performance indicator's row; the key is its id."""
    from cpo_desktop.services import performance

    return Snapshot(performance.capture_indicator, performance.restore_indicator,
                    lambda iid: performance.IndicatorState(iid, None), frozenset({PERFORMANCE}))


def figure() -> Snapshot:
    """One indicator's figure for one period with its history; the key is (indicator id, period)."""
    from cpo_desktop.services import performance

    return Snapshot(performance.capture_figure, performance.restore_figure,
                    lambda key: performance.FigureState(key, None), frozenset({PERFORMANCE}))


def figures() -> Snapshot:
    """Many figures at once (an import's), each with its history; the key is a tuple of
    (indicator id, period) pairs."""
    from cpo_desktop.services import performance

    return Snapshot(performance.capture_figures, performance.restore_figures,
                    lambda keys: tuple(performance.FigureState(k, None) for k in keys), frozenset({PERFORMANCE}))


def suppression_threshold() -> Snapshot:
    """The board's small-number suppression threshold (a setting); the key is unused."""
    from cpo_desktop.services import suppression

    return Snapshot(lambda store, _key: suppression.threshold(store),
                    lambda store, n: suppression.set_threshold(store, n) and None,
                    lambda _key: suppression.DEFAULT_THRESHOLD, frozenset({PERFORMANCE, SETTINGS}))


def agenda() -> Snapshot:
    """A meeting's whole agenda: its items, their order and papers."""
    from cpo_desktop.services import agenda

    return Snapshot(agenda.capture, agenda.restore, lambda mid: agenda.AgendaState(mid, (), ()),
                    frozenset({AGENDA, PROGRAMME, PACKS}))


def attendance() -> Snapshot:
    """A meeting's whole attendance sheet."""
    from cpo_desktop.services import attendance

    return Snapshot(attendance.capture, attendance.restore, lambda mid: attendance.AttendanceState(mid, ()),
                    frozenset({ATTENDANCE, MINUTES}))


def action() -> Snapshot:
    """One action with its updates; the key is its number or reference."""
    from cpo_desktop.services import actions

    def capture(store: Store, ref: Any) -> Any:
        return ref, actions.capture(store, ref)

    def restore(store: Store, state: Any) -> None:
        ref, saved = state
        actions.restore(store, saved, ref)

    return Snapshot(capture, restore, lambda ref: (ref, actions.ActionState(None, ())),
                    frozenset({ACTIONS, MINUTES}))


def library_text() -> Snapshot:
    """One Library text (its wording and title); the key is the text's key."""
    from cpo_desktop.services import library

    return Snapshot(library.get_text, library.restore_entry, lambda key: None, frozenset({LIBRARY, PACKS}))


def minutes_sent(today: dt.date) -> Snapshot:
    """Whether (and when) our minutes of a meeting were sent to a partner; the key is
    (meeting id, partner id)."""
    from cpo_desktop.services import exchange

    def capture(store: Store, key: Any) -> Any:
        return key, exchange.outgoing(store, key[0], key[1], today=today).sent_on

    def restore(store: Store, state: Any) -> None:
        (mid, pid), sent_on = state
        current = exchange.outgoing(store, mid, pid, today=today).sent_on
        if current == sent_on:
            return
        if current is not None:
            exchange.unmark_sent(store, mid, pid)
        if sent_on is not None:
            exchange.mark_sent(store, mid, pid, on=sent_on, today=max(today, sent_on))

    return Snapshot(capture, restore, lambda key: (key, None), frozenset({EXCHANGE}))
