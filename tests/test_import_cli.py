"""``annotate import``: per-file transactions, duplicates, messages, exit codes."""

import json

from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Article, Sentence

SEED_LIKE = "A Headline Without a Stop\n\nFirst sentence here. Second one, too.\n"


def counts(app) -> tuple[int, int]:
    """(articles, sentences) in the database."""
    with app.app_context():
        return (db.session.scalar(select(func.count()).select_from(Article)),
                db.session.scalar(select(func.count()).select_from(Sentence)))


def run_import(app, *paths):
    """Run ``annotate import`` with the given paths (output holds stdout and stderr)."""
    return app.test_cli_runner().invoke(args=["import", *map(str, paths)])


def test_import_txt_json_jsonl_with_summary(app, tmp_path):
    (tmp_path / "a.txt").write_text(SEED_LIKE, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([{"text": "One. Two."}, {"text": "Three."}]))
    (tmp_path / "c.jsonl").write_text('{"text": "Four. Five."}\n')
    result = run_import(app, tmp_path / "a.txt", tmp_path / "b.json", tmp_path / "c.jsonl")
    assert result.exit_code == 0, result.output
    assert "total: 4 articles, 8 sentences imported; 0 duplicates skipped" in result.output
    assert counts(app) == (4, 8)
    with app.app_context():
        article = db.session.scalar(select(Article).where(Article.title.is_not(None)))
        assert article.title == "A Headline Without a Stop" and article.text == SEED_LIKE
        kinds = [s.kind for s in article.sentences]
        assert kinds == ["title", "body", "body"]
        assert [s.text for s in article.sentences][1] == "First sentence here."


def test_duplicates_are_skipped_and_counted(app, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Same. Text."}\n{"text": "Same. Text.", "title": "again"}\n')
    first = run_import(app, path)
    assert "1 article, 2 sentences imported; 1 duplicate skipped" in first.output
    second = run_import(app, path)
    assert second.exit_code == 0
    assert "0 articles, 0 sentences imported; 2 duplicates skipped" in second.output
    assert counts(app) == (1, 2)


def test_a_bad_record_stops_its_file_and_stores_nothing_from_it(app, tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "Good one."}\n')
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Stored first?"}\n{"text": "ok"}\n{"text": 7}\n')
    result = run_import(app, bad, good)
    assert result.exit_code == 1
    assert f"{bad}: line 3: 'text' must be a string, got number" in result.output
    assert "nothing from this file was imported" in result.output
    assert "1 file(s) failed" in result.output
    assert counts(app) == (1, 1)  # only good.jsonl


def test_malformed_file_leaves_the_database_unchanged(app, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('[{"text": "fine"},\n {"text": "fine too"\n')
    result = run_import(app, bad)
    assert result.exit_code == 1 and f"{bad}: line 3: invalid JSON" in result.output
    assert counts(app) == (0, 0)


def test_missing_file_and_bad_encoding_are_clear(app, tmp_path):
    result = run_import(app, tmp_path / "nope.txt")
    assert result.exit_code != 0 and "nope.txt" in result.output
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Titel\nCaf\xe9 au lait.\n".encode("latin-1"))
    result = run_import(app, latin)
    assert result.exit_code == 1 and "latin.txt: line 2: not valid UTF-8" in result.output
    assert counts(app) == (0, 0)


def test_oversized_line_is_refused(app, tmp_path):
    big = tmp_path / "big.jsonl"
    limit = app.config["MAX_RECORD_BYTES"]
    big.write_text('{"text": "fine."}\n{"text": "' + "x" * (limit + 10) + '"}\n')
    result = run_import(app, big)
    assert result.exit_code == 1 and "big.jsonl: line 2: line is longer than the limit" in result.output
    assert counts(app) == (0, 0)


def test_large_file_shows_progress_on_stderr(app, tmp_path, monkeypatch):
    import annotate.cli

    monkeypatch.setattr(annotate.cli, "PROGRESS_FROM_BYTES", 10)
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"text": f"Article number {i}. It ends."}) + "\n"
                            for i in range(1200)))
    result = app.test_cli_runner().invoke(args=["import", str(path)])
    assert result.exit_code == 0, result.output
    assert "importing many.jsonl" in result.output
    assert counts(app) == (1200, 2400)


def test_every_command_has_help(app):
    runner = app.test_cli_runner()
    for command in ("import", "init-db", "create-user", "demo"):
        result = runner.invoke(args=[command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, command
