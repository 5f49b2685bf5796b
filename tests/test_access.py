"""The route × role table: every rule of the URL map, for anonymous, a reviewer, another
reviewer and an admin. A route without a row here fails ``test_every_route_has_a_row``."""

import io

import pytest

from annotate.extensions import db
from annotate.models import Sentence, Source
from annotate.services import claim_index, collections, tokens
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from annotate.services.transaction import transaction
from tests.conftest import csrf_token, login

ROLES = ("anonymous", "reviewer", "other_reviewer", "admin")
LOGIN = {"reviewer": "rev1", "other_reviewer": "rev2", "admin": "admin"}
# A page each role can open, to read a CSRF token from before a POST.
TOKEN_PAGE = {"anonymous": "/login", "reviewer": "/tasks", "other_reviewer": "/tasks", "admin": "/admin"}

# (endpoint, method, path): statuses for anonymous, the task's reviewer, another reviewer, admin.
# POSTs carry a valid CSRF token and no other field. {a} = rev1's article, {t} = rev1's task,
# {s} = a source, {u} = rev2's account, {sid} = a sentence of {a}, {tok} = rev1's API token,
# {cl} = the claim cluster of {sid}.
# 302 for anonymous is the redirect to the login page.
TABLE = [
    ("auth.login", "GET", "/login", (200, 302, 302, 302)),
    ("auth.login", "POST", "/login", (400, 302, 302, 302)),
    ("auth.logout", "POST", "/logout", (302, 302, 302, 302)),
    ("auth.home", "GET", "/", (302, 302, 302, 302)),
    ("articles.index", "GET", "/articles", (302, 403, 403, 200)),
    ("articles.detail", "GET", "/articles/{a}", (302, 200, 404, 200)),
    ("articles.upload", "GET", "/admin/import", (302, 403, 403, 200)),
    ("articles.upload", "POST", "/admin/import", (302, 403, 403, 400)),
    ("accounts.index", "GET", "/admin/users/", (302, 403, 403, 200)),
    ("accounts.create", "POST", "/admin/users/", (302, 403, 403, 400)),
    ("accounts.toggle_active", "POST", "/admin/users/{u}/active", (302, 403, 403, 302)),
    ("accounts.reset_password", "POST", "/admin/users/{u}/password", (302, 403, 403, 400)),
    ("accounts.unlock", "POST", "/admin/users/{u}/unlock", (302, 403, 403, 302)),
    ("sources.index", "GET", "/admin/sources", (302, 403, 403, 200)),
    ("sources.new", "GET", "/admin/sources/new", (302, 403, 403, 200)),
    ("sources.new", "POST", "/admin/sources/new", (302, 403, 403, 400)),
    ("sources.edit", "GET", "/admin/sources/{s}/edit", (302, 403, 403, 200)),
    ("sources.edit", "POST", "/admin/sources/{s}/edit", (302, 403, 403, 400)),
    ("sources.merge", "GET", "/admin/sources/{s}/merge", (302, 403, 403, 200)),
    ("sources.merge", "POST", "/admin/sources/{s}/merge", (302, 403, 403, 400)),
    ("tasks.mine", "GET", "/tasks", (302, 200, 200, 403)),
    ("tasks.next_task", "GET", "/tasks/next", (302, 302, 302, 403)),
    ("tasks.submit", "POST", "/tasks/{t}/submit", (302, 302, 404, 403)),  # 302: undecided, confirm first
    ("tasks.admin_list", "GET", "/admin/tasks", (302, 403, 403, 200)),
    ("tasks.assign", "GET", "/admin/assign", (302, 403, 403, 200)),
    ("tasks.assign", "POST", "/admin/assign", (302, 403, 403, 400)),
    ("tasks.article", "GET", "/admin/articles/{a}/tasks", (302, 403, 403, 200)),
    ("tasks.article", "POST", "/admin/articles/{a}/tasks", (302, 403, 403, 400)),
    ("tasks.accept", "POST", "/admin/tasks/{t}/accept", (302, 403, 403, 409)),
    ("tasks.return_task", "POST", "/admin/tasks/{t}/return", (302, 403, 403, 400)),
    ("tasks.revoke", "POST", "/admin/tasks/{t}/revoke", (302, 403, 403, 400)),  # 400: not confirmed
    ("tasks.reassign", "POST", "/admin/tasks/{t}/reassign", (302, 403, 403, 400)),
    ("workspace.task", "GET", "/tasks/{t}", (302, 200, 404, 302)),  # 302: an admin gets the review page
    ("workspace.save", "POST", "/tasks/{t}/sentences/{sid}", (302, 422, 404, 403)),
    # The API answers 401 (JSON), never a redirect; a body that is not JSON is refused (415)
    # before any lookup, so it tells nobody whether an id exists.
    ("api.get_annotation", "GET", "/api/v1/sentences/{sid}/annotation", (401, 200, 404, 404)),
    ("api.workspace_sentences", "GET", "/api/v1/tasks/{t}/sentences", (401, 200, 404, 403)),
    ("api.workspace_panel", "GET", "/api/v1/tasks/{t}/sentences/{sid}", (401, 200, 404, 403)),
    ("api.put_annotation", "PUT", "/api/v1/sentences/{sid}/annotation", (401, 415, 415, 415)),
    ("api.list_sources", "GET", "/api/v1/sources", (401, 200, 200, 200)),
    ("api.create_source", "POST", "/api/v1/sources", (401, 415, 415, 415)),
    ("exports.index", "GET", "/admin/export", (302, 403, 403, 200)),
    ("exports.download", "GET", "/admin/export/download", (302, 403, 403, 400)),  # 400: no format
    ("api.export_dataset", "GET", "/api/v1/export", (401, 403, 403, 400)),
    ("account.index", "GET", "/account", (302, 200, 200, 200)),
    ("account.create_token", "POST", "/account/tokens", (302, 400, 400, 400)),  # 400: no name
    ("account.change_password", "POST", "/account/password", (302, 400, 400, 400)),  # 400: no fields
    ("account.revoke_token", "POST", "/account/tokens/{tok}/revoke", (302, 302, 404, 404)),
    ("api.list_articles", "GET", "/api/v1/articles", (401, 200, 200, 200)),
    ("api.create_articles", "POST", "/api/v1/articles", (401, 403, 403, 415)),
    ("api.get_article", "GET", "/api/v1/articles/{a}", (401, 200, 404, 200)),
    ("api.list_reviewers", "GET", "/api/v1/reviewers", (401, 403, 403, 200)),
    ("api.get_final", "GET", "/api/v1/sentences/{sid}/final", (401, 403, 403, 200)),
    ("api.put_final", "PUT", "/api/v1/sentences/{sid}/final", (401, 403, 403, 415)),
    ("api.delete_final", "DELETE", "/api/v1/sentences/{sid}/final", (401, 403, 403, 200)),
    ("api.get_source", "GET", "/api/v1/sources/{s}", (401, 200, 200, 200)),
    ("api.update_source", "PUT", "/api/v1/sources/{s}", (401, 403, 403, 415)),
    ("api.list_tasks", "GET", "/api/v1/tasks", (401, 200, 200, 200)),
    ("api.create_tasks", "POST", "/api/v1/tasks", (401, 403, 403, 415)),
    ("api.submit_task", "POST", "/api/v1/tasks/{t}/submit", (401, 409, 404, 403)),  # 409: not started
    ("api.openapi_document", "GET", "/api/v1/openapi.json", (200, 200, 200, 200)),  # public, like any API reference
    ("public.claim", "GET", "/claims/{sid}", (404, 404, 404, 404)),  # public, but {sid} has no verdict
    ("articles.sentence_kind", "POST", "/articles/{a}/sentences/{sid}/kind", (302, 403, 403, 400)),  # 400: no kind
    ("articles.merge_sentence", "POST", "/articles/{a}/sentences/{sid}/merge", (302, 403, 403, 303)),
    ("articles.split_sentence", "POST", "/articles/{a}/sentences/{sid}/split", (302, 403, 403, 400)),  # 400: no offset
    ("articles.edit_metadata", "POST", "/articles/{a}/metadata", (302, 403, 403, 400)),  # 400: fields not sent
    ("articles.change_language", "POST", "/articles/{a}/language", (302, 403, 403, 400)),  # 400: no language
    ("articles.delete", "POST", "/articles/{a}/delete", (302, 403, 403, 400)),  # 400: not confirmed
    ("audit.index", "GET", "/admin/audit", (302, 403, 403, 200)),
    ("audit.article_history", "GET", "/admin/articles/{a}/history", (302, 403, 403, 200)),
    # Collections ({c} holds {a}); a reviewer reads the guidelines of a collection of their tasks only.
    ("collections.index", "GET", "/admin/collections", (302, 403, 403, 200)),
    ("collections.create", "POST", "/admin/collections", (302, 403, 403, 400)),  # 400: no name
    ("collections.edit", "GET", "/admin/collections/{c}", (302, 403, 403, 200)),
    ("collections.edit", "POST", "/admin/collections/{c}", (302, 403, 403, 400)),  # 400: no name
    ("collections.article_collections", "POST", "/admin/articles/{a}/collections", (302, 403, 403, 400)),
    ("collections.show_guidelines", "GET", "/collections/{c}/guidelines", (302, 200, 404, 200)),
    # The desk lead's pages.
    ("review.dashboard", "GET", "/admin", (302, 403, 403, 200)),
    ("review.agreement_page", "GET", "/admin/agreement", (302, 403, 403, 200)),
    ("review.adjudicate", "GET", "/admin/disagreements", (302, 403, 403, 200)),
    ("review.settle", "POST", "/admin/disagreements/{sid}", (302, 403, 403, 400)),  # 400: no label given
    ("review.accept_unanimous", "POST", "/admin/articles/{a}/accept-unanimous", (302, 403, 403, 302)),
    ("review.task", "GET", "/admin/tasks/{t}/review", (302, 403, 403, 200)),
    ("review.comment", "POST", "/admin/tasks/{t}/comments", (302, 403, 403, 409)),  # 409: not submitted
    ("api.accept_task", "POST", "/api/v1/tasks/{t}/accept", (401, 403, 403, 409)),  # 409: not submitted
    ("api.return_task", "POST", "/api/v1/tasks/{t}/return", (401, 403, 403, 415)),
    ("api.revoke_task", "POST", "/api/v1/tasks/{t}/revoke", (401, 403, 403, 200)),
    ("api.reassign_task", "POST", "/api/v1/tasks/{t}/reassign", (401, 403, 403, 415)),
    ("api.agreement", "GET", "/api/v1/agreement", (401, 403, 403, 200)),
    ("api.disagreements", "GET", "/api/v1/disagreements", (401, 403, 403, 200)),
    ("api.dashboard_stats", "GET", "/api/v1/stats", (401, 403, 403, 200)),
    # Approving a reviewer's proposed source ({s} is approved already: the admin's call changes nothing).
    ("sources.approve", "POST", "/admin/sources/{s}/approve", (302, 403, 403, 302)),
    ("search.index", "GET", "/search", (302, 200, 200, 200)),
    ("api.search_claims", "GET", "/api/v1/claims", (401, 400, 400, 400)),  # 400: no words and no filter
    ("claims.index", "GET", "/admin/claims", (302, 403, 403, 200)),
    ("claims.cluster", "GET", "/admin/claims/{cl}", (302, 403, 403, 200)),
    ("claims.split", "POST", "/admin/claims/{cl}/split", (302, 403, 403, 400)),  # 400: no claim chosen
    ("claims.merge", "POST", "/admin/claims/{cl}/merge", (302, 403, 403, 400)),  # 400: no cluster named
    ("api.approve_source", "POST", "/api/v1/sources/{s}/approve", (401, 403, 403, 200)),
]


