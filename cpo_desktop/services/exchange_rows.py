"""What the exchange register shows, and how its lines are worked out: a line for our minutes of
each board meeting to each partner (owed, sent, overdue) and one for each set of partners' minutes
received (listed at a meeting, noted), with a summary per partner. Read only: the changes are
``services.exchange``'s.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from sqlmodel import Session, select

from cpo_desktop import dates
from cpo_desktop.model import enums, exchange_rules as rules
from cpo_desktop.model.enums import MinutesStatus
from cpo_desktop.model.tables import Exchange, ExchangeDocument, Meeting, Minutes, PartnerBoard
from cpo_desktop.model.working_days import working_days_between

CONFIRMED = (MinutesStatus.CONFIRMED, MinutesStatus.SIGNED)
"""The minutes statuses that count as confirmed (and so go to partners)."""


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


def partner_row(p: PartnerBoard) -> PartnerRow:
    """The register's view of a partner board."""
    return PartnerRow(id=p.id, name=p.name, short_name=p.short_name, kind=p.kind, confidentiality=p.confidentiality,
                      exchange_out=p.exchange_out, exchange_in=p.exchange_in,
                      expected_frequency_months=p.expected_frequency_months,
                      secretariat_name=p.secretariat_name or "", secretariat_email=p.secretariat_email or "",
                      send_docx=p.send_docx, exchange_from=p.exchange_from, relationship=p.relationship or "",
                      former=p.former)


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
        day = dates.plain(self.meeting_date)
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


def board_meetings(session: Session) -> list[Meeting]:
    """The board's own meetings, not cancelled, in date order."""
    return list(session.exec(select(Meeting).where(
        Meeting.kind == enums.MeetingKind.BOARD, Meeting.status != enums.MeetingStatus.CANCELLED)
        .order_by(Meeting.date, Meeting.start_time)))


def confirmed_days(session: Session) -> dict[int, dt.date]:
    """Meeting id → the day its minutes were confirmed, for minutes confirmed or signed."""
    return {r.meeting_id: r.confirmed_on for r in session.exec(select(Minutes))
            if r.status in CONFIRMED and r.confirmed_on is not None}


def listed_meeting(board_meetings: list[Meeting], confirmed: dict[int, dt.date], received_on: dt.date) -> Meeting | None:
    """The board meeting a partner's minutes received on ``received_on`` go to: the first after
    that day whose minutes are not yet confirmed (one already confirmed can no longer note them)."""
    return next((m for m in board_meetings if m.date > received_on and m.id not in confirmed), None)


def documents(session: Session, exchange_ids: list[int]) -> dict[int, list[DocumentRow]]:
    """Exchange id → the documents received with it, in order."""
    out: dict[int, list[DocumentRow]] = {}
    if not exchange_ids:
        return out
    for d in session.exec(select(ExchangeDocument).where(ExchangeDocument.exchange_id.in_(exchange_ids))
                          .order_by(ExchangeDocument.exchange_id, ExchangeDocument.position, ExchangeDocument.id)):
        out.setdefault(d.exchange_id, []).append(DocumentRow(d.id, d.exchange_id, d.original_name, d.kind, d.pages,
                                                             d.size_bytes, d.sha256))
    return out


def out_row(p: PartnerBoard, m: Meeting, e: Exchange | None, confirmed_on: dt.date | None, today: dt.date,
             send_days: int) -> ExchangeRow:
    """The register line for our minutes of meeting ``m`` to partner ``p``."""
    sent_on = e.sent_on if e else None
    status = rules.outgoing_status(confirmed_on, sent_on)
    due = rules.send_by(confirmed_on, send_days) if confirmed_on else None
    overdue = rules.send_overdue(confirmed_on, sent_on, today, send_days)
    note = ""
    if overdue:
        late = working_days_between(due, today)
        note = (f"Not sent: due {dates.short(due)}, {late} working day{'s' if late != 1 else ''} overdue "
                f"({send_days} working days from confirmation on {dates.short(confirmed_on)})")
    elif status == rules.SENT and due and sent_on > due:
        note = f"Sent late: due {dates.short(due)}"
    return ExchangeRow(direction=rules.OUT, partner_id=p.id, partner=p.short_name, partner_name=p.name, status=status,
                       exchange_id=e.id if e else None, meeting_id=m.id, meeting_date=m.date, confirmed_on=confirmed_on,
                       due=due, sent_on=sent_on, prepared_at=e.prepared_at if e else None,
                       package_folder=e.package_folder if e else None, overdue=overdue, overdue_note=note)


