"""Processes forked from a warmed-up interpreter, for the tests that kill a process while it writes.

The kill tests (test_crash, exchange/test_package_whole, test_private_files) need real processes,
killed with SIGKILL part-way through a write. A fresh interpreter spends a second or more of CPU
importing SQLAlchemy, ReportLab, pypdf, python-docx, pikepdf and the app before it opens the store:
never the part a kill is aimed at, yet most of what those tests cost. A ``Zygote`` is one fresh
interpreter that imports all of that once. Each ``run`` is an ``os.fork`` of it (Linux): a new
process with the imports done and nothing else (no store open, no thread, no file but its standard
streams) that runs a script as ``python -c SCRIPT ARGS`` would: ``__name__ == "__main__"``,
``sys.argv`` and the environment and working folder given, stdout and stderr to files. It ends as
the script ends (``SystemExit`` as Python treats it; an exception nobody caught prints its
traceback and exits 1) or as a signal kills it; ``returncode`` is then minus the signal's number,
as with ``subprocess``.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The zygote's own program. It answers each request line ({"code", "args", "env", "cwd", "stdout",
# "stderr"}) with {"started": pid}, and each child's end with {"ended": pid, "code": returncode}.
_SERVER = r'''
import importlib, json, os, select, signal, sys, traceback

for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
answer = os.fdopen(os.dup(1), "w", buffering=1)


def child(request):
    for fd, path, flags in ((0, os.devnull, os.O_RDONLY),
                            (1, request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                            (2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
        opened = os.open(path, flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    os.closerange(3, 1024)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD):
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = ["-c", *request["args"]]
    try:
        exec(compile(request["code"], "<string>", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
        code = 0
    except SystemExit as exc:
        code = exc.code
        if code is None:
            code = 0
        elif not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code & 0xFF)


def reap():
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        answer.write(json.dumps({"ended": pid, "code": code}) + "\n")


pending = b""
while True:
    ready, _, _ = select.select([0], [], [], 0.005)
    reap()
    if not ready:
        continue
    chunk = os.read(0, 65536)
    if not chunk:
        break
    pending += chunk
    while b"\n" in pending:
        line, pending = pending.split(b"\n", 1)
        pid = os.fork()
        if pid == 0:
            child(json.loads(line))
        answer.write(json.dumps({"started": pid}) + "\n")
while True:  # the test is done: wait for what is still running
    try:
        os.wait()
    except ChildProcessError:
        break
    reap()
'''


def app_modules() -> list[str]:
    """Every module of the app outside its window (what a command may import), and the libraries
    they load when used rather than when imported."""
    import pkgutil

    import cpo_desktop

    names = [m.name for m in pkgutil.walk_packages(cpo_desktop.__path__, "cpo_desktop.")
             if not m.name.startswith(("cpo_desktop.ui", "cpo_desktop.__main__", "cpo_desktop.store.migrations"))]
    return [*names, "alembic.command", "sqlalchemy", "sqlmodel", "reportlab.platypus", "reportlab.pdfgen.canvas",
            "pypdf", "docx", "pikepdf", "openpyxl", "icalendar", "holidays", "jsonschema", "email.policy"]


class Zygote:
    """One warmed-up interpreter; ``run`` forks it into a process that runs a script."""

    def __init__(self, modules: list[str] | None = None) -> None:
        self._proc = subprocess.Popen([sys.executable, "-c", _SERVER, json.dumps(modules or app_modules())],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT)
        self._lock = threading.Lock()
        self._started: queue.Queue[int] = queue.Queue()
        self._ended: dict[int, int] = {}
        self._changed = threading.Condition()
        self._folder = Path(tempfile.mkdtemp(prefix="forked-"))
        self._count = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self._proc.stdout:
            message = json.loads(line)
            if "started" in message:
                self._started.put(message["started"])
            else:
                with self._changed:
                    self._ended[message["ended"]] = message["code"]
                    self._changed.notify_all()
        with self._changed:  # the zygote is gone: nothing more will end
            self._changed.notify_all()

    def run(self, code: str, *args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> Forked:
        """Start ``python -c code *args`` as a fork of the zygote (``env``: the whole environment,
        by default this process's without ``CPO_DATA_DIR``)."""
        if env is None:
            env = {k: v for k, v in os.environ.items() if k != "CPO_DATA_DIR"}
        with self._lock:
            self._count += 1
            out, err = self._folder / f"{self._count}.out", self._folder / f"{self._count}.err"
            request = {"code": code, "args": [str(a) for a in args], "env": env, "cwd": str(cwd),
                       "stdout": str(out), "stderr": str(err)}
            self._proc.stdin.write(json.dumps(request).encode() + b"\n")
            self._proc.stdin.flush()
            for _ in range(600):
                try:
                    pid = self._started.get(timeout=0.1)
                    break
                except queue.Empty:
                    if self._proc.poll() is not None:
                        raise RuntimeError(f"the zygote ended (exit {self._proc.returncode})") from None
            else:
                raise RuntimeError("the zygote did not start the process within a minute")
        return Forked(self, pid, out, err)

    def run_cli(self, *args: str, env: dict[str, str] | None = None) -> Forked:
        """``cpo-desktop *args``, as ``python -m cpo_desktop`` runs it."""
        return self.run("from cpo_desktop.cli import main\nraise SystemExit(main())", *args, env=env)

    def returncode(self, pid: int) -> int | None:
        with self._changed:
            return self._ended.get(pid)

    def wait(self, pid: int, timeout: float) -> int:
        with self._changed:
            if not self._changed.wait_for(lambda: pid in self._ended or self._proc.poll() is not None, timeout):
                raise subprocess.TimeoutExpired(f"forked process {pid}", timeout)
            if pid not in self._ended:
                raise RuntimeError("the zygote ended before its process did")
            return self._ended[pid]

    def close(self) -> None:
        self._proc.stdin.close()
        self._proc.wait(timeout=120)
        for path in self._folder.iterdir():
            path.unlink()
        self._folder.rmdir()


class Forked:
    """A process forked from a ``Zygote``: ``subprocess.Popen``'s ``pid``, ``poll``, ``wait``,
    ``kill`` and ``returncode``, with its output read back by ``stdout_text``/``stderr_text``."""

    def __init__(self, zygote: Zygote, pid: int, out: Path, err: Path) -> None:
        self._zygote, self.pid, self._out, self._err = zygote, pid, out, err

    @property
    def returncode(self) -> int | None:
        return self._zygote.returncode(self.pid)

    def poll(self) -> int | None:
        return self.returncode

    def wait(self, timeout: float = 120) -> int:
        return self._zygote.wait(self.pid, timeout)

    def kill(self) -> None:
        if self.returncode is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:  # it ended meanwhile
                pass

    def stdout_text(self) -> str:
        return self._out.read_text(encoding="utf-8", errors="replace")

    def stderr_text(self) -> str:
        return self._err.read_text(encoding="utf-8", errors="replace")
