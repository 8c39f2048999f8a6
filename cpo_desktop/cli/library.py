"""The command line for the Library of the board's editable texts (``cpo-desktop library …``):
the texts of the member induction pack. Same service as the GUI; no Qt."""

from __future__ import annotations

import argparse

from cpo_desktop import dates
from cpo_desktop.cli.common import EXIT_OK, CommandError, opened, print_json, table


def _edited(entry) -> str:
    if not entry.edited:
        return "default"
    return f"edited {dates.short(entry.updated_at.astimezone().date())}" if entry.updated_at else "edited"


def cmd_list(args: argparse.Namespace) -> int:
    from cpo_desktop.services import library

    with opened(args) as store:
        entries = library.list_texts(store)
    if args.json:
        print_json([e.as_dict() for e in entries])
        return EXIT_OK
    table([[e.key, e.title, _edited(e), f"{len(e.body):,}".replace(",", " ")] for e in entries],
          ["Key", "Title", "Wording", "Characters"])
    print()
    print("`cpo-desktop library show KEY` prints a text; `library edit KEY --file F` changes it; "
          "`library reset KEY` brings back the default.")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from cpo_desktop.services import library

    with opened(args) as store:
        entry = library.get_text(store, args.key)
    if args.json:
        print_json(entry.as_dict())
        return EXIT_OK
    if args.body:
        print(entry.body)
        return EXIT_OK
    print(entry.title)
    print("=" * len(entry.title))
    print()
    print(entry.body)
    print()
    if entry.edited:
        print(f"[The board's own wording ({_edited(entry)}); `cpo-desktop library reset {entry.key}` brings back "
              f"the default. The default came from: {entry.source}.]")
    else:
        print(f"[The default wording, from: {entry.source}.]")
    return EXIT_OK


def _read_text(name: str) -> str:
    from cpo_desktop.inputs import read_user_text

    return read_user_text(name, what="a Library text", error=CommandError)


def cmd_edit(args: argparse.Namespace) -> int:
    from cpo_desktop.services import library

    if args.file is None and args.text is None and args.title is None:
        raise CommandError("Give the new wording with --file F (or --file - for standard input) or --text T, "
                           "and/or a new --title.")
    body = _read_text(args.file) if args.file is not None else args.text
    with opened(args) as store:
        if body is None:
            body = library.get_text(store, args.key).body
        library.set_text(store, args.key, body, title=args.title)
        after = library.get_text(store, args.key)
    if after.edited:
        print(f"Saved “{after.title}” ({len(after.body):,} characters). ".replace(",", " ")
              + f"`cpo-desktop library reset {after.key}` brings back the default wording.")
    else:
        print(f"“{after.title}” is the default wording again.")
    return EXIT_OK


def cmd_reset(args: argparse.Namespace) -> int:
    from cpo_desktop.services import library

    with opened(args) as store:
        before = library.reset_text(store, args.key)
        after = library.get_text(store, args.key)
    if before.edited:
        print(f"“{after.title}” is back to the default wording.")
    else:
        print(f"“{after.title}” already had the default wording; nothing changed.")
    return EXIT_OK


def add_parsers(sub) -> None:
    """``library``."""
    lib = sub.add_parser("library", help="the board's own texts for the induction pack (welcome, Pledge, glossary …)"
                         ).add_subparsers(dest="library_command", metavar="ACTION", required=True)
    p = lib.add_parser("list", help="the texts, in the pack's order, and whether the board has edited them")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = lib.add_parser("show", help="print one text")
    p.add_argument("key", metavar="KEY", help="the text's key (see `library list`)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--json", action="store_true", help="with its default and where the default came from")
    what.add_argument("--body", action="store_true", help="only the body, e.g. to edit it in a file")
    p.set_defaults(func=cmd_show)
    p = lib.add_parser("edit", help="change a text's wording (and/or title)",
                       epilog="Markup: paragraphs separated by a blank line; '## ' starts a subheading; '- ' a "
                              "bullet; '1. ' a numbered line; '> ' a quotation; lines 'TERM – meaning' a list "
                              "of terms.")
    p.add_argument("key", metavar="KEY")
    body = p.add_mutually_exclusive_group()
    body.add_argument("--file", metavar="FILE", help="a UTF-8 text file with the new wording ('-' for standard input)")
    body.add_argument("--text", metavar="TEXT", help="the new wording")
    p.add_argument("--title", metavar="TITLE", help="a new title (the section heading or subheading in the pack)")
    p.set_defaults(func=cmd_edit)
    p = lib.add_parser("reset", help="bring back the default wording of a text")
    p.add_argument("key", metavar="KEY")
    p.set_defaults(func=cmd_reset)
