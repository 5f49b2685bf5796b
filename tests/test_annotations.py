"""Saving annotations: versions and 409s, validation, blind review, audit, concurrency."""

import io
import json
import threading

import pytest
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Annotation, Article, AuditEvent, Sentence, Source, Task
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from tests.conftest import csrf_token, login

TEXT = "A Headline\n\nThe ministry said rain fell. Prices rose 3.5% in May. It was cold."


@pytest.fixture
def task(app, users):
    """rev1's task on a four-sentence article; returns ids of the task and its sentences."""
    with app.app_context():
        import_file(io.BytesIO(json.dumps({"text": TEXT}).encode() + b"\n"), "t.jsonl",
                    app.config["MAX_RECORD_BYTES"])
        article_id = db.session.scalar(select(Article.id))
        task_service.assign_article(article_id, [users["rev1"]])
        source = Source(name="Ministry", kind="government", aliases=["the ministry"], description="")
        db.session.add(source)
        db.session.commit()
        sentences = list(db.session.scalars(select(Sentence.id).order_by(Sentence.position)))
        return {"task": task_service.task_for(article_id, users["rev1"]).id, "article": article_id,
                "sentences": sentences, "source": source.id}


def api_client(app, username):
    """A logged-in client and its CSRF token for the API's header."""
    client = app.test_client()
    assert login(client, username).status_code == 302
    return client, csrf_token(client, "/tasks")


def put(client, token, sentence_id, body):
    """PUT an annotation as the page does (session + X-CSRFToken)."""
    return client.put(f"/api/v1/sentences/{sentence_id}/annotation", json=body,
                      headers={"X-CSRFToken": token})


def test_first_save_creates_version_1_and_starts_the_task(app, task):
    client, token = api_client(app, "rev1")
    sid = task["sentences"][1]
    assert client.get(f"/api/v1/sentences/{sid}/annotation").get_json()["version"] == 0
    response = put(client, token, sid, {"version": 0, "claim_type": "checkable", "source_id": task["source"],
                                        "status": "supported", "note": "ok",
                                        "evidence": [{"url": "https://example.org/a", "quote": "rain"}]})
    assert response.status_code == 200
    body = response.get_json()
    assert body["version"] == 1 and body["source"]["name"] == "Ministry"
    assert body["evidence"] == [{"url": "https://example.org/a", "quote": "rain"}]
    with app.app_context():
        assert db.session.get(Task, task["task"]).state == "in_progress"
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.entity_type == "annotation"))
        assert event.action == "create" and event.after["claim_type"] == "checkable" and event.actor_id


def test_stale_save_gets_409_with_the_stored_value(app, task):
    one, token_one = api_client(app, "rev1")
    two, token_two = api_client(app, "rev1")  # a second tab or device of the same reviewer
    sid = task["sentences"][2]
    assert put(one, token_one, sid, {"version": 0, "claim_type": "checkable"}).status_code == 200
    assert put(two, token_two, sid, {"version": 0, "claim_type": "minor"}).status_code == 409
    assert put(one, token_one, sid, {"version": 1, "claim_type": "not_a_claim"}).status_code == 200
    stale = put(two, token_two, sid, {"version": 1, "claim_type": "minor"})
    assert stale.status_code == 409
    error = stale.get_json()["error"]
    assert error["code"] == "conflict" and error["details"]["current"]["claim_type"] == "not_a_claim"
    assert error["details"]["current"]["version"] == 2
    retried = put(two, token_two, sid, {"version": 2, "claim_type": "minor"})
    assert retried.status_code == 200 and retried.get_json()["version"] == 3
    with app.app_context():
        events = db.session.scalars(select(AuditEvent.after).where(AuditEvent.entity_type == "annotation")
                                    .order_by(AuditEvent.id)).all()
    assert [e["claim_type"] for e in events] == ["checkable", "not_a_claim", "minor"]


def test_unchanged_save_makes_no_new_version(app, task):
    client, token = api_client(app, "rev1")
    sid = task["sentences"][1]
    put(client, token, sid, {"version": 0, "claim_type": "minor"})
    again = put(client, token, sid, {"version": 1, "claim_type": "minor"})
    assert again.status_code == 200 and again.get_json()["version"] == 1


