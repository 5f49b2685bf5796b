"""The workspace in a real browser: the seed article annotated with the keyboard alone,
and a stale save resolved through the conflict box."""

import io
from types import SimpleNamespace

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
SAVE_DELAY_MS = 450  # workspace.js saves 400 ms after the last change

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


def idle(page, ms: int = 2500):
    """Let ``ms`` pass on the page's clock at once (timers fire: a pending save, a retry), then
    make a round trip so that any request they started has been seen (the ``page`` fixture
    installs Playwright's clock)."""
    page.clock.run_for(ms)
    page.evaluate("0")


def wait_saved(page):
    """Move the page's clock past the save delay (400 ms), then wait until the panel says the
    last change is saved."""
    page.clock.run_for(SAVE_DELAY_MS)
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
            page.keyboard.press("j")  # the next sentence opens in the page, without a reload
            expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[index + 1]))
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
        for index, (claim, status, _accept) in enumerate(PLAN):
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
    with page.expect_event("dialog"):
        page.evaluate("location.href = '/tasks'")
    assert dialogs == ["beforeunload"]


EMOJI_TEXT = "Space 🚀 news\n\nThe 🚀 launch cost 😀😀 $5m, the agency said. It 😀 rose, the agency said."


@pytest.fixture
def emoji_task(app, users):
    """An article with characters outside the BMP (before and inside its sentences), for rev1."""
    with app.app_context():
        import_file(io.BytesIO(EMOJI_TEXT.encode()), "emoji.txt", app.config["MAX_RECORD_BYTES"])
        article_id = db.session.scalar(select(Article.id))
        task_service.assign_article(article_id, [users["rev1"]])
        sentences = list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article_id)
                                            .order_by(Sentence.position)))
        return task_service.task_for(article_id, users["rev1"]).id, sentences


def drag_select(page, word):
    """Select ``word`` in the current sentence with a real mouse drag; return the page URL before."""
    box = page.evaluate("""(word) => {
        const node = document.getElementById("ws-current-text").firstChild;
        const at = node.data.indexOf(word);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const r = range.getBoundingClientRect();
        return { left: r.left, right: r.right, y: r.top + r.height / 2 };
    }""", word)
    page.mouse.move(box["left"] + 1, box["y"])
    page.mouse.down()
    page.mouse.move((box["left"] + box["right"]) / 2, box["y"], steps=5)
    page.mouse.move(box["right"] - 1, box["y"], steps=5)
    page.mouse.up()


def stored(app):
    """The only annotation's stored values (``source`` by name), or None."""
    with app.app_context():
        annotation = db.session.scalar(select(Annotation))
        if annotation is None:
            return None
        return SimpleNamespace(claim_type=annotation.claim_type, status=annotation.status,
                               source=annotation.source.name if annotation.source else None,
                               span_start=annotation.span_start, span_end=annotation.span_end,
                               version=annotation.version, note=annotation.note)


def test_a_mouse_selection_after_emoji_saves_code_point_offsets(app, users, live_url, page, emoji_task):
    task_id, sentences = emoji_task
    browser_login(page, live_url, "rev1")
    url = f"{live_url}/tasks/{task_id}?s={sentences[1]}"
    page.goto(url)
    drag_select(page, "launch")
    expect(page.locator("#ws-span-text")).to_have_text("“launch”")
    wait_saved(page)
    assert page.url == url  # selecting did not follow a link
    annotation = stored(app)
    start = EMOJI_TEXT.index("launch")
    assert (annotation.span_start, annotation.span_end) == (start, start + len("launch"))
    page.reload()
    expect(page.locator("#ws-span-text")).to_have_text("“launch”")

    drag_select(page, "agency")  # a second selection after two more emoji replaces the first
    expect(page.locator("#ws-span-text")).to_have_text("“agency”")
    wait_saved(page)
    annotation = stored(app)
    start = EMOJI_TEXT.index("agency")
    assert (annotation.span_start, annotation.span_end) == (start, start + len("agency"))


