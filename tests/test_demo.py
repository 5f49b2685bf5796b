"""``annotate demo``: fixtures, sources and accounts, idempotent; the seed article as stored."""

import re
from pathlib import Path

from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Article, Collection, Source, Task, User
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
    assert set(passwords) == {"admin", "reviewer1", "reviewer2", "reviewer3"}
    assert (count(app, Article), count(app, Source), count(app, User)) == (22, 10, 4)
    tasks = count(app, Task)
    output, passwords = run_demo(app)
    assert "0 articles, 0 sentences imported; 1 duplicate skipped" in output
    assert (count(app, Article), count(app, Source), count(app, User), count(app, Task)) == (22, 10, 4, tasks)
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


def test_demo_serves_on_localhost(tmp_path):
    """The README's first command: ``annotate demo`` prepares everything and answers on 127.0.0.1."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, ANNOTATE_DATABASE_URL=f"sqlite:///{tmp_path}/demo.db",
               ANNOTATE_SECRET_KEY="demo-test-key")
    script = os.path.join(os.path.dirname(sys.executable), "annotate")
    server = subprocess.Popen([script, "demo", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline, body = time.monotonic() + 60, None
        while time.monotonic() < deadline and body is None:
            try:
                body = urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2).read()
            except OSError:
                assert server.poll() is None, server.stdout.read()
                time.sleep(0.3)
        assert body is not None and b"Log in" in body
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "admin      password:" in output and "serving on http://127.0.0.1:" in output


def test_demo_seeds_a_desk_whose_figures_have_content(app):
    """The dashboard, the agreement page and the adjudication queue show real work on first run."""
    run_demo(app)
    client = app.test_client()
    login(client, "admin", run_demo(app)[1]["admin"])
    stats = client.get("/api/v1/stats").get_json()
    states = stats["tasks_by_state"]
    assert states["accepted"] and states["submitted"] and states["returned"] and states["in_progress"]
    assert stats["overdue"]["count"] > 0 and stats["adjudication_backlog"] > 10
    assert sum(day["annotations"] for day in stats["annotations_per_day"]) > 100
    assert len([day for day in stats["annotations_per_day"] if day["annotations"]]) > 10  # a month of work
    fields = client.get("/api/v1/agreement").get_json()["fields"]
    assert all(0 < fields[f]["alpha"] < 1 and len(fields[f]["pairs"]) == 3 for f in ("claim_type", "status", "source"))
    assert client.get("/api/v1/disagreements").get_json()["items"]
    (desk,) = stats["progress_per_collection"]
    assert desk["collection"] == "Demo desk" and desk["articles"] == 22
    with app.app_context():
        assert "Who says it" in db.session.scalar(select(Collection.guidelines))
