"""Issue 14.5: an admin corrects an article's segmentation (a kind, a merge, a split), freely
before any work exists and, after, only with the work carried over or flagged, all audited;
the counts stay true. Service tests, the pages' forms, and the page in Chromium."""

import io

import pytest
from playwright.sync_api import expect
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.models import Annotation, Article, AuditEvent, FinalLabel, ReviewComment, Sentence
from annotate.services import annotations as annotation_service
from annotate.services import final_labels
from annotate.services import segmentation as service
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from annotate.services.review import comments_of
from tests.conftest import browser_login, csrf_token
from tests.test_progress_counts import assert_counts_true

TEXT = ("Talks Resume\n\nThe talks resumed on Monday. Both sides met in Geneva.\n\n"
        "They will meet again. (Reporting by Jane Doe; Editing by John Roe)")


@pytest.fixture
def article(app, users):
    """The article above (5 sentences), assigned to rev1 and rev2; returns its id."""
    with app.app_context():
        import_file(io.BytesIO(TEXT.encode()), "talks.txt", app.config["MAX_RECORD_BYTES"])
        article_id = db.session.scalar(select(Article.id))
        task_service.assign_article(article_id, [users["rev1"], users["rev2"]])
        return article_id


def spans(article_id: int) -> list[tuple]:
    """(position, text, kind) of each sentence; positions must be 0..n-1 and the count stored."""
    db.session.expire_all()
    article = db.session.get_one(Article, article_id)
    rows = db.session.execute(select(Sentence.position, Sentence.start, Sentence.end, Sentence.kind)
                              .where(Sentence.article_id == article_id).order_by(Sentence.position)).all()
    assert [row.position for row in rows] == list(range(len(rows)))
    assert article.sentence_count == len(rows)
    return [(row.position, article.text[row.start:row.end], row.kind) for row in rows]


def ids(article_id: int) -> list[int]:
    return list(db.session.scalars(select(Sentence.id).where(Sentence.article_id == article_id)
                                   .order_by(Sentence.position)))


def save(sentence_id: int, reviewer_id: int, **values) -> dict:
    version = annotation_service.annotation_of(sentence_id, reviewer_id)["version"]
    return annotation_service.save(sentence_id, reviewer_id, {"version": version, **values})


def events(entity_type: str, action: str) -> list[AuditEvent]:
    return list(db.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == entity_type,
                                                            AuditEvent.action == action).order_by(AuditEvent.id)))


def test_the_seed_of_the_issue_credit_lines_are_meta(app, article):
    with app.app_context():
        assert spans(article)[-1] == (4, "(Reporting by Jane Doe; Editing by John Roe)", "meta")


def test_kind_change_is_free_and_audited(app, users, article):
    with app.app_context():
        s = ids(article)
        save(s[1], users["rev1"], claim_type="checkable")
        service.set_kind(article, s[0], "heading", users["admin"])
        assert spans(article)[0] == (0, "Talks Resume", "heading")
        [event] = events("sentence", "kind")
        assert (event.entity_id, event.before["kind"], event.after["kind"]) == (s[0], "title", "heading")
        with pytest.raises(service.SegmentationInvalid):
            service.set_kind(article, s[0], "footnote", users["admin"])


def test_merge_and_split_without_work_are_free(app, users, article):
    with app.app_context():
        s = ids(article)
        done = service.merge(article, s[1], s[2], users["admin"])
        assert done.sentence_ids == [s[1]] and "2 and 3" in done.message
        assert spans(article) == [
            (0, "Talks Resume", "title"),
            (1, "The talks resumed on Monday. Both sides met in Geneva.", "body"),
            (2, "They will meet again.", "body"),
            (3, "(Reporting by Jane Doe; Editing by John Roe)", "meta")]
        assert db.session.get(Sentence, s[2]) is None
        merged = spans(article)[1][1]
        cut = TEXT.index("Both") - 1  # on the space: it belongs to neither part
        first, second = service.split(article, s[1], cut, users["admin"]).sentence_ids
        assert first == s[1]
        assert spans(article)[1:3] == [(1, "The talks resumed on Monday.", "body"),
                                      (2, "Both sides met in Geneva.", "body")]
        assert [e.action for e in db.session.scalars(select(AuditEvent).where(
            AuditEvent.entity_type == "article", AuditEvent.entity_id == article).order_by(AuditEvent.id))] == [
            "merge_sentences", "split_sentence"]
        split_event = events("sentence", "split")[0]
        assert split_event.before["end"] - split_event.before["start"] == len(merged)
        assert events("sentence", "create")[0].entity_id == second
        assert_counts_true()


