"""The ``jsonl`` and ``csv`` export formats (SPEC §4): one flat row per labelled sentence. Pure,
like annotate/dataset.py, over the same plain article records."""

import csv
import io
import json
from collections.abc import Iterable, Iterator

from annotate.dataset import SCHEMA_VERSION

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