def test_a_click_on_another_sentence_opens_it_in_the_page(app, users, live_url, page, emoji_task):
    task_id, sentences = emoji_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[1]}")
    page.evaluate("window.notReloaded = true")
    page.click(f"#s{sentences[2]} .text")
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[2]))
    assert page.url.endswith(f"?s={sentences[2]}") and page.evaluate("window.notReloaded") is True
    expect(page.locator(".ws-panel-title")).to_have_text("Sentence 3")
    assert page.locator(f"#s{sentences[2]} #ws-current-text").count() == 1  # its text selects a span now
    assert page.locator(f"#s{sentences[1]} a.ws-link").count() == 1


def test_a_stored_span_shown_by_take_theirs_counts_code_points(app, users, live_url, page, emoji_task):
    task_id, sentences = emoji_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[1]}")
    other = app.test_client()
    login(other, "rev1")
    start = EMOJI_TEXT.index("cost")
    assert other.put(f"/api/v1/sentences/{sentences[1]}/annotation",
                     json={"version": 0, "claim_type": "minor", "span": {"start": start, "end": start + 4}},
                     headers={"X-CSRFToken": csrf_token(other, "/tasks")}).status_code == 200
    page.keyboard.press("c")
    page.wait_for_selector("#ws-conflict:not([hidden])")
    assert "span: “cost”" in page.inner_text("#ws-conflict-theirs")
    page.click("#ws-take-theirs")
    expect(page.locator("#ws-span-text")).to_have_text("“cost”")


def test_whole_sentence_checkbox_saves_without_the_span(app, users, live_url, page, emoji_task):
    task_id, sentences = emoji_task
    client = app.test_client()
    login(client, "rev1")
    start = EMOJI_TEXT.index("launch")
    assert client.put(f"/api/v1/sentences/{sentences[1]}/annotation",
                      json={"version": 0, "claim_type": "checkable", "span": {"start": start, "end": start + 6}},
                      headers={"X-CSRFToken": csrf_token(client, "/tasks")}).status_code == 200
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[1]}")
    expect(page.locator("#ws-span-text")).to_have_text("“launch”")
    page.check("#ws-clear-span")
    wait_saved(page)
    annotation = stored(app)
    assert (annotation.span_start, annotation.span_end, annotation.version) == (None, None, 2)


