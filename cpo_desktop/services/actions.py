"""The action log: who must do what by when, from a minute or free-standing, with dated
updates. Open actions, and those closed since the last meeting, come back to the next
meeting as matters arising until they are done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, func, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import UserError
from cpo_desktop.model import enums
from cpo_desktop.model.enums import ActionStatus
from cpo_desktop.model.rules import person_name
from cpo_desktop.model.tables import ActionItem, ActionUpdate, Meeting, Minute, Person
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import numbering, settings
from cpo_desktop.store.db import Store

LAST_NUMBER_KEY = "actions.last_number"


class ActionError(UserError, ValueError):
    """An action change refused, with the reason. Nothing was saved."""


@dataclass(frozen=True)
class UpdateRow:
    id: int
    date: dt.date
    status: str
    text: str


@dataclass(frozen=True)
class ActionRow:
    id: int
    number: int
    description: str
    owner_id: int
    owner: str
    due_date: dt.date | None
    status: str
    created_on: dt.date
    closed_on: dt.date | None
    meeting_id: int | None
    meeting_date: dt.date | None
    minute_id: int | None
    minute_ref: str  # "7 (12/08/2026)"
    part: int  # 2 when agreed under a Part 2 minute: never shown in public documents
    updates: tuple[UpdateRow, ...]
    overdue: bool

    @property
    def ref(self) -> str:
        return f"A{self.number}"

    @property
    def status_label(self) -> str:
        return ActionStatus(self.status).label

    @property
    def closed(self) -> bool:
        return ActionStatus(self.status).closed

    @property
    def latest_update(self) -> str:
        if not self.updates:
            return ""
        u = self.updates[-1]
        return f"{dates.short(u.date)}: {u.text}" if u.text else f"{dates.short(u.date)}: {ActionStatus(u.status).label}"

    def as_dict(self) -> dict:
        return {
            "number": self.ref, "description": self.description, "owner": self.owner,
            "due_date": self.due_date.isoformat() if self.due_date else None, "status": self.status,
            "overdue": self.overdue, "created_on": self.created_on.isoformat(),
            "closed_on": self.closed_on.isoformat() if self.closed_on else None, "minute": self.minute_ref,
            "updates": [{"date": u.date.isoformat(), "status": u.status, "text": u.text} for u in self.updates],
        }


def is_overdue(status: str, due: dt.date | None, today: dt.date) -> bool:
    return due is not None and due < today and not ActionStatus(status).closed


def _by_id(session: Session, table, ids: set[int]) -> dict:
    """Rows of ``table`` by id, in one query per CHUNK ids (SQLite limits the parameters)."""
    ids, out = sorted(i for i in ids if i is not None), {}
    for k in range(0, len(ids), CHUNK):
        out.update((r.id, r) for r in session.exec(select(table).where(table.id.in_(ids[k:k + CHUNK]))))
    return out


CHUNK = 500


def _rows(session: Session, query, *, public: bool, today: dt.date) -> list[ActionRow]:
    # What the rows show is read in a fixed number of queries, however long the log: the
    # actions, then their updates, owners, minutes (with their numbers) and meetings by id.
    actions = list(session.exec(query))
    if not actions:
        return []
    ids = [a.id for a in actions]
    updates: dict[int, list[UpdateRow]] = {}
    for k in range(0, len(ids), CHUNK):
        for u in session.exec(select(ActionUpdate).where(ActionUpdate.action_id.in_(ids[k:k + CHUNK]))
                              .order_by(ActionUpdate.date, ActionUpdate.id)):
            updates.setdefault(u.action_id, []).append(UpdateRow(u.id, u.date, u.status, u.text))
    for rows in updates.values():
        rows.sort(key=lambda u: (u.date, u.id))
    people = _by_id(session, Person, {a.owner_person_id for a in actions})
    minutes = _by_id(session, Minute, {a.minute_id for a in actions if a.minute_id})
    meetings = _by_id(session, Meeting, {a.meeting_id for a in actions if a.meeting_id})
    numbers = numbering.numbers_of(session, list(minutes.values()))
    out = []
    for a in actions:
        owner = people.get(a.owner_person_id)
        m = meetings.get(a.meeting_id) if a.meeting_id else None
        ref, part = "", 1
        if a.minute_id:
            minute = minutes[a.minute_id]
            part = minute.part
            ref = f"{numbers.get(minute.id) or ''} ({dates.short(m.date)})" if m else ""
        elif m is not None:
            ref = f"Meeting of {dates.short(m.date)}"
        out.append(ActionRow(
            id=a.id, number=a.number, description=a.description, owner_id=a.owner_person_id,
            owner=person_name(owner, public=public), due_date=a.due_date, status=a.status, created_on=a.created_on,
            closed_on=a.closed_on, meeting_id=a.meeting_id, meeting_date=m.date if m else None, minute_id=a.minute_id,
            minute_ref=ref, part=part, updates=tuple(updates.get(a.id, ())),
            overdue=is_overdue(a.status, a.due_date, today)))
    return out


OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def list_actions(store: Store, *, open_only: bool = False, overdue_only: bool = False, meeting: str | int | None = None,
                 public: bool = False, closed_since: dt.date | None = None,
                 today: dt.date | None = None) -> list[ActionRow]:
    """The action log in number order; open only (open or in progress), overdue only, the
    actions agreed at one meeting, or (``closed_since``) those still open and those closed on or
    after that day. In the public form Part 2 actions are left out."""
    today = clock.or_today(today)
    query = select(ActionItem).order_by(ActionItem.number)
    if meeting is not None:
        query = query.where(ActionItem.meeting_id == meetings_svc.find_meeting(store, meeting))
    if open_only or overdue_only:
        query = query.where(ActionItem.status.in_(OPEN_STATUSES))
    elif closed_since is not None:
        query = query.where(ActionItem.status.in_(OPEN_STATUSES) | ActionItem.closed_on.is_(None)
                            | (ActionItem.closed_on >= closed_since))
    with store.session() as session:
        rows = _rows(session, query, public=public, today=today)
    if overdue_only:
        rows = [r for r in rows if r.overdue]
    if public:
        rows = [r for r in rows if r.part != 2]
    return rows


def closed_before(store: Store, day: dt.date) -> int:
    """How many actions were closed before ``day`` (those ``list_actions(closed_since=day)`` leaves out)."""
    with store.session() as session:
        return session.exec(select(func.count()).select_from(ActionItem).where(
            ActionItem.status.not_in(OPEN_STATUSES), ActionItem.closed_on < day)).one()


def get_action(store: Store, ref: str | int, *, today: dt.date | None = None) -> ActionRow:
    number = parse_ref(ref)
    with store.session() as session:
        rows = _rows(session, select(ActionItem).where(ActionItem.number == number), public=False,
                     today=clock.or_today(today))
    if not rows:
        raise ActionError(f"There is no action A{number}.")
    return rows[0]


def parse_ref(ref: str | int) -> int:
    text = str(ref).strip().upper().removeprefix("A")
    if not text.isdigit():
        raise ActionError(f"“{ref}” is not an action number (write A12 or 12).")
    return int(text)


def matters_arising(store: Store, meeting: str | int, *, public: bool = False,
                    today: dt.date | None = None) -> list[ActionRow]:
    """What the "matters arising and action log" item of ``meeting`` reviews: actions agreed
    before it that were open on its day, and those closed since the meeting before."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        prev = meetings_svc.previous_meeting(session, m)
        since = prev.date if prev else dt.date.min
        # Only what the item reviews is read: not the actions closed before the meeting before.
        query = select(ActionItem).where(ActionItem.created_on < m.date,
                                         (ActionItem.meeting_id == None) | (ActionItem.meeting_id != meeting_id),  # noqa: E711
                                         (ActionItem.closed_on == None) | (ActionItem.closed_on >= since))  # noqa: E711
        out = _rows(session, query.order_by(ActionItem.number), public=public, today=today or m.date)
    # Overdue is judged on the meeting's day, so a past agenda shows what was overdue then.
    out = [_as_at(r, m.date) for r in out]
    return [r for r in out if not (public and r.part == 2)]


