"""The agenda builder as the CPO uses it: real window on the demo board, dialogs filled through
prompts.ask, files picked through prompts.open_file."""

from __future__ import annotations

import io

import pytest
from conftest import open_window
from PySide6.QtCore import QModelIndex, Qt
from sqlmodel import select

from cpo_desktop.model.tables import AgendaItem, Paper
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import agenda_template, chase
from cpo_desktop.ui import prompts
from cpo_desktop.ui.agenda.dialogs import ItemDialog


@pytest.fixture
def window(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    view = window.agenda_view
    window.set_view("agenda")
    qtbot.waitUntil(lambda: view.agenda is not None, timeout=10000)
    return window


def choose(qtbot, view, meeting_id):
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.open_meeting(meeting_id)


def titles_in_db(window, meeting_id):
    with window.store.session() as session:
        return [i.title for i in session.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                              .order_by(AgendaItem.position))]


def a_pdf(tmp_path, name="Part2-paper.pdf"):
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(100, 750, "Placement review: exempt paper")
    c.showPage()
    c.save()
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def test_build_an_agenda_reorder_it_and_add_a_part_2_item_with_a_paper(qtbot, window, monkeypatch, tmp_path):
    view = window.agenda_view
    # The last meeting of the demo year has no agenda yet.
    empty = [m for m in window.views_data.meetings if m.kind == "board"][-1]
    choose(qtbot, view, empty.id)
    assert view.model.rowCount() == 0 and view.buttons["template"].isVisible()

    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["template"].click()
    expected = agenda_svc.load_agenda(window.store, empty.id)
    assert [i.title for i in view.model.items] == [i.title for i in expected.items]
    assert view.model.items[0].title == "Welcome and introductions"
    assert view.model.items[-1].title == "Date of next meeting"
    assert [view.model.data(view.model.index(r, 0)) for r in range(3)] == ["1", "2", "3"]
    assert not view.buttons["template"].isVisible()

    # Drag "Director's briefing" to the top of the standing items, through the model's drop.
    items = view.model.items
    director = next(n for n, i in enumerate(items) if i.title == "Director's briefing")
    local_offer = next(n for n, i in enumerate(items) if i.title.startswith("Local Offer"))
    mime = view.model.mimeData([view.model.index(director, 0)])
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.model.dropMimeData(mime, Qt.DropAction.MoveAction, local_offer, 0, QModelIndex())
        # The row moves at once, before the save has finished.
        assert view.model.items[local_offer].title == "Director's briefing"
    saved = titles_in_db(window, empty.id)
    assert saved.index("Director's briefing") == local_offer
    assert view.model.items[local_offer].number == str(local_offer + 1)

    # Keyboard: Ctrl+Down moves it back below the Local Offer.
    view.select_item(view.model.items[local_offer].id)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.actions["down"].trigger()
    assert titles_in_db(window, empty.id)[local_offer + 1] == "Director's briefing"

    # Undo puts the agenda back as it was before that move.
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.actionUndo.trigger()
    assert titles_in_db(window, empty.id).index("Director's briefing") == local_offer

    # A Part 2 item: OK stays disabled until the Schedule 12A paragraph is chosen.
    view.select_item(next(i.id for i in view.model.items if i.title == "Performance report"))

    def fill(d: ItemDialog) -> bool:
        qtbot.keyClicks(d.ui.titleEdit, "Individual placement reviews")
        d.ui.partCombo.setCurrentIndex(d.ui.partCombo.findData(2))
        assert not d.ok.isEnabled() and "Schedule 12A" in d.ui.problemLabel.text()
        d.ui.paragraphCombo.setCurrentIndex(d.ui.paragraphCombo.findData(1))
        d.ui.publicInterestEdit.setPlainText("About individual children.")
        d.ui.purposeCombo.setCurrentIndex(d.ui.purposeCombo.findData("decision"))
        d.ui.presenterCombo.setEditText("Service Manager, Corporate Parenting Services")
        assert d.ok.isEnabled(), d.ui.problemLabel.text()
        return True

    monkeypatch.setattr(prompts, "ask", fill)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.add_item()
    numbers = {i.title: i for i in view.model.items}
    part2 = numbers["Individual placement reviews"]
    performance = numbers["Performance report"]
    assert part2.part == 2 and part2.exempt_paragraph == 1
    assert int(part2.number) == int(performance.number) + 1  # added after the selected item
    assert "Part 2 – para 1" in view.model.data(view.model.index(view.model.row_of(part2.id), 2))
    assert view.selected().id == part2.id

    # Attach its paper: copied into the store under its content hash, original name kept.
    pdf = a_pdf(tmp_path)
    original = pdf.read_bytes()
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: pdf)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.actions["attach"].trigger()
    with window.store.session() as session:
        paper = session.exec(select(Paper).where(Paper.agenda_item_id == part2.id)).one()
    assert paper.original_name == "Part2-paper.pdf" and paper.kind == "pdf" and paper.pages == 1
    stored = window.store.paths.documents / paper.sha256[:2] / f"{paper.sha256}.pdf"
    assert stored.read_bytes() == original and pdf.read_bytes() == original
    row = next(i for i in view.model.items if i.id == part2.id)
    assert row.state == "received" and "Part2-paper.pdf" in view.model.data(
        view.model.index(view.model.row_of(row.id), 6))
    assert "Part 2" in view.detail.text() and "Part2-paper.pdf" in view.detail.text()


