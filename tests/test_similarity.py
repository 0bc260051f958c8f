"""Copy detection in the warehouse: candidates by SQL, boilerplate learned, passages aligned.

The generated world (`tests/corpus_copies/`) has every copied passage with its offsets on both
sides; scores use the PAN text-alignment measures. Floors sit below what two fresh seeds give.
"""

from __future__ import annotations

import datetime as dt

import pytest

import warehouse
from extractors.fingerprints import fingerprint_pages
from tests.conftest import doc_id_for
from tests.corpus_copies.evaluate import run_world, score_world
from tests.corpus_copies.generate import world
from tests.corpus_copies.text import sentence, zh_sentence
from warehouse.alignment import Shingles, align

DAY = dt.timedelta(days=1)
START = dt.datetime(2025, 1, 1)


def prose(seed: int, n: int, *, zh: bool = False) -> list[str]:
    import random

    rng = random.Random(seed)
    write = zh_sentence if zh else sentence
    industry = "餐饮" if zh else "food"
    return [write(rng, industry=industry, company=f"C{seed}") for _ in range(n)]


def check(con, name: str, pages: list[str], day: int):
    return warehouse.check_copies(
        con, doc_id_for(name), fingerprint_pages(pages), received_at=START + day * DAY
    )


def test_a_copied_passage_is_found_with_its_offsets_on_both_sides(con):
    source = " ".join(prose(1, 30))
    passage = " ".join(prose(1, 30)[10:16])
    later = " ".join(prose(2, 12)) + " " + passage + " " + " ".join(prose(3, 12))
    assert check(con, "source", [source], 0) == []
    [match] = check(con, "later", [later], 1)
    assert match.source_doc_id == doc_id_for("source")
    [found] = match.passages
    assert later[found.start_char : found.end_char] == passage[: found.end_char - found.start_char]
    assert found.end_char - found.start_char >= len(passage) - 5
    assert source[found.source_start_char : found.source_end_char].startswith(passage[:40])
    assert match.copied_fraction == pytest.approx(len(passage) / len(later), abs=0.05)


def test_the_earlier_document_is_the_source_and_never_the_copy(con):
    text = " ".join(prose(4, 20))
    check(con, "first", [text], 0)
    [match] = check(con, "second", [text + " " + " ".join(prose(5, 3))], 1)
    assert match.source_doc_id == doc_id_for("first")
    first = warehouse.find_copies(con, doc_id_for("first"))
    assert first == []


def test_rechecking_a_document_changes_nothing(con):
    check(con, "a", [" ".join(prose(6, 20))], 0)
    pages = [" ".join(prose(6, 20)[5:15]), " ".join(prose(7, 10))]
    first = check(con, "b", pages, 1)
    tables = ("similarity", "copied_passages", "fingerprints", "similarity_bands")
    before = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}
    assert check(con, "b", pages, 1) == first
    warehouse.recheck_copies(con)
    after = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}
    assert after == before
    assert con.execute("SELECT count(*) FROM similarity").fetchone() == (1,)


def test_page_numbers_on_both_sides(con):
    copied = " ".join(prose(8, 6))
    check(con, "src", [" ".join(prose(9, 10)), copied], 0)
    [match] = check(con, "dst", [" ".join(prose(10, 3)), " ".join(prose(11, 3)), copied], 1)
    assert [(p.page_no, p.source_page_no) for p in match.passages] == [(3, 2)]


def test_a_template_many_plans_print_is_learned_as_boilerplate(con):
    template = " ".join(prose(12, 8))  # a platform's legal text, longer than anything copied
    flagged = [
        bool(check(con, f"p{n}", [template, " ".join(prose(20 + n, 12))], n)) for n in range(7)
    ]
    assert flagged[0] is False
    assert flagged[5:] == [False, False]  # four earlier plans print it: boilerplate now
    unrelated = doc_id_for("unrelated")
    check(con, "unrelated", [" ".join(prose(50, 12, zh=True))], 8)
    assert warehouse.recheck_copies(con, near=[unrelated]) == 0  # shares no anchor with them
    assert warehouse.recheck_copies(con, near=[doc_id_for("p6")]) > 0  # the early ones clear
    assert con.execute("SELECT count(*) FROM similarity").fetchone() == (0,)
    copier = [template, " ".join(prose(23, 12)[:6]), " ".join(prose(40, 6))]
    [match] = check(con, "copier", copier, 9)
    assert match.source_doc_id == doc_id_for("p3")


