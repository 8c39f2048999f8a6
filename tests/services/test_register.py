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
                                                 is_young_person=True))
    sid = seat_id(store, "Making A Difference (MAD) Representative (1)")
    mid = register.appoint(store, pid, sid, D(2025, 11, 1), appointed_by="MAD group")
    with store.session() as session:
        m = session.get(Membership, mid)
        assert m.end_date == D(2027, 10, 31)  # the MAD representatives' two-year rotation
    rows = register.list_members(store, current=True, category="young_person", today=D(2026, 1, 1))
    assert [r.surname for r in rows] == ["Quinn"] and rows[0].young_person


def test_the_care_experienced_young_peoples_seats_are_permanent_and_not_the_councils(store):
    """000: "two care experienced young people who are permanent members" — no term ends, and
    the seats belong to no organisation (they were shown as Sefton Council's)."""
    pid = register.add_person(store, PersonInput("Kayden", "Lowe", is_young_person=True))
    mid = register.appoint(store, pid, seat_id(store, "Care Experienced Young Person (1)"), D(2025, 11, 1))
    with store.session() as session:
        assert session.get(Membership, mid).end_date is None
        yp = session.exec(select(Seat).where(Seat.title.startswith("Care Experienced Young Person"))).all()
        assert len(yp) == 2 and all(s.permanent and s.term_years is None and s.organisation_id is None for s in yp)
        mad = session.exec(select(Seat).where(Seat.rotation_group == "Making A Difference (MAD) representatives")).all()
        assert len(mad) == 4 and all(s.term_years == 2 and s.category == "young_person" and s.source for s in mad)


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


def test_highlights_terms_ending_and_training_due(demo_store):
    today = D(2026, 11, 23)  # the demo store was loaded for this day
    rows = {r.name: r for r in register.list_members(demo_store, today=today)}
    # Every councillor, on the board or not (issue 21): Karim and Sowerby sit on no board seat.
    assert [n for n, r in rows.items() if r.needs_training] == ["Cllr Derek Ashworth", "Cllr Ahmed Karim",
                                                                 "Cllr Peter Sowerby", "Cllr Brian Walsh"]
    ending = [n for n, r in rows.items() if r.term_ends and 0 <= (r.term_ends - today).days <= 60]
    assert ending  # the demo has a term ending soon
    # Training attended this municipal year clears the highlight; an invitation does not.
    pid = rows["Cllr Derek Ashworth"].id
    tid = register.add_training(demo_store, pid, register.TrainingInput(D(2026, 12, 3), status="invited"))
    assert register.person_detail(demo_store, pid, today=today).needs_training
    register.update_training(demo_store, tid, register.TrainingInput(D(2026, 10, 1), status="attended"))
    assert not register.person_detail(demo_store, pid, today=today).needs_training
    # It counts only in its own municipal year.
    assert register.person_detail(demo_store, pid, today=D(2027, 6, 1)).needs_training
    register.remove_training(demo_store, tid)
    assert register.person_detail(demo_store, pid, today=today).needs_training
    with pytest.raises(RegisterError, match="Unknown training"):
        register.add_training(demo_store, pid, register.TrainingInput(D(2026, 1, 1), kind="yoga"))


def test_person_detail_lists_memberships_substitutes_and_training(demo_store):
    today = D(2026, 11, 23)
    row = next(r for r in register.list_members(demo_store, today=today) if "Elected Member (1)" in r.seats)
    detail = register.person_detail(demo_store, row.id, today=today)
    current = [m for m in detail.memberships if m.current]
    assert [m.seat for m in current] == ["Elected Member (1)"]
    assert current[0].substitute  # the demo names a substitute
    assert detail.training == sorted(detail.training, key=lambda t: t.date, reverse=True)


def test_capture_and_restore_undo_any_change_exactly(store):
    sid = seat_id(store, "Elected Member (1)")
    before_add = register.PersonState(0, None, (), ())
    pid = register.add_person(store, PersonInput("Ann", "Lee", email="ann@example.org"))
    before_add = register.PersonState(pid, None, (), ())
    added = register.capture(store, pid)
    mid = register.appoint(store, pid, sid, D(2026, 5, 21))
    register.add_training(store, pid, register.TrainingInput(D(2026, 6, 11), status="attended"))
    full = register.capture(store, pid)
    register.mark_former(store, pid, on=D(2026, 11, 1))
    assert register.capture(store, pid) != full

    register.restore(store, full)  # undo "mark former"
    assert register.capture(store, pid) == full
    register.restore(store, added)  # undo the appointment and the training
    assert register.capture(store, pid) == added
    register.restore(store, before_add)  # undo adding the person
    with store.session() as session:
        assert session.get(Person, pid) is None
    register.restore(store, full)  # redo everything: the same ids come back
    with store.session() as session:
        assert session.get(Membership, mid).person_id == pid
    assert register.capture(store, pid) == full


def test_undo_that_no_longer_fits_is_refused_cleanly(store):
    a = register.add_person(store, PersonInput("Ann", "Lee"))
    b = register.add_person(store, PersonInput("Bob", "Ray"))
    mid = register.appoint(store, a, seat_id(store, "Elected Member (1)"), D(2026, 5, 21))
    register.set_substitute(store, mid, b)
    with pytest.raises(RegisterError, match="cannot be undone"):
        register.restore(store, register.PersonState(b, None, (), ()))  # Bob is Ann's substitute now
    with store.session() as session:
        assert session.get(Person, b) is not None


def test_reporting_officers_are_edited_and_never_deleted(demo_store):
    from cpo_desktop.services import officers

    rows = officers.list_officers(demo_store)
    assert len(rows) == 11 and all(r.person for r in rows)
    oid = officers.add_officer(demo_store, officers.OfficerInput(
        role="Virtual School Head", organisation="Sefton Council", reports="Annual report of the Virtual School",
        frequency="annual"))
    before = officers.capture(demo_store, oid)
    officers.set_officer_former(demo_store, oid, True)
    assert [r.role for r in officers.list_officers(demo_store, include_former=False)][-1] != "Virtual School Head"
    officers.restore(demo_store, before)
    assert officers.list_officers(demo_store)[-1].former is False
    with pytest.raises(RegisterError, match="needs a role"):
        officers.update_officer(demo_store, oid, officers.OfficerInput(role="  "))
    with pytest.raises(RegisterError, match="Unknown frequency"):
        officers.update_officer(demo_store, oid, officers.OfficerInput(role="X", frequency="fortnightly"))


def test_organisations_match_whatever_the_case_accents_included(store):
    from cpo_desktop.model.tables import Organisation

    register.add_person(store, PersonInput("Ann", "Lee", organisation="École Sainte-Marie"))
    register.add_person(store, PersonInput("Bob", "Ray", organisation="ÉCOLE SAINTE-MARIE "))
    with store.session() as session:
        names = [o.name for o in session.exec(select(Organisation)) if "marie" in o.name.casefold()]
    assert names == ["École Sainte-Marie"]


def test_a_young_persons_seat_is_only_for_someone_recorded_as_a_young_person(store):
    adult = register.add_person(store, PersonInput("Ann", "Lee"))
    with pytest.raises(RegisterError, match="not recorded as a care-experienced young person"):
        register.appoint(store, adult, seat_id(store, "Care Experienced Young Person (2)"), D(2026, 1, 1))
