"""What the rules read from a `Disclosure`: its terms with their evidence, and findings made.

A rule never reads a bare number: each value comes with the figure it was read from, so a
finding can quote the words and the page a reviewer should look at.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from schemas.disclosure import Disclosure, Figure, Finding, Severity
from schemas.regimes import Regime
from schemas.rules.catalog import RULES
from schemas.settings import Settings

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "JPY": "¥"}
DEFAULT_EVIDENCE_CHARS = 300


@dataclass(frozen=True)
class Facts:
    """A document under review: the disclosure, its regime, and the tolerances in force."""

    disclosure: Disclosure
    regime: Regime
    settings: Settings

    @property
    def is_offering(self) -> bool:
        """An offering document: the regime's required fields apply to it."""
        return self.disclosure.doc_kind == "offering"

    @cached_property
    def terms(self) -> dict[str, Figure]:
        """Each offering term's figure: the one the `offerings` row holds, else the first read."""
        offering = self.disclosure.offering
        chosen: dict[str, Figure] = {}
        ordered = sorted(
            self.disclosure.figures, key=lambda figure: (figure.source != "table", figure.page_no)
        )
        for figure in ordered:
            stored = getattr(offering, figure.name, None) if offering else None
            if stored is None or figure.value == stored:
                chosen.setdefault(figure.name, figure)
        return chosen

    def term(self, name: str) -> Figure | None:
        """The figure of one offering term, or None when the document does not state it."""
        return self.terms.get(name)

    def currency(self) -> str | None:
        """The offering's currency."""
        offering = self.disclosure.offering
        if offering and offering.currency:
            return offering.currency
        return next((f.currency for f in self.terms.values() if f.currency), None)

    def money(self, value: float, currency: str | None = None) -> str:
        """`value` as a reviewer reads it: `$1,080,000`, `CNY 1,200,000.50`."""
        code = currency or self.currency()
        digits = 0 if float(value).is_integer() or abs(value) >= 1000 else 2
        number = f"{abs(value):,.{digits}f}"
        sign = "-" if value < 0 else ""
        if code in SYMBOLS:
            return f"{sign}{SYMBOLS[code]}{number}"
        return f"{sign}{code} {number}" if code else f"{sign}{number}"

    def finding(
        self,
        rule_id: str,
        passed: bool | None,
        message: str,
        *,
        evidence: Figure | Iterable[Figure] | str | None = None,
        page_no: int | None = None,
        fiscal_year: int | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of `rule_id`, its evidence quoted from the figures it was decided on."""
        figures = [evidence] if isinstance(evidence, Figure) else evidence
        if isinstance(figures, str) or figures is None:
            text = figures
        else:
            listed = [figure for figure in figures if figure is not None]
            text = quote(figure.evidence for figure in listed) or None
            page_no = page_no or next((figure.page_no for figure in listed), None)
        return Finding(
            rule_id=rule_id,
            passed=passed,
            severity=severity or RULES[rule_id].severity,
            message=message,
            evidence=text[:DEFAULT_EVIDENCE_CHARS] if text else None,
            page_no=page_no,
            fiscal_year=fiscal_year,
        )

    def lacking(self, rule_id: str, what: str, **where: int | None) -> Finding:
        """The finding of a rule the document gives too little to decide: passed NULL, info."""
        return self.finding(
            rule_id,
            None,
            f"Not checked: {what}.",
            severity="info",
            **where,  # type: ignore[arg-type]
        )


def quote(texts: Iterable[str]) -> str:
    """Distinct evidence texts joined, in order."""
    return " … ".join(dict.fromkeys(text.strip() for text in texts if text.strip()))


def close(value: float, expected: float, *, relative: float, absolute: float = 0.0) -> bool:
    """Whether `value` equals `expected` within a relative or an absolute slack."""
    return math.isclose(value, expected, rel_tol=relative, abs_tol=absolute)


def rounding_slack(value: float) -> float:
    """Half the unit `value` looks rounded to (`1,200,000` → 50,000; `12.5` → 0.05)."""
    if value == 0:
        return 0.0
    for decimals in range(3, -1, -1):
        if not math.isclose(round(value, decimals - 1), value, abs_tol=1e-9):
            return 0.5 * 10.0**-decimals
    magnitude = 1.0
    while magnitude * 10 <= abs(value) and math.isclose(
        round(value / (magnitude * 10)) * magnitude * 10, value, abs_tol=1e-6
    ):
        magnitude *= 10
    return 0.5 * magnitude if magnitude > 1 else 0.5


def sum_of(values: Sequence[float]) -> float:
    """Exact float sum (use-of-funds lines of many decimals)."""
    return math.fsum(values)
