"""English building blocks shared by business plans and offering documents.

Every function prints something and records, on the block that prints it, the truth it implies.
"""

from __future__ import annotations

import random

from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.layout import KV, Block, Bullets, Heading, Para, Table
from tests.corpus_blind.model import Truth, figure, use_line
from tests.corpus_blind.terms import Terms


def _kv_or_table(pairs: list[tuple[str, str]], rng: random.Random, facts: list) -> Block:
    form = rng.choice(["kv", "kv", "grid", "lines", "none"])
    if form == "kv":
        return KV(
            pairs=pairs,
            style=rng.choice(["aligned", "colon", "leader"]),
            facts=facts,
            key_frac=rng.choice([0.38, 0.45, 0.5]),
        )
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
        rule=form,
        facts=facts,
        shade=header and rng.random() < 0.5,
    )


def terms(
    t: Terms,
    truth: Truth,
    rng: random.Random,
    *,
    eu: bool = False,
    co: str = "",
    form: str | None = None,
    deadline: bool = True,
    doc_date: bool = False,
) -> list[Block]:
    """The offer: as a key/value list, a two-column table, or running prose."""
    cur = t.currency
    allowed = M.EU_STYLES if eu else M.EN_STYLES
    cont = eu and rng.random() < 0.5

    def m(v: float) -> str:
        return M.money(v, cur, rng, allowed=allowed)

    facts = [figure("funding_target", t.target, cur), figure("equity_offered_pct", t.pct, None)]
    show_pre = t.pre_money is not None and (rng.random() < 0.85 or bool(truth.defects))
    show_price = t.price is not None and rng.random() < 0.8
    show_post = show_pre and t.post_money is not None and rng.random() < 0.4
    if show_pre and t.pre_money is not None:
        facts.append(figure("pre_money_valuation", t.pre_money, cur))
    if show_price and t.price is not None:
        facts.append(figure("price_per_share", t.price, cur))
    if t.maximum:
        facts.append(figure("maximum_target", t.maximum, cur))
    facts.append(figure("minimum_investment", t.min_inv, cur))
    dstyle = rng.choice(["dmy", "mdy", "iso", "slash", "ord"] + (["de", "fr", "dot"] if eu else []))
    if deadline:
        truth.deadline = t.deadline
    form = form or rng.choice(["kv", "kv", "prose"])
    if form == "prose":
        return [
            Para(
                text=_terms_prose(
                    t, rng, m, cont, co, show_pre, show_post, show_price, deadline, dstyle
                ),
                facts=facts,
                keep=True,
            )
        ]
    pairs = [(W.term_label("funding_target", rng), m(t.target))]
    if t.maximum:
        pairs.append((W.term_label("maximum_target", rng), m(t.maximum)))
    pairs.append((W.term_label("equity_offered_pct", rng), M.pct(t.pct, rng, cont)))
    if show_pre and t.pre_money is not None:
        pairs.append((W.term_label("pre_money_valuation", rng), m(t.pre_money)))
    if show_post and t.post_money is not None:
        pairs.append((W.term_label("post_money_valuation", rng), m(t.post_money)))
    if show_price and t.price is not None:
        pairs.append((W.term_label("price_per_share", rng), M.price(t.price, cur, rng, cont)))
        if t.shares and rng.random() < 0.5:
            pairs.append((W.term_label("shares", rng), M.num(t.shares)))
    pairs.append((W.term_label("minimum_investment", rng), m(t.min_inv)))
    if deadline:
        pairs.append((W.term_label("deadline", rng), M.date_en(t.deadline, dstyle)))
    if doc_date:
        pairs.append((W.term_label("doc_date", rng), M.date_en(t.doc_date, dstyle)))
    keep = pairs[:1]
    rest = pairs[1:]
    rng.shuffle(rest)
    return [_kv_or_table(keep + rest, rng, facts)]


