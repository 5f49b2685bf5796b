"""The dataset's export formats (SPEC §4), as pure functions over plain records.

No Flask, no database: ``services/export.py`` reads batches of articles as plain dicts (the
shape of one article in the ``json`` format) and the writers here turn them into text, a
piece at a time, so that no format ever holds the whole dataset in memory.
"""

import csv
import io
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
EXTENSIONS = {"json": "json", "jsonl": "jsonl", "csv": "csv", "claimreview": "jsonld",
              "labelstudio": "json"}
# ClaimReview rating per status: (ratingValue or None, alternateName); "unverified" is not rated.
RATINGS = {"supported": (5, "True"), "refuted": (1, "False"), "misleading": (3, "Misleading"),
           "unverifiable": (None, "Unverifiable")}
PERSON_KINDS = frozenset({"person"})


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

def write_json(header: dict, sources: list[dict], articles: Iterable[dict]) -> Iterator[str]:
    """One JSON document: header fields, ``sources`` and ``articles``, streamed."""
    head = json.dumps({**header, "sources": sources}, ensure_ascii=False)
    yield head[:-1] + ', "articles": ['
    for number, article in enumerate(articles):
        yield ("," if number else "") + "\n" + json.dumps(article, ensure_ascii=False)
    yield "\n]}\n"


# --- jsonl and csv: one flat row per sentence with any label ----------------------------------

ROW_FIELDS = (
    "schema_version", "article_id", "article_title", "article_url", "article_publisher", "article_published_at",
    "sentence_id", "sentence_position", "sentence_start", "sentence_end", "sentence_kind",
    "sentence_text", "span_start", "span_end", "span_text",
    "final_claim_type", "final_status", "final_source_id", "final_source_name",
    "final_source_kind", "final_method",
    "n_annotations", "reviewers", "reviewer_task_states", "reviewer_claim_types", "reviewer_statuses",
    "reviewer_sources", "evidence_urls", "evidence_quotes", "notes", "annotations_json",
)


def rows(articles: Iterable[dict], sources: dict[int, dict]) -> Iterator[dict]:
    """Flat rows, the same keys and types on every line: missing text is "", a missing
    number is -1 (no column is ever null, so tools infer one type per column)."""
    for article in articles:
        for sentence in article["sentences"]:
            if sentence["annotations"] or sentence["final"]:
                yield _row(article, sentence, sources)


def _row(article: dict, sentence: dict, sources: dict[int, dict]) -> dict:
    annotations, final = sentence["annotations"], sentence["final"] or {}
    span = next((a["span"] for a in annotations if a["span"]), None)
    text = article["text"]
    source = sources.get(final.get("source_id") or 0) or {}
    join = " | ".join
    return {
        "schema_version": SCHEMA_VERSION, "article_id": article["id"], "article_title": article["title"] or "",
        "article_url": article["url"] or "", "article_publisher": article["publisher"] or "",
        "article_published_at": article["published_at"] or "",
        "sentence_id": sentence["id"], "sentence_position": sentence["position"],
        "sentence_start": sentence["start"], "sentence_end": sentence["end"],
        "sentence_kind": sentence["kind"], "sentence_text": sentence["text"],
        "span_start": span["start"] if span else -1, "span_end": span["end"] if span else -1,
        "span_text": text[span["start"]:span["end"]] if span else "",
        "final_claim_type": final.get("claim_type") or "", "final_status": final.get("status") or "",
        "final_source_id": final.get("source_id") or -1, "final_source_name": source.get("name", ""),
        "final_source_kind": source.get("kind", ""), "final_method": final.get("method") or "",
        "n_annotations": len(annotations),
        "reviewers": join(a["reviewer"] for a in annotations),
        "reviewer_task_states": join(a["task_state"] for a in annotations),
        "reviewer_claim_types": join(a["claim_type"] or "" for a in annotations),
        "reviewer_statuses": join(a["status"] for a in annotations),
        "reviewer_sources": join((sources.get(a["source_id"]) or {}).get("name", "") for a in annotations),
        "evidence_urls": join(e["url"] for a in annotations for e in a["evidence"]),
        "evidence_quotes": join(e["quote"] for a in annotations for e in a["evidence"]),
        "notes": join(a["note"] for a in annotations if a["note"]),
        "annotations_json": json.dumps(annotations, ensure_ascii=False),
    }


def write_jsonl(rows_: Iterable[dict]) -> Iterator[str]:
    """One JSON object a line."""
    for row in rows_:
        yield json.dumps(row, ensure_ascii=False) + "\n"


FORMULA_STARTS = frozenset("=+-@\t\r")


