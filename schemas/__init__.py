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
    Projection,
    StatementLine,
)
from schemas.errors import BadInputError, PipelineError, RejectReason, WarehouseError
from schemas.fingerprint import Fingerprint, FingerprintScheme
from schemas.pdf import BBox, Page, ParsedPdf, Table, TextRun
from schemas.receipts import Arrival, FileOutcome, Outcome, Rejection, new_receipt_id
from schemas.settings import Settings
from schemas.similarity import CopiedPassage, CopyMatch, CopyReport, DocumentText

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
    "CopiedPassage",
    "CopyMatch",
    "CopyReport",
    "Disclosure",
    "DocKind",
    "DocumentText",
    "Entity",
    "Figure",
    "FileOutcome",
    "Finding",
    "Fingerprint",
    "FingerprintScheme",
    "FundsLine",
    "Offering",
    "Outcome",
    "Page",
    "PageText",
    "ParsedPdf",
    "Person",
    "PipelineError",
    "Projection",
    "RejectReason",
    "Rejection",
    "Settings",
    "StatementLine",
    "Table",
    "TextRun",
    "WarehouseError",
    "new_receipt_id",
]
