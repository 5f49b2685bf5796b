"""The desk lead's loop through the test client and the services: review in context with
comments, task actions in the API, agreement from SQL equal to the pure module's, the
disagreement queue and its settling, the dashboard's figures."""

import io
import json
import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from annotate import agreement
from annotate.extensions import db
from annotate.models import Annotation, Article, AuditEvent, FinalLabel, ReviewComment, Sentence, Source, Task
from annotate.services import accounts, adjudication, agreement_data, review, stats
from annotate.services import annotations as annotation_service
from annotate.services import tasks as task_service
from annotate.services.agreement_data import Scope
from annotate.services.imports import import_file
from tests.conftest import PASSWORD, csrf_token, login

TEXT = "A headline\n\nThe minister said taxes rose. Prices fell 3% in May. Rain fell. Shops closed early."


@pytest.fixture
def pair(app, users):
    """One article (five sentences) assigned to rev1 and rev2; returns ids."""
    with app.app_context():
        import_file(io.BytesIO(json.dumps({"text": TEXT}).encode()), "a.json", 10**6, collection="Desk")
        article = db.session.scalar(select(Article.id))
        task_service.assign_article(article, [users["rev1"], users["rev2"]])
        source = Source(name="Ministry", kind="government", aliases=[], description="")
        db.session.add(source)
        db.session.commit()
        sentences = list(db.session.scalars(select(Sentence.id).order_by(Sentence.position)))
        return {"article": article, "sentences": sentences, "source": source.id,
                "tasks": {name: task_service.task_for(article, users[name]).id for name in ("rev1", "rev2")}}


def label(app, users, name, sentence, claim_type, status="unverified", source_id=None, note=""):
    with app.app_context():
        current = annotation_service.annotation_of(sentence, users[name])["version"]
        annotation_service.save(sentence, users[name], {"version": current, "claim_type": claim_type,
                                                        "status": status, "source_id": source_id, "note": note})


def submit(app, users, pair, *names):
    with app.app_context():
        for name in names:
            task_service.submit(pair["tasks"][name], users[name])


def test_review_in_context_shows_the_reviewers_work_numbered(app, users, pair, admin_client):
    label(app, users, "rev1", pair["sentences"][2], "checkable", "supported", pair["source"],
          note="checked <b>it</b>")
    page = admin_client.get(f"/admin/tasks/{pair['tasks']['rev1']}/review?s={pair['sentences'][2]}")
    body = page.get_data(as_text=True)
    assert page.status_code == 200
    assert '<span class="num">3</span>' in body and "Sentence 3" in body
    assert "checked &lt;b&gt;it&lt;/b&gt;" in body and "Ministry" in body and "supported" in body
    assert "History (1)" in body  # the annotation's audit trail


def test_a_return_carries_its_comments_to_the_reviewer(app, users, pair, admin_client):
    label(app, users, "rev1", pair["sentences"][2], "minor")
    submit(app, users, pair, "rev1")
    task_id, third = pair["tasks"]["rev1"], pair["sentences"][2]
    token = csrf_token(admin_client, f"/admin/tasks/{task_id}/review")
    kept = admin_client.post(f"/admin/tasks/{task_id}/comments",
                             data={"csrf_token": token, "sentence_id": third, "body": "A claim: check it"})
    assert kept.status_code == 302
    reviewer = app.test_client()
    login(reviewer, "rev1")
    assert "A claim: check it" not in reviewer.get(f"/tasks/{task_id}?s={third}").get_data(as_text=True)  # not yet
    returned = admin_client.post(f"/admin/tasks/{task_id}/return", data={"csrf_token": token, "reason": "see 3"})
    assert returned.status_code == 302
    page = reviewer.get(f"/tasks/{task_id}?s={third}").get_data(as_text=True)
    assert "A claim: check it" in page and "Returned by an admin: see 3" in page
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(ReviewComment)
                                 .where(ReviewComment.returned_at.is_(None))) == 0


def test_comments_refuse_a_sentence_of_another_article_and_change_nothing(app, users, pair, admin_client):
    submit_first = pair["sentences"][1]
    label(app, users, "rev1", submit_first, "minor")
    submit(app, users, pair, "rev1")
    with app.app_context():
        import_file(io.BytesIO(b'{"text": "Elsewhere. Entirely."}'), "b.json", 10**6)
        foreign = db.session.scalar(select(Sentence.id).order_by(Sentence.id.desc()))
    response = admin_client.post(f"/api/v1/tasks/{pair['tasks']['rev1']}/return",
                                 json={"reason": "r", "comments": [{"sentence_id": foreign, "body": "x"}]},
                                 headers={"X-CSRFToken": csrf_token(admin_client, "/admin")})
    assert response.status_code == 422 and "sentence_id" in response.get_json()["error"]["details"]
    with app.app_context():
        assert db.session.get(Task, pair["tasks"]["rev1"]).state == "submitted"
        assert db.session.scalar(select(func.count()).select_from(ReviewComment)) == 0


