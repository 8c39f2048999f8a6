"""Look inside a file, read-only, to tell whether it is a CPO Desktop database and of which revision."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

# "CPOD" in the SQLite header's application_id field marks our files.
APPLICATION_ID = 0x43504F44
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileInfo:
    path: Path
    exists: bool
    empty: bool  # absent, zero bytes, or an SQLite file with no tables at all
    is_sqlite: bool
    application_id: int | None
    revision: str | None
    damaged: str | None = None  # SQLite's words when the file starts as SQLite but cannot be read

    @property
    def is_cpo(self) -> bool:
        return self.is_sqlite and self.application_id == APPLICATION_ID and self.revision is not None


def inspect(path: Path) -> FileInfo:
    path = Path(path)
    if not path.exists():
        return FileInfo(path, False, True, False, None, None)
    if path.is_dir():
        return FileInfo(path, True, False, False, None, None)
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if not header:
        return FileInfo(path, True, True, False, None, None)
    if header != SQLITE_MAGIC:
        return FileInfo(path, True, False, False, None, None)
    # Read-only and immutable-free: never creates -wal/-shm beside someone else's file.
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        # Our header but unreadable structure is damage, not someone else's file.
        return FileInfo(path, True, False, False, None, None, damaged=str(exc) or "unreadable")
    finally:
        conn.close()
    return FileInfo(path, True, not tables, True, app_id, revision)
