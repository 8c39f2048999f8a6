"""The work programme on the command line (``cpo-desktop work-programme …``): the rules for
recurring reports, the year grid and the coverage check. Same services as the GUI; no Qt."""

from __future__ import annotations

import argparse

from cpo_desktop import dates
from cpo_desktop.cli.common import EXIT_ERROR, EXIT_OK, opened, print_json, table
from cpo_desktop.model import enums

PURPOSES = [p.value for p in enums.Purpose]
FREQUENCIES = [f.value for f in enums.ReportFrequency]

def cmd_wp_rules(args: argparse.Namespace) -> int:
    from cpo_desktop.services import work_programme

    with opened(args) as store:
        rows = work_programme.list_rules(store)
    if args.json:
        print_json([r.as_dict() for r in rows])
    else:
        table([[str(r.id), r.title + ("" if r.active else " (inactive)"), r.presenter, r.frequency_label,
                r.preferred_months, r.theme] for r in rows],
              ["Id", "Report", "Presenter", "How often", "Months", "Theme"])
    return EXIT_OK


def _rule_input(args: argparse.Namespace, store, base=None):
    from cpo_desktop.services import work_programme
    from cpo_desktop.services.meetings import priority_id

    data = base or work_programme.RuleInput(title="")
    for name in ("title", "frequency", "purpose"):
        if getattr(args, name) is not None:
            setattr(data, name, getattr(args, name))
    if args.duration is not None:
        data.duration_minutes = args.duration
    if args.months is not None:
        data.preferred_months = args.months
    if args.officer is not None or args.seat is not None or args.presenter is not None:
        data.reporting_officer_id, data.seat_id, data.presenter_role = args.officer, args.seat, args.presenter
    if args.theme is not None:
        with store.session() as session:
            data.priority_id = priority_id(session, args.theme) if args.theme else None
    if args.active is not None:
        data.active = args.active
    return data


def cmd_wp_add_rule(args: argparse.Namespace) -> int:
    from cpo_desktop.services import work_programme

    with opened(args) as store:
        rule_id = work_programme.add_rule(store, _rule_input(args, store))
    print(f"Added the report rule “{args.title}” (id {rule_id}).")
    return EXIT_OK


def cmd_wp_edit_rule(args: argparse.Namespace) -> int:
    from cpo_desktop.services import work_programme

    with opened(args) as store:
        rows = {r.id: r for r in work_programme.list_rules(store)}
        if args.id not in rows:
            raise work_programme.WorkProgrammeError(f"There is no report rule with id {args.id}.")
        work_programme.update_rule(store, args.id, _rule_input(args, store, work_programme.rule_input(rows[args.id])))
    print(f"Changed report rule {args.id}.")
    return EXIT_OK


def cmd_wp_grid(args: argparse.Namespace) -> int:
    from cpo_desktop.services import work_programme

    with opened(args) as store:
        grid = work_programme.grid(store, args.year)
    if args.json:
        print_json(grid.as_dict())
        return EXIT_OK
    print(f"Work programme {grid.label}")
    short = {"": "", "planned": "planned", "missing": "MISSING", "scheduled": "on agenda",
             "paper received": "paper in", "presented": "presented"}
    table([[r.title[:60], r.kind] + [short[c] for c in r.cells] for r in grid.rows],
          ["Item", "How often"] + [dates.two_digit(m.date) for m in grid.meetings])
    return EXIT_OK


def cmd_wp_check(args: argparse.Namespace) -> int:
    from cpo_desktop.services import work_programme

    with opened(args) as store:
        result = work_programme.coverage(store, args.year)
        rules = {r.id: r.title for r in work_programme.list_rules(store)}
        notes = [_counted_by_title(store, n, rules[n.rule_id]) for n in result.notes]
    if args.json:
        print_json({"year": result.label, "ok": result.ok,
                    "problems": [p.__dict__ for p in result.problems],
                    "counted_by_title": [dict(n.__dict__, cli_text=text) for n, text in zip(result.notes, notes,
                                                                                            strict=True)]})
        return EXIT_OK if result.ok else EXIT_ERROR
    if result.ok:
        print(f"{result.label}: every scheduled report and standing item is on the year's agendas, "
              "and every agenda fits its meeting.")
    else:
        print(f"{result.label}: {len(result.problems)} thing{'s' if len(result.problems) != 1 else ''} to look at:")
        for p in result.problems:
            print(f"  - {p.text_for_cli}")
    if notes:
        print("1 item is counted by its title, not by a link to its report:" if len(notes) == 1 else
              f"{len(notes)} items are counted by their titles, not by links to their reports:")
        for text in notes:
            print(f"  - {text}")
    return EXIT_OK if result.ok else EXIT_ERROR


def _counted_by_title(store, note, rule: str) -> str:
    """A "counted by title" note as the command line words it: the item by its number, and the
    command that links it to its report."""
    from cpo_desktop.services import agenda

    shown = agenda.load_agenda(store, note.meeting_id)
    item = next(i for i in shown.items if i.id == note.item_id)
    return (f"{rule}: item {item.number} on the agenda of {dates.plain(shown.meeting.date)}, “{item.title}”, is "
            f"counted by its title (`cpo-desktop agenda edit-item {shown.meeting.date.isoformat()} {item.number} "
            f"--rule {note.rule_id}` links it).")


# --- parsers --------------------------------------------------------------------------------------

def _rule_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--title", metavar="T", required=adding)
    p.add_argument("--frequency", choices=FREQUENCIES, required=adding)
    who = p.add_mutually_exclusive_group()
    who.add_argument("--officer", type=int, metavar="ID", help="the reporting officer who presents it")
    who.add_argument("--seat", type=int, metavar="ID", help="the seat whose holder presents it")
    who.add_argument("--presenter", metavar="ROLE", help="who presents it, in words")
    p.add_argument("--months", metavar="M,M", help="preferred months, e.g. 6,12")
    p.add_argument("--theme", metavar="T", help="link it to a priority (part of its title will do); \"\" to unlink")
    p.add_argument("--purpose", choices=PURPOSES)
    p.add_argument("--duration", type=int, metavar="MIN")
    p.add_argument("--active", action=argparse.BooleanOptionalAction, default=None)


def add_parsers(sub) -> None:
    """``work-programme``."""
    wp = sub.add_parser("work-programme", help="the yearly work programme: report rules, the year grid, coverage") \
        .add_subparsers(dest="wp_command", metavar="ACTION", required=True)
    p = wp.add_parser("rules", help="list the rules for recurring reports")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_wp_rules)
    p = wp.add_parser("add-rule", help="add a recurring report")
    _rule_options(p, adding=True)
    p.set_defaults(func=cmd_wp_add_rule)
    p = wp.add_parser("edit-rule", help="change a recurring report")
    p.add_argument("id", type=int, metavar="ID")
    _rule_options(p, adding=False)
    p.set_defaults(func=cmd_wp_edit_rule)
    p = wp.add_parser("grid", help="the year grid: meetings × items, planned, on the agenda, paper in, presented")
    p.add_argument("--year", type=int, required=True, metavar="YYYY", help="the municipal year starting in May")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_wp_grid)
    p = wp.add_parser("check", help="reports and standing items missing from the year; agendas over time")
    p.add_argument("--year", type=int, required=True, metavar="YYYY")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_wp_check)
