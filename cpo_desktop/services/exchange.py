"""The minute exchange with partner boards (the Safeguarding Children Partnership, the Health and
Wellbeing Board, and any others added): the partners themselves, the register of what went
out and came in, marking our minutes sent, recording partners' minutes received, and noting
them at the next board meeting.

Packages (the files that go out) and reading files and e-mails that come in live in
``cpo_desktop.exchange``, which builds on this module. Which minutes are owed when is decided
by the pure rules in ``model.exchange_rules``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model import enums, exchange_rules as rules
from cpo_desktop.model.enums import MinutesStatus
from cpo_desktop.model.tables import Exchange, ExchangeDocument, Meeting, Minutes, PartnerBoard
from cpo_desktop.model.text_rules import control_problems
from cpo_desktop.model.working_days import working_days_between
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import doctext, settings
from cpo_desktop.store.db import Store
from cpo_desktop.wording import and_list

SEND_DAYS_KEY = "exchange.send_within_working_days"
RECEIVE_MONTHS_KEY = "exchange.receive_within_months"

# The agenda item under which partners' minutes are listed ("Partner boards' minutes – for information").
PARTNER_ITEM = re.compile(r"partner (boards?'?|boards’) minutes", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_SHORT = re.compile(r"^[A-Za-z0-9&][A-Za-z0-9&\-. ]{0,15}$")
_CONFIRMED = (MinutesStatus.CONFIRMED, MinutesStatus.SIGNED)


class ExchangeError(UserError, ValueError):
    """An exchange refused, with the reason. Nothing was saved."""


class DuplicateImport(ExchangeError):
    """Every document offered was already received; nothing was added."""


# --- partner boards -------------------------------------------------------------------------------

@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    short_name: str
    kind: str
    confidentiality: str
    exchange_out: bool
    exchange_in: bool
    expected_frequency_months: int
    secretariat_name: str
    secretariat_email: str
    send_docx: bool
    exchange_from: dt.date | None
    relationship: str
    former: bool

    @property
    def restricted(self) -> bool:
        return self.confidentiality == enums.Confidentiality.RESTRICTED

    @property
    def exchanges(self) -> bool:
        return (self.exchange_out or self.exchange_in) and not self.former

    def as_dict(self) -> dict:
        return dict(asdict(self), exchange_from=self.exchange_from.isoformat() if self.exchange_from else None)


def _partner_row(p: PartnerBoard) -> PartnerRow:
    return PartnerRow(id=p.id, name=p.name, short_name=p.short_name, kind=p.kind, confidentiality=p.confidentiality,
                      exchange_out=p.exchange_out, exchange_in=p.exchange_in,
                      expected_frequency_months=p.expected_frequency_months,
                      secretariat_name=p.secretariat_name or "", secretariat_email=p.secretariat_email or "",
                      send_docx=p.send_docx, exchange_from=p.exchange_from, relationship=p.relationship or "",
                      former=p.former)


@dataclass
class PartnerInput:
    """A partner board as typed in the dialog or on the command line."""

    name: str
    short_name: str
    secretariat_name: str = ""
    secretariat_email: str = ""
    confidentiality: str = enums.Confidentiality.PUBLIC
    exchange_out: bool = True
    exchange_in: bool = True
    expected_frequency_months: int = 2
    send_docx: bool = False
    exchange_from: dt.date | None = None
    relationship: str = ""
    kind: str = enums.PartnerKind.PARTNER_BOARD

    def problems(self) -> list[str]:
        """What is wrong, in words, for the dialog to show as the user types."""
        out = []
        if not self.name.strip():
            out.append("the partner board needs a name")
        short = self.short_name.strip()
        if not short:
            out.append("it needs a short name (such as SSCP), used in the register and on the command line")
        elif not _SHORT.match(short):
            out.append("the short name is up to 16 letters, digits, spaces, “&”, “-” or “.”")
        email = self.secretariat_email.strip()
        if email and not _EMAIL.match(email):
            out.append(f"“{email}” is not an e-mail address")
        if self.confidentiality not in {c.value for c in enums.Confidentiality}:
            out.append("confidentiality is public or restricted")
        if not 1 <= int(self.expected_frequency_months) <= 24:
            out.append("it meets every 1 to 24 months")
        try:
            enums.PartnerKind(self.kind)
        except ValueError:
            out.append(f"“{self.kind}” is not a kind of partner")
        return out + control_problems({"the name": self.name, "the short name": self.short_name,
                                       "the secretariat's name": self.secretariat_name,
                                       "the relationship": self.relationship})

    @classmethod
    def from_row(cls, row: PartnerRow) -> PartnerInput:
        return cls(name=row.name, short_name=row.short_name, secretariat_name=row.secretariat_name,
                   secretariat_email=row.secretariat_email, confidentiality=row.confidentiality,
                   exchange_out=row.exchange_out, exchange_in=row.exchange_in,
                   expected_frequency_months=row.expected_frequency_months, send_docx=row.send_docx,
                   exchange_from=row.exchange_from, relationship=row.relationship, kind=row.kind)


def list_partners(store: Store, *, include_former: bool = False) -> list[PartnerRow]:
    with store.session() as session:
        query = select(PartnerBoard).order_by(PartnerBoard.id)
        if not include_former:
            query = query.where(PartnerBoard.former == False)  # noqa: E712 - SQL comparison
        return [_partner_row(p) for p in session.exec(query)]


def _find_partner(session: Session, ref: str | int) -> PartnerBoard:
    text = str(ref).strip()
    found = None
    if text.isdigit():
        found = session.get(PartnerBoard, int(text))
    if found is None:
        found = session.exec(select(PartnerBoard).where(
            func.lower(PartnerBoard.short_name) == text.casefold())).first()
    if found is None:
        found = session.exec(select(PartnerBoard).where(func.lower(PartnerBoard.name) == text.casefold())).first()
    if found is None:
        known = ", ".join(p.short_name for p in session.exec(select(PartnerBoard).order_by(PartnerBoard.id)))
        raise ExchangeError(f"There is no partner board called “{text}”. The partner boards are: {known or 'none'} "
                            "(see `cpo-desktop exchange partners`).")
    return found


def find_partner(store: Store, ref: str | int) -> PartnerRow:
    """A partner by its short name (SSCP), its full name or its id."""
    with store.session() as session:
        return _partner_row(_find_partner(session, ref))


def _check_partner(session: Session, data: PartnerInput, *, ignore: int | None = None) -> None:
    problems = data.problems()
    for column, value, what in ((PartnerBoard.name, data.name, "name"),
                                (PartnerBoard.short_name, data.short_name, "short name")):
        clash = session.exec(select(PartnerBoard).where(func.lower(column) == value.strip().casefold())).first()
        if clash is not None and clash.id != ignore:
            problems.append(f"another partner board already has the {what} “{value.strip()}”")
    if problems:
        raise ExchangeError(sentence(problems))


def _apply(p: PartnerBoard, data: PartnerInput) -> None:
    p.name, p.short_name = " ".join(data.name.split()), data.short_name.strip()
    p.secretariat_name = " ".join(data.secretariat_name.split()) or None
    p.secretariat_email = data.secretariat_email.strip() or None
    p.confidentiality, p.kind = str(data.confidentiality), str(data.kind)
    p.exchange_out, p.exchange_in = bool(data.exchange_out), bool(data.exchange_in)
    p.expected_frequency_months = int(data.expected_frequency_months)
    p.send_docx, p.exchange_from = bool(data.send_docx), data.exchange_from
    p.relationship = data.relationship.strip()


def add_partner(store: Store, data: PartnerInput, *, today: dt.date | None = None) -> int:
    """Add a partner board. The exchange is owed from today unless a date is given."""
    with store.session() as session:
        _check_partner(session, data)
        p = PartnerBoard(name="", short_name="")
        _apply(p, data)
        p.exchange_from = data.exchange_from or today or dt.date.today()
        session.add(p)
        session.flush()
        return p.id


def update_partner(store: Store, partner: str | int, data: PartnerInput) -> None:
    with store.session() as session:
        p = _find_partner(session, partner)
        _check_partner(session, data, ignore=p.id)
        _apply(p, data)


def set_partner_former(store: Store, partner: str | int, former: bool = True) -> None:
    """A partner that no longer exchanges minutes; its history stays in the register."""
    with store.session() as session:
        _find_partner(session, partner).former = former


# --- the register ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentRow:
    id: int
    exchange_id: int
    original_name: str
    kind: str
    pages: int | None
    size_bytes: int
    sha256: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ExchangeRow:
    """One line of the register: our minutes of a meeting to one partner, or one partner's
    minutes received."""

    direction: str  # "out" or "in"
    partner_id: int
    partner: str  # short name
    partner_name: str
    status: str  # one of exchange_rules.STATUSES
    exchange_id: int | None = None  # None for an outgoing line nothing has been done on yet
    meeting_id: int | None = None  # out: our meeting
    meeting_date: dt.date | None = None  # out: our meeting; in: theirs
    confirmed_on: dt.date | None = None  # out
    due: dt.date | None = None  # out: send by; in (nothing received): expected by
    sent_on: dt.date | None = None
    prepared_at: dt.datetime | None = None
    package_folder: str | None = None
    received_on: dt.date | None = None
    confidentiality: str = enums.Confidentiality.PUBLIC
    listed_meeting_id: int | None = None  # in: the board meeting it is (or was) listed at
    listed_meeting_date: dt.date | None = None
    noted_on: dt.date | None = None
    source: str = ""
    email_subject: str | None = None
    overdue: bool = False
    overdue_note: str = ""  # "Not sent: 12 working days since confirmation (due 28/10/2026)"
    documents: tuple[DocumentRow, ...] = ()

    @property
    def key(self) -> str:
        if self.direction == rules.OUT:
            return f"out:{self.meeting_id}:{self.partner_id}"
        return f"in:{self.exchange_id}" if self.exchange_id else f"in:none:{self.partner_id}"

    @property
    def what(self) -> str:
        """'Our minutes of 14 October 2026' / 'SSCP minutes of 4 November 2026'."""
        if self.meeting_date is None:
            return f"{self.partner} minutes"
        day = f"{self.meeting_date.day} {self.meeting_date:%B %Y}"
        return f"Our minutes of {day}" if self.direction == rules.OUT else f"{self.partner} minutes of {day}"

    @property
    def date(self) -> dt.date | None:
        """The date that matters for the status: sent, noted, received, or when it is due."""
        return self.sent_on or self.noted_on or self.received_on or self.due

    def as_dict(self) -> dict:
        data = asdict(self)
        for k, v in data.items():
            if isinstance(v, (dt.date, dt.datetime)):
                data[k] = v.isoformat()
        data["documents"] = [d.as_dict() for d in self.documents]
        data["key"] = self.key
        return data


@dataclass(frozen=True)
class PartnerSummary:
    partner: PartnerRow
    last_sent: ExchangeRow | None  # the latest of our minutes sent to them
    last_received: ExchangeRow | None  # the latest of their minutes received
    receive_by: dt.date | None  # nothing received after this day is overdue
    receive_overdue: bool
    awaiting: int  # our minutes not yet confirmed
    ready: int  # confirmed, not sent
    send_overdue: int
    to_note: int  # their minutes received, not yet noted

    @property
    def overdue(self) -> bool:
        return self.receive_overdue or self.send_overdue > 0

    def as_dict(self) -> dict:
        return {"partner": self.partner.as_dict(),
                "last_sent": self.last_sent.as_dict() if self.last_sent else None,
                "last_received": self.last_received.as_dict() if self.last_received else None,
                "receive_by": self.receive_by.isoformat() if self.receive_by else None,
                "receive_overdue": self.receive_overdue, "awaiting": self.awaiting, "ready": self.ready,
                "send_overdue": self.send_overdue, "to_note": self.to_note}


@dataclass(frozen=True)
class ExchangeRegister:
    today: dt.date
    send_days: int
    receive_months: int
    partners: list[PartnerSummary] = field(default_factory=list)
    rows: list[ExchangeRow] = field(default_factory=list)  # newest first within each partner

    @property
    def overdue(self) -> list[ExchangeRow]:
        return [r for r in self.rows if r.overdue]

    def row(self, key: str) -> ExchangeRow:
        return next(r for r in self.rows if r.key == key)

    def as_dict(self) -> dict:
        return {"today": self.today.isoformat(), "send_within_working_days": self.send_days,
                "receive_within_months": self.receive_months,
                "partners": [p.as_dict() for p in self.partners], "exchanges": [r.as_dict() for r in self.rows]}


def thresholds(store: Store) -> tuple[int, int]:
    """(working days to send our confirmed minutes, months before a silent partner is overdue)."""
    with store.session() as session:
        return _thresholds(session)


def _thresholds(session: Session) -> tuple[int, int]:
    return int(settings.get_in(session, SEND_DAYS_KEY)), int(settings.get_in(session, RECEIVE_MONTHS_KEY))


def set_thresholds(store: Store, *, send_days: int | None = None, receive_months: int | None = None) -> None:
    problems = []
    if send_days is not None and not 1 <= send_days <= 60:
        problems.append("minutes are sent within 1 to 60 working days")
    if receive_months is not None and not 1 <= receive_months <= 24:
        problems.append("a partner is overdue after 1 to 24 months")
    if problems:
        raise ExchangeError(sentence(problems))
    with store.session() as session:
        current = _thresholds(session)  # a value as it stands (default or set) writes nothing
        if send_days is not None and int(send_days) != current[0]:
            settings.set_in(session, SEND_DAYS_KEY, int(send_days))
        if receive_months is not None and int(receive_months) != current[1]:
            settings.set_in(session, RECEIVE_MONTHS_KEY, int(receive_months))


def _board_meetings(session: Session) -> list[Meeting]:
    return list(session.exec(select(Meeting).where(
        Meeting.kind == enums.MeetingKind.BOARD, Meeting.status != enums.MeetingStatus.CANCELLED)
        .order_by(Meeting.date, Meeting.start_time)))


def _confirmed(session: Session) -> dict[int, dt.date]:
    """Meeting id → the day its minutes were confirmed, for minutes confirmed or signed."""
    return {r.meeting_id: r.confirmed_on for r in session.exec(select(Minutes))
            if r.status in _CONFIRMED and r.confirmed_on is not None}


def listed_meeting(board_meetings: list[Meeting], confirmed: dict[int, dt.date], received_on: dt.date) -> Meeting | None:
    """The board meeting a partner's minutes received on ``received_on`` go to: the first after
    that day whose minutes are not yet confirmed (one already confirmed can no longer note them)."""
    return next((m for m in board_meetings if m.date > received_on and m.id not in confirmed), None)


def _documents(session: Session, exchange_ids: list[int]) -> dict[int, list[DocumentRow]]:
    out: dict[int, list[DocumentRow]] = {}
    if not exchange_ids:
        return out
    for d in session.exec(select(ExchangeDocument).where(ExchangeDocument.exchange_id.in_(exchange_ids))
                          .order_by(ExchangeDocument.exchange_id, ExchangeDocument.position, ExchangeDocument.id)):
        out.setdefault(d.exchange_id, []).append(DocumentRow(d.id, d.exchange_id, d.original_name, d.kind, d.pages,
                                                             d.size_bytes, d.sha256))
    return out


def _out_row(p: PartnerBoard, m: Meeting, e: Exchange | None, confirmed_on: dt.date | None, today: dt.date,
             send_days: int) -> ExchangeRow:
    sent_on = e.sent_on if e else None
    status = rules.outgoing_status(confirmed_on, sent_on)
    due = rules.send_by(confirmed_on, send_days) if confirmed_on else None
    overdue = rules.send_overdue(confirmed_on, sent_on, today, send_days)
    note = ""
    if overdue:
        late = working_days_between(due, today)
        note = (f"Not sent: due {due:%d/%m/%Y}, {late} working day{'s' if late != 1 else ''} overdue "
                f"({send_days} working days from confirmation on {confirmed_on:%d/%m/%Y})")
    elif status == rules.SENT and due and sent_on > due:
        note = f"Sent late: due {due:%d/%m/%Y}"
    return ExchangeRow(direction=rules.OUT, partner_id=p.id, partner=p.short_name, partner_name=p.name, status=status,
                       exchange_id=e.id if e else None, meeting_id=m.id, meeting_date=m.date, confirmed_on=confirmed_on,
                       due=due, sent_on=sent_on, prepared_at=e.prepared_at if e else None,
                       package_folder=e.package_folder if e else None, overdue=overdue, overdue_note=note)


def _in_row(p: PartnerBoard, e: Exchange, docs: list[DocumentRow], listed: Meeting | None,
            noted_at: Meeting | None) -> ExchangeRow:
    status = rules.NOTED if e.noted_at_meeting_id else rules.RECEIVED
    at = noted_at if noted_at is not None else listed
    return ExchangeRow(direction=rules.IN, partner_id=p.id, partner=p.short_name, partner_name=p.name, status=status,
                       exchange_id=e.id, meeting_date=e.partner_meeting_date, received_on=e.received_on,
                       confidentiality=e.confidentiality, listed_meeting_id=at.id if at else None,
                       listed_meeting_date=at.date if at else None, noted_on=e.noted_on, source=e.source,
                       email_subject=e.email_subject, documents=tuple(docs))


def register(store: Store, *, today: dt.date | None = None) -> ExchangeRegister:
    """Every exchange, both directions, per partner, with its status and overdue flags as at ``today``."""
    today = today or dt.date.today()
    with store.session() as session:
        send_days, receive_months = _thresholds(session)
        meetings = _board_meetings(session)
        by_id = {m.id: m for m in meetings}
        confirmed = _confirmed(session)
        exchanges = list(session.exec(select(Exchange).order_by(Exchange.id)))
        docs = _documents(session, [e.id for e in exchanges if e.direction == rules.IN])
        partners = list(session.exec(select(PartnerBoard).order_by(PartnerBoard.id)))
        held = [m for m in meetings if m.date <= today]
        summaries, rows = [], []
        for p in partners:
            mine = [e for e in exchanges if e.partner_id == p.id]
            if p.former or not (p.exchange_out or p.exchange_in):
                if not mine:
                    continue
            out_rows: list[ExchangeRow] = []
            outgoing = {e.meeting_id: e for e in mine if e.direction == rules.OUT}
            owed = [m for m in held if p.exchange_out and not p.former
                    and (p.exchange_from is None or m.date >= p.exchange_from)]
            for m in sorted({m.id: m for m in owed + [by_id[i] for i in outgoing if i in by_id]}.values(),
                            key=lambda m: (m.date, m.start_time)):
                out_rows.append(_out_row(p, m, outgoing.get(m.id), confirmed.get(m.id), today, send_days))
            in_rows: list[ExchangeRow] = []
            for e in sorted((e for e in mine if e.direction == rules.IN),
                            key=lambda e: (e.partner_meeting_date or dt.date.min, e.id)):
                noted_at = session.get(Meeting, e.noted_at_meeting_id) if e.noted_at_meeting_id else None
                listed = None if noted_at else listed_meeting(meetings, confirmed, e.received_on)
                in_rows.append(_in_row(p, e, docs.get(e.id, []), listed, noted_at))
            last_received = max(in_rows, key=lambda r: (r.received_on, r.exchange_id), default=None)
            receive_by = receive_overdue = None
            if p.exchange_in and not p.former:
                since = last_received.received_on if last_received else p.exchange_from
                receive_overdue = rules.receive_overdue(since, today, receive_months)
                receive_by = rules.receive_by(since, receive_months) if since else None
                if receive_overdue:
                    when = (f"Nothing received since {last_received.received_on:%d/%m/%Y}" if last_received else
                            "Nothing received yet")
                    due_text = f" (expected by {receive_by:%d/%m/%Y})" if receive_by else ""
                    note = f"{when}{due_text}; more than {receive_months} months"
                    # A line of its own, so the register shows what is missing, not only what came.
                    in_rows.append(ExchangeRow(direction=rules.IN, partner_id=p.id, partner=p.short_name,
                                               partner_name=p.name, status=rules.NOTHING, due=receive_by,
                                               confidentiality=p.confidentiality, overdue=True, overdue_note=note))
            sent = [r for r in out_rows if r.status == rules.SENT]
            summaries.append(PartnerSummary(
                partner=_partner_row(p), last_sent=max(sent, key=lambda r: r.meeting_date, default=None),
                last_received=last_received, receive_by=receive_by, receive_overdue=bool(receive_overdue),
                awaiting=sum(r.status == rules.AWAITING for r in out_rows),
                ready=sum(r.status == rules.READY for r in out_rows),
                send_overdue=sum(r.overdue for r in out_rows),
                to_note=sum(r.status == rules.RECEIVED for r in in_rows)))
            rows.extend(reversed(out_rows))
            rows.extend(reversed(in_rows))
    return ExchangeRegister(today=today, send_days=send_days, receive_months=receive_months,
                            partners=summaries, rows=rows)


def outgoing(store: Store, meeting: str | int, partner: str | int, *, today: dt.date | None = None) -> ExchangeRow:
    """The register line for our minutes of ``meeting`` to ``partner``."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    p = find_partner(store, partner)
    for row in register(store, today=today).rows:
        if row.direction == rules.OUT and row.meeting_id == meeting_id and row.partner_id == p.id:
            return row
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
    if m.kind != enums.MeetingKind.BOARD:
        raise ExchangeError(f"Only the board's own minutes are exchanged; the meeting on {m.date:%d/%m/%Y} is a "
                            f"{enums.MeetingKind(m.kind).label.lower()}.")
    if not p.exchange_out or p.former:
        raise ExchangeError(f"Our minutes are not sent to {p.name} ({p.short_name}): {_why_not(p, 'out')}")
    if m.status == enums.MeetingStatus.CANCELLED:
        raise ExchangeError(f"The meeting on {m.date:%d/%m/%Y} was cancelled; it has no minutes to send.")
    if p.exchange_from and m.date < p.exchange_from:
        raise ExchangeError(f"The exchange with {p.short_name} began on {p.exchange_from:%d/%m/%Y}, after the "
                            f"meeting on {m.date:%d/%m/%Y}.")
    raise ExchangeError(f"The meeting on {m.date:%d/%m/%Y} has not taken place yet.")