def test_an_unregistered_source_is_not_saved_as_the_article_itself(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.fill("#ws-source", "Unknown Person Z")
    page.check('input[name=claim_type][value=checkable]')
    page.click("#ws-save")
    expect(page.locator("#ws-save-state")).to_contain_text("not in the registry")
    idle(page)  # past the save delay: still nothing claims success
    expect(page.locator("#ws-save-state")).to_contain_text("not saved")
    assert page.input_value("#ws-source") == "Unknown Person Z"
    assert stored(app) is None

    page.select_option("#ws-new-kind", "person")  # choosing a kind adds it, then it saves
    wait_saved(page)
    annotation = stored(app)
    assert (annotation.claim_type, annotation.source) == ("checkable", "Unknown Person Z")


def test_retyping_a_registered_source_never_keeps_the_old_one(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.fill("#ws-source", "Xinhua")
    page.keyboard.press("Enter")
    wait_saved(page)
    assert stored(app).source == "Xinhua"
    page.fill("#ws-source", "Nobody Registered")
    page.keyboard.press("3")  # typing in the box: no label change
    page.click('input[name=status][value=refuted]')
    idle(page)
    expect(page.locator("#ws-save-state")).to_contain_text("not saved")
    annotation = stored(app)
    assert (annotation.source, annotation.status) == ("Xinhua", "unverified")


def test_a_task_submitted_meanwhile_shows_the_servers_message_not_a_conflict(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.keyboard.press("m")
    wait_saved(page)
    with app.app_context():
        task_service.submit(task_id, users["rev1"])
    page.keyboard.press("c")
    expect(page.locator("#ws-save-state")).to_contain_text(
        "The task is submitted; ask an admin to return it before changing it.")
    assert page.is_hidden("#ws-conflict")
    assert page.is_visible("#ws-read-only")
    idle(page)  # no retry loop turns it into something else
    expect(page.locator("#ws-save-state")).to_contain_text("The task is submitted")
    assert stored(app).claim_type == "minor"


def test_a_submitted_task_opens_read_only(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    client = app.test_client()
    login(client, "rev1")
    assert client.put(f"/api/v1/sentences/{sentences[2]}/annotation", json={"version": 0, "claim_type": "minor"},
                      headers={"X-CSRFToken": csrf_token(client, "/tasks")}).status_code == 200
    with app.app_context():
        task_service.submit(task_id, users["rev1"])
    puts = []
    page.on("request", lambda request: puts.append(request.url) if request.method == "PUT" else None)
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    expect(page.locator("#ws-read-only")).to_contain_text("submitted")
    assert page.is_disabled('input[name=claim_type][value=checkable]')
    page.keyboard.press("c")
    page.keyboard.press("2")
    idle(page)
    assert not page.is_checked('input[name=claim_type][value=checkable]')
    assert page.is_checked('input[name=claim_type][value=minor]')
    assert puts == [] and page.is_hidden("#ws-conflict")
    page.keyboard.press("j")  # reading on still works
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[3]))
    assert page.is_disabled('input[name=claim_type][value=checkable]') and puts == []


def test_keys_do_nothing_while_the_help_is_open(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.keyboard.press("?")
    assert page.is_visible("#ws-help")
    page.keyboard.press("c")
    page.keyboard.press("j")
    idle(page)
    assert not page.is_checked('input[name=claim_type][value=checkable]')
    assert page.get_attribute("#workspace", "data-sentence-id") == str(sentences[2])
    assert stored(app) is None
    page.keyboard.press("Escape")
    assert page.is_hidden("#ws-help")
    page.keyboard.press("c")
    wait_saved(page)
    assert stored(app).claim_type == "checkable"


def test_arrow_keys_on_a_radio_keep_their_native_behaviour(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.focus('input[name=status][value=unverified]')
    page.keyboard.press("ArrowDown")
    wait_saved(page)
    assert page.get_attribute("#workspace", "data-sentence-id") == str(sentences[2])
    assert page.is_checked('input[name=status][value=supported]')
    assert stored(app).status == "supported"
    page.locator("body").click(position={"x": 5, "y": 5})  # away from the fields, arrows move again
    page.keyboard.press("ArrowDown")
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[3]))


def test_an_alias_typed_in_any_case_saves_its_source_and_shows_the_name(app, users, live_url, page, seed_task):
    """The page sends the box's text; the server resolves names and aliases (names.name_key)."""
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.fill("#ws-source", "  XINHUA   news agency ")
    page.keyboard.press("Enter")
    wait_saved(page)
    assert stored(app).source == "Xinhua"
    assert page.input_value("#ws-source") == "Xinhua"


def test_j_moves_in_the_page_and_a_saved_annotation_comes_back(app, users, live_url, page, seed_task):
    """j opens the next sentence without loading a page (a mark set on ``window`` survives),
    the address follows (reload and back open the same sentence), and a label saved after the
    step is the one the panel shows when the reviewer comes back to it."""
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.evaluate("window.sameDocument = true")
    page.keyboard.press("j")
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[3]))
    assert page.url.endswith(f"/tasks/{task_id}?s={sentences[3]}")
    expect(page.locator(".ws-panel-title")).to_have_text("Sentence 4")
    assert page.locator(f"#s{sentences[3]}.current #ws-current-text").count() == 1
    page.keyboard.press("c")
    page.keyboard.press("3")
    wait_saved(page)
    annotation = stored(app)
    assert (annotation.claim_type, annotation.status) == ("checkable", "refuted")
    with app.app_context():
        assert db.session.scalar(select(Annotation.sentence_id)) == sentences[3]
    expect(page.locator(f"#s{sentences[3]} .badges")).to_contain_text("checkable")
    expect(page.locator("#ws-progress-text")).to_have_text("1 / 14 decided")

    page.keyboard.press("k")
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[2]))
    assert not page.is_checked('input[name=claim_type][value=checkable]')
    page.keyboard.press("j")
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[3]))
    assert page.is_checked('input[name=claim_type][value=checkable]')
    assert page.is_checked('input[name=status][value=refuted]')
    expect(page.locator("#ws-history summary")).to_have_text("History (1)")  # c and 3: one save
    page.keyboard.press("m")  # a second save of the same annotation, at the version fetched
    wait_saved(page)
    assert (stored(app).claim_type, stored(app).version) == ("minor", 2)

    page.go_back()  # the address before the last step: the sentence before, still in this page
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[2]))
    page.click("#ws-next")
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[3]))
    assert page.evaluate("window.sameDocument") is True
    page.reload()
    assert page.get_attribute("#workspace", "data-sentence-id") == str(sentences[3])
    assert page.is_checked('input[name=claim_type][value=minor]')
    assert page.evaluate("window.sameDocument") is None


