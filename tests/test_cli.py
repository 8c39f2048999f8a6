"""The cpo-desktop command, run as a user would: each command group once in a fresh interpreter
(``run_cli_fresh``: the smoke tests), the rest through the entry point in this process (``run_cli``,
the same output and exit code)."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from conftest import DEMO_PEOPLE, run_cli, run_cli_fresh, sha256

from cpo_desktop import __version__
from cpo_desktop.gui_launch import has_display


def test_version_and_help():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"CPO Desktop {__version__}"
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("check", "backup", "restore", "demo", "--screenshot", "--data-dir"):
        assert command in result.stdout


def test_demo_then_check_json(tmp_path):
    data = str(tmp_path / "data")
    result = run_cli_fresh("--data-dir", data, "demo")
    assert result.returncode == 0, result.stderr
    assert f"{DEMO_PEOPLE} people" in result.stdout
    result = run_cli_fresh("--data-dir", data, "check", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["integrity"] == ["ok"] and report["journal_mode"] == "wal"
    assert report["revision"] == report["head_revision"]
    assert report["counts"]["person"] == DEMO_PEOPLE and report["counts"]["seat"] == 30
    # The demo is never mixed into a register that has people.
    again = run_cli_fresh("--data-dir", data, "demo")
    assert again.returncode == 1 and "already holds people" in again.stderr


def test_data_dir_from_the_environment(tmp_path):
    data = tmp_path / "from-env"
    result = run_cli("check", env={"CPO_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "cpo-desktop.sqlite3").exists()


def test_backup_and_restore_commands(tmp_path, demo_paths):  # the demo board, loaded for today
    data = str(demo_paths.root)
    copy = tmp_path / "copy.sqlite3"
    result = run_cli("--data-dir", data, "backup", "-o", str(copy))
    assert result.returncode == 0 and copy.exists()
    conn = sqlite3.connect(tmp_path / "data" / "cpo-desktop.sqlite3")
    conn.execute("DELETE FROM training_record")
    conn.commit()
    conn.close()
    result = run_cli("--data-dir", data, "restore", str(copy))
    assert result.returncode == 0, result.stderr
    assert "backed up to" in result.stdout
    report = json.loads(run_cli("--data-dir", data, "check", "--json").stdout)
    assert report["counts"]["training_record"] == 72


def test_restore_refuses_a_stranger_in_one_line(tmp_path):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "check").returncode == 0
    before = sha256(data / "cpo-desktop.sqlite3")
    stranger = tmp_path / "minutes.docx"
    stranger.write_bytes(b"PK\x03\x04 not a database")
    result = run_cli("--data-dir", str(data), "restore", str(stranger))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"cpo-desktop: {stranger} is not a CPO Desktop database; nothing was restored."]
    assert sha256(data / "cpo-desktop.sqlite3") == before


def test_a_non_sqlite_data_file_is_one_line_and_untouched(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "cpo-desktop.sqlite3").write_text("hello")
    result = run_cli("--data-dir", str(data), "check")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "not an SQLite file" in result.stderr
    assert (data / "cpo-desktop.sqlite3").read_text() == "hello"


def test_no_display_prints_one_line_about_xvfb(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "cpo_desktop", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "xvfb-run" in lines[0]
    assert not has_display({}, "linux") and has_display({"DISPLAY": ":0"}, "linux")


def test_screenshot_writes_a_png_of_the_view(tmp_path, demo_paths):  # the demo board, loaded for today
    data = str(demo_paths.root)
    shot = tmp_path / "meetings.png"
    result = run_cli_fresh("--data-dir", data, "--screenshot", str(shot), "--view", "meetings",
                           env={"CPO_STARTUP_TRACE": "1"})
    assert result.returncode == 0, result.stderr
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (1366, 768)  # a council laptop's screen (issue 19, point 7)
    events = [line.split()[0] for line in result.stderr.splitlines() if line.split()]
    assert events.index("first-paint") < events.index("ready")


def test_members_and_seats_lists(tmp_path, demo_paths):  # the demo board, loaded for today
    data = str(demo_paths.root)
    seats = json.loads(run_cli("--data-dir", data, "seats", "list", "--vacant", "--json").stdout)
    assert {s["seat"] for s in seats} == {"Partnership Manager, DWP",
                                          "Representative, Sefton Association Primary Heads (SAPH)"}
    people = json.loads(run_cli("--data-dir", data, "members", "list", "--current", "--json").stdout)
    assert len(people) >= 24 and not any(p["former"] for p in people)
    bad = run_cli("--data-dir", data, "members", "list", "--category", "bogus")
    assert bad.returncode == 1 and "Unknown category" in bad.stderr


# One command of each group in a fresh interpreter, as a user runs it, on the demo board (the data
# commands: test_demo_then_check_json; the window: the two tests above; library and pack: their own
# files' fresh-interpreter tests). Everything else goes through the entry point in this process.
@pytest.mark.parametrize("command", [
    ["members", "list", "--json"],
    ["seats", "list", "--json"],
    ["officers", "list", "--json"],
    ["board", "history", "--json"],
    ["meetings", "list", "--year", "2026", "--json"],
    ["agenda", "template", "--json"],
    ["work-programme", "rules", "--json"],
    ["attendance", "show", "3", "--json"],
    ["declarations", "list", "3", "--json"],
    ["minutes", "show", "3", "--json"],
    ["actions", "list", "--json"],
    ["exchange", "status", "--json"],
], ids=lambda command: command[0])
def test_each_command_group_in_a_fresh_interpreter(demo_store, command):
    demo_store.close()
    fresh = run_cli_fresh("--data-dir", str(demo_store.paths.root), *command)
    assert fresh.returncode == 0 and fresh.stderr == "", fresh.stderr
    assert json.loads(fresh.stdout)
    here = run_cli("--data-dir", str(demo_store.paths.root), *command)
    assert (here.returncode, here.stdout, here.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr)


def test_calendar_export_in_a_fresh_interpreter(demo_store, tmp_path):
    demo_store.close()
    out = tmp_path / "meetings.ics"
    fresh = run_cli_fresh("--data-dir", str(demo_store.paths.root), "calendar", "export", "--year", "2026",
                          "-o", str(out))
    assert fresh.returncode == 0 and fresh.stderr == "", fresh.stderr
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_usage_errors_and_help_in_this_process_as_in_a_fresh_interpreter(tmp_path):
    """The in-process runner gives what the interpreter gives: argparse's exit 2 and its usage
    lines, --help's exit 0, a refusal's one line."""
    for args in (["--help"], ["members", "list", "--category"], ["no-such-command"],
                 ["--data-dir", str(tmp_path / "data"), "members", "show", "999"]):
        fresh, here = run_cli_fresh(*args), run_cli(*args)
        assert (here.returncode, here.stdout, here.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr)
    assert fresh.returncode == 1 and run_cli("no-such-command").returncode == 2
