"""Issue 14.4/14.5: the audit trail is visible. The audit log page (admins only) filters by
entity, id, actor and days, pages by event id, shows before/after as a readable diff; an
article's history gathers the events of its sentences, annotations, labels and tasks, also
of those a segmentation correction removed."""

import io
import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from annotate.extensions import db
from annotate.models import Article, AuditEvent, Sentence
from annotate.services import annotations as annotation_service
from annotate.services import audit, segmentation
from annotate.services import tasks as task_service
from annotate.services.imports import import_file

TEXT = "Talks Resume\n\nThe talks resumed on Monday. Both sides met in Geneva.\n\nThey will meet again."


@pytest.fixture
def story(app, users):
    """An article assigned to rev1 and rev2, each with saved work; returns ids."""
    with app.app_context():
        import_file(io.BytesIO(TEXT.encode()), "talks.txt", app.config["MAX_RECORD_BYTES"])
        article = db.session.scalar(select(Article.id))
        task_service.assign_article(article, [users["rev1"], users["rev2"]], actor_id=users["admin"])
        s = list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article)
                                    .order_by(Sentence.position)))
        annotation_service.save(s[1], users["rev1"], {"version": 0, "claim_type": "checkable"})
        annotation_service.save(s[1], users["rev1"], {"version": 1, "claim_type": "minor",
                                                      "note": "<script>alert(1)</script>"})
        annotation_service.save(s[2], users["rev2"], {"version": 0, "claim_type": "checkable"})
        return {"article": article, "sentences": s}


def listed(client, query: str = "") -> tuple[int, str, list[tuple[str, str]]]:
    """Status, page and the (what, entity) of each event the audit page lists."""
    answer = client.get("/admin/audit" + query)
    page = answer.get_data(as_text=True)
    found = re.findall(r'<strong>([^<]*)</strong>\s*· ([a-z ]+)\s*<a [^>]*>([a-z ]+) #(\d+)</a>', page)
    return answer.status_code, page, [(f"{who} {action.strip()}", f"{entity} #{number}")
                                      for who, action, entity, number in found]


def test_only_admins_see_the_audit_log(app, story, reviewer_client, admin_client):
    client = app.test_client()
    for path in ("/admin/audit", f"/admin/articles/{story['article']}/history"):
        assert client.get(path).status_code == 302  # to the login page
        assert reviewer_client.get(path).status_code == 403
        assert admin_client.get(path).status_code == 200
    assert admin_client.get("/admin/articles/999999/history").status_code == 404
    assert 'href="/admin/audit"' in admin_client.get("/admin/audit").get_data(as_text=True)  # in the menu
    assert "/admin/audit" not in reviewer_client.get("/tasks").get_data(as_text=True)


def test_filters_by_entity_id_and_actor(app, users, story, admin_client):
    status, _, events = listed(admin_client)
    assert status == 200  # newest first: rev2's first save started the task
    assert events[:2] == [("rev2 start", events[0][1]),
                          ("rev2 create", f"annotation #{_annotation_id(app, story['sentences'][2])}")]
    _, _, annotations = listed(admin_client, "?entity_type=annotation")
    assert [what for what, _ in annotations] == ["rev2 create", "rev1 update", "rev1 create"]
    first = _annotation_id(app, story["sentences"][1])
    _, _, one = listed(admin_client, f"?entity_type=annotation&entity_id={first}")
    assert one == [("rev1 update", f"annotation #{first}"), ("rev1 create", f"annotation #{first}")]
    _, _, by_rev1 = listed(admin_client, "?actor=rev1")
    assert {what.split()[0] for what, _ in by_rev1} == {"rev1"} and len(by_rev1) == 3  # 2 saves, the task start
    _, _, by_admin = listed(admin_client, "?actor=admin&entity_type=task")
    assert [what for what, _ in by_admin] == ["admin create", "admin create"]
    assert listed(admin_client, "?actor=nobody")[2] == []


