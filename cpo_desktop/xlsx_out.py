"""Every Excel workbook (.xlsx) the app writes, written one way: typed cells, never a formula.

A cell is typed by its value: a date is a real Excel date shown as 31/01/2025; text stays text,
so a phone number, a postcode or a code such as "A12" keeps its leading zeros and its spaces.
Text is always stored as a string, whatever it starts with: openpyxl would take a value
starting with "=" for a formula, so each text cell is marked as a string after it is set, and
carries Excel's "text" format and quote prefix, so that even editing the cell in Excel does not
turn "=HYPERLINK(…)" or "+44 151…" into a formula or a number. The header row is bold and stays
in view, the columns have a filter and a width that fits their contents.

openpyxl is imported when a workbook is first written, not at start-up.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence

from cpo_desktop.csv_out import FORMULA_STARTS

DATE_FORMAT = "dd/mm/yyyy"  # Excel's code for 31/01/2025, whatever the computer's settings
TEXT_FORMAT = "@"
MAX_WIDTH = 60  # characters: a long description wraps in Excel rather than making the sheet scroll

# What XML 1.0 (and so a workbook) cannot hold: C0 controls but tab and line breaks. The app
# refuses them in what is typed; one that got in from an old record is left out, not a crash.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsx_bytes(sheet: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A workbook of one sheet called ``sheet``: ``header`` in bold, then ``rows``.

    A cell is a ``datetime.date`` (a date), an ``int`` or ``float`` (a number), None or "" (empty),
    or anything else, written as its text.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    wb.properties.creator = "CPO Desktop"
    widths = [len(str(h)) for h in header]
    bold = Font(bold=True)
    for col, title in enumerate(header, start=1):
        cell = _text(ws.cell(row=1, column=col), str(title))
        cell.font = bold
    last_row = 1
    for r, row in enumerate(rows, start=2):
        last_row = r
        for col, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cell = ws.cell(row=r, column=col)
            if isinstance(value, dt.datetime):
                value = value.date()
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = DATE_FORMAT
                shown = 10
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value
                shown = len(str(value))
            else:
                text = _NOT_IN_XML.sub("", str(value))
                _text(cell, text)
                shown = max((len(line) for line in text.splitlines()), default=0)
            if col <= len(widths):
                widths[col - 1] = max(widths[col - 1], shown)
            else:
                widths.append(shown)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(width + 2, MAX_WIDTH)
    ws.freeze_panes = "A2"
    if header:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{last_row}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _text(cell, text: str):
    """``cell`` holding ``text`` as a string, never a formula, kept as text if edited in Excel."""
    cell.value = text
    cell.data_type = "s"  # set after the value: openpyxl marks text starting with "=" as a formula
    cell.number_format = TEXT_FORMAT
    if text.lstrip(" ")[:1] and text.lstrip(" ")[0] in FORMULA_STARTS:
        cell.quotePrefix = True  # Excel's own mark for text that would otherwise read as a formula
    return cell
