"""Accuracy against ground truth on two corpora: floors that only go up.

- The project's own generated corpus (tests/corpus/), written beside the extractor.
- The blind corpus (tests/corpus_blind/), written by a helper who never read extractors/ and
  worked from the contract and a brief of real-world variation. Its floors are the minimum over
  seeds 1, 2 and 3; the test draws seed 3. Measure a change on a fresh seed
  (`python -m tests.corpus_blind.generate DIR --seed N`, then `python -m tests.accuracy DIR`).

Chinese documents are scored apart as well as with the rest (issue 10): figures, each company
fact, people and use of funds (`*_zh_*` keys; `*_en_*` for English). Their floors are the
minimum over three seeds: 7, 8 and 9 of the own corpus (the test draws 7), 1, 2 and 3 of the
blind one.

Raise a floor when the extractor improves; never lower one to make a change pass.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from schemas import Company, Disclosure, FundsLine, Person
from tests.accuracy import Scores, score_corpus, score_document
from tests.corpus.generate import generate_corpus
from tests.corpus.truth import COMPANY_FIELDS
from tests.corpus_blind.generate import generate_corpus as generate_blind_corpus

pytestmark = pytest.mark.slow


def company_keys(language: str) -> list[str]:
    """Every company fact of one language: its accuracy and its precision."""
    metrics = ("", "_precision")
    return [f"company_{name}_{language}{metric}" for name in COMPANY_FIELDS for metric in metrics]


FLOORS = {
    "figures_precision": 1.0,
    "figures_recall": 0.99,
    "figure_page_accuracy": 0.99,
    "statement_figures_precision": 1.0,
    "statement_figures_recall": 1.0,
    "statement_lines_precision": 1.0,
    "statement_lines_recall": 1.0,
    "use_of_funds_precision": 0.99,  # seeds 7, 8, 9: [1.0, 1.0, 0.992]
    "use_of_funds_recall": 0.99,  # seeds 7, 8, 9: [1.0, 1.0, 0.992]
    "people_precision": 1.0,
    "people_recall": 1.0,  # seeds 7, 8, 9: [1.0, 1.0, 1.0]
    "figures_en_precision": 1.0,
    "figures_en_recall": 0.99,
    "figures_zh_precision": 1.0,
    "figures_zh_recall": 1.0,
    # Chinese plans apart: the minimum over seeds 7, 8 and 9.
    "people_zh_precision": 1.0,  # seeds 7, 8, 9: [1.0, 1.0, 1.0]
    "people_zh_recall": 1.0,  # seeds 7, 8, 9: [1.0, 1.0, 1.0]
    "use_of_funds_zh_precision": 1.0,  # seeds 7, 8, 9: [1.0, 1.0, 1.0]
    "use_of_funds_zh_recall": 1.0,  # seeds 7, 8, 9: [1.0, 1.0, 1.0]
    **dict.fromkeys(company_keys("zh"), 1.0),  # seeds 7, 8, 9: every one 1.0
    "company_company_name": 1.0,
    "company_registration_id": 1.0,
    "company_registration_kind": 1.0,
    "company_registration_id_valid": 1.0,
    "company_country": 1.0,
    "company_region": 1.0,
    "company_city": 1.0,
    "company_founded_year": 1.0,
    "company_employees": 1.0,
    "company_company_name_precision": 1.0,
    "company_registration_id_precision": 1.0,
    "company_registration_kind_precision": 1.0,
    "company_registration_id_valid_precision": 1.0,
    "company_country_precision": 1.0,
    "company_region_precision": 1.0,
    "company_city_precision": 1.0,
    "company_founded_year_precision": 1.0,
    "company_employees_precision": 1.0,
    "deadline_accuracy": 1.0,
    "deadline_precision": 1.0,
    "doc_kind_accuracy": 1.0,
    "language_accuracy": 1.0,
    "no_offering_where_none_is_made": 1.0,
    "page_count_accuracy": 1.0,
    "reject_accuracy": 1.0,
    "risk_section_accuracy": 1.0,
    "failed_findings_precision": 1.0,  # seeds 7, 8, 9: [1.0, 1.0, 1.0]
    "failed_findings_recall": 1.0,  # seeds 7, 8, 9: [1.0, 1.0, 1.0]
    "no_error_on_a_consistent_document": 1.0,  # seeds 7, 8, 9: [1.0, 1.0, 1.0]
    "regime_accuracy": 1.0,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> Scores:
    folder: Path = tmp_path_factory.mktemp("corpus")
    generate_corpus(folder, n_docs=40, seed=7)
    return score_corpus(folder)


def assert_above_floor(scores: Scores, floors: dict[str, float], name: str) -> None:
    """One score against its floor, the first misses in the message."""
    summary = scores.summary()
    misses = "\n".join(scores.misses[:40])
    assert summary[name] >= floors[name], f"{name} = {summary[name]}\n{misses}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_score_stays_above_its_floor(scores: Scores, name: str) -> None:
    assert_above_floor(scores, FLOORS, name)


def test_scores_are_measured_on_a_real_corpus(scores: Scores) -> None:
    assert scores.figures.expected > 200
    assert scores.funds.expected > 50
    assert scores.people.expected > 100
    assert scores.checks_expected["reject_accuracy"] >= 45
    assert scores.people_by_language["zh"].expected >= 9
    assert scores.funds_by_language["zh"].expected >= 9
    assert scores.company_by_language["zh"].expected["company_name"] >= 3


BLIND_SEED = 3
BLIND_FLOORS = {
    "figures_precision": 0.99,  # seeds 1, 2, 3: [0.996, 0.998, 0.998]
    "figures_recall": 0.98,  # seeds 1, 2, 3: [0.985, 0.989, 0.993]
    "figure_page_accuracy": 0.99,  # seeds 1, 2, 3: [0.998, 1.0, 1.0] (redrawn)
    "statement_figures_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "statement_figures_recall": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "statement_lines_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "statement_lines_recall": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "use_of_funds_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "use_of_funds_recall": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "people_precision": 0.97,  # seeds 1, 2, 3: [0.996, 0.979, 0.987]
    "people_recall": 0.95,  # seeds 1, 2, 3: [0.957, 0.987, 0.969]
    "figures_en_precision": 0.99,  # seeds 1, 2, 3: [0.996, 0.998, 0.998]
    "figures_en_recall": 0.98,  # seeds 1, 2, 3: [0.983, 0.987, 0.992]
    "figures_zh_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "figures_zh_recall": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "people_zh_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "people_zh_recall": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "use_of_funds_zh_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "use_of_funds_zh_recall": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    **dict.fromkeys(company_keys("zh"), 1.0),  # seeds 1, 2, 3: every one 1.0
    "company_company_name": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_registration_id": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_registration_kind": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_registration_id_valid": 0.97,  # seeds 1, 2, 3: [1.0, 0.978, 1.0]
    "company_country": 0.97,  # seeds 1, 2, 3: [1.0, 1.0, 0.978]
    "company_region": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_city": 0.97,  # seeds 1, 2, 3: [1.0, 0.978, 1.0]
    "company_founded_year": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_employees": 0.97,  # seeds 1, 2, 3: [1.0, 1.0, 0.977]
    "company_company_name_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_registration_id_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_registration_kind_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    # The blind generator now draws EIN prefixes from the IRS list (it once called 96 valid).
    "company_registration_id_valid_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0] (redrawn)
    "company_country_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_region_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_city_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_founded_year_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_employees_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "deadline_accuracy": 0.94,  # seeds 1, 2, 3: [0.952, 0.944, 1.0]
    "deadline_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "doc_kind_accuracy": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "language_accuracy": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "no_offering_where_none_is_made": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "page_count_accuracy": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "reject_accuracy": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "risk_section_accuracy": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    # Issue 7: failed findings against the injected defects
    "failed_findings_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "failed_findings_recall": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "no_error_on_a_consistent_document": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "regime_accuracy": 0.97,  # seeds 1, 2, 3: [1.0, 0.978, 1.0]
}
"""Minimum over seeds 1, 2 and 3 of the blind corpus, rounded down. The corpus doubled its
variation (merge of `blind-variation`: new wordings, distractors, past rounds, Chinese plans);
these floors were drawn afresh on it. English and Chinese figures are reported apart too."""


@pytest.fixture(scope="module")
def blind_scores(tmp_path_factory: pytest.TempPathFactory) -> Scores:
    folder: Path = tmp_path_factory.mktemp("blind")
    generate_blind_corpus(folder, n_docs=50, seed=BLIND_SEED)
    return score_corpus(folder)


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_score_stays_above_its_floor(blind_scores: Scores, name: str) -> None:
    assert_above_floor(blind_scores, BLIND_FLOORS, name)


def test_blind_corpus_has_statements_to_score(blind_scores: Scores) -> None:
    assert blind_scores.statement_lines.expected > 200
    assert blind_scores.statement_figures.expected > 50


def test_blind_corpus_has_chinese_documents_to_score(blind_scores: Scores) -> None:
    assert blind_scores.people_by_language["zh"].expected >= 20
    assert blind_scores.funds_by_language["zh"].expected >= 10
    assert blind_scores.company_by_language["zh"].expected["company_name"] >= 5


def test_chinese_documents_are_scored_apart_from_english() -> None:
    """Each document counts in its own language's scores and in the totals."""
    scores = Scores()
    ann = Person(name="Ann Lee", role="ceo", page_no=1, evidence="Ann Lee, CEO")
    research = FundsLine(category="研发投入", amount=3e6, currency="CNY", page_no=1,
                         evidence="研发投入：300万元", source="text")  # fmt: skip
    english = _read("en", company="Acme Ltd", people=(ann,))
    score_document(scores, _truth("en", company="Acme Ltd", person="Ann Lee"), english)
    chinese = _read("zh", uses=(research,))
    score_document(scores, _truth("zh", company="星河科技有限公司", person="王芳"), chinese)
    summary = scores.summary()
    assert (summary["people_en_recall"], summary["people_zh_recall"]) == (1.0, 0.0)
    assert summary["people_recall"] == 0.5
    assert (summary["company_company_name_en"], summary["company_company_name_zh"]) == (1.0, 0.0)
    assert (summary["use_of_funds_en_recall"], summary["use_of_funds_zh_recall"]) == (0.0, 1.0)
    assert summary["use_of_funds_zh_precision"] == 1.0


