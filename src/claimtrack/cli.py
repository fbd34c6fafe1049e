"""The command line: parse options, call the library, render. Nothing else lives here."""

from __future__ import annotations

import functools
import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer
from rich.console import Console
from typer.core import TyperGroup

from . import __version__
from .config import find_config, user_topics
from .errors import ClaimtrackError, StoreError
from .status import ExitStatus, exit_status_for
from .store import default_db, open_store

# typer 0.29 raises the exceptions of its own copy of click, older releases click's: take them
# from the module typer's BadParameter comes from, so that neither click is imported (STYLE.md).
_parser_errors = sys.modules[typer.BadParameter.__module__]
ParserError: type[Exception] = _parser_errors.ClickException
# click >= 8.2 signals "no command given" as an error after printing the help; older click exits
NoArgsIsHelp: type[Exception] | tuple[()] = getattr(_parser_errors, "NoArgsIsHelpError", ())


def error_line(message: str) -> None:
    """One unwrapped line on standard error, so scripts and CI logs can grep it."""
    typer.echo(f"claimtrack: error: {message}", err=True)


def parser_error_line(exc: Exception) -> str:
    """The parser's own message on one line, with where to read more: "Invalid value for
    '--workers': …; see 'claimtrack ingest --help'"."""
    # "Did you mean …?" comes on a line of its own; the full stop goes before the hint
    message = " ".join(exc.format_message().split()).rstrip(".")
    ctx = getattr(exc, "ctx", None)
    return f"{message}; see '{ctx.command_path} --help'" if ctx is not None else message


class OneLineErrors(TyperGroup):
    """The command group, with the promise of docs/cli.md kept for what the parser refuses
    (a bad value, a missing option, an unknown option or command): one line on standard error
    instead of typer's boxes, exit 2. Ctrl-C says so in one line and exits 130."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:  # the caller handles parser errors itself
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except NoArgsIsHelp as exc:
            sys.exit(exc.exit_code)  # the help is printed already
        except ParserError as exc:
            error_line(parser_error_line(exc))
            sys.exit(exc.exit_code)
        # without standalone mode, typer returns the code of a typer.Exit, or the command's value
        sys.exit(status if isinstance(status, int) else ExitStatus.OK)

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # the store commits article by article: what is stored is whole, the rest is not begun
            typer.echo("claimtrack: interrupted", err=True)
            raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None


app = typer.Typer(
    cls=OneLineErrors,
    name="claimtrack",
    help="Extract attributed claims from German news articles and reconcile them by topic.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
Db = Annotated[str, typer.Option("--db", envvar="CLAIMTRACK_DB", help="Claim store: a SQLite file. [default: ./claimtrack.db]")]
ClaimFormat = Annotated[str, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]
Tolerance = Annotated[float, typer.Option(min=0.0, max=1.0, help="How far an approximate figure reaches (0.1 = ±10%).")]


def fail(message: str, status: ExitStatus) -> typer.Exit:
    error_line(message)
    return typer.Exit(int(status))


def reports_errors(command: Callable) -> Callable:
    """Turn a ClaimtrackError into a one-line message and its exit code: never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):  # noqa: ANN002,ANN003
        try:
            return command(*args, **kwargs)
        except ClaimtrackError as exc:
            raise fail(str(exc), exit_status_for(exc)) from None
        except sqlite3.DatabaseError as exc:  # anything the store did not foresee: still one line
            raise fail(f"store error: {exc}", ExitStatus.FAILED) from None

    return wrapper


