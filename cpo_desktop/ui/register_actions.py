"""Every change the register's views ask for: a dialog, a service call off the UI thread,
an entry on the undo stack, a refresh.

Undo and redo put a person's whole record (or one reporting officer's row) back as it was
captured before and after the change, so ids stay the same and later changes still apply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu

from cpo_desktop.ui import prompts


class StateCommand(QUndoCommand):
    """A change already made; undo restores ``before``, redo restores ``after``."""

    def __init__(self, actions: RegisterActions, text: str, restore: Callable[[Any, Any], None],
                 before: Any, after: Any, person_id: int | None = None,
                 shown: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self.actions, self.restore, self.before, self.after = actions, restore, before, after
        self.person_id = person_id
        self.shown = shown  # how to show the change again (default: refresh every view)
        self._done = True  # QUndoStack.push calls redo(): the change has already happened

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.actions.put_back(self.restore, self.after, f"Redone: {self.text()}", self.person_id, self.shown)

    def undo(self) -> None:
        self.actions.put_back(self.restore, self.before, f"Undone: {self.text()}", self.person_id, self.shown)


class RegisterActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(100)
        self.export_menu = QMenu("E&xport Members", window)
        for text, fmt, public in (
                ("Members as &CSV (Excel)…", "csv", False),
                ("Members as &Popolo JSON…", "popolo", False),
                ("Public List as C&SV (young people by first name, no contact details)…", "csv", True),
                ("Public List as Popolo &JSON…", "popolo", True)):
            self.export_menu.addAction(text).triggered.connect(
                lambda _=False, fmt=fmt, public=public: self.export(fmt, public))

    # --- what the window knows ---------------------------------------------------------------
    @property
    def store(self):
        return self.window.store

    @property
    def data(self):
        return self.window.views_data

    @property
    def today(self) -> dt.date:
        return dt.date.today()

    def _name(self, person_id: int) -> str:
        return next((m.name for m in self.data.members if m.id == person_id), "this person")

    # --- the one way every change is made ------------------------------------------------------
    def change(self, text: str, person_id: int | None, operation: Callable[[Any], Any]) -> None:
        """Run ``operation(store)`` off the UI thread; ``person_id`` None means it adds a person
        and returns the new id."""
        from cpo_desktop.services import register

        self._record(text, person_id, operation, capture=register.capture, restore=register.restore,
                     absent=lambda pid: register.PersonState(pid, None, (), ()), person=True)

    def change_officer(self, text: str, officer_id: int | None, operation: Callable[[Any], Any]) -> None:
        from cpo_desktop.services import officers

        self._record(text, officer_id, operation, capture=officers.capture, restore=officers.restore,
                     absent=lambda oid: officers.OfficerState(oid, None), person=False)

    def change_agenda(self, text: str, meeting_id: int, operation: Callable[[Any], Any], *,
                      after: Callable[[Any], None]) -> None:
        """An agenda change: the meeting's whole agenda is captured before and after for undo;
        ``after(result)`` shows it again (only the agenda is re-read, not every view)."""
        from cpo_desktop.services import agenda

        self._record(text, meeting_id, operation, capture=agenda.capture, restore=agenda.restore,
                     absent=lambda mid: agenda.AgendaState(mid, (), ()), person=False, after=after)

    def _record(self, text: str, key: int | None, operation: Callable[[Any], Any], *,
                capture: Callable[[Any, int], Any], restore: Callable[[Any, Any], None],
                absent: Callable[[int], Any], person: bool,
                after: Callable[[Any], None] | None = None) -> None:
        """Capture the record before and after ``operation`` and push the change for undo.

        ``key`` None: the operation adds the record and returns its id, and "before" is its absence.
        """
        store = self.store
        if store is None:
            return

        def job():
            before = capture(store, key) if key is not None else None
            result = operation(store)
            new_key = key if key is not None else result
            return before or absent(new_key), capture(store, new_key), new_key, result

        def done(outcome) -> None:
            before, state, new_key, result = outcome
            person_id = new_key if person else None
            if key is not None and before == state:
                # OK on a dialog without a change: nothing happened, so there is nothing to undo.
                self.window.status("Nothing was changed.")
            else:
                self.undo_stack.push(StateCommand(self, text, restore, before, state, person_id,
                                                  shown=after and (lambda: after(None))))
                self.window.status(f"{text}.")
            if after is not None:
                after(result)
            else:
                self.window.refresh(select_person=person_id)

        self.window.runner.run(job, done, self.window.task_failed)

    def put_back(self, restore: Callable[[Any, Any], None], state: Any, message: str, person_id: int | None,
                 shown: Callable[[], None] | None = None) -> None:
        store = self.store

        def failed(exc: BaseException, tb: str) -> None:
            # The stack no longer matches the data: start it afresh rather than undo the wrong thing.
            self.undo_stack.clear()
            self.window.task_failed(exc, tb)
            self.window.refresh()

        def done(_result) -> None:
            self.window.status(message)
            if shown is not None:
                shown()
            else:
                self.window.refresh(select_person=person_id)

        self.window.runner.run(lambda: restore(store, state), done, failed)

    # --- people ---------------------------------------------------------------------------------
    def load_detail(self, person_id: int | None) -> None:
        view = self.window.members.register
        if person_id is None or self.store is None:
            view.show_detail(None)
            return
        store = self.store

        def job():
            from cpo_desktop.services import register

            try:
                return register.person_detail(store, person_id)
            except register.RegisterError:
                return None  # gone (an add that was undone)

        def done(detail) -> None:
            if view.selected_id() == person_id:
                view.show_detail(detail)

        self.window.runner.run(job, done, self.window.task_failed)

    def add_person(self) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.dialogs import PersonDialog

        if self.store is None:
            return
        dialog = PersonDialog(self.data.organisations, None, self.window)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change(f"Add {data.first_name} {data.surname}", None, lambda s: register.add_person(s, data))

    def edit_person(self, detail) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.dialogs import PersonDialog

        dialog = PersonDialog(self.data.organisations, detail.data, self.window)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change(f"Edit {data.first_name} {data.surname}", detail.id,
                        lambda s: register.update_person(s, detail.id, data))

    def toggle_former(self, detail) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.dialogs import MembershipDialog

        if detail.former:
            self.change(f"Bring back {detail.name}", detail.id, lambda s: register.bring_back(s, detail.id))
            return
        open_seats = [m for m in detail.memberships if m.end_date is None or m.end_date >= self.today]
        message = (f"<b>{detail.name}</b> will be marked as a former member. Their history stays: past seats, "
                   "training and everything the minutes say.")
        if open_seats:
            message += "<br><br>These memberships will end on the leaving date:<br>" + "<br>".join(
                f"• {m.seat}" for m in open_seats)
        earliest = max((m.start_date for m in open_seats), default=None)
        dialog = MembershipDialog(MembershipDialog.FORMER, message, today=self.today, earliest=earliest,
                                  parent=self.window)
        if prompts.ask(dialog):
            day = dialog.date()
            self.change(f"Mark {detail.name} as a former member", detail.id,
                        lambda s: register.mark_former(s, detail.id, on=day))

    def delete_person(self, detail) -> None:
        """Delete someone entered by mistake. Anyone with a history or a place in the board's
        record is refused by the service; then marking them former is offered instead."""
        from cpo_desktop.services import register

        if self.store is None:
            return
        if not prompts.confirm(self.window, "Delete Person",
                               f"Delete {detail.name} from the register? This is for someone entered by mistake.\n\n"
                               "Edit › Undo brings them back.", ok_text="Delete"):
            return
        person_id, name = detail.id, detail.name
        store = self.store

        def job():
            before = register.capture(store, person_id)
            register.delete_person(store, person_id)
            return before, register.capture(store, person_id)

        def done(outcome) -> None:
            before, after = outcome
            text = f"Delete {name}"
            self.undo_stack.push(StateCommand(self, text, register.restore, before, after, person_id))
            self.window.status(f"Deleted {name} from the register.")
            self.window.refresh()

        def failed(exc: BaseException, tb: str) -> None:
            if not isinstance(exc, register.PersonHasHistory) or detail.former:
                self.window.task_failed(exc, tb)
                return
            if prompts.confirm(self.window, "Delete Person",
                               f"{exc}\n\nMark them as a former member instead?", ok_text="Mark as Former"):
                self.toggle_former(detail)
            else:
                self.window.status("Nothing was changed.")

        self.window.runner.run(job, done, failed)

    # --- seats ----------------------------------------------------------------------------------
    def appoint(self, person_id: int) -> None:
        self._appoint(person_id=person_id, seat_id=None)

    def appoint_to_seat(self, seat) -> None:
        self._appoint(person_id=None, seat_id=seat.id)

    def _appoint(self, *, person_id: int | None, seat_id: int | None) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.dialogs import AppointDialog

        seats = self.data.overview.seats
        dialog = AppointDialog(seats, self.data.people_choices, today=self.today, person_id=person_id,
                               person_name=self._name(person_id) if person_id else "", seat_id=seat_id,
                               young_people={m.id for m in self.data.members if m.young_person},
                               parent=self.window)
        if not prompts.ask(dialog):
            return
        v = dialog.result_values()
        seat = next(s.seat for s in seats if s.id == v["seat_id"])
        self.change(f"Appoint {self._name(v['person_id'])} to {seat}", v["person_id"],
                    lambda s: register.appoint(s, v["person_id"], v["seat_id"], v["start"], end=v["end"],
                                               appointed_by=v["appointed_by"], substitute_id=v["substitute_id"]))

    def end_membership(self, membership) -> None:
        person_id = self.window.members.register.detail.id
        self._end(membership.id, person_id, membership.seat, membership.start_date)

    def end_seat_membership(self, seat) -> None:
        if seat.membership_id is not None:
            self._end(seat.membership_id, seat.holder_id, seat.seat, seat.since)

    def _end(self, membership_id: int, person_id: int, seat: str, start: dt.date | None) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.dialogs import MembershipDialog

        name = self._name(person_id)
        dialog = MembershipDialog(
            MembershipDialog.END, f"End <b>{name}</b>'s membership of “{seat}”. The seat becomes vacant the "
            "day after; the membership stays in their history.", today=self.today, earliest=start,
            parent=self.window)
        if prompts.ask(dialog):
            day = dialog.date()
            self.change(f"End {name}'s membership of {seat}", person_id,
                        lambda s: register.end_membership(s, membership_id, day))

    def set_substitute(self, membership) -> None:
        person_id = self.window.members.register.detail.id
        self._substitute(membership.id, person_id, membership.seat, membership.substitute_id, membership.substitute)

    def set_seat_substitute(self, seat) -> None:
        if seat.membership_id is None:
            return
        self._substitute(seat.membership_id, seat.holder_id, seat.seat, seat.substitute_id, seat.substitute)

    def _substitute(self, membership_id: int, person_id: int, seat: str, current: int | None,
                    current_name: str = "") -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.dialogs import MembershipDialog

        name = self._name(person_id)
        dialog = MembershipDialog(
            MembershipDialog.SUBSTITUTE, f"Who attends in <b>{name}</b>'s place in “{seat}” when they cannot?",
            today=self.today, people=self.data.people_choices, current_substitute=current,
            substitute_name=current_name, member_id=person_id, parent=self.window)
        if prompts.ask(dialog):
            substitute = dialog.substitute()
            self.change(f"Set the substitute for {name}", person_id,
                        lambda s: register.set_substitute(s, membership_id, substitute))

    # --- training -------------------------------------------------------------------------------
    def add_training(self, detail) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.dialogs import TrainingDialog

        dialog = TrainingDialog(detail.name, today=self.today, parent=self.window)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change(f"Add training for {detail.name}", detail.id,
                        lambda s: register.add_training(s, detail.id, data))

    def edit_training(self, detail, record) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.dialogs import TrainingDialog

        dialog = TrainingDialog(detail.name, today=self.today, record=record, parent=self.window)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change(f"Edit training for {detail.name}", detail.id,
                        lambda s: register.update_training(s, record.id, data))

    def remove_training(self, detail, record) -> None:
        from cpo_desktop.services import register

        if prompts.confirm(self.window, "Remove Training Record",
                           f"Remove the {record.kind_label.lower()} record of {record.date:%d/%m/%Y} "
                           f"for {detail.name}?\n\nEdit › Undo brings it back.", ok_text="Remove"):
            self.change(f"Remove training for {detail.name}", detail.id,
                        lambda s: register.remove_training(s, record.id))

    # --- reporting officers ---------------------------------------------------------------------
    def add_officer(self) -> None:
        from cpo_desktop.services import officers
        from cpo_desktop.ui.dialogs import OfficerDialog

        if self.store is None:
            return
        dialog = OfficerDialog(self.data.organisations, self.data.people_choices, None, self.window)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change_officer(f"Add the reporting officer {data.role}", None,
                                lambda s: officers.add_officer(s, data))

    def edit_officer(self, row) -> None:
        from cpo_desktop.services import officers
        from cpo_desktop.ui.dialogs import OfficerDialog

        current = officers.OfficerInput(role=row.role, person_id=row.person_id, organisation=row.organisation or None,
                                        reports=row.reports, frequency=row.frequency, notes=row.notes)
        dialog = OfficerDialog(self.data.organisations, self.data.people_choices, current, self.window,
                               person_name=row.person)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change_officer(f"Edit the reporting officer {data.role}", row.id,
                                lambda s: officers.update_officer(s, row.id, data))

    def toggle_officer_former(self, row) -> None:
        from cpo_desktop.services import officers

        verb = "Bring back" if row.former else "Mark as former"
        self.change_officer(f"{verb}: {row.role}", row.id,
                            lambda s: officers.set_officer_former(s, row.id, not row.former))

    # --- import and export ----------------------------------------------------------------------
    def import_csv(self) -> None:
        from cpo_desktop.ui.import_dialog import ImportDialog

        if self.store is None:
            return
        path = prompts.open_file(self.window, "Import Members from CSV", Path.home(),
                                 "CSV files (*.csv *.txt);;All files (*)")
        if path is None:
            return
        dialog = ImportDialog(path, self.store, self.window.runner, self.window)
        if not prompts.ask(dialog) or dialog.preview is None:
            return
        preview, on_duplicate = dialog.preview, dialog.on_duplicate()
        store, data_paths = self.store, self.window.data_paths

        def job():
            from cpo_desktop.services import member_import
            from cpo_desktop.store import backup

            # An import touches many records at once: it is undone by restoring this backup.
            saved = backup.make_backup(data_paths, reason="before-import")
            return member_import.apply(store, preview, on_duplicate), saved

        def done(result) -> None:
            report, saved = result
            self.undo_stack.clear()
            text = (f"Imported {path.name}: {report.added} added, {report.updated} updated, "
                    f"{report.skipped} skipped, {report.appointed} appointed to seats.")
            self.window.status(text)
            self.window.refresh()
            prompts.info(self.window, "Import Finished",
                         f"{text}\n\nThe register as it was before is saved as the backup {saved.name} "
                         "(File › Restore from Backup… takes you back to it).")

        self.window.status("Importing…")
        self.window.runner.run(job, done, self.window.task_failed)

    def export(self, fmt: str, public: bool) -> None:
        if self.store is None:
            return
        suffix = "csv" if fmt == "csv" else "json"
        stem = ("members-public" if public else "members") + f"-{self.today:%Y-%m-%d}"
        exports = self.window.data_paths.exports
        target = prompts.save_file(self.window, "Export Members", exports / f"{stem}.{suffix}",
                                   "CSV files (*.csv)" if fmt == "csv" else "JSON files (*.json)")
        if target is None:
            return
        store = self.store

        def job():
            from cpo_desktop.services import member_export

            target.parent.mkdir(parents=True, exist_ok=True)
            return member_export.export(store, fmt, target, public=public)

        self.window.runner.run(job, lambda written: self.window.status(f"Exported the register to {written}"),
                               self.window.task_failed)
