"""The board's annual report to the Overview and Scrutiny Committee for a municipal year, made
from the board's own records: the meetings held and their themes, attendance by member, the
reports received against the work programme, the actions opened and closed, and the minutes
exchanged with partner boards. Laid out as a council committee report (the header block of
report to, date of meeting, subject, report of …; then numbered sections).

The report is a public document: people are named as ``person_name(p, public=True)`` names
them (a young person by first name unless they consented to more), Part 2 business appears by
title and Schedule 12A paragraph only, Part 2 actions are left out, and nothing is said that
the records do not show. A year that is not over is reported as at ``today``.

``content`` gathers; ``packs.annual_report_pdf`` renders; ``build`` writes the file (to a
temporary name, then renamed) and records it in the pack register, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from cpo_desktop.files import atomic_write
from cpo_desktop.model import agenda_rules, enums
from cpo_desktop.model.enums import ActionStatus
from cpo_desktop.model.enums import AttendanceStatus as S
from cpo_desktop.model.rules import municipal_year_label, person_name
from cpo_desktop.model.tables import (
    AgendaItem,
    Board,
    Meeting,
    Membership,
    Minute,
    Person,
    Priority,
    ReportingOfficer,
    ReportRule,
    Resolution,
    Seat,
    StandingItem,
)
from cpo_desktop.packs.build import NO_PROGRESS, PackError, PackResult, Progress, check_target
from cpo_desktop.services import disclosure, settings
from cpo_desktop.store.db import Store
from cpo_desktop.wording import and_list, plural

REPORT_TO = "Overview and Scrutiny Committee (Children's Services and Safeguarding)"
DEFAULT_REPORT_OF = "Executive Director of Children's Services"
DEFAULT_PORTFOLIO = "Children's Services"
TO_BE_CONFIRMED = "To be confirmed"
RECOMMENDATION = "that the content of the report be noted"

# The numbered sections, in order: (key, heading).
SECTIONS = (
    ("introduction", "Introduction/Background"),
    ("board", "The Board and its Members"),
    ("meetings", "Meetings Held"),
    ("attendance", "Attendance"),
    ("reports", "Reports Received Against the Work Programme"),
    ("actions", "Actions"),
    ("exchanges", "Exchange of Minutes with Partner Boards"),
    ("next_steps", "Recommendations and Next Steps"),
)

# The quarters of a municipal year (May to April).
QUARTERS = (("May–Jul", (5, 6, 7)), ("Aug–Oct", (8, 9, 10)), ("Nov–Jan", (11, 12, 1)), ("Feb–Apr", (2, 3, 4)))


# --------------------------------------------------------------------------- the content

@dataclass(frozen=True)
class ReportHeader:
    """The header block of a council committee report (as 004)."""
    report_to: str
    committee_date: dt.date | None  # None: "To be confirmed"
    subject: str
    report_of: str
    wards: str
    portfolio: str
    key_decision: str
    forward_plan: str
    exempt: str

    @property
    def committee_date_text(self) -> str:
        d = self.committee_date
        return f"{d.day} {d:%B %Y}" if d else TO_BE_CONFIRMED


@dataclass(frozen=True)
class Implication:
    label: str  # "Resource Implications (Financial, IT, Staffing and Assets)"
    text: str  # "None"


@dataclass(frozen=True)
class ContactOfficer:
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class Section:
    key: str  # one of SECTIONS' keys: the renderer puts the section's tables and figures after its text
    title: str
    paragraphs: tuple[str, ...]  # numbered 1.1, 1.2 … in the report


@dataclass(frozen=True)
class PriorityLine:
    title: str
    chair: str  # the working group's chair (a role), "" when none is named


@dataclass(frozen=True)
class MemberLine:
    seat: str
    name: str  # "" for a vacant seat
    since: dt.date | None

    @property
    def vacant(self) -> bool:
        return not self.name


@dataclass(frozen=True)
class MembershipChange:
    name: str
    seat: str
    joined: bool  # True: appointed in the year; False: left in the year
    on: dt.date


@dataclass(frozen=True)
class MeetingLine:
    date: dt.date
    kind: str  # "Board meeting", "Young people's forum", …
    board: bool
    theme: str
    status: str  # "Held", "Cancelled", "To come", "Not recorded as held"
    note: str  # "Cancelled: not quorate", "moved from 03/06/2026"
    quorate: bool | None  # None: not a board meeting held with attendance recorded

    @property
    def quorate_text(self) -> str:
        return "" if self.quorate is None else "Yes" if self.quorate else "No"


@dataclass(frozen=True)
class MeetingAttendance:
    """The members expected at one board meeting held, and how they came."""
    date: dt.date
    members: int  # who held a seat that day
    present: int  # in person
    remote: int  # joined online
    substitutes: int  # substitutes who came in a member's place
    apologies: int
    absent: int  # absent without apologies
    not_recorded: int

    @property
    def attended(self) -> int:
        return self.present + self.remote

    @property
    def rate_text(self) -> str:
        return percent(self.attended, self.members)


@dataclass(frozen=True)
class MemberAttendance:
    seat: str
    name: str
    meetings: int  # board meetings held while they held the seat
    attended: int  # in person or online
    apologies: int
    substituted: int  # of the apologies, those with a substitute sent
    absent: int
    not_recorded: int

    @property
    def rate_text(self) -> str:
        return percent(self.attended, self.meetings)

    @property
    def represented_text(self) -> str:
        """The seat's attendance: the member or their substitute."""
        return percent(self.attended + self.substituted, self.meetings)


@dataclass(frozen=True)
class Part2Item:
    date: dt.date
    title: str
    paragraph: int | None  # Schedule 12A, Part 1


@dataclass(frozen=True)
class ReportLine:
    """One report rule (or standing item) of the work programme over the year."""
    title: str
    kind: str  # "Standing item" or the frequency ("Quarterly", "Annual", …)
    presenter: str  # a role or seat, never a person
    due: int  # meetings of the year it is due at (held and to come)
    presented: int  # on the agenda of a meeting held and not deferred
    deferred: int  # deferred by the board to a later meeting
    missing: int  # due at a meeting held but not on its agenda
    to_come: int  # due at a meeting still to come

    @property
    def standing(self) -> bool:
        return self.kind == "Standing item"


@dataclass(frozen=True)
class ActionQuarter:
    label: str  # "May–Jul 2026"
    opened: int
    closed: int


