"""The tables.  The schema itself is made only by the Alembic revisions in
``cpo_desktop/store/migrations``; these classes must match them (a test compares).

Nothing that minutes or attendance may refer to is ever deleted: people, seats,
organisations and reporting officers carry a ``former`` flag instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    """A board or application setting; ``value`` is JSON text."""

    key: str = Field(primary_key=True, max_length=100)
    value: str


class Board(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    short_name: str = ""
    council: str = ""
    meeting_frequency_months: int = 2
    meetings_per_year: int = 6
    work_programme: str = "Yearly"
    senior_advisor: str = ""
    support_officer: str = ""
    accountability: str = ""
    scrutiny_relationship: str = ""
    partner_relationship: str = ""
    purpose: str = ""
    strategy: str = ""
    default_venue: str = ""
    default_start_time: str = "14:00"
    default_duration_minutes: int = 120


class Organisation(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = "other"
    notes: Optional[str] = None
    former: bool = False


class Seat(SQLModel, table=True):
    """A role on the board from its terms of reference."""

    id: Optional[int] = Field(default=None, primary_key=True)
    board_id: int = Field(foreign_key="board.id", index=True)
    title: str
    category: str
    organisation_id: Optional[int] = Field(default=None, foreign_key="organisation.id")
    is_chair: bool = False
    is_vice_chair: bool = False
    counts_towards_quorum: bool = True
    voting: bool = True
    term_years: Optional[int] = None
    permanent: bool = False  # no fixed term (term_years is then None)
    rotation_group: Optional[str] = None  # seats whose holders rotate together
    source: Optional[str] = None  # where the seat's rules (term, voting, quorum) come from
    sort_order: int = 0
    notes: Optional[str] = None
    former: bool = False
    retired_on: Optional[dt.date] = None  # set with former when the seat is retired


class Person(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    title: Optional[str] = None
    first_name: str
    surname: str
    preferred_name: Optional[str] = None
    email: Optional[str] = Field(default=None, index=True)
    phone: Optional[str] = None
    organisation_id: Optional[int] = Field(default=None, foreign_key="organisation.id")
    job_title: Optional[str] = None
    is_young_person: bool = False
    consent_full_name: bool = False
    notes: Optional[str] = None
    former: bool = False
    # Elected members: every councillor is a corporate parent and must be trained, board member or
    # not; party and ward give the board's political balance; on_scrutiny marks a member of the
    # Children's Overview and Scrutiny Committee (O&S "will be represented on the board").
    is_councillor: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    party: Optional[str] = None
    ward: Optional[str] = None
    on_scrutiny: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class Membership(SQLModel, table=True):
    """A person in a seat from a date to a date."""

    id: Optional[int] = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    seat_id: int = Field(foreign_key="seat.id", index=True)
    start_date: dt.date
    end_date: Optional[dt.date] = None
    appointed_by: Optional[str] = None
    term_years: Optional[int] = None
    substitute_id: Optional[int] = Field(default=None, foreign_key="person.id")
    notes: Optional[str] = None


class ReportingOfficer(SQLModel, table=True):
    """An officer (a role, optionally a named person) who reports to the board when asked."""

    __tablename__ = "reporting_officer"

    id: Optional[int] = Field(default=None, primary_key=True)
    role: str
    person_id: Optional[int] = Field(default=None, foreign_key="person.id")
    organisation_id: Optional[int] = Field(default=None, foreign_key="organisation.id")
    reports: str = ""
    frequency: str = "as_requested"
    sort_order: int = 0
    notes: Optional[str] = None
    former: bool = False


class TrainingRecord(SQLModel, table=True):
    __tablename__ = "training_record"

    id: Optional[int] = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    date: dt.date
    kind: str
    status: str = "invited"
    notes: Optional[str] = None
    session_id: Optional[int] = Field(default=None, index=True)  # the training session it belongs to


class TrainingSession(SQLModel, table=True):
    """A training event ("4 sessions offered per annum"): invitees get a training record each,
    and the attendance is recorded on those records in one step."""

    __tablename__ = "training_session"

    id: Optional[int] = Field(default=None, primary_key=True)
    date: dt.date = Field(index=True)
    start_time: Optional[dt.time] = None
    kind: str
    title: str = ""
    venue: str = ""
    invited: str = ""  # who was invited: all-councillors, board, or people chosen one by one
    notes: Optional[str] = None
    cancelled: bool = False


class TermsOfReference(SQLModel, table=True):
    """One dated version of the board's terms of reference. A change makes a new version; a
    document dated D uses the latest version in force on D (effective_from None: from the start)."""

    __tablename__ = "terms_of_reference"

    id: Optional[int] = Field(default=None, primary_key=True)
    board_id: int = Field(foreign_key="board.id", index=True)
    version: int
    effective_from: Optional[dt.date] = None
    agreed_at_meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id")
    purpose: str = ""
    chair_role: str = ""
    vice_chair_role: str = ""
    frequency: str = ""
    accountability: str = ""
    scrutiny_relationship: str = ""
    partner_relationship: str = ""
    quorum: str = ""
    membership: str = ""  # the seats' titles, one per line, as agreed
    change_summary: str = ""  # what changed from the version before
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class Priority(SQLModel, table=True):
    """One of the board's priorities; each meeting is themed on one."""

    id: Optional[int] = Field(default=None, primary_key=True)
    board_id: int = Field(foreign_key="board.id", index=True)
    title: str
    working_group_chair: Optional[str] = None  # the chair's role as written; see the links below
    description: str = ""
    sort_order: int = 0
    # A priority may have a working group (000 has four groups for five priorities). Its chair
    # is linked to a person, a seat or a reporting officer, so the chair can be chased.
    has_working_group: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    chair_person_id: Optional[int] = Field(default=None)
    chair_seat_id: Optional[int] = Field(default=None)
    chair_officer_id: Optional[int] = Field(default=None)
    former: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    retired_on: Optional[dt.date] = None


