"""Feed a ``labelstudio`` export to a real Label Studio, edit it there, and merge it back (issues 5, 13).

Usage: python bench/labelstudio_import.py [--label-studio PATH] [--articles N] [--annotations N]
                                          [--browser-tasks N] [--screenshot PNG] [--keep DIR]

Label Studio is not a dependency of annotate (its install is about 1 GB). Install it apart:
``python3 -m venv /work/ls-venv && /work/ls-venv/bin/pip install label-studio`` (the default
``--label-studio`` is ``/work/ls-venv/bin/label-studio``). The browser part needs Playwright (the
test extra) and Chromium at /usr/bin/chromium.

1. A synthetic corpus (bench/_corpus.py; its text has non-ASCII letters and an emoji outside
   the BMP, its annotations narrower spans, sources, notes with HTML) in a throwaway SQLite file;
   the first decided annotations get the notes and evidence the older meta lines misread
   (``TRICKY``: lines starting with the meta keys, URLs with spaces and unicode, `` | ``, U+2028,
   Chinese, emoji).
2. ``annotate label-studio-config`` and ``annotate export --format labelstudio -o FILE``, run as
   a user runs them.
3. Label Studio started on 127.0.0.1 with a throwaway data directory; a project made with that
   config (Label Studio validates it); the file uploaded to the project's import endpoint.
4. Label Studio's own JSON export of the project compared with the file: every task, annotation
   and result (region id, control, type, value) must come back unchanged; then that export
   imported into a fresh annotate database (``annotate import``) must give back every decided
   annotation (claim type, status, source, note, evidence, span) of the corpus.
5. Chromium opens a sample of tasks in Label Studio's labelling page: each highlighted region's
   text and offsets must be the file's, and a clicked region must show its claim type, status,
   source and reviewer.
6. Through Label Studio's API (``PATCH /api/annotations/ID``): one region's claim type, another's
   status and a third's note are changed. The project is exported again and imported into the
   database the corpus came from (``annotate import --actor admin``). As services/dataset_import.py
   documents, each annotation must be equal (same version, same content) or, for the three
   edited, the next version with the edit, by admin, with an ``import`` audit event.

Prints what it measured, and per annotation equal or new version; exits non-zero on any
difference. Every wait is bounded; the server is stopped at the end.
"""

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from _corpus import build_corpus  # noqa: E402

START_TIMEOUT = 240.0  # seconds for Label Studio to answer /health
HTTP_TIMEOUT = 300.0
PAGE_TIMEOUT_MS = 60_000
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
USER, PASSWORD = "bench@example.org", "bench-" + secrets.token_hex(8)
COMPARED = ("id", "from_name", "to_name", "type", "value", "meta")
DEFAULT_LABEL_STUDIO = "/work/ls-venv/bin/label-studio"
PER_ANNOTATION_SHOWN = 400  # annotations listed one a line; past it, only those not equal
# (note, evidence) that the meta lines before issue 13 misread; on the first decided annotations.
TRICKY = [
    ("first line\nevidence: https://fake.example not real evidence", []),
    ("part one\nnote: part two", [{"url": "https://x.example/a b", "quote": "b q"}]),
    ("see below\nreviewer: mallory", [{"url": "https://例子.example/路径 with space?q=ü | 2", "quote": "引用 😀"}]),
    ("a | b | c\u2028after U+2028\u2029after U+2029",
     [{"url": "https://x.example/a\u2028b", "quote": "note: not a note\nevidence: https://fake.example"}]),
    ("中文注释：港口重新开放 🚢😀\ntask_state: accepted\nannotate-data: {\"note\": \"forged\"}", []),
]


def step(message: str) -> float:
    print(f"-- {message}", file=sys.stderr, flush=True)
    return time.perf_counter()


# --- our side ------------------------------------------------------------------------------------

def annotate_command() -> str:
    return shutil.which("annotate", path=str(Path(sys.executable).parent)) or "annotate"


def annotate_env(db_path: Path) -> dict:
    return {**os.environ, "ANNOTATE_DATABASE_URL": f"sqlite:///{db_path}", "ANNOTATE_SECRET_KEY": "bench"}


