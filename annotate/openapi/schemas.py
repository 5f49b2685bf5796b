"""The OpenAPI document's schemas: articles and sources, tasks, annotations and final labels,
and the desk lead's figures; and the shared parameters."""

from annotate.annotation_input import MAX_EVIDENCE, MAX_NOTE, MAX_QUOTE, MAX_SOURCE_NAME, MAX_URL
from annotate.importing import MAX_ARTICLES_PER_CALL, STRING_FIELDS
from annotate.labels import CLAIM_TYPES, SENTENCE_KINDS, SOURCE_KINDS, SOURCE_STATES, STATUSES, TASK_STATES
from annotate.numbers import DEFAULT_LIMIT, MAX_LIMIT
from annotate.openapi.shapes import (
    COUNT,
    ID,
    ID_TEXT,
    QUERY_ID,
    TEXT,
    TIME,
    array,
    nullable,
    obj,
    query,
    ref,
)
from annotate.services.sources import MAX_ALIASES, MAX_DESCRIPTION, MAX_NAME


def parameters() -> dict:
    """Path ids and the paging parameters."""
    ids = {name: {"name": name, "in": "path", "required": True, "schema": ID,
                  "description": f"The {name.removesuffix('_id')}'s id; any other number is not found (404)."}
           for name in ("article_id", "sentence_id", "source_id", "task_id")}
    return {**ids,
            "cursor": query("cursor", QUERY_ID, "The `next_cursor` of the page before; left out for the first."),
            "limit": query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
                            "Items per page.")}


