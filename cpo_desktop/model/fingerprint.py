"""Text fingerprints: how the app recognises a copy of an exempt or restricted document that is
not the same file: re-saved from Word, printed to PDF again, re-encoded, a few pages taken out
of it, or pasted into another report.

A document's text is reduced to its words (compatibility-normalised, accents and case folded,
words broken across lines joined), every run of ``K`` words is hashed, and from each window of
``W`` consecutive hashes the smallest is kept ("winnowing", Schleimer, Wilkerson and Aiken,
2003). Two texts that share any run of ``K + W - 1`` words share at least one kept hash, while
the kept set is about a fifth of all the runs, so a 50-page report is a few kilobytes.

Pure: no database, no files.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from array import array
from dataclasses import dataclass

K = 7  # words per hashed run
W = 8  # runs per window: any shared passage of K + W - 1 = 14 words is seen
_WORD = re.compile(r"[^\W_]+")
_BROKEN = re.compile(r"(\w)[\-\u00ad\u2010]\s*\n\s*(\w)")  # "exploit-\nation"


def words(text: str) -> list[str]:
    text = _BROKEN.sub(r"\1\2", text)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _WORD.findall(plain)


def _hash(run: tuple[str, ...]) -> int:
    return int.from_bytes(hashlib.blake2b(" ".join(run).encode(), digest_size=8).digest(), "little")


def fingerprint(text: str) -> frozenset[int]:
    """The kept hashes of ``text`` (empty for a text of fewer than ``K`` words)."""
    ws = words(text)
    if len(ws) < K:
        return frozenset()
    hashes = [_hash(tuple(ws[i:i + K])) for i in range(len(ws) - K + 1)]
    if len(hashes) <= W:
        return frozenset([min(hashes)])
    kept: set[int] = set()
    for i in range(len(hashes) - W + 1):
        kept.add(min(hashes[i:i + W]))
    return frozenset(kept)


def pack(prints: frozenset[int]) -> bytes:
    return array("Q", sorted(prints)).tobytes()


def unpack(data: bytes) -> frozenset[int]:
    values = array("Q")
    values.frombytes(data or b"")
    return frozenset(values)


# A copy shares this much of the smaller text (a page taken out of a report, a report with a
# page added) ...
SHARE = 0.3
# ... and at least this many kept hashes (some 50 words in common), so that two short notes
# sharing a sentence are not one; the council's report header, which every report shares, is a
# small share of any report.
MIN_SHARED = 10
# A short extract (a paragraph lifted out of a report) has too few hashes for that: a text made
# almost wholly of another's, with a few hashes (some 15 words) in common, is a copy too.
EXTRACT_SHARE = 0.6
EXTRACT_MIN_SHARED = 3
# Beyond this share it is not a document that quotes another but the other itself, or a part of it.
SAME = 0.7


@dataclass(frozen=True)
class Resemblance:
    shared: int
    of_candidate: float  # the share of the candidate's text found in the other
    of_source: float  # the share of the other's text found in the candidate

    @property
    def is_copy(self) -> bool:
        """The candidate carries enough of the other's text to be taken for (a part of) it."""
        return ((self.shared >= MIN_SHARED and max(self.of_candidate, self.of_source) >= SHARE)
                or (self.shared >= EXTRACT_MIN_SHARED and self.of_candidate >= EXTRACT_SHARE))

    @property
    def is_same(self) -> bool:
        """Most of one is the other: a re-saved copy, an extract, or the other with a little added."""
        return self.is_copy and max(self.of_candidate, self.of_source) >= SAME

    @property
    def percent(self) -> int:
        return round(100 * max(self.of_candidate, self.of_source))


def resemblance(candidate: frozenset[int], source: frozenset[int]) -> Resemblance:
    if not candidate or not source:
        return Resemblance(0, 0.0, 0.0)
    shared = len(candidate & source)
    return Resemblance(shared, shared / len(candidate), shared / len(source))
