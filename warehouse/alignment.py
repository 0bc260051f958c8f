"""Passage alignment of two shingle sequences by seed and extend.

Seeds are positions where both documents have the same shingle hash. A seed extends the chain
whose last seed lies a short step before it in both documents, so a changed word (which breaks
the few shingles over it) or a changed number leaves one chain; chains long enough become
passages, and neighbouring passages whose sources lie close together merge into one, so
reordered sentences of a paragraph come out as one passage, as a reader would mark them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

DEFAULT_GAP = 12
"""Shingles a chain may skip in either document: a changed word breaks `word_n` of them."""
DEFAULT_MIN_SEEDS = 8
"""Seeds a passage needs: ~12 words copied in a row, longer than a stock phrase or a heading."""
DEFAULT_MIN_PASSAGE_SEEDS = 12
"""Seeds a reported passage needs once neighbours are merged: a lone short match is chance."""
DEFAULT_MIN_PASSAGE_CHARS = 32
"""Characters a reported passage spans: binds for CJK, where 12 shingles span ~20 characters."""
DEFAULT_MERGE_GAP = 20
DEFAULT_MERGE_SOURCE_GAP = 40
DEFAULT_MAX_REPEATS = 4
"""A shingle printed more often than this in one document (a table label) seeds nothing."""

Hashes = npt.NDArray[np.uint64]
Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Shingles:
    """A document's shingle hashes in reading order and their character spans."""

    hashes: Hashes
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]

    @classmethod
    def of(
        cls,
        hashes: Sequence[int] | Hashes,
        starts: Sequence[int] | npt.NDArray[np.int64],
        ends: Sequence[int] | npt.NDArray[np.int64],
    ) -> Shingles:
        return cls(
            np.asarray(hashes, dtype=np.uint64),
            np.asarray(starts, dtype=np.int64),
            np.asarray(ends, dtype=np.int64),
        )

    def __len__(self) -> int:
        return len(self.hashes)


@dataclass
class Passage:
    """Aligned shingle ranges (inclusive) of the later document and its source."""

    first: int
    last: int
    source_first: int
    source_last: int
    seeds: int
    head: int = -1
    """The source shingle aligned with `first` (-1: none yet); `tail`, with `last`."""
    tail: int = -1

    @property
    def length(self) -> int:
        return self.last - self.first + 1


def seeds(later: Hashes, source: Hashes, *, usable: Mask) -> npt.NDArray[np.int64]:
    """(later index, source index) pairs of equal hashes, sorted; repeated shingles left out."""
    order = np.argsort(source, kind="stable")
    ordered = source[order]
    left = np.searchsorted(ordered, later, side="left")
    counts = np.searchsorted(ordered, later, side="right") - left
    _, inverse, later_counts = np.unique(later, return_inverse=True, return_counts=True)
    keep = usable & (counts > 0) & (counts <= DEFAULT_MAX_REPEATS)
    keep &= later_counts[inverse] <= DEFAULT_MAX_REPEATS
    index = np.flatnonzero(keep)
    reps = counts[index]
    within = np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)
    pairs = np.column_stack([np.repeat(index, reps), order[np.repeat(left[index], reps) + within]])
    return pairs.astype(np.int64)


def chains(pairs: npt.NDArray[np.int64], *, gap: int = DEFAULT_GAP) -> list[Passage]:
    """Seeds grouped into chains that advance in both documents by at most `gap` per step."""
    done: list[Passage] = []
    active: list[Passage] = []
    last_source: list[int] = []
    for later, source in pairs.tolist():
        best, best_skew = -1, gap + 1
        for index, chain in enumerate(active):
            step, source_step = later - chain.last, source - last_source[index]
            if 0 < step <= gap and 0 < source_step <= gap and abs(step - source_step) < best_skew:
                best, best_skew = index, abs(step - source_step)
        if best < 0:
            active.append(Passage(later, later, source, source, 1, source, source))
            last_source.append(source)
        else:
            chain = active[best]
            chain.last, chain.seeds = later, chain.seeds + 1
            chain.source_first = min(chain.source_first, source)
            chain.source_last = max(chain.source_last, source)
            chain.tail = source
            last_source[best] = source
        if any(later - chain.last > gap for chain in active):
            done += [chain for chain in active if later - chain.last > gap]
            alive = [i for i, chain in enumerate(active) if later - chain.last <= gap]
            active, last_source = [active[i] for i in alive], [last_source[i] for i in alive]
    return done + active


