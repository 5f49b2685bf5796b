"""The sources registry: admin pages to list, create, edit and merge sources, and their rules."""

import html
import io
import json
import re
import secrets
from contextlib import contextmanager

import pytest
from flask import session
from flask_wtf.csrf import generate_csrf
from playwright.sync_api import expect
from sqlalchemy import event, func, select

from annotate.extensions import db
from annotate.importing import RecordError
from annotate.models import Annotation, AuditEvent, FinalLabel, Sentence, Source
from annotate.services import source_decisions as decisions
from annotate.services import sources as service
from annotate.services import tokens
from annotate.services.dataset_import import import_dataset
from annotate.services.imports import import_file
from tests.conftest import browser_login, csrf_token

VALID = {"name": "Jane Roe", "kind": "person", "aliases": "J. Roe\nRoe", "description": "Mayor."}
ARTICLE = {"title": "Port closed", "text": "Port closed\n\nShoigu said the port was closed. "
           "The chamber said otherwise. Nobody else spoke."}


# --- helpers -------------------------------------------------------------------------------

def add_source(app, name, kind="person", aliases=(), description="") -> int:
    """Insert a source directly with the model (no validation); return its id."""
    with app.app_context():
        source = Source(name=name, kind=kind, aliases=list(aliases), description=description)
        db.session.add(source)
        db.session.commit()
        return source.id


def post(client, path, data, token_from=None):
    """Post a form with the CSRF token of the page at ``token_from`` (default: ``path``)."""
    token = csrf_token(client, token_from or path)
    return client.post(path, data={**data, "csrf_token": token})


def state(app):
    """Everything a sources page may change: sources, who annotations point to, audit events."""
    with app.app_context():
        return (
            db.session.execute(select(Source.id, Source.name, Source.kind, Source.aliases,
                                      Source.description).order_by(Source.id)).all(),
            db.session.execute(select(Annotation.id, Annotation.source_id, Annotation.version)
                               .order_by(Annotation.id)).all(),
            db.session.execute(select(FinalLabel.id, FinalLabel.source_id)
                               .order_by(FinalLabel.id)).all(),
            db.session.scalar(select(func.count()).select_from(AuditEvent)),
        )


def audit_events(app, entity_id):
    """The audit events of one source, oldest first."""
    with app.app_context():
        return db.session.scalars(select(AuditEvent).where(
            AuditEvent.entity_type == "source", AuditEvent.entity_id == entity_id)
            .order_by(AuditEvent.id)).all()


def text(response) -> str:
    """A response's body."""
    return response.get_data(as_text=True)


def session_csrf_token(app, client) -> str:
    """A valid CSRF token for ``client``'s session, for users who may not open any form here."""
    with client.session_transaction() as client_session:
        raw = client_session.setdefault("csrf_token", secrets.token_hex(20))
    with app.test_request_context():
        session["csrf_token"] = raw
        return generate_csrf()


@contextmanager
def recorded_sql(app):
    """Collect the SQL statements the app's engine runs inside the block."""
    statements: list[str] = []

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def annotated_article(app, users, shoigu, chamber):
    """An imported article; its first body sentence annotated by both reviewers with
    ``shoigu`` (and final-labelled so), the second with ``chamber`` and with no source."""
    data = (json.dumps(ARTICLE) + "\n").encode()
    with app.app_context():
        import_file(io.BytesIO(data), "t.jsonl", app.config["MAX_RECORD_BYTES"])
        first, second = db.session.scalars(
            select(Sentence.id).where(Sentence.kind == "body").order_by(Sentence.position)
        ).all()[:2]
        rows = [
            Annotation(sentence_id=first, reviewer_id=users["rev1"], claim_type="checkable",
                       source_id=shoigu),
            Annotation(sentence_id=first, reviewer_id=users["rev2"], claim_type="checkable",
                       source_id=shoigu),
            Annotation(sentence_id=second, reviewer_id=users["rev1"], source_id=chamber),
            Annotation(sentence_id=second, reviewer_id=users["rev2"], source_id=None),
            FinalLabel(sentence_id=first, claim_type="checkable", source_id=shoigu,
                       method="unanimous"),
            FinalLabel(sentence_id=second, source_id=chamber, method="adjudicated",
                       decided_by_id=users["admin"]),
        ]
        db.session.add_all(rows)
        db.session.commit()
        return first, second


