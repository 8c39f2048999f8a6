"""Minutes & actions as the CPO uses them: the real window on the demo board, dialogs filled
through prompts.ask, files chosen through prompts.save_file; the database checked through the
services afterwards.

The demo is loaded as on 23 November 2026 (meetings held on 10 June, 12 August and 14 October;
the next on 9 December) and its attendance, minutes and actions are cleared, so each test
starts from a known, empty record.
"""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest
from conftest import _copy_data, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlmodel import delete

from cpo_desktop.model.enums import AttendanceStatus as Status
from cpo_desktop.services import actions as actions_svc
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import attendance as attendance_svc
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import minutes as minutes_svc
from cpo_desktop.services import register as register_svc
from cpo_desktop.ui import prompts
from cpo_desktop.ui.minutes.action_dialogs import ActionDialog, ActionUpdateDialog
from cpo_desktop.ui.minutes.dialogs import (
    AmendDialog,
    AttendeeDialog,
    ConfirmMinutesDialog,
    DeclarationDialog,
    ExportMinutesDialog,
    ResolutionDialog,
)
from cpo_desktop.ui.style import ROSE

DEMO_DAY = dt.date(2026, 11, 23)


@pytest.fixture
def record_paths(data_paths, _demo_template):
    from cpo_desktop.model.tables import (
        ActionItem,
        ActionUpdate,
        Attendance,
        Declaration,
        Minute,
        Minutes,
        MinutesAmendment,
        Resolution,
    )
    from cpo_desktop.services.startup import open_data

    _copy_data(_demo_template, data_paths)  # the demo as loaded on DEMO_DAY, made once per session
    store = open_data(data_paths)
    with store.session() as session:
        for table in (ActionUpdate, ActionItem, MinutesAmendment, Resolution, Declaration, Minute, Minutes,
                      Attendance):
            session.exec(delete(table))
    store.close()
    return data_paths


def meeting_on(store, day: dt.date) -> int:
    return next(m.id for m in meetings_svc.list_meetings(store) if m.date == day)


@pytest.fixture
def window(qtbot, record_paths):
    window = open_window(qtbot, record_paths)
    view = window.minutes_view
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.set_view("minutes")
    return window


def choose_meeting(qtbot, view, meeting_id):
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.open_meeting(meeting_id)


def settle(qtbot, window, view):
    """Wait for the view to have read everything the runner was asked to do."""
    qtbot.waitUntil(lambda: not window.runner.busy and not view._loading, timeout=10000)


def row_of(view, name):
    return next(n for n, r in enumerate(view.attendance_model.rows) if r.name == name)


def start_minutes(qtbot, view):
    assert view.buttons["start"].isVisible() and view.buttons["start"].isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["start"].click()


def select_minute(qtbot, window, view, title):
    ids = [r.id for r in view.record.minutes]
    row = next(n for n, r in enumerate(view.record.minutes) if r.title == title)
    view.minute_list.setCurrentRow(row)
    settle(qtbot, window, view)
    assert view._minute_id == ids[row]
    return view.record.minutes[row]


