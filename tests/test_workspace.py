"""The reviewer's workspace without JavaScript: forms post, the page re-renders."""

import io
import json
import re

import pytest
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Annotation, Article, Sentence, Source, Task
from annotate.services import annotations, review
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from tests.conftest import csrf_token, login

HOSTILE = ("Hostile page\n\nThe figure <img src=x onerror=alert(1)> was wrong, Xinhua reported. "
           "Then <script>alert('x')</script> appeared.")


def make_task(app, users, text, reviewer="rev1"):
    """Import ``text`` as one article, assign it, return (task id, sentence ids)."""
    with app.app_context():
        import_file(io.BytesIO(json.dumps({"text": text}).encode()), "w.json", app.config["MAX_RECORD_BYTES"])
        article_id = db.session.scalar(select(Article.id).order_by(Article.id.desc()))
        task_service.assign_article(article_id, [users[reviewer]])
        db.session.add(Source(name="Xinhua", kind="news_agency", aliases=["Xinhua News Agency"], description=""))
        db.session.commit()
        sentences = list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article_id)
                                            .order_by(Sentence.position)))
        return task_service.task_for(article_id, users[reviewer]).id, sentences


def form(client, task_id, sentence_id, **fields):
    """Post the panel form of a sentence with the version shown on the page."""
    page = client.get(f"/tasks/{task_id}?s={sentence_id}").get_data(as_text=True)
    version = re.search(r'name="version" id="ws-version" value="(\d+)"', page).group(1)
    data = {"csrf_token": csrf_token(client, f"/tasks/{task_id}"), "version": version,
            "status": "unverified", **fields}
    return client.post(f"/tasks/{task_id}/sentences/{sentence_id}", data=data)


@pytest.fixture
def reviewer(app, users):
    """rev1, logged in."""
    client = app.test_client()
    login(client, "rev1")
    return client


def test_article_markup_shows_as_text(app, users, reviewer):
    task_id, _ = make_task(app, users, HOSTILE)
    page = reviewer.get(f"/tasks/{task_id}").get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "<script>alert" not in page


def test_form_save_then_next_sentence(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    response = form(reviewer, task_id, sentences[1], claim_type="checkable", source="xinhua news agency",
                    status="supported", note="checked", evidence_url_new="https://example.org/report",
                    evidence_quote_new="it was wrong", next="1")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"s={sentences[2]}")
    with app.app_context():
        annotation = db.session.scalar(select(Annotation))
        assert ((annotation.claim_type, annotation.status, annotation.source.name)
                == ("checkable", "supported", "Xinhua"))
        assert annotation.evidence == [{"url": "https://example.org/report", "quote": "it was wrong"}]
    page = reviewer.get(f"/tasks/{task_id}?s={sentences[1]}").get_data(as_text=True)
    assert 'rel="noopener noreferrer"' in page and 'referrerpolicy="no-referrer"' in page
    assert "1 / 3 decided" in page


