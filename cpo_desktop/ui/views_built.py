"""How the main window builds each view when it is first shown, wires it to the window's menus
and signals, and gives it the data read so far.

Only the view in sight is built at start-up; the others (and their modules) wait until the user
goes to them, so the window is ready sooner and a view never visited costs nothing. A new feature
view is added here (``build`` and ``give_data``) and in ``viewinfo.VIEWS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cpo_desktop.ui.style import icon
from cpo_desktop.ui.viewinfo import info
from cpo_desktop.ui.widgets import fill_actions_menu

if TYPE_CHECKING:
    from cpo_desktop.ui.main_window import MainWindow


def build(window: MainWindow, name: str) -> QWidget:
    """The view ``name``, wired to the window (its menu filled, its requests connected)."""
    ctx = window.ctx
    if name in ("members", "seats", "officers"):
        from cpo_desktop.ui.register.views import MembersView, OfficersView, SeatsView

        if name == "seats":
            seats = SeatsView(window.actions)
            window.actions.seats_view = seats
            return seats
        if name == "officers":
            return OfficersView(window.actions)
        view = MembersView(window.actions)
        view.demo_requested.connect(window.load_demo)
        view.empty_chosen.connect(window.choose_empty)
        window.actions.register_view = view.register
        view.register.person_selected.connect(window.actions.load_detail)
        return view
    if name == "meetings":
        from cpo_desktop.ui.meetings import MeetingsView

        view = MeetingsView(ctx)
        view.show_requested.connect(lambda: window.set_view("meetings"))
        view.agenda_requested.connect(window.open_agenda)
        for action in view.menu_actions:
            window.menuMeetings.addAction(action)
        window.menuMeetings.addSeparator()
        window.menuMeetings.addMenu(window.menuProgramme)
        return view
    if name == "work-programme":
        from cpo_desktop.ui.work_programme import WorkProgrammeView

        view = WorkProgrammeView(ctx)
        view.agenda_requested.connect(window.open_agenda)
        for action in view.menu_actions:
            window.menuProgramme.addAction(action)
        return view
    if name == "minutes":
        from cpo_desktop.ui.minutes import MinutesView

        view = MinutesView(ctx)
        window.menuMinutes.attach(view)
        return view
    if name in ("agenda", "exchange", "packs", "performance"):
        if name == "agenda":
            from cpo_desktop.ui.agenda import AgendaView as View
        elif name == "exchange":
            from cpo_desktop.ui.exchange import ExchangeView as View
        elif name == "performance":
            from cpo_desktop.ui.performance import PerformanceView as View
        else:
            from cpo_desktop.ui.packs import PacksView as View
        view = View(ctx)
        menu = {"agenda": window.menuAgenda, "exchange": window.menuExchange, "packs": window.menuPacks,
                "performance": window.menuPerformance}[name]
        fill_actions_menu(menu, view.actions, view.MENU_GROUPS)
        return view
    from cpo_desktop.ui.views import PLACEHOLDERS, PlaceholderView

    summary, points = PLACEHOLDERS[name]
    return PlaceholderView(info(name).title, icon(info(name).icon), summary, points)


def give_data(window: MainWindow, name: str, data, welcome: bool, *, shown: bool = False) -> bool:
    """Show ``data`` (``services.overview.ViewsData``) in the built view ``name``; ``shown``: it
    is the view in sight, which reads what more it needs now. True when the view has more to read
    the next time it is shown."""
    view = window.views[name]
    if name == "members":
        view.show_data(data, welcome=welcome)
    elif name in ("seats", "officers"):
        view.show_data(data)
    elif name == "meetings":
        view.show_meetings(data.meetings)
    elif name in ("agenda", "minutes"):
        view.show_meetings(data.meetings, load=shown)
        return name == "agenda" and not shown
    elif name == "work-programme":
        if not shown:
            return True
        view.reload()
    elif name == "exchange":
        if shown:
            view.reload()
        else:
            view.update_actions()
    elif name == "packs" and shown:
        view.reload()  # otherwise read when next shown
    elif name == "performance":
        if not shown:
            return True
        view.reload()
    return False
