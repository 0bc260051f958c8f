"""The batches the Great Expectations suites check, and the findings they make, stored.

A batch is one suite's rows (`schemas.expectations`) for a set of loaded documents, read into a
pandas DataFrame (GX's SQL route fails on DuckDB, its pandas route works). Every batch carries
`doc_id`, the document's `file_name` (what the Data Docs show) and `row_no`, its rows numbered
from 0, which GX reports back for each unexpected row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import duckdb

from schemas import Finding
from schemas.expectations import MONEY_TERMS
from warehouse.load import insert_table, mark_unpublished, transaction
from warehouse.rows import finding_rows, to_table

if TYPE_CHECKING:  # DuckDB imports pandas when it makes a frame: `import warehouse` stays light
    import pandas as pd

ROW_NO = "row_no"
_RUN = """
WITH run AS (
    SELECT doc_id, file_name, page_count FROM documents
    WHERE status = 'loaded' AND list_contains($docs, doc_id)
)
"""
BATCH_QUERIES: dict[str, str] = {
    "documents": """
        SELECT doc_id, file_name, doc_kind, language, page_count, regime FROM documents
        WHERE status = 'loaded' AND list_contains($docs, doc_id) ORDER BY doc_id""",
    "figures": _RUN
    + """
        SELECT f.doc_id, r.file_name, f.figure_no, f.name, f.value, f.currency, f.fiscal_year,
            f.page_no, r.page_count, f.evidence,
            CASE WHEN list_contains($money, f.name) THEN f.value END AS money_term,
            CASE WHEN f.name = 'equity_offered_pct' THEN f.value END AS equity_pct
        FROM figures AS f JOIN run AS r USING (doc_id) ORDER BY f.doc_id, f.figure_no""",
    "offerings": _RUN
    + """
        SELECT o.doc_id, r.file_name, o.currency, o.funding_target, o.maximum_target,
            o.equity_offered_pct, o.pre_money_valuation, o.price_per_share,
            o.minimum_investment, o.maximum_target - o.funding_target AS headroom
        FROM offerings AS o JOIN run AS r USING (doc_id) ORDER BY o.doc_id""",
    "use_of_funds": _RUN
    + """
        SELECT u.doc_id, r.file_name, u.line_no, u.category, u.amount, u.currency, u.pct,
            u.page_no, r.page_count, u.evidence
        FROM use_of_funds AS u JOIN run AS r USING (doc_id) ORDER BY u.doc_id, u.line_no""",
    # One row per document and fiscal year that states all three totals (`financials` holds
    # the statements' figures, consolidated first); the difference is relative to the larger
    # side, so one tolerance fits a start-up's and a group's balance sheet.
    "balance_sheets": _RUN
    + """,
    years AS (
        SELECT f.doc_id, any_value(r.file_name) AS file_name, f.fiscal_year,
            max(f.value) FILTER (WHERE f.line_item = 'total_assets') AS total_assets,
            max(f.value) FILTER (WHERE f.line_item = 'total_liabilities') AS total_liabilities,
            max(f.value) FILTER (WHERE f.line_item = 'total_equity') AS total_equity,
            max(f.currency) FILTER (WHERE f.line_item = 'total_assets') AS currency,
            min(f.page_no) FILTER (WHERE f.line_item = 'total_assets') AS page_no,
            string_agg(f.evidence, ' | ' ORDER BY f.line_item) AS evidence
        FROM financials AS f JOIN run AS r USING (doc_id)
        WHERE f.line_item IN ('total_assets', 'total_liabilities', 'total_equity')
        GROUP BY f.doc_id, f.fiscal_year
    )
    SELECT *, total_liabilities + total_equity AS liabilities_and_equity,
        total_assets - (total_liabilities + total_equity) AS difference,
        (total_assets - (total_liabilities + total_equity))
            / greatest(abs(total_assets), abs(total_liabilities + total_equity), 1.0)
            AS relative_difference
    FROM years
    WHERE total_assets IS NOT NULL AND total_liabilities IS NOT NULL AND total_equity IS NOT NULL
    ORDER BY doc_id, fiscal_year""",
    "statement_lines": _RUN
    + """
        SELECT s.doc_id, r.file_name, s.line_no, s.statement, s.label, s.fiscal_year, s.value,
            s.currency, s.page_no, r.page_count,
            concat_ws(': ', s.title, s.label || ' ' || s.printed) AS evidence
        FROM statement_lines AS s JOIN run AS r USING (doc_id) ORDER BY s.doc_id, s.line_no""",
    "companies": _RUN
    + """
        SELECT c.doc_id, r.file_name, c.company_name, c.country, c.page_no, c.evidence
        FROM companies AS c JOIN run AS r USING (doc_id) ORDER BY c.doc_id""",
}
_STORED = """
SELECT doc_id, rule_id, passed, severity, message, evidence, page_no, fiscal_year
FROM findings WHERE source = 'expectation' AND list_contains(?, doc_id)
ORDER BY doc_id, finding_no
"""
_NEXT_NUMBER = """
SELECT doc_id, max(finding_no) FROM findings
WHERE source IS DISTINCT FROM 'expectation' AND list_contains(?, doc_id) GROUP BY doc_id
"""
_COMPARED = ("rule_id", "passed", "severity", "message", "evidence", "page_no", "fiscal_year")


def read_batches(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, pd.DataFrame]:
    """Every suite's batch for the loaded documents among `doc_ids`, keyed by suite name."""
    values: dict[str, Any] = {"docs": sorted(set(doc_ids)), "money": list(MONEY_TERMS)}
    batches = {}
    for name, sql in BATCH_QUERIES.items():
        used = {key: value for key, value in values.items() if f"${key}" in sql}
        frame = con.execute(sql, used).df()
        frame.insert(0, ROW_NO, range(len(frame)))
        batches[name] = frame
    return batches


def store_expectation_findings(
    con: duckdb.DuckDBPyConnection,
    doc_ids: Sequence[str],
    findings: Mapping[str, Sequence[Finding]],
) -> list[str]:
    """Replace the expectation findings of each of `doc_ids` with `findings` (the rules' own
    stay), in one transaction; each document whose findings changed is marked for publishing.
    Returns those documents."""
    wanted = sorted(set(doc_ids))
    stored: dict[str, list[tuple[Any, ...]]] = {doc_id: [] for doc_id in wanted}
    for doc_id, *values in con.execute(_STORED, [wanted]).fetchall():
        stored[doc_id].append(tuple(values))
    changed = [
        doc_id
        for doc_id in wanted
        if stored[doc_id] != [_compared(finding) for finding in findings.get(doc_id, ())]
    ]
    if not changed:
        return []
    last = dict(con.execute(_NEXT_NUMBER, [changed]).fetchall())
    rows = [
        row
        for doc_id in changed
        for row in finding_rows(doc_id, findings.get(doc_id, ()), first=(last.get(doc_id) or 0) + 1)
    ]
    with transaction(con):
        con.execute(
            "DELETE FROM findings WHERE source = 'expectation' AND list_contains(?, doc_id)",
            [changed],
        )
        insert_table(con, "findings", to_table("findings", rows))
        for doc_id in changed:
            mark_unpublished(con, doc_id)
    return changed


def _compared(finding: Finding) -> tuple[Any, ...]:
    """The stored columns of a finding, as `_STORED` reads them back."""
    return tuple(getattr(finding, name) for name in _COMPARED)
