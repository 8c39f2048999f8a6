"""Agendas: built from the board's template, edited item by item, with papers and the report
checklist.

Item numbers and start times are never stored: they follow from the items' order
(``services.numbering``), so a reorder can never leave two items numbered 5. Each change is
one transaction. The report deadline and publication date are ``services.deadlines``; editing
the template is ``services.agenda_template``; chasing late reports is ``services.chase``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from sqlmodel import Session, func, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model import agenda_rules, enums, performance_rules
from cpo_desktop.model.rules import person_name, salutation
from cpo_desktop.model.holders import holder_on  # agenda_svc.holder_on, as its callers know it
from cpo_desktop.model.tables import (
    AgendaItem,
    Meeting,
    Membership,
    Minute,
    Paper,
    Person,
    Resolution,
    Seat,
)
from cpo_desktop.services import agenda_template, doctext, numbering, pack_records, work_programme
from cpo_desktop.services import deadlines as deadlines_svc
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services.deadlines import LATE, RECEIVED_LATE
from cpo_desktop.store.db import Store
from cpo_desktop.wording import agenda_name, aside

MATTERS_ARISING = re.compile(r"matters arising|action log", re.IGNORECASE)
SECTIONS = ("opening", "standing", "report", "theme", "other", "closing")



class AgendaError(UserError, ValueError):
    """An agenda change refused, with the reason. Nothing was saved."""


# --- reading --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PaperRow:
    id: int
    item_id: int
    original_name: str
    kind: str
    pages: int | None
    size_bytes: int
    sha256: str
    received_at: dt.datetime
    late: bool  # received after the report deadline
    pledge: bool
    pledge_note: str | None
    involvement: bool
    involvement_note: str | None
    you_said_we_did: bool
    you_said_we_did_note: str | None

    @property
    def marks(self) -> str:
        """'✓ · ✓ · ✗': the report checklist as marks, in the order of ``CHECKLIST``."""
        return " · ".join("✓" if ok else "✗" for ok in (self.pledge, self.involvement, self.you_said_we_did))

    @property
    def checklist(self) -> str:
        """'Pledge ✓ · Involvement ✓ · You said, we did ✗' for the agenda view."""
        return " · ".join(f"{name} {'✓' if ok else '✗'}" for name, ok in (
            ("Pledge", self.pledge), ("Involvement", self.involvement), ("You said, we did", self.you_said_we_did)))


@dataclass(frozen=True)
class ItemRow:
    id: int
    number: str
    position: int
    sub_item: bool
    start: dt.time
    title: str
    section: str
    purpose: str
    duration_minutes: int
    presenter: str
    author_email: str | None
    presenter_person_id: int | None
    presenter_seat_id: int | None
    presenter_role: str | None
    part: int
    exempt_paragraph: int | None
    public_interest: str | None
    chair_notes: str | None
    report_rule_id: int | None
    standing_item_id: int | None
    paper_expected: bool
    to_follow: bool
    papers: tuple[PaperRow, ...]
    state: str
    public_title: str | None = None  # a Part 2 item's public title as the officer wrote it (None: not written)
    author_name: str | None = None  # the person behind the presenter, where there is one ("Ms Harpreet Sandhu")
    author_salutation: str | None = None  # how a chase e-mail greets them ("Ms Sandhu")
    deferred_from: dt.date | None = None  # the earlier meeting that deferred the item to this one

    @property
    def deferred_label(self) -> str:
        """"deferred from 9 December 2026" for an item deferred here, else ""."""
        return agenda_rules.deferred_label(self.deferred_from) if self.deferred_from else ""

    @property
    def shown_public_title(self) -> str:
        """The title every public and partner output shows: the item's own title in Part 1; in Part 2
        the public title, or "Exempt item (paragraph N)" until one is written."""
        return agenda_rules.public_title(self.title, self.part, self.exempt_paragraph, self.public_title)

    @property
    def stands_out(self) -> bool:
        return self.state in (LATE, RECEIVED_LATE)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["start"] = dates.hm(self.start)
        data["papers"] = [dict(asdict(p), received_at=p.received_at.isoformat()) for p in self.papers]
        data["shown_public_title"] = self.shown_public_title
        data["deferred_from"] = self.deferred_from.isoformat() if self.deferred_from else None
        return data


@dataclass(frozen=True)
class Agenda:
    meeting: meetings_svc.MeetingRow
    items: list[ItemRow]
    report_deadline: dt.date
    publication_date: dt.date
    deadline_days: int
    continuous: bool
    problems: list[str] = field(default_factory=list)
    published_on: dt.date | None = None  # the day its first public agenda pack was built
    publication_warning: str = ""  # the publication date near, today or past (deadlines.publication_warning)
    # The action log as the "matters arising" item reviews it: open actions, and those closed
    # since the last meeting (services.actions.ActionRow).
    matters_arising: list = field(default_factory=list)
    # Partner boards' minutes listed under "Partner boards' minutes – for information"
    # (services.exchange.ExchangeRow): those received since the last meeting, or noted here.
    partner_minutes: list = field(default_factory=list)
    # The action plan the themed meeting's working-group report presents (services.working_groups.Plan).
    working_group_plan: object | None = None

    @property
    def working_group_item(self) -> ItemRow | None:
        from cpo_desktop.services.working_groups import is_report_item

        if self.working_group_plan is None:
            return None
        return next((i for i in self.items if is_report_item(i.title, i.section, i.report_rule_id)), None)

    @property
    def matters_arising_item(self) -> ItemRow | None:
        return next((i for i in self.items if MATTERS_ARISING.search(i.title)), None)

    @property
    def total_minutes(self) -> int:
        return sum(i.duration_minutes for i in self.items)

    @property
    def finishes(self) -> dt.time:
        return agenda_rules.start_times(self.meeting.start_time, [self.total_minutes, 0])[1]

    def item(self, number: str) -> ItemRow:
        for item in self.items:
            if item.number.casefold() == str(number).strip().casefold():
                return item
        raise AgendaError(f"{agenda_name([self.meeting.date], start=True)} has no item {number}"
                          + (f" (items {self.items[0].number} to {self.items[-1].number})." if self.items else "."))

    def as_dict(self) -> dict:
        return {"meeting": self.meeting.as_dict(), "report_deadline": self.report_deadline.isoformat(),
                "publication_date": self.publication_date.isoformat(), "deadline_working_days": self.deadline_days,
                "published_on": self.published_on.isoformat() if self.published_on else None,
                "publication_warning": self.publication_warning,
                "continuous_numbering": self.continuous, "total_minutes": self.total_minutes,
                "finishes": dates.hm(self.finishes), "problems": self.problems,
                "items": [i.as_dict() for i in self.items],
                "matters_arising": [a.as_dict() for a in self.matters_arising],
                "partner_minutes": [r.as_dict() for r in self.partner_minutes],
                "working_group_plan": self.working_group_plan.as_dict() if self.working_group_plan else None}

    @property
    def partner_minutes_item(self) -> ItemRow | None:
        from cpo_desktop.services.exchange import PARTNER_ITEM

        return next((i for i in self.items if PARTNER_ITEM.search(i.title)), None)




def presenter_person(session: Session, item: AgendaItem, day: dt.date) -> Person | None:
    """The person behind an item's presenter: the one named, else the seat's holder on ``day``."""
    if item.presenter_person_id:
        return session.get(Person, item.presenter_person_id)
    if item.presenter_seat_id:
        return holder_on(session, item.presenter_seat_id, day)
    return None


def presenter_and_email(session: Session, item: AgendaItem,
                        day: dt.date) -> tuple[str, str | None, Person | None]:
    """The presenter in words, the e-mail to chase them at, and the person behind them (the one
    named, else the seat's holder on ``day``; ``presenter_person``), read once."""
    person = presenter_person(session, item, day)
    seat = session.get(Seat, item.presenter_seat_id) if item.presenter_seat_id else None
    return _presenter_words(item, seat, person)


def presenters(session: Session, items: list[AgendaItem],
               day: dt.date) -> dict[int, tuple[str, str | None, Person | None]]:
    """``presenter_and_email`` for each item (by id), in three queries however many items: the
    seats, their holders on ``day``, and the people."""
    seat_ids = {i.presenter_seat_id for i in items if i.presenter_seat_id}
    seats = {s.id: s for s in session.exec(select(Seat).where(Seat.id.in_(seat_ids)))} if seat_ids else {}
    holders: dict[int, int] = {}
    if seat_ids:
        for ms in session.exec(select(Membership).where(
                Membership.seat_id.in_(seat_ids), Membership.start_date <= day,
                (Membership.end_date == None) | (Membership.end_date >= day))  # noqa: E711
                .order_by(Membership.start_date.desc(), Membership.id)):
            holders.setdefault(ms.seat_id, ms.person_id)  # the latest start first, as holder_on

    def person_id(i: AgendaItem) -> int | None:
        return i.presenter_person_id or (holders.get(i.presenter_seat_id) if i.presenter_seat_id else None)

    ids = {pid for i in items if (pid := person_id(i))}
    people = {p.id: p for p in session.exec(select(Person).where(Person.id.in_(ids)))} if ids else {}
    return {i.id: _presenter_words(i, seats.get(i.presenter_seat_id) if i.presenter_seat_id else None,
                                   people.get(person_id(i))) for i in items}


def _presenter_words(item: AgendaItem, seat: Seat | None,
                     person: Person | None) -> tuple[str, str | None, Person | None]:
    if item.presenter_seat_id:
        title = seat.title.split(" – ")[0]  # "Chair – Lead Member …": "Chair"
        text = aside(title, person_name(person, public=False) if person else "vacant")
        return text, person.email if person else None, person
    if person is not None:
        role = f", {item.presenter_role}" if item.presenter_role else ""
        return person_name(person, public=False) + role, person.email, person
    return item.presenter_role or "", None, None


def load_agenda(store: Store, meeting: str | int, *, today: dt.date | None = None,
                public_actions: bool = False) -> Agenda:
    """The meeting's agenda; ``public_actions``: its matters arising as the public version shows
    them (``actions.matters_arising(public=True)``), for the public pack."""
    today = clock.or_today(today)
    meeting_id = meetings_svc.find_meeting(store, meeting)
    row = meetings_svc.meeting_row(store, meeting_id)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        continuous = numbering.continuous_agenda(session)
        items = numbering.agenda_items(session, meeting_id)
        numbers = numbering.item_numbers(session, m, items)
        times = agenda_rules.start_times(m.start_time, [i.duration_minutes for i in items])
        deadline, publish = deadlines_svc.deadlines(session, m.date)
        papers: dict[int, list[Paper]] = {}
        deferred: dict[int, dt.date] = {}
        if items:
            for p in session.exec(select(Paper).where(Paper.agenda_item_id.in_([i.id for i in items]))
                                  .order_by(Paper.id)):
                papers.setdefault(p.agenda_item_id, []).append(p)
            deferred.update(session.exec(  # items deferred here: from the meeting whose minute deferred them
                select(Resolution.deferred_item_id, Meeting.date).join(Minute, Resolution.minute_id == Minute.id)
                .join(Meeting, Minute.meeting_id == Meeting.id)
                .where(Resolution.deferred_item_id.in_([i.id for i in items]))).all())
        rows = []
        presented = presenters(session, items, m.date)
        # The performance report item's paper is made by the pack from the figures, when there are any.
        made = (any(performance_rules.is_report_item(i.title) for i in items)
                and deadlines_svc.has_figures(session, m.date))
        for item, number, start_at in zip(items, numbers, times, strict=True):
            presenter, email, author = presented[item.id]
            paper_rows = tuple(PaperRow(
                id=p.id, item_id=item.id, original_name=p.original_name, kind=p.kind, pages=p.pages,
                size_bytes=p.size_bytes, sha256=p.sha256, received_at=p.received_at,
                late=deadlines_svc.local_day(p.received_at) > deadline, pledge=p.pledge, pledge_note=p.pledge_note,
                involvement=p.involvement, involvement_note=p.involvement_note, you_said_we_did=p.you_said_we_did,
                you_said_we_did_note=p.you_said_we_did_note) for p in papers.get(item.id, []))
            rows.append(ItemRow(
                id=item.id, number=number, position=item.position, sub_item=item.sub_item, start=start_at,
                title=item.title, section=item.section, purpose=item.purpose, duration_minutes=item.duration_minutes,
                presenter=presenter, author_email=email, presenter_person_id=item.presenter_person_id,
                presenter_seat_id=item.presenter_seat_id, presenter_role=item.presenter_role, part=item.part,
                exempt_paragraph=item.exempt_paragraph, public_interest=item.public_interest,
                chair_notes=item.chair_notes, report_rule_id=item.report_rule_id,
                standing_item_id=item.standing_item_id, paper_expected=item.paper_expected,
                to_follow=item.to_follow, papers=paper_rows,
                state=deadlines_svc.paper_state(item.paper_expected, paper_rows, item.to_follow, deadline, m.date, today,
                                                made=made and performance_rules.is_report_item(item.title)),
                public_title=item.public_title, author_name=person_name(author, public=False) if author else None,
                author_salutation=salutation(author) if author else None, deferred_from=deferred.get(item.id)))
        published = pack_records.first_built(session, meeting_id, "public")
        warning = deadlines_svc.publication_warning(m.date, publish, today, published,
                                                    cancelled=m.status == enums.MeetingStatus.CANCELLED) if rows else ""
        agenda = Agenda(meeting=row, items=rows, report_deadline=deadline, publication_date=publish,
                        deadline_days=deadlines_svc.deadline_days(session), continuous=continuous,
                        published_on=published, publication_warning=warning)
    agenda.problems.extend(agenda_problems(agenda))
    if any(MATTERS_ARISING.search(i.title) for i in rows):
        from cpo_desktop.services import actions

        agenda.matters_arising.extend(actions.matters_arising(store, meeting_id, public=public_actions, today=today))
    from cpo_desktop.services import exchange, working_groups

    if any(working_groups.is_report_item(i.title, i.section, i.report_rule_id) for i in rows):
        plan = working_groups.meeting_plan(store, meeting_id, public=public_actions)
        if plan is not None:
            agenda = replace(agenda, working_group_plan=plan)
    agenda.partner_minutes.extend(exchange.for_meeting(store, meeting_id))
    if agenda.partner_minutes and agenda.partner_minutes_item is None and rows:
        agenda.problems.append(
            f"{len(agenda.partner_minutes)} partner board minutes are waiting to be noted at this meeting, but the "
            "agenda has no “Partner boards' minutes – for information” item: add one.")
    return agenda


def agenda_problems(agenda: Agenda) -> list[str]:
    problems = []
    over = agenda_rules.overrun_minutes([i.duration_minutes for i in agenda.items], agenda.meeting.duration_minutes)
    if over:
        problems.append(f"The agenda runs {over} minute{'s' if over != 1 else ''} over the meeting's "
                        f"{agenda.meeting.duration_minutes} "
                        f"minutes (it would finish at {dates.hm(agenda.finishes)}).")
    parts = [i.part for i in agenda.items]
    if 2 in parts and 1 in parts[parts.index(2):]:
        problems.append("A public (Part 1) item comes after the exempt (Part 2) items: the public would have to be "
                        "re-admitted. Part 2 items usually close the agenda.")
    for item in agenda.items:
        if item.part == 2 and not item.public_interest:
            problems.append(f"Item {item.number} is in Part 2 but has no public-interest note.")
    late = [i.number for i in agenda.items if i.state == LATE]
    if late:
        problems.append(f"Papers not received after the deadline of {dates.short(agenda.report_deadline)}: item"
                        f"{'s' if len(late) > 1 else ''} {', '.join(late)}.")
    return problems


# --- building from the template -------------------------------------------------------------------

def create_agenda(store: Store, meeting: str | int) -> int:
    """Fill an empty agenda from the board's template; returns the number of items made."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        if numbering.agenda_items(session, meeting_id):
            raise AgendaError(f"The meeting of {dates.short(m.date)} already has an agenda; add items to it instead.")
        return agenda_template.expand_template(session, m)


# --- editing items --------------------------------------------------------------------------------

@dataclass
class ItemInput:
    title: str
    purpose: str = enums.Purpose.INFORMATION.value
    duration_minutes: int = 10
    presenter_person_id: int | None = None
    presenter_seat_id: int | None = None
    presenter_role: str | None = None
    part: int = 1
    exempt_paragraph: int | None = None
    public_interest: str | None = None
    chair_notes: str | None = None
    sub_item: bool = False
    paper_expected: bool = True
    to_follow: bool = False
    section: str = "other"
    public_title: str | None = None  # Part 2 only: what the public and partners see; empty for the default
    report_rule_id: int | None = None  # the work programme's recurring report this item is (None: none)

    def problems(self) -> list[str]:
        problems = []
        if not self.title.strip():
            problems.append("the item needs a title")
        if self.purpose not in {p.value for p in enums.Purpose}:
            problems.append(f"“{self.purpose}” is not a purpose: use decision, discussion or information")
        if not 0 <= self.duration_minutes <= 300:
            problems.append("an item lasts from 0 to 300 minutes")
        if self.part not in (1, 2):
            problems.append("an item is in Part 1 (public) or Part 2 (exempt)")
        if self.part == 2 and self.exempt_paragraph not in agenda_rules.SCHEDULE_12A:
            problems.append("a Part 2 item must cite the paragraph of Schedule 12A (1 to 7) that makes it exempt")
        if self.part == 1 and self.exempt_paragraph is not None:
            problems.append("only a Part 2 item cites a Schedule 12A paragraph")
        if self.part == 1 and (self.public_title or "").strip():
            problems.append("only a Part 2 item has a public title (a Part 1 item is shown by its own title)")
        if self.section not in SECTIONS:
            problems.append(f"“{self.section}” is not an agenda section")
        return problems


def _check(session: Session, data: ItemInput) -> None:
    if problems := data.problems():
        raise AgendaError(sentence(problems) + " Nothing was saved.")
    if data.presenter_person_id is not None and session.get(Person, data.presenter_person_id) is None:
        raise AgendaError(f"There is no person with id {data.presenter_person_id}.")
    if data.presenter_seat_id is not None and session.get(Seat, data.presenter_seat_id) is None:
        raise AgendaError(f"There is no seat with id {data.presenter_seat_id}.")
    work_programme.check_rule(session, data.report_rule_id)


def _values(data: ItemInput) -> dict:
    return dict(title=data.title.strip(), purpose=data.purpose, duration_minutes=data.duration_minutes,
                presenter_person_id=data.presenter_person_id, presenter_seat_id=data.presenter_seat_id,
                presenter_role=(data.presenter_role or "").strip() or None, part=data.part,
                exempt_paragraph=data.exempt_paragraph if data.part == 2 else None,
                public_interest=(data.public_interest or "").strip() or None if data.part == 2 else None,
                public_title=" ".join((data.public_title or "").split()) or None if data.part == 2 else None,
                chair_notes=(data.chair_notes or "").strip() or None, sub_item=data.sub_item,
                paper_expected=data.paper_expected, to_follow=data.to_follow, section=data.section,
                report_rule_id=data.report_rule_id)


def renumber(items: list[AgendaItem]) -> None:
    """Set the items' positions to their order in ``items``."""
    for n, item in enumerate(items, start=1):
        item.position = n


def default_index(items: list[AgendaItem], part: int = 1) -> int:
    """Where a new item goes when not told: a public item before the closing block (any other
    business) and before any Part 2 item; a Part 2 item at the end, where the press and public
    are asked to leave."""
    if part == 2:
        return len(items)
    for n, item in enumerate(items):
        if item.section == enums.AgendaSection.CLOSING or item.part == 2:
            return n
    return len(items)


def add_item(store: Store, meeting: str | int, data: ItemInput, *, after: str | None = None,
             attach: list[Path] | None = None, today: dt.date | None = None) -> int:
    """Add an item (building the agenda from the template first if it has none), optionally after
    the item numbered ``after`` and with papers; all in one transaction. Returns the item id."""
    from cpo_desktop.services import papers

    meeting_id = meetings_svc.find_meeting(store, meeting)
    checked = [papers.read_and_check(Path(p)) for p in attach or []]  # every file checked before any write
    seen: dict[str, str] = {}
    for c in checked:
        if c.sha256 in seen:
            raise AgendaError(f"{c.name} and {seen[c.sha256]} are the same file; attach it once. Nothing was saved.")
        seen[c.sha256] = c.name
    with store.session() as session:
        _check(session, data)
        m = session.get(Meeting, meeting_id)
        agenda_template.ensure_agenda(session, m)
        items = numbering.agenda_items(session, meeting_id)
        if after is not None:
            index = _index_of_number(session, m, items, after) + 1
            # Skip over the sub-items of the item we go after, unless we are one of them.
            while not data.sub_item and index < len(items) and items[index].sub_item:
                index += 1
        else:
            index = default_index(items, data.part)
        if data.sub_item and index == 0:
            raise AgendaError("A sub-item needs an item above it; give --after.")
        item = AgendaItem(meeting_id=meeting_id, position=0, **_values(data))
        items.insert(index, item)
        renumber(items)
        session.add(item)
        session.flush()
        for c in checked:
            _attach(session, store, item, c)
        return item.id


def _index_of_number(session: Session, m: Meeting, items: list[AgendaItem], number: str) -> int:
    numbers = numbering.item_numbers(session, m, items)
    for n, text in enumerate(numbers):
        if text.casefold() == str(number).strip().casefold():
            return n
    raise AgendaError(f"{agenda_name([m.date], start=True)} has no item {number}"
                      + (f" (items {numbers[0]} to {numbers[-1]})." if numbers else "."))


def get_item(session: Session, item_id: int) -> AgendaItem:
    """The agenda item with that id; AgendaError when there is none."""
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise AgendaError(f"There is no agenda item with id {item_id}; it may have been removed.")
    return item


def update_item(store: Store, item_id: int, data: ItemInput) -> bool:
    """Change an item; False (and nothing written) when ``data`` is what the item already holds."""
    with store.session() as session:
        _check(session, data)
        item = get_item(session, item_id)
        changes = {key: value for key, value in _values(data).items() if getattr(item, key) != value}
        if not changes:
            return False
        for key, value in changes.items():
            setattr(item, key, value)
        if item.sub_item and item.position == 1:
            raise AgendaError("The first item cannot be a sub-item. Nothing was saved.")
        return True


def item_input(row: ItemRow) -> ItemInput:
    return ItemInput(title=row.title, purpose=row.purpose, duration_minutes=row.duration_minutes,
                     presenter_person_id=row.presenter_person_id, presenter_seat_id=row.presenter_seat_id,
                     presenter_role=row.presenter_role, part=row.part, exempt_paragraph=row.exempt_paragraph,
                     public_interest=row.public_interest, chair_notes=row.chair_notes, sub_item=row.sub_item,
                     paper_expected=row.paper_expected, to_follow=row.to_follow, section=row.section,
                     public_title=row.public_title, report_rule_id=row.report_rule_id)


def remove_item(store: Store, item_id: int) -> None:
    """Take an item (and its papers' links) off the agenda; the stored files stay. A main
    item's sub-items stay on the agenda as main items, rather than fall under the item above."""
    with store.session() as session:
        item = get_item(session, item_id)
        where = _in_record(session, item_id)
        if where:
            raise AgendaError(f"“{item.title}” cannot come off the agenda: {where}. Nothing was changed.")
        for paper in session.exec(select(Paper).where(Paper.agenda_item_id == item_id)):
            session.delete(paper)
        everything = numbering.agenda_items(session, item.meeting_id)
        index = everything.index(item)
        if not item.sub_item:
            for following in everything[index + 1:]:
                if not following.sub_item:
                    break
                following.sub_item = False
        items = everything[:index] + everything[index + 1:]
        session.delete(item)
        if items and items[0].sub_item:
            items[0].sub_item = False
        renumber(items)


def _in_record(session: Session, item_id: int) -> str | None:
    """Why an item is part of the board's record (minuted, declared on, or put there by a
    deferral), in words; None when it can come off the agenda."""
    from cpo_desktop.model.tables import Declaration, Minute, Resolution

    if session.exec(select(Minute.id).where(Minute.agenda_item_id == item_id)).first():
        return "it has been minuted, and the minutes keep every item they record"
    if session.exec(select(Declaration.id).where(Declaration.agenda_item_id == item_id)).first():
        return "a declaration of interest was made on it"
    res = session.exec(select(Resolution).where(Resolution.deferred_item_id == item_id)).first()
    if res is not None:
        return "it was deferred here by a resolution of an earlier meeting; change that resolution instead"
    return None


def move_item(store: Store, item_id: int, to_index: int) -> None:
    """Put an item at ``to_index`` (0-based) in its agenda's order; a top-level item takes its
    sub-items with it."""
    with store.session() as session:
        item = get_item(session, item_id)
        items = numbering.agenda_items(session, item.meeting_id)
        start = items.index(item)
        end = start + 1
        if not item.sub_item:
            while end < len(items) and items[end].sub_item:
                end += 1
        block = items[start:end]
        rest = items[:start] + items[end:]
        to_index = max(0, min(to_index, len(items)))
        if start <= to_index <= end:
            return  # dropped on itself or among its own sub-items: nothing moves
        # The target counted in the full list; after lifting the block out it shifts back.
        insert_at = to_index - len(block) if to_index > start else to_index
        insert_at = max(0, min(insert_at, len(rest)))
        rest[insert_at:insert_at] = block
        if rest[0].sub_item:
            rest[0].sub_item = False
        renumber(rest)


def set_sub_item(store: Store, item_id: int, sub: bool) -> None:
    """Indent (5 → 4a) or outdent an item."""
    with store.session() as session:
        item = get_item(session, item_id)
        if sub and item.position == 1:
            raise AgendaError("The first item cannot be a sub-item: there is no item above it.")
        item.sub_item = sub


# --- papers ---------------------------------------------------------------------------------------

def _attach(session: Session, store: Store, item: AgendaItem, checked) -> int:
    from cpo_desktop.services import papers

    same = session.exec(select(Paper).where(Paper.agenda_item_id == item.id,
                                            Paper.sha256 == checked.sha256)).first()
    if same is not None:
        raise AgendaError(f"{checked.name} is already attached to this item (as {same.original_name}). "
                          "Nothing was saved.")
    papers.store_document(store.paths, checked)
    doctext.remember(session, checked)  # read once, for the privacy checks of public outputs
    paper = Paper(agenda_item_id=item.id, original_name=checked.name, sha256=checked.sha256, kind=checked.kind,
                  size_bytes=checked.size, pages=checked.pages)
    session.add(paper)
    item.to_follow = False
    item.paper_expected = True
    session.flush()
    return paper.id


def attach_paper(store: Store, item_id: int, path: Path) -> int:
    """Check a PDF or DOCX, copy it into the store under its content hash, and attach it."""
    from cpo_desktop.services import papers

    checked = papers.read_and_check(Path(path))
    with store.session() as session:
        return _attach(session, store, get_item(session, item_id), checked)


def remove_paper(store: Store, paper_id: int) -> None:
    with store.session() as session:
        paper = session.get(Paper, paper_id)
        if paper is None:
            raise AgendaError(f"There is no paper with id {paper_id}.")
        session.delete(paper)


def set_to_follow(store: Store, item_id: int, to_follow: bool = True) -> None:
    with store.session() as session:
        item = get_item(session, item_id)
        item.to_follow = to_follow
        if to_follow:
            item.paper_expected = True


def paper_file(store: Store, paper: PaperRow) -> Path:
    from cpo_desktop.services import papers

    return papers.document_path(store.paths, paper.sha256, paper.kind)


@dataclass
class Checklist:
    pledge: bool = False
    pledge_note: str | None = None
    involvement: bool = False
    involvement_note: str | None = None
    you_said_we_did: bool = False
    you_said_we_did_note: str | None = None


def set_checklist(store: Store, paper_id: int, checklist: Checklist) -> None:
    """The report checklist: how the paper incorporates the Pledge, how young people were
    involved, and "you said, we did"."""
    with store.session() as session:
        paper = session.get(Paper, paper_id)
        if paper is None:
            raise AgendaError(f"There is no paper with id {paper_id}.")
        for key, value in asdict(checklist).items():
            setattr(paper, key, (value or "").strip() or None if key.endswith("_note") else bool(value))


# --- presenters from the command line -------------------------------------------------------------

def _name_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _names_shown(p: Person) -> set[str]:
    """The ways the app writes a person's name (``person_name``: "Ms Harpreet Sandhu") and the
    ways people type it ("Harpreet Sandhu", by the name they go by, with or without the title)."""
    firsts = {p.first_name, p.preferred_name} - {None, ""}
    names = {person_name(p, public=False)} | {f"{first} {p.surname}" for first in firsts}
    if p.title:
        names |= {f"{p.title} {name}" for name in set(names)}
    return {_name_key(n) for n in names}


def _person_named(session: Session, text: str) -> Person | None:
    """The one current person the text names as the app shows names; an error if it names several."""
    key = _name_key(text)
    people = [p for p in session.exec(select(Person).where(Person.former == False))  # noqa: E712
              if key in _names_shown(p)]
    if len(people) > 1:
        raise AgendaError(f"“{text}” is the name of {len(people)} people in the register (ids "
                          f"{', '.join(str(p.id) for p in people)}); give the id or the e-mail address instead.")
    return people[0] if people else None


def resolve_presenter(store: Store, text: str | None, day: dt.date) -> tuple[int | None, int | None, str | None]:
    """--presenter: a person (id, e-mail, or their name as the app shows it: "Ms Harpreet Sandhu",
    with or without the title, or followed by ", role"), a seat (the start of its title, or as the
    agenda shows it: "Chair (Cllr Angela Mensah)"), a reporting officer's role, or else a role in words."""
    if not text or not text.strip():
        return None, None, None
    text = " ".join(text.split())
    key = text.casefold()
    with store.session() as session:
        if text.isdigit():
            if session.get(Person, int(text)) is None:
                raise AgendaError(f"There is no person with id {text}.")
            return int(text), None, None
        if "@" in text:
            person = session.exec(select(Person).where(func.lower(Person.email) == key)).first()
            if person is None:
                raise AgendaError(f"Nobody in the register has the e-mail address {text}.")
            return person.id, None, None
        person = _person_named(session, text)
        if person is not None:
            return person.id, None, None
        name, comma, role = text.partition(",")
        if comma and role.strip() and (person := _person_named(session, name)) is not None:
            return person.id, None, role.strip()  # "Ms Harpreet Sandhu, Head Teacher", as the agenda shows it
        if text.endswith(")") and " (" in text:  # "Chair (Cllr Angela Mensah)": a seat as the agenda shows it
            seat_id = agenda_template.resolve_role(session, text[:text.rindex(" (")], day)[1]
            if seat_id is not None:
                return None, seat_id, None
        found = agenda_template.resolve_role(session, text, day)
        if found[1] is None and " – " in text:  # "… NHS (Sefton Borough) – Ms Rachel Adeyemi" (wording.aside)
            seat_id = agenda_template.resolve_role(session, text[:text.rindex(" – ")], day)[1]
            if seat_id is not None:
                return None, seat_id, None
        return found


def describe_presenter(store: Store, person_id: int | None, seat_id: int | None, role: str | None,
                       day: dt.date) -> str:
    """Whom a presenter links to, in a sentence, and whether the item's paper can be chased."""
    with store.session() as session:
        if seat_id is not None:
            seat = session.get(Seat, seat_id)
            holder = session.get(Person, person_id) if person_id else holder_on(session, seat_id, day)
            who = (f"held by {person_name(holder, public=False)} on {dates.long(day)}" if holder
                   else f"vacant on {dates.long(day)}")
            email = holder.email if holder else None
            linked = f"the seat “{seat.title}”, {who}"
        elif person_id is not None:
            person = session.get(Person, person_id)
            email = person.email
            linked = aside(person_name(person, public=False), role or "")
        else:
            return (f"The presenter “{role}” is text only: it is nobody in the register, so its paper "
                    "cannot be chased." if role else "The item has no presenter.")
    chase = f"its paper is chased at {email}" if email else "there is no e-mail address to chase its paper"
    return f"The presenter is {linked}; {chase}."


# --- capture and restore (undo) -------------------------------------------------------------------

@dataclass(frozen=True)
class AgendaState:
    meeting_id: int
    items: tuple[dict, ...]
    papers: tuple[dict, ...]


def capture(store: Store, meeting_id: int) -> AgendaState:
    with store.session() as session:
        items = numbering.agenda_items(session, meeting_id)
        papers = session.exec(select(Paper).where(Paper.agenda_item_id.in_([i.id for i in items]))).all() \
            if items else []
        return AgendaState(meeting_id, tuple(i.model_dump() for i in items), tuple(p.model_dump() for p in papers))


def restore(store: Store, state: AgendaState) -> None:
    """Put a meeting's agenda back exactly as captured (same ids), in one transaction."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    try:
        with store.session() as session:
            _restore(session, state, text)
    except IntegrityError:
        raise AgendaError("The agenda cannot be put back as it was: an item added since is now in the minutes, "
                          "a declaration or a deferral. Nothing was changed.") from None


def _restore(session: Session, state: AgendaState, text) -> None:  # text: sqlalchemy.text
    if session.get(Meeting, state.meeting_id) is None:
        raise AgendaError("That meeting no longer exists, so its agenda cannot be put back.")
    # Items are put back with their ids, so minutes and declarations that point at them are
    # whole again by the end of the transaction: check the references then, not per statement.
    session.exec(text("PRAGMA defer_foreign_keys = ON"))
    current = numbering.agenda_items(session, state.meeting_id)
    ids = [i.id for i in current]
    if ids:
        for p in session.exec(select(Paper).where(Paper.agenda_item_id.in_(ids))):
            session.delete(p)
    for i in current:
        session.delete(i)
    session.flush()
    for values in state.items:
        session.add(AgendaItem(**values))
    session.flush()
    for values in state.papers:
        session.add(Paper(**values))
