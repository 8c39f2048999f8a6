"""The Packs view as the CPO uses it: the real window on the demo board as loaded on 23 November
2026, builds run by the real services on the view's worker thread, the print dialog, file picker
and confirmations answered through ``prompts``, files "opened" through ``packs_view.open_path``.

In the demo, the board meets next on 9 December 2026. Its agenda has nine documents (one a Word
file, turned into PDF when the pack is built; one the Youth Ambassadors' report deferred from
October, which brought its paper) and four items with no paper yet, which the preflight lists as
things to check; no contact officer is set.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest
from conftest import _copy_data, open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import library, pack_records, papers, register
from cpo_desktop.ui import prompts
from cpo_desktop.ui.packs import PacksView
from cpo_desktop.ui.packs import common as packs_view
from cpo_desktop.ui.style import AMBER, ROSE

DEMO_DAY = dt.date(2026, 11, 23)
NEXT_MEETING = dt.date(2026, 12, 9)
BUILD_TIMEOUT = 90000


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    """Files and folders are "opened" into a list (an unexpected dialog fails the test: conftest)."""
    opened = []
    monkeypatch.setattr(packs_view, "open_path", lambda path: opened.append(path) or True)
    monkeypatch.setattr(PacksView, "today", lambda self: DEMO_DAY)
    return opened


@pytest.fixture
def window(qtbot, data_paths, _demo_template):
    _copy_data(_demo_template, data_paths)  # the demo as loaded on DEMO_DAY, made once per session
    window = open_window(qtbot, data_paths)
    view = window.packs_view
    with qtbot.waitSignals([view.loaded, view.preflighted], timeout=20000):
        window.set_view("packs")
    return window


@pytest.fixture
def view(window):
    return window.packs_view


def settle(qtbot, window):
    qtbot.waitUntil(lambda: not window.runner.busy and not window.packs_view.worker.busy, timeout=30000)


def build(qtbot, view, expect: str = "done") -> None:
    """Press Build and wait for the build to end as ``expect``-ed."""
    with qtbot.waitSignal(view.finished, timeout=BUILD_TIMEOUT) as blocker:
        view.buttons["build"].click()
    assert blocker.args == [expect]


def build_restricted_pack(qtbot, window, view):
    assert view.meeting().date == NEXT_MEETING and not view.public()
    build(qtbot, view)
    settle(qtbot, window)
    return view.last_result


def colour(model, row, col=0, role=Qt.ItemDataRole.BackgroundRole):
    value = model.index(row, col).data(role)
    return value.color() if value is not None else None


# --- choosing and the preflight ---------------------------------------------------------------------

def test_the_view_opens_on_the_next_board_meeting_with_its_preflight(qtbot, window, view, qtmodeltester):
    assert window.ui.viewStack.currentWidget() is view  # no placeholder any more
    assert view.current_choice() == packs_view.AGENDA
    assert view.meeting().date == NEXT_MEETING and view.meeting().kind == "board"
    assert view.restricted_radio.isChecked()
    # The preflight lists the demo's warnings: three items with no paper yet, and notes (the
    # performance report, item 10, the pack makes from the demo's figures).
    issues = view.preflight_model.rows
    assert [i.severity for i in issues].count("warning") == 3
    assert {i.item for i in issues if i.severity == "warning"} == {"13", "15", "17"}
    assert not any("contact officer" in i.problem for i in issues)  # the demo names one (issue 19)
    assert "3 to check" in view.preflight_summary.text()
    assert "restricted pack for Wednesday 9 December 2026" in view.preflight_box.title()
    for n, issue in enumerate(issues):
        assert colour(view.preflight_model, n) == (AMBER if issue.severity == "warning" else None)
    # No command-line hints in the window's words.
    assert all("`" not in view.preflight_model.index(n, c).data() for n in range(len(issues)) for c in range(5))
    qtmodeltester.check(view.preflight_model)
    # A row's whole sentence shows under the table.
    view.preflight_table.selectRow(0)
    assert "has no paper yet" in view.issue_detail.text() and view.issue_detail.isVisible()
    # The table sorts: by item number, 5a-style numbers in order.
    view.preflight_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    items = [i.item for i in view.preflight_model.rows if i.item]
    assert items == sorted(items, key=packs_view.item_sort)

    # The public version leaves the Part 2 and restricted papers out, and says so.
    with qtbot.waitSignal(view.preflighted, timeout=10000):
        view.public_radio.setChecked(True)
    assert "public pack" in view.preflight_box.title()
    assert len(view.preflight_model.rows) > len(issues)
    assert any("left out of the public pack" in i.problem for i in view.preflight_model.rows)


def test_a_paper_missing_from_the_store_is_left_out_and_stands_out(qtbot, window, view, monkeypatch):
    store = window.store
    agenda = agenda_svc.load_agenda(store, view.meeting_id(), today=DEMO_DAY)
    paper = next(p for item in agenda.items for p in item.papers if p.kind == "pdf")
    papers.document_path(store.paths, paper.sha256, paper.kind).unlink()
    with qtbot.waitSignal(view.preflighted, timeout=10000):
        view.refresh_preflight()
    rows = view.preflight_model.rows
    assert rows[0].severity == "left out" and rows[0].paper == paper.original_name
    assert colour(view.preflight_model, 0) == ROSE
    font = view.preflight_model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert view.preflight_model.index(0, 0).data() == "Left out"
    assert "1 left out" in view.preflight_summary.text()

    told = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: told.append((title, text)))
    build(qtbot, view)
    settle(qtbot, window)
    assert told and told[0][0] == "Left Out of the Pack" and paper.original_name in told[0][1]
    assert "Left out:" in view.banner.text() and "f8cdcd" in view.banner.styleSheet()


# --- building, previewing, printing, saving ---------------------------------------------------------

def test_a_restricted_agenda_pack_is_built_off_the_ui_thread_and_previewed(qtbot, window, view, quiet):
    store = window.store
    steps = []
    view._progress.report.connect(lambda done, total, what: steps.append(what))
    assert not view.progress_box.isVisible()
    with qtbot.waitSignal(view.finished, timeout=BUILD_TIMEOUT) as blocker:
        view.buttons["build"].click()
        # While it builds: the progress bar and Cancel show, Build waits, and the window still answers.
        assert view.progress_box.isVisible() and view.buttons["cancel"].isEnabled()
        assert not view.buttons["build"].isEnabled()
        assert window.runner is not view.worker
    assert blocker.args == ["done"]
    settle(qtbot, window)
    result = view.last_result
    assert result.path.is_file() and result.path.name == "2026-12-09 Agenda pack (restricted).pdf"
    assert result.path.parent == store.paths.exports / "packs"
    assert not list(result.path.parent.glob(".*.part"))
    assert len(PdfReader(result.path).pages) == result.pages > 0
    # The steps' words reached the progress bar; it has gone again and Build is back.
    assert any("Stamping page numbers" in s for s in steps)
    assert not view.progress_box.isVisible() and view.buttons["build"].isEnabled()
    # The pack is in the preview.
    assert view.preview.page_count() == result.pages
    assert view.preview.stack.currentWidget() is view.preview.view
    assert view.preview.of_label.text() == f"of {result.pages}"
    assert view.shown.path == result.path
    assert "Built: Agenda pack (restricted) – 9 Dec 2026" in view.banner.text()
    assert "Every paper went in." in view.banner.text()
    assert "Saved 2026-12-09 Agenda pack (restricted).pdf" in window.ui.statusbar.currentMessage()
    # Page navigation.
    view.preview.next_page()
    assert view.preview.current_page() == 1 and view.preview.page_spin.value() == 2
    view.preview.go_to(result.pages + 5)
    assert view.preview.current_page() == result.pages - 1 and not view.preview.next_button.isEnabled()
    view.preview.zoom_in()
    assert not view.preview.fit_width_button.isChecked()
    view.preview.fit_width()
    assert view.preview.fit_width_button.isChecked()
    # It is recorded among the packs built, and the meeting says so.
    rows = pack_records.list_packs(store)
    assert [(r.kind, r.version, r.meeting_date) for r in rows] == [("agenda", "restricted", NEXT_MEETING)]
    assert [r.id for r in view.history_model.rows] == [rows[0].id]
    assert "Last built" in view.note.text()
    # Open in the PDF reader: through the seam.
    view.actions["open_reader"].trigger()
    assert quiet == [result.path]


def test_a_late_pack_asks_for_the_reason_and_the_chairs_agreement(qtbot, window, view, monkeypatch):
    """Issue 19, point 2: built after the publication date (1 December for 9 December), the pack
    asks for the reason and the Chair's agreement; Cancel writes nothing; given both, the front
    sheet prints them."""
    monkeypatch.setattr(PacksView, "today", lambda self: dt.date(2026, 12, 3))
    asked = []

    def refuse(dialog) -> bool:
        asked.append(dialog.ui.introLabel.text())
        assert not dialog.ok.isEnabled()
        return False

    monkeypatch.setattr(prompts, "ask", refuse)
    build(qtbot, view, expect="late")
    assert len(asked) == 1 and "due to be published by Tuesday 1 December 2026" in asked[0]
    assert pack_records.list_packs(window.store) == []

    def answer(dialog) -> bool:
        dialog.ui.reasonEdit.setPlainText("the health   report arrived on 2 December")
        assert not dialog.ok.isEnabled() and "Chair has agreed" in dialog.ui.problemLabel.text()
        dialog.ui.chairCheck.setChecked(True)
        assert dialog.ok.isEnabled() and "Cllr Angela Mensah" in dialog.ui.chairCheck.text()
        return True

    monkeypatch.setattr(prompts, "ask", answer)
    outcomes = []
    view.finished.connect(outcomes.append)
    view.buttons["build"].click()
    qtbot.waitUntil(lambda: "done" in outcomes, timeout=BUILD_TIMEOUT)
    assert outcomes == ["late", "done"]
    settle(qtbot, window)
    front = " ".join(PdfReader(view.last_result.path).pages[0].extract_text().split())
    assert "Published: 3 December 2026 – late (see below)" in front
    assert "Reason: The health report arrived on 2 December." in front
    assert "The Chair, Cllr Angela Mensah, has agreed" in front


def test_cancel_stops_a_build_and_nothing_is_written(qtbot, window, view, monkeypatch):
    store = window.store
    flag = threading.Event()
    flag.set()  # as if Cancel were pressed before the first step
    monkeypatch.setattr(packs_view, "cancel_flag", lambda: flag)
    build(qtbot, view, expect="cancelled")
    settle(qtbot, window)
    folder = store.paths.exports / "packs"
    assert not folder.exists() or not any(folder.iterdir())
    assert pack_records.list_packs(store) == []
    assert "Cancelled: nothing was written." in window.ui.statusbar.currentMessage()
    # Ready again: no progress, Build enabled, nothing in the preview.
    assert not view.progress_box.isVisible() and view.buttons["build"].isEnabled() and not view.busy
    assert view.shown is None and view.preview.page_count() == 0
    monkeypatch.undo()
    monkeypatch.setattr(PacksView, "today", lambda self: DEMO_DAY)
    build(qtbot, view)  # and a build after it works
    assert view.last_result.path.is_file()


def test_the_cancel_button_reaches_a_running_build(qtbot, window, view, monkeypatch):
    from cpo_desktop.services import packs

    threads = []

    def slow_build(store, meeting, *, public, duplex=False, target=None, progress=None, today=None, late_reason=None):
        for n in range(100000):
            threads.append(threading.current_thread())
            progress.step(n, 100000, f"Step {n}")  # raises Cancelled once the flag is set
            time.sleep(0.005)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(packs, "build_agenda", slow_build)
    with qtbot.waitSignal(view.finished, timeout=BUILD_TIMEOUT) as blocker:
        view.buttons["build"].click()
        qtbot.waitUntil(lambda: view.progress_label.text().startswith("Step"), timeout=10000)
        assert view.progress_bar.maximum() == 100000
        view.buttons["cancel"].click()
        assert view.progress_label.text() == "Cancelling…" and not view.buttons["cancel"].isEnabled()
    assert blocker.args == ["cancelled"]
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert not view.progress_box.isVisible() and view.buttons["build"].isEnabled()


def test_print_goes_through_the_print_dialog_to_the_printer(qtbot, window, view, monkeypatch, tmp_path):
    result = build_restricted_pack(qtbot, window, view)
    out = tmp_path / "printed.pdf"
    asked = []

    def print_dialog(parent, printer):
        asked.append((printer.docName(), printer.fromPage(), printer.toPage()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)  # quick: the pages are images at this resolution
        return True

    monkeypatch.setattr(prompts, "print_dialog", print_dialog)
    assert view.actions["print"].isEnabled()
    with qtbot.waitSignal(view.finished, timeout=BUILD_TIMEOUT) as blocker:
        view.actions["print"].trigger()
    assert blocker.args == ["done"]
    assert asked == [(result.path.stem, 1, result.pages)]
    printed = PdfReader(out)
    assert len(printed.pages) == result.pages
    assert f"Sent {result.pages} pages" in window.ui.statusbar.currentMessage()

    # The user can say no in the dialog: nothing is printed.
    monkeypatch.setattr(prompts, "print_dialog", lambda parent, printer: False)
    out.unlink()
    view.actions["print"].trigger()
    assert not view.busy and not out.exists()


def test_save_as_copies_the_pack(qtbot, window, view, monkeypatch, tmp_path):
    result = build_restricted_pack(qtbot, window, view)
    chosen = []

    def save_file(parent, caption, suggested=None, file_filter=""):
        chosen.append(suggested)
        return tmp_path / "For the Chair"  # no .pdf: it is added

    monkeypatch.setattr(prompts, "save_file", save_file)
    with qtbot.waitSignal(view.finished, timeout=20000) as blocker:
        view.actions["save_as"].trigger()
    assert blocker.args == ["saved"]
    copy = tmp_path / "For the Chair.pdf"
    assert chosen == [result.path]
    assert copy.read_bytes() == result.path.read_bytes()
    assert not list(tmp_path.glob(".*.part"))


def test_a_pack_built_before_reopens_in_the_preview(qtbot, window, view, monkeypatch):
    result = build_restricted_pack(qtbot, window, view)
    view.preview.clear()
    view.shown = None
    view.update_actions()
    assert not view.actions["print"].isEnabled() and not view.actions["reopen"].isEnabled()
    view.history_table.selectRow(0)
    assert view.actions["reopen"].isEnabled()
    view.actions["reopen"].trigger()
    assert view.preview.page_count() == result.pages and view.shown.path == result.path
    assert "built" in view.banner.text()
    # A pack whose file has gone says so, and the preview keeps what it shows.
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    result.path.unlink()
    view.actions["reopen"].trigger()
    assert errors and "no longer" in errors[0]
    assert view.preview.page_count() == result.pages


def test_a_supplement_numbers_on_from_the_agenda_pack(qtbot, window, view, monkeypatch, tmp_path):
    store = window.store
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    view.choose(packs_view.SUPPLEMENT)
    assert view.buttons["build"].text() == "&Build Supplementary Pack" and not view.duplex_check.isVisible()
    build(qtbot, view, expect="failed")
    assert errors and "No restricted agenda pack has been built" in errors[0]
    assert "`" not in errors[0]

    view.choose(packs_view.AGENDA)
    first = build_restricted_pack(qtbot, window, view)
    # Item 7's paper arrives after the pack was sent out.
    from reportlab.pdfgen import canvas

    late = tmp_path / "Late report.pdf"
    c = canvas.Canvas(str(late))
    c.drawString(72, 720, "A report that came late")
    c.showPage()
    c.save()
    item = next(i for i in agenda_svc.load_agenda(store, view.meeting_id(), today=DEMO_DAY).items if i.number == "7")
    agenda_svc.attach_paper(store, item.id, late)
    view.choose(packs_view.SUPPLEMENT)
    build(qtbot, view)
    settle(qtbot, window)
    result = view.last_result
    assert result.first_page == first.last_page + 1
    assert result.path.name == "2026-12-09 Supplementary pack (restricted).pdf"
    assert f"numbered {result.first_page}–{result.last_page}" in view.banner.text()
    assert view.preview.page_count() == result.pages
    assert [r.kind for r in view.history_model.rows] == ["supplement", "agenda"]


# --- induction packs and the annual report ----------------------------------------------------------

def _choose_person(view, person_id: int) -> None:
    view.person_combo.setCurrentIndex(view.person_combo.findData(person_id))
    assert view.person_id() == person_id


def test_issuing_an_induction_pack_records_it_in_the_training_record(qtbot, window, view, monkeypatch):
    store = window.store
    person = next(p for p in view.data.people if p.seats and not p.young_person)
    before = register.person_detail(store, person.id, today=DEMO_DAY).training
    view.choose(packs_view.INDUCTION)
    assert view.buttons["build"].text() == "&Issue Induction Pack…"
    assert not view.buttons["build"].isEnabled()  # nobody chosen yet
    _choose_person(view, person.id)
    assert view.buttons["build"].isEnabled() and view.buttons["preview_induction"].isEnabled()
    assert person.seats[0] in view.note.text()

    # A preview first: no confirmation, nothing recorded, a draft's own file name.
    build_preview = view.actions["preview_induction"]
    with qtbot.waitSignal(view.finished, timeout=BUILD_TIMEOUT) as blocker:
        build_preview.trigger()
    assert blocker.args == ["done"]
    settle(qtbot, window)
    draft = view.last_result
    assert "(draft, not issued)" in draft.path.name and draft.path.is_file()
    assert register.person_detail(store, person.id, today=DEMO_DAY).training == before
    assert view.preview.page_count() == draft.pages > 0

    # Issuing asks first; saying no does nothing.
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, ok_text="OK": asked.append(text) or False)
    view.buttons["build"].click()
    assert asked and f"This records the pack as issued in {person.first_name} {person.surname}'s training record" \
        in asked[0]
    assert not view.busy
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, ok_text="OK": True)
    build(qtbot, view)
    settle(qtbot, window)
    issued = view.last_result
    after = register.person_detail(store, person.id, today=DEMO_DAY).training
    assert len(after) == len(before) + 1
    new = [t for t in after if t.id not in {b.id for b in before}]
    assert new[0].kind == "induction_pack" and new[0].status.casefold() == "issued" and new[0].date == DEMO_DAY
    assert [(r.kind, r.person_id) for r in pack_records.list_packs(store)] == [("induction", person.id)]
    assert issued.path.is_file() and "draft" not in issued.path.name
    assert view.preview.page_count() == issued.pages
    assert "An induction pack was issued to them" in view.note.text()


def test_the_annual_report_for_a_municipal_year(qtbot, window, view):
    view.choose(packs_view.ANNUAL)
    assert view.year() == 2026 and view.year_combo.currentText() == "2026/27 (so far)"
    assert not view.preflight_box.isVisible()
    view.committee_check.setChecked(True)
    view.committee_date.setDate(view.committee_date.date().addDays(3))
    build(qtbot, view)
    settle(qtbot, window)
    result = view.last_result
    assert result.path.name == "Annual report 2026-27.pdf" and result.path.is_file()
    assert view.preview.page_count() == result.pages > 0
    assert "not over" in view.banner.text() or "not over" in view.banner.toolTip()
    assert [r.kind for r in pack_records.list_packs(window.store)] == ["annual_report"]


def test_last_years_annual_report_and_a_year_with_none_held(qtbot, window, view, monkeypatch):
    """Issue 19, point 13: the demo's last year, 2025/26, is offered and builds with a whole year in
    it; a year with no meeting held is refused with the command line's message, less its command."""
    from cpo_desktop.packs.build import PackError
    from cpo_desktop.services import annual_report, meetings

    view.choose(packs_view.ANNUAL)
    combo = view.year_combo
    assert [combo.itemText(n) for n in range(combo.count())] == ["2026/27 (so far)", "2025/26"]
    combo.setCurrentIndex(combo.findData(2025))
    assert view.year() == 2025
    build(qtbot, view)
    settle(qtbot, window)
    result = view.last_result
    assert result.path.name == "Annual report 2025-26.pdf" and view.preview.page_count() == result.pages
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(result.path).pages).split())
    assert "The board held 6 meetings in 2025/26" in text
    for day in ("11 Jun 2025", "13 Aug 2025", "8 Oct 2025", "10 Dec 2025", "11 Feb 2026", "8 Apr 2026"):
        assert day in text, day
    assert "not over" not in view.banner.text() + view.banner.toolTip()

    # A meeting of 2023/24 on record but never marked as held: the year is offered, and refused.
    meetings.add_meeting(window.store, meetings.MeetingInput(dt.date(2023, 6, 14), dt.time(14, 0),
                                                             venue="Bootle Town Hall"), anyway=True)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    combo.setCurrentIndex(combo.findData(2023))
    assert view.year() == 2023
    build(qtbot, view, expect="failed")
    with pytest.raises(PackError) as caught:
        annual_report.content(window.store, 2023, today=DEMO_DAY)
    assert errors == [caught.value.for_window()]
    assert errors[0] == ("No board meetings were held in 2023/24: its 1 board meeting is not marked as held. Choose "
                         "a year with held meetings (2026/27 has 3, 2025/26 has 6) or mark them held first. Nothing "
                         "was written.")
    assert [r.kind for r in pack_records.list_packs(window.store)] == ["annual_report"]


