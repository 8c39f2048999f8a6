"""The pure agenda rules: item numbers, sub-item letters, start times, overruns, preferred
months and which of a year's meetings a recurring report is due at.

Expectations come from the rules themselves (bijective base-26 letters, the clock, the
municipal year running from May), never from copying the implementation.
"""

from __future__ import annotations

import datetime as dt
import itertools
import string

import pytest

from cpo_desktop.model import agenda_rules as ar

D = dt.date
T = dt.time

# The board's default year: the second Wednesday of June, August, October, December, February
# and April, themed on priorities 1-5, the April meeting (the annual review) unthemed.
YEAR = [(D(2027, 6, 9), 1), (D(2027, 8, 11), 2), (D(2027, 10, 13), 3), (D(2027, 12, 8), 4),
        (D(2028, 2, 9), 5), (D(2028, 4, 12), None)]


def suffixes():
    """a … z, aa … zz, aaa …: every sub-item suffix in order, from the alphabet itself."""
    for length in itertools.count(1):
        for letters in itertools.product(string.ascii_lowercase, repeat=length):
            yield "".join(letters)


# --- letters and numbers ---------------------------------------------------------------------------

def test_letters_never_run_out():
    expected = list(itertools.islice(suffixes(), 800))  # past z (26), past zz (702)
    assert [ar.letters(n) for n in range(1, 801)] == expected
    assert (ar.letters(26), ar.letters(27), ar.letters(702), ar.letters(703)) == ("z", "aa", "zz", "aaa")


def test_items_are_numbered_with_sub_items_lettered_under_the_item_above():
    #            1      2      3      3a    3b     4      5     5a
    subs = [False, False, False, True, True, False, False, True]
    assert ar.number_items(subs) == ["1", "2", "3", "3a", "3b", "4", "5", "5a"]
    assert ar.top_level_count(subs) == 5


def test_a_leading_sub_item_is_numbered_as_a_main_item():
    assert ar.number_items([True, True, False]) == ["1", "1a", "2"]
    assert ar.top_level_count([True, True, False]) == 2
    assert ar.number_items([]) == [] and ar.top_level_count([]) == 0


def test_sub_item_letters_run_past_z():
    numbers = ar.number_items([False] + [True] * 30 + [False])
    assert numbers[1:] == [f"1{s}" for s in itertools.islice(suffixes(), 30)] + ["2"]
    assert numbers[26:28] == ["1z", "1aa"]


def test_numbering_can_start_later_in_the_year():
    assert ar.number_items([False, True, False], start=18) == ["18", "18a", "19"]
    # A leading sub-item is still a main item when the numbering starts later.
    assert ar.number_items([True, False], start=18) == ["18", "19"]


# --- timings ---------------------------------------------------------------------------------------

def test_start_times_add_up_and_cross_the_hour():
    durations = [2, 2, 1, 3, 5, 10, 50]
    times = ar.start_times(T(14, 0), durations)
    clock = dt.datetime(2027, 6, 9, 14, 0)
    for time, minutes in zip(times, durations, strict=True):
        assert time == clock.time()
        clock += dt.timedelta(minutes=minutes)
    assert times[-1] == T(14, 23)  # 2+2+1+3+5+10 minutes after two o'clock


def test_a_negative_duration_takes_no_time():
    assert ar.start_times(T(10, 0), [-5, 10, 0]) == [T(10, 0), T(10, 0), T(10, 10)]


def test_overrun():
    assert ar.overrun_minutes([60, 60], 120) == 0
    assert ar.overrun_minutes([60, 59], 120) == 0
    assert ar.overrun_minutes([60, 60, 5], 120) == 5
    assert ar.overrun_minutes([], 120) == 0


# --- preferred months ------------------------------------------------------------------------------

def test_months_are_parsed_and_bad_parts_named():
    assert ar.parse_months("6, 12") == [6, 12]
    assert ar.parse_months("12;6,,6") == [12, 6]  # semicolons, blanks and repeats
    assert ar.parse_months("") == [] and ar.parse_months(" ") == []
    for bad in ("13", "0", "June", "-1", "6.5"):
        with pytest.raises(ValueError, match=f"“{bad}” is not a month number"):
            ar.parse_months(f"6, {bad}")


def test_schedule_12a_has_the_seven_paragraphs():
    assert sorted(ar.SCHEDULE_12A) == list(range(1, 8))
    assert "individual" in ar.SCHEDULE_12A[1]
    assert "legal professional privilege" in ar.SCHEDULE_12A[5]
    assert "crime" in ar.SCHEDULE_12A[7]


# --- which meetings a report is due at ---------------------------------------------------------------

@pytest.mark.parametrize(("frequency", "times"), [("every_meeting", 6), ("quarterly", 4), ("bi_annual", 2),
                                                 ("annual", 1), ("as_requested", 0)])
def test_each_frequency_takes_its_number_of_meetings(frequency, times):
    for phase in range(4):
        due = ar.due_meetings(frequency, YEAR, phase=phase)
        assert len(due) == times and len(set(due)) == times
        assert all(0 <= i < len(YEAR) for i in due) and due == sorted(due)


def test_an_unknown_frequency_is_never_due():
    assert ar.due_meetings("fortnightly", YEAR) == []


def test_fewer_meetings_than_wanted_caps_the_count():
    three = YEAR[:3]
    assert ar.due_meetings("quarterly", three) == [0, 1, 2]
    assert ar.due_meetings("bi_annual", YEAR[:1]) == [0]
    assert ar.due_meetings("every_meeting", []) == []
    assert ar.due_meetings("annual", []) == []


