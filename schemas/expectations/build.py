"""The suites as Great Expectations objects.

Imports GX (~3 s): only the validation stage imports this module, never a parser worker.
"""

from __future__ import annotations

import great_expectations as gx
import great_expectations.expectations as gxe

from schemas.expectations.checks import RULES, Check, Suite


def expectation_suite(suite: Suite) -> gx.ExpectationSuite:
    """The GX suite of `suite`'s checks, each carrying its rule in `meta`."""
    built = gx.ExpectationSuite(name=suite.name)
    for check in suite.checks:
        built.add_expectation(expectation(check))
    return built


def expectation(check: Check) -> gxe.Expectation:
    """One check as its GX expectation; `meta` names the rule, its severity and the problem."""
    kind = getattr(gxe, check.expectation)
    rule = RULES[check.rule_id]
    meta = {"rule_id": check.rule_id, "severity": rule.severity, "problem": check.problem}
    expectation: gxe.Expectation = kind(
        **check.arguments, meta=meta, notes=f"Rule `{check.rule_id}` ({rule.severity})."
    )
    return expectation
