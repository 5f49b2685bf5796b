"""Every page at a phone's width (390 × 844) and a desktop's (1400 × 900): nothing scrolls
sideways. The pages are read from the URL map, each opened by every role whose audience it
declares, on a small desk with content in every table (tasks in every state, a proposed source,
a final label, an API token), so that a page added later is measured without a line here.

The workspace on a phone: the panel opens as a sheet at the bottom of the screen, leaves the
current sentence in view, and its controls are large enough to tap."""

import io
import os
import shutil
from pathlib import Path

import pytest
from flask import url_for
from playwright.sync_api import expect
from sqlalchemy import select

from annotate.auth import ANONYMOUS
from annotate.extensions import db
from annotate.models import ApiToken, Article, ClaimCluster, Collection, Sentence, Source, Task
from annotate.services import demo, final_labels, tokens
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from annotate.services.sources import SourceDraft, create_source, import_sources
from tests.conftest import browser_login
from tests.test_demo import FIXTURES, SEED_TEXT

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1400, "height": 900}
DOCS = Path(__file__).resolve().parent.parent / "docs"
# GET routes that are not pages: a download (its page is the export form) and the API.
NOT_PAGES = {"exports.download"}
LOGINS = {"admin": "admin", "reviewer": "rev1"}


@pytest.fixture
def desk(app, users):
    """The seed article and five desk stories in a collection, each double-annotated with tasks
    in every state (the demo's desk), one more article assigned and untouched, a proposed
    source, a final label with a published verdict, and an API token for each account."""
    with app.app_context():
        import_sources(FIXTURES / "sources.json")
        import_file(io.BytesIO(SEED_TEXT.encode()), "seed.txt", app.config["MAX_RECORD_BYTES"])
        stories = (FIXTURES / "desk_stories.jsonl").read_text(encoding="utf-8").splitlines()[:5]
        import_file(io.BytesIO("\n".join(stories).encode()), "desk.jsonl", app.config["MAX_RECORD_BYTES"])
        demo.seed_desk([users["rev1"], users["rev2"]], users["admin"])
        import_file(io.BytesIO(b'{"text": "Untouched. Nobody has opened it yet."}'), "new.jsonl",
                    app.config["MAX_RECORD_BYTES"])
        fresh = db.session.scalar(select(Article.id).order_by(Article.id.desc()))
        task_service.assign_article(fresh, [users["rev1"]])
        create_source(SourceDraft(name="Ministry spokesperson", kind="person"), users["rev1"])
        first = db.session.scalar(select(Sentence.id).where(Sentence.kind == "body").order_by(Sentence.id))
        final_labels.adjudicate(first, {"claim_type": "checkable", "status": "refuted", "source_id": None,
                                        "review_url": "https://desk.example.org/checks/1"}, users["admin"])
        for user_id in users.values():
            tokens.create_token(user_id, "laptop")
        return _ids(users)


def _ids(users) -> dict:
    """Ids for each role to fill URL parameters with: the reviewer's own (an open task of theirs,
    an article of their tasks), the admin's any (a submitted task, to review)."""
    def first(statement):
        return db.session.scalar(statement.limit(1))

    rev1_task = first(select(Task).where(Task.reviewer_id == users["rev1"], Task.state == "in_progress")
                      .order_by(Task.id)) or first(select(Task).where(Task.reviewer_id == users["rev1"]))
    submitted = first(select(Task).where(Task.state == "submitted").order_by(Task.id))
    common = {"collection_id": first(select(Collection.id)), "source_id": first(select(Source.id).order_by(Source.id)),
              "user_id": users["rev2"], "cluster_id": first(select(ClaimCluster.id).order_by(ClaimCluster.id))}
    reviewer = {**common, "task_id": rev1_task.id, "article_id": rev1_task.article_id,
                "sentence_id": first(select(Sentence.id).where(Sentence.article_id == rev1_task.article_id)),
                "token_id": first(select(ApiToken.id).where(ApiToken.user_id == users["rev1"]))}
    admin = {**common, "task_id": submitted.id, "article_id": submitted.article_id,
             "sentence_id": first(select(Sentence.id).where(Sentence.article_id == submitted.article_id)),
             "token_id": first(select(ApiToken.id).where(ApiToken.user_id == users["admin"]))}
    return {"admin": admin, "reviewer": reviewer}


def page_paths(app, role: str, ids: dict) -> list[str]:
    """Every page (a GET route outside the API) the role may open, its parameters filled from
    ``ids``; a parameter this test does not know fails, so that a new page is not left out."""
    paths = []
    for rule in sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule):
        view = app.view_functions[rule.endpoint]
        audience = getattr(view, "audience", frozenset())
        if ("GET" not in rule.methods or rule.endpoint == "static" or rule.endpoint in NOT_PAGES
                or rule.rule.startswith("/api/") or not (role in audience or ANONYMOUS in audience)):
            continue
        unknown = set(rule.arguments) - set(ids)
        assert not unknown, f"{rule.rule}: give this test an id for {sorted(unknown)} in _ids()"
        with app.test_request_context():
            paths.append(url_for(rule.endpoint, **{name: ids[name] for name in rule.arguments}))
    return paths


def visit_every_page(browser, live_url, app, desk, check, **context_options) -> list[str]:
    """Open every page as the admin, as the reviewer and (the login page, an error page) as
    nobody; ``check(page, role, path)`` returns a list of problems; all of them are returned."""
    problems: list[str] = []
    anonymous = ["/login", "/no-such-page"]
    for role in ("anonymous", "admin", "reviewer"):
        context = browser.new_context(**context_options)
        page = context.new_page()
        page.set_default_timeout(10_000)
        paths = anonymous
        if role != "anonymous":
            browser_login(page, live_url, LOGINS[role])
            paths = [*page_paths(app, role, desk[role]), "/no-such-page"]
        for path in paths:
            page.goto(live_url + path)
            page.wait_for_load_state()
            problems += [f"{role} {path}: {problem}" for problem in check(page, role, path)]
        context.close()
    return problems


