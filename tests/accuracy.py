"""Scores the extractors against a corpus's ground truth (truth.json beside the PDFs).

Used by tests/test_accuracy.py (floors that only go up) and `python -m tests.accuracy DIR`
(prints the scores, for the issue note and for checking real documents by eye).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors import check_bytes, extract_disclosure, read_pdf
from schemas import (
    OFFERING_FIGURES,
    SHARE_FIGURES,
    STATEMENT_FIGURES,
    BadInputError,
    Disclosure,
    ParsedPdf,
    Settings,
)
from schemas.rules import review
from tests.corpus.truth import COMPANY_FIELDS

STATEMENT_ITEMS = (
    *STATEMENT_FIGURES,
    "cost_of_revenue",
    "gross_profit",
    "operating_income",
    "current_assets",
    "current_liabilities",
    "inventories",
    "receivables",
    "payables",
    "ppe",
    "operating_cash_flow",
    "capital_expenditure",
)
DEFAULT_REL_TOLERANCE = 0.005  # a figure matches when within 0.5% (rounded prints)
LANGUAGES = ("en", "zh")  # the languages scored apart as well as together


@dataclass
class Tally:
    """Counts for precision and recall."""

    true_positive: int = 0
    extracted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0


@dataclass
class CompanyTally:
    """Per company field: recall over the facts the truth lists, precision over those given."""

    found: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    extracted: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)

    def accuracy(self, name: str) -> float:
        return self.found[name] / self.expected[name] if self.expected[name] else 1.0

    def precision(self, name: str) -> float:
        return self.right[name] / self.extracted[name] if self.extracted[name] else 1.0

    def rows(self, suffix: str = "") -> dict[str, float]:
        """`company_<field><suffix>` (accuracy) and `company_<field><suffix>_precision`."""
        rows = {f"company_{name}{suffix}": self.accuracy(name) for name in COMPANY_FIELDS}
        return rows | {
            f"company_{name}{suffix}_precision": self.precision(name) for name in COMPANY_FIELDS
        }


@dataclass
class Scores:
    """Every score the accuracy test puts a floor under."""

    figures: Tally = field(default_factory=Tally)
    figures_by_language: dict[str, Tally] = field(default_factory=dict)
    figure_pages: Tally = field(default_factory=Tally)
    statement_figures: Tally = field(default_factory=Tally)
    statement_lines: Tally = field(default_factory=Tally)
    funds: Tally = field(default_factory=Tally)
    people: Tally = field(default_factory=Tally)
    findings: Tally = field(default_factory=Tally)
    """Failed findings (document, rule) against the defects the generator injected."""
    funds_by_language: dict[str, Tally] = field(default_factory=dict)
    people_by_language: dict[str, Tally] = field(default_factory=dict)
    company: CompanyTally = field(default_factory=CompanyTally)
    company_by_language: dict[str, CompanyTally] = field(default_factory=dict)
    checks: Counter[str] = field(default_factory=Counter)
    checks_expected: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    unscored: frozenset[str] = frozenset()
    """Figure names the corpus's truth never lists (share counts came after the truths were
    written): their figures are neither right nor wrong there."""

    def check_accuracy(self, name: str) -> float:
        expected = self.checks_expected[name]
        return self.checks[name] / expected if expected else 1.0

    def summary(self) -> dict[str, float]:
        rows = {
            "figures_precision": self.figures.precision,
            "figures_recall": self.figures.recall,
            "figure_page_accuracy": self.figure_pages.recall,
            "statement_figures_precision": self.statement_figures.precision,
            "statement_figures_recall": self.statement_figures.recall,
            "statement_lines_precision": self.statement_lines.precision,
            "statement_lines_recall": self.statement_lines.recall,
            "use_of_funds_precision": self.funds.precision,
            "use_of_funds_recall": self.funds.recall,
            "people_precision": self.people.precision,
            "people_recall": self.people.recall,
            "failed_findings_precision": self.findings.precision,
            "failed_findings_recall": self.findings.recall,
        }
        rows |= self._by_language("figures", self.figures_by_language)
        rows |= self._by_language("people", self.people_by_language)
        rows |= self._by_language("use_of_funds", self.funds_by_language)
        rows |= self.company.rows()
        for language, company in sorted(self.company_by_language.items()):
            rows |= company.rows(f"_{language}")
        rows |= {name: self.check_accuracy(name) for name in sorted(self.checks_expected)}
        return {name: round(value, 3) for name, value in rows.items()}

    @staticmethod
    def _by_language(prefix: str, tallies: dict[str, Tally]) -> dict[str, float]:
        """`<prefix>_<language>_precision` and `_recall` for each language scored."""
        rows = {}
        for language, tally in sorted(tallies.items()):
            rows[f"{prefix}_{language}_precision"] = tally.precision
            rows[f"{prefix}_{language}_recall"] = tally.recall
        return rows


def parse_file(path: Path, *, settings: Settings) -> ParsedPdf:
    """A file's bytes checked and parsed in this process (no Prefect, no worker process)."""
    data = path.read_bytes()
    check_bytes(data, file_name=path.name, max_bytes=settings.max_bytes)
    return read_pdf(
        data,
        doc_id=hashlib.sha256(data).hexdigest(),
        file_name=path.name,
        max_pages=settings.max_pages,
        min_text_chars=settings.min_text_chars,
    )


