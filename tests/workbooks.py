"""Excel workbooks for the tests, made and read with openpyxl (not the app's code), and hostile
ones made by hand: a zip bomb, a part that lies about its size, a formula with a saved value.

- ``workbook``: a real .xlsx of rows, each cell as given (a number stays a number, a datetime a
  date cell, text is text even if it starts with "="), with optional number formats per cell
  (``{"B2": "00000000000"}``).
- ``sheet``: the first sheet of a workbook's bytes, read back by openpyxl (formulas as formulas).
- ``formulas_in``: the formula elements in every sheet part of a workbook, found in its XML.
- ``replace_part``: the workbook with one part's bytes changed.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile


def workbook(rows, formats: dict[str, str] | None = None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # openpyxl would make "=…" a formula
    for ref, fmt in (formats or {}).items():
        ws[ref].number_format = fmt
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def sheet(data: bytes):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data)).worksheets[0]


def formulas_in(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [m.group(0) for name in zf.namelist() if name.startswith("xl/worksheets/")
                for m in re.finditer(rb"<(\w+:)?f[ >/][^<]*", zf.read(name))]


def replace_part(data: bytes, name: str, change) -> bytes:
    """``data`` with the part ``name`` replaced by ``change(its bytes)``; other parts as they were."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            dst.writestr(info.filename, change(content) if info.filename == name else content)
    return out.getvalue()


def declare_size(data: bytes, name: str, size: int) -> bytes:
    """``data`` with the part ``name`` declaring, in the zip's directory, that it unpacks to ``size``
    bytes: a part that lies about its size (its checksum no longer matches what is read)."""
    raw = bytearray(data)
    start = 0
    while (start := raw.find(b"PK\x01\x02", start)) >= 0:
        length = struct.unpack_from("<H", raw, start + 28)[0]
        if raw[start + 46:start + 46 + length] == name.encode():
            struct.pack_into("<I", raw, start + 24, size)
            return bytes(raw)
        start += 4
    raise KeyError(name)


SHEET = "xl/worksheets/sheet1.xml"
