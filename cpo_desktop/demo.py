"""The fictional demo board: invented people in every seat, young people among them, and two
municipal years of meetings, so that every view has something real-looking to show.

The people are in ``resources/demo/demo_board.json``; the meetings are laid out from the
board's own schedule around today's date, so the demo always has meetings held and to come,
and the whole of the year before, held and on record, so last year's annual report can be made.
The board's performance figures from 2023 (``resources/demo/performance.csv``: the real figures of
the seeds at their dates, 612 children in care at December 2023 and 516 at December 2024, the rest
made up to agree with them) go in through the figures import, up to the last period over by today.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlmodel import Session, func, select

from cpo_desktop import clock, dates
from cpo_desktop import paths as paths_mod
from cpo_desktop.errors import UserError
from cpo_desktop.model import enums, schedule
from cpo_desktop.model.tables import (
    AgendaItem,
    Board,
    Commitment,
    CommitmentUpdate,
    Meeting,
    Membership,
    Organisation,
    Paper,
    Person,
    Priority,
    ReportingOfficer,
    Seat,
    TrainingRecord,
    TrainingSession,
    WorkingGroupMember,
)
from cpo_desktop.services import doctext, seed, settings
from cpo_desktop.store.db import Store

DEMO_KEY = "demo.loaded"
DEMO_MEETING_MINUTES = 150  # the demo board sits 14:00–16:30


class DemoRefused(UserError):
    """The store already holds people; the demo never mixes with real data."""


def demo_path() -> Path:
    return paths_mod.resources_dir() / "demo" / "demo_board.json"


def figures_path() -> Path:
    return paths_mod.resources_dir() / "demo" / "performance.csv"


def load_demo(path: Path | None = None) -> dict[str, Any]:
    return json.loads((path or demo_path()).read_text(encoding="utf-8"))


def is_empty(store: Store) -> bool:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(Person)).one() == 0


def load(store: Store, *, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty store with the demo board. Returns counts of what was added."""
    today = clock.or_today(today)
    seed.seed_board_template(store)
    data = load_demo()
    with store.session() as session:
        if session.exec(select(func.count()).select_from(Person)).one():
            raise DemoRefused("The register already holds people, so the demo board was not loaded: "
                              "the demo is only for an empty store (use --data-dir for a separate one).")
        counts = _insert(session, data, today)
        settings.set_contact_in(session, **data["contact_officer"])  # a made-up officer, on an example.org address
        settings.set_in(session, DEMO_KEY, today.isoformat())
    with store.session() as session:
        counts.update(_agendas(store, session, today))
    counts.update(_exchanges_in(store, today))
    before = _last_year(store, today)  # first, so that last year's actions are numbered first
    counts.update(_minutes(store, today))
    for key, n in before.items():
        counts[key] += n
    counts.update(_exchanges_out(store, today))
    counts["figures"] = _figures(store, today)
    return counts


def _figures(store: Store, today: dt.date) -> int:
    """The board's figures, through the import the officer uses (one transaction), for the
    periods over before ``today``: a demo loaded earlier has none from its future."""
    from cpo_desktop.services import performance

    preview = performance.read_preview(store, figures_path())
    preview.figures = [f for f in preview.figures if f.period.end < today]
    return performance.apply(store, preview, backup=False).added


# What the demo's minutes say about each kind of item, by a word in its title.
DISCUSSION = (
    ("Local Offer", "The Assistant Director presented the quarterly update on the Local Offer for care leavers, "
                    "including the council tax exemption now extended to care leavers living outside Sefton.\n\n"
                    "Members asked how the Offer is publicised to young people placed out of the borough. Officers "
                    "confirmed that personal advisers share it at every pathway plan review."),
    ("Youth Ambassadors", "Kayden Lowe presented the Youth Ambassadors' report on their work with the Virtual School "
                          "on the 'Raising Aspirations' events. Members thanked the Ambassadors for their work."),
    ("MAD", "Jade Armitage presented the Making A Difference group's report. The group asked for the board's support "
            "for free leisure passes for care-experienced young people up to 25."),
    ("Director", "The Executive Director briefed the board on Ofsted's focused visit and on recruitment of social "
                 "workers; agency use has fallen for the third quarter in a row."),
    ("Performance", "The Head of Service presented the performance report. The number of children in care is "
                    "stable; the proportion of care leavers in education, employment or training has risen but "
                    "remains below the regional average. Members asked for an analysis of placement moves."),
    ("Partner boards", "The minutes of the Safeguarding Children Partnership and the Health and Wellbeing Board "
                       "were received for information."),
    ("Virtual School", "The Head Teacher presented the Virtual School's report. Personal Education Plans are "
                       "completed on time for 94% of children; attendance of children placed out of borough "
                       "needs closer tracking."),
    ("CAMHS", "The clinical lead reported on waiting times for cared for children, which have fallen to "
              "eight weeks from referral to treatment."),
    ("Health", "The Designated Nurse reported that initial health assessments within 20 working days have "
               "improved to 81%; dental checks remain a concern."),
)
GENERIC = "The report was presented and members asked questions, which officers answered."


