"""The ingest flow end to end on real PDFs, a real DuckDB file and Prefect's test harness.

The plain functions under the flow are tested first, without Prefect.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from pathlib import Path

import pytest

import warehouse
from flows.console import OutcomeHandler, progress
from flows.ingest import run_ingest
from flows.report import with_failed_rules
from flows.stages import Checked, Received, plan_jobs, process_file, receive_file
from schemas import Arrival, FileOutcome, Rejection, Settings
from schemas.regimes import REGIMES
from schemas.rules import RULE_IDS
from tests.pdfs import OFFER_LINES, write_pdf, write_scan

NASTY_NAME = "Ünïcødé 计划 a..b\\c.pdf"
# file name -> (outcome, reason) after the first run of the mixed inbox
EXPECTED = {
    "plan.pdf": ("loaded", None),
    "zz copy of plan.pdf": ("duplicate", "same content as plan.pdf"),
    NASTY_NAME: ("loaded", None),
    "empty.pdf": ("rejected", "empty"),
    "notes.pdf": ("rejected", "not_pdf"),
    "corrupt.pdf": ("rejected", "corrupt"),
    "locked.pdf": ("rejected", "encrypted"),
    "scan.pdf": ("rejected", "no_text_layer"),
    "long.pdf": ("rejected", "too_large"),
}
MAX_PAGES = 3


def make_inbox(folder: Path) -> Path:
    """One file per outcome the flow knows, with nasty names among them."""
    plan = write_pdf(folder / "plan.pdf")
    (folder / "zz copy of plan.pdf").write_bytes(plan.read_bytes())
    write_pdf(folder / "nested" / NASTY_NAME, OFFER_LINES)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.pdf").write_text("Minutes of the board meeting, not a PDF at all.")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n")
    write_pdf(folder / "locked.pdf", password="secret")
    write_scan(folder / "scan.pdf")
    write_pdf(folder / "long.pdf", OFFER_LINES, pages=MAX_PAGES + 1)
    (folder / ".hidden.pdf").write_bytes(plan.read_bytes())
    (folder / "download.pdf.part").write_bytes(b"%PDF-")
    return folder


def table_contents(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table and view, in a stable order."""
    names = warehouse.query(db, "SELECT table_name FROM information_schema.tables")[1]
    return {
        name: warehouse.query(db, f'SELECT * FROM "{name}" ORDER BY ALL')[1] for (name,) in names
    }


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    db = tmp_path_factory.mktemp("warehouse") / "disclosure.duckdb"
    return Settings(db=db, platform="seedrs", max_pages=MAX_PAGES)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    return make_inbox(tmp_path_factory.mktemp("inbox"))


@pytest.fixture(scope="module")
def first_run(prefect_harness, inbox, settings) -> tuple[list[FileOutcome], list[FileOutcome]]:
    """The outcomes the flow returned, and those its log records carried, on the first run."""
    heard: list[FileOutcome] = []
    with progress(total=1) as _:
        handler = OutcomeHandler(heard.append)
        logging.getLogger("prefect.flow_runs").addHandler(handler)
        try:
            outcomes = run_ingest([inbox], settings=settings)
        finally:
            logging.getLogger("prefect.flow_runs").removeHandler(handler)
    return outcomes, heard


# --- plain functions, no Prefect -------------------------------------------------------------


def arrival(name: str, content: str) -> Arrival:
    return Arrival(
        path=f"/inbox/{name}",
        file_name=name,
        platform="seedrs",
        doc_id=hashlib.sha256(content.encode()).hexdigest(),
        size_bytes=len(content),
        received_at="2025-03-01T00:00:00Z",
    )


