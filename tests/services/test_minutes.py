"""Minutes on a real store: laid out from the agenda, numbered per meeting or through the
municipal year (and frozen once confirmed), resolutions in the standard wording, deferral onto
a later agenda, the confirm-and-sign lifecycle with amendments, the lock on confirmed minutes,
and the register refusing to delete anyone who is part of the record.

The demo board (loaded as if today were 23 November 2026) has board meetings on 10/06, 12/08
and 14/10/2026, held, and 09/12/2026 to come; the June minutes are signed, August's confirmed
with an amendment, October's a draft (and the year before, 2025/26, all held and signed).
Expected numbers come from the agenda's own numbers and counts made here; "nothing saved" is
checked on the database file after a WAL checkpoint.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import settled_sha256, without_figures
from sqlmodel import select

from cpo_desktop.model.enums import AttendanceStatus, InterestKind, MinutesStatus
from cpo_desktop.model.tables import AgendaItem, Meeting, Membership, Person, Seat
from cpo_desktop.services import actions, agenda, attendance, meetings, minutes, register
from cpo_desktop.services import declarations, numbering, resolutions
from cpo_desktop.services.attendance import AttendanceError
from cpo_desktop.services.minutes import (
    Amendment,
    ConfirmAmendment,
    MinutesError,
    MinutesLocked,
)
from cpo_desktop.services.declarations import DeclarationInput
from cpo_desktop.services.resolutions import ResolutionInput

D = dt.date
T = dt.time
DEMO_TODAY = D(2026, 11, 23)
JUNE, AUGUST, OCTOBER, DECEMBER = 1, 2, 3, 4  # the demo's board meetings, by id
DECEMBER_DAY = D(2026, 12, 9)
OCTOBER_DAY = D(2026, 10, 14)


# --- helpers --------------------------------------------------------------------------------------

def minute(view: minutes.MinutesView, title_start: str) -> minutes.MinuteRow:
    [row] = [r for r in view.minutes if r.title.startswith(title_start)]
    return row


def agenda_titles(store, meeting) -> list[str]:
    return [i.title for i in agenda.load_agenda(store, meeting, today=DEMO_TODAY).items]


def numbers_of(store, meeting) -> list[str]:
    return [r.number for r in minutes.load(store, meeting).minutes]


def agenda_numbers(store, meeting) -> list[str]:
    return [i.number for i in agenda.load_agenda(store, meeting, today=DEMO_TODAY).items]


def plan_2026(store) -> list[meetings.MeetingRow]:
    meetings.plan_year(store, 2026, anyway=True)
    return [m for m in meetings.list_meetings(store, year=2026) if m.kind == "board"]


def shifted(number: str, by: int, suffix: str) -> str:
    """'10a' moved on by 20 through the year: '30a/26'."""
    n, letters = re.fullmatch(r"(\d+)([a-z]*)", number).groups()
    return f"{int(n) + by}{letters}/{suffix}"


def top_level(numbers: list[str]) -> int:
    return sum(1 for n in numbers if n.isdigit())


def as_utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# --- laying out from the agenda -------------------------------------------------------------------

def test_minutes_are_laid_out_from_the_agenda(demo_store):
    items = agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
    assert any(i.sub_item for i in items) and any(i.part == 2 for i in items)  # the demo's 10a and Part 2
    assert minutes.load(demo_store, DECEMBER).status_text == "Not started"
    assert minutes.start(demo_store, DECEMBER) == len(items)
    view = minutes.load(demo_store, DECEMBER)
    assert view.started and view.status == MinutesStatus.DRAFT and not view.locked
    assert [(r.number, r.title, r.sub_item, r.part, r.exempt_paragraph, r.agenda_item_id) for r in view.minutes] == [
        (i.number, i.title, i.sub_item, i.part, i.exempt_paragraph, i.id) for i in items]
    for item, row in zip(items, view.minutes, strict=True):
        if item.presenter_seat_id:  # "Chair (Cllr …)": the same words on both
            assert row.presenter == item.presenter.removesuffix(" (vacant)"), item.title
        elif item.presenter_person_id:  # the agenda says "Name, role"; the minutes "role (Name)"
            name = item.presenter.removesuffix(f", {item.presenter_role}") if item.presenter_role else item.presenter
            assert row.presenter == (f"{item.presenter_role} ({name})" if item.presenter_role else name), item.title
            assert row.presenter_person_id == item.presenter_person_id
        else:
            assert row.presenter == item.presenter, item.title
    assert minute(view, "Matters arising").matters_arising
    assert sum(r.matters_arising for r in view.minutes) == 1

    # Run again: nothing new. An item added to the agenda since is laid out in its place.
    assert minutes.start(demo_store, DECEMBER) == 0
    agenda.add_item(demo_store, DECEMBER, agenda.ItemInput("Staying Put update", paper_expected=False), after="11")
    assert minutes.start(demo_store, DECEMBER) == 1
    new_items = agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
    assert [(r.number, r.title) for r in minutes.load(demo_store, DECEMBER).minutes] == [
        (i.number, i.title) for i in new_items]
    assert minute(minutes.load(demo_store, DECEMBER), "Staying Put").number == "12"


def test_a_meeting_without_an_agenda_or_cancelled_has_no_minutes(store):
    june, august, *_ = plan_2026(store)
    before = settled_sha256(store)
    with pytest.raises(MinutesError, match="has no agenda yet"):
        minutes.start(store, june.id)
    assert settled_sha256(store) == before
    agenda.create_agenda(store, august.id)
    meetings.set_status(store, august.id, "cancelled", reason="Election", today=D(2026, 7, 1))
    before = settled_sha256(store)
    with pytest.raises(MinutesError, match="was cancelled"):
        minutes.start(store, august.id)
    assert settled_sha256(store) == before


# --- numbering ------------------------------------------------------------------------------------

def test_per_meeting_numbers_are_the_agendas_numbers(store):
    june, august, *_ = plan_2026(store)
    for m in (june, august):
        agenda.create_agenda(store, m.id)
    agenda.add_item(store, june.id, agenda.ItemInput("Care leavers in EET", sub_item=True), after="10")
    agenda.add_item(store, june.id, agenda.ItemInput("NEET follow-up", sub_item=True), after="10a")
    minutes.start(store, june.id)
    minutes.start(store, august.id)
    june_numbers = agenda_numbers(store, june.id)
    assert "10a" in june_numbers and "10b" in june_numbers
    assert numbers_of(store, june.id) == june_numbers
    assert numbers_of(store, august.id) == agenda_numbers(store, august.id)
    assert numbers_of(store, august.id)[0] == "1"

    # With the agenda numbered on through the year, per-meeting minutes still follow it.
    from cpo_desktop.services import settings

    settings.set(store, numbering.CONTINUOUS_KEY, True)
    aug_agenda = agenda_numbers(store, august.id)
    assert aug_agenda[0] == str(top_level(june_numbers) + 1)
    assert numbers_of(store, august.id) == aug_agenda


def test_continuous_numbers_carry_on_through_the_year_with_the_year(store):
    june, august, *_ = plan_2026(store)
    for m in (june, august):
        agenda.create_agenda(store, m.id)
    agenda.add_item(store, june.id, agenda.ItemInput("Care leavers in EET", sub_item=True), after="10")
    for m in (june, august):
        minutes.start(store, m.id)
    forum, _ = meetings.add_meeting(store, meetings.MeetingInput(D(2026, 7, 15), T(17, 0), kind="young_peoples_forum"))
    agenda.create_agenda(store, forum)
    minutes.start(store, forum)
    june_agenda, aug_agenda = agenda_numbers(store, june.id), agenda_numbers(store, august.id)
    forum_numbers = numbers_of(store, forum)

    with pytest.raises(MinutesError, match="per_meeting"):
        minutes.set_numbering(store, "yearly")
    minutes.set_numbering(store, "continuous")
    assert numbers_of(store, june.id) == [f"{n}/26" for n in june_agenda]
    used = top_level(june_agenda)  # the sub-item takes no number of its own
    assert used == len(june_agenda) - 1
    assert numbers_of(store, august.id) == [shifted(n, used, "26") for n in aug_agenda]
    assert numbers_of(store, august.id)[0] == f"{used + 1}/26"
    assert numbers_of(store, forum) == forum_numbers  # a forum's minutes are its own

    minutes.set_numbering(store, "per_meeting")
    assert numbers_of(store, august.id) == aug_agenda


def test_numbers_are_frozen_when_the_minutes_are_confirmed(store):
    june, august, october, *_ = plan_2026(store)
    for m in (june, august):
        agenda.create_agenda(store, m.id)
        minutes.start(store, m.id)
    minutes.set_numbering(store, "continuous")
    used = top_level(agenda_numbers(store, june.id))
    assert numbers_of(store, august.id)[0] == f"{used + 1}/26"

    # While June is a draft, an item added to its minutes moves August's numbers on.
    agenda.add_item(store, june.id, agenda.ItemInput("Urgent item: Ofsted visit", paper_expected=False))
    minutes.start(store, june.id)
    used += 1
    assert numbers_of(store, august.id)[0] == f"{used + 1}/26"

    minutes.confirm(store, june.id, at=august.id, today=august.date)
    june_frozen = numbers_of(store, june.id)
    august_numbers = numbers_of(store, august.id)
    assert june_frozen == [f"{n}/26" for n in range(1, used + 1)]

    # Now nothing renumbers June, and August carries on from June's last number.
    agenda.add_item(store, june.id, agenda.ItemInput("Added after the event", paper_expected=False))
    with pytest.raises(MinutesLocked):
        minutes.start(store, june.id)
    assert numbers_of(store, june.id) == june_frozen
    assert numbers_of(store, august.id) == august_numbers
    minutes.set_numbering(store, "per_meeting")
    assert numbers_of(store, june.id) == june_frozen
    assert numbers_of(store, august.id) == agenda_numbers(store, august.id)
    minutes.set_numbering(store, "continuous")
    assert numbers_of(store, august.id) == august_numbers


def test_switching_the_scheme_leaves_confirmed_minutes_as_they_were(demo_store):
    signed, confirmed = numbers_of(demo_store, JUNE), numbers_of(demo_store, AUGUST)
    assert signed == [str(n) for n in range(1, len(signed) + 1)]
    minutes.set_numbering(demo_store, "continuous")
    assert numbers_of(demo_store, JUNE) == signed and numbers_of(demo_store, AUGUST) == confirmed
    # The draft October minutes carry on after June's and August's numbers.
    used = top_level(signed) + top_level(confirmed)
    october = numbers_of(demo_store, OCTOBER)
    assert october == [shifted(n, used, "26") for n in agenda_numbers(demo_store, OCTOBER)]


# --- resolutions ----------------------------------------------------------------------------------

def test_resolutions_in_the_standard_wording_or_the_boards_own(store):
    june, august, *_ = plan_2026(store)
    agenda.create_agenda(store, june.id)
    minutes.start(store, june.id)
    view = minutes.load(store, june.id)
    report = minute(view, "Performance report")  # a paper is expected: "the report"
    aob = minute(view, "Any other business")  # no paper: "the item"
    with store.session() as session:
        assert session.get(AgendaItem, report.agenda_item_id).paper_expected
        assert not session.get(AgendaItem, aob.agenda_item_id).paper_expected

    ids = [resolutions.add_resolution(store, report.id, ResolutionInput(kind))
           for kind in ("noted", "endorsed", "approved")]
    resolutions.add_resolution(store, report.id, ResolutionInput("other", text="resolved: officers report back in March"))
    resolutions.add_resolution(store, aob.id, ResolutionInput("noted"))
    resolutions.add_resolution(store, report.id, ResolutionInput("deferred", deferred_to=august.date.isoformat()))
    view = minutes.load(store, june.id)
    assert [(x.kind, x.text) for x in minute(view, "Performance report").resolutions] == [
        ("noted", "That the report be noted."),
        ("endorsed", "That the report be endorsed."),
        ("approved", "That the report be approved."),
        ("other", "That officers report back in March."),
        ("deferred", "That consideration of the report be deferred to the meeting on Wednesday 12 August 2026."),
    ]
    assert minute(view, "Performance report").resolutions[-1].deferred_to == august.date
    assert [x.text for x in minute(view, "Any other business").resolutions] == ["That the item be noted."]

    resolutions.update_resolution(store, ids[0], ResolutionInput("noted", text="the report and its appendix be noted"))
    resolutions.remove_resolution(store, ids[1])
    texts = [x.text for x in minute(minutes.load(store, june.id), "Performance report").resolutions]
    assert texts[:2] == ["That the report and its appendix be noted.", "That the report be approved."]

    before = settled_sha256(store)
    for data, why in ((ResolutionInput("other"), "own words needs its text"),
                      (ResolutionInput("other", text="   "), "own words needs its text"),
                      (ResolutionInput("postponed"), "not a kind of resolution"),
                      (ResolutionInput("deferred"), "Say which later meeting")):
        with pytest.raises(MinutesError, match=why):
            resolutions.add_resolution(store, report.id, data)
    with pytest.raises(MinutesError, match="no minute with id"):
        resolutions.add_resolution(store, 10**6, ResolutionInput("noted"))
    assert settled_sha256(store) == before


def test_own_wording_of_just_resolved_is_refused(store):
    june, *_ = plan_2026(store)
    agenda.create_agenda(store, june.id)
    minutes.start(store, june.id)
    report = minute(minutes.load(store, june.id), "Performance report")
    with pytest.raises(MinutesError, match="needs its wording"):
        resolutions.add_resolution(store, report.id, ResolutionInput("other", text="RESOLVED:"))


# --- deferral -------------------------------------------------------------------------------------

def test_a_deferred_item_goes_on_the_later_agenda_and_comes_off_with_its_resolution(demo_store):
    # The demo deferred the Youth Ambassadors' report from October to December, where it is the
    # one Youth Ambassadors' item, marked as deferred (issue 19, point 5).
    youth = minute(minutes.load(demo_store, OCTOBER), "Youth Ambassadors")
    [deferral] = [x for x in youth.resolutions if x.kind == "deferred"]
    assert deferral.deferred_to == DECEMBER_DAY
    [carried] = [i for i in agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
                 if i.chair_notes and i.chair_notes.startswith("Deferred")]
    assert carried.title == youth.title
    assert carried.chair_notes == f"Deferred from the meeting on 14/10/2026 (minute {youth.number})."
    assert (carried.deferred_from, carried.deferred_label) == (OCTOBER_DAY, "deferred from 14 October 2026")
    assert agenda_titles(demo_store, DECEMBER).count(youth.title) == 1

    before = agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
    briefing = minute(minutes.load(demo_store, OCTOBER), "Director's briefing")
    res = resolutions.add_resolution(demo_store, briefing.id, ResolutionInput("deferred", deferred_to="09/12/2026"))
    [x] = [x for x in minute(minutes.load(demo_store, OCTOBER), "Director's briefing").resolutions if x.id == res]
    assert x.text == "That consideration of the item be deferred to the meeting on Wednesday 9 December 2026."
    after = agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
    note = f"Deferred from the meeting on 14/10/2026 (minute {briefing.number})."
    [new] = [i for i in after if i.chair_notes == note]
    assert (new.title, new.part, new.section) == (briefing.title, 1, "standing")
    # December's own briefing gives way to it: one briefing, in its place, nothing else moved.
    [own] = [i for i in before if i.title == briefing.title]
    assert [i.title for i in after] == [i.title for i in before]
    assert (new.number, new.standing_item_id, new.deferred_from) == (own.number, own.standing_item_id, OCTOBER_DAY)

    # Withdrawn, the deferral gives December its own briefing back, as the template makes it.
    resolutions.remove_resolution(demo_store, res)
    back = agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
    assert [i.title for i in back] == [i.title for i in before]
    [again] = [i for i in back if i.title == briefing.title]
    assert (again.number, again.standing_item_id, again.presenter, again.chair_notes, again.deferred_from) == (
        own.number, own.standing_item_id, own.presenter, None, None)

    # An item December does not have goes before any other business and before the Part 2 items.
    theme = minute(minutes.load(demo_store, OCTOBER), "Theme:")
    res = resolutions.add_resolution(demo_store, theme.id, ResolutionInput("deferred", deferred_to=DECEMBER))
    after = agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
    [new] = [i for i in after if i.title == theme.title]
    assert after.index(new) == [i.title for i in after].index("Any other business") - 1
    assert [i.part for i in after][-1] == 2
    assert len(after) == len(before) + 1

    # Changing a deferral into a plain resolution takes the item off the later agenda too.
    resolutions.update_resolution(demo_store, res, ResolutionInput("noted"))
    assert agenda_titles(demo_store, DECEMBER) == [i.title for i in before]


def test_a_deferred_standing_item_is_one_item_at_the_later_meeting_and_its_author_is_chased_once(demo_store):
    """Issue 19, point 5: October's performance report, its paper still to follow, deferred to
    December, whose agenda has a performance report of its own: one item there, the same item
    (its presenter, the paper still to follow), in the standing item's place, marked "deferred
    from 14 October 2026"; the chase list asks its author once."""
    without_figures(demo_store)  # (with figures, December's report is the pack's to make: nobody to chase)
    october = {i.title: i for i in agenda.load_agenda(demo_store, OCTOBER, today=DEMO_TODAY).items}
    report = october["Performance report"]
    for paper in report.papers:
        agenda.remove_paper(demo_store, paper.id)
    agenda.set_to_follow(demo_store, report.id)
    before = agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
    [own] = [i for i in before if i.title == "Performance report"]
    assert own.deferred_from is None and own.standing_item_id

    row = minute(minutes.load(demo_store, OCTOBER), "Performance report")
    resolutions.add_resolution(demo_store, row.id, ResolutionInput("deferred", deferred_to=DECEMBER))
    after = agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
    [item] = [i for i in after if i.title == "Performance report"]
    assert [i.title for i in after] == [i.title for i in before]
    assert item.id != own.id and item.number == own.number and item.standing_item_id == own.standing_item_id
    assert (item.presenter, item.presenter_seat_id, item.presenter_person_id, item.author_email) == (
        report.presenter, report.presenter_seat_id, report.presenter_person_id, report.author_email)
    assert (item.paper_expected, item.to_follow, item.papers) == (True, True, ())
    assert item.deferred_label == "deferred from 14 October 2026"
    assert after[after.index(item) + 1].sub_item  # December's sub-item on care leavers still under it

    from cpo_desktop.services import chase

    chased = [r for r in chase.chase_list(demo_store, today=DEMO_TODAY, meeting=DECEMBER)
              if r.email == report.author_email]
    assert [(r.item_id, r.title) for r in chased] == [(item.id, "Performance report")]


