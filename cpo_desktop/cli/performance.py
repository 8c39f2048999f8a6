"""The performance scorecard on the command line: ``performance indicators``, ``indicator-add``,
``indicator-edit``, ``indicator-retire``, ``import``, ``set``, ``show``, ``history`` and
``suppression``, and ``report`` (the performance report paper for a meeting, public or restricted).

Each command calls the same service as the window (``services.performance``); a refusal is one
line and nothing is saved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cpo_desktop.cli.common import EXIT_ERROR, EXIT_OK, CommandError, opened, print_json, table

from cpo_desktop.model.performance_rules import PERIOD_KINDS as PERIODS
from cpo_desktop.model.performance_rules import POLARITIES, UNITS
from cpo_desktop.model.suppression import MARKS
_TEXT_OPTIONS = ("key", "name", "definition", "unit", "polarity", "period", "owner", "source")
_REF_OPTIONS = {"numerator": "numerator_key", "denominator": "denominator_key", "part_of": "part_of_key"}


def _indicator_line(row) -> str:
    parts = [row.unit, f"{row.polarity} is better" if row.polarity != "neutral" else "neutral", row.period]
    if row.numerator_key:
        parts.append(f"{row.numerator_key} / {row.denominator_key}")
    if row.part_of_key:
        parts.append(f"part of {row.part_of_key}")
    if not row.sensitive:
        parts.append("not sensitive")
    return f"{row.name} ({row.key}): " + ", ".join(parts)


def cmd_indicators(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance

    with opened(args) as store:
        rows = performance.list_indicators(store, former=args.former)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return EXIT_OK
    table([[r.key, r.name + (" (retired)" if r.former else ""), r.unit, r.polarity, r.period, r.owner, r.source]
           for r in rows], ["Key", "Indicator", "Unit", "Better", "Period", "Owner", "Source"])
    return EXIT_OK


def _input(args: argparse.Namespace, current=None):
    from dataclasses import replace

    from cpo_desktop.services import performance

    changes = {k: getattr(args, k) for k in _TEXT_OPTIONS if getattr(args, k, None) is not None}
    if args.sensitive is not None:
        changes["sensitive"] = args.sensitive
    for option, name in _REF_OPTIONS.items():
        given = getattr(args, option)
        if given is not None:
            changes[name] = given.strip() or None
    if current is None:
        if not changes.get("key") or not changes.get("name"):
            raise CommandError("A new indicator needs --key and --name.")
        return performance.IndicatorInput(**changes)
    if not changes:
        raise CommandError("Nothing to change: give at least one option (see `cpo-desktop performance "
                           "indicator-edit --help`).")
    return replace(current, **changes)


def _shown(store, ref) -> str:
    from cpo_desktop.services import performance

    return _indicator_line(next(r for r in performance.list_indicators(store, former=True)
                                if r.id == ref or r.key == ref))


def cmd_indicator_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance

    data = _input(args)
    with opened(args) as store:
        new = performance.add_indicator(store, data)
        print(f"Added the indicator {_shown(store, new)}")
    return EXIT_OK


def cmd_indicator_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance

    with opened(args) as store:
        data = _input(args, performance.indicator_input(store, args.indicator))
        ref, changed = performance.update_indicator(store, args.indicator, data)
        print(("Updated the indicator " if changed else "Nothing changed: the indicator is already ")
              + _shown(store, ref))
    return EXIT_OK


def cmd_indicator_retire(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance

    with opened(args) as store:
        name = performance.retire_indicator(store, args.indicator)
    print(f"Retired the indicator {name}: it leaves the scorecard; its figures are kept.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance

    with opened(args) as store:
        preview = performance.read_preview(store, Path(args.file))
        if preview.problems:
            for problem in preview.problems:
                print(f"cpo-desktop: {args.file}: {problem}", file=sys.stderr)
            print(f"cpo-desktop: nothing was imported ({len(preview.problems)} problem(s)).", file=sys.stderr)
            return EXIT_ERROR
        if preview.unknown_columns:
            print("Columns not imported: " + ", ".join(preview.unknown_columns))
        counts = (f"{preview.count('new')} new, {preview.count('changed')} changed, "
                  f"{preview.count('unchanged')} as they are")
        if args.dry_run:
            print(f"Dry run: {len(preview.figures)} figures are valid ({preview.layout} layout: {counts}). "
                  "Nothing was written.")
            return EXIT_OK
        report = performance.apply(store, preview)
    print(f"Imported {args.file}: {report.added} added, {report.updated} updated, {report.unchanged} as they were."
          + (f" The data as it was is saved as the backup {report.backup.name}." if report.backup else ""))
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance

    keep = performance.KEEP
    given = {name: (keep if getattr(args, name) is None else getattr(args, name))
             for name in ("value", "mark", "england", "region", "neighbours", "target", "commentary")}
    with opened(args) as store:
        done = performance.set_figure(store, args.indicator, args.period, **given)
    if done.created:
        print(f"Recorded {done.key} for {done.period}.")
    elif done.changed:
        print(f"Changed {done.key} for {done.period}: {', '.join(done.changed)} (the old figures are kept in "
              "its history).")
    else:
        print(f"Nothing changed: {done.key} for {done.period} is already so.")
    return EXIT_OK


def _trend_text(row) -> str:
    if row.trend is None:
        return ""
    return row.trend + (f" ({row.judgement})" if row.judgement else "")


def cmd_show(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance

    with opened(args) as store:
        card = performance.show(store, args.period, public=args.public)
    if args.json:
        print_json({"period": card.period, "public": card.public, "threshold": card.threshold,
                    "rows": [r.as_dict(card.public) for r in card.rows]})
        return EXIT_OK
    rows = []
    empty = [r for r in card.rows if r.latest is None]
    for r in card.rows:
        if r.latest is None:
            continue
        latest = f"{r.latest.text} ({r.latest.period})" if r.latest else ""
        previous = f"{r.previous.text} ({r.previous.period})" if r.previous else ""
        rows.append([r.name, latest, previous, _trend_text(r), r.england, r.region, r.neighbours, r.target,
                     (r.rag or "").upper()])
    table(rows, ["Indicator", "Latest", "Previous", "Trend", "England", "Region", "Neighbours", "Target", "RAG"])
    if empty:
        print(f"No figures yet for {len(empty)} of the {len(card.rows)} indicators"
              + (f" at or before {card.period}." if card.period else "."))
    print(f"{'Public' if card.public else 'Restricted'} version"
          + (f": counts from 1 to {card.threshold} are shown as “c”." if card.public
             else ": every figure (not for publication)."))
    return EXIT_OK


def _number_text(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def cmd_history(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance

    with opened(args) as store:
        ind, figures = performance.history(store, args.indicator)
    if args.json:
        print_json({"indicator": ind.as_dict(), "figures": [
            {"period": f.period, "period_end": f.period_end.isoformat(), "value": f.value, "mark": f.mark,
             "england": f.england, "region": f.region, "neighbours": f.neighbours, "target": f.target,
             "commentary": f.commentary, "source": f.source, "updated_at": f.updated_at.isoformat(),
             "changes": [{"field": c.field, "old": c.old, "new": c.new, "source": c.source,
                          "changed_at": c.changed_at.isoformat()} for c in f.changes]} for f in figures]})
        return EXIT_OK
    print(_indicator_line(ind))
    if not figures:
        print("No figures yet.")
        return EXIT_OK
    rows: list[list[str] | str] = []
    for f in figures:
        rows.append([f.period, _number_text(f.value) or (f.mark or ""), _number_text(f.england),
                     _number_text(f.region), _number_text(f.neighbours), _number_text(f.target), f.source])
        for c in f.changes:
            rows.append(f"    {c.changed_at.astimezone():%d/%m/%Y %H:%M} {c.field}: {c.old or '(none)'} → {c.new or '(none)'} "
                        f"({c.source})")
    table(rows, ["Period", "Value", "England", "Region", "Neighbours", "Target", "Source"])
    return EXIT_OK


def cmd_suppression(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance

    with opened(args) as store:
        if args.threshold is not None:
            changed = performance.set_suppression_threshold(store, args.threshold)
        threshold = performance.suppression_threshold(store)
    lead = ("The threshold is now" if args.threshold is not None and changed
            else "The threshold is already" if args.threshold is not None else "The threshold is")
    print(f"{lead} {threshold}: in public outputs counts from 1 to {threshold} are shown as “c”, and so is what "
          "would give them away; the restricted version shows every figure.")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from cpo_desktop.services import performance_report

    with opened(args) as store:
        path = performance_report.build(store, args.meeting, public=args.public, target=Path(args.output))
    print(f"Wrote the {'public' if args.public else 'restricted'} performance report: {path}"
          + ("" if args.public else " (every figure shown: not for publication)."))
    return EXIT_OK


def _indicator_options(p: argparse.ArgumentParser, new: bool) -> None:
    if new:
        p.add_argument("--key", metavar="K", required=True,
                       help="a short code for imports and commands: lower-case letters, digits and _")
        p.add_argument("--name", metavar="N", required=True)
    else:
        p.add_argument("--key", metavar="K", help="a new key (not while other indicators refer to it)")
        p.add_argument("--name", metavar="N")
    p.add_argument("--definition", metavar="TEXT")
    p.add_argument("--unit", choices=UNITS, help="default count" if new else None)
    p.add_argument("--polarity", choices=POLARITIES, help="which way is better (default neutral)" if new else None)
    p.add_argument("--period", choices=PERIODS, help="how often it has a figure (default quarter)" if new else None)
    p.add_argument("--owner", metavar="ROLE")
    p.add_argument("--source", metavar="S", help="where the figure comes from: SSDA903, 000, …")
    p.add_argument("--sensitive", action=argparse.BooleanOptionalAction, default=None,
                   help="small numbers in it could identify a child (default yes): hidden in public outputs")
    p.add_argument("--numerator", metavar="K", help="with --denominator: the counts a percentage or rate is "
                                                    "built from ('' to clear)")
    p.add_argument("--denominator", metavar="K")
    p.add_argument("--part-of", metavar="K", dest="part_of",
                   help="a count that is one part of another's total ('' to clear)")


def add_parsers(sub) -> None:
    """``performance …``."""
    perf = sub.add_parser("performance", help="the performance scorecard: indicators, figures, suppression"
                          ).add_subparsers(dest="performance_command", metavar="ACTION", required=True)
    p = perf.add_parser("indicators", help="list the indicators")
    p.add_argument("--former", action="store_true", help="retired ones too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_indicators)

    p = perf.add_parser("indicator-add", help="add an indicator")
    _indicator_options(p, True)
    p.set_defaults(func=cmd_indicator_add)

    p = perf.add_parser("indicator-edit", help="change an indicator's details")
    p.add_argument("indicator", metavar="INDICATOR", help="its key, name or id")
    _indicator_options(p, False)
    p.set_defaults(func=cmd_indicator_edit)

    p = perf.add_parser("indicator-retire", help="retire an indicator (its figures are kept)")
    p.add_argument("indicator", metavar="INDICATOR", help="its key, name or id")
    p.set_defaults(func=cmd_indicator_retire)

    p = perf.add_parser("import", help="import figures from the council's spreadsheet (.xlsx or CSV; all or none)")
    p.add_argument("file", metavar="FILE", help="one row per indicator and period (Indicator, Period, Value, "
                                                "England, Region, Neighbours, Target), or one row per indicator "
                                                "with periods as column headers")
    p.add_argument("--dry-run", action="store_true", help="check the file and report, write nothing")
    p.set_defaults(func=cmd_import)

    p = perf.add_parser("set", help="record or change one indicator's figure for a period")
    p.add_argument("indicator", metavar="INDICATOR", help="its key, name or id")
    p.add_argument("--period", metavar="P", required=True, help="2026-11 (month), 2026-Q3 (calendar quarter) or "
                                                                "2026 (calendar year), as the indicator needs")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--value", metavar="V")
    what.add_argument("--mark", type=str.lower, choices=tuple(MARKS),
                      help="a DfE mark instead of a value: c confidential, z not applicable, k rounds to zero, "
                           "x not available")
    for name in ("england", "region", "neighbours", "target"):
        p.add_argument(f"--{name}", metavar="V", help="'' to clear")
    p.add_argument("--commentary", metavar="TEXT")
    p.set_defaults(func=cmd_set)

    p = perf.add_parser("show", help="the scorecard: latest and previous figures, trend, comparators, target, RAG")
    p.add_argument("--period", metavar="P", help="the figures at or before this period (default: the latest)")
    p.add_argument("--public", action="store_true", help="the public version: small counts shown as “c”")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = perf.add_parser("history", help="an indicator's figures over time, with every change")
    p.add_argument("indicator", metavar="INDICATOR", help="its key, name or id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    p = perf.add_parser("report", help="the performance report paper for a meeting (PDF): summary table, a chart "
                                       "and table per indicator, commentary")
    p.add_argument("meeting", metavar="MEETING", help="the meeting's id or date; the figures are those for periods "
                                                      "ending on or before it")
    version = p.add_mutually_exclusive_group(required=True)
    version.add_argument("--public", dest="public", action="store_true",
                         help="the public version: small counts, and what would give them away, shown as “c”")
    version.add_argument("--restricted", dest="public", action="store_false",
                         help="every figure, marked NOT FOR PUBLICATION")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF to write")
    p.set_defaults(func=cmd_report)

    p = perf.add_parser("suppression", help="show or set the small-number threshold for public outputs")
    p.add_argument("--threshold", metavar="N", type=int, help="counts from 1 to N are shown as “c” (1 to 20; "
                                                              "default 5)")
    p.set_defaults(func=cmd_suppression)

