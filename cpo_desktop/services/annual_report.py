"""The board's annual report to the Overview and Scrutiny Committee for a municipal year, made
from the board's own records: the meetings held and their themes, attendance by member, the
reports received against the work programme, the actions opened and closed, and the minutes
exchanged with partner boards. Laid out as a council committee report (the header block of
report to, date of meeting, subject, report of …; then numbered sections).

The report is a public document: people are named as ``person_name(p, public=True)`` names
them (a young person by first name unless they consented to more), Part 2 business appears by
title and Schedule 12A paragraph only, Part 2 actions are left out, and nothing is said that
the records do not show. A year that is not over is reported as at ``today``.

``content`` gathers (what the report says is ``packs.annual_report_content``; its sentences are
written by ``annual_report_words``); ``packs.annual_report_pdf`` renders; ``build`` writes the file (to a
temporary name, then renamed) and records it in the pack register, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.files import atomic_write
from cpo_desktop.model import agenda_rules, enums
from cpo_desktop.model.enums import ActionStatus
from cpo_desktop.model.enums import AttendanceStatus as S
from cpo_desktop.model.rules import municipal_year_label, municipal_year_start, person_name
from cpo_desktop.model.tables import (
    AgendaItem,
    Board,
    Meeting,
    Membership,
    Minute,
    Person,
    ReportingOfficer,
    ReportRule,
    Resolution,
    Seat,
    StandingItem,
)
from cpo_desktop.packs.annual_report_content import (
    ActionQuarter,
    ActionsSummary,
    AnnualReportContent,
    ContactOfficer,
    Implication,
    MeetingAttendance,
    MeetingLine,
    MemberAttendance,
    MemberLine,
    MembershipChange,
    MinutesReceived,
    MinutesSent,
    OverdueAction,
    Part2Item,
    PartnerExchange,
    PriorityLine,
    ReportHeader,
    ReportLine,
)
from cpo_desktop.packs.build import PackError, PackResult, check_target
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.services import children_profile, disclosure, settings, terms, working_groups
from cpo_desktop.services.annual_report_words import Draft
from cpo_desktop.store.db import Store
from cpo_desktop.wording import plural

REPORT_TO = "Overview and Scrutiny Committee (Children's Services and Safeguarding)"
DEFAULT_REPORT_OF = "Executive Director of Children's Services"
DEFAULT_PORTFOLIO = "Children's Services"
RECOMMENDATION = "that the content of the report be noted"

# The quarters of a municipal year (May to April).
QUARTERS = (("May–Jul", (5, 6, 7)), ("Aug–Oct", (8, 9, 10)), ("Nov–Jan", (11, 12, 1)), ("Feb–Apr", (2, 3, 4)))


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
    today = clock.or_today(today)
    start, end = dt.date(year, 5, 1), dt.date(year + 1, 4, 30)
    label = municipal_year_label(start)
    as_at = min(today, end)
    rows = meetings_svc.list_meetings(store, year=year)
    board_rows = [r for r in rows if r.kind == enums.MeetingKind.BOARD]
    if not any(r.status == enums.MeetingStatus.HELD for r in board_rows):
        raise _nothing_held(store, year, board_rows, today)
    with store.session() as session:
        board = session.exec(select(Board)).one()
        council = board.council or "Sefton Council"
        gathered = _Gather(store, session, board, year, start, end, as_at)
        # The terms of reference the report was written under: the version in force on the day its
        # figures are as at (the year's end, once it is over), and any that came into force in the year.
        tor = terms.in_force_in(session, as_at)
        tor_changes = tuple(v for v in terms.history_in(session)
                            if v.effective_from is not None and start <= v.effective_from <= as_at)
        header = ReportHeader(
            report_to=REPORT_TO, committee_date=committee_date,
            subject=f"Corporate Parenting Board Annual Report {label}",
            report_of=_strip_council(board.senior_advisor, council) or DEFAULT_REPORT_OF, wards="(All Wards)",
            portfolio=_portfolio(session, board.id), key_decision="No", forward_plan="No", exempt="No")
        officer = settings.contact(session)
        contact = ContactOfficer(name=officer.display_name, role=officer.role, email=officer.email,
                                 phone=officer.phone or _phone(session, officer.email))
        priorities = tuple(PriorityLine(p.title, p.chair_role)
                           for p in working_groups.priorities_in_force(session, as_at))
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
    # One public scorecard for everything the report says about the children: one suppression pass.
    gate = gate or disclosure.gate(store)  # one privacy rule for the profile and the rest of the report
    profile = children_profile.profile(store, as_at, gate)

    c = Draft(board=board, terms=tor, terms_changes=tor_changes, council=council, label=label, start=start,
              end=end, as_at=as_at, priorities=priorities, members=members, changes=changes, meetings=meetings,
              part2=part2, meeting_att=meeting_att, member_att=member_att, reports=reports, actions=actions,
              partners=partners, sent=sent, received=received, profile=profile)
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
        next_steps=c.next_steps(), profile=profile)
    # A public paper to a committee: everything it says passes the privacy rule here, in one pass.
    return gate.scrub(report)


def _nothing_held(store: Store, year: int, board_rows, today: dt.date) -> PackError:
    """A year with no board meeting held, refused with what to do: choose a year that has some
    (the latest two, with how many each held), or record, mark held or plan the meetings."""
    from cpo_desktop.services import meetings as meetings_svc

    label = municipal_year_label(dt.date(year, 5, 1))
    held: dict[int, int] = {}
    for r in meetings_svc.list_meetings(store):
        if r.kind == enums.MeetingKind.BOARD and r.status == enums.MeetingStatus.HELD:
            start = municipal_year_start(r.date)
            held[start] = held.get(start, 0) + 1
    others = ", ".join(f"{municipal_year_label(dt.date(y, 5, 1))} has {held[y]}" for y in sorted(held, reverse=True)[:2])
    over = dt.date(year + 1, 4, 30) < today
    if not board_rows and over:
        said = f"No board meetings were held in {label}."
        todo, command = "record the meetings first", "`cpo-desktop meetings add`, then `cpo-desktop meetings held`"
    elif not board_rows:
        said = f"{label} has no board meetings, so there is nothing to report."
        todo, command = "plan the year's meetings first", f"`cpo-desktop meetings plan --year {year}`"
    elif over:
        said = (f"No board meetings were held in {label}: its {plural(len(board_rows), 'board meeting')} "
                f"{'is' if len(board_rows) == 1 else 'are'} not marked as held.")
        todo, command = "mark them held first", "`cpo-desktop meetings held MEETING`"
    else:
        said = (f"{label} has {plural(len(board_rows), 'board meeting')} planned but none held yet, so there is "
                "nothing to report.")
        todo, command = "mark each meeting held once it has taken place", "`cpo-desktop meetings held MEETING`"
    advice = f"Choose a year with held meetings ({others}) or {todo}" if others else todo[:1].upper() + todo[1:]
    return PackError(f"{said} {advice}. Nothing was written.",
                     cli_form=f"{said} {advice} ({command}). Nothing was written.")


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
            note = "; ".join(n for n in (note, f"moved from {dates.short(r.moved_from)}") if n)
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
                text = f"Noted on {dates.short(r.listed_meeting_date)}" if r.listed_meeting_date else "Noted"
            elif r.listed_meeting_date and r.listed_meeting_date <= as_at:
                text = f"Listed on {dates.short(r.listed_meeting_date)}; noted when those minutes are confirmed"
            elif r.listed_meeting_date:
                text = f"To be noted on {dates.short(r.listed_meeting_date)}"
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
        notes.append(f"{c.label} is not over: the figures are as at {dates.short(c.as_at)}.")
    if committee_date is None:
        notes.append("The date of the Committee's meeting is shown as “To be confirmed”.")
    return PackResult(path=target, pages=pages, first_page=1, last_page=pages, notes=notes, record_id=record_id)