def _minutes(store, today: dt.date) -> dict[str, int]:
    """This year's meetings held get attendance (apologies, substitutes, one absence without
    apologies, officers in attendance), declarations, minutes (confirmed and signed, confirmed
    with an amendment, and the last a draft), a Part 2 item, a deferral onto the next agenda and
    actions in every state."""
    from cpo_desktop.model.enums import AttendanceStatus as S
    from cpo_desktop.services import (
        actions,
        agenda,
        attendance,
        declarations,
        minutes,
        numbering,
        resolutions,
    )

    with store.session() as session:
        this_year = dt.date(schedule.current_municipal_year(today), 5, 1)
        held = [m for m in session.exec(select(Meeting).where(Meeting.kind == enums.MeetingKind.BOARD,
                                                              Meeting.status == enums.MeetingStatus.HELD,
                                                              Meeting.date >= this_year)
                                        .order_by(Meeting.date))]
        upcoming = session.exec(select(Meeting).where(Meeting.kind == enums.MeetingKind.BOARD,
                                                      Meeting.date >= today).order_by(Meeting.date)).first()
        officers = [o.person_id for o in session.exec(select(ReportingOfficer).order_by(ReportingOfficer.sort_order))
                    if o.person_id]
        subs = {ms.person_id: ms.substitute_id for ms in session.exec(select(Membership))
                if ms.substitute_id and (ms.end_date is None or ms.end_date >= today)}
        held = [m for m in held if numbering.agenda_items(session, m.id)]
    n_actions = 0
    for n, m in enumerate(held):
        last = n == len(held) - 1
        if last:
            # A Part 2 item at the last meeting held, so the public minutes have something to leave out.
            agenda.add_item(store, m.id, agenda.ItemInput(
                title="Individual placement review: a young person in residential care", section="other",
                purpose="decision", duration_minutes=10, part=2, exempt_paragraph=1,
                presenter_role="Service Manager, Corporate Parenting Services",
                public_interest="The report concerns an individual child; confidentiality outweighs disclosure."))
        sheet = attendance.load(store, m.id)
        members = [r for r in sheet.rows if r.member]
        marks: dict[int, attendance.Mark] = {}
        with_sub = [r for r in members if r.person_id in subs]
        sent_sub = with_sub[n % len(with_sub)] if with_sub else None
        for k, r in enumerate(members):
            status = S.PRESENT
            if r is sent_sub:
                status = S.APOLOGIES
            elif (k + n) % 9 == 4:
                status = S.APOLOGIES
            elif (k + 2 * n) % 11 == 6:
                status = S.REMOTE
            elif last and k == 4:
                status = S.ABSENT  # someone for the Chair's letter
            marks[r.person_id] = attendance.Mark(r.person_id, status)
        attendance.record(store, m.id, list(marks.values()))
        if sent_sub is not None:
            attendance.record(store, m.id, [attendance.Mark(subs[sent_sub.person_id], S.SUBSTITUTE,
                                                            substitute_for_id=sent_sub.person_id)])
        items = agenda.load_agenda(store, m.id, today=today).items
        guests = [o for o in officers if o not in marks][n:n + 2]
        for g, item in zip(guests, [i for i in items if i.section == "report"][:2], strict=False):
            attendance.record(store, m.id, [attendance.Mark(g, S.IN_ATTENDANCE, items=item.number)])
        minutes.start(store, m.id)
        view = minutes.load(store, m.id)
        report = None  # the report the last meeting held deferred to the next: not also noted
        if last and upcoming is not None:
            report = next((r for r in view.minutes if r.title.startswith("Social Care Therapeutic")),
                          next((r for r in view.minutes if r.agenda_item_id and r.part == 1
                                and "report" in r.title.lower()), None))
        written: dict[int, tuple[str, str | None]] = {}
        for row in view.minutes:
            if row.title.lower().startswith(("welcome", "apologies", "date of next", "minutes of the")):
                continue
            text = next((t for key, t in DISCUSSION if key.lower() in row.title.lower()), GENERIC)
            if row is report:
                text = "Time being short, the board agreed to take the report at its next meeting."
            if row.part == 2:
                text = ("The Service Manager reported on the placement of Tyler Quinn, aged 15, and the plan for "
                        "a move to a foster family in the new year. Members agreed the recommendations.")
            if row.title.lower().startswith("declarations"):
                text = ""
            if row.title.lower().startswith("matters arising"):
                text = "The board reviewed the action log; updates are recorded against each action."
            if row.title.lower().startswith("any other business"):
                text = "There was no other business."
            kind = "approved" if row.part == 2 else "endorsed" if "annual report" in row.title.lower() else "noted"
            if row.title.lower().startswith(("declarations", "matters arising", "any other")):
                kind = None
            if row.resolutions or row is report:  # partner boards' minutes: noted by name when started
                kind = None
            written[row.id] = (text, kind)
        _write_minutes(store, m.id, written)
        if not last:  # the latest minutes are still being written: when that meeting closed is not recorded yet
            minutes.set_closed_at(store, m.id, dt.time(16, 5 + 10 * n))
        carer = next((r for r in members if r.category == enums.SeatCategory.FOSTER_CARER), None)
        perf = next((r for r in view.minutes if r.title.startswith("Performance")), None)
        if carer and perf and marks[carer.person_id].status != S.APOLOGIES:
            declarations.add_declaration(store, m.id, declarations.DeclarationInput(
                carer.person_id, perf.agenda_item_id, enums.InterestKind.NON_REGISTRABLE,
                "Is a foster carer for Sefton Council", enums.DeclarationAction.REMAINED))
        if last:
            housing = next((r for r in members if "housing" in r.seat.lower()), None)
            theme = next((r for r in view.minutes if r.title.startswith("Theme")), None)
            if housing and theme:
                declarations.add_declaration(store, m.id, declarations.DeclarationInput(
                    housing.person_id, theme.agenda_item_id, enums.InterestKind.OTHER_REGISTRABLE,
                    "Board member of a housing association named in the report", enums.DeclarationAction.DID_NOT_VOTE))
            if report is not None:
                resolutions.add_resolution(store, report.id, resolutions.ResolutionInput(
                    "deferred", deferred_to=upcoming.id))
        # Actions: every state, some overdue.
        owners = [r.person_id for r in members if r.category == enums.SeatCategory.COUNCIL_OFFICER] or \
            [members[0].person_id]
        plan = [
            ("Local Offer", "Circulate the revised Local Offer leaflet to all personal advisers", 21, ("done", 14)),
            ("Performance", "Report back on placement moves for children aged 10 and over", 56, ("in_progress", 30)),
            ("Health", "Write to the ICB about dental checks for children in care", 28, None),
            ("", "Arrange a visit by board members to the Hub", 90, ("dropped", 20) if n == 0 else None),
        ]
        for k, (under, text, due_in, update) in enumerate(plan[: 3 if n else 4]):
            minute = next((r for r in view.minutes if under and r.title.startswith(under)), None)
            number = actions.add_action(store, actions.ActionInput(
                description=text, owner_id=owners[(k + n) % len(owners)], due_date=m.date + dt.timedelta(days=due_in),
                minute_id=minute.id if minute else None, meeting=m.id), today=today)
            n_actions += 1
            if update and m.date + dt.timedelta(days=update[1]) <= today:
                status, after = update
                note = {"done": "Leaflet sent to all personal advisers.",
                        "in_progress": "Analysis started; data for the last two quarters collected.",
                        "dropped": "Replaced by the young people's forum at the Hub."}[status]
                actions.update_action(store, number, status=status, text=note,
                                      on=m.date + dt.timedelta(days=after), today=today)
    # The lifecycle: each meeting's minutes confirmed at the next one held; all but the latest
    # confirmed also signed; the first confirmation with an amendment.
    for n, (m, nxt) in enumerate(zip(held, held[1:])):
        view = minutes.load(store, m.id)
        fixes = []
        if n == len(held) - 2:
            row = next((r for r in view.minutes if r.discussion and r.part == 1), None)
            if row is not None:
                fixes.append(minutes.ConfirmAmendment(
                    reason="The Director asked that the figure be corrected", minute_id=row.id,
                    discussion=row.discussion + " (Figures corrected at confirmation.)"))
        minutes.confirm(store, m.id, at=nxt.id, amendments=fixes, by="Corporate Parenting Officer", today=today)
        if n < len(held) - 2:
            minutes.sign(store, m.id, on=nxt.date, today=today)
    if held:
        actions.add_action(store, actions.ActionInput(
            description="Update the board's induction pack for new members", owner_id=owners[0],
            due_date=today + dt.timedelta(days=40)), today=today)
        n_actions += 1
    return {"minutes": len(held), "actions": n_actions}


