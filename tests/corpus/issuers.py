"""The facts behind a document: who the issuer is, what it offers and what its accounts say.

Everything is drawn from a `random.Random`, so a seed fixes a document. Money is in full units.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.corpus import names, places, registry
from tests.corpus.phrases import ROLE_TITLES

INVALID_ID_SHARE = 0.2
CURRENCY_SCALE = {"USD": 1, "EUR": 1, "GBP": 1, "CNY": 7, "HKD": 8, "INR": 80}
TARGETS = (150_000, 200_000, 250_000, 300_000, 400_000, 500_000, 750_000, 1_000_000, 1_200_000)
TARGETS_LARGE = (1_500_000, 2_000_000, 2_500_000)
# Equity shares whose pre-money multiple (100 - p) / p is a round number.
EQUITY_PCTS = (5.0, 8.0, 10.0, 10.0, 12.5, 20.0, 25.0)
OVERFUNDING_MULTIPLES = (1.5, 2.0, 2.5)
SHARE_PRICES = {
    "USD": (0.5, 1.0, 1.2, 1.5, 2.5, 4.75, 10.0),
    "EUR": (0.85, 1.0, 1.25, 2.0, 5.0),
    "GBP": (0.25, 0.5, 1.1, 2.4),
    "CNY": (1.0, 2.5, 5.0, 8.8),
    "HKD": (1.0, 3.2, 5.0),
    "INR": (10.0, 25.0, 100.0),
}
MINIMUM_INVESTMENTS = {
    "USD": (10, 100, 250, 500, 1000),
    "EUR": (100, 250, 500),
    "GBP": (10, 50, 100, 250),
    "CNY": (1000, 5000, 10000),
    "HKD": (1000, 5000),
    "INR": (10000, 25000),
}
FUNDS_CATEGORIES = (
    "Product development",
    "Marketing",
    "Working capital",
    "Hiring",
    "Research and development",
    "Equipment",
    "Inventory",
    "Sales expansion",
    "Legal and compliance",
    "Platform fees",
    "Manufacturing tooling",
)
FIRST_ROLES = (("founder", "ceo"), ("ceo",), ("president", "ceo"), ("founder", "ceo"))
SECOND_ROLES = (("co_founder", "cto"), ("cto",), ("co_founder", "coo"), ("coo",))
OTHER_ROLES = (("cfo",), ("chair",), ("director",), ("secretary",), ("cfo",), ("officer",))
DOMAIN_ENDINGS = {"US": ".com", "GB": ".co.uk", "CN": ".cn", "DE": ".de", "FR": ".fr"}


@dataclass(frozen=True)
class Member:
    """A person on the team with the roles their printed title carries."""

    name: str
    roles: tuple[str, ...]
    title: str


@dataclass(frozen=True)
class Issuer:
    """The company a document discloses."""

    name: str
    short_name: str
    country: places.Country
    city: places.City
    sector: names.Sector
    registration: registry.Registration | None
    founded: dt.date
    employees: int
    team: tuple[Member, ...]
    phone: str
    street: str
    website: str
    culture: str

    @property
    def currency(self) -> str:
        return self.country.currency


@dataclass(frozen=True)
class Terms:
    """Offering terms; money in full units of `currency`; None where the document states none."""

    currency: str
    funding_target: float | None
    maximum_target: float | None
    equity_pct: float | None
    pre_money: float | None
    price_per_share: float | None
    minimum_investment: float | None
    deadline: dt.date | None


@dataclass(frozen=True)
class FundsItem:
    """One use-of-proceeds line."""

    category: str
    amount: float
    pct: float


def person_name(rng: random.Random, culture: str) -> str:
    """A full name in the naming order of its culture (family name first for Chinese)."""
    first = rng.choice(names.FIRST_NAMES[culture])
    last = rng.choice(names.LAST_NAMES[culture])
    return f"{last} {first}" if culture == "cn" else f"{first} {last}"


def make_team(rng: random.Random, culture: str, *, size: int) -> tuple[Member, ...]:
    """A team of `size` people with distinct names; the first leads the company."""
    role_sets = [rng.choice(FIRST_ROLES), rng.choice(SECOND_ROLES)]
    role_sets += rng.sample(sorted(set(OTHER_ROLES)), k=max(0, size - 2))
    people: list[Member] = []
    used: set[str] = set()
    for roles in role_sets[:size]:
        name = person_name(rng, rng.choice(names.TEAM_CULTURES[culture]))
        while name in used:
            name = person_name(rng, rng.choice(names.TEAM_CULTURES[culture]))
        used.add(name)
        people.append(Member(name, roles, rng.choice(ROLE_TITLES[roles])))
    return tuple(people)


CN_COMPANY_KINDS = ("Technology", "Intelligent Technology", "Industrial", "New Energy Technology")


def _company_name(
    rng: random.Random, country: places.Country, city: places.City, word: str, sector: names.Sector
) -> str:
    suffix = rng.choice(country.suffixes)
    if country.name_culture == "cn":
        return f"{city.name} {word} {rng.choice(CN_COMPANY_KINDS)} {suffix}"
    return f"{word} {sector.name_word} {suffix}"


def _registration(
    rng: random.Random, country: places.Country, city: places.City, *, valid: bool
) -> registry.Registration | None:
    kind = country.registration_kind
    if kind == "us_ein":
        return registry.ein(rng, valid=valid)
    if kind == "cn_uscc":
        return registry.uscc(rng, valid=valid, division=city.division)
    if kind == "eu_vat":
        return registry.eu_vat(rng, country=country.code, valid=valid)
    if kind == "uk_crn":
        return registry.uk_crn(rng, scottish=city.region == "Scotland")
    return None


PHONE_FIELDS = {"n1": 1, "n2": 2, "n2b": 2, "n2c": 2, "n2d": 2, "n3": 3, "n4": 4, "n4b": 4}


def _phone(rng: random.Random, pattern: str, area: str) -> str:
    digits = {key: str(rng.randrange(10 ** (n - 1), 10**n)) for key, n in PHONE_FIELDS.items()}
    return pattern.format(area=area, **digits)


def make_issuer(
    rng: random.Random,
    *,
    word: str,
    country_code: str | None = None,
    valid_id: bool | None = None,
    sector_key: str | None = None,
) -> Issuer:
    """An issuer named after `word`, in a weighted random country unless one is given.

    Chinese issuers get a pinyin brand unless `word` already is one.
    """
    weights = places.COUNTRY_WEIGHTS
    code = country_code or rng.choices(list(weights), weights=list(weights.values()))[0]
    country = places.COUNTRIES[code]
    city = rng.choice(country.cities)
    sector = rng.choice(names.SECTORS)
    if sector_key:
        sector = next(s for s in names.SECTORS if s.key == sector_key)
    if country.name_culture == "cn" and word not in names.PINYIN_WORDS:
        word = rng.choice(list(names.PINYIN_WORDS))
    name = _company_name(rng, country, city, word, sector)
    valid = rng.random() >= INVALID_ID_SHARE if valid_id is None else valid_id
    founded = dt.date(rng.randrange(2012, 2022), rng.randrange(1, 13), rng.randrange(1, 29))
    street = f"{rng.randrange(2, 240)} {rng.choice(places.STREETS[country.name_culture])}"
    domain = f"{word.lower()}{sector.name_word.lower()}{DOMAIN_ENDINGS.get(code, '.com')}"
    return Issuer(
        name=name,
        short_name=word,
        country=country,
        city=city,
        sector=sector,
        registration=_registration(rng, country, city, valid=valid),
        founded=founded,
        employees=rng.choice((4, 7, 9, 12, 14, 18, 23, 31, 38, 45, 62, 85, 140)),
        team=make_team(rng, country.name_culture, size=rng.randrange(2, 6)),
        phone=_phone(rng, country.phone, city.area),
        street=street,
        website=f"www.{domain}",
        culture=country.name_culture,
    )


def _deadline(rng: random.Random, document_date: dt.date) -> dt.date:
    # Day 13-28 keeps numeric day-first dates (31/03/2025) unambiguous.
    later = document_date + dt.timedelta(days=rng.randrange(30, 120))
    return later.replace(day=rng.randrange(13, 29))


def make_terms(rng: random.Random, currency: str, document_date: dt.date) -> Terms:
    """Offering terms, consistent with each other (pre-money = target x (100 - p) / p)."""
    scale = CURRENCY_SCALE[currency]
    target = float(rng.choice(TARGETS + TARGETS_LARGE if rng.random() < 0.3 else TARGETS) * scale)
    equity = rng.choice(EQUITY_PCTS) if rng.random() < 0.85 else None
    pre_money = target * (100 - equity) / equity if equity and rng.random() < 0.7 else None
    return Terms(
        currency=currency,
        funding_target=target,
        maximum_target=target * rng.choice(OVERFUNDING_MULTIPLES) if rng.random() < 0.5 else None,
        equity_pct=equity,
        pre_money=pre_money,
        price_per_share=rng.choice(SHARE_PRICES[currency]) if rng.random() < 0.55 else None,
        minimum_investment=float(rng.choice(MINIMUM_INVESTMENTS[currency]))
        if rng.random() < 0.75
        else None,
        deadline=_deadline(rng, document_date) if rng.random() < 0.85 else None,
    )


def split_percentages(rng: random.Random, parts: int) -> list[float]:
    """`parts` multiples of 5 that add up to 100, largest first."""
    cuts = sorted(rng.sample(range(1, 20), parts - 1))
    shares = [b - a for a, b in zip([0, *cuts], [*cuts, 20], strict=True)]
    return sorted((5.0 * s for s in shares), reverse=True)


def make_funds(rng: random.Random, target: float) -> list[FundsItem]:
    """Three to five use-of-proceeds lines adding up to `target`."""
    pcts = split_percentages(rng, rng.randrange(3, 6))
    categories = rng.sample(FUNDS_CATEGORIES, k=len(pcts))
    return [FundsItem(c, target * p / 100, p) for c, p in zip(categories, pcts, strict=True)]


def document_date(rng: random.Random) -> dt.date:
    """A plausible date for a document's cover."""
    return dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 540))