# --- create and edit -----------------------------------------------------------------------

def test_admin_creates_a_source_through_the_form(app, admin_client, users):
    response = post(admin_client, "/admin/sources/new", {
        **VALID, "name": "  Jane   Roe ", "aliases": "J. Roe\r\nroe\r\n\r\nROE\r\n"})
    assert response.status_code == 302
    with app.app_context():
        source = db.session.scalars(select(Source)).one()
        assert (source.name, source.kind, source.aliases, source.description) == \
            ("Jane Roe", "person", ["J. Roe", "roe"], "Mayor.")
    (event_,) = audit_events(app, source.id)
    assert (event_.action, event_.actor_id, event_.before) == ("create", users["admin"], None)
    assert event_.after == {"name": "Jane Roe", "kind": "person", "aliases": ["J. Roe", "roe"],
                            "description": "Mayor.", "status": "approved"}
    listing = text(admin_client.get(response.headers["Location"]))
    assert "Source “Jane Roe” registered." in listing and ">J. Roe</span>" in listing


def test_one_line_of_aliases_is_split_at_commas():
    assert service.split_aliases("Roe, J. Roe ,,") == ["Roe", " J. Roe "]
    assert service.split_aliases("Smith, John\nJ. Smith\n") == ["Smith, John", "J. Smith"]
    assert service.split_aliases("Smith, John\n") == ["Smith, John"]


def test_admin_edits_a_source_and_the_audit_keeps_before_and_after(app, admin_client, users):
    source_id = add_source(app, "Jane Roe", aliases=["Roe"], description="Mayor.")
    page = text(admin_client.get(f"/admin/sources/{source_id}/edit"))
    assert 'value="Jane Roe"' in page and ">Roe\n</textarea>" in page
    response = post(admin_client, f"/admin/sources/{source_id}/edit", {
        "name": "Jane Q. Roe", "kind": "government", "aliases": "Roe\nJane Roe",
        "description": "Former mayor."})
    assert response.status_code == 302
    (event_,) = audit_events(app, source_id)
    assert (event_.action, event_.actor_id) == ("update", users["admin"])
    assert event_.before == {"name": "Jane Roe", "kind": "person", "aliases": ["Roe"],
                             "description": "Mayor."}
    assert event_.after == {"name": "Jane Q. Roe", "kind": "government",
                            "aliases": ["Roe", "Jane Roe"], "description": "Former mayor."}
    assert state(app)[0] == [(source_id, "Jane Q. Roe", "government", ["Roe", "Jane Roe"],
                              "Former mayor.")]


def test_an_unchanged_edit_round_trips_aliases_with_commas(app, admin_client):
    source_id = add_source(app, "John Smith", aliases=["Smith, John"])
    page = text(admin_client.get(f"/admin/sources/{source_id}/edit"))
    aliases = html.unescape(re.search(r'name="aliases"[^>]*>(.*?)</textarea>', page, re.S)[1])
    before = state(app)
    response = post(admin_client, f"/admin/sources/{source_id}/edit", {
        "name": "John Smith", "kind": "person", "aliases": aliases, "description": ""})
    assert response.status_code == 302
    assert "Nothing changed." in text(admin_client.get(response.headers["Location"]))
    assert state(app) == before


def test_a_source_may_change_the_case_of_its_own_name(app, admin_client):
    source_id = add_source(app, "Unión portuaria", kind="organization")
    response = post(admin_client, f"/admin/sources/{source_id}/edit", {
        "name": "Unión Portuaria", "kind": "organization", "aliases": "", "description": ""})
    assert response.status_code == 302
    assert state(app)[0][0][1] == "Unión Portuaria"


