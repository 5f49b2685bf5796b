"""Full-text search over sentences (issue 15, point 4): one search index row per sentence, kept
by annotate/services/claim_search.py, which explains the choices.

Both search the same words: runs of letters and digits, in any case.

- SQLite: an FTS5 table ``sentence_fts`` (rowid = sentence id) with its own copy of the text
  (``contentless_delete`` needs SQLite 3.43; with its own content a row can simply be deleted),
  tokenized by ``unicode61`` keeping diacritics. A trigger deletes a sentence's row with the
  sentence (an article's delete cascades to them).
- PostgreSQL: ``sentence_search`` with the ``tsvector`` of the sentence's words, cut in Python
  (``claim_search.words_of``: PostgreSQL's parser cuts otherwise), in the ``simple``
  configuration (no stemming or stop words of one language, the articles being in many); a GIN
  index, and a foreign key that cascades deletes.

Neither is a model (tests/test_schema.py leaves them out of the comparison with the models).
Rows are written from Python where sentences are written, never by a trigger that cuts the text
with substr() (SQLite's walks the article's UTF-8 from its start for every sentence: a long
article's import would turn quadratic). Existing sentences are indexed here, an article at a time.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 22:45:00

"""
import re

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

ARTICLES_PER_BATCH = 200
WORD = re.compile(r"[^\W_]+")  # as annotate/services/claim_search.py had it when this was written


def upgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE sentence_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')")
        op.execute("CREATE TRIGGER sentence_fts_delete AFTER DELETE ON sentence "
                   "BEGIN DELETE FROM sentence_fts WHERE rowid = old.id; END")
        insert = "INSERT INTO sentence_fts (rowid, body) VALUES (:id, :body)"
    else:
        op.execute("CREATE TABLE sentence_search ("
                   "sentence_id INTEGER NOT NULL, document TSVECTOR NOT NULL, "
                   "CONSTRAINT pk_sentence_search PRIMARY KEY (sentence_id), "
                   "CONSTRAINT fk_sentence_search_sentence_id_sentence FOREIGN KEY (sentence_id) "
                   "REFERENCES sentence (id) ON DELETE CASCADE)")
        op.execute("CREATE INDEX ix_sentence_search_document ON sentence_search USING gin (document)")
        insert = "INSERT INTO sentence_search (sentence_id, document) VALUES (:id, to_tsvector('simple', :words))"
    _index_existing(sa.text(insert))


def _index_existing(insert) -> None:
    """Index every stored sentence: its text cut from the article's in Python, a batch of
    articles at a time (memory stays bounded; the cut is linear in the text)."""
    connection = op.get_bind()
    after = 0
    while True:
        articles: dict[int, str] = dict(connection.execute(sa.text(
            "SELECT id, text FROM article WHERE id > :after ORDER BY id LIMIT :n"),
            {"after": after, "n": ARTICLES_PER_BATCH}).all())
        if not articles:
            return
        rows = [{"id": sentence_id, "body": body, "words": " ".join(WORD.findall(body.lower()))}
                for sentence_id, body in _sentences(connection, articles)]
        if rows:
            connection.execute(insert, rows)
        after = max(articles)


def _sentences(connection, articles: dict) -> list:
    """(id, text) of the sentences of these articles (id → text)."""
    found = connection.execute(sa.text('SELECT id, article_id, start, "end" FROM sentence '
                                       "WHERE article_id IN :ids").bindparams(sa.bindparam("ids", expanding=True)),
                               {"ids": list(articles)})
    return [(sentence_id, articles[article_id][start:end]) for sentence_id, article_id, start, end in found]


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER sentence_fts_delete")
        op.execute("DROP TABLE sentence_fts")
    else:
        op.execute("DROP TABLE sentence_search")
