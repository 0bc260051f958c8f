"""The stages of one file, as plain functions: receive, plan, parse, extract, check, store.

    receive ──► plan ──► parse ──► extract ──► check (the rules) ──► store
       │          ├─ content stored before: as decided then (duplicate, or rejected again) ─► store
       └─ empty / not a PDF / too large / a symbolic link: rejected ────────────────────────► store

Each runs without Prefect (`process_file` chains them for one file, in this process); the flow
in `flows.ingest` wraps them as tasks and runs parse and extract in worker processes. Bad input
is data (a `Rejection`); anything else raises. A file is only ever opened without following a
symbolic link, so a link in an inbox is rejected and nothing it points to is read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Literal, cast

import duckdb
from pydantic import BaseModel, ConfigDict

import extractors
import warehouse
from flows.budget import read_pdf_within_budget
from schemas import Arrival, Disclosure, FileOutcome, ParsedPdf, Rejection, Settings
from schemas.errors import BadInputError, CorruptPdf, NotAPdf, TooLarge
from schemas.rules import Review, review

DEFAULT_READ_CHUNK = 1024 * 1024
SYMLINK_DETAIL = "a symbolic link: not followed, nothing it points to was read"


class Received(BaseModel):
    """A file as received: its arrival, and its rejection when the cheap checks failed."""

    model_config = ConfigDict(frozen=True)

    arrival: Arrival
    rejection: Rejection | None = None


class Job(BaseModel):
    """An arrival and what the flow does with it: process it, reject it, or repeat a decision."""

    model_config = ConfigDict(frozen=True)

    arrival: Arrival
    action: Literal["process", "repeat", "reject"]
    rejection: Rejection | None = None


class Checked(BaseModel):
    """A disclosure and the rules' review of it: what the store stage loads."""

    model_config = ConfigDict(frozen=True)

    disclosure: Disclosure
    review: Review


Result = ParsedPdf | Disclosure | Checked | Rejection | None


def receive_file(
    path: Path, *, platform: str, max_bytes: int, receipt_id: str | None = None
) -> Received:
    """Hash the file's bytes into an `Arrival` and run the checks that need no parser.

    Raises `FileNotFoundError` when the file vanished before it could be read.
    """
    name, error = path.name, cast(BadInputError | None, None)
    if path.is_symlink():  # its "bytes" are the link itself: what it points to is never read
        data = os.fsencode(path.readlink())
        doc_id, size, error = _sha256(data), len(data), NotAPdf(SYMLINK_DETAIL, file_name=name)
    elif (size := path.stat().st_size) > max_bytes:  # hashed in chunks: it is never parsed
        doc_id = _hash_file(path)
        error = TooLarge(f"{size:,} bytes is over the {max_bytes:,} byte limit", file_name=name)
    else:
        data = read_bytes(path)
        doc_id, size = _sha256(data), len(data)
        try:
            extractors.check_bytes(data, file_name=name, max_bytes=max_bytes)
        except BadInputError as exc:
            error = exc
    arrival = Arrival(
        path=str(path.absolute()),
        file_name=name,
        platform=platform,
        doc_id=doc_id,
        size_bytes=size,
        received_at=dt.datetime.now(dt.UTC),
        **({"receipt_id": receipt_id} if receipt_id else {}),
    )
    return Received(arrival=arrival, rejection=rejection_for(error) if error else None)


def plan_jobs(
    received: Iterable[Received], *, known: Mapping[str, str], retry: Collection[str] = ()
) -> list[Job]:
    """Process each new content once; a content stored before, or met earlier here, repeats.

    `known` holds the stored status of contents by doc_id; a rejected content in `retry` is
    processed again.
    """
    planned: set[str] = set()
    jobs = []
    for item in received:
        arrival = item.arrival
        if item.rejection is not None:
            jobs.append(Job(arrival=arrival, action="reject", rejection=item.rejection))
            continue
        stored = known.get(arrival.doc_id)
        again = stored == "rejected" and arrival.doc_id in retry
        if arrival.doc_id in planned or (stored is not None and not again):
            jobs.append(Job(arrival=arrival, action="repeat"))
            continue
        planned.add(arrival.doc_id)
        jobs.append(Job(arrival=arrival, action="process"))
    return jobs


