"""Working days and meeting deadlines. Expected dates are counted by hand, in the comments."""

from __future__ import annotations

import datetime as dt

import pytest

from cpo_desktop.model import working_days as wd

D = dt.date


# --- bank holidays, straight from the `holidays` library ---------------------------------

def test_bank_holidays_are_named():
    assert wd.bank_holiday(D(2026, 1, 1)) == "New Year's Day"
    assert wd.bank_holiday(D(2026, 4, 3)) == "Good Friday"
    assert wd.bank_holiday(D(2026, 4, 6)) == "Easter Monday"
    assert wd.bank_holiday(D(2026, 5, 25)) == "Spring Bank Holiday"
    assert wd.bank_holiday(D(2027, 3, 26)) == "Good Friday"
    assert wd.bank_holiday(D(2027, 3, 29)) == "Easter Monday"
    assert wd.bank_holiday(D(2026, 1, 2)) is None


def test_boxing_day_2026_falls_on_a_saturday_so_monday_28_december_is_the_holiday():
    assert wd.bank_holiday(D(2026, 12, 25)) == "Christmas Day"  # Friday
    assert wd.bank_holiday(D(2026, 12, 28)) == "Boxing Day (observed)"  # Monday
    assert not wd.is_working_day(D(2026, 12, 28))
    assert wd.is_working_day(D(2026, 12, 29))


def test_working_days():
    assert wd.is_working_day(D(2026, 6, 16))  # an ordinary Tuesday
    assert not wd.is_working_day(D(2026, 6, 13))  # Saturday
    assert not wd.is_working_day(D(2026, 6, 14))  # Sunday
    assert not wd.is_working_day(D(2026, 5, 4))  # early May bank holiday, a Monday


def test_holidays_are_built_once_per_year():
    wd.bank_holiday(D(2031, 1, 1))
    before = wd._bank_holidays.cache_info()
    for day in range(1, 29):
        wd.bank_holiday(D(2031, 2, day))
    after = wd._bank_holidays.cache_info()
    assert after.misses == before.misses
    assert after.hits == before.hits + 28


# --- next / previous / counting back -----------------------------------------------------

def test_next_and_previous_working_day_skip_christmas_2026():
    # Thu 24 Dec | Fri 25 BH, Sat 26, Sun 27, Mon 28 BH (observed) | Tue 29 Dec
    assert wd.next_working_day(D(2026, 12, 24)) == D(2026, 12, 29)
    assert wd.previous_working_day(D(2026, 12, 29)) == D(2026, 12, 24)
    # Thu 31 Dec | Fri 1 Jan BH, Sat 2, Sun 3 | Mon 4 Jan 2027
    assert wd.next_working_day(D(2026, 12, 31)) == D(2027, 1, 4)
    # strictly after / before, even from a working day
    assert wd.next_working_day(D(2026, 6, 16)) == D(2026, 6, 17)
    assert wd.previous_working_day(D(2026, 6, 16)) == D(2026, 6, 15)


def test_counting_back_never_counts_the_day_itself():
    assert wd.working_days_before(D(2026, 1, 14), 0) == D(2026, 1, 14)
    assert wd.working_days_before(D(2026, 1, 14), 1) == D(2026, 1, 13)
    # From Saturday 17 Jan 2026: Fri 16 is the first working day back.
    assert wd.working_days_before(D(2026, 1, 17), 1) == D(2026, 1, 16)
    # From Monday 19 Jan 2026: Fri 16 (1), Thu 15 (2).
    assert wd.working_days_before(D(2026, 1, 19), 2) == D(2026, 1, 15)
    with pytest.raises(ValueError):
        wd.working_days_before(D(2026, 1, 14), -1)


# --- report deadlines and publication dates ------------------------------------------------

def test_worked_example_publication_for_thursday_15_january_2026():
    # Clear days: Wed 14, Tue 13, Mon 12, Fri 9, Thu 8 → publish the working day before: Wed 7 Jan
    assert wd.publication_date(D(2026, 1, 15)) == D(2026, 1, 7)


def test_meeting_wednesday_14_january_2026():
    # Back 10: Tue 13 (1), Mon 12 (2), Fri 9 (3), Thu 8 (4), Wed 7 (5), Tue 6 (6), Mon 5 (7),
    # Fri 2 (8), [Thu 1 Jan BH], Wed 31 Dec (9), Tue 30 Dec (10)
    assert wd.report_deadline(D(2026, 1, 14)) == D(2025, 12, 30)
    # Clear days Tue 13, Mon 12, Fri 9, Thu 8, Wed 7 → publish Tue 6 Jan
    assert wd.publication_date(D(2026, 1, 14)) == D(2026, 1, 6)
    # The board's setting can differ: back 5 is Wed 7 Jan
    assert wd.report_deadline(D(2026, 1, 14), working_days=5) == D(2026, 1, 7)


def test_meeting_monday_5_january_2026():
    # Back 10: Fri 2 Jan (1), [Thu 1 BH], Wed 31 (2), Tue 30 (3), Mon 29 (4),
    # [Sun 28, Sat 27, Fri 26 BH, Thu 25 BH], Wed 24 (5), Tue 23 (6), Mon 22 (7),
    # Fri 19 (8), Thu 18 (9), Wed 17 Dec (10)
    assert wd.report_deadline(D(2026, 1, 5)) == D(2025, 12, 17)
    # Clear days Fri 2, Wed 31, Tue 30, Mon 29, Wed 24 → publish Tue 23 Dec
    assert wd.publication_date(D(2026, 1, 5)) == D(2025, 12, 23)


