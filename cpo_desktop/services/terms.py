"""The board's terms of reference, kept as dated versions.

The terms "will be reviewed regularly to ensure partner agencies are appropriately represented"
(000): a change the board agrees makes a new version (the one before is kept, unchanged), with
what changed, the meeting that agreed it and the day it comes into force. A document dated D uses
the version in force on D (``in_force``): the latest version whose ``effective_from`` is on or
before D (version 1, from the seed or the migration, has none: in force from the start). So an
annual report of a year that ended before a change keeps the terms it was written under.

The board row keeps copies of some fields (purpose, accountability, the O&S and partner
relationships, how often it meets) for the readers that predate versions; ``edit`` keeps them in
step with the newest version.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.errors import UserError, sentence
from cpo_desktop.model import enums
from cpo_desktop.model.tables import Board, Meeting, Seat, TermsOfReference
from cpo_desktop.model.text_rules import control_problems
from cpo_desktop.store.db import Store
from cpo_desktop.wording import and_list

# The parts of the terms an officer edits, in the order the terms set them out.
TEXT_FIELDS = ("purpose", "chair_role", "vice_chair_role", "frequency", "quorum", "accountability",
               "scrutiny_relationship", "partner_relationship")
# Each part as a heading (a form's label, the pack's table, the CLI) ...
HEADINGS = {
    "purpose": "Purpose", "chair_role": "Chair", "vice_chair_role": "Vice-chair",
    "frequency": "Frequency of meetings", "quorum": "Quorum", "accountability": "Accountability",
    "scrutiny_relationship": "Overview and Scrutiny", "partner_relationship": "Partner boards",
    "membership": "Membership",
}
# ... and in a sentence ("Changed the purpose and the Chair's role.").
IN_WORDS = {
    "purpose": "the purpose", "chair_role": "the Chair's role", "vice_chair_role": "the Vice-chair's role",
    "frequency": "the frequency of meetings", "quorum": "the quorum", "accountability": "the accountability",
    "scrutiny_relationship": "the relationship with Overview and Scrutiny",
    "partner_relationship": "the relationship with the partner boards", "membership": "the membership",
}
LIMITS = {"chair_role": 300, "vice_chair_role": 300, "frequency": 200}
TEXT_LIMIT = 4000
NOTE_LIMIT = 1000


class TermsError(UserError):
    """A change to the terms of reference that cannot be made, with the reason; nothing was saved."""


@dataclass(frozen=True)
class Version:
    """One version of the terms of reference, as the CLI, the window and the packs show it."""

    id: int
    version: int
    effective_from: dt.date | None  # None: in force from the start
    agreed_at_meeting_id: int | None
    agreed_at: str  # "Board meeting, Wed 2 Dec 2026", or ""
    agreed_on: dt.date | None  # the agreeing meeting's date
    purpose: str
    chair_role: str
    vice_chair_role: str
    frequency: str
    quorum: str
    accountability: str
    scrutiny_relationship: str
    partner_relationship: str
    membership: tuple[str, ...]
    change_summary: str
    created_at: dt.datetime | None = None

    @property
    def label(self) -> str:
        """"Version 2, in force from 2 December 2026" (version 1 without a date: "from the start")."""
        return f"Version {self.version}, " + (f"in force from {dates.plain(self.effective_from)}"
                                              if self.effective_from else "in force from the start")

    def value(self, field: str) -> str:
        return "\n".join(self.membership) if field == "membership" else getattr(self, field)

    def parts(self) -> list[tuple[str, str]]:
        """(heading, text) of each part that says something, in the terms' order, membership last."""
        return [(HEADINGS[f], self.value(f)) for f in (*TEXT_FIELDS, "membership") if self.value(f).strip()]

    def as_dict(self) -> dict:
        data = asdict(self)
        data["effective_from"] = dates.iso(self.effective_from) or None
        data["agreed_on"] = dates.iso(self.agreed_on) or None
        data["agreed_at"] = self.agreed_at or None
        data["membership"] = list(self.membership)
        data["created_at"] = self.created_at.isoformat(timespec="seconds") if self.created_at else None
        data.pop("id")
        return data