def test_marking_attendance_in_the_table_updates_the_quorum_live(qtbot, window, qtmodeltester):
    view = window.minutes_view
    qtmodeltester.check(view.attendance_model)
    october = meeting_on(window.store, dt.date(2026, 10, 14))
    assert view.meeting_id == october  # the most recent meeting held comes first
    assert window.views_data is not None
    assert "Not quorate" in view.quorum_label.text() and "#f8cdcd" in view.quorum_label.styleSheet()
    assert "1/3 of the voting seats" in view.quorum_label.toolTip()

    # The status column's own editor: a combo of the statuses, saved on choosing one.
    table, model = view.attendance_table, view.attendance_model
    chair = model.rows[0]
    index = model.index(0, model.STATUS)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QComboBox)
    assert editor is not None
    assert [editor.itemText(n) for n in range(editor.count())] == [
        "Not recorded", "Present", "Present (remotely)", "Apologies", "Absent"]
    with qtbot.waitSignal(view.loaded, timeout=10000):
        editor.setCurrentIndex(editor.findData(Status.PRESENT.value))
        editor.activated.emit(editor.currentIndex())
    sheet = attendance_svc.load(window.store, october)
    assert sheet.rows[0].status == Status.PRESENT and sheet.quorum.present == 1
    assert model.rows[0].status_label == "Present" and "Not quorate: 1 of the " in view.quorum_label.text()
    assert chair.person_id == sheet.rows[0].person_id

    # The keyboard: select the next members, enough for the quorum, and press P.
    needed = sheet.quorum.required
    table.clearSelection()
    for n in range(1, needed + 1):  # one of them (the Senior Advisor) has no vote
        table.selectionModel().select(model.index(n, 0), table.selectionModel().SelectionFlag.Select
                                      | table.selectionModel().SelectionFlag.Rows)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.keyClick(table, Qt.Key.Key_P)
    sheet = attendance_svc.load(window.store, october)
    assert [r.status for r in sheet.rows[:needed + 1]] == [Status.PRESENT] * (needed + 1)
    assert sheet.quorum.present == needed and sheet.quorum.met
    assert view.quorum_label.text().startswith("✓ Quorate") and "#d6ecd6" in view.quorum_label.styleSheet()

    # X marks the selected member absent; then everyone not recorded is marked present at once.
    table.selectRow(1)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.keyClick(table, Qt.Key.Key_X)
    assert attendance_svc.load(window.store, october).rows[1].status == Status.ABSENT
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["mark_all"].click()
    sheet = attendance_svc.load(window.store, october)
    assert all(r.recorded for r in sheet.rows if r.member)
    assert sheet.rows[1].status == Status.ABSENT  # a recorded member is left as recorded
    assert not view.buttons["mark_all"].isEnabled()


def test_a_substitute_is_added_and_the_change_is_undone(qtbot, window, answers):
    view = window.minutes_view
    october = view.meeting_id
    member = next(r for r in view.attendance_model.rows if r.category == "elected_member")

    def fill(d: AttendeeDialog) -> bool:
        assert not d.ok.isEnabled()  # nobody chosen yet
        d.ui.memberCombo.setCurrentIndex(d.ui.memberCombo.findData(member.person_id))
        if d.person_id() is None:  # the member has no named substitute: pick someone
            d.ui.personCombo.setCurrentIndex(1)
        assert d.ok.isEnabled(), d.ui.problemLabel.text()
        d.ui.noteEdit.setText("Arrived at 14:20")
        fill.substitute = d.person_id()
        return True

    answers.append(fill)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["add_sub"].click()
    sheet = attendance_svc.load(window.store, october)
    sub = next(r for r in sheet.rows if r.status == Status.SUBSTITUTE)
    assert sub.person_id == fill.substitute and sub.substitute_for_id == member.person_id
    assert sub.note == "Arrived at 14:20"
    assert next(r for r in sheet.rows if r.person_id == member.person_id).status == Status.APOLOGIES
    shown = next(r for r in view.attendance_model.rows if r.person_id == member.person_id)
    assert shown.substituted_by == sub.name

    # Edit › Undo takes the substitute and the apologies away again; Redo puts them back.
    assert window.actionUndo.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.actionUndo.trigger()
    assert not attendance_svc.capture(window.store, october).rows
    assert all(not r.recorded for r in view.attendance_model.rows)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.actionRedo.trigger()
    assert any(r.status == Status.SUBSTITUTE for r in attendance_svc.load(window.store, october).rows)


