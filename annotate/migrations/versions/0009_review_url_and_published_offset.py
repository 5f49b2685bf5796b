"""ClaimReview ready to publish (issue 13, point 5): a final label may name the page where the
desk published its verdict (``final_label.review_url``), and an article keeps the UTC offset its
``published_at`` was given in (``article.published_offset_minutes``: the instant is stored in
UTC, and without the offset an article published 2026-03-15T00:30+02:00 would be dated the
14th). Articles imported before this migration have no offset (NULL): they are dated in UTC.

On SQLite the columns are added in place (no table rebuild: it would cascade to the rows that
refer to the table).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 10:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE final_label ADD COLUMN review_url VARCHAR(2000)")
        op.execute("ALTER TABLE article ADD COLUMN published_offset_minutes INTEGER")
    else:
        op.add_column('final_label', sa.Column('review_url', sa.String(length=2000), nullable=True))
        op.add_column('article', sa.Column('published_offset_minutes', sa.Integer(), nullable=True))


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE article DROP COLUMN published_offset_minutes")
        op.execute("ALTER TABLE final_label DROP COLUMN review_url")
    else:
        op.drop_column('article', 'published_offset_minutes')
        op.drop_column('final_label', 'review_url')
