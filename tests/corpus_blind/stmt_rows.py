"""Line-by-line content of English primary statements in US GAAP, IFRS and UK (FRS 102) dress."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.corpus_blind.finance import Year


@dataclass
class Row:
    label: str
    item: str | None
    vals: list[float] | None  # printed sign, in ticks; None for a section caption
    bold: bool = False
    raw: bool = False  # per-share amounts: not scaled by the table unit


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _net_label(years: list[Year], rng: random.Random, gaap: str) -> str:
    if all(y.ni < 0 for y in years):
        return _pick(rng, "Net loss", "Loss for the year", "Net loss for the period")
    if all(y.ni >= 0 for y in years):
        if gaap == "us":
            return _pick(rng, "Net income", "Net earnings attributable to shareholders")
        return _pick(
            rng, "Profit for the year", "Net result", "Profit for the financial year", "Net income"
        )
    return _pick(rng, "Net income (loss)", "Profit/(loss) for the year", "Net result")


def income_rows(
    ys: list[Year], gaap: str, rng: random.Random, shares: int, tick: float
) -> list[Row]:
    rev = _pick(rng, "Revenue", "Turnover", "Total net sales", "Net revenues", "Sales", "Revenues")
    if gaap == "uk":
        rev = _pick(rng, "Turnover", "Revenue")
    split_rnd = rng.random() < 0.6
    rows = [Row(rev, "revenue", [y.rev for y in ys])]
    if gaap == "us":
        rows += [
            Row(
                _pick(rng, "Cost of revenues", "Cost of goods sold", "Cost of sales"),
                "cost_of_revenue",
                [y.cogs for y in ys],
            ),
            Row("Gross profit", "gross_profit", [y.gross for y in ys], True),
            Row("Operating expenses:", None, None),
            Row("Sales and marketing", None, [y.selling for y in ys]),
            Row(
                "General and administrative",
                None,
                [y.admin - y.other_inc + (0 if split_rnd else y.rnd) for y in ys],
            ),
        ]
        if split_rnd:
            rows.append(Row("Research and development", None, [y.rnd for y in ys]))
        rows += [
            Row(
                "Total operating expenses",
                None,
                [y.selling + y.admin + y.rnd - y.other_inc for y in ys],
                True,
            ),
            Row(
                _pick(rng, "Income (loss) from operations", "Operating income (loss)"),
                "operating_income",
                [y.op for y in ys],
                True,
            ),
            Row("Interest expense", None, [-y.fin_cost for y in ys]),
            Row("Income (loss) before income taxes", None, [y.pbt for y in ys]),
            Row("Provision for income taxes", None, [y.tax for y in ys]),
            Row(_net_label(ys, rng, gaap), "net_income", [y.ni for y in ys], True),
        ]
    else:
        rows += [
            Row(
                _pick(rng, "Cost of sales", "Cost of revenue"),
                "cost_of_revenue",
                [-y.cogs for y in ys],
            ),
            Row(
                _pick(rng, "Gross profit", "Gross margin"),
                "gross_profit",
                [y.gross for y in ys],
                True,
            ),
            Row(
                _pick(rng, "Distribution costs", "Selling and distribution costs"),
                None,
                [-y.selling for y in ys],
            ),
            Row(
                "Administrative expenses",
                None,
                [-(y.admin + (0 if split_rnd else y.rnd)) for y in ys],
            ),
        ]
        if split_rnd:
            rows.append(Row("Research and development costs", None, [-y.rnd for y in ys]))
        rows += [
            Row("Other operating income", None, [y.other_inc for y in ys]),
            Row(
                _pick(rng, "Operating profit/(loss)", "Operating profit", "Operating result")
                if gaap == "uk" or any(y.op < 0 for y in ys)
                else "Operating profit",
                "operating_income",
                [y.op for y in ys],
                True,
            ),
            Row(
                _pick(rng, "Finance costs", "Interest payable and similar expenses"),
                None,
                [-y.fin_cost for y in ys],
            ),
            Row(
                _pick(rng, "Profit/(loss) before tax", "Result before taxation"),
                None,
                [y.pbt for y in ys],
            ),
            Row(_pick(rng, "Income tax", "Tax on profit", "Taxation"), None, [-y.tax for y in ys]),
            Row(_net_label(ys, rng, gaap), "net_income", [y.ni for y in ys], True),
        ]
    if rng.random() < 0.6:
        label = _pick(
            rng,
            "Basic earnings per share",
            "Basic and diluted earnings (loss) per share",
            "Earnings per share (basic)",
        )
        rows.append(Row(label, None, [round(y.ni * tick / shares, 2) for y in ys], raw=True))
    return rows


def balance_rows(ys: list[Year], gaap: str, rng: random.Random) -> list[Row]:
    cash = _pick(rng, "Cash and cash equivalents", "Cash and equivalents", "Cash")

    def v(f):
        return [f(y) for y in ys]

    if gaap == "uk":
        return [
            Row("Fixed assets", None, None),
            Row("Intangible assets", None, v(lambda y: y.intang)),
            Row("Tangible assets", "ppe", v(lambda y: y.ppe)),
            Row("Total fixed assets", None, v(lambda y: y.nca), True),
            Row("Current assets", None, None),
            Row("Stocks", "inventories", v(lambda y: y.inv)),
            Row("Debtors", "receivables", v(lambda y: y.recv + y.other_ca)),
            Row("Cash at bank and in hand", "cash", v(lambda y: y.cash)),
            Row("Total current assets", "current_assets", v(lambda y: y.ca), True),
            Row(
                "Creditors: amounts falling due within one year",
                "current_liabilities",
                v(lambda y: y.cl),
            ),
            Row("Net current assets", None, v(lambda y: y.ca - y.cl), True),
            Row("Total assets less current liabilities", None, v(lambda y: y.ta - y.cl)),
            Row(
                "Creditors: amounts falling due after more than one year",
                None,
                v(lambda y: -y.lt_debt),
            ),
            Row("Net assets", None, v(lambda y: y.ta - y.tl), True),
            Row("Capital and reserves", None, None),
            Row("Called up share capital", None, v(lambda y: y.share_cap)),
            Row("Share premium account", None, v(lambda y: y.premium)),
            Row("Profit and loss account", None, v(lambda y: y.retained)),
            Row(
                _pick(rng, "Total shareholders' funds", "Shareholders' funds"),
                "total_equity",
                v(lambda y: y.te),
                True,
            ),
        ]
    us = gaap == "us"
    assets = [
        Row("Current assets", None, None),
        Row(cash, "cash", v(lambda y: y.cash)),
        Row(
            "Accounts receivable, net" if us else "Trade and other receivables",
            "receivables",
            v(lambda y: y.recv),
        ),
        Row("Inventory" if us else "Inventories", "inventories", v(lambda y: y.inv)),
        Row(
            "Prepaid expenses and other current assets" if us else "Other current assets",
            None,
            v(lambda y: y.other_ca),
        ),
        Row("Total current assets", "current_assets", v(lambda y: y.ca), True),
    ]
    fixed = [
        Row(
            "Property and equipment, net" if us else "Property, plant and equipment",
            "ppe",
            v(lambda y: y.ppe),
        ),
        Row("Intangible assets, net" if us else "Intangible assets", None, v(lambda y: y.intang)),
    ]
    if not us and rng.random() < 0.6:  # IFRS often lists non-current assets first
        assets = [Row("Non-current assets", None, None), *fixed, *assets]
    else:
        assets = [*assets, *fixed]
    eq_label = (
        "Total stockholders' equity"
        if us
        else _pick(
            rng, "Total equity", "Total shareholders' equity", "Equity attributable to owners"
        )
    )
    return [
        Row("ASSETS" if us else "Assets", None, None),
        *assets,
        Row(_pick(rng, "Total assets", "TOTAL ASSETS"), "total_assets", v(lambda y: y.ta), True),
        Row("Liabilities", None, None),
        Row(
            "Accounts payable" if us else "Trade and other payables", "payables", v(lambda y: y.pay)
        ),
        Row("Accrued liabilities" if us else "Accruals", None, v(lambda y: y.accr)),
        Row("Short-term debt" if us else "Borrowings", None, v(lambda y: y.st_debt)),
        Row("Total current liabilities", "current_liabilities", v(lambda y: y.cl), True),
        Row("Long-term debt" if us else "Non-current borrowings", None, v(lambda y: y.lt_debt)),
        Row("Total liabilities", "total_liabilities", v(lambda y: y.tl), True),
        Row("Stockholders' equity" if us else "Equity", None, None),
        Row("Common stock" if us else "Share capital", None, v(lambda y: y.share_cap)),
        Row("Additional paid-in capital" if us else "Share premium", None, v(lambda y: y.premium)),
        Row(
            "Retained earnings (accumulated deficit)"
            if us
            else (
                "Retained earnings" if all(y.retained >= 0 for y in ys) else "Accumulated losses"
            ),
            None,
            v(lambda y: y.retained),
        ),
        Row(eq_label, "total_equity", v(lambda y: y.te), True),
        Row(
            "Total liabilities and stockholders' equity" if us else "Total equity and liabilities",
            None,
            v(lambda y: y.tl + y.te),
            True,
        ),
    ]


def cash_rows(ys: list[Year], gaap: str, rng: random.Random) -> list[Row]:
    cash_end = _pick(rng, "Cash and cash equivalents at end of year", "Cash at end of period")

    def v(f):
        return [f(y) for y in ys]

    return [
        Row("Cash flows from operating activities", None, None),
        Row(
            _pick(rng, "Net income (loss)", "Profit/(loss) for the year"),
            "net_income",
            v(lambda y: y.ni),
        ),
        Row(
            "Depreciation and amortisation" if gaap != "us" else "Depreciation and amortization",
            None,
            v(lambda y: y.dep),
        ),
        Row("Changes in working capital", None, v(lambda y: y.wc)),
        Row(
            _pick(
                rng,
                "Net cash from operating activities",
                "Net cash provided by (used in) operating activities",
            ),
            "operating_cash_flow",
            v(lambda y: y.ocf),
            True,
        ),
        Row("Cash flows from investing activities", None, None),
        Row(
            _pick(
                rng,
                "Purchase of property, plant and equipment",
                "Capital expenditures",
                "Purchases of property and equipment",
            ),
            "capital_expenditure",
            v(lambda y: -y.capex),
        ),
        Row("Net cash used in investing activities", None, v(lambda y: y.icf), True),
        Row(
            _pick(
                rng,
                "Net cash from financing activities",
                "Net cash provided by (used in) financing activities",
            ),
            None,
            v(lambda y: y.fcf),
            True,
        ),
        Row("Net increase (decrease) in cash", None, v(lambda y: y.net_change)),
        Row("Cash at beginning of year", None, v(lambda y: y.cash_begin)),
        Row(cash_end, "cash", v(lambda y: y.cash), True),
    ]
