"""The watched folder: settled files are claimed, processed, then filed away by stored outcome.

    INBOX/<platform>/plan.pdf                   dropped by a platform (often over a share)
    .receiving/<receipt_id>/<platform>/plan.pdf claimed: this arrival, from pick-up to receipt
    processed/<platform>/plan.pdf               loaded or duplicate (stored first, then moved)
    rejected/<platform>/plan.pdf                rejected, with plan.pdf.reason.txt beside it

(`.receiving`, `processed` and `rejected` sit beside INBOX.) A file is claimed by one rename
once it settled: neither its contents nor its metadata changed for `settle_seconds` (ctime
catches a copy that keeps the original mtime). The claim gives the arrival its receipt id, so
the same bytes dropped three times are three arrivals, and a restart after a crash finds each
claimed file's receipt, or its absence: a stored file is filed away by its stored outcome, an
unstored one is processed. Names are never interpreted, and a symbolic link is claimed and
filed like any file (the link itself moves; what it points to is never read).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

from flows.discover import is_skipped
from schemas import FileOutcome, new_receipt_id

RECEIVING = ".receiving"
REASON_SUFFIX = ".reason.txt"
DEFAULT_SETTLE_SECONDS = 2.0


def receiving(inbox: Path) -> Path:
    """Where claimed files wait for their receipt, beside the inbox."""
    return inbox.parent / RECEIVING


def settled_files(inbox: Path, *, settle_seconds: float = DEFAULT_SETTLE_SECONDS) -> list[Path]:
    """Files (and symbolic links) in `inbox` untouched for `settle_seconds`, oldest first."""
    now = time.time()
    found = []
    for path in _walk(inbox):
        try:
            stat = path.lstat()
        except FileNotFoundError:
            continue  # gone between listing and looking: nothing to do
        if now - max(stat.st_mtime, stat.st_ctime) >= settle_seconds:
            found.append((stat.st_mtime, str(path), path))
    return [path for *_, path in sorted(found)]


def claim(path: Path, *, inbox: Path) -> Path | None:
    """Move a settled file into its own claimed folder; None when it vanished meanwhile."""
    target = receiving(inbox) / new_receipt_id() / path.relative_to(inbox)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.rename(target)  # one rename: the file is in the inbox or claimed, never both
    except FileNotFoundError:
        _prune(target.parent, stop=receiving(inbox))
        return None
    return target


def claimed_files(inbox: Path) -> list[Path]:
    """Every file claimed and not yet filed away (left by a crash, or claimed just now)."""
    root = receiving(inbox)
    if not root.is_dir():
        return []
    return sorted(path for folder in root.iterdir() for path in _walk(folder))


def claimed_receipt_id(path: Path) -> str:
    """The receipt id a claimed file's folder carries."""
    return _claim_parts(path)[0]


def claimed_platform(path: Path, *, default: str) -> str:
    """The platform of a claimed file: the inbox subfolder it was dropped in, else `default`."""
    rest = _claim_parts(path)[1]
    return rest[0] if len(rest) > 1 else default


def file_away(path: Path, outcome: FileOutcome, *, inbox: Path) -> Path:
    """Move a claimed file by its stored outcome to `processed/` or `rejected/` beside `inbox`.

    Never overwrites: a name already taken gets ` (2)`, ` (3)`, …; a rejected file gets its
    reason in a text file beside it.
    """
    folder = "rejected" if outcome.outcome == "rejected" else "processed"
    target = free_name(inbox.parent / folder / Path(*_claim_parts(path)[1]))
    target.parent.mkdir(parents=True, exist_ok=True)
    if outcome.outcome == "rejected":
        reason = f"{outcome.file_name}: rejected: {outcome.reason}\n"
        target.with_name(target.name + REASON_SUFFIX).write_text(reason, encoding="utf-8")
    path.rename(target)
    _prune(path.parent, stop=receiving(inbox))
    return target


def free_name(target: Path) -> Path:
    """`target`, or the first ` (n)` variant of it that no file takes."""
    stem, number = target, 1
    while target.exists() or target.is_symlink():
        number += 1
        target = stem.with_name(f"{stem.stem} ({number}){stem.suffix}")
    return target


def _claim_parts(path: Path) -> tuple[str, tuple[str, ...]]:
    """A claimed file's receipt id and its path inside the inbox."""
    parts = path.parts
    at = len(parts) - 1 - parts[::-1].index(RECEIVING)
    return parts[at + 1], parts[at + 2 :]


def _walk(folder: Path) -> Iterator[Path]:
    """Files and symbolic links under `folder`, skipping hidden and temporary names."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return
    for entry in entries:
        if is_skipped(entry.name):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file(follow_symlinks=False) or entry.is_symlink():
            yield Path(entry.path)


def _prune(folder: Path, *, stop: Path) -> None:
    """Remove empty folders from `folder` up to, not including, `stop`."""
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return  # not empty: another file of the claim is still there
        folder = folder.parent
