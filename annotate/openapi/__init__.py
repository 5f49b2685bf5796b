"""The OpenAPI 3.1 document of the JSON API under ``/api/v1`` (SPEC §3), kept by hand: the paths
here, the schemas in ``schemas``, the pieces both are made of in ``shapes``.

By hand because the views read their bodies themselves: no schema library sits between a
request and a view to generate the document from. It stays true by test: tests/test_openapi.py
fails when a route of the URL map (or its audience) differs from what is written here, and
tests/test_fuzz.py checks the app's answers against it. Label sets and limits are imported from
the modules that enforce them, never copied.
"""

from annotate.dataset import FORMATS, MEDIA_TYPES
from annotate.labels import CLAIM_TYPES, STATUSES, TASK_STATES
from annotate.numbers import MAX_LIMIT
from annotate.openapi.schemas import corpus_schemas, desk_schemas, parameters, review_schemas
from annotate.openapi.shapes import (
    ANYONE,
    AUTH,
    COUNT,
    ERRORS,
    ID,
    ID_TEXT,
    PREFIX,
    QUERY_ID,
    TEXT,
    TEXT_QUERY,
    array,
    json_of,
    nullable,
    obj,
    operation_of,
    query,
    ref,
    shared,
)
from annotate.services.claim_search import MAX_QUERY
from annotate.services.workspace import WINDOW_AFTER


def export_operation() -> dict:
    """GET /export: the format, the filters, and one media type per format."""
    parameters = [
        query("format", {"enum": list(FORMATS)}, "Export format (SPEC §4).", required=True),
        query("article", array(ID_TEXT), "Only these articles (repeat the parameter)") | {"explode": True},
        query("collection", TEXT_QUERY, "Only the articles of this collection (its name, in any case, or id)."),
        query("task", QUERY_ID, "Only this task's article and reviewer."),
        query("task_state", array({"enum": ["", *TASK_STATES]}),
               "Only annotations in tasks in one of these states (repeat the parameter). Final labels are "
               "not changed by it: they count all handed-in work.") | {"explode": True},
        query("reviewer", TEXT_QUERY, "A reviewer's id or username."),
        query("status", {"enum": ["", *STATUSES]}, "Annotations with this status."),
        query("claim_type", {"enum": ["", *CLAIM_TYPES]}, "Annotations with this claim type."),
        query("source", TEXT_QUERY, "A source's id or name."),
        query("since", {"type": "string", "format": "date"}, "Annotations updated on or after."),
        query("until", {"type": "string", "format": "date"}, "Annotations updated on or before."),
    ]
    shapes = {"json": {"type": "object",
                       "required": ["schema_version", "exported_at", "label_set", "sources", "articles"]},
              "claimreview": {"type": "array"}, "labelstudio": {"type": "array"}}
    content: dict[str, dict] = {}
    for fmt, media_type in MEDIA_TYPES.items():
        schema = shapes.get(fmt, TEXT)
        if media_type in content:  # json and labelstudio share application/json
            schema = {"anyOf": [content[media_type]["schema"], schema]}
        content[media_type] = {"schema": schema}
    operation = operation_of("export_dataset", "The dataset, streamed as a download", ("admin",),
                           (200, "The export, in the media type of its format.", TEXT), (400, 401, 403),
                           parameters=parameters)
    operation["responses"]["200"]["content"] = content
    return operation