# Last year: what the minutes say (by a word in the item's title; a list is taken in turn, one
# a meeting), the item deferred (at which meeting, to which, by its title's start), and the
# actions agreed (at which meeting, under which minute, who by e-mail, due in days, and their
# dated updates: days after the meeting, the status, the note).
LAST_YEAR_DISCUSSION = (
    ("Local Offer", ("The Assistant Director presented the Local Offer update. Take-up of the free leisure pass has "
                     "risen since it was publicised through the youth councils.",
                     "The Assistant Director reported that personal advisers now go through the Local Offer at "
                     "every pathway plan review. Members asked that the Offer be published as an easy-read leaflet.")),
    ("Youth Ambassadors", ("{yp1} presented the Youth Ambassadors' report on their summer activity programme.",
                           "{yp1} presented the Youth Ambassadors' report on the 'Raising Aspirations' visits to "
                           "Hugh Baird College and local employers.")),
    ("MAD", ("{yp2} presented the Making A Difference group's annual survey of care leavers: 64 young people took part.",
             "{yp2} presented the Making A Difference group's report on the group's work with the housing team.")),
    ("Director", ("The Executive Director briefed the board on the regional fostering hub and on the recruitment of "
                  "social workers.",
                  "The Executive Director briefed the board on the inspection framework and the service's "
                  "self-evaluation.")),
    ("Performance", ("The Head of Service presented the performance report. Placement stability has improved; the "
                     "number of children placed more than 20 miles from home remains a concern.",
                     "The Head of Service presented the performance report. Care leavers in suitable accommodation "
                     "have risen to 91%; members asked for the housing outcomes to be reported each time.")),
    ("Theme", ("The working group's chair presented its report on the priority and the progress of its action plan.",)),
    ("Individual", ("The Service Manager reported on a young person who had gone missing from a placement out of the "
                    "borough and the plan to bring them closer to home. Members agreed the recommendations.",)),
)
LAST_YEAR_DEFERRAL = (3, 4, "Local Offer")  # the December update deferred to February (a standing item)
LAST_YEAR_ACTIONS = (
    (0, "Making A Difference", "Share the Making A Difference group's survey findings with every service on the board",
     "shannon.mulligan@example.org", 42, ((20, "in_progress", "Findings summarised for each service."),
                                         (38, "done", "Findings circulated to every service on the board."))),
    (0, "Theme", "Arrange for young people to meet the Chair before each board meeting",
     "claire.donnelly@example.org", 60, ((55, "done", "A pre-meeting with the youth councils is now held."),)),
    (1, "Performance", "Report on the sufficiency of local foster placements", "tomasz.nowak@example.org", 56,
     ((56, "done", "Sufficiency report presented in October."),)),
    (1, "Theme", "Ask housing providers to give care leavers priority on the housing register",
     "aisha.rahman@example.org", 90, ((30, "in_progress", "Raised at the housing partnership in September."),
                                      (110, "done", "Care leavers now have priority banding."))),
    (2, "Theme", "Circulate the Virtual School's audit of personal education plans to members",
     "harpreet.sandhu@example.org", 21, ((14, "done", "Audit circulated to members."),)),
    (2, "Performance", "Offer work experience places in council services to care leavers",
     "claire.donnelly@example.org", 150, ((60, "in_progress", "Twelve places agreed; the first young people "
                                                             "started in January."),)),
    (3, "Theme", "Report on initial health assessments completed within 20 working days",
     "rachel.adeyemi@example.net", 63, ((63, "done", "Reported to the February meeting."),)),
    (3, "CAMHS", "Set up a task group with CAMHS on the emotional health of children in care",
     "eleanor.fitzgerald@example.net", 90, ((40, "dropped", "Taken up by the Health and Wellbeing working group."),)),
    (4, "Local Offer", "Write to care leavers living outside Sefton about the council tax exemption",
     "claire.donnelly@example.org", 60, ((49, "done", "Letters sent by personal advisers."),)),
    (4, "Theme", "Review the Staying Put policy with the Foster Carer Association",
     "tomasz.nowak@example.org", 90, ((84, "done", "Revised policy agreed with the Association."),)),
    (4, "Individual", "Confirm the young person's new placement plan with the Independent Reviewing Officer",
     "megan.lewis@example.org", 28, ((21, "done", "Plan confirmed."),)),
    (5, "", "Publish the board's annual report on the council's website", "hannah.lindqvist@example.org", 60,
     ((80, "done", "Published with the report to Overview and Scrutiny."),)),
    (5, "Performance", "Add care leavers' housing outcomes to the performance report", "tomasz.nowak@example.org", 56,
     ((63, "done", "Included from the June report."),)),
)


