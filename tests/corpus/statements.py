"""Accounts for a fiscal year and the statement tables that print them.

Every line is a whole multiple of the unit the table prints in, and totals are computed from
their lines, so balance sheets balance exactly (assets = liabilities + equity).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.corpus import money, phrases
from tests.corpus.context import Context
from tests.corpus.story import Fact, Story

INCOME_ROWS = (
    "revenue",
    "cost_of_sales",
    "gross_profit",
    "operating_expenses",
    "operating_profit",
    "finance_costs",
    "profit_before_tax",
    "tax",
    "net_income",
)
BALANCE_ROWS = (
    "Non-current assets",
    "ppe",
    "intangibles",
    "Current assets",
    "inventories",
    "receivables",
    "cash",
    "total_current_assets",
    "total_assets",
    "Liabilities",
    "payables",
    "short_borrowings",
    "long_borrowings",
    "total_liabilities",
    "Equity",
    "share_capital",
    "share_premium",
    "retained",
    "total_equity",
    "total_liabilities_and_equity",
)
TOTAL_ROWS = frozenset(
    {"gross_profit", "net_income", "total_current_assets", "total_assets", "total_liabilities"}
    | {"total_equity", "total_liabilities_and_equity", "profit_before_tax"}
)
FIGURE_ROWS = ("revenue", "net_income", "total_assets", "total_liabilities", "total_equity", "cash")
SCALES = {"thousands": (1_000, 0), "millions": (1_000_000, 2), "full": (1, 0)}
TAX_RATE = 0.2
GROWTH = (1.15, 1.3, 1.6, 2.1)


@dataclass(frozen=True)
class Accounts:
    """One fiscal year's lines in full units; costs are negative."""

    year: int
    lines: dict[str, float]


@dataclass(frozen=True)
class StatementStyle:
    """How a document prints its statements."""

    rules: str | None = None
    scale: str = "thousands"
    negative: str = "paren"
    year_label: str = "{year}"
    caption_in_table: bool = False
    note_column: bool = False
    european: bool = False


def _part(rng: random.Random, base: float, unit: int, low: float, high: float) -> float:
    return max(1, round(base * rng.uniform(low, high) / unit)) * unit


def make_accounts(rng: random.Random, year: int, *, revenue: float, unit: int) -> Accounts:
    """A year's income statement and balance sheet around `revenue`, in multiples of `unit`."""
    lines: dict[str, float] = {"revenue": max(1, round(revenue / unit)) * unit}
    lines["cost_of_sales"] = -_part(rng, revenue, unit, 0.35, 0.6)
    lines["gross_profit"] = lines["revenue"] + lines["cost_of_sales"]
    lines["operating_expenses"] = -_part(rng, revenue, unit, 0.25, 0.7)
    lines["operating_profit"] = lines["gross_profit"] + lines["operating_expenses"]
    lines["finance_costs"] = -_part(rng, revenue, unit, 0.002, 0.03)
    lines["profit_before_tax"] = lines["operating_profit"] + lines["finance_costs"]
    lines["tax"] = -round(max(lines["profit_before_tax"], 0) * TAX_RATE / unit) * unit
    lines["net_income"] = lines["profit_before_tax"] + lines["tax"]
    for name, low, high in (
        ("ppe", 0.1, 0.6),
        ("intangibles", 0.02, 0.3),
        ("inventories", 0.03, 0.2),
        ("receivables", 0.05, 0.25),
        ("cash", 0.05, 0.5),
        ("payables", 0.05, 0.2),
        ("short_borrowings", 0.01, 0.1),
        ("long_borrowings", 0.05, 0.4),
        ("share_capital", 0.002, 0.02),
        ("share_premium", 0.1, 0.6),
    ):
        lines[name] = _part(rng, revenue, unit, low, high)
    lines["total_current_assets"] = lines["inventories"] + lines["receivables"] + lines["cash"]
    lines["total_assets"] = lines["ppe"] + lines["intangibles"] + lines["total_current_assets"]
    lines["total_liabilities"] = (
        lines["payables"] + lines["short_borrowings"] + lines["long_borrowings"]
    )
    lines["total_equity"] = lines["total_assets"] - lines["total_liabilities"]
    lines["retained"] = lines["total_equity"] - lines["share_capital"] - lines["share_premium"]
    lines["total_liabilities_and_equity"] = lines["total_liabilities"] + lines["total_equity"]
    return Accounts(year, {k: float(v) for k, v in lines.items()})


def make_years(
    rng: random.Random, last_year: int, *, count: int, revenue: float, unit: int
) -> list[Accounts]:
    """`count` fiscal years, latest first, revenue growing into the latest year."""
    years = []
    for offset in range(count):
        years.append(make_accounts(rng, last_year - offset, revenue=revenue, unit=unit))
        revenue /= rng.choice(GROWTH)
    return years