def check_format(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise fail(f"--format must be one of {', '.join(allowed)}, not {value!r}", ExitStatus.USAGE)
    return value


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"claimtrack {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=version_callback, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """Extract attributed claims from German news articles and reconcile them by topic."""


@app.command()
@reports_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt and .md, recursively).")],
    db: Db = "",
    manifest: Annotated[Optional[Path], typer.Option(help="CSV with path,published[,title,outlet,url].")] = None,
    model: Annotated[Optional[str], typer.Option(help="An installed trained spaCy pipeline, e.g. de_core_news_md.")] = None,
    force: Annotated[bool, typer.Option(help="Re-extract articles that are already stored.")] = False,
    workers: Annotated[Optional[int], typer.Option(
        min=1, show_default="one per CPU, each with 40 articles or more",
        help="Processes that extract in parallel (the store is written by one).")] = None,
    engine: Annotated[str, typer.Option(help="local (processes on this machine) or dask (a Dask cluster).")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address, e.g. tcp://host:8786; without it a local cluster.")] = None,
    quiet: Quiet = False,
) -> None:
    """Read articles, extract their claims and store them.

    Example: claimtrack ingest data/samples --manifest data/samples/manifest.csv
    """
    from .ingest import cpus
    from .ingest import ingest as run_ingest
    from .reading import article_files, load_manifest
    from .render import ingest_summary

    def build_nlp(model: str | None, extra_topics: list) -> Callable:
        def build():  # noqa: ANN202 - spaCy is imported only when an article needs extracting
            from .pipeline import build_nlp as build_pipeline

            return build_pipeline(model, extra_topics=extra_topics)

        return build

    if engine not in ("local", "dask"):
        raise fail(f"--engine must be local or dask, not {engine!r}", ExitStatus.USAGE)
    article_files(paths)  # a missing path or a folder without articles is a usage error before any work
    rows = load_manifest(manifest) if manifest else None
    extra_topics = user_topics(find_config())
    if model:
        from .pipeline import check_model

        check_model(model)  # before the store is made: a wrong name leaves no empty store behind
    store = open_store(db or default_db())
    console = Console()
    if engine == "dask":
        from .dask_engine import ingest_dask

        report = ingest_dask(paths, store, model, extra_topics, rows, force, scheduler,
                             workers=max(workers or cpus(), 2))
    elif quiet or not console.is_terminal:
        report = run_ingest(paths, store, build_nlp(model, extra_topics), rows, force, workers=workers)
    else:
        from rich.progress import Progress

        nlp = build_nlp(model, extra_topics)
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("ingesting", total=None)
            report = run_ingest(paths, store, nlp, rows, force, workers=workers,
                                progress=lambda p: progress.update(task, advance=1, description=p[-40:]))
    store.close()
    for _path, message in report.failed:
        error_line(message)
    if not quiet:
        ingest_summary(report, console, manifest)
    if report.failed:
        raise typer.Exit(int(ExitStatus.FAILED))


@app.command()
@reports_errors
def claims(
    topic: Annotated[Optional[str], typer.Option(help="Only claims of this topic.")] = None,
    speaker: Annotated[Optional[str], typer.Option(help="Only claims whose canonical speaker contains this.")] = None,
    article: Annotated[Optional[str], typer.Option(help="Only claims of this article (path or file name).")] = None,
    format: ClaimFormat = "table",
    db: Db = "",
) -> None:
    """List stored claims.

    Example: claimtrack claims --topic troop-count --format csv
    """
    from .config import all_topics, known_topic
    from .render import write_claims

    check_format(format, ("table", "json", "jsonl", "csv"))
    store = open_store(db or default_db(), create=False)
    if topic:
        known_topic(all_topics(find_config()), topic, store.topic_size)  # a typo is no empty table
    console = Console()
    if not console.is_terminal:
        console = Console(width=140)  # piped: room for the sentence column instead of 80 columns
    write_claims(store.claims(topic, speaker, article), format, sys.stdout, console)
    store.close()


@app.command()
@reports_errors
def topics(
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    tolerance: Tolerance = 0.1,
    db: Db = "",
) -> None:
    """List every topic with its claims, articles, independent origins, dates and contradictions.

    Example: claimtrack topics --format json
    """
    import json

    from .config import all_topics
    from .reconcile import summarise
    from .render import topics_table

    check_format(format, ("table", "json"))
    store = open_store(db or default_db(), create=False)
    rows = [summarise(store, t, tolerance) for t in all_topics(find_config())]
    store.close()
    if format == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        topics_table(rows, Console())


@app.command()
@reports_errors
def diff(
    topic: Annotated[str, typer.Option("--topic", "-t", help="The topic id, e.g. troop-count.")],
    since: Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="Only claims said on or after.")] = None,
    until: Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="Only claims said on or before.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, json or markdown.")] = "table",
    show_text: Annotated[bool, typer.Option("--show-text", help="Print every claim's sentence.")] = False,
    tolerance: Tolerance = 0.1,
    db: Db = "",
) -> None:
    """Show the reconciled view of one topic: agreeing groups, contradictions, scope, updates.

    Example: claimtrack diff --topic troop-count --format markdown
    """
    from .config import all_topics, defined_topic
    from .reconcile import reconcile_stored
    from .render import diff_json, diff_markdown, diff_table

    check_format(format, ("table", "json", "markdown"))
    store = open_store(db or default_db(), create=False)
    definition = defined_topic(all_topics(find_config()), topic, store.topic_size)
    result = reconcile_stored(store, definition, since.date() if since else None, until.date() if until else None,
                              tolerance)
    store.close()
    if format == "json":
        diff_json(result, sys.stdout)
    elif format == "markdown":
        sys.stdout.write(diff_markdown(result, show_text))
    else:
        diff_table(result, Console(), show_text)


@app.command()
@reports_errors
def check(
    paths: Annotated[list[Path], typer.Argument(help="New article files or folders.")],
    db: Db = "",
    fail_on: Annotated[str, typer.Option(help="contradiction, new-figure, warning or never.")] = "contradiction",
    format: Annotated[str, typer.Option("--format", "-f", help="text, json, github, junit or markdown.")] = "text",
    store: Annotated[bool, typer.Option("--store", help="Store the new articles when the check passes.")] = False,
    manifest: Annotated[Optional[Path], typer.Option(help="CSV with path,published[,title,outlet,url].")] = None,
    model: Annotated[Optional[str], typer.Option(help="An installed trained spaCy pipeline.")] = None,
    tolerance: Tolerance = 0.1,
) -> None:
    """Check new articles against the store: contradictions, new figures, updates, warnings.

    Exit 0 when nothing reaches --fail-on, 1 when something does, 2 for usage or input errors.
    Example: claimtrack check new/ --format github --fail-on new-figure
    """
    import os

    from . import report as render_report
    from .check import LEVELS, store_checked
    from .check import check as run_check
    from .config import all_topics
    from .pipeline import build_nlp
    from .reading import article_files, load_manifest

    check_format(format, ("text", "json", "github", "junit", "markdown"))
    if fail_on not in LEVELS or fail_on == "update":
        raise fail(f"--fail-on must be contradiction, new-figure, warning or never, not {fail_on!r}", ExitStatus.USAGE)
    article_files(paths)  # a missing path or a folder without articles is a usage error before any work
    rows = load_manifest(manifest) if manifest else None
    config = find_config()
    nlp = build_nlp(model, extra_topics=user_topics(config))
    path = db or default_db()
    try:  # exit 1 means a finding to CI: a store that cannot be read is the command failing, 2
        baseline = open_store(path, create=False, read_only=True)
    except StoreError as exc:
        raise fail(str(exc), ExitStatus.USAGE) from None
    result = run_check(paths, baseline, nlp, all_topics(config), rows, tolerance)
    baseline.close()
    if format == "json":
        typer.echo(render_report.as_json(result, fail_on))
    elif format == "github":
        typer.echo(render_report.github(result, fail_on))
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            with open(summary, "a", encoding="utf-8") as fh:
                fh.write(render_report.markdown(result, fail_on))
    elif format == "junit":
        typer.echo(render_report.junit(result, fail_on))
    elif format == "markdown":
        typer.echo(render_report.markdown(result, fail_on))
    else:
        render_report.text(result, fail_on, Console())
    failed = result.failed(fail_on)
    if store and not failed:
        writable = open_store(path)
        store_checked(result, writable, {t.id: t for t in nlp.get_pipe("claimtrack_topics").topics})
        writable.close()
    if failed:
        raise typer.Exit(int(ExitStatus.FAILED))


@app.command()
@reports_errors
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, json or csv.")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    db: Db = "",
) -> None:
    """Write every stored claim, one JSON record a line by default.

    Example: claimtrack export --format jsonl -o claims.jsonl
    """
    from .render import write_claims, write_claims_file

    check_format(format, ("jsonl", "json", "csv"))
    store = open_store(db or default_db(), create=False)
    if output:
        write_claims_file(store.claims(), format, output)
    else:
        write_claims(store.claims(), format, sys.stdout)
    store.close()
