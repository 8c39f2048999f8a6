"""Small pieces of English the services and the window both write."""

from __future__ import annotations

from collections.abc import Sequence


def plural(n: int, word: str, words: str | None = None) -> str:
    """"1 paper", "3 papers", "2 people"."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def and_list(words: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c" ("" for none)."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
