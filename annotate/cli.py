"""The ``annotate`` commands, registered on the app by the factory (the console script that
runs them is ``annotate/__main__.py``)."""

import secrets
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import pass_script_info, with_appcontext
from werkzeug.serving import run_simple

from annotate.dataset import FORMATS
from annotate.importing import ImportReport, RecordError
from annotate.labels import TASK_STATES
from annotate.labelstudio_writer import LABEL_STUDIO_CONFIG
from annotate.numbers import counted
from annotate.services import accounts as account_service
from annotate.services.imports import import_file

# Files above this size get a progress bar on stderr.
PROGRESS_FROM_BYTES = 1024 * 1024
DEMO_ACCOUNTS = (("admin", "admin"), ("reviewer1", "reviewer"), ("reviewer2", "reviewer"),
                 ("reviewer3", "reviewer"))


def register(app) -> None:
    """Add this module's commands to ``app.cli``."""
    for command in (init_db_command, import_command, create_user_command, demo_command, assign_command,
                    export_command, label_studio_config_command, create_token_command, agreement_command,
                    serve_command, index_claims_command):
        app.cli.add_command(command)


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Create or upgrade the database schema by applying the migrations."""
    upgrade_database()
    click.echo(f"database ready: {_safe_url()}")


def upgrade_database() -> None:
    """Apply every migration up to the newest (the app never creates tables by itself)."""
    from flask_migrate import upgrade

    upgrade(directory=current_app.extensions["migrate"].directory)


def _safe_url() -> str:
    from annotate.extensions import db

    return db.engine.url.render_as_string(hide_password=True)


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--collection", metavar="NAME", help="Put every article of the files into this collection "
                                                  "(made when new).")
@click.option("--actor", metavar="USERNAME", help="Who imports: the audit events of the annotations, tasks "
                                                  "and labels a dataset adds name this account.")
@with_appcontext
def import_command(paths: tuple[Path, ...], collection: str | None, actor: str | None) -> None:
    """Import articles from .txt, .json and .jsonl files, each file all-or-nothing."""
    from annotate.services.collections import CollectionError

    actor_id = None
    if actor is not None:
        user = account_service.user_named(actor)
        if user is None:
            raise click.ClickException(f"--actor: no account named {actor!r}; nothing was imported")
        actor_id = user.id
    total, failed = ImportReport(), 0
    for path in paths:
        try:
            report = import_path(path, collection, actor_id)
        except CollectionError as exc:
            raise click.ClickException(f"--collection: {exc}; nothing was imported") from None
        except (RecordError, OSError) as exc:
            failed += 1
            click.echo(f"error: {exc}; nothing from this file was imported", err=True)
            continue
        click.echo(f"{path}: {report.summary()}")
        total.add(report)
    click.echo(f"total: {total.summary()}" + (f"; {failed} file(s) failed" if failed else ""))
    if failed:
        sys.exit(1)


def import_path(path: Path, collection: str | None = None, actor_id: int | None = None) -> ImportReport:
    """Import one file (into ``collection``), with a progress bar on stderr when it is large."""
    limit = current_app.config["MAX_RECORD_BYTES"]
    size = path.stat().st_size
    with path.open("rb") as stream:
        if size < PROGRESS_FROM_BYTES:
            return import_file(stream, str(path), limit, collection=collection, actor_id=actor_id)
        with click.progressbar(length=size, label=f"importing {path.name}", file=sys.stderr) as bar:
            def advance(position: int) -> None:
                bar.update(position - bar.pos)

            return import_file(stream, str(path), limit, progress=advance, collection=collection,
                               actor_id=actor_id)


@click.command("create-user")
@click.argument("username")
@click.option("--role", type=click.Choice(["admin", "reviewer"]), required=True)
@with_appcontext
def create_user_command(username: str, role: str) -> None:
    """Create an account; the password is read from a prompt, or from stdin when piped."""
    if sys.stdin.isatty():
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        account_service.create_user(username, role, password)
    except account_service.AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"created {role} {username!r}")


@click.command("create-token")
@click.argument("username")
@click.option("--name", "token_name", default="command line", show_default=True, help="What the token is for.")
@with_appcontext
def create_token_command(username: str, token_name: str) -> None:
    """Make an API token for a user and print it (it is shown only this once)."""
    from annotate.services import tokens

    user = account_service.user_named(username)
    if user is None:
        raise click.ClickException(f"no account named {username!r}")
    try:
        _, secret = tokens.create_token(user.id, token_name)
    except tokens.TokenError as error:
        raise click.ClickException(str(error)) from None
    click.echo(secret)


@click.command("demo")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Prepare the database and accounts, then exit.")
@with_appcontext
def demo_command(host: str, port: int, no_serve: bool) -> None:
    """Set up a demo: schema, fixture articles and sources, accounts (printed), then serve."""
    from annotate.resources import resource_dir
    from annotate.services.sources import import_sources

    upgrade_database()
    fixtures = resource_dir("fixtures")
    for path in sorted(fixtures.iterdir()):
        if path.name == "sources.json":
            click.echo(f"sources: {import_sources(path)} registered")
        elif path.suffix in (".txt", ".json", ".jsonl"):
            click.echo(f"{path.name}: {import_path(path).summary()}")
    click.echo("demo accounts (passwords are new on every run):")
    ids = {}
    for username, role in DEMO_ACCOUNTS:
        password = secrets.token_urlsafe(9)
        ids[username] = account_service.set_demo_account(username, role, password).id
        click.echo(f"  {role:<9} {username:<10} password: {password}")
    from annotate.services.demo import seed_desk

    seeded = seed_desk([ids[name] for name, role in DEMO_ACCOUNTS if role == "reviewer"], ids["admin"])
    if seeded:
        click.echo(f"{seeded['collection']}: {seeded['tasks']} tasks on {seeded['articles']} articles "
                   f"({seeded['accepted']} accepted, {seeded['submitted']} submitted, {seeded['returned']} returned, "
                   f"{seeded['in_progress']} in progress)")
    if not no_serve:
        click.echo(f"serving on http://{host}:{port}/")
        # Not app.run(): Flask ignores it inside a CLI command.
        run_simple(host, port, current_app._get_current_object(), threaded=True)  # type: ignore[attr-defined]


ASSIGN_LINES_SHOWN = 100


@click.command("assign")
@click.option("--article", "articles", multiple=True, type=int, metavar="ID",
              help="An article to assign (repeat for several).")
@click.option("--unassigned", is_flag=True, help="Assign every article that has no task yet.")
@click.option("--reviewer", "reviewers", multiple=True, required=True, metavar="NAME",
              help="A reviewer to hand work to (repeat for several).")
@click.option("--overlap", default=1, show_default=True, type=int, metavar="K",
              help="Distinct reviewers per article, least-loaded first.")
@click.option("--due", default=None, metavar="YYYY-MM-DD", help="Due date of the new tasks.")
@with_appcontext
def assign_command(articles: tuple[int, ...], unassigned: bool, reviewers: tuple[str, ...],
                   overlap: int, due: str | None) -> None:
    """Assign articles to reviewers: each to K distinct reviewers; all or nothing."""
    from annotate.services import tasks as task_service

    if bool(articles) == unassigned:
        raise click.UsageError("give either --article ID (one or more) or --unassigned")
    try:
        due_date = task_service.parse_due(due)
        reviewer_ids = task_service.reviewers_by_name(reviewers)
        report = task_service.bulk_assign(None if unassigned else list(articles), reviewer_ids,
                                          overlap, due_date)
    except task_service.TaskError as exc:
        raise click.ClickException(f"{exc}; nothing was assigned") from None
    lines = report.by_article()
    for article_id, title, names in lines[:ASSIGN_LINES_SHOWN]:
        click.echo(f"article {article_id} ({title[:60]}): {', '.join(names)}")
    if len(lines) > ASSIGN_LINES_SHOWN:
        click.echo(f"... and {len(lines) - ASSIGN_LINES_SHOWN} more articles")
    click.echo(f"assigned: {report.summary()}")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              required=True, help="Export format (SPEC §4).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
@click.option("--article", multiple=True, help="Only this article id (repeatable).")
@click.option("--collection", help="Only the articles of this collection (name in any case, or id).")
@click.option("--task", help="Only this task's article and its reviewer's annotations.")
@click.option("--task-state", "task_state", multiple=True, metavar="STATE",
              help=f"Only annotations in tasks in this state: {', '.join(TASK_STATES)} (repeatable: any of them).")
@click.option("--reviewer", help="Only annotations by this reviewer (username or id).")
@click.option("--status", help="Only annotations with this status.")
@click.option("--claim-type", "claim_type", help="Only annotations with this claim type.")
@click.option("--source", help="Only annotations with this source (name or id).")
@click.option("--since", help="Only annotations changed on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only annotations changed on or before this date (YYYY-MM-DD).")
@with_appcontext
def export_command(fmt: str, output: Path | None, **filters) -> None:
    """Export the dataset, streamed; progress goes to stderr."""
    from annotate.services import export

    try:
        chosen = export.parse_filter(filters)
    except export.ExportError as error:
        raise click.UsageError(str(error)) from None
    total = export.count_articles(chosen, fmt)
    with click.progressbar(length=total, label=f"exporting {counted(total, 'article')}", file=sys.stderr) as bar:
        try:  # refused before anything is written (a claimreview without its settings)
            pieces = export.stream(fmt, chosen, current_app.config, on_batch=bar.update)
        except export.ExportError as error:
            raise click.UsageError(str(error)) from None
        if output is None:
            for piece in pieces:
                sys.stdout.write(piece)
            sys.stdout.flush()
            return
        partial = output.with_name(output.name + ".partial")
        with partial.open("w", encoding="utf-8", newline="") as handle:
            for piece in pieces:
                handle.write(piece)
        partial.replace(output)  # a reader never sees half a file
    click.echo(f"wrote {output} ({output.stat().st_size:,} bytes, {counted(total, 'article')})", err=True)


@click.command("index-claims")
@with_appcontext
def index_claims_command() -> None:
    """Index the claims judged before the claim index existed (new claims join it as they are
    judged or imported)."""
    from annotate.services import claim_index

    with click.progressbar(length=claim_index.count_unindexed(), label="indexing claims", file=sys.stderr,
                           show_pos=True) as bar:
        total = claim_index.index_judged_claims(on_batch=bar.update)
    click.echo(f"{counted(total, 'claim')} indexed")


@click.command("label-studio-config")
def label_studio_config_command() -> None:
    """Print the Label Studio labelling config that a ``labelstudio`` export is made for."""
    click.echo(LABEL_STUDIO_CONFIG, nl=False)


@click.command("agreement")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--collection", help="Only this collection's articles (name in any case, or id).")
@click.option("--article", help="Only this article (id).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only annotations last changed on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only annotations last changed on or before this day.")
@with_appcontext
def agreement_command(fmt: str, collection: str | None, article: str | None, since: str | None,
                      until: str | None) -> None:
    """Agreement over handed-in work: Krippendorff's alpha, Fleiss' and Cohen's kappa per field."""
    import json

    from annotate import agreement
    from annotate.errors import DomainError
    from annotate.services import agreement_data

    try:
        scope = agreement_data.Scope.from_args({"collection": collection, "article": article,
                                                "since": since, "until": until})
        if fmt == "json":
            click.echo(json.dumps(agreement_data.as_json(scope), sort_keys=True))
        else:
            click.echo(agreement.format_table(agreement_data.figures(scope)))
    except DomainError as error:
        raise click.UsageError(error.message) from None


