"""The privacy rule for young people's names, as pure functions: no database, no Qt.

In anything meant for the public or for partners, a care-experienced young person who has not
consented to their full name appears by first name only, and none of their contact details
appear. :class:`NameMasker` finds such a person's surname, however it is written, and puts
their first name in its place:

- in any letter case, with or without accents, with ligatures or zero-width characters inside
  ("KAYDEN LOWE", "kayden lowe", "Lo\u200bwe");
- as a whole word only: "Lowe" in "Lowestoft" is left alone, but "Lowe's", "Lowes'", "Lowe2024"
  and "Kayden_Lowe.pdf" are found, and so is "KaydenLowe" (a change of case starts a word);
- in the forms registers and reports use: "Kayden Lowe", "LOWE, Kayden", "Lowe, K.", "K. Lowe",
  "Ms Lowe", and hyphenated or double-barrelled surnames written with any dash or a space
  ("Smith-Jones", "Smith Jones", "SMITH–JONES"), each part of them on its own as well.

An adult on the register who shares the surname keeps their own name where it is written in
full ("Councillor Jane Lowe"); anywhere else the surname is masked, because a word that might
be the young person's surname does not go out on a guess.

The same rule answers :meth:`NameMasker.found`: which surnames (or contact details) a text
still holds. Outputs use it as their last check, after masking, so that anything a renderer
adds that did not pass through the mask stops the output instead of reaching a reader.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field

# Dashes and the characters that join the parts of a written name.
_JOINERS = "-\u2010\u2011\u2012\u2013\u2014\u2212_. \t\n\r\u00a0"
_SEP = r"[\s_\-\u2010-\u2015\u2212.]+"
_APOSTROPHES = "'\u2019\u2018`\u02bc"
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "master", "dr")


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` for matching: compatibility-normalised (ligatures, full-width letters),
    accents and zero-width characters removed, case-folded, curly apostrophes made straight;
    with, for each character of the result, the index of the character of ``text`` it came from."""
    out: list[str] = []
    owners: list[int] = []
    for i, ch in enumerate(text):
        if ch in _APOSTROPHES:
            out.append("'")
            owners.append(i)
            continue
        for base in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(base) or unicodedata.category(base) == "Cf":
                continue  # accents; zero-width and direction marks
            for c in base.casefold():
                out.append(c)
                owners.append(i)
    return "".join(out), owners


def _folded(text: str) -> str:
    return fold(text)[0]


def _name_words(text: str) -> list[str]:
    """The parts of a written name, folded: "Smith-Jones" -> ["smith", "jones"]."""
    return [w for w in re.split(r"[^\w']+|_", _folded(text)) if w]


def _phrase(words: list[str]) -> str:
    return _SEP.join(re.escape(w) for w in words)


@dataclass(frozen=True)
class Protected:
    """Someone who may be named in full: an adult on the register."""

    given: tuple[str, ...]
    surname: str
    title: str = ""


@dataclass
class _Person:
    shown: str  # what the surname is replaced by: their first (or preferred) name
    given: list[list[str]]  # each given name, as words
    surname: list[str]  # as words
    contacts: list[str] = field(default_factory=list)  # e-mail addresses, folded
    phones: list[str] = field(default_factory=list)  # phone numbers, digits only


@dataclass(frozen=True)
class Finding:
    """Something the rule would mask, found in a text."""

    who: str  # the young person's first name
    what: str  # "surname" or "contact details"
    text: str  # the words as written


