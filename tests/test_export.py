"""Exports: formats, schemas, final labels, filters, streaming, and what must never leak."""

import csv
import io
import json
import re
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import func, select

from annotate import dataset, dataset_rows, labelstudio_writer
from annotate.extensions import db
from annotate.labels import CLAIM_TYPES, STATUSES
from annotate.models import (
    Annotation,
    Article,
    Collection,
    FinalLabel,
    Sentence,
    Source,
    Task,
    User,
    article_collection,
)
from annotate.services import accounts, annotations, export
from annotate.services import tasks as task_service
from annotate.services.imports import import_file

TEXTS = [
    "Port reopens\n\nThe port authority said 42 ships waited. =HYPERLINK(\"http://evil\") was typed. It rained.",
    "Second story\n\n<script>alert(1)</script> appeared, Xinhua reported. +1 for everyone. @home is fine.",
]


@pytest.fixture
def corpus(app, users):
    """Two articles, both assigned to rev1 and rev2, with agreeing and disagreeing labels. The
    first is handed in (rev1's task accepted, rev2's submitted); on the second rev1's task is in
    progress and rev2's not started. The first is in the collection "Port desk"."""
    with app.app_context():
        data = "".join(json.dumps({"text": t, "publisher": "Wire", "url": f"https://example.org/{i}",
                                   "published_at": "2026-03-14T09:30:00Z"}) + "\n" for i, t in enumerate(TEXTS))
        import_file(io.BytesIO(data.encode()), "c.jsonl", app.config["MAX_RECORD_BYTES"])
        xinhua = Source(name="Xinhua", kind="news_agency", aliases=[], description="")
        db.session.add(xinhua)
        db.session.commit()
        articles = list(db.session.scalars(select(Article.id).order_by(Article.id)))
        for article_id in articles:
            task_service.assign_article(article_id, [users["rev1"], users["rev2"]])
        s = {a: list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == a)
                                         .order_by(Sentence.position))) for a in articles}
        first, second = articles
        for reviewer in ("rev1", "rev2"):  # agree on s[first][1], disagree on s[first][2]
            annotations.save(s[first][1], users[reviewer], {"version": 0, "claim_type": "checkable",
                             "status": "supported", "evidence": [{"url": "https://example.org/e", "quote": "=cmd"}]})
        annotations.save(s[first][2], users["rev1"], {"version": 0, "claim_type": "checkable", "note": "-2 points"})
        annotations.save(s[first][2], users["rev2"], {"version": 0, "claim_type": "minor"})
        annotations.save(s[second][1], users["rev1"], {"version": 0, "claim_type": "checkable",
                         "source_id": xinhua.id, "status": "refuted", "note": "<b>bold</b>"})
        db.session.add(FinalLabel(sentence_id=s[second][1], claim_type="checkable", source_id=xinhua.id,
                                  status="refuted", method="adjudicated", decided_by_id=users["admin"]))
        desk = Collection(name="Port desk", guidelines="")
        db.session.add(desk)
        db.session.flush()
        db.session.execute(article_collection.insert().values(article_id=first, collection_id=desk.id))
        db.session.commit()
        tasks = {(a, r): task_id for task_id, a, r in db.session.execute(select(Task.id, Task.article_id,
                                                                                Task.reviewer_id))}
        for reviewer in ("rev1", "rev2"):
            task_service.submit(tasks[first, users[reviewer]], users[reviewer])
        task_service.accept(tasks[first, users["rev1"]], users["admin"])
        return {"articles": articles, "sentences": s, "xinhua": xinhua.id, "tasks": tasks, "desk": desk.id}


