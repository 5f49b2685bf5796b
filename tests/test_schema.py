"""The schema: migrations match the models, and the constraints that keep data right."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from annotate.extensions import db
from annotate.models import Annotation, Article, Base, Sentence, Task, User
from annotate.models.review import TASK_QUEUE_ORDER
from annotate.services.claim_search import outside_the_models

# SQLite's reflection cannot read an index on expressions (the queue's): the comparison skips
# it there, and test_a_reviewers_queue_is_read_off_its_index checks it by the query plan.
SKIPPED_EXPRESSION_INDEX = ("ignore:autogenerate skipping metadata-specified expression-based index",
                            "ignore:Skipped unsupported reflection of expression-based index")


@pytest.mark.filterwarnings(*SKIPPED_EXPRESSION_INDEX)
def test_migrations_match_the_models(app_ctx):
    with db.engine.connect() as connection:
        # The search index's tables (migration 0010) are not models: left out here.
        context = MigrationContext.configure(connection, opts={"include_name": lambda name, kind, _: not (
            kind == "table" and outside_the_models(name))})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_the_app_does_not_create_tables_by_itself(tmp_path):
    from annotate import create_app

    app = create_app({"SECRET_KEY": "k", "DATABASE_URL": f"sqlite:///{tmp_path}/empty.db"})
    with app.app_context():
        assert inspect(db.engine).get_table_names() == []


@pytest.mark.filterwarnings(*SKIPPED_EXPRESSION_INDEX)
def test_indexes_for_queue_article_page_and_export(app_ctx):
    inspector = inspect(db.engine)
    def indexed(table):
        names = [tuple(ix["column_names"]) for ix in inspector.get_indexes(table)]
        names += [tuple(uq["column_names"]) for uq in inspector.get_unique_constraints(table)]
        return names
    assert ("article_id", "position") in indexed("sentence")
    assert ("reviewer_id", "state", "due_date") in indexed("task")
    assert ("sentence_id", "reviewer_id") in indexed("annotation")
    assert ("reviewer_id", "sentence_id") in indexed("annotation")
    assert ("text_sha256",) in indexed("article")


def test_a_reviewers_queue_is_read_off_its_index(app_ctx):
    """A page of the queue comes from ix_task_queue in order: no sort of all the reviewer's tasks."""
    query = select(Task.id).where(Task.reviewer_id == 1).order_by(*TASK_QUEUE_ORDER).limit(51)
    compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as connection:
        if db.engine.dialect.name == "sqlite":
            plan = " | ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
            assert "ix_task_queue" in plan and "TEMP B-TREE" not in plan, plan
        else:  # the test tables are tiny: make the planner show whether the index can serve the order
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            connection.exec_driver_sql("SET LOCAL enable_sort = off")
            plan = " | ".join(row[0] for row in connection.execute(text(f"EXPLAIN {compiled}")))
            assert "ix_task_queue" in plan and "Sort" not in plan, plan


def _article(text="Hello world. Second one.", digest="a" * 64) -> int:
    article = Article(text=text, text_sha256=digest, meta={})
    db.session.add(article)
    db.session.flush()
    return article.id


def _rejected(statement, rows) -> None:
    with pytest.raises(IntegrityError):
        db.session.execute(statement, rows)
        db.session.flush()
    db.session.rollback()


def test_one_article_per_text_hash(app_ctx):
    _article()
    db.session.commit()
    _rejected(insert(Article), [{"text": "other", "text_sha256": "a" * 64, "meta": {}}])


@pytest.mark.parametrize("start, end", [(0, 99), (5, 5), (-1, 3), (20, 10)])
def test_sentence_offsets_must_lie_inside_the_text(app_ctx, start, end):
    article_id = _article()
    db.session.commit()
    _rejected(insert(Sentence), [{"article_id": article_id, "position": 0, "start": start,
                                  "end": end, "kind": "body"}])
    assert db.session.query(Sentence).count() == 0


def test_offsets_count_characters_not_bytes(app_ctx):
    text = "Über straße — “quoted” ✓."
    article_id = _article(text)
    db.session.execute(insert(Sentence), [{"article_id": article_id, "position": 0, "start": 0,
                                           "end": len(text), "kind": "body"}])
    db.session.commit()
    assert db.session.query(Sentence).one().text == text


