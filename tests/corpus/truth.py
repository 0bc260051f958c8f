"""Ground-truth records (one JSON object per file) assembled from the facts a document printed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.corpus.story import Fact

COMPANY_FIELDS = (
    "company_name",
    "registration_id",
    "registration_kind",
    "registration_id_valid",
    "country",
    "region",
    "city",
    "founded_year",
    "employees",
)


def _company(facts: list[Fact]) -> dict[str, Any]:
    company: dict[str, Any] = dict.fromkeys(COMPANY_FIELDS)
    for fact in facts:
        if fact.kind == "company":
            company.update({k: v for k, v in fact.data.items() if v is not None})
    return company


def _people(facts: list[Fact]) -> list[dict[str, str]]:
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for fact in facts:
        if fact.kind == "person":
            seen.setdefault((fact.data["name"], fact.data["role"]), dict(fact.data))
    return list(seen.values())


def _figures(facts: list[Fact], file: str) -> list[dict[str, Any]]:
    figures, keys = [], set()
    for fact in facts:
        if fact.kind != "figure":
            continue
        key = (fact.data["name"], fact.data["fiscal_year"])
        if key in keys:
            raise AssertionError(f"{file}: {key} printed as a key figure twice")
        keys.add(key)
        figures.append({**fact.data, "page_no": fact.page_no})
    return figures


def document_record(
    *,
    file: str,
    kind: str,
    language: str,
    layout: str,
    page_count: int,
    facts: list[Fact],
    notes: str | None = None,
    disclosure: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The truth for a readable document: only what its facts say was printed.

    `disclosure` holds the issue-7 fields (see `disclosure_fields`), placed before the notes.
    """
    deadlines = [f.data["deadline"] for f in facts if f.kind == "deadline"]
    record = {
        "file": file,
        "doc_kind": kind,
        "language": language,
        "reject": None,
        "page_count": page_count,
        "layout": layout,
        "has_risk_section": any(f.kind == "risk" for f in facts),
        "company": _company(facts),
        "people": _people(facts),
        "figures": _figures(facts, file),
        "use_of_funds": [{**f.data, "page_no": f.page_no} for f in facts if f.kind == "funds"],
        "deadline": deadlines[0] if deadlines else None,
    }
    return {**record, **(disclosure or {}), "notes": notes}


def disclosure_fields(
    *,
    regime: str | None,
    document_date: dt.date | None,
    defect: str | None = None,
    detail: str | None = None,
) -> dict[str, Any]:
    """The issue-7 truth: the rules the document must fail (at most one is injected), what it
    prints wrong, its issuer's regime and the date it prints as its own."""
    return {
        "defects": [defect] if defect else [],
        "defect_detail": detail,
        "regime": regime,
        "document_date": document_date.isoformat() if document_date else None,
    }


def reject_record(
    file: str, reason: str, *, page_count: int | None = None, notes: str | None = None
) -> dict[str, Any]:
    """The truth for a file the pipeline must reject with `reason`."""
    return {
        "file": file,
        "doc_kind": None,
        "language": None,
        "reject": reason,
        "page_count": page_count,
        "layout": None,
        "has_risk_section": None,
        "company": None,
        "people": [],
        "figures": [],
        "use_of_funds": [],
        "deadline": None,
        **disclosure_fields(regime=None, document_date=None),
        "notes": notes,
    }
