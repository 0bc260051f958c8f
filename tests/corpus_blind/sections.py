"""The offer's terms, shared by business plans and offering documents.

Every function prints something and records, on the block that prints it, the truth it implies.
"""

from __future__ import annotations

import random

from tests.corpus_blind import distract, sheet
from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.layout import Block, Para
from tests.corpus_blind.model import Fact, Truth, figure
from tests.corpus_blind.offer_prose import Shown, terms_prose
from tests.corpus_blind.terms import Terms, negative_term

REGION = {"US": "us", "GB": "uk", "CN": None}
TIMES = {"us": [" (11:59 p.m. ET)", ", 11:59 pm Eastern"], "uk": [" (5pm UK time)", ", 17:00 BST"],
         "eu": [", 23:59 CET", " (24:00 CET)"]}  # fmt: skip


def region_of(country: str) -> str | None:
    return REGION.get(country, "eu")


def terms(
    t: Terms,
    truth: Truth,
    rng: random.Random,
    *,
    country: str,
    st: M.Style | None = None,
    co: str = "",
    form: str | None = None,
    deadline: bool = True,
    doc_date: bool = False,
    distractors: bool = True,
    target: bool = True,
) -> list[Block]:
    """The offer: a term sheet in one of many layouts, or running prose; then, often, numbers
    that are not its terms (post-money, fees, grants, the founders' own money...).

    target=False leaves the funding target out (a missing disclosure), and with it every line
    it could be worked out from."""
    region = region_of(country)
    st = st or M.style_for(t.currency, country, rng)
    out_of_range = not 0 < t.pct <= 100
    shown = Shown(
        pre=t.pre_money is not None and (rng.random() < 0.85 or bool(truth.defects)),
        post=False,
        price=t.price is not None and (rng.random() < 0.8 or t.price < 0),
        shares=bool(t.shares) and rng.random() < 0.5,
        deadline=deadline,
    )
    shown.post = shown.pre and t.post_money is not None and rng.random() < 0.4
    facts = _facts(t, shown, target)
    distractors = distractors and target
    # a typo like '120%' or a minus sign only survives in a form field, and prose needs a target
    form_field = out_of_range or negative_term(t) is not None or not target
    dstyle = M.date_style(region, country, rng)
    date = M.date_en(t.deadline, dstyle)
    if deadline:
        truth.deadline = t.deadline
    if out_of_range:
        truth.notes.append(f"equity offered misprinted as {t.pct:g}% in the term sheet")
    form = form or rng.choice(["sheet", "sheet", "prose"])
    if form == "prose" and not form_field:
        text = terms_prose(t, st, rng, co, shown, date, region or "eu")
        blocks: list[Block] = [Para(text=text, facts=facts, keep=True)]
    else:
        pairs = _pairs(t, st, rng, shown, country, region, date, deadline)
        pairs = pairs if target else pairs[1:]
        if doc_date:
            pairs.append((W.term_label("doc_date", rng), M.date_en(t.doc_date, dstyle)))
        if distractors and rng.random() < 0.6:
            pairs += distract.sheet_rows(t, rng, st, country, rng.randint(1, 2))
        head, rest = pairs[:1], pairs[1:]
        rng.shuffle(rest)
        blocks = [sheet.layout(head + rest, rng, facts)]
    if distractors and rng.random() < 0.7:
        said = distract.offer_sentences(
            t, rng, st.m, country, t.doc_date.year - 1, rng.randint(1, 3)
        )
        when = distract.other_date(t, rng, lambda d: M.date_en(d, dstyle))
        if deadline and when and rng.random() < 0.4:
            said.append(when)
        blocks.append(Para(text=" ".join(said)))
    return blocks


def _facts(t: Terms, shown: Shown, target: bool) -> list[Fact]:
    cur = t.currency
    facts = [figure("funding_target", t.target, cur)] if target else []
    facts.append(figure("equity_offered_pct", t.pct, None))
    if shown.pre and t.pre_money is not None:
        facts.append(figure("pre_money_valuation", t.pre_money, cur))
    if shown.price and t.price is not None:
        facts.append(figure("price_per_share", t.price, cur))
    if t.maximum:
        facts.append(figure("maximum_target", t.maximum, cur))
    facts.append(figure("minimum_investment", t.min_inv, cur))
    return facts


def _pairs(
    t: Terms,
    st: M.Style,
    rng: random.Random,
    shown: Shown,
    country: str,
    region: str | None,
    date: str,
    deadline: bool,
) -> list[tuple[str, str]]:
    def lab(name: str) -> str:
        return W.term_label(name, rng, region, country)

    pairs = [(lab("funding_target"), st.m(t.target))]
    if t.maximum:
        pairs.append((lab("maximum_target"), st.m(t.maximum)))
    pairs.append((lab("equity_offered_pct"), st.p(t.pct)))
    if shown.pre and t.pre_money is not None:
        pairs.append((lab("pre_money_valuation"), st.m(t.pre_money)))
    if shown.post and t.post_money is not None:
        pairs.append((lab("post_money_valuation"), st.m(t.post_money)))
    if shown.price and t.price is not None:
        pairs.append((lab("price_per_share"), st.price(t.price)))  # signed when misprinted
        if shown.shares and t.shares:
            pairs.append((lab("shares"), st.n(t.shares)))
    pairs.append((lab("minimum_investment"), st.signed(t.min_inv)))
    if deadline:
        when = date + (rng.choice(TIMES[region or "eu"]) if rng.random() < 0.25 else "")
        pairs.append((lab("deadline"), when))
    return pairs
