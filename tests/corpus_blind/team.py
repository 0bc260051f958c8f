"""The people: tables (role first or last, with shareholding or background columns), 'CTO: Name'
lines, 'CHIEF EXECUTIVE — NAME', biographies, name cards, signature blocks, and prose such as
'Our board comprises A (Chair), B and C'. Names may be upper-case or carry a 'Dr' in print;
the truth keeps the plain name."""

from __future__ import annotations

import random

from tests.corpus_blind.layout import KV, Block, Bullets, Heading, Para, Table
from tests.corpus_blind.model import Company, Person, Truth

FORMS = ["table", "table_extra", "table_role_first", "colon", "role_dash", "comma", "paren",
         "bios", "board_prose", "team_prose", "cards"]  # fmt: skip
HEADINGS = ["Team", "Management team", "The team", "Our people", "Directors and officers",
            "Leadership", "Board and management", "Who we are", "Founders and board",
            "Key people", "Management"]  # fmt: skip
BACKGROUND = [
    "ex-McKinsey",
    "former founder",
    "PhD, ETH Zurich",
    "15 years in retail",
    "ex-Google",
    "chartered accountant",
    "serial entrepreneur",
    "former CFO of a fintech",
]
STAKES = [1.2, 3.5, 18.0, 22.0, 27.5, 31.0, 36.0, 42.0]  # never an offer's equity percentage


def team_blocks(
    c: Company,
    truth: Truth,
    rng: random.Random,
    *,
    form: str | None = None,
    heading: str | None = None,
) -> list[Block]:
    form = form or rng.choice(FORMS + (["signature"] if c.country == "US" else []))
    for p in c.people:
        truth.person(p)
    h = Heading(text=heading or rng.choice(HEADINGS), level=2)
    return [h, *_body(form, c, rng)]


def shown(p: Person, rng: random.Random, upper: bool = False, dr: bool = True) -> str:
    """The name as printed: sometimes 'Dr Name', sometimes upper-case."""
    name = p.name.upper() if upper else p.name
    if dr and " " in p.name and rng.random() < 0.08:
        name = f"{rng.choice(['Dr', 'Dr.'])} {name}"
    return name


def in_text(title: str) -> str:
    """A title inside a sentence: 'chief executive officer', but 'CEO' and 'Co-founder & CTO'."""
    acronym = any(w.isupper() and len(w) > 1 for w in title.split())
    return title if acronym else title.lower()


def bare(title: str) -> str:
    """A title to put in brackets: 'Chief Executive Officer (CEO)' -> 'Chief Executive Officer'."""
    return title.split(" (")[0] if title.endswith(")") else title


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" and {items[-1]}"


def _body(form: str, c: Company, rng: random.Random) -> list[Block]:
    people = c.people
    upper = rng.random() < 0.3
    if form in ("table", "table_extra", "table_role_first"):
        return [_table(form, c, rng, upper)]
    if form == "colon":
        return [KV(pairs=[(p.title, shown(p, rng)) for p in people], style="colon",
                   bold_keys=False)]  # fmt: skip
    if form == "role_dash":
        dash = rng.choice([" — ", " – ", " | ", ": "])
        items = [f"{p.title.upper() if upper else p.title}{dash}{shown(p, rng, upper)}"
                 for p in people]  # fmt: skip
        return [Bullets(items=items, marker="")]
    if form == "comma":
        items = [f"{shown(p, rng)}, {p.title}" for p in people]
        return [Bullets(items=items, marker=rng.choice(["•", "-"]))]
    if form == "paren":
        return [Para(text=f"{shown(p, rng, upper)} ({bare(p.title)})", keep=True) for p in people]
    if form == "board_prose":
        return [Para(text=_board_prose(people, rng), keep=True)]
    if form == "team_prose":
        return [Para(text=_team_prose(people, rng), keep=True)]
    if form == "cards":
        out: list[Block] = []
        for p in people:
            out.append(Para(text=shown(p, rng, upper), bold=True, with_next=True))
            out.append(Para(text=p.title, italic=True, keep=True))
        return out
    if form == "signature":
        out = [Para(text="Pursuant to the requirements of Regulation Crowdfunding, the issuer has "
                         "duly caused this Form to be signed by the undersigned.")]  # fmt: skip
        for p in people:
            out.append(KV(pairs=[("By", f"/s/ {p.name}"), ("Name", p.name), ("Title", p.title)],
                          style="colon", bold_keys=False))  # fmt: skip
        return out
    return [_bio(p, c, rng) for p in people]


