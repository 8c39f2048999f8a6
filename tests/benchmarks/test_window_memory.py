"""Memory benchmark (issue 20, point 6): the window on the ten-year board, with every view visited,
stays under 200 MB, and visiting them again and again does not make it grow.

Run on purpose (excluded from the default run):

    .venv/bin/python -m pytest tests/benchmarks/test_window_memory.py -p no:cacheprovider -s -o addopts=""

Each run is a fresh interpreter (``window_memory.py`` beside this file; the pytest process holds
modules the app does not), with QT_QPA_PLATFORM=offscreen on a copy of the ten-year store. It opens
the window at 1366×768, waits until the data is read, visits every view once and lets each settle
(so every view is built and read), then goes round all the views ROUNDS more times. It prints the
resident memory (VmRSS) after the first round and after the last, and the peak (VmHWM). A bare
QMainWindow's resident memory after its first paint is the baseline, measured the same way.

Asserted, on the median of RUNS runs: the resident memory after the first round is under MAX_MB;
after ROUNDS more rounds it has grown by less than GROWTH_MB (Python's and Qt's allocators keep
freed memory for reuse, so a few MB of settling is not a leak; a view that kept what each visit
read would add that much per round).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from history import TODAY, cached_folder

pytestmark = pytest.mark.benchmark

HERE = Path(__file__).resolve().parent
RUNS = 3
ROUNDS = 10
MAX_MB = 200.0
GROWTH_MB = 8.0

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1366, 768); w.show()
def done():
    status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
    print("rss", int(status["VmRSS"].split()[0]) / 1024, "hwm", int(status["VmHWM"].split()[0]) / 1024)
    app.quit()
QTimer.singleShot(500, done)
app.exec()
"""


def _run(args: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=600,
                         check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    figures: dict[str, float] = {}
    for line in out.stdout.splitlines():
        words = line.split()
        figures.update({words[i]: float(words[i + 1]) for i in range(0, len(words) - 1, 2)})
    return figures


def test_the_window_on_ten_years_with_every_view_visited_stays_small(tmp_path):
    import shutil

    board = cached_folder(10)
    env = {k: v for k, v in os.environ.items() if k != "CPO_DATA_DIR"}
    env.update(QT_QPA_PLATFORM="offscreen", CPO_NO_ERROR_DIALOGS="1", CPO_TODAY=TODAY.isoformat(),
               PYTHONPATH=os.pathsep.join([str(HERE.parent.parent), env.get("PYTHONPATH", "")]),
               XDG_RUNTIME_DIR=tempfile.mkdtemp(prefix="xdg-"))
    bare, first, last, peak = [], [], [], []
    for n in range(RUNS):
        data = tmp_path / f"data{n}"
        shutil.copytree(board, data)
        bare.append(_run(["-c", BARE], env)["rss"])
        app = _run([str(HERE / "window_memory.py"), str(data), str(ROUNDS)], env)
        first.append(app["first"])
        last.append(app["last"])
        peak.append(app["hwm"])
    b, f, la, p = (statistics.median(x) for x in (bare, first, last, peak))
    print(f"\nWindow memory on the ten-year board, median of {RUNS} runs (MB):")
    print(f"  bare window after first paint   {b:7.1f}")
    print(f"  every view visited once         {f:7.1f}   ({f / b:.1f}x the bare window)")
    print(f"  after {ROUNDS} more rounds          {la:7.1f}   (grew {la - f:+.1f})")
    print(f"  peak                            {p:7.1f}")
    assert f < MAX_MB, f"{f:.0f} MB with every view visited (limit {MAX_MB:.0f})"
    assert la - f < GROWTH_MB, f"grew {la - f:.1f} MB over {ROUNDS} rounds of visits"