def test_the_apis_task_actions(app, users, pair):
    client = app.test_client()
    login(client, "admin")
    headers = {"X-CSRFToken": csrf_token(client, "/admin")}
    label(app, users, "rev1", pair["sentences"][1], "minor")
    label(app, users, "rev2", pair["sentences"][1], "minor")
    submit(app, users, pair, "rev1", "rev2")
    rev1, rev2 = pair["tasks"]["rev1"], pair["tasks"]["rev2"]
    returned = client.post(f"/api/v1/tasks/{rev1}/return", headers=headers, json={
        "reason": "look at sentence 3", "comments": [{"sentence_id": pair["sentences"][2], "body": "here"}]})
    assert returned.status_code == 200 and returned.get_json()["state"] == "returned"
    with app.app_context():
        assert review.comments_of(rev1, returned_only=True)[pair["sentences"][2]][0].body == "here"
    assert client.post(f"/api/v1/tasks/{rev1}/accept", headers=headers, json={}).status_code == 409
    assert client.post(f"/api/v1/tasks/{rev2}/accept", headers=headers, json={}).get_json()["state"] == "accepted"
    with app.app_context():
        accounts.create_user("rev3", "reviewer", PASSWORD)
        rev3 = accounts.list_users()[-1].id
    moved = client.post(f"/api/v1/tasks/{rev1}/reassign", headers=headers, json={"reviewer_id": rev3})
    assert moved.status_code == 200 and moved.get_json()["reviewer"] == "rev3"
    assert client.post(f"/api/v1/tasks/{rev1}/reassign", headers=headers, json={"reviewer_id": "x"}).status_code == 422
    revoked = client.post(f"/api/v1/tasks/{rev1}/revoke", headers=headers, json={})
    assert revoked.status_code == 200 and revoked.get_json()["revoked"]["id"] == rev1
    assert client.post(f"/api/v1/tasks/{rev1}/revoke", headers=headers, json={}).status_code == 404
    with app.app_context():
        actions = list(db.session.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "task",
                                                                          AuditEvent.entity_id == rev1)))
        assert actions[-3:] == ["return", "reassign", "revoke"]


def random_corpus(app, users, rng: random.Random, reviewers: list[str], sentences: list[int], sources: list[int]):
    """Random labels by several reviewers on the sentences; returns the ratings per field."""
    ratings: dict[str, dict] = {field: {} for field in agreement.FIELDS}
    for sentence in sentences:
        for name in reviewers:
            if rng.random() < 0.25:
                continue
            values = (rng.choice(("checkable", "minor", "not_a_claim")), rng.choice(("unverified", "supported")),
                      rng.choice([None, *sources]))
            label(app, users, name, sentence, values[0], values[1], values[2])
            for field, value in zip(agreement.FIELDS, values, strict=True):
                ratings[field].setdefault(sentence, {})[name] = value
    return ratings


def test_agreement_from_sql_equals_the_pure_modules_and_the_api_and_cli_agree(app, users, pair):
    with app.app_context():
        accounts.create_user("rev3", "reviewer", PASSWORD)
        users = {**users, "rev3": next(u.id for u in accounts.list_users() if u.username == "rev3")}
        task_service.assign_article(pair["article"], [users["rev3"]])
        extra = Source(name="Bank", kind="organization", aliases=[], description="")
        db.session.add(extra)
        db.session.commit()
        sources = [pair["source"], extra.id]
        tasks = {name: task_service.task_for(pair["article"], users[name]).id for name in ("rev1", "rev2", "rev3")}
    ratings = random_corpus(app, users, random.Random(7), ["rev1", "rev2", "rev3"], pair["sentences"], sources)
    with app.app_context():
        for name, task_id in tasks.items():
            if db.session.get(Task, task_id).state == "in_progress":
                task_service.submit(task_id, users[name])
        figures = agreement_data.figures(Scope())
    for field, field_ratings in ratings.items():
        assert figures[field] == agreement.agreement_of(field_ratings), field
    client = app.test_client()
    login(client, "admin")
    api = client.get("/api/v1/agreement").get_json()
    assert api == {"fields": {field: value.as_dict() for field, value in figures.items()}}
    cli = app.test_cli_runner().invoke(args=["agreement", "--format", "json"])
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.output) == api
    table = app.test_cli_runner().invoke(args=["agreement"])
    assert table.exit_code == 0 and "claim_type" in table.output


