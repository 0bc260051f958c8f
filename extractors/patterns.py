"""Named regular expressions: amounts, numbers, percentages, dates, ids, places, layout, tables,
sections, figures, the issuer and people.

Every pattern the extractors use is compiled here, once. Building blocks are plain strings
(`*_RE`); compiled patterns are the upper-case names without the suffix.
"""

from __future__ import annotations

import re

import pycountry
import regex

# Upper-case words that are also ISO 4217 codes ("ALL", "TOP", "TRY", "AMD"), plus fund and
# precious-metal codes: an amount is never written with them in our documents.
NOT_CURRENCY_CODES = frozenset(
    {"ALL", "AMD", "BAM", "CUP", "GEL", "MAD", "NIO", "PEN", "PHP", "SOS", "TOP", "TRY"}
    | {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW"}
    | {"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"}
)
CURRENCY_CODES = frozenset(c.alpha_3 for c in pycountry.currencies) - NOT_CURRENCY_CODES


def _zh(words: str) -> str:
    """Chinese words (`预计|预测`) as a pattern that also matches them split by a wrapped
    line, which leaves a space between two characters (`预 计`)."""
    return "|".join(r"\s?".join(map(re.escape, word)) for word in words.split("|"))


# --- numbers ------------------------------------------------------------------------------

SPACE_SEPARATORS = " \u00a0\u2009\u202f"
"""Space, no-break space, thin space, narrow no-break space: all group digits."""

NUMBER_RE = r"""
(?:
    \d{1,3}(?:，\d{3})+(?:\.\d+)?          # 1，250，000元: a full-width comma groups before 元
      (?=[ \u00a0]?(?:[元圆]|人民币|美元|港元|港币)|\s*$)  # (else 100，200，300 are three)
  | \d{1,2}(?:,\d{2})+,\d{3}               # Indian lakh/crore grouping: 5,57,000 / 1,25,50,000
  | \d{1,3}(?:,\d{3})+                     # 1,250,000
  | \d{1,3}(?:\.\d{3})+                    # 1.250.000, or 1.250 (decimal or not: money.py decides)
  | \d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+ # 1 250 000
  | \d{1,3}(?:['’]\d{3})+                  # 1'250'000 (Swiss)
  | \d+
)
(?:[.,]\d+)?                               # decimal part: 1,250.50 / 1.250,50 / 2,4
(?!\d|[.,]\d)                              # never stop inside a longer number
"""
NUMBER_CELL = re.compile(
    rf"""
    \s*(?P<open>\()?\s*
    (?P<sign>[-−–+])?\s*
    (?:(?P<pre>[$€£¥￥₹]|(?:US|HK|A|S|C|NZ)\$|Rs\.?|[A-Z]{{3}}(?![A-Za-z]))\s*)?
    (?P<sign2>[-−–])?\s*
    (?P<num>{NUMBER_RE})
    \s*(?:€|[A-Z]{{3}}(?![A-Za-z]))?
    \s*(?P<trail>[-−])?                    # SAP-style trailing minus: 45,000-
    \s*(?(open)\))\s*
    """,
    re.VERBOSE,
)
"""A whole table cell holding one number, currency marks tolerated (`parse_number`)."""

# --- currencies and magnitudes ------------------------------------------------------------

_CODES_RE = "|".join(sorted(CURRENCY_CODES))
CURRENCY_PREFIX_RE = rf"""
(?:
    (?<![A-Za-z])
    (?:US\$|U\.S\.\$|HK\$|AU?\$|CA?\$|S\$|NZ\$|NT\$|R\$|MX\$|Rs\.?|RMB|{_CODES_RE})
    (?![A-Za-z])
  | [$€£¥￥₹₩₽₺₪₱฿₫]
  | 人民币
)
"""
CURRENCY_WORD_RE = r"""
(?i:
    (?:US|U\.S\.|Hong\s+Kong|HK|Australian|Canadian|Singapore|New\s+Zealand)\s+dollars?
  | dollars? | euros? | pounds\s+sterling | pounds? | sterling
  | (?:Chinese\s+)?yuan | renminbi | RMB | (?:Indian\s+)?rupees? | yen
)(?![A-Za-z])
"""
CURRENCY_CJK_RE = r"(?:美元|港元|港币|欧元|英镑|日元|人民币|円|元)"
CURRENCY_SUFFIX_RE = rf"""
(?:
    €
  | (?:US|HK|AU?|CA?|S|NZ)?[$£¥]  # "675 000 $"; `MONEY` tells it from the next amount's sign
  | (?<=[TkKmM])EUR(?![A-Za-z])  # "590 TEUR", "75 kEUR": thousands of euros
  | {CURRENCY_CJK_RE}
  | (?<![A-Za-z])(?:{_CODES_RE})(?![A-Za-z])
  | {CURRENCY_WORD_RE}
)
"""
CURRENCY_MARK = re.compile(
    rf"""{CURRENCY_PREFIX_RE}|{CURRENCY_CJK_RE}|{CURRENCY_WORD_RE}
    | (?<![A-Za-z])[TKM]?(?P<code>{_CODES_RE})(?:k|m|mn|bn|MM)?(?![A-Za-z])  # TEUR, EURm""",
    re.VERBOSE,
)
"""Any currency mark, for `currency_in`; `code` is set for a code with a scale letter."""

MAGNITUDE_WORD_RE = r"""
(?i:thousand|million|billion|trillion|mln|mio|mrd|tsd|mn|bn|tn|mm|lakhs?|lacs?|crores?)(?![A-Za-z])
"""
MAGNITUDE_BEFORE_EURO_RE = r"[TkKmM](?=€|EUR(?![A-Za-z]))"  # "5 T€", "75 k€", "1,5 M€", "120 TEUR"
MAGNITUDE_LETTER_RE = r"[kKmMbBwW](?![A-Za-z])"  # attached only: $1.5m, £750k, $4.2B, 30w (万)
MAGNITUDE_CJK_RE = r"(?:千万|百万|十亿|亿|万|千)"

MONEY = re.compile(
    rf"""
    # -$45,000, 为-320万元 (a minus may follow Chinese), 负120万元; not the dash of "10-$20"
    (?P<sign>(?<![^\W\u3400-\u9fff]|\))[-−–]|负(?=\s?(?:人民币|[¥￥])?\s?\d))?
    (?:(?P<pre>{CURRENCY_PREFIX_RE})[ \u00a0]?)?
    (?(pre)(?:(?P<open>\()[ \u00a0]?)?)             # USD (1,200): negative, only after a currency
    (?(pre)(?P<sign2>[-−–])?)                       # USD -1,200
    (?(pre)|(?<![A-Za-z\d.,]))                      # a bare number starts outside words/numbers
    (?P<num>{NUMBER_RE})
    (?(open)[ \u00a0]?\))
    (?:[ \u00a0]?(?P<mag>{MAGNITUDE_WORD_RE}|{MAGNITUDE_CJK_RE}|{MAGNITUDE_BEFORE_EURO_RE})
       (?:(?<=[Mm]io|[Mm]rd|[Tt]sd)\.                 # "1,35 Mio. €"
          (?=[ \u00a0]?{CURRENCY_SUFFIX_RE}(?![ \u00a0]?\d)))?
     |(?P<mag1>{MAGNITUDE_LETTER_RE}))?
    # not the next amount's mark, unless that amount has its own (`40,000 USD 60,000 US$`);
    # a mark wrapped to the next line where it ends its clause (`raise of 800,000` / `USD.`)
    (?:(?:[ \u00a0]?|\n(?={CURRENCY_SUFFIX_RE}[.,;:]))(?P<suf>{CURRENCY_SUFFIX_RE})
       (?![ \u00a0]?(?:{NUMBER_RE})(?![ \u00a0]?{CURRENCY_SUFFIX_RE})))?
    (?![A-Za-z])                                    # "$1.5x", "5m2": not an amount
    """,
    re.VERBOSE,
)
"""One amount in running text; `money.find_money` decides which matches are money."""

_NUMERAL_DIGIT_RE = "零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
_NUMERAL_UNIT_RE = "十百千拾佰仟万萬亿億"
NUMERAL_AMOUNT = re.compile(
    rf"""
    (?P<sign>负)?
    (?:(?P<pre>人民币|[¥￥])[ \u00a0]?)?
    (?<![几数上成多近余\d.,，{_NUMERAL_DIGIT_RE}{_NUMERAL_UNIT_RE}])  # 几十万, 数百万: vague
    (?=[\d.]*[{_NUMERAL_DIGIT_RE}十百千拾佰仟]|\d+(?:\.\d+)?[亿億]\d)  # a Chinese numeral in it
    (?P<num>(?:\d+(?:\.\d+)?|[{_NUMERAL_DIGIT_RE}十拾])
            (?:\d+(?:\.\d+)?|[{_NUMERAL_DIGIT_RE}{_NUMERAL_UNIT_RE}])*)
    (?P<suf>{CURRENCY_CJK_RE})?
    (?![\d{_NUMERAL_DIGIT_RE}{_NUMERAL_UNIT_RE}])
    """,
    re.VERBOSE,
)
"""An amount in Chinese numerals, Arabic digits beside them or not: 人民币三百万元, 壹佰万元,
1亿2000万元, 负二十万元. `money.find_money` reads it (`numerals.numeral_value`)."""
NUMERAL_PART = re.compile(rf"\d+(?:\.\d+)?|[{_NUMERAL_DIGIT_RE}{_NUMERAL_UNIT_RE}]")
"""A digit run or one Chinese digit or unit of a numeral."""

SUBUNIT_AMOUNT = re.compile(
    r"(?P<sign>(?<![\w)])[-−–])?(?<![\w.,])(?P<num>\d{1,3}(?:\.\d+)?)"
    r"(?:(?P<unit>p)|\s?(?:(?i:euro|us|dollar)\s)?(?P<unit2>pence|cents?|¢))(?![A-Za-z])"
)
"""A price in pence or cents: `25p`, `10 cents`, `50¢`, `-50¢` (a misprint the rules catch)."""

LEADING_ZEROS = re.compile(r"0[\d，]")
"""Digits that open with a zero (`000`, `0，000`): the tail of a number a space broke apart."""
PERCENT_AFTER = re.compile(r"[ \u00a0]?[%％]")
# Nouns that make "5 million users" a count, not an amount, even with a default currency.
COUNT_NOUN_AFTER = re.compile(
    r"""\s*(?:(?i:users?|customers?|people|persons?|shares?|units?|downloads?|members?
    |subscribers?|visitors?|views?|employees?|investors?|tons?|tonnes?|km|miles?|hours?
    |times|transactions?|orders?|devices?|patients?|students?|years?)(?![A-Za-z])
    |[股人名户份次件台个家吨年辆套张条颗片瓶盒箱只头亩米笔单项款部本册]|用户|会员|客户)""",
    re.VERBOSE,
)

PERCENT = re.compile(
    rf"""
    (?:(?<![\w)])(?P<sign>[-−–]))?
    (?<![A-Za-z\d.,])
    (?P<num>{NUMBER_RE})
    [ \u00a0]?(?:[%％]|(?i:percent|per\s+cent|pct)(?![A-Za-z]))
    """,
    re.VERBOSE,
)

# --- table scales (headings and captions) -------------------------------------------------

_NOT_AN_AMOUNT_RE = (
    r"(?<![\d０-９.,])(?<![\d０-９.,]\s)"  # "亿元" heads a column; "120亿元" is an amount
)
_SCALE_CURRENCY_RE = rf"(?:[$€£¥]|US\$|HK\$|(?<![A-Za-z])(?:RMB|{_CODES_RE}))"
SCALE_BILLIONS = re.compile(
    rf"(?i:\b(?:in|of)\s+(?:\S+\s+)?billions\b|\bbillions\s+of\b)"
    rf"|{_SCALE_CURRENCY_RE}\s?(?:bn|b|billions?)\b|{_NOT_AN_AMOUNT_RE}十亿"
)
SCALE_HUNDRED_MILLIONS = re.compile(rf"{_NOT_AN_AMOUNT_RE}亿")
SCALE_TEN_MILLIONS = re.compile(rf"{_NOT_AN_AMOUNT_RE}千万")
SCALE_MILLIONS = re.compile(
    rf"(?i:\b(?:in|of)\s+(?:\S+\s+)?millions\b|\bmillions\s+of\b|\bmio\.?(?![A-Za-z])"
    rf"|\(\s*millions\b)"
    rf"|{_SCALE_CURRENCY_RE}\s?(?:m|mn|mln|MM|M|(?i:millions?))\b|\bMEUR\b|{_NOT_AN_AMOUNT_RE}百万"
)
SCALE_TEN_THOUSANDS = re.compile(rf"{_NOT_AN_AMOUNT_RE}万")
SCALE_THOUSANDS = re.compile(
    rf"(?i:\b(?:in|of)\s+(?:\S+\s+)?thousands\b|\bthousands\s+of\b|\b000s\b|\btsd\.?(?![A-Za-z])"
    rf"|\(\s*thousands\b)"
    rf"|['’‘]000(?!\d)"  # $'000, USD '000, RMB'000
    rf"|(?<![\d,.])[$€£¥]\s?000(?![\d,.])"  # €000, $000
    rf"|{_SCALE_CURRENCY_RE}\s?thousands?\b"
    rf"|{_SCALE_CURRENCY_RE}\s?k\b|\b[TK]EUR\b|\bT€|{_NOT_AN_AMOUNT_RE}(?:千元|千美元|千港元)|单位[:：]\s*千"
)

# --- dates --------------------------------------------------------------------------------

DATE_LANGUAGES = ("en", "de", "fr", "it", "es", "nl", "pt")
"""Languages whose month names are read ("31 mars 2025", "31. März 2025", "31 de marzo de 2025")."""
MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip


def _month_words() -> tuple[dict[str, int], set[str]]:
    """Month names by number, from dateparser's translation data; and the abbreviations that
    count only with their full stop ("déc.", "Dez."): bare, "mar" or "set" are words too.
    English ones ("Dec", "Sept") count bare, as before."""
    import importlib

    numbers: dict[str, int] = {}
    bare: set[str] = set()
    dotted: set[str] = set()
    for language in DATE_LANGUAGES:
        data = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
        for number, month in enumerate(MONTH_KEYS, start=1):
            forms = [form.lower() for form in data[month]]
            for form in forms:
                numbers.setdefault(form, number)
                shortened = any(other != form and other.startswith(form) for other in forms)
                short = shortened or (len(form) <= 3 and len(forms) > 1)
                (dotted if short and language != "en" else bare).add(form)
    return numbers, dotted - bare


def _trie_re(words: set[str]) -> str:
    """One alternation for many words, as a prefix tree: a failing position fails at once."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        options = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not options:
            return ""
        body = options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


MONTH_NUMBERS, _DOTTED_MONTHS = _month_words()
MONTH_RE = (
    rf"(?P<month>(?i:{_trie_re(set(MONTH_NUMBERS) - _DOTTED_MONTHS)})(?![^\W\d_])"
    rf"|(?i:{_trie_re(_DOTTED_MONTHS)})(?=\.))\.?"
)
"""A month's name in one of `DATE_LANGUAGES`, English abbreviations with or without a dot."""
_ORDINAL_RE = r"(?:st|nd|rd|th|er|º|°|\.)?"  # 31st, 1er, 1º, 31. (German)
DATE_DAY_MONTH = re.compile(
    rf"(?<![\w])(?P<day>\d{{1,2}}){_ORDINAL_RE}(?:\s+(?:of|de))?[\s\-]+{MONTH_RE},?"
    rf"(?:\s+(?:de|del))?[\s\-]+(?P<year>\d{{4}})(?!\d)",
    re.VERBOSE,
)
DATE_MONTH_DAY = re.compile(
    rf"(?<![\w]){MONTH_RE}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d)",
    re.VERBOSE,
)
DATE_DAY_MON_YY = re.compile(  # 31-Dec-23, the spreadsheet export style
    rf"(?<![\w])(?P<day>\d{{1,2}})-{MONTH_RE}-(?P<year>\d{{2}})(?![\d\-])", re.VERBOSE
)
DATE_ISO = re.compile(
    r"(?<![\d./-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<day>\d{1,2})(?!\d|[./-]\d)"
)
DATE_NUMERIC = re.compile(  # 31/03/2025, 03/31/2025, 31.03.2025, 31-03-2025, 31/03/25
    r"(?<![\d./-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)"
    r"(?P<year>\d{4}|\d{2})(?!\d|[./-]\d)"
)
DATE_CJK = re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]")
MONTH_YEAR = re.compile(rf"(?<![\w\d]){MONTH_RE}[\s\-,']+(?P<year>\d{{4}})(?!\d)", re.VERBOSE)
MONTH_YEAR_CJK = re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月(?!\s*\d)")
MONTH_SHORT_YEAR = re.compile(  # Dec-23, Dec '23 (column headings)
    rf"(?<![\w\d]){MONTH_RE}(?:-|\s?['’])(?P<year>\d{{2}})(?![\d\-/.])", re.VERBOSE
)
FISCAL_RANGE = re.compile(  # 2023/24, 2023-2024: a fiscal year named by both calendar years
    r"(?<![\d/.-])(?P<start>(?:19|20)\d{2})\s?[/\-–]\s?(?P<end>\d{4}|\d{2})(?![\d/-]|\.\d)"
)
FISCAL_FY = re.compile(r"(?<![A-Za-z])(?i:FY)\s?['’]?(?P<year>\d{4}|\d{2})(?!\d)")
YEAR_CJK = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年")
YEAR = re.compile(r"(?<![\d.,$€£¥])(?P<year>(?:19|20)\d{2})(?!\d|%|[.,]\d)")

