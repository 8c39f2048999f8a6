"""Packs: the papers that leave the CPO's desk — agenda packs (restricted and public) and their
supplements, member induction packs, the annual report — and the Library of the board's own
texts that the induction pack is made from.

On the left, what to make and its options, the Build button, and the packs built before; on
the right, the preflight of the chosen meeting's papers and the pack itself in a preview, with
Print…, Save As… and Open in PDF Reader. Choosing "Library of texts" puts the texts on the left
and the editor on the right.

The view only calls services (``services.packs``, ``services.induction``,
``services.annual_report``, ``services.pack_records``, ``services.library``). Reading runs on the
window's task runner; builds and printing run on the view's own worker thread (so the rest of the
window keeps reading and writing meanwhile) with a progress bar that says what is being done and
a Cancel button — a cancelled build writes nothing. A change to a Library text goes on
Edit › Undo. Every dialog, file picker and the print dialog go through ``prompts``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpo_desktop.ui import prompts
from cpo_desktop.ui.dialogs import from_qdate, to_qdate
from cpo_desktop.ui.exchange_view import clean_message, day, long_day
from cpo_desktop.ui.minutes_view import LOCKED_BANNER, fit_columns, searchable
from cpo_desktop.ui.pdf_preview import PdfPreview, print_pdf
from cpo_desktop.ui.register_views import prepare_table, select_where, selected_row
from cpo_desktop.ui.tablemodel import AMBER, GREY, ROSE, Column, FilteredRowsModel, RowStyle
from cpo_desktop.ui.tasks import TaskRunner
from cpo_desktop.ui.views import heading
from cpo_desktop.wording import plural

AGENDA, SUPPLEMENT, INDUCTION, ANNUAL, LIBRARY = "agenda", "supplement", "induction", "annual", "library"
CHOICES = (  # (key, what the list says, what it is)
    (AGENDA, "Agenda pack", "The meeting's pack: front sheet, contents, agenda and every paper, page-numbered and "
                            "bookmarked"),
    (SUPPLEMENT, "Supplementary pack", "The papers that arrived after the agenda pack, numbered on from it"),
    (INDUCTION, "Induction pack", "A new member's induction pack, from the board's records and the Library"),
    (ANNUAL, "Annual report", "The board's annual report to the Overview and Scrutiny Committee"),
    (LIBRARY, "Library of texts", "The board's own wording of the induction pack's texts"),
)
RESTRICTED, PUBLIC = "restricted", "public"
REFUSED, LEFT_OUT, WARNING, NOTE = "refused", "left out", "warning", "note"  # services.packs.SEVERITIES
SEVERITIES = (REFUSED, LEFT_OUT, WARNING, NOTE)
SEVERITY_TEXT = {REFUSED: "Refused", LEFT_OUT: "Left out", WARNING: "To check", NOTE: "Note"}
PDF_FILTER = "PDF documents (*.pdf);;All files (*)"
EMPTY_PREVIEW = ("Build a pack to see it here, or open one from “Packs built before”.\n\n"
                 "The preview is what will be printed: page numbers, bookmarks and all.")
ROSE_BANNER = ("QLabel { background: #f8cdcd; color: #5a1010; border: 1px solid #d99a9a; border-radius: 3px;"
               " padding: 6px 8px; }")
GREEN_BANNER = ("QLabel { background: #e5f2e5; color: #17401a; border: 1px solid #9cc79c; border-radius: 3px;"
                " padding: 6px 8px; }")


# --- seams (tests replace these) ---------------------------------------------------------------------

def open_path(path: Path) -> bool:
    """Open a file or folder in the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def cancel_flag() -> threading.Event:
    """The flag the Cancel button sets and a build reads between its steps."""
    return threading.Event()


# --- words ---------------------------------------------------------------------------------------------

def gui_text(text: str) -> str:
    """A service's sentence for the window: hints for the command line become words or go."""
    text = clean_message(text)
    text = re.sub(r"\s*\(or `[^`]*`\)", "", text)  # "… Contact Officer… (or `agenda settings …`)." -> "… Officer…."
    text = re.sub(r",? or `[^`]*`", "", text)  # "(Agenda view, or `agenda create`)" -> "(Agenda view)"
    return re.sub(r"`([^`]*)`", r"the command “cpo-desktop \1”", text)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def item_sort(number: str) -> str:
    """'5a' after '5' and before '10'."""
    m = re.match(r"(\d+)(.*)", number or "")
    return f"{int(m.group(1)):04d}{m.group(2)}" if m else (number or "")


def built_when(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local:%d/%m/%Y %H:%M}"


def built_short(moment: dt.datetime) -> str:
    """'23 Nov 20:01' this year, '23 Nov 2025' another."""
    local = moment.astimezone()
    if local.year == dt.datetime.now().astimezone().year:
        return f"{local.day} {local:%b %H:%M}"
    return f"{local.day} {local:%b %Y}"


