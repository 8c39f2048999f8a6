"""The pure minutes rules: the quorum (a fraction of the voting seats, a minimum, an elected
member), fractions as people type them, minute numbers per meeting and through the municipal
year, and the wording of resolutions.

Expected values are worked out here from the rules as the board states them (a third of the
seats rounded up, at least three; numbers 1, 2, 2a …; "35/26"), never by calling the code
under test.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from cpo_desktop.model import minutes_rules as mr


def ceil_div(a: int, b: int) -> int:
    return -(-a // b)


# --- the quorum -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("seats", "needed"), [
    (0, 3), (1, 3), (3, 3), (8, 3), (9, 3), (10, 4), (12, 4), (13, 5), (18, 6), (19, 7), (30, 10), (31, 11),
])
def test_the_default_quorum_is_a_third_of_the_voting_seats_rounded_up_and_at_least_three(seats, needed):
    assert needed == max(3, ceil_div(seats, 3))  # the table above is the rule, written out
    assert mr.QuorumRule().required(seats) == needed


@pytest.mark.parametrize("seats", range(0, 61))
def test_the_quorum_for_every_board_size_up_to_sixty(seats):
    assert mr.QuorumRule().required(seats) == max(3, ceil_div(seats, 3))
    half = mr.QuorumRule(fraction=Fraction(1, 2), minimum=2)
    assert half.required(seats) == max(2, ceil_div(seats, 2))
    quarter = mr.QuorumRule(fraction=Fraction(1, 4), minimum=5)
    assert quarter.required(seats) == max(5, ceil_div(seats, 4))


def test_the_quorum_needs_the_count_and_an_elected_member():
    rule = mr.QuorumRule()  # 18 voting seats: 6 needed, one of them elected
    assert mr.quorum(rule, 18, present=6, elected_present=1).met
    assert mr.quorum(rule, 18, present=17, elected_present=6).met
    short_of_members = mr.quorum(rule, 18, present=5, elected_present=5)
    assert not short_of_members.met
    assert short_of_members.headline == "Not quorate: 5 of the 6 voting members needed are present"
    no_councillor = mr.quorum(rule, 18, present=12, elected_present=0)
    assert not no_councillor.met
    assert no_councillor.headline == ("Not quorate: 12 voting members are present, 6 needed, but 0 of the 1 elected "
                                      "member needed is present")
    neither = mr.quorum(rule, 18, present=2, elected_present=0)
    assert neither.headline == ("Not quorate: 2 of the 6 voting members needed are present, and 0 of the 1 elected "
                                "member needed")
    q = mr.quorum(rule, 18, present=7, elected_present=2)
    assert (q.voting_seats, q.required, q.present, q.elected_required, q.elected_present) == (18, 6, 7, 1, 2)
    assert q.headline == "Quorate: 7 voting members present, 6 needed, including 2 elected members"


def test_the_quorum_message_says_who_counts_as_the_rule_does():
    """Issue 19, point 14: "Not quorate: 2 of the 3 voting members needed are present (…who counts…)",
    the explanation following the rule: members joining online count only when the board says so."""
    in_person = mr.quorum(mr.QuorumRule(minimum=3), 6, present=2, elected_present=1)
    assert in_person.summary == (
        "Not quorate: 2 of the 3 voting members needed are present (voting members, or substitutes in their place, "
        "count when in the room; members joining online, non-voting members and officers or guests in attendance "
        "do not)")
    online = mr.quorum(mr.QuorumRule(minimum=3, count_remote=True), 6, present=3, elected_present=1)
    assert online.summary == (
        "Quorate: 3 voting members present, 3 needed, including 1 elected member (voting members, or substitutes "
        "in their place, count when in the room or online; non-voting members and officers or guests in attendance "
        "do not)")
    assert "((" not in online.summary and "))" not in online.summary and ") (" not in online.summary


def test_a_rule_that_needs_two_elected_members_or_none():
    two = mr.QuorumRule(elected=2)
    assert not mr.quorum(two, 9, present=3, elected_present=1).met
    assert mr.quorum(two, 9, present=3, elected_present=2).met
    none = mr.QuorumRule(elected=0)
    assert mr.quorum(none, 9, present=3, elected_present=0).met
    assert not mr.quorum(none, 9, present=2, elected_present=0).met


def test_the_rule_in_words_says_whether_online_members_count():
    assert mr.QuorumRule().describe() == ("1/3 of the voting seats, at least 3, including 1 elected member; "
                                          "members joining online do not count")
    assert mr.QuorumRule(Fraction(1, 2), 4, 2, True).describe() == (
        "1/2 of the voting seats, at least 4, including 2 elected members; members joining online count")


# --- fractions ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("1/3", Fraction(1, 3)), (" 2/3 ", Fraction(2, 3)), ("0.25", Fraction(1, 4)), ("0.5", Fraction(1, 2)),
    ("50%", Fraction(1, 2)), ("33%", Fraction(33, 100)), ("100%", Fraction(1)), ("1", Fraction(1)),
    ("2/6", Fraction(1, 3)),
])
def test_fractions_as_people_write_them(text, value):
    assert mr.parse_fraction(text) == value


@pytest.mark.parametrize(("text", "why"), [
    ("", "not a fraction"), ("abc", "not a fraction"), ("1/0", "not a fraction"), ("%", "not a fraction"),
    ("one third", "not a fraction"), ("1//3", "not a fraction"),
    ("0", "more than none"), ("0%", "more than none"), ("0/5", "more than none"), ("-1/3", "more than none"),
    ("3/2", "no more than all"), ("150%", "no more than all"), ("1.01", "no more than all"),
])
def test_fractions_refused_with_the_reason(text, why):
    with pytest.raises(ValueError, match=why):
        mr.parse_fraction(text)


# --- minute numbers -------------------------------------------------------------------------------

def test_minute_numbers_per_meeting_follow_the_agenda():
    #          1      2      2a    2b     3      4     4a
    subs = [False, False, True, True, False, False, True]
    assert mr.minute_numbers(subs) == ["1", "2", "2a", "2b", "3", "4", "4a"]
    assert mr.minute_numbers([]) == []
    assert mr.minute_numbers([True, False]) == ["1", "2"]  # nothing above: a main minute


def test_minute_numbers_through_the_municipal_year_carry_the_year():
    subs = [False, False, True, True, False]
    assert mr.minute_numbers(subs, first=35, year_suffix="26") == ["35/26", "36/26", "36a/26", "36b/26", "37/26"]
    # A second meeting carries on where the first left off: the first used three numbers.
    used = sum(1 for n in mr.minute_numbers(subs) if n.isdigit())
    assert used == 3
    assert mr.minute_numbers([False, False], first=35 + used, year_suffix="26") == ["38/26", "39/26"]


@pytest.mark.parametrize(("start", "suffix"), [(2026, "26"), (2009, "09"), (2000, "00"), (2099, "99"), (2100, "00")])
def test_the_year_suffix_is_the_last_two_digits_of_the_year_the_municipal_year_starts(start, suffix):
    assert mr.year_suffix(start) == suffix


# --- resolutions ----------------------------------------------------------------------------------

def test_the_standard_wording_of_each_kind():
    assert mr.standard_wording("noted") == "That the report be noted."
    assert mr.standard_wording("endorsed") == "That the report be endorsed."
    assert mr.standard_wording("approved", what="recommendations") == "That the recommendations be approved."
    assert mr.standard_wording("noted", what="item") == "That the item be noted."
    assert mr.standard_wording("deferred", deferred_to="Wednesday 9 December 2026") == (
        "That consideration of the report be deferred to the meeting on Wednesday 9 December 2026.")
    with pytest.raises(ValueError, match="own words needs its text"):
        mr.standard_wording("other")
    with pytest.raises(ValueError):
        mr.standard_wording("postponed")


@pytest.mark.parametrize(("typed", "tidy"), [
    ("the report be noted", "That the report be noted."),
    ("That the report be noted.", "That the report be noted."),
    ("that the report be noted", "That the report be noted."),
    ("THAT the report be noted", "That the report be noted."),
    ("RESOLVED: That the report be noted", "That the report be noted."),
    ("Resolved – that the report be noted", "That the report be noted."),
    ("resolved - the plan be approved", "That the plan be approved."),
    ("  That   the\nreport  be\tnoted  ", "That the report be noted."),
    ("Officers report back in March", "That officers report back in March."),
    ("the board asks: who pays?", "That the board asks: who pays?"),
    ("the report be noted;", "That the report be noted;"),
])
def test_own_wording_is_made_to_read_after_resolved(typed, tidy):
    assert mr.tidy_resolution(typed) == tidy


@pytest.mark.parametrize("typed", ["", "   ", "\n\t"])
def test_own_wording_cannot_be_empty(typed):
    with pytest.raises(ValueError, match="needs its wording"):
        mr.tidy_resolution(typed)


@pytest.mark.parametrize("typed", ["RESOLVED:", "Resolved", "resolved - "])
def test_the_word_resolved_alone_is_no_wording(typed):
    with pytest.raises(ValueError, match="needs its wording"):
        mr.tidy_resolution(typed)
