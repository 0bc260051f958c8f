"""Real filings and statements from ../shared/realdocs, against values read off the PDFs by hand.

These run where the shared folder is present (CI has it) and skip with the reason elsewhere.
Floors sit at today's scores and only go up; `python -m tests.realdocs.score` prints them.
"""

from __future__ import annotations

import json
import re

import pytest

from schemas import STATEMENT_FIGURES, Disclosure, Settings
from tests.accuracy import run_extractors
from tests.realdocs.score import EXPECTED, FOLDERS, REALDOCS, FileScore, score_file

pytestmark = [
    pytest.mark.realdocs,
    pytest.mark.slow,
    pytest.mark.skipif(not REALDOCS.is_dir(), reason=f"{REALDOCS} is absent (CI has it)"),
]

RECALL_FLOORS = {
    "annual_reports_us.json": 1.0,
    "zh_financial.json": 1.0,
    "sme_statements.json": 1.0,
}
PRECISION_FLOORS = {
    "annual_reports_us.json": 1.0,
    "zh_financial.json": 1.0,
    "sme_statements.json": 1.0,
}
SPLIT_NUMBER = re.compile(r"\d\n[,.]\d|\n,\n")


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Disclosure | str]]:
    settings = Settings(max_pages=1000)
    found: dict[str, dict[str, Disclosure | str]] = {}
    for expected_file, folder in FOLDERS.items():
        entries = json.loads((EXPECTED / expected_file).read_text(encoding="utf-8"))
        found[expected_file] = {
            name: run_extractors(REALDOCS / folder / name, settings=settings)
            for name, entry in entries.items()
            if entry.get("is_statement", True)
        }
    return found


def scores_for(expected_file: str, results: dict) -> list[FileScore]:
    entries = json.loads((EXPECTED / expected_file).read_text(encoding="utf-8"))
    return [
        score_file(name, entries[name], result) for name, result in results[expected_file].items()
    ]


@pytest.mark.parametrize("expected_file", sorted(FOLDERS))
def test_every_statement_figure_is_found_on_the_statements_page(expected_file, results):
    scores = scores_for(expected_file, results)
    misses = "\n".join(miss for score in scores for miss in score.misses)
    for score in scores:
        assert score.tally.recall >= RECALL_FLOORS[expected_file], misses
        assert score.on_page == score.tally.true_positive, misses


@pytest.mark.parametrize("expected_file", sorted(FOLDERS))
def test_no_wrong_statement_figure_is_stored(expected_file, results):
    scores = scores_for(expected_file, results)
    matched = sum(score.tally.true_positive for score in scores)
    extracted = sum(score.tally.extracted for score in scores)
    misses = "\n".join(miss for score in scores for miss in score.misses)
    assert matched / extracted >= PRECISION_FLOORS[expected_file], misses


def test_quarter_segment_and_summary_values_are_never_stored_as_the_year(results):
    entries = json.loads((EXPECTED / "annual_reports_us.json").read_text(encoding="utf-8"))
    for name, entry in entries.items():
        result = results["annual_reports_us.json"][name]
        assert isinstance(result, Disclosure)
        stored = {(f.name, round(f.value)) for f in result.figures if f.name in STATEMENT_FIGURES}
        truth = {(line["line_item"], round(line["value"])) for line in entry["lines"]}
        for distractor in [*entry.get("distractors", []), *entry.get("traps", [])]:
            key = (distractor.get("line_item"), round(distractor.get("value") or 0))
            assert key in truth or key not in stored, f"{name}: {distractor}"


def test_the_chinese_quarter_is_not_a_fiscal_year(results):
    """A 2018 Q1 report: its income statement is three months, so no annual revenue is stored."""
    (result,) = results["zh_financial.json"].values()
    assert isinstance(result, Disclosure)
    assert not [f for f in result.figures if f.name in {"revenue", "net_income"}]
    quarter = [line for line in result.statement_lines if line.line_item == "revenue"]
    assert {line.period_months for line in quarter} == {3}
    assets = next(f for f in result.figures if f.name == "total_assets" and f.fiscal_year == 2018)
    assert (assets.value, assets.page_no, assets.currency) == (298_608_889.04, 10, "CNY")


def test_reading_order_never_splits_a_number(results):
    """Per-glyph producers once gave "5\\n,\\n769": 25 real documents lost whole statements."""
    for name, result in results["annual_reports_us.json"].items():
        assert isinstance(result, Disclosure)
        split = [page.page_no for page in result.pages if SPLIT_NUMBER.search(page.text)]
        assert split == [], name


BUSINESS_PLANS = REALDOCS / "business_plans"


@pytest.fixture(scope="module")
def plans() -> dict[str, Disclosure | str]:
    settings = Settings()
    return {
        path.name: run_extractors(path, settings=settings) for path in BUSINESS_PLANS.glob("*.pdf")
    }


def test_real_plans_are_read_as_plans_and_offer_nothing(plans):
    """Two students' plans (read by hand): no securities are offered, no statement is printed,
    so no offering row and no statement figure; the only amounts are prices and a Year-1
    estimate."""
    assert set(plans) == {
        "en_recycle_business_plan.pdf",
        "en_aberdeen2024_g1_EchargingAPP_business_plan.pdf",
    }
    for result in plans.values():
        assert isinstance(result, Disclosure)
        assert (result.doc_kind, result.language, result.offering) == ("business_plan", "en", None)
        assert [figure for figure in result.figures if figure.name in STATEMENT_FIGURES] == []


def test_a_real_plans_team_with_their_roles(plans):
    """Re-Cycle p4: "• Murilo Cunha, Brazil, Master's in AI, CEO." … "Ignacio Garrido, …, CTO";
    the three others lead development and operations (role `other`)."""
    result = plans["en_recycle_business_plan.pdf"]
    assert isinstance(result, Disclosure)
    assert {(person.name, person.role, person.page_no) for person in result.people} == {
        ("Murilo Cunha", "ceo", 4),
        ("Ignacio Garrido", "cto", 4),
        ("Rushil Daya", "other", 4),
        ("Victor Garcia", "other", 4),
        ("Eric Massip", "other", 4),
    }
