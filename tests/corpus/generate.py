"""Generate the test corpus: varied crowdfunding PDFs plus `truth.json` with their ground truth.

    python -m tests.corpus.generate OUT_DIR [--n 40] [--seed 7] [--no-bad]

The same seed gives byte-identical files. Money in the truth is in full units with ISO codes,
pages are 1-based and each figure's `page_no` is the page its key statement is printed on.
About 30% of the readable documents fail one disclosure rule on purpose (truth `defects`,
`defect_detail`; tests/corpus/defects.py); the others pass every rule of issue 7.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.corpus import places
from tests.corpus.bad_inputs import make_bad_inputs
from tests.corpus.chinese import render_chinese_plan
from tests.corpus.defects import assign_defects, carriable
from tests.corpus.documents import DocPlan, Rendered, write_document
from tests.corpus.names import COMPANY_WORDS

__all__ = ["generate_corpus", "make_bad_inputs", "plan_corpus", "render_slot"]

DEFAULT_N_DOCS = 40
DEFAULT_SEED = 7
TRUTH_FILE = "truth.json"
KIND_SHARES = {"business_plan": 0.46, "offering": 0.26, "financial_statement": 0.28}
PREFIXES = {"business_plan": "bp", "offering": "of", "financial_statement": "fs", "other": "ot"}
PREFIXES |= {"zh": "zh"}
SHORT_PLAN_EVERY = 5
OTHER_VARIANTS = ("release", "brochure")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Slot:
    """One file to write: a plan for an English document, or a Chinese plan (variant "zh")."""

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


def _draft_plans(n_docs: int, seed: int) -> list[DocPlan]:
    """Every file's plan without its defect, in a deterministic interleaved order."""
    rng = random.Random(seed)
    counts = _counts(n_docs)
    kinds = [kind for kind, count in counts.items() for _ in range(count)]
    first, rest = kinds[0], kinds[1:]
    rng.shuffle(rest)
    words = [COMPANY_WORDS[i % len(COMPANY_WORDS)] for i in range(n_docs)]
    rng.shuffle(words)
    countries = iter(_countries(rng, n_docs))
    ordinals: dict[str, int] = {}
    plans = []
    for index, kind in enumerate([first, *rest]):
        ordinals[kind] = ordinals.get(kind, 0) + 1
        number = ordinals[kind]
        seed_text = f"{seed}:{kind}:{number}"
        variant = ""
        if kind == "other":
            variant = OTHER_VARIANTS[(number - 1) % len(OTHER_VARIANTS)]
        elif kind == "business_plan" and number % SHORT_PLAN_EVERY == 0:
            variant = "short"
        plans.append(
            DocPlan(
                file=f"{PREFIXES[kind]}_{number:03d}.pdf",
                kind="business_plan" if kind == "zh" else kind,
                seed=seed_text,
                word=words[index],
                variant="zh" if kind == "zh" else variant,
                country="CN" if kind == "zh" else next(countries),
                regime_rules=True,
            )
        )
    return plans


def plan_corpus(n_docs: int, seed: int) -> list[Slot]:
    """Which files to write (bp_001 always first), a share of them with one defect each."""
    plans = _draft_plans(n_docs, seed)
    candidates = {
        plan.file: carriable(plan.kind, plan.country, chinese=plan.variant == "zh")
        for plan in plans
    }
    defects = assign_defects(candidates, seed=seed)
    slots = []
    for plan in plans:
        defect = defects.get(plan.file)
        valid_id = defect != "registration_id_invalid"
        plan = dataclasses.replace(plan, defect=defect, valid_id=valid_id)
        slots.append(Slot(plan, chinese=plan.variant == "zh"))
    return slots


def render_slot(slot: Slot, out_dir: Path) -> Rendered:
    """Write one planned file; its truth record and the facts it printed."""
    plan = slot.plan
    if slot.chinese:
        return render_chinese_plan(
            plan.file,
            out_dir,
            seed=plan.seed,
            word=plan.word,
            defect=plan.defect,
            regime_rules=plan.regime_rules,
            varied=True,
        )
    return write_document(plan, out_dir)


def generate_corpus(
    out_dir: Path,
    *,
    n_docs: int = DEFAULT_N_DOCS,
    seed: int = DEFAULT_SEED,
    include_bad: bool = True,
) -> list[dict[str, Any]]:
    """Write `n_docs` PDFs (plus the bad inputs unless `include_bad` is false) and truth.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    truth = [render_slot(slot, out_dir).truth for slot in plan_corpus(n_docs, seed)]
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
