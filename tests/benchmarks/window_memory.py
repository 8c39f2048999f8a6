"""The window's memory with every view visited (run by test_window_memory.py in a fresh interpreter).

    python window_memory.py DATA_FOLDER ROUNDS

Prints ``first <MB> last <MB> hwm <MB>``: resident memory after every view has been visited once,
after ROUNDS more rounds of visits, and the peak.
"""

from __future__ import annotations

import sys
import time


def rss_mb(key: str = "VmRSS") -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {key} in /proc/self/status")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from cpo_desktop import paths
    from cpo_desktop.ui.main_window import MainWindow
    from cpo_desktop.ui.viewinfo import VIEWS

    app = QApplication(sys.argv[:1])
    window = MainWindow(paths.resolve(sys.argv[1]), interactive=False)
    window.resize(1366, 768)
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    window.show()

    def settle(seconds: float) -> None:
        end = time.monotonic() + 120
        quiet_from = None
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)
            if not ready or window.runner.busy:
                quiet_from = None
                continue
            quiet_from = quiet_from or time.monotonic()
            if time.monotonic() - quiet_from >= seconds:
                return
        raise SystemExit("the window did not settle")

    settle(0.3)

    def round_of_visits() -> None:
        for info in VIEWS:
            window.set_view(info.name)
            settle(0.2)

    round_of_visits()
    first = rss_mb()
    for _ in range(int(sys.argv[2])):
        round_of_visits()
    last = rss_mb()
    print(f"first {first:.1f} last {last:.1f} hwm {rss_mb('VmHWM'):.1f}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
