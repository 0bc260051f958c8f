"""Money above the target: what an offer says overfunding would pay for.

A sentence ('Any amount raised above $500,000 will go towards inventory'), or a short list of
extra lines that, with the lines at the target, add up to the maximum. (The third way, a column
'If maximum raised' beside the use-of-proceeds table, is drawn by `uof`.)
"""

from __future__ import annotations

import random

from tests.corpus_blind import defects as D
from tests.corpus_blind import money as M
from tests.corpus_blind import uof
from tests.corpus_blind import wording as W
from tests.corpus_blind import zh_base as Z
from tests.corpus_blind.layout import KV, Block, Bullets, Heading, Para
from tests.corpus_blind.model import Truth, excess_use
from tests.corpus_blind.terms import Terms

FORMS = ("sentence", "sentence", "lines")
FORM_C_FORMS = (*FORMS, "column")  # the two-column table of a Form C

SPLITS = [[100.0], [60.0, 40.0], [50.0, 50.0], [50.0, 30.0, 20.0], [70.0, 30.0]]
HEADINGS = ["Overfunding", "If we raise more than the target", "Use of oversubscribed funds",
            "Oversubscription"]  # fmt: skip
SENTENCES = [
    "If the offering is oversubscribed, proceeds above the target of {T}, up to the maximum of "
    "{MAX}, will be used for {cats}.",
    "Any amount raised above {T} will go towards {cats}.",
    "Should we overfund, the additional {X} would fund {cats}.",
    "Overfunding: additional funds (up to {MAX}) will accelerate {cats}.",
    "Money raised beyond the target is earmarked for {cats}.",
    "Oversubscription proceeds, if any, will be added to {cats}.",
]
PRO_RATA = [
    "If we reach the maximum of {MAX}, the extra money will be spent in the same proportions as "
    "the uses above.",
    "Funds above the target, up to {MAX}, will be allocated pro rata to the uses listed above.",
]
INTROS = [
    "If the maximum of {MAX} is raised, the additional {X} will be allocated as follows:",
    "Should the round be overfunded, the extra {X} would be spent on:",
    "Additional allocation if the maximum is reached:",
]
ZH_SENTENCES = [
    "若本轮实际募集资金超过目标融资额，超出部分（最高至{MAX}）将用于{cats}。",
    "超募资金将全部用于{cats}。",
    "超额认购部分（约{X}）计划用于{cats}。",
    "本轮如出现超募，超出目标金额的资金将优先用于{cats}。",
]
ZH_PRO_RATA = ["如融资额达到上限{MAX}，超出{T}的部分将按上述比例投入各项用途。"]
ZH_INTROS = ["超募资金使用计划：", "如达到融资上限，新增{X}资金的用途如下："]


def uses(
    lines: list[uof.Line],
    t: Terms,
    st: M.Style,
    truth: Truth,
    rng: random.Random,
    *,
    defect: str | None,
    drop: str | None,
    forms: tuple[str, ...] = FORMS,
) -> list[Block]:
    """Use of proceeds at the target, then (when there is a maximum above it) what the money
    above the target would pay for. Nothing when the document leaves its use of funds out."""
    if drop == "use_of_funds":
        return []
    target = drop != "funding_target"
    over = t.maximum is not None and t.maximum > t.target and target and defect != D.OVER
    form = rng.choice(forms) if over else None
    blocks = uof.use_of_funds(
        lines,
        t.target,
        st,
        truth,
        rng,
        defect=defect == D.UOF or not target,  # no total row that would print the target
        amounts=defect == D.OVER,
        maximum=t.maximum if form == "column" else None,
    )
    if form in ("sentence", "lines"):
        blocks += english(t, [c for c, _, _ in lines], st, rng, str(form))
    return blocks


def _split(amount: float, cats: list[str], rng: random.Random) -> list[tuple[str, float]]:
    shares = rng.choice([s for s in SPLITS if len(s) <= len(cats)])
    return [(c, amount * s / 100) for c, s in zip(cats, shares, strict=False)]


def _join(items: list[str], last: str) -> str:
    return items[0] if len(items) == 1 else "、".join(items[:-1]) + last + items[-1]


def english(t: Terms, uses: list[str], st: M.Style, rng: random.Random, form: str) -> list[Block]:
    """After the use-of-proceeds lines: a sentence or a few extra lines on the excess."""
    if t.maximum is None:
        raise ValueError("no maximum, no excess to spend")
    extra = t.maximum - t.target
    v = {"T": st.m(t.target), "MAX": st.m(t.maximum), "X": st.m(extra)}
    cats = rng.sample(W.UOF_CATEGORIES, 3)
    head: list[Block] = []
    if rng.random() < 0.4:
        head = [Heading(text=rng.choice(HEADINGS), level=3)]
    if form == "lines":
        lines = _split(extra, cats, rng)
        fact = excess_use("lines", extra, t.currency, [c for c, _ in lines])
        intro = Para(text=rng.choice(INTROS).format(**v), with_next=True)
        if rng.random() < 0.5:
            items = [f"{c}{rng.choice([': ', ' – '])}{st.m(a)}" for c, a in lines]
            body: Block = Bullets(items=items, marker=rng.choice(["•", "-"]), facts=[fact])
        else:
            body = KV(pairs=[(c, st.m(a)) for c, a in lines], style="colon", bold_keys=False,
                      facts=[fact])  # fmt: skip
        return [*head, intro, body]
    if rng.random() < 0.25:
        fact = excess_use("sentence", extra, t.currency, uses)
        return [*head, Para(text=rng.choice(PRO_RATA).format(**v), facts=[fact], keep=True)]
    picked = cats[: rng.randint(1, 2)]
    words = [W.lower_first(c) for c in picked]
    v["cats"] = words[0] if len(words) == 1 else f"{words[0]} and {words[1]}"
    fact = excess_use("sentence", extra, t.currency, picked)
    return [*head, Para(text=rng.choice(SENTENCES).format(**v), facts=[fact], keep=True)]


def chinese(t: Terms, uses: list[str], rng: random.Random, form: str) -> list[Block]:
    """超募资金用途: a sentence, or a short list of what the extra money buys."""
    if t.maximum is None:
        raise ValueError("no maximum, no excess to spend")
    extra = t.maximum - t.target
    v = {"T": M.money_zh(t.target, rng), "MAX": M.money_zh(t.maximum, rng),
         "X": M.money_zh(extra, rng, "wan")}  # fmt: skip
    cats = rng.sample(Z.UOF_CATEGORIES, 3)
    if form == "lines":
        lines = _split(extra, cats, rng)
        fact = excess_use("lines", extra, "CNY", [c for c, _ in lines])
        items = [f"{c}：{M.money_zh(a, rng, 'wan')}" for c, a in lines]
        intro = Para(text=rng.choice(ZH_INTROS).format(**v), with_next=True)
        return [intro, Bullets(items=items, marker=rng.choice(["•", "-"]), facts=[fact])]
    if rng.random() < 0.25:
        fact = excess_use("sentence", extra, "CNY", uses)
        return [Para(text=rng.choice(ZH_PRO_RATA).format(**v), facts=[fact], keep=True)]
    picked = cats[: rng.randint(1, 2)]
    v["cats"] = _join(picked, rng.choice(["和", "及"]))
    fact = excess_use("sentence", extra, "CNY", picked)
    return [Para(text=rng.choice(ZH_SENTENCES).format(**v), facts=[fact], keep=True)]
