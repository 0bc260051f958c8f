"""The issuer's name, founding year and headcount (extractors.company, extractors.founding)."""

from __future__ import annotations

import pytest

from extractors import patterns
from extractors.founding import founded_year
from tests.test_extract import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company was incorporated on 21. Juni 2013.", 2013),
        ("Date of incorporation  1st March 2021", 2021),
        ("Date of incorporation\n23/10/2014", 2014),  # the value under its label
        ("Incorporated  6 July 2020", 2020),
        ("Incorporated 7. Mai 2022", 2022),
        ("Acme Ltd has been trading since 2011.", 2011),
        ("Acme GmbH was registered on 04.09.2009; its office is in Munich.", 2009),
        ("The business dates back to 1998.", 1998),
        ("Acme Co., Ltd. opened its doors in 2020.", 2020),
        ("We started trading in 2015 from a garage.", 2015),
        ("The company has operated since 2012.", 2012),
        ("Founded in 2018, the company employs 23 people.", 2018),
        ("Acme Inc. is a Nevada company organized in 2012.", 2012),
        ("The company was launched in 2014 with two founders.", 2014),
        ("The business began life in 2010 as a spin-out.", 2010),
        ("Acme Pty Ltd commenced operations in March 2012.", 2012),
        ("We launched in 2018 with two staff.", 2018),
        ("Acme Ltd has been in operation since 2007.", 2007),
        ("Acme Ltd. (Company No. 06909041) was launched in 2021; it is based", 2021),
        ("Date of incorporation February 2, 2014", 2014),
        ("成立于2008.07.18，注册资本5000万元", 2008),
        ("公司成立时间：2015年3月", 2015),
        ("Gullwing Farms Pvt. Ltd. was incorporated on 1\nFebruary 2021.", 2021),
        (  # a label or the company as subject outranks a passing mention
            "Our CEO founded Blizzard in 1991.\nDate of incorporation: 3 May 2016",
            2016,
        ),
    ],
)
def test_founded_year(text, expected):
    assert founded_year(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Document date: 18/07/2025",
        "Sara Hartley  Director since 2015",  # a people table's "Since" column
        "registered under the Securities Act of 1933",
        "3.1 Restated Certificate of Incorporation of the Company dated February 1, 2018",
        "Mr. Morhaime co-founded Blizzard in February 1991",
        "Corning Incorporated 2003 Equity Plan",  # a legal form, not a founding
        "The processes have been in operation since July 2019.",
        "Founded\n\nRevenue 2020",
        "The company was founded in 2099.",  # a founding in the future is a misreading
        "Our app was launched in 2019.",  # a product launched is no founding
        "We launched our first product in 2019.",
        "The company's platform launched in 2021.",
    ],
)
def test_founded_year_ignores(text):
    assert founded_year(text) is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["At the year end the company employed 118 people."], 118),
        (["Our team is 193 people strong."], 193),
        (["The average monthly number of employees during the year was 51."], 51),
        (["We are a team of 14 engineers and designers."], 14),
        (["Staff: 12 full-time"], 12),
        (["Headcount:", "34 full-time staff."], 34),  # the value under its label
        (["As of today the business has", "93 employees."], 93),  # a sentence wrapped
        (["Full-time staff  41"], 41),  # a table row with a qualifier
        (["Employees (FTE)  57"], 57),
        (["Average headcount (FTE) for the year: 25."], 25),
        (["Staff numbers have reached 162."], 162),
        (["There are 116 people on the payroll."], 116),
        (["The team now numbers 19."], 19),
        (["Some 88 people work for the company today."], 88),
        (["The business has 149 full-time equivalent employees (FTEs)."], 149),
        (["Acme Ltd has been trading since 2008. We are a team of", "214."], 214),
        (["Our 25-strong team builds every unit in-house."], 25),
        (["Employee count: 40"], 40),
        (["Mitarbeiter: 40"], 40),
    ],
)
def test_headcount(lines, expected):
    assert extract([["Acme Ltd plan", *lines]]).company.employees == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截至2024年12月31日，公司在职员工共计299人。", "299"),
        ("员工规模：269人", "269"),
        ("员工人数  558人", "558"),
        ("拥有员工300余人", "300"),
    ],
)
def test_chinese_headcount(text, expected):
    match = patterns.EMPLOYEES.search(text)
    assert match is not None
    assert match[match.lastgroup or 0] == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["We sell to customers in 14 countries."],
        ["We now serve 1,200 customers."],
        ["Proceeds from issuance of common stock to employees  178  106"],
        ["Staff  2024"],  # a year is no headcount
    ],
)
def test_no_headcount(lines):
    assert extract([["Acme Ltd plan", *lines]]).company.employees is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A label run into the name.
        (
            ["Company name: Beaconbrook Technologies Corporation EIN: 80-4309329"],
            "Beaconbrook Technologies Corporation",
        ),
        (
            ["Identity: Coppergate Automation B.V. VAT ID: NL556233447B01"],
            "Coppergate Automation B.V.",
        ),
        (
            ["Legal name: Nexko Kitchen UG", "(haftungsbeschränkt)"],
            "Nexko Kitchen UG (haftungsbeschränkt)",
        ),
        # A promoter in the footer is not the issuer, however often it is printed.
        (
            [
                "Nexfi Robotics plc",
                "Approved as a financial promotion by Harbourline Capital Ltd, authorised and "
                "regulated by the Financial Conduct Authority.",
            ],
            "Nexfi Robotics plc",
        ),
    ],
)
def test_company_name(lines, expected):
    assert extract([["Key Investment Information Sheet", *lines]]).company.company_name == expected


def test_a_legal_form_co_ends_the_name_before_the_next_row():
    lines = ["Company name  Zotra Brewing Co.", "Incorporated  21 August 2011"]
    company = extract([["Form C", *lines]]).company
    assert (company.company_name, company.founded_year) == ("Zotra Brewing Co.", 2011)


def test_a_document_title_is_no_company_name():
    lines = ["Key Investment Information Sheet", "Part A: Information about the project owner"]
    assert extract([lines]).company.company_name is None


def test_no_company_was_founded_after_its_document() -> None:
    """A two-column page put a deadline's year beside "incorporation": "incorporation  2026"."""
    assert founded_year("incorporation  2026.", latest=2025) is None
    assert founded_year("incorporation  2024.", latest=2025) == 2024
