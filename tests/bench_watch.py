"""`make bench`: the watcher as an operator runs it, measured from outside -> bench/watch.md.

A real `disclose watch` process on a temporary inbox and warehouse, with its default settle,
poll and publish intervals. 200 generated PDFs are dropped at once (renamed into the inbox);
the warehouse is read the way a reviewer reads it (read-only, the published file) until every
file has a receipt: files/min and pages/s from the drop to the last receipt, and the peak
memory of the watcher's whole process tree (its worker processes, and in served mode each
run's process). Then one-page files, each new content, are dropped one at a time into the idle
watcher: seconds from the drop until its receipt can be queried. `--served` runs the same
against a Prefect server (`PREFECT_API_URL`), as `make ui` users do. Load averages are kept
beside every number: the machine is shared.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from schemas import PipelineError
from tests.bench import write_report
from tests.bench_processes import (
    clean_env,
    load_average,
    prefect_server,
    stop_tree,
    tree_cpu_seconds,
    tree_memory_mb,
)
from tests.corpus.generate import generate_corpus
from tests.pdfs import write_pdf

DEFAULT_FILES = 200
DEFAULT_LATENCY_DROPS = 7
DEFAULT_SEED = 11
DEFAULT_TIMEOUT = 1800.0
DEFAULT_SAMPLE_SECONDS = 0.1
DEFAULT_QUIET_SECONDS = 3.0
"""Pause between latency drops, so each meets an idle watcher (its last run ended)."""
DEFAULT_IDLE_SECONDS = 30.0
PLATFORM = "bench"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/watch.md"))
    parser.add_argument("--files", type=int, default=DEFAULT_FILES)
    parser.add_argument("--drops", type=int, default=DEFAULT_LATENCY_DROPS)
    parser.add_argument("--served", action="store_true", help="also against a Prefect server")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        truth = generate_corpus(
            folder / "corpus", n_docs=args.files, seed=DEFAULT_SEED, include_bad=False
        )
        corpus = [doc for doc in truth if doc.get("reject") is None][: args.files]
        pages = sum(int(doc["page_count"]) for doc in corpus)
        results["in_process"] = watch_trial(
            folder / "local", corpus, pages=pages, source=folder / "corpus", drops=args.drops
        )
        if args.served:
            with prefect_server(folder / "server") as (url, server):
                results["served"] = watch_trial(
                    folder / "served",
                    corpus,
                    pages=pages,
                    source=folder / "corpus",
                    drops=args.drops,
                    api=url,
                    server=server,
                )
    write_report(args.out, results, render(results))
    return 0


def watch_trial(
    folder: Path,
    corpus: list[dict[str, Any]],
    *,
    pages: int,
    source: Path,
    drops: int,
    api: str | None = None,
    server: int | None = None,
) -> dict[str, Any]:
    """The batch of `corpus` files and then `drops` single files through one watcher process."""
    inbox, db = folder / "inbox", folder / "disclosure.duckdb"
    (inbox / PLATFORM).mkdir(parents=True)
    env = clean_env(PREFECT_HOME=str(folder / "prefect"))
    if api is not None:
        env["PREFECT_API_URL"] = api
    command = [sys.executable, "-m", "flows", "watch", str(inbox), "--db", str(db)]
    with (folder / "watch.log").open("wb") as log:
        started = time.monotonic()
        watcher = subprocess.Popen(
            command,
            env=env,
            cwd=folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            # A first file from a cold start: the watcher is then up, as an operator's would be.
            cold = drop_singles(watcher, inbox=inbox, db=db, drops=1, stage=folder, first=0)
            cold_s = round(time.monotonic() - started, 1)
            batch = drop_batch(watcher, corpus, source=source, inbox=inbox, db=db, pages=pages)
            latency = drop_singles(watcher, inbox=inbox, db=db, drops=drops, stage=folder)
            idle = idle_cpu(watcher, server=server)
        finally:
            stop_tree(watcher, timeout=DEFAULT_TIMEOUT)
    latency["cold_start_s"], latency["cold_start_load"] = cold_s, cold["loads"][0]
    return {"batch": batch, "latency": latency, "idle": idle}


def drop_batch(
    watcher: subprocess.Popen[bytes],
    corpus: list[dict[str, Any]],
    *,
    source: Path,
    inbox: Path,
    db: Path,
    pages: int,
) -> dict[str, Any]:
    """Rename every corpus file into the inbox at once; wait for all their receipts."""
    load_before = load_average()
    dropped = time.monotonic()
    for doc in corpus:
        (source / doc["file"]).rename(inbox / PLATFORM / doc["file"])
    peak = wait_for(watcher, db, count=len(corpus), deadline=dropped + DEFAULT_TIMEOUT)
    seconds = time.monotonic() - dropped
    for doc in corpus:  # back where they came from, for the next trial
        (inbox.parent / "processed" / PLATFORM / doc["file"]).rename(source / doc["file"])
    return {
        "files": len(corpus),
        "pages": pages,
        "seconds": round(seconds, 1),
        "files_per_minute": round(len(corpus) / seconds * 60, 1),
        "pages_per_second": round(pages / seconds, 1),
        "peak": peak,
        "load_before": load_before,
        "load_after": load_average(),
    }


def drop_singles(
    watcher: subprocess.Popen[bytes],
    *,
    inbox: Path,
    db: Path,
    drops: int,
    stage: Path,
    first: int = 1,
) -> dict[str, Any]:
    """Seconds from dropping a one-page PDF into the idle watcher to its queryable receipt."""
    seconds, loads = [], []
    done = receipt_count(db)
    for number in range(first, first + drops):
        time.sleep(DEFAULT_QUIET_SECONDS if first else 0)
        lines = ["Latency Probe Ltd Business Plan", f"We are raising $50,000 (probe {number})."]
        path = write_pdf(stage / f"probe{number}.pdf", lines)
        loads.append(load_average())
        dropped = time.monotonic()
        path.rename(inbox / PLATFORM / path.name)
        done += 1
        wait_for(watcher, db, count=done, deadline=dropped + DEFAULT_TIMEOUT)
        seconds.append(round(time.monotonic() - dropped, 2))
    return {
        "drops": drops,
        "median_s": round(statistics.median(seconds), 2),
        "runs_s": sorted(seconds),
        "loads": loads,
    }


def idle_cpu(watcher: subprocess.Popen[bytes], *, server: int | None) -> dict[str, Any]:
    """Cores the idle watcher's process tree (and the Prefect server's) keep busy."""
    pids = [watcher.pid] if server is None else [watcher.pid, server]
    load = load_average()
    before, started = [tree_cpu_seconds(pid) for pid in pids], time.monotonic()
    time.sleep(DEFAULT_IDLE_SECONDS)
    used = [tree_cpu_seconds(pid) - seconds for pid, seconds in zip(pids, before, strict=True)]
    wall = time.monotonic() - started
    return {"cores": [round(value / wall, 2) for value in used], "load": load}


def wait_for(
    watcher: subprocess.Popen[bytes], db: Path, *, count: int, deadline: float
) -> dict[str, float]:
    """Sample the watcher's memory until `db` holds `count` receipts; the peaks seen."""
    peak = {"rss_mb": 0.0, "pss_mb": 0.0, "processes": 0.0}
    checked = 0.0
    while True:
        if watcher.poll() is not None:
            raise RuntimeError(f"the watcher exited ({watcher.returncode}); see its log")
        if time.monotonic() > deadline:
            raise RuntimeError(f"fewer than {count} receipts in {db} before the deadline")
        sample = tree_memory_mb(watcher.pid)
        peak = {key: max(peak[key], value) for key, value in sample.items()}
        if time.monotonic() - checked >= DEFAULT_SAMPLE_SECONDS * 2:
            checked = time.monotonic()
            if receipt_count(db) >= count:
                return {key: round(value, 1) for key, value in peak.items()}
        time.sleep(DEFAULT_SAMPLE_SECONDS)