def test_agreement_counts_only_handed_in_work(app, users, pair):
    for name in ("rev1", "rev2"):
        label(app, users, name, pair["sentences"][1], "minor")
    with app.app_context():
        assert agreement_data.figures(Scope())["claim_type"].units == 0
    submit(app, users, pair, "rev1", "rev2")
    with app.app_context():
        assert agreement_data.figures(Scope())["claim_type"].units == 1


@pytest.mark.parametrize("query", ["collection=Nowhere", "article=x", "since=yesterday",
                                   "since=2026-02-01&until=2026-01-01"])
def test_bad_agreement_filters_are_400(app, users, admin_client, query):
    assert admin_client.get(f"/api/v1/agreement?{query}").status_code == 400
    assert admin_client.get(f"/admin/agreement?{query}").status_code == 400


def test_disagreements_are_listed_settled_and_leave_the_queue(app, users, pair):
    first, second, third = pair["sentences"][1:4]
    label(app, users, "rev1", first, "checkable", "supported", pair["source"], note="mine")
    label(app, users, "rev2", first, "checkable", "refuted")
    label(app, users, "rev1", second, "minor")
    label(app, users, "rev2", second, "not_a_claim")
    label(app, users, "rev1", third, "minor")
    label(app, users, "rev2", third, "minor")
    client = app.test_client()
    login(client, "admin")
    assert client.get("/api/v1/disagreements").get_json()["items"] == []  # drafts are not disagreements
    submit(app, users, pair, "rev1", "rev2")
    listed = client.get("/api/v1/disagreements?limit=1").get_json()
    assert [item["sentence_id"] for item in listed["items"]] == [first] and listed["next_cursor"] == first
    assert listed["items"][0]["annotations"][0] == {
        "reviewer": "rev1", "claim_type": "checkable", "status": "supported", "source_id": pair["source"],
        "span": None, "note": "mine", "evidence": []}
    rest = client.get(f"/api/v1/disagreements?cursor={first}").get_json()
    assert [item["sentence_id"] for item in rest["items"]] == [second] and rest["next_cursor"] is None
    headers = {"X-CSRFToken": csrf_token(client, "/admin")}
    settled = client.put(f"/api/v1/sentences/{first}/final", headers=headers,
                         json={"claim_type": "checkable", "source_id": None, "status": "misleading"})
    assert settled.status_code == 200
    assert [item["sentence_id"] for item in client.get("/api/v1/disagreements").get_json()["items"]] == [second]
    with app.app_context():
        adjudication.take(second, "rev2", users["admin"])
        assert adjudication.backlog(Scope()) == 0
        assert adjudication.accept_unanimous(pair["article"], users["admin"]) == 1  # the third sentence
        finals = {label.sentence_id: (label.claim_type, label.status, label.method)
                  for label in db.session.scalars(select(FinalLabel))}
    assert finals == {first: ("checkable", "misleading", "adjudicated"),
                      second: ("not_a_claim", "unverified", "adjudicated"),
                      third: ("minor", "unverified", "adjudicated")}


def test_the_adjudication_page_takes_a_reviewers_label_and_opens_the_next(app, users, pair, admin_client):
    first, second = pair["sentences"][1:3]
    for sentence in (first, second):
        label(app, users, "rev1", sentence, "checkable")
        label(app, users, "rev2", sentence, "minor")
    submit(app, users, pair, "rev1", "rev2")
    page = admin_client.get("/admin/disagreements").get_data(as_text=True)
    assert f'data-sentence-id="{first}"' in page and "(2 waiting)" in page
    token = csrf_token(admin_client, "/admin/disagreements")
    taken = admin_client.post(f"/admin/disagreements/{first}", data={"csrf_token": token, "take": "rev2"})
    assert taken.status_code == 302
    page = admin_client.get(taken.headers["Location"]).get_data(as_text=True)
    assert f'data-sentence-id="{second}"' in page and "(1 waiting)" in page
    own = admin_client.post(f"/admin/disagreements/{second}", data={
        "csrf_token": token, "claim_type": "checkable", "status": "refuted", "source_id": str(pair["source"])})
    assert own.status_code == 302
    assert 'id="adj-done"' in admin_client.get("/admin/disagreements").get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(FinalLabel.claim_type).where(FinalLabel.sentence_id == first)) == "minor"
        assert db.session.scalar(select(FinalLabel.source_id).where(FinalLabel.sentence_id == second)) == pair["source"]


