"""Alembic environment: always run by CPO Desktop itself with a live connection
(``cpo_desktop.store.db.migrate``), never from an alembic.ini."""

from alembic import context

from cpo_desktop.model import tables  # noqa: F401  (registers the tables on the metadata)
from sqlmodel import SQLModel

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    transactional_ddl=True,  # the engine emits BEGIN itself, so DDL is inside the transaction
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
