"""Small pieces of English the services and the window both write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cpo_desktop import dates


def plural(n: int, word: str, words: str | None = None) -> str:
    """"1 paper", "3 papers", "2 people"."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def and_list(words: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c" ("" for none)."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def aside(text: str, note: str) -> str:
    """``text`` with ``note`` beside it in brackets, "Chair (Cllr Angela Mensah)", built so that
    brackets never double up: when the note has brackets of its own ("Assistant Director (DASS)"),
    or the text already ends with a bracket ("… NHS (Sefton Borough)"), the note follows a dash
    instead ("Ms Rachel Adeyemi – Designated Nurse, … NHS (Sefton Borough)"); a note typed in
    brackets, "(Chair)", loses them. Nothing in brackets is ever nested, doubled ("))") or set
    side by side ("(Chair) (apologies)")."""
    text, note = " ".join(text.split()), " ".join(note.split())
    if note.startswith("(") and note.endswith(")") and "(" not in note[1:-1] and ")" not in note[1:-1]:
        note = note[1:-1].strip()
    if not note:
        return text
    if not text:
        return note
    if "(" in note or ")" in note or text.endswith(")"):
        return f"{text} – {note}"
    return f"{text} ({note})"


def meeting_name(day: dt.date, *, start: bool = False) -> str:
    """How a message names a meeting: by its day, "the meeting of 9 December 2026", never by
    the id the database gave it (``start``: "The meeting of …", to begin a sentence)."""
    return f"{'The' if start else 'the'} meeting of {dates.plain(day)}"


def agenda_name(days: Sequence[dt.date], *, start: bool = False) -> str:
    """"the agenda of 9 December 2026", "the agendas of 14 October 2026 and 9 December 2026"
    (``start``: "The agenda of …", to begin a sentence)."""
    days = sorted(set(days))
    return (f"{'The' if start else 'the'} agenda{'' if len(days) == 1 else 's'} of "
            + and_list([dates.plain(d) for d in days]))
