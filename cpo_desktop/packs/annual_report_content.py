"""What the board's annual report says (``services.annual_report`` gathers it from the records;
``packs.annual_report_pdf`` draws it): the header block of a council committee report, the
numbered sections' paragraphs, and the rows of its tables and figures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cpo_desktop import dates
from cpo_desktop.packs.children_profile import ChildrenProfile

TO_BE_CONFIRMED = "To be confirmed"

# The numbered sections, in order: (key, heading).
SECTIONS = (
    ("introduction", "Introduction/Background"),
    ("children", "The Children in Our Care"),
    ("board", "The Board and its Members"),
    ("meetings", "Meetings Held"),
    ("attendance", "Attendance"),
    ("reports", "Reports Received Against the Work Programme"),
    ("actions", "Actions"),
    ("exchanges", "Exchange of Minutes with Partner Boards"),
    ("next_steps", "Recommendations and Next Steps"),
)



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
        return dates.plain(d) if d else TO_BE_CONFIRMED


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
    # The children in our care as at ``as_at``, from the public scorecard (small counts hidden).
    profile: ChildrenProfile | None = None

    @property
    def tables(self) -> tuple[str, ...]:
        """The keys of the tables the report has, in order: Table 1, Table 2 …"""
        return table_keys(self.profile, self.members, self.meetings, self.part2_items, self.meeting_attendance,
                          self.member_attendance, self.reports, self.actions, self.partners, self.minutes_sent,
                          self.minutes_received)

    @property
    def figures(self) -> tuple[str, ...]:
        """The keys of its figures, in order: Figure 1, Figure 2."""
        return figure_keys(self.profile, self.meeting_attendance, self.actions)

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


def table_keys(profile: ChildrenProfile | None, members, meetings, part2_items, meeting_attendance, member_attendance, reports,
               actions: ActionsSummary, partners, minutes_sent, minutes_received) -> tuple[str, ...]:
    """Which tables a report has, in the order they are numbered: a table with no rows is left out."""
    present = (("profile", profile.rows if profile else ()),
               *((f"trend_{chart.key}", chart) for chart in (profile.charts if profile else ())),
               ("members", members), ("meetings", meetings), ("part2", part2_items),
               ("meeting_attendance", meeting_attendance), ("member_attendance", member_attendance),
               ("reports", reports), ("action_quarters", actions.quarters), ("overdue_actions", actions.overdue),
               ("partners", partners), ("minutes_sent", minutes_sent), ("minutes_received", minutes_received))
    return tuple(key for key, rows in present if rows)


def figure_keys(profile: ChildrenProfile | None, meeting_attendance, actions: ActionsSummary) -> tuple[str, ...]:
    present = (*((f"trend_{chart.key}", chart) for chart in (profile.charts if profile else ())),
               ("attendance", meeting_attendance), ("actions", actions.quarters))
    return tuple(key for key, rows in present if rows)



def percent(part: int, whole: int) -> str:
    """'67%' (rounded as the attendance service rounds), '–' when there is nothing to divide by."""
    return f"{round(100 * part / whole)}%" if whole else "–"