def test_a_deferred_item_brings_its_paper_and_takes_the_one_sent_for_the_standing_item(demo_store):
    """The same report comes back with the item (received, so not chased again); a paper already
    sent in for the standing item it replaces stays, under it; withdrawing the deferral takes the
    copy away and gives the paper back to the standing item."""
    october = {i.title: i for i in agenda.load_agenda(demo_store, OCTOBER, today=DEMO_TODAY).items}
    offer = october["Local Offer for Care Experienced Young People"]
    before = agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items
    [own] = [i for i in before if i.title == offer.title]
    assert offer.papers and own.papers and {p.sha256 for p in offer.papers}.isdisjoint(p.sha256 for p in own.papers)

    row = minute(minutes.load(demo_store, OCTOBER), "Local Offer")
    res = resolutions.add_resolution(demo_store, row.id, ResolutionInput("deferred", deferred_to=DECEMBER))
    [item] = [i for i in agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items if i.title == offer.title]
    assert sorted(p.sha256 for p in item.papers) == sorted(p.sha256 for p in own.papers + offer.papers)
    assert item.state == "received"
    assert agenda.load_agenda(demo_store, OCTOBER, today=DEMO_TODAY).item(offer.number).papers == offer.papers

    resolutions.remove_resolution(demo_store, res)
    [back] = [i for i in agenda.load_agenda(demo_store, DECEMBER, today=DEMO_TODAY).items if i.title == offer.title]
    assert [p.sha256 for p in back.papers] == [p.sha256 for p in own.papers] and back.deferred_from is None
    assert agenda_titles(demo_store, DECEMBER) == [i.title for i in before]


