"""Amounts, numbers, percentages, scales, currencies (extractors.money, numbers, currencies)."""

import pytest

from extractors.currencies import currency_in
from extractors.money import find_money, parse_money
from extractors.numbers import find_percents, parse_number, table_scale


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,250,000", 1_250_000.0),
        ("1.250.000", 1_250_000.0),
        ("1 250 000", 1_250_000.0),
        ("1\u00a0250\u202f000", 1_250_000.0),
        ("1'250'000", 1_250_000.0),
        ("2,4", 2.4),
        ("12,50", 12.5),
        ("1,250", 1250.0),
        ("1.250", 1.25),  # a lone dot is decimal unless the column is European
        ("0,250", 0.25),  # a leading 0 never starts a grouped number
        ("1,250,000.50", 1_250_000.5),
        ("1.250.000,50", 1_250_000.5),
        ("5,57,000.00", 557_000.0),  # Indian lakh grouping
        ("1,25,50,000", 12_550_000.0),
        ("(45,000)", -45_000.0),
        ("( 1,234.5 )", -1234.5),
        ("-45,000", -45_000.0),
        ("−45,000", -45_000.0),  # U+2212 minus sign
        ("–45,000", -45_000.0),  # en dash
        ("45,000-", -45_000.0),  # trailing minus
        ("+5", 5.0),
        ("$ 1,250", 1250.0),
        ("EUR 1.000,50", 1000.5),
        ("1,250 €", 1250.0),
        ("  42  ", 42.0),
        ("0", 0.0),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text", ["", "—", "-", "–", "n/a", "N/A", "nil", "12.5%", "1.5m", "abc", "1,2,3", "FY2023x"]
)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"), [("1.250", 1250.0), ("1.5", 1.5), ("1.2345", 1.2345), ("0.250", 0.25)]
)
def test_parse_number_dot_groups(text, expected):
    assert parse_number(text, dot_groups=True) == expected


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$1.5m", 1_500_000.0, "USD"),
        ("US$ 250,000", 250_000.0, "USD"),
        ("RMB 3.2 million", 3_200_000.0, "CNY"),
        ("¥2,000,000", 2_000_000.0, "CNY"),
        ("CNY 800,000", 800_000.0, "CNY"),
        ("€ 2,4m", 2_400_000.0, "EUR"),
        ("1.250.000 €", 1_250_000.0, "EUR"),
        ("EUR 500.000", 500_000.0, "EUR"),  # euro amount: a dot before three digits groups
        ("€1.250,50", 1250.5, "EUR"),
        ("€1,250", 1250.0, "EUR"),
        ("£750k", 750_000.0, "GBP"),
        ("GBP 1.2 million", 1_200_000.0, "GBP"),
        ("HK$ 3,000,000", 3_000_000.0, "HKD"),
        ("Rs. 5,57,000.00", 557_000.0, "INR"),
        ("₹5,57,000.00", 557_000.0, "INR"),
        ("INR 5,57,000", 557_000.0, "INR"),
        ("Rs 2 crore", 20_000_000.0, "INR"),
        ("₹ 15 lakh", 1_500_000.0, "INR"),
        ("$4.2 billion", 4_200_000_000.0, "USD"),
        ("$4.2bn", 4_200_000_000.0, "USD"),
        ("$1.2B", 1_200_000_000.0, "USD"),
        ("$5MM", 5_000_000.0, "USD"),
        ("$1.250", 1.25, "USD"),  # a dollar amount's lone dot is decimal
        ("120 万元", 1_200_000.0, "CNY"),
        ("3.5亿元", 350_000_000.0, "CNY"),
        ("1,000元", 1000.0, "CNY"),
        ("人民币 500 万元", 5_000_000.0, "CNY"),
        ("100万美元", 1_000_000.0, "USD"),
        ("2 million euros", 2_000_000.0, "EUR"),
        ("3 million yuan", 3_000_000.0, "CNY"),
        ("500 million US dollars", 500_000_000.0, "USD"),
        ("2 million pounds", 2_000_000.0, "GBP"),
        ("$500 AUD", 500.0, "AUD"),
        ("A$500", 500.0, "AUD"),
        ("S$20", 20.0, "SGD"),
        ("(45,000)", -45_000.0, None),
        ("($1,200)", -1200.0, "USD"),
        ("-$45,000", -45_000.0, "USD"),
        ("−$45,000", -45_000.0, "USD"),
        ("USD (1,200)", -1200.0, "USD"),
        ("USD -1,200", -1200.0, "USD"),
        ("0,250 €", 0.25, "EUR"),
    ],
)
def test_parse_money(text, value, currency):
    money = parse_money(text)
    assert money is not None
    assert (money.value, money.currency) == (value, currency)
    assert (money.start, money.end, money.text) == (0, len(text), text)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("45,000", 45_000.0, "USD"),
        ("(45,000)", -45_000.0, "USD"),
        ("5 million", 5_000_000.0, "USD"),
        ("€ 45", 45.0, "EUR"),  # a printed currency beats the default
        ("Target: $1m", 1_000_000.0, "USD"),  # more than the amount: read as running text
    ],
)
def test_parse_money_default_currency(text, value, currency):
    money = parse_money(text, default_currency="USD")
    assert money is not None
    assert (money.value, money.currency) == (value, currency)


