"""The per-document time budget: parse and extract in worker processes killed when time runs out.

A pathological PDF can keep pdfminer or pdfium busy for ever, and a thread cannot be stopped,
so the parse runs in a pebble process pool: on timeout pebble kills that worker and starts a
fresh one. Extraction runs in the same pool, so spaCy uses every core while the flow's process
only orchestrates and loads; each worker builds its `nlp` object once, as it starts
(`warm_worker`, as soon as the pool is created), and keeps it for its
`DEFAULT_TASKS_PER_WORKER` tasks. Workers are spawned, not forked, because the parent runs
Prefect's threads and forking a threaded process can deadlock the child. One pool per process,
created on first use and stopped at exit.

Inside the worker only `extractors` runs (`read_pdf`, `extract_disclosure`): the functions are
pickled by reference, so the worker imports `extractors`, never Prefect.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

import pebble

import extractors
from schemas import Disclosure, ParsedPdf, Settings
from schemas.errors import CorruptPdf, ParseTimeout

DEFAULT_WORKERS = 2
DEFAULT_TASKS_PER_WORKER = 400
"""A worker is replaced after this many tasks (a parse or an extraction each), so a parser leak
cannot grow for ever; often enough is rare enough not to reload spaCy (~1 s) too often."""

T = TypeVar("T")
logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pool: pebble.ProcessPool | None = None


def read_pdf_within_budget(
    data: bytes, *, doc_id: str, file_name: str, settings: Settings
) -> ParsedPdf:
    """`extractors.read_pdf` in a worker process, within a budget that grows with its pages."""
    pages = extractors.count_pages(data, file_name=file_name)
    return call_within_budget(
        extractors.read_pdf,
        budget=settings.parse_budget(pages),
        file_name=file_name,
        workers=settings.workers,
        model=settings.spacy_model,
        kwargs={
            "data": data,
            "doc_id": doc_id,
            "file_name": file_name,
            "max_pages": settings.max_pages,
            "min_text_chars": settings.min_text_chars,
        },
    )


def extract_within_budget(pdf: ParsedPdf, *, settings: Settings) -> Disclosure:
    """`extractors.extract_disclosure` in a worker process, within the document's budget."""
    return call_within_budget(
        extract_in_worker,
        budget=settings.parse_budget(len(pdf.pages)),
        file_name=pdf.file_name,
        workers=settings.workers,
        model=settings.spacy_model,
        kwargs={"pdf": pdf, "model": settings.spacy_model, "batch_size": settings.nlp_batch_size},
    )


def extract_in_worker(**kwargs: Any) -> Disclosure:
    """`extractors.extract_disclosure(**kwargs)`, scheduled by this name so that the flow's
    process, which only pickles a reference to it, never imports spaCy (~3 s)."""
    return extractors.extract_disclosure(**kwargs)


def warm_worker(model: str) -> None:
    """Build the English `nlp` object as a worker starts, so no document waits for it."""
    try:
        extractors.load_nlp("en", model)
    except OSError:
        # A model that is not installed fails the first extraction, loudly, as the bug it is.
        logger.warning("cannot preload spaCy model %r", model)


def call_within_budget(
    function: Callable[..., T],
    *,
    budget: float,
    file_name: str,
    workers: int = DEFAULT_WORKERS,
    model: str | None = None,
    kwargs: dict[str, Any] | None = None,
) -> T:
    """`function(**kwargs)` in a worker process, killed after `budget` seconds of running.

    Raises `ParseTimeout` when the budget runs out and `CorruptPdf` when the worker dies (a
    crash in native parser code); a `BadInputError` raised in the worker re-raises as itself,
    and any other exception propagates as the bug it is. `function` must be importable by
    name (a module-level function), since the worker is a fresh interpreter.
    """
    future = pool(workers=workers, model=model).schedule(
        function, kwargs=kwargs or {}, timeout=budget
    )
    try:
        return future.result()
    except FutureTimeout as exc:
        raise ParseTimeout(
            f"parsing took longer than the {budget:g} s budget; the worker was stopped",
            file_name=file_name,
        ) from exc
    except pebble.ProcessExpired as exc:
        raise CorruptPdf(
            f"the parser process died (exit code {exc.exitcode}) while reading it",
            file_name=file_name,
        ) from exc


def pool(*, workers: int = DEFAULT_WORKERS, model: str | None = None) -> pebble.ProcessPool:
    """This process's worker pool, started on first use with `workers` processes.

    `workers` and `model` (the spaCy pipeline each worker preloads) count only when the pool
    starts; later calls share the running pool.
    """
    global _pool
    with _lock:
        if _pool is None or not _pool.active:
            _pool = pebble.ProcessPool(
                max_workers=workers,
                max_tasks=DEFAULT_TASKS_PER_WORKER,
                initializer=None if model is None else warm_worker,
                initargs=() if model is None else (model,),
                context=multiprocessing.get_context("spawn"),
            )
            _pool.schedule(os.getpid)  # pebble starts its workers on the first task, not here
            logger.debug("started a parser pool of %d spawned processes", workers)
        return _pool


def shutdown() -> None:
    """Stop the parser pool, if one runs; the next parse starts a new one."""
    global _pool
    with _lock:
        if _pool is None:
            return
        _pool.stop()
        _pool.join()
        _pool = None


atexit.register(shutdown)
