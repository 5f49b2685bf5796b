"""Schemathesis against the app, from the app's own OpenAPI document, as an admin and as a
reviewer: no 5xx, every status, media type and body as documented, and the database's
invariants intact afterwards.

``ANNOTATE_FUZZ_EXAMPLES`` bounds the examples per operation and generation mode (small by
default, larger in .ci/run); Hypothesis is derandomized so a CI failure replays locally.
"""

import io
import json
import os
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.labels import CLAIM_TYPES, STATUSES
from annotate.models import Annotation, Article, Sentence, Source, Task
from annotate.services import annotations, final_labels, tasks, tokens
from annotate.services.imports import import_file

EXAMPLES = int(os.environ.get("ANNOTATE_FUZZ_EXAMPLES", "25"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
ARTICLES = [
    {"text": "Rain fell\n\nThe ministry said rain fell on Monday. It was cold, Reuters reported.",
     "title": "Rain", "publisher": "Wire"},
    {"text": "Prices rose 3% in May, the statistics office said. Analysts expected 2%.", "publisher": "Daily"},
    {"text": "A quiet day. Nothing was announced.", "url": "https://example.org/quiet"},
    {"text": "Unassigned story. Nobody has it yet."},
    {"text": "Another unassigned story.\n\nIt has two paragraphs."},
    {"text": "Third without a task. Short."},
]


@pytest.fixture
def corpus(app, users) -> dict:
    """Articles (three assigned to rev1 and rev2, three to nobody), sources, annotations at
    several versions, a final label, and an API token for the admin and for rev1."""
    with app.app_context():
        lines = "\n".join(json.dumps(article) for article in ARTICLES).encode()
        import_file(io.BytesIO(lines), "fuzz.jsonl", app.config["MAX_RECORD_BYTES"])
        articles = list(db.session.scalars(select(Article.id).order_by(Article.id)))
        for article_id in articles[:3]:
            tasks.assign_article(article_id, [users["rev1"], users["rev2"]])
        db.session.add_all([Source(name="Reuters", kind="news_agency", aliases=["Reuters news"], description=""),
                            Source(name="Statistics office", kind="government", aliases=[], description="")])
        db.session.commit()
        sources = list(db.session.scalars(select(Source.id).order_by(Source.id)))
        # The sentences of the assigned articles, and of one article nobody may annotate.
        sentences = list(db.session.scalars(select(Sentence.id).where(Sentence.article_id <= articles[3])
                                            .order_by(Sentence.id)))
        for reviewer in ("rev1", "rev2"):
            annotations.save(sentences[1], users[reviewer], {"version": 0, "claim_type": "checkable",
                                                             "status": "supported", "source_id": sources[0]})
        annotations.save(sentences[1], users["rev1"], {"version": 1, "note": "checked"})
        final_labels.adjudicate(sentences[2], {"status": "refuted", "claim_type": "minor"}, users["admin"])
        task_ids = list(db.session.scalars(select(Task.id).order_by(Task.id)))
        secrets = {name: tokens.create_token(users[name], "fuzz")[1] for name in ("admin", "rev1")}
    return {"ids": {"article_id": articles, "sentence_id": sentences, "source_id": sources, "task_id": task_ids,
                    "reviewer_id": [users["rev1"], users["rev2"]]},
            "tokens": secrets}


def assignments(ids: dict):
    """POST /tasks: reviewers and articles that exist; some articles, or every unassigned one."""
    which = st.one_of(st.just({"unassigned": True}), st.fixed_dictionaries(
        {"article_ids": st.lists(st.sampled_from(ids["article_id"]), min_size=1, max_size=3)}))
    rest = st.fixed_dictionaries(
        {"reviewer_ids": st.lists(st.sampled_from(ids["reviewer_id"]), min_size=1, max_size=2),
         "overlap": st.integers(1, 2)}, optional={"due_date": st.one_of(st.none(), st.dates().map(str))})
    return st.tuples(which, rest).map(lambda parts: {**parts[0], **parts[1]})


def labels(ids: dict) -> dict:
    """Label fields with real sources: most random ones are refused before anything is stored."""
    return {"claim_type": st.sampled_from([*CLAIM_TYPES, None]), "status": st.sampled_from(STATUSES),
            "source_id": st.sampled_from([*ids["source_id"], None])}


def annotation_saves(ids: dict):
    """PUT annotation: a version near the stored one, and spans near the sentences."""
    span = st.one_of(st.none(), st.builds(lambda start, length: {"start": start, "end": start + length},
                                          st.integers(0, 120), st.integers(1, 60)))
    return st.fixed_dictionaries({"version": st.integers(0, 3)}, optional={
        **labels(ids), "span": span, "note": st.text(max_size=20),
        "evidence": st.lists(st.fixed_dictionaries({"url": st.just("https://example.org/e")},
                                                   optional={"quote": st.text(max_size=20)}), max_size=2)})


def final_decisions(ids: dict):
    """PUT final: a label that names a real source."""
    fields = labels(ids)
    return st.fixed_dictionaries({"status": fields.pop("status")}, optional=fields)


# Operations whose random bodies would rarely get past the id and version checks: bodies that do.
CRAFTED_BODIES = {"POST /api/v1/tasks": assignments, "PUT /api/v1/sentences/{sentence_id}/annotation": annotation_saves,
                  "PUT /api/v1/sentences/{sentence_id}/final": final_decisions}


def case_strategy(operation, mode: GenerationMode, ids: dict):
    """Cases for ``operation``; in positive mode half of them use ids that exist, in the path
    and in a crafted body."""
    plain = operation.as_strategy(generation_mode=mode)
    parts = {}
    names = [parameter.name for parameter in operation.path_parameters]
    if names:
        parts["path_parameters"] = st.sampled_from(ids[names[0]]).map(lambda value: {names[0]: value})
    if operation.label in CRAFTED_BODIES:
        parts["body"] = CRAFTED_BODIES[operation.label](ids)
    if mode is GenerationMode.NEGATIVE or not parts:
        return plain
    return st.one_of(plain, st.fixed_dictionaries(parts).flatmap(
        lambda known: operation.as_strategy(generation_mode=mode, **known)))


def modes(operation) -> list[GenerationMode]:
    """Valid data always; invalid data where there is something to break (a parameter or body)."""
    if any(True for _ in operation.iter_parameters()) or operation.body:
        return [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]
    return [GenerationMode.POSITIVE]


def fuzz_operation(app, operation, mode, ids: dict, headers: dict, statuses: Counter) -> Exception | None:
    """Run the bounded examples of one operation in one mode; the failure, if any."""
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck), report_multiple_bugs=False)
    @given(case=case_strategy(operation, mode, ids))
    def run(case):
        response = case.call(headers=headers, app=app)
        statuses[response.status_code] += 1
        case.validate_response(response, checks=CHECKS, headers=headers, transport_kwargs={"app": app})

    try:
        run()
    except (Exception, BaseExceptionGroup) as failure:  # Schemathesis' FailureGroup, or an app error
        return failure
    return None


