"""CSV import: encodings, separators, synonyms, UK dates, per-row problems, duplicates, all-or-nothing;
and the same import from an Excel workbook."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import run_cli, sha256
from sqlmodel import func, select
from workbooks import SHEET, formulas_in, replace_part, workbook

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
    path.write_text("Christian name,Surname,Locality\nAnn,Lee,Bootle\n")
    with pytest.raises(mi.MemberImportError, match="no first-name and surname columns"):
        mi.read_preview(store, path)
    preview = mi.read_preview(store, path, mapping={"Christian name": "first_name"})
    assert preview.unknown_columns == ["Locality"] and preview.problems == []


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


def organisations(store) -> dict[str, int]:
    from cpo_desktop.model.tables import Organisation

    with store.session() as session:
        return {o.name: o.id for o in session.exec(select(Organisation))}


def test_a_new_organisation_named_twice_in_different_case_is_created_once(store, tmp_path):
    path = tmp_path / "orgs.csv"
    path.write_text("First name,Surname,Organisation\n"
                    "Ann,Lee,Bootle Youth Club\n"
                    "Ben,Orr,BOOTLE YOUTH CLUB\n"
                    "Cat,Day,sefton cvs\n", encoding="utf-8")
    before = organisations(store)
    report = mi.apply(store, mi.read_preview(store, path))
    assert report.added == 3
    after = organisations(store)
    assert set(after) - set(before) == {"Bootle Youth Club"}
    with store.session() as session:
        org_of = {p.first_name: p.organisation_id for p in session.exec(select(Person))}
    assert org_of["Ann"] == org_of["Ben"] == after["Bootle Youth Club"]
    assert org_of["Cat"] == before["Sefton CVS"]


def test_an_organisation_with_an_accented_capital_is_matched_too(store, tmp_path):
    # Matching used to be SQLite's lower(), which folds ASCII only: the second row tried to
    # create "École Sainte-Marie" again and the import failed on the unique name.
    path = tmp_path / "orgs.csv"
    path.write_text("First name,Surname,Organisation\n"
                    "Dan,Fox,École Sainte-Marie\n"
                    "Eve,Ng,ÉCOLE SAINTE-MARIE\n", encoding="utf-8")
    mi.apply(store, mi.read_preview(store, path))
    with store.session() as session:
        assert len({p.organisation_id for p in session.exec(select(Person))}) == 1
    assert "École Sainte-Marie" in organisations(store) and "ÉCOLE SAINTE-MARIE" not in organisations(store)


def test_imported_people_and_memberships_are_what_the_register_would_make(store, tmp_path):
    from cpo_desktop.model.tables import Seat

    path = tmp_path / "seats.csv"
    path.write_text("Title,First name,Surname,Email,Phone,Job title,Seat,Category,From\n"
                    "Ms,Ann,Lee,ann@example.org,0151 496 0000,Officer,,,\n"
                    ",Kai,Roe,,,,Making A Difference (MAD) Representative (1),Care-experienced young person,01/11/2025\n"
                    "Cllr,Bob,Orr,,,,Elected Member (2),,2025-05-22\n", encoding="utf-8")
    report = mi.apply(store, mi.read_preview(store, path))
    assert (report.added, report.appointed) == (3, 2)
    with store.session() as session:
        people = {p.first_name: p for p in session.exec(select(Person))}
        ann, kai = people["Ann"], people["Kai"]
        assert (ann.title, ann.email, ann.phone, ann.job_title) == ("Ms", "ann@example.org", "0151 496 0000", "Officer")
        assert (kai.title, kai.email, kai.is_young_person, ann.is_young_person) == (None, None, True, False)
        for p in people.values():
            assert (p.preferred_name, p.notes, p.consent_full_name, p.former) == (None, None, False, False)
            assert p.created_at.tzinfo is not None
        held = {m.person_id: m for m in session.exec(select(Membership))}
        young_seat = session.get(Seat, held[kai.id].seat_id)
        assert young_seat.title == "Making A Difference (MAD) Representative (1)" and young_seat.term_years == 2
        assert held[kai.id].end_date == dt.date(2027, 10, 31) and held[kai.id].term_years == 2
        assert held[people["Bob"].id].end_date is None
        assert {m.appointed_by for m in held.values()} == {"Imported"}
        assert ann.id not in held


def test_a_seat_conflict_with_a_holder_aborts_everything(demo_store, tmp_path):
    from cpo_desktop.model.tables import Seat
    from cpo_desktop.services.register import seat_conflict

    path = tmp_path / "conflict.csv"
    path.write_text("First name,Surname,Organisation,Seat,From,To\n"
                    "Ann,Lee,Brand New Org,,,\n"
                    "Ben,Orr,,Elected Member (3),01/06/2020,31/05/2021\n"
                    "Cat,Day,,Elected Member (1),01/06/2026,\n", encoding="utf-8")
    before = (people(demo_store), organisations(demo_store))
    preview = mi.read_preview(demo_store, path)
    assert preview.problems == []
    with pytest.raises(mi.MemberImportError) as caught:
        mi.apply(demo_store, preview)
    with demo_store.session() as session:
        seat = session.exec(select(Seat).where(Seat.title == "Elected Member (1)")).one()
        expected = seat_conflict(session, seat, dt.date(2026, 6, 1), None)
    assert expected and "Imran Siddiqui" in expected
    assert str(caught.value) == f"Nothing was imported:\nrow 4: {expected}"
    assert (people(demo_store), organisations(demo_store)) == before


def test_a_seat_conflict_between_two_rows_of_the_file(store, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("First name,Surname,Seat,From,To\n"
                    "Ann,Lee,Elected Member (1),01/01/2025,31/12/2025\n"
                    "Ben,Orr,Elected Member (1),01/01/2026,\n"
                    "Cat,Day,Elected Member (1),01/06/2025,\n", encoding="utf-8")
    with pytest.raises(mi.MemberImportError, match="row 4: The seat “Elected Member \\(1\\)” is held by Ann Lee "
                                                   "from 01/01/2025 to 31/12/2025; end that membership first."):
        mi.apply(store, mi.read_preview(store, path))
    assert people(store) == 0


def test_a_restated_membership_is_skipped_and_updates_keep_what_the_file_leaves_empty(demo_store, tmp_path):
    path = tmp_path / "again.csv"
    path.write_text("First name,Surname,Email,Phone,Seat,From\n"
                    "Imran,Siddiqui,IMRAN.SIDDIQUI@example.org,,Elected Member (1),23/05/2024\n"
                    "Angela,Mensah,angela.mensah@example.org,0151 000 0000,,\n", encoding="utf-8")
    with demo_store.session() as session:
        memberships = session.exec(select(func.count()).select_from(Membership)).one()
    report = mi.apply(demo_store, mi.read_preview(demo_store, path), "update")
    assert (report.added, report.updated, report.skipped, report.appointed) == (0, 2, 0, 0)
    with demo_store.session() as session:
        assert session.exec(select(func.count()).select_from(Membership)).one() == memberships
        imran = session.exec(select(Person).where(Person.surname == "Siddiqui")).one()
        assert imran.phone == "07700 900104" and imran.email == "IMRAN.SIDDIQUI@example.org"
        assert session.exec(select(Person).where(Person.surname == "Mensah")).one().phone == "0151 000 0000"


def test_one_registered_person_matched_by_two_rows_gets_both_in_file_order(demo_store, tmp_path):
    # Row 2 matches Angela Mensah by e-mail, row 3 by name and organisation: both update her.
    path = tmp_path / "both.csv"
    path.write_text("First name,Surname,Email,Organisation,Phone,Job title\n"
                    "Angie,Mensah,angela.mensah@example.org,,0151 111 1111,Chair\n"
                    "Angela,Mensah,,Sefton Council,,Lead Member\n", encoding="utf-8")
    preview = mi.read_preview(demo_store, path)
    assert preview.rows[0].duplicate_of == preview.rows[1].duplicate_of is not None
    report = mi.apply(demo_store, preview, "update")
    assert (report.added, report.updated) == (0, 2)
    with demo_store.session() as session:
        angela = session.get(Person, preview.rows[0].duplicate_of)
        assert (angela.first_name, angela.phone, angela.job_title) == ("Angela", "0151 111 1111", "Lead Member")


def test_new_people_get_their_own_seats(store, tmp_path):
    lines = ["First name,Surname,Seat,From"] + [f"P{n},Person{n},," for n in range(300)]
    lines[101] = "Kai,Roe,Elected Member (1),01/05/2025"
    lines[250] = "Lia,Vos,Elected Member (2),01/05/2025"
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = mi.apply(store, mi.read_preview(store, path))
    assert (report.added, report.appointed) == (300, 2)
    with store.session() as session:
        holders = {session.get(Person, m.person_id).first_name for m in session.exec(select(Membership))}
    assert holders == {"Kai", "Lia"}


def test_a_young_persons_seat_in_the_file_marks_the_person_as_one(store, tmp_path):
    path = tmp_path / "yp.csv"
    path.write_text("First name,Surname,Seat,Start date\nKai,Moss,Care Experienced Young Person (1),01/11/2025\n",
                    encoding="utf-8")
    mi.apply(store, mi.read_preview(store, path))
    from cpo_desktop.services import member_export

    assert "Moss" not in member_export.to_csv(store, public=True).decode("utf-8-sig")


# --- Excel workbooks --------------------------------------------------------------------------------

XLSX_HEADER = ["Forename", "Last name", "E-mail", "Phone", "Organization", "Role", "Seat", "From"]


def test_a_workbook_gives_the_same_people_as_the_same_sheet_saved_as_csv(store, tmp_path):
    """Typed cells as Excel keeps them: a date cell, phone numbers typed as numbers (one shown with
    its leading 0 by a "00000000000" format, one stored as 7700900123.0), text phone numbers."""
    csv_path = tmp_path / "members.csv"
    csv_path.write_text(",".join(XLSX_HEADER) + "\n"
                        "Zoë,Ó Ceallaigh,zoe@example.org,1514960000,Sefton CVS,Chair,Elected Member (1),31/01/2025\n"
                        "René,Müller,rene@example.org,01514960001,Sefton Council,Officer,,\n"
                        "Ann,Lee,,0151 496 0002,,,,\n"
                        "Bo,Ng,bo@example.org,7700900123,,,,\n", encoding="utf-8")
    xlsx_path = tmp_path / "members.xlsx"
    xlsx_path.write_bytes(workbook([
        XLSX_HEADER,
        ["Zoë", "Ó Ceallaigh", "zoe@example.org", 1514960000, "Sefton CVS", "Chair", "Elected Member (1)",
         dt.datetime(2025, 1, 31)],
        ["René", "Müller", "rene@example.org", 1514960001, "Sefton Council", "Officer"],
        ["Ann", "Lee", None, "0151 496 0002"],
        ["Bo", "Ng", "bo@example.org", 7700900123.0],
    ], formats={"D3": "00000000000"}))

    def seen(preview):
        return [(r.line, r.values, r.start_date, r.end_date, r.category, r.problems, r.duplicate_of)
                for r in preview.rows]

    from_csv, from_xlsx = mi.read_preview(store, csv_path), mi.read_preview(store, xlsx_path)
    assert from_xlsx.columns == from_csv.columns
    assert seen(from_xlsx) == seen(from_csv)
    assert from_xlsx.problems == [] and from_xlsx.rows[0].start_date == dt.date(2025, 1, 31)
    report = mi.apply(store, from_xlsx)
    assert (report.added, report.appointed) == (4, 1)
    with store.session() as session:
        phones = {p.first_name: p.phone for p in session.exec(select(Person))}
        assert session.exec(select(Membership)).one().start_date == dt.date(2025, 1, 31)
    assert phones == {"Zoë": "1514960000", "René": "01514960001", "Ann": "0151 496 0002", "Bo": "7700900123"}


def test_a_workbooks_rows_are_checked_as_a_csvs_are(store, tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(workbook([["First name", "Surname", "Email", "Start date", "Seat"],
                               ["Ann", "Lee", "ann@council"],
                               [None, "Ray"],
                               ["Cy", "Fox", None, "31/02/2025"],
                               ["Di", "\u202eeeL"],
                               ["Ed", "Ash", None, dt.datetime(2025, 5, 1), "No Such Seat"]]))
    problems = mi.read_preview(store, path).problems
    for row, reason in ((2, "not an e-mail address"), (3, "first name is needed"), (4, "not a date"),
                        (5, "the column “Surname” contains a hidden control character (U+202E"),
                        (6, "no seat called")):
        assert any(p.startswith(f"row {row}: ") and reason in p for p in problems), (row, problems)


def test_a_formula_is_taken_as_its_saved_value_and_text_that_looks_like_one_stays_text(store, tmp_path):
    from cpo_desktop.services import member_export

    hostile = "=cmd|' /C calc'!A0"
    data = workbook([["First name", "Surname", "Role"], ["Ann", "Lee", "FORMULA"], ["Bob", "Ray", hostile]])
    # Ann's role is a formula with the value Excel saved with it, as Excel writes one.
    data = replace_part(data, SHEET, lambda xml: xml.replace(
        b'<c r="C2" t="inlineStr"><is><t>FORMULA</t></is></c>',
        b'<c r="C2" t="str"><f>HYPERLINK("http://evil.example/","Chair")</f><v>Chair</v></c>'))
    assert len(formulas_in(data)) == 1
    path = tmp_path / "formula.xlsx"
    path.write_bytes(data)
    mi.apply(store, mi.read_preview(store, path))
    with store.session() as session:
        roles = {p.first_name: p.job_title for p in session.exec(select(Person))}
    assert roles == {"Ann": "Chair", "Bob": hostile}
    # Exported again, the text is still text: in the workbook and (with its apostrophe) in the CSV.
    assert "'" + hostile in member_export.to_csv(store).decode("utf-8-sig")
    assert formulas_in(member_export.to_xlsx(store)) == []
