"""axe-core on every page (the admin's, the reviewer's, the login page, an error page), in the
light and the dark colour scheme: no violation of impact critical or serious, and none of the
rules this project holds to whatever their impact (one h1, distinct landmark names, no empty
table header). Then what axe cannot see: a visible focus ring with enough contrast, and form
errors tied to their fields.

axe-core is vendored under tests/vendor/axe-core (MPL-2.0), so the test runs offline."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import browser_login
from tests.test_layout_browser import desk, visit_every_page  # noqa: F401  (desk is a fixture)

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
FAILING_IMPACTS = {"critical", "serious"}
# Rules of lesser impact that the pages keep to all the same (issue 14: "no h1 on the article
# page", "two unnamed nav landmarks", "empty table headers").
ALWAYS = {"page-has-heading-one", "landmark-unique", "empty-table-header", "landmark-one-main",
          "heading-order", "region", "list", "listitem"}


def axe_violations(page) -> list[str]:
    """Run axe on the page as it is; one line per failing rule, with up to three of its nodes."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [f"{rule['id']} ({rule['impact']}): " + "; ".join(
                " ".join(node["target"]) + " " + (node.get("failureSummary") or "").split("\n")[-1].strip()
                for node in rule["nodes"][:3])
            for rule in results["violations"]
            if rule["impact"] in FAILING_IMPACTS or rule["id"] in ALWAYS]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious_on_any_page(app, browser, live_url, desk, scheme):  # noqa: F811
    problems = visit_every_page(browser, live_url, app, desk, lambda page, role, path: axe_violations(page),
                                color_scheme=scheme, bypass_csp=True)
    assert not problems, "\n".join(problems)


def _contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``rgb(...)``/``rgba(...)`` colours (alpha ignored)."""
    def luminance(colour: str) -> float:
        channels = [int(value) / 255 for value in re.findall(r"[\d.]+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


FOCUS = """() => {
    // The ring is drawn outside the element (outline-offset): what is behind it is the parent's background.
    const el = document.activeElement, style = getComputedStyle(el);
    let node = el.parentElement, background = 'rgba(0, 0, 0, 0)';
    while (node && /rgba\\(0, 0, 0, 0\\)|transparent/.test(background)) {
        background = getComputedStyle(node).backgroundColor; node = node.parentElement;
    }
    if (/rgba\\(0, 0, 0, 0\\)|transparent/.test(background)) {
        background = getComputedStyle(document.body).backgroundColor;
    }
    return {tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth),
            color: style.outlineColor, background: background};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_keyboard_focus_is_visible(app, browser, live_url, desk, scheme):  # noqa: F811
    """Tabbing through the admin's task list: every focused control has a solid outline of at
    least 2px whose colour stands out 3:1 against what is behind it (WCAG 2.2, 2.4.7 and 1.4.11)."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    browser_login(page, live_url, "admin")
    page.goto(f"{live_url}/admin/tasks")
    seen = set()
    for _ in range(25):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS)
        seen.add(focus["tag"])
        assert focus["outline"] not in ("none", "hidden") and focus["width"] >= 2, focus
        assert _contrast(focus["color"], focus["background"]) >= 3, focus
    assert {"A", "BUTTON"} <= seen
    context.close()


def test_field_errors_are_tied_to_their_fields(app, browser, live_url, desk):  # noqa: F811
    """A refused form marks its fields invalid and names the error as their description."""
    page = browser.new_context(bypass_csp=True).new_page()
    browser_login(page, live_url, "admin")
    page.goto(f"{live_url}/admin/users/")
    with page.expect_navigation():
        page.locator("form:has(input[name=username]) button[type=submit]").click()
    invalid = page.locator("[aria-invalid=true]")
    assert invalid.count() >= 1
    for index in range(invalid.count()):
        field = invalid.nth(index)
        described = field.get_attribute("aria-describedby")
        assert described, field.evaluate("el => el.outerHTML")
        for error_id in described.split():
            expect(page.locator(f"#{error_id}")).to_be_visible()
    assert not axe_violations(page)
    page.goto(f"{live_url}/admin/import")
    with page.expect_navigation():
        page.locator("form:has(textarea[name=text]) button[type=submit]").click()
    text = page.locator("textarea[name=text]")
    expect(text).to_have_attribute("aria-invalid", "true")
    error = page.locator("#" + text.get_attribute("aria-describedby").split()[-1])
    expect(error).to_have_class(re.compile("field-error"))
    page.context.close()
