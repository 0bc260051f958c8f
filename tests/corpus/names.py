"""Names as data: people by culture, company name parts and the sectors issuers work in."""

from __future__ import annotations

from dataclasses import dataclass

FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("Maria", "John", "Emily", "David", "Jessica", "Marcus", "Olivia", "Daniel", "Grace"),
    "es": ("Carlos", "Lucía", "Javier", "Sofía", "Diego", "Ana"),
    "cn": ("Wei", "Min", "Fang", "Jie", "Yang", "Xiaoling", "Hao", "Jing"),
    "fr": ("Camille", "Julien", "Élodie", "Mathieu", "Chloé", "Antoine"),
    "de": ("Jonas", "Lena", "Lukas", "Anna", "Matthias", "Katrin"),
    "nl": ("Daan", "Sanne", "Bram", "Femke", "Joris", "Lotte"),
    "ie": ("Aoife", "Ciarán", "Niamh", "Seán", "Siobhán", "Conor"),
    "uk": ("Oliver", "Amelia", "Harry", "Charlotte", "George", "Imogen", "Rhys"),
    "in": ("Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram"),
    "pt": ("Ana", "João", "Beatriz", "Tiago"),
}
LAST_NAMES: dict[str, tuple[str, ...]] = {
    "us": ("Garcia", "Smith", "Johnson", "Nguyen", "Patel", "Walker", "Brooks", "Foster", "Kim"),
    "es": ("Martínez", "López", "Fernández", "Ruiz", "Navarro"),
    "cn": ("Li", "Wang", "Zhang", "Chen", "Liu", "Zhao", "Xu", "Sun"),
    "fr": ("Dubois", "Moreau", "Lefèvre", "Girard", "Fontaine", "Rousseau"),
    "de": ("Weber", "Fischer", "Becker", "Schäfer", "Hoffmann", "Krüger"),
    "nl": ("de Vries", "Bakker", "Jansen", "van Dijk", "Visser", "Smit"),
    "ie": ("Murphy", "O'Brien", "Kelly", "Byrne", "Walsh", "O'Sullivan"),
    "uk": ("Taylor", "Hughes", "Clarke", "Evans", "Wright", "Thompson", "Davies"),
    "in": ("Sharma", "Mehta", "Iyer", "Reddy", "Kapoor", "Nair"),
    "pt": ("Lopes", "Silva", "Costa", "Ferreira"),
}
# Which name cultures each country's teams draw from (first one most often).
TEAM_CULTURES: dict[str, tuple[str, ...]] = {
    "us": ("us", "us", "es", "in", "cn"),
    "cn": ("cn", "cn", "cn", "us"),
    "fr": ("fr", "fr", "pt", "es"),
    "de": ("de", "de", "nl", "uk"),
    "nl": ("nl", "nl", "de", "pt"),
    "ie": ("ie", "ie", "uk", "es"),
    "uk": ("uk", "uk", "in", "ie"),
    "in": ("in", "in", "in", "uk"),
    "hk": ("cn", "cn", "uk"),
}
COMPANY_WORDS = [
    "Brightwater",
    "Northwind",
    "Bluefin",
    "Silverline",
    "Tidewell",
    "Kestrel",
    "Lumen",
    "Harbor",
    "Quill",
    "Meridian",
    "Oakridge",
    "Aurora",
    "Fennel",
    "Granite",
    "Helix",
    "Juniper",
    "Larkspur",
    "Mosaic",
    "Nimbus",
    "Orchid",
    "Pinecrest",
    "Redwood",
    "Saffron",
    "Tessera",
    "Verdant",
    "Willow",
    "Zephyr",
    "Amberly",
    "Copperleaf",
    "Driftwood",
    "Evergreen",
    "Foxglove",
    "Gullwing",
    "Hollowell",
    "Ironbark",
    "Kingfisher",
    "Lodestar",
    "Marigold",
    "Northstar",
    "Overlook",
]
# Pinyin brand words for Chinese issuers named in English, and the Chinese brand they render.
PINYIN_WORDS = {
    "Lingxi": "灵犀",
    "Yunfan": "云帆",
    "Qinghe": "青禾",
    "Xingchen": "星辰",
    "Hengtai": "恒泰",
    "Jiayuan": "嘉源",
    "Ruixin": "瑞信",
    "Tianyu": "天宇",
}
CHINESE_CITIES = {
    "Hangzhou": "杭州",
    "Ningbo": "宁波",
    "Shenzhen": "深圳",
    "Guangzhou": "广州",
    "Suzhou": "苏州",
    "Nanjing": "南京",
    "Beijing": "北京",
    "Shanghai": "上海",
    "Chengdu": "成都",
}


@dataclass(frozen=True)
class Sector:
    """What an issuer does, in words its documents reuse."""

    key: str
    name_word: str
    product: str
    customers: str
    market: str
    unit_price_item: str
    chinese_word: str


SECTORS = (
    Sector(
        "robotics",
        "Robotics",
        "autonomous picking robots",
        "mid-sized warehouses",
        "warehouse automation",
        "robot lease",
        "机器人",
    ),
    Sector(
        "food",
        "Foods",
        "plant-based ready meals",
        "supermarkets and cafés",
        "plant-based food",
        "meal box",
        "食品",
    ),
    Sector(
        "fintech",
        "Pay",
        "an invoicing app",
        "freelancers and small agencies",
        "small-business payments",
        "subscription",
        "金融科技",
    ),
    Sector(
        "energy",
        "Solar",
        "rooftop solar kits",
        "homeowners and farms",
        "residential solar",
        "starter kit",
        "新能源",
    ),
    Sector(
        "health",
        "Health",
        "a remote physiotherapy platform",
        "clinics and their patients",
        "digital musculoskeletal care",
        "monthly plan",
        "健康科技",
    ),
    Sector(
        "brewing",
        "Brewing",
        "small-batch craft beers",
        "pubs and bottle shops",
        "craft beer",
        "case of twelve",
        "酿造",
    ),
    Sector(
        "edtech",
        "Learning",
        "a language-learning app",
        "schools and adult learners",
        "online language learning",
        "annual licence",
        "教育科技",
    ),
    Sector(
        "water",
        "Water",
        "smart water meters",
        "regional utilities",
        "water metering",
        "meter",
        "水务科技",
    ),
    Sector(
        "apparel",
        "Outdoor",
        "recycled outdoor clothing",
        "hikers and climbers",
        "sustainable apparel",
        "jacket",
        "服饰",
    ),
    Sector(
        "agritech",
        "Farms",
        "vertical farming units",
        "restaurants and grocers",
        "indoor farming",
        "grow unit",
        "农业科技",
    ),
    Sector(
        "mobility",
        "Mobility",
        "e-bike subscriptions",
        "city commuters",
        "micromobility",
        "monthly subscription",
        "出行",
    ),
    Sector(
        "software",
        "Software",
        "a compliance platform",
        "credit unions and community banks",
        "regulatory technology",
        "seat licence",
        "软件",
    ),
)
COMPETITORS = ("Apex", "Vantage", "Summit", "Pioneer", "Keystone", "Beacon", "Cobalt", "Atlas")
ADVISOR_TITLES = ("Dr.", "Prof.", "")