@pytest.mark.parametrize("body, field", [
    ({"version": 0, "evidence": [{"url": "javascript:alert(1)"}]}, "evidence"),
    ({"version": 0, "evidence": [{"url": "JaVaScRiPt:alert(1)"}]}, "evidence"),
    ({"version": 0, "evidence": [{"url": "data:text/html,<script>x</script>"}]}, "evidence"),
    ({"version": 0, "evidence": [{"url": "//evil.example/x"}]}, "evidence"),
    ({"version": 0, "evidence": "https://example.org"}, "evidence"),
    ({"version": 0, "claim_type": "opinion"}, "claim_type"),
    ({"version": 0, "status": "true"}, "status"),
    ({"version": 0, "source_id": 99999}, "source_id"),
    ({"version": 0, "source_id": "abc"}, "source_id"),
    ({"version": 0, "span": {"start": 0, "end": 5}}, "span"),
    ({"version": 0, "note": 5}, "note"),
    ({"version": 0, "colour": "red"}, "fields"),
    ({"claim_type": "minor"}, "version"),
    ({"version": "1"}, "version"),
])
def test_invalid_annotations_get_422_and_change_nothing(app, task, body, field):
    client, token = api_client(app, "rev1")
    response = put(client, token, task["sentences"][1], body)
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["details"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 0
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)
                                 .where(AuditEvent.entity_type == "annotation")) == 0


def test_a_narrower_span_must_lie_inside_the_sentence(app, task):
    client, token = api_client(app, "rev1")
    with app.app_context():
        sentence = db.session.get(Sentence, task["sentences"][1])
        start, end = sentence.start, sentence.end
    ok = put(client, token, task["sentences"][1], {"version": 0, "span": {"start": start + 4, "end": start + 12}})
    assert ok.status_code == 200 and ok.get_json()["span"] == {"start": start + 4, "end": start + 12}
    outside = put(client, token, task["sentences"][1], {"version": 1, "span": {"start": start, "end": end + 1}})
    assert outside.status_code == 422


def test_bad_requests_are_refused_in_the_api_shape(app, task):
    client, token = api_client(app, "rev1")
    sid = task["sentences"][1]
    url = f"/api/v1/sentences/{sid}/annotation"
    no_csrf = client.put(url, json={"version": 0})
    assert no_csrf.status_code == 400 and no_csrf.get_json()["error"]["code"] == "csrf"
    not_json = client.put(url, data="version=0", headers={"X-CSRFToken": token})
    assert not_json.status_code == 415 and "application/json" in not_json.get_json()["error"]["message"]
    broken = client.put(url, data="{", content_type="application/json", headers={"X-CSRFToken": token})
    assert broken.status_code == 400
    anonymous = app.test_client().get(url)
    assert anonymous.status_code == 401 and anonymous.get_json()["error"]["code"] == "unauthorized"
    assert client.get("/api/v1/sentences/999999/annotation").status_code == 404


def test_review_is_blind_and_foreign_ids_are_404(app, task, users):
    client, token = api_client(app, "rev1")
    sid = task["sentences"][1]
    put(client, token, sid, {"version": 0, "claim_type": "checkable", "note": "mine"})
    other, other_token = api_client(app, "rev2")  # rev2 has no task on the article
    for response in (other.get(f"/api/v1/sentences/{sid}/annotation"),
                     put(other, other_token, sid, {"version": 0, "claim_type": "minor"}),
                     other.get(f"/tasks/{task['task']}")):
        assert response.status_code == 404
    with app.app_context():  # now rev2 gets the article too: they still see only their own
        task_service.assign_article(task["article"], [users["rev2"]])
    theirs = other.get(f"/api/v1/sentences/{sid}/annotation").get_json()
    assert theirs["version"] == 0 and theirs["note"] == ""