def _last_year(store: Store, today: dt.date) -> dict[str, int]:
    """Last municipal year, all held: attendance, minutes with their resolutions (one item
    deferred to the next meeting, a Part 2 item), a declaration, actions (most done, one dropped,
    one still in progress), each meeting's minutes confirmed at the next and signed, so that
    last year's annual report has a whole year to tell. The discussions and resolutions are
    written in one transaction a meeting (the demo loads often); everything else goes through
    the services."""
    from cpo_desktop.model.enums import AttendanceStatus as S
    from cpo_desktop.model.tables import Resolution
    from cpo_desktop.services import actions, agenda, attendance, declarations, minutes, numbering, resolutions
    from cpo_desktop.services import exchange as exchange_svc
    from cpo_desktop.services import work_programme

    with store.session() as session:
        held = [m for m in work_programme.year_meetings(session, schedule.current_municipal_year(today) - 1)
                if m.status == enums.MeetingStatus.HELD]
        everyone = list(session.exec(select(Person)))
        people = {p.email: p.id for p in everyone if p.email}
        first_names = {p.id: p.preferred_name or p.first_name for p in everyone}
        subs = [(ms.person_id, ms.substitute_id, ms.start_date, ms.end_date)
                for ms in session.exec(select(Membership)) if ms.substitute_id]
    if len(held) < 6:
        return {"minutes": 0, "actions": 0}
    n_actions = 0
    for n, m in enumerate(held):
        if n == LAST_YEAR_DEFERRAL[1]:  # February: a young person's case, taken in private
            agenda.add_item(store, m.id, agenda.ItemInput(
                title="Individual case review: a young person missing from care", section="other",
                purpose="decision", duration_minutes=10, part=2, exempt_paragraph=1,
                public_title="Children missing from care: an individual case",
                presenter_role="Service Manager, Corporate Parenting Services",
                public_interest="The report concerns an individual child; confidentiality outweighs disclosure."))
        with store.session() as session:
            items = numbering.agenda_items(session, m.id)
            numbers = dict(zip((i.id for i in items), numbering.item_numbers(session, m, items), strict=True))
        sheet = attendance.load(store, m.id)
        members = [r for r in sheet.rows if r.member]
        with_sub = [(r, sub) for r in members for pid, sub, start, end in subs
                    if pid == r.person_id and start <= m.date and (end is None or end >= m.date)]
        sent_sub = with_sub[(n + 1) % len(with_sub)] if with_sub else None
        marks = []
        for k, r in enumerate(members):
            status = S.PRESENT
            if sent_sub and r is sent_sub[0]:
                status = S.APOLOGIES
            elif (3 * k + 5 * n) % 11 == 2 or (k * k + n) % 17 == 5:  # two to five a meeting
                status = S.APOLOGIES
            elif (k + 3 * n) % 13 == 5:
                status = S.REMOTE
            elif n == 2 and k == 6:
                status = S.ABSENT
            marks.append(attendance.Mark(r.person_id, status))
        if sent_sub is not None:
            marks.append(attendance.Mark(sent_sub[1], S.SUBSTITUTE, substitute_for_id=sent_sub[0].person_id))
        young = {r.seat[-2:-1]: first_names[r.person_id] for r in members if r.young_person}  # by seat: (1), (2)
        names = {"yp1": young.get("1", "A young person"), "yp2": young.get("2", "A young person")}
        seated = {r.person_id for r in members}
        guests: dict[int, list[str]] = {}  # report authors who are not members, for their items
        for i in items:
            if i.section in ("report", "theme") and i.presenter_person_id and i.presenter_person_id not in seated:
                guests.setdefault(i.presenter_person_id, []).append(numbers[i.id])
        marks += [attendance.Mark(pid, S.IN_ATTENDANCE, items=", ".join(nums)) for pid, nums in guests.items()]
        attendance.record(store, m.id, marks)
        minutes.start(store, m.id)
        deferring = n == LAST_YEAR_DEFERRAL[0]
        deferred_row = None
        written: dict[int, tuple[str, str | None]] = {}
        with store.session() as session:
            for row in numbering.minute_rows(session, m.id):
                title = row.title.lower()
                if title.startswith(("welcome", "apologies", "declarations", "date of next", "minutes of the")):
                    continue
                texts = next((t for key, t in LAST_YEAR_DISCUSSION if key.lower() in title), (GENERIC,))
                text = texts[n % len(texts)].format(**names)
                kind = "approved" if row.part == 2 else "endorsed" if "annual report" in title else "noted"
                if title.startswith("matters arising"):
                    text, kind = "The board reviewed the action log; updates are recorded against each action.", None
                elif title.startswith("any other"):
                    text, kind = "There was no other business.", None
                elif exchange_svc.PARTNER_ITEM.search(row.title):  # noted by name if any had come
                    kind = None
                    if not session.exec(select(Resolution).where(Resolution.minute_id == row.id)).first():
                        text = "No partner boards' minutes had been received since the last meeting."
                    else:
                        text = next(t for key, t in DISCUSSION if key == "Partner boards")
                elif deferring and row.title.startswith(LAST_YEAR_DEFERRAL[2]):
                    text = ("The Assistant Director asked that the update be deferred to the next meeting, when the "
                            "revised Local Offer would be ready for the board.")
                    kind, deferred_row = None, row
                elif n == LAST_YEAR_DEFERRAL[1] and row.title.startswith(LAST_YEAR_DEFERRAL[2]):
                    text = ("The Assistant Director presented the update deferred from the last meeting, with the "
                            "revised Local Offer and the council tax exemption for care leavers living outside "
                            "Sefton. Members endorsed the revised Offer.")
                    kind = "endorsed"
                written[row.id] = (text, kind)
            minute_ids = {r.title: r.id for r in numbering.minute_rows(session, m.id)}
        _write_minutes(store, m.id, written)
        if deferred_row is not None:
            resolutions.add_resolution(store, deferred_row.id, resolutions.ResolutionInput(
                "deferred", deferred_to=held[LAST_YEAR_DEFERRAL[1]].id))
        carer = next((r for r in members if r.category == enums.SeatCategory.FOSTER_CARER), None)
        perf = next((i for i in items if i.title.startswith("Performance")), None)
        if n in (1, 4) and carer and perf and not any(x.person_id == carer.person_id and x.status == S.APOLOGIES
                                                      for x in marks):
            declarations.add_declaration(store, m.id, declarations.DeclarationInput(
                carer.person_id, perf.id, enums.InterestKind.NON_REGISTRABLE, "Is a foster carer for Sefton Council",
                enums.DeclarationAction.REMAINED))
        for at, under, text, owner, due_in, updates in LAST_YEAR_ACTIONS:
            if at != n:
                continue
            minute_id = next((mid for title, mid in minute_ids.items() if under and title.startswith(under)), None)
            number = actions.add_action(store, actions.ActionInput(
                description=text, owner_id=people[owner], due_date=m.date + dt.timedelta(days=due_in),
                minute_id=minute_id, meeting=m.id), today=today)
            n_actions += 1
            for after, status, note in updates:
                if m.date + dt.timedelta(days=after) <= today:
                    actions.update_action(store, number, status=status, text=note,
                                          on=m.date + dt.timedelta(days=after), today=today)
    # Each meeting's minutes confirmed at the next, the last year's last at this year's first, and signed.
    with store.session() as session:
        after_year = session.exec(select(Meeting).where(Meeting.kind == enums.MeetingKind.BOARD,
                                                        Meeting.status == enums.MeetingStatus.HELD,
                                                        Meeting.date > held[-1].date).order_by(Meeting.date)).first()
    for m, nxt in zip(held, [*held[1:], after_year], strict=True):
        if nxt is None:
            break
        minutes.confirm(store, m.id, at=nxt.id, by="Corporate Parenting Officer", today=today)
        minutes.sign(store, m.id, on=nxt.date, today=today)
    return {"minutes": len(held), "actions": n_actions}


