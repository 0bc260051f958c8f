"""Characters as a reader sees them, before anything reads the text.

PDFs print the same text with different characters: full-width digits (１２０万), ligatures (ﬁ),
no-break and ideographic spaces, soft hyphens, and, from fonts that build accented letters by
overprinting (TeX's OT1), a spacing accent beside its letter ("Gesch¨aftsmodell"). Each run's
text is normalised before the page text is joined from the runs, so character offsets into the
page text still lead back to the runs and their boxes.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

from schemas import TextRun

# Spacing accents a font may print beside their letter, each with its combining mark (by name:
# DIAERESIS → COMBINING DIAERESIS).
SPACING_ACCENTS = "¨´`ˆ˜ˇ˘˙˚˝¯¸˛"
ACCENTS_BELOW = "¸˛"  # cedilla and ogonek are printed after their letter ("c¸a" is "ça")
APOSTROPHE_ACCENTS = "´`"  # also typed for an apostrophe: "company´s" is no "companyś"
CLITICS = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})  # what follows such an apostrophe
DOTTED = {"ı": "i", "ȷ": "j"}  # TeX sets an accent on a dotless i or j ("na¨ıve" is "naïve")
INVISIBLE = "\u00ad\u200b\u2060\ufeff"  # soft hyphen, zero-width space, word joiner, BOM
# NFKC, but not where a compatibility form would become digits that run into an amount
# ("1,234¹" → "1,2341", "①2024年", "½", "100㎡" → "100m2"), and not CJK clause punctuation,
# which Chinese text prints as its own ("（或股东权益）", "100，200，300" is three amounts).
KEEP_TAGS = frozenset({"<super>", "<sub>", "<circle>", "<fraction>", "<square>"})
KEEP_WIDE = "，：；（）！？"


def normalise_text(text: str) -> str:
    """One line of text with compatibility forms folded (NFKC: full-width digits and Latin,
    ligatures, no-break spaces), spacing accents joined to their letters, invisible characters
    removed and spaces single."""
    if text.isascii() and "`" not in text:
        return " ".join(text.split())
    if any(accent in text for accent in SPACING_ACCENTS):
        text = _accents_joined(text)
    text = unicodedata.normalize("NFC", text.translate(_compatibility_table()))
    return " ".join(text.split())


def normalise_runs(runs: Sequence[TextRun]) -> list[TextRun]:
    """Runs with their text normalised; a run left with no text is dropped."""
    normalised = []
    for run in runs:
        text = normalise_text(run.text)
        if text:
            normalised.append(run if text == run.text else run.model_copy(update={"text": text}))
    return normalised


def _accents_joined(text: str) -> str:
    """Each spacing accent joined to the letter it sits on: the next letter ("Gesch¨aft",
    "caf´e"), or the one before where only that makes a letter ("Gescha¨ft"); a cedilla or an
    ogonek, the one before first ("Franc¸ais")."""
    chars: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        mark = _combining_marks().get(char)
        if mark is None or (char in APOSTROPHE_ACCENTS and _clitic_after(text, index)):
            chars.append(char)
            index += 1
            continue
        after = _joined(text[index + 1 : index + 2], mark)
        behind = _joined(chars[-1], mark) if chars else None
        if after is not None and (behind is None or char not in ACCENTS_BELOW):
            chars.append(after)
            index += 2
            continue
        if behind is not None:
            chars[-1] = behind
        else:
            chars.append(char)
        index += 1
    return "".join(chars)


def _joined(letter: str, mark: str) -> str | None:
    """The precomposed letter with the mark, if Unicode has one."""
    if not letter.isalpha():
        return None
    joined = unicodedata.normalize("NFC", DOTTED.get(letter, letter) + mark)
    return joined if len(joined) == 1 else None


def _clitic_after(text: str, index: int) -> bool:
    """An apostrophe between letters before an English ending: "it´s", "don´t", "we´ll"."""
    if index == 0 or not text[index - 1].isalpha():
        return False
    end = index + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[index + 1 : end].lower() in CLITICS


@functools.cache
def _combining_marks() -> dict[str, str]:
    marks = {}
    for accent in SPACING_ACCENTS:
        name = unicodedata.name(accent).removeprefix("MODIFIER LETTER ").removeprefix("SMALL ")
        marks[accent] = unicodedata.lookup(f"COMBINING {name}")
    return marks


@functools.cache
def _compatibility_table() -> dict[int, str]:
    """Each character of the Basic Multilingual Plane that NFKC changes, to what it becomes."""
    table: dict[int, str] = {ord(char): "" for char in INVISIBLE}
    for code in range(0x10000):
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        tag = unicodedata.decomposition(char).split(" ")[0]
        if folded != char and tag not in KEEP_TAGS and char not in KEEP_WIDE + SPACING_ACCENTS:
            table[code] = folded
    return table
