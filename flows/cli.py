"""The `disclose` command: ingest files, run the demo, watch an inbox, query the warehouse.

Quiet by default: Prefect's console shows warnings only, one line each, and a failed run is
reported once, by the command, in one line naming the log file. Every flow command appends
Prefect's and our logs, tracebacks included, to a rotated log beside the warehouse
(`<db>.log`), so a bug stays visible; `--verbose` shows it all on the console too. Prefect is
imported only by the commands that run a flow, so `query` stays fast.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

import warehouse
from flows.discover import MissingPathError, find_candidates, inbox_batches, move_done
from flows.review import Format, outcome_table, print_review, write_rows
from schemas import FileOutcome, PipelineError, Settings

DEFAULT_INTERVAL = 5.0
DEFAULT_LOG_BYTES = 1024 * 1024
DEFAULT_LOG_BACKUPS = 2
SAMPLE_EXTRAS = frozenset({"truth.json", "README", "README.md"})
"""Files in `flows/samples/` that describe the samples and are not samples themselves."""
PREFECT_INTERNAL_LOGGER = "prefect._internal"
RUN_LOGGERS = frozenset({"prefect.flow_runs", "prefect.task_runs"})
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
FLOW_RUN_LOG_FORMAT = "%(asctime)s %(levelname)-7s flow run %(flow_run_name)r: %(message)s"
TASK_RUN_LOG_FORMAT = "%(asctime)s %(levelname)-7s task run %(task_run_name)r: %(message)s"
DEFAULT_STOP_GRACE = 5.0
"""Seconds Prefect gets to record an interrupted run before the process ends anyway."""
OUTCOMES = ("loaded", "duplicate", "rejected")
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130
INTERRUPTED = "interrupted: what was loaded until now is published; run again to resume"

logger = logging.getLogger(__name__)
logger.propagate = False  # its records go to the run log only; the console gets one line
out = Console()
err = Console(stderr=True)

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
    verbose: VerboseOption = False,
) -> None:
    """Run the ingest flow now on the given files and folders; files are never changed."""
    settings = _settings(db=db, platform=platform)
    outcomes = _run(_candidates(paths), settings=settings, verbose=verbose)
    out.print(outcome_table(outcomes))
    out.print(totals(outcomes))


@app.command()
def demo(db: DbOption = None, verbose: VerboseOption = False) -> None:
    """Put the bundled sample documents through the pipeline and print a first review."""
    settings = _settings(db=db, platform="demo")
    outcomes = _run(sample_files(), settings=settings, verbose=verbose)
    out.print(totals(outcomes))
    print_review(settings.db, console=out)
    sql = "SELECT name, value, currency, evidence FROM figures"
    out.print(escape(f"Warehouse: {settings.db}. Next: disclose query '{sql}' --db {settings.db}"))


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

    A file is moved only once its outcome is stored, so a restart resumes without losing a
    file, and re-processing one that was stored but not yet moved changes nothing.
    """
    settings = _settings(db=db, inbox=inbox)
    settings.inbox.mkdir(parents=True, exist_ok=True)
    previous = signal.signal(signal.SIGTERM, _stop)
    err.print(escape(f"watching {settings.inbox} (Ctrl-C to stop)"))
    try:
        while True:
            for platform, paths in inbox_batches(settings.inbox, default=settings.platform):
                batch = settings.model_copy(update={"platform": platform})
                outcomes = _run(paths, settings=batch, verbose=verbose)
                for path, outcome in zip(paths, outcomes, strict=True):
                    move_done(path, outcome, inbox=settings.inbox)
                out.print(escape(f"{platform}: {totals(outcomes)}"))
            if once:
                return
            time.sleep(interval)
    except KeyboardInterrupt:
        err.print("stopped")
    finally:
        signal.signal(signal.SIGTERM, previous)


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
    write_rows(columns, rows, output=output, console=out, stream=sys.stdout)


def main() -> None:
    """Console-script entry point of `disclose`."""
    app()


def sample_files() -> list[Path]:
    """The bundled sample documents (`flows/samples/`), without their ground truth."""
    folder = Path(str(files("flows").joinpath("samples")))
    return [path for path in find_candidates([folder]) if path.name not in SAMPLE_EXTRAS]


def totals(outcomes: Sequence[FileOutcome]) -> str:
    """`6 file(s): 3 loaded, 1 duplicate, 2 rejected`."""
    counts = {kind: sum(o.outcome == kind for o in outcomes) for kind in OUTCOMES}
    return f"{len(outcomes)} file(s): " + ", ".join(f"{n} {kind}" for kind, n in counts.items())


def _settings(**options: Any) -> Settings:
    """Settings from `DISCLOSE_*`, overridden by the options given on the command line."""
    given = {name: value for name, value in options.items() if value is not None}
    return Settings().model_copy(update=given)


def _candidates(paths: Sequence[Path]) -> list[Path]:
    """The candidate files, or a usage error (exit code 2) naming a missing path."""
    try:
        return find_candidates(paths)
    except MissingPathError as exc:
        raise typer.BadParameter(str(exc), param_hint="PATHS") from exc


