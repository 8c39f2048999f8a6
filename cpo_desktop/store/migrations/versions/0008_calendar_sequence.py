"""A meeting's calendar SEQUENCE, kept: it rises with every change a calendar must notice (the
time, the length, the venue or link, a cancellation or reinstatement, its kind or theme), not
only with moves.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 13:40:00

meeting.calendar_sequence: what calendar exports write as SEQUENCE. Before this revision the
export counted the meeting's moves, so existing meetings start from that count: an update
exported after the upgrade is never lower than one already in someone's calendar.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('calendar_sequence', sa.Integer(), nullable=False, server_default='0'))
    op.execute("UPDATE meeting SET calendar_sequence = "
               "(SELECT count(*) FROM meeting_change WHERE meeting_change.meeting_id = meeting.id)")


def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('calendar_sequence')
