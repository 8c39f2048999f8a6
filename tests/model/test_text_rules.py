"""The rule against hidden control characters in names and other register text."""

from __future__ import annotations

import pytest

from cpo_desktop.model import register_rules
from cpo_desktop.model.text_rules import control_character, control_problem, describe

REFUSED = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x80", "\x85", "\x9f",
           "\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
           "\u2066", "\u2067", "\u2068", "\u2069"]
ALLOWED = ["Siân", "O'Brien", "Nowak-Żuławski", "محمد", "עברית", "Zoë\tSmith", "Line one\nLine two\r\n",
           "Ní Dhuibhir", "José 😀", "\u200d", "\u00a0"]


@pytest.mark.parametrize("ch", REFUSED)
def test_control_characters_are_found_anywhere(ch):
    assert control_character(f"Lee{ch}") == ch
    assert control_character(f"{ch}Lee") == ch
    assert control_problem(f"L{ch}ee", "the surname").startswith("the surname contains a hidden control character")


@pytest.mark.parametrize("text", ALLOWED + ["", None])
def test_ordinary_text_passes(text):
    assert control_character(text) is None and control_problem(text, "the surname") is None


def test_described_in_words():
    assert describe("\u202e") == "U+202E, right-to-left override"
    assert describe("\x00") == "U+0000, null"
    assert describe("\x07") == "U+0007, bell"
    assert describe("\x9f") == "U+009F, a control character"


def test_person_problems_name_the_field_the_form_shows():
    problems = register_rules.person_problems("An\x00n", "Lee\u202e", "ann\x07@example.org",
                                              {"the job title": "Head\u2066"})
    assert [p.split(" contains")[0] for p in problems] == ["the first name", "the surname", "the e-mail address",
                                                          "the job title"]
    assert register_rules.person_problems("Ann", "Lee", "ann@example.org", {"the note": "a\nb\tc"}) == []


def test_partner_boards_refuse_them_too():
    from cpo_desktop.services.exchange import PartnerInput

    problems = PartnerInput(name="Sefton \u202eBoard", short_name="SB", secretariat_name="Ann\x00").problems()
    assert [p.split(" contains")[0] for p in problems] == ["the name", "the secretariat's name"]