def test_minutes_are_started_and_typing_is_saved_on_leaving_a_minute_the_view_or_with_ctrl_s(qtbot, window):
    view = window.minutes_view
    october = view.meeting_id
    view.show_tab("minutes")
    assert not view.minutes_splitter.isVisible()
    start_minutes(qtbot, view)
    items = agenda_svc.load_agenda(window.store, october).items
    assert view.minute_list.count() == len(items)
    assert view.minute_list.item(0).text() == "1. Welcome and introductions"
    assert not view.buttons["start"].isVisible()

    first = select_minute(qtbot, window, view, "Director's briefing")
    view.discussion_edit.setFocus()
    qtbot.keyClicks(view.discussion_edit, "The Director reported on recruitment of social workers.")
    second = view.record.minutes[[r.id for r in view.record.minutes].index(first.id) + 1]
    with qtbot.waitSignal(view.saved, timeout=10000):
        view.minute_list.setCurrentRow(view.minute_list.currentRow() + 1)  # leaving the minute saves it
    settle(qtbot, window, view)
    saved = {r.id: r for r in minutes_svc.load(window.store, october).minutes}
    assert saved[first.id].discussion == "The Director reported on recruitment of social workers."
    assert view._minute_id == second.id and view.discussion_edit.toPlainText() == second.discussion

    # Ctrl+S saves the minute being typed.
    window.activateWindow()
    view.discussion_edit.setFocus()
    view.discussion_edit.setPlainText("Members noted the report.")
    with qtbot.waitSignal(view.saved, timeout=10000):
        qtbot.keyClick(view.discussion_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window, view)
    assert minutes_svc.load(window.store, october).minutes[[r.id for r in view.record.minutes].index(second.id)] \
        .discussion == "Members noted the report."

    # Leaving the view saves too, and so does choosing another meeting.
    view.discussion_edit.setPlainText("Members noted the report and asked for a briefing note.")
    with qtbot.waitSignal(view.saved, timeout=10000):
        window.set_view("members")
    settle(qtbot, window, view)
    saved = {r.id: r for r in minutes_svc.load(window.store, october).minutes}
    assert saved[second.id].discussion == "Members noted the report and asked for a briefing note."
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.set_view("minutes")
    assert view.discussion_edit.toPlainText() == "Members noted the report and asked for a briefing note."
    view.discussion_edit.setPlainText("A last word.")
    august = meeting_on(window.store, dt.date(2026, 8, 12))
    with qtbot.waitSignal(view.saved, timeout=10000):
        view.open_meeting(august)
    settle(qtbot, window, view)
    assert {r.id: r for r in minutes_svc.load(window.store, october).minutes}[second.id].discussion == "A last word."


def test_a_deferred_resolution_puts_the_item_on_the_later_agenda(qtbot, window, answers):
    view = window.minutes_view
    october = view.meeting_id
    december = meeting_on(window.store, dt.date(2026, 12, 9))
    view.show_tab("minutes")
    start_minutes(qtbot, view)
    minute = select_minute(qtbot, window, view, "Children's complaints annual report")
    before = [i.title for i in agenda_svc.load_agenda(window.store, december).items]

    def noted(d: ResolutionDialog) -> bool:
        assert d.ok.isEnabled()
        assert d.ui.previewLabel.text().endswith("That the report be noted.")
        return True

    answers.append(noted)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["add_res"].click()

    def defer(d: ResolutionDialog) -> bool:
        d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("other"))
        assert not d.ok.isEnabled()  # the board's own words need writing
        d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("deferred"))
        assert not d.ok.isEnabled() and "later meeting" in d.ui.problemLabel.text()
        d.ui.meetingCombo.setCurrentIndex(d.ui.meetingCombo.findData(december))
        assert d.ok.isEnabled()
        assert "deferred to the meeting on Wednesday 9 December 2026." in d.ui.previewLabel.text()
        return True

    answers.append(defer)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["add_res"].click()
    saved = {r.id: r for r in minutes_svc.load(window.store, october).minutes}[minute.id]
    assert [r.kind for r in saved.resolutions] == ["noted", "deferred"]
    assert saved.resolutions[1].deferred_to_meeting_id == december
    assert view.resolution_list.count() == 2
    assert view.resolution_list.item(1).text().startswith("RESOLVED: That consideration of the report be deferred")
    after = agenda_svc.load_agenda(window.store, december).items
    added = [i for i in after if i.title not in before]
    assert [i.title for i in added] == ["Children's complaints annual report"]
    assert "Deferred from the meeting on 14/10/2026" in added[0].chair_notes

    # The agenda view's table marks it with the meeting it came from (issue 19, point 5).
    agenda_view = window.agenda_view
    window.set_view("agenda")
    qtbot.waitUntil(lambda: agenda_view.agenda is not None, timeout=10000)
    with qtbot.waitSignal(agenda_view.loaded, timeout=10000):
        agenda_view.open_meeting(december)
    shown = [agenda_view.model.index(n, 2).data() or "" for n in range(agenda_view.model.rowCount())]  # "": the Part 2 divider
    assert "Children's complaints annual report (deferred from 14 October 2026)" in shown
    assert sum("deferred from" in text for text in shown) == 1


