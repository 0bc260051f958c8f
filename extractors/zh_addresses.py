"""Chinese addresses: province, city and district run together with no separators.

`浙江省杭州市西湖区文三路1号`: a run of 省/自治区/市 names is read from its start. The province
(or a municipality, 北京市, which is region and city at once), then the first city the
gazetteer knows (its English name), else the two characters before 市 (余姚市 -> 余姚). A city
without its province (广州市天河区) is read too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from extractors import patterns
from extractors.addresses import Place, region_of
from extractors.gazetteer import City, cities_named

T = TypeVar("T")

CJK_UNKNOWN_CITY_CHARS = 2  # most Chinese city names are two characters: 余姚市 -> 余姚
CJK_COUNTRIES = frozenset({"CN", "HK", "MO", "TW"})


def cjk_places(text: str) -> list[tuple[Place, int]]:
    """Chinese addresses in a text: each run of 省/自治区/市 names, with where it starts."""
    found = []
    run: list[re.Match[str]] = []
    for match in patterns.CJK_PLACE.finditer(text):
        if run and match.start() - run[-1].end() > 1:
            found += _cjk_run_place(run)
            run = []
        run.append(match)
    return found + _cjk_run_place(run)


def cjk_place(text: str) -> Place | None:
    """The first Chinese address in a text (`浙江省杭州市西湖区`)."""
    found = cjk_places(text)
    return found[0][0] if found else None


def _cjk_run_place(run: Sequence[re.Match[str]]) -> list[tuple[Place, int]]:
    region: tuple[str, str] | None = None
    for match in run:
        token = "".join(match.group().split())
        if region is None and (region := _by_suffix(token, _cjk_region)) is not None:
            capital = _by_suffix(token, _cjk_city)  # 北京市: region and city at once
            if capital is not None and capital.region == region[1]:
                return [(Place(capital.country, capital.region, capital.name), run[0].start())]
            continue
        known = _by_suffix(token, _cjk_city)
        if known is not None and (region is None or known.region in (None, region[1])):
            place = Place(known.country, region[1] if region else known.region, known.name)
            return [(place, run[0].start())]
        if region is not None and token.endswith("市"):
            city = token[:-1][-CJK_UNKNOWN_CITY_CHARS:]
            return [(Place(region[0], region[1], city), run[0].start())]
    return [(Place(region[0], region[1], None), run[0].start())] if region else []


def _cjk_region(token: str) -> tuple[str, str] | None:
    return region_of(token, "CN") or region_of(token, None)


def _cjk_city(token: str) -> City | None:
    for name in (token, token.removesuffix("市")):
        cities = [city for city in cities_named(name) if city.country in CJK_COUNTRIES]
        if cities and len(name) > 1:
            return cities[0]
    return None


def _by_suffix(token: str, lookup: Callable[[str], T | None]) -> T | None:
    """The longest tail of `token` the lookup knows: 位于浙江省 -> 浙江省."""
    return next((hit for i in range(len(token)) if (hit := lookup(token[i:]))), None)
