"""The DuckDB warehouse: migrations, idempotent loads, atomic publishing and read-only SQL.

Write through `writer(db)`, which yields a private working database and publishes it over `db`
when the block ends; read with `query(db, sql)` or any DuckDB client opened read-only.
"""

from warehouse.connection import connect, query
from warehouse.load import known_documents, record_duplicate, record_rejection, upsert_disclosure
from warehouse.publish import writer
from warehouse.similarity import check_copies, find_copies, recheck_copies
from warehouse.suspects import copy_report, find_documents

__all__ = [
    "check_copies",
    "connect",
    "copy_report",
    "find_copies",
    "find_documents",
    "known_documents",
    "query",
    "recheck_copies",
    "record_duplicate",
    "record_rejection",
    "upsert_disclosure",
    "writer",
]
