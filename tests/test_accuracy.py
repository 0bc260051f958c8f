"""Accuracy against ground truth on two corpora: floors that only go up.

- The project's own generated corpus (tests/corpus/), written beside the extractor.
- The blind corpus (tests/corpus_blind/), written by a helper who never read extractors/ and
  worked from the contract and a brief of real-world variation. Its floors are the minimum over
  seeds 1, 2 and 3; the test draws seed 3. Measure a change on a fresh seed
  (`python -m tests.corpus_blind.generate DIR --seed N`, then `python -m tests.accuracy DIR`).

Raise a floor when the extractor improves; never lower one to make a change pass.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.accuracy import Scores, score_corpus
from tests.corpus.generate import generate_corpus
from tests.corpus_blind.generate import generate_corpus as generate_blind_corpus

pytestmark = pytest.mark.slow

FLOORS = {
    "figures_precision": 1.0,
    "figures_recall": 0.99,
    "figure_page_accuracy": 0.99,
    "statement_figures_precision": 1.0,
    "statement_figures_recall": 1.0,
    "statement_lines_precision": 1.0,
    "statement_lines_recall": 1.0,
    "use_of_funds_precision": 1.0,
    "use_of_funds_recall": 1.0,
    "people_precision": 1.0,
    "people_recall": 0.94,
    "figures_en_precision": 1.0,
    "figures_en_recall": 0.99,
    "figures_zh_precision": 1.0,
    "figures_zh_recall": 1.0,
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
    "failed_findings_precision": 0.93,
    "failed_findings_recall": 0.93,
    "no_error_on_a_consistent_document": 1.0,
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


BLIND_SEED = 3
BLIND_FLOORS = {
    "figures_precision": 0.98,  # seeds 1, 2, 3: [0.998, 0.994, 0.987]
    "figures_recall": 0.94,  # seeds 1, 2, 3: [0.954, 0.963, 0.945]
    "figure_page_accuracy": 0.99,  # seeds 1, 2, 3: [0.998, 1.0, 1.0] (redrawn)
    "statement_figures_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "statement_figures_recall": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "statement_lines_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "statement_lines_recall": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "use_of_funds_precision": 0.94,  # seeds 1, 2, 3: [0.977, 0.943, 1.0]
    "use_of_funds_recall": 0.95,  # seeds 1, 2, 3: [1.0, 0.951, 1.0]
    "people_precision": 0.94,  # seeds 1, 2, 3: [0.99, 0.977, 0.946]
    "people_recall": 0.85,  # seeds 1, 2, 3: [0.859, 0.886, 0.884] (redrawn)
    "figures_en_precision": 0.98,  # seeds 1, 2, 3: [0.998, 0.996, 0.985]
    "figures_en_recall": 0.95,  # seeds 1, 2, 3: [0.971, 0.972, 0.955]
    "figures_zh_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "figures_zh_recall": 0.98,  # seeds 1, 2, 3: [0.983, 1.0, 1.0] (redrawn)
    "company_company_name": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_registration_id": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_registration_kind": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_registration_id_valid": 0.95,  # seeds 1, 2, 3: [0.978, 1.0, 0.956]
    "company_country": 0.97,  # seeds 1, 2, 3: [1.0, 1.0, 0.978]
    "company_region": 0.95,  # seeds 1, 2, 3: [1.0, 1.0, 0.952]
    "company_city": 0.95,  # seeds 1, 2, 3: [0.978, 1.0, 0.956]
    "company_founded_year": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "company_employees": 0.95,  # seeds 1, 2, 3: [0.977, 1.0, 0.956]
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
    "deadline_accuracy": 0.83,  # seeds 1, 2, 3: [0.952, 0.833, 0.95] (redrawn)
    "deadline_precision": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "doc_kind_accuracy": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "language_accuracy": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "no_offering_where_none_is_made": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "page_count_accuracy": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "reject_accuracy": 1.0,  # seeds 1, 2, 3: [1.0, 1.0, 1.0]
    "risk_section_accuracy": 0.91,  # seeds 1, 2, 3: [0.956, 0.911, 0.978]
    # Issue 7: failed findings against the injected defects (extraction misses still raise some)
    "failed_findings_precision": 0.73,  # seeds 1, 2, 3: [0.765, 0.733, 0.933]
    "failed_findings_recall": 0.78,  # seeds 1, 2, 3: [0.929, 0.786, 1.0]
    "no_error_on_a_consistent_document": 0.93,  # seeds 1, 2, 3: [0.935, 0.968, 0.968]
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