def _run(paths: Sequence[Path], *, settings: Settings, verbose: bool) -> list[FileOutcome]:
    """Run the ingest flow with a progress bar; a pipeline failure exits with one line."""
    if not paths:
        err.print("nothing to ingest: no candidate files")
        return []
    # Imported here: Prefect takes seconds to import and only the flow commands need it.
    from flows.ingest import run_ingest

    quiet_prefect(verbose=verbose)
    log_file = log_path(settings.db)
    with run_log(log_file), _interruptible():
        try:
            with _progress(total=len(paths)) as advance:
                return run_ingest(paths, settings=settings, on_outcome=advance)
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


def quiet_prefect(*, verbose: bool) -> None:
    """Prefect's console: everything when verbose, else warnings only, one line each.

    A failed flow or task run is left to the command to report; the run log keeps it all.
    """
    from prefect.logging.configuration import ensure_logging_setup
    from prefect.logging.handlers import PrefectConsoleHandler

    ensure_logging_setup()  # Prefect installs its handlers once; adjust them after that
    # Prefect's internal services log to stderr on their own (not through the root logger),
    # e.g. every event they could not send to a server that is gone.
    for handler in logging.getLogger(PREFECT_INTERNAL_LOGGER).handlers:
        handler.setLevel(logging.NOTSET if verbose else logging.CRITICAL)
    for handler in logging.getLogger().handlers:
        if not isinstance(handler, PrefectConsoleHandler):
            continue
        handler.setLevel(logging.INFO if verbose else logging.WARNING)
        if verbose or isinstance(handler.formatter, OneLineFormatter):
            continue
        handler.setFormatter(OneLineFormatter(handler.formatter or logging.Formatter()))
        handler.addFilter(_not_a_run_failure)


def log_path(db: Path) -> Path:
    """The run log beside the warehouse file."""
    return db.with_name(f"{db.name}.log")


@contextmanager
def run_log(path: Path) -> Iterator[None]:
    """Append the INFO logs of Prefect and of this command, with tracebacks, to `path`."""
    from prefect.logging.formatters import PrefectFormatter

    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=DEFAULT_LOG_BYTES, backupCount=DEFAULT_LOG_BACKUPS, encoding="utf-8"
    )
    handler.setLevel(logging.INFO)
    handler.setFormatter(
        PrefectFormatter(
            LOG_FORMAT, flow_run_fmt=FLOW_RUN_LOG_FORMAT, task_run_fmt=TASK_RUN_LOG_FORMAT
        )
    )
    targets = (logging.getLogger(), logging.getLogger(PREFECT_INTERNAL_LOGGER), logger)
    for target in targets:
        target.addHandler(handler)
    try:
        yield
    finally:
        for target in targets:
            target.removeHandler(handler)
        handler.close()


class OneLineFormatter(logging.Formatter):
    """Formats a record as `formatter` does, leaving out its traceback."""

    def __init__(self, formatter: logging.Formatter) -> None:
        super().__init__()
        self._formatter = formatter

    def format(self, record: logging.LogRecord) -> str:
        # A copy: the same record goes on to the run log, traceback and all.
        bare = logging.makeLogRecord(record.__dict__)
        bare.exc_info, bare.exc_text, bare.stack_info = None, None, None
        return self._formatter.format(bare)


def _not_a_run_failure(record: logging.LogRecord) -> bool:
    """Keep a record off the console if it reports a failed run (the command reports it)."""
    return not (record.name in RUN_LOGGERS and record.levelno >= logging.ERROR)


@contextmanager
def _progress(*, total: int) -> Iterator[Callable[[FileOutcome], None]]:
    """A transient progress bar on stderr; the yielded callback ticks it once per file."""
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}", markup=False),
    )
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        bar = progress.add_task("ingesting", total=total, last="")

        def advance(outcome: FileOutcome) -> None:
            progress.update(bar, advance=1, last=f"{outcome.file_name}: {outcome.outcome}")

        yield advance


@contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C stops a run; a second one, or Prefect hanging on the way out, ends the process.

    Ctrl-C reaches the whole process group, so it also stops Prefect's temporary API server,
    and Prefect then retries, for minutes, to record the crash on it. The interrupt still
    unwinds the flow first (the warehouse publishes what was stored); after a grace period the
    process exits without waiting for Prefect.
    """
    stopping = threading.Event()

    def interrupt(signum: int, frame: FrameType | None) -> None:
        if stopping.is_set():
            _exit_now()
        stopping.set()
        deadline = threading.Timer(DEFAULT_STOP_GRACE, _exit_now)
        deadline.daemon = True
        deadline.start()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _exit_now() -> None:
    """End the process at once, parser workers included."""
    err.print(INTERRUPTED)
    from flows.budget import shutdown

    shutdown()
    os._exit(EXIT_INTERRUPTED)


def _stop(signum: int, frame: FrameType | None) -> None:
    """SIGTERM stops `watch` as Ctrl-C does: the batch in flight publishes what it stored."""
    raise KeyboardInterrupt
