"""The command line for agendas (``cpo-desktop agenda …``): items, papers, deadlines, chasing,
the settings and the board's template. Same services as the GUI; no Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from cpo_desktop import dates
from cpo_desktop.cli.common import EXIT_OK, opened, print_json, table
from cpo_desktop.model import enums
from cpo_desktop.wording import aside, plural

PURPOSES = [p.value for p in enums.Purpose]


# --- agenda ---------------------------------------------------------------------------------------

def _print_agenda(agenda) -> None:
    from cpo_desktop.model.agenda_rules import SCHEDULE_12A

    m = agenda.meeting
    print(f"{m.kind_label}, {dates.full(m.date)} at {dates.hm(m.start_time)}, {m.venue}"
          + (f" – theme: {m.theme}" if m.theme else ""))
    print(f"Reports due by {dates.day_short(agenda.report_deadline)} ({agenda.deadline_days} working days before); "
          f"publish by {dates.day_short(agenda.publication_date)} (5 clear working days)")
    if agenda.publication_warning:
        print(f"Warning: {agenda.publication_warning}")
    if not agenda.items:
        print("No agenda yet: `cpo-desktop agenda create` builds it from the board's template.")
        return
    rows, part = [], 1
    for item in agenda.items:
        if item.part != part:
            part = item.part
            rows.append(_part2_divider(agenda) if part == 2 else "PART 1 – in public (the public re-admitted)")
        title = ("    " if item.sub_item else "") + aside(item.title, item.deferred_label)
        if item.part == 2:
            title += f" [Sch. 12A para {item.exempt_paragraph}]"
        paper = item.state
        if item.papers:
            paper = f"{item.state}: " + ", ".join(p.original_name for p in item.papers)
        elif item.to_follow and item.state != "to follow":
            paper += " (to follow)"
        checklist = "   ".join(p.marks for p in item.papers)
        rows.append([item.number, dates.hm(item.start), title, item.presenter, item.purpose, paper, checklist])
    table(rows, ["No.", "Time", "Item", "Presenter", "Purpose", "Paper", "Checklist"])
    if any(item.papers for item in agenda.items):
        from cpo_desktop.model.agenda_rules import CHECKLIST_LEGEND

        print(CHECKLIST_LEGEND)
    print(f"{agenda.total_minutes} minutes of items; the meeting would finish at {dates.hm(agenda.finishes)}.")
    for item in agenda.items:
        if item.part == 2:
            print(f"Item {item.number}, Schedule 12A paragraph {item.exempt_paragraph}: "
                  f"{SCHEDULE_12A[item.exempt_paragraph]}")
            written = "" if item.public_title else "the default; --public-title writes one"
            print(f"  Public title: {aside(item.shown_public_title, written)}")
    arising = agenda.matters_arising_item
    if arising is not None:
        if agenda.matters_arising:
            print(f"Item {arising.number}, matters arising – the action log reviewed:")
            for a in agenda.matters_arising:
                due = f", due {dates.short(a.due_date)}" if a.due_date else ""
                flag = " – OVERDUE" if a.overdue else ""
                print(f"  {a.ref}  {a.description} ({a.owner}{due}): {a.status_label}{flag}")
        else:
            print(f"Item {arising.number}, matters arising: no open actions, none closed since the last meeting.")
    partners = agenda.partner_minutes_item
    if partners is not None:
        if agenda.partner_minutes:
            print(f"Item {partners.number}, partner boards' minutes for information:")
            for r in agenda.partner_minutes:
                flag = " – restricted" if r.confidentiality == "restricted" else ""
                print(f"  {r.partner_name}: minutes of {dates.short(r.meeting_date)}, "
                      f"received {dates.short(r.received_on)}"
                      f"{flag} ({r.status})")
        else:
            print(f"Item {partners.number}, partner boards' minutes: none received since the last meeting.")
    for problem in agenda.problems:
        print(f"Note: {problem}")


def _part2_divider(agenda) -> str:
    """The line across the table before the first Part 2 item: the heading and the exclusion
    resolution as the printed agenda words it, wrapped."""
    import textwrap

    from cpo_desktop.model.agenda_rules import PART2_HEADING
    from cpo_desktop.services.minutes_wording import agenda_exclusion_wording

    wording = agenda_exclusion_wording([i.exempt_paragraph for i in agenda.items if i.part == 2])
    return "\n".join([PART2_HEADING.replace("Part 2", "PART 2", 1),
                      *textwrap.wrap(wording, 100, initial_indent="  ", subsequent_indent="  ")])


def cmd_agenda_show(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda

    with opened(args) as store:
        result = agenda.load_agenda(store, args.meeting)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        _print_agenda(result)
    return EXIT_OK


def cmd_agenda_create(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda

    with opened(args) as store:
        made = agenda.create_agenda(store, args.meeting)
        result = agenda.load_agenda(store, args.meeting)
    print(f"Built the agenda from the board's template: {made} items.")
    _print_agenda(result)
    return EXIT_OK


def _item_input(args: argparse.Namespace, store, day: dt.date, base=None):
    """An ItemInput from the options, on top of ``base`` (an existing item's) when editing."""
    from cpo_desktop.services import agenda

    data = base or agenda.ItemInput(title=args.title or "")
    if args.title is not None:
        data.title = args.title
    if args.presenter is not None:
        data.presenter_person_id, data.presenter_seat_id, data.presenter_role = \
            agenda.resolve_presenter(store, args.presenter, day)
    if args.purpose is not None:
        data.purpose = args.purpose
    if args.duration is not None:
        data.duration_minutes = args.duration
    if args.part is not None:
        data.part = args.part
    if args.paragraph is not None:
        data.exempt_paragraph = args.paragraph
    if data.part == 1:
        data.exempt_paragraph = None if args.paragraph is None else args.paragraph
    if args.public_interest is not None:
        data.public_interest = args.public_interest
    if args.public_title is not None:
        data.public_title = args.public_title  # "" clears it: the default "Exempt item (paragraph N)" again
    elif data.part == 1:
        data.public_title = None  # an item moved to Part 1 is shown by its own title
    if args.notes is not None:
        data.chair_notes = args.notes
    if args.sub_item is not None:
        data.sub_item = args.sub_item
    if args.paper is not None:
        data.paper_expected = args.paper
    if getattr(args, "to_follow", None):
        data.to_follow = True
    if args.rule is not None:
        data.report_rule_id = _rule_id(store, args.rule)
    return data


def _rule_id(store, text: str) -> int | None:
    """``--rule``: a report rule's id (checked when the item is saved), or none to unlink."""
    from cpo_desktop.services import work_programme

    text = text.strip()
    if text.casefold() in ("none", ""):
        return None
    if text.isdigit():
        return int(text)
    with store.session(write=False) as session:
        raise work_programme.unknown_rule(session, f"“{text}”")


def _rule_note(args: argparse.Namespace, store, data) -> str | None:
    """With --rule: the report the item is now linked to, or that it is linked to none."""
    from cpo_desktop.services import work_programme

    if args.rule is None:
        return None
    if data.report_rule_id is None:
        return "It is linked to no report of the work programme."
    rule = next(r for r in work_programme.list_rules(store) if r.id == data.report_rule_id)
    return f"It is the work programme's report “{rule.title}” (rule {rule.id})."


def _day_of(store, meeting) -> dt.date:
    from cpo_desktop.services import meetings

    meeting_id = meetings.find_meeting(store, meeting)
    return meetings.meeting_row(store, meeting_id).date


def cmd_agenda_add_item(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda

    with opened(args) as store:
        day = _day_of(store, args.meeting)
        data = _item_input(args, store, day)
        item_id = agenda.add_item(store, args.meeting, data, after=args.after,
                                  attach=[Path(p) for p in args.attach or []])
        result = agenda.load_agenda(store, args.meeting)
        presenter = _presenter_note(args, store, data, day)
        rule = _rule_note(args, store, data)
    item = next(i for i in result.items if i.id == item_id)
    papers = f" with {len(item.papers)} paper{'s' if len(item.papers) != 1 else ''}" if item.papers else ""
    print(f"Added item {item.number}, “{item.title}”{papers}, at {dates.hm(item.start)}.")
    for note in (presenter, rule):
        if note:
            print(note)
    for problem in result.problems:
        print(f"Note: {problem}")
    return EXIT_OK


def _find_item(store, meeting, number: str):
    from cpo_desktop.services import agenda

    return agenda.load_agenda(store, meeting).item(number)


def cmd_agenda_edit_item(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda

    with opened(args) as store:
        item = _find_item(store, args.meeting, args.number)
        day = _day_of(store, args.meeting)
        data = _item_input(args, store, day, agenda.item_input(item))
        changed = agenda.update_item(store, item.id, data)
        presenter = _presenter_note(args, store, data, day)
        rule = _rule_note(args, store, data)
    print(f"Changed item {args.number}." if changed else f"Item {args.number} already reads so: nothing was changed.")
    for note in (presenter, rule):
        if note:
            print(note)
    return EXIT_OK


def _presenter_note(args: argparse.Namespace, store, data, day: dt.date) -> str | None:
    """With --presenter: whom it linked to, or that it is text only and cannot be chased."""
    from cpo_desktop.services import agenda

    if args.presenter is None:
        return None
    return agenda.describe_presenter(store, data.presenter_person_id, data.presenter_seat_id, data.presenter_role, day)


def cmd_agenda_move_item(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda

    with opened(args) as store:
        before = agenda.load_agenda(store, args.meeting)
        item = before.item(args.number)
        target = before.item(args.to)
        index = before.items.index(target)
        if index > before.items.index(item):
            # "to 7" from above means: take 7's place, 7 moves up (with its sub-items, if any).
            index += 1
            while not item.sub_item and index < len(before.items) and before.items[index].sub_item:
                index += 1
        agenda.move_item(store, item.id, index)
        after = agenda.load_agenda(store, args.meeting)
    moved = next(i for i in after.items if i.id == item.id)
    print(f"Moved “{moved.title}” from item {item.number} to item {moved.number}.")
    return EXIT_OK


def cmd_agenda_remove_item(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda

    with opened(args) as store:
        item = _find_item(store, args.meeting, args.number)
        agenda.remove_item(store, item.id)
    print(f"Removed item {item.number}, “{item.title}”; the items after it were renumbered.")
    return EXIT_OK


def cmd_agenda_attach(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda

    with opened(args) as store:
        item = _find_item(store, args.meeting, args.number)
        for path in args.files:
            agenda.attach_paper(store, item.id, Path(path))
            print(f"Attached {Path(path).name} to item {item.number}.")
    return EXIT_OK


def cmd_agenda_to_follow(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda

    with opened(args) as store:
        item = _find_item(store, args.meeting, args.number)
        agenda.set_to_follow(store, item.id, not args.clear)
    print(f"Item {item.number}: paper {'no longer marked' if args.clear else 'marked'} “to follow”.")
    return EXIT_OK


def cmd_agenda_checklist(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda

    with opened(args) as store:
        item = _find_item(store, args.meeting, args.number)
        if not item.papers:
            raise agenda.AgendaError(f"Item {item.number} has no paper yet; attach it first.")
        if not 1 <= args.paper <= len(item.papers):
            raise agenda.AgendaError(f"Item {item.number} has {plural(len(item.papers), 'paper')}; --paper is 1 to "
                                     f"{len(item.papers)}.")
        paper = item.papers[args.paper - 1]
        current = agenda.Checklist(paper.pledge, paper.pledge_note, paper.involvement, paper.involvement_note,
                                   paper.you_said_we_did, paper.you_said_we_did_note)
        for name in ("pledge", "involvement", "you_said_we_did"):
            if getattr(args, name) is not None:
                setattr(current, name, getattr(args, name))
            if getattr(args, f"{name}_note") is not None:
                setattr(current, f"{name}_note", getattr(args, f"{name}_note"))
        agenda.set_checklist(store, paper.id, current)
        paper = agenda.load_agenda(store, args.meeting).item(args.number).papers[args.paper - 1]
    print(f"{paper.original_name}: {paper.checklist}")
    return EXIT_OK


def cmd_agenda_chase(args: argparse.Namespace) -> int:
    from cpo_desktop.services import chase

    with opened(args) as store:
        rows = chase.chase_list(store, meeting=args.meeting)
        if args.json:
            print_json([r.as_dict() for r in rows])
            return EXIT_OK
        if not rows:
            print("No papers to chase.")
            return EXIT_OK
        table([[dates.short(r.meeting_date), r.number, r.title, r.presenter, r.email or "(no e-mail)",
                dates.short(r.deadline), r.state + (f", {r.days_late} working days" if r.days_late else "")]
               for r in rows], ["Meeting", "No.", "Item", "Presenter", "E-mail", "Deadline", "State"])
        for warning in chase.publication_warnings(rows):
            print(f"Warning: {warning}")
        if args.list:
            return EXIT_OK
        written, skipped = [], []
        for row in rows:
            if not row.email:
                skipped.append(row)
                continue
            written.append(chase.write_chase(store, row.item_id, Path(args.output) if args.output else None))
    for path in written:
        print(f"Wrote {path}")
    for row in skipped:
        print(f"Note: no e-mail draft for item {row.number}, “{row.title}”: its presenter has no e-mail address.")
    if written:
        print("Open a draft to send it from Outlook; nothing has been sent.")
    return EXIT_OK


def cmd_agenda_settings(args: argparse.Namespace) -> int:
    from cpo_desktop.errors import sentence
    from cpo_desktop.services import deadlines, numbering, settings

    changes = {deadlines.DEADLINE_KEY: args.deadline_days,
               numbering.CONTINUOUS_KEY: None if args.numbering is None else args.numbering == "continuous",
               "contact.email": args.contact_email, "contact.name": args.contact_name,
               "contact.job_title": args.contact_job_title, "contact.phone": args.contact_phone}
    changes = {key: value for key, value in changes.items() if value is not None}
    # Everything is checked before the data is opened, then saved in one transaction.
    if problems := settings.problems(changes):
        raise settings.SettingsError(sentence(problems) + " Nothing was saved.")
    with opened(args) as store, store.session() as session:
        settings.put_many(session, changes)
        days = settings.value(session, deadlines.DEADLINE_KEY)
        continuous = settings.value(session, numbering.CONTINUOUS_KEY)
        officer = settings.contact(session)
        address = officer.email
    print(f"Reports are due {days} working days before a meeting; items are numbered "
          + ("continuously through the municipal year." if continuous else "from 1 at each meeting."))
    print(f"E-mail drafts are from {officer.display_name}"
          + (f" <{address}>." if address else " (no address set: your mail program fills it in)."))
    print(f"The packs name as contact officer: {officer.line() or '(nobody set)'}.")
    return EXIT_OK


# --- the template ---------------------------------------------------------------------------------

SECTION_NAMES = {"opening": "Opening", "standing": "Standing", "closing": "Closing"}


def cmd_template_show(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from cpo_desktop.services import agenda_template

    with opened(args) as store:
        items = agenda_template.list_template(store)
    if args.json:
        print_json([asdict(t) for t in items])
        return EXIT_OK
    table([[str(n), SECTION_NAMES[t.section], t.title + ("" if t.active else " (not used)"), t.presenter_role or "",
            t.purpose, str(t.duration_minutes), "yes" if t.paper_expected else ""]
           for n, t in enumerate(items, start=1)], ["No.", "Section", "Item", "Presenter", "Purpose", "Mins", "Paper"])
    print("New agendas: the opening block, the standing items, the work-programme reports due, the theme's "
          "items, then the closing block.")
    return EXIT_OK


def _template_changes(args: argparse.Namespace, item) -> None:
    for name in ("title", "section", "purpose"):
        if getattr(args, name) is not None:
            setattr(item, name, getattr(args, name))
    if args.presenter is not None:
        item.presenter_role = args.presenter or None
    if args.duration is not None:
        item.duration_minutes = args.duration
    if args.paper is not None:
        item.paper_expected = args.paper
    if args.active is not None:
        item.active = args.active


def _template_row(items, number: int):
    from cpo_desktop.services.agenda import AgendaError

    if not 1 <= number <= len(items):
        raise AgendaError(f"The template has items 1 to {len(items)} (see `cpo-desktop agenda template`).")
    return number - 1


def cmd_template_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda_template

    with opened(args) as store:
        items = agenda_template.list_template(store)
        item = agenda_template.TemplateItem(None, args.title, args.section)
        _template_changes(args, item)
        index = _template_row(items, args.after) + 1 if args.after else len(items)
        items.insert(index, item)
        agenda_template.save_template(store, items)
    print(f"Added “{args.title}” to the template; new agendas will include it.")
    return EXIT_OK


def cmd_template_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda_template

    with opened(args) as store:
        items = agenda_template.list_template(store)
        item = items[_template_row(items, args.number)]
        _template_changes(args, item)
        agenda_template.save_template(store, items)
    print(f"Changed template item {args.number}: {item.title}" + ("" if item.active else " (not used)") + ".")
    return EXIT_OK


def cmd_template_move(args: argparse.Namespace) -> int:
    from cpo_desktop.services import agenda_template

    with opened(args) as store:
        items = agenda_template.list_template(store)
        item = items.pop(_template_row(items, args.number))
        items.insert(_template_row(items + [item], args.to), item)
        agenda_template.save_template(store, items)
    print(f"Moved “{item.title}” to place {args.to} in its section's order.")
    return EXIT_OK


# --- parsers --------------------------------------------------------------------------------------

def _item_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--title", metavar="T", required=adding)
    p.add_argument("--presenter", metavar="P",
                   help="a person (id, e-mail, or name as shown: \"Ms Harpreet Sandhu\"), a seat (the start of its "
                        "title) or a role in words; says whom it linked")
    p.add_argument("--purpose", choices=PURPOSES, default="information" if adding else None)
    p.add_argument("--duration", type=int, metavar="MIN", default=10 if adding else None, help="minutes")
    p.add_argument("--part", type=int, choices=(1, 2), help="2 for an exempt (Part 2) item; needs --paragraph")
    p.add_argument("--paragraph", type=int, choices=range(1, 8), metavar="N",
                   help="the Schedule 12A paragraph (1-7) that makes a Part 2 item exempt")
    p.add_argument("--public-interest", metavar="TEXT", help="the public-interest test note for a Part 2 item")
    p.add_argument("--public-title", metavar="TEXT",
                   help="what the public and partners see of a Part 2 item instead of its title (\"\" to clear: "
                        "\"Exempt item (paragraph N)\")")
    p.add_argument("--notes", metavar="TEXT", help="notes for the chair")
    p.add_argument("--sub-item", action=argparse.BooleanOptionalAction, default=None,
                   help="number it under the item above (5a, 5b)")
    p.add_argument("--paper", action=argparse.BooleanOptionalAction, default=None,
                   help="whether a written paper is expected (default: yes)")
    p.add_argument("--rule", metavar="ID",
                   help="the work programme's recurring report this item is (an id from `work-programme rules`), "
                        "so the coverage check counts it; none to unlink")


def add_parsers(sub) -> None:
    """``agenda`` (items, papers, chasing, settings and the template)."""
    agenda = sub.add_parser("agenda", help="meeting agendas: items, papers, deadlines, chasing").add_subparsers(
        dest="agenda_command", metavar="ACTION", required=True)

    p = agenda.add_parser("show", help="show a meeting's agenda with times, presenters, papers and deadlines")
    p.add_argument("meeting", metavar="MEETING", help="the meeting's id or date")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agenda_show)

    p = agenda.add_parser("create", help="build a meeting's agenda from the board's template")
    p.add_argument("meeting", metavar="MEETING")
    p.set_defaults(func=cmd_agenda_create)

    p = agenda.add_parser("add-item", help="add an item (the agenda is built from the template first if need be)")
    p.add_argument("meeting", metavar="MEETING")
    _item_options(p, adding=True)
    p.add_argument("--attach", action="append", metavar="FILE", help="a PDF or Word (.docx) paper; repeatable")
    p.add_argument("--to-follow", action="store_true", help="the paper will follow")
    p.add_argument("--after", metavar="NUMBER", help="put it after this item (default: before any other business)")
    p.set_defaults(func=cmd_agenda_add_item)

    p = agenda.add_parser("edit-item", help="change an item")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("number", metavar="NUMBER", help="the item's number, e.g. 7 or 5a")
    _item_options(p, adding=False)
    p.set_defaults(func=cmd_agenda_edit_item)

    p = agenda.add_parser("move-item", help="move an item (with its sub-items) to another place")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--to", required=True, metavar="NUMBER", help="the number it should have")
    p.set_defaults(func=cmd_agenda_move_item)

    p = agenda.add_parser("remove-item", help="take an item off the agenda")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("number", metavar="NUMBER")
    p.set_defaults(func=cmd_agenda_remove_item)

    p = agenda.add_parser("attach", help="attach papers (PDF or .docx) to an item")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_agenda_attach)

    p = agenda.add_parser("to-follow", help="mark an item's paper as to follow")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--clear", action="store_true", help="no longer to follow")
    p.set_defaults(func=cmd_agenda_to_follow)

    p = agenda.add_parser("checklist", help="the report checklist of a paper: Pledge, involvement, you said/we did")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--paper", type=int, default=1, metavar="N", help="which of the item's papers (default 1)")
    for name, text in (("pledge", "it says how it incorporates the Pledge"),
                       ("involvement", "it says how young people were involved"),
                       ("you-said-we-did", "it says how the service responded (you said, we did)")):
        p.add_argument(f"--{name}", action=argparse.BooleanOptionalAction, default=None, help=text)
        p.add_argument(f"--{name}-note", metavar="TEXT")
    p.set_defaults(func=cmd_agenda_checklist)

    p = agenda.add_parser("chase", help="list papers still to come and write .eml drafts chasing their authors")
    p.add_argument("meeting", metavar="MEETING", nargs="?", help="one meeting (default: every meeting to come)")
    p.add_argument("-o", "--output", metavar="DIR", help="where to write the drafts (default: exports/chase)")
    p.add_argument("--list", action="store_true", help="only list them; write nothing")
    p.add_argument("--json", action="store_true", help="list them as JSON; write nothing")
    p.set_defaults(func=cmd_agenda_chase)

    p = agenda.add_parser("settings", help="the report deadline, the numbering scheme and the contact officer")
    p.add_argument("--deadline-days", type=int, metavar="N", help="reports due N working days before (default 10)")
    p.add_argument("--numbering", choices=("per-meeting", "continuous"),
                   help="number items from 1 at each meeting, or on through the municipal year")
    p.add_argument("--contact-name", metavar="NAME", help="who the chase e-mail drafts are from")
    p.add_argument("--contact-job-title", metavar="TITLE", help='their job title ("" for none), after their name')
    p.add_argument("--contact-email", metavar="EMAIL", help='their e-mail address ("" for none)')
    p.add_argument("--contact-phone", metavar="PHONE", help='their telephone number ("" for none)')
    p.set_defaults(func=cmd_agenda_settings)

    p = agenda.add_parser("template", help="the board's agenda template (the opening block, standing items, close)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_template_show)
    for name, helptext in (("template-add", "add an item to the template"),
                           ("template-edit", "change a template item (NUMBER from `agenda template`)")):
        p = agenda.add_parser(name, help=helptext)
        if name == "template-edit":
            p.add_argument("number", type=int, metavar="NUMBER")
        p.add_argument("--title", metavar="T", required=name == "template-add")
        p.add_argument("--section", choices=list(SECTION_NAMES), required=name == "template-add")
        p.add_argument("--purpose", choices=PURPOSES)
        p.add_argument("--presenter", metavar="ROLE", help="a seat's title (its start will do) or a role in words")
        p.add_argument("--duration", type=int, metavar="MIN")
        p.add_argument("--paper", action=argparse.BooleanOptionalAction, default=None,
                       help="a written paper comes with it")
        p.add_argument("--active", action=argparse.BooleanOptionalAction, default=None,
                       help="used on new agendas (--no-active keeps it for agendas already built)")
        if name == "template-add":
            p.add_argument("--after", type=int, metavar="NUMBER", help="put it after this template item")
        p.set_defaults(func=cmd_template_add if name == "template-add" else cmd_template_edit)
    p = agenda.add_parser("template-move", help="move a template item")
    p.add_argument("number", type=int, metavar="NUMBER")
    p.add_argument("--to", type=int, required=True, metavar="NUMBER")
    p.set_defaults(func=cmd_template_move)