def test_the_list_grows_past_its_window_without_a_reload(app, users, live_url, page):
    """A 120-sentence article opens with a window of 41 sentences around the first one; later
    sentences are added to the list as the reviewer asks for them or moves towards them."""
    with app.app_context():
        body = " ".join(f"Exports rose by {n} percent, the ministry said." for n in range(119))
        import_file(io.BytesIO(("Long story\n\n" + body).encode()), "long.txt", app.config["MAX_RECORD_BYTES"])
        article_id = db.session.scalar(select(Article.id))
        task_service.assign_article(article_id, [users["rev1"]])
        task_id = task_service.task_for(article_id, users["rev1"]).id
        sentences = list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article_id)
                                            .order_by(Sentence.position)))
    assert len(sentences) == 120
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[0]}")
    page.evaluate("window.sameDocument = true")
    items = page.locator("#ws-sentences > li")
    expect(items).to_have_count(41)
    assert page.is_hidden("#ws-earlier")
    page.click("#ws-later")  # with JavaScript it adds the next 40 to the list instead of moving the window
    expect(items).to_have_count(81)
    page.click(f"#s{sentences[75]} .text")
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[75]))
    expect(items).to_have_count(120)  # near the end of the list: the rest came too
    assert page.is_hidden("#ws-later")
    expect(page.locator(f"#s{sentences[119]} .text")).to_have_text("Exports rose by 118 percent, the ministry said.")
    for _ in range(3):
        page.keyboard.press("j")
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[78]))
    page.keyboard.press("c")
    wait_saved(page)
    expect(page.locator(f"#s{sentences[78]} .badges")).to_contain_text("checkable")
    assert stored(app).claim_type == "checkable" and page.evaluate("window.sameDocument") is True

    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[100]}")  # the window: 80 to 119
    expect(items).to_have_count(40)
    assert page.is_visible("#ws-earlier") and page.is_hidden("#ws-later")
    page.click("#ws-earlier")
    expect(items).to_have_count(80)
    expect(page.locator(f"#s{sentences[78]} .badges")).to_contain_text("checkable")  # labels come with the list


def test_enter_in_a_text_box_without_javascript_saves_and_does_not_accept_the_suggestion(
        app, browser, live_url, seed_task):
    """The suggestion's Accept button comes before Save in the form; implicit submission (Enter
    in the note or the evidence link) must be Save's."""
    task_id, sentences = seed_task
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        base = live_url
        browser_login(page, base, "rev1")
        sentence = sentences[5]  # "Xinhua ... reported ...": a suggestion is shown
        page.goto(f"{base}/tasks/{task_id}?s={sentence}")
        expect(page.locator("#ws-accept")).to_be_visible()
        page.check("input[name=claim_type][value=checkable]")
        page.fill("textarea[name=note], input[name=note]", "typed, then Enter")
        page.locator("input[name^=evidence_url]").first.fill("https://example.org/a")
        with page.expect_navigation():  # the save has answered before the browser closes
            page.locator("input[name^=evidence_url]").first.press("Enter")
    finally:
        context.close()
    with app.app_context():
        saved = db.session.scalar(select(Annotation).where(Annotation.sentence_id == sentence))
        assert saved is not None and saved.note == "typed, then Enter"
        assert saved.source_id is None  # the suggestion was not accepted