def test_chinese_copies_are_found_by_character_shingles(con):
    source = "".join(prose(30, 20, zh=True))
    check(con, "zh-source", [source], 0)
    later = "".join(prose(31, 8, zh=True)) + "".join(prose(30, 20, zh=True)[4:10])
    [match] = check(con, "zh-later", [later], 1)
    assert match.copied_fraction > 0.3


def test_copy_suspects_view_names_both_documents(con, make_arrival, make_disclosure):
    text = " ".join(prose(32, 20))
    for day, name in enumerate(("orig.pdf", "copy.pdf")):
        doc_id = doc_id_for(name)
        arrival = make_arrival(doc_id=doc_id, file_name=name, received_at=START + day * DAY)
        pages = [warehouse_page(text if day == 0 else text + " " + " ".join(prose(33, 4)))]
        disclosure = make_disclosure(doc_id=doc_id, pages=pages, page_count=1)
        warehouse.upsert_disclosure(con, arrival=arrival, disclosure=disclosure)
        warehouse.check_copies(
            con, doc_id, fingerprint_pages([pages[0].text]), received_at=arrival.received_at
        )
    row = con.execute(
        "SELECT file_name, source_file_name, copied_fraction, pages FROM copy_suspects"
    ).fetchall()
    assert row == [("copy.pdf", "orig.pdf", pytest.approx(0.85, abs=0.1), [1])]
    text_pair = con.execute("SELECT text, source_text FROM copied_passages").fetchone()
    assert text_pair[0][:500] == text_pair[1][:500] == text[:500]


def warehouse_page(text: str):
    from schemas import PageText

    return PageText(page_no=1, text=text)


def test_alignment_merges_reordered_sentences_into_one_passage():
    sentences = prose(34, 6)
    source = " ".join(prose(35, 5) + sentences + prose(36, 5))
    later = " ".join(prose(37, 5) + sentences[3:] + sentences[:3] + prose(38, 5))
    a, b = fingerprint_pages([source]), fingerprint_pages([later])
    passages = align(
        Shingles.of(b.shingles, b.starts, b.ends), Shingles.of(a.shingles, a.starts, a.ends)
    )
    assert len(passages) == 1


@pytest.mark.parametrize("seed", [11, 29])
def test_generated_world_copies_are_found_and_hard_negatives_are_not(seed):
    docs = world(seed)
    with warehouse.connect() as con:
        result = score_world(docs, run_world(docs, con))
    assert result.negatives_flagged == []
    assert result.pair_precision == 1.0
    assert result.pair_recall >= 0.95, result.missed
    assert result.pan.recall >= 0.85
    assert result.pan.precision >= 0.8
    assert result.pan.granularity <= 1.1
    assert result.pan.plagdet >= 0.8


@pytest.mark.realdocs
def test_clough_copies_are_flagged_and_independent_answers_are_not():
    from tests.corpus_copies.clough import CLOUGH, clough_decisions, clough_scores

    if not CLOUGH.is_dir():
        pytest.skip(f"{CLOUGH} is absent (../shared/realdocs is not part of the repository)")
    scores = clough_scores(clough_decisions())
    assert scores["flagged_non"] == 0.0
    assert scores["copy_precision"] == 1.0
    assert scores["flagged_cut"] >= 0.85  # 2 of 19 cut from article text the source lacks
    assert scores["flagged_light"] >= 0.65
    assert scores["copy_recall"] >= 0.78
