"""`members import` meets files that are not a register: one clear message, nothing written.

The CLI's own ``main`` runs in-process here (the subprocess path is covered in
tests/services/test_member_import.py); the database is hashed before and after.
"""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from conftest import sha256
from sqlmodel import select
from workbooks import SHEET, declare_size, replace_part, workbook

from cpo_desktop import cli
from cpo_desktop.model.tables import Person

OLE_START = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the start of an .xls, or of a password-protected .xlsx


@pytest.fixture
def data_dir(demo_paths):
    """A data folder holding the demo board, as ``cpo-desktop demo`` leaves it today (a copy of the
    one conftest loads once a session)."""
    return demo_paths.root


@pytest.mark.parametrize("name,content,message", [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"\r\n \r\n", "is empty"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2048), "binary data"),
    ("junk.csv", os.urandom(10 * 1024 * 1024), "is 10.0 MB, larger than the 5 MB limit"),
    ("header-only.csv", b"First name,Surname\r\n", "no rows"),
    ("no-names.csv", b"Colour,Shape\nred,round\n", "no first-name and surname columns"),
])
def test_files_that_are_not_a_register(data_dir, tmp_path, capsys, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = sha256(data_dir / "cpo-desktop.sqlite3")
    assert cli.main(["--data-dir", str(data_dir), "members", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert sha256(data_dir / "cpo-desktop.sqlite3") == before


def test_bad_rows_are_each_named_and_nothing_is_written(data_dir, tmp_path, capsys):
    lines = ["First name,Surname,Email,Category,Start date,Seat"]
    lines += [f"Good{n},Person{n},good{n}@example.org,,," for n in range(50)]
    lines += ["Ann,Lee,ann@council,,,", ",Nameless,,,,", "Bob,Ray,,councillors,,", "Cy,Fox,,,31/02/2025,",
              "Di,Ng,,,,No Such Seat"]
    path = tmp_path / "mixed.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = sha256(data_dir / "cpo-desktop.sqlite3")
    assert cli.main(["--data-dir", str(data_dir), "members", "import", str(path)]) == 1
    err = capsys.readouterr().err
    for row, reason in ((52, "not an e-mail address"), (53, "first name is needed"), (54, "not a seat category"),
                        (55, "not a date"), (56, "no seat called")):
        assert any(f"row {row}: " in line and reason in line for line in err.splitlines()), err
    assert "nothing was imported" in err
    assert sha256(data_dir / "cpo-desktop.sqlite3") == before


# --- files that are CSV only at first sight (issue 17) -------------------------------------------------

def _refused_in_one_line(data_dir, path, capsys, *fragments: str) -> str:
    before = sha256(data_dir / "cpo-desktop.sqlite3")
    assert cli.main(["--data-dir", str(data_dir), "members", "import", str(path)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cpo-desktop: ") and not captured.out, captured.err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    assert sha256(data_dir / "cpo-desktop.sqlite3") == before
    return lines[0]


GOOD_ROWS = [f"Good{n},Person{n},good{n}@example.org" for n in range(20)]


@pytest.mark.parametrize("name,rows,fragments", [
    ("long-cell.csv", GOOD_ROWS[:3] + ["Big,Cell,\"" + "x" * (128 * 1024 + 10) + "\""] + GOOD_ROWS[3:],
     ("row 5 cannot be read as CSV", "a cell is longer than 128 KB")),
    ("open-quote.csv", GOOD_ROWS[:6] + ['"Ann,Lee,ann@example.org'] + GOOD_ROWS[6:],
     ("row 8 cannot be read as CSV", "a quote (\") opened in it is never closed")),
    ("stray-quote.csv", GOOD_ROWS[:2] + ['"Ann" Marie,Lee,ann@example.org'] + GOOD_ROWS[2:],
     ("row 4 cannot be read as CSV", "more text after a quoted cell's closing quote")),
])
def test_a_file_that_is_not_well_formed_csv_names_the_row(data_dir, tmp_path, capsys, name, rows, fragments):
    path = tmp_path / name
    path.write_text("First name,Surname,Email\r\n" + "\r\n".join(rows) + "\r\n", encoding="utf-8")
    _refused_in_one_line(data_dir, path, capsys, *fragments, "Nothing was imported")


@pytest.mark.parametrize("header,named", [
    ("First name,Surname,Email,surname ", ("“Surname” and “surname ”", "the same name")),
    ("First name,Last name,Email,Surname", ("“Last name” and “Surname”", "both the surname")),
    ("First name,Surname,E-mail,Email address", ("“E-mail” and “Email address”", "both the e-mail")),
    ("First name,Surname,Notes,NOTES", ("“Notes” and “NOTES”", "the same name")),
])
def test_two_columns_for_the_same_thing_are_refused(data_dir, tmp_path, capsys, header, named):
    path = tmp_path / "dupes.csv"
    path.write_text(header + "\r\nAnn,Lee,ann@example.org,x\r\n", encoding="utf-8")
    _refused_in_one_line(data_dir, path, capsys, "has two columns for the same thing", *named)


def test_empty_headers_are_not_duplicates_and_columns_keep_their_places(data_dir, tmp_path, capsys):
    # Excel leaves empty headers for trailing empty columns; the columns after them keep their places.
    path = tmp_path / "gaps.csv"
    path.write_text("First name,,Surname,,Email\r\nAnn,,Lee,,ann.lee@example.org\r\n", encoding="utf-8")
    assert cli.main(["--data-dir", str(data_dir), "members", "import", str(path)]) == 0, capsys.readouterr().err
    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data

    store = open_data(paths.resolve(data_dir))
    try:
        with store.session() as session:
            ann = session.exec(select(Person).where(Person.email == "ann.lee@example.org")).one()
            assert (ann.first_name, ann.surname) == ("Ann", "Lee")
    finally:
        store.close()


def test_a_windows_1252_row_among_utf_8_ones_is_refused_naming_it(data_dir, tmp_path, capsys):
    rows = ["First name,Surname,Email"] + [f"Zoë{n},Brontë{n},z{n}@example.org" for n in range(30)]
    data = "\r\n".join(rows).encode("utf-8") + "\r\nRenée,Léger,renee@example.org\r\n".encode("cp1252")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    _refused_in_one_line(data_dir, path, capsys, "mixes two text encodings", "row 32 is Windows-1252",
                         "other rows are UTF-8", "CSV UTF-8")


def test_a_utf_8_row_among_windows_1252_ones_is_refused_naming_it(data_dir, tmp_path, capsys):
    data = "First name,Surname,Email\r\n".encode() + "".join(
        f"Zoë{n},Brontë{n},z{n}@example.org\r\n" for n in range(5)).encode("cp1252")
    data += "Siân,Hughes,sian@example.org\r\n".encode("utf-8") + "Renée,Léger,renee@example.org\r\n".encode("cp1252")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    _refused_in_one_line(data_dir, path, capsys, "row 7 is UTF-8 but other rows are Windows-1252")


def test_a_wholly_windows_1252_file_still_imports_with_its_accents(data_dir, tmp_path, capsys):
    path = tmp_path / "excel.csv"
    path.write_bytes("First name;Surname;Email;Organisation\r\n"
                     "Renée;Léger;renee.leger@example.org;Café “Sefton”\r\n"
                     "Zoë;Brontë–Smith;zoe.bronte@example.org;\r\n".encode("cp1252"))
    assert cli.main(["--data-dir", str(data_dir), "members", "import", str(path)]) == 0, capsys.readouterr().err
    from cpo_desktop import paths
    from cpo_desktop.services.startup import open_data

    store = open_data(paths.resolve(data_dir))
    try:
        with store.session() as session:
            names = {(p.first_name, p.surname) for p in session.exec(
                select(Person).where(Person.email.in_(["renee.leger@example.org", "zoe.bronte@example.org"])))}
    finally:
        store.close()
    assert names == {("Renée", "Léger"), ("Zoë", "Brontë–Smith")}


@pytest.mark.parametrize("cell,shown", [("Le\x00e", "U+0000, null"), ("Lee\x07", "U+0007, bell"),
                                        ("\u202eeeL", "U+202E, right-to-left override"),
                                        ("Lee\x85", "U+0085")])
def test_hidden_control_characters_are_refused_naming_row_and_column(data_dir, tmp_path, capsys, cell, shown):
    # 2,000 good rows first: a NUL this far in is past the check for binary files.
    rows = ["First name,Last name,Email"] + [f"Good{n},Person{n},good{n}@example.org" for n in range(2000)]
    rows.append(f"Ann,{cell},ann@example.org")
    path = tmp_path / "hidden.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    assert len(path.read_bytes()) > 65536
    before = sha256(data_dir / "cpo-desktop.sqlite3")
    assert cli.main(["--data-dir", str(data_dir), "members", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert (f"row 2002: the column “Last name” contains a hidden control character ({shown}" in err
            and "nothing was imported" in err), err
    assert sha256(data_dir / "cpo-desktop.sqlite3") == before


def test_a_members_csv_named_as_a_device_is_not_read(data_dir, tmp_path, capsys):
    link = tmp_path / "members.csv"
    link.symlink_to("/dev/zero")
    _refused_in_one_line(data_dir, link, capsys, "“members.csv” is not an ordinary file")


def test_a_csv_over_the_limit_is_refused_before_it_is_read(data_dir, tmp_path, capsys):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:
        fh.write(b"First name,Surname\r\n")
        fh.truncate(8 * 1024 * 1024)  # sparse: eight MB, nearly all of it never written
    _refused_in_one_line(data_dir, path, capsys, "“huge.csv” is 8.0 MB, larger than the 5 MB limit")


# --- workbooks that are not what they seem ------------------------------------------------------------

def _good_book() -> bytes:
    return workbook([["First name", "Surname", "Email"]] + [r.split(",") for r in GOOD_ROWS])


def _word_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    return buf.getvalue()


def _shared_strings_bomb() -> bytes:
    """A real workbook with a sharedStrings part of 60 MB that packs into a few hundred KB."""
    unit = b"<si><t>Lee</t></si>"
    strings = b"<sst>" + unit * (60 * 1024 * 1024 // len(unit)) + b"</sst>"
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_good_book())) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("xl/sharedStrings.xml", strings)
    return buf.getvalue()


def _many_parts() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_good_book())) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        for n in range(1001):
            dst.writestr(f"xl/media/image{n}.png", b"")
    return buf.getvalue()


def _laughs(xml: bytes) -> bytes:
    """The sheet's first name cell made an entity that expands a billion times."""
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    return (b"<!DOCTYPE worksheet [" + "".join(entities).encode() + b"]>"
            + xml.replace(b"<t>Good0</t>", b"<t>&lol9;</t>"))


def _far_cell(row: int, column: int) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["First name", "Surname"])
    wb.active.cell(row=row, column=column, value="x")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("name,make,fragments", [
    ("renamed.xlsx", lambda: b"First name,Surname\r\nAnn,Lee\r\n", ("is not an Excel workbook, though its name",)),
    ("locked.xlsx", lambda: OLE_START + os.urandom(4096), ("password-protected or is an old Excel 97-2003",)),
    ("old.xls", lambda: OLE_START + os.urandom(4096), ("password-protected or is an old Excel 97-2003",)),
    ("report.xlsx", _word_document, ("is a Word document, not an Excel workbook",)),
    ("bomb.xlsx", _shared_strings_bomb, ("unpacks to 60 MB, more than the 50 MB limit",)),
    ("bomb.csv", _shared_strings_bomb, ("bomb.csv unpacks to 60 MB",)),  # a workbook whatever its name
    ("parts.xlsx", _many_parts, ("holds 1,010 parts",)),
    ("cut.xlsx", lambda: _good_book()[:3000], ("cannot be read as an Excel workbook: it is damaged",)),
    ("liar.xlsx", lambda: declare_size(_good_book(), SHEET, 100), ("it is damaged",)),
    ("laughs.xlsx", lambda: replace_part(_good_book(), SHEET, _laughs), ("it is damaged",)),
    ("long.xlsx", lambda: _far_cell(60_000, 1), ("has more than 50,000 rows",)),
    ("wide.xlsx", lambda: _far_cell(2, 150), ("has more than 100 columns (row 2 has a cell in column 150)",)),
    ("widest.xlsx", lambda: _far_cell(3, 16384), ("row 3 has a cell in column 16,384",)),
])
def test_a_workbook_that_cannot_be_read_is_refused_in_one_line(data_dir, tmp_path, capsys, name, make, fragments):
    path = tmp_path / name
    path.write_bytes(make())
    _refused_in_one_line(data_dir, path, capsys, *fragments, "Nothing was imported")


def test_a_workbook_over_the_limit_is_refused_before_it_is_read(data_dir, tmp_path, capsys):
    path = tmp_path / "huge.xlsx"
    with open(path, "wb") as fh:
        fh.write(_good_book())
        fh.truncate(6 * 1024 * 1024)
    _refused_in_one_line(data_dir, path, capsys, "“huge.xlsx” is 6.0 MB, larger than the 5 MB limit for an Excel "
                                                 "workbook of members")
