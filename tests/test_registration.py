"""Registration ids: finding, normalising and checking them (extractors.registration)."""

import pytest
from stdnum.cn import uscc as stdnum_uscc

from extractors.labels import unwrap_labels
from extractors.registration import (
    find_registration_ids,
    validate_ein,
    validate_eu_vat,
    validate_uscc,
)

# Check characters computed by hand from the GB 32100-2015 rule, not by the code under test.
VALID_USCC = [
    "91330106MA27XY8H1W",
    "91110108551385082Q",
    "91440300MA5ELPB3K2",
    "121000004000090907",
]
VALID_LETTER_FIRST_USCC = ["Y1330100MA28ABCD19", "N2110000MA0G4F1K38", "A1440300MA5F123451"]


@pytest.mark.parametrize("code", [*VALID_USCC, *VALID_LETTER_FIRST_USCC])
def test_validate_uscc_accepts(code):
    assert validate_uscc(code)


@pytest.mark.parametrize("code", VALID_USCC)
def test_validate_uscc_agrees_with_stdnum_on_digit_first_codes(code):
    assert stdnum_uscc.is_valid(code) == validate_uscc(code)


def test_stdnum_still_rejects_letter_first_codes():
    """Why python-stdnum is not used for USCC: it rejects valid codes starting with a letter."""
    assert not stdnum_uscc.is_valid(VALID_LETTER_FIRST_USCC[0])


@pytest.mark.parametrize(
    "code",
    [
        "91330106MA27XY8H1X",  # flipped check character
        "91330106MA27XY8H2W",  # flipped body character
        "Y1330100MA28ABCD18",
        "91330106MA27XY8H1",  # 17 characters
        "91330106MA27XY8H1WW",  # 19 characters
        "9133O106MA27XY8H1W",  # O is not in the alphabet
        "91330106MI27XY8H1W",  # nor is I
        "91330106MA27XS8H1W",  # nor is S
        "91330106MA27XY8H1Z",  # nor is Z
        "91330106MA27XV8H1W",  # nor is V
        "",
    ],
)
def test_validate_uscc_rejects(code):
    assert not validate_uscc(code)


@pytest.mark.parametrize(
    ("ein", "expected"),
    [
        ("12-3456789", True),
        ("123456789", True),
        ("04-2103594", True),
        ("00-1234567", False),  # prefix never assigned
        ("07-1234567", False),
        ("12-345678", False),
        ("AB-3456789", False),
    ],
)
def test_validate_ein(ein, expected):
    assert validate_ein(ein) == expected


@pytest.mark.parametrize(
    ("vat", "expected"),
    [
        ("DE136695976", True),
        ("DE 136 695 976", True),
        ("FR40303265045", True),
        ("GB980780684", True),  # UK rules
        ("136695976", True),  # no prefix: valid for some EU country
        ("DE136695977", False),
        ("FR40303265046", False),
        ("GB980780685", False),
        ("XX123456789", False),
    ],
)
def test_validate_eu_vat(vat, expected):
    assert validate_eu_vat(vat) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EIN: 12-3456789", [("12-3456789", "us_ein", True)]),
        ("Employer Identification Number (EIN): 04-2103594", [("04-2103594", "us_ein", True)]),
        ("Federal Tax ID 123456789", [("12-3456789", "us_ein", True)]),
        ("EIN 00-1234567", [("00-1234567", "us_ein", False)]),
        (
            "Unified Social Credit Code: 91330106MA27XY8H1W",
            [("91330106MA27XY8H1W", "cn_uscc", True)],
        ),
        ("统一社会信用代码：91330106MA27XY8H1X", [("91330106MA27XY8H1X", "cn_uscc", False)]),
        ("USCC 9133010MA27XY8H1", [("9133010MA27XY8H1", "cn_uscc", False)]),  # wrong length
        ("USCC: y1330100ma28abcd19", [("Y1330100MA28ABCD19", "cn_uscc", True)]),
        ("The code 91110108551385082Q is printed.", [("91110108551385082Q", "cn_uscc", True)]),
        ("代码91330106MA27XY8H1W", [("91330106MA27XY8H1W", "cn_uscc", True)]),
        ("VAT No. DE136695976", [("DE136695976", "eu_vat", True)]),
        ("VAT Registration No.: GB 980 7806 84", [("GB980780684", "eu_vat", True)]),
        ("USt-IdNr.: DE 136 695 976", [("DE136695976", "eu_vat", True)]),
        ("N° TVA : FR40303265045", [("FR40303265045", "eu_vat", True)]),
        ("VAT ID: DE136695977", [("DE136695977", "eu_vat", False)]),
        ("UID-Nr. ATU13585627", [("ATU13585627", "eu_vat", True)]),
        ("Umsatzsteuer-ID: DE136695976", [("DE136695976", "eu_vat", True)]),
        ("TVA intracom. FR40303265045", [("FR40303265045", "eu_vat", True)]),
        ("Employer ID No.: 12-3456789", [("12-3456789", "us_ein", True)]),
        ("BTW-id: NL293066438B08", [("NL293066438B08", "eu_vat", False)]),
        ("VAT-ID: DE136695976", [("DE136695976", "eu_vat", True)]),
        ("MwSt-Nr. CHE-116.281.710", [("CHE116281710", "eu_vat", True)]),
        ("Registered in England & Wales, 06893801", [("06893801", "uk_crn", True)]),
        ("RCS Paris B 732 829 320", [("732829320", "other", True)]),
        ("Chamber of Commerce (KvK) number: 12345678", [("12345678", "other", True)]),
        # A label wrapped away from its id: the checksum alone vouches for it.
        ("Intra-community DE136695976\nVAT number", [("DE136695976", "eu_vat", True)]),
        ("Company number 01234567", [("01234567", "uk_crn", True)]),
        ("Registered in England and Wales No. 1234567", [("01234567", "uk_crn", True)]),
        ("Company No. SC123456", [("SC123456", "uk_crn", True)]),
        ("SIREN 732 829 320", [("732829320", "other", True)]),
        ("SIREN 732 829 321", [("732829321", "other", False)]),
        ("KvK 12345678", [("12345678", "other", True)]),
        ("Amtsgericht München HRB 123456", [("HRB123456", "other", True)]),
        ("CIN: U72900KA2015PTC012345", [("U72900KA2015PTC012345", "other", True)]),
        ("Registration number: ABC-12345", [("ABC-12345", "other", True)]),
        ("Reg. No. 2015/123456/07", [("2015/123456/07", "other", True)]),
        ("Registration No. 91330106MA27XY8H1W", [("91330106MA27XY8H1W", "cn_uscc", True)]),
        (
            "EIN 12-3456789; VAT No. DE136695976",
            [("12-3456789", "us_ein", True), ("DE136695976", "eu_vat", True)],
        ),
    ],
)
def test_find_registration_ids(text, expected):
    found = find_registration_ids(text)
    assert [(r.value, r.kind, r.valid) for r in found] == expected
    assert all(text[r.start : r.end] == r.text for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "VAT 20% applies",
        "prices include VAT.",
        "account 622202100000000000 and id 110101199003070000",  # 18 digits, checksum fails
        "Call 415-555-0100",
        "Series A, 1,250,000 shares",
        "Registration number: pending",
        "part DE136695977 ships today",  # VAT-shaped, no label, checksum fails
        "",
    ],
)
def test_find_registration_ids_ignores(text):
    assert find_registration_ids(text) == []