def test_submitted_task_is_locked_until_returned(app, task):
    client, token = api_client(app, "rev1")
    sid = task["sentences"][1]
    put(client, token, sid, {"version": 0, "claim_type": "minor"})
    with app.app_context():
        task_service.submit(task["task"], db.session.get(Task, task["task"]).reviewer_id)
    locked = put(client, token, sid, {"version": 1, "claim_type": "checkable"})
    assert locked.status_code == 409 and "submitted" in locked.get_json()["error"]["message"]
    assert locked.get_json()["error"]["code"] == "task_closed"  # not a stale version to resolve
    stale = put(client, token, task["sentences"][2], {"version": 7, "claim_type": "minor"})
    assert stale.status_code == 409 and stale.get_json()["error"]["code"] == "task_closed"
    with app.app_context():
        task_service.return_task(task["task"], "Check sentence 2 again")
    assert put(client, token, sid, {"version": 1, "claim_type": "checkable"}).status_code == 200


def test_eight_threads_saving_lose_nothing(app, task):
    """Every acknowledged save is stored and audited; contention yields 409s, never loss."""
    clients = [api_client(app, "rev1") for _ in range(8)]
    sentences = task["sentences"]
    acknowledged = dict.fromkeys(sentences, 0)
    lock = threading.Lock()
    errors = []

    def worker(number):
        client, token = clients[number]
        sid = sentences[number % len(sentences)]  # two threads per sentence: real contention
        for round_ in range(15):
            read = client.get(f"/api/v1/sentences/{sid}/annotation")
            if read.status_code != 200:
                errors.append((read.status_code, read.get_data(as_text=True)[:300]))
                return
            current = read.get_json()
            response = put(client, token, sid, {"version": current["version"],
                                                "note": f"thread {number} round {round_}"})
            if response.status_code == 200:
                with lock:
                    acknowledged[sid] += 1
            elif response.status_code != 409:
                errors.append((response.status_code, response.get_data(as_text=True)[:200]))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    with app.app_context():
        for sid, count in acknowledged.items():
            stored = db.session.scalar(select(Annotation).where(Annotation.sentence_id == sid))
            assert stored.version == count  # each acknowledged save is one version, none lost
            audited = db.session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.entity_type == "annotation", AuditEvent.entity_id == stored.id))
            assert audited == count
    assert sum(acknowledged.values()) >= len(sentences)


@pytest.mark.parametrize("closing", ["submit", "accept"])
def test_a_closed_task_is_refused_as_closed_not_as_stale(app, task, closing):
    from annotate.services import annotations

    state = {"submit": "submitted", "accept": "accepted"}[closing]
    client, token = api_client(app, "rev1")
    sid = task["sentences"][1]
    put(client, token, sid, {"version": 0, "claim_type": "minor"})
    with app.app_context():
        reviewer_id = db.session.get(Task, task["task"]).reviewer_id
        task_service.submit(task["task"], reviewer_id)
        if closing == "accept":
            task_service.accept(task["task"])
        for version in (1, 0):  # current or stale: the closed task is the reason either way
            with pytest.raises(annotations.TaskClosed) as refused:
                annotations.save(sid, reviewer_id, {"version": version, "claim_type": "checkable"})
            assert (refused.value.code, refused.value.task_state) == ("task_closed", state)
            assert refused.value.current["version"] == 1 and isinstance(refused.value, annotations.AnnotationConflict)
    locked = put(client, token, sid, {"version": 1, "claim_type": "checkable"})
    assert locked.status_code == 409 and f"The task is {state}" in locked.get_json()["error"]["message"]


def test_a_stale_save_on_an_open_task_is_a_conflict(app, task):
    from annotate.services import annotations

    client, token = api_client(app, "rev1")
    sid = task["sentences"][1]
    put(client, token, sid, {"version": 0, "claim_type": "minor"})
    with app.app_context():
        reviewer_id = db.session.get(Task, task["task"]).reviewer_id
        with pytest.raises(annotations.AnnotationConflict) as stale:
            annotations.save(sid, reviewer_id, {"version": 0, "claim_type": "checkable"})
    assert stale.value.code == "conflict" and not isinstance(stale.value, annotations.TaskClosed)


