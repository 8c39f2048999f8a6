"""The package that takes our confirmed minutes to a partner board.

In the package's folder: the public minutes as PDF (and as Word, if the partner wants it), a
short covering note (Word), and an e-mail draft (.eml, RFC 5322) addressed to the partner's
secretariat with the minutes attached and the note as its text, which Outlook and other mail
programs open ready to send. The app never sends it: the user does, then marks it sent.

What may go is decided here, not in the window, by the privacy rule every public and partner
output goes through (``services.disclosure``): only confirmed minutes, only their public version
(young people by first name, Part 2 business by public title), only Part 1 papers that are
neither a Part 2 or restricted paper nor a copy of one (judged by their text), cleaned of
scripts and outside links; and before anything is written every file is read back and the
whole package refused if a surname, or Part 2 or restricted text, is in it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from cpo_desktop import clock, dates, wording
from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.model import textguard as guard
from cpo_desktop.model.tables import AgendaItem, Board, Meeting, Paper
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.services import disclosure, email_draft, settings
from cpo_desktop.services import exchange as exchange_svc
from cpo_desktop.services import papers as papers_svc
from cpo_desktop.services.exchange import ExchangeError
from cpo_desktop.store.db import Store

_UNSAFE = re.compile(r"[^\w&\- ]+")


@dataclass(frozen=True)
class Package:
    folder: Path
    partner: str  # short name
    meeting_date: dt.date
    subject: str
    to: str
    pdf: Path
    docx: Path | None
    note: Path
    eml: Path
    papers: tuple[Path, ...] = ()
    removed: tuple[str, ...] = ()  # what was taken out of attached papers: "“report.pdf”: an embedded file"

    @property
    def files(self) -> tuple[Path, ...]:
        return tuple(p for p in (self.pdf, self.docx, *self.papers, self.note, self.eml) if p is not None)


def board_title(board: str, council: str) -> str:
    """'Corporate Parenting Board' from 'Sefton Corporate Parenting Board' and 'Sefton Council'."""
    place = council.removesuffix(" Council").strip()
    if place and board.startswith(place + " "):
        return board[len(place) + 1:]
    return board


def subject(board: str, council: str, meeting_date: dt.date) -> str:
    return f"{board_title(board, council)} minutes – {dates.plain(meeting_date)} – for information"


def default_folder(store: Store, meeting_date: dt.date, partner_short: str) -> Path:
    """exports/exchange/2026-10-14 SSCP"""
    safe = _UNSAFE.sub("-", partner_short).strip() or "partner"
    return store.paths.exports / "exchange" / f"{dates.iso(meeting_date)} {safe}"


PACKAGE_STEPS = 4
"""The steps ``prepare`` reports: check, make the documents, check the package, write."""


def prepare(store: Store, meeting: str | int, partner: str | int, folder: Path | None = None, *,
            papers: list[int] | tuple[int, ...] = (), today: dt.date | None = None,
            progress: Progress | None = None) -> Package:
    """Write the package for our minutes of ``meeting`` to ``partner`` into ``folder`` (by default
    under the exports folder) and record that it was prepared. ``papers`` are ids of papers on
    this meeting's agenda to attach as well (Part 1 only). ``progress`` is told each step; a
    cancel before the files are written leaves nothing behind."""
    from cpo_desktop.packs.content import CoveringNote
    from cpo_desktop.packs.letters import covering_note_docx, covering_note_text
    from cpo_desktop.packs.minutes_docx import render_minutes_docx
    from cpo_desktop.packs.minutes_pdf import render_minutes_pdf
    from cpo_desktop.services import minutes_documents

    progress = progress or NO_PROGRESS
    progress.step(0, PACKAGE_STEPS, "Checking the minutes")
    today = clock.or_today(today)
    row = exchange_svc.outgoing(store, meeting, partner, today=today)
    if row.status == rules.AWAITING:
        raise ExchangeError(f"The minutes of {dates.short(row.meeting_date)} are not confirmed yet. They go to partner "
                            "boards once the next meeting has confirmed them as a correct record.")
    p = exchange_svc.find_partner(store, row.partner_id)
    if not p.secretariat_email:
        message = f"{p.name} has no secretariat e-mail address, so the e-mail cannot be addressed."
        raise ExchangeError(message, window="Add it under Partner Boards…",
                            cli=f"cpo-desktop exchange partner-edit {p.short_name} --email …",
                            cli_form=f"{message} Add it under Partner Boards… (or `cpo-desktop exchange partner-edit "
                                     f"{p.short_name} --email …`).")
    gate = disclosure.gate(store)  # the one privacy rule, for everything in the package
    content = minutes_documents.content(store, row.meeting_id, public=True, today=today, gate=gate)
    _check_content(content)
    with store.session() as session:
        board = session.exec(select(Board)).first()
        officer = settings.contact(session)
        noting = exchange_svc.noting_wording(exchange_svc.for_meeting_in(session, row.meeting_id))
        attach = _papers(session, store, gate, row.meeting_id, list(papers))
    progress.step(1, PACKAGE_STEPS, "Making the minutes documents")
    council = board.council or "Sefton Council"
    day = dates.iso(row.meeting_date)
    title = board_title(board.name, council)
    pdf_name = f"{title} minutes {day} (public).pdf"
    docx_name = f"{title} minutes {day} (public).docx" if p.send_docx else None
    files: dict[str, bytes] = {pdf_name: render_minutes_pdf(content)}
    if docx_name:
        files[docx_name] = render_minutes_docx(content)
    attached_names = []
    taken_out = []
    for name, data, removed in attach:
        name = _unique(name, files)
        files[name] = data
        attached_names.append(name)
        if removed:
            taken_out.append(f"“{name}”: {removed}")
    note = gate.scrub(CoveringNote(council=council, board=board.name, partner=p.name, to_name=p.secretariat_name,
                                   date=today, meeting_date=row.meeting_date, confirmed_on=row.confirmed_on,
                                   sender=officer.name,
                                   sender_role=officer.job_title or ("" if officer.name else settings.CONTACT_ROLE),
                                   sender_email=officer.email or ""))
    note_name = f"Covering note to {_UNSAFE.sub('-', p.short_name)} {day}.docx"
    body = covering_note_text(note)
    mail_subject = subject(board.name, council, row.meeting_date)
    to = (p.secretariat_name, p.secretariat_email)
    sender = (officer.display_name, officer.email) if officer.email else None
    eml = email_draft.draft(to=email_draft.address(*to), sender=email_draft.address(*sender) if sender else None,
                            subject=mail_subject, body=body, attachments=files)
    files[note_name] = covering_note_docx(note)
    # Read every file the app made back as a partner would, and refuse the whole package on any
    # leak. The attached papers were judged whole by the same rule (``_papers``); their names are
    # checked here with the rest.
    progress.step(2, PACKAGE_STEPS, "Checking the package")
    texts = {name: "" if name in attached_names else disclosure.document_text(name, data)
             for name, data in files.items()}
    mailboxes = [f"{name} <{mail}>" for name, mail in (to, sender or ("", "")) if mail]
    texts["the e-mail"] = "\n".join((mail_subject, *mailboxes, body))
    gate.verify(texts, allowed=[noting], advice=guard.ADVICE)
    eml_name = f"{mail_subject.replace('–', '-')}.eml".replace(":", "")
    files[eml_name] = eml
    folder = (Path(folder) if folder else default_folder(store, row.meeting_date, p.short_name)).absolute()
    old_folder, old_files = exchange_svc.previous_package(store, row.meeting_id, row.partner_id)
    # What may be in the folder already: the last package prepared there (as recorded) and files of
    # this one's names (a package whose run was killed before it was recorded). Anything else is the
    # user's, and the folder is refused rather than swapped away or mixed into.
    ours = (set(old_files) if old_folder and Path(old_folder) == folder else set()) | set(files)
    progress.step(3, PACKAGE_STEPS, "Writing the package")
    _write_all(folder, files, ours)
    exchange_svc.record_prepared(store, row.meeting_id, row.partner_id, folder, list(files))
    progress.report(PACKAGE_STEPS, PACKAGE_STEPS, f"Saved the package in {folder.name}")
    return Package(folder=folder, partner=p.short_name, meeting_date=row.meeting_date, subject=mail_subject,
                   to=p.secretariat_email, pdf=folder / pdf_name, docx=folder / docx_name if docx_name else None,
                   note=folder / note_name, eml=folder / eml_name, papers=tuple(folder / n for n in attached_names),
                   removed=tuple(taken_out))


def _unique(name: str, taken: dict[str, bytes]) -> str:
    """'Report.pdf', or 'Report (2).pdf' when two papers share a name."""
    stem, dot, ext = name.rpartition(".")
    n, candidate = 1, name
    while candidate in taken:
        n += 1
        candidate = f"{stem} ({n}).{ext}" if dot else f"{name} ({n})"
    return candidate


def _check_content(content) -> None:
    """The public minutes as made: the same rule the renderers rely on, checked once more here."""
    if not content.public:
        raise guard.Leak("Nothing was written: only the public version of the minutes goes to partners.")
    for s in content.sections:
        if s.part == 2 and (not s.withheld or s.discussion or s.resolutions or s.actions or s.action_log):
            raise guard.Leak(f"Nothing was written: the Part 2 minute {s.number}, “{s.title}”, would go out with "
                                     "its content. Part 2 business goes to partners by title only.")


def _papers(session, store: Store, gate: disclosure.Gate, meeting_id: int,
            ids: list[int]) -> list[tuple[str, bytes, str]]:
    """The agenda papers to attach, each refused unless the privacy rule lets it go (never a Part 2
    paper, a restricted partner's paper, or a copy of either; not a scan nor a paper naming a young
    person in full until the officer has confirmed it), and cleaned (what was taken out, in words)."""
    out = []
    for paper_id in ids:
        paper = session.get(Paper, paper_id)
        item = session.get(AgendaItem, paper.agenda_item_id) if paper else None
        if paper is None or item.meeting_id != meeting_id:
            m = session.get(Meeting, meeting_id)
            raise ExchangeError(f"Paper {paper_id} is not a paper of the meeting on {dates.short(m.date)}.")
        if item.part == 2:
            raise ExchangeError(f"“{paper.original_name}” is a paper of the Part 2 item “{item.title}”. Part 2 papers "
                                "never go to partner boards.")
        if paper.sha256 in gate.restricted:
            raise ExchangeError(f"“{paper.original_name}” is a restricted partner board's paper. Restricted partner "
                                "papers never go to other partner boards.")
        blocks = gate.judge(session, paper.sha256, paper.kind)
        if blocks:
            why = wording.and_list([b.text for b in blocks])
            message = f"“{gate.mask(paper.original_name)}” {why}, so it cannot go to a partner board; nothing was written."
            if not all(b.clearable for b in blocks):
                raise ExchangeError(message)
            raise ExchangeError(message, window="If it is fit for partners, confirm it first (Packs view › Confirm Public…).",
                                cli="cpo-desktop pack confirm-public",
                                cli_form=f"{message} If it is fit for partners, confirm it first (Packs view › Confirm "
                                         "Public…, or `cpo-desktop pack confirm-public`).")
        path = papers_svc.document_path(store.paths, paper.sha256, paper.kind)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ExchangeError(f"The stored copy of “{paper.original_name}” cannot be read ({exc.strerror}).") from exc
        name = paper.original_name if paper.original_name.lower().endswith(f".{paper.kind}") else \
            f"{paper.original_name}.{paper.kind}"
        data, removed = _clean(name, paper.kind, data)
        out.append((gate.mask(name), data, removed))
    return out


def _clean(name: str, kind: str, data: bytes) -> tuple[bytes, str]:
    """A paper as it may go (the same rules as a pack's pages): scripts, actions and embedded
    files taken out of a PDF; links to outside files and fields that fetch out of a Word paper.
    A paper with nothing to take out goes byte for byte as stored. Also what was taken, in words."""
    import pikepdf

    from cpo_desktop.packs.removed import SanitiseError
    from cpo_desktop.packs.sanitise import sanitise_bytes
    from cpo_desktop.packs.sanitise_word import clean_docx

    try:
        data, removed = sanitise_bytes(data) if kind == "pdf" else clean_docx(data)
    except SanitiseError as exc:
        raise ExchangeError(f"“{name}” cannot be checked for scripts, embedded files and links to outside files "
                            f"({exc}), so it cannot go. Ask the author for a fresh copy and attach that.") from exc
    except pikepdf.PikepdfError as exc:
        raise ExchangeError(f"“{name}” is damaged and cannot be read as a PDF, so it cannot go. Ask the author for "
                            "a fresh copy and attach that.") from exc
    return data, removed.words


def _write_all(folder: Path, files: dict[str, bytes], ours: set[str]) -> None:
    """Build the whole package in a staging folder beside ``folder``, then put it in place with one
    rename: the package appears whole or not at all. Prepared again in the same place, the last
    package steps aside (a second rename) and is removed once the new one is in; a run killed
    between the two renames is put right at the next start (the journal names the three folders).

    A folder that holds anything but ``ours`` is refused: never swapped away, never mixed into."""
    from cpo_desktop import files as files_mod

    folder = folder.absolute()
    if folder.exists() or folder.is_symlink():
        if not folder.is_dir() or folder.is_symlink():
            raise ExchangeError(f"{folder} is not a folder; choose a folder for the package. Nothing was written.")
        strangers = sorted(p.name for p in folder.iterdir() if p.name not in ours or not p.is_file())
        if strangers:
            shown = ", ".join(strangers[:3]) + (f" and {len(strangers) - 3} more" if len(strangers) > 3 else "")
            raise ExchangeError(f"The folder {folder} already holds files CPO Desktop did not write there ({shown}). "
                                "Choose a new or empty folder for the package; nothing was written.")
    files_mod.make_folders(folder.parent)
    token = secrets.token_hex(4)
    staging = folder.with_name(f".{folder.name}.staging-{token}")
    old = folder.with_name(f".{folder.name}.old-{token}")
    with files_mod.in_flight(staging, swap={"final": str(folder), "staging": str(staging), "old": str(old)}):
        try:
            staging.mkdir(mode=files_mod.PRIVATE_DIR)
            for name, data in files.items():
                files_mod.create_private(staging / name)
                with open(staging / name, "wb") as fh:
                    fh.write(data)
                    fh.flush()
                    os.fsync(fh.fileno())
            if folder.exists():
                os.rename(folder, old)  # the last package steps aside …
                os.rename(staging, folder)  # … and the new one takes its place
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.rename(staging, folder)
        except BaseException:
            if old.exists() and not folder.exists():
                with contextlib.suppress(OSError):
                    os.rename(old, folder)  # put the last package back
            shutil.rmtree(staging, ignore_errors=True)
            raise
