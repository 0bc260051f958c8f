"""The Great Expectations suites: run on a warehouse of consistent and defective documents, their
findings stored and published, and their Data Docs built to open offline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pytest
from prefect import flow

import warehouse
from flows.datadocs import cdn_files, datadocs_folder, remote_loads
from flows.expectations import validate_batch, validate_documents
from schemas import Disclosure, Figure, Finding, FundsLine, Offering, Settings
from schemas.expectations import RULES, ExpectationReport, suites
from tests.conftest import doc_id_for
from tests.pdfs import write_pdf

GOOD = doc_id_for("consistent plan")
BAD = doc_id_for("defective plan")
MIRRORED = {"equity_pct_out_of_range", "negative_amount", "balance_sheet_mismatch"}
MIRRORED |= {"target_above_maximum"}
GX_TEMPLATES = "render/view/templates"
ROW_LINK = re.compile(r"'_table_row_link_path': '([^']+)'")
"""The index lists runs as bootstrap-table rows, data in a script: each row's page."""
CDN = re.compile(
    r"<(?:script|link|img)\b[^>]*\s(?:src|href)=\"(https?://[^\"]+)\""
    r"|url\(['\"]?(https?://[^'\")]+)"
    r"|static_images_dir = \"(https?://[^\"]+)\""
)
"""What a GX template loads from the network: a tag's address, a CSS url(), the logos' folder."""
ROOT = Path(__file__).parent.parent
PROCESS_TIMEOUT = 600
# One ingest run in a fresh interpreter: its outcome, and whether it imported GX.
ONE_RUN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from flows.ingest import run_ingest
    from schemas import Settings

    (outcome,) = run_ingest([Path(sys.argv[1])], settings=Settings(db=Path(sys.argv[2])))
    print(outcome.outcome, "great_expectations" in sys.modules)
    """
)


def balance(assets: float, liabilities: float = 3_000_000.0, equity: float = 2_000_000.0) -> list:
    """A 2024 balance sheet's totals as the statements' figures."""
    values = {"total_assets": assets, "total_liabilities": liabilities, "total_equity": equity}
    return [
        Figure(
            name=name,
            value=value,
            currency="CNY",
            fiscal_year=2024,
            page_no=2,
            evidence=f"Balance sheet: {name.replace('_', ' ')} {value:,.0f}",
            source="table",
        )
        for name, value in values.items()
    ]


@pytest.fixture
def consistent(make_disclosure: Callable[..., Disclosure]) -> Callable[..., Disclosure]:
    """A document whose every stored figure is consistent; keyword arguments change it:
    `offering` and `company` update those records, `figures` are added, `assets` is the
    balance sheet's total assets, anything else replaces a field of the disclosure."""

    def make(
        doc_id: str = GOOD,
        *,
        offering: dict[str, Any] | None = None,
        company: dict[str, Any] | None = None,
        figures: tuple[Figure, ...] = (),
        assets: float = 5_000_000.0,
        **changes: Any,
    ) -> Disclosure:
        base = make_disclosure(doc_id=doc_id)
        terms = {"maximum_target": 4_000_000.0, **(offering or {})}
        return base.model_copy(
            update={
                "offering": (base.offering or Offering()).model_copy(update=terms),
                "company": base.company.model_copy(update=company or {}),
                "figures": [*base.figures, *balance(assets), *figures],
                **changes,
            }
        )

    return make


def store(
    work: Path,
    disclosures: list[Disclosure],
    make_arrival: Callable[..., Any],
    *,
    regime: str | None = "cn_internet_finance",
    findings: tuple[Finding, ...] = (),
) -> None:
    with warehouse.connect(work) as con:
        for disclosure in disclosures:
            warehouse.upsert_disclosure(
                con,
                arrival=make_arrival(
                    doc_id=disclosure.doc_id, file_name=f"{disclosure.doc_id}.pdf"
                ),
                disclosure=disclosure,
                regime=regime,
                findings=findings,
            )


