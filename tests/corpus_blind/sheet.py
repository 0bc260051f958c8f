"""A term sheet's label/value pairs laid out the many ways people do it: key/value lists, tables
with or without a notes column, a horizontal strip, a one-line summary, lettered items, bullets,
and value-first lines ('£500,000 target raise')."""

from __future__ import annotations

import random

from tests.corpus_blind.layout import KV, Block, Bullets, Para, Table
from tests.corpus_blind.model import Fact
from tests.corpus_blind.wording import lower_first

FORMS = ["kv", "kv", "table", "table3", "horizontal", "pipe", "lettered", "bullets", "value_first"]
NOTES = ["", "", "", "see section 4", "see below", "as at the date of this document"]


def layout(
    pairs: list[tuple[str, str]], rng: random.Random, facts: list[Fact], form: str | None = None
) -> Block:
    """One block holding every pair (so every fact lands on one page)."""
    form = form or rng.choice(FORMS)
    if form == "horizontal" and len(pairs) > 5:
        form = "table"
    if form == "kv":
        return KV(
            pairs=pairs,
            style=rng.choice(["aligned", "colon", "leader"]),
            facts=facts,
            key_frac=rng.choice([0.38, 0.45, 0.5]),
        )
    if form == "table":
        return _table(pairs, rng, facts)
    if form == "table3":
        head = [rng.choice(["Term", "Item"]), rng.choice(["Value", "Detail"]), "Notes"]
        rows = [[k, v, rng.choice(NOTES)] for k, v in pairs]
        return Table(rows=[head, *rows], widths=[0.4, 0.3, 0.3], align=["l", "l", "l"],
                     rule=rng.choice(["grid", "lines"]), facts=facts, shade=True)  # fmt: skip
    if form == "horizontal":
        return Table(
            rows=[[k for k, _ in pairs], [v for _, v in pairs]],
            align=["c"] * len(pairs),
            widths=[1.0] * len(pairs),
            rule="grid",
            facts=facts,
            shade=rng.random() < 0.5,
        )
    if form == "pipe":
        sep = rng.choice([" | ", " · ", "; ", " — "])
        return Para(text=sep.join(f"{k}: {v}" for k, v in pairs), facts=facts, keep=True)
    if form == "lettered":
        items = [f"({chr(97 + i)}) {k}: {v}" for i, (k, v) in enumerate(pairs)]
        return Bullets(items=items, marker="", facts=facts)
    if form == "bullets":
        dash = rng.choice([": ", " – ", " — "])
        items = [f"{k}{dash}{v}" for k, v in pairs]
        return Bullets(items=items, marker=rng.choice(["•", "-", "›"]), facts=facts)
    dash = rng.choice([" – ", " — ", " "])
    items = [f"{v}{dash}{lower_first(k)}" for k, v in pairs]
    return Bullets(items=items, marker=rng.choice(["•", "-"]), facts=facts)


def _table(pairs: list[tuple[str, str]], rng: random.Random, facts: list[Fact]) -> Table:
    rows = [list(p) for p in pairs]
    header = rng.random() < 0.4
    if header:
        rows.insert(
            0, [rng.choice(["Term", "Item", "Key terms"]), rng.choice(["Detail", "", "Value"])]
        )
    return Table(
        rows=rows,
        header_rows=1 if header else 0,
        widths=[0.5, 0.5],
        align=["l", "l"],
        rule=rng.choice(["grid", "lines", "none"]),
        facts=facts,
        shade=header and rng.random() < 0.5,
    )
