"""What a document is: its language and its kind, from the words it uses.

Language: CJK ideographs decide Chinese and, with kana among them, Japanese; other scripts and
languages are told by py3langid (naive Bayes over byte n-grams, ~0.3 ms a page, ~75 MB) from
the document's prose lines, so a Dutch plan with English table labels reads as Dutch.
Kind: what the document calls itself (title, cover, the regulator's form name), else the
sections it has; the vocabulary, in several languages, is data in patterns/doc_kinds.json.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from importlib import resources
from typing import Any, cast

import pycountry
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from extractors.patterns import CJK
from schemas import DocKind

DEFAULT_LANGUAGE = "en"  # what a document without enough words to tell is taken to be
DEFAULT_ZH_SHARE = 0.2  # CJK characters among letters above which a document is Chinese
DEFAULT_KANA_SHARE = 0.05  # kana among CJK characters above which it is Japanese
DEFAULT_SCRIPT_CHARS = 100_000  # characters read to count scripts (~30 pages)
DEFAULT_SAMPLE_CHARS = 20_000  # prose characters the language model reads
DEFAULT_MIN_PROSE_WORDS = 6  # a line with fewer words is a label, a heading or a table row
DEFAULT_MIN_PROSE_CHARS = 200  # below this much prose, the whole head is read instead
DEFAULT_MIN_CONFIDENCE = 0.5  # py3langid's probability under which the default language stands
DEFAULT_HEAD_CHARS = 3000  # the first page or so, where a document says what it is
DEFAULT_TITLE_CHARS = 200  # the title block: what a document calls itself decides first
DEFAULT_BODY_CHARS = 200_000  # characters searched for section evidence (~60 pages)
DEFAULT_MIN_SCORE = 2  # weighted section hits below which a document is `other`
DEFAULT_HEAD_WEIGHT = 2  # a phrase in the head counts this many times more
KANA = ("\u3040", "\u30ff")  # hiragana and katakana
SPACED_SCRIPTS_END = "\u2e80"  # scripts before the CJK blocks separate words with spaces
KINDS: tuple[DocKind, ...] = ("business_plan", "offering", "financial_statement")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the document's main language: `zh`, `en`, `de`, `ja`, ..."""
    head = text[:DEFAULT_SCRIPT_CHARS]
    han = len(CJK.findall(head))
    if han:
        kana = sum(KANA[0] <= char <= KANA[1] for char in head)
        if han + kana > DEFAULT_ZH_SHARE * sum(char.isalpha() for char in head):
            return "ja" if kana > DEFAULT_KANA_SHARE * (han + kana) else "zh"
    living = _living_languages()
    for language, probability in _identifier().rank(_prose_sample(head)):
        if language in living:
            return str(language) if probability >= DEFAULT_MIN_CONFIDENCE else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def _prose_sample(text: str) -> str:
    """The lines that are sentences (labels, headings and table rows say little of the language
    a document is written in), or the head where there are hardly any."""
    prose: list[str] = []
    length = 0
    for line in text.splitlines():
        if _word_count(line) >= DEFAULT_MIN_PROSE_WORDS:
            prose.append(line)
            length += len(line)
            if length >= DEFAULT_SAMPLE_CHARS:
                break
    sample = "\n".join(prose)
    return sample if len(sample) >= DEFAULT_MIN_PROSE_CHARS else text[:DEFAULT_SAMPLE_CHARS]


def _word_count(line: str) -> int:
    return sum(any(char.isalpha() for char in word) for word in line.split())


@functools.cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model over all its languages (~70 MB; a restricted copy would add ~20 MB)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@functools.cache
def _living_languages() -> frozenset[str]:
    """The model's living languages with a two-letter code (what the schema stores): not its
    dialect labels (`wuu`, `yue`), nor Latin, Esperanto or Volapük."""
    return frozenset(
        code
        for code in _identifier().labels
        if len(code) == 2
        and (language := pycountry.languages.get(alpha_2=code)) is not None
        and language.type == "L"
    )


