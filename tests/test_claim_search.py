"""Issue 15, point 4: search every claim. Words and filters, the cursor, bad input, who may
search what, and the index kept true by every path that writes sentences (plain and dataset
imports, segmentation corrections, article deletes, the migration for sentences stored before)."""

import io
import json

import pytest
from sqlalchemy import select

from annotate.extensions import db
from annotate.models import Article, Sentence, Source
from annotate.services import annotations as annotation_service
from annotate.services import article_edits, collections, final_labels, segmentation, tokens
from annotate.services import tasks as task_service
from annotate.services.claim_search import MAX_QUERY
from annotate.services.imports import import_file
from tests.conftest import login

PORT = ("Port reopens\n\nThe port authority said 42 ships waited near Geneva. Xinhua reported the port was "
        "closed. The minister denied it.")
TALKS = ("Geneva talks\n\nDelegates met in Geneva on Monday. The talks in Geneva were long, Geneva officials "
         "said.")
SECRET = "Unassigned story\n\nGeneva appears here too. <script>alert(1)</script> was typed near the harbour."
ARTICLES = [{"text": PORT, "title": "Port reopens", "published_at": "2026-03-10T09:00:00Z"},
            {"text": TALKS, "title": "Geneva talks", "published_at": "2026-04-20T09:00:00Z"},
            {"text": SECRET, "title": "Unassigned story"}]


def sentence_id(text: str) -> int:
    """The id of the sentence whose text starts with ``text``."""
    for sid, body, start, end in db.session.execute(
            select(Sentence.id, Article.text, Sentence.start, Sentence.end).join(Article)):
        if body[start:end].startswith(text):
            return sid
    raise AssertionError(f"no sentence {text!r}")


def save(sid: int, reviewer_id: int, **values) -> None:
    version = annotation_service.annotation_of(sid, reviewer_id)["version"]
    annotation_service.save(sid, reviewer_id, {"version": version, **values})


@pytest.fixture
def desk(app, users) -> dict:
    """The three articles; the port story (collection "Port desk") assigned to rev1 and rev2, who
    judge Xinhua's sentence differently and hand in; the talks assigned to rev1, in progress."""
    with app.app_context():
        lines = "\n".join(json.dumps(article) for article in ARTICLES).encode()
        import_file(io.BytesIO(lines), "desk.jsonl", app.config["MAX_RECORD_BYTES"])
        port, talks, secret = db.session.scalars(select(Article.id).order_by(Article.id)).all()
        collections.add_articles(collections.create("Port desk").id, [port])
        xinhua = Source(name="Xinhua", kind="news_agency", aliases=["New China"], description="")
        db.session.add(xinhua)
        db.session.commit()
        task_service.assign_article(port, [users["rev1"], users["rev2"]])
        task_service.assign_article(talks, [users["rev1"]])
        claim = sentence_id("Xinhua reported")
        save(claim, users["rev1"], claim_type="checkable", status="refuted", source_id=xinhua.id)
        save(claim, users["rev2"], claim_type="checkable", status="supported", source_id=xinhua.id)
        save(sentence_id("Delegates met"), users["rev1"], claim_type="minor", status="unverified")
        for reviewer in ("rev1", "rev2"):
            task_service.submit(task_service.task_for(port, users[reviewer]).id, users[reviewer])
        headers = {name: {"Authorization": "Bearer " + tokens.create_token(users[name], "search")[1]}
                   for name in ("admin", "rev1", "rev2")}
        return {"port": port, "talks": talks, "secret": secret, "claim": claim, "xinhua": xinhua.id,
                "headers": headers}


def found(app, desk, who: str = "admin", **args) -> list[dict]:
    """Every item of a search, page after page (``limit`` from ``args``), each id once."""
    items, cursor = [], None
    while True:
        query = {**args, **({"cursor": cursor} if cursor else {})}
        response = app.test_client().get("/api/v1/claims", query_string=query, headers=desk["headers"][who])
        assert response.status_code == 200, response.get_json()
        page = response.get_json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


def texts(items: list[dict]) -> list[str]:
    return [item["text"] for item in items]


def refused(app, desk, who: str = "admin", **args) -> str:
    response = app.test_client().get("/api/v1/claims", query_string=args, headers=desk["headers"][who])
    assert response.status_code == 400, (args, response.status_code)
    return response.get_json()["error"]["message"]