def _terms_prose(
    t: Terms,
    rng: random.Random,
    m,
    cont: bool,
    co: str,
    pre: bool,
    post: bool,
    price: bool,
    deadline: bool,
    dstyle: str,
) -> str:
    p = M.pct(t.pct, rng, cont)
    s = rng.choice(
        [
            f"We are raising {m(t.target)} in exchange for {p} of the company",
            f"{co or 'The company'} is seeking {m(t.target)} for a {p} equity stake",
            f"We are offering {p} of our share capital to raise {m(t.target)}",
        ]
    )
    if pre and t.pre_money is not None:
        s += rng.choice(
            [
                f", valuing it at {m(t.pre_money)} before the investment",
                f". This puts the pre-money valuation at {m(t.pre_money)}",
            ]
        )
        if post and t.post_money is not None:
            s += f" ({m(t.post_money)} post-money)"
    if price and t.price is not None:
        s += rng.choice(
            [
                f", at {M.price(t.price, t.currency, rng, cont)} per share",
                f". Shares are issued at {M.price(t.price, t.currency, rng, cont)} each",
            ]
        )
    s += rng.choice(
        [
            f"; the smallest investment is {m(t.min_inv)}",
            f". Investors can take part from {m(t.min_inv)}",
        ]
    )
    if t.maximum:
        s += rng.choice(
            [
                f", and we may accept up to {m(t.maximum)}",
                f". If demand is strong we will accept overfunding up to {m(t.maximum)}",
            ]
        )
    s += "."
    if deadline:
        s += rng.choice(
            [
                f" The offer closes on {M.date_en(t.deadline, dstyle)}.",
                f" Subscriptions must be received by {M.date_en(t.deadline, dstyle)}.",
            ]
        )
    return s


def use_of_funds(
    lines: list[tuple[str, float, float]],
    target: float,
    cur: str,
    truth: Truth,
    rng: random.Random,
    *,
    eu: bool = False,
    defect: bool = False,
) -> list[Block]:
    """Use-of-proceeds lines in one of several forms; a defect needs printed amounts."""
    total_row = not defect
    allowed = M.EU_STYLES if eu else M.EN_STYLES
    heading = Heading(text=rng.choice(W.UOF_HEADINGS), level=2)
    form = rng.choice(["table", "table", "table_amt", "bullets", "lines", "pct_only", "prose"])
    if defect and form == "pct_only":
        form = "table_amt"
    if form == "prose" and len(lines) > 4:
        form = "bullets"
    style = rng.choice(["sym", "code", "k", "short"])

    def m(v: float) -> str:
        return M.money(v, cur, rng, style=style, allowed=allowed)

    def p(v: float) -> str:
        text = M.pct(v, rng)
        return text.replace(" per cent", "%").replace(" percent", "%") if form != "prose" else text

    with_pct = (form in ("table", "bullets", "lines") and rng.random() < 0.8) or form == "pct_only"
    with_amt = form != "pct_only"
    facts = [
        use_line(c, a if with_amt else None, cur, pc if with_pct else None) for c, a, pc in lines
    ]
    intro = Para(
        text=rng.choice(
            [
                "The funds raised will be allocated as follows"
                + ("" if with_amt else " (as a share of the raise)")
                + ":",
                "We plan to use the money like this:",
                "Breakdown of planned spending:",
            ]
        )
    )
    intro.with_next = True
    if form.startswith("table") or (form == "pct_only" and rng.random() < 0.5):
        head = [
            "Category" if rng.random() < 0.5 else "Use",
            *(["Amount"] if with_amt else []),
            *(["%"] if with_pct else []),
        ]
        rows = [
            [c, *([m(a)] if with_amt else []), *([p(pc)] if with_pct else [])] for c, a, pc in lines
        ]
        bold: frozenset[int] = frozenset()
        if total_row and with_amt and rng.random() < 0.6:
            rows.append(["Total", m(target), *(["100%"] if with_pct else [])])
            bold = frozenset({len(rows)})
        widths = [0.55, 0.25, 0.2][: len(head)]
        return [
            heading,
            intro,
            Table(
                rows=[head, *rows],
                widths=widths,
                facts=facts,
                rule=rng.choice(["lines", "grid", "none", "header"]),
                bold_rows=bold,
            ),
        ]
    if form == "prose":
        parts = [f"{m(a)} on {c.lower()}" for c, a, _ in lines]
        for f in facts:
            f["category"] = str(f["category"]).lower()
        body = ", ".join(parts[:-1]) + f" and {parts[-1]}"
        lead = rng.choice(["We will spend", "The proceeds will fund", "We intend to put"])
        return [heading, Para(text=f"{lead} {body}.", facts=facts, keep=True)]
    if form == "lines":
        pairs = []
        for c, a, pc in lines:
            val = m(a)
            if with_pct:
                val += f" ({p(pc)})"
            pairs.append((c, val))
        return [heading, intro, KV(pairs=pairs, style="colon", bold_keys=False, facts=facts)]
    items = []
    for c, a, pc in lines:
        txt = c
        if with_amt:
            txt += rng.choice([": ", " – ", " - "]) + m(a)
        if with_pct:
            txt += f" ({p(pc)})" if with_amt else f" {p(pc)}"
        items.append(txt)
    marker = rng.choice(["•", "-", "–", "1."])
    return [heading, intro, Bullets(items=items, facts=facts, marker=marker)]
