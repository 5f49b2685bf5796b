"""The product's label sets and states (SPEC §2), in one place for models, forms and exports."""

ROLES = ("admin", "reviewer")

SENTENCE_KINDS = ("title", "heading", "meta", "body")

SOURCE_STATES = ("approved", "proposed")
SOURCE_KINDS = ("news_agency", "person", "government", "organization", "media", "other")

# Check-worthiness, with the ClaimBuster class each value corresponds to.
CLAIM_TYPES = ("checkable", "minor", "not_a_claim")
CLAIMBUSTER = {"checkable": "CFS", "minor": "UFS", "not_a_claim": "NFS"}

# Verification status; "unverified" is the default and is never exported as a rating.
STATUSES = ("unverified", "supported", "refuted", "misleading", "unverifiable")
DEFAULT_STATUS = "unverified"

# What each label means (SPEC §2), shown with every collection's guidelines.
CLAIM_TYPE_MEANINGS = {
    "checkable": "a factual claim worth checking",
    "minor": "factual, not worth checking",
    "not_a_claim": "opinion, question, heading, metadata",
}
STATUS_MEANINGS = {
    "unverified": "not checked yet (the default)",
    "supported": "evidence confirms it",
    "refuted": "evidence contradicts it",
    "misleading": "partly accurate, lacks context, cherry-picked",
    "unverifiable": "not enough evidence to decide",
}

TASK_STATES = ("assigned", "in_progress", "submitted", "accepted", "returned")
# Work handed in: only annotations in tasks in these states make final labels and datasets.
HANDED_IN_STATES = ("submitted", "accepted")
# Work a reviewer still has to do: their annotations can change, and a least-loaded-first
# assignment counts these.
OPEN_TASK_STATES = ("assigned", "in_progress", "returned")


def sql_in(values: tuple[str, ...]) -> str:
    """Render a tuple of label values as the body of an SQL ``IN (...)`` check."""
    return ", ".join(f"'{value}'" for value in values)
