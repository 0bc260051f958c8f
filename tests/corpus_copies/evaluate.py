"""Run the copy check on a generated world or a PAN corpus and score it.

    python -m tests.corpus_copies.evaluate [--seed N]          # a generated world
    python -m tests.corpus_copies.evaluate --pan FOLDER        # any PAN text-alignment corpus

A world goes through the warehouse as the pipeline sends it (index, candidates, boilerplate,
alignment, one document after the other); a PAN corpus is aligned pair by pair, as the PAN task
asks, with the same fingerprints and the same alignment.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import duckdb
import numpy as np

import warehouse
from extractors.fingerprints import fingerprint_pages
from schemas import CopyMatch, Fingerprint
from tests.corpus_copies.generate import DEFAULT_SEED, Doc, world
from tests.corpus_copies.pan import Feature, Scores, read_features, read_pairs, score
from warehouse.alignment import Hashes, Shingles, align
from warehouse.similarity import DEFAULT_BOILERPLATE_RUN, runs

RECEIVED = dt.datetime(2025, 1, 1)
BOILERPLATE_DOCS = 4


@dataclass(frozen=True)
class WorldScores:
    pair_precision: float
    pair_recall: float
    negatives_flagged: list[str]
    missed: list[str]
    pan: Scores


def doc_id_of(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def run_world(
    docs: Sequence[Doc], con: duckdb.DuckDBPyConnection, **options: float
) -> dict[str, list[CopyMatch]]:
    """Every document checked in the order received; its matches, by document name."""
    for number, doc in enumerate(docs):
        received_at = RECEIVED + dt.timedelta(minutes=number)
        fingerprint = fingerprint_pages(doc.pages)
        warehouse.check_copies(
            con, doc_id_of(doc.name), fingerprint, received_at=received_at, **options
        )
    warehouse.recheck_copies(con, **options)
    return {doc.name: warehouse.find_copies(con, doc_id_of(doc.name), **options) for doc in docs}


def score_world(docs: Sequence[Doc], found: dict[str, list[CopyMatch]]) -> WorldScores:
    """Pair precision and recall, hard negatives flagged, and PAN measures over passages."""
    names = {doc_id_of(doc.name): doc.name for doc in docs}
    expected = {(doc.name, case.source) for doc in docs for case in doc.cases}
    flagged = {(name, names[m.source_doc_id]) for name, ms in found.items() for m in ms}
    copiers = {doc.name for doc in docs if doc.role == "copy"}
    cases = [
        Feature(doc.name, c.this_offset, c.this_length, c.source, c.source_offset, c.source_length)
        for doc in docs
        for c in doc.cases
    ]
    detections = [
        Feature(
            name,
            p.start_char,
            p.end_char - p.start_char,
            names[m.source_doc_id],
            p.source_start_char,
            p.source_end_char - p.source_start_char,
        )
        for name, ms in found.items()
        for m in ms
        for p in m.passages
    ]
    right = len(expected & flagged)
    return WorldScores(
        pair_precision=right / len(flagged) if flagged else 1.0,
        pair_recall=right / len(expected) if expected else 1.0,
        negatives_flagged=sorted(f"{a}<-{b}" for a, b in flagged - expected if a not in copiers),
        missed=sorted(f"{a}<-{b}" for a, b in expected - flagged),
        pan=score(cases, detections),
    )


def fingerprint_folder(folder: Path) -> dict[str, Fingerprint]:
    """The fingerprint of every text file in a folder, by file name."""
    return {
        path.name: fingerprint_pages([path.read_text(encoding="utf-8")])
        for path in sorted(folder.glob("*.txt"))
    }


def recurring(fingerprints: Iterable[Fingerprint], *, docs: int = BOILERPLATE_DOCS) -> Hashes:
    """Shingle hashes at least `docs` of the documents print: the collection's boilerplate."""
    each = [np.unique(np.asarray(f.shingles, dtype=np.uint64)) for f in fingerprints]
    if not each:
        return np.zeros(0, dtype=np.uint64)
    values, counts = np.unique(np.concatenate(each), return_counts=True)
    return values[counts >= docs]


def align_pair(later: Fingerprint, earlier: Fingerprint, *, boilerplate: Hashes) -> list[Feature]:
    """Aligned passages of two fingerprinted texts, boilerplate out (names left blank)."""
    shingles = Shingles.of(later.shingles, later.starts, later.ends)
    usable = ~runs(np.isin(shingles.hashes, boilerplate), length=DEFAULT_BOILERPLATE_RUN)
    source = Shingles.of(earlier.shingles, earlier.starts, earlier.ends)
    result = []
    for passage in align(shingles, source, usable=usable):
        start, end = later.starts[passage.first], later.ends[passage.last]
        s_start, s_end = earlier.starts[passage.source_first], earlier.ends[passage.source_last]
        result.append(Feature("", start, end - start, "", s_start, s_end - s_start))
    return result


def score_pan_folder(folder: Path) -> Scores:
    """Our alignment on every pair of a PAN text-alignment corpus, scored against its truth;
    boilerplate is learned from the corpus's source documents, as the warehouse learns it."""
    suspicious, sources = fingerprint_folder(folder / "susp"), fingerprint_folder(folder / "src")
    boilerplate = recurring(sources.values())
    detections = [
        replace(found, suspicious=later, source=earlier)
        for later, earlier in read_pairs(folder)
        for found in align_pair(suspicious[later], sources[earlier], boilerplate=boilerplate)
    ]
    return score(read_features(folder), detections)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--pan", type=Path, help="A PAN text-alignment corpus folder.")
    arguments = parser.parse_args()
    if arguments.pan:
        print(json.dumps(asdict(score_pan_folder(arguments.pan)), indent=2))
        return
    docs = world(arguments.seed)
    with warehouse.connect() as con:
        result = score_world(docs, run_world(docs, con))
    print(json.dumps(asdict(result), indent=2))


if __name__ == "__main__":
    main()
