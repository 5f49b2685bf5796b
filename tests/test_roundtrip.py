"""Lossless re-import of a ``json`` export (issue 5): the round trip, merging into a database
that holds some of it, refused documents, and the upload page."""

import copy
import hashlib
import io
import json
import subprocess
import sys

import jsonschema
import pytest
from sqlalchemy import func, select

from annotate import dataset
from annotate.dataset_reader import SchemaError, check_schema, export_schema, read_dataset
from annotate.extensions import db
from annotate.importing import RecordError
from annotate.json_stream import WrittenFloat
from annotate.models import Annotation, Article, AuditEvent, Base, FinalLabel, Sentence, Source, Task, User
from annotate.services import accounts, annotations
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from tests.conftest import PASSWORD, csrf_token, login
from tests.test_progress_counts import assert_counts_true

TEXTS = [
    "Port reopens\n\nThe port authority said 42 ships waited. =HYPERLINK(\"http://evil\") was typed. It rained.",
    "Second story\n\n<script>alert(1)</script> appeared, Xinhua reported. +1 for everyone. @home is fine.",
    "Ünïcode 🚢 story\n\nThe minister said 😀 prices fell 3%. Nothing else happened.",
    "Quiet day\n\nNobody said anything. The end.",
]


@pytest.fixture
def corpus(app, users):
    """Four articles (one never reviewed), two sources, tasks for rev1 and rev2 in several states
    (the first article's handed in: rev1's accepted, rev2's submitted; on the second rev2 has not
    started; on the third rev2 has submitted), annotations that agree, disagree, carry spans,
    evidence and a second version, and two final labels."""
    with app.app_context():
        data = "".join(json.dumps({"text": text, "publisher": "Wire", "url": f"https://example.org/{number}",
                                   "published_at": "2026-03-14T09:30:00+01:00", "title": f"Story {number}",
                                   "language": "en", "external_id": f"ext-{number}",
                                   "meta": {"desk": "port", "tags": ["a", 1, None]}}) + "\n"
                       for number, text in enumerate(TEXTS))
        import_file(io.BytesIO(data.encode()), "c.jsonl", app.config["MAX_RECORD_BYTES"])
        xinhua = Source(name="Xinhua", kind="news_agency", aliases=["New China News Agency"],
                        description="State news agency")
        shoigu = Source(name="Sergei Shoigu", kind="person", aliases=["Shoigu"], description="")
        db.session.add_all([xinhua, shoigu])
        db.session.commit()
        articles = list(db.session.scalars(select(Article.id).order_by(Article.id)))
        for article_id in articles[:3]:
            task_service.assign_article(article_id, [users["rev1"], users["rev2"]])
        s = {a: list(db.session.execute(select(Sentence.id, Sentence.start, Sentence.end)
                                        .where(Sentence.article_id == a).order_by(Sentence.position)))
             for a in articles}
        first, second, third, _ = articles
        for reviewer in ("rev1", "rev2"):  # agree on s[first][1] (unanimous), disagree on s[first][2]
            annotations.save(s[first][1].id, users[reviewer], {
                "version": 0, "claim_type": "checkable", "status": "supported",
                "evidence": [{"url": "https://example.org/e", "quote": "=cmd"}]})
        annotations.save(s[first][2].id, users["rev1"], {"version": 0, "claim_type": "checkable", "note": "-2 points"})
        annotations.save(s[first][2].id, users["rev2"], {"version": 0, "claim_type": "minor"})
        sentence = s[second][1]
        annotations.save(sentence.id, users["rev1"], {"version": 0, "claim_type": "checkable",
                                                      "source_id": xinhua.id, "status": "refuted"})
        annotations.save(sentence.id, users["rev1"], {  # a second version, with a narrower span
            "version": 1, "claim_type": "checkable", "source_id": xinhua.id, "status": "refuted",
            "note": "<b>bold</b>", "span": {"start": sentence.start + 2, "end": sentence.end - 3}})
        db.session.add(FinalLabel(sentence_id=sentence.id, claim_type="checkable", source_id=xinhua.id,
                                  status="refuted", method="adjudicated", decided_by_id=users["admin"]))
        emoji = s[third][1]
        annotations.save(emoji.id, users["rev2"], {"version": 0, "claim_type": "checkable", "status": "misleading",
                                                   "source_id": shoigu.id,
                                                   "span": {"start": emoji.start, "end": emoji.start + 18}})
        annotations.save(emoji.id, users["rev1"], {"version": 0, "status": "unverified", "note": "later"})
        db.session.commit()
        tasks = hand_in(users, first, third)
        return {"articles": articles, "sentences": s, "xinhua": xinhua.id, "tasks": tasks}


