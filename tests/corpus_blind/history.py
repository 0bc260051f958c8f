"""Past results told in prose: periods named many ways ('in the year to 31 March 2024', 'FY24',
'2023/24', 'the twelve months ended'), the prior year referred back to ('the year before'),
changes that are not totals ('up €76k'), per-share amounts, other metrics (EBITDA, MRR), and
forecasts ('we expect revenue of £2m in 2026'), which are projections, never figures."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.corpus_blind import money as M
from tests.corpus_blind.model import Fact, figure, projection


@dataclass
class Past:
    fy: int  # the calendar year in which the financial year ends
    end: dt.date
    revenue: float
    net_income: float | None = None
    cash: float | None = None


def day(d: dt.date, us: bool) -> str:
    return M.date_en(d, "mdy" if us else "dmy")


def period(y: Past, rng: random.Random, us: bool = False) -> str:
    """How a sentence names the financial year y ('in the year to 31 March 2024')."""
    e, yy = y.end, f"{y.fy % 100:02d}"
    forms = [
        f"in the year to {day(e, us)}",
        f"in the twelve months ended {day(e, us)}",
        f"in the 12 months to {day(e, us)}",
        f"for the financial year ended {day(e, us)}",
        f"in FY{yy}",
        f"in FY{y.fy}",
        f"in our last financial year (to {day(e, us)})",
        f"in the year ending {M.MONTHS[e.month - 1]} {e.year}",
    ]
    if e.month == 12:
        forms += [f"in {y.fy}", f"in calendar year {y.fy}"]
    else:
        forms += [f"in FY {y.fy - 1}/{yy}", f"in {y.fy - 1}/{yy}"]
    return rng.choice(forms)


def prior(y: Past, rng: random.Random) -> str:
    """A back-reference to the year before y, once y itself has been named: an adverbial."""
    return rng.choice(
        ["the year before", "in the prior year", "in the previous year", "a year earlier",
         f"in FY{(y.fy - 1) % 100:02d}", f"in {y.fy - 1}"]
    )  # fmt: skip


def prior_tag(y: Past, rng: random.Random) -> str:
    """The same, as the tag of a bracket: '(prior year: £0.8m)'."""
    return rng.choice(["prior year", "previous year", f"FY{(y.fy - 1) % 100:02d}", f"{y.fy - 1}"])


def revenue_sentence(
    last: Past, prev: Past | None, said: float, st: M.Style, rng: random.Random, us: bool
) -> tuple[str, list[Fact]]:
    label = rng.choice(["revenue", "turnover", "sales", "net sales", "total revenue"])
    when = period(last, rng, us)
    x = st.m(said)
    facts = [figure("revenue", said, st.cur, last.fy)]
    was = "were" if label.endswith("sales") else "was"
    text = rng.choice(
        [
            f"{label.capitalize()} {when} {was} {x}",
            f"{when[0].upper()}{when[1:]}, we generated {label} of {x}",
            f"We booked {x} of {label} {when}",
            f"{label.capitalize()} reached {x} {when}",
            f"{x} of {label} was booked {when}",
        ]
    )
    if prev is not None and rng.random() < 0.75:
        y = st.m(prev.revenue)
        facts.append(figure("revenue", prev.revenue, st.cur, prev.fy))
        text += rng.choice(
            [
                f", {'up' if said >= prev.revenue else 'down'} from {y} {prior(last, rng)}",
                f", compared with {y} {prior(last, rng)}",
                f" ({prior_tag(last, rng)}: {y})",
                f", against {y} {prior(last, rng)}",
            ]
        )
    return text + ".", facts


def change_sentence(prev: float, last: float, st: M.Style, rng: random.Random) -> str:
    """A change, never a total: 'Revenue grew by 23%', 'up €76k on the prior year'."""
    delta = last - prev
    up = delta > 0
    rate = round(100 * abs(delta) / prev)
    d = st.m(round(abs(delta), -3) if abs(delta) >= 1000 else abs(delta))
    return rng.choice(
        [
            f"That is {'an increase' if up else 'a decrease'} of {rate}%.",
            f"Sales {'grew' if up else 'fell'} by {d} year on year.",
            f"Turnover was {'up' if up else 'down'} roughly {d} on the prior year.",
            f"{'Growth' if up else 'The decline'} of about {d} came mostly from repeat customers.",
        ]
    )


def result_sentence(y: Past, st: M.Style, rng: random.Random, us: bool) -> tuple[str, Fact]:
    ni = y.net_income or 0.0
    x = st.m(ni)
    when = period(y, rng, us)
    if ni < 0:
        text = rng.choice(
            [
                f"The net loss {when} was {x}.",
                f"We made a loss after tax of {x} {when}.",
                f"Net result {when}: a loss of {x}.",
                f"{when[0].upper()}{when[1:]} the company lost {x} after tax.",
            ]
        )
    else:
        text = rng.choice(
            [
                f"Net profit {when} was {x}.",
                f"We made a profit after tax of {x} {when}.",
                f"Net income {when} came to {x}.",
            ]
        )
    return text, figure("net_income", ni, st.cur, y.fy)


def cash_sentence(y: Past, st: M.Style, rng: random.Random, us: bool) -> tuple[str, Fact]:
    x = st.m(y.cash or 0.0)
    text = rng.choice(
        [
            f"Cash at {day(y.end, us)} stood at {x}.",
            f"We ended FY{y.fy % 100:02d} with {x} in the bank.",
            f"Cash and cash equivalents at the year end ({day(y.end, us)}) were {x}.",
        ]
    )
    return text, figure("cash", y.cash or 0.0, st.cur, y.fy)


def distractor_sentence(y: Past, st: M.Style, rng: random.Random) -> str:
    """Numbers that look like results but are not revenue, profit or cash."""
    eps = rng.choice([0.03, 0.04, 0.07, 0.12, 0.18])
    sign = "earnings" if (y.net_income or 0) >= 0 else "loss"
    mrr = round(y.revenue / 12 * rng.uniform(1.1, 1.4), -3)
    ebitda = round((y.net_income or y.revenue * 0.05) * rng.uniform(0.4, 0.8), -3) or 9_000.0
    return rng.choice(
        [
            f"Basic {sign} per share was {st.price(eps)}.",
            f"Gross margin improved to {st.p(rng.choice([38.0, 42.0, 47.5, 55.0]))}.",
            f"Monthly recurring revenue now exceeds {st.m(mrr)}.",
            f"EBITDA for the year was {M.signed(st.m(ebitda), ebitda < 0, 'minus')}.",
            f"Our order book stands at {st.m(round(y.revenue * 0.6, -3))}.",
        ]
    )


def paragraph(
    last: Past,
    prev: Past | None,
    st: M.Style,
    rng: random.Random,
    *,
    us: bool = False,
    said: float | None = None,
    change: bool = True,
) -> tuple[str, list[Fact]]:
    """Revenue (and often the year before), then maybe a change, the result, cash, a distractor.
    `said` is the revenue the text claims when it must contradict the statements."""
    said = last.revenue if said is None else said
    text, facts = revenue_sentence(last, prev, said, st, rng, us)
    parts = [text]
    if change and prev is not None and said == last.revenue and rng.random() < 0.5:
        parts.append(change_sentence(prev.revenue, last.revenue, st, rng))
    if last.net_income is not None and rng.random() < 0.6:
        s, f = result_sentence(last, st, rng, us)
        parts.append(s)
        facts.append(f)
    if last.cash is not None and rng.random() < 0.4:
        s, f = cash_sentence(last, st, rng, us)
        parts.append(s)
        facts.append(f)
    if rng.random() < 0.5:
        parts.append(distractor_sentence(last, st, rng))
    return " ".join(parts), facts


def outlook(last: Past, st: M.Style, rng: random.Random) -> tuple[str, list[Fact]]:
    """A forecast sentence: projections, not figures."""
    year = last.fy + rng.choice([1, 2])
    rev = round(max(last.revenue, 2e5) * rng.uniform(1.8, 3.5), -5)
    x = st.m(rev, style=rng.choice(["short", "code_short", "words", "mio", None]))
    text = rng.choice(
        [
            f"We expect revenue of {x} in {year}.",
            f"Our plan targets sales of {x} by FY{year % 100:02d}.",
            f"Management forecasts turnover of {x} for {year}.",
            f"If the round closes, we project {x} of revenue in {year}.",
        ]
    )
    return text, [projection("revenue", rev, st.cur, year)]
