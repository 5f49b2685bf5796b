"""ClaimReview ready to publish (issue 13, point 5): every item checked against the field rules
of schema.org's ClaimReview as Google's guidelines describe them, over every status, the demo,
dates in the article's own offset, and the export refused (CLI, API, page) without its settings."""

import io
import json
import re
import subprocess
import sys
from datetime import date
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from annotate import claimreview
from annotate.extensions import db
from annotate.labels import STATUSES
from annotate.models import Article, FinalLabel, Sentence, Source
from annotate.services import annotations
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from tests.conftest import csrf_token, wipe

SETTINGS = {"REVIEWING_ORGANIZATION": "Valmora Fact Desk", "REVIEWING_ORGANIZATION_URL": "https://desk.example.org",
            "PUBLIC_BASE_URL": "https://claims.example.org/", "PUBLIC_CLAIM_PAGES": True}
UNSET = {"REVIEWING_ORGANIZATION": None, "REVIEWING_ORGANIZATION_URL": None, "PUBLIC_BASE_URL": None,
         "PUBLIC_CLAIM_PAGES": False}  # the defaults
LONG = ("The port authority said on Tuesday that forty-two container ships waited outside the harbour "
        "for three whole days because of the strike.")
TEXT_A = f"Port reopens\n\n{LONG} Exports fell 12 percent. The chamber blamed the strike. Wages rose 4 percent. " \
         "Officials said the talks were useful."
TEXT_B = "Anonymous notice\n\nThe river rose two metres overnight. Nobody was hurt."


# --- the checker: Google's ClaimReview field rules ----------------------------------------------

def public_url(url) -> bool:
    """An http(s) URL with a host that a reader outside this machine can open."""
    parts = urlsplit(url) if isinstance(url, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.hostname
                and parts.hostname not in ("localhost", "127.0.0.1", "::1"))


def iso_date(value) -> bool:
    """An ISO 8601 date (or date and time)."""
    try:
        date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return False
    return True


def problems(item: dict) -> list[str]:
    """What breaks the ClaimReview rules in one item (empty: publishable)."""
    found = []
    if item.get("@context") != "https://schema.org" or item.get("@type") != "ClaimReview":
        found.append("not a schema.org ClaimReview")
    text = item.get("claimReviewed")
    if not isinstance(text, str) or not text.strip() or len(text) > 75:
        found.append(f"claimReviewed missing or past 75 characters: {text!r}")
    url = item.get("url")
    if not public_url(url) or "/articles/" in url or "/admin" in url:
        found.append(f"url is not a page a reader can open: {url!r}")
    author = item.get("author") or {}
    if author.get("@type") not in ("Organization", "Person") or not author.get("name") \
            or not public_url(author.get("url")):
        found.append(f"author needs a name and a url: {author}")
    if not iso_date(item.get("datePublished")):
        found.append("datePublished missing or not ISO 8601")
    return found + rating_problems(item.get("reviewRating") or {}) + claim_problems(item.get("itemReviewed") or {})


def rating_problems(rating: dict) -> list[str]:
    """A Rating has a name, and ratingValue with bestRating and worstRating, or alternateName."""
    found = []
    numeric = all(isinstance(rating.get(key), int) for key in ("ratingValue", "bestRating", "worstRating"))
    if rating.get("@type") != "Rating" or not (numeric or rating.get("alternateName")) or not rating.get("name"):
        found.append(f"reviewRating needs ratingValue/bestRating/worstRating or alternateName, and name: {rating}")
    if numeric and not rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]:
        found.append(f"ratingValue outside the scale: {rating}")
    if any(key in rating for key in ("ratingValue", "bestRating", "worstRating")) and not numeric:
        found.append(f"a partial numeric rating: {rating}")
    return found


def claim_problems(claim: dict) -> list[str]:
    """The Claim: its appearance a public URL, its author a real name, its date ISO 8601."""
    found = []
    if claim.get("@type") != "Claim":
        found.append("itemReviewed is not a Claim")
    if "appearance" in claim and not public_url(claim["appearance"].get("url")):
        found.append(f"appearance is not the article's own URL: {claim['appearance']}")
    claim_author = claim.get("author")
    if claim_author is not None and (not claim_author.get("name") or claim_author["name"] == "unknown publisher"):
        found.append(f"claim author without a real name: {claim_author}")
    if "datePublished" in claim and not iso_date(claim["datePublished"]):
        found.append("itemReviewed.datePublished is not ISO 8601")
    return found


# --- the pure writer --------------------------------------------------------------------------

