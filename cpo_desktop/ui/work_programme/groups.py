"""The Working groups tab of the work programme view: the board's priorities (each the theme of a
meeting) with their working groups' chairs, members and action plans' RAG counts; the selected
group's plan (commitment, owner, due, RAG in colour, latest update) and members.

Every change goes through the context's undo (``ctx.undo.record`` over
``services.working_groups``' capture/restore), so Edit › Undo puts a whole priority back: its
row, members, commitments and their updates. Layout: forms/working_groups_panel.ui.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from cpo_desktop import dates
from cpo_desktop.palette import RAG_FILL
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.style import GREY
from cpo_desktop.ui.tablemodel import Column, RowsModel, RowStyle
from cpo_desktop.ui.widgets import prepare_table, select_where, selected_row
from cpo_desktop.ui.choice import Choice
from cpo_desktop.ui.work_programme.grid import Resized

if TYPE_CHECKING:
    from cpo_desktop.ui.context import ViewContext

RAG_COLOURS = {rag: QColor(fill) for rag, fill in RAG_FILL.items()}


@dataclass(frozen=True)
class GroupsData:
    """What the tab shows, read in one go off the UI thread."""

    groups: list  # working_groups.GroupRow
    plan: Any  # working_groups.Plan of the selected group, or None
    people: list[Choice]
    seats: list[Choice]
    officers: list[Choice]


def read_groups(store, selected: int | None, today: dt.date) -> GroupsData:
    """Runs on the task runner's thread."""
    from sqlmodel import select

    from cpo_desktop.model.rules import person_name
    from cpo_desktop.model.tables import Person, Seat
    from cpo_desktop.services import officers
    from cpo_desktop.services import working_groups as wg

    groups = wg.list_groups(store, today=today)
    if selected is None or all(g.id != selected for g in groups):
        selected = groups[0].id if groups else None
    plan = wg.plan(store, selected, today=today) if selected is not None else None
    with store.session() as session:
        people = [Choice(p.id, person_name(p, public=False), p.former)
                  for p in session.exec(select(Person).order_by(Person.surname, Person.first_name))
                  if not p.is_young_person]
        seats = [Choice(s.id, s.title, s.former) for s in session.exec(select(Seat).order_by(Seat.sort_order, Seat.id))]
    roles = [Choice(o.id, o.role + (f" — {o.person}" if o.person else ""), o.former)
             for o in officers.list_officers(store)]
    return GroupsData(groups=groups, plan=plan, people=people, seats=seats, officers=roles)


class PlanModel(RowsModel):
    """The plan's rows, the RAG cell in its colour."""

    RAG = 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if (role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.isValid()
                and index.column() == self.RAG and 0 <= index.row() < len(self.rows)):
            colour = RAG_COLOURS.get(self.rows[index.row()].rag)
            if colour is not None:
                return QBrush(colour) if role == Qt.ItemDataRole.BackgroundRole else QBrush(QColor("black"))
        return super().data(index, role)


