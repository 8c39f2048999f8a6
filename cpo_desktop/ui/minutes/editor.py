"""The Minutes tab: the minutes item by item, with their resolutions and the actions agreed
under each, and the amendments made since they were confirmed.

Typing in a minute is saved when the user leaves that minute, presses Ctrl+S, chooses another
meeting or view, or closes the window; until it is saved it is kept here (a draft), so a read
in the background never overwrites it and nothing typed is lost."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QWidget

from cpo_desktop import dates
from cpo_desktop.model import enums
from cpo_desktop.model.enums import ResolutionKind
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.minutes.common import Host
from cpo_desktop.ui.minutes.dialogs import ResolutionDialog
from cpo_desktop.ui.style import AMENDING_BANNER, LOCKED_BANNER, ROSE
from cpo_desktop.ui.tablemodel import Column, RowsModel
from cpo_desktop.ui.widgets import fit_columns, meeting_text, prepare_table

PART2 = QColor(226, 232, 240)  # the agenda view's quiet blue-grey for the exempt part
LIFECYCLE = ("start", "confirm", "sign", "closed", "amend", "export", "letters")  # the record's buttons, above the editor


def amendment_tip(a) -> str:
    """An amendment's tooltip: what changed, from what, to what."""
    parts = [a.what]
    if a.old_text:
        parts.append(f"Was: {a.old_text}")
    if a.new_text:
        parts.append(f"Now: {a.new_text}")
    return "\n".join(parts)


