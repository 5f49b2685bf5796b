"""The JSON API under ``/api/v1`` (SPEC §3): used by the pages' own calls (session and CSRF
header) and by API clients (``Authorization: Bearer``). One blueprint, one module per resource;
errors share one shape, made in views/errors.py; the OpenAPI document is annotate/openapi/."""

# Importing the resource modules registers their routes on the blueprint.
from annotate.views.api import annotations, articles, claims, docs, final, review, sources, tasks, workspace
from annotate.views.api.common import bp

__all__ = ["annotations", "articles", "bp", "claims", "docs", "final", "review", "sources", "tasks", "workspace"]
