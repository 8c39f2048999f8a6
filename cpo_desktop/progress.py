"""Progress and Cancel for long work, shared by every layer (no Qt here).

The window passes a :class:`Progress` whose ``cancelled`` reads the flag its Cancel button
sets and whose ``report`` posts to a progress bar (``ui.ops.LongOp``); the CLI passes none
(``NO_PROGRESS``). Long work calls ``progress.step(done, total, what)`` between its steps, before
anything is written for good, so a cancelled job raises :class:`Cancelled` and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cpo_desktop.errors import UserError


class Cancelled(UserError):
    """The work was cancelled; nothing was written."""

    def __init__(self, message: str = "The build was cancelled; nothing was written.") -> None:
        super().__init__(message)


@dataclass
class Progress:
    """``report(done, total, what)`` after each step; ``cancelled()`` is asked before each."""

    report: Callable[[int, int, str], None] = lambda done, total, what: None
    cancelled: Callable[[], bool] = lambda: False

    def step(self, done: int, total: int, what: str) -> None:
        if self.cancelled():
            raise Cancelled()
        self.report(done, total, what)


NO_PROGRESS = Progress()
