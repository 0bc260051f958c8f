"""Copy detection end to end: PDFs from two platforms through the ingest flow, then the review
command `disclose similar` on the console and as one offline HTML page."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

import warehouse
from flows.cli import app
from tests.corpus_copies.text import sentence
from tests.pdfs import text_pdf

LINE_CHARS = 95
LINES_PER_PAGE = 44


def paragraphs(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        " ".join(sentence(rng, industry="mobility", company=f"Firm{seed}") for _ in range(4))
        for _ in range(count)
    ]


def write_plan_bytes(title: str, body: list[str]) -> bytes:
    """A plan PDF: a title, then the paragraphs wrapped into lines and pages."""
    lines = [title, ""] + [line for p in body for line in [*textwrap.wrap(p, LINE_CHARS), ""]]
    return text_pdf([lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)])


def write_plan(path: Path, title: str, body: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(write_plan_bytes(title, body))
    return path


@pytest.fixture(scope="module")
def inboxes(tmp_path_factory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("copies")
    original = paragraphs(1, 10)
    write_plan(root / "first" / "original.pdf", "Original Mobility Ltd business plan", original)
    copied = paragraphs(2, 4) + original[3:7] + paragraphs(3, 3)
    write_plan(root / "second" / "copy.pdf", "Copycat Mobility Ltd business plan", copied)
    write_plan(root / "second" / "unrelated.pdf", "Unrelated Ltd plan", paragraphs(4, 10))
    return root / "first", root / "second", root / "disclosure.duckdb"


@pytest.fixture(scope="module")
def loaded(request, inboxes) -> Path:
    request.getfixturevalue("prefect_harness")
    first, second, db = inboxes
    runner = CliRunner()
    for inbox, platform in ((first, "seedrs"), (second, "crowdcube")):
        result = runner.invoke(app, ["ingest", str(inbox), "--db", str(db), "--platform", platform])
        assert result.exit_code == 0, result.output
    return db


@pytest.mark.slow
def test_the_copy_from_another_platform_is_a_suspect(loaded):
    _, rows = warehouse.query(
        loaded,
        "SELECT file_name, platform, source_file_name, source_platform, copied_fraction, passages "
        "FROM copy_suspects",
    )
    [(name, platform, source, source_platform, fraction, passages)] = rows
    assert (name, platform, source, source_platform) == (
        "copy.pdf",
        "crowdcube",
        "original.pdf",
        "seedrs",
    )
    assert 0.25 < fraction < 0.55
    assert passages == 1


@pytest.mark.slow
def test_similar_prints_the_passages_side_by_side_and_writes_a_page(loaded, tmp_path):
    page = tmp_path / "copy.html"
    result = CliRunner().invoke(
        app, ["similar", "copy.pdf", "--db", str(loaded), "--html", str(page)]
    )
    assert result.exit_code == 0, result.output
    assert "original.pdf (seedrs)" in result.output
    assert "of this document copied" in result.output
    written = page.read_text(encoding="utf-8")
    assert written.count("<mark") == 2  # the passage, marked in both documents
    assert "<script" not in written and "http" not in written  # opens offline


@pytest.mark.slow
def test_similar_on_an_original_finds_nothing_and_bad_names_are_usage_errors(loaded):
    runner = CliRunner()
    result = runner.invoke(app, ["similar", "original.pdf", "--db", str(loaded)])
    assert result.exit_code == 0 and "no copied text found" in result.output
    result = runner.invoke(app, ["similar", "nothing.pdf", "--db", str(loaded)])
    assert result.exit_code == 2


def test_financial_statements_are_neither_indexed_nor_checked(
    tmp_path, make_arrival, make_disclosure
):
    from extractors.fingerprints import fingerprint_pages
    from flows.similarity import check_disclosure
    from schemas import Settings

    text = " ".join(paragraphs(5, 3))
    work = tmp_path / "work.duckdb"
    for kind, day in (("financial_statement", 1), ("business_plan", 2)):
        arrival = make_arrival(doc_id=f"{day:064x}")
        disclosure = make_disclosure(
            doc_id=arrival.doc_id, doc_kind=kind, fingerprint=fingerprint_pages([text])
        )
        assert check_disclosure(work, disclosure, arrival=arrival, settings=Settings()) == []
    _, rows = warehouse.query(work, "SELECT doc_id FROM fingerprints")
    assert rows == [(f"{2:064x}",)]


def test_a_two_column_copy_of_a_one_column_plan_is_aligned_in_reading_order():
    import extractors
    from extractors.fingerprints import fingerprint_pages
    from tests.pdfs import two_column_pdf
    from warehouse.alignment import Shingles, align, covered, share

    body = paragraphs(6, 6)
    one = write_plan_bytes("Plan", body)
    two = two_column_pdf(body[:3], body[3:], title="Plan in two columns")
    fingerprints = [
        fingerprint_pages(
            [
                page.text
                for page in extractors.read_pdf(
                    data, doc_id="0" * 64, file_name="x.pdf", max_pages=10, min_text_chars=20
                ).pages
            ]
        )
        for data in (one, two)
    ]
    source, later = (Shingles.of(f.shingles, f.starts, f.ends) for f in fingerprints)
    passages = align(later, source)
    assert share(covered(passages, len(later))) > 0.9
    assert len(passages) <= 2  # the text reads on across the gutter, not line by line
