"""The watched folder under faults: one regression test per bug of issue 9, named after it.

The crash trials kill real `disclose watch` processes with SIGKILL at random moments while a
reviewer process holds the warehouse open read-only, restart them, and check that every dropped
file has exactly one receipt and sits where its stored outcome says.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import warehouse
from flows import stages
from flows.cli import app
from flows.inbox import claim, claimed_files, settled_files
from flows.watch import Backoff, watch_inbox
from schemas import Rejection, Settings, WarehouseError
from tests import bench_processes
from tests.pdfs import OFFER_LINES, write_pdf
from warehouse.rows import CHILD_TABLES

ROOT = Path(__file__).parent.parent
CRASH_TRIALS = 20
CRASH_FILES = 6
PROCESS_TIMEOUT = 600
RECORDED_WITHIN = 60.0
"""Seconds a finished run's task runs may take to show (batches are flushed every second)."""
READER = "import duckdb, sys; con = duckdb.connect(sys.argv[1], read_only=True); sys.stdin.read()"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(db=tmp_path / "disclosure.duckdb", settle_seconds=0, inbox=tmp_path / "inbox")


def receipts(db: Path) -> list[tuple]:
    sql = "SELECT file_name, outcome, reason FROM receipts ORDER BY received_at, file_name"
    return warehouse.query(db, sql)[1]


def watch_once(settings: Settings) -> list:
    return watch_inbox(str(settings.inbox), str(settings.db), "default", settings=settings)


# --- without Prefect ----------------------------------------------------------------------


def test_half_written_and_temporary_files_are_not_settled(tmp_path):
    inbox = tmp_path / "inbox"
    write_pdf(inbox / "seedrs" / "plan.pdf")
    (inbox / "seedrs" / "copy.pdf.part").write_bytes(b"%PDF-")
    (inbox / ".hidden.pdf").write_bytes(b"%PDF-")
    (inbox / "~$owner.pdf").write_bytes(b"%PDF-")
    assert settled_files(inbox, settle_seconds=60) == []  # just written: not settled
    assert [path.name for path in settled_files(inbox, settle_seconds=0)] == ["plan.pdf"]


def test_a_file_that_vanishes_before_its_claim_is_skipped(tmp_path):
    inbox = tmp_path / "inbox"
    path = write_pdf(inbox / "plan.pdf")
    path.unlink()
    assert claim(path, inbox=inbox) is None
    assert list((tmp_path / ".receiving").iterdir()) == []


# --- through the flow -----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_receipts_lose_arrivals_same_bytes_dropped_three_times(settings):
    content = write_pdf(settings.inbox.parent / "plan.pdf").read_bytes()
    printed = []
    for _ in range(3):
        (settings.inbox / "seedrs").mkdir(parents=True, exist_ok=True)
        (settings.inbox / "seedrs" / "plan.pdf").write_bytes(content)
        printed += [(o.file_name, o.outcome, o.reason) for o in watch_once(settings)]
    assert receipts(settings.db) == printed  # printed is stored, every arrival
    assert [outcome for _, outcome, _ in printed] == ["loaded", "duplicate", "duplicate"]
    processed = settings.inbox.parent / "processed" / "seedrs"
    assert sorted(path.name for path in processed.iterdir()) == [
        "plan (2).pdf",
        "plan (3).pdf",
        "plan.pdf",
    ]


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_a_bug_on_one_file_fails_the_run_once_the_others_are_stored(settings, monkeypatch):
    """The file a stage raises on stays claimed, for the next run; the others are stored and
    filed away, and the run raises the bug, naming the file."""
    settings.inbox.mkdir()
    write_pdf(settings.inbox / "good.pdf")
    bad = write_pdf(settings.inbox / "bug.pdf", OFFER_LINES).read_bytes()
    (settings.inbox / "bug copy.pdf").write_bytes(bad)  # repeats a content that failed
    real = stages.review

    def review(disclosure, **kwargs):
        if disclosure.doc_id == hashlib.sha256(bad).hexdigest():
            raise KeyError("a bug in a rule")
        return real(disclosure, **kwargs)

    monkeypatch.setattr(stages, "review", review)
    with pytest.raises(KeyError, match="a bug in a rule") as raised:
        watch_once(settings)
    assert "2 file(s) not stored" in (note := " ".join(raised.value.__notes__))
    assert "bug copy.pdf, bug.pdf" in note
    assert [(name, outcome) for name, outcome, _ in receipts(settings.db)] == [
        ("good.pdf", "loaded")
    ]
    assert (settings.inbox.parent / "processed" / "good.pdf").is_file()
    assert sorted(path.name for path in claimed_files(settings.inbox)) == [
        "bug copy.pdf",
        "bug.pdf",
    ]
    monkeypatch.setattr(stages, "review", real)  # the bug fixed, the next run stores them
    outcomes = watch_once(settings)  # which copy is claimed first is the listing's order
    assert sorted(o.file_name for o in outcomes) == ["bug copy.pdf", "bug.pdf"]
    assert sorted(o.outcome for o in outcomes) == ["duplicate", "loaded"]