# --- the Library ---------------------------------------------------------------------------------------

def _select_text(view, key: str) -> None:
    row = next(n for n, e in enumerate(view.texts_model.rows) if e.key == key)
    view.texts_table.selectRow(row)
    assert view._entry.key == key  # noqa: SLF001


def test_a_library_text_is_edited_checked_as_typed_and_undone(qtbot, window, view):
    store = window.store
    view.choose(packs_view.LIBRARY)
    assert view.right.currentIndex() == 1 and not view.history_box.isVisible()
    assert len(view.texts_model.rows) == len(library.list_texts(store))
    _select_text(view, "welcome")
    default = library.get_text(store, "welcome")
    assert view.title_edit.text() == default.title and view.body_edit.toPlainText() == default.body
    save = view.actions["save_text"]
    assert not save.isEnabled() and not view.actions["restore_text"].isEnabled()

    # An empty text cannot be saved, and the reason shows as it is typed.
    view.body_edit.setPlainText("   ")
    assert not save.isEnabled() and not view.buttons["save_text"].isEnabled()
    assert "cannot be empty" in view.text_problem.text() and not view.text_problem.isHidden()
    assert "cannot be empty" in view.buttons["save_text"].toolTip()
    view.title_edit.setText("")
    assert "needs a title" in view.text_problem.text()
    view.title_edit.setText("Welcome to the board")
    view.body_edit.setPlainText("Welcome, new member.\n\n- Read the papers\n- Ask questions")
    assert save.isEnabled() and view.text_problem.isHidden()
    with qtbot.waitSignal(view.library_shown, timeout=10000):
        save.trigger()
    saved = library.get_text(store, "welcome")
    assert saved.edited and saved.title == "Welcome to the board" and saved.body.startswith("Welcome, new member.")
    assert view.texts_model.index(0, 1).data().startswith("Edited")
    assert view.texts_model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert not save.isEnabled() and view.actions["restore_text"].isEnabled()

    # Edit › Undo takes the save back; Redo puts it back.
    assert window.actionUndo.isEnabled() and "Welcome to the board" in window.actionUndo.text()
    with qtbot.waitSignal(view.library_shown, timeout=10000):
        window.actionUndo.trigger()
    assert not library.get_text(store, "welcome").edited
    assert view.body_edit.toPlainText() == default.body and view.title_edit.text() == default.title
    with qtbot.waitSignal(view.library_shown, timeout=10000):
        window.actionRedo.trigger()
    assert library.get_text(store, "welcome").title == "Welcome to the board"
    assert view.title_edit.text() == "Welcome to the board"

    # Restore Default Wording, and its undo.
    with qtbot.waitSignal(view.library_shown, timeout=10000):
        view.actions["restore_text"].trigger()
    assert not library.get_text(store, "welcome").edited and view.body_edit.toPlainText() == default.body
    with qtbot.waitSignal(view.library_shown, timeout=10000):
        window.actionUndo.trigger()
    assert library.get_text(store, "welcome").edited and view.title_edit.text() == "Welcome to the board"


