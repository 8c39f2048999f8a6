"""The time the meeting closed, as its minutes record it ("The meeting closed at 4.45 pm.").

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 15:00:00

minutes.closed_at: when the Chair closed the meeting; empty until the officer records it, and
minutes with none recorded simply say nothing about it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('minutes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_at', sa.Time(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('minutes', schema=None) as batch_op:
        batch_op.drop_column('closed_at')