def record(sentences, url="https://example.org/a", publisher="Wire", published="2026-03-15T00:30:00+02:00"):
    """An article as the json export holds it, with (id, text, final) sentences."""
    return {"id": 1, "title": "A title", "url": url, "publisher": publisher, "published_at": published,
            "sentences": [{"id": i, "text": text, "final": final} for i, text, final in sentences]}


def final(status, source_id=None, review_url=None):
    label = {"claim_type": "checkable", "source_id": source_id, "status": status, "method": "adjudicated",
             "decided_by": "admin", "decided_at": "2026-03-16T23:30:00+00:00"}
    return {**label, "review_url": review_url} if review_url else label


AUTHOR = {"@type": "Organization", "name": "Desk", "url": "https://desk.example.org"}


def test_the_writer_is_pure():
    code = ("import sys, annotate.claimreview; bad = [m for m in sys.modules if m.split('.')[0] in "
            "('flask', 'sqlalchemy', 'flask_sqlalchemy')]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_status_gives_a_valid_item_or_none():
    article = record([(i, f"Claim number {i} is here.", final(status)) for i, status in enumerate(STATUSES)])
    items = list(claimreview.claim_reviews([article], {}, AUTHOR, "https://claims.example.org"))
    assert [item["reviewRating"]["alternateName"] for item in items] == ["True", "False", "Misleading", "Unverifiable"]
    for item in items:
        assert problems(item) == [], item
    by_name = {item["reviewRating"]["name"]: item["reviewRating"] for item in items}
    assert by_name["True"] == {"@type": "Rating", "name": "True", "alternateName": "True", "ratingValue": 5,
                               "bestRating": 5, "worstRating": 1}
    assert by_name["Unverifiable"] == {"@type": "Rating", "name": "Unverifiable", "alternateName": "Unverifiable"}
    assert items[0]["url"] == "https://claims.example.org/claims/1"  # "unverified" (0) is not reviewed


def test_a_review_url_is_the_items_url():
    article = record([(3, "Exports fell.", final("refuted", review_url="https://desk.example.org/checks/exports"))])
    [item] = claimreview.claim_reviews([article], {}, AUTHOR, None)
    assert item["url"] == "https://desk.example.org/checks/exports"


def test_claim_reviewed_is_cut_at_a_word_boundary_with_an_ellipsis():
    short = claimreview.claim_reviewed(LONG)
    assert len(short) <= 75 and short.endswith("…")
    assert LONG.startswith(short[:-1]) and LONG[len(short) - 1] == " "  # whole words only
    assert claimreview.claim_reviewed("  Exports\nfell  12 percent. ") == "Exports fell 12 percent."
    assert len(claimreview.claim_reviewed("x" * 200)) == 75
    exactly = "y" * 75
    assert claimreview.claim_reviewed(exactly) == exactly


def test_the_claims_author_and_appearance_are_only_what_is_known():
    sources = {7: {"id": 7, "name": "Anselm Ruiz", "kind": "person"}}
    items = {}
    for name, article in {"source": record([(1, "A.", final("supported", 7))]),
                          "publisher": record([(1, "A.", final("supported"))], url=None),
                          "nobody": record([(1, "A.", final("supported"))], url=None, publisher=None)}.items():
        [items[name]] = claimreview.claim_reviews([article], sources, AUTHOR, "https://claims.example.org")
    assert items["source"]["itemReviewed"]["author"] == {"@type": "Person", "name": "Anselm Ruiz"}
    assert items["source"]["itemReviewed"]["appearance"]["url"] == "https://example.org/a"
    assert items["publisher"]["itemReviewed"]["author"] == {"@type": "Organization", "name": "Wire"}
    assert "appearance" not in items["publisher"]["itemReviewed"]  # no article URL: no internal page instead
    assert "author" not in items["nobody"]["itemReviewed"]  # never "unknown publisher"
    for item in items.values():
        assert problems(item) == []


def test_the_claim_is_dated_on_the_articles_own_day():
    [item] = claimreview.claim_reviews([record([(1, "A.", final("refuted"))])], {}, AUTHOR, "https://c.example.org")
    assert item["itemReviewed"]["datePublished"] == "2026-03-15"  # 2026-03-14T22:30Z in UTC
    assert item["itemReviewed"]["appearance"]["datePublished"] == "2026-03-15T00:30:00+02:00"
    assert item["datePublished"] == "2026-03-16"


@pytest.mark.parametrize("config, missing", [
    ({}, ["REVIEWING_ORGANIZATION", "REVIEWING_ORGANIZATION_URL", "PUBLIC_BASE_URL", "PUBLIC_CLAIM_PAGES"]),
    ({**SETTINGS, "PUBLIC_BASE_URL": "http://127.0.0.1:5000"}, ["PUBLIC_BASE_URL"]),
    ({**SETTINGS, "REVIEWING_ORGANIZATION_URL": "desk.example.org", "PUBLIC_CLAIM_PAGES": False},
     ["REVIEWING_ORGANIZATION_URL", "PUBLIC_CLAIM_PAGES"]),
    (SETTINGS, []),
])
def test_settings_are_checked_by_name(config, missing):
    if not missing:
        claimreview.check_settings(config, needs_claim_pages=True)
        return
    with pytest.raises(claimreview.SettingsMissing) as refused:
        claimreview.check_settings(config, needs_claim_pages=True)
    assert [text.split(" ")[0] for text in refused.value.missing] == missing


# --- the export, over the database ------------------------------------------------------------

@pytest.fixture
def desk(app, users):
    """Article A (URL, publisher, published at 00:30 +02:00): a sentence of each status settled by
    the admin, rev1's evidence and note on the supported one; article B: no URL, no publisher,
    one refuted sentence."""
    with app.app_context():
        lines = [{"text": TEXT_A, "title": "Port reopens", "url": "https://example.org/port", "publisher": "Wire",
                  "published_at": "2026-03-15T00:30:00+02:00"}, {"text": TEXT_B}]
        data = "".join(json.dumps(line) + "\n" for line in lines).encode()
        import_file(io.BytesIO(data), "desk.jsonl", app.config["MAX_RECORD_BYTES"])
        ruiz = Source(name="Anselm Ruiz", kind="person", aliases=[], description="")
        db.session.add(ruiz)
        db.session.commit()
        a, b = db.session.scalars(select(Article.id).order_by(Article.id))
        task_service.assign_article(a, [users["rev1"]])
        sentences = {article: list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article)
                                                      .order_by(Sentence.position))) for article in (a, b)}
        order = [status for status in STATUSES if status != "unverified"] + ["unverified"]
        verdicts = dict(zip(order, sentences[a][1:], strict=False))  # the long sentence is supported
        annotations.save(verdicts["supported"], users["rev1"], {
            "version": 0, "claim_type": "checkable", "status": "supported", "note": "secret desk note",
            "evidence": [{"url": "https://stats.example.org/ships", "quote": "42 ships"}]})
        for status, sentence_id in verdicts.items():
            db.session.add(FinalLabel(sentence_id=sentence_id, claim_type="checkable", status=status,
                                      source_id=ruiz.id if status == "misleading" else None,
                                      method="adjudicated", decided_by_id=users["admin"]))
        db.session.add(FinalLabel(sentence_id=sentences[b][1], claim_type="checkable", status="refuted",
                                  method="adjudicated", decided_by_id=users["admin"]))
        db.session.commit()
        return {"articles": (a, b), "verdicts": verdicts, "b": sentences[b][1], "ruiz": ruiz.id}