def sideways(page, role, path) -> list[str]:
    """The document is wider than the window (it scrolls sideways), and the widest culprits."""
    width = page.evaluate("document.documentElement.scrollWidth")
    window = page.evaluate("window.innerWidth")
    if width <= window:
        return []
    culprits = page.evaluate("""(window) => [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window + 1 && !clipped(el))
        .slice(0, 3).map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                         + ' ' + Math.round(el.getBoundingClientRect().right) + 'px');
        function clipped(el) {  // inside a box that scrolls or clips it, or fixed to the screen
            for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
                if (getComputedStyle(node).overflowX !== 'visible') return true;
            }
            return getComputedStyle(el).position === 'fixed';
        }""", window)
    return [f"{width}px wide in a {window}px window ({', '.join(culprits)})"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_no_page_scrolls_sideways(app, browser, live_url, desk, viewport):
    problems = visit_every_page(browser, live_url, app, desk, sideways, viewport=viewport)
    assert not problems, "\n".join(problems)


def test_every_page_is_measured(app, desk):
    """The page list is the URL map's: the admin's pages and the reviewer's include these."""
    admin = page_paths(app, "admin", desk["admin"])
    reviewer = page_paths(app, "reviewer", desk["reviewer"])
    for expected in ("/admin", "/admin/tasks", f"/admin/tasks/{desk['admin']['task_id']}/review",
                     "/admin/users/", "/admin/sources", "/articles", "/admin/disagreements"):
        assert expected in admin
    for expected in ("/tasks", f"/tasks/{desk['reviewer']['task_id']}", "/account"):
        assert expected in reviewer
    assert not any(path.startswith("/admin") for path in reviewer)


def test_workspace_panel_is_a_sheet_on_a_phone(app, browser, live_url, desk, tmp_path):
    """On a phone the panel is a sheet at the bottom, under the current sentence, and works by touch."""
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True, device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(10_000)
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{desk['reviewer']['task_id']}")
    page.wait_for_load_state()
    panel = page.locator(".ws-panel")
    current = page.locator(".ws-sentence.current")
    expect(current).to_be_visible()
    sheet, sentence = panel.bounding_box(), current.bounding_box()
    assert sheet["x"] >= 0 and sheet["x"] + sheet["width"] <= PHONE["width"] + 0.5
    assert sheet["y"] + sheet["height"] >= PHONE["height"] - 1, "the panel sits at the bottom of the screen"
    assert sheet["height"] <= PHONE["height"] * 0.6, "the panel leaves room for the text"
    assert sentence["y"] + sentence["height"] <= sheet["y"], "the current sentence is above the sheet"
    # Every control of the panel is a target of at least 24 × 24 CSS px (WCAG 2.2, 2.5.8) and
    # the choices a reviewer taps most are 44 px tall.
    small = page.evaluate("""() => [...document.querySelectorAll('.ws-panel button:not(.default-submit),'
            + ' .ws-panel .choices label, .ws-panel input:not([type=hidden]), .ws-panel select, .ws-nav a')]
        .map((el) => el.matches('input[type=radio], input[type=checkbox]') && el.closest('label') || el)
        .filter((el) => el.offsetParent !== null)
        .map((el) => [el.id || el.textContent.trim().slice(0, 20), el.getBoundingClientRect()])
        .filter(([, box]) => box.width < 24 || box.height < 24).map(([name]) => name)""")
    assert not small, f"too small to tap: {small}"
    choice = page.locator(".ws-panel .choices label").first
    assert choice.bounding_box()["height"] >= 44
    # A tap on a choice selects it and the work is saved.
    page.locator("#ws-claim label:has(input:not(:checked))").first.tap()
    expect(page.locator("#ws-save-state")).to_have_text("saved")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    _screenshot(page, tmp_path, "workspace-phone.png")
    context.close()


def test_topbar_fits_a_phone(app, browser, live_url, desk):
    """The admin's eleven links wrap inside the topbar and each is a target big enough to tap."""
    context = browser.new_context(viewport=PHONE, has_touch=True)
    page = context.new_page()
    browser_login(page, live_url, "admin")
    links = page.locator(".topbar nav a")
    assert links.count() >= 10
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], links.nth(index).inner_text()
        assert box["height"] >= 24
    context.close()


def test_dark_mode_screenshot(app, browser, live_url, desk, tmp_path):
    """The dark theme applies (the page's background is dark) and a picture of it is taken."""
    context = browser.new_context(viewport={"width": 1000, "height": 700}, color_scheme="dark")
    page = context.new_page()
    browser_login(page, live_url, "admin")
    page.goto(f"{live_url}/admin/tasks")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(value) for value in background[background.index("(") + 1:-1].split(",")[:3]]
    assert max(channels) < 60, background
    _screenshot(page, tmp_path, "dark-mode-tasks.png")
    context.close()


def _screenshot(page, folder: Path, name: str) -> None:
    """A PNG of the viewport, copied to docs/ only when ANNOTATE_SCREENSHOTS=1 (a test run leaves the
    checkout as it was): ``ANNOTATE_SCREENSHOTS=1 pytest tests/test_layout_browser.py -k "sheet or dark"``."""
    target = folder / name
    page.screenshot(path=str(target))
    assert target.stat().st_size > 1000
    if os.environ.get("ANNOTATE_SCREENSHOTS") == "1":
        shutil.copyfile(target, DOCS / name)
