"""Ordered, named schema migrations, recorded in `_migrations` and applied once each.

A migration is a SQL file in `warehouse/migrations/` named `NNNN_what.sql`; files apply in name
order, each in its own transaction together with its `_migrations` row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources

import duckdb

MIGRATIONS_PACKAGE = "warehouse"
MIGRATIONS_FOLDER = "migrations"

_CREATE_LEDGER = """
CREATE TABLE IF NOT EXISTS _migrations (
    name VARCHAR PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    """One schema change: its name (the file stem) and its SQL script."""

    name: str
    sql: str


def list_migrations() -> list[Migration]:
    """Every migration shipped with the package, in the order it applies."""
    # Package data, not a path relative to this file, so an installed wheel finds them too.
    folder = resources.files(MIGRATIONS_PACKAGE).joinpath(MIGRATIONS_FOLDER)
    files = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".sql")),
        key=lambda entry: entry.name,
    )
    return [Migration(entry.name.removesuffix(".sql"), entry.read_text()) for entry in files]


def applied_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations this database has recorded, oldest first."""
    con.execute(_CREATE_LEDGER)
    rows = con.execute("SELECT name FROM _migrations ORDER BY name").fetchall()
    return [name for (name,) in rows]


def migrate(
    con: duckdb.DuckDBPyConnection, *, migrations: list[Migration] | None = None
) -> list[str]:
    """Apply the migrations not yet recorded (all shipped ones by default); return their names."""
    done = set(applied_migrations(con))
    candidates = list_migrations() if migrations is None else migrations
    pending = [migration for migration in candidates if migration.name not in done]
    for migration in pending:
        _apply(con, migration)
    return [migration.name for migration in pending]


def _apply(con: duckdb.DuckDBPyConnection, migration: Migration) -> None:
    """Run one migration and record it, all or nothing."""
    applied_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(migration.sql)
        con.execute("INSERT INTO _migrations VALUES (?, ?)", [migration.name, applied_at])
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