def test_deferral_to_a_meeting_that_is_not_later_or_not_there_is_refused(demo_store):
    briefing = minute(minutes.load(demo_store, OCTOBER), "Director's briefing")
    with demo_store.session() as session:
        february = session.exec(select(Meeting).where(Meeting.date == D(2027, 2, 10))).one()
    meetings.set_status(demo_store, february.id, "cancelled", reason="Moved", today=DEMO_TODAY)
    agendas = {m: agenda_titles(demo_store, m) for m in (JUNE, OCTOBER, DECEMBER)}
    before = settled_sha256(demo_store)
    for target, why in (("2099-01-01", "cannot be deferred: There is no meeting on"),
                        (JUNE, "only be deferred to a later meeting; 10/06/2026 is not after 14/10/2026"),
                        (OCTOBER, "only be deferred to a later meeting"),
                        ("31/02/2027", "cannot be deferred"),
                        (february.id, "was cancelled")):
        with pytest.raises(MinutesError, match=re.escape(why)):
            resolutions.add_resolution(demo_store, briefing.id, ResolutionInput("deferred", deferred_to=target))
    assert settled_sha256(demo_store) == before
    assert {m: agenda_titles(demo_store, m) for m in agendas} == agendas


# --- the lifecycle --------------------------------------------------------------------------------

