"""Articles in many languages (issue 16.1): the language detected at import on every path (or the
one given, as its ISO 639-1 code), the article split by that language's rules, shown on the
article page and changed there by an admin (split again while nobody has worked on it, kept
otherwise), and right-to-left text marked so that browsers lay it out right to left."""

import io
import json
import re

import pytest
import sqlalchemy as sa
from sqlalchemy import func, select

from annotate.extensions import db
from annotate.importing import RecordError
from annotate.models import Annotation, Article, AuditEvent, Sentence
from annotate.segment import split_sentences
from annotate.services import annotations as annotation_service
from annotate.services import article_edits, claim_search
from annotate.services import tasks as task_service
from annotate.services.imports import import_file
from tests.conftest import csrf_token, login

# Invented wire copy, five sentences each, with the scripts' own sentence marks.
CHINESE = ("国家统计局周四发布数据显示，一季度工业产值同比增长百分之五点二。分析人士表示，这一增速高于市场预期！"
           "出口订单能否持续回升？多家企业负责人对此持谨慎态度。有关部门将于下月公布更详细的数据。")
ARABIC = ("قالت وزارة الزراعة يوم الأحد إن صادرات التمور ارتفعت بنسبة عشرين في المئة. "
          "وأضاف المتحدث أن الطلب جاء من أسواق آسيوية جديدة. هل تستمر هذه الزيادة في الأشهر المقبلة؟ "
          "ويرى خبراء أن الأسعار ستبقى مستقرة حتى نهاية العام. وتعتزم الوزارة نشر تقرير مفصل الشهر المقبل.")
SPANISH = ("El Gobierno anunció el martes un nuevo plan de vivienda para las familias jóvenes. Según el "
           "ministerio, la medida costará unos 300 millones de euros y se aplicará desde enero. Los sindicatos "
           "pidieron más detalles sobre la financiación.")
ENGLISH = "Talks Resume\n\nThe talks resumed on Monday in Geneva. The two sides said that the mood was good."


def _import(app, records: list[dict], name: str = "articles.jsonl") -> None:
    lines = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    import_file(io.BytesIO(lines.encode()), name, app.config["MAX_RECORD_BYTES"])


def _article(text: str) -> Article:
    return db.session.scalar(select(Article).where(Article.text == text))


def _spans(article_id: int) -> list[tuple[int, int, str]]:
    return [tuple(row) for row in db.session.execute(
        select(Sentence.start, Sentence.end, Sentence.kind).where(Sentence.article_id == article_id)
        .order_by(Sentence.position))]


# --- at import ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language, sentences", [
    (CHINESE, "zh", ["。", "！", "？", "。", "。"]),
    (ARABIC, "ar", [".", ".", "؟", ".", "."]),
    (SPANISH, "es", [".", ".", "."]),
])
def test_the_language_is_detected_at_import_and_picks_the_rules(app_ctx, text, language, sentences):
    _import(app_ctx, [{"text": text}])
    article = _article(text)
    assert article.language == language
    spans = _spans(article.id)
    assert spans == [(s.start, s.end, s.kind) for s in split_sentences(text, language)]
    # Each sentence ends at its script's own mark, and the text between is exactly text[start:end].
    assert [text[end - 1] for _, end, _ in spans] == sentences
    assert "".join(text[start:end] for start, end, _ in spans).replace(" ", "") == text.replace(" ", "")
    assert article.sentence_count == len(sentences)


def test_every_import_path_detects_the_language(app, users, tmp_path):
    """The CLI (.txt, .json), the API and the import page's pasted text."""
    (tmp_path / "zh.txt").write_text("工业产值稳步增长\n\n" + CHINESE, encoding="utf-8")
    (tmp_path / "ar.json").write_text(json.dumps({"text": ARABIC}), encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["import", str(tmp_path / "zh.txt"), str(tmp_path / "ar.json")])
    assert result.exit_code == 0, result.output
    client = app.test_client()
    assert login(client, "admin").status_code == 302
    response = client.post("/admin/import", data={"csrf_token": csrf_token(client, "/admin/import"),
                                                  "text": SPANISH})
    assert response.status_code == 200, response.get_data(as_text=True)
    with app.app_context():
        from annotate.services import tokens
        secret = tokens.create_token(users["admin"], "tests")[1]
    response = client.post("/api/v1/articles", json=[{"text": ENGLISH}, {"text": "Otra nota. Con dos frases.",
                                                                          "language": "pt-BR"}],
                           headers={"Authorization": "Bearer " + secret})
    assert response.status_code == 201
    with app.app_context():
        languages = dict(db.session.execute(select(Article.text, Article.language)).all())
        assert languages == {"工业产值稳步增长\n\n" + CHINESE: "zh", ARABIC: "ar", SPANISH: "es", ENGLISH: "en",
                             "Otra nota. Con dos frases.": "pt"}
        zh = _article("工业产值稳步增长\n\n" + CHINESE)
        assert [kind for _, _, kind in _spans(zh.id)] == ["title"] + ["body"] * 5


