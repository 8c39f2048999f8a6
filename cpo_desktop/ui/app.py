"""The GUI's composition root: the QApplication, the main window, start-up tracing and
``--screenshot``.  Nothing here touches the database directly."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cpo_desktop import APP_NAME, __version__
from cpo_desktop import paths as paths_mod
from cpo_desktop.ui import prompts
from cpo_desktop.ui.main_window import MainWindow, settings_for
from cpo_desktop.ui.style import icon

TRACE_ENV = "CPO_STARTUP_TRACE"
# --screenshot pictures the window at the size of a council laptop's screen, the size the README's
# pictures are (and the size the views are checked to fit).
SCREENSHOT_SIZE = (1366, 768)


def trace(event: str) -> None:
    print(f"{event} {time.time():.6f}", file=sys.stderr, flush=True)


def save_png(window: MainWindow, target: Path) -> None:
    """Grab the window into ``target`` via a temporary name (never a half-written file)."""
    target = target.absolute()
    tmp = target.with_name(f".{target.name}.part")
    if not window.grab().save(str(tmp), "PNG"):
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OSError(f"could not write {target}")
    os.replace(tmp, target)


def _excepthook(exc_type, exc, tb) -> None:
    traceback.print_exception(exc_type, exc, tb)
    app = QApplication.instance()
    if app is not None and not os.environ.get("CPO_NO_ERROR_DIALOGS"):
        prompts.error(None, APP_NAME, f"Something went wrong: {exc}\n\n"
                      "Your data is safe: every change is saved whole or not at all.")


def create_window(args: argparse.Namespace) -> MainWindow:
    data_paths = paths_mod.resolve(args.data_dir)
    interactive = not args.screenshot
    window = MainWindow(data_paths, settings=settings_for(data_paths) if interactive else None,
                        interactive=interactive)
    if args.view:
        window.set_view(args.view)
    return window


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    sys.excepthook = _excepthook

    window = create_window(args)
    if os.environ.get(TRACE_ENV) == "1":
        window.first_painted.connect(lambda: trace("first-paint"))
        window.ready.connect(lambda: trace("ready"))
    if args.screenshot:
        target = Path(args.screenshot)

        def shoot() -> None:
            try:
                save_png(window, target)
            except OSError as exc:
                print(f"cpo-desktop: {exc}", file=sys.stderr)
                app.exit(1)
                return
            app.exit(0)

        def failed(message: str) -> None:
            print(f"cpo-desktop: {message}", file=sys.stderr)
            app.exit(1)

        def when_settled() -> None:
            # Views that read more after the window is ready (the agenda) finish first; then
            # the tables are given a moment to lay out before the picture is taken.
            if window.runner.busy:
                QTimer.singleShot(20, when_settled)
            else:
                QTimer.singleShot(50, shoot)

        window.ready.connect(when_settled)
        window.load_failed.connect(failed)
        window.resize(*SCREENSHOT_SIZE)
    else:
        window.load_failed.connect(lambda _message: app.exit(1))
    window.show()
    code = app.exec()
    window.close()
    return code