def _why_not(p, direction: str) -> str:
    """Why minutes do not go this way with a partner, in words (p: PartnerBoard or PartnerRow)."""
    if p.former:
        return "it is marked as former."
    if not p.exchange_in and not p.exchange_out:
        return "minutes are not exchanged with it (change that under Partner Boards… if they should be)."
    return ("its exchange is set to incoming only." if direction == "out" else
            "its exchange is set to outgoing only.")


def _out_exchange(session: Session, meeting_id: int, partner_id: int) -> Exchange | None:
    return session.exec(select(Exchange).where(Exchange.direction == rules.OUT, Exchange.meeting_id == meeting_id,
                                               Exchange.partner_id == partner_id)).first()


def previous_package(store: Store, meeting_id: int, partner_id: int) -> tuple[str | None, list[str]]:
    """Where the last package for this partner was written, and the names of its files."""
    with store.session() as session:
        e = _out_exchange(session, meeting_id, partner_id)
        if e is None or not e.package_folder:
            return None, []
        return e.package_folder, json.loads(e.package_files or "[]")


def record_prepared(store: Store, meeting_id: int, partner_id: int, folder: Path, files: list[str] | None = None,
                    when: dt.datetime | None = None) -> None:
    """Note that a package for this partner was written (to ``folder``, these file names)."""
    with store.session() as session:
        e = _out_exchange(session, meeting_id, partner_id)
        if e is None:
            e = Exchange(partner_id=partner_id, direction=rules.OUT, meeting_id=meeting_id)
            session.add(e)
        e.prepared_at = when or dt.datetime.now(dt.UTC)
        e.package_folder = str(folder)
        e.package_files = json.dumps(list(files or []), ensure_ascii=False)


