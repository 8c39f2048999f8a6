"""Importing people from a CSV file (Excel's or anyone's) or an Excel workbook (.xlsx): preview
first, then all or nothing.

Headers are matched case- and space-insensitively with common synonyms; UTF-8 (with or
without BOM) and Windows-1252 are read; comma or semicolon separated; UK (31/01/2025) and ISO
dates. Every row is checked before anything is written, and nothing is written unless the
whole file is accepted.

A file that cannot be taken as it stands is refused whole, naming the row: one that is not
CSV (a quote never closed, a cell over 128 KB), two columns for the same field, rows in two
encodings (some UTF-8, some Windows-1252: their accents would be stored garbled). A cell with a
hidden control character (NUL, a right-to-left override…) is a problem of its row.

A workbook's first sheet is read (``xlsx_in``, bounded) as the text a CSV file saved from it would
hold: a date cell as 31/01/2025, a phone number Excel stored as a number without ".0". From there
on it is checked exactly as a CSV file is: the same columns, the same rules, the same preview.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import bindparam, insert, update
from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from cpo_desktop import clock, dates, inputs, xlsx_in
from cpo_desktop.errors import UserError
from cpo_desktop.model import enums, seat_match
from cpo_desktop.model import register_rules as rules
from cpo_desktop.model.rules import parse_date, person_name
from cpo_desktop.model.tables import Membership, Organisation, Person, Seat
from cpo_desktop.model.text_rules import control_character, control_problem
from cpo_desktop.progress import NO_PROGRESS, Progress
from cpo_desktop.services.bulk import collector_paused
from cpo_desktop.services.register import held_by
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
    "name": ("name", "fullname", "membername", "boardmember"),  # split into title, first name and surname
    "board_role": ("roleonboard", "roleontheboard", "boardrole", "positiononboard", "boardposition"),
}
# Elected members' columns (issue 21): optional, each handled by the _elected_* functions below.
ELECTED_FIELDS = {
    "councillor": ("councillor", "iscouncillor", "electedmember", "elected"),
    "party": ("party", "politicalparty", "politicalgroup"),
    "ward": ("ward", "wardname", "electoralward"),
}
FIELDS.update(ELECTED_FIELDS)
_SYNONYMS = {syn: name for name, syns in FIELDS.items() for syn in syns}
OnDuplicate = str  # "skip" | "update" | "fail"


class MemberImportError(UserError, ValueError):
    """The file cannot be imported at all (not a CSV file or a workbook, empty, no name columns)."""


def normalise_header(text: str) -> str:
    return re.sub(r"[\s_\-.]+", "", text.strip().lower())


_UTF8, _CP1252 = "UTF-8", "Windows-1252"


def _mixed_encodings(data: bytes, delimiter: str) -> tuple[int, str, str] | None:
    """For a file that is not valid UTF-8: (the first row, its encoding, the rest's encoding) of
    the rows in the less used encoding, if some rows are UTF-8 and others Windows-1252; else None.

    Each row is read with its bytes kept: a row with bytes that are not UTF-8 is Windows-1252; a
    row with accents that are all valid UTF-8 is UTF-8.
    """
    text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogateescape")
    first: dict[str, int] = {}
    count = {_UTF8: 0, _CP1252: 0}
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for n, row in enumerate(reader, start=1):
            cells = "".join(row)
            if cells.isascii():
                continue
            kind = _CP1252 if any("\udc80" <= ch <= "\udcff" for ch in cells) else _UTF8
            count[kind] += 1
            first.setdefault(kind, n)
    except csv.Error:
        return None  # reading the file properly says what is wrong with it
    if len(first) < 2:
        return None
    minority = _CP1252 if count[_CP1252] <= count[_UTF8] else _UTF8
    return first[minority], minority, _UTF8 if minority == _CP1252 else _CP1252


def _records(reader, name: str, start: int = 1, error: type[UserError] = MemberImportError):
    """(row number, cells) of ``reader``; a row that is not CSV is refused naming it."""
    n = start - 1
    try:
        for n, row in enumerate(reader, start=start):
            yield n, row
    except csv.Error as exc:
        reason = str(exc)
        if "field limit" in reason:
            reason = f"a cell is longer than {csv.field_size_limit() // 1024} KB"
        elif "end of data" in reason:
            reason = "a quote (\") opened in it is never closed"
        elif "expected after" in reason:
            reason = "there is more text after a quoted cell's closing quote (\")"
        raise error(f"{name}: row {n + 1} cannot be read as CSV ({reason}). Put the row right in the "
                                "spreadsheet, save it as CSV again, and import that. Nothing was imported.") from None


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
    # --match-seats: the matcher's proposal, the seat chosen (the proposal or the officer's change),
    # the category the file gives (free text read as one), and whether the start date is today's default
    proposal: seat_match.Proposal | None = None
    seat_id: int | None = None
    file_category: str | None = None
    start_defaulted: bool = False


@dataclass
class ImportPreview:
    columns: dict[str, str | None]  # file header -> field (None: not used)
    rows: list[ImportRow]
    match_seats: bool = False
    seats: list[SeatOption] = field(default_factory=list)  # --match-seats: the board's seats to choose from
    today: dt.date | None = None  # --match-seats: the start date of a row that gives none

    @property
    def problems(self) -> list[str]:
        return [f"row {r.line}: {p}" for r in self.rows for p in r.problems]

    def blocking_problems(self, on_duplicate: OnDuplicate) -> list[str]:
        """What stops the import: bad rows, and with ``fail`` any person already registered."""
        problems = self.problems
        if self.match_seats:
            problems += choice_problems(self, on_duplicate)
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


def read_preview(store: Store, path: Path, mapping: dict[str, str] | None = None, *,
                 progress: Progress | None = None, match_seats: bool = False,
                 today: dt.date | None = None) -> ImportPreview:
    """Read and check every row; ``mapping`` maps unrecognised headers to field names.
    ``progress`` is told each step (reading the file, checking its rows); nothing is written.

    ``match_seats``: the file is a board list without exact seat titles; each row gets a proposed
    seat (``propose_seats``), a category is free text, and a start date left out is ``today``."""
    progress = progress or NO_PROGRESS
    path = Path(path)
    progress.step(0, 2, f"Reading {path.name}")
    workbook = path.suffix.lower() in xlsx_in.SUFFIXES
    data = inputs.read_user_file(path, limit=MAX_BYTES, error=MemberImportError,
                                 what="an Excel workbook of members" if workbook else "a CSV file of members",
                                 advice=f"A register {'workbook' if workbook else 'CSV'} is far smaller: is it the "
                                        "right file?")
    if not data.strip():
        raise MemberImportError(f"{path.name} is empty.")
    records, hidden = file_records(path.name, data)
    header = next(records, (1, []))[1]
    columns, used = _columns(path.name, header, mapping or {})
    if match_seats:  # a seat named in the file is a hint for the matcher, not a title that must exist
        used = [(i, "seat_hint" if f == "seat" else f) for i, f in used]
    if ("first_name" not in columns.values() or "surname" not in columns.values()) and "name" not in columns.values():
        raise MemberImportError(f"{path.name} has no first-name and surname columns, nor a name column "
                                f"(found: {', '.join(header)}).")

    progress.step(1, 2, "Checking the rows")
    with collector_paused():
        rows = _check_rows(store, records, used, header, hidden=hidden, match_seats=match_seats)
    progress.report(2, 2, f"Checked {len(rows)} rows")
    if not rows:
        raise MemberImportError(f"{path.name} has a header but no rows.")
    preview = ImportPreview(columns, rows)
    if match_seats:
        propose_seats(store, preview, today=today)
    return preview


def file_records(name: str, data: bytes, *, error: type[UserError] = MemberImportError):
    """(row number, cells) of the CSV file or workbook ``name`` holding ``data``, and whether it has
    a hidden control character anywhere; a file that cannot be read is refused with ``error``.

    A workbook's first sheet comes back as the text a CSV saved from it would hold: from there on,
    one set of checks (other imports read their files through this too)."""
    if xlsx_in.is_workbook(name, data):
        sheet = xlsx_in.read_rows(data, name, error=error, outcome="Nothing was imported.")
        return iter(enumerate(sheet, start=1)), any(control_character("".join(row)) is not None for row in sheet)
    return _csv_records(name, data, error)


def _csv_records(name: str, data: bytes, error: type[UserError] = MemberImportError):
    """(row number, cells) of the CSV file ``name`` holding ``data``, and whether it has a hidden
    control character anywhere; a file that cannot be taken as CSV is refused."""
    if b"\x00" in data[:65536]:
        raise error(f"{name} is not a CSV file (it contains binary data). "
                           "In Excel, use File › Save As › CSV.")
    first_line = (data.partition(b"\n")[0].splitlines() or [b""])[0]  # without splitting the whole file
    delimiter = ";" if first_line.count(b";") > first_line.count(b",") else ","
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        if (mixed := _mixed_encodings(data, delimiter)) is not None:
            row, odd, rest = mixed
            raise error(f"{name} mixes two text encodings: row {row} is {odd} but other rows are "
                                    f"{rest}, so accents would be stored garbled. Save the whole sheet again as "
                                    "“CSV UTF-8” (in Excel: File › Save As) and import that. Nothing was "
                                    "imported.")
        try:
            text = data.removeprefix(b"\xef\xbb\xbf").decode("cp1252")  # what Excel's plain "CSV" is, in the UK
        except UnicodeDecodeError as exc:
            raise error(f"{name} is not readable text ({exc.reason}).") from exc
    if not text.strip():
        raise error(f"{name} is empty.")
    # strict: a quote never closed is an error, not a cell that swallows the rest of the file
    records = _records(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True), name,
                       error=error)
    return records, control_character(text) is not None


def _columns(name: str, header: list[str], mapping: dict[str, str]) -> tuple[dict[str, str | None],
                                                                             list[tuple[int, str]]]:
    """Each header's field (None: not used) and the (position, field) of the used columns.

    Two columns that are the same once case, spaces, hyphens and underscores are left out, or that
    hold the same field, are refused: which of them to take would be a guess.
    """
    columns: dict[str, str | None] = {}
    used: list[tuple[int, str]] = []
    seen: dict[str, str] = {}  # normalised header, or field -> the first header that had it
    for i, h in enumerate(header):
        field = mapping.get(h) or _SYNONYMS.get(normalise_header(h))
        keys = [k for k in (normalise_header(h) and "header:" + normalise_header(h),
                            field and "field:" + field) if k]
        for key in keys:
            if key in seen:
                same = (f"both {FIELD_WORDS.get(field, field)}" if key.startswith("field:")
                        else "the same name")
                raise MemberImportError(f"{name} has two columns for the same thing: “{seen[key]}” and “{h}” "
                                        f"({same}). Delete or rename one of them and import again. Nothing was "
                                        "imported.")
        for key in keys:
            seen[key] = h
        columns[h] = field
        if field:
            used.append((i, field))
    return columns, used


_DELETE_IT = "delete it in the spreadsheet (it may have come with text pasted from elsewhere)"

# The fields in words, for messages.
FIELD_WORDS = {"first_name": "the first name", "surname": "the surname", "title": "the title", "email": "the e-mail",
               "phone": "the phone number", "organisation": "the organisation", "job_title": "the job title",
               "seat": "the seat", "category": "the seat category", "start_date": "the start date",
               "end_date": "the end date", "name": "the name", "board_role": "the role on the board"}
FIELD_WORDS.update(councillor="whether they are a councillor", party="the party", ward="the ward")


def _check_rows(store: Store, records, used: list[tuple[int, str]], header: list[str], *,
                hidden: bool = True, match_seats: bool = False) -> list[ImportRow]:
    """Every row of ``records`` (row number, cells) with its problems and the registered person it
    duplicates, if any; ``used`` are the (position, field) of the columns imported. ``hidden``: the
    file has a control character somewhere, so each cell is looked at for one."""
    # Only the columns the checks need, as plain rows (Core, not the ORM): thousands of people
    # are read in milliseconds.
    with store.session() as session:
        conn = session.connection()
        orgs = {i: name.casefold() for i, name in conn.execute(select(Organisation.id, Organisation.name))}
        seats = {title.casefold(): category for title, category in conn.execute(select(Seat.title, Seat.category))}
        people = conn.execute(select(Person.id, Person.first_name, Person.surname, Person.email,
                                     Person.organisation_id).order_by(Person.id)).all()
    by_email = {email.casefold(): pid for pid, _, _, email, _ in people if email}
    by_name = {(first.casefold(), surname.casefold(), orgs.get(org_id, "")): pid
               for pid, first, surname, _, org_id in people}

    width = used[-1][0] + 1
    seat_columns = any(f in ("start_date", "end_date", "category", "seat") for _, f in used)
    person_problems = rules.person_problems
    rows: list[ImportRow] = []
    seen: dict[str | tuple, int] = {}  # e-mail or (first name, surname, organisation) -> first row
    for n, raw in records:
        if not "".join(raw).strip():
            continue
        if len(raw) >= width:
            values = {f: raw[i].strip() for i, f in used}
        else:
            values = {f: raw[i].strip() for i, f in used if i < len(raw)}
        controls = [p for i, f in used if hidden and i < len(raw)
                    and (p := control_problem(raw[i], f"the column “{header[i]}”", _DELETE_IT)) is not None]
        if values.get("name"):
            _split_name(values)
        first, surname, email = values.get("first_name", ""), values.get("surname", ""), values.get("email")
        name_key = (first.casefold(), surname.casefold(), (values.get("organisation") or "").casefold())
        if email:
            email_key = email.casefold()
            duplicate_of = by_email.get(email_key)
            earlier = seen.get(email_key)
            if earlier is None:
                earlier = seen.get(name_key)
            seen.setdefault(email_key, n)
        else:
            duplicate_of = None
            earlier = seen.get(name_key)
        if duplicate_of is None:
            duplicate_of = by_name.get(name_key)
        seen.setdefault(name_key, n)
        row = ImportRow(n, values, controls or person_problems(first, surname, email), duplicate_of)
        if match_seats:
            _check_match_columns(row, values)
        elif seat_columns:
            _check_seat_columns(row, values, seats)
        _check_elected_columns(row, values)
        if earlier is not None:
            row.problems.append(f"the same person as row {earlier}")
        rows.append(row)
    return rows


def _check_seat_columns(row: ImportRow, values: dict[str, str], seats: dict[str, str]) -> None:
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
    elif values.get("seat") and seats[values["seat"].casefold()] == enums.SeatCategory.YOUNG_PERSON:
        # Whoever holds a young person's seat is one: the privacy rule depends on the flag.
        row.category = enums.SeatCategory.YOUNG_PERSON.value
    if values.get("seat") and not row.start_date:
        row.problems.append("a seat needs a start date")


def apply(store: Store, preview: ImportPreview, on_duplicate: OnDuplicate = "skip", *,
          progress: Progress | None = None) -> ImportReport:
    """Write the whole preview in one transaction, or nothing.

    Organisations are matched ignoring case, each new one created once however many rows
    name it; seat rows are checked in memory, in file order, against the seat's memberships
    (read once per seat) and each other; then people and memberships are written with one
    executemany per table, so thousands of rows take a fraction of a second. ``progress`` is
    asked once, before anything is written (a cancel then imports nothing).
    """
    if on_duplicate not in ("skip", "update", "fail"):
        raise ValueError(on_duplicate)
    problems = preview.blocking_problems(on_duplicate)
    if problems:
        raise MemberImportError("Nothing was imported:\n" + "\n".join(problems))
    rows = [r for r in preview.rows if not (r.duplicate_of and on_duplicate == "skip")]
    new_rows = [r for r in rows if not r.duplicate_of]
    report = ImportReport(added=len(new_rows), updated=len(rows) - len(new_rows),
                          skipped=len(preview.rows) - len(rows))
    progress = progress or NO_PROGRESS
    progress.step(0, 1, f"Importing {len(rows)} people")
    with store.session() as session, collector_paused():
        conn = session.connection()
        org_ids = _organisation_ids(conn, [r.values["organisation"] for r in rows if r.values.get("organisation")])
        memberships = _memberships(session, rows) if any(r.values.get("seat") or r.seat_id for r in rows) else []
        new_ids = _insert_people(conn, new_rows, org_ids, ids=any(m["person_id"] < 0 for m in memberships))
        _update_people(conn, rows, org_ids)
        if memberships:
            for m in memberships:
                if m["person_id"] < 0:
                    m["person_id"] = new_ids[-m["person_id"] - 1]
            conn.execute(insert(Membership.__table__), memberships)
            _elected_seat_holders(conn, memberships)
    report.appointed = len(memberships)
    progress.report(1, 1, "Imported")
    return report


def _memberships(session: Session, rows: list[ImportRow]) -> list[dict]:
    """The memberships the seat rows add, checked in file order against each other and the register.

    A person is their id, or until written a negative number: -1 for the first new person
    in ``rows``, -2 for the second... Raises MemberImportError at the first seat conflict.
    """
    seats = {title.casefold(): (seat_id, title, term_years) for seat_id, title, term_years
             in session.exec(select(Seat.id, Seat.title, Seat.term_years).order_by(Seat.id))}
    terms: dict[int, list[tuple[dt.date, dt.date | None, int]]] = {}  # seat -> (start, end, person), by id
    names: dict[int, tuple[str, str]] = {}  # person -> name, as the file has it so far
    memberships: list[dict] = []
    new = 0
    for row in rows:
        v = row.values
        if row.duplicate_of:
            person = row.duplicate_of
        else:
            new += 1
            person = -new
        names[person] = (v["first_name"], v["surname"])
        if row.seat_id is not None:
            seat_id, title, term_years = _chosen_seat(session, row)
        elif v.get("seat"):
            seat_id, title, term_years = seats[v["seat"].casefold()]
        else:
            continue
        start = row.start_date
        end = row.end_date or rules.term_end(start, term_years)
        if seat_id not in terms:
            terms[seat_id] = list(session.exec(
                select(Membership.start_date, Membership.end_date, Membership.person_id)
                .where(Membership.seat_id == seat_id).order_by(Membership.id)))
        held = terms[seat_id]
        if any(p == person and rules.overlaps(start, end, s, e) for s, e, p in held):
            continue  # the row restates a membership the register already has
        for s, e, p in held:
            if rules.overlaps(start, end, s, e):
                first, surname = names.get(p) or session.exec(
                    select(Person.first_name, Person.surname).where(Person.id == p)).one()
                raise MemberImportError(f"Nothing was imported:\nrow {row.line}: "
                                        + held_by(title, first, surname, s, e))
        held.append((start, end, person))
        memberships.append(dict(person_id=person, seat_id=seat_id, start_date=start, end_date=end,
                                appointed_by="Imported", term_years=term_years, substitute_id=None, notes=None))
    return memberships


def _young(row: ImportRow) -> bool:
    """A care-experienced young person's seat makes the person a young person."""
    return row.category is not None and row.category == enums.SeatCategory.YOUNG_PERSON


def _insert_people(conn: Connection, rows: list[ImportRow], org_ids: dict[str, int], *, ids: bool) -> list[int]:
    """Add the new people, column by column; every other column gets the model's default."""
    values = [r.values for r in rows]
    now = _dbapi_value(conn, Person.__table__.c.created_at, dt.datetime.now(dt.UTC))
    return _insert_rows(conn, Person, {
        "first_name": [v["first_name"] for v in values],
        "surname": [v["surname"] for v in values],
        "title": [v.get("title") or None for v in values],
        "email": [v.get("email") or None for v in values],
        "phone": [v.get("phone") or None for v in values],
        "organisation_id": [org_ids.get(v.get("organisation")) for v in values],
        "job_title": [v.get("job_title") or None for v in values],
        "is_young_person": [_young(r) for r in rows] if any(r.category for r in rows) else [False] * len(rows),
        **_elected_columns(rows),
    }, fixed={"created_at": now}, ids=ids)


def _organisation_ids(conn: Connection, names: list[str]) -> dict[str, int]:
    """Each name's organisation id, matching ignoring case; new ones are created, in file order."""
    table = Organisation.__table__
    known: dict[str, int] = {}
    for org_id, name in conn.execute(select(table.c.id, table.c.name).order_by(table.c.id)):
        known.setdefault(name.casefold(), org_id)
    keys: dict[str, str] = {}  # the name as written -> its key
    new: dict[str, str] = {}  # key -> the name as first written
    for name in names:
        if name not in keys:
            keys[name] = key = name.strip().casefold()
            if key not in known:
                new.setdefault(key, name.strip())
    known.update(zip(new, _insert_rows(conn, Organisation, {"name": list(new.values())}, ids=True)))
    return {name: known[key] for name, key in keys.items()}


def _dbapi_value(conn: Connection, column, value):
    """``value`` as SQLAlchemy would hand it to the driver for ``column`` (a datetime as text...)."""
    process = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process(value) if process else value


def _sql_literal(value) -> str | None:
    """``value`` written into SQL: NULL, a number or boolean, or text the code made itself."""
    if value is None:
        return "NULL"
    if isinstance(value, int):  # bools too
        return str(int(value))
    if isinstance(value, str) and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _insert_rows(conn: Connection, model, columns: dict[str, list], *, fixed: dict | None = None,
                 ids: bool) -> list[int]:
    """Insert rows given column by column (driver-ready values in equal-length lists) with one executemany.

    ``fixed`` values (the code's own, the same in every row) and the model's defaults for
    every other column are written into the statement, as is a column that is all NULL or
    all one number; the file's text is always bound. Handing the driver only what varies,
    as it is, takes a fraction of the time of SQLAlchemy's per-row processing.

    With ``ids``, returns the new rows' ids in order: inside this write transaction nobody
    else can insert, and SQLite gives each new row the highest id so far plus one, so they
    are the last rows by id. That is checked against the first column, not assumed.
    """
    first = next(iter(columns.values()))
    if not first:
        return []
    table = model.__table__
    defaults = model.model_construct()  # the model's defaults, without validation
    written = dict(fixed or {})
    written.update((c.name, _dbapi_value(conn, c, getattr(defaults, c.name))) for c in table.columns
                   if c.name not in columns and c.name not in written and not c.primary_key)
    names, marks, bound = [], [], []
    for name, column in columns.items():
        value = column[0]
        if (value is None or isinstance(value, int)) and column.count(value) == len(column):
            written[name] = value
        else:
            names.append(name)
            marks.append("?")
            bound.append(column)
    for name, value in written.items():
        if (literal := _sql_literal(value)) is None:
            raise TypeError(f"{table.name}.{name}: cannot write {value!r} into SQL")
        names.append(name)
        marks.append(literal)
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(marks)})",
                         list(zip(*bound)) if bound else [()] * len(first))
    if not ids:
        return []
    key = next(iter(columns))
    back = conn.exec_driver_sql(f"SELECT id, {key} FROM {table.name} ORDER BY id DESC LIMIT ?",
                                (len(first),)).all()
    back.reverse()
    if [b[1] for b in back] != first:
        raise RuntimeError(f"the new {table.name} rows did not get the last ids; nothing was written")
    return [b[0] for b in back]


