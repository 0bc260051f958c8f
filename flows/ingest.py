"""The ingest flow: every candidate file ends as a receipt: loaded, duplicate or rejected.

    receive ──► new? ──► parse (worker process, time budget) ──► extract ──► validate ──► store
       │          └─ same content seen before: duplicate ──────────────────────────────► store
       └─ empty / not a PDF / too large: rejected ─────────────────────────────────────► store

Each stage is a plain function that runs without Prefect (`process_file` chains them for one
file); parse and extract are also Prefect tasks, one run each per document (receiving is a
plain call: a task per file cost ~40 ms of API calls, a third of a run). Parses run ahead,
several at a time (threads waiting on parser processes), while extraction, validation and
storing run one document at a time in the flow's own thread: the `nlp` object and the working
database never see two callers, and one connection serves the whole run. Bad input is data
(a `Rejection`); anything else raises.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote
from pydantic import BaseModel, ConfigDict

import extractors
import warehouse
from flows.budget import read_pdf_within_budget
from flows.discover import find_candidates
from flows.similarity import check_similarity, recheck_similarity
from schemas import Arrival, Disclosure, FileOutcome, ParsedPdf, Rejection, Settings
from schemas.errors import BadInputError, CorruptPdf, TooLarge

DEFAULT_READ_CHUNK = 1024 * 1024
DEFAULT_THREADS = 8
DEFAULT_AHEAD_PER_WORKER = 2
"""Documents parsed ahead per parser process, so parsers never wait on extraction."""

T = TypeVar("T")
F = TypeVar("F")
OutcomeListener = Callable[[FileOutcome], None]
_listener: ContextVar[OutcomeListener | None] = ContextVar("outcome_listener", default=None)


class Received(BaseModel):
    """A file as received: its arrival, and its rejection when the cheap checks failed."""

    model_config = ConfigDict(frozen=True)

    arrival: Arrival
    rejection: Rejection | None = None


class Job(BaseModel):
    """An arrival and what the flow does with it."""

    model_config = ConfigDict(frozen=True)

    arrival: Arrival
    action: Literal["process", "duplicate", "reject"]
    rejection: Rejection | None = None
    original: str | None = None


def receive_file(path: Path, *, platform: str, max_bytes: int) -> Received:
    """Hash the file's bytes into an `Arrival` and run the checks that need no parser."""
    name, size = path.name, path.stat().st_size
    error: BadInputError | None
    if size > max_bytes:  # hash it without holding it in memory: it will not be parsed
        doc_id = _hash_file(path)
        error = TooLarge(f"{size:,} bytes is over the {max_bytes:,} byte limit", file_name=name)
    else:
        data = path.read_bytes()
        doc_id, size, error = hashlib.sha256(data).hexdigest(), len(data), None
        try:
            extractors.check_bytes(data, file_name=name, max_bytes=max_bytes)
        except BadInputError as exc:
            error = exc
    arrival = Arrival(
        path=str(path.absolute()),
        file_name=name,
        platform=platform,
        doc_id=doc_id,
        size_bytes=size,
        received_at=dt.datetime.now(dt.UTC),
    )
    return Received(arrival=arrival, rejection=rejection_for(error) if error else None)


def plan_jobs(received: Iterable[Received], *, known: Mapping[str, str]) -> list[Job]:
    """Process each content once: content already stored, or met earlier here, is a duplicate."""
    first_names: dict[str, str] = {}
    jobs = []
    for item in received:
        arrival = item.arrival
        if arrival.doc_id in known or arrival.doc_id in first_names:
            original = first_names.get(arrival.doc_id)  # None: the warehouse knows the name
            jobs.append(Job(arrival=arrival, action="duplicate", original=original))
            continue
        first_names[arrival.doc_id] = arrival.file_name
        action = "reject" if item.rejection else "process"
        jobs.append(Job(arrival=arrival, action=action, rejection=item.rejection))
    return jobs