@click.command("serve")
@click.option("--host", help="Address to listen on.  [default: SERVE_HOST, 127.0.0.1]")
@click.option("--port", type=click.IntRange(1, 65535), help="Port to listen on.  [default: SERVE_PORT, 8000]")
@click.option("--workers", type=click.IntRange(min=1),
              help="Worker processes.  [default: SERVE_WORKERS, else 2 per CPU plus one, at most 8]")
@click.option("--threads", type=click.IntRange(min=1),
              help="Threads per worker (more than 1: gunicorn's gthread worker).  [default: SERVE_THREADS, 1]")
@click.option("--timeout", type=click.IntRange(min=1),
              help="Seconds a busy worker may stay silent before it is restarted.  [default: SERVE_TIMEOUT, 120]")
@click.option("--graceful-timeout", "graceful_timeout", type=click.IntRange(min=1),
              help="Seconds workers get to finish their requests when stopped.  "
                   "[default: SERVE_GRACEFUL_TIMEOUT, 30]")
@pass_script_info
def serve_command(info, **options) -> None:
    """Serve the app under gunicorn, for production; SIGTERM stops it gracefully."""
    from annotate.serve import ServeError, serve

    try:
        serve(info.load_app(), options)
    except ServeError as error:
        raise click.ClickException(str(error)) from None