def receipt_count(db: Path) -> int:
    """Receipts a reviewer can read in the published warehouse now (0 before its first publish)."""
    import warehouse

    try:
        (row,) = warehouse.query(db, "SELECT count(*) FROM receipts")[1]
    except PipelineError:
        return 0  # not published yet
    return int(row[0])


def render(results: dict[str, Any]) -> str:
    """The numbers as a Markdown table, a row per watcher mode."""
    lines = [
        "# The watcher, measured from outside (`python -m tests.bench_watch`)",
        "",
        "| mode | files | pages | files/min | pages/s | peak RSS (PSS), processes | "
        "drop → queryable, one page: median (runs) | start → first file queryable | "
        "idle: cores busy | load before → after |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for mode, trial in results.items():
        batch, latency, peak = trial["batch"], trial["latency"], trial["batch"]["peak"]
        lines.append(
            f"| {mode} | {batch['files']} | {batch['pages']} | {batch['files_per_minute']} | "
            f"{batch['pages_per_second']} | {peak['rss_mb']:.0f} MB ({peak['pss_mb']:.0f} MB), "
            f"{peak['processes']:.0f} | {latency['median_s']} s ({latency['runs_s']}) | "
            f"{latency['cold_start_s']} s | {trial['idle']['cores']} | "
            f"{batch['load_before']} → {batch['load_after']} |"
        )
    return "\n".join([*lines, ""])


if __name__ == "__main__":
    raise SystemExit(main())
