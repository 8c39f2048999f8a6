"""Minutes: started from the agenda, written item by item with resolutions in the standard
wording, confirmed as a correct record at the next meeting (amendments recorded there),
then signed. Confirmed minutes are locked: any later change is an amendment that says who,
when and why. Declarations of interest are kept here too, against the agenda's items.

Minute numbers come from ``services.numbering`` (worked out while the minutes are a draft,
frozen when they are confirmed). The minutes as documents (PDF, Word, letters to absent
members) are made by ``services.minutes_documents``; the fixed wording is in
``services.minutes_wording``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import UserError
from cpo_desktop.model import agenda_rules, enums
from cpo_desktop.model.enums import MinutesStatus, ResolutionKind
from cpo_desktop.model.rules import person_name
from cpo_desktop.model.tables import (
    ActionItem,
    AgendaItem,
    Attendance,
    Declaration,
    Meeting,
    Minute,
    Minutes,
    MinutesAmendment,
    Person,
    Resolution,
    Seat,
)
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import exchange as exchange_svc
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import numbering, settings
from cpo_desktop.services.minutes_wording import confirmation_wording
from cpo_desktop.store.db import Store
from cpo_desktop.wording import aside

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

    def __init__(self, message: str, revision: int, *, cli: str | None = None, window: str | None = None,
                 cli_form: str | None = None) -> None:
        super().__init__(message, cli=cli, window=window, cli_form=cli_form)
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

def set_numbering(store: Store, value: str) -> None:
    """Number minutes "per_meeting" (as the agenda) or "continuous" through the municipal year."""
    if value not in numbering.NUMBERING:
        raise MinutesError(f"Minute numbering is “per_meeting” or “continuous”, not “{value}”.")
    with store.session() as session:
        settings.set_in(session, numbering.NUMBERING_KEY, value)


# --- finding things -------------------------------------------------------------------------------

def record_of(session: Session, meeting_id: int) -> Minutes | None:
    """A meeting's minutes record (its status, confirmation and signature), None if not started."""
    return session.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()


def get_minute(session: Session, minute_id: int) -> Minute:
    """The minute with that id; MinutesError when there is none."""
    minute = session.get(Minute, minute_id)
    if minute is None:
        raise MinutesError(f"There is no minute with id {minute_id}.")
    return minute


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
    closed_at: dt.time | None = None  # when the meeting closed, as recorded (None: not recorded)

    @property
    def closing_line(self) -> str:
        """"The meeting closed at 4.45 pm." ("" when no time is recorded)."""
        return closing_line(self.closed_at)

    @property
    def locked(self) -> bool:
        return self.status in (MinutesStatus.CONFIRMED, MinutesStatus.SIGNED)

    @property
    def status_text(self) -> str:
        if not self.started:
            return "Not started"
        if self.status == MinutesStatus.DRAFT:
            return "Draft" + (f" – to be confirmed on {dates.short(self.next_meeting)}" if self.next_meeting else "")
        text = f"Confirmed on {dates.short(self.confirmed_on)}" if self.confirmed_on else "Confirmed"
        if self.status == MinutesStatus.SIGNED:
            text += f"; signed by {self.signed_by}" + (f" on {dates.short(self.signed_on)}" if self.signed_on else "")
        return text


def presenter_text(session: Session, minute: Minute, *, public: bool) -> str:
    """Who presented a minute's item, as the minutes name them (a young person by first name
    only when ``public``)."""
    person = session.get(Person, minute.presenter_person_id) if minute.presenter_person_id else None
    role = minute.presenter or ""
    if person is None:
        return role
    name = person_name(person, public=public)
    return aside(role, name)


