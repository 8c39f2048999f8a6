"""Exports parsed back: CSV with a BOM for Excel, Popolo JSON, and the privacy rule for --public."""

from __future__ import annotations

import csv
import io
import json

from conftest import run_cli
from sqlmodel import select

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
    assert set(doc) == {"persons", "organizations", "posts", "memberships"}
    ids = {p["id"] for p in doc["persons"]}
    posts = {p["id"] for p in doc["posts"]}
    orgs = {o["id"] for o in doc["organizations"]}
    for m in doc["memberships"]:
        assert m["person_id"] in ids and m["post_id"] in posts and m["organization_id"] in orgs
        assert m["start_date"][:2] == "20"
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


def test_cli_export_writes_whole_files(tmp_path):
    data = str(tmp_path / "data")
    assert run_cli("--data-dir", data, "demo").returncode == 0
    out = tmp_path / "out" / "register.json"
    result = run_cli("--data-dir", data, "members", "export", "--format", "popolo", "--public", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["persons"]) == 43
    assert not list(out.parent.glob(".*.part"))
