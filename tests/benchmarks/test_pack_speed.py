"""Agenda pack benchmark (issue 20, point 5).

Run on purpose (excluded from the default run):

    .venv/bin/python -m pytest tests/benchmarks/test_pack_speed.py -p no:cacheprovider -s -o addopts=""

An agenda pack with 20 papers totalling 400 pages, stamped and bookmarked, against
``qpdf --empty --pages <the same files> -- out.pdf`` merging them, same machine, same run, median
of 5, run alternately so both see the same machine load:

* in process (``services.packs.build_agenda``, as the Packs view runs it: reading the agenda,
  checking every paper, laying out the front sheet, contents and agenda, merging, stamping every
  page, bookmarks, metadata, writing to a temporary name and renaming, recording the pack) within
  LIMIT_IN_PROCESS times qpdf;
* end to end from the command line (``python -m cpo_desktop pack agenda``: a fresh interpreter,
  opening the store, all of the above) within LIMIT_CLI times qpdf, and its peak resident memory
  (``ru_maxrss`` of the child) within LIMIT_MEMORY times qpdf's.

The meeting is on 9 December 2026 and the pack is built as of 23 November (CPO_TODAY for the
command), so it is on time and needs no late reason.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import time

import pytest
from test_input_memory import PEAK

pytestmark = pytest.mark.benchmark

ROUNDS = 5
PAPERS = 20
PAGES_EACH = 20
LIMIT_IN_PROCESS = 1.5
LIMIT_CLI = 3.0
LIMIT_MEMORY = 2.0
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def big_meeting(tmp_path_factory):
    from cpo_desktop import paths
    from cpo_desktop.services import agenda, meetings, startup
    from cpo_desktop.services.demo_papers import report_pdf

    folder = tmp_path_factory.mktemp("pack")
    store = startup.open_data(paths.resolve(folder / "data"), daily_backup=False)
    day = dt.date(2026, 12, 9)
    meeting_id, _ = meetings.add_meeting(store, meetings.MeetingInput(date=day, start_time=dt.time(14),
                                                                      venue="Bootle Town Hall"), anyway=True)
    agenda.create_agenda(store, meeting_id)
    for n in range(PAPERS):
        item_id = agenda.add_item(store, meeting_id, agenda.ItemInput(title=f"Service report {n + 1}",
                                                                      duration_minutes=5))
        source = folder / f"report-{n + 1:02d}.pdf"
        source.write_bytes(report_pdf(board="Corporate Parenting Board", meeting_day=day,
                                      subject=f"Service report {n + 1}", report_of="Director", pages=PAGES_EACH))
        agenda.attach_paper(store, item_id, source)
    yield store, meeting_id
    store.close()


def _timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds from start to end of ``cmd``."""
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - t0
    assert done.returncode == 0, f"{cmd} exited {done.returncode}: {done.stderr[-1500:]}"
    return seconds


def _peak_mb(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """The peak resident memory of ``cmd``, read by a small parent process (a child forked from
    this one would count this process's pages until it runs the command)."""
    done = subprocess.run([sys.executable, "-c", PEAK, *cmd], env=env, capture_output=True, text=True, check=False)
    code, peak_kb = done.stdout.split()
    assert code == "0", f"{cmd} exited {code}: {done.stderr[-1500:]}"
    return int(peak_kb) / 1024


def test_a_400_page_pack_builds_within_its_multiple_of_qpdf(big_meeting, tmp_path):
    from cpo_desktop.services import agenda, packs, papers

    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed")
    store, meeting_id = big_meeting
    loaded = agenda.load_agenda(store, meeting_id)
    files = [str(papers.document_path(store.paths, p.sha256, p.kind)) for i in loaded.items for p in i.papers]
    assert len(files) == PAPERS
    # Bytecode cached (in a temporary PYTHONPYCACHEPREFIX, so the repo gets no __pycache__), as an
    # installed app has it; the warm-up run below writes it.
    env = {k: v for k, v in os.environ.items() if k not in ("CPO_DATA_DIR", "PYTHONDONTWRITEBYTECODE")}
    env.update(CPO_TODAY=TODAY.isoformat(), QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"))
    cli = [sys.executable, "-m", "cpo_desktop", "--data-dir", str(store.paths.root), "pack", "agenda", "--restricted",
           str(meeting_id), "-o", str(tmp_path / "cli pack.pdf")]

    merge = [qpdf, "--empty", "--pages", *files, "--", str(tmp_path / "qpdf.pdf")]

    def in_process() -> tuple[float, int]:
        t0 = time.perf_counter()
        result = packs.build_agenda(store, meeting_id, public=False, target=tmp_path / "pack.pdf", today=TODAY)
        return time.perf_counter() - t0, result.pages

    in_process()  # warm: fonts registered, modules imported
    _timed(cli, env)  # warm: bytecode cached
    base, base_mb, mine, cli_s, cli_mb = [], [], [], [], []
    for _ in range(ROUNDS):
        base.append(_timed(merge))
        seconds, pages = in_process()
        mine.append(seconds)
        cli_s.append(_timed(cli, env))
        base_mb.append(_peak_mb(merge))
        cli_mb.append(_peak_mb(cli, env))
    assert pages >= PAPERS * PAGES_EACH
    m = statistics.median
    ratio, cli_ratio, mem_ratio = m(mine) / m(base), m(cli_s) / m(base), m(cli_mb) / m(base_mb)
    print(f"\nqpdf merge: median {m(base) * 1000:.0f} ms {[round(b * 1000) for b in base]}, "
          f"peak {m(base_mb):.0f} MB")
    print(f"agenda pack ({pages} pages) in process: median {m(mine) * 1000:.0f} ms "
          f"{[round(x * 1000) for x in mine]}, ratio {ratio:.2f} (limit {LIMIT_IN_PROCESS})")
    print(f"agenda pack from the command line: median {m(cli_s) * 1000:.0f} ms {[round(x * 1000) for x in cli_s]}, "
          f"ratio {cli_ratio:.2f} (limit {LIMIT_CLI}); peak {m(cli_mb):.0f} MB, ratio {mem_ratio:.2f} "
          f"(limit {LIMIT_MEMORY})")
    over = [f"{what} {r:.2f}x (limit {limit})" for what, r, limit in (
        ("in process", ratio, LIMIT_IN_PROCESS), ("command line", cli_ratio, LIMIT_CLI),
        ("peak memory", mem_ratio, LIMIT_MEMORY)) if r > limit]
    assert not over, f"against qpdf: {over}"
