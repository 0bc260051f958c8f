"""Company registration ids found by their labels, normalised and checked.

Kinds and checks:

- `us_ein`: a US Employer Identification Number, `12-3456789`, prefix assigned by the IRS;
  labelled before it, or on an SEC cover by the caption below it.
- `cn_uscc`: a Chinese Unified Social Credit Code, 18 characters with a mod-31 check
  character (`validate_uscc`). An unlabelled token of the code's shape counts too when it
  holds a letter or its checksum holds (18-digit account and id-card numbers do not).
- `eu_vat`: a VAT number with its country prefix (python-stdnum); a UK `GB` number is checked
  by the UK rules, a Swiss `CHE` UID by the Swiss ones, an unprefixed one is valid when it is
  valid for some EU country.
- `uk_crn`: a Companies House number, 8 characters (`SC123456`, `01234567`; shorter all-digit
  numbers are zero-padded, as Companies House prints them).
- `other`: KvK, SIREN (Luhn-checked; also as the RCS number), HRB, Indian CIN, a generic
  "Registration number"; checked for shape only. An SEC file number ("Registration No.
  333-146431") is none.

A label may stand at the end of the line above its id ("its USt-IdNr. is" / "DE345236580").

`start`, `end` and `text` locate the id itself, not its label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from stdnum.ch import uid as ch_uid
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError
from stdnum.fr import siren
from stdnum.gb import vat as gb_vat
from stdnum.us import ein as us_ein

from extractors import patterns

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_LENGTH = 18
CRN_LENGTH = 8
MIN_VAT_LENGTH = 8  # the shortest EU VAT number with its prefix (e.g. MT12345678 is 10)


@dataclass(frozen=True, slots=True)
class RegistrationId:
    """A registration id as printed, normalised, with its kind and whether it checks out."""

    value: str
    kind: str
    valid: bool
    start: int
    end: int
    text: str


def validate_uscc(code: str) -> bool:
    """Whether a Unified Social Credit Code has 18 allowed characters and a true check char.

    Codes starting with a letter (`A`, `N`, `Y`: non-business registrants) are valid when the
    checksum holds; python-stdnum's `cn.uscc` rejects them, so it is not used here.
    """
    code = code.strip().upper()
    if len(code) != USCC_LENGTH or any(char not in USCC_ALPHABET for char in code):
        return False
    total = sum(USCC_ALPHABET.index(char) * (3**i % 31) for i, char in enumerate(code[:-1]))
    return USCC_ALPHABET[(31 - total % 31) % 31] == code[-1]


def validate_ein(ein: str) -> bool:
    """Whether a US EIN has nine digits and a prefix the IRS assigns."""
    return bool(us_ein.is_valid(ein))


def validate_eu_vat(vat: str) -> bool:
    """Whether a VAT number (country prefix included) passes its country's check.

    `GB` numbers, no longer in the EU list, are checked by the UK rules; a number without a
    prefix is valid when some EU country's rules accept it.
    """
    compact = patterns.ID_SEPARATORS.sub("", vat).upper()
    if compact.startswith("GB"):
        return bool(gb_vat.is_valid(compact))
    if compact.startswith("CHE"):  # a Swiss UID (MWST), checked by the Swiss rules
        return bool(ch_uid.is_valid(compact[:12]))
    if compact[:2].isalpha():
        return bool(eu_vat.is_valid(compact))
    try:
        return bool(eu_vat.guess_country(compact))
    except ValidationError:
        return False


def find_registration_ids(text: str) -> list[RegistrationId]:
    """Every labelled registration id (and an unlabelled USCC or EU VAT number whose checksum
    holds) in text, in order, no overlaps."""
    found: list[RegistrationId] = []
    for pattern, read in LABELLED:
        for match in pattern.finditer(text):
            registration = read(match)
            if registration is not None and not _overlaps(found, registration):
                found.append(registration)
    for match in patterns.USCC_TOKEN.finditer(text):
        registration = _uscc(match)
        if _overlaps(found, registration):
            continue
        if validate_uscc(registration.value) or not registration.value.isdigit():
            found.append(registration)
    # A VAT number whose label wrapped away from it ("Intra-community IE2488060L" / "VAT
    # number") is still one: its checksum says so.
    for match in patterns.EU_VAT_TOKEN.finditer(text):
        registration = _registration(match, match["value"], "eu_vat", True)
        if validate_eu_vat(match["value"]) and not _overlaps(found, registration):
            found.append(registration)
    return sorted(found, key=lambda registration: registration.start)


def _ein(match: re.Match[str]) -> RegistrationId:
    digits = re.sub(r"\D", "", match["value"])
    return _registration(match, f"{digits[:2]}-{digits[2:]}", "us_ein", validate_ein(digits))


def _uscc(match: re.Match[str]) -> RegistrationId:
    value = match["value"].upper()
    return _registration(match, value, "cn_uscc", validate_uscc(value))


def _vat(match: re.Match[str]) -> RegistrationId | None:
    value = patterns.ID_SEPARATORS.sub("", match["value"]).upper()
    if len(value) < MIN_VAT_LENGTH:
        return None  # "VAT 20%" and the like
    return _registration(match, value, "eu_vat", validate_eu_vat(value))


def _crn(match: re.Match[str]) -> RegistrationId:
    value = patterns.ID_SEPARATORS.sub("", match["value"]).upper()
    value = value.zfill(CRN_LENGTH) if value.isdigit() else value
    return _registration(match, value, "uk_crn", bool(patterns.CRN_SHAPE.fullmatch(value)))


def _siren(match: re.Match[str]) -> RegistrationId:
    value = patterns.ID_SEPARATORS.sub("", match["value"])
    return _registration(match, value, "other", bool(siren.is_valid(value)))


def _shaped(match: re.Match[str]) -> RegistrationId | None:
    """KvK, HRB, CIN and generic registration numbers: the pattern is the only check.

    A generic number shaped like a USCC or a hyphenated EIN is read as one. Other ids keep
    their hyphens and slashes (`2015/123456/07`), which can be part of the number.
    """
    value = "".join(match["value"].split()).upper()
    if not any(char.isdigit() for char in value) or patterns.SEC_FILE_NUMBER.fullmatch(value):
        return None
    if len(value) == USCC_LENGTH and patterns.USCC_TOKEN.fullmatch(value):
        return _registration(match, value, "cn_uscc", validate_uscc(value))
    if patterns.EIN_SHAPE.fullmatch(value) and "-" in value:
        return _registration(match, value, "us_ein", validate_ein(value))
    return _registration(match, value, "other", True)


def _registration(match: re.Match[str], value: str, kind: str, valid: bool) -> RegistrationId:
    start, end = match.span("value")
    return RegistrationId(value, kind, valid, start, end, match["value"])


def _overlaps(found: list[RegistrationId], new: RegistrationId) -> bool:
    return any(new.start < old.end and old.start < new.end for old in found)


LABELLED: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], RegistrationId | None]], ...] = (
    (patterns.USCC_ID, _uscc),
    (patterns.EIN_ID, _ein),
    (patterns.EIN_ID_BELOW, _ein),
    (patterns.VAT_ID, _vat),
    (patterns.CRN_ID, _crn),
    (patterns.SIREN_ID, _siren),
    (patterns.CIN_ID, _shaped),
    (patterns.KVK_ID, _shaped),
    (patterns.HRB_ID, _shaped),
    (patterns.REGISTRATION_NO_ID, _shaped),
)
"""Most specific first: a span claimed by one kind is not read again by a later one."""