def mark_sent(store: Store, meeting: str | int, partner: str | int, *, on: dt.date | None = None,
              today: dt.date | None = None) -> ExchangeRow:
    """Record the day our confirmed minutes went to a partner (today unless ``on``)."""
    today = today or dt.date.today()
    row = outgoing(store, meeting, partner, today=today)
    on = on or today
    if row.status == rules.AWAITING:
        raise ExchangeError(f"The minutes of {row.meeting_date:%d/%m/%Y} are not confirmed yet, so they cannot have "
                            f"gone to {row.partner}: only confirmed minutes are exchanged.")
    if row.status == rules.SENT:
        raise ExchangeError(f"The minutes of {row.meeting_date:%d/%m/%Y} were already sent to {row.partner} on "
                            f"{row.sent_on:%d/%m/%Y}.")
    if on > today:
        raise ExchangeError(f"{on:%d/%m/%Y} is in the future; mark the minutes sent on the day they went.")
    if on < row.confirmed_on:
        raise ExchangeError(f"The minutes of {row.meeting_date:%d/%m/%Y} were confirmed on {row.confirmed_on:%d/%m/%Y}; "
                            f"they cannot have been sent before that ({on:%d/%m/%Y}).")
    with store.session() as session:
        e = _out_exchange(session, row.meeting_id, row.partner_id)
        if e is None:
            e = Exchange(partner_id=row.partner_id, direction=rules.OUT, meeting_id=row.meeting_id)
            session.add(e)
        e.sent_on = on
    return outgoing(store, row.meeting_id, row.partner_id, today=today)


