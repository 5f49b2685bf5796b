"""The desk's memory of claims (issue 15): claims indexed as they are judged or imported, the same
claim found in other articles ("Checked before" in the workspace), the admin's Claims page with
split and merge (audited), ``annotate index-claims``, and the cluster in every export."""

import io
import json

import pytest
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Article, AuditEvent, ClaimCluster, ClaimEntry, ClaimKey, Sentence, Task
from annotate.services import annotations, claim_index, final_labels, tasks
from annotate.services.imports import import_file
from tests.conftest import csrf_token

# The same claim in three wordings, and claims that share its words but not its verdict.
FIRST = ("Harbour report.\n\nExports from Veltrania fell 12% in March, the trade ministry said. "
         "The weather was mild.")
SECOND = ("Port news.\n\nThe trade ministry said Veltrania's exports fell 12 percent in March. "
          "Fishing boats stayed in port.")
OTHER = ("Market wrap.\n\nExports from Veltrania fell 15% in March, the trade ministry said. "
         "Traders were calm.")


def _article(app, text: str) -> int:
    import_file(io.BytesIO(json.dumps({"text": text}).encode() + b"\n"), "a.jsonl", app.config["MAX_RECORD_BYTES"])
    return db.session.scalar(select(Article.id).where(Article.text == text))


def _claim_sentence(article_id: int) -> int:
    """The article's sentence at position 1 (the claim, after the title)."""
    return db.session.scalar(select(Sentence.id).where(Sentence.article_id == article_id, Sentence.position == 1))


def _task(article_id: int, reviewer_id: int) -> int:
    tasks.assign_article(article_id, [reviewer_id])
    return db.session.scalar(select(Task.id).where(Task.article_id == article_id, Task.reviewer_id == reviewer_id))


def _decide(article_id: int, reviewer_id: int, status: str, evidence=(), claim_type="checkable") -> int:
    """The reviewer labels the article's claim and hands the task in (a unanimous final label)."""
    task_id = _task(article_id, reviewer_id)
    sentence = _claim_sentence(article_id)
    annotations.save(sentence, reviewer_id, {"version": 0, "claim_type": claim_type, "status": status,
                                             "evidence": list(evidence)})
    tasks.submit(task_id, reviewer_id)
    return sentence


@pytest.fixture
def three(app_ctx, users):
    return {name: _article(app_ctx, text) for name, text in (("first", FIRST), ("second", SECOND),
                                                             ("other", OTHER))}


def test_a_claim_joins_the_index_when_labelled_and_not_before(app_ctx, users, three):
    assert db.session.scalar(select(func.count()).select_from(ClaimEntry)) == 0  # imported: not judged yet
    task_id = _task(three["first"], users["rev1"])
    weather = db.session.scalar(select(Sentence.id).where(Sentence.article_id == three["first"],
                                                          Sentence.position == 2))
    annotations.save(weather, users["rev1"], {"version": 0, "claim_type": "not_a_claim"})
    assert db.session.scalar(select(func.count()).select_from(ClaimEntry)) == 0
    sentence = _claim_sentence(three["first"])
    annotations.save(sentence, users["rev1"], {"version": 0, "claim_type": "checkable"})
    entry = db.session.scalar(select(ClaimEntry).where(ClaimEntry.sentence_id == sentence))
    assert entry is not None and "fell 12%" in entry.text
    assert db.session.scalar(select(func.count()).select_from(ClaimKey).where(ClaimKey.entry_id == entry.id)) >= 2
    annotations.save(sentence, users["rev1"], {"version": 1, "claim_type": "minor"})  # indexed once
    assert db.session.scalar(select(func.count()).select_from(ClaimEntry)) == 1
    assert task_id


def test_the_same_claim_in_other_words_shares_a_cluster_another_number_does_not(app_ctx, users, three):
    first = _decide(three["first"], users["rev1"], "refuted")
    second = _decide(three["second"], users["rev2"], "unverified")
    other = _decide(three["other"], users["rev1"], "supported")
    cluster = claim_index.cluster_of_sentence(first)
    assert cluster is not None and claim_index.cluster_of_sentence(second) == cluster
    assert claim_index.cluster_of_sentence(other) not in (None, cluster)
    found = claim_index.matches("Veltrania's exports dropped 12 per cent in March, officials said.")
    assert found and found[0].cluster_id == cluster
    assert not claim_index.matches("Veltrania's exports fell 12 percent in April.")


