"""Rough edges of daily use (issue 14, point 4): revoking asks first; a reviewer whose task was
revoked or reassigned is told so (to them only); the submit form's undecided count is right."""

import re

import pytest
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Annotation, AuditEvent, Sentence, Task
from annotate.services import accounts
from annotate.services import tasks as task_service
from tests.conftest import csrf_token, login
from tests.test_tasks import make_articles

REVOKED = "This task was revoked by an admin; your annotations are kept."
REASSIGNED = "This task was reassigned."
NOT_YOURS = "No sentence with that id among your tasks."


@pytest.fixture
def work(app, users):
    """rev1's task on a four-sentence article (a title and three facts), with one sentence saved
    through the API; a second article where rev2 has a task. Ids by name."""
    first, second = make_articles(app, 2)
    with app.app_context():
        task_service.assign_article(first, [users["rev1"]])
        task_service.assign_article(second, [users["rev2"]])
        task_id = task_service.task_for(first, users["rev1"]).id
        other_id = task_service.task_for(second, users["rev2"]).id
    client = app.test_client()
    assert login(client, "rev1").status_code == 302
    token = csrf_token(client, "/tasks")
    sentences = client.get(f"/api/v1/tasks/{task_id}/sentences").get_json()["items"]
    ids = [row["id"] for row in sentences]
    assert put(client, token, ids[1], {"version": 0, "claim_type": "checkable"}).status_code == 200
    return {"task": task_id, "article": first, "sentences": ids, "client": client, "token": token,
            "other_task": other_id, "other_article": second}


def put(client, token, sentence_id, body):
    return client.put(f"/api/v1/sentences/{sentence_id}/annotation", json=body, headers={"X-CSRFToken": token})


def admin_post(admin_client, path, data):
    return admin_client.post(path, data={**data, "csrf_token": csrf_token(admin_client, "/admin/tasks")})


# --- revoking asks first ----------------------------------------------------------------------

def test_the_task_list_offers_revoke_behind_a_disclosure_that_says_what_it_does(app, users, admin_client, work):
    page = admin_client.get("/admin/tasks").get_data(as_text=True)
    action = f'action="/admin/tasks/{work["task"]}/revoke"'
    (disclosure,) = [part.split("</details>")[0] for part in page.split('<details class="task-revoke-confirm">')[1:]
                     if action in part.split("</details>")[0]]
    assert "<summary" in disclosure and "Revoke" in disclosure
    form = disclosure.split("<form")[1]
    assert 'name="confirm" value="yes"' in form
    assert "The annotations rev1 made stay." in disclosure and "deletes task" in disclosure
    # The revoke button is no longer a bare one-click form outside the disclosure.
    outside = page.replace(disclosure, "")
    assert f'/admin/tasks/{work["task"]}/revoke' not in outside


def test_a_revoke_without_the_confirmation_is_a_clear_400_and_changes_nothing(app, users, admin_client, work):
    response = admin_post(admin_client, f"/admin/tasks/{work['task']}/revoke", {})
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "Revoking was not confirmed, so nothing was changed." in text
    assert "Revoking deletes the task" in text and "the reviewer&#39;s annotations stay" in text
    for wrong in ({"confirm": "no"}, {"confirm": ""}):
        assert admin_post(admin_client, f"/admin/tasks/{work['task']}/revoke", wrong).status_code == 400
    with app.app_context():
        assert db.session.get(Task, work["task"]) is not None
        assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_type == "task", AuditEvent.action == "revoke")) == 0


