"""Who else has this data folder open: each process that opens the store holds a shared lock on
the folder's marker file for as long as it is open; a process that can take it exclusively knows
it is alone. That decides two things: leftovers of killed runs are removed only when no other
CPO Desktop (the window, a command) could still be writing them, and a restore is refused while
another process has the data open.

A lock on a file, not SQLite's own locks: the operating system drops it when a process dies, even
killed, so a crash never leaves the folder "in use"; and it needs no change to the database (SQLite's
"sole access" test, switching the journal mode, would rewrite the file's header to probe).

On Windows the standard library has no shared file locks: there leftovers are not removed at start
and a restore relies on SQLite's own locking (a restore under an open window can go through).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no shared locks in the standard library
    fcntl = None


class FolderLock:
    def __init__(self, marker: Path) -> None:
        self._fd: int | None = os.open(marker, os.O_RDWR | os.O_CREAT, 0o600)

    def try_exclusive(self) -> bool | None:
        """True when no other process holds the folder (and now this one holds it alone); False
        when another does; None where this cannot be told (Windows: no shared locks here)."""
        if fcntl is None or self._fd is None:
            return None
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def share(self, timeout: float) -> bool:
        """Hold the folder alongside others; False if one held it alone (a restore) all along."""
        if fcntl is None or self._fd is None:
            return True
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    def __del__(self) -> None:  # pragma: no cover - a store dropped without close()
        self.release()
