"""Find the candidate files among the paths a user names: files as given, folders recursively.

Every regular file in a folder is a candidate whatever its name or extension, so a mislabelled
file is rejected later by its bytes (`not_pdf`) instead of silently skipped. Hidden and
temporary files are left alone: they belong to editors, browsers and sync tools mid-write.
For the watched inbox: its settled files by platform, and where each goes once it is stored.
Paths are only ever built from what the file system listed, never from a stored file name.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from schemas import FileOutcome

TEMPORARY_NAME = re.compile(
    r"""
    ^~\$            # Office owner file: ~$report.docx
    | ^\.~lock\.    # LibreOffice lock: .~lock.report.odt#
    | \.(tmp|part|crdownload)$   # half-written downloads and copies
    """,
    re.IGNORECASE | re.VERBOSE,
)

DEFAULT_SETTLE_SECONDS = 2.0
"""A file in the inbox modified more recently than this may still be being copied in."""


class MissingPathError(FileNotFoundError):
    """A path the user named does not exist: a usage error, not a bad document."""


def find_candidates(paths: Sequence[Path]) -> list[Path]:
    """Files named directly, plus every regular file under named folders; sorted, no repeats.

    Raises `MissingPathError` for a path that does not exist.
    """
    found: dict[Path, Path] = {}
    for path in paths:
        for candidate in _expand(path):
            found.setdefault(candidate.resolve(), candidate)
    return sorted(found.values(), key=lambda candidate: str(candidate.resolve()))


def is_skipped(name: str) -> bool:
    """Whether a file or folder name inside a folder is hidden or temporary."""
    return name.startswith(".") or TEMPORARY_NAME.search(name) is not None


def inbox_batches(inbox: Path, *, default: str) -> Iterator[tuple[str, list[Path]]]:
    """Settled candidate files in `inbox` by platform: its subfolder's name, else `default`."""
    settled_before = time.time() - DEFAULT_SETTLE_SECONDS
    batches: dict[str, list[Path]] = {}
    for path in find_candidates([inbox]):
        if path.stat().st_mtime <= settled_before:
            parts = path.relative_to(inbox).parts
            batches.setdefault(parts[0] if len(parts) > 1 else default, []).append(path)
    yield from sorted(batches.items())


def move_done(path: Path, outcome: FileOutcome, *, inbox: Path) -> Path:
    """Move a stored file to `rejected/` or `processed/` beside `inbox`, keeping its subpath."""
    folder = "rejected" if outcome.outcome == "rejected" else "processed"
    target = inbox.parent / folder / path.relative_to(inbox)
    target.parent.mkdir(parents=True, exist_ok=True)
    stem, number = target, 1
    while target.exists():  # never overwrite an earlier file of the same name
        number += 1
        target = stem.with_name(f"{stem.stem} ({number}){stem.suffix}")
    shutil.move(path, target)
    return target


def _expand(path: Path) -> Iterator[Path]:
    """`path` itself when it is a file (named explicitly: always taken), else its files."""
    if path.is_dir():
        yield from _walk(path)
    elif path.is_file():
        yield path
    elif path.exists():
        raise MissingPathError(f"not a regular file or folder: {path}")
    else:
        raise MissingPathError(f"no such file or folder: {path}")


def _walk(folder: Path) -> Iterator[Path]:
    """Regular files under `folder`, skipping hidden and temporary names at every level."""
    for child in folder.iterdir():
        if is_skipped(child.name):
            continue
        # Symlinked folders are not followed, so a link cycle cannot loop the walk.
        if child.is_dir() and not child.is_symlink():
            yield from _walk(child)
        elif child.is_file():
            yield child
