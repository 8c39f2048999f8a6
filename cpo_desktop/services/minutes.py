"""Minutes: started from the agenda, written item by item with resolutions in the standard
wording, confirmed as a correct record at the next meeting (amendments recorded there),
then signed. Confirmed minutes are locked: any later change is an amendment that says who,
when and why. Declarations of interest are kept here too, against the agenda's items.

Minute numbers are worked out from the order while the minutes are a draft (per meeting, as
the agenda's; or continuously through the municipal year, "35/26") and frozen when they are
confirmed, so a later change to an earlier meeting can never renumber a confirmed record.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlmodel import Session, select

from cpo_desktop.errors import UserError
from cpo_desktop.model import agenda_rules, enums, minutes_rules
from cpo_desktop.model.enums import MinutesStatus, ResolutionKind
from cpo_desktop.model.rules import municipal_year_start, person_name
from cpo_desktop.model.tables import (
    ActionItem,
    AgendaItem,
    Attendance,
    Declaration,
    Meeting,
    Minute,
    Minutes,
    MinutesAmendment,
    Paper,
    Person,
    Resolution,
    Seat,
)
from cpo_desktop.model.working_days import long_date
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import exchange as exchange_svc
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import settings
from cpo_desktop.store.db import Store

NUMBERING_KEY = "minutes.numbering"
NUMBERING = ("per_meeting", "continuous")
MATTERS_ARISING = agenda_svc.MATTERS_ARISING
LAST_MINUTES = re.compile(r"minutes of the (last|previous) meeting", re.IGNORECASE)
DECLARATIONS = re.compile(r"declarations? of interest", re.IGNORECASE)


class MinutesError(UserError, ValueError):
    """A change to minutes refused, with the reason. Nothing was saved."""


class MinutesLocked(MinutesError):
    """Confirmed minutes change only as an amendment (who and why)."""


class MinuteChanged(MinutesError):
    """The minute's discussion was saved elsewhere (another window, a command) after the editor
    loaded it; ``revision`` is where it stands now."""

    def __init__(self, message: str, revision: int) -> None:
        super().__init__(message)
        self.revision = revision


@dataclass(frozen=True)
class Amendment:
    """Why confirmed minutes are being changed, and by whom."""
    reason: str
    by: str = ""


def current_user(session: Session | None = None) -> str:
    """Who is making a change, as the record names them: the contact officer (Agenda › Contact
    Officer…), else "Corporate Parenting Officer". Never the computer's login name, which would
    otherwise be printed in the public minutes' amendments."""
    name = settings.contact(session).name if session is not None else ""
    return name or settings.CONTACT_ROLE


# --- settings ------------------------------------------------------------------------------------

def numbering(session: Session) -> str:
    value = settings.get_in(session, NUMBERING_KEY, "per_meeting")
    return value if value in NUMBERING else "per_meeting"


def set_numbering(store: Store, value: str) -> None:
    if value not in NUMBERING:
        raise MinutesError(f"Minute numbering is “per_meeting” or “continuous”, not “{value}”.")
    with store.session() as session:
        settings.set_in(session, NUMBERING_KEY, value)


# --- finding things -------------------------------------------------------------------------------

def record_of(session: Session, meeting_id: int) -> Minutes | None:
    return session.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()


def minute_rows(session: Session, meeting_id: int) -> list[Minute]:
    return list(session.exec(select(Minute).where(Minute.meeting_id == meeting_id).order_by(Minute.position, Minute.id)))


def _minute(session: Session, minute_id: int) -> Minute:
    minute = session.get(Minute, minute_id)
    if minute is None:
        raise MinutesError(f"There is no minute with id {minute_id}.")
    return minute


def previous_meeting(session: Session, m: Meeting) -> Meeting | None:
    """The meeting of the same kind before ``m`` (not cancelled): whose minutes ``m`` confirms."""
    return session.exec(select(Meeting).where(
        Meeting.board_id == m.board_id, Meeting.kind == m.kind, Meeting.status != enums.MeetingStatus.CANCELLED,
        (Meeting.date < m.date) | ((Meeting.date == m.date) & (Meeting.start_time < m.start_time)))
        .order_by(Meeting.date.desc(), Meeting.start_time.desc())).first()


def next_meeting(session: Session, m: Meeting) -> Meeting | None:
    """The meeting of the same kind after ``m`` (not cancelled): where ``m``'s minutes are confirmed."""
    return session.exec(select(Meeting).where(
        Meeting.board_id == m.board_id, Meeting.kind == m.kind, Meeting.status != enums.MeetingStatus.CANCELLED,
        (Meeting.date > m.date) | ((Meeting.date == m.date) & (Meeting.start_time > m.start_time)))
        .order_by(Meeting.date, Meeting.start_time)).first()


# --- numbers --------------------------------------------------------------------------------------

def _top_level(numbers: list[str]) -> int:
    return sum(1 for n in numbers if n.split("/")[0].isdigit())


