"""What the copy check finds: a later document, an earlier source, and the passages copied."""

from __future__ import annotations

import datetime as dt

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


class DocumentText(BaseModel):
    """A stored document as the copy report shows it: its names and its whole text."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    file_name: str | None = None
    platform: str | None = None
    received_at: dt.datetime | None = None
    text: str = Field("", description="The pages joined by a blank line.")


class CopyReport(BaseModel):
    """A document, the earlier documents it copies from and the passages, for reviewers."""

    model_config = ConfigDict(frozen=True)

    document: DocumentText
    matches: list[CopyMatch]
    sources: dict[str, DocumentText] = Field(description="Each source, by doc_id.")