def neutralise(value):
    """Keep a spreadsheet from reading a cell as a formula (a leading ' makes it text)."""
    if value.__class__ is str and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def write_csv(rows_: Iterable[dict]) -> Iterator[str]:
    """The rows as CSV with a header line, formula-like cells neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(ROW_FIELDS)
    for row in rows_:
        writer.writerow([neutralise(value) for value in row.values()])  # rows keep ROW_FIELDS' order
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


# --- claimreview ------------------------------------------------------------------------------

def claim_reviews(articles: Iterable[dict], sources: dict[int, dict], organization: dict,
                  base_url: str) -> Iterator[dict]:
    """schema.org ClaimReview items for sentences whose final status is a verdict."""
    for article in articles:
        for sentence in article["sentences"]:
            final = sentence["final"]
            if final and final["status"] in RATINGS:
                yield _claim_review(article, sentence, final, sources, organization, base_url)


def _claim_review(article, sentence, final, sources, organization, base_url) -> dict:
    value, name = RATINGS[final["status"]]
    rating = {"@type": "Rating", "bestRating": 5, "worstRating": 1, "alternateName": name}
    if value is not None:
        rating["ratingValue"] = value
    source = sources.get(final["source_id"])
    if source is not None:
        claim_author = {"@type": "Person" if source["kind"] in PERSON_KINDS else "Organization",
                        "name": source["name"]}
    else:  # the article itself asserts it: its publisher is the author
        claim_author = {"@type": "Organization", "name": article["publisher"] or "unknown publisher"}
    appearance = {"@type": "CreativeWork", "url": article["url"] or f"{base_url}/articles/{article['id']}"}
    if article["title"]:
        appearance["headline"] = article["title"]
    if article["published_at"]:
        appearance["datePublished"] = article["published_at"]
    item = {"@type": "Claim", "author": claim_author, "appearance": appearance}
    if article["published_at"]:
        item["datePublished"] = article["published_at"][:10]
    return {
        "@context": "https://schema.org", "@type": "ClaimReview",
        "url": f"{base_url}/articles/{article['id']}#s{sentence['id']}",
        "claimReviewed": sentence["text"], "reviewRating": rating, "itemReviewed": item,
        "author": organization, "schemaVersion": f"annotate-export/{SCHEMA_VERSION}",
        "datePublished": (final["decided_at"] or "")[:10],
        "identifier": f"sentence-{sentence['id']}",
    }


def write_json_array(items: Iterable[dict]) -> Iterator[str]:
    """A JSON array, one item a line."""
    yield "["
    for number, item in enumerate(items):
        yield ("," if number else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield "\n]\n"


# --- labelstudio ------------------------------------------------------------------------------
# A Label Studio project for this format: its labelling config (LABEL_STUDIO_CONFIG, also printed
# by ``annotate label-studio-config``) has the claim type as span labels and, per region,
# the verification status as a choice and the source as a text field. Every result of one
# annotation carries the same region id, so Label Studio shows the three on one region.

def label_studio_tasks(articles: Iterable[dict], sources: dict[int, dict]) -> Iterator[dict]:
    """Label Studio tasks: the article text, one annotation per reviewer with a region per
    decided sentence (its narrower span when it has one) labelled with the claim type, its
    status and source, and the reviewer, task state, note and evidence as the region's meta text."""
    for article in articles:
        by_reviewer: dict[str, list] = {}
        for sentence in article["sentences"]:
            for annotation in sentence["annotations"]:
                if annotation["claim_type"] is not None:
                    by_reviewer.setdefault(annotation["reviewer"], []).extend(
                        _label_studio_region(article["text"], sentence, annotation, sources))
        yield {
            "data": {"schema_version": SCHEMA_VERSION, "text": article["text"], "title": article["title"] or "",
                     "article_id": article["id"], "url": article["url"] or "",
                     "publisher": article["publisher"] or "", "published_at": article["published_at"] or "",
                     "language": article["language"] or "", "external_id": article["external_id"] or "",
                     "meta": article["meta"]},
            "annotations": [{"result": results, "meta": {"reviewer": reviewer}}
                            for reviewer, results in by_reviewer.items()],
        }


def _label_studio_region(text: str, sentence: dict, annotation: dict, sources: dict[int, dict]) -> list[dict]:
    span = annotation["span"] or {"start": sentence["start"], "end": sentence["end"]}
    where = {"start": span["start"], "end": span["end"], "text": text[span["start"]:span["end"]]}
    # Label Studio keeps a region's meta text but drops an annotation's meta: the reviewer goes here.
    lines = [f"reviewer: {annotation['reviewer']}", f"task_state: {annotation['task_state']}"]
    if annotation["note"]:
        lines.append(f"note: {annotation['note']}")
    lines += [f"evidence: {' '.join(filter(None, (e['url'], e['quote'])))}" for e in annotation["evidence"]]
    meta = {"text": ["\n".join(lines)]}

    def result(from_name, kind, value):
        return {"id": f"a{annotation['id']}", "from_name": from_name, "to_name": "text",
                "type": kind, "origin": "manual", "value": value, "meta": meta}

    results = [result("claim_type", "labels", {**where, "labels": [annotation["claim_type"]]}),
               result("status", "choices", {**where, "choices": [annotation["status"]]})]
    source = sources.get(annotation["source_id"])
    if source is not None:  # a per-region text area's value.text is its list of entries
        results.append(result("source", "textarea", {**where, "text": [source["name"]]}))
    return results


def _label_studio_config() -> str:
    def options(tag: str, values: tuple[str, ...]) -> str:
        return "".join(f'\n    <{tag} value="{value}"/>' for value in values)

    return f"""<View>
  <Style>.htx-text {{ white-space: pre-wrap; }}</Style>
  <Labels name="claim_type" toName="text">{options("Label", CLAIM_TYPES)}
  </Labels>
  <Text name="text" value="$text"/>
  <View visibleWhen="region-selected">
    <Header value="Verification status"/>
    <Choices name="status" toName="text" perRegion="true" choice="single">{options("Choice", STATUSES)}
    </Choices>
    <Header value="Source (empty: the article itself)"/>
    <TextArea name="source" toName="text" perRegion="true" maxSubmissions="1" editable="true"/>
  </View>
</View>
"""


LABEL_STUDIO_CONFIG = _label_studio_config()
