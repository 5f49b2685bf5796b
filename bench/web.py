"""Requests per second through a real server (issue 12, point 8; SPEC §5 "Web"): annotation
saves, a reviewer's task list and an article with its sentences, each as a ratio to a bare
Flask "hello" app served with the same settings in the same run.

    .venv/bin/python bench/web.py [--duration 5] [--rounds 3] [--clients 16] [--workers 4]
                                  [--database-url postgresql+psycopg://...] [--no-sqlite]

For each database (a throwaway SQLite file, and PostgreSQL when ``--database-url`` names an
empty database: its tables are dropped and made again): a synthetic corpus (bench/_corpus.py:
2,000 articles of 25 sentences, 5,000 annotations, ~60 handed-in or started tasks per
reviewer) with one reviewer per client, each with an API token, a login session and ten open
tasks of their own. annotate runs under ``annotate serve`` and hello under the same gunicorn
runner and settings (annotate/serve.py), both on 127.0.0.1; ``wrk`` drives ``clients``
connections, one per client. Each scenario runs ``rounds`` times for ``duration`` seconds,
every run between two runs of hello (this machine's speed drifts: a ratio is to the hello runs
next to it):

- saves: ``PUT /api/v1/sentences/<id>/annotation`` with a token, each client on the sentences
  of its own tasks, sending the version its last answer returned (so a 409 would be a lost
  race, and must not happen) and a note new to the run (so that every save changes something);
- task list: ``GET /tasks``, the page a reviewer opens (50 tasks a page), with a session
  cookie; for reference ``GET /api/v1/tasks`` with a token, and the "task list floor": the
  bare Flask app under the same settings running only the page's two queries (the reviewer's
  row and the page of tasks, through SQLAlchemy Core), the most the page could reach if the
  login, the ORM and the template cost nothing;
- article: ``GET /api/v1/articles/<id>`` with a token, the client's own articles in turn; for
  reference the article page with a session cookie.

Printed per scenario (medians over the rounds): requests/s, median and p99 latency (p99: the
worst round), the server's CPU time per answer (its master and workers; PostgreSQL's own
processes are not counted), errors (any answer but 200 or 409, timeouts, socket errors, a
request left unanswered), 409s, the ratio to hello and PASS/FAIL against the bars (saves ≥ 15%,
task list ≥ 25%, article ≥ 25%). After every run of saves the database is checked: each
sentence's stored version is the one its last acknowledged save returned, the versions add up
to the acknowledged saves, and there is one annotation audit event per acknowledged save. Exit
status 1 when a bar or a check fails. Needs ``wrk`` (``apt-get install wrk``).
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import select as io_select
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "bench"))

from _corpus import build_corpus  # noqa: E402
from sqlalchemy import exists, func, select, update  # noqa: E402

from annotate import create_app  # noqa: E402
from annotate.extensions import db  # noqa: E402
from annotate.models import Annotation, Article, AuditEvent, Sentence, Task, User  # noqa: E402

CORPUS = {"articles": 2_000, "sentences_per_article": 25, "annotations": 5_000}
OPEN_TASKS = 10  # per reviewer: the articles their saves and reads go to
BARS = {"saves": 0.15, "task list": 0.25, "article": 0.25}
# A reference, not annotate: the bare hello app (Flask, the same gunicorn settings) running
# only the task list's own queries: the reviewer's row, as the login loads it, and the page
# (task_queries._MY_TASKS) through SQLAlchemy Core; no login, ORM objects or template. What
# annotate's task list could reach if all the rest cost nothing.
FLOOR = "task list floor"
PASSWORD = "bench-password"  # noqa: S105  (throwaway accounts in a throwaway database)
SECRET_KEY = "bench-web-secret"  # noqa: S105
USER_AGENT = "annotate-bench"  # the login and wrk send the same one (sessions are bound to it)
MAX_DURATION, MAX_CLIENTS, MAX_ROUNDS = 120, 64, 20
SETTLE_S = 2.0  # after the duration, for the last answers before wrk is stopped
VERBOSE = False  # --verbose: every wrk run's own figures

# The bare app is served by the same gunicorn runner and settings as ``annotate serve``
# (annotate/serve.py). With ``--runner module`` annotate is served by the same function the
# command calls, without the command line around it.
SERVER = '''
import sys

from flask import Flask

from annotate.config import DEFAULTS
from annotate.serve import AnnotateServer, gunicorn_settings, serve

kind, port, workers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
options = {"host": "127.0.0.1", "port": port, "workers": workers}
if kind == "annotate":
    from annotate import create_app

    serve(create_app(), options)
elif kind == "floor":
    import os

    from sqlalchemy import bindparam, create_engine, select

    from annotate.models import User
    from annotate.services.task_queries import _MY_TASKS

    app = Flask("floor")
    USER = select(User.__table__).where(User.id == bindparam("user_id"))
    engines = []  # one a worker, made in the worker (the app is loaded before the fork)

    @app.route("/floor/<int:reviewer_id>")
    def floor(reviewer_id):
        if not engines:
            engines.append(create_engine(os.environ["ANNOTATE_DATABASE_URL"]))
        with engines[0].connect() as connection:
            connection.execute(USER, {"user_id": reviewer_id}).one()
            rows = connection.execute(_MY_TASKS, {"reviewer_id": reviewer_id, "limit": 51, "offset": 0}).all()
        return f"{len(rows)} tasks"

    @app.route("/")
    def up():
        return "up"

    AnnotateServer(app, gunicorn_settings(DEFAULTS, options)).run()
else:
    app = Flask("hello")

    @app.route("/")
    def hello():
        return "Hello, World!"

    AnnotateServer(app, gunicorn_settings(DEFAULTS, options)).run()
'''

# One wrk thread per client (one connection each), so a client's requests and answers
# alternate and it can track the versions it saved. A client counts its requests until its
# first answer after the duration; then it drains: it goes on with uncounted reads until wrk is
# stopped, because a wrk thread that stops opens one more connection that it never uses, and
# with gunicorn's sync workers such a connection keeps a worker waiting (and the requests
# queued behind it unanswered). So every counted request gets its answer, and a save is never
# left in flight. Rates and latencies are taken from the clients' own clocks, for the counted
# requests alone.
WRK_SCRIPT = r'''
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *ts);
]]
local clock = ffi.new("bench_timespec")
local function now()
  ffi.C.clock_gettime(1, clock)
  return tonumber(clock.tv_sec) + tonumber(clock.tv_nsec) * 1e-9
end

local threads, made = {}, 0
function setup(thread)
  made = made + 1
  thread:set("client", made)
  table.insert(threads, thread)
end

function init(args)
  me = CLIENTS[client]
  sent, ok, conflicts, other, versions, turn = 0, 0, 0, 0, {}, 0
  for i, version in ipairs(me.versions or {}) do versions[i] = version end
  first, last, asked, draining, waiting, latencies = nil, nil, nil, false, 0, {}
  -- wrk builds one request of its first thread to check it, and never sends it
  checked = client ~= 1
end

function request()
  if draining or not checked then  -- a read, not counted
    checked = true
    if MODE == "save" then
      return wrk.format("GET", "/api/v1/sentences/" .. me.ids[1] .. "/annotation", me.headers)
    end
    return wrk.format("GET", me.paths[1], me.headers)
  end
  sent, waiting, asked = sent + 1, 1, now()
  if first == nil then first = asked end
  if MODE == "save" then
    turn = (sent - 1) % #me.ids + 1
    local body = string.format(
      '{"version": %d, "claim_type": "%s", "status": "%s", "source_id": %d, "note": "bench run %s, save %d"}',
      versions[turn] or 0, CLAIM_TYPES[sent % #CLAIM_TYPES + 1], STATUSES[sent % #STATUSES + 1],
      sent % 40 + 1, RUN, sent)
    return wrk.format("PUT", "/api/v1/sentences/" .. me.ids[turn] .. "/annotation", me.headers, body)
  end
  return wrk.format("GET", me.paths[(sent - 1) % #me.paths + 1], me.headers)
end

function response(status, headers, body)
  if draining then return end
  last, waiting = now(), 0
  table.insert(latencies, last - asked)
  if status == 200 then
    ok = ok + 1
    if MODE == "save" then versions[turn] = tonumber(string.match(body, '"version":%s*(%d+)')) end
  elseif status == 409 then
    conflicts = conflicts + 1
  else
    other = other + 1
    if other <= 3 then io.stderr:write("status " .. status .. ": " .. string.sub(body, 1, 300) .. "\n") end
  end
  draining = last - first >= DURATION
  if draining then
    io.write("DRAINING\n")
    io.flush()
  end
end

function done(summary, latency, requests)
  local result = {ok = 0, conflicts = 0, other = 0, stuck = 0, first = nil, last = nil, saved = {}}
  local all = {}
  for _, thread in ipairs(threads) do
    result.ok = result.ok + thread:get("ok")
    result.conflicts = result.conflicts + thread:get("conflicts")
    result.other = result.other + thread:get("other")
    -- a request of this client was sent and never answered
    result.stuck = result.stuck + thread:get("waiting")
    local first, last = thread:get("first"), thread:get("last")
    if first and (result.first == nil or first < result.first) then result.first = first end
    if last and (result.last == nil or last > result.last) then result.last = last end
    for _, seconds in ipairs(thread:get("latencies")) do table.insert(all, seconds) end
    if MODE == "save" then
      local ids, versions = CLIENTS[thread:get("client")].ids, thread:get("versions")
      for i, id in ipairs(ids) do
        if versions[i] then table.insert(result.saved, string.format('"%d": %d', id, versions[i])) end
      end
    end
  end
  table.sort(all)
  local function percentile(p)
    if #all == 0 then return 0 end
    return all[math.max(1, math.ceil(#all * p / 100))] * 1000
  end
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"ok": %d, "conflicts": %d, "other": %d, "stuck": %d, "seconds": %.6f, ' ..
    '"socket_errors": %d, "timeouts": %d, "median_ms": %.3f, "p99_ms": %.3f, "saved": {%s}}\n',
    result.ok, result.conflicts, result.other, result.stuck, (result.last or 0) - (result.first or 0),
    errors.connect + errors.read + errors.write, errors.timeout, percentile(50), percentile(99),
    table.concat(result.saved, ", ")))
end
'''


# --- the data -----------------------------------------------------------------------------------

def build(url: str, clients: int) -> dict:
    """Fill the database at ``url``; return the clients' tokens, sentence ids and article ids."""
    from werkzeug.security import generate_password_hash

    from annotate.services import tasks as task_service
    from annotate.services import tokens

    app = create_app({"SECRET_KEY": SECRET_KEY, "DATABASE_URL": url, "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1"})
    with app.app_context():
        if url.startswith("postgresql"):
            with db.engine.begin() as connection:
                connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        build_corpus(**CORPUS, reviewers=clients)
        if url.startswith("postgresql"):
            _advance_sequences()
        with db.engine.begin() as connection:  # the corpus's accounts cannot log in
            connection.execute(update(User).values(password_hash=generate_password_hash(PASSWORD, "pbkdf2:sha256:1")))
        reviewers = list(db.session.scalars(select(User).where(User.role == "reviewer").order_by(User.id)))
        free = iter(db.session.scalars(_unassigned()))
        plan = []
        for reviewer in reviewers:
            articles = [next(free) for _ in range(OPEN_TASKS)]
            for article_id in articles:
                task_service.assign_article(article_id, [reviewer.id])
            sentence_ids = list(db.session.scalars(select(Sentence.id).where(Sentence.article_id.in_(articles))
                                                   .order_by(Sentence.id)))
            plan.append({"username": reviewer.username, "user_id": reviewer.id, "articles": articles,
                         "sentences": sentence_ids, "token": tokens.create_token(reviewer.id, "bench")[1]})
        if url.startswith("postgresql"):
            with db.engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")
        db.session.remove()
        db.engine.dispose()
    return {"app": app, "clients": plan}