@dataclass(frozen=True)
class OverdueAction:
    ref: str  # "A3"
    description: str
    owner: str
    due: dt.date
    status: str  # as at the report's date: "Open", "In progress"


@dataclass(frozen=True)
class ActionsSummary:
    brought_forward: int  # agreed before the year and still open at its start
    opened: int  # agreed in the year
    done: int  # closed in the year as done
    dropped: int  # closed in the year as dropped
    open_at_end: int  # open (or in progress) at the report's date
    overdue_at_end: int
    part2_left_out: int  # actions agreed in private, not reported
    quarters: tuple[ActionQuarter, ...]
    overdue: tuple[OverdueAction, ...]

    @property
    def closed(self) -> int:
        return self.done + self.dropped


@dataclass(frozen=True)
class PartnerExchange:
    partner: str  # full name
    short_name: str
    restricted: bool
    owed: int  # our meetings held in the year whose minutes go to the partner
    sent_on_time: int
    sent_late: int
    not_sent_overdue: int
    not_yet_due: int  # confirmed, still within the time to send
    awaiting_confirmation: int
    received: int  # their minutes received in the year
    noted: int
    to_note: int
    receive_overdue: bool
    receive_note: str  # "Nothing received since 28/06/2026 (expected by 28/10/2026)"


@dataclass(frozen=True)
class MinutesSent:
    meeting_date: dt.date
    partner: str  # short name
    confirmed_on: dt.date | None
    due: dt.date | None
    sent_on: dt.date | None
    status: str  # "Sent on time", "Sent late", "Not sent – overdue", "Ready to send", "Awaiting confirmation"


@dataclass(frozen=True)
class MinutesReceived:
    partner: str  # short name
    meeting_date: dt.date | None
    received_on: dt.date | None
    status: str  # "Noted on 12/08/2026", "To be noted on 09/12/2026"


@dataclass(frozen=True)
class AnnualReportContent:
    public = True  # a paper to a public committee: renderers take it only through the privacy rule

    council: str
    board: str  # "Sefton Corporate Parenting Board"
    year: int  # 2026 for 2026/27
    label: str  # "2026/27"
    period_start: dt.date  # 1 May
    period_end: dt.date  # 30 April
    as_at: dt.date  # the day the figures are at: the year's end, or today while it runs
    header: ReportHeader
    summary: str
    recommendations: tuple[str, ...]
    reasons: str
    alternatives: str
    revenue_costs: str
    capital_costs: str
    implications: tuple[Implication, ...]
    climate: tuple[tuple[str, str], ...]  # ("Have a positive impact", "No") …
    consultations_internal: str
    consultations_external: str
    contact: ContactOfficer
    appendices: str
    background_papers: str
    sections: tuple[Section, ...]
    priorities: tuple[PriorityLine, ...]
    members: tuple[MemberLine, ...]  # every seat at ``as_at``: holder, or vacant
    changes: tuple[MembershipChange, ...]
    meetings: tuple[MeetingLine, ...]
    part2_items: tuple[Part2Item, ...]
    meeting_attendance: tuple[MeetingAttendance, ...]
    member_attendance: tuple[MemberAttendance, ...]
    reports: tuple[ReportLine, ...]
    actions: ActionsSummary
    partners: tuple[PartnerExchange, ...]
    minutes_sent: tuple[MinutesSent, ...]
    minutes_received: tuple[MinutesReceived, ...]
    next_steps: tuple[str, ...]

    @property
    def tables(self) -> tuple[str, ...]:
        """The keys of the tables the report has, in order: Table 1, Table 2 …"""
        return table_keys(self.members, self.meetings, self.part2_items, self.meeting_attendance,
                          self.member_attendance, self.reports, self.actions, self.partners, self.minutes_sent,
                          self.minutes_received)

    @property
    def figures(self) -> tuple[str, ...]:
        """The keys of its figures, in order: Figure 1, Figure 2."""
        return figure_keys(self.meeting_attendance, self.actions)

    def table_number(self, key: str) -> int | None:
        return self.tables.index(key) + 1 if key in self.tables else None

    def figure_number(self, key: str) -> int | None:
        return self.figures.index(key) + 1 if key in self.figures else None

    @property
    def complete(self) -> bool:
        """The year is over: the figures are the whole year's."""
        return self.as_at >= self.period_end

    @property
    def title(self) -> str:
        return self.header.subject

    @property
    def subject(self) -> str:
        return (f"Report to the {self.header.report_to}: the work of the {self.board} in the municipal "
                f"year {self.label}")

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def table_keys(members, meetings, part2_items, meeting_attendance, member_attendance, reports,
               actions: ActionsSummary, partners, minutes_sent, minutes_received) -> tuple[str, ...]:
    """Which tables a report has, in the order they are numbered: a table with no rows is left out."""
    present = (("members", members), ("meetings", meetings), ("part2", part2_items),
               ("meeting_attendance", meeting_attendance), ("member_attendance", member_attendance),
               ("reports", reports), ("action_quarters", actions.quarters), ("overdue_actions", actions.overdue),
               ("partners", partners), ("minutes_sent", minutes_sent), ("minutes_received", minutes_received))
    return tuple(key for key, rows in present if rows)


def figure_keys(meeting_attendance, actions: ActionsSummary) -> tuple[str, ...]:
    present = (("attendance", meeting_attendance), ("actions", actions.quarters))
    return tuple(key for key, rows in present if rows)


# --------------------------------------------------------------------------- wording helpers

def percent(part: int, whole: int) -> str:
    """'67%' (rounded as the attendance service rounds), '–' when there is nothing to divide by."""
    return f"{round(100 * part / whole)}%" if whole else "–"


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def _strip_council(text: str, council: str) -> str:
    """"Executive Director for Children's Services, Sefton Council" → without the council."""
    text = " ".join((text or "").split())
    if council and text.endswith(f", {council}"):
        text = text[: -len(council) - 2]
    return text


def _portfolio(session: Session, board_id: int) -> str:
    """The Chair's portfolio from the Chair's seat ("Chair – Lead Member for Children, Schools and
    Families" → "Children, Schools and Families")."""
    seat = session.exec(select(Seat).where(Seat.board_id == board_id, Seat.is_chair == True)).first()  # noqa: E712
    if seat is not None:
        match = re.search(r"(?:Lead Member|Cabinet Member)\s+for\s+(.+)$", seat.title, re.I)
        if match:
            return match.group(1).strip()
    return DEFAULT_PORTFOLIO


