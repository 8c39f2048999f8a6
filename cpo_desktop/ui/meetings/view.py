"""Meetings: the board's meetings year by year, and every change to them.

Planning a municipal year from the board's schedule (and changing that schedule), adding a
meeting, moving or postponing one, calendar files for Outlook, and the way into each meeting's
agenda. The view lists and filters the meetings; the changes are ``MeetingChanges``'s
(changes.py), the dialogs are in dialogs.py. Every change goes through ``services.meetings``
off the UI thread; the view itself never touches the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from cpo_desktop import dates
from cpo_desktop.model import enums
from cpo_desktop.model.rules import municipal_year_start
from cpo_desktop.ui.meetings.changes import MeetingChanges
from cpo_desktop.ui.meetings.text import CANCELLED, HELD, plain_list, year_label
from cpo_desktop.ui.style import GREY
from cpo_desktop.ui.tablemodel import Column, FilteredRowsModel, RowStyle
from cpo_desktop.ui.widgets import ViewPage, prepare_table, select_where, selected_row, wrap_row

if TYPE_CHECKING:
    from cpo_desktop.ui.context import ViewContext

_TODAY = object()  # the year filter's first choice: the municipal year containing today


PRE_MEETING = "Young people's pre-meeting"  # a young people's meeting linked to the board meeting it prepares for
WITH_PRE_MEETING = "+ pre-meeting"  # a board meeting with one

class _EnterOpens(QObject):
    """Enter or Return on the table opens the selected meeting's agenda."""

    def __init__(self, view: MeetingsView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self.view.selected() is not None):
            self.view.open_agenda()
            return True
        return False