def _advance_sequences() -> None:
    """The corpus is written with its ids: move PostgreSQL's id sequences past them."""
    from annotate.models import Base

    with db.engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            if "id" in table.c and table.c.id.primary_key:
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                    f"(SELECT coalesce(max(id), 0) + 1 FROM \"{table.name}\"), false)")


def _unassigned():
    """The ids of articles without a task, oldest first."""
    return select(Article.id).where(~exists().where(Task.article_id == Article.id)).order_by(Article.id)


def check_saves(app, saved: dict[int, int], acknowledged: int, this_run: int, started_event_id: int) -> list[str]:
    """What the database holds against what the clients were told (``saved``: each sentence's
    acknowledged version, ``acknowledged``: saves so far, ``this_run``: those of the last run,
    after audit event ``started_event_id``); the problems found."""
    with app.app_context():
        stored = dict(db.session.execute(select(Annotation.sentence_id, Annotation.version)
                                         .where(Annotation.sentence_id.in_(list(saved)))).all())
        events = db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity_type == "annotation", AuditEvent.id > started_event_id))
        db.session.remove()
    problems = []
    wrong = {sid: (stored.get(sid, 0), version) for sid, version in saved.items() if stored.get(sid, 0) != version}
    if wrong:
        problems.append(f"{len(wrong)} sentence(s) whose stored version is not the acknowledged one "
                        f"(stored, acknowledged): {dict(list(wrong.items())[:5])}")
    if sum(stored.values()) != acknowledged:
        problems.append(f"stored versions add up to {sum(stored.values())}, acknowledged saves {acknowledged}")
    if events != this_run:
        problems.append(f"{events} annotation audit events for {this_run} acknowledged saves")
    return problems


