"""The desk lead's loop in Chromium: review a submitted task in context, return it with a
comment on sentence 3, the reviewer sees it, fixes and resubmits; the admin accepts, settles
every disagreement of the article from the keyboard, and the json export has a final label for
every decided sentence."""

import io
import json

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from annotate.extensions import db
from annotate.models import Article, Sentence, Task
from annotate.services import annotations as annotation_service
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from annotate.services.sources import import_sources
from tests.conftest import browser_login
from tests.test_demo import FIXTURES, SEED_TEXT

pytestmark = pytest.mark.browser


@pytest.fixture
def desk(app, users):
    """The seed article in a collection, both reviewers' work on it handed in; rev2 departs
    from rev1 on four sentences."""
    with app.app_context():
        import_sources(FIXTURES / "sources.json")
        import_file(io.BytesIO(SEED_TEXT.encode()), "seed.txt", app.config["MAX_RECORD_BYTES"], collection="Korea desk")
        article = db.session.scalar(select(Article.id))
        task_service.assign_article(article, [users["rev1"], users["rev2"]])
        sentences = list(db.session.scalars(select(Sentence).where(Sentence.article_id == article)
                                            .order_by(Sentence.position)))
        for name in ("rev1", "rev2"):
            for sentence in sentences:
                claim = "not_a_claim" if sentence.kind != "body" else "checkable"
                if name == "rev2" and sentence.position in (4, 6, 9, 12):
                    claim = "minor"
                if name == "rev1" and sentence.position == 2:
                    claim = "minor"  # the one the admin will question
                annotation_service.save(sentence.id, users[name], {"version": 0, "claim_type": claim})
            task_service.submit(task_service.task_for(article, users[name]).id, users[name])
        return {"article": article, "sentences": [s.id for s in sentences],
                "rev1": task_service.task_for(article, users["rev1"]).id,
                "rev2": task_service.task_for(article, users["rev2"]).id}


def test_the_desk_leads_loop_from_the_keyboard(app, users, live_url, browser, desk, tmp_path):
    admin = browser.new_context().new_page()
    admin.set_default_timeout(10_000)
    browser_login(admin, live_url, "admin")
    admin.goto(f"{live_url}/admin/tasks/{desk['rev1']}/review")
    admin.keyboard.press("j")
    admin.wait_for_url(f"**s={desk['sentences'][1]}")
    admin.keyboard.press("j")
    admin.wait_for_url(f"**s={desk['sentences'][2]}")
    expect(admin.locator(".ws-panel h2")).to_contain_text("Sentence 3")
    expect(admin.locator("#rv-values")).to_contain_text("minor")
    admin.keyboard.press("c")
    admin.keyboard.type("This states a fact: mark it checkable.")
    admin.keyboard.press("Tab")
    with admin.expect_navigation():
        admin.keyboard.press("Enter")
    expect(admin.locator("#rv-comment-list")).to_contain_text("not sent yet")
    admin.keyboard.press("Shift+R")
    admin.keyboard.type("One sentence needs another look")
    with admin.expect_navigation():
        admin.keyboard.press("Enter")
    expect(admin.locator(".task-state")).to_have_text("returned")

    reviewer = browser.new_context().new_page()
    reviewer.set_default_timeout(10_000)
    browser_login(reviewer, live_url, "rev1")
    reviewer.goto(f"{live_url}/tasks/{desk['rev1']}?s={desk['sentences'][2]}")
    expect(reviewer.locator("#ws-comments")).to_contain_text("This states a fact: mark it checkable.")
    expect(reviewer.locator(f"#s{desk['sentences'][2]} .badge.comment")).to_have_text("1 comment")
    reviewer.keyboard.press("c")
    expect(reviewer.locator("#ws-save-state")).to_have_text("saved")
    reviewer.keyboard.press("Shift+S")
    with reviewer.expect_navigation():
        reviewer.keyboard.press("Enter")
    with app.app_context():
        assert db.session.get(Task, desk["rev1"]).state == "submitted"

    admin.goto(f"{live_url}/admin/tasks/{desk['rev1']}/review")
    admin.keyboard.press("Shift+A")
    with admin.expect_navigation():
        admin.keyboard.press("Enter")
    expect(admin.locator(".task-state")).to_have_text("accepted")

    admin.goto(f"{live_url}/admin/disagreements?article={desk['article']}")
    settled = 0
    while admin.locator("#adjudication").count():
        with admin.expect_navigation():
            admin.keyboard.press("1")  # rev1's label
        settled += 1
        assert settled <= len(desk["sentences"])
    assert settled == 4
    expect(admin.locator("#adj-done")).to_be_visible()
    admin.keyboard.press("Shift+U")
    with admin.expect_navigation():
        admin.keyboard.press("Enter")
    expect(admin.locator(".flash")).to_contain_text("settled with the reviewers' agreed label")
    admin.screenshot(path=str(tmp_path / "adjudication-done.png"), full_page=True)

    output = tmp_path / "export.json"
    result = app.test_cli_runner().invoke(args=["export", "--format", "json", "-o", str(output)])
    assert result.exit_code == 0, result.output
    (article,) = json.loads(output.read_text())["articles"]
    decided = [s for s in article["sentences"] if any(a["claim_type"] for a in s["annotations"])]
    assert len(decided) == len(desk["sentences"])
    assert all(s["final"] is not None for s in decided), [s["text"] for s in decided if s["final"] is None]
    disputed = [s for s in article["sentences"]
                if {a["claim_type"] for a in s["annotations"]} != {s["final"]["claim_type"]}]
    assert len(disputed) == 4 and all(s["final"]["claim_type"] == "checkable" for s in disputed)
