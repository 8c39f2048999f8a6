"""The partner boards and the overdue rules: the list of partner boards (Add, Edit, Mark as
former, each saved at once), one board's details, and when sending or receiving is overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.exchange.dialogs import fill_confidentiality
from cpo_desktop.ui.style import GREY
from cpo_desktop.ui.tablemodel import Column, RowsModel, RowStyle
from cpo_desktop.ui.widgets import (
    CheckedDialog,
    fit_columns,
    from_qdate,
    prepare_table,
    problem_setup,
    select_where,
    selected_row,
    to_qdate,
)
from cpo_desktop.wording import plural

if TYPE_CHECKING:
    from cpo_desktop.ui.context import ViewContext
    from cpo_desktop.ui.exchange.view import ExchangeView

DIRECTIONS = (  # (text, exchange_out, exchange_in)
    ("Both ways: our minutes to them, theirs to us", True, True),
    ("Ours to them only", True, False),
    ("Theirs to us only", False, True),
    ("No exchange", False, False),
)


class PartnerDialog(CheckedDialog):
    """A partner board's details; OK waits until ``PartnerInput.problems()`` is empty."""

    def __init__(self, data=None, *, taken: Sequence[tuple[str, str]] = (), today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.services.exchange import PartnerInput
        from cpo_desktop.ui.generated.ui_partner_dialog import Ui_PartnerDialog

        self.ui = ui = Ui_PartnerDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        self.setWindowTitle("Change Partner Board" if data else "Add Partner Board")
        self.taken = [(n.casefold(), s.casefold()) for n, s in taken]
        data = data or PartnerInput(name="", short_name="", exchange_from=today)
        self._kind = data.kind
        fill_confidentiality(ui.confidentialityCombo)
        for text, out, in_ in DIRECTIONS:
            ui.directionCombo.addItem(text, (out, in_))
        ui.nameEdit.setText(data.name)
        ui.shortNameEdit.setText(data.short_name)
        ui.secretariatEdit.setText(data.secretariat_name)
        ui.emailEdit.setText(data.secretariat_email)
        ui.confidentialityCombo.setCurrentIndex(max(0, ui.confidentialityCombo.findData(data.confidentiality)))
        ui.directionCombo.setCurrentIndex(max(0, ui.directionCombo.findData((bool(data.exchange_out),
                                                                              bool(data.exchange_in)))))
        ui.frequencySpin.setValue(int(data.expected_frequency_months))
        ui.sendDocxCheck.setChecked(bool(data.send_docx))
        ui.sinceCheck.setChecked(data.exchange_from is not None)
        ui.sinceDateEdit.setDate(to_qdate(data.exchange_from or today))
        ui.sinceDateEdit.setEnabled(data.exchange_from is not None)
        ui.sinceCheck.toggled.connect(ui.sinceDateEdit.setEnabled)
        ui.sinceCheck.setToolTip("Our minutes are owed to them from this day: meetings before it are not listed")
        ui.relationshipEdit.setPlainText(data.relationship)
        for widget in (ui.frequencySpin, ui.sinceDateEdit):
            widget.setMaximumWidth(160)
        self.touched = bool(data.name)
        for edit in (ui.nameEdit, ui.shortNameEdit, ui.emailEdit):
            edit.textEdited.connect(lambda _t: self._touch())
        for signal in (ui.nameEdit.textChanged, ui.shortNameEdit.textChanged, ui.emailEdit.textChanged,
                       ui.secretariatEdit.textChanged, ui.frequencySpin.valueChanged,
                       ui.confidentialityCombo.currentIndexChanged, ui.directionCombo.currentIndexChanged):
            signal.connect(lambda *_: self.validate())
        self.validate()

    def _touch(self) -> None:
        self.touched = True
        self.validate()

    def result_input(self):
        from cpo_desktop.services.exchange import PartnerInput

        ui = self.ui
        out, in_ = ui.directionCombo.currentData()
        return PartnerInput(
            name=ui.nameEdit.text(), short_name=ui.shortNameEdit.text(), secretariat_name=ui.secretariatEdit.text(),
            secretariat_email=ui.emailEdit.text(), confidentiality=ui.confidentialityCombo.currentData(),
            exchange_out=out, exchange_in=in_, expected_frequency_months=ui.frequencySpin.value(),
            send_docx=ui.sendDocxCheck.isChecked(),
            exchange_from=from_qdate(ui.sinceDateEdit.date()) if ui.sinceCheck.isChecked() else None,
            relationship=ui.relationshipEdit.toPlainText(), kind=self._kind)

    def problems(self) -> list[str]:
        data = self.result_input()
        out = data.problems()
        name, short_name = " ".join(data.name.split()).casefold(), data.short_name.strip().casefold()
        if name and any(name == n for n, _s in self.taken):
            out.append(f"another partner board is already called “{data.name.strip()}”")
        if short_name and any(short_name == s for _n, s in self.taken):
            out.append(f"another partner board already has the short name “{data.short_name.strip()}”")
        return out


class PartnersDialog(QDialog):
    """The partner boards, with Add, Edit and Mark as former; each change is saved at once."""

    changed = Signal()

    def __init__(self, ctx: ViewContext, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_partners_dialog import Ui_PartnersDialog

        self.ui = ui = Ui_PartnersDialog()
        ui.setupUi(self)
        self.ctx, self.today = ctx, today
        self.partners: list = []
        self.busy = False
        self.model = RowsModel([
            Column("Name", lambda p: p.name, display=lambda p: p.name + (" (former)" if p.former else ""),
                   tooltip=lambda p: p.relationship or p.name, max_width=420),
            Column("Short name", lambda p: p.short_name),
            Column("Their minutes", lambda p: "Restricted" if p.restricted else "Public"),
            Column("Exchange", lambda p: next(t for t, o, i in DIRECTIONS if (o, i) == (p.exchange_out,
                                                                                       p.exchange_in)).split(":")[0]),
            Column("Meets every", lambda p: p.expected_frequency_months,
                   display=lambda p: plural(p.expected_frequency_months, "month")),
            Column("E-mail", lambda p: p.secretariat_email, display=lambda p: p.secretariat_email or "(none)"),
        ], RowStyle(foreground=lambda p: GREY if p.former else None, italic=lambda p: p.former), self)
        prepare_table(ui.table)
        ui.table.setModel(self.model)
        ui.table.setWordWrap(False)
        ui.table.setAccessibleName("Partner boards")
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.table.doubleClicked.connect(lambda *_: self.edit_partner())
        ui.addButton.clicked.connect(self.add_partner)
        ui.editButton.clicked.connect(self.edit_partner)
        ui.formerButton.clicked.connect(self.toggle_former)
        self._update_buttons()
        self.reload()

    def selected(self):
        return selected_row(self.ui.table, self.model)

    def _update_buttons(self) -> None:
        p = self.selected()
        for button in (self.ui.editButton, self.ui.formerButton):
            button.setEnabled(p is not None and not self.busy)
        self.ui.addButton.setEnabled(not self.busy)
        self.ui.formerButton.setText("&Bring Back" if p is not None and p.former else "Mark as &Former")

    def _working(self) -> None:
        self.busy = True
        self._update_buttons()

    def reload(self, select: int | None = None) -> None:
        store = self.ctx.store
        if store is None:
            return
        keep = select if select is not None else (self.selected().id if self.selected() else None)

        def job():
            from cpo_desktop.services import exchange

            return exchange.list_partners(store, include_former=True)

        def done(partners) -> None:
            self.partners = list(partners)
            self.model.set_rows(self.partners)
            fit_columns(self.ui.table, {0: 320, 3: 220, 5: 240}, stretch=0)
            if keep is not None:
                select_where(self.ui.table, self.model, lambda p: p.id == keep)
            self.busy = False
            self._update_buttons()

        self._working()
        self.ctx.op(job).success(done).failure(self._failed).owner(self).run()

    def _taken(self, ignore: int | None) -> list[tuple[str, str]]:
        return [(p.name, p.short_name) for p in self.partners if p.id != ignore]

    def _save(self, text: str, operation: Callable[[Any], Any], select: int | None = None) -> None:
        store = self.ctx.store

        def done(result) -> None:
            self.ctx.status(f"{text}.")
            self.changed.emit()
            self.reload(select=select if select is not None else (result if isinstance(result, int) else None))

        self._working()
        self.ctx.op(lambda: operation(store)).success(done).failure(self._failed).run()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.busy = False
        self._update_buttons()
        self.ctx.show_error(exc, tb)

    def add_partner(self) -> None:
        from cpo_desktop.services import exchange

        dialog = PartnerDialog(None, taken=self._taken(None), today=self.today, parent=self)
        if not prompts.ask(dialog):
            return
        data, today = dialog.result_input(), self.today
        self._save(f"Added the partner board {data.short_name.strip()}",
                   lambda s: exchange.add_partner(s, data, today=today))

    def edit_partner(self) -> None:
        from cpo_desktop.services import exchange

        p = self.selected()
        if p is None:
            return
        dialog = PartnerDialog(exchange.PartnerInput.from_row(p), taken=self._taken(p.id), today=self.today,
                               parent=self)
        if not prompts.ask(dialog):
            return
        data = dialog.result_input()
        self._save(f"Saved the partner board {data.short_name.strip()}",
                   lambda s: exchange.update_partner(s, p.id, data), p.id)

    def toggle_former(self) -> None:
        from cpo_desktop.services import exchange

        p = self.selected()
        if p is None:
            return
        if p.former:
            self._save(f"{p.short_name} exchanges minutes again",
                       lambda s: exchange.set_partner_former(s, p.id, False), p.id)
            return
        if not prompts.confirm(self, "Mark as Former",
                               f"{p.name} ({p.short_name}) will no longer exchange minutes with the board: nothing "
                               "will be owed to or from it. What was sent and received stays in the register.",
                               ok_text="Mark as Former"):
            return
        self._save(f"{p.short_name} is marked as a former partner",
                   lambda s: exchange.set_partner_former(s, p.id, True), p.id)


class ExchangeRulesDialog(QDialog):
    """When our minutes are overdue (working days after confirmation) and when a partner's are
    (months without minutes)."""

    def __init__(self, send_days: int, receive_months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_exchange_rules_dialog import (
            Ui_ExchangeRulesDialog,
        )

        self.ui = ui = Ui_ExchangeRulesDialog()
        ui.setupUi(self)
        self.ok = problem_setup(self)
        ui.sendSpin.setValue(send_days)
        ui.receiveSpin.setValue(receive_months)

    def result_values(self) -> tuple[int, int]:
        return self.ui.sendSpin.value(), self.ui.receiveSpin.value()


class PartnersAndRules:
    """The view's Partner Boards… and Overdue Rules… commands."""

    def __init__(self, view: ExchangeView) -> None:
        self.view = view
        self.ctx = view.ctx
        self.dialog: PartnersDialog | None = None  # the last Partner Boards dialog opened

    def edit_partners(self) -> None:
        if self.ctx.store is None:
            return
        dialog = PartnersDialog(self.ctx, today=self.view.today(), parent=self.view)
        dialog.changed.connect(lambda: self.view.changed(undo.EXCHANGE))
        self.dialog = dialog
        prompts.ask(dialog)

    def edit_rules(self) -> None:
        store = self.ctx.store
        data = self.view.data
        if store is None or data is None:
            return
        reg = data.register
        dialog = ExchangeRulesDialog(reg.send_days, reg.receive_months, self.view)
        if not prompts.ask(dialog):
            return
        send, receive = dialog.result_values()

        def job():
            from cpo_desktop.services import exchange

            exchange.set_thresholds(store, send_days=send, receive_months=receive)

        def done(_result) -> None:
            self.ctx.status(f"Our minutes are now due within {send} working days; a partner is overdue after "
                            f"{plural(receive, 'month')} without minutes.", 15000)
            self.view.changed(undo.SETTINGS)

        self.ctx.op(job).success(done).run()