def test_words_find_sentences_holding_all_of_them_in_any_case(app, desk):
    items = found(app, desk, q="GENEVA")
    assert len(items) == 5  # three in the talks (its title too), one in the port story, one in the unassigned one
    ranked = texts(items)  # of two sentences as long, the one holding the word twice ranks first
    assert ranked.index("The talks in Geneva were long, Geneva officials said.") < ranked.index(
        "The port authority said 42 ships waited near Geneva.")
    assert texts(found(app, desk, q="geneva delegates")) == ["Delegates met in Geneva on Monday."]
    assert found(app, desk, q="geneva nowhere") == []
    item = found(app, desk, q="ships")[0]
    assert item["article_id"] == desk["port"] and item["article_title"] == "Port reopens"
    with app.app_context():
        assert item["position"] == 1 and item["sentence_id"] == sentence_id("The port authority")
    start, end = item["highlights"][0]
    assert item["text"][start:end] == "ships"


def test_the_label_filters_match_the_final_label_else_handed_in_work(app, desk, users):
    """The two reviewers differ (no final label): each one's status matches; an admin's decision
    then overrides them; work not handed in (rev1's on the talks) does not count for the admin."""
    claim = "Xinhua reported the port was closed."
    assert texts(found(app, desk, q="port", status="refuted")) == [claim]
    assert texts(found(app, desk, q="port", status="supported")) == [claim]
    assert texts(found(app, desk, claim_type="checkable", status="refuted", source="xinhua")) == [claim]
    assert texts(found(app, desk, source="New China")) == [claim]  # an alias
    assert texts(found(app, desk, source=str(desk["xinhua"]))) == [claim]  # an id
    assert found(app, desk, claim_type="minor") == []  # rev1's, still in progress
    item = found(app, desk, status="refuted")[0]
    assert item["final"] is None
    assert [(label["reviewer"], label["status"], label["source"]) for label in item["labels"]] == [
        ("rev1", "refuted", "Xinhua"), ("rev2", "supported", "Xinhua")]
    with app.app_context():
        final_labels.adjudicate(desk["claim"], {"claim_type": "checkable", "status": "supported",
                                                "source_id": desk["xinhua"]}, users["admin"])
    assert found(app, desk, status="refuted") == []
    item = found(app, desk, status="supported")[0]
    assert item["final"] == {"claim_type": "checkable", "status": "supported", "source_id": desk["xinhua"],
                             "source": "Xinhua", "method": "adjudicated"}


def test_collection_and_publication_dates_filter(app, desk):
    assert {item["article_id"] for item in found(app, desk, q="geneva", collection="port desk")} == {desk["port"]}
    assert {item["article_id"] for item in found(app, desk, q="geneva", since="2026-04-01")} == {desk["talks"]}
    assert {item["article_id"] for item in found(app, desk, q="geneva", until="2026-03-10")} == {desk["port"]}
    assert found(app, desk, q="geneva", since="2026-03-11", until="2026-04-19") == []


@pytest.mark.parametrize("args", [{"q": "geneva"}, {"q": "the geneva port said"}, {"since": "2026-01-01"},
                                  {"q": "the port said in geneva", "since": "2026-04-01"}])
def test_pages_hold_every_result_once_in_one_order(app, desk, args):
    with app.app_context():  # more sentences, many of them as relevant as one another
        lines = "\n".join(json.dumps({"text": f"Geneva port note {n}. The port said {n} things in Geneva.",
                                      "published_at": f"2026-05-{n + 1:02}T08:00:00Z"}) for n in range(12)).encode()
        import_file(io.BytesIO(lines), "more.jsonl", app.config["MAX_RECORD_BYTES"])
    whole = found(app, desk, **args, limit="500")
    assert len(whole) > 5
    for limit in ("1", "2", "5"):
        paged = found(app, desk, **args, limit=limit)
        assert [item["sentence_id"] for item in paged] == [item["sentence_id"] for item in whole], limit


@pytest.mark.parametrize("q", ['"', '"port', 'port"', "port*", "NEAR(port ships)", "NEAR", "-port", "port -ships",
                               "(port OR ships)", "port:ships", "text:port", "^port", "port AND", "OR", "'",
                               "ports'", "{port}", "[port]", "port + ships", "\\", "%_", "port\u00a0ships"])
def test_search_syntax_in_q_is_only_words(app, desk, q):
    response = app.test_client().get("/api/v1/claims", query_string={"q": q}, headers=desk["headers"]["admin"])
    assert response.status_code in (200, 400), (q, response.status_code)
    if "port" in q.lower():
        assert response.status_code == 200


def test_syntax_words_are_searched_as_words(app, desk):
    with app.app_context():
        import_file(io.BytesIO(b'{"text": "Ships came NEAR the port OR the bay. The end."}'), "near.jsonl",
                    app.config["MAX_RECORD_BYTES"])
    assert texts(found(app, desk, q='NEAR "or" (bay)*')) == ["Ships came NEAR the port OR the bay."]


