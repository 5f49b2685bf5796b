"""Downloading the dataset (admins): the export page and its streamed download."""

from flask import Blueprint, Response, current_app, render_template, request, stream_with_context

from annotate import dataset, labelstudio_writer
from annotate.auth import allow
from annotate.labels import CLAIM_TYPES, STATUSES, TASK_STATES
from annotate.services import collections as collection_service
from annotate.services import export

bp = Blueprint("exports", __name__)


def streamed_export(args) -> Response:
    """A streamed download of the export that ``args`` asks for (400 on a bad filter)."""
    fmt = export.check_format(args.get("format"))
    filters = export.parse_filter(args)
    pieces = export.stream(fmt, filters, current_app.config)
    filename = f"annotate-export.{dataset.EXTENSIONS[fmt]}"
    return Response(stream_with_context(pieces), mimetype=dataset.MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{filename}"',
                             "X-Accel-Buffering": "no"})


@bp.route("/admin/export")
@allow("admin")
def index():
    """The export form: format and filters."""
    return _page(error=None, chosen={})


@bp.route("/admin/export/download")
@allow("admin")
def download():
    """Stream the export as a file download."""
    try:
        return streamed_export(request.args)
    except export.ExportError as error:
        return _page(error=str(error), chosen=request.args), 400


def _page(error: str | None, chosen) -> str:
    """The export form; ``chosen`` holds the values to show again (after an error)."""
    chosen_states = chosen.getlist("task_state") if hasattr(chosen, "getlist") else []
    return render_template("exports/index.html", formats=dataset.FORMATS, statuses=STATUSES,
                           claim_types=CLAIM_TYPES, task_states=TASK_STATES, chosen_states=chosen_states,
                           collections=[c.name for c in collection_service.all_collections()],
                           label_studio_config=labelstudio_writer.LABEL_STUDIO_CONFIG, error=error, chosen=chosen)
