"""Their minutes in: add a partner board's minutes from a PDF, a Word file or the e-mail they came
in (chosen, or dropped on the view; files dropped together are added one after another), open
the documents received, and take back minutes added by mistake. Reading a file and adding it
run as long operations, with progress and Cancel."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QTimer

from cpo_desktop import dates, errors
from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.exchange.dialogs import PartnerMinutesDialog

if TYPE_CHECKING:
    from cpo_desktop.ui.exchange.view import ExchangeView

FILES = (".pdf", ".docx", ".eml")
FILE_FILTER = "Partner minutes (*.pdf *.docx *.eml);;PDF documents (*.pdf);;Word documents (*.docx);;" \
              "Saved e-mails (*.eml);;All files (*)"


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local PDF, Word and .eml files among what was dragged."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in FILES]


def is_in(r) -> bool:
    """A line of a partner's minutes to us."""
    return r is not None and r.direction == rules.IN


def guess_partner(offered, partners: Sequence[Any], *, selected: int | None, shown: int | None) -> int | None:
    """Whose minutes: the sender's address, a name in the subject or file, else the partner of the
    line ``selected``, else the partner ``shown`` in the register."""
    sender = (offered.sender or "").casefold()
    for p in partners:
        if p.secretariat_email and p.secretariat_email.casefold() in sender:
            return p.id
    words = " ".join([offered.subject or "", offered.name, *(d.name for d in offered.documents)]).casefold()
    for p in partners:
        if re.search(rf"\b{re.escape(p.short_name.casefold())}\b", words) or p.name.casefold() in words:
            return p.id
    for chosen in (selected, shown):
        if chosen is not None and any(p.id == chosen for p in partners):
            return chosen
    return None


class TheirMinutesIn:
    """The view's Add Partner Minutes…, Open Document and Remove Received Minutes…, and files
    dropped on it."""

    def __init__(self, view: ExchangeView) -> None:
        self.view = view
        self.ctx = view.ctx
        self.queue: list[Path] = []  # files dropped, added one after another
        self.last_received = None  # the last minutes added (services.exchange.Received)

    # --- adding -----------------------------------------------------------------------------------
    def add_partner_minutes(self, path: Path | None = None) -> None:
        """Choose a file (or take one dropped), read what it holds, ask whose minutes they are, add them."""
        view = self.view
        if self.ctx.store is None:
            return
        if path is None:
            path = prompts.open_file(view, "Add Partner Minutes", None, FILE_FILTER)
            if path is None:
                return
        view.working = True
        view.update_actions()

        def job(progress):
            from cpo_desktop.exchange import incoming

            return incoming.read(path)

        def failed(exc: BaseException, tb: str) -> None:
            view.work_done()
            self.ctx.show_error(exc, tb)

        self.ctx.long_op(f"Reading {path.name}", job, cancelled_text="Cancelled: nothing was added.") \
            .success(lambda offered: self._ask_import(path, offered)).failure(failed) \
            .on_cancelled(view.work_done).run()

    def _ask_import(self, path: Path, offered) -> None:
        from cpo_desktop.services.exchange import DuplicateImport

        view = self.view
        partners = [p for p in (view.data.partners if view.data else []) if p.exchange_in and not p.former]
        if not partners:
            view.work_done()
            prompts.error(view, "Add Partner Minutes", "No partner board sends the board its minutes. Set one to "
                          "“Both ways” or “Theirs to us only” under Partner Boards… first.")
            return
        today = view.today()
        selected = view.selected()
        guess = guess_partner(offered, partners, selected=selected.partner_id if selected is not None else None,
                              shown=view.partner_combo.currentData())
        dialog = PartnerMinutesDialog(offered, partners, partner_id=guess, today=today, parent=view)
        if not prompts.ask(dialog):
            view.work_done()
            return
        partner_id, meeting_date = dialog.partner_id(), dialog.meeting_date()
        received, confidentiality = dialog.received_on(), dialog.confidentiality()
        store = self.ctx.store

        def job(progress):
            from cpo_desktop.exchange import incoming

            return incoming.import_file(store, path, partner_id, meeting_date=meeting_date, received=received,
                                        confidentiality=confidentiality, today=today, progress=progress)

        def done(result) -> None:
            self.last_received = result
            p = view.partner(partner_id)
            listed = (f"; listed for noting at the meeting on {dates.short(result.listed_meeting_date)}"
                      if result.listed_meeting_date else "")
            self.ctx.status(f"Added {p.short_name if p else 'the partner'}'s minutes of "
                            f"{dates.short(meeting_date)}{listed}.", 15000)
            # The agenda lists the partners' minutes to be noted.
            view.changed(undo.EXCHANGE, undo.AGENDA, select=f"in:{result.exchange_id}")
            if result.already:
                prompts.info(view, "Add Partner Minutes", "Some of the documents were received before and were not "
                             "added again: " + "; ".join(result.already) + ".")

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, DuplicateImport):
                self.ctx.status("Nothing was added: those minutes were received before.", 15000)
                prompts.info(view, "Already Received", errors.window_text(exc))
            else:
                self.ctx.show_error(exc, tb)

        self.ctx.long_op(f"Adding {path.name}", job, cancelled_text="Cancelled: nothing was added.") \
            .success(done).failure(failed).always(view.work_done).run()

    def resume(self) -> None:
        """The view is free again: the next file dropped meanwhile is added."""
        if self.queue:
            QTimer.singleShot(0, self._next_dropped)

    def _next_dropped(self) -> None:
        if self.queue and not self.view.working:
            self.add_partner_minutes(self.queue.pop(0))

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add each file in turn (each with its own dialog)."""
        self.queue.extend(Path(p) for p in paths)
        if not self.view.working:
            self._next_dropped()

    def drop_mime(self, mime: QMimeData) -> list[Path]:
        """Files dropped on the view: the PDF, Word and .eml files among them are added."""
        paths = dropped_paths(mime)
        others = [u.fileName() for u in mime.urls() if Path(u.toLocalFile()) not in paths] if mime.hasUrls() else []
        if paths and self.ctx.store is not None:
            self.add_files(paths)
        if others:
            self.ctx.status(f"Left out {', '.join(others)}: partners' minutes are added from PDF, Word (.docx) or "
                            "saved e-mail (.eml) files.", 15000)
        return paths

    # --- what was received ------------------------------------------------------------------------
    def open_document(self) -> None:
        r = self.view.selected()
        store = self.ctx.store
        if not is_in(r) or store is None or not r.documents:
            return
        ids = [d.id for d in r.documents]

        def job():
            from cpo_desktop.services import exchange

            return [exchange.document_file(store, i) for i in ids]

        def done(paths) -> None:
            for path in paths:
                self.view.open_external(path)

        self.ctx.op(job).success(done).run()

    def remove_received(self) -> None:
        view = self.view
        r = view.selected()
        store = self.ctx.store
        if not is_in(r) or store is None or r.exchange_id is None:
            return
        if not prompts.confirm(view, "Remove Received Minutes",
                               f"Take back {r.what}, received on {dates.short(r.received_on)}? Use this for minutes "
                               "added by mistake: they come off the register and the agenda. This cannot be undone, "
                               "but you can add the file again.", ok_text="Remove"):
            return
        exchange_id = r.exchange_id

        def job():
            from cpo_desktop.services import exchange

            exchange.remove_incoming(store, exchange_id)

        def done(_result) -> None:
            self.ctx.status(f"Removed {r.what}.", 15000)
            view.changed(undo.EXCHANGE, undo.AGENDA)

        self.ctx.op(job).success(done).run()
