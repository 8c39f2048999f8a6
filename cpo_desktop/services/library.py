"""The Library: the board's own editable texts (the welcome, the seven principles, the Pledge,
the glossary …) that make up the member induction pack.

The default wording ships in ``resources/seed/library.json``, written from the board's source
documents, each text with the document it came from. A text the board has edited is a row of
``library_text``; a text with no row reads as its default, so resetting a text deletes its row
and a later version of the app can improve a default the board never changed. The texts come
in the pack's order (the order of ``library.json``).

Markup of a text's body, kept simple so that it can be typed in a plain text box:

- Paragraphs are separated by a blank line. A single line break inside a paragraph is kept.
- A line starting ``## `` is a subheading.
- Lines starting ``- `` (or ``* ``, ``• ``) are bullet points; an indented line that follows
  one continues it.
- Lines starting with a number and a full stop (``1. ``) are a numbered list, numbered as typed.
- Lines starting ``> `` are a quotation (shown indented, in italics); consecutive ``> `` lines
  make one quotation.
- Two or more consecutive lines of the form ``TERM – meaning`` (an en dash, or a hyphen, with a
  space either side) are a list of terms with their meanings, as in the glossary.
- Web addresses (``https://…``) become links in the PDF. Nothing else is special: ``*``,
  ``<`` and ``&`` inside a line are printed as typed.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cpo_desktop.errors import UserError, sentence
from cpo_desktop.packs.induction_content import Block
from cpo_desktop.store.db import Store

MAX_BODY = 20_000  # characters
MAX_TITLE = 200


class LibraryError(UserError, ValueError):
    """A change to the Library refused, with the reason. Nothing was saved."""


# --- the defaults --------------------------------------------------------------------------------

@dataclass(frozen=True)
class DefaultText:
    key: str
    title: str
    body: str
    source: str


def defaults_path() -> Path:
    from cpo_desktop import paths

    return paths.resources_dir() / "seed" / "library.json"


@functools.lru_cache(maxsize=4)
def _load_defaults(path: Path) -> tuple[DefaultText, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = []
    for n, item in enumerate(data["texts"], start=1):
        text = DefaultText(key=item["key"], title=item["title"], body=item["body"], source=item.get("source", ""))
        problems = _problems(text.title, text.body)
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,59}", text.key):
            problems.append(f"the key “{text.key}” is not lower-case letters, digits and _ (at most 60)")
        if problems:
            raise ValueError(f"{path}: text {n} ({text.key}): " + "; ".join(problems))
        texts.append(text)
    keys = [t.key for t in texts]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{path}: a key is used twice")
    return tuple(texts)


def defaults() -> tuple[DefaultText, ...]:
    """The shipped default texts, in the pack's order."""
    return _load_defaults(defaults_path())


def _defaults_by_key() -> dict[str, DefaultText]:
    return {t.key: t for t in defaults()}


# --- reading -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LibraryEntry:
    key: str
    title: str  # as the board has it now (edited or default)
    body: str
    default_title: str
    default_body: str
    source: str  # the document the default came from
    edited: bool  # the board has its own wording (a row in library_text)
    updated_at: dt.datetime | None  # when it was last edited (UTC); None for the default

    def as_dict(self) -> dict:
        return {"key": self.key, "title": self.title, "body": self.body, "default_title": self.default_title,
                "default_body": self.default_body, "source": self.source, "edited": self.edited,
                "updated_at": self.updated_at.isoformat() if self.updated_at else None}


def _entry(default: DefaultText, row) -> LibraryEntry:
    if row is None:
        return LibraryEntry(key=default.key, title=default.title, body=default.body, default_title=default.title,
                            default_body=default.body, source=default.source, edited=False, updated_at=None)
    updated = row.updated_at
    if updated is not None and updated.tzinfo is None:
        updated = updated.replace(tzinfo=dt.UTC)
    return LibraryEntry(key=default.key, title=row.title, body=row.body, default_title=default.title,
                        default_body=default.body, source=default.source, edited=True, updated_at=updated)


def texts_in(session) -> list[LibraryEntry]:
    """Every text as the board has it, in the pack's order, inside the caller's session."""
    from sqlmodel import select

    from cpo_desktop.model.tables import LibraryText

    rows = {r.key: r for r in session.exec(select(LibraryText))}
    return [_entry(d, rows.get(d.key)) for d in defaults()]


def list_texts(store: Store) -> list[LibraryEntry]:
    """Every text as the board has it, in the pack's order."""
    with store.session() as session:
        return texts_in(session)


def _default(key: str) -> DefaultText:
    default = _defaults_by_key().get(key)
    if default is None:
        raise LibraryError(f"There is no text “{key}” in the Library; the texts are: "
                           + ", ".join(t.key for t in defaults()) + ".")
    return default


def get_text(store: Store, key: str) -> LibraryEntry:
    from cpo_desktop.model.tables import LibraryText

    default = _default(key)
    with store.session() as session:
        return _entry(default, session.get(LibraryText, key))


# --- changing ------------------------------------------------------------------------------------

def _normalise_body(body: str) -> str:
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def _normalise_title(title: str) -> str:
    return " ".join(title.split())


def _problems(title: str, body: str) -> list[str]:
    problems = []
    if not title.strip():
        problems.append("a text needs a title")
    elif len(title) > MAX_TITLE:
        problems.append(f"a title is one line of at most {MAX_TITLE} characters")
    if not body.strip():
        problems.append("a text cannot be empty")
    elif len(body) > MAX_BODY:
        problems.append(f"a text can hold at most {MAX_BODY:,} characters".replace(",", " "))
    return problems


