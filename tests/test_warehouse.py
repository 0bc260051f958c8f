"""The warehouse schema and loads: migrations, the contract's columns, idempotent upserts."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

import warehouse
from schemas import (
    Company,
    Entity,
    Figure,
    Finding,
    FundsLine,
    Offering,
    PageText,
    Person,
    Projection,
    Rejection,
    StatementLine,
    WarehouseError,
)
from tests.conftest import doc_id_for
from warehouse.migration import Migration, list_migrations, migrate
from warehouse.rows import SCHEMAS

CONTRACT_COLUMNS = {
    "receipts": "receipt_id file_name platform doc_id received_at outcome reason",
    "documents": "doc_id file_name platform received_at status reject_reason doc_kind language "
    "page_count flow_run_id",
    "pages": "doc_id page_no text",
    "entities": "doc_id page_no label text start_char end_char",
    "companies": "doc_id company_name registration_id registration_id_valid country region city "
    "founded_year employees",
    "people": "doc_id name role page_no",
    "figures": "doc_id name value currency fiscal_year page_no evidence source",
    "offerings": "doc_id currency funding_target maximum_target equity_offered_pct "
    "pre_money_valuation price_per_share minimum_investment deadline",
    "financials": "doc_id fiscal_year line_item value currency page_no",
    "use_of_funds": "doc_id category amount currency pct page_no",
    "findings": "doc_id rule_id passed severity message evidence page_no",
    "similarity": "doc_id source_doc_id score copied_fraction method",
    "copied_passages": "doc_id source_doc_id page_no source_page_no text source_text",
}
EXTRA_COLUMNS = {
    "receipts": "source_path size_bytes detail",
    "documents": "size_bytes reject_detail title document_date has_risk_section loaded_at regime",
    "pages": "columns table_count",
    "entities": "source",
    "companies": "registration_kind page_no evidence",
    "people": "evidence",
    "figures": "figure_no source x0 top x1 bottom",
    "use_of_funds": "line_no evidence source",
    "offerings": "deadline_page_no deadline_evidence",
    "findings": "fiscal_year source finding_no",
}
COLUMN_TYPES = [
    ("receipts", "received_at", "TIMESTAMP"),
    ("receipts", "size_bytes", "BIGINT"),
    ("documents", "received_at", "TIMESTAMP"),
    ("documents", "loaded_at", "TIMESTAMP"),
    ("documents", "document_date", "DATE"),
    ("documents", "has_risk_section", "BOOLEAN"),
    ("documents", "page_count", "INTEGER"),
    ("figures", "value", "DOUBLE"),
    ("figures", "fiscal_year", "INTEGER"),
    ("offerings", "funding_target", "DOUBLE"),
    ("offerings", "equity_offered_pct", "DOUBLE"),
    ("offerings", "deadline", "DATE"),
    ("use_of_funds", "amount", "DOUBLE"),
    ("use_of_funds", "pct", "DOUBLE"),
    ("financials", "value", "DOUBLE"),
    ("companies", "registration_id_valid", "BOOLEAN"),
    ("findings", "passed", "BOOLEAN"),
    ("similarity", "score", "DOUBLE"),
    ("statement_lines", "value", "DOUBLE"),
    ("statement_lines", "period_end", "DATE"),
    ("statement_lines", "consolidated", "BOOLEAN"),
    ("projections", "fiscal_year", "INTEGER"),
    ("projections", "value", "DOUBLE"),
]
MODEL_TABLES = [
    (PageText, "pages", {}),
    (Entity, "entities", {}),
    (Company, "companies", {}),
    (Person, "people", {}),
    (Figure, "figures", {"bbox": ("x0", "top", "x1", "bottom")}),
    (FundsLine, "use_of_funds", {}),
    (Offering, "offerings", {}),
    (Finding, "findings", {}),
    (StatementLine, "statement_lines", {"bbox": ("x0", "top", "x1", "bottom")}),
    (Projection, "projections", {"bbox": ("x0", "top", "x1", "bottom")}),
]
CHILD_COUNTS = {
    "pages": 2,
    "entities": 1,
    "companies": 1,
    "people": 1,
    "figures": 2,
    "offerings": 1,
    "use_of_funds": 2,
    "statement_lines": 2,
    "projections": 1,
    "findings": 1,
}
FINDING = Finding(rule_id="missing_risk_factors", passed=True, severity="warning", message="ok")
REJECTION = Rejection(reason="encrypted", detail="needs a password", page_count=3)


def columns_of(con: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
        [table],
    ).fetchall()
    return dict(rows)


def snapshot(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Every row of every table and view, in a stable order."""
    listed = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    tables = [name for (name,) in listed]
    return {name: con.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall() for name in tables}


