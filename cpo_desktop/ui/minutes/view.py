"""Minutes & actions: who came to a meeting (and whether it was quorate), declarations of
interest, the minutes item by item with their resolutions, and the action log.

The view hosts four tabs (``attendance``, ``declarations``, ``editor``, ``action_log``) over the
meeting chosen at the top, and reads the meeting's whole record in one go (``common.read_meeting``).
It only shows service results (``services.attendance``, ``services.minutes``, ``services.actions``);
every change runs through the view context's operations, one transaction each. Attendance and
action changes are undoable (Edit › Undo).

Confirmed minutes are locked: the editor is read-only until the user presses Amend… and says why
(``amendment``); every change after that is recorded by the service as an amendment.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cpo_desktop import dates, errors
from cpo_desktop.model import enums
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.minutes.common import ActionSet, Loaded, read_meeting
from cpo_desktop.ui.minutes.dialogs import AmendDialog
from cpo_desktop.ui.minutes.record import RecordCommands
from cpo_desktop.ui.style import GREEN_PILL, GREY_PILL, PILL, ROSE_PILL
from cpo_desktop.ui.widgets import ViewPage, fill_meetings
from cpo_desktop.wording import plural


class MinutesView(ViewPage, QWidget):
    """The Minutes & actions view: the meeting picker, the record's status and quorum, four tabs."""

    loaded = Signal()  # a meeting's record has been read and shown
    saved = Signal(int)  # a minute's typing was saved (its id)

    TABS = ("attendance", "declarations", "minutes", "actions")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.meetings: list = []
        self.data: Loaded | None = None
        self.amendment = None  # services.minutes.Amendment while the user amends confirmed minutes
        self._loading = False
        self._after_load: list[Callable[[], Any]] = []
        self.last_export: Path | None = None
        self.commands = ActionSet(self)
        self.actions = self.commands.actions  # by key; the Minutes menu uses them
        self.buttons = self.commands.buttons
        self._build()
        self.update_actions()

    # --- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        """The layout is forms/minutes_view.ui (each tab has its own form); here each tab is wired
        to the view, which holds the meeting and the commands."""
        from cpo_desktop.ui.generated.ui_minutes_view import Ui_MinutesView

        self.ui = ui = Ui_MinutesView()
        ui.setupUi(self)
        self.meeting_combo, self.status_label, self.quorum_label = ui.meetingCombo, ui.minutesStatus, ui.quorumLabel
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        self.attendance, self.declarations, self.log, self.editor = ui.attendance, ui.declarations, ui.log, ui.editor
        self.tabs = ui.tabs
        self.attendance.bind(self)
        self.declarations.bind(self)
        self.log.bind(self)
        self.record_commands = RecordCommands(self, self, self.editor.record_buttons())
        self.editor.bind(self, self.log.add_minute_action)
        self.editor.saved.connect(self.saved)
        self.tabs.currentChanged.connect(lambda _i: self.update_actions())

        self.commands.add("add_action", "Add Ac&tion…", self.log.add_action, tip="Add an action to the log")
        self.commands.add("export_log", "Export Action &Log…", self.log.export_log,
                          tip="Save the action log (as filtered) as PDF, Excel workbook or CSV")

        # The tabs' widgets by the names the view has always given them (tests reach them so).
        self.attendance_model, self.attendance_table = self.attendance.model, self.attendance.table
        self.declaration_model, self.declaration_table = self.declarations.model, self.declarations.table
        editor = self.editor
        self.minute_list, self.resolution_list = editor.minute_list, editor.resolution_list
        self.title_edit, self.discussion_edit = editor.title_edit, editor.discussion_edit
        self.minutes_splitter, self.banner = editor.splitter, editor.banner
        self.amendment_model, self.amendment_table = editor.amendment_model, editor.amendment_table
        self.log_model, self.log_table, self.log_count = self.log.model, self.log.table, self.log.count
        self.log_filter = self.log.which
        self.filter = self.log.filter  # Ctrl+F focuses the view's ``filter`` when it is on screen

    # --- what the tabs share --------------------------------------------------------------------
    @property
    def record(self):
        """The minutes of the meeting shown (services.minutes.MinutesView), or None."""
        return self.data.record if self.data is not None else None

    @property
    def _minute_id(self) -> int | None:  # the tests' name for the minute in the editor
        return self.editor.minute_id

    def current_minute(self):
        return self.editor.current()

    def minute_texts(self) -> list[tuple[int, str, str]]:
        return self.editor.texts()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.TABS.index(name))

    def current_tab(self) -> str:
        return self.TABS[self.tabs.currentIndex()]

    def save_pending(self) -> bool:
        """Save what was typed in the minute in the editor; True if a save was started."""
        return self.editor.save_pending()

    def edit_resolution(self) -> None:
        self.editor.edit_resolution()

    def edit_action(self) -> None:
        self.log.edit_action()

    # --- choosing the meeting -------------------------------------------------------------------
    def show_meetings(self, meetings, *, load: bool = True) -> None:
        """Fill the meeting chooser with the board's meetings and forums: those held first, the
        most recent at the top, then those to come. Keeps the meeting shown; else the most
        recent meeting held."""
        wanted = (enums.MeetingKind.BOARD, enums.MeetingKind.YOUNG_PEOPLES_FORUM)
        rows = [m for m in meetings if m.kind in wanted and m.status != enums.MeetingStatus.CANCELLED]
        held = sorted((m for m in rows if m.status == enums.MeetingStatus.HELD),
                      key=lambda m: (m.date, m.start_time), reverse=True)
        to_come = [m for m in rows if m.status != enums.MeetingStatus.HELD]
        self.meetings = held + to_come
        keep = self.meeting_id
        ids = [m.id for m in self.meetings]
        if keep not in ids:
            keep = ids[0] if ids else None
        fill_meetings(self.meeting_combo, self.meetings, keep,
                      note=lambda m: "" if m.status == enums.MeetingStatus.HELD else " (to come)",
                      separator_before=len(held) if held and to_come else None)
        if keep is None:
            self.meeting_id = None
            self.data = None
            self.status_label.setText("No meetings yet: plan the year in <b>Meetings</b> first.")
            self.update_actions()
            return
        if load:
            self.open_meeting(keep)
        else:
            self.meeting_id = keep

    def open_meeting(self, meeting_id: int) -> None:
        index = self.meeting_combo.findData(meeting_id)
        if index >= 0 and index != self.meeting_combo.currentIndex():
            self.meeting_combo.setCurrentIndex(index)  # calls back through _meeting_chosen
            return
        if meeting_id != self.meeting_id:
            self._leave_meeting()
        self.meeting_id = meeting_id
        self.reload()

    def _meeting_chosen(self, index: int) -> None:
        meeting_id = self.meeting_combo.itemData(index)
        if meeting_id is not None and meeting_id != self.meeting_id:
            self._leave_meeting()
            self.meeting_id = meeting_id
            self.reload()

    def _leave_meeting(self) -> None:
        self.save_pending()
        self.amendment = None
        self.editor.forget_minute()

    # --- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        store, meeting_id = self.ctx.store, self.meeting_id
        if store is None or meeting_id is None:
            return
        today = self.ctx.today()
        self._loading = True

        def failed(exc: BaseException, tb: str) -> None:
            self._loading = False
            self._after_load.clear()
            self.ctx.show_error(exc, tb)

        every_year = self.log.every_year()
        self.ctx.op(lambda: read_meeting(store, meeting_id, today, every_year=every_year)).latest("minutes.read") \
            .success(self.show_record).failure(failed).run()

    def after_load(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` once the meeting being read is shown (at once if nothing is being read)."""
        if self._loading:
            self._after_load.append(fn)
        else:
            fn()

    def show_record(self, data: Loaded) -> None:
        if data.meeting_id != self.meeting_id:
            return  # another meeting was chosen meanwhile
        self._loading = False
        same = data == self.data  # a visit, with nothing changed since: the tables stand as they are
        self.data = data
        if not same:
            self._show_status()
            self.attendance.show_sheet()
            self.declarations.show_declarations()
            self.editor.show_minutes()
            self.log.show_log()
        self.update_actions()
        self.loaded.emit()
        waiting, self._after_load = self._after_load, []
        for fn in waiting:
            fn()

    def _show_status(self) -> None:
        data = self.data
        m, record = data.sheet.meeting, data.record
        closing = ""
        if record.started and m.date <= data.today:  # the minutes' last line, or that it is still to record
            closing = (f" · {html.escape(record.closing_line)}" if record.closing_line
                       else " · <i>closing time not recorded</i> (Closing Time…)")
        self.status_label.setText(
            f"<b>{m.kind_label}</b>, {dates.long(m.date)} at {dates.hm(m.start_time)}, {html.escape(m.venue)}"
            f"<br>Minutes: <b>{html.escape(record.status_text)}</b>{closing}")
        if m.kind != enums.MeetingKind.BOARD:
            self.quorum_label.setText("No quorum: not a board meeting")
            self.quorum_label.setStyleSheet(PILL.format(GREY_PILL))
            self.quorum_label.setToolTip("")
            return
        q = data.sheet.quorum
        to_come = m.date > data.today
        if to_come and not any(r.recorded for r in data.sheet.rows):
            # Nothing to worry about yet: say what the meeting will need.
            self.quorum_label.setText(f"Quorum: {q.required} members needed, including "
                                      f"{plural(q.elected_required, 'elected member')}")
            self.quorum_label.setStyleSheet(PILL.format(GREY_PILL))
        else:
            self.quorum_label.setText(("✓ " if q.met else "✗ ") + q.headline)
            self.quorum_label.setStyleSheet(PILL.format(GREEN_PILL if q.met else GREY_PILL if to_come else ROSE_PILL))
        self.quorum_label.setToolTip(f"The quorum: {data.sheet.rule.describe()}.\n"
                                     f"{q.voting_seats} voting seats count towards it: {q.who_counts}.")

    # --- changing the minutes -------------------------------------------------------------------
    def minutes_change(self, text: str, work: Callable[[Any, Any], Any], *, done: Callable[[Any], None] | None = None,
                       refused: Callable[[], None] | None = None, always: Callable[[], None] | None = None,
                       changed: Callable[[Any], None] | None = None) -> None:
        """Run ``work(store, amendment)`` off the UI thread, then read the meeting again. Confirmed
        minutes refuse a change made without a reason: the user is asked why, and the change is
        made again as an amendment. ``changed(exc)``: the minute was saved elsewhere meanwhile."""
        store, amendment = self.ctx.store, self.amendment
        if store is None:
            return

        def failed(exc: BaseException, tb: str) -> None:
            from cpo_desktop.services.minutes import MinuteChanged, MinutesLocked

            if always is not None:
                always()
            if isinstance(exc, MinuteChanged) and changed is not None:
                changed(exc)
                exc = errors.UserError(f"{errors.window_text(exc)} Your text is still in the editor: copy what you "
                                       "need, or save again (Ctrl+S) to put it in place of the other version.")
            if isinstance(exc, MinutesLocked) and amendment is None:
                if self.ask_amendment():
                    self.minutes_change(text, work, done=done, refused=refused, always=always, changed=changed)
                    return
                if refused is not None:
                    refused()
                self.ctx.status("Nothing was changed: the confirmed minutes stay as they were.")
                self.reload()
                return
            self.ctx.show_error(exc, tb)
            self.reload()

        def ok(result) -> None:
            if always is not None:
                always()
            self.ctx.status(f"{text}.")
            if done is not None:
                done(result)
            self.ctx.touched(undo.MINUTES)
            self.reload()

        self.ctx.op(lambda: work(store, amendment)).success(ok).failure(failed).run()

    # --- amending confirmed minutes -------------------------------------------------------------
    def ask_amendment(self) -> bool:
        """Ask why confirmed minutes are changed; from then on changes are amendments."""
        from cpo_desktop.services.minutes import Amendment

        record = self.record
        when = f" on {dates.short(record.confirmed_on)}" if record is not None and record.confirmed_on else ""
        dialog = AmendDialog(f"These minutes were confirmed as a correct record{when}. A change to them is an "
                             "<b>amendment</b>: it is recorded with your name, the time and the reason, and listed "
                             "with the minutes.", parent=self)
        if not prompts.ask(dialog):
            return False
        self.amendment = Amendment(reason=dialog.reason())
        self._after_lock_change()
        return True

    def toggle_amending(self) -> None:
        if self.amendment is not None:
            self.save_pending()
            self.amendment = None
            self.ctx.status("Finished amending: the minutes are locked again.")
            self._after_lock_change()
            return
        self.ask_amendment()

    def _after_lock_change(self) -> None:
        self.editor.lock_changed()
        self.update_actions()

    def may_change(self) -> bool:
        """Draft minutes may change; confirmed ones only once the user has said why."""
        record = self.record
        if record is None or not record.locked or self.amendment is not None:
            return True
        return self.ask_amendment()

    # --- enabling -------------------------------------------------------------------------------
    def update_actions(self) -> None:
        data, record = self.data, self.record
        today = self.ctx.today()
        loaded = data is not None and self.ctx.store is not None
        started = loaded and record.started
        locked = loaded and record.locked
        editable = self.editor.editable()
        held = loaded and data.sheet.meeting.date <= today
        cancelled = loaded and data.sheet.meeting.status == enums.MeetingStatus.CANCELLED
        open_sheet = loaded and self.attendance.is_open() and not cancelled
        minute = self.editor.current() if started else None
        resolution = self.editor.selected_resolution() if minute is not None else None
        a = self.log.selected() if loaded else None
        enable = {
            "mark_all": open_sheet and held and any(r.member and not r.recorded for r in data.sheet.rows),
            "add_sub": open_sheet and data.sheet.meeting.kind == enums.MeetingKind.BOARD,
            "add_guest": open_sheet, "rates": loaded, "correction": locked,
            "add_decl": loaded and bool(data.items), "remove_decl": loaded and self.declarations.selected() is not None,
            "start": loaded and not started and bool(data.items) and not cancelled,
            "confirm": started and not locked and record.next_meeting_id is not None and record.next_meeting is not None
            and record.next_meeting <= today,
            "sign": started and record.status == enums.MinutesStatus.CONFIRMED,
            "amend": locked, "export": started, "letters": loaded and held and not cancelled,
            "closed": started and held and not cancelled,
            "save": editable and minute is not None,
            "add_res": started and minute is not None, "edit_res": resolution is not None,
            "remove_res": resolution is not None, "add_minute_action": minute is not None,
            "add_action": loaded, "log_add": loaded, "export_log": loaded,
            "update_action": a is not None, "edit_action": a is not None,
            "export_csv": loaded, "export_pdf": loaded,
        }
        for key, on in enable.items():
            self.actions[key].setEnabled(bool(on))
        self.buttons["start"].setVisible(loaded and not started)
        self.buttons["sign"].setVisible(bool(started) and record.status == enums.MinutesStatus.CONFIRMED)
        self.buttons["confirm"].setVisible(bool(started) and not locked)
        self.buttons["amend"].setVisible(locked)
        self.buttons["correction"].setVisible(locked)
        self.buttons["amend"].setText("&Finish Amending" if self.amendment is not None else "A&mend…")
        self.actions["amend"].setText("&Finish Amending" if self.amendment is not None else "&Amend Confirmed Minutes…")
        if started and not locked and record.next_meeting is not None and record.next_meeting > today:
            self.actions["confirm"].setToolTip(f"The minutes are confirmed at the next meeting, on "
                                               f"{dates.short(record.next_meeting)}, once it has taken place")
        elif started and not locked and record.next_meeting is None:
            self.actions["confirm"].setToolTip("No next meeting is planned yet: the minutes are confirmed there")
        else:
            self.actions["confirm"].setToolTip("Record that the next meeting confirmed these minutes as a correct "
                                               "record")
