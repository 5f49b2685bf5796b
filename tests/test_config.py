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


def test_sqlite_runs_with_wal_busy_timeout_and_foreign_keys(app_ctx):
    if db.engine.dialect.name != "sqlite":
        assert db.engine.url.drivername == "postgresql+psycopg"
        return
    with db.engine.connect() as connection:
        def pragma(name):
            return connection.execute(text(f"PRAGMA {name}")).scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 10_000


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
    monkeypatch.setenv("ANNOTATE_PASSWORD_HASH_METHOD", "pbkdf2:sha256:1")
    with pytest.raises(RuntimeError, match="scrypt"):
        create_app()
