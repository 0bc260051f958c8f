"""What the parser hands on: a PDF as pages of reading-order text, positioned runs and tables."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, origin at the top-left of the page."""


class TextRun(BaseModel):
    """Text printed together on one line (a word, a phrase, a table cell) and where it stands."""

    model_config = ConfigDict(frozen=True)

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float | None = None
    """The font size its first character is printed at, in points, where the PDF says."""


class Table(BaseModel):
    """A table as rows of cell strings (None for an empty or merged cell)."""

    model_config = ConfigDict(frozen=True)

    page_no: int = Field(ge=1)
    rows: list[list[str | None]]
    bbox: BBox
    ruled: bool = Field(description="Found from ruling lines (True) or text alignment (False).")
    caption: str = Field("", description="The lines printed just above the table.")


class Page(BaseModel):
    """One page: text in reading order (columns not interleaved), its text runs and tables.

    `text` is the runs joined in order, so a character offset into `text` leads back to a run
    and its position: `run_starts[i]` is where run i begins in `text`.
    """

    model_config = ConfigDict(frozen=True)

    page_no: int = Field(ge=1)
    width: float
    height: float
    text: str
    runs: list[TextRun] = Field(default_factory=list, description="In reading order.")
    tables: list[Table] = Field(default_factory=list)
    run_starts: list[int] = Field(default_factory=list)
    columns: int = Field(1, ge=1, description="Text columns detected on the page.")


class ParsedPdf(BaseModel):
    """A parsed PDF, named by the sha256 of its bytes."""

    model_config = ConfigDict(frozen=True)

    doc_id: str = Field(pattern=r"^[0-9a-f]{64}$")
    file_name: str
    page_count: int = Field(ge=1)
    pages: list[Page]
    title: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)
