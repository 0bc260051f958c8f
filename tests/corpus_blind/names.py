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
    "AT": ["GmbH", "AG", "FlexCo"],
    "BE": ["SRL", "BV", "NV", "SA"],
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
    ("New York", "New York", "NY", "100"),
    ("Los Angeles", "California", "CA", "900"),
    ("Salt Lake City", "Utah", "UT", "841"),
    ("Minneapolis", "Minnesota", "MN", "554"),
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
    ("Oxford", "OX1 2JD"),
    ("Newcastle upon Tyne", "NE1 4ST"),
    ("Sheffield", "S1 2HE"),
    ("Nottingham", "NG1 5FS"),
]
IE = [
    ("Dublin", "D02 X285"),
    ("Dublin", "D08 VF8H"),
    ("Cork", "T12 RX2P"),
    ("Galway", "H91 E2K3"),
    ("Limerick", "V94 T9PX"),
    ("Waterford", "X91 K0EK"),
]
DE = [
    ("Berlin", "10115"),
    ("Hamburg", "20095"),
    ("Munich", "80331"),
    ("Leipzig", "04109"),
    ("Cologne", "50667"),
    ("Frankfurt am Main", "60311"),
    ("Stuttgart", "70173"),
    ("Dresden", "01067"),
]
FR = [
    ("Paris", "75002"),
    ("Lyon", "69002"),
    ("Nantes", "44000"),
    ("Bordeaux", "33000"),
    ("Toulouse", "31000"),
    ("Lille", "59000"),
    ("Marseille", "13001"),
]
NL = [
    ("Amsterdam", "1012 AB"),
    ("Amsterdam", "1016 DK"),
    ("Rotterdam", "3011 AA"),
    ("Utrecht", "3511 AX"),
    ("Eindhoven", "5611 AZ"),
    ("The Hague", "2511 BT"),
]
IT = [
    ("Milan", "20121", "MI"),
    ("Turin", "10121", "TO"),
    ("Bologna", "40121", "BO"),
    ("Rome", "00184", "RM"),
    ("Florence", "50122", "FI"),
    ("Naples", "80133", "NA"),
]
AT = [("Vienna", "1010"), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020")]
BE = [("Brussels", "1000"), ("Antwerp", "2000"), ("Ghent", "9000"), ("Leuven", "3000")]
STREETS = {
    "US": ["Congress Avenue", "Main Street", "Market Street", "Elm Street", "Commerce Drive",
           "Broadway", "Innovation Way"],
    "GB": ["High Street", "Old Street", "Deansgate", "Princes Street", "King Street",
           "Albion Place", "Station Road"],
    "IE": ["Grand Canal Quay", "Patrick Street", "Dock Road", "Harcourt Street", "Thomas Street"],
    "DE": ["Friedrichstraße", "Torstraße", "Leopoldstraße", "Hafenstraße", "Schillerstraße"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse"],
    "FR": ["rue de la Paix", "rue Oberkampf", "quai Perrache", "cours Victor Hugo",
           "boulevard Haussmann"],
    "BE": ["Rue de la Loi", "Meir", "Veldstraat", "Avenue Louise"],
    "NL": ["Herengracht", "Keizersgracht", "Witte de Withstraat", "Stationsplein"],
    "IT": ["Via Torino", "Corso Vittorio Emanuele", "Via dell'Indipendenza", "Via Roma"],
}  # fmt: skip
COUNTRY_NAME = {
    "US": ["United States", "USA", "United States of America"],
    "GB": ["United Kingdom", "UK", "United Kingdom"],
    "IE": ["Ireland"],
    "DE": ["Germany"],
    "AT": ["Austria"],
    "FR": ["France"],
    "BE": ["Belgium"],
    "NL": ["the Netherlands", "Netherlands"],
    "IT": ["Italy"],
}
CURRENCY = {
    "US": "USD", "GB": "GBP", "IE": "EUR", "DE": "EUR", "AT": "EUR", "FR": "EUR", "BE": "EUR",
    "NL": "EUR", "IT": "EUR",
}  # fmt: skip
PLACES = {"GB": UK, "IE": IE, "DE": DE, "FR": FR, "NL": NL, "AT": AT, "BE": BE}
PREFIX = {"DE": ["D-", "DE-"], "AT": ["A-", "AT-"], "FR": ["F-"], "BE": ["B-"], "IT": ["I-"]}


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
    if country == "IT":
        city, pc, prov = rng.choice(IT)
        return Place("IT", city, None, prov, pc, streets)
    city, pc = rng.choice(PLACES[country])
    return Place(country, city, None, None, pc, streets)


def _locality(p: Place, rng: random.Random) -> list[str]:
    """The city-and-postcode part, in the country's own order and habits."""
    c, pc = p.country, p.postcode
    if c == "US":
        return [rng.choice([f"{p.city}, {p.region_print} {pc}", f"{p.city} {p.region_print} {pc}"])]
    if c == "GB":
        return rng.choice([[f"{p.city} {pc}"], [f"{p.city}, {pc}"], [p.city.upper(), pc],
                           [p.city, pc]])  # fmt: skip
    if c == "IE":
        town = p.city
        if p.city == "Dublin":
            town = f"Dublin {int(pc[1:3])}"
        return rng.choice([[f"{town}, {pc}"], [town, pc], [f"{town} {pc}"]])
    if c == "NL":
        code = rng.choice([pc, pc, pc.replace(" ", "")])
        return [f"{code} {p.city}"]
    lead = rng.choice([*PREFIX.get(c, [""]), "", ""])
    town = p.city.upper() if c == "FR" and rng.random() < 0.3 else p.city
    if c == "IT" and rng.random() < 0.6:
        town += rng.choice([f" ({p.region_print})", f" {p.region_print}"])
    return [f"{lead}{pc} {town}"]


def address_lines(p: Place, rng: random.Random) -> list[str]:
    """Address as printed: street, locality and country, each country in its own way."""
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
    if rng.random() < 0.15:
        country = country.upper()
    number_after = p.country in ("DE", "AT", "NL", "IT", "BE")
    first = f"{street} {num}" if number_after else f"{num} {street}"
    if p.country == "US" and unit.startswith("Suite") and rng.random() < 0.5:
        lines = [f"{first}, {unit}", *_locality(p, rng), country]
        unit = ""
    else:
        lines = [first, *_locality(p, rng), country]
    if unit and p.country in ("US", "GB", "IE"):
        lines.insert(0, unit)
    return lines


FIRST_RARE = ["Anne-Marie", "Jean-Luc", "Hans-Peter", "Seán", "Zoë", "Björn", "Maëlle", "Søren"]
LAST_RARE = ["van der Berg", "de Vries", "O'Connor", "Ó Briain", "De Luca", "von Stein", "Le Gall",
             "Smith-Jones", "McAllister", "d'Amico", "van Dijk"]  # fmt: skip
MONONYMS = ["Sukarni", "Budiman", "Hartono", "Lestari", "Sutrisno"]


def person(rng: random.Random, used: set[str]) -> str:
    """Mostly 'First Last'; sometimes a particle, a hyphen, a middle initial or a single name."""
    while True:
        r = rng.random()
        if r < 0.12:
            name = f"{rng.choice(PINYIN_GIVEN)} {rng.choice(PINYIN_FAMILY)}"
        elif r < 0.14:
            name = rng.choice(MONONYMS)
        elif r < 0.24:
            name = f"{rng.choice(FIRST + FIRST_RARE)} {rng.choice(LAST_RARE)}"
        elif r < 0.30:
            name = f"{rng.choice(FIRST_RARE)} {rng.choice(LAST)}"
        elif r < 0.36:
            name = f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"
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