def test_sentence_kind_and_position_are_checked(app_ctx):
    article_id = _article()
    db.session.commit()
    row = {"article_id": article_id, "position": 0, "start": 0, "end": 5, "kind": "body"}
    db.session.execute(insert(Sentence), [row])
    db.session.commit()
    _rejected(insert(Sentence), [dict(row, start=6, end=10)])  # same position twice
    _rejected(insert(Sentence), [dict(row, position=1, kind="footnote")])


def test_one_annotation_per_sentence_and_reviewer(app_ctx):
    article_id = _article()
    db.session.execute(insert(Sentence), [{"article_id": article_id, "position": 0, "start": 0,
                                           "end": 5, "kind": "body"}])
    user = User(username="r", role="reviewer", password_hash="x")
    db.session.add(user)
    db.session.commit()
    sentence_id = db.session.query(Sentence.id).scalar()
    row = {"sentence_id": sentence_id, "reviewer_id": user.id, "note": "", "evidence": []}
    db.session.execute(insert(Annotation), [row])
    db.session.commit()
    _rejected(insert(Annotation), [row])
    _rejected(insert(Annotation), [dict(row, reviewer_id=user.id + 99)])  # foreign key
    bad_values = [{"status": "true"}, {"claim_type": "opinion"}, {"span_start": 3, "span_end": 2}]
    for bad in bad_values:
        db.session.execute(Annotation.__table__.delete())
        db.session.commit()
        _rejected(insert(Annotation), [dict(row, **bad)])


def test_user_role_is_checked(app_ctx):
    _rejected(insert(User), [{"username": "x", "role": "superuser", "password_hash": "h"}])


def test_timestamps_come_back_as_aware_utc(app_ctx):
    article_id = _article()
    db.session.commit()
    db.session.expire_all()
    created = db.session.get(Article, article_id).created_at
    assert created.tzinfo is not None and created.utcoffset().total_seconds() == 0


def test_the_offset_check_reads_the_stored_length_not_the_text(app_ctx):
    """Measuring the text for every sentence row made a long article's import quadratic (1 MB:
    31.7 s on SQLite, 131 s on PostgreSQL): the check compares with ``article.text_length``,
    read on SQLite from a covering index (a column after a long text is found only by walking
    its overflow pages). ``bench/long_import.py`` shows the times."""
    from sqlalchemy import text

    if db.engine.dialect.name == "sqlite":
        triggers = db.session.scalars(text(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sentence'"
            " AND name LIKE 'sentence_offsets%'")).all()  # not the search index's delete trigger
        assert len(triggers) == 2
        for sql in triggers:
            assert "length(text)" not in sql and "INDEXED BY ix_article_id_text_length" in sql
        plan = db.session.execute(text(
            "EXPLAIN QUERY PLAN SELECT text_length FROM article INDEXED BY ix_article_id_text_length"
            " WHERE id = 1")).all()
        assert "COVERING INDEX" in str(plan)
    else:
        body = db.session.scalar(text("SELECT pg_get_functiondef('sentence_offsets_check'::regproc)"))
        assert "text_length" in body and "char_length" not in body
    article_id = _article("Short text.")
    assert db.session.scalar(text("SELECT text_length FROM article WHERE id = :id"),
                             {"id": article_id}) == len("Short text.")


def test_a_tasks_decided_count_is_recounted_from_its_articles_sentences(app_ctx):
    """The trigger's recount (migration 0008) starts from the article's sentences, found by their
    index, and looks up each one's annotation by the reviewer: never every annotation a reviewer
    with a long history has made (a first text of it walked those)."""
    import importlib

    recount = importlib.import_module("annotate.migrations.versions.0008_stored_progress").DECIDED
    query = recount.format(task="task").replace("task.article_id", "5").replace("task.reviewer_id", "3").strip()[1:-1]
    with db.engine.connect() as connection:
        if db.engine.dialect.name == "sqlite":
            plan = [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}")]
            assert plan[0].startswith("SEARCH sentence") and "(article_id=?)" in plan[0], plan
            assert "(sentence_id=? AND reviewer_id=?)" in plan[1], plan
        else:
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = " | ".join(row[0] for row in connection.exec_driver_sql(f"EXPLAIN {query}"))
            assert "sentence" in plan and "annotation" in plan and "Seq Scan" not in plan, plan
