"""The Members view's Training tab and the councillor fields, as the CPO uses them: the real window on
the demo board, dialogs filled through prompts.ask, undo through the window's stack (issue 21)."""

from __future__ import annotations

import datetime as dt
import email
from email import policy

import pytest
from conftest import open_window
from sqlmodel import select

from cpo_desktop import clock
from cpo_desktop.model.tables import Person, TrainingSession
from cpo_desktop.services import training
from cpo_desktop.ui import prompts
from cpo_desktop.ui.register.dialogs import PersonDialog
from cpo_desktop.ui.register.training import TrainingAttendanceDialog, TrainingSessionDialog
from cpo_desktop.ui.widgets import select_where


@pytest.fixture
def window(qtbot, demo_paths):
    return open_window(qtbot, demo_paths)


def settle(qtbot, window) -> None:
    for _ in range(2):
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
        qtbot.wait(50)


def test_a_session_for_all_councillors_attendance_in_one_step_and_undo(qtbot, window, answers):
    register = window.members.register
    next(a for a in window.menuMembers.entries if a.text().startswith("T&raining")).trigger()
    assert register.ui.tabs.currentWidget() is register.ui.trainingTab
    panel = register.training
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10000)
    gaps_before = [g.name for g in panel.gap_model.rows]
    assert "Cllr Peter Sowerby" in gaps_before  # a councillor who is not on the board
    sessions_before = len(panel.session_model.rows)
    councillors = panel.data.councillors  # 14 in the demo while its members' terms run
    yesterday = clock.today() - dt.timedelta(days=1)

    def add(d: TrainingSessionDialog) -> bool:
        assert d.invite() == "all-councillors" and f"{councillors} people will be invited" in d.ui.countLabel.text()
        d.ui.chosenRadio.setChecked(True)
        assert not d.ok.isEnabled() and "Choose who to invite" in d.ui.problemLabel.text()
        d.ui.allCouncillorsRadio.setChecked(True)
        d.ui.dateEdit.setDate(yesterday)
        d.ui.venueEdit.setText("Bootle Town Hall")
        assert d.ok.isEnabled()
        return True

    answers.append(add)
    panel.ui.addSessionButton.click()
    qtbot.waitUntil(lambda: len(panel.session_model.rows) == sessions_before + 1, timeout=10000)
    settle(qtbot, window)
    new = next(r for r in panel.session_model.rows if r.date == yesterday and r.venue == "Bootle Town Hall")
    assert (new.invitees, new.attended, new.invited_label) == (councillors, 0, "All councillors")

    def attend(d: TrainingAttendanceDialog) -> bool:
        assert len(d.combos) == councillors
        for gap in gaps_before[:2]:  # two of those not trained came, one sent apologies
            pid = next(g.person_id for g in panel.gap_model.rows if g.name == gap)
            d.set_status(pid, "attended")
        d.set_status(next(g.person_id for g in panel.gap_model.rows if g.name == gaps_before[2]), "apologies")
        d.set_invited_to("absent")  # the rest: absent, in one click
        assert list(d.statuses().values()).count("attended") == 2
        return True

    answers.append(attend)
    assert select_where(panel.ui.sessionTable, panel.session_model, lambda r: r.id == new.id)
    panel.ui.attendanceButton.click()
    qtbot.waitUntil(lambda: [g.name for g in panel.gap_model.rows] == gaps_before[2:], timeout=10000)
    settle(qtbot, window)
    row = next(r for r in panel.session_model.rows if r.id == new.id)
    assert (row.attended, row.apologies, row.absent) == (2, 1, councillors - 3)
    # The register's flag follows: the two who came no longer need training.
    flagged = {r.name for r in register.model.all_rows if r.needs_training}
    assert not flagged & set(gaps_before[:2]) and set(gaps_before[2:]) <= flagged

    window.actions.undo_stack.undo()  # the attendance
    qtbot.waitUntil(lambda: [g.name for g in panel.gap_model.rows] == gaps_before, timeout=10000)
    settle(qtbot, window)
    assert next(r for r in panel.session_model.rows if r.id == new.id).attended == 0
    window.actions.undo_stack.undo()  # the session
    qtbot.waitUntil(lambda: len(panel.session_model.rows) == sessions_before, timeout=10000)
    settle(qtbot, window)
    with window.store.session() as session:
        assert session.get(TrainingSession, new.id) is None
    window.actions.undo_stack.redo()  # and back again, with its invitations
    qtbot.waitUntil(lambda: len(panel.session_model.rows) == sessions_before + 1, timeout=10000)


