"""`members import` meets files that are not a register: one clear message, nothing written.

The CLI's own ``main`` runs in-process here (the subprocess path is covered in
tests/services/test_member_import.py); the database is hashed before and after.
"""

from __future__ import annotations

import os

import pytest
from conftest import sha256

from cpo_desktop import cli


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    assert cli.main(["--data-dir", str(path), "demo"]) == 0
    return path


@pytest.mark.parametrize("name,content,message", [
    ("empty.csv", b"", "is empty"),
    ("blank.csv", b"\r\n \r\n", "is empty"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2048), "binary data"),
    ("junk.csv", os.urandom(10 * 1024 * 1024), "10 MB"),
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
