"""What a document says, decided by the services before any renderer sees it.

Every name and paragraph here is already in the form its audience may read: for a public
document the services have put young people by first name and left out Part 2 discussion, so
the PDF and Word renderers cannot leak what they were never given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Attendee:
    name: str  # "Councillor Jane Smith", or "Kayla" for a young person in a public document
    role: str = ""  # "Chair", the seat, or the organisation / job title for officers
    note: str = ""  # "substitute for Councillor X", "joined remotely", "for items 7 and 8"


@dataclass(frozen=True)
class DeclarationLine:
    member: str
    item: str  # minute number, e.g. "7" or "12/26"
    kind: str  # "Disclosable pecuniary interest", "Other registrable interest", "Non-registrable interest"
    nature: str
    action: str  # "Remained in the meeting", "Withdrew from the meeting", "Did not vote"


@dataclass(frozen=True)
class ActionLine:
    number: str  # "A12"
    minute_ref: str  # "7 (12/08/2026)", or "" for a free-standing action
    description: str
    owner: str
    due: dt.date | None
    status: str  # "Open", "In progress", "Done", "Dropped"
    update: str = ""  # the latest dated update, "14/10/2026: Report circulated."
    overdue: bool = False


@dataclass(frozen=True)
class MinuteSection:
    number: str  # "7", "7a", or continuous "35/26"
    title: str
    presenter: str = ""  # "Report of the Virtual School Head (Jo Bloggs)"
    part: int = 1
    exempt_paragraph: int | None = None
    withheld: bool = False  # public version of a Part 2 item: title and paragraph only
    withheld_note: str = ""  # "This item contained exempt information (paragraph 1 …)."
    discussion: str = ""  # paragraphs separated by blank lines
    resolutions: tuple[str, ...] = ()  # each "That …"; rendered "RESOLVED: That …"
    actions: tuple[ActionLine, ...] = ()  # actions agreed under this minute
    action_log: tuple[ActionLine, ...] = ()  # for "matters arising": the actions reviewed


@dataclass(frozen=True)
class MinutesContent:
    council: str  # "Sefton Council"
    board: str  # "Corporate Parenting Board"
    meeting_date: dt.date
    start_time: dt.time
    venue: str
    status: str  # "draft", "confirmed" or "signed"; a draft is watermarked DRAFT
    public: bool  # the public version (says so in the header)
    present: tuple[Attendee, ...] = ()  # members present (including those joining remotely)
    substitutes: tuple[Attendee, ...] = ()
    in_attendance: tuple[Attendee, ...] = ()  # officers and guests
    apologies: tuple[Attendee, ...] = ()
    absent: tuple[Attendee, ...] = ()
    declarations: tuple[DeclarationLine, ...] = ()
    sections: tuple[MinuteSection, ...] = ()
    exclusion_resolution: str = ""  # moved before the first Part 2 item, when there is one
    closing: str = ""  # "The meeting closed at 4.45 pm." after the last minute ("" when no time is recorded)
    confirmed_note: str = ""  # "Confirmed as a correct record at the meeting held on …"
    amendments: tuple[str, ...] = ()  # "Minute 7: … (amended at the meeting on …, reason)"
    signed_by: str = ""
    signed_on: dt.date | None = None
    chair: str = ""  # who signs: "Councillor Jane Smith (Chair)"
    contact: str = ""  # the contact officer line for the footer
    title: str = field(default="")  # PDF/Word document title; the renderer makes one when empty


@dataclass(frozen=True)
class ActionLogContent:
    council: str
    board: str
    as_at: dt.date
    title: str  # "Action log", "Open actions", "Overdue actions", "Open and recent actions"
    actions: tuple[ActionLine, ...] = ()
    scope: str = ""  # what the list leaves out, said under the summary ("" for the whole log)


@dataclass(frozen=True)
class AbsenceLetter:
    """A letter from the Chair to a member absent without apologies."""
    council: str
    board: str
    date: dt.date  # the letter's date
    to_name: str  # "Councillor Jane Smith"
    salutation: str  # "Dear Councillor Smith"
    to_address: tuple[str, ...]  # seat, organisation, e-mail: as known
    meeting_date: dt.date
    next_meeting: dt.date | None
    chair: str  # "Councillor Diane Roberts"
    chair_role: str  # "Chair, Corporate Parenting Board"
    contact: str = ""  # "Corporate Parenting Officer, cpo@sefton.gov.uk"
    attendance_this_year: str = ""  # "You have attended 1 of the 3 meetings held this municipal year."


@dataclass(frozen=True)
class CoveringNote:
    """The short note that goes with our confirmed minutes to a partner board."""
    council: str
    board: str  # "Sefton Corporate Parenting Board"
    partner: str  # "Sefton Safeguarding Children Partnership"
    to_name: str  # the partner's secretariat, or "" for "Dear colleague"
    date: dt.date  # the note's date
    meeting_date: dt.date
    confirmed_on: dt.date
    sender: str  # "Pat Jones"
    sender_role: str  # "Corporate Parenting Officer"
    sender_email: str = ""


@dataclass(frozen=True)
class PlanLine:
    """One commitment of a working group's action plan, as a pack prints it."""

    text: str
    owner: str
    due: dt.date | None
    rag: str | None  # red, amber, green; None: not rated yet
    update: str = ""  # the latest update: "12/10/2026: …"


