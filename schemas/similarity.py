"""What the copy check finds: a later document, an earlier source, and the passages copied."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CopiedPassage(BaseModel):
    """A passage of the later document and the source passage it was copied from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    passage_no: int = Field(ge=1)
    page_no: int = Field(ge=1)
    source_page_no: int = Field(ge=1)
    start_char: int = Field(ge=0, description="Offsets into the pages joined by a blank line.")
    end_char: int = Field(ge=0)
    source_start_char: int = Field(ge=0)
    source_end_char: int = Field(ge=0)
    text: str
    source_text: str
    matched_fraction: float = Field(
        ge=0, le=1, description="Share of the passage's shingles found verbatim in the source."
    )


class CopyMatch(BaseModel):
    """A later document suspected of copying an earlier one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    doc_id: str
    source_doc_id: str
    score: float = Field(
        ge=0, le=1, description="Share of the later document's own shingles found in the source."
    )
    copied_fraction: float = Field(ge=0, le=1, description="Share of the later text copied.")
    source_fraction: float = Field(ge=0, le=1, description="Share of the source text copied.")
    method: str
    passages: list[CopiedPassage]
