"""Training for every councillor (issue 21, points 4 and 5) on a real store: councillors on the board
or not, sessions as events with their invitees, attendance in one step, who is not trained in a
municipal year, reminder drafts read back as a mail program reads them, and undo."""

from __future__ import annotations

import datetime as dt
import email
from email import policy

import pytest
from sqlmodel import select

from cpo_desktop.model import register_rules as rules
from cpo_desktop.model.tables import Seat, TrainingRecord, TrainingSession
from cpo_desktop.services import register, training
from cpo_desktop.services.register import PersonInput
from cpo_desktop.services.training import SessionInput, TrainingError

D = dt.date
TODAY = D(2026, 11, 23)  # municipal year 2026/27 began in May 2026


def seat_id(store, title: str) -> int:
    with store.session() as session:
        return session.exec(select(Seat).where(Seat.title == title)).one().id


def councillor(store, first: str, surname: str, party: str | None = "Labour", **kw) -> int:
    return register.add_person(store, PersonInput(first, surname, title="Cllr", email=f"{first.lower()}@example.org",
                                                  is_councillor=True, party=party, ward="Linacre", **kw))


def records(store, session_id: int) -> dict[int, str]:
    with store.session() as session:
        return {r.person_id: r.status for r in session.exec(
            select(TrainingRecord).where(TrainingRecord.session_id == session_id))}


@pytest.fixture
def council(store):
    """Two councillors on the board (one only through an elected seat), two who are not, a former
    councillor, and an officer on the board."""
    chair = councillor(store, "Angela", "Mensah")
    seated = register.add_person(store, PersonInput("Derek", "Ashworth", email="derek@example.org"))
    register.appoint(store, seated, seat_id(store, "Elected Member (1)"), D(2025, 5, 22))
    register.appoint(store, chair, seat_id(store, "Elected Member (2)"), D(2025, 5, 22))
    backbench = councillor(store, "Susan", "Doyle", party="Liberal Democrat", on_scrutiny=True)
    no_mail = register.add_person(store, PersonInput("Peter", "Sowerby", is_councillor=True, party="Independent"))
    gone = councillor(store, "Norman", "Hughes")
    register.mark_former(store, gone, on=D(2026, 5, 7))
    officer = register.add_person(store, PersonInput("Claire", "Donnelly", email="claire@example.org"))
    register.appoint(store, officer, seat_id(store, "Chief Executive, Sefton Council"), D(2024, 1, 1))
    return dict(chair=chair, seated=seated, backbench=backbench, no_mail=no_mail, gone=gone, officer=officer)


def test_appointing_to_an_elected_seat_makes_a_councillor_and_party_and_ward_are_kept(store, council):
    detail = register.person_detail(store, council["seated"], today=TODAY)
    assert detail.data.is_councillor  # appointed to "Elected Member (1)"
    row = next(r for r in register.list_members(store, today=TODAY) if r.id == council["backbench"])
    assert (row.is_councillor, row.party, row.ward, row.on_scrutiny) == (True, "Liberal Democrat", "Linacre", True)
    officer = register.person_detail(store, council["officer"], today=TODAY)
    assert not officer.data.is_councillor  # a council officer's seat does not make a councillor
    with pytest.raises(register.RegisterError, match="party"):
        register.update_person(store, council["backbench"], PersonInput("Susan", "Doyle", party="x" * 101))


def test_every_councillor_needs_training_on_the_board_or_not(store, council):
    rows = {r.id: r for r in register.list_members(store, today=TODAY)}
    flagged = {pid for pid, r in rows.items() if r.needs_training}
    # The non-board councillors are flagged too; the former one and the officer are not.
    assert flagged == {council[k] for k in ("chair", "seated", "backbench", "no_mail")}
    assert register.person_detail(store, council["backbench"], today=TODAY).needs_training
    assert [g.person_id for g in training.gaps(store, today=TODAY)] == [
        council["seated"], council["backbench"], council["chair"], council["no_mail"]]  # by surname


