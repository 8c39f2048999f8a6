"""The Library of the board's editable texts: the defaults written from the strategies, editing,
undo, reset, refusals that save nothing, and the simple markup of a text's body."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from conftest import store_settled_sha256
from sqlmodel import select

from cpo_desktop.errors import UserError
from cpo_desktop.model.tables import LibraryText
from cpo_desktop.services import library
from cpo_desktop.services.library import Block, LibraryError, parse_body

PACK_ORDER = ["welcome", "corporate_parenting", "principles", "responsibilities", "good_enough",
              "dear_corporate_parents", "terms_of_reference", "priorities", "children", "pledge", "local_offer", "meetings",
              "training", "youth_groups", "declarations", "confidentiality", "contacts", "glossary"]


def rows(store) -> list[LibraryText]:
    with store.session() as session:
        return list(session.exec(select(LibraryText)))


# --- the defaults -------------------------------------------------------------------------------

def test_defaults_come_in_the_pack_order_with_their_sources():
    texts = library.defaults()
    assert [t.key for t in texts] == PACK_ORDER
    for t in texts:
        assert t.title.strip() and t.body.strip(), t.key
        assert len(t.body) <= library.MAX_BODY
        assert t.source.strip(), f"{t.key} says where it came from"
    sources = " ".join(t.source for t in texts)
    assert "Corporate Parenting Partnership Strategy 2025–2027" in sources
    assert "Corporate Parenting Strategy 2009, revised 2017" in sources


def _text(key: str) -> str:
    return next(t.body for t in library.defaults() if t.key == key)


def test_the_seven_principles_of_the_2017_act():
    body = _text("principles")
    assert "Children and Social Work Act 2017" in body
    numbered = [b for b in parse_body(body) if b.kind == "numbered"]
    assert len(numbered) == 1 and [n for n, _ in numbered[0].items] == [str(i) for i in range(1, 8)]
    items = " ".join(t for _, t in numbered[0].items)
    for words in ("best interests", "express their views, wishes and feelings", "take into account",
                  "make the best use of", "high aspirations", "to be safe, and for stability",
                  "adulthood and independent living"):
        assert words in items


def test_the_test_the_pledge_the_offer_and_the_youth_groups_are_in_the_boards_words():
    assert "Would this be good enough for my child?" in _text("good_enough")
    pledge = parse_body(_text("pledge"))
    promises = [b.text for b in pledge if b.kind == "heading"]
    assert len(promises) == 10 and [p.split(".")[0] for p in promises] == [str(i) for i in range(1, 11)]
    assert "named social worker" in promises[0] and "problems or worries" in promises[9]
    assert all(b.items for b in pledge if b.kind == "bullets"), "each promise says what it means"
    offer = _text("local_offer")
    assert "standing item" in offer and "discussion and approval" in offer and "council tax" in offer
    youth = _text("youth_groups")
    assert "Youth Ambassadors – young people aged 11 to 15" in youth
    assert "Making A Difference (MAD)" in youth and "16 and over" in youth
    assert "Part 2" in _text("confidentiality") and "first name only" in _text("confidentiality")
    assert "Declarations of interest" in _text("declarations")
    tor = _text("terms_of_reference")
    assert "every two months" in tor and "Leader of the Council" in tor and "SSCP" in tor


def test_the_glossary_is_a_list_of_terms_in_alphabetical_order():
    blocks = parse_body(_text("glossary"))
    terms = [b for b in blocks if b.kind == "terms"]
    assert len(terms) == 1
    names = [t for t, _ in terms[0].items]
    assert names == sorted(names, key=str.casefold)
    for term in ("CiC", "CLA", "CEYP", "MAD", "IRO", "PEP", "SDQ", "EET / NEET", "SSCP", "HWB", "VSH", "O&S",
                 "NYAS", "CAMHS", "Reg 44", "Staying Put"):
        assert term in names, term
    assert all(meaning[:1].isupper() for _, meaning in terms[0].items)


def test_a_broken_defaults_file_is_refused(tmp_path):
    path = tmp_path / "library.json"
    path.write_text(json.dumps({"texts": [{"key": "a", "title": "A", "body": "x", "source": "s"},
                                          {"key": "a", "title": "B", "body": "y", "source": "s"}]}))
    with pytest.raises(ValueError, match="used twice"):
        library._load_defaults(path)
    path.write_text(json.dumps({"texts": [{"key": "Bad Key", "title": "A", "body": "x"}]}))
    with pytest.raises(ValueError, match="Bad Key"):
        library._load_defaults(path)
    path.write_text(json.dumps({"texts": [{"key": "a", "title": "A", "body": " "}]}))
    with pytest.raises(ValueError, match="cannot be empty"):
        library._load_defaults(path)


# --- reading and editing --------------------------------------------------------------------------

def test_a_fresh_store_reads_every_text_as_its_default(store):
    entries = library.list_texts(store)
    assert [e.key for e in entries] == PACK_ORDER
    for e in entries:
        assert not e.edited and e.updated_at is None
        assert (e.title, e.body) == (e.default_title, e.default_body)
    assert rows(store) == []
    json.dumps([e.as_dict() for e in entries])  # serialisable as it is


def test_editing_a_text_saves_the_boards_wording_and_returns_the_one_before(store):
    before = library.set_text(store, "welcome", "Welcome, new member.\r\n\r\nRead this first.   \n")
    assert not before.edited and before.body == before.default_body
    entry = library.get_text(store, "welcome")
    assert entry.edited and entry.body == "Welcome, new member.\n\nRead this first."
    assert entry.title == "Welcome", "the title stays when none is given"
    assert entry.default_body == before.default_body
    assert entry.updated_at.tzinfo is not None
    assert abs(entry.updated_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert [r.key for r in rows(store)] == ["welcome"]

    second = library.set_text(store, "welcome", "Second wording.", title="  A welcome   from the Chair ")
    assert second == entry, "the entry as it was before this change"
    now = library.get_text(store, "welcome")
    assert (now.title, now.body) == ("A welcome from the Chair", "Second wording.")
    assert now.as_dict()["edited"] is True and now.as_dict()["updated_at"]

    # undo, step by step, back to the default (the GUI's Edit › Undo)
    library.restore_entry(store, second)
    assert (library.get_text(store, "welcome").title, library.get_text(store, "welcome").body) == (
        "Welcome", "Welcome, new member.\n\nRead this first.")
    library.restore_entry(store, before)
    assert not library.get_text(store, "welcome").edited
    assert rows(store) == []


def test_setting_the_default_wording_again_is_a_reset(store):
    library.set_text(store, "pledge", "Our own Pledge.")
    default = library.get_text(store, "pledge").default_body
    library.set_text(store, "pledge", default + "\n")
    assert not library.get_text(store, "pledge").edited
    assert rows(store) == []


def test_reset_brings_back_the_default_and_says_what_was_there(store):
    library.set_text(store, "glossary", "CiC – Children in Care.\nCLA – Children Looked After.", title="Words")
    before = library.reset_text(store, "glossary")
    assert before.edited and before.title == "Words"
    entry = library.get_text(store, "glossary")
    assert not entry.edited and entry.title == "Glossary" and entry.body == entry.default_body
    again = library.reset_text(store, "glossary")
    assert not again.edited
    assert rows(store) == []


@pytest.mark.parametrize(("key", "body", "title", "words"), [
    ("no_such_text", "Hello.", None, "There is no text “no_such_text” in the Library"),
    ("welcome", "", None, "cannot be empty"),
    ("welcome", " \n\t\n ", None, "cannot be empty"),
    ("welcome", "Hello.", "   ", "The text “Welcome” needs a title"),
    ("welcome", "x" * (library.MAX_BODY + 1), None, "20 001 characters long and a text can hold at most 20 000"),
    ("welcome", "Hello.", "T" * 201, "at most 200 characters"),
])
def test_bad_input_is_refused_and_nothing_is_saved(store, key, body, title, words):
    library.set_text(store, "contacts", "Ring the office.")  # something edited already, kept as it is
    before = store_settled_sha256(store)
    with pytest.raises(LibraryError) as caught:
        library.set_text(store, key, body, title=title)
    message = str(caught.value)
    assert words in message
    assert message[0].isupper() and message.endswith(".")
    assert isinstance(caught.value, UserError) and isinstance(caught.value, ValueError)
    assert store_settled_sha256(store) == before
    assert library.get_text(store, "contacts").body == "Ring the office."


def test_unknown_keys_are_refused_everywhere(store):
    before = store_settled_sha256(store)
    for call in (lambda: library.get_text(store, "nope"), lambda: library.reset_text(store, "nope")):
        with pytest.raises(LibraryError, match="the texts are: welcome, corporate_parenting"):
            call()
    assert store_settled_sha256(store) == before


def test_a_body_of_exactly_the_limit_is_accepted(store):
    library.set_text(store, "welcome", "x" * library.MAX_BODY)
    assert len(library.get_text(store, "welcome").body) == library.MAX_BODY


# --- the markup -----------------------------------------------------------------------------------

def test_markup_blocks():
    body = """Opening paragraph,