def _update_people(conn: Connection, rows: list[ImportRow], org_ids: dict[str, int]) -> None:
    """Apply the file's changes to people already registered: a cell left empty keeps what the
    register has; a person named in two rows gets both, the later row winning."""
    changes: dict[int, dict] = {}
    for row in rows:
        if not row.duplicate_of:
            continue
        v = row.values
        change = changes.setdefault(row.duplicate_of, {})
        change["first_name"], change["surname"] = v["first_name"], v["surname"]
        for key in ("title", "email", "phone", "job_title"):
            if v.get(key):
                change[key] = v[key]
        if v.get("organisation"):
            change["organisation_id"] = org_ids[v["organisation"]]
        if _young(row):
            change["is_young_person"] = True
        change.update(_elected_change(v))
    groups: dict[tuple[str, ...], list[dict]] = {}
    for person_id, change in changes.items():
        groups.setdefault(tuple(sorted(change)), []).append(dict(change, _person_id=person_id))
    table = Person.__table__
    for group in groups.values():
        done = conn.execute(update(table).where(table.c.id == bindparam("_person_id")), group)
        if done.rowcount != len(group):
            raise MemberImportError("Nothing was imported: someone the file matched was removed from the register "
                                    "after the file was checked. Check the file again.")


# --- elected members: the optional Councillor, Party and Ward columns ------------------------------

