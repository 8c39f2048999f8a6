"""What every pack build shares: progress reporting with cancel, the result it hands back, and
the check of where it is to be saved (saving itself is ``files.atomic_write``: a temporary
name, then renamed, so that no half-written pack ever exists under its name).

Builds run off the UI thread; the GUI passes a :class:`Progress` whose ``cancelled`` reads a
flag the Cancel button sets, and whose ``report`` posts to the progress bar. The CLI passes
none. A cancelled build raises :class:`Cancelled` before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cpo_desktop.errors import UserError


class Cancelled(UserError):
    """The build was cancelled; nothing was written."""

    def __init__(self, message: str = "The build was cancelled; nothing was written.") -> None:
        super().__init__(message)


class PackError(UserError, ValueError):
    """A pack that cannot be built, with the reason. Nothing was written."""


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


@dataclass(frozen=True)
class PackResult:
    path: Path
    pages: int  # pages in the file
    first_page: int = 1  # the number stamped on its first page (a supplement numbers on)
    last_page: int = 0
    # What could not go in, each in words with what to do ("Item 7: the paper “x.docx” could not be
    # converted (LibreOffice is not installed): a page in its place says it will follow.")
    left_out: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # anything else worth saying (e.g. blank pages added)
    record_id: int | None = None

    def as_dict(self) -> dict:
        return {"path": str(self.path), "pages": self.pages, "first_page": self.first_page,
                "last_page": self.last_page, "left_out": self.left_out, "notes": self.notes,
                "record_id": self.record_id}


def check_target(target: Path) -> Path:
    """Refuse, before any work, a target that can't be written: a folder, or not a .pdf."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise PackError(f"{target} is a folder: give a file name ending .pdf.")
    if target.suffix.lower() != ".pdf":
        raise PackError(f"“{target.name}” does not end .pdf: packs are PDF files.")
    return target
