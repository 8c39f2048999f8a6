"""A no-op edit is a no-op (issue 17, finding 12): every edit dialog of the window, opened on an
existing record and confirmed with OK without a change, leaves the whole database exactly as it
was (every table's rows, compared as an SQL dump) and puts nothing on the undo stack.

The records are the demo board's richest, made richer first through the services (a person with
every field filled, presenters that are a seat, a person, a person no longer current and a role in
words, a Part 2 item with its public title, a substitute who has since left…), because a dialog
drops what it was given but does not show.

A new dialog class in ``cpo_desktop/ui`` must be added to ``EDIT_DIALOGS`` (with a case below) or
to ``NOT_EDIT_DIALOGS`` (with the reason it edits nothing): ``test_every_dialog_is_listed`` fails
until it is.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import sqlite3
from dataclasses import dataclass, field

import pytest
from conftest import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlmodel import select

import cpo_desktop.ui
from cpo_desktop.model.tables import (
    ActionItem,
    AgendaItem,
    Membership,
    Minute,
    Minutes,
    Paper,
    Person,
    ReportingOfficer,
    ReportRule,
    Resolution,
)

# --- which dialogs edit something ------------------------------------------------------------------

EDIT_DIALOGS = {
    "ItemDialog", "ChecklistDialog", "TemplateDialog", "ContactDialog",
    "PersonDialog", "MembershipDialog", "TrainingDialog", "OfficerDialog", "SeatDialog",
    "MeetingDialog", "ScheduleDialog", "TermsDialog", "RuleDialog",
    "ResolutionDialog", "ActionDialog", "ClosingTimeDialog",
    "PartnerDialog", "ExchangeRulesDialog", "TrainingAttendanceDialog", "GroupDialog", "CommitmentDialog",
    "TrainingSessionDialog", "FigureDialog", "IndicatorDialog", "ThresholdDialog",
}

NOT_EDIT_DIALOGS = {
    "AboutDialog": "shows the version and the data folder",
    "RetireSeatDialog": "an action (retire a seat from a day), undone with its undo",
    "LatePackDialog": "asks why a pack is late, for the build it is about to run; nothing stored is edited",
    "ChaseDialog": "lists the papers to chase and writes e-mail drafts",
    "AppointDialog": "adds a membership; it never opens on one",
    "ImportDialog": "previews a CSV file to add people from",
    "CancelMeetingDialog": "an action (cancel), not an edit: OK cancels the meeting",
    "MoveMeetingDialog": "an action (move); OK waits until a new date or time is chosen",
    "PlanYearDialog": "adds a year of meetings",
    "CheckedDialog": "the base class of the minutes' and exchange's dialogs",
    "AttendeeDialog": "adds a substitute or a guest to the sheet (the sheet itself is edited in place)",
    "DeclarationDialog": "adds a declaration (declarations are added and removed, never edited)",
    "ActionUpdateDialog": "adds a dated update; OK waits until a status or a note is given",
    "AmendDialog": "asks why confirmed minutes change; it opens only for a change",
    "ConfirmMinutesDialog": "an action (confirm the minutes)",
    "SignatureDialog": "an action (record the Chair's signature)",
    "ExportMinutesDialog": "writes a document",
    "RatesDialog": "shows attendance rates",
    "MarkSentDialog": "an action (record the day minutes went), undone with Mark Sent's undo",
    "PartnerMinutesDialog": "adds partner minutes read from a file",
    "PartnersDialog": "the list of partner boards; each is edited in PartnerDialog",
    "PackageDialog": "says where a package was written",
    "_Checked": "the base class of the working groups' dialogs",
    "RagUpdateDialog": "adds a dated RAG update to a commitment (updates are added, never edited)",
    "WorkingGroupMemberDialog": "adds a member to a working group; it never opens on one",
    "RetireGroupDialog": "an action (retire a priority from a day), undone with its undo",
    "ReportDialog": "chooses a meeting and a version of the performance report to save: writes a file, changes no data",
    "FiguresImportDialog": "previews a file of figures to import; Import adds or changes figures, undone with its undo",
}


def dialog_classes() -> dict[str, type]:
    """Every QDialog subclass defined in a module of cpo_desktop.ui or its feature packages
    (generated forms aside)."""
    found = {}
    for info in pkgutil.walk_packages(cpo_desktop.ui.__path__, "cpo_desktop.ui."):
        if info.name.startswith("cpo_desktop.ui.generated"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == module.__name__ and issubclass(obj, QDialog):
                found[name] = obj
    return found


def test_every_dialog_is_listed():
    found = set(dialog_classes())
    unlisted = found - EDIT_DIALOGS - set(NOT_EDIT_DIALOGS)
    assert not unlisted, (f"new dialog(s) {sorted(unlisted)}: add each to EDIT_DIALOGS with a no-op case in "
                          "CASES, or to NOT_EDIT_DIALOGS saying why it edits nothing")
    assert not (EDIT_DIALOGS & set(NOT_EDIT_DIALOGS))
    assert not (EDIT_DIALOGS | set(NOT_EDIT_DIALOGS)) - found, "a listed dialog no longer exists"
    assert {case.dialog for case in CASES} == EDIT_DIALOGS, "every edit dialog needs a no-op case"


# --- the database, whole ---------------------------------------------------------------------------

def dump(paths) -> list[str]:
    """Every table's rows (and the schema) as SQL, read through a connection of its own."""
    con = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def changed_lines(before: list[str], after: list[str]) -> list[str]:
    import difflib

    return [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


# --- the richest records -----------------------------------------------------------------------------

@dataclass
class Rich:
    """The ids of the records each case opens."""
    ids: dict[str, int] = field(default_factory=dict)

    def __getitem__(self, key: str) -> int:
        return self.ids[key]


def enrich(paths, today: dt.date) -> Rich:
    """Fill the demo's records in as fully as a real register would be, through the services."""
    from cpo_desktop.services import agenda, register
    from cpo_desktop.services import settings as settings_svc
    from cpo_desktop.services.startup import open_data

    rich = Rich()
    store = open_data(paths)
    try:
        with store.session() as session:
            people = {f"{p.first_name} {p.surname}": p.id for p in session.exec(select(Person))}
            officers = {o.role: o for o in session.exec(select(ReportingOfficer))}
            items = session.exec(select(AgendaItem).order_by(AgendaItem.meeting_id, AgendaItem.position)).all()
            rules = {r.title: r.id for r in session.exec(select(ReportRule))}
            papers = session.exec(select(Paper).order_by(Paper.id)).all()
            minutes = {m.meeting_id: m.status for m in session.exec(select(Minutes))}
            subs = session.exec(select(Membership).where(Membership.substitute_id != None)  # noqa: E711
                                .order_by(Membership.id)).all()
            actions = session.exec(select(ActionItem).where(ActionItem.due_date != None)  # noqa: E711
                                   .order_by(ActionItem.number)).all()

        # A person with every field filled: title, preferred name, notes over two lines, consent.
        tom = people["Tomasz Nowak"]
        detail = register.person_detail(store, tom)
        data = detail.data
        data.notes = "Prefers Tom.\nChairs the care leavers' forum on Thursdays."
        register.update_person(store, tom, data)
        rich.ids["person"] = tom
        # A care-experienced young person who consented to their full name, with a preferred name.
        jade = people["Jade Armitage"]
        data = register.person_detail(store, jade).data
        data.preferred_name, data.notes = "JJ", "Full name agreed for the website, March 2026."
        register.update_person(store, jade, data)
        rich.ids["young"] = jade
        # A councillor who is not on the board, with a party, a ward and a place on the Children's O&S.
        rich.ids["councillor"] = people["Susan Doyle"]
        # Training with notes.
        rich.ids["training"] = register.add_training(store, tom, register.TrainingInput(
            date=today - dt.timedelta(days=40), kind="other", status="attended", notes="Trauma-informed practice"))
        # Substitutes: one current, one who has left the board since (no longer in the choices).
        rich.ids["substitute"] = subs[0].id
        left = next(m for m in subs if m.substitute_id != subs[0].substitute_id)
        rich.ids["former_substitute"] = left.id
        register.mark_former(store, left.substitute_id, on=today)
        # A reporting officer with notes whose named person has left.
        officer = officers["Departmental Leads"]
        from cpo_desktop.services import officers as officers_svc

        current = officers_svc.officer_input(store, officer.id)
        current.notes = "Rota agreed by the Corporate Leadership Board."
        officers_svc.update_officer(store, officer.id, current)
        register.mark_former(store, officer.person_id, on=today)
        rich.ids["officer"] = officer.id
        rich.ids["officer_current"] = officers["Children's Complaints Officer"].id

        # Agenda items: presenters of every kind, on a meeting still to come.
        upcoming = [i for i in items if minutes.get(i.meeting_id) is None]
        seat_item = next(i for i in upcoming if i.presenter_seat_id is not None)
        person_item = next(i for i in upcoming if i.presenter_person_id is not None and i.presenter_role)
        role_item = next(i for i in upcoming if i.presenter_role and i.presenter_person_id is None
                         and i.presenter_seat_id is None)
        rich.ids.update(seat_item=seat_item.id, person_item=person_item.id, role_item=role_item.id,
                        meeting=seat_item.meeting_id)
        # A presenter who has left the register's current people since the agenda was made.
        gone = next(i for i in upcoming if i.presenter_person_id is not None
                    and i.presenter_person_id != person_item.presenter_person_id)
        register.mark_former(store, gone.presenter_person_id, on=today)
        rich.ids["former_person_item"] = gone.id
        # A Part 2 item with its paragraph, public-interest note and public title.
        part2 = next(i for i in items if i.part == 2)
        row = next(r for r in agenda.load_agenda(store, part2.meeting_id).items if r.id == part2.id)
        value = agenda.item_input(row)
        value.public_interest = "The report is about individual children; their privacy outweighs the public interest."
        value.chair_notes = "Ask the press and public to leave.\nThe Director presents."
        agenda.update_item(store, part2.id, value)
        with store.session() as session:  # the public title the officer wrote (schema 0007)
            session.get(AgendaItem, part2.id).public_title = "Placements: an individual child's case"
        rich.ids["part2_item"] = part2.id
        # A paper with its checklist filled in.
        paper = papers[0]
        agenda.set_checklist(store, paper.id, agenda.Checklist(True, "Section 2.", True, "The MAD group wrote it.",
                                                              False, "Next time."))
        rich.ids["paper_item"] = paper.agenda_item_id
        # The work programme: a rule by seat with a theme, one by reporting officer, one by role.
        rich.ids.update(rule_seat=rules["Virtual School Head Teacher's report"],
                        rule_officer=rules["Adoption report (Adoption in Merseyside)"],
                        rule_role=rules["Regulation 44 independent visits to children's homes"])
        # Minutes: a resolution on draft minutes (a deferral) and one on confirmed minutes.
        with store.session() as session:
            for status, key in (("draft", "draft_resolution"), ("confirmed", "confirmed_resolution")):
                meeting_id = next(mid for mid, s in minutes.items() if s == status)
                res = session.exec(select(Resolution).join(Minute).where(Minute.meeting_id == meeting_id)
                                   .order_by(Resolution.deferred_to_meeting_id.desc(), Resolution.id)).first()
                rich.ids[key] = res.id
                rich.ids[key + "_minute"] = res.minute_id
                rich.ids[key + "_meeting"] = meeting_id
        rich.ids["action"] = actions[0].number
        # A meeting with notes and an online link.
        from cpo_desktop.services import meetings

        meeting = meetings.meeting_row(store, seat_item.meeting_id)
        details = meetings.meeting_details(meeting)
        details.notes, details.online_link = "Room booked until 17:00.", "https://teams.example.org/cpb"
        meetings.update_meeting(store, meeting.id, details)
        rich.ids["meeting_notes"] = meeting.id
        settings_svc.set(store, "demo.enriched", True)
    finally:
        store.close()
    return rich


# --- driving the window --------------------------------------------------------------------------------

@dataclass
class Ctx:
    window: object
    qtbot: object
    answers: list
    rich: Rich
    seen: list = field(default_factory=list)

    def settle(self) -> None:
        for _ in range(2):  # a change's done() may start a reload: wait for that too
            self.qtbot.waitUntil(lambda: not self.window.runner.busy, timeout=20000)
            self.qtbot.wait(50)

    def press_ok(self, name: str) -> None:
        """The next dialog must be ``name``: press its OK as it stands."""
        def fill(d: QDialog) -> bool:
            assert type(d).__name__ == name, f"expected {name}, got {type(d).__name__}"
            box = d.findChild(QDialogButtonBox)
            ok = box.button(QDialogButtonBox.StandardButton.Ok)
            problems = d.ui.problemLabel.text() if hasattr(d.ui, "problemLabel") else ""
            assert ok.isEnabled(), f"{name}: OK is disabled on an unchanged record ({problems})"
            self.seen.append(name)
            ok.click()
            return d.result() == QDialog.DialogCode.Accepted
        self.answers.append(fill)


def _agenda(ctx: Ctx, item_key: str) -> None:
    w, view = ctx.window, ctx.window.agenda_view
    item_id = ctx.rich[item_key]
    with ctx.window.store.session() as session:
        meeting_id = session.get(AgendaItem, item_id).meeting_id
    w.set_view("agenda")
    ctx.settle()
    if view.meeting_id != meeting_id or view.agenda is None:
        with ctx.qtbot.waitSignal(view.loaded, timeout=20000):
            view.open_meeting(meeting_id)
    assert view.select_item(item_id)


def agenda_item(key: str):
    def run(ctx: Ctx) -> None:
        _agenda(ctx, key)
        ctx.press_ok("ItemDialog")
        ctx.window.agenda_view.edit_item()
    return run


def checklist(ctx: Ctx) -> None:
    _agenda(ctx, "paper_item")
    ctx.press_ok("ChecklistDialog")
    ctx.window.agenda_view.edit_checklist()


def template(ctx: Ctx) -> None:
    ctx.window.set_view("agenda")
    ctx.press_ok("TemplateDialog")
    ctx.window.agenda_view.edit_template()


def contact(ctx: Ctx) -> None:
    ctx.window.set_view("agenda")
    ctx.press_ok("ContactDialog")
    ctx.window.agenda_view.edit_contact()


def name_the_contact(ctx: Ctx) -> None:
    from cpo_desktop.services import settings

    settings.set_contact(ctx.window.store, "Sam Hale", "sam.hale@example.org")


def _person(ctx: Ctx, person_id: int):
    register = ctx.window.members.register
    ctx.window.set_view("members")
    assert register.select_person(person_id), person_id
    ctx.qtbot.waitUntil(lambda: register.detail is not None and register.detail.id == person_id, timeout=10000)
    return register


def person(key: str):
    def run(ctx: Ctx) -> None:
        register = _person(ctx, ctx.rich[key])
        ctx.press_ok("PersonDialog")
        register.ui.editButton.click()
    return run


def training(ctx: Ctx) -> None:
    register = _person(ctx, ctx.rich["person"])
    from cpo_desktop.ui.widgets import select_where

    assert select_where(register.ui.trainingTable, register.training_model, lambda t: t.id == ctx.rich["training"])
    ctx.press_ok("TrainingDialog")
    register.ui.editTrainingButton.click()


def training_attendance(ctx: Ctx) -> None:
    from cpo_desktop.ui.widgets import select_where

    ctx.window.set_view("members")
    register = ctx.window.members.register
    register.show_training()
    ctx.settle()
    panel = register.training
    assert select_where(panel.ui.sessionTable, panel.session_model, lambda r: r.date == dt.date(2026, 6, 11))
    ctx.press_ok("TrainingAttendanceDialog")
    panel.ui.attendanceButton.click()


def training_session(day: dt.date):
    def run(ctx: Ctx) -> None:
        from cpo_desktop.ui.widgets import select_where

        ctx.window.set_view("members")
        register = ctx.window.members.register
        register.show_training()
        ctx.settle()
        panel = register.training
        assert select_where(panel.ui.sessionTable, panel.session_model, lambda r: r.date == day)
        ctx.press_ok("TrainingSessionDialog")
        panel.ui.editSessionButton.click()
    return run


def a_session_with_every_field(store, rich: Rich) -> None:
    """A session of another kind, with a title, a venue, no time and a note the dialog does not show."""
    from cpo_desktop.services import training as tr

    tr.add_session(store, tr.SessionInput(date=dt.date(2026, 10, 15), kind="other", title="  Keeping  safe ",
                                          venue="Magdalen House, Bootle", notes="Room booked; bring the pledge."),
                   tr.BOARD, today=dt.date(2026, 11, 23))


def substitute(key: str):
    def run(ctx: Ctx) -> None:
        with ctx.window.store.session() as session:
            membership = session.get(Membership, ctx.rich[key])
            person_id = membership.person_id
        register = _person(ctx, person_id)
        from cpo_desktop.ui.widgets import select_where

        assert select_where(register.ui.membershipTable, register.membership_model,
                            lambda m: m.id == ctx.rich[key])
        ctx.press_ok("MembershipDialog")
        register.ui.substituteButton.click()
    return run


def seat_substitute(key: str):
    def run(ctx: Ctx) -> None:
        seats = ctx.window.seats
        ctx.window.set_view("seats")
        from cpo_desktop.ui.widgets import select_where

        assert select_where(seats.ui.seatTable, seats.model, lambda s: s.membership_id == ctx.rich[key])
        ctx.press_ok("MembershipDialog")
        seats.ui.substituteButton.click()
    return run


def officer(key: str):
    def run(ctx: Ctx) -> None:
        view = ctx.window.officers
        ctx.window.set_view("officers")
        from cpo_desktop.ui.widgets import select_where

        assert select_where(view.ui.officerTable, view.model, lambda o: o.id == ctx.rich[key])
        ctx.press_ok("OfficerDialog")
        view.ui.editButton.click()
    return run


def seat(title: str):
    def run(ctx: Ctx) -> None:
        view = ctx.window.seats
        ctx.window.set_view("seats")
        from cpo_desktop.ui.widgets import select_where

        assert select_where(view.ui.seatTable, view.model, lambda s: s.seat == title)
        ctx.press_ok("SeatDialog")
        view.ui.editSeatButton.click()
    return run


def a_seat_with_every_rule(store, rich: Rich) -> None:
    from cpo_desktop.services import seats

    seats.add_seat(store, seats.SeatInput(
        title="Making A Difference representative (1)", category="young_person", organisation="Sefton Council",
        permanent=True, rotation_group="MAD representatives", voting=False, counts_towards_quorum=False,
        source="Terms of reference 2024"))


def meeting(ctx: Ctx) -> None:
    view = ctx.window.meetings
    ctx.window.set_view("meetings")
    ctx.settle()
    row = next(r for r in view.rows if r.id == ctx.rich["meeting_notes"])
    if not view.select_meeting(row.id):
        view.set_year(None)
        assert view.select_meeting(row.id)
    ctx.press_ok("MeetingDialog")
    view.edit_meeting()


def schedule(ctx: Ctx) -> None:
    ctx.window.set_view("meetings")
    ctx.press_ok("ScheduleDialog")
    ctx.window.meetings.edit_schedule()


def terms_of_reference(ctx: Ctx) -> None:
    ctx.window.set_view("meetings")
    ctx.press_ok("TermsDialog")
    ctx.window.meetings.edit_terms()


def rule(key: str):
    def run(ctx: Ctx) -> None:
        view = ctx.window.work_programme
        ctx.window.set_view("work-programme")
        ctx.settle()
        if view.data is None:
            with ctx.qtbot.waitSignal(view.loaded, timeout=30000):
                view.reload()
        rule_row = next(r for r in view.rules_model.all_rows if r.id == ctx.rich[key])
        ctx.press_ok("RuleDialog")
        view.edit_rule(rule_row)
    return run


def _minutes(ctx: Ctx, meeting_key: str):
    view = ctx.window.minutes_view
    ctx.window.set_view("minutes")
    ctx.settle()
    meeting_id = ctx.rich[meeting_key]
    if view.meeting_id != meeting_id or view.data is None:
        with ctx.qtbot.waitSignal(view.loaded, timeout=20000):
            view.open_meeting(meeting_id)
    return view


def _select_resolution(ctx: Ctx, key: str):
    from PySide6.QtCore import Qt

    view = _minutes(ctx, key + "_meeting")
    view.show_tab("minutes")
    minute_id = ctx.rich[key + "_minute"]
    row = next(n for n in range(view.minute_list.count())
               if view.minute_list.item(n).data(Qt.ItemDataRole.UserRole) == minute_id)
    view.minute_list.setCurrentRow(row)
    res_row = next(n for n in range(view.resolution_list.count())
                   if view.resolution_list.item(n).data(Qt.ItemDataRole.UserRole) == ctx.rich[key])
    view.resolution_list.setCurrentRow(res_row)
    return view


def resolution(key: str):
    def run(ctx: Ctx) -> None:
        view = _select_resolution(ctx, key)
        ctx.press_ok("ResolutionDialog")  # and no AmendDialog after it: nothing changed
        view.edit_resolution()
    return run


def closing_time(key: str):
    def run(ctx: Ctx) -> None:
        view = _minutes(ctx, key)
        view.show_tab("minutes")
        ctx.press_ok("ClosingTimeDialog")  # and no AmendDialog after it: nothing changed
        view.actions["closed"].trigger()
    return run


def action(ctx: Ctx) -> None:
    from cpo_desktop.ui.widgets import select_where

    with ctx.window.store.session() as session:
        a = session.exec(select(ActionItem).where(ActionItem.number == ctx.rich["action"])).one()
        meeting_id = a.meeting_id
    ctx.rich.ids["action_meeting"] = meeting_id
    view = _minutes(ctx, "action_meeting")
    view.show_tab("actions")
    assert select_where(view.log_table, view.log_model, lambda r: r.number == ctx.rich["action"])
    ctx.press_ok("ActionDialog")
    view.edit_action()


def _exchange(ctx: Ctx):
    view = ctx.window.exchange_view
    ctx.window.set_view("exchange")
    ctx.settle()
    if view.data is None:
        with ctx.qtbot.waitSignal(view.loaded, timeout=20000):
            view.reload()
    return view


def partner(short: str):
    def run(ctx: Ctx) -> None:
        view = _exchange(ctx)
        from cpo_desktop.ui.widgets import select_where

        def partners(d) -> bool:
            ctx.qtbot.waitUntil(lambda: not d.busy and d.model.rowCount() > 0, timeout=10000)
            assert select_where(d.ui.table, d.model, lambda p: p.short_name == short)
            ctx.press_ok("PartnerDialog")
            d.ui.editButton.click()
            ctx.qtbot.waitUntil(lambda: not d.busy and not ctx.window.runner.busy, timeout=10000)
            return False

        ctx.answers.append(partners)
        view.actions["partners"].trigger()
    return run


def exchange_rules(ctx: Ctx) -> None:
    view = _exchange(ctx)
    ctx.press_ok("ExchangeRulesDialog")
    view.edit_rules()


def cancel_the_deferral_meeting(store, rich: Rich) -> None:
    from cpo_desktop.services import meetings

    with store.session() as session:
        target = session.get(Resolution, rich["draft_resolution"]).deferred_to_meeting_id
    assert target is not None, "the demo's draft minutes defer an item"
    meetings.set_status(store, target, "cancelled", reason="No quorum expected")


def forget_the_thresholds(store, rich: Rich) -> None:
    """As a store that has never had them set: the defaults are read, no row holds them."""
    from cpo_desktop.model.tables import Setting
    from cpo_desktop.services import exchange

    with store.session() as session:
        for key in (exchange.SEND_DAYS_KEY, exchange.RECEIVE_MONTHS_KEY):
            session.delete(session.get(Setting, key))


def _groups(ctx: Ctx, title: str):
    view = ctx.window.work_programme
    ctx.window.set_view("work-programme")
    ctx.settle()
    panel = view.groups_panel
    view.tabs.setCurrentIndex(view.GROUPS)
    gid = next(g.id for g in panel.data.groups if g.title == title) if panel.data else None
    if panel.data is None or panel.data.plan is None or panel.data.plan.group.id != gid:
        with ctx.qtbot.waitSignal(panel.loaded, timeout=20000):
            panel.reload(select=gid)
    ctx.settle()
    return panel


def group(title: str):
    def run(ctx: Ctx) -> None:
        panel = _groups(ctx, title)
        assert panel.selected_group().title == title
        ctx.press_ok("GroupDialog")
        panel.edit_group()
    return run


def commitment(ctx: Ctx) -> None:
    panel = _groups(ctx, "Health and Wellbeing")
    from cpo_desktop.ui.widgets import select_where

    assert select_where(panel.ui.planTable, panel.plan_model, lambda c: c.due_date is not None)
    ctx.press_ok("CommitmentDialog")
    panel.edit_commitment()


def a_group_with_a_person_chair_and_a_dated_commitment(store, rich: Rich) -> None:
    from cpo_desktop.services import working_groups as wg

    data = wg.group_input(store, "Health and Wellbeing")
    data.chair_seat_id, data.chair_person_id = None, rich["person"]
    wg.update_group(store, "Health and Wellbeing", data)
    first = wg.plan(store, "Health and Wellbeing").commitments[0]
    wg.update_commitment(store, first.id, wg.CommitmentInput(first.text, owner_person_id=rich["person"],
                                                             due_date=dt.date(2027, 3, 31)))


def figures_with_every_field(store, rich: Rich) -> None:
    """Figures with comparators, a target and commentary over two lines; one with a DfE mark; an
    indicator built from counts, filed under a priority."""
    from cpo_desktop.services import performance

    performance.set_figure(store, "cla_rate", "2026-09", value=127.3, england=70, region=99.5, neighbours=101.25,
                           target=110, commentary="Up a little.\nThe region is higher.")
    performance.set_figure(store, "cla_rate", "2026-10", value=114.9, england=71, region=127.9,
                           commentary="Down: fewer entries.")
    performance.set_figure(store, "missing_children", "2026-Q3", value="c", target=4, commentary="Hidden at source.")


def _performance(ctx: Ctx, key: str):
    window = ctx.window
    view = window.performance_view
    window.set_view("performance")
    ctx.settle()
    if view.data is None:
        with ctx.qtbot.waitSignal(view.loaded, timeout=20000):
            view.reload()
    row = next(r for r in view.model.all_rows if r.key == key)
    view.select_indicator(row.id)
    ctx.qtbot.waitUntil(lambda: view.history is not None and view.history[0].id == row.id, timeout=10000)
    return view


def figure(key: str, period: str):
    def run(ctx: Ctx) -> None:
        from cpo_desktop.ui.widgets import select_where

        view = _performance(ctx, key)
        assert select_where(view.figure_table, view.figure_model, lambda f: f.period == period)
        ctx.press_ok("FigureDialog")
        view.edit_figure()
    return run


def indicator(key: str):
    def run(ctx: Ctx) -> None:
        view = _performance(ctx, key)
        ctx.press_ok("IndicatorDialog")
        view.edit_indicator()
    return run


def threshold(ctx: Ctx) -> None:
    view = _performance(ctx, "cla_number")
    ctx.press_ok("ThresholdDialog")
    view.edit_threshold()


def a_threshold_set(store, rich: Rich) -> None:
    from cpo_desktop.services import performance

    performance.set_suppression_threshold(store, 8)


@dataclass(frozen=True)
class Case:
    name: str
    dialog: str
    run: object
    prepare: object = None  # done in the window, before the database is read for comparison
    setup: object = None  # done on the store before the window opens: setup(store, rich)


CASES = [
    Case("agenda item, a seat presents", "ItemDialog", agenda_item("seat_item")),
    Case("agenda item, a person presents in a role", "ItemDialog", agenda_item("person_item")),
    Case("agenda item, a role in words presents", "ItemDialog", agenda_item("role_item")),
    Case("agenda item, its presenter has left", "ItemDialog", agenda_item("former_person_item")),
    Case("agenda item in Part 2 with a public title", "ItemDialog", agenda_item("part2_item")),
    Case("report checklist", "ChecklistDialog", checklist),
    Case("agenda template", "TemplateDialog", template),
    Case("contact officer, not yet named", "ContactDialog", contact),
    Case("contact officer, named", "ContactDialog", contact, name_the_contact),
    Case("person with every field", "PersonDialog", person("person")),
    Case("young person who consented", "PersonDialog", person("young")),
    Case("training record", "TrainingDialog", training),
    Case("councillor off the board, with party, ward and O&S", "PersonDialog", person("councillor")),
    Case("attendance at a training session", "TrainingAttendanceDialog", training_attendance),
    Case("training session held, attendance recorded", "TrainingSessionDialog",
         training_session(dt.date(2026, 6, 11))),
    Case("training session with a title, a note and no time", "TrainingSessionDialog",
         training_session(dt.date(2026, 10, 15)), setup=a_session_with_every_field),
    Case("substitute, from the person", "MembershipDialog", substitute("substitute")),
    Case("substitute who has left, from the person", "MembershipDialog", substitute("former_substitute")),
    Case("substitute, from the seat", "MembershipDialog", seat_substitute("substitute")),
    Case("substitute who has left, from the seat", "MembershipDialog", seat_substitute("former_substitute")),
    Case("reporting officer whose person has left", "OfficerDialog", officer("officer")),
    Case("reporting officer", "OfficerDialog", officer("officer_current")),
    Case("seat with a term in years", "SeatDialog", seat("Elected Member (1)")),
    Case("seat with every rule set", "SeatDialog", seat("Making A Difference representative (1)"),
         setup=a_seat_with_every_rule),
    Case("meeting with notes and a link", "MeetingDialog", meeting),
    Case("the board's schedule, never set", "ScheduleDialog", schedule),
    Case("the board's terms of reference", "TermsDialog", terms_of_reference),
    Case("report rule by seat, with a theme", "RuleDialog", rule("rule_seat")),
    Case("report rule by reporting officer", "RuleDialog", rule("rule_officer")),
    Case("report rule by role", "RuleDialog", rule("rule_role")),
    Case("resolution deferring an item, draft minutes", "ResolutionDialog", resolution("draft_resolution")),
    Case("resolution deferring to a meeting cancelled since", "ResolutionDialog", resolution("draft_resolution"),
         setup=cancel_the_deferral_meeting),
    Case("resolution of confirmed minutes", "ResolutionDialog", resolution("confirmed_resolution")),
    Case("action with a due date", "ActionDialog", action),
    Case("closing time of confirmed minutes", "ClosingTimeDialog", closing_time("confirmed_resolution_meeting")),
    Case("closing time not recorded yet, draft minutes", "ClosingTimeDialog", closing_time("draft_resolution_meeting")),
    Case("partner board (restricted)", "PartnerDialog", partner("SSCP")),
    Case("partner board (public)", "PartnerDialog", partner("HWB")),
    Case("exchange overdue rules", "ExchangeRulesDialog", exchange_rules),
    Case("exchange overdue rules, never set", "ExchangeRulesDialog", exchange_rules, setup=forget_the_thresholds),
    Case("working group chaired by whoever holds a seat", "GroupDialog", group("Raising Aspirations")),
    Case("working group chaired by a reporting officer", "GroupDialog", group("Safe and Stable Homes")),
    Case("priority with no working group", "GroupDialog", group("Being Heard")),
    Case("working group chaired by a person", "GroupDialog", group("Health and Wellbeing"),
         setup=a_group_with_a_person_chair_and_a_dated_commitment),
    Case("commitment owned by a person, with a due date", "CommitmentDialog", commitment,
         setup=a_group_with_a_person_chair_and_a_dated_commitment),
    Case("figure with comparators, a target and commentary", "FigureDialog", figure("cla_rate", "2026-09"),
         setup=figures_with_every_field),
    Case("figure with a DfE mark", "FigureDialog", figure("missing_children", "2026-Q3"),
         setup=figures_with_every_field),
    Case("indicator built from counts, under a priority", "IndicatorDialog", indicator("pep_pct")),
    Case("indicator with figures, part of a total", "IndicatorDialog", indicator("placement_foster"),
         setup=figures_with_every_field),
    Case("suppression threshold, never set", "ThresholdDialog", threshold),
    Case("suppression threshold, set", "ThresholdDialog", threshold, setup=a_threshold_set),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_ok_on_an_unchanged_record_changes_nothing(qtbot, demo_paths, answers, case):
    rich = enrich(demo_paths, dt.date.today())
    if case.setup is not None:
        from cpo_desktop.services.startup import open_data

        store = open_data(demo_paths)
        try:
            case.setup(store, rich)
        finally:
            store.close()
    window = open_window(qtbot, demo_paths)
    ctx = Ctx(window, qtbot, answers, rich)
    if case.prepare is not None:
        case.prepare(ctx)
    ctx.settle()
    before = dump(demo_paths)
    undo = window.actions.undo_stack.count()
    case.run(ctx)
    ctx.settle()
    assert case.dialog in ctx.seen, f"{case.dialog} was not shown"
    assert not answers, "a dialog that was expected was not asked"
    after = dump(demo_paths)
    assert changed_lines(before, after) == [], f"OK on an unchanged {case.name} changed the database"
    assert window.actions.undo_stack.count() == undo, "an edit that changed nothing was put on the undo stack"


def test_a_changed_resolution_of_confirmed_minutes_is_still_an_amendment(qtbot, demo_paths, answers):
    """The other side of the no-op: a real change to a resolution of confirmed minutes asks why,
    after the dialog, and is recorded as an amendment with the wording before and after."""
    from cpo_desktop.model.tables import MinutesAmendment

    rich = enrich(demo_paths, dt.date.today())
    window = open_window(qtbot, demo_paths)
    ctx = Ctx(window, qtbot, answers, rich)
    ctx.settle()
    with window.store.session() as session:
        old = session.get(Resolution, rich["confirmed_resolution"]).text
        amendments = len(session.exec(select(MinutesAmendment)).all())
    view = _select_resolution(ctx, "confirmed_resolution")

    def reword(d) -> bool:
        assert type(d).__name__ == "ResolutionDialog"
        d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("other"))
        d.ui.textEdit.setPlainText("That the board thank the authors for the report.")
        return True

    def why(d) -> bool:
        assert type(d).__name__ == "AmendDialog"
        d.ui.reasonEdit.setText("The Chair asked for the board's thanks to be minuted")
        return True

    answers.extend([reword, why])
    view.edit_resolution()
    ctx.settle()
    assert not answers
    with window.store.session() as session:
        assert session.get(Resolution, rich["confirmed_resolution"]).text == (
            "That the board thank the authors for the report.")
        made = session.exec(select(MinutesAmendment).order_by(MinutesAmendment.id)).all()
    assert len(made) == amendments + 1
    assert (made[-1].reason, made[-1].old_text) == ("The Chair asked for the board's thanks to be minuted", old)


def test_an_attendance_cell_closed_without_a_change_saves_nothing(qtbot, demo_store):
    """The attendance sheet is edited in place, not in a dialog: a cell's editor closed on the text it
    opened with (however that text is spaced) asks for no change; a real change still does."""
    from cpo_desktop.services import attendance
    from cpo_desktop.ui.minutes.attendance import AttendanceModel

    with demo_store.session() as session:
        meeting_id = session.exec(select(Minutes.meeting_id).where(Minutes.status == "draft")).first()
    row = next(r for r in attendance.load(demo_store, meeting_id).rows if r.recorded and r.member)
    attendance.record(demo_store, meeting_id, [attendance.Mark(
        person_id=row.person_id, status=row.status, substitute_for_id=row.substitute_for_id,
        items="Items  4 and 5", note="Left at  15:30,\tbefore item 9")])
    model = AttendanceModel()
    model.set_rows(attendance.load(demo_store, meeting_id).rows)
    asked = []
    model.edited.connect(lambda *change: asked.append(change))
    n = next(i for i, r in enumerate(model.rows) if r.person_id == row.person_id)
    for column in (model.STATUS, model.ITEMS, model.NOTE):
        index = model.index(n, column)
        assert not model.setData(index, model.data(index, Qt.ItemDataRole.EditRole))  # as the editor gives it back
    assert asked == []
    assert model.setData(model.index(n, model.NOTE), "Left at 15:45")
    assert [(r.person_id, field, value) for r, field, value in asked] == [(row.person_id, "note", "Left at 15:45")]
