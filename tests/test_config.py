"""Configuration order, SQLite settings, secrets and forks."""

import os

import pytest
from sqlalchemy import text

from annotate import create_app
from annotate.extensions import db


@pytest.fixture
def instance(tmp_path, monkeypatch):
    """Point the app's instance folder at a temporary one."""
    from flask import Flask

    folder = tmp_path / "instance"
    folder.mkdir()
    monkeypatch.setattr(Flask, "auto_find_instance_path", lambda self: str(folder))
    return folder


def test_instance_config_then_environment(instance, monkeypatch):
    (instance / "config.py").write_text("PAGE_SIZE = 7\nSECRET_KEY = 'from-file'\n")
    monkeypatch.setenv("ANNOTATE_SECRET_KEY", "from-env")
    app = create_app()
    assert app.config["PAGE_SIZE"] == 7
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{instance}/annotate.db"


def test_database_url_from_environment(instance, tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATE_SECRET_KEY", "k")
    monkeypatch.setenv("ANNOTATE_DATABASE_URL", f"sqlite:///{tmp_path}/other.db")
    assert create_app().config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path}/other.db"


def test_production_refuses_to_start_without_a_secret_key(instance, monkeypatch):
    monkeypatch.delenv("ANNOTATE_SECRET_KEY", raising=False)
    monkeypatch.setenv("ANNOTATE_PRODUCTION", "true")
    with pytest.raises(RuntimeError, match="ANNOTATE_SECRET_KEY"):
        create_app()


def test_without_a_key_outside_production_a_random_one_is_kept_per_instance(instance, tmp_path):
    config = {"DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}
    first = create_app(dict(config)).config["SECRET_KEY"]
    second = create_app(dict(config)).config["SECRET_KEY"]
    assert first == second and len(first) >= 64
    assert (instance / "secret_key").stat().st_mode & 0o077 == 0  # private to its owner


def test_sqlite_runs_with_wal_busy_timeout_foreign_keys_and_its_page_cache(app_ctx):
    if db.engine.dialect.name != "sqlite":
        assert db.engine.url.drivername == "postgresql+psycopg"
        return
    with db.engine.connect() as connection:
        def pragma(name):
            return connection.execute(text(f"PRAGMA {name}")).scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 10_000
        assert pragma("cache_size") == -64 * 1024  # SQLITE_CACHE_MB in KiB (SQLite's own: -2000)


def test_no_pooled_connection_crosses_a_fork(app_ctx):
    with db.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    assert db.engine.pool.checkedin() >= 1
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: the inherited pool must be empty
        os.write(write, str(db.engine.pool.checkedin()).encode())
        os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 10) == b"0"
    assert db.engine.pool.checkedin() >= 1  # the parent's connections are untouched


def _backend_pid(connection) -> int | None:
    if connection.dialect.name != "postgresql":
        return None
    return connection.execute(text("SELECT pg_backend_pid()")).scalar()


def test_an_idle_pooled_connection_that_died_is_replaced_before_use(app_ctx, monkeypatch):
    """PostgreSQL: a connection idle past IDLE_PING_S is tested and, when its server process is
    gone, replaced; one used just before is trusted as is (no test query per request). SQLite:
    no test at all (a file does not go away under its connection)."""
    from sqlalchemy import create_engine, event

    from annotate import config

    queries: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: queries.append(args[2]))
    with db.engine.connect() as connection:
        pid = _backend_pid(connection)
    with db.engine.connect() as connection:  # used a moment ago: handed out untested
        connection.execute(text("SELECT 2"))
    if db.engine.dialect.name != "postgresql":
        assert "SELECT 1" not in queries and len(db.engine.pool.dispatch.checkout) == 0
        return
    assert queries == ["SELECT pg_backend_pid()", "SELECT 2"]
    killer = create_engine(db.engine.url, isolation_level="AUTOCOMMIT")
    with killer.connect() as connection:
        assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    killer.dispose()
    monkeypatch.setattr(config, "IDLE_PING_S", 0.0)  # every pooled connection counts as idle now
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT 3")).scalar() == 3
        assert _backend_pid(connection) != pid


def test_production_hashes_passwords_with_scrypt(database_url, instance, monkeypatch):
    """The suite hashes cheaply (conftest); an app configured as deployed uses scrypt, and a
    production configuration refuses anything else."""
    from annotate.models import User
    from annotate.services import accounts, logins

    monkeypatch.setenv("ANNOTATE_SECRET_KEY", "k")
    monkeypatch.setenv("ANNOTATE_DATABASE_URL", database_url)
    app = create_app()
    assert app.config["PASSWORD_HASH_METHOD"] == "scrypt"
    with app.app_context():
        try:
            user = accounts.create_user("hashed", "reviewer", "correct horse battery")
            assert user.password_hash.startswith("scrypt:")
            assert logins.authenticate("hashed", "correct horse battery", "127.0.0.1").id == user.id
        finally:
            db.session.execute(db.delete(User).where(User.username == "hashed"))
            db.session.execute(text("DELETE FROM audit_event"))
            db.session.execute(text("DELETE FROM login_throttle"))
            db.session.commit()
            db.engine.dispose()
    monkeypatch.setenv("ANNOTATE_PRODUCTION", "true")
    monkeypatch.setenv("ANNOTATE_SECRET_KEY", LONG_KEY)
    monkeypatch.setenv("ANNOTATE_PASSWORD_HASH_METHOD", "pbkdf2:sha256:1")
    with pytest.raises(RuntimeError, match="scrypt"):
        create_app()