def test_every_route_has_a_row(app):
    routes = {(rule.endpoint, method) for rule in app.url_map.iter_rules() if rule.endpoint != "static"
              for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert routes == {(endpoint, method) for endpoint, method, _, _ in TABLE}


@pytest.fixture
def world(app, users):
    """An article with a task for rev1, and a source."""
    with app.app_context():
        import_file(io.BytesIO(b'{"text": "A claim. Another one."}\n'), "w.jsonl", app.config["MAX_RECORD_BYTES"])
        from annotate.models import Article

        article_id = db.session.query(Article.id).scalar()
        task_service.assign_article(article_id, [users["rev1"]])
        task_id = task_service.task_for(article_id, users["rev1"]).id
        source = Source(name="Xinhua", kind="news_agency", aliases=[], description="")
        db.session.add(source)
        db.session.commit()
        sentence_id = db.session.query(Sentence.id).filter(Sentence.article_id == article_id).limit(1).scalar()
        token = tokens.create_token(users["rev1"], "table")[0].id
        collection = collections.create("Election desk", "Mark **claims**.")
        collections.add_articles(collection.id, [article_id])
        with transaction():
            claim_index.index_sentences([sentence_id])
        return {"a": article_id, "t": task_id, "s": source.id, "u": users["rev2"], "sid": sentence_id,
                "tok": token, "c": collection.id, "cl": claim_index.cluster_of_sentence(sentence_id)}


@pytest.mark.parametrize("endpoint, method, path, statuses", TABLE, ids=[f"{e}-{m}" for e, m, _, _ in TABLE])
def test_route_role(app, world, endpoint, method, path, statuses):
    url = path.format(**world)
    for role, expected in zip(ROLES, statuses, strict=True):  # the admin last: its POSTs may change things
        client = app.test_client()
        if role != "anonymous":
            assert login(client, LOGIN[role]).status_code == 302
        if method == "GET":
            response = client.get(url)
        else:
            response = client.open(url, method=method, data={"csrf_token": csrf_token(client, TOKEN_PAGE[role])})
        assert response.status_code == expected, (role, method, url, response.status_code)
        if role == "anonymous" and expected == 302 and endpoint != "auth.login":
            assert "/login?next=" in response.headers["Location"]
