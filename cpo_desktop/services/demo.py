"""The fictional demo board: invented people in every seat, young people among them, and a
municipal year of meetings, so that every view has something real-looking to show.

The people are in ``resources/demo/demo_board.json``; the meetings are laid out from the
board's own schedule around today's date, so the demo always has meetings held and to come.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlmodel import Session, func, select

from cpo_desktop import paths as paths_mod
from cpo_desktop.errors import UserError
from cpo_desktop.model import enums, schedule
from cpo_desktop.model.tables import (
    Board,
    Meeting,
    Membership,
    Organisation,
    Person,
    Priority,
    ReportingOfficer,
    Seat,
    TrainingRecord,
)
from cpo_desktop.services import seed, settings
from cpo_desktop.store.db import Store

DEMO_KEY = "demo.loaded"


class DemoRefused(UserError):
    """The store already holds people; the demo never mixes with real data."""


def demo_path() -> Path:
    return paths_mod.resources_dir() / "demo" / "demo_board.json"


def load_demo(path: Path | None = None) -> dict[str, Any]:
    return json.loads((path or demo_path()).read_text(encoding="utf-8"))


def is_empty(store: Store) -> bool:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(Person)).one() == 0


def load(store: Store, *, today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty store with the demo board. Returns counts of what was added."""
    today = today or dt.date.today()
    seed.seed_board_template(store)
    data = load_demo()
    with store.session() as session:
        if session.exec(select(func.count()).select_from(Person)).one():
            raise DemoRefused("The register already holds people, so the demo board was not loaded: "
                              "the demo is only for an empty store (use --data-dir for a separate one).")
        counts = _insert(session, data, today)
        settings.set_in(session, DEMO_KEY, today.isoformat())
    return counts


def _insert(session: Session, data: dict[str, Any], today: dt.date) -> dict[str, int]:
    board = session.exec(select(Board)).one()
    orgs = {o.name: o for o in session.exec(select(Organisation))}
    seats = {s.title: s for s in session.exec(select(Seat))}

    def org_id(name: str | None) -> int | None:
        if not name:
            return None
        if name not in orgs:
            orgs[name] = Organisation(name=name, kind=enums.OrganisationKind.OTHER)
            session.add(orgs[name])
            session.flush()
        return orgs[name].id

    people: dict[str, Person] = {}
    for p in data["people"]:
        person = Person(title=p.get("title"), first_name=p["first_name"], surname=p["surname"],
                        preferred_name=p.get("preferred_name"), email=p.get("email"), phone=p.get("phone"),
                        organisation_id=org_id(p.get("organisation")), job_title=p.get("job_title"),
                        is_young_person=bool(p.get("young_person")),
                        consent_full_name=bool(p.get("consent_full_name")), notes=p.get("notes"))
        session.add(person)
        people[p["key"]] = person
    session.flush()

    current_keys = set()
    memberships = 0
    for m in data["memberships"] + data["former_memberships"]:
        seat = seats[m["seat"]]
        end = dt.date.fromisoformat(m["end"]) if m.get("end") else None
        session.add(Membership(
            person_id=people[m["person"]].id, seat_id=seat.id, start_date=dt.date.fromisoformat(m["start"]),
            end_date=end, appointed_by=m.get("appointed_by"), term_years=seat.term_years,
            substitute_id=people[m["substitute"]].id if m.get("substitute") else None))
        memberships += 1
        if end is None or end >= today:
            current_keys.add(m["person"])
    officers = {o.role: o for o in session.exec(select(ReportingOfficer))}
    for r in data["reporting_officers"]:
        officers[r["role"]].person_id = people[r["person"]].id
        current_keys.add(r["person"])
    # Anyone who neither holds a seat, substitutes nor reports is a former member.
    substitutes = {m["substitute"] for m in data["memberships"] if m.get("substitute")}
    for key, person in people.items():
        person.former = key not in current_keys | substitutes
    for t in data["training"]:
        session.add(TrainingRecord(person_id=people[t["person"]].id, date=dt.date.fromisoformat(t["date"]),
                                   kind=enums.TrainingKind(t["kind"]), status=enums.TrainingStatus(t["status"])))

    priorities = list(session.exec(select(Priority).order_by(Priority.sort_order)))
    start_time = dt.time.fromisoformat(board.default_start_time)
    first_year = schedule.current_municipal_year(today)
    meetings = 0
    for n, day in enumerate(schedule.year_meeting_dates(first_year)):
        theme = priorities[n % len(priorities)] if n < len(priorities) else None
        session.add(Meeting(board_id=board.id, kind=enums.MeetingKind.BOARD, date=day, start_time=start_time,
                            duration_minutes=board.default_duration_minutes, venue=board.default_venue,
                            priority_id=theme.id if theme else None,
                            status=enums.MeetingStatus.HELD if day < today else enums.MeetingStatus.PLANNED,
                            notes=None if theme else "Annual review of the strategy and work programme"))
        meetings += 1
    forum = schedule.nth_weekday(first_year + 1, 1, 1, 3)  # a young people's forum in January
    session.add(Meeting(board_id=board.id, kind=enums.MeetingKind.YOUNG_PEOPLES_FORUM, date=forum,
                        start_time=dt.time(17, 0), duration_minutes=90, venue="The Hub, Bootle",
                        status=enums.MeetingStatus.HELD if forum < today else enums.MeetingStatus.PLANNED))
    meetings += 1
    return {"people": len(people), "memberships": memberships, "training": len(data["training"]),
            "meetings": meetings}
