"""The ingest flow: every candidate file ends as a receipt: loaded, duplicate or rejected.

It reads as its stages, in order, each a task the Prefect UI shows by file name:

    receive ──► plan ──► parse ──► extract ──► check ──► store ──► (watched inbox) file away
    batch: validate (Great Expectations over the stored records) ──► report (a table artifact)

Parse and extract run in worker processes (`flows.budget`), several documents at a time, so
spaCy uses every core; the stores run one at a time in the flow's thread, the warehouse's one
writer, and each file's outcome is committed before the next (a crash loses only the files in
flight). A stage that raises on a file (a bug) fails the run, but only once every other file's
outcome is stored; that file stays where it is, to be tried again. The writer publishes what it
stored at most `publish_seconds` later, and when the run ends. The plain functions are in
`flows.stages`; the concurrency machinery in `flows.parallel`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import State
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

import warehouse
from flows.budget import extract_within_budget
from flows.discover import find_candidates
from flows.expectations import prepare_validations, validate_batch
from flows.inbox import claimed_platform, claimed_receipt_id, file_away
from flows.parallel import Failed, reraise, run_stages
from flows.report import record_outcomes, with_failed_rules
from flows.similarity import check_similarity, recheck_similarity
from flows.stages import (
    Checked,
    Job,
    Received,
    Result,
    check_disclosure,
    parse_file,
    plan_jobs,
    receive_file,
    rejection_for,
    store_outcome,
)
from schemas import Disclosure, FileOutcome, ParsedPdf, Rejection, Settings
from schemas.errors import BadInputError

DEFAULT_THREADS = 8
DEFAULT_AHEAD_PER_WORKER = 2
"""Documents in flight per worker process, so workers never wait on the writer."""

T = TypeVar("T")


# Prefect types task runners as invariant in their future type, so a thread pool is not a
# `TaskRunner[PrefectFuture]` to mypy, though it is exactly what `@flow` documents.
THREADS: Any = ThreadPoolTaskRunner(max_workers=DEFAULT_THREADS)


@task(
    name="receive",
    task_run_name="receive {path.name}",
    cache_policy=NO_CACHE,
    retries=2,
    retry_condition_fn=lambda task, run, state: _is_io_error(state),
)
def receive(path: Path, *, platform: str, max_bytes: int, receipt_id: str | None) -> Received:
    """Hash and check a file (I/O errors are retried: a network share hiccups)."""
    return receive_file(path, platform=platform, max_bytes=max_bytes, receipt_id=receipt_id)


@task(name="plan", cache_policy=NO_CACHE)
def plan(work: Path, received: list[Received], *, retry: bool) -> list[Job]:
    """What to do with each arrival, given what the warehouse already holds."""
    doc_ids = [item.arrival.doc_id for item in received]
    with warehouse.connect(work) as con:
        known = warehouse.known_documents(con, doc_ids)
        again = set(doc_ids) if retry else warehouse.retry_requested(con, doc_ids)
    return plan_jobs(received, known=known, retry=again)


parse = task(
    name="parse",
    task_run_name="parse {arrival.file_name}",
    cache_policy=NO_CACHE,
    retries=2,
    retry_condition_fn=lambda task, run, state: _is_io_error(state),
)(parse_file)


@task(name="extract", task_run_name="extract {pdf.file_name}", cache_policy=NO_CACHE)
def extract(pdf: ParsedPdf, *, settings: Settings) -> Disclosure | Rejection:
    """What the parsed document discloses, extracted in a worker process within its budget."""
    try:
        return extract_within_budget(pdf, settings=settings)
    except BadInputError as exc:
        return rejection_for(exc)


check = task(name="check", task_run_name="check {disclosure.doc_id:.12}", cache_policy=NO_CACHE)(
    check_disclosure
)


@task(name="store", task_run_name="store {job.arrival.file_name}", cache_policy=NO_CACHE)
def store(work: Path, job: Job, result: Result, *, flow_run_id: str | None) -> FileOutcome:
    """Commit what became of one arrival: its receipt, and its document when it was new."""
    with warehouse.connect(work) as con:
        return store_outcome(con, job, result, flow_run_id=flow_run_id)


@flow(name="ingest", flow_run_name=lambda: run_name(), task_runner=THREADS)
def ingest(
    paths: list[str],
    db: str,
    platform: str,
    settings: Settings | None = None,
    retry: bool = False,
    inbox: str | None = None,
) -> list[FileOutcome]:
    """Receive every candidate file under `paths`; parse, extract, check and store each.

    `retry` processes again contents stored as rejected. With `inbox`, `paths` are files
    claimed from that watched folder, each filed away once its outcome is stored.
    """
    settings = (settings or Settings()).model_copy(update={"db": Path(db), "platform": platform})
    files = find_candidates([Path(path) for path in paths])
    outcomes: list[FileOutcome] = []
    failures: list[tuple[Job, Failed]] = []
    with warehouse.writer(db, publish_seconds=settings.publish_seconds) as out:
        if inbox is not None:  # claimed files stored before a crash are only filed away
            files, outcomes = reconcile(out.work, files, inbox=Path(inbox))
        received = receive_all(files, settings=settings, claimed=inbox is not None)
        jobs = plan(out.work, received, retry=retry)
        if any(job.action == "process" for job in jobs):
            prepare_validations()  # GX's import overlaps the parsing (`validate_batch`)
        window = DEFAULT_AHEAD_PER_WORKER * settings.workers + 1
        for job, result in run_stages(jobs, chain(settings), window=window, idle=out.publish_due):
            if isinstance(result, Failed):  # a bug: raised once the other files are stored
                failures.append((job, result))
                continue
            outcome = store(out.work, job, unwalked(result), flow_run_id=str(flow_run.id))
            if isinstance(result, Checked):  # once stored: what it copies (issue 8)
                disclosure = unwalked(result.disclosure)
                check_similarity(out.work, disclosure, arrival=job.arrival, settings=settings)
            if inbox is not None:
                file_away(Path(job.arrival.path), outcome, inbox=Path(inbox))
            outcomes.append(announce(outcome))
            out.publish_due()
        recheck_similarity(out.work, outcomes, settings=settings)
        loaded = [outcome.doc_id for outcome in outcomes if outcome.outcome == "loaded"]
        checked = validate_batch(out.work, loaded, settings=settings)  # GX, once per batch
    outcomes = with_failed_rules(outcomes, checked.failed_rules)
    order = {item.arrival.receipt_id: index for index, item in enumerate(received)}
    outcomes.sort(key=lambda outcome: order.get(str(outcome.receipt_id), -1))
    report(outcomes, data_docs=Path(checked.datadocs) if checked.datadocs else None)
    reraise(failures)
    return outcomes


@task(name="report", cache_policy=NO_CACHE)
def report(outcomes: list[FileOutcome], *, data_docs: Path | None) -> None:
    """Leave the run's outcomes in the UI: file, platform, outcome, reason, pages, failed rules,
    and where the run's Great Expectations Data Docs are."""
    record_outcomes(outcomes, data_docs=data_docs)


