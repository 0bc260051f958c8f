"""Forward-looking amounts: a plan's three-year table, `we expect revenue of £2m in 2026`.

A plan's numbers are kept with their year in `projections`, never as statement figures: a
reviewer compares them with the statements, a rule never mistakes one for the other.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.evidence import bbox_for, trim
from extractors.figures import table_figures
from extractors.money import Money
from schemas import FINANCIAL_FIGURES, Page, Projection


def text_projections(doc: Doc, page: Page, *, currency: str | None) -> list[Projection]:
    """Statement figures the linker read in a forward-looking sentence with its year."""
    found = []
    for span in doc.spans["figures"]:
        value = span._.value
        if span.label_ not in FINANCIAL_FIGURES or span._.fiscal_year is None:
            continue
        if not isinstance(value, Money) or not span._.projected:
            continue
        unit = value.currency or currency
        if unit is None:
            continue
        found.append(
            Projection(
                name=span.label_,
                value=value.value,
                currency=unit,
                fiscal_year=span._.fiscal_year,
                page_no=page.page_no,
                evidence=trim(span.sent.text),
                source="text",
                bbox=bbox_for(page, span.start_char, span.end_char),
            )
        )
    return found


def table_projections(page: Page, *, currency: str | None) -> list[Projection]:
    """The forecast columns of a page's tables (`2025F`, `Year 1 (2024)`, `Projected`)."""
    return [
        Projection(**figure.model_dump())
        for table in page.tables
        for figure in table_figures(
            table, page, currency=currency, year_hint=None, projected_only=True
        )
        if figure.fiscal_year is not None
    ]
