"""The Action log tab: the actions the board agreed, filtered (open and recent, every year, open,
overdue) and searched, with an action's updates below; actions added, changed and updated (undoable), and
the log exported as PDF, Excel workbook or CSV."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cpo_desktop import dates
from cpo_desktop.model.enums import ActionStatus
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.minutes.action_dialogs import ActionDialog, ActionUpdateDialog
from cpo_desktop.ui.minutes.common import Host, recent_since
from cpo_desktop.ui.style import GREY, ROSE
from cpo_desktop.ui.tablemodel import Column, FilteredRowsModel, RowStyle
from cpo_desktop.ui.widgets import fit_columns, prepare_table, select_where, selected_row
from cpo_desktop.wording import plural


def log_model(parent: QWidget) -> FilteredRowsModel:
    """The log's table: overdue actions in rose, closed ones greyed."""
    columns = [
        Column("No.", lambda r: r.number, display=lambda r: r.ref),
        Column("Minute", lambda r: dates.iso(r.meeting_date) + r.minute_ref,
               display=lambda r: r.minute_ref, tooltip=lambda r: (f"Minute {r.minute_ref}" if r.minute_id
                                                                  else r.minute_ref) or "Not from a meeting"),
        Column("Action", lambda r: r.description, tooltip=lambda r: r.description, max_width=420),
        Column("Owner", lambda r: r.owner),
        Column("Due", lambda r: r.due_date, display=lambda r: dates.short(r.due_date)),
        Column("Status", lambda r: r.status_label, display=lambda r: r.status_label + (" – overdue" if r.overdue
                                                                                      else "")),
        Column("Latest update", lambda r: r.latest_update, tooltip=lambda r: r.latest_update or None),
    ]
    style = RowStyle(background=lambda r: ROSE if r.overdue else None,
                     foreground=lambda r: GREY if r.closed else None)
    return FilteredRowsModel(columns, style, parent)


