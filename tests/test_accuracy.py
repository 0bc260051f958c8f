"""Accuracy on the generated corpus, against its ground truth: floors that only go up.

Raise a floor when the extractor improves; never lower one to make a change pass. The scores
of the day are printed with `python -m tests.accuracy DIR` (see tests/accuracy.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.accuracy import Scores, score_corpus
from tests.corpus.generate import generate_corpus

pytestmark = pytest.mark.slow

FLOORS = {
    "figures_precision": 0.98,
    "figures_recall": 0.96,
    "figure_page_accuracy": 0.99,
    "use_of_funds_precision": 0.98,
    "use_of_funds_recall": 0.94,
    "people_precision": 0.95,
    "people_recall": 0.89,
    "company_company_name": 0.97,
    "company_registration_id": 0.97,
    "company_registration_kind": 0.97,
    "company_registration_id_valid": 0.97,
    "company_country": 0.95,
    "company_region": 0.97,
    "company_city": 0.93,
    "company_founded_year": 0.95,
    "company_employees": 0.97,
    "deadline_accuracy": 0.97,
    "doc_kind_accuracy": 0.97,
    "language_accuracy": 1.0,
    "page_count_accuracy": 1.0,
    "reject_accuracy": 1.0,
    "risk_section_accuracy": 0.97,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> Scores:
    folder: Path = tmp_path_factory.mktemp("corpus")
    generate_corpus(folder, n_docs=40, seed=7)
    return score_corpus(folder)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_score_stays_above_its_floor(scores: Scores, name: str) -> None:
    summary = scores.summary()
    misses = "\n".join(scores.misses[:40])
    assert summary[name] >= FLOORS[name], f"{name} = {summary[name]}\n{misses}"


def test_scores_are_measured_on_a_real_corpus(scores: Scores) -> None:
    assert scores.figures.expected > 200
    assert scores.funds.expected > 50
    assert scores.people.expected > 100
    assert scores.checks_expected["reject_accuracy"] >= 45
