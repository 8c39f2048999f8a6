"""The main window's views.  Each view shows service results; none touches the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpo_desktop.ui.widgets import heading


class PlaceholderView(QWidget):
    """A view whose capability is still to be built: it says plainly what will be here."""

    def __init__(self, title: str, icon: QIcon, summary: str, points: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 24)
        top = QHBoxLayout()
        pic = QLabel()
        pic.setPixmap(icon.pixmap(48, 48))
        top.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading(title, summary), 1)
        layout.addLayout(top)
        items = "".join(f"<li>{p}</li>" for p in points)
        body = QLabel(f"<p>This part of CPO Desktop is not built yet. It will hold:</p><ul>{items}</ul>")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(body)
        layout.addStretch(1)


# Views still to be built, by name: (summary, what they will hold). Every view is built today.
PLACEHOLDERS: dict[str, tuple[str, list[str]]] = {}