def claim_search_operation() -> dict:
    """GET /claims: full-text search over sentences (services/claim_search.py has the rules)."""
    values = {"claim_type": nullable({"enum": list(CLAIM_TYPES)}), "status": {"enum": list(STATUSES)},
              "source_id": nullable(ID), "source": nullable(TEXT)}
    hit = obj({"sentence_id": ID, "article_id": ID, "article_title": TEXT, "position": COUNT, "text": TEXT,
               "highlights": array(array(COUNT, minItems=2, maxItems=2),
                                   description="Where the words are in `text`: [start, end) offsets."),
               "final": nullable(obj({**values, "method": {"enum": ["unanimous", "adjudicated"]}},
                                     (*values, "method"))),
               "labels": array(obj({"reviewer": TEXT, **values}, ("reviewer", *values)))},
              ("sentence_id", "article_id", "article_title", "position", "text", "highlights", "final", "labels"))
    page = obj({"items": array(hit), "next_cursor": nullable(ID)}, ("items", "next_cursor"))
    day = {"type": "string", "format": "date"}
    parameters = (
        query("q", {"type": "string", "maxLength": MAX_QUERY}, "Words the sentence holds, all of them, in any "
              "case; nothing typed is search syntax. May be left out when a filter is given."),
        query("collection", TEXT_QUERY, "In this collection (its name, in any case, or id)."),
        query("claim_type", {"enum": ["", *CLAIM_TYPES]}, "The final label's, else an annotation's that counts."),
        query("status", {"enum": ["", *STATUSES]}, "The final label's, else an annotation's that counts."),
        query("source", TEXT_QUERY, "A source's name, alias or id: the final label's, else an annotation's."),
        query("since", day, "Articles published on or after."),
        query("until", day, "Articles published on or before (the whole day)."),
        shared("cursor"), shared("limit"))
    return operation_of("search_claims", "Search every sentence by words and filters, a page at a time", ANYONE,
                        (200, "By relevance then sentence id (by id without q). Admins: every article; "
                              "reviewers: those assigned to them. Labels that count: for admins the handed-in "
                              "annotations, for reviewers their own.", page), (400, 401), parameters=parameters)


def desk_paths() -> dict:
    """The desk lead's routes (admins): task actions, agreement, disagreements, figures."""
    task = shared("task_id")
    body_errors = (400, 401, 403, 404, 409, 413, 415, 422)
    collection = query("collection", TEXT_QUERY, "Only this collection's articles (its name, in any case, or id).")
    scope = (collection, query("article", QUERY_ID, "Only this article."))
    dates = (query("since", {"type": "string", "format": "date"}, "Annotations changed on or after."),
             query("until", {"type": "string", "format": "date"}, "Annotations changed on or before (the whole day)."))
    actions = {
        "accept": ("Accept a submitted task", None, "The accepted task.", "Task"),
        "return": ("Return a submitted task with a reason and per-sentence comments", "TaskReturn",
                   "The returned task.", "Task"),
        "revoke": ("Delete a task; its annotations stay and are no longer exported", None,
                   "The task as it was.", "TaskRevoked"),
        "reassign": ("Give a task to another reviewer, who starts it afresh", "TaskReassign",
                     "The reassigned task.", "Task"),
    }
    paths = {f"/tasks/{{task_id}}/{name}": {"post": operation_of(
        f"{name}_task", summary, ("admin",), (200, answer, ref(schema)),
        body_errors if body else (400, 401, 403, 404, 409), parameters=(task,), body=body, writes=True)}
        for name, (summary, body, answer, schema) in actions.items()}
    return {**paths,
            "/agreement": {"get": operation_of(
                "agreement", "Agreement per field over handed-in work", ("admin",),
                (200, "Krippendorff's alpha, Fleiss' kappa and Cohen's kappa per reviewer pair; null where "
                      "undefined.", ref("Agreement")), (400, 401, 403), parameters=(*scope, *dates))},
            "/disagreements": {"get": operation_of(
                "disagreements", "Disputed sentences without an admin's decision, by sentence id", ("admin",),
                (200, "Every reviewer's judgement side by side.", ref("DisagreementPage")), (400, 401, 403),
                parameters=(*scope, shared("cursor"), shared("limit")))},
            "/stats": {"get": operation_of(
                "dashboard_stats", "Every figure of the dashboard", ("admin",), (200, "The figures.", ref("Stats")),
                (400, 401, 403), parameters=(collection,))}}