def test_parse_money_offsets_skip_surrounding_space():
    money = parse_money("  £750k ")
    assert money is not None
    assert (money.start, money.end, money.text) == (2, 7, "£750k")


@pytest.mark.parametrize(
    "text", ["", "12.5%", "5 pounds", "$1m or $2m", "n/a", "Series A", "v2.1", "1.5x"]
)
def test_parse_money_rejects(text):
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023 we raised $1.5m from 120 investors.", [("$1.5m", 1_500_000.0, "USD")]),
        (
            "revenue of RMB 3.2 million and 120 万元 in 2024",
            [("RMB 3.2 million", 3_200_000.0, "CNY"), ("120 万元", 1_200_000.0, "CNY")],
        ),
        (
            "the target is €2.3m ($2.5m) over 12 months",  # an aside, not a negative
            [("€2.3m", 2_300_000.0, "EUR"), ("$2.5m", 2_500_000.0, "USD")],
        ),
        ("between $10-$20 per share", [("$10", 10.0, "USD"), ("$20", 20.0, "USD")]),
        (
            "A loss of -$45,000 and USD (1,200).",
            [("-$45,000", -45_000.0, "USD"), ("USD (1,200)", -1200.0, "USD")],
        ),
        (
            "Pay USD 500, EUR 400 or 300 GBP",
            [("USD 500", 500.0, "USD"), ("EUR 400", 400.0, "EUR"), ("300 GBP", 300.0, "GBP")],
        ),
        (
            "HK$3,000,000 and A$500",
            [("HK$3,000,000", 3_000_000.0, "HKD"), ("A$500", 500.0, "AUD")],
        ),
        ("募集资金人民币500万元", [("人民币500万元", 5_000_000.0, "CNY")]),
        ("a €1 250 000 round", [("€1 250 000", 1_250_000.0, "EUR")]),
        ("a pre-money valuation of $12,000,000.", [("$12,000,000", 12_000_000.0, "USD")]),
        # German shorthand: a magnitude word with its full stop, a decimal comma, T€.
        ("bewertet mit 2,75 Mio. € vor", [("2,75 Mio. €", 2_750_000.0, "EUR")]),
        ("mindestens 3 T€ je Anleger", [("3 T€", 3_000.0, "EUR")]),
        ("budget 75 k€ and 1,5 M€", [("75 k€", 75_000.0, "EUR"), ("1,5 M€", 1_500_000.0, "EUR")]),
        ("Umsatz 1,832 Mrd. EUR", [("1,832 Mrd. EUR", 1_832_000_000.0, "EUR")]),
        # Pence and cents; a currency mark after the amount; a mark that opens the next one.
        ("shares at 35p each", [("35p", 0.35, "GBP")]),
        ("priced at 40 euro cents", [("40 euro cents", 0.40, None)]),
        ("Price per Security  -50¢", [("-50¢", -0.50, None)]),
        ("between 10-50¢", [("50¢", 0.50, None)]),
        (
            "ceiling 950 000 $ and 20 US$ a unit",
            [("950 000 $", 950_000.0, "USD"), ("20 US$", 20.0, "USD")],
        ),
        (
            "up to € 2,1 mln. EUR 250 is the minimum",
            [("€ 2,1 mln", 2_100_000.0, "EUR"), ("EUR 250", 250.0, "EUR")],
        ),
    ],
)
def test_find_money(text, expected):
    found = find_money(text)
    assert [(m.text, m.value, m.currency) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 2019, the company employs 45 people.",
        "Call +1 (415) 555-0100, 24/7 support.",
        "Series A round with a 1.5x liquidation preference.",
        "Version v2.1 and release 3.4.5 are out.",
        "Page 12 of 40, dated 31.03.2025.",
        "It weighs 5 pounds.",
        "price $1.5x",
        "a 12.5% stake",
        "$5%",
        "FY2023 EUR",
        "ALL 500 shares",
        "TRY 30 days free",
        "CO2 emissions fell 1,250 tonnes",
        "raised 5 million in seed",  # a magnitude alone needs a default currency
    ],
)
def test_find_money_ignores_non_amounts(text):
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("raised 5 million in seed", [("5 million", 5_000_000.0)]),
        ("约1.2亿", [("1.2亿", 120_000_000.0)]),
        ("5 million users and 3m downloads", []),
        ("500万股", []),
        ("in 2023 and 2024", []),
        ("1,250,000 raised", []),  # no magnitude word: a bare number stays a number
    ],
)
def test_find_money_default_currency(text, expected):
    found = find_money(text, default_currency="CNY")
    assert [(m.text, m.value) for m in found] == expected
    assert all(m.currency == "CNY" for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10%", [(10.0, 0, 3)]),
        ("12.5 percent", [(12.5, 0, 12)]),
        ("12,5 %", [(12.5, 0, 6)]),
        ("20 per cent", [(20.0, 0, 11)]),
        ("down -3.5%", [(-3.5, 5, 10)]),
        ("占比15％", [(15.0, 2, 5)]),
        ("10% and 20%", [(10.0, 0, 3), (20.0, 8, 11)]),
        ("百分之十", []),
        ("10 people", []),
        ("v2.5%", []),
    ],
)
def test_find_percents(text, expected):
    assert find_percents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in thousands", 1e3),
        ("(in thousands of US dollars)", 1e3),
        ("Amounts in USD thousands", 1e3),
        ("USD '000", 1e3),
        ("$'000", 1e3),
        ("RMB'000", 1e3),
        ("€000", 1e3),
        ("TEUR", 1e3),
        ("$k", 1e3),
        ("千元", 1e3),
        ("in millions", 1e6),
        ("(€ in millions)", 1e6),
        ("$m", 1e6),
        ("EURm", 1e6),
        ("USD m", 1e6),
        ("Mio. €", 1e6),
        ("百万元", 1e6),
        ("万元", 1e4),
        ("单位：人民币万元", 1e4),
        ("千万元", 1e7),
        ("亿元", 1e8),
        ("预计到2027年，市场规模将突破120亿元。", 1.0),  # an amount in a caption, no unit
        ("市场规模约为 80 亿元", 1.0),
        ("in $bn", 1e9),
        ("in billions", 1e9),
        ("Revenue", 1.0),
        ("INCOME STATEMENT FROM OPERATIONS", 1.0),
        ("Total 1,000", 1.0),
        ("2023", 1.0),
    ],
)
def test_table_scale(text, expected):
    assert table_scale(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$", "USD"),
        ("US$", "USD"),
        ("HK$", "HKD"),
        ("A$", "AUD"),
        ("S$", "SGD"),
        ("€", "EUR"),
        ("EUR", "EUR"),
        ("euro", "EUR"),
        ("EURm", "EUR"),
        ("TEUR", "EUR"),
        ("£", "GBP"),
        ("GBP", "GBP"),
        ("pounds sterling", "GBP"),
        ("¥", "CNY"),
        ("RMB", "CNY"),
        ("CNY", "CNY"),
        ("人民币", "CNY"),
        ("单位：元", "CNY"),
        ("yuan", "CNY"),
        ("单位：万美元", "USD"),
        ("JPY", "JPY"),
        ("yen", "JPY"),
        ("₹", "INR"),
        ("Rs.", "INR"),
        ("INR", "INR"),
        ("rupees", "INR"),
        ("HKD", "HKD"),
        ("CHF 5", "CHF"),
        ("(in thousands of US dollars)", "USD"),
        ("(in thousands of Hong Kong dollars)", "HKD"),
        ("Amounts in SEK", "SEK"),
        ("The figures, in € unless stated, ...", "EUR"),
        ("nothing here", None),
        ("Mrs. Smith", None),
        ("built with PHP", None),
        ("ALL FIGURES", None),
        ("THE ABC COMPANY", None),
    ],
)
def test_currency_in(text, expected):
    assert currency_in(text) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [("预计投入 30w", "CNY", 300_000.0), ("单笔最低认购金额 5w", "CNY", 50_000.0)],
)
def test_w_is_wan_in_a_chinese_document(text: str, currency: str, expected: float) -> None:
    assert [money.value for money in find_money(text, default_currency=currency)] == [expected]


