"""The work programme's report rules, agenda items and their papers.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:17:37

Standing items gain ``paper_expected``: the standing reports (everything in the standing
section but the Director's briefing, which is spoken, and the partner boards' minutes,
which arrive from the partners) are marked as coming with a paper.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('reporting_officer_id', sa.Integer(), nullable=True),
    sa.Column('seat_id', sa.Integer(), nullable=True),
    sa.Column('presenter_role', sa.String(), nullable=True),
    sa.Column('frequency', sa.String(), nullable=False),
    sa.Column('preferred_months', sa.String(), nullable=False),
    sa.Column('priority_id', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.String(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], ),
    sa.ForeignKeyConstraint(['priority_id'], ['priority.id'], ),
    sa.ForeignKeyConstraint(['reporting_officer_id'], ['reporting_officer.id'], ),
    sa.ForeignKeyConstraint(['seat_id'], ['seat.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('report_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_rule_board_id'), ['board_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sub_item', sa.Boolean(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('section', sa.String(), nullable=False),
    sa.Column('purpose', sa.String(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('presenter_person_id', sa.Integer(), nullable=True),
    sa.Column('presenter_seat_id', sa.Integer(), nullable=True),
    sa.Column('presenter_role', sa.String(), nullable=True),
    sa.Column('part', sa.Integer(), nullable=False),
    sa.Column('exempt_paragraph', sa.Integer(), nullable=True),
    sa.Column('public_interest', sa.String(), nullable=True),
    sa.Column('chair_notes', sa.String(), nullable=True),
    sa.Column('report_rule_id', sa.Integer(), nullable=True),
    sa.Column('standing_item_id', sa.Integer(), nullable=True),
    sa.Column('paper_expected', sa.Boolean(), nullable=False),
    sa.Column('to_follow', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ),
    sa.ForeignKeyConstraint(['presenter_person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['presenter_seat_id'], ['seat.id'], ),
    sa.ForeignKeyConstraint(['report_rule_id'], ['report_rule.id'], ),
    sa.ForeignKeyConstraint(['standing_item_id'], ['standing_item.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('paper',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('original_name', sa.String(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('pledge', sa.Boolean(), nullable=False),
    sa.Column('pledge_note', sa.String(), nullable=True),
    sa.Column('involvement', sa.Boolean(), nullable=False),
    sa.Column('involvement_note', sa.String(), nullable=True),
    sa.Column('you_said_we_did', sa.Boolean(), nullable=False),
    sa.Column('you_said_we_did_note', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('paper', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paper_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_paper_sha256'), ['sha256'], unique=False)

    with op.batch_alter_table('standing_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paper_expected', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE standing_item SET paper_expected = 1 WHERE section = 'standing' "
               "AND title NOT LIKE 'Director%' AND title NOT LIKE 'Partner%'")



def downgrade() -> None:
    with op.batch_alter_table('standing_item', schema=None) as batch_op:
        batch_op.drop_column('paper_expected')

    with op.batch_alter_table('paper', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paper_sha256'))
        batch_op.drop_index(batch_op.f('ix_paper_agenda_item_id'))

    op.drop_table('paper')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('report_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_rule_board_id'))

    op.drop_table('report_rule')
