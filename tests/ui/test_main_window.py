"""The main window opened on real stores, driven through its own widgets and actions."""

from __future__ import annotations


import pytest
from conftest import DEMO_PEOPLE, open_window
from PySide6.QtCore import Qt, QTimer

from cpo_desktop import demo
from cpo_desktop.services.startup import open_data
from cpo_desktop.store import backup
from cpo_desktop.ui import prompts
from cpo_desktop.ui.main_window import AboutDialog, MainWindow
from cpo_desktop.ui.viewinfo import VIEWS


def test_opens_on_the_demo_board_and_moves_between_views(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    assert window.windowTitle() == "CPO Desktop — Sefton Corporate Parenting Board"
    assert window.current_view() == "members"
    assert window.members.currentWidget() is window.members.register
    assert len(window.members.register.model.all_rows) == DEMO_PEOPLE
    assert window.seats.model.rowCount() == 30
    assert str(demo_paths.root) in window.data_label.text()

    # Through the navigation list, as a click would.
    window.ui.navList.setCurrentRow(3)
    assert window.current_view() == "meetings"
    assert window.ui.viewStack.currentWidget() is window.meetings
    assert window.meetings.model.rowCount() == 7
    from cpo_desktop import cli

    assert tuple(info.name for info in VIEWS) == cli.VIEWS  # --view accepts exactly the window's views
    # Through the View menu's shortcuts (Ctrl+1 … Ctrl+9, then Ctrl+0).
    for n, info in enumerate(VIEWS, start=1):
        action = window.view_actions[info.name]
        assert action.shortcut().toString() == f"Ctrl+{n % 10}"
        action.trigger()
        assert window.current_view() == info.name
        assert window.ui.navList.currentItem().text() == info.title
    # Every view is built: no placeholder is left.
    from cpo_desktop.ui.views import PlaceholderView

    window.set_view("packs")
    assert window.ui.viewStack.currentWidget() is window.packs_view
    assert not window.findChildren(PlaceholderView)


def test_only_the_view_in_sight_is_built_at_start_and_each_other_when_first_shown(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    assert set(window.views) == {"members"}  # the rest wait until the user goes to them
    assert window.menuAgenda.isEmpty() and window.menuPacks.isEmpty()
    window.set_view("agenda")
    assert set(window.views) == {"members", "agenda"}
    assert window.ui.viewStack.currentWidget() is window.views["agenda"]
    qtbot.waitUntil(lambda: window.agenda_view.model.rowCount() > 0, timeout=30000)  # read when first shown
    assert window.agenda_view.actions["add"] in window.menuAgenda.actions()  # its menu filled as it is built
    # Opening a view's menu builds the view and shows it.
    window.menuExchange.aboutToShow.emit()
    assert window.current_view() == "exchange" and "exchange" in window.views
    assert not window.menuExchange.isEmpty()


def test_only_the_view_in_sight_is_measured_when_the_view_changes(qtbot, demo_paths):
    """Qt's stacked layout asks every page for its height at a width on each show and hide inside
    it: a hidden view answers -1 (no height for width), so a change of view lays out only the view
    in sight, and the window still lays that one out in full."""
    window = open_window(qtbot, demo_paths)
    window.resize(1366, 768)
    for info in VIEWS:
        window.set_view(info.name)
    window.set_view("agenda")
    qtbot.waitUntil(lambda: window.agenda_view.model.rowCount() > 0, timeout=30000)
    stack = window.ui.viewStack
    for info in VIEWS:
        page = window.views[info.name]
        if info.name == "agenda":
            assert page.isVisible() and page.heightForWidth(1100) > 0
            assert page.geometry() == stack.contentsRect()  # the whole stack's room
        else:
            assert page.isHidden() and page.heightForWidth(1100) == -1
    # Shown again, a view measures itself as before.
    window.set_view("minutes")
    assert window.views["minutes"].heightForWidth(1100) > 0 and window.views["agenda"].heightForWidth(1100) == -1


def test_views_read_on_each_visit_redraw_only_what_changed(qtbot, demo_paths):
    """Minutes & actions, Partner exchange and Packs are read on each visit; a visit that finds
    nothing changed leaves their tables and cards as they stand (no refill, no redraw), and one
    that finds a change made elsewhere (here, as another program would, straight to the store)
    shows it."""
    from cpo_desktop.services import exchange

    window = open_window(qtbot, demo_paths)

    def visit(name: str, view) -> None:
        window.set_view("members")
        with qtbot.waitSignal(view.loaded, timeout=30000):
            window.set_view(name)

    visit("minutes", window.minutes_view)
    visit("exchange", window.exchange_view)
    visit("packs", window.packs_view)
    rows = window.minutes_view.attendance.model.rows
    cards = list(window.exchange_view.cards_area.cards)
    packs = window.packs_view.history_box.model.rows
    visit("minutes", window.minutes_view)
    visit("exchange", window.exchange_view)
    visit("packs", window.packs_view)
    assert window.minutes_view.attendance.model.rows is rows  # not refilled
    assert window.exchange_view.cards_area.cards == cards  # the same cards, not rebuilt
    assert window.packs_view.history_box.model.rows is packs

    exchange.add_partner(window.store, exchange.PartnerInput(name="Sefton Youth Justice Board", short_name="SYJB"))
    visit("exchange", window.exchange_view)
    assert window.exchange_view.cards_area.cards != cards
    assert "SYJB" in [c.summary.partner.short_name for c in window.exchange_view.cards_area.cards]


def test_a_view_chosen_while_the_data_is_opening_shows_it_once_read(qtbot, demo_paths):
    window = MainWindow(demo_paths)
    qtbot.addWidget(window)
    # A click straight after the first paint, while the worker opens the data: the view is built then.
    window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: window.set_view("meetings")))
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    assert window.current_view() == "meetings"
    assert window.meetings.model.rowCount() == 7
    assert window.ui.viewStack.currentWidget() is window.meetings


