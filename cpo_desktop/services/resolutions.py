"""Resolutions: what the board resolved under each minute, in the standard wording or its own.
A resolution deferring an item puts it on the later meeting's agenda (and changing or removing
the resolution takes it off again, while nothing there depends on it). On confirmed minutes
every change is an amendment (``services.minutes.guard``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from cpo_desktop import dates
from cpo_desktop.errors import UserError, window_text
from cpo_desktop.model import enums, minutes_rules
from cpo_desktop.model.enums import ResolutionKind
from cpo_desktop.model.tables import (
    AgendaItem,
    Declaration,
    Meeting,
    Minute,
    Paper,
    Resolution,
)
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import agenda_template, minutes, numbering
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services.minutes import Amendment, MinutesError
from cpo_desktop.store.db import Store


@dataclass
class ResolutionInput:
    kind: str  # a ResolutionKind value
    text: str | None = None  # own wording; the standard wording when empty
    deferred_to: str | int | None = None  # a meeting id or date, for "deferred"


def _resolution_values(store: Store, session: Session, minute: Minute, data: ResolutionInput) -> tuple[str, str, Meeting | None]:
    try:
        kind = ResolutionKind(data.kind)
    except ValueError:
        raise MinutesError(f"“{data.kind}” is not a kind of resolution; use one of "
                           f"{', '.join(k.value for k in ResolutionKind)}.") from None
    target = None
    if kind is ResolutionKind.DEFERRED:
        if data.deferred_to in (None, ""):
            raise MinutesError("Say which later meeting the item is deferred to.")
        try:
            target_id = meetings_svc.find_meeting(store, data.deferred_to)
        except UserError as exc:
            raise MinutesError(f"The item cannot be deferred: {window_text(exc)}",
                               cli_form=f"The item cannot be deferred: {exc}") from None
        target = session.get(Meeting, target_id)
        here = session.get(Meeting, minute.meeting_id)
        if (target.date, target.start_time) <= (here.date, here.start_time):
            raise MinutesError(f"An item can only be deferred to a later meeting; {dates.short(target.date)} is not after "
                               f"{dates.short(here.date)}.")
        if target.status == enums.MeetingStatus.CANCELLED:
            raise MinutesError(f"The meeting on {dates.short(target.date)} was cancelled; defer the item to another.")
    what = "report" if minute.agenda_item_id and session.exec(
        select(AgendaItem.paper_expected).where(AgendaItem.id == minute.agenda_item_id)).first() else "item"
    if data.text and data.text.strip():
        try:
            text = minutes_rules.tidy_resolution(data.text)
        except ValueError as exc:
            raise MinutesError(str(exc) + ".") from None
    elif kind is ResolutionKind.OTHER:
        raise MinutesError("A resolution in the board's own words needs its text.")
    else:
        text = minutes_rules.standard_wording(kind, what=what, deferred_to=dates.long(target.date) if target else None)
    return kind, text, target


def _defer(session: Session, minute: Minute, target: Meeting, number: str) -> int:
    """Put the deferred item on the later meeting's agenda; returns the new item's id."""
    source = session.get(AgendaItem, minute.agenda_item_id) if minute.agenda_item_id else None
    here = session.get(Meeting, minute.meeting_id)
    agenda_template.ensure_agenda(session, target)
    items = numbering.agenda_items(session, target.id)
    part = source.part if source else minute.part
    new = AgendaItem(
        meeting_id=target.id, position=0, title=minute.title, section=source.section if source else "other",
        purpose=source.purpose if source else "discussion", duration_minutes=source.duration_minutes if source else 10,
        presenter_person_id=source.presenter_person_id if source else minute.presenter_person_id,
        presenter_seat_id=source.presenter_seat_id if source else None,
        presenter_role=source.presenter_role if source else minute.presenter, part=part,
        exempt_paragraph=source.exempt_paragraph if source else minute.exempt_paragraph,
        public_interest=source.public_interest if source else None,
        public_title=source.public_title if source else None,
        paper_expected=source.paper_expected if source else False,
        report_rule_id=source.report_rule_id if source else None,
        chair_notes=f"Deferred from the meeting on {dates.short(here.date)} (minute {number}).")
    if new.section in (enums.AgendaSection.OPENING, enums.AgendaSection.CLOSING):
        new.section = "other"
    items.insert(agenda_svc.default_index(items, part), new)
    agenda_svc.renumber(items)
    session.add(new)
    session.flush()
    return new.id


def _undefer(session: Session, res: Resolution) -> None:
    if not res.deferred_item_id:
        return
    item = session.get(AgendaItem, res.deferred_item_id)
    res.deferred_item_id = None
    session.flush()
    if item is None:
        return
    target = session.get(Meeting, item.meeting_id)
    if session.exec(select(Paper).where(Paper.agenda_item_id == item.id)).first() or \
            session.exec(select(Minute).where(Minute.agenda_item_id == item.id)).first():
        raise MinutesError(f"The deferred item on the agenda of {dates.short(target.date)} already has papers or minutes; "
                           "remove them there first.")
    for d in session.exec(select(Declaration).where(Declaration.agenda_item_id == item.id)):
        raise MinutesError(f"A declaration of interest was made on the deferred item at {dates.short(target.date)}; "
                           f"it stays on that agenda (declaration {d.id}).")
    items = [i for i in numbering.agenda_items(session, target.id) if i.id != item.id]
    session.delete(item)
    session.flush()
    agenda_svc.renumber(items)


def add_resolution(store: Store, minute_id: int, data: ResolutionInput, *,
                   amendment: Amendment | None = None) -> int:
    with store.session() as session:
        minute = minutes.get_minute(session, minute_id)
        kind, text, target = _resolution_values(store, session, minute, data)
        label = minutes.minute_label(session, minute)
        minutes.guard(session, minute.meeting_id, amendment, f"{label} resolution added", "", text, minute.id)
        last = session.exec(select(Resolution.position).where(Resolution.minute_id == minute_id)
                            .order_by(Resolution.position.desc())).first() or 0
        res = Resolution(minute_id=minute_id, position=last + 1, kind=kind, text=text,
                         deferred_to_meeting_id=target.id if target else None)
        if target is not None:
            res.deferred_item_id = _defer(session, minute, target, label.removeprefix("Minute "))
        session.add(res)
        session.flush()
        return res.id


def update_resolution(store: Store, resolution_id: int, data: ResolutionInput, *,
                      amendment: Amendment | None = None) -> None:
    with store.session() as session:
        res = session.get(Resolution, resolution_id)
        if res is None:
            raise MinutesError(f"There is no resolution with id {resolution_id}.")
        minute = minutes.get_minute(session, res.minute_id)
        kind, text, target = _resolution_values(store, session, minute, data)
        if (kind, text, target.id if target else None) == (res.kind, res.text, res.deferred_to_meeting_id):
            return  # as it stands: nothing to write, and nothing to amend on confirmed minutes
        label = minutes.minute_label(session, minute)
        minutes.guard(session, minute.meeting_id, amendment, f"{label} resolution", res.text, text, minute.id)
        if (target.id if target else None) != res.deferred_to_meeting_id:
            _undefer(session, res)
            res.deferred_to_meeting_id = target.id if target else None
            if target is not None:
                res.deferred_item_id = _defer(session, minute, target, label.removeprefix("Minute "))
        res.kind, res.text = kind, text


def remove_resolution(store: Store, resolution_id: int, *, amendment: Amendment | None = None) -> None:
    with store.session() as session:
        res = session.get(Resolution, resolution_id)
        if res is None:
            raise MinutesError(f"There is no resolution with id {resolution_id}.")
        minute = minutes.get_minute(session, res.minute_id)
        label = minutes.minute_label(session, minute)
        minutes.guard(session, minute.meeting_id, amendment, f"{label} resolution removed", res.text, "", minute.id)
        _undefer(session, res)
        session.delete(res)
