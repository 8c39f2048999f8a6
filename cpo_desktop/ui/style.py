"""The app's look in one place: icons, the colours rows and labels are marked with, and the
style sheets of the small "pills" and banners views show states with."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from cpo_desktop import paths as paths_mod


def icon(name: str) -> QIcon:
    """One of the app's icons (resources/icons/NAME.svg)."""
    return QIcon(str(paths_mod.resources_dir() / "icons" / f"{name}.svg"))


# Soft, print-like highlight colours that read in light and dark palettes.
AMBER = QColor(255, 236, 179)
GREY = QColor(120, 120, 120)
ROSE = QColor(248, 205, 205)

# Small state labels ("pills") and banners, as style sheets.
GREEN_PILL = "background: #d6ecd6; color: #17401a; border: 1px solid #9cc79c;"
ROSE_PILL = "background: #f8cdcd; color: #5a1010; border: 1px solid #d99a9a;"
GREY_PILL = "background: #ececec; color: #444; border: 1px solid #c8c8c8;"
PILL = "QLabel {{ {} border-radius: 3px; padding: 3px 8px; }}"
LOCKED_BANNER = ("QLabel { background: #e3ebf6; color: #12284a; border: 1px solid #9fb5d6; border-radius: 3px;"
                 " padding: 6px 8px; }")
AMENDING_BANNER = ("QLabel { background: #ffecb3; color: #3b2f00; border: 1px solid #e3c770; border-radius: 3px;"
                   " padding: 6px 8px; }")
