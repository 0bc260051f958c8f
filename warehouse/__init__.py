"""The DuckDB warehouse: migrations, idempotent loads, publishing and read-only SQL.

Write through `writer(db)`, which yields a `Writer` whose private working database is published
over `db` when the block ends (and at most every few seconds inside it, on `publish_due()`);
read with `query(db, sql)` or any DuckDB client opened read-only.
"""

from warehouse.connection import connect, query
from warehouse.load import known_documents, record_rejection, upsert_disclosure
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
