"""Backups are whole databases made through SQLite's backup API; restore round-trips."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import textwrap

import pytest
from conftest import ROOT, sha256
from sqlmodel import func, select

from cpo_desktop.model.tables import Person
from cpo_desktop.services import settings
from cpo_desktop.services.startup import open_data
from cpo_desktop.store import backup, db
from cpo_desktop.store.errors import NotCpoDatabaseError
from cpo_desktop.store.fileinfo import inspect


def people(store) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(Person)).one()


def test_backup_and_restore_round_trip(demo_store, data_paths):
    saved = backup.make_backup(data_paths, reason="manual")
    assert saved.parent == data_paths.backups and saved.name.endswith("-manual.sqlite3")
    assert inspect(saved).is_cpo
    assert people(demo_store) == 49

    with demo_store.session() as session:  # a change made after the backup
        for person in session.exec(select(Person)).all()[:5]:
            person.notes = "changed after the backup"
        session.add(Person(first_name="Added", surname="Later"))
    assert people(demo_store) == 50
    demo_store.close()

    safety = backup.restore(data_paths, saved, db.known_revisions())
    assert safety is not None and safety.exists() and "before-restore" in safety.name
    reopened = open_data(data_paths)
    try:
        assert people(reopened) == 49
        with reopened.session() as session:
            assert not session.exec(select(Person).where(Person.notes == "changed after the backup")).all()
    finally:
        reopened.close()
    # The safety copy holds the state that was replaced.
    conn = sqlite3.connect(safety)
    assert conn.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 50
    conn.close()


def test_backup_to_a_chosen_file(store, data_paths, tmp_path):
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    assert backup.make_backup(data_paths, dest=target) == target
    assert inspect(target).is_cpo
    assert not list(target.parent.glob(".*.part"))


@pytest.mark.parametrize("content", [b"", b"not a database at all", None])
def test_restore_refuses_a_file_that_is_not_ours(demo_store, data_paths, tmp_path, content):
    bad = tmp_path / "bad.sqlite3"
    if content is None:
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes(content)
    demo_store.close()
    before = sha256(data_paths.database)
    with pytest.raises(NotCpoDatabaseError, match="nothing was restored"):
        backup.restore(data_paths, bad, db.known_revisions())
    assert sha256(data_paths.database) == before
    assert not list(data_paths.backups.glob("*before-restore*"))


def test_only_the_newest_backups_are_kept(store, data_paths):
    settings.set(store, "backup.keep", 3)
    start = dt.datetime(2026, 11, 1, 9, 0, 0)
    made = [backup.make_backup(data_paths, now=start + dt.timedelta(hours=n)) for n in range(6)]
    left = backup.backup_files(data_paths)
    assert left == list(reversed(made[-3:]))


def test_default_keeps_twenty(store, data_paths):
    start = dt.datetime(2026, 11, 1, 9, 0, 0)
    for n in range(23):
        backup.make_backup(data_paths, now=start + dt.timedelta(minutes=n))
    assert len(backup.backup_files(data_paths)) == 20


def test_daily_backup_at_most_once_a_day(data_paths):
    today = dt.date(2026, 11, 23)
    open_data(data_paths, today=today).close()  # creates the database: nothing to back up yet
    assert backup.backup_files(data_paths) == []
    open_data(data_paths, today=today).close()
    open_data(data_paths, today=today).close()
    daily = [p for p in backup.backup_files(data_paths) if p.name.endswith("-daily.sqlite3")]
    assert len(daily) == 1
    assert not backup.needs_daily_backup(data_paths, today)
    assert backup.needs_daily_backup(data_paths, today + dt.timedelta(days=1))


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_disk_that_fills_during_a_backup_loses_nothing(demo_store, data_paths):
    import subprocess

    demo_store.close()
    backup.make_backup(data_paths, reason="daily")  # so that opening writes nothing
    before = sha256(data_paths.database)
    existing = set(data_paths.backups.iterdir())
    # A child process whose files may not grow past 64 KiB: the 100+ KiB backup cannot fit.
    script = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
        from cpo_desktop.cli import main
        sys.exit(main(["--data-dir", {str(data_paths.root)!r}, "backup"]))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                            env={k: v for k, v in os.environ.items() if k != "CPO_DATA_DIR"})
    assert result.returncode == 1, result.stderr
    assert "could not be written" in result.stderr and "untouched" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert set(data_paths.backups.iterdir()) == existing  # no partial file left behind
    assert sha256(data_paths.database) == before
