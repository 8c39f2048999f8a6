"""What a view may use, and nothing more: the view context.

A view is handed a ``ViewContext``, never the main window. Through it the view reaches the
store (once opened), the data every view shares (``data``: the register, the meetings), the
operations helper (``op``, ``long_op``), undo (``undo.record``), change notification
(``touched``), the status bar (``status``), the data folder's paths and the day (``today``).
The main window builds one and listens to its signals; a test builds one on its own
(``ViewContext(paths)``, then ``ctx.store = store``) and needs no window.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cpo_desktop import APP_NAME, clock
from cpo_desktop import paths as paths_mod
from cpo_desktop.progress import Progress
from cpo_desktop.ui import prompts
from cpo_desktop.ui.changes import Changes
from cpo_desktop.ui.ops import LongOp, Op, Ops, ProgressPanel


def user_message(exc: BaseException) -> str | None:
    """The message for an error the user can act on, as the window words it; None for a bug."""
    from cpo_desktop.errors import UserError

    if isinstance(exc, UserError):
        return exc.for_window()
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
    return None


class ViewContext(QObject):
    """The narrow interface between the views and the window that hosts them."""

    status_shown = Signal(str, int)  # message, milliseconds (0: until replaced)
    refresh_requested = Signal(object)  # the person to select after, or None
    view_requested = Signal(str)  # a view's name (viewinfo.VIEWS)
    agenda_requested = Signal(int)  # a meeting whose agenda to open
    changed = Signal(object)  # frozenset of the kinds of data a change touched (services.undo)

    def __init__(self, paths: paths_mod.DataPaths, *, interactive: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.interactive = interactive  # False: errors are printed, not shown in dialogs
        self.store: Any = None  # the open store (store.db.Store), None until opened
        self.data: Any = None  # services.overview.ViewsData: what every view shares
        self.ops = Ops(self)
        self.progress_panel: ProgressPanel | None = None  # the status bar's, for long work
        self.running_long: LongOp | None = None
        self.dialog_parent: QWidget | None = None  # the window, for error messages
        self.undo = Changes(self)

    # --- the day, the status bar ---------------------------------------------------------------
    def today(self) -> dt.date:
        return clock.today()

    def status(self, message: str, msecs: int = 10000) -> None:
        self.status_shown.emit(message, msecs)

    # --- work off the UI thread ----------------------------------------------------------------
    def op(self, work: Callable[[], Any]) -> Op:
        return Op(self, work)

    def long_op(self, title: str, work: Callable[[Progress], Any], *, panel: ProgressPanel | None = None,
                cancelled_text: str = "Cancelled: nothing was written.") -> LongOp:
        return LongOp(self, title, work, panel=panel, cancelled_text=cancelled_text)

    def show_error(self, exc: BaseException, tb: str = "") -> None:
        """The standard failure: the message in the status bar and a dialog; a bug is printed
        with its traceback and told as one."""
        message = user_message(exc)
        if message is None:
            print(tb or "".join(traceback.format_exception(exc)), file=sys.stderr)
            message = f"Something went wrong: {exc}. Nothing was half-saved; please try again."
        self.status(message, 15000)
        if self.interactive:
            prompts.error(self.dialog_parent, APP_NAME, message)

    # --- telling the window ---------------------------------------------------------------------
    def touched(self, *kinds: str) -> None:
        """Data of these kinds changed (services.undo.PEOPLE, …): views showing them read again."""
        self.changed.emit(frozenset(kinds))

    def refresh(self, select_person: int | None = None) -> None:
        """Read the shared data again (the register, the meetings); then select a person."""
        self.refresh_requested.emit(select_person)

    def show_view(self, name: str) -> None:
        self.view_requested.emit(name)

    def open_agenda(self, meeting_id: int) -> None:
        self.agenda_requested.emit(meeting_id)
