"""Rules on the financial statements: the balance sheet balances, the text quotes them right."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import product

from schemas.disclosure import Figure, Finding, StatementLine
from schemas.rules.facts import Facts, rounding_slack

BALANCE_ITEMS = (
    "total_assets",
    "total_liabilities",
    "total_equity",
    "total_liabilities_and_equity",
)
Column = tuple[int | None, str | None, bool]
"""A balance sheet's column: fiscal year, period end, consolidated."""


def balance_sheet_mismatch(facts: Facts) -> list[Finding]:
    """Total assets = total liabilities + total equity, for each balance sheet column."""
    columns = _balance_columns(facts.disclosure.statement_lines)
    findings = [
        finding
        for column, items in sorted(columns.items(), key=lambda item: str(item[0]))
        if (finding := _column_balance(facts, column, items)) is not None
    ]
    return findings or _figures_balance(facts)


def _balance_columns(
    lines: Sequence[StatementLine],
) -> dict[Column, dict[str, list[StatementLine]]]:
    """The balance sheet's total lines by column; the group's own columns when it prints both."""
    columns: dict[Column, dict[str, list[StatementLine]]] = defaultdict(lambda: defaultdict(list))
    for line in lines:
        if line.statement == "balance_sheet" and line.line_item in BALANCE_ITEMS:
            key = (
                line.fiscal_year,
                str(line.period_end) if line.period_end else None,
                line.consolidated,
            )
            columns[key][line.line_item].append(line)
    return columns


def _column_balance(
    facts: Facts, column: Column, items: dict[str, list[StatementLine]]
) -> Finding | None:
    """The finding on one column, None when it lacks the totals to decide."""
    assets = items.get("total_assets", [])
    if not assets:
        return None
    asset = assets[0]
    slack = max(facts.settings.balance_tolerance * abs(asset.value), 2 * asset.scale)
    sides = [line.value for line in items.get("total_liabilities_and_equity", [])]
    sides += [
        liability.value + equity.value
        for liability, equity in product(
            items.get("total_liabilities", []), items.get("total_equity", [])
        )
    ]
    if not sides:
        return None
    year, _, _ = column
    evidence = [asset, *items.get("total_liabilities", [])[:1], *items.get("total_equity", [])[:1]]
    text = "; ".join(f"{line.label} {line.printed}" for line in evidence)
    tolerance = facts.settings.balance_tolerance
    if any(abs(asset.value - side) <= max(slack, tolerance * abs(side)) for side in sides):
        message = f"Total assets {facts.money(asset.value, asset.currency)} = liabilities + equity."
        passed = True
    else:
        other = sides[0]
        message = (
            f"Total assets are {facts.money(asset.value, asset.currency)} but liabilities and "
            f"equity come to {facts.money(other, asset.currency)}"
            f"{f' at the end of fiscal {year}' if year else ''} "
            f"(a gap of {facts.money(asset.value - other, asset.currency)})."
        )
        passed = False
    return facts.finding(
        "balance_sheet_mismatch",
        passed,
        message,
        evidence=text,
        page_no=asset.page_no,
        fiscal_year=year,
    )


def _figures_balance(facts: Facts) -> list[Finding]:
    """Without statement lines: the key figures' totals per fiscal year."""
    by_year: dict[int, dict[str, Figure]] = defaultdict(dict)
    for figure in facts.disclosure.figures:
        if figure.name in BALANCE_ITEMS and figure.fiscal_year is not None:
            by_year[figure.fiscal_year].setdefault(figure.name, figure)
    findings = []
    for year, items in sorted(by_year.items()):
        if not {"total_assets", "total_liabilities", "total_equity"} <= items.keys():
            continue
        assets, liabilities, equity = (
            items[name] for name in ("total_assets", "total_liabilities", "total_equity")
        )
        gap = assets.value - liabilities.value - equity.value
        slack = max(
            facts.settings.balance_tolerance * abs(assets.value), rounding_slack(assets.value)
        )
        code = assets.currency
        if abs(gap) <= slack:
            message = f"Total assets {facts.money(assets.value, code)} = liabilities + equity."
            passed = True
        else:
            sides = facts.money(liabilities.value + equity.value, code)
            message = (
                f"Total assets are {facts.money(assets.value, code)} but liabilities and equity "
                f"come to {sides} for fiscal {year} (a gap of {facts.money(gap, code)})."
            )
            passed = False
        evidence = (assets, liabilities, equity)
        findings.append(
            facts.finding(
                "balance_sheet_mismatch", passed, message, evidence=evidence, fiscal_year=year
            )
        )
    return findings or [
        facts.lacking("balance_sheet_mismatch", "no balance sheet totals to compare")
    ]


def revenue_contradiction(facts: Facts) -> list[Finding]:
    """Revenue quoted in the text = the income statement's revenue for the same year."""
    disclosure = facts.disclosure
    stated: dict[int | None, Figure] = {
        figure.fiscal_year: figure
        for figure in reversed(disclosure.figures)
        if figure.name == "revenue" and figure.source == "table" and figure.fiscal_year
    }
    mentions = [f for f in disclosure.quoted if f.name == "revenue"]
    mentions += [
        f
        for f in disclosure.figures
        if f.name == "revenue" and f.source == "text" and f.fiscal_year
    ]
    findings = []
    for mention in mentions:
        statement = stated.get(mention.fiscal_year)
        if statement is None or mention.currency != statement.currency:
            continue
        findings.append(_quote_agrees(facts, mention, statement))
    return findings or [
        facts.lacking(
            "revenue_contradiction", "no revenue quoted in the text for a year the statements show"
        )
    ]


def _quote_agrees(facts: Facts, mention: Figure, statement: Figure) -> Finding:
    """Whether the text's revenue is the statement's, given how far the text rounded it."""
    slack = min(
        rounding_slack(mention.value), facts.settings.quote_tolerance * abs(statement.value)
    )
    slack = max(slack, 0.005 * abs(statement.value))
    year = mention.fiscal_year
    if abs(mention.value - statement.value) <= slack:
        message = f"Revenue for fiscal {year} in the text agrees with the income statement."
        passed = True
    else:
        quoted, printed = (facts.money(f.value, f.currency) for f in (mention, statement))
        message = (
            f"The text gives revenue for fiscal {year} as {quoted}; "
            f"the income statement shows {printed}."
        )
        passed = False
    return facts.finding(
        "revenue_contradiction",
        passed,
        message,
        evidence=(mention, statement),
        page_no=mention.page_no,
        fiscal_year=year,
    )