def load(store: Store, meeting: str | int) -> MinutesView:
    meeting_id = meetings_svc.find_meeting(store, meeting)
    row = meetings_svc.meeting_row(store, meeting_id)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        record = record_of(session, meeting_id)
        rows = numbering.minute_rows(session, meeting_id)
        nums = numbering.minute_numbers(session, m, rows)
        by_item = {r.agenda_item_id: n for r, n in zip(rows, nums, strict=True) if r.agenda_item_id}
        written = dict(session.exec(select(AgendaItem.id, AgendaItem.public_title).where(
            AgendaItem.id.in_(list(by_item)))).all()) if by_item else {}
        # The resolutions of all the minutes in one query, and the meetings they defer to in another.
        resolved: dict[int, list[Resolution]] = {}
        if rows:
            for x in session.exec(select(Resolution).where(Resolution.minute_id.in_([r.id for r in rows]))
                                  .order_by(Resolution.minute_id, Resolution.position)):
                resolved.setdefault(x.minute_id, []).append(x)
        targets = {x.deferred_to_meeting_id for xs in resolved.values() for x in xs if x.deferred_to_meeting_id}
        deferred_to = dict(session.exec(select(Meeting.id, Meeting.date).where(Meeting.id.in_(targets))).all()) \
            if targets else {}
        out = []
        for r, number in zip(rows, nums, strict=True):
            res = [ResolutionRow(x.id, x.kind, x.text, x.deferred_to_meeting_id, deferred_to.get(x.deferred_to_meeting_id))
                   for x in resolved.get(r.id, [])]
            out.append(MinuteRow(
                id=r.id, number=number, title=r.title, sub_item=r.sub_item,
                presenter=presenter_text(session, r, public=False), presenter_person_id=r.presenter_person_id,
                part=r.part, exempt_paragraph=r.exempt_paragraph, discussion=r.discussion,
                agenda_item_id=r.agenda_item_id, resolutions=tuple(res),
                matters_arising=bool(MATTERS_ARISING.search(r.title)),
                revision=r.revision,
                public_title=agenda_rules.public_title(r.title, r.part, r.exempt_paragraph,
                                                       written.get(r.agenda_item_id))))
        decls = declaration_rows(session, m, by_item, public=False)
        amendments = []
        for a in session.exec(select(MinutesAmendment).where(MinutesAmendment.meeting_id == meeting_id)
                              .order_by(MinutesAmendment.made_at, MinutesAmendment.id)):
            at = session.get(Meeting, a.at_meeting_id) if a.at_meeting_id else None
            amendments.append(AmendmentRow(a.id, a.what, a.made_at, a.made_by, a.reason, at.date if at else None,
                                           a.old_text, a.new_text))
        nxt = meetings_svc.next_meeting(session, m)
        confirmed_at = session.get(Meeting, record.confirmed_at_meeting_id) if record and record.confirmed_at_meeting_id else None
        return MinutesView(
            meeting=row, started=record is not None, status=record.status if record else "",
            confirmed_at=confirmed_at.date if confirmed_at else None,
            confirmed_on=record.confirmed_on if record else None,
            signed_by=(record.signed_by or "") if record else "", signed_on=record.signed_on if record else None,
            minutes=tuple(out), declarations=tuple(decls), amendments=tuple(amendments),
            next_meeting=nxt.date if nxt else None, next_meeting_id=nxt.id if nxt else None,
            closed_at=record.closed_at if record else None)


def declaration_rows(session: Session, m: Meeting, by_item: dict[int, str], *, public: bool) -> list[DeclarationRow]:
    """The declarations of interest made at ``m``, in the order of the items they were made
    against; ``by_item`` gives the minute number of each agenda item (else the agenda's)."""
    items = {i.id: i for i in numbering.agenda_items(session, m.id)}
    agenda_numbers = dict(zip([i.id for i in items.values()],
                              numbering.item_numbers(session, m, list(items.values())), strict=True))
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

