"""US Regulation Crowdfunding offering memoranda in the style of a Form C."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tests.corpus_blind import about, assurance, excess, history, prose, sections
from tests.corpus_blind import defects as D
from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.companies import decor, make_company, page_spec, regulator
from tests.corpus_blind.finance import Year, make_years
from tests.corpus_blind.fonts import latin
from tests.corpus_blind.layout import KV, Block, Engine, Heading, PageBreak, Para, Table
from tests.corpus_blind.model import Company, Truth, figure
from tests.corpus_blind.regimes import US, assurance_needed
from tests.corpus_blind.terms import Terms, defect_detail, make_terms, split_funds

SECURITIES = ["Common Stock", "Series Seed Preferred Stock", "Class B Non-Voting Common Stock"]
STATES = ["Delaware", "Delaware", "Wyoming", "Nevada"]


def build(path: Path, rng: random.Random, defect: str | None) -> dict[str, Any]:
    c = make_company("US", rng, team_style="us", n_people=rng.randint(2, 5))
    truth = Truth(path.name, "offering", "en")
    drop = D.missing_item(defect, rng)
    fonts = latin(rng)
    layout = rng.choice(["one_column", "one_column", "two_column"])
    spec = page_spec(rng, "US")
    spec.columns = 2 if layout == "two_column" else 1
    safe = defect is None and rng.random() < 0.25
    security = "Crowd SAFE (Simple Agreement for Future Equity)" if safe else rng.choice(SECURITIES)
    spec.decor = decor(
        "Form C – Offering Memorandum",
        c.name,
        rng,
        font=fonts.regular,
        footnote=regulator("US", rng) if rng.random() < 0.7 else None,
    )
    t = make_terms("USD", rng, defect, drop=drop)
    truth.defect(defect, defect_detail(t, defect, drop))
    truth.regime, truth.document_date = US, t.doc_date
    if defect == "deadline_before_document_date":
        truth.notes.append(f"document dated {t.doc_date.isoformat()}")
    dstyle = rng.choice(["mdy", "mdy", "mdy_short", "iso", "dmy", "mdy_ord", "us_slash"])
    st = M.style_for("USD", "US", rng)
    blocks: list[Block] = [
        Heading(text="FORM C", level=1),
        Para(
            text=rng.choice(["OFFERING MEMORANDUM", "Offering Statement", "OFFERING CIRCULAR"]),
            bold=True,
        ),
        Para(text=f"{c.name}", size=13, bold=True),
        Para(text=security),
        Para(text=f"{W.term_label('doc_date', rng)}: {M.date_en(t.doc_date, dstyle)}"),
    ]
    state = rng.choice(STATES)
    company = [
        Heading(text=rng.choice(["The Company", "Information about the Issuer"]), level=2),
        Para(
            text=f"{c.name} is a {state} {rng.choice(['corporation', 'company'])} "
            f"{rng.choice(['formed', 'organized'])} in {c.founded.year}."
        ),
        *about.company_facts(c, truth, rng, dstyle=dstyle),
    ]
    business = [
        Heading(text="Description of the Business", level=2),
        Para(text=prose.filler(rng, c.name, c.sector, c.city, rng.randint(3, 6))),
        Para(text=prose.market_size(rng, c.sector, "USD")),
    ]
    team: list[Block] = []
    if drop != "management":
        heading = rng.choice(["Directors and Officers", "Officers and Directors"])
        team = about.team_blocks(c, truth, rng, heading=heading)
    offer = [
        Heading(text=rng.choice(["The Offering", "Terms of the Offering"]), level=2),
        Para(text=f"Type of security offered: {security}."),
    ]
    if safe:
        offer += _safe_terms(t, truth, rng, dstyle, st)
    else:
        offer += sections.terms(t, truth, rng, country="US", st=st, co=c.name,
                                deadline=drop != "deadline",
                                target=drop != "funding_target")  # fmt: skip
    offer.append(
        Para(
            text=rng.choice(
                [
                    "If the sum of the investment commitments does not equal or exceed the target "
                    "offering amount by the deadline, no securities will be sold and commitments "
                    "will be cancelled.",
                    "Investors may cancel an investment commitment until 48 hours before the "
                    "deadline.",
                ]
            )
        )
    )
    cats = rng.sample(W.UOF_CATEGORIES, rng.randint(2, 5))
    lines = split_funds(t.target, cats, rng, defect == "use_of_funds_sum_mismatch")
    uof_blocks = excess.uses(lines, t, st, truth, rng, defect=defect, drop=drop,
                             forms=excess.FORM_C_FORMS)  # fmt: skip
    risks = [] if defect == "missing_risk_factors" else about.risk_section(truth, rng)
    fin: list[Block] = []
    exhibit: list[Block] = []
    if drop != "financial_statements":
        fin = _financial_condition(truth, rng, t.doc_date.year - 1, st)
        checked = _assurance(c, t, truth, rng, st, defect == D.ASSURANCE)
        if rng.random() < 0.5:
            fin += checked
        else:
            exhibit = [Heading(text="Exhibit B – Financial Statements", level=2), *checked]
    cap = [
        Heading(text="Capitalization", level=2),
        Para(
            text=prose.par_value(rng, "USD")
            + " "
            + f"{M.num(rng.choice([10, 20, 50]) * 1_000_000)} shares are authorized."
        ),
    ]
    middle = [company, business, team, offer + uof_blocks, fin, cap]
    head = middle[:1]
    rest = middle[1:]
    rng.shuffle(rest)
    body = [b for sec in head + rest for b in sec]
    if risks:
        pos = rng.choice([0, len(body)])  # risk factors up front, or at the back
        body = body[:pos] + risks + body[pos:]
    blocks += body + exhibit
    if rng.random() < 0.3:
        blocks += [
            PageBreak(),
            Heading(text="Exhibit A – Subscription Agreement", level=2),
            Para(text=prose.filler(rng, c.name, c.sector, c.city, 4)),
        ]
    eng = Engine(fonts, spec)
    pages = eng.render(blocks, path)
    truth.add(*eng.facts)
    return truth.record(pages, layout)


def _assurance(
    c: Company, t: Terms, truth: Truth, rng: random.Random, st: M.Style, defect: bool
) -> list[Block]:
    """Who stands behind the statements, and whether the issuer raised under Reg CF before.
    The amount is the most the offer can raise (its maximum, else its target)."""
    amount = max(t.target, t.maximum or 0.0)
    level, first = assurance.choose(amount, rng, defect=defect)
    truth.assurance = level
    if first is not None:
        truth.notes.append(f"first Regulation CF offering: {'yes' if first else 'no'}")
    if defect:
        needed = assurance_needed(amount, first_raise=bool(first))
        truth.defect_detail = f"{level}; {needed} required for {amount:,.0f}"
    officer = c.people[0] if truth.people else None
    fy = t.doc_date.year - 1
    return [*assurance.statement(level, c.name, fy, officer, rng),
            *assurance.history(first, t.doc_date.year, st, rng)]  # fmt: skip


def _safe_terms(
    t: Terms, truth: Truth, rng: random.Random, dstyle: str, st: M.Style
) -> list[Block]:
    cap = round(t.target * rng.choice([8, 10, 12, 20]), -5)
    facts = [
        figure("funding_target", t.target, "USD"),
        figure("minimum_investment", t.min_inv, "USD"),
    ]

    def lab(name: str) -> str:
        return W.term_label(name, rng, "us")

    pairs = [
        (lab("funding_target"), st.m(t.target)),
        (rng.choice(["Valuation cap", "Valuation Cap", "Post-money valuation cap"]), st.m(cap)),
        (rng.choice(["Discount", "Discount rate"]), f"{rng.choice([10, 15, 20, 25])}%"),
        (lab("minimum_investment"), st.m(t.min_inv)),
        (lab("deadline"), M.date_en(t.deadline, dstyle)),
    ]
    if t.maximum:
        facts.append(figure("maximum_target", t.maximum, "USD"))
        pairs.insert(1, (lab("maximum_target"), st.m(t.maximum)))
    truth.deadline = t.deadline
    truth.notes.append("SAFE offering: valuation cap is not a pre-money valuation")
    return [KV(pairs=pairs, style=rng.choice(["aligned", "leader"]), facts=facts)]


def _financial_condition(
    truth: Truth, rng: random.Random, last_fy: int, st: M.Style
) -> list[Block]:
    """The Form C style two-year summary table, and often an MD&A paragraph."""
    ys = make_years(
        rng,
        n=2,
        last_fy=last_fy,
        fye=(12, 31),
        tick=1.0,
        revenue=rng.choice([1.8e5, 4.5e5, 9e5, 2.2e6]),
        startup=True,
    )
    prev, last = ys
    rows = [
        ("Total Assets", "total_assets", lambda y: y.ta),
        ("Cash & Cash Equivalents", "cash", lambda y: y.cash),
        ("Accounts Receivable", None, lambda y: y.recv),
        ("Short-term Debt", None, lambda y: y.st_debt),
        ("Long-term Debt", None, lambda y: y.lt_debt),
        ("Revenues/Sales", "revenue", lambda y: y.rev),
        ("Cost of Goods Sold", None, lambda y: y.cogs),
        ("Taxes Paid", None, lambda y: y.tax),
        ("Net Income", "net_income", lambda y: y.ni),
    ]
    neg = rng.choice(["paren", "minus", "hyphen"])
    table = [["", f"Most recent fiscal year-end ({last.fy})", f"Prior fiscal year-end ({prev.fy})"]]
    facts = []
    for label, item, get in rows:
        table.append(
            [label, *[M.signed("$" + M.num(get(y)), get(y) < 0, neg) for y in (last, prev)]]
        )
        if item:
            facts += [figure(item, get(y), "USD", y.fy, prio=2) for y in (last, prev)]
    blocks: list[Block] = [
        Heading(text=rng.choice(["Financial Condition", "Financial Information"]), level=2),
        Para(
            text="The following table summarises the issuer's financial statements, which "
            "are attached as an exhibit."
        ),
        Table(
            rows=table,
            widths=[0.4, 0.3, 0.3],
            facts=facts,
            shade=True,
            rule=rng.choice(["grid", "lines"]),
        ),
    ]
    if rng.random() < 0.6:

        def past(y: Year) -> history.Past:
            return history.Past(y.fy, y.end, y.rev, y.ni, y.cash)

        text, said = history.paragraph(past(last), past(prev), st, rng, us=True)
        more: list = []
        if rng.random() < 0.4:
            forecast, more = history.outlook(past(last), st, rng)
            text += " " + forecast
        blocks.append(Para(text=text, facts=said + more, keep=True))
    return blocks
