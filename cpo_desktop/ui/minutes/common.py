"""What the Minutes & actions view's tabs share: the meeting's record as read, the view's
actions and buttons, and what a tab may ask of the view that hosts it (``Host``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from cpo_desktop.model.rules import recent_actions_since as recent_since

CHOOSE = "— choose —"


@dataclass(frozen=True)
class Loaded:
    """One meeting's record, read off the UI thread in one go."""

    meeting_id: int
    sheet: Any  # services.attendance.AttendanceSheet
    record: Any  # services.minutes.MinutesView
    items: tuple  # services.agenda.ItemRow, for declarations and the wording of resolutions
    log: tuple  # services.actions.ActionRow: the action log, every year or recent (``recent_since``)
    today: dt.date
    agreed: tuple = ()  # services.actions.ActionRow, the actions agreed at this meeting (shown under its minutes)
    older: int = 0  # actions closed before ``recent_since(today)``, not in ``log`` (0 when every year was read)


def read_meeting(store, meeting_id: int, today: dt.date, *, every_year: bool = False) -> Loaded:
    """Read everything the view shows of a meeting (runs off the UI thread): the action log in
    full with ``every_year``, else the recent part (``recent_since``), which does not grow with
    the board's record."""
    from cpo_desktop.services import actions, agenda, attendance, minutes

    since = None if every_year else recent_since(today)
    log = tuple(actions.list_actions(store, closed_since=since, today=today))
    return Loaded(meeting_id, attendance.load(store, meeting_id), minutes.load(store, meeting_id),
                  tuple(agenda.load_agenda(store, meeting_id).items), log, today,
                  agreed=tuple(actions.list_actions(store, meeting=meeting_id, today=today)),
                  older=0 if since is None else actions.closed_before(store, since))


class ActionSet:
    """The view's commands by key (the Minutes menu uses them), each with its button if it has one."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}

    def add(self, key: str, text: str, slot: Callable[[], None], shortcut: str = "", tip: str = "",
            button: QPushButton | None = None) -> QAction:
        """A command; its shortcut works anywhere in the view; ``button``: the form's push button for it
        (pressing it triggers the command, which enables it and gives it its tooltip)."""
        action = QAction(text, self.owner)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.owner.addAction(action)
        tip = tip or text.replace("&", "").rstrip("…")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.actions[key] = action
        if button is not None:
            b = button
            b.clicked.connect(action.trigger)
            b.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            b.setAccessibleName(tip)
            action.changed.connect(lambda b=b, a=action: (b.setEnabled(a.isEnabled()), b.setToolTip(a.toolTip())))
            self.buttons[key] = b
        return action


class Host(Protocol):
    """What a tab may ask of the view that hosts it."""

    ctx: Any  # ui.context.ViewContext
    meeting_id: int | None
    data: Loaded | None
    amendment: Any  # services.minutes.Amendment while confirmed minutes are amended
    commands: ActionSet
    last_export: Any  # pathlib.Path of the last document exported, or None

    @property
    def record(self) -> Any: ...

    def reload(self) -> None: ...

    def open_meeting(self, meeting_id: int) -> None: ...

    def show_tab(self, name: str) -> None: ...

    def current_tab(self) -> str: ...

    def update_actions(self) -> None: ...

    def current_minute(self) -> Any: ...

    def may_change(self) -> bool: ...

    def save_pending(self) -> bool: ...

    def toggle_amending(self) -> None: ...

    def minute_texts(self) -> list[tuple[int, str, str]]: ...

    def minutes_change(self, text: str, work: Callable[[Any, Any], Any], **callbacks: Any) -> None: ...