def test_find_registration_ids_points_at_the_id_not_the_label():
    text = "Employer Identification Number (EIN): 04-2103594."
    (found,) = find_registration_ids(text)
    assert (found.start, found.end, found.text) == (38, 48, "04-2103594")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The label at the end of one line, the id on the next.
        ("and its USt-IdNr. is\nDE345236580.", ("DE345236580", "eu_vat")),
        ("VAT number:\nIE8294986Q", ("IE8294986Q", "eu_vat")),
        # A table whose label column wraps the label under the id.
        ("Company registration  12983606\nnumber\nBusiness model", ("12983606", "uk_crn")),
        (
            "Company  12147947\nDate of this document: 10th November 2024\nregistration number",
            ("12147947", "uk_crn"),
        ),
        ("Registered in England  15262125\nand Wales No.", ("15262125", "uk_crn")),
        (  # a label over three lines, another table's cells beside it
            "Registered in  04965404\nEngland and  Minimum investment  GBP 10\n"
            "Wales No.  Stake available to investors 12.00%",
            ("04965404", "uk_crn"),
        ),
        # An SEC cover: the caption under the EIN.
        (
            "Delaware  46-2078182\n(State or other jurisdiction of incorporation)  "
            "(I.R.S. Employer Identification No.)",
            ("46-2078182", "us_ein"),
        ),
        ("Tax ID: 16-6624364", ("16-6624364", "us_ein")),
        ("N° TVA intracommunautaire: FR 86 513 738 732", ("FR86513738732", "eu_vat")),
        ("P.IVA IT 77158750719", ("IT77158750719", "eu_vat")),
        ("BTW-nummer NL8346.35.574.B04", ("NL834635574B04", "eu_vat")),
        (  # a label wrapped before its last word
            "Identity  Acme Software AG (VAT reg.\nno. DE136695976)\nLegal form  AG",
            ("DE136695976", "eu_vat"),
        ),
    ],
)
def test_ids_with_their_label_on_another_line_or_cell(text, expected):
    found = find_registration_ids(unwrap_labels(text))
    assert [(r.value, r.kind) for r in found][:1] == [expected]


def test_an_sec_file_number_is_no_registration_id():
    assert find_registration_ids("Registration No. 333-146431") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Company registration  12983606\nnumber", "Company registration number  12983606"),
        (
            "Amount sought  £300k  Date of  10th June 2021\nSmallest ticket  £250  incorporation",
            "Amount sought  £300k  Date of incorporation  10th June 2021\nSmallest ticket  £250",
        ),
        # A value that looks like a label is not one: labels and values alternate.
        (
            "Identity  Fernlight Bio UG  Minimum  €5 000\n(haftungsbeschränkt)  subscription",
            "Identity  Fernlight Bio UG  Minimum  €5 000\n(haftungsbeschränkt)  subscription",
        ),
        ("Revenue grew.\nthe end", "Revenue grew.\nthe end"),
        # A row between, its label and value a word apart, is another row: the tail below it
        # is its label's, not the label above's.
        (
            "EIN  15-0833071\nIncorporation December 25, 2022\ndate",
            "EIN  15-0833071\nIncorporation December 25, 2022\ndate",
        ),
    ],
)
def test_unwrap_labels(text, expected):
    assert unwrap_labels(text) == expected
