"""Attendance on a real store: the sheet laid out from whoever held a seat on the meeting's
day, the quorum worked out live as members are marked, online members, substitutes, the
refusals (each leaving the database file as it was), and attendance rates over a municipal
year.

The board is built here, person by person, on the seeded seats; the quorum needed is counted
from the seats table in the test, and the rates are tallied by hand from the scenario.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import settled_sha256
from sqlmodel import select

from cpo_desktop.model.enums import AttendanceStatus as S
from cpo_desktop.model.enums import SeatCategory
from cpo_desktop.model.tables import Attendance, Seat
from cpo_desktop.services import attendance, meetings, register
from cpo_desktop.services.attendance import AttendanceError, Mark
from cpo_desktop.services.meetings import MeetingInput

D = dt.date
T = dt.time

CHAIR = "Chair – Lead Member for Children, Schools and Families"
VICE = "Vice Chair – Deputy Leader, Sefton Council"
EM1, EM2, EM3 = "Elected Member (1)", "Elected Member (2)", "Elected Member (3)"
ADVISOR = "Executive Director, Children's Social Care & Education, Sefton Council"  # the Senior Advisor: no vote, does not count
COUNCIL_OFFICERS = [  # listed members: they vote (the seed's rule, the board's to confirm)
    "Chief Executive, Sefton Council",
    "Assistant Director, Corporate Parenting & Care Experienced Services, Sefton Council",
    "Head of Service, Cared For and Care Experienced Services, Sefton Council",
    "Participation Officer, Sefton Council",
    "Assistant Director (DASS), Adult Social Care and Health, Sefton Council",
    "Strategic Housing Lead, Sefton Council",
]
FOSTER = "Foster Carer, Sefton Foster Carer Association"
YP1 = "Care Experienced Young Person (1)"
# Voting seats held by partners (not elected members), in the seats' order.
PARTNERS = [
    "Designated Nurse, Cared for Children, Merseyside and Cheshire NHS (Sefton Borough)",
    "Superintendent, Merseyside Police",
    "Consultant Clinical Lead, Sefton CAMHS, Alder Hey NHS Trust",
    "Strategic Lead, Children and Families, Sefton CVS",
    "Service Manager, Sefton Career Connect",
    "Chief Executive, One Vision Housing",
    "Partnership Manager, DWP",
]


# --- building a board -----------------------------------------------------------------------------

def add_person(store, first: str, surname: str, **kw) -> int:
    return register.add_person(store, register.PersonInput(first_name=first, surname=surname, **kw))


def seat(store, title: str) -> Seat:
    with store.session() as session:
        return session.exec(select(Seat).where(Seat.title == title)).one()


def appoint(store, first: str, surname: str, seat_title: str, start: dt.date, end: dt.date | None = None,
            **kw) -> int:
    pid = add_person(store, first, surname, **kw)
    register.appoint(store, pid, seat(store, seat_title).id, start, end=end)
    return pid


def add_meeting(store, day: dt.date, *, held_on: dt.date | None = None) -> int:
    mid, _ = meetings.add_meeting(store, MeetingInput(day, T(14, 0)), anyway=True)
    if held_on is not None:
        meetings.set_status(store, mid, "held", today=held_on)
    return mid


def rows_by_person(sheet) -> dict[int, attendance.AttendanceRow]:
    return {r.person_id: r for r in sheet.rows}


def mark(store, meeting_id: int, person_id: int, status: str, **kw) -> None:
    attendance.record(store, meeting_id, [Mark(person_id, status, **kw)])


def stored_marks(store, meeting_id: int) -> dict[int, tuple[str, int | None]]:
    with store.session() as session:
        return {a.person_id: (a.status, a.substitute_for_id)
                for a in session.exec(select(Attendance).where(Attendance.meeting_id == meeting_id))}


# --- the sheet ------------------------------------------------------------------------------------

def test_the_sheet_lists_whoever_held_a_seat_on_the_meetings_day(store):
    june = add_meeting(store, D(2026, 6, 10))
    august = add_meeting(store, D(2026, 8, 12))
    chair = appoint(store, "Angela", "Mensah", CHAIR, D(2025, 5, 21), title="Cllr")
    later = appoint(store, "Brian", "Walsh", EM1, D(2026, 7, 1), title="Cllr")  # after June
    gone = appoint(store, "Colette", "Farrell", EM2, D(2024, 5, 1), D(2026, 5, 31))  # ended before June
    successor = appoint(store, "Derek", "Ashworth", EM2, D(2026, 6, 1))
    ends_that_day = appoint(store, "Erin", "Hale", EM3, D(2024, 5, 1), D(2026, 6, 10))
    starts_that_day = appoint(store, "Fay", "Okafor", FOSTER, D(2026, 6, 10))
    guest = add_person(store, "Gill", "Marsh", job_title="Quality lead")  # no seat at all

    sheet = attendance.load(store, june)
    assert [r.person_id for r in sheet.rows] == [chair, successor, ends_that_day, starts_that_day]  # seats' order
    assert not {later, gone, guest} & set(rows_by_person(sheet))
    for r in sheet.rows:
        assert (r.member, r.recorded, r.status, r.status_label) == (True, False, "", "Not recorded")
    chair_row = rows_by_person(sheet)[chair]
    assert (chair_row.name, chair_row.seat, chair_row.category) == ("Cllr Angela Mensah", CHAIR, "elected_member")

    aug = rows_by_person(attendance.load(store, august))
    assert later in aug and successor in aug and chair in aug and starts_that_day in aug
    assert ends_that_day not in aug and gone not in aug

    # Marking someone, then appointing to a seat held from before the meeting: the sheet is laid
    # out again on every read, so the new holder appears, not recorded.
    mark(store, june, chair, S.PRESENT)
    late_entry = appoint(store, "Hal", "Price", VICE, D(2026, 1, 1))
    again = rows_by_person(attendance.load(store, june))
    assert again[chair].status == S.PRESENT and again[chair].recorded
    assert again[late_entry].status == "" and not again[late_entry].recorded


def test_someone_holding_two_seats_is_listed_once_and_young_people_by_first_name_in_public(store):
    june = add_meeting(store, D(2026, 6, 10))
    both = appoint(store, "Angela", "Mensah", CHAIR, D(2025, 5, 21), title="Cllr")
    register.appoint(store, both, seat(store, EM1).id, D(2025, 5, 21))
    young = appoint(store, "Kayden", "Lowe", YP1, D(2025, 2, 1), is_young_person=True)
    sheet = attendance.load(store, june)
    assert [r.person_id for r in sheet.rows] == [both, young]
    assert rows_by_person(sheet)[both].seat == CHAIR
    assert rows_by_person(sheet)[young].name == "Kayden Lowe"
    public = rows_by_person(attendance.load(store, june, public=True))
    assert public[young].name == "Kayden" and public[young].young_person
    assert public[both].name == "Cllr Angela Mensah"


# --- the quorum -----------------------------------------------------------------------------------

def quorum_board(store):
    """One elected member (the Chair), seven partners in voting seats, the non-voting Senior
    Advisor, and voting seats taken off the board (former: the SAPH seat and the council officers'
    seats): they must not count."""
    with store.session() as session:
        for retired in session.exec(select(Seat).where(Seat.title.in_(
                ["Representative, Sefton Association Primary Heads (SAPH)", *COUNCIL_OFFICERS]))):
            retired.former = True
    meeting = add_meeting(store, D(2026, 6, 10))
    chair = appoint(store, "Angela", "Mensah", CHAIR, D(2025, 5, 21), title="Cllr")
    partners = [appoint(store, f"Partner{n}", f"Member{n}", title, D(2025, 1, 1)) for n, title in enumerate(PARTNERS)]
    chief = appoint(store, "Graham", "Whitfield", ADVISOR, D(2020, 1, 1))
    with store.session() as session:
        voting = sum(1 for s in session.exec(select(Seat)) if s.voting and s.counts_towards_quorum and not s.former)
    needed = max(3, -(-voting // 3))
    return meeting, chair, partners, chief, voting, needed


def test_the_quorum_is_met_exactly_when_enough_voting_members_and_an_elected_member_are_there(store):
    meeting, chair, partners, chief, voting, needed = quorum_board(store)
    assert needed <= len(partners)  # the partners alone can make up the numbers
    sheet = attendance.load(store, meeting)
    assert (sheet.quorum.voting_seats, sheet.quorum.required, sheet.quorum.present) == (voting, needed, 0)
    assert not sheet.quorum.met

    # The Senior Advisor has no vote: present, and nothing changes.
    mark(store, meeting, chief, S.PRESENT)
    assert attendance.load(store, meeting).quorum.present == 0

    # Partners one by one: the count goes up, but without an elected member there is no quorum.
    for n, pid in enumerate(partners, start=1):
        mark(store, meeting, pid, S.PRESENT)
        q = attendance.load(store, meeting).quorum
        assert (q.present, q.elected_present, q.met) == (n, 0, False)
    # The Chair arrives: quorate.
    mark(store, meeting, chair, S.PRESENT)
    q = attendance.load(store, meeting).quorum
    assert (q.present, q.elected_present, q.met) == (len(partners) + 1, 1, True)

    # The other way round: the Chair first, then partners; quorate exactly at the count needed.
    for pid in partners:
        mark(store, meeting, pid, "")  # cleared: not recorded
    assert attendance.load(store, meeting).quorum.present == 1
    for n, pid in enumerate(partners, start=1):
        mark(store, meeting, pid, S.PRESENT)
        q = attendance.load(store, meeting).quorum
        assert q.present == n + 1
        assert q.met is (n + 1 >= needed), (n, q)


def test_members_joining_online_count_only_when_the_rule_says_so(store):
    meeting, chair, partners, _, _, needed = quorum_board(store)
    attendance.record(store, meeting, [Mark(chair, S.REMOTE)] + [Mark(p, S.PRESENT) for p in partners[:needed - 1]])
    q = attendance.load(store, meeting).quorum
    assert (q.present, q.elected_present, q.met) == (needed - 1, 0, False)
    assert not attendance.get_quorum_rule(store).count_remote

    rule = attendance.set_quorum_rule(store, count_remote=True)
    assert rule.count_remote and attendance.get_quorum_rule(store).count_remote
    q = attendance.load(store, meeting).quorum
    assert (q.present, q.elected_present, q.met) == (needed, 1, True)

    attendance.set_quorum_rule(store, count_remote=False)
    assert not attendance.load(store, meeting).quorum.met


def test_the_quorum_rule_is_a_setting_checked_before_anything_is_saved(store):
    meeting, chair, partners, _, voting, _ = quorum_board(store)
    rule = attendance.set_quorum_rule(store, fraction="1/2", minimum=4, elected=2)
    assert (rule.fraction.numerator, rule.fraction.denominator, rule.minimum, rule.elected) == (1, 2, 4, 2)
    assert attendance.load(store, meeting).quorum.required == max(4, -(-voting // 2))
    before = settled_sha256(store)
    with pytest.raises(AttendanceError) as err:
        attendance.set_quorum_rule(store, fraction="3/2", minimum=0, elected=2)
    assert "no more than all" in str(err.value) and "minimum" in str(err.value)
    assert settled_sha256(store) == before
    assert attendance.get_quorum_rule(store).minimum == 4


def test_a_substitute_counts_for_the_members_voting_seat(store):
    meeting, chair, partners, chief, _, needed = quorum_board(store)
    sub = add_person(store, "Brian", "Walsh", title="Cllr")
    deputy = add_person(store, "Dee", "Okoro")
    attendance.record(store, meeting, [Mark(p, S.PRESENT) for p in partners[:needed - 1]])
    assert not attendance.load(store, meeting).quorum.met

    mark(store, meeting, sub, S.SUBSTITUTE, substitute_for_id=chair)
    sheet = attendance.load(store, meeting)
    rows = rows_by_person(sheet)
    # The member who sent a substitute has sent apologies; the substitute sits in their seat.
    assert rows[chair].status == S.APOLOGIES and rows[chair].substituted_by == "Cllr Brian Walsh"
    s = rows[sub]
    assert (s.member, s.voting, s.seat, s.category, s.substitute_for_id, s.substitute_for) == (
        False, True, CHAIR, "elected_member", chair, "Cllr Angela Mensah")
    assert (sheet.quorum.present, sheet.quorum.elected_present, sheet.quorum.met) == (needed, 1, True)
    assert stored_marks(store, meeting)[chair] == (S.APOLOGIES, None)

    # A substitute for a member without a vote does not count.
    mark(store, meeting, deputy, S.SUBSTITUTE, substitute_for_id=chief)
    after = attendance.load(store, meeting)
    assert not rows_by_person(after)[deputy].voting
    assert after.quorum.present == needed


def test_mark_everyone_marks_only_the_members_not_yet_recorded(store):
    meeting, chair, partners, chief, _, _ = quorum_board(store)
    mark(store, meeting, partners[0], S.APOLOGIES)
    n = attendance.mark_everyone(store, meeting)
    assert n == 1 + len(partners) - 1 + 1  # the Chair, the other partners, the Chief Executive
    marks = stored_marks(store, meeting)
    assert marks[partners[0]] == (S.APOLOGIES, None)
    assert all(marks[p] == (S.PRESENT, None) for p in [chair, chief, *partners[1:]])
    assert attendance.mark_everyone(store, meeting) == 0


# --- refusals -------------------------------------------------------------------------------------

def test_refusals_save_nothing(store):
    meeting, chair, partners, chief, _, _ = quorum_board(store)
    outsider = add_person(store, "Olive", "Stranger")
    sub, sub2 = add_person(store, "Brian", "Walsh"), add_person(store, "Cara", "Diaz")
    mark(store, meeting, partners[0], S.PRESENT)
    mark(store, meeting, sub, S.SUBSTITUTE, substitute_for_id=partners[1])

    def refused(marks: list[Mark], *fragments: str) -> None:
        before = settled_sha256(store)
        stored = stored_marks(store, meeting)
        with pytest.raises(AttendanceError) as err:
            attendance.record(store, meeting, marks)
        for fragment in fragments:
            assert fragment in str(err.value)
        assert settled_sha256(store) == before
        assert stored_marks(store, meeting) == stored

    # Member statuses are for members: someone with no seat that day is a substitute or a guest.
    for status in (S.PRESENT, S.REMOTE, S.APOLOGIES, S.ABSENT):
        refused([Mark(outsider, status)], "Olive Stranger did not hold a seat on 10/06/2026")
    refused([Mark(outsider, S.SUBSTITUTE)], "Say whom Olive Stranger substituted for")
    refused([Mark(outsider, S.SUBSTITUTE, substitute_for_id=sub2)], "can only substitute for someone who held a seat")
    refused([Mark(outsider, S.SUBSTITUTE, substitute_for_id=partners[0])], "is marked present, so needs no substitute")
    refused([Mark(outsider, S.SUBSTITUTE, substitute_for_id=partners[1])], "Brian Walsh is already the substitute")
    refused([Mark(partners[2], S.SUBSTITUTE, substitute_for_id=partners[3])], "held a seat of their own")
    refused([Mark(partners[1], S.PRESENT)], "Brian Walsh is recorded as", "change the substitute first")
    refused([Mark(partners[1], S.REMOTE)], "Brian Walsh is recorded as")
    refused([Mark(chair, "late")], "“late” is not an attendance status")
    refused([Mark(987654, S.PRESENT)], "no person with id 987654")
    # One transaction: a good mark before a bad one is not saved either.
    refused([Mark(chair, S.PRESENT), Mark(outsider, S.PRESENT)], "did not hold a seat")
    assert chair not in stored_marks(store, meeting)

    cancelled = add_meeting(store, D(2026, 8, 12))
    meetings.set_status(store, cancelled, "cancelled", reason="No quorum expected", today=D(2026, 7, 1))
    before = settled_sha256(store)
    with pytest.raises(AttendanceError, match="was cancelled"):
        attendance.record(store, cancelled, [Mark(chair, S.PRESENT)])
    assert settled_sha256(store) == before


def test_a_member_who_sent_a_substitute_is_not_absent_without_apologies(store):
    meeting, chair, partners, _, _, _ = quorum_board(store)
    sub = add_person(store, "Brian", "Walsh")
    mark(store, meeting, chair, S.ABSENT)
    try:
        mark(store, meeting, sub, S.SUBSTITUTE, substitute_for_id=chair)
    except AttendanceError:
        return  # refusing is as good as turning the absence into apologies
    sheet = attendance.load(store, meeting)
    assert chair not in [r.person_id for r in sheet.absent_without_apologies]


# --- rates ----------------------------------------------------------------------------------------

def test_attendance_rates_over_a_municipal_year(store):
    """2026/27: three meetings held (June, August, October), December planned. April 2026 is
    in 2025/26. Tallies worked out by hand:

        Alice (Chair)        Jun present, Aug online, Oct apologies         3 expected, 2 present
        Bob (EM1 from Jul)   Aug absent, Oct present                        2 expected, 1 present
        Carol (EM2 to Sep,   Jun apologies + substitute, Aug not recorded,  3 expected, 1 present
               EM3 from Oct) Oct present
        Dan (Foster carer)   Jun, Aug, Oct present (April 2026 apologies)   3 expected, 3 present
        Erin (Vice Chair from November: no meeting held since)             not listed
        Sam (substitute, no seat)                                           not listed
    """
    today = D(2026, 11, 23)
    april = add_meeting(store, D(2026, 4, 8), held_on=today)
    june = add_meeting(store, D(2026, 6, 10), held_on=today)
    august = add_meeting(store, D(2026, 8, 12), held_on=today)
    october = add_meeting(store, D(2026, 10, 14), held_on=today)
    december = add_meeting(store, D(2026, 12, 9))  # planned
    alice = appoint(store, "Alice", "Adams", CHAIR, D(2025, 5, 1))
    bob = appoint(store, "Bob", "Brown", EM1, D(2026, 7, 1))
    carol = appoint(store, "Carol", "Clark", EM2, D(2025, 5, 1), D(2026, 9, 30))
    register.appoint(store, carol, seat(store, EM3).id, D(2026, 10, 1))
    dan = appoint(store, "Dan", "Dyer", FOSTER, D(2025, 5, 1))
    erin = appoint(store, "Erin", "Evans", VICE, D(2026, 11, 1))
    sam = add_person(store, "Sam", "Sub")

    attendance.record(store, april, [Mark(alice, S.PRESENT), Mark(carol, S.ABSENT), Mark(dan, S.APOLOGIES)])
    attendance.record(store, june, [Mark(alice, S.PRESENT), Mark(dan, S.PRESENT),
                                    Mark(sam, S.SUBSTITUTE, substitute_for_id=carol)])
    attendance.record(store, august, [Mark(alice, S.REMOTE), Mark(bob, S.ABSENT), Mark(dan, S.PRESENT)])
    attendance.record(store, october, [Mark(alice, S.APOLOGIES), Mark(bob, S.PRESENT), Mark(carol, S.PRESENT),
                                       Mark(dan, S.PRESENT)])
    attendance.record(store, december, [Mark(alice, S.ABSENT), Mark(erin, S.ABSENT)])  # not held: not counted

    label, rows = attendance.rates(store, 2026)
    assert label == "2026/27"
    got = {r.person_id: (r.expected, r.present, r.apologies, r.substituted, r.absent, r.not_recorded, r.rate_text)
           for r in rows}
    assert got == {
        alice: (3, 2, 1, 0, 0, 0, "67%"),
        bob: (2, 1, 0, 0, 1, 0, "50%"),
        carol: (3, 1, 1, 1, 0, 1, "33%"),
        dan: (3, 3, 0, 0, 0, 0, "100%"),
    }
    by = {r.person_id: r for r in rows}
    assert by[carol].seats == f"{EM2}; {EM3}"
    assert by[alice].rate == pytest.approx(2 / 3)
    assert sam not in got and erin not in got

    # The year before: only April, where Carol was absent and Dan sent apologies.
    _, before = attendance.rates(store, 2025)
    assert {r.person_id: (r.expected, r.present, r.apologies, r.absent) for r in before} == {
        alice: (1, 1, 0, 0), carol: (1, 0, 0, 1), dan: (1, 0, 1, 0)}


def test_attendance_rates_are_in_the_seats_order(store):
    today = D(2026, 11, 23)
    june = add_meeting(store, D(2026, 6, 10), held_on=today)
    august = add_meeting(store, D(2026, 8, 12), held_on=today)
    dan = appoint(store, "Dan", "Dyer", FOSTER, D(2025, 5, 1))
    bob = appoint(store, "Bob", "Brown", EM1, D(2026, 7, 1))  # Elected Member (1) sorts before the foster carer
    attendance.record(store, june, [Mark(dan, S.PRESENT)])
    attendance.record(store, august, [Mark(dan, S.PRESENT), Mark(bob, S.PRESENT)])
    assert seat(store, EM1).sort_order < seat(store, FOSTER).sort_order
    _, rows = attendance.rates(store, 2026)
    assert [r.person_id for r in rows] == [bob, dan]


def test_categories_of_the_seats_used_here_are_as_the_seed_says(store):
    """The scenario above leans on these: guard them so a change to the seed shows up here."""
    assert seat(store, CHAIR).category == SeatCategory.ELECTED_MEMBER and seat(store, CHAIR).voting
    assert not seat(store, ADVISOR).voting and not seat(store, ADVISOR).counts_towards_quorum
    assert all(seat(store, t).voting and seat(store, t).category == SeatCategory.COUNCIL_OFFICER
               for t in COUNCIL_OFFICERS)
    assert all(seat(store, t).voting and seat(store, t).category != SeatCategory.ELECTED_MEMBER for t in PARTNERS)
