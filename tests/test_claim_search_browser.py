"""The search page in Chromium: words typed into the form find the sentences, the words marked,
and text that looks like HTML shown as text."""

import pytest
from playwright.sync_api import expect

from tests.conftest import browser_login
from tests.test_claim_search import desk  # noqa: F401  (the fixture)

pytestmark = pytest.mark.browser


def test_a_search_from_the_form_shows_the_sentences_found(live_url, page, desk):  # noqa: F811
    browser_login(page, live_url, "admin")
    page.get_by_role("link", name="Search").click()
    page.get_by_label("Words").fill("script harbour")
    page.get_by_label("Words").press("Enter")
    results = page.locator(".search-result")
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("<script>alert(1)</script> was typed near the harbour.")
    expect(results.first.locator("mark")).to_have_text(["script", "script", "harbour"])
    expect(results.first.locator("script")).to_have_count(0)
    page.get_by_label("Status").select_option("refuted")
    page.get_by_label("Words").fill("port")
    page.get_by_role("button", name="Search").click()
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("Xinhua reported the port was closed.")
    expect(results.first).to_contain_text("rev1: checkable · Xinhua · refuted")
    results.first.get_by_role("link", name="Port reopens").click()
    expect(page).to_have_url(f"{live_url}/articles/{desk['port']}#s{desk['claim']}")


def test_a_reviewer_searches_the_articles_assigned_to_them(live_url, page, desk):  # noqa: F811
    browser_login(page, live_url, "rev2")
    page.get_by_role("link", name="Search").click()
    page.get_by_label("Words").fill("geneva")
    page.get_by_label("Words").press("Enter")
    expect(page.locator(".search-result")).to_have_count(1)
    expect(page.locator(".search-result")).to_contain_text("42 ships waited near Geneva")
