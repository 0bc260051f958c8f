"""A document's text fingerprint: normalised tokens, shingles in reading order, a MinHash.

    pages ──► running headers and footers out ──► tokens (NFKC, case folded, digits as `0`)
          ──► shingles (5 words; 8 characters where the script has no spaces) ──► 64-bit hashes
          ──► MinHash signature (datasketch, `update_batch`)

The script decides the shingle, never the language: a token of Chinese, Japanese, Thai and like
scripts is one character, any other token is a word, and a shingle starting on a character is
`char_n` tokens long. Offsets point into the document's text (pages joined by a blank line), so
the warehouse can cut the copied passages out of `pages` without this module.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import numpy as np
from datasketch import MinHash

from extractors.patterns import DIGIT_RUN, FINGERPRINT_TOKEN
from schemas.fingerprint import Fingerprint, FingerprintScheme

DEFAULT_WORD_N = 5
DEFAULT_CHAR_N = 8  # ~4 Chinese words: as distinctive as five English ones
DEFAULT_NUM_PERM = 128
DEFAULT_SEED = 7
DEFAULT_SCHEME = FingerprintScheme(
    word_n=DEFAULT_WORD_N, char_n=DEFAULT_CHAR_N, num_perm=DEFAULT_NUM_PERM, seed=DEFAULT_SEED
)
DEFAULT_EDGE_LINES = 2
"""Lines at the top and at the bottom of a page that may be a running header or footer."""
DEFAULT_RUNNING_SHARE = 0.5
DEFAULT_RUNNING_MIN_PAGES = 3
DEFAULT_RUNNING_MAX_CHARS = 100
"""A running header or footer is one short line; a longer repeated line is body text."""
PAGE_SEPARATOR = "\n\n"
NUMBER = "0"
TOKEN_JOIN = "\x1f"
LOW_32_BITS = 0xFFFFFFFF


class Token(NamedTuple):
    """A normalised token and where it stands in the document's text."""

    text: str
    start: int
    end: int
    unspaced: bool


def fingerprint_pages(
    pages: Sequence[str], *, scheme: FingerprintScheme = DEFAULT_SCHEME
) -> Fingerprint:
    """The fingerprint of a document given as its pages' texts in reading order."""
    text = PAGE_SEPARATOR.join(pages)
    page_starts = list(_page_starts(pages))
    running = running_lines(pages)
    tokens = [
        token
        for page_text, start in zip(pages, page_starts, strict=True)
        for token in page_tokens(page_text, offset=start, skip=running)
    ]
    hashes, starts, ends = shingles_of(tokens, scheme=scheme)
    return Fingerprint(
        scheme=scheme,
        signature=signature_of(hashes, scheme=scheme),
        shingles=hashes,
        starts=starts,
        ends=ends,
        page_starts=page_starts,
        text_chars=len(text),
    )


def running_lines(pages: Sequence[str]) -> frozenset[str]:
    """Header and footer lines (digits blanked) printed at the edge of most pages."""
    if len(pages) < DEFAULT_RUNNING_MIN_PAGES:
        return frozenset()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        edges = lines[:DEFAULT_EDGE_LINES] + lines[-DEFAULT_EDGE_LINES:]
        counts.update({line_key(line) for line in edges if len(line) <= DEFAULT_RUNNING_MAX_CHARS})
    needed = max(DEFAULT_RUNNING_MIN_PAGES, DEFAULT_RUNNING_SHARE * len(pages))
    return frozenset(key for key, pages_with in counts.items() if pages_with >= needed)


def line_key(line: str) -> str:
    """A line as compared across pages: `Page 3 of 12` and `Page 4 of 12` are one line."""
    return " ".join(DIGIT_RUN.sub(NUMBER, unicodedata.normalize("NFKC", line).casefold()).split())


def page_tokens(page: str, *, offset: int, skip: frozenset[str]) -> Iterator[Token]:
    """The tokens of one page; running lines at its top and bottom are left out."""
    lines = page.splitlines(keepends=True)
    edge = _edge_indexes(lines)
    position = offset
    for index, line in enumerate(lines):
        if not (index in edge and line_key(line) in skip):
            yield from tokens_of(line, offset=position)
        position += len(line)


def tokens_of(text: str, *, offset: int = 0) -> Iterator[Token]:
    """Normalised tokens: NFKC, case folded, each number a placeholder, punctuation dropped."""
    for match in FINGERPRINT_TOKEN.finditer(text):
        start, end = match.span()
        if match.lastgroup == "number":
            value = NUMBER
        else:
            value = DIGIT_RUN.sub(NUMBER, unicodedata.normalize("NFKC", match[0]).casefold())
        yield Token(value, offset + start, offset + end, match.lastgroup == "char")


def shingles_of(
    tokens: Sequence[Token], *, scheme: FingerprintScheme
) -> tuple[list[int], list[int], list[int]]:
    """Hashes, starts and ends of the shingles; one made of numbers only is left out (a table
    row of figures says nothing about who wrote the text)."""
    hashes, starts, ends = [], [], []
    for index, token in enumerate(tokens):
        size = scheme.char_n if token.unspaced else scheme.word_n
        window = tokens[index : index + size]
        if len(window) < size and not (index == 0 and window):
            break
        if all(part.text == NUMBER for part in window):
            continue
        hashes.append(shingle_hash(TOKEN_JOIN.join(part.text for part in window)))
        starts.append(window[0].start)
        ends.append(window[-1].end)
    return hashes, starts, ends


def shingle_hash(shingle: str) -> int:
    """A stable 64-bit hash of a shingle (Python's `hash` changes between processes)."""
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "little")


def signature_of(hashes: Sequence[int], *, scheme: FingerprintScheme) -> list[int]:
    """The MinHash signature of a set of shingle hashes, under `scheme`."""
    minhash = MinHash(
        num_perm=scheme.num_perm, seed=scheme.seed, hashfunc=low_32_bits, scheme=scheme.permutation
    )
    minhash.update_batch(np.unique(np.asarray(hashes, dtype=np.uint64)).tolist())
    return [int(value) for value in minhash.hashvalues]


def low_32_bits(value: int) -> int:
    """The affine32 MinHash takes 32-bit input hashes: the low half of a shingle hash."""
    return value & LOW_32_BITS


def _page_starts(pages: Sequence[str]) -> Iterator[int]:
    """Where each page begins in the pages joined by `PAGE_SEPARATOR`."""
    position = 0
    for page in pages:
        yield position
        position += len(page) + len(PAGE_SEPARATOR)


def _edge_indexes(lines: Sequence[str]) -> set[int]:
    """Indexes of the first and last non-blank lines of a page, where running lines print."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return set(filled[:DEFAULT_EDGE_LINES] + filled[-DEFAULT_EDGE_LINES:])