def test_the_dashboard_figures(app, users, pair, admin_client):
    label(app, users, "rev1", pair["sentences"][1], "checkable", "supported")
    label(app, users, "rev2", pair["sentences"][1], "minor")
    submit(app, users, pair, "rev1")
    with app.app_context():
        task = db.session.get(Task, pair["tasks"]["rev2"])
        task.due_date = date.today() - timedelta(days=2)
        db.session.commit()
        figures = stats.dashboard(Scope())
    assert figures["tasks_by_state"]["submitted"] == 1 and figures["tasks_by_state"]["in_progress"] == 1
    assert figures["overdue"]["count"] == 1 and figures["overdue"]["tasks"][0]["reviewer"] == "rev2"
    assert figures["annotations_per_day"][-1]["annotations"] == 2 and len(figures["annotations_per_day"]) == 30
    assert figures["distribution"]["claim_type"]["checkable"] == 1  # handed-in work only
    assert figures["distribution"]["claim_type"]["minor"] == 0
    assert figures["progress_per_collection"][0]["collection"] == "Desk"
    assert figures["progress_per_collection"][0]["handed_in"] == 1
    assert {row["reviewer"] for row in figures["reviewers"]} == {"rev1", "rev2"}
    api = admin_client.get("/api/v1/stats").get_json()
    assert api["tasks_by_state"] == figures["tasks_by_state"] and api["adjudication_backlog"] == 0
    page = admin_client.get("/admin")
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and body.count("<svg") >= 4 and "<script>" not in body
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]


def test_the_dashboard_keeps_to_a_collection(app, users, pair, admin_client):
    with app.app_context():
        import_file(io.BytesIO(b'{"text": "Other desk. Story."}'), "b.json", 10**6, collection="Other")
        other_article = db.session.scalar(select(Article.id).order_by(Article.id.desc()))
        task_service.assign_article(other_article, [users["rev1"]])
    desk = admin_client.get("/api/v1/stats?collection=Desk").get_json()
    other = admin_client.get("/api/v1/stats?collection=other").get_json()
    assert sum(desk["tasks_by_state"].values()) == 2 and sum(other["tasks_by_state"].values()) == 1
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 0


def test_the_figures_are_remembered_until_the_data_changes(app, users, pair, admin_client):
    app.config["FIGURE_CACHE"] = True  # the fixture puts the suite's setting back afterwards
    for name in ("rev1", "rev2"):
        label(app, users, name, pair["sentences"][1], "minor")
    submit(app, users, pair, "rev1", "rev2")
    first = admin_client.get("/api/v1/stats").get_json()
    assert first["distribution"]["claim_type"]["minor"] == 2
    with app.app_context():
        assert stats.dashboard(Scope()) == first  # remembered: the same figures
    with app.app_context():
        task_service.accept(pair["tasks"]["rev2"], users["admin"])  # audited: the version moves
    after = admin_client.get("/api/v1/stats").get_json()
    assert after["tasks_by_state"]["accepted"] == 1 and after["tasks_by_state"]["submitted"] == 1
    agreement_now = admin_client.get("/api/v1/agreement").get_json()
    assert agreement_now["fields"]["claim_type"]["units"] == 1


def test_a_reassigned_task_does_not_carry_its_comments_to_the_next_reviewer(app, users, pair):
    label(app, users, "rev1", pair["sentences"][1], "minor")
    submit(app, users, pair, "rev1")
    task_id = pair["tasks"]["rev1"]
    with app.app_context():
        secret = [{"sentence_id": pair["sentences"][1], "body": "SECRET-for-rev1"}]
        review.return_with_comments(task_id, "see 2", secret, users["admin"])
        accounts.create_user("rev3", "reviewer", PASSWORD)
        rev3 = next(u.id for u in accounts.list_users() if u.username == "rev3")
        task_service.reassign(task_id, rev3, users["admin"])
        assert review.comments_of(task_id) == {}
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)
                                 .where(AuditEvent.action == "discard")) == 1
    newcomer = app.test_client()
    login(newcomer, "rev3")
    assert "SECRET-for-rev1" not in newcomer.get(f"/tasks/{task_id}?s={pair['sentences'][1]}").get_data(as_text=True)


