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
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb
import numpy as np
import pyarrow as pa

from schemas import Fingerprint
from warehouse.alignment import Shingles
from warehouse.load import insert_table

DEFAULT_BANDS = 32
"""32 bands of 4 rows of a 128-value signature: pairs above Jaccard ~0.42 become candidates."""
DEFAULT_ANCHORS = 64
DEFAULT_MIN_ANCHORS = 2
DEFAULT_MAX_SOURCES = 24
DEFAULT_MAX_SIBLINGS = 8
"""Documents loaded only to learn which shingles are boilerplate."""
INDEX_TABLES = ("fingerprints", "similarity_bands", "similarity_anchors")

_HITS = """
WITH others AS (
    SELECT doc_key,
        received_at < $received_at OR (received_at = $received_at AND doc_id < $doc_id) AS earlier
    FROM fingerprints
    WHERE scheme = $scheme AND doc_key <> $key
),
anchor_hits AS (
    SELECT DISTINCT a.anchor, a.doc_key
    FROM similarity_anchors a SEMI JOIN others o ON a.doc_key = o.doc_key
    WHERE list_contains($shingles, a.anchor)
),
anchor_docs AS (SELECT anchor, count(*) AS docs FROM anchor_hits GROUP BY anchor),
anchors AS (
    SELECT h.doc_key,
        count(*) FILTER (WHERE d.docs < $boilerplate_docs) AS own,
        count(*) FILTER (WHERE d.docs >= $boilerplate_docs) AS boilerplate,
        list(h.anchor) FILTER (WHERE d.docs >= $boilerplate_docs) AS boilerplate_anchors
    FROM anchor_hits h JOIN anchor_docs d USING (anchor)
    GROUP BY h.doc_key
),
bands AS (
    SELECT b.doc_key, count(*) AS bands
    FROM similarity_bands b SEMI JOIN others o ON b.doc_key = o.doc_key
    WHERE list_contains($bands, b.band_hash)
    GROUP BY b.doc_key
)
SELECT doc_key, o.earlier, coalesce(own, 0), coalesce(boilerplate, 0), coalesce(bands, 0),
    coalesce(boilerplate_anchors, [])
FROM anchors FULL JOIN bands USING (doc_key) JOIN others o USING (doc_key)
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
    """Earlier documents that share anchors or a band with `stored`, by one SQL query."""
    parameters = {
        "scheme": stored.scheme,
        "key": stored.doc_key,
        "doc_id": stored.doc_id,
        "received_at": stored.received_at,
        "shingles": np.unique(stored.shingles.hashes.view(np.int64)).tolist(),
        "bands": band_hashes(stored.signature),
        "boilerplate_docs": boilerplate_docs,
    }
    rows = con.execute(_HITS, parameters).fetchall()
    sources = [
        (own + bands * DEFAULT_ANCHORS, key)
        for key, earlier, own, _, bands, _ in rows
        if earlier and (own >= DEFAULT_MIN_ANCHORS or bands > 0)
    ]
    chosen = [key for _, key in sorted(sources, reverse=True)[:DEFAULT_MAX_SOURCES]]
    # Any other document, earlier or later, shows what is boilerplate.
    siblings = sorted(
        (
            (boilerplate + own, key)
            for key, _, own, boilerplate, _, _ in rows
            if (boilerplate or own) and key not in chosen
        ),
        reverse=True,
    )
    return Hits(
        sources=chosen,
        siblings=[key for _, key in siblings[:DEFAULT_MAX_SIBLINGS]],
        boilerplate=frozenset(anchor for *_, anchors in rows for anchor in anchors),
    )


def load_fingerprints(con: duckdb.DuckDBPyConnection, keys: Sequence[int]) -> list[Stored]:
    """The stored fingerprints of the documents with these doc_keys."""
    if not keys:
        return []
    rows = con.execute(
        "SELECT doc_id, doc_key, received_at, scheme, signature, shingles, starts, ends, "
        "page_starts "
        "FROM fingerprints WHERE list_contains(?, doc_key)",
        [list(keys)],
    ).fetchall()
    return [
        Stored(
            doc_id=doc_id,
            doc_key=key,
            received_at=received_at,
            scheme=scheme,
            signature=signature,
            shingles=Shingles.of(
                np.asarray(shingles, dtype=np.int64).view(np.uint64), starts, ends
            ),
            page_starts=page_starts,
        )
        for doc_id, key, received_at, scheme, signature, shingles, starts, ends, page_starts in rows
    ]


def _signed(data: bytes) -> int:
    """A 64-bit hash of `data` as a signed integer (DuckDB's BIGINT)."""
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)
