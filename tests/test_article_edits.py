"""Issue 14.4: a pasted article given its metadata; an admin edits an article's metadata (never
its text) and deletes an article with all its work, after a confirmation; both audited, bad
input refused with a clear message and nothing changed. Service tests, the pages' forms, and
the article page in Chromium without JavaScript."""

import io
import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import (
    Annotation,
    Article,
    AuditEvent,
    Collection,
    FinalLabel,
    ReviewComment,
    Sentence,
    Task,
    article_collection,
)
from annotate.services import annotations as annotation_service
from annotate.services import article_edits as service
from annotate.services import collections, final_labels
from annotate.services import tasks as task_service
from annotate.services.articles import ArticleNotFound
from annotate.services.imports import import_file
from tests.conftest import browser_login, csrf_token
from tests.test_accessibility_browser import axe_violations
from tests.test_progress_counts import assert_counts_true

TEXT = "Talks Resume\n\nThe talks resumed on Monday. Both sides met in Geneva."
OTHER = "Rates Hold\n\nThe bank held its rates. It meets again in June."
GOOD = {"title": "Talks resume in Geneva", "url": "https://news.example.org/talks", "publisher": "Wire",
        "published_at": "2024-05-01T09:30:00+02:00", "language": "fr", "external_id": "wire-1"}


def _import(app, text: str, name: str) -> int:
    import_file(io.BytesIO(text.encode()), name, app.config["MAX_RECORD_BYTES"])
    return db.session.scalar(select(Article.id).where(Article.text == text))


def _sentences(article_id: int) -> list[int]:
    return list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article_id)
                                   .order_by(Sentence.position)))


def _save(sentence_id: int, reviewer_id: int, **values) -> None:
    version = annotation_service.annotation_of(sentence_id, reviewer_id)["version"]
    annotation_service.save(sentence_id, reviewer_id, {"version": version, **values})


@pytest.fixture
def worked(app, users):
    """Two articles in a collection, each with work: tasks for rev1 and rev2, annotations, a
    final label and a review comment. Returns (article, other) ids."""
    with app.app_context():
        ids = _import(app, TEXT, "talks.txt"), _import(app, OTHER, "rates.txt")
        desk = collections.create("Desk")
        collections.add_articles(desk.id, list(ids))
        for article_id in ids:
            task_service.assign_article(article_id, [users["rev1"], users["rev2"]])
            s = _sentences(article_id)
            _save(s[1], users["rev1"], claim_type="checkable")
            _save(s[1], users["rev2"], claim_type="checkable", status="supported")
            _save(s[2], users["rev1"], claim_type="minor")
            final_labels.adjudicate(s[1], {"claim_type": "checkable", "source_id": None, "status": "supported"},
                                    users["admin"])
            task = task_service.task_for(article_id, users["rev1"]).id
            db.session.add(ReviewComment(task_id=task, sentence_id=s[2], author_id=users["admin"], body="Why?"))
        db.session.commit()
        return ids


def _events(entity_type: str, action: str) -> list[AuditEvent]:
    return list(db.session.scalars(select(AuditEvent).where(
        AuditEvent.entity_type == entity_type, AuditEvent.action == action).order_by(AuditEvent.id)))


def _rows(article_id: int) -> dict[str, int]:
    """Every row that belongs to the article, by table."""
    s = select(Sentence.id).where(Sentence.article_id == article_id)

    def count(table, *where):
        return db.session.scalar(select(func.count()).select_from(table).where(*where))

    return {"article": count(Article, Article.id == article_id), "sentence": count(Sentence, Sentence.id.in_(s)),
            "task": count(Task, Task.article_id == article_id),
            "annotation": count(Annotation, Annotation.sentence_id.in_(s)),
            "final_label": count(FinalLabel, FinalLabel.sentence_id.in_(s)),
            "review_comment": count(ReviewComment, ReviewComment.sentence_id.in_(s)),
            "collection": count(article_collection, article_collection.c.article_id == article_id)}


# --- the service ---------------------------------------------------------------------------

