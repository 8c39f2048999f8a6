"""Import members from a CSV file or an Excel workbook: a preview of every row with its problems, a column
mapping for headers we do not recognise, and the skip-or-update choice for people already
in the register. Nothing is written until the user presses Import, and then all or nothing.

A board list without the seats' exact titles (job titles, categories, organisations: a council
officer's export) gets a proposed seat for each row ("Propose a seat…", ticked by itself for such a
file): the Seat column is a combo of every seat and "(no seat)", set to the proposal with its
reason as tooltip; the officer changes any, and Import appoints each row from its start date."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QStyledItemDelegate, QWidget

from cpo_desktop.ui.context import ViewContext, user_message
from cpo_desktop.ui.style import AMBER, ROSE
from cpo_desktop.ui.tablemodel import Column, RowsModel, RowStyle
from cpo_desktop.ui.widgets import style_problem_label

FIELD_LABELS = {
    "first_name": "First name", "surname": "Surname", "title": "Title", "email": "E-mail", "phone": "Phone",
    "organisation": "Organisation", "job_title": "Job title", "seat": "Seat", "category": "Category",
    "start_date": "Start date", "end_date": "End date", "name": "Name (title, first name and surname)",
    "board_role": "Role on the board",
}
NOT_IMPORTED = "Not imported"
NO_SEAT = "(no seat)"
MAX_COMBOS = 300  # rows shown as open combos; beyond that a seat is changed by double-clicking it
BOARD_LIST_FIELDS = {"job_title", "category", "board_role"}  # a file with these and no Seat column is a board list


def row_check(row) -> str:
    if row.problems:
        return "; ".join(row.problems)
    return "Already in the register" if row.duplicate_of else "New"


def seat_text(preview, row) -> str:
    from cpo_desktop.services.member_import import seat_of

    seat = seat_of(preview, row)
    return seat.title if seat else NO_SEAT


def match_text(row) -> str:
    if row.proposal is None:
        return ""
    if row.seat_id is None:
        return "—"
    return f"{row.proposal.score:.0%}" if row.seat_id == row.proposal.seat_id else "Your choice"


def match_tip(row) -> str | None:
    if row.proposal is None:
        return None
    proposed = "Proposed: " + row.proposal.reason
    return proposed if row.seat_id == row.proposal.seat_id else f"You changed the proposal. {proposed}"


class SeatModel(RowsModel):
    """The preview's rows, whose Seat column the officer changes (a board list only)."""

    def __init__(self, dialog: ImportDialog, columns, style) -> None:
        super().__init__(columns, style, dialog)
        self.dialog = dialog
        self.seat_column = -1

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.seat_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.seat_column:
            return self.rows[index.row()].seat_id
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.seat_column:
            return False
        row = self.rows[index.row()]
        if value == row.seat_id:
            return False
        self.dialog.choose(row, value)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        return True