def test_meeting_monday_4_january_2027_skips_the_substitute_boxing_day():
    # Back 10: [Sun 3, Sat 2, Fri 1 Jan BH], Thu 31 (1), Wed 30 (2), Tue 29 (3),
    # [Mon 28 BH (observed), Sun 27, Sat 26, Fri 25 BH], Thu 24 (4), Wed 23 (5),
    # Tue 22 (6), Mon 21 (7), Fri 18 (8), Thu 17 (9), Wed 16 Dec (10)
    assert wd.report_deadline(D(2027, 1, 4)) == D(2026, 12, 16)
    # Clear days Thu 31, Wed 30, Tue 29, Thu 24, Wed 23 → publish Tue 22 Dec
    assert wd.publication_date(D(2027, 1, 4)) == D(2026, 12, 22)


def test_meeting_thursday_9_april_2026_after_easter():
    # Back 10: Wed 8 (1), Tue 7 (2), [Mon 6 BH, Sun 5, Sat 4, Fri 3 BH], Thu 2 (3), Wed 1 (4),
    # Tue 31 Mar (5), Mon 30 (6), Fri 27 (7), Thu 26 (8), Wed 25 (9), Tue 24 Mar (10)
    assert wd.report_deadline(D(2026, 4, 9)) == D(2026, 3, 24)
    # Clear days Wed 8, Tue 7, Thu 2, Wed 1, Tue 31 → publish Mon 30 Mar
    assert wd.publication_date(D(2026, 4, 9)) == D(2026, 3, 30)


def test_meeting_tuesday_6_april_2027_after_easter():
    # Back 10: Mon 5 Apr (1), Fri 2 (2), Thu 1 (3), Wed 31 Mar (4), Tue 30 (5),
    # [Mon 29 BH, Sun 28, Sat 27, Fri 26 BH], Thu 25 (6), Wed 24 (7), Tue 23 (8),
    # Mon 22 (9), Fri 19 Mar (10)
    assert wd.report_deadline(D(2027, 4, 6)) == D(2027, 3, 19)
    # Clear days Mon 5, Fri 2, Thu 1, Wed 31, Tue 30 → publish Thu 25 Mar
    assert wd.publication_date(D(2027, 4, 6)) == D(2027, 3, 25)


def test_meeting_monday_11_may_2026_after_the_early_may_bank_holiday():
    # Back 10: Fri 8 (1), Thu 7 (2), Wed 6 (3), Tue 5 (4), [Mon 4 BH], Fri 1 May (5),
    # Thu 30 Apr (6), Wed 29 (7), Tue 28 (8), Mon 27 (9), Fri 24 Apr (10)
    assert wd.report_deadline(D(2026, 5, 11)) == D(2026, 4, 24)
    # Clear days Fri 8, Thu 7, Wed 6, Tue 5, Fri 1 → publish Thu 30 Apr
    assert wd.publication_date(D(2026, 5, 11)) == D(2026, 4, 30)


def test_meeting_thursday_28_may_2026_after_the_spring_bank_holiday():
    # Back 10: Wed 27 (1), Tue 26 (2), [Mon 25 BH], Fri 22 (3), Thu 21 (4), Wed 20 (5),
    # Tue 19 (6), Mon 18 (7), Fri 15 (8), Thu 14 (9), Wed 13 May (10)
    assert wd.report_deadline(D(2026, 5, 28)) == D(2026, 5, 13)
    # Clear days Wed 27, Tue 26, Fri 22, Thu 21, Wed 20 → publish Tue 19 May
    assert wd.publication_date(D(2026, 5, 28)) == D(2026, 5, 19)


def test_meeting_in_a_plain_june_week():
    # No bank holidays: 10 working days back from Wed 17 Jun is exactly two weeks, Wed 3 Jun
    assert wd.report_deadline(D(2026, 6, 17)) == D(2026, 6, 3)
    # Clear days Tue 16, Mon 15, Fri 12, Thu 11, Wed 10 → publish Tue 9 Jun
    assert wd.publication_date(D(2026, 6, 17)) == D(2026, 6, 9)


def test_publication_date_is_the_latest_day_giving_enough_clear_days():
    """Cross-check by brute force for every meeting day from 2025 to 2027."""
    def clear_between(start: dt.date, end: dt.date) -> int:
        return sum(wd.is_working_day(start + dt.timedelta(days=i)) for i in range(1, (end - start).days))

    day = D(2025, 1, 1)
    while day <= D(2027, 12, 31):
        published = wd.publication_date(day)
        assert wd.is_working_day(published)
        assert clear_between(published, day) == 5, day
        assert clear_between(wd.next_working_day(published), day) < 5, day
        day += dt.timedelta(days=1)


# --- clash warnings ------------------------------------------------------------------------

def test_warns_about_a_bank_holiday():
    assert wd.clash_warnings(D(2026, 5, 25)) == ["Monday 25 May 2026 is a bank holiday (Spring Bank Holiday)"]


def test_warns_about_a_weekend():
    assert wd.clash_warnings(D(2026, 1, 17)) == ["Saturday 17 January 2026 is at the weekend"]


def test_a_weekend_bank_holiday_gets_both_warnings():
    assert wd.clash_warnings(D(2026, 12, 26)) == ["Saturday 26 December 2026 is a bank holiday (Boxing Day)",
                                                  "Saturday 26 December 2026 is at the weekend"]


def test_an_ordinary_tuesday_has_no_warnings():
    assert wd.clash_warnings(D(2026, 6, 16)) == []
