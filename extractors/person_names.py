"""Whether a piece of text is a person's name, and the name as it should be stored.

A Latin name is 2-4 capitalised words of name shape (initials and particles allowed); titles
("Dr", "Mr") and suffixes ("Jr.", "PhD") come off, and an all-capitals name is stored in title
case. It is no name if one of its words is a heading, document or company word, a role title or
a month, if it is a place, or if most of its words are words the document itself prints in
lower case ("Related Transactions", "Award Agreement"). A Chinese name is 2-4 characters that
start with a surname (`patterns/names.json`); 先生 / 女士 after it come off.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from extractors.patterns import (
    CJK_INNER_SPACE,
    LEGAL_NAME,
    LOWER_WORD,
    NAME_INITIAL,
    PARTICLES,
    PERSON_NAME,
    SINGLE_NAME,
    ZH_NAME,
)
from extractors.places import city_place, country_code, region_name
from extractors.roles import has_role_words

DEFAULT_NAMES_PATH = Path(__file__).parent / "patterns" / "names.json"
DEFAULT_COMMON_MIN = 2  # a word printed this often in lower case is a word, not a name
NAME_PARTICLES = frozenset(PARTICLES.split("|"))  # "Sanne de Vries": lower case, still a name
GIVEN_NAMES_IN_STOP_WORDS = frozenset({"will", "may"})
EDGE_PUNCTUATION = " \t,.;:•·*-–—|()（），。；：、"


@dataclass(frozen=True)
class NameShapes:
    """What stands around a name and what a name is never made of."""

    honorifics: frozenset[str]
    suffixes: frozenset[str]
    zh_honorifics: tuple[str, ...]
    zh_surnames: frozenset[str]
    zh_compound_surnames: frozenset[str]
    zh_not_name_words: tuple[str, ...]
    not_name_words: frozenset[str]


@cache
def name_shapes(path: Path = DEFAULT_NAMES_PATH) -> NameShapes:
    """The name vocabulary, read once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    months = {name.lower() for name in (*calendar.month_name, *calendar.day_name) if name}
    return NameShapes(
        honorifics=frozenset(data["honorifics"]),
        suffixes=frozenset(data["suffixes"]),
        zh_honorifics=tuple(data["zh_honorifics"]),
        zh_surnames=frozenset(data["zh_surnames"]),
        zh_compound_surnames=frozenset(data["zh_compound_surnames"]),
        zh_not_name_words=tuple(data["zh_not_name_words"]),
        not_name_words=frozenset(data["not_name_words"]) | months,
    )


@dataclass(frozen=True)
class DocumentWords:
    """What one document prints that a name is not: its lower-case vocabulary and the names of
    companies (`Willow Outdoor AG` makes "Willow Outdoor" no person)."""

    common: frozenset[str] = frozenset()
    companies: tuple[str, ...] = ()
    seen: frozenset[str] = frozenset()


NO_WORDS = DocumentWords()


def document_words(texts: Iterable[str]) -> DocumentWords:
    """Words a document prints in lower case (once, and more than once) and its companies."""
    texts = list(texts)
    counts = Counter(word.lower() for text in texts for word in LOWER_WORD.findall(text))
    common = frozenset(word for word, count in counts.items() if count >= DEFAULT_COMMON_MIN)
    seen = frozenset(counts)
    companies = {
        " ".join(match.group(1).lower().split()) + " "
        for text in texts
        for match in LEGAL_NAME.finditer(text)
    }
    return DocumentWords(common, tuple(sorted(companies)), seen)


def person_name(
    text: str, *, words: DocumentWords = NO_WORDS, single: bool = False, strict: bool = False
) -> str | None:
    """The name a text is, cleaned for storage; None unless the whole text reads as a name.

    `single` lets one given name count (`CTO: Markus`), for text a role title labels; `strict`
    takes no word the document prints in lower case, for capitalised words in running text.
    """
    text = " ".join(text.split()).strip(EDGE_PUNCTUATION)
    if not text:
        return None
    if any("\u4e00" <= char <= "\u9fff" for char in text):
        return zh_person_name(text)
    parts = _without_titles(text.split())
    if not parts or any(char.isdigit() for char in text):
        return None
    name = " ".join(parts)
    if not (PERSON_NAME.match(name) or (single and SINGLE_NAME.match(name))):
        return None
    vocabulary = words.seen if strict else words.common
    if _acronym_inside(parts) or not _name_words(parts, vocabulary, strict=strict):
        return None
    if strict and any(country_code(part) for part in parts):
        return None  # "Chief Executive Officer, Frito-Lay Canada"
    if _is_place(name) or has_role_words(name):
        return None
    key = name.lower() + " "
    if any(company.startswith(key) for company in words.companies):
        return None
    return _title_case(parts) if name.isupper() else name


def zh_person_name(text: str) -> str | None:
    """A Chinese name: a surname and one to three characters, honorifics (先生) off; a space a
    wrapped line left inside it (`郑 晓国`) is none of it."""
    text = CJK_INNER_SPACE.sub("", text.strip())
    shapes = name_shapes()
    for honorific in shapes.zh_honorifics:
        text = text.removesuffix(honorific)
    if not ZH_NAME.match(text) or has_role_words(text):
        return None
    if any(word in text for word in shapes.zh_not_name_words):
        return None  # 华为公司, 研发中心
    if text[:2] in shapes.zh_compound_surnames or text[0] in shapes.zh_surnames:
        return text
    return None


def _without_titles(words: list[str]) -> list[str]:
    shapes = name_shapes()
    while words and words[0].lower().rstrip(".") in shapes.honorifics:
        words = words[1:]
    while words and words[-1].lower().strip(",.") in shapes.suffixes:
        words = words[:-1]
    return [word.rstrip(",") for word in words]


def _acronym_inside(parts: list[str]) -> bool:
    """`DACH Region`, `EMEA Sales`: capitals before a capitalised word make an acronym, not
    a surname (`Jean DUPONT` keeps its surname in capitals)."""
    if " ".join(parts).isupper():
        return False
    return any(
        part.isupper() and len(part) > 1 for part in parts[:-1] if not NAME_INITIAL.match(part)
    )


def _name_words(words: list[str], common: frozenset[str], *, strict: bool) -> bool:
    """No heading, company or stop word in the name, and most words not the document's own."""
    shapes = name_shapes()
    stop_words = STOP_WORDS - GIVEN_NAMES_IN_STOP_WORDS
    full_words = [word for word in words if not NAME_INITIAL.match(word)]
    if not full_words:
        return False
    keys = [word.lower().strip("'’.").removesuffix("'s").removesuffix("’s") for word in full_words]
    if any(key in shapes.not_name_words for key in keys):
        return False
    if any(key in stop_words for key in keys if key not in NAME_PARTICLES):
        return False
    lower_case = sum(key in common for key in keys if key not in NAME_PARTICLES)
    if strict or len(keys) == 1:
        return lower_case == 0
    return 2 * lower_case <= len(keys)


def _is_place(name: str) -> bool:
    return bool(city_place(name) or region_name(name) or country_code(name))


def _title_case(words: list[str]) -> str:
    return " ".join(word if NAME_INITIAL.match(word) else word.capitalize() for word in words)
