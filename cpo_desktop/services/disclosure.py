"""The one privacy rule for everything that goes to the public or to a partner board.

Every public or partner output (the public agenda pack and its supplements, the public minutes
as PDF and Word, exchange packages with their e-mail, the public register exports, the
calendar file, the annual report to Overview and Scrutiny) goes through a :class:`Gate`:

1. What the output says is made from content objects that pass :meth:`Gate.scrub` (every
   string in them masked by ``model.privacy.NameMasker``) before any renderer sees them; the
   renderers refuse public content that did not (``model.privacy.require_cleared``).
2. Every document that would go in whole (a paper, a partner's minutes) is judged by
   :meth:`Gate.judge`, by its content and not its file: a copy of a Part 2 paper or of a
   restricted partner document (the same file, or one whose text resembles it: re-saved,
   re-encoded, some pages of it), a document whose text cannot be read (a scan), and one that
   names a young person by surname do not go out. The last three the officer may confirm
   (:func:`confirm_public`), recorded with who and when; exempt and restricted files never.
3. The files actually written are read back and checked (:meth:`Gate.verify`): no surname, no
   contact detail of a young person, no run of words from a Part 2 minute or paper or from a
   restricted document. Anything found stops the output; nothing is written.

It fails closed: a document it cannot read, a text it cannot check, stays in.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session, select

from cpo_desktop import dates
from cpo_desktop.errors import UserError
from cpo_desktop.model import agenda_rules, enums, privacy, textguard
from cpo_desktop.model import fingerprint as fp
from cpo_desktop.model.tables import (
    ActionItem,
    AgendaItem,
    DocumentText,
    Exchange,
    ExchangeDocument,
    Meeting,
    Minute,
    Paper,
    PaperClearance,
    PartnerBoard,
    Person,
    Resolution,
)
from cpo_desktop.paths import DataPaths
from cpo_desktop.services import doctext
from cpo_desktop.services.minutes_wording import exclusion_wording, withheld_note
from cpo_desktop.store.db import Store
from cpo_desktop.wording import and_list

Leak = textguard.Leak

EXEMPT, RESTRICTED, RESEMBLES, UNREADABLE, NAMES, MARKED = (
    "exempt", "restricted", "resembles", "unreadable", "names", "marked")
CLEARABLE = (RESEMBLES, UNREADABLE, NAMES, MARKED)

# A document that says of itself it is not for publication (the app's restricted minutes, pack
# pages and performance report carry it; so do councils' restricted papers): held back, in any
# case and across line breaks, until the officer confirms it may go out.
_NOT_FOR_PUBLICATION = re.compile(r"\bnot\s+for\s+publication\b", re.IGNORECASE)

# Resolutions in the board's standard wording carry nothing of the item's content.
_STANDARD = re.compile(r"^that (consideration of )?the [\w ’'-]{1,60} be (noted|endorsed|approved|deferred to the "
                       r"meeting on [\w ]+)\.?$", re.IGNORECASE)


class DisclosureError(UserError):
    """A document may not go out; nothing was written. The message says why and what to do."""


@dataclass(frozen=True)
class Block:
    """Why a document may not go to the public or a partner."""

    reason: str  # EXEMPT, RESTRICTED, RESEMBLES, UNREADABLE, NAMES or MARKED
    text: str  # "is a copy of the Part 2 paper “x.pdf” (item 9, 14/10/2026): 86% of its text is the same"
    detail: str = ""  # what a confirmation covers: the documents it resembles, the names it holds

    @property
    def clearable(self) -> bool:
        return self.reason in CLEARABLE


@dataclass(frozen=True)
class _Source:
    """An exempt or restricted text that other documents are compared with."""

    key: str  # a document's sha256, or "minute:ID"
    label: str  # "the Part 2 paper “x.pdf” (item 9 of 14/10/2026)"
    prints: frozenset[int]


@dataclass
class Gate:
    """The rule, loaded for one output. Make one with :func:`gate` (or :func:`gate_in`)."""

    paths: DataPaths
    masker: privacy.NameMasker
    exempt: dict[str, str] = field(default_factory=dict)  # sha256 -> label, Part 2 papers
    exempt_paragraph: dict[str, int | None] = field(default_factory=dict)  # sha256 -> its Schedule 12A paragraph
    restricted: dict[str, str] = field(default_factory=dict)  # sha256 -> label, restricted partner documents
    restricted_by: dict[str, str] = field(default_factory=dict)  # sha256 -> the partner's short name
    sources: list[_Source] = field(default_factory=list)
    forbidden: list[textguard.Forbidden] = field(default_factory=list)
    allowed: list[str] = field(default_factory=list)
    clearances: dict[str, list[PaperClearance]] = field(default_factory=dict)
    common: frozenset[int] = frozenset()  # the council's boilerplate, in many documents: not evidence of a copy

    # --- 1. content --------------------------------------------------------------------------

    def scrub(self, content):
        """``content`` with every string in it masked, cleared for the public renderers."""
        return privacy.scrub(content, self.masker)

    def mask(self, text: str) -> str:
        return self.masker.mask(text)

    # --- 2. whole documents ------------------------------------------------------------------

    def judge(self, session: Session, sha256: str, kind: str) -> list[Block]:
        """What stands in the way of this stored document going out, after the officer's
        confirmations; empty when it may go."""
        if sha256 in self.exempt:
            return [Block(EXEMPT, f"is {self.exempt[sha256]}")]
        if sha256 in self.restricted:
            return [Block(RESTRICTED, f"is {self.restricted[sha256]}")]
        row = doctext.ensure(session, self.paths, sha256, kind)
        return self._uncleared(sha256, self._blocks(row.readable, row.note, fp.unpack(row.fingerprint) - self.common,
                                                    lambda: doctext.text_of(row), sha256))

    def judge_bytes(self, data: bytes, kind: str, sha256: str = "") -> list[Block]:
        """The same for a document held in memory (not confirmable unless stored)."""
        if sha256 in self.exempt:
            return [Block(EXEMPT, f"is {self.exempt[sha256]}")]
        if sha256 in self.restricted:
            return [Block(RESTRICTED, f"is {self.restricted[sha256]}")]
        try:
            reading = doctext.read_bytes(data, kind)
        except Exception:
            return [Block(UNREADABLE, "cannot be read")]
        blocks = self._blocks(reading.readable, reading.why_unreadable, fp.fingerprint(reading.text) - self.common,
                              lambda: reading.text, sha256)
        return self._uncleared(sha256, blocks) if sha256 else blocks

    def _blocks(self, readable: bool, note: str, prints: frozenset[int], text, sha256: str) -> list[Block]:
        blocks = []
        if not readable:
            blocks.append(Block(UNREADABLE, note or "has no text the app can read"))
        matches = []
        for source in self.sources:
            if source.key == sha256:
                continue
            r = fp.resemblance(prints, source.prints)
            if r.is_copy:
                matches.append((r.is_same, r.percent, source))
        if matches:
            matches.sort(key=lambda m: (not m[0], -m[1]))
            same, percent, best = matches[0]
            # Pieces of several exempt or restricted papers put together are as private as one.
            covered = len(prints & frozenset().union(*(s.prints for _, _, s in matches)))
            if not same and covered / len(prints) >= fp.SAME:
                same, percent = True, round(100 * covered / len(prints))
            more = f" (and {len(matches) - 1} more)" if len(matches) > 1 else ""
            if same:  # the exempt or restricted paper itself, re-saved, cut down or wrapped: never out
                blocks.append(Block(EXEMPT if best.key in self.exempt or best.key.startswith("minute:")
                                    else RESTRICTED,
                                    f"is a copy of {best.label}{more} ({percent}% of the text is the same)"))
            else:
                blocks.append(Block(RESEMBLES, f"reads like {best.label}{more}: {percent}% of the text is the same",
                                    detail=" ".join(sorted(s.key for _, _, s in matches))))
        if readable and _NOT_FOR_PUBLICATION.search(unicodedata.normalize("NFKC", text())):
            blocks.append(Block(MARKED, "is marked “NOT FOR PUBLICATION” in its own text (a restricted document, "
                                "such as the restricted performance report)"))
        if not self.masker.empty:
            found = self.masker.found(text())
            if found:
                who = sorted({f.who for f in found})
                blocks.append(Block(NAMES, f"names {and_list(who)} in full (a young person who has not "
                                    "agreed to be named)", detail=" ".join(who)))
        return blocks

    def _uncleared(self, sha256: str, blocks: list[Block]) -> list[Block]:
        out = []
        for block in blocks:
            covered = set()
            for c in self.clearances.get(sha256, []):
                if c.reason == block.reason:
                    covered |= set(c.detail.split()) if c.detail else {""}
            needed = set(block.detail.split()) if block.detail else {""}
            if block.reason == UNREADABLE and covered:
                continue
            if not (needed <= covered):
                out.append(block)
        return out

    # --- 3. what was written -----------------------------------------------------------------

    def verify(self, texts: dict[str, str], *, allowed: Iterable[str] = (), advice: str = "") -> None:
        """Raise :class:`Leak` if any of ``texts`` (what → its text; the names are checked
        too) holds a young person's surname or contact details, or words from a Part 2 or
        restricted text. Nothing was written when it raises."""
        for name, text in texts.items():
            for where, value in ((name, name), (name, text)):
                found = self.masker.found(value)
                if found:
                    f = found[0]
                    raise Leak(f"Nothing was written: “{where}” would show the {f.what} of {f.who}, a young person "
                               f"who has not agreed to be named in full (“{f.text.strip()}”), which "
                               + (advice or "must not go to the public or a partner board. Take it out and try again."))
        textguard.check(texts, self.forbidden, [*self.allowed, *allowed],
                        advice=advice or "must not go to the public or a partner board. Take it out and try again.")

    def verify_file(self, name: str, data: bytes, *, allowed: Iterable[str] = (), advice: str = "") -> None:
        """``verify`` on the text of a file as its reader would see it: a PDF's pages, title,
        subject, keywords and bookmarks; a Word file's paragraphs, tables, headers, footers and
        properties; anything else as text."""
        self.verify({name: document_text(name, data)}, allowed=allowed, advice=advice)


def document_text(name: str, data: bytes) -> str:
    """All the text a reader of the file can see, for :meth:`Gate.verify`."""
    lower = name.lower()
    if lower.endswith(".pdf"):
        return _pdf_all_text(data)
    if lower.endswith(".docx"):
        return _docx_all_text(data)
    return data.decode("utf-8", errors="replace")


def _pdf_all_text(data: bytes) -> str:
    from pypdf import PdfReader

    from cpo_desktop.services.papers import quiet_pypdf

    parts = []
    with quiet_pypdf():
        reader = PdfReader(io.BytesIO(data))
        for page in reader.pages:
            parts.append(page.extract_text() or "")
        info = reader.metadata or {}
        parts += [str(v) for v in info.values()]

        def walk(items) -> None:
            for it in items:
                if isinstance(it, list):
                    walk(it)
                else:
                    parts.append(str(getattr(it, "title", "") or ""))

        walk(reader.outline)
    return "\n".join(parts)


def _docx_all_text(data: bytes) -> str:
    import docx

    from cpo_desktop.services.papers import block_text

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    block_text(document.iter_inner_content(), lines)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                block_text(part.iter_inner_content(), lines)
            except Exception:  # a section without that header
                continue
    props = document.core_properties
    lines += [x or "" for x in (props.title, props.subject, props.author, props.keywords, props.comments,
                                props.category, props.last_modified_by)]
    return "\n".join(lines)


# --- loading ---------------------------------------------------------------------------------------

def gate(store: Store) -> Gate:
    with store.session() as session:
        return gate_in(session, store.paths)


def gate_in(session: Session, paths: DataPaths, *, labels_only: bool = False) -> Gate:
    """The rule as the data stands: who to mask, what is exempt or restricted, what was confirmed.
    ``labels_only``: just which documents are exempt or restricted (for the restricted pack's
    bands), without reading any document."""
    # The labels need no names: the masker over the whole register is made only for a real gate.
    people = [] if labels_only else list(session.exec(select(Person)))
    g = Gate(paths=paths, masker=privacy.masker_for(people, people))
    meetings = {m.id: m for m in session.exec(select(Meeting))}
    for paper, item in session.exec(select(Paper, AgendaItem).join(AgendaItem, AgendaItem.id == Paper.agenda_item_id)
                                    .where(AgendaItem.part == 2)):
        m = meetings.get(item.meeting_id)
        label = f"the Part 2 paper “{paper.original_name}”" + (f" of the meeting on {dates.short(m.date)}" if m else "")
        g.exempt.setdefault(paper.sha256, label)
        g.exempt_paragraph.setdefault(paper.sha256, item.exempt_paragraph)
        if labels_only:
            continue
        row = doctext.ensure(session, paths, paper.sha256, paper.kind)
        g.sources.append(_Source(paper.sha256, label, fp.unpack(row.fingerprint)))
        g.forbidden.append(textguard.Forbidden(label, doctext.text_of(row)))
        g.allowed.append(agenda_rules.public_title(item.title, item.part, item.exempt_paragraph, item.public_title))
    for d, e, partner in session.exec(select(ExchangeDocument, Exchange, PartnerBoard).join(
            Exchange, Exchange.id == ExchangeDocument.exchange_id).join(PartnerBoard, PartnerBoard.id == Exchange.partner_id)
            .where(Exchange.confidentiality == enums.Confidentiality.RESTRICTED)):
        label = f"the restricted {partner.short_name} paper “{d.original_name}”"
        g.restricted.setdefault(d.sha256, label)
        g.restricted_by.setdefault(d.sha256, partner.short_name)
        if labels_only:
            continue
        row = doctext.ensure(session, paths, d.sha256, d.kind)
        g.sources.append(_Source(d.sha256, label, fp.unpack(row.fingerprint)))
        g.forbidden.append(textguard.Forbidden(label, doctext.text_of(row) or d.text))
    if labels_only:
        return g
    for partner in session.exec(select(PartnerBoard)):
        g.allowed.append(partner.name)
    for item in session.exec(select(AgendaItem).where(AgendaItem.part == 2)):
        shown = agenda_rules.public_title(item.title, item.part, item.exempt_paragraph, item.public_title)
        g.allowed.append(shown)
        if " ".join(item.title.split()).casefold() != shown.casefold():
            g.forbidden.append(textguard.Forbidden(f"the title of a Part 2 item (“{shown}”)", item.title))
    for minute in session.exec(select(Minute).where(Minute.part == 2)):
        where = f"the Part 2 minute “{minute.title}”"  # for the officer's eyes: the full title
        if minute.discussion.strip():
            g.forbidden.append(textguard.Forbidden(where, minute.discussion))
            g.sources.append(_Source(f"minute:{minute.id}", where, fp.fingerprint(minute.discussion)))
        for r in session.exec(select(Resolution).where(Resolution.minute_id == minute.id)):
            if not _STANDARD.match(" ".join(r.text.split())):
                g.forbidden.append(textguard.Forbidden(f"a resolution under {where}", r.text))
        for a in session.exec(select(ActionItem).where(ActionItem.minute_id == minute.id)):
            g.forbidden.append(textguard.Forbidden(f"an action under {where}", a.description))
    common = _common_prints(session, paths)
    if common:
        g.sources = [_Source(src.key, src.label, src.prints - common) for src in g.sources]
        g.common = common
    g.allowed += _own_wording()
    for c in session.exec(select(PaperClearance)):
        g.clearances.setdefault(c.sha256, []).append(c)
    return g


# A run of words found in this many stored documents, and in at least a fifth of them, is the
# council's template (the report header, "The board is asked to note …"), not a sign that one
# document is a copy of another. Copying an exempt paper that many times is not a slip.
COMMON_DOCUMENTS = 8
COMMON_SHARE = 0.2
_common_cache: dict[tuple, frozenset[int]] = {}


def _common_prints(session: Session, paths: DataPaths) -> frozenset[int]:
    """The kept hashes that occur in many of the stored documents (every paper and partner
    document is read once, the first time, for this)."""
    from sqlalchemy import func

    # Only documents stored before their text was kept need reading (one query, not one a paper).
    known = select(DocumentText.sha256)
    for sha, kind in {*session.exec(select(Paper.sha256, Paper.kind).where(Paper.sha256.not_in(known))),
                      *session.exec(select(ExchangeDocument.sha256, ExchangeDocument.kind)
                                    .where(ExchangeDocument.sha256.not_in(known)))}:
        doctext.record(session, paths, sha, kind)
    key = (str(paths.root), *session.exec(select(func.count(), func.max(DocumentText.made_at))).one())
    if key in _common_cache:
        return _common_cache[key]
    counts: dict[int, int] = {}
    total = 0
    for data in session.exec(select(DocumentText.fingerprint)):
        total += 1
        for h in fp.unpack(data):
            counts[h] = counts.get(h, 0) + 1
    threshold = max(COMMON_DOCUMENTS, COMMON_SHARE * total)
    common = frozenset(h for h, n in counts.items() if n >= threshold)
    _common_cache.clear()
    _common_cache[key] = common
    return common


def _own_wording() -> list[str]:
    """The board's fixed wording about exempt business, which the public documents print by law
    and an exempt report may quote too."""
    out = []
    for paragraph in range(1, 8):
        out += [exclusion_wording([paragraph]), withheld_note(paragraph),
                f"Not for publication: exempt information under paragraph {paragraph} of Part 1 of Schedule 12A to "
                "the Local Government Act 1972.",
                f"exempt information as defined in paragraph {paragraph} of Part 1 of Schedule 12A to the Local "
                "Government Act 1972"]
    return out


# --- the officer's confirmations -------------------------------------------------------------------

@dataclass(frozen=True)
class Confirmation:
    sha256: str
    reason: str
    detail: str
    confirmed_by: str
    confirmed_at: dt.datetime


def confirm_public(session: Session, paths: DataPaths, sha256: str, kind: str, *, by: str) -> list[Confirmation]:
    """Record the officer's word that a stored document may go to the public and partners
    despite what the app found (a scan it cannot read, a young person's name, text like an
    exempt paper's). Exempt and restricted documents cannot be confirmed. Returns what was
    recorded (nothing when there was nothing to confirm)."""
    g = gate_in(session, paths)
    blocks = g.judge(session, sha256, kind)
    hard = [b for b in blocks if not b.clearable]
    if hard:
        raise DisclosureError(f"This document {hard[0].text}: it never goes to the public or a partner board, and "
                              "cannot be confirmed as public. Attach a public version instead.")
    who = " ".join(by.split())
    if not who:
        raise DisclosureError("Say who confirms it (set the contact officer in Agenda › Contact Officer…, or give "
                              "--by NAME).")
    out = []
    now = dt.datetime.now(dt.UTC)
    for b in blocks:
        row = PaperClearance(sha256=sha256, reason=b.reason, detail=b.detail, confirmed_by=who, confirmed_at=now)
        session.add(row)
        out.append(Confirmation(sha256, b.reason, b.detail, who, now))
    return out


def withdraw_confirmation(session: Session, sha256: str) -> int:
    """Take back every confirmation of a document; returns how many there were."""
    rows = list(session.exec(select(PaperClearance).where(PaperClearance.sha256 == sha256)))
    for row in rows:
        session.delete(row)
    return len(rows)


def confirmations(session: Session, sha256: str) -> list[Confirmation]:
    return [Confirmation(c.sha256, c.reason, c.detail, c.confirmed_by, c.confirmed_at)
            for c in session.exec(select(PaperClearance).where(PaperClearance.sha256 == sha256)
                                  .order_by(PaperClearance.confirmed_at))]


def record_stored(session: Session, paths: DataPaths, sha256: str, kind: str) -> DocumentText:
    """Read a document just stored, so the checks need not read it again."""
    return doctext.ensure(session, paths, sha256, kind)
