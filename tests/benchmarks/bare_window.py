"""A bare PySide6 window: the baseline for the start-up benchmark.

Prints ``first-paint <epoch seconds>`` on stderr at its first paint, then runs the event loop
until the harness kills it.
"""

import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._painted = False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Window()
    window.setWindowTitle("bare")
    window.resize(1240, 780)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
