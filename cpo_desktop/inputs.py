"""Reading a file the user names (a paper, a CSV of members, a saved e-mail, a text for the
Library or the minutes), bounded: one way, used everywhere, so a hostile or mistaken choice
cannot exhaust memory or hang the app.

A missing file, a folder, anything that is not an ordinary file (``/dev/zero``, a pipe, a
socket) and a file over the limit are refused with one sentence naming the file and saying
what to do. The size is checked on the open file before a byte is read, and at most one byte
past the limit is ever read, in case the file grows while it is being read. The user's own file
is only ever read.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cpo_desktop.errors import UserError

MB = 1024 * 1024
# Texts typed in a file for the Library or a minute: a minute's discussion is a few kilobytes.
TEXT_FILE_LIMIT = 1 * MB


class InputFileError(UserError, ValueError):
    """A file the user named cannot be read; the message names it and says what to do."""


def limit_text(limit: int) -> str:
    """A limit in words: "50 MB", "1.5 MB", "64 KB"."""
    if limit < MB:
        return f"{limit / 1024:.0f} KB"
    return f"{limit / MB:.1f}".removesuffix(".0") + " MB"


def too_big(name: str, size: int, limit: int, what: str, advice: str,
            error: type[UserError] = InputFileError) -> UserError:
    size_text = f"{size / MB:.1f} MB"  # always with its decimal, unlike the limit
    return error(f"“{name}” is {size_text}, larger than the {limit_text(limit)} limit for {what}. "
                 f"{advice}".rstrip())


class BoundedFile:
    """An open file the user named, that refuses (``too_big``) to read past ``limit`` bytes."""

    def __init__(self, fh: BinaryIO, path: Path, size: int, limit: int, refuse):
        self._fh, self.path, self.size, self._limit, self._refuse = fh, path, size, limit, refuse
        self._read = 0

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes (all, if ``n`` < 0) — never more than one byte past the limit."""
        left = self._limit + 1 - self._read
        n = left if n < 0 else min(n, left)
        try:
            data = self._fh.read(n) if n > 0 else b""
        except OSError as exc:
            raise self._refuse.unreadable(exc) from exc
        self._read += len(data)
        if self._read > self._limit:  # it grew since it was measured
            raise self._refuse.big(self._read)
        return data

    def chunks(self, size: int = MB) -> Iterator[bytes]:
        while chunk := self.read(size):
            yield chunk


class _Refusals:
    """The sentences with which a file is refused."""

    def __init__(self, path: Path, limit: int, what: str, advice: str, error: type[UserError]):
        self.path, self.name, self.limit = path, path.name, limit
        self.what, self.advice, self.error = what, advice, error

    def missing(self) -> UserError:
        return self.error(f"“{self.name}” cannot be found in {self.path.parent}. It may have been moved, renamed "
                          "or deleted; choose it again.")

    def folder(self) -> UserError:
        return self.error(f"“{self.name}” is a folder, not a file. Open the folder and choose {self.what} "
                          "inside it.")

    def not_a_file(self) -> UserError:
        return self.error(f"“{self.name}” is not an ordinary file (it is a device, a pipe or a socket), so it "
                          f"cannot be read as {self.what}. Choose {self.what} saved on disk.")

    def big(self, size: int) -> UserError:
        return too_big(self.name, size, self.limit, self.what, self.advice, self.error)

    def unreadable(self, exc: OSError) -> UserError:
        reason = exc.strerror or str(exc)
        return self.error(f"“{self.name}” cannot be read ({reason}). Check that you can open it, close it in any "
                          "program that is using it, and try again.")


@contextlib.contextmanager
def open_user_file(path: str | os.PathLike[str], *, limit: int, what: str, advice: str = "",
                   error: type[UserError] = InputFileError) -> Iterator[BoundedFile]:
    """The file at ``path``, checked and open for reading at most ``limit`` bytes.

    ``what`` names what the file should be ("a paper", "a CSV file of members"); ``advice`` is
    what to do when it is too big; ``error`` the UserError subclass raised.
    """
    path = Path(path)
    refuse = _Refusals(path, limit, what, advice, error)
    try:
        info = path.stat()  # first by name, for the plainest message
    except FileNotFoundError:
        raise refuse.missing() from None
    except OSError as exc:
        raise refuse.unreadable(exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise refuse.folder()
    if not stat.S_ISREG(info.st_mode):  # a device or pipe would block or never end
        raise refuse.not_a_file()
    if info.st_size > limit:  # refused before reading a byte
        raise refuse.big(info.st_size)
    # Opened without blocking and checked again on the open file: the name may have been
    # swapped for a pipe or a device since it was looked at.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise refuse.missing() from None
    except OSError as exc:
        raise refuse.unreadable(exc) from exc
    with open(fd, "rb", closefd=True) as fh:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise refuse.folder()
        if not stat.S_ISREG(info.st_mode):
            raise refuse.not_a_file()
        if info.st_size > limit:
            raise refuse.big(info.st_size)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        yield BoundedFile(fh, path, info.st_size, limit, refuse)


def read_user_file(path: str | os.PathLike[str], *, limit: int, what: str, advice: str = "",
                   error: type[UserError] = InputFileError) -> bytes:
    """The bytes of the file at ``path`` (see ``open_user_file``)."""
    with open_user_file(path, limit=limit, what=what, advice=advice, error=error) as fh:
        return fh.read()


def read_standard_input(*, limit: int, what: str, error: type[UserError] = InputFileError,
                        stream: BinaryIO | None = None) -> bytes:
    """Standard input (``--file -``), at most ``limit`` bytes; more is refused, not read on."""
    if stream is None:  # sys.stdin itself when it has no bytes underneath (replaced by a caller)
        stream = getattr(sys.stdin, "buffer", sys.stdin)
    try:
        data = stream.read(limit + 1)
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
    except OSError as exc:
        raise error(f"Standard input cannot be read ({exc.strerror or exc}).") from exc
    if len(data) > limit:
        raise error(f"Standard input holds more than the {limit_text(limit)} limit for {what}; "
                    "give a shorter text.")
    return data


def read_user_text(name: str, *, limit: int = TEXT_FILE_LIMIT, what: str = "a text file",
                   error: type[UserError] = InputFileError) -> str:
    """A UTF-8 text file the user names (``-``: standard input), bounded, as text; a byte-order
    mark is dropped. Anything else is refused saying to save it as UTF-8."""
    if name == "-":
        data, label = read_standard_input(limit=limit, what=what, error=error), "Standard input"
    else:
        data = read_user_file(name, limit=limit, what=what, error=error,
                              advice="Split the text, or put only the part you need in the file.")
        label = f"“{Path(name).name}”"
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(f"{label} is not UTF-8 text; save it as UTF-8 (plain text) and try again. "
                    "Nothing was changed.") from None
