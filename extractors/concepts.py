"""What a value means, read from the words around it: the key figures as concepts, not phrases.

The vocabulary is data (`patterns/concepts.json`): each figure is a concept with senses (groups
of words that must all be present before, after or near the value) and words that rule it out.
A value's windows are its clause's words back to the previous value and on to the next one, so
in "to raise $350,000, at $0.85 per share; the smallest investment is $1K" each amount is read
against its own words only.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from extractors.lines import CELL_SEPARATOR
from extractors.patterns import (
    AMOUNT_CHANGE,
    AMOUNT_CHANGE_AFTER,
    CJK,
    CJK_INNER_SPACE,
    CLAUSE_BREAK,
    COMPARISON,
    COMPARISON_AHEAD,
    DASH_BEFORE_VALUE,
    DOT_LEADER,
    FUTURE,
    GAP_BREAK,
    GLOSS_BEFORE_VALUE,
    LABEL_ABOVE,
    LABEL_ALONE,
    LABEL_BULLET,
    LEADERED_LABEL,
    NEXT_LABEL,
    NOUN_END,
    PART_OF_YEAR,
    PAST_ROUND,
    PRIOR_YEAR,
    PROJECTION,
    RIGHT_LABEL,
    THE_YEAR,
    TIME_OF_DAY_ALONE,
    WINDOW_PUNCTUATION,
    WRAPPED_LABEL_LINE,
)

SENTENCE_STOPS = (".", "!", "?", "。", "！", "？")
DEFAULT_LEFT_WORDS = 12  # words before a value that may govern it
DEFAULT_RIGHT_WORDS = 6  # words after it ("… per share", "… pre-money", "… of the company")
DEFAULT_RIGHT_NOT_WORDS = 3  # a ruling-out word after the value must follow it closely
DEFAULT_CACHED_WINDOWS = 8192  # table labels and term-sheet lines recur across documents
DEFAULT_TAIL_LINES = 2  # lines a wrapped label cell may run on below its value
DEFAULT_RIGHT_LABEL_WORDS = 4  # words after a value read as its label (`€84K net income`)
FINANCIAL_CONCEPTS = frozenset(
    {"revenue", "net_income", "total_assets", "total_liabilities", "total_equity", "cash"}
)
OFFERING_TERMS = frozenset(
    {
        "funding_target",
        "maximum_target",
        "minimum_investment",
        "pre_money_valuation",
        "price_per_share",
        "equity_offered_pct",
        "DEADLINE",
    }
)


@dataclass(frozen=True)
class Sense:
    """Word groups that together give a value its meaning; each group needs one of its words."""

    before: tuple[re.Pattern[str], ...] = ()
    after: tuple[re.Pattern[str], ...] = ()
    near: tuple[re.Pattern[str], ...] = ()

    def matches(self, left: str, right: str) -> bool:
        return (
            all(group.search(left) for group in self.before)
            and all(group.search(right) for group in self.after)
            and all(group.search(left) or group.search(right) for group in self.near)
        )


@dataclass(frozen=True)
class Concept:
    """One key figure: its senses, and the words that say a value is something else."""

    name: str
    senses: tuple[Sense, ...]
    ruled_out: re.Pattern[str] | None
    ruled_out_before: re.Pattern[str] | None = None

    def ruled_out_by(self, left: str, right: str) -> bool:
        """Whether a word that says the value is something else stands near it."""
        if self.ruled_out_before and self.ruled_out_before.search(left):
            return True
        if self.ruled_out is None:
            return False
        nearby = " ".join(right.split()[:DEFAULT_RIGHT_NOT_WORDS])
        return bool(self.ruled_out.search(left) or self.ruled_out.search(nearby))

    def matches(self, left: str, right: str) -> bool:
        """Whether one of the senses matches (the words before it alone, with `right` empty)."""
        return any(sense.matches(left, right) for sense in self.senses)


@dataclass(frozen=True)
class Vocabulary:
    """The concepts by kind of value, and the words that put a sentence in the past."""

    money: tuple[Concept, ...]
    percent: tuple[Concept, ...]
    date: tuple[Concept, ...]
    history: re.Pattern[str]


def window_text(text: str) -> str:
    """`Pre-money valuation:` → `pre money valuation`: lower case, words and spaces only; no
    space inside Chinese, where only a wrapped line puts one (`营业收 入` → `营业收入`)."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = " ".join(WINDOW_PUNCTUATION.sub(" ", text).split())
    return CJK_INNER_SPACE.sub("", text) if " " in text and CJK.search(text) else text