with a kept line break.

## A subheading
- first bullet
  continued on an indented line
- second bullet
* third bullet

1. one
2) two
10. ten

> A quotation
> in two lines.

AiM – Adoption in Merseyside.
CLA - Children Looked After.
NEET — Not in education.

The Board – chaired by the Lead Member – meets.

Plain <b>tags</b> & ampersands, https://example.org/a?b=1&c=2."""
    blocks = parse_body(body)
    assert blocks == [
        Block("paragraph", "Opening paragraph,\nwith a kept line break."),
        Block("heading", "A subheading"),
        Block("bullets", items=("first bullet continued on an indented line", "second bullet", "third bullet")),
        Block("numbered", items=(("1", "one"), ("2", "two"), ("10", "ten"))),
        Block("quote", "A quotation in two lines."),
        Block("terms", items=(("AiM", "Adoption in Merseyside."), ("CLA", "Children Looked After."),
                              ("NEET", "Not in education."))),
        Block("paragraph", "The Board – chaired by the Lead Member – meets."),
        Block("paragraph", "Plain <b>tags</b> & ampersands, https://example.org/a?b=1&c=2."),
    ]


def test_markup_edge_cases():
    assert parse_body("") == []
    assert parse_body("\n\n  \n") == []
    # a single "TERM – meaning" line is an ordinary paragraph
    assert parse_body("Frequency – every two months.") == [Block("paragraph", "Frequency – every two months.")]
    # a heading followed directly by text, and a list followed directly by text
    assert [b.kind for b in parse_body("## Head\nText\n- a\n- b\nAfter")] == [
        "heading", "paragraph", "bullets", "paragraph"]
    # hyphenated words are not bullets, and a number without a full stop is not a list
    assert [b.kind for b in parse_body("Lloyd-Evans spoke.\n2026 was a good year.")] == ["paragraph"]
    # every default text parses to something, and no default paragraph starts with markup left over
    for t in library.defaults():
        blocks = parse_body(t.body)
        assert blocks, t.key
        for b in blocks:
            if b.kind == "paragraph":
                assert not re.match(r"(##|- |> |\d+\. )", b.text), (t.key, b.text)
