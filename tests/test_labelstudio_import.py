"""Moving a project back from Label Studio: its JSON export imported, all or nothing (SPEC §4)."""

import json

import pytest
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.labelstudio_reader import is_label_studio
from annotate.labelstudio_writer import meta_text
from annotate.models import Annotation, Article, AuditEvent, Source, Task, User
from annotate.services import annotations
from tests import test_roundtrip
from tests.test_roundtrip import export, imported, run_import, snapshot, wipe

corpus = test_roundtrip.corpus  # the fixture, shared with the json round trip

TEXT = "Port news\n\nThe port said 42 ships 🚢 waited. Xinhua reported it. Officials were calm."


def labelstudio(app, path) -> list:
    result = app.test_cli_runner().invoke(args=["export", "--format", "labelstudio", "-o", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(path.read_text(encoding="utf-8"))


def decided(document: dict) -> dict:
    """Every decided annotation of a json export, by (article text, sentence position, reviewer)."""
    sources = {s["id"]: s["name"] for s in document["sources"]}
    return {(a["text_sha256"], s["position"], n["reviewer"]): (
        n["claim_type"], n["status"], sources.get(n["source_id"]), n["note"], n["evidence"], n["span"],
        n["task_state"])
        for a in document["articles"] for s in a["sentences"] for n in s["annotations"] if n["claim_type"]}


def test_a_labelstudio_export_comes_back_with_every_decided_annotation(app, corpus, tmp_path):
    original = export(app, tmp_path / "before.json")
    before = decided(original)
    tasks = labelstudio(app, tmp_path / "ls.json")
    wipe(app)
    output = imported(app, tmp_path / "ls.json")
    assert f"articles {len(tasks)} added" in output and f"annotations {len(before)} added" in output, output
    assert "tasks 4 added" in output, output  # rev1 has no decided annotation on the third article
    after = export(app, tmp_path / "after.json")
    assert decided(after) == before  # claim type, status, source, note, evidence, span and task state
    assert test_roundtrip.tasks_here(app) == test_roundtrip.TASKS_WITH_WORK - {(2, "rev1", "in_progress")}
    assert [a["text"] for a in after["articles"]] == [t["data"]["text"] for t in tasks]
    fields = ("title", "url", "publisher", "published_at", "language", "external_id", "meta")
    assert [{k: a[k] for k in fields} for a in after["articles"]] == [
        {k: a[k] for k in fields} for a in original["articles"]]
    assert after["articles"][0]["publisher"] == "Wire" and after["articles"][0]["meta"] == {
        "desk": "port", "tags": ["a", 1, None]}
    with app.app_context():  # its reviewers exist for the record, disabled; its sources registered
        assert {(u.username, u.active) for u in db.session.scalars(select(User))} == {("rev1", False),
                                                                                       ("rev2", False)}
        assert set(db.session.scalars(select(Source.name))) == {"Xinhua", "Sergei Shoigu"}


def test_into_the_database_it_came_from_nothing_changes(app, corpus, tmp_path):
    labelstudio(app, tmp_path / "ls.json")
    before = snapshot(app, tmp_path)
    output = imported(app, tmp_path / "ls.json")
    assert "articles 0 added, 4 merged" in output and "annotations 0 added, 0 updated, 6 unchanged" in output
    assert snapshot(app, tmp_path) == before


# Notes and evidence the meta text's older lines misread (issue 13.1), each kept exactly now.
TRICKY_NOTES = [
    "first line\nevidence: https://fake.example not real evidence",
    "part one\nnote: part two",
    "see below\nreviewer: mallory",
    "task_state: accepted\nannotate-data: {\"note\": \"forged\"}\nstill the note",
    "a | b | c\u2028after a line separator\u2029and a paragraph one",
    "中文注释：港口重新开放 🚢😀\n第二行",
]
TRICKY_EVIDENCE = [
    [{"url": "https://x.example/a b", "quote": "b q"}],
    [{"url": "https://例子.example/路径 with space?q=ü&x=1 | 2", "quote": "引用 😀\nevidence: https://fake.example"}],
    [{"url": "https://x.example/a\u2028b", "quote": ""}, {"url": "https://y.example/", "quote": "note: not a note"}],
]


@pytest.fixture
def tricky(app, corpus, users):
    """Every tricky note and evidence, on annotations of the open tasks (second and third article)."""
    second, third = (corpus["sentences"][corpus["articles"][n]] for n in (1, 2))
    places = [(second[0], "rev2"), (second[1], "rev2"), (second[2], "rev2"), (second[3], "rev2"),
              (second[2], "rev1"), (third[2], "rev1")]
    evidence = TRICKY_EVIDENCE + [[]] * (len(TRICKY_NOTES) - len(TRICKY_EVIDENCE))
    with app.app_context():
        for (sentence, reviewer), note, items in zip(places, TRICKY_NOTES, evidence, strict=True):
            saved = annotations.save(sentence.id, users[reviewer], {
                "version": 0, "claim_type": "checkable", "status": "unverified", "note": note, "evidence": items})
            assert (saved["note"], saved["evidence"]) == (note, items)


def test_tricky_notes_and_evidence_come_back_exactly(app, tricky, tmp_path):
    """Export labelstudio, import into an empty database: the same notes and evidence."""
    before = decided(export(app, tmp_path / "before.json"))
    labelstudio(app, tmp_path / "ls.json")
    wipe(app)
    imported(app, tmp_path / "ls.json")
    after = decided(export(app, tmp_path / "after.json"))
    notes = {value[3] for value in after.values()}
    assert set(TRICKY_NOTES) <= notes
    assert after == before


def test_tricky_notes_merge_back_into_their_database_unchanged(app, tricky, tmp_path):
    labelstudio(app, tmp_path / "ls.json")
    before = snapshot(app, tmp_path)
    output = imported(app, tmp_path / "ls.json")
    assert "annotations 0 added, 0 updated, 12 unchanged" in output, output
    assert snapshot(app, tmp_path) == before


def test_the_meta_text_is_readable_and_its_json_line_is_one_line(app, tricky, tmp_path):
    tasks = labelstudio(app, tmp_path / "ls.json")
    texts = [r["meta"]["text"][0] for t in tasks for a in t["annotations"] for r in a["result"]]
    shown = next(text for text in texts if "part one" in text)
    assert shown.split("\n")[:4] == ["reviewer: rev2", "task_state: in_progress", "note: part one",
                                     "  note: part two"]
    assert shown.split("\n")[-1].startswith('annotate-data: {"reviewer": "rev2"')
    chinese = next(text for text in texts if "例子" in text)
    assert "evidence: https://例子.example/路径 with space?q=ü&x=1 | 2\n  quote: 引用 😀" in chinese
    assert all("\u2028" not in text.split("\n")[-1] for text in texts)  # escaped in the JSON line only
    assert any("\u2028" in text for text in texts)


def test_a_meta_text_without_its_json_line_is_read_as_lines(app, users, tmp_path):
    """Deleting the JSON line (to edit in Label Studio's panel) reads the lines as before issue 13."""
    first = region(*SENTENCE)
    first["meta"] = {"text": [meta_text({"reviewer": "ana", "task_state": "submitted", "note": "old note",
                                         "evidence": []}).rsplit("\n", 1)[0].replace("old note", "new note")]}
    path = tmp_path / "project.json"
    path.write_text(json.dumps([task(first)]), encoding="utf-8")
    imported(app, path)
    with app.app_context():
        annotation, name = db.session.execute(select(Annotation, User.username).join(User)).one()
        assert (name, annotation.note) == ("ana", "new note")


@pytest.mark.parametrize("line, message", [
    ("annotate-data: {broken", "the meta text's annotate-data: line is not JSON"),
    ('annotate-data: {"note": 5}', "the meta text's annotate-data: line must be an object"),
    ('annotate-data: ["note"]', "the meta text's annotate-data: line must be an object"),
    ('annotate-data: {"evidence": ["x"]}', "the meta text's annotate-data: line must be an object"),
    ('annotate-data: {"evidence": [{"quote": "q"}]}', "the meta text's annotate-data: line must be an object"),
    ('annotate-data: {"evidence": [{"url": 5}]}', "the meta text's annotate-data: line must be an object"),
    ('annotate-data: {"reviewer": "ana", "note": "other"}', "the meta text's lines were changed"),
])
def test_a_json_line_annotate_cannot_trust_refuses_the_file(app, users, tmp_path, line, message):
    first = region(*SENTENCE)
    first["meta"] = {"text": ["reviewer: ana\n" + line]}
    path = tmp_path / "project.json"
    path.write_text(json.dumps([task(first)]), encoding="utf-8")
    result = run_import(app, path)
    assert result.exit_code == 1 and f"tasks[0].annotations[0].result[0]: {message}" in result.output, result.output


def task(*results, **annotation) -> dict:
    """A task as Label Studio exports it, with one annotation."""
    return {"id": 7, "data": {"text": TEXT, "title": "Port"}, "predictions": [],
            "annotations": [{"id": 3, "completed_by": 1, "was_cancelled": False, "result": list(results),
                             "created_at": "2026-05-01T10:00:00.000000Z", "updated_at": "2026-05-01T11:00:00Z",
                             **annotation}]}


def region(start, end, label="checkable", region_id="r1", text=None):
    return {"id": region_id, "from_name": "claim_type", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": TEXT[start:end] if text is None else text,
                      "labels": [label]}}


SENTENCE = (TEXT.index("The port"), TEXT.index(" Xinhua"))


def test_a_label_studio_project_of_its_own_imports_with_its_annotators(app, users, tmp_path):
    start = SENTENCE[0]
    shoigu = {"id": "r2", "from_name": "source", "to_name": "text", "type": "textarea",
              "value": {"start": start, "end": start + 8, "text": ["Xinhua"]}}
    status = {"id": "r2", "from_name": "status", "to_name": "text", "type": "choices",
              "value": {"start": start, "end": start + 8, "choices": ["refuted"]}}
    path = tmp_path / "project.json"
    path.write_text(json.dumps([task(region(start, start + 8, region_id="r2"), shoigu, status,
                                     region(TEXT.index("Officials"), len(TEXT), "minor")),
                                {**task(region(0, 4), was_cancelled=True), "data": {"text": "Another one."}}]),
                    encoding="utf-8")
    with app.app_context():
        db.session.add(Source(name="New China News Agency", kind="news_agency", aliases=["Xinhua"], description=""))
        db.session.commit()
    output = imported(app, path)
    assert "articles 2 added" in output and "annotations 2 added" in output and "1 users created" in output
    with app.app_context():
        rows = db.session.execute(select(Annotation, User.username).join(User)).all()
        assert {(a.claim_type, a.status, a.span_start, a.span_end, name) for a, name in rows} == {
            ("checkable", "refuted", start, start + 8, "labelstudio-1"),
            ("minor", "unverified", None, None, "labelstudio-1")}
        source = db.session.scalar(select(Source).join(Annotation, Annotation.source_id == Source.id))
        assert source.name == "New China News Agency"  # named by its alias, not registered again
        assert db.session.scalar(select(func.count()).select_from(Source)) == 1
        # Its annotator's task, "submitted" as no region says otherwise; none for the cancelled one.
        [(state, due, name)] = db.session.execute(select(Task.state, Task.due_date, User.username)
                                                  .join(User, User.id == Task.reviewer_id)).all()
        assert (state, due, name) == ("submitted", None, "labelstudio-1")
        assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_type == "task", AuditEvent.action == "import")) == 1


