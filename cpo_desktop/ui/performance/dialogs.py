"""The Performance view's dialogs: a figure (entered or changed), an indicator, the suppression
threshold, and the preview of a file of figures before it is imported. Each checks as the user
types and keeps OK disabled until what it holds can be saved; the services check again."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from cpo_desktop import dates
from cpo_desktop.model import performance_rules as rules
from cpo_desktop.model import suppression
from cpo_desktop.model.text_rules import control_problem
from cpo_desktop.ui.choice import Choice
from cpo_desktop.ui.performance.data import POLARITY_WORDS, UNIT_WORDS, edit_text
from cpo_desktop.ui.style import AMBER, GREY, ROSE
from cpo_desktop.ui.tablemodel import Column, RowsModel, RowStyle
from cpo_desktop.ui.widgets import prepare_table, show_problems, style_problem_label, style_summary_label

NUMBER_FIELDS = ("england", "region", "neighbours", "target")
FIELD_WORDS = {"value": "the value", "england": "England's figure", "region": "the region's figure",
               "neighbours": "the neighbours' figure", "target": "the target"}


def grey(label) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), GREY)
    label.setPalette(palette)


# --- a figure -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FigureEntry:
    """What the figure dialog gives ``performance.set_figure``: the indicator, the period as stored,
    and the fields to set (text as typed; None clears; a field left out keeps what is stored)."""

    indicator_id: int
    indicator: str
    period: str
    fields: dict[str, Any]


class FigureDialog(QDialog):
    """Enter an indicator's figure for a period, or change one (``figure``: a
    ``performance.FigureHistory``). Adding: an empty field keeps what is recorded for that period;
    changing: an empty field clears it."""

    def __init__(self, indicators: Sequence[Any], chosen: int | None, figure=None, *, limit: int = 4000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_figure_dialog import Ui_FigureDialog

        self.ui = ui = Ui_FigureDialog()
        ui.setupUi(self)
        self.figure = figure
        self.limit = limit
        self.indicators = {i.id: i for i in indicators}
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        for hint in (ui.periodHint, ui.valueHint, ui.commentaryHint):
            grey(hint)
        ui.indicatorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.indicatorCombo.setMinimumContentsLength(36)
        for i in indicators:
            ui.indicatorCombo.addItem(i.name, i.id)
            ui.indicatorCombo.setItemData(ui.indicatorCombo.count() - 1, f"{i.name} ({i.key})",
                                          Qt.ItemDataRole.ToolTipRole)
        ui.indicatorCombo.setCurrentIndex(max(0, ui.indicatorCombo.findData(chosen)))
        self.touched: set[str] = set()
        if figure is None:
            self.setWindowTitle("Add a Figure")
            self.ok.setText("Add Figure")
            ui.introLabel.setText("The indicator's figure for one period, with the comparators and the local target "
                                  "if you have them. A period already recorded is updated (its history keeps what it "
                                  "was); a field left empty keeps what is recorded.")
        else:
            self.setWindowTitle(f"Figure for {figure.period}")
            self.ok.setText("Save")
            ui.introLabel.setText("Change the figure; every change is kept in its history. An empty field is "
                                  "cleared.")
            ui.indicatorCombo.setEnabled(False)
            ui.periodEdit.setText(figure.period)
            ui.periodEdit.setReadOnly(True)
            ui.valueEdit.setText(edit_text(figure.value) if figure.value is not None else (figure.mark or ""))
            for name in NUMBER_FIELDS:
                self._edit(name).setText(edit_text(getattr(figure, name)))
            ui.commentaryEdit.setPlainText(figure.commentary or "")
            self.touched = {"period", "value"}
            ui.periodEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the figure's period is what it is
            ui.valueEdit.setFocus()
        ui.periodEdit.textEdited.connect(lambda _t: self._touch("period"))
        ui.valueEdit.textEdited.connect(lambda _t: self._touch("value"))
        for edit in (ui.periodEdit, ui.valueEdit, *(self._edit(n) for n in NUMBER_FIELDS)):
            edit.textChanged.connect(self.validate)
        ui.commentaryEdit.textChanged.connect(self.validate)
        ui.indicatorCombo.currentIndexChanged.connect(self.validate)
        self.validate()

    def _edit(self, name: str) -> QLineEdit:
        return getattr(self.ui, f"{name}Edit")

    def _touch(self, key: str) -> None:
        self.touched.add(key)
        self.validate()

    def indicator(self):
        return self.indicators.get(self.ui.indicatorCombo.currentData())

    def period(self) -> rules.Period | None:
        ind = self.indicator()
        try:
            return rules.period_for(self.ui.periodEdit.text(), ind.period, f"“{ind.name}”") if ind else None
        except ValueError:
            return None

    def problems(self) -> list[str]:
        ui = self.ui
        ind = self.indicator()
        if ind is None:
            return ["choose the indicator"]
        problems = []
        text = ui.periodEdit.text().strip()
        if not text:
            problems.append(f"give the period: {'a month such as 2026-11' if ind.period == 'month' else ''}"
                            f"{'a quarter such as 2026-Q3' if ind.period == 'quarter' else ''}"
                            f"{'a year such as 2026' if ind.period == 'year' else ''}")
        else:
            try:
                rules.period_for(text, ind.period, f"“{ind.name}”")
            except ValueError as exc:
                problems.append(str(exc))
        if problem := rules.number_problem(ui.valueEdit.text(), ind.unit, "the value", mark=True):
            problems.append(problem)
        for name in NUMBER_FIELDS:
            if problem := rules.number_problem(self._edit(name).text(), ind.unit, FIELD_WORDS[name], mark=False):
                problems.append(problem)
        commentary = ui.commentaryEdit.toPlainText()
        if problem := control_problem(commentary, "the commentary"):
            problems.append(problem)
        if len(commentary.strip()) > self.limit:
            problems.append(f"the commentary is {len(commentary.strip()):,} characters: at most {self.limit:,}")
        if self.figure is None and not any(f.strip() for f in (ui.valueEdit.text(), *(
                self._edit(n).text() for n in NUMBER_FIELDS), commentary)):
            problems.append("give the value (or a mark) or a comparator")
        return problems

    def validate(self, *_args) -> list[str]:
        ui = self.ui
        problems = self.problems()
        shown = [p for p in problems if not (p.startswith("give the period") and "period" not in self.touched)
                 and not (p.startswith("give the value") and "value" not in self.touched)]
        show_problems(ui.problemLabel, self.ok, shown)
        self.ok.setEnabled(not problems)
        ind, when = self.indicator(), self.period()
        if when is not None:
            ui.periodHint.setText(f"{when.text}: {dates.plain(when.start)} to {dates.plain(when.end)}")
        elif ind is not None:
            ui.periodHint.setText(f"“{ind.name}” is {rules.kind_words(ind.period)}: "
                                  + {"month": "2026-11 or Nov 2026", "quarter": "2026-Q3 (July to September)",
                                     "year": "2026"}.get(ind.period, ""))
        mark = rules.mark_of(ui.valueEdit.text())
        unit = UNIT_WORDS.get(ind.unit, ind.unit) if ind else ""
        ui.valueHint.setText(f"The DfE mark {mark}: {suppression.MARKS[mark]} (no value)." if mark else
                             f"{unit[:1].upper()}{unit[1:]}; or a DfE mark: c, z, k or x." if ind else "")
        used = len(ui.commentaryEdit.toPlainText().strip())
        ui.commentaryHint.setText(f"{used:,} of {self.limit:,} characters. Commentary is printed in the public "
                                  "report, after the privacy check.")
        return problems

    def entry(self) -> FigureEntry:
        """What to save (only when ``problems()`` is empty)."""
        ui = self.ui
        ind, when = self.indicator(), self.period()
        fields: dict[str, Any] = {}
        texts = {"value": ui.valueEdit.text().strip(), **{n: self._edit(n).text().strip() for n in NUMBER_FIELDS},
                 "commentary": ui.commentaryEdit.toPlainText().strip()}
        for name, text in texts.items():
            if text:
                fields[name] = text
            elif self.figure is not None:
                fields[name] = "" if name == "commentary" else None
        return FigureEntry(ind.id, ind.key, when.text, fields)


# --- an indicator ------------------------------------------------------------------------------------

def slug(name: str) -> str:
    """A key made from a name: "Children looked after (number)" -> "children_looked_after_number"."""
    text = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")[:60].rstrip("_")
    if text and not text[0].isalpha():
        text = ("i_" + text)[:60]
    return text


def fill(combo: QComboBox, choices: Sequence[Choice], selected: Any, blank: str) -> None:
    combo.clear()
    combo.addItem(blank, None)
    for c in choices:
        if not c.former or c.id == selected:
            combo.addItem(c.label + (" (former)" if c.former else ""), c.id)
    combo.setCurrentIndex(max(0, combo.findData(selected)) if selected is not None else 0)


class IndicatorDialog(QDialog):
    """Add an indicator or change one (``data``: a ``performance.IndicatorInput``)."""

    def __init__(self, data=None, *, priority_id: int | None = None, priorities: Sequence[Choice] = (),
                 counts: Sequence[tuple[str, str]] = (), taken: Sequence[tuple[str, str, bool]] = (), has_figures: bool = False,
                 parent: QWidget | None = None) -> None:
        """``counts``: the current count indicators' (key, name), which a percentage or rate is built
        from and a count is part of; ``taken``: the other indicators' (key, name)."""
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_indicator_dialog import Ui_IndicatorDialog

        self.ui = ui = Ui_IndicatorDialog()
        ui.setupUi(self)
        self.data = data
        self.taken = list(taken)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        for unit in rules.UNITS:
            ui.unitCombo.addItem(UNIT_WORDS.get(unit, unit).removeprefix("a ").capitalize(), unit)
        for polarity in rules.POLARITIES:
            ui.polarityCombo.addItem(POLARITY_WORDS[polarity].capitalize(), polarity)
        for kind in rules.PERIOD_KINDS:
            ui.periodCombo.addItem(rules.kind_words(kind).capitalize(), kind)
        fill(ui.priorityCombo, priorities, priority_id, "— none —")
        own = data.key if data is not None else None
        for combo, selected in ((ui.numeratorCombo, data.numerator_key if data else None),
                                (ui.denominatorCombo, data.denominator_key if data else None),
                                (ui.partOfCombo, data.part_of_key if data else None)):
            combo.addItem("— none —", None)
            for key, name in counts:
                if key != own:
                    combo.addItem(f"{name} ({key})", key)
            if selected and combo.findData(selected) < 0:
                combo.addItem(selected, selected)  # no longer a current count: kept as it is
            combo.setCurrentIndex(max(0, combo.findData(selected)) if selected else 0)
        for combo in (ui.numeratorCombo, ui.denominatorCombo, ui.partOfCombo, ui.priorityCombo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
        ui.definitionEdit.setMaximumHeight(ui.definitionEdit.fontMetrics().lineSpacing() * 4 + 12)
        self.key_typed = data is not None
        if data is None:
            self.setWindowTitle("Add an Indicator")
            self.ok.setText("Add Indicator")
            ui.introLabel.setText("An indicator the board receives: what it measures, which way is better, how often "
                                  "a figure comes and where from.")
            ui.unitCombo.setCurrentIndex(ui.unitCombo.findData("count"))
            ui.polarityCombo.setCurrentIndex(ui.polarityCombo.findData("neutral"))
            ui.periodCombo.setCurrentIndex(ui.periodCombo.findData("quarter"))
            ui.sensitiveCheck.setChecked(True)
        else:
            self.setWindowTitle(f"Indicator: {data.name}")
            self.ok.setText("Save")
            ui.introLabel.setText(f"Change “{data.name}”. Its figures stay as they are.")
            ui.nameEdit.setText(data.name)
            ui.nameEdit.setCursorPosition(0)
            ui.keyEdit.setText(data.key)
            ui.definitionEdit.setPlainText(data.definition or "")
            for combo, value in ((ui.unitCombo, data.unit), (ui.polarityCombo, data.polarity),
                                 (ui.periodCombo, data.period)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            ui.ownerEdit.setText(data.owner or "")
            ui.sourceEdit.setText(data.source or "")
            ui.sensitiveCheck.setChecked(bool(data.sensitive))
            if has_figures:
                ui.periodCombo.setEnabled(False)
                ui.periodCombo.setToolTip("It has figures: its period stays as it is (add a new indicator for "
                                          "figures of another period).")
        self.touched = data is not None
        ui.nameEdit.textEdited.connect(self._name_typed)
        ui.keyEdit.textEdited.connect(self._key_typed)
        for signal in (ui.nameEdit.textChanged, ui.keyEdit.textChanged, ui.ownerEdit.textChanged,
                       ui.sourceEdit.textChanged, ui.definitionEdit.textChanged):
            signal.connect(self.validate)
        for combo in (ui.unitCombo, ui.numeratorCombo, ui.denominatorCombo, ui.partOfCombo):
            combo.currentIndexChanged.connect(self.validate)
        self.validate()

    def _name_typed(self, text: str) -> None:
        self.touched = True
        if not self.key_typed:
            self.ui.keyEdit.setText(slug(text))
        self.validate()

    def _key_typed(self, _text: str) -> None:
        self.key_typed = self.touched = True
        self.validate()

    def problems(self) -> list[str]:
        from cpo_desktop.services import performance

        d = self.result_input()
        problems = performance.indicator_field_problems(d)
        for key, name, former in self.taken:
            if key == d.key:
                problems.append(f"the key “{d.key}” is taken by “{name}”" + (" (retired)" if former else ""))
            elif not former and name.casefold() == d.name.casefold():
                problems.append(f"there is already an indicator called “{name}”")
        if bool(d.numerator_key) != bool(d.denominator_key):
            problems.append("a figure built from counts needs both a numerator and a denominator")
        elif d.numerator_key and d.unit not in ("percentage", "rate"):
            problems.append("only a percentage or a rate is built from a numerator and a denominator")
        if d.part_of_key and d.unit != "count":
            problems.append("only a count can be one part of another's total")
        return problems

    def validate(self, *_args) -> list[str]:
        problems = self.problems()
        show_problems(self.ui.problemLabel, self.ok, problems if self.touched else [])
        self.ok.setEnabled(not problems)
        return problems

    def priority_id(self) -> int | None:
        return self.ui.priorityCombo.currentData()

    def result_input(self):
        from cpo_desktop.services.performance import IndicatorInput

        ui = self.ui
        return IndicatorInput(
            key=ui.keyEdit.text().strip(), name=" ".join(ui.nameEdit.text().split()),
            definition=ui.definitionEdit.toPlainText().strip(), unit=ui.unitCombo.currentData(),
            polarity=ui.polarityCombo.currentData(), period=ui.periodCombo.currentData(),
            owner=" ".join(ui.ownerEdit.text().split()), source=" ".join(ui.sourceEdit.text().split()),
            sensitive=ui.sensitiveCheck.isChecked(), numerator_key=ui.numeratorCombo.currentData(),
            denominator_key=ui.denominatorCombo.currentData(), part_of_key=ui.partOfCombo.currentData())


# --- the suppression threshold --------------------------------------------------------------------------

class ThresholdDialog(QDialog):
    """The board's small-number suppression threshold, 1 to 20."""

    def __init__(self, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_threshold_dialog import Ui_ThresholdDialog

        self.ui = ui = Ui_ThresholdDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        ui.introLabel.setText("A count about a few children can identify them. In every public paper a count from 1 "
                              "to this number is shown as “c”, and so is any cell it could be worked out from. "
                              "The officer's own window and restricted papers show every figure.")
        ui.thresholdSpin.setValue(current)
        ui.thresholdSpin.setMaximumWidth(ui.thresholdSpin.fontMetrics().averageCharWidth() * 6 + 40)
        ui.layout.insertStretch(ui.layout.indexOf(ui.buttonBox), 1)
        self.ok.setText("Set Threshold")
        ui.thresholdSpin.valueChanged.connect(self._preview)
        self.current = current
        self._preview()

    def _preview(self, *_args) -> None:
        n = self.value()
        text = f"Counts 1 to {n} will be shown as “c”; 0 and counts from {n + 1} are shown."
        if n != self.current:
            text += f" (Now: 1 to {self.current}.)"
        self.ui.previewLabel.setText(text)

    def value(self) -> int:
        return self.ui.thresholdSpin.value()


# --- the report paper -----------------------------------------------------------------------------------

class ReportDialog(QDialog):
    """Which meeting's performance report to save, and which version (public by default)."""

    def __init__(self, meetings: Sequence[tuple[int, str]], current: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_report_dialog import Ui_ReportDialog

        self.ui = ui = Ui_ReportDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Save Report…")
        style_problem_label(ui.problemLabel)
        for meeting_id, label in meetings:
            ui.meetingCombo.addItem(label, meeting_id)
        if current is not None and (at := ui.meetingCombo.findData(current)) >= 0:
            ui.meetingCombo.setCurrentIndex(at)
        ui.layout.insertStretch(ui.layout.indexOf(ui.buttonBox), 1)
        ui.restrictedRadio.toggled.connect(self._check)
        self._check()

    def _check(self, *_args) -> None:
        problems = [] if self.meeting_id() is not None else ["there is no board meeting to report to"]
        show_problems(self.ui.problemLabel, self.ok, problems)
        if not problems and self.public() is False:
            self.ui.problemLabel.setText("The restricted version shows every figure: keep it out of public packs and "
                                         "e-mails to people outside the board.")
            self.ui.problemLabel.setVisible(True)
        self.ok.setEnabled(not problems)

    def meeting_id(self) -> int | None:
        return self.ui.meetingCombo.currentData()

    def public(self) -> bool:
        return self.ui.publicRadio.isChecked()


# --- the import preview ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    row: int | None
    column: str
    text: str


_WHERE = re.compile(r"^(?:row (\d+)(?:, column “(.*?)”)?|column “(.*?)”): (.*)$", re.DOTALL)


def split_problem(text: str) -> Problem:
    """"row 4, column “Value”: …" as its row, column and what is wrong."""
    m = _WHERE.match(text)
    if m is None:
        return Problem(None, "", text)
    return Problem(int(m[1]) if m[1] else None, m[2] or m[3] or "", m[4])


STATUS_WORDS = {"new": "New", "changed": "Changed", "unchanged": "Unchanged"}


class FiguresImportDialog(QDialog):
    """A file of figures checked (``performance.FigureImportPreview``): every problem by row and
    column, every figure to be added, changed or left, the columns not imported. Import stays
    disabled while there is any problem: the import is all or nothing."""

    def __init__(self, preview, names: dict[int, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_figures_import_dialog import Ui_FiguresImportDialog

        self.ui = ui = Ui_FiguresImportDialog()
        ui.setupUi(self)
        self.preview = preview
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        style_problem_label(ui.problemLabel)
        style_summary_label(ui.summaryLabel)
        names = names or {}
        self.setWindowTitle(f"Import Figures from {preview.name}")
        layout = "one row per indicator and period" if preview.layout == "long" else "periods as columns"
        ui.fileLabel.setText(f"{preview.name}: {layout}.")
        added, changed, same = (preview.count(s) for s in ("new", "changed", "unchanged"))
        n = len(preview.problems)
        ui.summaryLabel.setText(f"{added:,} new · {changed:,} changed · {same:,} unchanged"
                                + (f" · {n:,} problem{'s' if n != 1 else ''}" if n else " · no problems"))
        unknown = preview.unknown_columns
        ui.columnsLabel.setText(("Not imported (not a column we know): " + ", ".join(f"“{h}”" for h in unknown) + "."
                                 ) if unknown else "Every column is imported.")
        ui.columnsLabel.setVisible(True)
        self.problems = [split_problem(p) for p in preview.problems]
        self.problem_model = RowsModel([
            Column("Row", lambda p: p.row),
            Column("Column", lambda p: p.column, tooltip=lambda p: p.column or None),
            Column("Problem", lambda p: p.text[:1].upper() + p.text[1:], tooltip=lambda p: p.text, max_width=900),
        ], RowStyle(background=lambda _p: ROSE), self)
        self.problem_model.set_rows(self.problems)
        self.figure_model = RowsModel([
            Column("Row", lambda f: f.line),
            Column("Indicator", lambda f: names.get(f.indicator_id, f.key), tooltip=lambda f: f.key),
            Column("Period", lambda f: f.period.text),
            Column("", lambda f: STATUS_WORDS.get(f.status, f.status)),
            Column("Value", lambda f: f.fields.get("mark") or edit_text(f.fields.get("value"))),
            *(Column(h, lambda f, k=k: edit_text(f.fields.get(k))) for k, h in (
                ("england", "England"), ("region", "Region"), ("neighbours", "Neighbours"), ("target", "Target"))),
            Column("Commentary", lambda f: f.fields.get("commentary", ""), tooltip=lambda f: f.fields.get("commentary"),
                   max_width=400),
        ], RowStyle(background=lambda f: AMBER if f.status == "changed" else None,
                    foreground=lambda f: GREY if f.status == "unchanged" else None), self)
        self.figure_model.set_rows(preview.figures)
        for table, model in ((ui.problemTable, self.problem_model), (ui.figureTable, self.figure_model)):
            prepare_table(table)
            table.setModel(model)
            table.resizeColumnsToContents()
        ui.tabs.setTabText(0, f"&Problems ({n:,})")
        ui.tabs.setTabText(1, f"&Figures ({len(preview.figures):,})")
        ui.tabs.setCurrentIndex(0 if n else 1)
        ui.tabs.setTabEnabled(0, bool(n))
        writes = added + changed
        self.ok.setText(f"Import {writes:,} Figure{'s' if writes != 1 else ''}" if writes else "Import")
        if n:
            show_problems(ui.problemLabel, self.ok, [
                f"nothing can be imported while the file has problems ({n:,}): put them right in the file and import "
                "it again"])
        elif not writes:
            show_problems(ui.problemLabel, self.ok, ["every figure in the file is already recorded as it is there: "
                                                     "there is nothing to import"])
        else:
            show_problems(ui.problemLabel, self.ok, [])
            ui.problemLabel.setText(f"The data is backed up first. {changed:,} changed figure"
                                    f"{'s keep' if changed != 1 else ' keeps'} what it was in its history."
                                    if changed else "The data is backed up first.")
            grey(ui.problemLabel)
            ui.problemLabel.setVisible(True)
