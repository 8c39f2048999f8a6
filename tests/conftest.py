"""Shared fixtures: every database is a real SQLite file built by the real migrations."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest

# Qt draws off-screen in tests; error dialogs from the excepthook would block a run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CPO_NO_ERROR_DIALOGS"] = "1"
os.environ.pop("CPO_DATA_DIR", None)
if not os.environ.get("XDG_RUNTIME_DIR"):
    runtime = tempfile.mkdtemp(prefix="xdg-")
    os.chmod(runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = runtime

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_paths(tmp_path):
    from cpo_desktop import paths

    return paths.resolve(tmp_path / "data")


@pytest.fixture
def store(data_paths, _empty_template):
    """A store with nothing in it but what a new one holds: a copy of one made per session by the
    real migrations, opened as the app opens it (a new store makes no daily backup; nor does this)."""
    from cpo_desktop.services.startup import open_data

    _copy_data(_empty_template, data_paths)
    s = open_data(data_paths, daily_backup=False)
    yield s
    s.close()


@pytest.fixture(scope="session")
def zygote():
    """Processes forked from one warmed-up interpreter, for the tests that kill a process
    (tests/forked.py); Linux only."""
    if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
        pytest.skip("needs os.fork (Linux)")
    from forked import Zygote

    z = Zygote()
    yield z
    z.close()


DEMO_DAY = dt.date(2026, 11, 23)
# How many people the fictional demo board holds (resources/demo/demo_board.json): the tests that
# count the register read it here, so a person added to the demo is one change, not ten.
_DEMO = json.loads((ROOT / "resources" / "demo" / "demo_board.json").read_text(encoding="utf-8"))
DEMO_PEOPLE = len(_DEMO["people"]) + len(_DEMO.get("other_councillors", []))  # + councillors not on the board


def _demo_folder(tmp_path_factory, today: dt.date) -> Path:
    """A data folder with the demo board loaded for ``today``, made once per test session by the
    real migrations and the real demo loader; each test gets its own copy (``_copy_data``)."""
    from cpo_desktop import paths
    from cpo_desktop import demo
    from cpo_desktop.services.startup import open_data

    data = paths.resolve(tmp_path_factory.mktemp(f"demo-{today:%Y%m%d}") / "data")
    store = open_data(data)
    demo.load(store, today=today)
    store.close()
    _checkpoint(data.database)
    return data.root


def _checkpoint(database: Path) -> None:
    """Everything in the main file, so copying the file copies the data."""
    import sqlite3

    con = sqlite3.connect(database)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _copy_data(template: Path, data_paths) -> None:
    import shutil

    data_paths.root.mkdir(parents=True, exist_ok=True)
    os.chmod(data_paths.root, 0o700)
    shutil.copyfile(template / data_paths.database.name, data_paths.database)
    os.chmod(data_paths.database, 0o600)
    if (template / "documents").exists():
        shutil.copytree(template / "documents", data_paths.documents)


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory) -> Path:
    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data

    data = paths.resolve(tmp_path_factory.mktemp("empty") / "data")
    open_data(data).close()
    _checkpoint(data.database)
    return data.root


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    return _demo_folder(tmp_path_factory, DEMO_DAY)


@pytest.fixture(scope="session")
def _demo_template_today(tmp_path_factory) -> Path:
    return _demo_folder(tmp_path_factory, dt.date.today())


@pytest.fixture
def demo_store(request, data_paths, _demo_template):
    """A store holding the demo board as loaded on 23/11/2026 (a copy of one made per session)."""
    if "store" in request.fixturenames:  # the test holds the store too: load into that one
        from cpo_desktop import demo

        s = request.getfixturevalue("store")
        demo.load(s, today=DEMO_DAY)
        yield s
        return
    from cpo_desktop.services.startup import open_data

    _copy_data(_demo_template, data_paths)
    s = open_data(data_paths)
    yield s
    s.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def settled_sha256(store) -> str:
    """The database file's hash once every committed change is in it (WAL checkpointed), for
    "nothing was saved" checks."""
    import sqlite3

    con = sqlite3.connect(store.paths.database)
    try:
        busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        con.close()
    assert busy == 0
    return sha256(store.paths.database)


def stored_files(store) -> list[str]:
    """The files in the document store, relative to it."""
    root = store.paths.documents
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) if root.exists() else []


def run_cli_fresh(*args: str, env: dict[str, str] | None = None, **kwargs):
    """Run ``python -m cpo_desktop`` in a fresh interpreter, as a user would (the smoke tests: one
    a command group; the rest go through ``run_cli``, in this process)."""
    import subprocess

    full_env = {k: v for k, v in os.environ.items() if k != "CPO_DATA_DIR"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "cpo_desktop", *args], capture_output=True, text=True,
                          env=full_env, timeout=120, **kwargs)


# What a fresh interpreter does with warnings (no -W options), first match first: shown once a
# place on stderr, the deprecation kinds ignored; with this suite's own rule on top (pyproject's
# filterwarnings: a deprecation in our code is an error).
_FRESH_WARNING_FILTERS = [
    ("error", DeprecationWarning, r"cpo_desktop\..*"),
    ("default", DeprecationWarning, "__main__"),
    ("ignore", DeprecationWarning, ""),
    ("ignore", PendingDeprecationWarning, ""),
    ("ignore", ImportWarning, ""),
    ("ignore", ResourceWarning, ""),
]


def _text_stream(errors: str = "strict", newline: str | None = "\n"):
    import io

    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors, newline=newline, write_through=True)


def _read_back(stream) -> str:
    """What ``subprocess.run(..., text=True)`` would have read: UTF-8, universal newlines."""
    import io

    stream.flush()
    return io.TextIOWrapper(io.BytesIO(stream.buffer.getvalue()), encoding="utf-8", errors="strict").read()


def run_cli(*args: str, env: dict[str, str] | None = None, input: str | None = None):
    """Run the ``cpo-desktop`` command line in this process, as ``run_cli_fresh`` would in a fresh
    interpreter: the same stdout, stderr and exit code in a ``CompletedProcess``.

    For the call only: ``env`` is set in the environment and ``CPO_DATA_DIR`` removed from it,
    ``input`` is standard input (else stdin is left as it is), the clock is not fixed, warnings
    are printed on stderr as a fresh interpreter prints them, and the process's umask (the command
    sets its own) is put back. A usage error or ``--help`` (argparse's SystemExit) gives its exit
    code; an exception the command does not handle gives a traceback on stderr and exit 1, as
    Python would."""
    import subprocess
    import traceback
    import warnings

    from cpo_desktop import clock
    from cpo_desktop.cli import main as cli_main

    argv = [str(a) for a in args]
    out, err = _text_stream(), _text_stream("backslashreplace")
    umask = os.umask(0o022)
    os.umask(umask)
    with pytest.MonkeyPatch.context() as mp, warnings.catch_warnings():
        mp.delenv("CPO_DATA_DIR", raising=False)
        for key, value in (env or {}).items():
            mp.setenv(key, value)
        mp.setattr(clock, "_fixed", None)
        mp.setattr(sys, "argv", [str(ROOT / "cpo_desktop" / "__main__.py"), *argv])
        mp.setattr(sys, "stdout", out)
        mp.setattr(sys, "stderr", err)
        if input is not None:
            stdin = _text_stream(newline=None)  # read as sys.stdin reads: universal newlines
            stdin.buffer.write(input.encode("utf-8"))
            stdin.seek(0)
            mp.setattr(sys, "stdin", stdin)
        warnings.resetwarnings()
        for action, category, module in _FRESH_WARNING_FILTERS:
            warnings.filterwarnings(action, category=category, module=module, append=True)
        warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: sys.stderr.write(
            warnings.formatwarning(message, category, filename, lineno, line))
        try:
            code = cli_main(argv)
        except SystemExit as exc:
            code = exc.code
        except Exception:  # what the interpreter would print for an exception nobody caught
            traceback.print_exc()
            code = 1
        finally:
            os.umask(umask)
        if code is None:
            code = 0
        elif not isinstance(code, int):  # SystemExit("message"): printed, exit 1
            print(code, file=sys.stderr)
            code = 1
        stdout, stderr = _read_back(out), _read_back(err)
    return subprocess.CompletedProcess(["cpo-desktop", *argv], code, stdout, stderr)


@pytest.fixture
def demo_paths(data_paths, _demo_template_today):
    """A data folder holding the demo board, loaded for today (the window shows today)."""
    _copy_data(_demo_template_today, data_paths)
    return data_paths


def open_window(qtbot, data_paths):
    """The main window on ``data_paths``, shown, with its data loaded."""
    from cpo_desktop.ui.main_window import MainWindow, settings_for

    window = MainWindow(data_paths, settings=settings_for(data_paths))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    return window


@pytest.fixture
def answers(monkeypatch):
    """GUI tests: each dialog the window asks (through prompts.ask) is handed to the next filler,
    which fills in the real dialog's widgets and says whether to press OK."""
    from cpo_desktop.ui import prompts

    fillers = []

    def ask(dialog):
        assert fillers, f"unexpected dialog {type(dialog).__name__}"
        return fillers.pop(0)(dialog)

    monkeypatch.setattr(prompts, "ask", ask)
    return fillers


# --- command lines on a test's store ----------------------------------------------------------------

def store_settled_sha256(store) -> str:
    """``settled_sha256`` of a store the test holds open: its connections are let go first."""
    store.close()
    return settled_sha256(store)


def cli_for(store):
    """Run ``cpo-desktop --data-dir <the store's folder> …`` in this process (``run_cli``). The
    test's store lets go of its connections first, as it would for another process."""
    def cli(*args: str, env: dict[str, str] | None = None, input: str | None = None):
        store.close()
        return run_cli("--data-dir", str(store.paths.root), *args, env=env, input=input)
    return cli


def here_for(store, capsys=None):
    """``cli_for``, as the tests that took pytest's capsys for it call it."""
    return cli_for(store)


def fresh_cli_for(store):
    """``cli_for`` in a fresh interpreter (``run_cli_fresh``): the smoke tests."""
    def cli(*args: str):
        store.close()
        return run_cli_fresh("--data-dir", str(store.paths.root), *args)
    return cli


def cli_ok(result) -> str:
    """A command that worked: exit 0, nothing on stderr; its output."""
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    return result.stdout


def cli_refused(result, *fragments: str) -> str:
    """A command refused in one line ("cpo-desktop: …") naming ``fragments`` (any case), exit 1,
    nothing on stdout; the line."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cpo-desktop: "), result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment.casefold() in lines[0].casefold(), f"{fragment!r} not in {lines[0]!r}"
    return lines[0]


def one_line_refusal(store, result, *fragments: str, before: str) -> str:
    """``cli_refused``, and the store's database as it was ``before``."""
    line = cli_refused(result, *fragments)
    assert store_settled_sha256(store) == before, "a refusal changed the database"
    return line


def marked_pdf(path: Path, key: str, pages: int = 1) -> Path:
    """A paper whose page n reads "PAPER-<key>-P<n>", to be found again in a pack."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for n in range(1, pages + 1):
        c.drawString(150, 420, f"PAPER-{key}-P{n}")
        c.showPage()
    c.save()
    return path


def damage_page(db_path: Path, table: str = "person") -> int:
    """Overwrite the header of a page in the middle of ``table``'s b-tree, as a bad disk sector
    would (the database must be closed). Returns the page number; SQLite must see the damage."""
    import sqlite3

    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,))]
    finally:
        con.close()
    page = pages[len(pages) // 2]
    with open(db_path, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * 7)  # a leaf page whose free-block pointer and cell count are nonsense
    con = sqlite3.connect(db_path)
    try:
        found = [r[0] for r in con.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        found = [str(exc)]
    finally:
        con.close()
    assert found != ["ok"], "SQLite did not notice the damage"
    return page


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(request, monkeypatch):
    """GUI tests: a modal dialog nobody expected fails the test at once instead of waiting for a
    click that never comes (offscreen, a real message box or file dialog would hang the whole run).
    Tests that expect one replace it through the same seam, ``cpo_desktop.ui.prompts``. It covers
    every test in tests/ui/ and any other that uses ``qtbot`` (the window tests elsewhere)."""
    if "tests/ui/" not in str(request.node.path).replace("\\", "/") and "qtbot" not in request.fixturenames:
        return
    from cpo_desktop.ui import prompts

    def unexpected(kind):
        def show(*args, **_kwargs):
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected {kind} dialog: {' – '.join(texts) or args}")
        return show

    for kind in ("error", "info", "confirm", "open_file", "save_file", "choose_folder", "ask", "print_dialog"):
        monkeypatch.setattr(prompts, kind, unexpected(kind))


def recording_panel(ctx, qtbot):
    """Give the view context ``ctx`` a progress panel that also keeps the words of each step it
    shows; (those words, the panel)."""
    from cpo_desktop.ui.ops import ProgressPanel

    steps: list[str] = []

    class Panel(ProgressPanel):
        def report(self, done: int, total: int, what: str) -> None:
            steps.append(what)
            super().report(done, total, what)

    ctx.progress_panel = panel = Panel()
    qtbot.addWidget(panel)
    return steps, panel


def demo_context(demo_store):
    """A view context on the demo board as loaded on DEMO_DAY, without a window (the views and
    dialogs that need only a context are tested on it)."""
    from cpo_desktop.services import overview
    from cpo_desktop.ui.context import ViewContext

    ctx = ViewContext(demo_store.paths, interactive=False)
    ctx.store = demo_store
    ctx.data = overview.load_views(demo_store, today=DEMO_DAY)
    return ctx


def without_figures(store) -> None:
    """The demo board's performance figures set aside, for a test whose every figure is its own
    (imported from a file whose numbers the test knows)."""
    from sqlmodel import delete

    from cpo_desktop.model.tables import IndicatorFigure, IndicatorFigureChange

    with store.session() as session:
        session.exec(delete(IndicatorFigureChange))
        session.exec(delete(IndicatorFigure))