class SeatDelegate(QStyledItemDelegate):
    """A combo of every seat on the board and "(no seat)"; a choice is taken at once."""

    def __init__(self, dialog: ImportDialog) -> None:
        super().__init__(dialog.ui.previewTable)
        self.dialog = dialog

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        combo.addItem(NO_SEAT, None)
        preview = self.dialog.preview
        for seat in preview.seats if preview else []:
            holder = seat.holder_on(preview.today) if preview.today else None
            combo.addItem(seat.title + (f" — held by {holder.name}" if holder else ""), seat.id)
        combo.setToolTip(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        combo.currentIndexChanged.connect(lambda _n, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt override
        wanted = max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0)
        if editor.currentIndex() != wanted:
            editor.blockSignals(True)
            editor.setCurrentIndex(wanted)
            editor.blockSignals(False)
        editor.setToolTip(index.data(Qt.ItemDataRole.ToolTipRole) or "")

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt override
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    def __init__(self, path: Path, ctx: ViewContext, parent: QWidget | None = None, *,
                 match_seats: bool | None = None) -> None:
        """``match_seats``: propose seats (True), not (False), or as the file looks (None: a board list
        with job titles, categories or roles on the board and no Seat column gets proposals)."""
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_import_dialog import Ui_ImportDialog

        self.ui = ui = Ui_ImportDialog()
        ui.setupUi(self)
        self.path, self.ctx, self.store = Path(path), ctx, ctx.store
        self.preview = None
        self.mapping: dict[str, str] = {}
        self.combos: dict[str, QComboBox] = {}
        self.auto_match = match_seats is None
        ui.matchSeatsCheck.setChecked(bool(match_seats))
        ui.matchSeatsCheck.toggled.connect(self._match_toggled)
        style_problem_label(ui.problemLabel)
        self.import_button = ui.buttonBox.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        ui.buttonBox.accepted.connect(self.accept)
        ui.fileLabel.setText(f"<b>{self.path.name}</b> — {self.path.parent}")
        ui.summaryLabel.setText("Reading the file…")
        ui.mappingGroup.setVisible(False)
        self.plain_columns = [
            Column("Row", lambda r: r.line),
            Column("Check", row_check, tooltip=row_check, max_width=260),
            Column("First name", lambda r: r.values.get("first_name", "")),
            Column("Surname", lambda r: r.values.get("surname", "")),
            Column("E-mail", lambda r: r.values.get("email", "")),
            Column("Organisation", lambda r: r.values.get("organisation", ""), max_width=200),
            Column("Seat", lambda r: r.values.get("seat", ""), max_width=200),
            Column("From", lambda r: r.start_date),
        ]
        self.seat_columns = [
            Column("Row", lambda r: r.line),
            Column("Check", row_check, tooltip=row_check, max_width=180),
            Column("First name", lambda r: r.values.get("first_name", ""), max_width=120),
            Column("Surname", lambda r: r.values.get("surname", ""), max_width=120),
            Column("Job title", lambda r: r.values.get("job_title", ""), max_width=180),
            Column("Organisation", lambda r: r.values.get("organisation", ""), max_width=150),
            Column("Seat", lambda r: seat_text(self.preview, r), tooltip=match_tip, max_width=340),
            Column("Match", match_text, tooltip=match_tip, max_width=80),
            Column("From", lambda r: r.start_date,
                   tooltip=lambda r: "No start date in the file: today" if r.start_defaulted else None),
            Column("Why", lambda r: r.proposal.reason.removeprefix("no seat: ") if r.proposal else "",
                   tooltip=match_tip, max_width=420),
        ]
        self.model = SeatModel(self, self.plain_columns, RowStyle(
            background=lambda r: ROSE if r.problems else AMBER if r.duplicate_of else None))
        ui.previewTable.setModel(self.model)
        ui.previewTable.setItemDelegateForColumn(6, SeatDelegate(self))  # the Seat column, editable for a board list
        ui.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.SelectedClicked)
        ui.previewTable.verticalHeader().setVisible(False)
        ui.previewTable.verticalHeader().setDefaultSectionSize(ui.previewTable.fontMetrics().height() + 8)
        ui.previewTable.horizontalHeader().setStretchLastSection(True)
        ui.skipRadio.toggled.connect(self._update_state)
        self.load()

    def on_duplicate(self) -> str:
        return "update" if self.ui.updateRadio.isChecked() else "skip"

    def load(self) -> None:
        """Read (or re-read, after a mapping change) the file off the UI thread."""
        from cpo_desktop.services import member_import

        store, path, mapping = self.store, self.path, dict(self.mapping)
        match, today = self.ui.matchSeatsCheck.isChecked(), self.ctx.today()
        self.import_button.setEnabled(False)
        self.ctx.op(lambda: member_import.read_preview(store, path, mapping, match_seats=match, today=today)) \
            .latest("import.preview") \
            .owner(self).success(self.show_preview).failure(self._failed).run()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.preview = None
        self.model.set_rows([])
        self.ui.summaryLabel.setText("This file cannot be imported.")
        message = user_message(exc) or f"Unexpected problem: {exc}"
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.setVisible(True)
        self.import_button.setEnabled(False)

    def _match_toggled(self, _checked: bool) -> None:
        self.auto_match = False  # the officer's choice from now on
        self.load()

    def show_preview(self, preview) -> None:
        fields = set(preview.columns.values())
        if (self.auto_match and not preview.match_seats and "seat" not in fields and fields & BOARD_LIST_FIELDS):
            self.auto_match = False
            self.ui.matchSeatsCheck.setChecked(True)  # a board list: read it again, with proposals
            return
        self.auto_match = False
        table = self.ui.previewTable
        for n in range(self.model.rowCount()):
            table.closePersistentEditor(self.model.index(n, self.model.seat_column))
        self.preview = preview
        self.model.columns = self.seat_columns if preview.match_seats else self.plain_columns
        self.model.seat_column = 6 if preview.match_seats else -1
        self.model.set_rows(preview.rows)
        table.resizeColumnsToContents()
        for col, column in enumerate(self.model.columns):
            table.setColumnWidth(col, min(table.columnWidth(col) + 12, column.max_width))
        if preview.match_seats:
            table.setColumnWidth(self.model.seat_column, 340)
            if len(preview.rows) <= MAX_COMBOS:
                for n in range(len(preview.rows)):
                    table.openPersistentEditor(self.model.index(n, self.model.seat_column))

        self._build_mapping(preview)
        self._update_state()

    def _build_mapping(self, preview) -> None:
        layout = self.ui.mappingLayout
        unknown = [h for h, f in preview.columns.items() if f is None or h in self.mapping]
        if set(unknown) == set(self.combos):
            return
        while layout.rowCount():
            layout.removeRow(0)
        self.combos = {}
        for header in unknown:
            combo = QComboBox()
            combo.addItem(NOT_IMPORTED, None)
            for field, label in FIELD_LABELS.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(combo.findData(self.mapping.get(header)), 0))
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self._map(h, c.currentData()))
            layout.addRow(f"“{header}”:", combo)
            self.combos[header] = combo
        self.ui.mappingGroup.setVisible(bool(unknown))

    def seat_combo(self, n: int) -> QComboBox:
        """The Seat combo of the preview's ``n``-th row."""
        return self.ui.previewTable.indexWidget(self.model.index(n, self.model.seat_column))

    def choose(self, row, seat_id: int | None) -> None:
        """The officer's seat for ``row`` (None: no seat)."""
        from cpo_desktop.services import member_import

        member_import.choose_seat(self.preview, row, seat_id)
        self._update_state()

    def _map(self, header: str, field: str | None) -> None:
        if field:
            self.mapping[header] = field
        else:
            self.mapping.pop(header, None)
        self.load()

    def _update_state(self) -> None:
        preview = self.preview
        if preview is None:
            return
        rows = preview.rows
        bad = sum(1 for r in rows if r.problems)
        dupes = sum(1 for r in rows if r.duplicate_of and not r.problems)
        new = len(rows) - bad - dupes
        seats = ""
        if preview.match_seats:
            seated = sum(1 for r in rows if r.seat_id is not None)
            seats = (f" {seated} with a seat, {len(rows) - seated} without: check each in the Seat column (its "
                     "tooltip says why it was proposed) and change any. Each is appointed from the row's start date "
                     "(today where the file gives none).")
        self.ui.summaryLabel.setText(
            f"{len(rows)} rows: {new} new, {dupes} already in the register, {bad} with problems.{seats} "
            "Nothing is written until you press Import, and then the whole file or nothing.")
        self.ui.duplicatesGroup.setEnabled(dupes > 0)
        problems = preview.blocking_problems(self.on_duplicate())
        if problems:
            shown = problems[:8] + ([f"… and {len(problems) - 8} more"] if len(problems) > 8 else [])
            self.ui.problemLabel.setText("Put these right in the file, then import it again:\n" + "\n".join(shown))
        self.ui.problemLabel.setVisible(bool(problems))
        self.import_button.setEnabled(not problems)
        verb = "update" if self.on_duplicate() == "update" else "skip"
        self.import_button.setText(f"Import {new} New" + (f", {verb.capitalize()} {dupes}" if dupes else ""))