def count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def test_migrations_ship_as_package_data_in_order():
    assert [migration.name for migration in list_migrations()] == [
        "0001_initial",
        "0002_findings_similarity",
        "0003_statement_lines",
        "0004_projections",
        "0005_similarity_index",
        "0006_arrivals",
        "0007_rules",
        "0008_funds_at_maximum",
    ]


def test_migrations_apply_once(con):
    assert migrate(con) == []
    names = con.execute("SELECT name FROM _migrations ORDER BY applied_at").fetchall()
    assert names == [
        ("0001_initial",),
        ("0002_findings_similarity",),
        ("0003_statement_lines",),
        ("0004_projections",),
        ("0005_similarity_index",),
        ("0006_arrivals",),
        ("0007_rules",),
        ("0008_funds_at_maximum",),
    ]


def test_reconnecting_a_file_applies_nothing_twice(tmp_path, make_arrival, make_disclosure):
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as first:
        warehouse.upsert_disclosure(first, arrival=make_arrival(), disclosure=make_disclosure())
        before = snapshot(first)
    with warehouse.connect(path) as second:
        assert snapshot(second) == before


def test_database_of_the_previous_migration_set_is_upgraded(tmp_path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as old:
        assert migrate(old, migrations=list_migrations()[:1]) == ["0001_initial"]
        assert columns_of(old, "findings") == {}
    with warehouse.connect(path) as upgraded:
        names = upgraded.execute("SELECT name FROM _migrations ORDER BY name").fetchall()
        assert names == [(migration.name,) for migration in list_migrations()]
        assert "rule_id" in columns_of(upgraded, "findings")


def test_failing_migration_leaves_no_trace(con):
    broken = Migration("9999_broken", "CREATE TABLE half_done (a INTEGER); SELEC oops;")
    with pytest.raises(duckdb.ParserException):
        migrate(con, migrations=[broken])
    assert columns_of(con, "half_done") == {}
    assert count(con, "_migrations") == len(list_migrations())


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_contract_columns_exist(con, table):
    required = CONTRACT_COLUMNS[table].split() + EXTRA_COLUMNS.get(table, "").split()
    assert set(required) <= set(columns_of(con, table))


@pytest.mark.parametrize(("table", "column", "data_type"), COLUMN_TYPES)
def test_units_have_their_types(con, table, column, data_type):
    assert columns_of(con, table)[column] == data_type


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_arrow_schemas_match_tables(con, table):
    assert set(SCHEMAS[table].names) <= set(columns_of(con, table))


@pytest.mark.parametrize(("model", "table", "spread"), MODEL_TABLES)
def test_every_model_field_has_a_column(model, table, spread):
    columns = set(SCHEMAS[table].names)
    for field, names in spread.items():
        assert set(names) <= columns
        columns.add(field)
    assert set(model.model_fields) <= columns


def test_financials_is_a_view(con):
    kinds = dict(
        con.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall()
    )
    assert kinds["financials"] == "VIEW"
    assert kinds["figures"] == "BASE TABLE"


def test_connect_names_the_path_it_cannot_open(tmp_path):
    path = tmp_path / "missing-folder" / "w.duckdb"
    with pytest.raises(WarehouseError, match="missing-folder"):
        warehouse.connect(path)


def test_connect_rejects_a_file_that_is_not_duckdb(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database")
    with pytest.raises(WarehouseError, match=r"notes\.duckdb"):
        warehouse.connect(path)


def test_upsert_loads_every_child_row(con, make_arrival, make_disclosure):
    disclosure = make_disclosure()
    warehouse.upsert_disclosure(
        con, arrival=make_arrival(), disclosure=disclosure, flow_run_id="run-1", findings=[FINDING]
    )
    counts = {table: count(con, table) for table in CHILD_COUNTS}
    assert counts == CHILD_COUNTS
    rows = con.execute("SELECT DISTINCT doc_id FROM figures").fetchall()
    assert rows == [(disclosure.doc_id,)]


def test_upsert_stores_documents_row(con, make_arrival, make_disclosure):
    warehouse.upsert_disclosure(
        con, arrival=make_arrival(), disclosure=make_disclosure(), flow_run_id="run-1"
    )
    row = con.execute(
        "SELECT status, reject_reason, doc_kind, language, page_count, flow_run_id, title, "
        "document_date, has_risk_section, received_at, size_bytes, loaded_at IS NOT NULL "
        "FROM documents"
    ).fetchall()
    assert row == [
        (
            "loaded",
            None,
            "offering",
            "en",
            2,
            "run-1",
            "Acme Robotics: Series A",
            dt.date(2025, 2, 1),
            True,
            dt.datetime(2025, 3, 1, 9, 30),  # 17:30 at UTC+8, stored as UTC
            12_345,
            True,
        )
    ]


def test_upsert_keeps_units_and_evidence(con, make_arrival, make_disclosure):
    warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=make_disclosure())
    figures = con.execute(
        "SELECT figure_no, name, value, currency, fiscal_year, source, x0, top, x1, bottom "
        "FROM figures ORDER BY figure_no"
    ).fetchall()
    assert figures == [
        (1, "funding_target", 3_200_000.0, "CNY", None, "text", None, None, None, None),
        (2, "revenue", 1_200_000.0, "CNY", 2024, "table", 72.0, 100.5, 300.0, 112.0),
    ]
    funds = con.execute(
        "SELECT line_no, category, amount, pct, source FROM use_of_funds ORDER BY line_no"
    ).fetchall()
    assert funds == [(1, "R&D", 2_000_000.0, 62.5, "table"), (2, "Marketing", None, 37.5, "text")]
    offering = con.execute(
        "SELECT funding_target, equity_offered_pct, deadline, deadline_page_no FROM offerings"
    ).fetchall()
    assert offering == [(3_200_000.0, 10.0, dt.date(2025, 6, 30), 1)]
    company = con.execute(
        "SELECT company_name, registration_kind, country, founded_year, employees FROM companies"
    ).fetchall()
    assert company == [("Acme Robotics Ltd", "cn_uscc", "CN", 2019, 42)]


def test_upsert_with_nothing_disclosed_keeps_one_company_row(con, make_arrival, make_disclosure):
    bare = make_disclosure(
        entities=[],
        company=Company(),
        people=[],
        figures=[],
        use_of_funds=[],
        offering=None,
        statement_lines=[],
        projections=[],
    )
    warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=bare)
    counts = {table: count(con, table) for table in CHILD_COUNTS}
    assert counts == dict.fromkeys(CHILD_COUNTS, 0) | {"pages": 2, "companies": 1}
    row = con.execute("SELECT * EXCLUDE (doc_id) FROM companies").fetchall()
    assert row == [(None,) * (len(SCHEMAS["companies"]) - 1)]


