"""The JSON API with personal tokens: resources, roles, errors in one shape."""

import pytest
from sqlalchemy import select

from annotate.extensions import db
from annotate.models import ApiToken, AuditEvent
from annotate.services import tokens
from tests.conftest import csrf_token, login

ARTICLE = {"text": "Headline here\n\nThe ministry said rain fell. It was cold.", "title": "Rain",
           "publisher": "Wire"}


@pytest.fixture
def bearer(app, users):
    """Authorization headers for the admin, rev1 and rev2, by username."""
    with app.app_context():
        return {name: {"Authorization": "Bearer " + tokens.create_token(users[name], "tests")[1]}
                for name in ("admin", "rev1", "rev2")}


def test_create_token_from_the_cli_works_once_shown(app, users):
    result = app.test_cli_runner().invoke(args=["create-token", "rev1", "--name", "crawler"])
    assert result.exit_code == 0
    secret = result.output.strip()
    assert secret.startswith("ann_")
    with app.app_context():
        stored = db.session.scalar(select(ApiToken))
        assert stored.token_hash != secret and secret not in stored.token_hash and stored.name == "crawler"
    response = app.test_client().get("/api/v1/tasks", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 200
    assert app.test_cli_runner().invoke(args=["create-token", "nobody"]).exit_code != 0


def test_tokens_from_the_account_page_list_and_revoke(app, users):
    client = app.test_client()
    login(client, "rev1")
    token = csrf_token(client, "/account")
    page = client.post("/account/tokens", data={"csrf_token": token, "name": "laptop"})
    assert page.status_code == 201
    secret = page.get_data(as_text=True).split('id="new-token">')[1].split("<")[0]
    headers = {"Authorization": f"Bearer {secret}"}
    assert app.test_client().get("/api/v1/tasks", headers=headers).status_code == 200
    listing = client.get("/account").get_data(as_text=True)
    assert "laptop" in listing and secret not in listing  # shown once only
    with app.app_context():
        token_id = db.session.scalar(select(ApiToken.id))
    other = app.test_client()
    login(other, "rev2")
    assert other.post(f"/account/tokens/{token_id}/revoke",
                      data={"csrf_token": csrf_token(other, "/account")}).status_code == 404
    assert client.post(f"/account/tokens/{token_id}/revoke", data={"csrf_token": token}).status_code == 302
    revoked = app.test_client().get("/api/v1/tasks", headers=headers)
    assert revoked.status_code == 401 and revoked.get_json()["error"]["code"] == "unauthorized"


def test_a_disabled_users_tokens_stop_working(app, users, bearer, admin_client):
    assert app.test_client().get("/api/v1/tasks", headers=bearer["rev1"]).status_code == 200
    admin_client.post(f"/admin/users/{users['rev1']}/active",
                      data={"csrf_token": csrf_token(admin_client, "/articles")})
    assert app.test_client().get("/api/v1/tasks", headers=bearer["rev1"]).status_code == 401


def test_bearer_calls_need_no_csrf_but_session_calls_do(app, users, bearer):
    client = app.test_client()
    assert client.post("/api/v1/articles", json=ARTICLE, headers=bearer["admin"]).status_code == 201
    session = app.test_client()
    login(session, "admin")
    refused = session.post("/api/v1/articles", json=dict(ARTICLE, text="Other text."))
    assert refused.status_code == 400 and refused.get_json()["error"]["code"] == "csrf"
    bogus = session.post("/api/v1/articles", json=dict(ARTICLE, text="Other text."),
                         headers={"Authorization": "Bearer ann_wrong"})
    assert bogus.status_code == 401  # a bearer call is the token's user only, never the session's


def test_articles_create_list_get_with_roles(app, users, bearer):
    client = app.test_client()
    created = client.post("/api/v1/articles", json=[ARTICLE, dict(ARTICLE, text="Second. Story.")],
                          headers=bearer["admin"])
    assert created.status_code == 201
    body = created.get_json()
    assert (body["articles"], body["skipped"], len(body["ids"])) == (2, 0, 2)
    again = client.post("/api/v1/articles", json=ARTICLE, headers=bearer["admin"]).get_json()
    assert (again["articles"], again["skipped"]) == (0, 1)
    first = client.get("/api/v1/articles?limit=1", headers=bearer["admin"]).get_json()
    assert len(first["items"]) == 1 and first["next_cursor"] == body["ids"][0]
    second = client.get(f"/api/v1/articles?limit=1&cursor={first['next_cursor']}", headers=bearer["admin"]).get_json()
    assert second["items"][0]["id"] == body["ids"][1] and second["next_cursor"] is None
    article = client.get(f"/api/v1/articles/{body['ids'][0]}", headers=bearer["admin"]).get_json()
    assert article["sentences"][0]["kind"] == "title"
    assert article["text"][article["sentences"][1]["start"]:article["sentences"][1]["end"]] == \
        article["sentences"][1]["text"]
    assert client.get("/api/v1/articles", headers=bearer["rev1"]).get_json()["items"] == []
    assert client.get(f"/api/v1/articles/{body['ids'][0]}", headers=bearer["rev1"]).status_code == 404
    assert client.post("/api/v1/articles", json=ARTICLE, headers=bearer["rev1"]).status_code == 403


@pytest.mark.parametrize("body, status, where", [
    ({"title": "no text"}, 422, "body"),
    ([{"text": "ok"}, {"text": 5}], 422, "item 2"),
    ([], 422, None),
    ("just text", 400, None),
])
def test_bad_article_bodies_change_nothing(app, users, bearer, body, status, where):
    client = app.test_client()
    response = client.post("/api/v1/articles", json=body, headers=bearer["admin"])
    assert response.status_code == status
    error = response.get_json()["error"]
    assert set(error) == {"code", "message", "details"}
    if where:
        assert where in error["details"]
    assert client.get("/api/v1/articles", headers=bearer["admin"]).get_json()["items"] == []


def test_tasks_assign_list_submit_and_final_labels(app, users, bearer):
    client = app.test_client()
    ids = client.post("/api/v1/articles", json=[ARTICLE, dict(ARTICLE, text="Second. Story.")],
                      headers=bearer["admin"]).get_json()["ids"]
    assigned = client.post("/api/v1/tasks", json={"unassigned": True, "reviewer_ids": [users["rev1"], users["rev2"]],
                                                  "overlap": 2, "due_date": "2030-01-31"}, headers=bearer["admin"])
    assert assigned.status_code == 201 and assigned.get_json()["created"] == 4
    bad = client.post("/api/v1/tasks", json={"article_ids": ids, "reviewer_ids": [users["rev1"]], "overlap": 3},
                      headers=bearer["admin"])
    assert bad.status_code in (409, 422) and bad.get_json()["error"]["message"]
    mine = client.get("/api/v1/tasks", headers=bearer["rev1"]).get_json()["items"]
    assert {t["reviewer"] for t in mine} == {"rev1"} and len(mine) == 2
    assert len(client.get("/api/v1/tasks?state=assigned", headers=bearer["admin"]).get_json()["items"]) == 4
    article = client.get(f"/api/v1/articles/{ids[0]}", headers=bearer["rev1"]).get_json()
    sentence = article["sentences"][1]["id"]
    for name in ("rev1", "rev2"):
        saved = client.put(f"/api/v1/sentences/{sentence}/annotation", headers=bearer[name],
                           json={"version": 0, "claim_type": "checkable", "status": "supported"})
        assert saved.status_code == 200
    final = client.get(f"/api/v1/sentences/{sentence}/final", headers=bearer["admin"]).get_json()
    assert final["final"] is None  # drafts of tasks in progress make no final label
    (task_id,) = [t["id"] for t in mine if t["article_id"] == ids[0]]
    other = client.post(f"/api/v1/tasks/{task_id}/submit", headers=bearer["rev2"])
    assert other.status_code == 404
    submitted = client.post(f"/api/v1/tasks/{task_id}/submit", headers=bearer["rev1"])
    assert submitted.status_code == 200 and submitted.get_json()["state"] == "submitted"
    (theirs,) = client.get(f"/api/v1/tasks?article={ids[0]}", headers=bearer["rev2"]).get_json()["items"]
    assert client.post(f"/api/v1/tasks/{theirs['id']}/submit", headers=bearer["rev2"]).status_code == 200
    final = client.get(f"/api/v1/sentences/{sentence}/final", headers=bearer["admin"]).get_json()
    assert final["final"]["method"] == "unanimous" and len(final["annotations"]) == 2
    decided = client.put(f"/api/v1/sentences/{sentence}/final", headers=bearer["admin"],
                         json={"claim_type": "checkable", "source_id": None, "status": "refuted"})
    assert decided.status_code == 200 and decided.get_json()["final"]["decided_by"] == "admin"
    assert client.get(f"/api/v1/sentences/{sentence}/final", headers=bearer["rev1"]).status_code == 403
    cleared = client.delete(f"/api/v1/sentences/{sentence}/final", headers=bearer["admin"]).get_json()
    assert cleared["final"]["method"] == "unanimous"
    with app.app_context():
        actions = set(db.session.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "final_label")))
    assert actions == {"create", "delete"}


def test_sources_update_is_for_admins(app, users, bearer):
    client = app.test_client()
    source = client.post("/api/v1/sources", json={"name": "Xinhua", "kind": "news_agency"}, headers=bearer["rev1"])
    assert source.status_code == 201
    source_id = source.get_json()["id"]
    assert client.put(f"/api/v1/sources/{source_id}", json={"aliases": ["Xinhua News Agency"]},
                      headers=bearer["rev1"]).status_code == 403
    updated = client.put(f"/api/v1/sources/{source_id}", json={"aliases": ["Xinhua News Agency"]},
                         headers=bearer["admin"])
    assert updated.status_code == 200 and updated.get_json()["aliases"] == ["Xinhua News Agency"]
    invalid = client.put(f"/api/v1/sources/{source_id}", json={"kind": "wizard"}, headers=bearer["admin"])
    assert invalid.status_code == 422
    assert client.get("/api/v1/sources/99999", headers=bearer["admin"]).status_code == 404
