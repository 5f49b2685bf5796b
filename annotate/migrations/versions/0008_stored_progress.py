"""Progress stored, not counted on every read: ``article.sentence_count`` (written with the
article, whose sentences are made with it) and ``task.decided_count`` (the sentences of the task's
article that its reviewer has given a claim type), kept by triggers on every write of an
annotation or of a task's reviewer, whatever path the write takes (the workspace, the API, a
dataset import, a reassignment). A reviewer's task list then reads two numbers per task instead
of joining every sentence and annotation of a page of tasks (issue 12, point 8).

On SQLite the columns are added in place (no table rebuild: it would cascade to the rows that
refer to the table); the counts are filled once from what is stored.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 20:20:00

"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# The decided sentences of task ``{task}``: its reviewer's annotations with a claim type on
# its article's sentences.
DECIDED = '''(SELECT count(*) FROM sentence CROSS JOIN annotation
              WHERE sentence.article_id = {task}.article_id AND annotation.sentence_id = sentence.id
              AND annotation.reviewer_id = {task}.reviewer_id AND annotation.claim_type IS NOT NULL)'''
# (CROSS JOIN: SQLite reads the article's sentences first, never every annotation of the reviewer,
# which would make assigning tasks to a reviewer with a long history slow.)
# The task an annotation ``{row}`` counts towards.
OF_TASK = '''reviewer_id = {row}.reviewer_id
             AND article_id = (SELECT article_id FROM sentence WHERE id = {row}.sentence_id)'''

SQLITE_TRIGGERS = [
    f'''CREATE TRIGGER task_decided_recount AFTER UPDATE OF reviewer_id, article_id ON task
    BEGIN UPDATE task SET decided_count = {DECIDED.format(task="NEW")} WHERE id = NEW.id; END''',
    f'''CREATE TRIGGER task_decided_insert AFTER INSERT ON task
    BEGIN UPDATE task SET decided_count = {DECIDED.format(task="NEW")} WHERE id = NEW.id; END''',
    f'''CREATE TRIGGER annotation_decided_insert AFTER INSERT ON annotation
    WHEN NEW.claim_type IS NOT NULL
    BEGIN UPDATE task SET decided_count = decided_count + 1 WHERE {OF_TASK.format(row="NEW")}; END''',
    f'''CREATE TRIGGER annotation_decided_delete AFTER DELETE ON annotation
    WHEN OLD.claim_type IS NOT NULL
    BEGIN UPDATE task SET decided_count = decided_count - 1 WHERE {OF_TASK.format(row="OLD")}; END''',
    f'''CREATE TRIGGER annotation_decided_update AFTER UPDATE OF claim_type ON annotation
    WHEN (OLD.claim_type IS NULL) != (NEW.claim_type IS NULL)
    BEGIN UPDATE task SET decided_count = decided_count + (CASE WHEN NEW.claim_type IS NULL THEN -1 ELSE 1 END)
          WHERE {OF_TASK.format(row="NEW")}; END''',
]
SQLITE_TRIGGER_NAMES = ("task_decided_recount", "task_decided_insert", "annotation_decided_insert",
                        "annotation_decided_delete", "annotation_decided_update")

POSTGRES = [
    f'''CREATE FUNCTION task_decided_recount() RETURNS trigger AS $$
    BEGIN
      UPDATE task SET decided_count = {DECIDED.format(task="NEW")} WHERE id = NEW.id;
      RETURN NULL;
    END $$ LANGUAGE plpgsql''',
    f'''CREATE FUNCTION annotation_decided() RETURNS trigger AS $$
    DECLARE
      change integer := 0;
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.claim_type IS NOT NULL THEN change := change - 1; END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.claim_type IS NOT NULL THEN change := change + 1; END IF;
      IF change != 0 THEN
        IF TG_OP = 'DELETE' THEN
          UPDATE task SET decided_count = decided_count + change WHERE {OF_TASK.format(row="OLD")};
        ELSE
          UPDATE task SET decided_count = decided_count + change WHERE {OF_TASK.format(row="NEW")};
        END IF;
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql''',
    '''CREATE TRIGGER task_decided_recount AFTER INSERT OR UPDATE OF reviewer_id, article_id ON task
    FOR EACH ROW EXECUTE FUNCTION task_decided_recount()''',
    # Only the writes that decide or undecide a sentence run the function (most saves do not).
    '''CREATE TRIGGER annotation_decided_insert AFTER INSERT ON annotation
    FOR EACH ROW WHEN (NEW.claim_type IS NOT NULL) EXECUTE FUNCTION annotation_decided()''',
    '''CREATE TRIGGER annotation_decided_delete AFTER DELETE ON annotation
    FOR EACH ROW WHEN (OLD.claim_type IS NOT NULL) EXECUTE FUNCTION annotation_decided()''',
    '''CREATE TRIGGER annotation_decided_update AFTER UPDATE OF claim_type ON annotation
    FOR EACH ROW WHEN ((OLD.claim_type IS NULL) <> (NEW.claim_type IS NULL)) EXECUTE FUNCTION annotation_decided()''',
]


def upgrade():
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("ALTER TABLE article ADD COLUMN sentence_count INTEGER NOT NULL DEFAULT 0")
        op.execute("ALTER TABLE task ADD COLUMN decided_count INTEGER NOT NULL DEFAULT 0")
    else:
        op.add_column('article', sa.Column('sentence_count', sa.Integer(), nullable=False, server_default='0'))
        op.add_column('task', sa.Column('decided_count', sa.Integer(), nullable=False, server_default='0'))
    op.execute("UPDATE article SET sentence_count = (SELECT count(*) FROM sentence WHERE article_id = article.id) "
               "WHERE EXISTS (SELECT 1 FROM sentence WHERE article_id = article.id)")
    op.execute(f"UPDATE task SET decided_count = {DECIDED.format(task='task')}")
    for statement in SQLITE_TRIGGERS if sqlite else POSTGRES:
        op.execute(statement)


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("ALTER TABLE task DROP COLUMN decided_count")
        op.execute("ALTER TABLE article DROP COLUMN sentence_count")
    else:
        for name in ("annotation_decided_insert", "annotation_decided_delete", "annotation_decided_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON annotation")
        op.execute("DROP TRIGGER IF EXISTS task_decided_recount ON task")
        op.execute("DROP FUNCTION IF EXISTS annotation_decided()")
        op.execute("DROP FUNCTION IF EXISTS task_decided_recount()")
        op.drop_column('task', 'decided_count')
        op.drop_column('article', 'sentence_count')