# --- registration ids ---------------------------------------------------------------------

# What may stand between a label and its value: "(EIN)", ":", "#", "No.", "is", "number".
_ID_GAP_RE = (
    r"\)?[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?"  # ")": a label in brackets, "licence no. (USCC)"
    # a label wrapped before its last word: "(VAT reg." / "no. DE740339826)"
    r"(?:\n?[^\S\n]*(?:(?i:is|was|No\.?|Nr\.?|number)(?![A-Za-z])|[#:：=\-–,])[^\S\n]*){0,3}"
    r"(?:\n[^\S\n]*)?"  # a label at a line's end, its id on the next: "... USt-IdNr. is" / "DE..."
)
EIN_ID = re.compile(
    r"(?:\b(?:EIN|FEIN)\b|(?i:Employer\s+Identification\s+(?:Number|No\.?)"
    r"|Federal\s+(?:Tax|Employer)\s+(?:ID|Identification)(?:\s+(?:Number|No\.?))?"
    r"|(?:US\s+|U\.S\.\s+)?Tax\s+ID(?:\s+(?:Number|No\.?))?"
    r"|Employer\s+(?:ID|Identification)(?:\s+(?:Number|No\.?))?))"
    rf"{_ID_GAP_RE}(?P<value>\d{{2}}[-‐–]?\d{{7}})(?!\d)"
)
USCC_ID = re.compile(
    r"(?:\bUSCC\b|统一社会信用代码|社会信用代码|营业执照(?:注册)?号"
    r"|(?i:Unified\s+Social\s+Credit\s+(?:Code|Number)|Business\s+licen[cs]e\s+(?:No\.?|number)))"
    rf"{_ID_GAP_RE}(?P<value>[0-9A-Za-z]{{15,20}})(?![0-9A-Za-z])"
)
# Without a label: registration authority and category (2), region code (6 digits), then 10
# more over the code's alphabet (digits and capitals without I, O, S, V, Z).
USCC_TOKEN = re.compile(
    r"(?<![0-9A-Za-z])(?P<value>[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Za-z])"
)
VAT_ID = re.compile(
    r"(?:\bVAT\b(?:[^\S\n]+(?i:registration|reg\.?|identification))?"
    r"(?:(?:[^\S\n]+|-)(?i:number|No\.?|ID|Nr\.?))?"
    r"|\bUSt-?Id(?:Nr)?\.?|\bUSt-?IdNr\.?|(?i:Umsatzsteuer-Identifikationsnummer)"
    r"|(?i:Umsatzsteuer-ID(?:-?Nr\.?)?)|\bUID(?:-Nummer|-Nr\.?)?"
    r"|(?:N°[^\S\n]*)?\bTVA\b(?:[^\S\n]+(?:intracommunautaire|intracom\.?))?"
    r"|\bBTW(?:[- ](?i:nummer|nr\.?|id|identificatienummer))?\b"
    r"|\b(?i:MwSt|MWST)\.?(?:-?Nr\.?)?|\b(?:NIF|CIF|NIPC)\b"
    r"|\b(?:P\.?[^\S\n]?IVA|Partita\s+IVA)\b)"
    rf"{_ID_GAP_RE}"
    # a country prefix, then chunks that each hold a digit: "GB 123 4567 89", "NL123456789B01"
    r"(?P<value>(?:[A-Z]{2,3}[^\S\n]?-?)?[0-9A-Z]*\d[0-9A-Z]*(?:[ .\-][0-9A-Z]*\d[0-9A-Z]*)*)"
    r"(?![0-9A-Za-z])"
)
CRN_ID = re.compile(
    r"(?:\bCRN\b|(?i:Company\s+(?:registration(?:\s+(?:number|No\.?))?|number|No\.?)"
    r"|Registered\s+in\s+(?:England(?:\s+(?:and|&)\s+Wales)?|Scotland|Wales|Northern\s+Ireland)"
    r"(?:\s+under)?(?:\s+(?:company|registration))?(?:\s+(?:number|No\.?))?"
    r"|Companies\s+House(?:\s+(?:registration\s+)?(?:number|No\.?))?"
    r"|Registered\s+number))"
    rf"{_ID_GAP_RE}(?P<value>(?:[A-Z]{{2}}[^\S\n]?\d{{6}}|\d{{5,8}}))(?![0-9A-Za-z])"
)
SIREN_ID = re.compile(  # "RCS Paris B 513 738 732": the trade register prints the SIREN
    r"(?:\bSIRE[NT]\b|\bR\.?C\.?S\.?(?:[^\S\n]+[A-Z][\w\-]+){0,2}(?:[^\S\n]+[AB])?)"
    rf"{_ID_GAP_RE}(?P<value>\d{{3}} ?\d{{3}} ?\d{{3}})(?![\d])"
)
KVK_ID = re.compile(
    r"(?:\b(?:KvK|KVK)|(?i:Chamber[ \t]+of[ \t]+Commerce)(?:[ \t]+\((?:KvK|KVK)\))?)"
    rf"(?:-nummer|\s+(?i:number|nr\.?))?{_ID_GAP_RE}(?P<value>\d{{8}})(?!\d)"
)
HRB_ID = re.compile(r"(?P<value>\bHR[AB][^\S\n]?\d{1,6}(?:[^\S\n]?[A-Z]{1,2})?)(?![0-9A-Za-z])")
CIN_ID = re.compile(  # Indian Corporate Identity Number: U72900KA2015PTC012345
    r"(?:\bCIN\b|(?i:Corporate\s+Identi(?:ty|fication)\s+Number))"
    rf"{_ID_GAP_RE}(?P<value>[LU]\d{{5}}[A-Z]{{2}}\d{{4}}[A-Z]{{3}}\d{{6}})(?![0-9A-Za-z])"
)
REGISTRATION_NO_ID = re.compile(
    r"(?i:(?:company\s+)?registration\s+(?:number|No\.?)|Reg\.?\s*No\.?|registered\s+No\.?)"
    rf"{_ID_GAP_RE}(?P<value>[A-Z0-9][A-Z0-9\-/]{{3,24}})(?![0-9A-Za-z])"
)
EU_VAT_TOKEN = re.compile(
    r"(?<![0-9A-Za-z])(?P<value>(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV"
    r"|MT|NL|PL|PT|RO|SE|SI|SK|XI)(?=[0-9A-Z+*]*\d{7})[0-9A-Z+*]{8,12})(?![0-9A-Za-z])"
)
"""A token shaped like an EU VAT number; read without a label only if its checksum holds."""
EIN_ID_BELOW = re.compile(
    r"(?<![\d-])(?P<value>\d{2}-\d{7})(?![\d-])"
    r"(?=[^\n]*\n[^\n]*(?i:employer[ \t]+identification|I\.?R\.?S\.?[ \t]+Employer))"
)
"""An SEC cover's EIN, its caption on the line below: "(I.R.S. Employer Identification No.)"."""
SEC_FILE_NUMBER = re.compile(r"(?:333|00[0-2]|0?1|2)-\d{4,6}")
"""An SEC file number ("Registration No. 333-146431"): a filing's, not the company's."""
EIN_SHAPE = re.compile(r"\d{2}-?\d{7}")
CRN_SHAPE = re.compile(r"(?:[A-Z]{2}\d{6}|\d{8})")
HRB_SHAPE = re.compile(r"HR[AB]\d{1,6}[A-Z]{0,2}")
ID_SEPARATORS = re.compile(r"[\s.\-‐–/]")

# --- places -------------------------------------------------------------------------------

# A place segment: capitalised words (street numbers and postcodes allowed) with the small
# connectors of place names between them ("People's Republic of China", "Rue de la Paix").
# A word ends before a full stop that ends a sentence ("... United States. The company").
_PLACE_WORD_RE = r"[A-Z\d\u00c0-\u00de](?:[\w'’\-]|\.(?=[\w,]))*\.?"
PLACE_SEGMENT_RE = (
    rf"{_PLACE_WORD_RE}(?:[ \t]+(?:(?:of|de|la|le|du|des|del|der|di|am|upon|on|the)[ \t]+)*"
    rf"{_PLACE_WORD_RE})*"
)
PLACE_CHAIN = re.compile(rf"{PLACE_SEGMENT_RE}(?:,[ \t]*{PLACE_SEGMENT_RE})+")
"""Two or more place segments: `Lyon, France`, `Austin, Texas`."""
PLACE_CUE = re.compile(
    r"""
    (?P<address>
        (?i:registered[ \t]+(?:office|address|seat)|principal[ \t]+place[ \t]+of[ \t]+business
        |principal[ \t]+(?:executive[ \t]+)?offices?|head[ \t]*(?:office|quarters)
        |headquarter(?:s|ed)
        |(?:business|postal|mailing|office|company|street|registered)[ \t]+address
        |siège(?:[ \t]+social)?|sede[ \t]+legale|Geschäftsanschrift|Anschrift|vestigingsadres
        |adresse|adres|indirizzo|dirección|domicilio[ \t]+social
        |statutaire[ \t]+zetel
        |(?:its|our)[ \t]+(?:registered[ \t]+)?(?:office|seat)[ \t]+(?:is[ \t]+)?(?:at|in))
      | (?m:(?:^|(?<=[ \t]{2}))[ \t]*(?i:address|seat)(?=[ \t]*[:：]|[ \t]{2}|[ \t]*$))
      | (?i:(?:our|its|the[ \t]+company's|the[ \t]+company’s)[ \t]+address)
      | 注册地址|公司地址|办公地址|经营地址|住所|地址
    )
  | (?P<location>
        (?i:based[ \t]+(?:in|at|out[ \t]+of)|located[ \t]+(?:in|at)|situated[ \t]+(?:in|at)
        |operates?[ \t]+from)
      | (?m:(?:^|(?<=[ \t]{2}))(?:Location|Base|HQ|City|Town|Country|Sitz)(?=[ \t]*[:：]|[ \t]{2}))
      | (?<![\w-])(?:Location|Base|HQ)(?=[ \t]*[:：])  # "At a glance Founded: 2013 Base: Xiamen"
      | 位于|坐落于
    )
  | (?P<jurisdiction>
        (?i:registered[ \t]+in|incorporated[ \t]+(?:in|under[ \t]+the[ \t]+laws[ \t]+of)
        |domiciled[ \t]+in|organi[sz]ed[ \t]+(?:in|under[ \t]+the[ \t]+laws[ \t]+of)
        |country[ \t]+of[ \t]+(?:incorporation|registration))
    )
    """,
    re.VERBOSE,
)
"""What stands before the issuer's place, by strength: an address, a location, a jurisdiction."""
PLACE_CUE_GAP = re.compile(
    r"(?:[ \t]*(?:(?i:is|are|was|located|situated|at|in|of[ \t]+the[ \t]+company"
    r"|(?:(?:its|our|the|a|shared)[ \t]+)*(?:offices?|premises|workspace|facilit(?:y|ies))"
    r"[ \t]+(?:in|at))(?![\w])"
    r"|[:：\-–—]))*[ \t]*\n?[ \t]*"
)
"""Between a place cue and its place: "is located at", ":", a line break."""
ADDRESS_END = re.compile(
    r"(?<!\bSt)(?<!\bAve)(?<!\bRd)(?<!\bDr)(?<!\bBlvd)(?<!\bSte)(?<!\bFl)(?<!\bNo)"
    r"(?<!\b[A-Z])\.(?:\s|$)"
    r"|[;(（。；，、]|[ \t]{2,}|\s(?:and|with|where|which|while|since|but|for|to|as|from)\s+[a-z]"
    r"|\s(?:and\s+(?:its|our|the)|or|who|that|under|since|on|in\s+(?:19|20)\d\d)\b"
    r"|\b(?i:tel|phone|fax|e-?mail|web(?:site)?|www|https?)\b"
    r"|,[ \t]+(?:the|a|an|its|our|their|we|it|which|where|who|whose|while|but|and)[ \t]"
    r"|[ \t]+[A-Z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}(?=[ \t]*[:：])"  # the next `Label:`
)
"""Where an address stops in running text: a sentence end (not `St.`), `; (`, a column gap,
`and its`, a clause after a comma (`Frankfurt am Main, the company`), a telephone or web
address, the next label of the line (`Location: Dublin Version date: 2024-05-06`)."""
ADDRESS_LINE_STOP = re.compile(r"[:：]|https?:|www\.|@")
"""A following line that starts something else: a `Label: value` line, a web or mail address."""
LABEL_LINE = re.compile(r"[A-Z][^.:：\n]{0,40}(?i:\bno\.|\bnr\.)?[ \t]*[:：]")
"""A line that opens with its label: `VAT ID: NL...`, `Responsible persons: ...`."""
PLACE_BASED = re.compile(r"(?P<name>[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*)?)-based\b")
REGION_AFFIXES = re.compile(
    r"^(?:state|province|commonwealth)\s+of\s+"
    r"|\s+(?:state|province|prov|autonomous\s+region|region)$"
    r"|(?:省|市|自治区|特别行政区)$"
)
# Postcodes, by the country whose shape they have (`None` for the all-digit ones).
_POSTCODE_SHAPES_RE = r"""
    (?P<GB>[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})          # LS1 5AB, EC3V 0BT
  | (?P<IE>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[AC-FHKNPRTV-Y\d]{4}) # Eircode V94 T9PX
  | (?P<CA>[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)                   # M5V 2T6
  | (?P<number>(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?|\d{3}[ \t]\d{2,3}|\d{2}-\d{3})
  | (?P<outward>[A-Z]{1,2}\d[A-Z\d]?)                      # BS1: a UK postcode's first half
"""
POSTCODE_LEADING = re.compile(
    rf"^(?:(?P<NL>\d{{4}}[ \t]?[A-Z]{{2}})(?=[ \t]+[A-Z])|{_POSTCODE_SHAPES_RE})[ \t]+(?=\S)",
    re.VERBOSE,
)
"""A postcode before the city: `10121 Turin`, `3511 AX Utrecht`, `D-10115 Berlin`."""
POSTCODE_TRAILING = re.compile(rf"[ \t]+(?:{_POSTCODE_SHAPES_RE})$", re.VERBOSE)
"""A postcode after the city or state: `Leeds LS1 5AB`, `Galway H91 E2K3`, `OR 97214`."""
POSTCODE_ALONE = re.compile(
    rf"^(?:(?P<NL>\d{{4}}[ \t]?[A-Z]{{2}})|{_POSTCODE_SHAPES_RE})$", re.VERBOSE
)
POSTCODE_CITY_TAIL = re.compile(
    r"(?<=\d)[ \t]+(?=(?:(?:[A-Z]{1,2}-)?\d{4,5}|\d{4}[ \t]?[A-Z]{2})[ \t]+[A-Z][^\d,]*$)"
)
"""Between a house number and the postcode and city on one line, no comma between them:
`Corso Vittorio Emanuele 310 10121 Turin`, `Keizersgracht 203 1012 AB Amsterdam`."""
DISTRICT_TRAILING = re.compile(r"[ \t]+\d{1,2}$")  # Dublin 2
STREET_SUFFIX = re.compile(
    r"(?i:stra(?:ß|ss)e|str\.|weg|gracht|laan|plein|gasse|kade|singel|straat|steenweg|allee|platz"
    r"|street|road|avenue|lane|drive|quay|square|place|close|crescent|terrace|parade|way|row)$"
)
"""The end of a street name ("Leopoldstraße", "Herengracht"): never a city."""
# Chinese addresses run province -> city -> district with no spaces: 浙江省杭州市西湖区.
CJK_PLACE = re.compile(
    r"[\u4e00-\u9fff](?:[^\S\n]?[\u4e00-\u9fff]){0,7}?[^\S\n]?(?:省|自治区|特别行政区|市)"
)
"""A province or city name with its suffix; a wrapped line may have left a space inside it
(`湖北省武汉 市`)."""
THIRD_PARTY = re.compile(
    r"""(?i:\b(?:auditors?|bankers?|solicitors?|lawyers?|legal[ \t]+(?:advis[eo]rs?|counsel)|counsel
    |nominee|registrars?|custodian|escrow[ \t]+agent|transfer[ \t]+agent|paying[ \t]+agent
    |approved[ \t]+(?:as[ \t]+a[ \t]+financial[ \t]+promotion[ \t]+)?by
    |authori[sz]ed[ \t]+and[ \t]+regulated
    |regulated[ \t]+by|member[ \t]+(?:of[ \t]+)?FINRA|funding[ \t]+portal|broker-dealer
    |crowdfunding[ \t]+service[ \t]+provider|offered[ \t]+(?:via|through)|promoter|arranger
    |financial[ \t]+conduct[ \t]+authority|chartered[ \t]+accountants|platform[ \t]+operator
    |securities[ \t]+and[ \t]+exchange[ \t]+commission|stock[ \t]+(?:exchange|market))\b)
    |审计机构|会计师事务所|律师事务所|开户银行|保荐机构""",
    re.VERBOSE,
)
"""A line about someone other than the issuer: its auditor, bank or lawyer, the platform or
promoter of the offer, their regulator, a stock exchange. Their names and addresses are not the
issuer's."""
PLACE_CUE_BELOW = re.compile(
    r"(?im)^[ \t]*\(?[ \t]*address(?:es)?[ \t]+of[ \t]+principal[ \t]+executive"
)
"""An SEC cover's caption under the address it names: "(Address of principal executive offices)"."""