@pytest.mark.parametrize("typed", ["Ministry", "  THE   ministry ", "the\u00a0MINISTRY"])
def test_a_source_given_by_name_or_alias_is_resolved_by_the_registrys_rule(app, task, typed):
    """The workspace sends what the source box says; the server compares it as the registry
    compares names (names.name_key), so the page keeps no copy of that rule."""
    client, token = api_client(app, "rev1")
    sid = task["sentences"][1]
    response = put(client, token, sid, {"version": 0, "claim_type": "checkable", "source_name": typed})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["source"]["name"] == "Ministry"
    cleared = put(client, token, sid, {"version": 1, "source_name": ""})
    assert cleared.status_code == 200 and cleared.get_json()["source"] is None


@pytest.mark.parametrize("body, field", [
    ({"source_name": "Nobody Registered"}, "source_name"),
    ({"source_name": "Ministry", "source_id": 1}, "source_name"),
    ({"source_name": 7}, "source_name"),
])
def test_an_unknown_or_ambiguous_source_name_is_refused_and_nothing_is_saved(app, task, body, field):
    client, token = api_client(app, "rev1")
    response = put(client, token, task["sentences"][1], {"version": 0, "claim_type": "checkable", **body})
    assert response.status_code == 422
    assert field in response.get_json()["error"]["details"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 0


def _events(app, task_id):
    """(entity_type, action) of every audit event, in order (annotation saves and task moves)."""
    with app.app_context():
        return [(e.entity_type, e.action) for e in db.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_type.in_(("annotation", "task")))
            .order_by(AuditEvent.id))]


def test_a_submit_between_the_state_check_and_the_write_cannot_let_the_save_land_after_it(
        app, task, monkeypatch):
    """The autosave firing while the reviewer presses Submit: the submit comes in after the
    save has read the task but before it writes. Either the save lands before the submit, or
    it is refused; never an annotation written into a submitted task."""
    from annotate.services import annotations

    sid = task["sentences"][1]
    with app.app_context():
        reviewer_id = db.session.get(Task, task["task"]).reviewer_id
        annotations.save(sid, reviewer_id, {"version": 0, "claim_type": "minor"})
    submitted = []

    def submit_elsewhere():
        with app.app_context():
            try:
                task_service.submit(task["task"], reviewer_id)
                submitted.append("ok")
            except Exception as error:  # reported by the assertion below
                submitted.append(repr(error))

    real_clean = annotations.clean_annotation

    def clean_then_let_a_submit_in(data, start, end):
        thread = threading.Thread(target=submit_elsewhere)
        thread.start()
        thread.join(timeout=1.5)  # it finishes unless the save holds the task: then it waits
        clean_then_let_a_submit_in.thread = thread
        return real_clean(data, start, end)

    monkeypatch.setattr(annotations, "clean_annotation", clean_then_let_a_submit_in)
    with app.app_context():
        try:
            annotations.save(sid, reviewer_id, {"version": 1, "claim_type": "checkable"})
            saved = True
        except annotations.TaskClosed:
            saved = False
        db.session.remove()
    clean_then_let_a_submit_in.thread.join(timeout=30)
    assert submitted == ["ok"]
    events = _events(app, task["task"])
    submit_at = events.index(("task", "submit"))
    if saved:  # the save landed, so it came first
        assert ("annotation", "update") in events[:submit_at]
    assert ("annotation", "update") not in events[submit_at:]
    with app.app_context():
        stored = db.session.scalar(select(Annotation).where(Annotation.sentence_id == sid))
        assert stored.claim_type == ("checkable" if saved else "minor")