def set_text(store: Store, key: str, body: str, *, title: str | None = None) -> LibraryEntry:
    """Save the board's wording of a text (and optionally its title).

    Returns the entry as it was before, so the caller can undo by setting it back (or by
    ``reset_text`` when it was not edited). Setting a text to exactly its default wording
    removes the board's copy, as a reset does.
    """
    from cpo_desktop.model.tables import LibraryText

    default = _default(key)
    if not isinstance(body, str):
        raise LibraryError("A text must be given as text.")
    body = _normalise_body(body)
    new_title = None if title is None else _normalise_title(title)
    problems = []
    if new_title is not None and not new_title:
        problems.append(f"the text “{default.title}” needs a title")
    elif new_title is not None and len(new_title) > MAX_TITLE:
        problems.append(f"a title is one line of at most {MAX_TITLE} characters")
    if not body.strip():
        problems.append(f"the text “{default.title}” cannot be empty (to go back to the board's default wording, "
                        "reset it)")
    elif len(body) > MAX_BODY:
        problems.append(f"the text “{default.title}” is {len(body):,} characters long and a text can hold at most "
                        f"{MAX_BODY:,}".replace(",", " "))
    if problems:
        raise LibraryError(sentence(problems))
    with store.session() as session:
        row = session.get(LibraryText, key)
        before = _entry(default, row)
        final_title = new_title if new_title is not None else before.title
        if final_title == default.title and body == default.body:
            if row is not None:
                session.delete(row)
            return before
        now = dt.datetime.now(dt.UTC)
        if row is None:
            session.add(LibraryText(key=key, title=final_title, body=body, updated_at=now))
        elif row.title != final_title or row.body != body:
            row.title, row.body, row.updated_at = final_title, body, now
        return before


def reset_text(store: Store, key: str) -> LibraryEntry:
    """Back to the default wording (the board's copy is deleted). Returns the entry as it was."""
    from cpo_desktop.model.tables import LibraryText

    default = _default(key)
    with store.session() as session:
        row = session.get(LibraryText, key)
        before = _entry(default, row)
        if row is not None:
            session.delete(row)
        return before


def restore_entry(store: Store, entry: LibraryEntry) -> None:
    """Put a text back as ``entry`` had it (for undo): its own wording, or the default."""
    if entry.edited:
        set_text(store, entry.key, entry.body, title=entry.title)
    else:
        reset_text(store, entry.key)


# --- the markup ----------------------------------------------------------------------------------

_HEADING = re.compile(r"^##\s+(.*\S)\s*$")
_BULLET = re.compile(r"^[-*\u2022]\s+(.*\S)\s*$")
_NUMBER = re.compile(r"^(\d{1,3})[.)]\s+(.*\S)\s*$")
_QUOTE = re.compile(r"^>\s?(.*)$")
_TERM = re.compile(r"^(\S[^\u2013\u2014]{0,60}?)\s+[\u2013\u2014-]\s+(\S.*?)\s*$")


def _list_items(lines: list[str], i: int, kind: str) -> tuple[list, int]:
    """The items of a bullet or numbered list starting at line ``i``, and the line after it."""
    pattern = _BULLET if kind == "bullets" else _NUMBER
    items: list = []
    while i < len(lines):
        line = lines[i]
        m = pattern.match(line.strip())
        if m and not line[:1].isspace():
            items.append(m.group(1) if kind == "bullets" else (m.group(1), m.group(2)))
        elif items and line[:1].isspace():  # an indented line continues the item above
            last = items[-1]
            items[-1] = (f"{last} {line.strip()}" if kind == "bullets" else (last[0], f"{last[1]} {line.strip()}"))
        else:
            break
        i += 1
    return items, i


def _group(lines: list[str]) -> list[Block]:
    """The blocks of one paragraph (lines with no blank line between them)."""
    blocks: list[Block] = []
    plain: list[str] = []

    def flush_plain() -> None:
        if plain:
            blocks.append(Block("paragraph", "\n".join(plain)))
            plain.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        starts = not line[:1].isspace()
        terms = 0
        while i + terms < len(lines) and _TERM.match(lines[i + terms].strip()):
            terms += 1
        if m := _HEADING.match(stripped):
            flush_plain()
            blocks.append(Block("heading", m.group(1)))
            i += 1
        elif starts and (_BULLET.match(stripped) or _NUMBER.match(stripped)):
            flush_plain()
            kind = "bullets" if _BULLET.match(stripped) else "numbered"
            items, i = _list_items(lines, i, kind)
            blocks.append(Block(kind, items=tuple(items)))
        elif _QUOTE.match(stripped):
            flush_plain()
            quoted = []
            while i < len(lines) and (m := _QUOTE.match(lines[i].strip())):
                quoted.append(m.group(1).strip())
                i += 1
            blocks.append(Block("quote", " ".join(q for q in quoted if q)))
        elif terms >= 2:
            flush_plain()
            blocks.append(Block("terms", items=tuple(_TERM.match(lines[j].strip()).groups()
                                                    for j in range(i, i + terms))))
            i += terms
        else:
            plain.append(stripped)
            i += 1
    flush_plain()
    return blocks


def parse_body(body: str) -> list[Block]:
    """The blocks of a text's body, by the markup described at the top of this module."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for para in re.split(r"\n[ \t]*\n", text):
        lines = [line.rstrip() for line in para.split("\n") if line.strip()]
        if lines:
            blocks += _group(lines)
    return blocks
