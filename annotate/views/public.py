"""The public, read-only claim pages that a ClaimReview's ``url`` opens when the desk has not
published the verdict elsewhere: a claim with a final verdict, its source and the evidence, for
anyone, without a login. Off (404) unless ``PUBLIC_CLAIM_PAGES`` is true."""

from flask import Blueprint, abort, current_app, render_template

from annotate.auth import ANONYMOUS, allow
from annotate.services import final_labels

bp = Blueprint("public", __name__)


@bp.route("/claims/<int:sentence_id>")
@allow(ANONYMOUS)
def claim(sentence_id: int):
    """A claim with a final verdict, as the public may see it (404 when off or not a verdict)."""
    if current_app.config.get("PUBLIC_CLAIM_PAGES") is not True:
        abort(404)
    shown = final_labels.public_claim(sentence_id)
    if shown is None:
        abort(404)
    response = current_app.make_response(render_template(
        "public/claim.html", claim=shown, organization=current_app.config.get("REVIEWING_ORGANIZATION"),
        organization_url=current_app.config.get("REVIEWING_ORGANIZATION_URL")))
    response.headers["Cache-Control"] = "public, max-age=300"  # the same for every reader
    return response