# --- refused input: 400, a clear message, nothing stored -----------------------------------

@pytest.mark.parametrize("field, value, message", [
    ("name", "<b>X</b>", "names cannot contain HTML markup"),
    ("name", "<script>alert(1)</script>", "names cannot contain HTML markup"),
    ("name", "Roe </b", "names cannot contain HTML markup"),
    ("name", "<!-- x -->", "names cannot contain HTML markup"),
    ("name", "   ", "name is required"),
    ("name", "x" * 201, "name must be at most 200 characters"),
    ("name", "Jane\x07Roe", "names cannot contain control characters"),  # NUL: refused earlier, test_web_safety
    ("kind", "wizard", "kind must be one of news_agency, person"),
    ("aliases", "Roe\n<i>Jane</i>", "aliases cannot contain HTML markup"),
    ("aliases", "Roe\n" + "y" * 201, "alias must be at most 200 characters"),
    ("aliases", "Roe\njane ROE", "alias &#39;jane ROE&#39; repeats the source&#39;s own name"),
    ("aliases", "\n".join(f"Alias {n}" for n in range(51)), "at most 50 aliases (it has 51)"),
    ("description", "d" * 2001, "description must be at most 2000 characters"),
])
def test_bad_input_is_refused_with_a_clear_message(app, admin_client, field, value, message):
    before = state(app)
    response = post(admin_client, "/admin/sources/new", {**VALID, field: value})
    assert response.status_code == 400
    page = text(response)
    assert message in page and "The source was not saved" in page
    assert "<script>alert(1)" not in page and "<b>X</b>" not in page and "<i>Jane" not in page
    assert state(app) == before


def test_fifty_aliases_of_two_hundred_characters_are_the_most_a_source_may_have(app_ctx):
    """The one validation every path goes through: 50 aliases of 200 characters pass, one more
    alias, or one more character, is refused."""
    longest = [f"{n:03d} " + "y" * 196 for n in range(service.MAX_ALIASES)]
    values = service.validate(service.SourceDraft("Jane Roe", "person", longest))
    assert len(values["aliases"]) == 50 and {len(alias) for alias in values["aliases"]} == {200}
    with pytest.raises(service.SourceError, match="at most 50 aliases"):
        service.validate(service.SourceDraft("Jane Roe", "person", [*longest, "one more"]))
    with pytest.raises(service.SourceError, match="alias must be at most 200 characters"):
        service.validate(service.SourceDraft("Jane Roe", "person", [longest[0] + "y"]))


def test_the_api_refuses_a_flood_of_aliases_at_once_and_stores_nothing(app, users):
    """One POST once registered 75,000 aliases (15 MB, under the default body limit)."""
    app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024  # the default (the suite's is smaller)
    client = app.test_client()
    with app.app_context():
        header = {"Authorization": "Bearer " + tokens.create_token(users["rev1"], "t")[1]}
    before = state(app)
    flood = [f"Alias {n:05d} " + "z" * 188 for n in range(75_000)]
    response = client.post("/api/v1/sources", json={"name": "Flood", "kind": "other", "aliases": flood},
                           headers=header)
    assert response.status_code == 422
    assert response.get_json()["error"]["details"] == {"aliases": "at most 50 aliases (it has 75,000)"}
    assert state(app) == before


def test_a_fixture_or_dataset_import_goes_through_the_same_limits(app_ctx, tmp_path):
    """``annotate import-sources`` and a dataset import validate sources as the pages do."""
    entry = {"name": "Flood", "kind": "other", "aliases": [f"Alias {n}" for n in range(51)], "description": ""}
    fixture = tmp_path / "sources.json"
    fixture.write_text(json.dumps([entry]))
    with pytest.raises(ValueError, match="at most 50 aliases"):
        service.import_sources(fixture)
    document = {"schema_version": 1, "exported_at": "2026-01-01T00:00:00+00:00", "label_set": {},
                "sources": [{**entry, "id": 1, "created_at": "2026-01-01T00:00:00+00:00",
                             "updated_at": "2026-01-01T00:00:00+00:00"}], "articles": []}
    with pytest.raises(RecordError, match="at most 50 aliases"):
        import_dataset(io.BytesIO(json.dumps(document).encode()), "flood.json", 10_000_000)
    assert db.session.scalar(select(func.count()).select_from(Source)) == 0


