"""Packs: the agenda pack (public and restricted) and its supplements, with the preflight that
checks a meeting's papers first. The GUI's Packs view and ``cpo-desktop pack …`` both call
these; the induction pack is in ``services.induction``, the annual report in
``services.annual_report``.

A build reads the agenda and the stored papers, assembles the pack in memory
(``packs.agenda_pack``), writes it to a temporary name and renames it, and records it
(``pack_records``). It refuses only what it cannot include, and says so: a paper that cannot
go in gets a page in its place saying so, and the result lists it.

Privacy is decided here, not in the renderer: the public version leaves out Part 2 papers
(and the same file attached anywhere else), any document a restricted partner sent (its
minutes, or the same file attached as a paper), and names young people by their first name
only: in presenters, item titles, paper names, bookmarks and notes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlmodel import Session, select

from cpo_desktop import clock, dates, wording
from cpo_desktop.errors import sentence
from cpo_desktop.files import atomic_write, scratch_dir
from cpo_desktop.model import enums
from cpo_desktop.model.rules import person_name
from cpo_desktop.model.tables import Board, Meeting, Seat
from cpo_desktop.packs.build import PackError, PackResult, check_target
from cpo_desktop.packs.removed import Removed, SanitiseError
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import deadlines
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import disclosure, pack_extras, pack_records, papers, publication, settings
from cpo_desktop.services.publication import LatePack, Lateness  # noqa: F401 (LatePack: raised by the builds below)
from cpo_desktop.store.db import Store
from cpo_desktop.wording import agenda_name

PUBLIC, RESTRICTED = "public", "restricted"

# Severities, most serious first. REFUSED: no pack can be built. LEFT_OUT: a paper cannot go in
# (a page in its place says so). WARNING: it goes in, but look. NOTE: for information.
REFUSED, LEFT_OUT, WARNING, NOTE = "refused", "left out", "warning", "note"
SEVERITIES = (REFUSED, LEFT_OUT, WARNING, NOTE)
CONVERT_TIMEOUT_S = 180


# --- preflight ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Issue:
    severity: str
    item: str  # the item number, or "" for the meeting as a whole
    paper: str  # the paper's file name, or ""
    problem: str
    action: str  # what to do about it
    document: str = ""  # the document's content hash, when the issue is about one
    kind: str = ""  # its kind (pdf or docx)
    confirmable: bool = False  # the officer may confirm it fit for the public (``confirm_public``)
    cli_action: str = ""  # what to do, as the command line says it (with its command); "": ``action``

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def text(self) -> str:
        if self.item and self.paper:
            what = f"Item {self.item}: “{self.paper}” {self.problem}"
        elif self.item:
            what = f"Item {self.item} {self.problem}"
        else:
            what = self.problem[:1].upper() + self.problem[1:]
        return f"{what} {self.action}".strip()

    @property
    def cli_text(self) -> str:
        """``text`` as the command line prints it: what to do names the command to run."""
        return self.text if not self.cli_action else self.text.removesuffix(self.action) + self.cli_action


@dataclass
class Preflight:
    meeting_id: int
    meeting_date: dt.date
    version: str
    issues: list[Issue] = field(default_factory=list)
    papers: int = 0  # documents that will go in
    paper_pages: int = 0  # their pages (Word papers not yet converted count as 0)

    @property
    def refused(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == REFUSED]

    @property
    def ok(self) -> bool:
        return not self.refused

    def count(self, severity: str) -> int:
        return sum(1 for i in self.issues if i.severity == severity)

    @property
    def summary(self) -> str:
        if self.refused:
            return "The pack cannot be built: " + self.refused[0].problem
        parts = [f"{self.papers} document{'s' if self.papers != 1 else ''} ({self.paper_pages} pages) will go in"]
        for severity, word in ((LEFT_OUT, "left out"), (WARNING, "to check")):
            if n := self.count(severity):
                parts.append(f"{n} {word}")
        return "; ".join(parts) + "."

    def as_dict(self) -> dict:
        return {"meeting_id": self.meeting_id, "meeting_date": self.meeting_date.isoformat(),
                "version": self.version, "ok": self.ok, "papers": self.papers, "paper_pages": self.paper_pages,
                "summary": self.summary, "issues": [i.as_dict() for i in self.issues]}


def soffice() -> str | None:
    """LibreOffice's command, if installed (for turning Word papers into PDF)."""
    for name in ("soffice", "libreoffice"):
        if found := shutil.which(name):
            return found
    for candidate in (Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "LibreOffice/program/soffice.exe",
                      Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")):
        if candidate.is_file():
            return str(candidate)
    return None


def converted_path(store: Store, sha256: str) -> Path:
    """Where the PDF made from a Word paper is kept (made once, reused by every build). Named
    ".a4": PDFs converted before Word papers were cleaned of outside links and laid out on A4 are
    not reused."""
    return store.paths.documents / "converted" / f"{sha256}.a4.pdf"


# What the sanitising rule takes out of each stored document, by content hash (a stored file
# never changes): the preflight runs on every visit to the Packs view and reads each file once.
# A file the rule cannot check is remembered too (finding that out can take seconds).
_REMOVED: dict[tuple[str, str], Removed | SanitiseError] = {}


def _remembered(key: tuple[str, str], work) -> Removed:
    if key not in _REMOVED:
        try:
            _REMOVED[key] = work()
        except SanitiseError as exc:
            _REMOVED[key] = exc
    found = _REMOVED[key]
    if isinstance(found, SanitiseError):
        raise found
    return found


def _removed_from_word(doc: _Doc) -> Removed:
    """What is taken out of a Word paper before LibreOffice sees it (raises SanitiseError)."""
    from cpo_desktop.packs.sanitise_word import clean_docx

    def work() -> Removed:
        try:
            data = doc.source.read_bytes()
        except OSError as exc:
            raise SanitiseError("it cannot be read") from exc
        return clean_docx(data)[1]

    return _remembered((doc.sha256, "docx"), work)


def _removed_from_pdf(doc: _Doc, pdf, converted: bool) -> Removed:
    """What is taken out of a paper's PDF (opened by the caller, and changed: not to be saved)."""
    from cpo_desktop.packs.sanitise import sanitise

    return _remembered((doc.sha256, "converted" if converted else "pdf"), lambda: sanitise(pdf))


def _removed_issue(number: str, doc: _Doc, removed: Removed) -> Issue:
    it = "it is" if sum(removed.counts.values()) == 1 else "they are"
    return Issue(WARNING, number, doc.name, f"carried {removed.words}; {it} removed from the pack.",
                 "Check its pages in the pack; if it needs what was removed, ask the author for a plain copy.")


def _unchecked(number: str, doc: _Doc, issues: list[Issue], why: SanitiseError) -> None:
    doc.placeholder = (f"The paper “{doc.label}” could not be checked for scripts, embedded files and links to "
                       "outside files, so it is not included. It will be circulated separately.")
    issues.append(Issue(LEFT_OUT, number, doc.name, f"cannot be checked for scripts, embedded files and links to "
                        f"outside files ({why}).", "Ask the author for a fresh copy (saved again, or printed to a "
                        "new PDF) and attach that."))


@dataclass
class _Doc:
    """A document the plan means to include, before assembly."""

    label: str  # as the pack shows it (young people's surnames taken out of a public pack)
    name: str  # the file's name, for the CPO's own list of issues
    kind: str  # pdf or docx
    sha256: str
    source: Path | None  # the stored file (None: missing)
    band: str = ""
    paper_id: int | None = None  # a paper; None for partner minutes
    # what pack_records keeps: the paper id, minus the exchange document id, pack_extras.LAST_MINUTES_RECORD
    # or PERFORMANCE_RECORD, or None for what is never in a supplement
    record_id: int | None = 0
    placeholder: str = ""  # set when it cannot go in
    pages: int = 0
    received_at: dt.datetime | None = None  # when a paper was attached (UTC); None for partner minutes
    make: Callable[[], bytes] | None = None  # a document the pack makes itself (pack_extras), at build time


@dataclass
class _Item:
    row: agenda_svc.ItemRow
    title: str
    presenter: str
    docs: list[_Doc] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    meeting: Meeting
    agenda: agenda_svc.Agenda
    board: str
    council: str
    public: bool
    items: list[_Item]
    membership: list[tuple[str, str]]
    contact: str
    issues: list[Issue]
    gate: disclosure.Gate | None = None  # the public version's privacy rule


def _version(public: bool) -> str:
    return PUBLIC if public else RESTRICTED


def preflight(store: Store, meeting: str | int, *, public: bool = False, today: dt.date | None = None) -> Preflight:
    """What stands in the way of a good pack, each with what to do. Reads; changes nothing."""
    plan = _plan(store, meeting, public=public, today=today)
    docs = [d for item in plan.items for d in item.docs if not d.placeholder]
    return Preflight(meeting_id=plan.meeting.id, meeting_date=plan.meeting.date, version=_version(public),
                     issues=_sorted(plan.issues), papers=len(docs), paper_pages=sum(d.pages for d in docs))


def _sorted(issues: list[Issue]) -> list[Issue]:
    return sorted(issues, key=lambda i: SEVERITIES.index(i.severity))


def _plan(store: Store, meeting: str | int, *, public: bool, today: dt.date | None) -> _Plan:
    today = clock.or_today(today)
    agenda = agenda_svc.load_agenda(store, meeting, today=today, public_actions=public)
    issues: list[Issue] = []
    with store.session() as session:
        m = session.get(Meeting, agenda.meeting.id)
        board = session.exec(select(Board)).first()
        # The public version takes only what the privacy rule lets out; the restricted version
        # bands each exempt or restricted paper as such.
        gate = disclosure.gate_in(session, store.paths) if public else None
        labels = gate or disclosure.gate_in(session, store.paths, labels_only=True)
        membership = _membership(session, m.date, public=public)
        officer = settings.contact(session)
        items: list[_Item] = []
        for row in agenda.items:
            title = row.shown_public_title if public else row.title
            item = _Item(row=row, title=title, presenter=row.presenter)
            if row.deferred_label:  # "Deferred from 14 October 2026."
                item.notes.append(row.deferred_label[:1].upper() + row.deferred_label[1:] + ".")
            items.append(item)
            withheld = public and row.part == 2
            for p in row.papers:
                if withheld:
                    continue
                doc = _Doc(label=p.original_name, name=p.original_name, kind=p.kind, sha256=p.sha256,
                           source=_stored(store, p.sha256, p.kind), paper_id=p.id, record_id=p.id,
                           pages=p.pages or 0, received_at=_utc(p.received_at))
                if not _admitted(session, store, gate, item, doc, issues):
                    continue
                if row.part == 2:
                    doc.band = f"NOT FOR PUBLICATION – Part 2, paragraph {row.exempt_paragraph or '–'}"
                elif p.sha256 in labels.exempt:
                    doc.band = f"NOT FOR PUBLICATION – Part 2, paragraph {labels.exempt_paragraph[p.sha256] or '–'}"
                elif p.sha256 in labels.restricted:
                    doc.band = f"RESTRICTED – {labels.restricted_by[p.sha256]} – not for publication"
                if p.late:
                    issues.append(Issue(WARNING, row.number, p.original_name,
                                        f"arrived on {dates.short(deadlines.local_day(p.received_at))}, after the "
                                        f"report deadline of {dates.short(agenda.report_deadline)}.",
                                        "Check that the chair agreed to take it late."))
                item.docs.append(doc)
            if withheld and row.papers:
                issues.append(Issue(NOTE, row.number, "", f"is Part 2 (paragraph {row.exempt_paragraph or '–'}): its "
                                    f"{len(row.papers)} paper(s) are left out of the public pack.",
                                    "Nothing to do; they are in the restricted pack."))
                item.notes.append("The report is exempt and is not included in the public pack.")
            # (the performance report is made by the app: its item says below when it cannot be)
            if row.paper_expected and not row.papers and not (row.part == 2 and public) \
                    and not pack_extras.is_performance_report(row.title):
                issues.append(Issue(WARNING, row.number, "", "has no paper yet" + (" (marked to follow)."
                                                                                   if row.to_follow else "."),
                                    "Chase the author; when it arrives, attach it and build a supplementary pack."))
                item.notes.append("Report to follow.")
            if agenda.partner_minutes and row is agenda.partner_minutes_item:
                _partner_docs(session, store, item, agenda.partner_minutes, gate, issues)
            if not withheld:
                _extras(session, store, item, m, agenda.matters_arising if row is agenda.matters_arising_item
                        else None, gate, issues, today,
                        plan=agenda.working_group_plan if row is agenda.working_group_item else None)
    contact = officer.line()
    if m.status == enums.MeetingStatus.CANCELLED:
        issues.append(Issue(REFUSED, "", "", f"the meeting of {dates.short(m.date)} is cancelled.",
                            "Choose another meeting."))
    if not agenda.items:
        issues.append(Issue(REFUSED, "", "", f"the meeting of {dates.short(m.date)} has no agenda yet.",
                            "Build its agenda first in the Agenda view.",
                            cli_action="Build its agenda first in the Agenda view (or `agenda create`)."))
    if agenda.publication_warning and not agenda.published_on:
        late = today > agenda.publication_date
        issues.insert(0, Issue(WARNING, "", "", agenda.publication_warning,
                            "When you build the pack, give the reason it is late; that records the Chair's agreement."
                            if late else "Build and publish the pack in time.",
                            cli_action="Add --late-reason \"…\" to `pack agenda`; that records the Chair's agreement."
                            if late else ""))
    if not m.venue:
        issues.append(Issue(WARNING, "", "", "the meeting has no venue; the front sheet says “To be confirmed”.",
                            "Set the venue in the Meetings view."))
    if not officer.name and not officer.email:
        issues.append(Issue(NOTE, "", "", "no contact officer is set, so the front sheet names none.",
                            "Set one in Agenda › Contact Officer…",
                            cli_action="Set one in Agenda › Contact Officer… "
                            "(or `agenda settings --contact-name … --contact-email …`)."))
    if gate is not None:  # what the CPO reads about the public pack is public-safe too
        issues = [gate.scrub(i) for i in issues]
    return _Plan(meeting=m, agenda=agenda, board=board.name if board else "Corporate Parenting Board",
                 council=(board.council if board else "") or "Sefton Council", public=public, items=items,
                 membership=membership, contact=contact, issues=issues, gate=gate)


CONFIRM_HINT = ("If it is fit for the public, confirm it: select it in the Packs view's preflight and choose "
                "Confirm Public…")
CONFIRM_CLI = CONFIRM_HINT + " (or `cpo-desktop pack confirm-public MEETING ITEM`)."


def _admitted(session: Session, store: Store, gate: disclosure.Gate | None, item: _Item, doc: _Doc,
              issues: list[Issue]) -> bool:
    """Can the document go in, either whole or as a page saying it could not (a missing or damaged
    file)? What the privacy rule keeps out of a public pack is left out altogether."""
    found: list[Issue] = []
    _check_doc(store, item.row.number, doc, found)
    if not doc.placeholder and gate is not None and _blocked(session, gate, item, doc, issues):
        return False
    issues += found
    return True


def _blocked(session: Session, gate: disclosure.Gate, item: _Item, doc: _Doc, issues: list[Issue]) -> bool:
    """Does the privacy rule keep this document out of the public pack? If so, say why."""
    blocks = gate.judge(session, doc.sha256, doc.kind)
    if not blocks:
        return False
    number = item.row.number
    if doc.sha256 in gate.restricted:
        issues.append(Issue(NOTE, number, doc.name, f"is a document {gate.restricted_by[doc.sha256]} sent as "
                            "restricted, so it is left out of the public pack.", "Nothing to do; it is in the restricted pack."))
        item.notes.append(f"“{doc.label}” is restricted and is not included in the public pack.")
    elif doc.sha256 in gate.exempt:
        issues.append(Issue(WARNING, number, doc.name, "is also attached to a Part 2 (exempt) item, so it is left "
                            "out of the public pack.",
                            "Check it is attached to the right item; it is in the restricted pack."))
        item.notes.append(f"“{doc.label}” is exempt and is not included in the public pack.")
    else:
        why = wording.and_list([b.text for b in blocks])
        confirmable = all(b.clearable for b in blocks)
        issues.append(Issue(WARNING, number, doc.name, f"{why}, so it is left out of the public pack.",
                            CONFIRM_HINT if confirmable else "Check it is the right paper (it is in the restricted "
                            "pack); for the public, attach a public version without the exempt or restricted text.",
                            document=doc.sha256, kind=doc.kind, confirmable=confirmable,
                            cli_action=CONFIRM_CLI if confirmable else ""))
        item.notes.append(f"“{doc.label}” is not included in the public pack.")
    return True


@dataclass(frozen=True)
class Confirmed:
    name: str  # the document's file name
    what: str  # what was confirmed, in words ("it cannot be read (a scan?)")
    by: str
    undone: bool = False


def confirm_public(store: Store, meeting: str | int, item: str, *, paper: int | None = None, by: str = "",
                   undo: bool = False, today: dt.date | None = None) -> list[Confirmed]:
    """The officer's word that the documents the privacy rule holds back from the public pack of
    ``item`` (or only its ``paper``-th document) may go to the public and partners: a scan the app
    cannot read, a paper naming a young person, one whose text resembles an exempt paper's.
    Recorded with who and when. Part 2 and restricted documents are never confirmed. ``undo``
    takes the confirmations back."""
    from cpo_desktop.services import minutes as minutes_svc

    plan_docs = _item_documents(store, meeting, item, today=today)
    if paper is not None:
        if not 1 <= paper <= len(plan_docs):
            raise PackError(f"Item {item} has {wording.plural(len(plan_docs), 'document')}; there is no document "
                            f"{paper}.")
        plan_docs = [plan_docs[paper - 1]]
    out: list[Confirmed] = []
    with store.session() as session:
        who = " ".join(by.split()) or minutes_svc.current_user(session)
        gate = disclosure.gate_in(session, store.paths)
        for name, sha256, kind in plan_docs:
            if undo:
                if disclosure.withdraw_confirmation(session, sha256):
                    out.append(Confirmed(name, "confirmation withdrawn", who, undone=True))
                continue
            blocks = gate.judge(session, sha256, kind)
            if not blocks:
                continue
            if paper is None and not all(b.clearable for b in blocks):
                continue  # Part 2 and restricted papers are left out; the rest are confirmed
            disclosure.confirm_public(session, store.paths, sha256, kind, by=who)
            out.append(Confirmed(name, wording.and_list([b.text for b in blocks]), who))
    if not out:
        raise PackError(f"Nothing under item {item} is waiting for confirmation"
                        + (" (no confirmation to take back)." if undo else "; its papers can go out as they are."))
    return out


def confirm_document(store: Store, sha256: str, kind: str, *, by: str = "") -> list[disclosure.Confirmation]:
    """The officer's word that one stored document may go to the public (see ``confirm_public``);
    ``by`` defaults to the contact officer."""
    from cpo_desktop.services import minutes as minutes_svc

    with store.session() as session:
        who = " ".join(by.split()) or minutes_svc.current_user(session)
        return disclosure.confirm_public(session, store.paths, sha256, kind, by=who)


def _item_documents(store: Store, meeting: str | int, number: str, *, today: dt.date | None) -> list[tuple]:
    """(name, content hash, kind) of each document under the agenda item numbered ``number``."""
    agenda = agenda_svc.load_agenda(store, meeting, today=clock.or_today(today))
    row = next((r for r in agenda.items if r.number.casefold() == str(number).strip().casefold()), None)
    if row is None:
        raise PackError(f"{agenda_name([agenda.meeting.date], start=True)} has no item {number}.")
    docs = [(p.original_name, p.sha256, p.kind) for p in row.papers]
    if agenda.partner_minutes and row is agenda.partner_minutes_item:
        docs += [(d.original_name, d.sha256, d.kind) for r in agenda.partner_minutes for d in r.documents]
    if not docs:
        raise PackError(f"Item {number} has no papers.")
    return docs


def _partner_docs(session: Session, store: Store, item: _Item, rows, gate: disclosure.Gate | None,
                  issues: list[Issue]) -> None:
    for r in rows:
        restricted = r.confidentiality == enums.Confidentiality.RESTRICTED
        if gate is not None and restricted:
            item.notes.append(f"{r.what} (restricted – not included in the public pack).")
            issues.append(Issue(NOTE, item.row.number, "", f"{r.what} are restricted, so they are left out of the "
                                "public pack.", "Nothing to do; they are in the restricted pack."))
            continue
        item.notes.append(f"{r.what}" + (" (restricted)" if restricted else "") + ".")
        for d in r.documents:
            doc = _Doc(label=f"{r.what} – {d.original_name}", name=d.original_name, kind=d.kind, sha256=d.sha256,
                       source=_stored(store, d.sha256, d.kind), record_id=-d.id, pages=d.pages or 0,
                       band=f"RESTRICTED – {r.partner} – not for publication" if restricted else "")
            if _admitted(session, store, gate, item, doc, issues):
                item.docs.append(doc)


def _extras(session: Session, store: Store, item: _Item, m: Meeting, matters_arising: list | None,
            gate: disclosure.Gate | None, issues: list[Issue], today: dt.date, *, plan=None) -> None:
    """What the item carries that nobody attaches (``pack_extras``): the last meeting's minutes,
    the performance report (under the "Performance report" item), the action log
    (``matters_arising``: the rows the agenda read for this version, when the item is the matters
    arising; else None), the working group's action plan (``plan``, when the
    item is the themed meeting's working-group report), the date of the next meeting."""
    number, public = item.row.number, gate is not None
    made: list[pack_extras.Made] = []
    if pack_extras.is_last_minutes(item.row.title):
        found = pack_extras.last_minutes(store, session, m, public=public, gate=gate)
        if isinstance(found, pack_extras.Missing):
            issues.append(Issue(WARNING, number, "", found.problem, found.action))
            item.notes.append(found.note)
        elif found is not None:
            made.append(found)
    if matters_arising is not None:
        found = pack_extras.action_log(store, session, m, public=public, gate=gate, today=today,
                                       rows=matters_arising)
        if found is None:
            item.notes.append("There are no actions to review.")
        else:
            made.append(found)
    if pack_extras.is_performance_report(item.row.title):
        found = pack_extras.performance_report(store, session, m, public=public, gate=gate)
        if isinstance(found, pack_extras.Made):
            made.append(found)
        elif not item.row.papers:  # (with no figures, a report the officer attached is the report)
            issues.append(Issue(WARNING, number, "", found.problem + (" It is marked to follow."
                                                                      if item.row.to_follow else ""), found.action,
                                cli_action=found.cli_action))
            item.notes.append(found.note)
    if plan is not None:
        made.append(pack_extras.working_group_plan(store, session, m, plan, public=public, gate=gate, today=today))
    if pack_extras.is_next_meeting(item.row.title):
        line = pack_extras.next_meeting_line(session, m)
        if line is None:
            issues.append(Issue(NOTE, number, "", "says the date of the next meeting is to be confirmed: none is "
                                "planned after this one.", "Plan it in the Meetings view.",
                                cli_action="Plan it in the Meetings view (or `meetings add`)."))
        item.notes.append(line or "The date of the next meeting is to be confirmed.")
    for x in made:
        item.docs.append(_Doc(label=x.label, name=x.name, kind="pdf", sha256="", source=None,
                              record_id=x.record_id, make=x.make, band=x.band))
        issues.append(Issue(NOTE, number, x.name, "is made by the app when the pack is built.",
                            "Nothing to do; check it in the pack."))


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _stored(store: Store, sha256: str, kind: str) -> Path | None:
    path = papers.document_path(store.paths, sha256, kind)
    return path if path.is_file() else None


def _check_doc(store: Store, number: str, doc: _Doc, issues: list[Issue]) -> None:
    """Can this document go in? If not, give it a placeholder and say why."""
    import pikepdf

    if doc.source is None:
        doc.placeholder = (f"The paper “{doc.label}” is missing from the app's document store, so it could not be "
                           "included. It will be circulated separately.")
        issues.append(Issue(LEFT_OUT, number, doc.name, "is missing from the app's document store.",
                            "Attach the paper again, or restore a backup."))
        return
    path = doc.source
    removed = Removed()
    if doc.kind == "docx" and (soffice() or converted_path(store, doc.sha256).is_file()):
        try:
            removed.update(_removed_from_word(doc))
        except SanitiseError as exc:
            return _unchecked(number, doc, issues, exc)
    if doc.kind == "docx":
        cached = converted_path(store, doc.sha256)
        if cached.is_file():
            path = cached
        elif soffice():
            if removed:
                issues.append(_removed_issue(number, doc, removed))
            issues.append(Issue(NOTE, number, doc.name, "is a Word file; it will be turned into PDF with "
                                "LibreOffice when the pack is built (once; later builds reuse it).",
                                "Check its pages in the pack; or attach a PDF made from Word instead."))
            return
        else:
            doc.placeholder = (f"The paper “{doc.label}” is a Word file and could not be turned into PDF on this "
                               "computer, so it is not included. It will be circulated separately.")
            issues.append(Issue(LEFT_OUT, number, doc.name, "is a Word file, and LibreOffice (which turns it into "
                                "PDF) is not installed.",
                                "Save it as PDF from Word and attach the PDF instead, or install LibreOffice."))
            return
    try:
        with pikepdf.open(path) as pdf:
            doc.pages = len(pdf.pages)
            removed.update(_removed_from_pdf(doc, pdf, converted=path != doc.source))
    except SanitiseError as exc:
        return _unchecked(number, doc, issues, exc)
    except pikepdf.PasswordError:
        doc.placeholder = (f"The paper “{doc.label}” is protected with a password, so it could not be included. "
                           "It will be circulated separately.")
        issues.append(Issue(LEFT_OUT, number, doc.name, "is protected with a password.",
                            "Ask the author for a copy without a password and attach that."))
        return
    except (pikepdf.PikepdfError, OSError, ValueError):
        doc.placeholder = (f"The paper “{doc.label}” is damaged and could not be read, so it is not included. "
                           "It will be circulated separately.")
        issues.append(Issue(LEFT_OUT, number, doc.name, "is damaged (corrupt) and cannot be read as a PDF.",
                            "Ask the author for a fresh copy and attach it again."))
        return
    if doc.pages == 0:
        doc.placeholder = f"The paper “{doc.label}” has no pages, so there is nothing to include."
        issues.append(Issue(LEFT_OUT, number, doc.name, "is a PDF with no pages.",
                            "Ask the author for a fresh copy and attach it again."))
    elif removed:
        issues.append(_removed_issue(number, doc, removed))


def _membership(session: Session, day: dt.date, *, public: bool) -> list[tuple[str, str]]:
    rows = []
    for seat in session.exec(select(Seat).where(Seat.former == False).order_by(Seat.sort_order, Seat.id)):  # noqa: E712
        holder = agenda_svc.holder_on(session, seat.id, day)
        name = person_name(holder, public=public) if holder else "Vacant"
        if holder and seat.is_chair:
            name += " (Chair)"
        elif holder and seat.is_vice_chair:
            name += " (Vice-Chair)"
        rows.append((seat.title, name))
    return rows


# --- building -------------------------------------------------------------------------------------

def lateness(store: Store, meeting: str | int, *, public: bool, supplement: bool = False,
             today: dt.date | None = None) -> Lateness | None:
    """Would a pack of this version built ``today`` be late (and so need the reason and the
    Chair's agreement)? None when it would be on time, is an on-time pack issued again, or the
    meeting has been held."""
    p = publication.standing(store, meetings_svc.find_meeting(store, meeting), _version(public))
    return publication.late(p, clock.or_today(today), supplement)


def default_target(store: Store, meeting_date: dt.date, kind: str, version: str) -> Path:
    """exports/packs/2026-12-09 Agenda pack (public).pdf"""
    label = {pack_records.AGENDA: "Agenda pack", pack_records.SUPPLEMENT: "Supplementary pack"}[kind]
    return store.paths.exports / "packs" / f"{dates.iso(meeting_date)} {label} ({version}).pdf"


def _convert(store: Store, doc: _Doc, progress: Progress, step: tuple[int, int]) -> None:
    """Turn a Word paper into PDF with LibreOffice, once; on failure give it a placeholder."""
    if doc.kind != "docx" or doc.placeholder or doc.source is None:
        return
    cached = converted_path(store, doc.sha256)
    if cached.is_file():
        return
    progress.step(*step, f"Turning “{doc.name}” into PDF with LibreOffice")
    command = soffice()
    if command is None:  # uninstalled since the preflight
        doc.placeholder = (f"The paper “{doc.label}” is a Word file and could not be turned into PDF on this "
                           "computer, so it is not included. It will be circulated separately.")
        return
    from cpo_desktop.packs import sanitise_word, word_page, word_pdf

    # Links to outside files and fields that fetch are taken out of a copy first; LibreOffice then
    # runs offline (word_pdf), in a private folder inside the data folder.
    with scratch_dir(store.paths.tmp, prefix="convert-") as work:
        try:
            data, _ = sanitise_word.clean_docx(doc.source.read_bytes())
            data = word_page.a4_sections(data)  # a Letter paper is not printed cropped in an A4 pack
        except (SanitiseError, OSError):
            doc.placeholder = (f"The paper “{doc.label}” could not be checked for links to outside files, so it "
                               "is not included. It will be circulated separately.")
            return
        source = work / f"{doc.sha256}.docx"
        source.write_bytes(data)
        made = word_pdf.convert(command, source, work, timeout=CONVERT_TIMEOUT_S)
        if made is None:
            doc.placeholder = (f"The paper “{doc.label}” is a Word file that LibreOffice could not turn into PDF, so "
                               "it is not included. It will be circulated separately.")
            return
        atomic_write(cached, lambda tmp: shutil.copyfile(made, tmp))
    for older in (f"{doc.sha256}.pdf", f"{doc.sha256}.clean.pdf"):  # converted before papers were cleaned, or on A4
        cached.with_name(older).unlink(missing_ok=True)


def _make(doc: _Doc, path: Path, progress: Progress, step: tuple[int, int]) -> None:
    """Make a document the pack makes itself (the last minutes, the action log) into ``path``."""
    if doc.make is None:
        return
    progress.step(*step, f"Making “{doc.label}”")
    path.write_bytes(doc.make())
    doc.source = path


def _pack_spec(plan: _Plan, *, duplex: bool, supplement: bool, first_page: int, only: set[int] | None,
               store: Store, today: dt.date, published: tuple[str, str] = ("", "")):
    from cpo_desktop.packs.agenda_pack import PackDoc, PackItem, PackSpec
    from cpo_desktop.services import minutes_wording

    items = []
    for it in plan.items:
        docs = [d for d in it.docs if only is None or d.record_id in only]
        if supplement and not docs:
            continue
        pack_docs = []
        for d in docs:
            path = None
            if not d.placeholder:
                path = converted_path(store, d.sha256) if d.kind == "docx" else d.source
                if path is None:  # made by the pack, but not made (a preflight's plan)
                    continue
            pack_docs.append(PackDoc(label=d.label, path=path, placeholder=d.placeholder, band=d.band,
                                     paper_id=d.record_id))
        row = it.row
        items.append(PackItem(number=row.number, title=it.title, presenter=it.presenter,
                              purpose=f"For {row.purpose}" if row.purpose else "", part=row.part,
                              exempt_paragraph=row.exempt_paragraph, sub_item=row.sub_item, docs=pack_docs,
                              notes=[] if supplement else list(it.notes)))
    part2 = [it.row.exempt_paragraph for it in plan.items if it.row.part == 2]
    m = plan.meeting
    spec = PackSpec(council=plan.council, board=plan.board, meeting_date=m.date, start_time=m.start_time,
                    venue=m.venue, public=plan.public, items=items, membership=plan.membership, contact=plan.contact,
                    exclusion=minutes_wording.agenda_exclusion_wording(part2) if part2 else "",
                    duplex=duplex, supplement=supplement, first_page=first_page, published=today,
                    published_text=published[0], late_statement=published[1])
    # Everything the public pack prints of the agenda passes the privacy rule here, in one pass.
    return plan.gate.scrub(spec) if plan.gate is not None else spec


def _verify_public(gate: disclosure.Gate, assembled, target: Path) -> None:
    """Read back what the public pack adds around the papers (the papers themselves were judged
    one by one): its front sheet, contents and agenda, placeholder pages, page stamps,
    bookmarks, properties and file name."""
    texts = {target.name: "",
             "the front sheet, contents and agenda": disclosure.document_text("front.pdf", assembled.front),
             "the bookmarks": "\n".join(title for title, _, _ in assembled.outline),
             "the page stamps": "\n".join(sorted(assembled.stamps)),
             "the document's properties": "\n".join(str(v) for v in assembled.pdf.docinfo.values())}
    if assembled.placeholders:
        texts["the pages standing in for papers"] = disclosure.document_text("placeholders.pdf", assembled.placeholders)
    gate.verify(texts, advice="must not be in a public pack. Change it in the agenda (or the file name) and build "
                              "the pack again.")


def _build(store: Store, plan: _Plan, *, kind: str, duplex: bool, target: Path | None, progress: Progress | None,
           today: dt.date, late_reason: str | None, first_page: int = 1, only: set[int] | None = None) -> PackResult:
    from cpo_desktop.packs.agenda_pack import assemble

    progress = progress or NO_PROGRESS
    if plan.issues and any(i.severity == REFUSED for i in plan.issues):
        raise PackError(sentence([i.problem + " " + i.action for i in plan.issues if i.severity == REFUSED]))
    version = _version(plan.public)
    target = check_target(target or default_target(store, plan.meeting.date, kind, version))
    reason = publication.clean_reason(late_reason)
    # where the meeting stands for publishing, read once for the late check and the front sheet
    publishing = publication.standing(store, plan.meeting.id, version)
    late = publication.late(publishing, today, supplement=kind == pack_records.SUPPLEMENT)
    if late is not None and not reason:
        raise publication.LatePack(late)
    published = publication.published_line(publishing, today, late, reason)
    docs = [d for it in plan.items for d in it.docs if only is None or d.record_id in only]
    for n, d in enumerate(docs):
        _convert(store, d, progress, (n, len(docs) + 4))
    with scratch_dir(store.paths.tmp, prefix="pack-") as work:
        for n, d in enumerate(docs):
            _make(d, work / f"made-{n}.pdf", progress, (n, len(docs) + 4))
        spec = _pack_spec(plan, duplex=duplex, supplement=kind == pack_records.SUPPLEMENT, first_page=first_page,
                          only=only, store=store, today=today, published=published)
        assembled = assemble(spec, progress=progress)
        if plan.gate is not None:
            _verify_public(plan.gate, assembled, target)
        progress.step(1, 1, "Saving the pack")
        from cpo_desktop.packs.agenda_pack import forms_left_behind

        with forms_left_behind():
            atomic_write(target, lambda tmp: assembled.pdf.save(tmp))
    included = [d.paper_id for it in spec.items for d in it.docs if d.path is not None and d.paper_id is not None]
    with store.session() as session:
        record_id = pack_records.add(session, kind=kind, version=version, meeting_id=plan.meeting.id,
                                     path=target.absolute(), first_page=assembled.first_page,
                                     last_page=assembled.last_page, paper_ids=included)
        session.commit()
    left_out = [f"Item {it.number}: " + d.placeholder for it in spec.items for d in it.docs if d.path is None]
    notes = []
    if assembled.blanks:
        notes.append(f"{assembled.blanks} blank page(s) added so each item starts on a right-hand page.")
    # (the publication warning is answered by the build itself: the next note says how)
    notes += [i.text for i in plan.issues if i.severity == WARNING and i.problem != plan.agenda.publication_warning]
    if late is not None:
        notes.append("Published late: the front sheet gives the reason and the Chair's agreement.")
    elif reason:
        notes.append("The pack is not late, so the reason given for lateness is not printed.")
    return PackResult(path=target.absolute(), pages=assembled.pages, first_page=assembled.first_page,
                      last_page=assembled.last_page, left_out=left_out, notes=notes, record_id=record_id)


def build_agenda(store: Store, meeting: str | int, *, public: bool, duplex: bool = False,
                 target: Path | None = None, progress: Progress | None = None,
                 today: dt.date | None = None, late_reason: str | None = None) -> PackResult:
    """The agenda pack, public or restricted, saved to ``target`` (default under exports/packs).
    Built after the publication date (``lateness``) it needs ``late_reason``, which records that the
    Chair agreed; the front sheet prints both (LatePack without it)."""
    today = clock.or_today(today)
    plan = _plan(store, meeting, public=public, today=today)
    return _build(store, plan, kind=pack_records.AGENDA, duplex=duplex, target=target, progress=progress,
                  today=today, late_reason=late_reason)


def build_supplement(store: Store, meeting: str | int, *, public: bool, target: Path | None = None,
                     progress: Progress | None = None, today: dt.date | None = None,
                     late_reason: str | None = None) -> PackResult:
    """The papers that arrived since the agenda pack (and any supplements) of this version,
    numbered on from its last page. After the publication date it needs ``late_reason``, as
    ``build_agenda`` does."""
    today = clock.or_today(today)
    plan = _plan(store, meeting, public=public, today=today)
    version = _version(public)
    with store.session() as session:
        earlier = pack_records.agenda_packs(session, plan.meeting.id, version)
    if not any(r.kind == pack_records.AGENDA for r in earlier):
        raise PackError(f"No {version} agenda pack has been built for the meeting of {dates.short(plan.meeting.date)}: "
                        "build it first; a supplementary pack numbers on from it.")
    held = {pid for r in earlier for pid in r.paper_ids}
    # Not yet in a pack: a paper that can go in now, or one that arrived since the last pack
    # (a placeholder says it is missing or damaged). A paper already left out with a placeholder,
    # and still unusable, is not "new" again.
    since = max(r.built_at for r in earlier)
    new = {d.record_id for it in plan.items for d in it.docs if d.record_id is not None and d.record_id not in held
           and (not d.placeholder or (d.received_at is not None and d.received_at > since))}
    if not new:
        last = earlier[-1]
        raise PackError(f"Nothing has arrived since the {version} pack of {dates.stamp(last.built_at.astimezone())} "
                        f"(pages {last.first_page}–{last.last_page}): no supplementary pack is needed.")
    first_page = max(r.last_page for r in earlier) + 1
    return _build(store, plan, kind=pack_records.SUPPLEMENT, duplex=False, target=target, progress=progress,
                  today=today, late_reason=late_reason, first_page=first_page, only=new)


def record_json(result: PackResult) -> str:
    return json.dumps(result.as_dict(), indent=2, ensure_ascii=False)