def hand_in(users: dict, first: int, third: int) -> dict:
    """Submit rev1's and rev2's tasks on the first article and rev2's on the third, accept rev1's
    on the first; the tasks' ids by (article, reviewer id)."""
    tasks = {(a, r): task_id for task_id, a, r in db.session.execute(select(Task.id, Task.article_id,
                                                                            Task.reviewer_id))}
    for article_id, reviewer in ((first, "rev1"), (first, "rev2"), (third, "rev2")):
        task_service.submit(tasks[article_id, users[reviewer]], users[reviewer])
    task_service.accept(tasks[first, users["rev1"]], users["admin"])
    return tasks


# (article index, reviewer, state) of the tasks the corpus's annotations are in: what an import recreates.
TASKS_WITH_WORK = {(0, "rev1", "accepted"), (0, "rev2", "submitted"), (1, "rev1", "in_progress"),
                   (2, "rev1", "in_progress"), (2, "rev2", "submitted")}


def tasks_here(app) -> set:
    """(article index, reviewer, state) of every task here, articles numbered by id."""
    with app.app_context():
        rows = db.session.execute(select(Task.article_id, User.username, Task.state)
                                  .join(User, User.id == Task.reviewer_id)).all()
        order = sorted({article_id for article_id, _, _ in rows})
        return {(order.index(article_id), name, state) for article_id, name, state in rows}


# --- helpers ---------------------------------------------------------------------------------------

