"""`make bench`: the ingest flow with one worker process and with two -> bench/scaling.md.

The same generated corpus goes through `run_ingest` (the real flow: receive, parse and extract
in the worker pool, check, store, publish, the batch's Great Expectations validation) into a
new warehouse each time, with `Settings.workers` 1 and 2 taking turns so that a change in the
machine's load hits both alike; Prefect's console is quiet, as under `disclose ingest`. Before
each configuration the pool is restarted with that many workers and warmed on two files (spaCy
loads in each worker; Prefect's and GX's imports are paid once), so the times are the batch's,
not the start-up's. Beside it, the bare pipeline on
one core (`tests.bench.one_pass`: parse, spaCy, validate, load in one process). Load averages
are kept with every run: the two cores are shared with other sessions.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from extractors import load_nlp
from schemas import Settings
from tests.bench import one_pass, write_report
from tests.bench_processes import load_average
from tests.conftest import PREFECT_STARTUP_SECONDS
from tests.corpus.generate import generate_corpus

DEFAULT_DOCS = 100
DEFAULT_REPEATS = 3
DEFAULT_SEED = 7
WORKERS = (1, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/scaling.md"))
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        truth = generate_corpus(
            folder / "corpus", n_docs=args.docs, seed=DEFAULT_SEED, include_bad=False
        )
        pages = sum(int(doc["page_count"]) for doc in truth)
        paths = [folder / "corpus" / doc["file"] for doc in truth]
        warm = folder / "warm"
        warm.mkdir()
        for path in paths[:2]:
            shutil.copy(path, warm / path.name)
        flow = flow_runs(folder, corpus=paths, warm=warm, repeats=args.repeats)
        bare = bare_runs(paths, scratch=folder, repeats=args.repeats)
    results = summarise(flow, bare, docs=len(paths), pages=pages)
    write_report(args.out, results, render(results))
    return 0


def flow_runs(
    scratch: Path, *, corpus: list[Path], warm: Path, repeats: int
) -> dict[int, list[dict[str, Any]]]:
    """Seconds of `run_ingest` over `corpus` per worker count, the counts taking turns."""
    from prefect.testing.utilities import prefect_test_harness

    from flows.budget import pool, shutdown
    from flows.console import quiet_prefect
    from flows.ingest import run_ingest

    quiet_prefect(verbose=False)  # as `disclose ingest` runs it: no line per task run printed
    runs: dict[int, list[dict[str, Any]]] = {workers: [] for workers in WORKERS}
    with prefect_test_harness(server_startup_timeout=PREFECT_STARTUP_SECONDS):
        for repeat in range(repeats):
            for workers in WORKERS:
                shutdown()
                settings = Settings(workers=workers, db=scratch / f"warm{repeat}{workers}.duckdb")
                pool(workers=workers, model=settings.spacy_model)
                run_ingest([warm], settings=settings)
                load = load_average()
                db = scratch / f"flow{repeat}{workers}.duckdb"
                started = time.perf_counter()
                outcomes = run_ingest(corpus, settings=settings.model_copy(update={"db": db}))
                seconds = time.perf_counter() - started
                loaded = sum(outcome.outcome == "loaded" for outcome in outcomes)
                assert loaded == len(corpus), f"{loaded} of {len(corpus)} loaded"
                runs[workers].append({"seconds": seconds, "load": load})
        shutdown()
    return runs


def bare_runs(paths: list[Path], *, scratch: Path, repeats: int) -> list[dict[str, Any]]:
    """Seconds of the bare pipeline over `paths` in this one process."""
    load_nlp("en", Settings().spacy_model)  # model load is start-up, not per page
    runs = []
    for _ in range(repeats):
        load = load_average()
        seconds = sum(one_pass(paths, Settings(), scratch / "bare.duckdb").values())
        runs.append({"seconds": seconds, "load": load})
    return runs


def summarise(
    flow: dict[int, list[dict[str, Any]]], bare: list[dict[str, Any]], *, docs: int, pages: int
) -> dict[str, Any]:
    """Median pages/s per configuration, the 1 → 2 ratio and pages/s per core."""

    def rate(runs: list[dict[str, Any]]) -> dict[str, Any]:
        median = statistics.median(run["seconds"] for run in runs)
        return {
            "pages_per_second": round(pages / median, 1),
            "runs_pages_per_second": sorted(round(pages / run["seconds"], 1) for run in runs),
            "loads": [run["load"] for run in runs],
        }

    rates = {f"flow_{workers}_workers": rate(runs) for workers, runs in flow.items()}
    one, two = (rates[f"flow_{workers}_workers"]["pages_per_second"] for workers in WORKERS)
    return {
        "docs": docs,
        "pages": pages,
        **rates,
        "bare_pipeline_one_core": rate(bare),
        "ratio_2_over_1": round(two / one, 2),
        "flow_2_workers_per_core": round(two / 2, 1),
    }


def render(results: dict[str, Any]) -> str:
    """The numbers as a Markdown table."""
    rows = ("flow_1_workers", "flow_2_workers", "bare_pipeline_one_core")
    return "\n".join(
        [
            "# One worker against two, through the real flow (`python -m tests.bench_scaling`)",
            "",
            f"{results['docs']} generated documents, {results['pages']} pages; medians.",
            "",
            "| configuration | pages/s (median) | runs | load averages (1, 5, 15 min) |",
            "| --- | --- | --- | --- |",
            *(
                f"| {row} | {results[row]['pages_per_second']} | "
                f"{results[row]['runs_pages_per_second']} | {results[row]['loads']} |"
                for row in rows
            ),
            "",
            f"Two workers over one: **{results['ratio_2_over_1']}×**; two workers per core: "
            f"**{results['flow_2_workers_per_core']} pages/s**.",
            "",
        ]
    )


if __name__ == "__main__":
    raise SystemExit(main())
