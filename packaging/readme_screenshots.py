"""Make the README's pictures (docs/screenshots/*.png) at a council laptop's 1366 × 768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/readme_screenshots.py

Loads the fictional demo board into a throw-away data folder as it stands on 23 November 2026
(``--today``), then takes each view with ``cpo-desktop --screenshot`` in its own process, and the
minutes' Minutes and Action log tabs with the same window code. Look at every picture before
committing them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
DAY = "2026-11-23"
VIEWS = {"members": "members", "seats": "seats", "officers": "officers", "meetings": "meetings", "agenda": "agenda",
         "work-programme": "work_programme", "minutes": "minutes", "exchange": "exchange", "packs": "packs",
         "performance": "performance"}
TABS = {"minutes": "minutes_editor", "actions": "actions"}

_TAB_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from cpo_desktop import clock, paths
from cpo_desktop.ui.app import SCREENSHOT_SIZE, save_png
from cpo_desktop.ui.main_window import MainWindow

data, tab, target = sys.argv[1], sys.argv[2], Path(sys.argv[3])
app = QApplication([])
with clock.override(clock.parse(sys.argv[4])):
    window = MainWindow(paths.resolve(data), settings=None, interactive=False)
    window.resize(*SCREENSHOT_SIZE)

    def shoot():
        if window.runner.busy:
            QTimer.singleShot(50, shoot)
            return
        try:
            window.set_view("minutes")
            window.minutes_view.show_tab(tab)
        except Exception as exc:  # a picture not taken must not leave the process waiting
            print(f"readme_screenshots: {exc}", file=sys.stderr)
            app.exit(1)
            return
        QTimer.singleShot(300, lambda: (save_png(window, target), app.exit(0)))

    window.ready.connect(lambda: QTimer.singleShot(100, shoot))
    window.show()
    sys.exit(app.exec())
"""


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("CPO_DATA_DIR", None)
    work = Path(tempfile.mkdtemp(prefix="cpo-shots-"))
    try:
        demo = work / "demo"
        cli = [sys.executable, "-m", "cpo_desktop", "--today", DAY]
        subprocess.run([*cli, "--data-dir", str(demo), "demo"], check=True, env=env, cwd=ROOT, capture_output=True)
        for view, name in VIEWS.items():
            copy = work / f"data-{name}"
            shutil.copytree(demo, copy)
            subprocess.run([*cli, "--data-dir", str(copy), "--screenshot", str(OUT / f"{name}.png"), "--view", view],
                           check=True, env=env, cwd=ROOT)
            print(f"docs/screenshots/{name}.png")
        for tab, name in TABS.items():
            copy = work / f"data-{name}"
            shutil.copytree(demo, copy)
            subprocess.run([sys.executable, "-c", _TAB_SCRIPT, str(copy), tab, str(OUT / f"{name}.png"), DAY],
                           check=True, env=env, cwd=ROOT, timeout=120)
            print(f"docs/screenshots/{name}.png")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