def in_row(p: PartnerBoard, e: Exchange, docs: list[DocumentRow], listed: Meeting | None,
            noted_at: Meeting | None) -> ExchangeRow:
    """The register line for partner minutes received (``e``), listed or noted at a meeting."""
    status = rules.NOTED if e.noted_at_meeting_id else rules.RECEIVED
    at = noted_at if noted_at is not None else listed
    return ExchangeRow(direction=rules.IN, partner_id=p.id, partner=p.short_name, partner_name=p.name, status=status,
                       exchange_id=e.id, meeting_date=e.partner_meeting_date, received_on=e.received_on,
                       confidentiality=e.confidentiality, listed_meeting_id=at.id if at else None,
                       listed_meeting_date=at.date if at else None, noted_on=e.noted_on, source=e.source,
                       email_subject=e.email_subject, documents=tuple(docs))


def build_register(session: Session, today: dt.date, send_days: int, receive_months: int) -> ExchangeRegister:
    """The register as at ``today``, given the thresholds (working days to send our minutes,
    months before a silent partner is overdue)."""
    meetings = board_meetings(session)
    by_id = {m.id: m for m in meetings}
    done = confirmed_days(session)
    exchanges = list(session.exec(select(Exchange).order_by(Exchange.id)))
    docs = documents(session, [e.id for e in exchanges if e.direction == rules.IN])
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
            out_rows.append(out_row(p, m, outgoing.get(m.id), done.get(m.id), today, send_days))
        in_rows: list[ExchangeRow] = []
        for e in sorted((e for e in mine if e.direction == rules.IN),
                        key=lambda e: (e.partner_meeting_date or dt.date.min, e.id)):
            noted_at = session.get(Meeting, e.noted_at_meeting_id) if e.noted_at_meeting_id else None
            listed = None if noted_at else listed_meeting(meetings, done, e.received_on)
            in_rows.append(in_row(p, e, docs.get(e.id, []), listed, noted_at))
        last_received = max(in_rows, key=lambda r: (r.received_on, r.exchange_id), default=None)
        receive_by = receive_overdue = None
        if p.exchange_in and not p.former:
            since = last_received.received_on if last_received else p.exchange_from
            receive_overdue = rules.receive_overdue(since, today, receive_months)
            receive_by = rules.receive_by(since, receive_months) if since else None
            if receive_overdue:
                when = (f"Nothing received since {dates.short(last_received.received_on)}" if last_received else
                        "Nothing received yet")
                due_text = f" (expected by {dates.short(receive_by)})" if receive_by else ""
                note = f"{when}{due_text}; more than {receive_months} months"
                # A line of its own, so the register shows what is missing, not only what came.
                in_rows.append(ExchangeRow(direction=rules.IN, partner_id=p.id, partner=p.short_name,
                                           partner_name=p.name, status=rules.NOTHING, due=receive_by,
                                           confidentiality=p.confidentiality, overdue=True, overdue_note=note))
        sent = [r for r in out_rows if r.status == rules.SENT]
        summaries.append(PartnerSummary(
            partner=partner_row(p), last_sent=max(sent, key=lambda r: r.meeting_date, default=None),
            last_received=last_received, receive_by=receive_by, receive_overdue=bool(receive_overdue),
            awaiting=sum(r.status == rules.AWAITING for r in out_rows),
            ready=sum(r.status == rules.READY for r in out_rows),
            send_overdue=sum(r.overdue for r in out_rows),
            to_note=sum(r.status == rules.RECEIVED for r in in_rows)))
        rows.extend(reversed(out_rows))
        rows.extend(reversed(in_rows))
    return ExchangeRegister(today=today, send_days=send_days, receive_months=receive_months,
                            partners=summaries, rows=rows)