def run_extractors(path: Path, *, settings: Settings) -> Disclosure | str:
    """The pure pipeline on one file: a Disclosure, or the reject reason."""
    try:
        pdf = parse_file(path, settings=settings)
    except BadInputError as exc:
        return exc.reason
    return extract_disclosure(pdf, model=settings.spacy_model)


def score_corpus(folder: Path, *, settings: Settings | None = None) -> Scores:
    """Run every file listed in folder/truth.json and score it."""
    settings = settings or Settings()
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    listed = {figure["name"] for entry in truth for figure in entry.get("figures") or []}
    scores = Scores(unscored=frozenset(SHARE_FIGURES) - listed)
    for expected in truth:
        result = run_extractors(folder / expected["file"], settings=settings)
        score_document(scores, expected, result)
    return scores


def score_document(scores: Scores, expected: dict, result: Disclosure | str) -> None:
    """Add one document's comparison to the running scores."""
    name = expected["file"]
    _check(
        scores,
        "reject_accuracy",
        expected.get("reject"),
        None if isinstance(result, Disclosure) else result,
        name,
    )
    if not isinstance(result, Disclosure):
        return
    _check(scores, "doc_kind_accuracy", expected.get("doc_kind"), result.doc_kind, name)
    _check(scores, "language_accuracy", expected.get("language"), result.language, name)
    _check(scores, "page_count_accuracy", expected.get("page_count"), result.page_count, name)
    if "has_risk_section" in expected:
        _check(
            scores,
            "risk_section_accuracy",
            expected["has_risk_section"],
            result.has_risk_section,
            name,
        )
    deadline = (
        result.offering.deadline.isoformat()
        if result.offering and result.offering.deadline
        else None
    )
    if expected.get("deadline"):
        _check(scores, "deadline_accuracy", expected["deadline"], deadline, name)
    if deadline is not None and "deadline" in expected:
        _check(scores, "deadline_precision", expected["deadline"], deadline, name)
    language = expected.get("language") if expected.get("language") in LANGUAGES else None
    companies = [scores.company]
    if language is not None:
        companies.append(scores.company_by_language.setdefault(language, CompanyTally()))
    _score_company(companies, expected.get("company") or {}, result, name, scores.misses)
    expected_figures = expected.get("figures") or []
    _score_figures(scores, expected_figures, result, name, language=language)
    # An offerings row exists only where the document offers securities.
    offers = any(figure["name"] in OFFERING_FIGURES for figure in expected_figures)
    if language == "en" and not offers:
        _check(scores, "no_offering_where_none_is_made", False, result.offering is not None, name)
    if "statement_lines" in expected:
        _score_statements(scores, expected, result, name)
    funds = _tallies(scores.funds, scores.funds_by_language, language)
    _score_funds(funds, expected.get("use_of_funds") or [], result, name, scores.misses)
    people = _tallies(scores.people, scores.people_by_language, language)
    _score_people(people, expected.get("people") or [], result, name, scores.misses)
    if "defects" in expected:
        _score_findings(scores, expected, result, name)


def _tallies(total: Tally, by_language: dict[str, Tally], language: str | None) -> list[Tally]:
    """The overall tally, and the document's language's too (English and Chinese apart)."""
    if language is None:
        return [total]
    return [total, by_language.setdefault(language, Tally())]