def year_label(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


def pages_text(pages: int, first: int = 1, last: int = 0) -> str:
    text = plural(pages, "page")
    if first != 1 and last:
        text += f", numbered {first}–{last}"
    return text


# --- what the view reads --------------------------------------------------------------------------------

@dataclass
class Loaded:
    meetings: list = field(default_factory=list)  # services.meetings.MeetingRow
    people: list = field(default_factory=list)  # services.register.MemberRow, not former
    packs: list = field(default_factory=list)  # services.pack_records.PackRow, newest first
    texts: list = field(default_factory=list)  # services.library.LibraryEntry
    packs_folder: Path | None = None
    today: dt.date = field(default_factory=dt.date.today)


def read_packs(store, today: dt.date) -> Loaded:
    from cpo_desktop.services import library, meetings, pack_records, register

    people = [m for m in register.list_members(store, today=today) if not m.former]
    return Loaded(meetings=meetings.list_meetings(store), people=people, packs=pack_records.list_packs(store),
                  texts=library.list_texts(store), packs_folder=store.paths.exports / "packs", today=today)


@dataclass(frozen=True)
class Shown:
    """The PDF in the preview and how to speak of it."""
    path: Path
    title: str
    pages: int


class _ProgressSignals(QObject):
    # Emitted on the worker thread; delivered on the UI thread (the receiver lives there).
    report = Signal(int, int, str)


# --- the view -------------------------------------------------------------------------------------------

class PacksView(QWidget):
    loaded = Signal()  # meetings, people, packs built and the Library read and shown
    preflighted = Signal()  # the chosen meeting's preflight is shown
    finished = Signal(str)  # a build, print or copy ended: "done", "cancelled" or "failed"
    library_shown = Signal()  # the Library was read again (after a save, restore, undo or redo)

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.data: Loaded | None = None
        self.preflight = None  # services.packs.Preflight of the meeting and version chosen
        self.shown: Shown | None = None
        self.last_result = None  # the PackResult of the last build
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.worker = TaskRunner(self)  # builds and printing: off the window's runner, so reads go on
        self._progress = _ProgressSignals(self)
        self._progress.report.connect(self._report)
        self._cancel: threading.Event | None = None
        self._job_title = ""
        self._generation = 0
        self._preflight_generation = 0
        self._first_load = True
        self._entry = None  # the LibraryEntry in the editor
        self._filling = False
        self._printer = None  # kept alive while a print job runs
        self._build()
        self.choose(AGENDA)
        self.update_actions()

    # --- construction -----------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot: Callable[[], None], tip: str, shortcut: str = "",
                button: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        tip = tip + (f" ({shortcut})" if shortcut else "")
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
        return action

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.header = heading("Packs", "The papers that leave your desk: build them, check them in the preview, "
                                       "then print them or save a copy.")
        layout.addWidget(self.header)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_left())
        self.right = QStackedWidget()
        self.right.addWidget(self._build_pack_side())
        self.right.addWidget(self._build_editor())
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 800])
        layout.addWidget(self.splitter, 1)

    def _build_left(self) -> QWidget:
        left = QWidget()
        left.setMinimumWidth(320)
        left.setMaximumWidth(520)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 6, 0)
        box.setSpacing(8)

        self.choice_list = QListWidget()
        self.choice_list.setObjectName("packChoices")
        self.choice_list.setAccessibleName("What to make")
        self.group = QActionGroup(self)
        for key, text, tip in CHOICES:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tip)
            self.choice_list.addItem(item)
            action = self._action(f"choose_{key}", {AGENDA: "A&genda Pack", SUPPLEMENT: "S&upplementary Pack",
                                                   INDUCTION: "Induc&tion Pack", ANNUAL: "An&nual Report",
                                                   LIBRARY: "&Library of Texts"}[key],
                                  lambda key=key: self.choose(key), tip)
            action.setCheckable(True)
            self.group.addAction(action)
        row_height = self.fontMetrics().height() + 12
        for n in range(self.choice_list.count()):
            self.choice_list.item(n).setSizeHint(QSize(0, row_height))
        self.choice_list.setFixedHeight(row_height * len(CHOICES) + 2 * self.choice_list.frameWidth() + 2)
        self.choice_list.currentRowChanged.connect(lambda row: row >= 0 and self.choose(CHOICES[row][0]))
        box.addWidget(QLabel("<b>Make</b>"))
        box.addWidget(self.choice_list)

        self.options = QStackedWidget()
        self.options.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.options.addWidget(self._meeting_options())
        self.options.addWidget(self._induction_options())
        self.options.addWidget(self._annual_options())
        self.options.addWidget(self._library_list())
        box.addWidget(self.options)
        self.left_box = box
        # One note under the options, for the choice shown (outside the stack: a stack does not
        # give a wrapped label the height its width needs).
        self.note = QLabel()
        self.note.setObjectName("optionNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { color: #555; }")
        box.addWidget(self.note)

        self._action("build", "&Build Agenda Pack", self.build, "Build the pack chosen", "Ctrl+B",
                     button="&Build Agenda Pack")
        self._action("preview_induction", "Pre&view Induction Pack Without Issuing", self.preview_induction,
                     "Make the pack to look at, without recording it as issued", button="Preview &Without Issuing")
        self._action("cancel", "&Cancel Build", self.cancel, "Stop the build or print now; nothing is written",
                     button="&Cancel")
        self.buttons["build"].setDefault(True)
        self.buttons["build"].setMinimumHeight(32)
        build_row = QHBoxLayout()
        build_row.addWidget(self.buttons["build"], 1)
        build_row.addWidget(self.buttons["preview_induction"])
        self.build_row = QWidget()
        self.build_row.setLayout(build_row)
        build_row.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.build_row)

        self.progress_box = QFrame()
        self.progress_box.setObjectName("buildProgress")
        progress = QGridLayout(self.progress_box)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.setHorizontalSpacing(6)
        progress.setVerticalSpacing(2)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName("Build progress")
        self.progress_bar.setTextVisible(True)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressStep")
        self.progress_label.setWordWrap(True)
        self.progress_label.setStyleSheet("QLabel { color: #444; }")
        progress.addWidget(self.progress_bar, 0, 0)
        progress.addWidget(self.buttons["cancel"], 0, 1)
        progress.addWidget(self.progress_label, 1, 0, 1, 2)
        self.progress_box.setVisible(False)
        box.addWidget(self.progress_box)

        self.history_box = QGroupBox("Packs built before")
        history = QVBoxLayout(self.history_box)
        history.setContentsMargins(6, 6, 6, 6)
        columns = [
            Column("Pack", lambda r: r.label, tooltip=lambda r: self._history_tip(r), max_width=600),
            Column("Built", lambda r: r.built_at, display=lambda r: built_short(r.built_at),
                   tooltip=lambda r: self._history_tip(r)),
        ]
        self.history_model = FilteredRowsModel(columns, RowStyle(foreground=lambda r: None if r.path.is_file()
                                                                  else GREY,
                                                                  italic=lambda r: not r.path.is_file()), self)
        table = self.history_table = QTableView()
        table.setObjectName("packHistory")
        prepare_table(table)
        table.setModel(self.history_model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # newest first, as read
        table.setWordWrap(False)
        table.setAccessibleName("Packs built before")
        table.doubleClicked.connect(lambda *_: self.reopen())
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        history.addWidget(table, 1)
        self._action("reopen", "&Open Pack Built Before", self.reopen,
                     "Show the pack selected in “Packs built before” in the preview", button="&Open in Preview")
        self._action("show_folder", "Show Packs &Folder", self.show_folder,
                     "Show the folder the packs are saved in", button="Show &Folder")
        row = QHBoxLayout()
        row.addWidget(self.buttons["reopen"])
        row.addStretch(1)
        row.addWidget(self.buttons["show_folder"])
        history.addLayout(row)
        box.addWidget(self.history_box, 1)
        return left

    def _form(self) -> tuple[QWidget, QGridLayout]:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        return page, grid

    def _meeting_options(self) -> QWidget:
        page, grid = self._form()
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName("Meeting")
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_combo.setMinimumContentsLength(18)
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        grid.addWidget(QLabel("&Meeting:", buddy=self.meeting_combo), 0, 0)
        grid.addWidget(self.meeting_combo, 0, 1)
        self.restricted_radio = QRadioButton("Res&tricted – for members and officers")
        self.restricted_radio.setToolTip("With Part 2 papers, marked “Not for publication”, and restricted partners' "
                                         "minutes")
        self.public_radio = QRadioButton("P&ublic – for publication")
        self.public_radio.setToolTip("Without Part 2 or restricted papers; young people named by their first name")
        self.version_group = QButtonGroup(self)
        self.version_group.addButton(self.restricted_radio)
        self.version_group.addButton(self.public_radio)
        self.restricted_radio.setChecked(True)
        self.restricted_radio.toggled.connect(lambda _on: self._options_changed())
        versions = QVBoxLayout()
        versions.setSpacing(2)
        versions.addWidget(self.restricted_radio)
        versions.addWidget(self.public_radio)
        version_label = QLabel("Version:")
        grid.addWidget(version_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(versions, 1, 1)
        self.duplex_check = QCheckBox("&Double-sided printing")
        self.duplex_check.setToolTip("Adds blank pages where needed so that each item starts on a right-hand page "
                                     "when printed on both sides")
        grid.addWidget(self.duplex_check, 2, 1)
        return page

    def _induction_options(self) -> QWidget:
        page, grid = self._form()
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName("Person")
        searchable(self.person_combo)
        self.person_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_combo.setMinimumContentsLength(18)
        self.person_combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.person_combo.lineEdit().textEdited.connect(lambda _t: self._options_changed())
        grid.addWidget(QLabel("P&erson:", buddy=self.person_combo), 0, 0)
        grid.addWidget(self.person_combo, 0, 1)
        return page

    def _annual_options(self) -> QWidget:
        page, grid = self._form()
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName("Municipal year")
        self.year_combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        grid.addWidget(QLabel("Municipal &year:", buddy=self.year_combo), 0, 0)
        grid.addWidget(self.year_combo, 0, 1)
        self.committee_check = QCheckBox("Co&mmittee meets on:")
        self.committee_check.setToolTip("The date of the Overview and Scrutiny Committee's meeting the report goes "
                                        "to; without it the report says “To be confirmed”")
        self.committee_date = QDateEdit()
        self.committee_date.setCalendarPopup(True)
        self.committee_date.setDisplayFormat("dd/MM/yyyy")
        self.committee_date.setAccessibleName("Date of the Committee's meeting")
        self.committee_date.setEnabled(False)
        self.committee_check.toggled.connect(self.committee_date.setEnabled)
        grid.addWidget(self.committee_check, 1, 0, 1, 1)
        grid.addWidget(self.committee_date, 1, 1, Qt.AlignmentFlag.AlignLeft)
        return page

    def _library_list(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        columns = [
            Column("Text", lambda e: e.title, tooltip=lambda e: e.title, max_width=500),
            Column("Wording", lambda e: (1, e.updated_at.isoformat() if e.updated_at else "") if e.edited else (0, ""),
                   display=lambda e: self._wording(e)),
        ]
        self.texts_model = FilteredRowsModel(columns, RowStyle(bold=lambda e: e.edited), self)
        table = self.texts_table = QTableView()
        table.setObjectName("libraryTexts")
        prepare_table(table)
        table.setModel(self.texts_model)
        table.setWordWrap(False)
        table.setAccessibleName("The Library's texts")
        table.selectionModel().selectionChanged.connect(lambda *_: self._text_chosen())
        box.addWidget(table, 1)
        hint = QLabel("These texts make up the induction pack. Edited texts are in bold; "
                      "Edit › Undo takes back a save.")
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #666; }")
        box.addWidget(hint)
        return page

    @staticmethod
    def _wording(e) -> str:
        if not e.edited:
            return "Default"
        return f"Edited {e.updated_at.astimezone():%d/%m/%Y}" if e.updated_at else "Edited"

    def _build_pack_side(self) -> QWidget:
        side = QSplitter(Qt.Orientation.Vertical)
        side.setChildrenCollapsible(False)
        self.pack_side = side

        self.preflight_box = QGroupBox("Preflight: the meeting's papers")
        pre = QVBoxLayout(self.preflight_box)
        pre.setContentsMargins(6, 6, 6, 6)
        pre.setSpacing(4)
        self.preflight_summary = QLabel()
        self.preflight_summary.setObjectName("preflightSummary")
        self.preflight_summary.setWordWrap(True)
        self.preflight_summary.setTextFormat(Qt.TextFormat.RichText)
        pre.addWidget(self.preflight_summary)
        columns = [
            Column("Severity", lambda i: SEVERITIES.index(i.severity) if i.severity in SEVERITIES else 9,
                   display=lambda i: SEVERITY_TEXT.get(i.severity, sentence_case(i.severity)),
                   tooltip=lambda i: {REFUSED: "The pack cannot be built until this is put right",
                                      LEFT_OUT: "This paper cannot go in: a page in its place says it will follow",
                                      WARNING: "It goes in, but look at it",
                                      NOTE: "For information"}.get(i.severity)),
            Column("Item", lambda i: item_sort(i.item), display=lambda i: i.item),
            Column("Paper", lambda i: i.paper, tooltip=lambda i: i.paper or None, max_width=220),
            Column("Problem", lambda i: sentence_case(gui_text(i.problem)),
                   tooltip=lambda i: sentence_case(gui_text(i.problem)), max_width=420),
            Column("What to do", lambda i: gui_text(i.action), tooltip=lambda i: gui_text(i.action)),
        ]
        style = RowStyle(background=lambda i: ROSE if i.severity in (REFUSED, LEFT_OUT)
                         else AMBER if i.severity == WARNING else None,
                         foreground=lambda i: GREY if i.severity == NOTE else None,
                         bold=lambda i: i.severity in (REFUSED, LEFT_OUT))
        self.preflight_model = FilteredRowsModel(columns, style, self)
        table = self.preflight_table = QTableView()
        table.setObjectName("preflightTable")
        prepare_table(table)
        table.setModel(self.preflight_model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # most serious first
        table.setWordWrap(False)
        table.setAccessibleName("Preflight of the meeting's papers")
        table.selectionModel().selectionChanged.connect(lambda *_: self._issue_chosen())
        pre.addWidget(table, 1)
        self.issue_detail = QLabel()
        self.issue_detail.setObjectName("issueDetail")
        self.issue_detail.setWordWrap(True)
        self.issue_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_detail.setStyleSheet("QLabel { color: #333; }")
        self.issue_detail.setVisible(False)
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.issue_detail, 1)
        self._action("confirm_public", "Confirm Paper Is &Public…", self.confirm_public,
                     "The app could not tell this paper is fit for the public (a scan, a young person named, text "
                     "like an exempt paper's): confirm it yourself, recorded with your name and the time",
                     button="Confirm &Public…")
        self.buttons["confirm_public"].setVisible(False)
        detail_row.addWidget(self.buttons["confirm_public"], 0, Qt.AlignmentFlag.AlignTop)
        pre.addLayout(detail_row)
        side.addWidget(self.preflight_box)

        preview_box = QWidget()
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 4, 0, 0)
        pv.setSpacing(4)
        self.banner = QLabel()
        self.banner.setObjectName("packBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setVisible(False)
        pv.addWidget(self.banner)
        self.preview = PdfPreview(EMPTY_PREVIEW)
        self._action("print", "&Print…", self.print_pack, "Print the pack shown, through the printer dialog",
                     "Ctrl+P", button="&Print…")
        self._action("save_as", "Save &As…", self.save_as, "Save a copy of the pack shown under another name or "
                     "in another folder", "Ctrl+Shift+S", button="Save &As…")
        self._action("open_reader", "Open in PDF &Reader", self.open_in_reader,
                     "Open the pack shown in the computer's PDF reader", button="Open in PDF &Reader")
        self.preview.loaded.connect(lambda _n: self.update_actions())
        pv.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for key in ("print", "save_as", "open_reader"):
            row.addWidget(self.buttons[key])
        pv.addLayout(row)
        side.addWidget(preview_box)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 3)
        side.setSizes([250, 560])
        return side

    def _build_editor(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(6, 0, 0, 0)
        box.setSpacing(6)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("textTitle")
        self.title_edit.setAccessibleName("Title of the text")
        self.title_edit.setToolTip("The section's heading in the induction pack")
        grid.addWidget(QLabel("&Title:", buddy=self.title_edit), 0, 0)
        grid.addWidget(self.title_edit, 0, 1)
        box.addLayout(grid)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("textBody")
        self.body_edit.setAccessibleName("Wording of the text")
        self.body_edit.setTabChangesFocus(True)
        box.addWidget(self.body_edit, 1)
        self.markup_label = QLabel(
            "A blank line between paragraphs · <b>##</b> a subheading · <b>-</b> a bullet point · "
            "<b>1.</b> a numbered line · <b>&gt;</b> a quotation · lines “term – meaning” a glossary")
        self.markup_label.setWordWrap(True)
        self.markup_label.setStyleSheet("QLabel { color: #555; }")
        box.addWidget(self.markup_label)
        self.text_problem = QLabel()
        self.text_problem.setObjectName("textProblem")
        self.text_problem.setStyleSheet("QLabel { color: #aa1414; }")
        self.text_problem.setWordWrap(True)
        box.addWidget(self.text_problem)
        self.source_label = QLabel()
        self.source_label.setObjectName("textSource")
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("QLabel { color: #666; }")
        box.addWidget(self.source_label)
        self._action("save_text", "&Save Text", self.save_text, "Save the wording of this text", "Ctrl+S",
                     button="&Save")
        self._action("restore_text", "Restore &Default Wording", self.restore_text,
                     "Go back to the wording the app came with (Edit › Undo brings yours back)",
                     button="Restore &Default Wording")
        row = QHBoxLayout()
        row.addWidget(self.buttons["save_text"])
        row.addWidget(self.buttons["restore_text"])
        row.addStretch(1)
        box.addLayout(row)
        self.title_edit.textChanged.connect(lambda _t: self._typed())
        self.body_edit.textChanged.connect(self._typed)
        return page

    # --- what the window knows --------------------------------------------------------------------
    @property
    def store(self):
        return self.window.store

    def today(self) -> dt.date:
        return dt.date.today()

    @property
    def busy(self) -> bool:
        """A build, print or copy is running."""
        return self._cancel is not None

    def current_choice(self) -> str:
        row = self.choice_list.currentRow()
        return CHOICES[row][0] if row >= 0 else AGENDA

    def meeting_id(self) -> int | None:
        return self.meeting_combo.currentData()

    def meeting(self):
        mid = self.meeting_id()
        return next((m for m in (self.data.meetings if self.data else []) if m.id == mid), None)

    def public(self) -> bool:
        return self.public_radio.isChecked()

    def version(self) -> str:
        return PUBLIC if self.public() else RESTRICTED

    def person_id(self) -> int | None:
        from cpo_desktop.ui.minutes_view import chosen

        return chosen(self.person_combo)

    def person(self):
        pid = self.person_id()
        return next((p for p in (self.data.people if self.data else []) if p.id == pid), None)

    def year(self) -> int | None:
        return self.year_combo.currentData()

    def committee_day(self) -> dt.date | None:
        return from_qdate(self.committee_date.date()) if self.committee_check.isChecked() else None

    # --- choosing what to make --------------------------------------------------------------------
    def choose(self, key: str) -> None:
        row = [c[0] for c in CHOICES].index(key)
        if self.choice_list.currentRow() != row:
            self.choice_list.setCurrentRow(row)  # calls back here
            return
        if key != LIBRARY and self.right.currentIndex() == 1 and not self.save_pending():
            self.choice_list.blockSignals(True)  # stay with the text that cannot be saved
            self.choice_list.setCurrentRow([c[0] for c in CHOICES].index(LIBRARY))
            self.choice_list.blockSignals(False)
            self.actions[f"choose_{LIBRARY}"].setChecked(True)
            return
        self.actions[f"choose_{key}"].setChecked(True)
        page = {AGENDA: 0, SUPPLEMENT: 0, INDUCTION: 1, ANNUAL: 2, LIBRARY: 3}[key]
        self.options.setCurrentIndex(page)
        for n in range(self.options.count()):  # the stack is as tall as the page shown, not its tallest
            self.options.widget(n).setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred
                                                 if n == page else QSizePolicy.Policy.Ignored)
        self.options.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding if key == LIBRARY
                                   else QSizePolicy.Policy.Maximum)
        self.left_box.setStretchFactor(self.options, 1 if key == LIBRARY else 0)
        self.options.updateGeometry()
        self.right.setCurrentIndex(1 if key == LIBRARY else 0)
        self.history_box.setVisible(key != LIBRARY)
        self.build_row.setVisible(key != LIBRARY)
        self.preflight_box.setVisible(key in (AGENDA, SUPPLEMENT))
        self.duplex_check.setVisible(key == AGENDA)
        self.buttons["preview_induction"].setVisible(key == INDUCTION)
        text = {AGENDA: "&Build Agenda Pack", SUPPLEMENT: "&Build Supplementary Pack",
                INDUCTION: "&Issue Induction Pack…", ANNUAL: "&Build Annual Report", LIBRARY: "&Build"}[key]
        self.actions["build"].setText(text)
        self.buttons["build"].setText(text)
        self.actions["build"].setStatusTip(dict((k, t) for k, _x, t in CHOICES)[key])
        if key == LIBRARY:
            if self.texts_model.rows and selected_row(self.texts_table, self.texts_model) is None:
                self.texts_table.selectRow(0)
        self._options_changed()

    def _options_changed(self) -> None:
        key = self.current_choice()
        if key in (AGENDA, SUPPLEMENT):
            self._meeting_note()
            self.refresh_preflight()
        elif key == INDUCTION:
            self._person_note()
        elif key == ANNUAL:
            self.note.setText("A year that is not over yet is reported as at today. The report is a public "
                              "document: young people by their first name, Part 2 business by its title only.")
        self.note.setVisible(key != LIBRARY)
        self.update_actions()

    def _meeting_note(self) -> None:
        m = self.meeting()
        if m is None:
            self.note.setText("No meetings yet: plan the year in Meetings first." if self.data else "")
            return
        packs = [r for r in (self.data.packs if self.data else []) if r.meeting_id == m.id
                 and r.version == self.version()]
        if not packs:
            note = f"No {self.version()} pack has been built for this meeting yet."
            if self.current_choice() == SUPPLEMENT:
                note += " Build the agenda pack first: a supplement numbers on from it."
        else:
            last = packs[0]
            note = (f"Last built {built_when(last.built_at)}: {last.label.split(' – ')[0].lower()}, pages "
                    f"{last.first_page}–{last.last_page}.")
        self.note.setText(note)

    def _person_note(self) -> None:
        p = self.person()
        if p is None:
            self.note.setText("Choose the new member. Issuing the pack records it in their training record.")
            return
        seats = "; ".join(p.seats) if p.seats else "No seat held today"
        issued = [r for r in (self.data.packs if self.data else []) if r.kind == "induction" and r.person_id == p.id]
        text = f"{seats}."
        if issued:
            text += f" An induction pack was issued to them on {issued[0].built_at.astimezone():%d/%m/%Y}."
        self.note.setText(text)

    # --- reading --------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read meetings, people, the packs built and the Library off the UI thread, then show them."""
        store = self.store
        self.update_actions()
        if store is None:
            return
        today = self.today()
        self._generation += 1
        generation = self._generation

        def done(data: Loaded) -> None:
            if generation == self._generation:  # a later reload supersedes this one
                self.show_data(data)

        self.window.runner.run(lambda: read_packs(store, today), done, self.failed)

    def show_data(self, data: Loaded) -> None:
        self.data = data
        self._fill_meetings(data)
        self._fill_people(data)
        self._fill_years(data)
        self._show_history(data)
        self._show_texts(data)
        if self._first_load:
            self._first_load = False
            newest = next((r for r in data.packs if r.path.is_file()), None)
            if newest is not None and self.shown is None:
                self._open_row(newest, quiet=True)
        self._options_changed()
        self.loaded.emit()

    def _fill_meetings(self, data: Loaded) -> None:
        combo = self.meeting_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for m in data.meetings:
            cancelled = " (cancelled)" if m.status == "cancelled" else ""
            combo.addItem(f"{m.date:%a} {m.date.day} {m.date:%b %Y} – {m.kind_label}{cancelled}", m.id)
            if m.theme:
                combo.setItemData(combo.count() - 1, f"Theme: {m.theme}", Qt.ItemDataRole.ToolTipRole)
        ids = [m.id for m in data.meetings]
        if keep not in ids:
            coming = [m for m in data.meetings if m.date >= data.today and m.status != "cancelled"]
            board = [m for m in coming if m.kind == "board"]
            keep = (board or coming or data.meetings[-1:] or [None])[0]
            keep = keep.id if keep is not None else None
        combo.setCurrentIndex(combo.findData(keep) if keep is not None else -1)
        combo.blockSignals(False)

    def _fill_people(self, data: Loaded) -> None:
        combo = self.person_combo
        keep = self.person_id()
        combo.blockSignals(True)
        combo.clear()
        for p in data.people:
            combo.addItem(p.name + ("" if p.seats else " (no seat today)"), p.id)
            combo.setItemData(combo.count() - 1, "; ".join(p.seats) or "No seat held today",
                              Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText("")
        combo.blockSignals(False)

    def _fill_years(self, data: Loaded) -> None:
        from cpo_desktop.model.rules import municipal_year_start

        combo = self.year_combo
        keep = combo.currentData()
        this_year = municipal_year_start(data.today)
        years = sorted({municipal_year_start(m.date) for m in data.meetings if m.kind == "board"} | {this_year},
                       reverse=True)
        years = [y for y in years if y <= this_year]
        combo.blockSignals(True)
        combo.clear()
        for y in years:
            combo.addItem(year_label(y) + (" (so far)" if y == this_year else ""), y)
            combo.setItemData(combo.count() - 1, f"The municipal year from May {y} to April {y + 1}",
                              Qt.ItemDataRole.ToolTipRole)
        if keep not in years:
            held = [municipal_year_start(m.date) for m in data.meetings
                    if m.kind == "board" and m.status == "held"]
            keep = max(held) if held else this_year
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)
        if not self.committee_check.isChecked():
            self.committee_date.setDate(to_qdate(data.today + dt.timedelta(days=28)))

    def _show_history(self, data: Loaded) -> None:
        chosen = selected_row(self.history_table, self.history_model)
        self.history_model.set_rows(data.packs)
        if data.packs and not getattr(self, "_history_sized", False):
            self._history_sized = True
            fit_columns(self.history_table, {1: 110}, stretch=0)
        if chosen is not None:
            select_where(self.history_table, self.history_model, lambda r: r.id == chosen.id)
        self.history_box.setTitle(f"Packs built before ({len(data.packs)})" if data.packs else "Packs built before")

    def _history_tip(self, r) -> str:
        where = str(r.path) if r.path.is_file() else f"{r.path} — no longer there (moved or deleted)"
        return f"{r.label}\nBuilt {built_when(r.built_at)}; pages {r.first_page}–{r.last_page}\n{where}"

    # --- preflight ------------------------------------------------------------------------------------
    def refresh_preflight(self) -> None:
        """Check the chosen meeting's papers for the chosen version (off the UI thread)."""
        store, meeting_id = self.store, self.meeting_id()
        self._preflight_generation += 1
        generation = self._preflight_generation
        if store is None or meeting_id is None:
            self.preflight = None
            self.preflight_model.set_rows([])
            self.preflight_summary.setText("Choose a meeting." if self.data else "")
            return
        public, today = self.public(), self.today()
        self.preflight = None  # the last one was for another meeting or version
        self.preflight_summary.setText("Checking the papers…")

        def job():
            from cpo_desktop.services import packs

            return packs.preflight(store, meeting_id, public=public, today=today)

        def done(report) -> None:
            if generation == self._preflight_generation:
                self.show_preflight(report)

        def failed(exc: BaseException, tb: str) -> None:
            if generation != self._preflight_generation:
                return
            from cpo_desktop.ui.main_window import user_message

            message = user_message(exc)
            if message is None:
                print(tb, file=sys.stderr)
                message = f"The papers could not be checked because of an unexpected problem: {exc}"
            self.preflight = None
            self.preflight_model.set_rows([])
            self.preflight_summary.setText(f"<span style='color:#a01010'>{html.escape(gui_text(message))}</span>")
            self.preflighted.emit()
            self.update_actions()

        self.window.runner.run(job, done, failed)

    def _issue_chosen(self) -> None:
        issue = selected_row(self.preflight_table, self.preflight_model)
        self.issue_detail.setText(gui_text(issue.text) if issue is not None else "")
        self.issue_detail.setVisible(issue is not None)
        self.buttons["confirm_public"].setVisible(issue is not None and issue.confirmable)
        self.update_actions()

    def confirm_public(self) -> None:
        """The officer's word that a paper the privacy rule holds back may go to the public."""
        issue = selected_row(self.preflight_table, self.preflight_model)
        store = self.store
        if issue is None or not issue.confirmable or store is None:
            return
        if not prompts.confirm(self, "Confirm Paper Is Public",
                               f"“{issue.paper}” {gui_text(issue.problem)}\n\nOpen it and read it. Confirm only if all of it is "
                               "fit for the public and partner boards: it will then go into public packs and "
                               "packages. Your confirmation is recorded with your name and the time.",
                               ok_text="Confirm Public"):
            return
        sha256, kind = issue.document, issue.kind

        def job():
            from cpo_desktop.services import packs

            return packs.confirm_document(store, sha256, kind)

        def done(confirmed) -> None:
            who = confirmed[0].confirmed_by if confirmed else ""
            self.window.status(f"Confirmed by {who}: “{issue.paper}” may go into public packs." if who else
                               f"“{issue.paper}” needed no confirmation.", 15000)
            self.refresh_preflight()

        self.window.runner.run(job, done, self.failed)

    def show_preflight(self, report) -> None:
        self.preflight = report
        self.preflight_model.set_rows(report.issues)
        if report.issues and not getattr(self, "_preflight_sized", False):
            self._preflight_sized = True
            fit_columns(self.preflight_table, {0: 76, 1: 44, 2: 130, 3: 240}, stretch=4)
        when = f"{report.meeting_date:%A} {report.meeting_date.day} {report.meeting_date:%B %Y}"
        summary = html.escape(gui_text(report.summary))
        if not report.ok:
            summary = f"<b style='color:#a01010'>{summary}</b>"
        elif report.count(LEFT_OUT):
            summary = f"<b>{summary}</b>"
        self.preflight_box.setTitle(f"Preflight: the {report.version} pack for {when}")
        self.preflight_summary.setText(summary if report.issues else summary + " Nothing to fix.")
        self.preflighted.emit()
        self.update_actions()

    # --- long work: builds and printing ---------------------------------------------------------------
    def _run_long(self, title: str, fn: Callable[[Any], Any], done: Callable[[Any], None],
                  cancelled: str = "Cancelled: nothing was written.") -> None:
        """Run ``fn(progress)`` on the view's worker thread with the progress bar and Cancel shown."""
        from cpo_desktop.packs.build import Progress

        if self.busy:
            return
        flag = self._cancel = cancel_flag()
        self._job_title = title
        progress = Progress(report=self._progress.report.emit, cancelled=flag.is_set)
        self.progress_bar.setRange(0, 0)  # busy until the first step says how many
        self.progress_label.setText(f"{title}…")
        self.progress_box.setVisible(True)
        self.buttons["cancel"].setText("&Cancel")
        self.window.status(f"{title}…", 0)
        self.update_actions()

        def finished(outcome: str) -> None:
            self._cancel = None
            self.progress_box.setVisible(False)
            self.update_actions()
            self.finished.emit(outcome)

        def ok(result) -> None:
            finished("done")
            done(result)

        def failed(exc: BaseException, tb: str) -> None:
            from cpo_desktop.packs.build import Cancelled

            if isinstance(exc, Cancelled) or flag.is_set():
                self.window.status(cancelled, 15000)
                finished("cancelled")
                return
            finished("failed")
            self.failed(exc, tb)

        self.worker.run(lambda: fn(progress), ok, failed)

    def _report(self, done: int, total: int, what: str) -> None:
        if self._cancel is None:
            return
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        self.progress_label.setText(what + ("…" if not what.endswith(("…", ".")) else ""))

    def cancel(self) -> None:
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.progress_label.setText("Cancelling…")
            self.buttons["cancel"].setEnabled(False)

    def shutdown(self, msecs: int = 15000) -> None:
        """The window is closing: stop a build or print and wait for it to let go."""
        self.cancel()
        self.worker.wait(msecs)

    # --- building ---------------------------------------------------------------------------------------
    def build(self) -> None:
        key = self.current_choice()
        if key == AGENDA:
            self.build_agenda()
        elif key == SUPPLEMENT:
            self.build_supplement()
        elif key == INDUCTION:
            self.issue_induction()
        elif key == ANNUAL:
            self.build_annual_report()

    def _meeting_words(self) -> str:
        m = self.meeting()
        return long_day(m.date) if m else "the meeting"

    def build_agenda(self) -> None:
        store, meeting_id = self.store, self.meeting_id()
        if store is None or meeting_id is None:
            return
        public, duplex, today, version = self.public(), self.duplex_check.isChecked(), self.today(), self.version()
        title = f"Agenda pack ({version}) – {day(self.meeting().date)}"

        def job(progress):
            from cpo_desktop.services import packs

            return packs.build_agenda(store, meeting_id, public=public, duplex=duplex, progress=progress, today=today)

        self._run_long(f"Building the {version} agenda pack for {self._meeting_words()}", job,
                       lambda result: self._built(result, title))

    def build_supplement(self) -> None:
        store, meeting_id = self.store, self.meeting_id()
        if store is None or meeting_id is None:
            return
        public, today, version = self.public(), self.today(), self.version()
        title = f"Supplementary pack ({version}) – {day(self.meeting().date)}"

        def job(progress):
            from cpo_desktop.services import packs

            return packs.build_supplement(store, meeting_id, public=public, progress=progress, today=today)

        self._run_long(f"Building the {version} supplementary pack for {self._meeting_words()}", job,
                       lambda result: self._built(result, title))

    def issue_induction(self) -> None:
        p = self.person()
        if self.store is None or p is None:
            return
        name = f"{p.first_name} {p.surname}"
        if not prompts.confirm(self, "Issue Induction Pack",
                               f"Make {name}'s induction pack and issue it?\n\nThis records the pack as issued in "
                               f"{name}'s training record (today). To look at it first without recording it, use "
                               "Preview Without Issuing.", ok_text="Issue Pack"):
            return
        self._induction(p, issue=True)

    def preview_induction(self) -> None:
        p = self.person()
        if self.store is None or p is None:
            return
        self._induction(p, issue=False)

    def _induction(self, p, *, issue: bool) -> None:
        store, today, person_id = self.store, self.today(), p.id
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
            self._built(result, f"Induction pack – {name}" + ("" if issue else " (not issued)"))
            if issue:
                self.window.status(f"Issued {name}'s induction pack; it is in their training record.", 15000)
                self.window.refresh()  # their training record, in the Members view

        what = f"Making {name}'s induction pack" + ("" if issue else " (a preview, not issued)")
        self._run_long(what, job, done)

    def build_annual_report(self) -> None:
        store, year = self.store, self.year()
        if store is None or year is None:
            return
        committee, today = self.committee_day(), self.today()

        def job(progress):
            from cpo_desktop.services import annual_report

            return annual_report.build(store, year, committee_date=committee, progress=progress, today=today)

        self._run_long(f"Making the annual report for {year_label(year)}", job,
                       lambda result: self._built(result, f"Annual report {year_label(year)}"))

    def _built(self, result, title: str) -> None:
        self.last_result = result
        self.window.status(f"Saved {result.path.name} ({pages_text(result.pages, result.first_page, result.last_page)})."
                           , 15000)
        try:
            self.show_pdf(result.path, title)
        except OSError as exc:
            self.failed(exc, "")
        self._banner_for_result(result, title)
        self.reload()  # the packs built, and what the preflight says now (Word papers converted …)
        if result.left_out:
            prompts.info(self, "Left Out of the Pack",
                         f"{title} is built, but {plural(len(result.left_out), 'paper')} could not go in; a page in "
                         "each one's place says it will be circulated separately:\n\n"
                         + "\n".join(f"• {gui_text(x)}" for x in result.left_out))

    def _banner_for_result(self, result, title: str) -> None:
        esc = html.escape
        lines = [f"<b>Built: {esc(title)}</b> — {esc(pages_text(result.pages, result.first_page, result.last_page))}"
                 f"<br><span style='color:#555'>{esc(str(result.path))}</span>"]
        if result.left_out:
            lines.append("<b>Left out:</b> " + "<br>".join(esc(gui_text(x)) for x in result.left_out))
        elif self.current_choice() in (AGENDA, SUPPLEMENT):
            lines.append("Every paper went in.")
        notes = [gui_text(n) for n in result.notes]
        if len(notes) == 1:
            lines.append(esc(notes[0]))
        elif notes:
            lines.append(f"{len(notes)} notes (point here to read them): " + esc(notes[0]) + " …")
        self.banner.setText("<br>".join(lines))
        self.banner.setToolTip("\n\n".join(notes) if len(notes) > 1 else "")
        self.banner.setStyleSheet(ROSE_BANNER if result.left_out else GREEN_BANNER)
        self.banner.setVisible(True)

    # --- the preview --------------------------------------------------------------------------------------
    def show_pdf(self, path: Path, title: str) -> int:
        pages = self.preview.load(Path(path))
        self.shown = Shown(Path(path), title, pages)
        self.update_actions()
        return pages

    def reopen(self) -> None:
        row = selected_row(self.history_table, self.history_model)
        if row is not None:
            self._open_row(row)

    def _open_row(self, row, *, quiet: bool = False) -> None:
        try:
            self.show_pdf(row.path, row.label)
        except OSError as exc:
            if not quiet:
                prompts.error(self, "Open Pack", f"{exc} Build it again to make a new copy.")
            return
        select_where(self.history_table, self.history_model, lambda r: r.id == row.id)
        esc = html.escape
        self.banner.setText(f"<b>{esc(row.label)}</b>, built {esc(built_when(row.built_at))} — "
                            f"{esc(pages_text(row.last_page - row.first_page + 1, row.first_page, row.last_page))}"
                            f"<br><span style='color:#555'>{esc(str(row.path))}</span>")
        self.banner.setToolTip("")
        self.banner.setStyleSheet(LOCKED_BANNER)
        self.banner.setVisible(True)
        if not quiet:
            self.window.status(f"Showing {row.path.name}.", 10000)

    def print_pack(self) -> None:
        shown = self.shown
        if shown is None or self.busy:
            return
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(shown.path.stem)
        printer.setFromTo(1, shown.pages)
        if not prompts.print_dialog(self, printer):
            return
        self._printer = printer
        path, current = shown.path, self.preview.current_page()

        def job(progress):
            return print_pdf(path, printer, progress=progress, current=current)

        def done(pages: int) -> None:
            self._printer = None
            self.window.status(f"Sent {plural(pages, 'page')} of {path.name} to the printer.", 15000)

        self._run_long(f"Printing {path.name}", job, done,
                       cancelled="Printing cancelled; pages already sent may still come out.")

    def save_as(self) -> None:
        shown = self.shown
        if shown is None or self.store is None:
            return
        target = prompts.save_file(self, "Save a Copy of the Pack", shown.path, PDF_FILTER)
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        source = shown.path
        try:
            if target.resolve() == source.resolve():
                self.window.status(f"{source.name} is already saved there.", 10000)
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
            self.window.status(f"Saved a copy as {saved}.", 15000)
            self.finished.emit("saved")

        self.window.runner.run(job, done, self.failed)

    def open_in_reader(self) -> None:
        shown = self.shown
        if shown is None:
            return
        if not shown.path.is_file():
            prompts.error(self, "Open in PDF Reader", f"{shown.path.name} is no longer in {shown.path.parent}: it was "
                          "moved or deleted. Build it again to make a new copy.")
            return
        if not open_path(shown.path):
            prompts.error(self, "Open in PDF Reader", "No program to open PDF files is set up on this computer. "
                          "Use Print… or Save As… here instead.")

    def show_folder(self) -> None:
        folder = self.data.packs_folder if self.data else None
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.failed(exc, "")
            return
        open_path(folder)

    # --- the Library ----------------------------------------------------------------------------------
    def _show_texts(self, data: Loaded, select: str | None = None) -> None:
        current = self._entry.key if self._entry is not None else None
        key = select or current
        self.texts_model.set_rows(data.texts)
        if data.texts and not getattr(self, "_texts_sized", False):
            self._texts_sized = True
            fit_columns(self.texts_table, {1: 130}, stretch=0)
        self._filling = True  # selecting again must not save or ask
        found = key is not None and select_where(self.texts_table, self.texts_model, lambda e: e.key == key)
        self._filling = False
        entry = next((e for e in data.texts if e.key == key), None) if found else None
        if entry is not None:
            dirty = self.text_dirty()
            if select is not None or not dirty:
                self._fill_editor(entry)
            else:
                self._entry = entry  # keep what is typed; it compares with the stored text now
                self._typed()
        elif self.current_choice() == LIBRARY and data.texts:
            self.texts_table.selectRow(0)

    def _text_chosen(self) -> None:
        if self._filling:
            return
        entry = selected_row(self.texts_table, self.texts_model)
        if entry is None or (self._entry is not None and entry.key == self._entry.key):
            return
        if not self.save_pending():
            self._filling = True
            select_where(self.texts_table, self.texts_model, lambda e: e.key == self._entry.key)
            self._filling = False
            return
        self._fill_editor(entry)

    def _fill_editor(self, entry) -> None:
        self._entry = entry
        self._filling = True
        self.title_edit.setText(entry.title)
        self.body_edit.setPlainText(entry.body)
        self._filling = False
        source = entry.source.rstrip(".")
        if entry.edited:
            when = f" on {entry.updated_at.astimezone():%d/%m/%Y}" if entry.updated_at else ""
            where = f" The default came from {source}." if source else ""
            self.source_label.setText(f"The board's own wording, saved{when}.{where}")
        else:
            self.source_label.setText(f"The default wording, from {source}." if source else "The default wording.")
        self._typed()

    def text_problems(self) -> list[str]:
        from cpo_desktop.services.library import MAX_BODY, MAX_TITLE

        title, body = self.title_edit.text(), self.body_edit.toPlainText()
        problems = []
        if not title.strip():
            problems.append("The text needs a title.")
        elif len(title) > MAX_TITLE:
            problems.append(f"The title is {len(title)} characters long; keep it to one line of at most {MAX_TITLE}.")
        if not body.strip():
            problems.append("The text cannot be empty. To go back to the wording the app came with, press "
                            "Restore Default Wording.")
        elif len(body) > MAX_BODY:
            problems.append(f"The text is {len(body):,} characters long; a text can hold at most "
                            f"{MAX_BODY:,}.".replace(",", " "))
        return problems

    def text_dirty(self) -> bool:
        e = self._entry
        if e is None:
            return False
        return (" ".join(self.title_edit.text().split()) != e.title
                or _normal_body(self.body_edit.toPlainText()) != e.body)

    def _typed(self) -> None:
        if self._filling:
            return
        problems = self.text_problems() if self._entry is not None else []
        self.text_problem.setText(" ".join(problems))
        self.text_problem.setVisible(bool(problems))
        reason = problems[0] if problems else ("Nothing has changed since it was saved" if not self.text_dirty()
                                               else "Save the wording of this text (Ctrl+S)")
        self.actions["save_text"].setToolTip(reason)
        self.buttons["save_text"].setToolTip(reason)
        self.update_actions()

    def save_text(self) -> None:
        e = self._entry
        if e is None or self.text_problems() or not self.text_dirty() or self.store is None:
            return
        from cpo_desktop.services import library

        key, title, body = e.key, self.title_edit.text(), self.body_edit.toPlainText()
        shown_title = " ".join(title.split())
        self.window.actions._record(  # noqa: SLF001 - the window's one way to make an undoable change
            f"Change the text “{shown_title}”", key,
            lambda s: library.set_text(s, key, body, title=title),
            capture=library.get_text, restore=library.restore_entry, absent=lambda k: None, person=False,
            after=lambda result: self._library_changed(key, follow=result is None))

    def restore_text(self) -> None:
        e = self._entry
        if e is None or self.store is None:
            return
        if not e.edited:
            self._fill_editor(e)  # only typing to take back
            self.window.status(f"“{e.title}” has its default wording.", 10000)
            return
        from cpo_desktop.services import library

        key = e.key
        self.window.actions._record(  # noqa: SLF001 - the window's one way to make an undoable change
            f"Restore the default wording of “{e.default_title}”", key, lambda s: library.reset_text(s, key),
            capture=library.get_text, restore=library.restore_entry, absent=lambda k: None, person=False,
            after=lambda result: self._library_changed(key, follow=result is None))

    def _library_changed(self, key: str, *, follow: bool) -> None:
        """After a save or a restore (``follow`` False: the user may have moved on to another text),
        or their undo or redo (``follow``: show ``key``, unless another text has typing not saved):
        read the texts again."""
        store = self.store
        if store is None:
            return

        def job():
            from cpo_desktop.services import library

            return library.list_texts(store)

        def done(texts) -> None:
            if self.data is not None:
                self.data.texts = texts
                current = self._entry.key if self._entry is not None else None
                show = follow and (current == key or not self.text_dirty())
                self._show_texts(self.data, select=key if show else None)
            self.library_shown.emit()

        self.window.runner.run(job, done, self.failed)

    def save_pending(self) -> bool:
        """Typing in a Library text is saved when the user moves on; False when it cannot be (the
        user chose to stay), True otherwise."""
        if self._entry is None or not self.text_dirty():
            return True
        problems = self.text_problems()
        if not problems:
            self.save_text()
            return True
        if prompts.confirm(self, "Library", f"Your changes to “{self._entry.title}” cannot be saved: "
                           f"{problems[0][0].lower()}{problems[0][1:]}\n\nLeave them and lose the changes?",
                           ok_text="Lose Changes"):
            self._fill_editor(self._entry)
            return True
        return False

    # --- enabling -------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.update_actions()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.update_actions()

    def update_actions(self) -> None:
        here = self.isVisible()  # the shortcuts act only on the view in sight
        open_ = self.store is not None and self.data is not None
        key = self.current_choice() if hasattr(self, "choice_list") else AGENDA
        busy = self.busy
        can_build = {
            AGENDA: self.meeting_id() is not None and (self.preflight is None or self.preflight.ok),
            SUPPLEMENT: self.meeting_id() is not None and (self.preflight is None or self.preflight.ok),
            INDUCTION: self.person() is not None,
            ANNUAL: self.year() is not None,
            LIBRARY: False,
        }[key]
        shown = self.shown is not None
        enable = {
            "build": here and open_ and not busy and can_build,
            "confirm_public": here and open_ and not busy and key in (AGENDA, SUPPLEMENT)
            and getattr(selected_row(self.preflight_table, self.preflight_model), "confirmable", False),
            "preview_induction": here and open_ and not busy and key == INDUCTION and self.person() is not None,
            "cancel": busy and (self._cancel is not None and not self._cancel.is_set()),
            "print": here and shown and not busy,
            "save_as": here and shown,
            "open_reader": here and shown,
            "reopen": here and open_ and selected_row(self.history_table, self.history_model) is not None,
            "show_folder": here and open_,
            "save_text": here and open_ and key == LIBRARY and self._entry is not None and self.text_dirty()
            and not self.text_problems(),
            "restore_text": here and open_ and key == LIBRARY and self._entry is not None
            and (self._entry.edited or self.text_dirty()),
        }
        for k, on in enable.items():
            self.actions[k].setEnabled(bool(on))
        for k, _text, _tip in CHOICES:
            self.actions[f"choose_{k}"].setEnabled(True)
        if key in (AGENDA, SUPPLEMENT) and self.preflight is not None and not self.preflight.ok:
            self.buttons["build"].setToolTip("The pack cannot be built: see the preflight on the right")
        else:
            self.buttons["build"].setToolTip(self.actions["build"].toolTip())

    # --- failures ---------------------------------------------------------------------------------------
    def failed(self, exc: BaseException, tb: str) -> None:
        from cpo_desktop.errors import UserError

        if isinstance(exc, UserError):
            message = gui_text(str(exc))
            if message != str(exc):
                exc = UserError(message)
        self.window.task_failed(exc, tb)


def _normal_body(body: str) -> str:
    """The body as the Library keeps it (lines without trailing spaces, no blank lines at the ends)."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


__all__ = ["PacksView", "open_path", "cancel_flag", "gui_text"]
