"""Great Expectations results as findings: per document and rule, what failed, why and where.

A document gets one failed finding per rule (and fiscal year, for per-year batches) whose checks
found offending rows in it; its message spells out the first few offending values, its evidence
is their source text (or the values, for a table without any) and its page the first one's. A
document that had rows to check and none offending passes the rule. A document with nothing to
check (no offer terms, no balance sheet) gets no finding from that rule's checks.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from schemas.disclosure import Finding, Severity
from schemas.expectations.checks import RULES, Suite

if TYPE_CHECKING:  # pandas is imported by whoever made the frames: `import schemas` stays light
    import pandas as pd

DEFAULT_EXAMPLES = 3
"""Offending rows a message spells out before `and N more`."""
DEFAULT_EVIDENCE_CHARS = 600
NOT_NULL = "expect_column_values_to_not_be_null"
RANK: dict[Severity, int] = {"error": 0, "warning": 1, "info": 2}


class ExpectationReport(BaseModel):
    """What one validation of a batch of documents found, and where its Data Docs are."""

    model_config = ConfigDict(frozen=True)

    documents: int = Field(0, description="Loaded documents validated.")
    expectations: int = Field(0, description="Expectations evaluated, over every suite.")
    failed_expectations: int = 0
    failed_documents: int = Field(0, description="Documents with at least one failed finding.")
    findings: int = Field(0, description="Finding rows written (passed and failed).")
    failed_findings: int = 0
    changed_documents: int = Field(
        0, description="Documents whose findings changed (marked for publishing)."
    )
    datadocs: str | None = Field(None, description="The Data Docs index page, when built.")
    failed_rules: dict[str, list[str]] = Field(
        default_factory=dict,
        description="The rules each document failed here, by doc_id (none for a clean one).",
    )


@dataclass(frozen=True)
class Offence:
    """One offending row: what is wrong with it, its source text and page."""

    problem: str
    evidence: str
    page_no: int | None
    severity: Severity


Key = tuple[str, str, int | None]
"""(doc_id, rule_id, fiscal_year)."""


def findings_from_results(
    validations: Iterable[tuple[Suite, Mapping[str, Any], pd.DataFrame]],
) -> dict[str, list[Finding]]:
    """Findings per doc_id from each suite's GX validation result (`to_json_dict()`) over
    its batch; a batch's `row_no` column numbers its rows from 0."""
    offences: defaultdict[Key, list[Offence]] = defaultdict(list)
    checked: dict[tuple[str, str], Severity] = {}
    for suite, result, frame in validations:
        for outcome in result["results"]:
            config = outcome["expectation_config"]
            _raise_on_error(suite, outcome)
            rule_id, severity = config["meta"]["rule_id"], config["meta"]["severity"]
            for doc_id in checked_documents(frame, config):
                checked[(doc_id, rule_id)] = severity
            for row_no in unexpected_rows(outcome):
                row = row_values(frame, row_no)
                year = _number(row.get(suite.year_column)) if suite.year_column else None
                key = (row["doc_id"], rule_id, year)
                offences[key].append(_offence(row, config, severity=severity))
    return _assemble(offences, checked)


def checked_documents(frame: pd.DataFrame, config: Mapping[str, Any]) -> set[str]:
    """Documents with a row the expectation looks at: any row for a not-null check, else a
    row where every column it reads is set (GX skips the others)."""
    if config["type"] == NOT_NULL or frame.empty:
        return set(frame["doc_id"])
    present = frame[_columns(config)].notna().all(axis=1)
    return set(frame.loc[present, "doc_id"])


def row_values(frame: pd.DataFrame, row_no: int) -> dict[str, Any]:
    """A batch row's values by column, None where missing (NaN, pandas' NA)."""
    row = frame.iloc[row_no]
    missing = row.isna()
    return {str(name): None if missing[name] else value for name, value in row.items()}


def unexpected_rows(outcome: Mapping[str, Any]) -> list[int]:
    """The `row_no` of every row the expectation found unexpected."""
    if outcome["success"]:
        return []
    return [int(index["row_no"]) for index in outcome["result"]["unexpected_index_list"]]


def shown(value: Any) -> str:
    """A value as a reviewer reads it: `1,250,000`, `12.5`, `USD`; nothing when missing."""
    if _missing(value):
        return ""
    if isinstance(value, float):
        if value.is_integer():
            return f"{value:,.0f}"
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return str(value)


def _offence(row: dict[str, Any], config: Mapping[str, Any], *, severity: Severity) -> Offence:
    values = {name: shown(value) for name, value in row.items()}
    problem = " ".join(config["meta"]["problem"].format_map(values).split())
    evidence = values.get("evidence") or ", ".join(
        f"{name} = {values.get(name, '')}" for name in _columns(config)
    )
    return Offence(problem, evidence, _number(row.get("page_no")), severity)


def _assemble(
    offences: Mapping[Key, list[Offence]], checked: Mapping[tuple[str, str], Severity]
) -> dict[str, list[Finding]]:
    """One failed finding per key with offences; one passed finding per checked rule without."""
    findings: defaultdict[str, list[Finding]] = defaultdict(list)
    for (doc_id, rule_id, year), found in sorted(offences.items(), key=_failed_order):
        findings[doc_id].append(_failed(rule_id, year, found))
    failed = {(doc_id, rule_id) for doc_id, rule_id, _ in offences}
    for doc_id, rule_id in sorted(checked.keys() - failed, key=lambda key: (key[0], key[1])):
        findings[doc_id].append(
            Finding(
                rule_id=rule_id,
                passed=True,
                severity=checked[(doc_id, rule_id)],
                message=f"checked: {RULES[rule_id].clean}",
                source="expectation",
            )
        )
    return dict(findings)


def _failed(rule_id: str, year: int | None, found: list[Offence]) -> Finding:
    problems = list(dict.fromkeys(offence.problem for offence in found))
    message = "; ".join(problems[:DEFAULT_EXAMPLES])
    if len(problems) > DEFAULT_EXAMPLES:
        message += f"; and {len(problems) - DEFAULT_EXAMPLES} more"
    evidence = " | ".join(list(dict.fromkeys(offence.evidence for offence in found))[:3])
    pages = [offence.page_no for offence in found if offence.page_no is not None]
    return Finding(
        rule_id=rule_id,
        passed=False,
        severity=min((offence.severity for offence in found), key=RANK.__getitem__),
        message=message,
        evidence=evidence[:DEFAULT_EVIDENCE_CHARS] or None,
        page_no=min(pages) if pages else None,
        fiscal_year=year,
        source="expectation",
    )


def _failed_order(item: tuple[Key, list[Offence]]) -> tuple[str, int, str, int]:
    (doc_id, rule_id, year), found = item
    rank = min(RANK[offence.severity] for offence in found)
    return doc_id, rank, rule_id, year or 0


def _columns(config: Mapping[str, Any]) -> list[str]:
    """The columns an expectation reads."""
    kwargs = config["kwargs"]
    return [kwargs[key] for key in ("column", "column_A", "column_B") if key in kwargs]


def _number(value: Any) -> int | None:
    """A page or year from a batch row (a float or pandas' NA where a column has gaps)."""
    return None if _missing(value) else int(value)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _raise_on_error(suite: Suite, outcome: Mapping[str, Any]) -> None:
    """An expectation that raised is a bug in the suite or its batch, not a finding."""
    info = outcome.get("exception_info") or {}
    if info.get("raised_exception"):
        config = outcome["expectation_config"]
        raise RuntimeError(
            f"expectation {config['type']} {config['kwargs']} of suite {suite.name} raised: "
            f"{info.get('exception_message')}"
        )
