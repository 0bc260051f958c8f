"""The generator's own facts about a document, and the truth record built from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

Fact = dict[str, Any]


@dataclass
class Person:
    name: str
    title: str  # as printed
    roles: tuple[str, ...]


@dataclass
class Company:
    name: str
    country: str
    currency: str
    sector: str
    city: str
    region: str | None
    address: list[str]
    reg_kind: str | None
    reg_id: str | None
    reg_valid: bool | None
    founded: dt.date
    employees: int
    people: list[Person] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def figure(
    name: str, value: float, currency: str | None, fy: int | None = None, prio: int = 1
) -> Fact:
    """prio: 3 primary statement, 2 table/summary, 1 prose. Highest wins per (name, year)."""
    return {
        "kind": "figure",
        "name": name,
        "value": float(value),
        "currency": currency,
        "fiscal_year": fy,
        "prio": prio,
    }


def use_line(category: str, amount: float | None, currency: str | None, pct: float | None) -> Fact:
    return {
        "kind": "use_of_funds",
        "category": category,
        "amount": None if amount is None else float(amount),
        "currency": currency if amount is not None else None,
        "pct": None if pct is None else float(pct),
    }


def stmt_line(
    statement: str,
    label: str,
    item: str | None,
    fy: int,
    end: dt.date | None,
    consolidated: bool,
    value: float,
    currency: str,
) -> Fact:
    return {
        "kind": "statement_line",
        "statement": statement,
        "label": label,
        "line_item": item,
        "fiscal_year": fy,
        "period_end": end.isoformat() if end else None,
        "consolidated": consolidated,
        "value": float(value),
        "currency": currency,
    }


def excess_use(form: str, amount: float, currency: str, categories: list[str]) -> Fact:
    """How the document says money above the target (up to the maximum) would be spent."""
    return {
        "kind": "excess_use",
        "form": form,
        "amount": float(amount),
        "currency": currency,
        "categories": categories,
    }


def projection(name: str, value: float, currency: str | None, year: int) -> Fact:
    return {
        "kind": "projection",
        "name": name,
        "value": float(value),
        "currency": currency,
        "year": year,
    }


class Truth:
    """Collects what a builder printed; `record` turns it into the truth.json entry."""

    def __init__(self, file: str, doc_kind: str, language: str | None) -> None:
        self.file, self.doc_kind, self.language = file, doc_kind, language
        self.company: dict[str, Any] = dict.fromkeys(COMPANY_KEYS)
        self.people: list[dict[str, str]] = []
        self.facts: list[Fact] = []
        self.deadline: dt.date | None = None
        self.has_risk = False
        self.defects: list[str] = []
        self.notes: list[str] = []
        self.regime = "other"
        self.defect_detail: str | None = None
        self.document_date: dt.date | None = None
        self.assurance: str | None = None
        self.custodian_bank: str | None = None

    def defect(self, defect: str | None, detail: str | None = None) -> None:
        self.defects += [defect] if defect else []
        self.defect_detail = detail

    def add(self, *facts: Fact) -> list[Fact]:
        self.facts.extend(facts)
        return list(facts)

    def printed(self, c: Company, *keys: str) -> None:
        """Mark company fields as printed somewhere in the document."""
        values = {
            "company_name": c.name,
            "registration_id": c.reg_id,
            "registration_kind": c.reg_kind,
            "registration_id_valid": c.reg_valid,
            "country": c.country,
            "region": c.region,
            "city": c.city,
            "founded_year": c.founded.year,
            "employees": c.employees,
        }
        for k in keys:
            self.company[k] = values[k]
            if k == "registration_id":
                self.company["registration_kind"] = c.reg_kind
                self.company["registration_id_valid"] = c.reg_valid

    def person(self, p: Person) -> None:
        for role in p.roles:
            entry = {"name": p.name, "role": role}
            if entry not in self.people:
                self.people.append(entry)

    def record(self, page_count: int, layout: str) -> dict[str, Any]:
        best: dict[tuple[str, int | None], Fact] = {}
        for f in self.facts:
            if "page_no" not in f:
                raise AssertionError(f"fact never placed: {f}")
            if f["kind"] != "figure":
                continue
            key = (f["name"], f["fiscal_year"])
            old = best.get(key)
            if old is None or f["prio"] > old["prio"]:
                best[key] = f
            elif f["prio"] == old["prio"] and (f["value"], f["page_no"]) != (
                old["value"],
                old["page_no"],
            ):
                raise AssertionError(f"figure stated twice at equal priority: {f} / {old}")
        strip = ("kind", "prio")

        def clean(kind: str) -> list[Fact]:
            return [
                {k: v for k, v in f.items() if k not in strip}
                for f in self.facts
                if f["kind"] == kind
            ]

        figures = [{k: v for k, v in f.items() if k not in strip} for f in best.values()]
        excess = clean("excess_use")
        if len(excess) > 1:
            raise AssertionError(f"excess use stated twice: {excess}")
        return {
            "file": self.file,
            "doc_kind": self.doc_kind,
            "language": self.language,
            "reject": None,
            "page_count": page_count,
            "layout": layout,
            "has_risk_section": self.has_risk,
            "company": self.company,
            "people": self.people,
            "figures": figures,
            "use_of_funds": clean("use_of_funds"),
            "statement_lines": clean("statement_line"),
            "projections": clean("projection"),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "defects": self.defects,
            "notes": "; ".join(self.notes) or None,
            "regime": self.regime,
            "defect_detail": self.defect_detail,
            "document_date": self.document_date.isoformat() if self.document_date else None,
            "assurance": self.assurance,
            "custodian_bank": self.custodian_bank,
            "oversubscription_use": excess[0] if excess else None,
        }


COMPANY_KEYS = (
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


def rejected(file: str, reason: str, page_count: int, layout: str, notes: str) -> dict[str, Any]:
    return {
        "file": file,
        "doc_kind": "other",
        "language": None,
        "reject": reason,
        "page_count": page_count,
        "layout": layout,
        "has_risk_section": False,
        "company": dict.fromkeys(COMPANY_KEYS),
        "people": [],
        "figures": [],
        "use_of_funds": [],
        "statement_lines": [],
        "projections": [],
        "deadline": None,
        "defects": [],
        "notes": notes,
        "regime": None,
        "defect_detail": None,
        "document_date": None,
        "assurance": None,
        "custodian_bank": None,
        "oversubscription_use": None,
    }
