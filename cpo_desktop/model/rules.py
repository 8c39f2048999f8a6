"""Pure rules about the board's data: no database, no Qt."""

from __future__ import annotations

import datetime as dt


def municipal_year_start(day: dt.date) -> int:
    """The calendar year in which the municipal year containing ``day`` began.

    English councils' municipal year runs from the annual meeting in May to the
    following April; we take 1 May as its start.
    """
    return day.year if day.month >= 5 else day.year - 1


def municipal_year_label(day: dt.date) -> str:
    """"2026/27" for any day from May 2026 to April 2027."""
    start = municipal_year_start(day)
    return f"{start}/{(start + 1) % 100:02d}"


def display_name(first_name: str, surname: str, *, young_person: bool, consent_full_name: bool,
                 public: bool, preferred_name: str | None = None, title: str | None = None) -> str:
    """How a person is named in a document.

    In anything meant for the public or for partners, a young person appears by first
    name only unless they consented to their full name.
    """
    first = preferred_name or first_name
    if public and young_person and not consent_full_name:
        return first
    name = f"{first} {surname}".strip()
    return f"{title} {name}" if title and not young_person else name


def person_name(person, *, public: bool) -> str:
    """``display_name`` for a Person row (anything with the same attributes)."""
    return display_name(person.first_name, person.surname, young_person=person.is_young_person,
                        consent_full_name=person.consent_full_name, public=public,
                        preferred_name=person.preferred_name, title=person.title)


def salutation(person) -> str:
    """How a letter or e-mail greets a person: "Ms Sandhu" where they have a title, else the name
    they go by and their surname ("Harpreet Sandhu"); a young person by the name they go by alone."""
    first = (person.preferred_name or person.first_name or "").strip()
    if person.is_young_person:
        return first
    if person.title:
        return f"{person.title} {person.surname}"
    return f"{first} {person.surname}".strip()


DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y")


def parse_date(text: str) -> dt.date:
    """A date as people write it in England (31/01/2025) or ISO (2025-01-31).

    Raises ValueError naming the text, which covers dates that do not exist (30/02/2027).
    """
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"“{text}” is not a date that exists (write 31/01/2025 or 2025-01-31)")


def recent_actions_since(today: dt.date) -> dt.date:
    """The action log shows, unless asked for every year, the actions still open and those closed
    since the start of last municipal year (1 May): what the board still follows, however long
    its record (the Minutes & actions view, ``actions list --recent``)."""
    return dt.date(municipal_year_start(today) - 1, 5, 1)