def export(app, path) -> dict:
    """``annotate export --format json -o path``; the document."""
    result = app.test_cli_runner().invoke(args=["export", "--format", "json", "-o", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(path.read_text(encoding="utf-8"))


def run_import(app, path):
    """``annotate import path``; the click result."""
    return app.test_cli_runner().invoke(args=["import", str(path)])


def imported(app, path) -> str:
    """Import and expect success; the output."""
    result = run_import(app, path)
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def same(document: dict) -> dict:
    """The document without what may differ: ``exported_at``, and the numbers of the claim
    clusters (each database numbers its own; the import indexes the claims again)."""
    for article in document.get("articles", []):
        for sentence in article["sentences"]:
            if "cluster_id" in sentence:
                sentence["cluster_id"] = sentence["cluster_id"] is not None
    return {key: value for key, value in document.items() if key != "exported_at"}


def wipe(app) -> None:
    """Delete every row, as in a second, empty database (on PostgreSQL sequences restart too)."""
    with app.app_context():
        db.session.remove()
        with db.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                quote = connection.dialect.identifier_preparer.quote
                names = ", ".join(quote(table.name) for table in Base.metadata.sorted_tables)
                connection.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
            else:
                for table in reversed(Base.metadata.sorted_tables):
                    connection.execute(table.delete())


def snapshot(app, tmp_path) -> tuple:
    """Row counts of every table and the export: what "the database is unchanged" compares."""
    with app.app_context():
        counts = {table.name: db.session.scalar(select(func.count()).select_from(table))
                  for table in Base.metadata.sorted_tables}
    return counts, same(export(app, tmp_path / "snapshot.json"))


def write(path, document: dict):
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# --- the round trip ----------------------------------------------------------------------------

def test_round_trip_into_an_empty_database_gives_the_same_document(app, corpus, tmp_path):
    first = export(app, tmp_path / "first.json")
    wipe(app)
    output = imported(app, tmp_path / "first.json")
    assert ("articles 4 added, 0 merged, 0 refused" in output and "annotations 7 added" in output
            and "final labels 2 added" in output and "tasks 5 added" in output
            and "3 users created" in output), output
    second = export(app, tmp_path / "second.json")
    assert same(second) == same(first)
    states = {a["task_state"] for art in second["articles"] for s in art["sentences"] for a in s["annotations"]}
    assert states == {"accepted", "submitted", "in_progress"}
    finals = [s["final"] for a in second["articles"] for s in a["sentences"] if s["final"]]
    assert {(f["method"], f["decided_by"]) for f in finals} == {("unanimous", None), ("adjudicated", "admin")}
    assert any(a["version"] == 2 and a["span"] for art in second["articles"] for s in art["sentences"]
               for a in s["annotations"])
    with app.app_context():
        people = db.session.scalars(select(User)).all()
        assert {u.username for u in people} == {"admin", "rev1", "rev2"}
        assert_counts_true()  # stored progress of the imported articles and tasks
        assert all(u.role == "reviewer" and not u.active and not u.check_password(PASSWORD) for u in people)
        # hashed with the configured method (cheap in the suite; production's scrypt: test_config)
        assert all(u.password_hash.startswith(app.config["PASSWORD_HASH_METHOD"] + "$") for u in people)
        assert all(task.due_date is None for task in db.session.scalars(select(Task)))
        events = db.session.execute(select(AuditEvent.entity_type, func.count()).where(AuditEvent.action == "import")
                                    .group_by(AuditEvent.entity_type)).all()
        assert dict(events) == {"user": 3, "source": 2, "annotation": 7, "task": 5, "final_label": 2}
    # A task for each (article, reviewer) with work in the file, in the exported state; rev2's
    # unstarted task on the second article had no work in it, so it is not in the file.
    assert tasks_here(app) == TASKS_WITH_WORK
    assert login(app.test_client(), "admin").status_code != 302  # imported accounts cannot log in


def test_inserts_after_a_round_trip_get_fresh_ids(app, corpus, tmp_path):
    """Ids were given explicitly; on PostgreSQL the sequences must have moved past them."""
    export(app, tmp_path / "first.json")
    wipe(app)
    imported(app, tmp_path / "first.json")
    with app.app_context():
        report = import_file(io.BytesIO(b"Fresh news\n\nA new article arrived. It has words."), "new.txt",
                             app.config["MAX_RECORD_BYTES"])
        assert report.articles == 1
        user = accounts.create_user("newcomer", "reviewer", PASSWORD)
        db.session.add(Source(name="Reuters", kind="news_agency", aliases=[], description=""))
        db.session.commit()
        article_id = db.session.scalar(select(func.max(Article.id)))
        task_service.assign_article(article_id, [user.id])
        sentence_id = db.session.scalar(select(func.max(Sentence.id)))
        annotations.save(sentence_id, user.id, {"version": 0, "claim_type": "minor"})
        db.session.add(FinalLabel(sentence_id=sentence_id, claim_type="minor", status="unverified",
                                  method="adjudicated"))
        db.session.commit()
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 8


def test_an_imported_unanimous_label_is_made_again_by_the_recreated_tasks(app, corpus, tmp_path):
    export(app, tmp_path / "first.json")
    wipe(app)
    imported(app, tmp_path / "first.json")
    with app.app_context():
        label = db.session.scalar(select(FinalLabel).where(FinalLabel.method == "unanimous"))
        sentence = db.session.get(Sentence, label.sentence_id)
        newcomer = accounts.create_user("newcomer", "reviewer", PASSWORD)
        task_service.assign_article(sentence.article_id, [newcomer.id])
        sentence_id, article_id = sentence.id, sentence.article_id
        task_id = db.session.scalar(select(Task.id).where(Task.reviewer_id == newcomer.id))

    def final():
        document = export(app, tmp_path / "again.json")
        [article] = [a for a in document["articles"] if a["id"] == article_id]
        return next(s["final"] for s in article["sentences"] if s["id"] == sentence_id)

    assert final() is None  # the article's new reviewer has not handed in: no longer unanimous
    with app.app_context():  # agrees with the imported reviewers, but is still at work
        annotations.save(sentence_id, newcomer.id, {"version": 0, "claim_type": "checkable", "status": "supported"})
    assert final() is None
    with app.app_context():
        task_service.submit(task_id, newcomer.id)
    derived = final()
    assert (derived["claim_type"], derived["status"], derived["method"]) == ("checkable", "supported", "unanimous")
    with app.app_context():  # sent back: not handed in any more
        task_service.return_task(task_id, "check the source")
    assert final() is None
    with app.app_context():  # the imported row is kept, not lost
        assert db.session.scalar(select(func.count()).select_from(FinalLabel)
                                 .where(FinalLabel.sentence_id == sentence_id)) == 1


def test_a_file_without_task_states_imports_them_as_submitted(app, corpus, tmp_path):
    """An export written before exports carried task states: its reviewers' tasks are submitted."""
    document = export(app, tmp_path / "first.json")
    for annotation in (a for art in document["articles"] for s in art["sentences"] for a in s["annotations"]):
        del annotation["task_state"]
    wipe(app)
    imported(app, write(tmp_path / "old.json", document))
    assert tasks_here(app) == {(article, name, "submitted") for article, name, _ in TASKS_WITH_WORK}
    again = export(app, tmp_path / "again.json")
    assert {a["task_state"] for art in again["articles"] for s in art["sentences"] for a in s["annotations"]} == {
        "submitted"}


def test_a_task_here_is_kept_as_it_is(app, corpus, tmp_path, users):
    """Importing into a database that has the articles: its tasks keep their states; an article's
    reviewer with work in the file but no task here gets one, in the file's state."""
    document = export(app, tmp_path / "first.json")
    first = corpus["articles"][0]
    with app.app_context():
        task_service.return_task(corpus["tasks"][first, users["rev2"]], "again", None)
        task_service.revoke(corpus["tasks"][first, users["rev1"]])
    output = imported(app, write(tmp_path / "same.json", document))
    assert "tasks 1 added" in output, output
    assert {(n, s) for a, n, s in tasks_here(app) if a == 0} == {("rev1", "accepted"), ("rev2", "returned")}
    with app.app_context():
        [event] = db.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "task",
                                                              AuditEvent.action == "import"))
        assert event.after["state"] == "accepted" and event.after["due_date"] is None
        assert event.after["file"].endswith("same.json")