def export(app, *args):
    """``annotate export --format claimreview``: the result."""
    return app.test_cli_runner().invoke(args=["export", "--format", "claimreview", *args])


def test_the_export_of_every_status_is_publishable(app, desk):
    app.config.update(SETTINGS)
    result = export(app)
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 5  # four verdicts of A, one of B; "unverified" is not reviewed
    for item in items:
        assert problems(item) == [], item
    by_id = {item["identifier"]: item for item in items}
    supported = by_id[f"sentence-{desk['verdicts']['supported']}"]
    assert supported["url"] == f"https://claims.example.org/claims/{desk['verdicts']['supported']}"
    assert supported["author"] == {"@type": "Organization", "name": "Valmora Fact Desk",
                                   "url": "https://desk.example.org"}
    assert supported["itemReviewed"]["datePublished"] == "2026-03-15"  # the article's own day
    assert supported["itemReviewed"]["author"] == {"@type": "Organization", "name": "Wire"}
    assert by_id[f"sentence-{desk['verdicts']['misleading']}"]["itemReviewed"]["author"]["name"] == "Anselm Ruiz"
    long_one = next(item for item in items if item["claimReviewed"].startswith("The port authority"))
    assert long_one["claimReviewed"].endswith("…") and len(long_one["claimReviewed"]) <= 75
    orphan = by_id[f"sentence-{desk['b']}"]["itemReviewed"]
    assert orphan == {"@type": "Claim"}  # no URL, no publisher, no date: nothing made up


