"""Articles for admins: upload and paste with the CLI's rules, search, filters, access."""

import io
import json

from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Article, Sentence, Task
from tests.conftest import csrf_token


def counts(app):
    """(articles, sentences)."""
    with app.app_context():
        return (db.session.scalar(select(func.count()).select_from(Article)),
                db.session.scalar(select(func.count()).select_from(Sentence)))


def post_import(client, files=(), text="", title=""):
    """Post the import form with files given as (name, bytes)."""
    data = {"csrf_token": csrf_token(client, "/admin/import"), "text": text, "title": title,
            "files": [(io.BytesIO(content), name) for name, content in files]}
    return client.post("/admin/import", data=data, content_type="multipart/form-data")


def jsonl(*records) -> bytes:
    """Records as .jsonl bytes."""
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def test_upload_files_each_all_or_nothing_with_a_report(app, admin_client):
    response = post_import(admin_client, files=[
        ("good.jsonl", jsonl({"text": "One. Two.", "publisher": "Wire"}, {"text": "Three."})),
        ("bad.jsonl", jsonl({"text": "Would be stored."}, {"text": 5})),
        ("story.txt", b"A Title\n\nBody one. Body two.\n"),
    ])
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "good.jsonl</strong>: 2 articles, 3 sentences imported" in page
    assert "bad.jsonl</strong>: not imported. line 2: &#39;text&#39; must be a string" in page
    assert "story.txt</strong>: 1 article, 3 sentences imported" in page
    assert counts(app) == (3, 6)


def test_paste_text_with_or_without_a_title(app, admin_client):
    response = post_import(admin_client, text="Pasted headline\n\nIt says a thing. Then another.")
    assert response.status_code == 200 and "1 article, 3 sentences imported" in response.get_data(as_text=True)
    post_import(admin_client, text="No headline here. Just text.", title="Given title")
    with app.app_context():
        titles = set(db.session.scalars(select(Article.title)))
    assert titles == {"Pasted headline", "Given title"}


def test_html_in_an_article_title_is_refused_and_nothing_changes(app, admin_client):
    response = post_import(admin_client, files=[("x.json", json.dumps({
        "text": "Fine text.", "title": "<script>alert(1)</script>"}).encode())])
    assert response.status_code == 422
    assert "&#39;title&#39; contains HTML markup" in response.get_data(as_text=True)
    pasted = post_import(admin_client, text="Body.", title="<img src=x onerror=alert(1)>")
    assert pasted.status_code == 422
    assert counts(app) == (0, 0)


def test_a_refused_pasted_text_stays_in_the_form_and_a_lone_less_than_is_text(app, admin_client):
    body = "The council met. It said spending fell."
    refused = post_import(admin_client, text=body, title="Budget <b>news</b>").get_data(as_text=True)
    assert "<strong>pasted text</strong>: not imported. record 1: &#39;title&#39; contains HTML markup" in refused
    assert f"{body}</textarea>" in refused and 'value="Budget &lt;b&gt;news&lt;/b&gt;"' in refused
    assert counts(app) == (0, 0)
    stored = post_import(admin_client, text=body, title="Budget: spending < income")
    assert stored.status_code == 200 and f"{body}</textarea>" not in stored.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(Article.title)) == "Budget: spending < income"


def test_empty_form_and_missing_csrf_are_refused(app, admin_client):
    assert post_import(admin_client).status_code == 400
    no_token = admin_client.post("/admin/import", data={"text": "Some text."})
    assert no_token.status_code == 400
    assert counts(app) == (0, 0)


def test_reviewers_cannot_import(app, reviewer_client):
    assert reviewer_client.get("/admin/import").status_code == 403
    assert reviewer_client.get("/articles").status_code == 403


def test_article_list_search_filters_and_pages(app, users, admin_client):
    app.config["PAGE_SIZE"] = 2
    post_import(admin_client, files=[("a.jsonl", jsonl(
        {"text": "Alpha text about ports.", "title": "Ports", "publisher": "Wire"},
        {"text": "Beta text about rain.", "title": "Rain", "publisher": "Daily"},
        {"text": "Gamma text 100% sure_thing.", "title": "Gamma", "publisher": "Daily"},
    ))])
    with app.app_context():
        rain = db.session.scalar(select(Article.id).where(Article.title == "Rain"))
        db.session.add(Task(article_id=rain, reviewer_id=users["rev1"]))
        db.session.commit()

    def titles(query):
        return [t for t in ("Ports", "Rain", "Gamma")
                if f">{t}</a>" in admin_client.get("/articles" + query).get_data(as_text=True)]

    assert titles("?q=rain") == ["Rain"]
    assert titles("?q=ABOUT") == ["Ports", "Rain"]
    assert titles("?q=100%25") == ["Gamma"] and titles("?q=a_t") == []  # % and _ are literal
    assert titles("?publisher=Daily&page=1") == ["Rain", "Gamma"]
    assert titles("?assigned=yes") == ["Rain"]
    assert titles("?assigned=no") == ["Ports", "Gamma"]
    assert titles("?page=2") == ["Ports"]
    assert "Older" in admin_client.get("/articles").get_data(as_text=True)
    beyond = admin_client.get("/articles?page=50&publisher=Daily").get_data(as_text=True)
    assert "No articles on page 50." in beyond and 'publisher=Daily">Back to the first page</a>' in beyond
    assert "Import some" not in beyond


def test_reviewers_read_only_articles_assigned_to_them(app, users, admin_client):
    from tests.conftest import login

    post_import(admin_client, files=[("a.jsonl", jsonl({"text": "Secret one."}, {"text": "Other one."}))])
    with app.app_context():
        first, second = db.session.scalars(select(Article.id).order_by(Article.id)).all()
        db.session.add(Task(article_id=first, reviewer_id=users["rev1"]))
        db.session.commit()
    rev1, rev2 = app.test_client(), app.test_client()
    login(rev1, "rev1")
    login(rev2, "rev2")
    assert rev1.get(f"/articles/{first}").status_code == 200
    for client, article_id in ((rev1, second), (rev2, first), (rev2, 99999)):
        response = client.get(f"/articles/{article_id}")
        assert response.status_code == 404
        assert "No article with that id." in response.get_data(as_text=True)
