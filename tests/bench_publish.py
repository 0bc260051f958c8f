"""`make bench`: what publishing one batch costs at a few warehouse sizes -> bench/publish.md.

A warehouse of N documents is grown from real extractions of the generated corpus (each copied
under new doc_ids, so rows have realistic sizes), then batches of `--batch` new documents are
stored and published, one at a time, as the watcher does. For each size: the median seconds of
one publish, and the bytes it wrote (every file under the warehouse's folder that is new or
changed, the working database aside), per batch and per document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import statistics
import tempfile
import time
from pathlib import Path

import warehouse
from extractors import extract_disclosure
from schemas import Arrival, Disclosure, Settings
from tests.accuracy import parse_file
from tests.bench import write_report
from tests.corpus.generate import generate_corpus

DEFAULT_SIZES = (100, 1_000, 10_000)
DEFAULT_BATCH = 5
DEFAULT_REPEATS = 5
DEFAULT_TEMPLATES = 12


def templates(folder: Path, *, count: int) -> list[Disclosure]:
    """Real extractions of `count` generated documents."""
    settings = Settings()
    truth = generate_corpus(folder, n_docs=count, seed=11, include_bad=False)
    paths = [folder / doc["file"] for doc in truth if doc.get("reject") is None]
    return [
        extract_disclosure(parse_file(path, settings=settings), model=settings.spacy_model)
        for path in paths[:count]
    ]


def copy_of(template: Disclosure, number: int) -> tuple[Arrival, Disclosure]:
    """`template` as the document numbered `number`: same rows, its own doc_id."""
    doc_id = hashlib.sha256(f"bench {number}".encode()).hexdigest()
    arrival = Arrival(
        path=f"/bench/{number}.pdf",
        file_name=f"{number}.pdf",
        platform="bench",
        doc_id=doc_id,
        size_bytes=0,
        received_at=dt.datetime.now(dt.UTC),
    )
    return arrival, template.model_copy(update={"doc_id": doc_id})


def store(work: Path, numbers: range, models: list[Disclosure]) -> None:
    """Store the documents numbered `numbers`, one transaction each."""
    with warehouse.connect(work) as con:
        for number in numbers:
            arrival, disclosure = copy_of(models[number % len(models)], number)
            warehouse.upsert_disclosure(con, arrival=arrival, disclosure=disclosure)


def written_bytes(folder: Path, before: dict[Path, tuple[int, int]], *, work: Path) -> int:
    """Bytes of the files under `folder` that are new or changed since `before`."""
    total = 0
    for path, state in _states(folder).items():
        if path.name.startswith(work.name):
            continue
        if before.get(path) != state:
            total += state[0]
    return total


def _states(folder: Path) -> dict[Path, tuple[int, int]]:
    return {
        path: (path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file()
    }


def measure(
    folder: Path, *, size: int, batch: int, repeats: int, models: list[Disclosure]
) -> dict[str, float]:
    """Median seconds and bytes of publishing one batch onto a warehouse of `size` documents."""
    folder.mkdir(parents=True)
    db = folder / "disclosure.duckdb"
    seconds, written = [], []
    with warehouse.writer(db, publish_seconds=0) as out:
        store(out.work, range(size), models)
        out.publish()
        for run in range(repeats):
            start = size + run * batch
            store(out.work, range(start, start + batch), models)
            before = _states(folder)
            started = time.perf_counter()
            out.publish()
            seconds.append(time.perf_counter() - started)
            written.append(written_bytes(folder, before, work=out.work))
    return {
        "documents": size,
        "db_bytes": sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()),
        "publish_seconds": round(statistics.median(seconds), 4),
        "seconds_per_document": round(statistics.median(seconds) / batch, 5),
        "bytes_per_batch": int(statistics.median(written)),
        "bytes_per_document": int(statistics.median(written) / batch),
    }


def render(rows: list[dict[str, float]], *, batch: int, repeats: int, label: str) -> str:
    lines = [
        f"# Publishing cost (`make bench`): {label}",
        "",
        f"One publish after storing a batch of {batch} documents, median of {repeats}; bytes are "
        "every file written beside the warehouse (the writer's working database aside).",
        "",
        "| documents | files on disk | s per publish | s per document | bytes per document |",
        "| --- | --- | --- | --- | --- |",
        *(
            f"| {row['documents']:,} | {row['db_bytes'] / 1e6:.1f} MB | {row['publish_seconds']} "
            f"| {row['seconds_per_document']} | {row['bytes_per_document']:,} |"
            for row in rows
        ),
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/publish.md"))
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--batch", type=int, default=DEFAULT_BATCH)
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    parser.add_argument("--label", default="parts (views over Parquet parts)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        models = templates(Path(tmp) / "corpus", count=DEFAULT_TEMPLATES)
        rows = [
            measure(
                Path(tmp) / f"n{size}",
                size=size,
                batch=args.batch,
                repeats=args.repeats,
                models=models,
            )
            for size in args.sizes
        ]
    text = render(rows, batch=args.batch, repeats=args.repeats, label=args.label)
    write_report(args.out, rows, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