def default_target(store: Store, year: int) -> Path:
    """exports/packs/Annual report 2026-27.pdf (the label's "/" cannot go in a file name)."""
    label = municipal_year_label(dt.date(year, 5, 1)).replace("/", "-")
    return store.paths.exports / "packs" / f"Annual report {label}.pdf"


# --------------------------------------------------------------------------- gathering

def _check_year(year: int) -> None:
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise PackError(f"{year!r} is not a municipal year: give the year it starts, e.g. 2025 for 2025/26.")


def content(store: Store, year: int, *, committee_date: dt.date | None = None,
            today: dt.date | None = None, gate=None) -> AnnualReportContent:
    """Everything the annual report for the municipal year from May ``year`` says.

    Refused (``PackError``) for a year with no board meetings, or none held yet.
    """
    from cpo_desktop.services import meetings as meetings_svc

    _check_year(year)
    today = today or dt.date.today()
    start, end = dt.date(year, 5, 1), dt.date(year + 1, 4, 30)
    label = municipal_year_label(start)
    as_at = min(today, end)
    rows = meetings_svc.list_meetings(store, year=year)
    board_rows = [r for r in rows if r.kind == enums.MeetingKind.BOARD]
    if not board_rows:
        raise PackError(f"{label} has no board meetings, so there is nothing to report: plan the year's "
                        "meetings first (`cpo-desktop meetings plan`). Nothing was written.")
    if not any(r.status == enums.MeetingStatus.HELD for r in board_rows):
        raise PackError(f"{label} has {plural(len(board_rows), 'board meeting')} planned but none held yet, so "
                        "there is nothing to report. Nothing was written.")
    with store.session() as session:
        board = session.exec(select(Board)).one()
        council = board.council or "Sefton Council"
        gathered = _Gather(store, session, board, year, start, end, as_at)
        header = ReportHeader(
            report_to=REPORT_TO, committee_date=committee_date,
            subject=f"Corporate Parenting Board Annual Report {label}",
            report_of=_strip_council(board.senior_advisor, council) or DEFAULT_REPORT_OF, wards="(All Wards)",
            portfolio=_portfolio(session, board.id), key_decision="No", forward_plan="No", exempt="No")
        officer = settings.contact(session)
        contact = ContactOfficer(name=officer.display_name, role=settings.CONTACT_ROLE if officer.name else "",
                                 email=officer.email, phone=_phone(session, officer.email))
        priorities = tuple(PriorityLine(p.title, p.working_group_chair or "") for p in session.exec(
            select(Priority).where(Priority.board_id == board.id).order_by(Priority.sort_order, Priority.id)))
        members, changes = gathered.members()
        part2 = gathered.part2_items()
        reports = gathered.reports()
    held = [r for r in board_rows if r.status == enums.MeetingStatus.HELD]
    sheets = _attendance_sheets(store, held)
    meetings = _meeting_lines(rows, sheets, as_at)
    meeting_att = _meeting_attendance(held, sheets)
    member_att = _member_attendance(store, year)
    actions = _actions(store, start, end, as_at)
    partners, sent, received = _exchanges(store, start, end, as_at)

    c = _Draft(board=board, council=council, label=label, start=start, end=end, as_at=as_at,
               priorities=priorities, members=members, changes=changes, meetings=meetings, part2=part2,
               meeting_att=meeting_att, member_att=member_att, reports=reports, actions=actions,
               partners=partners, sent=sent, received=received)
    report = AnnualReportContent(
        council=council, board=board.name, year=year, label=label, period_start=start, period_end=end, as_at=as_at,
        header=header, summary=c.summary(), recommendations=(RECOMMENDATION,),
        reasons=c.reasons(),
        alternatives="None. The report is for information: the Committee is asked to note it.",
        revenue_costs="There are no revenue costs arising from this report.",
        capital_costs="None.",
        implications=(
            Implication("Resource Implications (Financial, IT, Staffing and Assets)", "None."),
            Implication("Legal Implications", "None."),
            Implication("Equality Implications", "There are no equality implications."),
        ),
        climate=(("Have a positive impact", "No"), ("Have a neutral impact", "Yes"),
                 ("Have a negative impact", "No")),
        consultations_internal=(f"The figures in this report are taken from the {board.name}'s records of its "
                                "meetings, attendance, minutes, action log, work programme and exchange of "
                                "minutes with partner boards."),
        consultations_external="None.",
        contact=contact,
        appendices="None: the figures are set out in the tables of this report.",
        background_papers=f"The agendas and minutes of the meetings of the {board.name} held in {label}.",
        sections=c.sections(), priorities=priorities, members=members, changes=changes, meetings=meetings,
        part2_items=part2, meeting_attendance=meeting_att, member_attendance=member_att, reports=reports,
        actions=actions, partners=partners, minutes_sent=sent, minutes_received=received,
        next_steps=c.next_steps())
    # A public paper to a committee: everything it says passes the privacy rule here, in one pass.
    return (gate or disclosure.gate(store)).scrub(report)


def _phone(session: Session, email: str) -> str:
    """The contact officer's telephone number from the register (found by e-mail), if recorded."""
    if not email:
        return ""
    person = session.exec(select(Person).where(Person.email == email)).first()
    return (person.phone or "") if person is not None and not person.is_young_person else ""