def scale_unit(scale: str, *, rng: random.Random) -> int:
    """The unit lines are generated in, so that the printed table shows them exactly."""
    if scale == "millions":
        return rng.choice((10_000, 100_000))
    return SCALES[scale][0] if scale == "thousands" else rng.choice((1, 1, 100))


def caption(ctx: Context, scale: str) -> str:
    symbol = money.CURRENCY_SYMBOLS[ctx.currency]
    return ctx.pick(phrases.SCALE_CAPTIONS[scale]).format(code=ctx.currency, symbol=symbol)


def _labels(ctx: Context, years: list[Accounts]) -> dict[str, str]:
    labels = {key: ctx.pick(options) for key, options in phrases.STATEMENT_LABELS.items()}
    negative = years[0].lines["retained"] < 0
    labels["retained"] = labels["retained_negative" if negative else "retained_positive"]
    return labels


def statement(
    story: Story, ctx: Context, years: list[Accounts], *, kind: str, style: StatementStyle
) -> None:
    """A balance sheet or income statement with 2-3 year columns and its figure facts."""
    divisor, decimals = SCALES[style.scale]
    if style.scale == "millions" and all(
        round(v) % 100_000 == 0 for a in years for v in a.lines.values()
    ):
        decimals = 1
    labels = _labels(ctx, years)
    keys = INCOME_ROWS if kind == "income" else BALANCE_ROWS
    note = caption(ctx, style.scale)
    head_label = note if style.caption_in_table else ""
    if not style.caption_in_table:
        story.text(note, style="small")
    year_heads = [style.year_label.format(year=a.year) for a in years]
    rows = [[head_label, *(["Note"] if style.note_column else []), *year_heads]]
    facts: list[Fact] = []
    bold = {0}
    for index, key in enumerate(keys, start=1):
        if key not in labels:
            rows.append([key, *([""] if style.note_column else []), *["" for _ in years]])
            bold.add(index)
            continue
        cells = []
        for accounts in years:
            value = accounts.lines[key]
            cell = money.format_scaled(
                value,
                divisor=divisor,
                negative=style.negative,
                decimals=decimals,
                european=style.european,
            )
            cells.append(cell)
            if key in FIGURE_ROWS:
                facts.append(ctx.figure(key, value, cell, year=accounts.year))
        note_cell = [str(index % 9 + 1) if key in FIGURE_ROWS else ""] if style.note_column else []
        rows.append([labels[key], *note_cell, *cells])
        if key in TOTAL_ROWS:
            bold.add(index)
    story.table(rows, width=ctx.width, rules=style.rules, facts=facts, bold_rows=frozenset(bold))


def history_section(story: Story, ctx: Context, years: list[Accounts], *, as_table: bool) -> None:
    """A business plan's track record: revenue and net income for past years."""
    story.heading(ctx.pick(phrases.HEADINGS["history"]))
    history_body(story, ctx, years, as_table=as_table)


def history_body(story: Story, ctx: Context, years: list[Accounts], *, as_table: bool) -> None:
    """Revenue and net income for past years, as a small table or two sentences."""
    if as_table:
        style = StatementStyle(rules=ctx.pick((None, "rules", "grid")), scale="full")
        heads = ["", *[str(a.year) for a in years]]
        rows, facts = [heads], []
        for key in ("revenue", "net_income"):
            label = ctx.pick(phrases.STATEMENT_LABELS[key])
            cells = [
                ctx.money(a.lines[key]) if a.lines[key] >= 0 else _loss(ctx, a.lines[key])
                for a in years
            ]
            facts += [
                ctx.figure(key, a.lines[key], c, year=a.year)
                for a, c in zip(years, cells, strict=True)
            ]
            rows.append([label, *cells])
        story.table(rows, width=ctx.width, rules=style.rules, facts=facts)
        return
    latest, prior = years[0], years[1]
    revenue, before = ctx.money(latest.lines["revenue"]), ctx.money(prior.lines["revenue"])
    net = latest.lines["net_income"]
    result = ctx.money(abs(net))
    word = "net profit" if net >= 0 else "net loss"
    text = (
        f"Revenue for {latest.year} was {revenue}, up from {before} in {prior.year}. "
        f"The {word} for {latest.year} was {result}."
    )
    facts = [
        ctx.figure("revenue", latest.lines["revenue"], revenue, year=latest.year),
        ctx.figure("revenue", prior.lines["revenue"], before, year=prior.year),
        ctx.figure("net_income", net, result, year=latest.year),
    ]
    story.text(text, facts=facts)


def _loss(ctx: Context, value: float) -> str:
    return f"({ctx.money(-value)})"
