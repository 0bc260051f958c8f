"""Numbers, money, percentages and dates, printed the many ways people print them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

SYMBOL = {"USD": "$", "GBP": "£", "EUR": "€", "CNY": "¥", "HKD": "HK$"}
CODES = {"USD": ["USD", "US$"], "GBP": ["GBP"], "EUR": ["EUR"], "CNY": ["RMB", "CNY"]}
MINUS = "\u2212"

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
MONTHS_DE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
CN_DIGITS = "零一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def num(x: float, decimals: int = 0, thou: str = ",", dec: str = ".") -> str:
    """Unsigned number with grouping, e.g. num(1234.5, 2) -> '1,234.50'."""
    s = f"{abs(x):,.{decimals}f}"
    return s.replace(",", "\0").replace(".", dec).replace("\0", thou)


def trim(x: float, max_dec: int = 3) -> str:
    """Shortest plain decimal for x (no grouping): 1.250 -> '1.25'."""
    s = f"{abs(x):.{max_dec}f}".rstrip("0").rstrip(".")
    return s or "0"


def exact(x: float, decimals: int) -> bool:
    return abs(round(x, decimals) - x) < 1e-9 * max(1.0, abs(x))


def signed(text: str, negative: bool, style: str = "paren") -> str:
    """Attach a sign the way a table or a sentence would."""
    if not negative:
        return text
    return {"paren": f"({text})", "minus": f"{MINUS}{text}", "hyphen": f"-{text}"}[style]


# ---------------------------------------------------------------- money (Latin script)

MONEY_STYLES = [
    "sym", "sym_dec", "code", "short", "code_short", "k", "cont", "space",
    "after", "words", "mm", "mio", "k_eu", "bn",
]  # fmt: skip
WORDS = {
    "USD": ["dollars", "US dollars", "USD"],
    "GBP": ["pounds", "pounds sterling", "GBP"],
    "EUR": ["euros", "euro", "EUR"],
    "CNY": ["yuan", "renminbi", "RMB"],
}


def can_money(value: float, style: str) -> bool:
    v = abs(value)
    if style in ("sym", "code", "cont", "space", "after"):
        return exact(v, 0)
    if style == "sym_dec":
        return exact(v, 2)
    if style in ("short", "code_short", "mm", "mio"):
        return 1_000_000 <= v < 1e9 and exact(v / 1e6, 3)
    if style == "words":
        return 1_000_000 <= v < 1e9 and exact(v / 1e6, 2)
    if style == "bn":
        return v >= 1e9 and exact(v / 1e9, 2)
    if style in ("k", "k_eu"):
        return 1_000 <= v < 1_000_000 and exact(v / 1e3, 1)
    return False


EN_STYLES = ["sym", "sym", "sym_dec", "code", "short", "code_short", "k", "after", "words", "bn"]
US_STYLES = [*EN_STYLES, "mm"]
CONT_STYLES = ["cont", "cont", "cont", "space", "mio", "k_eu"]
EU_STYLES = [*EN_STYLES, "cont", "cont", "space", "mio", "k_eu"]
CONTINENTAL = ("DE", "AT", "FR", "BE", "IT", "NL")


@dataclass
class Style:
    """One document's way of writing numbers: English (1,250,000.00) or continental
    (1.250.000,00 €, 12,5 %), with the shorthands its authors use."""

    cur: str
    rng: random.Random
    cont: bool = False
    allowed: list[str] = field(default_factory=lambda: list(EN_STYLES))

    def m(self, v: float, style: str | None = None) -> str:
        return money(v, self.cur, self.rng, style=style, allowed=self.allowed)

    def p(self, v: float) -> str:
        return pct(v, self.rng, self.cont)

    def signed(self, v: float) -> str:
        """Money as a form field shows it, a misprinted minus sign included."""
        text = self.m(v)
        return negative(text, self.rng) if v < 0 else text

    def price(self, v: float) -> str:
        text = price(abs(v), self.cur, self.rng, self.cont)
        return negative(text, self.rng) if v < 0 else text

    def n(self, v: float) -> str:
        """A count (shares, people): 1,250,000 or 1.250.000."""
        return num(v, 0, "." if self.cont else ",", "," if self.cont else ".")


def style_for(cur: str, country: str, rng: random.Random, cont: float = 0.5) -> Style:
    """Continental issuers print continental numbers with probability `cont`."""
    if country in CONTINENTAL and rng.random() < cont:
        return Style(cur, rng, True, list(CONT_STYLES))
    return Style(cur, rng, False, list(US_STYLES if country == "US" else EN_STYLES))


def money(
    value: float,
    cur: str,
    rng: random.Random,
    style: str | None = None,
    allowed: list[str] | None = None,
) -> str:
    """Unsigned money text; picks a representable style when none (or an unfit one) is given."""
    styles = [s for s in (allowed or EN_STYLES) if can_money(value, s)]
    if style is None or style not in styles:
        style = rng.choice(styles) if styles else "sym_dec"
    return _MONEY[style](abs(value), cur, rng)


def _short(v: float, cur: str, rng: random.Random) -> str:
    unit = rng.choice(["m", "m", "M", " million", " mn", "m", "mn"])
    return f"{SYMBOL[cur]}{trim(v / 1e6)}{unit}"


def _code_short(v: float, cur: str, rng: random.Random) -> str:
    unit = rng.choice(["m", " million", " mn", "M"])
    return f"{rng.choice(CODES[cur])} {trim(v / 1e6)}{unit}"


def _cont(v: float, cur: str, rng: random.Random) -> str:
    body = num(v, rng.choice([0, 2]), ".", ",")
    code = rng.choice(CODES[cur])
    return rng.choice(
        [f"{code} {body}", f"{body} {SYMBOL[cur]}", f"{SYMBOL[cur]} {body}", f"{body} {code}"]
    )


def _space(v: float, cur: str, rng: random.Random) -> str:
    body = num(v, 0, rng.choice([" ", "\u00a0"]))
    return rng.choice(
        [f"{body} {SYMBOL[cur]}", f"{SYMBOL[cur]}{body}", f"{body} {rng.choice(CODES[cur])}"]
    )


def _after(v: float, cur: str, rng: random.Random) -> str:
    """Currency after the number, English grouping: '350,000 GBP', '350,000 €'."""
    return f"{num(v)} {rng.choice([*CODES[cur], SYMBOL[cur]])}"


def _words(v: float, cur: str, rng: random.Random) -> str:
    return f"{trim(v / 1e6, 2)} million {rng.choice(WORDS[cur])}"


def _mm(v: float, cur: str, rng: random.Random) -> str:
    return f"{SYMBOL[cur]}{trim(v / 1e6)}{rng.choice(['MM', 'MM', ' MM', 'mm'])}"


def _mio(v: float, cur: str, rng: random.Random) -> str:
    """German/Italian/French shorthand: '1,25 Mio. €', '€ 1,25 mln', '1,25 M€'."""
    body = trim(v / 1e6).replace(".", ",")
    sym, code = SYMBOL[cur], rng.choice(CODES[cur])
    return rng.choice(
        [f"{body} Mio. {sym}", f"{code} {body} Mio.", f"{sym} {body} mln", f"{body} M{sym}",
         f"{body} Mio. {code}"]
    )  # fmt: skip


def _k_eu(v: float, cur: str, rng: random.Random) -> str:
    body = trim(v / 1e3, 1).replace(".", ",")
    sym, code = SYMBOL[cur], rng.choice(CODES[cur])
    return rng.choice([f"{body} k{sym}", f"{body} T{sym}", f"{body} T{code}", f"{code} {body}k"])


def _bn(v: float, cur: str, rng: random.Random) -> str:
    return f"{SYMBOL[cur]}{trim(v / 1e9, 2)}{rng.choice(['bn', ' billion', 'B', ' bn'])}"


_MONEY = {
    "sym": lambda v, cur, rng: f"{SYMBOL[cur]}{num(v)}",
    "sym_dec": lambda v, cur, rng: f"{SYMBOL[cur]}{num(v, 2)}",
    "code": lambda v, cur, rng: f"{rng.choice(CODES[cur])} {num(v)}",
    "short": _short,
    "code_short": _code_short,
    "k": lambda v, cur, rng: f"{SYMBOL[cur]}{trim(v / 1e3, 1)}{rng.choice(['k', 'k', 'K'])}",
    "cont": _cont,
    "space": _space,
    "after": _after,
    "words": _words,
    "mm": _mm,
    "mio": _mio,
    "k_eu": _k_eu,
    "bn": _bn,
}
SUBUNIT = {"GBP": ["p", "p", " pence"], "USD": [" cents", "¢"], "EUR": [" cents", " euro cents"]}


def price(value: float, cur: str, rng: random.Random, continental: bool = False) -> str:
    """A share price: '£0.85', 'EUR 1.40', '1,40 €', '85p', '0.85 GBP'."""
    d = 2 if exact(value, 2) else 4
    d = rng.choice([d, d, d, 4]) if d == 2 and value < 1 else d
    if continental:
        body = num(value, d, ".", ",")
        return rng.choice([f"{body} {SYMBOL[cur]}", f"{SYMBOL[cur]} {body}", f"EUR {body}",
                           f"{body} EUR"])  # fmt: skip
    body = num(value, d)
    if value < 1 and exact(value * 100, 0) and cur in SUBUNIT and rng.random() < 0.35:
        return f"{round(value * 100)}{rng.choice(SUBUNIT[cur])}"
    return rng.choice(
        [f"{SYMBOL[cur]}{body}", f"{SYMBOL[cur]}{body}", f"{rng.choice(CODES[cur])} {body}",
         f"{body} {rng.choice(CODES[cur])}"]
    )  # fmt: skip


NEGATIVE_FORMS = ["hyphen", "hyphen", "minus", "paren", "inside"]
PREFIXES = ("人民币", "USD ", "US$ ", "GBP ", "EUR ", "RMB ", "CNY ", "€ ", "$", "£", "€", "¥",
            "￥")  # fmt: skip


def negative(text: str, rng: random.Random) -> str:
    """A negative amount as people misprint it: '-$25,000', '−$25,000', '($25,000)',
    'USD -25,000', '-2.5万元', '人民币-25,000元'."""
    form = rng.choice(NEGATIVE_FORMS)
    prefix = next((p for p in PREFIXES if text.startswith(p)), None)
    if form == "inside" and prefix:
        return f"{prefix}-{text[len(prefix) :]}"
    if form == "paren" and not any(ch in text for ch in "元万亿"):  # brackets are English style
        return f"({text})"
    return (MINUS if form == "minus" else "-") + text


def signed_zh(text: str, value: float, rng: random.Random) -> str:
    return negative(text, rng) if value < 0 else text


def big(value: float, cur: str, rng: random.Random) -> str:
    """Market-size style amounts: '$4.5 billion', '£2.3bn'."""
    if value >= 1e9:
        return f"{SYMBOL[cur]}{trim(value / 1e9, 1)}{rng.choice([' billion', 'bn', 'B'])}"
    return f"{SYMBOL[cur]}{trim(value / 1e6, 1)}{rng.choice([' million', 'm'])}"


def pct(value: float, rng: random.Random, continental: bool = False) -> str:
    d = 0 if exact(value, 0) else (1 if exact(value, 1) else 2)
    d = max(d, rng.choice([d, d, 1, 2]))
    if continental:
        return rng.choice([f"{num(value, d, '.', ',')} %", f"{num(value, d, '.', ',')}%"])
    body = num(value, d)
    return rng.choice([f"{body}%", f"{body}%", f"{body} %", f"{body} per cent", f"{body} percent"])


# ---------------------------------------------------------------- dates

MONTHS_IT = [
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre",
]  # fmt: skip
MONTHS_NL = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DATE_STYLES = [
    "dmy", "mdy", "iso", "slash", "dot", "de", "fr", "ord", "mdy_short", "it", "nl", "dash",
    "weekday", "mdy_ord", "dmy_short", "us_slash", "dot_short",
]  # fmt: skip
LOCAL_DATE = {"DE": "de", "AT": "de", "FR": "fr", "BE": "fr", "IT": "it", "NL": "nl"}
REGION_DATES = {
    "us": ["mdy", "mdy", "mdy_short", "mdy_ord", "iso", "us_slash"],
    "uk": ["dmy", "dmy", "ord", "slash", "dmy_short", "dash", "weekday", "iso"],
    "eu": ["dmy", "dot", "dot_short", "iso", "dmy_short", "slash"],
}


def date_style(region: str | None, country: str, rng: random.Random) -> str:
    """A document's date style; a continental issuer sometimes writes its own month names."""
    pool = list(REGION_DATES.get(region or "", ["dmy", "mdy", "iso", "ord"]))
    if country in LOCAL_DATE:
        pool += [LOCAL_DATE[country]] * 2
    return rng.choice(pool)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_en(d: dt.date, style: str) -> str:
    if style in ("slash", "us_slash") and d.day <= 12:
        style = "dmy" if style == "slash" else "mdy"  # never print an ambiguous 05/03/2025
    if style == "us_slash":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dot_short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "it":
        return f"{d.day} {MONTHS_IT[d.month - 1]} {d.year}"
    if style == "nl":
        return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"
    if style == "dash":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    if style == "weekday":
        return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "mdy_ord":
        return f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}"
    if style == "dmy_short":
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "mdy":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "mdy_short":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "de":
        return f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}"
    if style == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"


