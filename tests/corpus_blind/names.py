"""Invented company names, people and places (English-script side)."""

from __future__ import annotations

import random
from dataclasses import dataclass

# fmt: off
FIRST = [
    "James", "Maria", "Oliver", "Priya", "Liam", "Sofia", "Noah", "Aisha", "Ethan", "Chloe",
    "Lucas", "Hannah", "Mateo", "Zara", "Daniel", "Ingrid", "Tomás", "Fiona", "Rahul", "Elena",
    "Marcus", "Yuki", "Samuel", "Leah", "Connor", "Amara", "Felix", "Nadia", "Owen", "Grace",
    "Markus", "Claire", "Diego", "Niamh", "Arjun", "Isabel", "Henrik", "Lena", "Kwame", "Rosa",
    "Pierre", "Giulia", "Sean", "Anika", "Victor", "Mei", "Patrick", "Sara", "Jonas", "Helen",
    "Ahmed", "Julia", "Ruairi", "Camille", "Luca", "Beatriz", "Tobias", "Emma",
]
LAST = [
    "Doe", "Weber", "Okafor", "Patel", "Schmidt", "Rossi", "Murphy", "Nguyen", "Dubois",
    "Kowalski", "Andersen", "Garcia", "Fischer", "Brennan", "Moreau", "Haddad", "Lindqvist",
    "Tanaka", "Romano", "Walsh", "Bianchi", "Novak", "Mensah", "Fitzgerald", "Kaur", "Hoffmann",
    "Silva", "Byrne", "Laurent", "Ferrari", "Keane", "Jansen", "Dekker", "Richter", "Castillo",
    "Sullivan", "Larsen", "Chandra", "Marsh", "Whitfield", "Ashworth", "Blackwood", "Pemberton",
    "Caldwell", "Hartley", "Greaves", "Thornton", "Vance",
]
PINYIN_GIVEN = [
    "Sipeng", "Wei", "Jiayi", "Haoran", "Xiaoming", "Yuting", "Zihan", "Mingyu", "Lina", "Jun",
    "Yifan", "Ruoxi",
]
PINYIN_FAMILY = [
    "Wu", "Zhang", "Wang", "Li", "Chen", "Liu", "Zhao", "Huang", "Zhou", "Lin", "Xu", "Sun",
]

BRAND_A = [
    "North", "Bright", "Kestrel", "Lumen", "Harbor", "Copper", "Tidal", "Quill", "Fern", "Blue",
    "Orchard", "Silver", "Meridian", "Arbor", "Cinder", "Summit", "Hollow", "Iron", "Willow",
    "Beacon", "Falcon", "Granite", "Maple", "Cobalt", "Aster", "Juniper", "Ember", "Pike",
]
BRAND_B = [
    "wind", "water", "leaf", "line", "peak", "gate", "stone", "field", "brook", "ridge", "light",
    "forge", "mark", "works", "bay",
]
SYL = [
    "zo", "la", "vi", "tra", "me", "ro", "ka", "ne", "sol", "ver", "qua", "dri", "lio", "max",
    "tan", "ora", "bel", "nex", "fi", "ko",
]
# fmt: on

