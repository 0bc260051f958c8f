"""Store what became of each arrival: one transaction per document, idempotent by construction.

Every arrival has its own receipt; storing the same arrival again (a restart after a crash)
changes nothing: its receipt is kept, a document keeps the file name, platform and time it first
arrived with (and the time it was first loaded), and a reload replaces its child rows wholesale.
A stored outcome clears the content's retry request in the same transaction, and marks the
document for the next publish (`mark_unpublished`, see `warehouse.parts`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

import duckdb
import pyarrow as pa

from schemas import Arrival, Disclosure, Finding, Rejection
from warehouse.rows import (
    CHILD_TABLES,
    SCHEMAS,
    disclosure_tables,
    document_table,
    receipt_table,
)

KEEP_ON_RELOAD = ("doc_id", "file_name", "platform", "received_at", "size_bytes", "loaded_at")
"""`documents` columns that describe the content's first arrival; a reload keeps them."""
REJECTION_COLUMNS = (
    "status",
    "reject_reason",
    "reject_detail",
    "page_count",
    "language",
    "flow_run_id",
)

KEEP_RECEIPT = "ON CONFLICT (receipt_id) DO NOTHING"
_MARK_UNPUBLISHED = "INSERT INTO _unpublished VALUES (?) ON CONFLICT DO NOTHING"
_CLEAR_RETRY = "DELETE FROM retry_requests WHERE doc_id = ?"
_LOADED = "SELECT 1 FROM documents WHERE doc_id = ? AND status = 'loaded'"
_RELOAD_DOCUMENT = (
    "ON CONFLICT (doc_id) DO UPDATE SET {assignments}, "
    "loaded_at = COALESCE(documents.loaded_at, excluded.loaded_at)"
)
# A rejection never downgrades a loaded document; it refreshes an earlier rejection only when
# the reason changed (the same bytes rejected again for the same reason change nothing).
_REJECT_DOCUMENT = (
    "ON CONFLICT (doc_id) DO UPDATE SET {assignments} WHERE documents.status = 'rejected' "
    "AND documents.reject_reason IS DISTINCT FROM excluded.reject_reason"
)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Run the block in one transaction: commit when it ends, roll back and re-raise on error."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def mark_unpublished(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Have the next publish write every row of `doc_id`; call it in the transaction that
    changes them (any table with a `doc_id` column)."""
    con.execute(_MARK_UNPUBLISHED, [doc_id])


def insert_table(
    con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table, *, on_conflict: str = ""
) -> None:
    """INSERT the Arrow `rows` into `table`, matching columns by name; call inside `transaction`.

    The SQL names the local variable `arrow_rows`: DuckDB's replacement scan reads an Arrow
    table from the caller's variables when no table of that name exists. Measured, that stores
    a document in ~25% less CPU than registering a view per table and dropping it again.
    """
    if rows.num_rows == 0:
        return  # planning an INSERT costs ~1 ms: not for nothing
    arrow_rows = rows  # noqa: F841 (read by DuckDB, by name)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM arrow_rows {on_conflict}")


def known_documents(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> dict[str, str]:
    """`documents.status` of each of `doc_ids` already stored, by doc_id."""
    wanted = sorted(set(doc_ids))
    if not wanted:
        return {}
    rows = con.execute(
        "SELECT doc_id, status FROM documents WHERE list_contains(?, doc_id)", [wanted]
    ).fetchall()
    return dict(rows)


def upsert_disclosure(
    con: duckdb.DuckDBPyConnection,
    *,
    arrival: Arrival,
    disclosure: Disclosure,
    flow_run_id: str | None = None,
    findings: Sequence[Finding] = (),
    regime: str | None = None,
) -> None:
    """Store a loaded document and every row it discloses, replacing what a reload left."""
    document = document_table(
        arrival,
        status="loaded",
        doc_kind=disclosure.doc_kind,
        language=disclosure.language,
        page_count=disclosure.page_count,
        flow_run_id=flow_run_id,
        title=disclosure.title,
        document_date=disclosure.document_date,
        has_risk_section=disclosure.has_risk_section,
        regime=regime,
        loaded_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
    )
    reload = _RELOAD_DOCUMENT.format(assignments=_assignments(_reloaded_columns()))
    children = disclosure_tables(disclosure, findings)
    receipt = receipt_table(arrival, outcome="loaded", flow_run_id=flow_run_id)
    with transaction(con):
        mark_unpublished(con, disclosure.doc_id)
        con.execute(_CLEAR_RETRY, [disclosure.doc_id])
        if _was_loaded(con, disclosure.doc_id):  # a reload: its rows are replaced wholesale
            for table in CHILD_TABLES:
                con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [disclosure.doc_id])
        insert_table(con, "documents", document, on_conflict=reload)
        for table, rows in children.items():
            insert_table(con, table, rows)
        insert_table(con, "receipts", receipt, on_conflict=KEEP_RECEIPT)


def record_rejection(
    con: duckdb.DuckDBPyConnection,
    *,
    arrival: Arrival,
    rejection: Rejection,
    flow_run_id: str | None = None,
) -> None:
    """Store a rejected document (never over a loaded one) and the arrival's receipt."""
    document = document_table(
        arrival,
        status="rejected",
        reject_reason=rejection.reason,
        reject_detail=rejection.detail,
        page_count=rejection.page_count,
        language=rejection.language,
        flow_run_id=flow_run_id,
    )
    receipt = receipt_table(
        arrival,
        outcome="rejected",
        reason=rejection.reason,
        detail=rejection.detail,
        flow_run_id=flow_run_id,
    )
    reject = _REJECT_DOCUMENT.format(assignments=_assignments(REJECTION_COLUMNS))
    with transaction(con):
        mark_unpublished(con, arrival.doc_id)
        con.execute(_CLEAR_RETRY, [arrival.doc_id])
        insert_table(con, "documents", document, on_conflict=reject)
        insert_table(con, "receipts", receipt, on_conflict=KEEP_RECEIPT)


def _was_loaded(con: duckdb.DuckDBPyConnection, doc_id: str) -> bool:
    """Whether `doc_id` is stored as loaded: only then can it have child rows."""
    # Child rows are written only with a loaded document, never downgraded; skipping the
    # ten DELETEs for a new document saved ~3% of the flow's CPU (`bench/issue9.md`).
    found = con.execute(_LOADED, [doc_id]).fetchone()
    return found is not None


def _reloaded_columns() -> list[str]:
    """`documents` columns a reload overwrites."""
    return [name for name in SCHEMAS["documents"].names if name not in KEEP_ON_RELOAD]


def _assignments(columns: Iterable[str]) -> str:
    """`col = excluded.col, ...` for an ON CONFLICT DO UPDATE."""
    return ", ".join(f"{name} = excluded.{name}" for name in columns)