class NameMasker:
    """Masks the surnames and contact details of young people who have not consented to their
    full name; see the module's notes for what is found."""

    def __init__(self) -> None:
        self._people: list[_Person] = []
        self._protected: list[re.Pattern] = []
        self._patterns: list[tuple[re.Pattern, _Person, str]] = []

    def add_young_person(self, *, first_name: str, surname: str, preferred_name: str | None = None,
                         email: str | None = None, phone: str | None = None) -> None:
        shown = (preferred_name or first_name or "").strip() or "a young person"
        surname_words = _name_words(surname)
        if not surname_words:
            return
        # Each given name written in full ("Kayden James"), and each of its words on its own.
        given: list[list[str]] = []
        for name in (first_name, preferred_name or ""):
            words = _name_words(name)
            for candidate in [words, *([w] for w in words)] if words else []:
                if candidate not in given:
                    given.append(candidate)
        person = _Person(shown=shown, given=given, surname=surname_words)
        if email and email.strip():
            person.contacts.append(_folded(email.strip()))
        digits = re.sub(r"\D", "", phone or "")
        if len(digits) >= 6:
            person.phones.append(digits[-10:])  # the national number, with or without +44 / 0
        self._people.append(person)
        self._patterns = []

    def protect(self, person: Protected) -> None:
        """An adult's full name ("Jane Lowe", "Councillor Jane Lowe", "Cllr Lowe") is theirs to keep."""
        surname = _name_words(person.surname)
        if not surname:
            return
        forms = [[*_name_words(g), *surname] for g in person.given if _name_words(g)]
        title = _name_words(person.title)
        if title:
            forms += [[*title, *f] for f in forms] + [[*title, *surname]]
            if title[0] in ("cllr", "councillor"):
                forms += [[other, *surname] for other in ("cllr", "councillor")]
        for words in forms:
            self._protected.append(re.compile(_phrase(words)))
        self._patterns = []

    @property
    def empty(self) -> bool:
        return not self._people

    def _build(self) -> list[tuple[re.Pattern, _Person, str]]:
        if self._patterns or not self._people:
            return self._patterns
        # (rank, -length): full names before a title and surname, before the surname alone,
        # before a part of a double-barrelled surname; the longest first within a rank.
        out: list[tuple[tuple[int, int], re.Pattern, _Person, str]] = []
        titles = "(?:" + "|".join(_TITLES) + r")\.?"
        for p in self._people:
            surname = _phrase(p.surname)
            forms: list[tuple[int, str]] = []
            for given in p.given:
                g = _phrase(given)
                initial = re.escape(given[0][0])
                forms += [
                    (0, rf"{g}{_SEP}{surname}"),  # Kayden Lowe
                    (0, rf"{surname}\s*,?\s*{g}"),  # LOWE, Kayden / Lowe Kayden
                    (1, rf"{surname}\s*,\s*{initial}\b\.?"),  # Lowe, K.
                    (1, rf"{initial}\.?{_SEP}{surname}"),  # K. Lowe
                ]
            forms += [(2, rf"{titles}{_SEP}{surname}"), (3, rf"{surname}s(?=')"), (4, surname)]
            if len(p.surname) > 1:
                forms += [(5, _phrase([w])) for w in p.surname if len(w) >= 2]
            for rank, form in forms:
                out.append(((rank, -len(form)), re.compile(form), p, "surname"))
            for contact in p.contacts:
                out.append(((-1, 0), re.compile(re.escape(contact)), p, "contact details"))
        out.sort(key=lambda t: t[0])
        self._patterns = [(pattern, p, what) for _, pattern, p, what in out]
        return self._patterns

    def _spans(self, text: str) -> list[tuple[int, int, _Person, str]]:
        """Non-overlapping spans of ``text`` to mask, in order."""
        folded, owners = fold(text)
        if not folded:
            return []
        taken = [False] * len(folded)
        for pattern in self._protected:
            for m in pattern.finditer(folded):
                if _whole_word(text, owners, m.start(), m.end()):
                    for i in range(m.start(), m.end()):
                        taken[i] = True
        spans = []
        for pattern, person, what in self._build():
            for m in pattern.finditer(folded):
                start, end = m.start(), m.end()
                if start == end or any(taken[start:end]):
                    continue
                if what == "surname" and not _whole_word(text, owners, start, end):
                    continue
                for i in range(start, end):
                    taken[i] = True
                spans.append((owners[start], owners[end - 1] + 1, person, what))
        for person in self._people:
            for phone in person.phones:
                spans += [(s, e, person, "contact details") for s, e in _phone_spans(text, phone)]
        spans.sort(key=lambda s: (s[0], -s[1]))
        merged: list[tuple[int, int, _Person, str]] = []
        for span in spans:
            if merged and span[0] < merged[-1][1]:
                continue
            merged.append(span)
        return merged

    def mask(self, text: str) -> str:
        """``text`` with every surname form replaced by the first name, and contact details by
        "[contact details removed]"."""
        if not text or not self._people:
            return text
        spans = self._spans(text)
        if not spans:
            return text
        out, last = [], 0
        for start, end, person, what in spans:
            out.append(text[last:start])
            out.append(person.shown if what == "surname" else "[contact details removed]")
            last = end
        out.append(text[last:])
        return "".join(out)

    def found(self, text: str) -> list[Finding]:
        """What ``mask`` would change in ``text``: empty when the text is safe to go out."""
        if not text or not self._people:
            return []
        return [Finding(p.shown, what, text[s:e]) for s, e, p, what in self._spans(text)]


