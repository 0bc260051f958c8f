"""The concurrency machinery under the ingest flow, kept out of its way.

Jobs go through a chain of stages (parse, extract, check), each submitted as a Prefect task
once the stage before it finished, so no thread ever sits waiting on another task. At most
`window` jobs are in flight, so a 10,000-file inbox holds a handful of parsed documents in
memory, not all of them. Results come back as they finish, in the caller's thread, so the one
writer stores them one at a time; while it waits, `idle` runs (the writer publishes what it
stored within its bounded delay). Jobs with nothing to process come first; jobs repeating a
content come last, after the content itself was stored.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from prefect.futures import PrefectFuture

from flows.stages import Job, Result
from schemas import Rejection

DEFAULT_TICK_SECONDS = 1.0
"""How often `idle` runs while no stage finishes."""

Stage = Callable[[Job, Result], PrefectFuture[Any]]
"""Submits one stage of a job, given the stage before's result."""


def run_stages(
    jobs: Sequence[Job],
    stages: Sequence[Stage],
    *,
    window: int,
    idle: Callable[[], object],
    tick: float = DEFAULT_TICK_SECONDS,
) -> Iterator[tuple[Job, Result]]:
    """Each job with its last stage's result (or its rejection), as the stages finish.

    A stage's `Rejection` ends its job early. A stage that raises re-raises here (a bug).
    """
    for job in jobs:
        if job.action == "reject":
            yield job, job.rejection
    todo = iter([job for job in jobs if job.action == "process"])
    finished: queue.SimpleQueue[tuple[PrefectFuture[Any], Job, int]] = queue.SimpleQueue()
    in_flight = 0

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
        result = future.result()
        if index + 1 < len(stages) and not isinstance(result, Rejection):
            submit(job, result, index + 1)
            continue
        in_flight -= 1
        yield job, result
    for job in jobs:
        if job.action == "repeat":
            yield job, None
