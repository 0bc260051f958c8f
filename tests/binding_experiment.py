"""Binding by grammar against the clause rule, measured on a blind corpus (issue 6).

    python -m tests.binding_experiment DIR [--out bench/binding.md]

The extractor ties each amount to the concept its own clause names (`extractors/concepts.py`:
the words back to the previous value, on to the next). The alternative asked for is spaCy's
dependency parse: the words that govern the amount in the tree (its head chain up to the verb,
with each head's modifiers and the verb's subject). This runs the corpus twice, once as shipped
(no parser) and once with the parser kept and the left window replaced by the governing words,
and reports figure precision, recall and extraction seconds for both.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Span, Token

import extractors.disclosure as disclosure
import extractors.nlp as linker
from schemas import Settings
from tests.accuracy import Scores, score_corpus

DEFAULT_HOPS = 3  # heads above the amount read as its governors
GOVERNOR_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nsubj", "nsubjpass", "prep"})


def governing_words(value: Span) -> str:
    """The words that govern `value` in the dependency tree, in text order."""
    tokens: set[Token] = set()
    token = value.root
    for _ in range(DEFAULT_HOPS):
        if token.head is token:
            break
        token = token.head
        tokens.add(token)
        tokens.update(child for child in token.children if child.dep_ in GOVERNOR_DEPS)
        for child in list(tokens):
            if child.dep_ in {"nsubj", "nsubjpass"}:
                tokens.update(child.subtree)
    tokens -= set(value)
    return " ".join(token.text for token in sorted(tokens, key=lambda token: token.i))


def parsed_pipeline() -> Language:
    """Our pipeline with spaCy's parser kept, so the linker can read the tree."""
    nlp = spacy.load(linker.DEFAULT_MODEL, exclude=["lemmatizer", "attribute_ruler"])
    nlp.add_pipe("disclosure_sentences", before="parser")
    nlp.add_pipe("disclosure_values")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="disclosure_cues",
        config={"spans_key": "cues", "phrase_matcher_attr": "LOWER", "overwrite": False},
    )
    ruler.add_patterns(list(linker.cue_patterns()))  # type: ignore[attr-defined]
    nlp.add_pipe("figure_linker")
    return nlp


def _grammar_name_of(value: Span, gap_before: str, *args: object, **kwargs: object) -> object:
    """The linker's naming with the governing words as the words before the value."""
    governors = governing_words(value)
    return ORIGINAL_NAME_OF(value, governors, governors, *args[1:], **kwargs)  # type: ignore[arg-type]


ORIGINAL_NAME_OF = linker._name_of


def _timed(folder: Path) -> tuple[Scores, float]:
    start = time.perf_counter()
    scores = score_corpus(folder, settings=Settings())
    return scores, time.perf_counter() - start


def runs(folder: Path) -> Iterator[tuple[str, Scores, float]]:
    """The clause rule as shipped, then binding by the dependency parse."""
    yield ("clause rule (shipped)", *_timed(folder))
    original_load, parsed = disclosure.load_nlp, parsed_pipeline()
    disclosure.load_nlp = lambda language="en", model=linker.DEFAULT_MODEL: (  # type: ignore[assignment]
        parsed if language == "en" else original_load(language, model)
    )
    linker._name_of = _grammar_name_of  # type: ignore[assignment]
    try:
        yield ("dependency parse", *_timed(folder))
    finally:
        disclosure.load_nlp, linker._name_of = original_load, ORIGINAL_NAME_OF


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, default=Path("bench/binding.md"))
    args = parser.parse_args()
    lines = [
        "| binding | figures P | figures R | English P | English R | seconds |",
        "|---|---|---|---|---|---|",
    ]
    for name, scores, seconds in runs(args.folder):
        row = scores.summary()
        lines.append(
            f"| {name} | {row['figures_precision']} | {row['figures_recall']} | "
            f"{row.get('figures_en_precision')} | {row.get('figures_en_recall')} | {seconds:.1f} |"
        )
        print(lines[-1], flush=True)
    args.out.write_text(f"Corpus: {args.folder}\n\n" + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