class _Gather:
    """What is read straight from the tables within one session."""

    def __init__(self, store: Store, session: Session, board: Board, year: int, start: dt.date, end: dt.date,
                 as_at: dt.date):
        self.store, self.session, self.board, self.year = store, session, board, year
        self.start, self.end, self.as_at = start, end, as_at

    def members(self) -> tuple[tuple[MemberLine, ...], tuple[MembershipChange, ...]]:
        from cpo_desktop.services import attendance as attendance_svc

        s = self.session
        held = {seat.id: ms for seat, ms in attendance_svc.holders_on(s, self.board.id, self.as_at)}
        lines = []
        for seat in s.exec(select(Seat).where(Seat.board_id == self.board.id, Seat.former == False)  # noqa: E712
                           .order_by(Seat.sort_order, Seat.id)):
            ms = held.get(seat.id)
            person = s.get(Person, ms.person_id) if ms else None
            lines.append(MemberLine(seat=seat.title, name=person_name(person, public=True) if person else "",
                                    since=ms.start_date if ms else None))
        changes = []
        for ms, seat, person in s.exec(select(Membership, Seat, Person).join(Seat, Membership.seat_id == Seat.id)
                                       .join(Person, Membership.person_id == Person.id)
                                       .where(Seat.board_id == self.board.id)):
            name = person_name(person, public=True)
            if self.start <= ms.start_date <= self.as_at:
                changes.append(MembershipChange(name, seat.title, True, ms.start_date))
            if ms.end_date is not None and self.start <= ms.end_date < self.as_at:
                changes.append(MembershipChange(name, seat.title, False, ms.end_date))
        changes.sort(key=lambda c: (c.on, not c.joined, c.seat))
        return tuple(lines), tuple(changes)

    def part2_items(self) -> tuple[Part2Item, ...]:
        """Items taken in private at the year's meetings held: title and paragraph only."""
        s = self.session
        rows = s.exec(select(AgendaItem, Meeting).join(Meeting, AgendaItem.meeting_id == Meeting.id).where(
            AgendaItem.part == 2, Meeting.status == enums.MeetingStatus.HELD,
            Meeting.date >= self.start, Meeting.date <= self.end).order_by(Meeting.date, AgendaItem.position))
        return tuple(Part2Item(m.date, agenda_rules.public_title(i.title, i.part, i.exempt_paragraph, i.public_title),
                               i.exempt_paragraph) for i, m in rows)

    def reports(self) -> tuple[ReportLine, ...]:
        """Each standing item and report rule: due, presented, deferred, missing, to come."""
        from cpo_desktop.services import work_programme as wp

        s = self.session
        meetings = wp.year_meetings(s, self.year)
        if not meetings:
            return ()
        ids = [m.id for m in meetings]
        items = list(s.exec(select(AgendaItem).where(AgendaItem.meeting_id.in_(ids))))
        deferred_items = set(s.exec(select(Minute.agenda_item_id).join(Resolution, Resolution.minute_id == Minute.id)
                                    .where(Minute.meeting_id.in_(ids),
                                           Resolution.kind == enums.ResolutionKind.DEFERRED)))
        rules = list(s.exec(select(ReportRule).order_by(ReportRule.sort_order, ReportRule.id)))
        due = wp.due_by_meeting(s, meetings, rules)
        officers = {o.id: o.role for o in s.exec(select(ReportingOfficer))}
        seats = {x.id: x.title for x in s.exec(select(Seat))}

        def line(title: str, kind: str, presenter: str, due_at: set[int], found) -> ReportLine:
            counts = dict.fromkeys(("due", "presented", "deferred", "missing", "to_come"), 0)
            for m in meetings:
                here = [i for i in items if i.meeting_id == m.id and found(i)]
                is_due = m.id in due_at
                counts["due"] += is_due
                if m.status == enums.MeetingStatus.HELD:
                    for i in here:
                        counts["deferred" if i.id in deferred_items else "presented"] += 1
                    if is_due and not here:
                        counts["missing"] += 1
                elif is_due or here:
                    counts["to_come"] += 1
            return ReportLine(title=title, kind=kind, presenter=presenter, **counts)

        standing = []
        every = set(ids)
        for st in s.exec(select(StandingItem).where(StandingItem.section == enums.AgendaSection.STANDING,
                                                    StandingItem.active == True)  # noqa: E712
                         .order_by(StandingItem.sort_order)):
            # An item deferred to a later meeting comes back without its link to the template, by title.
            standing.append(line(st.title, "Standing item", st.presenter_role or "", every,
                                 lambda i, sid=st.id, title=st.title: i.standing_item_id == sid or (
                                     i.standing_item_id is None and i.report_rule_id is None and i.title == title)))
        out = []
        for r in rules:
            due_at = {mid for mid, due_rules in due.items() if r in due_rules}
            row = line(r.title, enums.ReportFrequency(r.frequency).label,
                       officers.get(r.reporting_officer_id) or seats.get(r.seat_id) or r.presenter_role or "",
                       due_at, lambda i, rid=r.id: i.report_rule_id == rid)
            if not r.active and not (row.presented or row.deferred or row.to_come):
                continue
            out.append(row)
        return tuple(out + standing)  # the work programme's reports, then the standing items


def _attendance_sheets(store: Store, held_rows) -> dict:
    """Meeting id -> its attendance sheet (public names), read once for the tables that use it."""
    from cpo_desktop.services import attendance as attendance_svc

    return {r.id: attendance_svc.load(store, r.id, public=True) for r in held_rows}


def _meeting_lines(rows, sheets: dict, as_at: dt.date) -> tuple[MeetingLine, ...]:
    out = []
    for r in rows:
        notes = [n.strip() for n in (r.notes or "").split(";") if n.strip()]
        theme = r.theme or next((n for n in notes if n.lower().startswith("annual review")), "")
        note = ""
        quorate = None
        if r.status == enums.MeetingStatus.CANCELLED:
            status = "Cancelled"
            note = next((n for n in notes if n.startswith("Cancelled:")), "")
        elif r.status == enums.MeetingStatus.HELD:
            status = "Held"
            if (sheet := sheets.get(r.id)) is not None:
                if any(row.recorded for row in sheet.rows if row.member):
                    quorate = sheet.quorum.met
        else:
            status = "To come" if r.date > as_at else "Not recorded as held"
        if r.moved_from and r.moved_from != r.date:
            note = "; ".join(n for n in (note, f"moved from {r.moved_from:%d/%m/%Y}") if n)
        out.append(MeetingLine(date=r.date, kind=r.kind_label, board=r.kind == enums.MeetingKind.BOARD,
                               theme=theme, status=status, note=note, quorate=quorate))
    return tuple(out)


def _meeting_attendance(held_rows, sheets: dict) -> tuple[MeetingAttendance, ...]:
    out = []
    for r in held_rows:
        sheet = sheets[r.id]
        members = [x for x in sheet.rows if x.member]
        by_status: dict[str, int] = {}
        for x in members:
            by_status[x.status] = by_status.get(x.status, 0) + 1
        out.append(MeetingAttendance(
            date=r.date, members=len(members), present=by_status.get(S.PRESENT, 0), remote=by_status.get(S.REMOTE, 0),
            substitutes=sum(1 for x in sheet.rows if x.status == S.SUBSTITUTE),
            apologies=by_status.get(S.APOLOGIES, 0), absent=by_status.get(S.ABSENT, 0),
            not_recorded=sum(1 for x in members if not x.recorded)))
    return tuple(out)