def _first_number(session: Session, m: Meeting) -> tuple[int, str | None]:
    """(first number, year suffix) for ``m``'s minutes under the board's numbering."""
    if numbering(session) != "continuous" or m.kind != enums.MeetingKind.BOARD:
        continuous_agenda = bool(settings.get_in(session, agenda_svc.CONTINUOUS_KEY, False))
        return (agenda_svc.first_number(session, m) if continuous_agenda else 1), None
    from cpo_desktop.services import work_programme

    year = municipal_year_start(m.date)
    used = 0
    for earlier in work_programme.year_meetings(session, year):
        if (earlier.date, earlier.start_time, earlier.id) >= (m.date, m.start_time, m.id):
            break
        rows = minute_rows(session, earlier.id)
        # Numbers frozen under continuous numbering say where the year had got to.
        frozen = [int(re.match(r"\d+", r.number).group()) for r in rows if r.number and "/" in r.number
                  and re.match(r"\d+", r.number)]
        if frozen:
            used = max(used, max(frozen))
        elif rows:
            used += _top_level(minutes_rules.minute_numbers([r.sub_item for r in rows]))
        else:
            used += _top_level(minutes_rules.minute_numbers(
                [i.sub_item for i in agenda_svc._items(session, earlier.id)]))
    return used + 1, minutes_rules.year_suffix(year)


def numbers(session: Session, m: Meeting, rows: list[Minute]) -> list[str]:
    if rows and all(r.number for r in rows):
        return [r.number for r in rows]
    first, suffix = _first_number(session, m)
    return minutes_rules.minute_numbers([r.sub_item for r in rows], first=first, year_suffix=suffix)


# --- reading --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ResolutionRow:
    id: int
    kind: str
    text: str
    deferred_to_meeting_id: int | None
    deferred_to: dt.date | None


@dataclass(frozen=True)
class MinuteRow:
    id: int
    number: str
    title: str
    sub_item: bool
    presenter: str
    presenter_person_id: int | None
    part: int
    exempt_paragraph: int | None
    discussion: str
    agenda_item_id: int | None
    resolutions: tuple[ResolutionRow, ...]
    matters_arising: bool  # the item where the action log is reviewed
    # What public minutes and partners see as its title: the title in Part 1; in Part 2 its agenda
    # item's public title, else "Exempt item (paragraph N)" (model.agenda_rules.public_title).
    public_title: str = ""
    revision: int = 0  # saves of its discussion so far: a save from an older one is refused


@dataclass(frozen=True)
class DeclarationRow:
    id: int
    agenda_item_id: int
    item: str  # the minute (or agenda) number
    item_title: str
    person_id: int
    member: str
    kind: str
    nature: str
    action: str

    @property
    def kind_label(self) -> str:
        return enums.InterestKind(self.kind).label

    @property
    def action_label(self) -> str:
        return enums.DeclarationAction(self.action).label


@dataclass(frozen=True)
class AmendmentRow:
    id: int
    what: str
    made_at: dt.datetime
    made_by: str
    reason: str
    at_meeting: dt.date | None  # agreed when the minutes were confirmed there
    old_text: str
    new_text: str


@dataclass(frozen=True)
class MinutesView:
    meeting: meetings_svc.MeetingRow
    started: bool
    status: str  # "" when not started
    confirmed_at: dt.date | None
    confirmed_on: dt.date | None
    signed_by: str
    signed_on: dt.date | None
    minutes: tuple[MinuteRow, ...]
    declarations: tuple[DeclarationRow, ...]
    amendments: tuple[AmendmentRow, ...]
    next_meeting: dt.date | None  # where these minutes are to be confirmed
    next_meeting_id: int | None

    @property
    def locked(self) -> bool:
        return self.status in (MinutesStatus.CONFIRMED, MinutesStatus.SIGNED)

    @property
    def status_text(self) -> str:
        if not self.started:
            return "Not started"
        if self.status == MinutesStatus.DRAFT:
            return "Draft" + (f" – to be confirmed on {self.next_meeting:%d/%m/%Y}" if self.next_meeting else "")
        text = f"Confirmed on {self.confirmed_on:%d/%m/%Y}" if self.confirmed_on else "Confirmed"
        if self.status == MinutesStatus.SIGNED:
            text += f"; signed by {self.signed_by}" + (f" on {self.signed_on:%d/%m/%Y}" if self.signed_on else "")
        return text


def _presenter_text(session: Session, minute: Minute, *, public: bool) -> str:
    person = session.get(Person, minute.presenter_person_id) if minute.presenter_person_id else None
    role = minute.presenter or ""
    if person is None:
        return role
    name = person_name(person, public=public)
    return f"{role} ({name})" if role else name


def load(store: Store, meeting: str | int) -> MinutesView:
    meeting_id = meetings_svc.find_meeting(store, meeting)
    row = meetings_svc.meeting_row(store, meeting_id)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        record = record_of(session, meeting_id)
        rows = minute_rows(session, meeting_id)
        nums = numbers(session, m, rows)
        by_item = {r.agenda_item_id: n for r, n in zip(rows, nums, strict=True) if r.agenda_item_id}
        written = dict(session.exec(select(AgendaItem.id, AgendaItem.public_title).where(
            AgendaItem.id.in_(list(by_item)))).all()) if by_item else {}
        out = []
        for r, number in zip(rows, nums, strict=True):
            res = []
            for x in session.exec(select(Resolution).where(Resolution.minute_id == r.id).order_by(Resolution.position)):
                target = session.get(Meeting, x.deferred_to_meeting_id) if x.deferred_to_meeting_id else None
                res.append(ResolutionRow(x.id, x.kind, x.text, x.deferred_to_meeting_id, target.date if target else None))
            out.append(MinuteRow(
                id=r.id, number=number, title=r.title, sub_item=r.sub_item,
                presenter=_presenter_text(session, r, public=False), presenter_person_id=r.presenter_person_id,
                part=r.part, exempt_paragraph=r.exempt_paragraph, discussion=r.discussion,
                agenda_item_id=r.agenda_item_id, resolutions=tuple(res),
                matters_arising=bool(MATTERS_ARISING.search(r.title)),
                revision=r.revision,
                public_title=agenda_rules.public_title(r.title, r.part, r.exempt_paragraph,
                                                       written.get(r.agenda_item_id))))
        decls = _declarations(session, m, by_item, public=False)
        amendments = []
        for a in session.exec(select(MinutesAmendment).where(MinutesAmendment.meeting_id == meeting_id)
                              .order_by(MinutesAmendment.made_at, MinutesAmendment.id)):
            at = session.get(Meeting, a.at_meeting_id) if a.at_meeting_id else None
            amendments.append(AmendmentRow(a.id, a.what, a.made_at, a.made_by, a.reason, at.date if at else None,
                                           a.old_text, a.new_text))
        nxt = next_meeting(session, m)
        confirmed_at = session.get(Meeting, record.confirmed_at_meeting_id) if record and record.confirmed_at_meeting_id else None
        return MinutesView(
            meeting=row, started=record is not None, status=record.status if record else "",
            confirmed_at=confirmed_at.date if confirmed_at else None,
            confirmed_on=record.confirmed_on if record else None,
            signed_by=(record.signed_by or "") if record else "", signed_on=record.signed_on if record else None,
            minutes=tuple(out), declarations=tuple(decls), amendments=tuple(amendments),
            next_meeting=nxt.date if nxt else None, next_meeting_id=nxt.id if nxt else None)


