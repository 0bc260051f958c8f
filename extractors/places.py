"""The issuer's place: country, region and city, as addresses and place phrases write them.

Where a place is read, strongest first (`find_place`, `issuer_place`):

1. after an address cue: `Registered office: ...`, `Principal place of business`, `Head office`,
   `headquartered in`, `注册地址`; the address may run over several lines;
2. after a location cue: `based in`, `located at`, `Location:`, `Base:`, `位于`;
3. a `City, Region` or `City, Country` chain anywhere, `a London-based`, a Chinese 省/市 run;
4. after a jurisdiction cue: `registered in England and Wales`, `incorporated in Delaware`.

Lines about third parties (an auditor, a bank, the platform or promoter and its regulator) are
read as blank: their address is not the issuer's. An address is read from its end
(`addresses.read_address`). A city alone gets its country from the gazetteer, the most
populous city of that name winning unless the registration id's country says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extractors import patterns
from extractors.address_parts import address_parts
from extractors.addresses import Place, read_address, region_of, with_country
from extractors.dates import find_dates
from extractors.gazetteer import cities_named, country_code
from extractors.labels import unwrap_labels
from extractors.zh_addresses import cjk_place, cjk_places

__all__ = [
    "Place",
    "PlaceFound",
    "city_place",
    "country_code",
    "find_place",
    "issuer_place",
    "region_name",
]

DEFAULT_CHAIN_PAGES = 3  # free `City, Country` chains count on the first pages only
DEFAULT_CONTINUATION_LINES = 4  # address lines after the cue's line
DEFAULT_LINES_ABOVE = 2  # address lines over an SEC cover's caption
MAX_ADDRESS_LINE = 60  # characters: a longer line is prose, not an address line
RANK = {"address": 0, "location": 1, "chain": 2, "jurisdiction": 3}


@dataclass(frozen=True, slots=True)
class PlaceFound:
    """A place with where it was read: page and the line that prints it."""

    place: Place
    page_no: int
    evidence: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    place: Place
    rank: int
    page_no: int
    start: int
    evidence: str


def region_name(name: str, *, country: str | None = None) -> tuple[str, str] | None:
    """(country, English region name) for a state or province name, alias or postal code."""
    return region_of(name, country)


def city_place(name: str) -> Place | None:
    """The most populous city of a name, as a place (country, its region if known, city)."""
    cities = cities_named(name) or cities_named(name.removesuffix("市"))
    return Place(cities[0].country, cities[0].region, cities[0].name) if cities else None


def find_place(text: str) -> Place | None:
    """The issuer's place as one text states it (see the module docstring for the order)."""
    found = issuer_place([(1, text)])
    return found.place if found else None


def issuer_place(pages: Sequence[tuple[int, str]], *, hint: str | None = None) -> PlaceFound | None:
    """The issuer's place in a document's pages (page number, text); `hint`: the country the
    registration id names, used only to tell apart cities of one name."""
    candidates: list[_Candidate] = []
    for index, (page_no, text) in enumerate(pages):
        text = unwrap_labels(without_third_parties(text))
        candidates += _cue_candidates(text, page_no)
        if index < DEFAULT_CHAIN_PAGES:
            candidates += _chain_candidates(text, page_no)
    candidates = [c for c in candidates if c.place.country or c.place.region or c.place.city]
    if not candidates:
        return None
    best = min(candidates, key=lambda c: (c.rank, -_known_fields(c.place), c.page_no, c.start))
    place = _completed(best.place, candidates, hint=hint)
    return PlaceFound(place, best.page_no, best.evidence) if place else None


def _known_fields(place: Place) -> int:
    return sum(field is not None for field in (place.country, place.region, place.city))


def _completed(place: Place, candidates: Sequence[_Candidate], *, hint: str | None) -> Place | None:
    """A place without a city takes one another candidate names in its country; a city without a
    country takes the gazetteer's."""
    if place.city is None:
        other = next(
            (
                c.place
                for c in sorted(candidates, key=lambda c: (c.rank, c.page_no, c.start))
                if c.rank <= RANK["location"]
                and c.place.city
                and c.place.country in (None, place.country)
                and c.place.region in (None, place.region)
            ),
            None,
        )
        if other is not None and place.country is not None:
            place = Place(place.country, place.region or other.region, other.city)
    return with_country(place, hint=hint)


def without_third_parties(text: str) -> str:
    """The text with third parties' lines (and their address lines) blanked, offsets kept."""
    lines = text.split("\n")
    blank = 0
    for index, line in enumerate(lines):
        if patterns.THIRD_PARTY.search(line):
            blank = DEFAULT_CONTINUATION_LINES + 1
        elif blank and (
            not line.strip()
            or patterns.ADDRESS_LINE_STOP.search(line)
            or patterns.CELL_SPLIT.search(line.strip())
        ):
            blank = 0
        if blank:
            lines[index] = " " * len(line)
            blank -= 1
    return "\n".join(lines)


