"""`make bench-similarity`: copy detection on real labelled text, and its cost at scale.

1. Clough & Stevenson (`../shared/realdocs/plagiarism_clough`): the share of answers flagged per
   category (cut / light / heavy / non) at the default threshold, with precision and recall.
2. Scale: a warehouse file holding N indexed documents (real generated plans, then synthetic
   ones: a random signature, its band hashes and anchors, no shingles) at N = 10k, 30k and
   100k; the median time to check one new document (index it, the SQL candidate query, load
   and align the real candidates, store the findings, commit), and the process's peak memory
   while checking, so a number shows whether memory grows with N.
3. The generated copy world on a seed never used for tuning: pair precision and recall, hard
   negatives flagged, and PAN measures.

    python -m tests.similarity_bench --out bench/similarity.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pyarrow as pa

import warehouse
from extractors.fingerprints import fingerprint_pages
from tests.corpus_copies.clough import CLOUGH, clough_decisions, clough_scores
from tests.corpus_copies.evaluate import doc_id_of, run_world, score_world
from tests.corpus_copies.generate import world
from tests.corpus_copies.paraphrase import DEFAULT_THRESHOLD, clough_paraphrase, world_negatives
from warehouse.load import insert_table
from warehouse.similarity_index import DEFAULT_ANCHORS, DEFAULT_BANDS

DEFAULT_SIZES = (10_000, 30_000, 100_000)
DEFAULT_FRESH_SEED = 20_260_301
DEFAULT_CHECKS = 3
DEFAULT_MEMORY_LIMITS = ("64MB", "256MB")
"""DuckDB's buffer pool while checking: a cache the scans stream through; nothing must stay."""
CHUNK = 10_000
START = dt.datetime(2024, 1, 1)


def synthetic(con: object, count: int, *, seed: int, scheme: str) -> None:
    """`count` indexed documents with random signatures, bands and anchors (no shingles)."""
    rng = np.random.default_rng(seed)
    for first in range(0, count, CHUNK):
        n = min(CHUNK, count - first)
        keys = rng.integers(1, 2**59, n, dtype=np.int64)
        ids = [f"{key:015x}".ljust(64, "0") for key in keys.tolist()]
        received = [START + dt.timedelta(seconds=first + i) for i in range(n)]
        empty = [[] for _ in range(n)]
        fingerprints = {
            "doc_id": ids,
            "doc_key": keys,
            "received_at": received,
            "scheme": [scheme] * n,
            "signature": rng.integers(0, 2**32, (n, 128), dtype=np.uint32).tolist(),
            "shingles": empty,
            "starts": empty,
            "ends": empty,
            "page_starts": [[0]] * n,
            "text_chars": [0] * n,
        }
        insert_table(con, "fingerprints", pa.table(fingerprints))  # type: ignore[arg-type]
        for table, column, per in (
            ("similarity_bands", "band_hash", DEFAULT_BANDS),
            ("similarity_anchors", "anchor", DEFAULT_ANCHORS),
        ):
            rows = {
                column: rng.integers(-(2**63), 2**63 - 1, n * per, dtype=np.int64),
                "doc_key": np.repeat(keys, per),
            }
            insert_table(con, table, pa.table(rows))  # type: ignore[arg-type]


def build(path: Path, size: int, *, seed: int) -> list[str]:
    """A warehouse of `size` documents: a generated world's originals, then synthetic ones;
    returns the world's later documents (copies and negatives) as JSON lines to check."""
    docs = world(seed)
    originals = [doc for doc in docs if doc.role == "original"]
    with warehouse.connect(path) as con:
        for number, doc in enumerate(originals):
            warehouse.check_copies(
                con,
                doc_id_of(doc.name),
                fingerprint_pages(doc.pages),
                received_at=START - dt.timedelta(days=1, minutes=-number),
            )
        scheme = fingerprint_pages(["x"]).scheme.key
        con.execute("BEGIN TRANSACTION")
        synthetic(con, size - len(originals), seed=seed, scheme=scheme)
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    return [
        json.dumps({"name": doc.name, "pages": doc.pages}) for doc in docs if doc.role != "original"
    ]


def measure_checks(
    path: Path, documents: list[str], *, repeats: int, memory_limit: str
) -> dict[str, float]:
    """In a fresh process: median ms per check and its peak memory (see `_check_main`)."""
    payload = "\n".join(documents)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.similarity_bench",
            "--check",
            str(path),
            "--repeats",
            str(repeats),
            "--memory-limit",
            memory_limit,
        ],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _check_main(path: Path, repeats: int, memory_limit: str) -> None:
    """Check each document read from stdin against the warehouse at `path`; print the numbers."""
    documents = [json.loads(line) for line in sys.stdin if line.strip()]
    fingerprints = [(doc["name"], fingerprint_pages(doc["pages"])) for doc in documents]
    times, found = [], 0
    with warehouse.connect(path) as con:
        con.execute(f"SET memory_limit = '{memory_limit}'")
        rss_before = _rss_mb("VmRSS")
        for _ in range(repeats):
            for number, (name, fingerprint) in enumerate(fingerprints):
                start = time.perf_counter()
                matches = warehouse.check_copies(
                    con,
                    doc_id_of(name),
                    fingerprint,
                    received_at=START + dt.timedelta(days=400 + number),
                )
                times.append(time.perf_counter() - start)
                found += bool(matches)
        peak = _rss_mb("VmHWM")
        after = _rss_mb("VmRSS")
        buffers = con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()
    result = {
        "median_ms": 1000 * statistics.median(times),
        "p90_ms": 1000 * sorted(times)[int(0.9 * (len(times) - 1))],
        "checks": len(times),
        "memory_limit": memory_limit,
        "suspects": found // repeats,
        "peak_rss_mb": peak,
        "rss_before_checks_mb": rss_before,
        "rss_after_checks_mb": after,
        "duckdb_buffers_mb": (buffers[0] or 0) / 2**20 if buffers else 0.0,
    }
    print(json.dumps(result))