def test_bad_corrections_are_refused_and_change_nothing(app, users, article):
    with app.app_context():
        import_file(io.BytesIO(b"Other Story\n\nAnother text here."), "other.txt", app.config["MAX_RECORD_BYTES"])
        other = db.session.scalar(select(Article.id).where(Article.id != article))
        s, o = ids(article), ids(other)
        before = spans(article)
        refusals = [
            (service.SegmentationInvalid, lambda: service.merge(article, s[1], s[3], users["admin"])),  # not adjacent
            (service.SegmentationInvalid, lambda: service.merge(article, s[1], s[1], users["admin"])),
            (service.SentenceNotFound, lambda: service.merge(article, s[4], o[0], users["admin"])),  # another article's
            (service.SentenceNotFound, lambda: service.merge(article, s[4], 10**9, users["admin"])),  # unknown
            (service.SentenceNotFound, lambda: service.split(other, s[1], 20, users["admin"])),
            (service.SentenceNotFound, lambda: service.set_kind(article, o[1], "meta", users["admin"])),
        ]
        start, end = TEXT.index("The talks"), TEXT.index("Monday.") + len("Monday.")
        for at in (start, end, start - 1, end + 5, -1):  # at the edges or outside the sentence
            refusals.append((service.SegmentationInvalid,
                             lambda at=at: service.split(article, s[1], at, users["admin"])))
        for error, attempt in refusals:
            with pytest.raises(error):
                attempt()
        assert spans(article) == before
        assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_type.in_(("article", "sentence")))) == 0


def test_merge_with_work_asks_first_then_carries_it_over(app, users, article):
    with app.app_context():
        s, rev1, rev2, admin = ids(article), users["rev1"], users["rev2"], users["admin"]
        # rev1 agrees with itself on both sentences; rev2 does not; the admin settled both.
        save(s[1], rev1, claim_type="checkable", note="date", evidence=[{"url": "https://a.example"}])
        save(s[2], rev1, claim_type="checkable", note="place", evidence=[{"url": "https://b.example"}])
        save(s[1], rev2, claim_type="checkable", status="supported")
        save(s[2], rev2, claim_type="minor")
        final_labels.adjudicate(s[1], {"claim_type": "checkable", "source_id": None, "status": "supported"}, admin)
        final_labels.adjudicate(s[2], {"claim_type": "minor", "source_id": None, "status": "unverified"}, admin)
        with pytest.raises(service.WorkAffected) as asked:
            service.merge(article, s[1], s[2], admin)
        assert asked.value.details == {"annotations": 4, "reviewers": ["rev1", "rev2"], "final_labels": 2,
                                       "comments": 0}
        assert len(spans(article)) == 5
        done = service.merge(article, s[1], s[2], admin, carry_over=True)
        assert done.flagged == ["rev2"] and "final labels differed" in done.message
        left = {a.reviewer_id: a for a in db.session.scalars(select(Annotation).where(Annotation.sentence_id == s[1]))}
        assert not db.session.scalar(select(func.count()).select_from(Annotation)
                                     .where(Annotation.sentence_id == s[2]))
        assert (left[rev1].note, [e["url"] for e in left[rev1].evidence]) == ("date\nplace",
                                                                              ["https://a.example", "https://b.example"])
        assert (left[rev2].claim_type, left[rev2].status, left[rev2].version) == ("checkable", "supported", 2)
        removed = [e.before for e in events("annotation", "delete")]
        assert sorted((e["claim_type"], e["sentence_id"]) for e in removed) == [("checkable", s[2]), ("minor", s[2])]
        # rev2 sees "re-check this sentence" on the merged sentence in the workspace at once.
        rev2_task = task_service.task_for(article, rev2).id
        [flag] = comments_of(rev2_task, returned_only=True)[s[1]]
        assert "Re-check this sentence" in flag.body and "minor" in flag.body
        assert comments_of(task_service.task_for(article, rev1).id, returned_only=True) == {}
        [label] = db.session.scalars(select(FinalLabel).where(FinalLabel.sentence_id.in_(s)))
        assert (label.sentence_id, label.claim_type) == (s[1], "checkable")
        summary = events("article", "merge_sentences")[0].after
        assert set(summary["touched"]["annotation"]) >= {a.id for a in left.values()}
        assert summary["flagged"] == ["rev2"]
        assert_counts_true()


