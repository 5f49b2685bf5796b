"""The jsonl and csv rows (issue 13, points 2, 3 and 6): per-reviewer values as lists that line
up, whatever the notes hold; final labels that no filter changes; ``until`` through the last
instant of its day; download names by format."""

import csv
import io
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from annotate import dataset
from annotate.dataset_rows import REVIEWER_FIELDS
from annotate.extensions import db
from annotate.models import Annotation
from annotate.services import annotations
from tests.test_export import corpus, run  # noqa: F401  (corpus: the fixture ``labelled`` asks for)


@pytest.fixture
def labelled(request):
    """tests/test_export.py's corpus: two articles, rev1 and rev2, agreeing and disagreeing."""
    return request.getfixturevalue("corpus")


TRICKY_NOTE = "one | two | three\u2028after a line separator\u2029and a paragraph one\u0085and NEL"


def lines_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_reviewer_lists_line_up_with_empty_notes_separators_and_evidence(app, labelled, users):
    first = labelled["articles"][0]
    sentence = labelled["sentences"][first][2]  # rev1: checkable with a note, rev2: minor without one
    with app.app_context():
        version = annotations.annotation_of(sentence, users["rev2"])["version"]
        db.session.execute(update(Annotation).where(Annotation.sentence_id == sentence,
                                                    Annotation.reviewer_id == users["rev2"])
                           .values(evidence=[{"url": "https://x.example/a b", "quote": "q | r"},
                                             {"url": "https://x.example/2", "quote": ""}],
                                   note=TRICKY_NOTE, span_start=None, span_end=None, version=version))
        db.session.commit()
    text = run(app, "jsonl")
    assert "\u2028" not in text and "\u2029" not in text and "\u0085" not in text  # escaped, not raw
    rows = lines_of(text)
    assert len(text.splitlines()) == len(rows) == 3  # every reader sees one row a line
    [row] = [row for row in rows if row["sentence_id"] == sentence]
    assert row["reviewers"] == ["rev1", "rev2"]
    assert row["reviewer_claim_types"] == ["checkable", "minor"]
    assert row["reviewer_notes"] == ["-2 points", TRICKY_NOTE]  # an empty note keeps its place, " | " stays inside
    assert row["reviewer_evidence_urls"] == [[], ["https://x.example/a b", "https://x.example/2"]]
    assert row["reviewer_evidence_quotes"] == [[], ["q | r", ""]]
    assert row["reviewer_span_starts"] == row["reviewer_span_ends"] == [-1, -1]
    assert {len(row[name]) for name in REVIEWER_FIELDS} == {row["n_annotations"]} == {2}

    by_csv = {int(r["sentence_id"]): r for r in csv.DictReader(io.StringIO(run(app, "csv")))}
    cells = by_csv[sentence]
    assert json.loads(cells["reviewer_notes"]) == ["-2 points", TRICKY_NOTE]
    assert json.loads(cells["reviewer_evidence_urls"]) == row["reviewer_evidence_urls"]
    assert {name: json.loads(cells[name]) for name in REVIEWER_FIELDS} == {name: row[name] for name in REVIEWER_FIELDS}


def test_each_reviewers_span_is_theirs(app, labelled, users):
    first = labelled["articles"][0]
    sentence = labelled["sentences"][first][1]  # both reviewers: checkable, supported
    with app.app_context():
        db.session.execute(update(Annotation).where(Annotation.sentence_id == sentence,
                                                    Annotation.reviewer_id == users["rev2"])
                           .values(span_start=sentence_start(sentence) + 4, span_end=sentence_start(sentence) + 8,
                                   version=Annotation.version + 1))
        db.session.commit()
    [row] = [row for row in lines_of(run(app, "jsonl")) if row["sentence_id"] == sentence]
    assert row["reviewers"] == ["rev1", "rev2"]
    assert row["reviewer_span_starts"][0] == -1 and row["reviewer_span_texts"][0] == ""
    assert row["reviewer_span_ends"][1] - row["reviewer_span_starts"][1] == 4
    assert row["reviewer_span_texts"][1] == row["sentence_text"][4:8]


def sentence_start(sentence_id: int) -> int:
    from annotate.models import Sentence

    return db.session.get(Sentence, sentence_id).start


FILTERS = [("--reviewer", "rev1"), ("--reviewer", "rev2"), ("--status", "supported"), ("--claim-type", "checkable"),
           ("--since", "2000-01-01"), ("--until", "2999-12-31"), ("--source", "Xinhua")]


