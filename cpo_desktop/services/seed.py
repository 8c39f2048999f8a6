"""First run: the board template from the 2025–2027 strategy, as editable rows.

The template lives in ``resources/seed/board.json`` (roles only, no personal data); it is
read once, into an empty store, inside one transaction. The board's section holds its terms of
reference (``terms_of_reference``: the Chair's and Vice-chair's roles, the frequency); they
become version 1 of the terms, in force from the start, with the seats as its membership and the
quorum as the app's quorum rule states it (``model.minutes_rules.quorum_in_words``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from cpo_desktop import clock
from cpo_desktop import paths as paths_mod
from cpo_desktop.model import enums
from cpo_desktop.model.tables import (
    Board,
    Commitment,
    Organisation,
    PartnerBoard,
    Priority,
    ReportingOfficer,
    ReportRule,
    Seat,
    StandingItem,
)
from cpo_desktop.services import settings, working_groups
from cpo_desktop.store.db import Store

SEEDED_KEY = "seed.board_template"
RULES_KEY = "seed.report_rules"
GROUPS_KEY = "seed.working_groups"


def template_path() -> Path:
    return paths_mod.resources_dir() / "seed" / "board.json"


def load_template(path: Path | None = None) -> dict[str, Any]:
    data = json.loads((path or template_path()).read_text(encoding="utf-8"))
    _validate(data)
    return data


def _validate(data: dict[str, Any]) -> None:
    orgs = {o["name"] for o in data["organisations"]}
    for seat in data["seats"]:
        enums.SeatCategory(seat["category"])
        if seat.get("organisation") and seat["organisation"] not in orgs:
            raise ValueError(f"seat {seat['title']!r}: unknown organisation {seat['organisation']!r}")
        if seat.get("permanent") and seat.get("term_years"):
            raise ValueError(f"seat {seat['title']!r}: a permanent seat has no term in years")
    for org in data["organisations"]:
        enums.OrganisationKind(org["kind"])
    for officer in data["reporting_officers"]:
        enums.ReportFrequency(officer["frequency"])
    for item in data["standing_items"]:
        enums.AgendaSection(item["section"])
        enums.Purpose(item["purpose"])
    seats = {s["title"] for s in data["seats"]}
    roles = {o["role"] for o in data["reporting_officers"]}
    priorities = {p["title"] for p in data["priorities"]}
    for p in data["priorities"]:
        if p.get("chair_seat") and p["chair_seat"] not in seats:
            raise ValueError(f"priority {p['title']!r}: unknown chair seat {p['chair_seat']!r}")
        if p.get("chair_officer") and p["chair_officer"] not in roles:
            raise ValueError(f"priority {p['title']!r}: unknown chair reporting officer {p['chair_officer']!r}")
        if (p.get("working_group_chair") or p.get("chair_seat") or p.get("chair_officer")) \
                and not p.get("has_working_group"):
            raise ValueError(f"priority {p['title']!r}: a chair, but no working group")
    for rule in data.get("report_rules", []):
        enums.ReportFrequency(rule["frequency"])
        enums.Purpose(rule["purpose"])
        if rule.get("seat") and rule["seat"] not in seats:
            raise ValueError(f"report {rule['title']!r}: unknown seat {rule['seat']!r}")
        if rule.get("officer") and rule["officer"] not in roles:
            raise ValueError(f"report {rule['title']!r}: unknown reporting officer {rule['officer']!r}")
        if rule.get("theme") and rule["theme"] not in priorities:
            raise ValueError(f"report {rule['title']!r}: unknown priority {rule['theme']!r}")
        if any(not 1 <= m <= 12 for m in rule.get("months", [])):
            raise ValueError(f"report {rule['title']!r}: months must be 1 to 12")
    for partner in data["partner_boards"]:
        enums.PartnerKind(partner["kind"])
        enums.Confidentiality(partner["confidentiality"])


def is_seeded(session: Session) -> bool:
    return settings.get_in(session, SEEDED_KEY) is not None


def seed_board_template(store: Store, template: dict[str, Any] | None = None) -> bool:
    """Seed the board template into a store that has none. Returns True if it seeded."""
    with store.session() as session:
        if is_seeded(session) or session.exec(select(Board)).first() is not None:
            return False
        data = template or load_template()
        _insert(session, data)
        _insert_rules(session, data)
        settings.set_in(session, GROUPS_KEY, "seeded with the board")
        settings.set_in(session, SEEDED_KEY, data["board"].get("strategy", "board template"))
        for key, value in settings.DEFAULTS.items():
            settings.set_in(session, key, value)
        _insert_terms(session, data)
    return True


def _insert_terms(session: Session, data: dict[str, Any]) -> None:
    """Version 1 of the terms of reference, in force from the start."""
    from cpo_desktop.model.minutes_rules import quorum_in_words
    from cpo_desktop.services import attendance, terms

    board = session.exec(select(Board)).one()
    parts = dict(data["board"].get("terms_of_reference") or {})
    source = parts.pop("source", "")
    parts.setdefault("quorum", quorum_in_words(attendance.quorum_rule(session)))
    terms.first_version_in(session, board, parts, summary=(
        f"The terms of reference as set out in the {source}." if source else "The terms of reference as first set up."))


def _insert(session: Session, data: dict[str, Any]) -> None:
    board = Board(**{k: v for k, v in data["board"].items() if k != "terms_of_reference"})
    session.add(board)
    orgs: dict[str, Organisation] = {}
    for org in data["organisations"]:
        orgs[org["name"]] = Organisation(name=org["name"], kind=org["kind"])
        session.add(orgs[org["name"]])
    session.flush()

    def org_id(name: str | None) -> int | None:
        return orgs[name].id if name else None

    for n, seat in enumerate(data["seats"], start=1):
        session.add(Seat(
            board_id=board.id, title=seat["title"], category=seat["category"],
            organisation_id=org_id(seat.get("organisation")),
            is_chair=bool(seat.get("chair")), is_vice_chair=bool(seat.get("vice_chair")),
            counts_towards_quorum=bool(seat.get("counts_towards_quorum", True)),
            voting=bool(seat.get("voting", True)), term_years=seat.get("term_years"), sort_order=n,
            permanent=bool(seat.get("permanent")), rotation_group=seat.get("rotation_group"),
            source=seat.get("source"),
        ))
    for n, officer in enumerate(data["reporting_officers"], start=1):
        session.add(ReportingOfficer(
            role=officer["role"], organisation_id=org_id(officer.get("organisation")),
            reports=officer.get("reports", ""), frequency=officer["frequency"], sort_order=n,
        ))
    session.flush()
    seat_ids = {s.title: s.id for s in session.exec(select(Seat))}
    officer_ids = {o.role: o.id for o in session.exec(select(ReportingOfficer))}
    for n, priority in enumerate(data["priorities"], start=1):
        # The working group's chair linked to the seat or reporting officer it names (so the chair
        # is chased by e-mail); its "We will" commitments from the strategy as its action plan,
        # each owned by the chair's role, with no due date and no RAG status yet.
        chair = priority.get("working_group_chair")
        row = Priority(board_id=board.id, title=priority["title"], working_group_chair=chair,
                       has_working_group=bool(priority.get("has_working_group", bool(chair))),
                       chair_seat_id=seat_ids.get(priority.get("chair_seat")),
                       chair_officer_id=officer_ids.get(priority.get("chair_officer")),
                       description=priority.get("description", ""), sort_order=n)
        session.add(row)
        session.flush()
        for k, text in enumerate(priority.get("commitments", []), start=1):
            session.add(Commitment(priority_id=row.id, text=text, owner_role=chair, sort_order=k))
    for n, item in enumerate(data["standing_items"], start=1):
        session.add(StandingItem(board_id=board.id, title=item["title"], section=item["section"],
                                 purpose=item["purpose"], presenter_role=item.get("presenter_role"),
                                 duration_minutes=int(item.get("duration_minutes", 10)), sort_order=n,
                                 paper_expected=bool(item.get("paper_expected"))))
    for partner in data["partner_boards"]:
        session.add(PartnerBoard(
            name=partner["name"], short_name=partner["short_name"], kind=partner["kind"],
            confidentiality=partner["confidentiality"], exchange_out=bool(partner["exchange_out"]),
            exchange_in=bool(partner["exchange_in"]),
            expected_frequency_months=int(partner.get("expected_frequency_months", 2)),
            relationship=partner.get("relationship", ""),
        ))


def seed_report_rules(store: Store, template: dict[str, Any] | None = None) -> bool:
    """Give a store seeded before the work programme existed (schema 0002 and earlier) the
    seeded report rules, once. Returns True if it added them."""
    with store.session() as session:
        if settings.get_in(session, RULES_KEY) is not None or session.exec(select(Board)).first() is None:
            return False
        if session.exec(select(ReportRule)).first() is None:
            _insert_rules(session, template or load_template())
        else:
            settings.set_in(session, RULES_KEY, "kept the rules already there")
    return True


def seed_working_groups(store: Store, template: dict[str, Any] | None = None) -> bool:
    """Give a store seeded before working groups were data (schema 0011 and earlier) its groups'
    action plans and chair links, once: each priority still titled as in the template gets the
    template's "We will" commitments if it has none, and its chair linked to the template's seat or
    reporting officer if it has a working group and no link yet. Returns True if it looked."""
    with store.session() as session:
        if settings.get_in(session, GROUPS_KEY) is not None or session.exec(select(Board)).first() is None:
            return False
        data = template or load_template()
        seats = {s.title: s.id for s in session.exec(select(Seat).where(Seat.former == False))}  # noqa: E712
        officers = {o.role: o.id for o in session.exec(select(ReportingOfficer))}
        by_title = {p.title.casefold(): p for p in session.exec(select(Priority).where(Priority.former == False))}  # noqa: E712
        added = 0
        for item in data["priorities"]:
            p = by_title.get(item["title"].casefold())
            if p is None:
                continue
            if p.has_working_group and not (p.chair_person_id or p.chair_seat_id or p.chair_officer_id):
                before = working_groups.report_presenter(session, p)
                p.chair_seat_id = seats.get(item.get("chair_seat"))
                p.chair_officer_id = None if p.chair_seat_id else officers.get(item.get("chair_officer"))
                working_groups.repoint_reports(session, p, before, clock.today())
            if session.exec(select(Commitment).where(Commitment.priority_id == p.id)).first() is None:
                owner = p.working_group_chair or item.get("working_group_chair")
                for k, text in enumerate(item.get("commitments", []), start=1):
                    session.add(Commitment(priority_id=p.id, text=text, owner_role=owner, sort_order=k))
                    added += 1
        settings.set_in(session, GROUPS_KEY, f"{added} commitments added to an existing store")
    return True


def _insert_rules(session: Session, data: dict[str, Any]) -> None:
    """The reporting schedule (003) as editable rules; names that no longer match (a seat or
    officer renamed by the user) leave the rule with its presenter in words."""
    board = session.exec(select(Board)).one()
    seats = {s.title: s.id for s in session.exec(select(Seat))}
    officers = {o.role: o.id for o in session.exec(select(ReportingOfficer))}
    priorities = {p.title: p.id for p in session.exec(select(Priority))}
    for n, rule in enumerate(data.get("report_rules", []), start=1):
        officer_id = officers.get(rule.get("officer"))
        seat_id = seats.get(rule.get("seat"))
        session.add(ReportRule(
            board_id=board.id, title=rule["title"], reporting_officer_id=officer_id, seat_id=seat_id,
            presenter_role=rule.get("presenter_role") or (None if officer_id or seat_id
                                                          else rule.get("officer") or rule.get("seat")),
            frequency=rule["frequency"], preferred_months=",".join(str(m) for m in rule.get("months", [])),
            priority_id=priorities.get(rule.get("theme")), purpose=rule["purpose"],
            duration_minutes=int(rule.get("duration_minutes", 10)), sort_order=n, notes=rule.get("source")))
    settings.set_in(session, RULES_KEY, len(data.get("report_rules", [])))
