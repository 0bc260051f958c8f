"""Company registration numbers, valid or deliberately broken, with their check digits.

us_ein   12-3456789          valid when the two-digit prefix is one the IRS assigns
cn_uscc  91330106MA2B1C2D3X  18 characters; last one a mod-31 check over the first 17
eu_vat   DE/FR/NL/IE         each country's own check digit(s)
uk_crn   09876543 / SC123456 format only (no check digit exists)
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

EIN_UNASSIGNED_PREFIXES = ("00", "07", "08", "09", "17", "18", "19", "28", "29", "49")
EIN_UNASSIGNED_PREFIXES += ("69", "70", "78", "79", "89", "96", "97")
# Every other prefix is assigned to an IRS campus (python-stdnum's us/ein.dat agrees).
EIN_ASSIGNED_PREFIXES = tuple(
    f"{n:02d}" for n in range(100) if f"{n:02d}" not in EIN_UNASSIGNED_PREFIXES
)

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
# Registration authority + entity type: 91 enterprise, N1 farmers' cooperative,
# Y1 other (e.g. unions' entities), A1 local authority body; 12 public institution.
USCC_HEADS = ("91", "91", "91", "92", "93", "N1", "Y1", "A1", "12")
IE_VAT_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"
DIGITS = "0123456789"


@dataclass(frozen=True)
class Registration:
    """A registration number as printed, its kind and whether it passes its check."""

    value: str
    kind: str
    valid: bool


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(count))


def _other_char(rng: random.Random, alphabet: str, right: str) -> str:
    return rng.choice([c for c in alphabet if c != right])


def ein(rng: random.Random, *, valid: bool) -> Registration:
    """A US Employer Identification Number; invalid ones use an unassigned prefix."""
    prefix = rng.choice(EIN_ASSIGNED_PREFIXES if valid else EIN_UNASSIGNED_PREFIXES)
    return Registration(f"{prefix}-{_digits(rng, 7)}", "us_ein", valid)


def uscc_check_char(body: str) -> str:
    """The 18th character of a Unified Social Credit Code over its first 17."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def org_code_check_char(body: str) -> str:
    """GB 11714 check character over an 8-character organisation code."""
    values = [int(c, 36) for c in body]
    check = 11 - sum(v * w for v, w in zip(values, ORG_CODE_WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def uscc(
    rng: random.Random, *, valid: bool, division: str = "330106", head: str | None = None
) -> Registration:
    """A Chinese USCC for an entity registered in `division` (a 6-digit area code).

    `head` is the registration authority and entity type (e.g. "91", or "N1" with a letter).
    """
    org_alphabet = USCC_ALPHABET.replace("X", "")
    org = "MA" + "".join(rng.choice(org_alphabet) for _ in range(6))
    if rng.random() < 0.4:
        org = _digits(rng, 8)
    body = (head or rng.choice(USCC_HEADS)) + division + org + org_code_check_char(org)
    check = uscc_check_char(body)
    if not valid:
        check = _other_char(rng, USCC_ALPHABET, check)
    return Registration(body + check, "cn_uscc", valid)


def mod_11_10_check_digit(body: str) -> str:
    """ISO 7064 MOD 11,10 check digit (German VAT numbers)."""
    product = 10
    for char in body:
        total = (int(char) + product) % 10 or 10
        product = (2 * total) % 11
    return str((11 - product) % 10)


def luhn_check_digit(body: str) -> str:
    """The Luhn digit that makes `body + digit` pass (French SIREN)."""
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char) * (2 if index % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return str((10 - total % 10) % 10)


def bsn_checksum(number: str) -> int:
    """Dutch 11-test over nine digits; 0 means valid."""
    return (sum((9 - i) * int(n) for i, n in enumerate(number[:8])) - int(number[8])) % 11


def mod_97_10_valid(text: str) -> bool:
    """ISO 7064 MOD 97-10 over 'NL' + number, letters as numbers (the newer Dutch VAT check)."""
    number = "".join(str(int(c, 36)) for c in text)
    return int(number) % 97 == 1


def _vat_de(rng: random.Random) -> tuple[str, str]:
    body = rng.choice("123456789") + _digits(rng, 7)
    return "DE" + body, mod_11_10_check_digit(body)


def _vat_fr(rng: random.Random) -> tuple[str, str]:
    body = rng.choice("3456789") + _digits(rng, 7)
    siren = body + luhn_check_digit(body)
    key = f"{(12 + 3 * (int(siren) % 97)) % 97:02d}"
    return f"FR{key[0]}", key[1] + siren


def _vat_nl(rng: random.Random) -> tuple[str, str]:
    while True:
        body = rng.choice("12345678") + _digits(rng, 7)
        check = (sum((9 - i) * int(n) for i, n in enumerate(body))) % 11
        if check < 10:
            return "NL" + body, f"{check}B01"


def _vat_ie(rng: random.Random) -> tuple[str, str]:
    body = _digits(rng, 7)
    total = sum((8 - i) * int(n) for i, n in enumerate(body))
    return "IE" + body, IE_VAT_LETTERS[total % 23]


VAT_MAKERS: dict[str, Callable[[random.Random], tuple[str, str]]] = {
    "DE": _vat_de,
    "FR": _vat_fr,
    "NL": _vat_nl,
    "IE": _vat_ie,
}


def _break_vat(rng: random.Random, head: str, tail: str) -> str:
    """Change the check character(s) so the number fails every check its country has."""
    country = head[:2]
    while True:
        if country == "IE":
            broken = head + _other_char(rng, IE_VAT_LETTERS, tail)
        elif country == "NL":
            broken = head + _other_char(rng, DIGITS, tail[0]) + tail[1:]
        elif country == "FR":
            broken = head[:2] + _other_char(rng, DIGITS, head[2]) + tail
        else:
            broken = head + _other_char(rng, DIGITS, tail)
        if country != "NL" or not (bsn_checksum(broken[2:11]) == 0 or mod_97_10_valid(broken)):
            return broken


def eu_vat(rng: random.Random, *, country: str, valid: bool) -> Registration:
    """An EU VAT number (DE, FR, NL or IE) with or without a correct check."""
    head, tail = VAT_MAKERS[country](rng)
    value = head + tail if valid else _break_vat(rng, head, tail)
    return Registration(value, "eu_vat", valid)


def uk_crn(rng: random.Random, *, scottish: bool = False) -> Registration:
    """A UK Companies House number: 8 digits, or SC + 6 digits in Scotland."""
    value = "SC" + _digits(rng, 6) if scottish else rng.choice("01") + _digits(rng, 7)
    return Registration(value, "uk_crn", True)
