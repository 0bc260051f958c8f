"""`make bench`: pages per second per stage and peak memory, written to bench/results.md.

Runs the pure stages (parse, spaCy extraction, validation, DuckDB load) over the generated
corpus several times and reports medians; Prefect's own per-flow overhead is measured apart,
since it is paid once per run, not per page. Memory: peak RSS of parsing one long document in
a fresh process, so page-by-page closing (memory stays flat) shows up as a number.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import warehouse
from extractors import extract_disclosure, load_nlp
from schemas import Arrival, Disclosure, ParsedPdf, Settings
from tests.accuracy import parse_file
from tests.corpus.generate import generate_corpus

DEFAULT_REPEATS = 5
DEFAULT_REAL_REPEATS = 3
REAL_FILINGS = (
    Path(__file__).resolve().parents[1].parent / "shared" / "realdocs" / "annual_reports_us"
)
DEFAULT_DOCS = 40
STAGES = ("parse", "spacy", "validate", "load")


def _arrival(pdf: ParsedPdf) -> Arrival:
    from datetime import UTC, datetime

    return Arrival(
        path=pdf.file_name,
        file_name=pdf.file_name,
        platform="bench",
        doc_id=pdf.doc_id,
        size_bytes=0,
        received_at=datetime.now(UTC),
    )


def one_pass(paths: list[Path], settings: Settings, db: Path) -> dict[str, float]:
    """Seconds spent in each stage over the whole corpus, once."""
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(stage: str, work: Callable[[], object]) -> object:
        start = time.perf_counter()
        result = work()
        spent[stage] += time.perf_counter() - start
        return result

    db.unlink(missing_ok=True)
    with warehouse.connect(db) as con:
        for path in paths:
            pdf = timed("parse", lambda path=path: parse_file(path, settings=settings))
            disclosure = timed(
                "spacy", lambda pdf=pdf: extract_disclosure(pdf, model=settings.spacy_model)
            )
            checked = timed(
                "validate", lambda d=disclosure: Disclosure.model_validate(d.model_dump())
            )
            timed(
                "load",
                lambda pdf=pdf, checked=checked: warehouse.upsert_disclosure(
                    con, arrival=_arrival(pdf), disclosure=checked
                ),
            )
    return spent


def flow_runs(folder: Path, *, pages: int, repeats: int, scratch: Path) -> dict[str, object]:
    """Wall-clock pages/s of the Prefect flow itself (ingest → published warehouse).

    Parsing runs in `Settings.workers` worker processes beside spaCy in this one, so on this
    2-core machine the flow's figure is a whole-machine rate, not a per-core one.
    """
    from prefect.testing.utilities import prefect_test_harness

    from flows.ingest import run_ingest

    seconds = []
    with prefect_test_harness():
        run_ingest([folder], settings=Settings(db=scratch / "warm.duckdb"))  # start-up aside
        for run in range(repeats):
            start = time.perf_counter()
            run_ingest([folder], settings=Settings(db=scratch / f"flow{run}.duckdb"))
            seconds.append(time.perf_counter() - start)
    return {
        "seconds_median": round(statistics.median(seconds), 2),
        "pages_per_second": round(pages / statistics.median(seconds), 1),
        "spread": [round(pages / value, 1) for value in sorted(seconds)],
    }


def peak_rss_mb(path: Path) -> float:
    """Peak RSS (MB) of a fresh process that imports the extractors and parses one document."""
    code = (
        "import hashlib,sys;from extractors import read_pdf;"
        "data=open(sys.argv[1],'rb').read();"
        "read_pdf(data,doc_id=hashlib.sha256(data).hexdigest(),file_name='x',"
        "max_pages=10**4,min_text_chars=1);"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the benchmark's own fork.
        "print(next(int(line.split()[1]) for line in open('/proc/self/status')"
        " if line.startswith('VmHWM'))/1024)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True
    )
    return float(out.stdout.strip())


def peak_memory(short: Path, long: Path, *, pages: int) -> dict[str, float]:
    """Peak RSS parsing a short document and a long one: equal peaks mean memory stays flat."""
    peaks = {"short": statistics.median(peak_rss_mb(short) for _ in range(3))}
    peaks["long"] = statistics.median(peak_rss_mb(long) for _ in range(3))
    return {
        "pages": pages,
        "rss_short_mb": round(peaks["short"], 1),
        "rss_peak_mb": round(peaks["long"], 1),
        "growth_mb": round(peaks["long"] - peaks["short"], 1),
    }


def long_document(paths: list[Path], out: Path) -> tuple[Path, int]:
    """The corpus's PDFs concatenated into one long document (pdfium does the merge)."""
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    for path in paths:
        source = pdfium.PdfDocument(path)
        merged.import_pages(source)
        source.close()
    pages = len(merged)
    merged.save(out)
    merged.close()
    return out, pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/results.md"))
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    args = parser.parse_args(argv)
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        truth = generate_corpus(folder / "corpus", n_docs=args.docs, seed=7, include_bad=False)
        paths = [folder / "corpus" / doc["file"] for doc in truth if doc.get("reject") is None]
        paths = [path for path in paths if "copy of" not in path.name]
        page_total = sum(len(parse_file(path, settings=settings).pages) for path in paths)
        load_nlp("en", settings.spacy_model)  # model load is start-up, not per page
        runs = [one_pass(paths, settings, folder / "bench.duckdb") for _ in range(args.repeats)]
        flow = flow_runs(folder / "corpus", pages=page_total, repeats=3, scratch=folder)
        long_path, long_pages = long_document(paths, folder / "long.pdf")
        memory = peak_memory(paths[0], long_path, pages=long_pages)
        real = real_filings(settings, scratch=folder, repeats=DEFAULT_REAL_REPEATS)
    results = summarise(runs, page_total=page_total, docs=len(paths), memory=memory)
    results["flow"] = flow
    results["real_filings"] = real
    write_report(args.out, results, render(results))
    return 0