def test_any_json_layout_of_the_document_imports(app, corpus, tmp_path):
    """Pretty-printed, members in another order (articles before sources): the same result."""
    first = export(app, tmp_path / "first.json")
    wipe(app)
    reordered = {key: first[key] for key in ("articles", "label_set", "sources", "exported_at", "schema_version")}
    (tmp_path / "pretty.json").write_text(json.dumps(reordered, indent=2), encoding="utf-8")
    imported(app, tmp_path / "pretty.json")
    assert same(export(app, tmp_path / "second.json")) == same(first)


# --- merging -----------------------------------------------------------------------------------

def test_second_import_changes_nothing_and_a_changed_final_label_refuses_the_file(app, corpus, tmp_path):
    path = tmp_path / "first.json"
    first = export(app, path)
    wipe(app)
    imported(app, path)
    before = snapshot(app, tmp_path)  # row counts (audit events too) and the export
    output = imported(app, path)
    assert ("articles 0 added, 4 merged, 0 refused (0 sentences added)" in output
            and "sources 0 added, 2 merged" in output
            and "annotations 0 added, 0 updated, 7 unchanged, 0 refused" in output
            and "final labels 0 added, 2 merged, 0 refused" in output and "0 users created" in output), output
    assert snapshot(app, tmp_path) == before
    changed = copy.deepcopy(first)
    changed["articles"][1]["sentences"][1]["annotations"][0]["note"] = "changed elsewhere"  # alone, a new version
    changed["articles"][1]["sentences"][1]["final"]["status"] = "misleading"
    result = run_import(app, write(tmp_path / "changed.json", changed))
    assert result.exit_code == 1, result.output
    assert ("changed.json: 1 record(s) refused: articles[1].sentences[1].final: differs from the final label "
            "here; nothing from this file was imported") in result.output
    assert snapshot(app, tmp_path) == before  # all or nothing: the changed note is not stored either


