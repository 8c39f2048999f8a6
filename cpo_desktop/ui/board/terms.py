"""Meetings › Board's Terms of Reference…: the terms in force, every part editable, saved as a new
version (agreed at a meeting, in force from a day, with what changed), undone with Edit › Undo;
and their history, each version shown read-only when chosen.

The dialog edits the newest version (normally the one in force; a version agreed to come into
force later says so). The service (``services.terms``) makes the version; the dialog checks what
it can first, so OK is offered only for a change the service will take.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QWidget

from cpo_desktop import dates
from cpo_desktop.ui import prompts
from cpo_desktop.ui.tablemodel import Column, RowsModel
from cpo_desktop.ui.widgets import (from_qdate, meeting_text, prepare_table, set_widths, show_problems,
                                    style_problem_label, style_summary_label, to_qdate)

NOT_RECORDED = "— not recorded —"
# The form's editor of each part of the terms (services.terms.TEXT_FIELDS).
EDITORS = {"purpose": "purposeEdit", "chair_role": "chairEdit", "vice_chair_role": "viceChairEdit",
           "frequency": "frequencyEdit", "quorum": "quorumEdit", "accountability": "accountabilityEdit",
           "scrutiny_relationship": "scrutinyEdit", "partner_relationship": "partnersEdit"}


@dataclass(frozen=True)
class TermsData:
    """What the dialog shows, read off the UI thread."""

    board_id: int
    versions: tuple[Any, ...]  # services.terms.Version, oldest first
    seats: tuple[str, ...]  # the board's seats today: a new version's membership
    meetings: tuple[Any, ...]  # board meetings not cancelled (services.meetings.MeetingRow), newest first

    @property
    def newest(self) -> Any:
        return self.versions[-1]


def read(store) -> TermsData:
    """The versions, the seats today and the board meetings that could have agreed a change."""
    from cpo_desktop.services import meetings, terms

    rows = [m for m in meetings.list_meetings(store) if m.kind == "board" and m.status != "cancelled"]
    return TermsData(board_id=terms.board_id(store), versions=tuple(terms.history(store)),
                     seats=terms.seat_titles(store), meetings=tuple(reversed(rows)))


def version_html(v) -> str:
    """One version, read-only, as the History tab shows it."""
    head = html.escape(v.label) + (f"; agreed at the board meeting of {html.escape(dates.plain(v.agreed_on))}"
                                   if v.agreed_on else "")
    out = [f"<h3>{head}</h3>"]
    if v.change_summary:
        out.append(f"<p><i>{html.escape(v.change_summary)}</i></p>")
    for heading, text in v.parts():
        body = "<br/>".join(html.escape(line) for line in text.split("\n"))
        out.append(f"<p><b>{html.escape(heading)}</b><br/>{body}</p>")
    return "".join(out)


class TermsDialog(QDialog):
    """The terms of reference: edit the newest version's parts (a new version on OK); the history."""

    def __init__(self, data: TermsData, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_terms_dialog import Ui_TermsDialog

        self.data, self.today = data, today
        self.ui = ui = Ui_TermsDialog()
        ui.setupUi(self)
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Save as New Version")
        style_problem_label(ui.problemLabel)
        style_summary_label(ui.summaryLabel)
        self._date_by_hand = False
        v = data.newest
        for field, name in EDITORS.items():
            editor = getattr(ui, name)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(v.value(field))
                editor.textChanged.connect(self.validate)
            else:
                editor.setText(v.value(field))
                editor.setCursorPosition(0)
                editor.textChanged.connect(self.validate)
        state = "" if v.effective_from is None or v.effective_from <= today else " (not yet in force)"
        agreed = f"; agreed at the board meeting of {dates.plain(v.agreed_on)}" if v.agreed_on else ""
        ui.versionLabel.setText(f"{v.label}{state}{agreed}. Change any part and save: it becomes version "
                                f"{v.version + 1}, and version {v.version} is kept.")
        ui.membershipEdit.setPlainText("\n".join(data.seats))
        ui.membershipNote.setText(self._membership_note())
        ui.agreedCombo.addItem(NOT_RECORDED, None)
        for m in data.meetings:
            ui.agreedCombo.addItem(meeting_text(m, theme=False) + ("" if m.date <= today else " (to come)"), m.id)
        ui.effectiveEdit.setDate(to_qdate(today))
        ui.agreedCombo.currentIndexChanged.connect(self._meeting_chosen)
        ui.effectiveEdit.dateChanged.connect(self._date_changed)
        ui.noteEdit.textChanged.connect(self.validate)
        self._history()
        self.validate()

    # --- the membership ----------------------------------------------------------------------
    def _membership_note(self) -> str:
        v, seats = self.data.newest, self.data.seats
        if tuple(seats) == v.membership:
            return f"The board's seats, as version {v.version} lists them. Seats are changed in the Seats view."
        added = [s for s in seats if s not in v.membership]
        gone = [s for s in v.membership if s not in seats]
        said = "; ".join(x for x in (f"added: {', '.join(added)}" if added else "",
                                     f"gone: {', '.join(gone)}" if gone else "") if x) or "reordered"
        return (f"The board's seats today, which a new version will list: they have changed since version "
                f"{v.version} ({said}).")

    # --- the change ----------------------------------------------------------------------------
    def meeting_date(self) -> dt.date | None:
        mid = self.ui.agreedCombo.currentData()
        return next((m.date for m in self.data.meetings if m.id == mid), None)

    def _meeting_chosen(self) -> None:
        if not self._date_by_hand:
            self.ui.effectiveEdit.blockSignals(True)
            self.ui.effectiveEdit.setDate(to_qdate(self.meeting_date() or self.today))
            self.ui.effectiveEdit.blockSignals(False)
        self.validate()

    def _date_changed(self) -> None:
        self._date_by_hand = True
        self.validate()

    def texts(self) -> dict[str, str]:
        out = {}
        for field, name in EDITORS.items():
            editor = getattr(self.ui, name)
            out[field] = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        return out

    def changed(self) -> list[str]:
        """The parts a save would change (services.terms field names)."""
        from cpo_desktop.services import terms

        return terms.changed_parts(self.data.newest, self.texts(), self.data.seats)

    def effective(self) -> dt.date:
        return from_qdate(self.ui.effectiveEdit.date())

    def problems(self) -> list[str]:
        from cpo_desktop.services import terms

        problems = terms.check_texts({f: terms.tidy(t) for f, t in self.texts().items()},
                                     " ".join(self.ui.noteEdit.text().split()))
        day, v = self.meeting_date(), self.data.newest
        if day is not None and self.effective() < day:
            problems.append(f"a change cannot come into force before the meeting that agreed it ({dates.short(day)})")
        if v.effective_from is not None and self.effective() < v.effective_from:
            problems.append(f"version {v.version} is in force from {dates.short(v.effective_from)}: a new version "
                            "cannot come into force before it")
        return problems

    def validate(self) -> list[str]:
        from cpo_desktop.services import terms

        problems = self.problems()
        show_problems(self.ui.problemLabel, self.ok, problems)
        self.ok.setEnabled(not problems)
        changed = self.changed()
        if changed:
            self.ui.summaryLabel.setText(f"Saving makes version {self.data.newest.version + 1}: "
                                         + terms.summary_of(changed, self.ui.noteEdit.text()))
        else:
            self.ui.summaryLabel.setText("Nothing is changed yet: OK saves nothing.")
        return problems

    def result_input(self):
        """The change for ``services.terms.edit``: only the parts that differ."""
        from cpo_desktop.services import terms

        changed = set(self.changed())
        texts = {f: t for f, t in self.texts().items() if f in changed}
        return terms.TermsInput(**texts, agreed_at=self.ui.agreedCombo.currentData(),
                                effective_from=self.effective(), note=self.ui.noteEdit.text())

    # --- the history ---------------------------------------------------------------------------
    def _history(self) -> None:
        ui = self.ui
        self.history_model = RowsModel([
            Column("Version", lambda v: v.version),
            Column("In force from", lambda v: v.effective_from, display=lambda v: dates.short(v.effective_from)
                   or "the start"),
            Column("Agreed at", lambda v: v.agreed_on, display=lambda v: dates.day_name(v.agreed_on),
                   tooltip=lambda v: v.agreed_at or None),
            Column("What changed", lambda v: v.change_summary),
        ], parent=self)
        prepare_table(ui.historyTable)
        ui.historyTable.setModel(self.history_model)
        self.history_model.set_rows(list(reversed(self.data.versions)))  # the newest first
        set_widths(ui.historyTable, [8, 13, 30, 50])
        ui.historySplitter.setStretchFactor(0, 1)  # a few versions; the chosen one's text takes the room
        ui.historySplitter.setStretchFactor(1, 3)
        ui.historyTable.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_version(
            current.row()))
        ui.historyTable.selectRow(0)
        self._show_version(0)

    def _show_version(self, row: int) -> None:
        rows = self.history_model.rows
        if 0 <= row < len(rows):
            self.ui.versionText.setHtml(version_html(rows[row]))

    def show_history(self, version: int) -> None:
        """Show the History tab with ``version`` chosen."""
        self.ui.tabs.setCurrentWidget(self.ui.historyTab)
        row = next(n for n, v in enumerate(self.history_model.rows) if v.version == version)
        self.ui.historyTable.selectRow(row)


def edit_terms(ctx, parent: QWidget | None = None) -> None:
    """Read the terms, ask, and save a changed version with undo."""
    store = ctx.store
    if store is None:
        return
    ctx.op(lambda: read(store)).success(lambda data: _ask(ctx, data, parent)).run()


def _ask(ctx, data: TermsData, parent: QWidget | None) -> None:
    from cpo_desktop.services import terms, undo
    from cpo_desktop.wording import and_list

    dialog = TermsDialog(data, ctx.today(), parent)
    try:
        if not prompts.ask(dialog):
            return
        changed = dialog.changed()
        change = dialog.result_input()
    finally:
        dialog.deleteLater()
    if not changed:
        ctx.status("Nothing was changed.")
        return
    parts = and_list([terms.IN_WORDS[f] for f in changed])
    today = ctx.today()
    ctx.undo.record(f"Change the terms of reference ({parts})", data.board_id,
                    lambda s: terms.edit(s, change, today=today), undo.terms(), after=lambda _result: None)
