"""CSV import: encodings, separators, synonyms, UK dates, per-row problems, duplicates, all-or-nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import run_cli, sha256
from sqlmodel import func, select

from cpo_desktop.model.tables import Membership, Person
from cpo_desktop.services import member_import as mi

GOOD = ("Forename,Last name,E-mail,Organization,Role,Seat,From\n"
        "Zoë,Ó Ceallaigh,zoe@example.org,Sefton CVS,Chair,\"Elected Member (1)\",31/01/2025\n"
        "René,Müller,rene@example.org,Sefton Council,Officer,,\n")


def people(store) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(Person)).one()


@pytest.mark.parametrize("encoding,sep", [("utf-8", ","), ("utf-8-sig", ","), ("cp1252", ";")])
def test_encodings_and_separators(store, tmp_path, encoding, sep):
    path = tmp_path / "members.csv"
    path.write_bytes(GOOD.replace(",", sep).encode(encoding))
    preview = mi.read_preview(store, path)
    assert preview.problems == []
    assert preview.rows[0].values["first_name"] == "Zoë" and preview.rows[0].start_date == dt.date(2025, 1, 31)
    report = mi.apply(store, preview)
    assert (report.added, report.appointed) == (2, 1)
    with store.session() as session:
        assert session.exec(select(Person).where(Person.surname == "Ó Ceallaigh")).one()
        assert session.exec(select(Membership)).one().start_date == dt.date(2025, 1, 31)


def test_every_bad_row_is_named_and_nothing_is_written(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("First name,Surname,Email,Category,Start date\n"
                    "Ann,Lee,ann@council,elected member,2025-01-01\n"
                    ",Ray,,,\n"
                    "Cat,Day,cat@example.org,astronaut,31/02/2025\n"
                    "Dan,Fox,dan@example.org,Care-experienced young person,01/02/2025\n", encoding="utf-8")
    preview = mi.read_preview(store, path)
    assert any(p.startswith("row 2:") and "e-mail" in p for p in preview.problems)
    assert any(p.startswith("row 3:") and "first name" in p for p in preview.problems)
    assert any(p.startswith("row 4:") and "seat category" in p for p in preview.problems)
    assert any(p.startswith("row 4:") and "not a date" in p for p in preview.problems)
    assert not any(p.startswith("row 5:") for p in preview.problems)
    with pytest.raises(mi.MemberImportError, match="Nothing was imported"):
        mi.apply(store, preview)
    assert people(store) == 0


def test_duplicates_skip_or_update(demo_store, tmp_path):
    path = tmp_path / "dups.csv"
    path.write_text("First name,Surname,Email,Phone\n"
                    "Angela,Mensah,ANGELA.MENSAH@example.org,0151 000 0000\n"
                    "New,Person,new@example.org,\n", encoding="utf-8")
    preview = mi.read_preview(demo_store, path)
    assert preview.rows[0].duplicate_of is not None and preview.rows[1].duplicate_of is None
    with pytest.raises(mi.MemberImportError, match="already in the register"):
        mi.apply(demo_store, preview, "fail")
    report = mi.apply(demo_store, preview, "update")
    assert (report.added, report.updated, report.skipped) == (1, 1, 0)
    with demo_store.session() as session:
        assert session.exec(select(Person).where(Person.surname == "Mensah")).one().phone == "0151 000 0000"


def test_duplicates_within_the_file(store, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("First name,Surname,Email\nAnn,Lee,ann@example.org\nAnnie,Lee,ann@example.org\n")
    assert "row 3: the same person as row 2" in mi.read_preview(store, path).problems


def test_unrecognised_columns_can_be_mapped(store, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Christian name,Surname,Ward\nAnn,Lee,Bootle\n")
    with pytest.raises(mi.MemberImportError, match="no first-name and surname columns"):
        mi.read_preview(store, path)
    preview = mi.read_preview(store, path, mapping={"Christian name": "first_name"})
    assert preview.unknown_columns == ["Ward"] and preview.problems == []


@pytest.mark.parametrize("content,message", [
    (b"", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary data"),
    (b"x" * (mi.MAX_BYTES + 1), "MB"),
])
def test_files_that_are_not_csv(store, tmp_path, content, message):
    path = tmp_path / "junk.csv"
    path.write_bytes(content)
    with pytest.raises(mi.MemberImportError, match=message):
        mi.read_preview(store, path)


def test_cli_import_5000_good_rows_and_one_bad(tmp_path):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "check").returncode == 0
    lines = ["First name,Surname,Email"] + [f"P{n},Person{n},p{n}@example.org" for n in range(5000)]
    lines.insert(2501, "Bad,Row,not-an-email")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = sha256(data / "cpo-desktop.sqlite3")
    result = run_cli("--data-dir", str(data), "members", "import", str(path))
    assert result.returncode == 1
    assert "row 2502:" in result.stderr and "nothing was imported" in result.stderr
    assert sha256(data / "cpo-desktop.sqlite3") == before
    lines.pop(2501)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dry = run_cli("--data-dir", str(data), "members", "import", str(path), "--dry-run")
    assert dry.returncode == 0 and "5000 rows are valid" in dry.stdout
    done = run_cli("--data-dir", str(data), "members", "import", str(path))
    assert done.returncode == 0 and "5000 added" in done.stdout, done.stderr