def test_typing_in_a_text_is_saved_on_moving_on_or_kept_if_it_cannot_be(qtbot, window, view, monkeypatch):
    store = window.store
    view.choose(packs_view.LIBRARY)
    _select_text(view, "welcome")
    view.body_edit.setPlainText("Moved on from.")
    with qtbot.waitSignal(view.library_shown, timeout=10000):
        _select_text(view, "glossary")
    assert library.get_text(store, "welcome").body == "Moved on from."
    # An empty text cannot be saved: the user is asked, and may stay with it.
    view.body_edit.setPlainText("")
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, ok_text="OK": asked.append(text) or False)
    window.set_view("members")
    assert asked and "cannot be saved" in asked[0]
    assert window.current_view() == "packs" and view._entry.key == "glossary"  # noqa: SLF001
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, ok_text="OK": True)
    window.set_view("members")
    assert window.current_view() == "members"
    assert library.get_text(store, "glossary").body.strip()


# --- the menu -------------------------------------------------------------------------------------------

def test_the_packs_menu_holds_the_view_s_actions_with_their_shortcuts(qtbot, window, view):
    menu = window.menuPacks
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    for wanted in ("A&genda Pack", "&Library of Texts", "&Build Agenda Pack", "&Print…", "Save &As…",
                   "Open in PDF &Reader", "&Save Text", "Restore &Default Wording", "&Cancel Build"):
        assert wanted in texts, wanted
    shortcuts = {a.text(): a.shortcut().toString() for a in menu.actions()}
    assert shortcuts["&Build Agenda Pack"] == "Ctrl+B"
    assert shortcuts["&Print…"] == "Ctrl+P"
    assert shortcuts["Save &As…"] == "Ctrl+Shift+S"
    assert shortcuts["&Save Text"] == "Ctrl+S"
    # Choosing from the menu changes the view's choice.
    view.actions["choose_annual"].trigger()
    assert view.current_choice() == packs_view.ANNUAL and view.actions["build"].text() == "&Build Annual Report"
    view.actions["choose_agenda"].trigger()
    # Away from the view, its shortcuts do nothing (Ctrl+P elsewhere never prints a pack).
    window.set_view("members")
    assert not view.actions["build"].isEnabled()
    window.set_view("packs")
    qtbot.waitUntil(lambda: view.actions["build"].isEnabled(), timeout=10000)


