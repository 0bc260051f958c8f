"""English blocks about the issuer: company facts, the team, and the risk section."""

from __future__ import annotations

import random

from tests.corpus_blind import money as M
from tests.corpus_blind import wording as W
from tests.corpus_blind.companies import reg_label
from tests.corpus_blind.layout import KV, Block, Bullets, Heading, Para, Table
from tests.corpus_blind.model import Company, Truth, figure


def company_facts(
    c: Company,
    truth: Truth,
    rng: random.Random,
    *,
    form: str | None = None,
    employees: bool = True,
    dstyle: str = "dmy",
) -> list[Block]:
    """Name, registration number, address, founding and headcount as a list or in prose."""
    form = form or rng.choice(["kv", "kv", "prose"])
    facts = [figure("employees", c.employees, None)] if employees else []
    keys = ["company_name", "registration_id", "country", "city", "region", "founded_year"]
    truth.printed(c, *keys, *(["employees"] if employees else []))
    label = reg_label(c, rng)
    if form == "prose":
        one_line = ", ".join(c.address)
        day = M.date_en(c.founded, dstyle)
        if rng.random() < 0.5:
            subject = f"{c.name} ({label} {c.reg_id})"
            text = (
                f"{W.founded_clause(subject, c.founded.year, day, rng)}; it is based at {one_line}."
            )
        else:
            text = (
                f"{W.founded_clause(c.name, c.founded.year, day, rng)}. Its registered office is "
                f"{one_line} and its {label} is {c.reg_id}."
            )
        if employees:
            text += " " + W.employees_phrase(c.employees, rng)
        return [Para(text=text, facts=facts, keep=True)]
    sep = "\n" if rng.random() < 0.7 else ", "
    founded_label, founded_val = rng.choice(
        [
            ("Founded", str(c.founded.year)),
            ("Incorporated", M.date_en(c.founded, dstyle)),
            ("Date of incorporation", M.date_en(c.founded, dstyle)),
            ("Established", str(c.founded.year)),
        ]
    )
    pairs = [
        (rng.choice(["Company name", "Legal name", "Issuer", "Name of the company"]), c.name),
        (
            rng.choice(
                ["Registered office", "Address", "Head office", "Principal place of business"]
            ),
            sep.join(c.address),
        ),
        (label, c.reg_id or ""),
        (founded_label, founded_val),
    ]
    if employees:
        pairs.append(
            (
                rng.choice(["Employees", "Number of employees", "Headcount", "Staff"]),
                str(c.employees),
            )
        )
    if rng.random() < 0.5:
        pairs.append(("Website", f"www.{c.name.split()[0].lower()}.com"))
    rng.shuffle(pairs)
    return [KV(pairs=pairs, style=rng.choice(["aligned", "aligned", "colon"]), facts=facts)]


def team_blocks(
    c: Company,
    truth: Truth,
    rng: random.Random,
    *,
    form: str | None = None,
    heading: str | None = None,
) -> list[Block]:
    """The people: a Name | Role table, 'CTO: Name' lines, 'Name, Title', or biographies."""
    form = form or rng.choice(["table", "colon", "comma", "paren", "bios"])
    for p in c.people:
        truth.person(p)
    h = Heading(
        text=heading
        or rng.choice(
            [
                "Team",
                "Management team",
                "The team",
                "Our people",
                "Directors and officers",
                "Leadership",
            ]
        ),
        level=2,
    )
    if form == "table":
        rows = [["Name", rng.choice(["Role", "Position", "Title"])]]
        rows += [[p.name, p.title] for p in c.people]
        if rng.random() < 0.4:
            rows[0].append("Since")
            for r in rows[1:]:
                r.append(str(rng.randint(c.founded.year, 2024)))
        return [
            h,
            Table(
                rows=rows,
                widths=[0.4, 0.45, 0.15][: len(rows[0])],
                align=["l"] * 3,
                rule=rng.choice(["grid", "lines", "header"]),
                shade=True,
            ),
        ]
    if form == "colon":
        return [h, KV(pairs=[(p.title, p.name) for p in c.people], style="colon", bold_keys=False)]
    if form == "comma":
        return [
            h,
            Bullets(
                items=[f"{p.name}, {p.title}" for p in c.people], marker=rng.choice(["•", "-"])
            ),
        ]
    if form == "paren":
        upper = rng.random() < 0.5
        return [
            h,
            *[
                Para(text=f"{p.name.upper() if upper else p.name} ({p.title})", keep=True)
                for p in c.people
            ],
        ]
    blocks: list[Block] = [h]
    for p in c.people:
        first = p.name.split()[0]
        acronym = any(w.isupper() and len(w) > 1 for w in p.title.split())
        title = p.title if acronym else p.title.lower()
        year = rng.randint(max(c.founded.year, 2010), 2024)
        text = rng.choice(
            [
                f"{p.name} joined as our {title} in {year}. {first} previously spent eight years "
                "in industry roles.",
                f"{p.name} is our {title}. Before this, {first} led a team at a listed competitor.",
                f"{p.name} ({p.title}) brings more than a decade of experience in the sector.",
            ]
        )
        blocks.append(Para(text=text, keep=True))
    return blocks


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
