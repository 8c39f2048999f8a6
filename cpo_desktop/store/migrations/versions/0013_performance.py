"""The performance scorecard: indicators as data, their figures per period with comparators,
target and commentary, and the history of every changed figure.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 22:20:00

indicator: what is measured (key, name, definition, unit, polarity, period, owner, source, the
priority it speaks to), whether small numbers in it are suppressed in public outputs, and the
counts a percentage or rate is built from, and the total a count is one part of.
indicator_figure: one figure per indicator and period (unique), a DfE mark where there is no
value, England, region and statistical neighbours' values, the local target, the commentary.
indicator_figure_change: what a figure's field was and became, when and from where.
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('definition', sa.String(), nullable=False),
    sa.Column('unit', sa.String(), nullable=False),
    sa.Column('polarity', sa.String(), nullable=False),
    sa.Column('period', sa.String(), nullable=False),
    sa.Column('owner', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('priority_id', sa.Integer(), nullable=True),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('numerator_key', sa.String(), nullable=True),
    sa.Column('denominator_key', sa.String(), nullable=True),
    sa.Column('part_of_key', sa.String(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('former', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key', name='uq_indicator_key')
    )
    op.create_table('indicator_figure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('mark', sa.String(), nullable=True),
    sa.Column('england', sa.Float(), nullable=True),
    sa.Column('region', sa.Float(), nullable=True),
    sa.Column('neighbours', sa.Float(), nullable=True),
    sa.Column('target', sa.Float(), nullable=True),
    sa.Column('commentary', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name='fk_indicator_figure_indicator'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('indicator_id', 'period', name='uq_indicator_figure_period')
    )
    with op.batch_alter_table('indicator_figure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_figure_indicator_id'), ['indicator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_figure_period_end'), ['period_end'], unique=False)
    op.create_table('indicator_figure_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('figure_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('old', sa.String(), nullable=True),
    sa.Column('new', sa.String(), nullable=True),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['figure_id'], ['indicator_figure.id'], name='fk_indicator_figure_change_figure'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('indicator_figure_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_figure_change_figure_id'), ['figure_id'], unique=False)


def downgrade() -> None:
    op.drop_table('indicator_figure_change')
    op.drop_table('indicator_figure')
    op.drop_table('indicator')
