"""A document's text fingerprint: shingle hashes in reading order and their MinHash signature.

Computed at extraction, compared in the warehouse. Two fingerprints are comparable only when
their schemes are equal: the scheme names every choice that changes a hash.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

FINGERPRINT_VERSION = 1


class FingerprintScheme(BaseModel):
    """How the shingles and the signature were made (stored beside every signature)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = Field(FINGERPRINT_VERSION, description="Normalisation and tokenising rules.")
    word_n: int = Field(ge=1, description="Words per shingle where the script spaces its words.")
    char_n: int = Field(ge=1, description="Characters per shingle in CJK, Thai and like scripts.")
    num_perm: int = Field(ge=1, description="MinHash permutations (signature length).")
    seed: int = Field(ge=0, description="Seed of the MinHash permutations.")
    permutation: Literal["affine32"] = "affine32"
    shingle_hash: Literal["blake2b64"] = "blake2b64"

    @property
    def key(self) -> str:
        """A compact text naming the scheme, stored beside each signature."""
        return (
            f"v{self.version}:w{self.word_n}:c{self.char_n}:p{self.num_perm}:s{self.seed}:"
            f"{self.permutation}:{self.shingle_hash}"
        )


class Fingerprint(BaseModel):
    """Shingles of a document's text in reading order (running headers and footers left out).

    Offsets are characters into the document's text: its pages' texts joined by a blank line
    (`"\\n\\n"`), as `pages` stores them; `page_starts[i]` is where page i + 1 begins. Shingle i
    covers `[starts[i], ends[i])`.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    scheme: FingerprintScheme
    signature: list[int] = Field(description="MinHash values, one per permutation.")
    shingles: list[int] = Field(description="64-bit shingle hashes in reading order.")
    starts: list[int]
    ends: list[int]
    page_starts: list[int]
    text_chars: int = Field(ge=0, description="Characters of text the shingles were drawn from.")

    @model_validator(mode="after")
    def _aligned(self) -> Fingerprint:
        if not len(self.shingles) == len(self.starts) == len(self.ends):
            raise ValueError("shingles, starts and ends differ in length")
        if len(self.signature) != self.scheme.num_perm:
            raise ValueError("signature length differs from the scheme's permutations")
        return self