def test_upserting_twice_changes_nothing(con, make_arrival, make_disclosure):
    load = {"arrival": make_arrival(), "disclosure": make_disclosure(), "findings": [FINDING]}
    warehouse.upsert_disclosure(con, **load)
    before = snapshot(con)
    warehouse.upsert_disclosure(con, **load)
    assert snapshot(con) == before


def test_reload_replaces_child_rows_and_keeps_first_arrival(con, make_arrival, make_disclosure):
    warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=make_disclosure())
    later = make_arrival(file_name="copy.pdf", received_at=dt.datetime(2025, 4, 1, tzinfo=dt.UTC))
    fewer = make_disclosure(figures=[])
    warehouse.upsert_disclosure(con, arrival=later, disclosure=fewer, flow_run_id="run-2")
    assert count(con, "figures") == 0
    assert con.execute("SELECT file_name, flow_run_id FROM documents").fetchall() == [
        ("plan.pdf", "run-2")
    ]
    assert count(con, "receipts") == 2


def test_failed_upsert_rolls_back_to_the_previous_load(con, make_arrival, make_disclosure):
    warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=make_disclosure())
    before = snapshot(con)
    same_page_twice = [PageText(page_no=1, text="a"), PageText(page_no=1, text="b")]
    broken = make_disclosure(pages=same_page_twice, figures=[])
    with pytest.raises(duckdb.ConstraintException):
        warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=broken)
    assert snapshot(con) == before


