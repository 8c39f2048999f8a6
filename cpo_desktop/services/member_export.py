"""Exporting the register: CSV that Excel opens with accents intact (and no cell it could take
for a formula: ``csv_out``), the same rows as an Excel workbook with typed cells (``xlsx_out``),
and Popolo JSON that is checked against the official Popolo schemas before it is written.

With ``public=True`` the privacy rule applies, one rule for every format (``_public_fields``): a
young person appears by first name only unless they consented to their full name, and no one's
phone number or e-mail address appears except the contact officer's (the board's public point of
contact); the file is read back by the rule (``services.disclosure``) before it is written.

A councillor's party and ward are public information (issue 21), so they are in the public list
too; a young person is never a councillor, and their row never carries a party or a ward in public.
In Popolo a councillor is a membership of the council (an organization classified "council") on
behalf of their party (an organization classified "party") for their ward (an area classified
"ward"): ``on_behalf_of_id`` and ``area_id``, as the membership schema has them.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlmodel import select

from cpo_desktop import dates, xlsx_in
from cpo_desktop.csv_out import csv_bytes
from cpo_desktop.files import atomic_write_bytes
from cpo_desktop.model import enums
from cpo_desktop.model.rules import display_name
from cpo_desktop.model.tables import Board, Membership, Organisation, Person, Seat
from cpo_desktop.services import popolo, settings
from cpo_desktop.store.db import Store
from cpo_desktop.xlsx_out import xlsx_bytes

# Councillor, Party and Ward are the columns the member import reads back (member_import.ELECTED_FIELDS).
CSV_COLUMNS = ["Title", "First name", "Surname", "Email", "Phone", "Organisation", "Job title", "Councillor",
               "Party", "Ward", "Seat", "Category", "Start date", "End date", "Former"]


def _load(store: Store):
    with store.session() as session:
        return (list(session.exec(select(Person).order_by(Person.surname, Person.first_name))),
                {o.id: o for o in session.exec(select(Organisation))},
                {s.id: s for s in session.exec(select(Seat))},
                list(session.exec(select(Membership).order_by(Membership.start_date))),
                settings.contact(session).email,
                (session.exec(select(Board.council)).first() or "").strip())


def _public_fields(p: Person, public: bool, contact_email: str = "") -> dict:
    hide = public and p.is_young_person
    full = not hide or p.consent_full_name
    # Public: only the contact officer can be reached through the board's published register.
    reachable = not public or (not p.is_young_person and bool(contact_email) and
                               (p.email or "").casefold() == contact_email.casefold())
    # A councillor's party and ward are public; anyone else's (a young person's above all) are not published.
    elected = not public or (p.is_councillor and not p.is_young_person)
    return {
        "councillor": p.is_councillor and elected,
        "party": (p.party or "").strip() if elected else "",
        "ward": (p.ward or "").strip() if elected else "",
        "first_name": p.preferred_name or p.first_name if hide else p.first_name,
        "surname": p.surname if full else "",
        "email": p.email if reachable else None,
        "phone": p.phone if reachable else None,
        "name": display_name(p.first_name, p.surname, young_person=p.is_young_person,
                             consent_full_name=p.consent_full_name, public=public,
                             preferred_name=p.preferred_name, title=p.title),
    }


def _rows(store: Store, public: bool) -> list[list]:
    """The register's rows under CSV_COLUMNS, one per membership (or one for a person without a
    seat), with the privacy rule applied when ``public``; dates as dates."""
    people, orgs, seats, memberships, contact_email, _council = _load(store)
    by_person: dict[int, list[Membership]] = {}
    for m in memberships:
        by_person.setdefault(m.person_id, []).append(m)
    rows = []
    for p in people:
        f = _public_fields(p, public, contact_email)
        org = orgs[p.organisation_id].name if p.organisation_id else ""
        base = [p.title or "", f["first_name"], f["surname"], f["email"] or "", f["phone"] or "", org,
                p.job_title or "", "Yes" if f["councillor"] else "", f["party"], f["ward"]]
        for m in by_person.get(p.id) or [None]:
            seat = seats[m.seat_id] if m else None
            rows.append(base + [seat.title if seat else "",
                                enums.SeatCategory(seat.category).label if seat else "",
                                m.start_date if m else None, m.end_date if m else None,
                                "Yes" if p.former else ""])
    return rows


_DATE_COLUMNS = [CSV_COLUMNS.index("Start date"), CSV_COLUMNS.index("End date")]


def to_csv(store: Store, *, public: bool = False) -> bytes:
    rows = _rows(store, public)
    for row in rows:
        for i in _DATE_COLUMNS:
            row[i] = dates.short(row[i])  # as written, 31/01/2025: UK Excel reads it as that date
    return csv_bytes(CSV_COLUMNS, rows)


def to_xlsx(store: Store, *, public: bool = False) -> bytes:
    """The same rows as ``to_csv``, as a workbook: dates as Excel dates, phone numbers as text."""
    return xlsx_bytes("Public list" if public else "Members", CSV_COLUMNS, _rows(store, public))


def to_popolo(store: Store, *, public: bool = False) -> dict:
    people, orgs, seats, memberships, contact_email, council = _load(store)
    persons, councillors = [], []
    for p in people:
        f = _public_fields(p, public, contact_email)
        person = {"id": f"person-{p.id}", "name": f["name"], "given_name": f["first_name"]}
        if f["surname"]:
            person["family_name"] = f["surname"]
        if f["email"]:
            person["email"] = f["email"]
        if f["phone"]:
            person["contact_details"] = [{"type": "voice", "value": f["phone"]}]
        if not public and p.is_young_person:
            person["note"] = "Care-experienced young person"
        persons.append(person)
        if f["councillor"]:
            councillors.append((p, f))
    organizations = [{"id": "board", "name": "Corporate Parenting Board", "classification": "board"}]
    organizations += [{"id": f"org-{o.id}", "name": o.name, "classification": o.kind} for o in orgs.values()]
    # A former seat stays in the file while a membership refers to it: no dangling post_id.
    used = {m.seat_id for m in memberships}
    posts = [{"id": f"seat-{s.id}", "label": s.title, "organization_id": "board",
              "role": enums.SeatCategory(s.category).label} for s in seats.values() if not s.former or s.id in used]
    popolo_memberships = []
    for m in memberships:
        entry = {"id": f"membership-{m.id}", "person_id": f"person-{m.person_id}", "post_id": f"seat-{m.seat_id}",
                 "organization_id": "board", "role": "member", "start_date": m.start_date.isoformat()}
        if m.end_date:
            entry["end_date"] = m.end_date.isoformat()
        popolo_memberships.append(entry)
    # Councillors: members of the council, on behalf of their party, for their ward.
    parties = _ids("party", (f["party"] for _p, f in councillors))
    wards = _ids("ward", (f["ward"] for _p, f in councillors))
    # The council is the organisation of that name in the register if there is one (the councillors' employer
    # in the register's eyes), else an organization of its own.
    council_id = next((f"org-{o.id}" for o in orgs.values() if council and o.name.casefold() == council.casefold()),
                      "council")
    if councillors and council_id == "council":
        organizations.append({"id": "council", "name": council or "The council", "classification": "council"})
    organizations += [{"id": pid, "name": name, "classification": "party"} for name, pid in parties.values()]
    areas = [{"id": wid, "name": name, "classification": "ward"} for name, wid in wards.values()]
    for p, f in councillors:
        entry = {"id": f"councillor-{p.id}", "person_id": f"person-{p.id}", "organization_id": council_id,
                 "role": "councillor", "label": "Councillor"}
        if f["party"]:
            entry["on_behalf_of_id"] = parties[f["party"].casefold()][1]
        if f["ward"]:
            entry["area_id"] = wards[f["ward"].casefold()][1]
        popolo_memberships.append(entry)
    return {"persons": persons, "organizations": organizations, "posts": posts,
            "memberships": popolo_memberships, "areas": areas}


def _ids(prefix: str, names) -> dict[str, tuple[str, str]]:
    """Each name once (any case: the first spelling met), by its casefold, with an id numbered in name order."""
    seen: dict[str, str] = {}
    for name in names:
        if name:
            seen.setdefault(name.casefold(), name)
    return {key: (name, f"{prefix}-{n}") for n, (key, name) in
            enumerate(sorted(seen.items(), key=lambda kv: kv[0]), start=1)}


def export(store: Store, fmt: str, target: Path, *, public: bool = False) -> Path:
    if fmt == "csv":
        data = to_csv(store, public=public)
    elif fmt == "xlsx":
        data = to_xlsx(store, public=public)
    elif fmt == "popolo":
        document = to_popolo(store, public=public)
        popolo.check(document)  # raises popolo.PopoloInvalid before anything is written
        data = json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    if public:
        _verify_public(store, fmt, data, Path(target).name)
    return atomic_write_bytes(target, data)


def _verify_public(store: Store, fmt: str, data: bytes, name: str) -> None:
    """The privacy rule's last check, on the file as written: each row (or person) read as one
    line, so that an adult's name in full ("Jane Lowe") reads as theirs."""
    from cpo_desktop.services import disclosure

    if fmt == "csv":
        rows = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
        text = "\n".join(" ".join(row) for row in rows)
    elif fmt == "xlsx":
        text = "\n".join(" ".join(row) for row in xlsx_in.read_rows(data, name))
    else:
        document = json.loads(data)
        lines = [" ".join(str(v) for v in (p.get("given_name"), p.get("family_name")) if v) for p in document["persons"]]
        lines += [json.dumps({k: v for k, v in p.items() if k not in ("given_name", "family_name")}, ensure_ascii=False)
                  for p in document["persons"]]
        lines += [json.dumps(document.get(k, []), ensure_ascii=False)
                  for k in ("organizations", "posts", "memberships", "areas")]
        text = "\n".join(lines)
    disclosure.gate(store).verify({name: text}, advice=(
        "must not be in the public register. Change the person's details (Members view) and export again."))
