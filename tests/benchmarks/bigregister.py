"""A big fictional register for benchmarks: thousands of people and a long seat history.

    from bigregister import build_big_register

    store = build_big_register(tmp_path / "data")   # 5,000 people, 20,000 memberships
    try:
        ...
    finally:
        store.close()

``build_big_register(data_dir, people=5000, memberships=20000, *, today=None, seed=2025)``
creates a new store in ``data_dir`` through the app's own start-up path
(``services.startup.open_data``: the Alembic migrations, then the seeded board template with
its 26 seats) and fills it, in one transaction of SQLAlchemy Core executemany inserts (about
a second), with:

* ``people`` people with invented names (some accented), spread over the 13 seeded
  organisations and 35 invented ones (about 1 in 12 with none); most have an e-mail
  (unique, @example.org/.net) and a job title, some a phone (Ofcom drama numbers), a title
  or a preferred name. About 1 in 12 are care-experienced young people; ``created_at`` is
  a tz-aware UTC time spread over ten years.
* ``memberships`` memberships spread evenly over the seeded seats. Each seat's history is
  consecutive, non-overlapping terms going back from ``today`` (a week to three weeks
  each, with gaps of up to three days). Every seat but three has exactly one current holder
  (open-ended, or the seat's fixed term); the three vacant seats' last term ended 1-199 days
  ago. Memberships carry the seat's ``term_years`` and ``appointed_by``; young people's seats
  are only ever held by young people.
* The current holders are never former; of everyone else about half are marked former.
* ``people // 2`` training records (induction and corporate parenting training, attended
  or invited) in the three years before ``today``.

The same arguments always give the same register (a seeded ``random.Random``); ``today``
defaults to the real date, so "current" means current when the benchmark runs.
``data_dir`` must not hold a register with people already. Returns the open ``Store``;
the caller closes it. Helpers for other generated data: ``FIRST_NAMES``, ``SURNAMES``,
``ORGANISATIONS`` (invented), ``JOB_TITLES``, ``person_email``, ``phone_number``.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from pathlib import Path

from sqlalchemy import func, insert, select

from cpo_desktop import paths
from cpo_desktop.model import enums
from cpo_desktop.model import register_rules as rules
from cpo_desktop.model.tables import Membership, Organisation, Person, Seat, TrainingRecord
from cpo_desktop.services.startup import open_data
from cpo_desktop.store.db import Store

__all__ = ["build_big_register", "FIRST_NAMES", "SURNAMES", "ORGANISATIONS", "JOB_TITLES", "person_email",
           "phone_number"]

FIRST_NAMES = (
    "Aoife", "Amara", "Angela", "Bartłomiej", "Bethan", "Björn", "Callum", "Chloé", "Ciarán", "Daniel", "Dévika",
    "Eilidh", "Emre", "Fatima", "François", "Gareth", "Grace", "Hannah", "Imran", "Isla", "Jamal", "José",
    "Karolina", "Kwame", "Leah", "Łukasz", "Mairéad", "Marcus", "Mohammed", "Naomi", "Niamh", "Oluwaseun",
    "Owen", "Patricia", "Priya", "Rhys", "Róisín", "Samuel", "Siobhán", "Sophie", "Tadhg", "Thomas", "Tomás",
    "Yusuf", "Zainab", "Zoë",
)
SURNAMES = (
    "Ahmed", "Brennan", "Byrne", "Campbell", "Clarke", "Costa", "Davies", "Doyle", "Edwards", "Evans", "Fernández",
    "Gallagher", "Green", "Hughes", "Jackson", "Jones", "Kaur", "Kelly", "Kowalski", "Lloyd-Evans", "McCarthy",
    "Mensah", "Müller", "Murphy", "Nowak", "Ó Ceallaigh", "O'Brien", "Okafor", "Patel", "Quinn", "Roberts",
    "Rodríguez", "Siddiqui", "Smith", "Taylor", "Thompson", "Walsh", "Williams", "Wilson", "Wright", "Ødegaard",
)
ORGANISATIONS = (
    "Bootle High School", "Crosby Primary School", "Formby Foodbank", "Litherland Youth Club",
    "Liverpool John Moores University", "Maghull Town Council", "Mersey Care NHS Foundation Trust",
    "Merseyside Fire and Rescue Service", "Netherton Family Centre", "North West Ambulance Service",
    "Southport College", "Southport and Ormskirk Hospital", "Sefton Carers Centre", "Sefton Library Service",
    "Sefton Youth Offending Team", "Seaforth Community Church", "The Brink", "Venus Centre",
    "Waterloo Primary School", "Barnardo's", "Action for Children", "The Children's Society",
    "Citizens Advice Sefton", "Sefton Council for Voluntary Service", "Crosby Housing Association",
    "Riverside Housing", "Everton in the Community", "Merseyside Youth Association", "Kinship Carers UK",
    "Sefton Parent Carer Forum", "Hugh Baird College", "King George V College", "Hillside High School",
    "Chesterfield High School", "Liverpool Law Centre",
)
JOB_TITLES = (
    "Cabinet Member", "Councillor", "Social Worker", "Team Manager", "Service Manager", "Head Teacher",
    "Designated Teacher", "Designated Nurse", "Participation Officer", "Independent Reviewing Officer",
    "Housing Officer", "Youth Worker", "Personal Adviser", "Foster Carer", "Detective Inspector",
    "Commissioning Manager", "Virtual School Officer", "Careers Adviser", "Advocate", "Volunteer",
)
_TITLES = ("Cllr", "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(str.maketrans("łŁøØ", "lLoO")))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in ".-")).lower()


def person_email(first: str, surname: str, n: int, domain: str = "example.org") -> str:
    """A unique, plausible address: ``zoe.muller.1234@example.org``."""
    return f"{_ascii(first)}.{_ascii(surname)}.{n}@{domain}"


def phone_number(n: int) -> str:
    """Ofcom's numbers for drama: 0151 496 0000-0999 and 07700 900000-900999."""
    return f"0151 496 {n % 1000:04d}" if n % 2 else f"07700 900{n % 1000:03d}"