class WorkingGroupMember(SQLModel, table=True):
    __tablename__ = "working_group_member"

    id: Optional[int] = Field(default=None, primary_key=True)
    priority_id: int = Field(foreign_key="priority.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: Optional[str] = None
    start_date: Optional[dt.date] = None
    end_date: Optional[dt.date] = None


class Commitment(SQLModel, table=True):
    """One "We will" commitment of a priority: its working group's action plan line."""

    id: Optional[int] = Field(default=None, primary_key=True)
    priority_id: int = Field(foreign_key="priority.id", index=True)
    text: str
    owner_person_id: Optional[int] = Field(default=None, foreign_key="person.id")
    owner_role: Optional[str] = None
    due_date: Optional[dt.date] = None
    rag: Optional[str] = None  # red, amber, green; None until first rated
    sort_order: int = 0
    former: bool = False


class CommitmentUpdate(SQLModel, table=True):
    """A dated progress update on a commitment, with the RAG status it was given."""

    __tablename__ = "commitment_update"

    id: Optional[int] = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="commitment.id", index=True)
    date: dt.date
    rag: str
    note: str = ""
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class StandingItem(SQLModel, table=True):
    """An item of the board's agenda template (opening block, standing items, close)."""

    __tablename__ = "standing_item"

    id: Optional[int] = Field(default=None, primary_key=True)
    board_id: int = Field(foreign_key="board.id", index=True)
    title: str
    section: str
    purpose: str = "information"
    presenter_role: Optional[str] = None
    duration_minutes: int = 10
    sort_order: int = 0
    active: bool = True
    paper_expected: bool = False  # a written report comes with it (the Local Offer, the youth reports…)


class PartnerBoard(SQLModel, table=True):
    """A body the board exchanges minutes with or reports to."""

    __tablename__ = "partner_board"

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    short_name: str = Field(unique=True)
    kind: str = "partner_board"
    confidentiality: str = "public"
    exchange_out: bool = True
    exchange_in: bool = True
    expected_frequency_months: int = 2
    secretariat_name: Optional[str] = None
    secretariat_email: Optional[str] = None
    relationship: str = ""
    former: bool = False
    send_docx: bool = False  # the partner also wants our minutes as an editable Word file
    exchange_from: Optional[dt.date] = None  # when the exchange began; nothing is owed before it