def test_a_merge_that_would_pass_the_alias_limit_is_refused(app, users):
    """A merge keeps the merged source's names as aliases of the target: within the limit too."""
    many = add_source(app, "Sergei Shoigu", aliases=[f"Shoigu {n}" for n in range(40)])
    target = add_source(app, "Sergei K. Shoigu", aliases=[f"S. K. Shoigu {n}" for n in range(10)])
    before = state(app)
    with app.app_context(), pytest.raises(service.SourceError, match="would have 51 aliases"):
        decisions.merge_sources(many, target, actor_id=users["admin"])
    assert state(app) == before


def test_html_in_a_name_is_refused_on_edit_too(app, admin_client):
    source_id = add_source(app, "Jane Roe")
    before = state(app)
    response = post(admin_client, f"/admin/sources/{source_id}/edit",
                    {**VALID, "name": "<script>alert(1)</script>"})
    assert response.status_code == 400
    assert "names cannot contain HTML markup" in text(response)
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in text(response)
    assert state(app) == before


@pytest.mark.parametrize("data, field_message", [
    ({"name": "sergei SHOIGU"}, "is already the name of source &#39;Sergei Shoigu&#39;"),
    ({"name": "Shoigu"}, "is already an alias of source &#39;Sergei Shoigu&#39;"),
    ({"aliases": "Roe\nSergei  Shoigu"}, "is already the name of source &#39;Sergei Shoigu&#39;"),
    ({"aliases": "shoigu"}, "alias &#39;shoigu&#39; is already an alias of source"),
])
def test_a_duplicate_name_or_alias_is_refused(app, admin_client, data, field_message):
    add_source(app, "Sergei Shoigu", aliases=["Shoigu"])
    before = state(app)
    response = post(admin_client, "/admin/sources/new", {**VALID, **data})
    assert response.status_code == 400 and field_message in text(response)
    assert state(app) == before


def test_renaming_onto_another_sources_alias_is_refused(app, admin_client):
    add_source(app, "Sergei Shoigu", aliases=["Shoigu"])
    other = add_source(app, "Jane Roe")
    before = state(app)
    response = post(admin_client, f"/admin/sources/{other}/edit", {**VALID, "name": "SHOIGU"})
    assert response.status_code == 400 and "is already an alias of source" in text(response)
    assert state(app) == before


def test_posts_without_a_csrf_token_are_refused_and_change_nothing(app, admin_client, users):
    shoigu = add_source(app, "Sergei Shoigu")
    target = add_source(app, "Sergey Shoygu")
    annotated_article(app, users, shoigu, target)
    before = state(app)
    for path, data in (("/admin/sources/new", VALID),
                       (f"/admin/sources/{shoigu}/edit", VALID),
                       (f"/admin/sources/{shoigu}/merge", {"target_id": target, "confirm": "yes"})):
        response = admin_client.post(path, data=data)
        assert response.status_code == 400, path
        assert "security token is missing or invalid" in text(response)
    assert state(app) == before


def test_unknown_ids_are_a_clear_404(admin_client):
    for path in ("/admin/sources/999999/edit", "/admin/sources/999999/merge"):
        response = admin_client.get(path)
        assert response.status_code == 404
        assert "No source with that id." in text(response) and "Traceback" not in text(response)


# --- merge ---------------------------------------------------------------------------------