def _declarations(session: Session, m: Meeting, by_item: dict[int, str], *, public: bool) -> list[DeclarationRow]:
    items = {i.id: i for i in agenda_svc._items(session, m.id)}
    agenda_numbers = dict(zip([i.id for i in items.values()],
                              agenda_svc._numbers(session, m, list(items.values())), strict=True))
    out = []
    for d in session.exec(select(Declaration).where(Declaration.meeting_id == m.id).order_by(Declaration.id)):
        item = items.get(d.agenda_item_id)
        person = session.get(Person, d.person_id)
        out.append(DeclarationRow(
            id=d.id, agenda_item_id=d.agenda_item_id,
            item=by_item.get(d.agenda_item_id) or agenda_numbers.get(d.agenda_item_id, ""),
            item_title=item.title if item else "", person_id=d.person_id, member=person_name(person, public=public),
            kind=d.kind, nature=d.nature, action=d.action))
    # In the order of the items they were made against.
    order = {iid: n for n, iid in enumerate(items)}
    out.sort(key=lambda d: (order.get(d.agenda_item_id, 10**6), d.id))
    return out


# --- starting from the agenda ---------------------------------------------------------------------

def _confirmation_wording(prev: Meeting, amended: bool) -> str:
    tail = ", subject to the amendments recorded" if amended else ""
    return f"That the minutes of the meeting held on {long_date(prev.date)} be confirmed as a correct record{tail}."


