"""Chinese numerals as documents print amounts: 三百万元, 一千八百万元, 壹佰万元整, 1亿2000万元.

A numeral is read digit by digit, each digit scaled by the unit after it (十 百 千 within a
section of four places, 万 and 亿 closing a section); Arabic digits may stand in for the
Chinese ones (`1亿2000万`). Lower-case (一二三) and financial upper-case (壹贰叁) digits are both
read, as are 两 and 〇/零. A vague count is no numeral: 几十万, 数百万, 上千万 are not amounts.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from extractors import patterns

DIGITS: dict[str, int] = {
    **dict.fromkeys("零〇", 0),
    **dict.fromkeys("一壹", 1),
    **dict.fromkeys("二贰貳两兩", 2),
    **dict.fromkeys("三叁參", 3),
    **dict.fromkeys("四肆", 4),
    **dict.fromkeys("五伍", 5),
    **dict.fromkeys("六陆陸", 6),
    **dict.fromkeys("七柒", 7),
    **dict.fromkeys("八捌", 8),
    **dict.fromkeys("九玖", 9),
}
SMALL_UNITS: dict[str, int] = {
    **dict.fromkeys("十拾", 10),
    **dict.fromkeys("百佰", 100),
    **dict.fromkeys("千仟", 1000),
}
SECTION_UNITS: dict[str, int] = {**dict.fromkeys("万萬", 10**4), **dict.fromkeys("亿億", 10**8)}


def numeral_value(text: str) -> Decimal | None:
    """The value of a numeral (`三千一百二十五万` → 31250000), or None when it is no numeral.

    Arabic digit runs count as one digit of the numeral (`1亿2000万` → 120000000)."""
    total = section = Decimal(0)
    number: Decimal | None = None
    for run in patterns.NUMERAL_PART.finditer(text):
        part = run.group()
        if part[0].isdigit():
            try:
                number = Decimal(part)
            except InvalidOperation:
                return None
        elif part in DIGITS:
            if number:  # 一两百万 is "one or two million", a guess, not a numeral
                return None
            number = Decimal(DIGITS[part])
        elif part in SMALL_UNITS:
            # 十 alone opens a number: 十二万 is 120000.
            section += (Decimal(1) if number is None else number) * SMALL_UNITS[part]
            number = None
        elif part in SECTION_UNITS:
            unit = SECTION_UNITS[part]
            if unit > 10**4:  # 亿 scales all before it: 1万亿 is 10^12
                total = (total + section + (number or 0)) * unit
            else:
                total += (section + (number or 0)) * unit
            section, number = Decimal(0), None
    value = total + section + (number or 0)
    return value if value > 0 else None
