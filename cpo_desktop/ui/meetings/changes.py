"""What changes the board's meetings, for the meetings view: add, edit, move or postpone,
mark held, cancel or reinstate a meeting, plan a year, change the schedule, and export meetings
to a calendar file.

``MeetingChanges`` is the view's half that acts; the view (view.py) lists and selects. Each
change runs through ``services.meetings`` off the UI thread. When the service wants the user's
say-so (``MeetingWarning``: a bank holiday, a weekend, a second meeting that day) the user is
asked, and the change runs again with ``anyway=True`` only if they say so. Afterwards the shared
data is read again (``ctx.refresh``) and the changed meeting is shown selected.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpo_desktop import dates
from cpo_desktop.model import enums
from cpo_desktop.model.rules import municipal_year_start
from cpo_desktop.progress import Progress
from cpo_desktop.ui import prompts
from cpo_desktop.ui.meetings.dialogs import (
    CancelMeetingDialog,
    MeetingDialog,
    MoveMeetingDialog,
    PlanYearDialog,
    ScheduleDialog,
    changed_details,
)
from cpo_desktop.ui.meetings.text import (
    CANCELLED,
    HELD,
    confirm_text,
    plain_list,
    year_label,
)
from cpo_desktop.wording import and_list

if TYPE_CHECKING:
    import datetime as dt

    from cpo_desktop.ui.context import ViewContext


class MeetingChanges:
    """The meetings view's changes (a mixin of ``MeetingsView``: it uses the view's ``ctx``,
    ``rows``, ``today``, ``selected()`` and ``export_year()``)."""

    ctx: ViewContext
    rows: list
    today: dt.date
    _select_after: Callable[[Any], bool] | None
    _reveal: bool
    _year_choice: object
    _schedule_text: str

    def _change(self, title: str, ok_text: str, work: Callable[[Any, bool], Any],
                done: Callable[[Any], None]) -> None:
        """Run ``work(store, anyway)`` off the UI thread. If the service wants the user's say-so
        (MeetingWarning), ask, and run it again with ``anyway=True``; other refusals are reported."""
        store = self.ctx.store
        if store is None:
            return

        def attempt(anyway: bool) -> None:
            def failed(exc: BaseException, tb: str) -> None:
                from cpo_desktop.services.meetings import MeetingWarning

                if isinstance(exc, MeetingWarning) and not anyway:
                    if prompts.confirm(self, title, confirm_text(exc.warnings), ok_text=ok_text):
                        attempt(True)
                    else:
                        self.ctx.status("Nothing was changed.")
                    return
                self.ctx.show_error(exc, tb)

            self.ctx.op(lambda: work(store, anyway)).success(done).failure(failed).run()

        attempt(False)

    def _changed(self, message: str, select: Callable[[Any], bool] | None) -> None:
        self._select_after, self._reveal = select, select is not None
        self.ctx.status(message)
        self.ctx.refresh()

    def add_meeting(self) -> None:
        """Ask for a meeting (the schedule and the board's priorities are read first) and add it."""
        store = self.ctx.store
        if store is None:
            return

        def job():
            from cpo_desktop.services import meetings

            return meetings.get_schedule(store), meetings.theme_choices(store)

        self.ctx.op(job).owner(self).success(lambda result: self._ask_add(*result)).run()

    def _ask_add(self, schedule, themes: list[str]) -> None:
        from cpo_desktop.services import meetings

        dialog = MeetingDialog(themes, schedule, self.rows, today=self.today, parent=self)
        try:
            if not prompts.ask(dialog):
                return
            data = dialog.result_input()
        finally:
            dialog.deleteLater()
        kind = enums.MeetingKind(data.kind).label.lower()

        def done(result) -> None:
            meeting_id, _warnings = result
            self._changed(f"Added a {kind} on {dates.long(data.date)} at {dates.hm(data.start_time)}.",
                          lambda r: r.id == meeting_id)

        self._change("Add a Meeting", "Add Meeting",
                     lambda store, anyway: meetings.add_meeting(store, data, anyway=anyway), done)

    def move_meeting(self) -> None:
        """Move or postpone the selected meeting."""
        from cpo_desktop.services import meetings

        row = self.selected()
        if row is None or self.ctx.store is None or row.status == HELD:
            return
        dialog = MoveMeetingDialog(row, self.rows, today=self.today, parent=self)
        try:
            if not prompts.ask(dialog):
                return
            day, time, reason = dialog.result_values()
        finally:
            dialog.deleteLater()
        first = row.moved_from or row.date
        verb = "Postponed" if day > row.date else "Moved"
        at = f" at {dates.hm(time)}" if time != row.start_time else ""
        message = f"{verb} the meeting to {dates.long(day)}{at} (first planned for {dates.short(first)})."

        self._change("Move a Meeting", "Move Meeting",
                     lambda store, anyway: meetings.move_meeting(store, row.id, day, time, reason=reason,
                                                                 anyway=anyway),
                     lambda _warnings: self._changed(message, lambda r: r.id == row.id))

    def edit_meeting(self) -> None:
        """Change the selected meeting's details (the board's priorities are read first)."""
        row = self.selected()
        store = self.ctx.store
        if row is None or store is None:
            return
        meeting_id = row.id

        def job():
            from cpo_desktop.services import meetings

            return meetings.theme_choices(store)

        self.ctx.op(job).owner(self).success(lambda themes: self._ask_edit(meeting_id, themes)).run()

    def _ask_edit(self, meeting_id: int, themes: list[str]) -> None:
        from cpo_desktop.services import meetings

        row = next((r for r in self.rows if r.id == meeting_id), None)
        if row is None:
            return
        dialog = MeetingDialog(themes, None, self.rows, today=self.today, meeting=row, parent=self)
        try:
            if not prompts.ask(dialog):
                return
            details = dialog.result_details()
        finally:
            dialog.deleteLater()
        changed = changed_details(meetings.meeting_details(row), details)
        what = f"the {row.kind_label.lower()} of {dates.long(row.date)}"
        if not changed:
            self.ctx.status(f"Nothing was changed in {what}.")
            return
        if details.kind != row.kind:
            what = f"the {enums.MeetingKind(details.kind).label.lower()} of {dates.long(row.date)}"
        message = f"Saved {what}: its {and_list(changed)} changed."
        self._run_change(lambda store: meetings.update_meeting(store, meeting_id, details), message, meeting_id)

    def mark_held(self) -> None:
        row = self.selected()
        if row is None or row.status in (HELD, CANCELLED) or row.date > self.today:
            return
        self._set_status(row, HELD, None, f"Marked the {row.kind_label.lower()} of {dates.long(row.date)} as held.")

    def cancel_meeting(self) -> None:
        """Ask (with room for a reason), then cancel the selected meeting; it stays in the list."""
        row = self.selected()
        if row is None or self.ctx.store is None or row.status in (HELD, CANCELLED):
            return
        dialog = CancelMeetingDialog(row, parent=self)
        try:
            if not prompts.ask(dialog):
                self.ctx.status("Nothing was changed.")
                return
            reason = dialog.reason()
        finally:
            dialog.deleteLater()
        self._set_status(row, CANCELLED, reason,
                         f"Cancelled the {row.kind_label.lower()} of {dates.long(row.date)}. It stays in the list; "
                         "Reinstate Meeting plans it again.")

    def reinstate_meeting(self) -> None:
        row = self.selected()
        if row is None or row.status != CANCELLED:
            return
        self._set_status(row, enums.MeetingStatus.PLANNED.value, None,
                         f"Reinstated the {row.kind_label.lower()} of {dates.long(row.date)}: it is planned again.")

    def _set_status(self, row, status: str, reason: str | None, message: str) -> None:
        from cpo_desktop.services import meetings

        today = self.today
        self._run_change(lambda store: meetings.set_status(store, row.id, status, reason=reason, today=today),
                         message, row.id)

    def _run_change(self, work: Callable[[Any], Any], message: str, meeting_id: int) -> None:
        """Run ``work(store)`` off the UI thread; then say ``message`` and show the meeting again."""
        store = self.ctx.store
        if store is None:
            return
        self.ctx.op(lambda: work(store)).success(
            lambda _result: self._changed(message, lambda r: r.id == meeting_id)).run()

    def plan_year(self) -> None:
        """Preview a year's board meetings from the schedule, then save them."""
        from cpo_desktop.services import meetings

        store = self.ctx.store
        if store is None:
            return
        dialog = PlanYearDialog(self.ctx, self.default_plan_year(), parent=self)
        try:
            if not prompts.ask(dialog):
                return
            year = dialog.year()
        finally:
            dialog.deleteLater()

        def done(planned) -> None:
            first = min(p.date for p in planned)
            self._year_choice = year
            self._changed(f"Planned {len(planned)} board meetings for {year_label(year)}, "
                          f"from {dates.long(first)} to {dates.long(max(p.date for p in planned))}.",
                          lambda r: r.date == first and r.kind == enums.MeetingKind.BOARD.value)

        self._change("Plan a Year", "Plan These Meetings",
                     lambda s, anyway: meetings.plan_year(s, year, anyway=anyway), done)

    def default_plan_year(self) -> int:
        """The first municipal year from this one on without board meetings."""
        planned = {municipal_year_start(r.date) for r in self.rows if r.kind == enums.MeetingKind.BOARD.value}
        year = municipal_year_start(self.today)
        while year in planned:
            year += 1
        return year

    def edit_schedule(self) -> None:
        """Change when the board usually meets (read first, then asked, then saved off the UI thread)."""
        store = self.ctx.store
        if store is None:
            return

        def job():
            from cpo_desktop.services import meetings

            return meetings.get_schedule(store)

        self.ctx.op(job).owner(self).success(self._ask_schedule).run()

    def _ask_schedule(self, schedule) -> None:
        from cpo_desktop.services import meetings

        store = self.ctx.store
        if store is None:
            return
        dialog = ScheduleDialog(schedule, parent=self)
        try:
            if not prompts.ask(dialog):
                return
            chosen = dialog.result_schedule()
        finally:
            dialog.deleteLater()
        text = plain_list(chosen.describe())

        def done(_result) -> None:
            self._schedule_text = text
            self._show_subtitle()
            self.ctx.status(f"Saved the board's schedule: it meets on {text}. Plan a Year… uses it; "
                                    "meetings already planned keep their dates.", 15000)

        self.ctx.op(lambda: meetings.set_schedule(store, chosen)).owner(self).success(done).run()

    def edit_terms(self) -> None:
        """The board's terms of reference (Meetings › Board's Terms of Reference…)."""
        from cpo_desktop.ui.board.terms import edit_terms

        edit_terms(self.ctx, self)

    # --- calendar files ------------------------------------------------------------------------
    def export_selected_meeting(self) -> None:
        row = self.selected()
        if row is not None:
            self.export_calendar(meeting_id=row.id)

    def export_shown_year(self) -> None:
        self.export_calendar(year=self.export_year())

    def export_calendar(self, *, year: int | None = None, meeting_id: int | None = None) -> None:
        """Save a municipal year's meetings, or one meeting, as an .ics file the user chooses."""
        store = self.ctx.store
        if store is None or (year is None) == (meeting_id is None):
            return
        row = next((r for r in self.rows if r.id == meeting_id), None)
        if meeting_id is not None:
            name = f"board-meeting-{dates.iso(row.date)}.ics" if row else f"meeting-{meeting_id}.ics"
            what = f"the meeting of {dates.short(row.date)}" if row else "the meeting"
        else:
            name = f"board-meetings-{year_label(year).replace('/', '-')}.ics"
            count = sum(1 for r in self.rows if municipal_year_start(r.date) == year)
            what = f"the {count} meetings of {year_label(year)}" if count != 1 else f"the meeting of {year_label(year)}"
        target = prompts.save_file(self, "Export to Calendar", self.ctx.paths.exports / name, "Calendar files (*.ics)")
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".ics")

        def job(progress: Progress) -> Path:
            from cpo_desktop.services import calendar_export

            target.parent.mkdir(parents=True, exist_ok=True)
            return calendar_export.export(store, target, year=year, meeting_id=meeting_id, progress=progress)

        def done(written: Path) -> None:
            self.ctx.status(f"Saved {what} to {written}. Open that file in Outlook (or any calendar) to add "
                            f"{'it' if meeting_id is not None else 'them'}.", 20000)

        self.ctx.status("Writing the calendar file…")
        self.ctx.long_op("Writing the calendar file", job).success(done).run()