def _member_attendance(store: Store, year: int) -> tuple[MemberAttendance, ...]:
    """Per member, as the attendance service counts it (present in person or online, of the
    board meetings held while they held a seat); the substitutes they sent are shown beside."""
    from cpo_desktop.services import attendance as attendance_svc

    _, rates = attendance_svc.rates(store, year, public=True)
    return tuple(MemberAttendance(seat=r.seats, name=r.name, meetings=r.expected, attended=r.present,
                                  apologies=r.apologies, substituted=r.substituted, absent=r.absent,
                                  not_recorded=r.not_recorded) for r in rates)


def _status_on(row, day: dt.date) -> str:
    """An action's status as it stood on ``day``, from its dated updates."""
    status = ActionStatus.OPEN.value
    for u in row.updates:
        if u.date <= day:
            status = u.status
    return status


def _quarter_of(day: dt.date) -> int:
    return next(n for n, (_, months) in enumerate(QUARTERS) if day.month in months)


def _actions(store: Store, start: dt.date, end: dt.date, as_at: dt.date) -> ActionsSummary:
    from cpo_desktop.services import actions as actions_svc

    everything = actions_svc.list_actions(store, today=as_at)
    public = [a for a in everything if a.part != 2]
    with store.session() as session:
        owners = {p.id: person_name(p, public=True) for p in session.exec(select(Person).where(
            Person.id.in_({a.owner_id for a in public})))} if public else {}

    def relevant(a) -> bool:
        return a.created_on <= as_at and (a.closed_on is None or a.closed_on >= start)

    def closed_by(a, day: dt.date) -> bool:
        return a.closed_on is not None and a.closed_on <= day

    part2_left_out = sum(1 for a in everything if a.part == 2 and relevant(a))
    brought = sum(1 for a in public if a.created_on < start and not closed_by(a, start - dt.timedelta(days=1)))
    opened = [a for a in public if start <= a.created_on <= as_at]
    closed = [a for a in public if a.closed_on is not None and start <= a.closed_on <= as_at]
    open_at_end = [a for a in public if a.created_on <= as_at and not closed_by(a, as_at)]
    overdue = [a for a in open_at_end if a.due_date is not None and a.due_date < as_at]
    quarters = []
    for n, (name, months) in enumerate(QUARTERS):
        first = dt.date(start.year + (months[0] < 5), months[0], 1)
        if first > as_at:
            break
        year_label = f"{first.year}" if months[-1] >= months[0] else f"{first.year}/{(first.year + 1) % 100:02d}"
        quarters.append(ActionQuarter(
            label=f"{name} {year_label}",
            opened=sum(1 for a in opened if _quarter_of(a.created_on) == n),
            closed=sum(1 for a in closed if _quarter_of(a.closed_on) == n)))
    return ActionsSummary(
        brought_forward=brought, opened=len(opened),
        done=sum(1 for a in closed if a.status == ActionStatus.DONE),
        dropped=sum(1 for a in closed if a.status == ActionStatus.DROPPED),
        open_at_end=len(open_at_end), overdue_at_end=len(overdue), part2_left_out=part2_left_out,
        quarters=tuple(quarters),
        overdue=tuple(OverdueAction(ref=a.ref, description=a.description,
                                    owner=owners.get(a.owner_id, a.owner), due=a.due_date,
                                    status=ActionStatus(_status_on(a, as_at)).label)
                      for a in sorted(overdue, key=lambda a: (a.due_date, a.number))))


def _exchanges(store: Store, start: dt.date, end: dt.date, as_at: dt.date):
    from cpo_desktop.model import exchange_rules as xr
    from cpo_desktop.services import exchange as exchange_svc

    reg = exchange_svc.register(store, today=as_at)

    def in_year(d: dt.date | None) -> bool:
        return d is not None and start <= d <= end

    partners, sent, received = [], [], []
    for summary in reg.partners:
        p = summary.partner
        outs = [r for r in reg.rows if r.partner_id == p.id and r.direction == xr.OUT and in_year(r.meeting_date)]
        ins = [r for r in reg.rows if r.partner_id == p.id and r.direction == xr.IN and r.exchange_id
               and in_year(r.received_on) and r.received_on <= as_at]
        if not (outs or ins or p.exchanges):
            continue
        counts = dict.fromkeys(("on_time", "late", "overdue", "ready", "awaiting"), 0)
        for r in sorted(outs, key=lambda r: r.meeting_date):
            if r.status == xr.SENT:
                key = "late" if r.due and r.sent_on > r.due else "on_time"
                text = "Sent late" if key == "late" else "Sent on time"
            elif r.overdue:
                key, text = "overdue", "Not sent – overdue"
            elif r.status == xr.READY:
                key, text = "ready", "Ready to send"
            else:
                key, text = "awaiting", "Awaiting confirmation"
            counts[key] += 1
            sent.append(MinutesSent(meeting_date=r.meeting_date, partner=p.short_name, confirmed_on=r.confirmed_on,
                                    due=r.due, sent_on=r.sent_on, status=text))
        for r in sorted(ins, key=lambda r: (r.received_on, r.exchange_id)):
            if r.status == xr.NOTED:
                text = f"Noted on {r.listed_meeting_date:%d/%m/%Y}" if r.listed_meeting_date else "Noted"
            elif r.listed_meeting_date and r.listed_meeting_date <= as_at:
                text = f"Listed on {r.listed_meeting_date:%d/%m/%Y}; noted when those minutes are confirmed"
            elif r.listed_meeting_date:
                text = f"To be noted on {r.listed_meeting_date:%d/%m/%Y}"
            else:
                text = "To be noted at the next meeting"
            received.append(MinutesReceived(partner=p.short_name, meeting_date=r.meeting_date,
                                            received_on=r.received_on, status=text))
        nothing = next((r for r in reg.rows if r.partner_id == p.id and r.direction == xr.IN
                        and r.status == xr.NOTHING), None)
        partners.append(PartnerExchange(
            partner=p.name, short_name=p.short_name, restricted=p.restricted, owed=len(outs),
            sent_on_time=counts["on_time"], sent_late=counts["late"], not_sent_overdue=counts["overdue"],
            not_yet_due=counts["ready"], awaiting_confirmation=counts["awaiting"], received=len(ins),
            noted=sum(1 for r in ins if r.status == xr.NOTED), to_note=sum(1 for r in ins if r.status == xr.RECEIVED),
            receive_overdue=summary.receive_overdue, receive_note=nothing.overdue_note if nothing else ""))
    sent.sort(key=lambda r: (r.meeting_date, r.partner))
    received.sort(key=lambda r: (r.received_on or dt.date.min, r.partner))
    return tuple(partners), tuple(sent), tuple(received)


