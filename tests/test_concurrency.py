"""Two programs on one database (finding 11): writes wait their turn instead of failing, a busy
database is called busy, a minute saved over a newer version is refused rather than lost, and a
restore waits for the data to be closed everywhere."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from conftest import ROOT, cli_ok, cli_refused, run_cli, sha256
from sqlmodel import func, select

from cpo_desktop.model.tables import Person
from cpo_desktop.services import minutes
from cpo_desktop.services.minutes import MinuteChanged
from cpo_desktop.services.startup import open_data
from cpo_desktop.store import backup

OCTOBER = 3


def people(store) -> int:
    with store.session(write=False) as session:
        return session.exec(select(func.count()).select_from(Person)).one()


def test_two_processes_adding_people_at_once_all_land(demo_store, data_paths):
    """Two real processes each run `members add` 50 times, started together: every one is added."""
    before = people(demo_store)
    demo_store.close()
    go = data_paths.root.parent / "go"
    script = textwrap.dedent(f"""
        import os, sys, time
        from cpo_desktop.cli import main
        who = sys.argv[1]
        while not os.path.exists({str(go)!r}):
            time.sleep(0.01)
        failed = []
        for n in range(50):
            code = main(["--data-dir", {str(data_paths.root)!r}, "members", "add", "--first-name", f"{{who}}{{n}}",
                         "--surname", "Concurrent", "--email", f"{{who}}{{n}}@example.org"])
            if code:
                failed.append(n)
        sys.exit(f"{{len(failed)}} of 50 refused" if failed else 0)
    """)
    env = {k: v for k, v in os.environ.items() if k != "CPO_DATA_DIR"}
    runs = [subprocess.Popen([sys.executable, "-c", script, who], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for who in ("Ann", "Bob")]
    time.sleep(1.0)  # both interpreters up and waiting
    go.write_text("")
    results = [r.communicate(timeout=300) for r in runs]
    for run, (out, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err
        assert "is busy" not in err and "already open" not in err
    store = open_data(data_paths)
    try:
        assert people(store) == before + 100
    finally:
        store.close()


def test_a_unit_of_work_that_reads_then_writes_is_not_refused_by_another_writer(demo_store, data_paths):
    """The race behind "half the writes refused": a unit of work reads, another process writes and
    commits, then the unit writes. Begun deferred, SQLite refused the unit's write at once (its
    snapshot was stale) with "is CPO Desktop already open?"; holding the write lock from its start,
    the other process waits its turn instead, and both changes land."""
    script = textwrap.dedent(f"""
        import sqlite3, sys
        con = sqlite3.connect({str(data_paths.database)!r}, isolation_level=None, timeout=10)
        print("writing", flush=True)
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE person SET notes = 'the other program' WHERE id = 2")
        con.execute("COMMIT")
        print("done", flush=True)
    """)
    with demo_store.session() as session:
        person = session.get(Person, 1)  # read …
        other = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert other.stdout.readline().strip() == "writing"
        time.sleep(0.5)  # … the other process is writing now (or waiting to) …
        person.notes = "this unit of work"  # … then write
    assert other.stdout.readline().strip() == "done" and other.wait(timeout=30) == 0
    with demo_store.session(write=False) as session:
        assert session.get(Person, 1).notes == "this unit of work"
        assert session.get(Person, 2).notes == "the other program"


def test_a_read_never_waits_for_a_writer(demo_store, data_paths):
    """Reads (WAL) go on while another program holds the write lock."""
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE person SET notes = 'being written' WHERE id = 1")
    try:
        started = time.perf_counter()
        assert people(demo_store) == 49
        assert time.perf_counter() - started < 1
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_read_only_unit_of_work_cannot_write(demo_store):
    with pytest.raises(Exception, match="readonly|read-only|query_only"):
        with demo_store.session(write=False) as session:
            session.add(Person(first_name="Never", surname="Saved"))
    assert people(demo_store) == 49


def test_a_minute_saved_over_a_newer_version_is_refused_not_lost(demo_store):
    minutes.start(demo_store, OCTOBER)
    row = next(r for r in minutes.load(demo_store, OCTOBER).minutes if r.part == 1)
    start = row.revision
    # Two editors opened the minute at the same revision; the first to save wins …
    assert minutes.set_discussion(demo_store, row.id, "The first editor's words.", if_revision=start) == start + 1
    # … and the second is told, with nothing changed, instead of saying "Saved." over it.
    with pytest.raises(MinuteChanged, match="saved elsewhere") as refused:
        minutes.set_discussion(demo_store, row.id, "The second editor's words.", if_revision=start)
    assert refused.value.revision == start + 1
    after = next(r for r in minutes.load(demo_store, OCTOBER).minutes if r.id == row.id)
    assert after.discussion == "The first editor's words." and after.revision == start + 1
    # Saving the words already there is no conflict; a save from the current revision goes through.
    assert minutes.set_discussion(demo_store, row.id, "The first editor's words.", if_revision=start) == start + 1
    assert minutes.set_discussion(demo_store, row.id, "Agreed wording.", if_revision=start + 1) == start + 2


def test_minutes_write_if_revision_on_the_command_line(demo_store, data_paths):
    minutes.start(demo_store, OCTOBER)
    row = next(r for r in minutes.load(demo_store, OCTOBER).minutes if r.part == 1)
    demo_store.close()
    data = str(data_paths.root)
    shown = run_cli("--data-dir", data, "minutes", "show", str(OCTOBER))
    assert f"(minute id {row.id}, revision {row.revision})" in cli_ok(shown)
    out = cli_ok(run_cli("--data-dir", data, "minutes", "write", str(row.id), "--text", "First.",
                         "--if-revision", str(row.revision)))
    assert out == f"Saved (revision {row.revision + 1}).\n"
    before = sha256(data_paths.database)
    cli_refused(run_cli("--data-dir", data, "minutes", "write", str(row.id), "--text", "Second.",
                        "--if-revision", str(row.revision)), "saved elsewhere", "nothing was changed")
    assert sha256(data_paths.database) == before


def _holder(data_paths) -> subprocess.Popen:
    """Another CPO Desktop with the data open (as the window keeps it), until it is ended."""
    script = textwrap.dedent(f"""
        import sys, time
        from cpo_desktop import paths
        from cpo_desktop.services.startup import open_data
        store = open_data(paths.resolve({str(data_paths.root)!r}))
        print("open", flush=True)
        time.sleep(600)
    """)
    holder = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    return holder


def test_restore_refuses_while_another_process_has_the_data_open(demo_store, data_paths, tmp_path):
    copy = backup.make_backup(data_paths, dest=tmp_path / "copy.sqlite3")
    demo_store.close()
    holder = _holder(data_paths)
    try:
        before = sha256(data_paths.database)
        made = set(data_paths.backups.iterdir())
        cli_refused(run_cli("--data-dir", str(data_paths.root), "restore", str(copy)),
                    "is open in CPO Desktop", "close it", "nothing was restored")
        assert sha256(data_paths.database) == before and set(data_paths.backups.iterdir()) == made
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # Closed everywhere (here: the holder is gone), the restore goes ahead.
    result = run_cli("--data-dir", str(data_paths.root), "restore", str(copy))
    assert result.returncode == 0, result.stderr


def test_the_window_reads_everything_while_another_program_writes(demo_store, data_paths):
    """The window's read of all its views (at start and on every refresh) does not wait for a
    program holding the write lock, nor take it."""
    from cpo_desktop.services import overview

    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        data = overview.load_views(demo_store)
        assert time.perf_counter() - started < 2 and len(data.members) == 49
    finally:
        other.execute("ROLLBACK")
        other.close()
