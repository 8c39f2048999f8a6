"""The minute exchange with partner boards (the Safeguarding Children Partnership, the Health and
Wellbeing Board, and any others added): the partners themselves, the register of what went
out and came in, marking our minutes sent, recording partners' minutes received, and noting
them at the next board meeting.

The register's lines, and how they are worked out, are ``services.exchange_rows``. Packages
(the files that go out) and reading files and e-mails that come in live in
``cpo_desktop.exchange``, which builds on this module. Which minutes are owed when is decided
by the pure rules in ``model.exchange_rules``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model import enums, exchange_rules as rules
from cpo_desktop.model.enums import MinutesStatus
from cpo_desktop.model.tables import Exchange, ExchangeDocument, Meeting, Minutes, PartnerBoard
from cpo_desktop.model.text_rules import control_problems
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import doctext, exchange_rows, settings
from cpo_desktop.services.exchange_rows import ExchangeRegister, ExchangeRow, PartnerRow, partner_row
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.store.db import Store
from cpo_desktop.wording import and_list

SEND_DAYS_KEY = "exchange.send_within_working_days"
RECEIVE_MONTHS_KEY = "exchange.receive_within_months"

# The agenda item under which partners' minutes are listed ("Partner boards' minutes – for information").
PARTNER_ITEM = re.compile(r"partner (boards?'?|boards’) minutes", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_SHORT = re.compile(r"^[A-Za-z0-9&][A-Za-z0-9&\-. ]{0,15}$")


class ExchangeError(UserError, ValueError):
    """An exchange refused, with the reason. Nothing was saved."""


class DuplicateImport(ExchangeError):
    """Every document offered was already received; nothing was added."""


# --- partner boards -------------------------------------------------------------------------------

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
        return [partner_row(p) for p in session.exec(query)]


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
        message = f"There is no partner board called “{text}”. The partner boards are: {known or 'none'}"
        raise ExchangeError(f"{message}.", cli="cpo-desktop exchange partners",
                            cli_form=f"{message} (see `cpo-desktop exchange partners`).")
    return found


def find_partner(store: Store, ref: str | int) -> PartnerRow:
    """A partner by its short name (SSCP), its full name or its id."""
    with store.session() as session:
        return partner_row(_find_partner(session, ref))


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
        p.exchange_from = data.exchange_from or clock.or_today(today)
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

def thresholds(store: Store) -> tuple[int, int]:
    """(working days to send our confirmed minutes, months before a silent partner is overdue)."""
    with store.session() as session:
        return _thresholds(session)


def _thresholds(session: Session) -> tuple[int, int]:
    return settings.value(session, SEND_DAYS_KEY), settings.value(session, RECEIVE_MONTHS_KEY)


def set_thresholds(store: Store, *, send_days: int | None = None, receive_months: int | None = None) -> None:
    """Change when exchanges become overdue; both are checked before either is saved, and a value
    as it stands (default or set) writes nothing."""
    changes = {key: value for key, value in ((SEND_DAYS_KEY, send_days), (RECEIVE_MONTHS_KEY, receive_months))
               if value is not None}
    if problems := settings.problems(changes):
        raise ExchangeError(sentence(problems))
    settings.put_many(store, changes)


def register(store: Store, *, today: dt.date | None = None) -> ExchangeRegister:
    """Every exchange, both directions, per partner, with its status and overdue flags as at ``today``."""
    today = clock.or_today(today)
    with store.session() as session:
        return exchange_rows.build_register(session, today, *_thresholds(session))


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
        raise ExchangeError(f"Only the board's own minutes are exchanged; the meeting on {dates.short(m.date)} is a "
                            f"{enums.MeetingKind(m.kind).label.lower()}.")
    if not p.exchange_out or p.former:
        raise ExchangeError(f"Our minutes are not sent to {p.name} ({p.short_name}): {_why_not(p, 'out')}")
    if m.status == enums.MeetingStatus.CANCELLED:
        raise ExchangeError(f"The meeting on {dates.short(m.date)} was cancelled; it has no minutes to send.")
    if p.exchange_from and m.date < p.exchange_from:
        raise ExchangeError(f"The exchange with {p.short_name} began on {dates.short(p.exchange_from)}, after the "
                            f"meeting on {dates.short(m.date)}.")
    raise ExchangeError(f"The meeting on {dates.short(m.date)} has not taken place yet.")


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
    today = clock.or_today(today)
    row = outgoing(store, meeting, partner, today=today)
    on = on or today
    if row.status == rules.AWAITING:
        raise ExchangeError(f"The minutes of {dates.short(row.meeting_date)} are not confirmed yet, so they cannot have "
                            f"gone to {row.partner}: only confirmed minutes are exchanged.")
    if row.status == rules.SENT:
        raise ExchangeError(f"The minutes of {dates.short(row.meeting_date)} were already sent to {row.partner} on "
                            f"{dates.short(row.sent_on)}.")
    if on > today:
        raise ExchangeError(f"{dates.short(on)} is in the future; mark the minutes sent on the day they went.")
    if on < row.confirmed_on:
        raise ExchangeError(f"The minutes of {dates.short(row.meeting_date)} were confirmed on {dates.short(row.confirmed_on)}; "
                            f"they cannot have been sent before that ({dates.short(on)}).")
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
        problems.append(f"the date received ({dates.short(received_on)}) is in the future")
    if meeting_date > received_on:
        problems.append(f"their meeting ({dates.short(meeting_date)}) is after the day the minutes were received "
                        f"({dates.short(received_on)})")
    if confidentiality is not None and confidentiality not in {c.value for c in enums.Confidentiality}:
        problems.append("confidentiality is public or restricted")
    return problems


def record_incoming(store: Store, partner: str | int, documents: list, *, meeting_date: dt.date,
                    received_on: dt.date | None = None, source: str = "file", email_subject: str | None = None,
                    email_from: str | None = None, confidentiality: str | None = None,
                    today: dt.date | None = None, progress: Progress | None = None) -> Received:
    """Record a partner's minutes received: ``documents`` are ``papers.CheckedFile``s already
    checked. Each is copied into the document store under its content hash and its text kept
    for searching. A document received before from the same partner is recognised and not
    added again; if all were, nothing is added and ``DuplicateImport`` says when they came.
    ``progress`` is told as each document is read; a cancel then records nothing."""
    from cpo_desktop.services import papers

    today = clock.or_today(today)
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
                already.append(f"{doc.name} (received {dates.short(before.received_on)} as their minutes of "
                               f"{dates.short(before.partner_meeting_date)})")
            elif doc.sha256 not in seen:
                seen.add(doc.sha256)
                fresh.append(doc)
        if not fresh:
            raise DuplicateImport("Already received, so nothing was added: " + "; ".join(already) + ".")
        partner_id, default_conf = p.id, p.confidentiality
    # The store is content-addressed: a file written here and then not recorded (if the
    # transaction below fails) is harmless and is reused if the same file is added again.
    progress = progress or NO_PROGRESS
    texts = []
    for n, doc in enumerate(fresh):
        progress.step(n, len(fresh), f"Storing {doc.name}")
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
        progress.report(len(fresh), len(fresh), "Recorded")
        listed = exchange_rows.listed_meeting(exchange_rows.board_meetings(session), exchange_rows.confirmed_days(session),
                                              received_on)
        session.flush()
        _sync_drafts(session)
    return Received(exchange_id, tuple(d.name for d in fresh), tuple(already), listed.date if listed else None)


def _incoming(session: Session, exchange_id: int) -> Exchange:
    e = session.get(Exchange, exchange_id)
    if e is None or e.direction != rules.IN:
        message = f"There is no partner minutes received with id {exchange_id}"
        raise ExchangeError(f"{message}.", cli="cpo-desktop exchange status",
                            cli_form=f"{message} (see `cpo-desktop exchange status`).")
    return e


def update_incoming(store: Store, exchange_id: int, *, meeting_date: dt.date | None = None,
                    received_on: dt.date | None = None, confidentiality: str | None = None,
                    today: dt.date | None = None) -> None:
    """Correct their meeting date, the day received or the confidentiality. Minutes already noted
    at a confirmed meeting keep their dates (the record says what was noted)."""
    today = clock.or_today(today)
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
            raise ExchangeError(f"These minutes were noted at the meeting on {dates.short(m.date)}, whose minutes are "
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
        return for_meeting_in(session, meeting_id)


def for_meeting_in(session: Session, meeting_id: int, *, confirming: bool = False) -> list[ExchangeRow]:
    """``for_meeting`` inside a session; ``confirming``: as the minutes being confirmed list them."""
    m = session.get(Meeting, meeting_id)
    if m is None or m.kind != enums.MeetingKind.BOARD:
        return []
    meetings = exchange_rows.board_meetings(session)
    confirmed = exchange_rows.confirmed_days(session)
    if confirming:  # its own confirmation, in this transaction, must not move its list on
        confirmed.pop(meeting_id, None)
    # Only minutes that can be listed here are read, however long the history: those noted here,
    # and those not yet noted received before this meeting and on or after the last board meeting
    # before it whose minutes are still unconfirmed (anything received earlier is listed there).
    open_before = [b.date for b in meetings if b.date < m.date and b.id not in confirmed]
    waiting = (Exchange.noted_at_meeting_id.is_(None)) & (Exchange.received_on < m.date)
    if open_before:
        waiting = waiting & (Exchange.received_on >= open_before[-1])
    query = (select(Exchange).where(Exchange.direction == rules.IN)
             .where((Exchange.noted_at_meeting_id == meeting_id) | waiting)
             .order_by(Exchange.received_on, Exchange.id))
    listed = []
    for e in session.exec(query):
        if e.noted_at_meeting_id:
            listed.append((e, m, m))
            continue
        at = exchange_rows.listed_meeting(meetings, confirmed, e.received_on)
        if at is not None and at.id == meeting_id:
            listed.append((e, at, None))
    docs = exchange_rows.documents(session, [e.id for e, _, _ in listed])
    partners = {p.id: p for p in session.exec(select(PartnerBoard).where(
        PartnerBoard.id.in_({e.partner_id for e, _, _ in listed})))}
    return [exchange_rows.in_row(partners[e.partner_id], e, docs.get(e.id, []), at, noted) for e, at, noted in listed]


def record_noted(session: Session, meeting_id: int) -> int:
    """Called as a meeting's minutes are confirmed (in the same transaction): the partners'
    minutes listed at it are recorded as noted there. Returns how many."""
    rows = for_meeting_in(session, meeting_id, confirming=True)
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
    wording = noting_wording(for_meeting_in(session, meeting_id, confirming=True))
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
    parts = [f"the {r.partner_name} held on {dates.plain(r.meeting_date)}" for r in rows
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