def test_plan_processes_each_content_once():
    rejection = Rejection(reason="not_pdf", detail="x")
    received = [
        Received(arrival=arrival("a.pdf", "A")),
        Received(arrival=arrival("b.pdf", "B")),
        Received(arrival=arrival("copy of a.pdf", "A")),
        Received(arrival=arrival("bad.txt", "bad"), rejection=rejection),
        Received(arrival=arrival("bad again.txt", "bad"), rejection=rejection),
        Received(arrival=arrival("c.pdf", "C")),
        Received(arrival=arrival("d.pdf", "D")),
    ]
    known = {
        arrival("b.pdf", "B").doc_id: "loaded",
        arrival("c.pdf", "C").doc_id: "rejected",
        arrival("d.pdf", "D").doc_id: "rejected",
    }
    jobs = plan_jobs(received, known=known, retry={arrival("d.pdf", "D").doc_id})
    assert [job.action for job in jobs] == [
        "process",
        "repeat",  # decided as the warehouse decided it
        "repeat",  # decided as a.pdf will be
        "reject",
        "reject",  # bad bytes are rejected each time, never "a duplicate of bad.txt"
        "repeat",  # rejected before: rejected again, unless a retry is asked for
        "process",
    ]
    assert jobs[3].rejection == rejection


def test_a_file_over_max_bytes_is_hashed_and_rejected_without_being_parsed(tmp_path):
    path = write_pdf(tmp_path / "big.pdf")
    received = receive_file(path, platform="seedrs", max_bytes=100)
    assert received.arrival.doc_id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert received.arrival.size_bytes == path.stat().st_size
    assert received.rejection is not None
    assert received.rejection.reason == "too_large"
    assert "big.pdf" in received.rejection.detail


def test_receive_keeps_the_name_as_received(tmp_path):
    path = write_pdf(tmp_path / NASTY_NAME)
    received = receive_file(path, platform="seedrs", max_bytes=10_000_000)
    assert received.arrival.file_name == NASTY_NAME
    assert received.rejection is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [(name, reason) for name, (outcome, reason) in EXPECTED.items() if outcome == "rejected"],
)
def test_process_file_turns_bad_input_into_a_rejection(inbox, name, reason):
    settings = Settings(max_pages=MAX_PAGES)
    result = process_file(inbox / name, platform="seedrs", settings=settings)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert name in result.detail


def test_process_file_extracts_a_valid_disclosure(inbox):
    result = process_file(inbox / "plan.pdf", platform="seedrs", settings=Settings())
    assert isinstance(result, Checked)
    disclosure = result.disclosure
    assert disclosure.doc_id == hashlib.sha256((inbox / "plan.pdf").read_bytes()).hexdigest()
    assert disclosure.page_count == 1
    assert result.review.regime in REGIMES
    assert all(finding.rule_id in RULE_IDS for finding in result.review.findings)


# --- the flow -------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPECTED)
def test_every_file_ends_as_expected_with_one_receipt(first_run, settings, name):
    outcomes, _ = first_run
    by_name = {outcome.file_name: outcome for outcome in outcomes}
    assert (by_name[name].outcome, by_name[name].reason) == EXPECTED[name]
    rows = warehouse.query(
        settings.db, f"SELECT outcome, reason, platform FROM receipts WHERE file_name = '{name}'"
    )[1]
    assert rows == [(*EXPECTED[name], "seedrs")]


@pytest.mark.slow
def test_hidden_and_temporary_files_get_no_receipt(first_run, settings):
    outcomes, _ = first_run
    assert sorted(outcome.file_name for outcome in outcomes) == sorted(EXPECTED)
    assert warehouse.query(settings.db, "SELECT count(*) FROM receipts")[1] == [(len(EXPECTED),)]


@pytest.mark.slow
def test_rejected_documents_are_stored_with_their_reason(first_run, settings):
    rows = warehouse.query(
        settings.db,
        "SELECT file_name, reject_reason FROM documents WHERE status = 'rejected' ORDER BY 1",
    )[1]
    expected = sorted(
        (name, reason) for name, (outcome, reason) in EXPECTED.items() if outcome == "rejected"
    )
    assert rows == expected


@pytest.mark.slow
def test_the_same_content_under_another_name_is_loaded_once(first_run, settings, inbox):
    doc_id = hashlib.sha256((inbox / "plan.pdf").read_bytes()).hexdigest()
    documents = warehouse.query(
        settings.db, f"SELECT file_name, status FROM documents WHERE doc_id = '{doc_id}'"
    )[1]
    assert documents == [("plan.pdf", "loaded")]
    receipts = warehouse.query(
        settings.db, f"SELECT file_name FROM receipts WHERE doc_id = '{doc_id}' ORDER BY 1"
    )[1]
    assert receipts == [("plan.pdf",), ("zz copy of plan.pdf",)]


