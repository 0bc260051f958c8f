"""Models to Arrow tables, one per warehouse table, with explicit column types.

Explicit schemas keep an empty list a typed, empty table (inserting nothing) and make the
columns each model fills visible in one place. Timestamps are stored as naive UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pyarrow as pa
from pydantic import BaseModel

from schemas import Arrival, Disclosure, Figure, Finding, StatementLine

TEXT = pa.string()
INT = pa.int32()
BIGINT = pa.int64()
REAL = pa.float64()
FLAG = pa.bool_()
DATE = pa.date32()
TIMESTAMP = pa.timestamp("us")

SCHEMAS: dict[str, pa.Schema] = {
    "receipts": pa.schema(
        {
            "receipt_id": TEXT,
            "file_name": TEXT,
            "platform": TEXT,
            "doc_id": TEXT,
            "received_at": TIMESTAMP,
            "outcome": TEXT,
            "reason": TEXT,
            "source_path": TEXT,
            "size_bytes": BIGINT,
            "detail": TEXT,
            "flow_run_id": TEXT,
        }
    ),
    "documents": pa.schema(
        {
            "doc_id": TEXT,
            "file_name": TEXT,
            "platform": TEXT,
            "received_at": TIMESTAMP,
            "status": TEXT,
            "reject_reason": TEXT,
            "doc_kind": TEXT,
            "language": TEXT,
            "page_count": INT,
            "flow_run_id": TEXT,
            "size_bytes": BIGINT,
            "reject_detail": TEXT,
            "title": TEXT,
            "document_date": DATE,
            "has_risk_section": FLAG,
            "loaded_at": TIMESTAMP,
            "regime": TEXT,
        }
    ),
    "pages": pa.schema(
        {"doc_id": TEXT, "page_no": INT, "text": TEXT, "columns": INT, "table_count": INT}
    ),
    "entities": pa.schema(
        {
            "doc_id": TEXT,
            "page_no": INT,
            "label": TEXT,
            "text": TEXT,
            "start_char": INT,
            "end_char": INT,
            "source": TEXT,
        }
    ),
    "companies": pa.schema(
        {
            "doc_id": TEXT,
            "company_name": TEXT,
            "registration_id": TEXT,
            "registration_id_valid": FLAG,
            "country": TEXT,
            "region": TEXT,
            "city": TEXT,
            "founded_year": INT,
            "employees": INT,
            "registration_kind": TEXT,
            "page_no": INT,
            "evidence": TEXT,
        }
    ),
    "people": pa.schema(
        {"doc_id": TEXT, "name": TEXT, "role": TEXT, "page_no": INT, "evidence": TEXT}
    ),
    "figures": pa.schema(
        {
            "doc_id": TEXT,
            "figure_no": INT,
            "name": TEXT,
            "value": REAL,
            "currency": TEXT,
            "fiscal_year": INT,
            "page_no": INT,
            "evidence": TEXT,
            "source": TEXT,
            "x0": REAL,
            "top": REAL,
            "x1": REAL,
            "bottom": REAL,
        }
    ),
    "offerings": pa.schema(
        {
            "doc_id": TEXT,
            "currency": TEXT,
            "funding_target": REAL,
            "maximum_target": REAL,
            "equity_offered_pct": REAL,
            "pre_money_valuation": REAL,
            "price_per_share": REAL,
            "minimum_investment": REAL,
            "deadline": DATE,
            "deadline_page_no": INT,
            "deadline_evidence": TEXT,
        }
    ),
    "use_of_funds": pa.schema(
        {
            "doc_id": TEXT,
            "line_no": INT,
            "category": TEXT,
            "amount": REAL,
            "currency": TEXT,
            "pct": REAL,
            "page_no": INT,
            "evidence": TEXT,
            "source": TEXT,
            "amount_at_maximum": REAL,
            "amount_from_share": FLAG,
        }
    ),
    "statement_lines": pa.schema(
        {
            "doc_id": TEXT,
            "line_no": INT,
            "statement": TEXT,
            "title": TEXT,
            "label": TEXT,
            "line_item": TEXT,
            "period_end": DATE,
            "period_months": INT,
            "fiscal_year": INT,
            "consolidated": FLAG,
            "value": REAL,
            "printed": TEXT,
            "scale": REAL,
            "currency": TEXT,
            "page_no": INT,
            "x0": REAL,
            "top": REAL,
            "x1": REAL,
            "bottom": REAL,
        }
    ),
    "projections": pa.schema(
        {
            "doc_id": TEXT,
            "projection_no": INT,
            "name": TEXT,
            "value": REAL,
            "currency": TEXT,
            "fiscal_year": INT,
            "page_no": INT,
            "evidence": TEXT,
            "source": TEXT,
            "x0": REAL,
            "top": REAL,
            "x1": REAL,
            "bottom": REAL,
        }
    ),
    "findings": pa.schema(
        {
            "doc_id": TEXT,
            "rule_id": TEXT,
            "passed": FLAG,
            "severity": TEXT,
            "message": TEXT,
            "evidence": TEXT,
            "page_no": INT,
            "fiscal_year": INT,
            "source": TEXT,
            "finding_no": INT,
        }
    ),
}

CHILD_TABLES = (
    "pages",
    "entities",
    "companies",
    "people",
    "figures",
    "offerings",
    "use_of_funds",
    "statement_lines",
    "projections",
    "findings",
)
"""Tables whose rows a document's reload replaces wholesale."""