def start(store: Store, meeting: str | int) -> int:
    """Start the minutes of a meeting from its agenda: one minute per item, with its number,
    title and presenter. Run again on a draft, it adds minutes for items added to the agenda
    since. Returns the number of minutes added."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        if m.status == enums.MeetingStatus.CANCELLED:
            raise MinutesError(f"The meeting on {dates.short(m.date)} was cancelled; it has no minutes.")
        items = numbering.agenda_items(session, meeting_id)
        if not items:
            raise MinutesError(f"The meeting on {dates.short(m.date)} has no agenda yet; build the agenda first "
                               "(the minutes are laid out from it).")
        record = record_of(session, meeting_id)
        if record is None:
            record = Minutes(meeting_id=meeting_id)
            session.add(record)
        elif record.status != MinutesStatus.DRAFT:
            raise MinutesLocked(f"The minutes of {dates.short(m.date)} are {record.status}; they are not re-laid from "
                                "the agenda.")
        existing = {r.agenda_item_id: r for r in numbering.minute_rows(session, meeting_id)}
        prev = meetings_svc.previous_meeting(session, m)
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
            if LAST_MINUTES.search(item.title) and prev is not None:
                prev_record = record_of(session, prev.id)
                if prev_record and prev_record.confirmed_at_meeting_id == m.id:
                    amended = session.exec(select(MinutesAmendment).where(
                        MinutesAmendment.meeting_id == prev.id, MinutesAmendment.at_meeting_id == m.id)).first()
                    session.add(Resolution(minute_id=minute.id, position=1, kind=ResolutionKind.APPROVED,
                                           text=confirmation_wording(prev, amended is not None)))
        return added


# --- the lock -------------------------------------------------------------------------------------

def guard(session: Session, meeting_id: int, amendment: Amendment | None, what: str, old: str, new: str,
           minute_id: int | None = None) -> None:
    """Let a change through on a draft; on confirmed minutes only as an amendment, recorded
    (``what`` the change was, from ``old`` to ``new``); MinutesLocked without one."""
    record = record_of(session, meeting_id)
    m = session.get(Meeting, meeting_id)
    if record is None:
        raise MinutesError(f"The minutes of {dates.short(m.date)} have not been started; start them from the agenda.")
    if record.status == MinutesStatus.DRAFT:
        return
    if amendment is None or not amendment.reason.strip():
        raise MinutesLocked(f"The minutes of {dates.short(m.date)} were confirmed as a correct record, so they are "
                            "locked: make the change as an amendment, saying why. Nothing was changed.")
    session.add(MinutesAmendment(meeting_id=meeting_id, minute_id=minute_id, made_by=amendment.by or current_user(session),
                                 reason=amendment.reason.strip(), what=what, old_text=old, new_text=new))


def minute_label(session: Session, minute: Minute) -> str:
    """"Minute 7a": the minute as amendments and messages name it."""
    m = session.get(Meeting, minute.meeting_id)
    rows = numbering.minute_rows(session, minute.meeting_id)
    nums = numbering.minute_numbers(session, m, rows)
    return f"Minute {nums[[r.id for r in rows].index(minute.id)]}"


# --- editing --------------------------------------------------------------------------------------

def set_discussion(store: Store, minute_id: int, text: str, *, amendment: Amendment | None = None,
                   if_revision: int | None = None) -> int:
    """Save a minute's discussion; returns the minute's revision after it.

    ``if_revision`` is the revision the text was written from (the editor's, ``minutes write
    --if-revision``): if the minute was saved since, the save is refused (MinuteChanged) and
    nothing is changed, so two saves of one minute never both succeed with one of them lost."""
    with store.session() as session:
        minute = get_minute(session, minute_id)
        text = text.strip()
        if text == minute.discussion:
            return minute.revision  # the same words: nothing to save, nothing lost
        if if_revision is not None and minute.revision != if_revision:
            raise MinuteChanged(f"{minute_label(session, minute)} was saved elsewhere (another window or a command) after "
                                f"this text was started from it (revision {if_revision}, now {minute.revision}). "
                                "This text was not saved and nothing was changed.", minute.revision)
        guard(session, minute.meeting_id, amendment, f"{minute_label(session, minute)} discussion", minute.discussion, text,
               minute.id)
        minute.discussion = text
        minute.revision += 1
        return minute.revision


def set_title(store: Store, minute_id: int, title: str, *, amendment: Amendment | None = None) -> None:
    title = " ".join(title.split())
    if not title:
        raise MinutesError("A minute needs a title.")
    with store.session() as session:
        minute = get_minute(session, minute_id)
        if title == minute.title:
            return
        guard(session, minute.meeting_id, amendment, f"{minute_label(session, minute)} title", minute.title, title, minute.id)
        minute.title = title


def closing_line(closed_at: dt.time | None) -> str:
    """The minutes' last line, "The meeting closed at 4.45 pm." ("" when no time is recorded)."""
    return f"The meeting closed at {dates.clock12(closed_at)}." if closed_at else ""


