"""The copy-detection index: fingerprints, LSH band hashes and anchors in DuckDB tables.

Nothing stays resident: a check is one SQL query over `similarity_bands` and
`similarity_anchors`, joined with the new document's band hashes and shingles. Bands find
documents that are near-duplicates as a whole (MinHash LSH); anchors, the lowest shingle hash
of each stretch of a document, find partial copies: a source whose anchors show up among the
new document's shingles shares text with it, however small a part of either. An anchor many
other documents hold is boilerplate, and says nothing about copying.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import numpy as np
import numpy.typing as npt
import pyarrow as pa

from schemas import Fingerprint
from warehouse.alignment import Shingles
from warehouse.load import insert_table

DEFAULT_BANDS = 16
"""16 bands of 8 rows of a 128-value signature: near-duplicates (Jaccard above ~0.7) become
candidates at once; partial copies are the anchors' job. Each band is a row every check scans."""
DEFAULT_ANCHORS = 64
DEFAULT_MIN_ANCHORS = 2
DEFAULT_MAX_SOURCES = 24
DEFAULT_MAX_SIBLINGS = 8
"""Documents loaded only to learn which shingles are boilerplate."""
INDEX_TABLES = ("fingerprints", "similarity_bands", "similarity_anchors")

_ANCHOR_HITS = """
SELECT DISTINCT anchor, doc_key FROM similarity_anchors WHERE anchor IN (SELECT unnest($shingles))
"""
_BAND_HITS = """
SELECT doc_key, count(*) FROM similarity_bands WHERE band_hash IN (SELECT unnest($bands))
GROUP BY doc_key
"""
_HIT_DOCUMENTS = """
SELECT doc_key, received_at < $received_at OR (received_at = $received_at AND doc_id < $doc_id)
FROM fingerprints
WHERE doc_key IN (SELECT unnest($keys)) AND doc_key <> $key AND scheme = $scheme
"""


@dataclass(frozen=True)
class Hits:
    """Earlier documents worth aligning (`sources`) and those that share boilerplate with the
    document (`siblings`), by doc_key; `boilerplate` holds the anchors many of them share."""

    sources: list[int]
    siblings: list[int]
    boilerplate: frozenset[int]


@dataclass(frozen=True)
class Stored:
    """A fingerprint as the warehouse holds it."""

    doc_id: str
    doc_key: int
    received_at: dt.datetime
    scheme: str
    signature: list[int]
    shingles: Shingles
    page_starts: list[int]


def doc_key(doc_id: str) -> int:
    """The first 60 bits of a doc_id (a sha256): unique in practice, and a compact join key."""
    return int(doc_id[:15], 16)


def band_hashes(signature: Sequence[int], *, bands: int = DEFAULT_BANDS) -> list[int]:
    """One 64-bit hash per band of the signature, the band's number hashed in."""
    values = np.asarray(signature, dtype=np.uint32)
    rows = len(values) // bands
    return [
        _signed(values[band * rows : (band + 1) * rows].tobytes() + bytes([band]))
        for band in range(bands)
    ]


def anchors_of(shingles: Sequence[int], *, count: int = DEFAULT_ANCHORS) -> list[int]:
    """The lowest shingle hash of each of `count` equal stretches of the document.

    Spread along the text, so every part of a document holds anchors and stock phrases, whose
    hashes are no lower than any other's, win few of them; a copy of a tenth of the document
    carries about a tenth of its anchors, whatever the length of either document.
    """
    hashes = np.asarray(shingles, dtype=np.int64)
    if len(hashes) == 0:
        return []
    stretches = np.array_split(hashes, min(count, len(hashes)))
    return sorted({int(stretch.min()) for stretch in stretches})


def index_fingerprint(
    con: duckdb.DuckDBPyConnection,
    doc_id: str,
    fingerprint: Fingerprint,
    *,
    received_at: dt.datetime,
) -> None:
    """Store a document's fingerprint, band hashes and anchors, replacing earlier ones."""
    key = doc_key(doc_id)
    hashes = np.asarray(fingerprint.shingles, dtype=np.uint64).view(np.int64)
    row = {
        "doc_id": [doc_id],
        "doc_key": [key],
        "received_at": [received_at],
        "scheme": [fingerprint.scheme.key],
        "signature": [fingerprint.signature],
        "shingles": [hashes],
        "starts": [fingerprint.starts],
        "ends": [fingerprint.ends],
        "page_starts": [fingerprint.page_starts],
        "text_chars": [fingerprint.text_chars],
    }
    bands = band_hashes(fingerprint.signature)
    anchors = anchors_of(hashes.tolist())
    # Deleting scans the index tables, so only a document indexed before pays for it.
    if con.execute("SELECT 1 FROM fingerprints WHERE doc_key = ?", [key]).fetchone():
        for table in INDEX_TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_key = ?", [key])
    insert_table(con, "fingerprints", pa.table(row))
    insert_table(
        con, "similarity_bands", pa.table({"band_hash": bands, "doc_key": [key] * len(bands)})
    )
    insert_table(
        con, "similarity_anchors", pa.table({"anchor": anchors, "doc_key": [key] * len(anchors)})
    )


