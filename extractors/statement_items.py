"""Statement lines named from the vocabulary, and the key figures the primary statements give.

The vocabulary is data (`patterns/statement_items.json`): label patterns by statement and line
item, across US GAAP, IFRS, UK and Chinese usage. Where two lines of one column claim an item,
the parent's share keeps it (net income attributable to the company, over the one including
non-controlling interests; total equity, over the parent's share of it).
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Sequence
from importlib import resources

from extractors import patterns
from schemas import STATEMENT_FIGURES, Figure, StatementLine

logger = logging.getLogger(__name__)


@functools.cache
def statement_items() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Statement kind → (line item, label pattern) in the order they are tried."""
    source = resources.files("extractors") / "patterns" / "statement_items.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    kinds = {
        kind: [(item, re.compile(label)) for item, labels in items.items() for label in labels]
        for kind, items in data.items()
        if not kind.startswith("_")
    }
    # A summary table prints lines of every statement: the income statement's words first.
    kinds["summary"] = [
        pair for kind in ("income_statement", "balance_sheet", "cash_flow") for pair in kinds[kind]
    ]
    return kinds


def name_items(lines: list[StatementLine]) -> list[StatementLine]:
    """Each line's item from the vocabulary; where two lines claim one item in a column, the
    parent's share keeps it (net income attributable to the company; the total equity)."""
    named = []
    for line in lines:
        label = normalise(line.label)
        item = next(
            (
                name
                for name, pattern in statement_items().get(line.statement, [])
                if pattern.fullmatch(label)
            ),
            None,
        )
        named.append(line.model_copy(update={"line_item": item}))
    return _settle_twins(named)


def _settle_twins(lines: list[StatementLine]) -> list[StatementLine]:
    # Twins share a column (its period) on one page; columns of one year are no twins.
    by_key: dict[tuple[str, str, int, tuple[object, ...]], list[int]] = {}
    for index, line in enumerate(lines):
        if line.line_item in {"net_income", "total_equity", "revenue"}:
            period = (line.fiscal_year, line.period_end, line.period_months)
            key = (line.statement, line.line_item or "", line.page_no, period)
            by_key.setdefault(key, []).append(index)
    settled = list(lines)
    for (_, item, _, _), indexes in by_key.items():
        if len(indexes) < 2:
            continue
        keep = _preferred(item, [lines[index] for index in indexes])
        demoted = {"net_income": "net_income_including_nci", "total_equity": "total_equity_parent"}
        for index in indexes:
            if lines[index] is not keep:
                settled[index] = lines[index].model_copy(update={"line_item": demoted.get(item)})
    return settled


def _preferred(item: str, candidates: list[StatementLine]) -> StatementLine:
    labels = [normalise(line.label) for line in candidates]
    if item == "net_income":
        attributable = [
            line
            for line, label in zip(candidates, labels, strict=True)
            if "attributable" in label or "归属于母公司" in label
        ]
        return attributable[0] if attributable else candidates[-1]
    if item == "total_equity":
        whole = [
            line
            for line, label in zip(candidates, labels, strict=True)
            if label.startswith("total equity") or label.startswith("所有者权益")
        ]
        return whole[0] if whole else candidates[-1]
    totals = [
        line
        for line, label in zip(candidates, labels, strict=True)
        if label.startswith("total") or "总收入" in label
    ]
    return totals[0] if totals else candidates[0]


def normalise(label: str) -> str:
    """`Total assets:` → `total assets`; `Revenue (Note 3)` → `revenue`; `’` → `'`; `&` → and."""
    text = patterns.FOOTNOTE_MARK.sub("", label.replace("’", "'").replace("&", " and ").lower())
    text = patterns.CJK_GAP.sub("", text)  # "一 、 营业总收入" → "一、营业总收入"
    text = patterns.CJK_ENUMERATOR.sub("", text)  # "一、", "其中：", "加：", "减："
    text = patterns.TOTAL_FOR.sub("total ", text)  # "Total for Assets": an accounting package's
    return " ".join(patterns.STATEMENT_LABEL_NOISE.sub(" ", text).split())


def _annual(line: StatementLine, *, summary: bool) -> bool:
    """A key figure's line for one whole year, from its own statement or from a summary."""
    if line.line_item not in STATEMENT_FIGURES or line.fiscal_year is None:
        return False
    if line.period_months not in (None, 12):
        return False
    wanted = "summary" if summary else STATEMENT_FIGURES[line.line_item]
    return line.statement == wanted


def _preferred_line(line: StatementLine, held: StatementLine) -> bool:
    return line.consolidated and not held.consolidated


def _ambiguous(line: StatementLine, lines: Sequence[StatementLine]) -> bool:
    """Two columns of one statement in one fiscal year (a predecessor's and a successor's):
    no single figure is the year's, so none is stored."""
    ends = {
        other.period_end
        for other in lines
        if other.title == line.title
        and other.page_no == line.page_no
        and other.label == line.label
        and other.fiscal_year == line.fiscal_year
    }
    if len(ends) > 1:
        logger.info(
            "%s %s on page %d: %d columns in fiscal %d, none stored as the year's",
            line.statement,
            line.line_item,
            line.page_no,
            len(ends),
            line.fiscal_year,
        )
    return len(ends) > 1


def statement_figures(lines: Sequence[StatementLine]) -> list[Figure]:
    """The key figures the primary statements give: one per item and fiscal year, from the
    consolidated statement where there is one, never from a quarter or a part-year column.
    A summary table (financial highlights, a five-year record) gives only the years the
    statements do not print."""
    chosen: dict[tuple[str, int], StatementLine] = {}
    for source in ("primary", "summary"):
        for line in lines:
            if not _annual(line, summary=source == "summary") or _ambiguous(line, lines):
                continue
            key = (line.line_item or "", line.fiscal_year or 0)
            held = chosen.get(key)
            if held is None or (held.statement == line.statement and _preferred_line(line, held)):
                chosen[key] = line
    return [
        Figure(
            name=line.line_item or "",
            value=line.value,
            currency=line.currency,
            fiscal_year=line.fiscal_year,
            page_no=line.page_no,
            evidence=f"{line.title}: {line.label} {line.printed}"[:300],
            source="table",
            bbox=line.bbox,
        )
        for line in chosen.values()
    ]