def test_a_save_waits_for_a_submit_holding_the_task_row_and_is_then_refused(app, task):
    """Deterministic: another transaction submits the task and holds it (its row lock on
    PostgreSQL, the write lock on SQLite); the save must wait for it and then see the task
    closed."""
    from sqlalchemy import text, update

    from annotate.services import annotations

    sid = task["sentences"][1]
    with app.app_context():
        reviewer_id = db.session.get(Task, task["task"]).reviewer_id
        annotations.save(sid, reviewer_id, {"version": 0, "claim_type": "minor"})
        holder = db.engine.connect()
        holder_transaction = holder.begin()
        holder.execute(update(Task).where(Task.id == task["task"]).values(state="submitted"))
        postgresql = db.engine.dialect.name == "postgresql"
        holder_pid = holder.execute(text("SELECT pg_backend_pid()")).scalar() if postgresql else None
    outcome = []

    def save():
        with app.app_context():
            try:
                annotations.save(sid, reviewer_id, {"version": 1, "claim_type": "checkable"})
                outcome.append("saved")
            except annotations.TaskClosed as refused:
                outcome.append(refused.task_state)

    thread = threading.Thread(target=save)
    thread.start()
    with app.app_context():
        waiting = False
        for _ in range(100):  # until the save waits on the held row lock (at most ~5 s)
            if not postgresql:  # SQLite cannot list waiters: still running after 0.5 s is waiting
                thread.join(timeout=0.5)
                waiting = thread.is_alive()
                break
            waiting = db.session.scalar(text(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND locktype = 'transactionid'"
                " AND transactionid = (SELECT transactionid FROM pg_locks WHERE pid = :pid"
                " AND locktype = 'transactionid' AND granted LIMIT 1)"), {"pid": holder_pid}) > 0
            db.session.rollback()
            if waiting or not thread.is_alive():
                break
            thread.join(timeout=0.05)
    holder_transaction.commit()
    holder.close()
    thread.join(timeout=30)
    assert waiting, "the save did not wait for the transaction holding the task"
    assert outcome == ["submitted"]
    with app.app_context():
        stored = db.session.scalar(select(Annotation).where(Annotation.sentence_id == sid))
        assert (stored.version, stored.claim_type) == (1, "minor")


@pytest.mark.parametrize("change", ["revoke", "reassign"])
def test_a_task_revoked_or_reassigned_after_the_save_read_it_refuses_the_save(app, task, users, monkeypatch,
                                                                               change):
    """The admin revokes the task, or gives it to someone else, between the save's read and its
    write: the save is refused as not found (not a 500, not written into another's task)."""
    from sqlalchemy import delete, update

    from annotate.services import annotations

    sid = task["sentences"][1]
    real_clean = annotations.clean_annotation

    def clean_then_change(data, start, end):
        with db.engine.begin() as connection:  # another connection: the admin, meanwhile
            if change == "revoke":
                connection.execute(delete(Task).where(Task.id == task["task"]))
            else:
                connection.execute(update(Task).where(Task.id == task["task"])
                                   .values(reviewer_id=users["rev2"], state="assigned"))
        return real_clean(data, start, end)

    monkeypatch.setattr(annotations, "clean_annotation", clean_then_change)
    with app.app_context():
        with pytest.raises(annotations.AnnotationNotFound):
            annotations.save(sid, users["rev1"], {"version": 0, "claim_type": "checkable"})
        db.session.remove()
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 0
        if change == "reassign":
            assert db.session.get(Task, task["task"]).state == "assigned"


def test_a_save_answers_exactly_what_is_stored_and_audited(app, task):
    """A save answers from the values it wrote, without reading the row back: a later read and
    the audit events show the same annotation, field for field, fields not sent kept."""
    client, token = api_client(app, "rev1")
    sid = task["sentences"][1]
    first = put(client, token, sid, {"version": 0, "claim_type": "checkable", "note": "first"}).get_json()
    with app.app_context():
        other = Source(name="Weather office", kind="government", aliases=[], description="")
        db.session.add(other)
        db.session.commit()
        other_id, start = other.id, db.session.get(Sentence, sid).start
    second = put(client, token, sid, {
        "version": 1, "source_id": other_id, "status": "supported", "span": {"start": start + 4, "end": start + 12},
        "evidence": [{"url": "https://example.org/b", "quote": "rain fell"}]}).get_json()
    assert second["version"] == 2 and second["note"] == "first" and second["claim_type"] == "checkable"
    assert second["source"] == {"id": other_id, "name": "Weather office", "kind": "government"}
    assert client.get(f"/api/v1/sentences/{sid}/annotation").get_json() == second
    with app.app_context():
        afters = list(db.session.scalars(select(AuditEvent.after).where(AuditEvent.entity_type == "annotation")
                                          .order_by(AuditEvent.id)))
    assert afters == [first, second]
