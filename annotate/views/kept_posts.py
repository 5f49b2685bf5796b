"""What a reviewer typed into the workspace form when the post could not be applied.

A post whose session has ended (or whose CSRF token went stale, after a login or logout in another
tab) is never applied: CSRF protection stays whole. But the typed values are not dropped either:
they travel as hidden fields through the login form (no server state, no cookie size limit), and
come back on a page that shows them and asks to save them. Only that page's own post, made with a
fresh token by the logged-in reviewer who pressed "Save these", reaches the save view, which
checks everything again: the task, the fields, and the version the values were made from (a
sentence changed meanwhile is reported as a conflict, never overwritten). The session cookie is
SameSite=Lax, so a post from another site always arrives logged out: its values are shown only
after a login, and saved only on that explicit confirmation.
"""

from flask import current_app, render_template, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect

KEPT = "kept_"                 # prefix of a kept field inside the login form
KEPT_URL = KEPT + "url"        # the save address the kept fields were posted to
MAX_KEPT_FIELDS = 200          # far more than the panel has; the request size limit bounds the rest
KEPT_ENDPOINT = "workspace.save"


def fields_of(form) -> list[tuple[str, str]]:
    """The fields of a refused workspace post worth keeping (all but its stale token)."""
    kept = [(name, value) for name, value in form.items(multi=True) if name != "csrf_token"]
    return kept[:MAX_KEPT_FIELDS]


def from_login(form) -> tuple[str | None, list[tuple[str, str]]]:
    """The save address and the kept fields that a login form carried along; (None, []) when it
    carried none, or an address that is not the workspace's save."""
    url = save_url(form.get(KEPT_URL, ""))
    if url is None:
        return None, []
    kept = [(name[len(KEPT):], value) for name, value in form.items(multi=True)
            if name.startswith(KEPT) and name != KEPT_URL]
    return url, kept[:MAX_KEPT_FIELDS]


def save_url(path: str) -> str | None:
    """``path`` rebuilt from the route when it is the workspace's save address, else None
    (a kept address is never followed as it came)."""
    if not path.startswith("/") or any(char in path for char in "?#\\") or len(path) > 200:
        return None
    try:
        endpoint, args = current_app.url_map.bind("localhost").match(path, method="POST")
    except (HTTPException, RequestRedirect):
        return None
    return url_for(endpoint, **args) if endpoint == KEPT_ENDPOINT else None


def render_kept(url: str, fields: list[tuple[str, str]], reason: str, status: int = 200):
    """The page that shows the kept values and asks to save them (a post with a fresh token)."""
    _, args = current_app.url_map.bind("localhost").match(url, method="POST")
    values: dict[str, list[str]] = {}
    for name, value in fields:
        values.setdefault(name, []).append(value)
    first = {name: items[0] for name, items in values.items()}
    return render_template(
        "workspace/kept.html", url=url, fields=fields, reason=reason, values=first,
        page_url=url_for("workspace.task", task_id=args["task_id"], s=args["sentence_id"]),
    ), status