def write_report(out: Path, results: object, text: str) -> None:
    """A benchmark's table to `out` and stdout, its raw numbers beside it as JSON."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    sys.stdout.write(text)


def real_filings(settings: Settings, *, scratch: Path, repeats: int) -> dict[str, object] | None:
    """The same stages over the real 10-K filings in ../shared (absent on a user's clone)."""
    paths = sorted(REAL_FILINGS.glob("*.pdf"))
    if not paths:
        return None
    pages = sum(len(parse_file(path, settings=settings).pages) for path in paths)
    runs = [one_pass(paths, settings, scratch / "real.duckdb") for _ in range(repeats)]
    slowest = max(_parse_seconds(path, settings) for path in paths)
    summary = summarise(runs, page_total=pages, docs=len(paths), memory={})
    summary["slowest_parse"] = {
        "seconds": round(slowest[0], 1),
        "budget_seconds": settings.parse_budget(slowest[1]),
    }
    return summary


def _parse_seconds(path: Path, settings: Settings) -> tuple[float, int]:
    start = time.perf_counter()
    pdf = parse_file(path, settings=settings)
    return time.perf_counter() - start, len(pdf.pages)


def summarise(
    runs: list[dict[str, float]], *, page_total: int, docs: int, memory: dict[str, float]
) -> dict[str, object]:
    """Medians over the runs, as pages per second per stage and end to end."""
    medians = {stage: statistics.median(run[stage] for run in runs) for stage in STAGES}
    totals = [sum(run.values()) for run in runs]
    return {
        "machine": f"{platform.machine()} {platform.python_version()}",
        "docs": docs,
        "pages": page_total,
        "repeats": len(runs),
        "seconds_median": {stage: round(value, 3) for stage, value in medians.items()},
        "pages_per_second": {
            stage: round(page_total / value, 1) for stage, value in medians.items()
        },
        "end_to_end_pages_per_second": round(page_total / statistics.median(totals), 1),
        "end_to_end_spread": [round(page_total / total, 1) for total in sorted(totals)],
        "memory": memory,
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def render(results: dict[str, object]) -> str:
    """The numbers as a small Markdown report."""
    per_stage = results["pages_per_second"]
    seconds = results["seconds_median"]
    memory = results["memory"]
    flow = results["flow"]
    assert isinstance(per_stage, dict) and isinstance(seconds, dict) and isinstance(memory, dict)
    assert isinstance(flow, dict)
    lines = [
        "# Benchmark (`make bench`)",
        "",
        f"{results['docs']} generated documents, {results['pages']} pages, "
        f"median of {results['repeats']} runs, one process on {results['machine']}.",
        "",
        "| stage | median s | pages/s |",
        "| --- | --- | --- |",
        *(f"| {stage} | {seconds[stage]} | {per_stage[stage]} |" for stage in STAGES),
        f"| **end to end** | {round(sum(seconds.values()), 3)} | "
        f"**{results['end_to_end_pages_per_second']}** |",
        "",
        f"End-to-end pages/s over the runs (min..max): {results['end_to_end_spread']}",
        "",
        "The Prefect flow on the same files (receive, parse in worker processes, extract, "
        f"validate, load, publish), wall clock, median of 3: **{flow['pages_per_second']} "
        f"pages/s** ({flow['seconds_median']} s; runs {flow['spread']}).",
        "",
        f"Peak RSS of a fresh process parsing one {memory['pages']}-page document: "
        f"{memory['rss_peak_mb']:.0f} MB, against {memory['rss_short_mb']:.0f} MB for a short "
        f"one ({memory['growth_mb']:+.0f} MB, the parsed result itself: each page is closed "
        "once read, so memory does not grow with pages parsed). Whole benchmark process max RSS: "
        f"{results['max_rss_mb']} MB.",
        "",
        *_render_real(results.get("real_filings")),
    ]
    return "\n".join(lines)


def _render_real(real: object) -> list[str]:
    if not isinstance(real, dict):
        return ["Real filings: ../shared/realdocs is absent here, not measured.", ""]
    per_stage, seconds, slowest = (
        real["pages_per_second"],
        real["seconds_median"],
        real["slowest_parse"],
    )
    return [
        f"## Real annual reports: {real['docs']} 10-K filings, {real['pages']} pages, "
        f"median of {real['repeats']} runs, one process",
        "",
        "| stage | median s | pages/s |",
        "| --- | --- | --- |",
        *(f"| {stage} | {seconds[stage]} | {per_stage[stage]} |" for stage in STAGES),
        f"| **end to end** | {round(sum(seconds.values()), 3)} | "
        f"**{real['end_to_end_pages_per_second']}** |",
        "",
        f"End-to-end pages/s over the runs (min..max): {real['end_to_end_spread']}. Slowest "
        f"parse of one filing: {slowest['seconds']} s, against its budget of "
        f"{slowest['budget_seconds']} s.",
        "",
    ]


if __name__ == "__main__":
    raise SystemExit(main())
