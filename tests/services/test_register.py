"""The register service on a real store: appoint, end, substitute, mark former, never delete history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from cpo_desktop.model.tables import Membership, Person, Seat
from cpo_desktop.services import register
from cpo_desktop.services.register import PersonInput, RegisterError

D = dt.date


def seat_id(store, title: str) -> int:
    with store.session() as session:
        return session.exec(select(Seat).where(Seat.title == title)).one().id


def test_add_a_person_and_appoint_them_to_a_young_persons_seat(store):
    pid = register.add_person(store, PersonInput("Tyler", "Quinn", email="tyler@example.com",
                                                 organisation="Sefton Council", is_young_person=True))
    sid = seat_id(store, "Care Experienced Young Person (1)")
    mid = register.appoint(store, pid, sid, D(2025, 11, 1), appointed_by="MAD group")
    with store.session() as session:
        m = session.get(Membership, mid)
        assert m.end_date == D(2027, 10, 31)  # the seat's two-year term
    rows = register.list_members(store, current=True, category="young_person", today=D(2026, 1, 1))
    assert [r.surname for r in rows] == ["Quinn"] and rows[0].young_person


def test_bad_input_is_refused_and_nothing_saved(store):
    with pytest.raises(RegisterError, match="not an e-mail address"):
        register.add_person(store, PersonInput("Ann", "Lee", email="ann@council"))
    with pytest.raises(RegisterError, match="surname is needed"):
        register.add_person(store, PersonInput("Ann", ""))
    with store.session() as session:
        assert session.exec(select(Person)).all() == []


def test_a_seat_has_one_holder_at_a_time(store):
    a = register.add_person(store, PersonInput("Ann", "Lee"))
    b = register.add_person(store, PersonInput("Bob", "Ray"))
    sid = seat_id(store, "Elected Member (1)")
    first = register.appoint(store, a, sid, D(2024, 5, 23))
    with pytest.raises(RegisterError, match="held by Ann Lee"):
        register.appoint(store, b, sid, D(2026, 5, 21))
    register.end_membership(store, first, D(2026, 5, 20))
    register.appoint(store, b, sid, D(2026, 5, 21))
    with pytest.raises(RegisterError, match="cannot end before it starts"):
        register.end_membership(store, first, D(2020, 1, 1))


def test_substitutes(store):
    a = register.add_person(store, PersonInput("Ann", "Lee"))
    b = register.add_person(store, PersonInput("Bob", "Ray"))
    mid = register.appoint(store, a, seat_id(store, "Elected Member (2)"), D(2026, 5, 21))
    with pytest.raises(RegisterError, match="own substitute"):
        register.set_substitute(store, mid, a)
    register.set_substitute(store, mid, b)
    with store.session() as session:
        assert session.get(Membership, mid).substitute_id == b


def test_leaving_keeps_history_and_deleting_is_refused(store):
    a = register.add_person(store, PersonInput("Ann", "Lee"))
    mid = register.appoint(store, a, seat_id(store, "Elected Member (3)"), D(2025, 5, 22))
    with pytest.raises(RegisterError, match="mark them as a former member"):
        register.delete_person(store, a)
    assert register.mark_former(store, a, on=D(2026, 11, 23)) == 1
    with store.session() as session:
        assert session.get(Person, a).former
        assert session.get(Membership, mid).end_date == D(2026, 11, 23)
    assert register.list_members(store, current=True, today=D(2026, 12, 1)) == []
    assert [r.former for r in register.list_members(store)] == [True]
    with pytest.raises(RegisterError, match="former member"):
        register.appoint(store, a, seat_id(store, "Elected Member (1)"), D(2027, 1, 1))
    # Someone entered by mistake, with no history, can be deleted.
    typo = register.add_person(store, PersonInput("Ann", "Leee"))
    register.delete_person(store, typo)


def test_unknown_category_is_a_clear_message(demo_store):
    with pytest.raises(RegisterError, match="Unknown category"):
        register.list_members(demo_store, category="councillors")
    assert len(register.list_members(demo_store, current=True, category="elected_member")) == 6
