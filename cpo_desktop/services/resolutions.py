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
    """Put the deferred item on the later meeting's agenda; returns its id there.

    It is the same item: its presenter, papers and whether one is to follow come with it, and
    where the later agenda already has the standing item or work-programme report it repeats
    (the same template item, the same rule or the same title), it takes that item's place
    rather than standing beside it, so the author is asked for one paper, not two."""
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
        to_follow=source.to_follow if source else False,
        report_rule_id=source.report_rule_id if source else None,
        standing_item_id=source.standing_item_id if source else None,
        chair_notes=f"Deferred from the meeting on {dates.short(here.date)} (minute {number}).")
    if new.section in (enums.AgendaSection.OPENING, enums.AgendaSection.CLOSING):
        new.section = "other"
    twin = _standing_twin(session, items, new)
    if twin is not None:
        new.section, new.sub_item = twin.section, twin.sub_item
        new.standing_item_id = new.standing_item_id or twin.standing_item_id
        new.report_rule_id = new.report_rule_id or twin.report_rule_id
        items[items.index(twin)] = new
    else:
        items.insert(agenda_svc.default_index(items, part), new)
    session.add(new)
    session.flush()
    held: set[str] = set()
    if twin is not None:
        for p in _papers(session, twin.id):  # a paper already in for the standing item stays with it
            p.agenda_item_id = new.id
            held.add(p.sha256)
        session.flush()
        session.delete(twin)
    for p in _papers(session, source.id) if source else []:
        if p.sha256 not in held:  # the same report comes back with the item: received, not chased again
            session.add(Paper(**p.model_dump(exclude={"id", "agenda_item_id"}), agenda_item_id=new.id))
            held.add(p.sha256)
    agenda_svc.renumber(items)
    session.flush()
    return new.id


def _papers(session: Session, item_id: int) -> list[Paper]:
    return list(session.exec(select(Paper).where(Paper.agenda_item_id == item_id).order_by(Paper.id)))


def _same_item(a: AgendaItem, b: AgendaItem) -> bool:
    """Whether two items are the same standing item or report: the same template item, the same
    work-programme rule, or the same title (capitals and spacing aside)."""
    return bool((a.standing_item_id and a.standing_item_id == b.standing_item_id)
                or (a.report_rule_id and a.report_rule_id == b.report_rule_id)
                or " ".join(a.title.casefold().split()) == " ".join(b.title.casefold().split()))


def _standing_twin(session: Session, items: list[AgendaItem], new: AgendaItem) -> AgendaItem | None:
    """The standing item or work-programme report on the later agenda that the deferred item
    repeats, if one can give way to it: one the template made (so withdrawing the deferral can
    make it again), not itself deferred there, and not yet minuted or declared on."""
    ids = [i.id for i in items]
    if not ids:
        return None
    taken = set(session.exec(select(Resolution.deferred_item_id).where(Resolution.deferred_item_id.in_(ids))))
    taken |= set(session.exec(select(Minute.agenda_item_id).where(Minute.agenda_item_id.in_(ids))))
    taken |= set(session.exec(select(Declaration.agenda_item_id).where(Declaration.agenda_item_id.in_(ids))))
    return next((i for i in items if i.id not in taken and (i.standing_item_id or i.report_rule_id)
                 and i.part == new.part and _same_item(i, new)), None)


def _undefer(session: Session, res: Resolution) -> None:
    """Take the deferred item off the later agenda again. The papers it brought are copies and go
    with it; the standing item it took the place of comes back, with any paper sent in for it."""
    if not res.deferred_item_id:
        return
    item = session.get(AgendaItem, res.deferred_item_id)
    res.deferred_item_id = None
    session.flush()
    if item is None:
        return
    target = session.get(Meeting, item.meeting_id)
    if session.exec(select(Minute).where(Minute.agenda_item_id == item.id)).first():
        raise MinutesError(f"The deferred item on the agenda of {dates.short(target.date)} already has papers or minutes; "
                           "remove them there first.")
    for d in session.exec(select(Declaration).where(Declaration.agenda_item_id == item.id)):
        raise MinutesError(f"A declaration of interest was made on the deferred item at {dates.short(target.date)}; "
                           f"it stays on that agenda (declaration {d.id}).")
    minute = session.get(Minute, res.minute_id)
    source = session.get(AgendaItem, minute.agenda_item_id) if minute and minute.agenda_item_id else None
    brought = {p.sha256 for p in _papers(session, source.id)} if source else set()
    papers = _papers(session, item.id)
    own = [p for p in papers if p.sha256 not in brought]
    items = numbering.agenda_items(session, target.id)
    index = items.index(item)
    items.remove(item)
    back = None
    if (item.standing_item_id or item.report_rule_id) and not any(_same_item(i, item) for i in items):
        back = next((t for t in agenda_template.template_items(session, target) if _same_item(t, item)), None)
    if own and back is None:
        raise MinutesError(f"The deferred item on the agenda of {dates.short(target.date)} already has papers or minutes; "
                           "remove them there first.")
    if back is not None:
        back.sub_item = item.sub_item
        items.insert(index, back)
        session.add(back)
        session.flush()
        for p in own:
            p.agenda_item_id = back.id
    for p in papers:
        if p.sha256 in brought:
            session.delete(p)
    session.flush()
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
