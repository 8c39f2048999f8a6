"""A damaged database (finding 6): found, never backed up over the good backups, never the cause of
losing the last good backup, reported in one line with what to do, and restored from the newest
good backup. The damage is real: bytes of a page of the person table overwritten on disk."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from conftest import cli_refused, damage_page, run_cli, sha256
from sqlmodel import func, select

from cpo_desktop.model.tables import Person
from cpo_desktop.services.startup import open_data
from cpo_desktop.store import backup, db
from cpo_desktop.store.errors import DamagedDatabaseError


def people(store) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(Person)).one()


@pytest.fixture
def damaged(demo_store, data_paths):
    """The demo board with one good backup made yesterday, then a damaged page in its person table."""
    good = backup.make_backup(data_paths, reason="daily", now=dt.datetime.now() - dt.timedelta(days=1))
    demo_store.close()
    for stale in backup.backup_files(data_paths):
        if stale != good:
            stale.unlink()
    damage_page(data_paths.database)
    return good


def test_check_reports_the_damage_in_one_line_with_what_to_do(damaged, data_paths):
    result = run_cli("--data-dir", str(data_paths.root), "check")
    line = cli_refused(result, "is damaged", "database disk image is malformed", "Restore the newest good backup",
                       "cpo-desktop", "restore", str(damaged))
    assert f'--data-dir "{data_paths.root}"' in line  # the command, as given, restores this folder


def test_a_damaged_database_is_never_backed_up_and_the_good_backups_stay(damaged, data_paths, tmp_path):
    before = sha256(damaged)
    with pytest.raises(DamagedDatabaseError, match="is damaged") as refused:
        backup.make_backup(data_paths, reason="manual")
    assert refused.value.good_backup == damaged
    with pytest.raises(DamagedDatabaseError):
        backup.make_backup(data_paths, dest=tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    # Opening on a new day (a daily backup due) finds the damage first: nothing is copied or pruned.
    with pytest.raises(DamagedDatabaseError, match="Restore the newest good backup"):
        open_data(data_paths, today=dt.date.today() + dt.timedelta(days=1))
    assert backup.backup_files(data_paths) == [damaged] and sha256(damaged) == before
    assert not list(data_paths.backups.glob(".*"))


def test_the_backup_command_refuses_in_one_line(damaged, data_paths):
    result = run_cli("--data-dir", str(data_paths.root), "backup")
    cli_refused(result, "is damaged", "restore")
    assert backup.backup_files(data_paths) == [damaged]


def test_the_window_start_and_a_command_that_meets_the_damage_say_so(damaged, data_paths):
    # The window's start checks the database whatever the day.
    with pytest.raises(DamagedDatabaseError):
        open_data(data_paths, daily_backup=False, check_integrity=True)
    # A command on a day already backed up (today's backup below) opens without the check, but the
    # damaged page it reads is reported as damage in one line, not a traceback.
    shutil.copyfile(damaged, data_paths.backups / f"cpo-desktop-{dt.datetime.now():%Y%m%d-%H%M%S}-daily.sqlite3")
    result = run_cli("--data-dir", str(data_paths.root), "members", "list")
    cli_refused(result, "is damaged", "restore")


def test_pruning_never_removes_the_newest_good_backup(store, data_paths, tmp_path):
    """Backups made before the damage was noticed (by an older version) may all be bad: pruning to
    the newest N keeps the newest good one even so."""
    start = dt.datetime(2026, 11, 1, 9, 0, 0)
    good = [backup.make_backup(data_paths, now=start + dt.timedelta(hours=n)) for n in range(2)]
    store.close()
    bad_copy = tmp_path / "bad.sqlite3"
    shutil.copyfile(good[0], bad_copy)
    damage_page(bad_copy)
    bad = []
    for n in range(2, 6):
        name = data_paths.backups / f"cpo-desktop-{start + dt.timedelta(hours=n):%Y%m%d-%H%M%S}-daily.sqlite3"
        shutil.copyfile(bad_copy, name)
        bad.append(name)
    removed = backup.prune(data_paths, keep=3)
    left = backup.backup_files(data_paths)
    assert good[1] in left and good[1] not in removed
    assert left == [bad[3], bad[2], bad[1], good[1]]
    assert backup.newest_good_backup(data_paths) == good[1]


def test_each_backup_is_checked_before_it_takes_its_name(store, data_paths, monkeypatch):
    """A copy that comes out damaged (a failing disk) is not kept under a backup's name."""
    real = backup.quick_check
    calls = []

    def damaged_copies(path):
        calls.append(path)
        return ["*** in database main ***\nPage 81: btreeInitPage() returns error code 11"] \
            if path.name.endswith(".part") else real(path)

    monkeypatch.setattr(backup, "quick_check", damaged_copies)
    with pytest.raises(Exception, match="was not whole"):
        backup.make_backup(data_paths, reason="manual")
    assert any(p.name.endswith(".part") for p in calls)
    assert backup.backup_files(data_paths) == [] and not list(data_paths.backups.iterdir())


def test_restore_from_the_newest_good_backup_keeps_the_damaged_file_aside(damaged, data_paths):
    safety = backup.restore(data_paths, damaged, db.known_revisions())
    assert safety.name.startswith("damaged-") and safety.parent == data_paths.backups
    assert safety not in backup.backup_files(data_paths)  # never taken for a backup, never pruned
    assert backup.newest_good_backup(data_paths) == damaged
    assert backup.quick_check(data_paths.database) == []
    store = open_data(data_paths, check_integrity=True)
    try:
        assert people(store) == 49
    finally:
        store.close()
    result = run_cli("--data-dir", str(data_paths.root), "check")
    assert result.returncode == 0 and result.stdout.rstrip().endswith("OK"), result.stderr


def test_no_good_backup_at_all_is_said_too(demo_store, data_paths):
    demo_store.close()
    for b in backup.backup_files(data_paths):
        b.unlink()
    damage_page(data_paths.database)
    result = run_cli("--data-dir", str(data_paths.root), "check")
    cli_refused(result, "is damaged", "There is no good backup")


def test_check_stays_fast_on_a_healthy_store(demo_store, data_paths):
    """The check that opening and `check` add: milliseconds on the demo board's data."""
    import time

    from cpo_desktop.store.integrity import check

    demo_store.close()
    t = time.perf_counter()
    for _ in range(10):
        assert backup.quick_check(data_paths.database) == []
    per_check = (time.perf_counter() - t) / 10
    store = open_data(data_paths, check_integrity=True)
    try:
        t = time.perf_counter()
        report = check(store)
        report_time = time.perf_counter() - t
    finally:
        store.close()
    assert report.ok
    assert per_check < 0.05 and report_time < 0.5, (per_check, report_time)
