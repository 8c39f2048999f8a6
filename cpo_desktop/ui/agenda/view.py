"""The agenda builder: a meeting's items in order, with times, presenters, papers, deadlines and
the report checklist; drag (or Ctrl+Up/Down) to reorder, Ctrl+Shift+Right/Left to make an item a
sub-item or not.

The view only shows ``services.agenda.Agenda`` results; every change goes through undo
(``ctx.undo.record`` with the meeting's whole agenda as the snapshot: off the UI thread, one
transaction, onto the undo stack) and the agenda is read again. A drag moves the row at once and
saves behind it, so a long agenda reorders without delay. The layout is forms/agenda_view.ui, the
table's model model.py, the dialogs dialogs.py and template_dialog.py, the words under and over the
table detail.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from cpo_desktop.services import undo
from cpo_desktop.model.agenda_rules import CHECKLIST_LEGEND
from cpo_desktop.ui import viewinfo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.agenda.detail import item_html, meeting_summary_html
from cpo_desktop.ui.agenda.dialogs import ChaseDialog, ChecklistDialog, ItemDialog
from cpo_desktop.ui.agenda.model import AgendaDelegate, AgendaModel
from cpo_desktop.ui.widgets import ViewPage, fill_meetings, fit_columns, wrap_row
from cpo_desktop.wording import aside, plural

if TYPE_CHECKING:
    from cpo_desktop.ui.context import ViewContext


class AgendaView(ViewPage, QWidget):
    """One meeting's agenda, chosen from the meetings, and the actions that change it."""

    # The window's menu for this view: its title and the view's own actions by key, in groups.
    MENU_TITLE = viewinfo.info("agenda").menu
    MENU_GROUPS = (("template", "add", "edit", "remove"), ("up", "down", "indent", "outdent"),
                   ("attach", "follow", "checklist", "open", "chase", "chase_list"), ("template_edit", "contact"))
    loaded = Signal()  # an agenda has been read and shown

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agenda = None
        self.meeting_id: int | None = None
        self._pending_select: int | None = None
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        """The layout is forms/agenda_view.ui; here the behaviour is wired to it."""
        from cpo_desktop.ui.generated.ui_agenda_view import Ui_AgendaView

        self.ui = ui = Ui_AgendaView()
        ui.setupUi(self)
        wrap_row(ui.buttonRow)  # the buttons go on to a second row on a narrow screen, never clipped
        self.meeting_combo, self.meeting_label, self.problems_label = ui.meetingCombo, ui.agendaMeeting, ui.agendaProblems
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)

        self.actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        # (key, menu text, its button or None for menu only, shortcut, slot); the buttons' words are in the form
        for key, text, button, shortcut, slot in (
                ("template", "Build from &Template", ui.templateButton, "", self.build_from_template),
                ("add", "&Add Item…", ui.addButton, "Ctrl+Shift+N", self.add_item),
                ("edit", "&Edit Item…", ui.editButton, "", self.edit_item),
                ("remove", "&Remove Item", ui.removeButton, "Del", self.remove_item),
                ("up", "Move &Up", ui.upButton, "Ctrl+Up", lambda: self.move_selected(-1)),
                ("down", "Move &Down", ui.downButton, "Ctrl+Down", lambda: self.move_selected(+1)),
                ("indent", "Make a &Sub-item", ui.indentButton, "Ctrl+Shift+Right", lambda: self.set_sub(True)),
                ("outdent", "Make a &Main Item", ui.outdentButton, "Ctrl+Shift+Left", lambda: self.set_sub(False)),
                ("attach", "Attach &Paper…", ui.attachButton, "Ctrl+Shift+P", self.attach_paper),
                ("follow", "Paper to &Follow", ui.followButton, "", self.toggle_to_follow),
                ("checklist", "Report Chec&klist…", ui.checklistButton, "", self.edit_checklist),
                ("open", "&Open Paper", None, "", self.open_paper),
                ("chase", "&Chase the Author (E-mail Draft)…", ui.chaseButton, "", self.chase),
                ("chase_list", "Papers to C&hase…", None, "", self.chase_list),
                ("template_edit", "Agenda &Template…", None, "", self.edit_template),
                ("contact", "Contact &Officer…", None, "", self.edit_contact)):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            action.triggered.connect(slot)
            self.actions[key] = action
            if button is not None:
                button.clicked.connect(action.trigger)
                self.buttons[key] = button

        self.model = AgendaModel(self)
        self.model.move_requested.connect(self._save_move)
        self.table = ui.agendaTable
        self.table.setModel(self.model)
        self.table.setItemDelegate(AgendaDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        # The Part 2 divider spans the table, as tall as its wording needs at the table's width.
        self.model.modelReset.connect(self._fit_divider)
        self.model.layoutChanged.connect(self._fit_divider)
        self.table.horizontalHeader().sectionResized.connect(lambda *_args: self._fit_divider())
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = ui.agendaDetail
        self.checklist_legend = ui.checklistLegend
        self.checklist_legend.setText(CHECKLIST_LEGEND)
        self.checklist_legend.setStyleSheet("color: #555;")
        self.checklist_legend.setVisible(False)  # until an agenda with papers is shown

        self.continuous_check, self.deadline_spin = ui.continuousCheck, ui.deadlineSpin
        self.continuous_check.clicked.connect(self._set_continuous)
        # The form's 10 working days (the usual default) stand until the board's setting is read.
        self.deadline_spin.editingFinished.connect(self._set_deadline_days)

    # --- what the context holds -------------------------------------------------------------------
    @property
    def store(self):
        """The open store, or None."""
        return self.ctx.store

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None  # never the divider: it is no item

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _fit_divider(self) -> None:
        """Span the Part 2 divider over every column and make it tall enough for its wording."""
        row = self.model.divider_row
        default = self.table.verticalHeader().defaultSectionSize()
        for other in range(self.model.rowCount()):  # a row the divider has left takes an item's height again
            if other != row and self.table.rowHeight(other) != default:
                self.table.setRowHeight(other, default)
        if row is None:
            self.table.clearSpans()
            return
        if self.table.columnSpan(row, 0) != self.model.columnCount():
            self.table.clearSpans()
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        header = self.table.horizontalHeader()
        width = min(header.length(), self.table.viewport().width()) or self.table.viewport().width()
        text = self.model.index(row, 0).data()
        self.table.setRowHeight(row, AgendaDelegate.divider_height(self.table.font(), width, text))

    # --- choosing the meeting -----------------------------------------------------------------------
    def show_meetings(self, meetings, today: dt.date | None = None, *, load: bool = True) -> None:
        """Fill the meeting chooser; keep the meeting shown, else choose the next one to come.
        With ``load`` False the agenda is read later, by ``reload()``."""
        today = today or self.ctx.today()
        keep = self.meeting_id
        ids = [m.id for m in meetings]
        if keep not in ids:
            upcoming = [m.id for m in meetings if m.date >= today and m.status != "cancelled"
                        and getattr(m, "prepares_for", None) is None]  # not a pre-meeting before its board meeting
            keep = upcoming[0] if upcoming else (ids[-1] if ids else None)
        fill_meetings(self.meeting_combo, meetings, keep)
        if keep is None:
            self.meeting_id = None
            self.model.set_items([])
            self.meeting_label.setText("No meetings yet: plan the year in <b>Meetings</b> first.")
            self._update_buttons()
            return
        if load:
            self.open_meeting(keep)
        else:
            self.meeting_id = keep

    def open_meeting(self, meeting_id: int) -> None:
        index = self.meeting_combo.findData(meeting_id)
        if index >= 0 and index != self.meeting_combo.currentIndex():
            self.meeting_combo.setCurrentIndex(index)  # calls back here through _meeting_chosen
            return
        self.meeting_id = meeting_id
        self.reload()

    def _meeting_chosen(self, index: int) -> None:
        meeting_id = self.meeting_combo.itemData(index)
        if meeting_id is not None:
            self.meeting_id = meeting_id
            self.reload()

    # --- reading ----------------------------------------------------------------------------------
    def reload(self, select_item: int | None = None) -> None:
        store, meeting_id = self.store, self.meeting_id
        if store is None or meeting_id is None:
            return
        current = self.selected()
        self._pending_select = select_item if select_item is not None else (current.id if current else None)

        def job():
            from cpo_desktop.services import agenda

            return agenda.load_agenda(store, meeting_id)

        self.ctx.op(job).success(self.show_agenda).run()

    def show_agenda(self, agenda) -> None:
        if agenda.meeting.id != self.meeting_id:
            return  # the user has chosen another meeting meanwhile
        self.agenda = agenda
        self.model.set_items(agenda.items)
        # The item's title takes the width the others leave (never less than a readable title); they are
        # as wide as their text, within limits.
        fit_columns(self.table, {3: 200, 4: 90, 6: 170, 7: 120}, stretch=2,
                    least=self.table.fontMetrics().averageCharWidth() * 30)
        self.checklist_legend.setVisible(any(i.papers for i in agenda.items))
        self.meeting_label.setText(meeting_summary_html(agenda))
        self.problems_label.setText("\n".join(agenda.problems))
        self.problems_label.setVisible(bool(agenda.problems))
        self.continuous_check.setChecked(agenda.continuous)
        self.deadline_spin.blockSignals(True)
        self.deadline_spin.setValue(agenda.deadline_days)
        self.deadline_spin.blockSignals(False)
        if self._pending_select is not None:
            self.select_item(self._pending_select)
            self._pending_select = None
        self._selection_changed()
        self.loaded.emit()

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        item = self.selected()
        if item is None:
            self.detail.setText("<i>Select an item to see its papers, checklist and notes.</i>"
                                if self.model.items else "")
            return
        self.detail.setText(item_html(item, self.agenda))

    def _update_buttons(self) -> None:
        item = self.selected()
        has_agenda = bool(self.model.items)
        has_meeting = self.meeting_id is not None and self.store is not None
        enable = {
            "template": has_meeting and not has_agenda, "add": has_meeting,
            "edit": item is not None, "remove": item is not None,
            "up": item is not None and self.model.items.index(item) > 0,
            "down": item is not None and self.model.items.index(item) < len(self.model.items) - 1,
            "indent": item is not None and not item.sub_item and self.model.items.index(item) > 0,
            "outdent": item is not None and item.sub_item,
            "attach": item is not None, "follow": item is not None and not item.papers,
            "checklist": item is not None and bool(item.papers), "open": item is not None and bool(item.papers),
            "chase": item is not None and item.state in ("awaited", "to follow", "late"),
            "template_edit": self.store is not None, "chase_list": self.store is not None,
            "contact": self.store is not None,
        }
        for key, on in enable.items():
            self.actions[key].setEnabled(on)
            if key in self.buttons:
                self.buttons[key].setEnabled(on)
        self.buttons["template"].setVisible(has_meeting and not has_agenda)
        self.continuous_check.setEnabled(self.agenda is not None)
        self.deadline_spin.setEnabled(self.agenda is not None)
        self.buttons["follow"].setText("Not to &Follow" if item is not None and item.to_follow else "To &Follow")

    # --- changes ------------------------------------------------------------------------------------
    def _change(self, text: str, operation, select: int | None = None) -> None:
        meeting_id = self.meeting_id
        self.ctx.undo.record(text, meeting_id, operation, undo.agenda(),
                             after=lambda result: self._show_change(meeting_id, select or result))

    def _show_change(self, meeting_id: int, item_id: int | None) -> None:
        """After a change, an undo or a redo: show that meeting's agenda, the item selected."""
        self.ctx.touched(undo.AGENDA)  # the work programme's grid shows what is on the agendas
        if self.meeting_id != meeting_id:
            self._pending_select = item_id
            self.open_meeting(meeting_id)
        else:
            self.reload(select_item=item_id)

    def _presenter_choices(self, item=None):
        """Seats and current people to choose a presenter from; with ``item``, its own presenter
        too when it is a seat or a person no longer among them (so editing it keeps them)."""
        data = self.ctx.data
        seats = [(s.id, aside(s.seat, s.holder or "vacant")) for s in data.overview.seats]
        people = list(data.people_choices)
        if item is not None and item.presenter_seat_id is not None:
            if all(seat_id != item.presenter_seat_id for seat_id, _ in seats):
                seats.append((item.presenter_seat_id, item.presenter))
        elif item is not None and item.presenter_person_id is not None:
            if all(pid != item.presenter_person_id for pid, _ in people):
                name = next((m.name for m in data.members if m.id == item.presenter_person_id), item.presenter)
                people.append((item.presenter_person_id, name))
        return seats, people

    def build_from_template(self) -> None:
        from cpo_desktop.services import agenda

        meeting_id = self.meeting_id
        self._change("Build the agenda from the template", lambda s: agenda.create_agenda(s, meeting_id) and None)

    def add_item(self) -> None:
        from cpo_desktop.services import agenda

        seats, people = self._presenter_choices()
        dialog = ItemDialog(seats, people, None, self, rules=self._rules())
        if not prompts.ask(dialog):
            return
        data = dialog.result_input()
        current = self.selected()
        after = current.number if current is not None else None
        meeting_id = self.meeting_id
        link = self._presenter_link(dialog, data)
        self._change(f"Add “{data.title}”", lambda s: agenda.add_item(s, meeting_id, link(s), after=after))

    def edit_item(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        seats, people = self._presenter_choices(item)
        dialog = ItemDialog(seats, people, agenda.item_input(item), self, rules=self._rules())
        if not prompts.ask(dialog):
            return
        data = dialog.result_input()
        link = self._presenter_link(dialog, data)
        self._change(f"Change item {item.number}", lambda s: agenda.update_item(s, item.id, link(s)), item.id)

    def _rules(self) -> list:
        """The work programme's report rules, for an item to be linked to (a short read that waits
        for no one; rules change in the Work programme view, so they are read as the dialog opens)."""
        from cpo_desktop.services import work_programme

        store = self.store
        if store is None:
            return []
        with store.session(write=False):
            return work_programme.list_rules(store)

    def _presenter_link(self, dialog: ItemDialog, data):
        """The item's input with a presenter typed in words linked as the command line links it
        (services.agenda.resolve_presenter: a person by their name as shown, a seat, an officer's
        role), in the change's own work."""
        from cpo_desktop.services import agenda

        typed = dialog.typed_presenter()
        day = self.agenda.meeting.date if self.agenda is not None else self.ctx.today()

        def link(store):
            if typed:
                data.presenter_person_id, data.presenter_seat_id, data.presenter_role = \
                    agenda.resolve_presenter(store, typed, day)
            return data
        return link

    def remove_item(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        papers = f" and its {plural(len(item.papers), 'paper')}" if item.papers else ""
        if not prompts.confirm(self, "Remove Item", f"Take item {item.number}, “{item.title}”{papers}, off the "
                               "agenda? The items after it are renumbered. Edit › Undo puts it back.",
                               ok_text="Remove"):
            return
        self._change(f"Remove item {item.number}", lambda s: agenda.remove_item(s, item.id))

    def move_selected(self, step: int) -> None:
        item = self.selected()
        if item is None:
            return
        row = self.model.items.index(item)
        # Past a neighbouring block: a top-level item jumps over the item above with its sub-items.
        target = row - 1 if step < 0 else row + 2
        if step > 0 and not item.sub_item:
            end = row + 1
            while end < len(self.model.items) and self.model.items[end].sub_item:
                end += 1
            if end >= len(self.model.items):
                return
            target = end + 1
            while target < len(self.model.items) and self.model.items[target].sub_item:
                target += 1
        elif step < 0 and not item.sub_item:
            while target > 0 and self.model.items[target].sub_item:
                target -= 1
        if not 0 <= target <= len(self.model.items):
            return
        self._pending_select = item.id
        self.model.move_row(row, target)
        self.select_item(item.id)

    def _save_move(self, item_id: int, target: int) -> None:
        from cpo_desktop.services import agenda

        title = next((i.title for i in self.model.items if i.id == item_id), "item")
        self._change(f"Move “{title}”", lambda s: agenda.move_item(s, item_id, target), item_id)

    def set_sub(self, sub: bool) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        self._change(f"Make item {item.number} {'a sub-item' if sub else 'a main item'}",
                     lambda s: agenda.set_sub_item(s, item.id, sub), item.id)

    def attach_paper(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        path = prompts.open_file(self, f"Attach a Paper to Item {item.number}", None,
                                 "Papers (*.pdf *.docx);;All files (*)")
        if path is None:
            return
        self._change(f"Attach {path.name} to item {item.number}",
                     lambda s: agenda.attach_paper(s, item.id, path) and None, item.id)

    def toggle_to_follow(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None:
            return
        self._change(f"Item {item.number}: paper {'not ' if item.to_follow else ''}to follow",
                     lambda s: agenda.set_to_follow(s, item.id, not item.to_follow), item.id)

    def edit_checklist(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None or not item.papers:
            return
        paper = item.papers[0]
        dialog = ChecklistDialog(paper, self)
        if not prompts.ask(dialog):
            return
        checklist = dialog.result_checklist()
        self._change(f"Checklist of {paper.original_name}", lambda s: agenda.set_checklist(s, paper.id, checklist),
                     item.id)

    def open_paper(self) -> None:
        from cpo_desktop.services import agenda

        item = self.selected()
        if item is None or not item.papers:
            return
        path = agenda.paper_file(self.store, item.papers[0])
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def chase(self) -> None:
        """Write an e-mail draft to the item's author and open it in the mail program; nothing is sent."""
        item = self.selected()
        if item is None:
            return
        store = self.store

        def job():
            from cpo_desktop.services import chase

            return chase.write_chase(store, item.id)

        def done(path: Path) -> None:
            self.ctx.status(f"Wrote the e-mail draft {path}; it opens in your mail program to send.")
            if self.ctx.interactive:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self.last_chase = path

        self.ctx.op(job).success(done).run()

    def chase_list(self) -> None:
        """Every paper still to come for the meetings ahead, and e-mail drafts to their authors."""
        store = self.store
        if store is None:
            return

        def load():
            from cpo_desktop.services import chase

            return chase.chase_list(store)

        def show(rows) -> None:
            dialog = ChaseDialog(rows, lambda: self._write_drafts(dialog, rows), self)
            self.chase_dialog = dialog
            prompts.ask(dialog)

        self.ctx.op(load).owner(self).success(show).run()

    def _write_drafts(self, dialog, rows) -> None:
        store = self.store

        def job():
            from cpo_desktop.services import chase

            return [chase.write_chase(store, r.item_id) for r in rows if r.email]

        def done(paths) -> None:
            self.last_drafts = paths
            folder = paths[0].parent if paths else None
            dialog.ui.introLabel.setText(f"Wrote {len(paths)} e-mail draft{'s' if len(paths) != 1 else ''} in "
                                         f"{folder}. Open each to send it from your mail program.")
            dialog.ui.writeButton.setEnabled(False)
            self.ctx.status(f"Wrote {len(paths)} e-mail drafts in {folder}.")
            if self.ctx.interactive and folder is not None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        self.ctx.op(job).success(done).run()

    def edit_template(self) -> None:
        """The board's template that new agendas are built from (agendas already built keep theirs)."""
        store = self.store
        if store is None:
            return

        def load():
            from cpo_desktop.services import agenda_template

            return agenda_template.list_template(store)

        def ask(items) -> None:
            from cpo_desktop.ui.agenda.template_dialog import TemplateDialog

            seats = [s.seat for s in self.ctx.data.overview.seats] if self.ctx.data else []
            dialog = TemplateDialog(items, self, presenters=seats)
            if not prompts.ask(dialog):
                return
            chosen = dialog.result_items()

            def save():
                from cpo_desktop.services import agenda_template

                agenda_template.save_template(store, chosen)

            self.ctx.op(save).success(lambda _r: self.ctx.status(
                "Saved the agenda template: new agendas are built from it; agendas already built are unchanged.")).run()

        self.ctx.op(load).owner(self).success(ask).run()

    # --- settings ----------------------------------------------------------------------------------
    def edit_contact(self) -> None:
        """Name the contact officer of the agenda packs' front sheets, induction packs and e-mail drafts."""
        store = self.store
        if store is None:
            return

        def load():
            from cpo_desktop.services import settings

            with store.session() as session:
                return settings.contact(session)

        def ask(officer) -> None:
            from cpo_desktop.ui.agenda.dialogs import ContactDialog

            dialog = ContactDialog(officer.name, officer.email, self, job_title=officer.job_title,
                                   phone=officer.phone)
            if not prompts.ask(dialog):
                return
            details = dialog.contact_details()

            def save():
                from cpo_desktop.services import settings

                return settings.set_contact(store, **details)

            self.ctx.op(save).success(lambda c: self.ctx.status(
                f"The contact officer is {c.display_name}" + (f" ({c.email})." if c.email else "."))).run()

        self.ctx.op(load).owner(self).success(ask).run()

    def _set_continuous(self, on: bool) -> None:
        self._set_setting("agenda.continuous_numbering", bool(on))

    def _set_deadline_days(self) -> None:
        if self.agenda is not None and self.deadline_spin.value() != self.agenda.deadline_days:
            self._set_setting("agenda.report_deadline_days", self.deadline_spin.value())

    def _set_setting(self, key: str, value) -> None:
        store = self.store
        if store is None:
            return

        def job():
            from cpo_desktop.services import settings

            settings.put(store, key, value)

        self.ctx.op(job).success(lambda _r: self.reload()).run()