@pytest.mark.parametrize("text", ["a 5W LED bulb", "we will hire them within 2w"])
def test_w_is_no_magnitude_outside_chinese_money(text: str) -> None:
    assert find_money(text, default_currency="USD") == []


@pytest.mark.parametrize(
    ("text", "amount", "value"),
    [
        ("营业收入三百二十万元", "三百二十万元", 3_200_000.0),
        ("融资上限三千一百二十五万元，", "三千一百二十五万元", 31_250_000.0),
        ("投前估值：一千八百万元", "一千八百万元", 18_000_000.0),
        ("净利润二十三万元。", "二十三万元", 230_000.0),
        ("起投十万元", "十万元", 100_000.0),
        ("注册资本一千零五十万元", "一千零五十万元", 10_500_000.0),
        ("总投资两亿元", "两亿元", 200_000_000.0),
        ("人民币壹佰万元整", "人民币壹佰万元", 1_000_000.0),  # financial upper-case digits
        ("估值1亿2000万元", "1亿2000万元", 120_000_000.0),  # Arabic digits in a numeral
        ("计划募集3千万元", "3千万元", 30_000_000.0),
    ],
)
def test_an_amount_in_chinese_numerals(text: str, amount: str, value: float) -> None:
    assert [(m.text, m.value, m.currency) for m in find_money(text)] == [(amount, value, "CNY")]