def _as_at(row: ActionRow, day: dt.date) -> ActionRow:
    from dataclasses import replace

    return replace(row, overdue=row.due_date is not None and row.due_date < day
                   and (row.closed_on is None or row.closed_on >= day))


# --- changing -------------------------------------------------------------------------------------

@dataclass
class ActionInput:
    description: str
    owner_id: int | None
    due_date: dt.date | None = None
    meeting: str | int | None = None  # the meeting it was agreed at
    minute_id: int | None = None  # or the minute it comes from (sets the meeting)


def _check(session: Session, data: ActionInput) -> tuple[str, Person]:
    problems = []
    description = " ".join((data.description or "").split())
    if not description:
        problems.append("say what is to be done")
    owner = session.get(Person, data.owner_id) if data.owner_id else None
    if data.owner_id is None:
        problems.append("every action needs an owner: the person who will do it")
    elif owner is None:
        problems.append(f"there is no person with id {data.owner_id}")
    if problems:
        raise ActionError("The action was not saved: " + "; ".join(problems) + ".")
    return description, owner


def add_action(store: Store, data: ActionInput, *, today: dt.date | None = None) -> int:
    """Add an action; returns its number (A12 → 12)."""
    today = clock.or_today(today)
    meeting_id = meetings_svc.find_meeting(store, data.meeting) if data.meeting not in (None, "") else None
    with store.session() as session:
        description, owner = _check(session, data)
        if data.minute_id is not None:
            minute = session.get(Minute, data.minute_id)
            if minute is None:
                raise ActionError(f"There is no minute with id {data.minute_id}.")
            meeting_id = minute.meeting_id
        created = today
        if meeting_id is not None:
            m = session.get(Meeting, meeting_id)
            if m.status == enums.MeetingStatus.CANCELLED:
                raise ActionError(f"The meeting on {dates.short(m.date)} was cancelled; no actions came from it.")
            created = m.date if m.date <= today else today  # agreed at the meeting
        # Numbers are never given twice, even after an action entered by mistake is removed.
        number = max(session.exec(select(func.max(ActionItem.number))).one() or 0,
                     int(settings.get_in(session, LAST_NUMBER_KEY, 0))) + 1
        settings.set_in(session, LAST_NUMBER_KEY, number)
        session.add(ActionItem(number=number, meeting_id=meeting_id, minute_id=data.minute_id, description=description,
                               owner_person_id=owner.id, due_date=data.due_date, created_on=created))
        return number


