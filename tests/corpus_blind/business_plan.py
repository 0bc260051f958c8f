"""English business plans: story, team, traction in prose, forecasts, the ask and its uses."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tests.corpus_blind import about, excess, history, prose, sections
from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.companies import decor, make_company, page_spec
from tests.corpus_blind.finance import FYE, Year, last_closed_fy, make_years
from tests.corpus_blind.fonts import latin
from tests.corpus_blind.layout import KV, Block, Engine, Heading, PageBreak, Para, Table
from tests.corpus_blind.model import Truth, figure, projection
from tests.corpus_blind.regimes import regime_of
from tests.corpus_blind.stmt_render import make_style, statement
from tests.corpus_blind.stmt_rows import balance_rows, income_rows
from tests.corpus_blind.terms import defect_detail, make_terms, projections, split_funds

EU = ["IE", "DE", "FR", "NL", "IT", "AT", "BE"]


def build(path: Path, rng: random.Random, defect: str | None) -> dict[str, Any]:
    country = rng.choice(
        [*EU, "CN"]
        if defect == "registration_id_invalid"
        else ["US", "US", "GB", "GB", "GB", "CN", *EU]
    )
    c = make_company(country, rng, invalid_reg=defect == "registration_id_invalid")
    truth = Truth(path.name, "business_plan", "en")
    truth.regime = regime_of(country)
    cur = c.currency
    st = M.style_for(cur, country, rng)
    fonts = latin(rng)
    layout = rng.choice(["one_column", "one_column", "two_column", "sidebar"])
    spec = page_spec(rng, country)
    spec.columns = 2 if layout == "two_column" else 1
    title = rng.choice(
        [
            "Business Plan",
            "Investor Business Plan",
            "Business Plan & Investment Proposal",
            "Strategic Plan",
            "Growth Plan",
        ]
    )
    spec.decor = decor(title, c.name, rng, font=fonts.regular)
    t = make_terms(cur, rng, defect)
    truth.defect(defect, defect_detail(t, defect, None))
    truth.notes.append(f"dated {M.MONTHS[t.doc_date.month - 1]} {t.doc_date.year} only")
    with_stmts = defect in ("revenue_contradiction", "balance_sheet_mismatch") or rng.random() < 0.3
    tick = rng.choice([1.0, 1000.0]) if with_stmts else 1000.0
    fye = rng.choice(FYE)
    ys = make_years(
        rng,
        n=2,
        last_fy=last_closed_fy(t.doc_date, fye),
        fye=fye,
        tick=tick,
        revenue=rng.choice([2.5e5, 6e5, 1.2e6, 2.4e6, 4.8e6]),
        startup=True,
    )
    dstyle = M.date_style(sections.region_of(country), country, rng)
    sidebar_emp = layout == "sidebar"
    if sidebar_emp:
        spec.sidebar = [
            Heading(text="At a glance", level=3),
            KV(
                pairs=[
                    ("Founded", str(c.founded.year)),
                    ("Base", c.city),
                    ("Employees", str(c.employees)),
                    ("Sector", c.sector.title()),
                ],
                style="colon",
                bold_keys=False,
                facts=[figure("employees", c.employees, None)],
            ),
        ]
        truth.printed(c, "employees")
    cover: list[Block] = [
        Heading(text=c.name, level=1),
        Para(text=f"{title} — {M.MONTHS[t.doc_date.month - 1]} {t.doc_date.year}", size=12),
        Para(
            text=rng.choice(
                [
                    "Confidential",
                    "Prepared for prospective investors",
                    "Private and confidential – not for distribution",
                ]
            ),
            italic=True,
        ),
    ]
    summary = [
        Heading(text=rng.choice(["Executive summary", "Summary", "Overview"]), level=2),
        Para(text=prose.filler(rng, c.name, c.sector, c.city, rng.randint(3, 5))),
    ]
    company = [
        Heading(text=rng.choice(["The company", "Company overview", "About us"]), level=2),
        *about.company_facts(c, truth, rng, employees=not sidebar_emp, dstyle=dstyle),
    ]
    market = [
        Heading(text=rng.choice(["Market", "Market opportunity", "The market"]), level=2),
        Para(
            text=prose.market_size(rng, c.sector, cur)
            + " "
            + prose.filler(rng, c.name, c.sector, c.city, 2)
        ),
    ]
    if rng.random() < 0.5:
        market.append(Para(text=prose.competitor_valuation(rng, cur)))
    product = [
        Heading(text=rng.choice(["Product", "What we do", "Business model"]), level=2),
        Para(text=prose.filler(rng, c.name, c.sector, c.city, rng.randint(3, 6))),
    ]
    team = about.team_blocks(c, truth, rng)
    traction = _traction(ys, tick, st, truth, rng, defect, country == "US")
    forecast = _forecast(ys, tick, cur, truth, rng)
    ask = _ask(t, truth, rng, st, country, c.name, defect)
    middle = [market, product, team, traction, forecast]
    rng.shuffle(middle)
    blocks = [*cover, *summary, *company, *[b for sec in middle for b in sec], *ask]
    if rng.random() < 0.5:
        blocks += about.risk_section(truth, rng)
    if with_stmts:
        blocks += _appendix(ys, c.country, cur, tick, rng, defect, layout)
    eng = Engine(fonts, spec)
    pages = eng.render(blocks, path)
    truth.add(*eng.facts)
    return truth.record(pages, layout)


def _traction(
    ys: list[Year],
    tick: float,
    st: M.Style,
    truth: Truth,
    rng: random.Random,
    defect: str | None,
    us: bool,
) -> list[Block]:
    prev, last = ys[0], ys[1]
    said = None
    if defect == "revenue_contradiction":
        said = round(last.rev * tick * rng.choice([1.2, 1.35, 0.7, 0.8]), -3)
        truth.notes.append(f"prose revenue FY{last.fy} {said:.0f} contradicts the income statement")

    def past(y: Year) -> history.Past:
        return history.Past(y.fy, y.end, y.rev * tick, y.ni * tick, y.cash * tick)

    text, facts = history.paragraph(past(last), past(prev), st, rng, us=us, said=said)
    head = Heading(
        text=rng.choice(["Traction", "Track record", "Financial history", "Progress to date",
                         "Trading history", "Results so far"]),
        level=2,
    )  # fmt: skip
    return [head, Para(text=text, facts=facts, keep=True)]


def _forecast(
    ys: list[Year], tick: float, cur: str, truth: Truth, rng: random.Random
) -> list[Block]:
    first = ys[-1].fy + 1
    proj = projections(ys[-1].rev * tick, first, rng)
    proj = [(y, round(r, -4), round(n, -4)) for y, r, n in proj]
    facts = [projection("revenue", r, cur, y) for y, r, _ in proj]
    facts += [projection("net_income", n, cur, y) for y, _, n in proj]
    head = Heading(
        text=rng.choice(
            ["Financial projections", "Forecast", "Three-year plan", "Where we are going"]
        ),
        level=2,
    )
    if rng.random() < 0.3:
        parts = [f"{M.money(r, cur, rng, style='short')} in {y}" for y, r, _ in proj]
        text = (
            f"We forecast revenue of {', '.join(parts[:-1])} and {parts[-1]}; we expect "
            f"net income of {M.signed(M.money(proj[-1][2], cur, rng), proj[-1][2] < 0, 'minus')} "
            f"in {proj[-1][0]}."
        )
        facts = [projection("revenue", r, cur, y) for y, r, _ in proj]
        facts.append(projection("net_income", proj[-1][2], cur, proj[-1][0]))
        return [head, Para(text=text, facts=facts, keep=True)]
    form = rng.choice(["{y}E", "{y}F", "FY{y} (forecast)", "Year {i} ({y})", "{y} (projected)"])
    thousands = rng.random() < 0.5
    unit = f"{M.SYMBOL[cur]}'000" if thousands else cur

    def fmt(v: float) -> str:
        return M.signed(M.num(v / 1000 if thousands else v), v < 0, "paren")

    rows = [
        [unit, *[form.format(y=y, i=i + 1) for i, (y, _, _) in enumerate(proj)]],
        ["Revenue", *[fmt(r) for _, r, _ in proj]],
        [
            rng.choice(["Net profit / (loss)", "Net income", "Profit after tax"]),
            *[fmt(n) for _, _, n in proj],
        ],
    ]
    return [head, Table(rows=rows, facts=facts, rule=rng.choice(["grid", "lines"]))]


def _ask(
    t: Any,
    truth: Truth,
    rng: random.Random,
    st: M.Style,
    country: str,
    co: str,
    defect: str | None,
) -> list[Block]:
    head = Heading(
        text=rng.choice(["The ask", "Investment opportunity", "Funding requirement", "The raise",
                         "Investment terms", "The offer"]),
        level=2,
    )  # fmt: skip
    blocks: list[Block] = [
        head,
        *sections.terms(t, truth, rng, country=country, st=st, co=co, deadline=rng.random() < 0.4),
    ]
    if rng.random() < 0.5:
        blocks.append(
            Para(text=prose.previous_round(rng, t.currency, t.doc_date.year - 2, t.pre_money))
        )
    if rng.random() < 0.4:
        blocks.append(Para(text=prose.par_value(rng, t.currency)))
    cats = rng.sample(W.UOF_CATEGORIES, rng.randint(2, 6))
    lines = split_funds(t.target, cats, rng, defect == "use_of_funds_sum_mismatch")
    blocks += excess.uses(lines, t, st, truth, rng, defect=defect, drop=None)
    return blocks


def _appendix(
    ys: list[Year],
    country: str,
    cur: str,
    tick: float,
    rng: random.Random,
    defect: str | None,
    layout: str,
) -> list[Block]:
    gaap = "us" if country == "US" else ("uk" if country == "GB" and rng.random() < 0.5 else "ifrs")
    if defect == "balance_sheet_mismatch":
        gaap = "us" if country == "US" else "ifrs"
        ys[rng.randrange(len(ys))].bs_error = rng.choice([1, -1]) * max(3, ys[-1].ta // 20)
    st = make_style(rng, cur, gaap, tick if tick > 1 else 1.0, consolidated=False)
    if tick == 1.0:
        st.decimals = 0
    blocks: list[Block] = [
        PageBreak(columns=1),
        Heading(text="Appendix: historical financial statements", level=2),
    ]
    blocks += statement(
        "income_statement", ys, st, income_rows(ys, gaap, rng, 1_000_000, st.tick), rng
    )
    if rng.random() < 0.5:
        blocks.append(PageBreak())
    blocks += statement("balance_sheet", ys, st, balance_rows(ys, gaap, rng), rng)
    del layout
    return blocks