def corpus_schemas() -> dict:
    """Articles and sources."""
    strings = {key: nullable({"type": "string", "maxLength": length}) for key, length in STRING_FIELDS.items()}
    article = obj({"id": ID, **strings, "published_at": nullable(TIME), "meta": {"type": "object"},
                       "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "created_at": TIME},
                      ("id", *STRING_FIELDS, "published_at", "meta", "text_sha256", "created_at"))
    sentence = obj({"id": ID, "position": COUNT, "start": COUNT, "end": {"type": "integer", "minimum": 1},
                        "kind": {"enum": list(SENTENCE_KINDS)}, "text": TEXT},
                       ("id", "position", "start", "end", "kind", "text"))
    source = {"name": {"type": "string", "minLength": 1, "maxLength": MAX_NAME}, "kind": {"enum": list(SOURCE_KINDS)},
              "aliases": array({"type": "string", "minLength": 1, "maxLength": MAX_NAME}, maxItems=MAX_ALIASES),
              "description": {"type": "string", "maxLength": MAX_DESCRIPTION}}
    return {
        "Article": article,
        "ArticleWithSentences": {"allOf": [article | {"additionalProperties": True}, obj(
            {"text": TEXT, "sentences": array(sentence)}, ("text", "sentences"), closed=False)]},
        "ArticlePage": obj({"items": array(ref("Article")), "next_cursor": nullable(ID)}, ("items", "next_cursor")),
        "ArticleInput": obj({"text": {"type": "string", "pattern": "\\S"}, **strings,
                                 "published_at": nullable({"type": "string", "description": "ISO 8601 date or time"}),
                                 "meta": nullable({"type": "object"})}, ("text",)),
        "ArticleImport": {"oneOf": [ref("ArticleInput"), array(ref("ArticleInput"), minItems=1,
                                                                maxItems=MAX_ARTICLES_PER_CALL)],
                          "description": "One article, or a list imported all or nothing."},
        "ImportReport": obj({"articles": COUNT, "sentences": COUNT, "skipped": COUNT, "ids": array(ID)},
                                ("articles", "sentences", "skipped", "ids")),
        "Source": obj({"id": ID, **source, "status": {"enum": list(SOURCE_STATES), "description": (
            "approved: everyone's; proposed: created by a reviewer, seen and used by them alone until an admin "
            "approves it or merges it into another source.")}},
                      ("id", "name", "kind", "aliases", "description", "status")),
        "SourceInput": obj({**source, "confirm": {"type": "boolean", "default": False, "description": (
            "Register the source even though its name looks like a registered one (\"Xinhau\" and \"Xinhua\"); "
            "without it such a name is refused (422, `details.confirm`).")}}, ("name", "kind"), closed=False,
                           description="Other fields are ignored. A reviewer's new source is proposed; an admin's "
                                       "is approved."),
        "SourceChange": obj(source, closed=False,
                                description="Fields left out keep their values; other fields are ignored."),
    }


def review_schemas() -> dict:
    """Tasks, annotations (and the workspace that shows them) and final labels."""
    label = {"claim_type": nullable({"enum": list(CLAIM_TYPES)}), "source_id": nullable(ID),
             "status": {"enum": list(STATUSES)}}
    # What the API accepts for a label: "" reads as null, and a source id may come as text.
    label_input = {"claim_type": {"enum": [*CLAIM_TYPES, "", None]}, "status": label["status"],
                   "source_id": {"anyOf": [ID, ID_TEXT, {"enum": ["", None]}]}}
    span = nullable(obj({"start": COUNT, "end": {"type": "integer", "minimum": 1}}, ("start", "end")))
    evidence = array(obj({"url": TEXT, "quote": TEXT}, ("url", "quote")))
    web_url = {"type": "string", "maxLength": MAX_URL, "pattern": "^\\s*[Hh][Tt][Tt][Pp][Ss]?://"}
    evidence_input = obj({"url": web_url,
                              "quote": nullable({"type": "string", "maxLength": MAX_QUOTE})}, ("url",), closed=False)
    stamps = ("claim_type", "source_id", "status", "note", "evidence", "span")
    task = obj({"id": ID, "article_id": ID, "reviewer_id": ID, "reviewer": TEXT,
                    "state": {"enum": list(TASK_STATES)}, "due_date": nullable({"type": "string", "format": "date"}),
                    "return_reason": nullable(TEXT), "created_at": TIME, "decided": nullable(COUNT),
                    "sentences": nullable(COUNT)},
                   ("id", "article_id", "reviewer_id", "reviewer", "state", "due_date", "return_reason", "created_at",
                    "decided", "sentences"))
    return {
        "Task": task,
        "TaskPage": obj({"items": array(ref("Task")), "next_cursor": nullable(ID)}, ("items", "next_cursor")),
        "TaskAssignment": obj(
            {"reviewer_ids": array(ID, minItems=1), "article_ids": array(ID, minItems=1),
             "unassigned": {"type": "boolean", "description": "true: every article without a task instead."},
             "overlap": {"anyOf": [{"type": "integer", "minimum": 1}, ID_TEXT], "default": 1},
             "due_date": nullable({"type": "string", "pattern": "^\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})?\\s*$"}),
             "collection": {"anyOf": [TEXT, ID], "description": "With unassigned: that collection's articles."}},
            ("reviewer_ids",), closed=False,
            description="`article_ids`, or `\"unassigned\": true`, to `overlap` reviewers each; "
                        "other fields are ignored."),
        "TasksCreated": obj({"created": COUNT, "summary": TEXT, "tasks": array(ref("Task"))},
                                ("created", "summary", "tasks")),
        "Reviewer": obj({"id": ID, "username": TEXT}, ("id", "username")),
        "Annotation": obj(
            {"sentence_id": ID, "version": COUNT, **label, "note": TEXT, "evidence": evidence, "span": span,
             "source": nullable(obj({"id": ID, "name": TEXT, "kind": {"enum": list(SOURCE_KINDS)}},
                                     ("id", "name", "kind"))),
             "updated_at": nullable(TIME)}, ("sentence_id", "version", *stamps, "source", "updated_at")),
        "AnnotationSave": obj(
            {"version": {**COUNT, "description": "The version read (0: none yet)."}, **label_input,
             "source_name": nullable({"type": "string", "maxLength": MAX_SOURCE_NAME,
                                   "description": "Instead of source_id: a registered name or alias, in any "
                                                  "case; empty or null for the article itself."}),
             "note": nullable({"type": "string", "maxLength": MAX_NOTE}),
             "evidence": nullable(array(evidence_input, maxItems=MAX_EVIDENCE)),
             "span": nullable(obj({"start": {"type": "integer"}, "end": {"type": "integer"}}, ("start", "end"),
                                   closed=False, description="Offsets into the article text, inside the sentence."))},
            ("version",), description="Fields left out keep their values."),
        **workspace_schemas(),
        "FinalLabel": obj({**label, "method": {"enum": ["unanimous", "adjudicated"]}, "decided_by": nullable(TEXT),
                               "decided_at": TIME,
                               "review_url": {**TEXT, "description": "Where the desk published its verdict "
                                                                     "(an admin's label only; absent when none)."}},
                              ("claim_type", "source_id", "status", "method", "decided_by", "decided_at")),
        "FinalDecision": obj({**label_input, "review_url": nullable(
            {"type": "string", "maxLength": MAX_URL, "pattern": "^\\s*([Hh][Tt][Tt][Pp][Ss]?://.*)?$",
             "description": "Where the desk published its verdict (an http(s) URL with a host): the "
                            "ClaimReview export's url. Empty or null: none."})}, ("status",)),
        "SentenceFinal": obj(
            {"sentence_id": ID, "final": nullable(ref("FinalLabel")), "annotations": array(obj(
                {"id": ID, "reviewer": TEXT, "reviewer_id": ID, **label, "note": TEXT, "evidence": evidence,
                 "span": span, "version": {"type": "integer", "minimum": 1}, "created_at": TIME, "updated_at": TIME},
                ("id", "reviewer", "reviewer_id", *stamps, "version", "created_at", "updated_at")))},
            ("sentence_id", "final", "annotations")),
    }


def workspace_schemas() -> dict:
    """The workspace a step at a time: a window of a task's sentences, one sentence's panel."""
    sentence = obj({"id": ID, "position": COUNT, "kind": {"enum": list(SENTENCE_KINDS)}, "start": COUNT,
                    "end": {"type": "integer", "minimum": 1}, "text": TEXT,
                    "claim_type": nullable({"enum": list(CLAIM_TYPES)}), "source": nullable(TEXT),
                    "status": {"enum": list(STATUSES)}, "comments": COUNT},
                   ("id", "position", "kind", "start", "end", "text", "claim_type", "source", "status", "comments"),
                   description="A sentence with your labels (`source`: its name) and the number of comments from "
                               "the review on it.")
    event = obj({"at": TIME, "who": nullable(TEXT), "action": TEXT, "before": nullable({"type": "object"}),
                 "after": nullable({"type": "object"})}, ("at", "who", "action", "before", "after"))
    suggestion = obj({"source": TEXT, "cue": nullable(TEXT), "confidence": {"type": "number", "minimum": 0,
                                                                             "maximum": 1}},
                     ("source", "cue", "confidence"))
    evidence = obj({"url": TEXT, "quote": TEXT}, ("url", "quote"))
    fact_check = obj({"id": ID, "organisation": TEXT, "organisation_url": nullable(TEXT), "rating": TEXT, "url": TEXT,
                      "claim_reviewed": TEXT, "claim_author": nullable(TEXT), "language": nullable(TEXT),
                      "date_published": nullable(TIME)},
                     ("organisation", "rating", "url", "claim_reviewed"))
    checked_before = obj(
        {"cluster_id": ID, "status": nullable({"enum": [s for s in STATUSES if s != "unverified"]}),
         "articles": COUNT, "conflict": {"type": "boolean"},
         "verdicts": {"type": "object", "additionalProperties": COUNT},
         "claim_type": nullable({"enum": list(CLAIM_TYPES)}), "source_id": nullable(ID), "source": nullable(TEXT),
         "evidence": array(evidence), "fact_checks": array(fact_check)},
        ("cluster_id", "status", "articles", "conflict", "verdicts", "claim_type", "source_id", "source", "evidence",
         "fact_checks"),
        description="What was decided before about the same claim in other articles (`status`: the verdict given "
                    "most, with the `claim_type`, `source` and `evidence` of its latest decision; `conflict`: other "
                    "verdicts too), and external fact-checks of it.")
    return {
        "WorkspaceSentence": sentence,
        "WorkspaceWindow": obj({"items": array(ref("WorkspaceSentence")), "total": COUNT}, ("items", "total"),
                               description="`total`: the sentences of the article."),
        "WorkspacePanel": obj(
            {"sentence": ref("WorkspaceSentence"), "annotation": ref("Annotation"), "history": array(event),
             "comments": array(obj({"body": TEXT, "author": nullable(TEXT)}, ("body", "author"))),
             "suggestion": nullable(suggestion), "checked_before": nullable(checked_before),
             "previous_id": nullable(ID), "next_id": nullable(ID)},
            ("sentence", "annotation", "history", "comments", "suggestion", "checked_before", "previous_id",
             "next_id")),
    }


def desk_schemas() -> dict:
    """Agreement, disagreements, the dashboard's figures, and the task actions' bodies."""
    figure = {"anyOf": [{"type": "number"}, {"type": "null"}]}
    field = obj({"alpha": figure, "fleiss_kappa": figure, "units": COUNT,
                     "pairs": array(obj({"reviewers": array(TEXT, minItems=2, maxItems=2), "kappa": figure,
                                             "units": COUNT}, ("reviewers", "kappa", "units")))},
                    ("alpha", "fleiss_kappa", "units", "pairs"))
    judgement = obj({"reviewer": TEXT, "claim_type": {"enum": list(CLAIM_TYPES)},
                         "status": {"enum": list(STATUSES)}, "source_id": nullable(ID),
                         "span": nullable({"type": "object"}), "note": TEXT, "evidence": array({"type": "object"})},
                        ("reviewer", "claim_type", "status", "source_id", "span", "note", "evidence"))
    stats_keys = ("collection", "tasks_by_state", "progress_per_collection", "overdue", "annotations_per_day",
                  "reviewers", "distribution", "agreement", "adjudication_backlog")
    return {
        "FieldAgreement": field,
        "Agreement": obj({"fields": obj(dict.fromkeys(("claim_type", "status", "source"), field),
                                                ("claim_type", "status", "source"))}, ("fields",)),
        "DisagreementPage": obj({"items": array(obj({"sentence_id": ID, "article_id": ID,
                                                             "annotations": array(judgement)},
                                                            ("sentence_id", "article_id", "annotations"))),
                                     "next_cursor": nullable(ID)}, ("items", "next_cursor")),
        "Stats": obj({key: {} for key in stats_keys}, stats_keys,
                         description="Every figure of the dashboard: counts by state and day, overdue tasks, "
                                     "reviewers, distributions, agreement (as GET /agreement) and the backlog."),
        "TaskReturn": obj({"reason": {"type": "string", "minLength": 1, "maxLength": 2000},
                               "comments": array(obj({"sentence_id": ID, "body": {"type": "string",
                                                                                      "maxLength": 2000}},
                                                         ("sentence_id", "body")))},
                              ("reason",), closed=False, description="Comments reach the reviewer on those "
                                                                     "sentences; other fields are ignored."),
        "TaskReassign": obj({"reviewer_id": ID}, ("reviewer_id",), closed=False),
        "TaskRevoked": obj({"revoked": {"type": "object"}}, ("revoked",)),
    }
