"""`make bench`: what the Great Expectations stage costs an ingest run of 100 documents.

    python -m tests.bench_expectations --out bench/expectations.md [--docs 100] [--repeats 7]
        [--work COPY_OF_A_WORKING_DB]   # measure on real loaded documents instead

Builds a warehouse of `--docs` documents shaped like the generated corpus's (per document ~10
figures, ~3 use-of-funds lines, ~23 statement lines, an offering for 7 in 10; one in ten with
an injected defect), then times, in this process: importing GX and building its context (once
per process), and `validate_documents` with and without the Data Docs (medians of
`--repeats`). Writes the numbers as JSON beside the Markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

import warehouse
from schemas import (
    Arrival,
    Company,
    Disclosure,
    Figure,
    FundsLine,
    Offering,
    PageText,
    Settings,
    StatementLine,
)

DEFAULT_DOCS = 100
DEFAULT_REPEATS = 7
DEFAULT_PROCESSES = 3
ROOT = Path(__file__).resolve().parents[1]
CONTEXT = (
    "import time, flows.expectations as stage; t = time.perf_counter(); stage.gx_validations(); "
    "print(time.perf_counter() - t)"
)
LINE_ITEMS = ("total_assets", "total_liabilities", "total_equity", "revenue", "net_income")


def disclosure(number: int) -> Disclosure:
    """A plausible loaded document; every tenth one offers 150% of its equity."""
    doc_id = hashlib.sha256(f"bench {number}".encode()).hexdigest()
    target = 100_000.0 * (1 + number % 17)
    years = (2022, 2023, 2024)
    totals = {"total_assets": 900_000.0, "total_liabilities": 500_000.0, "total_equity": 400_000.0}
    values = {**totals, "revenue": 1_200_000.0, "net_income": 80_000.0}
    lines = [
        StatementLine(
            statement="balance_sheet" if item.startswith("total") else "income_statement",
            title="Statements",
            label=item.replace("_", " "),
            line_item=item,
            fiscal_year=year,
            value=values[item] + year,
            printed=f"{values[item] + year:,.0f}",
            scale=1.0,
            currency="USD",
            page_no=3,
        )
        for year in years
        for item in LINE_ITEMS
    ]
    figures = [
        Figure(
            name=line.line_item or "",
            value=line.value,
            currency="USD",
            fiscal_year=line.fiscal_year,
            page_no=3,
            evidence=line.printed,
            source="table",
        )
        for line in lines
        if line.line_item in totals
    ]
    equity = 150.0 if number % 10 == 0 else 10.0
    offering = Offering(
        currency="USD",
        funding_target=target,
        maximum_target=2 * target,
        equity_offered_pct=equity,
        minimum_investment=100.0,
    )
    funds = [
        FundsLine(
            category=name,
            amount=target * share / 100,
            currency="USD",
            pct=share,
            page_no=2,
            evidence=f"{name} {share}%",
            source="table",
        )
        for name, share in (("R&D", 50.0), ("Marketing", 30.0), ("Working capital", 20.0))
    ]
    return Disclosure(
        doc_id=doc_id, doc_kind="offering", language="en", page_count=4,
        pages=[PageText(page_no=page, text="text") for page in range(1, 5)],
        company=Company(company_name=f"Bench {number} Inc.", country="US", page_no=1),
        figures=figures, statement_lines=lines, use_of_funds=funds,
        offering=offering if number % 10 < 7 else None,
    )  # fmt: skip


def build_warehouse(work: Path, *, docs: int) -> list[str]:
    """Store `docs` documents in a new working database; their doc_ids."""
    received = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    disclosures = [disclosure(number) for number in range(docs)]
    with warehouse.connect(work) as con:
        for item in disclosures:
            arrival = Arrival(path=f"/in/{item.doc_id[:8]}.pdf", file_name=f"{item.doc_id[:8]}.pdf",
                              platform="bench", doc_id=item.doc_id, size_bytes=1,
                              received_at=received)  # fmt: skip
            warehouse.upsert_disclosure(con, arrival=arrival, disclosure=item, regime="us_reg_cf")
    return [item.doc_id for item in disclosures]


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def context_seconds() -> float:
    """Seconds a fresh process takes to import GX and build the stage's context."""
    done = subprocess.run(
        [sys.executable, "-c", CONTEXT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def measure(work: Path, doc_ids: list[str], *, db: Path, repeats: int) -> dict[str, object]:
    """Seconds of the stage's parts on the documents `doc_ids` of `work`."""
    from flows.expectations import gx_validations, validate_documents

    load = os.getloadavg()[0]
    contexts = [context_seconds() for _ in range(DEFAULT_PROCESSES)]
    gx_validations()
    settings = Settings(db=db)
    bare = [
        timed(lambda: validate_documents(work, doc_ids, settings=settings, datadocs=False))
        for _ in range(repeats)
    ]
    docs = [
        timed(lambda: validate_documents(work, doc_ids, settings=settings)) for _ in range(repeats)
    ]
    with duckdb.connect(str(work), read_only=True) as con:
        rows = con.execute("SELECT count(*) FROM findings WHERE source = 'expectation'").fetchone()
    return {
        "documents": len(doc_ids),
        "expectation_findings": rows[0] if rows else 0,
        "import_and_context_seconds_median": round(statistics.median(contexts), 3),
        "import_and_context_seconds_all": [round(value, 3) for value in contexts],
        "validate_seconds_median": round(statistics.median(bare), 3),
        "validate_with_datadocs_seconds_median": round(statistics.median(docs), 3),
        "validate_seconds_all": [round(value, 3) for value in bare],
        "validate_with_datadocs_seconds_all": [round(value, 3) for value in docs],
        "repeats": repeats,
        "load_average_1min_at_start": round(load, 2),
    }


def markdown(numbers: dict[str, object], *, source: str) -> str:
    docs = int(str(numbers["documents"]))
    bare = float(str(numbers["validate_seconds_median"]))
    full = float(str(numbers["validate_with_datadocs_seconds_median"]))
    return "\n".join(
        [
            f"# Great Expectations stage: {docs} documents ({source})",
            "",
            "| what | seconds |",
            "| --- | --- |",
            f"| import GX + build its context (once per process; median of {DEFAULT_PROCESSES}) | "
            f"{numbers['import_and_context_seconds_median']} |",
            f"| validate: read batches, 7 suites, findings stored (median of "
            f"{numbers['repeats']}) | {bare} ({1000 * bare / docs:.1f} ms/document) |",
            f"| the same + Data Docs built and made offline (median) | {full} |",
            "",
            "`python -m tests.bench_expectations` on the project's 2-core machine, shared (load "
            f"average {numbers['load_average_1min_at_start']} at the start; importing GX is most "
            "of the first line and grows with the load).",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("bench/expectations.md"))
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    parser.add_argument("--work", type=Path, help="a copy of a working database to measure on")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        if args.work is None:
            work, source = Path(folder) / "work.duckdb", "synthetic, shaped like the corpus"
            doc_ids = build_warehouse(work, docs=args.docs)
        else:
            work, source = args.work, f"loaded documents of {args.work.name}"
            with duckdb.connect(str(work), read_only=True) as con:
                found = con.execute("SELECT doc_id FROM documents WHERE status = 'loaded'")
                doc_ids = [doc_id for (doc_id,) in found.fetchall()]
        numbers = measure(work, doc_ids, db=db, repeats=args.repeats)
    args.out.write_text(markdown(numbers, source=source), encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(numbers, indent=2) + "\n", "utf-8")
    print(args.out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