def _cue_candidates(text: str, page_no: int) -> list[_Candidate]:
    found = []
    for match in patterns.PLACE_CUE.finditer(text):
        kind = match.lastgroup or "address"
        address, end = address_after(text, match.end())
        place = cjk_place(address) if patterns.CJK.search(address) else read_address(address)
        if place is None or (kind == "jurisdiction" and place.city and not place.country):
            continue
        found.append(
            _Candidate(place, RANK[kind], page_no, match.start(), _line(text, match.start(), end))
        )
    for match in patterns.PLACE_CUE_BELOW.finditer(text):
        address = address_before(text, match.start())
        place = read_address(address)
        if place is not None:
            start = match.start() - len(address) - 1
            evidence = _line(text, start, match.start() - 1)
            found.append(_Candidate(place, RANK["address"], page_no, start, evidence))
    return found


def address_before(text: str, start: int) -> str:
    """The address printed over its caption (an SEC cover): the lines above, their cells read
    as parts of the address (the ZIP code stands in a column of its own)."""
    lines = text[:start].rstrip("\n").split("\n")[-DEFAULT_LINES_ABOVE:]
    taken: list[str] = []
    for line in reversed(lines):
        cells = patterns.CELL_SPLIT.split(line.strip())
        if not cells[0] or line.lstrip().startswith("(") or not _address_line(cells[:1]):
            break
        taken.insert(0, ", ".join(cells))
    return "\n".join(taken)


def address_after(text: str, start: int) -> tuple[str, int]:
    """The address after a cue: the rest of the line, then address-shaped lines, to its end.

    In a table only the first cell of each line counts: a second column ("20095 Hamburg  Use
    of funds") is another table's. A following row whose first cell is a label, not a place,
    ends the address. Returns the address and where its last line ends."""
    start = patterns.PLACE_CUE_GAP.match(text, start).end()  # type: ignore[union-attr]
    first, *rest = text[start:].split("\n", DEFAULT_CONTINUATION_LINES + 1)
    cell = patterns.CELL_SPLIT.split(first.strip())[0]
    end = patterns.ADDRESS_END.search(cell)
    if end is not None:
        return cell[: end.start()].strip(), start + end.start()
    taken = [cell]
    position = start + len(first)
    if cell and not (any(char.isdigit() for char in cell) or cell.endswith(",")):
        return cell, position  # "Base: Rotterdam": a place on one line, not an address block
    for line in rest[:DEFAULT_CONTINUATION_LINES]:
        cells = patterns.CELL_SPLIT.split(line.strip())
        if patterns.LABEL_LINE.match(cells[0]):
            break  # "VAT ID: NL4188...": the next fact
        end = patterns.ADDRESS_END.search(cells[0])
        cells[0] = cells[0][: end.start()].strip() if end else cells[0]
        if not _address_line(cells):
            break
        taken.append(cells[0])
        position += len(line) + 1
        if end is not None or country_code(address_parts(taken[-1])[-1].rstrip(".")):
            break  # the address ends with its sentence or its country
    return "\n".join(line for line in taken if line), position


def _address_line(cells: Sequence[str]) -> bool:
    """A line that continues an address: short, no `Label:`; in a table row, a place cell."""
    cell = cells[0]
    if not cell or len(cell) > MAX_ADDRESS_LINE or patterns.ADDRESS_LINE_STOP.search(cell):
        return False
    if len(cells) == 1:
        return True
    name = cell.strip(" ,.")
    return any(char.isdigit() for char in cell) or bool(
        country_code(name) or cities_named(name) or region_name(name)
    )


def _chain_candidates(text: str, page_no: int) -> list[_Candidate]:
    found = []
    for match in patterns.PLACE_CHAIN.finditer(_without_dates(text)):
        place = read_address(match.group(), explicit=True)
        if place is not None:
            found.append(
                _Candidate(
                    place,
                    RANK["chain"],
                    page_no,
                    match.start(),
                    _line(text, match.start(), match.end()),
                )
            )
    for match in patterns.PLACE_BASED.finditer(text):
        name = match["name"]
        # "A London-based firm": the sentence's first word may have been taken along.
        place = read_address(name) or read_address(name.split()[-1])
        if place is not None:
            found.append(
                _Candidate(
                    place,
                    RANK["chain"],
                    page_no,
                    match.start(),
                    _line(text, match.start(), match.end()),
                )
            )
    for place, start in cjk_places(text):
        found.append(_Candidate(place, RANK["chain"], page_no, start, _line(text, start, start)))
    return found


def _without_dates(text: str) -> str:
    """The text with its dates blanked: "March 24, 2013" is no town, district and postcode."""
    for _, start, end in find_dates(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _line(text: str, start: int, end: int) -> str:
    """The printed line(s) holding text[start:end], as evidence."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return " ".join(text[first : last if last >= 0 else len(text)].split())[:300]
