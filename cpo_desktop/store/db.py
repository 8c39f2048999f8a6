"""Opening the store: the data folder, the SQLite engine, migrations and the daily backup,
in that order, each refusing with a clear message rather than
changing a file it does not understand."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from cpo_desktop import paths as paths_mod
from cpo_desktop.store import backup as backup_mod
from cpo_desktop.store.errors import (
    DatabaseLockedError,
    NewerSchemaError,
    NotCpoDatabaseError,
    StoreError,
)
from cpo_desktop.store.fileinfo import inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 3000


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


def known_revisions() -> list[str]:
    """Every revision this version knows, oldest first."""
    return [rev.revision for rev in reversed(list(_script_directory().walk_revisions()))]


def head_revision() -> str:
    return _script_directory().get_current_head()


def is_locked_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text


def locked_message(path: Path) -> str:
    return (f"The database {path} is in use by another program (is CPO Desktop already open?). "
            "Close it and try again; nothing was changed.")


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        # We issue BEGIN ourselves (below) so that DDL, too, runs inside a transaction.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StoreError(f"Could not switch {db_path} to write-ahead logging (journal mode {mode}).")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover - exercised by every test
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("immediate") else "BEGIN")

    return engine


@dataclass
class Store:
    """An open CPO Desktop database."""

    paths: paths_mod.DataPaths
    engine: Engine
    created: bool = False  # True when this open made a new database
    migrated_from: str | None = None  # the revision before this open migrated it
    backup_made: Path | None = None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends normally, rolled back otherwise."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if is_locked_error(exc):
                    raise DatabaseLockedError(locked_message(self.paths.database)) from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def check_file(db_path: Path) -> str | None:
    """Refuse a file we must not touch; return its revision (None for a new database)."""
    info = inspect(db_path)
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
               daily_backup: bool = True) -> Store:
    """Open (creating or upgrading as needed) the database in ``data_paths``.

    Raises a StoreError subclass with a message for the user when the folder or the file
    cannot be used; in that case no file has been changed.
    """
    paths_mod.make_private_dir(data_paths.root)
    db_path = data_paths.database
    revision = check_file(db_path)
    created = revision is None
    backup_made = None
    try:
        if revision is not None and revision != head_revision():
            backup_made = backup_mod.make_backup(data_paths, reason=f"before-upgrade-{revision}")
        engine = make_engine(db_path)
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
    except OperationalError as exc:
        if is_locked_error(exc):
            raise DatabaseLockedError(locked_message(db_path)) from exc
        raise StoreError(f"Could not open {db_path}: {exc.orig}") from exc
    except sqlite3.OperationalError as exc:
        if is_locked_error(exc):
            raise DatabaseLockedError(locked_message(db_path)) from exc
        raise StoreError(f"Could not open {db_path}: {exc}") from exc
    for suffix in ("", "-wal", "-shm"):
        paths_mod.make_private_file(Path(f"{db_path}{suffix}"))
    store = Store(data_paths, engine, created=created,
                  migrated_from=revision if backup_made else None, backup_made=backup_made)
    if daily_backup and not created and backup_made is None and backup_mod.needs_daily_backup(data_paths, today):
        # stamped with the day it is for, so that a day given (tests, a clock set back) is backed up once
        now = dt.datetime.combine(today, dt.datetime.now().time()) if today else None
        store.backup_made = backup_mod.make_backup(data_paths, reason="daily", now=now)
    return store
