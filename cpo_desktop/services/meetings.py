"""Meetings: the board's schedule, planning a municipal year, adding and moving meetings.

A meeting on a bank holiday, at a weekend or on a day that already has a meeting is not
refused outright (boards do meet so), but it is only saved once the user has seen the
warning and said so (``anyway=True``). Moves keep their history ("moved from …").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model import enums, schedule
from cpo_desktop.model.rules import (
    municipal_year_label,
    municipal_year_start,
    parse_date,
)
from cpo_desktop.model.tables import Board, Meeting, MeetingChange, Priority
from cpo_desktop.services import settings
from cpo_desktop.store.db import Store

SCHEDULE_KEY = "meetings.schedule"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class MeetingError(UserError, ValueError):
    """A meeting change refused, with the reason. Nothing was saved."""


class MeetingWarning(MeetingError):
    """The change needs the user's say-so: a bank holiday, a weekend, a second meeting that day."""

    def __init__(self, warnings: list[str], *, cli: str | None = None, window: str | None = None,
                 cli_form: str | None = None) -> None:
        self.warnings = warnings
        super().__init__(" ".join(sentence([w]) for w in warnings)
                         + " Say so to go ahead all the same (--anyway on the command line).",
                         cli=cli, window=window, cli_form=cli_form)


@dataclass
class Schedule:
    """When the board meets: the ``week``-th ``weekday`` of each of ``months``."""

    months: list[int] = field(default_factory=lambda: list(schedule.DEFAULT_MONTHS))
    weekday: int = 2  # Monday is 0
    week: int = 2  # 1-4, or -1 for the last
    start_time: str = "14:00"
    duration_minutes: int = 120
    venue: str = ""
    online_link: str | None = None

    def problems(self) -> list[str]:
        problems = []
        if not self.months or any(not 1 <= m <= 12 for m in self.months) or len(set(self.months)) != len(self.months):
            problems.append("the months must be different numbers from 1 to 12")
        if not 0 <= self.weekday <= 6:
            problems.append("the weekday must be 0 (Monday) to 6 (Sunday)")
        if self.week not in (1, 2, 3, 4, -1):
            problems.append("the week must be 1 to 4, or -1 for the last in the month")
        try:
            parse_time(self.start_time)
        except MeetingError as exc:
            problems.append(str(exc).rstrip("."))
        if not 15 <= self.duration_minutes <= 600:
            problems.append("a meeting lasts from 15 minutes to 10 hours")
        return problems

    def describe(self) -> str:
        ordinal = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}[self.week]
        return (f"the {ordinal} {WEEKDAYS[self.weekday]} of "
                + ", ".join(dt.date(2000, m, 1).strftime("%B") for m in self.months) + f" at {self.start_time}")


def parse_time(text: str) -> dt.time:
    """A time of day as officers write it: 14:00 or 14.00."""
    try:
        return dt.datetime.strptime(text.strip().replace(".", ":"), "%H:%M").time()
    except ValueError:
        raise MeetingError(f"“{text}” is not a time of day; write it as 14:00.") from None


def get_schedule(store: Store) -> Schedule:
    saved = settings.get(store, SCHEDULE_KEY)
    if saved:
        return Schedule(**saved)
    with store.session() as session:
        board = session.exec(select(Board)).first()
    if board is None:
        return Schedule()
    return Schedule(start_time=board.default_start_time, duration_minutes=board.default_duration_minutes,
                    venue=board.default_venue)


def set_schedule(store: Store, value: Schedule) -> None:
    if problems := value.problems():
        raise MeetingError(sentence(problems))

    def same(a: Schedule) -> dict:  # the months' order says nothing
        return dict(asdict(a), months=sorted(a.months))

    if same(get_schedule(store)) == same(value):
        return  # the schedule as it stands (also one still taken from the board's defaults)
    settings.set(store, SCHEDULE_KEY, asdict(value))


