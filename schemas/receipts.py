"""A file's arrival and what became of it."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.errors import RejectReason

Outcome = Literal["loaded", "duplicate", "rejected"]


def new_receipt_id() -> str:
    """A fresh arrival's id: every arrival is its own, even of the same bytes under one name."""
    return uuid.uuid4().hex


class Arrival(BaseModel):
    """A candidate file as received: its bytes' hash, never its name, identifies it."""

    model_config = ConfigDict(frozen=True)

    path: str = Field(description="Where it was read from; only ever opened, never built on.")
    file_name: str = Field(description="The name as received, spaces, `..` and all.")
    platform: str
    doc_id: str = Field(pattern=r"^[0-9a-f]{64}$")
    size_bytes: int = Field(ge=0)
    received_at: dt.datetime
    receipt_id: str = Field(
        default_factory=new_receipt_id,
        pattern=r"^[0-9a-f]{32}$",
        description="This arrival's id; a watched file keeps it from pick-up to its receipt.",
    )


class Rejection(BaseModel):
    """Why a file was not loaded: a reason from the contract and a readable detail."""

    model_config = ConfigDict(frozen=True)

    reason: RejectReason
    detail: str
    page_count: int | None = None
    language: str | None = None


class FileOutcome(BaseModel):
    """What one arrival ended as; one line of the CLI's outcome table."""

    model_config = ConfigDict(frozen=True)

    file_name: str
    doc_id: str
    outcome: Outcome
    reason: str | None = None
    doc_kind: str | None = None
    page_count: int | None = None
    figures: int = 0
    regime: str | None = None
    failed_rules: list[str] = Field(default_factory=list, description="Rules the document failed.")
    platform: str | None = None
    receipt_id: str | None = None
