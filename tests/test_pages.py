"""The first pages: login, the article list and the article page, with escaping."""

import io
import json

import pytest

from annotate.extensions import db
from annotate.models import Article
from annotate.services.imports import import_file
from tests.conftest import PASSWORD, browser_login, csrf_token, login

HOSTILE = {
    "meta": {"note": "<b>Bold Press</b>"},
    "text": "Hostile <script>alert(1)</script> headline\n\n"
            "The figure <img src=x onerror=alert(2)> was wrong. It said so.",
}


def import_records(app, *records) -> None:
    """Import records as one .jsonl file."""
    data = "".join(json.dumps(record) + "\n" for record in records).encode()
    with app.app_context():
        import_file(io.BytesIO(data), "t.jsonl", app.config["MAX_RECORD_BYTES"])


def test_pages_need_login(client, app):
    response = client.get("/")
    assert response.status_code == 302 and "/login?next=%2F" in response.headers["Location"]
    assert client.get("/articles/1").status_code == 302


def test_login_refuses_a_wrong_password(app, users):
    client = app.test_client()
    response = login(client, "admin", "wrong password")
    assert response.status_code == 401
    assert "Unknown username or wrong password." in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_login_without_csrf_token_is_refused(app, users):
    client = app.test_client()
    response = client.post("/login", data={"username": "admin", "password": PASSWORD})
    assert response.status_code == 400
    assert "security token is missing" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_login_follows_only_safe_next(app, users):
    for target, expected in (("/articles/5", "/articles/5"), ("//evil.example/x", "/"),
                             ("https://evil.example/", "/"), ("/\\evil.example", "/"),
                             ("javascript:alert(1)", "/"), ("/%2F%2Fevil.example", "/"), ("/%09/evil.example", "/")):
        client = app.test_client()
        token = csrf_token(client)
        response = client.post(f"/login?next={target}", data={
            "username": "admin", "password": PASSWORD, "csrf_token": token})
        assert response.status_code == 302 and response.headers["Location"] == expected, target


def test_logout_ends_the_session(admin_client):
    token = csrf_token(admin_client, "/articles")
    assert admin_client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert admin_client.get("/articles").status_code == 302


def test_article_list_and_page_escape_html(app, admin_client):
    import_records(app, HOSTILE)  # no title: the list shows the text's opening, escaped
    listing = admin_client.get("/articles").get_data(as_text=True)
    assert "Hostile &lt;script&gt;alert(1)&lt;/script&gt; headline" in listing
    assert "<script>alert" not in listing
    with app.app_context():
        article_id = db.session.query(Article.id).scalar()
    page = admin_client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<img src=x" not in page and "<script>alert(1)" not in page


def test_unknown_article_is_a_clear_404(admin_client):
    response = admin_client.get("/articles/999999")
    assert response.status_code == 404
    assert "No article with that id." in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)


def test_security_headers_on_every_response(client):
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.browser
def test_seed_article_in_a_browser(app, users, live_url, page, tmp_path):
    """The seed article shows its title, meta line, heading and 11 body sentences, in order."""
    from tests.test_demo import SEED_TEXT

    with app.app_context():
        import_file(io.BytesIO(SEED_TEXT.encode()), "seed.txt", app.config["MAX_RECORD_BYTES"])
        article_id = db.session.query(Article.id).scalar()
    browser_login(page, live_url, "admin")
    page.goto(live_url + "/articles")
    page.click("text=China-North Korea Bond Strengthened by Blood Comradeship")
    page.wait_for_url(f"**/articles/{article_id}")
    items = page.locator("li.sentence")
    kinds = [items.nth(i).get_attribute("class").split("kind-")[1] for i in range(items.count())]
    assert kinds == ["title", "meta", "body", "body", "body", "body", "body", "heading",
                     "body", "body", "body", "body", "body", "body"]
    assert page.locator("li.kind-meta .text").inner_text() == "2 mins read"
    assert page.locator("li.kind-heading .text").inner_text() == \
        "Pyongyang Hosts State Visitors Beyond Chinese Delegation"
    for i in range(items.count()):
        start = int(items.nth(i).get_attribute("data-start"))
        end = int(items.nth(i).get_attribute("data-end"))
        assert items.nth(i).locator(".text").inner_text() == SEED_TEXT[start:end]
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)


ADMIN_PAGES = ("/admin", "/articles", "/articles/{article}", "/admin/import", "/admin/assign", "/admin/tasks",
               "/admin/articles/{article}/tasks", "/admin/sources", "/admin/export", "/admin/users/", "/account",
               "/admin/collections", "/admin/collections/{collection}", "/admin/agreement", "/admin/disagreements",
               "/admin/tasks/{task}/review")
REVIEWER_PAGES = ("/tasks", "/tasks/{task}", "/articles/{article}", "/account", "/collections/{collection}/guidelines")


@pytest.fixture
def site(app, users):
    """An article with a source and tasks for both reviewers, so that lists have rows."""
    from annotate.models import Sentence, Source, Task
    from annotate.services import annotations, collections
    from annotate.services import tasks as task_service

    import_records(app, {"text": "Port news\n\nThe port said 42 ships waited. Xinhua reported it.", "title": "Port"})
    with app.app_context():
        db.session.add(Source(name="Xinhua", kind="news_agency", aliases=["New China"], description=""))
        db.session.commit()
        article = db.session.query(Article.id).scalar()
        task_service.assign_article(article, [users["rev1"], users["rev2"]])
        task = db.session.query(Task.id).filter(Task.reviewer_id == users["rev1"]).scalar()
        desk = collections.create("Port desk", "Mark **every** claim.").id
        collections.add_articles(desk, [article])
        sentence = db.session.query(Sentence.id).filter(Sentence.article_id == article,
                                                        Sentence.kind == "body").first()[0]
        for name, claim in (("rev2", "minor"), ("rev1", "checkable")):  # a disagreement to settle, rev1's to review
            annotations.save(sentence, users[name], {"version": 0, "claim_type": claim})
            task_service.submit(task_service.task_for(article, users[name]).id, users[name])
    return {"article": article, "task": task, "collection": desk}


def _repeated_ids(html: str) -> list[str]:
    from html.parser import HTMLParser

    seen, repeated = set(), []

    class Ids(HTMLParser):
        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                if name == "id" and value in seen:
                    repeated.append(value)
                elif name == "id":
                    seen.add(value)

    Ids().feed(html)
    return repeated


def test_no_page_repeats_an_element_id(site, admin_client, reviewer_client):
    for client, pages in ((admin_client, ADMIN_PAGES), (reviewer_client, REVIEWER_PAGES)):
        for page in pages:
            response = client.get(page.format(**site))
            assert response.status_code == 200, page
            assert _repeated_ids(response.get_data(as_text=True)) == [], page


@pytest.mark.browser
def test_pages_load_in_a_browser_without_console_errors(site, live_url, page):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("response", lambda response: response.status >= 400 and errors.append(f"{response.status} {response.url}"))
    for username, pages in (("admin", ADMIN_PAGES), ("rev1", REVIEWER_PAGES)):
        page.context.clear_cookies()
        browser_login(page, live_url, username)
        for path in pages:
            page.goto(live_url + path.format(**site), wait_until="load")  # scripts, styles, images
        page.wait_for_load_state("networkidle")  # late requests (the favicon) of the last page too
    assert errors == []