def test_filters_by_days(app, users, story, admin_client):
    with app.app_context():
        ids = list(db.session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))
        for day, event_ids in ((datetime(2026, 1, 10, 23, 59, tzinfo=UTC), ids[:2]),
                               (datetime(2026, 1, 11, 0, 0, tzinfo=UTC), ids[2:4])):
            db.session.execute(update(AuditEvent).where(AuditEvent.id.in_(event_ids)).values(at=day))
        db.session.commit()
        later = len(ids) - 4
    assert len(listed(admin_client, "?until=2026-01-10")[2]) == 2  # the whole last day counts
    assert len(listed(admin_client, "?since=2026-01-11&until=2026-01-11")[2]) == 2
    assert len(listed(admin_client, "?since=2026-01-12")[2]) == later
    status, page, events = listed(admin_client, "?since=2026-13-01")
    assert status == 400 and "is not a day" in page and events == []
    assert listed(admin_client, "?entity_id=abc")[0] == 400


def test_pages_by_event_id_without_gaps_or_repeats(app, users, story, admin_client):
    with app.app_context():
        for number in range(120):
            audit.record("source", number + 1, "update", actor_id=users["admin"], before={"n": number},
                         after={"n": number + 1})
        db.session.commit()
        total = db.session.query(AuditEvent).count()
    seen, query = [], ""
    while True:
        _, page, events = listed(admin_client, query)
        assert len(events) <= audit.PAGE_SIZE
        seen += [int(number) for number in re.findall(r'<li class="audit-event" id="e(\d+)"', page)]
        older = re.search(r'href="(/admin/audit\?[^"]*before=\d+[^"]*)">Older events', page)
        if older is None:
            break
        query = older.group(1).replace("&amp;", "&")[len("/admin/audit"):]
    assert len(seen) == len(set(seen)) == total and seen == sorted(seen, reverse=True)
    # The filter stays on the next page's link.
    _, page, _ = listed(admin_client, "?entity_type=source")
    assert re.search(r'href="/admin/audit\?[^"]*entity_type=source[^"]*">Older events', page.replace("&amp;", "&"))


def test_each_event_shows_a_readable_diff_as_text(app, story, admin_client):
    first = _annotation_id(app, story["sentences"][1])
    _, page, _ = listed(admin_client, f"?entity_type=annotation&entity_id={first}")
    update_event = page[page.index("rev1</strong>"):]
    assert re.search(r"<th scope=\"row\">claim type</th>\s*<td><del>checkable</del></td>\s*<td><ins>minor</ins></td>",
                     update_event)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "UTC</time>" in page


def test_an_articles_history_keeps_what_a_correction_removed(app, users, story, admin_client):
    s, article = story["sentences"], story["article"]
    removed = _annotation_id(app, s[2])
    with app.app_context():
        annotation_service.save(s[2], users["rev1"], {"version": 0, "claim_type": "not_a_claim"})
        segmentation.merge(article, s[1], s[2], users["admin"], carry_over=True)
        task_service.revoke(task_service.task_for(article, users["rev2"]).id, actor_id=users["admin"])
        import_file(io.BytesIO(b"Other Story\n\nUnrelated text."), "other.txt", app.config["MAX_RECORD_BYTES"])
        other = db.session.scalar(select(Article.id).where(Article.id != article))
        task_service.assign_article(other, [users["rev1"]], actor_id=users["admin"])
    page = admin_client.get(f"/admin/articles/{article}/history").get_data(as_text=True)
    shown = re.findall(r"· ([a-z ]+)\s*<a [^>]*>([a-z ]+ #\d+)</a>", page)
    actions = [(action.strip(), entity) for action, entity in shown]
    assert ("merge sentences", f"article #{article}") in actions
    assert ("delete", f"sentence #{s[2]}") in actions  # the sentence merged away
    assert ("create", f"annotation #{removed}") in actions  # rev2's work on it, before the merge
    assert any(action == "revoke" and entity.startswith("task") for action, entity in actions)
    assert ("create", f"annotation #{_annotation_id(app, s[1])}") in actions
    assert all(not entity.startswith(("collection", "user")) for _, entity in actions)
    other_tasks = {entity for action, entity in actions if entity.startswith("task")}
    assert len(other_tasks) == 2  # rev1's and rev2's (revoked) on this article, not rev1's on the other
    article_page = admin_client.get(f"/articles/{article}").get_data(as_text=True)
    assert f'href="/admin/articles/{article}/history"' in article_page


def _annotation_id(app, sentence_id: int) -> int:
    with app.app_context():
        from annotate.models import Annotation

        return db.session.scalar(select(Annotation.id).where(Annotation.sentence_id == sentence_id)
                                 .order_by(Annotation.id))