def test_merge_moves_annotations_and_final_labels_and_is_audited(app, admin_client, users):
    shoigu = add_source(app, "Sergei Shoigu", aliases=["Shoigu", "Sergey Shoygu"],
                        description="Defence minister.")
    target = add_source(app, "Sergei K. Shoigu", aliases=["shoigu", "S. Shoigu"])
    chamber = add_source(app, "Valmora Chamber of Commerce", kind="organization")
    first, second = annotated_article(app, users, shoigu, chamber)

    choose = text(admin_client.get(f"/admin/sources/{shoigu}/merge"))
    assert f'<option value="{target}">Sergei K. Shoigu' in choose
    assert f'<option value="{shoigu}"' not in choose
    assert "is the source of 2 annotations and 1 final label." in " ".join(choose.split())
    confirm = post(admin_client, f"/admin/sources/{shoigu}/merge", {"target_id": target})
    assert confirm.status_code == 200 and 'name="confirm" value="yes"' in text(confirm)
    assert state(app)[0][0][0] == shoigu  # choosing a target alone changes nothing

    response = post(admin_client, f"/admin/sources/{shoigu}/merge",
                    {"target_id": target, "confirm": "yes"})
    assert response.status_code == 302
    assert "2 annotations and 1 final label moved." in text(
        admin_client.get(response.headers["Location"]))
    with app.app_context():
        assert db.session.get(Source, shoigu) is None
        merged_into = db.session.get(Source, target)
        assert merged_into.aliases == ["shoigu", "S. Shoigu", "Sergei Shoigu", "Sergey Shoygu"]
        moved = db.session.execute(select(Annotation.sentence_id, Annotation.source_id,
                                          Annotation.version).order_by(Annotation.id)).all()
        assert moved == [(first, target, 2), (first, target, 2), (second, chamber, 1),
                         (second, None, 1)]
        labels = db.session.execute(select(FinalLabel.sentence_id, FinalLabel.source_id)
                                    .order_by(FinalLabel.id)).all()
        assert labels == [(first, target), (second, chamber)]

    (merge_event,) = audit_events(app, shoigu)
    assert (merge_event.action, merge_event.actor_id) == ("merge", users["admin"])
    assert merge_event.before == {"name": "Sergei Shoigu", "kind": "person",
                                  "aliases": ["Shoigu", "Sergey Shoygu"],
                                  "description": "Defence minister."}
    assert merge_event.after == {"merged_into": target, "annotations_moved": 2,
                                 "final_labels_moved": 1}
    (update_event,) = audit_events(app, target)
    assert (update_event.action, update_event.actor_id) == ("update", users["admin"])
    assert update_event.before["aliases"] == ["shoigu", "S. Shoigu"]
    assert update_event.after["aliases"] == merged_into.aliases


def test_merge_uses_bulk_updates(app, users):
    """Two UPDATE statements move any number of rows: no loop over annotations."""
    shoigu = add_source(app, "Sergei Shoigu")
    target = add_source(app, "Sergei K. Shoigu")
    annotated_article(app, users, shoigu, target)
    with recorded_sql(app) as statements, app.app_context():
        report = decisions.merge_sources(shoigu, target, actor_id=users["admin"])
    assert (report.annotations, report.final_labels) == (2, 1)
    updates = [sql for sql in statements if sql.lstrip().upper().startswith("UPDATE")]
    assert [sql.split()[1].strip('"') for sql in updates] == ["annotation", "final_label", "source"]


@pytest.mark.parametrize("target, message, code", [
    ("self", "a source cannot be merged into itself", 400),
    ("999999", "choose an existing source to merge into", 400),
    ("", "choose an existing source to merge into", 400),
])
def test_a_bad_merge_target_is_refused(app, admin_client, users, target, message, code):
    shoigu = add_source(app, "Sergei Shoigu")
    chamber = add_source(app, "Valmora Chamber of Commerce", kind="organization")
    annotated_article(app, users, shoigu, chamber)
    before = state(app)
    target_id = str(shoigu) if target == "self" else target
    response = post(admin_client, f"/admin/sources/{shoigu}/merge",
                    {"target_id": target_id, "confirm": "yes"})
    assert response.status_code == code and message in text(response)
    assert state(app) == before