def test_merge_moves_the_second_sentences_work_when_the_first_has_none(app, users, article):
    with app.app_context():
        s, rev1 = ids(article), users["rev1"]
        save(s[3], rev1, claim_type="not_a_claim")
        final_labels.adjudicate(s[3], {"claim_type": "checkable", "source_id": None, "status": "unverified"},
                                users["admin"])
        done = service.merge(article, s[2], s[3], users["admin"], carry_over=True)
        assert done.flagged == []
        moved = db.session.scalar(select(Annotation).where(Annotation.reviewer_id == rev1))
        assert (moved.sentence_id, moved.version) == (s[2], 2)
        assert db.session.scalar(select(FinalLabel.sentence_id)) == s[2]
        assert spans(article)[2] == (2, "Both sides met in Geneva.\n\nThey will meet again.", "body")
        assert_counts_true()


def test_split_with_work_keeps_each_annotation_on_its_part_flagged(app, users, article):
    with app.app_context():
        s, rev1, rev2, admin = ids(article), users["rev1"], users["rev2"], users["admin"]
        service.merge(article, s[1], s[2], admin)
        geneva = TEXT.index("Geneva")
        save(s[1], rev1, claim_type="checkable", span={"start": geneva, "end": geneva + 6})
        save(s[1], rev2, claim_type="minor")
        final_labels.adjudicate(s[1], {"claim_type": "minor", "source_id": None, "status": "unverified"}, admin)
        with pytest.raises(service.WorkAffected):
            service.split(article, s[1], TEXT.index("Both"), admin)
        first, second = service.split(article, s[1], TEXT.index("Both"), admin, carry_over=True).sentence_ids
        placed = {a.reviewer_id: a for a in db.session.scalars(select(Annotation))}
        assert (placed[rev1].sentence_id, placed[rev1].span_start, placed[rev1].version) == (second, geneva, 2)
        assert (placed[rev2].sentence_id, placed[rev2].span_start) == (first, None)
        assert db.session.scalar(select(FinalLabel.sentence_id)) == first
        flags = db.session.execute(select(ReviewComment.sentence_id, ReviewComment.returned_at)).all()
        assert sorted(sentence for sentence, _ in flags) == sorted([first, second])
        assert all(returned is not None for _, returned in flags)
        assert {e.entity_id for e in events("annotation", "split")} == {placed[rev1].id, placed[rev2].id}
        assert_counts_true()
        # The reviewer's next save of the moved annotation names the version it now has.
        assert save(second, rev1, claim_type="minor")["version"] == 3
        assert_counts_true()


def test_a_stale_tab_cannot_overwrite_a_carried_annotation(app, users, article):
    with app.app_context():
        s, rev1 = ids(article), users["rev1"]
        save(s[2], rev1, claim_type="checkable")
        service.merge(article, s[1], s[2], users["admin"], carry_over=True)
        with pytest.raises(annotation_service.AnnotationConflict):
            annotation_service.save(s[1], rev1, {"version": 1, "claim_type": "minor"})


# --- the pages ----------------------------------------------------------------------------

