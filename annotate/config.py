"""Configuration: defaults here, then ``instance/config.py``, then ``ANNOTATE_*`` variables.

Also what a deployment needs settled before the first request: private files for the secret and
the SQLite database, secure cookies and a long enough secret in production, bounded request
bodies, and the reverse proxy's headers trusted only as far as ``PROXY_FIX_HOPS`` says.
"""

import contextlib
import os
import secrets
import time
import weakref
from pathlib import Path
from typing import Any

from flask import Request
from sqlalchemy import event, exc
from sqlalchemy.engine import Engine
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.utils import cached_property
from werkzeug.wsgi import LimitedStream

# A production secret key shorter than this is refused: 32 random characters (hex or base64)
# carry 128 bits or more; anything shorter is likely typed by hand and guessable offline.
MIN_SECRET_KEY_LENGTH = 32

DEFAULTS: dict[str, Any] = {
    # A production deployment must set ANNOTATE_SECRET_KEY; see ``ensure_secret_key``.
    "SECRET_KEY": None,
    "PRODUCTION": False,
    # werkzeug's generate_password_hash method; the test suite alone sets a cheap one.
    "PASSWORD_HASH_METHOD": "scrypt",
    "DATABASE_URL": None,
    # No test query before every use of a pooled connection: configure_engine tests only those
    # that sat idle (IDLE_PING_S), where a restarted server or a dropped link is found.
    "SQLALCHEMY_ENGINE_OPTIONS": {},
    # Uploads and request bodies past this size get 413.
    "MAX_CONTENT_LENGTH": 16 * 1024 * 1024,
    # One imported article (a .jsonl line, a .txt file, a .json record) may be at most this big.
    "MAX_RECORD_BYTES": 8 * 1024 * 1024,
    # One form field (a pasted article) may be this big. None: MAX_RECORD_BYTES, since Flask's
    # own default (500 kB) refused pasted articles that the import would take as files.
    "MAX_FORM_MEMORY_SIZE": None,
    "SQLITE_BUSY_TIMEOUT_MS": 10_000,
    # SQLite's page cache per connection, at most (it grows only as pages are read). SQLite's own
    # 2 MB make a large write (an import, a batch of the claim index into a million entries)
    # spill changed pages to the log before it commits and read them back.
    "SQLITE_CACHE_MB": 64,
    # Processes that parse a large batch of claims for the claim index while the app matches and
    # writes the batch (services/claim_index.py). None: one where the machine has more than one
    # CPU; 0: none (parsed in the app's own process).
    "CLAIM_INDEX_PROCESSES": None,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    # None: Secure exactly in production (``secure_cookies``); true or false overrides that.
    "SESSION_COOKIE_SECURE": None,
    "REMEMBER_COOKIE_HTTPONLY": True,
    "REMEMBER_COOKIE_SECURE": None,
    # Reverse proxies in front of the app whose X-Forwarded-For/-Proto/-Host are trusted (nginx
    # alone: 1). 0 trusts none: a client could otherwise pick the address login throttling counts.
    "PROXY_FIX_HOPS": 0,
    "WTF_CSRF_TIME_LIMIT": None,
    "PAGE_SIZE": 50,
    # The dashboard's and agreement's figures are remembered until the data changes.
    "FIGURE_CACHE": True,
    # ClaimReview exports (annotate/claimreview.py) name the reviewing organization: its name and
    # its public site. Unset: a claimreview export is refused, naming what is missing, rather
    # than publishing a made-up name or an internal address.
    "REVIEWING_ORGANIZATION": None,
    "REVIEWING_ORGANIZATION_URL": None,
    # The public, read-only claim pages (/claims/<sentence id>): off (404) unless true. A
    # ClaimReview's ``url`` is the final label's ``review_url`` (where the desk published its
    # verdict), else the claim page under PUBLIC_BASE_URL, the address readers reach this site at
    # (https://factcheck.example.org); a claim with neither refuses the export.
    "PUBLIC_CLAIM_PAGES": False,
    "PUBLIC_BASE_URL": None,
    # ``annotate serve`` (gunicorn, annotate/serve.py); its options override these.
    "SERVE_HOST": "127.0.0.1",
    "SERVE_PORT": 8000,
    "SERVE_WORKERS": None,  # None: 2 per CPU plus one, at most serve.MAX_DEFAULT_WORKERS
    "SERVE_THREADS": 1,
    "SERVE_TIMEOUT": 120,
    "SERVE_GRACEFUL_TIMEOUT": 30,
    "SERVE_KEEPALIVE": 5,
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
    secure_cookies(app)
    proxy_fix_hops(app)
    if app.config.get("MAX_FORM_MEMORY_SIZE") is None:
        app.config["MAX_FORM_MEMORY_SIZE"] = app.config["MAX_RECORD_BYTES"]


def database_url(app) -> str:
    """The configured database URL, or SQLite in the (private) instance folder."""
    url = app.config.get("DATABASE_URL") or app.config.get("SQLALCHEMY_DATABASE_URI")
    if url:
        return url
    path = Path(app.instance_path) / "annotate.db"
    if not path.exists():
        make_private_folder(path.parent)
    return f"sqlite:///{path}"


def make_private_folder(path: Path) -> None:
    """Make the instance folder its owner's alone before a first secret goes into it: created so,
    or, when it is there already (a clone has ``instance/`` from git, with the umask's mode),
    closed to group and others. Called only then, so an owner's later choice stands."""
    if not path.is_dir():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        return
    status = path.stat()
    if status.st_uid == os.getuid() and status.st_mode & 0o077:
        path.chmod(status.st_mode & 0o700)


def ensure_secret_key(app) -> None:
    """Refuse to start in production without a long secret; elsewhere keep a random one per
    instance."""
    key = app.config.get("SECRET_KEY")
    if key is not None and not isinstance(key, str | bytes):
        # ANNOTATE_SECRET_KEY is read as JSON when it parses: all digits would be a number.
        raise RuntimeError(f"ANNOTATE_SECRET_KEY must be text, not a {type(key).__name__}: quote it "
                           "(ANNOTATE_SECRET_KEY='\"123…\"'), or use python3 -c 'import secrets; "
                           "print(secrets.token_hex(32))'.")
    if app.config.get("PRODUCTION"):
        if not key:
            raise RuntimeError(
                "ANNOTATE_SECRET_KEY is not set: a production configuration refuses to start "
                "without a secret key (set it in the environment or in instance/config.py)."
            )
        if len(key) < MIN_SECRET_KEY_LENGTH:
            raise RuntimeError(
                f"ANNOTATE_SECRET_KEY is {len(key)} characters long: a production configuration "
                f"needs at least {MIN_SECRET_KEY_LENGTH} random ones "
                "(python3 -c 'import secrets; print(secrets.token_hex(32))' makes one)."
            )
    if key:
        return
    # Never a built-in default: a random key made once for this instance folder, kept private.
    path = Path(app.instance_path) / "secret_key"
    if not path.exists():
        make_private_folder(path.parent)
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


def secure_cookies(app) -> None:
    """Session (and remember-me) cookies go over HTTPS only in production, unless configured."""
    for name in ("SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE"):
        if app.config.get(name) is None:
            app.config[name] = bool(app.config.get("PRODUCTION"))


def proxy_fix_hops(app) -> int:
    """``PROXY_FIX_HOPS`` as a count of proxies (0 or more), or a clear refusal."""
    value = app.config.get("PROXY_FIX_HOPS") or 0
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).isdigit():
        raise RuntimeError(f"PROXY_FIX_HOPS is {value!r}: it counts the reverse proxies in front "
                           "of the app (0 for none, 1 for one nginx)")
    app.config["PROXY_FIX_HOPS"] = int(value)
    return int(value)


