"""What the sanitising rules (``packs.sanitise`` for PDFs, ``packs.sanitise_word`` for Word
papers) took out of a document, told in words: "a script that ran when the file opened",
"2 embedded files". Light to import: the preflight and the exchange use it without loading pikepdf
or lxml."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# The only links that stay, in a PDF as in a Word paper: a web page or an e-mail address. A reader
# follows one only on a click (the reader's act, not the app's); anything else (file:, smb:, a
# path, javascript:) goes.
_WEB = re.compile(r"(?i)(https?://|mailto:)[^\x00-\x1f\x7f]*")


def is_web_address(text: str) -> bool:
    """A web page (http, https) or an e-mail address (mailto)."""
    return bool(_WEB.fullmatch(text.strip()))


@dataclass(frozen=True)
class Thing:
    """A kind of thing removed, in words: one and many."""

    one: str  # "a script that ran when the file opened"
    many: str  # "scripts that ran when the file opened" (after a number)

    def count(self, n: int) -> str:
        return self.one if n == 1 else f"{n} {self.many}"


_RANK: dict[Thing, int] = {}  # the order they are told in: as made, the late ones last


def thing(one: str, many: str, *, late: bool = False) -> Thing:
    """A kind of thing removed; told after those made before it (and after all others if late)."""
    made = Thing(one, many)
    _RANK.setdefault(made, len(_RANK) + (1_000_000 if late else 0))
    return made


NOT_WEB = thing("a link to an address that is not a web page or e-mail",
                "links to addresses that are not web pages or e-mails", late=True)


class SanitiseError(Exception):
    """The file is too large or too tangled to be checked, or could not be cleaned."""


@dataclass
class Removed:
    """What was taken out of a document, counted by kind."""

    counts: Counter[Thing] = field(default_factory=Counter)
    changed: bool = False  # the file was changed at all (a few things go without a word: an empty list of files)

    def add(self, thing: Thing, n: int = 1) -> None:
        if n > 0:
            self.counts[thing] += n
            self.changed = True

    def update(self, other: Removed) -> None:
        for thing, n in other.counts.items():
            self.add(thing, n)
        self.changed = self.changed or other.changed

    def __bool__(self) -> bool:
        return bool(self.counts)

    @property
    def phrases(self) -> list[str]:
        """["a script that ran when the file opened", "2 embedded files"]"""
        ranked = sorted(self.counts.items(), key=lambda kv: _RANK.get(kv[0], 2_000_000))
        return [thing.count(n) for thing, n in ranked]

    @property
    def words(self) -> str:
        """"a script that ran when the file opened and 2 embedded files"."""
        phrases = self.phrases
        if len(phrases) <= 1:
            return "".join(phrases)
        return ", ".join(phrases[:-1]) + " and " + phrases[-1]
