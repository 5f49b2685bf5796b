"""A collection's guidelines as HTML: Markdown rendered safely. Pure: no Flask, no database.

CommonMark with tables; raw HTML in the text is shown as text, never passed through, and links
keep only safe schemes (markdown-it refuses javascript:, vbscript:, file: and data: other than
images), so what an admin writes cannot run in a reviewer's page.
"""

from markdown_it import MarkdownIt
from markupsafe import Markup

from annotate.labels import CLAIM_TYPE_MEANINGS, STATUS_MEANINGS

MAX_GUIDELINES = 50_000

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def render(text: str) -> str:
    """The guidelines as HTML, safe to show as it is."""
    return _MARKDOWN.render(text or "")


def markup(text: str) -> Markup:
    """The guidelines as HTML that templates insert as it is (``render`` lets no raw HTML through)."""
    return Markup(render(text))  # noqa: S704  (markdown-it with html off: nothing raw gets through)


def label_definitions() -> dict[str, dict[str, str]]:
    """What every label means (SPEC §2), shown beside every collection's guidelines."""
    return {"claim_type": dict(CLAIM_TYPE_MEANINGS), "status": dict(STATUS_MEANINGS)}
