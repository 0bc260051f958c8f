"""The concurrency machinery under the ingest flow, kept out of its way.

Jobs go through a chain of stages (parse, extract, check), each submitted as a Prefect task
once the stage before it finished, so no thread ever sits waiting on another task. At most
`window` jobs are in flight, so a 10,000-file inbox holds a handful of parsed documents in
memory, not all of them. Results come back as they finish, in the caller's thread, so the one
writer stores them one at a time; while it waits, `idle` runs (the writer publishes what it
stored within its bounded delay). Jobs with nothing to process come first; jobs repeating a
content come last, after the content itself was stored. A stage that raises (a bug) fails its
own job only: the others go on, and the caller re-raises once they are stored (`reraise`).
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from prefect.futures import PrefectFuture

from flows.stages import Job, Result
from schemas import Rejection

DEFAULT_TICK_SECONDS = 1.0
"""How often `idle` runs while no stage finishes."""

Stage = Callable[[Job, Result], PrefectFuture[Any]]
"""Submits one stage of a job, given the stage before's result."""


@dataclass(frozen=True)
class Failed:
    """A job a stage raised on: nothing to store, the file stays where it is."""

    error: Exception


def run_stages(
    jobs: Sequence[Job],
    stages: Sequence[Stage],
    *,
    window: int,
    idle: Callable[[], object],
    tick: float = DEFAULT_TICK_SECONDS,
) -> Iterator[tuple[Job, Result | Failed]]:
    """Each job with its last stage's result (or its rejection), as the stages finish.

    A stage's `Rejection` ends its job early. A stage that raises (a bug) ends its job with
    `Failed`, and so do the jobs repeating its content.
    """
    for job in jobs:
        if job.action == "reject":
            yield job, job.rejection
    todo = iter([job for job in jobs if job.action == "process"])
    finished: queue.SimpleQueue[tuple[PrefectFuture[Any], Job, int]] = queue.SimpleQueue()
    in_flight = 0
    failed: dict[str, Failed] = {}

    def submit(job: Job, result: Result, index: int) -> None:
        future = stages[index](job, result)
        future.add_done_callback(lambda done: finished.put((done, job, index)))

    while True:
        while in_flight < window and (start := next(todo, None)) is not None:
            submit(start, None, 0)
            in_flight += 1
        if in_flight == 0:
            break
        try:
            future, job, index = finished.get(timeout=tick)
        except queue.Empty:
            idle()
            continue
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - a bug fails its job; `reraise` raises it
            result = failed[job.arrival.doc_id] = Failed(exc)
        if index + 1 < len(stages) and not isinstance(result, Rejection | Failed):
            submit(job, result, index + 1)
            continue
        in_flight -= 1
        yield job, result
    for job in jobs:
        if job.action == "repeat":
            yield job, failed.get(job.arrival.doc_id)


def reraise(failures: Sequence[tuple[Job, Failed]]) -> None:
    """Raise the first job's error, noting every file left unstored, if any job failed."""
    if not failures:
        return
    names = ", ".join(sorted(job.arrival.file_name for job, _ in failures))
    error = failures[0][1].error
    error.add_note(
        f"{len(failures)} file(s) not stored, as a stage raised on them: {names}. Every other "
        "file's outcome is stored; these are tried again by the next run."
    )
    raise error
