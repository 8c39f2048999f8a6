"""The minutes' record from start to finish: started from the agenda, confirmed at the next
meeting, signed, exported as PDF or Word, and letters to the members absent without apologies.

Export and the letters are long jobs: they show their progress and can be cancelled (nothing is
written then)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from cpo_desktop import dates
from cpo_desktop.model import enums
from cpo_desktop.ui import prompts
from cpo_desktop.ui.minutes.common import Host
from cpo_desktop.ui.minutes.dialogs import (ClosingTimeDialog, ConfirmMinutesDialog, ExportMinutesDialog,
                                            SignatureDialog)
from cpo_desktop.wording import plural


class RecordCommands(QObject):
    """Start, Confirm, Sign, Amend (the view holds the amendment), Export and Letters."""

    def __init__(self, host: Host, parent: QWidget, buttons: dict[str, QPushButton]) -> None:
        """``buttons``: the form's button for each command, by key (the editor's ``record_buttons``)."""
        super().__init__(parent)
        self.widget = parent  # dialogs' parent
        self.host = host
        self.ctx = host.ctx
        self.last_letters: list | None = None
        add = host.commands.add
        add("start", "&Start Minutes from Agenda", self.start_minutes, button=buttons["start"],
            tip="Lay the minutes out from the agenda: one minute per item")
        add("confirm", "&Confirm Minutes…", self.confirm_minutes, button=buttons["confirm"],
            tip="Record that the next meeting confirmed these minutes as a correct record")
        add("sign", "Record &Signature…", self.record_signature, button=buttons["sign"],
            tip="Record that the Chair signed the confirmed minutes")
        add("closed", "Record Closing T&ime…", self.record_closing_time, button=buttons["closed"],
            tip="Record when the meeting closed: the minutes end “The meeting closed at 4.45 pm.”")
        add("amend", "&Amend Confirmed Minutes…", host.toggle_amending, button=buttons["amend"],
            tip="Change confirmed minutes: you say why, and each change is recorded as an amendment")
        add("export", "&Export Minutes…", self.export_minutes, "", button=buttons["export"],
            tip="Save the minutes as PDF or Word, public or restricted")
        add("letters", "&Letters to Absent Members…", self.absence_letters, button=buttons["letters"],
            tip="A letter from the Chair to each member absent without apologies")

    def start_minutes(self) -> None:
        from cpo_desktop.services import minutes

        meeting_id = self.host.meeting_id
        if meeting_id is None:
            return
        self.host.show_tab("minutes")
        self.host.minutes_change("Started the minutes from the agenda", lambda s, _a: minutes.start(s, meeting_id))

    def confirm_minutes(self) -> None:
        from cpo_desktop.services import minutes

        host = self.host
        record = host.record
        if record is None or not record.started or record.locked or record.next_meeting_id is None:
            return
        host.show_tab("minutes")
        host.save_pending()
        dialog = ConfirmMinutesDialog(record.meeting.date, record.next_meeting, host.minute_texts(),
                                      self.widget)
        if not prompts.ask(dialog):
            return
        amendments = list(dialog.amendments)
        meeting_id, at = host.meeting_id, record.next_meeting_id
        host.minutes_change(f"Confirmed the minutes of {dates.short(record.meeting.date)} at the meeting of "
                            f"{dates.short(record.next_meeting)}",
                            lambda s, _a: minutes.confirm(s, meeting_id, at=at, amendments=amendments))

    def record_signature(self) -> None:
        from cpo_desktop.services import minutes

        record = self.host.record
        if record is None or record.status != enums.MinutesStatus.CONFIRMED:
            return
        today = self.ctx.today()
        dialog = SignatureDialog(record.confirmed_on or today, today=today, parent=self.widget)
        if not prompts.ask(dialog):
            return
        who, on = dialog.result_values()
        meeting_id = self.host.meeting_id
        self.host.minutes_change("Recorded the signature",
                                 lambda s, _a: minutes.sign(s, meeting_id, signed_by=who, on=on))

    def record_closing_time(self) -> None:
        """When the meeting closed (or not recorded); on confirmed minutes, as an amendment (the
        view asks why)."""
        from cpo_desktop.services import minutes

        record = self.host.record
        if record is None or not record.started:
            return
        dialog = ClosingTimeDialog(record.meeting, record.closed_at, self.widget)
        if not prompts.ask(dialog):
            return
        closed_at, meeting_id = dialog.closed_at(), self.host.meeting_id
        if closed_at == record.closed_at:
            return  # nothing changed: nothing to save
        text = (minutes.closing_line(closed_at) if closed_at else "The closing time is no longer recorded")
        self.host.minutes_change(f"Recorded: {text}", lambda s, a: minutes.set_closed_at(s, meeting_id, closed_at,
                                                                                         amendment=a))

    def export_minutes(self) -> None:
        """The minutes as PDF or Word, public or restricted, with progress and Cancel."""
        host, store = self.host, self.ctx.store
        record = host.record
        if record is None or not record.started or store is None:
            return
        host.save_pending()
        parent = self.widget
        dialog = ExportMinutesDialog(record.meeting.date, parent)
        if not prompts.ask(dialog):
            return
        fmt, public = dialog.fmt(), dialog.public()
        name = f"minutes-{dates.iso(record.meeting.date)}" + ("-public" if public else "-restricted") + f".{fmt}"
        file_filter = "PDF documents (*.pdf)" if fmt == "pdf" else "Word documents (*.docx)"
        target = prompts.save_file(parent, "Export Minutes", self.ctx.paths.exports / name, file_filter)
        if target is None:
            return
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        meeting_id = host.meeting_id

        def job(progress):
            from cpo_desktop.services import minutes_documents

            target.parent.mkdir(parents=True, exist_ok=True)
            return minutes_documents.export(store, meeting_id, fmt, target, public=public, progress=progress)

        def done(written) -> None:
            host.last_export = Path(written)
            self.ctx.status(f"Saved the {'public' if public else 'restricted'} minutes as {written}", 15000)

        self.ctx.long_op("Exporting the minutes", job).success(done).run()

    def absence_letters(self) -> None:
        """A letter from the Chair to each member absent without apologies, into a folder the user
        chooses (the exports folder to start with), with progress and Cancel."""
        data, store = self.host.data, self.ctx.store
        if data is None or store is None:
            return
        parent = self.widget
        start = self.ctx.paths.exports
        start.mkdir(parents=True, exist_ok=True)
        folder = prompts.choose_folder(parent, "Choose a Folder for the Letters to Absent Members", start)
        if folder is None:
            return
        meeting_id = self.host.meeting_id

        def job(progress):
            from cpo_desktop.services import minutes_documents

            return minutes_documents.absence_letters(store, meeting_id, folder, progress=progress)

        def done(letters) -> None:
            self.last_letters = list(letters)
            if letters:
                names = "\n".join(f"• {x.name}" for x in letters)
                text = (f"Wrote {plural(len(letters), 'letter')} in {folder}:\n{names}\n\n"
                        "Each is a Word document ready for the Chair to sign.")
            else:
                text = "Nobody was absent without apologies from this meeting, so there are no letters to write."
            self.ctx.status(text.splitlines()[0], 15000)
            prompts.info(parent, "Letters to Absent Members", text)

        self.ctx.long_op("Writing the letters", job).success(done).run()
