"""Article text length stored once (the sentence-offset check compares with it instead of
measuring the whole text for every sentence row: imports become linear), and sources proposed
by reviewers (used on their own annotations, suggested to others once an admin approves).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 16:55:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = [
    f'''CREATE TRIGGER sentence_offsets_{op_name} BEFORE {op_name} ON sentence
    WHEN NEW."end" > (SELECT text_length FROM article INDEXED BY ix_article_id_text_length
                      WHERE id = NEW.article_id)
    BEGIN SELECT RAISE(ABORT, 'sentence offsets outside the article text'); END'''
    for op_name in ("INSERT", "UPDATE")
]
POSTGRES_FUNCTION = '''CREATE OR REPLACE FUNCTION sentence_offsets_check() RETURNS trigger AS $$
    BEGIN
      IF NEW."end" > (SELECT {length} FROM article WHERE id = NEW.article_id) THEN
        RAISE EXCEPTION 'sentence offsets outside the article text' USING ERRCODE = '23514';
      END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql'''


def _offset_check(length: str) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sentence_offsets_INSERT")
        op.execute("DROP TRIGGER IF EXISTS sentence_offsets_UPDATE")
        for statement in SQLITE_TRIGGERS:
            op.execute(statement if length == "text_length" else
                       statement.replace("text_length FROM article INDEXED BY ix_article_id_text_length",
                                         f"{length} FROM article"))
    elif dialect == "postgresql":
        op.execute(POSTGRES_FUNCTION.format(length=length))


# SQLite rebuilds a table to add a constraint, and dropping the old article or source table would
# cascade to sentences and annotations: there, columns are added in place, their checks as
# triggers (an article's length is measured once, when it is written). Users are never deleted
# (only disabled), so the proposer of a source is a plain column.
SQLITE_ARTICLE_LENGTH = [
    f'''CREATE TRIGGER article_text_length_{op_name} BEFORE {op_name} ON article
    WHEN NEW.text_length IS NOT length(NEW.text)
    BEGIN SELECT RAISE(ABORT, 'article text_length differs from the text'); END'''
    for op_name in ("INSERT", "UPDATE")
]


def upgrade():
    sqlite = op.get_bind().dialect.name == "sqlite"
    # SQLite stores a row's columns in order, and a long text spills over a chain of overflow
    # pages: a column after it is found only by walking that chain. Read from this covering
    # index, the length costs the same for a 1 kB and an 8 MB article.
    if sqlite:
        op.execute("ALTER TABLE article ADD COLUMN text_length INTEGER NOT NULL DEFAULT 0")
        op.execute("UPDATE article SET text_length = length(text)")
        for statement in SQLITE_ARTICLE_LENGTH:
            op.execute(statement)
        op.execute("ALTER TABLE source ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'approved' "
                   "CONSTRAINT ck_source_status CHECK (status IN ('approved', 'proposed'))")
        op.execute('ALTER TABLE source ADD COLUMN proposed_by_id INTEGER')
    else:
        op.add_column('article', sa.Column('text_length', sa.Integer(), nullable=True))
        op.execute("UPDATE article SET text_length = char_length(text)")
        op.alter_column('article', 'text_length', existing_type=sa.Integer(), nullable=False)
        op.create_check_constraint('text_length', 'article', 'text_length = char_length(text)')
        op.add_column('source', sa.Column('status', sa.String(length=16), nullable=False,
                                          server_default='approved'))
        op.add_column('source', sa.Column('proposed_by_id', sa.Integer(), nullable=True))
        op.create_check_constraint('status', 'source', "status IN ('approved', 'proposed')")
    op.create_index(op.f('ix_source_status'), 'source', ['status'], unique=False)
    op.create_index('ix_article_id_text_length', 'article', ['id', 'text_length'], unique=False)
    _offset_check("text_length")


def downgrade():
    sqlite = op.get_bind().dialect.name == "sqlite"
    _offset_check("length(text)" if sqlite else "char_length(text)")
    op.drop_index('ix_article_id_text_length', table_name='article')
    op.drop_index(op.f('ix_source_status'), table_name='source')
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS article_text_length_INSERT")
        op.execute("DROP TRIGGER IF EXISTS article_text_length_UPDATE")
        for table, column in (("source", "proposed_by_id"), ("source", "status"),
                              ("article", "text_length")):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_constraint('ck_source_status', 'source', type_='check')
        op.drop_column('source', 'proposed_by_id')
        op.drop_column('source', 'status')
        op.drop_constraint('ck_article_text_length', 'article', type_='check')
        op.drop_column('article', 'text_length')