def prepare_wsgi(app) -> None:
    """Bound every request body, chunked ones too; trust X-Forwarded-* only from configured proxies."""
    app.request_class = BoundedRequest
    hops = proxy_fix_hops(app)
    if hops:
        # The address login throttling counts becomes the one the nearest proxy saw.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)


class BoundedBody(LimitedStream):
    """A request body without Content-Length (chunked), refused with 413 as soon as it runs past
    ``maximum``. Werkzeug's own limit stops reading *at* the maximum, so ``request.get_data()``
    would silently return the first ``maximum`` bytes of a longer body: a JSON document padded
    past the limit would be cut and processed instead of refused."""

    def __init__(self, stream, maximum: int) -> None:
        # One byte of room: reading it proves the body is longer than allowed.
        super().__init__(stream, maximum + 1, is_max=True)
        self.maximum = maximum

    def readinto(self, b) -> int:
        count = super().readinto(b) or 0
        if self.tell() > self.maximum:
            raise RequestEntityTooLarge()
        return count


class BoundedRequest(Request):
    """Flask's request, with chunked bodies held to ``MAX_CONTENT_LENGTH`` as a whole."""

    @cached_property
    def stream(self):
        """The body: as Werkzeug wraps it, or a ``BoundedBody`` when no length was announced and
        the server ends the stream itself (gunicorn and Werkzeug's server do for chunked bodies)."""
        maximum = self.max_content_length
        if self.content_length is None and maximum is not None and self.environ.get("wsgi.input_terminated"):
            return BoundedBody(self.environ["wsgi.input"], maximum)
        return super().stream


