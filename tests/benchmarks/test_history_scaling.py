"""Fast on the tenth year as on the first (issue 20, points 1 and 2).

Run on purpose (excluded from the default run):

    .venv/bin/python -m pytest tests/benchmarks/test_history_scaling.py -p no:cacheprovider -s -o addopts=""

On boards with 1, 3 and 10 years of history, and 10 years with 5,000 more people in the
register (tests/benchmarks/history.py: built through the services, cached under
$TMPDIR/cpo-bench-history), times what each view reads (its data service, as the view calls it,
off the UI thread) and each reading CLI command (in process, through ``run_cli``), ROUNDS times
alternating between the boards after one unmeasured round, and prints the medians, the ratio
of 10 years to 3, and the ratio to a plain SQL fetch of the same rows (stdlib sqlite3).

Every board shows the same meetings (the demo's municipal year is the same in each): the next
meeting's agenda and pack, the last meeting held's minutes. What grows with the years is the
record behind them: the action log, earlier meetings, partners' minutes, people.

Asserted: from 3 years to 10, each view's service and each command within FLAT times
(plus SLACK_MS, for timings of a few milliseconds that noise alone can move by half), and each
view's service under VIEW_LIMIT_MS at 10 years.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable

import pytest
from history import TODAY, history_store

from conftest import run_cli

pytestmark = pytest.mark.benchmark

ROUNDS = 5
FLAT = 1.5
SLACK_MS = 2.0
VIEW_LIMIT_MS = 100
BOARDS = ("1y", "3y", "10y", "10y+5k")
PARAMS = {"1y": (1, 0), "3y": (3, 0), "10y": (10, 0), "10y+5k": (10, 5000)}


class Board:
    """An open store with the meetings the views show, and a sqlite3 connection for the baselines."""

    def __init__(self, store) -> None:
        from sqlmodel import select

        from cpo_desktop.model import enums
        from cpo_desktop.model.tables import Meeting

        self.store = store
        self.folder = store.paths.root
        with store.session() as session:
            board = select(Meeting).where(Meeting.kind == enums.MeetingKind.BOARD)
            self.held = session.exec(board.where(Meeting.status == enums.MeetingStatus.HELD)
                                     .order_by(Meeting.date.desc())).first().id
            self.upcoming = session.exec(board.where(Meeting.date >= TODAY).order_by(Meeting.date)).first().id
        self.con = sqlite3.connect(f"file:{store.paths.database}?mode=ro", uri=True)

    def rows(self, sql: str, *args) -> list:
        return self.con.execute(sql, args).fetchall()


@pytest.fixture(scope="module")
def boards(tmp_path_factory):
    out = {}
    for name in BOARDS:
        years, people = PARAMS[name]
        out[name] = Board(history_store(tmp_path_factory.mktemp(name.replace("+", "-")) / "data", years, people))
    yield out
    for b in out.values():
        b.con.close()
        b.store.close()


# --- what each view reads, and the plain SQL fetch of the same rows ------------------------------

def agenda_view(b: Board):
    from cpo_desktop.services import agenda

    return agenda.load_agenda(b.store, b.upcoming, today=TODAY)


def agenda_sql(b: Board):
    return (b.rows("SELECT * FROM agenda_item WHERE meeting_id=? ORDER BY position", b.upcoming),
            b.rows("SELECT p.* FROM paper p JOIN agenda_item i ON i.id=p.agenda_item_id WHERE i.meeting_id=?",
                   b.upcoming))


def minutes_view(b: Board):
    """What the Minutes & actions view reads for a meeting: attendance, the minutes, the agenda
    (with matters arising), the actions agreed there and the action log, open and recent."""
    from cpo_desktop.ui.minutes.common import read_meeting

    return read_meeting(b.store, b.held, TODAY)


def minutes_sql(b: Board):
    return (b.rows("SELECT * FROM attendance WHERE meeting_id=?", b.held),
            b.rows("SELECT * FROM minute WHERE meeting_id=? ORDER BY position", b.held),
            b.rows("SELECT r.* FROM resolution r JOIN minute m ON m.id=r.minute_id WHERE m.meeting_id=?", b.held),
            b.rows("SELECT * FROM agenda_item WHERE meeting_id=? ORDER BY position", b.held),
            b.rows("SELECT * FROM action_item WHERE meeting_id=?", b.held), *actions_sql(b))


def actions_view(b: Board):
    """The action log as the view shows it first: open, and closed since last municipal year began."""
    from cpo_desktop.services import actions
    from cpo_desktop.ui.minutes.common import recent_since

    return actions.list_actions(b.store, closed_since=recent_since(TODAY), today=TODAY)


def actions_sql(b: Board):
    from cpo_desktop.ui.minutes.common import recent_since

    since = recent_since(TODAY).isoformat()
    return (b.rows("SELECT a.*, p.first_name, p.surname FROM action_item a JOIN person p ON p.id=a.owner_person_id "
                   "WHERE a.status IN ('open', 'in_progress') OR a.closed_on IS NULL OR a.closed_on >= ? "
                   "ORDER BY a.number", since),
            b.rows("SELECT u.* FROM action_update u JOIN action_item a ON a.id=u.action_id WHERE a.status IN "
                   "('open', 'in_progress') OR a.closed_on IS NULL OR a.closed_on >= ? ORDER BY u.action_id, u.date",
                   since))


def preflight_view(b: Board):
    from cpo_desktop.services import packs

    return packs.preflight(b.store, b.upcoming, today=TODAY)


def exchange_view(b: Board):
    from cpo_desktop.services import exchange

    return exchange.register(b.store, today=TODAY), exchange.list_partners(b.store, include_former=True)


def exchange_sql(b: Board):
    return (b.rows("SELECT * FROM exchange"), b.rows("SELECT * FROM exchange_document"),
            b.rows("SELECT * FROM partner_board"))


def register_view(b: Board):
    from cpo_desktop.services import overview

    return overview.load_views(b.store, today=TODAY)


def register_sql(b: Board):
    return (b.rows("SELECT * FROM person ORDER BY surname, first_name"), b.rows("SELECT * FROM membership"),
            b.rows("SELECT * FROM seat"), b.rows("SELECT * FROM meeting ORDER BY date"))


def work_programme_view(b: Board):
    from cpo_desktop.model import schedule
    from cpo_desktop.services import officers
    from cpo_desktop.services import work_programme as wp

    year = schedule.current_municipal_year(TODAY)
    return (wp.grid(b.store, year), wp.coverage(b.store, year), wp.list_rules(b.store),
            officers.list_officers(b.store))


def work_programme_sql(b: Board):
    from cpo_desktop.model import schedule

    year = schedule.current_municipal_year(TODAY)
    return (b.rows("SELECT * FROM report_rule"),
            b.rows("SELECT i.* FROM agenda_item i JOIN meeting m ON m.id=i.meeting_id WHERE m.date BETWEEN ? AND ?",
                   f"{year}-05-01", f"{year + 1}-04-30"))


def meetings_view(b: Board):
    from cpo_desktop.services import meetings

    return meetings.list_meetings(b.store)


def meetings_sql(b: Board):
    return b.rows("SELECT * FROM meeting ORDER BY date, start_time")


VIEWS: dict[str, tuple[Callable, Callable]] = {
    "agenda (load_agenda)": (agenda_view, agenda_sql),
    "minutes & actions (read_meeting)": (minutes_view, minutes_sql),
    "action log (list_actions)": (actions_view, actions_sql),
    "packs (preflight)": (preflight_view, agenda_sql),
    "exchange (register)": (exchange_view, exchange_sql),
    "register lists (load_views)": (register_view, register_sql),
    "work programme (grid, coverage)": (work_programme_view, work_programme_sql),
    "meetings (list_meetings)": (meetings_view, meetings_sql),
}


def command(*args: str) -> tuple[Callable, Callable]:
    def run(b: Board):
        argv = [a.format(held=b.held, upcoming=b.upcoming) for a in args]
        done = run_cli("--data-dir", str(b.folder), *argv, env={"CPO_TODAY": TODAY.isoformat()})
        assert done.returncode == 0, done.stderr
        return done
    return run, None


COMMANDS: dict[str, tuple[Callable, Callable | None]] = {
    "members list": command("members", "list"),
    "meetings list": command("meetings", "list"),
    "agenda show": command("agenda", "show", "{upcoming}"),
    "minutes show": command("minutes", "show", "{held}"),
    "actions list": command("actions", "list"),
    "exchange status": command("exchange", "status"),
    "pack preflight": command("pack", "preflight", "{upcoming}"),
    "check": command("check"),
}


def _timed(fn: Callable, b: Board) -> float:
    t0 = time.perf_counter()
    fn(b)
    return (time.perf_counter() - t0) * 1000


def _measure(boards: dict[str, Board], cases: dict[str, tuple[Callable, Callable | None]]):
    """Medians in ms: {case: {board: (service, baseline or None)}}."""
    times = {c: {n: ([], []) for n in boards} for c in cases}
    for n, b in boards.items():  # unmeasured: caches warm, bytecode compiled
        for fn, sql in cases.values():
            fn(b)
            if sql:
                sql(b)
    for _ in range(ROUNDS):
        for c, (fn, sql) in cases.items():
            for n, b in boards.items():
                times[c][n][0].append(_timed(fn, b))
                if sql:
                    times[c][n][1].append(_timed(sql, b))
    return {c: {n: (statistics.median(s), statistics.median(q) if q else None) for n, (s, q) in per.items()}
            for c, per in times.items()}


def _report(title: str, medians) -> list[str]:
    print(f"\n{title}, medians of {ROUNDS} (ms):")
    print(f"{'':34}" + "".join(f"{n:>9}" for n in BOARDS) + f"{'10y/3y':>8}{'10y/SQL':>9}")
    not_flat = []
    for c, per in medians.items():
        s = {n: per[n][0] for n in BOARDS}
        ratio = s["10y"] / s["3y"]
        base = per["10y"][1]
        vs_sql = f"{s['10y'] / base:>8.0f}×" if base else f"{'':>9}"
        print(f"{c:34}" + "".join(f"{s[n]:>9.1f}" for n in BOARDS) + f"{ratio:>7.2f}×" + vs_sql)
        if s["10y"] > FLAT * s["3y"] + SLACK_MS:
            not_flat.append(f"{c}: {s['3y']:.1f} → {s['10y']:.1f} ms")
    return not_flat


def test_each_view_reads_as_fast_at_ten_years_as_at_three(boards):
    medians = _measure(boards, VIEWS)
    not_flat = _report("What each view reads", medians)
    slow = [f"{c}: {per['10y'][0]:.0f} ms" for c, per in medians.items() if per["10y"][0] > VIEW_LIMIT_MS]
    assert not_flat == [], f"grows with history (10y over {FLAT}× 3y): {not_flat}"
    assert slow == [], f"over {VIEW_LIMIT_MS} ms at 10 years: {slow}"


def test_each_reading_command_as_fast_at_ten_years_as_at_three(boards):
    medians = _measure(boards, COMMANDS)
    not_flat = _report("Reading commands, in process", medians)
    assert not_flat == [], f"grows with history (10y over {FLAT}× 3y): {not_flat}"
