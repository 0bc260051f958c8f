"""Layouts that put a figure's words somewhere other than before it, each read as one class:
a heading printed larger than the line below it, a label above its value or wrapped below it
in brackets, a value that opens a cell beside another column, a raise given as a range, a
use-of-funds table drawn as boxes or with its amount first, and a second column for the
maximum."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors import extract_disclosure, load_nlp
from extractors.funds_tables import table_lines
from extractors.funds_uses import line_uses
from schemas import Disclosure, Table
from tests.test_concepts import linked
from tests.test_disclosure_facts import level
from tests.test_extract import extract
from tests.test_pdf import parse

HEIGHT = A4[1]


def read(draw: list[tuple[float, float, float, str]], boxes: tuple = ()) -> Disclosure:
    """A one-page PDF of (x, y from the top, font size, text) strings and drawn boxes."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for x, y, width, height in boxes:
        pdf.rect(x, HEIGHT - y - height, width, height)
    for x, y, size, text in draw:
        pdf.setFont("Helvetica-Bold" if size > 10 else "Helvetica", size)
        pdf.drawString(x, HEIGHT - y, text)
    pdf.showPage()
    pdf.save()
    return extract_disclosure(parse(buffer.getvalue()))


PROSE = "Our team ships products to customers in more than a dozen countries."


def risk_block(heading_size: float) -> Disclosure:
    # An indented block whose heading ends short of the prose's edge by less than the next
    # line's first word: at one size, that reads as a sentence wrapped onto the next line.
    return read(
        [
            (72, 100, 10, PROSE),
            (72, 114, 10, PROSE),
            (230, 140, heading_size, "What could go wrong"),
            (230, 158, 10, "Regulation"),
            (230, 172, 10, "Costs may rise."),
        ]
    )


def test_a_heading_printed_larger_never_wraps_into_the_line_below() -> None:
    assert risk_block(13).has_risk_section