def _action(session: Session, ref: str | int) -> ActionItem:
    number = parse_ref(ref)
    a = session.exec(select(ActionItem).where(ActionItem.number == number)).first()
    if a is None:
        raise ActionError(f"There is no action A{number}.")
    return a


def edit_action(store: Store, ref: str | int, *, description: str | None = None, owner_id: int | None = None,
                due_date: dt.date | None | bool = False) -> None:
    """Change what, who or when (``due_date=None`` clears it; ``False`` leaves it)."""
    with store.session() as session:
        a = _action(session, ref)
        data = ActionInput(description=a.description if description is None else description,
                           owner_id=owner_id or a.owner_person_id)
        desc, owner = _check(session, data)
        a.description, a.owner_person_id = desc, owner.id
        if due_date is not False:
            a.due_date = due_date


def update_action(store: Store, ref: str | int, *, status: str | None = None, text: str = "",
                  on: dt.date | None = None, today: dt.date | None = None) -> None:
    """A dated update, with or without a change of status. Closing (done, dropped) records
    the day; reopening clears it."""
    today = clock.or_today(today)
    on = on or today
    if on > today:
        raise ActionError(f"An update cannot be dated in the future ({dates.short(on)}).")
    text = " ".join((text or "").split())
    with store.session() as session:
        a = _action(session, ref)
        new = a.status
        if status is not None:
            try:
                new = ActionStatus(status)
            except ValueError:
                raise ActionError(f"“{status}” is not an action status; use one of "
                                  f"{', '.join(s.value for s in ActionStatus)}.") from None
        if new == a.status and not text:
            raise ActionError("Nothing to record: give a new status or a note.")
        if on < a.created_on:
            raise ActionError(f"The update ({dates.short(on)}) is before the action was agreed ({dates.short(a.created_on)}).")
        latest = session.exec(select(ActionUpdate.date).where(ActionUpdate.action_id == a.id)
                              .order_by(ActionUpdate.date.desc())).first()
        if latest is not None and on < latest and new != a.status:
            raise ActionError(f"A{a.number} has an update dated {dates.short(latest)}; a change of status cannot be "
                              f"dated before it ({dates.short(on)}).")
        if new == ActionStatus.DROPPED and not text:
            raise ActionError("Say why the action is dropped.")
        session.add(ActionUpdate(action_id=a.id, date=on, status=new, text=text))
        if new != a.status:
            a.status = new
            a.closed_on = on if ActionStatus(new).closed else None


