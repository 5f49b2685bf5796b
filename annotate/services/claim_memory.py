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

from sqlalchemy import func, select

from annotate import claimreview
from annotate.extensions import db
from annotate.models import Article, ClaimEntry, FactCheck, Sentence, Source
from annotate.services import claim_index, final_labels
from annotate.services.fact_checks import fact_check_view

# The members of a cluster that "Checked before" reads (newest first, in other articles): enough
# to say what the desk decided, bounded whatever the cluster's size.
EARLIER_MEMBERS = 200
# The members a cluster's view shows (the Claims page), and the clusters a page of conflicts reads.
SHOWN_MEMBERS = 200
SCANNED = 500


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
    """A cluster as the Claims page lists it: its size, and its first SHOWN_MEMBERS members (the
    figures below are of those)."""

    id: int
    size: int  # every claim in the cluster
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


def _members(entries: list[ClaimEntry], reviewer_id: int | None = None) -> list[Member]:
    """Entries as members, with their articles, verdicts (sources by name, evidence) and
    fact-checks, in a few queries. ``reviewer_id``: shown to that reviewer, who sees a source
    only if they may use it (not another reviewer's proposal)."""
    sentence_ids = [e.sentence_id for e in entries if e.sentence_id is not None]
    placed = {row.id: row for row in db.session.execute(
        select(Sentence.id, Sentence.article_id, Article.display_title.label("title"))
        .join(Article, Article.id == Sentence.article_id).where(Sentence.id.in_(sentence_ids)))}
    checks = {check.id: check for check in db.session.scalars(select(FactCheck).where(
        FactCheck.id.in_([e.fact_check_id for e in entries if e.fact_check_id is not None])))}
    decided = final_labels.finals_of(sentence_ids)
    sources = {source.id: source for source in db.session.scalars(select(Source).where(Source.id.in_(
        {found["final"]["source_id"] for found in decided.values() if found["final"]} - {None})))}
    found_members = []
    for entry in entries:
        member = Member(entry.id, entry.text, entry.sentence_id)
        if entry.fact_check_id is not None and entry.fact_check_id in checks:
            member.fact_check = fact_check_view(checks[entry.fact_check_id])
        elif entry.sentence_id is not None and entry.sentence_id in placed:
            row = placed[entry.sentence_id]
            member.article_id, member.article_title = row.article_id, row.title
            found = decided.get(entry.sentence_id)
            if found and claimreview.is_verdict(found["final"]):
                member.final = found["final"]
                member.source = _source_name(sources.get(found["final"]["source_id"]), reviewer_id)
                member.evidence = final_labels.verdict_evidence(found, row.article_id, found["reviewers"])
        found_members.append(member)
    return found_members


def _source_name(source: Source | None, reviewer_id: int | None) -> str | None:
    """A source's name as ``reviewer_id`` may see it (None: any; a reviewer: not another's proposal)."""
    if source is None or (reviewer_id is not None and source.status != "approved"
                          and source.proposed_by_id != reviewer_id):
        return None
    return source.name


def cluster(cluster_id: int) -> ClusterView:
    """One cluster with its first SHOWN_MEMBERS members (``claim_index.ClusterNotFound`` when there
    is none)."""
    claim_index.existing(cluster_id)
    size = db.session.scalar(select(func.count()).where(ClaimEntry.cluster_id == cluster_id)) or 0
    return ClusterView(cluster_id, size, _members(claim_index.members(cluster_id, SHOWN_MEMBERS)))


def clusters(after: int | None = None, limit: int = 20, conflicts_only: bool = False
             ) -> tuple[list[ClusterView], int | None]:
    """A page of clusters of two claims or more, newest first, and the cursor of the next page.
    ``conflicts_only``: those whose members were given different verdicts, looked for among at
    most SCANNED clusters a page (the cursor then goes on from where the search stopped)."""
    shown: list[ClusterView] = []
    cursor = after
    for cluster_id, size in claim_index.cluster_sizes(after=after, limit=SCANNED if conflicts_only else limit):
        view = ClusterView(cluster_id, size, _members(claim_index.members(cluster_id, SHOWN_MEMBERS)))
        cursor = cluster_id
        if not conflicts_only or view.conflict:
            shown.append(view)
        if len(shown) == limit:
            break
    more = cursor is not None and bool(claim_index.cluster_sizes(after=cursor, limit=1))
    return shown, cursor if more else None


def _cluster_for(sentence_id: int, article_id: int, text: str) -> int | None:
    """The cluster of the sentence: its own once indexed, else that of its best match."""
    own = claim_index.cluster_of_sentence(sentence_id)
    if own is not None:
        return own
    found = claim_index.matches(text, exclude_article=article_id)
    return found[0].cluster_id if found else None


def checked_before(sentence_id: int, article_id: int, text: str, reviewer_id: int | None = None
                   ) -> CheckedBefore | None:
    """What was decided about the sentence's claim in other articles and by other desks, or None
    when nothing was (read among the cluster's EARLIER_MEMBERS newest claims elsewhere, decided
    or not). ``reviewer_id``: who asks (sees a source only if they may use it)."""
    cluster_id = _cluster_for(sentence_id, article_id, text)
    if cluster_id is None:
        return None
    entries = list(db.session.scalars(
        select(ClaimEntry).outerjoin(Sentence, Sentence.id == ClaimEntry.sentence_id)
        .where(ClaimEntry.cluster_id == cluster_id,
               Sentence.article_id.is_(None) | (Sentence.article_id != article_id))
        .order_by(ClaimEntry.id.desc()).limit(EARLIER_MEMBERS)))
    earlier = _members(entries, reviewer_id)
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
        result.source, result.evidence = latest.source, latest.evidence
        result.source_id = final["source_id"] if latest.source is not None else None
    return result
