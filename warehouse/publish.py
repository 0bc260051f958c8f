"""Write beside the published warehouse, then swap the published file atomically.

Reviewers may hold the published file open read-only for as long as they like, and DuckDB will
not open a file read-write while another process reads it. So a writer never opens the published
file: it works on a private copy beside it and, when done, replaces the published file with a
copy of its work through `os.replace`. A reader that already had the old file open keeps reading
the old inode; new readers see the new file. (Within one process DuckDB hands a new connection
the database instance an open one already holds, so a process that keeps a connection to the
published file open keeps seeing the old file until it closes every such connection.)

    <folder>/disclosure.duckdb                  published: reviewers read it
    <folder>/disclosure.duckdb.lock             held by the one writer at a time
    <folder>/.disclosure.duckdb.work.duckdb     the writer's working database
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import filelock

from schemas import WarehouseError
from warehouse.connection import connect

DEFAULT_LOCK_TIMEOUT = -1.0
"""Seconds a writer waits for another writer to finish; negative waits for ever."""

logger = logging.getLogger(__name__)


def lock_path(db: Path) -> Path:
    """The lock file that serialises writers of `db`."""
    return db.with_name(f"{db.name}.lock")


def work_path(db: Path) -> Path:
    """The private working database of `db`'s writer."""
    return db.with_name(f".{db.name}.work.duckdb")


@contextmanager
def writer(db: str | Path, *, timeout: float = DEFAULT_LOCK_TIMEOUT) -> Iterator[Path]:
    """Hold the write lock of `db` and yield the working database to write; publish on exit.

    Open the yielded path with `warehouse.connect()` and close every connection to it before the
    block ends (`with connect(path) as con:` does). What was committed is published even when the
    block raises. Writers in other processes wait for the lock (up to `timeout` seconds).
    """
    published = Path(db)
    lock = filelock.FileLock(lock_path(published), timeout=timeout)
    try:
        lock.acquire()
    except (filelock.Timeout, OSError) as exc:
        raise WarehouseError(f"{published}: cannot take the writer lock: {exc}") from exc
    try:
        work = prepare_work(published)
        try:
            yield work
        finally:
            publish(work, published)
    finally:
        lock.release()


def prepare_work(db: Path) -> Path:
    """The working database of `db`, re-seeded from `db` unless it is what was last published."""
    work = work_path(db)
    if _same_file_state(work, db):
        return work
    # A work file that differs from the published one holds nothing published (a crash, or
    # someone replaced or removed `db`): the published file is the truth, so start from it.
    try:
        work.unlink(missing_ok=True)
        _wal(work).unlink(missing_ok=True)
        if db.exists():
            shutil.copy2(db, work)
    except OSError as exc:
        raise WarehouseError(f"{db}: cannot prepare the working copy {work}: {exc}") from exc
    if not work.exists():
        connect(work).close()
    return work


def publish(work: Path, db: Path) -> None:
    """Atomically replace `db` with a durable copy of the closed working database `work`."""
    _ensure_closed(work)
    handle, name = tempfile.mkstemp(prefix=f".{db.name}.", suffix=".tmp", dir=db.parent)
    tmp = Path(name)
    try:
        with os.fdopen(handle, "wb") as out, work.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        shutil.copystat(work, tmp)
        # os.replace: atomic on POSIX, and a reader holding the old file keeps its inode.
        tmp.replace(db)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WarehouseError(f"{db}: cannot publish {work}: {exc}") from exc
    _fsync_folder(db.parent)
    logger.info("published %s", db)


def _ensure_closed(work: Path) -> None:
    """Fail unless every connection to `work` is closed and its WAL folded into the file."""
    # In one process a read-only connection cannot join an open read-write one, so this open
    # fails exactly when the caller left a connection to the working database open.
    try:
        duckdb.connect(str(work), read_only=True).close()
    except duckdb.Error as exc:
        raise WarehouseError(
            f"{work}: cannot reopen the working database to publish it; is a connection to it "
            f"still open? Close it before leaving warehouse.writer(). ({exc})"
        ) from exc
    if _wal(work).exists():
        # Left by a process that died mid-write; a read-write open replays it and a checkpoint
        # writes it into the file we copy.
        with duckdb.connect(str(work)) as con:
            con.execute("CHECKPOINT")


def _same_file_state(work: Path, db: Path) -> bool:
    """Whether `work` still is what was last published as `db` (same size and mtime)."""
    if not (work.exists() and db.exists()):
        return False
    work_stat, db_stat = work.stat(), db.stat()
    return (work_stat.st_size, work_stat.st_mtime_ns) == (db_stat.st_size, db_stat.st_mtime_ns)


def _wal(path: Path) -> Path:
    """DuckDB's write-ahead log beside `path`."""
    return path.with_name(f"{path.name}.wal")


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX only; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
