"""The Clough & Stevenson corpus of plagiarised short answers, through the copy check.

Five Wikipedia sources are indexed first; each of the 95 answers is then checked against them
as a new document would be (indexed, compared, rolled back), so answers never serve as sources
for each other: the labels say which source each answer used, and how (cut, light, heavy, non).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

import warehouse
from extractors.fingerprints import fingerprint_pages
from warehouse.similarity import DEFAULT_MIN_FRACTION
from warehouse.similarity_index import index_fingerprint

CLOUGH = Path(__file__).resolve().parents[3] / "shared" / "realdocs" / "plagiarism_clough" / "data"
CATEGORIES = ("cut", "light", "heavy", "non")
SOURCES_AT = dt.datetime(2024, 1, 1)


@dataclass(frozen=True)
class Decision:
    file: str
    category: str
    flagged: bool
    copied_fraction: float


def read_text(path: Path) -> str:
    # The corpus mixes encodings (a few answers are Windows-1252).
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def doc_id_of(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def labels(folder: Path = CLOUGH) -> list[dict[str, str]]:
    with (folder / "file_information.csv").open(newline="", encoding="utf-8") as stream:
        return [row for row in csv.DictReader(stream) if row["Category"] in CATEGORIES]


def decide(
    con: duckdb.DuckDBPyConnection, folder: Path, row: dict[str, str], *, min_fraction: float
) -> Decision:
    """Check one answer against the indexed sources, leaving the warehouse as it was."""
    source = doc_id_of(f"orig_task{row['Task']}.txt")
    con.execute("BEGIN TRANSACTION")
    index_fingerprint(
        con,
        doc_id_of(row["File"]),
        fingerprint_pages([read_text(folder / row["File"])]),
        received_at=SOURCES_AT + dt.timedelta(days=1),
    )
    matches = warehouse.find_copies(con, doc_id_of(row["File"]), min_fraction=min_fraction)
    con.execute("ROLLBACK")
    own = [match.copied_fraction for match in matches if match.source_doc_id == source]
    wrong = any(match.source_doc_id != source for match in matches)
    return Decision(row["File"], row["Category"], bool(own) or wrong, max(own, default=0.0))


def clough_decisions(
    folder: Path = CLOUGH, *, min_fraction: float = DEFAULT_MIN_FRACTION
) -> list[Decision]:
    """The copy decision on every answer of the corpus."""
    with warehouse.connect() as con:
        for task in "abcde":
            name = f"orig_task{task}.txt"
            fingerprint = fingerprint_pages([read_text(folder / name)])
            index_fingerprint(con, doc_id_of(name), fingerprint, received_at=SOURCES_AT)
        return [decide(con, folder, row, min_fraction=min_fraction) for row in labels(folder)]


def clough_scores(decisions: Sequence[Decision]) -> dict[str, float]:
    """Share flagged per category; precision and recall of copying (cut or light) and of any
    reuse (cut, light or heavy) against independent answers."""
    scores = {
        f"flagged_{category}": _share([d.flagged for d in decisions if d.category == category])
        for category in CATEGORIES
    }
    for name, positive in (("copy", {"cut", "light"}), ("reuse", {"cut", "light", "heavy"})):
        judged = [d for d in decisions if d.category in positive | {"non"}]
        hits = sum(d.flagged and d.category in positive for d in judged)
        flagged = sum(d.flagged for d in judged)
        scores[f"{name}_precision"] = hits / flagged if flagged else 1.0
        scores[f"{name}_recall"] = hits / sum(d.category in positive for d in judged)
    return scores


def _share(values: Sequence[bool]) -> float:
    return sum(values) / len(values) if values else 0.0