class ActionLogTab(QWidget):
    """The action log and the commands that change it.

    The layout is forms/minutes_action_log.ui; ``bind`` wires it to the view that hosts the tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_minutes_action_log import Ui_MinutesActionLog

        self.ui = ui = Ui_MinutesActionLog()
        ui.setupUi(self)
        self.which, self.count, self.table, self.detail = ui.showCombo, ui.actionCount, ui.actionTable, ui.actionDetail
        self.filter = ui.actionFilter  # Ctrl+F focuses the view's ``filter`` when it is on screen
        self.sized = False  # columns sized once: the user's own widths are kept after that

    def bind(self, host: Host) -> None:
        """Give the tab its filters, its model and its commands (the view's, with their buttons)."""
        self.host = host
        self.ctx = host.ctx
        ui, commands = self.ui, host.commands
        for text, value in (("Open and recent actions", "recent"), ("All actions, every year", "all"),
                            ("Open actions", "open"), ("Overdue actions", "overdue")):
            self.which.addItem(text, value)
        self.which.setItemData(0, "Every action still open, and those closed since 1 May last year",
                               Qt.ItemDataRole.ToolTipRole)
        self.which.currentIndexChanged.connect(lambda _i: self.which_changed())
        self.filter.textChanged.connect(lambda _t: self.apply_filter())
        self.model = log_model(self)
        table = self.table
        prepare_table(table)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.selectionModel().selectionChanged.connect(lambda *_: self.action_selected())
        table.doubleClicked.connect(lambda *_: self.update_action())
        ui.splitter.setStretchFactor(0, 4)
        ui.splitter.setStretchFactor(1, 1)
        commands.add("log_add", "&Add Action…", self.add_action, button=ui.addActionButton)
        commands.add("update_action", "&Update Action…", self.update_action, button=ui.updateActionButton,
                     tip="A dated update to the selected action, with or without a new status")
        commands.add("edit_action", "&Edit Action…", self.edit_action, button=ui.editActionButton,
                     tip="Change what, who or when")
        commands.add("export_csv", "Export E&xcel or CSV…", lambda: self.export_log("xlsx"),
                     button=ui.exportCsvButton,
                     tip="Save the actions shown as an Excel workbook (.xlsx) or a CSV file for other systems")
        commands.add("export_pdf", "Export &PDF…", lambda: self.export_log("pdf"), button=ui.exportPdfButton,
                     tip="Save the actions shown as a PDF")

    # --- showing --------------------------------------------------------------------------------
    def show_log(self) -> None:
        log = self.host.data.log
        chosen_row = self.selected()
        self.model.set_rows(log, self.predicate())
        if chosen_row is not None:
            select_where(self.table, self.model, lambda r: r.id == chosen_row.id)
        if not self.sized and log:
            self.sized = True
            fit_columns(self.table, {0: 50, 1: 120, 3: 145, 4: 85, 5: 150, 6: 180}, stretch=2)
        self.footer()
        self.action_selected()

    def predicate(self) -> Callable[[Any], bool]:
        which = self.which.currentData()
        words = self.filter.text().casefold().split()
        data = self.host.data
        since = recent_since(data.today) if data is not None else None

        def match(r) -> bool:
            if which == "open" and r.closed or which == "overdue" and not r.overdue:
                return False
            if which == "recent" and r.closed and r.closed_on is not None and since and r.closed_on < since:
                return False  # read with every year (the user chose that, then came back)
            if words:
                hay = " ".join([r.ref, r.minute_ref, r.description, r.owner, r.status_label,
                                r.latest_update]).casefold()
                return all(w in hay for w in words)
            return True

        return match

    def every_year(self) -> bool:
        """Is the whole log, every year, wanted (read only when asked for: it grows with the record)?"""
        return self.which.currentData() == "all"

    def which_changed(self) -> None:
        data = self.host.data
        if self.every_year() and data is not None and data.older:
            self.host.reload()  # the actions closed in earlier years are read now
            return
        self.apply_filter()

    def apply_filter(self) -> None:
        chosen_row = self.selected()
        self.model.set_filter(self.predicate())
        if chosen_row is not None:
            select_where(self.table, self.model, lambda r: r.id == chosen_row.id)
        self.footer()
        self.action_selected()

    def footer(self) -> None:
        data = self.host.data
        rows = data.log if data is not None else ()
        open_ = sum(1 for r in rows if not r.closed)
        overdue = sum(1 for r in rows if r.overdue)
        shown = len(self.model.rows)
        text = f"{plural(len(rows), 'action')} · {open_} open · {overdue} overdue"
        if data is not None and data.older and not self.every_year():
            text += (f" · {data.older} closed before {dates.short(recent_since(data.today))} not shown "
                     "(Show: All actions, every year)")
        if shown != len(rows):
            text = f"Showing {shown} of " + text
        self.count.setText(text)

    def selected(self):
        return selected_row(self.table, self.model)

    def action_selected(self) -> None:
        a = self.selected()
        if a is None:
            self.detail.setText("<i>Select an action to see its updates.</i>" if self.model.rows else
                                "<i>No actions here yet.</i>")
        else:
            agreed = f"agreed at minute {a.minute_ref}" if a.minute_id else \
                (f"agreed at the {a.minute_ref.lower()}" if a.minute_ref else f"added on {dates.short(a.created_on)}")
            due = f", due {dates.short(a.due_date)}" if a.due_date else ", no due date"
            lines = [f"<b>{a.ref}</b> {html.escape(a.description)}<br>{html.escape(a.owner)}{due}; {agreed}. "
                     f"<b>{a.status_label}</b>" + (" <span style='color:#a01010'><b>– overdue</b></span>"
                                                   if a.overdue else "")]
            if a.updates:
                lines.append("<table>" + "".join(
                    f"<tr><td style='padding-right:10px'>{dates.short(u.date)}</td><td style='padding-right:10px'>"
                    f"{ActionStatus(u.status).label}</td><td>{html.escape(u.text)}</td></tr>"
                    for u in reversed(a.updates)) + "</table>")
            else:
                lines.append("<i>No updates yet.</i>")
            self.detail.setText("".join(lines))
        self.host.update_actions()

    # --- changing -------------------------------------------------------------------------------
    def change(self, text: str, number: int | None, operation: Callable[[Any], Any]) -> None:
        """An action-log change, on Edit › Undo: the action is captured before and after."""
        self.ctx.undo.record(text, number, operation, undo.action(), after=lambda _result: self.host.reload())

    def add_action(self) -> None:
        """From the minutes tab: under the minute shown; elsewhere: to the log, at the meeting shown
        if it has taken place."""
        host = self.host
        if host.data is None or self.ctx.store is None:
            return
        if host.current_tab() == "minutes" and host.current_minute() is not None:
            self.add_minute_action()
            return
        host.show_tab("actions")
        m = host.data.sheet.meeting
        held = m.date <= self.ctx.today()
        self.ask_action(meeting_text=f"Agreed at the meeting of {dates.short(m.date)}" if held else "",
                        meeting_fixed=False, minute=None)

    def add_minute_action(self) -> None:
        """An action agreed under the minute in the editor."""
        row = self.host.current_minute()
        if row is None or self.host.data is None:
            return
        m = self.host.data.sheet.meeting
        self.ask_action(meeting_text=f"Agreed under minute {row.number} of {dates.short(m.date)}", meeting_fixed=True,
                        minute=row)

    def people(self) -> list[tuple[int, str]]:
        return self.ctx.data.people_choices if self.ctx.data is not None else []

    def ask_action(self, *, meeting_text: str, meeting_fixed: bool, minute) -> None:
        from cpo_desktop.services import actions

        context = f"Minute {minute.number}: <b>{html.escape(minute.title)}</b>" if minute is not None else ""
        dialog = ActionDialog(self.people(), today=self.ctx.today(), context=context, meeting_text=meeting_text,
                              meeting_fixed=meeting_fixed, parent=self)
        if not prompts.ask(dialog):
            return
        value = actions.ActionInput(
            description=dialog.description(), owner_id=dialog.owner_id(), due_date=dialog.due_date(),
            meeting=self.host.meeting_id if dialog.at_meeting() and minute is None else None,
            minute_id=minute.id if minute is not None else None)
        self.change("Add an action", None, lambda s: actions.add_action(s, value))

    def edit_action(self) -> None:
        from cpo_desktop.services import actions

        a = self.selected()
        if a is None:
            return
        dialog = ActionDialog(self.people(), today=self.ctx.today(), data=a, parent=self)
        if not prompts.ask(dialog):
            return
        description, owner, due = dialog.description(), dialog.owner_id(), dialog.due_date()
        self.change(f"Change action {a.ref}", a.number,
                    lambda s: actions.edit_action(s, a.number, description=description, owner_id=owner, due_date=due))

    def update_action(self) -> None:
        from cpo_desktop.services import actions

        a = self.selected()
        if a is None:
            return
        dialog = ActionUpdateDialog(a, today=self.ctx.today(), parent=self)
        if not prompts.ask(dialog):
            return
        status, text, on = dialog.result_values()
        self.change(f"Update action {a.ref}", a.number,
                    lambda s: actions.update_action(s, a.number, status=status, text=text, on=on))

    def export_log(self, fmt: str | None = None) -> None:
        """The action log as filtered (open and recent, all, open or overdue), as PDF, Excel workbook
        or CSV: ``fmt`` is the one suggested (PDF if None); the name chosen says which is written."""
        store = self.ctx.store
        if store is None:
            return
        which = self.which.currentData()
        since = recent_since(self.ctx.today()) if which == "recent" else None
        stem = {"recent": "action-log", "all": "action-log-every-year", "open": "open-actions",
                "overdue": "overdue-actions"}[which]
        filters = {"pdf": "PDF documents (*.pdf)", "xlsx": "Excel workbooks (*.xlsx)", "csv": "CSV files (*.csv)"}
        offered = {"pdf": ["pdf"], "xlsx": ["xlsx", "csv"], "csv": ["csv", "xlsx"]}.get(fmt) or list(filters)
        chosen = prompts.save_as(self, "Export the Action Log", self.ctx.paths.exports,
                                 f"{stem}-{dates.iso(self.ctx.today())}", {f: filters[f] for f in offered})
        if chosen is None:
            return
        target, chosen_fmt = chosen

        def job():
            from cpo_desktop.services import actions

            target.parent.mkdir(parents=True, exist_ok=True)
            return actions.export(store, chosen_fmt, target, open_only=which == "open", overdue_only=which == "overdue",
                                  closed_since=since)

        def done(written) -> None:
            self.host.last_export = Path(written)
            self.ctx.status(f"Saved the action log as {written}", 15000)

        self.ctx.status("Exporting the action log…", 0)
        self.ctx.op(job).success(done).run()
