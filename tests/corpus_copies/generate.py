"""A generated world of plans with known copies: every copied passage with offsets on both sides.

    python -m tests.corpus_copies.generate OUT_DIR [--seed N]   # writes it in the PAN format

Each platform has its template (headings, a legal paragraph, stock risk sentences) that all its
plans print: boilerplate, not copying. Copies: verbatim passages, light edits (synonyms, other
names and numbers), reordered sentences and paragraphs, PAN's random obfuscation (words
swapped, dropped, replaced), a plan stitched from three sources, a chain A → B → C, a
near-whole copy, a small (~10%) copy, and Chinese verbatim and light copies.
Documents are received in list order, so an earlier document is always the source.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.corpus_copies import text as prose

DEFAULT_SEED = 11
PLATFORMS = {"seedrs": "en", "wefunder": "en", "36kr": "zh"}
ORIGINALS_PER_PLATFORM = 7
OWN_PARAGRAPHS = 12
PARAGRAPHS_PER_PAGE = 5


@dataclass(frozen=True)
class Case:
    """A copied passage: this document's range, and the source's range it came from."""

    source: str
    this_offset: int
    this_length: int
    source_offset: int
    source_length: int
    obfuscation: str


@dataclass
class Paragraph:
    text: str
    own: bool = True  # False for template text
    origins: list[tuple[Doc, Paragraph, str]] = field(default_factory=list)


@dataclass
class Doc:
    name: str
    platform: str
    language: str
    role: str  # original | copy | negative
    paragraphs: list[Paragraph] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # id(paragraph) → range
    cases: list[Case] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.pages)


def templates(rng: random.Random) -> dict[str, list[Paragraph]]:
    """Each platform's boilerplate: headings, a legal paragraph, stock risk sentences."""
    made = {}
    for platform, language in PLATFORMS.items():
        write = prose.sentence if language == "en" else prose.zh_sentence
        industry = "solar" if language == "en" else "新能源"
        legal = " ".join(write(rng, industry=industry, company=platform) for _ in range(4))
        risks = " ".join(write(rng, industry=industry, company="the issuer") for _ in range(2))
        made[platform] = [Paragraph(legal, own=False), Paragraph(risks, own=False)]
    return made


def original(name: str, platform: str, rng: random.Random, boilerplate: list[Paragraph]) -> Doc:
    """An independent plan on `platform`: its own prose around the platform's template."""
    language = PLATFORMS[platform]
    industries = list(prose.INDUSTRIES if language == "en" else prose.ZH_INDUSTRIES)
    industry, company = rng.choice(industries), f"{name.title()} Ltd"
    write = prose.sentence if language == "en" else prose.zh_sentence
    joiner = " " if language == "en" else ""
    doc = Doc(name, platform, language, "original")
    own = [
        Paragraph(joiner.join(write(rng, industry=industry, company=company) for _ in range(4)))
        for _ in range(OWN_PARAGRAPHS)
    ]
    doc.paragraphs = own[:6] + boilerplate[:1] + own[6:] + boilerplate[1:]
    return doc


def copy_of(
    name: str,
    platform: str,
    rng: random.Random,
    boilerplate: list[Paragraph],
    *,
    taken: list[tuple[Doc, list[int], str]],
) -> Doc:
    """A plan that takes paragraphs (by index among each source's own ones) from sources."""
    doc = original(name, platform, rng, boilerplate)
    doc.role = "copy"
    copied: list[Paragraph] = []
    for source, indexes, obfuscation in taken:
        mine = [paragraph for paragraph in source.paragraphs if paragraph.own]
        names = {f"{source.name.title()} Ltd": f"{name.title()} Ltd"}
        edit = _EDITS[obfuscation]
        group = [
            Paragraph(edit(mine[i].text, rng, names), origins=[(source, mine[i], obfuscation)])
            for i in indexes
        ]
        if obfuscation == "reordered":
            rng.shuffle(group)
        copied += group
    own = [paragraph for paragraph in doc.paragraphs if paragraph.own]
    keep = max(2, len(own) - len(copied))
    at = rng.randint(1, keep - 1)
    doc.paragraphs = own[:at] + copied + own[at:keep] + boilerplate
    return doc


