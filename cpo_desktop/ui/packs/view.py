"""Packs: the papers that leave the CPO's desk — agenda packs (restricted and public) and their
supplements, member induction packs, the annual report — and the Library of the board's own
texts that the induction pack is made from.

The view's frame is laid out in forms/packs_view.ui, each panel in its own form: on the left,
what to make and its options (``choose``), the Build button with its progress, and the packs
built before (``output``); on the right, the preflight of the chosen meeting's papers
(``preflight``) and the pack itself in a preview (``preview``), with Print…, Save As… and Open in
PDF Reader. Choosing "Library of texts" puts the texts on the left and the editor on the right
(``library``).

The view only calls services (``services.packs``, ``services.induction``,
``services.annual_report``, ``services.pack_records``, ``services.library``) through the view
context: reading through ``ctx.op``; builds, printing and copies (``jobs``) through
``ctx.long_op`` on the long-work worker with the view's own progress bar and Cancel — a
cancelled build writes nothing. A change to a Library text goes on Edit › Undo (``ctx.undo``).
Every dialog, file picker and the print dialog go through ``prompts``.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from cpo_desktop.ui import viewinfo
from cpo_desktop.ui.context import ViewContext, user_message
from cpo_desktop.ui.ops import LongOp, ProgressPanel
from cpo_desktop.ui.packs import dialogs
from cpo_desktop.ui.packs.choose import ANNUAL_NOTE
from cpo_desktop.ui.packs.common import (
    AGENDA,
    ANNUAL,
    BUILD_TEXT,
    CHOICE_ACTIONS,
    CHOICE_KEYS,
    CHOICES,
    INDUCTION,
    LIBRARY,
    SUPPLEMENT,
    Loaded,
    Shown,
    read_packs,
)
from cpo_desktop.ui.packs.jobs import PackJobs
from cpo_desktop.ui.packs.library import TextEditor
from cpo_desktop.ui.widgets import ViewPage

OPTION_PAGE = {AGENDA: 0, SUPPLEMENT: 0, INDUCTION: 1, ANNUAL: 2, LIBRARY: 3}


class _ProgressSignals(QObject):
    # The steps of the long work running, as reported (tests listen here).
    report = Signal(int, int, str)


class PacksView(ViewPage, QWidget):

    # The window's menu for this view: its title and the view's own actions by key, in groups.
    MENU_TITLE = viewinfo.info("packs").menu
    MENU_GROUPS = (('choose_agenda', 'choose_supplement', 'choose_induction', 'choose_annual', 'choose_library'),
                   ('build', 'preview_induction', 'cancel', 'confirm_public'), ('print', 'save_as', 'open_reader'),
                   ('reopen', 'show_folder'), ('save_text', 'restore_text'))
    loaded = Signal()  # meetings, people, packs built and the Library read and shown
    preflighted = Signal()  # the chosen meeting's preflight is shown
    finished = Signal(str)  # a build, print or copy ended: "done", "cancelled", "failed" (or a copy "saved")
    library_shown = Signal()  # the Library was read again (after a save, restore, undo or redo)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Loaded | None = None
        self.preflight = None  # services.packs.Preflight of the meeting and version chosen
        self.shown: Shown | None = None
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.worker = ctx.ops.long_runner  # builds and printing: beside the short work, so reads go on
        self._progress = _ProgressSignals(self)
        self._first_load = True
        self._build()
        self.jobs = PackJobs(ctx, self, self.progress_box, self._progress.report)
        self._make_actions()
        self._bind_buttons()
        self.choose(AGENDA)
        self.update_actions()

    # --- construction -----------------------------------------------------------------------------
    def _action(self, key: str, text: str, slot: Callable[[], None], tip: str, shortcut: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        tip = tip + (f" ({shortcut})" if shortcut else "")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.actions[key] = action
        return action

    def _make_actions(self) -> None:
        self.group = QActionGroup(self)
        for key, _text, tip in CHOICES:
            action = self._action(f"choose_{key}", CHOICE_ACTIONS[key], lambda key=key: self.choose(key), tip)
            action.setCheckable(True)
            self.group.addAction(action)
        act, jobs = self._action, self.jobs
        act("build", "&Build Agenda Pack", self.build, "Build the pack chosen", "Ctrl+B")
        act("preview_induction", "Pre&view Induction Pack Without Issuing", jobs.preview_induction,
            "Make the pack to look at, without recording it as issued")
        act("cancel", "&Cancel Build", self.cancel, "Stop the build or print now; nothing is written")
        act("reopen", "&Open Pack Built Before", self.reopen,
            "Show the pack selected in “Packs built before” in the preview")
        act("show_folder", "Show Packs &Folder", jobs.show_folder, "Show the folder the packs are saved in")
        act("confirm_public", "Confirm Paper Is &Public…", self.confirm_public,
            "The app could not tell this paper is fit for the public (a scan, a young person named, text "
            "like an exempt paper's): confirm it yourself, recorded with your name and the time")
        act("print", "&Print…", jobs.print_pack, "Print the pack shown, through the printer dialog", "Ctrl+P")
        act("save_as", "Save &As…", jobs.save_as, "Save a copy of the pack shown under another name or "
            "in another folder", "Ctrl+Shift+S")
        act("open_reader", "Open in PDF &Reader", jobs.open_in_reader,
            "Open the pack shown in the computer's PDF reader")
        act("save_text", "&Save Text", self.save_text, "Save the wording of this text", "Ctrl+S")
        act("restore_text", "Restore &Default Wording", self.restore_text,
            "Go back to the wording the app came with (Edit › Undo brings yours back)")

    def _bind_buttons(self) -> None:
        """The forms' buttons press their actions, say what they do and follow them in and out of use."""
        ui, history, preview = self.ui, self.history_box, self.preview_panel
        for key, button in (("build", ui.buildButton), ("preview_induction", ui.previewInductionButton),
                            ("reopen", history.reopen_button), ("show_folder", history.folder_button),
                            ("confirm_public", self.preflight_box.confirm_button),
                            ("print", preview.print_button), ("save_as", preview.save_as_button),
                            ("open_reader", preview.reader_button), ("save_text", self.editor.save_button),
                            ("restore_text", self.editor.restore_button)):
            action = self.actions[key]
            button.clicked.connect(action.trigger)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            self.buttons[key] = button
        cancel = self.buttons["cancel"] = self.progress_box.cancel_button
        cancel.setToolTip(self.actions["cancel"].toolTip())
        cancel.setAccessibleName("Cancel Build")

    def _build(self) -> None:
        """The frame and its panels from forms/packs_view.ui; the progress panel and the Library's
        editor are made here."""
        from cpo_desktop.ui.generated.ui_packs_view import Ui_PacksView

        self.ui = ui = Ui_PacksView()
        ui.setupUi(self)
        self.header, self.splitter, self.right, self.pack_side = ui.header, ui.splitter, ui.right, ui.packSide
        self.left_box, self.choice_list, self.options, self.note = ui.leftLayout, ui.packChoices, ui.options, \
            ui.optionNote
        self.build_row = ui.buildRow
        self.choice_list.currentRowChanged.connect(lambda row: row >= 0 and self.choose(CHOICES[row][0]))

        m = self.meeting_options = ui.meetingOptions
        i = self.induction_options = ui.inductionOptions
        a = self.annual_options = ui.annualOptions
        self.texts_page = ui.textsPage
        for page in (m, i, a):
            page.changed.connect(self._options_changed)
        self.meeting_combo, self.restricted_radio, self.public_radio = m.meeting_combo, m.restricted_radio, \
            m.public_radio
        self.duplex_check, self.person_combo, self.year_combo = m.duplex_check, i.person_combo, a.year_combo
        self.committee_check, self.committee_date = a.committee_check, a.committee_date
        self.texts_model, self.texts_table = self.texts_page.model, self.texts_page.table

        self.progress_box = ProgressPanel(name="Build progress")
        self.progress_bar, self.progress_label = self.progress_box.bar, self.progress_box.label
        self.left_box.insertWidget(self.left_box.indexOf(ui.historyBox), self.progress_box)

        self.history_box = ui.historyBox
        self.history_model, self.history_table = self.history_box.model, self.history_box.table
        self.history_table.doubleClicked.connect(lambda *_: self.reopen())
        self.history_table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())

        self.preflight_box = ui.preflightBox
        self.preflight_model, self.preflight_table = self.preflight_box.model, self.preflight_box.table
        self.preflight_summary, self.issue_detail = self.preflight_box.summary, self.preflight_box.issue_detail
        self.preflight_table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.preview_panel = ui.previewPanel
        self.banner, self.preview = self.preview_panel.banner, self.preview_panel.preview
        self.preview.loaded.connect(lambda _n: self.update_actions())
        self.pack_side.setStretchFactor(0, 1)
        self.pack_side.setStretchFactor(1, 3)
        self.pack_side.setSizes([250, 560])

        self.editor = TextEditor(self.ctx, self, self.texts_page)
        self.right.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 800])
        # The widgets the window's menus and the tests reach, by their old names.
        self.title_edit, self.body_edit = self.editor.title_edit, self.editor.body_edit
        self.text_problem = self.editor.text_problem

    # --- what the view knows --------------------------------------------------------------------
    @property
    def store(self):
        return self.ctx.store

    def today(self) -> dt.date:
        return self.ctx.today()

    def current_choice(self) -> str:
        row = self.choice_list.currentRow()
        return CHOICES[row][0] if row >= 0 else AGENDA

    def meeting_id(self) -> int | None:
        return self.meeting_options.meeting_id()

    def meeting(self):
        mid = self.meeting_id()
        return next((m for m in (self.data.meetings if self.data else []) if m.id == mid), None)

    def public(self) -> bool:
        return self.public_radio.isChecked()

    def version(self) -> str:
        return self.meeting_options.version()

    def person_id(self) -> int | None:
        return self.induction_options.person_id()

    def person(self):
        pid = self.person_id()
        return next((p for p in (self.data.people if self.data else []) if p.id == pid), None)

    def year(self) -> int | None:
        return self.annual_options.year()

    def committee_day(self) -> dt.date | None:
        return self.annual_options.committee_day()

    # --- choosing what to make --------------------------------------------------------------------
    def choose(self, key: str) -> None:
        row = CHOICE_KEYS.index(key)
        if self.choice_list.currentRow() != row:
            self.choice_list.setCurrentRow(row)  # calls back here
            return
        if key != LIBRARY and self.right.currentIndex() == 1 and not self.save_pending():
            self.choice_list.blockSignals(True)  # stay with the text that cannot be saved
            self.choice_list.setCurrentRow(CHOICE_KEYS.index(LIBRARY))
            self.choice_list.blockSignals(False)
            self.actions[f"choose_{LIBRARY}"].setChecked(True)
            return
        self.actions[f"choose_{key}"].setChecked(True)
        page = OPTION_PAGE[key]
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
        self.actions["build"].setText(BUILD_TEXT[key])
        self.buttons["build"].setText(BUILD_TEXT[key])
        self.actions["build"].setStatusTip({k: t for k, _x, t in CHOICES}[key])
        if key == LIBRARY and self.texts_model.rows and self.texts_page.selected() is None:
            self.texts_table.selectRow(0)
        self._options_changed()

    def _options_changed(self) -> None:
        key = self.current_choice()
        if key in (AGENDA, SUPPLEMENT):
            self.note.setText(self.meeting_options.note(self.meeting(), self.data, key))
            self.refresh_preflight()
        elif key == INDUCTION:
            self.note.setText(self.induction_options.note(self.person(), self.data))
        elif key == ANNUAL:
            self.note.setText(ANNUAL_NOTE)
        self.note.setVisible(key != LIBRARY)
        self.update_actions()

    # --- reading --------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read meetings, people, the packs built and the Library off the UI thread, then show them."""
        store = self.store
        self.update_actions()
        if store is None:
            return
        today = self.today()
        self.ctx.op(lambda: read_packs(store, today)).latest("packs.read").owner(self).success(self.show_data).run()

    def show_data(self, data: Loaded) -> None:
        same = data == self.data  # a visit, with nothing changed since: the lists stand as they are
        self.data = data
        if not same:
            self.meeting_options.fill(data)
            self.induction_options.fill(data)
            self.annual_options.fill(data)
            self.history_box.show_packs(data.packs)
            self.editor.show_texts(data.texts)
        if self._first_load:
            self._first_load = False
            newest = next((r for r in data.packs if r.path.is_file()), None)
            if newest is not None and self.shown is None:
                self._open_row(newest, quiet=True)
        self._options_changed()
        self.loaded.emit()

    # --- preflight ------------------------------------------------------------------------------------
    def refresh_preflight(self) -> None:
        """Check the chosen meeting's papers for the chosen version (off the UI thread)."""
        store, meeting_id = self.store, self.meeting_id()
        if store is None or meeting_id is None:
            self.ctx.ops.forget("packs.preflight")  # a check still running is for another choice
            self.preflight = None
            self.preflight_box.clear("Choose a meeting." if self.data else "")
            return
        public, today = self.public(), self.today()
        self.preflight = None  # the last one was for another meeting or version
        self.preflight_summary.setText("Checking the papers…")

        def job():
            from cpo_desktop.services import packs

            return packs.preflight(store, meeting_id, public=public, today=today)

        def failed(exc: BaseException, tb: str) -> None:
            message = user_message(exc)
            if message is None:
                print(tb, file=sys.stderr)
                message = f"The papers could not be checked because of an unexpected problem: {exc}"
            self.preflight = None
            self.preflight_box.failed(message)
            self.preflighted.emit()
            self.update_actions()

        self.ctx.op(job).latest("packs.preflight").owner(self).success(self.show_preflight).failure(failed).run()

    def show_preflight(self, report) -> None:
        self.preflight = report
        self.preflight_box.show_report(report)
        self.preflighted.emit()
        self.update_actions()

    def confirm_public(self) -> None:
        """The officer's word that a paper the privacy rule holds back may go to the public."""
        issue = self.preflight_box.selected()
        store = self.store
        if issue is None or not issue.confirmable or store is None or not dialogs.confirm_public(self, issue):
            return
        sha256, kind = issue.document, issue.kind

        def job():
            from cpo_desktop.services import packs

            return packs.confirm_document(store, sha256, kind)

        def done(confirmed) -> None:
            who = confirmed[0].confirmed_by if confirmed else ""
            self.ctx.status(f"Confirmed by {who}: “{issue.paper}” may go into public packs." if who else
                            f"“{issue.paper}” needed no confirmation.", 15000)
            self.refresh_preflight()

        self.ctx.op(job).success(done).run()

    # --- builds, printing and copies (``jobs`` does the work) ------------------------------------------
    @property
    def busy(self) -> bool:
        """A build, print or copy is running."""
        return self.jobs.busy

    @property
    def running(self) -> LongOp | None:
        """The build, print or copy in progress."""
        return self.jobs.running

    @property
    def last_result(self):
        """The PackResult of the last build."""
        return self.jobs.last_result

    @property
    def last_saved(self) -> Path | None:
        """The last copy saved with Save As…."""
        return self.jobs.last_saved

    def build(self) -> None:
        self.jobs.build()

    def cancel(self) -> None:
        self.jobs.cancel()

    def shutdown(self, msecs: int = 15000) -> None:
        """The window is closing: stop a build or print and wait for it to let go."""
        self.cancel()
        self.worker.wait(msecs)

    # --- the preview --------------------------------------------------------------------------------------
    def show_pdf(self, path: Path, title: str) -> int:
        pages = self.preview_panel.load(Path(path))
        self.shown = Shown(Path(path), title, pages)
        self.update_actions()
        return pages

    def reopen(self) -> None:
        row = self.history_box.selected()
        if row is not None:
            self._open_row(row)

    def _open_row(self, row, *, quiet: bool = False) -> None:
        try:
            self.show_pdf(row.path, row.label)
        except OSError as exc:
            if not quiet:
                dialogs.pack_gone(self, exc)
            return
        self.history_box.select(row.id)
        self.preview_panel.show_row(row)
        if not quiet:
            self.ctx.status(f"Showing {row.path.name}.", 10000)

    # --- the Library (its editor does the work) ------------------------------------------------------
    @property
    def _entry(self):
        """The Library text in the editor (tests look)."""
        return self.editor.entry

    def text_problems(self) -> list[str]:
        return self.editor.text_problems()

    def text_dirty(self) -> bool:
        return self.editor.text_dirty()

    def save_text(self) -> None:
        self.editor.save_text()

    def restore_text(self) -> None:
        self.editor.restore_text()

    def save_pending(self) -> bool:
        """Typing in a Library text is saved when the user moves on; False when it cannot be (the
        user chose to stay), True otherwise."""
        return self.editor.save_pending()

    # --- enabling -------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.update_actions()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.update_actions()

    def update_actions(self) -> None:
        if "restore_text" not in self.buttons:
            return  # still being built
        here = self.isVisible()  # the shortcuts act only on the view in sight
        open_ = self.store is not None and self.data is not None
        key = self.current_choice()
        busy = self.busy
        preflight_ok = self.preflight is None or self.preflight.ok
        can_build = {
            AGENDA: self.meeting_id() is not None and preflight_ok,
            SUPPLEMENT: self.meeting_id() is not None and preflight_ok,
            INDUCTION: self.person() is not None,
            ANNUAL: self.year() is not None,
            LIBRARY: False,
        }[key]
        shown = self.shown is not None
        library = here and open_ and key == LIBRARY
        enable = {
            "build": here and open_ and not busy and can_build,
            "confirm_public": here and open_ and not busy and key in (AGENDA, SUPPLEMENT)
            and getattr(self.preflight_box.selected(), "confirmable", False),
            "preview_induction": here and open_ and not busy and key == INDUCTION and self.person() is not None,
            "cancel": busy and not self.running.flag.is_set(),
            "print": here and shown and not busy,
            "save_as": here and shown,
            "open_reader": here and shown,
            "reopen": here and open_ and self.history_box.selected() is not None,
            "show_folder": here and open_,
            "save_text": library and self.editor.can_save(),
            "restore_text": library and self.editor.can_restore(),
        }
        for k, on in enable.items():
            self.actions[k].setEnabled(bool(on))
        for k in CHOICE_KEYS:
            self.actions[f"choose_{k}"].setEnabled(True)
        if key in (AGENDA, SUPPLEMENT) and not preflight_ok:
            self.buttons["build"].setToolTip("The pack cannot be built: see the preflight on the right")
        else:
            self.buttons["build"].setToolTip(self.actions["build"].toolTip())


__all__ = ["PacksView"]
