"""Import members from a CSV file or an Excel workbook: a preview of every row with its problems, a column
mapping for headers we do not recognise, and the skip-or-update choice for people already
in the register. Nothing is written until the user presses Import, and then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from cpo_desktop.ui.context import ViewContext, user_message
from cpo_desktop.ui.style import AMBER, ROSE
from cpo_desktop.ui.tablemodel import Column, RowsModel, RowStyle
from cpo_desktop.ui.widgets import style_problem_label

FIELD_LABELS = {
    "first_name": "First name", "surname": "Surname", "title": "Title", "email": "E-mail", "phone": "Phone",
    "organisation": "Organisation", "job_title": "Job title", "seat": "Seat", "category": "Category",
    "start_date": "Start date", "end_date": "End date",
}
NOT_IMPORTED = "Not imported"


def row_check(row) -> str:
    if row.problems:
        return "; ".join(row.problems)
    return "Already in the register" if row.duplicate_of else "New"


class ImportDialog(QDialog):
    def __init__(self, path: Path, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_import_dialog import Ui_ImportDialog

        self.ui = ui = Ui_ImportDialog()
        ui.setupUi(self)
        self.path, self.ctx, self.store = Path(path), ctx, ctx.store
        self.preview = None
        self.mapping: dict[str, str] = {}
        self.combos: dict[str, QComboBox] = {}
        style_problem_label(ui.problemLabel)
        self.import_button = ui.buttonBox.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        ui.buttonBox.accepted.connect(self.accept)
        ui.fileLabel.setText(f"<b>{self.path.name}</b> — {self.path.parent}")
        ui.summaryLabel.setText("Reading the file…")
        ui.mappingGroup.setVisible(False)
        columns = [
            Column("Row", lambda r: r.line),
            Column("Check", row_check, tooltip=row_check, max_width=260),
            Column("First name", lambda r: r.values.get("first_name", "")),
            Column("Surname", lambda r: r.values.get("surname", "")),
            Column("E-mail", lambda r: r.values.get("email", "")),
            Column("Organisation", lambda r: r.values.get("organisation", ""), max_width=200),
            Column("Seat", lambda r: r.values.get("seat", ""), max_width=200),
            Column("From", lambda r: r.start_date),
        ]
        self.model = RowsModel(columns, RowStyle(
            background=lambda r: ROSE if r.problems else AMBER if r.duplicate_of else None), self)
        ui.previewTable.setModel(self.model)
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
        self.import_button.setEnabled(False)
        self.ctx.op(lambda: member_import.read_preview(store, path, mapping)).latest("import.preview") \
            .owner(self).success(self.show_preview).failure(self._failed).run()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.preview = None
        self.model.set_rows([])
        self.ui.summaryLabel.setText("This file cannot be imported.")
        message = user_message(exc) or f"Unexpected problem: {exc}"
        self.ui.problemLabel.setText(message)
        self.ui.problemLabel.setVisible(True)
        self.import_button.setEnabled(False)

    def show_preview(self, preview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self.ui.previewTable.resizeColumnsToContents()
        for col, column in enumerate(self.model.columns):
            self.ui.previewTable.setColumnWidth(col, min(self.ui.previewTable.columnWidth(col) + 12,
                                                         column.max_width))

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
        self.ui.summaryLabel.setText(
            f"{len(rows)} rows: {new} new, {dupes} already in the register, {bad} with problems. "
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