def start(store: Store, meeting: str | int) -> int:
    """Start the minutes of a meeting from its agenda: one minute per item, with its number,
    title and presenter. Run again on a draft, it adds minutes for items added to the agenda
    since. Returns the number of minutes added."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        if m.status == enums.MeetingStatus.CANCELLED:
            raise MinutesError(f"The meeting on {m.date:%d/%m/%Y} was cancelled; it has no minutes.")
        items = agenda_svc._items(session, meeting_id)
        if not items:
            raise MinutesError(f"The meeting on {m.date:%d/%m/%Y} has no agenda yet; build the agenda first "
                               "(the minutes are laid out from it).")
        record = record_of(session, meeting_id)
        if record is None:
            record = Minutes(meeting_id=meeting_id)
            session.add(record)
        elif record.status != MinutesStatus.DRAFT:
            raise MinutesLocked(f"The minutes of {m.date:%d/%m/%Y} are {record.status}; they are not re-laid from "
                                "the agenda.")
        existing = {r.agenda_item_id: r for r in minute_rows(session, meeting_id)}
        added = 0
        for item in items:
            if item.id in existing:
                existing[item.id].position = item.position
                existing[item.id].sub_item = item.sub_item
                continue
            person_id, role = item.presenter_person_id, item.presenter_role
            if item.presenter_seat_id:
                seat = session.get(Seat, item.presenter_seat_id)
                holder = agenda_svc.holder_on(session, seat.id, m.date)
                person_id = person_id or (holder.id if holder else None)
                role = seat.title.split(" – ")[0]
            minute = Minute(meeting_id=meeting_id, agenda_item_id=item.id, position=item.position,
                            sub_item=item.sub_item, title=item.title, presenter_person_id=person_id,
                            presenter=role, part=item.part, exempt_paragraph=item.exempt_paragraph)
            session.add(minute)
            session.flush()
            added += 1
            if exchange_svc.PARTNER_ITEM.search(item.title):
                exchange_svc.sync_noting(session, meeting_id)  # names the partners' minutes listed
            prev = previous_meeting(session, m)
            if LAST_MINUTES.search(item.title) and prev is not None:
                prev_record = record_of(session, prev.id)
                if prev_record and prev_record.confirmed_at_meeting_id == m.id:
                    amended = session.exec(select(MinutesAmendment).where(
                        MinutesAmendment.meeting_id == prev.id, MinutesAmendment.at_meeting_id == m.id)).first()
                    session.add(Resolution(minute_id=minute.id, position=1, kind=ResolutionKind.APPROVED,
                                           text=_confirmation_wording(prev, amended is not None)))
        return added


# --- the lock -------------------------------------------------------------------------------------

def _guard(session: Session, meeting_id: int, amendment: Amendment | None, what: str, old: str, new: str,
           minute_id: int | None = None) -> None:
    """Let a change through on a draft; on confirmed minutes only as an amendment, recorded."""
    record = record_of(session, meeting_id)
    m = session.get(Meeting, meeting_id)
    if record is None:
        raise MinutesError(f"The minutes of {m.date:%d/%m/%Y} have not been started; start them from the agenda.")
    if record.status == MinutesStatus.DRAFT:
        return
    if amendment is None or not amendment.reason.strip():
        raise MinutesLocked(f"The minutes of {m.date:%d/%m/%Y} were confirmed as a correct record, so they are "
                            "locked: make the change as an amendment, saying why. Nothing was changed.")
    session.add(MinutesAmendment(meeting_id=meeting_id, minute_id=minute_id, made_by=amendment.by or current_user(session),
                                 reason=amendment.reason.strip(), what=what, old_text=old, new_text=new))


def _label(session: Session, minute: Minute) -> str:
    m = session.get(Meeting, minute.meeting_id)
    rows = minute_rows(session, minute.meeting_id)
    nums = numbers(session, m, rows)
    return f"Minute {nums[[r.id for r in rows].index(minute.id)]}"


# --- editing --------------------------------------------------------------------------------------

def set_discussion(store: Store, minute_id: int, text: str, *, amendment: Amendment | None = None,
                   if_revision: int | None = None) -> int:
    """Save a minute's discussion; returns the minute's revision after it.

    ``if_revision`` is the revision the text was written from (the editor's, ``minutes write
    --if-revision``): if the minute was saved since, the save is refused (MinuteChanged) and
    nothing is changed, so two saves of one minute never both succeed with one of them lost."""
    with store.session() as session:
        minute = _minute(session, minute_id)
        text = text.strip()
        if text == minute.discussion:
            return minute.revision  # the same words: nothing to save, nothing lost
        if if_revision is not None and minute.revision != if_revision:
            raise MinuteChanged(f"{_label(session, minute)} was saved elsewhere (another window or a command) after "
                                f"this text was started from it (revision {if_revision}, now {minute.revision}). "
                                "This text was not saved and nothing was changed.", minute.revision)
        _guard(session, minute.meeting_id, amendment, f"{_label(session, minute)} discussion", minute.discussion, text,
               minute.id)
        minute.discussion = text
        minute.revision += 1
        return minute.revision


def set_title(store: Store, minute_id: int, title: str, *, amendment: Amendment | None = None) -> None:
    title = " ".join(title.split())
    if not title:
        raise MinutesError("A minute needs a title.")
    with store.session() as session:
        minute = _minute(session, minute_id)
        if title == minute.title:
            return
        _guard(session, minute.meeting_id, amendment, f"{_label(session, minute)} title", minute.title, title, minute.id)
        minute.title = title


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
            raise MinutesError(f"The item cannot be deferred: {exc}") from None
        target = session.get(Meeting, target_id)
        here = session.get(Meeting, minute.meeting_id)
        if (target.date, target.start_time) <= (here.date, here.start_time):
            raise MinutesError(f"An item can only be deferred to a later meeting; {target.date:%d/%m/%Y} is not after "
                               f"{here.date:%d/%m/%Y}.")
        if target.status == enums.MeetingStatus.CANCELLED:
            raise MinutesError(f"The meeting on {target.date:%d/%m/%Y} was cancelled; defer the item to another.")
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
        text = minutes_rules.standard_wording(kind, what=what, deferred_to=long_date(target.date) if target else None)
    return kind, text, target


def _defer(session: Session, minute: Minute, target: Meeting, number: str) -> int:
    """Put the deferred item on the later meeting's agenda; returns the new item's id."""
    source = session.get(AgendaItem, minute.agenda_item_id) if minute.agenda_item_id else None
    here = session.get(Meeting, minute.meeting_id)
    agenda_svc.ensure_agenda(session, target)
    items = agenda_svc._items(session, target.id)
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
        chair_notes=f"Deferred from the meeting on {here.date:%d/%m/%Y} (minute {number}).")
    if new.section in (enums.AgendaSection.OPENING, enums.AgendaSection.CLOSING):
        new.section = "other"
    items.insert(agenda_svc._default_index(items, part), new)
    agenda_svc._renumber(items)
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
        raise MinutesError(f"The deferred item on the agenda of {target.date:%d/%m/%Y} already has papers or minutes; "
                           "remove them there first.")
    for d in session.exec(select(Declaration).where(Declaration.agenda_item_id == item.id)):
        raise MinutesError(f"A declaration of interest was made on the deferred item at {target.date:%d/%m/%Y}; "
                           f"it stays on that agenda (declaration {d.id}).")
    items = [i for i in agenda_svc._items(session, target.id) if i.id != item.id]
    session.delete(item)
    session.flush()
    agenda_svc._renumber(items)


def add_resolution(store: Store, minute_id: int, data: ResolutionInput, *,
                   amendment: Amendment | None = None) -> int:
    with store.session() as session:
        minute = _minute(session, minute_id)
        kind, text, target = _resolution_values(store, session, minute, data)
        label = _label(session, minute)
        _guard(session, minute.meeting_id, amendment, f"{label} resolution added", "", text, minute.id)
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
        minute = _minute(session, res.minute_id)
        kind, text, target = _resolution_values(store, session, minute, data)
        if (kind, text, target.id if target else None) == (res.kind, res.text, res.deferred_to_meeting_id):
            return  # as it stands: nothing to write, and nothing to amend on confirmed minutes
        label = _label(session, minute)
        _guard(session, minute.meeting_id, amendment, f"{label} resolution", res.text, text, minute.id)
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
        minute = _minute(session, res.minute_id)
        _guard(session, minute.meeting_id, amendment, f"{_label(session, minute)} resolution removed", res.text, "",
               minute.id)
        _undefer(session, res)
        session.delete(res)


# --- declarations ---------------------------------------------------------------------------------

@dataclass
class DeclarationInput:
    person_id: int
    item: str | int  # the agenda item's id (int) or its number as printed ("7", "7a")
    kind: str
    nature: str
    action: str = enums.DeclarationAction.REMAINED


def _item_id(session: Session, m: Meeting, item: str | int) -> int:
    items = agenda_svc._items(session, m.id)
    if isinstance(item, int):
        if item not in {i.id for i in items}:
            raise MinutesError(f"Agenda item {item} is not on the agenda of {m.date:%d/%m/%Y}.")
        return item
    nums = agenda_svc._numbers(session, m, items)
    rows = minute_rows(session, m.id)
    minute_nums = numbers(session, m, rows)
    text = str(item).strip()
    for i, n in zip(items, nums, strict=True):
        if n == text:
            return i.id
    for r, n in zip(rows, minute_nums, strict=True):
        if n == text and r.agenda_item_id:
            return r.agenda_item_id
    raise MinutesError(f"There is no item {text} on the agenda of {m.date:%d/%m/%Y}.")


def add_declaration(store: Store, meeting: str | int, data: DeclarationInput, *,
                    amendment: Amendment | None = None) -> int:
    meeting_id = meetings_svc.find_meeting(store, meeting)
    problems = []
    try:
        kind = enums.InterestKind(data.kind)
    except ValueError:
        problems.append(f"“{data.kind}” is not a kind of interest (use "
                        f"{', '.join(k.value for k in enums.InterestKind)})")
    try:
        action = enums.DeclarationAction(data.action)
    except ValueError:
        problems.append(f"“{data.action}” is not what the member did (use "
                        f"{', '.join(a.value for a in enums.DeclarationAction)})")
    nature = " ".join((data.nature or "").split())
    if not nature:
        problems.append("say what the interest is")
    if problems:
        raise MinutesError("The declaration was not recorded: " + "; ".join(problems) + ".")
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        person = session.get(Person, data.person_id)
        if person is None:
            raise MinutesError(f"There is no person with id {data.person_id}.")
        item_id = _item_id(session, m, data.item)
        mark = session.exec(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                                     Attendance.person_id == person.id)).first()
        if mark is not None and mark.status in (enums.AttendanceStatus.APOLOGIES, enums.AttendanceStatus.ABSENT):
            raise MinutesError(f"{person_name(person, public=False)} is recorded as "
                               f"{enums.AttendanceStatus(mark.status).label.lower()}, so cannot have declared an interest.")
        record = record_of(session, meeting_id)
        if record is not None:
            _guard(session, meeting_id, amendment, "Declarations of interest", "",
                   f"{person_name(person, public=False)}: {nature}")
        d = Declaration(meeting_id=meeting_id, agenda_item_id=item_id, person_id=person.id, kind=kind,
                        nature=nature, action=action)
        session.add(d)
        session.flush()
        return d.id


def remove_declaration(store: Store, declaration_id: int, *, amendment: Amendment | None = None) -> None:
    with store.session() as session:
        d = session.get(Declaration, declaration_id)
        if d is None:
            raise MinutesError(f"There is no declaration with id {declaration_id}.")
        if record_of(session, d.meeting_id) is not None:
            person = session.get(Person, d.person_id)
            _guard(session, d.meeting_id, amendment, "Declarations of interest",
                   f"{person_name(person, public=False)}: {d.nature}", "")
        session.delete(d)


# --- the lifecycle --------------------------------------------------------------------------------

@dataclass
class ConfirmAmendment:
    """An amendment agreed when the minutes were confirmed: new wording for a minute's
    discussion, or (with no minute) a note of what was corrected."""
    reason: str
    minute_id: int | None = None
    discussion: str | None = None


def confirm(store: Store, meeting: str | int, *, at: str | int, amendments: list[ConfirmAmendment] | None = None,
            by: str = "", today: dt.date | None = None) -> None:
    """Confirm the minutes of ``meeting`` as a correct record at the meeting ``at``, which must
    be the next meeting (of the same kind, not cancelled) and must have taken place."""
    today = today or dt.date.today()
    meeting_id = meetings_svc.find_meeting(store, meeting)
    at_id = meetings_svc.find_meeting(store, at)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        at_m = session.get(Meeting, at_id)
        record = record_of(session, meeting_id)
        if record is None:
            raise MinutesError(f"The minutes of {m.date:%d/%m/%Y} have not been written yet.")
        if record.status != MinutesStatus.DRAFT:
            raise MinutesError(f"The minutes of {m.date:%d/%m/%Y} are already {record.status}.")
        nxt = next_meeting(session, m)
        if nxt is None or nxt.id != at_id:
            where = f"the next meeting, on {nxt.date:%d/%m/%Y}" if nxt else "the next meeting (none is planned yet)"
            prev = previous_meeting(session, at_m)
            hint = (f" The meeting on {at_m.date:%d/%m/%Y} confirms the minutes of {prev.date:%d/%m/%Y}."
                    if prev is not None and prev.id != meeting_id else "")
            raise MinutesError(f"The minutes of {m.date:%d/%m/%Y} can only be confirmed at {where}, not at the "
                               f"meeting on {at_m.date:%d/%m/%Y}.{hint}")
        if at_m.date > today:
            raise MinutesError(f"The meeting on {at_m.date:%d/%m/%Y} has not taken place yet; the minutes are "
                               "confirmed there.")
        who = by or current_user(session)
        for a in amendments or []:
            reason = (a.reason or "").strip()
            if not reason:
                raise MinutesError("Each amendment needs to say what was corrected and why.")
            if a.minute_id is not None:
                minute = _minute(session, a.minute_id)
                if minute.meeting_id != meeting_id:
                    raise MinutesError(f"Minute id {a.minute_id} is not in the minutes of {m.date:%d/%m/%Y}.")
                new = (a.discussion or "").strip()
                session.add(MinutesAmendment(meeting_id=meeting_id, minute_id=minute.id, at_meeting_id=at_id,
                                             made_by=who, reason=reason, what=f"{_label(session, minute)} discussion",
                                             old_text=minute.discussion, new_text=new))
                minute.discussion = new
                minute.revision += 1  # an editor open on the old wording must not save over it
            else:
                session.add(MinutesAmendment(meeting_id=meeting_id, at_meeting_id=at_id, made_by=who, reason=reason,
                                             what="Minutes"))
        # The partners' minutes noted here are named in the record before it is locked.
        exchange_svc.sync_noting(session, meeting_id)
        rows = minute_rows(session, meeting_id)
        for r, n in zip(rows, numbers(session, m, rows), strict=True):
            r.number = n  # frozen: a later change elsewhere cannot renumber a confirmed record
        record.status = MinutesStatus.CONFIRMED
        record.confirmed_at_meeting_id = at_id
        record.confirmed_on = at_m.date
        # Partners' minutes listed at the meeting are now on record as noted there.
        exchange_svc.record_noted(session, meeting_id)
        # The confirming meeting's own minutes, if started, record the confirmation.
        for r in minute_rows(session, at_id):
            if LAST_MINUTES.search(r.title) and not session.exec(
                    select(Resolution).where(Resolution.minute_id == r.id)).first():
                session.add(Resolution(minute_id=r.id, position=1, kind=ResolutionKind.APPROVED,
                                       text=_confirmation_wording(m, bool(amendments))))


def sign(store: Store, meeting: str | int, *, signed_by: str = "", on: dt.date | None = None,
         today: dt.date | None = None) -> str:
    """Record that the Chair signed the confirmed minutes. Returns who signed."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    today = today or dt.date.today()
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        record = record_of(session, meeting_id)
        if record is None or record.status == MinutesStatus.DRAFT:
            raise MinutesError(f"The minutes of {m.date:%d/%m/%Y} must be confirmed as a correct record before "
                               "they are signed.")
        if record.status == MinutesStatus.SIGNED:
            raise MinutesError(f"The minutes of {m.date:%d/%m/%Y} were already signed by {record.signed_by}.")
        on = on or today
        if on < record.confirmed_on:
            raise MinutesError(f"Minutes cannot be signed ({on:%d/%m/%Y}) before they were confirmed "
                               f"({record.confirmed_on:%d/%m/%Y}).")
        who = " ".join(signed_by.split()) or chair_name(session, record.confirmed_on, public=False)
        if not who:
            raise MinutesError("Say who signed the minutes (no one held the Chair's seat that day).")
        record.status = MinutesStatus.SIGNED
        record.signed_by, record.signed_on = who, on
        return who


