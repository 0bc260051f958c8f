"""Shared, cheap fixtures: a migrated in-memory warehouse and builders of the models it loads."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from typing import Any

import duckdb
import pytest
from prefect.testing.utilities import prefect_test_harness

import warehouse
from schemas import (
    Arrival,
    Company,
    Disclosure,
    Entity,
    Figure,
    FundsLine,
    Offering,
    PageText,
    Person,
    Projection,
    StatementLine,
)

PREFECT_STARTUP_SECONDS = 180
RECEIVED_AT = dt.datetime(2025, 3, 1, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def doc_id_for(content: str) -> str:
    """A doc_id as the pipeline makes one: the sha256 of the (here: made-up) file bytes."""
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


@pytest.fixture
def make_doc_id() -> Callable[[str], str]:
    """Make a doc_id from a made-up file content, as the pipeline does from real bytes."""
    return doc_id_for


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory warehouse with every migration applied."""
    connection = warehouse.connect()
    yield connection
    connection.close()


@pytest.fixture
def make_arrival() -> Callable[..., Arrival]:
    """Build an Arrival; keyword arguments override the defaults."""

    def make(**overrides: Any) -> Arrival:
        values: dict[str, Any] = {
            "path": "/inbox/seedrs/plan.pdf",
            "file_name": "plan.pdf",
            "platform": "seedrs",
            "doc_id": doc_id_for("plan"),
            "size_bytes": 12_345,
            "received_at": RECEIVED_AT,
        }
        return Arrival(**(values | overrides))

    return make


@pytest.fixture
def make_disclosure() -> Callable[..., Disclosure]:
    """Build a Disclosure with a row for every child table; keyword arguments override fields."""

    def make(**overrides: Any) -> Disclosure:
        values: dict[str, Any] = {
            "doc_id": doc_id_for("plan"),
            "doc_kind": "offering",
            "language": "en",
            "page_count": 2,
            "title": "Acme Robotics: Series A",
            "document_date": dt.date(2025, 2, 1),
            "pages": [
                PageText(page_no=1, text="Acme Robotics Ltd raises RMB 3.2 million."),
                PageText(page_no=2, text="Revenue 2024: 1,200", columns=2, table_count=1),
            ],
            "entities": [
                Entity(page_no=1, label="ORG", text="Acme Robotics Ltd", start_char=0, end_char=17)
            ],
            "company": Company(
                company_name="Acme Robotics Ltd",
                registration_id="91330100MA2B3C4D5E",
                registration_kind="cn_uscc",
                registration_id_valid=True,
                country="CN",
                region="Zhejiang",
                city="Hangzhou",
                founded_year=2019,
                employees=42,
                page_no=1,
                evidence="Acme Robotics Ltd (USCC 91330100MA2B3C4D5E)",
            ),
            "people": [
                Person(name="Li Wei", role="ceo", page_no=1, evidence="Li Wei, CEO"),
            ],
            "figures": [
                Figure(
                    name="funding_target",
                    value=3_200_000.0,
                    currency="CNY",
                    page_no=1,
                    evidence="raises RMB 3.2 million",
                    source="text",
                ),
                Figure(
                    name="revenue",
                    value=1_200_000.0,
                    currency="CNY",
                    fiscal_year=2024,
                    page_no=2,
                    evidence="Revenue 2024: 1,200 (in thousands)",
                    source="table",
                    bbox=(72.0, 100.5, 300.0, 112.0),
                ),
            ],
            "statement_lines": [
                StatementLine(
                    statement="income_statement",
                    title="Income Statement",
                    label="Revenue",
                    line_item="revenue",
                    period_end=dt.date(2024, 12, 31),
                    period_months=12,
                    fiscal_year=2024,
                    value=1_200_000.0,
                    printed="1,200",
                    scale=1000.0,
                    currency="CNY",
                    page_no=2,
                    bbox=(300.0, 100.5, 330.0, 112.0),
                ),
                StatementLine(
                    statement="income_statement",
                    title="Income Statement",
                    label="Other income",
                    value=-5_000.0,
                    printed="(5)",
                    scale=1000.0,
                    currency="CNY",
                    page_no=2,
                ),
            ],
            "projections": [
                Projection(
                    name="revenue",
                    value=2_500_000.0,
                    currency="CNY",
                    fiscal_year=2026,
                    page_no=3,
                    evidence="预计2026年营业收入250万元",
                    source="text",
                ),
            ],
            "use_of_funds": [
                FundsLine(
                    category="R&D",
                    amount=2_000_000.0,
                    currency="CNY",
                    pct=62.5,
                    page_no=1,
                    evidence="R&D 62.5%",
                    source="table",
                ),
                FundsLine(category="Marketing", pct=37.5, page_no=1, evidence="Mkt", source="text"),
            ],
            "offering": Offering(
                currency="CNY",
                funding_target=3_200_000.0,
                equity_offered_pct=10.0,
                pre_money_valuation=28_800_000.0,
                deadline=dt.date(2025, 6, 30),
                deadline_page_no=1,
                deadline_evidence="closes 30 June 2025",
            ),
            "has_risk_section": True,
        }
        return Disclosure(**(values | overrides))

    return make


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A temporary Prefect API for the whole session (starting one takes ~10 s, and several
    times that on a busy two-core machine: the 30 s default timed out there)."""
    with prefect_test_harness(server_startup_timeout=PREFECT_STARTUP_SECONDS):
        yield