def _truth(language: str, *, company: str, person: str) -> dict:
    """A one-page plan's truth: its company, one chief executive, one use of 300万元."""
    return {
        "file": f"{language}.pdf",
        "doc_kind": "business_plan",
        "language": language,
        "reject": None,
        "page_count": 1,
        "company": {"company_name": company},
        "people": [{"name": person, "role": "ceo"}],
        "figures": [],
        "use_of_funds": [{"category": "研发投入", "amount": 3e6, "currency": "CNY", "pct": None}],
    }


def _read(
    language: str,
    *,
    company: str | None = None,
    people: tuple[Person, ...] = (),
    uses: tuple[FundsLine, ...] = (),
) -> Disclosure:
    """What the extractors might return for that plan."""
    return Disclosure(
        doc_id="0" * 64,
        doc_kind="business_plan",
        language=language,
        page_count=1,
        pages=[],
        company=Company(company_name=company),
        people=list(people),
        use_of_funds=list(uses),
    )


SAMPLES = Path(__file__).resolve().parents[1] / "flows" / "samples"
SAMPLE_FLOORS = {
    "figures_precision": 1.0,
    "figures_recall": 1.0,
    "figure_page_accuracy": 1.0,
    "use_of_funds_precision": 1.0,
    "use_of_funds_recall": 1.0,
    "people_precision": 1.0,
    "people_recall": 1.0,
}
"""The bundled samples `disclose demo` shows: what a new user sees first must be right. A
euro statement printed `193.400` (one hundred and ninety-three thousand) once read as 193.4."""


@pytest.mark.parametrize("name", sorted(SAMPLE_FLOORS))
def test_the_demo_samples_are_read_right(name: str) -> None:
    assert_above_floor(sample_scores(), SAMPLE_FLOORS, name)


@functools.cache
def sample_scores() -> Scores:
    return score_corpus(SAMPLES)
