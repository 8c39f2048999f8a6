"""The Popolo export checked against the official Popolo JSON schemas, resolved from local copies only."""

from __future__ import annotations

import copy
import json
import socket

import pytest
from jsonschema import Draft3Validator
from referencing.exceptions import Unresolvable

from cpo_desktop.errors import UserError
from cpo_desktop.services import member_export, popolo


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to reach the network fails the test, even one a library catches and wraps.

    The schema caches are emptied so the schemas load under the guard too."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted in a test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    popolo.registry.cache_clear()
    popolo.validator.cache_clear()
    yield attempts
    popolo.registry.cache_clear()
    popolo.validator.cache_clear()
    assert attempts == [], f"network access attempted: {attempts}"


def _refs(node):
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


@pytest.mark.parametrize("public", [False, True])
def test_demo_export_matches_the_popolo_schemas(demo_store, public):
    document = member_export.to_popolo(demo_store, public=public)
    assert all(document[c] for c in popolo.COLLECTIONS)  # something was actually checked
    assert popolo.validate(document) == []


def test_broken_items_are_named_with_their_place_in_the_document(demo_store):
    document = member_export.to_popolo(demo_store)
    document["memberships"][1]["start_date"] = "01/09/2025"  # the CSV's date format, not ISO 8601
    document["persons"][2]["contact_details"] = [{"type": "voice"}]  # a contact detail needs a value
    document["persons"][4]["name"] = 42
    document["persons"][5]["email"] = "not an address"
    document["organizations"][0]["founding_date"] = "2025-9-1"
    document["posts"][3]["other_label"] = "Chair"  # must be a list of labels
    problems = popolo.validate(document)
    where = sorted(p.split(":", 1)[0] for p in problems)
    assert where == ["memberships[1].start_date", "organizations[0].founding_date", "persons[2].contact_details[0]",
                     "persons[4].name", "persons[5].email", "posts[3].other_label"]
    assert "persons[2].contact_details[0]: 'value' is a required property" in problems
    assert any(p.startswith("memberships[1].start_date: '01/09/2025' does not match") for p in problems)


def test_the_official_schemas_require_neither_a_name_nor_a_person_id():
    """Popolo's schemas are permissive: these are valid Popolo, so validate() is no completeness check."""
    assert popolo.validate({"persons": [{"id": "p"}], "memberships": [{"organization_id": "board"}]}) == []


def test_a_document_that_is_not_popolo_shaped_is_reported():
    assert popolo.validate([]) == ["the document is list, not a JSON object"]
    assert popolo.validate({"persons": {"id": "p"}}) == ["persons: expected a list, got dict"]
    assert popolo.validate({"persons": ["Kayden"]})[0].startswith("persons[0]: 'Kayden' is not of type")


def test_export_refuses_an_invalid_document_and_writes_nothing(demo_store, monkeypatch, tmp_path):
    document = member_export.to_popolo(demo_store)
    del document["persons"][0]["contact_details"][0]["value"]
    monkeypatch.setattr(member_export, "to_popolo", lambda store, public=False: document)
    target = tmp_path / "out" / "register.json"
    with pytest.raises(popolo.PopoloInvalid) as caught:
        member_export.export(demo_store, "popolo", target)
    assert isinstance(caught.value, UserError)
    assert caught.value.problems == ["persons[0].contact_details[0]: 'value' is a required property"]
    assert "persons[0].contact_details[0]" in str(caught.value) and "not written" in str(caught.value)
    assert not target.exists() and not list(tmp_path.rglob("*.part"))


def test_export_writes_the_validated_document(demo_store, tmp_path):
    target = member_export.export(demo_store, "popolo", tmp_path / "register.json", public=True)
    assert json.loads(target.read_text(encoding="utf-8")) == member_export.to_popolo(demo_store, public=True)


def test_every_reference_in_the_shipped_schemas_is_served_locally(no_network):
    registry = popolo.registry()
    shipped = {p.name for p in popolo.schemas_dir().glob("*.json")}
    # Exactly the schemas reachable from the four the export uses: none missing, none spare.
    reachable, todo = set(), [f"{kind}.json" for kind in popolo.COLLECTIONS.values()]
    while todo:
        name = todo.pop()
        if name in reachable:
            continue
        reachable.add(name)
        contents = json.loads((popolo.schemas_dir() / name).read_text(encoding="utf-8"))
        for ref in _refs(contents):
            assert ref.startswith(popolo.SCHEMA_BASE) and ref.endswith(".json#"), ref
            resolved = registry.resolver().lookup(ref).contents
            assert resolved["id"] == ref
            todo.append(ref.removeprefix(popolo.SCHEMA_BASE).removesuffix("#"))
    assert reachable == shipped


def test_nested_documents_are_checked_through_the_references(no_network):
    def link():
        return {"url": "https://example.org/minutes", "note": "Minutes"}

    area = {"id": "sefton", "name": "Sefton", "sources": [link()]}
    organization = {"id": "board", "name": "Board", "parent": {"name": "Council"}, "area": copy.deepcopy(area),
                    "identifiers": [{"identifier": "CPB", "scheme": "local"}], "posts": [{"label": "Chair"}]}
    person = {"id": "p1", "name": "Ann Example", "other_names": [{"name": "Ann Sample", "end_date": "2020"}],
              "contact_details": [{"type": "email", "value": "ann@example.org"}], "links": [link()],
              "sources": [link()],
              "memberships": [{"organization": organization, "post": {"label": "Chair", "area": area},
                               "person": {"name": "Ann Example"}, "on_behalf_of": {"name": "Council"}}]}
    assert popolo.validate({"persons": [person]}) == []
    broken = copy.deepcopy(person)
    del broken["memberships"][0]["post"]["area"]["sources"][0]["url"]
    broken["other_names"][0]["end_date"] = "last year"
    assert popolo.validate({"persons": [broken]}) == [
        "persons[0].memberships[0].post.area.sources[0]: 'url' is a required property",
        "persons[0].other_names[0].end_date: 'last year' does not match '^[0-9]{4}(-[0-9]{2}){0,2}$'",
    ]


def test_a_schema_that_is_not_shipped_is_an_error_not_a_download(no_network):
    check = Draft3Validator({"$ref": popolo.SCHEMA_BASE + "vote_event.json#"}, registry=popolo.registry())
    with pytest.raises(Unresolvable):
        check.validate({})
    assert no_network == []
