"""Numbers near the offer that are not its terms: post-money, fees, nominal value, grants and loans,
the founders' own money, amounts already committed, the stake founders keep, earlier rounds.

Every value is drawn so that it never equals a term of the offer (same kind: money or percent),
so a figure extracted from one of these lines is always wrong, never luckily right.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from tests.corpus_blind import money as M
from tests.corpus_blind.names import competitor
from tests.corpus_blind.terms import Terms

Fmt = Callable[[float], str]

SCALE = {"USD": 1.0, "GBP": 1.0, "EUR": 1.0, "CNY": 10.0}
GRANTORS = {
    "US": ["an SBIR Phase I", "a state economic development", "an NSF"],
    "GB": ["an Innovate UK", "a Smart Cymru", "a local growth hub"],
    "IE": ["an Enterprise Ireland", "a Local Enterprise Office"],
    "DE": ["an EXIST", "a KfW-backed", "a ZIM"],
    "AT": ["an FFG", "an aws"],
    "FR": ["a Bpifrance", "a regional innovation"],
    "BE": ["a VLAIO", "an Innoviris"],
    "IT": ["an Invitalia", "a Smart&Start"],
    "NL": ["an RVO innovation", "a WBSO-linked"],
    "CN": ["a municipal science and technology", "a provincial innovation"],
}
LENDERS = ["Northern Commerce Bank", "Harbour Savings", "a regional development bank",
           "the British Business Bank", "a state promotional bank"]  # fmt: skip


def _taken(t: Terms) -> tuple[set[float], set[float]]:
    money = {t.target, t.min_inv}
    money |= {v for v in (t.maximum, t.pre_money, t.post_money, t.price) if v is not None}
    return money, {t.pct}


def _money(t: Terms, rng: random.Random, pool: list[float]) -> float:
    taken, _ = _taken(t)
    k = SCALE.get(t.currency, 1.0)
    options = [v * k for v in pool if v * k not in taken]
    return rng.choice(options)


def _pct(t: Terms, rng: random.Random, pool: list[float]) -> float:
    return rng.choice([p for p in pool if p != t.pct])


def post_money(t: Terms, m: Fmt, rng: random.Random) -> str | None:
    if t.post_money is None or t.pre_money is None:
        return None
    return rng.choice(
        [
            f"On completion the post-money valuation will be {m(t.post_money)}.",
            f"The post-money valuation, including this round, is {m(t.post_money)}.",
            f"After the raise the company will be valued at {m(t.post_money)}.",
        ]
    )


def fees(t: Terms, rng: random.Random, platform: str = "the platform") -> str:
    f = M.pct(_pct(t, rng, [5.0, 6.0, 7.0, 7.5, 8.0]), rng)
    i = M.pct(_pct(t, rng, [1.5, 2.0, 2.5, 3.0]), rng)
    return rng.choice(
        [
            f"{platform[0].upper()}{platform[1:]} charges a success fee of {f} of the amount "
            "raised.",
            f"A completion fee of {f} is payable to {platform} if the round succeeds.",
            f"Investors pay a {i} platform fee on top of the amount they invest.",
            f"Fees: {f} success fee (paid by the company), {i} investor fee.",
            f"{platform[0].upper()}{platform[1:]} will receive {f} of the funds raised plus VAT.",
        ]
    )


def grant_or_loan(t: Terms, rng: random.Random, m: Fmt, country: str, year: int) -> str:
    amount = _money(t, rng, [40_000, 60_000, 75_000, 90_000, 120_000, 180_000, 220_000])
    grantor = rng.choice(GRANTORS.get(country, GRANTORS["GB"]))
    return rng.choice(
        [
            f"We have also secured {grantor} grant of {m(amount)}, which is not part of this "
            "round.",
            f"In {year} the company received {m(amount)} from {grantor} grant programme.",
            f"A {m(amount)} loan from {rng.choice(LENDERS)} finances our equipment.",
            f"Alongside the raise we will draw down a {m(amount)} term loan.",
            f"A convertible loan of {m(amount)} is outstanding and converts at a "
            f"{M.pct(_pct(t, rng, [15.0, 20.0, 30.0]), rng)} discount to this round.",
        ]
    )


def founders_money(t: Terms, rng: random.Random, m: Fmt) -> str:
    amount = _money(t, rng, [25_000, 45_000, 60_000, 85_000, 110_000, 150_000])
    return rng.choice(
        [
            f"The founders have invested {m(amount)} of their own money to date.",
            f"To date the founders have put in {m(amount)}.",
            f"The management team has committed {m(amount)} of personal capital since launch.",
            f"{m(amount)} of the founders' savings went into building the first product.",
        ]
    )


def committed(t: Terms, rng: random.Random, m: Fmt) -> str:
    share = _pct(t, rng, [20.0, 30.0, 40.0, 45.0, 60.0])
    amount = t.target * share / 100
    if not M.exact(amount, 0) or amount in _taken(t)[0]:
        return "Existing shareholders have indicated they will take up part of the round."
    return rng.choice(
        [
            f"{m(amount)} ({M.pct(share, rng)} of the target) has already been committed by "
            "existing investors.",
            f"Existing investors have pledged {m(amount)} towards this round.",
            f"So far {m(amount)} has been committed.",
        ]
    )


def retained(t: Terms, rng: random.Random) -> str | None:
    if not 0 < t.pct < 100:
        return None
    before = rng.choice([70.0, 75.0, 80.0, 85.0, 90.0])
    after = round(before * (100 - t.pct) / 100, 1)
    if after == t.pct:
        return None
    return rng.choice(
        [
            f"After the round the founders will still hold {M.pct(after, rng)} of the company.",
            f"The founding team owns {M.pct(before, rng)} today.",
            f"Founders will keep a {M.pct(after, rng)} stake once the new shares are issued.",
        ]
    )


def tax_relief(t: Terms, rng: random.Random) -> str:
    rate, scheme = rng.choice([(50.0, "SEIS"), (30.0, "EIS")])
    if rate == t.pct:
        return "The company intends to apply for tax-advantaged status."
    return rng.choice(
        [
            f"{scheme} investors may be able to claim {M.pct(rate, rng)} income tax relief.",
            f"Qualifying investors can reclaim {M.pct(rate, rng)} of their investment through "
            f"{scheme}.",
        ]
    )


def competitor_round(t: Terms, rng: random.Random, m: Fmt, year: int) -> str:
    raised = _money(t, rng, [1_500_000, 3_000_000, 8_000_000, 12_000_000])
    valued = _money(t, rng, [20_000_000, 45_000_000, 90_000_000, 150_000_000])
    name = competitor(rng)
    return rng.choice(
        [
            f"{name} raised {m(raised)} at a {m(valued)} valuation in {year}.",
            f"{name}, our closest competitor, recently closed a {m(raised)} Series A.",
            f"By comparison, {name} was last valued at {m(valued)}.",
        ]
    )


def other_date(t: Terms, rng: random.Random, date: Callable[[dt.date], str]) -> str | None:
    """A date near the offer that is not its deadline: a first close, a cooling-off period."""
    first = t.deadline - dt.timedelta(days=rng.choice([14, 21, 28]))
    if first <= t.doc_date:
        return None
    return rng.choice(
        [
            f"A first close may take place on {date(first)} if the target has been reached.",
            f"Early-bird investors who commit before {date(first)} receive a founders' pack.",
            f"Shares are expected to be issued within 30 days of the close; investors may "
            f"withdraw within 4 days of committing. An interim close is planned for {date(first)}.",
        ]
    )


def sheet_rows(
    t: Terms, rng: random.Random, st: M.Style, country: str, n: int
) -> list[tuple[str, str]]:
    """Up to n label/value rows for a term sheet that are not offer terms."""
    par = rng.choice([p for p in (0.0001, 0.001, 0.01, 0.1, 1.0) if p != t.price])
    sym = M.SYMBOL[t.currency]
    fee = st.p(_pct(t, rng, [5.0, 6.0, 7.0, 8.0]))
    founders = _money(t, rng, [30_000, 55_000, 80_000, 125_000])
    rows = [
        (rng.choice(["Nominal value per share", "Par value", "Nominal value"]),
         f"{sym}{M.trim(par, 4)}"),
        (rng.choice(["Platform fee", "Success fee (issuer)", "Intermediary fee"]),
         f"{fee} of funds raised"),
        (rng.choice(["Founders' investment to date", "Capital invested by founders"]),
         st.m(founders)),
        (rng.choice(["Type of security", "Instrument", "Share class"]),
         rng.choice(["Ordinary shares", "Ordinary B shares", "Non-voting ordinary shares"])),
        (rng.choice(["Reflection period", "Cooling-off period"]), "4 calendar days"),
    ]  # fmt: skip
    if t.shares_before:  # the count the pre-money valuation is priced on
        rows.append((rng.choice(["Shares in issue before the offer", "Existing shares"]),
                     st.n(t.shares_before)))  # fmt: skip
    if country == "GB":
        rows.append(("Tax relief", rng.choice(["SEIS (50% relief)", "EIS (30% relief)"])))
    if t.post_money is not None and t.pre_money is not None:
        rows.append((rng.choice(["Post-money valuation", "Valuation after the round"]),
                     st.m(t.post_money)))  # fmt: skip
    rng.shuffle(rows)
    return rows[:n]


def offer_sentences(
    t: Terms, rng: random.Random, m: Fmt, country: str, year: int, n: int
) -> list[str]:
    """n distractor sentences for the text around the offer."""
    makers: list[Callable[[], str | None]] = [
        lambda: post_money(t, m, rng),
        lambda: fees(t, rng),
        lambda: grant_or_loan(t, rng, m, country, year),
        lambda: founders_money(t, rng, m),
        lambda: committed(t, rng, m),
        lambda: retained(t, rng),
        lambda: competitor_round(t, rng, m, year),
    ]
    if country == "GB":
        makers.append(lambda: tax_relief(t, rng))
    rng.shuffle(makers)
    out = [s for s in (f() for f in makers) if s]
    return out[:n]