class MeetingsView(ViewPage, MeetingChanges, QWidget):
    """The board's meetings, a municipal year at a time, and the buttons that change them.

    ``ctx`` (ViewContext) is all the view uses. The main window calls ``show_meetings`` with
    ``ctx.data.meetings`` whenever it has read the data; a change asks it to (``ctx.refresh``).
    The changes themselves are ``MeetingChanges``'s (changes.py).
    """

    agenda_requested = Signal(int)  # a meeting id: open its agenda
    show_requested = Signal()  # a menu action needs this view on screen (before its dialog opens)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = ctx.today()
        self.rows: list = []
        self._by_id: dict = {}  # the rows by id, for a pre-meeting's link
        self.next_meeting_id: int | None = None
        self._year_choice: object = _TODAY
        self._select_after: Callable[[Any], bool] | None = None
        self._reveal = False  # after a change: show the changed meeting even if the filters hid it
        self._hay: dict[int, str] = {}
        self._schedule_text = ""
        self._build()
        self._build_actions()
        self.show_meetings([])

    # --- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        """The layout is forms/meetings_view.ui; here the table's columns and the behaviour are wired to it."""
        from cpo_desktop.ui.generated.ui_meetings_view import Ui_MeetingsView

        self.ui = ui = Ui_MeetingsView()
        ui.setupUi(self)
        wrap_row(ui.bottom)  # the buttons go on to a second row on a narrow screen, never clipped
        self.title_label, self.subtitle_label = ui.viewTitle, ui.viewSubtitle
        self.year_combo, self.filter = ui.yearCombo, ui.filterEdit
        self.footer = ui.viewFooter
        self.open_button, self.edit_button = ui.openButton, ui.editButton
        self.move_button, self.status_button = ui.moveButton, ui.statusButton
        self.add_button, self.plan_button = ui.addButton, ui.planButton
        self.schedule_button, self.export_button = ui.scheduleButton, ui.exportButton

        columns = [
            Column("Date", lambda r: dt.datetime.combine(r.date, r.start_time), display=lambda r: dates.weekday(r.date),
                   tooltip=lambda r: self._row_tip(r)),
            Column("Time", lambda r: r.start_time),
            Column("Meeting", lambda r: r.kind_label, display=self._meeting_text, tooltip=self._meeting_tip),
            Column("Theme", lambda r: r.theme or r.notes or "", tooltip=lambda r: self._theme_tip(r), max_width=420),
            Column("Venue", lambda r: r.venue,
                   tooltip=lambda r: "\n".join(x for x in (r.venue, r.online_link) if x) or None),
            Column("Status", lambda r: r.status.capitalize()),
            Column("Moved from", lambda r: r.moved_from,
                   display=lambda r: dates.short(r.moved_from),
                   tooltip=lambda r: f"First planned for {dates.long(r.moved_from)}" if r.moved_from else None),
        ]
        style = RowStyle(foreground=lambda r: GREY if r.date < self.today or r.status == CANCELLED else None,
                         bold=lambda r: r.id == self.next_meeting_id,
                         italic=lambda r: r.status == CANCELLED)
        self.model = FilteredRowsModel(columns, style, self)
        self.table = table = ui.meetingTable
        prepare_table(table)
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # date order until asked
        # Widths from the longest text each column holds, in bold (the next meeting is bold).
        bold = QFont(table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        samples = ["Wed 30 Sep 2026", "00:00", f"{enums.MeetingKind.BOARD.label} {WITH_PRE_MEETING}", "",
                   "Bootle Town Hall",
                   "Cancelled", "Moved from"]
        for col, sample in enumerate(samples):
            if sample:
                table.setColumnWidth(col, metrics.horizontalAdvance(sample) + 24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the theme takes what is left
        header.setStretchLastSection(False)  # prepare_table turned it on

        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        table.doubleClicked.connect(lambda *_: self.open_agenda())
        table.customContextMenuRequested.connect(self._context_menu)
        table.installEventFilter(_EnterOpens(self))
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        self.filter.textChanged.connect(lambda _text: self.apply_filter())

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], None], key: str = "", tip: str = "") -> QAction:
            a = QAction(text, self)
            if key:
                a.setShortcut(QKeySequence(key))
            if tip:
                a.setStatusTip(tip)
                a.setToolTip(tip)
            a.triggered.connect(lambda _=False: slot())
            return a

        def separator() -> QAction:
            a = QAction(self)
            a.setSeparator(True)
            return a

        self.open_action = action("&Open Agenda", self.open_agenda,
                                  tip="Open the selected meeting's agenda (Enter or double-click)")
        self.add_action = action("&Add Meeting…", self._menu(self.add_meeting), "Ctrl+Shift+M",
                                 "Add a meeting outside the usual pattern")
        self.move_action = action("&Move or Postpone Meeting…", self._menu(self.move_meeting),
                                  tip="Move the selected meeting to another date or time; its history is kept")
        self.edit_action = action("&Edit Meeting…", self._menu(self.edit_meeting),
                                  tip="Change the selected meeting's kind, theme, length, venue or notes")
        self.held_action = action("Mark as &Held", self._menu(self.mark_held),
                                  tip="Record that the selected meeting took place")
        self.cancel_action = action("Ca&ncel Meeting…", self._menu(self.cancel_meeting),
                                    tip="Cancel the selected meeting; it stays in the list and can be reinstated")
        self.reinstate_action = action("&Reinstate Meeting", self._menu(self.reinstate_meeting),
                                       tip="Plan the selected cancelled meeting again")
        self.plan_action = action("&Plan a Year…", self._menu(self.plan_year),
                                  tip="Plan a municipal year's board meetings from the schedule")
        self.schedule_action = action("Board's Meeting &Schedule…", self._menu(self.edit_schedule),
                                      tip="When the board usually meets: the months, the day, the time and the venue")
        self.terms_action = action("Board's &Terms of Reference…", self.edit_terms,
                                   tip="The board's terms of reference: change them (a new version, agreed at a "
                                       "meeting) or read the versions before")
        self.export_meeting_action = action("Export the Selected &Meeting to Calendar…",
                                            self._menu(self.export_selected_meeting),
                                            tip="Save the selected meeting as a calendar file (.ics) for Outlook")
        self.export_year_action = action("Export the &Year to Calendar…", self._menu(self.export_shown_year),
                                         tip="Save a municipal year's meetings as a calendar file (.ics) for Outlook")
        self.menu_actions: list[QAction] = [
            self.open_action, separator(), self.add_action, self.move_action, self.edit_action,
            self.held_action, self.cancel_action, self.reinstate_action, separator(), self.plan_action,
            self.schedule_action, self.terms_action, separator(),
            self.export_meeting_action, self.export_year_action]
        self.addActions(self.menu_actions)  # their shortcuts work while the view is on screen

        self.export_menu = QMenu(self)
        self.export_menu.addAction(self.export_meeting_action)
        self.export_menu.addAction(self.export_year_action)
        self.export_button.setMenu(self.export_menu)
        self.status_menu = QMenu(self)
        self.status_menu.setToolTipsVisible(True)
        for act in self.status_actions():
            self.status_menu.addAction(act)
            act.changed.connect(self._status_button_state)
        self.status_button.setMenu(self.status_menu)
        for button, act in ((self.open_button, self.open_action), (self.edit_button, self.edit_action),
                            (self.move_button, self.move_action),
                            (self.add_button, self.add_action), (self.plan_button, self.plan_action),
                            (self.schedule_button, self.schedule_action)):
            button.clicked.connect(act.trigger)
            button.setToolTip(act.toolTip())
            act.changed.connect(lambda button=button, act=act: button.setEnabled(act.isEnabled()))
        for act in (self.export_meeting_action, self.export_year_action):
            act.changed.connect(self._export_button_state)

    def _menu(self, slot: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            self.show_requested.emit()
            slot()
        return run

    def _export_button_state(self) -> None:
        self.export_button.setEnabled(self.export_meeting_action.isEnabled() or self.export_year_action.isEnabled())

    def status_actions(self) -> list[QAction]:
        return [self.held_action, self.cancel_action, self.reinstate_action]

    def _status_button_state(self) -> None:
        self.status_button.setEnabled(any(a.isEnabled() for a in self.status_actions()))

    def _context_menu(self, pos) -> None:
        """Right-click on a meeting: what can be done to it."""
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        for act in (self.open_action, self.edit_action, self.move_action, None, *self.status_actions(), None,
                    self.export_meeting_action):
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- showing the meetings ---------------------------------------------------------------
    def _meeting_text(self, r) -> str:
        """The kind; a young people's pre-meeting and its board meeting say so on each other's rows."""
        if r.prepares_for in self._by_id:
            return PRE_MEETING
        if any(i in self._by_id for i in r.pre_meetings):
            return f"{r.kind_label} {WITH_PRE_MEETING}"
        return r.kind_label

    def _meeting_tip(self, r) -> str:
        board = self._by_id.get(r.prepares_for) if r.prepares_for else None
        if board is not None:
            return (f"{r.kind_label}: prepares for the board meeting of {dates.weekday(board.date)} at "
                    f"{dates.hm(board.start_time)}")
        pre = [self._by_id[i] for i in r.pre_meetings if i in self._by_id]
        return "\n".join([r.kind_label] + [f"Young people's pre-meeting: {dates.weekday(m.date)} at "
                                            f"{dates.hm(m.start_time)}, {m.venue}" for m in pre])

    def show_meetings(self, rows: Sequence[Any], today: dt.date | None = None) -> None:
        """Show ``rows`` (services.meetings.MeetingRow, in date order), keeping the chosen year,
        the filter and the selected meeting."""
        self.today = today or self.ctx.today()
        self.rows = list(rows)
        self._by_id = {r.id: r for r in self.rows}
        upcoming = [r for r in self.rows if r.date >= self.today and r.status not in (HELD, CANCELLED)]
        self.next_meeting_id = min(upcoming, key=lambda r: (r.date, r.start_time)).id if upcoming else None
        self._hay = {r.id: " ".join([
            dates.weekday(r.date), dates.short(r.date), dates.long(r.date), dates.hm(r.start_time), r.kind_label,
            r.theme, r.venue, r.status, r.notes or "", r.municipal_year,
            f"moved from {dates.short(r.moved_from)}" if r.moved_from else ""]).casefold() for r in self.rows}

        chosen = self.selected()
        select, reveal = self._select_after, self._reveal
        self._select_after, self._reveal = None, False
        if select is None:
            chosen_id = chosen.id if chosen is not None else self.next_meeting_id
            select = (lambda r: r.id == chosen_id) if chosen_id is not None else None
        target = next((r for r in self.rows if select(r)), None) if select else None
        if target is not None and reveal:
            # What was just changed must be in sight: show its year, and drop a filter that hides it.
            if self._year_choice is not None:
                self._year_choice = municipal_year_start(target.date)
            if not self._matches_text(target):
                self.filter.blockSignals(True)
                self.filter.clear()
                self.filter.blockSignals(False)
        self._fill_years()
        self.model.set_rows(self.rows, self._predicate())
        if target is None or not select_where(self.table, self.model, lambda r: r.id == target.id):
            self.table.clearSelection()
        self._update_footer()
        self._update_actions()
        self._load_schedule()

    def _fill_years(self) -> None:
        years = sorted({municipal_year_start(r.date) for r in self.rows} | {municipal_year_start(self.today)})
        choice = self._year_choice
        if choice is _TODAY or (choice is not None and choice not in years):
            choice = municipal_year_start(self.today)
        combo = self.year_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All years", None)
        for year in years:
            combo.addItem(year_label(year), year)
        combo.setCurrentIndex(max(combo.findData(choice), 0) if choice is not None else 0)
        combo.blockSignals(False)

    def _year_chosen(self) -> None:
        self._year_choice = self.year_combo.currentData()
        self.apply_filter()

    def shown_year(self) -> int | None:
        """The municipal year chosen in the filter (its starting year), or None for all years."""
        return self.year_combo.currentData()

    def set_year(self, year: int | None) -> None:
        index = self.year_combo.findData(year)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)

    def _matches_text(self, r) -> bool:
        words = self.filter.text().casefold().split()
        hay = self._hay.get(r.id, "")
        return all(w in hay for w in words)

    def _predicate(self) -> Callable[[Any], bool]:
        year = self.year_combo.currentData()
        words = self.filter.text().casefold().split()
        hay = self._hay

        def match(r) -> bool:
            if year is not None and municipal_year_start(r.date) != year:
                return False
            text = hay.get(r.id, "")
            return all(w in text for w in words)

        return match

    def apply_filter(self) -> None:
        chosen = self.selected()
        self.model.set_filter(self._predicate())
        if chosen is None or not select_where(self.table, self.model, lambda r: r.id == chosen.id):
            self.table.clearSelection()
        self._update_footer()
        self._update_actions()

    def _update_footer(self) -> None:
        year = self.shown_year()
        in_year = [r for r in self.rows if year is None or municipal_year_start(r.date) == year]
        where = "in all years" if year is None else f"in {year_label(year)}"
        if not in_year:
            scope = f" in {year_label(year)}" if year is not None else ""
            text = f"No meetings{scope} yet. Plan Year… makes the board's meetings from its schedule."
        else:
            held = sum(1 for r in in_year if r.status == HELD)
            parts = [f"{len(in_year)} meeting{'s' if len(in_year) != 1 else ''} {where}", f"{held} held"]
            moved = sum(1 for r in in_year if r.moved_from)
            if moved:
                parts.append(f"{moved} moved")
            shown = len(self.model.rows)
            if shown != len(in_year):
                parts.insert(0, f"Showing {shown}")
            text = " · ".join(parts)
        nxt = next((r for r in self.rows if r.id == self.next_meeting_id), None)
        if nxt is not None:
            text += f" · Next: {dates.weekday(nxt.date)} at {dates.hm(nxt.start_time)}"
        self.footer.setText(text)

    def _row_tip(self, r) -> str:
        lines = [f"{dates.long(r.date)} at {dates.hm(r.start_time)} ({r.duration_minutes} minutes)"]
        if r.id == self.next_meeting_id:
            lines.append("The next meeting")
        if r.moved_from:
            lines.append(f"Moved from {dates.short(r.moved_from)}")
        lines.append("Enter or double-click opens the agenda")
        return "\n".join(lines)

    @staticmethod
    def _theme_tip(r) -> str | None:
        parts = [p for p in (r.theme, r.notes if r.notes != r.theme else None) if p]
        return "\n".join(parts) or None

    def _load_schedule(self) -> None:
        store = self.ctx.store
        if store is None:
            self._show_subtitle()
            return

        def job():
            from cpo_desktop.services import meetings

            return plain_list(meetings.get_schedule(store).describe())

        def done(text: str) -> None:
            self._schedule_text = text
            self._show_subtitle()

        # A subtitle is not worth an error dialog: without it the view says less, nothing more.
        self.ctx.op(job).owner(self).success(done).failure(lambda *_: None).run()

    def _show_subtitle(self) -> None:
        self.subtitle_label.setText(f"The board meets on {self._schedule_text}." if self._schedule_text
                                    else "The board's meetings, a municipal year at a time.")

    # --- selection and actions ---------------------------------------------------------------
    def selected(self):
        """The selected meeting's row (a MeetingRow), or None."""
        return selected_row(self.table, self.model)

    def select_meeting(self, meeting_id: int) -> bool:
        return select_where(self.table, self.model, lambda r: r.id == meeting_id)

    def export_year(self) -> int:
        """The year Export the Year saves: the one shown, else the selected meeting's, else this one."""
        year = self.shown_year()
        if year is not None:
            return year
        row = self.selected()
        return municipal_year_start(row.date if row is not None else self.today)

    def _update_actions(self) -> None:
        loaded = self.ctx.store is not None
        row = self.selected()
        self.open_action.setEnabled(row is not None)
        self.add_action.setEnabled(loaded)
        self.plan_action.setEnabled(loaded)
        self.schedule_action.setEnabled(loaded)
        self.terms_action.setEnabled(loaded)
        can_move = loaded and row is not None and row.status != HELD
        self.move_action.setEnabled(can_move)
        self.move_button.setToolTip("This meeting has been held; it cannot be moved." if row is not None
                                    and row.status == HELD else self.move_action.toolTip())
        self.edit_action.setEnabled(loaded and row is not None)
        planned = row is not None and row.status not in (HELD, CANCELLED)
        self.held_action.setEnabled(loaded and planned and row.date <= self.today)
        self.held_action.setToolTip(
            f"The meeting of {dates.short(row.date)} is still to come; it can be marked held on or after the day"
            if planned and row.date > self.today else "Record that the selected meeting took place")
        self.cancel_action.setEnabled(loaded and planned)
        self.cancel_action.setToolTip(
            "This meeting has been held; it cannot be cancelled" if row is not None and row.status == HELD
            else "Cancel the selected meeting; it stays in the list and can be reinstated")
        self.reinstate_action.setEnabled(loaded and row is not None and row.status == CANCELLED)
        self._status_button_state()
        self.export_meeting_action.setEnabled(loaded and row is not None)
        self.export_meeting_action.setText(
            f"Export the &Meeting of {dates.short(row.date)} to Calendar…" if row is not None
            else "Export the Selected &Meeting to Calendar…")
        year = self.export_year()
        self.export_year_action.setEnabled(loaded and any(municipal_year_start(r.date) == year for r in self.rows))
        self.export_year_action.setText(f"Export All of {year_label(year)} to &Calendar…")
        self._export_button_state()

    def open_agenda(self) -> None:
        row = self.selected()
        if row is not None:
            self.agenda_requested.emit(row.id)