_YES = {"yes", "y", "true", "1", "x", "✓", "✔"}
_NO = {"no", "n", "false", "0", "-"}


def _check_elected_columns(row: ImportRow, values: dict[str, str]) -> None:
    """The Councillor cell as "1", "0" or "" (not said) in ``values``; a party or a ward makes the
    person a councillor unless the cell says no."""
    said = values.get("councillor", "").strip().casefold()
    if said and said not in _YES | _NO:
        row.problems.append(f"“{values['councillor']}” in the councillor column is not yes or no")
        return
    if said in _YES or (not said and (values.get("party") or values.get("ward"))):
        values["councillor"] = "1"
    elif said:
        values["councillor"] = "0"
    for key in ("party", "ward"):
        if len(values.get(key) or "") > 100:
            row.problems.append(f"{FIELD_WORDS[key]} is longer than 100 characters")


def _elected_columns(rows: list[ImportRow]) -> dict[str, list]:
    """The new people's councillor flag, party and ward, column by column (none: the file has none)."""
    if not any(r.values.get(k) for r in rows for k in ELECTED_FIELDS):
        return {}
    return {"is_councillor": [r.values.get("councillor") == "1" for r in rows],
            "party": [r.values.get("party") or None for r in rows],
            "ward": [r.values.get("ward") or None for r in rows]}


