"""Odd and hostile input found by probing (issue 12, point 7): each is refused with a clear 4xx
or a non-zero exit, and changes nothing."""

import hashlib
import io
import json

import pytest
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.importing import RecordError
from annotate.models import Article, AuditEvent, Sentence, Task
from annotate.services import tokens
from annotate.services.imports import import_file


@pytest.fixture
def bearer(app, users):
    with app.app_context():
        return {"Authorization": "Bearer " + tokens.create_token(users["admin"], "tests")[1]}


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("method, path", [("POST", "/api/v1/tasks"), ("PUT", "/api/v1/sentences/1/annotation"),
                                          ("POST", "/api/v1/sources"), ("POST", "/api/v1/articles")])
def test_json_nested_too_deeply_is_a_400_not_a_500(app, bearer, method, path):
    response = app.test_client().open(path, method=method, data='{"a": ' + nested(100_000) + "}",
                                      headers={**bearer, "Content-Type": "application/json"})
    assert response.status_code == 400, response.get_data(as_text=True)[:300]
    assert response.get_json()["error"]["message"]


def test_seventy_thousand_article_ids_are_answered_not_a_500(app, bearer, users):
    """PostgreSQL takes at most 65,535 parameters a statement: the ids are looked up in slices."""
    ids = list(range(1_000_000, 1_070_000))
    response = app.test_client().post("/api/v1/tasks", headers=bearer, json={
        "article_ids": ids, "reviewer_ids": [users["rev1"]]})
    assert response.status_code == 404, response.get_data(as_text=True)[:300]
    assert "no article with id 1000000" in response.get_json()["error"]["message"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Task)) == 0


@pytest.mark.parametrize("url", ["https:evil.example", "https://", "http:///path", "https://@/x",
                                 "https://:443/x", "javascript:alert(1)"])
def test_an_article_url_needs_a_host(app, url):
    with app.app_context(), pytest.raises(RecordError, match="http or https URL with a host"):
        import_file(io.BytesIO(json.dumps({"text": "Some text here.", "url": url}).encode()), "a.jsonl",
                    app.config["MAX_RECORD_BYTES"])
        assert db.session.scalar(select(func.count()).select_from(Article)) == 0


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_an_empty_jsonl_file_exits_non_zero_naming_the_file(app, tmp_path, content):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    result = app.test_cli_runner().invoke(args=["import", str(path)])
    assert result.exit_code == 1
    assert f"{path}" in result.output and "holds no article" in result.output


def test_a_dataset_import_names_who_imported_it_on_its_audit_events(app, users, tmp_path):
    from annotate.services import annotations
    from annotate.services import tasks as task_service

    with app.app_context():
        import_file(io.BytesIO(b'{"text": "Headline\\n\\nThe ministry said rain fell."}\n'), "a.jsonl",
                    app.config["MAX_RECORD_BYTES"])
        article_id = db.session.scalar(select(Article.id))
        task_service.assign_article(article_id, [users["rev1"]])
        sentence_id = db.session.scalar(select(Sentence.id).where(Sentence.kind == "body"))
        annotations.save(sentence_id, users["rev1"], {"version": 0, "claim_type": "checkable"})
    runner = app.test_cli_runner()
    assert runner.invoke(args=["export", "--format", "json", "-o", str(tmp_path / "d.json")]).exit_code == 0
    document = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    document["articles"][0]["text"] += " A new line."  # another article, so that it is added
    document["articles"][0]["text_sha256"] = hashlib.sha256(document["articles"][0]["text"].encode()).hexdigest()
    (tmp_path / "d.json").write_text(json.dumps(document), encoding="utf-8")
    unknown = runner.invoke(args=["import", "--actor", "nobody", str(tmp_path / "d.json")])
    assert unknown.exit_code != 0 and "no account named 'nobody'" in unknown.output
    result = runner.invoke(args=["import", "--actor", "admin", str(tmp_path / "d.json")])
    assert result.exit_code == 0, result.output
    with app.app_context():
        actors = set(db.session.scalars(select(AuditEvent.actor_id).where(AuditEvent.action == "import")))
        assert actors == {users["admin"]}


def test_a_throttled_refusal_says_when_to_come_back(fresh_app):
    from annotate.auth import ANONYMOUS, allow
    from annotate.services.logins import LoginThrottled

    @fresh_app.route("/api/v1/slow-down")
    @fresh_app.route("/slow-down")
    @allow(ANONYMOUS)
    def slow_down():
        raise LoginThrottled(7)

    client = fresh_app.test_client()
    for path in ("/api/v1/slow-down", "/slow-down"):
        response = client.get(path)
        assert (response.status_code, response.headers.get("Retry-After")) == (429, "7")
        assert "Try again in 7 seconds" in response.get_data(as_text=True)
