"""Work off the UI thread, the one way views do it (in the manner of Anki's ``CollectionOp``).

    ctx.op(lambda: service.load(store, meeting_id)).latest("minutes.load").success(self.show).run()
    ctx.long_op("Exporting the minutes", lambda progress: minutes_documents.export(..., progress=progress)) \\
        .success(done).run()

- The work runs on a worker thread; ``success(result)`` and ``failure(exc, tb)`` run on the UI
  thread. Without a ``failure`` the error is shown the one standard way (``ctx.show_error``).
- ``latest(key)``: of the operations started under one key, only the newest reports back; an older
  one still running when a newer starts is stale and its result is dropped, here, once.
- ``owner(widget)``: a result for a widget that has since been deleted is dropped.
- A ``LongOp`` passes a ``Progress`` to its work, shows a progress bar with a Cancel button (the
  status bar's, or a view's own ``ProgressPanel``) and runs on its own worker, so the window keeps
  reading and writing meanwhile. Cancel sets a flag the work reads between steps; cancelled work
  raises ``Cancelled`` before writing anything, and the status bar says so.

Short operations run one at a time in order, so two writes never race each other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget
from shiboken6 import isValid

from cpo_desktop.progress import Cancelled, Progress
from cpo_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from cpo_desktop.ui.context import ViewContext

Failure = Callable[[BaseException, str], None]


class Ops(QObject):
    """The two workers and the record of which operation under each key is the newest."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)  # short work, in order
        self.long_runner = TaskRunner(self)  # long work with progress, beside the short
        self._newest: dict[str, int] = {}
        self.runner.busy_changed.connect(self._busy)
        self.long_runner.busy_changed.connect(self._busy)

    @property
    def busy(self) -> bool:
        return self.runner.busy or self.long_runner.busy

    def _busy(self, _state: bool) -> None:
        self.busy_changed.emit(self.busy)

    def claim(self, key: str) -> int:
        """A new operation under ``key``: every older one is now stale."""
        self._newest[key] = self._newest.get(key, 0) + 1
        return self._newest[key]

    def is_newest(self, key: str, number: int) -> bool:
        return self._newest.get(key) == number

    def forget(self, key: str) -> None:
        """Make whatever is running under ``key`` stale (the view has moved on)."""
        self.claim(key)

    def wait(self, msecs: int = -1) -> bool:
        return self.runner.wait(msecs) and self.long_runner.wait(msecs)


class Op:
    """One piece of work off the UI thread, with what to do with its result."""

    def __init__(self, ctx: ViewContext, work: Callable[[], Any]) -> None:
        self.ctx = ctx
        self.work = work
        self._success: Callable[[Any], None] | None = None
        self._failure: Failure | None = None
        self._always: Callable[[], None] | None = None
        self._key: str | None = None
        self._owner: QObject | None = None

    def success(self, fn: Callable[[Any], None]) -> Op:
        self._success = fn
        return self

    def failure(self, fn: Failure) -> Op:
        """Handle a failure here instead of the standard error message."""
        self._failure = fn
        return self

    def always(self, fn: Callable[[], None]) -> Op:
        """Run after success or failure (not for a stale result)."""
        self._always = fn
        return self

    def latest(self, key: str) -> Op:
        self._key = key
        return self

    def owner(self, widget: QObject) -> Op:
        self._owner = widget
        return self

    # --- running ------------------------------------------------------------------------------
    def _fresh(self, number: int | None) -> bool:
        if self._owner is not None and not isValid(self._owner):
            return False
        return number is None or self._key is None or self.ctx.ops.is_newest(self._key, number)

    def _callbacks(self) -> tuple[Callable[[Any], None], Failure]:
        number = self.ctx.ops.claim(self._key) if self._key is not None else None

        def done(result: Any) -> None:
            if not self._fresh(number):
                return
            if self._success is not None:
                self._success(result)
            if self._always is not None:
                self._always()

        def failed(exc: BaseException, tb: str) -> None:
            if not self._fresh(number):
                return
            (self._failure or self.ctx.show_error)(exc, tb)
            if self._always is not None:
                self._always()

        return done, failed

    def run(self) -> None:
        done, failed = self._callbacks()
        self.ctx.ops.runner.run(self.work, done, failed)