def test_confirmed_minutes_are_locked_until_amend_is_given_a_reason(qtbot, window, answers):
    view = window.minutes_view
    june = meeting_on(window.store, dt.date(2026, 6, 10))
    choose_meeting(qtbot, view, june)
    view.show_tab("minutes")
    start_minutes(qtbot, view)
    minute = select_minute(qtbot, window, view, "Performance report")
    view.discussion_edit.setPlainText("Members discussed placement stability.")
    assert view.buttons["confirm"].isEnabled()

    def confirm(d: ConfirmMinutesDialog) -> bool:
        assert d.ok.isEnabled()  # amendments are optional
        d.ui.minuteCombo.setCurrentIndex(d.ui.minuteCombo.findData(minute.id))
        assert d.ui.wordingEdit.toPlainText() == "Members discussed placement stability."
        d.ui.wordingEdit.setPlainText("Members discussed placement stability and missing episodes.")
        assert not d.ok.isEnabled() and not d.ui.addButton.isEnabled()  # started, but no reason yet
        d.ui.reasonEdit.setText("Cllr Siddiqui asked for missing episodes to be minuted")
        d.ui.addButton.click()
        assert d.ui.amendmentList.count() == 1 and d.ok.isEnabled()
        return True

    answers.append(confirm)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["confirm"].click()
    record = minutes_svc.load(window.store, june)
    assert record.status == "confirmed" and record.confirmed_on == dt.date(2026, 8, 12)
    assert [a.reason for a in record.amendments] == ["Cllr Siddiqui asked for missing episodes to be minuted"]
    assert record.amendments[0].at_meeting == dt.date(2026, 8, 12)

    # Locked: read-only, with a banner; nothing typed can be saved.
    minute = select_minute(qtbot, window, view, "Performance report")
    assert view.discussion_edit.isReadOnly() and view.title_edit.isReadOnly()
    assert view.banner.isVisible() and "Confirmed on 12/08/2026 – changes are amendments" in view.banner.text()
    assert view.buttons["amend"].isVisible() and not view.buttons["confirm"].isVisible()
    qtbot.keyClicks(view.discussion_edit, " Extra.")
    assert view.discussion_edit.toPlainText() == "Members discussed placement stability and missing episodes."
    assert not view.save_pending()

    def why(d: AmendDialog) -> bool:
        assert not d.ok.isEnabled()
        d.ui.reasonEdit.setText("Chair's correction: the figures were for the quarter")
        assert d.ok.isEnabled()
        return True

    answers.append(why)
    view.buttons["amend"].click()
    assert not view.discussion_edit.isReadOnly() and "Amending" in view.banner.text()
    view.discussion_edit.setPlainText("Members discussed placement stability and missing episodes in the quarter.")
    with qtbot.waitSignal(view.saved, timeout=10000):
        view.minute_list.setCurrentRow(0)
    settle(qtbot, window, view)
    record = minutes_svc.load(window.store, june)
    assert {r.id: r for r in record.minutes}[minute.id].discussion.endswith("missing episodes in the quarter.")
    latest = record.amendments[-1]
    assert latest.reason == "Chair's correction: the figures were for the quarter"
    assert latest.at_meeting is None and "discussion" in latest.what
    assert view.amendment_table.isVisible() and view.amendment_model.rowCount() == 2
    view.buttons["amend"].click()  # Finish Amending: locked again
    assert view.discussion_edit.isReadOnly()


