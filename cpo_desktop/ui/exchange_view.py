"""Partner exchange: our confirmed minutes going to the partner boards (the Safeguarding Children
Partnership, the Health and Wellbeing Board …) and theirs coming to us, at a glance.

At the top, one card per partner says in words what is owed either way and what is overdue; below
it, the register of every exchange, filtered by partner, by what is overdue, and by words — also
words inside the partners' minutes received (``services.exchange.search``).

The view only shows ``services.exchange`` results. Every change runs on the window's task runner
(the packages render PDFs, an import reads the documents' text), so the window never freezes;
"mark sent" goes on Edit › Undo. Every dialog and file picker goes through ``prompts``.
Partners' minutes can also be dropped on the view as files (PDF, Word or a saved e-mail).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpo_desktop.model import enums
from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.ui import prompts
from cpo_desktop.ui.dialogs import from_qdate, to_qdate
from cpo_desktop.ui.minutes_view import GREEN_PILL, GREY_PILL, PILL, ROSE_PILL, CheckedDialog, _problem_setup
from cpo_desktop.ui.register_views import prepare_table, select_where, selected_row
from cpo_desktop.ui.tablemodel import GREY, ROSE, Column, FilteredRowsModel, RowsModel, RowStyle
from cpo_desktop.ui.views import heading
from cpo_desktop.wording import plural

OVERDUE_COLOUR = "#a01010"  # the red of "LATE" papers and overdue actions
RESTRICTED_PILL = "background: #e2e8f0; color: #12284a; border: 1px solid #9fb5d6;"  # the Part 2 blue-grey
PUBLIC_PILL = GREY_PILL
FILES = (".pdf", ".docx", ".eml")
FILE_FILTER = "Partner minutes (*.pdf *.docx *.eml);;PDF documents (*.pdf);;Word documents (*.docx);;" \
              "Saved e-mails (*.eml);;All files (*)"
DIRECTIONS = (  # (text, exchange_out, exchange_in)
    ("Both ways: our minutes to them, theirs to us", True, True),
    ("Ours to them only", True, False),
    ("Theirs to us only", False, True),
    ("No exchange", False, False),
)
_NOT_GIVEN = dt.date(2000, 1, 1)  # a date edit at its minimum shows "not found – choose"


# --- words -----------------------------------------------------------------------------------------

def day(d: dt.date | None) -> str:
    """'12 Aug 2026'."""
    return f"{d.day} {d:%b %Y}" if d else ""


def long_day(d: dt.date | None) -> str:
    """'12 August 2026'."""
    return f"{d.day} {d:%B %Y}" if d else ""


def when(d: dt.date | None, today: dt.date) -> str:
    """'28 Oct' this year, '28 Oct 2025' another."""
    if d is None:
        return ""
    return f"{d.day} {d:%b}" if d.year == today.year else day(d)


def short(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def clean_message(text: str) -> str:
    """A service's message without its hints for the command line ("(see `cpo-desktop …`)",
    "(or `cpo-desktop …`)", "(--meeting-date 04/11/2026)")."""
    text = re.sub(r" ?\((?:see |or )?`[^)]*\)", "", text)
    return re.sub(r" ?\(--[a-z-]+[^)]*\)", "", text).replace("….", "…")


def open_path(path: Path) -> bool:
    """Open a file or folder in the program the system uses for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


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


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local PDF, Word and .eml files among what was dragged."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in FILES]


def status_text(r) -> str:
    return r.status[:1].upper() + r.status[1:] + (" – overdue" if r.overdue else "")


def due_value(r) -> dt.date | None:
    if r.direction == rules.OUT:
        return r.due
    if r.status == rules.NOTHING:
        return r.due
    return r.noted_on or r.listed_meeting_date


def due_text(r, today: dt.date) -> str:
    if r.direction == rules.OUT:
        return f"due {short(r.due)}" if r.due else ""
    if r.status == rules.NOTHING:
        return f"expected by {short(r.due)}" if r.due else ""
    if r.status == rules.NOTED:
        return f"noted {short(r.noted_on or r.listed_meeting_date)}"
    if r.listed_meeting_date is None:
        return "no meeting yet"
    if r.listed_meeting_date <= today:
        return f"listed {short(r.listed_meeting_date)}"
    return f"to note {short(r.listed_meeting_date)}"


def documents_text(r) -> str:
    return ", ".join(d.original_name for d in r.documents)


def note_text(r) -> str:
    if r.overdue_note:
        return r.overdue_note
    if r.direction == rules.IN:
        restricted = "Restricted · " if r.confidentiality == enums.Confidentiality.RESTRICTED else ""
        return restricted + documents_text(r)
    if r.status == rules.AWAITING:
        return "To be confirmed as a correct record at the next meeting"
    if r.status == rules.READY and r.prepared_at:
        return f"Package prepared {r.prepared_at.astimezone():%d/%m/%Y}; not marked as sent"
    return ""


# --- what the cards say ---------------------------------------------------------------------------

OVERDUE, GOOD, PLAIN, QUIET = "overdue", "good", "plain", "quiet"


def out_lines(summary, rows: Sequence[Any], today: dt.date) -> list[tuple[str, str]]:
    """Our minutes to this partner, in words, each with its tone (overdue, good, plain, quiet)."""
    p = summary.partner
    if not p.exchange_out:
        return [("We do not send them our minutes", QUIET)]
    mine = [r for r in rows if r.partner_id == p.id and r.direction == rules.OUT]
    late = sorted((r for r in mine if r.overdue), key=lambda r: r.meeting_date)
    ready = sorted((r for r in mine if r.status == rules.READY and not r.overdue), key=lambda r: r.meeting_date)
    lines: list[tuple[str, str]] = []
    if len(late) == 1:
        r = late[0]
        lines.append((f"⚠ Minutes of {day(r.meeting_date)} ready to send — OVERDUE, due {when(r.due, today)}",
                      OVERDUE))
    elif late:
        lines.append((f"⚠ {len(late)} sets of minutes ready to send — OVERDUE since {when(late[0].due, today)}",
                      OVERDUE))
    for r in ready:
        lines.append((f"Minutes of {day(r.meeting_date)} ready to send — due by {when(r.due, today)}", PLAIN))
    last = summary.last_sent
    if not late and not ready:
        lines.append((f"✓ All sent — last: minutes of {day(last.meeting_date)} on {when(last.sent_on, today)}",
                      GOOD) if last else ("Nothing to send yet", QUIET))
    elif last:
        lines.append((f"Last sent: minutes of {day(last.meeting_date)} on {when(last.sent_on, today)}", QUIET))
    if summary.awaiting:
        waiting = [r for r in mine if r.status == rules.AWAITING]
        of = f" (minutes of {day(waiting[0].meeting_date)})" if len(waiting) == 1 else ""
        lines.append((f"{summary.awaiting} awaiting confirmation{of}", QUIET))
    return lines


