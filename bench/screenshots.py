"""Take the README's screenshots: a reviewer's workspace on the seed article, and the desk lead's
pages (dashboard, agreement, a disagreement, a task in review) on the demo desk.

Run: python bench/screenshots.py [OUT_DIR]   (needs Chromium at /usr/bin/chromium)
It uses a throwaway SQLite database and serves on 127.0.0.1 only.
"""

import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright
from sqlalchemy import select
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotate import create_app  # noqa: E402
from annotate.extensions import db  # noqa: E402
from annotate.models import Article  # noqa: E402
from annotate.services import accounts, tasks  # noqa: E402
from annotate.services.imports import import_file  # noqa: E402
from annotate.services.sources import import_sources  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def main(out: Path) -> None:
    """Prepare data, serve, log in as a reviewer, label a few sentences, take the picture."""
    work = Path(tempfile.mkdtemp())
    app = create_app({"SECRET_KEY": "screenshots", "DATABASE_URL": f"sqlite:///{work}/s.db"})
    with app.app_context():
        from annotate.cli import upgrade_database

        upgrade_database()
        seed = ROOT / "fixtures" / "000_7c6843467a485547.txt"
        with seed.open("rb") as stream:
            import_file(stream, seed.name, app.config["MAX_RECORD_BYTES"])
        import_sources(ROOT / "fixtures" / "sources.json")
        reviewer = accounts.create_user("reviewer1", "reviewer", "screenshot pass")
        article_id = db.session.scalar(select(Article.id))
        tasks.assign_article(article_id, [reviewer.id])
        task_id = tasks.task_for(article_id, reviewer.id).id
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 860})
        page.goto(base + "/login")
        page.fill("input[name=username]", "reviewer1")
        page.fill("input[name=password]", "screenshot pass")
        page.click("main button[type=submit]")
        page.goto(f"{base}/tasks/{task_id}")
        for keys in (["n"], ["n"], ["c"], ["c"], ["c", "2", "a"], ["c", "2", "a"]):
            for key in keys:
                page.keyboard.press(key)
            page.wait_for_selector("#ws-save-state:text-is('saved')")
            with page.expect_navigation():
                page.keyboard.press("j")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(out / "workspace.png"))
        browser.close()
    server.shutdown()
    print(f"wrote {out / 'workspace.png'}")
    desk_lead(out, work)


def demo_app(work: Path):
    """An app on the demo's data: the fixtures, the accounts and the seeded desk."""
    app = create_app({"SECRET_KEY": "screenshots", "DATABASE_URL": f"sqlite:///{work}/demo.db"})
    with app.app_context():
        from annotate.cli import DEMO_ACCOUNTS, upgrade_database
        from annotate.services.demo import seed_desk

        upgrade_database()
        import_sources(ROOT / "fixtures" / "sources.json")
        for path in sorted((ROOT / "fixtures").iterdir()):
            if path.suffix in (".txt", ".json", ".jsonl") and path.name != "sources.json":
                with path.open("rb") as stream:
                    import_file(stream, path.name, app.config["MAX_RECORD_BYTES"])
        ids = {name: accounts.set_demo_account(name, role, "screenshot pass").id for name, role in DEMO_ACCOUNTS}
        seed_desk([ids[name] for name, role in DEMO_ACCOUNTS if role == "reviewer"], ids["admin"])
    return app


def desk_lead(out: Path, work: Path) -> None:
    """The admin's dashboard, agreement page, adjudication queue and a task in review."""
    from annotate.models import Task

    app = demo_app(work)
    with app.app_context():
        submitted = db.session.scalar(select(Task.id).where(Task.state == "submitted").order_by(Task.id))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    shots = {"dashboard.png": "/admin", "agreement.png": "/admin/agreement",
             "adjudication.png": "/admin/disagreements", "review.png": f"/admin/tasks/{submitted}/review"}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.goto(base + "/login")
        page.fill("input[name=username]", "admin")
        page.fill("input[name=password]", "screenshot pass")
        page.click("main button[type=submit]")
        for name, path in shots.items():
            page.goto(base + path)
            if name == "review.png":
                for _ in range(4):
                    with page.expect_navigation():
                        page.keyboard.press("j")
            page.screenshot(path=str(out / name), full_page=name != "review.png")
            print(f"wrote {out / name}")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