def test_the_workspace_shows_what_was_decided_before_and_the_panel_api_too(app, users, reviewer_client):
    with app.app_context():
        first = _article(app, FIRST)
        second = _article(app, SECOND)
        _decide(first, users["rev2"], "refuted", evidence=[{"url": "https://stats.example.org/t", "quote": "-3%"}])
        task_id = _task(second, users["rev1"])
        sentence = _claim_sentence(second)
        title = db.session.scalar(select(Sentence.id).where(Sentence.article_id == second, Sentence.position == 0))
    page = reviewer_client.get(f"/tasks/{task_id}?s={sentence}").get_data(as_text=True)
    assert "Checked before:" in page and "refuted" in page and "1 article" in page
    assert "https://stats.example.org/t" in page  # in the verdict the r key copies
    panel = reviewer_client.get(f"/api/v1/tasks/{task_id}/sentences/{sentence}").get_json()
    earlier = panel["checked_before"]
    assert earlier["status"] == "refuted" and earlier["articles"] == 1 and not earlier["conflict"]
    assert earlier["claim_type"] == "checkable"
    assert earlier["evidence"] == [{"url": "https://stats.example.org/t", "quote": "-3%"}]
    assert reviewer_client.get(f"/api/v1/tasks/{task_id}/sentences/{title}").get_json()["checked_before"] is None


def test_checked_before_says_when_the_claim_was_judged_differently(app_ctx, users, three):
    from annotate.services import claim_memory

    _decide(three["first"], users["rev1"], "refuted")
    second = _decide(three["second"], users["rev2"], "supported")
    third = _article(app_ctx, "Briefing.\n\nVeltrania's exports fell 12% in March, the trade ministry said.")
    sentence = _claim_sentence(third)
    text = db.session.scalar(select(ClaimEntry.text).where(ClaimEntry.sentence_id == second))
    earlier = claim_memory.checked_before(sentence, third, text)
    assert earlier is not None and earlier.conflict and earlier.articles == 2
    assert earlier.verdicts == {"refuted": 1, "supported": 1}


def test_an_admins_decision_indexes_the_claim(app_ctx, users, three):
    sentence = _claim_sentence(three["first"])
    final_labels.adjudicate(sentence, {"claim_type": "checkable", "source_id": None, "status": "misleading"},
                            actor_id=users["admin"])
    assert claim_index.cluster_of_sentence(sentence) is not None


def test_claims_page_lists_clusters_with_verdicts_and_conflicts(app, users, admin_client, reviewer_client):
    with app.app_context():
        first, second = _article(app, FIRST), _article(app, SECOND)
        _decide(first, users["rev1"], "refuted")
        _decide(second, users["rev2"], "supported")
        cluster = claim_index.cluster_of_sentence(_claim_sentence(first))
    page = admin_client.get("/admin/claims").get_data(as_text=True)
    assert f"Cluster {cluster}" in page and "conflict" in page and "refuted 1" in page and "supported 1" in page
    assert "Harbour report." in page and "Port news." in page  # the articles
    assert f"Cluster {cluster}" in admin_client.get("/admin/claims?conflicts=1").get_data(as_text=True)
    assert reviewer_client.get("/admin/claims").status_code == 403
    assert admin_client.get("/admin/claims/999999").status_code == 404


