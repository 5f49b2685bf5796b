"""A synthetic, realistic corpus for benchmarks, written through the app's own schema.

Usage (from a benchmark):

    app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": f"sqlite:///{path}"})
    with app.app_context():
        summary = build_corpus(articles=10_000, sentences_per_article=25, annotations=50_000)

The schema comes from the migrations (``upgrade_database``); rows go in with bulk Core inserts in
large batches, so a 250,000-sentence corpus takes seconds. Everything is seeded: the same
arguments give the same database. Articles are ~560 words of news-like prose in ~25 sentences
(a title, paragraphs separated by blank lines, a little non-ASCII and an emoji outside the
BMP), sentence offsets exact. Reviewed articles each get a task for two of the reviewers, who
label the same ~6 sentences and agree about 70% of the time (so unanimous final labels exist);
a few disagreements carry an admin's adjudicated final label. Notes hold commas, quotes, HTML
and formula-like text. With ``audit=True`` each annotation also has the audit trail its saves
left (a "create" event, then an "update" per later version), as the workspace's history reads it.
"""

import contextlib
import hashlib
import io
import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

WORDS = ["the", "government", "said", "on", "Monday", "that", "its", "new", "budget", "would",
         "cut", "spending", "by", "percent", "next", "year", "while", "officials", "in", "the",
         "ministry", "warned", "about", "rising", "prices", "and", "a", "slower", "economy",
         "minister", "president", "spokesman", "agency", "reported", "figures", "showed",
         "unemployment", "fell", "to", "million", "people", "according", "data", "from",
         "statistics", "office", "inflation", "rose", "since", "January", "analysts", "expected",
         "talks", "between", "two", "sides", "ended", "without", "agreement", "election",
         "campaign", "voters", "parliament", "vote", "army", "troops", "border", "city", "region",
         "residents", "police", "arrested", "protesters", "court", "ruled", "appeal", "company",
         "shares", "profits", "quarter", "billion", "euros", "dollars", "investors", "market",
         "energy", "gas", "oil", "prices", "climate", "emissions", "targets", "report", "study",
         "researchers", "found", "evidence", "claims", "false", "Zürich", "café", "São", "Paulo",
         "naïve", "résumé", "Kraków", "Ørsted", "“crisis”", "—", "🙂"]
PUBLISHERS = ("Agence Exemple", "The Daily Sample", "Nordic Wire", "Café Gazette", "Metro Herald",
              "Global Times Demo", "Radio Testland", "Evening Record")
SOURCE_KINDS = ("news_agency", "person", "government", "organization", "media", "other")
NOTES = ("checked against the ministry's release", 'quote differs: "cut" vs. "trim"',
         "=SUM(A1:A9) looks like a formula", "<b>bold</b> & <script>x</script> stay text",
         "needs a second look,\nsee thread", "+1 from the desk", "-", "@editor please confirm")
CLAIM_WEIGHTS = (("checkable", 45), ("minor", 25), ("not_a_claim", 30))
VERDICT_WEIGHTS = (("supported", 30), ("refuted", 20), ("misleading", 15), ("unverifiable", 10),
                   ("unverified", 25))
EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
# What a benchmark's app needs for a ClaimReview export (refused until the organisation is set).
CLAIMREVIEW_SETTINGS = {"REVIEWING_ORGANIZATION": "Bench Desk", "REVIEWING_ORGANIZATION_URL": "https://desk.example.org",
                        "PUBLIC_BASE_URL": "https://claims.example.org", "PUBLIC_CLAIM_PAGES": True}
INSERT_BATCH = 20_000


def build_corpus(articles: int = 10_000, sentences_per_article: int = 25, annotations: int = 50_000,
                 reviewers: int = 3, sources: int = 40, seed: int = 5,
                 sentences_per_reviewed_article: float = 6.25, audit: bool = False) -> dict:
    """Create the schema and fill it; return counts of what was written. Needs an app context."""
    from annotate.cli import upgrade_database
    from annotate.extensions import db

    with contextlib.redirect_stderr(io.StringIO()):  # Alembic's INFO lines
        upgrade_database()
    rng = random.Random(seed)
    plan = _Plan(rng, articles, sentences_per_article, annotations, reviewers,
                 sentences_per_reviewed_article, audit)
    with db.engine.begin() as connection:
        _insert(connection, "user", _users(reviewers))
        _insert(connection, "source", _sources(rng, sources))
        counts = plan.write(connection, sources)
    return {"articles": articles, "sentences": articles * sentences_per_article,
            "reviewers": reviewers, "sources": sources, **counts}


def _insert(connection, table_name: str, rows: list[dict]) -> None:
    from annotate.models import Base

    table = Base.metadata.tables[table_name]
    for start in range(0, len(rows), INSERT_BATCH):
        connection.execute(insert(table), rows[start:start + INSERT_BATCH])


