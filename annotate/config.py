"""Configuration: defaults here, then ``instance/config.py``, then ``ANNOTATE_*`` variables."""

import os
import secrets
import weakref
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

DEFAULTS = {
    # A production deployment must set ANNOTATE_SECRET_KEY; see ``ensure_secret_key``.
    "SECRET_KEY": None,
    "PRODUCTION": False,
    # werkzeug's generate_password_hash method; the test suite alone sets a cheap one.
    "PASSWORD_HASH_METHOD": "scrypt",
    "DATABASE_URL": None,
    "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    # Uploads and request bodies past this size get 413.
    "MAX_CONTENT_LENGTH": 16 * 1024 * 1024,
    # One imported article (a .jsonl line, a .txt file, a .json record) may be at most this big.
    "MAX_RECORD_BYTES": 8 * 1024 * 1024,
    "SQLITE_BUSY_TIMEOUT_MS": 10_000,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_SECURE": False,
    "REMEMBER_COOKIE_HTTPONLY": True,
    "WTF_CSRF_TIME_LIMIT": None,
    "PAGE_SIZE": 50,
    # The dashboard's and agreement's figures are remembered until the data changes.
    "FIGURE_CACHE": True,
    # ClaimReview exports name the reviewing organization and link back to this site.
    "REVIEWING_ORGANIZATION": "annotate fact-check desk",
    "REVIEWING_ORGANIZATION_URL": None,
    "PUBLIC_BASE_URL": "http://127.0.0.1:5000",
}


def load_config(app, test_config: dict | None) -> None:
    """Fill ``app.config`` in order: defaults, instance file, environment, test overrides."""
    app.config.from_mapping(DEFAULTS)
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("ANNOTATE")
    else:
        app.config.from_mapping(test_config)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url(app)
    ensure_secret_key(app)
    ensure_password_method(app)


def database_url(app) -> str:
    """The configured database URL, or SQLite in the instance folder."""
    url = app.config.get("DATABASE_URL") or app.config.get("SQLALCHEMY_DATABASE_URI")
    if url:
        return url
    return "sqlite:///" + os.path.join(app.instance_path, "annotate.db")


def ensure_secret_key(app) -> None:
    """Refuse to start in production without a secret; elsewhere keep a random one per instance."""
    if app.config.get("SECRET_KEY"):
        return
    if app.config.get("PRODUCTION"):
        raise RuntimeError(
            "ANNOTATE_SECRET_KEY is not set: a production configuration refuses to start "
            "without a secret key (set it in the environment or in instance/config.py)."
        )
    # Never a built-in default: a random key made once for this instance folder, kept private.
    path = Path(app.instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    app.config["SECRET_KEY"] = path.read_text().strip()


def ensure_password_method(app) -> None:
    """Refuse to start in production with passwords hashed by anything but scrypt."""
    method = str(app.config.get("PASSWORD_HASH_METHOD") or "")
    if app.config.get("PRODUCTION") and not method.startswith("scrypt"):
        raise RuntimeError(f"PASSWORD_HASH_METHOD is {method!r}: a production configuration hashes "
                           "passwords with scrypt (leave the setting out)")


def configure_engine(engine: Engine, busy_timeout_ms: int) -> None:
    """Set SQLite's pragmas on every new connection and keep pooled connections out of forks."""
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    # A connection inherited across fork() would be shared by two processes: drop the pool's
    # connections in the child without closing them (the parent still uses them).
    # A weak reference, so that apps made and dropped (as in tests) do not live forever.
    engine_ref = weakref.ref(engine)
    os.register_at_fork(after_in_child=lambda: _dispose_in_child(engine_ref))


def _dispose_in_child(engine_ref) -> None:
    engine = engine_ref()
    if engine is not None:
        engine.dispose(close=False)