@pytest.mark.parametrize(
    "text",
    [
        "几十万元的订单",  # "tens of thousands": a guess, not an amount
        "数百万元投入",
        "上千万元规模",
        "一两百万元",
        "拥有十余年行业经验",
        "成立于二〇一九年",
        "第一百万名用户",
    ],
)
def test_a_vague_or_counted_chinese_numeral_is_no_amount(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("超募上限：1，250，000元", [1_250_000.0]),
        ("注册资本人民币1，000，000元", [1_000_000.0]),
        # Full-width commas before 万 part a list: only the last number carries the unit.
        ("分别为100，200，300万元", [3_000_000.0]),
        # A number broken by a space leaves "000元": the tail is no amount of zero.
        ("起投金额10 0，000元", []),
    ],
)
def test_a_full_width_comma_groups_digits_before_yuan(text: str, expected: list[float]) -> None:
    assert [money.value for money in find_money(text)] == expected


def test_a_cell_grouped_by_full_width_commas() -> None:
    money = parse_money("45，000，000元")
    assert money is not None and (money.value, money.currency) == (45_000_000.0, "CNY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("净利润为负120万元", [-1_200_000.0]),
        ("净利润为负二十万元", [-200_000.0]),
        ("负债120万元", [1_200_000.0]),  # 负债 is liabilities, not a sign
    ],
)
def test_fu_before_an_amount_is_a_minus(text: str, expected: list[float]) -> None:
    assert [money.value for money in find_money(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本轮融资500万，出让10%股权", [("500万", 5_000_000.0)]),
        ("拟融资五百万，", [("五百万", 5_000_000.0)]),
        ("最低投资额1W", [("1W", 10_000.0)]),
        ("注册用户达到500万用户", []),
        ("发行500万股", []),
        ("五百万用户", []),
    ],
)
def test_a_bare_magnitude_in_chinese_text_is_money_of_the_documents_currency(
    text: str, expected: list[tuple[str, float]]
) -> None:
    found = find_money(text, bare_magnitudes=True)
    assert [(m.text, m.value) for m in found] == expected
    assert all(m.currency is None for m in found)
    assert find_money(text) == []  # without bare magnitudes (English text) none of them counts


def test_a_mark_between_two_amounts_is_the_first_ones_where_the_second_has_its_own() -> None:
    found = find_money("40,000 USD 60,000 US$", default_currency="USD")
    assert [(money.value, money.text) for money in found] == [
        (40_000, "40,000 USD"),
        (60_000, "60,000 US$"),
    ]
    found = find_money("Contingency  332,500 US$ 665,000 US$")
    assert [(money.value, money.text) for money in found] == [
        (332_500, "332,500 US$"),
        (665_000, "665,000 US$"),
    ]
    # Without a mark of its own, the second amount takes the one before it.
    found = find_money("Cash 5,000 EUR 7,000 in reserve", default_currency="EUR")
    assert [money.text for money in found] == ["EUR 7,000"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a maximum raise of 800,000\nUSD.\nThe minimum", [(800_000, "USD")]),
        ("a raise of 800,000\nEUR, of which", [(800_000, "EUR")]),
        # A mark that opens the next line before its own amount is that amount's.
        ("Revenue 800,000\nUSD 1,000 more", [(1_000, "USD")]),
    ],
)
def test_a_currency_wrapped_to_the_next_line_where_it_ends_the_clause(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(money.value, money.currency) for money in find_money(text)] == expected
