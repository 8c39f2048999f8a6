"""The Members menu: the register's commands, each showing the Members view first."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from cpo_desktop.ui.register.actions import RegisterActions


class MembersMenu(QMenu):
    def __init__(self, actions: RegisterActions, parent: QWidget) -> None:
        super().__init__("&Members", parent)
        def with_person(fn):  # the Members view (and its register) is built when first shown
            return lambda: (actions.register_view is not None and actions.register_view.detail is not None
                            and fn(actions.register_view.detail))

        def with_seat(fn):  # the seat selected in the Seats view (built when first shown)
            return lambda: (actions.seats_view is not None and actions.seats_view.selected() is not None
                            and fn(actions.seats_view.selected()))

        entries = [
            ("&Add Person…", "Ctrl+N", actions.add_person),
            ("&Edit Person…", "Ctrl+E", with_person(actions.edit_person)),
            ("A&ppoint to a Seat…", "Ctrl+Shift+A", with_person(lambda d: actions.appoint(d.id))),
            ("Add &Training Record…", "Ctrl+T", with_person(actions.add_training)),
            ("Mark as &Former Member / Bring Back…", "", with_person(actions.toggle_former)),
            ("&Delete Person…", "", with_person(actions.delete_person)),
            None,
            ("T&raining Sessions and Councillors Not Trained", "",
             lambda: actions.register_view is not None and actions.register_view.show_training()),
            None,
            ("Add S&eat…", "", actions.add_seat, "seats"),
            ("Edit Sea&t…", "", with_seat(actions.edit_seat), "seats"),
            ("&Retire Seat…", "", with_seat(actions.retire_seat), "seats"),
            None,
            ("&Import from CSV or Excel…", "Ctrl+I", actions.import_csv),
        ]
        self.entries: list[QAction] = []
        for entry in entries:
            if entry is None:
                self.addSeparator()
                continue
            text, key, slot, *where = entry
            action = self.addAction(text)
            if key:
                action.setShortcut(QKeySequence(key))
            view = where[0] if where else "members"  # the view the command acts on is shown first
            action.triggered.connect(lambda _=False, slot=slot, view=view: (actions.ctx.show_view(view), slot()))
            self.entries.append(action)
        self.addMenu(actions.export_menu)