# --- reading ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MeetingRow:
    id: int
    date: dt.date
    start_time: dt.time
    kind: str  # the enum value
    kind_label: str
    theme: str
    venue: str
    online_link: str | None
    status: str
    duration_minutes: int
    municipal_year: str
    moved_from: dt.date | None
    notes: str | None
    prepares_for: int | None = None  # a young people's pre-meeting: the board meeting it prepares for
    pre_meetings: tuple[int, ...] = ()  # a board meeting: the young people's meetings that prepare for it

    def as_dict(self) -> dict:
        data = asdict(self)
        data["date"] = self.date.isoformat()
        data["start_time"] = dates.hm(self.start_time)
        data["moved_from"] = self.moved_from.isoformat() if self.moved_from else None
        return data


def list_meetings(store: Store, *, year: int | None = None, meeting_id: int | None = None) -> list[MeetingRow]:
    """Every meeting in date order; with ``year``, the municipal year starting that May; with
    ``meeting_id``, that one meeting only."""
    with store.session() as session:
        themes = dict(session.exec(select(Priority.id, Priority.title)).all())
        moved: dict[int, dt.date] = {}
        changes = select(MeetingChange.meeting_id, MeetingChange.old_date).order_by(MeetingChange.id)
        query = select(Meeting).order_by(Meeting.date, Meeting.start_time)
        if meeting_id is not None:
            changes = changes.where(MeetingChange.meeting_id == meeting_id)
            query = query.where(Meeting.id == meeting_id)
        for changed_id, old in session.exec(changes):
            moved.setdefault(changed_id, old)  # the date first planned
        if year is not None:
            query = query.where(Meeting.date >= dt.date(year, 5, 1), Meeting.date <= dt.date(year + 1, 4, 30))
        pre: dict[int, list[int]] = {}
        for pre_id, board_id in session.exec(select(Meeting.id, Meeting.prepares_for_id)
                                             .where(Meeting.prepares_for_id != None).order_by(Meeting.date)):  # noqa: E711
            pre.setdefault(board_id, []).append(pre_id)
        return [MeetingRow(
            id=m.id, date=m.date, start_time=m.start_time, kind=m.kind, kind_label=enums.MeetingKind(m.kind).label,
            theme=themes.get(m.priority_id, ""), venue=m.venue, online_link=m.online_link, status=m.status,
            duration_minutes=m.duration_minutes, municipal_year=municipal_year_label(m.date),
            moved_from=moved.get(m.id), notes=m.notes, prepares_for=m.prepares_for_id,
            pre_meetings=tuple(pre.get(m.id, ()))) for m in session.exec(query)]


def meeting_row(store: Store, meeting_id: int) -> MeetingRow:
    rows = list_meetings(store, meeting_id=meeting_id)
    if not rows:
        raise MeetingError(f"There is no meeting with id {meeting_id}.")
    return rows[0]


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


def theme_choices(store: Store) -> list[str]:
    """The board's priorities' titles, in order: the themes a meeting can have."""
    with store.session() as session:
        return list(session.exec(select(Priority.title).where(Priority.former == False)  # noqa: E712
                                 .order_by(Priority.sort_order, Priority.id)))


def find_meeting(store: Store, ref: str | int) -> int:
    """A meeting by id, or by its date (ISO, or 31/01/2027) when only one meeting falls on it."""
    text = str(ref).strip()
    with store.session() as session:
        if text.isdigit():
            if session.get(Meeting, int(text)) is None:
                raise MeetingError(f"There is no meeting with id {text}.", cli_form=(
                    f"There is no meeting with id {text} (see `cpo-desktop meetings list`)."))
            return int(text)
        day = parse_day(text)
        found = session.exec(select(Meeting).where(Meeting.date == day)).all()
    if not found:
        raise MeetingError(f"There is no meeting on {dates.full(day)}.", cli_form=(
            f"There is no meeting on {dates.full(day)} (see `cpo-desktop meetings list`)."))
    board = [m for m in found if m.kind == enums.MeetingKind.BOARD]
    if len(found) > 1 and len(board) == 1 and all(m.prepares_for_id == board[0].id for m in found if m is not board[0]):
        return board[0].id  # the others that day are its young people's pre-meetings
    if len(found) > 1:
        raise MeetingError(f"{len(found)} meetings fall on {dates.short(day)}; give the id instead: "
                           + ", ".join(str(m.id) for m in found) + ".")
    return found[0].id


def parse_day(text: str) -> dt.date:
    """31/01/2027 or 2027-01-31; a date that does not exist (30 February) is named as such."""
    try:
        return parse_date(text)
    except ValueError as exc:
        raise MeetingError(f"{exc}.") from None


