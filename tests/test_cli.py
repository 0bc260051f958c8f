"""The `disclose` command: exit codes, printed outcomes, read-only queries, demo and watch."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import warehouse
from flows.cli import app, sample_files, workers_for
from flows.inbox import claim, file_away
from schemas import FileOutcome, Settings
from tests.pdfs import OFFER_LINES, write_pdf

ROOT = Path(__file__).parent.parent


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def mixed(tmp_path) -> Path:
    """A folder with one good PDF and one mislabelled text file."""
    write_pdf(tmp_path / "in" / "plan.pdf")
    (tmp_path / "in" / "notes.pdf").write_text("not a PDF")
    return tmp_path / "in"


@pytest.fixture
def loaded_db(request, runner, mixed, tmp_path) -> Path:
    request.getfixturevalue("prefect_harness")
    db = tmp_path / "disclosure.duckdb"
    result = runner.invoke(app, ["ingest", str(mixed), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_ingest_exits_0_with_a_rejected_file_and_prints_the_outcomes(runner, mixed, tmp_path):
    (mixed / "minutes [draft].txt").write_text("[bold]not markup[/bold], not a PDF")
    db = tmp_path / "disclosure.duckdb"
    result = runner.invoke(app, ["ingest", str(mixed), "--db", str(db), "--platform", "seedrs"])
    assert result.exit_code == 0, result.output
    assert "Outcomes" in result.stdout
    assert "notes.pdf" in result.stdout
    assert "minutes [draft].txt" in result.stdout
    assert "not_pdf" in result.stdout
    assert "3 file(s): 1 loaded, 0 duplicate, 2 rejected" in result.stdout
    platforms = warehouse.query(db, "SELECT DISTINCT platform FROM receipts")[1]
    assert platforms == [("seedrs",)]
    assert (tmp_path / "disclosure.duckdb.log").is_file()


def test_ingest_of_a_missing_path_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(
        app, ["ingest", str(tmp_path / "nowhere.pdf"), "--db", str(tmp_path / "x.duckdb")]
    )
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
    assert not (tmp_path / "x.duckdb").exists()


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_a_pipeline_failure_exits_1_with_one_line_and_logs_the_traceback(runner, mixed, tmp_path):
    db = tmp_path / "bug.duckdb"
    env = {"DISCLOSE_SPACY_MODEL": "no_such_spacy_model"}
    result = runner.invoke(app, ["ingest", str(mixed), "--db", str(db)], env=env)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().startswith("error: the pipeline failed: OSError:")
    assert "Traceback" not in result.output
    log = (tmp_path / "bug.duckdb.log").read_text(encoding="utf-8")
    assert "Traceback" in log
    assert "no_such_spacy_model" in log


@pytest.mark.slow
@pytest.mark.parametrize("output", ["csv", "json", "table"])
def test_query_prints_rows_in_each_format(runner, loaded_db, output):
    sql = "SELECT file_name, outcome FROM receipts ORDER BY file_name"
    result = runner.invoke(app, ["query", sql, "--db", str(loaded_db), "--format", output])
    assert result.exit_code == 0, result.output
    expected = [("notes.pdf", "rejected"), ("plan.pdf", "loaded")]
    if output == "csv":
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert rows == [["file_name", "outcome"], *map(list, expected)]
    elif output == "json":
        records = json.loads(result.stdout)
        assert records == [{"file_name": name, "outcome": outcome} for name, outcome in expected]
    else:
        assert "notes.pdf" in result.stdout
        assert "2 row(s)" in result.stdout


@pytest.mark.slow
def test_query_is_read_only(runner, loaded_db):
    before = warehouse.query(loaded_db, "SELECT count(*) FROM receipts")[1]
    result = runner.invoke(app, ["query", "DELETE FROM receipts", "--db", str(loaded_db)])
    assert result.exit_code == 1  # the published tables are views over read-only parts
    result = runner.invoke(app, ["query", "CREATE TABLE notes (a INT)", "--db", str(loaded_db)])
    assert result.exit_code == 1
    assert "read-only" in result.stderr
    assert warehouse.query(loaded_db, "SELECT count(*) FROM receipts")[1] == before


def test_query_without_a_warehouse_says_so(runner, tmp_path):
    result = runner.invoke(app, ["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no warehouse" in result.stderr


@pytest.mark.parametrize(("outcome", "folder"), [("loaded", "processed"), ("rejected", "rejected")])
def test_a_stored_file_moves_beside_the_inbox_without_overwriting(tmp_path, outcome, folder):
    inbox = tmp_path / "inbox"
    earlier = tmp_path / folder / "seedrs" / "plan.pdf"
    earlier.parent.mkdir(parents=True)
    earlier.write_text("an earlier plan.pdf")
    path = inbox / "seedrs" / "plan.pdf"
    path.parent.mkdir(parents=True)
    path.write_text("this one")
    claimed = claim(path, inbox=inbox)
    assert claimed is not None
    assert not path.exists()
    stored = FileOutcome(file_name="plan.pdf", doc_id="0" * 64, outcome=outcome, reason="empty")
    moved = file_away(claimed, stored, inbox=inbox)
    assert moved == tmp_path / folder / "seedrs" / "plan (2).pdf"
    assert moved.read_text() == "this one"
    assert earlier.read_text() == "an earlier plan.pdf"
    assert not claimed.exists()
    assert not any((tmp_path / ".receiving").iterdir())  # the claim folder is gone
    reason = moved.with_name("plan (2).pdf.reason.txt")
    assert reason.is_file() == (outcome == "rejected")


def test_the_samples_are_pdfs_without_their_ground_truth():
    samples = sample_files()
    assert samples
    assert all(path.suffix == ".pdf" for path in samples)


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_demo_loads_every_sample_and_prints_the_review(runner, tmp_path):
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    count = len(sample_files())
    assert f"{count} file(s): {count} loaded" in result.stdout
    for title in (
        "Documents loaded",
        "Key figures per company",
        "Review queue",
        "No file rejected",
    ):
        assert title in result.stdout
    loaded = warehouse.query(db, "SELECT count(*) FROM documents WHERE status = 'loaded'")[1]
    assert loaded == [(count,)]
    # Every loaded sample was reviewed: the queue holds it, with its regime.
    queue = warehouse.query(db, "SELECT count(*), count(regime) FROM review_queue")[1]
    assert queue == [(count, count)]
    assert (tmp_path / "demo.duckdb.datadocs" / "index.html").is_file()
    assert "Data Docs" in result.stdout
    # The bundled statements reach statement_lines, and their key figures come from them.
    balance = warehouse.query(
        db,
        "SELECT d.file_name, s.fiscal_year, s.value, s.page_no FROM statement_lines s "
        "JOIN documents d USING (doc_id) WHERE s.line_item = 'total_assets' ORDER BY ALL",
    )[1]
    assert ("bluefin_software_financial_statements_2023.pdf", 2023, 286_000.0, 3) in balance
    stated = warehouse.query(
        db,
        "SELECT count(*) FROM figures f JOIN statement_lines s USING (doc_id) "
        "WHERE f.name = s.line_item AND f.fiscal_year = s.fiscal_year AND f.value = s.value "
        "AND f.page_no = s.page_no AND f.name = 'total_assets'",
    )[1]
    assert stated[0][0] >= 2


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_watch_once_moves_each_stored_file_beside_the_inbox(runner, tmp_path):
    inbox = tmp_path / "inbox"
    write_pdf(inbox / "seedrs" / "plan.pdf")
    notes = inbox / "seedrs" / "notes.pdf"
    notes.write_text("not a PDF")
    write_pdf(inbox / "offer.pdf", OFFER_LINES)
    fresh = inbox / "seedrs" / "still copying.pdf.part"  # a temporary name: left alone
    fresh.write_bytes(b"%PDF-1.4")
    db = tmp_path / "disclosure.duckdb"
    env = {"DISCLOSE_SETTLE_SECONDS": "0"}
    result = runner.invoke(app, ["watch", str(inbox), "--db", str(db), "--once"], env=env)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "processed" / "seedrs" / "plan.pdf").is_file()
    assert (tmp_path / "rejected" / "seedrs" / "notes.pdf").is_file()
    assert "not_pdf" in (tmp_path / "rejected" / "seedrs" / "notes.pdf.reason.txt").read_text()
    assert (tmp_path / "processed" / "offer.pdf").is_file()
    assert fresh.is_file()
    receipts = warehouse.query(db, "SELECT file_name, platform FROM receipts ORDER BY 1")[1]
    assert receipts == [("notes.pdf", "seedrs"), ("offer.pdf", "default"), ("plan.pdf", "seedrs")]


@pytest.mark.slow
def test_the_command_is_quiet_in_ephemeral_mode(tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_text("not a PDF")  # rejected before parsing: no parser process, no spaCy
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PREFECT_", "DISCLOSE_"))
    }
    env |= {"PREFECT_HOME": str(tmp_path / "prefect"), "PYTHONPATH": str(ROOT)}
    db = tmp_path / "disclosure.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "flows", "ingest", str(notes), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "1 file(s): 0 loaded, 0 duplicate, 1 rejected" in done.stdout


@pytest.mark.parametrize(("files", "workers"), [(1, 1), (2, 2), (40, 2), (0, 1)])
def test_an_ingest_starts_no_more_workers_than_it_has_files(files, workers):
    assert workers_for(Settings(workers=2), files=files) == workers