def _users(reviewers: int) -> list[dict]:
    """An admin (id 1) and the reviewers (ids 2..), usernames in id order."""
    rows = [{"id": 1, "username": "admin", "password_hash": "bench-no-hash", "role": "admin",
             "active": True, "session_generation": 0, "created_at": EPOCH}]
    rows += [{"id": 2 + n, "username": f"reviewer{n + 1}", "password_hash": "bench-no-hash",
              "role": "reviewer", "active": True, "session_generation": 0, "created_at": EPOCH}
             for n in range(reviewers)]
    return rows


def _sources(rng: random.Random, count: int) -> list[dict]:
    return [{"id": n + 1, "name": f"Source {n + 1} {rng.choice(WORDS).title()}",
             "kind": SOURCE_KINDS[n % len(SOURCE_KINDS)], "aliases": [f"S{n + 1}"] if n % 3 == 0 else [],
             "description": f"synthetic source number {n + 1}", "created_at": EPOCH, "updated_at": EPOCH}
            for n in range(count)]


def sentence_text(rng: random.Random) -> str:
    """One news-like sentence of 14-30 words, capitalised, ending with a full stop, which the
    segmenter splits as built: it starts with a letter, and never ends on a one-letter word ("a."
    reads as an initial)."""
    words = rng.choices(WORDS, k=rng.randint(14, 30))
    while len(words[-1]) < 2:
        words[-1] = rng.choice(WORDS)
    while not words[0].isalpha():  # starts with a word that can take a capital
        words[0] = rng.choice(WORDS)
    if rng.random() < 0.3:
        words.append(f"{rng.randint(2, 98)},{rng.randint(100, 999)}")
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def article_text(rng: random.Random, number: int, sentences: int) -> tuple[str, list[tuple[int, int, str]]]:
    """An article's text and its sentences as (start, end, kind), offsets exact."""
    parts, spans, offset = [], [], 0
    for position in range(sentences):
        if position == 0:
            piece, kind, separator = f"Report {number}: {sentence_text(rng)}", "title", "\n\n"
        else:
            piece, kind = sentence_text(rng), "body"
            separator = "\n\n" if position % 4 == 0 else " "
        if position:
            parts.append(separator)
            offset += len(separator)
        parts.append(piece)
        spans.append((offset, offset + len(piece), kind))
        offset += len(piece)
    return "".join(parts), spans


