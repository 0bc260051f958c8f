"""`make bench`: pages/s of the Prefect flow against the bare pipeline -> bench/flow.md.

The bare pipeline is `tests.bench.one_pass` (parse, spaCy, validate, load, one process); the flow
is `run_ingest` on the same generated files, wall clock, after a warm-up run (Prefect's
temporary server and the worker processes start once). Medians; the machine is noisy. Run it on
a checkout of another commit (`--label`) to compare before and after.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from extractors import load_nlp
from schemas import Settings
from tests.accuracy import parse_file
from tests.bench import flow_runs, one_pass
from tests.corpus.generate import generate_corpus

DEFAULT_DOCS = 40
DEFAULT_REPEATS = 5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/flow.json"))
    parser.add_argument("--label", default="this commit")
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    args = parser.parse_args(argv)
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        truth = generate_corpus(folder / "corpus", n_docs=DEFAULT_DOCS, seed=7, include_bad=False)
        paths = [folder / "corpus" / doc["file"] for doc in truth if doc.get("reject") is None]
        pages = sum(len(parse_file(path, settings=settings).pages) for path in paths)
        load_nlp("en", settings.spacy_model)
        bare = [
            sum(one_pass(paths, settings, folder / "bare.duckdb").values())
            for _ in range(args.repeats)
        ]
        flow = flow_runs(folder / "corpus", pages=pages, repeats=args.repeats, scratch=folder)
    result = {
        "label": args.label,
        "pages": pages,
        "pipeline_pages_per_second": round(pages / statistics.median(bare), 1),
        "pipeline_spread": sorted(round(pages / seconds, 1) for seconds in bare),
        "flow_pages_per_second": flow["pages_per_second"],
        "flow_spread": flow["spread"],
    }
    result["flow_over_pipeline"] = round(
        float(result["flow_pages_per_second"]) / float(result["pipeline_pages_per_second"]), 2
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
