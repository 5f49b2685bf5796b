"""annotate: fact-claim annotation and verification.

``create_app`` is the application factory; the console script ``annotate`` wraps it.
"""

# Flask is imported inside the functions, so that the pure modules (segment, importing,
# attribution) can be imported without pulling in Flask through this package file.
from annotate.resources import PACKAGE_DIR, resource_dir


def create_app(test_config: dict | None = None):
    """Build the app: configuration, request handling, extensions, blueprints, error handlers and
    commands."""
    from flask import Flask

    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(resource_dir("templates")),
    )
    from annotate.config import load_config, prepare_wsgi

    load_config(app, test_config)
    prepare_wsgi(app)
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    return app


def register_extensions(app) -> None:
    """Bind the extensions and prepare the database engines (no connection is made here)."""
    from annotate.auth import init_login
    from annotate.config import configure_engine
    from annotate.extensions import csrf, db, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PACKAGE_DIR / "migrations"))
    csrf.init_app(app)
    init_login(app)
    with app.app_context():
        for engine in db.engines.values():
            configure_engine(engine, app.config["SQLITE_BUSY_TIMEOUT_MS"],
                             ping_idle=not app.config["SQLALCHEMY_ENGINE_OPTIONS"].get("pool_pre_ping"),
                             cache_mb=app.config["SQLITE_CACHE_MB"])


def register_blueprints(app) -> None:
    """Attach one blueprint per area; ``<int:...>`` in their routes is a bounded id."""
    from werkzeug.exceptions import NotFound
    from werkzeug.routing import IntegerConverter, ValidationError

    from annotate.numbers import MAX_ID

    class IdConverter(IntegerConverter):
        """An id in the database's range; a larger number is simply not found (404)."""

        def __init__(self, url_map, *args, **kwargs):
            kwargs.setdefault("max", MAX_ID)
            super().__init__(url_map, *args, **kwargs)

        def to_python(self, value):
            # Refusing here (not by not matching) keeps Werkzeug from answering 405 when
            # another method of the same path matched first.
            try:
                return super().to_python(value)
            except ValidationError:
                raise NotFound(description="No such id.") from None

    app.url_map.converters["int"] = IdConverter
    from annotate.auth import check_declared
    from annotate.views import (
        account,
        accounts,
        api,
        articles,
        audit,
        auth,
        claims,
        collection_pages,
        exports,
        public,
        review,
        search,
        sources,
        tasks,
        workspace,
    )

    for blueprint in (auth.bp, articles.bp, account.bp, accounts.bp, collection_pages.bp, sources.bp, tasks.bp,
                      workspace.bp, review.bp, exports.bp, api.bp, public.bp, audit.bp, claims.bp, search.bp):
        app.register_blueprint(blueprint)
    check_declared(app)


def register_errorhandlers(app) -> None:
    """Plain error pages that say what went wrong, never a traceback."""
    from annotate.views.errors import register

    register(app)


def register_commands(app) -> None:
    """Add the ``annotate`` CLI commands to the app's command group."""
    from annotate.cli import register

    register(app)
