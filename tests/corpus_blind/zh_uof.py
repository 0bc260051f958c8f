"""资金用途: a table (万元 or 元, with or without 序号 and 合计), a list, prose with amounts, or
shares only; `%` or full-width `％`."""

from __future__ import annotations

import random

from tests.corpus_blind import money as M
from tests.corpus_blind import zh_base as Z
from tests.corpus_blind.layout import Block, Bullets, Heading, Para, Table
from tests.corpus_blind.model import Fact, use_line
from tests.corpus_blind.terms import Terms, split_funds

Line = tuple[str, float, float]
HEADS = [
    ("用途", "金额（{u}）", "占比"),
    ("资金用途", "拟投入金额（{u}）", "占融资总额比例"),
    ("项目", "投资金额（{u}）", "比例"),
]
PROSE_INTROS = ["本轮融资资金拟按如下方式使用：", "募集资金到位后，", "本次融资所得款项中，"]


def uses_of_funds(
    t: Terms, rng: random.Random, *, mismatch: bool, amounts: bool, total: bool
) -> list[Block]:
    """The uses of the raise; `total` prints a table's 合计 row (only where a target is)."""
    cats = rng.sample(Z.UOF_CATEGORIES, rng.randint(2, 5))
    lines = split_funds(t.target, cats, rng, mismatch)
    head = Heading(text=rng.choice(Z.UOF_HEADINGS), level=3)
    forms = ["table", "table", "bullets", "prose"]
    form = rng.choice(forms if mismatch or amounts else [*forms, "pct"])
    percent = "％" if rng.random() < 0.2 else "%"
    if form == "pct":
        facts = [use_line(c, None, None, p) for c, _, p in lines]
        parts = "；".join(f"{c}{M.num(p)}{percent}" for c, _, p in lines)
        return [head, Para(text=f"本轮资金将按以下比例使用：{parts}。", facts=facts, keep=True)]
    facts = [use_line(c, a, "CNY", p) for c, a, p in lines]
    if form == "bullets":
        items = [f"{c}：{M.money_zh(a, rng, 'wan')}（{_pct(p, percent)}）" for c, a, p in lines]
        return [head, Bullets(items=items, facts=facts, marker=rng.choice(["•", "1."]))]
    if form == "prose":
        return [head, Para(text=_prose(lines, rng, percent), facts=facts, keep=True)]
    total_row = total and not mismatch
    return [head, _table(lines, t.target if total_row else None, rng, percent, facts)]


def _pct(p: float, percent: str) -> str:
    return f"{M.num(p, 0 if p == int(p) else 1)}{percent}"


def _prose(lines: list[Line], rng: random.Random, percent: str) -> str:
    """`300万元用于研发投入，占比30%；…` or `研发投入300万元（30%）、…`."""
    style = rng.choice(["wan", "yuan", "rmb_wan"])
    if rng.random() < 0.5:
        parts = [f"{M.money_zh(a, rng, style)}用于{c}，占比{_pct(p, percent)}" for c, a, p in lines]
        return rng.choice(PROSE_INTROS) + "；".join(parts) + "。"
    parts = [f"{c}{M.money_zh(a, rng, style)}（{_pct(p, percent)}）" for c, a, p in lines]
    return "资金主要投向" + "、".join(parts) + "。"


def _table(
    lines: list[Line], total: float | None, rng: random.Random, percent: str, facts: list[Fact]
) -> Table:
    """万元 with two decimals, or 元; 序号 first in some; 合计 last where the target is."""
    unit, scale, decimals = rng.choice([("万元", 1e4, 2), ("万元", 1e4, 0), ("元", 1.0, 0)])
    if decimals == 0 and any(a % scale for _, a, _ in lines):
        decimals = 2  # a whole-unit print would round the amount
    name, amount, share = rng.choice(HEADS)
    numbered = rng.random() < 0.3
    head = [*(["序号"] if numbered else []), name, amount.format(u=unit), share]
    rows = [
        [*([str(i)] if numbered else []), c, M.num(a / scale, decimals), _pct(p, percent)]
        for i, (c, a, p) in enumerate(lines, 1)
    ]
    if total is not None:
        rows.append([*([""] if numbered else []), "合计", M.num(total / scale, decimals), "100%"])
    widths = [0.1, 0.35, 0.3, 0.25] if numbered else [0.4, 0.35, 0.25]
    return Table(rows=[head, *rows], widths=widths, rule="grid", facts=facts)
