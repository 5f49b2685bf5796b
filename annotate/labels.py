"""The product's label sets and states (SPEC §2), in one place for models, forms and exports."""

ROLES = ("admin", "reviewer")

SENTENCE_KINDS = ("title", "heading", "meta", "body")

SOURCE_KINDS = ("news_agency", "person", "government", "organization", "media", "other")

# Check-worthiness, with the ClaimBuster class each value corresponds to.
CLAIM_TYPES = ("checkable", "minor", "not_a_claim")
CLAIMBUSTER = {"checkable": "CFS", "minor": "UFS", "not_a_claim": "NFS"}

# Verification status; "unverified" is the default and is never exported as a rating.
STATUSES = ("unverified", "supported", "refuted", "misleading", "unverifiable")
DEFAULT_STATUS = "unverified"

TASK_STATES = ("assigned", "in_progress", "submitted", "accepted", "returned")
# Work a reviewer still has to do: their annotations can change, and a least-loaded-first
# assignment counts these.
OPEN_TASK_STATES = ("assigned", "in_progress", "returned")


def sql_in(values: tuple[str, ...]) -> str:
    """Render a tuple of label values as the body of an SQL ``IN (...)`` check."""
    return ", ".join(f"'{value}'" for value in values)