def test_the_service_refuses_a_merge_into_itself(app_ctx):
    source_id = add_source(app_ctx, "Sergei Shoigu")
    with pytest.raises(service.SourceError, match="cannot be merged into itself"):
        decisions.merge_sources(source_id, source_id, actor_id=None)


# --- the list ------------------------------------------------------------------------------

def test_the_list_counts_annotations_in_one_query(app, admin_client, users):
    shoigu = add_source(app, "Sergei Shoigu")
    chamber = add_source(app, "Valmora Chamber of Commerce", kind="organization")
    add_source(app, "Xinhua", kind="news_agency")
    annotated_article(app, users, shoigu, chamber)

    def selects_for_list():
        with recorded_sql(app) as statements:
            page = text(admin_client.get("/admin/sources"))
        return page, [sql for sql in statements if "FROM source" in sql]

    page, selects = selects_for_list()
    counts = re.findall(r'<td class="source-name">.*?>([^<]+)</a>.*?<td class="num">(\d+)</td>',
                        page, re.S)
    assert counts == [("Sergei Shoigu", "2"), ("Valmora Chamber of Commerce", "1"),
                      ("Xinhua", "0")]
    for n in range(5):
        add_source(app, f"Extra source {n}")
    # The page, and the number of proposals waiting: however many sources there are.
    assert len(selects_for_list()[1]) == len(selects) == 2


@pytest.mark.parametrize("term, expected", [
    ("shoigu", ["Sergei Shoigu"]),
    ("DEFENCE MIN", ["Sergei Shoigu"]),
    ("xI", ["Xi Jinping"]),
    ("unión", ["Unión Portuaria"]),
    ("dockers", ["Unión Portuaria"]),
    ("%", ["Rate 100% Ltd"]),
    ("_", []),
    ("nobody", []),
])
def test_search_matches_names_and_aliases_case_insensitively(app, admin_client, term, expected):
    add_source(app, "Sergei Shoigu", aliases=["Shoigu", "Defence Minister"])
    add_source(app, "Xi Jinping", aliases=["President Xi"])
    add_source(app, "Unión Portuaria", kind="organization", aliases=["Unión dockers"])
    add_source(app, "Rate 100% Ltd", kind="organization")
    page = text(admin_client.get("/admin/sources", query_string={"q": term}))
    assert names(page) == expected
    if not expected:
        assert "No source has a name or alias containing" in page


def test_odd_search_and_page_parameters_are_harmless(app, admin_client):
    add_source(app, "Sergei Shoigu")
    for query in ({"page": "99999999999999999999999"}, {"page": "-3"}, {"q": "x" * 5000}):
        assert admin_client.get("/admin/sources", query_string=query).status_code == 200, query
    assert admin_client.get("/admin/sources?q=Shoi%00gu").status_code == 400  # NUL: refused app-wide


def names(page: str) -> list[str]:
    """The source names listed on a page, in order."""
    return re.findall(r'<td class="source-name"><a [^>]*>([^<]+)</a>', page)


def test_the_list_is_paginated_and_keeps_the_search(app, admin_client):
    app.config["PAGE_SIZE"] = 2
    for name in ("Alpha agency", "beta agency", "Gamma agency", "Delta agency", "Other"):
        add_source(app, name, kind="news_agency")
    first = text(admin_client.get("/admin/sources?q=agency"))
    assert names(first) == ["Alpha agency", "beta agency"]
    assert 'href="/admin/sources?q=agency&amp;page=2">Next' in first and "Previous" not in first
    second = text(admin_client.get("/admin/sources?q=agency&page=2"))
    assert names(second) == ["Delta agency", "Gamma agency"]
    assert "Previous" in second and "Next" not in second


