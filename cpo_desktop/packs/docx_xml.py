"""The one place that reaches python-docx's XML elements.

python-docx (1.x) has no public way to the XML element behind a paragraph, table, row or cell,
and the Word minutes need it for what the library does not model: a field (page numbers), cell
shading, a header row that repeats on every page, rows that do not split across pages, table
properties. Every such use goes through ``element`` so that a change in python-docx is mended
here; ruff's SLF001 (private member access) is switched off for this module alone in
pyproject.toml, and nowhere else.
"""

from __future__ import annotations

from typing import Any

__all__ = ["element"]


def element(part: Any) -> Any:
    """The lxml element (``w:p``, ``w:tbl``, ``w:tr`` or ``w:tc``) behind a python-docx
    ``Paragraph``, ``Table``, row or cell."""
    return part._element