def arrival_of(disclosure: Disclosure, make_arrival: Callable[..., Any]) -> Any:
    """The arrival of a document whose file is named by its doc_id."""
    return make_arrival(doc_id=disclosure.doc_id, file_name=f"{disclosure.doc_id}.pdf")


def expectation_findings(work: Path) -> list[dict[str, Any]]:
    with duckdb.connect(str(work)) as con:
        cursor = con.execute(
            "SELECT * FROM findings WHERE source = 'expectation' ORDER BY doc_id, finding_no"
        )
        names = [column[0] for column in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_a_consistent_document_passes_every_rule_it_can_be_checked_by(
    tmp_path: Path, consistent: Callable[..., Disclosure], make_arrival: Callable[..., Any]
) -> None:
    work = tmp_path / "work.duckdb"
    store(work, [consistent()], make_arrival)
    report = validate_documents(work, [GOOD], settings=Settings(db=tmp_path / "w.duckdb"))
    found = expectation_findings(work)
    assert [row for row in found if row["passed"] is not True] == []
    assert {row["rule_id"] for row in found} == set(RULES)
    assert all(row["message"].startswith("checked: ") for row in found)
    assert report.documents == 1 and report.failed_findings == 0 and report.failed_documents == 0


def test_every_column_a_check_reads_is_in_its_batch(con: duckdb.DuckDBPyConnection) -> None:
    batches = warehouse.read_batches(con, [GOOD])
    assert set(batches) == {suite.name for suite in suites()}
    for suite in suites():
        columns = set(batches[suite.name].columns)
        assert {"doc_id", "file_name", "row_no"} <= columns, suite.name
        assert {column for check in suite.checks for column in check.columns} <= columns
        assert suite.year_column is None or suite.year_column in columns


def test_a_document_with_nothing_to_check_gets_no_finding_from_those_checks(
    tmp_path: Path, consistent: Callable[..., Disclosure], make_arrival: Callable[..., Any]
) -> None:
    work = tmp_path / "work.duckdb"
    statements = consistent(offering=None, use_of_funds=[], doc_kind="financial_statement")
    store(work, [statements.model_copy(update={"offering": None})], make_arrival)
    settings = Settings(db=tmp_path / "w.duckdb")
    report = validate_documents(work, [GOOD, doc_id_for("never stored")], settings=settings)
    found = {row["rule_id"]: row["passed"] for row in expectation_findings(work)}
    assert "target_above_maximum" not in found and "gx_value_range" not in found
    assert found["balance_sheet_mismatch"] is True and set(found.values()) == {True}
    assert report.documents == 1


def test_nothing_loaded_nothing_validated(tmp_path: Path) -> None:
    work = tmp_path / "work.duckdb"
    report = validate_documents(work, [BAD], settings=Settings(db=tmp_path / "w.duckdb"))
    assert report.documents == 0 and report.datadocs is None
    assert not datadocs_folder(tmp_path / "w.duckdb").exists()


DEFECTS = [
    pytest.param(
        "equity_pct_out_of_range",
        {
            "offering": {"equity_offered_pct": 150.0},
            "figures": (
                Figure(
                    name="equity_offered_pct",
                    value=150.0,
                    page_no=1,
                    evidence="Equity offered: 150%",
                    source="text",
                ),
            ),
        },
        "equity offered is 150%, not within (0, 100]",
        1,
        id="equity",
    ),
    pytest.param(
        "negative_amount",
        {"offering": {"funding_target": -3_200_000.0, "maximum_target": None}},
        "funding target is negative: -3,200,000 CNY",
        None,
        id="negative",
    ),
    pytest.param(
        "balance_sheet_mismatch",
        {"assets": 5_500_000.0},
        "fiscal 2024: total assets 5,500,000 but total liabilities + total equity 5,000,000 "
        "CNY (off by 500,000)",
        2,
        id="balance",
    ),
    pytest.param(
        "target_above_maximum",
        {"offering": {"maximum_target": 2_000_000.0}},
        "the funding target 3,200,000 is above the maximum 2,000,000 CNY",
        None,
        id="maximum",
    ),
    pytest.param(
        "gx_currency_code",
        {"offering": {"currency": "ZZZ"}},
        "currency ZZZ is not an ISO 4217 code",
        None,
        id="currency",
    ),
    pytest.param(
        "gx_language_code",
        {"language": "qq"},
        "language qq is not an ISO 639-1 code",
        None,
        id="language",
    ),
    pytest.param(
        "gx_country_code",
        {"company": {"country": "XX"}},
        "country XX is not an ISO 3166-1 alpha-2 code",
        1,
        id="country",
    ),
    pytest.param(
        "gx_page_number",
        {
            "figures": (
                Figure(
                    name="cash",
                    value=1.0,
                    currency="CNY",
                    page_no=9,
                    evidence="Cash 1",
                    source="text",
                ),
            )
        },
        "page 9 is past the document's last page (2)",
        9,
        id="page",
    ),
    pytest.param(
        "gx_value_range",
        {
            "use_of_funds": [
                FundsLine(category="R&D", pct=120.0, page_no=1, evidence="R&D 120%", source="text")
            ]
        },
        "use of funds 'R&D' is 120% of the proceeds, not within 0-100%",
        1,
        id="use-of-funds",
    ),
]


@pytest.mark.parametrize(("rule_id", "changes", "message", "page_no"), DEFECTS)
def test_a_defect_fails_its_rule_alone_in_its_document(
    tmp_path: Path,
    consistent: Callable[..., Disclosure],
    make_arrival: Callable[..., Any],
    rule_id: str,
    changes: dict[str, Any],
    message: str,
    page_no: int | None,
) -> None:
    work = tmp_path / "work.duckdb"
    store(work, [consistent(), consistent(BAD, **changes)], make_arrival)
    report = validate_documents(
        work, [GOOD, BAD], settings=Settings(db=tmp_path / "w.duckdb"), datadocs=False
    )
    assert report.failed_rules == {BAD: [rule_id]}  # the run's artifact lists it (issue 9)
    failed = [row for row in expectation_findings(work) if row["passed"] is False]
    assert [(row["doc_id"], row["rule_id"]) for row in failed] == [(BAD, rule_id)]
    (finding,) = failed
    assert finding["message"] == message
    assert finding["severity"] == RULES[rule_id].severity
    assert finding["page_no"] == page_no
    assert finding["evidence"]


def test_a_missing_regime_is_a_missing_required_field(
    tmp_path: Path, consistent: Callable[..., Disclosure], make_arrival: Callable[..., Any]
) -> None:
    work = tmp_path / "work.duckdb"
    store(work, [consistent()], make_arrival, regime=None)
    validate_documents(work, [GOOD], settings=Settings(db=tmp_path / "w.duckdb"), datadocs=False)
    failed = [row for row in expectation_findings(work) if row["passed"] is False]
    assert [(row["rule_id"], row["message"]) for row in failed] == [
        ("gx_required_field", "no disclosure regime")
    ]


def test_the_balance_sheet_tolerance_is_a_setting(
    tmp_path: Path, consistent: Callable[..., Disclosure], make_arrival: Callable[..., Any]
) -> None:
    work = tmp_path / "work.duckdb"
    store(work, [consistent(assets=5_010_000.0)], make_arrival)  # off by 0.2%
    for tolerance, passed in ((0.005, True), (0.001, False)):
        settings = Settings(db=tmp_path / "w.duckdb", balance_tolerance=tolerance)
        validate_documents(work, [GOOD], settings=settings, datadocs=False)
        (row,) = [r for r in expectation_findings(work) if r["rule_id"] == "balance_sheet_mismatch"]
        assert row["passed"] is passed


def unpublished(work: Path) -> set[str]:
    with duckdb.connect(str(work)) as con:
        return {doc_id for (doc_id,) in con.execute("SELECT doc_id FROM _unpublished").fetchall()}


def test_findings_replace_the_expectations_earlier_rows_and_keep_the_rules(
    tmp_path: Path, consistent: Callable[..., Disclosure], make_arrival: Callable[..., Any]
) -> None:
    work = tmp_path / "work.duckdb"
    rule = Finding(
        rule_id="missing_risk_factors", passed=True, severity="error", message="risk factors"
    )
    store(work, [consistent(), consistent(BAD, language="qq")], make_arrival, findings=(rule,))
    settings = Settings(db=tmp_path / "w.duckdb")
    with duckdb.connect(str(work)) as con:
        con.execute("DELETE FROM _unpublished")
    validate_documents(work, [GOOD, BAD], settings=settings, datadocs=False)
    assert unpublished(work) == {GOOD, BAD}
    first = expectation_findings(work)
    assert {row["finding_no"] for row in first} >= {2} and 1 not in {r["finding_no"] for r in first}

    with duckdb.connect(str(work)) as con:  # nothing changed: nothing to republish
        con.execute("DELETE FROM _unpublished")
    validate_documents(work, [GOOD, BAD], settings=settings, datadocs=False)
    assert unpublished(work) == set()
    assert expectation_findings(work) == first

    store(work, [consistent(BAD)], make_arrival, findings=(rule,))  # the defect fixed, reloaded
    with duckdb.connect(str(work)) as con:
        con.execute("DELETE FROM _unpublished")
        con.execute("INSERT INTO findings BY NAME SELECT * FROM findings WHERE doc_id = ?", [GOOD])
    validate_documents(work, [BAD], settings=settings, datadocs=False)
    assert unpublished(work) == {BAD}
    with duckdb.connect(str(work)) as con:
        rows = con.execute(
            "SELECT source, count(*), count(*) FILTER (WHERE passed = false) FROM findings "
            "WHERE doc_id = ? GROUP BY source ORDER BY source",
            [BAD],
        ).fetchall()
    assert rows == [("expectation", len(RULES), 0), ("rule", 1, 0)]


def test_findings_are_published_with_the_run(
    tmp_path: Path, consistent: Callable[..., Disclosure], make_arrival: Callable[..., Any]
) -> None:
    db = tmp_path / "disclosure.duckdb"
    with warehouse.writer(db) as out:
        store(out.work, [consistent(BAD, offering={"equity_offered_pct": 0.0})], make_arrival)
        out.publish()  # the document as stored, before its batch check
        validate_documents(out.work, [BAD], settings=Settings(db=db), datadocs=False)
    _, rows = warehouse.query(
        db, "SELECT rule_id, message FROM findings WHERE source = 'expectation' AND NOT passed"
    )
    assert rows == [("equity_pct_out_of_range", "equity offered is 0%, not within (0, 100]")]


class Links(HTMLParser):
    """What a page loads (scripts, stylesheets, images, icons), links to, and says."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.anchors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        loaded = {"script": "src", "img": "src", "link": "href"}.get(tag)
        if loaded and values.get(loaded):
            self.loads.append(str(values[loaded]))
        if tag == "a" and values.get("href"):
            self.anchors.append(str(values["href"]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(page: Path) -> Links:
    links = Links()
    links.feed(page.read_text(encoding="utf-8"))
    return links


def local_file(page: Path, address: str) -> Path:
    return (page.parent / address.split("?")[0].split("#")[0]).resolve()


@pytest.fixture
def two_documents(
    tmp_path: Path, consistent: Callable[..., Disclosure], make_arrival: Callable[..., Any]
) -> Path:
    """A working database holding a consistent document and one offering 150% of its equity."""
    work = tmp_path / "work.duckdb"
    bad = consistent(BAD, offering={"equity_offered_pct": 150.0})
    store(work, [consistent(), bad], make_arrival)
    return work


def test_datadocs_hold_the_suites_results_and_open_offline(
    tmp_path: Path, two_documents: Path
) -> None:
    db = tmp_path / "disclosure.duckdb"
    report = validate_documents(two_documents, [GOOD, BAD], settings=Settings(db=db))
    index = datadocs_folder(db) / "index.html"
    assert report.datadocs == str(index)
    pages = {
        local_file(index, link).parent.parent.parent.name: local_file(index, link)
        for link in ROW_LINK.findall(index.read_text(encoding="utf-8"))
        if link.startswith("validations/")
    }
    assert set(pages) == {suite.name for suite in suites()}
    offerings = " ".join(parsed(pages["offerings"]).text)
    assert "equity_offered_pct" in offerings and f"{BAD}.pdf" in offerings
    assert f"{GOOD}.pdf" not in offerings  # only the unexpected row is listed
    assert "Failed" in offerings and "Succeeded" in " ".join(parsed(pages["companies"]).text)
    for page in datadocs_folder(db).rglob("*.html"):
        assert remote_loads(page.read_text(encoding="utf-8")) == [], page
        for address in parsed(page).loads:
            assert not re.match(r"(https?:)?//", address), (page, address)
            assert local_file(page, address).is_file(), (page, address)


def test_datadocs_keep_the_newest_runs(tmp_path: Path, two_documents: Path) -> None:
    db = tmp_path / "disclosure.duckdb"
    settings = Settings(db=db, datadocs_runs=2)
    for _ in range(3):
        validate_documents(two_documents, [GOOD, BAD], settings=settings)
    folder = datadocs_folder(db)
    runs = {path.parent.name for path in (folder / "results").rglob("*.json")}
    pages = {path.parent.name for path in (folder / "validations").rglob("*.html")}
    assert len(runs) == 2 and pages == runs
    links = ROW_LINK.findall((folder / "index.html").read_text(encoding="utf-8"))
    listed = [link for link in links if link.startswith("validations/")]
    assert len(listed) == 2 * len(suites())
    assert all(local_file(folder / "index.html", link).is_file() for link in listed)


def test_every_cdn_address_of_the_gx_templates_has_a_local_copy() -> None:
    gx = resources.files("great_expectations").joinpath("render/view")
    templates = [
        source
        for source in [*gx.joinpath("templates").iterdir(), *gx.joinpath("static/styles").iterdir()]
        if source.name.endswith((".j2", ".css"))
    ]
    addresses = {
        next(group for group in match.groups() if group)
        for template in templates
        for match in CDN.finditer(template.read_text(encoding="utf-8"))
    }
    shipped = cdn_files()
    vendored = Path(str(resources.files("flows").joinpath("vendor")))
    gx_images = Path(str(gx.joinpath("static/images")))
    assert {address for address in addresses if address.endswith("/")} == {
        "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"
    }  # the logo's folder: the page adds its file name
    assert {a for a in addresses if not a.endswith("/")} <= set(shipped)
    for local in shipped.values():
        folder, name = local.removeprefix("static/").split("/", 1)
        assert (vendored / name if folder == "vendor" else gx_images / name).is_file(), local


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_the_prefect_task_reports_counts_and_the_datadocs(
    tmp_path: Path, two_documents: Path
) -> None:
    db = tmp_path / "disclosure.duckdb"
    doc_ids = [GOOD, BAD, doc_id_for("never stored")]

    @flow
    def ingest_end() -> ExpectationReport:  # the ingest flow calls it once after its stores
        return validate_batch(two_documents, doc_ids, settings=Settings(db=db))

    report = ingest_end()
    assert (report.documents, report.failed_documents, report.failed_findings) == (2, 1, 1)
    assert report.changed_documents == 2 and Path(str(report.datadocs)).is_file()


@pytest.mark.slow
@pytest.mark.parametrize(("content", "expected"), [("empty", "rejected"), ("plan", "loaded")])
def test_gx_is_imported_only_by_a_run_that_stores_documents(
    prefect_harness: None, tmp_path: Path, content: str, expected: str
) -> None:
    from prefect.settings import PREFECT_API_URL

    path, db = tmp_path / "plan.pdf", tmp_path / "disclosure.duckdb"
    if content == "empty":
        path.write_bytes(b"")
    else:
        write_pdf(path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DISCLOSE_"))}
    env |= {"PREFECT_API_URL": str(PREFECT_API_URL.value()), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", ONE_RUN, str(path), str(db)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=PROCESS_TIMEOUT,
    )
    assert done.stdout.split()[-2:] == [expected, str(expected == "loaded")]
    sql = "SELECT count(*) FROM findings WHERE source = 'expectation'"
    assert (warehouse.query(db, sql)[1][0][0] > 0) is (expected == "loaded")
