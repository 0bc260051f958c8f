"""Countries, regions and cities named in text: `headquartered in Austin, Texas`, `浙江省杭州市`.

Countries come from pycountry plus the aliases in `data/regions.json`; regions (US states,
Chinese provinces, Indian states, Canadian provinces, German Länder, UK nations, Australian
states) and a short list of major cities come from that file. Cities not in the list are
taken from the text's own shape: the name before a region or country (`Lyon, France`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import pycountry

from extractors import patterns

T = TypeVar("T")

DEFAULT_DATA_PATH = Path(__file__).parent / "data" / "regions.json"
DEFAULT_TRIGGER_REACH = 80  # characters before a single name searched for "based in" & co
MAX_CITY_WORDS = 4
CJK_UNKNOWN_CITY_CHARS = 2  # most Chinese city names are two characters: 余姚市 -> 余姚
NOT_CITY_WORDS = frozenset(
    {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive", "way"}
    | {"suite", "floor", "fl", "building", "rue", "straße", "strasse", "str", "platz", "the"}
    | {"inc", "llc", "ltd", "limited", "gmbh", "ag", "corp", "corporation", "company", "co"}
    | {"plc", "sa", "sas", "bv", "nv", "pte", "pty", "kg", "ug"}
)  # words of street addresses and company names, never of a city
REGION_AFFIXES = re.compile(
    r"^(?:state|province|commonwealth)\s+of\s+"
    r"|\s+(?:state|province|prov|autonomous\s+region|region)$"
    r"|(?:省|市|自治区|特别行政区)$"
)


@dataclass(frozen=True, slots=True)
class Place:
    """A place as ISO 3166-1 alpha-2 country, English region name and city, each optional."""

    country: str | None
    region: str | None
    city: str | None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The lookup tables built from `data/regions.json`, keyed by `place_key`."""

    country_aliases: dict[str, str]
    region_codes: dict[str, list[tuple[str, str]]]
    region_names: dict[str, list[tuple[str, str]]]
    cities: dict[str, Place]


def place_key(name: str) -> str:
    """A name as the tables store it: case-folded, without dots or a leading `the`."""
    key = " ".join(name.replace(".", "").replace("’", "'").split()).casefold()
    return key.removeprefix("the ").strip(" ,")


@cache
def gazetteer(path: Path = DEFAULT_DATA_PATH) -> Gazetteer:
    """The place tables, read once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    codes: dict[str, list[tuple[str, str]]] = {}
    names: dict[str, list[tuple[str, str]]] = {}
    for country, regions in data["regions"].items():
        for region in regions:
            entry = (country, region["name"])
            for code in region["codes"]:
                codes.setdefault(code, []).append(entry)
            for name in (region["name"], *region["aliases"]):
                names.setdefault(place_key(name), []).append(entry)
    cities = {
        place_key(name): Place(city["country"], city["region"], city["name"])
        for city in data["cities"]
        for name in (city["name"], *city["aliases"])
    }
    aliases = {place_key(alias): code for alias, code in data["country_aliases"].items()}
    return Gazetteer(aliases, codes, names, cities)


@cache
def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name, alias or upper-case ISO code."""
    key = place_key(name)
    if not key:
        return None
    if key in gazetteer().country_aliases:
        return gazetteer().country_aliases[key]
    stripped = name.strip().rstrip(".,;:")
    if len(stripped) <= 3 and not stripped.isupper():
        return None  # "in", "de", "can" are words before they are codes
    try:
        return str(pycountry.countries.lookup(stripped).alpha_2)
    except LookupError:
        return None


def region_name(name: str, *, country: str | None = None) -> tuple[str, str] | None:
    """(country, English region name) for a state or province name, alias or postal code."""
    stripped = name.strip().strip(",")
    tables = gazetteer()
    candidates = tables.region_codes.get(stripped, [])
    key = place_key(stripped)
    candidates = candidates or tables.region_names.get(key, [])
    if not candidates:
        candidates = tables.region_names.get(REGION_AFFIXES.sub("", key), [])
    return next((entry for entry in candidates if country in (None, entry[0])), None)


def city_place(name: str) -> Place | None:
    """The country, region and English name of a city on the major-cities list."""
    key = place_key(name)
    return gazetteer().cities.get(key) or gazetteer().cities.get(key.removesuffix("市"))