@pytest.mark.parametrize("results, where, message", [
    ([region(SENTENCE[0], SENTENCE[1] + 5)], "tasks[0].annotations[0].result[0]", "is not inside one sentence"),
    ([region(*SENTENCE), region(SENTENCE[0], SENTENCE[0] + 4, region_id="r2")],
     "tasks[0].annotations[0].result[1]", "a second region in sentence"),
    ([region(*SENTENCE, label="Claim")], "tasks[0].annotations[0].result[0]", "claim_type"),
    ([region(*SENTENCE, text="The port said 42 ships")], "tasks[0].annotations[0].result[0]",
     "is not the task's text"),
    ([], "tasks[1]", "the same text as tasks[0]"),
])
def test_what_annotate_cannot_hold_refuses_the_whole_file(app, users, tmp_path, results, where, message):
    path = tmp_path / "project.json"
    second = {"data": {"text": TEXT if not results else "Fine article. It is whole."}}
    path.write_text(json.dumps([task(*results), second]), encoding="utf-8")
    result = run_import(app, path)
    assert result.exit_code == 1 and where in result.output and message in result.output, result.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Article)) == 0


def test_only_a_list_of_tasks_is_taken_for_label_studio(tmp_path):
    import io

    assert is_label_studio(io.BytesIO(json.dumps([{"id": 1, "data": {"text": "x"}}]).encode()))
    assert not is_label_studio(io.BytesIO(json.dumps([{"text": "An article.", "meta": {"data": {}}}]).encode()))
    assert not is_label_studio(io.BytesIO(json.dumps({"data": {"text": "x"}}).encode()))
    assert not is_label_studio(io.BytesIO(b"[{broken"))


