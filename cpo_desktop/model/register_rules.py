"""Pure rules of the membership register: terms, currency, validation. No database, no Qt."""

from __future__ import annotations

import datetime as dt
import re

from cpo_desktop.model.rules import municipal_year_start
from cpo_desktop.model.text_rules import control_character, control_problem, control_problems

# Deliberately simple: one @, a dot in the domain, no spaces. Councils' addresses vary too
# much for anything stricter, and a typo like "name@council" is what this catches.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without one
        return day.replace(year=day.year + years, day=28)


def term_end(start: dt.date, term_years: int | None) -> dt.date | None:
    """The last day of a fixed term (a two-year term from 1 Nov 2025 ends 31 Oct 2027)."""
    if not term_years:
        return None
    return add_years(start, term_years) - dt.timedelta(days=1)


def is_current(start: dt.date, end: dt.date | None, day: dt.date) -> bool:
    return start <= day and (end is None or end >= day)


def ends_within(end: dt.date | None, day: dt.date, days: int = 60) -> bool:
    return end is not None and 0 <= (end - day).days <= days


def overlaps(a_start: dt.date, a_end: dt.date | None, b_start: dt.date, b_end: dt.date | None) -> bool:
    far = dt.date.max
    return a_start <= (b_end or far) and b_start <= (a_end or far)


def email_problem(email: str | None) -> str | None:
    if not email:
        return None
    return None if _EMAIL.match(email.strip()) else f"“{email}” is not an e-mail address"


def person_problems(first_name: str, surname: str, email: str | None,
                    others: dict[str, str | None] | None = None) -> list[str]:
    """What stops a person being saved; ``others`` are their other texts as {"the job title": text},
    checked for hidden control characters as the names are."""
    problems = []
    # One look for the usual case of none (an import checks thousands of rows), each field's otherwise.
    hidden = control_character(first_name + surname + (email or "")) is not None
    if not first_name.strip():
        problems.append("a first name is needed")
    elif hidden and (p := control_problem(first_name, "the first name")) is not None:
        problems.append(p)
    if not surname.strip():
        problems.append("a surname is needed")
    elif hidden and (p := control_problem(surname, "the surname")) is not None:
        problems.append(p)
    if hidden and (p := control_problem(email, "the e-mail address")) is not None:
        problems.append(p)
    elif (p := email_problem(email)) is not None:
        problems.append(p)
    return problems + control_problems(others) if others else problems


def needs_corporate_parenting_training(elected_member: bool, attended: list[dt.date] | set[dt.date],
                                       today: dt.date) -> bool:
    """An elected member must attend corporate parenting training every municipal year.

    ``elected_member``: a councillor, board member or not (000: "Mandatory Elected Members Corporate
    Parent Training"), or whoever holds an elected member's seat. ``attended`` are the dates of
    corporate parenting sessions they attended; a session only counts in the municipal year (May
    to April) it fell in.
    """
    if not elected_member:
        return False
    year = municipal_year_start(today)
    return not any(municipal_year_start(day) == year for day in attended)


def municipal_year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the municipal year that began in May ``year`` (1 May to 30 April)."""
    return dt.date(year, 5, 1), dt.date(year + 1, 4, 30)


def party_balance(parties) -> list[tuple[str, int]]:
    """How many elected members of each party, the largest first (then by name): ``parties`` are
    their parties as recorded (None or blank: "No party recorded", counted last)."""
    counts: dict[str, int] = {}
    for party in parties:
        name = " ".join((party or "").split())
        counts[name] = counts.get(name, 0) + 1
    unknown = counts.pop("", 0)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    return ordered + ([("No party recorded", unknown)] if unknown else [])


def party_balance_text(parties) -> str:
    """"Labour 4 · Liberal Democrat 1 · Conservative 1" (empty when there is no one)."""
    return " · ".join(f"{name} {n}" for name, n in party_balance(parties))


def quorum_seats(seats) -> int:
    """How many of the board's seats count towards its quorum (former seats do not).

    ``seats`` are anything with ``counts_towards_quorum`` and ``former`` attributes.
    """
    return sum(1 for s in seats if s.counts_towards_quorum and not s.former)


def term_text(term_years: int | None, permanent: bool) -> str:
    """A seat's term as the register says it: "Permanent", "2 years", or "" when not set."""
    if permanent:
        return "Permanent"
    return f"{term_years} years" if term_years else ""
