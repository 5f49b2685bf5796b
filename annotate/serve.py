"""``annotate serve``: the app under gunicorn, the pre-fork WSGI server, for production.

gunicorn is driven through its programmatic API (``BaseApplication``): the settings come from
the command's options, else the ``SERVE_*`` configuration, and those that the app's use of its
database depends on are fixed here, in ``FIXED_SETTINGS``, with their reasons.
"""

import contextvars
import os
from collections.abc import Mapping
from typing import Any

from gunicorn.app.base import BaseApplication

# The default worker count is gunicorn's rule (2 per CPU, plus one) up to this many: every
# worker holds database connections of its own (PostgreSQL allows 100 by default) and SQLite
# has one writer at a time whatever the number of processes.
MAX_DEFAULT_WORKERS = 8

# The command's options and the configuration keys they override.
OPTION_KEYS = {"host": "SERVE_HOST", "port": "SERVE_PORT", "workers": "SERVE_WORKERS",
               "threads": "SERVE_THREADS", "timeout": "SERVE_TIMEOUT",
               "graceful_timeout": "SERVE_GRACEFUL_TIMEOUT", "keepalive": "SERVE_KEEPALIVE"}

# The gunicorn settings the app's database depends on, and the others every run uses.
#
# SQLite: the workers are separate processes writing one file. config.configure_engine sets WAL
# on every connection (readers go on while one process writes) and a busy timeout (a writer waits
# for the lock rather than failing); check_database refuses a worker timeout not above that wait
# (gunicorn would kill a worker that is only waiting) and SQLite in memory (an empty database in
# every worker).
FIXED_SETTINGS: dict[str, Any] = {
    # The app is built once, in the master, and the workers fork from it: a refused
    # configuration (no secret key in production) stops the server before any worker starts.
    # Safe with the database: create_app opens no connection, and config.configure_engine
    # empties each engine's pool in a forked child, so no SQLite or PostgreSQL connection is
    # ever shared by two processes; each worker opens its own.
    "preload_app": True,
    # X-Forwarded-* headers are believed by the app alone, as far as PROXY_FIX_HOPS says
    # (config.prepare_wsgi); gunicorn would otherwise take the scheme from any local peer.
    "forwarded_allow_ips": "",
    # No management socket: servers run side by side (tests, benchmarks), and gunicorn's
    # default path ($HOME/.gunicorn/gunicorn.ctl) is one per user.
    "control_socket_disable": True,
    "proc_name": "annotate",
}


class ServeError(Exception):
    """A configuration that ``annotate serve`` refuses to start with."""


class AnnotateServer(BaseApplication):
    """gunicorn running one built app with the given settings."""

    def __init__(self, app, settings: Mapping[str, Any]) -> None:
        self.application = app
        self.settings = dict(settings)
        super().__init__()

    def load_config(self) -> None:
        """Hand gunicorn the settings (it validates each one)."""
        for name, value in self.settings.items():
            self.cfg.set(name, value)

    def load(self):
        """The WSGI app the workers serve."""
        return self.application


def default_workers() -> int:
    """Two worker processes per CPU, plus one, at most ``MAX_DEFAULT_WORKERS``."""
    return min(2 * (os.cpu_count() or 1) + 1, MAX_DEFAULT_WORKERS)


def gunicorn_settings(config: Mapping[str, Any], options: Mapping[str, Any]) -> dict[str, Any]:
    """gunicorn's settings: each option given, else its ``SERVE_*`` configuration key."""
    chosen = {name: options[name] if options.get(name) is not None else config.get(key)
              for name, key in OPTION_KEYS.items()}
    if chosen["workers"] is None:
        chosen["workers"] = default_workers()
    # Named as gunicorn names them; more than one thread makes gunicorn use its gthread worker.
    numbers = {name: whole_number(OPTION_KEYS[name], chosen[name], minimum=0 if name == "keepalive" else 1)
               for name in ("workers", "threads", "timeout", "graceful_timeout", "keepalive")}
    host, port = str(chosen["host"]), whole_number("SERVE_PORT", chosen["port"], minimum=1)
    return {"bind": [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"], **numbers, **FIXED_SETTINGS}


def whole_number(key: str, value: Any, minimum: int) -> int:
    """A setting's value as a whole number of at least ``minimum``, or a refusal naming it."""
    if isinstance(value, bool) or not str(value).isdigit() or int(value) < minimum:
        raise ServeError(f"{key} is {value!r}: give a whole number of at least {minimum}")
    return int(value)


def check_database(app, settings: Mapping[str, Any]) -> None:
    """Refuse a database the workers could not share, or a schema not yet migrated."""
    from sqlalchemy import make_url

    url = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() == "sqlite":
        if url.database in (None, "", ":memory:"):
            raise ServeError("the database is SQLite in memory: every worker would have its own empty "
                             "database (set ANNOTATE_DATABASE_URL to a file or PostgreSQL)")
        busy_seconds = app.config["SQLITE_BUSY_TIMEOUT_MS"] / 1000
        if int(settings["timeout"]) <= busy_seconds:
            raise ServeError(f"the worker timeout ({settings['timeout']} s) must be longer than SQLite's "
                             f"busy timeout ({busy_seconds:g} s), or a worker waiting for the lock is killed")
    if not schema_is_current(app):
        raise ServeError("the database schema is missing or out of date: run `annotate init-db` first")


def schema_is_current(app) -> bool:
    """Whether the database is at the newest migration (checked in the master, before forking)."""
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from annotate.extensions import db

    heads = set(ScriptDirectory(app.extensions["migrate"].directory).get_heads())
    with app.app_context():
        with db.engine.connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
        db.engine.dispose()  # the master serves nothing: it keeps no connection
    return current == heads


def serve(app, options: Mapping[str, Any]) -> None:
    """Run ``app`` under gunicorn until it is stopped (SIGTERM: graceful, SIGINT: at once)."""
    settings = gunicorn_settings(app.config, options)
    check_database(app, settings)
    # In a context of its own, empty: the CLI (FlaskGroup) pushes an app context around every
    # command, and a sync worker serves in the thread it was forked from. Flask reuses an app
    # context it finds current, so that one would be shared by every request of the worker,
    # and ``g`` with it: the user a bearer token loaded would answer the next, anonymous request.
    contextvars.Context().run(AnnotateServer(app, settings).run)