def parse_file(arrival: Arrival, *, settings: Settings) -> ParsedPdf | Rejection:
    """The arrival's PDF parsed within the time budget, or why it cannot be."""
    data = Path(arrival.path).read_bytes()
    try:
        if hashlib.sha256(data).hexdigest() != arrival.doc_id:
            raise CorruptPdf(
                "the file changed while it was being read", file_name=arrival.file_name
            )
        return read_pdf_within_budget(
            data, doc_id=arrival.doc_id, file_name=arrival.file_name, settings=settings
        )
    except BadInputError as exc:
        return rejection_for(exc)


def extract_file(pdf: ParsedPdf, *, settings: Settings) -> Disclosure:
    """What the parsed document discloses (spaCy runs here, in this process)."""
    return extractors.extract_disclosure(
        pdf, model=settings.spacy_model, batch_size=settings.nlp_batch_size
    )


def validate_disclosure(disclosure: Disclosure) -> Disclosure:
    """Re-validate every field before loading; a failure here is an extractor bug and raises."""
    return Disclosure.model_validate(disclosure.model_dump())


def process_file(path: Path, *, platform: str, settings: Settings) -> Disclosure | Rejection:
    """One file through every stage but the warehouse, without Prefect (tests, benchmarks)."""
    received = receive_file(path, platform=platform, max_bytes=settings.max_bytes)
    if received.rejection is not None:
        return received.rejection
    parsed = parse_file(received.arrival, settings=settings)
    if isinstance(parsed, Rejection):
        return parsed
    return validate_disclosure(extract_file(parsed, settings=settings))


def store_outcome(
    con: duckdb.DuckDBPyConnection,
    job: Job,
    result: Disclosure | Rejection | None,
    *,
    flow_run_id: str | None,
) -> FileOutcome:
    """Store what became of `job` (one transaction) and say what it was."""
    arrival = job.arrival
    outcome = FileOutcome(file_name=arrival.file_name, doc_id=arrival.doc_id, outcome="duplicate")
    if job.action == "duplicate":
        reason = warehouse.record_duplicate(con, arrival=arrival, original_file_name=job.original)
        return outcome.model_copy(update={"reason": reason})
    if isinstance(result, Rejection):
        warehouse.record_rejection(con, arrival=arrival, rejection=result, flow_run_id=flow_run_id)
        return outcome.model_copy(update={"outcome": "rejected", "reason": result.reason})
    if not isinstance(result, Disclosure):
        raise TypeError(f"{arrival.file_name}: nothing to store for a {job.action} job")
    # Rules (`findings`) slot in here: evaluate `result` and pass them as `findings=`.
    warehouse.upsert_disclosure(con, arrival=arrival, disclosure=result, flow_run_id=flow_run_id)
    update = {"doc_kind": result.doc_kind, "page_count": result.page_count}
    return outcome.model_copy(update={"outcome": "loaded", "figures": len(result.figures)} | update)


def rejection_for(error: BadInputError) -> Rejection:
    """The recorded form of a bad-input error."""
    return Rejection(reason=error.reason, detail=str(error))


def ahead(items: Iterable[T], start: Callable[[T], F], *, window: int) -> Iterator[tuple[T, F]]:
    """Pair each item with `start(item)`, started up to `window` items before it is yielded."""
    started: deque[tuple[T, F]] = deque()
    for item in items:
        started.append((item, start(item)))
        if len(started) > window:
            yield started.popleft()
    yield from started


