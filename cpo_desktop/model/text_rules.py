"""Pure rules about text typed in or imported: no hidden control characters.

Names and other register text end up in packs, minutes, exports and e-mails. A NUL or a bell
character breaks files and terminals; a bidirectional control (a right-to-left override, say)
shows text in another order than it is stored, so "Smith" can hide another name and a search or
the privacy rule would not find what the reader sees. Tab, carriage return and line feed are
ordinary (notes have several lines); everything else below is refused wherever it comes from:
a form, the command line or a CSV file.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls but tab, line feed and carriage return; DEL; the C1 controls; the Unicode
# directional formatting characters (embeddings, overrides, isolates, marks).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
                      "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Names for the ones Unicode leaves unnamed (unicodedata.name has none for controls).
_NAMES = {0x00: "null", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
          0x1B: "escape", 0x7F: "delete"}


def control_character(text: str | None) -> str | None:
    """The first hidden control character in ``text``, or None if it has none."""
    if not text or text.isprintable():  # the common case, answered quickly: no control or format character
        return None
    found = _CONTROL.search(text)
    return found.group() if found else None


def describe(ch: str) -> str:
    """A control character in words: "U+202E, right-to-left override"; "U+0000, null"."""
    code = ord(ch)
    name = _NAMES.get(code) or unicodedata.name(ch, "").lower() or "a control character"
    return f"U+{code:04X}, {name}"


TYPE_AGAIN = "type it again without it (it may have come with text pasted from elsewhere)"


def control_problem(text: str | None, what: str, advice: str = TYPE_AGAIN) -> str | None:
    """What is wrong with ``text`` (``what`` says which field: "the surname"), or None."""
    ch = control_character(text)
    if ch is None:
        return None
    return f"{what} contains a hidden control character ({describe(ch)}); {advice}"


def control_problems(fields: dict[str, str | None]) -> list[str]:
    """``control_problem`` of each field, given as {what: text}, in order."""
    return [p for what, text in fields.items() if (p := control_problem(text, what)) is not None]