def test_rejection_records_document_and_receipt(con, make_arrival):
    arrival = make_arrival()
    warehouse.record_rejection(con, arrival=arrival, rejection=REJECTION, flow_run_id="run-1")
    document = con.execute(
        "SELECT status, reject_reason, reject_detail, page_count, doc_kind FROM documents"
    ).fetchall()
    assert document == [("rejected", "encrypted", "needs a password", 3, None)]
    receipt = con.execute("SELECT receipt_id, outcome, reason, detail FROM receipts").fetchall()
    assert receipt == [(arrival.receipt_id, "rejected", "encrypted", "needs a password")]


def test_recording_a_rejection_twice_changes_nothing(con, make_arrival):
    arrival = make_arrival()
    warehouse.record_rejection(con, arrival=arrival, rejection=REJECTION)
    before = snapshot(con)
    warehouse.record_rejection(con, arrival=arrival, rejection=REJECTION)
    assert snapshot(con) == before


def test_rejection_never_downgrades_a_loaded_document(con, make_arrival, make_disclosure):
    warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=make_disclosure())
    other_name = make_arrival(file_name="again.pdf")
    warehouse.record_rejection(con, arrival=other_name, rejection=REJECTION)
    assert con.execute("SELECT status, reject_reason FROM documents").fetchall() == [
        ("loaded", None)
    ]


def test_loading_after_a_rejection_clears_the_reason(con, make_arrival, make_disclosure):
    arrival = make_arrival()
    warehouse.record_rejection(con, arrival=arrival, rejection=REJECTION)
    warehouse.upsert_disclosure(con, arrival=arrival, disclosure=make_disclosure())
    assert con.execute("SELECT status, reject_reason, reject_detail FROM documents").fetchall() == [
        ("loaded", None, None)
    ]
    # The same arrival keeps its first receipt.
    assert con.execute("SELECT outcome FROM receipts").fetchall() == [("rejected",)]


def test_duplicate_records_a_receipt_only(con, make_arrival):
    arrival = make_arrival(file_name="copy of plan.pdf")
    warehouse.record_duplicate(con, arrival=arrival, original_file_name="plan.pdf")
    warehouse.record_duplicate(con, arrival=arrival, original_file_name="plan.pdf")
    assert con.execute("SELECT file_name, outcome, reason FROM receipts").fetchall() == [
        ("copy of plan.pdf", "duplicate", "same content as plan.pdf")
    ]
    assert count(con, "documents") == 0


def test_duplicate_of_a_stored_document_names_the_file_it_arrived_as(
    con, make_arrival, make_disclosure
):
    warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=make_disclosure())
    again = make_arrival(file_name="plan (1).pdf")
    reason = warehouse.record_duplicate(con, arrival=again)
    stored = con.execute("SELECT file_name FROM documents").fetchone()[0]
    assert reason == f"same content as {stored}"
    assert con.execute(
        "SELECT reason FROM receipts WHERE file_name = 'plan (1).pdf'"
    ).fetchone() == (reason,)