# --- layout: reading order and wrapped lines -------------------------------------------------

LIST_ITEM = re.compile(r"^(?:[•●◦▪■\-–—*·]|\d{1,2}[.)]\s)")
CONTINUATION = re.compile(r"^(?:[a-z]|[£$€¥₹]\s?\d|\d[\d,.]*\s?(?:%|per cent|percent)?\s[a-z])")
DOT_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|·{4,}")
"""The dots that lead a label's eye to its value across a line."""
HEADING_LIKE = re.compile(r"^[A-Z0-9\u4e00-\u9fff][^.!?:;,]{0,48}$")  # "Risk Factors", "4. Team"

# --- tables ----------------------------------------------------------------------------------

NUMERIC_CELL = re.compile(
    r"^[(\-−–]?\s*[^\d\s]{0,4}\s*\d[\d,.\s']*\)?\s*(?:%|[千万亿]?元|[千万亿]|[kKmMwW]|mn|bn)?$"
)
"""A table cell holding an amount: `1,250`, `(45)`, `$ 3.2`, `12%`, `人民币525万元`, `5w`."""

# --- language --------------------------------------------------------------------------------

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
ZH_LABEL_START = re.compile(r"[\u4e00-\u9fff（）()]{2,12}[：:]")
"""A Chinese line that opens on its label: `统一社会信用代码：…`."""
NUMBER_WRAP_END = re.compile(rf"(?:\d[.,，]?|[{_NUMERAL_DIGIT_RE}{_NUMERAL_UNIT_RE}])$")
NUMBER_WRAP_START = re.compile(rf"[\d{_NUMERAL_DIGIT_RE}{_NUMERAL_UNIT_RE}元%％，,.]")
"""A line that breaks inside a number: digits or numerals end it and go on the next."""

# --- the issuer ------------------------------------------------------------------------------

LEGAL_SUFFIX = (
    r"(?:Inc\.?|Incorporated|Corp\.?|Corporation|LLC|L\.L\.C\.|Ltd\.?|Limited|PLC|plc|LLP|"
    r"GmbH|AG|S\.A\.S\.?|SAS|S\.A\.|SA|SARL|S\.à r\.l\.|B\.V\.|BV|N\.V\.|NV|S\.r\.l\.|S\.L\.|"
    r"Co\.,? Ltd\.?|Pty Ltd|Oy|AB|ApS|A/S|UG \(haftungsbeschränkt ?\)|UG|KG|S\.p\.A\.|SpA|"
    r"DAC|CLG|ULC|Co\.(?!,)|FlexCo|SE|SRL|Srl|SASU|EURL|S\.L\.U\.|GesmbH|Sp\. z o\.o\.|s\.r\.o\.|"
    r"有限公司|股份有限公司)"
)
LEGAL_NAME = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*|&|and|of)(?:[ \t](?:[A-Z][\w&'’.-]*|&|and|of)){0,6},?[ \t]"
    + LEGAL_SUFFIX
    + r")(?![\w])"
)
"""A name with its legal form, words one space apart: a column gap ends it ("Investor Business
Plan  Pikemark Materials Ltd" is a title beside a name)."""
ZH_COMPANY = re.compile(r"([\u4e00-\u9fff（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司))")
NAME_LABEL = re.compile(
    r"(?im)(?:^|(?<=[ \t]{2}))[ \t]*(?:company[ \t]+name|legal[ \t]+name|registered[ \t]+name"
    r"|name[ \t]+of[ \t]+(?:the[ \t]+)?(?:company|issuer)|issuer(?:[ \t]+name)?|identity"
    r"|project[ \t]+owner|公司名称|企业名称|发行人)"
    r"(?:[ \t]*[:：][ \t]*|[ \t]{2,})(?P<name>[^\n]+)"
)
"""A labelled issuer name, as a `Label: value` line or a table row."""
NAME_VALUE_END = re.compile(
    r"[ \t]{2,}|[ \t]+[A-Z][\w./-]*(?:[ \t][\w./-]+){0,3}[ \t]*[:：#]"
    r"|[ \t]*\((?i:the|hereinafter|“|\")|[,;][ \t]+(?i:a|an|the|registered|incorporated|company)\b"
    r"|[ \t]+(?:\b(?:EIN|VAT|USt|TVA|BTW|CRN|KvK|SIREN|P\.?[ \t]?IVA)\b"
    r"|(?i:registration|reg\.|company[ \t]+(?:no|number)))"
)
"""Where a labelled name stops: a column gap, the next `Label:` run into it ("Coppergate
Automation B.V. VAT ID: NL..."), a `("the Company")` or an id."""
REGISTRANT_NAME = re.compile(
    r"(?im)^(?P<name>[^\n]{2,160}?)[ \t]*\n[ \t]*\(?[ \t]*exact\s+name\s+of\s+(?:the\s+)?registrant"
)
"""An SEC form's cover: the registrant's name on the line above "(Exact name of registrant ...)"."""
SEPARATOR_RULE = re.compile(r"_{3,}|\.{4,}")
CN_LEGAL_FORM = re.compile(r"\bCo\.,?\s+Ltd\b")  # "Beijing Hengtai Technology Co., Ltd."
_LEGAL_SUFFIX_VERBOSE = LEGAL_SUFFIX.replace(" ", r"[ \t]")  # for verbose patterns
FOUNDED_CUE = re.compile(
    rf"""
    (?P<label>(?im:(?:(?:^|(?<=[ \t]{{2}}))[ \t]*|\b(?=[\w ]{1, 30}[:：]))  # a cell, or "...: "
        (?:founded|established|incorporated|formed
        |(?:date|year)[ \t]+(?:of[ \t]+)?
            (?:incorporation|establishment|formation|foundation|founding)
        |incorporation[ \t]+date|founding[ \t]+(?:date|year)|year[ \t]+founded
        |in[ \t]+business[ \t]+since|gegründet|gründung(?:sdatum|sjahr)?
        |date[ \t]+de[ \t]+création|data[ \t]+di[ \t]+costituzione
        |oprichtingsdatum|opgericht)
        (?=[ \t]*[:：]|[ \t]{{2}}|[ \t]*\n|[ \t]+\d|[ \t]+[A-Z][a-z]{{2,8}}\.?[ \t]+\d)))
  | (?P<passive>(?i:\b(?:was|were|been|is|being)[ \t]+(?:originally[ \t]+|first[ \t]+)?
        (?:founded|incorporated|established|formed|set[ \t]+up|organi[sz]ed)\b
        (?![ \t]+(?:herein|by[ \t]+reference|under[ \t]+the[ \t]+securities))
        |\b(?:trading|operating|operated|in[ \t]+business)[ \t]+since\b
        |\b(?:was|were)[ \t]+registered[ \t]+on\b|\bdates?[ \t]+back[ \t]+to\b
        |\bopened[ \t]+(?:its|our)[ \t]+doors\b|\b(?:started|began)[ \t]+trading\b))
  | (?P<subject>(?:\b(?i:the[ \t]+(?:company|business|firm|group|start-?up|venture)|we)
        |(?<=[ \t]){_LEGAL_SUFFIX_VERBOSE})  # the company as subject, not its product
        (?:[ \t]*\([^()\n]{{1,40}}\))?  # "Acme Ltd. (Company No. 06909041) was launched"
        (?:[ \t]+(?i:was|were|has|have|had|been|first|originally|officially|only))*[ \t]+
        (?i:(?:began|started|commenced)[ \t]+(?:life|operations|operating|trading|business)
        |(?:launched|started|began|commenced|opened|born|created|went[ \t]+live)
            (?=[ \t]+(?:in|on|back[ \t]+in)\b)
        |came[ \t]+into[ \t]+(?:being|existence)
        |(?:in[ \t]+operation|operational|active|in[ \t]+existence|around)[ \t]+since))
  | (?P<cjk>成立(?:于|时间|日期)?|注册(?:时间|日期)|设立(?:于|时间|日期))
  | (?P<other>(?<![-\w])(?<!of[ \t])(?:[Ff]ounded|incorporated|incorporation|[Ee]stablished
        |establishment|[Ff]ormed|formation|[Ss]et[ \t]+up|[Oo]rgani[sz]ed|gegründet|[Ff]ondée?
        |costituita|opgericht)\b(?![ \t]+(?:herein|by[ \t]+reference)))
    """,
    re.VERBOSE,
)
"""A founding cue, by strength: a label ("Date of incorporation", "Founded:"), the company
as subject ("was incorporated", "has been trading since", "The company was launched in",
"Acme Ltd began life in"), Chinese, any other mention."""
FOUNDED_GAP = re.compile(r"[ \t]*[:：]?[ \t]*\n?")
_WS_RE = r"(?:[ \t]+\n?|\n)[ \t]*"  # a space, or a line break where the prose wrapped
EMPLOYEES = re.compile(
    rf"""
    \b(?:employs|employed|employing|employ){_WS_RE}
        (?:about[ \t]|around[ \t]|over[ \t]|some[ \t]|a[ \t]+total[ \t]+of[ \t])?
        (?P<a>\d[\d,]*){_WS_RE}(?:full[- ]time[ \t]+(?:equivalent[ \t]+)?|permanent[ \t]+)?
        (?:people|staff|employees|persons|workers|FTEs?|members[ \t]+of[ \t]+staff)\b
  | \b(?:team|workforce|staff|headcount)[ \t]+of{_WS_RE}
        (?:about[ \t]|around[ \t]|over[ \t]|some[ \t])?
        (?P<b>\d[\d,]*)\b(?![.,]?\d|[ \t]*%)
  | \bteam{_WS_RE}(?:is|of){_WS_RE}(?P<c>\d[\d,]*){_WS_RE}(?:people|staff|employees|members)
        {_WS_RE}strong\b
  | (?:(?m:^)|(?<=[ \t]{{2}}))[ \t]*
        (?:employees|headcount|staff|number[ \t]+of[ \t]+(?:employees|staff)
        |full-time[ \t]+employees|FTEs?|workforce|team[ \t]+size)
        (?:[ \t]*[:：][ \t]*\n?|[ \t]+)(?P<d>\d[\d,]*)\b(?![.,]?\d|[ \t]*%)
  | \b(?:employees|headcount|staff|FTEs?|workforce|team[ \t]+size|(?:employee|staff)[ \t]+count
        |Mitarbeiter(?:zahl|innen)?|Beschäftigte|effectifs?|salariés|medewerkers|werknemers
        |dipendenti|empleados)[ \t]*[:：][ \t]*\n?[ \t]*
        (?P<j>\d[\d,]*)\b(?![.,]?\d|[ \t]*%)
  | \bnumber[ \t]+of[ \t]+(?:employees|staff|persons[ \t]+employed)[^.\n]{{0,40}}?
        \b(?:was|is|of|stood[ \t]+at|totall?ed|:)[ \t]+(?P<e>\d[\d,]*)\b
  | \b(?:persons|people)[ \t]+employed[ \t]*[:：]?[ \t]*(?P<f>\d[\d,]*)\b
  | \b(?:has|have|had|with|employing|of|totals?|reached|now|currently|grown[ \t]+to){_WS_RE}
        (?:about[ \t]|around[ \t]|over[ \t]|some[ \t])?
        (?P<g>\d[\d,]*){_WS_RE}(?:full[- ]time[ \t]+(?:equivalent[ \t]+)?|permanent[ \t]+)?
        (?:employees|members[ \t]+of[ \t]+staff|staff[ \t]+members|FTEs?|team[ \t]+members)\b
  | (?:(?m:^)|(?<=[ \t]{{2}}))[ \t]*(?:(?:average|total|full[- ]time|permanent)[ \t]+)*
        (?:employees|headcount|staff|FTEs?|workforce)
        (?:[ \t]+\([^)\n]{{1,20}}\))?(?:[ \t]+(?:numbers?|count|employed))?
        (?:[ \t]*[:：][ \t]*\n?|[ \t]{{2,}}|[ \t]+(?:for|in)[ \t]+the[ \t]+year[ \t]*[:：]?[ \t]*
        |[ \t]+(?=\d[\d,]*[ \t]*(?m:$)))
        (?!(?:19|20)\d\d\b)(?P<k>\d[\d,]*)\b(?![.,]?\d|[ \t]*%)
  | (?P<p>\d[\d,]*)[- ]strong[ \t]+(?:team|workforce|staff)\b
  | (?P<l>\d[\d,]*)[ \t]+(?:people|staff|employees|persons|FTEs?)[ \t]+(?:are[ \t]+)?
        on[ \t]+(?:the|our|its)[ \t]+payroll\b
  | \b(?:staff|employee|head)[ \t]*(?:numbers?|count)[ \t]+(?:has|have)[ \t]+
        (?:reached|grown[ \t]+to|risen[ \t]+to|increased[ \t]+to)[ \t]+(?P<m>\d[\d,]*)\b
  | \b(?:team|workforce|staff|headcount)[ \t]+(?:now[ \t]+)?(?:numbers|totals|counts|stands[ \t]+at)
        [ \t]+(?P<n>\d[\d,]*)\b(?![.,]?\d|[ \t]*%)
  | (?P<o>\d[\d,]*)[ \t]+(?:people|staff|employees|persons)[ \t]+(?:work|are[ \t]+employed)
        [ \t]+(?:for|at|by|in)\b
  | (?:{_zh("员工|职工|雇员")})(?:人数|总数|总人数|规模|数量)[ \t]*[：:]?[ \t]*(?:约|为|共)?[ \t]*
        (?P<h>\d[\d,]*)
  | (?:{_zh("员工|职工|雇员")})[ \t]*[：:]?[ \t]*
        (?:共计|合计|总计|共有|共|达到|达|约|为|超过|逾)?[ \t]*
        (?P<i>\d[\d,]*)\s?(?:余|多)?[ \t]*(?:人|名)
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A headcount: "employs 29 people", "a team of 14", "Staff: 12 full-time", "员工人数 45"."""
HEADER_NAME = re.compile(r"^[A-Za-z](?!.*  )[\w&'’., -]{2,58}$")
DOCUMENT_TITLE = re.compile(
    r"business plan|balance sheet|statement|profit|report|offer|summary|plan|terms|contents|"
    r"untitled|microsoft word|\.docx?\b|\.pdf\b|information|sheet|key facts|memorandum|"
    r"prospectus|\bform\b|pitch|deck|presentation|accounts|overview|teaser|brochure|document|"
    r"confidential|investor|invest|crowdfunding|annual|financial|"
    r"\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
LABEL_CELL = re.compile(r"[A-Z][^\W\d]*\.?(?:[ \t][^\W\d]+\.?){0,5}")
"""A table cell that may be a label: capitalised words, no digits ("Date of")."""
LABEL_TAIL = re.compile(r"[a-z][^\W\d]*\.?(?:[ \t][^\W\d]+\.?){0,4}")
"""A label's wrapped tail: lower-case first, no digits ("number", "and Wales No.")."""
CELL_SPLIT = re.compile(r"[ \t]{2,}")

# --- figures ---------------------------------------------------------------------------------

# A sentence about the future states a projection, not a reported figure.
PROJECTION = re.compile(
    # `project` as a verb only: `the project owner`, `pilot projects` report the past.
    r"(?:\b(?:we|they|to|company|management)\s+)project(?:s)?\b|"
    r"\b(forecast(?:s|ed|ing)?|project(?:ed|ions?)|expect(?:ed|s|ing)?|anticipat\w*|"
    r"budget(?:ed)?|"
    r"estimat\w*|plan(?:ned|s)?|will|aim\w*|goal)\b"
    rf"|{_zh('预计|预测|预期|力争|有望|计划为|计划在|计划实现|目标为|目标是|将实现|将达到|将突破')}",
    re.IGNORECASE,
)
PART_OF_YEAR = re.compile(
    r"(?<!\d)\d{1,2}\s*(?:[-–~～]|至|到)\s*\d{1,2}\s*月|"
    + _zh("上半年|下半年|前三季度|半年度|季度|单季|当月|本月|月度")
)
"""Words of part of a year in Chinese: `1-9月`, `上半年`, `第一季度`."""
PROJECTED_HEADING = re.compile(
    r"(?i:\b(?:forecasts?|projected|projections?|budget(?:ed)?|plan(?:ned)?|target|estimated?|"
    r"outlook|expected)\b|\byear\s+[1-9]\b|\b(?:19|20)\d{2}\s*[EFPB]\b)|预测|预计|计划(?!书)"
)
"""A column heading or table caption that announces forward-looking numbers."""
LOSS = re.compile(r"\bloss\b|\bdeficit\b", re.IGNORECASE)
PROFIT = re.compile(r"\b(?:profit|income|earnings)\b", re.IGNORECASE)
LOSS_ZH = re.compile(_zh("亏损|净亏|亏"))
PROFIT_ZH = re.compile(_zh("利润|盈利|净利|扭亏为盈"))
"""Chinese words of a loss and of a profit: the later one says which a value is (净利润亏损)."""
ROW_UNIT = re.compile(r"\s*[（(](?P<unit>[^()（）]{1,16})[)）]\s*[:：]?\s*$")
"""The unit a row label ends on: `营业收入（万元）`, `Revenue ($'000)`, `总资产(元)`."""
LABEL_NOISE = re.compile(r"\(note\s*\d+\)|\bnote\s*\d+\b|[:：*]|^\W+|\W+$", re.IGNORECASE)

# --- use of funds ----------------------------------------------------------------------------

BULLET = re.compile(r"^\s*(?:[•●◦▪■\-–—*·]|\d{1,2}[.)]|[a-z][.)])\s+")
TOTAL_ROW = re.compile(
    r"^\s*(?:(?:sub)?total|sum|gesamt|summe|totaal|totale|合计|总计)(?![a-z])", re.IGNORECASE
)
# A short title-case line with no figures ends the section above it ("Track Record").
NEXT_HEADING = re.compile(r"\n(?=[A-Z][A-Za-z&'’-]*(?: [A-Za-z&'’-]+){0,6}\n)")

# --- people ----------------------------------------------------------------------------------

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
PARTICLES = "van|de|der|den|da|das|do|dos|del|della|di|du|la|le|von|bin|al"
NAME_WORD = rf"(?:[dl]['’])?[{UPPER}][\w'’.-]*"  # `Emma d'Amico` too
PERSON_NAME = re.compile(rf"^{NAME_WORD}(?: (?:(?:{PARTICLES}) )*{NAME_WORD}){{1,3}}$")
NAME_IN_TEXT = re.compile(rf"{NAME_WORD}(?: (?:(?:{PARTICLES}) )*{NAME_WORD}){{1,3}}")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
CELL_OR_LINE_BREAK = re.compile(r"\s{2,}|\n")  # where a name run into a table cell ends

# --- primary financial statements --------------------------------------------------------------

STATEMENT_TITLES = {
    "balance_sheet": re.compile(
        r"(?i:balance\s*sheets?|statements?\s*of\s*(?:consolidated\s*)?financial\s*"
        r"(?:position|condition)|statements?\s*of\s*(?:net\s*)?assets\s*and\s*liabilities)"
        r"|资产负债表"
    ),
    "income_statement": re.compile(
        r"(?i:statements?\s*of\s*(?:consolidated\s*)?(?:operations|income|earnings|"
        r"profit\s*(?:or|and)\s*loss|comprehensive\s*(?:income|loss)\s*and\s*operations)"
        r"|income\s*statements?|profit\s*(?:and|&)\s*loss(?:\s*account|\s*statement)?)"
        r"|利润表|损益表"
    ),
    "comprehensive_income": re.compile(
        r"(?i:statements?\s*of\s*(?:consolidated\s*)?comprehensive\s*(?:income|loss|earnings))"
    ),
    "cash_flow": re.compile(
        r"(?i:statements?\s*of\s*cash\s*flows?|cash\s*flows?\s*statements?)|现金流量表"
    ),
    "equity": re.compile(
        r"(?i:statements?\s*of\s*(?:changes\s*in\s*)?(?:\w+['’]?\s*)?(?:equity|deficit)"
        r"|statements?\s*of\s*(?:shareholders|stockholders)['’]?\s*equity)"
        r"|所有者权益变动表|股东权益变动表"
    ),
}
"""A statement's title, by kind; the first kind whose title a line prints wins, in this order.

Matched against the line with its spaces removed: producers print "Statem ents" as often as
"Statements"."""
STATEMENT_SUMMARY_TITLE = re.compile(
    r"(?i:financial\s*(?:highlights|summary|information|overview|track\s*record|data|condition)"
    r"|key\s*(?:financial\s*)?(?:figures|financials|data|numbers)"
    r"|selected\s*(?:consolidated\s*)?financial\s*(?:data|information)"
    r"|(?:five|5|three|3|ten|10)[-\s]*year\s*(?:summary|record|review|financial|history)"
    r"|summary\s*(?:of\s*)?(?:consolidated\s*)?financial\s*(?:information|data|results)"
    r"|historical\s*financial\s*(?:information|summary|data))"
    r"|主要财务数据|主要会计数据|财务摘要|财务概况"
)
"""A table of key figures by year that is not a primary statement: figures for the years the
statements do not print. Matched, like statement titles, with spaces removed."""
STATEMENT_SUMMARY_NOT = re.compile(
    r"(?i:quarter|segment|notes?\s*to|unaudited\s*interim|half[-\s]*year|interim|pro\s*forma|"
    r"projected|forecast|budget|plan\b)|季度|分部"
)
STATEMENT_NOT_TITLE = re.compile(
    r"(?i:notes?\s*to|selected|summary|quarterly|quarter|segment|supplement|index\s*to|"
    r"see\s|refer|included\s*in|five[-\s]*year|pro\s*forma|consolidating|guarantor|\bdata\b|"
    r"condensed(?!\s*(?:consolidated|combined)))"
    r"|附注|摘要"
)
STATEMENT_MENTION = re.compile(r"[.:]\s*$|\.\s+[A-Z]|\s\.{2,}|\s\d{1,3}$")
"""A line that ends a sentence or a lead-in, or a contents line ending in a page number."""
STATEMENT_LEAD_IN = re.compile(r"(?i:\b(?:the|on|in|of|to|from|per|and|our|its|these)\s*$)")
"""Words before a title that make it a mention ("Impact on the Statements of Income")."""
STATEMENT_CONSOLIDATED = re.compile(r"(?i:consolidated|combined|\bgroup\b)|合并")
STATEMENT_PARENT_ONLY = re.compile(
    r"(?i:parent\s+company|company\s+only|registrant|stand-?alone|separate)|母公司"
)
STATEMENT_CONTINUED = re.compile(r"(?i:\(?continued\)?|\(cont(?:'d|inued)?\.?\))|（续）|\(续\)")
PERIOD_MONTHS = re.compile(
    r"(?i:(?P<word>three|six|nine|twelve|fifty[-\s]two|fifty[-\s]three|3|6|9|12|52|53)[-\s]"
    r"(?:months?|weeks?)\s+(?:period\s+)?ended|(?P<year>years?|fiscal\s+years?)\s+ended)"
)
PER_SHARE = re.compile(r"(?i:per\s+(?:common\s+|ordinary\s+)?share|earnings\s+per|\bEPS\b|每股)")
NOTE_HEADER = re.compile(r"(?i:^notes?\.?$|^ref\.?$)|^附注$")
FOOTNOTE_MARK = re.compile(r"(?:\s*(?:\([a-z]\)|\(\d\)|[*†‡§¹²³⁴⁵⁶⁷⁸⁹]+))+$")
CELL_FOOTNOTE = re.compile(r"(?<=[\d)])(?:\s*(?:\([a-z]\)|\(\d\)|[*†‡§¹²³⁴⁵⁶⁷⁸⁹]+))+$")
"""A footnote mark after an amount (`12,500(a)`, `80,000*`); a cell `(3)` is minus three."""
CJK_GAP = re.compile(
    r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])"
)
CJK_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[)）]|(?:其中|加|减)[:：])+"
)
STATEMENT_LABEL_NOISE = re.compile(
    r"\(note\s*\d+\)|\bnote\s*\d+\b|[:：*]|^[^\w(（]+|[^\w)）]+$", re.IGNORECASE
)
"""What a statement label carries besides its words; a closing parenthesis stays: `(loss)`."""
CONTINENTAL_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d\.\d{3},\d{1,2}(?!\d)"
)
"""An amount only a continental reader groups with dots: `1.254.200`, `1.254,20`."""
CURRENCY_BEFORE_PAREN = re.compile(r"^(?:[$€£¥￥₹]|[A-Z]{3})\s*\(")
TOTAL_FOR = re.compile(r"^total for ")
NIL_CELL = re.compile(r"^[$€£¥]?\s*[—–\-]+$")
RELATIVE_PERIODS = {
    "current": re.compile(r"本期|本年|期末|本报告期|current\s+(?:period|year)", re.IGNORECASE),
    "prior_end": re.compile(r"年初|期初|上年年末|上年末"),
    "prior": re.compile(r"上期|上年|上年同期|prior\s+(?:period|year)", re.IGNORECASE),
}
"""Column headings that name a period relative to the report's own (本期 / 上期, 期末 / 年初)."""