def test_minutes_are_confirmed_only_at_the_next_meeting_once_it_has_taken_place(demo_store):
    before = settled_sha256(demo_store)
    with pytest.raises(MinutesError, match="only be confirmed at the next meeting, on 09/12/2026, not at the meeting "
                                           "on 12/08/2026"):
        minutes.confirm(demo_store, OCTOBER, at=AUGUST, today=DECEMBER_DAY)
    with pytest.raises(MinutesError, match="not at the meeting on 10/02/2027. The meeting on 10/02/2027 confirms "
                                           "the minutes of 09/12/2026"):
        minutes.confirm(demo_store, OCTOBER, at="2027-02-10", today=D(2027, 3, 1))
    with pytest.raises(MinutesError, match="09/12/2026 has not taken place yet"):
        minutes.confirm(demo_store, OCTOBER, at=DECEMBER, today=DEMO_TODAY)
    with pytest.raises(MinutesError, match="already signed"):
        minutes.confirm(demo_store, JUNE, at=AUGUST, today=DEMO_TODAY)
    with pytest.raises(MinutesError, match="must be confirmed as a correct record before they are signed"):
        minutes.sign(demo_store, OCTOBER, today=DEMO_TODAY)
    with pytest.raises(MinutesError, match="have not been written yet"):
        minutes.confirm(demo_store, DECEMBER, at="2027-02-10", today=D(2027, 3, 1))
    assert settled_sha256(demo_store) == before
    assert minutes.load(demo_store, OCTOBER).status == MinutesStatus.DRAFT

    # With December cancelled, October's minutes go to February.
    meetings.set_status(demo_store, DECEMBER, "cancelled", reason="Snow", today=DEMO_TODAY)
    assert minutes.load(demo_store, OCTOBER).next_meeting == D(2027, 2, 10)
    with pytest.raises(MinutesError, match="next meeting, on 10/02/2027"):
        minutes.confirm(demo_store, OCTOBER, at=DECEMBER, today=D(2027, 3, 1))
    minutes.confirm(demo_store, OCTOBER, at="10/02/2027", today=D(2027, 2, 10))
    assert minutes.load(demo_store, OCTOBER).confirmed_on == D(2027, 2, 10)


