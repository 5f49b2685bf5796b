"""Articles in Chinese and Arabic in Chromium (issue 16, "an import test"): imported through the
import page, their language detected and shown, split at the scripts' own sentence marks with
exact offsets, and the Arabic one laid out right to left in a reviewer's workspace. The
screenshot is docs/languages.png."""

import base64
from pathlib import Path

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from annotate.extensions import db
from annotate.models import Article, Sentence
from annotate.segment import split_sentences
from annotate.services import tasks as task_service
from tests.conftest import browser_login
from tests.test_languages import ARABIC, CHINESE

pytestmark = pytest.mark.browser
DOCS = Path(__file__).resolve().parent.parent / "docs"
# .txt files: the first line is the title, then five sentences each.
FILES = {"zh": ("industry.txt", "工业产值稳步增长\n\n" + CHINESE, "Chinese (zh)"),
         "ar": ("dates.txt", "ارتفاع صادرات التمور\n\n" + ARABIC, "Arabic (ar)")}


def _sentences_shown(page) -> list[dict]:
    """Each sentence of the article page: its offsets and the text shown (reviewer labels aside)."""
    return page.locator("ol.sentences > li").evaluate_all("""items => items.map(item => ({
        start: Number(item.dataset.start), end: Number(item.dataset.end),
        text: item.querySelector('.text').firstChild.textContent.trim()}))""")


def test_chinese_and_arabic_articles_are_detected_split_and_shown(app, users, live_url, page, browser):
    browser_login(page, live_url, "admin")
    page.goto(f"{live_url}/admin/import")
    page.set_input_files("input[name=files]", files=[
        {"name": name, "mimeType": "text/plain", "buffer": text.encode()} for name, text, _ in FILES.values()])
    page.click("form.stacked button[type=submit]")
    expect(page.locator(".import-results li.ok")).to_have_count(2)
    expect(page.locator(".import-results")).to_contain_text("industry.txt: 1 article, 6 sentences imported")
    expect(page.locator(".import-results")).to_contain_text("dates.txt: 1 article, 6 sentences imported")

    ids = {}
    for code, (_, text, shown) in FILES.items():
        with app.app_context():
            article = db.session.scalar(select(Article).where(Article.text == text))
            assert article.language == code
            ids[code] = article.id
            stored = [(s.start, s.end, s.kind) for s in db.session.scalars(
                select(Sentence).where(Sentence.article_id == article.id).order_by(Sentence.position))]
        assert stored == [(s.start, s.end, s.kind) for s in split_sentences(text, code)]
        page.goto(f"{live_url}/articles/{article.id}")
        expect(page.locator("#article-language")).to_have_text(shown)
        sentences = _sentences_shown(page)
        assert len(sentences) == 6  # the title and five sentences
        assert [item["text"] for item in sentences] == [text[item["start"]:item["end"]] for item in sentences]
        assert [text[item["end"] - 1] for item in sentences[1:]] == (
            ["。", "！", "？", "。", "。"] if code == "zh" else [".", ".", "؟", ".", "."])

    with app.app_context():
        task_service.assign_article(ids["ar"], [users["rev1"]])
        task_service.assign_article(ids["zh"], [users["rev1"]])
        tasks = {code: task_service.task_for(ids[code], users["rev1"]).id for code in ids}
    reviewer = browser.new_context(viewport={"width": 1280, "height": 640}).new_page()
    reviewer.set_default_timeout(10_000)
    browser_login(reviewer, live_url, "rev1")
    reviewer.goto(f"{live_url}/tasks/{tasks['ar']}")
    texts = reviewer.locator("#ws-sentences .ws-sentence .text")
    expect(texts).to_have_count(6)
    directions = texts.evaluate_all("els => els.map(el => [el.getAttribute('dir'), getComputedStyle(el).direction])")
    assert directions == [["auto", "rtl"]] * 6
    assert reviewer.locator("#ws-sentences").get_attribute("lang") == "ar"
    assert reviewer.locator(".ws-head h1").evaluate("el => getComputedStyle(el).direction") == "rtl"
    # The English interface around the text stays left to right.
    assert reviewer.locator(".ws-panel").evaluate("el => getComputedStyle(el).direction") == "ltr"
    shots = [reviewer.screenshot()]
    reviewer.goto(f"{live_url}/tasks/{tasks['zh']}")
    texts = reviewer.locator("#ws-sentences .ws-sentence .text")
    expect(texts).to_have_count(6)
    assert texts.evaluate_all("els => els.map(el => getComputedStyle(el).direction)") == ["ltr"] * 6
    shots.append(reviewer.screenshot())
    reviewer.context.close()
    _stacked(browser, shots, DOCS / "languages.png")


def _stacked(browser, shots: list[bytes], target: Path) -> None:
    """Save the screenshots one above the other as one PNG (drawn by the browser: no image library)."""
    images = "".join(f'<img src="data:image/png;base64,{base64.b64encode(shot).decode()}">' for shot in shots)
    sheet = browser.new_context(viewport={"width": 1280, "height": 640 * len(shots)}).new_page()
    sheet.set_content(f"<style>body {{ margin: 0 }} img {{ display: block }}</style>{images}")
    sheet.screenshot(path=str(target), full_page=True)
    sheet.context.close()
