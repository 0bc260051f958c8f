"""What surrounds the primary statements: summaries, segment and quarterly tables, and notes.

None of these is a truth source for years the primary statements cover; they repeat and
re-cut the same numbers, which is exactly what makes them good distractors.
"""

from __future__ import annotations

import random

from tests.corpus_blind import money as M
from tests.corpus_blind.finance import Year
from tests.corpus_blind.layout import Block, Heading, PageBreak, Para, Table
from tests.corpus_blind.model import Fact, figure
from tests.corpus_blind.stmt_render import StmtStyle

POLICIES = [
    ("Basis of preparation", "The financial statements have been prepared under the historical "
     "cost convention and on a going concern basis. They are presented in the functional "
     "currency of the company."),
    ("Revenue recognition", "Revenue is recognised when control of goods passes to the customer "
     "or as services are rendered. Subscription income is spread evenly over the contract term."),
    ("Property, plant and equipment", "Assets are stated at cost less accumulated depreciation. "
     "Depreciation is charged on a straight-line basis over three to ten years."),
    ("Inventories", "Inventories are stated at the lower of cost and net realisable value, cost "
     "being determined on a first-in, first-out basis. Provision is made for obsolete items."),
    ("Financial instruments", "Trade receivables are measured at amortised cost less an "
     "allowance for expected credit losses. Borrowings are carried at amortised cost."),
    ("Foreign currencies", "Transactions in foreign currencies are translated at the rate ruling "
     "on the date of the transaction; monetary balances are retranslated at the year-end rate."),
    ("Leases", "Right-of-use assets and lease liabilities are recognised for leases longer than "
     "twelve months, except for low-value assets, which are expensed as incurred."),
    ("Critical judgements", "The key estimates relate to the useful lives of equipment and the "
     "recoverability of development costs capitalised during the year."),
    ("Going concern", "After reviewing forecasts for at least twelve months from approval, the "
     "directors expect the company to have adequate resources to continue in operation."),
    ("Government grants", "Grants are recognised in profit or loss over the periods in which the "
     "related costs are incurred. Unspent amounts are held as deferred income."),
    ("Pensions", "The company operates a defined contribution scheme. Contributions are charged "
     "to profit or loss as they become payable."),
    ("Financial risk management", "The company is exposed to credit, liquidity and currency risk. "
     "Cash is held with banks rated A or better and forecasts are reviewed monthly."),
]  # fmt: skip


def cell(v: float, st: StmtStyle) -> str:
    return M.signed(M.num(v / 10**st.decimals, st.decimals), v < 0, st.neg)


def _unit(st: StmtStyle) -> str:
    return st.unit_header or st.unit_note or st.currency


def five_year(
    ys: list[Year], st: StmtStyle, rng: random.Random, stmt_years: set[int]
) -> list[Block]:
    """Five-year summary. Years the statements cover are not facts here; older years are."""
    rows = [[_unit(st), *[str(y.fy) for y in ys]]]
    facts: list[Fact] = []
    spec = [
        ("Revenue", "revenue", lambda y: y.rev),
        ("Operating profit", None, lambda y: y.op),
        ("Profit for the year", "net_income", lambda y: y.ni),
        ("Net assets", "total_equity", lambda y: y.te),
    ]
    if st.gaap != "uk":  # a UK balance sheet prints no total assets: keep that unambiguous
        spec.insert(3, ("Total assets", "total_assets", lambda y: y.ta))
    for label, item, get in spec:
        rows.append([label, *[cell(get(y), st) for y in ys]])
        if item:
            facts += [
                figure(item, round(get(y) * st.tick, 2), st.currency, y.fy, prio=2)
                for y in ys
                if y.fy not in stmt_years
            ]
    title = rng.choice(["Five-year summary", "Selected financial data", "Financial highlights"])
    return [Heading(text=title, level=2), Table(rows=rows, facts=facts, size=8.5, shade=True)]