def test_confirm_with_amendments_then_locked_then_signed(demo_store):
    minutes.start(demo_store, DECEMBER)  # December's minutes are started before it confirms October's
    october = minutes.load(demo_store, OCTOBER)
    offer = minute(october, "Local Offer")
    old = offer.discussion
    new = old + " The exemption applies from April 2027."
    minutes.confirm(demo_store, OCTOBER, at=DECEMBER, by="Jo Bloggs", today=DECEMBER_DAY, amendments=[
        ConfirmAmendment("The date of the exemption was missing", minute_id=offer.id, discussion=new),
        ConfirmAmendment("Cllr Farrell's absence was explained after the meeting")])

    view = minutes.load(demo_store, OCTOBER)
    assert (view.status, view.locked, view.confirmed_at, view.confirmed_on) == (
        MinutesStatus.CONFIRMED, True, DECEMBER_DAY, DECEMBER_DAY)
    assert view.status_text == "Confirmed on 09/12/2026"
    assert minute(view, "Local Offer").discussion == new
    assert [(a.what, a.reason, a.made_by, a.at_meeting, a.old_text, a.new_text) for a in view.amendments] == [
        (f"Minute {offer.number} discussion", "The date of the exemption was missing", "Jo Bloggs", DECEMBER_DAY,
         old, new),
        ("Minutes", "Cllr Farrell's absence was explained after the meeting", "Jo Bloggs", DECEMBER_DAY, "", ""),
    ]
    # December's "minutes of the last meeting" records the confirmation.
    last = minute(minutes.load(demo_store, DECEMBER), "Minutes of the last meeting")
    assert [(x.kind, x.text) for x in last.resolutions] == [
        ("approved", "That the minutes of the meeting held on Wednesday 14 October 2026 be confirmed as a correct "
                     "record, subject to the amendments recorded.")]
    with pytest.raises(MinutesError, match="already confirmed"):
        minutes.confirm(demo_store, OCTOBER, at=DECEMBER, today=DECEMBER_DAY)

    # Locked: a change without an amendment is refused and nothing is saved.
    briefing = minute(view, "Director's briefing")
    with demo_store.session() as session:
        member = session.exec(select(Person).where(Person.surname == "Gallagher")).one().id
    before = settled_sha256(demo_store)
    for change in (
        lambda amendment: minutes.set_discussion(demo_store, briefing.id, "Changed.", amendment=amendment),
        lambda amendment: minutes.set_title(demo_store, briefing.id, "Changed title", amendment=amendment),
        lambda amendment: resolutions.add_resolution(demo_store, briefing.id, ResolutionInput("approved"),
                                                 amendment=amendment),
        lambda amendment: resolutions.remove_resolution(demo_store, briefing.resolutions[0].id, amendment=amendment),
        lambda amendment: declarations.add_declaration(demo_store, OCTOBER, DeclarationInput(
            member, briefing.agenda_item_id, InterestKind.NON_REGISTRABLE, "Foster carer"), amendment=amendment),
    ):
        for amendment in (None, Amendment(reason="  ")):
            with pytest.raises(MinutesLocked, match="locked"):
                change(amendment)
    with pytest.raises(MinutesLocked):
        minutes.start(demo_store, OCTOBER)
    with pytest.raises(AttendanceError, match="confirmed"):
        attendance.record(demo_store, OCTOBER, [attendance.Mark(member, AttendanceStatus.ABSENT)])
    assert settled_sha256(demo_store) == before
    assert minutes.load(demo_store, OCTOBER) == view

    # As an amendment it saves, saying who, when and why, with the words before and after.
    start = dt.datetime.now(dt.UTC)
    minutes.set_discussion(demo_store, briefing.id, "The Executive Director briefed the board.",
                           amendment=Amendment(reason="Shortened at the Director's request", by="Pat Clerk"))
    resolutions.add_resolution(demo_store, briefing.id, ResolutionInput("endorsed"),
                           amendment=Amendment(reason="The endorsement was left out", by="Pat Clerk"))
    end = dt.datetime.now(dt.UTC)
    after = minutes.load(demo_store, OCTOBER)
    assert minute(after, "Director's briefing").discussion == "The Executive Director briefed the board."
    assert [x.text for x in minute(after, "Director's briefing").resolutions][-1] == "That the item be endorsed."
    late = after.amendments[2:]
    assert [(a.what, a.reason, a.made_by, a.at_meeting, a.old_text, a.new_text) for a in late] == [
        (f"Minute {briefing.number} discussion", "Shortened at the Director's request", "Pat Clerk", None,
         briefing.discussion, "The Executive Director briefed the board."),
        (f"Minute {briefing.number} resolution added", "The endorsement was left out", "Pat Clerk", None, "",
         "That the item be endorsed."),
    ]
    assert all(start <= as_utc(a.made_at) <= end for a in late)
    assert after.status == MinutesStatus.CONFIRMED

    # Signed: not before the confirmation; by the Chair of the day unless told; once.
    with pytest.raises(MinutesError, match="before they were confirmed"):
        minutes.sign(demo_store, OCTOBER, on=D(2026, 12, 8), today=DECEMBER_DAY)
    with demo_store.session() as session:
        chair_seat = session.exec(select(Seat).where(Seat.is_chair == True)).one()  # noqa: E712
        holder = session.exec(select(Membership).where(
            Membership.seat_id == chair_seat.id, Membership.start_date <= DECEMBER_DAY,
            (Membership.end_date == None) | (Membership.end_date >= DECEMBER_DAY))).one()  # noqa: E711
        chair = session.get(Person, holder.person_id)
        chair_name = f"{chair.title} {chair.first_name} {chair.surname}"
    assert minutes.sign(demo_store, OCTOBER, on=D(2026, 12, 10), today=D(2026, 12, 10)) == chair_name
    signed = minutes.load(demo_store, OCTOBER)
    assert (signed.status, signed.signed_by, signed.signed_on) == (MinutesStatus.SIGNED, chair_name, D(2026, 12, 10))
    assert signed.status_text == f"Confirmed on 09/12/2026; signed by {chair_name} on 10/12/2026"
    with pytest.raises(MinutesError, match="already signed"):
        minutes.sign(demo_store, OCTOBER, signed_by="Someone Else", today=D(2026, 12, 10))
    with pytest.raises(MinutesLocked):
        minutes.set_discussion(demo_store, briefing.id, "Again.")


