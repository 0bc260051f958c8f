"""Countries, regions and cities (extractors.places)."""

import pytest

from extractors.places import Place, country_code, find_place, region_name


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
        ("注册地址：浙江省余姚市", Place("CN", "Zhejiang", "余姚")),  # not on the city list
        ("北京市海淀区中关村", Place("CN", "Beijing", "Beijing")),
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