# --------------------------------------------------------------------------- the words

@dataclass
class _Draft:
    """Writes the report's sentences from the figures gathered (nothing else)."""
    board: Board
    council: str
    label: str
    start: dt.date
    end: dt.date
    as_at: dt.date
    priorities: tuple[PriorityLine, ...]
    members: tuple[MemberLine, ...]
    changes: tuple[MembershipChange, ...]
    meetings: tuple[MeetingLine, ...]
    part2: tuple[Part2Item, ...]
    meeting_att: tuple[MeetingAttendance, ...]
    member_att: tuple[MemberAttendance, ...]
    reports: tuple[ReportLine, ...]
    actions: ActionsSummary
    partners: tuple[PartnerExchange, ...]
    sent: tuple[MinutesSent, ...]
    received: tuple[MinutesReceived, ...]

    # -- which tables and figures the report has (numbered in this order)
    @property
    def tables(self) -> tuple[str, ...]:
        return table_keys(self.members, self.meetings, self.part2, self.meeting_att, self.member_att,
                          self.reports, self.actions, self.partners, self.sent, self.received)

    @property
    def figures(self) -> tuple[str, ...]:
        return figure_keys(self.meeting_att, self.actions)

    def t(self, key: str) -> str:
        return f"Table {self.tables.index(key) + 1}"

    def f(self, key: str) -> str:
        return f"Figure {self.figures.index(key) + 1}"

    # -- figures used in several places
    @property
    def complete(self) -> bool:
        return self.as_at >= self.end

    @property
    def board_meetings(self) -> list[MeetingLine]:
        return [m for m in self.meetings if m.board]

    @property
    def held(self) -> list[MeetingLine]:
        return [m for m in self.board_meetings if m.status == "Held"]

    @property
    def overall_attendance(self) -> tuple[int, int]:
        return (sum(a.attended for a in self.meeting_att), sum(a.members for a in self.meeting_att))

    def _period(self) -> str:
        text = f"the municipal year {self.label} (1 May {self.start.year} to 30 April {self.end.year})"
        return text

    def _as_at_clause(self) -> str:
        return "" if self.complete else f" to {_day(self.as_at)}"

    # -- front page
    def summary(self) -> str:
        planned = len([m for m in self.board_meetings if m.status != "Cancelled"])
        attended, possible = self.overall_attendance
        presented = sum(r.presented for r in self.reports if not r.standing)
        parts = [f"This report sets out the work of the {self.board.name} in {self._period()}"
                 + (f", as at {_day(self.as_at)}" if not self.complete else "") + "."]
        held = (f"all {plural(planned, 'meeting')}" if len(self.held) == planned and planned > 1 else
                f"{len(self.held)} of the {plural(planned, 'meeting')}")
        parts.append(f"The board held {held} planned for the year"
                     + (f", with members' attendance of {percent(attended, possible)} overall" if possible else "")
                     + ".")
        partners = and_list([f"the {p.short_name}" for p in self.partners])
        parts.append(f"It received {plural(presented, 'report')} under its work programme, agreed "
                     f"{plural(self.actions.opened, 'action')} and closed {self.actions.closed}"
                     + (f", and exchanged minutes with {partners}" if partners else "") + ".")
        return " ".join(parts)

    def reasons(self) -> str:
        acc = " ".join((self.board.accountability or "").split())
        text = "The board's terms of reference provide for an annual report to this Committee"
        if acc:
            text += f" (“{acc}”)"
        return text + ". The report is for information."

    # -- the sections
    def sections(self) -> tuple[Section, ...]:
        texts = {
            "introduction": self._introduction(), "board": self._board(), "meetings": self._meetings(),
            "attendance": self._attendance(), "reports": self._reports(), "actions": self._actions(),
            "exchanges": self._exchanges(), "next_steps": self._next_steps_intro(),
        }
        return tuple(Section(key, title, tuple(texts[key])) for key, title in SECTIONS)

    def _introduction(self) -> list[str]:
        b = self.board
        out = []
        if b.purpose.strip():
            out.append(" ".join(b.purpose.split()))
        if b.accountability.strip():
            out.append(f"The board's terms of reference set out its accountability: "
                       f"“{' '.join(b.accountability.split())}”")
        if b.strategy.strip():
            out.append(f"The board oversees the {b.strategy.strip()}.")
        cover = f"This report covers {self._period()}."
        if not self.complete:
            to_come = [m for m in self.board_meetings if m.status == "To come"]
            cover += (f" The year is not yet over: the figures are as at {_day(self.as_at)}"
                      + (f", with {plural(len(to_come), 'board meeting')} still to come." if to_come else "."))
        out.append(cover)
        out.append(f"The figures are taken from the board's own records: its meetings, attendance, minutes, "
                   f"action log, work programme and exchange of minutes with partner boards, kept by the "
                   f"{b.support_officer.split(',')[0].strip() or 'Corporate Parenting Officer'}.")
        return out

    def _board(self) -> list[str]:
        filled = [m for m in self.members if not m.vacant]
        vacant = [m for m in self.members if m.vacant]
        when = "at the end of the year" if self.complete else f"on {_day(self.as_at)}"
        out = [f"The board has {plural(len(self.members), 'seat')} under its terms of reference; "
               f"{len(filled)} {'was' if len(filled) == 1 else 'were'} filled {when}"
               + (f" and {len(vacant)} vacant ({and_list([v.seat for v in vacant])})." if vacant else ".")
               + f" {self.t('members')} lists the members."]
        if self.priorities:
            named = [p.title + (f" (working group chaired by the {p.chair})" if p.chair else "")
                     for p in self.priorities]
            out.append(f"The board's {plural(len(self.priorities), 'priority', 'priorities')}, each the theme of "
                       f"a meeting, {'is' if len(named) == 1 else 'are'}: {and_list(named)}.")
        joined = [c for c in self.changes if c.joined]
        left = [c for c in self.changes if not c.joined]
        if joined or left:
            bits = []
            if joined:
                bits.append("joined: " + "; ".join(f"{c.name} ({c.seat}, {c.on:%d/%m/%Y})" for c in joined))
            if left:
                bits.append("left: " + "; ".join(f"{c.name} ({c.seat}, {c.on:%d/%m/%Y})" for c in left))
            out.append("Changes in membership during the year – " + "; ".join(bits) + ".")
        else:
            out.append("There were no changes in the board's membership during the year.")
        return out

    def _meetings(self) -> list[str]:
        held, board = self.held, self.board_meetings
        cancelled = [m for m in board if m.status == "Cancelled"]
        themes = [f"{m.theme} ({m.date:%d/%m/%Y})" for m in held if m.theme]
        out = [f"The board held {plural(len(held), 'meeting')} in {self.label}{self._as_at_clause()}"
               + (f"; {plural(len(cancelled), 'meeting was', 'meetings were')} cancelled" if cancelled else "")
               + f". {self.t('meetings')} lists every meeting of the year with its theme and whether it was quorate."]
        if themes:
            out.append("Each meeting was themed on one of the board's priorities: " + and_list(themes) + ".")
        quorate = [m for m in held if m.quorate is not None]
        not_quorate = [m for m in quorate if not m.quorate]
        if quorate and not not_quorate:
            out.append("Every meeting held was quorate." if len(quorate) > 1 else "The meeting held was quorate.")
        elif quorate:
            out.append(f"{len(quorate) - len(not_quorate)} of the {plural(len(quorate), 'meeting')} with attendance "
                       "recorded " + ("was" if len(quorate) == 1 else "were") + " quorate; not quorate: "
                       + ", ".join(f"{m.date:%d/%m/%Y}" for m in not_quorate) + ".")
        others = [m for m in self.meetings if not m.board and m.status == "Held"]
        if others:
            out.append("Besides its board meetings the board held " + and_list(
                [f"a {m.kind.lower()} on {m.date:%d/%m/%Y}" for m in others]) + ".")
        if self.part2:
            one = len(self.part2) == 1
            out.append(f"{plural(len(self.part2), 'item was', 'items were')} considered in private (Part 2) "
                       f"because {'it' if one else 'they'} involved exempt information; only "
                       f"{'its title is' if one else 'their titles are'} given here ({self.t('part2')}).")
        return out

    def _attendance(self) -> list[str]:
        attended, possible = self.overall_attendance
        out = []
        if possible:
            subs = sum(a.substitutes for a in self.meeting_att)
            out.append(f"Across the {plural(len(self.meeting_att), 'meeting')} held, members attended "
                       f"{attended} of {possible} possible attendances ({percent(attended, possible)}), in person "
                       f"or online; substitutes attended {subs} more "
                       f"time{'s' if subs != 1 else ''} in members' places. {self.f('attendance')} and "
                       f"{self.t('meeting_attendance')} show each meeting.")
        full = [m for m in self.member_att if m.meetings and m.attended == m.meetings]
        low = [m for m in self.member_att if m.meetings and m.attended * 2 < m.meetings]
        if not self.member_att:
            return out
        out.append(f"{self.t('member_attendance')} gives each member's attendance: the meetings held while they "
                   "held their seat, those they attended, and the seat's attendance counting the substitutes they "
                   "sent. "
                   f"{plural(len(full), 'member')} attended every meeting they could"
                   + (f"; {len(low)} attended fewer than half." if low else "."))
        return out

    def _reports(self) -> list[str]:
        rules = [r for r in self.reports if not r.standing]
        standing = [r for r in self.reports if r.standing]
        out = []
        if rules:
            due = sum(r.due for r in rules)
            presented = sum(r.presented for r in rules)
            deferred = sum(r.deferred for r in rules)
            missing = sum(r.missing for r in rules)
            to_come = sum(r.to_come for r in rules)
            parts = [f"{presented} {'was' if presented == 1 else 'were'} presented"]
            if deferred:
                parts.append(f"{deferred} {'was' if deferred == 1 else 'were'} deferred by the board to a later "
                             "meeting")
            if missing:
                parts.append(f"{missing} {'was' if missing == 1 else 'were'} due at a meeting held but not on its "
                             "agenda")
            if to_come:
                parts.append(f"{to_come} {'is' if to_come == 1 else 'are'} due at meetings still to come")
            out.append(f"The work programme planned {plural(due, 'report')} for the year from {len(rules)} reporting "
                       f"schedule{'s' if len(rules) != 1 else ''}: {and_list(parts)}. {self.t('reports')} shows "
                       "each report and standing item.")
        if standing:
            odd = [r for r in standing if r.deferred or r.missing]
            text = ("The standing items (" + and_list([r.title for r in standing]) + ") come to every meeting")
            if not odd:
                text += "; each came to every meeting held."
            else:
                notes = []
                for r in odd:
                    bits = []
                    if r.deferred:
                        bits.append(f"deferred {plural(r.deferred, 'time')}")
                    if r.missing:
                        bits.append(f"not on the agenda of {plural(r.missing, 'meeting')} held")
                    notes.append(f"{r.title} ({' and '.join(bits)})")
                text += "; the exceptions were " + and_list(notes) + "."
            out.append(text)
        return out or ["The board had no work programme of reports for the year."]

    def _actions(self) -> list[str]:
        a = self.actions
        out = [f"The board agreed {plural(a.opened, 'action')} in {self.label}{self._as_at_clause()}"
               + (f", and {a.brought_forward} {'was' if a.brought_forward == 1 else 'were'} still open from the year "
                  "before" if a.brought_forward else "") + f". {a.closed} {'was' if a.closed == 1 else 'were'} closed "
               f"during the year ({a.done} done, {a.dropped} dropped). "
               + ("At the end of the year " if self.complete else f"On {_day(self.as_at)}, ")
               + f"{plural(a.open_at_end, 'action was', 'actions were')} open, "
               f"{a.overdue_at_end} of them overdue."
               + (f" {self.f('actions')} and {self.t('action_quarters')} show the actions opened and closed in each "
                  "quarter." if a.quarters else "")]
        if a.overdue:
            out.append(f"{self.t('overdue_actions')} lists the overdue actions, each with its owner and the date it "
                       "was due.")
        if a.part2_left_out:
            out.append(f"{plural(a.part2_left_out, 'action', 'actions')} agreed in private (Part 2) "
                       f"{'is' if a.part2_left_out == 1 else 'are'} not included.")
        return out

    def _exchanges(self) -> list[str]:
        if not self.partners:
            return ["The board did not exchange minutes with any partner board during the year."]
        names = and_list([f"the {p.partner} ({p.short_name})" for p in self.partners])
        out = [f"The board exchanges the minutes of its meetings with {names}, for information. Its confirmed "
               f"minutes go to each partner; the partners' minutes are noted at the board's next meeting. "
               f"{self.t('partners')} sums up the year for each partner"
               + (f"; {self.t('minutes_sent')} lists our minutes sent" if self.sent else "")
               + (f" and {self.t('minutes_received')} the partners' minutes received" if self.received else "")
               + "."]
        for p in self.partners:
            bits = []
            sent = p.sent_on_time + p.sent_late
            if p.owed:
                bits.append(f"our minutes of {plural(p.owed, 'meeting')} were due to go to the {p.short_name}: "
                            f"{sent} sent" + (f" ({p.sent_late} late)" if p.sent_late else " on time" if sent else "")
                            + (f", {p.not_sent_overdue} not sent and overdue" if p.not_sent_overdue else "")
                            + (f", {p.not_yet_due} ready to send" if p.not_yet_due else "")
                            + (f", {p.awaiting_confirmation} awaiting confirmation" if p.awaiting_confirmation else ""))
            bits.append(f"{plural(p.received, 'set')} of the {p.short_name}'s minutes "
                        f"{'was' if p.received == 1 else 'were'} received, {p.noted} noted")
            text = "; ".join(bits)
            if p.receive_overdue and p.receive_note:
                text += f". {p.receive_note.replace('; more than', ', more than')}"
            out.append(text[:1].upper() + text[1:] + ".")
        return out

    def _next_steps_intro(self) -> list[str]:
        return ["From the figures in this report:" if self.next_steps() else
                "The figures in this report raise no matters for follow-up."]

    def next_steps(self) -> tuple[str, ...]:
        out = []
        for r in self.reports:
            if r.missing:
                out.append(f"{r.title}: due at {plural(r.missing, 'meeting')} held but not received; to be "
                           "programmed for a coming meeting.")
        deferred = [r for r in self.reports if r.deferred]
        if deferred:
            out.append("Reports deferred by the board to come back as agreed: "
                       + and_list([r.title for r in deferred]) + ".")
        a = self.actions
        if a.overdue:
            refs = and_list([x.ref for x in sorted(a.overdue, key=lambda x: int(x.ref[1:]))])
            out.append(f"{plural(len(a.overdue), 'action is', 'actions are')} overdue ({refs}): the owners to report "
                       "progress to the board's next meeting.")
        vacant = [m.seat for m in self.members if m.vacant]
        if vacant:
            out.append(f"{plural(len(vacant), 'seat is', 'seats are')} vacant: " + and_list(vacant)
                       + "; to be filled.")
        low = [m for m in self.member_att if m.meetings >= 2 and (m.attended + m.substituted) * 2 < m.meetings]
        if low:
            out.append("Seats represented at fewer than half of the meetings: "
                       + and_list([m.seat for m in low]) + "; the Chair to discuss attendance with the members.")
        not_quorate = [m for m in self.held if m.quorate is False]
        if not_quorate:
            out.append(f"{plural(len(not_quorate), 'meeting was', 'meetings were')} not quorate ("
                       + ", ".join(f"{m.date:%d/%m/%Y}" for m in not_quorate) + "); the board to review its quorum "
                       "and membership.")
        for p in self.partners:
            if p.not_sent_overdue:
                out.append(f"Our confirmed minutes of {plural(p.not_sent_overdue, 'meeting')} are overdue to the "
                           f"{p.short_name}; to be sent.")
            if p.sent_late:
                out.append(f"{plural(p.sent_late, 'set')} of minutes went late to the {p.short_name}; minutes to "
                           "be sent within the time the board has set.")
            if p.receive_overdue:
                out.append(f"Nothing has been received from the {p.short_name} for longer than expected; the "
                           "secretariat to be asked for its minutes.")
        return tuple(out)