def test_minutes_started_after_the_confirmation_record_it_too(demo_store):
    # The demo: June's minutes were confirmed at August, with no amendment.
    last = minute(minutes.load(demo_store, AUGUST), "Minutes of the last meeting")
    assert [x.text for x in last.resolutions] == [
        "That the minutes of the meeting held on Wednesday 10 June 2026 be confirmed as a correct record."]
    assert minutes.load(demo_store, JUNE).confirmed_at == D(2026, 8, 12)

    minutes.confirm(demo_store, OCTOBER, at=DECEMBER, by="Jo Bloggs", today=DECEMBER_DAY)
    assert minutes.load(demo_store, OCTOBER).amendments == ()
    minutes.start(demo_store, DECEMBER)
    last = minute(minutes.load(demo_store, DECEMBER), "Minutes of the last meeting")
    assert [(x.kind, x.text) for x in last.resolutions] == [
        ("approved", "That the minutes of the meeting held on Wednesday 14 October 2026 be confirmed as a correct "
                     "record.")]


def test_notes_of_amendment_are_for_confirmed_minutes(demo_store):
    before = settled_sha256(demo_store)
    with pytest.raises(MinutesError, match="for confirmed minutes"):
        minutes.add_note(demo_store, OCTOBER, Amendment(reason="Attendance"), "Ms Cole was present")
    assert settled_sha256(demo_store) == before
    count = len(minutes.load(demo_store, AUGUST).amendments)
    minutes.add_note(demo_store, AUGUST, Amendment(reason="Attendance list", by="Pat Clerk"), "Ms  Cole was present")
    new = minutes.load(demo_store, AUGUST).amendments[count:]
    assert [(a.what, a.reason, a.made_by, a.new_text, a.at_meeting) for a in new] == [
        ("Minutes", "Attendance list", "Pat Clerk", "Ms Cole was present", None)]


