"""Dates and fiscal years (extractors.dates)."""

import datetime as dt

import pytest

from extractors.dates import find_dates, fiscal_year_in, parse_date

MARCH_31 = dt.date(2025, 3, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 March 2025", MARCH_31),
        ("March 31, 2025", MARCH_31),
        ("MARCH 31, 2025", MARCH_31),
        ("31st March 2025", MARCH_31),
        ("31st of March, 2025", MARCH_31),
        ("Mar. 31, 2025", MARCH_31),
        ("Monday, March 31, 2025", MARCH_31),
        ("31-Mar-2025", MARCH_31),
        ("31-Mar-25", MARCH_31),
        ("2025-03-31", MARCH_31),
        ("2025/3/31", MARCH_31),
        ("31/03/2025", MARCH_31),  # first number > 12: day-first
        ("03/31/2025", MARCH_31),  # second number > 12: US month-first
        ("31.03.2025", MARCH_31),
        ("31-03-2025", MARCH_31),
        ("31/03/25", MARCH_31),
        ("2025年3月31日", MARCH_31),
        ("2025 年 3 月 31 日", MARCH_31),
        ("09/10/2023", dt.date(2023, 10, 9)),  # both <= 12: day-first
        ("1 May 2024", dt.date(2024, 5, 1)),
        ("Sept 1, 2024", dt.date(2024, 9, 1)),
        ("29 February 2024", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "March 2025",  # no day
        "31/02/2025",  # no such day
        "29 February 2023",
        "13/13/2025",
        "v1.2.3",
        "1.2.23",  # two-digit years only with "/"
        "2025",
        "24/7",
        "Call 555-12-34",
        "31 March 1850",  # outside 1900-2100
        "",
    ],
)
def test_parse_date_rejects(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 2025", dt.date(2025, 3, 1)),
        ("in Sept 2024", dt.date(2024, 9, 1)),
        ("2025年3月", dt.date(2025, 3, 1)),
        ("due 31 March 2025", MARCH_31),  # a full date still wins
    ],
)
def test_parse_date_allow_month(text, expected):
    assert parse_date(text, allow_month=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The offer opens on 1 Jan 2025 and closes on March 31, 2025.",
            [(dt.date(2025, 1, 1), "1 Jan 2025"), (MARCH_31, "March 31, 2025")],
        ),
        ("截止日期为2025年3月31日。", [(MARCH_31, "2025年3月31日")]),
        ("Signed 31/03/2025 in Berlin", [(MARCH_31, "31/03/2025")]),
        ("From March 2025 for 24/7 support, v2.1.3", []),
    ],
)
def test_find_dates(text, expected):
    assert [(date, text[start:end]) for date, start, end in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FY2023", 2023),
        ("FY 2023", 2023),
        ("fy23", 2023),
        ("FY2023/24", 2024),
        ("2023", 2023),
        ("31 Dec 2023", 2023),
        ("Year ended 31 December 2023", 2023),
        ("2023年", 2023),
        ("2023年度", 2023),
        ("2023年12月31日", 2023),
        ("2023/24", 2024),  # the year in which the fiscal year ends
        ("Sales reached €4,816,000.00 in 2023/24.", 2024),  # the sentence ends after it
        ("2023-2024", 2024),
        ("2023–24", 2024),
        ("As of 09/10/2023", 2023),
        ("Dec-23", 2023),
        ("December 2022", 2022),
        ("Audited 2022 (restated)", 2022),
        ("Note", None),
        ("Note 12", None),
        ("1,250", None),
        ("$2023", None),
        ("", None),
    ],
)
def test_fiscal_year_in(text, expected):
    assert fiscal_year_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 mars 2025", MARCH_31),
        ("31. März 2025", MARCH_31),
        ("31. Mrz. 2025", MARCH_31),
        ("31 maart 2025", MARCH_31),
        ("31 marzo 2025", MARCH_31),
        ("31 de marzo de 2025", MARCH_31),
        ("31 de março de 2025", MARCH_31),
        ("1er janvier 2025", dt.date(2025, 1, 1)),
        ("21 novembre 2024", dt.date(2024, 11, 21)),
        ("15. Mai 2025", dt.date(2025, 5, 15)),
        ("5 déc. 2024", dt.date(2024, 12, 5)),
        ("2025.03.31", MARCH_31),
        ("2025年3月31日", MARCH_31),
        ("incorporated on 24.01.2020", dt.date(2020, 1, 24)),
    ],
)
def test_parse_date_in_other_languages(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "3 set 2024",  # Italian "set(tembre)" needs its full stop: "set" is a word
        "scored 1 out 2025",  # Portuguese "out(ubro)" likewise
        "4 ago 2025",
    ],
)
def test_bare_foreign_abbreviations_are_not_months(text):
    assert parse_date(text) is None
