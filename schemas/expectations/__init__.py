"""The Great Expectations suites over the loaded records, as data, and their results as findings.

GX itself is imported only by `schemas.expectations.build` (~3 s), which the validation stage
alone uses; this front door is cheap.
"""

from schemas.expectations.checks import (
    MONEY_TERMS,
    RULES,
    Check,
    ExpectationRule,
    Suite,
)
from schemas.expectations.findings import ExpectationReport, findings_from_results
from schemas.expectations.suites import suite_parameters, suites
from schemas.regimes import REGIMES

__all__ = [
    "MONEY_TERMS",
    "REGIMES",
    "RULES",
    "Check",
    "ExpectationReport",
    "ExpectationRule",
    "Suite",
    "findings_from_results",
    "suite_parameters",
    "suites",
]