def _check(scores: Scores, check: str, expected: object, got: object, name: str) -> None:
    scores.checks_expected[check] += 1
    if expected == got:
        scores.checks[check] += 1
    else:
        scores.misses.append(f"{name}: {check} expected {expected!r} got {got!r}")


def _score_company(
    tallies: list[CompanyTally], expected: dict, result: Disclosure, name: str, misses: list[str]
) -> None:
    """Recall over the facts the truth lists; precision over every fact the extractor gave.

    A fact the document does not print (None in the truth) that the extractor gives anyway is
    an error, except a region: the truth lists only printed regions, and a region looked up
    from a printed city is not invented.
    """
    company = result.company.model_dump()
    for field_name in COMPANY_FIELDS:
        want = expected.get(field_name)
        got = company.get(field_name)
        scored = field_name in expected and not (field_name == "region" and want is None)
        if got is not None and scored:
            for tally in tallies:
                tally.extracted[field_name] += 1
                tally.right[field_name] += _same(want, got)
            if want is None:
                misses.append(f"{name}: company.{field_name} not printed, got {got!r}")
        if want is None:
            continue
        for tally in tallies:
            tally.expected[field_name] += 1
            tally.found[field_name] += _same(want, got)
        if not _same(want, got):
            misses.append(f"{name}: company.{field_name} expected {want!r} got {got!r}")


def _same(want: object, got: object) -> bool:
    if isinstance(want, str) and isinstance(got, str):
        return want.casefold().strip(" .,") == got.casefold().strip(" .,")
    return want == got


def _close(want: float, got: float) -> bool:
    return abs(want - got) <= max(abs(want) * DEFAULT_REL_TOLERANCE, 0.011)


def _score_figures(
    scores: Scores, expected: list[dict], result: Disclosure, name: str, *, language: str | None
) -> None:
    figures = [figure for figure in result.figures if figure.name not in scores.unscored]
    remaining = list(figures)
    tallies = _tallies(scores.figures, scores.figures_by_language, language)
    for tally in tallies:
        tally.expected += len(expected)
        tally.extracted += len(figures)
    for want in expected:
        match = next(
            (
                got
                for got in remaining
                if got.name == want["name"]
                and got.fiscal_year == want.get("fiscal_year")
                and _close(want["value"], got.value)
                and (want.get("currency") is None or got.currency == want["currency"])
            ),
            None,
        )
        if match is None:
            scores.misses.append(f"{name}: figure missed {want}")
            continue
        remaining.remove(match)
        for tally in tallies:
            tally.true_positive += 1
        scores.figure_pages.expected += 1
        scores.figure_pages.true_positive += match.page_no == want.get("page_no")
    scores.misses += [
        f"{name}: figure extra {got.name}={got.value} {got.currency} fy={got.fiscal_year} "
        f"p{got.page_no} [{got.evidence[:80]}]"
        for got in remaining
    ]


def _score_statements(scores: Scores, expected: dict, result: Disclosure, name: str) -> None:
    """Key figures printed on a primary statement's page, and every named statement line.

    A corpus whose truth lists statement lines scores them: a line matches on item, year,
    value and page; only items of the truth's vocabulary count as extracted.
    """
    want_lines = [line for line in expected["statement_lines"] if line.get("line_item")]
    pages = {line["page_no"] for line in expected["statement_lines"]}
    want = [
        f
        for f in expected.get("figures") or []
        if f["name"] in STATEMENT_FIGURES and f["page_no"] in pages
    ]
    got = [f for f in result.figures if f.name in STATEMENT_FIGURES and f.page_no in pages]
    tally = scores.statement_figures
    tally.expected += len(want)
    tally.extracted += len(got)
    tally.true_positive += _matched(
        want,
        got,
        lambda w, g: (
            (w["name"], w.get("fiscal_year")) == (g.name, g.fiscal_year)
            and _close(w["value"], g.value)
        ),
    )
    vocabulary = {line["line_item"] for line in want_lines} | set(STATEMENT_ITEMS)
    lines = [
        line
        for line in result.statement_lines
        if line.line_item in vocabulary and line.statement != "summary"  # truth: statements only
    ]
    scores.statement_lines.expected += len(want_lines)
    scores.statement_lines.extracted += len(lines)
    found = _matched(
        want_lines,
        lines,
        lambda w, g: (
            (w["line_item"], w["fiscal_year"], w["page_no"], w.get("consolidated", True))
            == (g.line_item, g.fiscal_year, g.page_no, g.consolidated)
            and _close(w["value"], g.value)
        ),
    )
    scores.statement_lines.true_positive += found
    if found < len(want_lines):
        scores.misses.append(
            f"{name}: statement lines {found}/{len(want_lines)} found, {len(lines)} read"
        )


