"""Plan prose from a small grammar, in English and Chinese, and the edits a copier makes.

Independent plans of one industry share words and short phrases (as real ones do), never a
long run of words; the copy detector has to tell the two apart. Nothing here comes from the
extractors' phrase lists.
"""

from __future__ import annotations

import random
import re

INDUSTRIES = {
    "solar": (
        ["rooftop solar kits", "battery storage units", "solar carports", "inverter monitoring"],
        ["homeowners", "farm cooperatives", "schools", "logistics depots", "housing associations"],
    ),
    "food": (
        ["meal kits", "plant-based snacks", "cold-pressed juices", "bakery subscriptions"],
        ["office workers", "students", "young families", "gyms", "corner shops"],
    ),
    "fintech": (
        ["invoice financing", "payroll cards", "expense software", "savings pots"],
        ["freelancers", "small retailers", "migrant workers", "accountants", "startups"],
    ),
    "mobility": (
        ["e-bike rentals", "fleet charging", "scooter batteries", "ride pooling"],
        ["commuters", "city councils", "delivery riders", "universities", "tourists"],
    ),
}
ADJECTIVES = [
    "", "", "low-cost", "modular", "refurbished", "premium", "subscription-based", "locally made",
    "award-winning", "compact", "app-controlled", "bespoke", "second-generation", "certified",
]  # fmt: skip
VERBS = [
    "designs", "sells", "installs", "operates", "licenses", "distributes", "maintains",
    "builds", "rents out", "finances", "imports", "assembles", "customises", "repairs",
]  # fmt: skip
PLACES = [
    "Leeds", "Lyon", "Austin", "Porto", "Gdansk", "Bristol", "Turin", "Utrecht", "Cork",
    "Malmo", "Denver", "Ghent", "Bilbao", "Krakow", "Aarhus", "Tampere", "Graz", "Nantes",
]  # fmt: skip
OPENERS = [
    "Since {year},", "In the last {n} months,", "Over the next {n} quarters,", "Today,",
    "By the end of {year},", "Following a pilot in {place},", "With {n} staff,", "So far,",
    "Through partners in {place},", "After {n} trial runs,", "Unlike most rivals,",
]  # fmt: skip
MIDDLES = [
    "{company} {verb} {product} for {customer} in {place}",
    "our team {verb} {product} that {customer} pay for monthly",
    "{customer} in {place} use our {product} about {n} times a week",
    "we expect {customer} to spend {money} on {product}",
    "{company} has signed {n} letters of intent with {customer}",
    "repeat orders from {customer} reached {pct} of sales",
    "the cost of serving {customer} fell by {pct} as we {verb} {product}",
    "a second site near {place} would let us reach {n} more {customer}",
]  # fmt: skip
TAILS = [
    "", "", " at a gross margin of {pct}", " while keeping churn under {pct}",
    " with {n} suppliers on board", " ahead of larger competitors", " without paid advertising",
    " and {customer} recommend us to peers", " despite rising input costs",
]  # fmt: skip
FILLERS = ["new", "various", "several", "key", "main", "local", "further", "overall"]
SYNONYMS = {
    "our": "the", "team": "staff", "customers": "clients", "sales": "revenue",
    "expect": "anticipate", "signed": "concluded", "reach": "serve", "second": "new",
    "use": "rely on", "fell": "dropped", "rivals": "competitors", "suppliers": "vendors",
    "staff": "employees", "would": "could", "monthly": "every month",
    "trial": "test", "peers": "friends", "pilot": "trial", "competitors": "incumbents",
}  # fmt: skip

