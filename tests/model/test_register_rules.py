from __future__ import annotations

import datetime as dt

from cpo_desktop.model import register_rules as rules
from cpo_desktop.model.rules import display_name, municipal_year_label

D = dt.date


def test_two_year_terms_end_the_day_before_the_anniversary():
    assert rules.term_end(D(2025, 11, 1), 2) == D(2027, 10, 31)
    assert rules.term_end(D(2024, 2, 29), 2) == D(2026, 2, 27)
    assert rules.term_end(D(2025, 11, 1), None) is None


def test_current_and_ending_soon():
    assert rules.is_current(D(2025, 1, 1), None, D(2026, 1, 1))
    assert rules.is_current(D(2025, 1, 1), D(2026, 1, 1), D(2026, 1, 1))
    assert not rules.is_current(D(2025, 1, 1), D(2025, 12, 31), D(2026, 1, 1))
    assert not rules.is_current(D(2026, 2, 1), None, D(2026, 1, 1))
    assert rules.ends_within(D(2027, 1, 10), D(2026, 11, 23))
    assert not rules.ends_within(D(2027, 1, 31), D(2026, 11, 23))  # 69 days away
    assert not rules.ends_within(D(2026, 11, 22), D(2026, 11, 23))  # already ended


def test_overlaps():
    assert rules.overlaps(D(2025, 1, 1), None, D(2026, 1, 1), None)
    assert not rules.overlaps(D(2025, 1, 1), D(2025, 12, 31), D(2026, 1, 1), None)
    assert rules.overlaps(D(2025, 1, 1), D(2026, 1, 1), D(2026, 1, 1), None)


def test_person_validation():
    assert rules.person_problems("Ann", "Lee", "ann.lee@sefton.gov.uk") == []
    assert rules.person_problems(" ", "Lee", None) == ["a first name is needed"]
    assert "not an e-mail address" in rules.person_problems("Ann", "Lee", "ann@council")[0]


def test_privacy_rule_for_young_people():
    kw = dict(young_person=True, consent_full_name=False)
    assert display_name("Kayden", "Lowe", public=True, **kw) == "Kayden"
    assert display_name("Kayden", "Lowe", public=False, **kw) == "Kayden Lowe"
    assert display_name("Jade", "Armitage", young_person=True, consent_full_name=True, public=True) == "Jade Armitage"
    assert display_name("Angela", "Mensah", young_person=False, consent_full_name=False, public=True,
                        title="Cllr") == "Cllr Angela Mensah"


def test_municipal_year():
    assert municipal_year_label(D(2026, 5, 1)) == "2026/27"
    assert municipal_year_label(D(2027, 4, 30)) == "2026/27"
    assert municipal_year_label(D(2099, 12, 1)) == "2099/00"


def test_elected_members_need_corporate_parenting_training_each_municipal_year():
    from cpo_desktop.model.register_rules import needs_corporate_parenting_training as needs

    today = dt.date(2026, 11, 23)  # municipal year 2026/27 began in May 2026
    assert needs(True, [], today)
    assert needs(True, [dt.date(2026, 4, 30)], today)  # the year before
    assert not needs(True, [dt.date(2026, 5, 1)], today)
    assert not needs(True, [dt.date(2025, 6, 1), dt.date(2027, 3, 2)], today)
    assert not needs(False, [], today)  # only elected members


def test_quorum_counts_only_current_seats_marked_for_it():
    from types import SimpleNamespace as Seat

    from cpo_desktop.model.register_rules import quorum_seats

    seats = [Seat(counts_towards_quorum=True, former=False), Seat(counts_towards_quorum=False, former=False),
             Seat(counts_towards_quorum=True, former=True), Seat(counts_towards_quorum=True, former=False)]
    assert quorum_seats(seats) == 2