def test_an_action_needs_an_owner_and_overdue_actions_filter_and_stand_out(qtbot, window, answers, qtmodeltester):
    view = window.minutes_view
    view.show_tab("actions")
    today = dt.date.today()
    people = window.views_data.people_choices

    def no_owner_then_owner(d: ActionDialog) -> bool:
        d.ui.descriptionEdit.setPlainText("Write to the ICB about dental checks")
        assert not d.ok.isEnabled()
        d.ui.ownerCombo.setEditText("Nobody On The Register")
        assert not d.ok.isEnabled() and "not on the register" in d.ui.problemLabel.text()
        d.ui.ownerCombo.setEditText(people[0][1])
        assert d.ok.isEnabled(), d.ui.problemLabel.text()
        d.ui.dueCheck.setChecked(True)
        d.ui.dueEdit.setDate(d.ui.dueEdit.date().addDays(-40))  # four weeks ahead, less forty days
        return True

    def cancelled(d: ActionDialog) -> bool:
        d.ui.descriptionEdit.setPlainText("An action nobody owns")
        assert not d.ok.isEnabled()
        return False

    def on_time(d: ActionDialog) -> bool:
        d.ui.descriptionEdit.setPlainText("Update the induction pack")
        d.ui.ownerCombo.setCurrentIndex(2)
        return True

    answers.extend([cancelled, no_owner_then_owner, on_time])
    view.buttons["log_add"].click()
    assert not actions_svc.list_actions(window.store)
    for _ in range(2):
        with qtbot.waitSignal(view.loaded, timeout=10000):
            view.buttons["log_add"].click()
    rows = actions_svc.list_actions(window.store)
    assert [r.description for r in rows] == ["Write to the ICB about dental checks", "Update the induction pack"]
    assert rows[0].owner_id == people[0][0] and rows[0].due_date == today - dt.timedelta(days=12)
    assert rows[0].overdue and not rows[1].overdue
    assert rows[0].meeting_date == dt.date(2026, 10, 14)  # agreed at the meeting shown

    view.log_filter.setCurrentIndex(view.log_filter.findData("overdue"))
    late, later = rows[0].ref, rows[1].ref
    assert view.log_model.rowCount() == 1 and view.log_model.rows[0].ref == late
    background = view.log_model.data(view.log_model.index(0, 2), Qt.ItemDataRole.BackgroundRole)
    assert background.color() == ROSE
    assert "1 overdue" in view.log_count.text()

    # Update it as done: it leaves the overdue list; Edit › Undo brings it back.
    view.log_table.selectRow(0)

    def done(d: ActionUpdateDialog) -> bool:
        assert not d.ok.isEnabled()
        d.ui.statusCombo.setCurrentIndex(d.ui.statusCombo.findData("done"))
        d.ui.noteEdit.setPlainText("Letter sent")
        return True

    answers.append(done)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["update_action"].click()
    assert actions_svc.get_action(window.store, late).status == "done"
    assert view.log_model.rowCount() == 0
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.actionUndo.trigger()
    assert actions_svc.get_action(window.store, late).status == "open"
    assert view.log_model.rowCount() == 1
    view.log_filter.setCurrentIndex(view.log_filter.findData("all"))
    assert view.log_model.rowCount() == 2
    view.log_table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # latest due first
    assert [r.ref for r in view.log_model.rows] == [later, late]
    qtmodeltester.check(view.log_model)


def test_minutes_menu_commands_work_from_another_view(qtbot, window, answers, monkeypatch, tmp_path):
    """Minutes › Export Action Log… (Ctrl+Shift+L) from the Members view: the view is shown,
    read, and the log written where the user said."""
    view = window.minutes_view
    actions_svc.add_action(window.store, actions_svc.ActionInput("Circulate the Local Offer leaflet",
                                                                 window.views_data.people_choices[0][0]))
    window.set_view("members")
    assert window.minutes_menu_actions["export_log"].shortcut().toString() == "Ctrl+Shift+L"
    target = tmp_path / "log.csv"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: target)
    window.minutes_menu_actions["export_log"].trigger()
    qtbot.waitUntil(lambda: view.last_export == target, timeout=10000)
    assert window.current_view() == "minutes"
    assert "Circulate the Local Offer leaflet" in target.read_text(encoding="utf-8-sig")

    seen = []
    answers.append(lambda d: seen.append(type(d).__name__) or False)
    window.set_view("members")
    window.minutes_menu_actions["add_action"].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == ["ActionDialog"] and view.current_tab() == "actions"
    assert window.minutes_menu_actions["confirm"].isEnabled() is False  # minutes not started


