"""Open the warehouse: migrated for writing, or read-only for reviewer SQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from schemas import WarehouseError
from warehouse.migration import migrate

MEMORY = ":memory:"


def connect(path: str | Path = MEMORY, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at `path`; a writable connection is first migrated to the latest schema.

    TIMESTAMP columns hold naive UTC: aware datetimes are converted to UTC before they are stored.
    """
    target = str(path)
    try:
        con = duckdb.connect(target, read_only=read_only)
    except duckdb.Error as exc:
        raise WarehouseError(f"cannot open warehouse {target}: {exc}") from exc
    if read_only:
        return con
    try:
        migrate(con)
    except duckdb.Error as exc:
        con.close()
        raise WarehouseError(f"cannot migrate warehouse {target}: {exc}") from exc
    return con


def query(db: str | Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run `sql` on a read-only connection to `db`: its column names and rows.

    Writes fail with DuckDB's own error (the connection is read-only); nothing else is filtered.
    """
    path = Path(db)
    if not path.is_file():
        raise WarehouseError(f"no warehouse at {path}: nothing has been ingested there yet")
    with connect(path, read_only=True) as con:
        cursor = con.execute(sql)
        names = [column[0] for column in cursor.description or ()]
        return names, cursor.fetchall()