class Meeting(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    board_id: int = Field(foreign_key="board.id", index=True)
    kind: str = "board"
    date: dt.date = Field(index=True)
    start_time: dt.time
    duration_minutes: int = 120
    venue: str = ""
    online_link: Optional[str] = None
    priority_id: Optional[int] = Field(default=None, foreign_key="priority.id")
    status: str = "planned"
    notes: Optional[str] = None
    # The calendar's SEQUENCE for this meeting: rises with every change a calendar must notice
    # (store/calendar_sequence.py), never falls, so an exported update always replaces the last.
    calendar_sequence: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # A young people's pre-meeting: the board meeting it prepares for (kept as an id, not a foreign
    # key, so the column could be added to an existing table in place).
    prepares_for_id: Optional[int] = Field(default=None)


class MeetingChange(SQLModel, table=True):
    """A meeting moved or postponed: where it was, where it went, and why ("moved from …")."""

    __tablename__ = "meeting_change"

    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    changed_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    old_date: dt.date
    old_start_time: dt.time
    new_date: dt.date
    new_start_time: dt.time
    reason: Optional[str] = None


class ReportRule(SQLModel, table=True):
    """A report that comes to the board on a schedule: the work programme's rows.

    Who presents is a reporting officer, a seat, or failing both a role in words. Preferred
    months ("10" or "6,12") pin the meetings; otherwise the reports are spread over the year.
    """

    __tablename__ = "report_rule"

    id: Optional[int] = Field(default=None, primary_key=True)
    board_id: int = Field(foreign_key="board.id", index=True)
    title: str
    reporting_officer_id: Optional[int] = Field(default=None, foreign_key="reporting_officer.id")
    seat_id: Optional[int] = Field(default=None, foreign_key="seat.id")
    presenter_role: Optional[str] = None
    frequency: str = "annual"
    preferred_months: str = ""
    priority_id: Optional[int] = Field(default=None, foreign_key="priority.id")
    purpose: str = "discussion"
    duration_minutes: int = 10
    sort_order: int = 0
    active: bool = True
    notes: Optional[str] = None


class AgendaItem(SQLModel, table=True):
    """One item of a meeting's agenda. Its number is worked out from its place, never stored."""

    __tablename__ = "agenda_item"

    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    position: int
    sub_item: bool = False  # numbered 5a, 5b under the item before it
    title: str
    section: str = "other"
    purpose: str = "information"
    duration_minutes: int = 10
    presenter_person_id: Optional[int] = Field(default=None, foreign_key="person.id")
    presenter_seat_id: Optional[int] = Field(default=None, foreign_key="seat.id")
    presenter_role: Optional[str] = None
    part: int = 1
    exempt_paragraph: Optional[int] = None  # Schedule 12A, Part 1, paragraph 1–7 (Part 2 items)
    public_interest: Optional[str] = None
    public_title: Optional[str] = None  # a Part 2 item's title for the public and partners ("open title")
    chair_notes: Optional[str] = None
    report_rule_id: Optional[int] = Field(default=None, foreign_key="report_rule.id")
    standing_item_id: Optional[int] = Field(default=None, foreign_key="standing_item.id")
    paper_expected: bool = False
    to_follow: bool = False


class Paper(SQLModel, table=True):
    """A report attached to an agenda item, kept in the document store under its content hash."""

    id: Optional[int] = Field(default=None, primary_key=True)
    agenda_item_id: int = Field(foreign_key="agenda_item.id", index=True)
    original_name: str
    sha256: str = Field(index=True, max_length=64)
    kind: str  # pdf or docx
    size_bytes: int
    pages: Optional[int] = None
    received_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    pledge: bool = False
    pledge_note: Optional[str] = None
    involvement: bool = False
    involvement_note: Optional[str] = None
    you_said_we_did: bool = False
    you_said_we_did_note: Optional[str] = None


class Attendance(SQLModel, table=True):
    """Who came to a meeting, and how. Members with no row are shown as not yet recorded."""

    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    seat_id: Optional[int] = Field(default=None, foreign_key="seat.id")  # the seat held, or substituted for
    status: str  # present, remote, apologies, absent, substitute, in_attendance
    substitute_for_id: Optional[int] = Field(default=None, foreign_key="person.id")
    items: Optional[str] = None  # officers and guests: the items they attended for
    note: Optional[str] = None


class Declaration(SQLModel, table=True):
    """A declaration of interest made at a meeting, against an agenda item."""

    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    agenda_item_id: int = Field(foreign_key="agenda_item.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    kind: str  # disclosable_pecuniary, other_registrable, non_registrable
    nature: str
    action: str  # remained, withdrew, did_not_vote


class Minutes(SQLModel, table=True):
    """The minutes of one meeting as a whole: where they are in their life."""

    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", unique=True)
    status: str = "draft"  # draft, confirmed, signed
    confirmed_at_meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id")
    confirmed_on: Optional[dt.date] = None
    signed_by: Optional[str] = None
    signed_on: Optional[dt.date] = None
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    closed_at: Optional[dt.time] = None  # when the meeting closed ("The meeting closed at 4.45 pm.")


class Minute(SQLModel, table=True):
    """One numbered minute: what was said about an agenda item and what was resolved."""

    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    agenda_item_id: Optional[int] = Field(default=None, foreign_key="agenda_item.id", index=True)
    position: int
    sub_item: bool = False
    title: str
    presenter_person_id: Optional[int] = Field(default=None, foreign_key="person.id")
    presenter: Optional[str] = None  # the role or seat, in words
    part: int = 1
    exempt_paragraph: Optional[int] = None
    discussion: str = ""
    number: Optional[str] = None  # frozen when the minutes are confirmed; worked out until then
    revision: int = Field(default=0, sa_column_kwargs={"server_default": "0"})  # saves of the discussion


class Resolution(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    minute_id: int = Field(foreign_key="minute.id", index=True)
    position: int
    kind: str  # noted, endorsed, approved, deferred, other
    text: str  # "That the report be noted."
    deferred_to_meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id")
    deferred_item_id: Optional[int] = Field(default=None, foreign_key="agenda_item.id")


class MinutesAmendment(SQLModel, table=True):
    """A change to minutes after they were drafted: at their confirmation, or later to
    confirmed minutes. Who, when and why, with the text before and after."""

    __tablename__ = "minutes_amendment"

    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)  # whose minutes
    minute_id: Optional[int] = Field(default=None, foreign_key="minute.id")
    at_meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id")  # agreed at confirmation
    made_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    made_by: str
    reason: str
    what: str  # "Minute 7 discussion", "Minute 7 resolution 2", "Declarations"
    old_text: str = ""
    new_text: str = ""


class ActionItem(SQLModel, table=True):
    """An action from the board: who must do what by when."""

    __tablename__ = "action_item"

    id: Optional[int] = Field(default=None, primary_key=True)
    number: int = Field(unique=True)  # A1, A2… through the board's life; never reused
    meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id", index=True)
    minute_id: Optional[int] = Field(default=None, foreign_key="minute.id")
    description: str
    owner_person_id: int = Field(foreign_key="person.id", index=True)
    due_date: Optional[dt.date] = None
    status: str = "open"  # open, in_progress, done, dropped
    created_on: dt.date
    closed_on: Optional[dt.date] = None


class ActionUpdate(SQLModel, table=True):
    __tablename__ = "action_update"

    id: Optional[int] = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action_item.id", index=True)
    date: dt.date
    status: str  # the status after this update
    text: str = ""


class Exchange(SQLModel, table=True):
    """Minutes exchanged with a partner board, one row per exchange.

    Out: our confirmed minutes of a meeting going to a partner (made when the package is
    prepared or the minutes are marked sent). In: a partner's minutes received, with the
    documents that came; listed on the next board agenda and noted there.
    """

    id: Optional[int] = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner_board.id", index=True)
    direction: str  # "out" or "in"
    meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id", index=True)  # out: our meeting
    prepared_at: Optional[dt.datetime] = None  # out: when the package was last written
    package_folder: Optional[str] = None  # out: where it was written
    package_files: Optional[str] = None  # out: JSON list of its file names, to replace them if prepared again
    sent_on: Optional[dt.date] = None  # out
    partner_meeting_date: Optional[dt.date] = None  # in: the date of their meeting
    received_on: Optional[dt.date] = None  # in
    confidentiality: str = "public"  # in: the partner's default unless changed; restricted never goes out
    source: str = "file"  # in: "file" or "email"
    email_subject: Optional[str] = None
    email_from: Optional[str] = None
    noted_at_meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id")  # in: when confirmed
    noted_on: Optional[dt.date] = None
    note: Optional[str] = None
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class ExchangeDocument(SQLModel, table=True):
    """A document received from a partner, kept in the document store under its content hash;
    its text is kept for searching."""

    __tablename__ = "exchange_document"
    __table_args__ = (UniqueConstraint("exchange_id", "sha256"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    exchange_id: int = Field(foreign_key="exchange.id", index=True)
    position: int = 1
    original_name: str
    sha256: str = Field(index=True, max_length=64)
    kind: str  # pdf or docx
    size_bytes: int
    pages: Optional[int] = None
    text: str = ""


class LibraryText(SQLModel, table=True):
    """The board's own wording of a text in the Library (the welcome, the seven principles, the
    Pledge…), as edited in the app. A text with no row reads as its default, which ships in
    ``resources/seed/library.json`` (seeded from the strategy documents)."""

    __tablename__ = "library_text"

    key: str = Field(primary_key=True, max_length=60)
    title: str
    body: str
    updated_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class PackRecord(SQLModel, table=True):
    """A pack that was built and saved: which, for what, where, how many pages, and what it held.

    A supplementary pack numbers on from the last agenda pack (or supplement) of the same
    version, and holds the papers none of them held.
    """

    __tablename__ = "pack_record"

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str  # agenda, supplement, induction, annual_report
    version: str = ""  # public or restricted (agenda packs and supplements)
    meeting_id: Optional[int] = Field(default=None, foreign_key="meeting.id", index=True)
    person_id: Optional[int] = Field(default=None, foreign_key="person.id")
    year: Optional[int] = None  # annual report: the municipal year's first calendar year
    built_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    path: str = ""
    first_page: int = 1
    last_page: int = 0
    contents: str = "[]"  # JSON: the paper ids (agenda packs) it held


class DocumentText(SQLModel, table=True):
    """What the app read of a stored document (by content hash): its words, whether its text
    could be read at all, and a fingerprint of that text (``model.fingerprint``) by which a
    re-saved, re-encoded or cut-down copy of an exempt or restricted document is recognised."""

    __tablename__ = "document_text"

    sha256: str = Field(primary_key=True, max_length=64)
    kind: str  # pdf or docx
    pages: Optional[int] = None
    words: int = 0
    readable: bool = False  # False: a scan or image with (almost) no text to read
    note: str = Field(default="", sa_column_kwargs={"server_default": ""})  # why it cannot be read, in words
    fingerprint: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # model.fingerprint.pack
    text: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # zlib-compressed UTF-8, bounded
    made_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class PaperClearance(SQLModel, table=True):
    """The officer's confirmation that a document may go into public and partner outputs even
    though the app could not tell (a scan), or found something to look at (a young person's
    name; text like an exempt paper's). Who and when, kept for the record."""

    __tablename__ = "paper_clearance"

    id: Optional[int] = Field(default=None, primary_key=True)
    sha256: str = Field(index=True, max_length=64)
    reason: str  # unreadable, names, resembles
    detail: str = ""  # what the app found, in words, when the officer confirmed
    confirmed_by: str
    confirmed_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class Indicator(SQLModel, table=True):
    """A performance indicator the board receives (000; the SSDA903-based set): what it measures,
    in what unit, which way is better, how often, who owns it and where the figure comes from."""

    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=60)  # a short code used by imports and the CLI: "cla_number"
    name: str
    definition: str = ""
    unit: str = "count"  # count, rate (per 10,000), percentage, days, other
    polarity: str = "neutral"  # higher (is better), lower (is better), neutral
    period: str = "quarter"  # month, quarter, year
    owner: str = ""
    source: str = ""
    priority_id: Optional[int] = Field(default=None)  # the priority it speaks to, for filtering
    # A figure about few children can identify them: counts (and rates or percentages built on them)
    # are suppressed in public outputs below the board's threshold. Not for, e.g., a rate per 10,000
    # of the whole child population (sensitive False).
    sensitive: bool = True
    numerator_key: Optional[str] = None  # a percentage or rate built from these counts' figures
    denominator_key: Optional[str] = None
    part_of_key: Optional[str] = None  # a count that is one part of another's total (a placement type of all looked after)
    sort_order: int = 0
    former: bool = False


class IndicatorFigure(SQLModel, table=True):
    """One indicator's figure for one period, with its comparators, target and the officer's
    commentary. ``mark`` holds a DfE mark when there is no value: c (confidential), z (not
    applicable), k (rounds to zero), x (not available)."""

    __tablename__ = "indicator_figure"
    __table_args__ = (UniqueConstraint("indicator_id", "period", name="uq_indicator_figure_period"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="indicator.id", index=True)
    period: str  # 2026-11 (month), 2026-Q3 (quarter: calendar quarters), 2026 (year)
    period_end: dt.date = Field(index=True)
    value: Optional[float] = None
    mark: Optional[str] = None
    england: Optional[float] = None
    region: Optional[float] = None
    neighbours: Optional[float] = None
    target: Optional[float] = None
    commentary: str = ""
    source: str = ""  # "entered", or the file it was imported from
    updated_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class IndicatorFigureChange(SQLModel, table=True):
    """A changed figure keeps its history: what a field was, what it became, when and from where."""

    __tablename__ = "indicator_figure_change"

    id: Optional[int] = Field(default=None, primary_key=True)
    figure_id: int = Field(foreign_key="indicator_figure.id", index=True)
    field: str
    old: Optional[str] = None
    new: Optional[str] = None
    source: str = ""
    changed_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
