"""Work off the UI thread: run a function on Qt's thread pool and get its result, or its
exception, back on the UI thread.  The window never freezes while the store is busy."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread to report
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs tasks one at a time, in order, so two writes never race each other."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._live: set[_Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException, str], None]) -> None:
        task = _Task(fn)
        self._live.add(task)

        def finish(callback: Callable[..., None], *args: Any) -> None:
            self._live.discard(task)
            if not self._live:
                self.busy_changed.emit(False)
            callback(*args)

        task.signals.done.connect(lambda result: finish(on_done, result))
        task.signals.failed.connect(lambda exc, tb: finish(on_error, exc, tb))
        if len(self._live) == 1:
            self.busy_changed.emit(True)
        self._pool.start(task)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
