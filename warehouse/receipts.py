"""Receipts of arrivals whose content was stored before, stored receipts, and retry requests.

A content is decided once: an arrival of bytes already loaded is a `duplicate`, and one of bytes
already rejected is `rejected` again for the same reason (an empty file is `empty` each time,
never "a duplicate of empty.pdf"). An operator may ask for a rejected content to be processed
again on its next arrival (a `timeout` under load, a page cap since raised): `request_retry`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import duckdb

from schemas import Arrival, FileOutcome, Outcome, WarehouseError
from warehouse.load import KEEP_RECEIPT, insert_table, mark_unpublished, transaction
from warehouse.rows import receipt_table

StoredOutcome = tuple[Outcome, str | None]
"""A receipt's outcome and reason."""


def record_duplicate(
    con: duckdb.DuckDBPyConnection,
    *,
    arrival: Arrival,
    original_file_name: str | None = None,
    flow_run_id: str | None = None,
) -> str:
    """Store the receipt of an arrival whose content was seen before; returns its reason.

    Without `original_file_name`, the name the stored document arrived under is used.
    """
    if original_file_name is None:
        row = con.execute(
            "SELECT file_name FROM documents WHERE doc_id = ?", [arrival.doc_id]
        ).fetchone()
        original_file_name = row[0] if row else "an earlier file"
    reason = f"same content as {original_file_name}"
    receipt = receipt_table(arrival, outcome="duplicate", reason=reason, flow_run_id=flow_run_id)
    with transaction(con):
        mark_unpublished(con, arrival.doc_id)
        insert_table(con, "receipts", receipt, on_conflict=KEEP_RECEIPT)
    return reason


def record_repeat(
    con: duckdb.DuckDBPyConnection, *, arrival: Arrival, flow_run_id: str | None = None
) -> StoredOutcome:
    """Store the receipt of an arrival of a stored content: as the content was decided before.

    Raises `WarehouseError` when the content is not stored: a repeat follows its original.
    """
    row = con.execute(
        "SELECT status, reject_reason, reject_detail, file_name FROM documents WHERE doc_id = ?",
        [arrival.doc_id],
    ).fetchone()
    if row is None:
        raise WarehouseError(f"{arrival.file_name}: no stored document {arrival.doc_id}")
    status, reason, detail, original = row
    if status == "loaded":
        return "duplicate", record_duplicate(
            con, arrival=arrival, original_file_name=original, flow_run_id=flow_run_id
        )
    receipt = receipt_table(
        arrival,
        outcome="rejected",
        reason=reason,
        detail=f"same content as {original}, rejected before: {detail}",
        flow_run_id=flow_run_id,
    )
    with transaction(con):
        mark_unpublished(con, arrival.doc_id)
        insert_table(con, "receipts", receipt, on_conflict=KEEP_RECEIPT)
    return "rejected", reason


def stored_receipts(
    con: duckdb.DuckDBPyConnection, receipt_ids: Iterable[str]
) -> dict[str, FileOutcome]:
    """What was stored for each of `receipt_ids` that has a receipt, by receipt id."""
    wanted = sorted(set(receipt_ids))
    if not wanted:
        return {}
    rows = con.execute(
        "SELECT receipt_id, file_name, doc_id, outcome, reason, platform FROM receipts "
        "WHERE list_contains(?, receipt_id)",
        [wanted],
    ).fetchall()
    names = ("receipt_id", "file_name", "doc_id", "outcome", "reason", "platform")
    return {row[0]: FileOutcome(**dict(zip(names, row, strict=True))) for row in rows}


def request_retry(con: duckdb.DuckDBPyConnection, doc_id: str) -> tuple[str, str]:
    """Ask for a rejected content to be processed again; its file name and reject reason.

    Raises `WarehouseError` when `doc_id` is not a rejected document.
    """
    row = con.execute(
        "SELECT file_name, reject_reason FROM documents WHERE doc_id = ? AND status = 'rejected'",
        [doc_id],
    ).fetchone()
    if row is None:
        raise WarehouseError(f"no rejected document {doc_id}: only a rejection can be retried")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with transaction(con):
        mark_unpublished(con, doc_id)
        con.execute(
            "INSERT INTO retry_requests VALUES (?, ?) ON CONFLICT (doc_id) DO NOTHING",
            [doc_id, now],
        )
    return row[0], row[1]


def retry_requested(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> set[str]:
    """Which of `doc_ids` an operator asked to process again."""
    wanted = sorted(set(doc_ids))
    if not wanted:
        return set()
    rows = con.execute(
        "SELECT doc_id FROM retry_requests WHERE list_contains(?, doc_id)", [wanted]
    ).fetchall()
    return {doc_id for (doc_id,) in rows}