def test_form_refuses_javascript_evidence(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    response = form(reviewer, task_id, sentences[1], claim_type="checkable",
                    evidence_url_new="javascript:alert(document.cookie)")
    assert response.status_code == 422
    assert "only http and https links are accepted" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 0


def test_form_conflict_shows_the_stored_value(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    token = csrf_token(reviewer, f"/tasks/{task_id}")
    base = {"csrf_token": token, "status": "unverified"}
    assert reviewer.post(f"/tasks/{task_id}/sentences/{sentences[1]}",
                         data=dict(base, version="0", claim_type="minor")).status_code == 302
    stale = reviewer.post(f"/tasks/{task_id}/sentences/{sentences[1]}",
                          data=dict(base, version="0", claim_type="checkable"))
    body = stale.get_data(as_text=True)
    assert stale.status_code == 409 and "changed elsewhere since you opened it" in body and "(version 1): minor" in body


def test_unknown_source_needs_a_kind_then_is_created_inline(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    refused = form(reviewer, task_id, sentences[1], claim_type="checkable", source="Orbitec")
    assert refused.status_code == 422 and "choose a kind to add it" in refused.get_data(as_text=True)
    created = form(reviewer, task_id, sentences[1], claim_type="checkable", source="Orbitec",
                   new_source_kind="organization")
    assert created.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(Annotation)).source.name == "Orbitec"


def test_a_look_alike_new_source_is_registered_once_the_box_is_ticked(app, users, reviewer):
    """"Xinhau" looks like "Xinhua": the panel comes back with what was typed and a box to
    register it anyway; ticked for that name, it is registered (a proposal) and saved."""
    task_id, sentences = make_task(app, users, HOSTILE)
    typed = {"claim_type": "checkable", "source": "Xinhau", "new_source_kind": "news_agency", "note": "typo?"}
    refused = form(reviewer, task_id, sentences[1], **typed)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 422 and "“Xinhau” looks like “Xinhua”" in page
    assert re.search(r'id="ws-source"[^>]*value="Xinhau"', page)
    assert 'value="news_agency" selected' in page and ">typo?</textarea>" in page
    assert re.search(r'<input type="checkbox" name="confirm_source" value="Xinhau"[^>]*>\s*register “Xinhau” anyway',
                     page)
    ticked_for_another_name = form(reviewer, task_id, sentences[1], **typed, confirm_source="Xinhuaa")
    assert ticked_for_another_name.status_code == 422
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Source)) == 1
    assert form(reviewer, task_id, sentences[1], **typed, confirm_source="Xinhau").status_code == 302
    with app.app_context():
        annotation = db.session.scalar(select(Annotation))
        assert (annotation.source.name, annotation.source.status, annotation.note) == ("Xinhau", "proposed", "typo?")
        assert annotation.source.proposed_by_id == users["rev1"]


def test_submit_warns_about_undecided_sentences(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    form(reviewer, task_id, sentences[0], claim_type="not_a_claim")
    token = csrf_token(reviewer, f"/tasks/{task_id}")
    warned = reviewer.post(f"/tasks/{task_id}/submit", data={"csrf_token": token})
    assert warned.status_code == 302 and warned.headers["Location"].endswith(f"/tasks/{task_id}")
    assert "2 sentences are still undecided" in reviewer.get(f"/tasks/{task_id}").get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Task, task_id).state == "in_progress"
    confirmed = reviewer.post(f"/tasks/{task_id}/submit", data={"csrf_token": token, "confirm": "1"})
    assert confirmed.status_code == 302
    with app.app_context():
        assert db.session.get(Task, task_id).state == "submitted"


