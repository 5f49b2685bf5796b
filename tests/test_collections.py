"""Collections: imports into one, lists filtered by one, guidelines rendered safely and shown
to the reviewers of its articles."""

import io
import json

import pytest
from sqlalchemy import func, select

from annotate import guidelines
from annotate.extensions import db
from annotate.models import Article, AuditEvent, Collection, article_collection
from annotate.services import collections
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from tests.conftest import csrf_token, login


def jsonl(*texts: str) -> io.BytesIO:
    return io.BytesIO(b"".join(json.dumps({"text": text}).encode() + b"\n" for text in texts))


def members(app, name: str) -> set[int]:
    with app.app_context():
        return set(db.session.scalars(
            select(article_collection.c.article_id)
            .join(Collection, Collection.id == article_collection.c.collection_id).where(Collection.name == name)))


def test_an_import_puts_new_and_known_articles_into_the_collection(app, users):
    with app.app_context():
        import_file(jsonl("Known story. It rained."), "a.jsonl", 10**6)
        report = import_file(jsonl("Known story. It rained.", "New story. It snowed."), "b.jsonl", 10**6,
                             collection="Election desk")
        assert (report.articles, report.skipped) == (1, 1)
        every = set(db.session.scalars(select(Article.id)))
    assert members(app, "Election desk") == every


def test_a_refused_file_makes_no_collection(app, users):
    with app.app_context(), pytest.raises(Exception, match="line 2"):
        import_file(io.BytesIO(b'{"text": "Fine. Text."}\n{"title": "no text"}\n'), "bad.jsonl", 10**6,
                    collection="Health desk")
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Collection)) == 0
        assert db.session.scalar(select(func.count()).select_from(Article)) == 0


def test_import_page_and_api_take_a_collection(app, users, admin_client):
    token = csrf_token(admin_client, "/admin/import")
    page = admin_client.post("/admin/import", content_type="multipart/form-data", data={
        "csrf_token": token, "collection": "Health desk", "files": (jsonl("Vaccines work. Said the WHO."), "h.jsonl")})
    assert page.status_code == 200
    api = admin_client.post("/api/v1/articles?collection=health%20DESK", json={"text": "Another one. Here."},
                            headers={"X-CSRFToken": token})
    assert api.status_code == 201
    assert len(members(app, "Health desk")) == 2  # the name matches in any case: one collection


def test_lists_filter_by_collection_and_an_unknown_one_is_refused(app, users, admin_client):
    with app.app_context():
        import_file(jsonl("In the desk. Yes."), "a.jsonl", 10**6, collection="Desk")
        import_file(jsonl("Outside. No."), "b.jsonl", 10**6)
        desk = collections.named("desk").id
    titles = admin_client.get(f"/articles?collection={desk}").get_data(as_text=True)
    assert "In the desk" in titles and "Outside" not in titles
    listed = admin_client.get("/api/v1/articles?collection=Desk").get_json()["items"]
    with app.app_context():
        assert [a["id"] for a in listed] == [db.session.scalar(select(Article.id).where(Article.text.like("In the%")))]
    assert admin_client.get("/api/v1/articles?collection=Nowhere").status_code == 400
    assert admin_client.get("/articles?collection=Nowhere").status_code == 400


def test_assignment_and_task_lists_keep_to_the_collection(app, users, admin_client):
    with app.app_context():
        import_file(jsonl("In the desk. Yes.", "Also in. Yes."), "a.jsonl", 10**6, collection="Desk")
        import_file(jsonl("Outside. No."), "b.jsonl", 10**6)
        desk = collections.named("Desk").id
        report = task_service.bulk_assign(None, [users["rev1"]], 1, collection_id=desk)
        assert len(report.pairs) == 2
        outside = db.session.scalar(select(Article.id).where(Article.text == "Outside. No."))
        assert task_service.unassigned_article_ids() == [outside]
    tasks = admin_client.get(f"/api/v1/tasks?collection={desk}").get_json()["items"]
    assert len(tasks) == 2
    page = admin_client.get(f"/admin/assign?collection={desk}").get_data(as_text=True)
    assert "Outside" not in page and "Every article has at least one task" in page


def test_guidelines_are_markdown_without_raw_html_or_script_links():
    html = guidelines.render("# Rules\n\n* mark **claims**\n\n<script>alert(1)</script>\n\n"
                             "[bad](javascript:alert(1)) [good](https://example.org)")
    assert "<h1>Rules</h1>" in html and "<strong>claims</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html and 'href="https://example.org"' in html


def test_names_are_unique_in_any_case_and_edits_are_audited(app, users, admin_client):
    token = csrf_token(admin_client, "/admin/collections")
    made = admin_client.post("/admin/collections", data={"csrf_token": token, "name": "Election desk",
                                                        "guidelines": "Be *careful*."})
    assert made.status_code == 302
    again = admin_client.post("/admin/collections", data={"csrf_token": token, "name": "ELECTION DESK"})
    assert again.status_code == 400 and "exists already" in again.get_data(as_text=True)
    with app.app_context():
        collection_id = collections.named("Election desk").id
    edited = admin_client.post(f"/admin/collections/{collection_id}", data={
        "csrf_token": token, "name": "Election desk", "guidelines": "Be *very* careful."})
    assert edited.status_code == 302
    page = admin_client.get(f"/admin/collections/{collection_id}").get_data(as_text=True)
    assert "<em>very</em>" in page and "a factual claim worth checking" in page  # label definitions too
    with app.app_context():
        actions = list(db.session.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "collection")))
        assert actions == ["create", "update"]


def test_reviewers_read_the_guidelines_of_their_articles_only(app, users):
    with app.app_context():
        import_file(jsonl("Story. Text."), "a.jsonl", 10**6, collection="Desk")
        article = db.session.scalar(select(Article.id))
        desk = collections.named("Desk")
        collections.update(desk.id, desk.name, "Mark **every** claim.")
        task_service.assign_article(article, [users["rev1"]])
        task_id = task_service.task_for(article, users["rev1"]).id
        desk_id = desk.id
    mine, other = app.test_client(), app.test_client()
    login(mine, "rev1")
    login(other, "rev2")
    workspace = mine.get(f"/tasks/{task_id}").get_data(as_text=True)
    assert 'id="ws-guidelines"' in workspace and "<strong>every</strong>" in workspace
    assert mine.get(f"/collections/{desk_id}/guidelines").status_code == 200
    assert other.get(f"/collections/{desk_id}/guidelines").status_code == 404


def test_an_article_joins_and_leaves_a_collection_from_its_page(app, users, admin_client):
    with app.app_context():
        import_file(jsonl("Story. Text."), "a.jsonl", 10**6)
        article = db.session.scalar(select(Article.id))
    token = csrf_token(admin_client, f"/articles/{article}")
    assert admin_client.post(f"/admin/articles/{article}/collections",
                             data={"csrf_token": token, "name": "Desk"}).status_code == 302
    assert members(app, "Desk") == {article}
    with app.app_context():
        desk = collections.named("Desk").id
    assert admin_client.post(f"/admin/articles/{article}/collections",
                             data={"csrf_token": token, "remove": str(desk)}).status_code == 302
    assert members(app, "Desk") == set()


def test_a_name_of_digits_is_refused_it_would_read_as_an_id(app, users, admin_client):
    token = csrf_token(admin_client, "/admin/collections")
    refused = admin_client.post("/admin/collections", data={"csrf_token": token, "name": "2026"})
    assert refused.status_code == 400 and "more than digits" in refused.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Collection)) == 0
