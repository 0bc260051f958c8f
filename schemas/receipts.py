"""A file's arrival and what became of it."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.errors import RejectReason

Outcome = Literal["loaded", "duplicate", "rejected"]


def receipt_id_for(*, platform: str, file_name: str, doc_id: str) -> str:
    """The same bytes under the same name on the same platform are the same arrival."""
    key = "\x00".join((platform, file_name, doc_id))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class Arrival(BaseModel):
    """A candidate file as received: its bytes' hash, never its name, identifies it."""

    model_config = ConfigDict(frozen=True)

    path: str = Field(description="Where it was read from; only ever opened, never built on.")
    file_name: str = Field(description="The name as received, spaces, `..` and all.")
    platform: str
    doc_id: str = Field(pattern=r"^[0-9a-f]{64}$")
    size_bytes: int = Field(ge=0)
    received_at: dt.datetime

    @property
    def receipt_id(self) -> str:
        return receipt_id_for(platform=self.platform, file_name=self.file_name, doc_id=self.doc_id)


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