# --- declarations ---------------------------------------------------------------------------------

def test_declarations_against_an_item_by_its_number(demo_store):
    view = minutes.load(demo_store, OCTOBER)
    perf = minute(view, "Performance report")
    sheet = {r.person_id: r.status for r in attendance.load(demo_store, OCTOBER).rows}
    present = next(pid for pid, status in sheet.items() if status == AttendanceStatus.PRESENT
                   and pid not in {d.person_id for d in view.declarations})
    apologies = next(pid for pid, status in sheet.items() if status == AttendanceStatus.APOLOGIES)
    new = declarations.add_declaration(demo_store, OCTOBER, DeclarationInput(
        present, perf.number, InterestKind.DISCLOSABLE_PECUNIARY, "  Owns   a care home  ", "withdrew"))
    [d] = [d for d in minutes.load(demo_store, OCTOBER).declarations if d.id == new]
    assert (d.item, d.item_title, d.agenda_item_id, d.nature, d.kind_label.lower(), d.action) == (
        perf.number, perf.title, perf.agenda_item_id, "Owns a care home", "disclosable pecuniary interest", "withdrew")
    before = settled_sha256(demo_store)
    for data, why in (
        (DeclarationInput(apologies, perf.number, "other_registrable", "x"), "cannot have declared an interest"),
        (DeclarationInput(present, "99", "other_registrable", "x"), "no item 99"),
        (DeclarationInput(present, perf.number, "rumour", "x"), "not a kind of interest"),
        (DeclarationInput(present, perf.number, "other_registrable", "  "), "say what the interest is"),
        (DeclarationInput(present, perf.number, "other_registrable", "x", action="left early"),
         "not what the member did"),
        (DeclarationInput(10**6, perf.number, "other_registrable", "x"), "no person with id"),
    ):
        with pytest.raises(MinutesError, match=why):
            declarations.add_declaration(demo_store, OCTOBER, data)
    assert settled_sha256(demo_store) == before


# --- the register cannot delete the record --------------------------------------------------------

