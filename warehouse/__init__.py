"""The DuckDB warehouse: migrations, idempotent loads, publishing and read-only SQL.

Write through `writer(db)`, which yields a `Writer` whose private working database is published
as `db` when the block ends (and at most every few seconds inside it, on `publish_due()`): a file
of views over Parquet parts beside it (`warehouse.parts`). A function that writes rows of a
document outside `upsert_disclosure` and friends calls `mark_unpublished` in its transaction.
Read with `query(db, sql)` or any DuckDB client opened read-only.
"""

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

__all__ = [
    "connect",
    "known_documents",
    "mark_unpublished",
    "query",
    "record_duplicate",
    "record_rejection",
    "record_repeat",
    "request_retry",
    "retry_requested",
    "stored_receipts",
    "upsert_disclosure",
    "writer",
]
