"""Privacy and data safety: a Part 2 item's public title, the text fingerprints that recognise
a copy of an exempt or restricted document, the officer's confirmations that a paper may go
out, and a revision number on each minute so a save over a newer version is refused.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 04:00:00

agenda_item.public_title: the title the public and partners see for a Part 2 item (eSCRIBE's
"open title"); empty means "Exempt item" with its paragraph.
document_text: per stored document (by content hash) its words, pages, whether its text could
be read, a fingerprint of its text (winnowed hashes of word runs) and the text itself
(zlib-compressed, bounded), filled when a file is stored and, for stores made before this
revision, on first use.
paper_clearance: the officer's word that a document is fit for the public (a scan whose text
cannot be read, a paper naming a young person, or one whose text resembles an exempt one),
with who and when.
minute.revision: counts saves of a minute's discussion; a save made from an older revision is refused.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('public_title', sa.String(), nullable=True))
    with op.batch_alter_table('minute', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), nullable=False, server_default='0'))
    op.create_table('document_text',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('words', sa.Integer(), nullable=False),
    sa.Column('readable', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(), nullable=False, server_default=''),
    sa.Column('fingerprint', sa.LargeBinary(), nullable=False),
    sa.Column('text', sa.LargeBinary(), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('paper_clearance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('detail', sa.String(), nullable=False),
    sa.Column('confirmed_by', sa.String(), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('paper_clearance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paper_clearance_sha256'), ['sha256'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('paper_clearance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paper_clearance_sha256'))
    op.drop_table('paper_clearance')
    op.drop_table('document_text')
    with op.batch_alter_table('minute', schema=None) as batch_op:
        batch_op.drop_column('revision')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_column('public_title')
