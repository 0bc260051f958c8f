"""One address read into a place: `Unit 33, 166 Grand Canal Quay, Galway H91 E2K3, Ireland`.

An address is read from its end: the country, then a region (a name, `Zhejiang Province`, or
a postal code with its ZIP: `OR 97214`), then the city, then nothing more (streets and units
stand before the city). The city is a city the gazetteer knows in that country and region, or
a name shaped like a city next to a postcode (`04109 Leipzig`). A postcode's shape names its
country where it can (UK `CB2 1TN`, Irish Eircode `V94 T9PX`, Dutch `1016 DK`, Canadian
`M5V 2T6`). Chinese addresses: `zh_addresses`.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors import patterns
from extractors.address_parts import address_parts, split_postcode
from extractors.gazetteer import (
    City,
    cities_named,
    country_code,
    place_key,
    province_region,
    regions_named,
)

MAX_CITY_WORDS = 4
MAX_REGION_WORDS = 3  # "New South Wales"
MAX_PROVINCE_CODE = 2  # Italian `RM`, Spanish `B`
NOT_CITY_WORDS = frozenset(
    {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive", "way"}
    | {"suite", "floor", "fl", "building", "rue", "straße", "strasse", "str", "platz", "the"}
    | {"unit", "square", "quay", "park", "house", "centre", "center", "tower", "plaza", "box"}
    | {"inc", "llc", "ltd", "limited", "gmbh", "ag", "corp", "corporation", "company", "co"}
    | {"plc", "sa", "sas", "bv", "nv", "pte", "pty", "kg", "ug", "and", "&"}
    | {"district", "borough", "ward", "zone", "area", "estate", "township", "county"}
)  # words of street addresses, districts and company names, never of a city
SAINT_WORDS = frozenset({"st", "ste", "mt", "ft"})  # St. Paul, Ste-Foy, Mt. Vernon, Ft. Worth
CITY_CONNECTORS = frozenset(
    {"am", "an", "der", "upon", "on", "sur", "de", "la", "le", "del", "di", "en", "aan", "den"}
    | {"im", "bei", "sous", "les", "da", "do", "dos", "das"}
)


@dataclass(frozen=True, slots=True)
class Place:
    """A place as ISO 3166-1 alpha-2 country, English region name and city, each optional."""

    country: str | None
    region: str | None
    city: str | None


@dataclass(slots=True)
class _Reading:
    """What an address has told so far, read from its end."""

    country: str | None = None
    region: str | None = None
    postcode_country: str | None = None
    postcode: bool = False
    explicit: bool = False  # a country or region printed, not looked up from the city
    country_name: str = ""  # as printed: "Hong Kong" is also the city of a street address


def read_address(text: str, *, explicit: bool = False) -> Place | None:
    """The place an address or place phrase names; with `explicit`, only when it prints a
    country or region (a free `City, Country` chain, not a lone name)."""
    segments = address_parts(text)
    reading = _Reading()
    for index in range(len(segments) - 1, -1, -1):
        name, postcode_country, has_postcode, leading = split_postcode(segments[index])
        reading.postcode_country = reading.postcode_country or postcode_country
        reading.postcode = reading.postcode or has_postcode
        if not name:
            continue
        if _read_country(reading, name, has_postcode, segments[:index]):
            continue
        name = _read_trailing_region(reading, name)
        if not leading and _read_region(reading, name, segments[:index]):
            continue
        city = _city(_without_city_word(name), reading, free=explicit)
        if city is not None:
            if explicit and not (reading.explicit or reading.postcode):
                return None
            return city
        return _without_city(reading, name) if index < len(segments) - 1 else None
    if explicit and not reading.explicit:
        return None
    country = reading.country or reading.postcode_country
    return Place(country, reading.region, None) if country or reading.region else None


def _without_city(reading: _Reading, street: str) -> Place | None:
    """An address whose city slot holds a street (`212 Hennessy Road, Hong Kong`): the country,
    which may name its city too. Anything else there (an unknown name, prose) leaves no place:
    "based in Germany and France" is no address."""
    words = street.split()
    if not (any(char.isdigit() for char in street) or patterns.STREET_SUFFIX.search(words[-1])):
        return None
    country = reading.country or reading.postcode_country
    cities = [city for city in cities_named(reading.country_name) if city.country == country]
    city = cities[0].name if cities and not reading.region else None
    return Place(country, reading.region, city) if country or reading.region else None


def _read_country(reading: _Reading, name: str, has_postcode: bool, left: list[str]) -> bool:
    if reading.country or reading.region or has_postcode:
        return False
    code = country_code(name)
    if code is None or _region_before(name, left):
        return False
    # Scotland: a country's name and a region of the UK (a listed region, not any subdivision).
    region = next((r for r in regions_named(name) if r.listed and r.country == code), None)
    reading.country, reading.explicit, reading.country_name = code, True, name
    reading.region = region.name if region else None
    return True


def _region_before(name: str, left: list[str]) -> bool:
    """`Atlanta, Georgia`, `Wilmington, DE`: a region after one of its cities, not a country."""
    if not left:
        return False
    city = split_postcode(left[-1])[0]
    cities = cities_named(city)
    return _province(city, name, None) is not None or any(
        region.listed and any(city.country == region.country for city in cities)
        for region in regions_named(name)
    )


def _read_region(reading: _Reading, name: str, left: list[str]) -> bool:
    """A region at this place of the address; a name that is also a city is the region only
    when a city stands before it (`Seattle, Washington`), else the city (`Berlin, Germany`)."""
    if reading.region is not None:
        return False
    found = region_of(name, reading.country)
    if found is None and left:  # `40121 Bologna, BO, Italy`
        found = _province(split_postcode(left[-1])[0], name, reading.country)
    if found is None:
        return False
    if _city_in(name, found[0]) and not (left and _city_shaped(left[-1])):
        return False
    reading.country, reading.region, reading.explicit = found[0], found[1], True
    return True


def _read_trailing_region(reading: _Reading, name: str) -> str:
    """The region after the city without a comma, the city left: a postal code (`Sydney NSW`,
    `Austin TX`), a province's code (`Rome RM`, `Bologna (BO)`) or a name after a city of that
    region (`Chicago Illinois 60637`)."""
    words = name.split()
    if reading.region is not None:
        return name
    for size in range(min(MAX_REGION_WORDS, len(words) - 1), 0, -1):
        city = " ".join(words[:-size])
        found = _trailing_region(city, " ".join(words[-size:]).strip("()"), reading)
        if found is not None:
            reading.country, reading.region, reading.explicit = found[0], found[1], True
            return city
    return name


def _trailing_region(city: str, tail: str, reading: _Reading) -> tuple[str, str] | None:
    """(country, region) the last words of a city's part name, if they name one there."""
    country = reading.country or reading.postcode_country
    if tail.isupper():  # a code: the region's postal code, or a province's
        return region_of(tail, country) or _province(city, tail, country)
    found = region_of(tail, country)
    if found is None or _not_city(city):
        return None
    # A name is a region only after a city of it ("Chicago Illinois", not "Georgia Tech").
    known = any(c.country == found[0] and c.region in (None, found[1]) for c in cities_named(city))
    return found if known or (reading.postcode and _looks_like_city(city)) else None