def test_reminder_drafts_through_the_folder_prompt(qtbot, window, monkeypatch, tmp_path):
    register = window.members.register
    register.show_training()
    panel = register.training
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10000)
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: tmp_path)
    said = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: said.append(text))
    panel.ui.remindButton.click()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    drafts = sorted(tmp_path.glob("*.eml"))
    with_email = [g for g in panel.gap_model.rows if g.email]
    assert len(drafts) == len(with_email) > 0
    assert "No e-mail address for: Cllr Peter Sowerby" in said[0]
    msg = email.message_from_bytes(drafts[0].read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and "corporate parenting training" in msg["Subject"].lower()


def test_party_ward_and_scrutiny_in_the_person_dialog_and_the_register(qtbot, window, answers):
    register = window.members.register
    balance = register.ui.balanceLabel.text()
    assert "Labour 4" in balance and "Liberal Democrat 1" in balance and "Conservative 1" in balance
    assert "Cllr Colette Farrell" in balance and "Cllr Imran Siddiqui" in balance  # also on the Children's O&S
    holden = next(r for r in register.model.all_rows if r.surname == "Holden")
    assert register.model.data(register.model.index(register.model.rows.index(holden), 1)) == "Labour"
    assert register.select_person(holden.id)
    qtbot.waitUntil(lambda: register.detail is not None and register.detail.id == holden.id, timeout=10000)

    def edit(d: PersonDialog) -> bool:
        assert d.ui.councillorCheck.isChecked() and d.ui.partyCombo.currentText() == "Labour"
        assert d.ui.partyCombo.findText("Independent") >= 0  # the parties in the register to choose from
        d.ui.wardEdit.setText("Litherland East")
        d.ui.scrutinyCheck.setChecked(True)
        d.ui.councillorCheck.setChecked(False)
        assert not d.ui.partyCombo.isEnabled()
        d.ui.councillorCheck.setChecked(True)
        return True

    answers.append(edit)
    register.ui.editButton.click()
    qtbot.waitUntil(lambda: next(r for r in register.model.all_rows if r.id == holden.id).on_scrutiny, timeout=10000)
    assert "Labour · O&S" == register.model.data(register.model.index(
        next(n for n, r in enumerate(register.model.rows) if r.id == holden.id), 1))
    with window.store.session() as session:
        person = session.get(Person, holden.id)
        assert (person.ward, person.on_scrutiny, person.is_councillor) == ("Litherland East", True, True)
    window.actions.undo_stack.undo()
    qtbot.waitUntil(lambda: not next(r for r in register.model.all_rows if r.id == holden.id).on_scrutiny,
                    timeout=10000)
    with window.store.session() as session:
        assert session.exec(select(Person.ward).where(Person.id == holden.id)).one() == "Litherland"


def test_edit_a_session_and_invite_more_then_undo(qtbot, window, answers):
    register = window.members.register
    register.show_training()
    panel = register.training
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10000)
    december = next(r for r in panel.session_model.rows if r.date == dt.date(2026, 12, 3))
    assert december.venue == "Southport Town Hall" and december.invited_label == "Chosen people"

    def edit(d: TrainingSessionDialog) -> bool:
        assert d.ok.text() == "Save" and d.windowTitle() == "Edit the Training Session"
        assert d.ui.venueEdit.text() == "Southport Town Hall" and d.ui.dateEdit.date().toPython() == december.date
        assert not d.ui.peopleList.isVisibleTo(d) and not d.ui.allCouncillorsRadio.isVisibleTo(d)
        assert d.ui.venueEdit.isVisibleTo(d)
        d.ui.venueEdit.setText("Bootle Town Hall")
        return True

    answers.append(edit)
    assert select_where(panel.ui.sessionTable, panel.session_model, lambda r: r.id == december.id)
    panel.ui.sessionTable.doubleClicked.emit(panel.ui.sessionTable.currentIndex())  # a double-click edits
    qtbot.waitUntil(lambda: next(r for r in panel.session_model.rows if r.id == december.id).venue
                    == "Bootle Town Hall", timeout=10000)
    settle(qtbot, window)
    assert not answers

    def invite(d: TrainingSessionDialog) -> bool:
        assert d.ok.text() == "Invite" and "Thursday 3 December 2026" in d.ui.introLabel.text()
        assert not d.ui.dateEdit.isVisibleTo(d) and d.ui.peopleList.isVisibleTo(d)
        assert "6 people will be invited (who are not invited yet)" in d.ui.countLabel.text()
        d.ui.chosenRadio.setChecked(True)
        names = [d.ui.peopleList.item(n).text() for n in range(d.ui.peopleList.count())]
        assert "Cllr Susan Doyle (councillor)" in names  # not invited yet
        d.ui.allCouncillorsRadio.setChecked(True)
        return True

    answers.append(invite)
    assert select_where(panel.ui.sessionTable, panel.session_model, lambda r: r.id == december.id)
    panel.ui.inviteButton.click()
    qtbot.waitUntil(lambda: next(r for r in panel.session_model.rows if r.id == december.id).invitees
                    == december.invitees + 6, timeout=10000)
    settle(qtbot, window)

    window.actions.undo_stack.undo()  # the invitations
    qtbot.waitUntil(lambda: next(r for r in panel.session_model.rows if r.id == december.id).invitees
                    == december.invitees, timeout=10000)
    settle(qtbot, window)
    window.actions.undo_stack.undo()  # the venue
    qtbot.waitUntil(lambda: next(r for r in panel.session_model.rows if r.id == december.id).venue
                    == "Southport Town Hall", timeout=10000)
    settle(qtbot, window)
    with window.store.session() as session:
        assert session.get(TrainingSession, december.id).venue == "Southport Town Hall"

    # A cancelled session is not edited: its buttons are off.
    february = next(r for r in panel.session_model.rows if r.date == dt.date(2027, 2, 11))
    training.cancel_session(window.store, february.id)
    panel.reload()
    qtbot.waitUntil(lambda: next(r for r in panel.session_model.rows if r.id == february.id).cancelled, timeout=10000)
    assert select_where(panel.ui.sessionTable, panel.session_model, lambda r: r.id == february.id)
    assert not panel.ui.editSessionButton.isEnabled() and not panel.ui.inviteButton.isEnabled()


def test_the_edit_dialog_will_not_move_a_session_that_took_place_to_a_day_to_come(qtbot):
    from cpo_desktop.services.training import SessionInput

    today = dt.date(2026, 11, 23)
    edit = SessionInput(dt.date(2026, 6, 11), start_time=None, title="For all elected members", venue="Bootle",
                        notes="Room 4")
    d = TrainingSessionDialog(today=today, kinds=[("corporate_parenting_training", "Corporate parenting training")],
                              people=[], councillors=0, board=0, edit=edit, held=True)
    qtbot.addWidget(d)
    assert d.ok.isEnabled() and not d.ui.timeCheck.isChecked() and d.ui.titleEdit.text() == "For all elected members"
    d.ui.dateEdit.setDate(dt.date(2026, 12, 1))
    assert not d.ok.isEnabled() and "a day still to come" in d.ui.problemLabel.text()
    d.ui.dateEdit.setDate(dt.date(2026, 6, 4))  # another day that has been: fine
    assert d.ok.isEnabled()
    data, _invite = d.session_input()
    assert (data.date, data.start_time, data.notes) == (dt.date(2026, 6, 4), None, "Room 4")  # the note is kept
