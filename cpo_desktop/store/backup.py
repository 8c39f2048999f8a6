"""Backups: consistent copies through SQLite's backup API, written under a temporary
name and renamed, so that a file under a backup's name is always a whole database.

A backup never destroys the last good copy: the live database is checked (SQLite's quick_check)
before it is copied, and a damaged one is refused rather than backed up over the good backups;
each new backup is checked before it takes its name; pruning always keeps the newest good backup.
A damaged database replaced by a restore is kept as ``backups/damaged-<when>.sqlite3``, a name that
is never taken for a backup nor counted when pruning.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from pathlib import Path

from cpo_desktop import clock, dates, files
from cpo_desktop import paths as paths_mod
from cpo_desktop.store.errors import BackupError, DamagedDatabaseError, DatabaseLockedError, NotCpoDatabaseError
from cpo_desktop.store.fileinfo import inspect
from cpo_desktop.store.lock import FolderLock

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


def made_at(backup: Path) -> dt.datetime | None:
    m = _NAME.match(backup.name)
    return dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S") if m else None


def quick_check(db_path: Path) -> list[str]:
    """SQLite's quick_check of a database file: [] when it is whole, else what SQLite found
    (a damaged page can make the check itself fail: that is reported the same way)."""
    try:
        conn = sqlite3.connect(str(db_path), timeout=10)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise
        return [str(exc) or "unreadable"]
    return [] if rows == ["ok"] else rows


def is_good(backup: Path) -> bool:
    return inspect(backup).is_cpo and not quick_check(backup)


def newest_good_backup(data_paths: paths_mod.DataPaths) -> Path | None:
    """The newest of the app's backups that is a whole CPO Desktop database."""
    return next((b for b in backup_files(data_paths) if is_good(b)), None)


def damaged_error(data_paths: paths_mod.DataPaths, problems: list[str]) -> DamagedDatabaseError:
    """The one-line message for a damaged database: what SQLite found and what to do."""
    found = problems[0] + (f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else "")
    good = newest_good_backup(data_paths)
    if good is None:
        todo = ("There is no good backup to restore: keep a copy of the folder and ask for help "
                "(SQLite's `.recover` can often save most of it).")
    else:
        from cpo_desktop.paths import default_data_dir

        where = "" if data_paths.root == default_data_dir() else f' --data-dir "{data_paths.root}"'
        when = made_at(good)
        todo = (f"Restore the newest good backup{f' (made {dates.stamp(when)})' if when else ''} with: "
                f'cpo-desktop{where} restore "{good}"')
    return DamagedDatabaseError(f"The database {data_paths.database} is damaged: {found}. Nothing was changed. {todo}",
                                good)


def needs_daily_backup(data_paths: paths_mod.DataPaths, today: dt.date | None = None) -> bool:
    stamp = clock.or_today(today).strftime("%Y%m%d")
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
    """Copy one database into a new file ``dest`` via a temporary name; the copy is checked whole
    before it takes its name."""
    files.make_folders(dest.parent)
    tmp = files.part_name(dest)
    src = sqlite3.connect(str(src_path), timeout=10)
    try:
        with files.in_flight(tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                files.create_private(tmp)  # owner-only from the start: SQLite keeps the mode it finds
                dst = sqlite3.connect(str(tmp))
                try:
                    src.backup(dst)
                    # A backup is a plain rollback-journal file: one self-contained file.
                    dst.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dst.close()
                problems = quick_check(tmp)
                if problems:
                    raise BackupError(f"The backup written to {dest} was not whole ({problems[0]}), so it was not "
                                      "kept. The database is untouched; try again, or choose another place.")
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
                now: dt.datetime | None = None, verified: bool = False) -> Path:
    """Back the database up; into ``backups/`` with a timestamped name unless ``dest`` is given.

    Refuses (DamagedDatabaseError) if the database is damaged, unless the caller has just checked
    it (``verified``). Prunes ``backups/`` to the newest N (the ``backup.keep`` setting, default
    20), always keeping the newest good one.
    """
    db_path = data_paths.database
    if not db_path.exists():
        raise BackupError(f"There is no database to back up at {db_path}.")
    if not verified:
        problems = quick_check(db_path)
        if problems:
            raise damaged_error(data_paths, problems)
    if dest is None:
        paths_mod.make_private_dir(data_paths.backups)
        stamp = (now or clock.now()).strftime("%Y%m%d-%H%M%S")
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
    """Remove all but the newest ``keep`` backups, and never the newest good one: backups made
    before damage was noticed (by older versions, or damaged on disk since) may all be bad."""
    found = backup_files(data_paths)
    if len(found) <= keep:
        return []
    kept = set(found[:keep])
    good = newest_good_backup(data_paths)  # usually the first one looked at: the backup just made
    if good is not None:
        kept.add(good)
    removed = []
    for old in found:
        if old not in kept:
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