def test_the_action_logs_excel_button_offers_a_workbook_and_a_csv(qtbot, window, monkeypatch, tmp_path):
    view = window.minutes_view
    actions_svc.add_action(window.store, actions_svc.ActionInput("Circulate the Local Offer leaflet",
                                                                 window.views_data.people_choices[0][0]))
    view.show_tab("actions")
    offered = []
    chosen = iter([tmp_path / "log.xlsx", tmp_path / "log.csv"])

    def save_file(parent, caption, suggested=None, file_filter=""):
        offered.append((suggested.suffix, file_filter))
        return next(chosen)

    monkeypatch.setattr(prompts, "save_file", save_file)
    button = view.log.ui.exportCsvButton
    assert button.text() == "Export E&xcel or CSV…"
    button.click()
    qtbot.waitUntil(lambda: view.last_export == tmp_path / "log.xlsx", timeout=10000)
    assert offered == [(".xlsx", "Excel workbooks (*.xlsx);;CSV files (*.csv)")]
    from workbooks import sheet

    rows = list(sheet((tmp_path / "log.xlsx").read_bytes()).iter_rows(values_only=True))
    assert rows[0][:3] == ("Number", "Minute", "Action") and "Circulate the Local Offer leaflet" in rows[-1]
    button.click()
    qtbot.waitUntil(lambda: view.last_export == tmp_path / "log.csv", timeout=10000)
    assert "Circulate the Local Offer leaflet" in (tmp_path / "log.csv").read_text(encoding="utf-8-sig")


def test_a_declaration_needs_every_field(qtbot, window, answers):
    view = window.minutes_view
    october = view.meeting_id
    view.show_tab("declarations")

    def fill(d: DeclarationDialog) -> bool:
        assert not d.ok.isEnabled()
        d.ui.memberCombo.setCurrentIndex(1)
        d.ui.itemCombo.setCurrentIndex(3)
        d.ui.natureEdit.setText("Is a foster carer for the council")
        assert not d.ok.isEnabled() and "kind of interest" in d.ui.problemLabel.text()
        d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("other_registrable"))
        assert d.ok.isEnabled()
        return True

    answers.append(fill)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["add_decl"].click()
    [declaration] = minutes_svc.load(window.store, october).declarations
    assert declaration.nature == "Is a foster carer for the council" and declaration.kind == "other_registrable"
    assert view.declaration_model.rowCount() == 1


@pytest.mark.skipif(importlib.util.find_spec("cpo_desktop.packs.minutes_pdf") is None,
                    reason="the minutes renderers are not there yet")
def test_minutes_export_to_a_real_pdf_and_letters_to_the_absent(qtbot, window, answers, monkeypatch, tmp_path):
    from pypdf import PdfReader

    view = window.minutes_view
    october = view.meeting_id
    attendance_svc.mark_everyone(window.store, october)
    absent = attendance_svc.load(window.store, october).rows[3]
    attendance_svc.record(window.store, october, [attendance_svc.Mark(absent.person_id, Status.ABSENT)])
    view.show_tab("minutes")
    start_minutes(qtbot, view)

    def public_pdf(d: ExportMinutesDialog) -> bool:
        d.ui.versionCombo.setCurrentIndex(d.ui.versionCombo.findData(True))
        assert d.fmt() == "pdf" and d.public()
        return True

    target = tmp_path / "minutes.pdf"
    asked = []
    monkeypatch.setattr(prompts, "save_file", lambda parent, caption, suggested=None, file_filter="": (
        asked.append(suggested), target)[1])
    answers.append(public_pdf)
    view.buttons["export"].click()
    qtbot.waitUntil(lambda: view.last_export is not None, timeout=20000)
    assert asked[0].name == "minutes-2026-10-14-public.pdf"
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "14 October 2026" in text and "Public version" in text

    folder = tmp_path / "letters"
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: folder)
    told = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: told.append(text))
    view.buttons["letters"].click()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert told[0].startswith("Wrote 1 letter") and absent.name in told[0]
    assert [p.suffix for p in folder.iterdir()] == [".docx"]