# --- warnings ------------------------------------------------------------------------------------

def day_warnings(session: Session, day: dt.date, *, ignore: int | None = None,
                 prepares_for: int | None = None) -> list[str]:
    """Why ``day`` needs the user's say-so. A young people's pre-meeting and the board meeting it
    prepares for (``prepares_for``; or, for the board meeting ``ignore``, its pre-meetings) are on
    the same day on purpose: no clash."""
    others = session.exec(select(Meeting).where(Meeting.date == day, Meeting.status != enums.MeetingStatus.CANCELLED))
    return schedule.day_warnings(day, [
        (enums.MeetingKind(m.kind).label, m.start_time) for m in others
        if m.id != ignore and m.id != prepares_for and (ignore is None or m.prepares_for_id != ignore)])


def check_pre_meeting(session: Session, kind: str, day: dt.date, start: dt.time, prepares_for: int | None, *,
                      meeting_id: int | None = None) -> None:
    """A young people's meeting may prepare for one board meeting, on its day (starting before it)
    or in the month before it."""
    if prepares_for is None:
        return
    if kind != enums.MeetingKind.YOUNG_PEOPLES_FORUM:
        raise MeetingError("Only a young people's meeting prepares for a board meeting.")
    board = session.get(Meeting, prepares_for)
    if board is None or board.kind != enums.MeetingKind.BOARD or board.id == meeting_id:
        raise MeetingError(f"Meeting {prepares_for} is not a board meeting; a young people's meeting prepares "
                           "for a board meeting.")
    if problem := schedule.pre_meeting_problem(day, start, board.date, board.start_time):
        raise MeetingError(f"{problem[0].upper()}{problem[1:]} ({dates.short(board.date)} at "
                           f"{dates.hm(board.start_time)}): give another day or time.")


# --- changes -------------------------------------------------------------------------------------

@dataclass
class MeetingInput:
    date: dt.date
    start_time: dt.time
    kind: str = enums.MeetingKind.BOARD.value
    theme: str | None = None  # a priority's title (case-insensitive), or None
    venue: str | None = None  # None: the schedule's venue
    online_link: str | None = None
    duration_minutes: int | None = None
    notes: str | None = None
    prepares_for: int | None = None  # a young people's pre-meeting: the board meeting's id


def priority_id(session: Session, theme: str | None) -> int | None:
    """The id of the board's priority named by ``theme`` (its title, any case, or a part of it
    that matches only one); None for no theme. MeetingError when it names none of them."""
    if not theme:
        return None
    everyone = session.exec(select(Priority).order_by(Priority.former, Priority.sort_order)).all()
    for p in everyone:  # a retired priority by its whole title: a meeting already themed on it keeps it
        if p.title.casefold() == theme.strip().casefold():
            return p.id
    priorities = [p for p in everyone if not p.former]
    matches = [p for p in priorities if theme.strip().casefold() in p.title.casefold()]
    if len(matches) == 1:
        return matches[0].id
    raise MeetingError(f"“{theme}” is not one of the board's priorities: "
                       + "; ".join(p.title for p in priorities) + ".")


def add_meeting(store: Store, data: MeetingInput, *, anyway: bool = False) -> tuple[int, list[str]]:
    """Add one meeting; returns its id and the warnings the user accepted."""
    try:
        kind = enums.MeetingKind(data.kind).value
    except ValueError:
        raise MeetingError(f"Unknown kind of meeting “{data.kind}”; use one of: "
                           + ", ".join(k.value for k in enums.MeetingKind) + ".") from None
    plan = get_schedule(store)
    with store.session() as session:
        board = session.exec(select(Board)).one()
        check_pre_meeting(session, kind, data.date, data.start_time, data.prepares_for)
        warnings = day_warnings(session, data.date, prepares_for=data.prepares_for)
        if warnings and not anyway:
            raise MeetingWarning(warnings)
        meeting = Meeting(board_id=board.id, kind=kind, date=data.date, start_time=data.start_time,
                          prepares_for_id=data.prepares_for,
                          duration_minutes=data.duration_minutes or plan.duration_minutes,
                          venue=data.venue if data.venue is not None else plan.venue,
                          online_link=data.online_link if data.online_link is not None else plan.online_link,
                          priority_id=priority_id(session, data.theme), notes=data.notes,
                          status=enums.MeetingStatus.PLANNED)
        session.add(meeting)
        session.flush()
        return meeting.id, warnings


