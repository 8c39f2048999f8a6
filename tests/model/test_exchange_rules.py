"""When minutes are owed to and from partner boards: the pure rules, and the working-day counting
they stand on (``working_days_after``, ``working_days_between``). Expected dates are counted by
hand in the comments, against England's bank holidays."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.model import working_days as wd

D = dt.date


# --- working_days_after ---------------------------------------------------------------------------

def test_ten_working_days_after_wednesday_17_december_2025_is_monday_5_january_2026():
    # Thu 18 (1), Fri 19 (2), Mon 22 (3), Tue 23 (4), Wed 24 (5); Christmas Day and Boxing Day;
    # Mon 29 (6), Tue 30 (7), Wed 31 (8); New Year's Day; Fri 2 Jan (9); Mon 5 Jan (10).
    assert wd.working_days_after(D(2025, 12, 17), 10) == D(2026, 1, 5)


def test_counting_on_over_easter_2026_skips_good_friday_and_easter_monday():
    # Confirmed Wed 1 Apr: Thu 2 (1); Good Friday 3 Apr, the weekend, Easter Monday 6 Apr; Tue 7 (2), Wed 8 (3).
    assert wd.working_days_after(D(2026, 4, 1), 1) == D(2026, 4, 2)
    assert wd.working_days_after(D(2026, 4, 1), 2) == D(2026, 4, 7)
    assert wd.working_days_after(D(2026, 4, 1), 3) == D(2026, 4, 8)
    # ... and ten: Thu 2, Tue 7, Wed 8, Thu 9, Fri 10, Mon 13, Tue 14, Wed 15, Thu 16, Fri 17.
    assert wd.working_days_after(D(2026, 4, 1), 10) == D(2026, 4, 17)


def test_christmas_2026_with_boxing_day_observed_on_monday_28_december():
    # Wed 9 Dec 2026: 10, 11, 14, 15, 16, 17, 18, 21, 22, 23 → Wed 23 Dec; then Thu 24 (11);
    # Christmas Day Fri 25, the weekend, Boxing Day (observed) Mon 28; Tue 29 (12).
    assert wd.working_days_after(D(2026, 12, 9), 10) == D(2026, 12, 23)
    assert wd.working_days_after(D(2026, 12, 9), 11) == D(2026, 12, 24)
    assert wd.working_days_after(D(2026, 12, 9), 12) == D(2026, 12, 29)


def test_the_start_day_never_counts_even_when_it_is_a_holiday_or_a_weekend():
    assert wd.working_days_after(D(2026, 4, 3), 1) == D(2026, 4, 7)  # from Good Friday
    assert wd.working_days_after(D(2026, 4, 4), 1) == D(2026, 4, 7)  # from the Saturday
    assert wd.working_days_after(D(2026, 6, 16), 1) == D(2026, 6, 17)  # an ordinary Tuesday
    assert wd.working_days_after(D(2026, 6, 13), 0) == D(2026, 6, 13)  # nought days: the day itself


def test_counting_on_a_negative_number_is_refused():
    with pytest.raises(ValueError, match="cannot count on -1 working days"):
        wd.working_days_after(D(2026, 6, 16), -1)


# --- working_days_between -------------------------------------------------------------------------

def test_working_days_between_counts_after_the_start_up_to_and_including_the_end():
    # Fri 19 Dec 2025 → Mon 5 Jan 2026: 22, 23, 24, 29, 30, 31 Dec, 2 and 5 Jan.
    assert wd.working_days_between(D(2025, 12, 19), D(2026, 1, 5)) == 8
    # Thu 2 Apr → Tue 7 Apr 2026: only the Tuesday (Good Friday, the weekend, Easter Monday).
    assert wd.working_days_between(D(2026, 4, 2), D(2026, 4, 7)) == 1
    assert wd.working_days_between(D(2026, 4, 2), D(2026, 4, 6)) == 0
    # Wed 28 Oct → Mon 23 Nov 2026: 29, 30 Oct, three full weeks and Mon 23 Nov.
    assert wd.working_days_between(D(2026, 10, 28), D(2026, 11, 23)) == 18


def test_working_days_between_is_nought_for_the_same_day_or_an_earlier_end():
    assert wd.working_days_between(D(2026, 6, 16), D(2026, 6, 16)) == 0
    assert wd.working_days_between(D(2026, 6, 16), D(2026, 6, 1)) == 0


days = st.dates(min_value=D(2024, 1, 1), max_value=D(2029, 12, 31))


@settings(max_examples=200, deadline=None, database=None)
@given(day=days, n=st.integers(0, 40))
def test_counting_on_n_working_days_and_counting_them_back_agree(day, n):
    after = wd.working_days_after(day, n)
    assert wd.working_days_between(day, after) == n
    if n:
        assert after > day and wd.is_working_day(after)
        # The day before the n-th working day holds only n - 1 of them.
        assert wd.working_days_between(day, after - dt.timedelta(days=1)) == n - 1


# --- our minutes, out -----------------------------------------------------------------------------

def test_send_by_is_the_number_of_working_days_after_confirmation():
    assert rules.send_by(D(2025, 12, 17), 10) == D(2026, 1, 5)
    assert rules.send_by(D(2026, 4, 1), 3) == D(2026, 4, 8)
    assert rules.send_by(D(2026, 10, 14), 10) == D(2026, 10, 28)  # no holiday in the way


def test_send_overdue_only_the_day_after_the_send_by_day():
    confirmed = D(2025, 12, 17)  # send by Mon 5 Jan 2026
    assert not rules.send_overdue(confirmed, None, D(2026, 1, 2), 10)
    assert not rules.send_overdue(confirmed, None, D(2026, 1, 5), 10)  # due today: not yet overdue
    assert rules.send_overdue(confirmed, None, D(2026, 1, 6), 10)
    # Over Easter: confirmed Wed 1 Apr 2026, 3 working days → Wed 8 Apr.
    assert not rules.send_overdue(D(2026, 4, 1), None, D(2026, 4, 8), 3)
    assert rules.send_overdue(D(2026, 4, 1), None, D(2026, 4, 9), 3)


def test_nothing_is_overdue_once_sent_or_before_confirmation():
    assert not rules.send_overdue(D(2025, 12, 17), D(2026, 2, 1), D(2026, 3, 1), 10)  # sent (late): not overdue
    assert not rules.send_overdue(None, None, D(2030, 1, 1), 10)  # not confirmed: nothing owed yet


def test_outgoing_status():
    assert rules.outgoing_status(None, None) == rules.AWAITING == "awaiting confirmation"
    assert rules.outgoing_status(D(2026, 10, 14), None) == rules.READY == "ready to send"
    assert rules.outgoing_status(D(2026, 10, 14), D(2026, 10, 20)) == rules.SENT == "sent"
    assert set(rules.STATUSES) == {"awaiting confirmation", "ready to send", "sent", "received", "noted",
                                   "nothing received"}


# --- their minutes, in ----------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2025, 10, 31), 4, D(2026, 2, 28)),  # 31 Oct + 4 → the last day of February
    (D(2027, 10, 31), 4, D(2028, 2, 29)),  # ... which in 2028, a leap year, is the 29th
    (D(2028, 2, 29), 12, D(2029, 2, 28)),  # a leap day a year on
    (D(2026, 8, 31), 1, D(2026, 9, 30)),
    (D(2026, 11, 15), 4, D(2027, 3, 15)),  # over the year's end
    (D(2026, 12, 31), 2, D(2027, 2, 28)),
    (D(2026, 1, 31), 24, D(2028, 1, 31)),
    (D(2026, 6, 28), 4, D(2026, 10, 28)),
    (D(2026, 6, 28), 0, D(2026, 6, 28)),
])
def test_add_months_keeps_the_day_or_clamps_it_to_the_end_of_a_shorter_month(day, months, expected):
    assert rules.add_months(day, months) == expected
    assert rules.receive_by(day, months) == expected


def test_a_partner_never_heard_from_is_overdue():
    assert rules.receive_overdue(None, D(2026, 11, 23), 4)


def test_receive_overdue_the_day_after_the_months_are_up():
    last = D(2026, 6, 28)  # expected by 28 Oct 2026
    assert not rules.receive_overdue(last, D(2026, 10, 27), 4)
    assert not rules.receive_overdue(last, D(2026, 10, 28), 4)
    assert rules.receive_overdue(last, D(2026, 10, 29), 4)
    # End of month: last 31 Oct 2025, 4 months → 28 Feb 2026; overdue from 1 March.
    assert not rules.receive_overdue(D(2025, 10, 31), D(2026, 2, 28), 4)
    assert rules.receive_overdue(D(2025, 10, 31), D(2026, 3, 1), 4)