def chair_name(session: Session, day: dt.date, *, public: bool) -> str:
    seat = session.exec(select(Seat).where(Seat.is_chair == True)).first()  # noqa: E712
    holder = agenda_svc.holder_on(session, seat.id, day) if seat else None
    return person_name(holder, public=public) if holder else ""


def add_note(store: Store, meeting: str | int, amendment: Amendment, text: str) -> None:
    """An amendment to confirmed minutes that is not a change of wording (e.g. "the attendance
    list should have shown X as present")."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        record = record_of(session, meeting_id)
        if record is None or record.status == MinutesStatus.DRAFT:
            raise MinutesError("Notes of amendment are for confirmed minutes; edit a draft directly.")
        _guard(session, meeting_id, amendment, "Minutes", "", " ".join(text.split()))


# --- who appears where (for the register's "delete person") ---------------------------------------

def person_in_record(session: Session, person_id: int) -> str | None:
    """Where a person appears in the board's record, in words, or None."""
    checks = (
        (select(Attendance.id).where(Attendance.person_id == person_id), "the attendance of a meeting"),
        (select(Attendance.id).where(Attendance.substitute_for_id == person_id), "the attendance of a meeting"),
        (select(Declaration.id).where(Declaration.person_id == person_id), "a declaration of interest"),
        (select(Minute.id).where(Minute.presenter_person_id == person_id), "the minutes"),
        (select(ActionItem.id).where(ActionItem.owner_person_id == person_id), "the action log"),
        (select(AgendaItem.id).where(AgendaItem.presenter_person_id == person_id), "an agenda"),
    )
    for query, where in checks:
        if session.exec(query).first() is not None:
            return where
    return None


