"""Importing people from a CSV file (Excel's or anyone's): preview first, then all or nothing.

Headers are matched case- and space-insensitively with common synonyms; UTF-8 (with or
without BOM) and Windows-1252 are read; comma or semicolon separated; UK (31/01/2025) and ISO
dates. Every row is checked before anything is written, and nothing is written unless the
whole file is accepted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import select

from cpo_desktop.errors import UserError
from cpo_desktop.model import enums
from cpo_desktop.model import register_rules as rules
from cpo_desktop.model.tables import Membership, Organisation, Person, Seat
from cpo_desktop.services.register import organisation_id, seat_conflict
from cpo_desktop.store.db import Store

MAX_BYTES = 5 * 1024 * 1024

FIELDS = {
    "first_name": ("firstname", "forename", "givenname", "first"),
    "surname": ("surname", "lastname", "familyname"),
    "title": ("title", "salutation"),
    "email": ("email", "emailaddress"),
    "phone": ("phone", "telephone", "tel", "phonenumber", "mobile"),
    "organisation": ("organisation", "organization", "org", "agency"),
    "job_title": ("jobtitle", "role", "position"),
    "seat": ("seat", "boardseat", "seattitle"),
    "category": ("category", "seatcategory"),
    "start_date": ("startdate", "from", "start", "datefrom"),
    "end_date": ("enddate", "to", "end", "dateto"),
}
_SYNONYMS = {syn: name for name, syns in FIELDS.items() for syn in syns}
OnDuplicate = str  # "skip" | "update" | "fail"


class MemberImportError(UserError, ValueError):
    """The file cannot be imported at all (not a CSV, empty, no name columns)."""


def normalise_header(text: str) -> str:
    return re.sub(r"[\s_\-.]+", "", text.strip().lower())


def parse_date(text: str) -> dt.date:
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"“{text}” is not a date (use 31/01/2025 or 2025-01-31)")


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict")


def _category(text: str) -> str:
    key = normalise_header(text)
    for c in enums.SeatCategory:
        if key in (normalise_header(c.value), normalise_header(c.label)):
            return c.value
    raise ValueError(f"“{text}” is not a seat category")


@dataclass
class ImportRow:
    line: int  # the row's line number in the file (header is line 1)
    values: dict[str, str]
    problems: list[str] = field(default_factory=list)
    duplicate_of: int | None = None  # an existing person's id
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    category: str | None = None


@dataclass
class ImportPreview:
    columns: dict[str, str | None]  # file header -> field (None: not used)
    rows: list[ImportRow]

    @property
    def problems(self) -> list[str]:
        return [f"row {r.line}: {p}" for r in self.rows for p in r.problems]

    def blocking_problems(self, on_duplicate: OnDuplicate) -> list[str]:
        """What stops the import: bad rows, and with ``fail`` any person already registered."""
        problems = self.problems
        if on_duplicate == "fail":
            problems += [f"row {r.line}: already in the register" for r in self.rows if r.duplicate_of]
        return problems

    @property
    def unknown_columns(self) -> list[str]:
        return [h for h, f in self.columns.items() if f is None]


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    appointed: int = 0


def read_preview(store: Store, path: Path, mapping: dict[str, str] | None = None) -> ImportPreview:
    """Read and check every row; ``mapping`` maps unrecognised headers to field names."""
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise MemberImportError(f"{path.name} is empty.")
    if len(data) > MAX_BYTES:
        raise MemberImportError(f"{path.name} is {len(data) // (1024 * 1024)} MB; a register CSV is far smaller. "
                           "Is it the right file?")
    if b"\x00" in data[:65536]:
        raise MemberImportError(f"{path.name} is not a CSV file (it contains binary data). "
                           "In Excel, use File › Save As › CSV.")
    try:
        text = decode(data)
    except UnicodeDecodeError as exc:
        raise MemberImportError(f"{path.name} is not readable text ({exc.reason}).") from exc
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader)
    columns: dict[str, str | None] = {}
    for h in header:
        columns[h] = (mapping or {}).get(h) or _SYNONYMS.get(normalise_header(h))
    if "first_name" not in columns.values() or "surname" not in columns.values():
        raise MemberImportError(f"{path.name} has no first-name and surname columns (found: {', '.join(header)}).")

    with store.session() as session:
        people = list(session.exec(select(Person)))
        orgs = {o.id: o.name.casefold() for o in session.exec(select(Organisation))}
        seats = {s.title.casefold(): s for s in session.exec(select(Seat))}
    by_email = {p.email.casefold(): p.id for p in people if p.email}
    by_name = {(p.first_name.casefold(), p.surname.casefold(), orgs.get(p.organisation_id, "")): p.id
               for p in people}

    rows: list[ImportRow] = []
    seen: dict[tuple, int] = {}
    for n, raw in enumerate(reader, start=2):
        if not any(cell.strip() for cell in raw):
            continue
        values = {f: raw[i].strip() for i, (h, f) in enumerate(columns.items()) if f and i < len(raw)}
        row = ImportRow(n, values)
        row.problems += rules.person_problems(values.get("first_name", ""), values.get("surname", ""),
                                              values.get("email"))
        for key in ("start_date", "end_date"):
            if values.get(key):
                try:
                    setattr(row, key, parse_date(values[key]))
                except ValueError as exc:
                    row.problems.append(str(exc))
        if values.get("category"):
            try:
                row.category = _category(values["category"])
            except ValueError as exc:
                row.problems.append(str(exc))
        if values.get("seat") and values["seat"].casefold() not in seats:
            row.problems.append(f"there is no seat called “{values['seat']}”")
        if values.get("seat") and not row.start_date:
            row.problems.append("a seat needs a start date")
        email = (values.get("email") or "").casefold()
        name_key = (values.get("first_name", "").casefold(), values.get("surname", "").casefold(),
                    (values.get("organisation") or "").casefold())
        row.duplicate_of = by_email.get(email) if email else None
        if row.duplicate_of is None:
            row.duplicate_of = by_name.get(name_key)
        for key in ((email,) if email else ()) + (name_key,):
            if key in seen:
                row.problems.append(f"the same person as row {seen[key]}")
                break
        for key in ((email,) if email else ()) + (name_key,):
            seen.setdefault(key, n)
        rows.append(row)
    if not rows:
        raise MemberImportError(f"{path.name} has a header but no rows.")
    return ImportPreview(columns, rows)


def apply(store: Store, preview: ImportPreview, on_duplicate: OnDuplicate = "skip") -> ImportReport:
    """Write the whole preview in one transaction, or nothing."""
    if on_duplicate not in ("skip", "update", "fail"):
        raise ValueError(on_duplicate)
    problems = preview.blocking_problems(on_duplicate)
    if problems:
        raise MemberImportError("Nothing was imported:\n" + "\n".join(problems))
    report = ImportReport()
    with store.session() as session:
        seats = {s.title.casefold(): s for s in session.exec(select(Seat))}
        for row in preview.rows:
            v = row.values
            if row.duplicate_of and on_duplicate == "skip":
                report.skipped += 1
                continue
            person = session.get(Person, row.duplicate_of) if row.duplicate_of else Person(first_name="", surname="")
            person.first_name, person.surname = v["first_name"], v["surname"]
            for key in ("title", "email", "phone", "job_title"):
                if v.get(key):
                    setattr(person, key, v[key])
            if v.get("organisation"):
                person.organisation_id = organisation_id(session, v["organisation"])
            if row.category == enums.SeatCategory.YOUNG_PERSON:
                person.is_young_person = True
            session.add(person)
            session.flush()
            if row.duplicate_of:
                report.updated += 1
            else:
                report.added += 1
            if v.get("seat"):
                seat = seats[v["seat"].casefold()]
                end = row.end_date or rules.term_end(row.start_date, seat.term_years)
                already = session.exec(select(Membership).where(
                    Membership.seat_id == seat.id, Membership.person_id == person.id)).all()
                if any(rules.overlaps(row.start_date, end, m.start_date, m.end_date) for m in already):
                    continue  # the row restates a membership the register already has
                if (conflict := seat_conflict(session, seat, row.start_date, end)) is not None:
                    raise MemberImportError(f"Nothing was imported:\nrow {row.line}: {conflict}")
                session.add(Membership(person_id=person.id, seat_id=seat.id, start_date=row.start_date,
                                       end_date=end, term_years=seat.term_years, appointed_by="Imported"))
                report.appointed += 1
    return report