def _words(phrases: list[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words; `invest*` matches `investment` and `investors`.
    Chinese has no spaces between words: a Chinese phrase matches anywhere (募集截止日)."""
    parts = []
    for phrase in phrases:
        stem = phrase.endswith("*")
        words = window_text(phrase.rstrip("*")).split()
        joined = r"\s+".join(map(re.escape, words))
        if CJK.search(phrase):
            parts.append(joined)
        else:
            parts.append(r"(?<![\w'])" + joined + (r"\w*" if stem else r"\b"))
    return re.compile("(?:" + "|".join(parts) + ")")


def _concept(entry: dict) -> Concept:
    senses = tuple(
        Sense(**{place: tuple(map(_words, sense.get(place, []))) for place in sense})
        for sense in entry["senses"]
    )
    ruled_out = _words(entry["not"]) if entry.get("not") else None
    just_before = entry.get("not_just_before")
    return Concept(
        name=entry["name"],
        senses=senses,
        ruled_out=ruled_out,
        ruled_out_before=re.compile(_words(just_before).pattern + r"\s*$") if just_before else None,
    )


@functools.cache
def vocabulary() -> Vocabulary:
    """The concepts from patterns/concepts.json, compiled once per process."""
    source = resources.files("extractors") / "patterns" / "concepts.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    return Vocabulary(
        money=tuple(map(_concept, data["money"])),
        percent=tuple(map(_concept, data["percent"])),
        date=tuple(map(_concept, data["date"])),
        history=_words(data["history"]),
    )


@functools.lru_cache(maxsize=DEFAULT_CACHED_WINDOWS)
def concept_of(kind: str, left: str, right: str = "") -> str | None:
    """The figure a value of `kind` (MONEY, PERCENT, DATE) stands for, or None.

    `left` and `right` are the value's windows as printed; a term-sheet label is a left window.
    """
    concepts = getattr(vocabulary(), kind.lower(), ())
    left_words = " ".join(window_text(left).split()[-DEFAULT_LEFT_WORDS:])
    right_words = " ".join(window_text(right).split()[:DEFAULT_RIGHT_WORDS])
    # The words before a value govern it first: in "raising EUR 2.5m at a pre-money valuation
    # of …" the amount is the raise, though "pre-money" follows it.
    open_concepts = [c for c in concepts if not c.ruled_out_by(left_words, right_words)]
    for right_window in ("", right_words):
        for concept in open_concepts:
            if concept.matches(left_words, right_window):
                return concept.name
    return None


def label_after(gap: str, *, opens_line: bool) -> str:
    """The words right after a value that name it, read as a label is read: `2.300.000 EUR of
    revenue`, `a £250 minimum ticket`, and `€500,000 — raise target` on a line the value opens;
    `` when the value has no such words (`Price: $1.40 — Minimum: $1k` names $1k, not $1.40)."""
    if opens_line and gap.startswith((")", "）")):
        gap = gap[1:]  # a line's value in brackets, as accounts print a negative one
    found = RIGHT_LABEL.match(gap)
    if found is None or (found["separator"] and not opens_line):
        return ""
    if NEXT_LABEL.match(gap):
        return ""  # the next term's label, not this value's (`£7.5m | Pre-money valuation: …`)
    if opens_line:  # a label line: all of it names the value
        return " ".join(found["label"].split()[:DEFAULT_LEFT_WORDS])
    # In a sentence the noun ends at its first small word: `a £45,000 net loss on sales of`.
    label = NOUN_END.split(found["label"], maxsplit=1)[0]
    return " ".join(label.split()[:DEFAULT_RIGHT_LABEL_WORDS])


def label_tail(text: str, end: int) -> str:
    """The words of a label cell that wrapped below the value ending its cell at `end`: up to
    two following lines of one to three words (`Individual` / `Investment`). Where another
    column's cells follow the value on its line (two columns read line by line: `Minimum
    $800,000  Director: Samuel Kaur` over `Offering  President: Zara Weber`), the first cell of
    each line below, beside cells without numbers. A line after the first that names a term on
    its own is the next row's label (`Minimum amount per` / `investor` / `Pre-money valuation`)."""
    if DOT_LEADER.search(text, text.rfind("\n", 0, end) + 1, end):
        return ""  # leaders run from the label's last line to the value
    if text[:end].rstrip().endswith(SENTENCE_STOPS):
        return ""  # a sentence ends with the value (`… took £14m at £120m.`)
    rest = text[end:]
    first = rest.split("\n", 1)[0]
    if TIME_OF_DAY_ALONE.fullmatch(first):
        first = ""  # a date's time of day: the label's tail may still wrap below
    beside = bool(first.strip()) and first.startswith(CELL_SEPARATOR)
    if first.strip() and not beside:
        return ""
    tail: list[str] = []
    for line in rest.split("\n")[1 : 1 + DEFAULT_TAIL_LINES]:
        cell, _, others = line.strip().partition(CELL_SEPARATOR)
        if others and (not beside or any(char.isdigit() for char in others)):
            break
        if not WRAPPED_LABEL_LINE.fullmatch(cell.strip()) or (tail and _names_a_term(cell)):
            break
        tail.append(cell.strip())
    return " ".join(tail)


def _names_a_term(label: str) -> bool:
    return any(concept_of(kind, label) for kind in ("MONEY", "PERCENT", "DATE"))


def label_above(text: str, start: int) -> str:
    """The label the line above ends on with a colon, where a value opens its own line below
    it (`Deadline for reaching the target capital:` / `25.3.2025`); or the label line above
    the label's bracketed gloss, or a dash, printed before the value (`Offering deadline` over
    `(Angebotsende) ....... 9.8.2024`, `› Deadline` over `– October 13th, 2025`); `` where
    there is none."""
    line_start = text.rfind("\n", 0, start) + 1
    if not line_start:
        return ""
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    gloss = GLOSS_BEFORE_VALUE.fullmatch(text, line_start, start)
    dash = DASH_BEFORE_VALUE.fullmatch(text, line_start, start)
    leadered = LEADERED_LABEL.fullmatch(text, line_start, start)
    if gloss is not None or dash is not None or leadered is not None:
        bullet = LABEL_BULLET.match(text, above_start, line_start - 1)
        label_start = bullet.end() if bullet else above_start
        found = LABEL_ALONE.fullmatch(text, label_start, line_start - 1)
        if found is None:
            return ""
        after = gloss["gloss"] if gloss else leadered["label"] if leadered else ""
        return f"{found['label']} {after}".strip()
    if window_text(text[line_start:start]):
        return ""
    found = LABEL_ABOVE.search(text, above_start, line_start - 1)
    return found["label"] if found else ""


def words_after(gap: str) -> str:
    """The words after a value that are its own: up to the first break before the next value
    (`€245,000, up from …` → ``; `$1.19m in the year to December 2023, compared …`)."""
    found = GAP_BREAK.search(gap)
    return gap[: found.start()] if found else gap


def words_until_comparison(gap: str) -> str:
    """The words after a sentence's last value, up to a comparison with another period
    (`320万元，较2022年的` → `，`): that period's year is not the value's."""
    found = COMPARISON_AHEAD.search(gap)
    return gap[: found.start()] if found else gap


def words_before(gap: str) -> str:
    """The words before a value that are its own: from the first break after the previous
    value (`… 2023, compared with` → `, compared with`); unbroken, the whole gap."""
    found = GAP_BREAK.search(gap)
    return gap[found.start() :] if found else gap


def clause_after(gap: str) -> str:
    """The clause after a value, up to its first comma or semicolon, or nothing when the
    next `Label:` follows the value (`Raise: €200,000 Maximum subscription: €400,000`)."""
    if NEXT_LABEL.match(gap):
        return ""
    return CLAUSE_BREAK.split(gap, maxsplit=1)[0]


def clause_of(left: str) -> str:
    """The clause a value stands in, read back to its last comma or semicolon."""
    breaks = list(CLAUSE_BREAK.finditer(left))
    return left[breaks[-1].end() :] if breaks else left


def is_history(sentence: str) -> bool:
    """A sentence about an earlier round or another company: no offering term comes from it."""
    if vocabulary().history.search(window_text(sentence)):
        return True
    return bool(PAST_ROUND.search(sentence)) and not FUTURE.search(sentence)


def is_change(left: str, right: str) -> bool:
    """`grew by €76,000`, `up €76k`, `an increase of $5m`, `$5m more than`: not a total."""
    return bool(AMOUNT_CHANGE.search(left.rstrip()) or AMOUNT_CHANGE_AFTER.match(right.lstrip()))


def is_comparison(left: str) -> bool:
    """`…, compared with $776,000`, `up from €169k`, `(FY2022: €158k)`: the same line, earlier."""
    return len(window_text(left).split()) <= DEFAULT_LEFT_WORDS // 2 and bool(
        COMPARISON.search(left)
    )


def is_part_of_year(text: str) -> bool:
    """`2024年1-9月，…`, `上半年`, `第一季度`: a sentence about part of a year."""
    return bool(PART_OF_YEAR.search(text))


def is_projected(sentence: str, own: str) -> bool:
    """Whether a value's words look forward (`expected`, `预计`): the sentence's in English;
    in Chinese, whose sentences run on over several years, the value's own words from the
    value before it to the end of its clause (`2024年营业收入2000万元，预计2025年…`)."""
    return bool(PROJECTION.search(own if CJK.search(sentence) else sentence))


def is_prior_year(text: str) -> bool:
    """`the year before`, `the prior year`, `a year earlier`."""
    return bool(PRIOR_YEAR.search(text))


def names_the_year(text: str) -> bool:
    """`the loss for the year was £63,000`: the year is the one just spoken of."""
    return bool(THE_YEAR.search(text))
