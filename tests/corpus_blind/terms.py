"""Offering terms and use-of-funds splits: consistent by construction, or broken on purpose."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.corpus_blind import defects as D
from tests.corpus_blind.regimes import CAP_CURRENCY

MANTISSA = [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 7.5, 8.0]
RANGES = {
    "USD": (50_000, 1_235_000),
    "GBP": (100_000, 2_000_000),
    "EUR": (100_000, 5_000_000),
    "CNY": (1_000_000, 50_000_000),
}
PRICES = [0.10, 0.25, 0.50, 0.85, 1.00, 1.25, 1.40, 2.00, 2.50, 5.00, 10.00, 12.50]
MINIMUMS = {
    "USD": [100, 250, 500, 1_000],
    "GBP": [10, 50, 100, 250, 500],
    "EUR": [100, 250, 500, 1_000, 5_000],
    "CNY": [10_000, 50_000, 100_000, 200_000],
}
OVERFUNDING = [1.25, 1.5, 2.0, 2.5]  # maximum / target
BELOW_TARGET = [0.5, 0.6, 0.75, 0.8]  # a maximum misprinted below the target
ABOVE_CAP = [5_500_000.0, 6_000_000.0, 7_500_000.0]  # over a 5,000,000 cap
NEAR_CAP = [1_000_000.0, 1_500_000.0, 2_000_000.0, 2_500_000.0, 3_000_000.0]


@dataclass
class Terms:
    currency: str
    target: float
    maximum: float | None
    pct: float  # as printed (out of range when that defect is injected)
    pre_money: float | None  # as printed; None when not printed
    post_money: float | None
    price: float | None
    min_inv: float
    doc_date: dt.date
    deadline: dt.date
    shares: int | None  # new shares offered, when it is a whole number
    shares_before: int | None = None  # shares in issue before the offer (pre-money / price)


def _round_amount(lo: float, hi: float, rng: random.Random) -> float:
    while True:
        v = rng.choice(MANTISSA) * 10 ** rng.randint(4, 8)
        if lo <= v <= hi:
            return v


def make_terms(
    cur: str, rng: random.Random, defect: str | None, year: int = 2025, *, drop: str | None = None
) -> Terms:
    """Terms that agree with each other (and stay under the currency's regime cap), unless
    `defect` names a rule they must break. Without a target (`drop`), no post-money and no
    count of new shares either: they would give the target away."""
    lo, hi = RANGES[cur]
    cap = CAP_CURRENCY.get(cur)
    above_cap = defect == D.CAP and rng.random() < 0.3  # the target itself, with no maximum
    if defect == D.CAP:  # a big raise whose maximum (or target) goes over the line
        target = rng.choice(ABOVE_CAP if above_cap else NEAR_CAP)
    else:
        target = _round_amount(lo, hi, rng)
    if defect == D.OVER and cap and target * OVERFUNDING[0] > cap:
        target = cap / 2
    pct = rng.choice([5.0, 7.5, 8.0, 10.0, 12.0, 12.5, 15.0, 20.0, 25.0])
    pre = round(target * (100 - pct) / pct, -3)
    price = rng.choice(PRICES)
    minimums = [v for v in MINIMUMS[cur] if v >= price]  # a ticket buys at least one share
    shares = round(target / price) if abs(target / price - round(target / price)) < 1e-9 else None
    ratios = [m for m in OVERFUNDING if cap is None or target * m <= cap]
    maximum = rng.choice([None, *ratios])
    doc_date = dt.date(year - rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28))
    deadline = doc_date + dt.timedelta(days=rng.randint(30, 150))
    t = Terms(
        cur,
        target,
        None if maximum is None else target * maximum,
        pct,
        pre,
        pre + target,
        price,
        float(rng.choice(minimums)),
        doc_date,
        deadline,
        shares,
        round(pre / price),
    )
    _break(t, defect, rng, above_cap=above_cap, ratios=ratios)
    if drop == "funding_target":
        t.post_money, t.shares = None, None
    return t


def _break(
    t: Terms, defect: str | None, rng: random.Random, *, above_cap: bool, ratios: list[float]
) -> None:
    """Misprint the terms the way `defect` needs, leaving every other rule satisfied."""
    if defect == D.VAL:
        t.pre_money = round((t.pre_money or 0.0) * rng.choice([0.55, 0.7, 1.4, 1.8, 2.5]), -3)
        t.post_money = None
        t.shares = None
    elif defect == D.PCT:
        t.pct = rng.choice([0.0, 112.5, 120.0, 150.0, 250.0])
        t.pre_money = t.post_money = None
        t.shares = t.shares_before = None  # nothing left to work the true stake out from
    elif defect == D.DATE:
        t.deadline = t.doc_date - dt.timedelta(days=rng.randint(5, 90))
    elif defect == D.TAM:
        t.maximum = t.target * rng.choice(BELOW_TARGET)
    elif defect == D.OVER and t.maximum is None:
        t.maximum = t.target * rng.choice(ratios)
    elif defect == D.CAP:
        t.maximum = None if above_cap else rng.choice(ABOVE_CAP)
    elif defect == D.NEG and rng.random() < 0.35 and t.price is not None:
        t.price = -t.price
        t.shares = t.shares_before = None  # price x shares must not disagree as well
    elif defect == D.NEG:
        t.min_inv = -t.min_inv


def negative_term(t: Terms) -> str | None:
    """The term printed with a minus sign, if any."""
    if t.min_inv < 0:
        return "minimum_investment"
    if t.price is not None and t.price < 0:
        return "price_per_share"
    return None


def defect_detail(t: Terms, defect: str | None, drop: str | None) -> str | None:
    """What exactly is wrong, for the truth: the item left out, the term printed negative, the
    term above the cap."""
    if defect == D.MISSING:
        return drop
    if defect == D.NEG:
        return negative_term(t)
    if defect == D.CAP:
        return "maximum_target" if t.maximum else "funding_target"
    return None


def implied_pct_ok(t: Terms) -> bool:
    if t.pre_money is None:
        return True
    implied = 100 * t.target / (t.pre_money + t.target)
    return abs(implied - t.pct) <= 0.005 * t.pct


def _composition(n: int, rng: random.Random, step: float) -> list[float]:
    """n positive multiples of `step` summing to 100, largest first."""
    units = round(100 / step)
    cuts = sorted(rng.sample(range(1, units), n - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, units], strict=True)]
    return sorted((p * step for p in parts), reverse=True)


def split_funds(
    target: float, categories: list[str], rng: random.Random, defect: bool
) -> list[tuple[str, float, float]]:
    """(category, amount, pct) lines; amounts sum to target unless `defect`."""
    n = len(categories)
    step = 5.0 if target % 20 == 0 else 10.0
    pcts = _composition(n, rng, step)
    lines = [(c, target * p / 100, p) for c, p in zip(categories, pcts, strict=True)]
    if defect:
        i = rng.randrange(n)
        c, a, _ = lines[i]
        steps = [s for s in (0.05, 0.1, 0.15, -0.05) if 0 < a + target * s < target]
        a += target * rng.choice(steps or [-0.05])  # one line off, never above the whole raise
        lines[i] = (c, a, round(100 * a / target, 1))
    return lines


def projections(
    base_revenue: float, first_year: int, rng: random.Random, n: int = 3
) -> list[tuple[int, float, float]]:
    """(year, revenue, net income) forecasts, rounded to thousands."""
    out, rev = [], max(base_revenue, 150_000.0)
    margin = rng.uniform(-0.3, -0.05)
    for i in range(n):
        rev = round(rev * rng.uniform(1.4, 2.6), -3)
        margin += rng.uniform(0.06, 0.14)
        out.append((first_year + i, rev, round(rev * margin, -3)))
    return out