def test_returned_task_shows_the_reason_and_opens_where_it_was(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    form(reviewer, task_id, sentences[1], claim_type="minor")
    with app.app_context():
        task_service.submit(task_id, users["rev1"])
        task_service.return_task(task_id, "Sentence 3 needs a source <b>please</b>")
    page = reviewer.get(f"/tasks/{task_id}").get_data(as_text=True)
    assert "Returned by an admin: Sentence 3 needs a source &lt;b&gt;please&lt;/b&gt;" in page
    assert 'class="ws-sentence kind-body current' in page
    assert re.search(rf'id="s{sentences[2]}"', page)
    current = re.search(r'data-sentence-id="(\d+)" data-sentence-start', page).group(1)
    assert int(current) == sentences[2]  # the sentence after the last one saved


def test_history_lists_every_change(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    form(reviewer, task_id, sentences[1], claim_type="minor")
    form(reviewer, task_id, sentences[1], claim_type="checkable", status="refuted")
    page = reviewer.get(f"/tasks/{task_id}?s={sentences[1]}").get_data(as_text=True)
    assert "History (2)" in page
    assert "rev1 create:\n              minor" in page or "rev1 create:" in page
    assert re.search(r"rev1 update:\s+checkable,\s+the article itself,\s+refuted \(v2\)", page)


def test_foreign_task_and_sentence_are_404(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE, reviewer="rev2")
    assert reviewer.get(f"/tasks/{task_id}").status_code == 404
    token = csrf_token(reviewer, "/tasks")
    assert reviewer.post(f"/tasks/{task_id}/sentences/{sentences[0]}",
                         data={"csrf_token": token, "version": "0"}).status_code == 404


def test_admin_sees_every_reviewers_annotations_on_the_article_page(app, users, reviewer, admin_client):
    task_id, sentences = make_task(app, users, HOSTILE)
    form(reviewer, task_id, sentences[1], claim_type="checkable", source="Xinhua", note="<i>sure</i>")
    with app.app_context():
        article_id = db.session.scalar(select(Article.id))
    page = admin_client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert "rev1: checkable,\n                Xinhua, unverified — &lt;i&gt;sure&lt;/i&gt;" in page
    rev_page = reviewer.get(f"/articles/{article_id}").get_data(as_text=True)
    assert "rev1: checkable" not in rev_page  # reviewers see labels only in their workspace


def test_form_errors_come_back_with_what_was_typed(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    form(reviewer, task_id, sentences[1], claim_type="minor", note="stored note")
    refused = form(reviewer, task_id, sentences[1], claim_type="checkable", status="refuted",
                   source="Nobody Registered", note="typed <b>note</b>",
                   evidence_url_new="https://example.org/fine", evidence_quote_new="typed quote")
    body = refused.get_data(as_text=True)
    assert refused.status_code == 422 and "choose a kind to add it" in body
    assert 'value="Nobody Registered"' in body
    assert "typed &lt;b&gt;note&lt;/b&gt;</textarea>" in body and "stored note" not in body
    assert re.search(r'value="checkable"\s+checked', body) and re.search(r'value="refuted"\s+checked', body)
    assert 'value="https://example.org/fine"' in body and 'value="typed quote"' in body
    assert re.search(r'name="version" id="ws-version" value="1"', body)  # still the version read

    bad_link = form(reviewer, task_id, sentences[1], claim_type="checkable", note="second try",
                    source="Xinhua", new_source_kind="", evidence_url_new="ftp://bad")
    body = bad_link.get_data(as_text=True)
    assert bad_link.status_code == 422 and "only http and https links are accepted" in body
    assert 'id="ws-evidence-url"' in body and 'value="ftp://bad"' in body
    assert 'href="ftp://bad"' not in body  # shown in the box to fix, never as a link
    assert "second try</textarea>" in body and 'value="Xinhua"' in body
    with app.app_context():
        annotation = db.session.scalar(select(Annotation))
        assert (annotation.claim_type, annotation.note, annotation.version) == ("minor", "stored note", 1)


@pytest.mark.parametrize("url", ["http://[::1", "https://[bad"])
def test_a_malformed_link_is_a_422_not_a_500(app, users, reviewer, url):
    task_id, sentences = make_task(app, users, HOSTILE)
    form(reviewer, task_id, sentences[1], claim_type="minor", evidence_url_new="https://example.org/kept")
    as_new = form(reviewer, task_id, sentences[1], claim_type="checkable", evidence_url_new=url)
    as_kept = form(reviewer, task_id, sentences[1], claim_type="checkable", evidence_count="1",
                   evidence_url_0=url)
    for response in (as_new, as_kept):
        assert response.status_code == 422
        assert "only http and https links are accepted" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(Annotation)).claim_type == "minor"


def test_form_error_keeps_the_kind_removals_and_span_typed(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    form(reviewer, task_id, sentences[1], claim_type="minor", evidence_url_new="https://example.org/kept")
    refused = form(reviewer, task_id, sentences[1], claim_type="minor", evidence_count="1",
                   evidence_url_0="https://example.org/kept", remove_evidence_0="1",
                   source="New Agency", new_source_kind="not-a-kind")
    body = refused.get_data(as_text=True)
    assert refused.status_code == 422
    assert re.search(r'name="remove_evidence_0" value="1"\s+checked', body)
    assert 'value="New Agency"' in body


def test_a_submitted_task_is_read_only_without_javascript(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    form(reviewer, task_id, sentences[1], claim_type="minor")
    with app.app_context():
        task_service.submit(task_id, users["rev1"])
    page = reviewer.get(f"/tasks/{task_id}?s={sentences[1]}").get_data(as_text=True)
    assert 'id="ws-read-only"' in page and "This task is submitted" in page
    assert re.search(r'<fieldset id="ws-fields" disabled>', page)
    assert 'id="ws-submit"' not in page
    refused = form(reviewer, task_id, sentences[1], claim_type="checkable", note="late change")
    body = refused.get_data(as_text=True)
    assert refused.status_code == 409
    assert "The task is submitted; ask an admin to return it before changing it." in body
    assert 'id="ws-conflict-server"' not in body and "changed elsewhere since you opened it" not in body
    assert "late change</textarea>" in body  # what was typed is still there to copy
    with app.app_context():
        task_service.accept(task_id)
    accepted = reviewer.get(f"/tasks/{task_id}?s={sentences[1]}").get_data(as_text=True)
    assert 'id="ws-read-only"' in accepted


@pytest.mark.parametrize("refusal, fields, status", [
    ("invalid evidence", {"evidence_url_new": "javascript:alert(1)"}, 422),
    ("a stale version", {"version": "7"}, 409),
])
def test_a_refused_save_leaves_no_new_source_behind(app, users, reviewer, refusal, fields, status):
    """The new source and the annotation that uses it are one transaction: when the annotation
    is refused, the source typed for it is not registered either."""
    task_id, sentences = make_task(app, users, HOSTILE)
    response = form(reviewer, task_id, sentences[1], claim_type="checkable", source="Brand New Ministry",
                    new_source_kind="government", **fields)
    assert response.status_code == status, refusal
    with app.app_context():
        assert db.session.scalar(select(Source).where(Source.name == "Brand New Ministry")) is None, refusal
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 0
    accepted = form(reviewer, task_id, sentences[1], claim_type="checkable", source="Brand New Ministry",
                    new_source_kind="government")
    assert accepted.status_code == 302
    with app.app_context():
        annotation = db.session.scalar(select(Annotation))
        assert annotation.source.name == "Brand New Ministry" and annotation.source.kind == "government"


LONG_SENTENCES = 10_000


def long_article(app, users, sentences: int = LONG_SENTENCES):
    """An article of ``sentences`` sentences (a title, then one paragraph), assigned to rev1."""
    body = " ".join(f"Exports rose by {n} percent in May, the ministry said." for n in range(sentences - 1))
    app.config["MAX_RECORD_BYTES"] = 4 * len(body)  # the fixture puts the configuration back
    return make_task(app, users, "Long article\n\n" + body)


def test_a_long_article_shows_a_window_around_the_current_sentence(app, users, reviewer):
    """A 10,000-sentence article: the page holds the sentences around the current one (it held
    the whole article, 5 MB, on every step), progress is still the whole article's."""
    task_id, sentences = long_article(app, users)
    assert len(sentences) == LONG_SENTENCES
    with app.app_context():
        for sentence_id in (sentences[0], sentences[1], sentences[5000]):
            annotations.save(sentence_id, users["rev1"], {"version": 0, "claim_type": "minor"})
    response = reviewer.get(f"/tasks/{task_id}?s={sentences[5000]}")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and len(response.get_data()) < 200_000
    listed = [int(found) for found in re.findall(r'<li class="ws-sentence[^"]*"\s+id="s(\d+)"', page)]
    assert listed == sentences[4980:5041]  # 20 before, the current one, 40 after
    assert "Exports rose by 4999 percent" in page and "Exports rose by 4978 percent" not in page
    assert "3 / 10000 decided" in page and 'data-undecided="9997"' in page
    assert f'href="/tasks/{task_id}?s={sentences[4980]}">↑ earlier sentences' in page.replace("\n       ", " ")
    assert re.search(rf'id="ws-later" data-direction="later"\s+href="/tasks/{task_id}\?s={sentences[5040]}"', page)
    assert f'href="/tasks/{task_id}?s={sentences[0]}" id="ws-first"' in page
    assert re.search(rf'href="/tasks/{task_id}\?s={sentences[2]}" id="ws-first-undecided">first undecided '
                     r'\(sentence 3\)', page)

    left_off = reviewer.get(f"/tasks/{task_id}").get_data(as_text=True)  # after the last one saved
    assert re.search(rf'data-sentence-id="{sentences[5001]}" data-sentence-start', left_off)
    saved = form(reviewer, task_id, sentences[9999], claim_type="checkable", next="1")  # the last one
    assert saved.status_code == 302 and saved.headers["Location"].endswith(f"s={sentences[9999]}")
    last = reviewer.get(f"/tasks/{task_id}?s={sentences[9999]}").get_data(as_text=True)
    assert "4 / 10000 decided" in last and 'id="ws-next"' in last and re.search(r'id="ws-later"[^>]*hidden', last)
    assert re.findall(r'<li class="ws-sentence[^"]*"\s+id="s(\d+)"', last) == [str(s) for s in sentences[9979:]]


def test_the_workspace_api_gives_a_window_and_a_sentences_panel(app, users, reviewer):
    task_id, sentences = make_task(app, users, HOSTILE)
    form(reviewer, task_id, sentences[1], claim_type="checkable", source="Xinhua", status="refuted")
    with app.app_context():
        task_service.submit(task_id, users["rev1"])
        review.return_with_comments(task_id, "see sentence 2", [{"sentence_id": sentences[1], "body": "Why?"}])
    page = reviewer.get(f"/tasks/{task_id}?s={sentences[0]}").get_data(as_text=True)
    assert re.search(rf'href="/tasks/{task_id}\?s={sentences[1]}" class="ws-commented">2</a>', page)
    window = reviewer.get(f"/api/v1/tasks/{task_id}/sentences?from=1&limit=5").get_json()
    assert window["total"] == 3 and [item["id"] for item in window["items"]] == sentences[1:]
    first = window["items"][0]
    assert (first["position"], first["claim_type"], first["source"], first["status"], first["comments"]) == \
        (1, "checkable", "Xinhua", "refuted", 1)
    assert first["text"].startswith("The figure <img src=x onerror=alert(1)> was wrong")  # JSON: text, not markup
    for bad in ("from=-1", "from=x", "limit=0", "limit=501"):
        assert reviewer.get(f"/api/v1/tasks/{task_id}/sentences?{bad}").status_code == 400, bad

    panel = reviewer.get(f"/api/v1/tasks/{task_id}/sentences/{sentences[1]}").get_json()
    assert panel["sentence"]["id"] == sentences[1] and panel["annotation"]["version"] == 1
    assert (panel["previous_id"], panel["next_id"]) == (sentences[0], sentences[2])
    assert [event["action"] for event in panel["history"]] == ["create"]
    assert panel["comments"] == [{"body": "Why?", "author": None}]
    assert panel["suggestion"]["source"] == "Xinhua" and panel["suggestion"]["cue"] == "reported"
    last = reviewer.get(f"/api/v1/tasks/{task_id}/sentences/{sentences[2]}").get_json()
    assert last["next_id"] is None and last["annotation"]["version"] == 0 and last["comments"] == []
    with app.app_context():  # rev2's task on another article
        import_file(io.BytesIO(b'{"text": "Another article. With two sentences."}'), "o.json", 1024)
        article_id = db.session.scalar(select(Article.id).order_by(Article.id.desc()))
        task_service.assign_article(article_id, [users["rev2"]])
        other = task_service.task_for(article_id, users["rev2"]).id
        foreign = db.session.scalar(select(Sentence.id).where(Sentence.article_id == article_id))
    assert reviewer.get(f"/api/v1/tasks/{task_id}/sentences/{foreign}").status_code == 404
    assert reviewer.get(f"/api/v1/tasks/{other}/sentences").status_code == 404
