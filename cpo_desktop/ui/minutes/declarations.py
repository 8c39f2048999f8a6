"""The Declarations tab: interests declared at the meeting, against the items they concern."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cpo_desktop.model.enums import AttendanceStatus as Status
from cpo_desktop.ui import prompts
from cpo_desktop.ui.minutes.common import Host
from cpo_desktop.ui.minutes.dialogs import DeclarationDialog
from cpo_desktop.ui.tablemodel import Column, RowsModel
from cpo_desktop.ui.widgets import fit_columns, prepare_table, selected_row


class DeclarationsTab(QWidget):
    """The meeting's declarations of interest; adding one to confirmed minutes is an amendment.

    The layout is forms/minutes_declarations.ui; ``bind`` wires it to the view that hosts the tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_minutes_declarations import Ui_MinutesDeclarations

        self.ui = Ui_MinutesDeclarations()
        self.ui.setupUi(self)
        self.table = self.ui.declarationTable

    def bind(self, host: Host) -> None:
        """Give the tab its model and its commands (the view's, with their buttons)."""
        self.host = host
        self.model = RowsModel([
            Column("Member", lambda d: d.member),
            Column("Item", lambda d: d.item, display=lambda d: f"{d.item}. {d.item_title}" if d.item else d.item_title,
                   tooltip=lambda d: d.item_title),
            Column("Kind", lambda d: d.kind_label),
            Column("Nature", lambda d: d.nature, tooltip=lambda d: d.nature, max_width=360),
            Column("What they did", lambda d: d.action_label),
        ], None, self)
        table = self.table
        prepare_table(table)
        table.setModel(self.model)
        table.selectionModel().selectionChanged.connect(lambda *_: host.update_actions())
        host.commands.add("add_decl", "&Add Declaration…", self.add_declaration, button=self.ui.addDeclarationButton)
        host.commands.add("remove_decl", "&Remove Declaration", self.remove_declaration,
                          button=self.ui.removeDeclarationButton)

    def show_declarations(self) -> None:
        self.model.set_rows(self.host.data.record.declarations)
        fit_columns(self.table, {0: 220, 1: 260, 2: 220, 4: 200}, stretch=3)

    def selected(self):
        return selected_row(self.table, self.model)

    def items(self) -> list[tuple[int, str]]:
        """The items a declaration can concern: the minutes' once started, else the agenda's."""
        data = self.host.data
        if data.record.started:
            return [(r.agenda_item_id, f"{r.number}. {r.title}") for r in data.record.minutes if r.agenda_item_id]
        return [(i.id, f"{i.number}. {i.title}") for i in data.items]

    def add_declaration(self) -> None:
        from cpo_desktop.services import declarations

        host = self.host
        data = host.data
        if data is None or not host.may_change():
            return
        away = (Status.APOLOGIES, Status.ABSENT)
        members = [(r.person_id, r.name) for r in data.sheet.rows if r.status not in away]
        row = host.current_minute() if host.current_tab() == "minutes" else None
        dialog = DeclarationDialog(members, self.items(), row.agenda_item_id if row else None, self)
        if not prompts.ask(dialog):
            return
        value = dialog.result_input()
        meeting_id = host.meeting_id
        host.minutes_change("Recorded a declaration of interest",
                            lambda s, a: declarations.add_declaration(s, meeting_id, value, amendment=a))

    def remove_declaration(self) -> None:
        from cpo_desktop.services import declarations

        d = self.selected()
        if d is None:
            return
        if not prompts.confirm(self, "Remove Declaration", f"Remove {d.member}'s declaration on item {d.item} "
                               f"(“{d.nature}”)?", ok_text="Remove") or not self.host.may_change():
            return
        self.host.minutes_change("Removed a declaration of interest",
                                 lambda s, a: declarations.remove_declaration(s, d.id, amendment=a))
