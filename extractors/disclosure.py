"""`ParsedPdf` → `Disclosure`: one spaCy Doc per page, then figures, funds, company, people."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from extractors.assurance import assurance_of
from extractors.classify import classify_kind, detect_language
from extractors.company import company_from, employees_from
from extractors.currencies import country_currency, currency_in
from extractors.custodians import custodian_of
from extractors.dates import fiscal_year_in
from extractors.document_dates import document_date
from extractors.evidence import span_evidence
from extractors.excess import excess_use_of
from extractors.figures import dedupe, table_figures, text_figures
from extractors.fingerprints import fingerprint_pages
from extractors.funds import funds_lines
from extractors.money import Money
from extractors.nlp import DEFAULT_MODEL, doc_text, load_nlp
from extractors.people import people_from
from extractors.prior_raises import crowdfunding_history_of
from extractors.projections import table_projections, text_projections
from extractors.sections import document_sections, section_spans
from extractors.shares import share_figures
from extractors.statement_items import statement_figures
from extractors.statements import read_statements, report_period
from extractors.term_tables import table_deadline
from schemas import (
    OFFERING_FIGURES,
    STATEMENT_FIGURES,
    Disclosure,
    Entity,
    Figure,
    FundsLine,
    Offering,
    Page,
    PageText,
    ParsedPdf,
    StatementLine,
)

RAISE_TERMS = frozenset(
    {"funding_target", "maximum_target", "minimum_investment", "pre_money_valuation"}
)
ENTITY_LABELS = frozenset({"ORG", "PERSON", "GPE", "DATE", "MONEY"})
DEFAULT_BATCH_SIZE = 16
CJK_LANGUAGES = frozenset({"zh", "ja"})
"""Read with the Chinese pipeline: character segmentation and the CJK rules fit Japanese too."""


def extract_disclosure(
    pdf: ParsedPdf, *, model: str = DEFAULT_MODEL, batch_size: int = DEFAULT_BATCH_SIZE
) -> Disclosure:
    """Everything the document discloses, each figure with its page and source text."""
    text = pdf.text  # joined from the pages on each access
    language = detect_language(text)
    nlp = load_nlp("zh" if language in CJK_LANGUAGES else "en", model)
    docs = list(nlp.pipe((page.text for page in pdf.pages), batch_size=batch_size))
    for doc, page in zip(docs, pdf.pages, strict=True):
        doc.user_data["page_no"] = page.page_no
    staff = employees_from(docs)
    company = company_from(docs, title=pdf.title, staff=staff)
    currency = _main_currency(docs) or country_currency(company.country)
    lines = read_statements(pdf.pages, currency=currency, report=report_period(pdf.pages))
    figures, quoted = _figures(docs, pdf, currency=currency, lines=lines)
    figures += [staff] if staff else []
    doc_kind = classify_kind(text, title=pdf.title)
    offers = _offers_securities(figures, doc_kind)
    sections = document_sections(docs, lines)
    if offers:
        # Share counts belong to an offer: an annual report's shares outstanding are none.
        figures += share_figures(pdf.pages)
    else:
        # A par value, a share price or a percentage in an annual report is no offer.
        figures = [figure for figure in figures if figure.name not in OFFERING_FIGURES]
    return Disclosure(
        doc_id=pdf.doc_id,
        doc_kind=doc_kind,
        language=language,
        page_count=pdf.page_count,
        title=pdf.title,
        document_date=document_date(pdf.pages, doc_kind=doc_kind),
        pages=[
            PageText(page_no=p.page_no, text=p.text, columns=p.columns, table_count=len(p.tables))
            for p in pdf.pages
        ],
        entities=[entity for doc in docs for entity in _entities(doc)],
        company=company,
        people=people_from(docs, pdf.pages),
        figures=figures,
        use_of_funds=_use_of_funds(docs, pdf, currency=currency, figures=figures),
        offering=_offering(figures, docs, pdf.pages) if offers else None,
        has_risk_section=any(section.kind == "risk_factors" for section in sections),
        sections=sections,
        assurance=assurance_of(pdf.pages),
        custodian=custodian_of(pdf.pages),
        excess_use=excess_use_of(pdf.pages),
        crowdfunding_history=crowdfunding_history_of(pdf.pages),
        statement_lines=lines,
        quoted=quoted,
        projections=[
            projection
            for doc, page in zip(docs, pdf.pages, strict=True)
            for projection in (
                *table_projections(page, currency=currency),
                *text_projections(doc, page, currency=currency),
            )
        ],
        fingerprint=fingerprint_pages([page.text for page in pdf.pages]),
    )


def _offers_securities(figures: Sequence[Figure], doc_kind: str) -> bool:
    """Offering terms exist where a document offers securities: a plan or an offering that
    names the amount raised (a target, a maximum, a minimum ticket or a valuation)."""
    return doc_kind != "financial_statement" and any(
        figure.name in RAISE_TERMS for figure in figures
    )


def _main_currency(docs: Sequence[Doc]) -> str | None:
    """The currency most amounts are printed in: the default for bare table cells."""
    counts = Counter(
        span._.value.currency
        for doc in docs
        for span in doc.spans["values"]
        if isinstance(span._.value, Money) and span._.value.currency
    )
    if counts:
        return counts.most_common(1)[0][0]
    return next((found for doc in docs if (found := currency_in(doc_text(doc)[:2000]))), None)


def _figures(
    docs: Sequence[Doc], pdf: ParsedPdf, *, currency: str | None, lines: Sequence[StatementLine]
) -> tuple[list[Figure], list[Figure]]:
    """Key figures, and the text's mentions of statement items the document prints.

    A financial item whose primary statement the document prints comes from it alone, so a
    quarter, a segment or a rounded mention elsewhere never stands in for it; the text's annual
    mentions are kept apart, for the rules to check against the statement."""
    stated = statement_figures(lines)
    printed = {line.statement for line in lines}
    from_statements = {name for name, kind in STATEMENT_FIGURES.items() if kind in printed}
    figures: list[Figure] = list(stated)
    year_hint = fiscal_year_in(pdf.pages[0].text[:400])
    period_year = _reported_year(lines)
    for doc, page in zip(docs, pdf.pages, strict=True):
        figures += text_figures(doc, page, currency=currency, period_year=period_year)
        page_year = fiscal_year_in(page.text[:400]) or year_hint
        for table in page.tables:
            figures += table_figures(table, page, currency=currency, year_hint=page_year)
    kept = dedupe(
        figure for figure in figures if figure.name not in from_statements or figure in stated
    )
    quoted = [
        figure
        for figure in figures
        if figure.name in from_statements and figure.source == "text" and figure.fiscal_year
    ]
    return kept, dedupe(quoted)


def _reported_year(lines: Sequence[StatementLine]) -> int | None:
    """The fiscal year the statements report on: the latest year of a whole-year income
    statement. None where a column covers part of a year: a quarterly report's `报告期` is
    its quarter, no year."""
    income = [line for line in lines if line.statement == "income_statement" and line.fiscal_year]
    if not income or any(line.period_months not in (None, 12) for line in income):
        return None
    return max(line.fiscal_year for line in income if line.fiscal_year)


def _use_of_funds(
    docs: Sequence[Doc], pdf: ParsedPdf, *, currency: str | None, figures: Sequence[Figure]
) -> list[FundsLine]:
    for doc, page in zip(docs, pdf.pages, strict=True):
        for start, end in section_spans(doc, "use_of_funds"):
            lines = funds_lines(doc, page, start=start, end=end, currency=currency, figures=figures)
            if lines:
                return lines
    return []


def _offering(
    figures: Sequence[Figure], docs: Sequence[Doc], pages: Sequence[Page]
) -> Offering | None:
    terms: dict[str, Figure] = {}
    for figure in sorted(figures, key=lambda figure: (figure.source != "table", figure.page_no)):
        if figure.name in OFFERING_FIGURES:
            terms.setdefault(figure.name, figure)
    deadline = _deadline(docs, pages)
    if not terms and deadline is None:
        return None
    currencies = Counter(figure.currency for figure in terms.values() if figure.currency)
    date, page_no, evidence = deadline or (None, None, None)
    return Offering(
        currency=currencies.most_common(1)[0][0] if currencies else None,
        **{name: figure.value for name, figure in terms.items()},
        deadline=date,
        deadline_page_no=page_no,
        deadline_evidence=evidence,
    )


def _deadline(docs: Sequence[Doc], pages: Sequence[Page]) -> tuple[dt.date, int, str] | None:
    """The first deadline the text states, else one a table of terms printed across states."""
    for doc in docs:
        for span in doc.spans["figures"]:
            if span.label_ == "DEADLINE":
                evidence = span_evidence(span.sent.text, span._.label)[:300]
                return span._.value, doc.user_data["page_no"], evidence
    for page in pages:
        for table in page.tables:
            if found := table_deadline(table):
                return found[0], page.page_no, found[1]
    return None


def _entities(doc: Doc) -> list[Entity]:
    page_no = doc.user_data["page_no"]
    return [
        Entity(
            page_no=page_no,
            label=ent.label_,
            text=ent.text,
            start_char=ent.start_char,
            end_char=ent.end_char,
        )
        for ent in doc.ents
        if ent.label_ in ENTITY_LABELS and ent.text.strip()
    ]
