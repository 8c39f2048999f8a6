"""Owner-only files, a data folder that is really ours, scratch space inside it, and leftovers of
killed runs removed at the next start (finding 7)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from conftest import DEMO_DAY, ROOT, cli_refused, marked_pdf, run_cli

from cpo_desktop import files, paths
from cpo_desktop.services.startup import open_data
from cpo_desktop.store import backup

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows uses the folder's ACLs")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def not_private(*roots: Path) -> list[str]:
    """Every folder under ``roots`` that is not 0700 and every file that is not 0600."""
    wrong = []
    for root in roots:
        for path in [root, *root.rglob("*")]:
            want = 0o700 if path.is_dir() else 0o600
            if mode(path) != want:
                wrong.append(f"{path} is {mode(path):o}")
    return wrong


@pytest.fixture
def umask_022():
    """The usual umask (files 0644, folders 0755), whatever an earlier test left."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_real_commands_with_umask_022_write_only_owner_only_files(demo_paths, tmp_path):
    """The commands as a user runs them, in a fresh interpreter started with umask 022: the data
    folder and every -o target hold 0600 files in 0700 folders."""
    out = tmp_path / "out"  # made by the commands themselves
    paper = marked_pdf(tmp_path / "Budget report.pdf", "PRIVATE")
    data = str(demo_paths.root)
    commands = [
        ["backup"],
        ["agenda", "attach", "4", "6", str(paper)],
        # (the demo is around today: its next meeting's pack may be late, so a reason is given)
        ["pack", "agenda", "4", "--public", "-o", str(out / "packs" / "public pack.pdf"), "--late-reason", "Held up."],
        ["minutes", "export", "3", "--format", "pdf", "-o", str(out / "October.pdf")],
        ["minutes", "export", "3", "--format", "docx", "--public", "-o", str(out / "October.docx")],
        ["minutes", "letters", "3", "-o", str(out / "letters")],
        ["members", "export", "--format", "csv", "-o", str(out / "register.csv")],
        ["calendar", "export", "--year", "2026", "-o", str(out / "meetings.ics")],
        ["actions", "export", "--format", "csv", "-o", str(out / "actions.csv")],
        ["exchange", "export", "2026-08-12", "--partner", "SSCP", "-o", str(out / "to SSCP")],
        ["backup", "-o", str(out / "backup copy.sqlite3")],
    ]
    script = textwrap.dedent(f"""
        import os, sys
        from cpo_desktop.cli import main
        for argv in {commands!r}:
            code = main(["--data-dir", {data!r}, *argv])
            if code:
                sys.exit(f"{{argv}} failed")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                            preexec_fn=lambda: os.umask(0o022), timeout=300,
                            env={k: v for k, v in os.environ.items() if k != "CPO_DATA_DIR"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "to SSCP").is_dir() and list(demo_paths.documents.rglob("*.pdf"))
    assert list(demo_paths.backups.iterdir()) and (out / "letters").is_dir()
    assert not_private(demo_paths.root, out) == []


def test_the_mechanisms_make_private_files_under_umask_022(umask_022, tmp_path, demo_store, data_paths):
    """Not the umask the command line sets: atomic_write, the store, backups and scratch space
    themselves make 0600 files and 0700 folders (an export into an existing folder leaves it be)."""
    from cpo_desktop.exchange import outgoing
    from cpo_desktop.services import agenda

    mine = tmp_path / "Documents"
    mine.mkdir(mode=0o755)
    target = files.atomic_write_bytes(mine / "new" / "deeper" / "export.csv", b"a,b\n")
    assert mode(target) == 0o600 and mode(target.parent) == 0o700 and mode(target.parent.parent) == 0o700
    assert mode(mine) == 0o755  # the user's own folder is not changed

    seen = []
    real = backup.quick_check
    backup.quick_check = lambda p: (seen.append((p.name, mode(p))), real(p))[1]
    try:
        made = backup.make_backup(data_paths, reason="manual")
    finally:
        backup.quick_check = real
    assert [m for name, m in seen if name.endswith(".part")] == [0o600]  # the whole-database copy in progress
    assert mode(made) == 0o600 and mode(data_paths.backups) == 0o700

    with files.scratch_dir(data_paths.tmp) as work:
        assert mode(work) == 0o700 and mode(data_paths.tmp) == 0o700

    item = next(i for i in agenda.load_agenda(demo_store, 4).items if i.number == "6")
    agenda.attach_paper(demo_store, item.id, marked_pdf(tmp_path / "paper.pdf", "MODES"))
    package = outgoing.prepare(demo_store, 2, "SSCP", tmp_path / "pkg", today=DEMO_DAY)
    assert not_private(package.folder) == []

    fresh = paths.resolve(tmp_path / "new data")
    store = open_data(fresh)
    store.close()
    assert not_private(fresh.root) == []
    assert {p.name for p in fresh.root.iterdir()} >= {"cpo-desktop.sqlite3", ".cpo-desktop"}
    assert not_private(data_paths.documents) == []


def test_data_dir_refuses_a_folder_that_holds_other_things(tmp_path):
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    (home / "notes.txt").write_text("mine")
    (home / "Projects").mkdir()
    before = sorted(p.name for p in home.iterdir())
    for result in (run_cli("--data-dir", str(home), "check"),
                   run_cli("members", "list", env={"CPO_DATA_DIR": str(home)})):
        cli_refused(result, str(home), "not a CPO Desktop data folder", "nothing was changed", "--data-dir")
    assert mode(home) == 0o755 and sorted(p.name for p in home.iterdir()) == before


def test_data_dir_takes_an_empty_folder_or_one_of_ours(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o755)
    assert run_cli("--data-dir", str(empty), "check").returncode == 0
    assert mode(empty) == 0o700 and (empty / ".cpo-desktop").is_file() and (empty / "cpo-desktop.sqlite3").is_file()
    # A data folder from before the marker existed: it holds the database.
    (empty / ".cpo-desktop").unlink()
    (empty / "window.ini").write_text("")
    assert run_cli("--data-dir", str(empty), "check").returncode == 0
    assert (empty / ".cpo-desktop").is_file()


def test_nothing_goes_to_the_system_temp_folder(store, monkeypatch, tmp_path):
    """With the system's temporary folder gone, loading the demo (the partners' minutes it imports,
    restricted ones among them) and backing up still work: they use the data folder's tmp/."""
    from cpo_desktop import demo

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no system temp folder"))
    demo.load(store, today=DEMO_DAY)
    backup.make_backup(store.paths, reason="manual")
    assert not (tmp_path / "no system temp folder").exists()
    assert not [p for p in store.paths.tmp.rglob("*") if p.is_file()]  # its scratch work, finished, is gone