@pytest.mark.slow
def test_loaded_documents_carry_the_flow_run_id_and_their_pages(first_run, settings):
    rows = warehouse.query(
        settings.db,
        "SELECT DISTINCT flow_run_id FROM documents WHERE status = 'loaded'",
    )[1]
    assert len(rows) == 1
    uuid.UUID(rows[0][0])
    pages = warehouse.query(settings.db, "SELECT count(*) FROM pages")[1]
    assert pages == [(2,)]


@pytest.mark.slow
def test_the_log_carries_every_outcome(first_run):
    outcomes, heard = first_run
    assert sorted(heard, key=str) == sorted(outcomes, key=str)


@pytest.mark.slow
def test_running_the_same_files_again_adds_a_receipt_each_and_nothing_else(
    first_run, settings, inbox
):
    before = table_contents(settings.db)
    again = run_ingest([inbox], settings=settings)
    printed = {(o.file_name, o.outcome, o.reason) for o in again}
    expected_again = {
        (name, "rejected" if outcome == "rejected" else "duplicate", reason)
        for name, (outcome, reason) in EXPECTED.items()
        if outcome == "rejected"
    }
    assert expected_again <= printed
    assert ("plan.pdf", "duplicate", "same content as plan.pdf") in printed
    after = table_contents(settings.db)
    assert len(after["receipts"]) == 2 * len(before["receipts"])
    stored = warehouse.query(
        settings.db,
        "SELECT file_name, outcome, reason FROM receipts WHERE receipt_id IN "
        f"({', '.join(repr(o.receipt_id) for o in again)})",
    )[1]
    assert set(stored) == printed  # what is printed is what is stored
    # `_latest` is the publish bookkeeping (each document's latest publish), not data.
    data = [name for name in before if name not in ("receipts", "_latest")]
    changed = {name for name in data if before[name] != after[name]}
    assert changed == set()


@pytest.mark.slow
def test_an_empty_folder_gives_no_outcomes_and_an_empty_warehouse(prefect_harness, tmp_path):
    (tmp_path / "inbox").mkdir()
    settings = Settings(db=tmp_path / "empty.duckdb")
    assert run_ingest([tmp_path / "inbox"], settings=settings) == []
    assert warehouse.query(settings.db, "SELECT count(*) FROM receipts")[1] == [(0,)]


@pytest.mark.slow
def test_a_bug_propagates_and_what_was_stored_is_published(prefect_harness, tmp_path):
    write_pdf(tmp_path / "inbox" / "b plan.pdf")
    (tmp_path / "inbox" / "a notes.pdf").write_text("not a PDF")
    settings = Settings(db=tmp_path / "bug.duckdb", spacy_model="no_such_spacy_model")
    with pytest.raises(OSError, match="no_such_spacy_model"):
        run_ingest([tmp_path / "inbox"], settings=settings)
    receipts = warehouse.query(settings.db, "SELECT file_name, outcome FROM receipts")[1]
    assert receipts == [("a notes.pdf", "rejected")]


def test_a_loaded_documents_outcome_names_the_expectations_it_failed_beside_its_rules():
    # The GX suites run once per batch, after the stores: the run's artifact still lists them.
    loaded = FileOutcome(
        file_name="plan.pdf", doc_id="a" * 64, outcome="loaded", failed_rules=["round_size"]
    )
    copy = FileOutcome(file_name="copy.pdf", doc_id="a" * 64, outcome="duplicate")
    clean = FileOutcome(file_name="other.pdf", doc_id="b" * 64, outcome="loaded")
    failed = {"a" * 64: ["gx_currency_code", "round_size"]}
    merged = with_failed_rules([loaded, copy, clean], failed)
    assert [outcome.failed_rules for outcome in merged] == [
        ["gx_currency_code", "round_size"],
        [],
        [],
    ]