# --- statement periods ------------------------------------------------------------------------

PERIOD_SPAN = re.compile(r"(?i)\(?\s*(?P<count>\d{1,2})\s+(?P<unit>weeks?|months?)\s*\)?")
PERIOD_RANGE = re.compile(r"(?i)\s*(?:to|through|thru|until|till|-|–|—|~|至)\s*")
MONTH_DAY = re.compile(
    r"(?i)\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})\b"
    r"|\b(?P<day2>\d{1,2})\s+(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
)
REPORT_ZH = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年\s*(?:第(?P<quarter>[一二三四1-4])季度|(?P<half>半年度|中期)|"
    r"(?P<annual>年?度))"
)
REPORT_EN = re.compile(
    r"(?i)\b(?P<span>years?|twelve months|fiscal years?|six months|three months|nine months|"
    r"quarter|half[- ]year)\s+ended\s+"
)
"""A report's own period on its cover: "2018年第一季度", "year ended 31 December 2023"."""
HEADING_WORDS = re.compile(
    r"(?i)\b(?:years?|fiscal|ended|ending|as\s+(?:at|of)|at|restated|audited|"
    r"unaudited|actual|period|months?|weeks?)\b"
)
HEADING_LATIN = re.compile(r"[\d\s,./\-–'’()A-Za-z]")
"""What a period heading may hold besides its date: words of a period and Latin letters."""
CURRENCY_ONLY = re.compile(r"^[$€£¥￥₹]$|^[A-Z]{3}$")  # a `$` printed apart from its amount
YEAR_ONLY_CELL = re.compile(r"\D{0,3}(?:19|20)\d{2}\D{0,3}")  # a year heading, no amount
LOSS_LABEL = re.compile(r"(?i)net loss\b|loss for the|deficit\b")
"""A line that names a loss: its amount is negative even when printed without a sign."""
REPEATED_TEXT = re.compile(r"(.+?)(?: \1)+")  # the same words drawn over themselves: fake bold

# --- concepts: what a value means from the words around it (extractors/concepts.py) ----------

