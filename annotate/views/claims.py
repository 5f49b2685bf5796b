"""The admin's Claims page (issue 15): claim clusters across articles, with their verdicts and
conflicts; a cluster split or merged by hand (audited)."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from annotate.auth import allow
from annotate.numbers import parse_id
from annotate.services import claim_index, claim_memory

bp = Blueprint("claims", __name__, url_prefix="/admin/claims")

PAGE_SIZE = 20


@bp.route("")
@allow("admin")
def index():
    """Clusters of two claims or more, newest first; ``?conflicts=1``: only those judged differently."""
    conflicts = request.args.get("conflicts") == "1"
    after = parse_id(request.args.get("after", ""))
    shown, next_after = claim_memory.clusters(after=after, limit=PAGE_SIZE, conflicts_only=conflicts)
    return render_template("claims/index.html", clusters=shown, next_after=next_after, conflicts=conflicts,
                           paged=after is not None)


@bp.route("/<int:cluster_id>")
@allow("admin")
def cluster(cluster_id: int):
    """One cluster: every claim in it, to split some out or merge another cluster in."""
    return render_template("claims/cluster.html", cluster=claim_memory.cluster(cluster_id), error=None)


@bp.route("/<int:cluster_id>/split", methods=["POST"])
@allow("admin")
def split(cluster_id: int):
    """Move the chosen claims into a new cluster of their own."""
    values = request.form.getlist("entry")
    chosen = [entry for entry in (parse_id(value) for value in values) if entry]
    try:
        if len(chosen) != len(values):
            raise claim_index.ClusterChangeInvalid("Choose claims by the boxes of this page.")
        new_id = claim_index.split(cluster_id, chosen, actor_id=current_user.id)
    except claim_index.ClusterChangeInvalid as error:
        return render_template("claims/cluster.html", cluster=claim_memory.cluster(cluster_id),
                               error=str(error)), 400
    flash(f"{len(chosen)} claim{'' if len(chosen) == 1 else 's'} moved to a new cluster.", "success")
    return redirect(url_for("claims.cluster", cluster_id=new_id))


@bp.route("/<int:cluster_id>/merge", methods=["POST"])
@allow("admin")
def merge(cluster_id: int):
    """Move every claim of another cluster (by its number) into this one."""
    other = parse_id(request.form.get("other", ""))
    try:
        if other is None:
            raise claim_index.ClusterChangeInvalid("Give the number of the cluster to merge into this one.")
        claim_index.merge(cluster_id, [other], actor_id=current_user.id)
    except claim_index.ClusterChangeInvalid as error:
        return render_template("claims/cluster.html", cluster=claim_memory.cluster(cluster_id),
                               error=str(error)), 400
    flash(f"Cluster {other} merged into this one.", "success")
    return redirect(url_for("claims.cluster", cluster_id=cluster_id))
