"""The member import's optional Councillor, Party and Ward columns (issue 21): councillors who are not
on the board come in from the council's list, and an elected member's seat makes a councillor."""

from __future__ import annotations

from sqlmodel import select

from cpo_desktop.model.tables import Person
from cpo_desktop.services import member_import as mi
from cpo_desktop.services import register


def people(store) -> dict[str, Person]:
    with store.session() as session:
        return {p.surname: p for p in session.exec(select(Person))}


def test_party_ward_and_councillor_columns_are_imported_and_update(store, tmp_path):
    path = tmp_path / "council.csv"
    path.write_text("First name,Surname,Email,Political party,Ward,Councillor,Seat,Start date\n"
                    "Susan,Doyle,susan@example.org,Labour,Kew,,,\n"  # a party makes a councillor
                    "Mark,Holden,mark@example.org,,,Yes,,\n"
                    "Claire,Donnelly,claire@example.org,,,no,,\n"
                    "Derek,Ashworth,derek@example.org,,,,Elected Member (1),22/05/2025\n", encoding="utf-8")
    preview = mi.read_preview(store, path)
    assert preview.problems == [] and preview.unknown_columns == []
    mi.apply(store, preview)
    got = people(store)
    assert (got["Doyle"].is_councillor, got["Doyle"].party, got["Doyle"].ward) == (True, "Labour", "Kew")
    assert got["Holden"].is_councillor and got["Holden"].party is None
    assert not got["Donnelly"].is_councillor
    assert got["Ashworth"].is_councillor  # seated in an elected member's seat
    flagged = {r.surname for r in register.list_members(store) if r.needs_training}
    assert {"Doyle", "Holden", "Ashworth"} <= flagged and "Donnelly" not in flagged

    # Updating: an empty cell keeps what the register has; "no" takes the flag away.
    path.write_text("First name,Surname,Email,Party,Ward,Councillor\n"
                    "Susan,Doyle,susan@example.org,,Derby,\n"
                    "Mark,Holden,mark@example.org,,,no\n", encoding="utf-8")
    mi.apply(store, mi.read_preview(store, path), "update")
    got = people(store)
    assert (got["Doyle"].is_councillor, got["Doyle"].party, got["Doyle"].ward) == (True, "Labour", "Derby")
    assert not got["Holden"].is_councillor


def test_a_councillor_cell_that_is_not_yes_or_no_is_a_problem_of_its_row(store, tmp_path):
    path = tmp_path / "council.csv"
    path.write_text("First name,Surname,Councillor\nAnn,Lee,perhaps\n", encoding="utf-8")
    assert mi.read_preview(store, path).problems == ["row 2: “perhaps” in the councillor column is not yes or no"]