@task(name="reconcile", cache_policy=NO_CACHE)
def reconcile(
    work: Path, files: list[Path], *, inbox: Path
) -> tuple[list[Path], list[FileOutcome]]:
    """File away the claimed files whose outcome was stored; the others, still to process."""
    with warehouse.connect(work) as con:
        stored = warehouse.stored_receipts(con, map(claimed_receipt_id, files))
    todo = []
    for path in files:
        outcome = stored.get(claimed_receipt_id(path))
        if outcome is None:
            todo.append(path)
        else:
            file_away(path, outcome, inbox=inbox)
    return todo, list(stored.values())


def receive_all(files: Sequence[Path], *, settings: Settings, claimed: bool) -> list[Received]:
    """Every file received side by side; a file that vanished before it was read is skipped."""
    futures = [
        receive.submit(
            path,
            platform=platform_of(path, settings=settings, claimed=claimed),
            max_bytes=settings.max_bytes,
            receipt_id=claimed_receipt_id(path) if claimed else None,
        )
        for path in files
    ]
    received = []
    for path, future in zip(files, futures, strict=True):
        try:
            received.append(future.result())
        except FileNotFoundError:
            get_run_logger().warning("%s vanished before it was read: skipped", path.name)
    return received


def chain(settings: Settings) -> list[Callable[[Job, Result], PrefectFuture[Any]]]:
    """The stages each new document goes through, as submitters of their tasks."""

    def parsing(job: Job, _: Result) -> PrefectFuture[Any]:
        return parse.submit(job.arrival, settings=settings)

    def extracting(job: Job, pdf: Result) -> PrefectFuture[Any]:
        return extract.submit(unwalked(_expect(ParsedPdf, pdf, job)), settings=settings)

    def checking(job: Job, disclosure: Result) -> PrefectFuture[Any]:
        return check.submit(
            unwalked(_expect(Disclosure, disclosure, job)),
            platform=job.arrival.platform,
            settings=settings,
        )

    return [parsing, extracting, checking]


def run_ingest(
    paths: Sequence[Path], *, settings: Settings, retry: bool = False
) -> list[FileOutcome]:
    """Run the ingest flow on `paths` in this process: one outcome per candidate file.

    Outcomes come in the order of `find_candidates(paths)`; each is also logged as it is
    stored, with the outcome as the record's `outcome` attribute (a progress bar listens).
    """
    return ingest(
        [str(path) for path in paths],
        db=str(settings.db),
        platform=settings.platform,
        settings=settings,
        retry=retry,
    )


def run_name() -> str:
    """Runs are named by their inputs: `default: plan.pdf +4 → disclosure.duckdb`."""
    parameters = flow_run.parameters
    paths = [Path(path).name for path in parameters["paths"]]
    more = f" +{len(paths) - 1}" if len(paths) > 1 else ""
    first = paths[0] if paths else "nothing"
    return f"{parameters['platform']}: {first}{more} → {Path(parameters['db']).name}"


def platform_of(path: Path, *, settings: Settings, claimed: bool) -> str:
    """The platform a file came from: its inbox subfolder's when claimed, else the run's."""
    return claimed_platform(path, default=settings.platform) if claimed else settings.platform


def announce(outcome: FileOutcome) -> FileOutcome:
    """Log the outcome (a listener finds it as the record's `outcome`) and return it."""
    detail = outcome.reason or f"{outcome.doc_kind}, {outcome.page_count} page(s)"
    get_run_logger().info(
        "%s: %s (%s)", outcome.file_name, outcome.outcome, detail, extra={"outcome": outcome}
    )
    return outcome


def unwalked(value: T) -> T:
    """`value`, marked so that Prefect hands it to a task without walking all its fields."""
    # A ParsedPdf holds every text run of every page; walking it costs ~10% of extraction.
    return cast(T, quote(value))


def _expect(kind: type[T], value: object, job: Job) -> T:
    """`value`, which the stage before must have made a `kind`."""
    if not isinstance(value, kind):
        raise TypeError(f"{job.arrival.file_name}: a {type(value).__name__}, not a {kind}")
    return value


def _is_io_error(state: State[Any]) -> bool:
    """Whether a task run failed on an I/O error worth retrying (not a vanished file)."""
    try:
        state.result()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return False
