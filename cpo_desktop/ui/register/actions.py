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
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from cpo_desktop import dates
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.context import ViewContext


class RegisterActions(QObject):
    """The register's controller: the Members, Seats and Reporting officers views ask it for every
    change; it asks the user (a dialog), has the service make the change off the UI thread with
    undo (``ctx.undo``), and has the views read again."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent  # dialogs' parent
        self.register_view: Any = None  # the Members view's register (set by the Members view)
        self.seats_view: Any = None  # the Seats view (set when it is built)
        self.export_menu = QMenu("E&xport Members", parent)
        for text, fmt, public in (
                ("Members as &Excel Workbook or CSV…", "xlsx", False),
                ("Members as &Popolo JSON…", "popolo", False),
                ("Public List as Excel Workbook or C&SV (young people by first name, no contact details)…",
                 "xlsx", True),
                ("Public List as Popolo &JSON…", "popolo", True)):
            self.export_menu.addAction(text).triggered.connect(
                lambda _=False, fmt=fmt, public=public: self.export(fmt, public))

    # --- what the context knows ----------------------------------------------------------------
    @property
    def store(self):
        return self.ctx.store

    @property
    def data(self):
        return self.ctx.data

    @property
    def today(self) -> dt.date:
        return self.ctx.today()

    @property
    def undo_stack(self) -> QUndoStack:
        return self.ctx.undo.stack

    def _parties(self) -> list[str]:
        return sorted({m.party for m in self.data.members if m.party}, key=str.casefold)

    def _name(self, person_id: int) -> str:
        return next((m.name for m in self.data.members if m.id == person_id), "this person")

    # --- the one way every change is made ------------------------------------------------------
    def change(self, text: str, person_id: int | None, operation: Callable[[Any], Any]) -> None:
        """Run ``operation(store)`` off the UI thread, with undo; ``person_id`` None means it adds
        a person and returns the new id."""
        self.ctx.undo.record(text, person_id, operation, undo.person(), select_person=True)

    def change_officer(self, text: str, officer_id: int | None, operation: Callable[[Any], Any]) -> None:
        self.ctx.undo.record(text, officer_id, operation, undo.officer())

    # --- people ---------------------------------------------------------------------------------
    def load_detail(self, person_id: int | None) -> None:
        view = self.register_view
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

        self.ctx.op(job).success(done).run()

    def add_person(self) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.register.dialogs import PersonDialog

        if self.store is None:
            return
        dialog = PersonDialog(self.data.organisations, None, self.parent_widget, parties=self._parties())
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change(f"Add {data.first_name} {data.surname}", None, lambda s: register.add_person(s, data))

    def edit_person(self, detail) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.register.dialogs import PersonDialog

        dialog = PersonDialog(self.data.organisations, detail.data, self.parent_widget, parties=self._parties())
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change(f"Edit {data.first_name} {data.surname}", detail.id,
                        lambda s: register.update_person(s, detail.id, data))

    def toggle_former(self, detail) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.register.dialogs import MembershipDialog

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
                                  parent=self.parent_widget)
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
        if not prompts.confirm(self.parent_widget, "Delete Person",
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
            self.ctx.undo.push_done(text, undo.person(), before, after, person_id=person_id)
            self.ctx.status(f"Deleted {name} from the register.")
            self.ctx.refresh()

        def failed(exc: BaseException, tb: str) -> None:
            if not isinstance(exc, register.PersonHasHistory) or detail.former:
                self.ctx.show_error(exc, tb)
                return
            if prompts.confirm(self.parent_widget, "Delete Person",
                               f"{exc}\n\nMark them as a former member instead?", ok_text="Mark as Former"):
                self.toggle_former(detail)
            else:
                self.ctx.status("Nothing was changed.")

        self.ctx.op(job).success(done).failure(failed).run()

    # --- seats ----------------------------------------------------------------------------------
    def appoint(self, person_id: int) -> None:
        self._appoint(person_id=person_id, seat_id=None)

    def appoint_to_seat(self, seat) -> None:
        self._appoint(person_id=None, seat_id=seat.id)

    def _appoint(self, *, person_id: int | None, seat_id: int | None) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.register.dialogs import AppointDialog

        seats = self.data.overview.seats
        dialog = AppointDialog(seats, self.data.people_choices, today=self.today, person_id=person_id,
                               person_name=self._name(person_id) if person_id else "", seat_id=seat_id,
                               young_people={m.id for m in self.data.members if m.young_person},
                               parent=self.parent_widget)
        if not prompts.ask(dialog):
            return
        v = dialog.result_values()
        seat = next(s.seat for s in seats if s.id == v["seat_id"])
        self.change(f"Appoint {self._name(v['person_id'])} to {seat}", v["person_id"],
                    lambda s: register.appoint(s, v["person_id"], v["seat_id"], v["start"], end=v["end"],
                                               appointed_by=v["appointed_by"], substitute_id=v["substitute_id"]))

    def end_membership(self, membership) -> None:
        person_id = self.register_view.detail.id
        self._end(membership.id, person_id, membership.seat, membership.start_date)

    def end_seat_membership(self, seat) -> None:
        if seat.membership_id is not None:
            self._end(seat.membership_id, seat.holder_id, seat.seat, seat.since)

    def _end(self, membership_id: int, person_id: int, seat: str, start: dt.date | None) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.register.dialogs import MembershipDialog

        name = self._name(person_id)
        dialog = MembershipDialog(
            MembershipDialog.END, f"End <b>{name}</b>'s membership of “{seat}”. The seat becomes vacant the "
            "day after; the membership stays in their history.", today=self.today, earliest=start,
            parent=self.parent_widget)
        if prompts.ask(dialog):
            day = dialog.date()
            self.change(f"End {name}'s membership of {seat}", person_id,
                        lambda s: register.end_membership(s, membership_id, day))

    def set_substitute(self, membership) -> None:
        person_id = self.register_view.detail.id
        self._substitute(membership.id, person_id, membership.seat, membership.substitute_id, membership.substitute)

    def set_seat_substitute(self, seat) -> None:
        if seat.membership_id is None:
            return
        self._substitute(seat.membership_id, seat.holder_id, seat.seat, seat.substitute_id, seat.substitute)

    def _substitute(self, membership_id: int, person_id: int, seat: str, current: int | None,
                    current_name: str = "") -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.register.dialogs import MembershipDialog

        name = self._name(person_id)
        dialog = MembershipDialog(
            MembershipDialog.SUBSTITUTE, f"Who attends in <b>{name}</b>'s place in “{seat}” when they cannot?",
            today=self.today, people=self.data.people_choices, current_substitute=current,
            substitute_name=current_name, member_id=person_id, parent=self.parent_widget)
        if prompts.ask(dialog):
            substitute = dialog.substitute()
            self.change(f"Set the substitute for {name}", person_id,
                        lambda s: register.set_substitute(s, membership_id, substitute))

    # --- training -------------------------------------------------------------------------------
    def add_training(self, detail) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.register.dialogs import TrainingDialog

        dialog = TrainingDialog(detail.name, today=self.today, parent=self.parent_widget)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change(f"Add training for {detail.name}", detail.id,
                        lambda s: register.add_training(s, detail.id, data))

    def edit_training(self, detail, record) -> None:
        from cpo_desktop.services import register
        from cpo_desktop.ui.register.dialogs import TrainingDialog

        dialog = TrainingDialog(detail.name, today=self.today, record=record, parent=self.parent_widget)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change(f"Edit training for {detail.name}", detail.id,
                        lambda s: register.update_training(s, record.id, data))

    def remove_training(self, detail, record) -> None:
        from cpo_desktop.services import register

        if prompts.confirm(self.parent_widget, "Remove Training Record",
                           f"Remove the {record.kind_label.lower()} record of {dates.short(record.date)} "
                           f"for {detail.name}?\n\nEdit › Undo brings it back.", ok_text="Remove"):
            self.change(f"Remove training for {detail.name}", detail.id,
                        lambda s: register.remove_training(s, record.id))

    # --- seats ---------------------------------------------------------------------------------
    def change_seat(self, text: str, seat_id: int | None, operation: Callable[[Any], Any]) -> None:
        self.ctx.undo.record(text, seat_id, operation, undo.seat())

    def _seat_dialog(self, current=None):
        from cpo_desktop.ui.register.dialogs import SeatDialog

        seats = self.data.overview.seats
        groups = sorted({s.rotation_group for s in seats if s.rotation_group})
        return SeatDialog(self.data.organisations, groups, [s.seat for s in seats], current, self.parent_widget)

    def add_seat(self) -> None:
        from cpo_desktop.services import seats

        if self.store is None:
            return
        dialog = self._seat_dialog()
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change_seat(f"Add the seat {data.title}", None, lambda s: seats.add_seat(s, data))

    def edit_seat(self, row) -> None:
        from cpo_desktop.services import seats

        current = seats.SeatInput(title=row.seat, category=row.category_value, organisation=row.organisation or None,
                                  term_years=row.term_years, permanent=row.permanent,
                                  rotation_group=row.rotation_group or None, voting=row.voting,
                                  counts_towards_quorum=row.counts_towards_quorum, source=row.source or None)
        dialog = self._seat_dialog(current)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change_seat(f"Edit the seat {data.title}", row.id, lambda s: seats.update_seat(s, row.id, data))

    def retire_seat(self, row) -> None:
        from cpo_desktop.services import seats
        from cpo_desktop.ui.register.dialogs import RetireSeatDialog

        dialog = RetireSeatDialog(row.seat, row.holder, row.since, self.today, self.parent_widget)
        if prompts.ask(dialog):
            day, today = dialog.date(), self.today
            self.change_seat(f"Retire the seat {row.seat}", row.id,
                             lambda s: seats.retire_seat(s, row.id, on=day, today=today))

    # --- reporting officers ---------------------------------------------------------------------
    def add_officer(self) -> None:
        from cpo_desktop.services import officers
        from cpo_desktop.ui.register.dialogs import OfficerDialog

        if self.store is None:
            return
        dialog = OfficerDialog(self.data.organisations, self.data.people_choices, None, self.parent_widget)
        if prompts.ask(dialog):
            data = dialog.result_input()
            self.change_officer(f"Add the reporting officer {data.role}", None,
                                lambda s: officers.add_officer(s, data))

    def edit_officer(self, row) -> None:
        from cpo_desktop.services import officers
        from cpo_desktop.ui.register.dialogs import OfficerDialog

        current = officers.OfficerInput(role=row.role, person_id=row.person_id, organisation=row.organisation or None,
                                        reports=row.reports, frequency=row.frequency, notes=row.notes)
        dialog = OfficerDialog(self.data.organisations, self.data.people_choices, current, self.parent_widget,
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
        from cpo_desktop.ui.register.import_dialog import ImportDialog

        if self.store is None:
            return
        path = prompts.open_file(self.parent_widget, "Import Members from CSV or Excel", Path.home(),
                                 "CSV files and Excel workbooks (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;"
                                 "Excel workbooks (*.xlsx);;All files (*)")
        if path is None:
            return
        dialog = ImportDialog(path, self.ctx, self.parent_widget)
        if not prompts.ask(dialog) or dialog.preview is None:
            return
        preview, on_duplicate = dialog.preview, dialog.on_duplicate()
        store, data_paths = self.store, self.ctx.paths

        def job(progress):
            from cpo_desktop.services import member_import
            from cpo_desktop.store import backup

            # An import touches many records at once: it is undone by restoring this backup.
            progress.step(0, 0, "Backing up the register first…")
            saved = backup.make_backup(data_paths, reason="before-import")
            return member_import.apply(store, preview, on_duplicate, progress=progress), saved

        def done(result) -> None:
            report, saved = result
            self.undo_stack.clear()
            text = (f"Imported {path.name}: {report.added} added, {report.updated} updated, "
                    f"{report.skipped} skipped, {report.appointed} appointed to seats.")
            if preview.match_seats and (unseated := sum(1 for r in preview.rows if r.seat_id is None)):
                text += f" {unseated} without a seat (appoint them from the Members view if they should have one)."
            self.ctx.status(text)
            self.ctx.refresh()
            prompts.info(self.parent_widget, "Import Finished",
                         f"{text}\n\nThe register as it was before is saved as the backup {saved.name} "
                         "(File › Restore from Backup… takes you back to it).")

        self.ctx.long_op(f"Importing {path.name}", job).success(done).run()

    def export(self, fmt: str, public: bool) -> None:
        if self.store is None:
            return
        stem = ("members-public" if public else "members") + f"-{self.today:%Y-%m-%d}"
        # A sheet is written as the name chosen says: .xlsx for Excel, .csv for other systems.
        formats = ({"json": "JSON files (*.json)"} if fmt == "popolo" else
                   {"xlsx": "Excel workbooks (*.xlsx)", "csv": "CSV files (*.csv)"})
        if fmt == "csv":
            formats = dict(reversed(formats.items()))
        chosen = prompts.save_as(self.parent_widget, "Export Members", self.ctx.paths.exports, stem, formats)
        if chosen is None:
            return
        target, suffix = chosen
        if fmt != "popolo":
            fmt = suffix
        store = self.store

        def job():
            from cpo_desktop.services import member_export

            target.parent.mkdir(parents=True, exist_ok=True)
            return member_export.export(store, fmt, target, public=public)

        self.ctx.op(job).success(lambda written: self.ctx.status(f"Exported the register to {written}")).run()
