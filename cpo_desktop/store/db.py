"""Opening the store: the data folder, the SQLite engine, migrations and the daily backup,
in that order, each refusing with a clear message rather than
changing a file it does not understand."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from cpo_desktop import files
from cpo_desktop import paths as paths_mod
from cpo_desktop.store import backup as backup_mod
from cpo_desktop.store import calendar_sequence  # noqa: F401 - the hook that keeps meetings' SEQUENCE
from cpo_desktop.store.errors import (
    DatabaseLockedError,
    NewerSchemaError,
    NotCpoDatabaseError,
    StoreError,
)
from cpo_desktop.store.fileinfo import inspect
from cpo_desktop.store.lock import FolderLock

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# How long a write waits for another process's write to finish before giving up. The longest
# write the app makes in one transaction (a large CSV import, a step of loading the demo board, a
# restore) takes a second or two on an ordinary laptop; ten seconds covers a slow disk several
# times over, while a process that is really stuck is reported before the user gives up waiting.
# The window runs its writes off the UI thread, so it never freezes while one waits.
BUSY_TIMEOUT_MS = 10_000


def _config():
    """A fresh Alembic config (each migration run attaches its own connection to it)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@functools.cache  # the revisions are files shipped with the app: read them once
def _script_directory():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


# The revisions in migrations/versions/, oldest first, written out so that opening a store at the
# newest one (every start but the first after an upgrade) need not load Alembic, which reads and
# runs every revision file to find them. tests/store/test_migrations.py checks this list against
# Alembic's own walk: a new revision is added here too.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013")


def known_revisions() -> list[str]:
    """Every revision this version knows, oldest first."""
    return list(REVISIONS)


def head_revision() -> str:
    return REVISIONS[-1]


def alembic_revisions() -> list[str]:
    """The revisions as Alembic finds them in migrations/versions/, oldest first (for the check
    that ``REVISIONS`` is right)."""
    return [rev.revision for rev in reversed(list(_script_directory().walk_revisions()))]


def is_locked_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text


def is_damaged_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "file is not a database" in text


def locked_message(path: Path, timeout_ms: int = BUSY_TIMEOUT_MS) -> str:
    # Said as it is: another process (the window, a command) held the write lock all this time.
    return (f"The database {path} is busy: another program using it (CPO Desktop's window or a command) "
            f"was still writing after {timeout_ms / 1000:g} seconds. Nothing was changed; try again in a moment.")


