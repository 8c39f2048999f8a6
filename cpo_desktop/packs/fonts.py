"""The fonts the PDFs are set in: Liberation Sans, shipped in ``resources/fonts`` and embedded.

Liberation Sans has Arial's metrics, so a PDF and the Word version of the same document (which
asks for Arial) break lines alike. ReportLab embeds a subset of each TrueType font it uses, so a
PDF reads the same on a machine without the font.
"""

from __future__ import annotations

import threading
from pathlib import Path

FAMILY = "LiberationSans"
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

# ReportLab face name -> file in resources/fonts
_FACES = {
    FAMILY: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    from cpo_desktop.paths import resources_dir

    return resources_dir() / "fonts"


def register() -> str:
    """Register Liberation Sans (regular, bold, italic, bold italic) with ReportLab.

    Safe to call any number of times; returns the family name to use in paragraph styles,
    so ``<b>`` and ``<i>`` in Paragraph markup pick the right face.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = font_dir()
        known = set(pdfmetrics.getRegisteredFontNames())
        for face, filename in _FACES.items():
            if face in known:
                continue
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(
                    f"The font file {filename} is missing from {folder}; reinstall the application.")
            pdfmetrics.registerFont(TTFont(face, str(path)))
        addMapping(FAMILY, 0, 0, FAMILY)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
    return FAMILY