ZH_INDUSTRIES = {
    "新能源": (
        [
            "屋顶光伏套件",
            "储能电池柜",
            "充电桩运维",
            "光伏车棚",
            "智能电表",
            "微电网控制器",
            "换电柜",
        ],
        [
            "工业园区",
            "物流仓库",
            "乡镇学校",
            "连锁酒店",
            "农业合作社",
            "公交场站",
            "写字楼物业",
            "冷库业主",
        ],
    ),
    "餐饮": (
        [
            "预制菜套餐",
            "社区团购生鲜",
            "低糖烘焙",
            "冷链配送",
            "轻食沙拉",
            "中央厨房",
            "茶饮原料",
        ],
        [
            "白领人群",
            "社区家庭",
            "高校食堂",
            "便利店",
            "健身房",
            "养老机构",
            "外卖骑手",
            "企业食堂",
        ],
    ),
}
ZH_PLACES = [
    "杭州",
    "苏州",
    "成都",
    "合肥",
    "宁波",
    "长沙",
    "青岛",
    "厦门",
    "昆明",
    "无锡",
    "佛山",
    "南昌",
    "贵阳",
    "温州",
    "济南",
    "常州",
]
ZH_OPENERS = [
    "自{year}年以来，", "过去{n}个月里，", "未来{n}个季度，", "目前，", "在{place}试点之后，",
    "截至{year}年底，", "依托{place}的合作伙伴，", "经过{n}轮测试，", "与同行相比，",
    "凭借{n}名员工，", "在{place}和{place2}两地，", "根据第三方调研，",
]  # fmt: skip
ZH_MIDDLES = [
    "{company}为{place}的{customer}提供{product}",
    "我们的团队已与{n}家{customer}签订合作意向书",
    "{customer}每周使用我们的{product}约{n}次",
    "{product}的复购率达到{pct}",
    "在{place}开设第二个网点将覆盖{n}家{customer}",
    "服务{customer}的成本下降了{pct}",
    "{company}计划把{product}推广到{place2}的{customer}",
    "{customer}对{product}的满意度提升至{pct}",
    "公司自主研发的{product}已获得{n}项专利",
    "{place}地区的{customer}贡献了{pct}的收入",
    "我们预计{customer}将在{product}上投入约{n}万元",
    "通过线上渠道销售的{product}占比达到{pct}",
    "{company}正在{place}筹建面向{customer}的{product}示范点",
    "来自{customer}的订单连续{n}个月保持增长",
]  # fmt: skip
ZH_TAILS = [
    "", "", "，毛利率保持在{pct}", "，且未投放付费广告", "，供应商增至{n}家",
    "，领先于主要竞争对手", "，客户流失率低于{pct}", "，尽管原材料价格有所上涨",
    "，并获得了{place}政府的支持",
]  # fmt: skip
ZH_ADJECTIVES = [
    "", "", "低成本的", "模块化", "高端", "订阅制", "本地生产的", "获奖的", "紧凑型", "智能",
    "定制化", "第二代", "经过认证的", "可回收的", "小批量",
]  # fmt: skip
ZH_SYNONYMS = {
    "我们的": "本公司的", "团队": "队伍", "提供": "供应", "签订": "签署", "成本": "费用",
    "计划": "打算", "预计": "估计", "订单": "采购单", "收入": "营收", "客户": "用户",
}  # fmt: skip


def sentence(rng: random.Random, *, industry: str, company: str) -> str:
    """One English sentence about a plan in `industry`."""
    products, customers = INDUSTRIES[industry]
    slots = {
        "company": company,
        "verb": rng.choice(VERBS),
        "product": " ".join(filter(None, (rng.choice(ADJECTIVES), rng.choice(products)))),
        "customer": rng.choice(customers),
        "place": rng.choice(PLACES),
        "year": str(rng.randint(2012, 2024)),
        "n": str(rng.randint(2, 90)),
        "pct": f"{rng.randint(5, 70)}%",
        "money": f"£{rng.randint(2, 900)},000",
    }
    middle = rng.choice(MIDDLES) + rng.choice(TAILS)
    if rng.random() < 0.3:
        middle += ", and " + rng.choice(MIDDLES)
    text = " ".join(part.format(**slots) for part in (rng.choice(OPENERS), middle))
    return text[0].upper() + text[1:] + "."


def zh_sentence(rng: random.Random, *, industry: str, company: str) -> str:
    """One Chinese sentence about a plan in `industry`."""
    products, customers = ZH_INDUSTRIES[industry]
    slots = {
        "company": company,
        "product": rng.choice(ZH_ADJECTIVES) + rng.choice(products),
        "customer": rng.choice(customers),
        "place": rng.choice(ZH_PLACES),
        "place2": rng.choice(ZH_PLACES),
        "year": str(rng.randint(2012, 2024)),
        "n": str(rng.randint(2, 90)),
        "pct": f"{rng.randint(5, 70)}%",
    }
    parts = (rng.choice(ZH_OPENERS), rng.choice(ZH_MIDDLES), rng.choice(ZH_TAILS))
    return "".join(part.format(**slots) for part in parts) + "。"


def lightly_edited(text: str, rng: random.Random, *, names: dict[str, str]) -> str:
    """A copier's light edit: synonyms for some words, other names, changed numbers."""
    for old, new in names.items():
        text = text.replace(old, new)
    text = re.sub(r"\d+", lambda match: str(int(match[0]) + rng.randint(1, 9)), text)
    table = ZH_SYNONYMS if re.search(r"[\u4e00-\u9fff]", text) else SYNONYMS
    for old, new in table.items():
        if rng.random() < 0.5:
            text = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, text)
    return text


def randomly_obfuscated(text: str, rng: random.Random, *, level: float = 0.15) -> str:
    """PAN's random obfuscation: neighbouring words swapped, some dropped, some replaced."""
    words, result, index = text.split(), [], 0
    while index < len(words):
        draw = rng.random()
        if draw < level * 0.3 and index + 1 < len(words):
            result += [words[index + 1], words[index]]
            index += 2
            continue
        if draw < level * 0.8:
            result.append(rng.choice(FILLERS) if draw >= level * 0.5 else "")
        else:
            result.append(words[index])
        index += 1
    return " ".join(word for word in result if word)


def reordered(text: str, rng: random.Random) -> str:
    """The sentences of a paragraph in another order."""
    parts = [part for part in re.split(r"(?<=[.。])\s*", text) if part]
    rng.shuffle(parts)
    joiner = "" if re.search(r"[\u4e00-\u9fff]", text) else " "
    return joiner.join(parts)
