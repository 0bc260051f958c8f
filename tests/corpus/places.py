"""Where issuers are based: countries with their currency, registration kind, cities and phones."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    """A city, the English name of its state/province (None where none is used) and an area code.

    `division` is the 6-digit Chinese administrative code used inside a USCC.
    """

    name: str
    region: str | None
    area: str
    division: str = ""


@dataclass(frozen=True)
class Country:
    """A country profile: how its issuers are named, registered and reached."""

    code: str
    name: str
    currency: str
    registration_kind: str | None
    suffixes: tuple[str, ...]
    cities: tuple[City, ...]
    phone: str
    name_culture: str
    region_word: str = ""


US = Country(
    "US",
    "United States",
    "USD",
    "us_ein",
    ("Inc.", "Inc.", "Corp.", "LLC"),
    (
        City("San Jose", "California", "408"),
        City("Austin", "Texas", "512"),
        City("Boston", "Massachusetts", "617"),
        City("Seattle", "Washington", "206"),
        City("Denver", "Colorado", "303"),
        City("Chicago", "Illinois", "312"),
        City("Atlanta", "Georgia", "404"),
        City("Portland", "Oregon", "503"),
        City("Raleigh", "North Carolina", "919"),
    ),
    "+1 ({area}) 555-{n4}",
    "us",
)
CN = Country(
    "CN",
    "China",
    "CNY",
    "cn_uscc",
    ("Co., Ltd.",),
    (
        City("Hangzhou", "Zhejiang", "571", "330106"),
        City("Ningbo", "Zhejiang", "574", "330212"),
        City("Shenzhen", "Guangdong", "755", "440305"),
        City("Guangzhou", "Guangdong", "20", "440106"),
        City("Suzhou", "Jiangsu", "512", "320505"),
        City("Nanjing", "Jiangsu", "25", "320102"),
        City("Beijing", "Beijing", "10", "110108"),
        City("Shanghai", "Shanghai", "21", "310115"),
        City("Chengdu", "Sichuan", "28", "510107"),
    ),
    "+86 {area} {n4} {n4b}",
    "cn",
    region_word="Province",
)
FR = Country(
    "FR",
    "France",
    "EUR",
    "eu_vat",
    ("SAS", "SA", "SARL"),
    (City("Lyon", None, "4"), City("Paris", None, "1"), City("Bordeaux", None, "5")),
    "+33 {area} {n2} {n2b} {n2c} {n2d}",
    "fr",
)
DE = Country(
    "DE",
    "Germany",
    "EUR",
    "eu_vat",
    ("GmbH", "GmbH", "AG", "UG (haftungsbeschränkt)"),
    (City("Berlin", None, "30"), City("Munich", None, "89"), City("Hamburg", None, "40")),
    "+49 {area} {n4}{n3}",
    "de",
)
NL = Country(
    "NL",
    "Netherlands",
    "EUR",
    "eu_vat",
    ("B.V.",),
    (City("Amsterdam", None, "20"), City("Rotterdam", None, "10"), City("Utrecht", None, "30")),
    "+31 {area} {n3} {n4}",
    "nl",
)
IE = Country(
    "IE",
    "Ireland",
    "EUR",
    "eu_vat",
    ("Ltd", "Limited", "DAC"),
    (City("Dublin", None, "1"), City("Cork", None, "21"), City("Galway", None, "91")),
    "+353 {area} {n3} {n4}",
    "ie",
)
GB = Country(
    "GB",
    "United Kingdom",
    "GBP",
    "uk_crn",
    ("Ltd", "Limited", "plc"),
    (
        City("London", "England", "20"),
        City("Manchester", "England", "161"),
        City("Bristol", "England", "117"),
        City("Edinburgh", "Scotland", "131"),
        City("Glasgow", "Scotland", "141"),
        City("Cardiff", "Wales", "29"),
    ),
    "+44 {area} {n3}{n1} {n4}",
    "uk",
)
IN = Country(
    "IN",
    "India",
    "INR",
    None,
    ("Private Limited", "Pvt. Ltd."),
    (City("Bengaluru", "Karnataka", "80"), City("Pune", "Maharashtra", "20")),
    "+91 {area} {n4} {n4b}",
    "in",
)
HK = Country(
    "HK",
    "Hong Kong",
    "HKD",
    None,
    ("Limited",),
    (City("Hong Kong", None, ""),),
    "+852 {n4} {n4b}",
    "hk",
)
COUNTRIES = {c.code: c for c in (US, CN, FR, DE, NL, IE, GB, IN, HK)}
# How often each country is drawn for an English-language issuer.
COUNTRY_WEIGHTS = {"US": 9, "GB": 6, "CN": 4, "FR": 2, "DE": 2, "NL": 2, "IE": 2, "IN": 1, "HK": 1}
STREETS = {
    "us": ("Congress Avenue", "Market Street", "Main Street", "Elm Street", "Pine Street"),
    "cn": ("Wensan Road", "Keji Road", "Nanjing Road", "Tianfu Avenue", "Zhongguancun Street"),
    "fr": ("Rue de la Paix", "Rue Victor Hugo", "Avenue Jean Jaurès", "Quai Perrache"),
    "de": ("Torstraße", "Leopoldstraße", "Schanzenstraße", "Karl-Marx-Allee"),
    "nl": ("Keizersgracht", "Coolsingel", "Oudegracht", "Stationsplein"),
    "ie": ("Harcourt Street", "Grand Parade", "Eyre Square", "Baggot Street"),
    "uk": ("High Street", "Deansgate", "Queen Street", "Park Row", "Old Street"),
    "in": ("MG Road", "FC Road", "Residency Road"),
    "hk": ("Queen's Road Central", "Nathan Road", "Hennessy Road"),
}