def test_import_into_its_own_database_merges_with_the_derived_final_labels(app, corpus, tmp_path):
    """The source database has tasks: the unanimous label is derived there, not stored; it merges."""
    before = snapshot(app, tmp_path)
    output = imported(app, tmp_path / "snapshot.json")
    assert "articles 0 added, 4 merged" in output and "final labels 0 added, 2 merged, 0 refused" in output
    assert snapshot(app, tmp_path) == before


def test_an_article_segmented_differently_refuses_the_whole_file(app, corpus, tmp_path):
    document = export(app, tmp_path / "first.json")
    document["articles"][2]["sentences"][1]["kind"] = "meta"
    document["articles"][0]["sentences"][2]["annotations"][0]["note"] = "would be a new version"
    before = snapshot(app, tmp_path)
    result = run_import(app, write(tmp_path / "changed.json", document))
    assert result.exit_code == 1, result.output
    assert "changed.json: 1 record(s) refused: articles[2]: the article stored with this text" in result.output
    assert "nothing from this file was imported" in result.output
    assert snapshot(app, tmp_path) == before


def test_ids_taken_here_get_new_ids_and_references_follow(app, corpus, tmp_path):
    first = export(app, tmp_path / "first.json")
    wipe(app)
    with app.app_context():
        occupy_ids(first)
    output = imported(app, tmp_path / "first.json")
    assert "articles 4 added" in output and "annotations 7 added" in output and "3 users created" in output, output
    second = export(app, tmp_path / "second.json")
    texts = {a["text_sha256"] for a in first["articles"]}
    mine = [a for a in second["articles"] if a["text_sha256"] in texts]
    assert {a["id"] for a in mine}.isdisjoint(a["id"] for a in first["articles"])
    ids = [x["id"] for a in mine for s in a["sentences"] for x in s["annotations"]]
    assert set(ids).isdisjoint(x["id"] for a in first["articles"] for s in a["sentences"] for x in s["annotations"])
    assert canonical(first, first["articles"]) == canonical(second, mine)


def occupy_ids(document: dict) -> None:
    """Other rows on every id the document uses: articles, sentences, annotations, a source, users."""
    reviewers = sorted({(x["reviewer_id"], x["reviewer"]) for a in document["articles"] for s in a["sentences"]
                        for x in s["annotations"]})
    for user_id, username in reviewers:
        db.session.add(User(id=user_id, username=f"other-{username}", role="reviewer", password_hash="x"))
    for source in document["sources"]:
        db.session.add(Source(id=source["id"], name=f"Other {source['name']}", kind="other", aliases=[]))
    db.session.flush()
    spare = []
    for number, article in enumerate(document["articles"]):
        text = f"Other story {number}. Something else happened."
        db.session.add(Article(id=article["id"], text=text, text_sha256=hashlib.sha256(text.encode()).hexdigest(),
                               meta={}))
        db.session.flush()
        for position, sentence in enumerate(article["sentences"]):
            db.session.add(Sentence(id=sentence["id"], article_id=article["id"], position=position, start=0,
                                    end=5, kind="body"))
            spare.append(sentence["id"])
    db.session.flush()
    annotation_ids = [x["id"] for a in document["articles"] for s in a["sentences"] for x in s["annotations"]]
    for annotation_id, sentence_id in zip(annotation_ids, spare, strict=False):  # more sentences than annotations
        db.session.add(Annotation(id=annotation_id, sentence_id=sentence_id, reviewer_id=reviewers[0][0],
                                  claim_type="minor"))
    db.session.commit()