def _hash_file(path: Path) -> str:
    """sha256 of a file read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(DEFAULT_READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# Prefect wrappers: plain values in and out; big models are quoted so Prefect does not walk them.
parse = task(name="parse", task_run_name="parse {arrival.file_name}", cache_policy=NO_CACHE)(
    parse_file
)
extract = task(name="extract", task_run_name="extract {pdf.file_name}", cache_policy=NO_CACHE)(
    extract_file
)


def run_name() -> str:
    """Runs are named by their inputs: `default: plan.pdf +4 → disclosure.duckdb`."""
    parameters = flow_run.parameters
    paths = [Path(path).name for path in parameters["paths"]]
    more = f" +{len(paths) - 1}" if len(paths) > 1 else ""
    first = paths[0] if paths else "nothing"
    return f"{parameters['platform']}: {first}{more} → {Path(parameters['db']).name}"


# Prefect types task runners as invariant in their future type, so a thread pool is not a
# `TaskRunner[PrefectFuture]` to mypy, though it is exactly what `@flow` documents.
PARSE_THREADS: Any = ThreadPoolTaskRunner(max_workers=DEFAULT_THREADS)


@flow(name="ingest", flow_run_name=run_name, task_runner=PARSE_THREADS)
def ingest(
    paths: list[str], db: str, platform: str, settings: Settings | None = None
) -> list[FileOutcome]:
    """Receive every candidate file under `paths`; parse, extract and load each new content."""
    settings = (settings or Settings()).model_copy(update={"db": Path(db), "platform": platform})
    files = find_candidates([Path(path) for path in paths])
    # Hashing is cheap; as a task per file it cost ~40 ms of API calls each, a third of a run.
    received = [
        receive_file(path, platform=platform, max_bytes=settings.max_bytes) for path in files
    ]
    outcomes = []
    # Stored in this thread over one connection: a task per load would cost a connection each.
    with warehouse.writer(db) as work, warehouse.connect(work) as con:
        known = warehouse.known_documents(con, (r.arrival.doc_id for r in received))
        jobs = plan_jobs(received, known=known)
        window = DEFAULT_AHEAD_PER_WORKER * settings.workers
        for job, parsing in ahead(jobs, partial(_start_parse, settings=settings), window=window):
            result: ParsedPdf | Disclosure | Rejection | None = job.rejection
            if parsing is not None:
                result = parsing.result()
            if isinstance(result, ParsedPdf):
                result = validate_disclosure(extract(unwalked(result), settings=settings))
            outcomes.append(store_outcome(con, job, result, flow_run_id=flow_run.id))
            if isinstance(result, Disclosure):  # after loading: what it copies (issue 8)
                check_similarity(work, unwalked(result), arrival=job.arrival, settings=settings)
            _announce(outcomes[-1])
        recheck_similarity(work, outcomes, settings=settings)
    return outcomes


def run_ingest(
    paths: Sequence[Path], *, settings: Settings, on_outcome: OutcomeListener | None = None
) -> list[FileOutcome]:
    """Run the ingest flow on `paths` in this process; `on_outcome` hears each file's outcome.

    Outcomes come in the order of `find_candidates(paths)`, one per candidate file.
    """
    token = _listener.set(on_outcome)
    try:
        return ingest(
            [str(path) for path in paths],
            db=str(settings.db),
            platform=settings.platform,
            settings=settings,
        )
    finally:
        _listener.reset(token)


def unwalked(value: T) -> T:
    """`value`, marked so that Prefect hands it to a task without walking all its fields."""
    # A ParsedPdf holds every text run of every page; walking it costs ~10% of extraction.
    return cast(T, quote(value))


def _start_parse(job: Job, *, settings: Settings) -> PrefectFuture[ParsedPdf | Rejection] | None:
    """Submit the parse of a job to process; others need no parse."""
    if job.action != "process":
        return None
    return parse.submit(job.arrival, settings=settings)


def _announce(outcome: FileOutcome) -> None:
    """Log the outcome and tell the caller's listener, if any."""
    detail = outcome.reason or f"{outcome.doc_kind}, {outcome.page_count} page(s)"
    get_run_logger().info("%s: %s (%s)", outcome.file_name, outcome.outcome, detail)
    listener = _listener.get()
    if listener is not None:
        listener(outcome)
