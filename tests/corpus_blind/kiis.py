"""EU Key Investment Information Sheets (Regulation 2020/1503, Annex): Part A the project owner
(identity, management, key financial information), Part B the main features of the process
(target, deadline, maximum), Part C risks, Part D the securities, then the use of the money and
Part G the fees."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tests.corpus_blind import about, distract, excess, prose, sheet
from tests.corpus_blind import companies as C
from tests.corpus_blind import defects as D
from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.fonts import latin
from tests.corpus_blind.layout import KV, Block, Bullets, Engine, Heading, Para
from tests.corpus_blind.model import Company, Fact, Truth, figure
from tests.corpus_blind.offering_eu import prose_financials
from tests.corpus_blind.regimes import EU as ECSP
from tests.corpus_blind.team import bare
from tests.corpus_blind.terms import Terms, defect_detail, make_terms, split_funds

EU = ["DE", "FR", "NL", "IT", "IE", "AT", "BE"]
FINANCIAL_LABELS = ["Key financial information", "Key annual financial figures",
                    "Financial information on the project owner"]  # fmt: skip


def build_kiis(path: Path, rng: random.Random, defect: str | None) -> dict[str, Any]:
    country = rng.choice(EU)
    c = C.make_company(country, rng, invalid_reg=defect == "registration_id_invalid")
    truth = Truth(path.name, "offering", "en")
    drop = D.missing_item(defect, rng)
    fonts = latin(rng)
    layout = rng.choice(["one_column", "one_column", "two_column"])
    spec = C.page_spec(rng, country, size=rng.choice([9.0, 9.5]))
    spec.columns = 2 if layout == "two_column" else 1
    spec.decor = C.decor(
        "Key Investment Information Sheet",
        c.name,
        rng,
        font=fonts.regular,
        footnote=C.regulator("EU", rng) if rng.random() < 0.6 else None,
    )
    t = make_terms("EUR", rng, defect, drop=drop)
    truth.defect(defect, defect_detail(t, defect, drop))
    truth.regime, truth.document_date = ECSP, t.doc_date
    if defect == "deadline_before_document_date":
        truth.notes.append(f"document dated {t.doc_date.isoformat()}")
    dstyle = M.date_style("eu", country, rng)
    st = M.style_for("EUR", country, rng, cont=0.6)
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
    blocks += _part_a(c, truth, rng, (dstyle, drop), st, t)
    blocks += _part_b(t, truth, rng, country, st, (dstyle, drop))
    if risky:
        blocks += about.risk_section(
            truth, rng, heading=rng.choice(["Part C: Risk factors", "Part C: Main risks"])
        )
    blocks += _part_d(t, rng, country, st)
    cats = rng.sample(W.UOF_CATEGORIES, rng.randint(2, 5))
    lines = split_funds(t.target, cats, rng, defect == "use_of_funds_sum_mismatch")
    blocks += excess.uses(lines, t, st, truth, rng, defect=defect, drop=drop)
    blocks += _part_g(t, rng)
    eng = Engine(fonts, spec)
    pages = eng.render(blocks, path)
    truth.add(*eng.facts)
    return truth.record(pages, layout)


def _responsible(c: Company, rng: random.Random) -> str:
    form = rng.randrange(3)
    if form == 0:
        return "; ".join(f"{p.name} ({bare(p.title)})" for p in c.people)
    if form == 1:
        return "\n".join(f"{p.title}: {p.name}" for p in c.people)
    return "\n".join(f"{p.name.upper()}, {p.title}" for p in c.people)


def _part_a(
    c: Company,
    truth: Truth,
    rng: random.Random,
    style: tuple[str, str | None],
    st: M.Style,
    t: Terms,
) -> list[Block]:
    """The project owner: identity, its management, what it does, its key financial figures
    (the item `drop` names is left out)."""
    dstyle, drop = style
    if drop != "management":
        for p in c.people:
            truth.person(p)
    truth.printed(c, "company_name", "registration_id", "country", "city", "region")
    address = "\n".join(c.address) if rng.random() < 0.6 else ", ".join(c.address)
    pairs = [("Identity", c.name), (C.reg_label(c, rng), c.reg_id or "")]
    if rng.random() < 0.3:
        pairs = [("Identity", C.name_line(c, rng))]
    pairs += [
        ("Legal form", _legal_form(c.name)),
        (rng.choice(["Registered address", "Registered office", "Seat"]), address),
        (rng.choice(["Responsible persons", "Management", "Managing directors"]),
         _responsible(c, rng)),
    ][: None if drop != "management" else -1]  # fmt: skip
    out: list[Block] = [
        Heading(
            text="Part A: Information about the project owner and the crowdfunding project", level=2
        ),
        KV(pairs=pairs, style=rng.choice(["aligned", "colon"])),
        Para(text=prose.filler(rng, c.name, c.sector, c.city, rng.randint(2, 4))),
    ]
    if rng.random() < 0.6:
        day = M.date_en(c.founded, dstyle)
        truth.printed(c, "founded_year", "employees")
        out.append(
            Para(
                text=W.founded_clause("The company", c.founded.year, day, rng)
                + ". "
                + W.employees_phrase(c.employees, rng),
                facts=[figure("employees", c.employees, None)],
                keep=True,
            )
        )
    if drop != "financial_statements":
        label = rng.choice(FINANCIAL_LABELS) if rng.random() < 0.5 else None
        out += [Para(text=label, bold=True, with_next=True)] if label else []
        out += prose_financials(st, rng, t)[1:]
    return out


def _part_b(
    t: Terms,
    truth: Truth,
    rng: random.Random,
    country: str,
    st: M.Style,
    style: tuple[str, str | None],
) -> list[Block]:
    def lab(name: str) -> str:
        return W.term_label(name, rng, "eu", country)

    dstyle, drop = style
    when = M.date_en(t.deadline, dstyle)
    if rng.random() < 0.3:
        when += rng.choice([", 23:59 CET", " (12:00 noon CET)", ", 24:00 Uhr" if country in
                            ("DE", "AT") else ", minuit"])  # fmt: skip
    pairs = [(lab("funding_target"), st.m(t.target)), (lab("deadline"), when)]
    facts: list[Fact] = [figure("funding_target", t.target, "EUR")]
    if drop == "funding_target":
        pairs, facts = pairs[1:], []
    if drop == "deadline":
        pairs = [p for p in pairs if p[1] != when]
    else:
        truth.deadline = t.deadline
    if t.maximum:
        pairs.append((lab("maximum_target"), st.m(t.maximum)))
        facts.append(figure("maximum_target", t.maximum, "EUR"))
    if rng.random() < 0.4:
        pairs.append(("First closing possible", "yes, once the target capital is reached"))
    return [
        Heading(text="Part B: Main features of the crowdfunding process", level=2),
        sheet.layout(pairs, rng, facts, rng.choice(["kv", "kv", "table", "lettered", "table3"])),
    ]


def _part_d(t: Terms, rng: random.Random, country: str, st: M.Style) -> list[Block]:
    def lab(name: str) -> str:
        return W.term_label(name, rng, "eu", country)

    price = t.price or 1.0
    pairs = [
        (rng.choice(["Type of securities", "Type and class of securities"]), "Ordinary shares"),
        (lab("price_per_share"), st.price(price)),
        (lab("equity_offered_pct"), st.p(t.pct)),
        (lab("minimum_investment"), st.signed(t.min_inv)),
    ]
    facts = [
        figure("price_per_share", price, "EUR"),
        figure("equity_offered_pct", t.pct, None),
        figure("minimum_investment", t.min_inv, "EUR"),
    ]
    if t.pre_money is not None:
        pairs.append((lab("pre_money_valuation"), st.m(t.pre_money)))
        facts.append(figure("pre_money_valuation", t.pre_money, "EUR"))
    if rng.random() < 0.5:
        pairs += distract.sheet_rows(t, rng, st, country, rng.randint(1, 2))
    return [
        Heading(
            text="Part D: Information related to the offer of transferable securities", level=2
        ),
        sheet.layout(pairs, rng, facts, rng.choice(["kv", "kv", "table", "lettered", "table3"])),
    ]


def _part_g(t: Terms, rng: random.Random) -> list[Block]:
    fee = rng.choice([f for f in (5.0, 6.0, 7.0, 8.0) if f != t.pct])
    items = [
        f"Success fee charged to the project owner: {M.pct(fee, rng)} of the amount raised",
        rng.choice(
            [
                "No fees are charged to investors.",
                f"Investors pay a one-off fee of {M.pct(rng.choice([1.0, 1.5, 2.0]), rng)}.",
                "Custody of the shares is free of charge for investors.",
            ]
        ),
    ]
    return [
        Heading(text="Part G: Fees, information and legal redress", level=2),
        Bullets(items=items),
    ]


def _legal_form(name: str) -> str:
    for form in (
        "FlexCo",
        "SRL",
        "BV",
        "NV",
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