def test_a_label_studio_task_gets_its_language_detected_and_split_by_its_rules(app, users, tmp_path):
    (tmp_path / "ls.json").write_text(json.dumps([{"data": {"text": ARABIC}, "annotations": []}]), encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["import", str(tmp_path / "ls.json")])
    assert result.exit_code == 0, result.output
    with app.app_context():
        article = _article(ARABIC)
        assert article.language == "ar"
        assert _spans(article.id) == [(s.start, s.end, s.kind) for s in split_sentences(ARABIC, "ar")]
        assert len(_spans(article.id)) > 1


@pytest.mark.parametrize("given, stored", [
    ("pt-BR", "pt"), ("ZH", "zh"), ("zh_Hant_TW", "zh"), (" en-us ", "en"), ("AR", "ar"), ("iw", "he"), ("", None),
])
def test_a_given_language_is_stored_as_its_iso_639_1_code(app_ctx, given, stored):
    _import(app_ctx, [{"text": "Uma nota curta.", "language": given}])
    assert _article("Uma nota curta.").language == (stored or "pt")  # blank: none given, detected


@pytest.mark.parametrize("bad", ["english", "xx", "e1", "pt-", "zh--CN", "中文", "eng"])
def test_a_value_that_is_not_a_language_code_is_refused_with_its_line(app_ctx, bad):
    with pytest.raises(RecordError) as refused:
        _import(app_ctx, [{"text": "Fine."}, {"text": "Also fine.", "language": bad}], "wire.jsonl")
    assert str(refused.value).startswith("wire.jsonl: line 2: 'language' must be an ISO 639-1 language code")
    assert db.session.scalar(select(func.count()).select_from(Article)) == 0  # the file, all or nothing


def test_a_bad_language_is_a_clear_4xx_on_the_api_and_a_failure_on_the_cli(app, users, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "One."}\n{"text": "Two.", "language": "klingon"}\n')
    result = app.test_cli_runner().invoke(args=["import", str(path)])
    assert result.exit_code == 1
    assert f"{path}: line 2: 'language' must be an ISO 639-1 language code" in result.output
    with app.app_context():
        from annotate.services import tokens
        secret = tokens.create_token(users["admin"], "tests")[1]
    response = app.test_client().post("/api/v1/articles", json={"text": "Two.", "language": "klingon"},
                                      headers={"Authorization": "Bearer " + secret})
    assert response.status_code == 422
    assert "ISO 639-1" in response.get_json()["error"]["message"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Article)) == 0


# --- shown, and changed by an admin --------------------------------------------------------------

# Greek filed as English: the English rules do not end a sentence at the Greek question mark ";".
GREEK = ("Θα συνεχιστούν οι συνομιλίες την Τρίτη; Ο υπουργός δεν απάντησε στις ερωτήσεις. "
         "Οι δύο πλευρές θα συναντηθούν ξανά τον Μάιο.")
MISFILED = {"text": GREEK, "language": "en"}


@pytest.fixture
def misfiled(app, users):
    """The Greek article imported as English, assigned to rev1; its id."""
    with app.app_context():
        assert split_sentences(GREEK, "en") != split_sentences(GREEK, "el")  # else nothing to show
        _import(app, [MISFILED])
        article_id = _article(GREEK).id
        task_service.assign_article(article_id, [users["rev1"]])
        return article_id


def _change(client, article_id: int, language: str, token: str | None = None):
    page = f"/articles/{article_id}"
    data = {"language": language}
    if token != "":
        data["csrf_token"] = token or csrf_token(client, page)
    return client.post(f"{page}/language", data=data)


def test_the_article_page_shows_the_language_and_offers_the_supported_ones(admin_client, misfiled):
    shown = admin_client.get(f"/articles/{misfiled}").get_data(as_text=True)
    assert '<span id="article-language">English (en)</span>' in shown
    assert '<option value="el">Greek (el)</option>' in shown and '<option value="ar">Arabic (ar)</option>' in shown
    assert '<option value="en" selected>English (en)</option>' in shown