def _write_minutes(store: Store, meeting_id: int, written: dict[int, tuple[str, str | None]]) -> None:
    """Each minute's discussion and its resolution in the standard wording (minute id -> (text,
    kind or None)), written as ``minutes.set_discussion`` and ``resolutions.add_resolution``
    write them on draft minutes, in one transaction for the meeting: the demo loads often."""
    from cpo_desktop.model import minutes_rules
    from cpo_desktop.model.tables import Minute, Resolution
    from cpo_desktop.services import numbering

    with store.session() as session:
        expected = {i.id: i.paper_expected for i in numbering.agenda_items(session, meeting_id)}
        for minute_id, (text, kind) in written.items():
            row = session.get(Minute, minute_id)
            text = text.strip()
            if text and text != row.discussion:
                row.discussion, row.revision = text, row.revision + 1
            if kind is not None:
                last = session.exec(select(Resolution.position).where(Resolution.minute_id == minute_id)
                                    .order_by(Resolution.position.desc())).first() or 0
                what = "report" if expected.get(row.agenda_item_id) else "item"
                session.add(Resolution(minute_id=minute_id, position=last + 1, kind=kind,
                                       text=minutes_rules.standard_wording(kind, what=what)))


# The partners' demo minutes: what their meetings discussed (made up).
SSCP_ITEMS = (
    ("Rapid review: a child with serious injuries", "The partnership considered the rapid review of a case "
     "notified in the period. Learning on information sharing between agencies was agreed; the review will not "
     "proceed to a child safeguarding practice review."),
    ("Multi-agency audit of neglect cases", "The audit of twelve cases found good early help planning but late "
     "escalation in three. Partners agreed a joint escalation protocol."),
    ("Exploitation and missing children", "Partners reviewed the monthly exploitation panel report and the "
     "return interview completion rate, which has improved to 78 per cent."),
)
HWB_ITEMS = (
    ("Joint Strategic Needs Assessment: children and young people", "The board received the children and young "
     "people's chapter of the JSNA and asked for a focus on the emotional health of children in care."),
    ("Better Care Fund", "The board approved the quarterly Better Care Fund return."),
    ("Healthy weight strategy", "The board endorsed the healthy weight strategy for consultation."),
)