def test_party_balance_counts_the_largest_first():
    assert rules.party_balance_text(["Labour", "Conservative", "Labour", None, "Liberal Democrat", "Labour",
                                     "Labour"]) == "Labour 4 · Conservative 1 · Liberal Democrat 1 · No party recorded 1"
    assert rules.party_balance_text([]) == ""
    assert rules.municipal_year_bounds(2026) == (D(2026, 5, 1), D(2027, 4, 30))


def test_a_session_for_all_councillors_and_attendance_in_one_step(store, council):
    sid = training.add_session(store, SessionInput(D(2026, 11, 12), start_time=dt.time(17, 30),
                                                   venue="Bootle Town Hall"), training.ALL_COUNCILLORS, today=TODAY)
    invited = records(store, sid)
    # Every current councillor, on the board or not (Ashworth through his seat); not the former one.
    assert set(invited) == {council[k] for k in ("chair", "seated", "backbench", "no_mail")}
    assert set(invited.values()) == {"invited"}
    row = training.list_sessions(store)[0]
    assert (row.invitees, row.attended, row.invited_label, row.venue) == (4, 0, "All councillors", "Bootle Town Hall")

    changed = training.record_attendance(store, sid, {council["chair"]: "attended", council["backbench"]: "attended",
                                                      council["seated"]: "apologies", council["no_mail"]: "absent"},
                                         today=TODAY)
    assert changed == 4
    assert records(store, sid)[council["seated"]] == "apologies"
    assert [g.person_id for g in training.gaps(store, today=TODAY)] == [council["seated"], council["no_mail"]]
    # The register's flag follows: attendance is a training record of the person's.
    assert not register.person_detail(store, council["backbench"], today=TODAY).needs_training
    # Last year's gaps are another matter: no one trained in 2025/26.
    assert len(training.gaps(store, year=2025, today=TODAY)) == 4
    # Someone who came without an invitation gets a record.
    training.record_attendance(store, sid, {council["officer"]: "attended"}, today=TODAY)
    assert records(store, sid)[council["officer"]] == "attended"
    with pytest.raises(TrainingError, match="not an attendance"):
        training.record_attendance(store, sid, {council["chair"]: "maybe"}, today=TODAY)


def test_board_and_chosen_invitations_and_refusals(store, council):
    board = training.add_session(store, SessionInput(D(2027, 1, 14)), training.BOARD, today=TODAY)
    assert set(records(store, board)) == {council["chair"], council["seated"], council["officer"]}
    chosen = training.add_session(store, SessionInput(D(2027, 2, 11), kind="induction"),
                                  [council["backbench"], council["no_mail"]], today=TODAY)
    assert set(records(store, chosen)) == {council["backbench"], council["no_mail"]}
    assert training.session_detail(store, chosen).session.kind_label == "Induction"
    # A session still to come: apologies yes, attended no.
    training.record_attendance(store, board, {council["chair"]: "apologies"}, today=TODAY)
    with pytest.raises(TrainingError, match="still to come"):
        training.record_attendance(store, board, {council["seated"]: "attended"}, today=TODAY)
    with pytest.raises(TrainingError, match="former member"):
        training.add_session(store, SessionInput(D(2027, 3, 1)), [council["gone"]], today=TODAY)
    with pytest.raises(TrainingError, match="Unknown kind"):
        training.add_session(store, SessionInput(D(2027, 3, 1), kind="yoga"), training.BOARD, today=TODAY)
    with store.session() as session:
        assert len(session.exec(select(TrainingSession)).all()) == 2  # nothing half-saved


def test_no_councillors_means_no_session(store):
    with pytest.raises(TrainingError, match="no current councillors"):
        training.add_session(store, SessionInput(D(2027, 1, 14)), training.ALL_COUNCILLORS, today=TODAY)
    with store.session() as session:
        assert session.exec(select(TrainingSession)).first() is None