class MinutesEditor(QWidget):
    """The minutes of the meeting shown: the list of minutes and the editor of the one chosen.

    The layout is forms/minutes_editor.ui; ``bind`` wires it to the view that hosts the tab."""

    saved = Signal(int)  # a minute's typing was saved (its id)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_minutes_editor import Ui_MinutesEditor

        self.ui = ui = Ui_MinutesEditor()
        ui.setupUi(self)
        self.banner, self.not_started, self.splitter = ui.lockBanner, ui.notStarted, ui.splitter
        self.minute_list, self.number_label, self.title_edit = ui.minuteList, ui.numberLabel, ui.titleEdit
        self.presenter_label, self.discussion_edit = ui.presenterLabel, ui.discussionEdit
        self.resolution_list, self.minute_actions = ui.resolutionList, ui.minuteActions
        self.amendments_label, self.amendment_table = ui.amendmentsLabel, ui.amendmentTable
        self.banner.setVisible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([300, 760])
        self.minute_id: int | None = None  # the minute in the editor
        self.drafts: dict[int, tuple[str, str]] = {}  # minute id -> (title, discussion) not yet saved
        self._revisions: dict[int, int] = {}  # minute id -> the revision the editor's text started from
        self._filled: tuple[str, str] = ("", "")  # what the editor was filled with
        self._filling = False
        self._in_flight: dict[int, tuple[str, str]] = {}  # minute id -> what is being saved

    def record_buttons(self) -> dict[str, QPushButton]:
        """The buttons of the minutes' record above the editor, by command key (``LIFECYCLE``)."""
        ui = self.ui
        return dict(zip(LIFECYCLE, (ui.startButton, ui.confirmButton, ui.signButton, ui.closedButton,
                                    ui.amendButton, ui.exportButton, ui.lettersButton), strict=True))

    def bind(self, host: Host, add_minute_action: Callable[[], None]) -> None:
        """Wire the editor to the view that hosts it: its commands (with their buttons) and signals;
        ``add_minute_action`` adds an action under the minute shown."""
        self.host = host
        self.ctx = host.ctx
        ui, commands = self.ui, host.commands
        commands.add("save", "Sa&ve Minute", self.save_pending, "Ctrl+S", tip="Save what you typed in this minute")
        self.minute_list.currentItemChanged.connect(self._minute_changed)
        self.resolution_list.currentRowChanged.connect(lambda *_: self.host.update_actions())
        self.resolution_list.itemDoubleClicked.connect(lambda *_: self.edit_resolution())
        commands.add("add_res", "Add &Resolution…", self.add_resolution, button=ui.addResolutionButton)
        commands.add("edit_res", "Change Resol&ution…", self.edit_resolution, button=ui.changeResolutionButton)
        commands.add("remove_res", "Remo&ve Resolution", self.remove_resolution, button=ui.removeResolutionButton)
        commands.add("add_minute_action", "Add Action &under this Minute…", add_minute_action,
                     button=ui.addMinuteActionButton, tip="An action agreed under this minute")
        self.amendment_model = RowsModel([
            Column("When", lambda a: a.made_at, display=lambda a: dates.stamp(a.made_at)),
            Column("Who", lambda a: a.made_by),
            Column("What", lambda a: a.what, tooltip=lambda a: amendment_tip(a)),
            Column("Why", lambda a: a.reason, tooltip=lambda a: a.reason, max_width=420),
            Column("Agreed at", lambda a: a.at_meeting, display=lambda a: f"the meeting of {dates.short(a.at_meeting)}"
                   if a.at_meeting else "after confirmation"),
        ], None, self)
        prepare_table(self.amendment_table)
        self.amendment_table.setModel(self.amendment_model)
        self.title_edit.editingFinished.connect(self._title_finished)
        self.discussion_edit.textChanged.connect(self._typed)

    # --- the minutes shown ----------------------------------------------------------------------
    def rows(self) -> tuple:
        record = self.host.record
        return record.minutes if record is not None else ()

    def row(self, minute_id: int | None):
        return next((r for r in self.rows() if r.id == minute_id), None)

    def current(self):
        """The minute in the editor (services.minutes.MinuteRow), or None."""
        return self.row(self.minute_id)

    def forget_minute(self) -> None:
        """Another meeting is chosen: no minute is in the editor until it is shown."""
        self.minute_id = None

    def show_minutes(self) -> None:
        record = self.host.record
        started = record.started
        self.not_started.setVisible(not started)
        self.splitter.setVisible(started)
        if not started:
            self.not_started.setText(
                "<p>The minutes of this meeting have not been started.</p><p><b>Start Minutes from Agenda</b> lays "
                "them out from the agenda: one minute per item, numbered as the agenda, with its title and "
                "presenter.</p>" if self.host.data.items else
                "<p>This meeting has no agenda yet, so its minutes cannot be started: build the agenda first "
                "(the minutes are laid out from it).</p>")
        self.show_banner()
        keep = self.minute_id
        self.minute_list.blockSignals(True)
        self.minute_list.clear()
        for r in record.minutes:
            text = ("      " if r.sub_item else "") + f"{r.number}. " + ("[Part 2] " if r.part == 2 else "") + r.title
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            tips = [r.title]
            if r.part == 2:
                item.setBackground(QBrush(PART2))
                item.setForeground(QBrush(QColor("black")))
                tips.append(f"Part 2 – exempt (Schedule 12A paragraph {r.exempt_paragraph}): withheld from the "
                            "public minutes")
            if r.id in self.drafts:
                item.setText(item.text() + "  ✎")
                tips.append("Not saved yet")
            item.setToolTip("\n".join(tips))
            self.minute_list.addItem(item)
        ids = [r.id for r in record.minutes]
        if keep not in ids:
            keep = ids[0] if ids else None
        if keep is not None:
            self.minute_list.setCurrentRow(ids.index(keep))
        self.minute_list.blockSignals(False)
        self.fill(keep)
        self.amendment_model.set_rows(record.amendments)
        fit_columns(self.amendment_table, {0: 130, 1: 200, 2: 260, 4: 200}, stretch=3)
        self.amendments_label.setVisible(bool(record.amendments))
        self.amendment_table.setVisible(bool(record.amendments))

    def show_banner(self) -> None:
        record, amendment = self.host.record, self.host.amendment
        if record is None or not record.locked:
            self.banner.setVisible(False)
            return
        self.banner.setVisible(True)
        confirmed = f"Confirmed on {dates.short(record.confirmed_on)}" if record.confirmed_on else "Confirmed"
        if amendment is not None:
            self.banner.setStyleSheet(AMENDING_BANNER)
            self.banner.setText(f"✎ <b>Amending</b> the confirmed minutes: “{html.escape(amendment.reason)}”. "
                                "Each change you make is recorded as an amendment. Press <b>Finish Amending</b> "
                                "when you are done.")
        else:
            self.banner.setStyleSheet(LOCKED_BANNER)
            signed = f"; signed by {html.escape(record.signed_by)}" if record.status == enums.MinutesStatus.SIGNED \
                else ""
            self.banner.setText(f"<b>{confirmed} – changes are amendments</b>{signed}. The minutes are locked as a "
                                "correct record; press <b>Amend…</b> to change them, saying why.")

    def lock_changed(self) -> None:
        """The user started or finished amending confirmed minutes."""
        self.show_banner()
        self.fill(self.minute_id)

    def editable(self) -> bool:
        record = self.host.record
        return record is not None and record.started and (not record.locked or self.host.amendment is not None)

    def _minute_changed(self, current, _previous) -> None:
        self.save_pending()
        minute_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.fill(minute_id)
        self.host.update_actions()

    def fill(self, minute_id: int | None) -> None:
        """Put a minute in the editor (typing not yet saved in it stays)."""
        row = self.row(minute_id)
        same = minute_id == self.minute_id and minute_id is not None
        typed = same and self.values() != self._filled
        self.minute_id = minute_id
        self._filling = True
        try:
            if row is None:
                self.number_label.setText("")
                self.title_edit.setText("")
                self.presenter_label.setText("")
                self.discussion_edit.setPlainText("")
                self._filled = ("", "")
            elif not typed:
                # Typing not yet saved stays in the editor: a read in the background never overwrites it.
                title, text = self.drafts.get(row.id, (row.title, row.discussion))
                self.title_edit.setText(title)
                self.discussion_edit.setPlainText(text)
                self._filled = (row.title, row.discussion)
                if row.id not in self.drafts:  # the stored text: what a save must find still there
                    self._revisions[row.id] = row.revision
            if row is not None:
                part2 = f" &nbsp;<span style='background:#e2e8f0;color:black'>&nbsp;Part 2 – para " \
                        f"{row.exempt_paragraph}&nbsp;</span>" if row.part == 2 else ""
                self.number_label.setText(f"<b>{html.escape(row.number)}.</b>")
                self.presenter_label.setText(("Presented by " + html.escape(row.presenter) if row.presenter
                                              else "<i>No presenter</i>") + part2)
                self.presenter_label.setTextFormat(Qt.TextFormat.RichText)
        finally:
            self._filling = False
        editable = self.editable() and row is not None
        self.title_edit.setReadOnly(not editable)
        self.discussion_edit.setReadOnly(not editable)
        # Read-only looks it: the page's grey instead of the white of a field to type in.
        for edit in (self.title_edit, self.discussion_edit):
            palette = edit.palette()
            palette.setColor(QPalette.ColorRole.Base, self.palette().color(
                QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window))
            edit.setPalette(palette)
        self.resolution_list.clear()
        for res in (row.resolutions if row is not None else ()):
            item = QListWidgetItem(f"RESOLVED: {res.text}")
            item.setData(Qt.ItemDataRole.UserRole, res.id)
            self.resolution_list.addItem(item)
        self.minute_actions.clear()
        data = self.host.data
        if row is not None and data is not None:
            for a in data.agreed:
                if a.minute_id == row.id:
                    due = f", by {dates.short(a.due_date)}" if a.due_date else ""
                    item = QListWidgetItem(f"{a.ref}  {a.description} – {a.owner}{due} ({a.status_label})")
                    if a.overdue:
                        item.setBackground(QBrush(ROSE))
                        item.setForeground(QBrush(QColor("black")))
                    self.minute_actions.addItem(item)

    def values(self) -> tuple[str, str]:
        """The title and discussion in the editor, as typed."""
        return self.title_edit.text(), self.discussion_edit.toPlainText()

    def texts(self) -> list[tuple[int, str, str]]:
        """Each minute's id, label and discussion as it stands here (typing included)."""
        out = []
        for r in self.rows():
            draft = self.drafts.get(r.id)
            current = self.values()[1] if r.id == self.minute_id else (draft[1] if draft else r.discussion)
            out.append((r.id, f"Minute {r.number}: {r.title}", current.strip()))
        return out

    # --- saving what was typed ------------------------------------------------------------------
    def _typed(self) -> None:
        if self._filling or self.minute_id is None:
            return
        self.host.commands.actions["save"].setEnabled(self.editable())

    def _title_finished(self) -> None:
        if not self._filling and self.title_edit.text().strip() != self._filled[0]:
            self.save_pending()

    def has_unsaved(self) -> bool:
        row = self.current()
        if row is None or not self.editable():
            return False
        title, text = self.values()
        return text.strip() != row.discussion.strip() or (title.strip() and " ".join(title.split()) != row.title)

    def save_pending(self) -> bool:
        """Save what was typed in the minute in the editor; True if a save was started."""
        from cpo_desktop.services import minutes

        row = self.current()
        if row is None or not self.has_unsaved():
            return False
        title, text = self.values()
        minute_id = row.id
        if self._in_flight.get(minute_id) == (title, text):
            return False  # already on its way (leaving the title, then the minute, asks twice)
        self._in_flight[minute_id] = (title, text)
        self.drafts[minute_id] = (title, text)
        self._filled = (title, text)
        new_text = text.strip() != row.discussion.strip()
        new_title = bool(title.strip()) and " ".join(title.split()) != row.title
        revision = self._revisions.get(minute_id, row.revision)

        def work(store, amendment):
            saved = None
            if new_text:  # refused if the minute was saved elsewhere since this text was started from it
                saved = minutes.set_discussion(store, minute_id, text, amendment=amendment, if_revision=revision)
            if new_title:
                minutes.set_title(store, minute_id, title, amendment=amendment)
            return saved

        def done(saved) -> None:
            if saved is not None:
                self._revisions[minute_id] = saved
            if self.drafts.get(minute_id) == (title, text):
                del self.drafts[minute_id]
            self.saved.emit(minute_id)

        def changed(exc) -> None:
            # The text stays in the editor (a draft); now that the user has been told, saving it
            # again puts it in place of the other version.
            self._revisions[minute_id] = exc.revision

        def refused() -> None:
            self.drafts.pop(minute_id, None)  # the user chose not to amend the confirmed record

        def always() -> None:
            if self._in_flight.get(minute_id) == (title, text):
                del self._in_flight[minute_id]

        self.host.minutes_change(f"Saved minute {row.number}", work, done=done, refused=refused, always=always,
                                 changed=changed)
        return True

    # --- resolutions ----------------------------------------------------------------------------
    def later_meetings(self) -> list[tuple[int, dt.date, str]]:
        """The meetings an item can be deferred to: later ones of the same kind, not cancelled."""
        data = self.host.data
        if data is None:
            return []
        here = data.sheet.meeting
        rows = self.ctx.data.meetings if self.ctx.data is not None else []
        # An item is deferred to a later meeting of the same kind (a board item to a board meeting).
        return [(m.id, m.date, meeting_text(m, theme=False)) for m in rows
                if (m.date, m.start_time) > (here.date, here.start_time) and m.kind == here.kind
                and m.status != enums.MeetingStatus.CANCELLED]

    def what(self, row) -> str:
        data = self.host.data
        item = next((i for i in data.items if i.id == row.agenda_item_id), None) if data else None
        return "report" if item is not None and item.paper_expected else "item"

    def selected_resolution(self):
        row = self.current()
        item = self.resolution_list.currentItem()
        if row is None or item is None:
            return None
        rid = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in row.resolutions if r.id == rid), None)

    def add_resolution(self) -> None:
        self._resolution(None)

    def edit_resolution(self) -> None:
        res = self.selected_resolution()
        if res is not None:
            self._resolution(res)

    def _deferrals_changed(self) -> None:
        self.ctx.touched(undo.AGENDA, undo.PROGRAMME)  # the item is on (or off) a later agenda

    def _resolution(self, res) -> None:
        from cpo_desktop.services import resolutions

        row = self.current()
        # Confirmed minutes: a new resolution is an amendment from the start; a changed one is asked
        # about once it has changed (minutes_change), so looking at one and pressing OK asks nothing.
        if row is None or (res is None and not self.host.may_change()):
            return
        dialog = ResolutionDialog(f"Minute {row.number}: {row.title}", self.what(row), self.later_meetings(), res,
                                  self)
        if not prompts.ask(dialog):
            return
        data = dialog.result_input()
        minute_id = row.id
        if res is not None and (data.kind, dialog.preview(), data.deferred_to) == (
                res.kind, res.text, res.deferred_to_meeting_id):
            self.ctx.status("Nothing was changed.")  # and no amendment asked for on confirmed minutes
            return

        def done(_result) -> None:
            if data.kind == ResolutionKind.DEFERRED or (res is not None and res.deferred_to_meeting_id):
                self._deferrals_changed()

        if res is None:
            self.host.minutes_change(f"Added a resolution to minute {row.number}",
                                     lambda s, a: resolutions.add_resolution(s, minute_id, data, amendment=a),
                                     done=done)
        else:
            self.host.minutes_change(f"Changed a resolution of minute {row.number}",
                                     lambda s, a: resolutions.update_resolution(s, res.id, data, amendment=a),
                                     done=done)

    def remove_resolution(self) -> None:
        from cpo_desktop.services import resolutions

        row, res = self.current(), self.selected_resolution()
        if row is None or res is None:
            return
        extra = (f"\n\nThe item deferred to {dates.short(res.deferred_to)} is taken off that meeting's agenda too."
                 if res.deferred_to_meeting_id else "")
        if not prompts.confirm(self, "Remove Resolution", f"Remove “RESOLVED: {res.text}” from minute {row.number}?"
                               + extra, ok_text="Remove"):
            return
        if not self.host.may_change():
            return

        def done(_result) -> None:
            if res.deferred_to_meeting_id:
                self._deferrals_changed()

        self.host.minutes_change(f"Removed a resolution from minute {row.number}",
                                 lambda s, a: resolutions.remove_resolution(s, res.id, amendment=a), done=done)
