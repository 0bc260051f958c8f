"""UK and Irish crowdfunding offer documents (pitches, investment summaries)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from tests.corpus_blind import about, excess, history, prose, sections
from tests.corpus_blind import defects as D
from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.companies import decor, make_company, page_spec, regulator
from tests.corpus_blind.finance import FYE, last_closed_fy
from tests.corpus_blind.fonts import latin
from tests.corpus_blind.layout import KV, Block, Engine, Heading, Para
from tests.corpus_blind.model import Truth
from tests.corpus_blind.regimes import regime_of
from tests.corpus_blind.terms import Terms, defect_detail, make_terms, split_funds


def build_uk(path: Path, rng: random.Random, defect: str | None) -> dict[str, Any]:
    irish = defect in (D.REG, D.CAP)  # an EU VAT number to break, an EU cap to exceed
    country = "IE" if irish else rng.choice(["GB", "GB", "GB", "IE"])
    c = make_company(country, rng, invalid_reg=defect == "registration_id_invalid")
    truth = Truth(path.name, "offering", "en")
    drop = D.missing_item(defect, rng)
    fonts = latin(rng)
    layout = rng.choice(["one_column", "two_column", "sidebar"])
    spec = page_spec(rng, country)
    spec.columns = 2 if layout == "two_column" else 1
    t = make_terms(c.currency, rng, defect, drop=drop)
    truth.defect(defect, defect_detail(t, defect, drop))
    truth.regime, truth.document_date = regime_of(country), t.doc_date
    if defect == "deadline_before_document_date":
        truth.notes.append(f"document dated {t.doc_date.isoformat()}")
    reg = regulator("GB" if country == "GB" else "IE", rng)
    spec.decor = decor(
        rng.choice(["Investment summary", "Crowdfunding offer", "Pitch document", "Pitch deck"]),
        c.name,
        rng,
        font=fonts.regular,
        footnote=reg if rng.random() < 0.8 else None,
    )
    dstyle = M.date_style("uk", country, rng)
    st = M.style_for(c.currency, country, rng)
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
        *sections.terms(t, truth, rng, country=country, st=st, co=c.name,
                        deadline=drop != "deadline", target=drop != "funding_target"),
    ]  # fmt: skip
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
    fin = [] if drop == "financial_statements" else prose_financials(st, rng, t)
    cats = rng.sample(W.UOF_CATEGORIES, rng.randint(2, 6))
    lines = split_funds(t.target, cats, rng, defect == "use_of_funds_sum_mismatch")
    uses = excess.uses(lines, t, st, truth, rng, defect=defect, drop=drop)
    market = [
        Heading(text=rng.choice(["Market", "The opportunity", "Market and competition"]), level=2),
        Para(text=prose.market_size(rng, c.sector, c.currency)),
        Para(text=prose.previous_round(rng, c.currency, t.doc_date.year - 2, t.pre_money)),
    ]
    if rng.random() < 0.5:
        market.append(Para(text=prose.competitor_valuation(rng, c.currency)))
    team = [] if drop == "management" else about.team_blocks(c, truth, rng)
    secs = [about_sec, team, fin, uses, market]
    rng.shuffle(secs)
    blocks += [b for s in secs for b in s]
    if defect != "missing_risk_factors":
        blocks += about.risk_section(truth, rng)
    eng = Engine(fonts, spec)
    pages = eng.render(blocks, path)
    truth.add(*eng.facts)
    return truth.record(pages, layout)


def prose_financials(st: M.Style, rng: random.Random, t: Terms) -> list[Block]:
    """Last year's results in prose (any year end before the document), maybe a forecast."""
    fye = rng.choice(FYE)
    fy = last_closed_fy(t.doc_date, fye)
    rev = rng.choice([1.8e5, 3.2e5, 7.5e5, 1.25e6, 2.4e6]) * rng.choice([1, 1.1, 0.9])
    rev = round(rev, -3)
    prev_rev = round(rev / rng.uniform(1.2, 2.2), -3)
    loss = -round(rev * rng.uniform(0.1, 0.6), -3) if rng.random() < 0.5 else None
    last = history.Past(fy, dt.date(fy, *fye), rev, loss)
    prev = history.Past(fy - 1, dt.date(fy - 1, *fye), prev_rev)
    text, facts = history.paragraph(last, prev if rng.random() < 0.6 else None, st, rng)
    if rng.random() < 0.4:
        more, proj = history.outlook(last, st, rng)
        text += " " + more
        facts += proj
    return [
        Heading(
            text=rng.choice(
                ["Financials", "Financial summary", "Trading to date", "Performance so far"]
            ),
            level=2,
        ),
        Para(text=text, facts=facts, keep=True),
    ]
