"""Pure extraction: PDF bytes → `ParsedPdf` → `Disclosure`. pdfplumber and spaCy live here only."""

from extractors.disclosure import extract_disclosure
from extractors.nlp import load_nlp
from extractors.pdf import check_bytes, read_pdf

__all__ = ["check_bytes", "extract_disclosure", "load_nlp", "read_pdf"]