def test_metadata_edit_changes_the_metadata_only_and_audits_before_and_after(app, users, worked):
    article_id, _ = worked
    with app.app_context():
        digest = db.session.get_one(Article, article_id).text_sha256
        changed = service.update_metadata(article_id, GOOD, users["admin"])
        assert changed == list(service.EDITABLE)
        db.session.expire_all()
        article = db.session.get_one(Article, article_id)
        assert (article.title, article.url, article.publisher, article.language, article.external_id) == (
            "Talks resume in Geneva", "https://news.example.org/talks", "Wire", "fr", "wire-1")
        assert (article.published_at.isoformat(), article.published_offset_minutes) == (
            "2024-05-01T07:30:00+00:00", 120)
        assert (article.text, article.text_sha256) == (TEXT, digest)
        [event] = _events("article", "edit_metadata")
        assert (event.entity_id, event.actor_id) == (article_id, users["admin"])
        assert event.before == {"title": "Talks Resume", "url": None, "publisher": None, "published_at": None,
                                "language": "en", "external_id": None}
        assert event.after == GOOD
        # Only what changed is recorded; saving the same values again writes nothing.
        assert service.update_metadata(article_id, {**GOOD, "publisher": "", "url": "  "}, users["admin"]) == [
            "url", "publisher"]
        assert _events("article", "edit_metadata")[-1].after == {"url": None, "publisher": None}
        assert service.update_metadata(article_id, {**GOOD, "publisher": None, "url": None}, users["admin"]) == []
        assert len(_events("article", "edit_metadata")) == 2


@pytest.mark.parametrize("typed, shown, offset", [
    ("2024-05-01", "2024-05-01", None),  # a day: midnight, no offset given (read as UTC)
    ("2024-05-01T23:30", "2024-05-01T23:30:00", None),
    ("2024-05-01T23:30-05:00", "2024-05-01T23:30:00-05:00", -300),  # its own day, not UTC's (May 2nd)
    ("2024-05-01T00:00:00+00:00", "2024-05-01T00:00:00+00:00", 0),  # UTC said is not UTC assumed
])
def test_the_publication_date_reads_back_as_it_was_given(app, users, worked, typed, shown, offset):
    article_id, _ = worked
    with app.app_context():
        service.update_metadata(article_id, {"published_at": typed}, users["admin"])
        article = db.session.get_one(Article, article_id)
        assert (service.metadata_of(article)["published_at"], article.published_offset_minutes) == (shown, offset)
        # The form shows it so; posting the form back unchanged changes nothing.
        assert service.update_metadata(article_id, service.metadata_of(article), users["admin"]) == []


def test_metadata_the_import_would_refuse_is_refused_field_by_field_and_nothing_changes(app, users, worked):
    article_id, _ = worked
    bad = {"title": "x" * 501, "url": "javascript:alert(1)", "publisher": "<b>Wire</b>",
           "published_at": "2024-13-45", "language": "e" * 17, "external_id": "id\x00"}
    with app.app_context():
        with pytest.raises(service.ArticleMetadataInvalid) as refused:
            service.update_metadata(article_id, {**GOOD, **bad}, users["admin"])
        errors = refused.value.errors
        assert set(errors) == set(bad)
        assert errors["title"] == "The title is longer than 500 characters"
        assert errors["url"].startswith("The URL must be an http or https URL")
        assert errors["publisher"] == "The publisher contains HTML markup; metadata must be plain text"
        assert errors["published_at"] == "The publication date is not an ISO 8601 date"
        with pytest.raises(service.ArticleMetadataInvalid):
            service.update_metadata(article_id, {"title": 5}, users["admin"])  # the API's JSON could send one
        assert db.session.get_one(Article, article_id).title == "Talks Resume"
        assert _events("article", "edit_metadata") == []
        with pytest.raises(ArticleNotFound):
            service.update_metadata(article_id + 100, GOOD, users["admin"])


def test_deleting_an_article_takes_its_work_and_nothing_else_and_audits_what_went(app, users, worked):
    article_id, other = worked
    with app.app_context():
        service.update_metadata(article_id, GOOD, users["admin"])
        article = db.session.get_one(Article, article_id)
        digest, tasks = article.text_sha256, {t.id: t.reviewer_id for t in db.session.scalars(
            select(Task).where(Task.article_id == article_id))}
        expected = {"sentences": 3, "annotations": 3, "tasks": 2, "final_labels": 1, "review_comments": 1}
        assert service.work_on(article_id) == expected
        others_before = _rows(other)
        gone = service.delete_article(article_id, users["admin"])
        assert _rows(article_id) == dict.fromkeys(others_before, 0)
        assert _rows(other) == others_before  # nothing else is touched
        assert db.session.scalar(select(func.count()).select_from(Collection)) == 1
        assert_counts_true()  # the other article's stored counts still hold
        [event] = _events("article", "delete")
        assert (event.entity_id, event.actor_id, event.after, event.before) == (
            article_id, users["admin"], None, gone)
        assert gone == {"id": article_id, **GOOD, "meta": {}, "text_sha256": digest, "text_length": len(TEXT),
                        "collections": ["Desk"], **expected}
        # Each task ends its own history with why it went.
        task_events = _events("task", "delete_article")
        assert {e.entity_id: e.before["reviewer_id"] for e in task_events} == tasks
        assert all(e.before["article_id"] == article_id and e.after is None for e in task_events)
        with pytest.raises(ArticleNotFound):
            service.delete_article(article_id, users["admin"])
        assert len(_events("article", "delete")) == 1