def test_a_person_in_the_record_cannot_be_deleted_but_one_with_no_history_can(demo_store):
    def new_person(first: str, surname: str) -> int:
        return register.add_person(demo_store, register.PersonInput(first_name=first, surname=surname))

    guest, declarer, owner, presenter, nobody = (new_person("Gina", "Guest"), new_person("Dev", "Declarer"),
                                                 new_person("Olu", "Owner"), new_person("Pru", "Presenter"),
                                                 new_person("Nia", "Nobody"))
    attendance.record(demo_store, OCTOBER, [attendance.Mark(guest, AttendanceStatus.IN_ATTENDANCE, items="12")])
    perf = minute(minutes.load(demo_store, OCTOBER), "Performance report")
    declarations.add_declaration(demo_store, OCTOBER, DeclarationInput(declarer, perf.agenda_item_id,
                                                                  InterestKind.OTHER_REGISTRABLE, "Trustee"))
    actions.add_action(demo_store, actions.ActionInput("Send the figures", owner_id=owner), today=DEMO_TODAY)
    agenda.add_item(demo_store, DECEMBER, agenda.ItemInput("Advocacy update", presenter_person_id=presenter))
    with demo_store.session() as session:
        member = session.exec(select(Membership.person_id)).first()  # a board member: history on the board

    before = settled_sha256(demo_store)
    for pid, where in ((guest, "the attendance of a meeting"), (declarer, "a declaration of interest"),
                       (owner, "the action log"), (presenter, "an agenda"), (member, "history on the board")):
        with pytest.raises(register.RegisterError) as err:
            register.delete_person(demo_store, pid)
        assert where in str(err.value) and "former" in str(err.value)
    assert settled_sha256(demo_store) == before
    with demo_store.session() as session:
        assert all(session.get(Person, pid) for pid in (guest, declarer, owner, presenter, member))

    register.delete_person(demo_store, nobody)
    with demo_store.session() as session:
        assert session.get(Person, nobody) is None


def test_a_substitute_in_the_record_cannot_be_deleted(demo_store):
    sub = register.add_person(demo_store, register.PersonInput(first_name="Sol", surname="Stand-In"))
    member = next(r.person_id for r in attendance.load(demo_store, OCTOBER).rows
                  if r.member and r.status == AttendanceStatus.PRESENT and r.voting)
    attendance.record(demo_store, OCTOBER, [attendance.Mark(member, ""),
                                            attendance.Mark(sub, AttendanceStatus.SUBSTITUTE,
                                                            substitute_for_id=member)])
    before = settled_sha256(demo_store)
    with pytest.raises(register.RegisterError, match="attendance of a meeting.*former"):
        register.delete_person(demo_store, sub)
    assert settled_sha256(demo_store) == before


# --- a Part 2 minute's public title (issue 17, deliverable 11) --------------------------------------

def test_part_2_minutes_carry_their_items_public_title(store):
    from cpo_desktop.model.tables import Minute

    june, *_ = plan_2026(store)
    agenda.create_agenda(store, june.id)
    written = agenda.add_item(store, june.id, agenda.ItemInput("Placement of Child A", part=2, exempt_paragraph=1,
                                                              public_title="Placements: an individual case"))
    default = agenda.add_item(store, june.id, agenda.ItemInput("Allegation against a carer", part=2,
                                                              exempt_paragraph=7))
    minutes.start(store, june.id)
    view = minutes.load(store, june.id)
    rows = {r.agenda_item_id: r for r in view.minutes}
    assert rows[written].title == "Placement of Child A"
    assert rows[written].public_title == "Placements: an individual case"
    assert rows[default].public_title == "Exempt item (paragraph 7)"
    part1 = minute(view, "Performance report")
    assert part1.public_title == part1.title == "Performance report"

    # A Part 2 minute that has no agenda item is shown by its paragraph.
    with store.session() as session:
        session.add(Minute(meeting_id=june.id, agenda_item_id=None, position=len(view.minutes) + 1,
                           title="Urgent: a child's placement", part=2, exempt_paragraph=2))
    loose = minute(minutes.load(store, june.id), "Urgent")
    assert loose.public_title == "Exempt item (paragraph 2)"


def test_a_deferred_part_2_item_keeps_its_public_title_on_the_later_agenda(store):
    june, august, *_ = plan_2026(store)
    agenda.create_agenda(store, june.id)
    item = agenda.add_item(store, june.id, agenda.ItemInput("Placement of Child A", part=2, exempt_paragraph=1,
                                                           public_title="Placements: an individual case"))
    minutes.start(store, june.id)
    row = next(r for r in minutes.load(store, june.id).minutes if r.agenda_item_id == item)
    resolutions.add_resolution(store, row.id, ResolutionInput("deferred", deferred_to=august.id))
    [moved] = [i for i in agenda.load_agenda(store, august.id).items if i.title == "Placement of Child A"]
    assert (moved.part, moved.exempt_paragraph, moved.public_title) == (2, 1, "Placements: an individual case")