def _table(form: str, c: Company, rng: random.Random, upper: bool) -> Table:
    role = rng.choice(["Role", "Position", "Title", "Function"])
    if form == "table_role_first":
        rows = [[role, "Name"], *[[p.title, shown(p, rng, upper, dr=False)] for p in c.people]]
        return Table(rows=rows, widths=[0.45, 0.55], align=["l", "l"], shade=True,
                     rule=rng.choice(["grid", "lines", "header"]))  # fmt: skip
    rows = [["Name", role], *[[shown(p, rng, upper, dr=False), p.title] for p in c.people]]
    extras = []
    if form == "table_extra":
        extras = rng.sample(
            ["Shareholding", "Background", "Since", "Nationality"], rng.randint(1, 2)
        )
    elif rng.random() < 0.4:
        extras = ["Since"]
    for col in extras:
        rows[0].append(col)
        for r, p in zip(rows[1:], c.people, strict=True):
            r.append(_extra(col, p, c, rng))
    widths = [0.32, 0.34] + [0.34 / len(extras)] * len(extras) if extras else [0.45, 0.55]
    return Table(rows=rows, widths=widths, align=["l"] * len(rows[0]), shade=True,
                 rule=rng.choice(["grid", "lines", "header"]))  # fmt: skip


def _extra(col: str, p: Person, c: Company, rng: random.Random) -> str:
    if col == "Shareholding":
        return f"{rng.choice(STAKES)}%" if rng.random() < 0.8 else "–"
    if col == "Background":
        return rng.choice(BACKGROUND)
    if col == "Since":
        return str(rng.randint(c.founded.year, 2024))
    return rng.choice(["German", "Irish", "British", "French", "Italian", "Dutch", "US"])


def _board_prose(people: list[Person], rng: random.Random) -> str:
    board = [p for p in people if set(p.roles) <= {"director"} or "chair" in p.roles]
    rest = [p for p in people if p not in board]
    if not board:
        return _team_prose(people, rng)
    named = [shown(p, rng) + ("" if p.roles == ("director",) else f" ({bare(p.title)})")
             for p in board]  # fmt: skip
    if len(named) == 1 and "chair" in board[0].roles:
        text = f"The board is chaired by {named[0]}."
    elif len(named) == 1:
        text = rng.choice([f"{named[0]} is the sole director.", f"The board: {named[0]}."])
    else:
        lead = rng.choice(["Our board comprises", "The board consists of", "The directors are"])
        text = f"{lead} {_join(named)}."
    if rest:
        lead = rng.choice(["The management team is", "Day to day, the business is run by",
                           "Management:"])  # fmt: skip
        text += f" {lead} {_join([f'{shown(p, rng)} ({bare(p.title)})' for p in rest])}."
    return text


def _team_prose(people: list[Person], rng: random.Random) -> str:
    first, rest = people[0], people[1:]
    text = f"The company is led by {shown(first, rng)}, its {in_text(first.title)}"
    if not rest:
        return text + "."
    parts = []
    for p in rest:
        serves = f"{shown(p, rng)}, who serves as {in_text(p.title)}"
        parts.append(rng.choice([f"{shown(p, rng)} ({bare(p.title)})", serves]))
    return f"{text}, together with {_join(parts)}."


def _bio(p: Person, c: Company, rng: random.Random) -> Para:
    first = p.name.split()[0]
    title = in_text(p.title)
    year = rng.randint(max(c.founded.year, 2010), 2024)
    name = shown(p, rng)
    text = rng.choice(
        [
            f"{name} joined as our {title} in {year}. {first} previously spent eight years "
            "in industry roles.",
            f"{name} is our {title}. Before this, {first} led a team at a listed competitor.",
            f"{name} ({bare(p.title)}) brings more than a decade of experience in the sector.",
            f"{p.title}: {name}. {first} has worked in the sector since 2009.",
            f"As {title}, {name} is responsible for "
            f"{rng.choice(['strategy', 'product', 'operations', 'finance and reporting'])}.",
        ]
    )
    return Para(text=text, keep=True)
