"""Seats kept by the officer: a permanent term, a rotation group, where the seat's rules come
from, and the day a seat was retired.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 20:10:00

seat.permanent: the seat has no fixed term (the terms of reference make it permanent);
seat.rotation_group: the group of seats whose holders rotate together (the Making A Difference
representatives); seat.source: where the seat's rules (term, voting, quorum) come from;
seat.retired_on: the day the seat stopped being one of the board's (seat.former is set with it; the
seat stays on the agendas, attendance and minutes it was on).
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN: other tables refer to seat, so it is not copied and rebuilt.
    op.add_column('seat', sa.Column('permanent', sa.Boolean(), nullable=False, server_default=sa.text('0')))
    op.add_column('seat', sa.Column('rotation_group', sa.String(), nullable=True))
    op.add_column('seat', sa.Column('source', sa.String(), nullable=True))
    op.add_column('seat', sa.Column('retired_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('seat', schema=None) as batch_op:
        batch_op.drop_column('retired_on')
        batch_op.drop_column('source')
        batch_op.drop_column('rotation_group')
        batch_op.drop_column('permanent')
