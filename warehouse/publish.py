"""Write beside the published warehouse, then publish what changed without blocking readers.

Reviewers may hold the published file open read-only for as long as they like, and DuckDB will
not open a file read-write while another process reads it. So a writer never opens the published
file: it works on a private database beside it and publishes its changes as Parquet parts, then
swaps in a new published file of views over every part through `os.replace`
(`warehouse.parts`): when the block ends and, inside a long block, at most every
`publish_seconds` (`Writer.publish_due`). A publish costs the documents stored since the last
one, not the warehouse's size. A reader that already had the old file open keeps its views (and
the parts they name stay on disk for a day); new readers see the new file. (Within one process
DuckDB hands a new connection the database instance an open one already holds, so a process
that keeps a connection to the published file open keeps seeing the old file until it closes
every such connection.)

The working database is the writer's truth: what it committed survives a crash (DuckDB's WAL)
and the next writer publishes it, as long as the published file is still of the same warehouse
(`_lineage`). A warehouse is published as soon as it is created, so a missing published file
means someone removed it: the next writer starts afresh. A published file of another warehouse
(restored from a backup, or the working database was removed) is the truth: the next writer
rebuilds its working database from it.

    <folder>/disclosure.duckdb                  published: views reviewers read
    <folder>/disclosure.duckdb.parts/           the Parquet parts the views read
    <folder>/disclosure.duckdb.lock             held by the one writer at a time
    <folder>/.disclosure.duckdb.work.duckdb     the writer's working database
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import filelock

from schemas import WarehouseError
from warehouse.connection import connect
from warehouse.parts import DEFAULT_KEEP_SECONDS, publish_parts

DEFAULT_LOCK_TIMEOUT = -1.0
"""Seconds a writer waits for another writer to finish; negative waits for ever."""
REBUILT_APART = frozenset({"_migrations", "_parts", "_unpublished"})
"""Tables a rebuilt working database keeps its own of (its first publish writes every part)."""
DEFAULT_PUBLISH_SECONDS = 5.0
"""Longest a stored outcome waits to be published inside a long block (`Writer.publish_due`)."""

logger = logging.getLogger(__name__)


def lock_path(db: Path) -> Path:
    """The lock file that serialises writers of `db`."""
    return db.with_name(f"{db.name}.lock")


def work_path(db: Path) -> Path:
    """The private working database of `db`'s writer."""
    return db.with_name(f".{db.name}.work.duckdb")


@dataclass
class Writer:
    """The one writer of `db`: its working database, and when it last published it.

    Between publishes the writer keeps the working database open (`hold`), so that each
    `connect(work)` in the block joins that open instance: opening the file anew, and the
    checkpoint DuckDB runs when its last connection closes, cost more than storing a document.
    """

    db: Path
    work: Path
    publish_seconds: float = DEFAULT_PUBLISH_SECONDS
    keep_seconds: float = DEFAULT_KEEP_SECONDS
    published_at: float = field(default_factory=time.monotonic)
    published_state: tuple[int, int] | None = None
    held: duckdb.DuckDBPyConnection | None = field(default=None, repr=False)

    def hold(self) -> None:
        """Keep the working database open until `release` (commits stay durable: DuckDB's WAL)."""
        if self.held is None:
            self.held = duckdb.connect(str(self.work))

    def release(self) -> None:
        """Close the connection `hold` keeps (the working database is checkpointed if it was
        the last one)."""
        if self.held is not None:
            self.held.close()
            self.held = None

    def publish_due(self) -> bool:
        """Publish the work if it changed and `publish_seconds` passed since the last time.

        Call it with every connection to `work` closed; returns whether it published.
        """
        if time.monotonic() - self.published_at < self.publish_seconds:
            return False
        return self.publish()

    def publish(self) -> bool:
        """Publish the work now, unless it is what was last published; whether it published.

        The connection `hold` keeps is closed for it and opened again after.
        """
        held = self.held is not None
        self.release()
        try:
            _ensure_closed(self.work)  # folds a WAL into the file: its state tells every change
            state = _file_state(self.work)
            if state == self.published_state:
                return False
            publish(self.work, self.db, keep_seconds=self.keep_seconds)
            self.published_at, self.published_state = time.monotonic(), _file_state(self.work)
            return True
        finally:
            if held:
                self.hold()