def test_a_bad_paper_is_refused_with_a_message_and_nothing_is_attached(qtbot, window, monkeypatch, tmp_path):
    view = window.agenda_view
    item = next(i for i in view.model.items if i.paper_expected and not i.papers)
    view.select_item(item.id)
    fake = tmp_path / "report.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)  # a program renamed .pdf
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: fake)
    errors = []
    monkeypatch.setattr(window.ctx, "show_error", lambda exc, tb: errors.append(str(exc)))
    view.actions["attach"].trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "program" in errors[0].lower()
    with window.store.session() as session:
        assert session.exec(select(Paper).where(Paper.agenda_item_id == item.id)).first() is None


def test_checklist_ticks_show_in_the_agenda(qtbot, window, monkeypatch):
    view = window.agenda_view
    item = next(i for i in view.model.items if i.papers)
    view.select_item(item.id)

    def tick(d) -> bool:
        d.ui.pledgeCheck.setChecked(True)
        d.ui.involvementCheck.setChecked(False)
        d.ui.youSaidCheck.setChecked(True)
        d.ui.youSaidNote.setPlainText("Section 4: the MAD group asked for later opening hours.")
        return True

    monkeypatch.setattr(prompts, "ask", tick)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.actions["checklist"].trigger()
    row = next(i for i in view.model.items if i.id == item.id)
    text = view.model.data(view.model.index(view.model.row_of(row.id), 7))
    assert text == "✓ · ✗ · ✓"
    tip = view.model.data(view.model.index(view.model.row_of(row.id), 7), Qt.ItemDataRole.ToolTipRole)
    assert "Pledge ✓ · Involvement ✗ · You said, we did ✓" in tip
    assert "later opening hours" in view.detail.text()


def test_the_template_is_edited_from_the_agenda_menu(qtbot, window, monkeypatch):
    """Agenda › Agenda Template… reads the template, shows it in the dialog and saves the result."""
    from cpo_desktop.ui.agenda.template_dialog import TemplateDialog

    view = window.agenda_view
    seen = []

    def rename(d: TemplateDialog) -> bool:
        seen.append([d.ui.itemList.item(n).text() for n in range(d.ui.itemList.count())])
        d.ui.itemList.setCurrentRow(0)
        d.ui.titleEdit.setText("Welcome, introductions and housekeeping")
        assert d.ok.isEnabled()
        return True

    monkeypatch.setattr(prompts, "ask", rename)
    messages = []
    monkeypatch.setattr(window, "status", lambda text, *a: messages.append(text))
    view.actions["template_edit"].trigger()
    qtbot.waitUntil(lambda: any("agenda template" in m for m in messages), timeout=10000)
    assert any("Welcome and introductions" in text for text in seen[0])
    titles = [t.title for t in agenda_template.list_template(window.store)]
    assert titles[0] == "Welcome, introductions and housekeeping"