def test_the_keys_overlay_is_a_modal_dialog_that_gives_the_focus_back(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.focus("#ws-help-button")
    page.keyboard.press("Enter")
    expect(page.locator("#ws-help")).to_be_visible()
    assert page.evaluate("""() => {
        const help = document.getElementById("ws-help");
        return help.tagName === "DIALOG" && help.matches(":modal") && help.contains(document.activeElement);
    }""")
    page.keyboard.press("Escape")
    expect(page.locator("#ws-help")).to_be_hidden()
    assert page.evaluate("document.activeElement.id") == "ws-help-button"
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("?")  # from the keyboard alone, and closed by its own key or button
    expect(page.locator("#ws-help")).to_be_visible()
    page.keyboard.press("Enter")  # the focused "Close" button
    expect(page.locator("#ws-help")).to_be_hidden()
    page.keyboard.press("c")  # the keys work again at once
    wait_saved(page)
    assert stored(app).claim_type == "checkable"


def test_a_span_is_narrowed_with_the_keyboard_alone(app, users, live_url, page, emoji_task):
    task_id, sentences = emoji_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[1]}")
    assert page.get_attribute("#ws-span-text", "aria-live") == "polite"  # each change is announced
    page.keyboard.press("]")  # start: "🚀", then "launch"
    page.keyboard.press("]")
    for _ in range(3):  # end: "said." → "agency" → "the" → "$5m,"
        page.keyboard.press("Shift+ArrowLeft")
    expect(page.locator("#ws-span-text")).to_have_text("“launch cost 😀😀 $5m,”")
    wait_saved(page)
    start = EMOJI_TEXT.index("launch")
    annotation = stored(app)
    assert (annotation.span_start, annotation.span_end) == (start, EMOJI_TEXT.index("$5m,") + len("$5m,"))
    page.keyboard.press("[")  # back a word at the start, on the visible controls too
    page.click("#ws-span-keys button[data-edge=end][data-direction='1']")
    expect(page.locator("#ws-span-text")).to_have_text("“🚀 launch cost 😀😀 $5m, the”")
    page.keyboard.press("[")
    for _ in range(3):
        page.keyboard.press("Shift+ArrowRight")  # all of it again: the whole sentence, no span
    expect(page.locator("#ws-span-text")).to_contain_text("the whole sentence")
    wait_saved(page)
    assert (stored(app).span_start, stored(app).span_end) == (None, None)


def test_after_adding_a_source_from_the_kind_list_j_moves_on(app, users, live_url, page, seed_task):
    task_id, sentences = seed_task
    browser_login(page, live_url, "rev1")
    page.goto(f"{live_url}/tasks/{task_id}?s={sentences[2]}")
    page.keyboard.press("c")
    page.keyboard.press("s")
    page.keyboard.type("Unknown Person Z")
    page.keyboard.press("Enter")
    expect(page.locator("#ws-save-state")).to_contain_text("not in the registry")
    page.keyboard.press("s")
    page.keyboard.press("Tab")  # to the kind list
    assert page.evaluate("document.activeElement.id") == "ws-new-kind"
    page.keyboard.press("ArrowDown")  # the first kind: the source is added, then saved
    wait_saved(page)
    assert stored(app).source == "Unknown Person Z"
    assert page.evaluate("document.activeElement.id") != "ws-new-kind"
    page.keyboard.press("j")
    expect(page.locator("#workspace")).to_have_attribute("data-sentence-id", str(sentences[3]))