# --- content for documents (privacy decided here) -------------------------------------------------

def seat_role(seat: str, category: str) -> str:
    """A seat as the minutes name it beside a member: "Chair" for "Chair – Lead Member for …",
    nothing for a plain elected member's seat, and no "(1)" numbering."""
    role = re.sub(r"\s*\(\d+\)$", "", seat.split(" – ")[0]).strip() if seat else ""
    if category == enums.SeatCategory.ELECTED_MEMBER and role.lower().startswith("elected member"):
        return ""
    return role


def exclusion_wording(paragraphs: list[int]) -> str:
    paras = sorted(set(p for p in paragraphs if p))
    which = (f"paragraph {paras[0]}" if len(paras) == 1
             else "paragraphs " + ", ".join(str(p) for p in paras[:-1]) + f" and {paras[-1]}")
    return ("RESOLVED: That, under section 100A(4) of the Local Government Act 1972, the public be excluded from "
            "the meeting for the following item(s) of business on the grounds that they involve the likely disclosure "
            f"of exempt information as defined in {which} of Part 1 of Schedule 12A to the Act, and that the public "
            "interest in maintaining the exemption outweighs the public interest in disclosing the information.")


def withheld_note(paragraph: int | None) -> str:
    return ("This item was considered in private. It contained exempt information as defined in paragraph "
            f"{paragraph or '–'} of Part 1 of Schedule 12A to the Local Government Act 1972, so the minute is not "
            "published.")