def test_admin_forms_correct_the_split_and_ask_before_touching_work(app, users, article, admin_client):
    with app.app_context():
        s = ids(article)
        save(s[2], users["rev1"], claim_type="checkable")
    page = f"/articles/{article}"
    token = csrf_token(admin_client, page)
    answer = admin_client.post(f"{page}/sentences/{s[1]}/merge", data={"csrf_token": token})
    assert answer.status_code == 409
    assert "1 annotation (rev1)" in answer.get_data(as_text=True)
    assert 'name="carry_over"' in answer.get_data(as_text=True)
    answer = admin_client.post(f"{page}/sentences/{s[1]}/merge", data={"csrf_token": token, "carry_over": "1"})
    assert answer.status_code == 303
    shown = admin_client.get(page).get_data(as_text=True)
    assert "Sentences 2 and 3 are now one." in shown
    offset = len("The talks resumed on Monday.") + 1
    answer = admin_client.post(f"{page}/sentences/{s[1]}/split",
                               data={"csrf_token": token, "offset": str(offset), "carry_over": "1"})
    assert answer.status_code == 303
    assert admin_client.post(f"{page}/sentences/{s[0]}/kind", data={"csrf_token": token, "kind": "heading"}
                             ).status_code == 303
    assert admin_client.post(f"{page}/sentences/{s[0]}/split",
                             data={"csrf_token": token, "offset": "0"}).status_code == 400
    assert admin_client.post(f"{page}/sentences/{s[0]}/split",
                             data={"csrf_token": token, "offset": "x"}).status_code == 400
    assert admin_client.post(f"{page}/sentences/{s[4]}/merge", data={"csrf_token": token}).status_code == 400
    assert admin_client.post(f"{page}/sentences/{s[0]}/kind", data={"kind": "meta"}).status_code == 400  # no CSRF
    with app.app_context():
        assert [kind for _, _, kind in spans(article)][:3] == ["heading", "body", "body"]
        assert len(spans(article)) == 5


def test_reviewers_cannot_correct_the_split(app, users, article, reviewer_client):
    with app.app_context():
        s = ids(article)
    token = csrf_token(reviewer_client, "/tasks")
    for action, data in (("kind", {"kind": "meta"}), ("merge", {}), ("split", {"offset": "3"})):
        answer = reviewer_client.post(f"/articles/{article}/sentences/{s[1]}/{action}",
                                      data={"csrf_token": token, **data})
        assert answer.status_code == 403
    page = reviewer_client.get(f"/articles/{article}").get_data(as_text=True)
    assert "/merge" not in page and "/split" not in page


@pytest.mark.browser
def test_an_admin_splits_and_merges_on_the_article_page(app, users, article, live_url, page):
    with app.app_context():
        s = ids(article)
        save(s[1], users["rev1"], claim_type="checkable")
    browser_login(page, live_url, "admin")
    page.goto(f"{live_url}/articles/{article}")
    sentence = page.locator(f"#s{s[1]}")
    sentence.locator("summary").click()
    sentence.get_by_label("Split before character").fill(str(len("The talks resumed")))
    sentence.get_by_role("button", name="Split").click()
    expect(page.locator(".confirm-correction")).to_contain_text("1 annotation (rev1)")
    page.get_by_role("button", name="Carry the work over").click()
    expect(page.locator(".flash")).to_contain_text("Sentence 2 is now two sentences")
    expect(page.locator(".sentences > li")).to_have_count(6)
    expect(page.locator(f"#s{s[1]} .text").first).to_contain_text("The talks resumed")
    second = page.locator(".sentences > li").nth(2)
    expect(second.locator(".text").first).to_contain_text("on Monday.")
    page.locator(f"#s{s[1]} summary").click()
    page.locator(f"#s{s[1]}").get_by_role("button", name="Merge with the next").click()
    expect(page.locator(".confirm-correction")).to_be_visible()
    page.get_by_role("button", name="Carry the work over").click()
    expect(page.locator(".sentences > li")).to_have_count(5)
    page.locator(f"#s{s[4]} summary").click()
    page.locator(f"#s{s[4]}").get_by_label("Kind").select_option("body")
    page.locator(f"#s{s[4]}").get_by_role("button", name="Change kind").click()
    expect(page.locator(f"#s{s[4]} .kind")).to_have_text("body")
    with app.app_context():
        assert [text for _, text, _ in spans(article)][1] == "The talks resumed on Monday."
        assert_counts_true()
