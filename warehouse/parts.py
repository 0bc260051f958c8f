"""Publishing by parts: the published file is views over immutable Parquet parts beside it.

Copying the whole working database to publish it costs the warehouse's size per batch (~100 KB
per document stored, so ~1 GB per batch at 10,000 documents). Instead each publish writes, as
Parquet parts, only the rows of the documents stored since the last one (`_unpublished`, kept
in the same transaction as every store), and replaces the published file with a new one of a
few hundred KB that holds nothing but views over every live part:

    <folder>/disclosure.duckdb              views only: what reviewers open, read-only
    <folder>/disclosure.duckdb.parts/       parts: written once, never changed

Every row of a part carries `_seq`, the publish that wrote it. A publish writes, for each changed
document, all of its rows in every table, and always its `documents` row; so a document's rows
are those of the latest publish that wrote its `documents` row (`_latest`), and a reload that
dropped rows drops them from view too. Parts of a table merge `DEFAULT_FANOUT` at a time into a
part one level up (rows no longer in view left out), so a table has a few dozen parts, not one
per batch, and each row is rewritten about log₈(batches) times. A table with no `doc_id` (the
migration ledger, `_lineage`) is one part, rewritten when its content changes.

A reviewer's open connection keeps the views it opened with, so parts a merge replaced stay on
disk `keep_seconds` (a day) before they are deleted. The published file is written with an
older storage version (`READER_STORAGE_VERSION`), which the DuckDB CLI on the package registry
(1.5.x) can read; the views use absolute paths, so the parts folder stays beside the file (a
writer run in the new place re-points them).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb

from schemas import WarehouseError
from warehouse.load import transaction

PARTS_SUFFIX = ".parts"
SEQ = "_seq"
LATEST = "_latest"
DEFAULT_FANOUT = 8
DEFAULT_KEEP_SECONDS = 24 * 3600.0
READER_STORAGE_VERSION = "v1.2.0"
"""Oldest storage version with what we use; DuckDB 1.5.x (the registry's CLI) reads it."""
INTERNAL_TABLES = frozenset({"_parts", "_unpublished"})
"""The writer's own bookkeeping: never published."""

logger = logging.getLogger(__name__)


def parts_folder(db: Path) -> Path:
    """Where the parts of the warehouse published as `db` live."""
    return db.with_name(f"{db.name}{PARTS_SUFFIX}")


def publish_parts(work: Path, db: Path, *, keep_seconds: float = DEFAULT_KEEP_SECONDS) -> None:
    """Write what `work` stored since the last publish as parts; swap in views over them all.

    Call with every connection to `work` closed.
    """
    folder = parts_folder(db)
    folder.mkdir(exist_ok=True)
    with duckdb.connect(str(work)) as con:
        seq = _next_seq(con)
        rows = con.execute("SELECT doc_id FROM _unpublished").fetchall()
        changed = [doc_id for (doc_id,) in rows]
        with _staged(con, changed):
            added = [part for table in _tables(con) for part in _export(con, table, folder, seq)]
        with transaction(con):  # live at once: a crash before the swap leaves extra parts
            _record(con, added)
            _supersede(con, added)
        _merge_all(con, folder, seq)
        _write_views(con, db, folder)
        if changed:
            con.execute("DELETE FROM _unpublished WHERE list_contains(?, doc_id)", [changed])
        con.execute("CHECKPOINT")
        _collect(con, folder, keep_seconds=keep_seconds)
    logger.info("published %s: %d document(s), %d part(s)", db, len(changed), len(added))


def _next_seq(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM _parts").fetchone()
    return int(row[0]) if row else 1


@contextmanager
def _staged(con: duckdb.DuckDBPyConnection, changed: Sequence[str]) -> Iterator[None]:
    """The changed doc_ids as a temporary table `_changed`, for the exports to join."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _changed AS SELECT unnest(?::VARCHAR[]) AS doc_id",
        [list(changed)],
    )
    try:
        yield
    finally:
        con.execute("DROP TABLE IF EXISTS _changed")


def _tables(con: duckdb.DuckDBPyConnection) -> list[tuple[str, bool]]:
    """Each published base table of the working database, and whether it has a `doc_id`."""
    rows = con.execute(
        "SELECT t.table_name, bool_or(c.column_name = 'doc_id') FROM duckdb_tables() t "
        "JOIN duckdb_columns() c USING (database_name, schema_name, table_name) "
        "WHERE t.database_name = current_database() AND NOT t.temporary "
        "GROUP BY t.table_name ORDER BY t.table_name"
    ).fetchall()
    return [(name, keyed) for name, keyed in rows if name not in INTERNAL_TABLES]


Part = tuple[str, str, int, int, int, str | None]
"""A new part: table, file name, level, seq, rows, fingerprint (tables without `doc_id`)."""
BASE_LEVEL = 1000
"""The level of a whole-table export: never merged with the small parts."""


def _export(
    con: duckdb.DuckDBPyConnection, table: tuple[str, bool], folder: Path, seq: int
) -> list[Part]:
    """The parts this publish writes for `table`: its changed rows, or all of it when due."""
    name, keyed = table
    live = con.execute(
        "SELECT fingerprint FROM _parts WHERE table_name = ? AND superseded_at IS NULL", [name]
    ).fetchall()
    if keyed and live:
        query = (
            f'SELECT t.*, {seq}::BIGINT AS {SEQ} FROM "{name}" t SEMI JOIN _changed USING (doc_id)'
        )
        return _write_part(con, query, name=name, folder=folder, level=0, seq=seq, skip_empty=True)
    fingerprint = None if keyed else _fingerprint(con, name)
    if live and live[0][0] == fingerprint:
        return []
    query = f'SELECT t.*, {seq}::BIGINT AS {SEQ} FROM "{name}" t'
    return _write_part(
        con, query, name=name, folder=folder, level=BASE_LEVEL, seq=seq, fingerprint=fingerprint
    )


def _fingerprint(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """A hash of a small table's whole content."""
    row = con.execute(f'SELECT hash(list(t ORDER BY t))::VARCHAR FROM "{table}" t').fetchone()
    return str(row[0]) if row else ""


def _write_part(
    con: duckdb.DuckDBPyConnection,
    query: str,
    *,
    name: str,
    folder: Path,
    level: int,
    seq: int,
    skip_empty: bool = False,
    fingerprint: str | None = None,
) -> list[Part]:
    """Write `query`'s rows as one durable Parquet part; none when empty and `skip_empty`."""
    if skip_empty:
        found = con.execute(f"SELECT count(*) FROM ({query})").fetchone()
        if not found or not found[0]:
            return []
    file = f"{name}/{seq:09d}-{level}-{uuid.uuid4().hex[:8]}.parquet"
    path = folder / file
    path.parent.mkdir(exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    con.execute(f"COPY ({query}) TO '{_quoted(tmp)}' (FORMAT parquet)")
    _fsync(tmp)
    tmp.replace(path)
    rows = con.execute(f"SELECT count(*) FROM read_parquet('{_quoted(path)}')").fetchone()
    return [(name, file, level, seq, int(rows[0]) if rows else 0, fingerprint)]


def _record(con: duckdb.DuckDBPyConnection, parts: Sequence[Part]) -> None:
    """Add new parts to the manifest (they are live once the published views name them)."""
    now = _now()
    for name, file, level, seq, rows, fingerprint in parts:
        con.execute(
            "INSERT INTO _parts VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
            [name, file, level, seq, rows, fingerprint, now],
        )


def _merge_all(con: duckdb.DuckDBPyConnection, folder: Path, seq: int) -> list[Part]:
    """Merge every level that holds `DEFAULT_FANOUT` parts of a table; the merged parts."""
    merged: list[Part] = []
    while due := con.execute(
        "SELECT table_name, level, list(file ORDER BY file) FROM _parts "
        "WHERE superseded_at IS NULL AND level < ? GROUP BY ALL HAVING count(*) >= ? LIMIT 1",
        [BASE_LEVEL, DEFAULT_FANOUT],
    ).fetchone():
        name, level, files = due
        latest = _latest_sql(con, folder)
        sources = _files_sql(folder, files)
        query = (
            f"SELECT t.* FROM read_parquet({sources}, union_by_name = true) t "
            f"JOIN ({latest}) l ON l.doc_id = t.doc_id AND t.{SEQ} >= l.{SEQ}"
        )
        part = _write_part(con, query, name=name, folder=folder, level=level + 1, seq=seq)
        with transaction(con):
            _record(con, part)
            con.execute(
                "UPDATE _parts SET superseded_at = ? WHERE list_contains(?, file)", [_now(), files]
            )
        merged += part
    return merged


def _supersede(con: duckdb.DuckDBPyConnection, parts: Sequence[Part]) -> None:
    """Retire the base parts that new base parts of the same table replace."""
    for name, file, level, *_ in parts:
        if level == BASE_LEVEL:
            con.execute(
                "UPDATE _parts SET superseded_at = ? "
                "WHERE table_name = ? AND file <> ? AND superseded_at IS NULL AND level = ?",
                [_now(), name, file, BASE_LEVEL],
            )


def _live(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The live part files of each table."""
    rows = con.execute(
        "SELECT table_name, list(file ORDER BY file) FROM _parts "
        "WHERE superseded_at IS NULL GROUP BY table_name ORDER BY table_name"
    ).fetchall()
    return dict(rows)


def _latest_sql(con: duckdb.DuckDBPyConnection, folder: Path) -> str:
    """The query of each document's latest publish, over the live `documents` parts."""
    files = _live(con).get("documents", [])
    return (
        f"SELECT doc_id, max({SEQ}) AS {SEQ} FROM "
        f"read_parquet({_files_sql(folder, files)}, union_by_name = true) GROUP BY doc_id"
    )


def _write_views(con: duckdb.DuckDBPyConnection, db: Path, folder: Path) -> None:
    """Atomically replace `db` with a file of views over the live parts (and the work's views)."""
    keyed = dict(_tables(con))
    statements = [f"CREATE VIEW {LATEST} AS {_latest_sql(con, folder)}"]
    for name, files in _live(con).items():
        source = f"read_parquet({_files_sql(folder, files)}, union_by_name = true)"
        if keyed.get(name):
            body = (
                f"SELECT t.* EXCLUDE ({SEQ}) FROM {source} t "
                f"JOIN {LATEST} l ON l.doc_id = t.doc_id AND t.{SEQ} >= l.{SEQ}"
            )
        else:
            body = f"SELECT * EXCLUDE ({SEQ}) FROM {source}"
        statements.append(f'CREATE VIEW "{name}" AS {body}')
    statements += [
        sql
        for (sql,) in con.execute(
            "SELECT sql FROM duckdb_views() WHERE database_name = current_database() "
            "AND NOT internal AND NOT temporary ORDER BY view_name"
        ).fetchall()
    ]
    _replace_file(db, statements)


def _replace_file(db: Path, statements: Sequence[str]) -> None:
    """Write a database of `statements` beside `db` and move it over `db` atomically."""
    handle, name = tempfile.mkstemp(prefix=f".{db.name}.", suffix=".tmp", dir=db.parent)
    os.close(handle)
    tmp = Path(name)
    tmp.unlink()  # DuckDB creates the file itself
    try:
        with duckdb.connect() as scratch:
            scratch.execute(
                f"ATTACH '{_quoted(tmp)}' AS published (STORAGE_VERSION '{READER_STORAGE_VERSION}')"
            )
            scratch.execute("USE published")
            for statement in statements:
                scratch.execute(statement)
            scratch.execute("USE memory")
            scratch.execute("DETACH published")
        _fsync(tmp)
        tmp.replace(db)  # atomic; a reader holding the old file keeps its inode
    except (OSError, duckdb.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise WarehouseError(f"{db}: cannot publish: {exc}") from exc
    _fsync_folder(db.parent)


def _collect(con: duckdb.DuckDBPyConnection, folder: Path, *, keep_seconds: float) -> None:
    """Delete parts retired, or never named by a publish, more than `keep_seconds` ago."""
    cutoff = _now() - dt.timedelta(seconds=keep_seconds)
    old = con.execute("SELECT file FROM _parts WHERE superseded_at < ?", [cutoff]).fetchall()
    for (file,) in old:
        (folder / file).unlink(missing_ok=True)
    con.execute("DELETE FROM _parts WHERE superseded_at < ?", [cutoff])
    known = {file for (file,) in con.execute("SELECT file FROM _parts").fetchall()}
    horizon = time.time() - keep_seconds
    for path in folder.glob("*/*.parquet"):
        file = f"{path.parent.name}/{path.name}"
        if file not in known and path.stat().st_mtime < horizon:
            path.unlink(missing_ok=True)  # written by a publish a crash cut short


def _files_sql(folder: Path, files: Sequence[str]) -> str:
    """A SQL list literal of the parts' absolute paths."""
    return "[" + ", ".join(f"'{_quoted(folder / file)}'" for file in files) + "]"


def _quoted(path: Path) -> str:
    """`path` for inside a single-quoted SQL string."""
    return str(path.absolute()).replace("'", "''")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _fsync(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX only; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
