"""Importing known fact-checks (issue 15.5): ClaimReview feeds in the shapes publishers use (a
list, a page's @graph, Google's DataFeed, one object, annotate's own export), all or nothing per
file, duplicates skipped, through the CLI and the import page; the other .json formats unchanged."""

import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotate.claimreview_reader import review_digest
from annotate.extensions import db
from annotate.importing import RecordError
from annotate.models import Article, FactCheck
from annotate.services.dataset_import import DatasetReport
from annotate.services.fact_checks import fact_check_view
from annotate.services.imports import import_file
from tests.conftest import csrf_token, wipe

FIXTURES = Path(__file__).parent / "fixtures_claimreview"
SHAPES = {"list.json": 9, "graph.json": 3, "datafeed.json": 7, "single.json": 1}
LIMIT = 64 * 1024  # the suite's MAX_RECORD_BYTES


def counts(app) -> tuple[int, int]:
    """(fact-checks, articles) in the database."""
    with app.app_context():
        return (db.session.execute(select(func.count()).select_from(FactCheck)).scalar_one(),
                db.session.execute(select(func.count()).select_from(Article)).scalar_one())


def run_import(app, *paths):
    """``annotate import`` with the given paths."""
    return app.test_cli_runner().invoke(args=["import", *map(str, paths)])


def review(number: int = 1, **changes) -> dict:
    """A valid ClaimReview (its url and claim made unique by ``number``); a change to None
    removes the field."""
    item = {"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": "2024-05-01",
            "url": f"https://factdesk.example.org/checks/{number}",
            "claimReviewed": f"Claim number {number} about the harbour.",
            "author": {"@type": "Organization", "name": "Harbour Fact Desk", "url": "https://factdesk.example.org"},
            "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                             "alternateName": "False"},
            "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Speaker"}}}
    item.update(changes)
    return {key: value for key, value in item.items() if value is not None}


