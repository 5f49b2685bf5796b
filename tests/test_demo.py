"""``annotate demo``: fixtures, sources and accounts, idempotent; the seed article as stored."""

import re
from pathlib import Path

from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Article, Source, User
from tests.conftest import login

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
with open(FIXTURES / "000_7c6843467a485547.txt", encoding="utf-8", newline="") as _seed:
    SEED_TEXT = _seed.read()


def count(app, model) -> int:
    """Rows of a model."""
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def run_demo(app):
    """Run ``annotate demo --no-serve``; return its output and printed passwords."""
    result = app.test_cli_runner().invoke(args=["demo", "--no-serve"])
    assert result.exit_code == 0, result.output
    return result.output, dict(re.findall(r"(\w+)\s+password: (\S+)", result.output))


def test_demo_twice_duplicates_nothing_and_prints_working_passwords(app):
    output, passwords = run_demo(app)
    assert set(passwords) == {"admin", "reviewer1", "reviewer2"}
    assert (count(app, Article), count(app, Source), count(app, User)) == (4, 10, 3)
    output, passwords = run_demo(app)
    assert "0 articles, 0 sentences imported; 1 duplicates skipped" in output
    assert (count(app, Article), count(app, Source), count(app, User)) == (4, 10, 3)
    client = app.test_client()
    assert login(client, "admin", passwords["admin"]).status_code == 302


def test_seed_article_is_split_as_a_careful_reader_sees_it(app):
    run_demo(app)
    with app.app_context():
        article = db.session.scalar(select(Article).where(Article.text == SEED_TEXT))
        sentences = article.sentences
        kinds = [s.kind for s in sentences]
        assert kinds.count("body") == 11
        assert kinds[:3] == ["title", "meta", "body"] and kinds[7] == "heading"
        assert sentences[0].text == "China-North Korea Bond Strengthened by Blood Comradeship"
        assert sentences[1].text == "2 mins read"
        assert sentences[-1].text.startswith("Both sides affirmed") and sentences[-1].text.endswith("context.")
        for sentence in sentences:
            assert SEED_TEXT[sentence.start:sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip() and "\u00a0" not in sentence.text[-1:]
        assert article.title == sentences[0].text
