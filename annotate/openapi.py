"""The OpenAPI 3.1 document of the JSON API under ``/api/v1`` (SPEC §3), kept by hand.

By hand because the views read their bodies themselves: no schema library sits between a
request and a view to generate the document from. It stays true by test: tests/test_openapi.py
fails when a route of the URL map (or its audience) differs from what is written here, and
tests/test_fuzz.py checks the app's answers against it. Label sets and limits are imported from
the modules that enforce them, never copied.
"""

from annotate.annotation_input import MAX_EVIDENCE, MAX_NOTE, MAX_QUOTE, MAX_SOURCE_NAME, MAX_URL
from annotate.dataset import FORMATS, MEDIA_TYPES
from annotate.importing import MAX_ARTICLES_PER_CALL, STRING_FIELDS
from annotate.labels import CLAIM_TYPES, SENTENCE_KINDS, SOURCE_KINDS, STATUSES, TASK_STATES
from annotate.numbers import DEFAULT_LIMIT, MAX_ID, MAX_LIMIT
from annotate.services.sources import MAX_DESCRIPTION, MAX_NAME

PREFIX = "/api/v1"
ANYONE = ("admin", "reviewer")
# Status -> (component name, when). Every one has the body {"error": {"code", "message", "details"}}.
ERRORS = {
    400: ("BadRequest", "A malformed query value, a body that is not the JSON the route takes, or (session "
                        "calls) a missing X-CSRFToken header."),
    401: ("Unauthorized", "No valid API token (or session)."),
    403: ("Forbidden", "The caller's role may not use this route."),
    404: ("NotFound", "No such id, or none the caller may see (the same answer, on purpose)."),
    409: ("Conflict", "The request clashes with the current state; nothing was changed."),
    413: ("TooLarge", "The body is larger than the server's limit; nothing was stored."),
    415: ("UnsupportedMediaType", "The body must be sent as application/json."),
    422: ("Unprocessable", "The body is JSON but breaks a rule; `details` says which, by field."),
}
AUTH = """Send a personal API token: `Authorization: Bearer ann_…` (made on the account page or
with `annotate create-token`). The pages' own calls use the login session cookie instead; their
writes (POST, PUT, DELETE) then need the page's CSRF token in an `X-CSRFToken` header. A bearer
call is the token's user only, whatever session comes with it. Roles apply exactly as on the pages."""

ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
ID_TEXT = {"type": "string", "pattern": r"^\s*[0-9]{1,10}\s*$", "description": "An id (1 to 2147483647)."}
QUERY_ID = ID_TEXT | {"pattern": r"^$|^\s*[0-9]{1,10}\s*$", "description": "An id; empty means none."}
TIME = {"type": "string", "format": "date-time"}
TEXT_QUERY = {"type": "string", "description": "Only its first 200 characters are used."}
COUNT = {"type": "integer", "minimum": 0}
TEXT = {"type": "string"}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _null(schema: dict) -> dict:
    """``schema`` or JSON null."""
    return {"anyOf": [schema, {"type": "null"}]}


def _object(properties: dict, required=(), closed: bool = True, **more) -> dict:
    """An object schema; ``closed`` when the API refuses (or never sends) other fields."""
    schema = {"type": "object", "properties": properties, "required": list(required), **more}
    if closed:
        schema["additionalProperties"] = False
    return schema


def _list(items: dict, **more) -> dict:
    return {"type": "array", "items": items, **more}


