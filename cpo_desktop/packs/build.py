"""What every pack build shares: the error it refuses with, the result it hands back, and the
check of where it is to be saved (saving itself is ``files.atomic_write``: a temporary name, then
renamed, so that no half-written pack ever exists under its name).

Builds run off the UI thread and take a ``cpo_desktop.progress.Progress`` (the CLI passes none);
a cancelled build raises ``progress.Cancelled`` before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cpo_desktop.errors import UserError


class PackError(UserError, ValueError):
    """A pack that cannot be built, with the reason. Nothing was written."""


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
    # The notes as the command line words them, naming its commands; empty when they read the same.
    cli_notes: list[str] = field(default_factory=list)

    @property
    def notes_for_cli(self) -> list[str]:
        return self.cli_notes or self.notes

    def as_dict(self) -> dict:
        return {"path": str(self.path), "pages": self.pages, "first_page": self.first_page,
                "last_page": self.last_page, "left_out": self.left_out, "notes": self.notes_for_cli,
                "record_id": self.record_id}


def check_target(target: Path) -> Path:
    """Refuse, before any work, a target that can't be written: a folder, or not a .pdf."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise PackError(f"{target} is a folder: give a file name ending .pdf.")
    if target.suffix.lower() != ".pdf":
        raise PackError(f"“{target.name}” does not end .pdf: packs are PDF files.")
    return target