DERIVED = ("id", "annotations", "final", "cluster_id")  # a sentence's: compared apart, or numbered here


def canonical(document: dict, articles: list) -> list:
    """Articles with ids replaced by what they point to (texts, source and user names)."""
    names = {source["id"]: source["name"] for source in document["sources"]}

    def label(item: dict) -> dict:
        drop = {"id", "reviewer_id"}
        return {key: names.get(value) if key == "source_id" else value
                for key, value in item.items() if key not in drop}

    return [{**{k: v for k, v in a.items() if k not in ("id", "sentences")},
             "sentences": [{**{k: v for k, v in s.items() if k not in DERIVED},
                            "annotations": [label(x) for x in s["annotations"]],
                            "final": label(s["final"]) if s["final"] else None} for s in a["sentences"]]}
            for a in articles]


# --- refused documents -------------------------------------------------------------------------

def _outside(document):
    sentence = document["articles"][1]["sentences"][2]
    sentence["end"] = len(document["articles"][1]["text"]) + 5
    return "articles[1].sentences[2]: offsets outside the text"


def _hash(document):
    document["articles"][0]["text_sha256"] = "0" * 64
    return "articles[0].text_sha256: does not match the text"


def _unknown_source(document):
    document["articles"][1]["sentences"][1]["annotations"][0]["source_id"] = 999
    return "articles[1].sentences[1].annotations[0].source_id: no source with id 999"


def _version(document):
    document["schema_version"] = 2
    return "schema_version: must be 1, got 2"


def _kind(document):
    document["articles"][3]["sentences"][0]["kind"] = "paragraph"
    return "articles[3].sentences[0].kind: must be one of"


def _text(document):
    document["articles"][0]["sentences"][1]["text"] = "Something else."
    return "articles[0].sentences[1]: its text is not the article's text"


def _missing(document):
    del document["articles"][2]["sentences"][0]["annotations"]
    return "articles[2].sentences[0]: missing 'annotations'"


def _span(document):
    document["articles"][1]["sentences"][1]["annotations"][0]["span"] = {"start": 0, "end": 3}
    return "articles[1].sentences[1].annotations[0]: span: must lie inside the sentence"


def _two_ids(document):
    document["articles"][0]["sentences"][1]["annotations"][0]["reviewer_id"] = 777
    return "reviewer 'rev1' has two ids in the file"


@pytest.mark.parametrize("spoil", [_outside, _hash, _unknown_source, _version, _kind, _text, _missing, _span,
                                   _two_ids])
def test_invalid_documents_are_refused_whole_naming_the_record(app, corpus, tmp_path, spoil):
    document = export(app, tmp_path / "first.json")
    expected = spoil(document)
    before = snapshot(app, tmp_path)
    result = run_import(app, write(tmp_path / "bad.json", document))
    assert result.exit_code == 1
    assert expected in result.output and "nothing from this file was imported" in result.output, result.output
    assert snapshot(app, tmp_path) == before


