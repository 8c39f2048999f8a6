"""CLI benchmark: commands that read answer well under a second (issue 19, point 16).

Run on purpose (excluded from the default run):

    .venv/bin/python -m pytest tests/benchmarks/test_cli_speed.py -p no:cacheprovider -s -o addopts=""

Against a demo store made once beforehand, runs ``python -c "import sqlite3"`` (the bare start
of an interpreter that can read a database) and ``python -m cpo_desktop --data-dir D COMMAND``
for ``members list``, ``agenda show 4`` and ``check``, alternately, RUNS times each after one
unmeasured run, and prints each command's median wall time and its ratio to the bare start.
Each command's median must be under MAX_SECONDS; the ratios are for the note (the floor is
importing SQLAlchemy and SQLModel, about a third of a second on these machines).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import pytest

pytestmark = pytest.mark.benchmark

RUNS = 9
MAX_SECONDS = 0.9
COMMANDS = {"members list": ["members", "list"], "agenda show": ["agenda", "show", "4"], "check": ["check"]}


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=60)
    return time.perf_counter() - start


def test_read_commands_answer_well_under_a_second(tmp_path):
    pycache = tempfile.mkdtemp(prefix="cpo-pycache-")
    env = {k: v for k, v in os.environ.items() if k not in ("CPO_DATA_DIR", "PYTHONDONTWRITEBYTECODE")}
    env["PYTHONPYCACHEPREFIX"] = pycache
    data = tmp_path / "data"
    try:
        subprocess.run([sys.executable, "-m", "cpo_desktop", "--data-dir", str(data), "--today", "2026-11-23",
                        "demo"], env=env, check=True, capture_output=True, timeout=300)
        bare = [sys.executable, "-c", "import sqlite3"]
        runs = {name: [sys.executable, "-m", "cpo_desktop", "--data-dir", str(data), *args]
                for name, args in COMMANDS.items()}
        times: dict[str, list[float]] = {"bare": [], **{name: [] for name in runs}}
        for cmd in (bare, *runs.values()):
            _timed(cmd, env)  # warm: bytecode compiled, files in the page cache
        for _ in range(RUNS):
            times["bare"].append(_timed(bare, env))
            for name, cmd in runs.items():
                times[name].append(_timed(cmd, env))
        medians = {name: statistics.median(ts) for name, ts in times.items()}
        for name in runs:
            print(f"\n{name}: median {medians[name]:.3f} s, {medians[name] / medians['bare']:.0f}× the bare start "
                  f"({medians['bare'] * 1000:.0f} ms)", end="")
        print()
        slow = {name: round(m, 3) for name, m in medians.items() if name != "bare" and m > MAX_SECONDS}
        assert slow == {}, f"over {MAX_SECONDS} s: {slow}"
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
