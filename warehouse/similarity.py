"""Copy detection: which earlier documents a document copies from, how much, and which passages.

    fingerprint ──► index (bands, anchors) ──► hits: one SQL join over the earlier documents
        ──► boilerplate: shingles that at least `boilerplate_docs` earlier documents print
        ──► seed-and-extend alignment with each hit ──► similarity, copied_passages

The earlier-received document is always the source, whatever its platform; a chain A → B → C
gives C two sources, B for all it took and A for the text that came from A. Re-checking a
document replaces its rows, so a re-run changes nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

import duckdb
import numpy as np
import pyarrow as pa

from schemas import CopiedPassage, CopyMatch, Fingerprint
from warehouse.alignment import Mask, Passage, align, covered, share, union
from warehouse.load import insert_table, mark_unpublished, transaction
from warehouse.similarity_index import (
    Stored,
    doc_key,
    find_hits,
    index_fingerprint,
    load_fingerprints,
)

DEFAULT_MIN_FRACTION = 0.1
DEFAULT_BOILERPLATE_DOCS = 4
DEFAULT_BOILERPLATE_RUN = 4
"""Recurring shingles in a row that make boilerplate (~7 words): shorter is a common phrase."""
DEFAULT_MIN_SOURCE_FRACTION = 0.05
DEFAULT_LONG_SEEDS = 16
"""Seeds (boilerplate out) of a passage too long to be a chance match (~20 words)."""
"""Share one source must have of a document that copies enough from all its sources."""
METHOD = "minhash-lsh+anchors/seed-extend"
PAGE_SEPARATOR = "\n\n"


def check_copies(
    con: duckdb.DuckDBPyConnection,
    doc_id: str,
    fingerprint: Fingerprint,
    *,
    received_at: dt.datetime,
    min_fraction: float = DEFAULT_MIN_FRACTION,
    boilerplate_docs: int = DEFAULT_BOILERPLATE_DOCS,
) -> list[CopyMatch]:
    """Index the document, find what it copies from earlier documents and store it, in one
    transaction; `received_at` is used when `documents` does not know the document."""
    row = con.execute("SELECT received_at FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
    with transaction(con):
        index_fingerprint(con, doc_id, fingerprint, received_at=row[0] if row else received_at)
        matches = find_copies(
            con, doc_id, min_fraction=min_fraction, boilerplate_docs=boilerplate_docs
        )
        store_matches(con, doc_id, matches)
    return matches


_SUSPECTS = "SELECT DISTINCT doc_id FROM similarity ORDER BY doc_id"
# Suspects holding an anchor that one of the new documents also holds: the only ones whose
# boilerplate the new documents can have changed.
_SUSPECTS_NEAR = """
SELECT DISTINCT s.doc_id FROM similarity s JOIN fingerprints f ON f.doc_id = s.doc_id
WHERE f.doc_key IN (
    SELECT doc_key FROM similarity_anchors WHERE anchor IN (
        SELECT a.anchor FROM similarity_anchors a JOIN fingerprints n ON n.doc_key = a.doc_key
        WHERE list_contains($doc_ids, n.doc_id)
    )
)
ORDER BY s.doc_id
"""


def recheck_copies(
    con: duckdb.DuckDBPyConnection,
    *,
    near: Sequence[str] | None = None,
    min_fraction: float = DEFAULT_MIN_FRACTION,
    boilerplate_docs: int = DEFAULT_BOILERPLATE_DOCS,
) -> int:
    """Check suspects again, in one transaction: all of them, or those sharing an anchor with
    the documents `near` names (the new ones); returns how many were checked.

    Boilerplate is learned from every document, so text a suspect shared with its source when
    few documents printed it may have become boilerplate since; sources stay earlier ones.
    """
    if near is None:
        rows = con.execute(_SUSPECTS).fetchall()
    else:
        rows = con.execute(_SUSPECTS_NEAR, {"doc_ids": list(near)}).fetchall()
    with transaction(con):
        for (doc_id,) in rows:
            matches = find_copies(
                con, doc_id, min_fraction=min_fraction, boilerplate_docs=boilerplate_docs
            )
            store_matches(con, doc_id, matches)
    return len(rows)


def find_copies(
    con: duckdb.DuckDBPyConnection,
    doc_id: str,
    *,
    min_fraction: float = DEFAULT_MIN_FRACTION,
    boilerplate_docs: int = DEFAULT_BOILERPLATE_DOCS,
) -> list[CopyMatch]:
    """The earlier documents an indexed document copies at least `min_fraction` of its text
    from, most copied first (nothing is written)."""
    found = load_fingerprints(con, [doc_key(doc_id)])
    if not found:
        return []
    own = found[0]
    hits = find_hits(con, own, boilerplate_docs=boilerplate_docs)
    loaded = {
        stored.doc_key: stored for stored in load_fingerprints(con, hits.sources + hits.siblings)
    }
    sources = [loaded[key] for key in hits.sources if key in loaded]
    others = [stored.shingles.hashes for stored in loaded.values()]
    usable = ~boilerplate(own, others, anchors=hits.boilerplate, docs=boilerplate_docs)
    aligned = [(source, align(own.shingles, source.shingles, usable=usable)) for source in sources]
    matches = _suspects(aligned, size=len(own.shingles), min_fraction=min_fraction)
    if not matches:
        return []
    texts = document_texts(con, [own.doc_id] + [source.doc_id for source, _ in matches])
    return sorted(
        (_match(own, source, passages, usable=usable, texts=texts) for source, passages in matches),
        key=lambda match: -match.copied_fraction,
    )


def _suspects(
    aligned: Sequence[tuple[Stored, list[Passage]]], *, size: int, min_fraction: float
) -> list[tuple[Stored, list[Passage]]]:
    """The sources a document copies from: each one it copies `min_fraction` of its text from;
    once it does, or once its long passages from several sources add up to that much (a
    stitched plan), also each source its long passages take a share of their own from (a
    chain's origin, a stitched plan's other sources)."""
    whole = [share(covered(passages, size)) >= min_fraction for _, passages in aligned]
    long = [
        covered([p for p in passages if p.seeds >= DEFAULT_LONG_SEEDS], size)
        for _, passages in aligned
    ]
    named = [share(mask) >= min(min_fraction, DEFAULT_MIN_SOURCE_FRACTION) for mask in long]
    together = share(union([m for m, n in zip(long, named, strict=True) if n], size))
    if not any(whole) and together < min_fraction:
        return []
    return [pair for pair, *why in zip(aligned, whole, named, strict=True) if any(why)]


def boilerplate(
    own: Stored, others: Sequence[np.ndarray], *, anchors: frozenset[int], docs: int
) -> Mask:
    """Runs of shingles of `own` that at least `docs` of the other documents print (or that are
    anchors that many documents hold): a template's text, a legal paragraph, a stock sentence.
    A lone common phrase is no boilerplate; it only seeds where the text around it matches."""
    hashes = own.shingles.hashes
    counts = np.zeros(len(hashes), dtype=np.int64)
    for other in others:
        counts += np.isin(hashes, other)
    known = np.isin(hashes.view(np.int64), np.fromiter(anchors, dtype=np.int64, count=len(anchors)))
    return runs(((counts >= docs) | known), length=DEFAULT_BOILERPLATE_RUN)


def runs(mask: Mask, *, length: int) -> Mask:
    """`mask` kept only where it is True at least `length` times in a row."""
    padded = np.concatenate(([False], mask, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    result = np.zeros(len(mask), dtype=bool)
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        if stop - start >= length:
            result[start:stop] = True
    return result


def store_matches(
    con: duckdb.DuckDBPyConnection, doc_id: str, matches: Sequence[CopyMatch]
) -> None:
    """Replace the `similarity` and `copied_passages` rows of `doc_id`; call in a transaction.
    The next publish writes them (a re-check changes an earlier document's rows)."""
    mark_unpublished(con, doc_id)
    for table in ("similarity", "copied_passages"):
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
    pairs = [
        match.model_dump(exclude={"passages"}) | {"passages": len(match.passages)}
        for match in matches
    ]
    passages = [
        {"doc_id": match.doc_id, "source_doc_id": match.source_doc_id, **passage.model_dump()}
        for match in matches
        for passage in match.passages
    ]
    if pairs:
        insert_table(con, "similarity", pa.Table.from_pylist(pairs))
        insert_table(con, "copied_passages", pa.Table.from_pylist(passages))


def document_texts(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, str]:
    """Each document's pages joined by a blank line: the text fingerprint offsets point into."""
    rows = con.execute(
        "SELECT doc_id, string_agg(text, ? ORDER BY page_no) FROM pages "
        "WHERE list_contains(?, doc_id) GROUP BY doc_id",
        [PAGE_SEPARATOR, list(doc_ids)],
    ).fetchall()
    return dict(rows)


def _match(
    own: Stored,
    source: Stored,
    passages: Sequence[Passage],
    *,
    usable: Mask,
    texts: dict[str, str],
) -> CopyMatch:
    """The finding for one source, with its passages cut out of both texts."""
    in_source = np.isin(own.shingles.hashes, source.shingles.hashes)
    copied_source = np.zeros(len(source.shingles), dtype=bool)
    for passage in passages:
        copied_source[passage.source_first : passage.source_last + 1] = True
    return CopyMatch(
        doc_id=own.doc_id,
        source_doc_id=source.doc_id,
        score=round(float((in_source & usable).sum() / max(1, usable.sum())), 4),
        copied_fraction=round(share(covered(passages, len(own.shingles))), 4),
        source_fraction=round(share(copied_source), 4),
        method=METHOD,
        passages=[
            _passage(number, passage, own, source, texts=texts)
            for number, passage in enumerate(passages, start=1)
        ],
    )


def _passage(
    number: int, passage: Passage, own: Stored, source: Stored, *, texts: dict[str, str]
) -> CopiedPassage:
    """One aligned passage with its page numbers and text on both sides."""
    start, end = int(own.shingles.starts[passage.first]), int(own.shingles.ends[passage.last])
    source_start = int(source.shingles.starts[passage.source_first])
    source_end = int(source.shingles.ends[passage.source_last])
    return CopiedPassage(
        passage_no=number,
        page_no=bisect.bisect_right(own.page_starts, start),
        source_page_no=bisect.bisect_right(source.page_starts, source_start),
        start_char=start,
        end_char=end,
        source_start_char=source_start,
        source_end_char=source_end,
        text=texts.get(own.doc_id, "")[start:end],
        source_text=texts.get(source.doc_id, "")[source_start:source_end],
        matched_fraction=round(min(1.0, passage.seeds / passage.length), 4),
    )