def make_engine(db_path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        # We issue BEGIN ourselves (below) so that DDL, too, runs inside a transaction.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StoreError(f"Could not switch {db_path} to write-ahead logging (journal mode {mode}).")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover - exercised by every test
        # A unit of work takes the write lock up front (IMMEDIATE), waiting up to the busy timeout
        # for another writer. A deferred one that read first and then wrote could not wait: if
        # another process had written meanwhile its snapshot is stale and SQLite refuses the write
        # at once. Read-only units (``Store.session(write=False)``) begin deferred, so reads never
        # wait for each other or for a writer (WAL), and query_only makes any write in them fail.
        read_only = bool(conn.get_execution_options().get("read_only"))
        conn.exec_driver_sql(f"PRAGMA query_only = {int(read_only)}")
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


@dataclass
class Store:
    """An open CPO Desktop database."""

    paths: paths_mod.DataPaths
    engine: Engine
    created: bool = False  # True when this open made a new database
    migrated_from: str | None = None  # the revision before this open migrated it
    backup_made: Path | None = None
    lock: FolderLock | None = None  # held while open: other processes see the data is in use
    busy_timeout_ms: int = BUSY_TIMEOUT_MS
    _local: threading.local = field(default_factory=threading.local, repr=False)  # this thread's unit of work

    @contextlib.contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """One unit of work: committed when the block ends normally, rolled back otherwise.

        It holds the write lock from its start; ``write=False`` for a unit that only reads, which
        then never waits for anyone (and cannot write). A helper that opens a session inside a
        unit of work on the same thread joins it rather than waiting, on a second connection, for
        the lock its caller holds: inside a writing unit its writes go in a savepoint (undone if it
        fails); inside a read-only unit it only reads too (a write there fails, loudly)."""
        outer, outer_writes = getattr(self._local, "session", None), getattr(self._local, "write", False)
        if outer is not None:
            if write and outer_writes:
                with outer.begin_nested():
                    yield outer
            else:
                yield outer
            return
        bind = self.engine if write else self._reader
        with Session(bind, expire_on_commit=False) as session:
            self._local.session, self._local.write = session, write
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if is_locked_error(exc):
                    raise DatabaseLockedError(locked_message(self.paths.database, self.busy_timeout_ms)) from exc
                if is_damaged_error(exc):
                    raise backup_mod.damaged_error(self.paths, [str(exc.orig)]) from exc
                raise
            except DatabaseError as exc:
                session.rollback()
                if is_damaged_error(exc):
                    raise backup_mod.damaged_error(self.paths, [str(exc.orig)]) from exc
                raise
            except BaseException:
                session.rollback()
                raise
            finally:
                self._local.session, self._local.write = outer, outer_writes

    @functools.cached_property
    def _reader(self) -> Engine:
        """The engine (same pool) whose transactions begin deferred and read-only."""
        return self.engine.execution_options(read_only=True)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def check_file(db_path: Path, data_paths: paths_mod.DataPaths | None = None) -> str | None:
    """Refuse a file we must not touch; return its revision (None for a new database)."""
    info = inspect(db_path)
    if info.damaged and data_paths is not None:
        raise backup_mod.damaged_error(data_paths, [info.damaged])
    if info.exists and info.empty and not info.is_sqlite:
        return None
    if info.exists and not info.is_sqlite:
        raise NotCpoDatabaseError(
            f"{db_path} is not a CPO Desktop database (it is not an SQLite file). It was left untouched; "
            "move it away or choose another data folder with --data-dir."
        )
    if info.exists and not info.empty and not info.is_cpo:
        raise NotCpoDatabaseError(
            f"{db_path} is an SQLite database but not a CPO Desktop one. It was left untouched; "
            "move it away or choose another data folder with --data-dir."
        )
    if info.revision is not None and info.revision not in known_revisions():
        raise NewerSchemaError(
            f"{db_path} was written by a newer version of CPO Desktop (schema {info.revision}). "
            "Install the newer version to open it; the file was left untouched."
        )
    return info.revision


def migrate(engine: Engine) -> None:
    from alembic import command

    cfg = _config()
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        connection.commit()


def open_store(data_paths: paths_mod.DataPaths, *, today: dt.date | None = None,
               daily_backup: bool = True, check_integrity: bool = False,
               busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
    """Open (creating or upgrading as needed) the database in ``data_paths``.

    Raises a StoreError subclass with a message for the user when the folder or the file
    cannot be used; in that case no file has been changed. The database's integrity is checked
    (SQLite's quick_check) before any backup — so on the first open of each day, which makes the
    daily backup — and whenever ``check_integrity`` asks (the window's start, ``check``); a
    damaged database raises DamagedDatabaseError naming the newest good backup.
    """
    paths_mod.claim_data_folder(data_paths)
    lock = FolderLock(data_paths.marker)
    try:
        store = _open(data_paths, lock, today=today, daily_backup=daily_backup, check_integrity=check_integrity,
                      busy_timeout_ms=busy_timeout_ms)
    except BaseException:
        lock.release()
        raise
    return store


def _open(data_paths: paths_mod.DataPaths, lock: FolderLock, *, today: dt.date | None, daily_backup: bool,
          check_integrity: bool, busy_timeout_ms: int) -> Store:
    if lock.try_exclusive():
        # No other CPO Desktop has this folder open: whatever a killed run left half-written is
        # nobody's work in progress now.
        files.remove_leftovers(data_paths.root, data_paths.tmp, data_paths.in_flight)
        files.make_private_tree(data_paths.root)  # what earlier versions wrote with the umask's modes
    if not lock.share(busy_timeout_ms / 1000):
        raise DatabaseLockedError(f"The data in {data_paths.root} is being restored from a backup by another "
                                  "CPO Desktop; try again when it has finished. Nothing was changed.")
    files.use_journal(data_paths.in_flight)
    db_path = data_paths.database
    revision = check_file(db_path, data_paths)
    created = revision is None
    backup_made = None
    upgrade = revision is not None and revision != head_revision()
    backup_due = daily_backup and not created and not upgrade and backup_mod.needs_daily_backup(data_paths, today)
    checked = False
    if not created and (check_integrity or upgrade or backup_due):
        problems = backup_mod.quick_check(db_path)
        if problems:
            raise backup_mod.damaged_error(data_paths, problems)
        checked = True
    if created:
        paths_mod.create_private_file(db_path)  # SQLite then makes -wal and -shm with the same mode
    try:
        if upgrade:
            backup_made = backup_mod.make_backup(data_paths, reason=f"before-upgrade-{revision}", verified=checked)
        engine = make_engine(db_path, busy_timeout_ms)
        try:
            if revision != head_revision():  # at head there is nothing to run (and Alembic costs time)
                migrate(engine)
            else:
                with engine.begin() as conn:  # the first connection: it sets write-ahead logging
                    conn.exec_driver_sql("SELECT 1")
        except BaseException:
            engine.dispose()
            raise
    except OperationalError as exc:
        if is_locked_error(exc):
            raise DatabaseLockedError(locked_message(db_path, busy_timeout_ms)) from exc
        if is_damaged_error(exc):
            raise backup_mod.damaged_error(data_paths, [str(exc.orig)]) from exc
        raise StoreError(f"Could not open {db_path}: {exc.orig}") from exc
    except DatabaseError as exc:
        if is_damaged_error(exc):
            raise backup_mod.damaged_error(data_paths, [str(exc.orig)]) from exc
        raise StoreError(f"Could not open {db_path}: {exc.orig}") from exc
    except sqlite3.OperationalError as exc:
        if is_locked_error(exc):
            raise DatabaseLockedError(locked_message(db_path, busy_timeout_ms)) from exc
        raise StoreError(f"Could not open {db_path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        if is_damaged_error(exc):
            raise backup_mod.damaged_error(data_paths, [str(exc)]) from exc
        raise StoreError(f"Could not open {db_path}: {exc}") from exc
    for suffix in ("", "-wal", "-shm"):
        paths_mod.make_private_file(Path(f"{db_path}{suffix}"))
    store = Store(data_paths, engine, created=created,
                  migrated_from=revision if backup_made else None, backup_made=backup_made, lock=lock,
                  busy_timeout_ms=busy_timeout_ms)
    if backup_due:
        # stamped with the day it is for, so that a day given (tests, a clock set back) is backed up once
        now = dt.datetime.combine(today, dt.datetime.now().time()) if today else None
        try:
            store.backup_made = backup_mod.make_backup(data_paths, reason="daily", now=now, verified=checked)
        except BaseException:
            engine.dispose()
            raise
    return store