def write(tmp_path: Path, document, name: str = "feed.json") -> Path:
    """Write a JSON document to a file."""
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_reader_is_pure():
    code = ("import sys, annotate.claimreview_reader; "
            "assert not {'flask', 'sqlalchemy'} & set(sys.modules), sorted(sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


# --- every shape, once and again ----------------------------------------------------------------

def test_every_shape_imports_all_and_a_second_import_skips_all(app):
    paths = [FIXTURES / name for name in SHAPES]
    result = run_import(app, *paths)
    assert result.exit_code == 0, result.output
    for path, number in zip(paths, SHAPES.values(), strict=True):
        assert f"{path}: {number} fact-check{'s' if number > 1 else ''} imported; 0 duplicates skipped" \
            in result.output
    assert "total: 0 articles, 0 sentences imported; 0 duplicates skipped; 20 fact-checks imported" in result.output
    assert counts(app) == (20, 0)
    again = run_import(app, *paths)
    assert again.exit_code == 0, again.output
    assert f"{paths[0]}: 0 fact-checks imported; 9 duplicates skipped" in again.output
    assert "total: 0 articles, 0 sentences imported; 20 duplicates skipped" in again.output
    assert counts(app) == (20, 0)


def stored(app, url: str) -> FactCheck:
    """The fact-check of a review url (the fixtures' urls are unique)."""
    return db.session.scalars(select(FactCheck).where(FactCheck.url == url)).one()


def test_what_a_review_becomes(app_ctx):
    with (FIXTURES / "list.json").open("rb") as stream:
        report = import_file(stream, "list.json", LIMIT)
    assert (report.fact_checks, report.skipped, report.articles) == (9, 0, 0)
    raw = json.loads((FIXTURES / "list.json").read_text(encoding="utf-8"))
    meter = stored(app_ctx, raw[0]["url"])
    assert (meter.rating, meter.organisation, meter.organisation_url, meter.claim_author) == \
        ("Pants on Fire", "Truth Meter", "https://meter.example.org/", "Dana Whitcombe")
    assert meter.date_published == datetime(2024, 3, 5, 19, 20, tzinfo=UTC)  # -05:00 read as UTC
    assert meter.raw == raw[0] and meter.digest == review_digest(raw[0]["url"], raw[0]["claimReviewed"])
    ratings = {item["url"]: stored(app_ctx, item["url"]).rating for item in raw}
    assert ratings[raw[2]["url"]] == "Faux"  # alternateName before name
    assert ratings[raw[3]["url"]] == "Mixture"  # name when there is no alternateName
    assert ratings[raw[6]["url"]] == "2/5"  # a numeric rating alone: value/best
    assert stored(app_ctx, raw[4]["url"]).language == "es"  # a Language object: its code
    assert stored(app_ctx, raw[5]["url"]).claim_reviewed == raw[5]["claimReviewed"]  # markup kept as text
    assert stored(app_ctx, raw[7]["url"]).claim_author == "Ines Moreau"  # the first of two authors
    assert stored(app_ctx, raw[7]["url"]).date_published == datetime(2023, 11, 30, 23, 30, tzinfo=UTC)
    hindi = stored(app_ctx, raw[8]["url"])
    assert fact_check_view(hindi) == {
        "id": hindi.id, "organisation": "Satya Desk", "organisation_url": "https://satyadesk.example.in",
        "rating": "Misleading", "url": raw[8]["url"], "claim_reviewed": raw[8]["claimReviewed"],
        "claim_author": None, "language": "hi", "date_published": None}
    assert fact_check_view(meter)["date_published"] == "2024-03-05T19:20:00+00:00"


def test_the_same_review_twice_in_a_file_is_stored_once(app_ctx):
    document = [review(1), review(2), review(1, datePublished="2024-06-01")]
    report = import_file(io.BytesIO(json.dumps(document).encode()), "twice.json", LIMIT)
    assert (report.fact_checks, report.skipped) == (2, 1)
    assert report.summary() == "2 fact-checks imported; 1 duplicate skipped"


def test_a_large_feed_is_stored_in_batches_with_progress(app_ctx):
    feed = {"@context": "https://schema.org", "@type": "DataFeed",
            "dataFeedElement": [{"@type": "DataFeedItem", "item": [review(n)]} for n in range(1, 1201)]}
    data = json.dumps(feed).encode()
    seen: list[int] = []
    report = import_file(io.BytesIO(data), "big.json", LIMIT, progress=seen.append)
    assert report.fact_checks == 1200 and len(seen) == 3 and seen[-1] == len(data)
    assert db.session.scalar(select(func.count()).select_from(FactCheck)) == 1200


def test_annotates_own_exports_import_back(app, tmp_path):
    demo = app.test_cli_runner().invoke(args=["demo", "--no-serve"])
    assert demo.exit_code == 0, demo.output
    dataset = tmp_path / "dataset.json"
    dataset.write_text(app.test_cli_runner().invoke(args=["export", "--format", "json"]).stdout, encoding="utf-8")
    reviews = tmp_path / "claimreview.json"
    reviews.write_text(app.test_cli_runner().invoke(args=["export", "--format", "claimreview"]).stdout,
                       encoding="utf-8")
    items = json.loads(reviews.read_text(encoding="utf-8"))
    assert len(items) >= 5
    wipe(app)
    with app.app_context():
        with dataset.open("rb") as stream:  # a json export is still a dataset
            assert isinstance(import_file(stream, str(dataset), LIMIT), DatasetReport)
        with reviews.open("rb") as stream:
            report = import_file(stream, str(reviews), LIMIT)
        assert (report.fact_checks, report.articles) == (len(items), 0)
        ratings = sorted(db.session.scalars(select(FactCheck.rating)))
        assert ratings == sorted(item["reviewRating"]["alternateName"] for item in items)
        organisations = set(db.session.scalars(select(FactCheck.organisation)))
        assert organisations == {item["author"]["name"] for item in items}


def test_plain_article_files_are_still_articles(app, tmp_path):
    articles = write(tmp_path, [{"text": "One. Two.", "title": "Type @type here"}, {"text": "Three."}], "a.json")
    lone = write(tmp_path, {"text": "Four.", "meta": {"@type": "ClaimReview"}}, "b.json")
    result = run_import(app, articles, lone)
    assert result.exit_code == 0, result.output
    assert "total: 3 articles, 4 sentences imported; 0 duplicates skipped" in result.output
    assert counts(app) == (0, 3)


# --- all or nothing -----------------------------------------------------------------------------

MALFORMED = [
    pytest.param({"claimReviewed": None}, "missing 'claimReviewed'", id="no-claim"),
    pytest.param({"claimReviewed": "   "}, "'claimReviewed' is empty", id="empty-claim"),
    pytest.param({"claimReviewed": 42}, "'claimReviewed' must be a string, got number", id="claim-type"),
    pytest.param({"claimReviewed": "x" * 5001}, "'claimReviewed' is longer than 5,000 characters", id="claim-long"),
    pytest.param({"claimReviewed": "a\x00b"}, "NUL", id="claim-nul"),
    pytest.param({"url": None}, "missing 'url'", id="no-url"),
    pytest.param({"url": "javascript:alert(1)"}, "'url' must be an http or https URL", id="url-scheme"),
    pytest.param({"url": "https:///no-host"}, "'url' must be an http or https URL", id="url-host"),
    pytest.param({"url": "https://x.example/" + "a" * 2000}, "'url' is longer than 2,000", id="url-long"),
    pytest.param({"author": None}, "missing 'author'", id="no-author"),
    pytest.param({"author": "Harbour Fact Desk"}, "'author' must be an object with a name, got string",
                 id="author-type"),
    pytest.param({"author": {"@type": "Organization", "url": "https://x.example"}}, "'author' has no 'name'",
                 id="author-no-name"),
    pytest.param({"author": {"name": "N" * 201}}, "'author.name' is longer than 200 characters", id="author-long"),
    pytest.param({"author": {"name": "Desk", "url": "ftp://x.example"}}, "'author.url' must be an http",
                 id="author-url"),
    pytest.param({"reviewRating": None}, "missing 'reviewRating'", id="no-rating"),
    pytest.param({"reviewRating": {"@type": "Rating"}}, "the review has no rating", id="empty-rating"),
    pytest.param({"reviewRating": "False"}, "'reviewRating' must be an object, got string", id="rating-type"),
    pytest.param({"reviewRating": {"ratingValue": 3}}, "no bestRating", id="rating-no-scale"),
    pytest.param({"reviewRating": {"ratingValue": 7, "bestRating": 5, "worstRating": 1}},
                 "outside worstRating..bestRating", id="rating-range"),
    pytest.param({"reviewRating": {"ratingValue": "high", "bestRating": 5}},
                 "'reviewRating.ratingValue' must be a number", id="rating-nan"),
    pytest.param({"reviewRating": {"alternateName": ["False"]}},
                 "'reviewRating.alternateName' must be a string, got array", id="rating-name-type"),
    pytest.param({"reviewRating": {"alternateName": "F" * 201}},
                 "'reviewRating.alternateName' is longer than 200", id="rating-long"),
    pytest.param({"itemReviewed": "a claim"}, "'itemReviewed' must be an object", id="claim-item-type"),
    pytest.param({"itemReviewed": {"author": {"name": "P" * 201}}},
                 "'itemReviewed.author.name' is longer than 200", id="claim-author-long"),
    pytest.param({"datePublished": "05/12/2024"}, "'datePublished' is not an ISO 8601 date", id="date"),
    pytest.param({"inLanguage": "English (United Kingdom)"}, "'inLanguage' is longer than 16", id="language"),
    pytest.param({"@type": "Article"}, "not a ClaimReview", id="wrong-type"),
    pytest.param({"reviewBody": "x" * (LIMIT + 1)}, "larger than the limit of 65,536 bytes", id="too-large"),
]


@pytest.mark.parametrize("changes, message", MALFORMED)
def test_a_malformed_review_refuses_the_whole_file(app, tmp_path, changes, message):
    assert run_import(app, FIXTURES / "single.json").exit_code == 0
    bad = review(3, **changes)
    path = write(tmp_path, [review(1), review(2), bad, review(4)])
    result = run_import(app, path)
    assert result.exit_code == 1, result.output
    url = bad.get("url")
    where = f"review 3 ({url[:200]})" if isinstance(url, str) else "review 3"
    assert f"error: {path}: {where}: " in result.stderr and message in result.stderr, result.stderr
    assert "nothing from this file was imported" in result.stderr
    assert counts(app) == (1, 0)


def test_a_list_item_that_is_not_an_object_is_named(app_ctx):
    with pytest.raises(RecordError) as refused:
        import_file(io.BytesIO(json.dumps([review(1), "oops"]).encode()), "f.json", LIMIT)
    assert str(refused.value) == "f.json: review 2: expected a ClaimReview object, got string"


def test_a_nested_review_is_named_by_its_place_and_url(app_ctx):
    feed = {"@type": "DataFeed", "dataFeedElement": [
        {"@type": "DataFeedItem", "item": [review(1)]},
        {"@type": "DataFeedItem", "item": [review(2), review(3, claimReviewed=None)]}]}
    with pytest.raises(RecordError) as refused:
        import_file(io.BytesIO(json.dumps(feed).encode()), "feed.json", LIMIT)
    assert refused.value.where == "review 3 (dataFeedElement[1].item[1]; https://factdesk.example.org/checks/3)"
    assert db.session.scalar(select(func.count()).select_from(FactCheck)) == 0


def test_a_bad_review_after_stored_batches_rolls_them_back(app_ctx):
    reviews = [review(n) for n in range(1, 1201)] + [review(1201, url="not a url")]
    with pytest.raises(RecordError, match="review 1201"):
        import_file(io.BytesIO(json.dumps(reviews).encode()), "late.json", LIMIT)
    assert db.session.scalar(select(func.count()).select_from(FactCheck)) == 0


def test_a_feed_of_other_things_is_refused_by_name(app_ctx):
    feed = {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": {"@type": "Movie"}}]}
    with pytest.raises(RecordError, match=r"review 1 \(dataFeedElement\[0\]\.item\): not a ClaimReview"):
        import_file(io.BytesIO(json.dumps(feed).encode()), "movies.json", LIMIT)


def test_the_cli_names_the_failed_file_and_imports_the_others(app, tmp_path):
    bad = write(tmp_path, [review(1), review(2, author=None)], "bad-feed.json")
    result = run_import(app, bad, FIXTURES / "graph.json")
    assert result.exit_code == 1
    assert f"error: {bad}: review 2 (https://factdesk.example.org/checks/2): missing 'author'" in result.stderr
    assert "1 file(s) failed" in result.output
    assert counts(app) == (3, 0)  # graph.json only


# --- the import page ----------------------------------------------------------------------------

def post_import(client, name: str, content: bytes):
    """Upload one file on the import page."""
    data = {"csrf_token": csrf_token(client, "/admin/import"), "files": [(io.BytesIO(content), name)]}
    return client.post("/admin/import", data=data, content_type="multipart/form-data")


def test_the_import_page_takes_a_feed(app, admin_client):
    page = post_import(admin_client, "datafeed.json", (FIXTURES / "datafeed.json").read_bytes())
    assert page.status_code == 200
    assert "7 fact-checks imported; 0 duplicates skipped" in page.get_data(as_text=True)
    assert counts(app) == (7, 0)
    bad = json.dumps([review(1), review(2, reviewRating={"name": ""})]).encode()
    refused = post_import(admin_client, "bad.json", bad)
    text = refused.get_data(as_text=True)
    assert refused.status_code == 422 and "review 2 (https://factdesk.example.org/checks/2)" in text
    assert "the review has no rating" in text
    assert counts(app) == (7, 0)
