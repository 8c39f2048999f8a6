"""Every CSV the app writes, written one way: spreadsheet-safe, for Excel.

A cell that begins with = + - or @ (or a tab or carriage return, or any of them after leading
spaces) is taken by Excel and LibreOffice as a formula: ``=HYPERLINK(…)`` in a member's job
title would be a live link in the export, ``=cmd|…`` could run a program. As OWASP advises, such
a cell is written with an apostrophe in front, so it is read as text; a cell that is a plain
number ("-3", "+44") cannot do harm and is left as it is. Files are UTF-8 with a byte-order
mark, so Excel reads accents and dashes right, and rows end in CRLF.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

# The characters that start a formula, with their full-width forms (taken as formulas by
# spreadsheets set up for Japanese and Chinese).
FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20"
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def is_plain_number(text: str) -> bool:
    return _NUMBER.fullmatch(text.strip(" ")) is not None


def neutralise(value: object) -> str:
    """``value`` as a cell a spreadsheet cannot take for a formula (None is an empty cell)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    start = text.lstrip(" ")
    if start and start[0] in FORMULA_STARTS and not is_plain_number(text):
        return "'" + text
    return text


def csv_bytes(header: Iterable[object], rows: Iterable[Iterable[object]]) -> bytes:
    """A whole CSV file: ``header`` then ``rows``, every cell neutralised; UTF-8 with a BOM, CRLF."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in header])
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buf.getvalue().encode("utf-8-sig")
