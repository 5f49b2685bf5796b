"""Benchmark the dataset export (issue 5, SPEC §5) against its floor, in one run.

Usage: python bench/export.py [--runs N] [--formats json,jsonl,...] [--traced json,jsonl] [--keep DIR]

Builds a synthetic corpus (bench/_corpus.py: 10,000 articles, 250,000 sentences, 50,000
annotations) and a 400-article, 10,000-sentence subset in throwaway SQLite databases. For each
format it times ``export.stream`` (median of N runs, each in a fresh forked process writing a
file) against the FLOOR, measured alternately in the same run: one SQL query (sqlite3) that
fetches the same records joined, builds them in memory and dumps them at once with json.dumps
or a csv writer. Memory: peak RSS growth of every run (VmHWM reset through clear_refs, Linux)
and the tracemalloc peak of a separate traced run (json and jsonl by default: tracemalloc makes
the export ~6x slower). Flatness compares ours at 10,000 and 250,000 sentences. The files
written are parsed back and counted. Prints PASS/FAIL per bar; exits non-zero on a FAIL.
"""

import argparse
import contextlib
import csv
import io
import json
import os
import select
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
import traceback
import tracemalloc
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from _corpus import CLAIMREVIEW_SETTINGS, build_corpus  # noqa: E402

FORMATS = ("json", "jsonl", "csv", "claimreview", "labelstudio")
FULL = {"articles": 10_000, "sentences_per_article": 25, "annotations": 50_000}
SUBSET = {"articles": 400, "sentences_per_article": 25, "annotations": 2_000}
RUNS, MAX_RUNS = 3, 7
CHILD_TIMEOUT = 150.0  # seconds; a run that takes longer is killed and reported
RATIO_BAR = 2.0
GROWTH_BAR_MB = 50.0
# Quoted from SPEC §5 / issue 5, measured elsewhere on this kind of machine, not here.
LS_TASKS, LS_SECONDS, LS_MEMORY_MB = 10_000, 9.0, 500
MB = 1024 * 1024
VERDICTS = {"supported": (5, "True"), "refuted": (1, "False"), "misleading": (3, "Misleading"),
            "unverifiable": (None, "Unverifiable")}


# --- measuring in a forked child --------------------------------------------------------------

def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure(work, traced: bool = False) -> dict:
    """Run ``work()`` (returns a dict) in a forked child; add seconds, peak RSS growth, peak
    traced memory. The child starts from the parent's state, so runs do not warm each other."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        try:
            with contextlib.suppress(OSError):
                Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
            rss0 = _status_kb("VmRSS")
            if traced:
                tracemalloc.start()
            started = time.perf_counter()
            result = work()
            result["seconds"] = time.perf_counter() - started
            if traced:
                result["traced_peak"] = tracemalloc.get_traced_memory()[1] / MB
                tracemalloc.stop()
            result["rss_growth"] = (_status_kb("VmHWM") - rss0) / 1024
        except BaseException:
            result = {"error": traceback.format_exc()}
        os.write(write_end, json.dumps(result).encode())
        os._exit(0)
    os.close(write_end)
    chunks, deadline = [], time.monotonic() + CHILD_TIMEOUT
    try:
        while True:
            if not select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))[0]:
                os.kill(pid, signal.SIGKILL)
                raise RuntimeError(f"a measured run took more than {CHILD_TIMEOUT:.0f} s; killed")
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    result = json.loads(b"".join(chunks) or b'{"error": "the child died without a result"}')
    if "error" in result:
        raise RuntimeError(result["error"])
    return result


class Sink:
    """Where an export goes: a UTF-8 file (``os.devnull`` unless a path is given); counts the
    characters written."""

    def __init__(self, path=os.devnull):
        # The handle outlives __init__ (written by write(), closed by close()), so no `with` fits.
        self.file = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        self.chars = 0

    def write(self, piece: str) -> None:
        self.chars += len(piece)
        self.file.write(piece)

    def close(self) -> None:
        self.file.close()


# --- ours --------------------------------------------------------------------------------------

def ours(app, fmt: str, path=os.devnull):
    """The export as the CLI runs it: ``export.stream`` in an app context, piece by piece."""
    def work() -> dict:
        from annotate.services import export

        articles = [0]
        sink = Sink(path)
        with app.app_context():
            pieces = export.stream(fmt, export.parse_filter({}), app.config,
                                   on_batch=lambda n: articles.__setitem__(0, articles[0] + n))
            for piece in pieces:
                sink.write(piece)
        sink.close()
        return {"articles": articles[0], "chars": sink.chars}
    return work


# --- the floor: one query, records in memory, one dump -------------------------------------------

ARTICLES_SQL = """
SELECT a.id, CASE WHEN s.position = 0 THEN a.text END, a.text_sha256, a.title, a.url, a.publisher,
       a.published_at, a.language, a.external_id, a.meta, a.created_at,
       s.id, s.position, s.start, s."end", s.kind,
       n.id, u.username, n.reviewer_id, n.claim_type, n.source_id, n.status, n.note, n.evidence,
       n.span_start, n.span_end, n.version, n.created_at, n.updated_at, t.state,
       f.claim_type, f.source_id, f.status, f.method, d.username, f.decided_at
