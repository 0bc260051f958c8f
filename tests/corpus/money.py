"""Money, percentages and dates written the many ways documents print them.

Every formatter returns the exact printed text, or None when its style cannot show the value
exactly (`$1.5m` cannot show 1,512,300), so the ground truth never depends on rounding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

# Only symbols that survive a round trip through Helvetica/Times (WinAnsi) and pdfplumber:
# the rupee sign does not (it comes back as "n"), so rupees are written "Rs." or "INR".
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "HKD": "HK$", "INR": "Rs."}
CURRENCY_WORDS = {"CNY": "RMB"}
MONEY_STYLES: dict[str, tuple[str, ...]] = {
    "USD": ("symbol", "symbol_compact", "symbol_million", "us_symbol", "code", "code_suffix"),
    "EUR": (
        "symbol",
        "symbol_space",
        "european_suffix",
        "european_code",
        "european_compact",
        "code_million",
    ),
    "GBP": ("symbol", "symbol_compact", "symbol_million", "code_million", "code"),
    "CNY": ("word_million", "symbol", "code", "word"),
    "HKD": ("symbol_space", "symbol", "code", "code_million"),
    "INR": ("indian_symbol", "indian_code"),
}
FALLBACK_STYLE = {"EUR": "european_code", "INR": "indian_symbol"}
PERCENT_STYLES = ("pct", "pct_space", "percent", "per_cent")
DATE_STYLES = ("long", "us_long", "iso", "slash", "dots", "short", "ordinal")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def group_digits(whole: int, *, sep: str = ",") -> str:
    """1234567 -> '1,234,567' with `sep` between groups of three."""
    return f"{whole:,}".replace(",", sep)


def group_indian(whole: int) -> str:
    """557000 -> '5,57,000': the last three digits, then groups of two (lakh, crore)."""
    digits = str(whole)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *pairs, tail])


def plain_number(value: float, *, thousands: str = ",", decimal: str = ".") -> str:
    """A full amount with grouping; cents only when there are any."""
    cents = round(abs(value) * 100)
    whole, frac = divmod(cents, 100)
    text = group_digits(whole, sep=thousands)
    if frac:
        text += f"{decimal}{frac:02d}"
    return f"-{text}" if value < 0 else text


def short_decimal(value: float, *, decimal: str = ".") -> str:
    """1.5 -> '1.5', 2.0 -> '2', 1.25 -> '1.25' (at most two decimals)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal)


def in_millions(value: float) -> float | None:
    """The value in millions when two decimals show it exactly, else None."""
    if value < 1_000_000 or round(value) % 10_000:
        return None
    return round(value) / 1_000_000


def compact(value: float, *, decimal: str = ".") -> str | None:
    """'1.5m' or '750k' when exact, else None."""
    millions = in_millions(value)
    if millions is not None:
        return f"{short_decimal(millions, decimal=decimal)}m"
    if 1_000 <= value < 1_000_000 and round(value) % 1_000 == 0 and value == round(value):
        return f"{round(value) // 1_000}k"
    return None


def _million_words(value: float, prefix: str, *, symbol: str = "") -> str | None:
    """'GBP 1.2 million' (prefix) or '$1.5 million' (symbol glued to the number)."""
    millions = in_millions(value)
    if millions is None:
        return None
    lead = f"{prefix} " if prefix else ""
    return f"{lead}{symbol}{short_decimal(millions)} million"


def _european(value: float) -> str:
    return plain_number(value, thousands=".", decimal=",")


def _indian(value: float) -> str:
    cents = round(value * 100)
    whole, frac = divmod(cents, 100)
    return f"{group_indian(whole)}.{frac:02d}"


def _compact_with(value: float, prefix: str, *, decimal: str = ".") -> str | None:
    text = compact(value, decimal=decimal)
    return None if text is None else f"{prefix}{text}"