def _first_meeting_from(month: int) -> int:
    """The meeting in ``month`` or the next after it, in the municipal year May 2027 - April 2028."""
    first_day = D(2027 if month >= 5 else 2028, month, 1)
    return next(i for i, (day, _) in enumerate(YEAR) if day >= first_day)


@pytest.mark.parametrize("month", [5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4])
def test_an_annual_report_goes_to_the_meeting_in_its_month_or_the_next(month):
    assert ar.due_meetings("annual", YEAR, preferred_months=[month]) == [_first_meeting_from(month)]


def test_a_preferred_month_after_the_last_meeting_still_places_the_report():
    without_april = YEAR[:5]  # no meeting in March or April
    assert len(ar.due_meetings("annual", without_april, preferred_months=[3])) == 1


def test_preferred_months_are_all_honoured_when_they_fit():
    assert ar.due_meetings("bi_annual", YEAR, preferred_months=[6, 12]) == [0, 3]
    due = ar.due_meetings("quarterly", YEAR, preferred_months=[7, 11, 1])
    assert len(due) == 4 and {_first_meeting_from(m) for m in (7, 11, 1)} <= set(due)
    # More preferred months than the frequency allows: the first ones win.
    assert ar.due_meetings("annual", YEAR, preferred_months=[10, 12]) == [_first_meeting_from(10)]


@pytest.mark.parametrize("theme", [1, 2, 3, 4, 5])
def test_a_theme_link_puts_the_report_at_the_meeting_themed_on_its_priority(theme):
    themed = next(i for i, (_, t) in enumerate(YEAR) if t == theme)
    assert ar.due_meetings("annual", YEAR, theme_id=theme) == [themed]
    for frequency in ("bi_annual", "quarterly"):
        for phase in range(3):
            assert themed in ar.due_meetings(frequency, YEAR, theme_id=theme, phase=phase)


def test_a_preferred_month_comes_before_the_theme():
    # Annual, preferred in October but linked to December's theme: October wins.
    assert ar.due_meetings("annual", YEAR, preferred_months=[10], theme_id=4) == [2]
    # Bi-annual: both.
    assert ar.due_meetings("bi_annual", YEAR, preferred_months=[10], theme_id=4) == [2, 3]


def test_a_theme_nobody_meets_on_is_ignored():
    assert len(ar.due_meetings("bi_annual", YEAR, theme_id=99)) == 2


def test_the_phase_staggers_reports_of_the_same_frequency():
    bi_annual = [frozenset(ar.due_meetings("bi_annual", YEAR, phase=p)) for p in range(3)]
    assert len(set(bi_annual)) == 3 and frozenset().union(*bi_annual) == frozenset(range(6))
    assert ar.due_meetings("quarterly", YEAR, phase=0) != ar.due_meetings("quarterly", YEAR, phase=1)


def _widest_gap(due: list[int], n: int = len(YEAR)) -> int:
    """The most meetings between one showing of a report and the next, going round the year."""
    return max((b - a) % n or n for a, b in zip(due, due[1:] + due[:1]))


def test_without_preferences_the_spread_is_even():
    for phase in range(6):
        bi = ar.due_meetings("bi_annual", YEAR, phase=phase)
        assert bi[1] - bi[0] == 3  # six months apart
        assert _widest_gap(ar.due_meetings("quarterly", YEAR, phase=phase)) <= 2


def test_a_bi_annual_report_with_a_preferred_month_comes_round_six_months_later():
    for month, first in ((6, 0), (8, 1), (10, 2)):
        for phase in range(3):
            due = ar.due_meetings("bi_annual", YEAR, preferred_months=[month], phase=phase)
            assert due == [first, first + 3], (month, phase, due)


def test_a_quarterly_report_linked_to_a_theme_is_still_spread_over_the_year():
    for theme in (1, 2, 3, 4, 5):
        for phase in range(2):
            due = ar.due_meetings("quarterly", YEAR, theme_id=theme, phase=phase)
            assert _widest_gap(due) <= 2, (theme, phase, due)


# --- a Part 2 item's public title (issue 17, deliverable 11) ----------------------------------------

@pytest.mark.parametrize(("title", "part", "paragraph", "public", "shown"), [
    ("Performance report", 1, None, None, "Performance report"),
    ("Performance report", 1, None, "Ignored for a public item", "Performance report"),
    ("Placement of Child A with Kayden's aunt", 2, 1, None, "Exempt item (paragraph 1)"),
    ("Placement of Child A with Kayden's aunt", 2, 3, "  ", "Exempt item (paragraph 3)"),
    ("Placement of Child A with Kayden's aunt", 2, None, None, "Exempt item"),
    ("Placement of Child A with Kayden's aunt", 2, 1, " Placements:\n an  individual case ",
     "Placements: an individual case"),
])
def test_the_public_title_never_shows_a_part_2_items_own_title(title, part, paragraph, public, shown):
    assert ar.public_title(title, part, paragraph, public) == shown
    if part == 2:
        assert "Kayden" not in ar.public_title(title, part, paragraph, public)


def test_the_default_public_title_names_the_paragraph():
    assert ar.exempt_item_title(7) == "Exempt item (paragraph 7)"
    assert ar.exempt_item_title(None) == "Exempt item"
