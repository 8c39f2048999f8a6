"""Declarations of interest: who declared what interest in which agenda item, and what they
did (remained, left the room). Recorded against the agenda's items; on confirmed minutes every
change is an amendment (``services.minutes.guard``). The minutes read them with
``services.minutes.declaration_rows``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from cpo_desktop.model import enums
from cpo_desktop.model.rules import person_name
from cpo_desktop.model.tables import Attendance, Declaration, Meeting, Person
from cpo_desktop.services import meetings as meetings_svc
from cpo_desktop.services import minutes, numbering
from cpo_desktop.services.minutes import Amendment, MinutesError
from cpo_desktop.store.db import Store
from cpo_desktop.wording import agenda_name


@dataclass
class DeclarationInput:
    person_id: int
    item: str | int  # the agenda item's id (int) or its number as printed ("7", "7a")
    kind: str
    nature: str
    action: str = enums.DeclarationAction.REMAINED


def _item_id(session: Session, m: Meeting, item: str | int) -> int:
    items = numbering.agenda_items(session, m.id)
    if isinstance(item, int):
        if item not in {i.id for i in items}:
            raise MinutesError(f"The agenda item with id {item} is not on {agenda_name([m.date])}.")
        return item
    nums = numbering.item_numbers(session, m, items)
    rows = numbering.minute_rows(session, m.id)
    minute_nums = numbering.minute_numbers(session, m, rows)
    text = str(item).strip()
    for i, n in zip(items, nums, strict=True):
        if n == text:
            return i.id
    for r, n in zip(rows, minute_nums, strict=True):
        if n == text and r.agenda_item_id:
            return r.agenda_item_id
    raise MinutesError(f"There is no item {text} on {agenda_name([m.date])}.")


def add_declaration(store: Store, meeting: str | int, data: DeclarationInput, *,
                    amendment: Amendment | None = None) -> int:
    meeting_id = meetings_svc.find_meeting(store, meeting)
    problems = []
    try:
        kind = enums.InterestKind(data.kind)
    except ValueError:
        problems.append(f"“{data.kind}” is not a kind of interest (use "
                        f"{', '.join(k.value for k in enums.InterestKind)})")
    try:
        action = enums.DeclarationAction(data.action)
    except ValueError:
        problems.append(f"“{data.action}” is not what the member did (use "
                        f"{', '.join(a.value for a in enums.DeclarationAction)})")
    nature = " ".join((data.nature or "").split())
    if not nature:
        problems.append("say what the interest is")
    if problems:
        raise MinutesError("The declaration was not recorded: " + "; ".join(problems) + ".")
    with store.session() as session:
        m = session.get(Meeting, meeting_id)
        person = session.get(Person, data.person_id)
        if person is None:
            raise MinutesError(f"There is no person with id {data.person_id}.")
        item_id = _item_id(session, m, data.item)
        mark = session.exec(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                                     Attendance.person_id == person.id)).first()
        if mark is not None and mark.status in (enums.AttendanceStatus.APOLOGIES, enums.AttendanceStatus.ABSENT):
            raise MinutesError(f"{person_name(person, public=False)} is recorded as "
                               f"{enums.AttendanceStatus(mark.status).label.lower()}, so cannot have declared an interest.")
        record = minutes.record_of(session, meeting_id)
        if record is not None:
            minutes.guard(session, meeting_id, amendment, "Declarations of interest", "",
                   f"{person_name(person, public=False)}: {nature}")
        d = Declaration(meeting_id=meeting_id, agenda_item_id=item_id, person_id=person.id, kind=kind,
                        nature=nature, action=action)
        session.add(d)
        session.flush()
        return d.id


def remove_declaration(store: Store, declaration_id: int, *, amendment: Amendment | None = None) -> None:
    with store.session() as session:
        d = session.get(Declaration, declaration_id)
        if d is None:
            raise MinutesError(f"There is no declaration with id {declaration_id}.")
        if minutes.record_of(session, d.meeting_id) is not None:
            person = session.get(Person, d.person_id)
            minutes.guard(session, d.meeting_id, amendment, "Declarations of interest",
                   f"{person_name(person, public=False)}: {d.nature}", "")
        session.delete(d)