def test_markup_stored_by_another_path_is_shown_escaped(app, admin_client):
    hostile = add_source(app, "<script>alert('name')</script>", aliases=["<img src=x onerror=alert(1)>"],
                         description="<b>bold</b>")
    other = add_source(app, "Xinhua", kind="news_agency")
    pages = [text(admin_client.get(path)) for path in (
        "/admin/sources", f"/admin/sources/{hostile}/edit", f"/admin/sources/{other}/merge",
        f"/admin/sources/{hostile}/merge")]
    assert "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;" in pages[0]
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages[0] and "&lt;b&gt;bold&lt;/b&gt;" in pages[0]
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>bold" not in page
        assert "&lt;script&gt;" in page


# --- who may use the pages -----------------------------------------------------------------

SOURCE_PAGES = ["/admin/sources", "/admin/sources/new", "/admin/sources/{id}/edit",
                "/admin/sources/{id}/merge"]


def test_reviewers_get_403_on_every_sources_page(app, reviewer_client):
    source_id = add_source(app, "Sergei Shoigu")
    other = add_source(app, "Xinhua", kind="news_agency")
    before = state(app)
    token = session_csrf_token(app, reviewer_client)
    for path in (page.format(id=source_id) for page in SOURCE_PAGES):
        assert reviewer_client.get(path).status_code == 403, path
        data = {**VALID, "target_id": other, "confirm": "yes", "csrf_token": token}
        assert reviewer_client.post(path, data=data).status_code in (403, 405), path
    assert state(app) == before


def test_anonymous_visitors_are_sent_to_log_in(app, client):
    source_id = add_source(app, "Sergei Shoigu")
    for path in (page.format(id=source_id) for page in SOURCE_PAGES):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/login?next="), path


def test_admins_get_200_on_every_sources_page(app, admin_client):
    source_id = add_source(app, "Sergei Shoigu")
    for path in (page.format(id=source_id) for page in SOURCE_PAGES):
        assert admin_client.get(path).status_code == 200, path


# --- the fixtures' sources -----------------------------------------------------------------

def test_import_sources_validates_and_stores_nothing_from_a_bad_file(app_ctx, tmp_path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps([{"name": "Xinhua", "kind": "news_agency"},
                                {"name": "Shoigu", "kind": "person", "aliases": ["S."]}]))
    assert service.import_sources(good) == 2
    assert service.import_sources(good) == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"name": "XINHUA", "kind": "news_agency"},
                               {"name": "Kim", "kind": "person"},
                               {"name": "<b>Bold</b>", "kind": "person"}]))
    with pytest.raises(ValueError, match="names cannot contain HTML markup"):
        service.import_sources(bad)
    assert db.session.scalars(select(Source.name).order_by(Source.name)).all() == \
        ["Shoigu", "Xinhua"]


# --- in a browser --------------------------------------------------------------------------

@pytest.mark.browser
def test_admin_registers_a_source_in_the_browser(app, users, live_url, page, tmp_path):
    add_source(app, "Xinhua", kind="news_agency")
    browser_login(page, live_url, "admin")
    page.goto(live_url + "/admin/sources")
    page.click("text=New source")
    page.fill("input[name=name]", "Sergei Shoigu")
    page.select_option("select[name=kind]", "government")
    page.fill("textarea[name=aliases]", "Shoigu\nthe defence minister")
    page.fill("textarea[name=description]", "Russian defence minister.")
    page.click("button[type=submit]:has-text('Register source')")
    page.wait_for_url("**/admin/sources?q=*")
    assert page.locator(".flash").inner_text() == "Source “Sergei Shoigu” registered."
    row = page.locator("table.sources tbody tr")
    assert row.count() == 1
    assert row.locator(".source-name").inner_text() == "Sergei Shoigu"
    assert row.locator(".alias").all_inner_texts() == ["Shoigu", "the defence minister"]
    assert row.locator("td").nth(1).inner_text() == "government"
    page.click("text=Show all")
    # The link navigates; read the list only once the unfiltered page has loaded.
    page.wait_for_url(live_url + "/admin/sources")
    expect(page.locator("table.sources .source-name")).to_have_text(["Sergei Shoigu", "Xinhua"])
    page.screenshot(path=str(tmp_path / "sources.png"), full_page=True)
