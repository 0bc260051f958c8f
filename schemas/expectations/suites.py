"""The Great Expectations suites over the loaded records, kept as data: one suite per batch.

A batch is the rows of one warehouse table (or view) for the documents of one run, read into a
DataFrame by `warehouse.read_batches` with the columns each suite's checks name. An argument
`{"$PARAMETER": name}` is a GX suite parameter filled in at run time from `Settings`
(`suite_parameters`), so a tolerance is a setting, never a literal.
"""

from __future__ import annotations

from typing import get_args

from schemas.disclosure import DocKind
from schemas.expectations.checks import (
    MONEY_TERMS,
    Check,
    Suite,
    country_codes,
    currency,
    equity_pct,
    language_codes,
    not_negative,
    not_null,
    on_a_page,
)
from schemas.regimes import REGIMES

BALANCE_LOW, BALANCE_HIGH = "balance_low", "balance_high"
"""Suite parameters: the bounds of the balance-sheet difference, as a share of total assets."""


def documents_suite() -> Suite:
    """Loaded documents: what every loaded document must have, in the contract's codes."""
    return Suite(
        name="documents",
        checks=(
            not_null("doc_kind", "no document kind"),
            Check(
                expectation="ExpectColumnValuesToBeInSet",
                arguments={"column": "doc_kind", "value_set": list(get_args(DocKind))},
                rule_id="gx_allowed_value",
                problem="document kind {doc_kind} is not one of the contract's",
            ),
            not_null("language", "no language"),
            Check(
                expectation="ExpectColumnValuesToBeInSet",
                arguments={"column": "language", "value_set": language_codes()},
                rule_id="gx_language_code",
                problem="language {language} is not an ISO 639-1 code",
            ),
            not_null("page_count", "no page count"),
            Check(
                expectation="ExpectColumnValuesToBeBetween",
                arguments={"column": "page_count", "min_value": 1},
                rule_id="gx_page_number",
                problem="page count {page_count} is below 1",
            ),
            not_null("regime", "no disclosure regime"),
            Check(
                expectation="ExpectColumnValuesToBeInSet",
                arguments={"column": "regime", "value_set": list(REGIMES)},
                rule_id="gx_allowed_value",
                problem="regime {regime} is not one of " + ", ".join(REGIMES),
            ),
        ),
    )


def figures_suite() -> Suite:
    """Key figures: codes, pages, evidence, and the ranges of the offer terms among them."""
    return Suite(
        name="figures",
        checks=(
            currency(),
            *on_a_page(),
            not_null("evidence", "{name} on page {page_no} has no evidence text"),
            equity_pct("equity_pct"),
            not_negative(
                "money_term", "negative_amount", "{name} is negative: {money_term} {currency}"
            ),
        ),
    )


def offerings_suite() -> Suite:
    """Offer terms: currency, ranges, and a target no higher than the maximum."""
    money = tuple(
        not_negative(
            term,
            "negative_amount",
            f"{term.replace('_', ' ')} is negative: {{{term}}} {{currency}}",
        )
        for term in MONEY_TERMS
    )
    return Suite(
        name="offerings",
        checks=(
            currency(),
            equity_pct("equity_offered_pct"),
            *money,
            not_negative(
                "headroom",
                "target_above_maximum",
                "the funding target {funding_target} is above the maximum {maximum_target} "
                "{currency}",
            ),
        ),
    )


def use_of_funds_suite() -> Suite:
    """Use-of-proceeds lines: shares within 0-100%, amounts not negative, codes, pages."""
    return Suite(
        name="use_of_funds",
        checks=(
            Check(
                expectation="ExpectColumnValuesToBeBetween",
                arguments={"column": "pct", "min_value": 0, "max_value": 100},
                rule_id="gx_value_range",
                problem="use of funds '{category}' is {pct}% of the proceeds, not within 0-100%",
            ),
            not_negative(
                "amount",
                "gx_value_range",
                "use of funds '{category}' has a negative amount: {amount} {currency}",
            ),
            currency(),
            *on_a_page(),
        ),
    )


def balance_sheets_suite() -> Suite:
    """Balance sheets per fiscal year: assets = liabilities + equity within the tolerance."""
    return Suite(
        name="balance_sheets",
        year_column="fiscal_year",
        checks=(
            Check(
                expectation="ExpectColumnValuesToBeBetween",
                arguments={
                    "column": "relative_difference",
                    "min_value": {"$PARAMETER": BALANCE_LOW},
                    "max_value": {"$PARAMETER": BALANCE_HIGH},
                },
                rule_id="balance_sheet_mismatch",
                problem="fiscal {fiscal_year}: total assets {total_assets} but total liabilities "
                "+ total equity {liabilities_and_equity} {currency} (off by {difference})",
            ),
        ),
    )


def statement_lines_suite() -> Suite:
    """Printed statement lines: currency codes and pages."""
    return Suite(name="statement_lines", checks=(currency(), *on_a_page()))


def companies_suite() -> Suite:
    """The issuer: its country in ISO 3166-1 alpha-2."""
    return Suite(
        name="companies",
        checks=(
            Check(
                expectation="ExpectColumnValuesToBeInSet",
                arguments={"column": "country", "value_set": country_codes()},
                rule_id="gx_country_code",
                problem="country {country} is not an ISO 3166-1 alpha-2 code",
            ),
        ),
    )


def suites() -> tuple[Suite, ...]:
    """Every suite, in the order the Data Docs list them."""
    return (
        documents_suite(),
        figures_suite(),
        offerings_suite(),
        use_of_funds_suite(),
        balance_sheets_suite(),
        statement_lines_suite(),
        companies_suite(),
    )


def suite_parameters(*, balance_tolerance: float) -> dict[str, float]:
    """The values of the suites' `$PARAMETER` arguments, from the settings."""
    return {BALANCE_LOW: -balance_tolerance, BALANCE_HIGH: balance_tolerance}
