"""Pure extraction: PDF bytes → `ParsedPdf` → `Disclosure`. pdfplumber and spaCy live here only.

spaCy is imported on first use of `extract_disclosure` or `load_nlp`, so a parser worker
process that only calls `read_pdf` starts in a fraction of the time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from extractors.pdf import check_bytes, count_pages, read_pdf

if TYPE_CHECKING:
    from extractors.disclosure import extract_disclosure
    from extractors.nlp import load_nlp

__all__ = ["check_bytes", "count_pages", "extract_disclosure", "load_nlp", "read_pdf"]

_LAZY = {"extract_disclosure": "extractors.disclosure", "load_nlp": "extractors.nlp"}


def __getattr__(name: str) -> Any:
    """Import the spaCy side on first use."""
    if name not in _LAZY:
        raise AttributeError(f"module 'extractors' has no attribute {name!r}")
    return getattr(importlib.import_module(_LAZY[name]), name)
