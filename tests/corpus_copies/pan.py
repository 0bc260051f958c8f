"""PAN text-alignment measures (precision, recall, granularity, plagdet) and the PAN XML format.

Follows Potthast et al., "An Evaluation Framework for Plagiarism Detection" (COLING 2010) and the
PAN 2013 `perfmeasures` script: macro-averaged precision and recall over characters of both
documents, where a detection counts for a case only if it overlaps the case in the suspicious
document and in the source. A corpus folder holds `susp/`, `src/`, a `pairs` file ("susp src"
per line) and annotation XML files (`<feature name="plagiarism" this_offset=… this_length=…
source_reference=… source_offset=… source_length=…/>`) anywhere below it, so a real PAN corpus
in any language is read the same way as our generated one.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

TRUTH = "plagiarism"
DETECTED = "detected-plagiarism"


@dataclass(frozen=True)
class Feature:
    """A passage of a suspicious document and the source passage it matches."""

    suspicious: str
    this_offset: int
    this_length: int
    source: str
    source_offset: int
    source_length: int
    obfuscation: str = ""

    def this_range(self) -> range:
        return range(self.this_offset, self.this_offset + self.this_length)

    def source_range(self) -> range:
        return range(self.source_offset, self.source_offset + self.source_length)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    granularity: float
    plagdet: float
    cases: int
    detections: int


def overlap(first: range, second: range) -> range:
    return range(max(first.start, second.start), min(first.stop, second.stop))


def detects(detection: Feature, case: Feature) -> bool:
    """A detection detects a case when they share characters in both documents."""
    return (
        detection.suspicious == case.suspicious
        and detection.source == case.source
        and len(overlap(detection.this_range(), case.this_range())) > 0
        and len(overlap(detection.source_range(), case.source_range())) > 0
    )


def _covered(target: Feature, others: Iterable[Feature]) -> int:
    """Characters of `target` (both sides) inside the others that detect it or it detects."""
    this: set[int] = set()
    source: set[int] = set()
    for other in others:
        if detects(other, target):
            this.update(overlap(other.this_range(), target.this_range()))
            source.update(overlap(other.source_range(), target.source_range()))
    return len(this) + len(source)


def score(cases: Sequence[Feature], detections: Sequence[Feature]) -> Scores:
    """PAN's macro precision and recall, granularity and plagdet."""
    size = [case.this_length + case.source_length for case in cases]
    recall = (
        sum(_covered(case, detections) / n for case, n in zip(cases, size, strict=True) if n)
        / len(cases)
        if cases
        else 1.0
    )
    precision = (
        sum(
            _covered(found, cases) / (found.this_length + found.source_length)
            for found in detections
            if found.this_length + found.source_length
        )
        / len(detections)
        if detections
        else 1.0
    )
    detected = [[d for d in detections if detects(d, case)] for case in cases]
    hits = [len(found) for found in detected if found]
    granularity = sum(hits) / len(hits) if hits else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        precision, recall, granularity, f1 / math.log2(1 + granularity), len(cases), len(detections)
    )


def read_features(folder: Path, *, name: str = TRUTH) -> list[Feature]:
    """Every `<feature name=…>` of every XML annotation file below `folder`."""
    features = []
    for path in sorted(folder.rglob("*.xml")):
        root = ET.parse(path).getroot()
        for element in root.iter("feature"):
            if element.get("name") != name:
                continue
            features.append(
                Feature(
                    suspicious=root.get("reference", ""),
                    this_offset=int(element.get("this_offset", 0)),
                    this_length=int(element.get("this_length", 0)),
                    source=element.get("source_reference", ""),
                    source_offset=int(element.get("source_offset", 0)),
                    source_length=int(element.get("source_length", 0)),
                    obfuscation=element.get("obfuscation", element.get("type", "")),
                )
            )
    return features


def write_features(path: Path, suspicious: str, features: Sequence[Feature], *, name: str) -> None:
    """One PAN annotation file for one suspicious document."""
    root = ET.Element("document", reference=suspicious)
    for feature in features:
        ET.SubElement(
            root,
            "feature",
            name=name,
            obfuscation=feature.obfuscation or "none",
            this_offset=str(feature.this_offset),
            this_length=str(feature.this_length),
            source_reference=feature.source,
            source_offset=str(feature.source_offset),
            source_length=str(feature.source_length),
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def read_pairs(folder: Path) -> list[tuple[str, str]]:
    """The (suspicious, source) pairs of a PAN text-alignment corpus."""
    lines = (folder / "pairs").read_text(encoding="utf-8").splitlines()
    return [(parts[0], parts[1]) for parts in (line.split() for line in lines) if len(parts) == 2]


def write_pan(docs: Sequence, out: Path) -> None:
    """A generated world as a PAN corpus: every later document paired with every earlier one."""
    for folder in ("susp", "src"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    pairs = []
    for index, doc in enumerate(docs):
        (out / "src" / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
        (out / "susp" / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
        for earlier in docs[:index]:
            if earlier.language == doc.language:
                pairs.append(f"{doc.name}.txt {earlier.name}.txt")
        cases = [
            Feature(
                f"{doc.name}.txt",
                case.this_offset,
                case.this_length,
                f"{case.source}.txt",
                case.source_offset,
                case.source_length,
                case.obfuscation,
            )
            for case in doc.cases
        ]
        if cases:
            write_features(out / "truth" / f"{doc.name}.xml", f"{doc.name}.txt", cases, name=TRUTH)
    (out / "pairs").write_text("\n".join(pairs) + "\n", encoding="utf-8")