def find_hits(con: duckdb.DuckDBPyConnection, stored: Stored, *, boilerplate_docs: int) -> Hits:
    """Earlier documents that share anchors or a band with `stored`: a scan of each index table
    (no resident index), then the few documents hit; boilerplate anchors count for nothing."""
    anchor_rows, bands, earlier = _hit_rows(con, stored)
    anchor_rows = [(anchor, key) for anchor, key in anchor_rows if key in earlier]
    docs_per_anchor = Counter(anchor for anchor, _ in anchor_rows)
    common = frozenset(a for a, docs in docs_per_anchor.items() if docs >= boilerplate_docs)
    own = Counter(key for anchor, key in anchor_rows if anchor not in common)
    shared = Counter(key for anchor, key in anchor_rows if anchor in common)
    sources = [
        (own[key] + bands.get(key, 0) * DEFAULT_ANCHORS, key)
        for key, is_earlier in earlier.items()
        if is_earlier and (own[key] >= DEFAULT_MIN_ANCHORS or key in bands)
    ]
    chosen = [key for _, key in sorted(sources, reverse=True)[:DEFAULT_MAX_SOURCES]]
    # Any other document, earlier or later, shows what is boilerplate.
    siblings = sorted(
        (
            (own[key] + shared[key], key)
            for key in earlier
            if key not in chosen and own[key] + shared[key]
        ),
        reverse=True,
    )
    return Hits(
        sources=chosen,
        siblings=[key for _, key in siblings[:DEFAULT_MAX_SIBLINGS]],
        boilerplate=common,
    )


def _hit_rows(
    con: duckdb.DuckDBPyConnection, stored: Stored
) -> tuple[list[tuple[int, int]], dict[int, int], dict[int, bool]]:
    """(anchor, doc_key) hits, band hits by doc_key, and whether each document hit (of the
    same scheme, not `stored` itself) was received earlier."""
    shingles = np.unique(stored.shingles.hashes.view(np.int64)).tolist()
    anchor_rows = con.execute(_ANCHOR_HITS, {"shingles": shingles}).fetchall()
    bands = dict(con.execute(_BAND_HITS, {"bands": band_hashes(stored.signature)}).fetchall())
    parameters = {
        "keys": sorted({key for _, key in anchor_rows} | set(bands)),
        "key": stored.doc_key,
        "scheme": stored.scheme,
        "received_at": stored.received_at,
        "doc_id": stored.doc_id,
    }
    earlier = dict(con.execute(_HIT_DOCUMENTS, parameters).fetchall())
    return anchor_rows, bands, earlier


def load_fingerprints(con: duckdb.DuckDBPyConnection, keys: Sequence[int]) -> list[Stored]:
    """The stored fingerprints of the documents with these doc_keys."""
    if not keys:
        return []
    relation = con.sql(
        "SELECT doc_id, doc_key, received_at, scheme, signature, shingles, starts, ends, "
        "page_starts FROM fingerprints WHERE doc_key IN (SELECT unnest($keys))",
        params={"keys": list(keys)},
    )
    if relation is None:
        raise TypeError("a SELECT gives a relation")
    table = relation.to_arrow_table()
    # Through Arrow: thousands of shingles per document, as arrays rather than Python ints.
    rows = table.select(["doc_id", "doc_key", "received_at", "scheme", "signature", "page_starts"])
    return [
        Stored(
            **row,
            shingles=Shingles.of(
                _array(table, "shingles", index).view(np.uint64),
                _array(table, "starts", index),
                _array(table, "ends", index),
            ),
        )
        for index, row in enumerate(rows.to_pylist())
    ]


def _array(table: pa.Table, column: str, row: int) -> npt.NDArray[np.int64]:
    """One row's list in a list column, as an int64 array."""
    values = table.column(column)[row].values
    return np.asarray(values.to_numpy(zero_copy_only=False), dtype=np.int64)


def _signed(data: bytes) -> int:
    """A 64-bit hash of `data` as a signed integer (DuckDB's BIGINT)."""
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)
