"""The Attendance tab: who came to the meeting, edited in place (or from the keyboard: P, O, A,
X, Delete), substitutes and guests added, and each member's attendance over the year.

Every change is undoable (Edit › Undo): the meeting's whole sheet is captured before and after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QWidget

from cpo_desktop.model import enums
from cpo_desktop.model.enums import AttendanceStatus as Status
from cpo_desktop.model.rules import municipal_year_start
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.minutes.common import Host
from cpo_desktop.ui.minutes.dialogs import AmendDialog, AttendeeDialog, RatesDialog
from cpo_desktop.ui.style import AMBER, GREY
from cpo_desktop.ui.tablemodel import Column, RowsModel, RowStyle
from cpo_desktop.ui.widgets import choose, fit_columns, prepare_table
from cpo_desktop.wording import plural

# Keys that mark the selected rows of the attendance sheet at once.
QUICK_KEYS = {Qt.Key.Key_P: Status.PRESENT, Qt.Key.Key_O: Status.REMOTE, Qt.Key.Key_A: Status.APOLOGIES,
              Qt.Key.Key_X: Status.ABSENT, Qt.Key.Key_Delete: "", Qt.Key.Key_Backspace: ""}


def status_choices(row) -> list[tuple[str, str]]:
    """What a row of the attendance sheet can be set to: members come or not; others are on
    the sheet or taken off it."""
    if row.member:
        return [("", "Not recorded")] + [(s.value, s.label) for s in (Status.PRESENT, Status.REMOTE,
                                                                       Status.APOLOGIES, Status.ABSENT)]
    out = [(row.status, Status(row.status).label)]
    if row.status != Status.IN_ATTENDANCE:
        out.append((Status.IN_ATTENDANCE.value, Status.IN_ATTENDANCE.label))
    out.append(("", "Remove from the sheet"))
    return out


class AttendanceModel(RowsModel):
    """The sheet; the status, items and note columns are edited in place when the sheet may change."""

    STATUS, ITEMS, NOTE = 2, 4, 5
    FIELDS = {STATUS: "status", ITEMS: "items", NOTE: "note"}
    edited = Signal(object, str, object)  # the row, "status"/"items"/"note", the new value

    def __init__(self, parent=None) -> None:
        columns = [
            Column("Name", lambda r: r.name, tooltip=lambda r: "Care-experienced young person" if r.young_person
                   else None),
            Column("Seat", lambda r: r.seat, tooltip=lambda r: r.seat, max_width=300),
            Column("Status", lambda r: r.status_label,
                   tooltip=lambda r: "Double-click or F2 to choose; or press P present, O online, A apologies, "
                   "X absent, Delete not recorded"),
            Column("Substitute", lambda r: r.substitute_for or r.substituted_by,
                   display=lambda r: f"for {r.substitute_for}" if r.substitute_for else
                   (f"substituted by {r.substituted_by}" if r.substituted_by else "")),
            Column("Items", lambda r: r.items),
            Column("Note", lambda r: r.note, tooltip=lambda r: r.note or None),
        ]
        style = RowStyle(background=lambda r: AMBER if r.status == Status.ABSENT else None,
                         foreground=lambda r: GREY if not r.recorded or r.status == Status.APOLOGIES else None,
                         italic=lambda r: not r.recorded)
        super().__init__(columns, style, parent)
        self.editable = True

    def flags(self, index):
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() in self.FIELDS:
            row = self.rows[index.row()]
            if index.column() == self.STATUS or row.recorded:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() in self.FIELDS:
            return getattr(self.rows[index.row()], self.FIELDS[index.column()])
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.FIELDS:
            return False
        row = self.rows[index.row()]
        field = self.FIELDS[index.column()]
        value = value if field == "status" else " ".join(str(value or "").split())
        current = getattr(row, field) or ""
        if (value or "") == (current if field == "status" else " ".join(current.split())):
            return False  # the same words (spacing aside): an editor closed without a change saves nothing
        self.edited.emit(row, field, value)
        return True


class StatusDelegate(QStyledItemDelegate):
    """A combo of the statuses a row can have; choosing one saves it at once."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        row = index.model().rows[index.row()]
        combo = QComboBox(parent)
        for value, label in status_choices(row):
            combo.addItem(label, value)
        combo.activated.connect(lambda _n, combo=combo: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt override
        choose(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt override
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class QuickKeys(QObject):
    """P, O, A, X and Delete mark the selected rows of the sheet without opening an editor."""

    def __init__(self, tab: AttendanceTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            table = self.tab.table
            if table.state() != QAbstractItemView.State.EditingState and event.key() in QUICK_KEYS:
                self.tab.mark_selected(QUICK_KEYS[event.key()])
                return True
        return False


class AttendanceTab(QWidget):
    """The attendance sheet of the meeting shown, and the commands that change it.

    The layout is forms/minutes_attendance.ui; ``bind`` wires it to the view that hosts the tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_minutes_attendance import Ui_MinutesAttendance

        self.ui = Ui_MinutesAttendance()
        self.ui.setupUi(self)
        self.hint, self.table = self.ui.attendanceHint, self.ui.attendanceTable
        self.rates_dialog: RatesDialog | None = None

    def bind(self, host: Host) -> None:
        """Give the tab its model, its quick keys and its commands (the view's, with their buttons)."""
        self.host = host
        self.ctx = host.ctx
        ui, commands = self.ui, host.commands
        self.model = AttendanceModel(self)
        self.model.edited.connect(self.edited)
        table = self.table
        prepare_table(table)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.SelectedClicked)
        table.setModel(self.model)
        table.setItemDelegateForColumn(AttendanceModel.STATUS, StatusDelegate(table))
        table.installEventFilter(QuickKeys(self))
        table.selectionModel().selectionChanged.connect(lambda *_: host.update_actions())
        commands.add("mark_all", "Mark Everyone Not Recorded as &Present", self.mark_everyone,
                     tip="Mark every member not yet recorded as present", button=ui.markAllButton)
        commands.add("add_sub", "Add &Substitute…", self.add_substitute, button=ui.addSubstituteButton,
                     tip="Someone who sat in a member's place")
        commands.add("add_guest", "Add &Officer or Guest…", self.add_guest, button=ui.addGuestButton,
                     tip="An officer or guest in attendance")
        commands.add("rates", "Attendance &Rates…", self.show_rates, button=ui.ratesButton,
                     tip="Each member's attendance over the municipal year")
        commands.add("correction", "Record a &Correction…", self.record_correction, button=ui.correctionButton,
                     tip="A note of amendment to the confirmed record, e.g. someone shown in the wrong place")

    # --- showing --------------------------------------------------------------------------------
    def is_open(self) -> bool:
        """Whether the sheet may change: until the minutes are confirmed."""
        data = self.host.data
        return data is not None and not data.record.locked

    def show_sheet(self) -> None:
        data = self.host.data
        sheet = data.sheet
        chosen_ids = {r.person_id for r in self.selected()}
        current = self.table.currentIndex()
        self.model.editable = self.is_open()
        self.model.set_rows(sheet.rows)
        fit_columns(self.table, {0: 230, 2: 150, 3: 240, 4: 90, 5: 200}, stretch=1)
        if chosen_ids:
            selection = self.table.selectionModel()
            for n, r in enumerate(sheet.rows):
                if r.person_id in chosen_ids:
                    selection.select(self.model.index(n, 0), QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
            if current.isValid() and current.row() < len(sheet.rows):
                selection.setCurrentIndex(self.model.index(current.row(), current.column()),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
        counts: dict[str, int] = {}
        for r in sheet.rows:
            counts[r.status] = counts.get(r.status, 0) + 1
        parts = [f"{counts[s.value]} {s.label.lower()}" for s in Status if counts.get(s.value)]
        if counts.get(""):
            parts.append(f"<b>{counts['']} not recorded</b>")
        summary = ", ".join(parts) or "No one on the sheet"
        if sheet.meeting.kind == enums.MeetingKind.BOARD:  # who the quorum counts, as the sheet applies it
            summary += f". For the quorum, {sheet.quorum.who_counts}"
        if self.is_open():
            self.hint.setText(
                f"{summary}. Choose a status in the table (double-click or F2), or select rows and press "
                "<b>P</b> present, <b>O</b> online, <b>A</b> apologies, <b>X</b> absent, <b>Delete</b> not recorded.")
        elif sheet.meeting.status == enums.MeetingStatus.CANCELLED:
            self.hint.setText("This meeting was cancelled.")
        else:
            self.hint.setText(
                f"{summary}. The minutes are confirmed, so the attendance is part of the record: "
                "<b>Record a Correction…</b> adds a note of amendment.")

    def selected(self) -> list:
        """The selected rows of the sheet, top to bottom."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.model.rows[i.row()] for i in sorted(rows, key=lambda i: i.row())
                if i.row() < len(self.model.rows)]

    # --- changing -------------------------------------------------------------------------------
    def change(self, text: str, operation: Callable[[Any], Any]) -> None:
        """An attendance change, on Edit › Undo: the meeting's whole sheet is captured before and after."""
        meeting_id = self.host.meeting_id
        if meeting_id is None or self.ctx.store is None:
            return
        self.ctx.undo.record(text, meeting_id, operation, undo.attendance(),
                             after=lambda _result: self.show_change(meeting_id))

    def show_change(self, meeting_id: int) -> None:
        """After an attendance change, its undo or its redo: show that meeting's sheet."""
        if self.host.meeting_id != meeting_id:
            self.host.open_meeting(meeting_id)
        else:
            self.host.reload()

    def mark(self, marks: list, text: str) -> None:
        from cpo_desktop.services import attendance

        meeting_id = self.host.meeting_id
        self.change(text, lambda s: attendance.record(s, meeting_id, marks))

    def edited(self, row, field: str, value) -> None:
        """A cell of the sheet edited in place."""
        from cpo_desktop.services.attendance import Mark

        if not self.is_open():
            return
        status = value if field == "status" else row.status
        mark = Mark(person_id=row.person_id, status=status, substitute_for_id=row.substitute_for_id,
                    items=value if field == "items" else row.items, note=value if field == "note" else row.note)
        if field == "status":
            label = dict(status_choices(row)).get(status, status).lower()
            text = f"Mark {row.name} as {label}" if row.member or status else f"Take {row.name} off the sheet"
        else:
            text = f"Change the {field} for {row.name}"
        self.mark([mark], text)

    def mark_selected(self, status: str) -> None:
        """Mark the selected rows (members only, for a member's status) from the keyboard."""
        from cpo_desktop.services.attendance import Mark

        if not self.is_open():
            return
        rows = [r for r in self.selected() if r.member or status == ""]
        rows = [r for r in rows if r.status != status]
        if not rows:
            return
        marks = [Mark(person_id=r.person_id, status=status, substitute_for_id=r.substitute_for_id,
                      items=r.items, note=r.note) for r in rows]
        label = Status(status).label.lower() if status else "not recorded"
        who = rows[0].name if len(rows) == 1 else plural(len(rows), "person", "people")
        self.mark(marks, f"Mark {who} as {label}" if status or rows[0].member else f"Take {who} off the sheet")

    def mark_everyone(self) -> None:
        from cpo_desktop.services import attendance

        meeting_id = self.host.meeting_id
        if not self.is_open():
            return
        self.change("Mark everyone not recorded as present", lambda s: attendance.mark_everyone(s, meeting_id))

    def people_off_the_sheet(self) -> list[tuple[int, str]]:
        on_sheet = {r.person_id for r in self.host.data.sheet.rows}
        people = self.ctx.data.people_choices if self.ctx.data is not None else []
        return [(pid, name) for pid, name in people if pid not in on_sheet]

    def add_substitute(self) -> None:
        data = self.host.data
        if data is None or not self.is_open():
            return
        members = [(r.person_id, f"{r.name} – {r.seat}") for r in data.sheet.rows
                   if r.member and r.status not in (Status.PRESENT, Status.REMOTE) and not r.substituted_by]
        named: dict[int, int] = {}
        views = self.ctx.data
        if views is not None:
            by_name = {name: pid for pid, name in views.people_choices}
            for s in views.overview.seats:
                if s.holder_id is not None and s.substitute in by_name:
                    named[s.holder_id] = by_name[s.substitute]
        dialog = AttendeeDialog(AttendeeDialog.SUBSTITUTE, self.people_off_the_sheet(), members, named, self)
        if prompts.ask(dialog):
            mark = dialog.result_mark()
            self.mark([mark], f"Add {dialog.ui.personCombo.currentText().strip()} as a substitute")

    def add_guest(self) -> None:
        if self.host.data is None or not self.is_open():
            return
        dialog = AttendeeDialog(AttendeeDialog.GUEST, self.people_off_the_sheet(), parent=self)
        if prompts.ask(dialog):
            mark = dialog.result_mark()
            self.mark([mark], f"Add {dialog.ui.personCombo.currentText().strip()} as in attendance")

    def show_rates(self) -> None:
        data, store = self.host.data, self.ctx.store
        if data is None or store is None:
            return
        year = municipal_year_start(data.sheet.meeting.date)

        def job():
            from cpo_desktop.services import attendance

            return attendance.rates(store, year)

        def show(result) -> None:
            label, rows = result
            self.rates_dialog = RatesDialog(label, rows, self)
            prompts.ask(self.rates_dialog)

        self.ctx.op(job).success(show).run()

    def record_correction(self) -> None:
        """A note of amendment to confirmed minutes (their attendance and declarations are part of the record)."""
        from cpo_desktop.services import minutes

        record = self.host.record
        if record is None or not record.locked:
            return
        dialog = AmendDialog("The minutes are confirmed, so their attendance and declarations are part of the "
                             "record. A correction is added to them as a note of amendment, with your name, the "
                             "time and the reason.", with_text=True, parent=self)
        if not prompts.ask(dialog):
            return
        meeting_id, reason, text = self.host.meeting_id, dialog.reason(), dialog.text()
        self.host.minutes_change("Recorded a correction to the confirmed minutes",
                                 lambda s, _a: minutes.add_note(s, meeting_id, minutes.Amendment(reason=reason), text))