def classify_kind(text: str, *, title: str = "") -> DocKind:
    """business_plan | offering | financial_statement | other: what the document calls itself,
    else the sections it has (weighted phrase hits)."""
    titled = _title_kind(f"{title}\n{text[:DEFAULT_TITLE_CHARS]}")
    if titled is not None:
        return titled
    body = _words_of(text[:DEFAULT_BODY_CHARS])
    head = _words_of(f"{title}\n{text[:DEFAULT_HEAD_CHARS]}")
    sections = _vocabulary()["sections"]
    scores = {
        kind: sum(
            _count(body, phrase) + DEFAULT_HEAD_WEIGHT * _count(head, phrase)
            for phrase in sections[kind]
        )
        for kind in KINDS
    }
    kind, score = max(scores.items(), key=lambda item: item[1])
    if score < DEFAULT_MIN_SCORE:
        return "other"
    # A business plan quotes its financial statements; its own name in the head decides.
    if kind == "financial_statement" and scores["business_plan"] >= score / 2:
        marks = [*_vocabulary()["titles"]["business_plan"], *_vocabulary()["plan_heads"]]
        named = sum(_count(head, phrase) for phrase in marks)
        return "business_plan" if named else kind
    return kind


def names_a_title(text: str) -> bool:
    """Whether a line holds what a document calls itself: `Business Plan`, `Form C`, 季度报告."""
    words = _words_of(text)
    return any(
        _find(words, phrase) >= 0
        for phrases in _vocabulary()["titles"].values()
        for phrase in phrases
    )


def _title_kind(block: str) -> DocKind | None:
    """The kind a title block names: the first title phrase printed (the longer at a tie), or a
    period's results ('Q3 2024 Results')."""
    words = _words_of(block)
    found = [
        (position, -len(phrase), kind)
        for kind, phrases in _vocabulary()["titles"].items()
        for phrase in phrases
        if (position := _find(words, phrase)) >= 0
    ]
    results = _results_at(words)
    if results >= 0:
        found.append((results, 0, "financial_statement"))
    return cast(DocKind, min(found)[2]) if found else None


def _results_at(words: str) -> int:
    """Where a period's results are named ('full year 2023 results', 'q3 earnings'), or -1;
    numbers may stand between the period and the word."""
    periods, results = _vocabulary()["period_words"], _vocabulary()["result_words"]
    tokens = words.split()
    for index, token in enumerate(tokens):
        if token not in results:
            continue
        before = index - 1
        while before > 0 and tokens[before] not in periods and _has_digit(tokens[before]):
            before -= 1
        if before >= 0 and tokens[before] in periods:
            return len(" ".join(["", *tokens[:before]]))  # where _find would place it
    return -1


def _has_digit(token: str) -> bool:
    return any(char.isdigit() for char in token)


def _words_of(text: str) -> str:
    """Lower-case words between single spaces, with a space at each end: punctuation, symbols
    and line breaks are spaces, so ' form 8 k ' is found in 'FORM 8-K' and nowhere else."""
    return f" {' '.join(text.lower().translate(_separators()).split())} "


def _find(words: str, phrase: str) -> int:
    return words.find(_padded(phrase))


def _count(words: str, phrase: str) -> int:
    return words.count(_padded(phrase))


def _padded(phrase: str) -> str:
    """A phrase in a spaced script matches whole words; CJK phrases match as written."""
    return f" {phrase} " if all(char < SPACED_SCRIPTS_END for char in phrase) else phrase.strip()


@functools.cache
def _separators() -> dict[int, str]:
    """Every punctuation, symbol, separator and control character of the BMP, as a space."""
    return {code: " " for code in range(0x10000) if unicodedata.category(chr(code))[0] in "PSZC"}


@functools.cache
def _vocabulary() -> dict[str, Any]:
    """patterns/doc_kinds.json, each phrase in the form `_words_of` gives the text."""
    source = resources.files("extractors") / "patterns" / "doc_kinds.json"
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    for group in ("titles", "sections"):
        data[group] = {
            kind: [_words_of(phrase).strip() for phrase in phrases]
            for kind, phrases in data[group].items()
        }
    data["plan_heads"] = [_words_of(phrase).strip() for phrase in data["plan_heads"]]
    return data
