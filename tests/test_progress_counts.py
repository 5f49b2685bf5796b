"""Stored progress (migration 0008): ``article.sentence_count`` and ``task.decided_count`` equal
what counting the rows gives, after every kind of write that changes them."""

from sqlalchemy import and_, delete, func, select, update

from annotate.extensions import db
from annotate.models import Annotation, Article, Sentence, Task
from annotate.services import annotations
from annotate.services import task_queries as queries
from annotate.services import tasks as service
from tests.test_tasks import make_articles, make_user


def counted() -> tuple[dict, dict]:
    """(decided per task, sentences per article) counted from the rows."""
    decided = dict(db.session.execute(
        select(Task.id, func.count(Annotation.id))
        .join(Sentence, Sentence.article_id == Task.article_id)
        .outerjoin(Annotation, and_(Annotation.sentence_id == Sentence.id,
                                    Annotation.reviewer_id == Task.reviewer_id,
                                    Annotation.claim_type.is_not(None)))
        .group_by(Task.id)).all())
    sentences = dict(db.session.execute(
        select(Article.id, func.count(Sentence.id)).outerjoin(Sentence).group_by(Article.id)).all())
    return decided, sentences


def stored() -> tuple[dict, dict]:
    db.session.expire_all()
    return (dict(db.session.execute(select(Task.id, Task.decided_count)).all()),
            dict(db.session.execute(select(Article.id, Article.sentence_count)).all()))


def assert_counts_true() -> None:
    """The stored counts are the counted ones (call inside an app context)."""
    assert stored() == counted()


def _sentences(article_id: int) -> list[int]:
    return list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article_id)
                                   .order_by(Sentence.position)))


def _save(sentence_id: int, reviewer_id: int, claim_type, **more) -> None:
    version = annotations.annotation_of(sentence_id, reviewer_id)["version"]
    annotations.save(sentence_id, reviewer_id, {"version": version, "claim_type": claim_type, **more})


def test_decided_counts_follow_saves_reassignments_and_deletions(app, users):
    rev3 = make_user(app, "rev3")
    first, second = make_articles(app, 2)
    with app.app_context():
        assert stored()[1] == {first: 4, second: 4}
        service.assign_article(first, [users["rev1"], users["rev2"]])
        service.assign_article(second, [users["rev1"]])
        tasks = {(a, r): t for t, a, r in db.session.execute(select(Task.id, Task.article_id, Task.reviewer_id))}
        mine = tasks[first, users["rev1"]]
        s = _sentences(first)
        _save(s[0], users["rev1"], "checkable")
        _save(s[1], users["rev1"], "minor")
        _save(s[2], users["rev1"], None, note="not decided yet")
        _save(s[0], users["rev2"], "not_a_claim")
        assert queries.progress([mine])[mine] == (2, 4)
        assert queries.progress([tasks[first, users["rev2"]]])[tasks[first, users["rev2"]]] == (1, 4)
        assert_counts_true()

        _save(s[1], users["rev1"], None)  # undecided again
        _save(s[2], users["rev1"], "checkable")  # decided after a note-only save
        _save(s[0], users["rev1"], "minor")  # another claim type: still one decided
        assert queries.progress([mine])[mine] == (2, 4)
        assert_counts_true()

        # A reassignment counts the new reviewer's own work on the article (none), and the
        # reviewer who gets the task back later finds theirs counted again.
        service.reassign(mine, rev3)
        assert queries.progress([mine])[mine] == (0, 4)
        service.reassign(mine, users["rev1"])
        assert queries.progress([mine])[mine] == (2, 4)
        # A task made after the work (revoked and assigned again) starts from it.
        service.revoke(tasks[first, users["rev2"]])
        service.assign_article(first, [users["rev2"]])
        again = db.session.scalar(select(Task.id).where(Task.article_id == first, Task.reviewer_id == users["rev2"]))
        assert queries.progress([again])[again] == (1, 4)
        assert_counts_true()

        # Writes that bypass the services are counted too: the triggers are in the database.
        db.session.execute(delete(Annotation).where(Annotation.sentence_id == s[2],
                                                    Annotation.reviewer_id == users["rev1"]))
        db.session.execute(update(Annotation).where(Annotation.sentence_id == s[0],
                                                    Annotation.reviewer_id == users["rev2"]).values(claim_type=None))
        db.session.add(Annotation(sentence_id=_sentences(second)[3], reviewer_id=users["rev1"], claim_type="minor"))
        db.session.commit()
        assert queries.progress([mine, again, tasks[second, users["rev1"]]]) == {
            mine: (1, 4), again: (0, 4), tasks[second, users["rev1"]]: (1, 4)}
        assert_counts_true()