# --------------------------------------------------------------------------- building the PDF

def build(store: Store, year: int, *, committee_date: dt.date | None = None, target: Path | None = None,
          progress: Progress | None = None, today: dt.date | None = None) -> PackResult:
    """Make the annual report PDF for the municipal year from May ``year``, write it (to a temporary
    name, then renamed), and record it in the pack register, in one transaction.

    A cancel before the file is written leaves nothing behind; a year with nothing to report is
    refused with the reason (``PackError``) before anything is written.
    """
    progress = progress or NO_PROGRESS
    _check_year(year)
    total = 4
    target = check_target(Path(target) if target is not None else default_target(store, year)).absolute()
    progress.step(0, total, "Gathering the year's figures")
    from cpo_desktop.services import disclosure

    gate = disclosure.gate(store)
    c = content(store, year, committee_date=committee_date, today=today, gate=gate)
    progress.step(1, total, "Laying out the report")
    from cpo_desktop.packs.annual_report_pdf import render_annual_report_pages

    data, pages = render_annual_report_pages(c)
    gate.verify_file(target.name, data, advice=("must not be in a report to a public committee. Change it in the "
                                                "board's records and make the report again."))
    progress.step(2, total, "Writing the file")
    from cpo_desktop.services import pack_records

    record_id = None
    written = False
    try:
        with store.session() as session:
            def write(tmp: Path) -> None:
                nonlocal record_id
                tmp.write_bytes(data)
                # Recorded before the rename, so a record that cannot be saved leaves no file.
                record_id = pack_records.add(session, kind=pack_records.ANNUAL_REPORT, year=year, path=target,
                                             first_page=1, last_page=pages)

            atomic_write(target, write)
            written = True
    except BaseException:
        if written:  # the record was not committed: take the file back out
            target.unlink(missing_ok=True)
        raise
    progress.report(total, total, f"Saved {target.name}")
    notes = []
    if not c.complete:
        notes.append(f"{c.label} is not over: the figures are as at {c.as_at:%d/%m/%Y}.")
    if committee_date is None:
        notes.append("The date of the Committee's meeting is shown as “To be confirmed”.")
    return PackResult(path=target, pages=pages, first_page=1, last_page=pages, notes=notes, record_id=record_id)
