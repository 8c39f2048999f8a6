"""The board's terms of reference in dated versions (issue 21, point 2), on real migrated stores.

A new store gets version 1 from the seed (the Chair named as the Cabinet Member for Children,
Schools and Families, as 000's membership list and foreword say); a change makes version 2 with
only the changed parts differing, says what changed, links the meeting that agreed it and keeps
the board row in step; documents use the version in force on their date: a change made today is
in the next induction pack and this year's annual report, while last year's report keeps the old
terms (the PDFs are built and read back).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import DEMO_DAY
from pypdf import PdfReader
from sqlmodel import select

from cpo_desktop.model.minutes_rules import QuorumRule, quorum_in_words
from cpo_desktop.model.tables import Board, Seat, TermsOfReference
from cpo_desktop.services import annual_report, induction, meetings, seats, terms
from cpo_desktop.services.terms import TermsError, TermsInput

D = dt.date
NEW_PURPOSE = ("The board holds the council and its partners to account for the outcomes of the children in its "
               "care and its care leavers (REVISED-PURPOSE-2026).")


def _text(path: Path) -> str:
    return " ".join(re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(str(path)).pages)


def _board_meeting(store, day: dt.date, status: str | None = None) -> int:
    mid, _ = meetings.add_meeting(store, meetings.MeetingInput(day, dt.time(14, 0), kind="board", venue="Town Hall"),
                                  anyway=True)
    if status:
        meetings.set_status(store, mid, status, reason="Storm")
    return mid


def test_a_new_store_has_version_1_with_the_chair_the_seeds_name(store):
    [v1] = terms.history(store)
    assert (v1.version, v1.effective_from, v1.agreed_at_meeting_id) == (1, None, None)
    assert "chaired by the Cabinet Member for Children, Schools and Families" in v1.purpose
    assert "Children’s Social Care" not in v1.purpose and "Children's Social Care" not in v1.purpose
    assert v1.chair_role.startswith("Lead Member for Children, Schools and Families")
    assert v1.vice_chair_role == "Deputy Leader, Sefton Council"
    assert v1.frequency == "Every 2 months"
    assert v1.quorum == quorum_in_words(QuorumRule()) and v1.quorum.startswith("A third of the voting seats")
    assert v1.accountability.startswith("Chair to report to the Leader of the Council")
    with store.session() as session:
        titles = [s.title for s in session.exec(select(Seat).order_by(Seat.sort_order))]
        board = session.exec(select(Board)).one()
        assert board.purpose == v1.purpose  # the board row says the same
    assert list(v1.membership) == titles and len(titles) > 20
    assert terms.in_force(store, D(1990, 1, 1)) == v1  # in force from the start
    assert terms.current(store) == terms.newest(store) == v1


def test_an_edit_makes_a_new_version_of_what_changed_only(store):
    agreed = _board_meeting(store, D(2026, 12, 2))
    v2 = terms.edit(store, TermsInput(chair_role="  Cabinet Member for Children,   Schools and Families ",
                                      frequency="Quarterly", agreed_at="02/12/2026",
                                      note="Agreed at the annual review"), today=D(2026, 12, 7))
    v1 = terms.history(store)[0]
    assert (v2.version, v2.effective_from, v2.agreed_at_meeting_id, v2.agreed_on) == (2, D(2026, 12, 2), agreed,
                                                                                     D(2026, 12, 2))
    assert v2.agreed_at == "Board meeting, Wed 2 Dec 2026"
    assert v2.chair_role == "Cabinet Member for Children, Schools and Families"
    assert v2.change_summary == ("Changed the Chair's role and the frequency of meetings. Agreed at the annual "
                                 "review.")
    same = [f for f in ("purpose", "vice_chair_role", "quorum", "accountability", "scrutiny_relationship",
                        "partner_relationship", "membership") if v1.value(f) == v2.value(f)]
    assert len(same) == 7  # everything else as it was
    # The board row follows the newest version (how often it meets, read from the words).
    with store.session() as session:
        board = session.exec(select(Board)).one()
        assert (board.meeting_frequency_months, board.meetings_per_year) == (3, 4)
    # In force from the meeting's day; before it, version 1.
    assert terms.in_force(store, D(2026, 12, 1)).version == 1
    assert terms.in_force(store, D(2026, 12, 2)).version == 2
    assert [v.version for v in terms.history(store)] == [1, 2]


def test_a_change_with_nothing_new_is_refused_and_nothing_is_saved(store):
    v1 = terms.newest(store)
    with pytest.raises(TermsError, match="Nothing to change: version 1"):
        terms.edit(store, TermsInput(purpose=v1.purpose + "\n\n", chair_role=v1.chair_role))
    with pytest.raises(TermsError, match="Nothing to change"):
        terms.edit(store, TermsInput())
    assert len(terms.history(store)) == 1


def test_the_membership_follows_the_seats_and_counts_as_a_change(store):
    seats.retire_seat(store, "Strategic Housing Lead, Sefton Council", on=D(2026, 11, 1), today=D(2026, 11, 2))
    v2 = terms.edit(store, TermsInput(note="Strategic housing now attends as a reporting officer"),
                    today=D(2026, 11, 2))
    assert "Strategic Housing Lead, Sefton Council" not in v2.membership
    assert "Strategic Housing Lead, Sefton Council" in terms.history(store)[0].membership
    assert v2.change_summary.startswith("Changed the membership. Strategic housing")
    assert v2.effective_from == D(2026, 11, 2)  # no meeting: today


@pytest.mark.parametrize("case", ["cancelled", "forum", "before the meeting", "before version 2", "blank purpose",
                                  "control character", "two-line role", "unknown meeting"])
def test_changes_that_cannot_be_made_are_refused_with_the_reason(store, case):
    with store.session() as session:
        before = [r.model_dump() for r in session.exec(select(TermsOfReference))]
    if case == "cancelled":
        _board_meeting(store, D(2026, 10, 7), "cancelled")
        change, match = TermsInput(frequency="Monthly", agreed_at="2026-10-07"), "was cancelled"
    elif case == "forum":
        meetings.add_meeting(store, meetings.MeetingInput(D(2026, 10, 8), dt.time(17, 0), kind="young_peoples_forum",
                                                          venue="The Hub"), anyway=True)
        change, match = TermsInput(frequency="Monthly", agreed_at="2026-10-08"), "agreed at a board meeting"
    elif case == "before the meeting":
        _board_meeting(store, D(2026, 10, 7))
        change = TermsInput(frequency="Monthly", agreed_at="2026-10-07", effective_from=D(2026, 10, 1))
        match = "before the meeting that agreed it"
    elif case == "before version 2":
        terms.edit(store, TermsInput(frequency="Monthly", effective_from=D(2026, 9, 1)), today=D(2026, 9, 1))
        with store.session() as session:
            before = [r.model_dump() for r in session.exec(select(TermsOfReference))]
        change, match = TermsInput(frequency="Quarterly", effective_from=D(2026, 8, 1)), "cannot come into force before"
    elif case == "blank purpose":
        change, match = TermsInput(purpose="   "), "need the board's purpose"
    elif case == "control character":
        change, match = TermsInput(chair_role="Leader\u202e"), "hidden control character"
    elif case == "two-line role":
        change, match = TermsInput(vice_chair_role="Deputy Leader\nand more"), "is one line"
    else:
        change, match = TermsInput(frequency="Monthly", agreed_at="999"), "no meeting with id 999"
    with pytest.raises(Exception, match=match):
        terms.edit(store, change, today=D(2026, 10, 20))
    with store.session() as session:
        assert [r.model_dump() for r in session.exec(select(TermsOfReference))] == before


def test_undo_and_redo_put_the_versions_and_the_board_row_back(store):
    key = terms.board_id(store)
    before = terms.capture(store, key)
    terms.edit(store, TermsInput(purpose=NEW_PURPOSE, frequency="Monthly"), today=D(2026, 12, 7))
    after = terms.capture(store, key)
    terms.restore(store, before)
    assert terms.capture(store, key) == before
    with store.session() as session:
        assert session.exec(select(Board)).one().purpose == terms.newest(store).purpose != NEW_PURPOSE
    terms.restore(store, after)
    assert terms.capture(store, key) == after and terms.newest(store).purpose == NEW_PURPOSE


def test_a_change_today_is_in_the_next_induction_pack_and_this_years_report_not_last_years(demo_store, tmp_path):
    today = DEMO_DAY  # 23/11/2026: 2026/27 is running, 2025/26 is over
    old_chair = terms.current(demo_store, today).chair_role
    held = [m for m in meetings.list_meetings(demo_store, year=2026) if m.kind == "board" and m.status == "held"]
    agreed = held[-1]
    terms.edit(demo_store, TermsInput(purpose=NEW_PURPOSE, chair_role="Cabinet Member for Children, Schools and "
                                      "Families (NEW-CHAIR-ROLE)", agreed_at=agreed.id,
                                      effective_from=today, note="Revised after the annual review"), today=today)
    pack = induction.build(demo_store, _a_member(demo_store), target=tmp_path / "induction.pdf", issue=False,
                           today=today)
    text = _text(pack.path)
    assert "The terms of reference in force" in text
    assert "Version 2, in force from 23 November 2026; agreed at the board meeting of" in text
    assert "REVISED-PURPOSE-2026" in text and "NEW-CHAIR-ROLE" in text

    this_year = _text(annual_report.build(demo_store, 2026, target=tmp_path / "ar-2026.pdf", today=today).path)
    assert "REVISED-PURPOSE-2026" in this_year
    assert "are version 2, in force from 23 November 2026" in this_year
    assert "The terms of reference changed during the year: version 2 came into force on 23 November 2026" in this_year

    last_year = _text(annual_report.build(demo_store, 2025, target=tmp_path / "ar-2025.pdf", today=today).path)
    assert "REVISED-PURPOSE-2026" not in last_year and "NEW-CHAIR-ROLE" not in last_year
    assert "chaired by the Cabinet Member for Children, Schools and Families who will champion" in last_year
    assert "are version 1" in last_year and f"chaired by the {old_chair}" in " ".join(last_year.split())
    assert "changed during the year" not in last_year

    # An induction pack issued before the change took effect keeps the old terms too.
    earlier = _text(induction.build(demo_store, _a_member(demo_store), target=tmp_path / "before.pdf", issue=False,
                                    today=today - dt.timedelta(days=1)).path)
    assert "REVISED-PURPOSE-2026" not in earlier and "Version 1, in force from the start" in earlier


def _a_member(store) -> int:
    from cpo_desktop.model.tables import Membership, Person

    with store.session() as session:
        return session.exec(select(Person.id).join(Membership, Membership.person_id == Person.id)
                            .where(Person.is_young_person == False, Person.former == False)).first()  # noqa: E712


def test_frequency_words():
    assert [terms.frequency_months(t) for t in ("Every 2 months", "bi-monthly", "Quarterly", "Monthly",
                                                 "Every 6 months", "As the Chair decides")] == [2, 2, 3, 1, 6, None]
