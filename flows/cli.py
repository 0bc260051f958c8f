"""The `disclose` command: ingest files, run the demo, watch an inbox, query the warehouse.

Quiet by default: Prefect's console logs show warnings and errors only, one line each; with
`--verbose` they show everything, tracebacks included. Every run also appends Prefect's and our
logs, tracebacks included, to a log file beside the warehouse (`<db>.log`, rotated), so a bug
stays visible after the one-line error the command prints. Prefect is imported only by the
commands that run a flow (`query` stays fast).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import logging.handlers
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

import warehouse
from flows.discover import MissingPathError, find_candidates
from flows.review import outcome_table, print_review
from schemas import FileOutcome, PipelineError, Settings

DEFAULT_LOG_BYTES = 1024 * 1024
DEFAULT_LOG_BACKUPS = 2
SAMPLE_EXTRAS = ("truth.json", "README", "README.md")
"""Files in `flows/samples/` that describe the samples and are not samples themselves."""
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
FLOW_RUN_LOG_FORMAT = "%(asctime)s %(levelname)-7s flow run %(flow_run_name)r: %(message)s"
TASK_RUN_LOG_FORMAT = "%(asctime)s %(levelname)-7s task run %(task_run_name)r: %(message)s"
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130

logger = logging.getLogger(__name__)
out = Console()
err = Console(stderr=True)

app = typer.Typer(
    name="disclose",
    help="Check what equity-crowdfunding issuers disclose in their PDFs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
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


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


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
    candidates = _candidates(paths)
    outcomes = _run(candidates, settings=settings, verbose=verbose)
    out.print(outcome_table(outcomes))
    out.print(totals(outcomes))


@app.command()
def demo(db: DbOption = None, verbose: VerboseOption = False) -> None:
    """Put the bundled sample documents through the pipeline and print a first review."""
    settings = _settings(db=db, platform="demo")
    outcomes = _run(sample_files(), settings=settings, verbose=verbose)
    out.print(totals(outcomes))
    print_review(settings.db, console=out)


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
        err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(EXIT_FAILED) from exc
    _WRITERS[output](columns, rows)


def main() -> None:
    """Console-script entry point of `disclose`."""
    app()


def sample_files() -> list[Path]:
    """The bundled sample documents (`flows/samples/`), without their ground truth."""
    folder = Path(str(files("flows").joinpath("samples")))
    return [path for path in find_candidates([folder]) if path.name not in SAMPLE_EXTRAS]


def totals(outcomes: Sequence[FileOutcome]) -> str:
    """`6 files: 3 loaded, 1 duplicate, 2 rejected`."""
    counts = {kind: sum(o.outcome == kind for o in outcomes) for kind in _OUTCOMES}
    parts = ", ".join(f"{count} {kind}" for kind, count in counts.items())
    return f"{len(outcomes)} file(s): {parts}"


_OUTCOMES = ("loaded", "duplicate", "rejected")


def _settings(*, db: Path | None = None, platform: str | None = None) -> Settings:
    """Settings from `DISCLOSE_*`, overridden by the options given on the command line."""
    settings = Settings()
    updates: dict[str, Any] = {"db": db, "platform": platform}
    return settings.model_copy(update={k: v for k, v in updates.items() if v is not None})


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

    log_file = log_path(settings.db)
    with _logging(log_file, verbose=verbose):
        try:
            with _progress(total=len(paths)) as advance:
                return run_ingest(paths, settings=settings, on_outcome=advance)
        except KeyboardInterrupt:
            err.print("interrupted: what was loaded so far is published")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except Exception as exc:
            # A bug or an unusable warehouse: one line here, the traceback in the log file.
            logger.exception("the ingest pipeline failed")
            kind = "" if isinstance(exc, PipelineError) else f"{type(exc).__name__}: "
            err.print(
                f"[red]error:[/red] the pipeline failed: {kind}{exc}\n(traceback in {log_file})",
                markup=True,
                highlight=False,
            )
            raise typer.Exit(EXIT_FAILED) from None


def log_path(db: Path) -> Path:
    """The run log beside the warehouse file."""
    return db.with_name(f"{db.name}.log")


@contextmanager
def _logging(log_file: Path, *, verbose: bool) -> Iterator[None]:
    """Quiet Prefect's console and log everything, tracebacks included, to `log_file`."""
    from prefect.logging.configuration import ensure_logging_setup
    from prefect.logging.formatters import PrefectFormatter
    from prefect.logging.handlers import PrefectConsoleHandler

    ensure_logging_setup()  # Prefect configures its handlers once; adjust them after that
    root = logging.getLogger()
    consoles = [h for h in root.handlers if isinstance(h, PrefectConsoleHandler)]
    saved = [(h, h.level, h.formatter) for h in consoles]
    for handler in consoles:
        handler.setLevel(logging.INFO if verbose else logging.WARNING)
        if not verbose and handler.formatter is not None:
            handler.setFormatter(OneLineFormatter(handler.formatter))
    log_file.parent.mkdir(parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=DEFAULT_LOG_BYTES, backupCount=DEFAULT_LOG_BACKUPS, encoding="utf-8"
    )
    file_handler.setLevel(logging.INFO)
    file_handler.setFormatter(
        PrefectFormatter(
            LOG_FORMAT, flow_run_fmt=FLOW_RUN_LOG_FORMAT, task_run_fmt=TASK_RUN_LOG_FORMAT
        )
    )
    root.addHandler(file_handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(file_handler)
        file_handler.close()
        for handler, level, formatter in saved:
            handler.setLevel(level)
            handler.setFormatter(formatter)


class OneLineFormatter(logging.Formatter):
    """Formats a record as `formatter` does, without its traceback (the log file keeps it)."""

    def __init__(self, formatter: logging.Formatter) -> None:
        super().__init__()
        self._formatter = formatter

    def format(self, record: logging.LogRecord) -> str:
        bare = logging.makeLogRecord(record.__dict__)
        bare.exc_info, bare.exc_text, bare.stack_info = None, None, None
        return self._formatter.format(bare)


@contextmanager
def _progress(*, total: int) -> Iterator[Callable[[FileOutcome], None]]:
    """A transient progress bar on stderr; the yielded callback ticks it once per file."""
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        bar = progress.add_task("ingesting", total=total, last="")

        def advance(outcome: FileOutcome) -> None:
            progress.update(bar, advance=1, last=f"{outcome.file_name}: {outcome.outcome}")

        yield advance


def _write_table(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*("" if value is None else str(value) for value in row))
    out.print(table)
    err.print(f"{len(rows)} row(s)")


def _write_csv(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)


def _write_json(columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    sys.stdout.write(json.dumps(records, default=_json_value, ensure_ascii=False, indent=2) + "\n")


def _json_value(value: object) -> object:
    """JSON for what DuckDB returns beyond JSON's types (dates, decimals, UUIDs)."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return str(value)


_WRITERS: dict[Format, Callable[[list[str], list[tuple[Any, ...]]], None]] = {
    Format.table: _write_table,
    Format.csv: _write_csv,
    Format.json: _write_json,
}
