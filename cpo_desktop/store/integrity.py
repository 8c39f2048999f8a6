"""``cpo-desktop check``: is the database whole, at which schema revision, and what does it hold."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from cpo_desktop.store import backup as backup_mod
from cpo_desktop.store.db import Store, head_revision, is_damaged_error


@dataclass
class CheckReport:
    database: str
    revision: str | None
    head_revision: str
    integrity: list[str]
    foreign_key_problems: int
    journal_mode: str
    counts: dict[str, int] = field(default_factory=dict)
    backups: int = 0
    latest_backup: str | None = None

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_key_problems == 0 and self.revision == self.head_revision

    def as_dict(self) -> dict:
        return {**asdict(self), "ok": self.ok}


def check(store: Store) -> CheckReport:
    """The report; a damaged database raises DamagedDatabaseError (one line: what SQLite found, and
    the newest good backup with the command that restores it) instead."""
    try:
        with store.engine.execution_options(read_only=True).connect() as conn:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                raise backup_mod.damaged_error(store.paths, integrity)
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            tables = [r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name")]
            counts = {t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar() for t in tables}
    except DatabaseError as exc:
        if is_damaged_error(exc):
            raise backup_mod.damaged_error(store.paths, [str(exc.orig)]) from exc
        raise
    backups = backup_mod.backup_files(store.paths)
    return CheckReport(database=str(store.paths.database), revision=revision, head_revision=head_revision(),
                       integrity=integrity, foreign_key_problems=len(fk), journal_mode=mode, counts=counts,
                       backups=len(backups), latest_backup=str(backups[0]) if backups else None)
