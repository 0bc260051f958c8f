"""Role titles as documents print them, mapped to the schema's roles.

The vocabulary is data (`patterns/roles.json`): "Chief Executive", "Managing Director",
"Geschäftsführer" and 总经理 all mean `ceo`. The longest title wins, so "Vice President" is an
officer, not a president, and "Sales Director" is not a board director. A job title with no
role of its own ("Head of Sales", "Lead Engineer") reads as `other`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extractors.patterns import (
    CJK_INNER_SPACE,
    LATIN_WORD_CHAR,
    QUALIFIER_WORD,
    TITLE_ABBREVIATION,
    TITLE_CONNECTORS,
    ZH_TITLE_PREFIX,
)

DEFAULT_ROLES_PATH = Path(__file__).parent / "patterns" / "roles.json"
NOT_A_ROLE = "none"  # titles that name no role in the company ("Secretary of State")
OTHER_ROLE = "other"
DEFAULT_MAX_TITLE_WORDS = 14  # longer runs are sentences, not job titles
DEFAULT_MAX_ZH_TITLE_CHARS = 16
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u00ad": "-"})


@dataclass(frozen=True)
class RoleVocabulary:
    """Titles by their lower-case text, one pattern over all of them, and list labels."""

    titles: dict[str, str]
    pattern: re.Pattern[str]
    group_pattern: re.Pattern[str]
    title_heads: frozenset[str]
    labels: dict[str, str | None]
    link_words: frozenset[str]
    list_words: frozenset[str]
    title_openers: frozenset[str]
    deputy_words: frozenset[str]
    qualified: dict[str, str]
    name_headers: frozenset[str]
    title_headers: frozenset[str]


@dataclass(frozen=True)
class RoleMention:
    """One title printed in a text: its role and character span."""

    role: str
    start: int
    end: int


@cache
def role_vocabulary(path: Path = DEFAULT_ROLES_PATH) -> RoleVocabulary:
    """The role vocabulary, read once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    titles = {title.lower(): role for role, names in data["roles"].items() for title in names}
    alternatives = "|".join(re.escape(title) for title in sorted(titles, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![{LATIN_WORD_CHAR}])(?:{alternatives})(?![{LATIN_WORD_CHAR}])", re.IGNORECASE
    )
    labels = {label.lower(): role for label, role in data["labels"].items()}
    groups = "|".join(re.escape(label) for label, role in labels.items() if role)
    return RoleVocabulary(
        titles,
        pattern,
        re.compile(rf"(?<![{LATIN_WORD_CHAR}])(?:{groups})(?![{LATIN_WORD_CHAR}])", re.IGNORECASE),
        frozenset(data["title_heads"]),
        labels,
        link_words=frozenset(data["link_words"]),
        list_words=frozenset(data["list_words"]),
        title_openers=frozenset(data["title_openers"]),
        deputy_words=frozenset(data["deputy_words"]),
        qualified=data["qualified"],
        name_headers=frozenset(data["name_headers"]),
        title_headers=frozenset(data["title_headers"]),
    )


def role_mentions(text: str) -> list[RoleMention]:
    """Every role title in a text, longest first where titles overlap; "none" titles left out."""
    vocabulary = role_vocabulary()
    found = []
    for match in vocabulary.pattern.finditer(text.translate(HYPHENS)):
        role = vocabulary.titles[match.group().lower()]
        if role != NOT_A_ROLE:
            found.append(RoleMention(role, match.start(), match.end()))
    return found


def has_role_words(text: str) -> bool:
    """Whether a text prints any title at all, a "none" one included."""
    return role_vocabulary().pattern.search(text.translate(HYPHENS)) is not None


