"""Import benchmark: ``members import`` of 5,000 rows against the ``sqlite3`` shell's ``.import``.

Run on purpose (excluded from the default run):

    .venv/bin/python -m pytest tests/benchmarks -p no:cacheprovider -s -o addopts=""

One generated CSV of 5,000 people (First name, Surname, Email, Organisation, Job title,
Phone; UTF-8 with accented names; some organisations the seed already has, in another case,
the rest new). Each round, alternating, measures the wall time of:

* baseline: ``sqlite3 fresh.db ".import --csv people.csv people"``, a subprocess on a new file;
* ours, empty store: ``member_import.read_preview`` + ``apply`` in this process, into a new
  store made by the real migrations and seed (making the store is not timed);
* ours, big register: the same into a copy of a register of 5,000 people and 20,000
  memberships (``bigregister.py``; copying and opening it are not timed).

Each is run once unmeasured first, and the heap is collected before each timed import.
The empty store's median must be within MAX_RATIO of the baseline's (the requirement); the
big register's ratio is printed for information, as is the whole CLI (``python -m
cpo_desktop members import`` in a fresh interpreter) next to its start-up alone (``check``).
"""

from __future__ import annotations

import csv
import gc
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from bigregister import FIRST_NAMES, JOB_TITLES, ORGANISATIONS, SURNAMES, build_big_register, person_email, \
    phone_number

from cpo_desktop import paths
from cpo_desktop.services import member_import
from cpo_desktop.services.startup import open_data

pytestmark = pytest.mark.benchmark

ROWS = 5000
RUNS = 7
CLI_RUNS = 3
MAX_RATIO = 5.0
SEEDED = ("Sefton Council", "SEFTON CVS", "merseyside police", "Alder Hey Children's NHS Foundation Trust")


def write_csv(path: Path, rows: int = ROWS, seed: int = 7) -> None:
    """``rows`` distinct new people, none of them in the big register.

    Surnames are double-barrelled and e-mails on their own domain, so that neither the
    duplicate check by e-mail nor the one by name and organisation matches the big register.
    """
    rng = random.Random(seed)
    seen: set[tuple[str, str, str]] = set()
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["First name", "Surname", "Email", "Organisation", "Job title", "Phone"])
        for n in range(rows):
            while True:
                first, surname = rng.choice(FIRST_NAMES), "-".join(rng.sample(SURNAMES, 2))
                org = rng.choice(SEEDED) if rng.random() < 0.3 else rng.choice(ORGANISATIONS + ("", "Bootle YMCA"))
                if (key := (first.casefold(), surname.casefold(), org.casefold())) not in seen:
                    seen.add(key)
                    break
            out.writerow([first, surname, person_email(first, surname, n, "import.example.org"), org,
                          rng.choice(JOB_TITLES), phone_number(n) if rng.random() < 0.6 else ""])


def _env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CPO_DATA_DIR", "PYTHONDONTWRITEBYTECODE")}
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")  # warm bytecode, and none in the repo
    return env


@pytest.fixture(scope="module")
def bench():
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.skip("the sqlite3 shell (the baseline) is not installed: apt-get install sqlite3")
    root = Path(tempfile.mkdtemp(prefix="cpo-import-bench-"))
    source = root / "people.csv"
    write_csv(source)
    big = root / "big"
    build_big_register(big).close()
    yield shell, root, source, big
    shutil.rmtree(root, ignore_errors=True)


def _baseline(shell: str, root: Path, source: Path, n: str) -> float:
    db = root / f"shell-{n}.db"
    t0 = time.perf_counter()
    done = subprocess.run([shell, str(db), f".import --csv {source} people"], capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    assert done.returncode == 0 and not done.stderr, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == ROWS
    conn.close()
    db.unlink()
    return elapsed


def _ours(source: Path, data: Path, template: Path | None) -> float:
    if template is not None:
        shutil.copytree(template, data)
    store = open_data(paths.resolve(data), daily_backup=False)
    try:
        gc.collect()
        t0 = time.perf_counter()
        preview = member_import.read_preview(store, source)
        report = member_import.apply(store, preview)
        elapsed = time.perf_counter() - t0
    finally:
        store.close()
    assert (report.added, report.updated, report.skipped) == (ROWS, 0, 0)
    shutil.rmtree(data)
    return elapsed


def _cli(root: Path, source: Path, env: dict[str, str], n: str) -> tuple[float, float]:
    """Wall times of ``check`` (start-up, on an existing store) and of ``members import``."""
    data = root / f"cli-{n}"
    cmd = [sys.executable, "-m", "cpo_desktop", "--data-dir", str(data)]
    times = []
    for args in (["check"], ["check"], ["members", "import", str(source)]):  # the first makes the store
        t0 = time.perf_counter()
        done = subprocess.run([*cmd, *args], capture_output=True, text=True, env=env, timeout=120)
        times.append(time.perf_counter() - t0)
        assert done.returncode == 0, done.stderr
    assert f"{ROWS} added" in done.stdout, done.stdout
    shutil.rmtree(data)
    return times[1], times[2]


def _ms(samples: list[float]) -> str:
    return " ".join(f"{s * 1000:.0f}" for s in samples)


def test_import_within_five_times_the_sqlite3_shell(bench):
    shell, root, source, big = bench
    series: dict[str, list[float]] = {"sqlite3 .import": [], "ours, empty store": [], "ours, big register": []}
    # Warm-up (unmeasured): the OS file cache, imports and SQLAlchemy's statement cache.
    _baseline(shell, root, source, "warm")
    _ours(source, root / "warm-empty", None)
    _ours(source, root / "warm-big", big)
    for n in range(RUNS):
        series["sqlite3 .import"].append(_baseline(shell, root, source, str(n)))
        series["ours, empty store"].append(_ours(source, root / f"empty-{n}", None))
        series["ours, big register"].append(_ours(source, root / f"big-{n}", big))

    env = _env(root)
    _cli(root, source, env, "warm")
    check, cli = zip(*(_cli(root, source, env, str(n)) for n in range(CLI_RUNS)))

    medians = {name: statistics.median(samples) for name, samples in series.items()}
    base = medians["sqlite3 .import"]
    print()
    print(f"import benchmark: {ROWS} rows, {RUNS} runs each after a warm-up, alternating (ms)")
    print(f"  {'':<24}{'median':>8}  {'ratio':>6}   samples")
    for name, samples in series.items():
        print(f"  {name:<24}{medians[name] * 1000:>8.0f}  {medians[name] / base:>6.2f}   {_ms(samples)}")
    for name, samples in (("CLI members import", cli), ("CLI check (start-up)", check)):
        print(f"  {name:<24}{statistics.median(samples) * 1000:>8.0f}  {'':>6}   {_ms(samples)}")
    ratio = medians["ours, empty store"] / base
    print(f"  limit: ours, empty store / sqlite3 <= {MAX_RATIO} (the others: information only)")
    assert ratio <= MAX_RATIO, (f"importing {ROWS} rows took {medians['ours, empty store'] * 1000:.0f} ms, "
                                f"{ratio:.2f}x the sqlite3 shell's {base * 1000:.0f} ms (limit {MAX_RATIO}x)")