class WorkingGroupsPanel(QWidget):
    """The priorities and their working groups, and the selected group's action plan."""

    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_working_groups_panel import Ui_WorkingGroupsPanel

        self.ctx = ctx
        self.data: GroupsData | None = None
        self.ui = ui = Ui_WorkingGroupsPanel()
        ui.setupUi(self)
        ui.groupsFooter.setObjectName("viewFooter")
        ui.membersList.setWordWrap(True)
        self.groups_model = RowsModel([
            Column("Priority", lambda r: r.title, tooltip=lambda r: r.description or None),
            Column("Working group", lambda r: r.status),
            Column("Chair", lambda r: r.chair.words, tooltip=lambda r: _chair_tip(r)),
            Column("E-mail", lambda r: r.chair.email or ("(no e-mail)" if r.has_working_group and not r.former
                                                         else "")),
            Column("Members", lambda r: r.members),
            Column("Plan (RAG)", lambda r: r.rag_text),
        ], RowStyle(foreground=lambda r: GREY if r.former else None, italic=lambda r: r.former), self)
        self.plan_model = PlanModel([
            Column("Commitment", lambda c: c.text, tooltip=lambda c: c.text),
            Column("Owner", lambda c: c.owner, tooltip=lambda c: c.owner or None),
            Column("Due", lambda c: c.due_date),
            Column("RAG", lambda c: c.rag_label),
            Column("Latest update", lambda c: c.latest_text, tooltip=lambda c: c.latest_text or None),
        ], RowStyle(foreground=lambda c: GREY if c.former else None, italic=lambda c: c.former), self)
        for table, model in ((ui.groupsTable, self.groups_model), (ui.planTable, self.plan_model)):
            prepare_table(table)
            table.setModel(model)
            table.horizontalHeader().setStretchLastSection(False)
        # The long columns share what the short ones leave, so the tables fit the window without
        # scrolling sideways; the tooltips show any text cut short.
        Resized(ui.groupsTable.viewport(), lambda: _share(ui.groupsTable, [None, 16, None, None, 9, 24], (2, 3, 2)))
        Resized(ui.planTable.viewport(), lambda: _share(ui.planTable, [None, None, 11, 10, None], (5, 2, 3)))
        ui.groupsTable.selectionModel().selectionChanged.connect(self._group_chosen)
        ui.planTable.selectionModel().selectionChanged.connect(lambda *_: self._update_enabled())
        ui.membersList.currentRowChanged.connect(lambda *_: self._update_enabled())
        ui.groupsTable.doubleClicked.connect(lambda *_: self.edit_group())
        ui.planTable.doubleClicked.connect(lambda *_: self.update_rag())
        ui.addGroupButton.clicked.connect(self.add_group)
        ui.editGroupButton.clicked.connect(lambda: self.edit_group())
        ui.retireGroupButton.clicked.connect(lambda: self.retire_group())
        ui.addCommitmentButton.clicked.connect(self.add_commitment)
        ui.editCommitmentButton.clicked.connect(lambda: self.edit_commitment())
        ui.ragButton.clicked.connect(lambda: self.update_rag())
        ui.retireCommitmentButton.clicked.connect(lambda: self.retire_commitment())
        ui.addMemberButton.clicked.connect(self.add_member)
        ui.endMemberButton.clicked.connect(self.end_member)
        self._selected: int | None = None
        self._showing = False
        self._update_enabled()

    # --- reading ------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        store = self.ctx.store
        if store is None:
            return
        if select is not None:
            self._selected = select
        chosen, today = self._selected, self.ctx.today()
        self.ctx.op(lambda: read_groups(store, chosen, today)).latest("working-groups.load") \
            .success(self.show_data).run()

    def show_data(self, data: GroupsData) -> None:
        self.data = data
        self._showing = True
        try:
            self.groups_model.set_rows(data.groups)
            if data.plan is not None:
                self._selected = data.plan.group.id
                select_where(self.ui.groupsTable, self.groups_model, lambda r: r.id == self._selected)
        finally:
            self._showing = False
        self._show_plan(data.plan)
        groups = [g for g in data.groups if g.has_working_group and not g.former]
        self.ui.groupsFooter.setText(
            f"{len([g for g in data.groups if not g.former])} priorities · {len(groups)} working groups · "
            f"{sum(g.commitments for g in groups)} commitments · Each themed meeting asks its working group for a "
            "progress report; the agenda and pack show the plan's RAG table.")
        self._update_enabled()
        self.loaded.emit()

    def _show_plan(self, plan) -> None:
        ui = self.ui
        chosen = self.selected_commitment()
        if plan is None:
            self.plan_model.set_rows([])
            ui.planTitle.setText("")
            ui.membersList.clear()
            return
        g = plan.group
        if g.has_working_group:
            chair = html.escape(g.chair.words) if g.chair.words else "<i>no chair named</i>"
            email = (f" &lt;{html.escape(g.chair.email)}&gt;" if g.chair.email
                     else " <span style='color:#a01010'>(no e-mail: link the chair to a person, seat or reporting "
                          "officer with one)</span>" if not g.former else "")
            ui.planTitle.setText(f"<b>{html.escape(g.title)}</b> working group — chair: {chair}{email}"
                                 f" &nbsp;·&nbsp; action plan: {g.rag_text}")
        else:
            ui.planTitle.setText(f"<b>{html.escape(g.title)}</b> has no working group"
                                 + (f" ({g.status})" if g.former else "")
                                 + "; its themed meeting asks for no working-group report.")
        self.plan_model.set_rows(plan.commitments)
        if chosen is not None:
            select_where(ui.planTable, self.plan_model, lambda c: c.id == chosen.id)
        ui.membersList.clear()
        today = self.ctx.today()
        for m in plan.members:
            span = (f" from {dates.short(m.start_date)}" if m.start_date else "") + \
                   (f" to {dates.short(m.end_date)}" if m.end_date else "")
            item = QListWidgetItem(m.name + (f" ({m.role})" if m.role else "") + (f"\n{span.strip()}" if span else ""))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            if not m.current(today):
                item.setForeground(QBrush(GREY))
            ui.membersList.addItem(item)
        ui.membersLabel.setText(f"Members ({sum(1 for m in plan.members if m.current(today))})")

    def _group_chosen(self, *_args) -> None:
        if self._showing:
            return
        row = self.selected_group()
        self._update_enabled()
        if row is not None and row.id != self._selected:
            self.reload(select=row.id)

    # --- what is chosen ---------------------------------------------------------------------------
    def selected_group(self):
        return selected_row(self.ui.groupsTable, self.groups_model)

    def selected_commitment(self):
        return selected_row(self.ui.planTable, self.plan_model)

    def _update_enabled(self) -> None:
        ui = self.ui
        loaded = self.ctx.store is not None and self.data is not None
        group = self.selected_group() if loaded else None
        live = group is not None and not group.former
        commitment = self.selected_commitment() if live else None
        ui.addGroupButton.setEnabled(loaded)
        ui.editGroupButton.setEnabled(live)
        ui.retireGroupButton.setEnabled(live)
        ui.addCommitmentButton.setEnabled(live)
        ui.editCommitmentButton.setEnabled(commitment is not None and not commitment.former)
        ui.ragButton.setEnabled(commitment is not None and not commitment.former)
        ui.retireCommitmentButton.setEnabled(commitment is not None and not commitment.former)
        ui.addMemberButton.setEnabled(live and group.has_working_group)
        ui.endMemberButton.setEnabled(live and ui.membersList.currentItem() is not None)

    # --- changes ------------------------------------------------------------------------------------
    def change(self, text: str, group_id: int | None, operation) -> None:
        """Run ``operation(store)`` with undo over the whole priority; the tab shows the result."""
        def after(result) -> None:
            self.reload(select=result if group_id is None and isinstance(result, int) else None)

        self.ctx.undo.record(text, group_id, operation, undo.working_group(), after=after)

    def _group_dialog(self, current=None):
        from cpo_desktop.ui.work_programme.group_dialogs import GroupDialog

        d = self.data
        return GroupDialog(d.people, d.seats, d.officers, current, parent=self.window())

    def add_group(self) -> None:
        from cpo_desktop.services import working_groups as wg

        if self.data is None:
            return
        dialog = self._group_dialog()
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change(f"Add the priority {data.title.strip()}", None, lambda s: wg.add_group(s, data))

    def edit_group(self, row=None) -> None:
        from cpo_desktop.services import working_groups as wg

        row = row or self.selected_group()
        if row is None or row.former or self.data is None:
            return
        current = wg.GroupInput(title=row.title, description=row.description, has_working_group=row.has_working_group,
                                chair_role=row.chair_text, chair_person_id=row.chair_person_id,
                                chair_seat_id=row.chair_seat_id, chair_officer_id=row.chair_officer_id)
        dialog = self._group_dialog(current)
        if prompts.ask(dialog):
            data = dialog.result_input()
            gid = row.id
            self.change(f"Change the priority {row.title}", gid, lambda s: wg.update_group(s, gid, data))

    def retire_group(self, row=None) -> None:
        from cpo_desktop.services import working_groups as wg
        from cpo_desktop.ui.work_programme.group_dialogs import RetireGroupDialog

        row = row or self.selected_group()
        if row is None or row.former:
            return
        today = self.ctx.today()
        dialog = RetireGroupDialog(row.title, today=today, parent=self.window())
        if prompts.ask(dialog):
            on, gid = dialog.on(), row.id
            self.change(f"Retire the priority {row.title}", gid,
                        lambda s: wg.retire_group(s, gid, on=on, today=today) and gid)

    def _commitment_dialog(self, current=None):
        from cpo_desktop.ui.work_programme.group_dialogs import CommitmentDialog

        return CommitmentDialog(self.selected_group().title, self.data.people, current, parent=self.window(),
                                today=self.ctx.today())

    def add_commitment(self) -> None:
        from cpo_desktop.services import working_groups as wg

        row = self.selected_group()
        if row is None or row.former:
            return
        dialog = self._commitment_dialog()
        if prompts.ask(dialog):
            data, gid = dialog.result_input(), row.id
            self.change(f"Add a commitment to {row.title}", gid, lambda s: wg.add_commitment(s, gid, data))

    def edit_commitment(self, commitment=None) -> None:
        from cpo_desktop.services import working_groups as wg

        commitment = commitment or self.selected_commitment()
        if commitment is None or commitment.former:
            return
        current = wg.CommitmentInput(commitment.text, commitment.owner_role, commitment.owner_person_id,
                                     commitment.due_date)
        dialog = self._commitment_dialog(current)
        if prompts.ask(dialog):
            data, cid = dialog.result_input(), commitment.id
            self.change("Change a commitment", commitment.priority_id,
                        lambda s: wg.update_commitment(s, cid, data))

    def update_rag(self, commitment=None) -> None:
        from cpo_desktop.services import working_groups as wg
        from cpo_desktop.ui.work_programme.group_dialogs import RagUpdateDialog

        commitment = commitment or self.selected_commitment()
        if commitment is None or commitment.former:
            return
        today = self.ctx.today()
        dialog = RagUpdateDialog(commitment, today=today, parent=self.window())
        if prompts.ask(dialog):
            rag, note, on = dialog.values()
            cid = commitment.id
            self.change(f"Update a commitment ({rag})", commitment.priority_id,
                        lambda s: wg.rag_update(s, cid, rag, note=note, on=on, today=today))

    def retire_commitment(self, commitment=None) -> None:
        from cpo_desktop.services import working_groups as wg

        commitment = commitment or self.selected_commitment()
        if commitment is None or commitment.former:
            return
        if prompts.confirm(self.window(), "Retire Commitment",
                           f"Take “{commitment.text}” out of the action plan? It is kept with its updates.\n\n"
                           "Edit › Undo brings it back.", ok_text="Retire"):
            cid = commitment.id
            self.change("Retire a commitment", commitment.priority_id, lambda s: wg.retire_commitment(s, cid))

    def add_member(self) -> None:
        from cpo_desktop.services import working_groups as wg
        from cpo_desktop.ui.work_programme.group_dialogs import WorkingGroupMemberDialog

        row = self.selected_group()
        if row is None or row.former or self.data is None:
            return
        dialog = WorkingGroupMemberDialog(row.title, self.data.people, today=self.ctx.today(), parent=self.window())
        if prompts.ask(dialog):
            person, role, start = dialog.values()
            gid = row.id
            self.change(f"Add a member to {row.title}", gid,
                        lambda s: wg.add_member(s, gid, person, role=role, start=start))

    def end_member(self) -> None:
        from cpo_desktop.services import working_groups as wg

        row, item = self.selected_group(), self.ui.membersList.currentItem()
        if row is None or item is None:
            return
        member_id, today = item.data(Qt.ItemDataRole.UserRole), self.ctx.today()
        if prompts.confirm(self.window(), "End Membership",
                           f"End {item.text()}'s membership of the {row.title} working group today? It stays in the "
                           "group's history.", ok_text="End Membership"):
            self.change(f"End a membership of {row.title}", row.id,
                        lambda s: wg.remove_member(s, member_id, on=today))


def _share(table, chars: list[int | None], weights: tuple[int, ...]) -> None:
    """Columns of ``chars`` characters; those given as None share the rest by ``weights``."""
    char = table.fontMetrics().averageCharWidth()
    fixed = {n: c * char + 16 for n, c in enumerate(chars) if c is not None}
    free = max(table.viewport().width() - sum(fixed.values()), 30 * char)
    shares = [n for n, c in enumerate(chars) if c is None]
    total = sum(weights)
    for n, width in fixed.items():
        table.setColumnWidth(n, width)
    used = 0
    for k, (n, w) in enumerate(zip(shares, weights, strict=True)):
        width = free - used if k == len(shares) - 1 else free * w // total
        table.setColumnWidth(n, width)
        used += width


def _chair_tip(row) -> str | None:
    link = {"person": "linked to a person", "seat": "whoever holds the seat", "officer": "the reporting officer",
            "text": "a role in words only: link it so the chair can be chased", "none": ""}[row.chair.link]
    return f"{row.chair.words} — {link}" if row.chair.words and link else None
