"""A young people's meeting linked to the board meeting it prepares for.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 20:30:00

meeting.prepares_for_id: the board meeting a young people's pre-meeting prepares for ("typically
directly before a board meeting", the terms of reference); the two may be on the same day without
a clash warning, and each shows the other.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('prepares_for_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('prepares_for_id')