def keep_damaged_copy(data_paths: paths_mod.DataPaths, now: dt.datetime | None = None) -> Path:
    """Set a copy of the damaged database aside (``backups/damaged-<when>.sqlite3``), for anyone who
    tries to recover what the last good backup does not hold. Never listed as a backup."""
    paths_mod.make_private_dir(data_paths.backups)
    dest = data_paths.backups / f"damaged-{(now or clock.now()):%Y%m%d-%H%M%S}.sqlite3"
    n = 1
    while dest.exists():
        n += 1
        dest = dest.with_name(f"damaged-{(now or clock.now()):%Y%m%d-%H%M%S}.{n}.sqlite3")
    files.create_private(dest)
    try:  # SQLite's backup copies pages as they are, folding in the write-ahead log
        src = sqlite3.connect(str(data_paths.database), timeout=10)
        try:
            dst = sqlite3.connect(str(dest))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error:  # too damaged for that: the files as they lie
        import shutil

        shutil.copyfile(data_paths.database, dest)
        for suffix in ("-wal",):
            side = Path(f"{data_paths.database}{suffix}")
            if side.exists():
                shutil.copyfile(side, Path(f"{dest}{suffix}"))
    paths_mod.make_private_file(dest)
    return dest


def restore(data_paths: paths_mod.DataPaths, source: Path, known_revisions: list[str]) -> Path | None:
    """Replace the live database's contents with ``source``.

    Refused while another process (the window, a command) has the data open. The current
    database is backed up first (that backup's path is returned) — or, if it is damaged, set
    aside as ``damaged-….sqlite3``. A healthy database is overwritten through the backup API,
    inside SQLite's own locking, so a failure leaves it as it was; a damaged one is replaced
    whole by a checked copy renamed into place.
    """
    source = Path(source).absolute()
    validate_restore_source(source, known_revisions)
    db_path = data_paths.database
    paths_mod.claim_data_folder(data_paths)
    lock = FolderLock(data_paths.marker)
    try:
        if lock.try_exclusive() is False:  # None: cannot tell (Windows); SQLite's own locking still applies
            raise DatabaseLockedError(
                f"The data in {data_paths.root} is open in CPO Desktop (the window or another command). Close it and "
                "try again; nothing was restored.")
        damaged = db_path.exists() and bool(quick_check(db_path) or inspect(db_path).damaged)
        if damaged:
            safety = keep_damaged_copy(data_paths)
            _replace_whole(data_paths, source)
        else:
            safety = make_backup(data_paths, reason="before-restore", verified=True) if db_path.exists() else None
            _copy_into(data_paths, source)
    finally:
        lock.release()
    paths_mod.make_private_file(db_path)
    return safety


def _copy_into(data_paths: paths_mod.DataPaths, source: Path) -> None:
    db_path = data_paths.database
    if not db_path.exists():
        paths_mod.create_private_file(db_path)
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


def _replace_whole(data_paths: paths_mod.DataPaths, source: Path) -> None:
    """A damaged database cannot be written into page by page: a checked copy of ``source`` takes
    its place, after its stale write-ahead log (which belongs to the damaged file) is removed."""
    db_path = data_paths.database
    staged = db_path.with_name(f".{db_path.name}.restore.part")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    _copy(source, staged)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(staged, db_path)