def test_the_same_lines_at_one_size_wrap_as_prose() -> None:
    assert not risk_block(10).has_risk_section


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A label that ends its line on a colon names the value on the line below.
        ("Minimum subscription amount per investor:\n€1,000", [("minimum_investment", 1000)]),
        ("Deadline for reaching the target capital:\n25.3.2025", [("DEADLINE", None)]),
        # A dash that opens the value's line stands for the colon.
        (
            "› Deadline to reach the Target Offering Amount\n– October 13th, 2025",
            [("DEADLINE", None)],
        ),
        ("- Valuation before this round\n– 18 Mio. EUR", [("pre_money_valuation", 18_000_000)]),
        # A label cell wrapped below its value, beside another column read line by line.
        (
            "Minimum  $800,000  Non-Executive Director: Samuel Kaur\n"
            "Offering  President: Zara Weber\nAmount\nPre-money  $4,533,000.00",
            [("funding_target", 800_000), ("pre_money_valuation", 4_533_000)],
        ),
        # A row's label wrapped below its value ends where the next row's label begins.
        (
            "Minimum amount per 100 EUR  as at the date of\ninvestor  this document\n"
            "Pre-money valuation EUR  as at the date of\n13,500,000  this document",
            [("minimum_investment", 100)],
        ),
        # Dot leaders run from a label's last line to its value: the label wrapped above.
        (
            "Minimum Offering\nAmount .............................. $75k\nMinimum Investment\n"
            "Amount ........................ $1,000",
            [("funding_target", 75_000), ("minimum_investment", 1000)],
        ),
        # A dash that ends the label's line stands for its colon.
        (
            "- Company valuation before investment —\n£4,200,000.00",
            [("pre_money_valuation", 4_200_000)],
        ),
        # A value that ends its sentence takes no label from the heading below it.
        (
            "Competitors have raised large rounds:\nKestrelstone Group took £14m at £120m.\n"
            "The raise\n• £1,200,000 — investment target",
            [("funding_target", 1_200_000)],
        ),
        # A list item's line that ends on a preposition ends with it: the next item is its own.
        (
            "- GBP 50 invest from\n- £5.00 issue price",
            [("minimum_investment", 50), ("price_per_share", 5)],
        ),
        # A label cell wrapped below its date and the time of day after it.
        (
            "Termine dell'offerta (Subscription  15 ottobre 2024, 23:59 CET\ndeadline)\n"
            "First closing possible  yes",
            [("DEADLINE", None)],
        ),
        # Terms run together on a line: a sentence about the past run onto the last one does
        # not make the others history.
        (
            "Target amount: 2,000,000 £ · Minimum investment: 10 GBP · Overfunding ceiling: "
            "GBP 3,000,000 By comparison, Ironwater was last valued at GBP 45,000,000.",
            [("funding_target", 2_000_000), ("minimum_investment", 10)],
        ),
        # A label cell wrapped below its date.
        ("Offering  11 March 2025\nDeadline\nInvestors may cancel.", [("DEADLINE", None)]),
        # A value opening a cell beside another column's value is labelled by the words after.
        ("$11,359  • June 26, 2024 — offer end date", [("DEADLINE", None)]),
        # A weekday before the date is the date's.
        ("• Friday, 25 April 2025 – offer end date", [("DEADLINE", None)]),
        # The time of day after the date is the date's.
        ("• 17-Jun-2024, 17:00 BST – campaign end date", [("DEADLINE", None)]),
        ("- 31.8.2025 (24:00 CET) – deadline for reaching the target", [("DEADLINE", None)]),
        ("- 29 Nov 2024 (5pm UK time) – pitch ends", [("DEADLINE", None)]),
        ("- 4 November 2025 (24:00 CET) end of the offer period", [("DEADLINE", None)]),
        # A notes column beside the date (`as at the date of this document`) is not the date's.
        (
            "Offering Deadline  September 2, 2025 as at the date of\n"
            "(11:59 p.m. ET)  this document",
            [("DEADLINE", None)],
        ),
        # The words after a value that opens its sentence say what it is.
        ("675 000 € is the most we will accept.", [("maximum_target", 675_000)]),
        # Terms run on one line between middle dots; a price in cents.
        (
            "Target capital: $800,000 · Pre-money valuation of the Company: US$ 5.867M · "
            "Price of one share: 50¢ · Maximum Offering Amount: US$ 1,200,000",
            [
                ("funding_target", 800_000),
                ("pre_money_valuation", 5_867_000),
                ("price_per_share", 0.5),
                ("maximum_target", 1_200_000),
            ],
        ),
        # A label above names its value; the next term's label after it does not.
        (
            "Closing date: 27 Sep 2024 | Post-investment valuation:\n£7,500,000 | "
            "Pre-money equity valuation: 6.75 million GBP",
            [("DEADLINE", None), ("pre_money_valuation", 6_750_000)],
        ),
        # An offer period as a range of dates: its end is the deadline.
        ("Offer period: 1 March 2025 to 31 March 2025.", [("DEADLINE", None)]),
        # A range of the raise: at least the one, at most the other.
        (
            "We aim to raise between £600,000 and £1.2m, offering 12.5% of the company.",
            [("funding_target", 600_000), ("maximum_target", 1_200_000)],
        ),
    ],
)
def test_labels_outside_the_values_sentence(text: str, expected: list) -> None:
    found = [(name, value) for name, value, _ in linked(text) if name != "equity_offered_pct"]
    assert [(name, value if name != "DEADLINE" else None) for name, value in found] == [
        (name, pytest.approx(value) if value else None) for name, value in expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Contact:\n+44 20 7946 0958",  # no concept in the label above
        "The company was founded:\n12 March 2019",  # a date, but no deadline's words
        "Deadline extension requests as at 31 December 2024.",  # `as at` a date: a balance date
        "We raised between £600,000 and £1.2m in 2022 from angels.",  # a past round
        "£10,000 is the most any investor may put in.",  # a limit per investor
        # A total row's label is whole: the heading below it is no wrapped part of it.
        "GBP 175,000  70% Regulatory approvals\nGBP 250,000  100% Total raise\nOversubscription\n"
        "Any amount raised above the target will go towards a second production line.",
        # Another company's valuation, quoted for comparison, in a sentence wrapped at `a`.
        "By comparison, Quillline & Co raised at a\n$65 million valuation last year.",
    ],
)
def test_no_term_without_a_terms_words(text: str) -> None:
    assert [name for name, _, _ in linked(text) if name != "revenue"] == []


def test_a_figure_named_by_the_label_above_keeps_it_in_its_evidence() -> None:
    disclosure = read(
        [
            (72, 100, 10, "Minimum subscription amount per investor:"),
            (72, 114, 10, "€1,000"),
        ]
    )
    (figure,) = [f for f in disclosure.figures if f.name == "minimum_investment"]
    assert figure.evidence == "Minimum subscription amount per investor: €1,000"


def test_a_label_above_its_gloss_and_value_names_the_value() -> None:
    disclosure = read(
        [
            (72, 100, 10, "Part B: Main features of the crowdfunding process"),
            (72, 114, 10, "Funding target ................ 5,000,000 EUR"),
            (72, 128, 10, "Offering deadline"),
            (72, 142, 10, "(Angebotsende) ............ 9.8.2024"),
        ]
    )
    assert disclosure.offering is not None
    assert disclosure.offering.deadline == dt.date(2024, 8, 9)
    assert disclosure.offering.deadline_evidence == (
        "Offering deadline (Angebotsende) ............ 9.8.2024"
    )


def test_a_label_tail_in_brackets_is_read_with_its_label() -> None:
    found = linked("Issue volume  EUR 100k\n(target)\nDeadline  23 September 2024")
    assert ("funding_target", pytest.approx(100_000), None) in found