def test_papers_to_chase_writes_drafts_that_parse_back(qtbot, window, monkeypatch):
    """Agenda › Papers to Chase… lists what is still to come and writes one .eml per author."""
    import email
    import email.policy

    view = window.agenda_view
    shown = []

    def look(dialog) -> bool:
        shown.append(dialog)
        return False  # the drafts are written from the dialog's own button, below

    monkeypatch.setattr(prompts, "ask", look)
    view.actions["chase_list"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    dialog = shown[0]
    expected = chase.chase_list(window.store)
    assert dialog.ui.table.rowCount() == len(expected) > 0
    assert {dialog.ui.table.item(n, 2).text() for n in range(len(expected))} == {r.title for r in expected}
    dialog.ui.writeButton.click()
    qtbot.waitUntil(lambda: getattr(view, "last_drafts", None) is not None, timeout=10000)
    with_email = [r for r in expected if r.email]
    assert len(view.last_drafts) == len(with_email)
    for path in view.last_drafts:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert message["X-Unsent"] == "1"
        [to] = message["To"].addresses  # the name with the address (issue 19)
        assert to.addr_spec in {r.email for r in with_email}


def test_the_work_programme_shows_an_agenda_change_when_next_shown(qtbot, window):
    """Views behind the one in use are read again when shown, not on every change."""
    view, programme = window.agenda_view, window.work_programme
    with qtbot.waitSignal(programme.loaded, timeout=10000):
        window.set_view("work-programme")  # read once, before the change
    window.set_view("agenda")
    empty = [m for m in window.views_data.meetings if m.kind == "board"][-1]
    choose(qtbot, view, empty.id)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.buttons["template"].click()
    with qtbot.waitSignal(programme.loaded, timeout=10000):
        window.set_view("work-programme")
    column = [m.id for m in programme.data.grid.meetings].index(empty.id)
    cells = {row.title: row.cells[column] for row in programme.data.grid.rows}
    assert cells["Performance report"] == "scheduled"


def test_the_contact_officer_is_set_from_the_agenda_menu(qtbot, window, monkeypatch):
    """Agenda › Contact Officer…: a bad address keeps OK disabled; the officer saved is the one
    the packs' front sheets name."""
    from cpo_desktop.services import packs, settings
    from cpo_desktop.ui.agenda.dialogs import ContactDialog

    view = window.agenda_view
    seen = []

    def fill(d: ContactDialog) -> bool:
        # The demo board's officer, all four settings (issue 19): replaced by another.
        assert (d.ui.nameEdit.text(), d.ui.jobTitleEdit.text(), d.ui.emailEdit.text(), d.ui.phoneEdit.text()) == (
            "Jo Lambert", "Corporate Parenting Officer", "corporate.parenting@example.org", "0151 496 0123")
        for edit in (d.ui.nameEdit, d.ui.jobTitleEdit, d.ui.emailEdit, d.ui.phoneEdit):
            edit.clear()
        qtbot.keyClicks(d.ui.nameEdit, "Jo Bloggs")
        qtbot.keyClicks(d.ui.jobTitleEdit, "Corporate Parenting Lead")
        qtbot.keyClicks(d.ui.emailEdit, "jo.bloggs@")
        assert not d.ok.isEnabled() and "e-mail" in d.ui.problemLabel.text().lower()
        qtbot.keyClicks(d.ui.emailEdit, "sefton.gov.uk")
        qtbot.keyClicks(d.ui.phoneEdit, "call me")
        assert not d.ok.isEnabled() and "telephone" in d.ui.problemLabel.text().lower()
        d.ui.phoneEdit.clear()
        qtbot.keyClicks(d.ui.phoneEdit, "0151 496 0999")
        assert d.ok.isEnabled(), d.ui.problemLabel.text()
        seen.append(d)
        return True

    monkeypatch.setattr(prompts, "ask", fill)
    assert view.actions["contact"] in window.menuAgenda.actions()
    view.actions["contact"].trigger()
    qtbot.waitUntil(lambda: "Jo Bloggs" in window.statusBar().currentMessage(), timeout=10000)
    assert seen
    with window.store.session() as session:
        assert settings.contact(session) == settings.Contact("Jo Bloggs", "jo.bloggs@sefton.gov.uk",
                                                             "Corporate Parenting Lead", "0151 496 0999")
    meeting = next(m for m in window.views_data.meetings if m.kind == "board" and m.status == "planned")
    issues = packs.preflight(window.store, meeting.id).issues
    assert not [i for i in issues if "contact officer" in i.problem]


def test_a_part_2_items_public_title_in_the_dialog_the_table_and_undo(qtbot, window, monkeypatch):
    """Issue 17, deliverable 11: the item dialog's public title, enabled for Part 2 only, with the
    default as its placeholder; shown in the table's tooltip and the detail; undone and redone."""
    view = window.agenda_view
    with window.store.session() as session:
        part2 = session.exec(select(AgendaItem).where(AgendaItem.part == 2).order_by(AgendaItem.id)).first()
    choose(qtbot, view, part2.meeting_id)
    assert view.select_item(part2.id)
    row = view.model.row_of(view.selected().id)
    default = f"Exempt item (paragraph {part2.exempt_paragraph})"
    tip = view.model.data(view.model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
    assert f"Public title: {default} – the default" in tip
    assert default in view.detail.text()

    def write(d: ItemDialog) -> bool:
        assert d.ui.publicTitleEdit.isEnabled() and d.ui.publicTitleEdit.text() == ""
        assert d.ui.publicTitleEdit.placeholderText() == default
        d.ui.paragraphCombo.setCurrentIndex(d.ui.paragraphCombo.findData(7))
        assert d.ui.publicTitleEdit.placeholderText() == "Exempt item (paragraph 7)"  # follows the paragraph
        d.ui.paragraphCombo.setCurrentIndex(d.ui.paragraphCombo.findData(part2.exempt_paragraph))
        qtbot.keyClicks(d.ui.publicTitleEdit, "Placements: an individual case")
        return True

    def stored():
        with window.store.session() as session:
            return session.get(AgendaItem, part2.id).public_title

    monkeypatch.setattr(prompts, "ask", write)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.edit_item()
    assert stored() == "Placements: an individual case"
    item = view.selected()
    assert item.id == part2.id and item.title == part2.title  # the full title stays for the board
    tip = view.model.data(view.model.index(view.model.row_of(item.id), 2), Qt.ItemDataRole.ToolTipRole)
    assert "Public title: Placements: an individual case" in tip and "the default" not in tip
    assert "Placements: an individual case" in view.detail.text()

    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.actionUndo.trigger()
    assert stored() is None
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.actionRedo.trigger()
    assert stored() == "Placements: an individual case"

    def clear(d: ItemDialog) -> bool:
        assert d.ui.publicTitleEdit.text() == "Placements: an individual case"
        d.ui.publicTitleEdit.clear()
        return True

    monkeypatch.setattr(prompts, "ask", clear)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.edit_item()
    assert stored() is None

    # A Part 1 item: the field waits until Part 2 is chosen.
    public = next(i for i in view.model.items if i.part == 1)
    view.select_item(public.id)

    def part_1(d: ItemDialog) -> bool:
        assert not d.ui.publicTitleEdit.isEnabled() and d.ui.publicTitleEdit.placeholderText() == ""
        d.ui.partCombo.setCurrentIndex(d.ui.partCombo.findData(2))
        assert d.ui.publicTitleEdit.isEnabled() and d.ui.publicTitleEdit.placeholderText() == "Exempt item"
        return False

    monkeypatch.setattr(prompts, "ask", part_1)
    view.edit_item()


def test_a_presenter_typed_as_the_app_shows_names_links_to_the_person(qtbot, window, monkeypatch):
    """Issue 19, point 4: words typed in the presenter box that name someone as the app writes
    names ("Harpreet Sandhu", "ms harpreet sandhu") link to that person, as on the command line;
    other words stay words."""
    from cpo_desktop.model.tables import Person

    view = window.agenda_view
    with window.store.session() as session:
        sandhu = session.exec(select(Person).where(Person.surname == "Sandhu")).one().id

    def add(title: str, presenter: str):
        def fill(d: ItemDialog) -> bool:
            d.ui.titleEdit.setText(title)
            d.ui.presenterCombo.setEditText(presenter)
            return True
        monkeypatch.setattr(prompts, "ask", fill)
        with qtbot.waitSignal(view.loaded, timeout=10000):
            view.add_item()
        with window.store.session() as session:
            return session.exec(select(AgendaItem).where(AgendaItem.title == title)).one()

    linked = add("Virtual School update", "ms harpreet  sandhu")
    assert (linked.presenter_person_id, linked.presenter_seat_id, linked.presenter_role) == (sandhu, None, None)
    words = add("Care leavers' hub", "Hub co-ordinator")
    assert (words.presenter_person_id, words.presenter_seat_id, words.presenter_role) == (None, None, "Hub co-ordinator")


def test_the_agenda_view_and_the_chase_list_warn_when_publication_is_late(qtbot, window, monkeypatch):
    """Issue 19, point 2: once the publication date (five clear working days before) has passed
    with no pack published, the agenda view's summary and the chase list say so."""
    import datetime as dt

    from cpo_desktop import clock
    from cpo_desktop.model import working_days

    view = window.agenda_view
    meeting = next(m for m in window.views_data.meetings if m.kind == "board" and m.status == "planned"
                   and m.date > dt.date.today() + dt.timedelta(days=14))
    late_day = working_days.next_working_day(working_days.publication_date(meeting.date))
    with clock.override(late_day):
        choose(qtbot, view, meeting.id)
        assert "The agenda is late: it should have been published by" in view.meeting_label.text()
        rows = chase.chase_list(window.store, meeting=meeting.id)
    choose(qtbot, view, meeting.id)  # on the real day, two weeks or more ahead: nothing to say
    assert "The agenda is late" not in view.meeting_label.text()
    from cpo_desktop.ui.agenda.dialogs import ChaseDialog

    assert rows  # the demo's meetings ahead have papers to come
    dialog = ChaseDialog(rows, lambda: None, view)
    qtbot.addWidget(dialog)
    assert f"Meeting of {meeting.date.day} " in dialog.ui.introLabel.text()
    assert "The agenda is late" in dialog.ui.introLabel.text()
