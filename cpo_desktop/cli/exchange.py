"""The command line for the minute exchange with partner boards (``cpo-desktop exchange …``).
Same services as the GUI; no Qt."""

from __future__ import annotations

import argparse
from pathlib import Path

from cpo_desktop import dates
from cpo_desktop.cli.common import EXIT_OK, CommandError, date_arg, opened, print_json, table


def _status_text(row) -> str:
    flag = " OVERDUE" if row.overdue else ""
    return row.status + flag


def cmd_status(args: argparse.Namespace) -> int:
    from cpo_desktop.services import exchange

    with opened(args) as store:
        reg = exchange.register(store)
    if args.json:
        print_json(reg.as_dict())
        return EXIT_OK
    print(f"Minute exchange as at {dates.short(reg.today)}: our confirmed minutes go within {reg.send_days} "
          f"working days; a partner is overdue after {reg.receive_months} months without minutes.")
    for s in reg.partners:
        p = s.partner
        print()
        print(f"{p.short_name} – {p.name} ({p.confidentiality}){' – former' if p.former else ''}")
        out = []
        if s.awaiting:
            out.append(f"{s.awaiting} awaiting confirmation")
        if s.ready:
            out.append(f"{s.ready} ready to send" + (f", {s.send_overdue} overdue" if s.send_overdue else ""))
        if s.last_sent:
            out.append(f"last sent: minutes of {dates.short(s.last_sent.meeting_date)} "
                       f"on {dates.short(s.last_sent.sent_on)}")
        if p.exchange_out:
            print("  Out: " + ("; ".join(out) or "nothing owed"))
        if p.exchange_in:
            last = s.last_received
            text = (f"last received: minutes of {dates.short(last.meeting_date)} on {dates.short(last.received_on)}"
                    if last else "nothing received yet")
            if s.to_note:
                text += f"; {s.to_note} to be noted"
            if s.receive_overdue:
                text += f"; OVERDUE (nothing for more than {reg.receive_months} months)"
            print("  In:  " + text)
    rows = [[r.key, r.partner, "to" if r.direction == "out" else "from", dates.short(r.meeting_date), _status_text(r),
             dates.short(r.sent_on or r.received_on),
             dates.short(r.due) if r.direction == "out" else dates.short(r.listed_meeting_date),
             r.overdue_note] for r in reg.rows]
    print()
    table(rows, ["Key", "Partner", "Dir", "Meeting", "Status", "Sent/received", "Due / noted at", "Note"])
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from cpo_desktop.exchange import outgoing

    with opened(args) as store:
        package = outgoing.prepare(store, args.meeting, args.partner, Path(args.output), papers=args.paper or [])
    print(f"Package for {package.partner} written to {package.folder}:")
    for f in package.files:
        print(f"  {f.name}")
    for line in package.removed:  # "“report.pdf”: an embedded file"
        print(f"Taken out of {line}.")
    print(f"The e-mail draft is addressed to {package.to}: open “{package.eml.name}” in your mail program, check it "
          f"and send it, then run `cpo-desktop exchange mark-sent {args.meeting} --partner {package.partner}`.")
    return EXIT_OK


