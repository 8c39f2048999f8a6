"""The Packs view's work on packs: building the pack chosen (an agenda pack or its supplement, an
induction pack, the annual report), then printing the pack shown, saving a copy of it, opening it
in the PDF reader, and showing the folder the packs are saved in.

Builds and printing run through ``ctx.long_op`` on the long-work worker (so the rest of the
window keeps reading and writing meanwhile) with the view's own progress panel and Cancel — a
cancelled build writes nothing. Every dialog, file picker and the print dialog go through
``prompts``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import SignalInstance

from cpo_desktop import dates
from cpo_desktop.progress import Progress
from cpo_desktop.ui import prompts
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.ops import LongOp, ProgressPanel
from cpo_desktop.ui.packs import common, dialogs
from cpo_desktop.ui.packs.common import (
    AGENDA,
    ANNUAL,
    INDUCTION,
    PDF_FILTER,
    SUPPLEMENT,
    pages_text,
    year_label,
)
from cpo_desktop.ui.packs.preview import print_pdf
from cpo_desktop.wording import plural


class PackJobs:
    """Builds, printing and copies for the Packs view.

    ``host`` is the Packs view: what is chosen (``current_choice``, ``meeting``, ``public``,
    ``version``, ``duplex_check``, ``person``, ``year``, ``committee_day``), its day (``today``),
    what it shows (``shown``, ``preview``, ``preview_panel``, ``show_pdf``, ``data``), and
    ``reload``, ``update_actions`` and its ``finished`` signal. ``steps`` hears each step of the
    long work as it is reported."""

    def __init__(self, ctx: ViewContext, host: Any, panel: ProgressPanel, steps: SignalInstance) -> None:
        self.ctx = ctx
        self.host = host
        self.panel = panel
        self.steps = steps
        self.running: LongOp | None = None  # the build, print or copy in progress
        self.last_result = None  # the PackResult of the last build
        self.last_saved: Path | None = None  # the last copy saved with Save As…
        self.printer = None  # kept alive while a print job runs

    @property
    def busy(self) -> bool:
        """A build, print or copy is running."""
        return self.running is not None

    # --- long work ------------------------------------------------------------------------------------
    def run_long(self, title: str, fn: Callable[[Progress], Any], done: Callable[[Any], None],
                 cancelled: str = "Cancelled: nothing was written.",
                 late: Callable[[str], None] | None = None) -> None:
        """Run ``fn(progress)`` on the long-work worker with the view's progress bar and Cancel.
        A pack that turns out to be late (``services.publication.LatePack``) asks for the reason and,
        given it, ``late(reason)`` builds again."""
        if self.busy:
            return
        steps = self.steps

        def work(progress: Progress) -> Any:
            def report(n: int, total: int, what: str) -> None:
                progress.report(n, total, what + ("…" if not what.endswith(("…", ".")) else ""))
                steps.emit(n, total, what)

            return fn(Progress(report=report, cancelled=progress.cancelled))

        def finished(outcome: str) -> None:
            self.running = None
            self.host.update_actions()
            self.host.finished.emit(outcome)

        def ok(result: Any) -> None:
            finished("done")
            done(result)

        def failed(exc: BaseException, tb: str) -> None:
            from cpo_desktop.services.publication import LatePack

            if late is not None and isinstance(exc, LatePack):
                finished("late")
                reason = dialogs.ask_late(self.host, exc.late)
                if reason:
                    late(reason)
                return
            finished("failed")
            self.ctx.show_error(exc, tb)

        op = self.ctx.long_op(title, work, panel=self.panel, cancelled_text=cancelled)
        op.flag = common.cancel_flag()
        self.running = op.success(ok).failure(failed).on_cancelled(lambda: finished("cancelled"))
        self.ctx.status(f"{title}…", 0)
        op.run()
        self.host.update_actions()

    def cancel(self) -> None:
        """Stop the build or print now (nothing is written)."""
        if self.running is not None and not self.running.flag.is_set():
            self.running.cancel()
            self.host.update_actions()

    # --- building ---------------------------------------------------------------------------------------
    def build(self) -> None:
        """Build the pack chosen (an induction pack is issued, after asking)."""
        key = self.host.current_choice()
        if key == AGENDA:
            self.build_agenda()
        elif key == SUPPLEMENT:
            self.build_supplement()
        elif key == INDUCTION:
            self.issue_induction()
        elif key == ANNUAL:
            self.build_annual_report()

    def meeting_words(self) -> str:
        """'9 December 2026', or 'the meeting'."""
        m = self.host.meeting()
        return dates.plain(m.date) if m else "the meeting"

    def build_agenda(self, late_reason: str | None = None) -> None:
        host = self.host
        store, meeting_id = host.store, host.meeting_id()
        if store is None or meeting_id is None:
            return
        public, duplex, today, version = host.public(), host.duplex_check.isChecked(), host.today(), host.version()
        title = f"Agenda pack ({version}) – {dates.brief(host.meeting().date)}"

        def job(progress):
            from cpo_desktop.services import packs

            return packs.build_agenda(store, meeting_id, public=public, duplex=duplex, progress=progress, today=today,
                                      late_reason=late_reason)

        self.run_long(f"Building the {version} agenda pack for {self.meeting_words()}", job,
                      lambda result: self.built(result, title), late=self.build_agenda)

    def build_supplement(self, late_reason: str | None = None) -> None:
        host = self.host
        store, meeting_id = host.store, host.meeting_id()
        if store is None or meeting_id is None:
            return
        public, today, version = host.public(), host.today(), host.version()
        title = f"Supplementary pack ({version}) – {dates.brief(host.meeting().date)}"

        def job(progress):
            from cpo_desktop.services import packs

            return packs.build_supplement(store, meeting_id, public=public, progress=progress, today=today,
                                          late_reason=late_reason)

        self.run_long(f"Building the {version} supplementary pack for {self.meeting_words()}", job,
                      lambda result: self.built(result, title), late=self.build_supplement)

    def issue_induction(self) -> None:
        p = self.host.person()
        if self.host.store is None or p is None or not dialogs.confirm_issue(self.host, f"{p.first_name} {p.surname}"):
            return
        self.induction(p, issue=True)

    def preview_induction(self) -> None:
        p = self.host.person()
        if self.host.store is None or p is None:
            return
        self.induction(p, issue=False)

    def induction(self, p, *, issue: bool) -> None:
        """Make ``p``'s induction pack: issued (recorded in their training record), or a draft."""
        store, today, person_id = self.host.store, self.host.today(), p.id
        name = f"{p.first_name} {p.surname}"

        def job(progress):
            from cpo_desktop.services import induction

            target = None
            if not issue:  # a draft never takes the issued pack's name
                content = induction.content(store, person_id, today=today)
                issued = induction.default_target(store, content)
                target = issued.with_name(f"{issued.stem} (draft, not issued).pdf")
            return induction.build(store, person_id, target=target, progress=progress, issue=issue, today=today)

        def done(result) -> None:
            self.built(result, f"Induction pack – {name}" + ("" if issue else " (not issued)"))
            if issue:
                self.ctx.status(f"Issued {name}'s induction pack; it is in their training record.", 15000)
                self.ctx.refresh()  # their training record, in the Members view

        what = f"Making {name}'s induction pack" + ("" if issue else " (a preview, not issued)")
        self.run_long(what, job, done)

    def build_annual_report(self) -> None:
        store, year = self.host.store, self.host.year()
        if store is None or year is None:
            return
        committee, today = self.host.committee_day(), self.host.today()

        def job(progress):
            from cpo_desktop.services import annual_report

            return annual_report.build(store, year, committee_date=committee, progress=progress, today=today)

        self.run_long(f"Making the annual report for {year_label(year)}", job,
                      lambda result: self.built(result, f"Annual report {year_label(year)}"))

    def built(self, result, title: str) -> None:
        """A build ended: say so, show the pack with its banner, read the packs again."""
        host = self.host
        self.last_result = result
        self.ctx.status(f"Saved {result.path.name} ({pages_text(result.pages, result.first_page, result.last_page)}).",
                        15000)
        try:
            host.show_pdf(result.path, title)
        except OSError as exc:
            self.ctx.show_error(exc)
        host.preview_panel.show_built(result, title, every_paper=host.current_choice() in (AGENDA, SUPPLEMENT))
        host.reload()  # the packs built, and what the preflight says now (Word papers converted …)
        if result.left_out:
            dialogs.tell_left_out(host, title, result.left_out)

    # --- the pack shown -----------------------------------------------------------------------------------
    def print_pack(self) -> None:
        """Print the pack shown, through the printer dialog."""
        shown = self.host.shown
        if shown is None or self.busy:
            return
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(shown.path.stem)
        printer.setFromTo(1, shown.pages)
        if not prompts.print_dialog(self.host, printer):
            return
        self.printer = printer
        path, current = shown.path, self.host.preview.current_page()

        def job(progress):
            return print_pdf(path, printer, progress=progress, current=current)

        def done(pages: int) -> None:
            self.printer = None
            self.ctx.status(f"Sent {plural(pages, 'page')} of {path.name} to the printer.", 15000)

        self.run_long(f"Printing {path.name}", job, done,
                      cancelled="Printing cancelled; pages already sent may still come out.")

    def save_as(self) -> None:
        """Save a copy of the pack shown under another name or in another folder."""
        shown = self.host.shown
        if shown is None or self.host.store is None:
            return
        target = prompts.save_file(self.host, "Save a Copy of the Pack", shown.path, PDF_FILTER)
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        source = shown.path
        try:
            if target.resolve() == source.resolve():
                self.ctx.status(f"{source.name} is already saved there.", 10000)
                return
        except OSError:
            pass

        def job():
            from cpo_desktop.files import atomic_write

            if not source.is_file():
                raise FileNotFoundError(2, "The pack is no longer there (moved or deleted); build it again",
                                        str(source))
            return atomic_write(target, lambda tmp: shutil.copyfile(source, tmp))

        def done(saved: Path) -> None:
            self.last_saved = saved
            self.ctx.status(f"Saved a copy as {saved}.", 15000)
            self.host.finished.emit("saved")

        self.ctx.op(job).success(done).run()

    def open_in_reader(self) -> None:
        """Open the pack shown in the computer's PDF reader."""
        shown = self.host.shown
        if shown is None:
            return
        if not shown.path.is_file():
            dialogs.reader_failed(self.host, shown.path, gone=True)
        elif not common.open_path(shown.path):
            dialogs.reader_failed(self.host, shown.path, gone=False)

    def show_folder(self) -> None:
        """Show the folder the packs are saved in."""
        data = self.host.data
        folder = data.packs_folder if data else None
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.ctx.show_error(exc)
            return
        common.open_path(folder)


__all__ = ["PackJobs"]