def in_lines(summary, rows: Sequence[Any], today: dt.date) -> list[tuple[str, str]]:
    """Their minutes to us, in words, each with its tone."""
    p = summary.partner
    if not p.exchange_in:
        return [("They do not send us their minutes", QUIET)]
    last = summary.last_received
    lines: list[tuple[str, str]] = []
    if summary.receive_overdue:
        lines.append((f"⚠ Nothing received since {day(last.received_on)} — OVERDUE" if last
                      else "⚠ Nothing received yet — OVERDUE", OVERDUE))
        if last:
            expected = f"; expected by {when(summary.receive_by, today)}" if summary.receive_by else ""
            lines.append((f"Last: their minutes of {day(last.meeting_date)}{expected}", QUIET))
    elif last:
        lines.append((f"✓ Last received: minutes of {day(last.meeting_date)} on {when(last.received_on, today)}",
                      GOOD))
    else:
        lines.append(("Nothing received yet", QUIET))
    waiting = [r for r in rows if r.partner_id == p.id and r.direction == rules.IN and r.status == rules.RECEIVED]
    coming: dict[dt.date | None, int] = {}
    held: dict[dt.date, int] = {}
    for r in waiting:
        if r.listed_meeting_date is not None and r.listed_meeting_date <= today:
            held[r.listed_meeting_date] = held.get(r.listed_meeting_date, 0) + 1
        else:
            coming[r.listed_meeting_date] = coming.get(r.listed_meeting_date, 0) + 1
    for at, n in sorted(coming.items(), key=lambda kv: kv[0] or dt.date.max):
        lines.append((f"{n} to be noted at {when(at, today)}" if at else
                      f"{n} to be noted (no board meeting planned yet)", PLAIN))
    for at, n in sorted(held.items()):
        lines.append((f"{n} listed at {when(at, today)}, noted when its minutes are confirmed", QUIET))
    return lines


class CardsArea(QScrollArea):
    """The partner cards: as tall as their text needs at the width given; in a window too short
    for that, they scroll rather than cut their words off."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._hint = 0

    def _needed(self) -> int:
        inner = self.widget()
        width = self.viewport().width() if self.isVisible() else max(self.width(), inner.sizeHint().width())
        if inner.layout() is not None and inner.layout().hasHeightForWidth():
            return inner.layout().totalHeightForWidth(width)
        return inner.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self._needed())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, min(self._needed(), self.fontMetrics().height() * 6))

    def refit(self) -> None:
        """Ask the view's layout again once the cards (or the width) have changed."""
        needed = self._needed()
        if needed != self._hint:
            self._hint = needed
            self.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.refit()


