"""Start-up benchmark: the app's time to first paint against a bare PySide6 window.

Run on purpose (excluded from the default run):

    .venv/bin/python -m pytest tests/benchmarks -p no:cacheprovider -s -o addopts=""

Launches a bare QMainWindow script and ``python -m cpo_desktop`` alternately (a, b, a, b, ...)
with QT_QPA_PLATFORM=offscreen, against a demo store made once beforehand, and compares the
median times from just before ``Popen`` to the ``first-paint`` line each prints on stderr.
Bytecode is cached in a temporary ``PYTHONPYCACHEPREFIX`` (so the repo gets no ``__pycache__``)
and each command is launched once unmeasured first, so both are measured warm, as a user sees them.
"""

from __future__ import annotations

import os
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

HERE = Path(__file__).resolve().parent
BARE = HERE / "bare_window.py"
RUNS = 7
TIMEOUT = 60.0
MAX_RATIO = 1.5
# Ready (the data read and shown) within 2x a bare window's first paint (issue 20, point 3). Not met
# yet: importing SQLAlchemy, SQLModel and the tables alone takes about 4x the bare window.
MAX_READY_RATIO = 2.0


def _env(runtime_dir: str, pycache_dir: str) -> dict[str, str]:
    dropped = ("CPO_DATA_DIR", "CPO_STARTUP_TRACE", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["PYTHONPYCACHEPREFIX"] = pycache_dir
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_RUNTIME_DIR"] = runtime_dir
    env["CPO_NO_ERROR_DIALOGS"] = "1"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    if proc.stderr:
        proc.stderr.close()


def _launch(cmd: list[str], env: dict[str, str], wanted: tuple[str, ...]) -> dict[str, float]:
    """Start ``cmd``; return seconds from just before Popen to each ``wanted`` event on stderr."""
    t0 = time.time()
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    seen: dict[str, float] = {}
    output: list[str] = []
    buffer = b""
    deadline = time.monotonic() + TIMEOUT
    sel = selectors.DefaultSelector()
    sel.register(proc.stderr, selectors.EVENT_READ)
    try:
        while not all(w in seen for w in wanted):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"timed out after {TIMEOUT:.0f}s waiting for {wanted} from {cmd}; "
                                     f"stderr so far:\n{''.join(output)}")
            if not sel.select(timeout=left):
                continue
            chunk = os.read(proc.stderr.fileno(), 65536)
            if not chunk:
                proc.wait(timeout=5)
                raise AssertionError(f"{cmd} exited with {proc.returncode} before {wanted}; "
                                     f"stderr:\n{''.join(output)}")
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for raw in lines:
                line = raw.decode(errors="replace")
                output.append(line + "\n")
                parts = line.split()
                if len(parts) == 2 and parts[0] in wanted and parts[0] not in seen:
                    seen[parts[0]] = float(parts[1]) - t0
    finally:
        sel.close()
        _stop(proc)
    return seen


@pytest.fixture(scope="module")
def bench_dirs():
    root = Path(tempfile.mkdtemp(prefix="cpo-bench-"))
    runtime = root / "xdg"
    runtime.mkdir(mode=0o700)
    os.chmod(runtime, 0o700)
    data = root / "data"
    env = _env(str(runtime), str(root / "pycache"))
    done = subprocess.run([sys.executable, "-m", "cpo_desktop", "--data-dir", str(data), "demo"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    yield data, env
    shutil.rmtree(root, ignore_errors=True)


def _fmt(samples: list[float]) -> str:
    return " ".join(f"{s * 1000:.0f}" for s in samples)


def test_first_paint_close_to_bare_window(bench_dirs):
    data, env = bench_dirs
    app_env = dict(env, CPO_STARTUP_TRACE="1")
    bare_cmd = [sys.executable, str(BARE)]
    app_cmd = [sys.executable, "-m", "cpo_desktop", "--data-dir", str(data)]

    bare_paint: list[float] = []
    app_paint: list[float] = []
    app_ready: list[float] = []
    # Warm-up (unmeasured): fills the bytecode cache and the OS file cache for both commands.
    _launch(bare_cmd, env, ("first-paint",))
    _launch(app_cmd, app_env, ("first-paint", "ready"))
    for _ in range(RUNS):
        bare_paint.append(_launch(bare_cmd, env, ("first-paint",))["first-paint"])
        seen = _launch(app_cmd, app_env, ("first-paint", "ready"))
        app_paint.append(seen["first-paint"])
        app_ready.append(seen["ready"])

    m_bare = statistics.median(bare_paint)
    m_app = statistics.median(app_paint)
    m_ready = statistics.median(app_ready)
    ratio = m_app / m_bare
    print()
    print(f"start-up benchmark, {RUNS} runs each after a warm-up, alternating (ms)")
    print(f"  {'':<22}{'median':>8}   samples")
    print(f"  {'bare first paint':<22}{m_bare * 1000:>8.0f}   {_fmt(bare_paint)}")
    print(f"  {'app first paint':<22}{m_app * 1000:>8.0f}   {_fmt(app_paint)}")
    print(f"  {'app ready':<22}{m_ready * 1000:>8.0f}   {_fmt(app_ready)}")
    ready_ratio = m_ready / m_bare
    print(f"  ratio app/bare first paint: {ratio:.2f} (limit {MAX_RATIO})")
    print(f"  ratio app ready/bare first paint: {ready_ratio:.2f} (limit {MAX_READY_RATIO}, issue 20)")
    assert ratio <= MAX_RATIO, (f"app first paint {m_app * 1000:.0f} ms is {ratio:.2f}x the bare window's "
                                f"{m_bare * 1000:.0f} ms (limit {MAX_RATIO}x)")
    assert ready_ratio <= MAX_READY_RATIO, (f"app ready {m_ready * 1000:.0f} ms is {ready_ratio:.2f}x the bare "
                                            f"window's first paint {m_bare * 1000:.0f} ms (limit {MAX_READY_RATIO}x)")