def last_event_id(app) -> int:
    with app.app_context():
        found = db.session.scalar(select(func.max(AuditEvent.id))) or 0
        db.session.remove()
    return found


# --- the servers --------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serving(kind: str, port: int, args, url: str | None, folder: Path):
    """Run hello or annotate (``kind``) on 127.0.0.1:``port`` until the block ends."""
    env = {**os.environ, "ANNOTATE_SECRET_KEY": SECRET_KEY}
    (folder / "server.py").write_text(SERVER)
    command = [sys.executable, str(folder / "server.py"), kind, str(port), str(args.workers)]
    if url is not None:
        env["DATABASE_URL"] = env["ANNOTATE_DATABASE_URL"] = url
    if kind == "annotate" and args.runner == "cli":
        command = [str(Path(sys.executable).parent / "annotate"), "serve", "--host", "127.0.0.1",
                   "--port", str(port), "--workers", str(args.workers)]
    log = open(folder / f"{kind}-{port}.log", "wb")  # noqa: SIM115  (closed below)
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO_ROOT,
                               start_new_session=True)
    try:
        wait_until_up(port, "/login" if kind == "annotate" else "/", process, log.name)
        yield process.pid
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        log.close()


def cpu_seconds(master_pid: int) -> float:
    """CPU time (user and system) used so far by a server: its master and its workers."""
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(entry) == master_pid or int(fields[1]) == master_pid:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def wait_until_up(port: int, path: str, process, log_path: str, limit_s: float = 60.0) -> None:
    """Return once the server answers ``path`` with 200; stop the bench if it exits or never does."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = Path(log_path).read_text(errors="replace")[-2000:]
            raise SystemExit(f"the server on port {port} exited ({process.returncode}):\n{tail}")
        with contextlib.suppress(OSError):
            status, _, _ = fetch(port, "GET", path)
            if status == 200:
                return
        time.sleep(0.2)
    raise SystemExit(f"the server on port {port} did not answer within {limit_s:.0f} s")


def fetch(port: int, method: str, path: str, body: str | None = None, headers: dict | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, body=body, headers={"User-Agent": USER_AGENT, **(headers or {})})
        response = connection.getresponse()
        return response.status, response.getheader("Set-Cookie"), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def log_in(port: int, username: str) -> str:
    """Log in through the form as a browser would; the session cookie it then keeps."""
    status, cookie, page = fetch(port, "GET", "/login")
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    if status != 200 or not found:
        raise SystemExit(f"the login page answered {status}: {page[:300]}")
    if not cookie:
        raise SystemExit("the login page set no session cookie: requests share one application context "
                         "(and so one user and one database session); see check_isolation")
    token = found.group(1)
    cookie = cookie.split(";")[0]
    form = f"username={username}&password={PASSWORD}&csrf_token={token}"
    status, new_cookie, _ = fetch(port, "POST", "/login", form, {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    if status != 302 or not new_cookie:
        raise SystemExit(f"logging in as {username} failed: {status}")
    cookie = new_cookie.split(";")[0]
    _, renewed, _ = fetch(port, "GET", "/tasks", headers={"Cookie": cookie})  # as a browser keeps it
    return renewed.split(";")[0] if renewed else cookie


def check_isolation(port: int, plan: list[dict], rounds: int = 12) -> list[str]:
    """Requests without credentials after token calls are refused: no request sees the user
    (Flask-Login keeps it in ``g``) of an earlier one, whichever worker answers."""
    leaked = 0
    for client in plan[:rounds]:
        fetch(port, "GET", "/api/v1/tasks", headers={"Authorization": f"Bearer {client['token']}"})
        status, _, _ = fetch(port, "GET", "/api/v1/tasks")
        leaked += status != 401
    if leaked:
        return [f"{leaked} of {min(rounds, len(plan))} requests without credentials were answered as an "
                "earlier request's user: the workers share one application context"]
    return []


# --- the load -----------------------------------------------------------------------------------

def lua_value(value) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"[{json.dumps(key)}] = {lua_value(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "{" + ", ".join(lua_value(item) for item in value) + "}"
    return json.dumps(value)


def run_wrk(server: tuple[int, int], mode: str, clients: list[dict], duration: int, folder: Path) -> dict:
    """Drive the server (port, master pid) with one connection per client; the summary the
    script prints, with the server's CPU time per answered request."""
    port, master_pid = server
    from annotate.labels import CLAIM_TYPES, STATUSES

    script = folder / f"{mode}-{port}.lua"
    # RUN marks this run's notes: a save that repeated an earlier run's would change nothing.
    run = json.dumps(f"{script.stem}-{time.time_ns()}")
    script.write_text(f"MODE = {json.dumps(mode)}\nDURATION = {duration}\nRUN = {run}\n"
                      f"CLAIM_TYPES = {lua_value(list(CLAIM_TYPES))}\nSTATUSES = {lua_value(list(STATUSES))}\n"
                      f"CLIENTS = {lua_value(clients)}\n" + WRK_SCRIPT)
    command = ["wrk", "-t", str(len(clients)), "-c", str(len(clients)), "-d", f"{duration + 60}s",
               "--timeout", "10s", "-s", str(script), f"http://127.0.0.1:{port}/"]
    cpu_before = cpu_seconds(master_pid)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    printed = wait_until_draining(process, len(clients), time.monotonic() + duration + SETTLE_S)
    cpu = cpu_seconds(master_pid) - cpu_before
    process.send_signal(signal.SIGINT)
    rest, err_bytes = process.communicate(timeout=60)
    out, err = (printed + rest).decode(errors="replace"), err_bytes.decode(errors="replace")
    line = next((line for line in out.splitlines() if line.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"wrk printed no result:\n{out}\n{err}")
    result = json.loads(line[len("RESULT "):])
    result["saved"] = {int(key): value for key, value in result["saved"].items()}
    if VERBOSE:
        print("   ", mode, port, {k: v for k, v in result.items() if k != "saved"}, flush=True)
    result["rps"] = result["ok"] / result["seconds"] if result["seconds"] else 0.0
    result["cpu_ms"] = cpu * 1000 / max(result["ok"] + result["conflicts"] + result["other"], 1)
    # A client still waiting when the run ended (it stops itself at its first answer after the
    # duration) has a request that got no answer: an error.
    result["errors"] = result["other"] + result["socket_errors"] + result["timeouts"] + result["stuck"]
    if err.strip():
        print("   ", err.strip().replace("\n", "\n    ")[:600])
    return result


def wait_until_draining(process, clients: int, deadline: float) -> bytes:
    """Wait until every client has had its last counted answer (each prints DRAINING), or until
    ``deadline`` (a client still waiting then is reported as stuck); what wrk printed so far."""
    printed = b""
    while printed.count(b"DRAINING\n") < clients and time.monotonic() < deadline:
        ready, _, _ = io_select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(process.stdout.fileno(), 65536) if ready else b""
        if not chunk:  # the deadline, or wrk ended
            break
        printed += chunk
    return printed


def token_headers(client: dict) -> dict:
    return {"Authorization": f"Bearer {client['token']}", "User-Agent": USER_AGENT}


def scenarios(plan: list[dict], cookies: dict[str, str], known: dict[int, int]) -> list[tuple[str, str, list[dict]]]:
    """(name, wrk mode, per-client requests) of every measured scenario; the saves start from
    the versions ``known`` from earlier rounds. The "task list floor" is served by the bare
    app with the task list's queries (see SERVER), not by annotate."""
    def session(client):
        return {"Cookie": cookies[client["username"]], "User-Agent": USER_AGENT}

    json_put = {"Content-Type": "application/json"}
    return [
        ("saves", "save", [{"ids": c["sentences"], "versions": [known.get(i, 0) for i in c["sentences"]],
                            "headers": {**token_headers(c), **json_put}} for c in plan]),
        ("task list", "get", [{"paths": ["/tasks"], "headers": session(c)} for c in plan]),
        ("task list API", "get", [{"paths": ["/api/v1/tasks"], "headers": token_headers(c)} for c in plan]),
        (FLOOR, "get", [{"paths": [f"/floor/{c['user_id']}"], "headers": {"User-Agent": USER_AGENT}}
                        for c in plan]),
        ("article", "get", [{"paths": [f"/api/v1/articles/{a}" for a in c["articles"]],
                             "headers": token_headers(c)} for c in plan]),
        ("article page", "get", [{"paths": [f"/articles/{a}" for a in c["articles"]],
                                  "headers": session(c)} for c in plan]),
    ]


def measure_database(label: str, url: str, args, folder: Path) -> tuple[list[dict], list[str]]:
    """Every scenario on one database, ``rounds`` times, each run between two runs of hello
    (this machine's speed drifts: a ratio is to the hello runs next to it); rows for the table
    and the problems found."""
    started = time.perf_counter()
    built = build(url, args.clients)
    plan = built["clients"]
    print(f"{label}: built in {time.perf_counter() - started:.1f} s", flush=True)
    hello_clients = [{"paths": ["/"], "headers": {"User-Agent": USER_AGENT}}] * args.clients
    runs: dict[str, list[dict]] = {}
    problems: list[str] = []
    known: dict[int, int] = {}  # sentence id -> the version its last acknowledged save made
    acknowledged = 0
    hello_port, port, floor_port = free_port(), free_port(), free_port()
    with serving("hello", hello_port, args, None, folder) as hello_pid, \
            serving("annotate", port, args, url, folder) as annotate_pid, \
            serving("floor", floor_port, args, url, folder) as floor_pid:
        for problem in check_isolation(port, plan):  # the numbers would mean nothing
            raise SystemExit(f"{label}: {problem}")
        cookies = {client["username"]: log_in(port, client["username"]) for client in plan}
        hello = run_wrk((hello_port, hello_pid), "get", hello_clients, args.duration, folder)
        for round_number in range(1, args.rounds + 1):
            for name, mode, clients in scenarios(plan, cookies, known):
                before = last_event_id(built["app"]) if mode == "save" else 0
                server = (floor_port, floor_pid) if name == FLOOR else (port, annotate_pid)
                result = run_wrk(server, mode, clients, args.duration, folder)
                if mode == "save":
                    known.update(result["saved"])
                    acknowledged += result["ok"]
                    problems += [f"{label} saves, round {round_number}: {p}" for p in
                                 check_saves(built["app"], known, acknowledged, result["ok"], before)]
                after = run_wrk((hello_port, hello_pid), "get", hello_clients, args.duration, folder)
                result["ratio"] = result["rps"] / ((hello["rps"] + after["rps"]) / 2 or 1)
                runs.setdefault("hello", []).append({**hello, "ratio": 1.0})
                runs.setdefault(name, []).append(result)
                hello = after
                print(f"  round {round_number}, {name}: {result['rps']:.0f}/s, "
                      f"{result['ratio']:.1%} of hello ({after['rps']:.0f}/s)", flush=True)
    return summarise(label, runs, problems)


def summarise(label: str, runs: dict[str, list[dict]], problems: list[str]) -> tuple[list[dict], list[str]]:
    """One row per scenario over its rounds: medians of the rates, latencies and ratios, the
    worst p99, errors and 409s added up; PASS/FAIL against the bars."""
    rows = []
    for name, found in runs.items():
        row = {"database": label, "scenario": name, "rounds": len(found),
               "rps": statistics.median(r["rps"] for r in found),
               "ratio": statistics.median(r["ratio"] for r in found),
               "median_ms": statistics.median(r["median_ms"] for r in found),
               "p99_ms": max(r["p99_ms"] for r in found),
               "cpu_ms": statistics.median(r["cpu_ms"] for r in found),
               "errors": sum(r["errors"] for r in found), "conflicts": sum(r["conflicts"] for r in found)}
        row["bar"] = BARS.get(name)
        row["pass"] = (row["bar"] is None or row["ratio"] >= row["bar"]) and not row["errors"] \
            and not row["conflicts"]
        if row["errors"] or row["conflicts"]:
            problems.append(f"{label} {name}: {row['errors']} errors, {row['conflicts']} conflicts")
        if row["bar"] is not None and row["ratio"] < row["bar"]:
            problems.append(f"{label} {name}: {row['ratio']:.1%} of hello, bar {row['bar']:.0%}")
        rows.append(row)
    return rows, problems


def print_table(rows: list[dict]) -> None:
    print(f"\n{'database':<11}{'scenario':<17}{'req/s':>9}{'median ms':>11}{'p99 ms':>9}{'CPU ms':>8}"
          f"{'errors':>8}{'409s':>6}{'of hello':>10}{'bar':>6}  result")
    for row in rows:
        bar = f"{row['bar']:.0%}" if row["bar"] is not None else ""
        verdict = ("PASS" if row["pass"] else "FAIL") if row["bar"] is not None or not row["pass"] else ""
        print(f"{row['database']:<11}{row['scenario']:<17}{row['rps']:>9.0f}{row['median_ms']:>11.1f}"
              f"{row['p99_ms']:>9.1f}{row['cpu_ms']:>8.2f}{row['errors']:>8}{row['conflicts']:>6}"
              f"{row['ratio']:>10.1%}{bar:>6}  {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5, help=f"seconds per run (1..{MAX_DURATION})")
    parser.add_argument("--rounds", type=int, default=3, help=f"runs of each scenario (1..{MAX_ROUNDS})")
    parser.add_argument("--clients", type=int, default=16, help=f"concurrent clients (1..{MAX_CLIENTS})")
    parser.add_argument("--workers", type=int, default=4, help="server worker processes")
    parser.add_argument("--database-url", help="an empty PostgreSQL database, measured after SQLite")
    parser.add_argument("--no-sqlite", action="store_true", help="measure only --database-url")
    parser.add_argument("--runner", choices=("cli", "module"), default="cli",
                        help="serve annotate by the command `annotate serve` (default) or by the "
                             "function it calls, annotate.serve.serve")
    parser.add_argument("--verbose", action="store_true", help="print every wrk run's figures")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    if not (1 <= args.duration <= MAX_DURATION and 1 <= args.clients <= MAX_CLIENTS
            and 1 <= args.rounds <= MAX_ROUNDS):
        parser.error("duration, rounds or clients out of range")
    if shutil.which("wrk") is None:
        parser.error("wrk is not installed (apt-get install wrk)")
    rows, problems = [], []
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        folder = Path(tmp)
        databases = [] if args.no_sqlite else [("SQLite", f"sqlite:///{folder / 'bench.db'}")]
        if args.database_url:
            databases.append(("PostgreSQL", args.database_url))
        if not databases:
            parser.error("nothing to measure: --no-sqlite without --database-url")
        for label, url in databases:
            found, trouble = measure_database(label, url, args, folder)
            rows += found
            problems += trouble
    print_table(rows)
    print(f"\n{args.clients} clients, {args.workers} workers, {args.rounds} rounds of {args.duration} s per "
          "scenario, each between two runs of hello; medians over the rounds (p99: the worst); "
          "bars: saves ≥ 15%, task list ≥ 25%, article ≥ 25% of hello's requests/s")
    for problem in problems:
        print("FAIL:", problem)
    if not problems:
        print("All bars and checks pass; no lost writes.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
