"""The per-document time budget: parse in a worker process that is killed when time runs out.

A pathological PDF can keep pdfminer or pdfium busy for ever, and a thread cannot be stopped,
so the parse runs in a pebble process pool: on timeout pebble kills that worker and starts a
fresh one. Workers are spawned, not forked, because the parent runs Prefect's threads and
forking a threaded process can deadlock the child. One pool per process, created on first use
and stopped at exit.

Inside the worker only the parser runs (`extractors.read_pdf`): the function is pickled by
reference, so the worker imports `extractors`, never `flows` or Prefect.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

import pebble

import extractors
from schemas import ParsedPdf, Settings
from schemas.errors import CorruptPdf, ParseTimeout

DEFAULT_WORKERS = 2
DEFAULT_TASKS_PER_WORKER = 100
"""A worker is replaced after this many documents, so a parser leak cannot grow for ever."""

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
        kwargs={
            "data": data,
            "doc_id": doc_id,
            "file_name": file_name,
            "max_pages": settings.max_pages,
            "min_text_chars": settings.min_text_chars,
        },
    )


def call_within_budget(
    function: Callable[..., T],
    *,
    budget: float,
    file_name: str,
    workers: int = DEFAULT_WORKERS,
    kwargs: dict[str, Any] | None = None,
) -> T:
    """`function(**kwargs)` in a worker process, killed after `budget` seconds of running.

    Raises `ParseTimeout` when the budget runs out and `CorruptPdf` when the worker dies (a
    crash in native parser code); a `BadInputError` raised in the worker re-raises as itself,
    and any other exception propagates as the bug it is. `function` must be importable by
    name (a module-level function), since the worker is a fresh interpreter.
    """
    future = pool(workers=workers).schedule(function, kwargs=kwargs or {}, timeout=budget)
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


def pool(*, workers: int = DEFAULT_WORKERS) -> pebble.ProcessPool:
    """This process's parser pool, started on first use with `workers` processes.

    `workers` counts only when the pool starts; later calls share the running pool.
    """
    global _pool
    with _lock:
        if _pool is None or not _pool.active:
            _pool = pebble.ProcessPool(
                max_workers=workers,
                max_tasks=DEFAULT_TASKS_PER_WORKER,
                context=multiprocessing.get_context("spawn"),
            )
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
