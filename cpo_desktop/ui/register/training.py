"""The Members view's Training tab: training sessions as events, attendance in one step, and the
councillors (on the board or not) not trained this municipal year, with reminder drafts.

``TrainingActions`` makes every change (a dialog through the prompts seam, the service off the UI
thread, undo through ``ctx.undo`` with the session's snapshot); ``TrainingPanel`` shows what
``services.training`` reads and asks the actions for every change.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from cpo_desktop import dates
from cpo_desktop.model import enums
from cpo_desktop.model.rules import municipal_year_label, municipal_year_start
from cpo_desktop.services import undo
from cpo_desktop.ui import prompts
from cpo_desktop.ui.context import ViewContext
from cpo_desktop.ui.style import AMBER, GREY
from cpo_desktop.ui.tablemodel import Column, RowsModel, RowStyle
from cpo_desktop.ui.widgets import (
    from_qdate,
    prepare_table,
    refill,
    selected_row,
    show_problems,
    style_problem_label,
    to_qdate,
)
from cpo_desktop.wording import plural

ALL, BOARD, CHOSEN = "all-councillors", "board", "people"  # services.training's invitations
STATUS_LABELS = {"invited": "Invited", "attended": "Attended", "apologies": "Apologies", "absent": "Absent"}


# --- dialogs -----------------------------------------------------------------------------------------

class TrainingSessionDialog(QDialog):
    """A session: when, what, where, and who is invited (every councillor, the board, or people
    chosen one by one). Three uses: a new session (both parts); ``edit``, an existing session's
    details (the invitations are left alone; OK says Save); ``invite_to``, more people for an
    existing session (only the invitations; ``people`` and the counts are of those not invited yet)."""

    def __init__(self, *, today: dt.date, kinds: list[tuple[str, str]], people: list[tuple[int, str, bool]],
                 councillors: int, board: int, parent: QWidget | None = None, edit=None, held: bool = False,
                 invite_to: str | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_training_session_dialog import Ui_TrainingSessionDialog

        self.ui = ui = Ui_TrainingSessionDialog()
        ui.setupUi(self)
        self.today, self.counts = today, {ALL: councillors, BOARD: board}
        self.edit, self.held, self.invite_to = edit, held, invite_to
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Save" if edit is not None else "Invite" if invite_to is not None else "Add Session")
        style_problem_label(ui.problemLabel)
        ui.dateEdit.setDate(to_qdate(today))
        ui.timeEdit.setTime(dt.time(17, 30))
        for value, label in kinds:
            ui.kindCombo.addItem(label, value)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(enums.TrainingKind.CORPORATE_PARENTING_TRAINING.value)))
        # Councillors first: they are who the mandatory training is for.
        for pid, name, councillor in sorted(people, key=lambda p: (not p[2], p[1].casefold())):
            item = QListWidgetItem(name + (" (councillor)" if councillor else ""))
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.peopleList.addItem(item)
        for radio in (ui.allCouncillorsRadio, ui.boardRadio, ui.chosenRadio):
            radio.toggled.connect(self.validate)
        ui.peopleList.itemChanged.connect(self.validate)
        ui.timeCheck.toggled.connect(ui.timeEdit.setEnabled)
        if edit is not None:
            self.setWindowTitle("Edit the Training Session")
            ui.introLabel.setText("The invitees' records follow the session's date and kind; invite more people "
                                  "with Invite More.")
            ui.dateEdit.setDate(to_qdate(edit.date))
            ui.timeCheck.setChecked(edit.start_time is not None)
            if edit.start_time is not None:
                ui.timeEdit.setTime(edit.start_time)
            index = ui.kindCombo.findData(edit.kind)
            if index < 0:  # a kind no longer offered stays as it was
                ui.kindCombo.addItem(edit.kind, edit.kind)
                index = ui.kindCombo.count() - 1
            ui.kindCombo.setCurrentIndex(index)
            ui.titleEdit.setText(edit.title or "")
            ui.venueEdit.setText(edit.venue or "")
            ui.formLayout.setRowVisible(4, False)
            for widget in (ui.peopleList, ui.countLabel):
                widget.hide()
            ui.dateEdit.dateChanged.connect(self.validate)
        elif invite_to is not None:
            self.setWindowTitle("Invite More People")
            ui.introLabel.setText(f"Invite more people to <b>{html.escape(invite_to)}</b>: each gets a training "
                                  "record for the session (invited); those already invited keep theirs.")
            for row in range(4):
                ui.formLayout.setRowVisible(row, False)
        self.validate()

    def invite(self) -> str:
        ui = self.ui
        return ALL if ui.allCouncillorsRadio.isChecked() else BOARD if ui.boardRadio.isChecked() else CHOSEN

    def chosen(self) -> list[int]:
        items = (self.ui.peopleList.item(n) for n in range(self.ui.peopleList.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def validate(self) -> list[str]:
        problems = []
        if self.edit is not None:
            day = from_qdate(self.ui.dateEdit.date())
            if self.held and day > self.today:
                problems.append("attendance at the session is recorded, so it took place: it cannot be moved to "
                                f"{dates.short(day)}, a day still to come")
            show_problems(self.ui.problemLabel, self.ok, problems)
            return problems
        invite = self.invite()
        self.ui.peopleList.setEnabled(invite == CHOSEN)
        n = len(self.chosen()) if invite == CHOSEN else self.counts[invite]
        self.ui.countLabel.setText(f"{plural(n, 'person', 'people')} will be invited"
                                   + (" (who are not invited yet)." if self.invite_to is not None else "."))
        if n == 0:
            if self.invite_to is not None and invite != CHOSEN:
                problems.append({ALL: "every current councillor is invited already",
                                 BOARD: "every member of the board is invited already"}[invite])
            else:
                problems.append({ALL: "there are no current councillors in the register: tick “Councillor” in "
                                      "their details first", BOARD: "no one holds a seat on the board",
                                 CHOSEN: "choose who to invite"}[invite])
        show_problems(self.ui.problemLabel, self.ok, problems)
        return problems

    def session_input(self):
        """The session (a SessionInput) and who is invited (all-councillors, board, or person ids)."""
        from cpo_desktop.services.training import SessionInput

        ui = self.ui
        data = SessionInput(date=from_qdate(ui.dateEdit.date()), kind=ui.kindCombo.currentData(),
                            start_time=ui.timeEdit.time().toPython() if ui.timeCheck.isChecked() else None,
                            title=ui.titleEdit.text().strip(), venue=ui.venueEdit.text().strip(),
                            notes=self.edit.notes if self.edit is not None else None)
        invite = self.invite()
        return data, (self.chosen() if invite == CHOSEN else invite)


class TrainingAttendanceDialog(QDialog):
    """Attendance at one session in one step: every invitee with a status each."""

    def __init__(self, detail, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_training_attendance_dialog import Ui_TrainingAttendanceDialog

        self.ui = ui = Ui_TrainingAttendanceDialog()
        ui.setupUi(self)
        self.detail, self.today = detail, today
        self.future = detail.session.date > today
        self.ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Record Attendance")
        style_problem_label(ui.problemLabel)
        s = detail.session
        self.setWindowTitle(f"Attendance: {dates.short(s.date)}")
        ui.introLabel.setText(f"<b>{html.escape(s.heading)}</b>" + (f", {html.escape(s.venue)}" if s.venue else "")
                              + ("<br>The session is still to come: only apologies can be recorded now."
                                 if self.future else "<br>Who came? Set each person's attendance, then OK."))
        table = ui.inviteeTable
        table.setRowCount(len(detail.invitees))
        self.combos: list[tuple[int, QComboBox]] = []
        for n, invitee in enumerate(detail.invitees):
            name = invitee.name + (f" ({invitee.party})" if invitee.party else "")
            table.setItem(n, 0, QTableWidgetItem(name))
            combo = QComboBox()
            combo.setObjectName(f"status{invitee.person_id}")
            for value, label in STATUS_LABELS.items():
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(invitee.status)))
            combo.currentIndexChanged.connect(self.validate)
            table.setCellWidget(n, 1, combo)
            self.combos.append((invitee.person_id, combo))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        ui.allAttendedButton.clicked.connect(lambda: self.set_invited_to("attended"))
        ui.allAbsentButton.clicked.connect(lambda: self.set_invited_to("absent"))
        for button in (ui.allAttendedButton, ui.allAbsentButton):
            button.setEnabled(not self.future)
        self.validate()

    def set_status(self, person_id: int, status: str) -> None:
        combo = next(c for pid, c in self.combos if pid == person_id)
        combo.setCurrentIndex(combo.findData(status))

    def set_invited_to(self, status: str) -> None:
        for _pid, combo in self.combos:
            if combo.currentData() == "invited":
                combo.setCurrentIndex(combo.findData(status))

    def statuses(self) -> dict[int, str]:
        return {pid: combo.currentData() for pid, combo in self.combos}

    def validate(self) -> list[str]:
        problems = []
        if self.future and any(s in ("attended", "absent") for s in self.statuses().values()):
            problems.append(f"the session of {dates.short(self.detail.session.date)} is still to come: only "
                            "apologies can be recorded before it")
        show_problems(self.ui.problemLabel, self.ok, problems)
        return problems


# --- the controller ------------------------------------------------------------------------------------

class TrainingActions(QObject):
    """Every change the Training tab asks for, each undoable (Edit › Undo)."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.shown: Any = None  # what the panel last read (TrainingData)

    def change(self, text: str, session_id: int | None, operation) -> None:
        self.ctx.undo.record(text, session_id, operation, undo.training_session())

    def add_session(self) -> None:
        from cpo_desktop.services import training

        data = self.ctx.data
        if self.ctx.store is None or data is None or self.shown is None:
            return
        kinds = [(k.value, training.TRAINING_LABELS[k]) for k in training.SESSION_KINDS]
        people = [(m.id, m.name, m.is_councillor) for m in data.members if not m.former]
        dialog = TrainingSessionDialog(today=self.ctx.today(), kinds=kinds, people=people,
                                       councillors=self.shown.councillors, board=self.shown.board,
                                       parent=self.parent_widget)
        if not prompts.ask(dialog):
            return
        session, invite = dialog.session_input()
        today = self.ctx.today()
        self.change(f"Add the training session of {dates.short(session.date)}", None,
                    lambda s: training.add_session(s, session, invite, today=today))

    def edit_session(self, row) -> None:
        """The session dialog on ``row``'s session, pre-filled; Save changes it (undoable)."""
        from cpo_desktop.services import training

        store, today = self.ctx.store, self.ctx.today()
        if store is None or row is None:
            return
        if row.cancelled:
            self.ctx.status(f"The session of {dates.short(row.date)} was cancelled: it cannot be edited.")
            return
        kinds = [(k.value, training.TRAINING_LABELS[k]) for k in training.SESSION_KINDS]

        def shown(data) -> None:
            dialog = TrainingSessionDialog(today=today, kinds=kinds, people=[], councillors=0, board=0,
                                           parent=self.parent_widget, edit=data,
                                           held=bool(row.attended or row.absent))
            if not prompts.ask(dialog):
                return
            changed, _invite = dialog.session_input()
            self.change(f"Edit the training session of {dates.short(row.date)}", row.id,
                        lambda s: training.update_session(s, row.id, changed, today=today))

        self.ctx.op(lambda: training.session_input(store, row.id)).success(shown).run()

    def invite_more(self, row) -> None:
        """Invite more people to ``row``'s session: every councillor, the board's members, or people
        chosen; only those not invited yet are added (undoable)."""
        from cpo_desktop.services import training

        store, today, data = self.ctx.store, self.ctx.today(), self.ctx.data
        if store is None or row is None or data is None or row.cancelled:
            return

        def job():
            invited = {i.person_id for i in training.session_detail(store, row.id).invitees}
            return (invited, [p for p in training.invitees(store, ALL, row.date, today=today) if p not in invited],
                    [p for p in training.invitees(store, BOARD, row.date, today=today) if p not in invited])

        def shown(found) -> None:
            invited, councillors, board = found
            people = [(m.id, m.name, m.is_councillor) for m in data.members if not m.former and m.id not in invited]
            dialog = TrainingSessionDialog(today=today, kinds=[], people=people, councillors=len(councillors),
                                           board=len(board), parent=self.parent_widget, invite_to=row.heading)
            if not prompts.ask(dialog):
                return
            _session, invite = dialog.session_input()
            self.change(f"Invite more people to the training session of {dates.short(row.date)}", row.id,
                        lambda s: training.invite_more(s, row.id, invite, today=today))

        self.ctx.op(job).success(shown).run()

    def record_attendance(self, row) -> None:
        from cpo_desktop.services import training

        store, today = self.ctx.store, self.ctx.today()
        if store is None or row is None:
            return

        def shown(detail) -> None:
            dialog = TrainingAttendanceDialog(detail, today=today, parent=self.parent_widget)
            if prompts.ask(dialog):
                statuses = dialog.statuses()
                self.change(f"Record attendance at the training session of {dates.short(row.date)}", row.id,
                            lambda s: training.record_attendance(s, row.id, statuses, today=today))

        self.ctx.op(lambda: training.session_detail(store, row.id)).success(shown).run()

    def cancel_session(self, row) -> None:
        from cpo_desktop.services import training

        if row is None or not prompts.confirm(
                self.parent_widget, "Cancel Training Session",
                f"Cancel the training session of {dates.long(row.date)}? Its {plural(row.invitees, 'invitation')} "
                "will be taken from the invitees' records; the session stays in the list as cancelled.\n\n"
                "Edit › Undo brings it back.", ok_text="Cancel Session"):
            return
        self.change(f"Cancel the training session of {dates.short(row.date)}", row.id,
                    lambda s: training.cancel_session(s, row.id))

    def draft_reminders(self) -> None:
        store, today = self.ctx.store, self.ctx.today()
        if store is None:
            return
        folder = prompts.choose_folder(self.parent_widget, "Choose a Folder for the Reminder Drafts",
                                       self.ctx.paths.exports)
        if folder is None:
            return

        def job():
            from cpo_desktop.services import training

            return training.write_reminders(store, folder, today=today)

        def done(result) -> None:
            year = municipal_year_label(dt.date(result.year, 5, 1))
            text = (f"Wrote {plural(len(result.written), 'reminder draft')} for {year} to {folder} (not sent: "
                    "open each in your mail program).")
            if result.no_email:
                text += "\n\nNo e-mail address for: " + ", ".join(result.no_email)
            self.ctx.status(text.split("\n")[0])
            prompts.info(self.parent_widget, "Reminder Drafts", text)

        self.ctx.op(job).success(done).run()