_EDITS: dict[str, Callable[[str, random.Random, dict[str, str]], str]] = {
    "none": lambda text, rng, names: text,
    "light": lambda text, rng, names: prose.lightly_edited(text, rng, names=names),
    "reordered": lambda text, rng, names: prose.reordered(text, rng),
    "random": lambda text, rng, names: prose.randomly_obfuscated(text, rng),
}


def paginate(doc: Doc) -> None:
    """Lay the paragraphs out on pages with a running header and footer; record each range."""
    chunks = [
        doc.paragraphs[i : i + PARAGRAPHS_PER_PAGE]
        for i in range(0, len(doc.paragraphs), PARAGRAPHS_PER_PAGE)
    ]
    offset = 0
    for number, chunk in enumerate(chunks, start=1):
        header = f"{doc.name.title()} Ltd · {doc.platform} business plan\n"
        position, body = offset + len(header), []
        for paragraph in chunk:
            doc.spans[id(paragraph)] = (position, position + len(paragraph.text))
            body.append(paragraph.text)
            position += len(paragraph.text) + 1
        page = header + "\n".join(body) + f"\nPage {number} of {len(chunks)}"
        doc.pages.append(page)
        offset += len(page) + 2


def record_cases(doc: Doc) -> None:
    """Cases for every copied paragraph, back through a chain to where its text began."""
    for paragraph in doc.paragraphs:
        start, end = doc.spans[id(paragraph)]
        pending = list(paragraph.origins)
        while pending:
            source, original_paragraph, obfuscation = pending.pop()
            s_start, s_end = source.spans[id(original_paragraph)]
            doc.cases.append(
                Case(source.name, start, end - start, s_start, s_end - s_start, obfuscation)
            )
            pending += [
                (earlier, earlier_paragraph, how if obfuscation == "none" else obfuscation)
                for earlier, earlier_paragraph, how in original_paragraph.origins
            ]


def world(seed: int = DEFAULT_SEED) -> list[Doc]:
    """Every document in the order received: originals first, then copies and negatives."""
    rng = random.Random(seed)
    boilerplate = templates(rng)
    docs = [
        original(f"{platform[:3]}{number}", platform, rng, boilerplate[platform])
        for number in range(ORIGINALS_PER_PLATFORM)
        for platform in PLATFORMS
    ]
    en = [doc for doc in docs if doc.language == "en"]
    zh = [doc for doc in docs if doc.language == "zh"]
    rng.shuffle(en)
    rng.shuffle(zh)

    def add(name: str, platform: str, taken: list[tuple[Doc, list[int], str]]) -> Doc:
        docs.append(copy_of(name, platform, rng, boilerplate[platform], taken=taken))
        return docs[-1]

    add("verbatim", "wefunder", [(en[0], [2, 3, 4], "none")])
    add("light", "seedrs", [(en[1], [0, 1, 2, 3], "light")])
    add("reordered", "wefunder", [(en[2], [5, 6, 7], "reordered")])
    add(
        "stitched",
        "seedrs",
        [(en[3], [1, 2], "none"), (en[4], [8, 9], "light"), (en[5], [3, 4], "none")],
    )
    chain_b = add("chainb", "wefunder", [(en[6], [0, 1, 2, 3], "none")])
    add("chainc", "seedrs", [(chain_b, [1, 2, 8, 9], "none")])
    add("whole", "wefunder", [(en[7], list(range(OWN_PARAGRAPHS)), "light")])
    add("small", "seedrs", [(en[8], [10, 11], "none")])
    add("random", "wefunder", [(en[9], [4, 5, 6], "random")])
    add("zhverbatim", "36kr", [(zh[0], [3, 4, 5], "none")])
    add("zhlight", "36kr", [(zh[1], [0, 1, 2, 6], "light")])
    for number in range(3):
        platform = list(PLATFORMS)[number]
        negative = original(f"neg{number}", platform, rng, boilerplate[platform])
        negative.role = "negative"
        docs.append(negative)
    for doc in docs:
        paginate(doc)
    for doc in docs:
        record_cases(doc)
    return docs


def main() -> None:
    """Write a world in the PAN text-alignment format."""
    from tests.corpus_copies.pan import write_pan

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    arguments = parser.parse_args()
    write_pan(world(arguments.seed), arguments.out)


if __name__ == "__main__":
    main()