@dataclass(frozen=True)
class ActionPlanContent:
    """A working group's action plan with its RAG status (the themed meeting's progress report)."""

    council: str
    board: str
    group: str  # the priority's title
    chair: str  # the chair's role (and name), as the pack shows officers
    as_at: dt.date
    lines: tuple[PlanLine, ...] = ()


@dataclass(frozen=True)
class ChartPoint:
    """One period of an indicator's chart and the table under it, as this version prints it."""

    period: str  # "2024-12"
    label: str  # "Dec 2024"
    text: str  # the value as the table prints it: "516", "61.5%", "c", "x"
    value: float | None  # what the chart plots: None where the table prints a mark (public: read from ``text``)
    england: str = ""
    region: str = ""
    neighbours: str = ""
    target: str = ""
    england_value: float | None = None
    region_value: float | None = None
    target_value: float | None = None
    neighbours_value: float | None = None


@dataclass(frozen=True)
class IndicatorReport:
    """One indicator in the performance report: its summary line, chart, table and commentary."""

    key: str
    name: str
    unit: str  # count, rate, percentage, days, other
    definition: str
    latest: str  # as printed: "516"
    latest_period: str  # "Dec 2024"
    previous: str
    previous_period: str
    trend: str | None  # up, down, flat (None: not shown)
    judgement: str | None  # better, worse, same (None: neither direction is better)
    england: str
    region: str
    neighbours: str
    target: str
    rag: str | None  # green, amber, red
    commentary: str
    points: tuple[ChartPoint, ...] = ()  # oldest first
    alt_text: str = ""  # what a screen reader reads for the chart (a tagged PDF's /Alt)
    source: str = ""


@dataclass(frozen=True)
class IndicatorGroup:
    title: str  # the priority, or "Other indicators"
    indicators: tuple[IndicatorReport, ...] = ()


@dataclass(frozen=True)
class PerformanceReportContent:
    """The performance report to a board meeting, laid out as a council committee report (004)."""

    council: str
    board: str
    public: bool
    meeting_date: dt.date
    as_at: str  # "figures for periods ending on or before 9 December 2026"
    report_to: str
    subject: str
    report_of: str
    wards: str
    portfolio: str
    key_decision: str
    forward_plan: str
    exempt: str
    summary: str
    recommendations: tuple[str, ...]
    reasons: str
    contact_name: str
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    groups: tuple[IndicatorGroup, ...] = ()
    notes: tuple[str, ...] = ()  # under the summary table: the marks, the arrows, what is left out
    title: str = ""
