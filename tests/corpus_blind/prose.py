"""Running English text: filler about the business, and distractor sentences."""

from __future__ import annotations

import random

from tests.corpus_blind import money as M
from tests.corpus_blind.names import SECTORS, competitor

FILLER = [
    "{co} makes {product} for {customer}.",
    "Our customers are mainly {customer}, who buy through a mix of direct sales and partners.",
    "The {market} sector has been slow to adopt new tools, which leaves room for a newcomer.",
    "We started the business after seeing how much time {customer} lose to manual work.",
    "Gross margins have improved every quarter as we renegotiated supplier contracts.",
    "Our roadmap for the next eighteen months focuses on reliability, onboarding and support.",
    "We sell on annual contracts, invoiced in advance, which keeps working capital light.",
    "Most of our growth so far has come from word of mouth and repeat orders.",
    "The team has shipped {product} to customers in more than a dozen countries.",
    "We hold two granted patents and have a further application pending.",
    "Production is carried out in {city}, close to our main suppliers.",
    "Customer retention stood at over ninety per cent last year.",
    "Pricing is tiered so that smaller customers can start cheaply and grow with us.",
    "We see {customer} as the beachhead before moving into adjacent segments.",
    "All of our hardware is designed in-house and assembled by a contract manufacturer.",
    "A pilot with three large {customer} is under way and due to finish this year.",
    "We have deliberately kept fixed costs low while we prove the model.",
    "Sustainability is central to the product: materials are sourced locally where possible.",
    "The board meets monthly and reviews cash, pipeline and hiring against plan.",
    "Our competitive edge is speed: a new customer is live within a week.",
]


def filler(rng: random.Random, co: str, sector: str, city: str, n: int) -> str:
    s = SECTORS[sector]
    picks = rng.sample(FILLER, n)
    return " ".join(
        p.format(
            co=co,
            product=rng.choice(s["product"]),
            customer=rng.choice(s["customer"]),
            market=rng.choice(s["market"]),
            city=city,
        )
        for p in picks
    )


def market_size(rng: random.Random, sector: str, cur: str) -> str:
    value = rng.choice([1.2, 2.3, 4.5, 7.8, 12.0, 18.5, 36.0]) * 1e9
    mk = rng.choice(SECTORS[sector]["market"])
    v, g = M.big(value, cur, rng), rng.randint(6, 24)
    return rng.choice(
        [
            f"The {mk} market is worth {v} and growing at {g}% a year.",
            f"Analysts size the global {mk} opportunity at {v}.",
            f"We are targeting a {v} market.",
            f"{v} is spent on {mk} every year, and the segment grows {g}% annually.",
            f"Our serviceable market in {mk} is estimated at {v} (CAGR {g}%).",
            f"Total addressable market: {v}.",
        ]
    )


def competitor_valuation(rng: random.Random, cur: str) -> str:
    value = rng.choice([15, 22, 40, 65, 120, 310]) * 1e6
    raised = rng.choice([2, 5, 9, 14, 30]) * 1e6
    v, r = M.big(value, cur, rng), M.big(raised, cur, rng)
    return rng.choice(
        [
            f"{competitor(rng)}, our closest competitor, was valued at {v} in its latest round.",
            f"By comparison, {competitor(rng)} raised at a {v} valuation last year.",
            f"{competitor(rng)} closed a {r} round in the spring.",
            f"Competitors have raised large rounds: {competitor(rng)} took {r} at {v}.",
        ]
    )


def previous_round(rng: random.Random, cur: str, year: int, pre_now: float | None) -> str:
    base = pre_now or 2_000_000
    pre = round(base * rng.uniform(0.25, 0.6), -4)
    raised = round(pre * rng.uniform(0.08, 0.2), -4)
    r, v = M.money(raised, cur, rng), M.money(pre, cur, rng)
    return rng.choice(
        [
            f"In {year} we closed a seed round of {r} at a pre-money valuation of {v}.",
            f"Our previous round ({year}) valued the company at {v} before the investment.",
            f"Business angels invested {r} in {year}, at {v} pre-money.",
            f"The {year} round raised {r}; the pre-money valuation then was {v}.",
            f"Previous funding: {r} ({year}, pre-money {v}).",
        ]
    )


def par_value(rng: random.Random, cur: str) -> str:
    par = rng.choice(["0.0001", "0.001", "0.01", "0.00001"])
    sym = M.SYMBOL[cur]
    if cur == "USD":
        return rng.choice(
            [
                f"Common Stock, {sym}{par} par value per share.",
                f"Each share of common stock has a par value of {sym}{par}.",
                f"The shares have a par value of {sym}{par} each.",
            ]
        )
    return rng.choice(
        [
            f"Each share has a nominal value of {sym}{par}.",
            f"The shares are ordinary shares of {sym}{par} each.",
            f"Nominal value per share: {sym}{par}.",
            f"The share capital is divided into shares with a nominal value of {par} {cur}.",
        ]
    )


RISK_WARNING = (
    "Investing in start-ups and early-stage businesses involves risks, including illiquidity, "
    "lack of dividends, loss of investment and dilution."
)
