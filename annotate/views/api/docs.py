"""API: the OpenAPI document that describes it (public, like any API's reference)."""

from flask import jsonify

from annotate import openapi
from annotate.auth import ANONYMOUS, allow
from annotate.views.api.common import bp


@bp.route("/openapi.json", methods=["GET"])
@allow(ANONYMOUS)
def openapi_document():
    """The OpenAPI 3.1 document of every route under /api/v1."""
    return jsonify(openapi.document())
