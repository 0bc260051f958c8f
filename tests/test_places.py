"""Countries, regions and cities (extractors.places)."""

import pytest

from extractors.places import Place, country_code, find_place, issuer_place, region_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("United States", "US"),
        ("the United States", "US"),
        ("USA", "US"),
        ("U.S.", "US"),
        ("U.S.A.", "US"),
        ("China", "CN"),
        ("PRC", "CN"),
        ("People's Republic of China", "CN"),
        ("People’s Republic of China", "CN"),
        ("中国", "CN"),
        ("Germany", "DE"),
        ("Deutschland", "DE"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("England", "GB"),
        ("Hong Kong", "HK"),
        ("香港", "HK"),
        ("India", "IN"),
        ("France", "FR"),
        ("the Netherlands", "NL"),
        ("Russia", "RU"),
        ("South Korea", "KR"),
        ("Cayman Islands", "KY"),
        ("DE", "DE"),
        ("DEU", "DE"),
        ("in", None),  # a word before a code
        ("de", None),
        ("Texas", None),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_country_code(name, expected):
    assert country_code(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CA", ("US", "California")),
        ("Calif.", ("US", "California")),
        ("California", ("US", "California")),
        ("Delaware", ("US", "Delaware")),
        ("State of New York", ("US", "New York")),
        ("Washington State", ("US", "Washington")),
        ("Zhejiang Province", ("CN", "Zhejiang")),
        ("浙江省", ("CN", "Zhejiang")),
        ("浙江", ("CN", "Zhejiang")),
        ("Beijing", ("CN", "Beijing")),
        ("北京市", ("CN", "Beijing")),
        ("广西壮族自治区", ("CN", "Guangxi")),
        ("Tamil Nadu", ("IN", "Tamil Nadu")),
        ("Maharashtra", ("IN", "Maharashtra")),
        ("Orissa", ("IN", "Odisha")),
        ("Bayern", ("DE", "Bavaria")),
        ("Nordrhein-Westfalen", ("DE", "North Rhine-Westphalia")),
        ("Ontario", ("CA", "Ontario")),
        ("QC", ("CA", "Quebec")),
        ("Scotland", ("GB", "Scotland")),
        ("NSW", ("AU", "New South Wales")),
        ("ca", None),  # postal codes are upper case
        ("Germany", None),
        ("Springfield", None),
        ("", None),
    ],
)
def test_region_name(name, expected):
    assert region_name(name) == expected


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("CA", "US", ("US", "California")),
        ("CA", "CN", None),
        ("Berlin", "DE", ("DE", "Berlin")),
        ("Berlin", "US", None),
    ],
)
def test_region_name_within_country(name, country, expected):
    assert region_name(name, country=country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme is headquartered in Austin, Texas.", Place("US", "Texas", "Austin")),
        (
            "We are based in Hangzhou, Zhejiang Province, China.",
            Place("CN", "Zhejiang", "Hangzhou"),
        ),
        (
            "Registered office: 12 Rue de la Paix, 69002 Lyon, France",
            Place("FR", None, "Lyon"),
        ),
        ("2150 Gold St, San Jose, CA 95134", Place("US", "California", "San Jose")),
        ("1 Main Street, Suite 5, Austin, TX 78701", Place("US", "Texas", "Austin")),
        ("浙江省杭州市西湖区文三路1号", Place("CN", "Zhejiang", "Hangzhou")),
        ("公司位于广东省深圳市南山区", Place("CN", "Guangdong", "Shenzhen")),
        ("注册地址：浙江省余姚市", Place("CN", "Zhejiang", "Yuyao")),  # geonames: 余姚 is Yuyao
        ("北京市海淀区中关村", Place("CN", "Beijing", "Beijing")),
        ("注册地址位于湖北省武汉 市洪山区", Place("CN", "Hubei", "Wuhan")),  # a wrapped line
        ("The company is based in Shenzhen.", Place("CN", "Guangdong", "Shenzhen")),
        ("A London-based fintech", Place("GB", "England", "London")),
        ("a UK-based lender", Place("GB", None, None)),
        ("Acme GmbH, Musterstraße 1, 10115 Berlin", Place("DE", "Berlin", "Berlin")),
        ("incorporated in the State of Delaware", Place("US", "Delaware", None)),
        ("located in Cambridge, Massachusetts", Place("US", "Massachusetts", "Cambridge")),
        ("Offices: Washington, D.C.", Place("US", "District of Columbia", "Washington")),
        (
            "Our principal office is located in Pune, Maharashtra, India",
            Place("IN", "Maharashtra", "Pune"),
        ),
        ("headquartered in Springfield, Illinois", Place("US", "Illinois", "Springfield")),
        (
            "Founded in 2015, Acme is headquartered in Toronto, Ontario, Canada.",
            Place("CA", "Ontario", "Toronto"),
        ),
        (
            "Acme is a Delaware corporation based in Denver, Colorado.",
            Place("US", "Colorado", "Denver"),  # the most specific place wins
        ),
    ],
)
def test_find_place(text, expected):
    assert find_place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company sells in Germany and France.",  # markets, not a seat
        "John Smith, CEO, Acme Inc.",
        "Series A, Round B",
        "一线城市的市场需求",
        "",
    ],
)
def test_find_place_ignores(text):
    assert find_place(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an address over several lines, the Eircode naming Ireland
            "Registered address: Unit 33\n166 Grand Canal Quay\nGalway H91 E2K3\nIreland\n"
            "Responsible persons: Mateo Greaves (CEO)",
            Place("IE", None, "Galway"),
        ),
        (
            "Registered office  Unit 27\n348 Congress Avenue\nPittsburgh, PA 15242\nUnited States",
            Place("US", "Pennsylvania", "Pittsburgh"),
        ),
        (  # no country line: the Dutch postcode and the city say it
            "Head office  Witte de Withstraat 359\n3511 AX Utrecht\nDate of incorporation  2011",
            Place("NL", None, "Utrecht"),
        ),
        (
            "Registered office  Suite 299\n467 High Street\nCambridge CB2 1TN\nUK",
            Place("GB", "England", "Cambridge"),
        ),
        (
            "Registered address  Suite 570\nCorso Vittorio Emanuele 140\n10121 Turin\nItaly",
            Place("IT", None, "Turin"),
        ),
        ("Registered office: Herengracht 182, 1016 BR Amsterdam", Place("NL", None, "Amsterdam")),
        (  # no comma between the street and the postcode
            "Registered address: Corso Vittorio Emanuele 310 10121 Turin",
            Place("IT", None, "Turin"),
        ),
        ("Address: Herengracht 182, Amsterdam, Netherlands", Place("NL", None, "Amsterdam")),
        (  # a wrapped country name
            "Principal place of business  Suite 285, 419 Commerce Drive, Boston, MA 02179, United\n"
            "States of America",
            Place("US", "Massachusetts", "Boston"),
        ),
        (  # the sentence goes on after the country
            "It is based at Suite 211, 307 Elm Street, Portland, OR 97214, United States. The "
            "company employs 80 people.",
            Place("US", "Oregon", "Portland"),
        ),
        (
            "its registered office is Keizersgracht 203, 1012 AB Amsterdam the Netherlands and",
            Place("NL", None, "Amsterdam"),
        ),
        (  # a postcode wrapped to the next line
            "it is based at 4th Floor, 262 Princes Street, Bristol BS1\n4DJ, United Kingdom. We",
            Place("GB", "England", "Bristol"),
        ),
        (
            "Registered  Unit 39\noffice  66 High Street\nLeeds LS1 5AB\nUK",
            Place("GB", "England", "Leeds"),
        ),
        ("Location: Leeds", Place("GB", "England", "Leeds")),
        ("Base: Hamburg  Employees: 227", Place("DE", "Hamburg", "Hamburg")),
        ("Northstar Foods Corp. is based in Atlanta, Georgia.", Place("US", "Georgia", "Atlanta")),
        ("The office is located in Tbilisi, Georgia.", Place("GE", None, "Tbilisi")),
        (
            "Ironbark Software plc operates from offices in Glasgow, Scotland.",
            Place("GB", "Scotland", "Glasgow"),
        ),
        (
            "incorporated in Hong Kong with its office at 212 Hennessy Road, Hong Kong.",
            Place("HK", None, "Hong Kong"),
        ),
        ("注册地址：广州市天河区中山路480号", Place("CN", "Guangdong", "Guangzhou")),  # no province
        (
            "Registered office  Room 1616\nQingdao, Shandong Province\n266023\nChina",
            Place("CN", "Shandong", "Qingdao"),
        ),
        (
            "Registered office: 10 Rue X, 69002 Lyon, Auvergne-Rhône-Alpes, France",
            Place("FR", "Auvergne-Rhône-Alpes", "Lyon"),
        ),
        ("Sitz: 80331 München", Place("DE", "Bavaria", "München")),
        # A region's name or a province's code after the city, no comma between them.
        (
            "Registered office  324 Commerce Drive\nChicago Illinois 60637",
            Place("US", "Illinois", "Chicago"),
        ),
        ("Head office: I-00184 Rome RM", Place("IT", "Lazio", "Rome")),
        (  # an address inside a sentence; a province code that is also a country's (Bolivia)
            "Our headquarters are at Via Torino 480, 40121 Bologna BO, Italy. We sell",
            Place("IT", "Emilia-Romagna", "Bologna"),
        ),
        ("Sede legale: Via Roma 1, 40121 Bologna (BO), Italia", Place("IT", None, "Bologna")),
        (
            "Domicilio social: Calle Mayor 5, 08001 Barcelona B, Spain",
            Place("ES", "Catalunya", "Barcelona"),
        ),
        # A Dutch postcode without its space, a city whose name opens with "The".
        ("Address: Lange Voorhout 9, 2511BT The Hague", Place("NL", None, "The Hague")),
        ("Registered office: Plein 1, 2511 CR Den Haag", Place("NL", None, "Den Haag")),
        (
            "Headquartered in Frankfurt am Main, the company sells",
            Place("DE", "Hesse", "Frankfurt am Main"),
        ),
        # Dublin's postal district before or without its Eircode, the Eircode wrapped.
        (
            "Registered office  374 Grand Canal Quay\nDublin 8 D08 VF8H\nIreland",
            Place("IE", None, "Dublin"),
        ),
        (
            "with its registered office at 3rd Floor, 351 Harcourt Street, Dublin 2, D02\n"
            "X285, Ireland. The business has been trading since 2008.",
            Place("IE", None, "Dublin"),
        ),
        # The company's seat, and the next label on the line after the place.
        ("Seat: Landstraßer Hauptstraße 329\n4020 Linz\nAustria", Place("AT", None, "Linz")),
        (
            "Acme FlexCo is registered under VAT number ATU98671801 with its seat at Mariahilfer "
            "Straße 105, 5020 Salzburg, Austria.",
            Place("AT", None, "Salzburg"),
        ),
        ("Location: Dublin Version date: 2024-05-06", Place("IE", None, "Dublin")),
        # The next sentence run into the address's country, no full stop between them.
        (
            "Acme LLC, Tax ID (EIN) 53-2462314 167 Main Street, Columbus OH 43296, USA The "
            "company has been trading since 2009.",
            Place("US", "Ohio", "Columbus"),
        ),
        (
            "Suite 601, 235 Deansgate, Cardiff, CF10 1EP, UK Founded in 2009, the company is",
            Place("GB", "Wales", "Cardiff"),
        ),
        ("Address: 1 Harbour Rd, Singapore 018956", Place("SG", None, "Singapore")),
        (
            "Business address Via dell'Indipendenza 291, 80133 Naples, Italy Intra-community  "
            "IT72726550329",
            Place("IT", None, "Naples"),
        ),
        (  # a city's name wrapped
            "Seat  Unit 3, 76 Elm Street, San\nFrancisco, California 94125, United States of "
            "America Staff  137",
            Place("US", "California", "San Francisco"),
        ),
        (  # a region's affix wrapped to the next line with the postcode
            "Seat  Room 1210, 320 Xueyuan\nRoad, Xihu District, Hangzhou, Zhejiang\n"
            "Province 310059, PRC",
            Place("CN", "Zhejiang", "Hangzhou"),
        ),
        # "City" after a city's name is no part of it, unless the gazetteer's name holds it.
        ("Seat  136 Xueyuan Road\nBeijing City 100044\nPRC", Place("CN", "Beijing", "Beijing")),
        ("Address: 5 Main St, Salt Lake City, UT 84101", Place("US", "Utah", "Salt Lake City")),
        ("Address: Av. Reforma 5, Mexico City, Mexico", Place("MX", None, "Mexico City")),
    ],
)
def test_find_place_reads_addresses_as_printed(text, expected):
    assert find_place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A promoter's or regulator's address in a footer is not the issuer's.
        "Approved as a financial promotion by Harbourline Capital Ltd, authorised and regulated "
        "by the Financial Conduct Authority, 12 Endeavour Square, London E20 1JN.",
        "Offered via Northgate Funding Portal LLC, member FINRA/SIPC, 1 World Trade Center, "
        "Suite 8500, New York, NY 10007.",
        "Auditor  Hartwell Baines LLP, Chartered Accountants, 40 Gracechurch Street,\n"
        "London EC3V 0BT",
        # City names that are words or first names, out of context.
        "We are Reading the market well.",
        "Florence Smith, Chief Executive",
        "Production is carried out in Bath, close to our suppliers.",
        "Registered office: Herengracht 182",  # a street, no city
    ],
)
def test_find_place_ignores_third_parties_and_words(text):
    assert find_place(text) is None