class _Plan:
    """Which articles are reviewed, by whom, and how many of their sentences get labels."""

    def __init__(self, rng, articles, per_article, annotations, reviewers, per_reviewed, audit=False):
        self.rng, self.articles, self.per_article, self.reviewers = rng, articles, per_article, reviewers
        self.audit = audit
        labelled = annotations // 2  # two reviewers per labelled sentence
        reviewed = min(articles, max(1, round(labelled / per_reviewed)))
        base, extra = divmod(labelled, reviewed)
        if base + (1 if extra else 0) > per_article:
            raise ValueError("more annotations than the sentences can hold")
        step = articles / reviewed
        # article index -> how many of its sentences two reviewers label
        self.labelled = {int(j * step): base + (1 if j < extra else 0) for j in range(reviewed)}
        self.adjudicate_every = 50  # one disagreement in 50 gets an admin's decision

    def write(self, connection, source_count: int) -> dict:
        counts = {"annotations": 0, "tasks": 0, "adjudicated": 0, "labelled_sentences": 0}
        batch = {"article": [], "sentence": [], "task": [], "annotation": [], "final_label": [], "audit_event": []}
        sentence_id = task_id = annotation_id = 0
        for index in range(self.articles):
            article_id = index + 1
            text, spans = article_text(self.rng, article_id, self.per_article)
            batch["article"].append(self._article(article_id, text, len(spans)))
            first_sentence = sentence_id + 1
            for position, (start, end, kind) in enumerate(spans):
                sentence_id += 1
                batch["sentence"].append({"id": sentence_id, "article_id": article_id, "position": position,
                                          "start": start, "end": end, "kind": kind})
            pair = self._pair(index)
            if index in self.labelled:
                for reviewer_id in pair:
                    task_id += 1
                    batch["task"].append(self._task(task_id, article_id, reviewer_id,
                                                    self.rng.choice(("submitted", "accepted", "in_progress"))))
                chosen = sorted(self.rng.sample(range(self.per_article), self.labelled[index]))
                for position in chosen:
                    start, end, _ = spans[position]
                    rows, disagree = self._labels(first_sentence + position, start, end, pair, source_count)
                    annotation_id = self._number(rows, annotation_id, batch["audit_event"])
                    batch["annotation"].extend(rows)
                    counts["labelled_sentences"] += 1
                    if disagree and self.rng.randrange(self.adjudicate_every // 2) == 0:
                        batch["final_label"].append(self._adjudicated(first_sentence + position, rows))
            elif index % 8 == 3:  # assigned, not started yet
                task_id += 1
                batch["task"].append(self._task(task_id, article_id, pair[0], "assigned"))
            if len(batch["sentence"]) >= INSERT_BATCH:
                self._flush(connection, batch, counts)
        self._flush(connection, batch, counts)
        return counts

    def _number(self, rows: list[dict], last_id: int, audit_events: list[dict]) -> int:
        """Give ``rows`` the ids after ``last_id`` (and, with ``audit``, their audit trails)."""
        for row in rows:
            last_id += 1
            row["id"] = last_id
            if self.audit:
                audit_events.extend(_trail(row))
        return last_id

    def _flush(self, connection, batch, counts) -> None:
        for table in ("article", "sentence", "task", "annotation", "final_label", "audit_event"):
            if batch[table]:
                _insert(connection, table, batch[table])
        counts["annotations"] += len(batch["annotation"])
        counts["tasks"] += len(batch["task"])
        counts["adjudicated"] += len(batch["final_label"])
        for rows in batch.values():
            rows.clear()

    def _pair(self, index: int) -> tuple[int, int]:
        first = index % self.reviewers
        second = (first + 1) % self.reviewers if self.reviewers > 1 else first
        return tuple(sorted({2 + first, 2 + second}))

    def _article(self, article_id: int, text: str, sentence_count: int) -> dict:
        rng = self.rng
        published = EPOCH + timedelta(minutes=rng.randrange(365 * 24 * 60))
        return {"id": article_id, "text": text, "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                "title": text[:text.index(".") + 1][:500], "url": f"https://news.example.org/{article_id}",
                "publisher": rng.choice(PUBLISHERS), "published_at": published, "language": "en",
                "external_id": f"ext-{article_id}", "meta": {"section": rng.choice(("politics", "economy"))},
                "created_at": published + timedelta(hours=1), "sentence_count": sentence_count}

    def _task(self, task_id, article_id, reviewer_id, state) -> dict:
        when = EPOCH + timedelta(days=self.rng.randrange(300))
        return {"id": task_id, "article_id": article_id, "reviewer_id": reviewer_id, "state": state,
                "due_date": (when + timedelta(days=7)).date(), "return_reason": None,
                "created_at": when, "updated_at": when}

    def _labels(self, sentence_id, start, end, pair, source_count) -> tuple[list[dict], bool]:
        """Both reviewers' annotations of one sentence; True when they disagree."""
        rng = self.rng
        label = self._label(source_count)
        rows, disagree = [], False
        for number, reviewer_id in enumerate(pair):
            mine = dict(label)
            if number and rng.random() < 0.3:
                mine, disagree = self._label(source_count), True
            if rng.random() < 0.03:
                mine.update(claim_type=None, source_id=None, status="unverified")
            created = EPOCH + timedelta(minutes=rng.randrange(300 * 24 * 60))
            span = (None, None)
            if rng.random() < 0.15 and end - start > 20:
                span_start = start + rng.randrange(0, (end - start) // 3)
                span = (span_start, end - rng.randrange(0, (end - span_start) // 3))
            rows.append({"sentence_id": sentence_id, "reviewer_id": reviewer_id, **mine,
                         "span_start": span[0], "span_end": span[1],
                         "note": rng.choice(NOTES) if rng.random() < 0.25 else "",
                         "evidence": self._evidence() if mine["claim_type"] == "checkable" else [],
                         "version": rng.randint(1, 3), "created_at": created,
                         "updated_at": created + timedelta(minutes=rng.randrange(600))})
        return rows, disagree

    def _label(self, source_count: int) -> dict:
        rng = self.rng
        claim_type = rng.choices(*zip(*CLAIM_WEIGHTS, strict=True))[0]
        status = rng.choices(*zip(*VERDICT_WEIGHTS, strict=True))[0] if claim_type == "checkable" else "unverified"
        source_id = rng.randint(1, source_count) if claim_type != "not_a_claim" and rng.random() < 0.7 else None
        return {"claim_type": claim_type, "status": status, "source_id": source_id}

    def _evidence(self) -> list[dict]:
        rng = self.rng
        if rng.random() >= 0.2:
            return []
        return [{"url": f"https://evidence.example.org/doc/{rng.randrange(10**6)}",
                 "quote": " ".join(rng.choices(WORDS, k=8))} for _ in range(rng.randint(1, 2))]

    def _adjudicated(self, sentence_id: int, rows: list[dict]) -> dict:
        decided = next((row for row in rows if row["claim_type"]), rows[0])
        return {"sentence_id": sentence_id, "claim_type": decided["claim_type"] or "minor",
                "source_id": decided["source_id"], "status": decided["status"], "method": "adjudicated",
                "decided_by_id": 1, "decided_at": decided["updated_at"] + timedelta(days=1)}


def _trail(annotation: dict) -> list[dict]:
    """The audit events that saving ``annotation`` up to its version left: a create, then an
    update per later version, each holding the final values under its own version number."""
    after = {"sentence_id": annotation["sentence_id"], "claim_type": annotation["claim_type"],
             "status": annotation["status"], "source_id": annotation["source_id"], "source": None,
             "note": annotation["note"], "version": annotation["version"]}
    events = []
    for version in range(1, annotation["version"] + 1):
        at = annotation["created_at"] if version == 1 else annotation["updated_at"]
        events.append({"at": at, "actor_id": annotation["reviewer_id"], "entity_type": "annotation",
                       "entity_id": annotation["id"], "action": "create" if version == 1 else "update",
                       "before": None if version == 1 else {"version": version - 1},
                       "after": {**after, "version": version}})
    return events