def test_a_language_without_rules_of_its_own_is_shown_and_never_chosen_by_default(app, admin_client):
    with app.app_context():
        _import(app, [{"text": "Regeringen presenterade planen i dag.", "language": "sv"}])
        article_id = _article("Regeringen presenterade planen i dag.").id
    shown = admin_client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert '<span id="article-language">Swedish (sv)</span>' in shown
    assert '<option value="" selected disabled>Swedish (sv): no sentence rules of its own</option>' in shown
    assert " selected>" not in shown.split('id="article-language-choice"')[1].split("</select>")[0]


def test_an_admin_changes_the_language_and_the_article_is_split_again(app, admin_client, misfiled):
    response = _change(admin_client, misfiled, "el")
    assert response.status_code == 303
    shown = admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The language is now Greek (el); the article was split again by its rules: 3 sentences (were 2)." in shown
    assert '<span id="article-language">Greek (el)</span>' in shown
    with app.app_context():
        article = db.session.get_one(Article, misfiled)
        assert article.language == "el" and article.sentence_count == 3
        assert _spans(misfiled) == [(s.start, s.end, s.kind) for s in split_sentences(GREEK, "el")]
        events = {e.action: e for e in db.session.scalars(select(AuditEvent).where(
            AuditEvent.entity_type == "article", AuditEvent.entity_id == misfiled))}
        assert (events["edit_metadata"].before, events["edit_metadata"].after) == (
            {"language": "en"}, {"language": "el"})
        assert len(events["resplit_sentences"].after["sentences"]) == 3
        # The search index follows: a row for each new sentence, none left of the old ones.
        index = claim_search._index()
        indexed = set(db.session.scalars(select(index.key).where(index.key.in_(
            select(Sentence.id).where(Sentence.article_id == misfiled)))))
        assert len(indexed) == 3
        assert db.session.scalar(select(func.count()).select_from(index.table)) == 3


def test_with_work_on_the_article_the_language_changes_and_the_sentences_are_kept(app, users, admin_client,
                                                                                  misfiled):
    with app.app_context():
        before = _spans(misfiled)
        first = db.session.scalar(select(Sentence.id).where(Sentence.article_id == misfiled))
        annotation_service.save(first, users["rev1"], {"version": 0, "claim_type": "checkable"})
    response = _change(admin_client, misfiled, "el")
    shown = admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The language is now Greek (el). The sentences were kept as they are" in shown
    with app.app_context():
        article = db.session.get_one(Article, misfiled)
        assert (article.language, _spans(misfiled)) == ("el", before)
        assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "resplit_sentences")) == 0


@pytest.mark.parametrize("work", ["final label", "hand correction"])
def test_a_final_label_or_a_hand_correction_keeps_the_sentences_too(app, users, misfiled, work):
    """Not only reviewers' annotations are work: an admin's final label, or an admin's own
    correction of the sentences, is not thrown away by a new split."""
    from annotate.services import final_labels, segmentation

    with app.app_context():
        before = _spans(misfiled)
        first = db.session.scalar(select(Sentence.id).where(Sentence.article_id == misfiled))
        if work == "final label":
            final_labels.adjudicate(first, {"claim_type": "checkable", "source_id": None, "status": "supported"},
                                    users["admin"])
        else:
            segmentation.set_kind(misfiled, first, "title", users["admin"])
            before = _spans(misfiled)
        change = article_edits.change_language(misfiled, "el", users["admin"])
        assert change.counts is None and "kept" in change.message()
        assert _spans(misfiled) == before


def test_a_save_aimed_at_a_sentence_of_the_old_split_never_lands_on_a_new_one(app, users, misfiled):
    """The new split's sentences get new ids (SQLite would give the deleted rows' ids again):
    a workspace opened before the change saves into nothing, and is told so."""
    from annotate.errors import NotFound

    with app.app_context():
        old = {sentence_id: (start, end) for sentence_id, start, end in db.session.execute(
            select(Sentence.id, Sentence.start, Sentence.end).where(Sentence.article_id == misfiled))}
        article_edits.change_language(misfiled, "el", users["admin"])
        new = {sentence_id: (start, end) for sentence_id, start, end in db.session.execute(
            select(Sentence.id, Sentence.start, Sentence.end).where(Sentence.article_id == misfiled))}
        assert len(new) == 3 and not set(old) & set(new)
        stale = max(old)
        with pytest.raises(NotFound):
            annotation_service.save(stale, users["rev1"], {"version": 0, "claim_type": "checkable"})
        assert db.session.scalar(select(func.count()).select_from(Annotation)) == 0
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "resplit_sentences"))
        assert sorted(s["id"] for s in event.before["sentences"]) == sorted(old)
        assert sorted(s["id"] for s in event.after["sentences"]) == sorted(new)