def title_roles(text: str) -> list[str] | None:
    """The roles of a text that is nothing but a job title, else None.

    "Senior Vice President and Chief Financial Officer" → officer, cfo; "Founder & CEO" →
    founder, ceo; "Head of Sales" → other; "Directors' report" and "our CFO said" → None.
    """
    text = CJK_INNER_SPACE.sub("", " ".join(text.translate(HYPHENS).split()))
    text = text.strip(" .,;:（。，；：")
    abbreviation = TITLE_ABBREVIATION.search(text)
    if abbreviation and abbreviation.start() > 0:  # "Chief Technology Officer (CTO)"
        outer, inner = title_roles(text[: abbreviation.start()]), title_roles(abbreviation["title"])
        return list(dict.fromkeys([*outer, *inner])) if outer and inner else None
    text = text.strip("()）")
    if not text or any(char.isdigit() for char in text):
        return None
    vocabulary = role_vocabulary()
    matches = list(vocabulary.pattern.finditer(text))
    if any(vocabulary.titles[match.group().lower()] == NOT_A_ROLE for match in matches):
        return None
    rest = vocabulary.pattern.sub(" ", text)
    if _is_cjk(text):
        rest = TITLE_CONNECTORS.sub("", ZH_TITLE_PREFIX.sub("", rest.strip()))
        if len(text) > DEFAULT_MAX_ZH_TITLE_CHARS:
            return None
    if not _only_qualifiers(rest) or len(text.split()) > DEFAULT_MAX_TITLE_WORDS:
        return None
    roles = [_qualified_role(text, match, vocabulary) for match in matches]
    if not roles and _ends_with_title_head(text, vocabulary.title_heads):
        roles = [OTHER_ROLE]
    return list(dict.fromkeys(roles)) or None


def starts_with_title(text: str) -> bool:
    """Whether a text opens as a title does: with a title or a word like "Senior", "Deputy"."""
    text = text.translate(HYPHENS).lstrip(" (（")
    if role_vocabulary().pattern.match(text):
        return True
    if _is_cjk(text[:1]):
        prefix = ZH_TITLE_PREFIX.match(text)
        return bool(prefix and prefix.group())
    first = TITLE_CONNECTORS.split(text, maxsplit=1)[0].lower()
    return first in role_vocabulary().title_openers


def _qualified_role(text: str, match: re.Match[str], vocabulary: RoleVocabulary) -> str:
    """A bare title right after a department word: `Legal Director` → other, `Zone President`
    → officer; after a connector or a comma it keeps its role (`Founder and Director`)."""
    title = match.group().lower()
    role = vocabulary.titles[title]
    before = text[: match.start()]
    deputy = before.split()[-1].lower() if before.split() else ""
    if deputy in vocabulary.deputy_words or before.endswith("副"):
        return "officer"  # "Deputy Chief Financial Officer", 副总经理
    if title not in vocabulary.qualified or not before.endswith(" "):
        return role
    words = before.split()
    last = words[-1] if words else ""
    if last[:1].isupper() and last[-1:].isalnum() and not TITLE_CONNECTORS.fullmatch(f" {last} "):
        return vocabulary.qualified[title]
    return role


def label_role(text: str) -> tuple[bool, str | None]:
    """Whether a text is a label that lists people ("Responsible persons", "The board"), and
    the role it gives each of them."""
    key = " ".join(text.lower().split()).strip(" :：")
    labels = role_vocabulary().labels
    if key in labels:
        return True, labels[key]
    return False, None


def group_role(text: str) -> str | None:
    """The role of the first group a text names: "The directors who served were:" → director."""
    match = role_vocabulary().group_pattern.search(text)
    return role_vocabulary().labels[match.group().lower()] if match else None


def _only_qualifiers(rest: str) -> bool:
    """What is left of a title once its roles are out: departments and connectors only."""
    words = [word for word in TITLE_CONNECTORS.split(rest) if word.strip()]
    return all(QUALIFIER_WORD.fullmatch(word.strip()) for word in words)


def _ends_with_title_head(text: str, heads: frozenset[str]) -> bool:
    if _is_cjk(text):
        return any(text.endswith(head) for head in heads if _is_cjk(head))
    words = text.split()
    head_of = "of" in (word.lower() for word in words)  # "Head of Sales", "Director of Research"
    last = words[0 if head_of else -1].lower()
    return last in heads and all(word[:1].isupper() or word.lower() == "of" for word in words)


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)