def test_filtering_and_sorting_the_seats_table(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    view = window.seats
    view.filter.setText("young person")
    assert view.model.rowCount() == 6  # the two permanent seats and the four MAD representatives
    view.filter.setText("")
    view.ui.vacantOnlyCheck.setChecked(True)
    assert [view.model.index(n, 1).data() for n in range(view.model.rowCount())] == ["Vacant", "Vacant"]
    view.ui.vacantOnlyCheck.setChecked(False)
    view.ui.seatTable.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    members = [view.model.index(n, 1).data() for n in range(view.model.rowCount())]
    assert members[-2:] == ["Vacant", "Vacant"]  # blanks sort last
    assert members[:-2] == sorted(members[:-2], key=str.casefold)


def test_first_run_offers_the_demo_board(qtbot, data_paths):
    window = open_window(qtbot, data_paths)
    assert window.members.currentWidget() is window.members.welcome
    with qtbot.waitSignal(window.members.register.model.modelReset, timeout=30000):
        window.members.welcome_ui.demoButton.click()
    qtbot.waitUntil(lambda: window.members.currentWidget() is window.members.register, timeout=10000)
    assert window.meetings.model.rowCount() == 7
    assert "demo board" in window.ui.statusbar.currentMessage()


def test_first_run_can_start_empty(qtbot, data_paths):
    window = open_window(qtbot, data_paths)
    window.members.welcome_ui.emptyButton.click()
    qtbot.waitUntil(lambda: window.members.currentWidget() is window.members.register, timeout=10000)
    assert window.members.register.model.rowCount() == 0
    assert window.seats.model.rowCount() == 30  # the seats, all vacant
    assert all(s.vacant for s in window.seats.model.rows)
    window.close()
    again = open_window(qtbot, data_paths)
    assert again.members.currentWidget() is again.members.register


def test_geometry_and_last_view_are_remembered(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    window.resize(800, 530)  # the off-screen test screen is 800 pixels wide
    window.set_view("exchange")
    window.close()
    again = open_window(qtbot, demo_paths)
    assert again.current_view() == "exchange"
    assert (again.width(), again.height()) == (800, 530)


def test_back_up_now(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    before = set(backup.backup_files(demo_paths))
    window.ui.actionBackupNow.trigger()
    qtbot.waitUntil(lambda: "Backed up to" in window.ui.statusbar.currentMessage(), timeout=10000)
    new = set(backup.backup_files(demo_paths)) - before
    assert len(new) == 1 and next(iter(new)).name.endswith("-manual.sqlite3")


def test_restore_confirms_backs_up_first_and_reloads(qtbot, data_paths, monkeypatch):
    window = open_window(qtbot, data_paths)  # an empty register
    assert window.members.currentWidget() is window.members.welcome
    # A backup of a demo board, made elsewhere.
    from cpo_desktop import paths

    other = paths.resolve(data_paths.root.parent / "other")
    store = open_data(other)
    demo.load(store)
    store.close()
    copy = backup.make_backup(other, dest=data_paths.root.parent / "demo-copy.sqlite3")

    asked = []
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: copy)
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, **k: asked.append(text) or True)
    window.ui.actionRestore.trigger()
    qtbot.waitUntil(lambda: window.ui.statusbar.currentMessage().startswith("Restored"), timeout=20000)
    assert asked and "backed up first" in asked[0]
    assert len(window.members.register.model.all_rows) == DEMO_PEOPLE
    assert window.members.currentWidget() is window.members.register
    assert any("before-restore" in p.name for p in backup.backup_files(data_paths))


def test_restore_refuses_a_stranger_with_a_message(qtbot, demo_paths, monkeypatch, tmp_path):
    window = open_window(qtbot, demo_paths)
    stranger = tmp_path / "agenda.pdf"
    stranger.write_bytes(b"%PDF-1.7 not a database")
    errors = []
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: stranger)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: pytest.fail("must not ask to restore a stranger"))
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    window.ui.actionRestore.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "not a CPO Desktop database" in errors[0]
    assert len(window.members.register.model.all_rows) == DEMO_PEOPLE


