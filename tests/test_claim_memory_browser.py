"""Claims across articles in Chromium (issue 15): a reviewer decides a claim in one article; in
another article carrying the same claim in other words the workspace shows "Checked before" and
one key copies the verdict; the admin's Claims page shows the cluster."""

from pathlib import Path

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from annotate.extensions import db
from annotate.models import Annotation
from annotate.services import tasks as task_service
from tests.conftest import browser_login
from tests.test_claim_memory import FIRST, SECOND, _article, _claim_sentence, _task

pytestmark = pytest.mark.browser
DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_a_claim_decided_once_is_offered_in_another_article(app, users, live_url, page, browser):
    with app.app_context():
        first, second = _article(app, FIRST), _article(app, SECOND)
        first_task, second_task = _task(first, users["rev1"]), _task(second, users["rev1"])
        first_claim, second_claim = _claim_sentence(first), _claim_sentence(second)
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{first_task}?s={first_claim}")
    expect(page.locator("#ws-checked-before")).to_be_hidden()  # nothing decided before
    page.locator(".ws-panel-title").focus()
    page.keyboard.press("c")
    page.keyboard.press("3")  # refuted
    page.fill("#ws-evidence-url", "https://stats.example.org/veltrania-trade")
    page.keyboard.press("Enter")
    page.locator(".ws-panel-title").focus()
    page.clock.run_for(1000)
    expect(page.locator("#ws-save-state")).to_have_text("saved")  # not "unsaved…" (a save still to come)
    with app.app_context():
        task_service.submit(first_task, users["rev1"])  # handed in: the verdict is the desk's

    page.goto(f"{live_url}/tasks/{second_task}")
    page.locator(".ws-panel-title").focus()
    page.keyboard.press("j")  # the title, then the claim
    expect(page.locator(".ws-panel-title")).to_have_text("Sentence 2")
    earlier = page.locator("#ws-checked-before")
    expect(earlier).to_contain_text("Checked before: refuted — 1 article")
    expect(earlier).to_contain_text("1 evidence link")
    page.screenshot(path=str(DOCS / "checked-before.png"), full_page=False)
    page.keyboard.press("r")
    expect(page.locator('input[name="status"][value="refuted"]')).to_be_checked()
    expect(page.locator('input[name="claim_type"][value="checkable"]')).to_be_checked()
    expect(page.locator("#ws-evidence-list")).to_contain_text("stats.example.org/veltrania-trade")
    page.clock.run_for(1000)
    expect(page.locator("#ws-save-state")).to_have_text("saved")
    with app.app_context():
        saved = db.session.scalar(select(Annotation).where(Annotation.sentence_id == second_claim))
        assert saved.status == "refuted" and saved.claim_type == "checkable"
        assert saved.evidence == [{"url": "https://stats.example.org/veltrania-trade", "quote": ""}]

    admin = browser.new_context().new_page()
    admin.set_default_timeout(10_000)
    browser_login(admin, live_url, "admin")
    admin.goto(f"{live_url}/admin/claims")
    cluster = admin.locator(".claim-cluster").first
    expect(cluster).to_contain_text("2 claims · 2 articles")
    expect(cluster).to_contain_text("Harbour report.")
    expect(cluster).to_contain_text("Port news.")
    admin.screenshot(path=str(DOCS / "claims.png"), full_page=True)
    admin.context.close()
