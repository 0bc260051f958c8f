"""What a document is: its language and its kind, from the words it uses."""

from __future__ import annotations

from collections import Counter

from extractors.patterns import CJK, LATIN_WORD
from schemas import DocKind

DEFAULT_ZH_SHARE = 0.2  # CJK characters among letters above which a document is Chinese
DEFAULT_HEAD_CHARS = 3000  # the first page or so, where a document says what it is

# Stop words that tell Latin-script languages apart; `en` wins ties.
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "for",
            "with",
            "our",
            "we",
            "that",
            "are",
            "on",
            "by",
            "this",
            "be",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "du",
            "une",
            "est",
            "pour",
            "dans",
            "nous",
            "que",
            "sur",
            "par",
            "avec",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "mit",
            "für",
            "wir",
            "den",
            "von",
            "zu",
            "ein",
            "eine",
            "auf",
            "nicht",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "de",
            "que",
            "en",
            "es",
            "para",
            "con",
            "por",
            "una",
            "nuestro",
            "del",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "voor",
            "met",
            "wij",
            "op",
            "zijn",
            "dat",
            "niet",
            "aan",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "la",
            "le",
            "e",
            "di",
            "che",
            "per",
            "con",
            "una",
            "sono",
            "del",
            "della",
            "nel",
            "non",
        ]
    ),
}

# Phrases that mark each kind; a hit in the head of the document counts three times.
KIND_PHRASES: dict[DocKind, tuple[str, ...]] = {
    "financial_statement": (
        "balance sheet",
        "statement of financial position",
        "income statement",
        "profit and loss",
        "statement of operations",
        "statement of comprehensive income",
        "cash flow statement",
        "statement of cash flows",
        "financial statements",
        "notes to the financial statements",
        "资产负债表",
        "利润表",
        "现金流量表",
        "财务报表",
    ),
    "offering": (
        "offering document",
        "offering memorandum",
        "offer document",
        "term sheet",
        "terms of the offer",
        "offering terms",
        "investment terms",
        "the offer",
        "subscription",
        "how to invest",
        "crowdfunding offer",
        "key information statement",
        "招股说明书",
        "发行",
    ),
    "business_plan": (
        "business plan",
        "executive summary",
        "market analysis",
        "target market",
        "competition",
        "competitive landscape",
        "marketing strategy",
        "go-to-market",
        "business model",
        "商业计划书",
        "商业计划",
        "市场分析",
    ),
}
DEFAULT_MIN_SCORE = 2
DEFAULT_TITLE_CHARS = 200  # the title block: what a document calls itself decides first
TITLE_PHRASES: dict[DocKind, tuple[str, ...]] = {
    "business_plan": ("business plan", "growth plan", "strategic plan", "商业计划书", "商业计划"),
    "offering": (
        "offering document",
        "offering memorandum",
        "offer document",
        "term sheet",
        "key information",
        "key investment information",  # the EU crowdfunding regulation's KIIS
        "investment information sheet",
        "investment offer",
        "招股说明书",
    ),
    "financial_statement": (
        "balance sheet",
        "financial statements",
        "income statement",
        "profit and loss",
        "statement of financial position",
        "资产负债表",
        "财务报表",
        "季度报告",
        "年度报告",
    ),
}


def detect_language(text: str) -> str:
    """ISO 639-1 code of the document's main language (`zh` for Chinese, else by stop words)."""
    cjk = len(CJK.findall(text))
    words = LATIN_WORD.findall(text.lower())
    if cjk and cjk / max(cjk + sum(len(word) for word in words), 1) > DEFAULT_ZH_SHARE:
        return "zh"
    counts = Counter(
        language for word in words for language, stops in STOP_WORDS.items() if word in stops
    )
    if not counts:
        return "en"
    best, hits = counts.most_common(1)[0]
    return "en" if counts["en"] == hits else best


def classify_kind(text: str, *, title: str = "") -> DocKind:
    """business_plan | offering | financial_statement | other, by weighted phrase hits."""
    lowered = text.lower()
    title_block = f"{title}\n{lowered[:DEFAULT_TITLE_CHARS]}".lower()
    titled = [
        (title_block.find(phrase), kind)
        for kind, phrases in TITLE_PHRASES.items()
        for phrase in phrases
        if phrase in title_block
    ]
    if titled:
        return min(titled)[1]
    head = f"{title}\n{lowered[:DEFAULT_HEAD_CHARS]}".lower()
    scores = {
        kind: sum(lowered.count(phrase) + 2 * head.count(phrase) for phrase in phrases)
        for kind, phrases in KIND_PHRASES.items()
    }
    kind, score = max(scores.items(), key=lambda item: item[1])
    if score < DEFAULT_MIN_SCORE:
        return "other"
    # A business plan quotes its financial statements; the title decides between the two.
    if kind == "financial_statement" and scores["business_plan"] >= score / 2:
        head_plan = sum(head.count(phrase) for phrase in KIND_PHRASES["business_plan"][:2])
        return "business_plan" if head_plan else kind
    return kind