def workspace_paths() -> dict:
    """The reviewer's workspace a step at a time (the page's own calls)."""
    task, sentence = shared("task_id"), shared("sentence_id")
    return {
        "/tasks/{task_id}/sentences": {
            "get": operation_of("workspace_sentences", "Sentences of one of your tasks, with your labels",
                                ("reviewer",), (200, "By position.", ref("WorkspaceWindow")), (400, 401, 403, 404),
                                parameters=(task, query("from", {"type": "integer", "minimum": 0, "default": 0},
                                                        "From this position (0: the first sentence)."),
                                            query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT,
                                                            "default": WINDOW_AFTER}, "At most this many.")),
                                note=" Another reviewer's task is not found.")},
        "/tasks/{task_id}/sentences/{sentence_id}": {
            "get": operation_of("workspace_panel", "One sentence of one of your tasks, as the workspace shows it",
                                ("reviewer",), (200, "Your annotation and its history, comments from the review, "
                                                     "the source suggestion, the sentences before and after.",
                                                ref("WorkspacePanel")), (401, 403, 404),
                                parameters=(task, sentence),
                                note=" Another reviewer's task, or a sentence of another article, is not found.")},
    }


def paths() -> dict:
    """Every route under /api/v1, by path and method."""
    article, sentence, source, task = map(shared, ("article_id", "sentence_id", "source_id", "task_id"))
    body_errors = (400, 401, 413, 415, 422)
    return {
        "/articles": {
            "get": operation_of("list_articles", "Articles by id, a page at a time", ANYONE,
                              (200, "Admins: all; reviewers: those assigned to them.", ref("ArticlePage")), (400, 401),
                              parameters=(shared("cursor"), shared("limit"),
                                          query("q", TEXT_QUERY, "Title or text contains."),
                                          query("publisher", TEXT_QUERY, "Exactly this publisher."),
                                          query("assigned", {"enum": ["", "yes", "no"]}, "With or without tasks."),
                                          query("collection", TEXT_QUERY, "In this collection (name or id)."))),
            "post": operation_of("create_articles", "Import one article or many with the import rules", ("admin",),
                               (201, "Imported; articles stored before (same text) are skipped.", ref("ImportReport")),
                               (*body_errors, 403, 409), body="ArticleImport", writes=True,
                               parameters=(query("collection", TEXT_QUERY, "Put every article into this collection "
                                                  "(made when new)."),))},
        "/articles/{article_id}": {
            "get": operation_of("get_article", "One article with its text and sentences", ANYONE,
                              (200, "The article.", ref("ArticleWithSentences")), (401, 404), parameters=(article,))},
        "/sources": {
            "get": operation_of("list_sources", "Sources whose name or alias contains q, by name", ANYONE,
                              (200, "Sources: for a reviewer, the approved ones and their own proposals.",
                               array(ref("Source"))), (400, 401),
                              parameters=(query("q", TEXT_QUERY, "Name or alias contains."), query(
                                  "limit", {"type": "integer"}, "At most this many (1 to 100; 20 if not a number)."))),
            "post": operation_of("create_source", "Register a source", ANYONE, (201, "The new source.", ref("Source")),
                               body_errors, body="SourceInput", writes=True)},
        "/sources/{source_id}": {
            "get": operation_of("get_source", "One source", ANYONE, (200, "The source.", ref("Source")), (401, 404),
                              parameters=(source,), note=" Another reviewer's proposed source is not found."),
            "put": operation_of("update_source", "Change a source", ("admin",),
                              (200, "The source as saved.", ref("Source")), (*body_errors, 403, 404),
                              parameters=(source,), body="SourceChange", writes=True)},
        "/sources/{source_id}/approve": {
            "post": operation_of("approve_source", "Approve a reviewer's proposed source", ("admin",),
                               (200, "The source, approved: suggested to every reviewer from now on.", ref("Source")),
                               (400, 401, 403, 404), parameters=(source,), writes=True,
                               note=" An approved source stays as it is.")},
        "/tasks": {
            "get": operation_of("list_tasks", "Tasks by id, a page at a time, with progress", ANYONE,
                              (200, "Admins: any; reviewers: their own.", ref("TaskPage")), (400, 401),
                              parameters=(shared("cursor"), shared("limit"),
                                          query("reviewer", QUERY_ID, "A reviewer's id."),
                                          query("article", QUERY_ID, "An article's id."),
                                          query("state", {"enum": ["", *TASK_STATES]}, "Tasks in this state."),
                                          query("collection", TEXT_QUERY, "Of this collection's articles."))),
            "post": operation_of("create_tasks", "Assign articles to reviewers with an overlap, all or nothing",
                               ("admin",), (201, "The tasks created.", ref("TasksCreated")),
                               (*body_errors, 403, 404, 409), body="TaskAssignment", writes=True)},
        "/tasks/{task_id}/submit": {
            "post": operation_of("submit_task", "Hand in one of your tasks", ("reviewer",),
                               (200, "The submitted task.", ref("Task")), (400, 401, 403, 404, 409),
                               parameters=(task,), writes=True,
                               note=" Another reviewer's task is not found; 409 unless in progress or returned.")},
        **workspace_paths(),
        "/reviewers": {
            "get": operation_of("list_reviewers", "Active reviewers (ids for assignment)", ("admin",),
                              (200, "Reviewers by username.", array(ref("Reviewer"))), (401, 403))},
        "/sentences/{sentence_id}/annotation": {
            "get": operation_of("get_annotation", "Your annotation of a sentence of one of your tasks", ANYONE,
                              (200, "The annotation (version 0: none yet).", ref("Annotation")), (401, 404),
                              parameters=(sentence,)),
            "put": operation_of("put_annotation", "Save your annotation, naming the version you read", ANYONE,
                              (200, "The annotation as saved.", ref("Annotation")), (*body_errors, 404, 409),
                              parameters=(sentence,), body="AnnotationSave", writes=True,
                              note=" 409 when the stored version is not the one sent (code `conflict`), or the "
                                   "task is submitted or accepted (code `task_closed`); `details.current` holds "
                                   "the stored annotation.")},
        "/sentences/{sentence_id}/final": {
            "get": operation_of("get_final", "A sentence's annotations and final label", ("admin",),
                              (200, "The final label is null while undecided.", ref("SentenceFinal")), (401, 403, 404),
                              parameters=(sentence,)),
            "put": operation_of("put_final", "Decide a sentence's final label", ("admin",),
                              (200, "With the decided label.", ref("SentenceFinal")), (*body_errors, 403, 404),
                              parameters=(sentence,), body="FinalDecision", writes=True),
            "delete": operation_of("delete_final", "Withdraw the admin's decision", ("admin",),
                                 (200, "With the unanimous label, if any.", ref("SentenceFinal")),
                                 (400, 401, 403, 404), parameters=(sentence,), writes=True)},
        "/claims": {"get": claim_search_operation()},
        "/export": {"get": export_operation()},
        **desk_paths(),
        "/openapi.json": {
            "get": operation_of("openapi_document", "This document", (), (200, "OpenAPI 3.1.", {"type": "object"}),
                                ())},
    }


