"""The Library commands (``cpo-desktop library …``), run as a user would on the demo board: the
main calls in a fresh interpreter, the calls around them through the CLI's entry point in this
process. Refusals exit 1 with one line on stderr and leave the database file as it was."""

from __future__ import annotations

import io
import json

import pytest
from conftest import cli_for, fresh_cli_for, here_for
from conftest import cli_ok as ok
from conftest import one_line_refusal
from conftest import store_settled_sha256 as settled_sha256
from pypdf import PdfReader

from cpo_desktop.services import library


def test_list_and_show(demo_store, capsys):
    here = here_for(demo_store, capsys)
    rows = json.loads(ok(here("library", "list", "--json")))
    assert [r["key"] for r in rows] == [t.key for t in library.defaults()]
    assert all(not r["edited"] and r["updated_at"] is None and r["source"] for r in rows)
    out = ok(here("library", "list"))
    assert out.splitlines()[0].split() == ["Key", "Title", "Wording", "Characters"]
    assert "good_enough             Would this be good enough for my child?       default" in out
    shown = ok(here("library", "show", "good_enough"))
    assert shown.startswith("Would this be good enough for my child?\n=======")
    assert "> Would this be good enough for my child?" in shown
    assert "[The default wording, from: Corporate Parenting Partnership Strategy 2025–2027" in shown
    assert ok(here("library", "show", "contacts", "--body")) == library.get_text(demo_store, "contacts").body + "\n"
    data = json.loads(ok(here("library", "show", "pledge", "--json")))
    assert data["key"] == "pledge" and data["body"] == data["default_body"]


def test_edit_from_a_file_shows_in_the_pack_and_reset_brings_back_the_default(demo_store, tmp_path, capsys):
    cli, here = cli_for(demo_store), here_for(demo_store, capsys)
    wording = tmp_path / "welcome.txt"
    wording.write_text("\ufeffWelcome from our Chair.\r\n\r\n- Read the papers.\r\n- Ask: is it good enough?\r\n",
                       encoding="utf-8")
    out = ok(cli("library", "edit", "welcome", "--file", str(wording), "--title", "A welcome from the Chair"))
    assert out.startswith("Saved “A welcome from the Chair” (") and "library reset welcome" in out
    entry = library.get_text(demo_store, "welcome")
    assert entry.edited and entry.body == "Welcome from our Chair.\n\n- Read the papers.\n- Ask: is it good enough?"
    listed = ok(here("library", "list"))
    assert "A welcome from the Chair" in listed and "edited " in listed
    assert "The board's own wording" in ok(here("library", "show", "welcome"))

    pdf = tmp_path / "pack.pdf"
    ok(cli("pack", "induction", "colette.farrell@example.org", "-o", str(pdf), "--no-record"))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "1. A welcome from the Chair" in text and "Welcome from our Chair. • Read the papers." in text

    assert ok(cli("library", "reset", "welcome")) == "“Welcome” is back to the default wording.\n"
    assert not library.get_text(demo_store, "welcome").edited
    assert "already had the default wording; nothing changed" in ok(here("library", "reset", "welcome"))


def test_edit_with_text_title_only_and_stdin(demo_store, tmp_path, capsys, monkeypatch):
    here = here_for(demo_store, capsys)
    ok(here("library", "edit", "contacts", "--text", "Ring the office & ask for <Sam>."))
    assert library.get_text(demo_store, "contacts").body == "Ring the office & ask for <Sam>."
    ok(here("library", "edit", "contacts", "--title", "Who to ask"))
    entry = library.get_text(demo_store, "contacts")
    assert (entry.title, entry.body) == ("Who to ask", "Ring the office & ask for <Sam>.")
    monkeypatch.setattr("sys.stdin", io.StringIO("From standard input.\n"))
    ok(here("library", "edit", "contacts", "--file", "-"))
    assert library.get_text(demo_store, "contacts").body == "From standard input."
    # the body printed by show, saved back with the default title, is the default again
    ok(here("library", "edit", "contacts", "--title", entry.default_title, "--text", entry.default_body))
    assert not library.get_text(demo_store, "contacts").edited


@pytest.mark.parametrize(("args", "fragments"), [
    (("library", "show", "nope"), ("There is no text “nope” in the Library", "welcome, corporate_parenting")),
    (("library", "edit", "nope", "--text", "x"), ("There is no text “nope”",)),
    (("library", "reset", "nope"), ("There is no text “nope”",)),
    (("library", "edit", "welcome", "--text", "   "), ("The text “Welcome” cannot be empty",)),
    (("library", "edit", "welcome", "--text", "Hi", "--title", " "), ("needs a title",)),
    (("library", "edit", "welcome", "--text", "x" * 20_001), ("at most 20 000",)),
    (("library", "edit", "welcome"), ("Give the new wording with --file F",)),
    (("library", "edit", "welcome", "--file", "MISSING"), ("“missing.txt” cannot be found",)),
    (("library", "edit", "welcome", "--file", "LATIN1"), ("is not UTF-8 text",)),
])
def test_refusals_change_nothing(demo_store, tmp_path, capsys, args, fragments):
    here = here_for(demo_store, capsys)
    ok(here("library", "edit", "glossary", "--text", "CiC – Children in Care.\nCLA – Children Looked After."))
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 - 10 \xa3".encode("latin-1"))
    args = tuple(str(tmp_path / "missing.txt") if a == "MISSING" else str(tmp_path / "latin1.txt")
                 if a == "LATIN1" else a for a in args)
    before = settled_sha256(demo_store)
    one_line_refusal(demo_store, here(*args), *fragments, before=before)
    assert library.get_text(demo_store, "glossary").body.startswith("CiC – Children in Care.")


def test_a_refusal_in_a_fresh_interpreter(demo_store):
    cli = fresh_cli_for(demo_store)
    before = settled_sha256(demo_store)
    one_line_refusal(demo_store, cli("library", "edit", "pledge", "--text", ""), "cannot be empty", before=before)
