"""Publishing the warehouse while reviewers read it, and reading it back read-only."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import duckdb
import pytest

import warehouse
from schemas import WarehouseError
from warehouse import parts
from warehouse.migration import list_migrations
from warehouse.parts import INTERNAL_TABLES, parts_folder
from warehouse.publish import work_path

READER_TIMEOUT = 30.0
FANOUT = 2
# Holds the published file read-only until told to stop, reporting the count it sees.
READER = textwrap.dedent(
    """
    import sys
    import duckdb

    con = duckdb.connect(sys.argv[1], read_only=True)
    query = "SELECT count(*) FROM documents"
    print(con.execute(query).fetchall()[0][0], flush=True)
    sys.stdin.readline()
    print(con.execute(query).fetchall()[0][0], flush=True)
    """
)


def load(db, arrival, disclosure) -> None:
    with warehouse.writer(db) as out, warehouse.connect(out.work) as con:
        warehouse.upsert_disclosure(con, arrival=arrival, disclosure=disclosure)


def documents_in(db) -> int:
    return warehouse.query(db, "SELECT count(*) FROM documents")[1][0][0]


@pytest.fixture
def db(tmp_path):
    return tmp_path / "disclosure.duckdb"


@pytest.fixture
def second(make_arrival, make_disclosure, make_doc_id):
    doc_id = make_doc_id("second")
    return make_arrival(doc_id=doc_id, file_name="second.pdf"), make_disclosure(doc_id=doc_id)


def test_writer_creates_a_migrated_published_file(db):
    with warehouse.writer(db) as out:
        assert out.work == db.with_name(".disclosure.duckdb.work.duckdb")
    applied = warehouse.query(db, "SELECT name FROM _migrations ORDER BY name")[1]
    assert applied == [(migration.name,) for migration in list_migrations()]


def test_writer_publishes_what_it_loaded(db, make_arrival, make_disclosure):
    load(db, make_arrival(), make_disclosure())
    assert documents_in(db) == 1


def test_writer_publishes_commits_when_the_body_raises(db, make_arrival, make_disclosure):
    with pytest.raises(RuntimeError, match="extractor bug"), warehouse.writer(db) as out:
        with warehouse.connect(out.work) as con:
            warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=make_disclosure())
        raise RuntimeError("extractor bug")
    assert documents_in(db) == 1


def test_writer_refuses_to_publish_past_an_open_connection(db):
    with pytest.raises(WarehouseError, match="still open"), warehouse.writer(db) as out:
        con = warehouse.connect(out.work)
    con.close()


def test_connections_in_a_writers_block_join_its_open_database(db, make_arrival, make_disclosure):
    # Reopening the file and checkpointing on every close cost more than storing a document.
    wal = work_path(db).with_name(work_path(db).name + ".wal")
    with warehouse.writer(db) as out:
        with warehouse.connect(out.work) as con:
            warehouse.upsert_disclosure(con, arrival=make_arrival(), disclosure=make_disclosure())
        assert wal.is_file()  # closed, yet not checkpointed: the writer still holds the file
        assert out.publish()  # publishing lets go of it, and takes it again after
        assert documents_in(db) == 1
        with warehouse.connect(out.work) as con:
            assert con.execute("SELECT count(*) FROM documents").fetchall() == [(1,)]
    assert not wal.exists()
    assert documents_in(db) == 1


def test_writer_reuses_the_working_copy_it_published(db, make_arrival, make_disclosure):
    load(db, make_arrival(), make_disclosure())
    inode = work_path(db).stat().st_ino
    with warehouse.writer(db) as out:
        assert out.work.stat().st_ino == inode


def test_removed_published_file_starts_afresh(db, make_arrival, make_disclosure):
    load(db, make_arrival(), make_disclosure())
    db.unlink()
    with warehouse.writer(db):
        pass
    assert documents_in(db) == 0


def test_publish_while_another_process_reads(db, make_arrival, make_disclosure, second):
    load(db, make_arrival(), make_disclosure())
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "1"  # the reader holds the file now
        started = time.perf_counter()
        load(db, *second)
        elapsed = time.perf_counter() - started
        out, _ = reader.communicate("done\n", timeout=READER_TIMEOUT)
    finally:
        reader.kill()
    assert elapsed < 5.0  # did not wait for the reader
    assert out.strip() == "1"  # the reader kept its snapshot
    assert reader.returncode == 0
    assert documents_in(db) == 2


def test_second_writer_waits_for_the_first(db):
    inside, leave = threading.Event(), threading.Event()
    order: list[str] = []

    def first() -> None:
        with warehouse.writer(db):
            inside.set()
            leave.wait(READER_TIMEOUT)
            order.append("first leaves")

    def waiting() -> None:
        with warehouse.writer(db):
            order.append("second enters")

    holder = threading.Thread(target=first)
    holder.start()
    assert inside.wait(READER_TIMEOUT)
    with pytest.raises(WarehouseError, match="lock"), warehouse.writer(db, timeout=0.1):
        pass
    follower = threading.Thread(target=waiting)
    follower.start()
    follower.join(0.2)
    assert follower.is_alive()  # blocked on the lock
    leave.set()
    holder.join(READER_TIMEOUT)
    follower.join(READER_TIMEOUT)
    assert order == ["first leaves", "second enters"]


def test_query_returns_names_and_rows(db, make_arrival, make_disclosure):
    load(db, make_arrival(), make_disclosure())
    names, rows = warehouse.query(db, "SELECT status, page_count FROM documents")
    assert (names, rows) == (["status", "page_count"], [("loaded", 2)])


def test_query_refuses_writes(db):
    with warehouse.writer(db):
        pass
    with pytest.raises(duckdb.Error, match="read-only"):
        warehouse.query(db, "CREATE TABLE notes (text VARCHAR)")


def test_query_on_a_missing_file_creates_nothing(db):
    with pytest.raises(WarehouseError, match="no warehouse"):
        warehouse.query(db, "SELECT 1")
    assert not db.exists()


# --- publishing by parts ---------------------------------------------------------------------


def published_equals_work(db) -> None:
    """Every table of the working database reads the same through the published views."""
    with duckdb.connect(str(work_path(db)), read_only=True) as con:
        tables = [
            name
            for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
            if name not in INTERNAL_TABLES
        ]
        expected = {name: sorted(map(repr, con.table(name).fetchall())) for name in tables}
    with duckdb.connect(str(db), read_only=True) as con:
        for name in tables:
            assert sorted(map(repr, con.table(name).fetchall())) == expected[name], name


def test_a_reload_with_fewer_rows_shows_only_the_new_rows(db, make_arrival, make_disclosure):
    load(db, make_arrival(), make_disclosure())
    shorter = make_disclosure(people=[], page_count=1, pages=make_disclosure().pages[:1])
    load(db, make_arrival(), shorter)
    assert warehouse.query(db, "SELECT count(*) FROM people")[1] == [(0,)]
    assert warehouse.query(
        db, "SELECT count(*), max(page_count) FROM pages JOIN documents USING (doc_id)"
    )[1] == [(1, 1)]
    published_equals_work(db)


def test_many_publishes_merge_parts_and_show_the_work(
    db, make_arrival, make_disclosure, make_doc_id, monkeypatch
):
    monkeypatch.setattr(parts, "DEFAULT_FANOUT", FANOUT)  # merges of merges, quickly
    with warehouse.writer(db, publish_seconds=0, keep_seconds=0) as out:
        for number in range(20):
            doc_id = make_doc_id(f"doc {number % 7}")  # some reloaded, most new
            with warehouse.connect(out.work) as con:
                arrival = make_arrival(doc_id=doc_id)
                warehouse.upsert_disclosure(
                    con, arrival=arrival, disclosure=make_disclosure(doc_id=doc_id)
                )
            assert out.publish()
    published_equals_work(db)
    pages = list((parts_folder(db) / "pages").glob("*.parquet"))
    assert len(pages) <= 3 * FANOUT  # merged, not one per publish; the rest collected
    levels = duckdb.connect(str(work_path(db)), read_only=True).execute(
        "SELECT max(level) FROM _parts WHERE level < 1000"
    )
    assert levels.fetchone() == (4,)  # 20 publishes: 16 parts merged up four levels


def test_a_publish_writes_only_the_new_document(db, make_arrival, make_disclosure, make_doc_id):
    for number in range(5):
        doc_id = make_doc_id(f"doc {number}")
        load(db, make_arrival(doc_id=doc_id), make_disclosure(doc_id=doc_id))
    before = set(parts_folder(db).rglob("*.parquet"))
    load(db, *(make_arrival(doc_id=make_doc_id("new")), make_disclosure(doc_id=make_doc_id("new"))))
    new = set(parts_folder(db).rglob("*.parquet")) - before
    with duckdb.connect() as con:
        doc_ids = {
            row[0]
            for path in new
            for row in con.execute(f"SELECT DISTINCT doc_id FROM '{path}'").fetchall()
        }
    assert doc_ids == {make_doc_id("new")}
    assert db.stat().st_size < 1024 * 1024  # views only


def test_a_removed_working_database_is_rebuilt_from_the_published_one(
    db, make_arrival, make_disclosure, second
):
    load(db, make_arrival(), make_disclosure())
    lineage = warehouse.query(db, "SELECT lineage_id FROM _lineage")[1]
    work_path(db).unlink()
    load(db, *second)
    assert documents_in(db) == 2
    assert warehouse.query(db, "SELECT lineage_id FROM _lineage")[1] == lineage
    published_equals_work(db)


def test_the_registry_duckdb_cli_reads_the_published_file(db, make_arrival, make_disclosure):
    cli = shutil.which("duckdb", path=str(Path(sys.executable).parent))
    if cli is None:
        pytest.skip("the duckdb-cli package is not installed in this environment")
    load(db, make_arrival(), make_disclosure())
    done = subprocess.run(
        [cli, "-readonly", "-csv", str(db), "-c", "SELECT status, page_count FROM documents"],
        capture_output=True,
        text=True,
        timeout=READER_TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["status,page_count", "loaded,2"]


# --- SIGKILL during publishing, real processes ----------------------------------------------

PUBLISH_TRIALS = 10
PUBLISH_DOCUMENTS = 12
# Loads documents 0..N-1 (again: a reload changes nothing) and publishes after each one, so a
# kill at a random moment most often lands inside a publish.
PUBLISHER = textwrap.dedent(
    """
    import datetime as dt, hashlib, sys
    import warehouse
    from schemas import Arrival, Disclosure, Figure, PageText

    db, count = sys.argv[1], int(sys.argv[2])
    with warehouse.writer(db, publish_seconds=0) as out:
        for number in range(count):
            doc_id = hashlib.sha256(str(number).encode()).hexdigest()
            arrival = Arrival(
                path=f"/in/{number}.pdf", file_name=f"{number}.pdf", platform="p",
                doc_id=doc_id, size_bytes=1, received_at=dt.datetime.now(dt.UTC),
                receipt_id=f"{number:032x}",
            )
            figure = Figure(
                name="funding_target", value=1000.0 * number, currency="USD", page_no=1,
                evidence="target", source="text",
            )
            pages = [PageText(page_no=p, text=f"doc {number} page {p}") for p in (1, 2, 3)]
            disclosure = Disclosure(
                doc_id=doc_id, doc_kind="offering", language="en", page_count=3,
                pages=pages, figures=[figure],
            )
            with warehouse.connect(out.work) as con:
                warehouse.upsert_disclosure(con, arrival=arrival, disclosure=disclosure)
            out.publish()
    """
)


@pytest.mark.slow
@pytest.mark.crash
@pytest.mark.parametrize("trial", range(PUBLISH_TRIALS))
def test_sigkill_during_publishing_loses_and_doubles_nothing(tmp_path, trial):
    import os
    import random
    import signal

    rng = random.Random(trial)
    db = tmp_path / "disclosure.duckdb"
    env = os.environ | {"PYTHONPATH": str(Path(__file__).parent.parent)}
    command = [sys.executable, "-c", PUBLISHER, str(db), str(PUBLISH_DOCUMENTS)]
    killed = subprocess.Popen(command, env=env)
    time.sleep(rng.uniform(2.0, 10.0))  # imports take ~3 s, then each load+publish ~1 s
    killed.send_signal(signal.SIGKILL)
    killed.wait(READER_TIMEOUT)
    if db.exists():  # what a reviewer opens after the crash is a whole warehouse
        warehouse.query(db, "SELECT count(*) FROM documents")
    assert subprocess.run(command, env=env, timeout=600).returncode == 0
    counts = warehouse.query(
        db,
        "SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT doc_id) FROM documents),"
        " (SELECT count(*) FROM pages), (SELECT count(*) FROM figures),"
        " (SELECT count(*) FROM receipts)",
    )[1]
    n = PUBLISH_DOCUMENTS
    assert counts == [(n, n, 3 * n, n, n)]