def test_split_and_merge_are_audited_and_refuse_what_changes_nothing(app, users, admin_client):
    with app.app_context():
        first, second = _article(app, FIRST), _article(app, SECOND)
        one = _decide(first, users["rev1"], "refuted")
        two = _decide(second, users["rev2"], "refuted")
        cluster = claim_index.cluster_of_sentence(one)
        entries = dict(db.session.execute(select(ClaimEntry.sentence_id, ClaimEntry.id)).all())
    token = csrf_token(admin_client, f"/admin/claims/{cluster}")
    everything = admin_client.post(f"/admin/claims/{cluster}/split",
                                   data={"csrf_token": token, "entry": [str(entries[one]), str(entries[two])]})
    assert everything.status_code == 400 and "at least one" in everything.get_data(as_text=True)
    assert admin_client.post(f"/admin/claims/{cluster}/split", data={"csrf_token": token}).status_code == 400
    assert admin_client.post(f"/admin/claims/{cluster}/split", data={"entry": str(entries[two])}).status_code == 400
    moved = admin_client.post(f"/admin/claims/{cluster}/split", data={"csrf_token": token, "entry": str(entries[two])})
    assert moved.status_code == 302
    with app.app_context():
        new = claim_index.cluster_of_sentence(two)
        assert new != cluster and claim_index.cluster_of_sentence(one) == cluster
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.entity_type == "claim_cluster"))
        assert event.action == "split" and event.actor_id == users["admin"] and event.after["moved_to"] == new
    assert admin_client.post(f"/admin/claims/{cluster}/merge",
                             data={"csrf_token": token, "other": str(cluster)}).status_code == 400
    assert admin_client.post(f"/admin/claims/{cluster}/merge",
                             data={"csrf_token": token, "other": "999999"}).status_code == 400
    merged = admin_client.post(f"/admin/claims/{cluster}/merge", data={"csrf_token": token, "other": str(new)})
    assert merged.status_code == 302
    with app.app_context():
        assert claim_index.cluster_of_sentence(two) == cluster
        assert db.session.get(ClaimCluster, new) is None
        actions = list(db.session.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "claim_cluster")
                                          .order_by(AuditEvent.id)))
        assert actions == ["split", "merge"]


def test_exports_carry_the_cluster(app, users):
    with app.app_context():
        first, second = _article(app, FIRST), _article(app, SECOND)
        one, two = _decide(first, users["rev1"], "refuted"), _decide(second, users["rev2"], "refuted")
        cluster = claim_index.cluster_of_sentence(one)
    runner = app.test_cli_runner()
    document = json.loads(runner.invoke(args=["export", "--format", "json"]).stdout)
    found = {s["id"]: s for a in document["articles"] for s in a["sentences"]}
    assert found[one]["cluster_id"] == found[two]["cluster_id"] == cluster
    assert found[one]["fact_checks"] == []
    untouched = [s for s in found.values() if s["id"] not in (one, two)]
    assert untouched and all(s["cluster_id"] is None for s in untouched)
    rows = [json.loads(line) for line in runner.invoke(args=["export", "--format", "jsonl"]).stdout.splitlines()]
    assert {row["sentence_id"]: row["cluster_id"] for row in rows} == {one: cluster, two: cluster}
    assert all(row["fact_check_urls"] == [] for row in rows)


def test_a_dataset_import_indexes_its_claims_and_index_claims_indexes_earlier_ones(app, users):
    with app.app_context():
        first = _article(app, FIRST)
        one = _decide(first, users["rev1"], "refuted")
    runner = app.test_cli_runner()
    exported = runner.invoke(args=["export", "--format", "json"]).stdout
    with app.app_context():  # as if judged before the index existed
        db.session.execute(ClaimEntry.__table__.delete())
        db.session.commit()
    indexed = runner.invoke(args=["index-claims"])
    assert indexed.exit_code == 0 and "1 claim indexed" in indexed.stdout
    with app.app_context():
        assert claim_index.cluster_of_sentence(one) is not None
        db.session.execute(ClaimEntry.__table__.delete())
        db.session.commit()
        import_file(io.BytesIO(exported.encode()), "export.json", app.config["MAX_RECORD_BYTES"])
        assert claim_index.cluster_of_sentence(one) is not None  # merged back: indexed again
    assert "0 claims indexed" in runner.invoke(args=["index-claims"]).stdout


FEED = [{"@context": "https://schema.org", "@type": "ClaimReview",
         "url": "https://checks.example.net/veltrania-exports",
         "claimReviewed": "Veltrania's exports dropped 12 per cent in March",
         "author": {"@type": "Organization", "name": "Norhaven Fact Check"},
         "reviewRating": {"@type": "Rating", "alternateName": "False"}},
        {"@context": "https://schema.org", "@type": "ClaimReview",
         "url": "https://checks.example.net/veltrania-imports",
         "claimReviewed": "Veltrania's imports dropped 12 per cent in March",
         "author": {"@type": "Organization", "name": "Norhaven Fact Check"},
         "reviewRating": {"@type": "Rating", "alternateName": "True"}}]


