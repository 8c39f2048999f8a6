"""The record of packs built: each agenda pack, supplement, induction pack and annual report
saved, so the Packs view can list them and a supplement can number on from its main pack."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from cpo_desktop import clock, dates
from cpo_desktop.model.tables import Meeting, PackRecord, Person
from cpo_desktop.store.db import Store

AGENDA, SUPPLEMENT, INDUCTION, ANNUAL_REPORT = "agenda", "supplement", "induction", "annual_report"
KIND_LABELS = {AGENDA: "Agenda pack", SUPPLEMENT: "Supplementary pack", INDUCTION: "Induction pack",
               ANNUAL_REPORT: "Annual report"}


@dataclass(frozen=True)
class PackRow:
    id: int
    kind: str
    version: str
    meeting_id: int | None
    meeting_date: dt.date | None
    person_id: int | None
    person: str
    year: int | None
    built_at: dt.datetime
    path: Path
    first_page: int
    last_page: int
    paper_ids: tuple[int, ...]

    @property
    def label(self) -> str:
        what = KIND_LABELS.get(self.kind, self.kind)
        if self.version:
            what += f" ({self.version})"
        if self.meeting_date:
            what += f" – {dates.brief(self.meeting_date)}"
        if self.person:
            what += f" – {self.person}"
        if self.year:
            what += f" – {self.year}/{(self.year + 1) % 100:02d}"
        return what

    def as_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "version": self.version, "meeting_id": self.meeting_id,
                "meeting_date": self.meeting_date.isoformat() if self.meeting_date else None,
                "person_id": self.person_id, "person": self.person, "year": self.year,
                "built_at": self.built_at.isoformat(), "path": str(self.path), "first_page": self.first_page,
                "last_page": self.last_page, "paper_ids": list(self.paper_ids), "label": self.label}


def add(session: Session, *, kind: str, path: Path, first_page: int, last_page: int, version: str = "",
        meeting_id: int | None = None, person_id: int | None = None, year: int | None = None,
        paper_ids: tuple[int, ...] | list[int] = ()) -> int:
    """Record a pack, inside the caller's transaction (so a pack and what it records land together)."""
    # Built "now" on the app's day (``clock``: a fixed day for demos and tests, else the computer's).
    record = PackRecord(kind=kind, version=version, meeting_id=meeting_id, person_id=person_id, year=year,
                        path=str(path), first_page=first_page, last_page=last_page,
                        contents=json.dumps(sorted(paper_ids)), built_at=clock.now().astimezone(dt.UTC))
    session.add(record)
    session.flush()
    return record.id


def _row(session: Session, r: PackRecord) -> PackRow:
    meeting = session.get(Meeting, r.meeting_id) if r.meeting_id else None
    person = session.get(Person, r.person_id) if r.person_id else None
    built = r.built_at if r.built_at.tzinfo else r.built_at.replace(tzinfo=dt.UTC)
    return PackRow(id=r.id, kind=r.kind, version=r.version, meeting_id=r.meeting_id,
                   meeting_date=meeting.date if meeting else None, person_id=r.person_id,
                   person=f"{person.first_name} {person.surname}" if person else "", year=r.year,
                   built_at=built, path=Path(r.path), first_page=r.first_page, last_page=r.last_page,
                   paper_ids=tuple(json.loads(r.contents or "[]")))


def first_built(session: Session, meeting_id: int, version: str) -> dt.date | None:
    """The day (this machine's) the first agenda pack of ``version`` was built for a meeting: when
    its agenda was published."""
    built = session.exec(select(PackRecord.built_at).where(
        PackRecord.meeting_id == meeting_id, PackRecord.version == version, PackRecord.kind == AGENDA)
        .order_by(PackRecord.built_at)).first()
    if built is None:
        return None
    return (built if built.tzinfo else built.replace(tzinfo=dt.UTC)).astimezone().date()


def list_packs(store: Store, *, meeting_id: int | None = None, kind: str | None = None) -> list[PackRow]:
    """Newest first."""
    with store.session() as session:
        query = select(PackRecord)
        if meeting_id is not None:
            query = query.where(PackRecord.meeting_id == meeting_id)
        if kind is not None:
            query = query.where(PackRecord.kind == kind)
        records = session.exec(query.order_by(PackRecord.built_at.desc(), PackRecord.id.desc())).all()
        return [_row(session, r) for r in records]


def agenda_packs(session: Session, meeting_id: int, version: str) -> list[PackRow]:
    """The agenda pack and supplements of this version built for a meeting, oldest first."""
    records = session.exec(select(PackRecord).where(
        PackRecord.meeting_id == meeting_id, PackRecord.version == version,
        PackRecord.kind.in_([AGENDA, SUPPLEMENT])).order_by(PackRecord.built_at, PackRecord.id)).all()
    return [_row(session, r) for r in records]
