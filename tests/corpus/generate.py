"""Generate the test corpus: varied crowdfunding PDFs plus `truth.json` with their ground truth.

    python -m tests.corpus.generate OUT_DIR [--n 40] [--seed 7] [--no-bad]

The same seed gives byte-identical files. Money in the truth is in full units with ISO codes,
pages are 1-based and each figure's `page_no` is the page its key statement is printed on.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus import places
from tests.corpus.bad_inputs import make_bad_inputs
from tests.corpus.chinese import write_chinese_plan
from tests.corpus.documents import DocPlan, write_document
from tests.corpus.names import COMPANY_WORDS

__all__ = ["generate_corpus", "make_bad_inputs", "plan_corpus"]

DEFAULT_N_DOCS = 40
DEFAULT_SEED = 7
TRUTH_FILE = "truth.json"
KIND_SHARES = {"business_plan": 0.46, "offering": 0.26, "financial_statement": 0.28}
PREFIXES = {"business_plan": "bp", "offering": "of", "financial_statement": "fs", "other": "ot"}
SHORT_PLAN_EVERY = 5
# Countries whose registration ids carry a check; every INVALID_ID_EVERY-th of them is broken.
CHECKED_COUNTRIES = frozenset({"US", "CN", "FR", "DE", "NL", "IE"})
INVALID_ID_EVERY = 3
OTHER_VARIANTS = ("release", "brochure")
# Deliberate disclosure faults, by (kind, ordinal of that kind); truth notes name them.
DELIBERATE = {
    ("offering", 2): ("use_of_funds_sum_mismatch",),
    ("business_plan", 4): ("valuation_inconsistent",),
    ("offering", 5): ("deadline_before_document_date",),
}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Slot:
    """One file to write: a plan for an English document, or a Chinese plan."""

    plan: DocPlan
    chinese: bool = False


def _counts(n_docs: int) -> dict[str, int]:
    chinese = 3 if n_docs >= 30 else 2 if n_docs >= 10 else 0
    other = 2 if n_docs >= 10 else 0
    rest = n_docs - chinese - other
    counts = {kind: round(rest * share) for kind, share in KIND_SHARES.items()}
    counts["business_plan"] += rest - sum(counts.values())
    return {**counts, "other": other, "zh": chinese}


def _countries(rng: random.Random, count: int) -> list[str]:
    """Countries in rotation so that every profile appears in a corpus of 30 or more."""
    pool = [code for code, weight in places.COUNTRY_WEIGHTS.items() for _ in range(weight)]
    order: list[str] = []
    while len(order) < count:
        order += rng.sample(pool, k=len(pool))
    return order[:count]


def plan_corpus(n_docs: int, seed: int) -> list[Slot]:
    """Which files to write, in a deterministic interleaved order (bp_001 always first)."""
    rng = random.Random(seed)
    counts = _counts(n_docs)
    kinds = [kind for kind, count in counts.items() for _ in range(count)]
    first, rest = kinds[0], kinds[1:]
    rng.shuffle(rest)
    words = [COMPANY_WORDS[i % len(COMPANY_WORDS)] for i in range(n_docs)]
    rng.shuffle(words)
    countries = iter(_countries(rng, n_docs))
    ordinals: dict[str, int] = {}
    checked = 0
    slots = []
    for index, kind in enumerate([first, *rest]):
        ordinals[kind] = ordinals.get(kind, 0) + 1
        number = ordinals[kind]
        seed_text = f"{seed}:{kind}:{number}"
        if kind == "zh":
            plan = DocPlan(f"zh_{number:03d}.pdf", "business_plan", seed_text, words[index])
            slots.append(Slot(plan, chinese=True))
            continue
        variant = ""
        if kind == "other":
            variant = OTHER_VARIANTS[(number - 1) % len(OTHER_VARIANTS)]
        elif kind == "business_plan" and number % SHORT_PLAN_EVERY == 0:
            variant = "short"
        country = next(countries)
        checked += country in CHECKED_COUNTRIES
        plan = DocPlan(
            file=f"{PREFIXES[kind]}_{number:03d}.pdf",
            kind=kind,
            seed=seed_text,
            word=words[index],
            variant=variant,
            country=country,
            valid_id=not (country in CHECKED_COUNTRIES and checked % INVALID_ID_EVERY == 0),
            deliberate=DELIBERATE.get((kind, number), ()),
        )
        slots.append(Slot(plan))
    return slots


def write_slot(slot: Slot, out_dir: Path) -> dict[str, Any]:
    """Write one planned file and return its truth record."""
    if slot.chinese:
        return write_chinese_plan(slot.plan.file, out_dir, seed=slot.plan.seed, word=slot.plan.word)
    return write_document(slot.plan, out_dir).truth


def generate_corpus(
    out_dir: Path,
    *,
    n_docs: int = DEFAULT_N_DOCS,
    seed: int = DEFAULT_SEED,
    include_bad: bool = True,
) -> list[dict[str, Any]]:
    """Write `n_docs` PDFs (plus the bad inputs unless `include_bad` is false) and truth.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    truth = [write_slot(slot, out_dir) for slot in plan_corpus(n_docs, seed)]
    if include_bad:
        truth += make_bad_inputs(out_dir, corpus_truth=truth)
    text = json.dumps(truth, indent=1, ensure_ascii=False)
    (out_dir / TRUTH_FILE).write_text(text + "\n", encoding="utf-8")
    return truth


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=DEFAULT_N_DOCS, help="documents to generate")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--no-bad", action="store_true", help="leave out the bad inputs")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    truth = generate_corpus(
        args.out_dir, n_docs=args.n, seed=args.seed, include_bad=not args.no_bad
    )
    pages = sum(t["page_count"] or 0 for t in truth if t["reject"] is None)
    figures = sum(len(t["figures"]) for t in truth)
    elapsed = time.perf_counter() - started
    log.info(
        "%d files, %d pages, %d figures in %s (%.1f s)",
        len(truth),
        pages,
        figures,
        args.out_dir,
        elapsed,
    )


if __name__ == "__main__":
    main()