def test_the_metadata_form_changes_the_language_the_same_way(app, users, misfiled):
    with app.app_context():
        changed = article_edits.update_metadata(misfiled, {**article_edits.metadata_of(
            db.session.get_one(Article, misfiled)), "language": "EL"}, users["admin"])
        assert changed == ["language"] and changed.language.counts == (2, 3)
        assert db.session.get_one(Article, misfiled).sentence_count == 3


def test_changing_the_language_is_for_admins_with_a_csrf_token(app, users, admin_client, reviewer_client, misfiled):
    assert _change(reviewer_client, misfiled, "el").status_code == 403
    anonymous = app.test_client()
    response = _change(anonymous, misfiled, "el", token=csrf_token(anonymous, "/login"))
    assert response.status_code == 302 and "/login?next=" in response.headers["Location"]
    assert _change(admin_client, misfiled, "el", token="").status_code == 400  # no CSRF token
    refused = _change(admin_client, misfiled, "tlh")  # not a language with rules
    assert refused.status_code == 400 and "not a language annotate has sentence rules for" in \
        refused.get_data(as_text=True)
    assert _change(admin_client, misfiled + 100, "el").status_code == 404
    with app.app_context():
        article = db.session.get_one(Article, misfiled)
        assert (article.language, article.sentence_count) == ("en", len(split_sentences(GREEK, "en")))


# --- right to left ---------------------------------------------------------------------------------

def test_sentence_texts_are_marked_for_their_direction_and_language(app, users, admin_client, reviewer_client):
    with app.app_context():
        _import(app, [{"text": "ارتفاع صادرات التمور\n\n" + ARABIC, "title": "ارتفاع صادرات التمور"}])
        article = _article("ارتفاع صادرات التمور\n\n" + ARABIC)
        task_service.assign_article(article.id, [users["rev1"]])
        task_id = task_service.task_for(article.id, users["rev1"]).id
        count = article.sentence_count
    page = admin_client.get(f"/articles/{article.id}").get_data(as_text=True)
    assert '<span id="article-language">Arabic (ar)</span>' in page
    assert '<ol class="sentences" lang="ar">' in page
    assert len(re.findall(r'<span class="text" dir="auto">', page)) == count == 6
    workspace = reviewer_client.get(f"/tasks/{task_id}").get_data(as_text=True)
    assert '<ol class="ws-sentences" id="ws-sentences" lang="ar">' in workspace
    assert '<h1 dir="auto" lang="ar">ارتفاع صادرات التمور</h1>' in workspace
    assert len(re.findall(r'<span class="text" dir="auto"', workspace)) == 6


def test_the_migration_reads_stored_languages_as_codes(tmp_path, database_url):
    """Upgrading from 0011 turns the languages stored before (any short text) into ISO 639-1
    codes, or unknown where they are none, so that an export of them imports back."""
    from flask_migrate import upgrade

    from annotate import create_app
    from tests.conftest import TEST_DATABASE_URL, _admin_sql, _test_config, _worker_database

    url = (_worker_database(TEST_DATABASE_URL, "language_migration") if database_url.startswith("postgresql")
           else f"sqlite:///{tmp_path}/before.db")
    app = create_app(_test_config(url, tmp_path))
    try:
        with app.app_context():
            directory = app.extensions["migrate"].directory
            upgrade(directory=directory, revision="0011")
            stored = {1: "en-US", 2: "English", 3: "ZH", 4: None, 5: "pt"}
            with db.engine.begin() as connection:
                for article_id, language in stored.items():
                    connection.execute(sa.text(
                        "INSERT INTO article (id, text, text_length, text_sha256, sentence_count, meta, created_at, "
                        "language) VALUES (:id, 'A text.', 7, :sha, 0, '{}', '2026-01-01', :language)"),
                        {"id": article_id, "sha": f"{article_id:064d}", "language": language})
            upgrade(directory=directory, revision="0012")
            with db.engine.connect() as connection:
                now = dict(connection.execute(sa.text("SELECT id, language FROM article")).all())
            assert now == {1: "en", 2: None, 3: "zh", 4: None, 5: "pt"}
            db.session.remove()
            db.engine.dispose()
    finally:
        if url.startswith("postgresql"):
            _admin_sql(TEST_DATABASE_URL, f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