def _elected_change(values: dict[str, str]) -> dict:
    """What a row changes of a registered person's councillor flag, party and ward (empty cells: nothing)."""
    change: dict = {k: values[k] for k in ("party", "ward") if values.get(k)}
    if values.get("councillor"):
        change["is_councillor"] = values["councillor"] == "1"
    return change


def _elected_seat_holders(conn: Connection, memberships: list[dict]) -> None:
    """Whoever the import seats in an elected member's seat is a councillor (as appointing does)."""
    elected = set(conn.execute(select(Seat.id).where(Seat.category == enums.SeatCategory.ELECTED_MEMBER.value))
                  .scalars())
    people = sorted({m["person_id"] for m in memberships if m["seat_id"] in elected})
    if people:
        table = Person.__table__
        conn.execute(update(table).where(table.c.id.in_(people)).values(is_councillor=True))


# --- A board list without exact seat titles (--match-seats) ------------------------------------------
# A council officer's export has names ("Cllr Diane Roscoe"), job titles, free-text categories and
# organisations, but not the board's seat titles: each row gets a proposed seat (model.seat_match),
# which the officer confirms or changes (``choose_seat``); ``apply`` then appoints each row to its
# chosen seat from its start date (today if the file gives none), in the one transaction.

_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "cllr", "councillor", "rev", "revd",
               "reverend", "sir", "dame", "lord", "lady", "supt", "det", "insp", "ch", "sgt", "cmdr"}