def _is_letter(ch: str) -> bool:
    return ch.isalpha() and ch not in _APOSTROPHES


def _whole_word(text: str, owners: list[int], start: int, end: int) -> bool:
    """Is the match ``start:end`` of the folded text a whole word (or words) of ``text``?

    A word ends at anything that is not a letter (digits and underscores too, as in file names)
    and where a lower-case letter is followed by a capital ("KaydenLowe")."""
    first, last = owners[start], owners[end - 1]
    if first > 0:
        before, here = text[first - 1], text[first]
        if _is_letter(before) and not (before.islower() and here.isupper()):
            return False
    if last + 1 < len(text):
        here, after = text[last], text[last + 1]
        if _is_letter(after) and not (here.islower() and after.isupper()):
            return False
    return True


_DIGIT_RUN = re.compile(r"\+?\d[\d\s().\-]{5,}\d")


def _phone_spans(text: str, national: str) -> list[tuple[int, int]]:
    """Where a phone number is written, whatever its spacing or prefix (+44, 0)."""
    out = []
    for m in _DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(national) >= 6 and digits.endswith(national):
            out.append((m.start(), m.end()))
    return out


def masker_for(people: Iterable, adults: Iterable = ()) -> NameMasker:
    """A masker for Person-like rows: the young people who have not consented to their full
    name, protecting the full names of ``adults`` who share a surname with one of them."""
    masker = NameMasker()
    surnames: set[str] = set()
    for p in people:
        if p.is_young_person and not p.consent_full_name:
            masker.add_young_person(first_name=p.first_name, surname=p.surname, preferred_name=p.preferred_name,
                                    email=p.email, phone=p.phone)
            surnames.update(_name_words(p.surname))
    for a in adults:
        if a.is_young_person:
            continue
        if surnames & set(_name_words(a.surname)):
            masker.protect(Protected(given=tuple(x for x in (a.first_name, a.preferred_name) if x),
                                     surname=a.surname, title=a.title or ""))
    return masker


# --- the one way content reaches a public renderer -----------------------------------------------

# id -> weak reference, for the content objects that came out of ``scrub`` (they need not be
# hashable, so not a WeakSet).
_cleared: dict[int, weakref.ref] = {}


class NotCleared(RuntimeError):
    """A renderer was given public content that did not pass the privacy rule: a bug, never data."""


def scrub(content, masker: NameMasker):
    """A copy of ``content`` (a dataclass of dataclasses, tuples, lists, dicts and strings) with
    every string in it masked, marked as cleared for public renderers.

    Every string field is masked, so a field added later cannot bypass the rule; paths, dates and
    numbers are left as they are."""
    result = _scrub(content, masker, depth=0)
    key = id(result)
    _cleared[key] = weakref.ref(result, lambda _ref, key=key: _cleared.pop(key, None))
    return result


def _scrub(value, masker: NameMasker, depth: int):
    if depth > 50:
        raise ValueError("content nested too deeply to check")
    if isinstance(value, str):
        return masker.mask(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _scrub(getattr(value, f.name), masker, depth + 1)
                   for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        items = [_scrub(v, masker, depth + 1) for v in value]
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    if isinstance(value, list):
        return [_scrub(v, masker, depth + 1) for v in value]
    if isinstance(value, dict):
        return {_scrub(k, masker, depth + 1): _scrub(v, masker, depth + 1) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return type(value)(_scrub(v, masker, depth + 1) for v in value)
    return value


def is_cleared(content) -> bool:
    ref = _cleared.get(id(content))
    return ref is not None and ref() is content


def require_cleared(content) -> None:
    """Renderers of public documents call this first: public content that did not come through
    :func:`scrub` is refused, so no output can skip the rule."""
    if getattr(content, "public", False) and not is_cleared(content):
        raise NotCleared(f"{type(content).__name__} for a public document did not pass the privacy rule")
