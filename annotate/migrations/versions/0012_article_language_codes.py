"""Article languages as ISO 639-1 codes (issue 16): until 0012 an import stored any short text as
an article's language ("English", "en-US"); now a language is stored as its code, and the import
refuses what is not one, so an export made of the old values would not import back. Each value
stored is read as the import reads it now ("en-US" -> "en", "ZH" -> "zh"); what is no language
code ("English") becomes unknown (NULL), which the segmenter detects from the text.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 03:00:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    from annotate.language import iso_639_1

    bind = op.get_bind()
    stored = [value for (value,) in bind.execute(
        sa.text("SELECT DISTINCT language FROM article WHERE language IS NOT NULL"))]
    for value in stored:
        code = iso_639_1(value)
        if code != value:
            bind.execute(sa.text("UPDATE article SET language = :code WHERE language = :value"),
                         {"code": code, "value": value})


def downgrade():
    pass  # the values read as codes stay codes (what they were is in no other column)