def unmark_sent(store: Store, meeting: str | int, partner: str | int) -> None:
    """Take back "sent" (Edit › Undo, or a slip of the finger)."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        p = _find_partner(session, partner)
        e = _out_exchange(session, meeting_id, p.id)
        if e is None or e.sent_on is None:
            raise ExchangeError("Those minutes are not marked as sent.")
        e.sent_on = None
        if e.prepared_at is None:
            session.delete(e)


# --- incoming -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Received:
    """What ``record_incoming`` did."""

    exchange_id: int | None
    added: tuple[str, ...]  # file names stored
    already: tuple[str, ...]  # file names received before (not stored again), with where
    listed_meeting_date: dt.date | None


def _already(session: Session, partner_id: int, sha256: str) -> Exchange | None:
    return session.exec(select(Exchange).join(ExchangeDocument, ExchangeDocument.exchange_id == Exchange.id).where(
        Exchange.partner_id == partner_id, ExchangeDocument.sha256 == sha256)).first()


def _received_problems(meeting_date: dt.date, received_on: dt.date, confidentiality: str | None,
                       today: dt.date) -> list[str]:
    problems = []
    if received_on > today:
        problems.append(f"the date received ({received_on:%d/%m/%Y}) is in the future")
    if meeting_date > received_on:
        problems.append(f"their meeting ({meeting_date:%d/%m/%Y}) is after the day the minutes were received "
                        f"({received_on:%d/%m/%Y})")
    if confidentiality is not None and confidentiality not in {c.value for c in enums.Confidentiality}:
        problems.append("confidentiality is public or restricted")
    return problems


def record_incoming(store: Store, partner: str | int, documents: list, *, meeting_date: dt.date,
                    received_on: dt.date | None = None, source: str = "file", email_subject: str | None = None,
                    email_from: str | None = None, confidentiality: str | None = None,
                    today: dt.date | None = None) -> Received:
    """Record a partner's minutes received: ``documents`` are ``papers.CheckedFile``s already
    checked. Each is copied into the document store under its content hash and its text kept
    for searching. A document received before from the same partner is recognised and not
    added again; if all were, nothing is added and ``DuplicateImport`` says when they came."""
    from cpo_desktop.services import papers

    today = today or dt.date.today()
    received_on = received_on or today
    problems = [] if documents else ["there is no document to add"]
    problems += _received_problems(meeting_date, received_on, confidentiality, today)
    if problems:
        raise ExchangeError(sentence(problems))
    with store.session() as session:
        p = _find_partner(session, partner)
        if not p.exchange_in or p.former:
            raise ExchangeError(f"Minutes from {p.name} ({p.short_name}) are not received: {_why_not(p, 'in')}")
        fresh, already = [], []
        seen = set()
        for doc in documents:
            before = _already(session, p.id, doc.sha256)
            if before is not None:
                already.append(f"{doc.name} (received {before.received_on:%d/%m/%Y} as their minutes of "
                               f"{before.partner_meeting_date:%d/%m/%Y})")
            elif doc.sha256 not in seen:
                seen.add(doc.sha256)
                fresh.append(doc)
        if not fresh:
            raise DuplicateImport("Already received, so nothing was added: " + "; ".join(already) + ".")
        partner_id, default_conf = p.id, p.confidentiality
    # The store is content-addressed: a file written here and then not recorded (if the
    # transaction below fails) is harmless and is reused if the same file is added again.
    texts = []
    for doc in fresh:
        path = papers.store_document(store.paths, doc)
        try:
            texts.append(papers.extract_text(path, doc.kind))
        except Exception:  # text is only for searching; an odd document still counts as received
            texts.append("")
    with store.session() as session:
        e = Exchange(partner_id=partner_id, direction=rules.IN, partner_meeting_date=meeting_date,
                     received_on=received_on, confidentiality=confidentiality or default_conf, source=source,
                     email_subject=email_subject, email_from=email_from)
        session.add(e)
        session.flush()
        for n, (doc, text) in enumerate(zip(fresh, texts, strict=True), start=1):
            doctext.remember(session, doc)
            session.add(ExchangeDocument(exchange_id=e.id, position=n, original_name=doc.name, sha256=doc.sha256,
                                         kind=doc.kind, size_bytes=doc.size, pages=doc.pages, text=text))
        exchange_id = e.id
        listed = listed_meeting(_board_meetings(session), _confirmed(session), received_on)
        session.flush()
        _sync_drafts(session)
    return Received(exchange_id, tuple(d.name for d in fresh), tuple(already), listed.date if listed else None)


def _incoming(session: Session, exchange_id: int) -> Exchange:
    e = session.get(Exchange, exchange_id)
    if e is None or e.direction != rules.IN:
        raise ExchangeError(f"There is no partner minutes received with id {exchange_id} "
                            "(see `cpo-desktop exchange status`).")
    return e


def update_incoming(store: Store, exchange_id: int, *, meeting_date: dt.date | None = None,
                    received_on: dt.date | None = None, confidentiality: str | None = None,
                    today: dt.date | None = None) -> None:
    """Correct their meeting date, the day received or the confidentiality. Minutes already noted
    at a confirmed meeting keep their dates (the record says what was noted)."""
    today = today or dt.date.today()
    with store.session() as session:
        e = _incoming(session, exchange_id)
        if e.noted_at_meeting_id and (meeting_date or received_on):
            raise ExchangeError("These minutes were noted at a meeting whose minutes are confirmed; their dates are "
                                "part of that record and cannot change.")
        meeting_date = meeting_date or e.partner_meeting_date
        received_on = received_on or e.received_on
        problems = _received_problems(meeting_date, received_on, confidentiality, today)
        if problems:
            raise ExchangeError(sentence(problems))
        e.partner_meeting_date, e.received_on = meeting_date, received_on
        if confidentiality is not None:
            e.confidentiality = confidentiality
        session.flush()
        _sync_drafts(session)


def remove_incoming(store: Store, exchange_id: int) -> None:
    """Take back partner minutes added by mistake. Refused once noted at confirmed minutes. The
    stored file stays (the store is never rewritten); only the record goes."""
    with store.session() as session:
        e = _incoming(session, exchange_id)
        if e.noted_at_meeting_id:
            m = session.get(Meeting, e.noted_at_meeting_id)
            raise ExchangeError(f"These minutes were noted at the meeting on {m.date:%d/%m/%Y}, whose minutes are "
                                "confirmed; they stay in the record.")
        for d in session.exec(select(ExchangeDocument).where(ExchangeDocument.exchange_id == e.id)):
            session.delete(d)
        session.flush()
        session.delete(e)
        session.flush()
        _sync_drafts(session)


def document_file(store: Store, document_id: int) -> Path:
    """The stored copy of a received document, to open (read only)."""
    from cpo_desktop.services import papers

    with store.session() as session:
        d = session.get(ExchangeDocument, document_id)
        if d is None:
            raise ExchangeError(f"There is no received document with id {document_id}.")
        path = papers.document_path(store.paths, d.sha256, d.kind)
    if not path.is_file():
        raise ExchangeError(f"The stored copy of “{d.original_name}” is missing from {path.parent}. Restore a backup, "
                            "or add the partner's minutes again.")
    return path


def for_meeting(store: Store, meeting: str | int) -> list[ExchangeRow]:
    """Partners' minutes listed at a board meeting, in the order received: those noted there, or
    (until its minutes are confirmed) those received since the meeting before."""
    meeting_id = meetings_svc.find_meeting(store, meeting)
    with store.session() as session:
        return _for_meeting(session, meeting_id)


def _for_meeting(session: Session, meeting_id: int, *, confirming: bool = False) -> list[ExchangeRow]:
    m = session.get(Meeting, meeting_id)
    if m is None or m.kind != enums.MeetingKind.BOARD:
        return []
    meetings = _board_meetings(session)
    confirmed = _confirmed(session)
    if confirming:  # its own confirmation, in this transaction, must not move its list on
        confirmed.pop(meeting_id, None)
    rows = []
    for e in session.exec(select(Exchange).where(Exchange.direction == rules.IN).order_by(Exchange.received_on,
                                                                                         Exchange.id)):
        if e.noted_at_meeting_id:
            if e.noted_at_meeting_id != meeting_id:
                continue
            at, noted = m, m
        else:
            at, noted = listed_meeting(meetings, confirmed, e.received_on), None
            if at is None or at.id != meeting_id:
                continue
        p = session.get(PartnerBoard, e.partner_id)
        docs = _documents(session, [e.id]).get(e.id, [])
        rows.append(_in_row(p, e, docs, at, noted))
    return rows


def record_noted(session: Session, meeting_id: int) -> int:
    """Called as a meeting's minutes are confirmed (in the same transaction): the partners'
    minutes listed at it are recorded as noted there. Returns how many."""
    rows = _for_meeting(session, meeting_id, confirming=True)
    m = session.get(Meeting, meeting_id)
    count = 0
    for row in rows:
        e = session.get(Exchange, row.exchange_id)
        if e.noted_at_meeting_id is None:
            e.noted_at_meeting_id, e.noted_on = meeting_id, m.date
            count += 1
    return count


def sync_noting(session: Session, meeting_id: int) -> None:
    """Keep the resolution of a meeting's "Partner boards' minutes" minute naming what is listed
    there, while its minutes are a draft: called when they are started, when partners' minutes
    are added, corrected or removed, and once more as they are confirmed. Only the wording
    this module wrote is touched; a resolution in the board's own words is left alone."""
    from cpo_desktop.model.enums import ResolutionKind
    from cpo_desktop.model.tables import Minute, Resolution

    record = session.exec(select(Minutes).where(Minutes.meeting_id == meeting_id)).first()
    if record is None or record.status != MinutesStatus.DRAFT:
        return
    minute = next((m for m in session.exec(select(Minute).where(Minute.meeting_id == meeting_id))
                   if PARTNER_ITEM.search(m.title)), None)
    if minute is None:
        return
    wording = noting_wording(_for_meeting(session, meeting_id, confirming=True))
    resolutions = list(session.exec(select(Resolution).where(Resolution.minute_id == minute.id)
                                    .order_by(Resolution.position)))
    ours = next((r for r in resolutions if r.kind == ResolutionKind.NOTED and _NOTING.match(r.text)), None)
    if ours is not None and not wording:
        session.delete(ours)
    elif ours is not None:
        ours.text = wording
    elif wording:
        session.add(Resolution(minute_id=minute.id, position=1 + max((r.position for r in resolutions), default=0),
                               kind=ResolutionKind.NOTED, text=wording))