def test_cancel_takes_the_invitations_back_and_undo_restores_everything(store, council):
    before = training.capture(store, 999)
    sid = training.add_session(store, SessionInput(D(2027, 1, 14), venue="Southport Town Hall"),
                               training.ALL_COUNCILLORS, today=TODAY)
    added = training.capture(store, sid)
    assert len(added.records) == 4
    training.cancel_session(store, sid)
    assert records(store, sid) == {} and training.list_sessions(store)[0].cancelled
    with pytest.raises(TrainingError, match="cancelled"):
        training.record_attendance(store, sid, {council["chair"]: "apologies"}, today=TODAY)
    training.restore(store, added)  # undo the cancelling
    assert training.capture(store, sid) == added
    training.restore(store, training.SessionState(sid, None))  # undo the adding
    with store.session() as session:
        assert session.get(TrainingSession, sid) is None
        assert session.exec(select(TrainingRecord)).all() == []
    assert before.row is None

    held = training.add_session(store, SessionInput(D(2026, 10, 1)), [council["chair"]], today=TODAY)
    training.record_attendance(store, held, {council["chair"]: "attended"}, today=TODAY)
    with pytest.raises(TrainingError, match="took place"):
        training.cancel_session(store, held)


def test_reminder_drafts_list_the_next_sessions_and_are_never_half_written(store, council, tmp_path):
    from cpo_desktop.services import settings

    with store.session() as session:
        settings.set_contact_in(session, name="Jo Lambert", email="corporate.parenting@example.org")
    training.add_session(store, SessionInput(D(2027, 1, 14), start_time=dt.time(17, 30), venue="Bootle Town Hall"),
                         training.ALL_COUNCILLORS, today=TODAY)
    past = training.add_session(store, SessionInput(D(2026, 10, 1), venue="Old Venue"), [council["chair"]],
                                today=TODAY)
    training.record_attendance(store, past, {council["chair"]: "attended"}, today=TODAY)
    done = training.write_reminders(store, tmp_path / "out", today=TODAY)
    assert done.year == 2026 and done.no_email == ["Peter Sowerby"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in done.written)
    assert len(done.written) == 2  # Ashworth and Doyle; the chair is trained
    for path in done.written:
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert msg["X-Unsent"] == "1" and msg["From"] == "Jo Lambert <corporate.parenting@example.org>"
        assert "2026/27" in msg["Subject"]
        body = msg.get_body().get_content()
        assert "Thursday 14 January 2027 at 17:30, Bootle Town Hall" in body
        assert "Old Venue" not in body  # only the sessions to come
    to = sorted(email.message_from_bytes(p.read_bytes(), policy=policy.default)["To"] for p in done.written)
    assert to == ["Cllr Susan Doyle <susan@example.org>", "Derek Ashworth <derek@example.org>"]
    with pytest.raises(TrainingError, match="not a municipal year"):
        training.gaps(store, year=26)


def test_finding_people_and_sessions(store, council):
    assert training.find_person(store, "SUSAN@example.org") == council["backbench"]
    assert training.find_person(store, str(council["chair"])) == council["chair"]
    with pytest.raises(TrainingError, match="neither"):
        training.find_person(store, "Susan")
    sid = training.add_session(store, SessionInput(D(2027, 1, 14)), training.BOARD, today=TODAY)
    assert training.find_session(store, "14/01/2027") == sid == training.find_session(store, str(sid))
    with pytest.raises(TrainingError, match="No training session"):
        training.find_session(store, "2027-01-15")


def _dates_and_kinds(store, session_id: int) -> set[tuple[dt.date, str]]:
    with store.session() as session:
        return {(r.date, r.kind) for r in session.exec(
            select(TrainingRecord).where(TrainingRecord.session_id == session_id))}


