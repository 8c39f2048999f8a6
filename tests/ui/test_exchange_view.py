"""Partner exchange as the CPO uses it: the real window on the demo board as loaded on 23 November
2026, dialogs filled through prompts.ask, files chosen through prompts.open_file, files "opened"
through exchange_view.open_path; the database checked through the services afterwards.

In the demo, our minutes of 12 August 2026 are overdue to the Safeguarding Children Partnership
(SSCP, restricted), and nothing has come from the Health and Wellbeing Board (HWB, public) since
28 June 2026, so it is overdue the other way.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import _copy_data, open_window
from PySide6.QtCore import QDate, QMimeData, Qt, QUrl
from PySide6.QtWidgets import QLabel

from cpo_desktop.model import exchange_rules as rules
from cpo_desktop.services import agenda as agenda_svc
from cpo_desktop.services import demo_papers
from cpo_desktop.services import exchange as exchange_svc
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.ui import prompts
from cpo_desktop.ui.exchange import view as exchange_view
from cpo_desktop.ui.exchange.dialogs import (
    MarkSentDialog,
    PackageDialog,
    PartnerMinutesDialog,
)
from cpo_desktop.ui.exchange.partners import (
    ExchangeRulesDialog,
    PartnerDialog,
    PartnersDialog,
)
from cpo_desktop.ui.exchange.view import ExchangeView
from cpo_desktop.ui.style import ROSE

DEMO_DAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    """Files and folders are "opened" into a list (an unexpected dialog fails the test: conftest)."""
    opened = []
    monkeypatch.setattr(exchange_view, "open_path", lambda path: opened.append(path) or True)
    monkeypatch.setattr(ExchangeView, "today", lambda self: DEMO_DAY)
    return opened


@pytest.fixture
def window(qtbot, data_paths, _demo_template):
    _copy_data(_demo_template, data_paths)  # the demo as loaded on DEMO_DAY, made once per session
    window = open_window(qtbot, data_paths)
    with qtbot.waitSignal(window.exchange_view.loaded, timeout=10000):
        window.set_view("exchange")
    return window


@pytest.fixture
def view(window):
    return window.exchange_view


def settle(qtbot, window):
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)


def row(view, partner: str, direction: str, status: str):
    return next(r for r in view.model.all_rows if r.partner == partner and r.direction == direction
                and r.status == status)


def select(view, r) -> None:
    assert view.select_key(r.key), r.key


def shown_rows(view):
    return list(view.model.rows)


def tones(card, key):
    return [line.property("tone") for line in card.lines[key]]


def test_the_cards_show_what_is_overdue_at_a_glance(qtbot, window, view, qtmodeltester):
    assert window.current_view() == "exchange"
    assert window.ui.viewStack.currentWidget() is view  # no placeholder any more
    sscp, hwb = view.card("SSCP"), view.card("HWB")
    assert sscp.badge.text() == "Restricted" and hwb.badge.text() == "Public"
    # SSCP: our minutes of 12 August are confirmed and not sent, past their due day.
    out = sscp.texts("out")
    assert out[0] == "⚠ Minutes of 12 Aug 2026 ready to send — OVERDUE, due 28 Oct"
    assert tones(sscp, "out")[0] == "overdue"
    assert any("awaiting confirmation" in t for t in out)
    assert tones(sscp, "in")[0] == "good"
    assert "1 to be noted at 9 Dec" in sscp.texts("in")
    # HWB: everything of ours went, but nothing has come from them since June.
    assert hwb.texts("out")[0].startswith("✓ All sent — last: minutes of 12 Aug 2026 on 2 Nov")
    assert tones(hwb, "out")[0] == "good"
    assert hwb.texts("in")[0] == "⚠ Nothing received since 28 Jun 2026 — OVERDUE"
    assert tones(hwb, "in")[0] == "overdue"
    assert sscp.summary.overdue and hwb.summary.overdue

    # The register below: every line (last year's minutes, sent in good time, too), the overdue ones in rose.
    assert len(shown_rows(view)) == 19
    assert view.count_label.text() == "19 entries · 2 overdue"
    for n, r in enumerate(view.model.rows):
        background = view.model.index(n, 0).data(Qt.ItemDataRole.BackgroundRole)
        assert (background is not None and background.color() == ROSE) == r.overdue
    qtmodeltester.check(view.model)

    # A click on a card shows only that partner; another click shows everyone again.
    sscp.clicked.emit(sscp.partner_id)
    assert {r.partner for r in shown_rows(view)} == {"SSCP"}
    sscp.clicked.emit(sscp.partner_id)
    assert len(shown_rows(view)) == 19


def test_the_register_filters_by_partner_overdue_and_words_in_the_minutes(qtbot, window, view):
    view.overdue_check.setChecked(True)
    assert [(r.partner, r.status) for r in shown_rows(view)] == [("SSCP", rules.READY), ("HWB", rules.NOTHING)]
    assert view.count_label.text().startswith("Showing 2 of 19 entries")
    view.overdue_check.setChecked(False)

    view.partner_combo.setCurrentIndex(view.partner_combo.findData(exchange_svc.find_partner(window.store, "HWB").id))
    assert {r.partner for r in shown_rows(view)} == {"HWB"} and len(shown_rows(view)) == 9
    view.partner_combo.setCurrentIndex(0)

    # Words in the register itself filter at once.
    view.filter.setText("sent late")
    assert [(r.partner, r.meeting_date) for r in shown_rows(view)] == [("HWB", dt.date(2026, 8, 12))]
    # Words only inside a partner's minutes (the SSCP appendix that came by e-mail) are found there.
    with qtbot.waitSignal(view.searched, timeout=10000):
        view.filter.setText("performance dashboard")
    found = shown_rows(view)
    assert [(r.partner, r.direction, r.meeting_date) for r in found] == [("SSCP", "in", dt.date(2026, 11, 3))]
    note = view.model.index(0, 6).data()
    assert note.startswith("Found in SSCP appendix") and "dashboard" in note.casefold()
    select(view, found[0])
    assert "dashboard" in view.detail.text().casefold()
    assert "words found in 1 partner minutes" in view.count_label.text()
    with qtbot.waitSignal(view.searched, timeout=10000):
        view.filter.setText("no such words anywhere")
    assert shown_rows(view) == []
    view.filter.clear()
    assert len(shown_rows(view)) == 19


def test_mark_sent_is_undone_and_redone(qtbot, window, view, answers):
    store = window.store
    r = row(view, "SSCP", "out", rules.READY)
    select(view, r)
    assert view.actions["mark_sent"].isEnabled() and view.buttons["mark_sent"].isEnabled()
    assert not view.actions["open_document"].isEnabled()

    def fill(d: MarkSentDialog) -> bool:
        assert d.sent_on() == DEMO_DAY and d.ok.isEnabled()
        assert "sent late" in d.ui.noteLabel.text()
        d.ui.dateEdit.setDate(QDate(2026, 11, 20))
        return True

    answers.append(fill)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.actions["mark_sent"].trigger()
    assert exchange_svc.outgoing(store, r.meeting_id, r.partner_id, today=DEMO_DAY).sent_on == dt.date(2026, 11, 20)
    assert view.selected().key == r.key and view.selected().status == rules.SENT
    assert view.card("SSCP").texts("out")[0] == "✓ All sent — last: minutes of 12 Aug 2026 on 20 Nov"
    assert not view.actions["mark_sent"].isEnabled()
    assert view.count_label.text() == "19 entries · 1 overdue"

    # Edit › Undo takes it back; Redo marks it sent again on the same day.
    assert window.actionUndo.isEnabled() and "Mark the minutes" in window.actionUndo.text()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.actionUndo.trigger()
    assert exchange_svc.outgoing(store, r.meeting_id, r.partner_id, today=DEMO_DAY).sent_on is None
    assert view.card("SSCP").lines["out"][0].property("tone") == "overdue"
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.actionRedo.trigger()
    assert exchange_svc.outgoing(store, r.meeting_id, r.partner_id, today=DEMO_DAY).sent_on == dt.date(2026, 11, 20)


def test_the_mark_sent_dialog_keeps_the_day_between_confirmation_and_today(qtbot, view):
    r = row(view, "SSCP", "out", rules.READY)
    d = MarkSentDialog(r, today=DEMO_DAY, parent=view)
    qtbot.addWidget(d)
    # The date edit cannot go before the confirmation, and OK waits on the rule anyway.
    d.ui.dateEdit.setDate(QDate(2026, 1, 1))
    assert d.sent_on() == r.confirmed_on and d.ok.isEnabled()
    assert "on time" in d.ui.noteLabel.text()


def _hwb_minutes(tmp_path, day=dt.date(2026, 11, 10)):
    path = tmp_path / f"HWB minutes {day.day} {day:%B %Y}.pdf"
    path.write_bytes(demo_papers.partner_minutes_pdf(
        partner="Sefton Health and Wellbeing Board", meeting_day=day, restricted=False,
        items=[("Pharmaceutical needs assessment", "The board agreed the pharmaceutical needs assessment.")]))
    return path


def test_add_partner_minutes_through_the_dialog_then_the_same_file_again(qtbot, window, view, answers, monkeypatch,
                                                                         tmp_path):
    store = window.store
    path = _hwb_minutes(tmp_path)
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: path)
    hwb = exchange_svc.find_partner(store, "HWB")

    def fill(d: PartnerMinutesDialog) -> bool:
        assert d.partner_id() == hwb.id  # "HWB" in the file's name
        assert d.meeting_date() == dt.date(2026, 11, 10)  # found in the file's name
        assert d.received_on() == DEMO_DAY
        assert d.confidentiality() == "public"  # the partner's own
        assert d.ok.isEnabled()
        # Validation as you type: their meeting cannot be after the day received.
        d.ui.receivedDateEdit.setDate(QDate(2026, 11, 5))
        assert not d.ok.isEnabled() and "cannot be after" in d.ui.problemLabel.text()
        assert not d.ui.problemLabel.isHidden()
        d.ui.receivedDateEdit.setDate(QDate(2026, 11, 18))
        assert d.ok.isEnabled()
        return True

    answers.append(fill)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.actions["add_minutes"].trigger()
    settle(qtbot, window)
    new = next(r for r in exchange_svc.register(store, today=DEMO_DAY).rows
               if r.partner == "HWB" and r.meeting_date == dt.date(2026, 11, 10))
    assert new.received_on == dt.date(2026, 11, 18) and new.status == rules.RECEIVED
    assert [d.original_name for d in new.documents] == [path.name]
    assert view.selected().key == new.key  # what was added is selected
    hwb_card = view.card("HWB")
    assert hwb_card.texts("in")[0] == "✓ Last received: minutes of 10 Nov 2026 on 18 Nov"
    assert "1 to be noted at 9 Dec" in hwb_card.texts("in")
    assert not hwb_card.summary.overdue
    assert "agenda" in window._stale  # the agenda lists it to be noted

    # The same file again: nothing is added, and the message says when it came.
    infos = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: infos.append((title, text)))
    answers.append(lambda d: True)
    view.actions["add_minutes"].trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=20000)
    title, text = infos[0]
    assert title == "Already Received" and "received 18/11/2026" in text
    settle(qtbot, window)
    assert sum(1 for r in exchange_svc.register(store, today=DEMO_DAY).rows
               if r.partner == "HWB" and r.meeting_date == dt.date(2026, 11, 10)) == 1
    assert view.actions["add_minutes"].isEnabled()


def test_a_file_with_no_date_asks_for_their_meeting(qtbot, window, view, answers, monkeypatch, tmp_path):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(demo_papers.partner_minutes_pdf(partner="Someone", meeting_day=dt.date(2026, 11, 2),
                                                     restricted=False, items=[("Item", "Text.")]))
    seen = {}

    def fill(d: PartnerMinutesDialog) -> bool:
        seen["date"] = d.meeting_date()
        d.ui.meetingDateEdit.setDate(QDate(2000, 1, 1))  # "— choose —"
        assert not d.ok.isEnabled() and "date of their meeting" in d.ui.problemLabel.text()
        return False

    answers.append(fill)
    view.add_partner_minutes(path)
    qtbot.waitUntil(lambda: "date" in seen, timeout=20000)
    assert seen["date"] == dt.date(2026, 11, 2)  # found at the top of the minutes
    settle(qtbot, window)
    assert view.actions["add_minutes"].isEnabled()


def test_files_dropped_on_the_view_open_the_same_dialog(qtbot, window, view, answers, tmp_path):
    pdf = _hwb_minutes(tmp_path)
    other = tmp_path / "notes.txt"
    other.write_text("not minutes")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile(str(other))])
    assert exchange_view.dropped_paths(mime) == [pdf]
    seen = []

    def fill(d: PartnerMinutesDialog) -> bool:
        seen.append(d.offered.name)
        return False  # cancelled: nothing is added

    answers.append(fill)
    assert view.drop_mime(mime) == [pdf]
    assert "Left out notes.txt" in window.ui.statusbar.currentMessage()
    qtbot.waitUntil(lambda: seen == [pdf.name], timeout=20000)
    settle(qtbot, window)
    assert not any(r.meeting_date == dt.date(2026, 11, 10) for r in view.model.all_rows)
    # Two files dropped at once: each gets its own dialog, one after the other.
    second = _hwb_minutes(tmp_path, dt.date(2026, 9, 8))
    both = QMimeData()
    both.setUrls([QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile(str(second))])
    answers.extend([fill, fill])
    view.drop_mime(both)
    qtbot.waitUntil(lambda: seen == [pdf.name, pdf.name, second.name], timeout=20000)
    settle(qtbot, window)
    assert not answers and view.actions["add_minutes"].isEnabled()
    # Only files the exchange reads are taken: a drag of a text file alone is not accepted.
    only_text = QMimeData()
    only_text.setUrls([QUrl.fromLocalFile(str(other))])
    assert exchange_view.dropped_paths(only_text) == []
    assert view.drop_mime(only_text) == []


def test_a_dropped_email_brings_its_attachments(qtbot, window, view, answers, tmp_path):
    day = dt.date(2026, 11, 10)
    pdf = demo_papers.partner_minutes_pdf(partner="Sefton Health and Wellbeing Board", meeting_day=day,
                                          restricted=False, items=[("Item", "Text.")])
    eml = tmp_path / "HWB minutes.eml"
    eml.write_bytes(demo_papers.partner_email(
        sender="HWB secretariat <hwb.secretariat@example.org>", to="cpo@example.org",
        subject="Approved minutes – 10 November 2026", day=dt.date(2026, 11, 19),
        attachments={"minutes.pdf": pdf}))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(eml))])

    def fill(d: PartnerMinutesDialog) -> bool:
        assert d.partner_id() == exchange_svc.find_partner(window.store, "HWB").id  # by the sender's address
        assert d.received_on() == dt.date(2026, 11, 19)  # the e-mail's date
        assert d.meeting_date() == day
        assert d.ui.documentsList.count() == 1
        return True

    answers.append(fill)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.drop_mime(mime)
    settle(qtbot, window)
    assert view.selected().source == "email" and view.selected().received_on == dt.date(2026, 11, 19)


def test_open_and_remove_received_minutes(qtbot, window, view, quiet, monkeypatch):
    r = max((x for x in view.model.all_rows if x.partner == "SSCP" and x.status == rules.RECEIVED),
            key=lambda x: x.received_on)
    select(view, r)
    assert view.actions["open_document"].isEnabled() and view.actions["remove"].isEnabled()
    assert not view.actions["prepare"].isEnabled() and not view.actions["mark_sent"].isEnabled()
    view.actions["open_document"].trigger()
    qtbot.waitUntil(lambda: len(quiet) == len(r.documents), timeout=10000)
    assert all(p.is_file() for p in quiet)

    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, **k: asked.append(text) or True)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.actions["remove"].trigger()
    assert "cannot be undone" in asked[0]
    assert r.key not in {x.key for x in view.model.all_rows}
    assert view.card("SSCP").texts("in")[0].startswith("✓ Last received: minutes of 4 Sep 2026")
    # Minutes noted at confirmed minutes cannot be removed: the action is not offered.
    select(view, row(view, "SSCP", "in", rules.NOTED))
    assert not view.actions["remove"].isEnabled()


def test_prepare_package_writes_the_email_draft_and_offers_to_open_it(qtbot, window, view, answers, quiet):
    r = row(view, "SSCP", "out", rules.READY)
    select(view, r)
    assert view.actions["prepare"].isEnabled()
    assert not view.actions["open_draft"].isEnabled() and not view.actions["show_folder"].isEnabled()
    seen = {}

    def fill(d: PackageDialog) -> bool:
        seen["package"] = d.package
        seen["files"] = [d.ui.filesList.item(n).text() for n in range(d.ui.filesList.count())]
        d.ui.openDraftButton.click()
        d.ui.showFolderButton.click()
        return False

    answers.append(fill)
    view.actions["prepare"].trigger()
    qtbot.waitUntil(lambda: "package" in seen, timeout=60000)
    settle(qtbot, window)
    package = seen["package"]
    assert package.eml.is_file() and package.pdf.is_file() and package.note.is_file()
    assert package.eml.suffix == ".eml" and package.eml.name in seen["files"]
    assert package.folder.parent == window.data_paths.exports / "exchange"
    assert quiet[:2] == [package.eml, package.folder]
    assert b"X-Unsent: 1" in package.eml.read_bytes()
    # The register knows the package; the draft and the folder can be opened from the line.
    qtbot.waitUntil(lambda: view.selected() is not None and view.selected().prepared_at is not None, timeout=10000)
    assert view.actions["open_draft"].isEnabled() and view.actions["show_folder"].isEnabled()
    view.actions["open_draft"].trigger()
    assert quiet[-1] == package.eml
    assert "package prepared on" in view.detail.text().casefold() and str(package.folder) in view.detail.text()


def test_partner_boards_edit_validates_as_you_type(qtbot, window, view, answers):
    store = window.store
    hwb = exchange_svc.find_partner(store, "HWB")
    checked = {}

    def edit(d: PartnerDialog) -> bool:
        assert d.ok.isEnabled()
        d.ui.emailEdit.setText("not an address")
        assert not d.ok.isEnabled() and "is not an e-mail address" in d.ui.problemLabel.text()
        d.ui.emailEdit.setText("hwb.board@example.org")
        d.ui.shortNameEdit.setText("SSCP")
        assert not d.ok.isEnabled() and "already has the short name" in d.ui.problemLabel.text()
        d.ui.shortNameEdit.setText("")
        assert not d.ok.isEnabled() and "needs a short name" in d.ui.problemLabel.text()
        d.ui.shortNameEdit.setText("HWB")
        d.ui.secretariatEdit.setText("Health and Wellbeing Board team")
        assert d.ok.isEnabled(), d.ui.problemLabel.text()
        assert d.result_input().exchange_out and d.result_input().exchange_in
        checked["edit"] = True
        return True

    def add(d: PartnerDialog) -> bool:
        assert not d.ok.isEnabled() and d.ui.problemLabel.isHidden()  # nothing typed yet: no scolding
        d.ui.nameEdit.setText("Sefton Youth Justice Board")
        d.ui.shortNameEdit.setText("YJB")
        d.ui.directionCombo.setCurrentIndex(2)  # theirs to us only
        assert d.ok.isEnabled(), d.ui.problemLabel.text()
        checked["add"] = True
        return True

    def partners(d: PartnersDialog) -> bool:
        qtbot.waitUntil(lambda: not d.busy and d.model.rowCount() == 3, timeout=10000)
        assert [p.short_name for p in d.model.rows] == ["SSCP", "HWB", "O&S"]
        assert exchange_view.select_where(d.ui.table, d.model, lambda p: p.short_name == "HWB")
        answers.append(edit)
        d.ui.editButton.click()
        qtbot.waitUntil(lambda: not d.busy and not window.runner.busy, timeout=10000)
        answers.append(add)
        d.ui.addButton.click()
        qtbot.waitUntil(lambda: not d.busy and d.model.rowCount() == 4, timeout=10000)
        return False

    answers.append(partners)
    view.actions["partners"].trigger()
    settle(qtbot, window)
    assert checked == {"edit": True, "add": True}
    hwb = exchange_svc.find_partner(store, "HWB")
    assert hwb.secretariat_email == "hwb.board@example.org"
    assert hwb.secretariat_name == "Health and Wellbeing Board team"
    yjb = exchange_svc.find_partner(store, "YJB")
    assert yjb.exchange_in and not yjb.exchange_out and yjb.exchange_from == DEMO_DAY
    qtbot.waitUntil(lambda: len(view.cards) == 3, timeout=10000)
    assert view.card("YJB").texts("out") == ["We do not send them our minutes"]


def test_overdue_rules_change_what_is_overdue(qtbot, window, view, answers):
    def fill(d: ExchangeRulesDialog) -> bool:
        assert d.result_values() == (10, 4)
        d.ui.receiveSpin.setValue(6)
        return True

    answers.append(fill)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.actions["rules"].trigger()
    assert exchange_svc.thresholds(window.store) == (10, 6)
    assert not view.card("HWB").summary.receive_overdue
    assert "after 6 months" in view.subtitle.text()


def test_the_exchange_menu_holds_the_views_actions(qtbot, window, view):
    window.set_view("members")
    menu = window.menuExchange
    assert "&" in menu.title()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["&Prepare Package…", "Open E-mail &Draft", "Show Package Fo&lder", "Mar&k Sent…"]
    letters = [t[t.index("&") + 1].casefold() for t in texts]
    assert len(set(letters)) == len(letters)  # each entry has its own Alt letter
    with qtbot.waitSignal(view.loaded, timeout=10000):
        menu.aboutToShow.emit()
    assert window.current_view() == "exchange"


def test_the_agenda_lists_the_partner_minutes_to_be_noted(qtbot, window):
    store = window.store
    december = next(m.id for m in meetings_svc.list_meetings(store) if m.date == dt.date(2026, 12, 9))
    agenda = window.agenda_view
    with qtbot.waitSignal(agenda.loaded, timeout=10000):
        window.open_agenda(december)
    item = agenda_svc.load_agenda(store, december).partner_minutes_item
    assert item is not None
    assert agenda.select_item(item.id)
    text = agenda.detail.text()
    assert "Partner boards' minutes" in text and "Sefton Safeguarding Children Partnership (SSCP)" in text
    assert "03/11/2026" in text and "12/11/2026" in text and "Restricted" in text and "To be noted" in text
    assert isinstance(agenda.detail, QLabel)