# --- the panel -----------------------------------------------------------------------------------------

class TrainingData:
    """What the Training tab shows, read in one go off the UI thread."""

    def __init__(self, sessions, gaps, year: int, councillors: int, board: int) -> None:
        self.sessions, self.gaps, self.year = sessions, gaps, year
        self.councillors, self.board = councillors, board


def load(store, today: dt.date) -> TrainingData:
    from cpo_desktop.services import training

    year = training.year_of(None, today)
    return TrainingData(training.list_sessions(store), training.gaps(store, year=year, today=today), year,
                        len(training.invitees(store, ALL, today, today=today)),
                        len(training.invitees(store, BOARD, today, today=today)))


class TrainingPanel(QWidget):
    def __init__(self, ctx: ViewContext, actions: TrainingActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cpo_desktop.ui.generated.ui_training_panel import Ui_TrainingPanel

        self.ui = ui = Ui_TrainingPanel()
        ui.setupUi(self)
        self.ctx, self.actions = ctx, actions
        self.data: TrainingData | None = None
        today = ctx.today()
        self.session_model = RowsModel([
            Column("Date", lambda r: r.date),
            Column("Time", lambda r: f"{r.start_time:%H:%M}" if r.start_time else ""),
            Column("Session", lambda r: r.title or r.kind_label, tooltip=lambda r: r.notes or None),
            Column("Venue", lambda r: r.venue, tooltip=lambda r: r.venue or None),
            Column("Invited", lambda r: f"{r.invited_label} ({r.invitees})"),
            Column("Attended", lambda r: "Cancelled" if r.cancelled else "" if r.date > today and not r.attended
                   else f"{r.attended} of {r.invitees}"),
            Column("Apologies", lambda r: "" if r.cancelled else str(r.apologies or "")),
        ], RowStyle(foreground=lambda r: GREY if r.cancelled else None, italic=lambda r: r.cancelled), self)
        prepare_table(ui.sessionTable)
        ui.sessionTable.setModel(self.session_model)
        self.gap_model = RowsModel([
            Column("Councillor", lambda r: r.name),
            Column("Party", lambda r: r.party or ""),
            Column("Ward", lambda r: r.ward or ""),
            Column("On the board", lambda r: "Yes" if r.on_board else ""),
            Column("Last trained", lambda r: r.last_attended),
            Column("Invited to", lambda r: ", ".join(dates.table(d) for d in r.invited_to)),
            Column("E-mail", lambda r: r.email or "none: no reminder"),
        ], RowStyle(background=lambda r: AMBER if not r.invited_to else None), self)
        prepare_table(ui.gapTable)
        ui.gapTable.setModel(self.gap_model)
        for table in (ui.sessionTable, ui.gapTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        ui.sessionTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.sessionTable.doubleClicked.connect(lambda *_: self._edit())
        ui.addSessionButton.clicked.connect(actions.add_session)
        ui.editSessionButton.clicked.connect(self._edit)
        ui.inviteButton.clicked.connect(lambda: actions.invite_more(self.selected()))
        ui.attendanceButton.clicked.connect(self._attendance)
        ui.cancelSessionButton.clicked.connect(lambda: actions.cancel_session(self.selected()))
        ui.remindButton.clicked.connect(actions.draft_reminders)
        self._update_buttons()

    def selected(self):
        return selected_row(self.ui.sessionTable, self.session_model)

    def _edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.actions.edit_session(row)

    def _attendance(self) -> None:
        row = self.selected()
        if row is not None and not row.cancelled:
            self.actions.record_attendance(row)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.ui.attendanceButton.setEnabled(bool(row and not row.cancelled))
        self.ui.editSessionButton.setEnabled(bool(row and not row.cancelled))
        self.ui.inviteButton.setEnabled(bool(row and not row.cancelled and self.ctx.data is not None))
        self.ui.cancelSessionButton.setEnabled(bool(row and not row.cancelled and not row.attended))
        self.ui.addSessionButton.setEnabled(self.data is not None)
        self.ui.remindButton.setEnabled(bool(self.data and self.data.gaps))

    def reload(self) -> None:
        """Read the sessions and the gaps again (off the UI thread)."""
        store, today = self.ctx.store, self.ctx.today()
        if store is None:
            return
        self.ctx.op(lambda: load(store, today)).success(self.show_data).run()

    def show_data(self, data: TrainingData) -> None:
        self.data = self.actions.shown = data
        refill(self.ui.sessionTable, self.session_model, data.sessions)
        refill(self.ui.gapTable, self.gap_model, data.gaps)
        year = municipal_year_label(dt.date(data.year, 5, 1))
        self.ui.gapsHeading.setText(f"<b>Councillors not trained in {year}</b> — on the board or not, no "
                                    "corporate parenting session attended since 1 May")
        held = [s for s in data.sessions if not s.cancelled and s.kind == enums.TrainingKind.CORPORATE_PARENTING_TRAINING
                and municipal_year_start(s.date) == data.year]
        self.ui.footerLabel.setText(f"{len(data.gaps)} of {plural(data.councillors, 'councillor')} not trained · "
                                    f"{plural(len(held), 'corporate parenting session')} in {year}")
        self._update_buttons()