def parse_file(arrival: Arrival, *, settings: Settings) -> ParsedPdf | Rejection:
    """The arrival's PDF parsed within the time budget, or why it cannot be."""
    try:
        data = read_bytes(Path(arrival.path))
        if _sha256(data) != arrival.doc_id:
            raise CorruptPdf(
                "the file changed while it was being read", file_name=arrival.file_name
            )
        return read_pdf_within_budget(
            data, doc_id=arrival.doc_id, file_name=arrival.file_name, settings=settings
        )
    except BadInputError as exc:
        return rejection_for(exc)


def extract_file(pdf: ParsedPdf, *, settings: Settings) -> Disclosure:
    """What the parsed document discloses, extracted in this process."""
    return extractors.extract_disclosure(
        pdf, model=settings.spacy_model, batch_size=settings.nlp_batch_size
    )


def check_disclosure(disclosure: Disclosure, *, platform: str, settings: Settings) -> Checked:
    """Every disclosure rule's findings on `disclosure`, under its platform's regime."""
    return Checked(
        disclosure=disclosure, review=review(disclosure, settings=settings, platform=platform)
    )


def process_file(path: Path, *, platform: str, settings: Settings) -> Checked | Rejection:
    """One file through every stage but the warehouse, without Prefect (tests, benchmarks)."""
    received = receive_file(path, platform=platform, max_bytes=settings.max_bytes)
    if received.rejection is not None:
        return received.rejection
    parsed = parse_file(received.arrival, settings=settings)
    if isinstance(parsed, Rejection):
        return parsed
    disclosure = extract_file(parsed, settings=settings)
    return check_disclosure(disclosure, platform=platform, settings=settings)


def store_outcome(
    con: duckdb.DuckDBPyConnection, job: Job, result: Result, *, flow_run_id: str | None
) -> FileOutcome:
    """Store what became of `job` (one transaction) and say what it was."""
    arrival = job.arrival
    outcome = FileOutcome(
        file_name=arrival.file_name,
        doc_id=arrival.doc_id,
        outcome="duplicate",
        platform=arrival.platform,
        receipt_id=arrival.receipt_id,
    )
    if job.action == "repeat":
        kind, reason = warehouse.record_repeat(con, arrival=arrival, flow_run_id=flow_run_id)
        return outcome.model_copy(update={"outcome": kind, "reason": reason})
    if isinstance(result, Rejection):
        warehouse.record_rejection(con, arrival=arrival, rejection=result, flow_run_id=flow_run_id)
        return outcome.model_copy(update={"outcome": "rejected", "reason": result.reason})
    if not isinstance(result, Checked):
        raise TypeError(f"{arrival.file_name}: nothing to store for a {job.action} job")
    disclosure, findings = result.disclosure, result.review.findings
    warehouse.upsert_disclosure(
        con,
        arrival=arrival,
        disclosure=disclosure,
        flow_run_id=flow_run_id,
        findings=findings,
        regime=result.review.regime,
    )
    failed = sorted({finding.rule_id for finding in findings if finding.passed is False})
    update = {
        "doc_kind": disclosure.doc_kind,
        "page_count": disclosure.page_count,
        "figures": len(disclosure.figures),
        "regime": result.review.regime,
        "failed_rules": failed,
    }
    return outcome.model_copy(update={"outcome": "loaded"} | update)


def rejection_for(error: BadInputError) -> Rejection:
    """The recorded form of a bad-input error."""
    return Rejection(reason=error.reason, detail=str(error))


def read_bytes(path: Path) -> bytes:
    """A file's bytes, refusing to follow a symbolic link (`NotAPdf`) even if one was swapped in."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        if not path.is_symlink():
            raise
        raise NotAPdf(SYMLINK_DETAIL, file_name=path.name) from exc
    with os.fdopen(fd, "rb") as stream:
        return stream.read()


def _sha256(data: bytes) -> str:
    """The lower-case hex sha256 of `data`: a `doc_id`."""
    return hashlib.sha256(data).hexdigest()


def _hash_file(path: Path) -> str:
    """sha256 of a file read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(DEFAULT_READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