def test_editing_a_session_moves_its_records_keeps_its_note_and_refuses_nonsense(store, council):
    sid = training.add_session(store, SessionInput(D(2026, 11, 12), start_time=dt.time(17, 30), venue="Bootle",
                                                   notes="Room 4"), training.ALL_COUNCILLORS, today=TODAY)
    data = training.session_input(store, sid)
    assert (data.date, data.start_time, data.venue, data.notes) == (D(2026, 11, 12), dt.time(17, 30), "Bootle",
                                                                     "Room 4")
    before = training.capture(store, sid)
    training.update_session(store, sid, data, today=TODAY)  # as it was: nothing changes
    assert training.capture(store, sid) == before
    data.date, data.kind, data.venue, data.start_time = D(2026, 12, 10), "induction", "  Southport   Town Hall ", None
    training.update_session(store, sid, data, today=TODAY)
    row = training.session_detail(store, sid).session
    assert (row.date, row.kind, row.venue, row.start_time, row.notes) == (D(2026, 12, 10), "induction",
                                                                         "Southport Town Hall", None, "Room 4")
    assert _dates_and_kinds(store, sid) == {(D(2026, 12, 10), "induction")}  # the records follow
    training.restore(store, before)  # undo
    assert training.capture(store, sid) == before

    # Attendance recorded: it took place, so it cannot move to a day still to come (another past day is fine).
    training.record_attendance(store, sid, {council["chair"]: "attended"}, today=TODAY)
    recorded = training.capture(store, sid)
    with pytest.raises(TrainingError, match="took place"):
        training.update_session(store, sid, SessionInput(D(2026, 11, 30)), today=TODAY)
    assert training.capture(store, sid) == recorded
    training.update_session(store, sid, SessionInput(D(2026, 11, 5), venue="Bootle"), today=TODAY)
    assert _dates_and_kinds(store, sid) == {(D(2026, 11, 5), training.CP)}
    # Only apologies (a session still to come): it may move.
    later = training.add_session(store, SessionInput(D(2027, 1, 14)), training.BOARD, today=TODAY)
    training.record_attendance(store, later, {council["chair"]: "apologies"}, today=TODAY)
    training.update_session(store, later, SessionInput(D(2027, 1, 21)), today=TODAY)
    # A cancelled session is not edited, and a bad kind or a control character saves nothing.
    training.cancel_session(store, later)
    with pytest.raises(TrainingError, match="cancelled"):
        training.update_session(store, later, SessionInput(D(2027, 1, 28)), today=TODAY)
    for bad in (SessionInput(D(2026, 11, 5), kind="yoga"), SessionInput(D(2026, 11, 5), venue="Bootle\x07")):
        with pytest.raises(TrainingError):
            training.update_session(store, sid, bad, today=TODAY)
    assert training.session_detail(store, sid).session.venue == "Bootle"


def test_inviting_more_adds_only_those_not_invited_yet(store, council):
    sid = training.add_session(store, SessionInput(D(2027, 1, 14)), [council["chair"]], today=TODAY)
    training.record_attendance(store, sid, {council["chair"]: "apologies"}, today=TODAY)
    before = training.capture(store, sid)
    added = training.invite_more(store, sid, training.BOARD, today=TODAY)
    assert set(added) == {council["seated"], council["officer"]}  # the chair was invited already
    assert records(store, sid)[council["chair"]] == "apologies"  # and keeps her record
    assert training.invite_more(store, sid, training.BOARD, today=TODAY) == []  # no one new: nothing changes
    added = training.invite_more(store, sid, training.ALL_COUNCILLORS, today=TODAY)
    assert set(added) == {council["backbench"], council["no_mail"]}  # not the former councillor
    assert _dates_and_kinds(store, sid) == {(D(2027, 1, 14), training.CP)}
    training.restore(store, before)  # undo
    assert set(records(store, sid)) == {council["chair"]}
    with pytest.raises(TrainingError, match="former member"):
        training.invite_more(store, sid, [council["gone"]], today=TODAY)
    training.cancel_session(store, sid)
    with pytest.raises(TrainingError, match="cancelled"):
        training.invite_more(store, sid, [council["backbench"]], today=TODAY)