def _exchanges_in(store: Store, today: dt.date) -> dict[str, int]:
    """A year of partners' minutes received: the Safeguarding Children Partnership's every two
    months (the latest by e-mail, with an appendix), the Health and Wellbeing Board's quarterly
    but nothing since the summer, so that it shows as overdue."""
    from pathlib import Path

    from cpo_desktop.exchange import incoming
    from cpo_desktop.files import scratch_dir
    from cpo_desktop.services import demo_papers, exchange

    sscp, hwb = exchange.find_partner(store, "SSCP"), exchange.find_partner(store, "HWB")
    for p, email, name, docx in ((sscp, "sscp.businessunit@example.org", "SSCP Business Unit", False),
                                 (hwb, "hwb.secretariat@example.org", "Health and Wellbeing Board secretariat", True)):
        data = exchange.PartnerInput.from_row(p)
        data.secretariat_email, data.secretariat_name, data.send_docx = email, name, docx
        data.exchange_from = today - dt.timedelta(days=365)
        exchange.update_partner(store, p.id, data)
    plan = [(sscp, 200, 12, SSCP_ITEMS), (sscp, 140, 10, SSCP_ITEMS[1:]), (sscp, 80, 12, SSCP_ITEMS[::2]),
            (sscp, 20, 9, SSCP_ITEMS), (hwb, 240, 14, HWB_ITEMS), (hwb, 160, 12, HWB_ITEMS[1:])]
    n = 0
    with scratch_dir(store.paths.tmp, prefix="demo-") as tmp:  # partner papers: not the system's temp folder
        for k, (p, ago, after, items) in enumerate(plan):
            day = today - dt.timedelta(days=ago)
            received = day + dt.timedelta(days=after)
            pdf = demo_papers.partner_minutes_pdf(partner=p.name, meeting_day=day, restricted=p.restricted,
                                                  items=list(items))
            name = f"{p.short_name} minutes {dates.plain(day)}.pdf"
            if k == 3:  # the latest SSCP minutes came by e-mail, with an appendix
                appendix = demo_papers.partner_minutes_pdf(
                    partner=p.name, meeting_day=day, restricted=True,
                    items=[("Appendix: partnership performance dashboard", "Figures for the quarter, for partners only.")])
                path = Path(tmp) / "SSCP minutes.eml"
                path.write_bytes(demo_papers.partner_email(
                    sender=f"SSCP Business Unit <{'sscp.businessunit@example.org'}>",
                    to="corporate.parenting@example.org", subject=f"SSCP approved minutes – {dates.plain(day)}",
                    day=received, attachments={name: pdf, f"SSCP appendix {day:%d-%m-%Y}.pdf": appendix}))
            else:
                path = Path(tmp) / name
                path.write_bytes(pdf)
            incoming.import_file(store, path, p.id, meeting_date=day, received=received, today=today)
            n += 1
    return {"partner minutes": n}


def _exchanges_out(store: Store, today: dt.date) -> dict[str, int]:
    """Our confirmed minutes: last year's sent to both partners in good time; this year's first
    too; the next sent late to the Health and Wellbeing Board and not yet to the Partnership
    (overdue)."""
    from cpo_desktop.model import working_days
    from cpo_desktop.services import exchange

    this_year = dt.date(schedule.current_municipal_year(today), 5, 1)
    rows = [r for r in exchange.register(store, today=today).rows if r.direction == "out" and r.confirmed_on]
    rows.sort(key=lambda r: (r.meeting_date, r.partner_id))
    this = [r for r in rows if r.meeting_date >= this_year]
    sent = 0
    for r in rows:
        first = r.meeting_date < this_year or r.meeting_date == this[0].meeting_date
        if r.partner == "SSCP" and not first:
            continue  # left overdue
        delay = 3 if first else 12
        on = working_days.working_days_after(r.confirmed_on, delay + (r.partner == "HWB"))
        if on <= today:
            exchange.mark_sent(store, r.meeting_id, r.partner_id, on=on, today=today)
            sent += 1
    return {"minutes sent to partners": sent}


