"""Typed models, settings and the error tree shared by every stage; imports nothing of ours."""

from schemas.disclosure import (
    FIGURE_NAMES,
    FINANCIAL_FIGURES,
    OFFERING_FIGURES,
    ROLES,
    STATEMENT_FIGURES,
    Company,
    Disclosure,
    DocKind,
    Entity,
    Figure,
    Finding,
    FundsLine,
    Offering,
    PageText,
    Person,
    StatementLine,
)
from schemas.errors import BadInputError, PipelineError, RejectReason, WarehouseError
from schemas.pdf import BBox, Page, ParsedPdf, Table, TextRun
from schemas.receipts import Arrival, FileOutcome, Outcome, Rejection, receipt_id_for
from schemas.settings import Settings

__all__ = [
    "FIGURE_NAMES",
    "FINANCIAL_FIGURES",
    "OFFERING_FIGURES",
    "ROLES",
    "STATEMENT_FIGURES",
    "Arrival",
    "BBox",
    "BadInputError",
    "Company",
    "Disclosure",
    "DocKind",
    "Entity",
    "Figure",
    "FileOutcome",
    "Finding",
    "FundsLine",
    "Offering",
    "Outcome",
    "Page",
    "PageText",
    "ParsedPdf",
    "Person",
    "PipelineError",
    "RejectReason",
    "Rejection",
    "Settings",
    "StatementLine",
    "Table",
    "TextRun",
    "WarehouseError",
    "receipt_id_for",
]
