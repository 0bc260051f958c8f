"""Read what the copy check stored: a document's sources and passages, for the review."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from schemas import CopiedPassage, CopyMatch, CopyReport, DocumentText
from warehouse.similarity import document_texts

_FIND = """
SELECT doc_id FROM documents WHERE doc_id = $ref OR file_name = $ref
UNION SELECT doc_id FROM fingerprints WHERE doc_id = $ref
UNION SELECT doc_id FROM documents WHERE length($ref) >= 6 AND starts_with(doc_id, lower($ref))
"""
_DOCUMENTS = """
SELECT doc_id, file_name, platform, received_at FROM documents WHERE list_contains(?, doc_id)
"""
_PASSAGE_COLUMNS = ", ".join(CopiedPassage.model_fields)


def find_documents(con: duckdb.DuckDBPyConnection, ref: str) -> list[str]:
    """The doc_ids `ref` names: a whole doc_id, a file name, or a doc_id prefix (6+ chars)."""
    return sorted(doc_id for (doc_id,) in con.execute(_FIND, {"ref": ref}).fetchall())


def copy_report(con: duckdb.DuckDBPyConnection, doc_id: str) -> CopyReport:
    """The stored findings of `doc_id`, most copied source first, with both documents' texts."""
    rows = con.execute(
        "SELECT source_doc_id, score, copied_fraction, source_fraction, method FROM similarity "
        "WHERE doc_id = ? ORDER BY copied_fraction DESC, source_doc_id",
        [doc_id],
    ).fetchall()
    matches = [
        CopyMatch(
            doc_id=doc_id,
            source_doc_id=source,
            score=score,
            copied_fraction=fraction or 0.0,
            source_fraction=source_fraction or 0.0,
            method=method,
            passages=_passages(con, doc_id, source),
        )
        for source, score, fraction, source_fraction, method in rows
    ]
    documents = _documents(con, [doc_id, *(match.source_doc_id for match in matches)])
    return CopyReport(
        document=documents[doc_id],
        matches=matches,
        sources={match.source_doc_id: documents[match.source_doc_id] for match in matches},
    )


def _passages(con: duckdb.DuckDBPyConnection, doc_id: str, source: str) -> list[CopiedPassage]:
    cursor = con.execute(
        f"SELECT {_PASSAGE_COLUMNS} FROM copied_passages "
        "WHERE doc_id = ? AND source_doc_id = ? ORDER BY passage_no",
        [doc_id, source],
    )
    names = [column[0] for column in cursor.description or ()]
    return [CopiedPassage(**dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def _documents(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, DocumentText]:
    """Each document's names and text; one the `documents` table lacks keeps its doc_id only."""
    texts = document_texts(con, doc_ids)
    known = {
        doc_id: DocumentText(
            doc_id=doc_id,
            file_name=name,
            platform=platform,
            received_at=received_at,
            text=texts.get(doc_id, ""),
        )
        for doc_id, name, platform, received_at in con.execute(
            _DOCUMENTS, [list(doc_ids)]
        ).fetchall()
    }
    return {doc_id: known.get(doc_id, DocumentText(doc_id=doc_id)) for doc_id in doc_ids}
