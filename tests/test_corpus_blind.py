"""The blind corpus generator: its documents carry the defects its truth claims, no others.

The self-check (tests/corpus_blind/check.py) re-reads every PDF; these tests run it on a fresh
corpus, and run it on a truth with the defects taken away, where it must complain.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus_blind import defects as D
from tests.corpus_blind.check import Checker
from tests.corpus_blind.generate import KINDS, generate_corpus
from tests.corpus_blind.money import negative
from tests.corpus_blind.regimes import assurance_needed, regime_of

SEED = 2


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("blind")
    return folder, generate_corpus(folder, n_docs=50, seed=SEED)


@pytest.mark.slow
def test_the_corpus_passes_its_self_check(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    checker = Checker(corpus[0])
    assert checker.run() == 0, checker.problems


@pytest.mark.slow
def test_every_rule_is_injected_once_before_any_twice(
    corpus: tuple[Path, list[dict[str, Any]]],
) -> None:
    records = corpus[1]
    readable = [r for r in records if not r["reject"]]
    counts = Counter(d for r in readable for d in r["defects"])
    assert all(len(r["defects"]) <= 1 for r in readable)
    assert sum(counts.values()) == round(D.DEFAULT_SHARE * len(readable))
    assert set(counts) == set(D.RULES)
    assert max(counts.values()) - min(counts.values()) <= 1


@pytest.mark.slow
def test_the_self_check_finds_every_defect_taken_out_of_the_truth(
    corpus: tuple[Path, list[dict[str, Any]]], tmp_path: Path
) -> None:
    folder, records = corpus
    for pdf in folder.glob("*.pdf"):
        (tmp_path / pdf.name).symlink_to(pdf)
    blanked = [{**r, "defects": []} for r in records]
    (tmp_path / "truth.json").write_text(json.dumps(blanked), encoding="utf-8")
    checker = Checker(tmp_path)
    checker.run()
    flagged = {p.split(":")[0] for p in checker.problems}
    # a contradicted revenue leaves no trace in the truth (the statement's figure wins there)
    hidden = [r["file"] for r in records if r["defects"] and r["defects"] != [D.REV]]
    assert set(hidden) <= flagged


@pytest.mark.slow
def test_every_kind_passes_with_each_defect_it_can_carry(tmp_path: Path) -> None:
    """Beyond one corpus's draw: each kind, clean and with each of its defects, twice."""
    records = []
    for kind, (build, carries) in sorted(KINDS.items()):
        for defect in [None, *carries]:
            for rep in range(2):
                path = tmp_path / f"doc_{len(records):04d}.pdf"
                records.append(build(path, random.Random(f"{kind}:{defect}:{rep}"), defect))
    (tmp_path / "truth.json").write_text(json.dumps(records), encoding="utf-8")
    checker = Checker(tmp_path)
    assert checker.run() == 0, checker.problems


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_assign_gives_a_kind_only_defects_it_can_carry(kind: str) -> None:
    kinds = [kind, *sorted(KINDS)] * 4
    carries = {k: v[1] for k, v in KINDS.items()}
    given = D.assign(kinds, carries, 20, random.Random(kind))
    assert all(d is None or d in carries[k] for k, d in zip(kinds, given, strict=True))
    used = Counter(d for d in given if d)
    assert set(used) == set(D.RULES)


@pytest.mark.parametrize(
    ("country", "regime"),
    [("US", "us_reg_cf"), ("DE", "eu_ecsp"), ("IE", "eu_ecsp"), ("GB", "other"),
     ("CN", "cn_internet_finance"), ("CH", "other")],
)  # fmt: skip
def test_regime_follows_the_issuers_country(country: str, regime: str) -> None:
    assert regime_of(country) == regime


@pytest.mark.parametrize(
    ("amount", "first", "needed"),
    [(124_000, False, "certified"), (124_001, False, "reviewed"), (618_000, False, "reviewed"),
     (900_000, True, "reviewed"), (900_000, False, "audited"), (1_300_000, True, "audited")],
)  # fmt: skip
def test_assurance_tiers_of_regulation_crowdfunding(amount: int, first: bool, needed: str) -> None:
    assert assurance_needed(amount, first_raise=first) == needed


def test_a_negative_amount_is_printed_in_several_ways() -> None:
    rng = random.Random(0)
    forms = {negative("USD 25,000", rng) for _ in range(60)}
    assert forms == {"-USD 25,000", "\u2212USD 25,000", "(USD 25,000)", "USD -25,000"}
    assert {negative("2.5万元", rng) for _ in range(60)} == {"-2.5万元", "\u22122.5万元"}