def test_known_documents_reports_stored_statuses(con, make_arrival, make_disclosure, make_doc_id):
    warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=make_disclosure())
    rejected = make_arrival(doc_id=make_doc_id("locked"), file_name="locked.pdf")
    warehouse.record_rejection(con, arrival=rejected, rejection=REJECTION)
    asked = [make_doc_id("plan"), make_doc_id("locked"), make_doc_id("never seen")]
    assert warehouse.known_documents(con, asked) == {
        make_doc_id("plan"): "loaded",
        make_doc_id("locked"): "rejected",
    }
    assert warehouse.known_documents(con, []) == {}


def revenue(value: float, *, page_no: int, source: str, year: int | None = 2024) -> Figure:
    return Figure(
        name="revenue",
        value=value,
        currency="USD",
        fiscal_year=year,
        page_no=page_no,
        evidence=f"revenue {value}",
        source=source,
    )


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ([revenue(1.0, page_no=1, source="text"), revenue(2.0, page_no=5, source="table")], 2.0),
        ([revenue(1.0, page_no=4, source="table"), revenue(2.0, page_no=3, source="table")], 2.0),
        ([revenue(1.0, page_no=3, source="text"), revenue(2.0, page_no=3, source="text")], 1.0),
    ],
    ids=["table-over-text", "lowest-page", "first-figure"],
)
def test_financials_picks_one_value_per_year(con, make_arrival, make_disclosure, figures, expected):
    warehouse.upsert_disclosure(
        con, arrival=make_arrival(), disclosure=make_disclosure(figures=figures)
    )
    rows = con.execute("SELECT fiscal_year, line_item, value FROM financials").fetchall()
    assert rows == [(2024, "revenue", expected)]


def test_financials_skips_undated_and_offering_figures(con, make_arrival, make_disclosure):
    undated = revenue(5.0, page_no=1, source="table", year=None)
    figures = [undated, *make_disclosure().figures]
    warehouse.upsert_disclosure(
        con, arrival=make_arrival(), disclosure=make_disclosure(figures=figures)
    )
    rows = con.execute("SELECT fiscal_year, line_item, value, page_no FROM financials").fetchall()
    assert rows == [(2024, "revenue", 1_200_000.0, 2)]


def test_review_queue_orders_by_failed_errors_and_counts_a_failure_once(con):
    for name in ("clean.pdf", "bad.pdf", "worse.pdf"):
        con.execute(
            "INSERT INTO documents (doc_id, file_name, platform, received_at, status, regime) "
            "VALUES (?, ?, 'p', now(), 'loaded', 'other')",
            [doc_id_for(name), name],
        )
    ids = dict(con.execute("SELECT file_name, doc_id FROM documents").fetchall())
    worse, bad, clean = ids["worse.pdf"], ids["bad.pdf"], ids["clean.pdf"]
    sheet = "balance_sheet_mismatch"
    rows = [
        # a rule and its batch check on the same year count once; another year counts again
        (worse, sheet, False, "error", "assets ≠ L+E 2024", 2024, "rule", 1),
        (worse, sheet, False, "error", "GX: 2024", 2024, "expectation", 9),
        (worse, sheet, False, "error", "assets ≠ L+E 2023", 2023, "rule", 2),
        (bad, "oversubscription_use_missing", False, "warning", "no use", None, "rule", 1),
        (bad, "revenue_contradiction", None, "info", "Not checked", None, "rule", 2),
        (clean, "negative_amount", True, "error", "fine", None, "rule", 1),
    ]
    con.executemany(
        "INSERT INTO findings (doc_id, rule_id, passed, severity, message, fiscal_year, source, "
        "finding_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    queue = con.execute(
        "SELECT file_name, errors, warnings, undecided, first_message FROM review_queue"
    ).fetchall()
    assert queue == [
        ("worse.pdf", 2, 0, 0, "assets ≠ L+E 2024"),
        ("bad.pdf", 0, 1, 1, "no use"),
        ("clean.pdf", 0, 0, 0, None),
    ]
