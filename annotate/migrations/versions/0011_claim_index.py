"""The desk's memory of claims (issue 15): claim clusters, the claims indexed into them (sentences
judged claims and external fact-checks), the inverted index of their keys, and the external
fact-checks imported from ClaimReview feeds.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 22:50:00

"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import annotate.models.base

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('claim_cluster',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('created_at', annotate.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_cluster')))
    op.create_table('fact_check',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('claim_reviewed', sa.Text(), nullable=False),
        sa.Column('url', sa.String(length=2000), nullable=False),
        sa.Column('organisation', sa.String(length=200), nullable=False),
        sa.Column('organisation_url', sa.String(length=2000), nullable=True),
        sa.Column('rating', sa.String(length=200), nullable=False),
        sa.Column('claim_author', sa.String(length=200), nullable=True),
        sa.Column('date_published', annotate.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column('language', sa.String(length=16), nullable=True),
        sa.Column('raw', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'),
                  nullable=False),
        sa.Column('imported_at', annotate.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_fact_check')),
        sa.UniqueConstraint('digest', name=op.f('uq_fact_check_digest')))
    op.create_table('claim_entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('sentence_id', sa.Integer(), nullable=True),
        sa.Column('fact_check_id', sa.Integer(), nullable=True),
        sa.Column('cluster_id', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('features', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'),
                  nullable=False),
        sa.Column('indexed_at', annotate.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint('(sentence_id IS NULL) != (fact_check_id IS NULL)', name=op.f('ck_claim_entry_one_of')),
        sa.ForeignKeyConstraint(['cluster_id'], ['claim_cluster.id'],
                                name=op.f('fk_claim_entry_cluster_id_claim_cluster')),
        sa.ForeignKeyConstraint(['fact_check_id'], ['fact_check.id'], ondelete='CASCADE',
                                name=op.f('fk_claim_entry_fact_check_id_fact_check')),
        sa.ForeignKeyConstraint(['sentence_id'], ['sentence.id'], ondelete='CASCADE',
                                name=op.f('fk_claim_entry_sentence_id_sentence')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_entry')),
        sa.UniqueConstraint('fact_check_id', name=op.f('uq_claim_entry_fact_check_id')),
        sa.UniqueConstraint('sentence_id', name=op.f('uq_claim_entry_sentence_id')))
    op.create_index(op.f('ix_claim_entry_cluster_id'), 'claim_entry', ['cluster_id'], unique=False)
    op.create_table('claim_key',
        sa.Column('key', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('entry_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['entry_id'], ['claim_entry.id'], ondelete='CASCADE',
                                name=op.f('fk_claim_key_entry_id_claim_entry')),
        sa.PrimaryKeyConstraint('key', 'entry_id', name=op.f('pk_claim_key')),
        sqlite_with_rowid=False)
    op.create_index('ix_claim_key_entry', 'claim_key', ['entry_id'], unique=False)
    op.create_table('claim_term',
        sa.Column('key', sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column('entries', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_claim_term')),
        sqlite_with_rowid=False)


def downgrade():
    op.drop_table('claim_term')
    op.drop_index('ix_claim_key_entry', table_name='claim_key')
    op.drop_table('claim_key')
    op.drop_index(op.f('ix_claim_entry_cluster_id'), table_name='claim_entry')
    op.drop_table('claim_entry')
    op.drop_table('fact_check')
    op.drop_table('claim_cluster')