@dataclass
class TermsInput:
    """A change to the terms: each text given (not None) replaces the newest version's; the rest
    stay as they are. ``agreed_at`` is a meeting (its id, or its date); ``effective_from`` defaults
    to that meeting's date, else today; ``note`` is the officer's word on what changed and why."""

    purpose: str | None = None
    chair_role: str | None = None
    vice_chair_role: str | None = None
    frequency: str | None = None
    quorum: str | None = None
    accountability: str | None = None
    scrutiny_relationship: str | None = None
    partner_relationship: str | None = None
    agreed_at: str | int | None = None
    effective_from: dt.date | None = None
    note: str = ""

    def texts(self) -> dict[str, str]:
        return {f: getattr(self, f) for f in TEXT_FIELDS if getattr(self, f) is not None}


# --- reading ---------------------------------------------------------------------------------------

def tidy(text: str) -> str:
    """A part's text as kept: each line's spaces trimmed, no blank lines at either end, no more than
    one blank line between paragraphs."""
    lines = [" ".join(line.split()) for line in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _board(session: Session) -> Board:
    board = session.exec(select(Board)).first()
    if board is None:
        raise TermsError("The board has not been set up yet, so it has no terms of reference.")
    return board


def _rows(session: Session, board_id: int) -> list[TermsOfReference]:
    return list(session.exec(select(TermsOfReference).where(TermsOfReference.board_id == board_id)
                             .order_by(TermsOfReference.version)))


def _version(session: Session, row: TermsOfReference) -> Version:
    meeting = session.get(Meeting, row.agreed_at_meeting_id) if row.agreed_at_meeting_id else None
    agreed = f"{enums.MeetingKind(meeting.kind).label}, {dates.day_name(meeting.date)}" if meeting else ""
    return Version(
        id=row.id, version=row.version, effective_from=row.effective_from, agreed_at_meeting_id=row.agreed_at_meeting_id,
        agreed_at=agreed, agreed_on=meeting.date if meeting else None,
        **{f: getattr(row, f) or "" for f in TEXT_FIELDS},
        membership=tuple(line for line in (row.membership or "").splitlines() if line.strip()),
        change_summary=row.change_summary or "", created_at=row.created_at)


def _in_force(rows: list[TermsOfReference], day: dt.date) -> TermsOfReference | None:
    found = [r for r in rows if r.effective_from is None or r.effective_from <= day]
    return max(found, key=lambda r: r.version) if found else None


def in_force_in(session: Session, day: dt.date) -> Version | None:
    """The version in force on ``day`` (within a session the caller holds), or None before any."""
    board = session.exec(select(Board)).first()
    if board is None:
        return None
    row = _in_force(_rows(session, board.id), day)
    return _version(session, row) if row is not None else None


def in_force(store: Store, day: dt.date | None = None) -> Version | None:
    """The version in force on ``day`` (default today): the latest whose date has come."""
    day = clock.or_today(day)
    with store.session() as session:
        return in_force_in(session, day)


def newest(store: Store) -> Version:
    """The latest version agreed (which may come into force on a day still to come)."""
    with store.session() as session:
        rows = _rows(session, _board(session).id)
        if not rows:
            raise TermsError("The board has no terms of reference on record.")
        return _version(session, rows[-1])


def current(store: Store, today: dt.date | None = None) -> Version:
    """The version in force today; failing that (every version dated later), the newest."""
    return in_force(store, today) or newest(store)


def history_in(session: Session) -> list[Version]:
    """Every version, oldest first (within a session the caller holds)."""
    board = session.exec(select(Board)).first()
    return [_version(session, r) for r in _rows(session, board.id)] if board is not None else []


def history(store: Store) -> list[Version]:
    """Every version, oldest first."""
    with store.session() as session:
        _board(session)
        return history_in(session)


def seat_titles_in(session: Session, board_id: int) -> tuple[str, ...]:
    """The board's seats today (retired ones left out), in the board's order: a new version's
    membership."""
    return tuple(s.title for s in session.exec(
        select(Seat).where(Seat.board_id == board_id, Seat.former == False)  # noqa: E712
        .order_by(Seat.sort_order, Seat.id)))


def seat_titles(store: Store) -> tuple[str, ...]:
    with store.session() as session:
        return seat_titles_in(session, _board(session).id)


# --- changing --------------------------------------------------------------------------------------

def frequency_months(text: str) -> int | None:
    """How many months apart meetings are, read from the terms' words ("Every 2 months",
    "bi-monthly", "Quarterly", "Monthly"); None when the words say no plain interval."""
    t = " ".join(text.casefold().replace("-", " ").split())
    if re.search(r"\b(bi monthly|every (two|2) months|every other month)\b", t):
        return 2
    if re.search(r"\b(quarterly|every (three|3) months)\b", t):
        return 3
    if re.search(r"\b(monthly|every month)\b", t):
        return 1
    found = re.search(r"\bevery (\d{1,2}) months\b", t)
    if found and 1 <= int(found.group(1)) <= 12:
        return int(found.group(1))
    return None


def _keep_board_in_step(board: Board, row: TermsOfReference) -> None:
    """The board row's copies follow the newest version, for the readers that predate versions."""
    board.purpose = row.purpose
    board.accountability = row.accountability
    board.scrutiny_relationship = row.scrutiny_relationship
    board.partner_relationship = row.partner_relationship
    months = frequency_months(row.frequency)
    if months is not None:
        board.meeting_frequency_months = months
        if 12 % months == 0:
            board.meetings_per_year = 12 // months


def check_texts(texts: dict[str, str], note: str) -> list[str]:
    """What is wrong with the terms' texts and the note on what changed (the dialog asks as you type)."""
    problems = control_problems({IN_WORDS[f]: t for f, t in texts.items()} | {"the note": note})
    for f, text in texts.items():
        limit = LIMITS.get(f, TEXT_LIMIT)
        if len(text) > limit:
            problems.append(f"{IN_WORDS[f]} is longer than {limit} characters")
        if f in LIMITS and "\n" in text:
            problems.append(f"{IN_WORDS[f]} is one line")
    if "purpose" in texts and not texts["purpose"]:
        problems.append("the terms of reference need the board's purpose")
    if len(note) > NOTE_LIMIT:
        problems.append(f"the note on what changed is longer than {NOTE_LIMIT} characters")
    return problems


def _agreeing_meeting(store: Store, ref: str | int | None) -> Meeting | None:
    from cpo_desktop.services import meetings

    if ref is None or str(ref).strip() == "":
        return None
    meeting_id = meetings.find_meeting(store, ref)
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        session.expunge(meeting)
    if meeting.status == enums.MeetingStatus.CANCELLED:
        raise TermsError(f"The meeting of {dates.short(meeting.date)} was cancelled, so it agreed nothing; give "
                         "the meeting that agreed the change.")
    if meeting.kind != enums.MeetingKind.BOARD:
        raise TermsError(f"The meeting of {dates.short(meeting.date)} is a "
                         f"{enums.MeetingKind(meeting.kind).label.lower()}: the terms of reference are agreed at a "
                         "board meeting.")
    return meeting


def summary_of(changed: list[str], note: str = "") -> str:
    """What changed, in words: "Changed the purpose and the Chair's role." and the officer's note."""
    text = f"Changed {and_list([IN_WORDS[f] for f in changed])}." if changed else ""
    note = " ".join(note.split())
    if note:
        text = f"{text} {note}" if text else note
        if not text.endswith((".", "!", "?")):
            text += "."
    return text


def changed_parts(before: Version, texts: dict[str, str], membership: tuple[str, ...]) -> list[str]:
    """The parts (field names, in the terms' order) that ``texts`` and ``membership`` change."""
    out = [f for f in TEXT_FIELDS if f in texts and tidy(texts[f]) != getattr(before, f)]
    if tuple(membership) != before.membership:
        out.append("membership")
    return out


def edit(store: Store, change: TermsInput, *, today: dt.date | None = None) -> Version:
    """Make a new version from the newest one with the parts ``change`` gives, the board's seats
    today as its membership, what changed (worked out, with the officer's note), the meeting that
    agreed it and the day it comes into force. Refused when nothing would change."""
    today = clock.or_today(today)
    texts = {f: tidy(t) for f, t in change.texts().items()}
    note = " ".join((change.note or "").split())
    problems = check_texts(texts, note)
    if problems:
        raise TermsError(sentence(problems))
    meeting = _agreeing_meeting(store, change.agreed_at)
    effective = change.effective_from or (meeting.date if meeting else today)
    if meeting is not None and effective < meeting.date:
        raise TermsError(f"A change cannot come into force ({dates.short(effective)}) before the meeting that agreed "
                         f"it ({dates.short(meeting.date)}).")
    with store.session() as session:
        board = _board(session)
        rows = _rows(session, board.id)
        if not rows:
            raise TermsError("The board has no terms of reference on record to change.")
        last = rows[-1]
        before = _version(session, last)
        if last.effective_from is not None and effective < last.effective_from:
            raise TermsError(f"Version {last.version} is in force from {dates.short(last.effective_from)}: a new "
                             f"version cannot come into force before it ({dates.short(effective)}).")
        membership = seat_titles_in(session, board.id)
        changed = changed_parts(before, texts, membership)
        if not changed:
            raise TermsError(f"Nothing to change: version {last.version} of the terms of reference already says "
                             "this, and lists the board's seats as they are; give a part that changes.",
                             cli="cpo-desktop board edit --help")
        row = TermsOfReference(
            board_id=board.id, version=last.version + 1, effective_from=effective,
            agreed_at_meeting_id=meeting.id if meeting else None,
            **{f: texts.get(f, getattr(last, f) or "") for f in TEXT_FIELDS},
            membership="\n".join(membership), change_summary=summary_of(changed, note))
        session.add(row)
        _keep_board_in_step(board, row)
        session.flush()
        return _version(session, row)


def first_version_in(session: Session, board: Board, parts: dict[str, str], *, summary: str) -> TermsOfReference:
    """Version 1, in force from the start, for a board that has none (the seed): the board row's
    texts, ``parts`` over them, and its seats as the membership."""
    texts = {"purpose": board.purpose, "accountability": board.accountability,
             "scrutiny_relationship": board.scrutiny_relationship,
             "partner_relationship": board.partner_relationship,
             "frequency": "Every month" if board.meeting_frequency_months == 1
             else f"Every {board.meeting_frequency_months} months"}
    texts.update({k: v for k, v in parts.items() if k in TEXT_FIELDS})
    row = TermsOfReference(board_id=board.id, version=1, effective_from=None,
                           **{f: tidy(texts.get(f, "")) for f in TEXT_FIELDS},
                           membership="\n".join(seat_titles_in(session, board.id)), change_summary=summary)
    session.add(row)
    _keep_board_in_step(board, row)
    return row


# --- undo ------------------------------------------------------------------------------------------

_BOARD_COPIES = ("purpose", "accountability", "scrutiny_relationship", "partner_relationship",
                 "meeting_frequency_months", "meetings_per_year")


@dataclass(frozen=True)
class TermsState:
    """Every version of a board's terms and the board row's copies of them, at a moment."""

    board_id: int
    versions: tuple[dict, ...]
    board: dict


def capture(store: Store, board_id: int) -> TermsState:
    with store.session() as session:
        board = session.get(Board, board_id)
        rows = tuple(r.model_dump() for r in _rows(session, board_id))
        return TermsState(board_id, rows, {k: getattr(board, k) for k in _BOARD_COPIES} if board else {})


def restore(store: Store, state: TermsState) -> None:
    with store.session() as session:
        keep = {row["id"] for row in state.versions}
        for r in _rows(session, state.board_id):
            if r.id not in keep:
                session.delete(r)  # a version the change being undone added
        session.flush()
        for row in state.versions:
            session.merge(TermsOfReference(**row))
        board = session.get(Board, state.board_id)
        if board is not None:
            for k, v in state.board.items():
                setattr(board, k, v)


def board_id(store: Store) -> int:
    """The board's id (the key of ``capture``)."""
    with store.session() as session:
        return _board(session).id