def _province(city: str, code: str, country: str | None) -> tuple[str, str] | None:
    """(country, region) of a province's code after its city: `Rome RM`, `Bologna (BO)`; the
    country, if not printed, is the city's."""
    if not (code.isalpha() and code.isupper() and len(code) <= MAX_PROVINCE_CODE):
        return None
    countries = [country] if country else [c.country for c in cities_named(city)]
    found = next(filter(None, (province_region(place, code) for place in countries)), None)
    return (found.country, found.name) if found else None


def region_of(name: str, country: str | None) -> tuple[str, str] | None:
    """(country, English region name) for a region's name, alias or postal code; regions of
    countries `data/regions.json` does not list count only with their country."""
    key = patterns.REGION_AFFIXES.sub("", place_key(name))
    for regions in (regions_named(name), regions_named(key) if key else []):
        for region in regions:
            if country in (None, region.country) and (region.listed or country is not None):
                return region.country, region.name
    return None


def _city_in(name: str, country: str) -> bool:
    return any(city.country == country for city in cities_named(name))


def _city_shaped(segment: str) -> bool:
    name = split_postcode(segment)[0]
    return _looks_like_city(name) or bool(cities_named(name) and not _not_city(name))


def _not_city(name: str) -> bool:
    """A name with a street's, a district's or a company's word: `Haidian District`; a first
    `St.` is a saint's (`St. Paul`), not a street's, a first `The` a city's (`The Hague`)."""
    words = [word.strip(".,").casefold() for word in name.split()]
    if words and (words[0] in SAINT_WORDS or words[0] == "the"):
        words = words[1:]  # "The Hague"
    return any(word in NOT_CITY_WORDS for word in words)


def _city(name: str, reading: _Reading, *, free: bool) -> Place | None:
    """The city at this place of the address: one the gazetteer knows there, or a name shaped
    like a city next to a postcode, or (in an address after a cue, not in free text where
    "Maria Garcia, Texas" is a person) before a region: "Corning, NY"."""
    country = reading.country or reading.postcode_country
    known = [
        city
        for city in ([] if _not_city(name) else cities_named(name))
        if country in (None, city.country)
        and reading.region in (None, city.region or reading.region)
    ]
    if known:
        # A city alone gets its country in `with_country`, where the registration's country
        # may pick among cities of one name.
        region = reading.region or (known[0].region if country else None)
        return Place(country, region, _as_written(name, known[0]))
    placed = reading.postcode or (reading.region is not None and not free)
    if placed and country and _looks_like_city(name):
        return Place(country, reading.region, name.title() if name.isupper() else name)
    return None


def _without_city_word(name: str) -> str:
    """`Beijing City` -> `Beijing`, where the gazetteer names that city without the word
    ("Mexico City", "Salt Lake City" are names whole)."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() != "city":
        return name
    head = " ".join(words[:-1])
    cities = cities_named(name) or cities_named(head)
    return head if cities and place_key(cities[0].name) == place_key(head) else name


def _as_written(name: str, city: City) -> str:
    """The city as the text writes it; the gazetteer's English name for CJK and initials."""
    if patterns.CJK.search(name) or not any(char.islower() for char in name):
        return city.name
    return " ".join(name.split())


def _looks_like_city(name: str) -> bool:
    words = name.split()
    return (
        0 < len(words) <= MAX_CITY_WORDS
        and words[0][:1].isupper()
        and not any(char.isdigit() for char in name)
        and all(word[:1].isupper() or word in CITY_CONNECTORS for word in words)
        and not _not_city(name)
        and not patterns.STREET_SUFFIX.search(words[-1])
    )


def with_country(place: Place, *, hint: str | None = None) -> Place | None:
    """A place whose city the gazetteer knows, with that city's country and region filled in;
    among cities of one name, the one in the `hint` country, else the most populous."""
    if place.city is None or (place.country and place.region):
        return place
    cities = [
        city
        for city in cities_named(place.city)
        if place.country in (None, city.country) and place.region in (None, city.region)
    ]
    if not cities:
        return place
    city = min(cities, key=lambda city: (city.country != hint, -city.population))
    return Place(place.country or city.country, place.region or city.region, place.city)
