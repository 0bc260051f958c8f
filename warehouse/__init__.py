"""The DuckDB warehouse: migrations, idempotent loads, publishing and read-only SQL.

Write through `writer(db)`, which yields a `Writer` whose private working database is published
as `db` when the block ends (and at most every few seconds inside it, on `publish_due()`): a file
of views over Parquet parts beside it (`warehouse.parts`). A function that writes rows of a
document outside `upsert_disclosure` and friends calls `mark_unpublished` in its transaction.
Read with `query(db, sql)` or any DuckDB client opened read-only.
"""

from warehouse.batches import read_batches, store_expectation_findings
from warehouse.connection import connect, query
from warehouse.load import known_documents, mark_unpublished, record_rejection, upsert_disclosure
from warehouse.publish import writer
from warehouse.receipts import (
    record_duplicate,
    record_repeat,
    request_retry,
    retry_requested,
    stored_receipts,
)
from warehouse.similarity import check_copies, find_copies, recheck_copies
from warehouse.suspects import copy_report, find_documents

__all__ = [
    "check_copies",
    "connect",
    "copy_report",
    "find_copies",
    "find_documents",
    "known_documents",
    "mark_unpublished",
    "query",
    "read_batches",
    "recheck_copies",
    "record_duplicate",
    "record_rejection",
    "record_repeat",
    "request_retry",
    "retry_requested",
    "store_expectation_findings",
    "stored_receipts",
    "upsert_disclosure",
    "writer",
]