WINDOW_PUNCTUATION = re.compile(r"[^\w'\s]+|_")
"""Everything but words and apostrophes: `Pre-money valuation:` reads `pre money valuation`."""
AMOUNT_CHANGE = re.compile(
    r"(?i)(?:\b(?:by|up|down|grew|rose|fell|increased|decreased|declined|improved|"
    r"(?:increase|decrease|rise|fall|drop|decline|growth|gain|improvement|reduction|change|"
    r"swing)\s+of)|(?:" + _zh("增加|增长|减少|下降|下滑|提升|上升|提高|降低|增|减") + r")了?)"
    r"(?:\s+(?:roughly|about|around|approximately|some|nearly|almost|just\s+over|over))?"
    r"\s*[:(]?$"
)
"""The words just before an amount that make it a change: `grew by`, `up`, `an increase of`,
`was up roughly`, `同比增长`, `较上年减少了`."""
AMOUNT_CHANGE_AFTER = re.compile(
    r"(?i)(?:more|less|higher|lower|above|below|increase|decrease|up|down|growth|"
    r"year[- ]on[- ]year|yoy|y/y)\b"
)
"""The words just after an amount that make it a change: `€76k more than in 2022`."""
COMPARISON = re.compile(
    r"(?i)(?:compared\s+(?:with|to)|against|versus|vs\.?|from|\band|"
    r"\b(?:FY\s*'?)?\d{2,4}\s*:|(?:prior|previous|last)\s+year\s*:|\(|"
    rf"(?:{_zh('较|比|相比|相较|对比|同比')})于?\s*"
    rf"(?:(?:19|20)\d{{2}}\s*年度?|(?:{_zh('上年|去年|上一年|上期')})度?)?"
    r"(?:同期)?\s?的?|"
    rf"(?:{_zh('上年|去年|上一年|上期')})度?(?:同期)?(?:为|是|则为)?|"
    r"(?:19|20)\d{2}\s*年度?\s*(?:为|是|则为)?)\W*$"
)
"""An amount compared with the one before it: `compared with $776,000`, `(FY2022: €158k)`,
`较2023年的¥1,890,000`, `较上年同期的`, `上年为`, `2023年为`."""
PRIOR_YEAR = re.compile(
    r"(?i)\b(?:year\s+before|prior\s+year|previous\s+year|preceding\s+year|year\s+earlier|"
    r"a\s+year\s+ago|year\s+prior)\b|" + _zh("上年|去年|上一年|前一年|上一会计年度|上期")
)
THE_YEAR = re.compile(
    r"(?i)\b(?:for|in|during|over|of)\s+(?:the|that|this)\s+(?:same\s+)?"
    r"(?:year|period|financial\s+year)\b|" + _zh("当年|本年|该年|同年|本期|报告期")
)
PAST_ROUND = re.compile(
    r"(?i)\b(?:raised|invested|valued|closed)\b.*\bin\s+(?:19|20)\d{2}\b"
    r"|\bin\s+(?:19|20)\d{2}\b.*\b(?:raised|invested|valued|closed)\b"
)
"""A round of the past: `Angels invested €70,000 in 2022, at €550,000 pre-money`."""
FUTURE = re.compile(r"(?i)\b(?:will|shall|to\s+be|being|would|intends?|plans?)\b")
GAP_BREAK = re.compile(
    r"[,;(，；（]|\s[–—|•]\s|\s\((?:[a-z]|[ivx]{1,4})\)\s|\b(?:and|compared|against|versus|vs)\b"
)
"""Where the words of one value end and the next value's begin, between two amounts."""
COMPARISON_AHEAD = re.compile(
    r"(?i)\b(?:compared|against|versus|vs)\b|" + _zh("较|相比|相较|对比|同比")
)
"""Where the words after a sentence's last value turn to another period: `…，较2022年的`."""
CLAUSE_BREAK = re.compile(r"[,;，；]|\s[–—|•]\s+(?=\S)|\s\((?:[a-z]|[ivx]{1,4})\)\s")
RESPECTIVELY = re.compile(
    "(?:" + _zh("分别为|分别是|分别达到|分别达|分别实现|分别约为") + r")\s*[:：]?\s*$"
)
"""The end of a label that several values share in turn: `营业收入分别为`."""
LIST_JOINER = re.compile(r"\s*(?:[、，,]|和|及|与|以及)?\s*")
"""What stands between two values of one list: `、`, `和`."""
YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?度?\s*(?:[-–~～]|至|到)\s*(?:19|20)\d{2}")
"""A span of years: `2022年至2024年`, `2022-2024`."""
RANGE_BEFORE = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d{2}\b)\d[\d,.]*[ \t]*(?:百万|千万|万|亿|千)?元?[ \t]*"
    r"(?:[-–~～]|至|到)[ \t]*$"
)
"""An amount that ends a range: `500-800万元`, `500万元至800万元` (a year before a dash is no
range's start: `2024 – €500,000`)."""
RANGE_AFTER = re.compile(r"[ \t]*(?:[-–~～]|至|到)[ \t]*(?:人民币|[¥￥$€£])?[ \t]*\d")
"""An amount that opens a range on its line: `¥500万-800万` (not a footer's `- 1 -` below)."""
WRAPPED_LABEL_LINE = re.compile(r"\(?[A-Za-z][A-Za-z()&/'-]*(?: [A-Za-z()&/'-]+){0,2}")
"""A line that is nothing but the end of a wrapped label cell: one to three words, perhaps in
brackets (`(target)`)."""
NEXT_LABEL = re.compile(r"\s*(?:[·•|;–—][ \t]*)?[A-Z][\w'’()/.%\- ]{0,40}[:：](?:\s|$)")
"""The next `Label:` on a term-sheet line, right after a value: none of that value's words."""
"""Between two clauses or two `label: value` pairs on a line (`Price: $1.40 — Minimum: $1k`);
not the dash between a label and its value (`Raise target – €500,000`)."""
# A time of day after a date (`17-Jun-2024, 17:00 BST – campaign end date`, `at 5 pm CET`,
# `(5pm UK time)`); one in brackets may stand right before the label (`(24:00 CET) end of …`).
_TIME_OF_DAY_RE = (
    r"(?:,?\s*\(?(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?i:am|pm|a\.m\.|p\.m\.|h|uhr)?(?:[:.]\d{2})?"
    r"(?:\s+\(?(?:[A-Z]{2,5}|(?i:local))(?:\s+(?i:time))?\)?)?\)?(?=\s*[–—:|=-])"
    r"|\s*\(\d{1,2}(?:[:.]\d{2})?\s*(?i:am|pm|a\.m\.|p\.m\.|h|uhr)?[^()\n\d]{0,15}\))?"
)
TIME_OF_DAY_ALONE = re.compile(
    r",?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*(?i:am|pm|h))?(?:[ \t]+\(?[A-Z]{2,5}\)?)?[ \t]*"
)
"""The time of day that ends a date's line (`15 ottobre 2024, 23:59 CET`)."""
RIGHT_LABEL = re.compile(
    rf"^{_TIME_OF_DAY_RE}\s*(?:(?P<separator>[–—:|=-])\s*"
    r"|(?i:of|in|worth\s+of|(?:is|are|was|will\s+be)\s+(?:the|our|its))\s+)?"
    r"(?P<label>[^\W\d][^,;–—|•]*)"
)
"""The words right after a value that name it: `2.300.000 EUR of revenue`, `a £250 minimum
ticket`; after a separator only on a line the value opens (`€500,000 — raise target`)."""
NOUN_END = re.compile(
    r"(?i)\s(?:on|of|in|for|at|to|from|with|by|and|or|was|is|were|are|has|had|will|which|that)\b"
)
"""Where a noun after an amount ends (`net loss| on sales`, `minimum ticket| and a`)."""

# --- people: names, titles and the lines that list them ---------------------------------------

LATIN_WORD_CHAR = "A-Za-z0-9À-ÖØ-öø-ÿĀ-ž"
"""Letters a Latin role title must not touch (CJK titles sit between CJK characters)."""
TITLE_CONNECTORS = re.compile(
    r"\s*(?:,|，|、|&|/|\+|\band\b|\bund\b|\bet\b|\by\b|\ben\b|兼|及|和|与)\s*|\s+", re.IGNORECASE
)
"""What joins the titles of one person: `Founder & CEO`, `President and CEO`, 创始人兼CEO."""
QUALIFIER_WORD = re.compile(
    rf"[{UPPER}][\w'’.&-]*|of|the|for|to|de|du|des|la|le|del|della|di|für|at|on|-|–|—"
)
"""A word a job title may carry beside its roles: a department (`Innovation`), `of the`."""
ZH_TITLE_PREFIX = re.compile(
    r"^(?:现任|现为|现担任|担任|出任|任|系|为|是)?(?:本?公司|本集团|集团)?"
)
"""Words before a Chinese title: 现任公司创始人兼CEO."""
SINGLE_NAME = re.compile(rf"^[{UPPER}][a-zà-öø-ÿā-ž'’-]{{2,}}$")
"""A given name alone (`CTO: Markus`): read only where a role labels it."""
ZH_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
NAME_INITIAL = re.compile(rf"^[{UPPER}]\.?$|^[{UPPER}]\.[{UPPER}]\.?$")
"""`D.`, `J.A.`: an initial in `Timothy D. Cook`."""
SIGNED = re.compile(r"/s/\s*")
"""A conformed signature in an SEC filing: `/s/ Timothy D. Cook`."""
TOC_LINE = re.compile(r"(?:\.{4,}|…{2,}|(?<=[A-Za-z,)])\s+\d{1,3})\s*$")
"""A contents line: dot leaders, or words ending in a page number."""
LIST_BULLET = re.compile(r"^(?:[•·▪◦‣∙●○■□➢►✓*]|[-–—](?=\s)|\(?\d{1,2}[.)、](?![\d.]))\s*")
LABEL_SEPARATOR = re.compile(r"\s*[:：]\s*|\s{2,}|\t")
"""Between a label and what it labels: `Directors: A, B`, `Directors  A (CEO)`."""
ITEM_BREAK = re.compile(r"\s*[;；]\s*|(?<=[)）])\s*(?:,|，|、|\band\b|&)\s*")
"""Between the items of a list: `A (CEO); B (CFO)`, `A (CEO), B (CFO) and C (CTO)`."""
NAME_LIST_BREAK = re.compile(r"\s*(?:,|，|、|\band\b|&|\bund\b|\bet\b|和|及|与)\s*")
"""Between the names of a list: `A, B and C`."""
PAREN_TITLE = re.compile(
    r"^(?P<name>[^()（）]+?)\s*[(（](?P<title>[^()（）]+)[)）]\s*[.,;，。；]?$"
)
"""`Helen Novak (President and CEO)`, 张桂泽（创始人兼CEO）."""
NAME_THEN_TITLE = re.compile(
    r"^(?P<name>[^,，:：|–—()（）]+?)(?P<sep>\s*[,，:：|]\s*|\s+[–—-]\s+|\s{2,})(?P<title>.+)$"
)
"""`Jane Doe, Chief Executive`, `Jane Doe – CTO`, `Owen Novak  Chief Executive  2021`."""
TITLE_THEN_NAME = re.compile(
    r"^(?P<title>[^:：|]{2,80}?)\s*(?:[:：|]|\s[–—-]\s|\s{2,})\s*(?P<name>.+)$"
)
"""`Chair of the Board: Sofia Doe`, 董事长：朱勇伟, `CTO – Markus`, `CEO | Sipeng Wu`."""
ZH_TITLE_SPACE_NAME = re.compile(r"^(?P<title>\S{2,12})\s+(?P<name>[\u4e00-\u9fff]{2,4})$")
"""`总经理 朱洋桂`, `CTO 杨建`: a Chinese name after its title and a space."""
AGE_CELL = re.compile(r"^\d{2}\s+(?=\D)")
"""The age before a title in a filing's officers table: `61 Chairman of the Board`."""
YEAR_CELL = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2}|present|today))?$", re.I)
DANGLING_TITLE = re.compile(r"(?:,|&|\band|\bof|\bChief|\bthe|\bSenior|\bVice|\bExecutive)$")
"""A title cell that goes on in the next line: `Senior Vice President and Chief`."""
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
CELL_GAP = re.compile(r"\s{2,}|\t")
TITLE_ABBREVIATION = re.compile(r"\s*[(（](?P<title>[^()（）]{2,16})[)）]$")
"""A title's short form in parentheses after it: `Chief Technology Officer (CTO)`."""
OWN_PAREN_TITLE = re.compile(r"\s*[(（](?P<title>[^()（）]{2,60})[)）]")
"""The title in parentheses right after a name in a sentence: `Henrik Doe (Director)`."""
PAREN_TITLE_LEAD = re.compile(r"^(?P<name>[^()（）]+?)\s*[(（](?P<title>[^()（）]+)[)）](?=\s)")
"""A list's last item run into the text after it: `Daniel Thornton (CTO) Our customers ...`."""
TEAM_ROW_NUMBER = re.compile(r"^\d{1,2}(?:\s{2,}|\t)(?=\S)")
"""The 序号 cell that opens a row of a team table read as text: `1  王芳  总经理`."""
PAIR_START = re.compile(r"(?:^|(?<=[\s;；,，、]))\S")
"""Where the next `Title: Name` pair of a line may start: after a space or a list mark."""
ZH_PAREN_TITLE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<run>[\u4e00-\u9fff]{2,})\s*[（(](?P<title>[^（）()]{2,24})[）)]"
)
"""Chinese words that end in a name, and the title in parentheses after it: 由王芳（总经理）."""
ZH_NAME_JOINER = re.compile(r"由|包括|以及|和|及|与|为|是|有")
"""Words that may stand right before a name in a Chinese sentence: 团队由|王芳, 和|李伟."""
ZH_RESUME_LEAD = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:先生|女士)?[，,]")
"""A résumé opens with the name and a comma: 唐平，女，1989年出生，…"""
ZH_CURRENT_ROLE = re.compile(
    r"(?<!曾)(?:现任|现为|现担任|目前担任|目前任|现兼任|兼任)(?P<title>[^，。；;,、\s]{2,24})"
)
"""The role a résumé gives now: 现任公司首席技术官, 兼任董事会秘书 (not 曾兼任)."""
ZH_PAST_JOB = re.compile(r"(?:19|20)\d{2}年\S{0,4}至|曾任|曾担任|曾就职|历任|任职于")
"""An earlier job in a résumé: 2013年至2017年任职于某上市公司，担任项目经理."""

# --- use of funds: headings, rows and prose ----------------------------------------------------

_FUNDS_NOUN = r"(?:net\s+)?(?:funds?|proceeds|investment|money|monies|capital|raise|funding)"
_FUNDS_HEADING_RE = rf"""(?:
      (?:(?:planned|intended|proposed|anticipated|estimated)\s+)?
      (?:use|uses|usage|application|allocation|deployment|breakdown|utili[sz]ation)\s+of\s+
      (?:the\s+|our\s+|your\s+|this\s+)?{_FUNDS_NOUN}(?:\s+raised)?
    | (?:funds?|proceeds|capital|investment)\s+(?:allocation|breakdown|usage|deployment)
    | (?:(?:planned|proposed|intended)\s+)?(?:spending|expenditure|budget|investment)\s+
      (?:plan|breakdown|allocation)
    | (?:planned|proposed|intended)\s+(?:spending|expenditure|budget)
    | how\s+(?:we(?:\s+will|\s+intend\s+to|\s+plan\s+to|'ll|’ll)|the\s+company\s+will)\s+
      (?:use|spend|deploy|allocate|invest)\s+(?:the\s+|your\s+|this\s+|our\s+)?{_FUNDS_NOUN}
    | how\s+(?:the|your|our)\s+{_FUNDS_NOUN}\s+(?:will\s+be|is|are)\s+
      (?:used|spent|allocated|deployed)
    | what\s+(?:the|your|our)\s+{_FUNDS_NOUN}\s+(?:is|are|will\s+be)\s+(?:for|used\s+for)
    | where\s+(?:the|your|our)\s+{_FUNDS_NOUN}\s+(?:goes|will\s+go)
    )(?:\s*\([^)]{{0,40}}\))?"""
