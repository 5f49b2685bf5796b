"""The data model (SPEC §2), split by area; import models from here."""

from annotate.models.accounts import ApiToken, LoginThrottle, User
from annotate.models.audit import AuditEvent
from annotate.models.base import Base, utcnow
from annotate.models.claims import ClaimCluster, ClaimEntry, ClaimKey, ClaimTerm, FactCheck
from annotate.models.collections import Collection, article_collection
from annotate.models.corpus import Article, Sentence, Source
from annotate.models.review import Annotation, FinalLabel, ReviewComment, Task

__all__ = [
    "Annotation", "ApiToken", "Article", "AuditEvent", "Base", "ClaimCluster", "ClaimEntry", "ClaimKey",
    "ClaimTerm", "Collection", "FactCheck", "FinalLabel", "LoginThrottle", "ReviewComment", "Sentence", "Source",
    "Task", "User", "article_collection", "utcnow",
]
