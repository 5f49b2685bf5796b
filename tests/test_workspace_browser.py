"""The workspace in a real browser: the seed article annotated with the keyboard alone,
and a stale save resolved through the conflict box."""

import io
from pathlib import Path

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from annotate.extensions import db
from annotate.models import Annotation, Article, Sentence, Task
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from annotate.services.sources import import_sources
from tests.conftest import browser_login, csrf_token, login
from tests.test_demo import FIXTURES, SEED_TEXT

pytestmark = pytest.mark.browser

# Per sentence of the seed article: claim key, status key or None, accept the suggestion?
PLAN = [
    ("n", None, False),  # title
    ("n", None, False),  # 2 mins read
    ("c", None, False),  # To mark the 70th anniversary ...
    ("c", None, False),  # During the meeting, a formal letter ...
    ("c", "2", True),    # The letter conveyed ...               -> Xi Jinping
    ("c", "2", True),    # Xinhua ... reported ...               -> Xinhua (+ evidence)
    ("m", None, True),   # While the contents ... it highlighted -> Xi Jinping
    ("n", None, False),  # heading
    ("c", "5", True),    # Xi Jinping acknowledged ...           -> Xi Jinping
    ("m", None, False),  # In addition to ...
    ("c", "2", False),   # A bilateral meeting ...
    ("c", None, False),  # Sergei Shoigu ... met with ...
    ("c", "4", True),    # Shoigu highlighted ...                -> Sergei Shoigu
    ("m", None, False),  # Both sides affirmed ...
]
EXPECTED_SOURCES = {4: "Xi Jinping", 5: "Xinhua", 6: "Xi Jinping", 8: "Xi Jinping", 12: "Sergei Shoigu"}
STATUS = {"2": "supported", "4": "misleading", "5": "unverifiable", None: "unverified"}
CLAIM = {"c": "checkable", "m": "minor", "n": "not_a_claim"}
EVIDENCE = "https://example.org/xinhua/armistice-report"


@pytest.fixture
def seed_task(app, users):
    """The seed article with the fixtures' sources, assigned to rev1."""
    with app.app_context():
        import_file(io.BytesIO(SEED_TEXT.encode()), "seed.txt", app.config["MAX_RECORD_BYTES"])
        import_sources(FIXTURES / "sources.json")
        article_id = db.session.scalar(select(Article.id))
        task_service.assign_article(article_id, [users["rev1"]])
        sentences = list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article_id)
                                            .order_by(Sentence.position)))
        return task_service.task_for(article_id, users["rev1"]).id, sentences


def wait_saved(page):
    """Wait until the panel says the last change is saved."""
    expect(page.locator("#ws-save-state")).to_have_text("saved")


def test_seed_article_end_to_end_with_the_keyboard(app, users, live_url, page, seed_task, tmp_path):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}")
    assert len(PLAN) == len(sentences)
    for index, (claim, status, accept) in enumerate(PLAN):
        assert page.get_attribute("#workspace", "data-sentence-id") == str(sentences[index])
        page.keyboard.press(claim)
        if status:
            page.keyboard.press(status)
        if accept:
            assert page.get_attribute("#ws-suggestion", "data-source") == EXPECTED_SOURCES[index]
            page.keyboard.press("a")
        else:
            assert page.locator("#ws-suggestion").count() == 0, f"no suggestion expected at {index}"
        if index == 5:
            page.keyboard.press("e")
            page.keyboard.type(EVIDENCE)
            page.keyboard.press("Enter")
            page.keyboard.press("Escape")
        wait_saved(page)
        if index == 1:
            page.keyboard.press("?")
            assert page.is_visible("#ws-help") and "accept the suggested source" in page.inner_text("#ws-help")
            page.keyboard.press("?")
            assert not page.is_visible("#ws-help")
        if index + 1 < len(PLAN):
            with page.expect_navigation():
                page.keyboard.press("j")
    assert page.inner_text("#ws-progress-text") == "14 / 14 decided"
    page.screenshot(path=str(tmp_path / "workspace.png"), full_page=True)
    page.keyboard.press("Shift+S")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/tasks")

    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[5]}")  # reload: everything is there
    assert page.input_value("#ws-source") == "Xinhua"
    assert page.locator("#ws-evidence-list a").get_attribute("href") == EVIDENCE
    assert page.locator("#ws-evidence-list a").get_attribute("rel") == "noopener noreferrer"
    with app.app_context():
        assert db.session.get(Task, task_id).state == "submitted"
        stored = {a.sentence_id: a for a in db.session.scalars(select(Annotation))}
        for index, (claim, status, accept) in enumerate(PLAN):
            annotation = stored[sentences[index]]
            assert annotation.claim_type == CLAIM[claim], index
            assert annotation.status == STATUS[status], index
            assert (annotation.source.name if annotation.source else None) == EXPECTED_SOURCES.get(index), index
        assert stored[sentences[5]].evidence == [{"url": EVIDENCE, "quote": ""}]


def test_a_stale_save_shows_both_values_and_keeps_mine(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    other = app.test_client()  # the same reviewer in another tab saves first
    login(other, "rev1")
    response = other.put(f"/api/v1/sentences/{sentences[2]}/annotation", json={"version": 0, "claim_type": "minor"},
                         headers={"X-CSRFToken": csrf_token(other, "/tasks")})
    assert response.status_code == 200
    page.keyboard.press("c")
    page.wait_for_selector("#ws-conflict:not([hidden])")
    assert "claim type: checkable" in page.inner_text("#ws-conflict-mine")
    assert "claim type: minor" in page.inner_text("#ws-conflict-theirs")
    page.click("#ws-keep-mine")
    wait_saved(page)
    with app.app_context():
        annotation = db.session.scalar(select(Annotation))
        assert (annotation.claim_type, annotation.version) == ("checkable", 2)


def test_unsaved_change_warns_before_leaving(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.route("**/api/v1/sentences/**", lambda route: None)  # the save never answers
    page.keyboard.press("m")
    expect(page.locator("#ws-save-state")).to_have_text("saving…")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.evaluate("location.href = '/tasks'")
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