def test_the_offset_survives_the_json_round_trip(app, desk):
    app.config.update(SETTINGS)
    first = app.test_cli_runner().invoke(args=["export", "--format", "json"]).stdout
    [article] = [a for a in json.loads(first)["articles"] if a["url"]]
    assert article["published_at"] == "2026-03-15T00:30:00+02:00"
    with app.app_context():
        assert db.session.scalar(select(Article.published_offset_minutes).where(Article.id == article["id"])) == 120
    wipe(app)
    path = app.instance_path + "/round.json"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(first)
    imported = app.test_cli_runner().invoke(args=["import", path])
    assert imported.exit_code == 0, imported.output
    again = app.test_cli_runner().invoke(args=["export", "--format", "json"]).stdout
    # All but the header's exported_at, and the claim clusters: the import indexes the claims it
    # brings (the desk was bulk-written, never indexed), in clusters numbered by this database.
    assert _unclustered(again.split("\n", 1)[1]) == _unclustered(first.split("\n", 1)[1])
    assert all(s["cluster_id"] for a in json.loads(again)["articles"] for s in a["sentences"]
               if s["final"] and s["final"]["claim_type"] != "not_a_claim")


def _unclustered(text: str) -> str:
    return re.sub(r'"cluster_id": (null|\d+)', '"cluster_id": -', text)


MISSING = re.compile(r"REVIEWING_ORGANIZATION\b.*REVIEWING_ORGANIZATION_URL.*PUBLIC_BASE_URL.*PUBLIC_CLAIM_PAGES",
                     re.S)


def test_the_defaults_make_no_internal_urls():
    from annotate.config import DEFAULTS

    assert {key: DEFAULTS[key] for key in UNSET} == UNSET


def test_without_its_settings_the_export_is_refused_on_the_cli_the_api_and_the_page(app, desk, admin_client):
    app.config.update(UNSET)
    result = export(app)
    assert result.exit_code != 0 and result.stdout == ""
    assert MISSING.search(result.output), result.output
    api = admin_client.get("/api/v1/export?format=claimreview")
    assert api.status_code == 400 and api.get_json()["error"]["code"] == "claimreview_settings"
    assert MISSING.search(api.get_json()["error"]["message"])
    assert api.get_json()["error"]["details"]["missing"] == ["REVIEWING_ORGANIZATION", "REVIEWING_ORGANIZATION_URL",
                                                             "PUBLIC_BASE_URL", "PUBLIC_CLAIM_PAGES"]
    page = admin_client.get("/admin/export/download?format=claimreview")
    assert page.status_code == 400 and MISSING.search(page.get_data(as_text=True))


def test_review_urls_everywhere_need_no_claim_pages(app, desk, users):
    app.config.update({**SETTINGS, "PUBLIC_BASE_URL": None, "PUBLIC_CLAIM_PAGES": False})
    with app.app_context():
        labels = list(db.session.scalars(select(FinalLabel).where(FinalLabel.status != "unverified")))
        for label in labels[:-1]:
            label.review_url = f"https://desk.example.org/checks/{label.sentence_id}"
        last = labels[-1].id
        db.session.commit()
    refused = export(app)
    assert refused.exit_code != 0 and "PUBLIC_BASE_URL" in refused.output  # one claim lacks its page
    assert "REVIEWING_ORGANIZATION " not in refused.output  # the organisation is configured
    with app.app_context():
        db.session.get(FinalLabel, last).review_url = "https://desk.example.org/checks/last"
        db.session.commit()
    result = export(app)
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert all(item["url"].startswith("https://desk.example.org/checks/") and not problems(item) for item in items)


def test_a_web_export_page_names_the_missing_setting(app, desk, admin_client):
    app.config.update({**SETTINGS, "REVIEWING_ORGANIZATION_URL": None})
    page = admin_client.get("/admin/export/download?format=claimreview")
    text = page.get_data(as_text=True)
    assert page.status_code == 400 and "REVIEWING_ORGANIZATION_URL" in text and "PUBLIC_BASE_URL" not in text
    assert csrf_token(admin_client, "/admin/export")  # the form is shown again


def test_the_demo_exports_a_publishable_claimreview(app):
    demo = app.test_cli_runner().invoke(args=["demo", "--no-serve"])
    assert demo.exit_code == 0, demo.output
    app.config.update(SETTINGS)
    result = export(app)
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) >= 5
    for item in items:
        assert problems(item) == [], item
    ratings = {item["reviewRating"]["alternateName"] for item in items}
    assert ratings <= {"True", "False", "Misleading", "Unverifiable"} and len(ratings) >= 2
    client = app.test_client()  # each url opens, without a login, on the claim it reviews
    for item in items[:10]:
        page = client.get(urlsplit(item["url"]).path)
        assert page.status_code == 200
        shown = re.sub(r"\s+", " ", page.get_data(as_text=True))
        assert item["reviewRating"]["name"] in shown
        assert item["claimReviewed"].rstrip("…").replace("&", "&amp;").replace("'", "&#39;") in shown