def broken_invariants() -> list[str]:
    """What breaks the database's rules: offsets outside texts, annotations twice or outside
    their sentence, versions below 1."""
    problems = []
    lengths = dict(db.session.execute(select(Article.id, Article.text)).all())
    lengths = {article_id: len(text) for article_id, text in lengths.items()}
    spans = {}
    for sentence in db.session.scalars(select(Sentence)):
        spans[sentence.id] = (sentence.start, sentence.end)
        if not 0 <= sentence.start < sentence.end <= lengths[sentence.article_id]:
            problems.append(f"sentence {sentence.id}: [{sentence.start}, {sentence.end}) outside its article")
    doubled = db.session.execute(select(Annotation.sentence_id, Annotation.reviewer_id).group_by(
        Annotation.sentence_id, Annotation.reviewer_id).having(func.count() > 1)).all()
    problems += [f"sentence {s}, reviewer {r}: more than one annotation" for s, r in doubled]
    for annotation in db.session.scalars(select(Annotation)):
        start, end = spans[annotation.sentence_id]
        span = (annotation.span_start, annotation.span_end)
        if annotation.version < 1:
            problems.append(f"annotation {annotation.id}: version {annotation.version}")
        if span != (None, None) and (None in span or not start <= span[0] < span[1] <= end):
            problems.append(f"annotation {annotation.id}: span {span} outside its sentence [{start}, {end})")
    return problems


@pytest.mark.parametrize("role", ["admin", "rev1"])
def test_the_api_holds_under_fuzzing(app, corpus, role, capsys):
    served = app.test_client().get("/api/v1/openapi.json").get_json()
    schema = schemathesis.openapi.from_dict(served)
    headers = {"Authorization": "Bearer " + corpus["tokens"][role]}
    statuses, failures = Counter(), {}
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        for mode in modes(operation):
            failure = fuzz_operation(app, operation, mode, corpus["ids"], headers, statuses)
            if failure is not None:
                failures[f"{operation.label} ({mode.value})"] = failure
    with app.app_context():
        problems = broken_invariants()
        annotated = db.session.scalar(select(func.count()).select_from(Annotation))
    with capsys.disabled():  # the run's summary, shown even when the test passes
        print(f"\nfuzz as {role}: {len(operations)} operations, {sum(statuses.values())} examples "
              f"({EXAMPLES} per operation and mode), statuses {dict(sorted(statuses.items()))}, "
              f"{annotated} annotations afterwards, failures: {len(failures)}")
    assert not failures, "\n\n".join(f"{label}:\n{failure}" for label, failure in failures.items())
    assert not problems, problems
