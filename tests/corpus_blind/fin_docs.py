"""English annual reports / financial statements: primary statements plus everything around them."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tests.corpus_blind import about, history, prose
from tests.corpus_blind import money as M
from tests.corpus_blind.companies import decor, make_company, page_spec, reg_label
from tests.corpus_blind.fin_extras import five_year, notes, quarterly, segments
from tests.corpus_blind.finance import FYE, Year, make_years
from tests.corpus_blind.fonts import latin
from tests.corpus_blind.layout import KV, Block, Engine, Heading, PageBreak, Para
from tests.corpus_blind.model import Company, Truth, figure
from tests.corpus_blind.regimes import regime_of
from tests.corpus_blind.stmt_render import StmtStyle, make_style, statement
from tests.corpus_blind.stmt_rows import balance_rows, cash_rows, income_rows
from tests.corpus_blind.team import bare

AUDITORS = {
    "GB": "Hartwell Baines LLP, Chartered Accountants, 40 Gracechurch Street, London EC3V 0BT",
    "IE": "Quinlan Moran, Chartered Accountants, 10 Earlsfort Terrace, Dublin 2, D02 T380",
    "US": "Mercer & Doyle CPAs, 2200 Ross Avenue, Dallas, TX 75201",
    "EU": "Van Dijk Accountants N.V., Zuidas 120, 1082 MA Amsterdam",
}


def build(path: Path, rng: random.Random, defect: str | None) -> dict[str, Any]:
    country = rng.choice(
        ["DE", "NL", "FR", "IT", "IE"]
        if defect == "registration_id_invalid"
        else ["US", "US", "GB", "GB", "GB", "IE", "DE", "NL"]
    )
    c = make_company(
        country,
        rng,
        invalid_reg=defect == "registration_id_invalid",
        team_style="board" if country != "US" else "us",
        n_people=rng.randint(3, 6),
    )
    truth = Truth(path.name, "financial_statement", "en")
    truth.defect(defect)
    truth.regime = regime_of(country)
    truth.assurance = "audited"  # the company information names the auditor
    cur = c.currency
    gaap = "us" if country == "US" else ("uk" if country == "GB" and rng.random() < 0.6 else "ifrs")
    if defect == "balance_sheet_mismatch" and gaap == "uk":
        gaap = "ifrs"
    revenue = rng.choice([2.4e6, 8e6, 3.5e7, 1.2e8, 4.6e8])
    scale = 1e6 if revenue > 1e8 and rng.random() < 0.5 else (1.0 if revenue < 5e6 else 1e3)
    st = make_style(rng, cur, gaap, scale, consolidated=rng.random() < 0.5)
    fye = rng.choice(FYE)
    last = 2024 if fye[0] > 6 or rng.random() < 0.5 else 2025
    n_years = 3 if gaap == "us" and rng.random() < 0.5 else 2
    all_ys = make_years(
        rng, n=5, last_fy=last, fye=fye, tick=st.tick, revenue=revenue, startup=revenue < 1e7
    )
    ys = all_ys[-n_years:]
    if defect == "balance_sheet_mismatch":
        ys[-rng.randint(1, 2)].bs_error = rng.choice([1, -1]) * max(7, ys[-1].ta // 25)
    fonts = latin(rng)
    spec = page_spec(rng, country)
    end = ys[-1].end
    period = f"for the year ended {end.day} {M.MONTHS[end.month - 1]} {end.year}"
    spec.decor = decor(f"Annual report {end.year}", c.name, rng, font=fonts.regular)
    blocks: list[Block] = [
        Heading(text=c.name, level=1),
        Para(
            text=rng.choice(
                [
                    "Annual Report and Financial Statements",
                    "Financial Statements",
                    "Report and Accounts",
                    "Audited Financial Statements",
                ]
            ),
            size=13,
        ),
        Para(text=period[0].upper() + period[1:], italic=True),
    ]
    truth.printed(c, "company_name", "registration_id", "country", "city", "region")
    blocks.append(Para(text=f"{reg_label(c, rng)}: {c.reg_id}"))
    blocks += [PageBreak(), *_company_information(c, truth, rng)]
    blocks += [PageBreak(), *_directors_report(c, ys, st, truth, rng, defect)]
    extras = [
        five_year(all_ys, st, rng, stmt_years={y.fy for y in ys}),
        segments(ys[-1], st, rng),
        quarterly(ys[-1], st, rng),
    ]
    for extra in extras:
        if rng.random() < 0.35:
            blocks += [PageBreak(), *extra]
    statements = [
        statement(
            "income_statement",
            ys,
            st,
            income_rows(ys, gaap, rng, rng.choice([1_000_000, 5_000_000, 25_000_000]), st.tick),
            rng,
        ),
        statement(
            "balance_sheet",
            ys[-2:] if n_years == 3 else ys,
            st,
            balance_rows(ys[-2:] if n_years == 3 else ys, gaap, rng),
            rng,
        ),
    ]
    if rng.random() < 0.3:
        statements.reverse()
    if rng.random() < 0.75:
        statements.append(statement("cash_flow", ys, st, cash_rows(ys, gaap, rng), rng))
    for s in statements:
        blocks += [PageBreak(), *s]
    blocks += notes(ys[-1], st, rng, long=rng.random() < 0.3)
    eng = Engine(fonts, spec)
    pages = eng.render(blocks, path)
    truth.add(*eng.facts)
    return truth.record(pages, "one_column")


def _company_information(c: Company, truth: Truth, rng: random.Random) -> list[Block]:
    board = [p for p in c.people if "secretary" not in p.roles]
    for p in board:  # being listed under "Directors" makes them directors, whatever else they are
        if "director" not in p.roles:
            p.roles = (*p.roles, "director")
    for p in c.people:
        truth.person(p)
    directors = "\n".join(
        f"{p.name} ({bare(p.title)})" if p.roles != ("director",) else p.name for p in board
    )
    pairs = [("Directors", directors)]
    sec = [p for p in c.people if "secretary" in p.roles]
    if sec:
        pairs.append(("Company secretary", sec[0].name))
    pairs += [
        ("Registered office", "\n".join(c.address)),
        ("Auditor", AUDITORS.get(c.country, AUDITORS["EU"])),
    ]
    if rng.random() < 0.5:
        pairs.append(("Bankers", "Northern Commerce Bank plc, 1 Cornhill, London EC3V 3ND"))
    return [
        Heading(
            text=rng.choice(
                [
                    "Company information",
                    "Officers and professional advisers",
                    "Corporate information",
                ]
            ),
            level=2,
        ),
        KV(pairs=pairs, style="aligned", key_frac=0.3),
    ]


def _directors_report(
    c: Company, ys: list[Year], st: StmtStyle, truth: Truth, rng: random.Random, defect: str | None
) -> list[Block]:
    last, prev = ys[-1], ys[-2]
    rev_l = last.rev * st.tick
    said = rev_l
    if defect == "revenue_contradiction":
        said = round(rev_l * rng.choice([1.15, 1.3, 0.75, 0.85]), -3)
        truth.notes.append(f"directors' report revenue {said:.0f} contradicts the income statement")
    us = c.country == "US"

    def past(y: Year) -> history.Past:
        return history.Past(y.fy, y.end, y.rev * st.tick, y.ni * st.tick, y.cash * st.tick)

    text, facts = history.paragraph(
        past(last), past(prev), M.Style(st.currency, rng), rng, us=us, said=said
    )
    if rng.random() < 0.5:
        text += " The directors do not recommend the payment of a dividend."

    truth.printed(c, "employees")
    emp = Para(
        text=rng.choice(
            [
                f"The average monthly number of employees during the year was {c.employees}.",
                f"At the year end the company employed {c.employees} people.",
                f"Average headcount (FTE) for the year: {c.employees}.",
                f"The company had {c.employees} employees at {last.end.day} "
                f"{M.MONTHS[last.end.month - 1]} {last.end.year}.",
            ]
        ),
        facts=[figure("employees", c.employees, None)],
        keep=True,
    )
    blocks: list[Block] = [
        Heading(
            text=rng.choice(
                ["Management's discussion and analysis", "Letter to shareholders"]
                if us
                else ["Directors' report", "Strategic report", "Management report"]
            ),
            level=2,
        ),
        Para(text=text, facts=facts, keep=True),
        emp,
        Para(text=prose.filler(rng, c.name, c.sector, c.city, rng.randint(2, 4))),
    ]
    if rng.random() < 0.6:
        blocks += about.risk_section(
            truth,
            rng,
            heading=rng.choice(["Principal risks and uncertainties", "Risks", "Key risks"]),
        )
    return blocks