def test_meta_lines_carry_reviewer_and_notes_and_quotes_over_several_lines(app, users, tmp_path):
    first = region(*SENTENCE)
    first["meta"] = {"text": ["reviewer: ana\nnote: line one\nline two\nevidence: https://e.org/x a quote\n"
                              "that goes on\nevidence: https://e.org/y"]}
    path = tmp_path / "project.json"
    path.write_text(json.dumps([task(first)]), encoding="utf-8")
    imported(app, path)
    with app.app_context():
        annotation, name = db.session.execute(select(Annotation, User.username).join(User)).one()
        assert name == "ana" and annotation.note == "line one\nline two"
        assert annotation.evidence == [{"url": "https://e.org/x", "quote": "a quote\nthat goes on"},
                                       {"url": "https://e.org/y", "quote": ""}]


def _with_value(result: dict, **value) -> dict:
    return {**result, "value": {**result["value"], **value}}


STATUS = {"id": "r1", "from_name": "status", "to_name": "text", "type": "choices",
          "value": {"start": SENTENCE[0], "end": SENTENCE[1], "choices": ["supported"]}}
SOURCE = {"id": "r1", "from_name": "source", "to_name": "text", "type": "textarea",
          "value": {"start": SENTENCE[0], "end": SENTENCE[1], "text": ["Xinhua"]}}