def run(app, fmt, *args) -> str:
    """``annotate export --format fmt`` to stdout; the output."""
    result = app.test_cli_runner().invoke(args=["export", "--format", fmt, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_validates_and_carries_final_labels(app, corpus):
    document = json.loads(run(app, "json"))
    jsonschema.validate(document, json.loads(dataset.SCHEMAS["json"].read_text()))
    assert document["schema_version"] == 1 and document["sources"][0]["name"] == "Xinhua"
    first, second = document["articles"]
    finals = [s["final"] for s in first["sentences"]]
    assert finals[1]["method"] == "unanimous" and finals[1]["status"] == "supported"
    assert finals[2] is None  # rev1 and rev2 disagree: empty until an admin decides
    assert second["sentences"][1]["final"]["method"] == "adjudicated"
    assert second["sentences"][1]["final"]["decided_by"] == "admin"
    for article in document["articles"]:
        for sentence in article["sentences"]:
            assert article["text"][sentence["start"]:sentence["end"]] == sentence["text"]


def test_jsonl_validates_and_loads_in_pandas(app, corpus):
    import pandas

    text = run(app, "jsonl")
    schema = json.loads(dataset.SCHEMAS["jsonl"].read_text())
    lines = [json.loads(line) for line in text.splitlines()]
    for line in lines:
        jsonschema.validate(line, schema)
    assert len({tuple(line) for line in lines}) == 1  # the same keys, in order, on every line
    frame = pandas.read_json(io.StringIO(text), lines=True)
    assert len(frame) == 3 and list(frame.columns) == list(dataset_rows.ROW_FIELDS)
    assert frame["final_source_id"].dtype.kind == "i"
    assert all(isinstance(starts, list) for starts in frame["reviewer_span_starts"])
    assert set(frame["final_method"]) == {"unanimous", "", "adjudicated"}


def test_csv_neutralises_formulas_and_keeps_html_as_data(app, corpus):
    rows = list(csv.DictReader(io.StringIO(run(app, "csv"))))
    assert len(rows) == 3
    cells = [value for row in rows for value in row.values()]
    numbers = {str(n) for n in range(-1, 10_000)}  # -1 marks a missing number: a number, no formula
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells if cell not in numbers)
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert any(cell.startswith('["-2 points"') for cell in cells)  # in a list cell, as JSON: no formula
    assert any("<script>alert(1)</script>" in cell for cell in cells)  # data, not markup


def test_claimreview_has_the_required_and_recommended_fields(app, corpus):
    items = json.loads(run(app, "claimreview"))
    assert len(items) == 2  # the unanimous "supported" and the adjudicated "refuted"
    by_rating = {item["reviewRating"]["alternateName"]: item for item in items}
    refuted = by_rating["False"]
    assert refuted["@type"] == "ClaimReview" and refuted["claimReviewed"].startswith("<script>")
    assert refuted["reviewRating"] == {"@type": "Rating", "bestRating": 5, "worstRating": 1,
                                       "name": "False", "alternateName": "False", "ratingValue": 1}
    assert refuted["itemReviewed"]["author"] == {"@type": "Organization", "name": "Xinhua"}
    assert refuted["itemReviewed"]["appearance"]["url"] == "https://example.org/1"
    assert refuted["url"].startswith("http") and refuted["datePublished"]
    assert refuted["author"]["@type"] == "Organization" and refuted["author"]["name"]
    assert by_rating["True"]["itemReviewed"]["author"]["name"] == "Wire"  # the article itself


def test_labelstudio_tasks_carry_spans_labels_status_and_source(app, corpus):
    tasks = json.loads(run(app, "labelstudio"))
    assert [task["data"]["text"] for task in tasks] == TEXTS
    for task in tasks:
        for result in (r for a in task["annotations"] for r in a["result"]):
            value = result["value"]
            region_text = task["data"]["text"][value["start"]:value["end"]]
            assert region_text and (result["type"] == "textarea" or value["text"] == region_text)
    first, second = tasks
    assert {a["meta"]["reviewer"] for a in first["annotations"]} == {"rev1", "rev2"}
    # One region per decided sentence and reviewer: its results share the region id.
    regions = {}
    for annotation in second["annotations"]:
        for result in annotation["result"]:
            regions.setdefault((annotation["meta"]["reviewer"], result["id"]), {})[result["from_name"]] = result
    [(reviewer, _), ] = regions
    [region] = regions.values()
    assert reviewer == "rev1"
    assert region["claim_type"]["type"] == "labels" and region["claim_type"]["value"]["labels"] == ["checkable"]
    assert region["status"]["type"] == "choices" and region["status"]["value"]["choices"] == ["refuted"]
    assert region["source"]["type"] == "textarea" and region["source"]["value"]["text"] == ["Xinhua"]
    assert region["claim_type"]["meta"] == {"text": [
        "reviewer: rev1\ntask_state: in_progress\nnote: <b>bold</b>\nannotate-data: "
        '{"reviewer": "rev1", "task_state": "in_progress", "note": "<b>bold</b>", "evidence": []}']}  # as data
    # Without a source (the article asserts it) there is no source result.
    agreed = [r for a in first["annotations"] for r in a["result"] if r["value"]["start"] == TEXTS[0].index("The")]
    assert {r["from_name"] for r in agreed} == {"claim_type", "status"}
    assert "\nevidence: https://example.org/e\n  quote: =cmd\nannotate-data: " in agreed[0]["meta"]["text"][0]


def test_label_studio_config_names_every_label_and_is_printed_by_the_cli(app):
    from xml.etree import ElementTree

    config = app.test_cli_runner().invoke(args=["label-studio-config"])
    assert config.exit_code == 0 and config.output == labelstudio_writer.LABEL_STUDIO_CONFIG
    root = ElementTree.fromstring(config.output)
    values = {tag.get("name"): [option.get("value") for option in tag] for tag in root.iter()
              if tag.tag in ("Labels", "Choices")}
    assert values == {"claim_type": list(CLAIM_TYPES), "status": list(STATUSES)}
    assert {tag.get("name") for tag in root.iter("TextArea")} == {"source"}
    assert all(tag.get("perRegion") == "true" for tag in root.iter() if tag.tag in ("Choices", "TextArea"))


def test_export_page_shows_the_label_studio_config_as_text(admin_client):
    page = admin_client.get("/admin/export").get_data(as_text=True)
    assert "annotate label-studio-config" in page
    assert "&lt;Labels name=&#34;claim_type&#34;" in page and "<Labels" not in page


def test_filters_are_the_same_on_cli_api_and_web(app, corpus, admin_client):
    by_cli = run(app, "jsonl", "--reviewer", "rev2", "--claim-type", "minor")
    query = "format=jsonl&reviewer=rev2&claim_type=minor"
    by_api = admin_client.get(f"/api/v1/export?{query}").get_data(as_text=True)
    by_web = admin_client.get(f"/admin/export/download?{query}").get_data(as_text=True)
    assert by_cli == by_api == by_web
    [line] = [json.loads(line) for line in by_cli.splitlines()]
    assert line["reviewers"] == ["rev2"] and line["reviewer_claim_types"] == ["minor"]
    assert line["reviewer_task_states"] == ["submitted"]
    for fmt in dataset.FORMATS:
        result = app.test_cli_runner().invoke(args=["export", "--format", fmt, "--task-state", "accepted",
                                                    "--task-state", "in_progress", "--collection", "PORT DESK"])
        by_cli = result.stdout_bytes.decode()  # as written: .stdout would turn csv's \r\n into \n
        query = f"format={fmt}&task_state=accepted&task_state=in_progress&collection=PORT%20DESK"
        by_api = admin_client.get(f"/api/v1/export?{query}").get_data(as_text=True)
        by_web = admin_client.get(f"/admin/export/download?{query}").get_data(as_text=True)
        if fmt == "json":  # exported_at differs
            by_cli, by_api, by_web = ({**json.loads(text), "exported_at": ""} for text in (by_cli, by_api, by_web))
        assert by_cli == by_api == by_web and by_cli, fmt
    only_second = json.loads(run(app, "json", "--article", str(corpus["articles"][1])))
    assert [a["id"] for a in only_second["articles"]] == [corpus["articles"][1]]
    by_source = json.loads(run(app, "json", "--source", "Xinhua"))
    assert [len(a["sentences"]) for a in by_source["articles"]] == [1]
    assert json.loads(run(app, "json", "--since", "2999-01-01"))["articles"] == []


@pytest.mark.parametrize("query, message", [("format=xml", "format must be one of"),
                                            ("format=json&status=true", "status must be one of"),
                                            ("format=json&since=yesterday", "since must be a date"),
                                            ("format=json&article=abc", "article must be"),
                                            ("format=json&reviewer=nobody", "no reviewer named &#39;nobody&#39;"),
                                            ("format=csv&source=Reuters", "no source named &#39;Reuters&#39;"),
                                            ("format=json&article=99999", "no article with id 99999"),
                                            ("format=json&task=99999", "no task with id 99999"),
                                            ("format=json&collection=Nowhere", "no collection named &#39;Nowhere&#39;"),
                                            ("format=json&task_state=accepted&task_state=done",
                                             "task_state must be one of assigned, in_progress, submitted, "
                                             "accepted, returned"),
                                            ("format=json&since=2026-02-01&until=2026-01-01",
                                             "since must not be after until")])
def test_bad_filters_are_400(app, corpus, admin_client, query, message):
    api = admin_client.get(f"/api/v1/export?{query}")
    assert api.status_code == 400 and message.replace("&#39;", "'") in api.get_json()["error"]["message"]
    web = admin_client.get(f"/admin/export/download?{query}")
    assert web.status_code == 400 and message in web.get_data(as_text=True)


def test_the_form_comes_back_with_the_values_chosen_after_an_error(app, corpus, admin_client):
    page = admin_client.get("/admin/export/download?format=csv&article=abc&reviewer=rev1&claim_type=minor"
                            "&since=2026-01-01&task_state=submitted&task_state=returned&collection=Port+desk"
                            ).get_data(as_text=True)
    assert '<option value="csv" selected>' in page and '<option value="minor" selected>' in page
    assert 'name="article" id="article" inputmode="numeric" value="abc"' in page
    assert 'name="reviewer" id="reviewer" value="rev1"' in page and 'value="2026-01-01"' in page
    assert 'name="collection" id="collection" list="collection-names" value="Port desk"' in page
    checked = re.findall(r'name="task_state" value="(\w+)"( checked)?', page)
    assert checked == [("assigned", ""), ("in_progress", ""), ("submitted", " checked"), ("accepted", ""),
                       ("returned", " checked")]
    assert '<option value="Port desk">' in page  # the collections are suggested


def test_names_in_filters_match_whatever_their_case(app, corpus):
    assert run(app, "jsonl", "--reviewer", "REV2") == run(app, "jsonl", "--reviewer", "rev2") != ""
    assert run(app, "jsonl", "--source", "xinhua") == run(app, "jsonl", "--source", "Xinhua") != ""


@pytest.mark.parametrize("fmt", dataset.FORMATS)
def test_the_form_with_every_field_left_empty_exports_everything(app, corpus, admin_client, fmt):
    empty = "&".join(f"{name}=" for name in ("article", "collection", "task", "task_state", "reviewer", "status",
                                             "claim_type", "source", "since", "until"))
    response = admin_client.get(f"/admin/export/download?format={fmt}&{empty}")
    assert response.status_code == 200
    by_api = admin_client.get(f"/api/v1/export?format={fmt}").get_data(as_text=True)
    if fmt == "json":  # exported_at differs between the two
        assert json.loads(response.get_data())["articles"] == json.loads(by_api)["articles"]
    else:
        assert response.get_data(as_text=True) == by_api


@pytest.mark.parametrize("option, message", [(("--status", "maybe"), "status must be one of"),
                                             (("--collection", "Nowhere"), "no collection named 'Nowhere'"),
                                             (("--task-state", "done"), "task_state must be one of assigned, ")])
def test_cli_refuses_bad_filters(app, corpus, option, message):
    result = app.test_cli_runner().invoke(args=["export", "--format", "json", *option])
    assert result.exit_code == 2 and message in result.output


def test_reviewers_cannot_export(app, corpus, reviewer_client):
    assert reviewer_client.get("/admin/export").status_code == 403
    assert reviewer_client.get("/admin/export/download?format=json").status_code == 403
    assert reviewer_client.get("/api/v1/export?format=json").status_code == 403


def test_no_export_carries_secrets(app, corpus):
    with app.app_context():
        hashes = list(db.session.scalars(select(User.password_hash)))
    for fmt in dataset.FORMATS:
        output = run(app, fmt)
        assert "scrypt" not in output and "password" not in output
        assert not any(h in output for h in hashes)
        assert app.config["SECRET_KEY"] not in output


def test_export_to_a_file_with_progress(app, corpus, tmp_path):
    target = tmp_path / "out.json"
    result = app.test_cli_runner().invoke(args=["export", "--format", "json", "-o", str(target)])
    assert result.exit_code == 0 and "exporting 2 articles" in result.output
    assert json.loads(target.read_text())["schema_version"] == 1
    assert not (tmp_path / "out.json.partial").exists()


def test_a_download_streams_and_stops_when_the_client_goes(app, corpus, admin_client, monkeypatch):
    monkeypatch.setattr(export, "BATCH_ARTICLES", 1)
    batches = []
    real = export._records
    monkeypatch.setattr(export, "_records", lambda *args: batches.append(1) or real(*args))
    response = admin_client.get("/admin/export/download?format=json", buffered=False)
    assert response.status_code == 200 and response.is_streamed
    assert response.headers["Content-Disposition"] == 'attachment; filename="annotate-export.json"'
    pieces = iter(response.response)
    assert next(pieces).startswith(b'{"schema_version": 1') and batches == []  # sent before any read
    assert b"Port reopens" in next(pieces) and len(batches) == 1  # one article, one batch
    response.close()  # the client goes away: the generator is closed, the second batch never read
    assert len(batches) == 1


def _vote(reviewer_id, claim_type="checkable", status="supported", source_id=None):
    return {"reviewer_id": reviewer_id, "claim_type": claim_type, "source_id": source_id, "status": status,
            "updated_at": f"2026-01-0{reviewer_id}T00:00:00+00:00"}


STORED = {"claim_type": "minor", "source_id": None, "status": "unverified", "decided_by": None,
          "decided_at": "2025-01-01T00:00:00+00:00"}


HANDED_IN = {1: "submitted", 2: "accepted"}


@pytest.mark.parametrize("votes, tasks, stored, expected", [
    ([_vote(1), _vote(2)], {}, None, None),  # nobody is assigned: nothing is unanimous
    ([_vote(1), _vote(2)], HANDED_IN, None, "checkable"),
    ([_vote(1), _vote(2)], {1: "submitted", 2: "in_progress"}, None, None),  # not handed in yet
    ([_vote(1), _vote(2)], {1: "accepted", 2: "returned"}, None, None),
    ([_vote(1), _vote(2)], {**HANDED_IN, 3: "assigned"}, None, None),  # a third reviewer has not started
    ([_vote(1), _vote(2, claim_type=None)], HANDED_IN, None, None),  # one has not decided
    ([_vote(1)], HANDED_IN, None, None),
    ([_vote(1), _vote(2, status="refuted")], HANDED_IN, None, None),
    ([_vote(1), _vote(2, source_id=7)], HANDED_IN, None, None),
    ([_vote(1), _vote(2), _vote(3)], HANDED_IN, None, "checkable"),  # no task (revoked): does not count
    ([_vote(1), _vote(2), _vote(3, claim_type="minor")], HANDED_IN, None, "checkable"),  # ... even against
    ([_vote(1), _vote(3)], HANDED_IN, None, None),  # ... nor stand in for a reviewer who has one
    ([_vote(1), _vote(2)], HANDED_IN, {**STORED, "method": "adjudicated"}, "minor"),  # the admin decides
    ([_vote(1)], {1: "assigned", 2: "in_progress"}, {**STORED, "method": "adjudicated"}, "minor"),  # any state
    ([_vote(1), _vote(2)], {}, {**STORED, "method": "unanimous"}, "minor"),  # imported, no tasks here
    ([_vote(1), _vote(2)], HANDED_IN, {**STORED, "method": "unanimous"}, "checkable"),  # reviewers here decide
    ([_vote(1)], HANDED_IN, {**STORED, "method": "unanimous"}, None),
])
def test_final_label_rule(votes, tasks, stored, expected):
    final = dataset.final_label(votes, tasks, stored)
    assert (final and final["claim_type"]) == expected
    if final is not None and stored is None:
        counted = [v["updated_at"] for v in votes if v["reviewer_id"] in tasks]
        assert final["method"] == "unanimous" and final["decided_at"] == max(counted)


@pytest.mark.browser
def test_export_page_in_a_browser_downloads_the_chosen_format_and_shows_the_config(app, corpus, live_url, page):
    from tests.conftest import browser_login

    browser_login(page, live_url, "admin")
    page.click("nav >> text=Export")
    page.select_option("select#format", "labelstudio")
    page.select_option("select#claim_type", "checkable")
    with page.expect_download() as download:
        page.click("button:has-text('Download')")
    tasks = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    labels = {r["value"]["labels"][0] for t in tasks for a in t["annotations"] for r in a["result"]
              if r["type"] == "labels"}
    assert len(tasks) == 2 and labels == {"checkable"}  # the filter applied
    assert download.value.suggested_filename == "annotate-export.labelstudio.json"
    assert not page.locator("pre.config").is_visible()
    page.click("summary:has-text('Labelling config')")
    assert page.locator("pre.config").inner_text().strip() == labelstudio_writer.LABEL_STUDIO_CONFIG.strip()


def test_a_source_with_non_ascii_capitals_is_found_by_its_name_in_any_case(app, corpus, users):
    with app.app_context():
        elysee = Source(name="Élysée Palace", kind="government", aliases=[], description="")
        db.session.add(elysee)
        db.session.commit()
        sentence = corpus["sentences"][corpus["articles"][1]][2]
        annotations.save(sentence, users["rev2"], {"version": 0, "claim_type": "checkable", "source_id": elysee.id})
    lines = {name: run(app, "jsonl", "--source", name) for name in ("Élysée Palace", "élysée palace", "ÉLYSÉE  PALACE")}
    assert len(set(lines.values())) == 1 and json.loads(lines["Élysée Palace"])["reviewer_sources"] == ["Élysée Palace"]


def test_a_reviewer_named_like_a_number_is_found_by_name_first(app, corpus):
    from annotate.services import accounts

    with app.app_context():
        accounts.create_user("2024", "reviewer", "long enough password")
    result = app.test_cli_runner().invoke(args=["export", "--format", "jsonl", "--reviewer", "2024"])
    assert result.exit_code == 0 and result.stdout == ""  # found (no annotations), not "no reviewer named"


# --- task states, revoked work, collections ----------------------------------------------------

def reviewers_in(fmt: str, text: str) -> set[tuple[str, str]]:
    """(reviewer, task state) of every annotation an export in ``fmt`` holds (claimreview: none)."""
    if fmt == "json":
        return {(a["reviewer"], a["task_state"]) for art in json.loads(text)["articles"]
                for s in art["sentences"] for a in s["annotations"]}
    if fmt in ("jsonl", "csv"):
        lines = ([json.loads(line) for line in text.splitlines()] if fmt == "jsonl"
                 else list(csv.DictReader(io.StringIO(text))))
        pairs = set()
        for line in lines:
            names, states = line["reviewers"], line["reviewer_task_states"]
            if fmt == "csv":  # a list column's cell holds the list as JSON
                names, states = json.loads(names), json.loads(states)
            assert len(names) == len(states) == int(line["n_annotations"])
            pairs.update(zip(names, states, strict=True))
        return pairs
    if fmt == "labelstudio":
        metas = [r["meta"]["text"][0].split("\n") for t in json.loads(text) for a in t["annotations"]
                 for r in a["result"]]
        return {(lines[0].removeprefix("reviewer: "), lines[1].removeprefix("task_state: ")) for lines in metas}
    return set()


def test_every_annotation_carries_its_task_state(app, corpus):
    expected = {("rev1", "accepted"), ("rev2", "submitted"), ("rev1", "in_progress")}
    for fmt in ("json", "jsonl", "csv", "labelstudio"):
        assert reviewers_in(fmt, run(app, fmt)) == expected, fmt
    line = json.loads(run(app, "jsonl").splitlines()[0])
    columns = [key for key in line if key.startswith("reviewer")]
    assert columns == ["reviewers", "reviewer_task_states", "reviewer_claim_types", "reviewer_statuses",
                       "reviewer_sources", "reviewer_span_starts", "reviewer_span_ends", "reviewer_span_texts",
                       "reviewer_notes", "reviewer_evidence_urls", "reviewer_evidence_quotes"]  # SPEC §4's order


def test_a_task_state_filter_exports_only_that_work_and_keeps_the_final_labels(app, corpus):
    for fmt in ("json", "jsonl", "csv", "labelstudio"):
        assert reviewers_in(fmt, run(app, fmt, "--task-state", "accepted")) == {("rev1", "accepted")}, fmt
        both = run(app, fmt, "--task-state", "accepted", "--task-state", "submitted")
        assert reviewers_in(fmt, both) == {("rev1", "accepted"), ("rev2", "submitted")}, fmt
    document = json.loads(run(app, "json", "--task-state", "accepted"))
    [article] = document["articles"]  # only the first article has accepted work
    agreed = next(s for s in article["sentences"] if s["id"] == corpus["sentences"][article["id"]][1])
    assert [a["reviewer"] for a in agreed["annotations"]] == ["rev1"]
    assert agreed["final"]["method"] == "unanimous"  # made from rev1's and rev2's work, not the filtered rows
    [line] = [json.loads(x) for x in run(app, "jsonl", "--task-state", "accepted").splitlines()
              if json.loads(x)["final_method"]]
    assert line["final_method"] == "unanimous" and line["reviewers"] == ["rev1"]
    verdicts = json.loads(run(app, "claimreview", "--task-state", "accepted"))
    assert [item["reviewRating"]["alternateName"] for item in verdicts] == ["True"]  # not the in-progress article's
    assert json.loads(run(app, "json", "--task-state", "returned"))["articles"] == []


def _everything(app) -> dict:
    """The whole export in every format, by format."""
    return {fmt: run(app, fmt) for fmt in dataset.FORMATS}


def test_labels_of_revoked_tasks_and_of_reviewers_reassigned_away_are_in_no_export(app, corpus, users):
    first, second = corpus["articles"]
    agreed = corpus["sentences"][first][1]
    with app.app_context():
        rev3 = accounts.create_user("rev3", "reviewer", "long enough password").id
        task_service.assign_article(first, [rev3])
        task_id = db.session.scalar(select(Task.id).where(Task.article_id == first, Task.reviewer_id == rev3))
        annotations.save(agreed, rev3, {"version": 0, "claim_type": "checkable", "status": "refuted",
                                        "note": "revoked-note"})
        task_service.submit(task_id, rev3)
    before = _everything(app)
    assert "revoked-note" in before["json"] and "rev3" in before["jsonl"]
    assert [i["reviewRating"]["alternateName"] for i in json.loads(before["claimreview"])] == ["False"]  # disputed
    with app.app_context():
        task_service.revoke(task_id, users["admin"])
        task_service.reassign(corpus["tasks"][second, users["rev1"]], rev3, users["admin"])
    after = _everything(app)
    for fmt, text in after.items():
        assert "revoked-note" not in text and "rev3" not in text, fmt  # the revoked task's work
        assert "<b>bold</b>" not in text and "in_progress" not in text, fmt  # rev1's, reassigned away
    verdicts = {i["reviewRating"]["alternateName"] for i in json.loads(after["claimreview"])}
    assert verdicts == {"True", "False"}  # unanimous again without rev3; the adjudicated one stands
    for fmt in ("json", "jsonl", "csv", "labelstudio"):
        assert reviewers_in(fmt, after[fmt]) == {("rev1", "accepted"), ("rev2", "submitted")}, fmt
    with app.app_context():  # the annotations themselves are kept
        assert db.session.scalar(select(func.count()).select_from(Annotation)
                                 .where(Annotation.reviewer_id == rev3)) == 1


def test_a_unanimous_label_waits_for_every_task_to_be_handed_in(app, corpus, users, admin_client):
    _, second = corpus["articles"]
    sentence = corpus["sentences"][second][2]
    tasks = corpus["tasks"]

    def finals() -> tuple:
        document = json.loads(run(app, "json", "--article", str(second)))
        by_id = {s["id"]: s["final"] for s in document["articles"][0]["sentences"]}
        api = admin_client.get(f"/api/v1/sentences/{sentence}/final").get_json()["final"]
        assert api == by_id[sentence]  # the API's final label is the export's
        return by_id[sentence], by_id[corpus["sentences"][second][1]]

    with app.app_context():
        for reviewer in ("rev1", "rev2"):
            annotations.save(sentence, users[reviewer], {"version": 0, "claim_type": "minor"})
    unanimous, adjudicated = finals()
    assert unanimous is None and adjudicated["method"] == "adjudicated"  # in progress: not yet
    with app.app_context():
        task_service.submit(tasks[second, users["rev1"]], users["rev1"])
    assert finals()[0] is None  # rev2's is still in progress
    with app.app_context():
        task_service.submit(tasks[second, users["rev2"]], users["rev2"])
    assert finals()[0]["method"] == "unanimous" and finals()[0]["claim_type"] == "minor"
    with app.app_context():
        task_service.accept(tasks[second, users["rev2"]], users["admin"])
        assert finals()[0]["method"] == "unanimous"
        task_service.return_task(tasks[second, users["rev1"]], "look again", users["admin"])
    unanimous, adjudicated = finals()
    assert unanimous is None and adjudicated["method"] == "adjudicated"  # returned: not handed in


def test_the_collection_filter_selects_its_articles(app, corpus, admin_client):
    first, second = corpus["articles"]
    by_name = json.loads(run(app, "json", "--collection", "port DESK"))
    assert [a["id"] for a in by_name["articles"]] == [first]
    assert len(by_name["articles"][0]["sentences"]) == len(corpus["sentences"][first])  # all its sentences
    by_id = admin_client.get(f"/api/v1/export?format=jsonl&collection={corpus['desk']}").get_data(as_text=True)
    assert {json.loads(line)["article_id"] for line in by_id.splitlines()} == {first}
    with app.app_context():
        db.session.add(Collection(name="Empty desk", guidelines=""))
        db.session.commit()
    assert json.loads(run(app, "json", "--collection", "Empty desk"))["articles"] == []
    result = app.test_cli_runner().invoke(args=["export", "--format", "json", "--collection", "Weather"])
    assert result.exit_code == 2 and "no collection named 'Weather'" in result.output
    api = admin_client.get("/api/v1/export?format=json&collection=Weather")
    assert api.status_code == 400 and api.get_json()["error"]["code"] == "invalid_filter"
    assert second not in {a["id"] for a in json.loads(run(app, "json", "--collection", "Port desk"))["articles"]}


def test_each_batch_costs_the_same_few_queries_whatever_it_holds(app, corpus, users, monkeypatch):
    """Six queries a batch (articles, sentences, annotations, matched with their tasks, tasks,
    adjudicated labels, claim clusters), none per row: more annotations cost no more queries."""
    from sqlalchemy import event

    monkeypatch.setattr(export, "BATCH_ARTICLES", 1)

    def queries() -> int:
        statements = []
        with app.app_context():
            engine = db.engine
            listener = lambda *args: statements.append(args[2])  # noqa: E731
            event.listen(engine, "before_cursor_execute", listener)
            try:
                "".join(export.stream("json", export.ExportFilter(), app.config))
            finally:
                event.remove(engine, "before_cursor_execute", listener)
        return len(statements)

    before = queries()
    assert before == 1 + 2 * 6 + 1  # the sources; two batches; the empty read that ends them
    with app.app_context():
        second = corpus["articles"][1]
        for sentence in corpus["sentences"][second][2:]:
            annotations.save(sentence, users["rev1"], {"version": 0, "claim_type": "minor"})
    assert queries() == before