def test_the_window_shows_no_command_line_hints_and_the_cli_keeps_them():
    # Hints are carried beside the message (issue 18), not cut out of it with a pattern.
    from cpo_desktop.services.packs import NOTE, Issue

    issue = Issue(NOTE, "", "", "no contact officer is set.", "Set one in Agenda › Contact Officer…",
                  cli_action="Set one in Agenda › Contact Officer… (or `agenda settings --contact-name …`).")
    assert "`" not in issue.text and issue.text.endswith("Set one in Agenda › Contact Officer…")
    assert issue.cli_text.endswith("(or `agenda settings --contact-name …`).")
    assert packs_view.item_sort("5a") < packs_view.item_sort("10") and packs_view.item_sort("5") < \
        packs_view.item_sort("5a")


def test_a_pdf_that_cannot_be_read_is_refused_by_the_preview(qtbot, tmp_path):
    from cpo_desktop.ui.packs.preview import PdfError, PdfPreview

    preview = PdfPreview("Nothing yet")
    qtbot.addWidget(preview)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    with pytest.raises(PdfError, match="cannot be shown"):
        preview.load(bad)
    with pytest.raises(PdfError, match="no longer"):
        preview.load(tmp_path / "gone.pdf")
    assert preview.page_count() == 0 and preview.stack.currentWidget() is preview.empty
    assert Path(bad).exists()