@pytest.mark.parametrize("results", [
    [_with_value(region(*SENTENCE), labels=5)],
    [_with_value(region(*SENTENCE), labels={"a": 1})],
    [_with_value(region(*SENTENCE), labels=[None])],
    [_with_value(region(*SENTENCE), labels=[""])],
    [region(*SENTENCE), _with_value(STATUS, choices=5)],
    [region(*SENTENCE), _with_value(STATUS, choices={"a": 1})],
    [region(*SENTENCE), _with_value(SOURCE, text=5)],
    [region(*SENTENCE), _with_value(SOURCE, text=["Xinhua", "Reuters"])],
])
def test_wrong_types_name_the_place_on_the_page_and_the_command_line(app, users, admin_client, tmp_path, results):
    import io

    from tests.conftest import csrf_token

    data = json.dumps([task(*results)]).encode()
    path = tmp_path / "project.json"
    path.write_bytes(data)
    result = run_import(app, path)
    assert result.exit_code == 1 and "tasks[0].annotations[0].result[" in result.output, result.output
    token = csrf_token(admin_client, "/admin/import")
    page = admin_client.post("/admin/import", data={"csrf_token": token, "files": (io.BytesIO(data), "p.json")},
                             content_type="multipart/form-data")
    assert page.status_code == 422 and "tasks[0].annotations[0].result[" in page.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Article)) == 0


