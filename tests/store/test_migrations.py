"""The schema comes only from Alembic; files we do not understand are refused and left alone."""

from __future__ import annotations

import sqlite3
import stat
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from conftest import sha256
from sqlmodel import SQLModel

from cpo_desktop.model import tables  # noqa: F401 - registers the tables on SQLModel.metadata
from cpo_desktop.paths import DataFolderError
from cpo_desktop.store import db
from cpo_desktop.store.errors import DatabaseLockedError, NewerSchemaError, NotCpoDatabaseError
from cpo_desktop.store.fileinfo import APPLICATION_ID, inspect


def test_the_revisions_written_out_are_alembics():
    """db.REVISIONS (read on every open, instead of loading Alembic) is the chain Alembic finds."""
    assert db.known_revisions() == db.alembic_revisions()
    assert db.head_revision() == db.alembic_revisions()[-1]


def test_opening_a_store_at_the_newest_revision_does_not_load_alembic(store):
    import subprocess

    path = str(store.paths.root)
    store.close()
    code = ("import sys\nfrom cpo_desktop import paths\nfrom cpo_desktop.store import db\n"
            f"db.open_store(paths.resolve({path!r}), daily_backup=False).close()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_migrations_from_empty_build_the_model(data_paths):
    store = db.open_store(data_paths)
    try:
        assert store.created
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == db.head_revision()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        assert diff == [], f"the model and the migrations disagree: {diff}"
    finally:
        store.close()
    info = inspect(data_paths.database)
    assert info.is_cpo and info.revision == db.head_revision()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_data_folder_and_files_are_owner_only(store, data_paths):
    assert stat.S_IMODE(data_paths.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(data_paths.database.stat().st_mode) == 0o600


def test_foreign_keys_are_enforced(store):
    from cpo_desktop.model.tables import Membership
    import datetime as dt
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with store.session() as session:
            session.add(Membership(person_id=999, seat_id=999, start_date=dt.date(2026, 1, 1)))


def test_newer_schema_is_refused_and_left_untouched(store, data_paths):
    store.close()
    conn = sqlite3.connect(data_paths.database)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = sha256(data_paths.database)
    with pytest.raises(NewerSchemaError, match="newer version"):
        db.open_store(data_paths)
    assert sha256(data_paths.database) == before
    assert not list(data_paths.backups.glob("*before-upgrade*"))


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(data_paths):
    data_paths.root.mkdir(parents=True)
    data_paths.database.write_bytes(b"Minutes of the meeting held on...\n" * 100)
    before = sha256(data_paths.database)
    with pytest.raises(NotCpoDatabaseError, match="not an SQLite file"):
        db.open_store(data_paths)
    assert sha256(data_paths.database) == before


def test_someone_elses_sqlite_database_is_refused(data_paths):
    data_paths.root.mkdir(parents=True)
    conn = sqlite3.connect(data_paths.database)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = sha256(data_paths.database)
    with pytest.raises(NotCpoDatabaseError, match="not a CPO Desktop one"):
        db.open_store(data_paths)
    assert sha256(data_paths.database) == before


def test_an_unusable_data_folder_gets_a_clear_message(tmp_path):
    from cpo_desktop import paths

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DataFolderError, match="Cannot use the data folder"):
        db.open_store(paths.resolve(blocker / "data"))
    assert blocker.read_text() == "a file where the data folder should be"


def test_a_locked_database_gets_a_clear_message_and_loses_nothing(data_paths):
    from cpo_desktop.model.tables import Setting

    store = db.open_store(data_paths, busy_timeout_ms=300)  # the real wait is seconds: a short one here
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError, match=r"is busy: another program using it .* was still writing "
                                                      r"after 0\.3 seconds\. Nothing was changed"):
            with store.session() as session:
                session.add(Setting(key="test.locked", value="1"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    with store.session() as session:
        assert session.get(Setting, "test.locked") is None
    store.close()