def content(store: Store, meeting: str | int, *, public: bool, today: dt.date | None = None, gate=None):
    """The minutes as a document: attendance, declarations, each minute with its resolutions
    and actions, the action log at matters arising; made safe for the public when ``public``
    (young people by first name, Part 2 minutes by public title and paragraph only) by the
    privacy rule, ``gate`` (``services.disclosure``; loaded when not given)."""
    from cpo_desktop.packs.content import ActionLine, Attendee, DeclarationLine, MinuteSection, MinutesContent
    from cpo_desktop.services import actions as actions_svc
    from cpo_desktop.services import attendance as attendance_svc
    from cpo_desktop.model.tables import Board

    today = today or dt.date.today()
    view = load(store, meeting)
    if not view.started:
        raise MinutesError(f"The minutes of {view.meeting.date:%d/%m/%Y} have not been started.")
    sheet = attendance_svc.load(store, view.meeting.id, public=public)
    meeting_id = view.meeting.id
    log = actions_svc.matters_arising(store, meeting_id, public=public, today=today)
    agreed = actions_svc.list_actions(store, meeting=meeting_id, public=public, today=today)
    with store.session() as session:
        board = session.exec(select(Board)).first()
        m = session.get(Meeting, meeting_id)
        part2_minutes = {r.id for r in view.minutes if r.part == 2}
        part2_items = {r.agenda_item_id for r in view.minutes if r.part == 2 and r.agenda_item_id}
        decls = _declarations(session, m, {r.agenda_item_id: r.number for r in view.minutes if r.agenda_item_id},
                              public=public)
        chair = chair_name(session, m.date, public=public)
        officer = settings.contact(session)
        presenters = {r.id: _presenter_text(session, session.get(Minute, r.id), public=public) for r in view.minutes}

    def line(a) -> ActionLine:
        return ActionLine(number=a.ref, minute_ref=a.minute_ref, description=a.description,
                          owner=a.owner, due=a.due_date, status=a.status_label,
                          update=a.latest_update, overdue=a.overdue)

    def attendee(r, note: str = "") -> Attendee:
        return Attendee(name=r.name, role=seat_role(r.seat, r.category), note=note)

    present = tuple(attendee(r, "joined online" if r.status == enums.AttendanceStatus.REMOTE else "")
                    for r in sheet.rows if r.member and r.status in (enums.AttendanceStatus.PRESENT,
                                                                      enums.AttendanceStatus.REMOTE))
    substitutes = tuple(attendee(r, f"substitute for {r.substitute_for}") for r in sheet.rows
                        if r.status == enums.AttendanceStatus.SUBSTITUTE)
    def for_items(items: str) -> str:
        several = bool(re.search(r"[,;&]| and |-|–", items))
        return f"for item{'s' if several else ''} {items}" if items else ""

    in_attendance = tuple(Attendee(name=r.name, role=r.seat, note=for_items(r.items))
                          for r in sheet.rows if r.status == enums.AttendanceStatus.IN_ATTENDANCE)
    apologies = tuple(attendee(r, f"substitute: {r.substituted_by}" if r.substituted_by else "")
                      for r in sheet.rows if r.member and r.status == enums.AttendanceStatus.APOLOGIES)
    absent = tuple(attendee(r) for r in sheet.rows if r.member and r.status == enums.AttendanceStatus.ABSENT)

    sections = []
    for r in view.minutes:
        withheld = public and r.part == 2
        by_minute = tuple(line(a) for a in agreed if a.minute_id == r.id) if not withheld else ()
        sections.append(MinuteSection(
            number=r.number, title=r.public_title if public else r.title, presenter=presenters[r.id],
            part=r.part, exempt_paragraph=r.exempt_paragraph, withheld=withheld,
            withheld_note=withheld_note(r.exempt_paragraph) if withheld else "",
            discussion="" if withheld else r.discussion,
            resolutions=() if withheld else tuple(x.text for x in r.resolutions),
            actions=by_minute,
            action_log=tuple(line(a) for a in log) if r.matters_arising and not withheld else ()))
    amendments = tuple(
        f"{a.what}: {a.reason}" + (f" (agreed when the minutes were confirmed on {a.at_meeting:%d/%m/%Y})"
                                   if a.at_meeting else f" (amended on {a.made_at:%d/%m/%Y} by {a.made_by})")
        for a in view.amendments
        if not (public and any(a.what.startswith(f"Minute {r.number} ") for r in view.minutes if r.id in part2_minutes)))
    part2 = [r.exempt_paragraph for r in view.minutes if r.part == 2]
    confirmed_note = ""
    if view.confirmed_on:
        confirmed_note = (f"These minutes were confirmed as a correct record at the meeting held on "
                          f"{long_date(view.confirmed_on)}" + (", with the amendments recorded above." if view.amendments
                                                               else "."))
    contact = ", ".join(x for x in (officer.name, settings.CONTACT_ROLE if officer.name else "", officer.email) if x)
    which = "public version" if public else "restricted"
    document = MinutesContent(
        council=board.council or "Sefton Council", board=board.name, meeting_date=m.date, start_time=m.start_time,
        venue=m.venue, status=view.status, public=public, present=present, substitutes=substitutes,
        in_attendance=in_attendance, apologies=apologies, absent=absent,
        declarations=tuple(DeclarationLine(
            member=d.member, item=d.item, kind=d.kind_label, action=d.action_label,
            # what the interest was would say what the exempt item was about
            nature=PART2_NATURE if public and d.agenda_item_id in part2_items else d.nature) for d in decls),
        sections=tuple(sections), exclusion_resolution=exclusion_wording(part2) if part2 else "",
        confirmed_note=confirmed_note, amendments=amendments,
        signed_by=view.signed_by if view.status == MinutesStatus.SIGNED else "",
        signed_on=view.signed_on if view.status == MinutesStatus.SIGNED else None,
        chair=f"{chair} (Chair)" if chair else "", contact=contact,
        title=f"{board.name} – minutes – {m.date.day} {m.date:%B %Y} ({which})")
    if not public:
        return document
    # Everything the public minutes say passes the privacy rule here, in one pass.
    from cpo_desktop.services import disclosure

    return (gate or disclosure.gate(store)).scrub(document)


