"""What an expectation check is, the rules checks implement, and the codes they check against.

Each `Check` names a GX expectation class and its arguments, the rule it implements, and the
problem a reviewer reads when a row fails, as a template over the row's columns. A check that
mirrors a per-document rule carries that rule's id, so one defect is never reported under two
ids; pure data-quality checks carry ids starting `gx_`. Code lists come from pycountry.
"""

from __future__ import annotations

from typing import Any

import pycountry
from pydantic import BaseModel, ConfigDict, Field

from schemas.disclosure import Severity

MONEY_TERMS = (
    "funding_target",
    "maximum_target",
    "pre_money_valuation",
    "price_per_share",
    "minimum_investment",
)
"""Offer terms that are amounts of money: none may be negative (`negative_amount`)."""
# XXX and XTS are ISO 4217's codes for "no currency" and "testing": never a disclosure's.
NOT_CURRENCIES = frozenset({"XXX", "XTS"})


class Check(BaseModel):
    """One expectation over a batch's rows, the rule it implements, and the problem it reports."""

    model_config = ConfigDict(frozen=True)

    expectation: str = Field(description="Class name in `great_expectations.expectations`.")
    arguments: dict[str, Any] = Field(description="The expectation's keyword arguments.")
    rule_id: str = Field(min_length=1)
    problem: str = Field(description="What is wrong with a failing row: a template over its row.")

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns the expectation reads."""
        names = (self.arguments.get(key) for key in ("column", "column_A", "column_B"))
        return tuple(name for name in names if isinstance(name, str))


class Suite(BaseModel):
    """The checks of one batch; `year_column` gives a finding's fiscal year, where it has one."""

    model_config = ConfigDict(frozen=True)

    name: str
    checks: tuple[Check, ...]
    year_column: str | None = None


class ExpectationRule(BaseModel):
    """What a rule's expectations look for: its severity, and what a clean document passed."""

    model_config = ConfigDict(frozen=True)

    severity: Severity
    clean: str = Field(description="The message of a document every check of the rule passed.")


RULES: dict[str, ExpectationRule] = {
    "equity_pct_out_of_range": ExpectationRule(
        severity="error", clean="equity offered is within (0, 100]%"
    ),
    "negative_amount": ExpectationRule(
        severity="error",
        clean="no target, maximum, price, valuation or minimum investment is negative",
    ),
    "target_above_maximum": ExpectationRule(
        severity="error", clean="the funding target is not above the maximum"
    ),
    "balance_sheet_mismatch": ExpectationRule(
        severity="error",
        clean="total assets = total liabilities + total equity in every fiscal year",
    ),
    "gx_required_field": ExpectationRule(severity="warning", clean="every required field is set"),
    "gx_allowed_value": ExpectationRule(
        severity="warning", clean="document kind and regime are known values"
    ),
    "gx_currency_code": ExpectationRule(
        severity="warning", clean="every currency is an ISO 4217 code"
    ),
    "gx_country_code": ExpectationRule(
        severity="warning", clean="the issuer's country is an ISO 3166-1 alpha-2 code"
    ),
    "gx_language_code": ExpectationRule(
        severity="warning", clean="the language is an ISO 639-1 code"
    ),
    "gx_page_number": ExpectationRule(
        severity="warning", clean="every page number is a page of the document"
    ),
    "gx_value_range": ExpectationRule(
        severity="warning",
        clean="use-of-funds shares are within 0-100% and no use-of-funds amount is negative",
    ),
}


def currency_codes() -> list[str]:
    """ISO 4217 currency codes (pycountry's list)."""
    return sorted(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in NOT_CURRENCIES)


def country_codes() -> list[str]:
    """ISO 3166-1 alpha-2 country codes."""
    return sorted(country.alpha_2 for country in pycountry.countries)


def language_codes() -> list[str]:
    """ISO 639-1 (two-letter) language codes."""
    return sorted(
        language.alpha_2 for language in pycountry.languages if hasattr(language, "alpha_2")
    )


def not_null(column: str, problem: str) -> Check:
    """The column is set on every row."""
    return Check(
        expectation="ExpectColumnValuesToNotBeNull",
        arguments={"column": column},
        rule_id="gx_required_field",
        problem=problem,
    )


def currency(column: str = "currency") -> Check:
    """The column, where set, is an ISO 4217 code."""
    return Check(
        expectation="ExpectColumnValuesToBeInSet",
        arguments={"column": column, "value_set": currency_codes()},
        rule_id="gx_currency_code",
        problem=f"currency {{{column}}} is not an ISO 4217 code",
    )


def not_negative(column: str, rule_id: str, problem: str) -> Check:
    """The column, where set, is 0 or more."""
    return Check(
        expectation="ExpectColumnValuesToBeBetween",
        arguments={"column": column, "min_value": 0},
        rule_id=rule_id,
        problem=problem,
    )


def equity_pct(column: str) -> Check:
    """The column, where set, is a share of equity within (0, 100]."""
    return Check(
        expectation="ExpectColumnValuesToBeBetween",
        arguments={"column": column, "min_value": 0, "max_value": 100, "strict_min": True},
        rule_id="equity_pct_out_of_range",
        problem=f"equity offered is {{{column}}}%, not within (0, 100]",
    )


def words(name: str) -> str:
    """`funding_target` → `funding target`."""
    return name.replace("_", " ")


def on_a_page() -> tuple[Check, ...]:
    """A row's page exists: from 1 to the document's page count."""
    return (
        Check(
            expectation="ExpectColumnValuesToBeBetween",
            arguments={"column": "page_no", "min_value": 1},
            rule_id="gx_page_number",
            problem="page number {page_no} is below 1",
        ),
        Check(
            expectation="ExpectColumnPairValuesAToBeGreaterThanB",
            arguments={
                "column_A": "page_count",
                "column_B": "page_no",
                "or_equal": True,
                "ignore_row_if": "either_value_is_missing",
            },
            rule_id="gx_page_number",
            problem="page {page_no} is past the document's last page ({page_count})",
        ),
    )