def test_a_store_that_cannot_be_opened_is_reported(qtbot, data_paths, monkeypatch):
    data_paths.root.mkdir(parents=True)
    data_paths.database.write_text("not a database")
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    window = MainWindow(data_paths, settings=None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.load_failed, timeout=30000):
        window.show()
    assert errors and "not an SQLite file" in errors[0]
    assert data_paths.database.read_text() == "not a database"


def test_about_shows_version_and_data_folder(qtbot, data_paths):
    dialog = AboutDialog(data_paths, "0001")
    qtbot.addWidget(dialog)
    from cpo_desktop import __version__

    assert dialog.ui.versionValue.text() == __version__
    assert dialog.ui.dataValue.text() == str(data_paths.root)


def test_every_menu_action_is_reachable_from_the_keyboard(qtbot, demo_paths):
    window = open_window(qtbot, demo_paths)
    for menu in (window.ui.menuFile, window.ui.menuView, window.ui.menuHelp):
        assert "&" in menu.title()
        for action in menu.actions():
            assert action.isSeparator() or "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_damaged_data_at_start_is_said_and_the_newest_good_backup_restored(qtbot, demo_paths, monkeypatch):
    from conftest import damage_page

    store = open_data(demo_paths)
    good = backup.make_backup(demo_paths, reason="daily")
    store.close()
    damage_page(demo_paths.database)
    asked = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, **k: asked.append((title, text)) or True)
    monkeypatch.setattr(prompts, "error", lambda *a, **k: pytest.fail(f"unexpected error {a}"))
    window = MainWindow(demo_paths, settings=None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
    title, text = asked[0]
    assert "damaged" in title and "is damaged" in text and "Restore the newest good backup" in text
    assert f"made {backup.made_at(good):%d/%m/%Y at %H:%M}" in text
    assert len(window.members.register.model.all_rows) == DEMO_PEOPLE
    assert backup.quick_check(demo_paths.database) == []
    assert [p.name for p in demo_paths.backups.glob("damaged-*.sqlite3")]  # the damaged file, kept aside


def test_damaged_data_at_start_left_alone_if_the_user_says_no(qtbot, demo_paths, monkeypatch):
    store = open_data(demo_paths)
    backup.make_backup(demo_paths, reason="daily")
    store.close()
    from conftest import damage_page, sha256

    damage_page(demo_paths.database)
    before = sha256(demo_paths.database)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    window = MainWindow(demo_paths, settings=None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.load_failed, timeout=30000):
        window.show()
    assert window.store is None and sha256(demo_paths.database) == before


def test_the_window_opens_within_the_screen_left_clear_of_the_taskbar(qtbot, demo_paths, tmp_path):
    """Issue 19, point 7: the designed 1240 × 780 is taller than a 1366 × 768 laptop's screen.
    The window is fitted to the available area of its screen, first run or with a size saved on a
    bigger screen (here the off-screen platform's screen, smaller still)."""
    from PySide6.QtCore import QSettings

    from cpo_desktop.ui.main_window import TITLE_BAR, MainWindow

    for saved in (None, (2400, 1500)):
        settings = QSettings(str(tmp_path / f"{saved}.ini"), QSettings.Format.IniFormat)
        if saved is not None:
            big = MainWindow(demo_paths, settings=None)
            qtbot.addWidget(big)
            big.setMinimumSize(0, 0)
            big.setGeometry(0, 0, *saved)
            settings.setValue("window/geometry", big.saveGeometry())
        window = MainWindow(demo_paths, settings=settings)
        qtbot.addWidget(window)
        area = window.screen().availableGeometry()
        assert window.width() <= area.width() and window.height() + TITLE_BAR <= area.height(), (saved, area)
        assert area.contains(window.geometry().topLeft()), (saved, window.geometry())
        assert window.width() >= window.minimumWidth() and window.height() >= window.minimumHeight()
