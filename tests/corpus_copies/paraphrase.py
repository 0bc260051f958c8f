"""How far paraphrase goes offline: containment of content-word bigrams, measured, not decided on.

A rewritten sentence keeps its content words more often than their order and inflection, so
this signal keeps only words of four or more letters (any script with spaces; each character
of a CJK script), cut to their first five letters (a crude stem that needs no language), and
compares bigrams of them. It is measured here beside the copy check, on Clough's heavy
revisions against independent answers and on the generated world's hard negatives (plans of one
industry and one template that copy nothing): the pipeline does not flag on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from extractors.fingerprints import tokens_of
from tests.corpus_copies.clough import CLOUGH, doc_id_of, labels, read_text
from tests.corpus_copies.generate import Doc

DEFAULT_MIN_LETTERS = 4
DEFAULT_STEM = 5
DEFAULT_THRESHOLD = 0.15
DEFAULT_BOILERPLATE_DOCS = 4


def content_bigrams(text: str) -> set[tuple[str, str]]:
    """Bigrams of the text's content words, each cut to a five-letter stem."""
    words = [
        token.text[:DEFAULT_STEM]
        for token in tokens_of(text)
        if token.unspaced or len(token.text) >= DEFAULT_MIN_LETTERS
    ]
    return set(pairwise(words))


def containment(
    later: str, source: str, *, common: frozenset[tuple[str, str]] = frozenset()
) -> float:
    """The share of the later text's content bigrams the source also has (`common` out)."""
    mine = content_bigrams(later) - common
    return len(mine & content_bigrams(source)) / len(mine) if mine else 0.0


def recurring(
    texts: Sequence[str], *, docs: int = DEFAULT_BOILERPLATE_DOCS
) -> frozenset[tuple[str, str]]:
    """Content bigrams at least `docs` of the texts have: the collection's boilerplate."""
    counts = Counter(bigram for text in texts for bigram in content_bigrams(text))
    return frozenset(bigram for bigram, n in counts.items() if n >= docs)


def clough_paraphrase(*, threshold: float = DEFAULT_THRESHOLD) -> dict[str, float]:
    """Share of each category at or above the threshold (its own task's source)."""
    sources = {task: read_text(CLOUGH / f"orig_task{task}.txt") for task in "abcde"}
    found: dict[str, list[bool]] = {}
    for row in labels():
        value = containment(read_text(CLOUGH / row["File"]), sources[row["Task"]])
        found.setdefault(row["Category"], []).append(value >= threshold)
    return {f"flagged_{category}": sum(v) / len(v) for category, v in found.items()}


def world_negatives(
    docs: Sequence[Doc], *, threshold: float = DEFAULT_THRESHOLD
) -> dict[str, float]:
    """Pairs of independent plans (no copied passage between them) at or above the threshold."""
    copied = {(doc.name, case.source) for doc in docs for case in doc.cases}
    independent = [
        (later, earlier)
        for index, later in enumerate(docs)
        for earlier in docs[:index]
        if later.language == earlier.language and (later.name, earlier.name) not in copied
    ]
    common = recurring([doc.text for doc in docs])
    values = [containment(a.text, b.text, common=common) for a, b in independent]
    return {
        "pairs": len(values),
        "flagged": sum(value >= threshold for value in values) / max(1, len(values)),
        "max": max(values, default=0.0),
    }


__all__ = ["clough_paraphrase", "containment", "doc_id_of", "world_negatives"]