def move_meeting(store: Store, meeting_id: int, new_date: dt.date, new_time: dt.time | None = None, *,
                 reason: str | None = None, anyway: bool = False) -> list[str]:
    """Move or postpone a meeting; its history keeps where it was."""
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingError(f"There is no meeting with id {meeting_id}.")
        if meeting.status == enums.MeetingStatus.HELD:
            raise MeetingError(f"The meeting of {dates.short(meeting.date)} has been held; it cannot be moved.")
        new_time = new_time or meeting.start_time
        if (new_date, new_time) == (meeting.date, meeting.start_time):
            raise MeetingError("That is when the meeting already is; nothing was changed.")
        if meeting.prepares_for_id is not None:
            check_pre_meeting(session, meeting.kind, new_date, new_time, meeting.prepares_for_id, meeting_id=meeting.id)
        warnings = day_warnings(session, new_date, ignore=meeting.id, prepares_for=meeting.prepares_for_id)
        warnings += schedule.pre_meetings_left_behind(new_date, new_time, [
            (m.date, m.start_time) for m in session.exec(select(Meeting).where(
                Meeting.prepares_for_id == meeting.id, Meeting.status != enums.MeetingStatus.CANCELLED))])
        if warnings and not anyway:
            raise MeetingWarning(warnings)
        session.add(MeetingChange(meeting_id=meeting.id, old_date=meeting.date, old_start_time=meeting.start_time,
                                  new_date=new_date, new_start_time=new_time, reason=(reason or "").strip() or None))
        meeting.date, meeting.start_time = new_date, new_time
        if meeting.status == enums.MeetingStatus.CANCELLED:
            meeting.status = enums.MeetingStatus.PLANNED  # postponed rather than dropped
        return warnings


def history(store: Store, meeting_id: int) -> list[MeetingChange]:
    with store.session() as session:
        return list(session.exec(select(MeetingChange).where(MeetingChange.meeting_id == meeting_id)
                                 .order_by(MeetingChange.id)))


@dataclass(frozen=True)
class PlannedMeeting:
    date: dt.date
    start_time: dt.time
    theme: str
    warnings: list[str]


def plan_year(store: Store, year: int, *, dry_run: bool = False, anyway: bool = False) -> list[PlannedMeeting]:
    """Board meetings for the municipal year starting in May of ``year``, from the schedule,
    each themed on the next priority (a sixth meeting reviews the year).

    Refused if the year already has board meetings, or (unless ``anyway``) if a date needs a
    warning; with ``dry_run`` nothing is saved either way.
    """
    if not 2000 <= year <= 2100:
        raise MeetingError(f"{year} is not a municipal year to plan (give the year it starts, e.g. 2027).")
    plan = get_schedule(store)
    start = parse_time(plan.start_time)
    days = schedule.year_meeting_dates(year, weekday=plan.weekday, week=plan.week, months=tuple(plan.months))
    label = municipal_year_label(dt.date(year, 5, 1))
    with store.session() as session:
        existing = [m for m in session.exec(select(Meeting).where(Meeting.kind == enums.MeetingKind.BOARD))
                    if municipal_year_start(m.date) == year]
        if existing:
            message = (f"{label} already has {len(existing)} board meetings; add or move meetings one "
                       "at a time instead.")
            raise MeetingError(message, cli_form=message.removesuffix(".")
                               + " (`cpo-desktop meetings add`, `meetings move`).")
        priorities = session.exec(select(Priority).where(Priority.former == False)  # noqa: E712
                                  .order_by(Priority.sort_order)).all()
        planned = [PlannedMeeting(day, start, priorities[n].title if n < len(priorities) else "",
                                  day_warnings(session, day)) for n, day in enumerate(days)]
        if dry_run:
            return planned
        if not anyway and any(p.warnings for p in planned):
            raise MeetingWarning([w for p in planned for w in p.warnings])
        board = session.exec(select(Board)).one()
        by_title = {p.title: p.id for p in priorities}
        for p in planned:
            session.add(Meeting(board_id=board.id, kind=enums.MeetingKind.BOARD, date=p.date, start_time=start,
                                duration_minutes=plan.duration_minutes, venue=plan.venue,
                                online_link=plan.online_link, priority_id=by_title.get(p.theme),
                                notes=None if p.theme else "Annual review of the strategy and work programme",
                                status=enums.MeetingStatus.PLANNED))
        return planned