def _json(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


def _query(name: str, schema: dict, description: str, required: bool = False) -> dict:
    return {"name": name, "in": "query", "required": required, "schema": schema, "description": description}


def _shared(name: str) -> dict:
    """A parameter from components/parameters."""
    return {"$ref": f"#/components/parameters/{name}"}


def _operation(operation_id: str, summary: str, roles, ok: tuple, errors, *, parameters=(),
               body: str | None = None, writes: bool = False, note: str = "") -> dict:
    """One operation: ``ok`` is (status, description, schema or content), ``errors`` its error
    statuses, ``body`` the name of its request body schema."""
    status, description, schema = ok
    responses = {str(status): {"description": description, "content": _json(schema)}}
    responses.update({str(code): {"$ref": f"#/components/responses/{ERRORS[code][0]}"} for code in errors})
    session: dict[str, list] = {"session": [], "csrfToken": []} if writes else {"session": []}
    operation = {"operationId": operation_id, "summary": summary, "x-roles": list(roles),
                 "description": ("Roles: " + ", ".join(roles) + "." if roles else "Public.") + note,
                 "security": [{"bearerAuth": []}, session] if roles else [], "responses": responses}
    if parameters:
        operation["parameters"] = list(parameters)
    if body is not None:
        operation["requestBody"] = {"required": True, "content": _json(_ref(body))}
    return operation


def _parameters() -> dict:
    """Path ids and the paging parameters."""
    ids = {name: {"name": name, "in": "path", "required": True, "schema": ID,
                  "description": f"The {name.removesuffix('_id')}'s id; any other number is not found (404)."}
           for name in ("article_id", "sentence_id", "source_id", "task_id")}
    return {**ids,
            "cursor": _query("cursor", QUERY_ID, "The `next_cursor` of the page before; left out for the first."),
            "limit": _query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
                            "Items per page.")}


