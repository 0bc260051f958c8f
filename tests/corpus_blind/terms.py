"""Offering terms and use-of-funds splits: consistent by construction, or broken on purpose."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

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


def _round_amount(lo: float, hi: float, rng: random.Random) -> float:
    while True:
        v = rng.choice(MANTISSA) * 10 ** rng.randint(4, 8)
        if lo <= v <= hi:
            return v


def make_terms(cur: str, rng: random.Random, defect: str | None, year: int = 2025) -> Terms:
    lo, hi = RANGES[cur]
    target = _round_amount(lo, hi, rng)
    pct = rng.choice([5.0, 7.5, 8.0, 10.0, 12.0, 12.5, 15.0, 20.0, 25.0])
    pre = round(target * (100 - pct) / pct, -3)
    price = rng.choice(PRICES)
    minimums = [v for v in MINIMUMS[cur] if v >= price]  # a ticket buys at least one share
    shares = round(target / price) if abs(target / price - round(target / price)) < 1e-9 else None
    maximum = rng.choice([None, 1.25, 1.5, 2.0, 2.5])
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
    )
    if defect == "valuation_inconsistent":
        t.pre_money = round(pre * rng.choice([0.55, 0.7, 1.4, 1.8, 2.5]), -3)
        t.post_money = None
        t.shares = None
    elif defect == "equity_pct_out_of_range":
        t.pct = rng.choice([0.0, 112.5, 120.0, 150.0, 250.0])
        t.pre_money = t.post_money = None
        t.shares = None
    elif defect == "deadline_before_document_date":
        t.deadline = doc_date - dt.timedelta(days=rng.randint(5, 90))
    return t


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
