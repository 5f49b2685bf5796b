"""A task's decided count is recounted from its article's sentences (a few dozen rows), not from
every annotation of its reviewer (thousands, for a reviewer with a long history): migration
0008's recount let SQLite walk the reviewer's index, and assigning tasks to such a reviewer, or
building a large corpus, slowed with their history. ``CROSS JOIN`` fixes SQLite's join order
(the sentence first); PostgreSQL plans the same text freely.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 21:05:00

"""
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

DECIDED = '''(SELECT count(*) FROM sentence CROSS JOIN annotation
              WHERE sentence.article_id = NEW.article_id AND annotation.sentence_id = sentence.id
              AND annotation.reviewer_id = NEW.reviewer_id AND annotation.claim_type IS NOT NULL)'''
OLD_DECIDED = '''(SELECT count(*) FROM annotation JOIN sentence ON sentence.id = annotation.sentence_id
              WHERE sentence.article_id = NEW.article_id AND annotation.reviewer_id = NEW.reviewer_id
              AND annotation.claim_type IS NOT NULL)'''


def _sqlite_triggers(decided: str) -> list[str]:
    return [
        "DROP TRIGGER IF EXISTS task_decided_recount",
        "DROP TRIGGER IF EXISTS task_decided_insert",
        f'''CREATE TRIGGER task_decided_recount AFTER UPDATE OF reviewer_id, article_id ON task
        BEGIN UPDATE task SET decided_count = {decided} WHERE id = NEW.id; END''',
        f'''CREATE TRIGGER task_decided_insert AFTER INSERT ON task
        BEGIN UPDATE task SET decided_count = {decided} WHERE id = NEW.id; END''',
    ]


def _postgres_function(decided: str) -> str:
    return f'''CREATE OR REPLACE FUNCTION task_decided_recount() RETURNS trigger AS $$
    BEGIN
      UPDATE task SET decided_count = {decided} WHERE id = NEW.id;
      RETURN NULL;
    END $$ LANGUAGE plpgsql'''


def _use(decided: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in _sqlite_triggers(decided):
            op.execute(statement)
    else:
        op.execute(_postgres_function(decided))


def upgrade():
    _use(DECIDED)


def downgrade():
    _use(OLD_DECIDED)