def build_big_register(data_dir: Path, people: int = 5000, memberships: int = 20000, *,
                       today: dt.date | None = None, seed: int = 2025) -> Store:
    """Create and fill a big register in ``data_dir``; see the module docstring. Returns the open store."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    store = open_data(paths.resolve(data_dir), today=today, daily_backup=False)
    try:
        with store.session() as session:
            conn = session.connection()
            if conn.execute(select(func.count()).select_from(Person.__table__)).scalar_one():
                raise ValueError(f"{data_dir} already holds a register with people; use an empty folder")
            seats = conn.execute(select(Seat.__table__.c.id, Seat.__table__.c.category, Seat.__table__.c.term_years)
                                 .order_by(Seat.__table__.c.sort_order)).all()
            org_ids = _organisations(conn)
            person_rows, young = _people(rng, people, org_ids, today)
            membership_rows, current = _memberships(rng, seats, memberships, people, young, today)
            for pid in range(1, people + 1):
                row = person_rows[pid - 1]
                row["former"] = pid not in current and rng.random() < 0.5
            conn.execute(insert(Person.__table__), person_rows)
            conn.execute(insert(Membership.__table__), membership_rows)
            conn.execute(insert(TrainingRecord.__table__), _training(rng, people // 2, people, today))
    except BaseException:
        store.close()
        raise
    return store


def _organisations(conn) -> list[int]:
    table = Organisation.__table__
    existing = {name for (name,) in conn.execute(select(table.c.name))}
    new = [n for n in ORGANISATIONS if n not in existing]
    if new:
        conn.execute(insert(table), [{"name": n, "kind": enums.OrganisationKind.OTHER.value, "notes": None,
                                      "former": False} for n in new])
    return [i for (i,) in conn.execute(select(table.c.id).order_by(table.c.id))]


def _people(rng: random.Random, count: int, org_ids: list[int], today: dt.date) -> tuple[list[dict], list[int]]:
    rows, young = [], []
    epoch = dt.datetime.combine(today, dt.time(9), tzinfo=dt.UTC) - dt.timedelta(days=3650)
    for pid in range(1, count + 1):
        first, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        is_young = pid % 12 == 5
        if is_young:
            young.append(pid)
        rows.append({
            "id": pid,
            "title": None if is_young or rng.random() < 0.6 else rng.choice(_TITLES),
            "first_name": first,
            "surname": surname,
            "preferred_name": first[:3] if rng.random() < 0.05 else None,
            "email": None if rng.random() < 0.15 else person_email(first, surname, pid,
                                                                    rng.choice(("example.org", "example.net"))),
            "phone": phone_number(pid) if rng.random() < 0.4 else None,
            "organisation_id": None if rng.random() < 0.08 else rng.choice(org_ids),
            "job_title": None if is_young or rng.random() < 0.2 else rng.choice(JOB_TITLES),
            "is_young_person": is_young,
            "consent_full_name": (not is_young) or rng.random() < 0.3,
            "notes": None,
            "former": False,
            "created_at": epoch + dt.timedelta(minutes=rng.randrange(3650 * 24 * 60)),
        })
    return rows, young


def _memberships(rng: random.Random, seats, count: int, people: int, young: list[int],
                 today: dt.date) -> tuple[list[dict], set[int]]:
    rows: list[dict] = []
    current: set[int] = set()
    vacant = {6, 13, 20}  # seat positions without a current holder
    young_set = set(young)
    adults = [p for p in range(1, people + 1) if p not in young_set]
    for n, (seat_id, category, term_years) in enumerate(seats):
        share = count // len(seats) + (1 if n < count % len(seats) else 0)
        pool = young if category == enums.SeatCategory.YOUNG_PERSON else adults
        if n in vacant:
            end = today - dt.timedelta(days=rng.randint(1, 199))
            start = end - dt.timedelta(days=rng.randint(7, 21))
        else:
            start = today - dt.timedelta(days=rng.randint(1, 700))
            end = rules.term_end(start, term_years)  # None for an open-ended seat
        terms = []
        for k in range(share):
            holder = rng.choice(pool)
            if k == 0 and n not in vacant:
                while holder in current:
                    holder = rng.choice(pool)
                current.add(holder)
            terms.append({"person_id": holder, "seat_id": seat_id, "start_date": start, "end_date": end,
                          "appointed_by": rng.choice(("Annual Council", "Nominated by the partner", None)),
                          "term_years": term_years, "substitute_id": None, "notes": None})
            end = start - dt.timedelta(days=1 + rng.randint(0, 3))
            start = end - dt.timedelta(days=rng.randint(7, 21))
        rows.extend(reversed(terms))  # oldest first, as they would have been entered
    return rows, current


def _training(rng: random.Random, count: int, people: int, today: dt.date) -> list[dict]:
    kinds = [k.value for k in enums.TrainingKind]
    attended, invited = enums.TrainingStatus.ATTENDED.value, enums.TrainingStatus.INVITED.value
    return [{"person_id": rng.randint(1, people), "date": today - dt.timedelta(days=rng.randint(0, 3 * 365)),
             "kind": rng.choice(kinds), "status": attended if rng.random() < 0.7 else invited, "notes": None}
            for _ in range(count)]
