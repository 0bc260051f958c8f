"""Blind corpus generator.

    python -m tests.corpus_blind.generate OUT_DIR --seed N [--n-docs N]

Writes OUT_DIR/doc_NNN.pdf files and OUT_DIR/truth.json (one record per file). The truth is
built from the generator's own facts while it prints them; nothing is read back from the PDFs.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from tests.corpus_blind import (
    bad_inputs,
    business_plan,
    fin_docs,
    kiis,
    offering_eu,
    offering_us,
    zh_fin,
    zh_plan,
)
from tests.corpus_blind.defects import (
    ASSURANCE,
    BS,
    CAP,
    DATE,
    DEFAULT_SHARE,
    MISSING,
    NEG,
    OVER,
    PCT,
    REG,
    REV,
    RISK,
    TAM,
    UOF,
    VAL,
    assign,
)

Builder = Callable[[Path, random.Random, str | None], dict[str, Any]]
TERMS = [UOF, VAL, PCT, NEG, TAM, OVER]  # what any document printing offer terms can break
OFFER = [*TERMS, RISK, DATE, MISSING]  # and an offering document besides

# kind -> (builder, defects it can carry)
KINDS: dict[str, tuple[Builder, list[str]]] = {
    "en_plan": (business_plan.build, [*TERMS, REG, REV, BS]),
    "form_c": (offering_us.build, [*OFFER, CAP, ASSURANCE]),
    "uk_offer": (offering_eu.build_uk, [*OFFER, REG, CAP]),  # Irish when it breaks the EU cap
    "kiis": (kiis.build_kiis, [*OFFER, REG, CAP]),
    "en_fin": (fin_docs.build, [BS, REV, REG]),
    "zh_plan": (partial(zh_plan.build, offering=False), [UOF, VAL, PCT, REG]),
    "zh_offer": (partial(zh_plan.build, offering=True), [*OFFER, REG]),
    "zh_fin": (zh_fin.build, [BS, REV, REG]),
}
MIX = [("plan", 35), ("offer", 25), ("fin", 20), ("zh", 12)]
SUBKINDS = {
    "plan": ["en_plan"],
    "offer": ["form_c", "uk_offer", "kiis"],
    "fin": ["en_fin"],
    "zh": ["zh_plan", "zh_offer", "zh_fin"],
}


def plan(n_docs: int, rng: random.Random) -> list[tuple[str, str | None]]:
    """(kind, defect) per document, shuffled. Bad inputs are kinds 'bad:<reason>'."""
    n_bad = min(n_docs, max(5, round(0.1 * n_docs))) if n_docs >= 10 else min(5, n_docs // 2)
    n_read = n_docs - n_bad
    total = sum(w for _, w in MIX)
    raw = [(g, n_read * w / total) for g, w in MIX]
    counts = {g: int(x) for g, x in raw}
    for g, _ in sorted(raw, key=lambda gx: gx[1] - int(gx[1]), reverse=True):
        if sum(counts.values()) >= n_read:
            break
        counts[g] += 1
    docs: list[tuple[str, str | None]] = []
    for g, k in counts.items():
        subs = list(SUBKINDS[g])
        rng.shuffle(subs)
        docs += [(subs[i % len(subs)], None) for i in range(k)]
    kinds = [k for k, _ in docs]
    carries = {k: v[1] for k, v in KINDS.items()}
    defects = assign(kinds, carries, round(DEFAULT_SHARE * n_read), rng)
    docs = list(zip(kinds, defects, strict=True))
    docs += [(f"bad:{bad_inputs.KINDS[i % len(bad_inputs.KINDS)]}", None) for i in range(n_bad)]
    rng.shuffle(docs)
    return docs


def generate_corpus(folder: Path, *, n_docs: int = 50, seed: int) -> list[dict[str, Any]]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    records = []
    for i, (kind, defect) in enumerate(plan(n_docs, rng), start=1):
        path = folder / f"doc_{i:03d}.pdf"
        doc_rng = random.Random(f"{seed}:{i}:{kind}")
        if kind.startswith("bad:"):
            rec = bad_inputs.build(kind[4:], path, doc_rng)
        else:
            rec = KINDS[kind][0](path, doc_rng, defect)
        records.append(rec)
    (folder / "truth.json").write_text(
        json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n-docs", type=int, default=50)
    args = ap.parse_args(argv)
    recs = generate_corpus(args.out_dir, n_docs=args.n_docs, seed=args.seed)
    kinds: dict[str, int] = {}
    for r in recs:
        key = (r["reject"] and f"reject:{r['reject']}") or f"{r['doc_kind']}/{r['language']}"
        kinds[key] = kinds.get(key, 0) + 1
    print(f"wrote {len(recs)} files to {args.out_dir}")
    for k in sorted(kinds):
        print(f"  {k:32s} {kinds[k]}")
    print(f"  with an injected defect: {sum(1 for r in recs if r['defects'])}")
    for d in sorted({d for r in recs for d in r["defects"]}):
        print(f"    {d:34s} {sum(d in r['defects'] for r in recs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