def test_describe_work_counts_in_words():
    work = {"sentences": 1, "annotations": 0, "tasks": 2, "final_labels": 1, "review_comments": 3}
    assert service.describe_work(work) == "1 sentence, 0 annotations, 2 tasks, 1 final label and 3 review comments"


# --- the pages -----------------------------------------------------------------------------

def _post(client, path: str, token_page: str, **fields):
    return client.post(path, data={"csrf_token": csrf_token(client, token_page), **fields})


def test_the_article_page_edits_the_metadata(app, admin_client, worked):
    article_id, _ = worked
    page = f"/articles/{article_id}"
    shown = admin_client.get(page).get_data(as_text=True)
    assert "<summary>Edit the article's details</summary>" in shown
    assert 'id="title" name="title" type="text" value="Talks Resume"' in shown
    response = _post(admin_client, f"{page}/metadata", page, **GOOD)
    assert response.status_code == 303 and response.headers["Location"].endswith(page)
    after = admin_client.get(page).get_data(as_text=True)
    assert "Saved: title, URL, publisher, publication date, language, external id changed." in after
    assert "Wire · 2024-05-01" in re.sub(r"\s+", " ", after)  # dated on its own day
    assert 'value="2024-05-01T09:30:00+02:00"' in after
    history = admin_client.get(f"/admin/articles/{article_id}/history").get_data(as_text=True)
    assert "edit metadata" in history and "<del>Talks Resume</del>" in history and "<ins>Wire</ins>" in history


def test_a_refused_edit_says_what_is_wrong_at_each_field_and_changes_nothing(app, admin_client, worked):
    article_id, _ = worked
    page = f"/articles/{article_id}"
    response = _post(admin_client, f"{page}/metadata", page, **{**GOOD, "url": "ftp://x", "published_at": "May 1st"})
    shown = response.get_data(as_text=True)
    assert response.status_code == 400
    assert '<details class="article-edit" open>' in shown and "Nothing was saved" in shown
    assert 'aria-describedby="url-error"' in shown and 'id="url-error">The URL must be an http' in shown
    assert 'id="published_at-error">The publication date is not an ISO 8601 date' in shown
    assert 'value="May 1st"' in shown  # what was typed stays, to correct
    with app.app_context():
        assert db.session.get_one(Article, article_id).title == "Talks Resume"
        assert _events("article", "edit_metadata") == []
    # A post without the fields would clear what nobody saw: refused.
    bare = _post(admin_client, f"{page}/metadata", page)
    assert bare.status_code == 400 and "This field was not sent" in bare.get_data(as_text=True)
    no_token = admin_client.post(f"{page}/metadata", data=GOOD)
    assert no_token.status_code == 400
    assert _post(admin_client, f"/articles/{article_id + 100}/metadata", page, **GOOD).status_code == 404
    with app.app_context():
        assert db.session.get_one(Article, article_id).title == "Talks Resume"


def test_deleting_asks_for_a_confirmation_then_deletes(app, admin_client, worked):
    article_id, other = worked
    page = f"/articles/{article_id}"
    shown = re.sub(r"\s+", " ", admin_client.get(page).get_data(as_text=True))
    assert ("its 3 sentences, 3 annotations, 2 tasks, 1 final label and 1 review comment" in shown)
    unconfirmed = _post(admin_client, f"{page}/delete", page)
    text = unconfirmed.get_data(as_text=True)
    assert unconfirmed.status_code == 400 and '<details class="article-delete" open>' in text
    assert 'aria-describedby="confirm-error"' in text and "Tick the box to confirm the deletion" in text
    assert admin_client.post(f"{page}/delete", data={"confirm": "y"}).status_code == 400  # no CSRF token
    assert _post(admin_client, f"/articles/{article_id + 100}/delete", page, confirm="y").status_code == 404
    with app.app_context():
        assert _rows(article_id)["article"] == 1 and _events("article", "delete") == []
    deleted = _post(admin_client, f"{page}/delete", page, confirm="y")
    assert deleted.status_code == 303 and deleted.headers["Location"].endswith("/articles")
    listing = admin_client.get("/articles").get_data(as_text=True)
    assert f"Deleted article #{article_id} (Talks Resume) with its 3 sentences" in listing
    assert admin_client.get(page).status_code == 404
    trail = admin_client.get(f"/admin/audit?entity_type=article&entity_id={article_id}").get_data(as_text=True)
    assert "· delete" in re.sub(r"\s+", " ", trail) and "text sha256" in trail and "review comments" in trail
    with app.app_context():
        assert _rows(article_id)["article"] == 0 and _rows(other)["article"] == 1