def _corpus_schemas() -> dict:
    """Articles and sources."""
    strings = {key: _null({"type": "string", "maxLength": length}) for key, length in STRING_FIELDS.items()}
    article = _object({"id": ID, **strings, "published_at": _null(TIME), "meta": {"type": "object"},
                       "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "created_at": TIME},
                      ("id", *STRING_FIELDS, "published_at", "meta", "text_sha256", "created_at"))
    sentence = _object({"id": ID, "position": COUNT, "start": COUNT, "end": {"type": "integer", "minimum": 1},
                        "kind": {"enum": list(SENTENCE_KINDS)}, "text": TEXT},
                       ("id", "position", "start", "end", "kind", "text"))
    source = {"name": {"type": "string", "minLength": 1, "maxLength": MAX_NAME}, "kind": {"enum": list(SOURCE_KINDS)},
              "aliases": _list({"type": "string", "minLength": 1, "maxLength": MAX_NAME}),
              "description": {"type": "string", "maxLength": MAX_DESCRIPTION}}
    return {
        "Article": article,
        "ArticleWithSentences": {"allOf": [article | {"additionalProperties": True}, _object(
            {"text": TEXT, "sentences": _list(sentence)}, ("text", "sentences"), closed=False)]},
        "ArticlePage": _object({"items": _list(_ref("Article")), "next_cursor": _null(ID)}, ("items", "next_cursor")),
        "ArticleInput": _object({"text": {"type": "string", "pattern": "\\S"}, **strings,
                                 "published_at": _null({"type": "string", "description": "ISO 8601 date or time"}),
                                 "meta": _null({"type": "object"})}, ("text",)),
        "ArticleImport": {"oneOf": [_ref("ArticleInput"), _list(_ref("ArticleInput"), minItems=1,
                                                                maxItems=MAX_ARTICLES_PER_CALL)],
                          "description": "One article, or a list imported all or nothing."},
        "ImportReport": _object({"articles": COUNT, "sentences": COUNT, "skipped": COUNT, "ids": _list(ID)},
                                ("articles", "sentences", "skipped", "ids")),
        "Source": _object({"id": ID, **source}, ("id", "name", "kind", "aliases", "description")),
        "SourceInput": _object(source, ("name", "kind"), closed=False, description="Other fields are ignored."),
        "SourceChange": _object(source, closed=False,
                                description="Fields left out keep their values; other fields are ignored."),
    }


def _review_schemas() -> dict:
    """Tasks, annotations and final labels."""
    label = {"claim_type": _null({"enum": list(CLAIM_TYPES)}), "source_id": _null(ID),
             "status": {"enum": list(STATUSES)}}
    # What the API accepts for a label: "" reads as null, and a source id may come as text.
    label_input = {"claim_type": {"enum": [*CLAIM_TYPES, "", None]}, "status": label["status"],
                   "source_id": {"anyOf": [ID, ID_TEXT, {"enum": ["", None]}]}}
    span = _null(_object({"start": COUNT, "end": {"type": "integer", "minimum": 1}}, ("start", "end")))
    evidence = _list(_object({"url": TEXT, "quote": TEXT}, ("url", "quote")))
    web_url = {"type": "string", "maxLength": MAX_URL, "pattern": "^\\s*[Hh][Tt][Tt][Pp][Ss]?://"}
    evidence_input = _object({"url": web_url,
                              "quote": _null({"type": "string", "maxLength": MAX_QUOTE})}, ("url",), closed=False)
    stamps = ("claim_type", "source_id", "status", "note", "evidence", "span")
    task = _object({"id": ID, "article_id": ID, "reviewer_id": ID, "reviewer": TEXT,
                    "state": {"enum": list(TASK_STATES)}, "due_date": _null({"type": "string", "format": "date"}),
                    "return_reason": _null(TEXT), "created_at": TIME, "decided": _null(COUNT),
                    "sentences": _null(COUNT)},
                   ("id", "article_id", "reviewer_id", "reviewer", "state", "due_date", "return_reason", "created_at",
                    "decided", "sentences"))
    return {
        "Task": task,
        "TaskPage": _object({"items": _list(_ref("Task")), "next_cursor": _null(ID)}, ("items", "next_cursor")),
        "TaskAssignment": _object(
            {"reviewer_ids": _list(ID, minItems=1), "article_ids": _list(ID, minItems=1),
             "unassigned": {"type": "boolean", "description": "true: every article without a task instead."},
             "overlap": {"anyOf": [{"type": "integer", "minimum": 1}, ID_TEXT], "default": 1},
             "due_date": _null({"type": "string", "pattern": "^\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})?\\s*$"}),
             "collection": {"anyOf": [TEXT, ID], "description": "With unassigned: that collection's articles."}},
            ("reviewer_ids",), closed=False,
            description="`article_ids`, or `\"unassigned\": true`, to `overlap` reviewers each; "
                        "other fields are ignored."),
        "TasksCreated": _object({"created": COUNT, "summary": TEXT, "tasks": _list(_ref("Task"))},
                                ("created", "summary", "tasks")),
        "Reviewer": _object({"id": ID, "username": TEXT}, ("id", "username")),
        "Annotation": _object(
            {"sentence_id": ID, "version": COUNT, **label, "note": TEXT, "evidence": evidence, "span": span,
             "source": _null(_object({"id": ID, "name": TEXT, "kind": {"enum": list(SOURCE_KINDS)}},
                                     ("id", "name", "kind"))),
             "updated_at": _null(TIME)}, ("sentence_id", "version", *stamps, "source", "updated_at")),
        "AnnotationSave": _object(
            {"version": {**COUNT, "description": "The version read (0: none yet)."}, **label_input,
             "source_name": _null({"type": "string", "maxLength": MAX_SOURCE_NAME,
                                   "description": "Instead of source_id: a registered name or alias, in any "
                                                  "case; empty or null for the article itself."}),
             "note": _null({"type": "string", "maxLength": MAX_NOTE}),
             "evidence": _null(_list(evidence_input, maxItems=MAX_EVIDENCE)),
             "span": _null(_object({"start": {"type": "integer"}, "end": {"type": "integer"}}, ("start", "end"),
                                   closed=False, description="Offsets into the article text, inside the sentence."))},
            ("version",), description="Fields left out keep their values."),
        "FinalLabel": _object({**label, "method": {"enum": ["unanimous", "adjudicated"]}, "decided_by": _null(TEXT),
                               "decided_at": TIME}, ("claim_type", "source_id", "status", "method", "decided_by",
                                                     "decided_at")),
        "FinalDecision": _object(label_input, ("status",)),
        "SentenceFinal": _object(
            {"sentence_id": ID, "final": _null(_ref("FinalLabel")), "annotations": _list(_object(
                {"id": ID, "reviewer": TEXT, "reviewer_id": ID, **label, "note": TEXT, "evidence": evidence,
                 "span": span, "version": {"type": "integer", "minimum": 1}, "created_at": TIME, "updated_at": TIME},
                ("id", "reviewer", "reviewer_id", *stamps, "version", "created_at", "updated_at")))},
            ("sentence_id", "final", "annotations")),
    }


def _export() -> dict:
    """GET /export: the format, the filters, and one media type per format."""
    parameters = [
        _query("format", {"enum": list(FORMATS)}, "Export format (SPEC §4).", required=True),
        _query("article", _list(ID_TEXT), "Only these articles (repeat the parameter)") | {"explode": True},
        _query("collection", TEXT_QUERY, "Only the articles of this collection (its name, in any case, or id)."),
        _query("task", QUERY_ID, "Only this task's article and reviewer."),
        _query("task_state", _list({"enum": ["", *TASK_STATES]}),
               "Only annotations in tasks in one of these states (repeat the parameter). Final labels are "
               "not changed by it: they count all handed-in work.") | {"explode": True},
        _query("reviewer", TEXT_QUERY, "A reviewer's id or username."),
        _query("status", {"enum": ["", *STATUSES]}, "Annotations with this status."),
        _query("claim_type", {"enum": ["", *CLAIM_TYPES]}, "Annotations with this claim type."),
        _query("source", TEXT_QUERY, "A source's id or name."),
        _query("since", {"type": "string", "format": "date"}, "Annotations updated on or after."),
        _query("until", {"type": "string", "format": "date"}, "Annotations updated on or before."),
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
    operation = _operation("export_dataset", "The dataset, streamed as a download", ("admin",),
                           (200, "The export, in the media type of its format.", TEXT), (400, 401, 403),
                           parameters=parameters)
    operation["responses"]["200"]["content"] = content
    return operation


def _desk_schemas() -> dict:
    """Agreement, disagreements, the dashboard's figures, and the task actions' bodies."""
    figure = {"anyOf": [{"type": "number"}, {"type": "null"}]}
    field = _object({"alpha": figure, "fleiss_kappa": figure, "units": COUNT,
                     "pairs": _list(_object({"reviewers": _list(TEXT, minItems=2, maxItems=2), "kappa": figure,
                                             "units": COUNT}, ("reviewers", "kappa", "units")))},
                    ("alpha", "fleiss_kappa", "units", "pairs"))
    judgement = _object({"reviewer": TEXT, "claim_type": {"enum": list(CLAIM_TYPES)},
                         "status": {"enum": list(STATUSES)}, "source_id": _null(ID),
                         "span": _null({"type": "object"}), "note": TEXT, "evidence": _list({"type": "object"})},
                        ("reviewer", "claim_type", "status", "source_id", "span", "note", "evidence"))
    stats_keys = ("collection", "tasks_by_state", "progress_per_collection", "overdue", "annotations_per_day",
                  "reviewers", "distribution", "agreement", "adjudication_backlog")
    return {
        "FieldAgreement": field,
        "Agreement": _object({"fields": _object(dict.fromkeys(("claim_type", "status", "source"), field),
                                                ("claim_type", "status", "source"))}, ("fields",)),
        "DisagreementPage": _object({"items": _list(_object({"sentence_id": ID, "article_id": ID,
                                                             "annotations": _list(judgement)},
                                                            ("sentence_id", "article_id", "annotations"))),
                                     "next_cursor": _null(ID)}, ("items", "next_cursor")),
        "Stats": _object({key: {} for key in stats_keys}, stats_keys,
                         description="Every figure of the dashboard: counts by state and day, overdue tasks, "
                                     "reviewers, distributions, agreement (as GET /agreement) and the backlog."),
        "TaskReturn": _object({"reason": {"type": "string", "minLength": 1, "maxLength": 2000},
                               "comments": _list(_object({"sentence_id": ID, "body": {"type": "string",
                                                                                      "maxLength": 2000}},
                                                         ("sentence_id", "body")))},
                              ("reason",), closed=False, description="Comments reach the reviewer on those "
                                                                     "sentences; other fields are ignored."),
        "TaskReassign": _object({"reviewer_id": ID}, ("reviewer_id",), closed=False),
        "TaskRevoked": _object({"revoked": {"type": "object"}}, ("revoked",)),
    }


def _desk_paths() -> dict:
    """The desk lead's routes (admins): task actions, agreement, disagreements, figures."""
    task = _shared("task_id")
    body_errors = (400, 401, 403, 404, 409, 413, 415, 422)
    collection = _query("collection", TEXT_QUERY, "Only this collection's articles (its name, in any case, or id).")
    scope = (collection, _query("article", QUERY_ID, "Only this article."))
    dates = (_query("since", {"type": "string", "format": "date"}, "Annotations changed on or after."),
             _query("until", {"type": "string", "format": "date"}, "Annotations changed on or before (the whole day)."))
    actions = {
        "accept": ("Accept a submitted task", None, "The accepted task.", "Task"),
        "return": ("Return a submitted task with a reason and per-sentence comments", "TaskReturn",
                   "The returned task.", "Task"),
        "revoke": ("Delete a task; its annotations stay and are no longer exported", None,
                   "The task as it was.", "TaskRevoked"),
        "reassign": ("Give a task to another reviewer, who starts it afresh", "TaskReassign",
                     "The reassigned task.", "Task"),
    }
    paths = {f"/tasks/{{task_id}}/{name}": {"post": _operation(
        f"{name}_task", summary, ("admin",), (200, answer, _ref(schema)),
        body_errors if body else (400, 401, 403, 404, 409), parameters=(task,), body=body, writes=True)}
        for name, (summary, body, answer, schema) in actions.items()}
    return {**paths,
            "/agreement": {"get": _operation(
                "agreement", "Agreement per field over handed-in work", ("admin",),
                (200, "Krippendorff's alpha, Fleiss' kappa and Cohen's kappa per reviewer pair; null where "
                      "undefined.", _ref("Agreement")), (400, 401, 403), parameters=(*scope, *dates))},
            "/disagreements": {"get": _operation(
                "disagreements", "Disputed sentences without an admin's decision, by sentence id", ("admin",),
                (200, "Every reviewer's judgement side by side.", _ref("DisagreementPage")), (400, 401, 403),
                parameters=(*scope, _shared("cursor"), _shared("limit")))},
            "/stats": {"get": _operation(
                "dashboard_stats", "Every figure of the dashboard", ("admin",), (200, "The figures.", _ref("Stats")),
                (400, 401, 403), parameters=(collection,))}}


def _paths() -> dict:
    """Every route under /api/v1, by path and method."""
    article, sentence, source, task = map(_shared, ("article_id", "sentence_id", "source_id", "task_id"))
    body_errors = (400, 401, 413, 415, 422)
    return {
        "/articles": {
            "get": _operation("list_articles", "Articles by id, a page at a time", ANYONE,
                              (200, "Admins: all; reviewers: those assigned to them.", _ref("ArticlePage")), (400, 401),
                              parameters=(_shared("cursor"), _shared("limit"),
                                          _query("q", TEXT_QUERY, "Title or text contains."),
                                          _query("publisher", TEXT_QUERY, "Exactly this publisher."),
                                          _query("assigned", {"enum": ["", "yes", "no"]}, "With or without tasks."),
                                          _query("collection", TEXT_QUERY, "In this collection (name or id)."))),
            "post": _operation("create_articles", "Import one article or many with the import rules", ("admin",),
                               (201, "Imported; articles stored before (same text) are skipped.", _ref("ImportReport")),
                               (*body_errors, 403, 409), body="ArticleImport", writes=True,
                               parameters=(_query("collection", TEXT_QUERY, "Put every article into this collection "
                                                  "(made when new)."),))},
        "/articles/{article_id}": {
            "get": _operation("get_article", "One article with its text and sentences", ANYONE,
                              (200, "The article.", _ref("ArticleWithSentences")), (401, 404), parameters=(article,))},
        "/sources": {
            "get": _operation("list_sources", "Sources whose name or alias contains q, by name", ANYONE,
                              (200, "Sources.", _list(_ref("Source"))), (400, 401),
                              parameters=(_query("q", TEXT_QUERY, "Name or alias contains."), _query(
                                  "limit", {"type": "integer"}, "At most this many (1 to 100; 20 if not a number)."))),
            "post": _operation("create_source", "Register a source", ANYONE, (201, "The new source.", _ref("Source")),
                               body_errors, body="SourceInput", writes=True)},
        "/sources/{source_id}": {
            "get": _operation("get_source", "One source", ANYONE, (200, "The source.", _ref("Source")), (401, 404),
                              parameters=(source,)),
            "put": _operation("update_source", "Change a source", ("admin",),
                              (200, "The source as saved.", _ref("Source")), (*body_errors, 403, 404),
                              parameters=(source,), body="SourceChange", writes=True)},
        "/tasks": {
            "get": _operation("list_tasks", "Tasks by id, a page at a time, with progress", ANYONE,
                              (200, "Admins: any; reviewers: their own.", _ref("TaskPage")), (400, 401),
                              parameters=(_shared("cursor"), _shared("limit"),
                                          _query("reviewer", QUERY_ID, "A reviewer's id."),
                                          _query("article", QUERY_ID, "An article's id."),
                                          _query("state", {"enum": ["", *TASK_STATES]}, "Tasks in this state."),
                                          _query("collection", TEXT_QUERY, "Of this collection's articles."))),
            "post": _operation("create_tasks", "Assign articles to reviewers with an overlap, all or nothing",
                               ("admin",), (201, "The tasks created.", _ref("TasksCreated")),
                               (*body_errors, 403, 404, 409), body="TaskAssignment", writes=True)},
        "/tasks/{task_id}/submit": {
            "post": _operation("submit_task", "Hand in one of your tasks", ("reviewer",),
                               (200, "The submitted task.", _ref("Task")), (400, 401, 403, 404, 409),
                               parameters=(task,), writes=True,
                               note=" Another reviewer's task is not found; 409 unless in progress or returned.")},
        "/reviewers": {
            "get": _operation("list_reviewers", "Active reviewers (ids for assignment)", ("admin",),
                              (200, "Reviewers by username.", _list(_ref("Reviewer"))), (401, 403))},
        "/sentences/{sentence_id}/annotation": {
            "get": _operation("get_annotation", "Your annotation of a sentence of one of your tasks", ANYONE,
                              (200, "The annotation (version 0: none yet).", _ref("Annotation")), (401, 404),
                              parameters=(sentence,)),
            "put": _operation("put_annotation", "Save your annotation, naming the version you read", ANYONE,
                              (200, "The annotation as saved.", _ref("Annotation")), (*body_errors, 404, 409),
                              parameters=(sentence,), body="AnnotationSave", writes=True,
                              note=" 409 when the stored version is not the one sent (code `conflict`), or the "
                                   "task is submitted or accepted (code `task_closed`); `details.current` holds "
                                   "the stored annotation.")},
        "/sentences/{sentence_id}/final": {
            "get": _operation("get_final", "A sentence's annotations and final label", ("admin",),
                              (200, "The final label is null while undecided.", _ref("SentenceFinal")), (401, 403, 404),
                              parameters=(sentence,)),
            "put": _operation("put_final", "Decide a sentence's final label", ("admin",),
                              (200, "With the decided label.", _ref("SentenceFinal")), (*body_errors, 403, 404),
                              parameters=(sentence,), body="FinalDecision", writes=True),
            "delete": _operation("delete_final", "Withdraw the admin's decision", ("admin",),
                                 (200, "With the unanimous label, if any.", _ref("SentenceFinal")),
                                 (400, 401, 403, 404), parameters=(sentence,), writes=True)},
        "/export": {"get": _export()},
        **_desk_paths(),
        "/openapi.json": {
            "get": _operation("openapi_document", "This document", (), (200, "OpenAPI 3.1.", {"type": "object"}), ())},
    }


def document() -> dict:
    """The OpenAPI document, built afresh (callers may change their copy)."""
    error = _object({"error": _object({"code": TEXT, "message": TEXT, "details": {"type": "object"}},
                                      ("code", "message", "details"))}, ("error",))
    return {
        "openapi": "3.1.0",
        "info": {"title": "annotate", "version": "1",
                 "description": "Fact-claim annotation: articles, sentences, sources, tasks, annotations, final "
                                "labels and the export (SPEC §3). Every error is `{\"error\": {\"code\", "
                                "\"message\", \"details\"}}`.\n\n" + AUTH},
        "paths": {PREFIX + path: item for path, item in _paths().items()},
        "security": [{"bearerAuth": []}],
        "components": {
            "schemas": {"Error": error, **_corpus_schemas(), **_review_schemas(), **_desk_schemas()},
            "parameters": _parameters(),
            "responses": {name: {"description": text, "content": _json(_ref("Error"))}
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
