"""The console side of the flow commands: quiet Prefect, the run log, progress, Ctrl-C.

Quiet by default: Prefect's console shows warnings only, one line each, and a failed run is
reported once, by the command. Every flow command appends Prefect's and our logs, tracebacks
included, to a rotated log beside the warehouse (`<db>.log`), so a bug stays visible.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from schemas import FileOutcome

DEFAULT_LOG_BYTES = 1024 * 1024
DEFAULT_LOG_BACKUPS = 2
PREFECT_INTERNAL_LOGGER = "prefect._internal"
FLOW_RUNS_LOGGER = "prefect.flow_runs"
RUN_LOGGERS = frozenset({FLOW_RUNS_LOGGER, "prefect.task_runs"})
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
FLOW_RUN_LOG_FORMAT = "%(asctime)s %(levelname)-7s flow run %(flow_run_name)r: %(message)s"
TASK_RUN_LOG_FORMAT = "%(asctime)s %(levelname)-7s task run %(task_run_name)r: %(message)s"
DEFAULT_STOP_GRACE = 5.0
"""Seconds Prefect gets to record an interrupted run before the process ends anyway."""
EXIT_INTERRUPTED = 130
INTERRUPTED = "interrupted: what was loaded until now is published; run again to resume"

logger = logging.getLogger("flows.cli")  # the commands' logger
logger.propagate = False  # its records go to the run log only; the console gets one line
err = Console(stderr=True)


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
        handler.addFilter(not_a_run_failure)


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


def not_a_run_failure(record: logging.LogRecord) -> bool:
    """Keep a record off the console if it reports a failed run (the command reports it)."""
    return not (record.name in RUN_LOGGERS and record.levelno >= logging.ERROR)


@contextmanager
def progress(*, total: int) -> Iterator[Callable[[FileOutcome], None]]:
    """A transient progress bar on stderr, ticked once per file by the flow's outcome logs.

    The flow logs each stored outcome with the `FileOutcome` as the record's `outcome`
    attribute; the yielded callback ticks the bar by hand too.
    """
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

        listener = OutcomeHandler(advance)
        runs = logging.getLogger(FLOW_RUNS_LOGGER)
        runs.addHandler(listener)
        try:
            yield advance
        finally:
            runs.removeHandler(listener)


class OutcomeHandler(logging.Handler):
    """Hands the `FileOutcome` a log record carries (`outcome` attribute) to a callback."""

    def __init__(self, callback: Callable[[FileOutcome], None]) -> None:
        super().__init__(logging.INFO)
        self._callback = callback

    def emit(self, record: logging.LogRecord) -> None:
        outcome = getattr(record, "outcome", None)
        if isinstance(outcome, FileOutcome):
            self._callback(outcome)


@contextmanager
def interruptible() -> Iterator[None]:
    """Ctrl-C stops a run; a second one, or Prefect hanging on the way out, ends the process.

    Ctrl-C reaches the whole process group, so it also stops Prefect's temporary API server,
    and Prefect then retries, for minutes, to record the crash on it. The interrupt still
    unwinds the flow first (the warehouse publishes what was stored); after a grace period the
    process exits without waiting for Prefect.
    """
    stopping = threading.Event()

    def interrupt(signum: int, frame: FrameType | None) -> None:
        if stopping.is_set():
            exit_now()
        stopping.set()
        deadline = threading.Timer(DEFAULT_STOP_GRACE, exit_now)
        deadline.daemon = True
        deadline.start()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def exit_now() -> None:
    """End the process at once, parser workers included."""
    err.print(INTERRUPTED)
    from flows.budget import shutdown

    shutdown()
    os._exit(EXIT_INTERRUPTED)