def remove_action(store: Store, ref: str | int) -> None:
    """Only for an action entered by mistake and never updated: anything else is dropped."""
    with store.session() as session:
        a = _action(session, ref)
        if session.exec(select(ActionUpdate).where(ActionUpdate.action_id == a.id)).first() is not None:
            raise ActionError(f"A{a.number} has updates on record; mark it dropped instead of deleting it.")
        session.delete(a)


@dataclass(frozen=True)
class ActionState:
    action: dict | None
    updates: tuple[dict, ...]


def capture(store: Store, ref: str | int) -> ActionState:
    with store.session() as session:
        number = parse_ref(ref)
        a = session.exec(select(ActionItem).where(ActionItem.number == number)).first()
        if a is None:
            return ActionState(None, ())
        ups = session.exec(select(ActionUpdate).where(ActionUpdate.action_id == a.id)).all()
        return ActionState(a.model_dump(), tuple(u.model_dump() for u in ups))


def restore(store: Store, state: ActionState, ref: str | int) -> None:
    """Put an action back as captured (for undo); a state of None removes it."""
    number = parse_ref(ref)
    with store.session() as session:
        a = session.exec(select(ActionItem).where(ActionItem.number == number)).first()
        if a is not None:
            for u in session.exec(select(ActionUpdate).where(ActionUpdate.action_id == a.id)):
                session.delete(u)
            session.flush()
            session.delete(a)
            session.flush()
        if state.action is not None:
            session.add(ActionItem(**state.action))
            session.flush()
            for u in state.updates:
                session.add(ActionUpdate(**u))


# --- export ---------------------------------------------------------------------------------------

def lines(rows: list[ActionRow]):
    from cpo_desktop.packs.content import ActionLine

    return tuple(ActionLine(number=r.ref, minute_ref=r.minute_ref, description=r.description, owner=r.owner,
                            due=r.due_date, status=r.status_label, update=r.latest_update, overdue=r.overdue)
                 for r in rows)


def export(store: Store, fmt: str, out, *, open_only: bool = False, overdue_only: bool = False,
           closed_since: dt.date | None = None, today: dt.date | None = None):
    """The action log as CSV, Excel workbook (xlsx) or PDF, written to a temporary name and renamed
    into place; ``closed_since`` as ``list_actions`` takes it."""
    from pathlib import Path

    from cpo_desktop.files import atomic_write_bytes
    from cpo_desktop.model.tables import Board

    today = clock.or_today(today)
    if fmt not in ("csv", "xlsx", "pdf"):
        raise ActionError(f"The action log is exported as csv, xlsx or pdf, not “{fmt}”.")
    out = Path(out)
    if not out.parent.is_dir():
        raise ActionError(f"The folder {out.parent} does not exist.")
    rows = list_actions(store, open_only=open_only, overdue_only=overdue_only, closed_since=closed_since, today=today)
    title = ("Overdue actions" if overdue_only else "Open actions" if open_only else
             "Open and recent actions" if closed_since else "Action log")
    if fmt == "csv":
        from cpo_desktop.packs.actions_export import actions_csv
        data = actions_csv(lines(rows))
    elif fmt == "xlsx":
        from cpo_desktop.packs.actions_export import actions_xlsx
        data = actions_xlsx(lines(rows), title)
    else:
        from cpo_desktop.packs.actions_export import actions_pdf
        from cpo_desktop.packs.content import ActionLogContent
        with store.session() as session:
            board = session.exec(select(Board)).first()
        data = actions_pdf(ActionLogContent(council=board.council or "Sefton Council", board=board.name, as_at=today,
                                            title=title, actions=lines(rows),
                                            scope=f"Actions closed before {dates.plain(closed_since)} are not shown."
                                            if closed_since and not (open_only or overdue_only) else ""))
    atomic_write_bytes(out, data)
    return out