Formatter = Callable[[float, str], "str | None"]
FORMATTERS: dict[str, Formatter] = {
    "symbol": lambda v, c: f"{CURRENCY_SYMBOLS[c]}{plain_number(v)}",
    "symbol_space": lambda v, c: f"{CURRENCY_SYMBOLS[c]} {plain_number(v)}",
    "us_symbol": lambda v, c: f"US$ {plain_number(v)}",
    "symbol_compact": lambda v, c: _compact_with(v, CURRENCY_SYMBOLS[c]),
    "symbol_million": lambda v, c: _million_words(v, "", symbol=CURRENCY_SYMBOLS[c]),
    "code": lambda v, c: f"{c} {plain_number(v)}",
    "code_suffix": lambda v, c: f"{plain_number(v)} {c}",
    "code_million": lambda v, c: _million_words(v, c),
    "word": lambda v, c: f"{CURRENCY_WORDS[c]} {plain_number(v)}",
    "word_million": lambda v, c: _million_words(v, CURRENCY_WORDS[c]),
    "european_suffix": lambda v, c: f"{_european(v)} {CURRENCY_SYMBOLS[c]}",
    "european_code": lambda v, c: f"{c} {_european(v)}",
    "european_compact": lambda v, c: _compact_with(v, f"{CURRENCY_SYMBOLS[c]} ", decimal=","),
    "indian_symbol": lambda v, c: f"Rs. {_indian(v)}",
    "indian_code": lambda v, c: f"INR {group_indian(round(v))}" if v == round(v) else None,
}


def format_money(value: float, currency: str, style: str) -> str:
    """The amount as printed in `style`, falling back to an exact style when needed."""
    text = FORMATTERS[style](value, currency)
    if text is None:
        text = FORMATTERS[FALLBACK_STYLE.get(currency, "code")](value, currency)
    assert text is not None
    return text


def format_percent(pct: float, style: str) -> str:
    """10.0 -> '10%', 12.5 -> '12.5 percent'."""
    number = short_decimal(pct)
    suffix = {"pct": "%", "pct_space": " %", "percent": " percent", "per_cent": " per cent"}
    return f"{number}{suffix[style]}"


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def format_date(date: dt.date, style: str) -> str:
    """A date in one of DATE_STYLES; numeric day-first styles need a day over 12 to be clear."""
    month = MONTHS[date.month - 1]
    texts = {
        "long": f"{date.day} {month} {date.year}",
        "us_long": f"{month} {date.day}, {date.year}",
        "iso": date.isoformat(),
        "slash": f"{date.day:02d}/{date.month:02d}/{date.year}",
        "dots": f"{date.day:02d}.{date.month:02d}.{date.year}",
        "short": f"{date.day} {month[:3]} {date.year}",
        "ordinal": f"{_ordinal(date.day)} {month} {date.year}",
    }
    return texts[style]


def format_scaled(
    value: float, *, divisor: int, negative: str, decimals: int = 0, european: bool = False
) -> str:
    """A statement cell: `value / divisor` grouped, negatives as '(45)' or '-45'."""
    magnitude = f"{abs(value) / divisor:,.{decimals}f}"
    if european:
        magnitude = magnitude.translate(str.maketrans({",": ".", ".": ","}))
    if value >= 0:
        return magnitude
    return f"({magnitude})" if negative == "paren" else f"-{magnitude}"


def is_european(style: str) -> bool:
    return style.startswith("european")


def format_bare(value: float, currency: str, style: str) -> str:
    """The number alone, as printed under a column headed with the currency."""
    if currency == "INR":
        return group_indian(round(value))
    if is_european(style):
        return plain_number(value, thousands=".", decimal=",")
    return plain_number(value)


def format_billions(billions: float, currency: str, style: str) -> str:
    """A market size such as '$4.2 billion' or 'EUR 4,2 billion' (never a key figure)."""
    number = short_decimal(billions, decimal="," if is_european(style) else ".")
    if "symbol" in style:
        return f"{CURRENCY_SYMBOLS[currency]}{number} billion"
    return f"{CURRENCY_WORDS.get(currency, currency)} {number} billion"