def cmd_mark_sent(args: argparse.Namespace) -> int:
    from cpo_desktop.services import exchange

    with opened(args) as store:
        if args.undo:
            exchange.unmark_sent(store, args.meeting, args.partner)
            print("No longer marked as sent.")
            return EXIT_OK
        row = exchange.mark_sent(store, args.meeting, args.partner, on=date_arg(args.date))
    late = f" ({row.overdue_note.lower()})" if row.overdue_note else ""
    print(f"Minutes of {dates.short(row.meeting_date)} marked as sent to {row.partner} "
          f"on {dates.short(row.sent_on)}{late}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from cpo_desktop.exchange import incoming
    from cpo_desktop.services import exchange

    with opened(args) as store:
        result = incoming.import_file(store, Path(args.file), args.partner, meeting_date=date_arg(args.meeting_date),
                                      received=date_arg(args.received), confidentiality=args.confidentiality)
        row = next(r for r in exchange.register(store).rows
                   if r.exchange_id == result.exchange_id and r.direction == "in")
    print(f"Added {row.partner}'s minutes of {dates.short(row.meeting_date)}, received {dates.short(row.received_on)} "
          f"({row.confidentiality}): " + ", ".join(result.added) + f" [id {result.exchange_id}].")
    if result.already:
        print("Already received, not added again: " + "; ".join(result.already) + ".")
    if row.listed_meeting_date:
        print(f"Listed under “Partner boards' minutes – for information” at the board meeting on "
              f"{dates.short(row.listed_meeting_date)}.")
    else:
        print("No board meeting is planned after that date yet: it will be listed on the next one planned.")
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import exchange

    if args.meeting_date is None and args.received is None and args.confidentiality is None:
        raise CommandError("Give what to change: --meeting-date, --received or --confidentiality.")
    with opened(args) as store:
        exchange.update_incoming(store, args.id, meeting_date=date_arg(args.meeting_date),
                                 received_on=date_arg(args.received),
                                 confidentiality=args.confidentiality)
    print("Saved.")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from cpo_desktop.services import exchange

    with opened(args) as store:
        exchange.remove_incoming(store, args.id)
    print(f"Removed the partner minutes received with id {args.id}.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from cpo_desktop.services import exchange

    with opened(args) as store:
        hits = exchange.search(store, " ".join(args.words))
    if args.json:
        print_json([h.as_dict() for h in hits])
        return EXIT_OK
    if not hits:
        print("No partner minutes contain that.")
    for h in hits:
        print(f"[{h.exchange_id}] {h.partner} minutes of {dates.short(h.meeting_date)} – {h.original_name} "
              f"({h.confidentiality})\n    {h.snippet}")
    return EXIT_OK


def cmd_partners(args: argparse.Namespace) -> int:
    from cpo_desktop.services import exchange

    with opened(args) as store:
        rows = exchange.list_partners(store, include_former=args.all)
    if args.json:
        print_json([r.as_dict() for r in rows])
        return EXIT_OK
    table([[str(r.id), r.short_name, r.name + (" (former)" if r.former else ""), r.confidentiality,
            "/".join(x for x, on in (("out", r.exchange_out), ("in", r.exchange_in)) if on) or "–",
            f"{r.expected_frequency_months} mo", r.secretariat_email or "(no e-mail)", "yes" if r.send_docx else ""]
           for r in rows], ["Id", "Short", "Name", "Papers", "Exchange", "Meets", "Secretariat", ".docx"])
    return EXIT_OK


def _partner_input(args: argparse.Namespace, current=None):
    from dataclasses import replace

    from cpo_desktop.services import exchange

    data = current or exchange.PartnerInput(name=args.name or "", short_name=args.short or "")
    changes = {}
    for arg, attr in (("name", "name"), ("short", "short_name"), ("secretariat", "secretariat_name"),
                      ("email", "secretariat_email"), ("confidentiality", "confidentiality"),
                      ("every", "expected_frequency_months"), ("relationship", "relationship"), ("kind", "kind")):
        value = getattr(args, arg, None)
        if value is not None:
            changes[attr] = value
    if args.direction is not None:
        changes["exchange_out"] = args.direction in ("both", "out")
        changes["exchange_in"] = args.direction in ("both", "in")
    if args.docx is not None:
        changes["send_docx"] = args.docx
    if args.since is not None:
        changes["exchange_from"] = date_arg(args.since)
    return replace(data, **changes)


def cmd_partner_add(args: argparse.Namespace) -> int:
    from cpo_desktop.services import exchange

    with opened(args) as store:
        pid = exchange.add_partner(store, _partner_input(args))
    print(f"Added partner board {args.short} (id {pid}).")
    return EXIT_OK


def cmd_partner_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import exchange

    with opened(args) as store:
        row = exchange.find_partner(store, args.partner)
        # The details first: if they are refused, "former" is not saved either.
        exchange.update_partner(store, row.id, _partner_input(args, exchange.PartnerInput.from_row(row)))
        if args.former is not None:
            exchange.set_partner_former(store, row.id, args.former)
    print("Saved.")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    from cpo_desktop.services import exchange

    with opened(args) as store:
        exchange.set_thresholds(store, send_days=args.send_days, receive_months=args.receive_months)
        send, receive = exchange.thresholds(store)
    print(f"Our confirmed minutes go to partners within {send} working days; a partner is overdue after {receive} "
          "months without sending minutes.")
    return EXIT_OK


def _partner_options(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", required=adding, help="the partner board's full name")
    p.add_argument("--short", required=adding, metavar="SHORTNAME", help="a short name, e.g. SSCP")
    p.add_argument("--secretariat", metavar="NAME", help="who runs its secretariat")
    p.add_argument("--email", metavar="ADDRESS", help="the secretariat's e-mail address")
    p.add_argument("--confidentiality", choices=["public", "restricted"],
                   help="how its papers are treated by default (restricted never go out)")
    p.add_argument("--direction", choices=["both", "out", "in"], help="which way minutes go (default both)")
    p.add_argument("--every", type=int, metavar="MONTHS", help="how often it meets")
    docx = p.add_mutually_exclusive_group()
    docx.add_argument("--docx", dest="docx", action="store_true", default=None,
                      help="also send our minutes as a Word file")
    docx.add_argument("--no-docx", dest="docx", action="store_false")
    p.add_argument("--since", metavar="DATE", help="the exchange began on this day (nothing is owed before it)")
    p.add_argument("--relationship", metavar="TEXT", help="the terms of reference's words on the exchange")
    p.add_argument("--kind", choices=["partner_board", "scrutiny"], help=argparse.SUPPRESS)


def add_parsers(sub) -> None:
    """``exchange``."""
    ex = sub.add_parser("exchange", help="minutes exchanged with partner boards (SSCP, HWB …)").add_subparsers(
        dest="exchange_command", metavar="ACTION", required=True)
    p = ex.add_parser("status", help="the exchange register: what is owed, sent, received and noted, and what is overdue")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)
    p = ex.add_parser("export", help="write the package for a partner: public minutes, covering note, e-mail draft")
    p.add_argument("meeting", metavar="MEETING", help="our meeting's id or date")
    p.add_argument("--partner", required=True, metavar="SHORTNAME")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder to write the package to")
    p.add_argument("--paper", type=int, action="append", metavar="PAPER_ID",
                   help="also attach this paper of the meeting (Part 1 only; repeat for more)")
    p.set_defaults(func=cmd_export)
    p = ex.add_parser("mark-sent", help="record the day our minutes went to a partner")
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--partner", required=True, metavar="SHORTNAME")
    p.add_argument("--date", metavar="D", help="the day sent (default: today)")
    p.add_argument("--undo", action="store_true", help="take back 'sent'")
    p.set_defaults(func=cmd_mark_sent)
    p = ex.add_parser("import", help="add a partner's minutes from a PDF, a .docx or the .eml they came in")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--partner", required=True, metavar="SHORTNAME")
    p.add_argument("--meeting-date", metavar="D", help="the date of their meeting (found in the file if not given)")
    p.add_argument("--received", metavar="D", help="the day received (default: the e-mail's date, or today)")
    p.add_argument("--confidentiality", choices=["public", "restricted"],
                   help="override the partner's default for these minutes")
    p.set_defaults(func=cmd_import)
    p = ex.add_parser("edit", help="correct partner minutes received: their meeting date, day received, confidentiality")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--meeting-date", metavar="D")
    p.add_argument("--received", metavar="D")
    p.add_argument("--confidentiality", choices=["public", "restricted"])
    p.set_defaults(func=cmd_edit)
    p = ex.add_parser("remove", help="take back partner minutes added by mistake (not once noted)")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=cmd_remove)
    p = ex.add_parser("search", help="find words in the partner minutes received")
    p.add_argument("words", nargs="+", metavar="WORD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)
    p = ex.add_parser("partners", help="the partner boards")
    p.add_argument("--all", action="store_true", help="include former partners")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_partners)
    p = ex.add_parser("partner-add", help="add a partner board")
    _partner_options(p, adding=True)
    p.set_defaults(func=cmd_partner_add)
    p = ex.add_parser("partner-edit", help="change a partner board")
    p.add_argument("partner", metavar="SHORTNAME")
    _partner_options(p, adding=False)
    former = p.add_mutually_exclusive_group()
    former.add_argument("--former", dest="former", action="store_true", default=None,
                        help="no longer exchanging (its history stays)")
    former.add_argument("--current", dest="former", action="store_false")
    p.set_defaults(func=cmd_partner_edit)
    p = ex.add_parser("settings", help="show or change when exchanges become overdue")
    p.add_argument("--send-days", type=int, metavar="N", help="working days to send our confirmed minutes")
    p.add_argument("--receive-months", type=int, metavar="N", help="months before a silent partner is overdue")
    p.set_defaults(func=cmd_settings)