FUNDS_HEADING = re.compile(rf"^{_FUNDS_HEADING_RE}$", re.IGNORECASE | re.VERBOSE)
"""A use-of-funds heading in English, numbering and colon aside: `Use of the investment`,
`How we will spend your money`, `Proceeds allocation (estimated)`, `Spending plan`,
`Planned expenditure`, `Budget breakdown`."""
FUNDS_HEADING_RUN_ON = re.compile(
    rf"^\s*{_FUNDS_HEADING_RE}(?=\s(?-i:[A-Z][a-z]*(?:\s[a-z]+){{2}}))", re.IGNORECASE | re.VERBOSE
)
"""A heading the layout ran into the sentence below it: `How we will use the money We will
allocate…` (a sentence: a capital, then lower-case words; not `… Capital Expenditures  2021`)."""
HEADING_NUMBER = re.compile(
    r"^\s*(?:(?:section|part|item|chapter)\s+)?"
    r"(?:(?:\d{1,2}[A-Z]?(?:\.\d{1,2})*|[A-Z]|[IVX]{1,4})[.):]\s*|\d{1,2}\s+"
    r"|[一二三四五六七八九十]{1,3}[、.．]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*"
    r"|第[一二三四五六七八九十\d]{1,3}[章节部分]\s*)",
    re.IGNORECASE,
)
"""The number or letter before a heading: `4.`, `B)`, `IV.`, `Part G:`, `Item 1A.`, `四、`,
`（三）`, `第二节`."""
HEADING_TRAIL = re.compile(r"\s*[:：]\s*$")
FUNDS_ROW_BREAK = re.compile(r"\s{2,}")
"""Between the cells of a row read from the text: two spaces or more."""
FUNDS_SENTENCE_BREAK = re.compile(
    r"(?<![Mm]io\.)(?<![Mm]rd\.)(?<![Tt]sd\.)"
    r"(?<=[A-Za-z)%\u4e00-\u9fff][.!?])\s+(?=[A-Z\u4e00-\u9fff])|(?<=。)"
)
"""Between two sentences; not after a list number (`1. 设备采购`), inside `€1.5m`, or after
a magnitude's abbreviation (`1,2 Mio. EUR`)."""
BARE_NUMBER = re.compile(r"\d[\d.,' ]*\d|\d")
"""A number printed alone, with no currency or unit (`360.000,00`)."""
TERM_BREAK = re.compile(r"\s[·•|]\s")
"""Between two terms run together on a line (`Equity: 12.5 % · Minimum investment: 10 GBP`)."""
NOTE_RUN_ON = re.compile(r"(?<=[a-z)])[ \t]+(?=[A-Z][a-z]+:[ \t])")
"""Where a note's `Label:` starts on an item's line after its words (`… with customers Fees: the
intermediary charges …`): used only after an amount, so `Marketing Budget: €40k` keeps its
label."""
VALUE_GAP = re.compile(r"^[\s(（),，/–—-]*(?:(?:所占比例|占比|比例|占)[\s:：为]*)?$")
"""What may stand between an amount and its share in one value: `€200,000 (40%)`, `40% – $2m`,
`200万元，占比40%`."""
BRACKET_OPENS_VALUE = re.compile(r"(?:^|\n|[:：]|  )[ \t]*(?:[-–—•·*][ \t]*)?\($")
"""A bracket that opens a label's whole value (`Minimum ticket: ($500)`, `- (CNY 10,000) minimum
individual investment`): a negative amount, as accounts print one; a bracket inside a sentence
is an aside (`raising $1m ($500 minimum)`)."""
BRACKET_CLOSES_VALUE = re.compile(r"^\)[ \t]*(?:$|\n|  |[;；|·•]|(?=[^\W\d]))")
"""The bracket closing such a value: its cell or term ends (`Issue price per share: (1,00 €);
Valuation …`), or its label follows (`(CNY 10,000) minimum individual investment`)."""
PLAIN_UNIT = re.compile(
    r"[（(][ \t]*(?:人民币)?[ \t]*(?:元|RMB|CNY|USD|EUR|GBP|[$€£¥￥])[ \t]*[)）]"
    r"|单位[:：][ \t]*(?:人民币)?[ \t]*元(?![\u4e00-\u9fff])",
)
"""A column heading that names its unit as the currency itself (`投资金额（元）`, `Amount ($)`,
`单位：元`): its amounts are in full units, whatever the prose above says."""
ITEM_NUMBER_CELL = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.)、．]?$")
"""A row's item number in its own cell (`1`, `2.`, `三、`), under a `序号` / `No.` heading."""
CATEGORY_EDGE = re.compile(
    r"^(?:[\s:：;；,，.。()（）\[\]–—\-‐/|*•·]|(?:and|or|to|for|on|of|in|into|towards|with|plus|"
    r"the|an?|also|then|finally|lastly|及|和|与|以及|用于)(?=\s|$|[\u4e00-\u9fff]))+"
    r"|(?:[\s:：;；,，.。()（）\[\]–—\-‐/|*]"
    r"|(?<=\s)(?:and|or|with|plus|of|is|are|will|go|goes|the|remaining|remainder))+$",
    re.IGNORECASE,
)
"""Words and marks around a category: `– Marketing:`, `and marketing (`, `；品牌建设`, `debt
repayment and the remaining` (15% to …)."""
FUNDS_PREPOSITION = re.compile(
    r"[\s)）]*(?:will\s+go\s+|goes\s+|is\s+|are\s+)?(?:to|for|on|towards|into|in|用于)(?=\s|[\u4e00-\u9fff])",
    re.IGNORECASE,
)
"""A value followed by its category: `€55,000 on marketing`, `40% to hiring`, `30% 用于研发`
(used with `match(text, pos)`, so it has no `^`)."""
FUNDS_LEAD = re.compile(
    r"(?:[:：]|\b(?:fund|finance|cover|support|include|including|between|across|among|"
    r"follows|split|spent|spend|allocate[ds]?|earmarked|plan|intend|pays?\s+for|used\s+for)\b)\s*",
    re.IGNORECASE,
)
"""A word that ends a sentence's opening before the first category: `The proceeds will fund `,
`…as follows: `."""
CATEGORY_WORDS = re.compile(r"[A-Za-zÀ-ÿ\u4e00-\u9fff]")
CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
"""A space the layout put between two Chinese characters: `市场 推广` is 市场推广."""
AMOUNT_COLUMN = re.compile(
    r"(?i:\b(?:amount|sum|cost|budget|value|eur|usd|gbp|chf|cny)\b)|[€$£¥]|金额|数额|万元|元"
)
"""A column heading over amounts: a bare number below it is money."""
FEE_CHARGE = re.compile(
    r"\b(?:fees?|commissions?|charges?)\b.*\b(?:charged|payable|paid|levied|deducted|borne)\b"
    r"|\b(?:charged|payable)\s+(?:to|by)\b|收取|费率"
    r"|\b(?:pays?|paying|charges|levies|takes|receives|retains|earns)\b.*"
    r"\b(?:fees?|commissions?)\b"
    r"|\b(?:platform|intermediary|portal|provider|operator|broker)\b.*"
    r"\b(?:charges|receives|takes|retains|earns|levies)\b",
    re.IGNORECASE,
)
"""A fee the platform charges (`Success fee charged to the project owner 6%`, `Investors pay a
2% fee`, `the intermediary charges the issuer 6%`): a rate, not a use of the money raised."""
OF_MAXIMUM = re.compile(r"\b(?:maximum|max\.?|overfunding|hard\s+cap)\b|最高|上限", re.IGNORECASE)
"""A use-of-funds section that gives its shares of the maximum raise, not of the target."""
DANGLING_ARTICLE = re.compile(r"\s(?:a|an|the)$", re.I)
"""A category that ends on an article is a clause cut short (`Investors pay a` / `7% fee`)."""
NOT_CATEGORY = re.compile(
    r"\b(?!(?-i:IT|US)\b)(?:we|our|us|it|they|will|would|is|are|was|were|has|have|had|"
    r"raise[sd]?|raising|"
    r"seek(?:s|ing)?|valu(?:e|ed|ing|ation)|founded|incorporated)\b|融资|募集|估值|注册|成立",
    re.IGNORECASE,
)
"""Words of a sentence, never of a category: `We are raising €1m`, `公司本轮融资3000万元`; the
acronyms `IT` and `US` (`IT infrastructure`) are no pronouns."""
RAISE_WORDS = re.compile(
    r"\b(?:rais(?:e|es|ing)|seek(?:s|ing)?|valu(?:e|ed|ing|ation)|equity|stake)\b|融资|估值",
    re.IGNORECASE,
)
"""A sentence that opens on the raise itself (`We are raising €1m for 10% of the company`)
gives no uses, even with two values in it."""
CJK_WRAP = re.compile(r"[\u4e00-\u9fff，；、]$")
"""A Chinese line that stops mid-clause: the next line goes on with it."""
LABEL_END = re.compile(r"[:：](?=[^:：]*$)")
"""The last colon of a text: what follows it is what the line is about."""
CLAUSE_GOES_ON = re.compile(
    r"(?:[,;，；、]|\b(?:and|or|on|for|to|towards|into|in))\s*$", re.IGNORECASE
)
"""A line that stops mid-enumeration: `… $450k on hiring,` goes on below."""
LABEL_MARK = re.compile(r"[\s:：–—\-(（]+$")
"""What ends a label before its value: `Marketing: `, `Hiring – `, `研发投入（`."""
PERCENT_WRAPPED = re.compile(r"^\s*(?:[%％]|(?i:per\s?cent|percent|pct)\b)")
"""A line that starts with the percent sign or word of the number that ends the line above."""
WEEKDAY_BEFORE = re.compile(
    r"(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:mon|tue|wed|thu|fri|sat|sun)\.?)"
    r",?[ \t]*$"
)
"""A weekday printed before its date (`Friday, 25 April 2025`): part of the date."""
LABEL_AFTER_SEPARATOR = re.compile(r"[ \t]*[·•;,|][ \t]*[^\W\d][^\d·•;,|]{0,60}")
"""An item's label after the separator that ends the item before it, its value not yet
printed: `· Recruitment` at the end of a line of items."""
MAGNITUDE_WRAPPED = re.compile(rf"^\s*(?:{MAGNITUDE_WORD_RE})(?=\s|$)", re.VERBOSE)
"""A line that starts with the magnitude of an amount in the row above (`EUR 3.5` / `million`)."""
ZH_NAME_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?=[\s，。；;,、（(]|$)")
"""A Chinese name at the start of a text that goes on after a space or a comma."""
CJK_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
"""A space a line break left inside Chinese words: 运营 总监."""
WORD_RUN = re.compile(r"\S+")
LINK_TOKEN = re.compile(r"[\w'’&]+|[^\w\s]")
"""The words and marks between a name and its title in a sentence."""
AGE_WORD = re.compile(r"\d{2}")
"""An age between a name and its title: `Jane Doe, 45, is our CEO`."""
COLON = re.compile(r"[:：]")

# --- sections: headings by kind -------------------------------------------------------------
# Each grammar reads a whole heading (its number, a trailing colon and `(continued)` removed):
# `Principal risks and uncertainties`, `Officers and Directors`, `Description of the Business`,
# `Terms of the Offer`, `Audited Financial Statements`. A longer line or a line that goes on is
# no heading of the kind ("Management report", "Directors' report", "Offer price  £1.00").

_RISK_QUALIFIER_RE = r"""(?:key|main|principal|material|major|significant|important|certain
    |general|other|specific|additional|investment|investor|business|company|offering|selected)"""