def _sync_drafts(session: Session) -> None:
    """Bring every draft's partner-minutes resolution up to date (after partners' minutes change)."""
    for record in session.exec(select(Minutes).where(Minutes.status == MinutesStatus.DRAFT)):
        sync_noting(session, record.meeting_id)


_NOTING = re.compile(r"^That the minutes of the meetings? of the ")


def noting_wording(rows: list[ExchangeRow]) -> str:
    """The resolution for the partner boards' item: 'That the minutes of … be noted.'"""
    parts = [f"the {r.partner_name} held on {r.meeting_date.day} {r.meeting_date:%B %Y}" for r in rows
             if r.meeting_date]
    if not parts:
        return ""
    listed = and_list(parts)
    return f"That the minutes of the meetings of {listed} be noted." if len(parts) > 1 else \
        f"That the minutes of the meeting of {listed} be noted."


# --- search ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SearchHit:
    exchange_id: int
    document_id: int
    partner: str
    meeting_date: dt.date | None
    original_name: str
    confidentiality: str
    snippet: str  # the words around the first match

    def as_dict(self) -> dict:
        return dict(asdict(self), meeting_date=self.meeting_date.isoformat() if self.meeting_date else None)


def search(store: Store, text: str, *, limit: int = 200) -> list[SearchHit]:
    """Partners' minutes whose text contains every word of ``text`` (any case)."""
    words = [w for w in text.casefold().split() if w]
    if not words:
        return []
    hits = []
    with store.session() as session:
        query = select(ExchangeDocument, Exchange, PartnerBoard).join(
            Exchange, Exchange.id == ExchangeDocument.exchange_id).join(
            PartnerBoard, PartnerBoard.id == Exchange.partner_id)
        for w in words:
            query = query.where(func.lower(ExchangeDocument.text).contains(w, autoescape=True))
        for d, e, p in session.exec(query.order_by(Exchange.partner_meeting_date.desc()).limit(limit)):
            body = " ".join(d.text.split())
            at = body.casefold().find(words[0])
            start = max(0, at - 60)
            snippet = ("…" if start else "") + body[start:at + len(words[0]) + 60] + \
                ("…" if at + len(words[0]) + 60 < len(body) else "")
            hits.append(SearchHit(e.id, d.id, p.short_name, e.partner_meeting_date, d.original_name,
                                  e.confidentiality, snippet))
    return hits
