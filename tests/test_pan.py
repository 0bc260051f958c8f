"""The PAN text-alignment measures and format: hand-made cases, then a whole generated corpus
written in the PAN format and scored pair by pair, as a real PAN corpus in any language is."""

from __future__ import annotations

import math

import pytest

from tests.corpus_copies.evaluate import score_pan_folder
from tests.corpus_copies.generate import world
from tests.corpus_copies.pan import Feature, read_features, score, write_features, write_pan

CASE = Feature("s.txt", 100, 200, "r.txt", 1000, 200)


def test_a_perfect_detection_scores_one():
    result = score([CASE], [CASE])
    assert (result.precision, result.recall, result.granularity, result.plagdet) == (1, 1, 1, 1)


def test_half_a_case_found_is_half_the_recall_and_all_the_precision():
    half = Feature("s.txt", 100, 100, "r.txt", 1000, 100)
    result = score([CASE], [half])
    assert result.recall == pytest.approx(0.5)
    assert result.precision == 1.0


def test_a_case_found_in_two_pieces_doubles_granularity():
    first = Feature("s.txt", 100, 100, "r.txt", 1000, 100)
    second = Feature("s.txt", 200, 100, "r.txt", 1100, 100)
    result = score([CASE], [first, second])
    assert result.granularity == 2
    assert result.plagdet == pytest.approx(1 / math.log2(3))


def test_a_detection_in_the_wrong_source_or_place_counts_for_nothing():
    elsewhere = Feature("s.txt", 100, 200, "r.txt", 5000, 200)  # right text, wrong source part
    other = Feature("s.txt", 100, 200, "q.txt", 1000, 200)
    result = score([CASE], [elsewhere, other])
    assert (result.precision, result.recall) == (0.0, 0.0)


def test_features_round_trip_through_pan_xml(tmp_path):
    write_features(tmp_path / "a" / "s.xml", "s.txt", [CASE], name="plagiarism")
    [read] = read_features(tmp_path)
    assert read == Feature("s.txt", 100, 200, "r.txt", 1000, 200, "none")


def test_a_generated_corpus_in_pan_format_scores_above_the_floor(tmp_path):
    write_pan(world(7), tmp_path)
    result = score_pan_folder(tmp_path)
    assert result.cases > 40
    assert result.plagdet >= 0.85
    assert result.recall >= 0.85 and result.precision >= 0.8
