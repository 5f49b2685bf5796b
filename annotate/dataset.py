"""The dataset's export formats (SPEC §4), as pure functions over plain records.

No Flask, no database: ``services/export.py`` reads batches of articles as plain dicts (the
shape of one article in the ``json`` format) and the writers here turn them into text, a
piece at a time, so that no format ever holds the whole dataset in memory.
"""

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotate.labels import CLAIM_TYPES, CLAIMBUSTER, HANDED_IN_STATES, SOURCE_KINDS, STATUSES

SCHEMA_VERSION = 1
# JSON Schemas shipped with the package: the json document, and one line of jsonl.
SCHEMAS = {"json": Path(__file__).parent / "schemas" / "export-json.schema.json",
           "jsonl": Path(__file__).parent / "schemas" / "export-jsonl.schema.json"}
FORMATS = ("json", "jsonl", "csv", "claimreview", "labelstudio")
MEDIA_TYPES = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv",
               "claimreview": "application/ld+json", "labelstudio": "application/json"}
# A download's file name ends so, one ending per format (two json files are told apart).
EXTENSIONS = {"json": "json", "jsonl": "jsonl", "csv": "csv", "claimreview": "claimreview.json",
              "labelstudio": "labelstudio.json"}


def label_set() -> dict:
    """The label set an export was made with."""
    return {"claim_type": list(CLAIM_TYPES), "status": list(STATUSES),
            "source_kind": list(SOURCE_KINDS), "claimbuster": dict(CLAIMBUSTER)}


def final_label(annotations: list[dict], tasks: dict[int, str], stored: dict | None) -> dict | None:
    """A sentence's final label: the admin's decision, else the reviewers' unanimous one.

    ``tasks`` maps each reviewer with a task on the article to the task's state. Unanimous:
    every one of those tasks is handed in (submitted or accepted), each of their reviewers has
    decided the sentence (a claim type), and all agree on claim type, source and status. The
    annotation of a reviewer without a task here (revoked, or reassigned away) never counts. An
    adjudicated label stands whatever the states. A stored label with method "unanimous" (a
    json import brings them) stands only while the article has no tasks here; once it has,
    its reviewers decide again.
    """
    if stored is not None and (stored["method"] != "unanimous" or not tasks):
        return stored
    if not annotations or not tasks or any(state not in HANDED_IN_STATES for state in tasks.values()):
        return None
    decided = {a["reviewer_id"]: a for a in annotations if a["claim_type"] is not None and a["reviewer_id"] in tasks}
    if len(decided) != len(tasks):
        return None
    labels = {(a["claim_type"], a["source_id"], a["status"]) for a in decided.values()}
    if len(labels) != 1:
        return None
    claim_type, source_id, status = labels.pop()
    return {"claim_type": claim_type, "source_id": source_id, "status": status,
            "method": "unanimous", "decided_by": None,
            "decided_at": max(a["updated_at"] for a in decided.values())}


# --- json -------------------------------------------------------------------------------------

# Characters that JSON may hold raw in a string but that line readers (Python's splitlines, many
# editors and JavaScript before ES2019) take for a line break: written as \u escapes, so that every
# item of a file written a line at a time stays on its line.
_LINE_BREAKS = (("\u2028", "\\u2028"), ("\u2029", "\\u2029"), ("\u0085", "\\u0085"))


def to_json(value) -> str:
    """``value`` as JSON text on one line: UTF-8 characters as they are, line separators escaped."""
    text = json.dumps(value, ensure_ascii=False)
    for character, escaped in _LINE_BREAKS:
        if character in text:  # a scan at C speed; the replacement only when needed
            text = text.replace(character, escaped)
    return text


def write_json(header: dict, sources: list[dict], articles: Iterable[dict]) -> Iterator[str]:
    """One JSON document: header fields, ``sources`` and ``articles``, streamed."""
    head = to_json({**header, "sources": sources})
    yield head[:-1] + ', "articles": ['
    for number, article in enumerate(articles):
        yield ("," if number else "") + "\n" + to_json(article)
    yield "\n]}\n"


def write_json_array(items: Iterable[dict]) -> Iterator[str]:
    """A JSON array, one item a line."""
    yield "["
    for number, item in enumerate(items):
        yield ("," if number else "") + "\n" + to_json(item)
    yield "\n]\n"
