"""Our minutes out: prepare the package for a partner (the public minutes, a covering note and an
e-mail draft, with progress and Cancel), open its draft or its folder, and mark the minutes sent
(Edit › Undo takes that back). CPO Desktop never sends anything itself."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cpo_desktop import dates
from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.exchange.dialogs import MarkSentDialog, PackageDialog

if TYPE_CHECKING:
    from cpo_desktop.ui.exchange.view import ExchangeView


def package_eml(row) -> Path | None:
    """The e-mail draft in the row's package folder, if the package is still there."""
    if not row.package_folder:
        return None
    folder = Path(row.package_folder)
    try:
        drafts = sorted(folder.glob("*.eml"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    return drafts[0] if drafts else None


def is_out(r) -> bool:
    """A line of our minutes to a partner."""
    return r is not None and r.direction == rules.OUT


class OurMinutesOut:
    """The view's Prepare Package…, Open E-mail Draft, Show Package Folder and Mark Sent…"""

    def __init__(self, view: ExchangeView) -> None:
        self.view = view
        self.ctx = view.ctx
        self.last_package = None  # the package last written (exchange.outgoing.Package)

    def prepare_package(self) -> None:
        view, store = self.view, self.ctx.store
        r = view.selected()
        if not is_out(r) or store is None or r.status not in (rules.READY, rules.SENT):
            return
        if r.status == rules.SENT and not prompts.confirm(
                view, "Prepare Package",
                f"Our minutes of {dates.plain(r.meeting_date)} were already sent to {r.partner} on "
                f"{dates.short(r.sent_on)}. Prepare the package again (to send them again)?", ok_text="Prepare"):
            return
        today = view.today()
        view.working = True
        view.update_actions()

        def job(progress):
            from cpo_desktop.exchange import outgoing

            return outgoing.prepare(store, r.meeting_id, r.partner_id, today=today, progress=progress)

        def done(package) -> None:
            self.last_package = package
            self.ctx.status(f"Wrote the package for {package.partner} in {package.folder}.", 15000)
            view.changed(undo.EXCHANGE, select=r.key)
            prompts.ask(PackageDialog(package, view.open_external, view))

        self.ctx.long_op(f"Preparing the package for {r.partner}: the public minutes, a covering note and an "
                         "e-mail draft", job).success(done).always(view.work_done).run()

    def open_draft(self) -> None:
        r = self.view.selected()
        eml = package_eml(r) if is_out(r) else None
        if eml is not None:
            self.view.open_external(eml)

    def show_folder(self) -> None:
        r = self.view.selected()
        if is_out(r) and r.package_folder:
            self.view.open_external(Path(r.package_folder))

    def mark_sent(self) -> None:
        from cpo_desktop.services import exchange

        view = self.view
        r = view.selected()
        if not is_out(r) or self.ctx.store is None or r.status != rules.READY:
            return
        today = view.today()
        dialog = MarkSentDialog(r, today=today, parent=view)
        if not prompts.ask(dialog):
            return
        on = dialog.sent_on()
        meeting_id, partner_id, key = r.meeting_id, r.partner_id, r.key
        self.ctx.undo.record(
            f"Mark the minutes of {dates.short(r.meeting_date)} as sent to {r.partner}", (meeting_id, partner_id),
            lambda s: exchange.mark_sent(s, meeting_id, partner_id, on=on, today=today),
            undo.minutes_sent(today), after=lambda _result: view.reload(select=key))