def test_the_issuers_address_wins_over_its_auditors() -> None:
    text = (
        "Registered office  468 Princes Street\nBelfast BT1 5GS\nUK\n"
        "Auditor  Hartwell Baines LLP, Chartered Accountants, 40 Gracechurch Street,\n"
        "London EC3V 0BT\nBankers  Northern Commerce Bank plc, 1 Cornhill, London EC3V 3ND"
    )
    assert find_place(text) == Place("GB", "Northern Ireland", "Belfast")


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        (None, Place("GB", "England", "Cambridge")),
        ("US", Place("US", "Massachusetts", "Cambridge")),
    ],
)
def test_a_registration_country_tells_cities_of_one_name_apart(hint, expected):
    found = issuer_place([(1, "Location: Cambridge")], hint=hint)
    assert found is not None
    assert (found.place, found.page_no) == (expected, 1)


def test_a_saints_city_is_no_street() -> None:
    text = "Principal executive offices: 3M Center, St. Paul, Minnesota 55144"
    assert find_place(text) == Place("US", "Minnesota", "St. Paul")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our customers are based in Germany and France.", None),  # markets, not a seat
        ("Registered office: Unit 5, Foobarville, Germany", None),  # an unknown name, no postcode
        ("Address:\n12 Main Street\nUnit 5, Germany", Place("DE", None, None)),  # no city printed
    ],
)
def test_an_address_without_a_readable_city(text, expected):
    assert find_place(text) == expected


def test_a_date_is_no_town() -> None:
    """March is a town in Cambridgeshire; "March 24, 2013" is a date, not March, district 24."""
    text = "Registered in England and Wales No.  12024654\nDate of incorporation  March 24, 2013"
    assert find_place(text) == Place("GB", None, None)