SECTORS: dict[str, dict[str, list[str]]] = {
    "robotics": {
        "word": ["Robotics", "Automation"],
        "product": ["autonomous picking robots", "collaborative robot arms for small factories"],
        "market": ["warehouse automation", "industrial robotics"],
        "customer": ["third-party logistics firms", "mid-sized manufacturers"],
    },
    "food": {
        "word": ["Foods", "Kitchen", "Brewing Co."],
        "product": ["plant-based ready meals", "low-alcohol craft beers", "fermented hot sauces"],
        "market": ["chilled ready meals", "craft beverages"],
        "customer": ["independent grocers", "supermarket chains", "online subscribers"],
    },
    "health": {
        "word": ["Health", "Medical", "Bio"],
        "product": ["a remote physiotherapy app", "point-of-care diagnostic kits"],
        "market": ["digital health", "in-vitro diagnostics"],
        "customer": ["private clinics", "employers", "health insurers"],
    },
    "energy": {
        "word": ["Energy", "Solar", "Power"],
        "product": ["home battery systems", "solar carports for commercial sites"],
        "market": ["residential energy storage", "distributed solar"],
        "customer": ["homeowners", "facility managers", "housing associations"],
    },
    "software": {
        "word": ["Software", "Analytics", "Labs", "Technologies"],
        "product": ["a compliance workflow platform", "payroll software for restaurants"],
        "market": ["B2B SaaS", "HR software"],
        "customer": ["accounting firms", "restaurant groups", "SMEs"],
    },
    "mobility": {
        "word": ["Mobility", "Logistics", "Cargo"],
        "product": ["electric cargo bikes", "last-mile delivery software"],
        "market": ["urban logistics", "micromobility"],
        "customer": ["couriers", "city councils", "retailers"],
    },
    "materials": {
        "word": ["Materials", "Textiles", "Packaging"],
        "product": ["compostable packaging films", "recycled-fibre workwear"],
        "market": ["sustainable packaging", "technical textiles"],
        "customer": ["food brands", "uniform buyers"],
    },
}

SUFFIX = {
    "US": ["Inc.", "Inc.", "LLC", "Corp.", "Corporation"],
    "GB": ["Ltd", "Limited", "Ltd.", "plc"],
    "IE": ["Limited", "DAC", "Ltd"],
    "DE": ["GmbH", "GmbH", "AG", "UG (haftungsbeschränkt)"],
    "FR": ["SAS", "SA", "SARL"],
    "NL": ["B.V.", "B.V."],
    "IT": ["S.r.l.", "S.p.A."],
}


@dataclass(frozen=True)
class Place:
    country: str
    city: str
    region: str | None  # English state/province name (truth), None when never printed
    region_print: str | None  # how the address prints it ("TX", "Texas")
    postcode: str
    streets: tuple[str, ...]


US = [
    ("Austin", "Texas", "TX", "787"),
    ("Boston", "Massachusetts", "MA", "021"),
    ("Denver", "Colorado", "CO", "802"),
    ("Seattle", "Washington", "WA", "981"),
    ("San Francisco", "California", "CA", "941"),
    ("Chicago", "Illinois", "IL", "606"),
    ("Portland", "Oregon", "OR", "972"),
    ("Raleigh", "North Carolina", "NC", "276"),
    ("Miami", "Florida", "FL", "331"),
    ("Pittsburgh", "Pennsylvania", "PA", "152"),
    ("Nashville", "Tennessee", "TN", "372"),
    ("Columbus", "Ohio", "OH", "432"),
]
UK = [
    ("London", "EC1V 2NX"),
    ("London", "E2 8HD"),
    ("Manchester", "M1 3BE"),
    ("Bristol", "BS1 4DJ"),
    ("Leeds", "LS1 5AB"),
    ("Edinburgh", "EH1 1YZ"),
    ("Glasgow", "G2 1DY"),
    ("Cardiff", "CF10 1EP"),
    ("Cambridge", "CB2 1TN"),
    ("Brighton", "BN1 1AE"),
    ("Belfast", "BT1 5GS"),
]
IE = [
    ("Dublin", "D02 X285"),
    ("Cork", "T12 RX2P"),
    ("Galway", "H91 E2K3"),
    ("Limerick", "V94 T9PX"),
]
DE = [("Berlin", "10115"), ("Hamburg", "20095"), ("Munich", "80331"), ("Leipzig", "04109")]
FR = [("Paris", "75002"), ("Lyon", "69002"), ("Nantes", "44000"), ("Bordeaux", "33000")]
NL = [("Amsterdam", "1012 AB"), ("Rotterdam", "3011 AA"), ("Utrecht", "3511 AX")]
IT = [("Milan", "20121"), ("Turin", "10121"), ("Bologna", "40121")]
STREETS = {
    "US": ["Congress Avenue", "Main Street", "Market Street", "Elm Street", "Commerce Drive"],
    "GB": ["High Street", "Old Street", "Deansgate", "Princes Street", "King Street"],
    "IE": ["Grand Canal Quay", "Patrick Street", "Dock Road", "Harcourt Street"],
    "DE": ["Friedrichstraße", "Torstraße", "Leopoldstraße", "Hafenstraße"],
    "FR": ["rue de la Paix", "rue Oberkampf", "quai Perrache", "cours Victor Hugo"],
    "NL": ["Herengracht", "Keizersgracht", "Witte de Withstraat"],
    "IT": ["Via Torino", "Corso Vittorio Emanuele", "Via dell'Indipendenza"],
}
COUNTRY_NAME = {
    "US": ["United States", "USA", "United States of America"],
    "GB": ["United Kingdom", "UK", "United Kingdom"],
    "IE": ["Ireland"],
    "DE": ["Germany"],
    "FR": ["France"],
    "NL": ["the Netherlands", "Netherlands"],
    "IT": ["Italy"],
}
CURRENCY = {
    "US": "USD",
    "GB": "GBP",
    "IE": "EUR",
    "DE": "EUR",
    "FR": "EUR",
    "NL": "EUR",
    "IT": "EUR",
}


