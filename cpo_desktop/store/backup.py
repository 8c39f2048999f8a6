"""Backups: consistent copies through SQLite's backup API, written under a temporary
name and renamed, so that a file under a backup's name is always a whole database."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from pathlib import Path

from cpo_desktop import paths as paths_mod
from cpo_desktop.store.errors import BackupError, DatabaseLockedError, NotCpoDatabaseError
from cpo_desktop.store.fileinfo import inspect

DEFAULT_KEEP = 20
KEEP_SETTING = "backup.keep"
_NAME = re.compile(r"^cpo-desktop-(\d{8})-(\d{6})(?:-[a-z0-9.-]+)?\.sqlite3$")


def backup_files(data_paths: paths_mod.DataPaths) -> list[Path]:
    """The app's own backups, newest first."""
    folder = data_paths.backups
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and _NAME.match(p.name)]
    return sorted(found, key=lambda p: (_NAME.match(p.name).group(1, 2), p.name), reverse=True)


def needs_daily_backup(data_paths: paths_mod.DataPaths, today: dt.date | None = None) -> bool:
    stamp = (today or dt.date.today()).strftime("%Y%m%d")
    return not any(_NAME.match(p.name).group(1) == stamp for p in backup_files(data_paths))


def keep_count(db_path: Path) -> int:
    """The "keep the newest N backups" setting, read straight from the file."""
    try:
        conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (KEEP_SETTING,)).fetchone()
        finally:
            conn.close()
        return max(1, int(json.loads(row[0]))) if row else DEFAULT_KEEP
    except (sqlite3.Error, ValueError, TypeError):
        return DEFAULT_KEEP


def _copy(src_path: Path, dest: Path) -> None:
    """Copy one database into a new file ``dest`` via a temporary name."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    src = sqlite3.connect(str(src_path), timeout=3)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            # A backup is a plain rollback-journal file: one self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        paths_mod.make_private_file(dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        src.close()


def make_backup(data_paths: paths_mod.DataPaths, *, reason: str = "manual", dest: Path | None = None,
                now: dt.datetime | None = None) -> Path:
    """Back the database up; into ``backups/`` with a timestamped name unless ``dest`` is given.

    Prunes ``backups/`` to the newest N (the ``backup.keep`` setting, default 20).
    """
    db_path = data_paths.database
    if not db_path.exists():
        raise BackupError(f"There is no database to back up at {db_path}.")
    if dest is None:
        paths_mod.make_private_dir(data_paths.backups)
        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        dest = data_paths.backups / f"cpo-desktop-{stamp}-{reason}.sqlite3"
        n = 1
        while dest.exists():
            n += 1
            dest = data_paths.backups / f"cpo-desktop-{stamp}-{reason}.{n}.sqlite3"
    else:
        dest = Path(dest).absolute()
        if dest.resolve() == db_path.resolve():
            raise BackupError("A backup cannot be written over the live database.")
    try:
        _copy(db_path, dest)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower():
            raise DatabaseLockedError(
                f"The database {db_path} is busy; the backup was not made. Try again in a moment.") from exc
        raise BackupError(f"The backup could not be written to {dest}: {exc}. "
                          "The database is untouched; free some disk space or choose another place.") from exc
    except (sqlite3.Error, OSError) as exc:
        reason_text = getattr(exc, "strerror", None) or str(exc)
        raise BackupError(f"The backup could not be written to {dest}: {reason_text}. "
                          "The database is untouched; free some disk space or choose another place.") from exc
    if dest.parent == data_paths.backups:
        prune(data_paths, keep_count(db_path))
    return dest


def prune(data_paths: paths_mod.DataPaths, keep: int) -> list[Path]:
    removed = []
    for old in backup_files(data_paths)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
            removed.append(old)
    return removed


def validate_restore_source(source: Path, known_revisions: list[str]) -> str:
    """Refuse anything that is not a CPO Desktop database this version can open."""
    info = inspect(source)
    if not info.exists:
        raise NotCpoDatabaseError(f"{source} does not exist.")
    if not info.is_cpo:
        raise NotCpoDatabaseError(f"{source} is not a CPO Desktop database; nothing was restored.")
    if info.revision not in known_revisions:
        raise NotCpoDatabaseError(
            f"{source} was written by a newer version of CPO Desktop (schema {info.revision}); "
            "nothing was restored.")
    try:
        conn = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise NotCpoDatabaseError(f"{source} cannot be read ({exc}); nothing was restored.") from exc
    if ok != "ok":
        raise NotCpoDatabaseError(f"{source} is damaged ({ok}); nothing was restored.")
    return info.revision


def restore(data_paths: paths_mod.DataPaths, source: Path, known_revisions: list[str]) -> Path | None:
    """Replace the live database's contents with ``source``.

    The current database is backed up first (that backup's path is returned). The copy
    goes through the backup API into the live file, inside SQLite's own locking, so a
    failure leaves the current database as it was.
    """
    source = Path(source).absolute()
    validate_restore_source(source, known_revisions)
    db_path = data_paths.database
    paths_mod.make_private_dir(data_paths.root)
    safety = make_backup(data_paths, reason="before-restore") if db_path.exists() else None
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(db_path), timeout=3)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseLockedError(
                f"The database {db_path} is in use by another program; nothing was restored.") from exc
        raise BackupError(f"The restore failed ({exc}); the database is as it was.") from exc
    finally:
        src.close()
    paths_mod.make_private_file(db_path)
    return safety
