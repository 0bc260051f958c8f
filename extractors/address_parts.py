"""An address cut into its parts: lines and commas, a wrapped country or postcode joined,
a country run into the city's part split off; and a part's postcode (`split_postcode`)."""

from __future__ import annotations

import re

from extractors import patterns
from extractors.gazetteer import cities_named, country_code, regions_named

MAX_COUNTRY_WORDS = 4  # "People's Republic of China"
LIST_ENDS = (" and", " or", " &", ",")


def address_parts(text: str) -> list[str]:
    """Comma- and line-separated parts. A country or city name, a region's affix or a postcode
    wrapped over two lines is joined ("United" / "States of America", "San" / "Francisco",
    "Zhejiang" / "Province", "Bristol BS1" / "4DJ"); a country after the city without a comma
    is split off ("1012 AB Amsterdam the Netherlands")."""
    segments: list[str] = []
    for line in text.split("\n"):
        parts = [part.strip() for part in line.split(",")]
        if segments and parts and _wrapped(segments[-1], parts[0]):
            segments[-1] = f"{segments[-1]} {parts.pop(0)}"
        segments += parts
    segments = [
        part
        for segment in segments
        for piece in patterns.POSTCODE_CITY_TAIL.split(segment)
        for part in _country_split(piece.strip(" .;"))
    ]
    if segments:
        segments[-1] = _leading_country(segments[-1])
    return segments


def _wrapped(before: str, after: str) -> bool:
    joined = f"{before} {after}"
    if country_code(joined) and not country_code(before):
        return True
    if _bigger_city(joined, before, after):
        return True  # "San" / "Francisco" ("San" is a town in Mali)
    if patterns.REGION_AFFIXES.fullmatch(f" {split_postcode(after)[0].casefold()}"):
        return True  # "Zhejiang" / "Province 310059"
    # A leading space: the postcode may be all of the first part ("D02" / "X285").
    postcode = patterns.POSTCODE_TRAILING.search(f" {joined}")
    return (
        postcode is not None and postcode.start() <= len(before) and bool(_shape_country(postcode))
    )


def _bigger_city(joined: str, *parts: str) -> bool:
    """Whether the joined name is a city more populous than any its parts name."""
    cities = cities_named(joined)
    return bool(cities) and all(
        city.population < cities[0].population for part in parts for city in cities_named(part)
    )


def _country_split(segment: str) -> list[str]:
    """`Utrecht the Netherlands` -> [`Utrecht`, `the Netherlands`]; a whole country stays."""
    words = segment.split()
    if not segment or country_code(segment):
        return [segment] if segment else []
    for size in range(min(MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
        head = " ".join(words[:-size])
        if head.casefold().endswith(LIST_ENDS):
            continue  # "Germany and France": a list of countries, not a city and its country
        if country_code(" ".join(words[-size:])) and any(char.isalpha() for char in head):
            return [head, " ".join(words[-size:])]
    return [segment]


def _leading_country(segment: str) -> str:
    """`United Kingdom Driftwood has been trading`, `USA The`: a country run into the next
    sentence, whose words (or whose first word, when the sentence was cut at a lower-case one)
    are no place's."""
    words = segment.split()
    if country_code(segment):
        return segment
    for end in range(len(words) - 1, 0, -1):
        if not country_code(" ".join(words[:end])):
            continue
        # "Germany and France" is a list of countries, not a country and a sentence.
        if f" {words[end]}".casefold() in LIST_ENDS:
            return segment
        rest = " ".join(words[end:])
        if any(word.islower() for word in words) or _sentence_word(rest):
            return " ".join(words[:end])
    return segment


def _sentence_word(rest: str) -> bool:
    """`The`, `Founded`: a capitalised word of prose, not a place's ("Singapore 018956",
    "Hong Kong Island" keep theirs)."""
    return (
        rest.replace("-", "").isalpha()
        and rest[:1].isupper()
        and not (cities_named(rest) or regions_named(rest) or country_code(rest))
    )


def split_postcode(segment: str) -> tuple[str, str | None, bool, bool]:
    """(name, country the postcode's shape names, has a postcode, postcode leads the name)."""
    alone = patterns.POSTCODE_ALONE.match(segment)
    if alone is not None:
        return "", _shape_country(alone), True, False
    leading = patterns.POSTCODE_LEADING.match(segment)
    if leading is not None:
        return segment[leading.end() :].strip(), _shape_country(leading), True, True
    trailing = patterns.POSTCODE_TRAILING.search(segment)
    if trailing is not None:
        name = _without_district(segment[: trailing.start()].strip())  # Dublin 2 D02 X285
        return name, _shape_country(trailing), True, False
    name = _without_district(segment)  # Dublin 2
    return name, None, name != segment, False


def _without_district(name: str) -> str:
    """A city without its postal district's number: `Dublin 2` -> `Dublin`."""
    district = patterns.DISTRICT_TRAILING.search(name)
    if district is not None and cities_named(name[: district.start()]):
        return name[: district.start()].strip()
    return name


def _shape_country(match: re.Match[str]) -> str | None:
    return next((name for name in ("GB", "IE", "NL", "CA") if match.groupdict().get(name)), None)
