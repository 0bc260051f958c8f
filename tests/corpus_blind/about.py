"""English blocks about the issuer: company facts, the team, and the risk section."""

from __future__ import annotations

import random

from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.companies import name_line, reg_label
from tests.corpus_blind.layout import KV, Block, Bullets, Heading, Para, Table
from tests.corpus_blind.model import Company, Truth, figure
from tests.corpus_blind.team import team_blocks  # noqa: F401 - re-exported

NAME_LABELS = ["Company name", "Legal name", "Issuer", "Name of the company", "Registered name",
               "Legal entity", "Company"]  # fmt: skip
ADDRESS_LABELS = ["Registered office", "Address", "Head office", "Principal place of business",
                  "Registered address", "Business address", "Seat"]  # fmt: skip
EMPLOYEE_LABELS = ["Employees", "Number of employees", "Headcount", "Staff", "Employees (FTE)",
                   "Team size", "Full-time staff"]  # fmt: skip


def company_facts(
    c: Company,
    truth: Truth,
    rng: random.Random,
    *,
    form: str | None = None,
    employees: bool = True,
    dstyle: str = "dmy",
) -> list[Block]:
    """Name, registration number, address, founding and headcount: a list, a table, a
    letterhead line with the id beside the name, or prose; sometimes a later year or a
    hiring plan that is neither the founding year nor the headcount."""
    form = form or rng.choice(["kv", "kv", "table", "letterhead", "prose", "prose"])
    facts = [figure("employees", c.employees, None)] if employees else []
    keys = ["company_name", "registration_id", "country", "city", "region", "founded_year"]
    truth.printed(c, *keys, *(["employees"] if employees else []))
    if form == "prose":
        blocks: list[Block] = [Para(text=_prose(c, rng, employees, dstyle), facts=facts, keep=True)]
    elif form == "letterhead":
        text = W.founded_clause("The company", c.founded.year, M.date_en(c.founded, dstyle), rng)
        text += ". " + (W.employees_phrase(c.employees, rng) if employees else "")
        blocks = [
            Para(text=name_line(c, rng), bold=True, with_next=True),
            Para(text=", ".join(c.address), with_next=True),
            Para(text=text.strip(), facts=facts, keep=True),
        ]
    else:
        pairs = _pairs(c, rng, employees, dstyle)
        if form == "table":
            blocks = [
                Table(
                    rows=[list(p) for p in pairs],
                    header_rows=0,
                    widths=[0.35, 0.65],
                    align=["l", "l"],
                    rule=rng.choice(["grid", "lines"]),
                    facts=facts,
                )
            ]
        else:
            style = rng.choice(["aligned", "aligned", "colon"])
            blocks = [KV(pairs=pairs, style=style, facts=facts)]
    extra = []
    if rng.random() < 0.3:
        extra.append(W.later_year_distractor(c.founded.year, rng))
    if employees and rng.random() < 0.3:
        extra.append(W.headcount_distractor(c.employees, rng))
    if extra:
        blocks.append(Para(text=" ".join(extra)))
    return blocks


def _prose(c: Company, rng: random.Random, employees: bool, dstyle: str) -> str:
    one_line = ", ".join(c.address)
    day = M.date_en(c.founded, dstyle)
    label = reg_label(c, rng)
    pick = rng.randrange(4)
    if pick == 0:
        subject = f"{c.name} ({label} {c.reg_id})"
        text = f"{W.founded_clause(subject, c.founded.year, day, rng)}; it is based at {one_line}."
    elif pick == 1:
        office = f"{W.founded_clause(c.name, c.founded.year, day, rng)}. Its registered office is"
        if label.lower().startswith("registered"):  # 'Registered in England and Wales No.'
            text = f"{office} {one_line}; {label} {c.reg_id}."
        else:
            text = f"{office} {one_line} and its {label} is {c.reg_id}."
    elif pick == 2:
        seat = "seat" if c.country not in ("GB", "US", "IE", "CN") else "registered office"
        if label.lower().startswith("registered"):
            head = f"{c.name} ({label} {c.reg_id}) has its {seat} at {one_line}."
        else:
            head = f"{c.name} is registered under {label} {c.reg_id} with its {seat} at {one_line}."
        text = f"{head} {W.founded_clause('The business', c.founded.year, day, rng)}."
    else:
        text = (
            f"{W.founded_clause(c.name, c.founded.year, day, rng)}. Our headquarters are at "
            f"{one_line}. {label}: {c.reg_id}."
        )
    return text + (" " + W.employees_phrase(c.employees, rng) if employees else "")


def _pairs(c: Company, rng: random.Random, employees: bool, dstyle: str) -> list[tuple[str, str]]:
    sep = "\n" if rng.random() < 0.7 else ", "
    day = M.date_en(c.founded, dstyle)
    year = str(c.founded.year)
    founded = rng.choice(
        [("Founded", year), ("Incorporated", day), ("Date of incorporation", day),
         ("Established", year), ("Year founded", year), ("Incorporation date", day),
         ("In business since", year), ("Founding year", year)]
    )  # fmt: skip
    pairs = [
        (rng.choice(NAME_LABELS), c.name),
        (rng.choice(ADDRESS_LABELS), sep.join(c.address)),
        (reg_label(c, rng), c.reg_id or ""),
        founded,
    ]
    if employees:
        pairs.append((rng.choice(EMPLOYEE_LABELS), str(c.employees)))
    if rng.random() < 0.5:
        pairs.append(("Website", f"www.{c.name.split()[0].lower()}.com"))
    rng.shuffle(pairs)
    return pairs


def risk_section(truth: Truth, rng: random.Random, heading: str | None = None) -> list[Block]:
    truth.has_risk = True
    picks = rng.sample(W.RISKS, rng.randint(3, 6))
    h = Heading(text=heading or rng.choice(W.RISK_HEADINGS), level=rng.choice([1, 2]))
    if rng.random() < 0.5:
        return [h, Bullets(items=[f"{t}: {body}" for t, body in picks], keep=False)]
    out: list[Block] = [h]
    for title, body in picks:
        out.append(Para(text=title, bold=True, keep=True))
        out.append(Para(text=body))
    return out
