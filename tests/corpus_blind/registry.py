"""Company registration numbers with real check digits (and deliberately broken ones)."""

from __future__ import annotations

import random

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
# Prefixes the IRS assigns (its "How EINs are assigned" page): 07-09, 17-19, 28, 29, 49, 69, 70,
# 78, 79, 89, 96 and 97 are not among them.
UNASSIGNED_EIN = {7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97}
EIN_PREFIXES = [p for p in range(1, 100) if p not in UNASSIGNED_EIN]


def _digits(rng: random.Random, n: int, first_nonzero: bool = True) -> list[int]:
    out = [rng.randint(0, 9) for _ in range(n)]
    if first_nonzero:
        out[0] = rng.randint(1, 9)
    return out


def _luhn_check(digits: list[int]) -> int:
    """Check digit that makes digits + [check] Luhn-valid."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10


def ein(rng: random.Random) -> str:
    return f"{rng.choice(EIN_PREFIXES):02d}-{rng.randint(0, 9_999_999):07d}"


def crn(rng: random.Random, scottish: bool = False) -> str:
    if scottish:
        return f"SC{rng.randint(100_000, 799_999)}"
    return f"{rng.randint(1_000_000, 15_999_999):08d}"


def _de(rng: random.Random) -> str:
    body = _digits(rng, 8)
    product = 10
    for d in body:
        s = (d + product) % 10 or 10
        product = (2 * s) % 11
    return "DE" + "".join(map(str, body)) + str((11 - product) % 10)


def _fr(rng: random.Random) -> str:
    head = _digits(rng, 8)
    siren = int("".join(map(str, [*head, _luhn_check(head)])))
    key = (12 + 3 * (siren % 97)) % 97
    return f"FR{key:02d}{siren:09d}"


def _nl(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 8)
        check = sum(d * (9 - i) for i, d in enumerate(body)) % 11
        if check < 10:
            return "NL" + "".join(map(str, body)) + f"{check}B{rng.randint(1, 19):02d}"


def _it(rng: random.Random) -> str:
    body = [*_digits(rng, 7), *map(int, f"{rng.randint(1, 100):03d}")]
    return "IT" + "".join(map(str, body)) + str(_luhn_check(body))


def _ie(rng: random.Random) -> str:
    body = _digits(rng, 7, first_nonzero=False)
    total = sum(d * (8 - i) for i, d in enumerate(body))
    return "IE" + "".join(map(str, body)) + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def _at(rng: random.Random) -> str:
    body = _digits(rng, 7)
    total = sum(d if i % 2 == 0 else (2 * d) // 10 + (2 * d) % 10 for i, d in enumerate(body))
    return "ATU" + "".join(map(str, body)) + str((6 - total) % 10)


def _be(rng: random.Random) -> str:
    head = int(f"0{rng.randint(2_000_000, 9_999_999)}")
    return f"BE0{head:07d}{97 - head % 97:02d}"


VAT = {"DE": _de, "FR": _fr, "NL": _nl, "IT": _it, "IE": _ie, "AT": _at, "BE": _be}


def eu_vat(country: str, rng: random.Random, valid: bool = True) -> str:
    vat = VAT[country](rng)
    return vat if valid else _break(vat, country)


def _nl_valid(vat: str) -> bool:
    body = [int(c) for c in vat[2:11]]
    mod11 = (sum(d * (9 - i) for i, d in enumerate(body[:8])) - body[8]) % 11 == 0
    mod97 = int("".join(str(int(c, 36)) for c in vat)) % 97 == 1
    return mod11 or mod97


def _break(vat: str, country: str) -> str:
    """Change exactly the check character so the number stays well-formed but fails."""
    if country == "NL":
        for step in range(1, 10):
            cand = f"{vat[:10]}{(int(vat[10]) + step) % 10}{vat[11:]}"
            if not _nl_valid(cand):
                return cand
        raise AssertionError(vat)
    if country == "FR":
        key = int(vat[2:4])
        return f"FR{(key + 7) % 97:02d}{vat[4:]}"
    else:
        pos = len(vat) - 1
    ch = vat[pos]
    if ch.isdigit():
        new = str((int(ch) + 3) % 10)
    else:
        letters = "WABCDEFGHIJKLMNOPQRSTUV"
        new = letters[(letters.index(ch) + 5) % 23]
    return vat[:pos] + new + vat[pos + 1 :]


def uscc_check(code17: str) -> str:
    total = sum(USCC_ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(code17))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def _org_code(rng: random.Random) -> str:
    """Nine-character organisation code with its own mod-11 check character."""
    if rng.random() < 0.5:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    # An X check is legal in old organisation codes but outside the USCC alphabet: keep digits.
    return body + ("0" if c9 in (10, 11) else str(c9))


def uscc(area: str, rng: random.Random, valid: bool = True, letter_first: bool = False) -> str:
    head = rng.choice(["Y1", "N2", "A1"]) if letter_first else rng.choice(["91", "91", "91", "92"])
    code17 = head + area + _org_code(rng)
    check = uscc_check(code17)
    if not valid:
        check = USCC_ALPHABET[(USCC_ALPHABET.index(check) + rng.randint(1, 30)) % 31]
    return code17 + check
