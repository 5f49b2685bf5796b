"""The public claim pages (off unless configured; the claim, its verdict, its source and the
evidence, nothing else) and the final label's ``review_url`` (API, form, audit, json round trip)."""

import json

from sqlalchemy import select

from annotate.extensions import db
from annotate.models import AuditEvent, FinalLabel
from tests.conftest import csrf_token, wipe
from tests.test_claimreview import SETTINGS, UNSET, desk  # noqa: F401  (the fixture)


def test_claim_pages_are_off_unless_configured(app, desk):  # noqa: F811
    app.config.update(UNSET)
    client = app.test_client()
    assert client.get(f"/claims/{desk['verdicts']['supported']}").status_code == 404
    app.config["PUBLIC_CLAIM_PAGES"] = True
    assert client.get(f"/claims/{desk['verdicts']['supported']}").status_code == 200


def test_a_claim_page_shows_the_claim_verdict_source_and_evidence_and_nothing_else(app, desk):  # noqa: F811
    app.config.update(SETTINGS)
    client = app.test_client()
    page = client.get(f"/claims/{desk['verdicts']['supported']}")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Set-Cookie" not in page.headers  # no login, no session
    assert "The port authority said on Tuesday" in text and "True" in text and "Wire" in text
    assert "https://stats.example.org/ships" in text and "42 ships" in text
    assert "https://example.org/port" in text and "2026-03-15" in text  # the article's own day
    for hidden in ("secret desk note", "rev1", "admin", "/articles/", "/admin", "Log in"):
        assert hidden not in text, hidden
    misleading = client.get(f"/claims/{desk['verdicts']['misleading']}").get_data(as_text=True)
    assert "Anselm Ruiz" in misleading and "Misleading" in misleading


def test_only_sentences_with_a_final_verdict_have_a_page(app, desk):  # noqa: F811
    app.config.update(SETTINGS)
    client = app.test_client()
    assert client.get(f"/claims/{desk['verdicts']['unverified']}").status_code == 404
    assert client.get(f"/claims/{desk['verdicts']['supported'] - 1}").status_code == 404  # the title: no label
    assert client.get("/claims/999999").status_code == 404


def test_review_url_is_set_through_the_api_audited_and_exported(app, desk, admin_client):  # noqa: F811
    sentence = desk["verdicts"]["refuted"]
    headers = {"X-CSRFToken": csrf_token(admin_client, "/admin")}
    url = f"/api/v1/sentences/{sentence}/final"
    body = {"claim_type": "checkable", "source_id": None, "status": "refuted"}
    for bad in ("ftp://desk.example.org/x", "https://", "javascript:alert(1)", "desk.example.org/x", 12):
        refused = admin_client.put(url, json={**body, "review_url": bad}, headers=headers)
        assert refused.status_code == 422 and "review_url" in refused.get_json()["error"]["details"], bad
    saved = admin_client.put(url, json={**body, "review_url": " https://desk.example.org/checks/exports "},
                             headers=headers)
    assert saved.status_code == 200
    assert saved.get_json()["final"]["review_url"] == "https://desk.example.org/checks/exports"
    assert admin_client.get(url).get_json()["final"]["review_url"] == "https://desk.example.org/checks/exports"
    with app.app_context():
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "final_label")
                                   .order_by(AuditEvent.id.desc())).first()
        assert event.after["review_url"] == "https://desk.example.org/checks/exports"
        assert event.before["review_url"] is None
    app.config.update(SETTINGS)
    document = json.loads(app.test_cli_runner().invoke(args=["export", "--format", "json"]).stdout)
    finals = {s["id"]: s["final"] for a in document["articles"] for s in a["sentences"]}
    assert finals[sentence]["review_url"] == "https://desk.example.org/checks/exports"
    assert "review_url" not in finals[desk["verdicts"]["supported"]]  # none set: none written
    items = json.loads(app.test_cli_runner().invoke(args=["export", "--format", "claimreview"]).stdout)
    assert {i["url"] for i in items if i["identifier"] == f"sentence-{sentence}"} == {
        "https://desk.example.org/checks/exports"}
    cleared = admin_client.put(url, json={**body, "review_url": ""}, headers=headers)
    assert "review_url" not in cleared.get_json()["final"]


def test_review_url_is_set_with_the_adjudication_form(app, desk, admin_client):  # noqa: F811
    sentence = desk["verdicts"]["misleading"]
    token = csrf_token(admin_client, f"/admin/disagreements?s={sentence}")
    response = admin_client.post(f"/admin/disagreements/{sentence}", data={
        "csrf_token": token, "claim_type": "checkable", "status": "misleading", "source_id": str(desk["ruiz"]),
        "review_url": "https://desk.example.org/checks/ruiz"})
    assert response.status_code == 302
    with app.app_context():
        label = db.session.scalar(select(FinalLabel).where(FinalLabel.sentence_id == sentence))
        assert label.review_url == "https://desk.example.org/checks/ruiz"
    bad = admin_client.post(f"/admin/disagreements/{sentence}", data={
        "csrf_token": token, "claim_type": "checkable", "status": "misleading", "review_url": "not a url"})
    assert bad.status_code == 400 and "review_url" in bad.get_data(as_text=True)


def test_review_url_survives_the_json_round_trip(app, desk):  # noqa: F811
    with app.app_context():
        label = db.session.scalar(select(FinalLabel).where(FinalLabel.sentence_id == desk["b"]))
        label.review_url = "https://desk.example.org/checks/river"
        db.session.commit()
    first = app.test_cli_runner().invoke(args=["export", "--format", "json"]).stdout
    wipe(app)
    path = app.instance_path + "/round.json"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(first)
    assert app.test_cli_runner().invoke(args=["import", path]).exit_code == 0
    with app.app_context():
        assert db.session.scalar(select(FinalLabel.review_url).where(FinalLabel.sentence_id == desk["b"])) \
            == "https://desk.example.org/checks/river"
    again = app.test_cli_runner().invoke(args=["import", path])  # the same file merges: equal labels
    assert again.exit_code == 0, again.output
    changed = first.replace("https://desk.example.org/checks/river", "https://desk.example.org/checks/other")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(changed)
    differs = app.test_cli_runner().invoke(args=["import", path])
    assert "differs from the final label here" in differs.output
    broken = first.replace("https://desk.example.org/checks/river", "javascript:alert(1)")
    wipe(app)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(broken)
    refused = app.test_cli_runner().invoke(args=["import", path])
    assert refused.exit_code != 0 and "review_url" in refused.output