def utc_naive(moment: dt.datetime) -> dt.datetime:
    """The UTC wall-clock time of `moment`; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def to_table(name: str, rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table typed like warehouse table `name`; missing keys become NULL."""
    return pa.Table.from_pylist(list(rows), schema=SCHEMAS[name])


def receipt_table(
    arrival: Arrival,
    *,
    outcome: str,
    reason: str | None = None,
    detail: str | None = None,
    flow_run_id: str | None = None,
) -> pa.Table:
    """The one `receipts` row recording what became of `arrival`."""
    row = {
        "receipt_id": arrival.receipt_id,
        "file_name": arrival.file_name,
        "platform": arrival.platform,
        "doc_id": arrival.doc_id,
        "received_at": utc_naive(arrival.received_at),
        "outcome": outcome,
        "reason": reason,
        "source_path": arrival.path,
        "size_bytes": arrival.size_bytes,
        "detail": detail,
        "flow_run_id": flow_run_id,
    }
    return to_table("receipts", [row])


def document_table(arrival: Arrival, **values: Any) -> pa.Table:
    """The one `documents` row for the content `arrival` carries, with `values` filled in."""
    row = {
        "doc_id": arrival.doc_id,
        "file_name": arrival.file_name,
        "platform": arrival.platform,
        "received_at": utc_naive(arrival.received_at),
        "size_bytes": arrival.size_bytes,
        **values,
    }
    return to_table("documents", [row])


def disclosure_tables(disclosure: Disclosure, findings: Sequence[Finding]) -> dict[str, pa.Table]:
    """Every child-table row a disclosure and its findings load, keyed by table name."""
    doc_id = disclosure.doc_id
    offerings = [] if disclosure.offering is None else [disclosure.offering]
    funds = [
        {"doc_id": doc_id, "line_no": line_no, **line.model_dump()}
        for line_no, line in enumerate(disclosure.use_of_funds, start=1)
    ]
    figures = [
        {"doc_id": doc_id, "figure_no": figure_no, **boxed(figure)}
        for figure_no, figure in enumerate(disclosure.figures, start=1)
    ]
    statement_lines = [
        {"doc_id": doc_id, "line_no": line_no, **boxed(line)}
        for line_no, line in enumerate(disclosure.statement_lines, start=1)
    ]
    projections = [
        {"doc_id": doc_id, "projection_no": number, **boxed(projection)}
        for number, projection in enumerate(disclosure.projections, start=1)
    ]
    return {
        "pages": to_table("pages", _dump(doc_id, disclosure.pages)),
        "entities": to_table("entities", _dump(doc_id, disclosure.entities)),
        "companies": to_table("companies", _dump(doc_id, [disclosure.company])),
        "people": to_table("people", _dump(doc_id, disclosure.people)),
        "figures": to_table("figures", figures),
        "offerings": to_table("offerings", _dump(doc_id, offerings)),
        "use_of_funds": to_table("use_of_funds", funds),
        "statement_lines": to_table("statement_lines", statement_lines),
        "projections": to_table("projections", projections),
        "findings": to_table("findings", finding_rows(doc_id, findings)),
    }


def finding_rows(
    doc_id: str, findings: Sequence[Finding], *, first: int = 1
) -> list[dict[str, Any]]:
    """`findings` as rows of `doc_id`, numbered from `first` in the order they were made."""
    return [
        {"doc_id": doc_id, "finding_no": number, **finding.model_dump()}
        for number, finding in enumerate(findings, start=first)
    ]


def boxed(record: Figure | StatementLine) -> dict[str, Any]:
    """A record's fields with its bbox spread over the `x0`, `top`, `x1`, `bottom` columns."""
    x0, top, x1, bottom = record.bbox if record.bbox is not None else (None, None, None, None)
    return record.model_dump(exclude={"bbox"}) | {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def _dump(doc_id: str, records: Sequence[BaseModel]) -> list[dict[str, Any]]:
    """Each record's fields as a row carrying `doc_id`."""
    return [{"doc_id": doc_id, **record.model_dump()} for record in records]