PUBLIC_ADVICE = ("must not be in the public minutes. Take it out of the minutes (Minutes & actions view) and "
                 "export them again.")


PART2_NATURE = "Not published: the item was considered in private (Part 2)."


FORMATS = ("pdf", "docx")


def export(store: Store, meeting: str | int, fmt: str, out, *, public: bool, today: dt.date | None = None):
    """Write the minutes as PDF or Word to ``out`` (written to a temporary name and renamed)."""
    from pathlib import Path

    from cpo_desktop.files import atomic_write_bytes

    if fmt not in FORMATS:
        raise MinutesError(f"Minutes are exported as pdf or docx, not “{fmt}”.")
    out = Path(out)
    if not out.parent.is_dir():
        raise MinutesError(f"The folder {out.parent} does not exist.")
    from cpo_desktop.services import disclosure

    gate = disclosure.gate(store) if public else None
    doc = content(store, meeting, public=public, today=today, gate=gate)
    if fmt == "pdf":
        from cpo_desktop.packs.minutes_pdf import render_minutes_pdf
        data = render_minutes_pdf(doc)
    else:
        from cpo_desktop.packs.minutes_docx import render_minutes_docx
        data = render_minutes_docx(doc)
    if gate is not None:  # read back as a reader would: nothing private may be in it
        gate.verify_file(out.name, data, advice=PUBLIC_ADVICE)
    atomic_write_bytes(out, data)
    return out


@dataclass(frozen=True)
class LetterResult:
    person_id: int
    name: str
    path: object


def absence_letters(store: Store, meeting: str | int, folder, *, today: dt.date | None = None) -> list[LetterResult]:
    """A letter from the Chair (.docx) to each member absent without apologies, in ``folder``."""
    from pathlib import Path

    from cpo_desktop.files import atomic_write_bytes, make_folders
    from cpo_desktop.model.tables import Board, Organisation
    from cpo_desktop.packs.content import AbsenceLetter
    from cpo_desktop.packs.letters import absence_letter_docx
    from cpo_desktop.services import attendance as attendance_svc

    today = today or dt.date.today()
    folder = Path(folder)
    sheet = attendance_svc.load(store, meeting)
    absent = sheet.absent_without_apologies
    if not absent:
        return []
    year = municipal_year_start(sheet.meeting.date)
    _, rate_rows = attendance_svc.rates(store, year)
    rates = {r.person_id: r for r in rate_rows}
    make_folders(folder)  # owner-only when made here: the letters name members
    out = []
    with store.session() as session:
        board = session.exec(select(Board)).first()
        m = session.get(Meeting, sheet.meeting_id)
        nxt = next_meeting(session, m)
        chair = chair_name(session, today, public=False) or chair_name(session, m.date, public=False)
        officer = settings.contact(session)
        letters = []
        for r in absent:
            p = session.get(Person, r.person_id)
            org = session.get(Organisation, p.organisation_id) if p.organisation_id else None
            title = p.title or ""
            salutation = f"Dear {title} {p.surname}".replace("  ", " ") if title else f"Dear {p.first_name}"
            rate = rates.get(p.id)
            letters.append((p, AbsenceLetter(
                council=board.council or "Sefton Council", board=board.name, date=today,
                to_name=person_name(p, public=False),
                salutation=salutation.replace("Dear Cllr", "Dear Councillor"),
                to_address=tuple(x for x in (r.seat, org.name if org else "", p.email or "") if x),
                meeting_date=m.date, next_meeting=nxt.date if nxt else None, chair=chair,
                chair_role=f"Chair, {board.name}", contact=", ".join(x for x in (officer.display_name, officer.email) if x),
                attendance_this_year=(f"This municipal year you have attended {rate.present} of the {rate.expected} "
                                      "meetings held." if rate and rate.expected else ""))))
    for p, letter in letters:
        safe = re.sub(r"[^A-Za-z0-9-]+", "-", f"{p.surname}-{p.first_name}").strip("-")
        path = folder / f"absence-letter-{m.date:%Y-%m-%d}-{safe}.docx"
        atomic_write_bytes(path, absence_letter_docx(letter))
        out.append(LetterResult(p.id, person_name(p, public=False), path))
    return out