def test_files_a_failed_run_left_claimed_wait_longer_after_each_failure(settings, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr("flows.watch.time.monotonic", lambda: now[0])
    settings.inbox.mkdir()
    write_pdf(settings.inbox / "bug.pdf")
    claim(settings.inbox / "bug.pdf", inbox=settings.inbox)
    backoff = Backoff(interval=2.0)
    assert backoff.due(settings.inbox, settings=settings)
    waits = []
    for _ in range(9):
        backoff.record(completed=False)
        waits.append(backoff.until - now[0])
        assert not backoff.due(settings.inbox, settings=settings)
        write_pdf(settings.inbox / "new.pdf")  # a new file is not held up
        assert backoff.due(settings.inbox, settings=settings)
        (settings.inbox / "new.pdf").unlink()
        now[0] = backoff.until
        assert backoff.due(settings.inbox, settings=settings)
    assert waits == [4, 8, 16, 32, 64, 128, 256, 300, 300]
    backoff.record(completed=True)
    assert backoff.until == 0 and backoff.due(settings.inbox, settings=settings)


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_no_retry_zero_byte_files_are_empty_each_time(settings):
    settings.inbox.mkdir()
    for name in ("a.pdf", "b.pdf"):
        (settings.inbox / name).write_bytes(b"")
    outcomes = watch_once(settings)
    assert {(o.file_name, o.outcome, o.reason) for o in outcomes} == {
        ("a.pdf", "rejected", "empty"),
        ("b.pdf", "rejected", "empty"),
    }
    assert (settings.inbox.parent / "rejected" / "default" / "b.pdf.reason.txt").is_file() or (
        settings.inbox.parent / "rejected" / "b.pdf.reason.txt"
    ).is_file()


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_no_retry_a_timeout_is_retried_on_request(settings, tmp_path):
    from flows.ingest import run_ingest

    plan = write_pdf(tmp_path / "plan.pdf")
    (arrival,) = [o for o in run_ingest([plan], settings=settings)]
    # Make the stored outcome a timeout, as a parse under load would have: a rejected document
    # has no rows in any child table.
    with warehouse.writer(settings.db) as out, warehouse.connect(out.work) as con:
        for table in (*CHILD_TABLES, "documents", "receipts"):
            con.execute(f"DELETE FROM {table}")
    stored = _arrival_of(plan)
    timeout = Rejection(reason="timeout", detail="plan.pdf: over budget")
    with warehouse.writer(settings.db) as out, warehouse.connect(out.work) as con:
        warehouse.record_rejection(con, arrival=stored, rejection=timeout)
    again = run_ingest([plan], settings=settings)
    assert [(o.outcome, o.reason) for o in again] == [("rejected", "timeout")]
    result = CliRunner().invoke(app, ["retry", arrival.doc_id, "--db", str(settings.db)])
    assert result.exit_code == 0, result.output
    retried = run_ingest([plan], settings=settings)
    assert [o.outcome for o in retried] == ["loaded"]
    assert warehouse.query(settings.db, "SELECT count(*) FROM retry_requests")[1] == [(0,)]
    flag = run_ingest([plan], settings=settings, retry=True)
    assert [o.outcome for o in flag] == ["duplicate"]  # loaded content: nothing to retry


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_crash_between_storing_and_moving_files_by_the_stored_outcome(settings):
    notes = settings.inbox / "seedrs" / "notes.pdf"
    notes.parent.mkdir(parents=True)
    notes.write_text("not a PDF")
    claimed = claim(notes, inbox=settings.inbox)
    assert claimed is not None
    # Stored, then killed before the move: the file is still claimed.
    stored = _arrival_of(claimed, receipt_id=claimed.parent.parent.name, platform="seedrs")
    rejection = Rejection(reason="not_pdf", detail="notes.pdf: not a PDF")
    with warehouse.writer(settings.db) as out, warehouse.connect(out.work) as con:
        warehouse.record_rejection(con, arrival=stored, rejection=rejection)
    watch_once(settings)  # the restart
    assert (settings.inbox.parent / "rejected" / "seedrs" / "notes.pdf").is_file()
    assert not (settings.inbox.parent / "processed").exists()
    assert receipts(settings.db) == [("notes.pdf", "rejected", "not_pdf")]


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_symlinks_are_followed_no_more(settings, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:SECRET")
    settings.inbox.mkdir()
    (settings.inbox / "y.pdf").symlink_to(secret)
    (outcome,) = watch_once(settings)
    assert (outcome.outcome, outcome.reason) == ("rejected", "not_pdf")
    details = warehouse.query(settings.db, "SELECT detail FROM receipts")[1]
    assert "SECRET" not in str(details)
    assert "symbolic link" in details[0][0]
    moved = settings.inbox.parent / "rejected" / "y.pdf"
    assert moved.is_symlink()
    assert secret.read_text() == "root:x:0:0:SECRET"


def test_a_db_that_is_not_duckdb_gets_a_clear_message(tmp_path):
    db = tmp_path / "notes.duckdb"
    db.write_text("my notes, not a warehouse")
    with (
        pytest.raises(WarehouseError, match="not a readable DuckDB warehouse"),
        warehouse.writer(db),
    ):
        pass


def test_query_csv_into_head_exits_0(tmp_path, make_arrival, make_disclosure, make_doc_id):
    db = tmp_path / "disclosure.duckdb"
    with warehouse.writer(db) as out, warehouse.connect(out.work) as con:
        for number in range(2000):
            doc_id = make_doc_id(str(number))
            arrival = make_arrival(doc_id=doc_id, file_name=f"{number}.pdf")
            warehouse.record_duplicate(con, arrival=arrival, original_file_name="x.pdf")
    command = (
        f"{sys.executable} -m flows query 'SELECT * FROM receipts' --db {db} --format csv | head -1"
    )
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=PROCESS_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("receipt_id,file_name")
    assert done.stderr == ""


# --- SIGKILL at random moments, real processes ----------------------------------------------


@pytest.mark.slow
@pytest.mark.crash
@pytest.mark.parametrize("trial", range(CRASH_TRIALS))
def test_sigkill_at_any_moment_leaves_exactly_one_outcome_per_file(
    prefect_harness, tmp_path, trial
):
    rng = random.Random(trial)
    inbox, db = tmp_path / "inbox", tmp_path / "disclosure.duckdb"
    with warehouse.writer(db):
        pass  # a published warehouse for the reviewer to hold open throughout
    names = _drop_files(inbox, rng, count=2 * CRASH_FILES)
    env = _watch_env(tmp_path)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE)
    try:
        killed = _start_watch(inbox, db, env)
        time.sleep(rng.uniform(0.5, 10.0))
        os.killpg(killed.pid, signal.SIGKILL)  # the watcher, its workers, all at once
        killed.wait(PROCESS_TIMEOUT)
        _run_watch(inbox, db, env)  # the restart finishes the batch
    finally:
        reader.communicate(timeout=PROCESS_TIMEOUT)  # closes its stdin: it ends
    stored = warehouse.query(db, "SELECT file_name, outcome FROM receipts")[1]
    assert sorted(name for name, _ in stored) == sorted(names)  # one each, none missing
    loaded = warehouse.query(db, "SELECT count(*), count(DISTINCT doc_id) FROM documents")[1]
    assert loaded[0][0] == loaded[0][1]
    for name, outcome in stored:
        folder = "rejected" if outcome == "rejected" else "processed"
        assert (tmp_path / folder / "p" / name).is_file(), (name, outcome)
    assert not [path for path in inbox.rglob("*") if path.is_file()]


def _drop_files(inbox: Path, rng: random.Random, *, count: int) -> list[str]:
    """A few PDFs (some repeating content) and a bad file, under platform `p`."""
    names = []
    for number in range(count):
        name = f"f{number:02d}.pdf"
        if number % 5 == 4:
            (inbox / "p" / name).write_text("not a PDF")
        else:
            lines = [*OFFER_LINES, f"Reference {rng.randrange(3)}"]
            write_pdf(inbox / "p" / name, lines)
        names.append(name)
    return names


def _watch_env(tmp_path: Path) -> dict[str, str]:
    """The test's Prefect server (no temporary one per process), a quick settle and publish."""
    from prefect.settings import PREFECT_API_URL

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DISCLOSE_"))}
    return env | {
        "PREFECT_API_URL": str(PREFECT_API_URL.value()),
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PYTHONPATH": str(ROOT),
        "DISCLOSE_SETTLE_SECONDS": "0",
        "DISCLOSE_PUBLISH_SECONDS": "1",
    }


def _start_watch(inbox: Path, db: Path, env: dict[str, str]) -> subprocess.Popen:
    command = [sys.executable, "-m", "flows", "watch", str(inbox), "--db", str(db), "--once"]
    return subprocess.Popen(
        command,
        env=env,
        cwd=inbox.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so the kill takes its workers too
    )


def _run_watch(inbox: Path, db: Path, env: dict[str, str]) -> None:
    process = _start_watch(inbox, db, env)
    assert process.wait(PROCESS_TIMEOUT) == 0


def _arrival_of(path: Path, **overrides: str):
    import datetime as dt
    import hashlib

    from schemas import Arrival

    data = path.read_bytes()
    values = {
        "path": str(path),
        "file_name": path.name,
        "platform": "default",
        "doc_id": hashlib.sha256(data).hexdigest(),
        "size_bytes": len(data),
        "received_at": dt.datetime.now(dt.UTC),
    }
    return Arrival(**(values | overrides))


# --- runs a killed process left RUNNING; what the UI shows ------------------------------------


def _running_run(db: Path, flow_name: str = "ingest") -> str:
    """A flow run recorded as RUNNING on `db`, as a SIGKILLed process leaves it."""
    from prefect import get_client
    from prefect.states import Running

    with get_client(sync_client=True) as client:
        created = client.create_flow_run(
            flow=_named_flow(flow_name), parameters={"db": str(db)}, state=Running()
        )
    return str(created.id)


def _named_flow(name: str):
    from prefect import flow

    @flow(name=name)
    def stand_in(db: str) -> None:  # only its name and parameters are recorded
        del db

    return stand_in


def _state_of(run_id: str) -> str:
    from prefect import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(run_id).state.type.value


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_orphaned_running_runs_are_marked_crashed_on_start(tmp_path):
    from flows.runs import mark_orphans_crashed

    db, other = tmp_path / "disclosure.duckdb", tmp_path / "other.duckdb"
    orphan, watcher, elsewhere = (
        _running_run(db),
        _running_run(db, "watch-inbox"),
        _running_run(other),
    )
    with warehouse.writer(db):  # a live writer: its runs are running indeed
        assert mark_orphans_crashed(db) == 0
    assert _state_of(orphan) == "RUNNING"
    assert mark_orphans_crashed(db) == 2
    assert (_state_of(orphan), _state_of(watcher)) == ("CRASHED", "CRASHED")
    assert _state_of(elsewhere) == "RUNNING"  # another warehouse's run is not ours to judge


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_each_run_leaves_a_table_of_its_files(settings):
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from flows.report import COLUMNS

    settings.inbox.mkdir()
    write_pdf(settings.inbox / "plan.pdf")
    (settings.inbox / "notes.pdf").write_text("not a PDF")
    outcomes = watch_once(settings)
    run_ids = warehouse.query(settings.db, "SELECT DISTINCT flow_run_id FROM receipts")[1]
    with get_client(sync_client=True) as client:
        (artifact,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[run_ids[0][0]])
            )
        )
    assert artifact.type == "table"
    rows = json.loads(artifact.data) if isinstance(artifact.data, str) else artifact.data
    assert [tuple(row) for row in rows] == [COLUMNS] * len(rows)
    assert {(row["file"], row["outcome"], row["reason"]) for row in rows} == {
        (o.file_name, o.outcome, o.reason or "") for o in outcomes
    }
    assert {row["file"]: row["pages"] for row in rows}["plan.pdf"] == 1
    (plan,) = [o for o in outcomes if o.file_name == "plan.pdf"]
    assert {row["file"]: row["failed rules"] for row in rows}["plan.pdf"] == ", ".join(
        plan.failed_rules
    )


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_every_stage_of_every_file_is_recorded_as_a_named_task_run(settings):
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    # The server records task runs in batches (`flows.SERVER_DEFAULTS`): none may be lost.
    settings.inbox.mkdir()
    names = [f"plan{number}.pdf" for number in range(3)]
    for number, name in enumerate(names):
        write_pdf(settings.inbox / name, [*OFFER_LINES, f"Reference {number}"])
    (settings.inbox / "notes.pdf").write_text("not a PDF")
    watch_once(settings)
    (run_id,) = warehouse.query(settings.db, "SELECT DISTINCT flow_run_id FROM receipts")[1][0]
    stages = ("receive", "parse", "extract", "store", "similarity")
    expected = {f"{stage} {name}" for stage in stages for name in names}
    expected |= {"receive notes.pdf", "store notes.pdf"}  # rejected as it was received
    this_run = FlowRunFilter(id=FlowRunFilterId(any_=[run_id]))
    deadline = time.monotonic() + RECORDED_WITHIN
    with get_client(sync_client=True) as client:
        while not expected <= (recorded := _task_run_names(client, this_run)):
            assert time.monotonic() < deadline, sorted(expected - recorded)
            time.sleep(1)
    checks = [name for name in recorded if name.startswith("check ")]
    assert len(checks) == len(names)  # named by doc_id: one per new document