def _matched(want: list, got: list, same: Callable[[Any, Any], bool]) -> int:
    """How many of `want` find a partner in `got`, each partner used once."""
    remaining = list(got)
    count = 0
    for item in want:
        partner = next((other for other in remaining if same(item, other)), None)
        if partner is not None:
            remaining.remove(partner)
            count += 1
    return count


def _score_funds(
    tallies: list[Tally], expected: list[dict], result: Disclosure, name: str, misses: list[str]
) -> None:
    remaining = list(result.use_of_funds)
    for tally in tallies:
        tally.expected += len(expected)
        tally.extracted += len(remaining)
    for want in expected:
        match = next((got for got in remaining if _same_line(want, got)), None)
        if match is None:
            misses.append(f"{name}: use_of_funds missed {want}")
            continue
        remaining.remove(match)
        for tally in tallies:
            tally.true_positive += 1
    misses += [
        f"{name}: use_of_funds extra {got.category!r} {got.amount} {got.pct}" for got in remaining
    ]


STOPWORDS = frozenset(
    {"a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "our", "new", "&", "or"}
)


def _same_line(want: dict, got: object) -> bool:
    amount_ok = want.get("amount") is None or (
        got.amount is not None and _close(want["amount"], got.amount)  # type: ignore[attr-defined]
    )
    pct_ok = want.get("pct") is None or (
        got.pct is not None and _close(want["pct"], got.pct)  # type: ignore[attr-defined]
    )
    category_ok = bool(_content_words(want["category"]) & _content_words(got.category))  # type: ignore[attr-defined]
    return amount_ok and pct_ok and category_ok


def _content_words(category: str) -> set[str]:
    """A category's words that carry meaning: `Export and distribution` shares nothing with
    `Certification and testing`; Chinese categories are compared by pairs of characters."""
    words = set(re.findall(r"[^\W\d_]+", category.casefold()))
    chinese = {word for word in words if any("\u4e00" <= char <= "\u9fff" for char in word)}
    pairs = {word[i : i + 2] for word in chinese for i in range(max(len(word) - 1, 1))}
    return (words - STOPWORDS - chinese) | pairs


def _score_people(
    tallies: list[Tally], expected: list[dict], result: Disclosure, name: str, misses: list[str]
) -> None:
    got = {(person.name.casefold(), person.role) for person in result.people}
    want = {(person["name"].casefold(), person["role"]) for person in expected}
    for tally in tallies:
        tally.expected += len(want)
        tally.extracted += len(got)
        tally.true_positive += len(got & want)
    misses += [f"{name}: person missed {p}" for p in sorted(want - got)]
    misses += [f"{name}: person extra {p}" for p in sorted(got - want)]


def _score_findings(scores: Scores, expected: dict, result: Disclosure, name: str) -> None:
    """The rules' failed findings against the injected defects; no error on a clean document."""
    checked = review(result, settings=Settings())
    failed = {finding.rule_id for finding in checked.findings if finding.passed is False}
    want = set(expected["defects"])
    scores.findings.expected += len(want)
    scores.findings.extracted += len(failed)
    scores.findings.true_positive += len(failed & want)
    scores.misses += [f"{name}: defect missed {rule}" for rule in sorted(want - failed)]
    for finding in checked.findings:
        if finding.passed is False and finding.rule_id not in want:
            scores.misses.append(f"{name}: false alarm {finding.rule_id}: {finding.message}")
    if not want:
        errors = any(f.passed is False and f.severity == "error" for f in checked.findings)
        _check(scores, "no_error_on_a_consistent_document", False, errors, name)
    if "regime" in expected:
        _check(scores, "regime_accuracy", expected["regime"], checked.regime, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    scores = score_corpus(args.folder)
    json.dump(scores.summary(), sys.stdout, indent=1)
    sys.stdout.write("\n")
    if args.misses:
        sys.stdout.write("\n".join(scores.misses) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
