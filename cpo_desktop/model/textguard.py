"""The last check of the text of anything going to the public or a partner: no text from a
Part 2 (exempt) minute or paper, and none from a restricted partner paper, may be in it.

The public documents are made without that material in the first place (the services decide,
before any renderer sees the text). This guard checks again, on the text extracted from the
files actually written, so that a slip anywhere (a renderer, or exempt words pasted into a
public minute) stops the output instead of reaching a reader. Pure: no database, no files.

Texts are compared as runs of words, ignoring case, punctuation and line breaks, so a
sentence wrapped differently in a PDF still matches. A forbidden text is matched by any run of
``RUN`` words from it; a shorter one (at least ``MIN_WORDS`` words) only as a whole. Runs that
the board's own wording also produces (a partner's name in "That the minutes of … be noted") are
allowed, as are the public titles of Part 2 items, which the public minutes show by law.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cpo_desktop.errors import UserError

RUN = 10
MIN_WORDS = 4
_WORD = re.compile(r"\w+")


class Leak(UserError):
    """An output would carry Part 2 or restricted text, or a young person's surname; nothing was
    written."""


@dataclass(frozen=True)
class Forbidden:
    source: str  # "the Part 2 minute 9 (Individual placement review)"
    text: str


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _runs(ws: list[str], size: int) -> Iterable[tuple[str, ...]]:
    for i in range(len(ws) - size + 1):
        yield tuple(ws[i:i + size])


ADVICE = ("must not go to a partner board. Take it out of the public minutes (Minutes & actions view) and "
          "prepare the package again.")


def check(outgoing: dict[str, str], forbidden: list[Forbidden], allowed: Iterable[str] = (), *,
          advice: str = ADVICE) -> None:
    """Raise ``Leak`` naming the file and the source if any forbidden text is in any of
    ``outgoing`` (file name → its text); ``advice`` ends the message ("must not go to …")."""
    allow_runs: set[tuple[str, ...]] = set()
    allow_whole: set[tuple[str, ...]] = set()
    for text in allowed:
        ws = words(text)
        allow_runs.update(_runs(ws, RUN))
        allow_whole.add(tuple(ws))
    runs: dict[tuple[str, ...], Forbidden] = {}
    wholes: list[tuple[tuple[str, ...], Forbidden]] = []
    for f in forbidden:
        ws = words(f.text)
        if len(ws) >= RUN:
            for run in _runs(ws, RUN):
                if run not in allow_runs:
                    runs.setdefault(run, f)
        elif len(ws) >= MIN_WORDS and tuple(ws) not in allow_whole:
            wholes.append((tuple(ws), f))
    for name, text in outgoing.items():
        ws = words(text)
        for run in _runs(ws, RUN):
            if run in runs:
                _leak(name, runs[run], " ".join(run), advice)
        if wholes:
            joined = " " + " ".join(ws) + " "
            for whole, f in wholes:
                if " " + " ".join(whole) + " " in joined:
                    _leak(name, f, " ".join(whole), advice)


def _leak(name: str, f: Forbidden, run: str, advice: str) -> None:
    raise Leak(f"Nothing was written: “{name}” would contain text from {f.source} (“…{run}…”), which {advice}")
