"""A recipe: every printing choice one document makes, drawn at random or set by hand."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.corpus import money, phrases
from tests.corpus.issuers import Issuer
from tests.corpus.statements import StatementStyle
from tests.corpus.story import BULLETS, RULE_STYLES, Look

TWO_COLUMN_SHARE = 0.35
RISK_SHARE = 0.88
RULES_OR_NONE: tuple[str | None, ...] = (*RULE_STYLES, None, None)
DATE_STYLES_BY_COUNTRY = {
    "US": ("us_long", "iso", "long", "us_long"),
    "FR": ("dots", "long", "slash", "iso"),
    "DE": ("dots", "long", "iso"),
    "NL": ("long", "iso", "dots"),
}


@dataclass(frozen=True)
class Recipe:
    """How one document is laid out and worded; the facts themselves live elsewhere."""

    kind: str
    layout: str = "one_column"
    look: Look = field(default_factory=Look)
    money_styles: tuple[str, ...] = ("symbol",)
    pct_style: str = "pct"
    date_style: str = "long"
    cover_date_style: str = "long"
    cover_page: bool = True
    size: str = "long"
    terms_style: str = "table"
    terms_rules: str | None = "grid"
    funds_style: str = "table"
    funds_rules: str | None = "grid"
    funds_prose: str = "both"
    bullet: str = "dot"
    team_style: str = "comma"
    directors_line: bool = False
    company_sheet: bool = False
    risk: bool = True
    history: str | None = "table"
    summary_repeat: bool = False
    statement: StatementStyle = field(default_factory=StatementStyle)
    years: int = 2
    statements_same_page: bool = False
    year_end_month: int = 12


def pick_look(rng: random.Random, issuer: Issuer) -> Look:
    footer = rng.choice((*phrases.PAGE_FOOTERS, None))
    return Look(
        font=rng.choice(("Helvetica", "Helvetica", "Times-Roman")),
        size=rng.choice((9.5, 10.0, 10.5)),
        page_size="LETTER" if issuer.country.code == "US" else "A4",
        footer=footer,
        header=issuer.name if rng.random() < 0.4 else None,
        short_name=issuer.short_name,
    )


EUROPEAN_SEPARATOR_COUNTRIES = frozenset({"FR", "DE", "NL"})


def pick_statement_style(rng: random.Random, *, large: bool, country: str) -> StatementStyle:
    """Statement habits; continental issuers print full units as 1.234.567 half the time."""
    scales = ("thousands", "thousands", "full", "millions") if large else ("thousands", "full")
    scale = rng.choice(scales)
    european = scale == "full" and country in EUROPEAN_SEPARATOR_COUNTRIES and rng.random() < 0.5
    return StatementStyle(
        rules=rng.choice(RULES_OR_NONE),
        scale=scale,
        negative=rng.choice(("paren", "minus")),
        year_label=rng.choice(phrases.YEAR_LABELS),
        caption_in_table=rng.random() < 0.4,
        note_column=rng.random() < 0.3,
        european=european,
    )


def pick_recipe(rng: random.Random, kind: str, issuer: Issuer, *, variant: str = "") -> Recipe:
    """Random choices for a document of `kind` by `issuer`."""
    two_column = kind in ("business_plan", "offering") and rng.random() < TWO_COLUMN_SHARE
    two_column = two_column or (variant == "brochure" and rng.random() < 0.5)
    date_styles = DATE_STYLES_BY_COUNTRY.get(issuer.country.code, money.DATE_STYLES)
    return Recipe(
        kind=kind,
        layout="two_column" if two_column else "one_column",
        look=pick_look(rng, issuer),
        money_styles=tuple(rng.sample(money.MONEY_STYLES[issuer.currency], k=2)),
        pct_style=rng.choice(money.PERCENT_STYLES),
        date_style=rng.choice(date_styles),
        cover_date_style=rng.choice(date_styles),
        cover_page=variant != "short" and rng.random() < 0.8,
        size="short" if variant == "short" else "long",
        terms_style=rng.choice(("table", "keyvalue", "prose")),
        terms_rules=rng.choice(RULES_OR_NONE),
        funds_style=rng.choice(("table", "table", "prose", "bullets")),
        funds_rules=rng.choice(RULES_OR_NONE),
        funds_prose=rng.choice(("both", "amount", "pct", "mixed")),
        bullet=rng.choice(list(BULLETS)),
        team_style=rng.choice(("comma", "parens", "colon", "prose", "table")),
        directors_line=rng.random() < 0.3,
        company_sheet=rng.random() < 0.3,
        risk=rng.random() < RISK_SHARE,
        history=rng.choice(("table", "prose", None)),
        summary_repeat=rng.random() < 0.3,
        statement=pick_statement_style(rng, large=rng.random() < 0.4, country=issuer.country.code),
        years=rng.choice((2, 2, 3)),
        statements_same_page=rng.random() < 0.4,
        year_end_month=rng.choice((12, 12, 12, 6)),
    )
