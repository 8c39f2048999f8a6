"""Every released schema has a fixture database (the demo board, made by that release);
opening one upgrades it to head, keeps every row and backs the old file up first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from conftest import sha256
from sqlmodel import SQLModel

from cpo_desktop.model import tables  # noqa: F401 - registers the tables on SQLModel.metadata
from cpo_desktop.store import backup, db

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema-*.sqlite3"))


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                           "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def test_every_revision_but_head_has_a_fixture():
    released = {p.stem.removeprefix("schema-") for p in RELEASED}
    assert set(db.known_revisions()) - {db.head_revision()} <= released


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_a_released_database_upgrades_to_head_and_keeps_its_rows(fixture, data_paths):
    data_paths.root.mkdir(parents=True)
    shutil.copyfile(fixture, data_paths.database)
    before, original = counts(data_paths.database), sha256(fixture)
    store = db.open_store(data_paths)
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == db.head_revision()
            assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
    finally:
        store.close()
    after = counts(data_paths.database)
    assert {k: after[k] for k in before} == before  # every row kept
    saved = [p for p in backup.backup_files(data_paths) if "before-upgrade" in p.name]
    assert len(saved) == 1 and counts(saved[0]) == before
    assert sha256(fixture) == original  # the fixture itself is never touched


def test_a_meetings_calendar_sequence_starts_from_its_moves(data_paths):
    """Before revision 0008 a calendar export's SEQUENCE counted a meeting's moves; the upgrade
    starts each meeting there, so an update exported afterwards is never lower than one already
    sent."""
    data_paths.root.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "schema-0007.sqlite3", data_paths.database)
    with sqlite3.connect(data_paths.database) as con:
        moved, still = [r[0] for r in con.execute("SELECT id FROM meeting ORDER BY date LIMIT 2")]
        for old, new in (("2026-06-10", "2026-06-17"), ("2026-06-17", "2026-06-24")):
            con.execute("INSERT INTO meeting_change (meeting_id, changed_at, old_date, old_start_time, new_date, "
                        "new_start_time) VALUES (?, '2026-06-01 10:00:00', ?, '14:00:00.000000', ?, "
                        "'14:00:00.000000')", (moved, old, new))
    db.open_store(data_paths).close()
    with sqlite3.connect(data_paths.database) as con:
        sequences = dict(con.execute("SELECT id, calendar_sequence FROM meeting"))
    assert sequences[moved] == 2 and sequences[still] == 0
    assert set(sequences.values()) == {0, 2}