def find_place(text: str) -> Place | None:
    """The most specific place the text states (most fields known; the first on a tie)."""
    candidates = [*_chain_places(text), *_based_places(text), *_cjk_places(text)]
    if not candidates:
        return None
    best = max(candidates, key=lambda item: (_known_fields(item[0]), -item[1]))
    return best[0]


def _known_fields(place: Place) -> int:
    return sum(field is not None for field in (place.country, place.region, place.city))


def _chain_places(text: str) -> list[tuple[Place, int]]:
    found = []
    for match in patterns.PLACE_CHAIN.finditer(text):
        segments = match.group().split(",")
        if len(segments) == 1 and not _after_trigger(text, match.start()):
            continue
        place = place_from_segments(segments)
        if place is not None:
            found.append((place, match.start()))
    return found


def _after_trigger(text: str, start: int) -> bool:
    reach = max(0, start - DEFAULT_TRIGGER_REACH)
    return patterns.PLACE_TRIGGER_BEFORE.search(text, reach, start) is not None


def _based_places(text: str) -> list[tuple[Place, int]]:
    found = []
    for match in patterns.PLACE_BASED.finditer(text):
        name = match["name"]
        # "A London-based firm": the sentence's first word may have been taken along.
        place = place_from_segments([name]) or place_from_segments([name.split()[-1]])
        if place is not None:
            found.append((place, match.start()))
    return found


def place_from_segments(segments: Sequence[str]) -> Place | None:
    """Read `City, Region, Country` from the right; the first unknown name left is the city."""
    country: str | None = None
    region: str | None = None
    for raw in reversed(segments):
        segment = _without_postcode(raw)
        if not segment:
            continue
        if region is None and (found := region_name(segment, country=country)):
            country, region = found
            capital = city_place(segment)  # Berlin, Beijing: region and city at once
            if capital is not None and capital.region == region:
                return Place(country, region, capital.city)
            continue
        if region is None and country is None and (code := country_code(segment)):
            country = code
            continue
        return _with_city(segment, country, region)
    return Place(country, region, None) if country or region else None


def _with_city(segment: str, country: str | None, region: str | None) -> Place | None:
    known = city_place(segment)
    if known is not None and country in (None, known.country) and region in (None, known.region):
        return Place(known.country, region or known.region, known.city)
    if (country or region) and _looks_like_city(segment):
        return Place(country, region, segment.rstrip("."))
    return Place(country, region, None) if country or region else None


def _without_postcode(segment: str) -> str:
    segment = patterns.POSTCODE_LEADING.sub("", segment.strip())
    return patterns.POSTCODE_TRAILING.sub("", segment).strip()


def _looks_like_city(segment: str) -> bool:
    words = segment.rstrip(".").split()
    return (
        0 < len(words) <= MAX_CITY_WORDS
        and not any(char.isdigit() for char in segment)
        and not any(word.strip(".,").casefold() in NOT_CITY_WORDS for word in words)
    )


def _cjk_places(text: str) -> list[tuple[Place, int]]:
    """Chinese addresses: a run of 省/自治区/市 names with nothing between them."""
    found = []
    run: list[re.Match[str]] = []
    for match in patterns.CJK_PLACE.finditer(text):
        if run and match.start() - run[-1].end() > 1:
            found += _cjk_run_place(run)
            run = []
        run.append(match)
    return found + _cjk_run_place(run)


def _cjk_run_place(run: Sequence[re.Match[str]]) -> list[tuple[Place, int]]:
    region: tuple[str, str] | None = None
    for match in run:
        token = match.group()
        if region is None and (region := _by_suffix(token, region_name)) is not None:
            capital = _by_suffix(token, city_place)
            if capital is not None and capital.region == region[1]:
                return [(capital, run[0].start())]
            continue
        known = _by_suffix(token, city_place)
        if known is not None and (region is None or known.region == region[1]):
            return [(known, run[0].start())]
        if region is not None and token.endswith("市"):
            city = token[:-1][-CJK_UNKNOWN_CITY_CHARS:]
            return [(Place(region[0], region[1], city), run[0].start())]
    return [(Place(region[0], region[1], None), run[0].start())] if region else []


def _by_suffix(token: str, lookup: Callable[[str], T | None]) -> T | None:
    """The longest tail of `token` the lookup knows: 位于浙江省 -> 浙江省."""
    return next((hit for i in range(len(token)) if (hit := lookup(token[i:]))), None)