def test_accept_all_unanimous_waits_for_every_task_and_every_reviewer(app, users, pair, admin_client):
    first, second = pair["sentences"][1:3]
    label(app, users, "rev1", first, "minor")
    label(app, users, "rev1", second, "minor")
    label(app, users, "rev2", first, "checkable")
    submit(app, users, pair, "rev1")
    token = csrf_token(admin_client, "/admin/disagreements")
    refused = admin_client.post(f"/admin/articles/{pair['article']}/accept-unanimous", data={"csrf_token": token},
                                follow_redirects=True)
    assert "not handed in yet" in refused.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(FinalLabel)) == 0
    label(app, users, "rev2", second, "minor")
    submit(app, users, pair, "rev2")
    with app.app_context():
        assert adjudication.accept_unanimous(pair["article"], users["admin"]) == 1  # the second: both decided it alike
        assert adjudication.disagreement_ids(Scope()) == [first]  # still for the admin to settle
        assert db.session.scalar(select(FinalLabel.sentence_id)) == second


def test_settling_over_an_imported_unanimous_label_makes_it_the_admins(app, users, pair):
    first = pair["sentences"][1]
    with app.app_context():
        db.session.add(FinalLabel(sentence_id=first, claim_type="minor", status="unverified", method="unanimous"))
        db.session.commit()
    label(app, users, "rev1", first, "minor")
    label(app, users, "rev2", first, "checkable")
    submit(app, users, pair, "rev1", "rev2")
    with app.app_context():
        assert adjudication.disagreement_ids(Scope()) == [first]
        adjudication.take(first, "rev2", users["admin"])
        label_now = db.session.scalar(select(FinalLabel))
        assert (label_now.method, label_now.claim_type) == ("adjudicated", "checkable")
        assert adjudication.backlog(Scope()) == 0


@pytest.mark.parametrize("fields", [{"source_id": "abc"}, {"source_id": "99999999999"}, {"status": "maybe"}])
def test_a_bad_own_label_is_refused_and_nothing_is_stored(app, users, pair, admin_client, fields):
    first = pair["sentences"][1]
    label(app, users, "rev1", first, "minor")
    label(app, users, "rev2", first, "checkable")
    submit(app, users, pair, "rev1", "rev2")
    token = csrf_token(admin_client, "/admin/disagreements")
    response = admin_client.post(f"/admin/disagreements/{first}", data={
        "csrf_token": token, "claim_type": "checkable", "status": "supported", **fields})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(FinalLabel)) == 0


def test_extreme_values_are_4xx_not_500(app, users, pair, admin_client):
    label(app, users, "rev1", pair["sentences"][1], "minor")
    submit(app, users, pair, "rev1")
    headers = {"X-CSRFToken": csrf_token(admin_client, "/admin")}
    assert admin_client.get("/api/v1/agreement?until=9999-12-31").status_code == 200
    assert admin_client.get("/admin/agreement?since=0001-01-01&until=9999-12-31").status_code == 200
    assert admin_client.get("/api/v1/export?format=json&until=9999-12-31").status_code == 200
    assert admin_client.get("/api/v1/stats?since=2026-01-01").status_code == 400  # not a filter of the figures
    task_id = pair["tasks"]["rev1"]
    assert admin_client.post(f"/api/v1/tasks/{task_id}/reassign", headers=headers,
                             json={"reviewer_id": 2**63}).status_code == 422
    assert admin_client.post(f"/api/v1/tasks/{task_id}/return", headers=headers, json={
        "reason": "r", "comments": [{"sentence_id": 2**63, "body": "x"}]}).status_code == 422
    with app.app_context():
        assert db.session.get(Task, task_id).state == "submitted"


def test_until_counts_the_whole_last_day(app, users, pair):
    for name in ("rev1", "rev2"):
        label(app, users, name, pair["sentences"][1], "minor")
    submit(app, users, pair, "rev1", "rev2")
    with app.app_context():
        late = datetime(2026, 3, 14, 23, 59, 59, 999999, tzinfo=UTC)
        db.session.execute(update(Annotation).values(updated_at=late))
        db.session.commit()
        assert agreement_data.figures(Scope(until=date(2026, 3, 14)))["claim_type"].units == 1
        assert agreement_data.figures(Scope(until=date(2026, 3, 13)))["claim_type"].units == 0
        assert agreement_data.figures(Scope(since=date(2026, 3, 15)))["claim_type"].units == 0