def set_closed_at(store: Store, meeting: str | int, closed_at: dt.time | None, *,
                  amendment: Amendment | None = None) -> bool:
    """Record when the meeting closed (None: not recorded); the minutes then end with "The
    meeting closed at 4.45 pm.". On confirmed minutes only as an amendment. Returns whether
    anything changed."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        record = record_of(session, meeting_id)
        if record is None:
            raise MinutesError(f"The minutes of {dates.plain(m.date)} have not been started; start them from the "
                               "agenda, then record when the meeting closed.")
        if closed_at is not None:
            closed_at = closed_at.replace(second=0, microsecond=0)
            if closed_at <= m.start_time:
                raise MinutesError(f"The meeting of {dates.plain(m.date)} began at {dates.clock12(m.start_time)}, so "
                                   f"it cannot have closed at {dates.clock12(closed_at)}. Nothing was changed.")
        if closed_at == record.closed_at:
            return False
        guard(session, meeting_id, amendment, "Closing time", dates.clock12(record.closed_at),
              dates.clock12(closed_at))
        record.closed_at = closed_at
        return True


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
    today = clock.or_today(today)
    meeting_id = meetings_svc.find_meeting(store, meeting)
    at_id = meetings_svc.find_meeting(store, at)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        at_m = session.get(Meeting, at_id)
        record = record_of(session, meeting_id)
        if record is None:
            raise MinutesError(f"The minutes of {dates.short(m.date)} have not been written yet.")
        if record.status != MinutesStatus.DRAFT:
            raise MinutesError(f"The minutes of {dates.short(m.date)} are already {record.status}.")
        nxt = meetings_svc.next_meeting(session, m)
        if nxt is None or nxt.id != at_id:
            where = f"the next meeting, on {dates.short(nxt.date)}" if nxt else "the next meeting (none is planned yet)"
            prev = meetings_svc.previous_meeting(session, at_m)
            hint = (f" The meeting on {dates.short(at_m.date)} confirms the minutes of {dates.short(prev.date)}."
                    if prev is not None and prev.id != meeting_id else "")
            raise MinutesError(f"The minutes of {dates.short(m.date)} can only be confirmed at {where}, not at the "
                               f"meeting on {dates.short(at_m.date)}.{hint}")
        if at_m.date > today:
            raise MinutesError(f"The meeting on {dates.short(at_m.date)} has not taken place yet; the minutes are "
                               "confirmed there.")
        who = by or current_user(session)
        for a in amendments or []:
            reason = (a.reason or "").strip()
            if not reason:
                raise MinutesError("Each amendment needs to say what was corrected and why.")
            if a.minute_id is not None:
                minute = get_minute(session, a.minute_id)
                if minute.meeting_id != meeting_id:
                    raise MinutesError(f"Minute id {a.minute_id} is not in the minutes of {dates.short(m.date)}.")
                new = (a.discussion or "").strip()
                session.add(MinutesAmendment(meeting_id=meeting_id, minute_id=minute.id, at_meeting_id=at_id,
                                             made_by=who, reason=reason, what=f"{minute_label(session, minute)} discussion",
                                             old_text=minute.discussion, new_text=new))
                minute.discussion = new
                minute.revision += 1  # an editor open on the old wording must not save over it
            else:
                session.add(MinutesAmendment(meeting_id=meeting_id, at_meeting_id=at_id, made_by=who, reason=reason,
                                             what="Minutes"))
        # The partners' minutes noted here are named in the record before it is locked.
        exchange_svc.sync_noting(session, meeting_id)
        rows = numbering.minute_rows(session, meeting_id)
        for r, n in zip(rows, numbering.minute_numbers(session, m, rows), strict=True):
            r.number = n  # frozen: a later change elsewhere cannot renumber a confirmed record
        record.status = MinutesStatus.CONFIRMED
        record.confirmed_at_meeting_id = at_id
        record.confirmed_on = at_m.date
        # Partners' minutes listed at the meeting are now on record as noted there.
        exchange_svc.record_noted(session, meeting_id)
        # The confirming meeting's own minutes, if started, record the confirmation.
        for r in numbering.minute_rows(session, at_id):
            if LAST_MINUTES.search(r.title) and not session.exec(
                    select(Resolution).where(Resolution.minute_id == r.id)).first():
                session.add(Resolution(minute_id=r.id, position=1, kind=ResolutionKind.APPROVED,
                                       text=confirmation_wording(m, bool(amendments))))


def sign(store: Store, meeting: str | int, *, signed_by: str = "", on: dt.date | None = None,
         today: dt.date | None = None) -> str:
    """Record that the Chair signed the confirmed minutes. Returns who signed."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    today = clock.or_today(today)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        record = record_of(session, meeting_id)
        if record is None or record.status == MinutesStatus.DRAFT:
            raise MinutesError(f"The minutes of {dates.short(m.date)} must be confirmed as a correct record before "
                               "they are signed.")
        if record.status == MinutesStatus.SIGNED:
            raise MinutesError(f"The minutes of {dates.short(m.date)} were already signed by {record.signed_by}.")
        on = on or today
        if on < record.confirmed_on:
            raise MinutesError(f"Minutes cannot be signed ({dates.short(on)}) before they were confirmed "
                               f"({dates.short(record.confirmed_on)}).")
        who = " ".join(signed_by.split()) or chair_name(session, record.confirmed_on, public=False)
        if not who:
            raise MinutesError("Say who signed the minutes (no one held the Chair's seat that day).")
        record.status = MinutesStatus.SIGNED
        record.signed_by, record.signed_on = who, on
        return who


def chair_name(session: Session, day: dt.date, *, public: bool) -> str:
    """Who held the Chair's seat on ``day`` ("" when no one did)."""
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
        guard(session, meeting_id, amendment, "Minutes", "", " ".join(text.split()))


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