# A pooled connection unused for longer than this is tested (``SELECT 1``) before it is handed
# out; one used more recently is trusted. SQLAlchemy's ``pool_pre_ping`` tests every checkout:
# one more round trip per request, a fifth of a save's cost on PostgreSQL.
IDLE_PING_S = 5.0


def configure_engine(engine: Engine, busy_timeout_ms: int, ping_idle: bool = True, cache_mb: int = 64) -> None:
    """Set SQLite's pragmas on every new connection, test server connections that sat idle, and
    keep pooled connections out of forks."""
    if engine.dialect.name != "sqlite" and ping_idle:
        _ping_when_idle(engine)
    if engine.dialect.name == "sqlite":
        database = engine.url.database

        @event.listens_for(engine, "do_connect")
        def _private_database_file(_dialect, _record, _cargs, _cparams):
            create_private_file(database)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute(f"PRAGMA cache_size=-{int(cache_mb) * 1024}")  # negative: in KiB
            cursor.close()

    # A connection inherited across fork() would be shared by two processes: drop the pool's
    # connections in the child without closing them (the parent still uses them).
    # A weak reference, so that apps made and dropped (as in tests) do not live forever.
    engine_ref = weakref.ref(engine)
    os.register_at_fork(after_in_child=lambda: _dispose_in_child(engine_ref))


def _ping_when_idle(engine: Engine) -> None:
    """Before handing out a connection that sat idle past IDLE_PING_S, run ``SELECT 1`` on it; a
    dead one is replaced (``DisconnectionError`` makes the pool discard it and connect anew)."""

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_connection, record):
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_connection, record, _proxy):
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < IDLE_PING_S:
            return
        try:
            cursor = dbapi_connection.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
            dbapi_connection.rollback()
        except Exception as error:  # any failure: the connection is not fit to use
            raise exc.DisconnectionError(f"idle connection lost: {error}") from error


def create_private_file(database: str | None) -> None:
    """Create a SQLite database file readable by its owner only, before SQLite creates it with
    the umask's mode (its -wal and -shm files then take the same mode as the database's)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.exists() or not path.parent.is_dir():
        return  # an existing file keeps its mode; a missing folder is SQLite's error to report
    with contextlib.suppress(FileExistsError):  # another process made it first: SQLite opens it
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _dispose_in_child(engine_ref) -> None:
    engine = engine_ref()
    if engine is not None:
        engine.dispose(close=False)
