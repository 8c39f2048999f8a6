"""The seat proposal on its own (model.seat_match): the seeded board's seats, rows as a council writes them."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cpo_desktop.model import seat_match as sm
from cpo_desktop.model.enums import SeatCategory

from conftest import ROOT

DAY = dt.date(2026, 1, 5)


def seeded_seats(holders: dict[str, tuple[sm.Holding, ...]] | None = None) -> list[sm.SeatFacts]:
    board = json.loads((ROOT / "resources" / "seed" / "board.json").read_text(encoding="utf-8"))
    return [sm.SeatFacts(n + 1, s["title"], s["category"], s.get("organisation") or "", s.get("chair", False),
                         s.get("vice_chair", False), s.get("rotation_group") or "", n,
                         (holders or {}).get(s["title"], ()))
            for n, s in enumerate(board["seats"])]


def titles(proposals, seats) -> list[str | None]:
    by_id = {s.id: s.title for s in seats}
    return [by_id.get(p.seat_id) for p in proposals]


def row(line=2, **kw) -> sm.RowFacts:
    return sm.RowFacts(line=line, start=kw.pop("start", DAY), **kw)


def test_words_spell_out_what_a_council_shortens():
    assert set(sm.words("Supt.")) == {"superintendent"}
    assert set(sm.words("Cllr")) == {"elected", "member"}
    assert set(sm.words("Headteachers & Heads")) == {"head", "teacher"}
    assert sm.words("Children's Services") == ["children", "service"]
    assert sm.words("Zoë Ó Ceallaigh") == ["zoe", "o", "ceallaigh"]


def test_free_text_categories():
    for text, category in (("Councillor", SeatCategory.ELECTED_MEMBER), ("Cllr", SeatCategory.ELECTED_MEMBER),
                           ("Elected Member", SeatCategory.ELECTED_MEMBER), ("Health", SeatCategory.HEALTH),
                           ("NHS partner", SeatCategory.HEALTH), ("Police", SeatCategory.POLICE),
                           ("Young person", SeatCategory.YOUNG_PERSON), ("Young people", SeatCategory.YOUNG_PERSON),
                           ("Care experienced", SeatCategory.YOUNG_PERSON), ("care_leaver", SeatCategory.YOUNG_PERSON),
                           ("young_person", SeatCategory.YOUNG_PERSON), ("Officer", SeatCategory.COUNCIL_OFFICER),
                           ("Voluntary sector", SeatCategory.VOLUNTARY_SECTOR), ("Partner", SeatCategory.PARTNER_AGENCY),
                           ("Senior Adviser", SeatCategory.ADVISOR), ("Foster carers", SeatCategory.FOSTER_CARER)):
        assert sm.category_of(text) == category, text
    assert sm.category_of("Member") is None and sm.category_of("") is None


def test_chair_and_vice_chair_from_the_role_on_the_board():
    seats = seeded_seats()
    rows = [row(2, job_title="Councillor", role="Vice-Chair", honorific="Cllr"),
            row(3, job_title="Councillor", role="Chair", honorific="Cllr")]
    assert titles(sm.propose(rows, seats), seats) == ["Vice Chair – Deputy Leader, Sefton Council",
                                                      "Chair – Lead Member for Children, Schools and Families"]
    # "Chair" of something else is not the board's Chair
    [p] = sm.propose([row(job_title="Chair of Governors, Range High School", category="Councillor")], seats)
    assert titles([p], seats) == ["Elected Member (1)"]


def test_numbered_seats_fill_in_order_and_a_fourth_councillor_gets_none():
    seats = seeded_seats()
    rows = [row(n, job_title="Ward councillor", category="Councillor") for n in range(2, 6)]
    proposals = sm.propose(rows, seats)
    assert titles(proposals, seats) == ["Elected Member (1)", "Elected Member (2)", "Elected Member (3)", None]
    assert "went to row" in proposals[3].reason or "well enough" in proposals[3].reason


def test_a_rotation_group_fills_in_order_and_care_experienced_is_not_a_mad_seat():
    """Four Making A Difference representatives' seats (a rotation group, as the corrected seed may
    have them, before or after the two care-experienced seats): each young person gets the right kind."""
    for order in (-10, 100):
        mad = [sm.SeatFacts(100 + n, f"Making A Difference (MAD) Representative ({n})", "young_person", "",
                            rotation_group="MAD representatives", sort_order=order + n) for n in range(1, 5)]
        seats = seeded_seats() + mad
        rows = [row(2, category="Care experienced"), row(3, job_title="MAD rep", category="Young person"),
                row(4, job_title="Making a Difference representative"),
                row(5, job_title="Care Experienced Young Person")]
        assert titles(sm.propose(rows, seats), seats) == [
            "Care Experienced Young Person (1)", "Making A Difference (MAD) Representative (1)",
            "Making A Difference (MAD) Representative (2)", "Care Experienced Young Person (2)"], order


def test_a_held_seat_goes_only_to_its_holder():
    held = sm.Holding(7, "Sam Holder", dt.date(2025, 1, 1), None)
    seats = seeded_seats({"Partnership Manager, DWP": (held,)})
    stranger = row(2, job_title="Partnership Manager", organisation="DWP", category="Partner")
    [p] = sm.propose([stranger], seats)
    assert p.seat_id is None and "held by Sam Holder" in p.reason
    [p] = sm.propose([row(2, job_title="Partnership Manager", organisation="DWP", person_id=7)], seats)
    assert titles([p], seats) == ["Partnership Manager, DWP"] and p.reason == "already holds this seat"
    # a membership that ended before the row starts leaves the seat free
    ended = sm.Holding(7, "Sam Holder", dt.date(2020, 1, 1), dt.date(2024, 12, 31))
    seats = seeded_seats({"Partnership Manager, DWP": (ended,)})
    assert titles(sm.propose([stranger], seats), seats) == ["Partnership Manager, DWP"]


def test_a_young_person_only_ever_gets_a_young_persons_seat():
    seats = seeded_seats()
    rows = [row(2, job_title="Designated Nurse Children in Care", category="Young person"),
            row(3, job_title="Care Experienced Young Person"),
            row(4, category="Care experienced", organisation="Sefton Council")]
    proposals = sm.propose(rows, seats)
    assert titles(proposals, seats) == ["Care Experienced Young Person (1)", "Care Experienced Young Person (2)",
                                        "Making A Difference (MAD) Representative (1)"]
    # and a nurse whose job mentions children in care never gets one
    [p] = sm.propose([row(job_title="Nurse for care experienced young people")], seats)
    assert titles([p], seats) != ["Care Experienced Young Person (1)"]


def test_nothing_to_go_on_is_no_seat_with_the_reason():
    seats = seeded_seats()
    [empty, vague] = sm.propose([row(2), row(3, job_title="Volunteer", organisation="Bootle Youth Club")], seats)
    assert empty.seat_id is None and "nothing in the row" in empty.reason
    assert vague.seat_id is None and vague.reason.startswith("no seat: ")


def test_a_five_thousand_character_title_is_matched_on_its_start():
    seats = seeded_seats()
    [p] = sm.propose([row(job_title="Partnership Manager " + "x" * 5000, organisation="DWP")], seats)
    assert titles([p], seats) == ["Partnership Manager, DWP"]


# --- the assignment, whatever the rows say ----------------------------------------------------------

VOCABULARY = ["Councillor", "Cllr", "Chair", "Vice Chair", "Elected Member", "Nurse", "Designated", "Children",
              "in", "Care", "Young", "Person", "Experienced", "Police", "Supt.", "Head", "Virtual", "School", "DWP",
              "CAMHS", "Manager", "Chief", "Executive", "Sefton", "Council", "NHS", "&", "Leader", "=HYPERLINK(",
              "Service", "Strategic", "Lead", "Housing", "Representative", "SASH", "(1)", "Foster", "Carer"]
text = st.lists(st.sampled_from(VOCABULARY), max_size=6).map(" ".join)
holding = st.builds(sm.Holding, person_id=st.integers(1, 6), name=st.just("Someone"),
                    start=st.dates(dt.date(2023, 1, 1), dt.date(2027, 1, 1)),
                    end=st.none() | st.dates(dt.date(2023, 1, 1), dt.date(2028, 1, 1)))
facts = st.builds(sm.RowFacts, line=st.just(0), start=st.dates(dt.date(2024, 1, 1), dt.date(2027, 1, 1)),
                  job_title=text, category=st.sampled_from(["", "Councillor", "Health", "Young person", "Officer",
                                                            "Care experienced", "Partner", "Member"]),
                  organisation=text, role=st.sampled_from(["", "Chair", "Vice Chair", "Member", "Adviser"]),
                  seat=st.sampled_from(["", "Elected Member (1)", "Partnership Manager, DWP"]),
                  honorific=st.sampled_from(["", "Cllr", "Dr"]), person_id=st.none() | st.integers(1, 6))


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(facts, max_size=40), held=st.dictionaries(st.integers(0, 25), st.lists(holding, max_size=2)))
def test_never_two_rows_to_one_seat_nor_a_held_seat_to_anyone_else(rows, held):
    base = seeded_seats()
    seats = [sm.SeatFacts(**{**s.__dict__, "holders": tuple(held.get(n, ()))}) for n, s in enumerate(base)]
    rows = [sm.RowFacts(**{**r.__dict__, "line": n + 2}) for n, r in enumerate(rows)]
    proposals = sm.propose(rows, seats)
    assert [p.line for p in proposals] == [r.line for r in rows]
    chosen = [p.seat_id for p in proposals if p.seat_id is not None]
    assert len(chosen) == len(set(chosen))
    by_id = {s.id: s for s in seats}
    for r, p in zip(rows, proposals, strict=True):
        if p.seat_id is None:
            assert p.reason.startswith("no seat: ")
            continue
        seat = by_id[p.seat_id]
        assert p.score >= sm.THRESHOLD
        assert not any(h.person_id != r.person_id and (h.end is None or h.end >= r.start) for h in seat.holders)
        if sm.category_of(r.category) == SeatCategory.YOUNG_PERSON:
            assert seat.category == SeatCategory.YOUNG_PERSON
        if r.role == "Vice Chair":
            assert not seat.is_chair
