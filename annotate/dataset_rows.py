"""The ``jsonl`` and ``csv`` export formats (SPEC §4): one flat row per labelled sentence. Pure,
like annotate/dataset.py, over the same plain article records."""

import csv
import io
from collections.abc import Iterable, Iterator

from annotate.dataset import SCHEMA_VERSION, to_json

# One row per labelled sentence: the sentence and its final label in plain columns, then each
# reviewer's annotation as list columns, one entry per reviewer in the same order in every list
# (SPEC §4's order: reviewer, task state, claim type, status, source, span, note, evidence).
SENTENCE_FIELDS = (
    "schema_version", "article_id", "article_title", "article_url", "article_publisher", "article_published_at",
    "sentence_id", "sentence_position", "sentence_start", "sentence_end", "sentence_kind", "sentence_text",
    "final_claim_type", "final_status", "final_source_id", "final_source_name",
    "final_source_kind", "final_method", "n_annotations", "cluster_id", "fact_check_urls",
)
REVIEWER_FIELDS = (
    "reviewers", "reviewer_task_states", "reviewer_claim_types", "reviewer_statuses", "reviewer_sources",
    "reviewer_span_starts", "reviewer_span_ends", "reviewer_span_texts", "reviewer_notes",
    "reviewer_evidence_urls", "reviewer_evidence_quotes",
)
ROW_FIELDS = SENTENCE_FIELDS + REVIEWER_FIELDS


def rows(articles: Iterable[dict], sources: dict[int, dict]) -> Iterator[dict]:
    """Rows with the same keys and types on every line: a missing text is "", a missing number
    -1 (no value is ever null, so tools infer one type per column); the reviewer columns are
    lists (of strings or numbers; the evidence ones lists of lists of strings)."""
    for article in articles:
        for sentence in article["sentences"]:
            if sentence["annotations"] or sentence["final"]:
                yield _row(article, sentence, sources)


def _row(article: dict, sentence: dict, sources: dict[int, dict]) -> dict:
    annotations, final = sentence["annotations"], sentence["final"] or {}
    text = article["text"]
    source = sources.get(final.get("source_id") or 0) or {}
    spans = [a["span"] or {"start": -1, "end": -1} for a in annotations]
    return {
        "schema_version": SCHEMA_VERSION, "article_id": article["id"], "article_title": article["title"] or "",
        "article_url": article["url"] or "", "article_publisher": article["publisher"] or "",
        "article_published_at": article["published_at"] or "",
        "sentence_id": sentence["id"], "sentence_position": sentence["position"],
        "sentence_start": sentence["start"], "sentence_end": sentence["end"],
        "sentence_kind": sentence["kind"], "sentence_text": sentence["text"],
        "final_claim_type": final.get("claim_type") or "", "final_status": final.get("status") or "",
        "final_source_id": final.get("source_id") or -1, "final_source_name": source.get("name", ""),
        "final_source_kind": source.get("kind", ""), "final_method": final.get("method") or "",
        "n_annotations": len(annotations),
        "cluster_id": sentence.get("cluster_id") if sentence.get("cluster_id") is not None else -1,
        "fact_check_urls": [check["url"] for check in sentence.get("fact_checks", [])],
        "reviewers": [a["reviewer"] for a in annotations],
        "reviewer_task_states": [a["task_state"] for a in annotations],
        "reviewer_claim_types": [a["claim_type"] or "" for a in annotations],
        "reviewer_statuses": [a["status"] for a in annotations],
        "reviewer_sources": [(sources.get(a["source_id"]) or {}).get("name", "") for a in annotations],
        "reviewer_span_starts": [span["start"] for span in spans],
        "reviewer_span_ends": [span["end"] for span in spans],
        "reviewer_span_texts": [text[span["start"]:span["end"]] if span["start"] >= 0 else "" for span in spans],
        "reviewer_notes": [a["note"] for a in annotations],
        "reviewer_evidence_urls": [[e["url"] for e in a["evidence"]] for a in annotations],
        "reviewer_evidence_quotes": [[e["quote"] for e in a["evidence"]] for a in annotations],
    }


def write_jsonl(rows_: Iterable[dict]) -> Iterator[str]:
    """One JSON object a line (line separators inside values escaped: see ``dataset.to_json``)."""
    for row in rows_:
        yield to_json(row) + "\n"


FORMULA_STARTS = frozenset("=+-@\t\r")


def neutralise(value):
    """Keep a spreadsheet from reading a cell as a formula (a leading ' makes it text)."""
    if value.__class__ is str and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def write_csv(rows_: Iterable[dict]) -> Iterator[str]:
    """The rows as CSV with a header line: a list column's cell is its list as JSON (``["rev1",
    "rev2"]``, read back with ``json.loads``), so that no separator inside a note or a URL can
    split it; formula-like cells neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(ROW_FIELDS)
    first = True
    for row in rows_:  # rows keep ROW_FIELDS' order
        writer.writerow([neutralise(value) if value.__class__ is not list else to_json(value)
                         for value in row.values()])
        # The header and the first row go at once (a download shows its first record as soon as
        # jsonl's does), then pieces of 64 KB.
        if first or buffer.tell() > 64 * 1024:
            first = False
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
