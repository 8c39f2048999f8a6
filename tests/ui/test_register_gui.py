"""The register as the CPO uses it: real window, real store, dialogs filled through prompts.ask."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from conftest import open_window
from sqlmodel import select
from workbooks import sheet, workbook

from cpo_desktop.model.tables import Membership, Person, TrainingRecord
from cpo_desktop.ui import prompts
from cpo_desktop.ui.register.dialogs import AppointDialog, MembershipDialog, PersonDialog, TrainingDialog
from cpo_desktop.ui.register.import_dialog import ImportDialog

DWP = "Partnership Manager, DWP"


@pytest.fixture
def window(qtbot, demo_paths):
    return open_window(qtbot, demo_paths)


def seat_row(window, title):
    return next(s for s in window.seats.model.all_rows if s.seat == title)


def db_rows(window, table, **where):
    with window.store.session() as session:
        query = select(table)
        for key, value in where.items():
            query = query.where(getattr(table, key) == value)
        return session.exec(query).all()


def test_add_a_person_appoint_them_find_them_and_undo(qtbot, window, answers):
    register = window.members.register

    def fill_person(d: PersonDialog) -> bool:
        assert not d.ok.isEnabled()  # nothing typed yet
        qtbot.keyClicks(d.ui.firstNameEdit, "Zephyrine")  # typed, as the user would
        assert "surname is needed" not in d.ui.problemLabel.text()  # not scolded before touching it
        qtbot.keyClicks(d.ui.surnameEdit, "Okonkwo-Hale")
        qtbot.keyClicks(d.ui.emailEdit, "zephyrine@dwp")
        assert not d.ok.isEnabled() and "not an e-mail address" in d.ui.problemLabel.text()
        # What the user typed is shown as typed, never read as markup.
        assert d.ui.problemLabel.textFormat() == Qt.TextFormat.PlainText
        d.ui.emailEdit.clear()
        qtbot.keyClicks(d.ui.emailEdit, "zephyrine.okonkwo-hale@example.org")
        d.ui.organisationCombo.setEditText("Department for Work and Pensions")
        d.ui.jobTitleEdit.setText("Partnership Manager")
        assert d.ok.isEnabled() and not d.ui.problemLabel.isVisible()
        return True

    answers.append(fill_person)
    window.member_actions[0].trigger()  # Members › Add Person… (Ctrl+N)
    qtbot.waitUntil(lambda: any(r.surname == "Okonkwo-Hale" for r in register.model.all_rows), timeout=10000)
    qtbot.waitUntil(lambda: register.detail is not None and register.detail.data.surname == "Okonkwo-Hale",
                    timeout=10000)
    person_id = register.detail.id

    def fill_appoint(d: AppointDialog) -> bool:
        held = d.ui.seatCombo.findData(seat_row(window, "Chief Executive, One Vision Housing").id)
        d.ui.seatCombo.setCurrentIndex(held)
        assert not d.ok.isEnabled() and "held by" in d.ui.problemLabel.text()
        young_seat = d.ui.seatCombo.findData(seat_row(window, "Care Experienced Young Person (1)").id)
        d.ui.seatCombo.setCurrentIndex(young_seat)
        assert not d.ok.isEnabled() and "young person's seat" in d.ui.problemLabel.text()
        d.ui.seatCombo.setCurrentIndex(d.ui.seatCombo.findData(seat_row(window, DWP).id))
        d.ui.appointedByEdit.setText("DWP district manager")
        assert d.ok.isEnabled()
        return True

    answers.append(fill_appoint)
    register.ui.appointButton.click()
    qtbot.waitUntil(lambda: seat_row(window, DWP).holder == "Zephyrine Okonkwo-Hale", timeout=10000)
    [membership] = db_rows(window, Membership, person_id=person_id)
    assert membership.appointed_by == "DWP district manager" and membership.end_date is None

    # Find them by searching, as you type.
    register.filter.setText("okonkwo")
    assert [r.name for r in register.model.rows] == ["Zephyrine Okonkwo-Hale"]
    register.filter.setText("zzz-nobody")
    assert register.model.rowCount() == 0
    register.filter.setText("")
    register.ui.categoryCombo.setCurrentIndex(register.ui.categoryCombo.findData("partner_agency"))
    assert "Zephyrine Okonkwo-Hale" in [r.name for r in register.model.rows]
    assert all("partner_agency" in r.category_values for r in register.model.rows)

    # Undo the appointment, then the addition; redo both.
    assert window.actionUndo.isEnabled() and "Appoint" in window.actionUndo.text()
    window.actionUndo.trigger()
    qtbot.waitUntil(lambda: seat_row(window, DWP).vacant, timeout=10000)
    assert db_rows(window, Membership, person_id=person_id) == []
    window.actionUndo.trigger()
    qtbot.waitUntil(lambda: not any(r.id == person_id for r in register.model.all_rows), timeout=10000)
    assert db_rows(window, Person, id=person_id) == []
    window.actionRedo.trigger()
    window.actionRedo.trigger()
    qtbot.waitUntil(lambda: seat_row(window, DWP).holder == "Zephyrine Okonkwo-Hale", timeout=10000)
    assert db_rows(window, Person, id=person_id)[0].email == "zephyrine.okonkwo-hale@example.org"


def test_end_a_membership_set_a_substitute_and_mark_former(qtbot, window, answers):
    seats = window.seats
    window.set_view("seats")
    row = seat_row(window, "Elected Member (2)")
    holder = row.holder
    seats.ui.seatTable.selectRow(next(n for n, r in enumerate(seats.model.rows) if r.id == row.id))

    def fill_substitute(d: MembershipDialog) -> bool:
        d.ui.substituteCombo.setCurrentIndex(d.ui.substituteCombo.findText("Cllr Fatima Begum"))
        return True

    answers.append(fill_substitute)
    seats.ui.substituteButton.click()
    qtbot.waitUntil(lambda: seat_row(window, "Elected Member (2)").substitute == "Cllr Fatima Begum", timeout=10000)

    def fill_end(d: MembershipDialog) -> bool:
        d.ui.dateEdit.setDate(d.ui.dateEdit.date().addYears(-30))
        assert not d.ok.isEnabled() and "before the membership began" in d.ui.problemLabel.text()
        d.ui.dateEdit.setDate(d.ui.dateEdit.date().addYears(30).addDays(-1))  # yesterday
        assert d.ok.isEnabled()
        return True

    answers.append(fill_end)
    seats.ui.endButton.click()
    qtbot.waitUntil(lambda: seat_row(window, "Elected Member (2)").vacant, timeout=10000)
    ended = [m for m in db_rows(window, Membership, seat_id=row.id) if m.id == row.membership_id][0]
    assert ended.end_date == dt.date.today() - dt.timedelta(days=1)

    # Mark the former holder as a former member, from the register; their history stays.
    window.set_view("members")
    register = window.members.register
    register.ui.statusCombo.setCurrentIndex(register.ui.statusCombo.findData("all"))
    assert register.select_person(row.holder_id)
    qtbot.waitUntil(lambda: register.detail is not None and register.detail.id == row.holder_id, timeout=10000)
    answers.append(lambda d: True)
    register.ui.formerButton.click()
    qtbot.waitUntil(lambda: next(r for r in register.model.all_rows if r.id == row.holder_id).former,
                    timeout=10000)
    assert db_rows(window, Membership, id=row.membership_id)  # kept, not deleted
    qtbot.waitUntil(lambda: register.detail is not None and register.detail.former, timeout=10000)
    assert register.ui.formerButton.text().replace("&", "") == "Bring Back"
    assert holder in register.ui.nameLabel.text().replace("Cllr ", "Cllr ")


def test_training_is_recorded_and_clears_the_highlight(qtbot, window, answers):
    register = window.members.register
    row = next(r for r in register.model.all_rows if r.needs_training)
    assert register.select_person(row.id)
    qtbot.waitUntil(lambda: register.detail is not None and register.detail.id == row.id, timeout=10000)
    assert register.detail.needs_training and "training" in register.ui.warningLabel.text()

    def fill_training(d: TrainingDialog) -> bool:
        d.ui.dateEdit.setDate(d.ui.dateEdit.date().addDays(-1))
        d.ui.statusCombo.setCurrentIndex(d.ui.statusCombo.findData("attended"))
        return True

    answers.append(fill_training)
    register.ui.addTrainingButton.click()
    qtbot.waitUntil(lambda: not next(r for r in register.model.all_rows if r.id == row.id).needs_training,
                    timeout=10000)
    assert any(t.status == "attended" and t.date == dt.date.today() - dt.timedelta(days=1)
               for t in db_rows(window, TrainingRecord, person_id=row.id))
    window.actionUndo.trigger()
    qtbot.waitUntil(lambda: next(r for r in register.model.all_rows if r.id == row.id).needs_training,
                    timeout=10000)


def test_a_refused_change_leaves_a_message_and_no_undo_entry(qtbot, window, answers, monkeypatch):
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    register = window.members.register
    young = next(r for r in register.model.all_rows if r.young_person and not r.former)
    assert register.select_person(young.id)
    qtbot.waitUntil(lambda: register.detail is not None and register.detail.id == young.id, timeout=10000)

    def fill_person(d: PersonDialog) -> bool:
        d.ui.emailEdit.setText("")
        d.ui.consentCheck.setChecked(True)
        assert d.ui.consentCheck.isEnabled()
        d.ui.youngPersonCheck.setChecked(False)
        assert not d.ui.consentCheck.isEnabled()
        d.ui.youngPersonCheck.setChecked(True)
        return True

    answers.append(fill_person)
    register.ui.editButton.click()
    qtbot.waitUntil(lambda: "Edit" in window.actionUndo.text(), timeout=10000)
    # A seat that is held cannot be given a second holder: the service refuses, nothing changes.
    from cpo_desktop.services import register as register_service

    count = window.actions.undo_stack.count()
    held = seat_row(window, "Leader of Sefton Council")
    window.actions.change("Appoint", young.id,
                          lambda s: register_service.appoint(s, young.id, held.id, dt.date.today()))
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "is held by" in errors[0]
    assert window.actions.undo_stack.count() == count


def test_import_preview_maps_columns_and_blocks_bad_rows(qtbot, window, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("Forename;Last name;E-mail;Employer\nAda;Lovelace;ada@example.org;Analytical Engines\n"
                    "Bad;Row;not-an-email;X\n", encoding="cp1252")
    dialog = ImportDialog(path, window.ctx, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.model.rowCount() == 2
    assert not dialog.import_button.isEnabled() and "row 3" in dialog.ui.problemLabel.text()
    assert list(dialog.combos) == ["Employer"]
    dialog.combos["Employer"].setCurrentIndex(dialog.combos["Employer"].findData("organisation"))
    qtbot.waitUntil(lambda: dialog.preview.columns.get("Employer") == "organisation", timeout=10000)
    assert dialog.preview.rows[0].values["organisation"] == "Analytical Engines"

    path.write_text("Forename;Last name;E-mail\nAda;Lovelace;ada@example.org\n", encoding="utf-8")
    dialog.load()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)


def accept_when_ready(qtbot):
    """An answer to the import dialog: Import once the file has been read and checked."""
    def accept(d: ImportDialog) -> bool:
        qtbot.waitUntil(lambda: d.import_button.isEnabled(), timeout=10000)
        return True

    return accept


def test_import_through_the_menu_backs_up_and_reports(qtbot, window, answers, monkeypatch, tmp_path):
    path = tmp_path / "new.csv"
    path.write_bytes("First name,Surname,Email\nRenée,Dupré,renee@example.org\n".encode("utf-8-sig"))
    reports = []
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: path)
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: reports.append(text))

    answers.append(accept_when_ready(qtbot))
    window.actions.import_csv()
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    assert "1 added" in reports[0] and "before-import" in reports[0]
    qtbot.waitUntil(lambda: any(r.surname == "Dupré" for r in window.members.register.model.all_rows),
                    timeout=10000)


def test_export_writes_the_chosen_file(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "public.csv"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: target)
    window.actions.export("csv", True)
    qtbot.waitUntil(target.exists, timeout=10000)
    text = target.read_text(encoding="utf-8-sig")
    assert "Kayden" in text and "Lowe" not in text  # a young person by first name only


def test_export_writes_a_workbook_or_a_csv_as_the_name_chosen_says(qtbot, window, monkeypatch, tmp_path):
    """Members › Export › Members as Excel Workbook or CSV…: both offered, the workbook first."""
    offered = []
    chosen = iter([tmp_path / "public.xlsx", tmp_path / "public.csv", tmp_path / "register"])

    def save_file(parent, caption, suggested=None, file_filter=""):
        offered.append((suggested.suffix, file_filter))
        return next(chosen)

    monkeypatch.setattr(prompts, "save_file", save_file)
    [workbook, public] = [a for a in window.actions.export_menu.actions() if "Excel Workbook or" in a.text()]
    assert workbook.text() == "Members as &Excel Workbook or CSV…"
    public.trigger()
    qtbot.waitUntil((tmp_path / "public.xlsx").exists, timeout=10000)
    assert offered == [(".xlsx", "Excel workbooks (*.xlsx);;CSV files (*.csv)")]
    values = [v for row in sheet((tmp_path / "public.xlsx").read_bytes()).iter_rows(values_only=True) for v in row]
    assert "Kayden" in values and "Lowe" not in values  # the privacy rule, as for the CSV
    public.trigger()
    qtbot.waitUntil((tmp_path / "public.csv").exists, timeout=10000)
    assert (tmp_path / "public.csv").read_bytes().startswith(b"\xef\xbb\xbfTitle,First name")
    workbook.trigger()  # a name without .xlsx or .csv gets the first offered: a workbook
    qtbot.waitUntil((tmp_path / "register.xlsx").exists, timeout=10000)
    assert sheet((tmp_path / "register.xlsx").read_bytes()).title == "Members"


def test_import_a_workbook_through_the_menu(qtbot, window, answers, monkeypatch, tmp_path):
    path = tmp_path / "new.xlsx"
    path.write_bytes(workbook([["First name", "Surname", "Email", "Phone"],
                               ["Renée", "Dupré", "renee@example.org", 1514960000]],
                              formats={"D2": "00000000000"}))
    asked, reports = [], []
    monkeypatch.setattr(prompts, "open_file", lambda parent, caption, folder, file_filter: (
        asked.append(file_filter), path)[1])
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: reports.append(text))

    answers.append(accept_when_ready(qtbot))
    window.actions.import_csv()
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    assert "*.xlsx" in asked[0] and "*.csv" in asked[0]
    assert "1 added" in reports[0]
    [renee] = db_rows(window, Person, surname="Dupré")
    assert renee.phone == "01514960000"


def test_filtered_model_is_a_well_behaved_model(qtmodeltester, window):
    qtmodeltester.check(window.members.register.model)
    qtmodeltester.check(window.seats.model)


def test_the_register_footer_counts_in_good_english():
    """Issue 19, point 14: "1 councillor needs training", not "1 councillors need" (every councillor since
    issue 21)."""
    from cpo_desktop.ui.register.views import register_totals

    assert register_totals(1, 1, 1, 1) == (" of 1 person · 1 holds a seat · 1 term ending within 60 days · "
                                           "1 councillor needs training")
    assert register_totals(43, 26, 0, 2) == (" of 43 people · 26 hold seats · 0 terms ending within 60 days · "
                                             "2 councillors need training")


def test_add_edit_and_retire_a_seat_from_the_seats_view_with_undo(qtbot, window, answers):
    from cpo_desktop.ui.register.dialogs import RetireSeatDialog, SeatDialog

    seats = window.seats
    window.set_view("seats")
    before = len(seats.model.all_rows)

    def fill_new(d: SeatDialog) -> bool:
        assert not d.ok.isEnabled()  # a title first
        d.ui.titleEdit.setText("elected member (1)")
        d.ui.titleEdit.textEdited.emit("elected member (1)")
        assert not d.ok.isEnabled() and "already has a seat" in d.ui.problemLabel.text()
        d.ui.titleEdit.setText("Making A Difference representative (1)")
        d.ui.categoryCombo.setCurrentIndex(d.ui.categoryCombo.findData("young_person"))
        d.ui.termCombo.setCurrentIndex(d.ui.termCombo.findData("years"))
        d.ui.termYearsSpin.setValue(2)
        d.ui.rotationCombo.setEditText("MAD representatives")
        d.ui.quorumCheck.setChecked(False)
        d.ui.sourceEdit.setText("Terms of reference 2024")
        assert d.ok.isEnabled()
        return True

    answers.append(fill_new)
    seats.ui.addSeatButton.click()
    mad = "Making A Difference representative (1)"
    qtbot.waitUntil(lambda: any(r.seat == mad for r in seats.model.all_rows), timeout=10000)
    row = seat_row(window, mad)
    assert (row.term_years, row.rotation_group, row.counts_towards_quorum, row.voting) == \
        (2, "MAD representatives", False, True)
    assert "rotates with the MAD representatives" in seats.model.data(seats.model.index(
        seats.model.rows.index(row), 0), 3)  # the tooltip says the rules

    # Edited: permanent now.
    assert select_row(seats, mad)

    def fill_edit(d: SeatDialog) -> bool:
        assert d.ui.titleEdit.text() == mad and d.ui.rotationCombo.currentText() == "MAD representatives"
        d.ui.termCombo.setCurrentIndex(d.ui.termCombo.findData("permanent"))
        assert not d.ui.termYearsSpin.isEnabled()
        return True

    answers.append(fill_edit)
    seats.ui.editSeatButton.click()
    qtbot.waitUntil(lambda: seat_row(window, mad).permanent, timeout=10000)

    # Retired; its holder's membership ends that day; undo puts both back.
    holder = seat_row(window, "Elected Member (2)").holder
    assert select_row(seats, "Elected Member (2)")

    def fill_retire(d: RetireSeatDialog) -> bool:
        assert holder in d.ui.introLabel.text()
        assert d.ui.dateEdit.maximumDate() == d.ui.dateEdit.date()  # today at the latest
        return True

    answers.append(fill_retire)
    seats.ui.retireSeatButton.click()
    qtbot.waitUntil(lambda: all(r.seat != "Elected Member (2)" for r in seats.model.all_rows), timeout=10000)
    assert len(seats.model.all_rows) == before  # one added, one retired
    assert select_row(seats, "Chair – Lead Member for Children, Schools and Families")
    assert not seats.ui.retireSeatButton.isEnabled()  # never the Chair's
    window.ctx.undo.stack.undo()
    qtbot.waitUntil(lambda: any(r.seat == "Elected Member (2)" for r in seats.model.all_rows), timeout=10000)
    assert seat_row(window, "Elected Member (2)").holder == holder


def select_row(view, title: str) -> bool:
    from cpo_desktop.ui.widgets import select_where

    return select_where(view.ui.seatTable, view.model, lambda s: s.seat == title)


def test_the_members_menu_adds_edits_and_retires_seats_in_the_seats_view(qtbot, window, answers):
    """The seat commands are in the Members menu too: each shows the Seats view and acts on the
    seat selected there (none selected: nothing happens)."""
    from cpo_desktop.ui.register.dialogs import SeatDialog

    entries = {a.text().replace("&", ""): a for a in window.menuMembers.entries}
    assert {"Add Seat…", "Edit Seat…", "Retire Seat…"} <= set(entries)
    window.set_view("members")
    entries["Edit Seat…"].trigger()  # no seat selected yet: the Seats view shows, no dialog
    assert window.current_view() == "seats"

    window.set_view("members")
    shown: list[str] = []

    def fill_new(d: SeatDialog) -> bool:
        shown.append(window.current_view())
        d.ui.titleEdit.setText("Care Experienced Young Person (3)")
        d.ui.categoryCombo.setCurrentIndex(d.ui.categoryCombo.findData("young_person"))
        d.ui.termCombo.setCurrentIndex(d.ui.termCombo.findData("permanent"))
        return True

    answers.append(fill_new)
    entries["Add Seat…"].trigger()
    assert shown == ["seats"]
    qtbot.waitUntil(lambda: any(r.seat == "Care Experienced Young Person (3)" for r in window.seats.model.all_rows),
                    timeout=10000)
    assert seat_row(window, "Care Experienced Young Person (3)").permanent

    assert select_row(window.seats, "Care Experienced Young Person (3)")
    seen: list[str] = []
    answers.append(lambda d: seen.append(d.ui.titleEdit.text()) or False)  # looked at, cancelled
    entries["Edit Seat…"].trigger()
    assert seen == ["Care Experienced Young Person (3)"]