class PartnerCard(QFrame):
    """One partner's state in two lines each way; a click shows only that partner below."""

    clicked = Signal(int)  # the partner's id

    def __init__(self, summary, rows: Sequence[Any], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        p = summary.partner
        self.partner_id = p.id
        self.summary = summary
        self.setObjectName("partnerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        stripe = "#c0392b" if summary.overdue else "#5a9a5a"
        self.setStyleSheet(f"QFrame#partnerCard {{ border: 1px solid #c8c8c8; border-left: 5px solid {stripe};"
                           " border-radius: 4px; background: palette(base); }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"Show only {p.short_name} in the register below (click again to show every partner)")
        self.setAccessibleName(f"{p.name}: " + ("overdue" if summary.overdue else "up to date"))

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        title = QLabel(f"<b>{html.escape(p.name)}</b> <span style='color:#666'>({html.escape(p.short_name)})</span>")
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        self.badge = QLabel("Restricted" if p.restricted else "Public")
        self.badge.setObjectName("cardBadge")
        self.badge.setStyleSheet("QLabel { " + (RESTRICTED_PILL if p.restricted else PUBLIC_PILL)
                                 + " border-radius: 3px; padding: 1px 6px; }")
        self.badge.setToolTip("Their minutes are restricted: they are never sent on and never published"
                              if p.restricted else "Their minutes are public")
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(head, 0, 0, 1, 2)
        self.lines: dict[str, list[QLabel]] = {}
        for row, (key, caption, lines) in enumerate((("out", "Ours to them", out_lines(summary, rows, today)),
                                                      ("in", "Theirs to us", in_lines(summary, rows, today))),
                                                     start=1):
            label = QLabel(caption)
            label.setObjectName("cardCaption")
            label.setStyleSheet("QLabel { color: #666; padding-top: 2px; }")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            box = QVBoxLayout()
            box.setSpacing(2)
            self.lines[key] = []
            for text, tone in lines:
                line = QLabel(text)
                line.setWordWrap(True)
                line.setProperty("tone", tone)
                line.setStyleSheet(_tone_style(tone))
                box.addWidget(line)
                self.lines[key].append(line)
            grid.addLayout(box, row, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)  # cards side by side keep their lines at the top

    def texts(self, key: str) -> list[str]:
        return [line.text() for line in self.lines[key]]

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.partner_id)
        super().mousePressEvent(event)


def fill_confidentiality(combo: QComboBox) -> None:
    combo.addItem("Restricted – never sent on, never published", enums.Confidentiality.RESTRICTED)
    combo.addItem("Public", enums.Confidentiality.PUBLIC)


def _tone_style(tone: str) -> str:
    if tone == OVERDUE:
        return PILL.format(ROSE_PILL).replace("padding: 3px 8px", "padding: 2px 6px; font-weight: bold")
    if tone == GOOD:
        return PILL.format(GREEN_PILL).replace("padding: 3px 8px", "padding: 2px 6px")
    if tone == QUIET:
        return "QLabel { color: #666; padding: 0px 7px; }"
    return "QLabel { padding: 0px 7px; font-weight: bold; }"


# --- dialogs --------------------------------------------------------------------------------------

class MarkSentDialog(CheckedDialog):
    """The day our minutes went to a partner: today unless said otherwise."""

    def __init__(self, row, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_mark_sent_dialog import Ui_MarkSentDialog

        self.ui = ui = Ui_MarkSentDialog()
        ui.setupUi(self)
        self.ok = _problem_setup(self)
        self.ok.setText("Mark Sent")
        self.row, self.today = row, today
        ui.introLabel.setText(f"Record the day our minutes of <b>{long_day(row.meeting_date)}</b> went to "
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
            return [f"{short(on)} is in the future; mark the minutes sent on the day they went"]
        if self.row.confirmed_on and on < self.row.confirmed_on:
            return [f"the minutes were confirmed on {short(self.row.confirmed_on)}; they cannot have gone before"]
        return []

    def _changed(self) -> None:
        due = self.row.due
        on = self.sent_on()
        self.ui.noteLabel.setText(f"Due by {short(due)}: " + ("on time." if on <= due else "this shows as sent late.")
                                  if due else "")
        self.validate()


class PartnerMinutesDialog(CheckedDialog):
    """What was read from a partner's file or e-mail, and whose minutes of which meeting they are."""

    def __init__(self, offered, partners: Sequence[Any], *, partner_id: int | None, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_partner_minutes_dialog import Ui_PartnerMinutesDialog

        self.ui = ui = Ui_PartnerMinutesDialog()
        ui.setupUi(self)
        self.ok = _problem_setup(self)
        self.ok.setText("Add")
        self.offered, self.today = offered, today
        self.partners = {p.id: p for p in partners}
        if offered.source == "email":
            sender = f" from {html.escape(offered.sender)}" if offered.sender else ""
            sent = f", sent {long_day(offered.sent_on)}" if offered.sent_on else ""
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
            edit.setMinimumDate(to_qdate(_NOT_GIVEN))
            edit.setMaximumDate(to_qdate(today))
        ui.meetingDateEdit.setSpecialValueText("— choose —")
        where = "the e-mail" if offered.source == "email" else "the file"
        if offered.meeting_date and offered.meeting_date <= today:
            ui.meetingDateEdit.setDate(to_qdate(offered.meeting_date))
            ui.meetingHint.setText(f"found in {where}; check it")
        else:
            ui.meetingDateEdit.setDate(to_qdate(_NOT_GIVEN))
            ui.meetingHint.setText(f"{where} says {short(offered.meeting_date)}, in the future: choose the date"
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
        return None if d == _NOT_GIVEN else d

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
        if received == _NOT_GIVEN or received > self.today:
            out.append("choose the day the minutes were received (not in the future)")
        elif meeting is not None and meeting > received:
            out.append(f"their meeting ({short(meeting)}) cannot be after the day the minutes were received "
                       f"({short(received)})")
        return out


class PartnerDialog(CheckedDialog):
    """A partner board's details; OK waits until ``PartnerInput.problems()`` is empty."""

    def __init__(self, data=None, *, taken: Sequence[tuple[str, str]] = (), today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.services.exchange import PartnerInput
        from cpo_desktop.ui.generated.ui_partner_dialog import Ui_PartnerDialog

        self.ui = ui = Ui_PartnerDialog()
        ui.setupUi(self)
        self.ok = _problem_setup(self)
        self.setWindowTitle("Change Partner Board" if data else "Add Partner Board")
        self.taken = [(n.casefold(), s.casefold()) for n, s in taken]
        data = data or PartnerInput(name="", short_name="", exchange_from=today)
        self._kind = data.kind
        fill_confidentiality(ui.confidentialityCombo)
        for text, out, in_ in DIRECTIONS:
            ui.directionCombo.addItem(text, (out, in_))
        ui.nameEdit.setText(data.name)
        ui.shortNameEdit.setText(data.short_name)
        ui.secretariatEdit.setText(data.secretariat_name)
        ui.emailEdit.setText(data.secretariat_email)
        ui.confidentialityCombo.setCurrentIndex(max(0, ui.confidentialityCombo.findData(data.confidentiality)))
        ui.directionCombo.setCurrentIndex(max(0, ui.directionCombo.findData((bool(data.exchange_out),
                                                                              bool(data.exchange_in)))))
        ui.frequencySpin.setValue(int(data.expected_frequency_months))
        ui.sendDocxCheck.setChecked(bool(data.send_docx))
        ui.sinceCheck.setChecked(data.exchange_from is not None)
        ui.sinceDateEdit.setDate(to_qdate(data.exchange_from or today))
        ui.sinceDateEdit.setEnabled(data.exchange_from is not None)
        ui.sinceCheck.toggled.connect(ui.sinceDateEdit.setEnabled)
        ui.sinceCheck.setToolTip("Our minutes are owed to them from this day: meetings before it are not listed")
        ui.relationshipEdit.setPlainText(data.relationship)
        for widget in (ui.frequencySpin, ui.sinceDateEdit):
            widget.setMaximumWidth(160)
        self.touched = bool(data.name)
        for edit in (ui.nameEdit, ui.shortNameEdit, ui.emailEdit):
            edit.textEdited.connect(lambda _t: self._touch())
        for signal in (ui.nameEdit.textChanged, ui.shortNameEdit.textChanged, ui.emailEdit.textChanged,
                       ui.secretariatEdit.textChanged, ui.frequencySpin.valueChanged,
                       ui.confidentialityCombo.currentIndexChanged, ui.directionCombo.currentIndexChanged):
            signal.connect(lambda *_: self.validate())
        self.validate()

    def _touch(self) -> None:
        self.touched = True
        self.validate()

    def result_input(self):
        from cpo_desktop.services.exchange import PartnerInput

        ui = self.ui
        out, in_ = ui.directionCombo.currentData()
        return PartnerInput(
            name=ui.nameEdit.text(), short_name=ui.shortNameEdit.text(), secretariat_name=ui.secretariatEdit.text(),
            secretariat_email=ui.emailEdit.text(), confidentiality=ui.confidentialityCombo.currentData(),
            exchange_out=out, exchange_in=in_, expected_frequency_months=ui.frequencySpin.value(),
            send_docx=ui.sendDocxCheck.isChecked(),
            exchange_from=from_qdate(ui.sinceDateEdit.date()) if ui.sinceCheck.isChecked() else None,
            relationship=ui.relationshipEdit.toPlainText(), kind=self._kind)

    def problems(self) -> list[str]:
        data = self.result_input()
        out = data.problems()
        name, short_name = " ".join(data.name.split()).casefold(), data.short_name.strip().casefold()
        if name and any(name == n for n, _s in self.taken):
            out.append(f"another partner board is already called “{data.name.strip()}”")
        if short_name and any(short_name == s for _n, s in self.taken):
            out.append(f"another partner board already has the short name “{data.short_name.strip()}”")
        return out


class PartnersDialog(QDialog):
    """The partner boards, with Add, Edit and Mark as former; each change is saved at once."""

    changed = Signal()

    def __init__(self, view: ExchangeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_partners_dialog import Ui_PartnersDialog

        self.ui = ui = Ui_PartnersDialog()
        ui.setupUi(self)
        self.view = view
        self.partners: list = []
        self.busy = False
        self.model = RowsModel([
            Column("Name", lambda p: p.name, display=lambda p: p.name + (" (former)" if p.former else ""),
                   tooltip=lambda p: p.relationship or p.name, max_width=420),
            Column("Short name", lambda p: p.short_name),
            Column("Their minutes", lambda p: "Restricted" if p.restricted else "Public"),
            Column("Exchange", lambda p: next(t for t, o, i in DIRECTIONS if (o, i) == (p.exchange_out,
                                                                                       p.exchange_in)).split(":")[0]),
            Column("Meets every", lambda p: p.expected_frequency_months,
                   display=lambda p: plural(p.expected_frequency_months, "month")),
            Column("E-mail", lambda p: p.secretariat_email, display=lambda p: p.secretariat_email or "(none)"),
        ], RowStyle(foreground=lambda p: GREY if p.former else None, italic=lambda p: p.former), self)
        prepare_table(ui.table)
        ui.table.setModel(self.model)
        ui.table.setWordWrap(False)
        ui.table.setAccessibleName("Partner boards")
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.table.doubleClicked.connect(lambda *_: self.edit_partner())
        ui.addButton.clicked.connect(self.add_partner)
        ui.editButton.clicked.connect(self.edit_partner)
        ui.formerButton.clicked.connect(self.toggle_former)
        self._update_buttons()
        self.reload()

    def selected(self):
        return selected_row(self.ui.table, self.model)

    def _update_buttons(self) -> None:
        p = self.selected()
        for button in (self.ui.editButton, self.ui.formerButton):
            button.setEnabled(p is not None and not self.busy)
        self.ui.addButton.setEnabled(not self.busy)
        self.ui.formerButton.setText("&Bring Back" if p is not None and p.former else "Mark as &Former")

    def reload(self, select: int | None = None) -> None:
        store = self.view.store
        if store is None:
            return
        keep = select if select is not None else (self.selected().id if self.selected() else None)

        def job():
            from cpo_desktop.services import exchange

            return exchange.list_partners(store, include_former=True)

        def done(partners) -> None:
            self.partners = list(partners)
            self.model.set_rows(self.partners)
            from cpo_desktop.ui.minutes_view import fit_columns

            fit_columns(self.ui.table, {0: 320, 3: 220, 5: 240}, stretch=0)
            if keep is not None:
                select_where(self.ui.table, self.model, lambda p: p.id == keep)
            self.busy = False
            self._update_buttons()

        self.busy = True
        self._update_buttons()
        self.view.window.runner.run(job, done, self._failed)

    def _taken(self, ignore: int | None) -> list[tuple[str, str]]:
        return [(p.name, p.short_name) for p in self.partners if p.id != ignore]

    def _save(self, text: str, operation: Callable[[Any], Any], select: int | None = None) -> None:
        store = self.view.store

        def done(result) -> None:
            self.view.window.status(f"{text}.")
            self.changed.emit()
            self.reload(select=select if select is not None else (result if isinstance(result, int) else None))

        self.busy = True
        self._update_buttons()
        self.view.window.runner.run(lambda: operation(store), done, self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.busy = False
        self._update_buttons()
        self.view.failed(exc, tb)

    def add_partner(self) -> None:
        from cpo_desktop.services import exchange

        dialog = PartnerDialog(None, taken=self._taken(None), today=self.view.today(), parent=self)
        if not prompts.ask(dialog):
            return
        data, today = dialog.result_input(), self.view.today()
        self._save(f"Added the partner board {data.short_name.strip()}",
                   lambda s: exchange.add_partner(s, data, today=today))

    def edit_partner(self) -> None:
        from cpo_desktop.services import exchange

        p = self.selected()
        if p is None:
            return
        dialog = PartnerDialog(exchange.PartnerInput.from_row(p), taken=self._taken(p.id), today=self.view.today(),
                               parent=self)
        if not prompts.ask(dialog):
            return
        data = dialog.result_input()
        self._save(f"Saved the partner board {data.short_name.strip()}",
                   lambda s: exchange.update_partner(s, p.id, data), p.id)

    def toggle_former(self) -> None:
        from cpo_desktop.services import exchange

        p = self.selected()
        if p is None:
            return
        if p.former:
            self._save(f"{p.short_name} exchanges minutes again",
                       lambda s: exchange.set_partner_former(s, p.id, False), p.id)
            return
        if not prompts.confirm(self, "Mark as Former",
                               f"{p.name} ({p.short_name}) will no longer exchange minutes with the board: nothing "
                               "will be owed to or from it. What was sent and received stays in the register.",
                               ok_text="Mark as Former"):
            return
        self._save(f"{p.short_name} is marked as a former partner",
                   lambda s: exchange.set_partner_former(s, p.id, True), p.id)


class ExchangeRulesDialog(QDialog):
    def __init__(self, send_days: int, receive_months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_exchange_rules_dialog import Ui_ExchangeRulesDialog

        self.ui = ui = Ui_ExchangeRulesDialog()
        ui.setupUi(self)
        self.ok = _problem_setup(self)
        ui.sendSpin.setValue(send_days)
        ui.receiveSpin.setValue(receive_months)

    def result_values(self) -> tuple[int, int]:
        return self.ui.sendSpin.value(), self.ui.receiveSpin.value()


class PackageDialog(QDialog):
    """The package is written: open the e-mail draft in the mail program, or show the folder."""

    def __init__(self, package, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_package_dialog import Ui_PackageDialog

        self.ui = ui = Ui_PackageDialog()
        ui.setupUi(self)
        self.package = package
        ui.introLabel.setText(f"The package of our minutes of <b>{long_day(package.meeting_date)}</b> for "
                              f"<b>{html.escape(package.partner)}</b> ({html.escape(package.to)}) is in "
                              f"<br>{html.escape(str(package.folder))}:")
        for path in package.files:
            ui.filesList.addItem(path.name)
        ui.nextLabel.setText("Nothing has been sent. <b>Open the e-mail draft</b>, check it and send it from your mail "
                             "program; then press <b>Mark Sent…</b> in Partner exchange.")
        ui.openDraftButton.clicked.connect(lambda: open_path(package.eml))
        ui.showFolderButton.clicked.connect(lambda: open_path(package.folder))


# --- the view -------------------------------------------------------------------------------------

@dataclass
class Loaded:
    register: Any  # services.exchange.ExchangeRegister
    partners: list = field(default_factory=list)  # services.exchange.PartnerRow, former ones too
    today: dt.date = field(default_factory=dt.date.today)


def read_exchange(store, today: dt.date) -> Loaded:
    from cpo_desktop.services import exchange

    return Loaded(exchange.register(store, today=today), exchange.list_partners(store, include_former=True), today)


class ExchangeView(QWidget):
    loaded = Signal()  # the register has been read and shown
    searched = Signal()  # the words typed were looked for in the partners' minutes

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.data: Loaded | None = None
        self.cards: list[PartnerCard] = []
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.hits: dict[int, Any] = {}  # exchange id -> SearchHit, for the words in ``hits_for``
        self.hits_for = ""
        self.last_package = None
        self.last_received = None
        self._generation = 0
        self._search_generation = 0
        self._select_key: str | None = None
        self._working = False  # a package or an import is being made
        self._queue: list[Path] = []  # files dropped, added one after another
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.search_text)
        self.setAcceptDrops(True)
        self._build()
        self.update_actions()

    # --- construction -----------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot: Callable[[], None], tip: str, button: str | None = None) -> None:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.actions[key] = action
        if button is not None:
            b = QPushButton(button)
            b.clicked.connect(action.trigger)
            b.setToolTip(tip)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            action.changed.connect(lambda b=b, a=action: b.setEnabled(a.isEnabled()))
            self.buttons[key] = b

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.header = heading("Partner exchange", " ")
        self.subtitle = self.header.findChild(QLabel, "viewSubtitle")
        self.header_row = QHBoxLayout()
        self.header_row.addWidget(self.header, 1)
        layout.addLayout(self.header_row)

        self.cards_box = QWidget()
        self.cards_layout = QGridLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setHorizontalSpacing(10)
        self.cards_layout.setVerticalSpacing(8)
        self.cards_area = CardsArea(self.cards_box)
        layout.addWidget(self.cards_area)

        top = QHBoxLayout()
        top.setContentsMargins(0, 6, 0, 0)
        self.partner_combo = QComboBox()
        self.partner_combo.setAccessibleName("Partner board")
        self.partner_combo.addItem("All partners", None)
        self.partner_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        top.addWidget(QLabel("Part&ner:", buddy=self.partner_combo))
        top.addWidget(self.partner_combo)
        self.overdue_check = QCheckBox("Overdue onl&y")
        self.overdue_check.toggled.connect(lambda _on: self.apply_filter())
        top.addWidget(self.overdue_check)
        self.filter = QLineEdit()  # Ctrl+F focuses the view's ``filter``
        self.filter.setObjectName("exchangeFilter")
        self.filter.setPlaceholderText("Filter, or find words in partners' minutes…")
        self.filter.setAccessibleName("Filter the register and search the partners' minutes")
        self.filter.setToolTip("Filters the register as you type, and finds the words in the text of the partners' "
                               "minutes received")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAcceptDrops(False)  # a file dropped here is added as minutes, like anywhere on the view
        self.filter.setMinimumWidth(140)
        self.filter.setMaximumWidth(340)
        self.filter.textChanged.connect(self._filter_typed)
        top.addWidget(self.filter, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("exchangeCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Never drawn over the filter in a narrow window: it gives way instead.
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.count_label, 1)
        layout.addLayout(top)

        columns = [
            Column("Partner", lambda r: r.partner, tooltip=lambda r: r.partner_name),
            Column("Direction", lambda r: r.direction, display=lambda r: "To" if r.direction == rules.OUT else "From",
                   tooltip=lambda r: f"Our minutes to {r.partner}" if r.direction == rules.OUT
                   else f"{r.partner}'s minutes to us"),
            Column("Minutes of", lambda r: r.meeting_date, display=lambda r: day(r.meeting_date) or "—",
                   tooltip=lambda r: r.what),
            Column("Status", lambda r: status_text(r)),
            Column("Sent / received", lambda r: r.sent_on or r.received_on,
                   display=lambda r: short(r.sent_on or r.received_on)),
            Column("Due / noted at", due_value, display=lambda r: due_text(r, self._today())),
            Column("Note", self._note, tooltip=lambda r: self._note(r) or None, max_width=600),
        ]
        style = RowStyle(background=lambda r: ROSE if r.overdue else None,
                         foreground=lambda r: GREY if not r.overdue and r.status in (rules.SENT, rules.NOTED,
                                                                                     rules.AWAITING) else None)
        self.model = FilteredRowsModel(columns, style, self)
        table = self.table = QTableView()
        table.setObjectName("exchangeTable")
        prepare_table(table)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the register's order
        table.setWordWrap(False)
        table.setAccessibleName("Exchange register")
        table.selectionModel().selectionChanged.connect(lambda *_: self._row_selected())
        table.doubleClicked.connect(lambda *_: self._default_action())

        self.detail = QLabel()
        self.detail.setObjectName("exchangeDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMargin(6)
        detail_area = QScrollArea()  # a long detail scrolls rather than squeeze the register
        detail_area.setWidget(self.detail)
        detail_area.setWidgetResizable(True)
        detail_area.setFrameShape(QFrame.Shape.NoFrame)
        detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table)
        splitter.addWidget(detail_area)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout.addWidget(splitter, 1)

        self._action("prepare", "&Prepare Package…", self.prepare_package, button="&Prepare Package…",
                     tip="Write the public minutes, a covering note and an e-mail draft for the selected partner")
        self._action("open_draft", "Open E-mail &Draft", self.open_draft, button="Open E-mail &Draft",
                     tip="Open the package's e-mail draft in your mail program, to check and send")
        self._action("show_folder", "Show Package Fo&lder", self.show_folder, button="Show Fo&lder",
                     tip="Show the folder the package was written to")
        self._action("mark_sent", "Mar&k Sent…", self.mark_sent, button="Mar&k Sent…",
                     tip="Record the day the selected minutes went to the partner (Edit › Undo takes it back)")
        self._action("add_minutes", "Add Partner M&inutes…", self.add_partner_minutes,
                     button="Add Partner M&inutes…",
                     tip="Add a partner's minutes from a PDF, a Word file or the e-mail they came in (.eml); "
                         "or drop the file here")
        self._action("open_document", "&Open Document", self.open_document, button="&Open Document",
                     tip="Open the partner's minutes received (read only)")
        self._action("remove", "&Remove Received Minutes…", self.remove_received, button="&Remove…",
                     tip="Take back partner minutes added by mistake (not once noted at confirmed minutes)")
        self._action("partners", "Partner &Boards…", self.edit_partners, button="Partner &Boards…",
                     tip="The partner boards: their names, e-mail addresses and what is exchanged")
        self._action("rules", "Overdue Rule&s…", self.edit_rules, button="Overdue Rule&s…",
                     tip="When sending or receiving minutes shows as overdue")
        for key in ("partners", "rules"):  # about the partners, not the line selected: beside the title
            self.header_row.addWidget(self.buttons[key], 0, Qt.AlignmentFlag.AlignBottom)
        # Our minutes out, then theirs in: one row, or two when the window is too narrow for one.
        self.button_rows = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.button_rows.setSpacing(14)
        for group, stretch in ((("prepare", "open_draft", "show_folder", "mark_sent"), 0),
                               (("add_minutes", "open_document", "remove"), 1)):
            row = QHBoxLayout()
            for key in group:
                row.addWidget(self.buttons[key])
            row.addStretch(1)
            self.button_rows.addLayout(row, stretch)
        layout.addLayout(self.button_rows)

    def _first_split(self) -> None:
        """Room for a line's whole detail under the register, once it is on screen (the user's own
        split is kept after that)."""
        detail = self.fontMetrics().lineSpacing() * 4 + 16
        total = sum(self.splitter.sizes())
        if getattr(self, "_split", False) or not self.isVisible() or total < detail * 3:
            return
        self._split = True
        self.splitter.setSizes([total - detail, detail])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        keys = ("prepare", "open_draft", "show_folder", "mark_sent", "add_minutes", "open_document", "remove")
        needed = sum(self.buttons[k].sizeHint().width() for k in keys) + 6 * 8 + 14 + 32
        direction = QBoxLayout.Direction.TopToBottom if self.width() < needed else QBoxLayout.Direction.LeftToRight
        if self.button_rows.direction() != direction:
            self.button_rows.setDirection(direction)

    # --- what the window knows --------------------------------------------------------------------
    @property
    def store(self):
        return self.window.store

    def today(self) -> dt.date:
        return dt.date.today()

    def _today(self) -> dt.date:
        """The day the register shown was worked out for."""
        return self.data.today if self.data is not None else self.today()

    def selected(self):
        return selected_row(self.table, self.model)

    def select_key(self, key: str) -> bool:
        return select_where(self.table, self.model, lambda r: r.key == key)

    # --- reading ----------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the register off the UI thread, then show it (keeping the selected row)."""
        store = self.store
        self.update_actions()
        if store is None:
            return
        current = self.selected()
        self._select_key = select or (current.key if current is not None else self._select_key)
        today = self.today()
        self._generation += 1
        generation = self._generation

        def done(data: Loaded) -> None:
            if generation == self._generation:  # a later reload supersedes this one
                self.show_data(data)

        self.window.runner.run(lambda: read_exchange(store, today), done, self.failed)

    def show_data(self, data: Loaded) -> None:
        self.data = data
        reg = data.register
        self.subtitle.setText(
            f"Our confirmed minutes go to each partner within {reg.send_days} working days; a partner is overdue "
            f"after {reg.receive_months} months without minutes. Drop a partner's minutes (PDF, Word or a saved "
            "e-mail) here to add them.")
        self._show_cards()
        self._fill_partner_combo()
        key, self._select_key = self._select_key, None
        self.model.set_rows(reg.rows, self._predicate())
        if not getattr(self, "_sized", False) and reg.rows:
            self._sized = True  # sized once: the user's own widths are kept after that
            from cpo_desktop.ui.minutes_view import fit_columns

            fit_columns(self.table, {0: 80, 1: 80, 2: 110, 3: 190, 4: 120, 5: 170}, stretch=6)
        if key is not None and not self.select_key(key) and any(r.key == key for r in reg.rows):
            self.reset_filters()  # what was just changed must be in sight
            self.select_key(key)
        self._footer()
        self._row_selected()
        QTimer.singleShot(0, self._first_split)
        self.loaded.emit()

    def _show_cards(self) -> None:
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        reg = self.data.register
        summaries = [s for s in reg.partners if s.partner.exchanges]
        if not summaries:
            empty = QLabel("No partner board exchanges minutes with the board yet: add one under "
                           "<b>Partner Boards…</b>.")
            empty.setTextFormat(Qt.TextFormat.RichText)
            self.cards_layout.addWidget(empty, 0, 0)
            return
        columns = min(3, len(summaries))
        for n, s in enumerate(summaries):
            card = PartnerCard(s, reg.rows, reg.today)
            card.clicked.connect(self._card_clicked)
            self.cards.append(card)
            self.cards_layout.addWidget(card, n // columns, n % columns)
        for col in range(3):
            self.cards_layout.setColumnStretch(col, 1 if col < columns else 0)
        QTimer.singleShot(0, self.cards_area.refit)

    def card(self, short_name: str) -> PartnerCard:
        return next(c for c in self.cards if c.summary.partner.short_name == short_name)

    def _card_clicked(self, partner_id: int) -> None:
        index = self.partner_combo.findData(partner_id)
        self.partner_combo.setCurrentIndex(0 if index == self.partner_combo.currentIndex() else max(0, index))

    def _fill_partner_combo(self) -> None:
        combo = self.partner_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All partners", None)
        for s in self.data.register.partners:
            p = s.partner
            combo.addItem(f"{p.short_name} – {p.name}" + (" (former)" if p.former else ""), p.id)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    # --- filtering and searching --------------------------------------------------------------------
    def _note(self, r) -> str:
        hit = self.hits.get(r.exchange_id) if r.direction == rules.IN and r.exchange_id else None
        if hit is not None and self.hits_for == self.filter.text().strip():
            return f"Found in {hit.original_name}: {hit.snippet}"
        return note_text(r)

    def _hay(self, r) -> str:
        parts = [r.partner, r.partner_name, "to" if r.direction == rules.OUT else "from", r.what, status_text(r),
                 r.overdue_note, note_text(r), due_text(r, self._today()), r.email_subject or "", r.confidentiality]
        for d in (r.meeting_date, r.sent_on, r.received_on, r.due, r.listed_meeting_date):
            if d:
                parts += [short(d), day(d), long_day(d)]
        return " ".join(parts).casefold()

    def _predicate(self) -> Callable[[Any], bool]:
        partner = self.partner_combo.currentData()
        overdue = self.overdue_check.isChecked()
        text = self.filter.text().strip()
        words = text.casefold().split()
        hits = set(self.hits) if self.hits_for == text else set()

        def match(r) -> bool:
            if partner is not None and r.partner_id != partner:
                return False
            if overdue and not r.overdue:
                return False
            if not words:
                return True
            if r.direction == rules.IN and r.exchange_id in hits:
                return True
            hay = self._hay(r)
            return all(w in hay for w in words)

        return match

    def apply_filter(self) -> None:
        chosen = self.selected()
        self.model.set_filter(self._predicate())
        if chosen is not None:
            self.select_key(chosen.key)
        self._footer()
        self._row_selected()

    def reset_filters(self) -> None:
        for widget in (self.partner_combo, self.overdue_check, self.filter):
            widget.blockSignals(True)
        self.partner_combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        self.filter.clear()
        self.hits, self.hits_for = {}, ""
        for widget in (self.partner_combo, self.overdue_check, self.filter):
            widget.blockSignals(False)
        self.model.set_filter(self._predicate())
        self._footer()

    def _filter_typed(self, _text: str) -> None:
        self.apply_filter()
        self._search_timer.start()

    def search_text(self) -> None:
        """Find the words typed in the text of the partners' minutes (off the UI thread)."""
        self._search_timer.stop()
        text = self.filter.text().strip()
        store = self.store
        self._search_generation += 1
        generation = self._search_generation
        if not text or store is None:
            self.hits, self.hits_for = {}, text
            self.apply_filter()
            self.searched.emit()
            return

        def job():
            from cpo_desktop.services import exchange

            return exchange.search(store, text)

        def done(found) -> None:
            if generation != self._search_generation:
                return
            hits: dict[int, Any] = {}
            for h in found:
                hits.setdefault(h.exchange_id, h)
            self.hits, self.hits_for = hits, text
            self.apply_filter()
            self.searched.emit()

        self.window.runner.run(job, done, self.failed)

    def _footer(self) -> None:
        rows = self.data.register.rows if self.data is not None else []
        overdue = sum(1 for r in rows if r.overdue)
        shown = len(self.model.rows)
        text = f"{plural(len(rows), 'entry', 'entries')} · {overdue} overdue"
        if shown != len(rows):
            text = f"Showing {shown} of " + text
        words = self.filter.text().strip()
        found = len(self.hits) if self.hits_for == words and words else 0
        if found:
            text += f" · words found in {plural(found, 'partner minutes', 'partner minutes')}"
        self.count_label.setText(text)

    # --- the selected row -------------------------------------------------------------------------
    def _row_selected(self) -> None:
        r = self.selected()
        if r is None:
            self.detail.setText("<i>Select a line to see what was sent or received.</i>" if self.model.rows else
                                ("<i>Nothing matches the filter.</i>" if self.data and self.data.register.rows
                                 else ""))
        else:
            self.detail.setText(self.detail_html(r))
        self.update_actions()

    def detail_html(self, r) -> str:
        esc = html.escape
        lines = []
        status = f"<b>{esc(status_text(r))}</b>"
        if r.overdue:
            status = f"<b style='color:{OVERDUE_COLOUR}'>{esc(status_text(r))}</b>"
        if r.direction == rules.OUT:
            lines.append(f"<b>{esc(r.what)}</b> to {esc(r.partner_name)} ({esc(r.partner)}) — {status}")
            facts = []
            if r.confirmed_on:
                facts.append(f"confirmed on {short(r.confirmed_on)}, to be sent by {short(r.due)}")
            if r.prepared_at:
                facts.append(f"package prepared on {r.prepared_at.astimezone():%d/%m/%Y at %H:%M}")
            if r.sent_on:
                facts.append(f"sent on {short(r.sent_on)}")
            if facts:
                lines.append(esc("; ".join(facts)).capitalize() + ".")
            if r.overdue_note:
                colour = OVERDUE_COLOUR if r.overdue else "#7a5a00"
                lines.append(f"<span style='color:{colour}'>{esc(r.overdue_note)}.</span>")
            if r.status == rules.READY:
                lines.append("Next: <b>Prepare Package…</b>, check and send the e-mail draft from your mail program, "
                             "then <b>Mark Sent…</b>" if not r.prepared_at else
                             "Next: send the e-mail draft (<b>Open E-mail Draft</b>), then <b>Mark Sent…</b>")
            if r.package_folder:
                lines.append(f"Package: {esc(r.package_folder)}")
        elif r.status == rules.NOTHING:
            lines.append(f"<b>{esc(r.partner_name)} ({esc(r.partner)})</b> — {status}")
            p = self._partner(r.partner_id)
            ask = (f" Ask {esc(p.secretariat_name or 'their secretariat')}"
                   + (f" &lt;{esc(p.secretariat_email)}&gt;" if p.secretariat_email else "")
                   + " for their latest minutes." if p is not None else "")
            lines.append(esc(r.overdue_note) + "." + ask)
        else:
            restricted = (" <span style='background:#e2e8f0; color:#12284a'>&nbsp;Restricted&nbsp;</span>"
                          if r.confidentiality == enums.Confidentiality.RESTRICTED else "")
            lines.append(f"<b>{esc(r.what)}</b>{restricted} — {status}")
            how = f" by e-mail (“{esc(r.email_subject)}”)" if r.source == "email" and r.email_subject else \
                (" by e-mail" if r.source == "email" else "")
            where = (f"noted at the meeting on {short(r.noted_on or r.listed_meeting_date)}" if r.status == rules.NOTED
                     else f"to be noted at the meeting on {short(r.listed_meeting_date)}" if r.listed_meeting_date
                     else "to be noted at the next board meeting, once one is planned")
            lines.append(f"Received on {short(r.received_on)}{how}; {where}.")
            docs = []
            for d in r.documents:
                pages = f", {plural(d.pages, 'page')}" if d.pages else ""
                docs.append(f"{esc(d.original_name)} ({d.kind.upper()}{pages})")
            if docs:
                lines.append("Documents: " + "; ".join(docs))
            hit = self.hits.get(r.exchange_id)
            if hit is not None and self.hits_for == self.filter.text().strip() and self.hits_for:
                lines.append(f"Found in {esc(hit.original_name)}: <i>{esc(hit.snippet)}</i>")
        return "<br>".join(lines)

    def _partner(self, partner_id: int):
        if self.data is None:
            return None
        return next((p for p in self.data.partners if p.id == partner_id), None)

    def _default_action(self) -> None:
        r = self.selected()
        if r is None:
            return
        if r.direction == rules.IN and r.documents:
            self.open_document()
        elif r.direction == rules.OUT and r.status == rules.READY:
            self.prepare_package()

    def update_actions(self) -> None:
        r = self.selected() if self.data is not None else None
        open_ = self.store is not None
        out = r is not None and r.direction == rules.OUT
        in_ = r is not None and r.direction == rules.IN
        folder = out and bool(r.package_folder) and Path(r.package_folder).is_dir()
        enable = {
            "prepare": open_ and out and r.status in (rules.READY, rules.SENT) and not self._working,
            "open_draft": out and package_eml(r) is not None,
            "show_folder": folder,
            "mark_sent": open_ and out and r.status == rules.READY,
            "add_minutes": open_ and not self._working,
            "open_document": open_ and in_ and bool(r.documents),
            "remove": open_ and in_ and r.exchange_id is not None and r.status == rules.RECEIVED,
            "partners": open_, "rules": open_ and self.data is not None,
        }
        for key, on in enable.items():
            self.actions[key].setEnabled(bool(on))

    # --- failures ---------------------------------------------------------------------------------
    def failed(self, exc: BaseException, tb: str) -> None:
        from cpo_desktop.errors import UserError

        if isinstance(exc, UserError):
            message = clean_message(str(exc))
            if message != str(exc):
                exc = UserError(message)
        self.window.task_failed(exc, tb)

    def _changed(self, select: str | None = None, *, agenda: bool = False) -> None:
        """After a change, its undo or its redo: read the register again."""
        if agenda:
            self.window.mark_stale("agenda")  # the agenda lists the partners' minutes to be noted
        self.reload(select=select)

    # --- our minutes out ---------------------------------------------------------------------------
    def prepare_package(self) -> None:
        r = self.selected()
        store = self.store
        if r is None or store is None or r.direction != rules.OUT or r.status not in (rules.READY, rules.SENT):
            return
        if r.status == rules.SENT and not prompts.confirm(
                self, "Prepare Package",
                f"Our minutes of {long_day(r.meeting_date)} were already sent to {r.partner} on {short(r.sent_on)}. "
                "Prepare the package again (to send them again)?", ok_text="Prepare"):
            return
        today = self.today()
        self._working = True
        self.update_actions()
        self.window.status(f"Preparing the package for {r.partner}: the public minutes, a covering note and an "
                           "e-mail draft…", 0)

        def job():
            from cpo_desktop.exchange import outgoing

            return outgoing.prepare(store, r.meeting_id, r.partner_id, today=today)

        def done(package) -> None:
            self.last_package = package
            self.window.status(f"Wrote the package for {package.partner} in {package.folder}.", 15000)
            self._changed(select=r.key)
            prompts.ask(PackageDialog(package, self))
            self._work_done()

        def failed(exc: BaseException, tb: str) -> None:
            self._work_done()
            self.failed(exc, tb)

        self.window.runner.run(job, done, failed)

    def open_draft(self) -> None:
        r = self.selected()
        eml = package_eml(r) if r is not None and r.direction == rules.OUT else None
        if eml is not None:
            open_path(eml)

    def show_folder(self) -> None:
        r = self.selected()
        if r is not None and r.direction == rules.OUT and r.package_folder:
            open_path(Path(r.package_folder))

    def mark_sent(self) -> None:
        from cpo_desktop.services import exchange

        r = self.selected()
        if r is None or self.store is None or r.direction != rules.OUT or r.status != rules.READY:
            return
        today = self.today()
        dialog = MarkSentDialog(r, today=today, parent=self)
        if not prompts.ask(dialog):
            return
        on = dialog.sent_on()
        meeting_id, partner_id = r.meeting_id, r.partner_id

        def capture(store, key):
            return key, exchange.outgoing(store, key[0], key[1], today=today).sent_on

        def restore(store, state):
            (mid, pid), sent_on = state
            current = exchange.outgoing(store, mid, pid, today=today).sent_on
            if current == sent_on:
                return
            if current is not None:
                exchange.unmark_sent(store, mid, pid)
            if sent_on is not None:
                exchange.mark_sent(store, mid, pid, on=sent_on, today=max(today, sent_on))

        self.window.actions._record(  # noqa: SLF001 - the window's one way to make an undoable change
            f"Mark the minutes of {short(r.meeting_date)} as sent to {r.partner}", (meeting_id, partner_id),
            lambda s: exchange.mark_sent(s, meeting_id, partner_id, on=on, today=today),
            capture=capture, restore=restore, absent=lambda key: (key, None), person=False,
            after=lambda _result: self._changed(select=r.key))

    # --- their minutes in --------------------------------------------------------------------------
    def add_partner_minutes(self, path: Path | None = None) -> None:
        """Choose a file (or take one dropped), read what it holds, ask whose minutes they are, add them."""
        if self.store is None:
            return
        if path is None:
            path = prompts.open_file(self, "Add Partner Minutes", None, FILE_FILTER)
            if path is None:
                return
        self._working = True
        self.update_actions()
        self.window.status(f"Reading {path.name}…", 0)

        def job():
            from cpo_desktop.exchange import incoming

            return incoming.read(path)

        def failed(exc: BaseException, tb: str) -> None:
            self._work_done()
            self.failed(exc, tb)

        self.window.runner.run(job, lambda offered: self._ask_import(path, offered), failed)

    def _guess_partner(self, offered, partners: Sequence[Any]) -> int | None:
        """Whose minutes: the sender's address, a name in the subject or file, else the partner shown."""
        sender = (offered.sender or "").casefold()
        for p in partners:
            if p.secretariat_email and p.secretariat_email.casefold() in sender:
                return p.id
        words = " ".join([offered.subject or "", offered.name, *(d.name for d in offered.documents)]).casefold()
        for p in partners:
            if re.search(rf"\b{re.escape(p.short_name.casefold())}\b", words) or p.name.casefold() in words:
                return p.id
        r = self.selected()
        if r is not None and any(p.id == r.partner_id for p in partners):
            return r.partner_id
        chosen = self.partner_combo.currentData()
        return chosen if any(p.id == chosen for p in partners) else None

    def _ask_import(self, path: Path, offered) -> None:
        from cpo_desktop.services.exchange import DuplicateImport

        self.window.status("")
        partners = [p for p in (self.data.partners if self.data else []) if p.exchange_in and not p.former]
        if not partners:
            self._work_done()
            prompts.error(self, "Add Partner Minutes", "No partner board sends the board its minutes. Set one to "
                          "“Both ways” or “Theirs to us only” under Partner Boards… first.")
            return
        today = self.today()
        dialog = PartnerMinutesDialog(offered, partners, partner_id=self._guess_partner(offered, partners),
                                      today=today, parent=self)
        if not prompts.ask(dialog):
            self._work_done()
            return
        partner_id, meeting_date = dialog.partner_id(), dialog.meeting_date()
        received, confidentiality = dialog.received_on(), dialog.confidentiality()
        store = self.store
        self.window.status(f"Adding {path.name}…", 0)

        def job():
            from cpo_desktop.exchange import incoming

            return incoming.import_file(store, path, partner_id, meeting_date=meeting_date, received=received,
                                        confidentiality=confidentiality, today=today)

        def done(result) -> None:
            self.last_received = result
            p = self._partner(partner_id)
            listed = (f"; listed for noting at the meeting on {short(result.listed_meeting_date)}"
                      if result.listed_meeting_date else "")
            self.window.status(f"Added {p.short_name if p else 'the partner'}'s minutes of {short(meeting_date)}"
                               f"{listed}.", 15000)
            self._changed(select=f"in:{result.exchange_id}", agenda=True)
            if result.already:
                prompts.info(self, "Add Partner Minutes", "Some of the documents were received before and were not "
                             "added again: " + "; ".join(result.already) + ".")
            self._work_done()

        def failed(exc: BaseException, tb: str) -> None:
            if isinstance(exc, DuplicateImport):
                self.window.status("Nothing was added: those minutes were received before.", 15000)
                prompts.info(self, "Already Received", clean_message(str(exc)))
            else:
                self.failed(exc, tb)
            self._work_done()

        self.window.runner.run(job, done, failed)

    def _work_done(self) -> None:
        """A package or an import is finished (or given up): the next file dropped meanwhile is added."""
        self._working = False
        self.update_actions()
        if self._queue:
            QTimer.singleShot(0, self._next_dropped)

    def _next_dropped(self) -> None:
        if self._queue and not self._working:
            self.add_partner_minutes(self._queue.pop(0))

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add each file in turn (each with its own dialog)."""
        self._queue.extend(Path(p) for p in paths)
        if not self._working:
            self._next_dropped()

    def drop_mime(self, mime: QMimeData) -> list[Path]:
        """Files dropped on the view: the PDF, Word and .eml files among them are added."""
        paths = dropped_paths(mime)
        others = [u.fileName() for u in mime.urls() if Path(u.toLocalFile()) not in paths] if mime.hasUrls() else []
        if paths and self.store is not None:
            self.add_files(paths)
        if others:
            self.window.status(f"Left out {', '.join(others)}: partners' minutes are added from PDF, Word (.docx) or "
                               "saved e-mail (.eml) files.", 15000)
        return paths

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.store is not None and dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.drop_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def open_document(self) -> None:
        r = self.selected()
        store = self.store
        if r is None or store is None or r.direction != rules.IN or not r.documents:
            return
        ids = [d.id for d in r.documents]

        def job():
            from cpo_desktop.services import exchange

            return [exchange.document_file(store, i) for i in ids]

        def done(paths) -> None:
            for path in paths:
                open_path(path)

        self.window.runner.run(job, done, self.failed)

    def remove_received(self) -> None:
        r = self.selected()
        store = self.store
        if r is None or store is None or r.direction != rules.IN or r.exchange_id is None:
            return
        if not prompts.confirm(self, "Remove Received Minutes",
                               f"Take back {r.what}, received on {short(r.received_on)}? Use this for minutes added "
                               "by mistake: they come off the register and the agenda. This cannot be undone, but you "
                               "can add the file again.", ok_text="Remove"):
            return
        exchange_id = r.exchange_id

        def job():
            from cpo_desktop.services import exchange

            exchange.remove_incoming(store, exchange_id)

        def done(_result) -> None:
            self.window.status(f"Removed {r.what}.", 15000)
            self._changed(agenda=True)

        self.window.runner.run(job, done, self.failed)

    # --- partners and rules ------------------------------------------------------------------------
    def edit_partners(self) -> None:
        if self.store is None:
            return
        dialog = PartnersDialog(self, self)
        dialog.changed.connect(lambda: self._changed(agenda=True))
        self.partners_dialog = dialog
        prompts.ask(dialog)

    def edit_rules(self) -> None:
        store = self.store
        if store is None or self.data is None:
            return
        reg = self.data.register
        dialog = ExchangeRulesDialog(reg.send_days, reg.receive_months, self)
        if not prompts.ask(dialog):
            return
        send, receive = dialog.result_values()

        def job():
            from cpo_desktop.services import exchange

            exchange.set_thresholds(store, send_days=send, receive_months=receive)

        def done(_result) -> None:
            self.window.status(f"Our minutes are now due within {send} working days; a partner is overdue after "
                               f"{plural(receive, 'month')} without minutes.", 15000)
            self._changed()

        self.window.runner.run(job, done, self.failed)


__all__ = ["ExchangeView", "MarkSentDialog", "PartnerMinutesDialog", "PartnerDialog", "PartnersDialog",
           "ExchangeRulesDialog", "PackageDialog", "open_path"]
