"""UK/Irish crowdfunding offer documents and EU Key Investment Information Sheets (KIIS)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tests.corpus_blind import about, prose, sections
from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.companies import REGULATORS, decor, make_company, page_spec, reg_label
from tests.corpus_blind.fonts import latin
from tests.corpus_blind.layout import KV, Block, Bullets, Engine, Heading, Para
from tests.corpus_blind.model import Company, Truth, figure
from tests.corpus_blind.terms import make_terms, split_funds

EU = ["DE", "FR", "NL", "IT", "IE"]


def build_uk(path: Path, rng: random.Random, defect: str | None) -> dict[str, Any]:
    country = "IE" if defect == "registration_id_invalid" else rng.choice(["GB", "GB", "GB", "IE"])
    c = make_company(country, rng, invalid_reg=defect == "registration_id_invalid")
    truth = Truth(path.name, "offering", "en")
    truth.defects += [defect] if defect else []
    fonts = latin(rng)
    layout = rng.choice(["one_column", "two_column", "sidebar"])
    spec = page_spec(rng, country)
    spec.columns = 2 if layout == "two_column" else 1
    t = make_terms(c.currency, rng, defect)
    if defect == "deadline_before_document_date":
        truth.notes.append(f"document dated {t.doc_date.isoformat()}")
    reg = REGULATORS["GB" if country == "GB" else "IE"]
    spec.decor = decor(
        rng.choice(["Investment summary", "Crowdfunding offer", "Pitch document"]),
        c.name,
        rng,
        font=fonts.regular,
        footnote=reg if rng.random() < 0.8 else None,
    )
    dstyle = rng.choice(["dmy", "slash", "ord", "iso"])
    if layout == "sidebar":
        spec.sidebar = [
            Heading(text="Key facts", level=3),
            KV(
                pairs=[
                    ("Sector", c.sector.title()),
                    ("Location", c.city),
                    ("Tax relief", rng.choice(["SEIS", "EIS", "None"])),
                ],
                style="colon",
                bold_keys=False,
            ),
        ]
    blocks: list[Block] = [
        Heading(text=c.name, level=1),
        Para(
            text=rng.choice(["Investment summary", "Crowdfunding offer document", "Our pitch"]),
            size=12,
        ),
        Para(text=f"{W.term_label('doc_date', rng)}: {M.date_en(t.doc_date, dstyle)}"),
        Heading(
            text=rng.choice(["The offer", "Investment terms", "Deal terms", "The raise"]), level=2
        ),
        *sections.terms(t, truth, rng, co=c.name, eu=country == "IE"),
    ]
    if country == "GB" and rng.random() < 0.6:
        blocks.append(
            Para(
                text=rng.choice(
                    [
                        "The company has received HMRC advance assurance for SEIS.",
                        "This investment is expected to qualify for EIS tax relief.",
                    ]
                )
            )
        )
    about_sec = [
        Heading(text=rng.choice(["About the company", "Company information"]), level=2),
        Para(text=prose.filler(rng, c.name, c.sector, c.city, rng.randint(2, 4))),
        *about.company_facts(c, truth, rng, dstyle=dstyle),
    ]
    fin = _prose_financials(c, truth, rng, t.doc_date.year)
    cats = rng.sample(W.UOF_CATEGORIES, rng.randint(2, 6))
    lines = split_funds(t.target, cats, rng, defect == "use_of_funds_sum_mismatch")
    uof = sections.use_of_funds(
        lines,
        t.target,
        c.currency,
        truth,
        rng,
        eu=country == "IE",
        defect=defect == "use_of_funds_sum_mismatch",
    )
    market = [
        Heading(text="Market", level=2),
        Para(text=prose.market_size(rng, c.sector, c.currency)),
        Para(text=prose.previous_round(rng, c.currency, t.doc_date.year - 2, t.pre_money)),
    ]
    secs = [about_sec, about.team_blocks(c, truth, rng), fin, uof, market]
    rng.shuffle(secs)
    blocks += [b for s in secs for b in s]
    if defect != "missing_risk_factors":
        blocks += about.risk_section(truth, rng)
    eng = Engine(fonts, spec)
    pages = eng.render(blocks, path)
    truth.add(*eng.facts)
    return truth.record(pages, layout)


def _prose_financials(c: Company, truth: Truth, rng: random.Random, year: int) -> list[Block]:
    fy = year - rng.choice([1, 1, 2])
    rev = rng.choice([1.8e5, 3.2e5, 7.5e5, 1.25e6, 2.4e6]) * rng.choice([1, 1.1, 0.9])
    rev = round(rev, -3)
    cur = c.currency
    label = rng.choice(["Turnover", "Revenue", "Sales"])
    facts = [figure("revenue", rev, cur, fy)]
    text = rng.choice(
        [
            f"{label} for the year to 31 December {fy} was {M.money(rev, cur, rng)}.",
            f"{label} (FY{fy}): {M.money(rev, cur, rng)}.",
            f"In FY{fy} the company recorded {label.lower()} of {M.money(rev, cur, rng)}.",
        ]
    )
    if rng.random() < 0.5:
        loss = -round(rev * rng.uniform(0.1, 0.6), -3)
        facts.append(figure("net_income", loss, cur, fy))
        text += rng.choice(
            [
                f" The loss for the year was {M.money(loss, cur, rng)}.",
                f" Net result: {M.signed(M.money(loss, cur, rng), True, 'paren')}.",
            ]
        )
    return [
        Heading(text=rng.choice(["Financials", "Financial summary", "Trading to date"]), level=2),
        Para(text=text, facts=facts, keep=True),
    ]


def build_kiis(path: Path, rng: random.Random, defect: str | None) -> dict[str, Any]:
    country = rng.choice(EU)
    c = make_company(country, rng, invalid_reg=defect == "registration_id_invalid")
    truth = Truth(path.name, "offering", "en")
    truth.defects += [defect] if defect else []
    fonts = latin(rng)
    layout = rng.choice(["one_column", "one_column", "two_column"])
    spec = page_spec(rng, country, size=rng.choice([9.0, 9.5]))
    spec.columns = 2 if layout == "two_column" else 1
    spec.decor = decor(
        "Key Investment Information Sheet",
        c.name,
        rng,
        font=fonts.regular,
        footnote=REGULATORS["EU"] if rng.random() < 0.6 else None,
    )
    t = make_terms("EUR", rng, defect)
    if defect == "deadline_before_document_date":
        truth.notes.append(f"document dated {t.doc_date.isoformat()}")
    dstyle = rng.choice(["dmy", "dot", "de", "fr", "iso", "slash"])
    risky = defect != "missing_risk_factors"
    blocks: list[Block] = [
        Heading(text="Key Investment Information Sheet", level=1),
        Para(text=f"{c.name} – {W.term_label('doc_date', rng)}: {M.date_en(t.doc_date, dstyle)}"),
        Para(
            text="This crowdfunding offer has been neither verified nor approved by competent "
            "authorities or ESMA.",
            italic=True,
        ),
    ]
    if risky:
        blocks += [Heading(text="Risk warning", level=3), Para(text=prose.RISK_WARNING)]
    mgmt = "; ".join(f"{p.name} ({p.title})" for p in c.people)
    for p in c.people:
        truth.person(p)
    truth.printed(c, "company_name", "registration_id", "country", "city", "region")
    part_a = [
        Heading(
            text="Part A: Information about the project owner and the crowdfunding project", level=2
        ),
        KV(
            pairs=[
                ("Identity", c.name),
                ("Legal form", _legal_form(c.name)),
                (reg_label(c, rng), c.reg_id or ""),
                ("Registered address", "\n".join(c.address)),
                ("Responsible persons", mgmt),
            ],
            style=rng.choice(["aligned", "colon"]),
        ),
        Para(text=prose.filler(rng, c.name, c.sector, c.city, rng.randint(2, 4))),
    ]
    if rng.random() < 0.6:
        day = M.date_en(c.founded, dstyle)
        truth.printed(c, "founded_year", "employees")
        part_a.append(
            Para(
                text=W.founded_clause("The company", c.founded.year, day, rng)
                + ". "
                + W.employees_phrase(c.employees, rng),
                facts=[figure("employees", c.employees, None)],
                keep=True,
            )
        )
    cont = rng.random() < 0.5
    allowed = M.EU_STYLES

    def m(v: float) -> str:
        return M.money(v, "EUR", rng, allowed=allowed)

    truth.deadline = t.deadline
    b_pairs = [
        (rng.choice(["Target capital amount", "Target amount", "Funding target"]), m(t.target)),
        (
            rng.choice(["Deadline for reaching the target capital", "Offer deadline"]),
            M.date_en(t.deadline, dstyle),
        ),
    ]
    b_facts = [figure("funding_target", t.target, "EUR")]
    if t.maximum:
        b_pairs.append(
            (rng.choice(["Maximum amount (overfunding)", "Overfunding ceiling"]), m(t.maximum))
        )
        b_facts.append(figure("maximum_target", t.maximum, "EUR"))
    part_b = [
        Heading(text="Part B: Main features of the crowdfunding process", level=2),
        KV(pairs=b_pairs, facts=b_facts, style=rng.choice(["aligned", "leader"])),
    ]
    d_pairs = [
        ("Type of securities", "Ordinary shares"),
        (rng.choice(["Price per share", "Issue price"]), M.price(t.price or 1, "EUR", rng, cont)),
        (
            rng.choice(["Percentage of share capital offered", "Equity offered"]),
            M.pct(t.pct, rng, cont),
        ),
        (
            rng.choice(["Minimum subscription amount per investor", "Minimum subscription"]),
            m(t.min_inv),
        ),
    ]
    d_facts = [
        figure("price_per_share", t.price or 1, "EUR"),
        figure("equity_offered_pct", t.pct, None),
        figure("minimum_investment", t.min_inv, "EUR"),
    ]
    if t.pre_money is not None:
        d_pairs.append(
            (rng.choice(["Pre-money valuation", "Valuation before the offer"]), m(t.pre_money))
        )
        d_facts.append(figure("pre_money_valuation", t.pre_money, "EUR"))
    part_d = [
        Heading(
            text="Part D: Information related to the offer of transferable securities", level=2
        ),
        KV(pairs=d_pairs, facts=d_facts),
    ]
    cats = rng.sample(W.UOF_CATEGORIES, rng.randint(2, 5))
    lines = split_funds(t.target, cats, rng, defect == "use_of_funds_sum_mismatch")
    uof = sections.use_of_funds(
        lines, t.target, "EUR", truth, rng, eu=True, defect=defect == "use_of_funds_sum_mismatch"
    )
    fees = [
        Heading(text="Part G: Fees, information and legal redress", level=2),
        Bullets(
            items=[
                f"Success fee charged to the project owner: {rng.choice([5, 6, 7, 8])}% "
                "of the amount raised",
                "No fees are charged to investors.",
            ]
        ),
    ]
    blocks += part_a + part_b
    if risky:
        blocks += about.risk_section(
            truth, rng, heading=rng.choice(["Part C: Risk factors", "Part C: Main risks"])
        )
    blocks += part_d + uof + fees
    eng = Engine(fonts, spec)
    pages = eng.render(blocks, path)
    truth.add(*eng.facts)
    return truth.record(pages, layout)


def _legal_form(name: str) -> str:
    for form in (
        "UG (haftungsbeschränkt)",
        "GmbH",
        "AG",
        "SAS",
        "SARL",
        "SA",
        "B.V.",
        "S.r.l.",
        "S.p.A.",
        "DAC",
        "Limited",
        "Ltd",
    ):
        if name.endswith(form):
            return form
    return "Private limited company"
