"""Merging an export back into the database it came from (issue 13.4), one rule for ``json`` and
Label Studio files: the same content is unchanged whatever its versions and timestamps say; a
changed annotation becomes the next version by the importing admin, audited; a refusal refuses
the whole file and ``annotate import`` exits non-zero."""

import io
import json

import pytest
from sqlalchemy import select

from annotate.extensions import db
from annotate.labelstudio_writer import meta_text
from annotate.models import Annotation, AuditEvent, User
from tests import test_roundtrip
from tests.conftest import csrf_token
from tests.test_roundtrip import export, run_import, snapshot, write

corpus = test_roundtrip.corpus  # the fixture: four articles, two reviewers, seven annotations


def labelstudio(app, path) -> list:
    """``annotate export --format labelstudio -o path``; the tasks."""
    result = app.test_cli_runner().invoke(args=["export", "--format", "labelstudio", "-o", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(path.read_text(encoding="utf-8"))


def import_as(app, path, actor="admin"):
    """``annotate import --actor ACTOR path``; the click result, expected to succeed."""
    result = app.test_cli_runner().invoke(args=["import", "--actor", actor, str(path)])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def annotations_here(app) -> dict:
    """(sentence id, reviewer) → (version, claim type, status, note, evidence) of every annotation."""
    with app.app_context():
        rows = db.session.execute(select(Annotation, User.username).join(User, User.id == Annotation.reviewer_id))
        return {(a.sentence_id, name): (a.version, a.claim_type, a.status, a.note, a.evidence) for a, name in rows}


def import_events(app) -> list:
    """The ``import`` audit events of annotations: (annotation id, actor, before, after)."""
    with app.app_context():
        query = (select(AuditEvent.entity_id, User.username, AuditEvent.before, AuditEvent.after)
                 .outerjoin(User, User.id == AuditEvent.actor_id)
                 .where(AuditEvent.entity_type == "annotation", AuditEvent.action == "import"))
        return [tuple(row) for row in db.session.execute(query)]


# --- unchanged ---------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "labelstudio"])
def test_the_unchanged_export_merges_back_changing_nothing(app, corpus, tmp_path, fmt):
    """Counts (audit events included), versions and the export stay as they are."""
    path = tmp_path / f"export.{fmt}.json"
    if fmt == "json":
        export(app, path)
    else:
        labelstudio(app, path)
    before, versions = snapshot(app, tmp_path), annotations_here(app)
    output = import_as(app, path)
    decided = 7 if fmt == "json" else 6  # Label Studio holds decided annotations only
    assert f"annotations 0 added, 0 updated, {decided} unchanged, 0 refused" in output, output
    assert "articles 0 added, 4 merged, 0 refused" in output and "users created" in output
    assert snapshot(app, tmp_path) == before and annotations_here(app) == versions


# --- a changed annotation: a new version by the importing admin ---------------------------------

EDITS = {  # what is edited in the file → what the annotation here becomes (its fields)
    "note": ("note", "changed in the file\nnote: still the note"),
    "claim_type": ("claim_type", "minor"),
    "status": ("status", "misleading"),
    "evidence": ("evidence", [{"url": "https://x.example/a b", "quote": "q | r"}]),
}


def _edit_json(document: dict, field: str, value) -> None:
    annotation = document["articles"][1]["sentences"][1]["annotations"][0]  # rev1's, version 2
    annotation[field] = value
    annotation["version"] = 1  # the file's version and times are not compared
    annotation["updated_at"] = "2020-01-01T00:00:00+00:00"
    document["articles"][1]["sentences"][1]["final"] = None  # the adjudicated label is not the point here


def _edit_labelstudio(tasks: list, field: str, value) -> None:
    [region] = {r["id"] for r in tasks[1]["annotations"][0]["result"]}  # rev1's one region on the second article
    for result in tasks[1]["annotations"][0]["result"]:
        text = result["meta"]["text"][0]
        values = json.loads(text.rsplit("\n", 1)[1].removeprefix("annotate-data: "))
        if field in ("note", "evidence"):
            values[field] = value
            result["meta"] = {"text": [meta_text(values)]}
        elif field == "claim_type" and result["type"] == "labels":
            result["value"]["labels"] = [value]
        elif field == "status" and result["type"] == "choices":
            result["value"]["choices"] = [value]
        assert result["id"] == region


@pytest.mark.parametrize("edit", sorted(EDITS))
@pytest.mark.parametrize("fmt", ["json", "labelstudio"])
def test_an_edited_annotation_becomes_the_next_version_by_the_importing_admin(app, corpus, users, tmp_path, fmt,
                                                                            edit):
    field, value = EDITS[edit]
    path = tmp_path / "edited.json"
    if fmt == "json":
        document = export(app, tmp_path / "first.json")
        _edit_json(document, field, value)
        write(path, document)
    else:
        tasks = labelstudio(app, tmp_path / "first.json")
        _edit_labelstudio(tasks, field, value)
        path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    before = annotations_here(app)
    output = import_as(app, path)
    assert "annotations 0 added, 1 updated" in output, output
    after = annotations_here(app)
    key = (corpus["sentences"][corpus["articles"][1]][1].id, "rev1")
    old, new = before.pop(key), after.pop(key)
    assert after == before  # every other annotation as it was
    fields = ("version", "claim_type", "status", "note", "evidence")
    assert new == tuple(old[0] + 1 if name == "version" else value if name == field else old[fields.index(name)]
                        for name in fields)
    [(_, actor, was, now)] = import_events(app)
    assert actor == "admin" and was["version"] == 2 and now["version"] == 3 and now["file"] == str(path)
    assert now[field] == value and was[field] == old[fields.index(field)]
    assert was["source"] == now["source"] == {"id": corpus["xinhua"], "name": "Xinhua", "kind": "news_agency"}
    assert import_as(app, path).count("1 updated") == 0  # the same file again: unchanged now


def test_a_new_version_on_a_unanimous_sentence_keeps_its_final_label(app, corpus, tmp_path):
    """The derived (unanimous) label's time follows the new version; the file's still merges."""
    document = export(app, tmp_path / "first.json")
    sentence = document["articles"][0]["sentences"][1]
    assert sentence["final"]["method"] == "unanimous"
    sentence["annotations"][0]["note"] = "a note added later"
    output = import_as(app, write(tmp_path / "edited.json", document))
    assert "annotations 0 added, 1 updated, 6 unchanged" in output and "final labels 0 added, 2 merged" in output
    again = export(app, tmp_path / "again.json")["articles"][0]["sentences"][1]["final"]
    assert (again["claim_type"], again["status"], again["method"]) == ("checkable", "supported", "unanimous")


def test_the_upload_page_names_the_uploading_admin(app, corpus, users, admin_client, tmp_path):
    document = export(app, tmp_path / "first.json")
    _edit_json(document, "note", "from the web")
    token = csrf_token(admin_client, "/admin/import")
    response = admin_client.post("/admin/import", content_type="multipart/form-data", data={
        "csrf_token": token, "files": (io.BytesIO(json.dumps(document).encode()), "export.json")})
    assert response.status_code == 200 and "1 updated" in response.get_data(as_text=True)
    [(_, actor, _, now)] = import_events(app)
    assert actor == "admin" and now["note"] == "from the web"


# --- refused: nothing imported, a non-zero exit ----------------------------------------------

def test_a_refused_file_exits_non_zero_naming_the_file_and_the_reason(app, corpus, tmp_path):
    tasks = labelstudio(app, tmp_path / "ls.json")
    _edit_labelstudio(tasks, "status", "misleading")  # would be a new version, but the file is refused
    tasks[1]["annotations"][0]["result"][0]["meta"]["text"][0] += "\nnote: typed in the panel"
    path = tmp_path / "ls-refused.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    before = snapshot(app, tmp_path)
    result = run_import(app, path)
    assert result.exit_code == 1, result.output
    assert f"error: {path}: tasks[1].annotations[0].result[0]: the meta text's lines were changed" in result.output
    assert "nothing from this file was imported" in result.output
    assert snapshot(app, tmp_path) == before and import_events(app) == []