# --- details and status ---------------------------------------------------------------------------

@dataclass
class MeetingDetails:
    """What can change about a meeting besides its date and time (moves keep their history)."""

    kind: str = enums.MeetingKind.BOARD.value
    theme: str | None = None  # a priority's title, or None for no theme
    venue: str = ""
    online_link: str | None = None
    duration_minutes: int = 120
    notes: str | None = None
    prepares_for: int | None = None  # a young people's pre-meeting: the board meeting's id

    def problems(self) -> list[str]:
        problems = []
        if self.kind not in {k.value for k in enums.MeetingKind}:
            problems.append(f"“{self.kind}” is not a kind of meeting")
        if not 15 <= self.duration_minutes <= 600:
            problems.append("a meeting lasts from 15 minutes to 10 hours")
        if not (self.venue or "").strip() and not (self.online_link or "").strip():
            problems.append("say where the meeting is: a venue or an online link")
        return problems


def meeting_details(row: MeetingRow) -> MeetingDetails:
    return MeetingDetails(kind=row.kind, theme=row.theme or None, venue=row.venue, online_link=row.online_link,
                          duration_minutes=row.duration_minutes, notes=row.notes, prepares_for=row.prepares_for)


def update_meeting(store: Store, meeting_id: int, data: MeetingDetails) -> None:
    """Change a meeting's kind, theme, venue, link, length or notes, in one transaction."""
    if problems := data.problems():
        raise MeetingError(sentence(problems) + " Nothing was saved.")
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingError(f"There is no meeting with id {meeting_id}.")
        if (data.prepares_for, data.kind) != (meeting.prepares_for_id, meeting.kind):
            check_pre_meeting(session, data.kind, meeting.date, meeting.start_time, data.prepares_for,
                              meeting_id=meeting.id)
        if data.kind != enums.MeetingKind.BOARD and session.exec(
                select(Meeting.id).where(Meeting.prepares_for_id == meeting.id)).first() is not None:
            raise MeetingError("A young people's meeting prepares for this board meeting: unlink it first, "
                               "or keep this a board meeting. Nothing was saved.")
        meeting.kind = data.kind
        meeting.prepares_for_id = data.prepares_for
        meeting.priority_id = priority_id(session, data.theme)
        meeting.venue = (data.venue or "").strip()
        meeting.online_link = (data.online_link or "").strip() or None
        meeting.duration_minutes = data.duration_minutes
        meeting.notes = (data.notes or "").strip() or None


def set_status(store: Store, meeting_id: int, status: str, *, reason: str | None = None,
               today: dt.date | None = None) -> None:
    """Mark a meeting held (once its day has come), cancelled (with the reason kept in its notes),
    or planned again (a cancelled meeting reinstated)."""
    today = clock.or_today(today)
    if status not in {s.value for s in enums.MeetingStatus}:
        raise MeetingError(f"“{status}” is not a meeting status (planned, held, cancelled).")
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingError(f"There is no meeting with id {meeting_id}.")
        when = dates.short(meeting.date)
        if status == enums.MeetingStatus.HELD and meeting.date > today:
            raise MeetingError(f"The meeting of {when} is still to come; it can be marked held on or after the day.")
        if status == enums.MeetingStatus.CANCELLED and meeting.status == enums.MeetingStatus.HELD:
            raise MeetingError(f"The meeting of {when} has been held; it cannot be cancelled.")
        if status == meeting.status:
            raise MeetingError(f"The meeting of {when} is already {status}; nothing was changed.")
        if status == enums.MeetingStatus.CANCELLED and reason and reason.strip():
            meeting.notes = "; ".join(n for n in (meeting.notes, f"Cancelled: {reason.strip()}") if n)
        meeting.status = status
