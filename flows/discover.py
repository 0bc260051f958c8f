"""Find the candidate files among the paths a user names: files as given, folders recursively.

Every regular file in a folder is a candidate whatever its name or extension, so a mislabelled
file is rejected later by its bytes (`not_pdf`) instead of silently skipped; so is a symbolic
link, which is rejected without being followed. Hidden and temporary files are left alone: they
belong to editors, browsers and sync tools mid-write. Paths are only ever built from what the
file system listed, never from a stored file name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

TEMPORARY_NAME = re.compile(
    r"""
    ^~\$            # Office owner file: ~$report.docx
    | ^\.~lock\.    # LibreOffice lock: .~lock.report.odt#
    | \.(tmp|part|crdownload)$   # half-written downloads and copies
    """,
    re.IGNORECASE | re.VERBOSE,
)


class MissingPathError(FileNotFoundError):
    """A path the user named does not exist: a usage error, not a bad document."""


def find_candidates(paths: Sequence[Path]) -> list[Path]:
    """Files named directly, plus every regular file under named folders; sorted, no repeats.

    Raises `MissingPathError` for a path that does not exist.
    """
    found: dict[Path, Path] = {}
    for path in paths:
        for candidate in _expand(path):
            # The folder resolved, the name kept: a symbolic link is a file of its own.
            found.setdefault(candidate.absolute().parent.resolve() / candidate.name, candidate)
    return [found[key] for key in sorted(found, key=str)]


def is_skipped(name: str) -> bool:
    """Whether a file or folder name inside a folder is hidden or temporary."""
    return name.startswith(".") or TEMPORARY_NAME.search(name) is not None


def _expand(path: Path) -> Iterator[Path]:
    """`path` itself when it is a file (named explicitly: always taken), else its files."""
    if path.is_dir():
        yield from _walk(path)
    elif path.is_file() or path.is_symlink():
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
        elif child.is_file() or (child.is_symlink() and not child.is_dir()):
            yield child  # a link to a file is a candidate: it is rejected, never followed