@pytest.mark.parametrize("option, value", FILTERS)
def test_a_filter_chooses_rows_and_never_changes_a_final_label(app, labelled, option, value):
    finals = {s["id"]: s["final"] for a in json.loads(run(app, "json"))["articles"] for s in a["sentences"]}
    document = json.loads(run(app, "json", option, value))
    chosen = {s["id"]: s["final"] for a in document["articles"] for s in a["sentences"]}
    assert chosen and all(chosen[sid] == finals[sid] for sid in chosen)
    for row in lines_of(run(app, "jsonl", option, value)):
        final = finals[row["sentence_id"]] or {}
        assert (row["final_claim_type"], row["final_status"], row["final_method"]) == (
            final.get("claim_type") or "", final.get("status") or "", final.get("method") or "")
    reviewed = {item["identifier"] for item in json.loads(run(app, "claimreview", option, value))}
    verdicts = {f"sentence-{sid}" for sid, final in chosen.items()
                if final and final["status"] != "unverified"}
    assert reviewed == verdicts


def test_a_task_filter_keeps_the_unanimous_final_label(app, labelled, users):
    first = labelled["articles"][0]
    agreed = labelled["sentences"][first][1]
    task = labelled["tasks"][first, users["rev1"]]
    [article] = json.loads(run(app, "json", "--task", str(task)))["articles"]
    [sentence] = [s for s in article["sentences"] if s["id"] == agreed]
    assert [a["reviewer"] for a in sentence["annotations"]] == ["rev1"]
    assert sentence["final"]["method"] == "unanimous"


def test_until_takes_the_whole_last_day_and_since_its_first_instant(app, labelled, users):
    first = labelled["articles"][0]
    sentence = labelled["sentences"][first][2]
    moments = {"rev1": datetime(2026, 5, 1, 23, 59, 59, 999999, tzinfo=UTC),
               "rev2": datetime(2026, 5, 2, 0, 0, 0, tzinfo=UTC)}
    with app.app_context():
        for name, moment in moments.items():
            db.session.execute(update(Annotation).where(Annotation.sentence_id == sentence,
                                                        Annotation.reviewer_id == users[name])
                               .values(updated_at=moment))
        db.session.commit()

    def reviewers(*args):
        return {name for row in lines_of(run(app, "jsonl", *args)) if row["sentence_id"] == sentence
                for name in row["reviewers"]}

    assert reviewers("--until", "2026-05-01", "--since", "2026-05-01") == {"rev1"}  # its last microsecond
    assert reviewers("--since", "2026-05-02", "--until", "2026-05-02") == {"rev2"}  # its first instant


@pytest.mark.parametrize("fmt, name", [("json", "annotate-export.json"), ("jsonl", "annotate-export.jsonl"),
                                       ("csv", "annotate-export.csv"),
                                       ("claimreview", "annotate-export.claimreview.json"),
                                       ("labelstudio", "annotate-export.labelstudio.json")])
def test_downloads_are_named_by_format(app, users, admin_client, fmt, name):
    response = admin_client.get(f"/admin/export/download?format={fmt}")
    if fmt == "claimreview" and response.status_code != 200:  # refused until the organisation is configured
        assert response.status_code in (400, 422)
        return
    assert response.headers["Content-Disposition"] == f'attachment; filename="{name}"'


def test_every_json_writer_keeps_line_separators_escaped():
    item = {"note": "a\u2028b\u2029c\u0085d", "plain": "é中🙂"}
    for text in ("".join(dataset.write_json({"schema_version": 1}, [], [item])),
                 "".join(dataset.write_json_array([item, item]))):
        assert "\u2028" not in text and "\u2029" not in text and "\u0085" not in text
        assert "é中🙂" in text  # other characters stay as they are
        assert text.count("\n") == len(text.splitlines())


def test_a_csv_download_sends_its_first_row_at_once_then_pieces_of_64_kb():
    from annotate.dataset_rows import ROW_FIELDS, write_csv

    row = dict.fromkeys(ROW_FIELDS, "x" * 100)
    pieces = list(write_csv(dict(row) for _ in range(2_000)))
    header = pieces[0].split("\r\n")[0]
    assert header.startswith("schema_version,") and pieces[0].count("\r\n") == 2  # the header and one row
    assert all(len(piece) > 64 * 1024 for piece in pieces[1:-1]) and "".join(pieces).count("\r\n") == 2_001
