"""Reading an Excel workbook (.xlsx) the user gives, bounded, as rows of text: what Excel would
write in a CSV file saved from the same sheet, so that a workbook and a CSV go through one set
of checks.

A workbook is a zip of XML files, so a small file can unpack to gigabytes. The zip's own
directory is read first and the workbook refused, before any part of it is unpacked, when it
holds more than ``MAX_PARTS`` parts or more than ``MAX_UNPACKED`` bytes in all (Python's zip
reader never unpacks more than a part declares, and a part that lies about its size fails its
checksum). Then only the first sheet is read, with openpyxl in read-only mode, at most
``MAX_ROWS`` rows of ``MAX_COLUMNS`` columns. A file that is not a workbook at all (a CSV or a
Word document renamed), a password-protected or an old Excel 97-2003 (.xls) file, and a damaged
one are each refused in one sentence; so is XML with entities that expand a billion times or
point at a file, which the XML parser refuses (such a file reads as damaged).

Cells are read as values, never as formulas (``data_only``): a formula counts as the result
Excel saved with it, as in a CSV file saved from Excel, and is kept as plain text. A date comes
back as 31/01/2025; a whole number as its digits, without ".0" (a phone number typed as a number
has lost its leading 0 in Excel already, as in its CSV, unless the cell's format is all zeros,
"00000000000", which is how Excel shows it, and so how it comes back).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
import zlib
from pathlib import Path

from cpo_desktop.errors import UserError

MB = 1024 * 1024
MAX_PARTS = 1000  # a workbook of a few sheets has a dozen or two
MAX_UNPACKED = 50 * MB  # a register of thousands of people unpacks to a few MB
MAX_ROWS = 50_000  # a register of members has hundreds
MAX_COLUMNS = 100

ZIP_START = b"PK\x03\x04"
OLE_START = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an Excel 97-2003 file, or an encrypted workbook
SUFFIXES = (".xlsx", ".xlsm", ".xls")
_ZEROS = re.compile(r"0+")

_SAVE_AGAIN = "Open it in Excel, save it as “Excel Workbook (.xlsx)” or “CSV UTF-8” (File › Save As), and use that."
_DAMAGED = f"cannot be read as an Excel workbook: it is damaged or incomplete. {_SAVE_AGAIN}"


def is_workbook(name: str, data: bytes) -> bool:
    """Whether a file named ``name`` holding ``data`` is to be read as a workbook: by its name, or
    by its first bytes whatever its name (a workbook saved as "members.csv" is still one)."""
    return data.startswith((ZIP_START, OLE_START)) or Path(name).suffix.lower() in SUFFIXES


def read_rows(data: bytes, name: str, *, error: type[UserError] = UserError,
              outcome: str = "Nothing was changed.") -> list[list[str]]:
    """The first sheet of the workbook ``data`` (from a file called ``name``) as rows of text, all
    as wide as the sheet's used columns (as in a CSV file Excel saves from it). A file that cannot
    be read raises ``error``: one message naming it, saying what is wrong and what to do, then
    ``outcome`` ("Nothing was imported.")."""
    def refuse(message: str) -> UserError:
        return error(f"{name} {message} {outcome}")

    if data.startswith(OLE_START):
        raise refuse("is password-protected or is an old Excel 97-2003 workbook (.xls), which cannot be read. "
                     "Remove the password (in Excel: File › Info › Protect Workbook), save it as “Excel Workbook "
                     "(.xlsx)” or “CSV UTF-8”, and use that.")
    if not data.startswith(ZIP_START):
        raise refuse(f"is not an Excel workbook, though its name says it is. {_SAVE_AGAIN}")
    _check_parts(data, refuse)

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    damaged = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, IndexError, ValueError, TypeError,
               AttributeError, OverflowError, SyntaxError, InvalidFileException)  # SyntaxError: bad XML
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of parts it does not know; they do not matter
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                if not wb.worksheets:
                    raise refuse(f"has no worksheet. {_SAVE_AGAIN}")
                return _rows(wb.worksheets[0], refuse)
            finally:
                wb.close()
    except UserError:
        raise
    except damaged:
        raise refuse(_DAMAGED) from None


def _check_parts(data: bytes, refuse) -> None:
    """Refuse a zip that is not a workbook, is encrypted, or unpacks to too much, from its directory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            parts = zf.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError):
        raise refuse(_DAMAGED) from None
    if len(parts) > MAX_PARTS:
        raise refuse(f"holds {len(parts):,} parts, far more than a workbook has (at most {MAX_PARTS:,}): is it the "
                     "right file?")
    unpacked = sum(p.file_size for p in parts)
    if unpacked > MAX_UNPACKED:
        raise refuse(f"unpacks to {unpacked / MB:,.0f} MB, more than the {MAX_UNPACKED // MB} MB limit for a "
                     "workbook: is it the right file? If it is, keep only the sheet you need, or save it as "
                     "“CSV UTF-8” and use that.")
    names = {p.filename for p in parts}
    if not any(n.startswith("xl/") for n in names) or "[Content_Types].xml" not in names:
        kind = "a Word document" if any(n.startswith("word/") for n in names) else "a zip file"
        raise refuse(f"is {kind}, not an Excel workbook: is it the right file?")
    if any(p.flag_bits & 0x1 for p in parts):
        raise refuse("is password-protected and cannot be read. Remove the password and try again.")


def _rows(ws, refuse) -> list[list[str]]:
    ws.reset_dimensions()  # a sheet's recorded size may be wrong: read the rows that are there
    rows: list[list[str]] = []
    # Without a last column, a row holds its cells up to its last one, and a row missing from the
    # sheet is empty: a cell far to the right is seen (and refused) without reading up to it.
    for n, row in enumerate(ws.iter_rows(min_row=1, min_col=1), start=1):
        if n > MAX_ROWS:
            raise refuse(f"has more than {MAX_ROWS:,} rows, the limit for a workbook. Keep only the rows you need "
                         "(delete any empty rows below them) and try again.")
        if len(row) > MAX_COLUMNS:
            raise refuse(f"has more than {MAX_COLUMNS} columns (row {n} has a cell in column {len(row):,}). Keep "
                         "only the columns you need (delete any empty columns to the right of them) and try again.")
        cells = [cell_text(c) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        rows.append(cells)
    # Every row as wide as the widest, as Excel writes a sheet's used range into a CSV file.
    width = max(map(len, rows), default=0)
    for cells in rows:
        cells += [""] * (width - len(cells))
    return rows


def cell_text(cell) -> str:
    """A cell's value as the text a CSV file saved by Excel would hold for it."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):  # Excel keeps dates as date and time: the date is what counts
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    if isinstance(value, (int, float)) and "%" in (cell.number_format or ""):
        # A percentage cell holds 0.615 and Excel's CSV writes what it shows: 61.5%
        return str(round(value * 100, 10)).removesuffix(".0") + "%"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if isinstance(value, int) and value >= 0:
        fmt = cell.number_format or ""
        if _ZEROS.fullmatch(fmt):  # shown with leading zeros, e.g. 01514 for a format of 00000
            text = text.zfill(len(fmt))
    return text