def _agendas(store: Store, session: Session, today: dt.date) -> dict[str, int]:
    """Agendas for the demo year's board meetings but the last (left to plan), built from the
    template; the meetings held have all their papers, the next one some, one late and one to
    follow, and a Part 2 item with its paper. Last year's meetings have their agendas and papers
    too (short ones, quick to make), one of them late."""
    from cpo_desktop.services import (
        agenda,
        agenda_template,
        deadlines,
        demo_papers,
        numbering,
        papers,
        work_programme,
    )

    board = session.exec(select(Board)).one()
    this_year = schedule.current_municipal_year(today)
    meetings = work_programme.year_meetings(session, this_year)
    upcoming = [m for m in meetings if m.date >= today]
    n_items = n_papers = 0

    def attach(item: AgendaItem, m: Meeting, received: dt.date, n: int, *, docx: bool = False,
               brief: bool = False) -> None:
        nonlocal n_papers
        presenter = agenda.presenter_and_email(session, item, m.date)[0] or board.name
        if docx:
            data = demo_papers.report_docx(board=board.name, meeting_day=m.date, subject=item.title,
                                           report_of=presenter)
        elif brief:
            data = demo_papers.brief_report_pdf(board=board.name, meeting_day=m.date, subject=item.title,
                                                report_of=presenter)
        else:
            data = demo_papers.report_pdf(board=board.name, meeting_day=m.date, subject=item.title,
                                          report_of=presenter, pages=1 + n % 3, exempt_paragraph=item.exempt_paragraph)
        slug = "".join(c for c in item.title if c.isalnum() or c in " -'()")[:60].strip()
        checked = papers.check_bytes(f"{slug}.{'docx' if docx else 'pdf'}", data)
        papers.store_document(store.paths, checked)
        doctext.remember(session, checked)
        session.add(Paper(agenda_item_id=item.id, original_name=checked.name, sha256=checked.sha256,
                          kind=checked.kind, size_bytes=checked.size, pages=checked.pages,
                          received_at=dt.datetime.combine(received, dt.time(10, n % 50), tzinfo=dt.UTC),
                          pledge=n % 4 != 1, involvement=n % 3 != 2, you_said_we_did=n % 5 != 3,
                          pledge_note="Section 2 sets out the Pledge commitments this service meets." if n % 4 != 1
                          else None))
        n_papers += 1

    for k, m in enumerate(work_programme.year_meetings(session, this_year - 1)):
        agenda_template.expand_template(session, m)
        session.flush()
        items = numbering.agenda_items(session, m.id)
        deadline, _ = deadlines.deadlines(session, m.date)
        for n, item in enumerate(i for i in items if i.paper_expected):
            if k == LAST_YEAR_DEFERRAL[1] and item.title.startswith(LAST_YEAR_DEFERRAL[2]):
                continue  # deferred to from the meeting before, with its paper: no second one asked for
            late = k == 2 and n == 5
            attach(item, m, deadline + dt.timedelta(days=1) if late else deadline - dt.timedelta(days=2 + n % 4), n,
                   brief=True)
        n_items += len(items)
    for m in meetings[:-1]:
        agenda_template.expand_template(session, m)
        session.flush()
        items = numbering.agenda_items(session, m.id)
        deadline, _ = deadlines.deadlines(session, m.date)
        if m.date < today:
            for n, item in enumerate(i for i in items if i.paper_expected):
                late = n == 3 and m is meetings[0]  # one paper that came in after the deadline
                attach(item, m, deadline + dt.timedelta(days=2) if late else deadline - dt.timedelta(days=3), n)
        elif upcoming and m is upcoming[0]:
            expected = [i for i in items if i.paper_expected]
            for n, item in enumerate(expected):
                if n % 2 == 0:
                    attach(item, m, min(today, deadline) - dt.timedelta(days=1), n, docx=n == 4)
                elif n == 3:
                    item.to_follow = True
            # A sub-item under the performance report, and a Part 2 item before the close.
            perf = next((i for i in items if i.title.startswith("Performance")), None)
            extra = []
            if perf is not None:
                extra.append((items.index(perf) + 1, AgendaItem(
                    meeting_id=m.id, position=0, sub_item=True, section="standing", purpose="discussion",
                    title="Care leavers in education, employment or training (EET)", duration_minutes=15,
                    presenter_role="Head of Service, Cared For and Care Experienced Services")))
            close = len(items)  # Part 2 closes the agenda, after the date of the next meeting
            part2 = AgendaItem(meeting_id=m.id, position=0, section="other", purpose="decision", part=2,
                               exempt_paragraph=1, title="Residential placements: individual placement reviews",
                               duration_minutes=10, paper_expected=True,
                               presenter_role="Service Manager, Corporate Parenting Services",
                               public_interest="The report concerns individual children; the public interest in "
                                               "keeping their information confidential outweighs that in disclosing it.",
                               chair_notes="Ask the public and press to leave before this item.")
            extra.append((close, part2))
            for index, new in sorted(extra, key=lambda e: -e[0]):
                items.insert(index, new)
                session.add(new)
            for n, item in enumerate(items, start=1):
                item.position = n
            session.flush()
            attach(part2, m, min(today, deadline) - dt.timedelta(days=2), 7)
        n_items += len(numbering.agenda_items(session, m.id))
    return {"agenda items": n_items, "papers": n_papers}