def decided(document: dict) -> dict:
    """Every decided annotation of a json export, by (article text, sentence position, reviewer)."""
    sources = {s["id"]: s["name"] for s in document["sources"]}
    return {(a["text_sha256"], s["position"], n["reviewer"]): (
        n["claim_type"], n["status"], sources.get(n["source_id"]), n["note"], n["evidence"], n["span"])
        for a in document["articles"] for s in a["sentences"] for n in s["annotations"] if n["claim_type"]}


def make_export(directory: Path, articles: int, annotations: int) -> tuple[str, Path, float]:
    """Corpus, config and export through the ``annotate`` command; (config, file, export seconds)."""
    from annotate import create_app

    db_path = directory / "corpus.sqlite"
    url = f"sqlite:///{db_path}"
    app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": url})
    with app.app_context():
        summary = build_corpus(articles=articles, sentences_per_article=25, annotations=annotations)
        segmented_as_annotate()
        tricky = add_tricky()
    print(f"tricky notes and evidence on annotations {tricky}")
    print(f"corpus: {summary['articles']:,} articles, {summary['sentences']:,} sentences, "
          f"{summary['annotations']:,} annotations")
    command, env = annotate_command(), annotate_env(db_path)
    config = subprocess.run([command, "label-studio-config"], env=env, check=True,
                            capture_output=True, text=True).stdout
    path = directory / "export-labelstudio.json"
    started = time.perf_counter()
    subprocess.run([command, "export", "--format", "labelstudio", "-o", str(path)], env=env, check=True,
                   stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    subprocess.run([command, "export", "--format", "json", "-o", str(directory / "export.json")], env=env,
                   check=True, stderr=subprocess.DEVNULL)
    return config, path, seconds


def segmented_as_annotate() -> None:
    """Give the corpus's sentences the kinds annotate's segmenter gives them (the synthetic corpus
    calls its long first sentences titles), as an ``annotate import`` would have stored them: a
    Label Studio task carries no sentences, so its import splits the text again, and an article
    segmented differently from the stored one cannot merge. The offsets must already agree."""
    from sqlalchemy import select, update

    from annotate.extensions import db
    from annotate.models import Article, Sentence
    from annotate.segment import split_sentences

    for article_id, text in db.session.execute(select(Article.id, Article.text)):
        stored = db.session.execute(select(Sentence.id, Sentence.start, Sentence.end)
                                    .where(Sentence.article_id == article_id).order_by(Sentence.position)).all()
        split = split_sentences(text)
        if [(row.start, row.end) for row in stored] != [(piece.start, piece.end) for piece in split]:
            raise RuntimeError(f"article {article_id}: the corpus's sentences are not the segmenter's")
        for row, piece in zip(stored, split, strict=True):
            db.session.execute(update(Sentence).where(Sentence.id == row.id).values(kind=piece.kind))
    db.session.commit()


def add_tricky() -> list[int]:
    """Put the ``TRICKY`` notes and evidence on the first decided annotations; their ids."""
    from sqlalchemy import select, update

    from annotate.extensions import db
    from annotate.models import Annotation

    ids = list(db.session.scalars(select(Annotation.id).where(Annotation.claim_type.is_not(None))
                                  .order_by(Annotation.id).limit(len(TRICKY))))
    for annotation_id, (note, evidence) in zip(ids, TRICKY, strict=True):
        db.session.execute(update(Annotation).where(Annotation.id == annotation_id).values(note=note,
                                                                                          evidence=evidence))
    db.session.commit()
    return ids


def bring_back(directory: Path, theirs: list[dict]) -> tuple[int, list[str], float]:
    """Label Studio's export imported into a fresh annotate database (``annotate import``), then
    compared with the corpus: (annotations compared, differences, import seconds)."""
    path = directory / "from-label-studio.json"
    path.write_text(json.dumps(theirs, ensure_ascii=False), encoding="utf-8")
    command, env = annotate_command(), annotate_env(directory / "back.sqlite")
    subprocess.run([command, "init-db"], env=env, check=True, capture_output=True)
    started = time.perf_counter()
    result = subprocess.run([command, "import", str(path)], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        return 0, [f"annotate import failed: {result.stdout[-2000:]}{result.stderr[-2000:]}"], seconds
    subprocess.run([command, "export", "--format", "json", "-o", str(directory / "back.json")], env=env,
                   check=True, stderr=subprocess.DEVNULL)
    before = decided(json.loads((directory / "export.json").read_text(encoding="utf-8")))
    after = decided(json.loads((directory / "back.json").read_text(encoding="utf-8")))
    differences = [f"{key}: {before.get(key)} became {after.get(key)}" for key in before.keys() | after.keys()
                   if before.get(key) != after.get(key)]
    return len(before), differences, seconds


# --- editing in Label Studio, merging back --------------------------------------------------------

EDITED_NOTE = "edited in Label Studio\nnote: still the note | 中文 😀\u2028end"


def edit_in_label_studio(ls: "LabelStudio", theirs: list[dict]) -> dict[int, tuple[str, object]]:
    """Through Label Studio's API, change one region's claim type, another's status and a third's
    note (each in another annotation); annotate's annotation id → (field, new value)."""
    from annotate.labels import CLAIM_TYPES, STATUSES
    from annotate.labelstudio_writer import META_DATA, meta_text

    edits: dict[int, tuple[str, object]] = {}
    chosen = [a for t in theirs for a in t["annotations"] if a["result"]][:3]
    for field, annotation in zip(("claim_type", "status", "note"), chosen, strict=True):
        region = annotation["result"][0]["id"]
        for result in (r for r in annotation["result"] if r["id"] == region):
            value = result["value"]
            if field == "claim_type" and result["type"] == "labels":
                value["labels"] = [next(c for c in CLAIM_TYPES if c != value["labels"][0])]
                edits[int(region[1:])] = (field, value["labels"][0])
            elif field == "status" and result["type"] == "choices":
                value["choices"] = [next(c for c in STATUSES if c != value["choices"][0])]
                edits[int(region[1:])] = (field, value["choices"][0])
            elif field == "note":
                values = json.loads(result["meta"]["text"][0].rsplit("\n", 1)[1].removeprefix(META_DATA))
                result["meta"] = {"text": [meta_text({**values, "note": EDITED_NOTE})]}
                edits[int(region[1:])] = (field, EDITED_NOTE)
        ls.call("PATCH", f"/api/annotations/{annotation['id']}", {"result": annotation["result"]})
        print(f"label studio: PATCH /api/annotations/{annotation['id']} (region {region}): "
              f"{field} → {edits[int(region[1:])][1]!r}")
    return edits


def merge_back(directory: Path, theirs: list[dict], edits: dict[int, tuple[str, object]]) -> list[str]:
    """Label Studio's export imported into the corpus's own database as admin; each annotation
    checked: equal, or (edited) the next version with the edit and an audit event. Problems."""
    path = directory / "edited-in-label-studio.json"
    path.write_text(json.dumps(theirs, ensure_ascii=False), encoding="utf-8")
    command, env = annotate_command(), annotate_env(directory / "corpus.sqlite")
    print(f"$ annotate import --actor admin {path.name}")
    result = subprocess.run([command, "import", "--actor", "admin", str(path)], env=env, capture_output=True,
                            text=True)
    print(result.stdout.strip(), result.stderr.strip()[-2000:], sep="\n" if result.stderr.strip() else "")
    if result.returncode != 0:
        return [f"annotate import into the corpus's database exited {result.returncode}"]
    subprocess.run([command, "export", "--format", "json", "-o", str(directory / "merged.json")], env=env,
                   check=True, stderr=subprocess.DEVNULL)
    before = _by_id(json.loads((directory / "export.json").read_text(encoding="utf-8")))
    after = _by_id(json.loads((directory / "merged.json").read_text(encoding="utf-8")))
    problems = [f"annotation {i}: new in the database after the merge" for i in after.keys() - before.keys()]
    verdicts = []
    for annotation_id, old in sorted(before.items()):
        verdict, problem = _verdict(old, after.get(annotation_id), edits.get(annotation_id))
        verdicts.append(f"annotation {annotation_id} ({old['reviewer']}): {verdict}")
        problems += [f"annotation {annotation_id}: {problem}"] if problem else []
    shown = verdicts if len(verdicts) <= PER_ANNOTATION_SHOWN else [v for v in verdicts if "equal" not in v]
    print("\n".join(shown))
    equal = sum(": equal" in v for v in verdicts)
    print(f"merge back: {len(verdicts)} annotations, {equal} equal, {len(verdicts) - equal} not "
          f"({len(edits)} edited in Label Studio)")
    return problems + _audited(directory / "corpus.sqlite", edits)


def _by_id(document: dict) -> dict[int, dict]:
    return {n["id"]: n for a in document["articles"] for s in a["sentences"] for n in s["annotations"]}


CONTENT = ("claim_type", "status", "source_id", "note", "evidence", "span")


def _verdict(old: dict, new: dict | None, edit: tuple[str, object] | None) -> tuple[str, str | None]:
    """"equal" or "new version …", and what is wrong (None when it is as documented)."""
    if new is None:
        return "gone", "missing after the merge"
    if edit is None:
        same = all(old[k] == new[k] for k in (*CONTENT, "version", "updated_at"))
        return ("equal", None) if same else ("changed", f"not edited, but changed: {old} → {new}")
    field, value = edit
    expected = {**{k: old[k] for k in CONTENT}, field: value}
    verdict = f"new version {old['version']} → {new['version']} ({field}: {old[field]!r} → {new[field]!r})"
    ok = new["version"] == old["version"] + 1 and all(new[k] == expected[k] for k in CONTENT)
    return verdict, None if ok else f"expected version {old['version'] + 1} with {field} {value!r}: {new}"


def _audited(db_path: Path, edits: dict) -> list[str]:
    """Each edited annotation has one ``import`` audit event by admin, with its version before and after."""
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        rows = connection.execute(
            "SELECT e.entity_id, u.username, e.\"before\", e.\"after\" FROM audit_event e "
            "LEFT JOIN \"user\" u ON u.id = e.actor_id "
            "WHERE e.entity_type = 'annotation' AND e.action = 'import'").fetchall()
    events = {row[0]: row for row in rows}
    print(f"audit: {len(rows)} import events on annotations, by {sorted({row[1] for row in rows})}")
    problems = [f"annotation {i}: audit event missing" for i in edits if i not in events]
    problems += [f"annotation {i}: audit event but not edited" for i in events if i not in edits]
    problems += [f"annotation {i}: audit event by {events[i][1]}" for i in events if events[i][1] != "admin"]
    return problems


# --- Label Studio ------------------------------------------------------------------------------

class LabelStudio:
    """A Label Studio server in its own process group, on 127.0.0.1, with a throwaway data dir."""

    def __init__(self, executable: str, data_dir: Path):
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.token = secrets.token_hex(20)
        self.log = (data_dir / "label-studio.log").open("w")
        env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir)}
        env.pop("HOST", None)
        self.process = subprocess.Popen(
            [executable, "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(self.port),
             "--username", USER, "--password", PASSWORD, "--user-token", self.token,
             "--enable-legacy-api-token"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        print(f"$ LABEL_STUDIO_BASE_DATA_DIR={data_dir} {executable} start --no-browser --internal-host 127.0.0.1 "
              f"--port {self.port} --username {USER} --password *** --user-token *** --enable-legacy-api-token")

    def wait(self) -> float:
        started = time.perf_counter()
        while time.perf_counter() - started < START_TIMEOUT:
            if self.process.poll() is not None:
                raise RuntimeError(f"Label Studio exited with {self.process.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=5):
                    return time.perf_counter() - started
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"Label Studio did not answer within {START_TIMEOUT:.0f} s; see {self.log.name}")

    def call(self, method: str, path: str, body=None, content_type="application/json"):
        data = json.dumps(body).encode() if content_type == "application/json" and body is not None else body
        request = urllib.request.Request(self.base + path, method=method, data=data,
                                         headers={"Authorization": f"Token {self.token}",
                                                  "Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"{method} {path}: {error.code} {error.read()[:2000]!r}") from None

    def upload(self, project_id: int, path: Path) -> dict:
        """Upload a file as the import dialog does (multipart, field ``file``)."""
        boundary = "annotate-" + secrets.token_hex(12)
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{path.name}\"\r\n"
                f"Content-Type: application/json\r\n\r\n").encode()
        body += path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
        return self.call("POST", f"/api/projects/{project_id}/import", body,
                         content_type=f"multipart/form-data; boundary={boundary}")

    def rss_mb(self) -> float:
        """Resident memory of the server's process group, MB."""
        total = 0
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                if os.getpgid(int(pid)) == self.process.pid:
                    status = Path(f"/proc/{pid}/status").read_text()
                    total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            except (OSError, StopIteration, ProcessLookupError):
                continue
        return total / 1024

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- comparing ---------------------------------------------------------------------------------

def _results(annotations: list[dict]) -> list[list[tuple]]:
    return sorted(sorted(json.dumps([r.get(k) for k in COMPARED], sort_keys=True, ensure_ascii=False)
                         for r in a["result"]) for a in annotations)


def compare(ours: list[dict], theirs: list[dict]) -> list[str]:
    """Differences between our tasks and Label Studio's export of them, by article id."""
    problems = []
    by_article = {task["data"].get("article_id"): task for task in theirs}
    if len(by_article) != len(ours):
        problems.append(f"{len(ours)} tasks sent, {len(by_article)} distinct tasks came back")
    for task in ours:
        back = by_article.get(task["data"]["article_id"])
        if back is None:
            problems.append(f"article {task['data']['article_id']}: missing")
        elif back["data"] != task["data"]:
            problems.append(f"article {task['data']['article_id']}: data differs")
        elif _results(back["annotations"]) != _results(task["annotations"]):
            problems.append(f"article {task['data']['article_id']}: annotations differ")
    return problems


# --- the labelling page --------------------------------------------------------------------------

def look(ls: LabelStudio, project_id: int, tasks: list[dict], ids: dict[int, int], count: int,
         screenshot: Path | None) -> tuple[int, int, list[str]]:
    """Open ``count`` tasks in Chromium; (regions seen, regions clicked, problems)."""
    from playwright.sync_api import sync_playwright

    astral = [t for t in tasks if t["annotations"] and any(ord(c) > 0xFFFF for c in t["data"]["text"])]
    sample = (astral or [t for t in tasks if t["annotations"]])[:count]
    regions = {r["id"]: r for t in sample for a in t["annotations"] for r in a["result"]
               if r["from_name"] == "claim_type"}
    seen = clicked = 0
    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        page.goto(ls.base + "/user/login/")
        page.fill("input[name=email]", USER)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        for number, task in enumerate(sample):
            article = task["data"]["article_id"]
            page.goto(f"{ls.base}/projects/{project_id}/data?task={ids[article]}")
            page.wait_for_selector(".htx-highlight")
            shown: dict[str, dict] = {}
            for span in page.query_selector_all(".htx-highlight"):
                region_id = next(c[len("htx-highlight-"):].rsplit("-", 1)[0]
                                 for c in span.get_attribute("class").split() if c.startswith("htx-highlight-a"))
                entry = shown.setdefault(region_id, {"text": "", "start": span.get_attribute("data-start"),
                                                     "end": span.get_attribute("data-end"), "element": span})
                entry["text"] += span.inner_text()
            for region_id, entry in shown.items():
                seen += 1
                value = regions.get(region_id, {}).get("value", {})
                if (entry["text"], entry["start"], entry["end"]) != (value.get("text"), str(value.get("start")),
                                                                    str(value.get("end"))):
                    problems.append(f"article {article} region {region_id}: shows {entry['text']!r} "
                                    f"[{entry['start']}:{entry['end']}], file has {value.get('text')!r}")
            with_source = {r["id"] for t in sample for a in t["annotations"] for r in a["result"]
                           if r["from_name"] == "source"}
            region_id, entry = next((item for item in shown.items() if item[0] in with_source),
                                    next(iter(shown.items())))
            entry["element"].click()
            details = page.locator("[data-testid=detailed-region]").first.inner_text()
            clicked += 1
            expected = [r for t in sample for a in t["annotations"] for r in a["result"] if r["id"] == region_id]
            wanted = [r["value"].get("labels", r["value"].get("choices", r["value"]["text"]))[0]
                      for r in expected] + [expected[0]["meta"]["text"][0].split("\n")[0]]
            missing = [w for w in wanted if w not in details]
            if missing:
                problems.append(f"article {article} region {region_id}: details lack {missing}")
            if number == 0 and screenshot is not None:
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(screenshot))
        browser.close()
    return seen, clicked, problems


# --- main --------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--label-studio", default=DEFAULT_LABEL_STUDIO, help="the label-studio executable")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--annotations", type=int, default=300)
    parser.add_argument("--browser-tasks", type=int, default=5, help="tasks to open in Chromium (0: none)")
    parser.add_argument("--screenshot", type=Path, help="PNG of the first task opened")
    parser.add_argument("--keep", type=Path, help="keep the corpus, export and Label Studio data here")
    args = parser.parse_args()
    if not Path(args.label_studio).is_file():
        print(f"FAIL: {args.label_studio}: no such file; Label Studio is not installed here. Install it "
              "apart: python3 -m venv /work/ls-venv && /work/ls-venv/bin/pip install label-studio")
        return 2

    directory = Path(tempfile.mkdtemp(prefix="ls-bench-")) if args.keep is None else args.keep
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "label-studio").mkdir(exist_ok=True)
    ls = None
    try:
        step("building the corpus and exporting it")
        config, path, export_seconds = make_export(directory, args.articles, args.annotations)
        tasks = json.loads(path.read_text(encoding="utf-8"))
        annotations = sum(len(t["annotations"]) for t in tasks)
        results = sum(len(a["result"]) for t in tasks for a in t["annotations"])
        print(f"export: {len(tasks):,} tasks, {annotations:,} annotations, {results:,} results, "
              f"{path.stat().st_size / 2**20:.1f} MB in {export_seconds:.2f} s (annotate export, one run)")

        started = step("starting Label Studio")
        ls = LabelStudio(args.label_studio, directory / "label-studio")
        print(f"label studio: answering after {ls.wait():.1f} s")
        project = ls.call("POST", "/api/projects", {"title": "annotate export", "label_config": config})
        started = step("importing the file")
        report = ls.upload(project["id"], path)
        import_seconds = time.perf_counter() - started
        print(f"import: {report['task_count']:,} tasks, {report['annotation_count']:,} annotations "
              f"in {import_seconds:.2f} s ({report['task_count'] / import_seconds:,.0f} tasks/s); "
              f"server RSS {ls.rss_mb():.0f} MB")
        problems = []
        if (report["task_count"], report["annotation_count"]) != (len(tasks), annotations):
            problems.append(f"import counted {report['task_count']} tasks and {report['annotation_count']} "
                            f"annotations, the file has {len(tasks)} and {annotations}")

        started = step("exporting the project from Label Studio")
        theirs = ls.call("GET", f"/api/projects/{project['id']}/export?exportType=JSON&download_all_tasks=true")
        print(f"label studio export: {len(theirs):,} tasks in {time.perf_counter() - started:.2f} s")
        differences = compare(tasks, theirs)
        print(f"round trip through label studio: {len(differences)} tasks differ "
              f"(compared: task data and each result's {', '.join(COMPARED)})")
        problems += differences

        step("importing Label Studio's export into a fresh annotate database")
        compared, back, back_seconds = bring_back(directory, theirs)
        print(f"back from label studio (annotate import of its export): {compared:,} decided annotations "
              f"compared, {len(back)} differ (claim type, status, source, note, evidence, span), "
              f"import {back_seconds:.2f} s")
        problems += back

        if args.browser_tasks:
            step(f"opening {args.browser_tasks} tasks in Chromium")
            ids = {t["data"]["article_id"]: t["id"] for t in theirs}
            seen, clicked, shown_problems = look(ls, project["id"], tasks, ids, args.browser_tasks, args.screenshot)
            print(f"labelling page: {seen} regions checked (text and offsets), {clicked} clicked "
                  f"(claim type, status, source, reviewer), {len(shown_problems)} problems")
            problems += shown_problems

        step("editing three annotations through Label Studio's API, exporting again")
        edits = edit_in_label_studio(ls, theirs)
        edited = ls.call("GET", f"/api/projects/{project['id']}/export?exportType=JSON&download_all_tasks=true")
        step("merging Label Studio's export into the database the corpus came from")
        problems += merge_back(directory, edited, edits)
    finally:
        if ls is not None:
            ls.stop()
        if args.keep is None:
            shutil.rmtree(directory, ignore_errors=True)
    for problem in problems[:20]:
        print("PROBLEM", problem)
    print("FAIL" if problems else "PASS: Label Studio imports the export, keeps every result and shows the "
          "regions; its export, edited there, merges back: every annotation equal or the next version")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