def test_a_reviewer_sees_neither_form(app, reviewer_client, worked):
    shown = reviewer_client.get(f"/articles/{worked[0]}").get_data(as_text=True)
    assert "article-edit" not in shown and "article-delete" not in shown


def _paste(client, **fields):
    data = {"csrf_token": csrf_token(client, "/admin/import"), "text": "", "title": "", **fields}
    return client.post("/admin/import", data=data, content_type="multipart/form-data")


def test_a_pasted_article_takes_a_title_publisher_url_and_date(app, admin_client, users):
    response = _paste(admin_client, text="The talks resumed. Both sides met.", title="Talks",
                      url="https://news.example.org/t", publisher="Wire", published_at="2024-05-01T09:30+02:00")
    assert response.status_code == 200 and "1 article, 2 sentences imported" in response.get_data(as_text=True)
    with app.app_context():
        article = db.session.scalar(select(Article))
        assert (article.title, article.url, article.publisher, article.published_offset_minutes) == (
            "Talks", "https://news.example.org/t", "Wire", 120)
        assert article.published_at.isoformat() == "2024-05-01T07:30:00+00:00"


def test_a_pasted_articles_bad_metadata_is_told_at_its_field_and_nothing_is_stored(app, admin_client, users):
    body = "The talks resumed. Both sides met."
    refused = _paste(admin_client, text=body, url="javascript:alert(1)", published_at="yesterday")
    shown = refused.get_data(as_text=True)
    assert refused.status_code == 422
    assert "<strong>pasted text</strong>: not imported. record 1: &#39;url&#39; must be an http" in shown
    assert 'aria-describedby="url-error"' in shown and 'id="url-error">The URL must be' in shown
    assert 'id="published_at-error">The publication date is not an ISO 8601 date' in shown
    assert f"{body}</textarea>" in shown and 'value="yesterday"' in shown  # kept for another try
    details_alone = _paste(admin_client, publisher="Wire")
    assert details_alone.status_code == 400
    assert "Paste the article these details are about" in details_alone.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Article)) == 0


# --- in Chromium, without JavaScript -------------------------------------------------------

@pytest.mark.browser
def test_edit_and_delete_work_without_javascript(app, browser, live_url, worked):
    article_id, _ = worked
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    browser_login(page, live_url, "admin")
    page.goto(f"{live_url}/articles/{article_id}")
    page.get_by_text("Edit the article's details").click()
    page.get_by_label("Publisher").fill("Wire")
    page.get_by_label("URL").fill("not a url")
    page.get_by_role("button", name="Save the details").click()
    url_field = page.get_by_label("URL")
    expect(url_field).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#url-error")).to_contain_text("The URL must be an http or https URL")
    url_field.fill("https://news.example.org/talks")
    page.get_by_role("button", name="Save the details").click()
    expect(page.get_by_role("alert")).to_have_text("Saved: URL, publisher changed.")
    expect(page.locator(".article-meta")).to_contain_text("Wire")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_text("Delete this article", exact=True).click()
    page.get_by_role("button", name="Delete the article").click()
    expect(page.locator("#confirm-error")).to_contain_text("Tick the box")
    page.get_by_label("Yes, delete this article and all the work on it").check()
    page.get_by_role("button", name="Delete the article").click()
    expect(page).to_have_url(f"{live_url}/articles")
    expect(page.get_by_role("alert")).to_contain_text(f"Deleted article #{article_id}")
    context.close()
    with app.app_context():
        assert _rows(article_id)["article"] == 0


@pytest.mark.browser
def test_the_open_forms_with_their_errors_fit_a_phone_and_pass_axe(app, browser, live_url, worked):
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    browser_login(page, live_url, "admin")
    page.goto(f"{live_url}/articles/{worked[0]}")
    page.get_by_text("Edit the article's details").click()
    page.get_by_label("Published").fill("x" * 300)
    page.get_by_label("Title").fill("T" * 600)
    page.get_by_role("button", name="Save the details").click()
    expect(page.locator("#title-error")).to_contain_text("longer than 500 characters")
    page.get_by_text("Delete this article", exact=True).click()
    expect(page.get_by_role("button", name="Delete the article")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(page) == []
    context.close()