def test_a_known_fact_check_is_shown_in_the_workspace_and_exported(app, users, reviewer_client):
    with app.app_context():
        import_file(io.BytesIO(json.dumps(FEED).encode()), "feed.json", app.config["MAX_RECORD_BYTES"])
        assert db.session.scalar(select(func.count()).select_from(ClaimEntry)) == 2  # both indexed at import
        second = _article(app, SECOND)
        task_id = _task(second, users["rev1"])
        sentence = _claim_sentence(second)
    panel = reviewer_client.get(f"/api/v1/tasks/{task_id}/sentences/{sentence}").get_json()
    earlier = panel["checked_before"]
    assert earlier["status"] is None  # no verdict of the desk's own
    assert [(c["organisation"], c["rating"], c["url"]) for c in earlier["fact_checks"]] == [
        ("Norhaven Fact Check", "False", "https://checks.example.net/veltrania-exports")]  # not the imports one
    page = reviewer_client.get(f"/tasks/{task_id}?s={sentence}").get_data(as_text=True)
    assert "Fact-checked by Norhaven Fact Check: <strong>False</strong>" in page
    with app.app_context():
        annotations.save(sentence, users["rev1"], {"version": 0, "claim_type": "checkable"})
    rows = [json.loads(line) for line in app.test_cli_runner().invoke(
        args=["export", "--format", "jsonl"]).stdout.splitlines()]
    assert [row["fact_check_urls"] for row in rows] == [["https://checks.example.net/veltrania-exports"]]


def test_a_split_correction_reindexes_the_claim_by_its_new_text(app_ctx, users):
    from annotate.services import segmentation

    text = ("Wire.\n\nExports from Veltrania fell 12% in March, the trade ministry said Tuesday it would "
            "review the count.")
    article = _article(app_ctx, text)
    sentence = _claim_sentence(article)
    task_id = _task(article, users["rev1"])
    annotations.save(sentence, users["rev1"], {"version": 0, "claim_type": "checkable"})
    assert "review the count" in db.session.scalar(select(ClaimEntry.text).where(ClaimEntry.sentence_id == sentence))
    segmentation.split(article, sentence, text.index(" the trade ministry"), users["admin"], carry_over=True)
    stored = db.session.scalar(select(ClaimEntry.text).where(ClaimEntry.sentence_id == sentence))
    assert stored == "Exports from Veltrania fell 12% in March,"  # the first part, judged a claim
    assert task_id


def test_checked_before_hides_another_reviewers_proposed_source(app, users):
    from annotate.services.sources import SourceDraft, create_source

    with app.app_context():
        first, second = _article(app, FIRST), _article(app, SECOND)
        proposal = create_source(SourceDraft(name="Harbour insider", kind="person"), users["rev2"])
        task_id = _task(first, users["rev2"])
        annotations.save(_claim_sentence(first), users["rev2"], {"version": 0, "claim_type": "checkable",
                                                                 "status": "refuted", "source_id": proposal.id})
        tasks.submit(task_id, users["rev2"])
        from annotate.services import claim_memory

        sentence, text = _claim_sentence(second), SECOND.split("\n\n")[1].split(" Fishing")[0]
        theirs = claim_memory.checked_before(sentence, second, text, users["rev2"])
        mine = claim_memory.checked_before(sentence, second, text, users["rev1"])
        assert theirs.source == "Harbour insider" and theirs.source_id == proposal.id
        assert mine.status == "refuted" and mine.source is None and mine.source_id is None


def test_a_cluster_larger_than_the_page_shows_its_size(app, users, admin_client, monkeypatch):
    from annotate.services import claim_memory

    monkeypatch.setattr(claim_memory, "SHOWN_MEMBERS", 1)
    with app.app_context():
        first, second = _article(app, FIRST), _article(app, SECOND)
        _decide(first, users["rev1"], "refuted")
        _decide(second, users["rev2"], "refuted")
        cluster = claim_index.cluster_of_sentence(_claim_sentence(first))
    page = admin_client.get(f"/admin/claims/{cluster}").get_data(as_text=True)
    assert "2 claims (the first 1 shown)" in page
    assert "2 claims ·" in admin_client.get("/admin/claims").get_data(as_text=True)