def test_a_scanned_paper_is_held_back_until_the_officer_confirms_it_public(qtbot, window, view, monkeypatch):
    """The preflight of the public pack holds back a paper the app cannot read; the officer
    selects it, presses Confirm Public…, is asked, and it is recorded with their name."""
    import pikepdf
    from sqlmodel import select

    from cpo_desktop.model.tables import PaperClearance
    from cpo_desktop.services import settings

    store = window.store
    settings.set_contact(store, "Pat Jones", "pat.jones@example.org")
    scan = pikepdf.new()
    image = pikepdf.Stream(scan, bytes(range(256)) * 16, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image,
                           Width=64, Height=64, ColorSpace=pikepdf.Name.DeviceGray, BitsPerComponent=8)
    scan.pages.append(pikepdf.Page(pikepdf.Dictionary(
        Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842],
        Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
        Contents=pikepdf.Stream(scan, b"q 500 0 0 700 48 70 cm /Im0 Do Q"))))
    path = Path(window.store.paths.root).parent / "signed letter.pdf"
    scan.save(path)
    item = next(i for i in agenda_svc.load_agenda(store, view.meeting_id(), today=DEMO_DAY).items if not i.papers)
    agenda_svc.attach_paper(store, item.id, path)
    with qtbot.waitSignal(view.preflighted, timeout=10000):
        view.public_radio.setChecked(True)
    rows = view.preflight_model.rows
    row = next(n for n, i in enumerate(rows) if i.paper == "signed letter.pdf")
    assert rows[row].confirmable and "no text the app can read" in rows[row].problem
    assert not view.buttons["confirm_public"].isVisible()
    view.preflight_table.selectRow(row)
    assert view.actions["confirm_public"].isEnabled() and not view.buttons["confirm_public"].isHidden()
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, **kw: asked.append(text) or True)
    with qtbot.waitSignal(view.preflighted, timeout=10000):
        view.buttons["confirm_public"].click()
    assert asked and "Open it and read it" in asked[0] and "signed letter.pdf" in asked[0]
    with store.session() as session:
        [record] = session.exec(select(PaperClearance)).all()
    assert record.confirmed_by == "Pat Jones"
    assert not [i for i in view.preflight_model.rows if i.paper == "signed letter.pdf" and i.confirmable]
    assert "Confirmed by Pat Jones" in window.statusBar().currentMessage()