def _task_run_names(client, flow_runs) -> set[str]:
    return {run.name for run in client.read_task_runs(flow_run_filter=flow_runs, limit=200)}


def test_the_watch_is_served_as_two_deployments(tmp_path):
    from flows.watch import deployments

    inbox, db = tmp_path / "inbox", tmp_path / "disclosure.duckdb"
    watching, on_demand = deployments(inbox, db=db, platform="seedrs")
    assert (watching.name, on_demand.name) == ("inbox", "on-demand")
    assert watching.parameters == {"inbox": str(inbox), "db": str(db), "platform": "seedrs"}
    # No schedule: the watcher starts a run when a file settled, not every few seconds.
    assert not watching.schedules
    assert on_demand.parameters == {"db": str(db), "platform": "seedrs"}
    assert not on_demand.schedules


@pytest.fixture
def prefect_server(tmp_path):
    """A real `prefect server start` on 127.0.0.1 (the test harness's server runs no scheduler,
    so a served deployment's schedule would never fire under it); its API URL."""
    home = tmp_path / "prefect-server"
    with bench_processes.prefect_server(home, timeout=PROCESS_TIMEOUT) as (url, _):
        yield url


@pytest.mark.slow
@pytest.mark.served
def test_the_served_watch_shows_deployments_and_runs_named_by_file(prefect_server, tmp_path):
    from prefect import get_client
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterName,
    )
    from prefect.settings import PREFECT_API_URL, temporary_settings

    inbox, db = tmp_path / "inbox", tmp_path / "disclosure.duckdb"
    write_pdf(inbox / "seedrs" / "plan.pdf")
    command = [sys.executable, "-m", "flows", "watch", str(inbox), "--db", str(db)]
    log = (tmp_path / "watch.log").open("w")
    process = subprocess.Popen(
        [*command, "--interval", "1"],
        env=_watch_env(tmp_path) | {"PREFECT_API_URL": prefect_server},
        cwd=tmp_path,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + PROCESS_TIMEOUT
        while not (tmp_path / "processed" / "seedrs" / "plan.pdf").exists():
            assert process.poll() is None, (tmp_path / "watch.log").read_text()
            assert time.monotonic() < deadline, "the served watch never filed plan.pdf away"
            time.sleep(1)
        with (
            temporary_settings({PREFECT_API_URL: prefect_server}),
            get_client(sync_client=True) as client,
        ):
            served = {
                d.name: [getattr(s.schedule, "interval", None) for s in d.schedules]
                for d in client.read_deployments()
            }
            deployment_ids = {d.name: d.id for d in client.read_deployments()}
            ready = {d.name: getattr(d.status, "value", None) for d in client.read_deployments()}
            # A run asked for in the UI ("Quick run") is run by the watcher too.
            asked = client.create_flow_run_from_deployment(deployment_ids["inbox"])
            while not (asked_state := client.read_flow_run(asked.id).state).is_final():
                assert time.monotonic() < deadline, "the watcher never ran the requested run"
                time.sleep(1)
            watch_runs = client.read_flow_runs(
                flow_filter=FlowFilter(name=FlowFilterName(any_=["watch-inbox"]))
            )
            named = client.read_flow_runs(
                flow_run_filter=FlowRunFilter(name=FlowRunFilterName(like_="plan.pdf"))
            )
            # The artifact is left when the run ends, after the batch's GX validation, which
            # comes after the file is filed away.
            while not (artifacts := client.read_artifacts()):
                assert time.monotonic() < deadline, "the run left no artifact"
                time.sleep(1)
    finally:
        process.send_signal(signal.SIGTERM)  # serve pauses its deployments and exits 0
        code = process.wait(PROCESS_TIMEOUT)
        log.close()
    assert served == {"inbox": [], "on-demand": []}
    assert ready == {"inbox": "READY", "on-demand": "READY"}  # both polled for runs
    assert [run.name for run in named] == ["default: plan.pdf → disclosure.duckdb"]
    # One run for the file (none while the inbox was empty), one asked for; both the
    # deployment's, so the UI lists them under it.
    assert len(watch_runs) == 2
    assert {run.deployment_id for run in watch_runs} == {deployment_ids["inbox"]}
    assert asked_state.is_completed()
    assert [artifact.key for artifact in artifacts] == ["ingest-outcomes"]
    assert receipts(db) == [("plan.pdf", "loaded", None)]
    assert code == 0, (tmp_path / "watch.log").read_text()
