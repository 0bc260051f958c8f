"""What every section builder needs: the issuer, the document's printing habits and fact makers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from tests.corpus import money
from tests.corpus.issuers import Issuer
from tests.corpus.phrases import ADJECTIVES
from tests.corpus.story import Fact

T = TypeVar("T")


@dataclass
class Context:
    """One document being written: facts about the issuer plus how this document prints things."""

    rng: random.Random
    issuer: Issuer
    money_styles: tuple[str, ...]
    pct_style: str = "pct"
    date_style: str = "long"
    layout: str = "one_column"
    width: float = 480.0
    brief: bool = False
    negative: str = "minus"
    printed_values: set[float] = field(default_factory=set)
    used_sentences: set[str] = field(default_factory=set)
    side_rng: random.Random = field(default_factory=lambda: random.Random(0))

    @property
    def currency(self) -> str:
        return self.issuer.currency

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def aside(self) -> Context:
        """This context drawing from the side stream: what issue 7 added to a document draws
        there, so that everything else prints as it did before."""
        return dataclasses.replace(self, rng=self.side_rng)

    def money(self, value: float, *, alternate: bool = False) -> str:
        """The amount in this document's style; a negative one as `-$250` or `USD (250)`."""
        style = self.money_styles[-1 if alternate else 0]
        if value < 0 and self.negative == "paren":
            # Accounting style, the currency outside: `USD (1,200)`, `EUR (0,85)`.
            return f"{self.currency} ({money.format_bare(-value, self.currency, style)})"
        text = money.format_money(abs(value), self.currency, style)
        return text if value >= 0 else f"-{text}"

    def pct(self, value: float) -> str:
        return money.format_percent(value, self.pct_style)

    def date(self, date: dt.date, *, style: str | None = None) -> str:
        return money.format_date(date, style or self.date_style)

    @property
    def slots(self) -> dict[str, str]:
        """Template fields describing the issuer."""
        issuer, sector = self.issuer, self.issuer.sector
        return {
            "name": issuer.name,
            "short": issuer.short_name,
            "product": sector.product,
            "customers": sector.customers,
            "market": sector.market,
            "market_cap": sector.market[:1].upper() + sector.market[1:],
            "city": issuer.city.name,
            "region": issuer.city.region or "",
            "region_label": _region_label(issuer),
            "country": issuer.country.name,
            "adjective": ADJECTIVES.get(issuer.country.code, ""),
            "street": issuer.street,
        }

    def fill(self, template: str, **extra: str) -> str:
        return template.format(**{**self.slots, **extra})

    def figure(
        self, name: str, value: float, token: str, *, currency: bool = True, year: int | None = None
    ) -> Fact:
        """A key figure; unitless ones (equity %, employees) carry no currency."""
        self.printed_values.add(value)
        data = {
            "name": name,
            "value": float(value),
            "currency": self.currency if currency else None,
            "fiscal_year": year,
        }
        return Fact("figure", data, token)


def _region_label(issuer: Issuer) -> str:
    region = issuer.city.region or ""
    if issuer.country.code == "CN" and region != issuer.city.name:
        return f"{region} {issuer.country.region_word}"
    return region


def funds_fact(
    category: str, amount: float | None, currency: str, pct: float | None, token: str
) -> Fact:
    """A use-of-proceeds line as printed; amount or pct may be absent."""
    data = {
        "category": category,
        "amount": amount,
        "currency": currency if amount is not None else None,
        "pct": pct,
    }
    return Fact("funds", data, token)


def person_facts(name: str, roles: Sequence[str]) -> list[Fact]:
    """One fact per (person, role)."""
    return [Fact("person", {"name": name, "role": role}, name) for role in roles]


def company_fact(**fields: object) -> Fact:
    return Fact("company", dict(fields))