def date_zh(d: dt.date, style: str) -> str:
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------- Chinese amounts


def cn_numeral(n: int) -> str:
    """Chinese numeral for 1..99_999_999, e.g. 3_000_000 -> '三百万'."""
    if n <= 0 or n >= 100_000_000:
        raise ValueError(n)
    high, low = divmod(n, 10_000)
    if not high:
        return _cn_group(low, leading=True)
    text = _cn_group(high, leading=True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _cn_group(low, leading=False)
    return text


def _cn_group(n: int, *, leading: bool) -> str:
    out, zero = "", False
    for unit, div in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d, n = divmod(n, div)
        if d:
            if zero and out:
                out += "零"
            zero = False
            out += (
                "" if (d == 1 and unit == "十" and not out and leading) else CN_DIGITS[d]
            ) + unit
        elif out:
            zero = True
    return out


ZH_STYLES = ["yuan", "yuan_dec", "rmb_yuan", "symbol", "wan", "rmb_wan", "yi", "numeral", "w"]


def can_zh(value: float, style: str) -> bool:
    v = abs(value)
    if style in ("yuan", "rmb_yuan", "symbol"):
        return exact(v, 0)
    if style == "yuan_dec":
        return exact(v, 2)
    if style in ("wan", "rmb_wan"):
        return v >= 10_000 and exact(v / 1e4, 2)
    if style == "yi":
        return v >= 100_000_000 and exact(v / 1e8, 2)
    if style == "numeral":
        return 100_000 <= v < 1e8 and exact(v / 1e4, 0)
    if style == "w":
        return 10_000 <= v < 1e7 and exact(v / 1e4, 0)
    return False


def money_zh(value: float, rng: random.Random, style: str | None = None) -> str:
    styles = [s for s in ZH_STYLES if can_zh(value, s) and s != "w"]
    if style is None or not can_zh(value, style):
        style = rng.choice(styles) if styles else "yuan_dec"
    v = abs(value)
    text = {
        "yuan": lambda: f"{num(v)}元",
        "yuan_dec": lambda: f"{num(v, 2)}元",
        "rmb_yuan": lambda: f"人民币{num(v)}元",
        "symbol": lambda: f"{rng.choice(['¥', '￥'])}{num(v, rng.choice([0, 2]))}",
        "wan": lambda: f"{trim(v / 1e4, 2)}万元",
        "rmb_wan": lambda: f"人民币{trim(v / 1e4, 2)}万元",
        "yi": lambda: f"{trim(v / 1e8, 2)}亿元",
        "numeral": lambda: f"{cn_numeral(round(v / 1e4) * 10_000)}元",
        "w": lambda: f"{round(v / 1e4)}{rng.choice(['w', 'W'])}",
    }[style]()
    if style in ("wan", "yuan") and rng.random() < 0.15:
        text = text.translate(FULLWIDTH)
    return text


def pct_zh(value: float, rng: random.Random) -> str:
    d = 0 if exact(value, 0) else (1 if exact(value, 1) else 2)
    text = f"{num(value, d)}%"
    return text.translate(FULLWIDTH) if rng.random() < 0.1 else text