def test_a_table_of_boxed_cells_with_amounts_first_is_the_use_of_funds() -> None:
    rows = [("Budget", "Purpose"), ("€3,250,000", "Regulatory approvals")]
    rows += [("€1,500,000", "Capital expenditure"), ("€250,000", "CE certification")]
    boxes, draw = [], [(72, 80, 13, "How we will use the money")]
    for index, (amount, purpose) in enumerate(rows):
        top = 100 + index * 16
        boxes += [(64, top, 133, 16), (197, top, 334, 16)]
        draw += [(70, top + 11, 9, amount), (203, top + 11, 9, purpose)]
    draw += [(72, 200, 10, "The target is €5,000,000.")]
    disclosure = read(draw, boxes=tuple(boxes))
    assert [(line.category, line.amount) for line in disclosure.use_of_funds] == [
        ("Regulatory approvals", 3_250_000),
        ("Capital expenditure", 1_500_000),
        ("CE certification", 250_000),
    ]


def test_a_column_for_the_maximum_says_how_money_above_the_target_is_used() -> None:
    table = Table(
        page_no=1,
        rows=[["Use", "At target", "At maximum"], ["Equipment", "$32,000", "$40,000"]],
        bbox=(0, 0, 1, 1),
        ruled=True,
    )
    (line,) = table_lines(table, "USD")
    assert (line.amount, line.amount_at_maximum) == (32_000, 40_000)
    (use,) = line_uses(
        "Capital expenditure  $12,000 US$ 15,000",
        currency="USD",
        header="Use  At target Maximum offering  amount sold",
        width=3,
    )
    assert (use.amount, use.amount_at_maximum) == (12_000, 15_000)
    (plain,) = line_uses("Equipment  $32,000  $40,000", currency="USD", header="Use  Amount")
    assert plain.amount_at_maximum is None


def test_statements_unaudited_in_brackets_after_their_years() -> None:
    text = "Financial statements for 2024 and 2023 (unaudited, prepared internally) are attached."
    assert level(text) == "unaudited"


def test_a_labels_whole_value_in_brackets_is_negative_an_aside_is_not() -> None:
    negative = extract(
        [["Offer terms", "- Target Offering Amount: $200K", "- Minimum ticket: ($500)"]]
    )
    labelled_after = extract(
        [["Deal terms", "- 600,000 GBP – investment target", "- (£100) minimum investment"]]
    )
    one_line = extract(
        [["Terms", "Target raise: 1.000.000,00 EUR; Issue price per share: (1,00 €); Min. 100 €"]]
    )
    aside = extract([["Offer terms", "We are raising $200K (minimum investment $500) now."]])
    assert [(f.name, f.value) for f in negative.figures if f.name == "minimum_investment"] == [
        ("minimum_investment", -500)
    ]
    assert [(f.name, f.value) for f in aside.figures if f.name == "minimum_investment"] == [
        ("minimum_investment", 500)
    ]
    assert [
        (f.name, f.value) for f in labelled_after.figures if f.name == "minimum_investment"
    ] == [("minimum_investment", -100)]
    assert [(f.name, f.value) for f in one_line.figures if f.name == "price_per_share"] == [
        ("price_per_share", -1)
    ]


def test_the_gutter_lies_beyond_a_left_columns_longest_lines() -> None:
    left = [f"Left column line {n} of the story we tell" for n in range(12)]
    left[9] = "3) Legal and professional fees — 20.0% (£40,000) ok"  # reaches into the band
    left[10] = "4) CE certification — 5.00 % (£10,000) and more"
    right = [f"Right column line {n} beside it" for n in range(12)]
    draw = [(56, 100 + 14 * n, 10, text) for n, text in enumerate(left)]
    draw += [(309, 102 + 14 * n, 10, text) for n, text in enumerate(right)]
    text = read(draw).pages[0].text
    assert text.index("4) CE certification") < text.index("Right column line 0")
    assert text.index("Left column line 8") < text.index("3) Legal")


def test_an_offer_periods_end_is_its_deadline_in_chinese() -> None:
    doc = load_nlp("zh")("募集期限：2025年3月1日至2025年3月31日。公司成立于2015年3月1日至今。")
    deadlines = [span._.value for span in doc.spans["figures"] if span.label_ == "DEADLINE"]
    assert deadlines == [dt.date(2025, 3, 31)]


def test_a_narrow_funds_tables_rows_in_a_column_never_wrap_into_each_other() -> None:
    """Rows whose cells stand closer than a cell gap but further apart than words, in the right
    column: a row that reaches the column's edge is no prose wrapping into the next."""
    prose = "Our team ships products to customers in many countries."
    draw = [(72, 100 + 14 * index, 9, prose) for index in range(20)]
    draw += [(309, 100, 12, "Use of funds"), (309, 118, 9, "Breakdown of planned spending:")]
    rows = [("€48,000", "Patent filings"), ("€18,000", "Debt repayment")]
    rows += [("€18,000", "Team expansion (4 hires) abroad"), ("€18,000", "International")]
    rows += [("€120,000", "TOTAL")]
    for index, (amount, item) in enumerate(rows):
        draw += [(320, 134 + 16 * index, 9, amount), (360, 134 + 16 * index, 9, item)]
    uses = [(line.category, line.amount) for line in read(draw).use_of_funds]
    assert uses == [
        ("Patent filings", 48_000),
        ("Debt repayment", 18_000),
        ("Team expansion (4 hires) abroad", 18_000),
        ("International", 18_000),
    ]
