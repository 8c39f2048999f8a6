"""What the Packs view asks and tells in dialogs (all through ``prompts``, so tests answer them)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from cpo_desktop.ui import prompts
from cpo_desktop.ui.widgets import CheckedDialog, problem_setup
from cpo_desktop.wording import plural


def confirm_issue(parent: QWidget, name: str) -> bool:
    """Issue a new member's induction pack (it goes in their training record)?"""
    return prompts.confirm(parent, "Issue Induction Pack",
                           f"Make {name}'s induction pack and issue it?\n\nThis records the pack as issued in "
                           f"{name}'s training record (today). To look at it first without recording it, use "
                           "Preview Without Issuing.", ok_text="Issue Pack")


def confirm_public(parent: QWidget, issue) -> bool:
    """The officer's word that a paper the privacy rule holds back may go to the public."""
    return prompts.confirm(parent, "Confirm Paper Is Public",
                           f"“{issue.paper}” {issue.problem}\n\nOpen it and read it. Confirm only if all of it is "
                           "fit for the public and partner boards: it will then go into public packs and "
                           "packages. Your confirmation is recorded with your name and the time.",
                           ok_text="Confirm Public")


def tell_left_out(parent: QWidget, title: str, left_out: list[str]) -> None:
    """A pack is built, but some papers could not go in."""
    prompts.info(parent, "Left Out of the Pack",
                 f"{title} is built, but {plural(len(left_out), 'paper')} could not go in; a page in "
                 "each one's place says it will be circulated separately:\n\n"
                 + "\n".join(f"• {x}" for x in left_out))


def pack_gone(parent: QWidget, exc: OSError) -> None:
    """A pack built before cannot be shown: its file has gone or is damaged."""
    prompts.error(parent, "Open Pack", f"{exc} Build it again to make a new copy.")


def reader_failed(parent: QWidget, path, *, gone: bool) -> None:
    """The pack cannot be opened in the PDF reader: its file has gone, or there is no reader."""
    if gone:
        prompts.error(parent, "Open in PDF Reader", f"{path.name} is no longer in {path.parent}: it was "
                      "moved or deleted. Build it again to make a new copy.")
    else:
        prompts.error(parent, "Open in PDF Reader", "No program to open PDF files is set up on this computer. "
                      "Use Print… or Save As… here instead.")


__all__ = ["confirm_issue", "confirm_public", "pack_gone", "reader_failed", "tell_left_out"]


class LatePackDialog(CheckedDialog):
    """A pack built after the publication date: the reason it is late, and the officer's word
    that the Chair has agreed (``services.publication.Lateness``); both are printed on the front sheet."""

    def __init__(self, late, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_late_pack_dialog import Ui_LatePackDialog

        self.ui = ui = Ui_LatePackDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.ok.setText("Build Late Pack")
        self.late = late
        ui.introLabel.setText(html.escape(late.question) + "<br><br>The reason and the Chair's agreement are printed "
                              "on the front sheet.")
        if late.chair:
            ui.chairCheck.setText(f"The Chair, {late.chair}, has agreed that the board consider it at this meeting "
                                  "as a matter of urgency")
        ui.reasonEdit.textChanged.connect(self._changed)
        ui.chairCheck.toggled.connect(lambda _on: self._changed())
        self.validate()

    def _changed(self) -> None:
        self.touched = True
        self.validate()

    def reason(self) -> str:
        return " ".join(self.ui.reasonEdit.toPlainText().split())

    def problems(self) -> list[str]:
        from cpo_desktop.services.publication import REASON_LIMIT

        problems = []
        reason = self.reason()
        if not reason:
            problems.append("write the reason the pack is late")
        elif len(reason) > REASON_LIMIT:
            problems.append(f"the reason is {len(reason)} characters long; keep it to {REASON_LIMIT}")
        if not self.ui.chairCheck.isChecked():
            problems.append("a late pack goes out only once the Chair has agreed: tick the box when they have")
        return problems


def ask_late(parent: QWidget, late) -> str | None:
    """The reason a late pack is late, once the officer confirms the Chair agreed; None: not now."""
    dialog = LatePackDialog(late, parent)
    return dialog.reason() if prompts.ask(dialog) else None