class ProgressPanel(QFrame):
    """A progress bar that says what is being done, and a Cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "Progress", host: QStatusBar | None = None) -> None:
        """``host``: a status bar the panel joins only while work runs (a status bar sizes itself
        to its tallest widget, shown or not); there it is one row: what is done, the bar, Cancel."""
        super().__init__(parent)
        self.setObjectName("buildProgress")
        self.host = host
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(name)
        self.bar.setTextVisible(True)
        self.label = QLabel()
        self.label.setObjectName("progressStep")
        self.label.setWordWrap(host is None)
        self.label.setStyleSheet("QLabel { color: #444; }")
        self.cancel_button = QPushButton("&Cancel")
        self.cancel_button.setToolTip("Stop now; nothing is written")
        self.cancel_button.clicked.connect(self.cancel_requested)
        if host is None:
            grid.addWidget(self.bar, 0, 0)
            grid.addWidget(self.cancel_button, 0, 1)
            grid.addWidget(self.label, 1, 0, 1, 2)
        else:
            self.bar.setMaximumWidth(160)
            grid.addWidget(self.label, 0, 0)
            grid.addWidget(self.bar, 0, 1)
            grid.addWidget(self.cancel_button, 0, 2)
        self.setVisible(False)
        self.busy = False

    def start(self, title: str) -> None:
        self.busy = True
        self.bar.setRange(0, 0)  # busy until the first step says how many
        self.label.setText(f"{title}…")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText("&Cancel")
        if self.host is not None:
            self.host.insertPermanentWidget(0, self)
        self.setVisible(True)

    def report(self, done: int, total: int, what: str) -> None:
        if not self.busy:
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self.label.setText(what)

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText("Cancelling…")

    def finish(self) -> None:
        self.busy = False
        self.setVisible(False)
        if self.host is not None:
            self.host.removeWidget(self)


class _Reports(QObject):
    report = Signal(int, int, str)


class LongOp(Op):
    """Long work: ``work(progress)`` with a progress bar and Cancel, on the long-work worker."""

    def __init__(self, ctx: ViewContext, title: str, work: Callable[[Progress], Any], *,
                 panel: ProgressPanel | None = None,
                 cancelled_text: str = "Cancelled: nothing was written.") -> None:
        super().__init__(ctx, lambda: None)
        self.title = title
        self.long_work = work
        self.panel = panel if panel is not None else ctx.progress_panel
        self.cancelled_text = cancelled_text
        self.flag = threading.Event()
        self._on_cancelled: Callable[[], None] | None = None

    def on_cancelled(self, fn: Callable[[], None]) -> LongOp:
        self._on_cancelled = fn
        return self

    def cancel(self) -> None:
        self.flag.set()
        if self.panel is not None:
            self.panel.cancelling()

    def run(self) -> None:
        done, failed = self._callbacks()
        panel, flag = self.panel, self.flag
        reports = _Reports()
        if panel is not None:
            reports.report.connect(panel.report)
            panel.start(self.title)
            panel.cancel_requested.connect(self.cancel)
        self.ctx.running_long = self
        progress = Progress(report=reports.report.emit, cancelled=flag.is_set)

        def end() -> None:
            if self.ctx.running_long is self:
                self.ctx.running_long = None
            if panel is not None and isValid(panel):
                panel.cancel_requested.disconnect(self.cancel)
                panel.finish()
            reports.deleteLater()

        def ok(result: Any) -> None:
            end()  # finished before it read the flag: the work is done and stands
            done(result)

        def bad(exc: BaseException, tb: str) -> None:
            end()
            if isinstance(exc, Cancelled) or flag.is_set():
                self._cancelled()
                return
            failed(exc, tb)

        self.ctx.ops.long_runner.run(lambda: self.long_work(progress), ok, bad)

    def _cancelled(self) -> None:
        self.ctx.status(self.cancelled_text, 15000)
        if self._on_cancelled is not None:
            self._on_cancelled()
        if self._always is not None:
            self._always()
