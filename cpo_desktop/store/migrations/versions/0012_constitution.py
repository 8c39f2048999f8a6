"""The board's constitution as data: terms of reference in dated versions, working groups with
linked chairs, members and action plans, elected members' party and ward, and training sessions.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 21:40:00

terms_of_reference: one row per dated version of the board's terms of reference (purpose, the
chair's and vice-chair's roles, frequency, accountability, the O&S and partner relationships,
quorum, the membership as agreed, what changed and the meeting that agreed it). Each existing
board gets version 1, in force from the start, copied from its board row and current seats.
priority: has_working_group, the chair linked to a person, seat or reporting officer, retired.
working_group_member, commitment ("We will" lines with owner, due date and RAG status) and
commitment_update (dated RAG updates).
person: is_councillor (every elected member, board member or not), party, ward, on_scrutiny.
training_session (an event with invitees) and training_record.session_id.
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN: other tables refer to person and priority.
    op.add_column('person', sa.Column('is_councillor', sa.Boolean(), nullable=False, server_default=sa.text('0')))
    op.add_column('person', sa.Column('party', sa.String(), nullable=True))
    op.add_column('person', sa.Column('ward', sa.String(), nullable=True))
    op.add_column('person', sa.Column('on_scrutiny', sa.Boolean(), nullable=False, server_default=sa.text('0')))
    op.add_column('priority', sa.Column('has_working_group', sa.Boolean(), nullable=False, server_default=sa.text('0')))
    op.add_column('priority', sa.Column('chair_person_id', sa.Integer(), nullable=True))
    op.add_column('priority', sa.Column('chair_seat_id', sa.Integer(), nullable=True))
    op.add_column('priority', sa.Column('chair_officer_id', sa.Integer(), nullable=True))
    op.add_column('priority', sa.Column('former', sa.Boolean(), nullable=False, server_default=sa.text('0')))
    op.add_column('priority', sa.Column('retired_on', sa.Date(), nullable=True))
    with op.batch_alter_table('training_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_training_record_session_id'), ['session_id'], unique=False)

    op.create_table('terms_of_reference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=True),
    sa.Column('agreed_at_meeting_id', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.String(), nullable=False),
    sa.Column('chair_role', sa.String(), nullable=False),
    sa.Column('vice_chair_role', sa.String(), nullable=False),
    sa.Column('frequency', sa.String(), nullable=False),
    sa.Column('accountability', sa.String(), nullable=False),
    sa.Column('scrutiny_relationship', sa.String(), nullable=False),
    sa.Column('partner_relationship', sa.String(), nullable=False),
    sa.Column('quorum', sa.String(), nullable=False),
    sa.Column('membership', sa.String(), nullable=False),
    sa.Column('change_summary', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agreed_at_meeting_id'], ['meeting.id'], name='fk_terms_of_reference_meeting'),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], name='fk_terms_of_reference_board'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('terms_of_reference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_terms_of_reference_board_id'), ['board_id'], unique=False)

    op.create_table('working_group_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('priority_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name='fk_working_group_member_person'),
    sa.ForeignKeyConstraint(['priority_id'], ['priority.id'], name='fk_working_group_member_priority'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('working_group_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_working_group_member_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_working_group_member_priority_id'), ['priority_id'], unique=False)

    op.create_table('commitment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('priority_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('owner_person_id', sa.Integer(), nullable=True),
    sa.Column('owner_role', sa.String(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('rag', sa.String(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('former', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['owner_person_id'], ['person.id'], name='fk_commitment_owner'),
    sa.ForeignKeyConstraint(['priority_id'], ['priority.id'], name='fk_commitment_priority'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_priority_id'), ['priority_id'], unique=False)

    op.create_table('commitment_update',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('rag', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitment.id'], name='fk_commitment_update_commitment'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('commitment_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_update_commitment_id'), ['commitment_id'], unique=False)

    op.create_table('training_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('venue', sa.String(), nullable=False),
    sa.Column('invited', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=True),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_session_date'), ['date'], unique=False)

    _fill_existing()


def _fill_existing() -> None:
    """Existing stores: the board's present terms as version 1 (in force from the start), a
    priority with a named chair has a working group, and whoever holds or held an elected
    member's seat is a councillor."""
    conn = op.get_bind()
    boards = conn.execute(sa.text(
        "SELECT id, purpose, meeting_frequency_months, accountability, scrutiny_relationship, "
        "partner_relationship FROM board")).fetchall()
    for board_id, purpose, months, accountability, scrutiny, partner in boards:
        seats = conn.execute(sa.text(
            "SELECT title, is_chair, is_vice_chair FROM seat WHERE board_id = :b AND NOT former "
            "ORDER BY sort_order, id"), {"b": board_id}).fetchall()
        chair = next((t for t, c, _v in seats if c), "")
        vice = next((t for t, _c, v in seats if v), "")
        conn.execute(sa.text(
            "INSERT INTO terms_of_reference (board_id, version, effective_from, agreed_at_meeting_id, "
            "purpose, chair_role, vice_chair_role, frequency, accountability, scrutiny_relationship, "
            "partner_relationship, quorum, membership, change_summary, created_at) VALUES (:b, 1, NULL, "
            "NULL, :purpose, :chair, :vice, :freq, :acc, :scr, :par, '', :members, "
            "'The terms of reference as the store held them before versions were kept.', "
            "CURRENT_TIMESTAMP)"),
            {"b": board_id, "purpose": purpose or "", "chair": chair, "vice": vice,
             "freq": f"Every {months} months" if months and months != 1 else "Every month",
             "acc": accountability or "", "scr": scrutiny or "", "par": partner or "",
             "members": "\n".join(t for t, _c, _v in seats)})
    conn.execute(sa.text("UPDATE priority SET has_working_group = 1 "
                         "WHERE working_group_chair IS NOT NULL AND trim(working_group_chair) != ''"))
    conn.execute(sa.text(
        "UPDATE person SET is_councillor = 1 WHERE id IN (SELECT m.person_id FROM membership m "
        "JOIN seat s ON s.id = m.seat_id WHERE s.category = 'elected_member')"))


def downgrade() -> None:
    op.drop_table('training_session')
    op.drop_table('commitment_update')
    op.drop_table('commitment')
    op.drop_table('working_group_member')
    op.drop_table('terms_of_reference')
    with op.batch_alter_table('training_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_record_session_id'))
        batch_op.drop_column('session_id')
    with op.batch_alter_table('priority', schema=None) as batch_op:
        for column in ('retired_on', 'former', 'chair_officer_id', 'chair_seat_id', 'chair_person_id',
                       'has_working_group'):
            batch_op.drop_column(column)
    with op.batch_alter_table('person', schema=None) as batch_op:
        for column in ('on_scrutiny', 'ward', 'party', 'is_councillor'):
            batch_op.drop_column(column)