_PARTICLES = {"van", "von", "de", "da", "del", "della", "di", "du", "le", "la", "ó", "o", "mac", "st", "ter",
              "den", "der", "bin", "al"}


def split_name(text: str) -> tuple[str, str, str]:
    """(title, first name, surname) of a name written whole: "Cllr Diane Roscoe", "Roscoe, Diane",
    "Dr Anna van der Berg". One word gives a first name and no surname (a problem of its row)."""
    text = " ".join(text.split())
    if "," in text:
        surname, _, rest = text.partition(",")
        title, first, more = split_name(rest)
        return title, " ".join(p for p in (first, more) if p), surname.strip()
    parts = text.split(" ")
    titles = []
    while len(parts) > 1 and parts[0].rstrip(".").casefold() in _HONORIFICS:
        titles.append(parts.pop(0))
    if len(parts) == 1:
        return " ".join(titles), parts[0], ""
    cut = len(parts) - 1
    while cut > 1 and parts[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return " ".join(titles), " ".join(parts[:cut]), " ".join(parts[cut:])


def _split_name(values: dict[str, str]) -> None:
    """Fill the title, first name and surname from a "Name" column, where the file has none of its own."""
    title, first, surname = split_name(values["name"])
    for key, value in (("title", title), ("first_name", first), ("surname", surname)):
        if not values.get(key):
            values[key] = value


def _check_match_columns(row: ImportRow, values: dict[str, str]) -> None:
    """The seat columns of a board list: dates as ever; a category in the council's own words."""
    for key in ("start_date", "end_date"):
        if values.get(key):
            try:
                setattr(row, key, parse_date(values[key]))
            except ValueError as exc:
                row.problems.append(str(exc))
    found = seat_match.category_of(values.get("category") or "") or seat_match.category_of(
        values.get("board_role") or "")
    row.file_category = found.value if found else None
    row.category = row.file_category


@dataclass(frozen=True)
class SeatOption:
    """A seat the officer can choose for a row, with who holds it (from when, until when)."""

    id: int
    title: str
    category: str
    term_years: int | None
    holders: tuple[seat_match.Holding, ...] = ()

    def holder_on(self, day: dt.date) -> seat_match.Holding | None:
        return next((h for h in self.holders if rules.is_current(h.start, h.end, day)), None)


def board_seats(store: Store) -> tuple[list[SeatOption], list[seat_match.SeatFacts]]:
    """The board's seats (not retired), in the board's order: as choices, and as the matcher sees them."""
    with store.session(write=False) as session:
        orgs = dict(session.exec(select(Organisation.id, Organisation.name)).all())
        seats = session.exec(select(Seat).where(Seat.former == False).order_by(Seat.sort_order, Seat.id)).all()  # noqa: E712
        held: dict[int, list[seat_match.Holding]] = {}
        rows = session.exec(select(Membership, Person).join(Person, Person.id == Membership.person_id)
                            .order_by(Membership.start_date)).all()
        for m, p in rows:
            held.setdefault(m.seat_id, []).append(
                seat_match.Holding(p.id, person_name(p, public=False), m.start_date, m.end_date))
        options = [SeatOption(s.id, s.title, s.category, s.term_years, tuple(held.get(s.id, ()))) for s in seats]
        facts = [seat_match.SeatFacts(s.id, s.title, s.category, orgs.get(s.organisation_id, ""), s.is_chair,
                                      s.is_vice_chair, s.rotation_group or "", s.sort_order,
                                      tuple(held.get(s.id, ()))) for s in seats]
    return options, facts


def propose_seats(store: Store, preview: ImportPreview, *, today: dt.date | None = None) -> None:
    """Give each row of ``preview`` a proposed seat (``row.proposal``), chosen until the officer
    changes it (``row.seat_id``); a row without a start date starts ``today``."""
    today = clock.or_today(today)
    options, facts = board_seats(store)
    preview.match_seats, preview.seats, preview.today = True, options, today
    for row in preview.rows:
        if row.start_date is None:
            row.start_date, row.start_defaulted = today, True
    wanted = [seat_match.RowFacts(
        line=r.line, start=r.start_date or today, job_title=r.values.get("job_title", ""),
        category=r.values.get("category", ""), organisation=r.values.get("organisation", ""),
        role=r.values.get("board_role", ""), seat=r.values.get("seat_hint", ""), honorific=r.values.get("title", ""),
        person_id=r.duplicate_of) for r in preview.rows]
    for row, proposal in zip(preview.rows, seat_match.propose(wanted, facts), strict=True):
        row.proposal = proposal
        choose_seat(preview, row, proposal.seat_id)


def choose_seat(preview: ImportPreview, row: ImportRow, seat_id: int | None) -> None:
    """The officer's choice of seat for ``row`` (None: no seat). A young person's seat makes the
    person a young person, as a file's young person's category does."""
    seat = next((s for s in preview.seats if s.id == seat_id), None)
    if seat_id is not None and seat is None:
        raise MemberImportError(f"There is no seat with id {seat_id} on the board.")
    row.seat_id = seat_id
    young = enums.SeatCategory.YOUNG_PERSON.value
    row.category = young if young in (seat and seat.category, row.file_category) else row.file_category


def seat_of(preview: ImportPreview, row: ImportRow) -> SeatOption | None:
    return next((s for s in preview.seats if s.id == row.seat_id), None) if row.seat_id is not None else None


def choice_problems(preview: ImportPreview, on_duplicate: OnDuplicate = "skip") -> list[str]:
    """What stops the seats chosen being appointed: one seat chosen for two rows, a seat someone
    else holds over the row's dates. (Rows of people already registered and skipped appoint nobody.)"""
    problems: list[str] = []
    first: dict[int, int] = {}
    for row in preview.rows:
        seat = seat_of(preview, row)
        if seat is None or (row.duplicate_of and on_duplicate == "skip"):
            continue
        if seat.id in first:
            problems.append(f"row {row.line}: “{seat.title}” is chosen for row {first[seat.id]} too; choose "
                            "another seat or (no seat)")
            continue
        first[seat.id] = row.line
        start = row.start_date or preview.today or clock.today()
        end = row.end_date or rules.term_end(start, seat.term_years)
        for h in seat.holders:
            if h.person_id != row.duplicate_of and rules.overlaps(start, end, h.start, h.end):
                until = f" to {dates.short(h.end)}" if h.end else ""
                problems.append(f"row {row.line}: “{seat.title}” is held by {h.name} from {dates.short(h.start)}"
                                f"{until}; choose another seat, or end that membership first")
                break
    return problems


def _chosen_seat(session: Session, row: ImportRow) -> tuple[int, str, int | None]:
    """(id, title, term years) of the seat chosen for ``row``, still on the board."""
    seat = session.get(Seat, row.seat_id)
    if seat is None or seat.former:
        raise MemberImportError(f"Nothing was imported:\nrow {row.line}: the seat chosen for it was retired or "
                                "removed after the file was checked. Check the file again.")
    return seat.id, seat.title, seat.term_years