def place(country: str, rng: random.Random) -> Place:
    streets = tuple(STREETS[country])
    if country == "US":
        city, state, abbr, zp = rng.choice(US)
        return Place(
            "US",
            city,
            state,
            rng.choice([abbr, abbr, state]),
            f"{zp}{rng.randint(1, 99):02d}",
            streets,
        )
    table = {"GB": UK, "IE": IE, "DE": DE, "FR": FR, "NL": NL, "IT": IT}[country]
    city, pc = rng.choice(table)
    return Place(country, city, None, None, pc, streets)


def address_lines(p: Place, rng: random.Random) -> list[str]:
    """Address as printed: several lines; the country is always named."""
    num = rng.randint(2, 480)
    street = rng.choice(p.streets)
    unit = rng.choice(
        [
            "",
            "",
            f"Suite {rng.randint(100, 950)}",
            f"Unit {rng.randint(1, 40)}",
            f"{rng.choice(['2nd', '3rd', '4th'])} Floor",
        ]
    )
    country = rng.choice(COUNTRY_NAME[p.country])
    if p.country == "US":
        lines = [f"{num} {street}", f"{p.city}, {p.region_print} {p.postcode}", country]
    elif p.country in ("DE", "FR", "IT", "NL"):
        first = f"{street} {num}" if p.country in ("DE", "NL", "IT") else f"{num} {street}"
        lines = [first, f"{p.postcode} {p.city}", country]
    else:
        lines = [f"{num} {street}", f"{p.city} {p.postcode}", country]
    if unit:
        lines.insert(0, unit)
    return lines


def person(rng: random.Random, used: set[str]) -> str:
    while True:
        if rng.random() < 0.12:
            name = f"{rng.choice(PINYIN_GIVEN)} {rng.choice(PINYIN_FAMILY)}"
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in used:
            used.add(name)
            return name


def brand(rng: random.Random) -> str:
    if rng.random() < 0.45:
        word = "".join(rng.choice(SYL) for _ in range(rng.choice([2, 2, 3])))
        return word.capitalize()
    return rng.choice(BRAND_A) + rng.choice(BRAND_B)


def company_name(country: str, sector: str, rng: random.Random) -> str:
    word = rng.choice(SECTORS[sector]["word"])
    core = brand(rng) if word.endswith(".") else f"{brand(rng)} {word}"
    if word.endswith("."):
        return f"{core} {word}"
    return f"{core} {rng.choice(SUFFIX[country])}"


def competitor(rng: random.Random) -> str:
    return f"{brand(rng)}{rng.choice(['', ' Labs', ' Group', ' AI', ' & Co'])}"
