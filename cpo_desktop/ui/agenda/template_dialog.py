"""The board's agenda template: the items every new agenda starts with, edited in one dialog.

The list on the left shows the template in agenda order (opening block, standing items, closing
block); the form beside it edits the selected item. Items are never deleted here: "Not Used"
leaves one off new agendas, and agendas already built keep theirs. The dialog only gathers and
checks; the caller hands ``result_items()`` to ``services.agenda_template.save_template`` (off the UI
thread) and shows the dialog through ``prompts.ask``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from cpo_desktop.ui.agenda.model import PURPOSE_LABELS
from cpo_desktop.ui.style import GREY
from cpo_desktop.ui.widgets import (
    duration_text,
    show_problems,
    style_problem_label,
    style_summary_label,
)

if TYPE_CHECKING:
    from cpo_desktop.services.agenda_template import TemplateItem

SECTIONS = ("opening", "standing", "closing")  # the template's order on an agenda
SECTION_LABELS = {"opening": "Opening block", "standing": "Standing items", "closing": "Closing block"}
SECTION_WORDS = {"opening": "Opening", "standing": "Standing", "closing": "Closing"}
PROBLEM = QColor(170, 20, 20)  # as widgets.style_problem_label
NOT_USED_TIP = ("Leave the selected item off new agendas. Nothing is deleted: agendas already built keep "
                "their items, and you can use this one again at any time.")


def _section_rank(item: TemplateItem) -> int:
    return SECTIONS.index(item.section) if item.section in SECTIONS else len(SECTIONS)


class TemplateDialog(QDialog):
    """Edit the board's agenda template. ``result_items()`` is the edited template in order.

    Validated as the user types: OK stays disabled, with the reason shown, while any item has
    ``TemplateItem.problems()``. A newly added item is not scolded for its empty title until
    the user has typed in it or moved on to another item (OK stays disabled meanwhile).
    """

    def __init__(self, items: Sequence[TemplateItem], parent: QWidget | None = None, *,
                 presenters: Sequence[str] = ()) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_template_dialog import Ui_TemplateDialog

        self.ui = ui = Ui_TemplateDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Save Template")
        style_problem_label(ui.problemLabel)
        style_summary_label(ui.summaryLabel)
        # Copies, kept in agenda order (a stable sort by section keeps each section's order).
        self.items: list[TemplateItem] = sorted((replace(i) for i in items), key=_section_rank)
        self._fresh: set[int] = set()  # id() of added items whose title has not been typed yet
        self._loading = False

        for section in SECTIONS:
            ui.sectionCombo.addItem(SECTION_LABELS[section], section)
        for purpose, label in PURPOSE_LABELS.items():
            ui.purposeCombo.addItem(label, purpose)
        ui.notUsedButton.setToolTip(NOT_USED_TIP)
        ui.activeCheck.setToolTip("Untick to leave this item off new agendas. " + NOT_USED_TIP.split(". ", 1)[1])
        roles = sorted({r.strip() for r in [*presenters, *(i.presenter_role or "" for i in self.items)] if r.strip()},
                       key=str.casefold)
        completer = QCompleter(roles, ui.presenterEdit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.presenterEdit.setCompleter(completer)
        ui.itemList.setMinimumWidth(380)

        ui.itemList.currentRowChanged.connect(self._selected)
        ui.addButton.clicked.connect(self.add_item)
        ui.moveUpButton.clicked.connect(self.move_up)
        ui.moveDownButton.clicked.connect(self.move_down)
        ui.notUsedButton.toggled.connect(lambda checked: self._set_active(not checked))
        ui.activeCheck.toggled.connect(self._set_active)
        ui.titleEdit.textEdited.connect(self._title_typed)
        ui.titleEdit.textChanged.connect(self._edited)
        ui.presenterEdit.textChanged.connect(self._edited)
        ui.purposeCombo.currentIndexChanged.connect(self._edited)
        ui.durationSpin.valueChanged.connect(self._edited)
        ui.paperCheck.toggled.connect(self._edited)
        ui.sectionCombo.currentIndexChanged.connect(self._section_changed)

        self._fill_list(self.items[0] if self.items else None)
        self.validate()

    # --- reading ----------------------------------------------------------------------------------

    def current(self) -> TemplateItem | None:
        row = self.ui.itemList.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _index_of(self, item: TemplateItem) -> int:
        return next(n for n, i in enumerate(self.items) if i is item)  # by identity: two may be equal

    def _section_rows(self, section: str) -> list[int]:
        return [n for n, i in enumerate(self.items) if i.section == section]

    def result_items(self) -> list[TemplateItem]:
        """The edited template: opening block, standing items, closing block, each as shown."""
        return [replace(i, title=i.title.strip(), presenter_role=(i.presenter_role or "").strip() or None)
                for i in sorted(self.items, key=_section_rank)]

    # --- the list ---------------------------------------------------------------------------------

    def _row_text(self, item: TemplateItem) -> str:
        title = item.title.strip() or "(no title yet)"
        return f"{SECTION_WORDS.get(item.section, item.section)} – {title}" + ("" if item.active else "  (not used)")

    def _row_tip(self, item: TemplateItem) -> str:
        parts = [SECTION_LABELS.get(item.section, item.section), PURPOSE_LABELS.get(item.purpose, item.purpose),
                 item.presenter_role or "no presenter", f"{item.duration_minutes} min"]
        if item.paper_expected:
            parts.append("paper expected")
        tip = (item.title.strip() or "(no title yet)") + "\n" + " · ".join(parts)
        return tip + ("" if item.active else "\nNot used: new agendas leave it out.")

    def _style_row(self, row: QListWidgetItem, item: TemplateItem) -> None:
        row.setText(self._row_text(item))
        row.setToolTip(self._row_tip(item))
        font = QFont(self.ui.itemList.font())
        font.setItalic(not item.active)
        row.setFont(font)
        if item.problems() and id(item) not in self._fresh:
            row.setForeground(QBrush(PROBLEM))
        elif not item.active:
            row.setForeground(QBrush(GREY))
        else:
            row.setData(Qt.ItemDataRole.ForegroundRole, None)

    def _fill_list(self, select: TemplateItem | None) -> None:
        """Show ``self.items`` afresh and select ``select`` (by identity)."""
        lst = self.ui.itemList
        lst.blockSignals(True)
        lst.clear()
        for item in self.items:
            row = QListWidgetItem()
            self._style_row(row, item)
            lst.addItem(row)
        target = self._index_of(select) if select is not None else -1
        lst.setCurrentRow(target)
        lst.blockSignals(False)
        self._selected()
        if target >= 0:
            lst.scrollToItem(lst.item(target))

    def _refresh_row(self, item: TemplateItem) -> None:
        self._style_row(self.ui.itemList.item(self._index_of(item)), item)

    # --- the editor -------------------------------------------------------------------------------

    def _selected(self, _row: int = -1) -> None:
        ui = self.ui
        item = self.current()
        # Leaving a new item: from now on its empty title is a problem worth saying.
        stale = {key for key in self._fresh if item is None or key != id(item)}
        if stale:
            self._fresh -= stale
            for other in self.items:
                if id(other) in stale:
                    self._refresh_row(other)
        self._loading = True
        try:
            ui.editorGroup.setEnabled(item is not None)
            ui.notUsedButton.setEnabled(item is not None)
            if item is None:
                ui.titleEdit.clear()
                ui.presenterEdit.clear()
                ui.durationSpin.setValue(0)
                ui.paperCheck.setChecked(False)
                ui.activeCheck.setChecked(False)
                ui.notUsedButton.setChecked(False)
            else:
                ui.titleEdit.setText(item.title)
                ui.sectionCombo.setCurrentIndex(max(0, ui.sectionCombo.findData(item.section)))
                ui.purposeCombo.setCurrentIndex(max(0, ui.purposeCombo.findData(item.purpose)))
                ui.presenterEdit.setText(item.presenter_role or "")
                ui.durationSpin.setValue(item.duration_minutes)
                ui.paperCheck.setChecked(item.paper_expected)
                ui.activeCheck.setChecked(item.active)
                ui.notUsedButton.setChecked(not item.active)
        finally:
            self._loading = False
        self._update_buttons()
        self.validate()

    def _title_typed(self, _text: str) -> None:
        item = self.current()
        if item is not None and id(item) in self._fresh:
            self._fresh.discard(id(item))
            self._refresh_row(item)
            self.validate()

    def _edited(self, *_args) -> None:
        item = self.current()
        if self._loading or item is None:
            return
        ui = self.ui
        item.title = ui.titleEdit.text()
        item.purpose = ui.purposeCombo.currentData()
        item.presenter_role = ui.presenterEdit.text().strip() or None
        item.duration_minutes = ui.durationSpin.value()
        item.paper_expected = ui.paperCheck.isChecked()
        self._refresh_row(item)
        self.validate()

    def _set_active(self, active: bool) -> None:
        item = self.current()
        if self._loading or item is None or item.active == active:
            return
        item.active = active
        self._loading = True
        try:  # the tick box and the toggle button say the same thing
            self.ui.activeCheck.setChecked(active)
            self.ui.notUsedButton.setChecked(not active)
        finally:
            self._loading = False
        self._refresh_row(item)
        self.validate()

    def _section_changed(self) -> None:
        item = self.current()
        if self._loading or item is None:
            return
        item.section = self.ui.sectionCombo.currentData()
        # A stable sort: the item joins its new section at the end nearest where it was.
        self.items.sort(key=_section_rank)
        self._fill_list(item)

    # --- buttons ----------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ui = self.ui
        item = self.current()
        rows = self._section_rows(item.section) if item is not None else []
        row = ui.itemList.currentRow()
        ui.moveUpButton.setEnabled(bool(rows) and row != rows[0])
        ui.moveDownButton.setEnabled(bool(rows) and row != rows[-1])

    def add_item(self) -> TemplateItem:
        """A new item after the selected one, in its section (a standing item if none is selected)."""
        from cpo_desktop.services.agenda_template import TemplateItem

        current = self.current()
        section = current.section if current is not None else "standing"
        item = TemplateItem(id=None, title="", section=section)
        if current is not None:
            at = self._index_of(current) + 1
        else:
            rows = self._section_rows(section)
            at = rows[-1] + 1 if rows else sum(1 for i in self.items if _section_rank(i) <= _section_rank(item))
        self.items.insert(at, item)
        self._fresh.add(id(item))
        self._fill_list(item)
        self.ui.titleEdit.setFocus()
        return item

    def _move(self, step: int) -> None:
        item = self.current()
        if item is None:
            return
        row = self._index_of(item)
        other = row + step
        if not 0 <= other < len(self.items) or self.items[other].section != item.section:
            return  # an item moves within its own part of the agenda; the section box moves it between
        self.items[row], self.items[other] = self.items[other], self.items[row]
        self._fill_list(item)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    # --- checking ---------------------------------------------------------------------------------

    def _problems(self) -> list[tuple[TemplateItem, str]]:
        found = []
        for section in SECTIONS + tuple(sorted({i.section for i in self.items} - set(SECTIONS))):
            for n, item in enumerate((i for i in self.items if i.section == section), start=1):
                name = f"{SECTION_WORDS.get(section, section)} item {n}"
                if item.title.strip():
                    name += f" (“{item.title.strip()}”)"
                found += [(item, f"{name}: {p}") for p in item.problems()]
        return found

    def problems(self) -> list[str]:
        """Every item's problems, named as the user sees them ("Standing item 3: …")."""
        return [text for _item, text in self._problems()]

    def summary(self) -> str:
        used = [i for i in self.items if i.active]
        if not used:
            return "No item is used: new agendas would hold only the work programme's reports and the theme."
        counts = ", ".join(f"{sum(1 for i in used if i.section == s)} {SECTION_WORDS[s].lower()}" for s in SECTIONS)
        minutes = sum(i.duration_minutes for i in used)
        text = (f"New agendas start with {len(used)} item{'s' if len(used) != 1 else ''} ({counts}), taking "
                f"{duration_text(minutes)} before the work programme's reports and the theme.")
        unused = len(self.items) - len(used)
        if unused:
            text += f" {unused} item{'s are' if unused != 1 else ' is'} not used."
        return text

    def validate(self) -> list[str]:
        found = self._problems()
        # A new item's empty title is not scolded until it has been typed in or left.
        show_problems(self.ui.problemLabel, self.ok, [text for item, text in found if id(item) not in self._fresh])
        self.ok.setEnabled(not found)
        self.ui.summaryLabel.setText(self.summary())
        return [text for _item, text in found]