def _insert(session: Session, data: dict[str, Any], today: dt.date) -> dict[str, int]:
    board = session.exec(select(Board)).one()
    orgs = {o.name: o for o in session.exec(select(Organisation))}
    seats = {s.title: s for s in session.exec(select(Seat))}

    def org_id(name: str | None) -> int | None:
        if not name:
            return None
        if name not in orgs:
            orgs[name] = Organisation(name=name, kind=enums.OrganisationKind.OTHER)
            session.add(orgs[name])
            session.flush()
        return orgs[name].id

    people: dict[str, Person] = {}
    for p in data["people"]:
        person = Person(title=p.get("title"), first_name=p["first_name"], surname=p["surname"],
                        preferred_name=p.get("preferred_name"), email=p.get("email"), phone=p.get("phone"),
                        organisation_id=org_id(p.get("organisation")), job_title=p.get("job_title"),
                        is_young_person=bool(p.get("young_person")),
                        consent_full_name=bool(p.get("consent_full_name")), notes=p.get("notes"))
        session.add(person)
        people[p["key"]] = person
    session.flush()

    current_keys = set()
    memberships = 0
    for m in data["memberships"] + data["former_memberships"]:
        seat = seats[m["seat"]]
        end = dt.date.fromisoformat(m["end"]) if m.get("end") else None
        session.add(Membership(
            person_id=people[m["person"]].id, seat_id=seat.id, start_date=dt.date.fromisoformat(m["start"]),
            end_date=end, appointed_by=m.get("appointed_by"), term_years=seat.term_years,
            substitute_id=people[m["substitute"]].id if m.get("substitute") else None))
        memberships += 1
        if end is None or end >= today:
            current_keys.add(m["person"])
    officers = {o.role: o for o in session.exec(select(ReportingOfficer))}
    for r in data["reporting_officers"]:
        officers[r["role"]].person_id = people[r["person"]].id
        current_keys.add(r["person"])
    # Anyone who neither holds a seat, substitutes nor reports is a former member.
    substitutes = {m["substitute"] for m in data["memberships"] if m.get("substitute")}
    for key, person in people.items():
        person.former = key not in current_keys | substitutes
    for t in data["training"]:
        session.add(TrainingRecord(person_id=people[t["person"]].id, date=dt.date.fromisoformat(t["date"]),
                                   kind=enums.TrainingKind(t["kind"]), status=enums.TrainingStatus(t["status"])))

    elected = _elected_members(session, data, people, today)
    _working_groups(session, data, people)

    priorities = list(session.exec(select(Priority).order_by(Priority.sort_order)))
    start_time = dt.time.fromisoformat(board.default_start_time)
    this_year = schedule.current_municipal_year(today)
    meetings = 0
    # This municipal year around today, then the whole of last year, held (this year's first, so
    # their ids are as they were before last year was added).
    for first_year in (this_year, this_year - 1):
        for n, day in enumerate(schedule.year_meeting_dates(first_year)):
            theme = priorities[n % len(priorities)] if n < len(priorities) else None
            session.add(Meeting(board_id=board.id, kind=enums.MeetingKind.BOARD, date=day, start_time=start_time,
                                duration_minutes=DEMO_MEETING_MINUTES, venue=board.default_venue,
                                priority_id=theme.id if theme else None,
                                status=enums.MeetingStatus.HELD if day < today else enums.MeetingStatus.PLANNED,
                                notes=None if theme else "Annual review of the strategy and work programme"))
            meetings += 1
        forum = schedule.nth_weekday(first_year + 1, 1, 1, 3)  # a young people's forum in January
        session.add(Meeting(board_id=board.id, kind=enums.MeetingKind.YOUNG_PEOPLES_FORUM, date=forum,
                            start_time=dt.time(17, 0), duration_minutes=90, venue="The Hub, Bootle",
                            status=enums.MeetingStatus.HELD if forum < today else enums.MeetingStatus.PLANNED))
        meetings += 1
    return {"people": len(people), "memberships": memberships,  # the other councillors included
            "training": len(data["training"]), "training sessions": elected["sessions"], "meetings": meetings}


def _working_groups(session: Session, data: dict[str, Any], people: dict[str, Person]) -> None:
    """Issue 21's demo: each working group's members (from the day it was set up for this strategy)
    and dated RAG updates on some of its seeded commitments; a commitment's RAG is its latest update's."""
    for title, group in data.get("working_groups", {}).items():
        if title.startswith("_"):
            continue
        priority = session.exec(select(Priority).where(Priority.title == title)).one()
        for key, role in group.get("members", []):
            session.add(WorkingGroupMember(priority_id=priority.id, person_id=people[key].id, role=role,
                                           start_date=dt.date(2025, 4, 1)))
        plan = session.exec(select(Commitment).where(Commitment.priority_id == priority.id)
                            .order_by(Commitment.sort_order, Commitment.id)).all()
        for index, day, rag, note in sorted(group.get("updates", []), key=lambda u: u[1]):
            session.add(CommitmentUpdate(commitment_id=plan[index].id, date=dt.date.fromisoformat(day), rag=rag,
                                         note=note))
            plan[index].rag = rag


def _elected_members(session: Session, data: dict[str, Any], people: dict[str, Person],
                     today: dt.date) -> dict[str, int]:
    """Issue 21's demo: the councillors' party, ward and Children's O&S membership; councillors who
    are not on the board (every one must be trained); and training sessions as events, each
    invitee's record tied to the session (a record of the day already in ``training`` is that
    person's; a session gone by with no status given for someone: absent)."""
    for key, facts in data.get("elected_members", {}).items():
        if key.startswith("_"):
            continue
        person = people[key]
        person.is_councillor, person.party, person.ward = True, facts["party"], facts["ward"]
        person.on_scrutiny = bool(facts.get("scrutiny"))
    council = next((o.id for o in session.exec(select(Organisation).where(Organisation.name == "Sefton Council"))),
                   None)
    others = data.get("other_councillors", [])
    for p in others:
        person = Person(title=p.get("title"), first_name=p["first_name"], surname=p["surname"], email=p.get("email"),
                        phone=p.get("phone"), organisation_id=council, job_title=p.get("job_title"),
                        is_councillor=True, party=p.get("party"), ward=p.get("ward"),
                        on_scrutiny=bool(p.get("scrutiny")))
        session.add(person)
        people[p["key"]] = person
    session.flush()
    councillors = [p for p in people.values() if p.is_councillor and not p.former]
    sessions = data.get("training_sessions", [])
    cp = enums.TrainingKind.CORPORATE_PARENTING_TRAINING.value
    for s in sessions:
        day, kind = dt.date.fromisoformat(s["date"]), s.get("kind", cp)
        invite = s["invite"]
        invited = councillors if invite == "all-councillors" else [people[k] for k in invite]
        row = TrainingSession(date=day, start_time=dt.time.fromisoformat(s["time"]) if s.get("time") else None,
                              kind=kind, title=s.get("title", ""), venue=s.get("venue", ""),
                              invited=invite if isinstance(invite, str) else "people")
        session.add(row)
        session.flush()
        existing = {r.person_id: r for r in session.exec(select(TrainingRecord).where(
            TrainingRecord.date == day, TrainingRecord.kind == kind))}
        statuses = {people[k].id: v for k, v in s.get("status", {}).items()}
        for person in invited:
            record = existing.get(person.id)
            if record is None:
                status = statuses.get(person.id, "absent" if day < today else "invited")
                record = TrainingRecord(person_id=person.id, date=day, kind=kind, status=status)
                session.add(record)
            record.session_id = row.id
        for record in existing.values():
            record.session_id = row.id
    return {"sessions": len(sessions)}
