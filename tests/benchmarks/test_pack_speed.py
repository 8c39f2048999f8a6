"""Agenda pack benchmark.

Run on purpose (excluded from the default run):

    .venv/bin/python -m pytest tests/benchmarks/test_pack_speed.py -p no:cacheprovider -s -o addopts=""

Target from the issue: an agenda pack with 20 papers totalling 400 pages, stamped and
bookmarked, builds in at most 2× the time ``qpdf --empty --pages <the same files> -- out.pdf``
takes to merge them, same machine, same run, median of 5.

What is timed is the whole build as the Packs view and ``pack agenda`` run it:
``services.packs.build_agenda`` reading the agenda from the database, checking every paper,
laying out the front sheet, contents and agenda, merging, stamping every page, bookmarks,
metadata, writing to a temporary name and renaming, and recording the pack. The baseline is
the qpdf command on the same 20 stored files, run as a process (as the issue states it).
The two run alternately, so both see the same machine load.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import subprocess
import time

import pytest

pytestmark = pytest.mark.benchmark

ROUNDS = 5
PAPERS = 20
PAGES_EACH = 20
LIMIT = 2.0


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


def test_a_400_page_pack_builds_within_twice_qpdf(big_meeting, tmp_path):
    from cpo_desktop.services import agenda, packs, papers

    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed")
    store, meeting_id = big_meeting
    loaded = agenda.load_agenda(store, meeting_id)
    files = [str(papers.document_path(store.paths, p.sha256, p.kind)) for i in loaded.items for p in i.papers]
    assert len(files) == PAPERS

    def baseline() -> float:
        t0 = time.perf_counter()
        subprocess.run([qpdf, "--empty", "--pages", *files, "--", str(tmp_path / "qpdf.pdf")], check=True)
        return time.perf_counter() - t0

    def ours() -> tuple[float, int]:
        t0 = time.perf_counter()
        result = packs.build_agenda(store, meeting_id, public=False, target=tmp_path / "pack.pdf")
        return time.perf_counter() - t0, result.pages

    ours()  # warm: fonts registered, modules imported
    base, mine = [], []
    for _ in range(ROUNDS):
        base.append(baseline())
        seconds, pages = ours()
        mine.append(seconds)
    assert pages >= PAPERS * PAGES_EACH
    ratio = statistics.median(mine) / statistics.median(base)
    print(f"\nqpdf merge: median {statistics.median(base) * 1000:.0f} ms {[round(b * 1000) for b in base]}")
    print(f"agenda pack ({pages} pages): median {statistics.median(mine) * 1000:.0f} ms "
          f"{[round(m * 1000) for m in mine]}")
    print(f"ratio {ratio:.2f} (target ≤ {LIMIT})")
    assert ratio <= LIMIT
