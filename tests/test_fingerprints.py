"""Fingerprints: normalised tokens, shingles by script, running lines out, MinHash and scheme."""

from __future__ import annotations

import pytest
from datasketch import LeanMinHash

from extractors.fingerprints import (
    DEFAULT_SCHEME,
    fingerprint_pages,
    running_lines,
    signature_of,
    tokens_of,
)
from schemas import Fingerprint

PLAN = (
    "Our robots sort parcels for regional couriers in Leeds and cut handling costs by 31% "
    "within the first year of service, while staff move to better paid supervision work."
)


def shingle_set(text: str) -> set[int]:
    return set(fingerprint_pages([text]).shingles)


def test_numbers_case_and_punctuation_do_not_change_a_shingle():
    changed = PLAN.upper().replace("31%", "45 %").replace(",", ";")
    assert shingle_set(changed) == shingle_set(PLAN)


def test_a_changed_word_breaks_only_the_shingles_over_it():
    edited = PLAN.replace("regional", "local")
    kept = shingle_set(edited) & shingle_set(PLAN)
    assert len(shingle_set(PLAN)) - len(kept) == DEFAULT_SCHEME.word_n


@pytest.mark.parametrize(
    ("text", "unspaced"),
    [
        ("公司为杭州的物流仓库提供储能电池柜", True),
        ("当社は東京で物流ロボットを販売しています", True),
        ("บริษัทขายหุ่นยนต์", True),
        ("Die Gesellschaft verkauft Roboter", False),
        ("कंपनी रोबोट बेचती है", False),
    ],
)
def test_the_script_decides_characters_or_words(text, unspaced):
    tokens = list(tokens_of(text))
    assert all(token.unspaced == unspaced for token in tokens)
    if not unspaced:  # a Devanagari vowel sign stays inside its word
        assert [token.text for token in tokens] == text.casefold().split()


def test_chinese_shingles_are_character_windows():
    text = "公司为杭州的物流仓库提供储能电池柜"
    fingerprint = fingerprint_pages([text])
    assert len(fingerprint.shingles) == len(text) - DEFAULT_SCHEME.char_n + 1
    start, end = fingerprint.starts[0], fingerprint.ends[0]
    assert text[start:end] == text[: DEFAULT_SCHEME.char_n]


def test_running_headers_and_page_numbers_are_left_out():
    bodies = [PLAN, PLAN.replace("Leeds", "Hull"), "Second body line.\nThird.", PLAN.lower()]
    pages = [f"Acme Ltd · Business plan\n{body}\nPage {n} of 4" for n, body in enumerate(bodies)]
    assert running_lines(pages) == {"acme ltd · business plan", "page 0 of 0"}
    fingerprint = fingerprint_pages(pages)
    other_header = [page.replace("Acme Ltd", "Zenith Group plc") for page in pages]
    assert fingerprint_pages(other_header).shingles == fingerprint.shingles
    text = "\n\n".join(pages)
    assert fingerprint.page_starts == [text.index(page) for page in pages]


def test_a_line_repeated_in_the_body_is_kept():
    pages = [f"{PLAN}\nNotes {n}" for n in range(4)]
    assert running_lines(pages) == {"notes 0"}
    assert len(fingerprint_pages(pages).shingles) > 4 * 20


def test_offsets_point_into_the_pages_joined_by_a_blank_line():
    pages = ["First page about robots and couriers in Leeds.", PLAN]
    fingerprint = fingerprint_pages(pages)
    text = "\n\n".join(pages)
    last = len(fingerprint.shingles) - 1
    assert (
        text[fingerprint.starts[last] : fingerprint.ends[last]] == "to better paid supervision work"
    )


def test_a_table_row_of_figures_makes_no_shingle():
    assert fingerprint_pages(["1,200 3,400 5,600 7,800 9,000 1,100"]).shingles == []


def test_the_signature_is_a_datasketch_minhash_under_its_stored_scheme():
    fingerprint = fingerprint_pages([PLAN])
    assert isinstance(fingerprint, Fingerprint)
    assert fingerprint.scheme.key == "v1:w5:c8:p128:s7:affine32:blake2b64"
    rebuilt = LeanMinHash(
        seed=fingerprint.scheme.seed,
        hashvalues=fingerprint.signature,
        scheme=fingerprint.scheme.permutation,
    )
    edited = fingerprint_pages([PLAN.replace("regional", "local")])
    other = LeanMinHash(seed=7, hashvalues=edited.signature, scheme="affine32")
    exact = len(set(fingerprint.shingles) & set(edited.shingles)) / len(
        set(fingerprint.shingles) | set(edited.shingles)
    )
    assert rebuilt.jaccard(other) == pytest.approx(exact, abs=0.15)
    assert signature_of([], scheme=DEFAULT_SCHEME) == [2**32 - 1] * DEFAULT_SCHEME.num_perm