def document() -> dict:
    """The OpenAPI document, built afresh (callers may change their copy)."""
    error = obj({"error": obj({"code": TEXT, "message": TEXT, "details": {"type": "object"}},
                                      ("code", "message", "details"))}, ("error",))
    return {
        "openapi": "3.1.0",
        "info": {"title": "annotate", "version": "1",
                 "description": "Fact-claim annotation: articles, sentences, sources, tasks, annotations, final "
                                "labels and the export (SPEC §3). Every error is `{\"error\": {\"code\", "
                                "\"message\", \"details\"}}`.\n\n" + AUTH},
        "paths": {PREFIX + path: item for path, item in paths().items()},
        "security": [{"bearerAuth": []}],
        "components": {
            "schemas": {"Error": error, **corpus_schemas(), **review_schemas(), **desk_schemas()},
            "parameters": parameters(),
            "responses": {name: {"description": text, "content": json_of(ref("Error"))}
                          for name, text in ERRORS.values()},
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "ann_…", "description": AUTH},
                "session": {"type": "apiKey", "in": "cookie", "name": "session",
                            "description": "The pages' login session."},
                "csrfToken": {"type": "apiKey", "in": "header", "name": "X-CSRFToken",
                              "description": "The page's CSRF token; session writes only."},
            },
        },
    }
