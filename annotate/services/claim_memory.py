"""What the desk's memory shows (issue 15): a claim cluster with the verdicts its members were
given and the external fact-checks among them (the admin's Claims page), and for a sentence in
the workspace, what was decided before about the same claim ("Checked before").

A member's verdict is its sentence's final label (``final_labels.final_of``: an admin's decision,
or the reviewers' unanimous one once their tasks are handed in) when that label is a verdict
(supported, refuted, misleading, unverifiable); "unverified" is no verdict. A cluster is in
conflict when its members were given different verdicts.
"""

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select

from annotate.extensions import db
from annotate.labels import STATUSES
from annotate.models import Article, ClaimEntry, FactCheck, Sentence, Source
from annotate.services import claim_index, final_labels
from annotate.services.fact_checks import fact_check_view

# The members of a cluster that "Checked before" reads (newest first): enough to say what the
# desk decided, bounded whatever the cluster's size.
EARLIER_MEMBERS = 25
VERDICTS = tuple(status for status in STATUSES if status != "unverified")


@dataclass
class Member:
    """One claim of a cluster: a sentence (with its article and final label) or a fact-check."""

    entry_id: int
    text: str
    sentence_id: int | None = None
    article_id: int | None = None
    article_title: str | None = None
    final: dict | None = None  # the final label, when it is a verdict
    source: str | None = None  # the final label's source, by name
    evidence: list[dict] = field(default_factory=list)
    fact_check: dict | None = None  # ``fact_check_view`` of an external fact-check


@dataclass
class ClusterView:
    """A cluster as the Claims page lists it."""

    id: int
    members: list[Member]

    @property
    def verdicts(self) -> Counter[str]:
        """How many members got each verdict."""
        return Counter(member.final["status"] for member in self.members if member.final)

    @property
    def conflict(self) -> bool:
        """The same claim judged differently."""
        return len(self.verdicts) > 1

    @property
    def articles(self) -> int:
        """The distinct articles the claim is in."""
        return len({member.article_id for member in self.members if member.article_id is not None})

    @property
    def fact_checks(self) -> list[dict]:
        return [member.fact_check for member in self.members if member.fact_check]


@dataclass
class CheckedBefore:
    """What the desk decided before about a sentence's claim."""

    cluster_id: int
    status: str | None  # the verdict given most (None: only external fact-checks)
    articles: int  # other articles where the claim got a verdict
    conflict: bool  # other verdicts too
    verdicts: dict[str, int]
    claim_type: str | None = None
    source_id: int | None = None
    source: str | None = None
    evidence: list[dict] = field(default_factory=list)
    fact_checks: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"cluster_id": self.cluster_id, "status": self.status, "articles": self.articles,
                "conflict": self.conflict, "verdicts": self.verdicts, "claim_type": self.claim_type,
                "source_id": self.source_id, "source": self.source, "evidence": self.evidence,
                "fact_checks": self.fact_checks}


def _members(entries: list[ClaimEntry], with_evidence: bool = False) -> list[Member]:
    """Entries as members, with their articles, verdicts and fact-checks read in a few queries."""
    sentence_ids = [e.sentence_id for e in entries if e.sentence_id is not None]
    placed = {row.id: row for row in db.session.execute(
        select(Sentence.id, Sentence.article_id, Article.display_title.label("title"))
        .join(Article, Article.id == Sentence.article_id).where(Sentence.id.in_(sentence_ids)))}
    checks = {check.id: check for check in db.session.scalars(select(FactCheck).where(
        FactCheck.id.in_([e.fact_check_id for e in entries if e.fact_check_id is not None])))}
    found = []
    for entry in entries:
        member = Member(entry.id, entry.text, entry.sentence_id)
        if entry.fact_check_id is not None and entry.fact_check_id in checks:
            member.fact_check = fact_check_view(checks[entry.fact_check_id])
        elif entry.sentence_id is not None and entry.sentence_id in placed:
            row = placed[entry.sentence_id]
            member.article_id, member.article_title = row.article_id, row.title
            _with_verdict(member, entry.sentence_id, row.article_id, with_evidence)
        found.append(member)
    return found


def _with_verdict(member: Member, sentence_id: int, article_id: int, with_evidence: bool) -> None:
    """Fill in the member's final label when it is a verdict (its source by name, its evidence)."""
    decided = final_labels.final_of(sentence_id)
    final = decided["final"]
    if final is None or final["status"] not in VERDICTS:
        return
    member.final = final
    if final["source_id"] is not None:
        member.source = db.session.scalar(select(Source.name).where(Source.id == final["source_id"]))
    if with_evidence:
        member.evidence = final_labels.verdict_evidence(decided, article_id)


def cluster(cluster_id: int) -> ClusterView:
    """One cluster with every member (``claim_index.ClusterNotFound`` when there is none)."""
    claim_index.existing(cluster_id)
    return ClusterView(cluster_id, _members(claim_index.members(cluster_id)))


def clusters(after: int | None = None, limit: int = 20, conflicts_only: bool = False
             ) -> tuple[list[ClusterView], int | None]:
    """A page of clusters of two claims or more, newest first, and the cursor of the next page.
    ``conflicts_only``: those whose members were given different verdicts (read page by page
    until ``limit`` are found or the clusters run out)."""
    shown: list[ClusterView] = []
    cursor = after
    while len(shown) < limit:
        sizes = claim_index.cluster_sizes(after=cursor, limit=limit)
        if not sizes:
            return shown, None
        for cluster_id, _count in sizes:
            view = ClusterView(cluster_id, _members(claim_index.members(cluster_id)))
            cursor = cluster_id
            if not conflicts_only or view.conflict:
                shown.append(view)
            if len(shown) == limit:
                break
    return shown, cursor if claim_index.cluster_sizes(after=cursor, limit=1) else None


def _cluster_for(sentence_id: int, article_id: int, text: str) -> int | None:
    """The cluster of the sentence: its own once indexed, else that of its best match."""
    own = claim_index.cluster_of_sentence(sentence_id)
    if own is not None:
        return own
    found = claim_index.matches(text, exclude_article=article_id)
    return found[0].cluster_id if found else None


def checked_before(sentence_id: int, article_id: int, text: str) -> CheckedBefore | None:
    """What was decided about the sentence's claim in other articles and by other desks, or None
    when nothing was."""
    cluster_id = _cluster_for(sentence_id, article_id, text)
    if cluster_id is None:
        return None
    entries = list(db.session.scalars(
        select(ClaimEntry).outerjoin(Sentence, Sentence.id == ClaimEntry.sentence_id)
        .where(ClaimEntry.cluster_id == cluster_id,
               Sentence.article_id.is_(None) | (Sentence.article_id != article_id))
        .order_by(ClaimEntry.id.desc()).limit(EARLIER_MEMBERS)))
    earlier = _members(entries, with_evidence=True)
    decided = [(member, member.final) for member in earlier if member.final]
    checks = [member.fact_check for member in earlier if member.fact_check]
    if not decided and not checks:
        return None
    verdicts = Counter(final["status"] for _, final in decided)
    result = CheckedBefore(cluster_id, None, len({member.article_id for member, _ in decided}), len(verdicts) > 1,
                           dict(verdicts), fact_checks=checks)
    if decided:  # the verdict given most, as its latest decision has it
        status = verdicts.most_common(1)[0][0]
        latest, final = max(((m, f) for m, f in decided if f["status"] == status),
                            key=lambda pair: pair[1]["decided_at"])
        result.status, result.claim_type = status, final["claim_type"]
        result.source_id, result.source, result.evidence = final["source_id"], latest.source, latest.evidence
    return result