def _killed_while_writing(zygote, data: Path, target: Path) -> None:
    """A real process (forked from the warmed-up ``zygote``, tests/forked.py) that opens the store
    and is killed half-way through writing ``target``."""
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from cpo_desktop import files, paths
        from cpo_desktop.services.startup import open_data
        store = open_data(paths.resolve({str(data)!r}))
        def write(tmp):
            tmp.write_bytes(b"%PDF-1.7 half a pack")
            os.kill(os.getpid(), signal.SIGKILL)
        files.atomic_write(Path({str(target)!r}), write)
    """)
    run = zygote.run(script)
    assert run.wait(timeout=120) == -9, run.stderr_text()


def test_leftovers_of_killed_runs_go_at_the_next_start(demo_paths, tmp_path, zygote):
    outside = tmp_path / "Desktop"
    _killed_while_writing(zygote, demo_paths.root, outside / "pack.pdf")
    assert len(list(outside.glob(".pack.pdf.*.part"))) == 1 and not (outside / "pack.pdf").exists()
    open_data(demo_paths).close()  # the next start, outside the data folder too
    assert list(outside.iterdir()) == []
    _killed_while_writing(zygote, demo_paths.root, outside / "letter.docx")
    _killed_while_writing(zygote, demo_paths.root, demo_paths.exports / "packs" / "pack.pdf")  # its start tidies the letter
    assert list(outside.iterdir()) == []
    assert len(list((demo_paths.exports / "packs").glob(".pack.pdf.*.part"))) == 1
    # What other runs left: scratch work, a backup being written, a package being staged, and a
    # package swapped out by a run killed before the new one took its place.
    (demo_paths.tmp / "convert-x1").mkdir(parents=True)
    (demo_paths.tmp / "convert-x1" / "Part 2 report.pdf").write_bytes(b"restricted")
    demo_paths.backups.mkdir(exist_ok=True)
    (demo_paths.backups / ".cpo-desktop-20261123-101010-daily.sqlite3.1a2b3c4d.part").write_bytes(b"SQLite")
    (demo_paths.backups / ".cpo-desktop-20261123-101010-daily.sqlite3.1a2b3c4d.part-journal").write_bytes(b"j")
    exchange = demo_paths.exports / "exchange"
    (exchange / ".2026-08-12 SSCP.staging-0a1b2c3d").mkdir(parents=True)
    (exchange / ".2026-08-12 SSCP.staging-0a1b2c3d" / "minutes.pdf").write_bytes(b"half")
    (exchange / ".2026-10-14 HWB.old-99aa88bb").mkdir()
    (exchange / ".2026-10-14 HWB.old-99aa88bb" / "minutes.pdf").write_bytes(b"the last package")

    open_data(demo_paths).close()
    assert list(demo_paths.tmp.iterdir()) == []
    assert [p for p in demo_paths.root.rglob(".*") if p.name != ".cpo-desktop"] == []
    # The swapped-out package is put back where it was: it is the one the register knows of.
    assert (exchange / "2026-10-14 HWB" / "minutes.pdf").read_bytes() == b"the last package"
    assert sorted(p.name for p in exchange.iterdir()) == ["2026-10-14 HWB"]
    assert backup.quick_check(demo_paths.database) == []

    # While another CPO Desktop has the folder open, its work in progress is not touched.
    first = open_data(demo_paths)
    with files.scratch_dir(demo_paths.tmp) as work:
        (work / "converting.pdf").write_bytes(b"in progress")
        open_data(demo_paths).close()
        assert (work / "converting.pdf").exists()
    first.close()


def test_window_settings_are_owner_only(umask_022, qtbot, demo_paths):
    from conftest import open_window

    window = open_window(qtbot, demo_paths)
    window.save_settings()
    assert mode(demo_paths.ui_settings) == 0o600
    window.close()
    assert mode(demo_paths.ui_settings) == 0o600


def test_a_window_refused_its_data_folder_writes_nothing_there(qtbot, tmp_path):
    from cpo_desktop.ui.main_window import MainWindow, settings_for

    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine")
    window = MainWindow(paths.resolve(home), settings=settings_for(paths.resolve(home)), interactive=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.load_failed, timeout=30000):
        window.show()
    window.close()
    assert [p.name for p in home.iterdir()] == ["notes.txt"]


def test_a_data_folder_written_with_the_umask_is_made_owner_only_at_the_next_start(umask_022, demo_paths):
    """Papers stored by earlier versions were 0644 in 0755 folders."""
    for path in [demo_paths.root, *demo_paths.root.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    open_data(demo_paths).close()
    assert not_private(demo_paths.root) == []