FROM sentence s JOIN article a ON a.id = s.article_id
LEFT JOIN annotation n ON n.sentence_id = s.id LEFT JOIN user u ON u.id = n.reviewer_id
LEFT JOIN task t ON t.article_id = s.article_id AND t.reviewer_id = n.reviewer_id
LEFT JOIN final_label f ON f.sentence_id = s.id LEFT JOIN user d ON d.id = f.decided_by_id
ORDER BY s.article_id, s.position, n.reviewer_id
"""
# Only the labelled sentences (what jsonl, csv and claimreview hold), their text cut in SQL.
# Both queries read an annotation only with its task (the export leaves out work without one).
CLAIMS_SQL = """
SELECT a.id, a.title, a.url, a.publisher, a.published_at,
       s.id, s.position, s.start, s."end", s.kind, substr(a.text, s.start + 1, s."end" - s.start),
       n.id, u.username, n.reviewer_id, n.claim_type, n.source_id, n.status, n.note, n.evidence,
       n.span_start, n.span_end, n.version, n.created_at, n.updated_at, t.state,
       f.claim_type, f.source_id, f.status, f.method, d.username, f.decided_at
FROM annotation n JOIN sentence s ON s.id = n.sentence_id JOIN article a ON a.id = s.article_id
JOIN task t ON t.article_id = s.article_id AND t.reviewer_id = n.reviewer_id
JOIN user u ON u.id = n.reviewer_id
LEFT JOIN final_label f ON f.sentence_id = s.id LEFT JOIN user d ON d.id = f.decided_by_id
ORDER BY n.sentence_id, n.reviewer_id
"""


def _annotation(row, base: int) -> dict:
    (annotation_id, username, reviewer_id, claim_type, source_id, status, note, evidence,
     span_start, span_end, version, created_at, updated_at, task_state) = row[base:base + 14]
    return {"id": annotation_id, "reviewer": username, "reviewer_id": reviewer_id, "task_state": task_state,
            "claim_type": claim_type, "source_id": source_id, "status": status, "note": note,
            "evidence": [] if evidence == "[]" else json.loads(evidence),
            "span": None if span_start is None else {"start": span_start, "end": span_end},
            "version": version, "created_at": created_at, "updated_at": updated_at}


def _final(row, base: int, annotations: list[dict]) -> dict | None:
    """The adjudicated label, else a unanimous one among handed-in work, else None (the floor's
    shortcut: the annotations stand for the article's tasks)."""
    if not annotations and row[base + 3] is None:
        return None
    if row[base + 3] is not None:
        return dict(zip(("claim_type", "source_id", "status", "method", "decided_by", "decided_at"),
                        row[base:base + 6], strict=True))
    labels = {(a["claim_type"], a["source_id"], a["status"]) for a in annotations}
    if len(annotations) < 2 or len(labels) != 1 or annotations[0]["claim_type"] is None or any(
            a["task_state"] not in ("submitted", "accepted") for a in annotations):
        return None
    claim_type, source_id, status = labels.pop()
    return {"claim_type": claim_type, "source_id": source_id, "status": status, "method": "unanimous",
            "decided_by": None, "decided_at": max(a["updated_at"] for a in annotations)}


def floor_articles(connection) -> list[dict]:
    """Every article with its sentences, annotations and final labels, from one query."""
    articles, article, sentence = [], None, None
    for row in connection.execute(ARTICLES_SQL):
        if article is None or row[0] != article["id"]:
            if sentence is not None:
                sentence["final"] = _final(sentence.pop("_row"), 30, sentence["annotations"])
            sentence = None
            article = {"id": row[0], "text": row[1], "text_sha256": row[2], "title": row[3], "url": row[4],
                       "publisher": row[5], "published_at": row[6], "language": row[7],
                       "external_id": row[8], "meta": json.loads(row[9]), "created_at": row[10],
                       "sentences": []}
            articles.append(article)
        if sentence is None or row[11] != sentence["id"]:
            if sentence is not None:
                sentence["final"] = _final(sentence.pop("_row"), 30, sentence["annotations"])
            start, end = row[13], row[14]
            sentence = {"id": row[11], "position": row[12], "start": start, "end": end,
                        "text": article["text"][start:end], "kind": row[15], "annotations": [],
                        "final": None, "_row": row}
            article["sentences"].append(sentence)
        if row[16] is not None and row[29] is not None:  # an annotation, with its task
            sentence["annotations"].append(_annotation(row, 16))
    if sentence is not None:
        sentence["final"] = _final(sentence.pop("_row"), 30, sentence["annotations"])
    return articles


def floor_claims(connection) -> list[tuple]:
    """(first row, annotations, final) per labelled sentence, from one query."""
    claims, current, annotations = [], None, []
    for row in connection.execute(CLAIMS_SQL):
        if current is None or row[5] != current[5]:
            if current is not None:
                claims.append((current, annotations, _final(current, 25, annotations)))
            current, annotations = row, []
        annotations.append(_annotation(row, 11))
    if current is not None:
        claims.append((current, annotations, _final(current, 25, annotations)))
    return claims


def _flat_row(row, annotations: list[dict], final: dict | None, sources: dict) -> dict:
    final = final or {}
    source = sources.get(final.get("source_id")) or {}
    spans = [a["span"] or {"start": -1, "end": -1} for a in annotations]
    return {"schema_version": 1, "article_id": row[0], "article_title": row[1] or "",
            "article_url": row[2] or "", "article_publisher": row[3] or "",
            "article_published_at": row[4] or "", "sentence_id": row[5], "sentence_position": row[6],
            "sentence_start": row[7], "sentence_end": row[8], "sentence_kind": row[9],
            "sentence_text": row[10],
            "final_claim_type": final.get("claim_type") or "", "final_status": final.get("status") or "",
            "final_source_id": final.get("source_id") or -1, "final_source_name": source.get("name", ""),
            "final_source_kind": source.get("kind", ""), "final_method": final.get("method") or "",
            "n_annotations": len(annotations), "reviewers": [a["reviewer"] for a in annotations],
            "reviewer_task_states": [a["task_state"] for a in annotations],
            "reviewer_claim_types": [a["claim_type"] or "" for a in annotations],
            "reviewer_statuses": [a["status"] for a in annotations],
            "reviewer_sources": [(sources.get(a["source_id"]) or {}).get("name", "") for a in annotations],
            "reviewer_span_starts": [span["start"] for span in spans],
            "reviewer_span_ends": [span["end"] for span in spans],
            "reviewer_span_texts": [row[10][span["start"] - row[7]:span["end"] - row[7]] if span["start"] >= 0 else ""
                                    for span in spans],
            "reviewer_notes": [a["note"] for a in annotations],
            "reviewer_evidence_urls": [[e["url"] for e in a["evidence"]] for a in annotations],
            "reviewer_evidence_quotes": [[e["quote"] for e in a["evidence"]] for a in annotations]}


def _claim_review(row, final: dict, sources: dict) -> dict:
    value, name = VERDICTS[final["status"]]
    rating = {"@type": "Rating", "bestRating": 5, "worstRating": 1, "alternateName": name}
    if value is not None:
        rating["ratingValue"] = value
    source = sources.get(final["source_id"])
    author = ({"@type": "Person" if source["kind"] == "person" else "Organization", "name": source["name"]}
              if source else {"@type": "Organization", "name": row[3] or "unknown publisher"})
    return {"@context": "https://schema.org", "@type": "ClaimReview",
            "url": f"http://127.0.0.1:5000/articles/{row[0]}#s{row[5]}", "claimReviewed": row[10],
            "reviewRating": rating,
            "itemReviewed": {"@type": "Claim", "author": author, "datePublished": (row[4] or "")[:10],
                             "appearance": {"@type": "CreativeWork", "url": row[2], "headline": row[1],
                                            "datePublished": row[4]}},
            "author": {"@type": "Organization", "name": "annotate fact-check desk"},
            "schemaVersion": "annotate-export/1", "datePublished": (final["decided_at"] or "")[:10],
            "identifier": f"sentence-{row[5]}"}


def _label_studio(article: dict, sources: dict) -> dict:
    by_reviewer: dict[str, list] = {}
    for sentence in article["sentences"]:
        for a in sentence["annotations"]:
            if a["claim_type"] is None:
                continue
            span = a["span"] or sentence
            where = {"start": span["start"], "end": span["end"],
                     "text": article["text"][span["start"]:span["end"]]}
            lines = [f"reviewer: {a['reviewer']}", f"task_state: {a['task_state']}"] + (
                [f"note: {a['note']}"] if a["note"] else []) + [
                "evidence: " + " ".join(x for x in (e["url"], e["quote"]) if x) for e in a["evidence"]]
            extra = {"meta": {"text": ["\n".join(lines)]}}
            region = {"id": f"a{a['id']}", "to_name": "text", "origin": "manual"}
            results = [{**region, "from_name": "claim_type", "type": "labels",
                        "value": {**where, "labels": [a["claim_type"]]}, **extra},
                       {**region, "from_name": "status", "type": "choices",
                        "value": {**where, "choices": [a["status"]]}, **extra}]
            if a["source_id"] in sources:
                results.append({**region, "from_name": "source", "type": "textarea",
                                "value": {**where, "text": [sources[a["source_id"]]["name"]]}, **extra})
            by_reviewer.setdefault(a["reviewer"], []).extend(results)
    return {"data": {"schema_version": 1, "text": article["text"], "title": article["title"] or "",
                     "article_id": article["id"], "url": article["url"] or "",
                     "publisher": article["publisher"] or "", "published_at": article["published_at"] or "",
                     "language": article["language"] or "", "external_id": article["external_id"] or "",
                     "meta": article["meta"]},
            "annotations": [{"result": results, "meta": {"reviewer": reviewer}}
                            for reviewer, results in by_reviewer.items()]}


def _csv_dump(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    fields = list(rows[0]) if rows else []
    writer.writerow(fields)
    writer.writerows([(json.dumps(v, ensure_ascii=False) if isinstance(v, list) else
                       "'" + v if isinstance(v, str) and v.startswith(("=", "+", "-", "@", "\t", "\r")) else v)
                      for v in row.values()] for row in rows)
    return buffer.getvalue()


def floor(db_path: str, fmt: str, path=os.devnull):
    """The floor for ``fmt``: the query, the records in memory, one dump, written to the sink."""
    def work() -> dict:
        connection = sqlite3.connect(db_path)
        sources = {r[0]: {"id": r[0], "name": r[1], "kind": r[2]}
                   for r in connection.execute("SELECT id, name, kind FROM source")}
        if fmt in ("json", "labelstudio"):
            articles = floor_articles(connection)
            if fmt == "json":
                text = json.dumps({"schema_version": 1, "exported_at": "", "sources": list(sources.values()),
                                   "articles": articles}, ensure_ascii=False)
            else:
                text = json.dumps([_label_studio(article, sources) for article in articles], ensure_ascii=False)
        else:
            claims = floor_claims(connection)
            if fmt == "claimreview":
                text = json.dumps([_claim_review(row, final, sources) for row, _, final in claims
                                   if final and final["status"] in VERDICTS], ensure_ascii=False)
            else:
                rows = [_flat_row(row, annotations, final, sources) for row, annotations, final in claims]
                text = ("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) if fmt == "jsonl"
                        else _csv_dump(rows))
        connection.close()
        sink = Sink(path)
        sink.write(text)
        sink.close()
        return {"chars": sink.chars}
    return work


# --- correctness -------------------------------------------------------------------------------

def _count_records(fmt: str, path: Path) -> int:
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as handle:
            return sum(1 for line in handle if json.loads(line))
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as handle:
            return sum(1 for _ in csv.reader(handle)) - 1
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    return len(document["articles"]) if fmt == "json" else len(document)


def labelled_sentences(db_path: str) -> int:
    """Sentences with at least one annotation in a task, or a final label (one jsonl line each)."""
    with sqlite3.connect(db_path) as connection:
        return connection.execute(
            "SELECT COUNT(*) FROM (SELECT n.sentence_id FROM annotation n JOIN sentence s ON s.id = n.sentence_id "
            "JOIN task t ON t.article_id = s.article_id AND t.reviewer_id = n.reviewer_id "
            "UNION SELECT sentence_id FROM final_label)").fetchone()[0]


# --- the run -----------------------------------------------------------------------------------

def make_corpus(directory: Path, name: str, sizes: dict):
    """Build a corpus in a child process (the parent stays small, so the RSS growth of later
    forked runs is not hidden by memory the build freed); return the app, path and counts."""
    from annotate import create_app

    path = directory / f"{name}.db"
    app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": f"sqlite:///{path}", **CLAIMREVIEW_SETTINGS})

    def work() -> dict:
        with app.app_context():
            return build_corpus(**sizes)
    summary = measure(work)
    summary["build_seconds"] = summary.pop("seconds")
    return app, str(path), summary


def time_formats(app, db_path, directory: Path, formats, runs, traced_formats) -> dict:
    """Ours and the floor, alternately, ``runs`` times per format, each writing a file; the
    first file of ours is parsed back and counted. Plus one traced run of ours where asked
    (tracemalloc slows the export several times over, so not every format by default)."""
    results = {}
    for fmt in formats:
        mine, floors, path = [], [], directory / f"export.{fmt}"
        for run in range(runs):
            mine.append(measure(ours(app, fmt, path)))
            if run == 0:
                size = path.stat().st_size
                records = measure(lambda fmt=fmt, path=path: {"records": _count_records(fmt, path)})["records"]
            floors.append(measure(floor(db_path, fmt, path)))
            floor_size = path.stat().st_size
        path.unlink()
        results[fmt] = {
            "ours": statistics.median(r["seconds"] for r in mine),
            "floor": statistics.median(r["seconds"] for r in floors),
            "ours_rss": max(r["rss_growth"] for r in mine), "floor_rss": max(r["rss_growth"] for r in floors),
            "ours_py": measure(ours(app, fmt), traced=True)["traced_peak"] if fmt in traced_formats else None,
            "articles": mine[0]["articles"], "bytes": size, "floor_bytes": floor_size, "records": records,
        }
        print(f"  timed {fmt}", file=sys.stderr, flush=True)
    return results


def subset_memory(app, formats, traced_formats) -> dict:
    """Peak memory of ours on the small corpus: RSS growth, and the traced peak where asked."""
    return {fmt: {"py": measure(ours(app, fmt), traced=True)["traced_peak"] if fmt in traced_formats else None,
                  "rss": measure(ours(app, fmt))["rss_growth"]} for fmt in formats}


def _mb(value) -> str:
    return "-" if value is None else f"{value:.1f}"


def _growth(small, big):
    return None if small is None or big is None else big - small


def print_times(full, timing, formats) -> list[str]:
    """The time table; return the failed time bars."""
    print(f"\nexport benchmark: {full['articles']:,} articles, {full['sentences']:,} sentences, "
          f"{full['annotations']:,} annotations ({full['reviewers']} reviewers, {full['tasks']:,} tasks, "
          f"{full['adjudicated']} adjudicated final labels); corpus built in {full['build_seconds']:.1f} s")
    print("time: median of runs, each in a fresh fork writing a file; floor = one sqlite3 query of the "
          "same records, built in memory, one json.dumps / csv writer dump")
    print(f"{'format':<12}{'ours s':>7}{'floor s':>8}{'ratio':>6}{'records':>8}{'rec/s':>7}{'art/s':>6}"
          f"{'MB out':>7}{'floor MB':>9}{'py peak':>8}{'RSS +MB':>8}{'floor RSS':>10}")
    failures = []
    for fmt in formats:
        t = timing[fmt]
        ratio = t["ours"] / t["floor"]
        print(f"{fmt:<12}{t['ours']:>7.2f}{t['floor']:>8.2f}{ratio:>6.2f}{t['records']:>8,}"
              f"{t['records'] / t['ours']:>7,.0f}{t['articles'] / t['ours']:>6,.0f}{t['bytes'] / MB:>7.1f}"
              f"{t['floor_bytes'] / MB:>9.1f}{_mb(t['ours_py']):>8}{t['ours_rss']:>8.1f}{t['floor_rss']:>10.1f}")
        if ratio > RATIO_BAR:
            failures.append(f"{fmt} time {ratio:.2f}x the floor")
    return failures


def print_memory(full, subset, timing, memory, formats) -> list[str]:
    """The memory-flatness table; return the failed memory bars."""
    print(f"\nmemory of ours at {subset['sentences']:,} vs {full['sentences']:,} sentences, MB "
          f"(py = tracemalloc peak, traced run; RSS = peak RSS growth, untraced run)")
    print(f"{'format':<12}{'py small':>9}{'py full':>8}{'growth':>8}{'RSS small':>10}{'RSS full':>9}{'growth':>8}")
    failures = []
    for fmt in formats:
        small, big = memory[fmt], timing[fmt]
        py, rss = _growth(small["py"], big["ours_py"]), _growth(small["rss"], big["ours_rss"])
        print(f"{fmt:<12}{_mb(small['py']):>9}{_mb(big['ours_py']):>8}{'-' if py is None else f'{py:+.1f}':>8}"
              f"{small['rss']:>10.1f}{big['ours_rss']:>9.1f}{rss:>+8.1f}")
        worst = max(g for g in (py, rss) if g is not None)
        big["growth"] = worst
        if worst > GROWTH_BAR_MB:
            failures.append(f"{fmt} memory {worst:+.1f} MB")
    return failures


def print_checks(full, timing, expected_lines) -> list[str]:
    """Light correctness of the files written; return what is wrong."""
    print("\ncorrectness (the files ours wrote, parsed back):")
    checks = []
    if "json" in timing:
        checks.append(("json parses and holds", timing["json"]["records"], full["articles"], "articles"))
    if "jsonl" in timing:
        checks.append(("jsonl lines", timing["jsonl"]["records"], expected_lines,
                       "sentences with annotations"))
    if "csv" in timing:
        checks.append(("csv rows", timing["csv"]["records"], expected_lines, "sentences with annotations"))
    failures = []
    for name, got, expected, what in checks:
        ok = got == expected
        print(f"  {name} {got:,}, expected {expected:,} {what}: {'ok' if ok else 'WRONG'}")
        ok or failures.append(f"{name} {got:,} != {expected:,}")
    return failures


def print_reference(full, timing) -> None:
    if "json" not in timing:
        return
    rate, quoted = timing["json"]["articles"] / timing["json"]["ours"], LS_TASKS / LS_SECONDS
    print(f"\nreference, QUOTED from SPEC §5 / issue 5 (not measured here): Label Studio 1.23 exports "
          f"{LS_TASKS:,} tasks as JSON in ~{LS_SECONDS:.0f} s (~{quoted:,.0f} tasks/s) at ~{LS_MEMORY_MB} MB")
    print(f"  measured here: ours json {rate:,.0f} articles/s of ~{full['sentences'] // full['articles']} "
          f"sentences ({rate / quoted:.1f}x the quoted rate), peak RSS growth {timing['json']['ours_rss']:.0f} MB")


def print_verdicts(timing, formats, failures) -> None:
    print()
    for fmt in formats:
        ratio = timing[fmt]["ours"] / timing[fmt]["floor"]
        print(f"{'PASS' if ratio <= RATIO_BAR else 'FAIL'}  {fmt:<12} time <= {RATIO_BAR:.0f}x floor: {ratio:.2f}x")
    for fmt in formats:
        growth = timing[fmt]["growth"]
        print(f"{'PASS' if growth <= GROWTH_BAR_MB else 'FAIL'}  {fmt:<12} memory growth 10k -> 250k sentences "
              f"<= +{GROWTH_BAR_MB:.0f} MB: {growth:+.1f} MB")
    print("FAIL: " + "; ".join(failures) if failures else "PASS: all bars met")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"timed runs per format (3..{MAX_RUNS})")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated formats")
    parser.add_argument("--traced", default="json,jsonl",
                        help="formats whose full export also gets a tracemalloc run (slow: ~6x)")
    parser.add_argument("--keep", type=Path, help="build the databases in this directory and keep them")
    args = parser.parse_args()
    runs = min(max(args.runs, 3), MAX_RUNS)
    formats = [f for f in args.formats.split(",") if f]
    traced = {f for f in args.traced.split(",") if f}
    if set(formats) - set(FORMATS) or traced - set(FORMATS):
        parser.error(f"formats are {', '.join(FORMATS)}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="annotate-bench-export-") as scratch:
        directory = args.keep or Path(scratch)
        directory.mkdir(parents=True, exist_ok=True)
        for name in ("full.db", "subset.db"):
            for suffix in ("", "-wal", "-shm"):
                (directory / (name + suffix)).unlink(missing_ok=True)
        print("building the corpora...", file=sys.stderr, flush=True)
        full_app, full_path, full = make_corpus(directory, "full", FULL)
        subset_app, _, subset = make_corpus(directory, "subset", SUBSET)
        timing = time_formats(full_app, full_path, directory, formats, runs, traced)
        memory = subset_memory(subset_app, formats, traced)
        failures = print_times(full, timing, formats)
        failures += print_memory(full, subset, timing, memory, formats)
        failures += print_checks(full, timing, labelled_sentences(full_path))
        print_reference(full, timing)
        print_verdicts(timing, formats, failures)
    print(f"total run time {time.perf_counter() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
