"""The Minutes menu: each entry shows the Minutes & actions view and asks it to act; an entry is
enabled as the view's own command is (Confirm only for a draft, …)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from typing import TYPE_CHECKING

from cpo_desktop.ui.context import ViewContext

if TYPE_CHECKING:
    from cpo_desktop.ui.minutes.view import MinutesView

# (key of the view's command, the menu's text, shortcut), in groups between separators.
ENTRIES = ((("start", "&Start Minutes from Agenda", ""),),
           (("closed", "Record Closing T&ime…", ""), ("confirm", "&Confirm Minutes…", ""),
            ("sign", "Record Si&gnature…", ""), ("amend", "&Amend Confirmed Minutes…", "")),
           (("export", "&Export Minutes…", "Ctrl+Shift+E"), ("letters", "&Letters to Absent Members…", "")),
           (("add_action", "Add Ac&tion…", "Ctrl+Shift+T"), ("export_log", "Export Action &Log…", "Ctrl+Shift+L")),
           (("rates", "Attendance &Rates…", ""),))


class MinutesMenu(QMenu):
    """Built with the window; the Minutes & actions view is built when first shown and then
    ``attach``ed (until then every entry is offered once the data is open)."""

    def __init__(self, ctx: ViewContext, parent: QWidget) -> None:
        super().__init__("Min&utes", parent)
        self.ctx = ctx
        self.view: MinutesView | None = None
        self.entries: dict[str, QAction] = {}
        for n, group in enumerate(ENTRIES):
            if n:
                self.addSeparator()
            for key, text, shortcut in group:
                action = self.addAction(text)
                if shortcut:
                    action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(lambda _=False, key=key: self.command(key))
                self.entries[key] = action
        self.sync()

    def attach(self, view: MinutesView) -> None:
        self.view = view
        for key, action in self.entries.items():
            source = view.actions[key]
            action.setStatusTip(source.statusTip())
            source.changed.connect(self.sync)
        view.loaded.connect(self.sync)
        self.sync()
        # The view's own Ctrl+S (save the minute being typed) is listed here too.
        self.insertAction(self.actions()[1], view.actions["save"])

    def sync(self) -> None:
        # Until the view has read its meeting, an entry is offered; the view decides once it has.
        view = self.view
        unread = (view is None or view.data is None) and self.ctx.store is not None
        for key, action in self.entries.items():
            action.setEnabled(unread or (view is not None and view.actions[key].isEnabled()))
        amending = view is not None and view.amendment is not None
        self.entries["amend"].setText("&Finish Amending" if amending else "&Amend Confirmed Minutes…")

    def command(self, key: str) -> None:
        self.ctx.show_view("minutes")  # builds the view (and attaches it here) when first shown
        source = self.view.actions[key]
        self.view.after_load(lambda: source.isEnabled() and source.trigger())