def align(
    later: Shingles,
    source: Shingles,
    *,
    usable: Mask | None = None,
    min_seeds: int = DEFAULT_MIN_SEEDS,
) -> list[Passage]:
    """The passages of `later` copied from `source`, in reading order of `later`.

    `usable` marks the shingles of `later` that may seed; the others (boilerplate) are left
    out of both documents before aligning, so a stock phrase inside a copied paragraph neither
    seeds nor breaks its chain.
    """
    mask = np.ones(len(later), dtype=bool) if usable is None else usable
    source_mask = ~np.isin(source.hashes, later.hashes[~mask])
    kept, source_kept = np.flatnonzero(mask), np.flatnonzero(source_mask)
    pairs = seeds(later.hashes[kept], source.hashes[source_kept], usable=np.ones(len(kept), bool))
    found = [chain for chain in chains(pairs) if chain.seeds >= min_seeds]
    passages = merged(sorted(_without_overlaps(found), key=lambda passage: passage.first))
    grown = [
        extended(_uncompressed(p, kept, source_kept), later.hashes, source.hashes)
        for p in passages
        if p.seeds >= DEFAULT_MIN_PASSAGE_SEEDS
    ]
    return [
        p for p in grown if later.ends[p.last] - later.starts[p.first] >= DEFAULT_MIN_PASSAGE_CHARS
    ]


def _uncompressed(
    passage: Passage, kept: npt.NDArray[np.intp], source_kept: npt.NDArray[np.intp]
) -> Passage:
    """A passage found among the usable shingles, in positions of the whole documents."""
    return Passage(
        int(kept[passage.first]),
        int(kept[passage.last]),
        int(source_kept[passage.source_first]),
        int(source_kept[passage.source_last]),
        passage.seeds,
        int(source_kept[passage.head]),
        int(source_kept[passage.tail]),
    )


def extended(passage: Passage, later: Hashes, source: Hashes) -> Passage:
    """The passage grown over equal shingles at both ends (a repeated or boilerplate shingle
    seeds nothing, but where it continues a copied passage it belongs to it)."""
    first, head = passage.first, passage.head
    while first > 0 and head > 0 and later[first - 1] == source[head - 1]:
        first, head = first - 1, head - 1
    last, tail = passage.last, passage.tail
    while last + 1 < len(later) and tail + 1 < len(source) and later[last + 1] == source[tail + 1]:
        last, tail = last + 1, tail + 1
    return Passage(
        first,
        last,
        min(passage.source_first, head),
        max(passage.source_last, tail),
        passage.seeds,
        head,
        tail,
    )


def merged(passages: Sequence[Passage]) -> list[Passage]:
    """Neighbouring passages whose sources lie close together, as one passage each."""
    result: list[Passage] = []
    for passage in passages:
        previous = result[-1] if result else None
        if previous is not None and _near(previous, passage):
            previous.last = max(previous.last, passage.last)
            previous.source_first = min(previous.source_first, passage.source_first)
            previous.source_last = max(previous.source_last, passage.source_last)
            if passage.last >= previous.last:
                previous.tail = passage.tail
            previous.seeds += passage.seeds
        else:
            result.append(Passage(**vars(passage)))
    return result


def covered(passages: Sequence[Passage], size: int) -> Mask:
    """Which of `size` shingle positions of the later document the passages cover."""
    mask = np.zeros(size, dtype=bool)
    for passage in passages:
        mask[passage.first : passage.last + 1] = True
    return mask


def union(masks: Sequence[Mask], size: int) -> Mask:
    """Positions any of the masks marks."""
    result = np.zeros(size, dtype=bool)
    for mask in masks:
        result |= mask
    return result


def share(mask: Mask) -> float:
    """The share of True in `mask`; 0 for an empty one."""
    return float(mask.sum()) / max(1, len(mask))


def _near(first: Passage, second: Passage) -> bool:
    """Whether two passages, in this order in the later document, read as one."""
    if second.first - first.last > DEFAULT_MERGE_GAP:
        return False
    apart = max(second.source_first - first.source_last, first.source_first - second.source_last)
    return apart <= DEFAULT_MERGE_SOURCE_GAP


def _without_overlaps(found: Sequence[Passage]) -> list[Passage]:
    """Chains of the same later text against repeated source text: the longest one wins."""
    kept: list[Passage] = []
    taken = np.zeros(max((chain.last + 1 for chain in found), default=0), dtype=bool)
    for chain in sorted(found, key=lambda chain: -chain.seeds):
        span = taken[chain.first : chain.last + 1]
        if span.mean() < 0.5:
            kept.append(chain)
            span[:] = True
    return kept