@contextmanager
def writer(
    db: str | Path,
    *,
    timeout: float = DEFAULT_LOCK_TIMEOUT,
    publish_seconds: float = DEFAULT_PUBLISH_SECONDS,
    keep_seconds: float = DEFAULT_KEEP_SECONDS,
) -> Iterator[Writer]:
    """Hold the write lock of `db` and yield its `Writer`; publish the work on exit.

    Open `Writer.work` with `warehouse.connect()` and close every connection to it before the
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
        # A resumed working copy may hold commits a killed writer never published.
        state = _file_state(work) if _file_state(work) == _file_state(published) else None
        handle = Writer(
            published,
            work,
            publish_seconds=publish_seconds,
            keep_seconds=keep_seconds,
            published_state=state,
        )
        try:
            handle.hold()
            yield handle
        finally:
            handle.release()
            handle.publish()
    finally:
        lock.release()


def prepare_work(db: Path) -> Path:
    """The working database of `db`: resumed when it is of the same warehouse, else re-seeded."""
    work = work_path(db)
    _remove_stale_copies(db)
    if not db.exists():
        _reset(work)
        connect(work).close()
        publish(work, db)  # published at once: a missing file later means someone removed it
        return work
    published = lineage(db)
    if work.exists() and _resumable(work, db, published):
        return work
    # The published file is of another warehouse (replaced, or restored from elsewhere): it is
    # the truth, so start from it.
    _reset(work)
    rebuild(work, db)
    return work


def rebuild(work: Path, db: Path) -> None:
    """Fill a new working database with every table the published file `db` shows."""
    with connect(work) as con:
        found = con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        tables = {name for (name,) in found}
        con.execute(f"ATTACH '{_quoted(db)}' AS published (READ_ONLY)")
        shown = con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_catalog = 'published'"
        ).fetchall()
        for (name,) in shown:
            if name in tables and name not in REBUILT_APART:
                con.execute(f'DELETE FROM "{name}"')
                con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM published."{name}"')
        con.execute("DETACH published")


def lineage(path: Path) -> str | None:
    """The id of the warehouse `path` holds (None before migration 0006); raises if not DuckDB."""
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            found = con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = '_lineage'"
            ).fetchone()
            if not found or not found[0]:
                return None
            row = con.execute("SELECT lineage_id FROM _lineage").fetchone()
    except duckdb.Error as exc:
        raise WarehouseError(f"{path} is not a readable DuckDB warehouse: {exc}") from exc
    return row[0] if row else None


def publish(work: Path, db: Path, *, keep_seconds: float = DEFAULT_KEEP_SECONDS) -> None:
    """Publish what the closed working database `work` stored since the last publish as `db`."""
    _ensure_closed(work)
    publish_parts(work, db, keep_seconds=keep_seconds)


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


def _resumable(work: Path, db: Path, published: str | None) -> bool:
    """Whether `work` is the working copy of the warehouse published as `db`."""
    if published is not None:
        try:
            return lineage(work) == published
        except WarehouseError:
            return False  # a torn working copy: the published file is the truth
    # A warehouse from before lineage: only a copy identical to the published file is safe.
    return _file_state(work) == _file_state(db)


def _file_state(path: Path) -> tuple[int, int] | None:
    """A file's size and mtime, or None when it does not exist."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _reset(work: Path) -> None:
    """Remove a working database and its WAL."""
    try:
        work.unlink(missing_ok=True)
        _wal(work).unlink(missing_ok=True)
    except OSError as exc:
        raise WarehouseError(f"cannot remove the working copy {work}: {exc}") from exc


def _remove_stale_copies(db: Path) -> None:
    """Remove half-written publish copies a killed writer left (we hold the lock)."""
    for stale in db.parent.glob(f".{db.name}.*.tmp"):
        stale.unlink(missing_ok=True)


def _quoted(path: Path) -> str:
    """`path` for inside a single-quoted SQL string."""
    return str(path.absolute()).replace("'", "''")


def _wal(path: Path) -> Path:
    """DuckDB's write-ahead log beside `path`."""
    return path.with_name(f"{path.name}.wal")