def test_delete_person_offers_to_mark_someone_in_the_record_as_former(qtbot, record_paths, answers, monkeypatch):
    from cpo_desktop.services.startup import open_data

    # Someone with no seat and no training, recorded in attendance as an officer.
    store = open_data(record_paths)
    new_id = register_svc.add_person(store, register_svc.PersonInput(first_name="Pat", surname="Guest"))
    october = meeting_on(store, dt.date(2026, 10, 14))
    attendance_svc.record(store, october, [attendance_svc.Mark(new_id, Status.IN_ATTENDANCE)])
    mistake = register_svc.add_person(store, register_svc.PersonInput(first_name="Typo", surname="Person"))
    store.close()
    window = open_window(qtbot, record_paths)
    register = window.members.register
    register.reset_filters()
    asked = []

    def yes(parent, title, text, **k):
        asked.append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", yes)
    delete_action = next(a for a in window.member_actions if a.text() == "&Delete Person…")

    # Someone entered by mistake is deleted; Edit › Undo brings them back.
    with qtbot.waitSignal(register.person_selected, timeout=10000):
        register.select_person(mistake)
    qtbot.waitUntil(lambda: register.detail is not None and register.detail.id == mistake, timeout=10000)
    delete_action.trigger()
    qtbot.waitUntil(lambda: "Deleted Typo Person" in window.ui.statusbar.currentMessage(), timeout=10000)
    assert all(m.id != mistake for m in register_svc.list_members(window.store))

    # Someone in the attendance of a meeting is refused; marking them former is offered and done.
    with qtbot.waitSignal(register.person_selected, timeout=10000):
        register.select_person(new_id)
    qtbot.waitUntil(lambda: register.detail is not None and register.detail.id == new_id, timeout=10000)

    def leaving(d) -> bool:
        assert d.mode == d.FORMER
        return True

    answers.append(leaving)
    delete_action.trigger()
    qtbot.waitUntil(lambda: "former member" in window.ui.statusbar.currentMessage(), timeout=10000)
    assert "the attendance of a meeting" in asked[-1] and asked[-1].endswith("Mark them as a former member instead?")
    person = next(m for m in register_svc.list_members(window.store) if m.id == new_id)
    assert person.former
    window.actionUndo.trigger()
    qtbot.waitUntil(lambda: not next(m for m in register_svc.list_members(window.store) if m.id == new_id).former,
                    timeout=10000)


def test_the_view_opens_on_the_demo_as_shipped(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    view = window.minutes_view
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.set_view("minutes")
    held = [m for m in meetings_svc.list_meetings(window.store) if m.status == "held" and m.kind == "board"]
    if held:
        assert view.meeting_id == max(held, key=lambda m: m.date).id
    assert view.attendance_model.rowCount() == len(attendance_svc.load(window.store, view.meeting_id).rows)
    assert view.log_model.rowCount() == len(actions_svc.list_actions(window.store))
    for tab in view.TABS:
        view.show_tab(tab)
        assert view.current_tab() == tab


def test_a_minute_saved_elsewhere_meanwhile_is_not_overwritten_and_the_typing_is_kept(qtbot, window, monkeypatch):
    """Two saves of one minute (this window, and another window or a command) can no longer both
    say "Saved." with one lost: the later one is refused, told, and keeps its text in the editor."""
    from cpo_desktop.services.startup import open_data

    view = window.minutes_view
    october = view.meeting_id
    view.show_tab("minutes")
    start_minutes(qtbot, view)
    minute = select_minute(qtbot, window, view, "Director's briefing")
    view.discussion_edit.setPlainText("Typed in this window.")
    elsewhere = open_data(window.data_paths)  # another program saves the same minute meanwhile
    try:
        minutes_svc.set_discussion(elsewhere, minute.id, "Saved by the other program.")
    finally:
        elsewhere.close()
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    assert view.save_pending()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    settle(qtbot, window, view)
    assert "saved elsewhere" in errors[0] and "still in the editor" in errors[0]
    stored = {r.id: r for r in minutes_svc.load(window.store, october).minutes}[minute.id]
    assert stored.discussion == "Saved by the other program."  # not lost
    assert view.discussion_edit.toPlainText() == "Typed in this window."  # nor is the typing
    # Told, the user saves again: now theirs takes the place of the other version.
    with qtbot.waitSignal(view.saved, timeout=10000):
        view.save_pending()
    settle(qtbot, window, view)
    stored = {r.id: r for r in minutes_svc.load(window.store, october).minutes}[minute.id]
    assert stored.discussion == "Typed in this window." and len(errors) == 1