def _rss_mb(field: str) -> float:
    """This process's resident memory (`VmRSS`) or its peak (`VmHWM`), in MB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def scale(sizes: tuple[int, ...], *, seed: int, repeats: int) -> dict[str, object]:
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in sizes:
            path = Path(scratch) / f"w{size}.duckdb"
            started = time.perf_counter()
            documents = build(path, size, seed=seed)
            built = time.perf_counter() - started
            for limit in DEFAULT_MEMORY_LIMITS:
                copy = path.with_name(f"{limit}-{path.name}")  # every run starts alike
                shutil.copy(path, copy)
                numbers = measure_checks(copy, documents, repeats=repeats, memory_limit=limit)
                copy.unlink()
                numbers["build_s"] = built
                numbers["file_mb"] = path.stat().st_size / 2**20
                results[f"{size}@{limit}"] = numbers
            path.unlink()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/similarity.md"))
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--seed", type=int, default=DEFAULT_FRESH_SEED)
    parser.add_argument("--repeats", type=int, default=DEFAULT_CHECKS)
    parser.add_argument("--check", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--memory-limit", default=DEFAULT_MEMORY_LIMITS[0], help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.check:
        _check_main(arguments.check, arguments.repeats, arguments.memory_limit)
        return 0
    results: dict[str, object] = {}
    if CLOUGH.is_dir():
        decisions = clough_decisions()
        results["clough"] = clough_scores(decisions) | {"answers": len(decisions)}
    docs = world(arguments.seed)
    results["paraphrase"] = {"world_negatives": world_negatives(docs)} | (
        {"clough": clough_paraphrase()} if CLOUGH.is_dir() else {}
    )
    with warehouse.connect() as con:
        results["world"] = asdict(score_world(docs, run_world(docs, con))) | {
            "seed": arguments.seed
        }
    results["scale"] = scale(tuple(arguments.sizes), seed=arguments.seed, repeats=arguments.repeats)
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.with_suffix(".json").write_text(json.dumps(results, indent=2, default=str))
    arguments.out.write_text(render(results))
    print(render(results))
    return 0


def render(results: dict[str, object]) -> str:
    lines = ["# Copy detection: accuracy and cost", ""]
    clough = results.get("clough")
    if isinstance(clough, dict):
        lines += [
            "## Clough & Stevenson (real answers, never tuned on), threshold: 10% of the answer",
            "",
            "| category | flagged |",
            "| --- | --- |",
            *(f"| {c} | {clough[f'flagged_{c}']:.0%} |" for c in ("cut", "light", "heavy", "non")),
            "",
            f"copy (cut+light vs non): precision {clough['copy_precision']:.2f}, recall "
            f"{clough['copy_recall']:.2f}; any reuse (cut+light+heavy vs non): precision "
            f"{clough['reuse_precision']:.2f}, recall {clough['reuse_recall']:.2f}",
            "",
        ]
    generated = results["world"]
    assert isinstance(generated, dict)
    pan = generated["pan"]
    lines += [
        f"## Generated world, fresh seed {generated['seed']}",
        "",
        f"pairs: precision {generated['pair_precision']:.3f}, "
        f"recall {generated['pair_recall']:.3f}; hard negatives flagged: "
        f"{len(generated['negatives_flagged'])}; missed: "
        f"{generated['missed'] or 'none'}",
        f"PAN: precision {pan['precision']:.3f}, recall {pan['recall']:.3f}, granularity "
        f"{pan['granularity']:.3f}, plagdet {pan['plagdet']:.3f} ({pan['cases']} cases)",
        "",
        "## Paraphrase, measured apart (content-word bigram containment, not used to flag)",
        "",
        _paraphrase(results["paraphrase"]),
        "",
        "## Scale: one new document checked against N indexed documents",
        "",
        "| N | DuckDB memory_limit | median ms | p90 ms | RSS before checks MB | RSS after "
        "| peak | DuckDB buffers MB | file MB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    scaled = results["scale"]
    assert isinstance(scaled, dict)
    for size, n in scaled.items():
        lines.append(
            f"| {int(size.split('@')[0]):,} | {n['memory_limit']} | {n['median_ms']:.1f} "
            f"| {n['p90_ms']:.1f} "
            f"| {n['rss_before_checks_mb']:.0f} | {n['rss_after_checks_mb']:.0f} "
            f"| {n['peak_rss_mb']:.0f} | {n['duckdb_buffers_mb']:.0f} | {n['file_mb']:.0f} |"
        )
    return "\n".join(lines) + "\n"


def _paraphrase(found: object) -> str:
    assert isinstance(found, dict)
    negatives = found["world_negatives"]
    line = (
        f"At containment >= {DEFAULT_THRESHOLD}: generated independent pairs flagged "
        f"{negatives['flagged']:.1%} of {negatives['pairs']} (max {negatives['max']:.2f})"
    )
    clough = found.get("clough")
    if isinstance(clough, dict):
        shares = ", ".join(
            f"{c} {clough[f'flagged_{c}']:.0%}" for c in ("cut", "light", "heavy", "non")
        )
        line += f"; Clough against its own source: {shares}"
    return line + "."


if __name__ == "__main__":
    raise SystemExit(main())