def test_a_confirmed_revoke_deletes_the_task_and_keeps_the_annotations(app, users, admin_client, work):
    response = admin_post(admin_client, f"/admin/tasks/{work['task']}/revoke", {"confirm": "yes"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Task, work["task"]) is None
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 1


# --- the reviewer is told ---------------------------------------------------------------------

def revoke(app, users, task_id):
    with app.app_context():
        task_service.revoke(task_id, users["admin"])


@pytest.mark.parametrize("change, message, word", [("revoke", REVOKED, "revoked"),
                                                    ("reassign", REASSIGNED, "reassigned")])
def test_the_reviewer_of_a_revoked_or_reassigned_task_is_told_so(app, users, work, change, message, word):
    if change == "revoke":
        revoke(app, users, work["task"])
    else:  # to a reviewer without a task on the article
        with app.app_context():
            rev3 = accounts.create_user("rev3", "reviewer", "long enough password").id
            task_service.reassign(work["task"], rev3, users["admin"])
    client, token, sid = work["client"], work["token"], work["sentences"][2]
    # The JSON API: a save, and a read, answer 404 with the reason.
    saved = put(client, token, sid, {"version": 0, "claim_type": "minor"})
    assert saved.status_code == 404
    assert saved.get_json()["error"] == {"code": "not_found", "message": message, "details": {"task": word}}
    read = client.get(f"/api/v1/sentences/{sid}/annotation")
    assert read.status_code == 404 and read.get_json()["error"]["message"] == message
    # The workspace's own calls (the next panel, more sentences): the same.
    for path in (f"/api/v1/tasks/{work['task']}/sentences/{sid}", f"/api/v1/tasks/{work['task']}/sentences"):
        answer = client.get(path)
        assert answer.status_code == 404 and answer.get_json()["error"]["message"] == message, path
    # The page, and the form of the page without JavaScript.
    page = client.get(f"/tasks/{work['task']}")
    assert page.status_code == 404 and message in page.get_data(as_text=True)
    posted = client.post(f"/tasks/{work['task']}/sentences/{sid}",
                         data={"csrf_token": token, "version": "0", "claim_type": "minor", "status": "unverified"})
    assert posted.status_code == 404 and message in posted.get_data(as_text=True)
    assert NOT_YOURS not in posted.get_data(as_text=True)
    with app.app_context():  # the work done stays; nothing new was written
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 1


def test_a_task_taken_away_is_never_told_to_another_reviewer(app, users, work):
    """rev2 never had rev1's task: rev2 gets the plain answers, whatever happened to it; and
    rev1 hears nothing of rev2's tasks."""
    revoke(app, users, work["task"])
    rev2 = app.test_client()
    assert login(rev2, "rev2").status_code == 302
    token = csrf_token(rev2, "/tasks")
    sid = work["sentences"][2]
    answer = put(rev2, token, sid, {"version": 0, "claim_type": "minor"})
    assert answer.status_code == 404 and answer.get_json()["error"]["message"] == NOT_YOURS
    assert answer.get_json()["error"]["details"] == {}
    page = rev2.get(f"/tasks/{work['task']}")
    assert page.status_code == 404 and "revoked" not in page.get_data(as_text=True)
    # rev2's own task revoked: rev1 asking for it learns nothing either.
    revoke(app, users, work["other_task"])
    page = work["client"].get(f"/tasks/{work['other_task']}")
    assert page.status_code == 404 and "revoked" not in page.get_data(as_text=True)
    with app.app_context():
        other_sentence = db.session.scalar(select(Sentence.id).where(Sentence.article_id == work["other_article"]))
    answer = put(work["client"], work["token"], other_sentence, {"version": 0, "claim_type": "minor"})
    assert answer.status_code == 404 and answer.get_json()["error"]["message"] == NOT_YOURS
    assert rev2.get(f"/tasks/{work['other_task']}").get_data(as_text=True).count(REVOKED) == 1  # rev2 is told


def test_a_task_assigned_again_after_a_revoke_is_worked_on_as_usual(app, users, work):
    revoke(app, users, work["task"])
    with app.app_context():
        task_service.assign_article(work["article"], [users["rev1"]])
    saved = put(work["client"], work["token"], work["sentences"][2], {"version": 0, "claim_type": "minor"})
    assert saved.status_code == 200


# --- submitting with undecided sentences: the count says it right -----------------------------

def submit_label(page: str) -> str:
    label = re.search(r'<label class="inline-label" id="ws-confirm-label"[^>]*>.*?</label>', page, re.S)
    assert label, "the submit form's confirmation is always on the page (hidden at none)"
    return " ".join(label.group(0).split())


def test_the_submit_form_counts_undecided_sentences_in_words_and_hides_at_none(app, users, work):
    client, token, ids = work["client"], work["token"], work["sentences"]
    label = submit_label(client.get(f"/tasks/{work['task']}").get_data(as_text=True))
    assert "submit with <span id=\"ws-undecided\">3 undecided sentences</span>" in label
    assert " hidden" not in label.split(">")[0]
    for sid in ids[2:]:
        assert put(client, token, sid, {"version": 0, "claim_type": "minor"}).status_code == 200
    label = submit_label(client.get(f"/tasks/{work['task']}").get_data(as_text=True))
    assert "1 undecided sentence<" in label and "sentence(s)" not in label
    assert put(client, token, ids[0], {"version": 0, "claim_type": "not_a_claim"}).status_code == 200
    label = submit_label(client.get(f"/tasks/{work['task']}").get_data(as_text=True))
    assert label.split(">")[0].endswith("hidden")  # at 4/4 the box is not shown