LONG_KEY = "0123456789abcdef" * 2  # 32 characters, the shortest a production key may be


def test_production_refuses_a_short_secret_key(instance, monkeypatch):
    monkeypatch.setenv("ANNOTATE_PRODUCTION", "true")
    monkeypatch.setenv("ANNOTATE_SECRET_KEY", LONG_KEY[:-1])
    with pytest.raises(RuntimeError, match=r"31 characters long.*at least 32"):
        create_app()
    monkeypatch.setenv("ANNOTATE_SECRET_KEY", LONG_KEY)
    assert create_app().config["SECRET_KEY"] == LONG_KEY


def test_production_cookies_are_secure(instance, monkeypatch):
    monkeypatch.setenv("ANNOTATE_PRODUCTION", "true")
    monkeypatch.setenv("ANNOTATE_SECRET_KEY", LONG_KEY)
    app = create_app()
    assert app.config["SESSION_COOKIE_SECURE"] is True and app.config["REMEMBER_COOKIE_SECURE"] is True
    cookie = app.test_client().get("/login").headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie
    # Said outright, the setting wins (a production trial over plain HTTP on a private network).
    monkeypatch.setenv("ANNOTATE_SESSION_COOKIE_SECURE", "false")
    assert create_app().config["SESSION_COOKIE_SECURE"] is False


def test_cookies_are_not_secure_by_default_outside_production(instance, monkeypatch):
    monkeypatch.setenv("ANNOTATE_SECRET_KEY", "k")
    app = create_app()
    assert app.config["SESSION_COOKIE_SECURE"] is False and app.config["REMEMBER_COOKIE_SECURE"] is False


@pytest.mark.parametrize("hops", ['"one"', "-1", "true", "1.5"])
def test_proxy_fix_hops_must_count_proxies(instance, monkeypatch, hops):
    monkeypatch.setenv("ANNOTATE_SECRET_KEY", "k")
    monkeypatch.setenv("ANNOTATE_PROXY_FIX_HOPS", hops)
    with pytest.raises(RuntimeError, match="PROXY_FIX_HOPS"):
        create_app()


@pytest.fixture
def umask_022():
    """The usual umask, under which files are made world-readable unless made otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.parametrize("as_cloned", [False, True], ids=["made by the app", "from a clone"])
def test_instance_folder_and_sqlite_database_are_private(tmp_path, monkeypatch, umask_022, as_cloned):
    from flask import Flask

    folder = tmp_path / "deploy" / "instance"
    if as_cloned:  # git makes instance/ (it holds a .gitkeep) with the umask's mode
        folder.mkdir(parents=True)
        (folder / ".gitkeep").touch()
    monkeypatch.setattr(Flask, "auto_find_instance_path", lambda self: str(folder))
    monkeypatch.setenv("ANNOTATE_SECRET_KEY", "k")  # no secret_key file: the database makes the folder
    app = create_app()
    assert app.test_cli_runner().invoke(args=["init-db"]).exit_code == 0
    try:
        assert folder.stat().st_mode & 0o777 == 0o700
        # The pool still holds a connection, so the write-ahead log and its index are there too.
        for name in ("annotate.db", "annotate.db-wal", "annotate.db-shm"):
            assert (folder / name).stat().st_mode & 0o777 == 0o600, name
    finally:
        with app.app_context():
            db.engine.dispose()


def test_a_configured_sqlite_file_is_created_private(instance, tmp_path, umask_022):
    path = tmp_path / "elsewhere.db"
    app = create_app({"SECRET_KEY": "k", "DATABASE_URL": f"sqlite:///{path}"})
    with app.app_context():
        db.session.execute(text("CREATE TABLE t (x)"))
        db.session.commit()
        db.engine.dispose()
    assert path.stat().st_mode & 0o777 == 0o600


def test_an_existing_database_file_keeps_its_mode(instance, tmp_path, umask_022):
    path = tmp_path / "shared.db"
    path.touch(mode=0o640)
    app = create_app({"SECRET_KEY": "k", "DATABASE_URL": f"sqlite:///{path}"})
    with app.app_context():
        db.session.execute(text("SELECT 1"))
        db.engine.dispose()
    assert path.stat().st_mode & 0o777 == 0o640


def test_the_console_script_refuses_a_bad_production_configuration_in_one_line(tmp_path):
    """Not a traceback: the reason on stderr and exit status 1."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "ANNOTATE_PRODUCTION": "1", "ANNOTATE_SECRET_KEY": "short",
           "ANNOTATE_DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}
    result = subprocess.run([sys.executable, "-m", "annotate", "init-db"], env=env, capture_output=True,
                            text=True, timeout=60, cwd=tmp_path, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: ANNOTATE_SECRET_KEY is 5 characters long"), result.stderr


@pytest.mark.parametrize("production", [True, False])
def test_a_secret_key_of_digits_only_is_refused_clearly(tmp_path, monkeypatch, production):
    """Flask reads ANNOTATE_SECRET_KEY as JSON when it parses: 35 digits became an int (a
    TypeError in production, a numeric key elsewhere)."""
    from annotate import create_app

    monkeypatch.setenv("ANNOTATE_SECRET_KEY", "1" * 35)
    monkeypatch.setenv("ANNOTATE_DATABASE_URL", f"sqlite:///{tmp_path}/x.db")
    if production:
        monkeypatch.setenv("ANNOTATE_PRODUCTION", "true")
    with pytest.raises(RuntimeError, match="ANNOTATE_SECRET_KEY must be text, not a int"):
        create_app()
