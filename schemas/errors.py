"""The pipeline's error tree: bad input is data, bugs are exceptions.

    PipelineError                 anything this project raises on purpose
    ├── BadInputError             the file is at fault; it is recorded as `rejected` with `reason`
    │   ├── EmptyFile             `empty`          zero bytes
    │   ├── NotAPdf               `not_pdf`        the bytes do not start like a PDF
    │   ├── CorruptPdf            `corrupt`        the PDF cannot be opened or a page cannot be read
    │   ├── EncryptedPdf          `encrypted`      a password is needed to read it
    │   ├── NoTextLayer           `no_text_layer`  scanned pages, nothing to extract
    │   ├── TooLarge              `too_large`      over `max_pages` or `max_bytes`
    │   └── ParseTimeout          `timeout`        over the per-document time budget
    └── WarehouseError            the warehouse cannot be opened, migrated or published

Everything else (KeyError, ValidationError, ...) is a bug and propagates.
"""

from __future__ import annotations

from typing import ClassVar, Literal

RejectReason = Literal[
    "empty", "not_pdf", "corrupt", "encrypted", "no_text_layer", "too_large", "timeout"
]


class PipelineError(Exception):
    """Base of every error this project raises on purpose."""


class BadInputError(PipelineError):
    """The input file is at fault: record it as rejected with `reason`, keep the file."""

    reason: ClassVar[RejectReason]

    def __init__(self, message: str, *, file_name: str = "") -> None:
        self.file_name = file_name
        super().__init__(f"{file_name}: {message}" if file_name else message)


class EmptyFile(BadInputError):
    reason = "empty"


class NotAPdf(BadInputError):
    reason = "not_pdf"


class CorruptPdf(BadInputError):
    reason = "corrupt"


class EncryptedPdf(BadInputError):
    reason = "encrypted"


class NoTextLayer(BadInputError):
    reason = "no_text_layer"


class TooLarge(BadInputError):
    reason = "too_large"


class ParseTimeout(BadInputError):
    reason = "timeout"


class WarehouseError(PipelineError):
    """The warehouse cannot be opened, migrated or published."""


BAD_INPUT_ERRORS: dict[str, type[BadInputError]] = {
    cls.reason: cls
    for cls in (EmptyFile, NotAPdf, CorruptPdf, EncryptedPdf, NoTextLayer, TooLarge, ParseTimeout)
}