RISK_HEADING = re.compile(
    rf"""^(?:
      (?:(?:a\s+)?(?:summary|overview|discussion|description)\s+of\s+)?(?:the\s+|our\s+)?
      (?:{_RISK_QUALIFIER_RE}\s+)*
      (?:risk\s+(?:factors?|warnings?|disclosures?|statements?|summary|analysis|assessment
          |considerations?|profile|notice|information)
        |risks)
      (?:\s+(?:and|&)\s+(?:uncertainties|mitigations?|challenges|opportunities|rewards|returns
          |disclosures?|risk\s+mitigation))?
      (?:\s+(?:related|relating|specific|particular)\s+to\s+[^\W\d][\w\s,'’&-]{{0,50}}
        |\s+(?:of|in|for|to)\s+(?:investing|investors|consider|an?\s+investment
          |th(?:is|e)\s+(?:offering|offer|investment|company|business|securities)))?
    | what\s+(?:are\s+the\s+(?:{_RISK_QUALIFIER_RE}\s+)?risks
          (?:\s+(?:of|in)\s+[^\W\d][\w\s'’-]{{0,30}})?
        |(?:could|can|might|may)\s+go\s+wrong)\??
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
"""A risk-factors heading: `Risk Factors`, `Key risks`, `Risks related to our business`,
`Investment risk warning`, `What are the risks?`; not one kind of risk (`Credit risk`) nor how it
is managed (`Financial risk management`)."""
_LEADERS_RE = r"""(?:(?:management|leadership|founding|core|executive|senior)\s+team|team
    |management|leadership|founders|board(?:\s+of\s+directors)?|directors|officers
    |executive\s+officers|executives)"""
_LEADERS_MORE_RE = rf"""(?:{_LEADERS_RE}|advis[eo]rs|advisory\s+board|key\s+employees|employees
    |(?:corporate\s+)?governance|shareholders|ownership)"""
MANAGEMENT_HEADING = re.compile(
    rf"""^(?!board$)(?:(?:meet|about|introducing)\s+)?
    (?:(?:the\s+|our\s+)?{_LEADERS_RE}|(?:the|our)\s+people)
    (?:\s*(?:,|and|&)\s*(?:the\s+|our\s+|key\s+)?{_LEADERS_MORE_RE})*
    (?:\s+of\s+the\s+(?:company|issuer))?$""",
    re.IGNORECASE | re.VERBOSE,
)
"""Who runs the company: `Management team`, `Officers and Directors`, `Directors, Executive
Officers and Corporate Governance`, `Meet the team`, `Our people`; not `Board` alone, which is
as often a table cell's wrapped tail (`Member of the` / `Board`)."""
_ENTERPRISE_RE = r"(?:business|company|issuer)"
_PROFILE_RE = r"""(?:overview|description|profile|summary|model|background|activities|in\s+brief
    |history)"""
BUSINESS_HEADING = re.compile(
    rf"""^(?:
      (?:the\s+|our\s+)?business(?:\s+{_PROFILE_RE})?
    | (?:the|our)\s+(?:company|issuer)(?:\s+{_PROFILE_RE})?
    | (?:company|corporate)\s+{_PROFILE_RE}
    | (?:description|overview|summary|profile)\s+of\s+(?:the\s+|our\s+)?{_ENTERPRISE_RE}
    | about\s+(?:us|the\s+{_ENTERPRISE_RE})
    | (?:information|details)\s+(?:about|on)\s+the\s+(?:issuer|company|project\s+owner)
        (?:\s+and\s+the\s+(?:crowdfunding\s+)?project)?
    | who\s+we\s+are|what\s+we\s+do|our\s+story
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
"""What the company does: `Business`, `Description of the Business`, `Company overview`,
`About us`, `Information about the Issuer`."""
_OFFER_NOUN_RE = r"""(?:offer|offering|raise|round|funding\s+round|investment\s+round|deal
    |crowdfunding\s+campaign)"""
OFFER_HEADING = re.compile(
    rf"""^(?:
      (?:the\s+|this\s+|our\s+)?{_OFFER_NOUN_RE}(?:\s+(?:terms|details|summary|overview|structure))?
    | (?:terms|summary|details|overview|description|conditions)\s+of\s+(?:the\s+|this\s+|our\s+)?
        (?:{_OFFER_NOUN_RE}|investment|securities)
    | (?:investment|offer|offering|deal|round|funding|key)\s+terms
    | investment\s+opportunity
    | (?:main\s+)?features\s+of\s+the\s+(?:offer|offering|crowdfunding\s+(?:offer|process))
        (?:\s+and\s+[^\W\d][\w\s,'’-]{{0,70}})?
    | information\s+(?:related|relating|on|about)\s+(?:to\s+)?the\s+(?:offer|offering)
        (?:\s+of\s+[^\W\d][\w\s'’-]{{0,40}})?
    | the\s+securities(?:\s+(?:offered|being\s+offered))?|securities\s+(?:being\s+)?offered
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
"""The offer itself: `The Offering`, `Deal terms`, `Terms of the offer`, `Main features of the
crowdfunding process and conditions for the capital raising`, `Securities offered`."""
_ASSURED_RE = r"""(?:audited|unaudited|reviewed|certified|annual|interim|condensed|consolidated
    |summary|summari[sz]ed|selected|historical|historic|key|our)"""
FINANCIALS_HEADING = re.compile(
    rf"""^(?:
      (?:{_ASSURED_RE}\s+)*
      (?:financial\s+(?:statements?|information|condition|summary|highlights|data|results
          |performance|position|overview|history|track\s+record|report|review)
        |financials|accounts)
      (?:\s+(?:and\s+(?:notes(?:\s+thereto)?|supplementary\s+data|accounts|key\s+metrics)
        |of\s+the\s+(?:issuer|company)|\((?:audited|unaudited|reviewed|certified)\)))?
    | (?:annual\s+)?report\s+and\s+(?:financial\s+statements|accounts)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
"""A section of financial information: `Financial Statements and Supplementary Data`,
`Financial Condition`, `Financial information`, `Key financials`, `Report and Accounts`; not a
plan's forecasts (`Financial projections`)."""
CONTENTS_LINE = re.compile(
    r"(?:(?:\.[ \t]?){4,}|…{2,}|·{4,})[ \t]*(?:\d{1,3}|[ivxlc]{1,6})?[ \t]*$"
    r"|(?<=[^\W\d_]|[,)）])[ \t]+\d{1,3}[ \t]*$",
    re.IGNORECASE,
)
"""A contents line: dot leaders, maybe before a page number, or a heading followed by its page
number (any script)."""
CROSS_REFERENCE = re.compile(
    r"""(?i:\b(?:see|refer|referred|read|under|in|at|per|cf|also|described|discussed|set\s+out
    |detailed|headed|entitled|titled|captioned)\b)|参见|详见|参阅|见""",
    re.VERBOSE,
)
"""Words before a heading's phrase that make it a reference to it: `see Risk Factors`."""
QUOTE_BEFORE = re.compile(r"[\"“‘'«「『]\s*$")
"""A quotation mark right before a heading's phrase: `… under "Risk Factors"`."""

# --- assurance: how far the financial statements were examined --------------------------------

_STATEMENTS_QUALIFIER_RE = r"""(?:the|its|our|their|these|such|accompanying|attached|related
    |following|company['’]s|consolidated|combined|condensed|interim|annual|statutory|historical
    |financial)"""
_STATEMENTS_RE = rf"""(?:(?:{_STATEMENTS_QUALIFIER_RE}\s+)*
      (?:financial\s+statements|balance\s+sheets?|income\s+statements?
        |profit\s+and\s+loss\s+accounts?|statements?\s+of\s+(?:financial\s+position|operations
          |income|cash\s+flows?|comprehensive\s+(?:income|loss)|[\w’'\s]{{0,30}}?equity))
    | (?:{_STATEMENTS_QUALIFIER_RE}\s+)+accounts)"""
"""The statements, by name; `accounts` only with a word that makes them the statements (`the
accounts`, `annual accounts`; not `managed accounts`)."""
_BEEN_RE = r"(?:(?:have|has|had)\s+been|were|was|are|is)"
ASSURANCE = re.compile(
    rf"""
    (?P<certified>certif(?:y|ies|ied|ication)\b(?!\s+public)[\s\S]{{0,200}}?
        financial\s+statements[\s\S]{{0,200}}?\btrue\s+and\s+complete\b
      | {_STATEMENTS_RE}\s+(?:[^;。]{{0,40}}?\s)?(?:{_BEEN_RE}\s+)?certified\s+by\s+
        (?:the\s+|our\s+|its\s+)?(?:(?:company|issuer)['’]s\s+)?(?:principal\s+executive|chief\s+executive
          |(?:an?\s+)?(?:executive\s+)?officer|CEO|president))
  | (?P<unaudited>unaudited\s+(?!pro\s+forma|quarterly|supplement)(?:[\w-]+\s+){{0,3}}?
        (?:financial\s+statements|accounts|balance\s+sheets?|income\s+statements?
          |statements?\s+of|profit\s+and\s+loss)
      | (?<![\w-])(?:financial\s+statements|accounts|balance\s+sheets?|income\s+statements?
          |statements?\s+of\s+[\w’'\s]{{3,40}}?|profit\s+and\s+loss\s+accounts?)
        (?:\s+(?:for|of|as\s+of|as\s+at)\s+[^()\[\]\n]{{1,40}}?)?
        \s*[(\[]\s*unaudited\b[^)\]\n]{{0,40}}[)\]]
      | {_STATEMENTS_RE}\s+(?:[^;。]{{0,60}}?\s)?(?:(?:have|has|had)\s+not\s+been|were\s+not
          |are\s+not|(?:have\s+been|were|are)\s+neither)\s+(?:audited|reviewed)\b
      | {_STATEMENTS_RE}\s+(?:[^;。]{{0,60}}?\s)?{_BEEN_RE}\s+unaudited\b)
  | (?P<reviewed>(?:independent\s+)?(?:accountants?|auditors?|CPAs?)['’]?s?['’]?\s+review\s+report
      | review\s+report\s+(?:of|by|from)\s+(?:an?\s+|the\s+)?independent
      | report\s+on\s+(?:the\s+)?review\s+of\s+{_STATEMENTS_RE}
      | (?:have|has)\s+(?:also\s+)?reviewed\s+{_STATEMENTS_RE}
      | {_STATEMENTS_RE}\s+(?:[^;。]{{0,60}}?\s)?{_BEEN_RE}\s+reviewed\b
      | (?<![\w-])reviewed\s+(?:consolidated\s+|interim\s+|annual\s+)*financial\s+statements)
  | (?P<audited>(?:independent\s+)?auditors?['’]?s?['’]?\s+report
      | report\s+of\s+(?:the\s+)?independent\s+(?:registered\s+public\s+accounting\s+firm
          |auditors?|(?:certified\s+public\s+)?accountants?)
      | (?:have|has)\s+(?:also\s+)?audited\s+{_STATEMENTS_RE}
      | {_STATEMENTS_RE}\s+(?:[^;。]{{0,60}}?\s)?{_BEEN_RE}\s+audited\b
      | (?<![\w-])audited\s+(?:consolidated\s+|annual\s+|interim\s+)*
        (?:financial\s+statements|accounts)
      | in\s+our\s+opinion,?\s+{_STATEMENTS_RE}\b[^;。]{{0,400}}?
        \b(?:presents?\s+fairly|gives?\s+a\s+true\s+and\s+fair))
  | (?P<zh_unaudited>未经(?:过)?[^，。；\n]{{0,20}}?审计)
  | (?P<zh_reviewed>(?<![未否])经(?:过)?[^，。；\n]{{0,30}}?审阅|审阅报告)
  | (?P<zh_audited>(?<![未否])经(?:过)?[^，。；\n]{{0,30}}?审计(?!报告是否)|审计意见
      |出具[^，。；\n]{{0,20}}?审计报告|年度?审计报告)
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""What a document says of its statements' examination, by level: an officer's certification
(Form C: `… certify that the financial statements … are true and complete`), `unaudited`
statements, an accountant's review, an audit (`Independent Auditor's Report`, `we have audited
the accompanying balance sheets`, 经审计, 未经审计); quarterly, pro forma and selected data are
not the statements."""
ASSURANCE_NEGATION = re.compile(
    r"(?i:\b(?:no|not|never|neither|nor|without|whether)\b)|是否|尚未|没有|无"
)
"""A word before a level that denies it: `the company has no audited accounts`."""
ASSURANCE_WORD = re.compile(
    r"(?i:audit|review|certif|in\s+our\s+opinion|report\s+of\s+(?:the\s+)?independent)|审计|审阅"
)
"""Where a statement of assurance may stand: the long pattern is tried only around these."""
SENTENCE_END = re.compile(
    r"[。！？；]|(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bNo)(?<!\bN\.A)(?<!\bU\.S)"
    r"[.!?;](?=\s*$|\s+(?![a-z]))"
)
"""The end of a sentence: not after `Inc.` or `No.`, nor before a word in lower case."""

# --- custodian: who holds investors' money until the raise closes ----------------------------

_INSTITUTION_RE = r"""[A-Z][\w&'’.-]*(?:(?:[ \t]+
    |[ \t]*\n[ \t]*(?=(?:Bank|Trust|Banque|Banca|Banco)\b)
    |[ \t]*,[ \t]*(?=(?:LLC|L\.L\.C\.|Inc|N\.A|Ltd
    |PLC|plc|AG|SA|S\.A|SAS|N\.V|NV|B\.V|GmbH|SE)\b))(?:[A-Z][\w&'’.-]*|&|and|of|de|des|du
    |della|di|für|the))*"""
_CUSTODIAN_RE = r"""(?:custodian[ \t]+bank|custodian[ \t]+of[ \t]+(?:the[ \t]+)?
    (?:investors?['’]?[ \t]+)?(?:funds|money|monies|subscriptions|proceeds))"""
"""A custodian of the money (`custodian bank`, `custodian of investors' funds`); a custodian
alone may keep the shares, which is another service."""
_ESCROW_ROLE_RE = r"""(?:escrow|custod(?:y|ian|ial)|depositary|depository|trust|client|segregated
    |ring-?fenced|separate|dedicated|non-interest[- ]bearing|interest[- ]bearing|special)"""
CUSTODIAN = re.compile(
    rf"""
    (?P<label>(?:(?<=\n)|^)[ \t]*(?:[-•*][ \t]*)?
        (?i:(?:escrow|custody|depositary|depository)[ \t]+(?:agent|bank|provider|institution)
          |{_CUSTODIAN_RE}|escrow
          |(?:funds?|investor[ \t]+funds?)[ \t]+held[ \t]+(?:by|with|at))
        (?:[ \t]*[:：][ \t]*|[ \t]{{2,}})(?P<label_name>{_INSTITUTION_RE}))
  | (?P<appointed>(?P<appointed_name>{_INSTITUTION_RE}),?[ \t]+(?:\([^)\n]{{0,40}}\)[ \t]+)?
        (?i:(?:which|that|who)[ \t]+)?
        (?i:will[ \t]+act|acts|has[ \t]+been[ \t]+(?:appointed|engaged)
          |was[ \t]+(?:appointed|engaged)|serves|will[ \t]+serve|is[ \t]+acting
          |is[ \t]+appointed)[ \t]+as[ \t]+
        (?:the[ \t]+|our[ \t]+|its[ \t]+)?(?i:escrow[ \t]+(?:agent|bank)|{_CUSTODIAN_RE}
          |depositary))
  | (?P<engaged>(?:engaged|appointed|selected|retained)[ \t]+(?P<engaged_name>{_INSTITUTION_RE})
        [ \t]+(?:as|to[ \t]+(?:act|serve)[ \t]+as)[ \t]+(?:the[ \t]+|its[ \t]+|our[ \t]+|an?[ \t]+)?
        (?i:escrow[ \t]+(?:agent|bank)|{_CUSTODIAN_RE}|depositary))
  | (?P<named>(?i:(?:the[ \t]+)?(?:escrow[ \t]+(?:agent|bank)|{_CUSTODIAN_RE})
        (?:[ \t]+for[ \t]+(?:this|the)[ \t]+(?:offering|offer|raise|campaign))?,?[ \t]+
        (?:is|will[ \t]+be))[ \t]+(?P<named_name>{_INSTITUTION_RE}))
  | (?P<held>(?i:(?:held|kept|deposited|placed|safeguarded|paid|transferred|remain)
        [ \t]+(?:[^.;\n]{{0,40}}?[ \t])?(?:in|into)[ \t]+(?:an?[ \t]+|the[ \t]+)?
        (?:{_ESCROW_ROLE_RE}[ \t]+)+(?:bank[ \t]+)?(?:account[ \t]+)?
        (?:(?:held|maintained|opened)[ \t]+)?(?:with|at|by))[ \t]*\n?[ \t]*
        (?P<held_name>{_INSTITUTION_RE})
      | (?i:(?:held|kept)[ \t]+in[ \t]+escrow[ \t]+(?:with|at|by))[ \t]*\n?[ \t]*
        (?P<escrow_name>{_INSTITUTION_RE})
      | (?i:(?:investors?['’]?|subscribers?['’]?|subscription|client)[ \t]+
        (?:funds|money|monies|payments|contributions)[ \t]+(?:will[ \t]+be|are|is|shall[ \t]+be)
        [ \t]+(?:held|kept|safeguarded|deposited)[ \t]+(?:by|with|at))[ \t]*\n?[ \t]*
        (?P<funds_name>{_INSTITUTION_RE}))
    """,
    re.VERBOSE,
)
"""A bank named as holding investors' money: a label (`Escrow agent: Evolve Bank & Trust`), an
appointment (`Prime Trust, LLC acts as escrow agent`, `engaged X as escrow agent`, `The escrow
agent is X`), or the money held with it (`held in escrow with Enterprise Bank & Trust`,
`investor funds are held by X`), its name perhaps on the line below. Case matters: a name
starts with a capital."""
CUSTODIAN_ZH = re.compile(
    r"""
    (?P<bank>[\u4e00-\u9fff（）()]{2,30}?银行(?:股份有限公司|有限责任公司|有限公司)?
        (?:[\u4e00-\u9fff]{2,10}?(?:分行|支行|营业部))?)
    """,
    re.VERBOSE,
)
"""A Chinese bank's name, a branch included: 招商银行股份有限公司深圳分行."""
CUSTODIAN_ZH_CUE = re.compile(
    r"""(?:资金)?(?:(?:托管|存管)(?:银行|机构|行)|监管银行)[ \t]*[:：]?[ \t]*(?=[\u4e00-\u9fff])
    | (?:由|在|于|与|委托|选定|聘请)(?=[\u4e00-\u9fff（）()]{2,40}?银行)""",
    re.VERBOSE,
)
"""Where a Chinese custodian bank's name follows: a label (资金托管银行：, 募集资金托管行), or
由 / 在 / 于 / 与 before a bank that 托管 / 存管 the money (与…银行签订资金托管协议)."""
CUSTODIAN_ZH_ROLE = re.compile(
    r"托管|存管|监管(?:账户|专户)|(?:募集|认购|投资)[^，。；\n]{0,12}存放"
)
"""The bank's role after its name: 进行存管, 开立资金托管账户, 募集资金存放于…."""
CUSTODY_WORD = re.compile(
    r"(?i:escrow|custod|depositar|in\s+trust|client\s+(?:money|account)|funds\s+(?:are|will\s+be)"
    r"\s+held|funds\s+held|money\s+(?:is|will\s+be)\s+held)|托管|存管|存放|监管银行"
)
"""Where a custodian may be named: the long patterns are tried only around these."""
INSTITUTION = re.compile(
    r"(?i:\b(?:bank\w*|banc\w*|banque|banca|banco|sparkasse|volksbank|raiffeisen\w*|trust|"
    r"savings|credit\s+union|N\.A\.?|escrow|depositary)\b)|" + LEGAL_SUFFIX + r"\.?$"
)
"""A name that reads as an institution: a bank's or trust's word, or a legal form at its end."""

# --- share counts: shares offered, shares in issue before the offer -------------------------

_COUNT_RE = r"""(?P<count>\d{1,3}(?:(?:,|\.|[ \u00a0\u202f’'])\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?)
    (?:[ \t]*(?P<scale>million|mn|m(?![A-Za-z])|万|亿))?"""
_COUNT_END_RE = r"(?![ \t]*(?:%|％|per[ \t]*cent|percent|[€$£¥元]|[A-Z]{3}\b))"
_SHARE_KIND_RE = r"""(?:(?:ordinary|common|preferred|preference|voting|non-voting|class[ \t]+\w
    |series[ \t]+\w+|[A-Z]-)[ \t]+)*"""
_LABEL_START_RE = r"""(?:(?<=\n)|^|(?<=[ \t]{2})|(?<=\|[ \t])|(?<=\S[ \t])(?=[A-Z]))[ \t]*
    (?:\(?[a-z0-9]{1,2}[.)][ \t]+|[•·▪◦‣›»*–-][ \t]*)?"""
"""Where a label starts: a line, a cell, a capital after a run-on cell (`pm Eastern Existing
shares`), after a list's number or bullet (`(b) `, `• `, `› `)."""
_LABEL_GAP_RE = r"""[ \t]*(?:[:：][ \t]*\n?[ \t]*|[ \t]{2,}|[ \t]*[|–—][ \t]*
    |[ \t]*(?:\.[ \t]?){3,}[ \t]*|[ \t]*[…·]{2,}[ \t]*)"""
"""Between a label and its value: a colon, a wide gap, a bar, a dash or dot leaders."""
SHARES_OFFERED = tuple(
    re.compile(pattern, re.VERBOSE)
    for pattern in (
        rf"""{_LABEL_START_RE}(?i:(?:number[ \t]+of[ \t]+)?new[ \t]+{_SHARE_KIND_RE}shares
            (?:[ \t]+(?:offered|on[ \t]+offer|to[ \t]+be[ \t]+issued|being[ \t]+offered))?
          | (?:target[ \t]+|total[ \t]+)?(?:number[ \t]+of[ \t]+)?(?:{_SHARE_KIND_RE}shares
              |securities|units)[ \t]+(?:offered|on[ \t]+offer|to[ \t]+be[ \t]+(?:issued|offered
              |sold)|being[ \t]+offered|for[ \t]+sale))
          (?i:[ \t]*\((?:at[ \t]+)?(?:the[ \t]+)?target(?:[ \t]+amount)?\))?{_LABEL_GAP_RE}
          {_COUNT_RE}{_COUNT_END_RE}""",
        rf"""(?i:\b(?:offering|issuing|selling|offers|issues|sells|to[ \t]+(?:offer|issue|sell)))
          [ \t]+{_COUNT_RE}[ \t]+(?i:new[ \t]+)?(?i:{_SHARE_KIND_RE})(?i:shares|units)\b""",
        rf"""(?<![\d.,]){_COUNT_RE}[ \t]+(?i:new[ \t]+)?(?i:{_SHARE_KIND_RE})(?i:shares)
          (?:[ \t]+of[ \t]+(?:\w+[ \t]+){{1,3}}stock)?[ \t]+(?i:(?:are|is|will[ \t]+be)[ \t]+
          (?:being[ \t]+)?(?:offered|on[ \t]+offer|available[ \t]+to[ \t]+investors))""",
        rf"""(?<![\d.,]){_COUNT_RE}[ \t]+(?i:new[ \t]+{_SHARE_KIND_RE}shares)[ \t]+
          (?:\([^)\n]{{0,40}}\)[ \t]+)?(?i:(?:will|would|shall)[ \t]+(?:raise|be[ \t]+(?:issued
          |offered)))""",
        rf"""{_LABEL_START_RE}(?<![\d.,]){_COUNT_RE}{_COUNT_END_RE}[ \t]*[:：|–—-][ \t]*
          (?i:(?:new[ \t]+)?{_SHARE_KIND_RE}shares[ \t]+(?:offered|on[ \t]+offer|to[ \t]+be
          [ \t]+issued)(?:[ \t]*\((?:at[ \t]+)?(?:the[ \t]+)?target\))?)(?![ \t]*\w)""",
        rf"""(?:本次|本轮)?拟?(?:发行|出让|增发)的?(?:新股|股份|股票)?(?:数量|股数|总数)为?[ \t]*
          [:：]?[ \t]*{_COUNT_RE}[ \t]*股""",
        rf"""(?:本次|本轮)(?:融资)?拟?(?:发行|出让|增发)(?:新股|股份|股票)?[ \t]*
          {_COUNT_RE}[ \t]*股""",
    )
)
"""The shares this offering sells: a label (`New shares offered: 37,500`, `Number of new shares
(target)  40,000`, `Securities offered  100,000`), a sentence (`We are issuing 37,500 new shares`,
`37,500 new shares are offered at $2.00 each`), 本次发行股数：500万股. A maximum (`up to`,
`(maximum)`, 不超过) is not the count the target sells."""
SHARES_BEFORE = tuple(
    re.compile(pattern, re.VERBOSE)
    for pattern in (
        rf"""{_LABEL_START_RE}(?i:(?:(?:number[ \t]+of[ \t]+)?{_SHARE_KIND_RE}shares
            |share[ \t]+capital)[ \t]+(?:currently[ \t]+)?(?:in[ \t]+issue|issued(?:[ \t]+and[ \t]+
            outstanding)?|outstanding)
            (?:[ \t]+(?:before|prior[ \t]+to|pre)[ \t-]+(?:the[ \t]+|this[ \t]+)?(?:offer(?:ing)?
              |round|investment|raise|issue|transaction)
            |[ \t]*\((?:pre|before)[ \t-]+(?:offering|offer|money|round|investment)\))?
          | existing[ \t]+{_SHARE_KIND_RE}shares(?:[ \t]+in[ \t]+issue)?
          | pre[ \t-](?:money|offering|offer|round)[ \t]+(?:shares|share[ \t]+count)
            (?:[ \t]+outstanding)?)
          {_LABEL_GAP_RE}{_COUNT_RE}{_COUNT_END_RE}""",
        rf"""(?<![\d.,]){_COUNT_RE}[ \t]+(?i:{_SHARE_KIND_RE}shares)(?:[ \t]+of[ \t]+(?:\w+[ \t]+)
          {{0,2}}stock)?[ \t]+(?i:(?:are[ \t]+|were[ \t]+)?(?:currently[ \t]+)?(?:issued[ \t]+and
          [ \t]+outstanding|in[ \t]+issue|outstanding))\b""",
        rf"""(?:本次)?(?:发行前|现有)的?(?:总股本|股本总额|股份总数|总股数)为?[ \t]*[:：]?[ \t]*
          {_COUNT_RE}[ \t]*股""",
    )
)
"""The shares in issue before this offering: a label (`Shares in issue before the offer`,
`Existing shares`, `Shares outstanding (pre-offering)`), a sentence (`8,000,000 shares of common
stock are issued and outstanding`), 发行前总股本：8000万股."""
SHARES_NOT = re.compile(
    r"(?i:\b(?:authori[sz]ed|options?|warrants?|reserved|enlarged|fully[ \t-]+diluted"
    r"|post[ \t-](?:money|offering|offer|round)|after[ \t]+the|following[ \t]+the"
    r"|upon[ \t]+(?:completion|closing)|on[ \t]+completion|maximum|max\.?|up[ \t]+to|overfunding"
    r"|hard[ \t]+cap)\b)|不超过|最多|发行后|上限"
)
"""Words that make a count something else: authorised shares, options, the shares after the
offering, a maximum."""
SHARE_WORD = re.compile(r"(?i:shares|securities|units)|股")

# --- the document's own date ------------------------------------------------------------------

_DOCUMENT_NOUN_RE = r"""(?:document|memorandum|offering\s+memorandum|circular|offering\s+circular
    |prospectus|supplement|sheet|plan|report|offering\s+statement|form\s+c|statement|proposal
    |summary|presentation)"""
DOCUMENT_DATE_LABEL = re.compile(
    rf"""(?:^|(?<=\n)|(?<=[ \t]{{2}})|(?<=[–—|·][ \t])
      |(?<=\S[ \t])(?=(?:Prepared|Dated|Updated|Published|Issued|Version)\b))[ \t]*
    (?:(?i:version(?:[ \t]+v?\d{{1,3}}(?:\.\d{{1,3}}){{0,2}})?(?:[ \t]+date)?
      | (?:document|issue|publication|version|report|release|revision|offering|memorandum
          |prospectus|submission)[ \t]+date
      | date[ \t]+of[ \t]+(?:this[ \t]+|the[ \t]+)?(?:{_DOCUMENT_NOUN_RE}|issue|publication
          |submission|version|preparation)
      | dated(?:[ \t]+as[ \t]+of)? | date | as[ \t]+(?:of|at)(?=[ \t]*[:：])
      | (?:prepared|issued|published|submitted|updated|last[ \t]+updated)
        (?:[ \t]+(?:on|in|as[ \t]+of))?
      | datum | stand | date[ \t]+d['’]émission | fecha | data)
      | (?:编制|报告|发布|出具|签署|制作|文件|报出)?日期)
    (?!\w)[ \t]*(?:[:：–—][ \t]*\n?[ \t]*)?(?=\S)""",
    re.VERBOSE,
)
"""A label that dates the document itself, at the start of a line or a cell: `Date:`, `Dated:`,
`Document date`, `Date of this document:`, `Version date:`, `Version 2.1 –`, `Prepared on:`,
`As of:`, `Stand:`, `Datum:`, 编制日期：; after a title, capitalised (`Business Plan Prepared
08.04.2024`); not `Date of incorporation` (its date does not follow the label)."""
DOCUMENT_AS_OF = re.compile(
    r"^[ \t]*(?i:as[ \t]+(?:of|at)|stand(?:[ \t]+per)?|état[ \t]+au|per)[ \t]+(?=\S)", re.MULTILINE
)
"""A cover line that dates the document by what it states as of when: `As of 15 Aug 2024`
(the date must fill the rest of the line: `As of June 30, there were …` is prose)."""
DOCUMENT_DATED = re.compile(
    rf"""(?:\b(?:this|the)[ \t]+{_DOCUMENT_NOUN_RE}[ \t]+(?:is[ \t]+|was[ \t]+)?
    | ^[ \t]*[^\n]{{0,60}}?\b(?:memorandum|circular|prospectus|supplement|offering[ \t]+statement)
      [ \t]+)dated(?:[ \t]+as[ \t]+of)?[ \t]+""",
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)
"""A document that says when it is dated: `This Offering Memorandum is dated May 5, 2023`,
`OFFERING MEMORANDUM DATED MAY 5, 2023`; not a loan agreement dated years ago."""
TITLE_DATE_BREAK = re.compile(r"[ \t]*(?:[–—|,]|[ \t]-[ \t]|[:：])[ \t]*")
"""What stands between a title and its date: `Business Plan — January 2025`, `Plan, March 2024`."""
DATE_LEAD = re.compile(r"^(?:[^\W\d_]+\.?,?[ \t]+)?$")
"""A weekday (or nothing) before a date: `Saturday, 19 October 2024`."""

# --- fingerprints -------------------------------------------------------------------------
# `regex` for Unicode script and mark classes: Python's `re` splits a Devanagari or Thai word
# at each vowel sign, which is a combining mark and not `\w`.

_UNSPACED_RE = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]"
"""Scripts written without spaces between words: shingled by characters."""
FINGERPRINT_TOKEN = regex.compile(
    rf"""
    (?P<char>{_UNSPACED_RE}\p{{M}}*)
  | (?P<number>\p{{Nd}}+(?:[.,'’]\p{{Nd}}+)*)
  | (?P<word>(?:(?!{_UNSPACED_RE})[\p{{L}}\p{{M}}\p{{N}}])+)
    """,
    regex.VERBOSE,
)
"""One token: a character of an unspaced script, a number (any digits), or a word."""
DIGIT_RUN = regex.compile(r"\p{Nd}+")
"""Digits: a placeholder stands for them, so a changed number or page number still matches."""

COUNT_LABEL = re.compile(
    r"^(?!.*(?:\b(?:price|value|valuation|amount|cost|premium|raise|capital|investment|sum)\b"
    r"|价格|金额|估值))"
    r".*(?:\b(?:shares?|units?|notes?|tokens?)\b|股数|股份数)",
    re.I,
)
"""A row label naming a number of securities (`Shares offered (at target)`), not an amount;
`Share price` and `Price per unit` name money."""

LABEL_ABOVE = re.compile(
    r"(?P<label>[^\W\d][^\d:：;；.!?。\n]{1,80}?)(?:[ \t]*[:：]|[ \t]+[–—-])[ \t]*$"
)
"""A label that ends its line on a colon, or on a dash standing for one, its value printed on
the line below (`Minimum subscription amount per investor:` over `−€1,000`, `- Company
valuation before investment —` over `£4,200,000.00`)."""
GLOSS_BEFORE_VALUE = re.compile(r"[ \t]*(?P<gloss>[(（][^()（）\d\n]{1,40}[)）])[ \t.·…_:：]*")
"""A label's bracketed gloss that wrapped to its value's line, leaders after it: `Offering
deadline` over `(Angebotsende) ........ 9.8.2024`."""
DASH_BEFORE_VALUE = re.compile(r"[ \t]*[–—-][ \t]*")
"""A dash that opens a value's line below its label, as a colon would end the label (`›
Deadline to reach the Target Offering Amount` over `– October 13th, 2025`)."""
LEADERED_LABEL = re.compile(
    r"[ \t]*(?P<label>[^\W\d][^\d:：.!?。…·\n]{0,40}?)[ \t]*(?:(?:\.[ \t]?){4,}|…{2,}|·{4,})[ \t]*"
)
"""The last line of a label its dot leaders run to the value: the label ends there, perhaps
wrapped from the line above (`Minimum Offering` over `Amount ......... $75k`)."""
LABEL_BULLET = re.compile(r"[ \t]*[•●◦▪■›»·*–—-]?[ \t]*")
"""A bullet before a label line."""
LABEL_ALONE = re.compile(r"(?P<label>[^\W\d][^\d:：;；.!?。\n]{1,80}?)[ \t]*[:：]?[ \t]*$")
"""A line that is a label alone, with or without its colon."""
MAXIMUM_COLUMN = re.compile(r"\bmax(?:imum)?\b|\bhard[ -]?cap\b|最高|上限", re.I)
"""A column heading over the amounts a use gets if the maximum is raised (`If Maximum Amount
Sold`, `At maximum`, `最高募集额`)."""
DATE_RANGE_GAP = re.compile(r"[ \t]*(?:至|到|~|～|-|–|—|to|until|through)[ \t]*", re.I)
"""What stands between the two dates of a period: `2025年3月1日至2025年3月31日`, `… to …`."""
OFFER_PERIOD = re.compile(
    r"募集期|认购期|发行期|众筹期|融资期|募集时间|认购时间|募资期"
    r"|(?i:\b(?:offer(?:ing)?|subscription|campaign|funding|investment)\s+(?:period|window)\b)"
)
"""Words that name the period an offer is open, before its dates (`募集期限：`, `Offer period:`)."""
RAISE_RANGE_OPEN = re.compile(r"\b(?:between|from)\s*$", re.I)
"""The word that opens a range of the raise before its low end: `raise between £600k and …`."""
RAISE_RANGE_CLOSE = re.compile(r"^\s*(?:and|to|up\s+to|[-–])\s*$", re.I)
"""What stands between a range's two ends: `£600k and £1.2m`, `€100k to €250k`."""

OVERSUBSCRIPTION_CUE = re.compile(
    r"\bover-?subscri\w*|\bover-?fund\w*|\bover-?allot\w*"
    r"|\b(?:above|beyond|over|more than|in excess of|exceeding) (?:the|our) "
    r"(?:funding |minimum |initial )?(?:target|goal|minimum)\b"
    r"|\b(?:if|should|once|when) (?:we raise |the company raises )?the maximum\b"
    r"|\bif (?:we|the company) (?:raise|reach)s? (?:the|its|our) maximum\b"
    r"|超募|超额(?:募集|认购|部分|资金)|超出(?:目标|融资目标)"
    r"|(?:达到|超过|超出)(?:融资|募集)?(?:上限|最高(?:融资|募集)?金?额)",
    re.I,
)
"""A sentence turning to money raised above the target: its uses are not the target's."""
SENTENCE_BEFORE = re.compile(r"(?<=[.!?。；;])\s+")
"""Where a sentence ends inside a line: what a line said before a turn of subject is kept."""

# --- the use of money raised above the target -----------------------------------------------
EXCESS_USE = re.compile(
    r"over-?subscri|over-?fund|over-?allot"
    r"|in excess of (?:the|our) (?:funding )?(?:target|minimum)"
    r"|\b(?:raised|raises|raising) (?:above|beyond|over|in excess of)\b"
    r"|(?:above|beyond|over|more than|exceeds?|exceeding) (?:the|our)"
    r" (?:funding |minimum |initial )?(?:target|goal|minimum)"
    r"|(?:if|should|once|where|when) (?:we|the (?:company|offering|campaign))"
    r" (?:raises?|reach(?:es)?|hits?) (?:the|its|our) maximum"
    r"|(?:if|should|once|when) the maximum\b(?:[^.\n]|\.(?=\d)){0,40}?\bis (?:raised|reached)"
    r"|maximum (?:offering )?amount is (?:raised|reached)|at (?:the )?maximum"
    r"|\badditional\b(?:[^.\n]|\.(?=\d)){0,40}?\b(?:allocated|used|spent|invested|go(?:es)? to"
    r"|fund)"
    r"|超募|超额(?:募集|认购|部分|资金)|超出(?:目标|融资目标|部分)|超过(?:目标|融资目标)"
    r"|(?:达到|超过|超出)(?:融资|募集)?(?:上限|最高(?:融资|募集)?金?额)",
    re.I,
)
"""Words about money raised above the target (broader than OVERSUBSCRIPTION_CUE, the turn
of a use-of-funds list to that money); an amount's decimal points may stand between
them (`If the maximum of € 1.000.000,00 is raised`)."""
USE_WORDS = re.compile(
    r"\b(?:us(?:e|ed|ing)|spen[dt]|allocat\w*|invest\w*|fund(?:s|ed|ing)?|go(?:es)? (?:to|into)"
    r"|put|pay|financ\w*|accelerat\w*|hire|hiring|expand\w*|apportion\w*|pro[- ]rata"
    r"|proportion\w*|earmark\w*|intend\w*|plann?\w*|reserv\w*|appl(?:y|ied)|dedicat\w*"
    r"|direct\w*|support\w*|cover\w*|toward\w*|add(?:ed)? to)\b"
    r"|用于|投入|投向|用途|安排|按比例|使用",
    re.I,
)
"""Words that put money to a use: an excess cue with none of them is only the maximum's label."""
LINE_GOES_ON = re.compile(
    r"(?:[,，、]|\b(?i:of|the|a|an|and|or|to|for|in|on|with|by|from|at|that|which|is|are))"
    r"[ \t]*$"
)
"""A line that stops mid-clause, on a comma or a word no sentence ends on: the next line goes
on with its sentence (`I certify that the financial statements of` / `Acme Co. included …`)."""
EXCESS_SENTENCE_END = re.compile(
    r"(?<![Mm]io\.)(?<![Mm]rd\.)(?<![Tt]sd\.)(?<=[.!?。；;])\s+|\n(?=[^\s\da-z]|\d+[.)](?!\d))"
)
"""Where a sentence about excess money ends: a stop (not a magnitude's: `the extra 1 Mio. €
would …`), or a new line that starts a new item; a line that opens in lower case or on an
amount goes on (`the extra €` / `250.000,00 would …`)."""

# --- an issuer's earlier crowdfunding raises ---------------------------------------------------
_REG_CF_RE = r"(?:regulation\s+crowdfunding|reg(?:ulation)?\.?\s*CF|crowdfunding)"
PRIOR_RAISE = re.compile(
    rf"""\b(?:prior|previous|earlier|past|last)\s+{_REG_CF_RE}\s+(?:offering|raise|round|campaign)s?\b
    | \b(?:previously|already|has|have|had)\s+(?:\w+\s+){{0,2}}?raised\b(?:[^.\n]|\.(?=\d)){{0,80}}?
        \b(?:under|in|through|via)\s+(?:an?\s+|its\s+|our\s+)?{_REG_CF_RE}\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""A statement that the issuer raised money under crowdfunding before (`Prior Regulation CF
offering: $210,000, completed 2022`, `The Company previously raised $150,000 in a Regulation
Crowdfunding offering`; an amount's decimal point may stand between): a later raise, whose
assurance tiers are stricter."""
FIRST_RAISE = re.compile(
    rf"\bfirst\s+(?:\w+\s+){{0,2}}?(?:offering|raise|round|campaign)\s+(?:under|through|via)\s+"
    rf"(?:the\s+)?{_REG_CF_RE}\b|\bfirst\s+{_REG_CF_RE}\s+(?:offering|raise|round|campaign)\b",
    re.IGNORECASE,
)
"""A statement that this is the issuer's first crowdfunding raise."""