def test_broken_json_is_refused_with_its_line(app, corpus, tmp_path):
    export(app, tmp_path / "first.json")
    text = (tmp_path / "first.json").read_text(encoding="utf-8")
    (tmp_path / "cut.json").write_text(text[: len(text) // 2], encoding="utf-8")
    result = run_import(app, tmp_path / "cut.json")
    assert result.exit_code == 1 and "invalid JSON" in result.output and "line " in result.output, result.output


# --- the upload page, the pure reader ----------------------------------------------------------

def test_upload_page_accepts_a_dataset_file(app, corpus, admin_client, tmp_path):
    data = json.dumps(export(app, tmp_path / "first.json")).encode()
    token = csrf_token(admin_client, "/admin/import")
    response = admin_client.post("/admin/import", content_type="multipart/form-data",
                                 data={"csrf_token": token, "files": (io.BytesIO(data), "export.json")})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "articles 0 added, 4 merged" in page
    spoiled = json.loads(data)
    _outside(spoiled)
    response = admin_client.post("/admin/import", content_type="multipart/form-data", data={
        "csrf_token": token, "files": (io.BytesIO(json.dumps(spoiled).encode()), "export.json")})
    assert response.status_code == 422
    assert "articles[1].sentences[2]: offsets outside the text" in response.get_data(as_text=True)


def test_schema_check_agrees_with_jsonschema(app, corpus, tmp_path):
    document = export(app, tmp_path / "first.json")
    schema = json.loads(dataset.SCHEMAS["json"].read_text())
    assert export_schema() == schema
    check_schema(document)
    jsonschema.validate(document, schema)
    for spoil in (_version, _kind, _missing):
        spoiled = copy.deepcopy(document)
        expected = spoil(spoiled)
        with pytest.raises(SchemaError) as error:
            check_schema(spoiled)
        assert str(error.value).startswith(expected), (str(error.value), expected)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(spoiled, schema)


def _article() -> dict:
    """One article as the ``json`` format has it: two sentences, the second annotated."""
    text = "Hello world. Ships waited."
    annotation = {"id": 1, "reviewer": "rev1", "reviewer_id": 2, "claim_type": "checkable", "source_id": None,
                  "status": "supported", "note": "", "evidence": [{"url": "https://example.org", "quote": "q"}],
                  "span": {"start": 13, "end": 18}, "version": 1, "created_at": "2026-03-14T09:30:00+00:00",
                  "updated_at": "2026-03-14T09:30:00+00:00"}
    return {"id": 1, "text": text, "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "title": None,
            "url": None, "publisher": None, "published_at": None, "language": "en", "external_id": None,
            "meta": {}, "created_at": "2026-03-14T09:30:00+00:00",
            "sentences": [{"id": 1, "position": 0, "start": 0, "end": 12, "text": "Hello world.", "kind": "title",
                           "annotations": [], "final": None},
                          {"id": 2, "position": 1, "start": 13, "end": 26, "text": "Ships waited.", "kind": "body",
                           "annotations": [annotation], "final": None}]}


@pytest.mark.parametrize("path, value, expected", [
    (("sentences", 1, "kind"), "paragraph",
     'articles[4].sentences[1].kind: must be one of "title", "heading", "meta", "body", got "paragraph"'),
    (("sentences", 0, "start"), WrittenFloat("1.0"), "articles[4].sentences[0].start: must be integer, got number"),
    (("sentences", 0, "start"), True, "articles[4].sentences[0].start: must be integer, got boolean"),
    (("sentences", 0, "end"), 0, "articles[4].sentences[0].end: must be at least 1"),
    (("title",), 5, "articles[4].title: must be string or null, got integer"),
    (("text",), "", "articles[4].text: must not be empty"),
    (("text_sha256",), "xyz", 'articles[4].text_sha256: does not match ^[0-9a-f]{64}$: "xyz"'),
    (("colour",), "red", "articles[4]: unknown field(s) 'colour'"),
    (("created_at",), "2026-03-14T09:30:00", "articles[4].created_at: must be a date and time with a time "
                                             'zone (ISO 8601), got "2026-03-14T09:30:00"'),
    (("sentences", 1, "annotations", 0, "status"), "maybe", "articles[4].sentences[1].annotations[0].status: "
                                                            "must be one of"),
    (("sentences", 1, "annotations", 0, "evidence", 0, "url"), "ftp://x",
     "articles[4].sentences[1].annotations[0].evidence[0].url: does not match"),
    (("sentences", 1, "annotations", 0, "span"), {"start": 13},
     "articles[4].sentences[1].annotations[0].span: missing 'end'"),
])
def test_a_schema_violation_names_its_place_and_what_was_expected(path, value, expected):
    article = _article()
    check_schema(article, "/$defs/article", "articles[4]")
    *parents, last = path
    place = article
    for step in parents:
        place = place[step]
    place[last] = value
    with pytest.raises(SchemaError) as error:
        check_schema(article, "/$defs/article", "articles[4]")
    assert str(error.value).startswith(expected), str(error.value)
    assert error.value.path == expected.partition(": ")[0]


def test_a_schema_violation_in_a_file_is_refused_with_its_place():
    document = {"schema_version": 1, "exported_at": "2026-03-14T09:30:00+00:00", "label_set": {}, "sources": [],
                "articles": [_article(), {**_article(), "id": 2}]}
    document["articles"][1]["sentences"][1]["annotations"][0]["status"] = "maybe"
    with pytest.raises(RecordError) as error:
        read_dataset(io.BytesIO(json.dumps(document).encode()), "d.json", 1_000_000)
    assert error.value.where == "articles[1].sentences[1].annotations[0].status", error.value
    assert error.value.message.startswith('must be one of "unverified", ')
    valid = {**document, "articles": [_article()]}
    assert read_dataset(io.BytesIO(json.dumps(valid).encode()), "d.json", 1_000_000).article_count == 1


def test_reader_is_pure():
    code = ("import sys, annotate.dataset_reader; "
            "assert not {'flask', 'sqlalchemy'} & set(sys.modules), sorted(sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_ids_at_the_end_of_the_id_range_get_fresh_ones_and_later_inserts_work(app, corpus, tmp_path):
    """A file whose article, sentence and annotation ids sit at 2,147,483,647: kept as they are,
    they pushed PostgreSQL's sequences to their end (every later insert failed) and made SQLite
    hand out ids the app answers 404 for. They are given fresh ids, references remapped."""
    from annotate.numbers import MAX_ID

    document = export(app, tmp_path / "first.json")
    wipe(app)
    top = 2_147_483_647
    article = document["articles"][0]
    article["id"] = top
    annotation_ids = iter(range(top, 0, -1))
    for number, sentence in enumerate(article["sentences"]):
        sentence["id"] = top - number
        for annotation in sentence["annotations"]:
            annotation["id"] = next(annotation_ids)
    assert any(sentence["annotations"] for sentence in article["sentences"])
    (tmp_path / "edge.json").write_text(json.dumps(document), encoding="utf-8")
    output = imported(app, tmp_path / "edge.json")
    assert "articles 4 added" in output, output
    with app.app_context():
        for model in (Article, Sentence, Annotation):
            assert db.session.scalar(select(func.max(model.id))) < 10_000
        report = import_file(io.BytesIO(b"Fresh news\n\nA new article arrived. It has words."), "new.txt",
                             app.config["MAX_RECORD_BYTES"])
        assert report.articles == 1
        newest = db.session.scalar(select(func.max(Article.id)))
        assert newest < 10_000 <= MAX_ID
        accounts.create_user("chief", "admin", PASSWORD)
    client = app.test_client()
    assert login(client, "chief").status_code == 302
    assert client.get(f"/articles/{newest}").status_code == 200
    second = export(app, tmp_path / "second.json")
    edge = next(a for a in second["articles"] if a["text_sha256"] == article["text_sha256"])
    assert [s["text"] for s in edge["sentences"]] == [s["text"] for s in article["sentences"]]
    assert sum(len(s["annotations"]) for s in edge["sentences"]) == sum(
        len(s["annotations"]) for s in article["sentences"])
