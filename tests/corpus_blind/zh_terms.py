"""融资方案: the offer's terms, the use of the money, what overfunding would pay for, and (in a
融资计划书) the custodian bank that holds investors' money."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.corpus_blind import custody, excess
from tests.corpus_blind import defects as D
from tests.corpus_blind import money as M
from tests.corpus_blind import zh_base as Z
from tests.corpus_blind.layout import KV, Block, Para, Table
from tests.corpus_blind.model import Fact, Truth, figure
from tests.corpus_blind.terms import Terms, negative_term
from tests.corpus_blind.zh_uof import uses_of_funds


@dataclass
class Offer:
    """What the section prints: a 融资计划书 (offering) has terms for investors."""

    offering: bool
    dstyle: str
    defect: str | None
    drop: str | None  # the required item left out, if any
    city_zh: str


def offer_section(t: Terms, truth: Truth, rng: random.Random, o: Offer) -> list[Block]:
    """Terms, uses, the excess and the custodian, in the order Chinese plans put them."""
    bank = None
    if o.offering and o.drop != "custodian_bank":
        bank = custody.bank_name(o.city_zh, rng)
        truth.custodian_bank = bank
    in_terms = bank is not None and rng.random() < 0.4
    blocks = _terms(t, truth, rng, o, bank if in_terms else None)
    uses = o.drop != "use_of_funds"
    target = o.drop != "funding_target"
    if uses:
        mismatch, amounts = o.defect == D.UOF, o.defect == D.OVER
        blocks += uses_of_funds(t, rng, mismatch=mismatch, amounts=amounts, total=target)
    overfunded = o.offering and t.maximum is not None and t.maximum > t.target
    if uses and overfunded and target and o.defect != D.OVER:
        cats = [str(f["category"]) for b in blocks for f in b.facts if f["kind"] == "use_of_funds"]
        blocks += excess.chinese(t, cats, rng, rng.choice(["sentence", "sentence", "lines"]))
    if bank is not None and not in_terms:
        blocks += custody.section(bank, rng)
    return blocks


def _terms(t: Terms, truth: Truth, rng: random.Random, o: Offer, bank: str | None) -> list[Block]:
    def lab(k: str) -> str:
        return rng.choice(Z.LABELS[k])

    target = o.drop != "funding_target"
    facts = [figure("funding_target", t.target, "CNY")] if target else []
    facts.append(figure("equity_offered_pct", t.pct, None))
    pairs = [
        (lab("funding_target"), M.money_zh(t.target, rng)),
        (lab("equity_offered_pct"), M.pct_zh(t.pct, rng)),
    ][0 if target else 1 :]
    if t.pre_money is not None:
        facts.append(figure("pre_money_valuation", t.pre_money, "CNY"))
        pairs.append((lab("pre_money_valuation"), M.money_zh(t.pre_money, rng)))
        if t.post_money and rng.random() < 0.4:
            pairs.append((lab("post_money_valuation"), M.money_zh(t.post_money, rng)))
    if o.offering:
        pairs += _offer_pairs(t, truth, rng, o, facts)
    if bank is not None:
        pairs.append(custody.term_pair(bank, rng))
    if rng.random() < 0.35 and negative_term(t) is None:  # a minus sign lives in a form
        text = "本轮" + "，".join(f"{k.removeprefix('本轮')}{v}" for k, v in pairs) + "。"
        return [Para(text=text, facts=facts, keep=True)]
    if rng.random() < 0.5:
        return [
            Table(
                rows=[["项目", "内容"], *[list(p) for p in pairs]],
                widths=[0.4, 0.6],
                align=["l", "l"],
                rule="grid",
                facts=facts,
            )
        ]
    return [KV(pairs=pairs, style="colon", facts=facts)]


def _offer_pairs(
    t: Terms, truth: Truth, rng: random.Random, o: Offer, facts: list[Fact]
) -> list[tuple[str, str]]:
    """Maximum, price, minimum ticket and deadline: the terms only an offering prints."""

    def lab(k: str) -> str:
        return rng.choice(Z.LABELS[k])

    pairs: list[tuple[str, str]] = []
    if t.maximum:
        facts.append(figure("maximum_target", t.maximum, "CNY"))
        pairs.append((lab("maximum_target"), M.money_zh(t.maximum, rng)))
    price = t.price or 1
    facts += [
        figure("price_per_share", price, "CNY"),
        figure("minimum_investment", t.min_inv, "CNY"),
    ]
    low = M.money_zh(t.min_inv, rng, "w" if rng.random() < 0.3 else None)
    pairs += [
        (lab("price_per_share"), M.signed_zh(f"{M.num(price, 2)}元", price, rng)),
        (lab("minimum_investment"), M.signed_zh(low, t.min_inv, rng)),
    ]
    if o.drop != "deadline":
        pairs.append((lab("deadline"), M.date_zh(t.deadline, o.dstyle)))
        truth.deadline = t.deadline
    return pairs
