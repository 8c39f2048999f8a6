"""The exchange's dialogs for our minutes out and theirs in: the day our minutes went (Mark
Sent), whose minutes a file holds (Add Partner Minutes) and where a package was written."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from cpo_desktop import dates
from cpo_desktop.model import enums
from cpo_desktop.ui.widgets import CheckedDialog, from_qdate, problem_setup, to_qdate
from cpo_desktop.wording import plural

NOT_GIVEN = dt.date(2000, 1, 1)  # a date edit at its minimum shows "not found – choose"


def fill_confidentiality(combo: QComboBox) -> None:
    """The two kinds of partner minutes, restricted first."""
    combo.addItem("Restricted – never sent on, never published", enums.Confidentiality.RESTRICTED)
    combo.addItem("Public", enums.Confidentiality.PUBLIC)


class MarkSentDialog(CheckedDialog):
    """The day our minutes went to a partner: today unless said otherwise."""

    def __init__(self, row, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_mark_sent_dialog import Ui_MarkSentDialog

        self.ui = ui = Ui_MarkSentDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.ok.setText("Mark Sent")
        self.row, self.today = row, today
        ui.introLabel.setText(f"Record the day our minutes of <b>{dates.plain(row.meeting_date)}</b> went to "
                              f"<b>{html.escape(row.partner_name)}</b> ({html.escape(row.partner)}). CPO Desktop "
                              "never sends anything itself: mark them sent once you have sent the e-mail.")
        earliest = row.confirmed_on or row.meeting_date
        ui.dateEdit.setMinimumDate(to_qdate(earliest))
        ui.dateEdit.setMaximumDate(to_qdate(max(today, earliest)))
        ui.dateEdit.setDate(to_qdate(max(today, earliest)))
        ui.dateEdit.dateChanged.connect(lambda _d: self._changed())
        ui.dateEdit.setMaximumWidth(160)
        self.touched = True
        self._changed()

    def sent_on(self) -> dt.date:
        return from_qdate(self.ui.dateEdit.date())

    def problems(self) -> list[str]:
        on = self.sent_on()
        if on > self.today:
            return [f"{dates.short(on)} is in the future; mark the minutes sent on the day they went"]
        if self.row.confirmed_on and on < self.row.confirmed_on:
            confirmed = dates.short(self.row.confirmed_on)
            return [f"the minutes were confirmed on {confirmed}; they cannot have gone before"]
        return []

    def _changed(self) -> None:
        due = self.row.due
        on = self.sent_on()
        self.ui.noteLabel.setText(f"Due by {dates.short(due)}: "
                                  + ("on time." if on <= due else "this shows as sent late.") if due else "")
        self.validate()


class PartnerMinutesDialog(CheckedDialog):
    """What was read from a partner's file or e-mail, and whose minutes of which meeting they are."""

    def __init__(self, offered, partners: Sequence[Any], *, partner_id: int | None, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_partner_minutes_dialog import (
            Ui_PartnerMinutesDialog,
        )

        self.ui = ui = Ui_PartnerMinutesDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.ok.setText("Add")
        self.offered, self.today = offered, today
        self.partners = {p.id: p for p in partners}
        if offered.source == "email":
            sender = f" from {html.escape(offered.sender)}" if offered.sender else ""
            sent = f", sent {dates.plain(offered.sent_on)}" if offered.sent_on else ""
            subject = html.escape(offered.subject or offered.name)
            ui.introLabel.setText(f"The e-mail <b>“{subject}”</b>{sender}{sent} carries "
                                  f"{plural(len(offered.documents), 'document')}:")
        else:
            ui.introLabel.setText(f"Add <b>{html.escape(offered.name)}</b> as a partner board's minutes:")
        for d in offered.documents:
            pages = f", {plural(d.pages, 'page')}" if d.pages else ""
            ui.documentsList.addItem(f"{d.name}  ({d.kind.upper()}{pages}, {max(1, round(d.size / 1024))} KB)")
        ui.documentsList.setMaximumHeight(ui.documentsList.sizeHintForRow(0) * min(4, len(offered.documents)) + 8)
        ui.skippedLabel.setText(f"Left out (not minutes): {', '.join(offered.skipped)}" if offered.skipped else "")
        ui.skippedLabel.setVisible(bool(offered.skipped))
        for p in partners:
            ui.partnerCombo.addItem(f"{p.name} ({p.short_name})", p.id)
        ui.partnerCombo.setCurrentIndex(max(0, ui.partnerCombo.findData(partner_id)))
        fill_confidentiality(ui.confidentialityCombo)
        for edit in (ui.meetingDateEdit, ui.receivedDateEdit):
            edit.setMinimumDate(to_qdate(NOT_GIVEN))
            edit.setMaximumDate(to_qdate(today))
        ui.meetingDateEdit.setSpecialValueText("— choose —")
        where = "the e-mail" if offered.source == "email" else "the file"
        if offered.meeting_date and offered.meeting_date <= today:
            ui.meetingDateEdit.setDate(to_qdate(offered.meeting_date))
            ui.meetingHint.setText(f"found in {where}; check it")
        else:
            ui.meetingDateEdit.setDate(to_qdate(NOT_GIVEN))
            ui.meetingHint.setText(f"{where} says {dates.short(offered.meeting_date)}, in the future: choose the date"
                                   if offered.meeting_date else f"not found in {where}: choose the date")
        received = offered.sent_on if offered.sent_on and offered.sent_on <= today else today
        ui.receivedDateEdit.setDate(to_qdate(received))
        ui.receivedHint.setText("the e-mail's date" if received == offered.sent_on else "today")
        for hint in (ui.meetingHint, ui.receivedHint):
            hint.setStyleSheet("QLabel { color: #666; }")
            hint.setWordWrap(False)
        ui.listedLabel.setStyleSheet("QLabel { color: #666; }")
        self._conf_touched = False
        ui.partnerCombo.currentIndexChanged.connect(lambda _i: self._partner_chosen())
        ui.confidentialityCombo.activated.connect(lambda _i: setattr(self, "_conf_touched", True))
        for signal in (ui.meetingDateEdit.dateChanged, ui.receivedDateEdit.dateChanged):
            signal.connect(lambda _d: self._touch())
        ui.partnerCombo.currentIndexChanged.connect(lambda _i: self.validate())
        self._partner_chosen()
        self.touched = True
        self.validate()

    def _touch(self) -> None:
        self.touched = True
        self.validate()

    def _partner_chosen(self) -> None:
        """The confidentiality follows the partner's own, unless the user chose otherwise."""
        p = self.partners.get(self.ui.partnerCombo.currentData())
        if p is not None and not self._conf_touched:
            self.ui.confidentialityCombo.setCurrentIndex(
                self.ui.confidentialityCombo.findData(p.confidentiality))
        self.ui.listedLabel.setText("Restricted minutes are never sent to another partner or published."
                                    if self.confidentiality() == enums.Confidentiality.RESTRICTED else
                                    "They will be listed under “Partner boards' minutes” at our next meeting.")

    def partner_id(self) -> int | None:
        return self.ui.partnerCombo.currentData()

    def meeting_date(self) -> dt.date | None:
        d = from_qdate(self.ui.meetingDateEdit.date())
        return None if d == NOT_GIVEN else d

    def received_on(self) -> dt.date:
        return from_qdate(self.ui.receivedDateEdit.date())

    def confidentiality(self) -> str:
        return self.ui.confidentialityCombo.currentData()

    def problems(self) -> list[str]:
        out = []
        if self.partner_id() is None:
            out.append("choose the partner board the minutes are from")
        meeting, received = self.meeting_date(), self.received_on()
        if meeting is None:
            out.append("choose the date of their meeting")
        if received == NOT_GIVEN or received > self.today:
            out.append("choose the day the minutes were received (not in the future)")
        elif meeting is not None and meeting > received:
            out.append(f"their meeting ({dates.short(meeting)}) cannot be after the day the minutes were received "
                       f"({dates.short(received)})")
        return out


class PackageDialog(QDialog):
    """The package is written: open the e-mail draft in the mail program, or show the folder
    (``open_path`` opens a file or a folder the system's way)."""

    def __init__(self, package, open_path: Callable[[Path], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_package_dialog import Ui_PackageDialog

        self.ui = ui = Ui_PackageDialog()
        ui.setupUi(self)
        self.package = package
        ui.introLabel.setText(f"The package of our minutes of <b>{dates.plain(package.meeting_date)}</b> for "
                              f"<b>{html.escape(package.partner)}</b> ({html.escape(package.to)}) is in "
                              f"<br>{html.escape(str(package.folder))}:")
        for path in package.files:
            ui.filesList.addItem(path.name)
        ui.nextLabel.setText("Nothing has been sent. <b>Open the e-mail draft</b>, check it and send it from your mail "
                             "program; then press <b>Mark Sent…</b> in Partner exchange.")
        ui.openDraftButton.clicked.connect(lambda: open_path(package.eml))
        ui.showFolderButton.clicked.connect(lambda: open_path(package.folder))
