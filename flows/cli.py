"""The `disclose` command: ingest files, run the demo, watch an inbox, query the warehouse.

Quiet by default: Prefect's console shows warnings only, one line each, and a failed run is
reported once, by the command, in one line naming the log file. Every flow command appends
Prefect's and our logs, tracebacks included, to a rotated log beside the warehouse
(`<db>.log`), so a bug stays visible; `--verbose` shows it all on the console too. Prefect is
imported only by the commands that run a flow, so `query` stays fast.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.markup import escape

import warehouse
from flows.console import (
    EXIT_INTERRUPTED,
    INTERRUPTED,
    err,
    interruptible,
    log_path,
    progress,
    quiet_prefect,
    run_log,
)
from flows.datadocs import datadocs_folder
from flows.discover import MissingPathError, find_candidates
from flows.report import summary
from flows.review import Format, outcome_table, print_review, write_rows
from schemas import FileOutcome, PipelineError, Settings

DEFAULT_INTERVAL = 2.0
SAMPLE_EXTRAS = frozenset({"truth.json", "README", "README.md"})
"""Files in `flows/samples/` that describe the samples and are not samples themselves."""
EXIT_FAILED = 1

logger = logging.getLogger(__name__)  # flows.console sends it to the run log only
out = Console()

app = typer.Typer(
    name="disclose",
    help="Check what equity-crowdfunding issuers disclose in their PDFs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)
DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Warehouse file. [default: $DISCLOSE_DB, else ./disclosure.duckdb]",
        show_default=False,
        dir_okay=False,
    ),
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Show Prefect's logs and tracebacks.")
]


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PDF files and folders (recursive).")],
    db: DbOption = None,
    platform: Annotated[
        str | None, typer.Option(help="Platform the files came from. [default: default]")
    ] = None,
    retry: Annotated[
        bool,
        typer.Option(
            "--retry",
            help="Process again contents stored as rejected (a `timeout` under load, a limit "
            "since raised); otherwise they are rejected again for the same reason.",
        ),
    ] = False,
    verbose: VerboseOption = False,
) -> None:
    """Run the ingest flow now on the given files and folders; files are never changed."""
    settings = _settings(db=db, platform=platform)
    outcomes = _run(_candidates(paths), settings=settings, verbose=verbose, retry=retry)
    out.print(outcome_table(outcomes))
    out.print(totals(outcomes))


@app.command()
def demo(db: DbOption = None, verbose: VerboseOption = False) -> None:
    """Put the bundled sample documents through the pipeline and print a first review."""
    settings = _settings(db=db, platform="demo")
    outcomes = _run(sample_files(), settings=settings, verbose=verbose)
    out.print(totals(outcomes))
    print_review(settings.db, console=out)
    sql = "SELECT * FROM review_queue"
    out.print(escape(f"Warehouse: {settings.db}. Next: disclose query '{sql}' --db {settings.db}"))
    docs = datadocs_folder(settings.db) / "index.html"
    if docs.is_file():
        out.print(escape(f"Great Expectations Data Docs (open offline): {docs}"))


@app.command()
def watch(
    inbox: Annotated[
        Path | None,
        typer.Argument(
            help="Watched folder; a subfolder names the platform. "
            "[default: $DISCLOSE_INBOX, else ./inbox]",
            show_default=False,
            file_okay=False,
        ),
    ] = None,
    db: DbOption = None,
    interval: Annotated[float, typer.Option(min=0.1, help="Seconds between polls.")] = (
        DEFAULT_INTERVAL
    ),
    once: Annotated[bool, typer.Option(help="Process what is there now, then stop.")] = False,
    verbose: VerboseOption = False,
) -> None:
    """Ingest every file that lands in INBOX, then move it to processed/ or rejected/ beside it.

    A file is claimed once it settled, and moved only once its outcome is stored, so a restart
    resumes without losing a file or loading one twice. The flow runs in this process, its
    workers kept from run to run; with a Prefect server (`PREFECT_API_URL`, `make ui`) its
    runs are the `watch-inbox` deployment's, served with `ingest/on-demand` for the UI.
    """
    settings = _settings(db=db, inbox=inbox)
    settings.inbox.mkdir(parents=True, exist_ok=True)
    warm_up(settings, files=settings.workers)  # spaCy loads once, for every run to come
    quiet_prefect(verbose=verbose)
    _mark_orphans(settings.db)
    with run_log(log_path(settings.db)), _stopped_by_sigterm():
        try:
            for outcomes in _watch_runs(settings, interval=interval, once=once):
                if outcomes:
                    out.print(escape(totals(outcomes)))
        except KeyboardInterrupt:
            err.print("stopped")


@app.command()
def retry(
    doc_id: Annotated[str, typer.Argument(help="The rejected document's doc_id (sha256).")],
    db: DbOption = None,
) -> None:
    """Ask for a rejected content to be processed again when it next arrives.

    Drop the file into the inbox again (or `disclose ingest` it): instead of being rejected
    again for the same reason, it goes through the pipeline.
    """
    settings = _settings(db=db)
    try:
        with warehouse.writer(settings.db) as handle, warehouse.connect(handle.work) as con:
            file_name, reason = warehouse.request_retry(con, doc_id)
    except PipelineError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_FAILED) from exc
    out.print(escape(f"{file_name} (rejected: {reason}) will be processed on its next arrival"))


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL to run on a read-only connection.")],
    db: DbOption = None,
    output: Annotated[
        Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = Format.table,
) -> None:
    """Run reviewer SQL on a read-only connection to the warehouse."""
    settings = _settings(db=db)
    try:
        columns, rows = warehouse.query(settings.db, sql)
    except (PipelineError, duckdb.Error) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_FAILED) from exc
    try:
        write_rows(columns, rows, output=output, console=out, stream=sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (`| head`) has all it wanted: not an error. Point stdout at /dev/null so
        # the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@app.command()
def similar(
    doc_id: Annotated[
        str, typer.Argument(help="The document: its doc_id, a prefix of it, or its file name.")
    ],
    db: DbOption = None,
    html: Annotated[
        Path | None,
        typer.Option(
            help="Also write one self-contained page with the passages marked.", dir_okay=False
        ),
    ] = None,
) -> None:
    """Show the earlier documents DOC_ID copies from and the copied passages side by side."""
    from flows.copies import print_report, write_page

    settings = _settings(db=db)
    try:
        with warehouse.connect(settings.db, read_only=True) as con:
            found = warehouse.find_documents(con, doc_id)
            report = warehouse.copy_report(con, found[0]) if len(found) == 1 else None
    except (PipelineError, duckdb.Error) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_FAILED) from exc
    if report is None:
        problem = "names no document" if not found else f"names {len(found)} documents"
        raise typer.BadParameter(f"{doc_id!r} {problem}", param_hint="DOC_ID")
    if html is not None:
        write_page(report, html)  # first: `disclose similar X --html F | head` still writes F
    print_report(report, console=out)
    if html is not None:
        out.print(escape(f"Wrote {html}"))


def main() -> None:
    """Console-script entry point of `disclose`."""
    app()


def sample_files() -> list[Path]:
    """The bundled sample documents (`flows/samples/`), without their ground truth."""
    folder = Path(str(files("flows").joinpath("samples")))
    return [path for path in find_candidates([folder]) if path.name not in SAMPLE_EXTRAS]


def totals(outcomes: Sequence[FileOutcome]) -> str:
    """`6 file(s): 3 loaded, 1 duplicate, 2 rejected`."""
    return summary(outcomes)


def _settings(**options: Any) -> Settings:
    """Settings from `DISCLOSE_*`, overridden by the options given on the command line.

    The warehouse path is made absolute: runs are recorded (and found again) by it.
    """
    given = {name: value for name, value in options.items() if value is not None}
    settings = Settings().model_copy(update=given)
    return settings.model_copy(update={"db": settings.db.absolute()})


def _candidates(paths: Sequence[Path]) -> list[Path]:
    """The candidate files, or a usage error (exit code 2) naming a missing path."""
    try:
        return find_candidates(paths)
    except MissingPathError as exc:
        raise typer.BadParameter(str(exc), param_hint="PATHS") from exc


def _run(
    paths: Sequence[Path], *, settings: Settings, verbose: bool, retry: bool = False
) -> list[FileOutcome]:
    """Run the ingest flow with a progress bar; a pipeline failure exits with one line."""
    if not paths:
        err.print("nothing to ingest: no candidate files")
        return []
    warm_up(settings, files=len(paths))
    # Imported here: Prefect takes seconds to import and only the flow commands need it.
    from flows.ingest import run_ingest

    quiet_prefect(verbose=verbose)
    log_file = log_path(settings.db)
    with run_log(log_file), interruptible():
        try:
            _mark_orphans(settings.db)
            with progress(total=len(paths)):
                return run_ingest(paths, settings=settings, retry=retry)
        except KeyboardInterrupt:
            err.print(INTERRUPTED)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Exception as exc:
            # A bug, or an unusable warehouse: the traceback goes to the log, one line here.
            logger.exception("the ingest pipeline failed")
            kind = "" if isinstance(exc, PipelineError) else f"{type(exc).__name__}: "
            detail = escape(f"the pipeline failed: {kind}{exc} (traceback in {log_file})")
            err.print(f"[red]error:[/red] {detail}", highlight=False, soft_wrap=True)
            raise typer.Exit(EXIT_FAILED) from None


def warm_up(settings: Settings, *, files: int) -> None:
    """Start the worker processes (spaCy loads in each) while Prefect imports and starts."""
    from flows.budget import pool

    pool(workers=workers_for(settings, files=files), model=settings.spacy_model)


def workers_for(settings: Settings, *, files: int) -> int:
    """Worker processes worth starting for `files` files: no more than there are files."""
    # A one-file ingest that starts two workers loads spaCy twice on a two-core machine that is
    # also starting Prefect: measured, ~4-7 s longer under load.
    return max(1, min(settings.workers, files))


def _watch_runs(settings: Settings, *, interval: float, once: bool) -> Iterator[list[FileOutcome]]:
    """The watch's runs as they end: served with a Prefect server, else in this process."""
    from flows.watch import serve_watch, watch_forever

    root = settings.inbox.absolute()
    if os.environ.get("PREFECT_API_URL") and not once:
        err.print(escape(f"serving the watch of {settings.inbox} (Ctrl-C to stop)"))
        return serve_watch(
            root, db=settings.db, platform=settings.platform, interval=interval, settings=settings
        )
    err.print(escape(f"watching {settings.inbox} (Ctrl-C to stop)"))
    return watch_forever(root, settings=settings, interval=interval, once=once)


def _mark_orphans(db: Path) -> None:
    """Mark runs a killed process left RUNNING on `db` as crashed (see `flows.runs`)."""
    from flows.runs import mark_orphans_crashed

    mark_orphans_crashed(db)


@contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM stops `watch` as Ctrl-C does: the file in flight is processed again next time."""
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stop(signum: int, frame: FrameType | None) -> None:
    """Raise KeyboardInterrupt, as Ctrl-C does."""
    raise KeyboardInterrupt


# `python -m flows.cli` runs the command too (`python -m flows` is the documented way).
if __name__ == "__main__":
    main()