def test_both_databases_cut_numbers_symbols_and_addresses_into_the_same_words(app, desk):
    with app.app_context():
        import_file(io.BytesIO('{"text": "Prices rose 3.5% to $5 at shop.example.com, Über said. End."}'.encode()),
                    "prices.jsonl", app.config["MAX_RECORD_BYTES"])
    sentence = ["Prices rose 3.5% to $5 at shop.example.com, Über said."]
    for q in ("3.5", "3.5%", "$5", "5", "example", "shop.example.com", "über", "ÜBER", "PRICES"):
        assert texts(found(app, desk, q=q)) == sentence, q
    assert found(app, desk, q="uber") == []  # accents count
    start, end = found(app, desk, q="über")[0]["highlights"][0]
    assert sentence[0][start:end] == "Über"


def test_bad_input_gets_a_clear_400(app, desk):
    assert "at most 400 characters" in refused(app, desk, q="port " * (MAX_QUERY // 5 + 1))
    assert "no word" in refused(app, desk, q="*** -- ()")
    assert "q (words to search for) or at least one filter" in refused(app, desk)
    assert "claim_type must be one of checkable" in refused(app, desk, q="port", claim_type="opinion")
    assert "status must be one of" in refused(app, desk, q="port", status="true")
    assert "no source named 'Nobody'" in refused(app, desk, q="port", source="Nobody")
    assert "no collection named" in refused(app, desk, q="port", collection="Nowhere")
    assert "since must be a date" in refused(app, desk, q="port", since="yesterday")
    assert "since must not be after until" in refused(app, desk, q="port", since="2026-05-01", until="2026-04-01")
    assert "cursor must be an id" in refused(app, desk, q="port", cursor="abc")
    assert "limit" in refused(app, desk, q="port", limit="100000")
    with app.app_context():
        elsewhere = sentence_id("Delegates met")
    assert "no longer matches" in refused(app, desk, q="port", cursor=str(elsewhere))


def test_a_reviewer_searches_their_articles_and_sees_their_own_labels(app, desk):
    assert {item["article_id"] for item in found(app, desk, "rev1", q="geneva")} == {desk["port"], desk["talks"]}
    assert {item["article_id"] for item in found(app, desk, "rev2", q="geneva")} == {desk["port"]}
    assert texts(found(app, desk, "rev1", claim_type="minor")) == ["Delegates met in Geneva on Monday."]
    assert found(app, desk, "rev2", claim_type="minor") == []
    assert texts(found(app, desk, "rev2", status="supported")) == ["Xinhua reported the port was closed."]
    assert found(app, desk, "rev2", status="refuted") == []  # rev1's judgement is not rev2's to see
    item = found(app, desk, "rev2", status="supported")[0]
    assert [label["reviewer"] for label in item["labels"]] == ["rev2"]


def test_a_reviewer_sees_no_final_label_and_no_cursor_tells_of_another_article(app, desk, users):
    with app.app_context():
        final_labels.adjudicate(desk["claim"], {"claim_type": "checkable", "status": "refuted",
                                                "source_id": desk["xinhua"]}, users["admin"])
        hidden = sentence_id("Delegates met")  # the talks: rev1's, not rev2's
    item = found(app, desk, "rev2", status="supported")[0]  # rev2's own judgement, not the decision
    assert item["final"] is None and [label["reviewer"] for label in item["labels"]] == ["rev2"]
    assert found(app, desk, "rev2", status="refuted") == []
    assert found(app, desk, status="refuted")[0]["final"]["status"] == "refuted"  # the admin's
    for words in ("geneva", "nowhere"):  # held by the hidden sentence, or not: the same answer
        assert "no longer matches" in refused(app, desk, "rev2", q=words, cursor=str(hidden))
    mine = app.test_client().get("/api/v1/claims", query_string={"q": "geneva", "cursor": str(hidden)},
                                 headers=desk["headers"]["rev1"])
    assert mine.status_code == 200  # rev1's own article: the cursor is theirs to use


def test_the_search_needs_a_login(app, desk):
    assert app.test_client().get("/api/v1/claims?q=geneva").status_code == 401
    response = app.test_client().get("/search?q=geneva")
    assert response.status_code == 302 and "/login?next=" in response.headers["Location"]


def test_an_article_deleted_leaves_the_search(app, desk, users):
    assert found(app, desk, q="harbour")
    with app.app_context():
        article_edits.delete_article(desk["secret"], users["admin"])
    assert found(app, desk, q="harbour") == []
    assert found(app, desk, q="geneva", limit="1")  # the others stay, page after page


def test_split_and_merge_corrections_are_searched_as_they_are_now(app, desk, users):
    with app.app_context():
        merged = sentence_id("Delegates met")
        segmentation.merge_with_next(desk["talks"], merged, users["admin"], carry_over=True)
    assert texts(found(app, desk, q="delegates long")) == [
        "Delegates met in Geneva on Monday. The talks in Geneva were long, Geneva officials said."]
    with app.app_context():
        sentence = db.session.get_one(Sentence, merged)
        segmentation.split(desk["talks"], merged, sentence.start + len("Delegates met in Geneva on Monday. "),
                           users["admin"], carry_over=True)
    assert found(app, desk, q="delegates long") == []
    assert texts(found(app, desk, q="long officials")) == ["The talks in Geneva were long, Geneva officials said."]
    assert texts(found(app, desk, q="delegates")) == ["Delegates met in Geneva on Monday."]


def test_a_dataset_import_is_searchable(app, desk, users):
    admin = app.test_client()
    document = admin.get("/api/v1/export?format=json", headers=desk["headers"]["admin"]).get_data()
    with app.app_context():
        for article_id in (desk["port"], desk["talks"], desk["secret"]):
            article_edits.delete_article(article_id, users["admin"])
    assert found(app, desk, q="geneva") == []
    with app.app_context():
        import_file(io.BytesIO(document), "export.json", app.config["MAX_RECORD_BYTES"])
    assert len(found(app, desk, q="geneva")) == 5
    assert texts(found(app, desk, status="refuted")) == ["Xinhua reported the port was closed."]


def test_the_page_shows_results_with_the_words_marked_and_html_as_text(app, desk):
    client = app.test_client()
    assert login(client, "admin").status_code == 302
    page = client.get("/search?q=script+alert").get_data(as_text=True)
    assert "<mark>script</mark>&gt;<mark>alert</mark>(1)&lt;/<mark>script</mark>&gt;" in page
    assert "<script>alert" not in page
    page = client.get("/search", query_string={"q": '<img src=x onerror=alert(1)> port'}).get_data(as_text=True)
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt; port" in page
    response = client.get("/search?q=port&status=true")
    assert response.status_code == 400 and "status must be one of" in response.get_data(as_text=True)
    assert client.get("/search").status_code == 200  # the empty form


def test_the_page_pages_on(app, desk):
    client = app.test_client()
    assert login(client, "rev1").status_code == 302
    with app.app_context():
        lines = "\n".join(json.dumps({"text": f"Geneva note number {n}."}) for n in range(25)).encode()
        import_file(io.BytesIO(lines), "notes.jsonl", app.config["MAX_RECORD_BYTES"])
    page = client.get("/search?q=geneva").get_data(as_text=True)  # rev1 sees none of the notes
    assert page.count('class="search-result"') == 4 and "More results" not in page
    admin = app.test_client()
    assert login(admin, "admin").status_code == 302
    page = admin.get("/search?q=geneva").get_data(as_text=True)
    assert page.count('class="search-result"') == 20 and "More results" in page


def test_the_migration_indexes_the_sentences_stored_before_it(tmp_path, database_url):
    """Upgrading from 0009 indexes what is there (on a database of its own)."""
    from flask_migrate import upgrade

    from annotate import create_app
    from tests.conftest import TEST_DATABASE_URL, _admin_sql, _test_config, _worker_database

    url = (_worker_database(TEST_DATABASE_URL, "search_migration") if database_url.startswith("postgresql")
           else f"sqlite:///{tmp_path}/before.db")
    app = create_app(_test_config(url, tmp_path))
    try:
        with app.app_context():
            directory = app.extensions["migrate"].directory
            upgrade(directory=directory, revision="0009")
            with db.engine.begin() as connection:
                connection.exec_driver_sql(
                    "INSERT INTO article (id, text, text_length, text_sha256, sentence_count, meta, created_at) "
                    "VALUES (1, 'Ünïcode first. Zebra crossing here.', 35, 'abc', 2, '{}', '2026-01-01')")
                connection.exec_driver_sql('INSERT INTO sentence (id, article_id, position, start, "end", kind) '
                                           "VALUES (1, 1, 0, 0, 14, 'body'), (2, 1, 1, 15, 35, 'body')")
            upgrade(directory=directory, revision="0010")
            from annotate.services.claim_search import ClaimQuery, search

            admin = type("Admin", (), {"is_admin": True, "id": 0})()
            assert [hit.text for hit in search(ClaimQuery(words=["zebra"]), admin, 0, 10)] == ["Zebra crossing here."]
            assert [hit.text for hit in search(ClaimQuery(words=["Ünïcode"]), admin, 0, 10)] == ["Ünïcode first."]
            db.session.remove()
            db.engine.dispose()
    finally:
        if url.startswith("postgresql"):
            _admin_sql(TEST_DATABASE_URL, f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