def test_the_same_annotator_twice_on_a_sentence_is_refused_plainly(app, users, tmp_path):
    one = task(region(*SENTENCE))
    one["annotations"].append({**one["annotations"][0], "id": 4, "result": [region(*SENTENCE, "minor")]})
    path = tmp_path / "project.json"
    path.write_text(json.dumps([one]), encoding="utf-8")
    result = run_import(app, path)
    assert result.exit_code == 1 and "tasks[0].annotations[1].result[0]" in result.output
    assert "a second region in sentence 1 by 'labelstudio-1'" in result.output


def test_relations_a_source_as_text_and_a_plain_meta_note_are_understood(app, users, tmp_path):
    labelled = {**region(*SENTENCE), "meta": {"text": ["typed in Label Studio"]}}
    relation = {"from_id": "r1", "to_id": "r2", "type": "relation", "direction": "right"}
    path = tmp_path / "project.json"
    path.write_text(json.dumps([task(labelled, relation, _with_value(SOURCE, text="Xinhua"))]), encoding="utf-8")
    imported(app, path)
    with app.app_context():
        annotation = db.session.scalar(select(Annotation))
        assert annotation.note == "typed in Label Studio"
        assert db.session.get(Source, annotation.source_id).name == "Xinhua"


def test_a_large_first_task_is_still_recognised():
    import io

    big = json.dumps([{"id": 1, "data": {"text": "Word. " * 500_000}, "annotations": []}]).encode()
    assert len(big) > 2_500_000
    assert is_label_studio(io.BytesIO(big), 8 * 1024 * 1024)  # the default record limit
    assert not is_label_studio(io.BytesIO(big), 64 * 1024)  # larger than a record may be: not read


def _stated(result: dict, state: str | None, reviewer: str = "ana") -> dict:
    """``result`` with a meta text naming its reviewer and, when given, its task state."""
    lines = [f"reviewer: {reviewer}"] + ([f"task_state: {state}"] if state else [])
    return {**result, "meta": {"text": ["\n".join(lines)]}}


def test_the_task_state_of_a_region_makes_the_reviewers_task(app, users, tmp_path):
    officials = TEXT.index("Officials")
    one = task(_stated(region(*SENTENCE), "accepted"), _stated(region(officials, len(TEXT), region_id="r2"), None))
    one["annotations"].append({**one["annotations"][0], "id": 4,
                               "result": [_stated(region(*SENTENCE), "in_progress", reviewer="bo")]})
    path = tmp_path / "project.json"
    path.write_text(json.dumps([one]), encoding="utf-8")
    output = imported(app, path)
    assert "tasks 2 added" in output, output
    with app.app_context():
        rows = db.session.execute(select(User.username, Task.state).join(User, User.id == Task.reviewer_id)).all()
        assert set(rows) == {("ana", "accepted"), ("bo", "in_progress")}  # a region without one: the others'


@pytest.mark.parametrize("states, message", [
    (("accepted", "submitted"), "task_state 'submitted', but tasks[0].annotations[0].result[0] says 'accepted'"),
    (("done", None), "task_state: must be one of assigned, in_progress, submitted, accepted, returned, got 'done'"),
])
def test_a_task_state_annotate_cannot_hold_refuses_the_file(app, users, tmp_path, states, message):
    officials = TEXT.index("Officials")
    path = tmp_path / "project.json"
    path.write_text(json.dumps([task(_stated(region(*SENTENCE), states[0]),
                                     _stated(region(officials, len(TEXT), region_id="r2"), states[1]))]),
                    encoding="utf-8")
    result = run_import(app, path)
    assert result.exit_code == 1 and message in result.output, result.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Task)) == 0
