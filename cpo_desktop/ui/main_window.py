"""The main window: navigation between the views, the File/View/Help menus, the status bar.

It talks to the store only through services, always on the task runner's thread, and it
imports the services (and so SQLAlchemy) only after the window has painted.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QMainWindow, QMenu, QProgressBar, QWidget

from cpo_desktop import APP_NAME, __version__, dates
from cpo_desktop import paths as paths_mod
from cpo_desktop.ui import prompts
from cpo_desktop.ui.context import ViewContext, user_message
from cpo_desktop.ui.generated.ui_main_window import Ui_MainWindow
from cpo_desktop.ui.ops import ProgressPanel
from cpo_desktop.ui.style import icon
from cpo_desktop.ui import viewinfo
from cpo_desktop.ui.viewinfo import VIEWS, shows

# Start-up order matters for speed: before the first paint only the frame (menus, navigation,
# status bar) is built; straight after it the database is opened on the worker thread (which
# imports the services and SQLAlchemy) while the view in sight is built. Every other view is
# built (its module imported) when it is first shown, and reads the data then.

FIRST_RUN_KEY = "firstrun.choice"


class AboutDialog(QDialog):
    def __init__(self, data_paths: paths_mod.DataPaths, revision: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_about_dialog import Ui_AboutDialog

        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        import PySide6

        self.ui.iconLabel.setPixmap(icon("app").pixmap(64, 64))
        self.ui.versionValue.setText(__version__)
        self.ui.dataValue.setText(str(data_paths.root))
        self.ui.schemaValue.setText(revision or "not opened")
        self.ui.platformValue.setText(f"Python {sys.version.split()[0]}, Qt for Python {PySide6.__version__}")
        self.ui.openFolderButton.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_paths.root))))


# Room left above the window for its title bar, which the window manager adds outside the
# window's own geometry (and whose height is not known before the window is first shown).
TITLE_BAR = 32


class MainWindow(QMainWindow):
    first_painted = Signal()
    ready = Signal()  # the data has been loaded into the views and painted
    load_failed = Signal(str)

    def __init__(self, data_paths: paths_mod.DataPaths, *, settings: QSettings | None = None,
                 interactive: bool = True) -> None:
        super().__init__()
        self.data_paths = data_paths
        self.settings = settings
        # What the views may use (they never see this window): store, data, operations, undo, status.
        self.ctx = ViewContext(data_paths, interactive=interactive, parent=self)
        self.ctx.dialog_parent = self
        self._select_after_refresh: int | None = None
        self.revision: str | None = None
        self._painted = False
        self._setup_done = False
        self._loading_started = False
        self.views: dict[str, QWidget] = {}  # the views built so far (each when first shown)
        self._welcome = False
        self._stale: set[str] = set()  # views to read again when next shown
        self.runner = self.ctx.ops.runner
        self.ctx.status_shown.connect(self.status)
        self.ctx.refresh_requested.connect(self.refresh)
        self.ctx.view_requested.connect(self.set_view)
        self.ctx.agenda_requested.connect(self.open_agenda)
        self.ctx.changed.connect(self._data_changed)

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self._build_navigation()
        self._build_status_bar()
        if settings is not None:
            self._restore_settings(settings)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the window within its screen's available area, the taskbar left clear: the
        designed 1240 × 780 would open taller than a 1366 × 768 laptop's screen, its status bar
        under the taskbar; a size saved on a bigger screen is brought in too (never below the
        window's minimum)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = max(self.minimumWidth(), min(self.width(), area.width()))
        height = max(self.minimumHeight(), min(self.height(), area.height() - TITLE_BAR))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            self.move(area.left() + (area.width() - width) // 2,
                      area.top() + max(0, (area.height() - TITLE_BAR - height) // 2))

    # The window's own view of what the context holds (the views use the context).
    @property
    def store(self) -> Any:
        return self.ctx.store

    @store.setter
    def store(self, value: Any) -> None:
        self.ctx.store = value

    @property
    def views_data(self) -> Any:
        """services.overview.ViewsData, once loaded."""
        return self.ctx.data

    @views_data.setter
    def views_data(self, value: Any) -> None:
        self.ctx.data = value

    @property
    def interactive(self) -> bool:
        return self.ctx.interactive

    # --- construction ---------------------------------------------------------------------
    def _build_navigation(self) -> None:
        for info in VIEWS:
            item = QListWidgetItem(icon(info.icon), info.title)
            item.setSizeHint(QSize(0, 40))
            self.ui.navList.addItem(item)
            self.ui.viewStack.addWidget(QWidget())  # stands in for the view until it is first shown
        self.ui.navList.currentRowChanged.connect(self._show_view_at)
        self.ui.navList.setCurrentRow(0)

    def _show_view_at(self, row: int) -> None:
        if self._setup_done:
            name = VIEWS[row].name
            shown = self.ui.viewStack.currentWidget()
            if shown is self.views.get("minutes") and name != "minutes":
                self.minutes_view.save_pending()  # typing in a minute is saved on leaving the view
            if shown is self.views.get("performance") and name != "performance":
                self.performance_view.save_pending()  # and commentary typed on a figure
            if shown is self.views.get("packs") and name != "packs" \
                    and not self.packs_view.save_pending():  # typing in a Library text, likewise
                self.ui.navList.blockSignals(True)  # it cannot be saved and the user chose to stay
                self.ui.navList.setCurrentRow(self.ui.viewStack.currentIndex())
                self.ui.navList.blockSignals(False)
                return
            self.view(name)  # built when first shown
            self.ui.viewStack.setCurrentIndex(row)
            if name in ("minutes", "exchange", "packs") and self.store is not None:
                # Attendance, minutes and actions, the exchange register (what is owed follows the
                # meetings held and the minutes confirmed) and the packs (a meeting's papers, its
                # preflight) draw on every other view's data: read on each visit.
                self._stale.discard(name)
                self.views[name].reload()
            elif name in self._stale and self.store is not None:
                # Read on being shown: a change elsewhere need not re-read every view behind it.
                self._stale.discard(name)
                self.views[name].reload()

    def finish_setup(self) -> None:
        """Build the menus, the shortcuts and the view in sight; runs right after the first paint."""
        if self._setup_done:
            return
        self._build_view_actions()
        self._connect_actions()
        self._setup_done = True
        self._show_view_at(self.ui.navList.currentRow())

    def _build_view_actions(self) -> None:
        from cpo_desktop.ui.register.actions import RegisterActions

        self.actions = RegisterActions(self.ctx, self)  # the register's commands and the undo stack
        self.view_actions: dict[str, QAction] = {}
        for n, info in enumerate(VIEWS, start=1):
            action = QAction(icon(info.icon), info.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{n % 10}"))  # the tenth view: Ctrl+0
            action.triggered.connect(lambda _=False, name=info.name: self.set_view(name))
            self.ui.menuView.addAction(action)
            self.view_actions[info.name] = action

    def view(self, name: str) -> QWidget:
        """The view ``name``, built (and given the data read so far) the first time it is asked for."""
        built = self.views.get(name)
        if built is not None:
            return built
        from cpo_desktop.ui import views_built

        widget = views_built.build(self, name)
        self.views[name] = widget
        row = [info.name for info in VIEWS].index(name)
        stack = self.ui.viewStack
        stand_in = stack.widget(row)
        current = stack.currentIndex()
        stack.insertWidget(row, widget)
        stack.removeWidget(stand_in)
        stand_in.deleteLater()
        stack.setCurrentIndex(current)
        if self.views_data is not None and views_built.give_data(self, name, self.views_data, self._welcome):
            self._stale.add(name)
        return widget

    # The views by name, for the window's own code and the tests (each built when first asked for).
    members = property(lambda self: self.view("members"))
    seats = property(lambda self: self.view("seats"))
    officers = property(lambda self: self.view("officers"))
    meetings = property(lambda self: self.view("meetings"))
    agenda_view = property(lambda self: self.view("agenda"))
    work_programme = property(lambda self: self.view("work-programme"))
    minutes_view = property(lambda self: self.view("minutes"))
    exchange_view = property(lambda self: self.view("exchange"))
    packs_view = property(lambda self: self.view("packs"))
    performance_view = property(lambda self: self.view("performance"))

    def _build_status_bar(self) -> None:
        self.data_label = QLabel(f"Data: {self.data_paths.root}")
        self.data_label.setToolTip(f"The database is {self.data_paths.database}")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setVisible(False)
        self.ctx.ops.busy_changed.connect(self.busy_bar.setVisible)
        # Long work (exports, imports, letters) shows its progress and Cancel here.
        self.progress_panel = ProgressPanel(self, name="Progress", host=self.ui.statusbar)
        self.ctx.progress_panel = self.progress_panel
        self.ui.statusbar.addPermanentWidget(self.busy_bar)
        self.ui.statusbar.addPermanentWidget(self.data_label)
        self.ui.statusbar.showMessage("Opening the board's data…")

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionBackupNow.setIcon(icon("backup"))
        ui.actionRestore.setIcon(icon("restore"))
        ui.actionAbout.setIcon(icon("about"))
        ui.actionBackupNow.setShortcut(QKeySequence("Ctrl+Shift+B"))
        ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        ui.actionRefresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        ui.actionShortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        ui.actionBackupNow.triggered.connect(self.backup_now)
        ui.actionRestore.triggered.connect(self.restore_from_backup)
        ui.actionOpenDataFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_paths.root))))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        self._build_register_menus()
        self._set_data_actions_enabled(False)

    def _build_register_menus(self) -> None:
        """The Edit menu (undo, redo) and the Members menu, before View in the menu bar."""
        stack = self.actions.undo_stack
        self.menuEdit = QMenu("&Edit", self)
        self.actionUndo = stack.createUndoAction(self, "&Undo")
        self.actionUndo.setShortcut(QKeySequence.StandardKey.Undo)
        self.actionRedo = stack.createRedoAction(self, "&Redo")
        self.actionRedo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.menuEdit.addAction(self.actionUndo)
        self.menuEdit.addAction(self.actionRedo)
        self.menuBar().insertMenu(self.ui.menuView.menuAction(), self.menuEdit)

        from cpo_desktop.ui.register.menu import MembersMenu

        self.menuMembers = MembersMenu(self.actions, self)
        self.member_actions = self.menuMembers.entries
        self.menuBar().insertMenu(self.ui.menuView.menuAction(), self.menuMembers)

        self.menuMeetings = QMenu("Mee&tings", self)
        self.menuMeetings.aboutToShow.connect(lambda: (self.meetings, self.work_programme))  # fills the menu
        self.menuProgramme = QMenu("Work &Programme", self)
        self.menuProgramme.aboutToShow.connect(lambda: self.set_view("work-programme"))
        self.menuBar().insertMenu(self.ui.menuView.menuAction(), self.menuMeetings)
        self.menuAgenda = self._view_menu("agenda")

        from cpo_desktop.ui.minutes.menu import MinutesMenu

        self.menuMinutes = MinutesMenu(self.ctx, self)
        self.minutes_menu_actions = self.menuMinutes.entries
        self.menuBar().insertMenu(self.ui.menuView.menuAction(), self.menuMinutes)
        self.menuExchange = self._view_menu("exchange")
        self.menuPacks = self._view_menu("packs")
        self.menuPerformance = self._view_menu("performance")

    def _view_menu(self, name: str) -> QMenu:
        """A view's menu of its own actions (filled when the view is built; enabled as its selection
        allows); opening the menu shows the view, so its shortcuts act only on the view in sight."""
        menu = QMenu(viewinfo.info(name).menu, self)
        menu.aboutToShow.connect(lambda: self.set_view(name))
        self.menuBar().insertMenu(self.ui.menuView.menuAction(), menu)
        return menu

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        for action in (self.ui.actionBackupNow, self.ui.actionRestore, self.ui.actionRefresh,
                       *self.member_actions, self.actions.export_menu.menuAction()):
            action.setEnabled(enabled)

    # --- views ------------------------------------------------------------------------------
    def set_view(self, name: str) -> None:
        names = [info.name for info in VIEWS]
        if name not in names:
            raise ValueError(f"unknown view {name!r}; choose one of {', '.join(names)}")
        self.ui.navList.setCurrentRow(names.index(name))

    def mark_stale(self, *names: str) -> None:
        """These views show data that has changed: they are read again when next shown."""
        self._stale.update(n for n in names if n != self.current_view())

    def _data_changed(self, kinds: frozenset[str]) -> None:
        """A change touched these kinds of data: the views showing them are read again when next
        shown (the view in sight shows the change itself)."""
        self.mark_stale(*(info.name for info in VIEWS if shows(info.name) & kinds))

    def open_agenda(self, meeting_id: int) -> None:
        self.set_view("agenda")
        self.agenda_view.open_meeting(meeting_id)

    def current_view(self) -> str:
        return VIEWS[max(0, self.ui.navList.currentRow())].name

    # --- painting and start-up ------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self.start_loading)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # If the window is shown minimised it may never paint: load anyway.
        QTimer.singleShot(500, self.start_loading)

    def start_loading(self) -> None:
        if self._loading_started:
            return
        self._loading_started = True
        self.finish_setup()  # the view in sight (the worker below opens the data meanwhile)
        # PySide's import hook reads the source of each module an import returns, and asking a pydantic
        # module for a name it lacks imports pydantic._internal._validators: if the worker is still
        # importing that module when the window imports a view's, the hook meets it half made ("partially
        # initialized module"). Imported here first (30 ms), it is whole before the two threads race.
        import_module("pydantic._internal._validators")
        data_paths = self.data_paths

        def job():
            from cpo_desktop.services import startup
            from cpo_desktop.store.db import head_revision

            # The window's start checks the database whole (SQLite's quick_check: milliseconds on a
            # board's data) so damage is found the day it happens, not when a backup is next due.
            store = startup.open_data(data_paths, check_integrity=True)
            return store, head_revision(), self._read(store)

        self.runner.run(job, self._opened, self._open_failed)

    @staticmethod
    def _read(store):
        from cpo_desktop.services import overview, settings

        data = overview.load_views(store)
        welcome = data.overview.is_empty and settings.value(store, FIRST_RUN_KEY) is None
        return data, welcome

    def _opened(self, result) -> None:
        self.store, self.revision, (data, welcome) = result
        self._set_data_actions_enabled(True)
        self._show(data, welcome)
        message = "Ready."
        if self.store.backup_made is not None:
            message = f"Ready. Today's backup: {self.store.backup_made.name}"
        self.ui.statusbar.showMessage(message, 10000)
        self.repaint()
        self.ready.emit()

    def _open_failed(self, exc: BaseException, tb: str) -> None:
        from cpo_desktop.store.errors import DamagedDatabaseError

        if isinstance(exc, DamagedDatabaseError) and self.interactive:
            self._offer_restore(exc)
            return
        message = user_message(exc)
        if message is None:
            print(tb, file=sys.stderr)
            message = f"CPO Desktop could not open its data because of an unexpected problem: {exc}"
        self.ui.statusbar.showMessage("The board's data could not be opened.")
        self.load_failed.emit(message)
        if self.interactive:
            prompts.error(self, "Cannot open the board's data", message)

    def _offer_restore(self, exc) -> None:
        """The data is damaged: say so, and offer to put the newest good backup in its place (the
        damaged file is kept aside as backups/damaged-….sqlite3)."""
        self.ui.statusbar.showMessage("The board's data is damaged.")
        good = exc.good_backup
        if good is None:
            message = str(exc)
            self.load_failed.emit(message)
            prompts.error(self, "The board's data is damaged", message)
            return
        from cpo_desktop.store import backup

        when = backup.made_at(good)
        if not prompts.confirm(
                self, "The board's data is damaged",
                f"{exc}\n\nRestore the newest good backup now"
                f"{f', made {dates.short(when)} at {dates.hm(when)}' if when else ''}? Changes made since then "
                "will need to be made again. The damaged file is kept in the backups folder.", ok_text="Restore"):
            self.load_failed.emit(str(exc))
            return
        data_paths = self.data_paths

        def job():
            from cpo_desktop.services import startup
            from cpo_desktop.store import backup, db

            safety = backup.restore(data_paths, good, db.known_revisions())
            store = startup.open_data(data_paths, daily_backup=False, check_integrity=True)
            return store, safety, None, self._read(store)

        def restored(result) -> None:
            from cpo_desktop.store.db import head_revision

            self.revision = head_revision()
            self._restored(result)
            self.ready.emit()

        self.ui.statusbar.showMessage("Restoring the newest good backup…")
        self.runner.run(job, restored, self._open_failed)

    def _show(self, data, welcome: bool) -> None:
        """The data read: the views built so far show it (each view still to be built reads it
        when it is first shown)."""
        from cpo_desktop.ui import views_built

        self.views_data, self._welcome = data, welcome
        if data.overview.board_name:
            self.setWindowTitle(f"{APP_NAME} — {data.overview.board_name}")
        shown = self.current_view()
        self._stale = {name for name in list(self.views)
                       if views_built.give_data(self, name, data, welcome, shown=name == shown)}
        self.menuMinutes.sync()

    def status(self, message: str, msecs: int = 10000) -> None:
        self.ui.statusbar.showMessage(message, msecs)

    def refresh(self, select_person: int | None = None) -> None:
        """Read the data again off the UI thread; then select ``select_person`` in the register."""
        if self.store is None:
            return
        store = self.store
        self._select_after_refresh = select_person
        self.runner.run(lambda: self._read(store), self._refreshed, self.task_failed)

    def _refreshed(self, result) -> None:
        data, welcome = result
        self._show(data, welcome)
        pid, self._select_after_refresh = self._select_after_refresh, None
        if pid is not None and self.current_view() == "members":
            register = self.members.register
            if not register.select_person(pid):
                # Hidden by the filters: show everyone rather than lose sight of what just changed.
                register.reset_filters()
                register.select_person(pid)

    def task_failed(self, exc: BaseException, tb: str) -> None:
        self.ctx.show_error(exc, tb)

    # --- first run --------------------------------------------------------------------------
    def load_demo(self) -> None:
        store = self.store

        def job():
            from cpo_desktop import demo
            from cpo_desktop.services import settings

            counts = demo.load(store)
            settings.put(store, FIRST_RUN_KEY, "demo")
            return counts, self._read(store)

        self.ui.statusbar.showMessage("Loading the demo board…")
        self.runner.run(job, self._demo_loaded, self.task_failed)

    def _demo_loaded(self, result) -> None:
        counts, (data, welcome) = result
        self._show(data, welcome)
        self.ui.statusbar.showMessage(
            f"Loaded the fictional demo board: {counts['people']} people and {counts['meetings']} meetings.", 10000)

    def choose_empty(self) -> None:
        store = self.store

        def job():
            from cpo_desktop.services import settings

            settings.put(store, FIRST_RUN_KEY, "empty")
            return self._read(store)

        self.runner.run(job, self._refreshed, self.task_failed)

    # --- File menu --------------------------------------------------------------------------
    def backup_now(self) -> None:
        data_paths = self.data_paths

        def job():
            from cpo_desktop.store import backup

            return backup.make_backup(data_paths, reason="manual")

        self.ui.statusbar.showMessage("Backing up…")
        self.runner.run(job, lambda dest: self.ui.statusbar.showMessage(f"Backed up to {dest}", 15000),
                        self.task_failed)

    def restore_from_backup(self) -> None:
        source = prompts.open_file(self, "Restore from a Backup", self.data_paths.backups,
                                   "CPO Desktop databases (*.sqlite3 *.db);;All files (*)")
        if source is None:
            return

        def check():
            from cpo_desktop.store import backup, db

            backup.validate_restore_source(source, db.known_revisions())
            return source

        self.runner.run(check, self._confirm_restore, self.task_failed)

    def _confirm_restore(self, source: Path) -> None:
        if not prompts.confirm(
                self, "Restore from a Backup",
                f"Replace all of the board's current data with the copy in\n{source}?\n\n"
                "Your current data will be backed up first, so this can be undone by restoring that backup.",
                ok_text="Restore"):
            return
        old_store, data_paths = self.store, self.data_paths
        self.store = None
        self._set_data_actions_enabled(False)

        def job():
            from cpo_desktop.services import startup
            from cpo_desktop.store import backup, db

            old_store.close()
            error = None
            safety = None
            try:
                safety = backup.restore(data_paths, source, db.known_revisions())
            except Exception as exc:  # noqa: BLE001 - reported after the store is reopened
                error = exc
            store = startup.open_data(data_paths, daily_backup=False)
            return store, safety, error, self._read(store)

        self.ui.statusbar.showMessage("Restoring…")
        self.runner.run(job, self._restored, self._open_failed)

    def _restored(self, result) -> None:
        self.store, safety, error, (data, welcome) = result
        self._set_data_actions_enabled(True)
        self._show(data, welcome)
        if error is not None:
            self.task_failed(error, "")
            return
        kept = "The damaged data was kept as" if safety and safety.name.startswith("damaged-") else \
            "The previous data was saved as"
        self.ui.statusbar.showMessage(f"Restored. {kept} {safety.name}." if safety else "Restored.", 15000)

    # --- Help menu --------------------------------------------------------------------------
    def show_about(self) -> None:
        AboutDialog(self.data_paths, self.revision, self).exec()

    def show_shortcuts(self) -> None:
        rows = [(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.text().replace("&", ""))
                for a in self.findChildren(QAction) if not a.shortcut().isEmpty()]
        rows.append(("Ctrl+F", "Filter the table in the current view"))
        table = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{t}</td></tr>" for k, t in sorted(rows))
        prompts.info(self, "Keyboard Shortcuts", f"<table>{table}</table>"
                     "<p>Alt with the underlined letter opens a menu or presses a button.</p>")

    # --- settings and closing -------------------------------------------------------------
    def _restore_settings(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        view = settings.value("window/view")
        if isinstance(view, str) and view in {info.name for info in VIEWS}:
            self.set_view(view)

    def save_settings(self) -> None:
        if self.settings is None or not paths_mod.is_data_folder(self.data_paths.root):
            return  # never write into a folder that was refused as the data folder
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/view", self.current_view())
        self.settings.sync()
        paths_mod.make_private_file(self.data_paths.ui_settings)  # Qt writes it with the umask's mode

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Find):
            view = self.views.get(self.current_view())
            box = getattr(view, "filter", None) or getattr(getattr(view, "table_view", None), "filter", None)
            if box is not None and box.isVisible():
                box.setFocus()
                box.selectAll()
                return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        minutes, packs = self.views.get("minutes"), self.views.get("packs")
        if self.store is not None and minutes is not None:
            minutes.save_pending()  # the runner finishes it below
        if self.store is not None and "performance" in self.views:
            self.views["performance"].save_pending()
        if self.store is not None and packs is not None and packs.text_dirty() and not packs.text_problems():
            packs.save_text()
        if packs is not None:
            packs.shutdown()  # a build or print in progress is cancelled: it writes nothing
        # Let a running write finish: SQLite would roll it back, but the user asked for it.
        self.runner.wait(15000)
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)


def settings_for(data_paths: paths_mod.DataPaths) -> QSettings:
    if paths_mod.is_data_folder(data_paths.root):
        paths_mod.create_private_file(data_paths.ui_settings)  # owner-only from the start
    return QSettings(os.fspath(data_paths.ui_settings), QSettings.Format.IniFormat)