def segments(y: Year, st: StmtStyle, rng: random.Random) -> list[Block]:
    names = rng.sample(
        ["Hardware", "Services", "Subscriptions", "Licensing", "Retail", "Wholesale"], 3
    )
    a = round(y.rev * rng.uniform(0.3, 0.5))
    b = round(y.rev * rng.uniform(0.2, 0.35))
    rows = [["Segment", f"{y.fy} revenue"]]
    rows += [[n, cell(v, st)] for n, v in zip(names, [a, b, y.rev - a - b], strict=True)]
    rows.append(["Total", cell(y.rev, st)])
    return [
        Heading(text="Segment information", level=2),
        Para(text=_unit(st), with_next=True),
        Table(rows=rows, widths=[0.6, 0.4], bold_rows=frozenset({4})),
    ]


def quarterly(y: Year, st: StmtStyle, rng: random.Random) -> list[Block]:
    q = [round(y.rev * w) for w in (0.22, 0.24, 0.26)]
    q.append(y.rev - sum(q))
    rows = [
        ["", "Q1", "Q2", "Q3", "Q4", "Full year"],
        ["Revenue", *[cell(v, st) for v in q], cell(y.rev, st)],
    ]
    return [
        Heading(text=f"Quarterly results {y.fy} (unaudited)", level=2),
        Para(text=_unit(st), with_next=True),
        Table(rows=rows, widths=[0.3] + [0.14] * 5),
    ]


def _numeric_notes(y: Year, st: StmtStyle, rng: random.Random) -> list[tuple[str, Block]]:
    fy = str(y.fy)
    sym = M.SYMBOL[st.currency]
    shares = round(y.share_cap * st.tick / 0.01)

    def table(rows: list[list[str]]) -> Table:
        return Table(rows=[["", fy], *rows], widths=[0.65, 0.35], bold_rows=frozenset({len(rows)}))

    return [
        ("Property, plant and equipment", table([
            ["At the beginning of the year", cell(y.ppe - y.capex + y.dep, st)],
            ["Additions", cell(y.capex, st)], ["Depreciation charge", cell(-y.dep, st)],
            ["At the end of the year", cell(y.ppe, st)]])),
        ("Trade and other receivables", table([
            ["Trade receivables", cell(y.recv - y.recv // 6, st)],
            ["Prepayments and accrued income", cell(y.recv // 6, st)], ["", cell(y.recv, st)]])),
        ("Trade and other payables", table([
            ["Trade payables", cell(y.pay - y.pay // 5, st)],
            ["Other payables", cell(y.pay // 5, st)], ["", cell(y.pay, st)]])),
        ("Cash and cash equivalents", table([
            ["Cash at bank", cell(y.cash - y.cash // 4, st)],
            ["Short-term deposits", cell(y.cash // 4, st)], ["Total", cell(y.cash, st)]])),
        ("Share capital", Para(text=f"Allotted, called up and fully paid: {M.num(shares)} ordinary "
                                    f"shares of {sym}0.01 each.")),
        ("Taxation", Para(text=f"The tax charge for the year was {cell(y.tax, st)} "
                               f"({_unit(st)}), an effective rate in line with the statutory "
                               "rate after adjusting for non-deductible expenses.")),
        ("Events after the reporting date", Para(text=rng.choice([
            "After the year end the company signed a new five-year lease for its head office.",
            f"In the following quarter the company raised {M.money(2_000_000, st.currency, rng)}"
            " of new equity from existing shareholders.",
        ]))),
    ]  # fmt: skip


def notes(y: Year, st: StmtStyle, rng: random.Random, long: bool) -> list[Block]:
    """Accounting policies and numeric notes; `long` spreads them over many pages."""
    items: list[tuple[str, Block]] = [
        (title, Para(text=body)) for title, body in rng.sample(POLICIES, 8 if long else 4)
    ]
    numeric = _numeric_notes(y, st, rng)
    items += numeric if long else rng.sample(numeric, 3)
    if not long:
        rng.shuffle(items)
    blocks: list[Block] = [
        PageBreak(columns=rng.choice([1, 2]) if not long else 1),
        Heading(text="Notes to the financial statements", level=1),
    ]
    for n, (title, body) in enumerate(items, start=1):
        if long and n > 1 and n % 3 == 1:
            blocks += [PageBreak(), Heading(text="Notes (continued)", level=2)]
        blocks += [Heading(text=f"{n}. {title}", level=3), body]
    return blocks
