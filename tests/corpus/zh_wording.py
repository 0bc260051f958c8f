"""How a Chinese plan words its header, its team and its use of funds.

Real 商业计划书 differ in their labels (公司名称 / 企业名称, 成立日期 / 成立时间, 注册地址 / 住所),
in how they name the team (title first with a full-width colon, name then title in brackets, a
résumé line, a table, one sentence for everyone) and in how they print 资金用途 (a table in 万元
or in 元, a numbered list, prose; `%` or full-width `％`). A plan's wording is drawn from its own
stream, so the amounts and the people stay what the plan's seed gives; the classic wording is
the one the demo sample keeps.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.corpus.story import Fact

VARIED_TITLES = {
    "创始人兼首席执行官": ("founder", "ceo"),
    "创始人兼总经理": ("founder", "ceo"),
    "董事长兼总经理": ("chair", "ceo"),
    "总经理": ("ceo",),
    "首席执行官": ("ceo",),
    "创始人": ("founder",),
    "董事长": ("chair",),
    "财务总监": ("cfo",),
    "首席财务官": ("cfo",),
    "技术总监": ("cto",),
    "首席技术官": ("cto",),
    "联合创始人兼首席运营官": ("co_founder", "coo"),
    "运营总监": ("coo",),
}
TEAM_FORMS = ("title_colon", "name_paren", "resume", "table", "one_sentence")
FUNDS_FORMS = ("table_wan", "table_yuan", "list", "prose")
FUNDS_NAMES = {
    "产品研发": ("产品研发", "新产品研发及技术升级", "研发投入"),
    "市场推广": ("市场推广", "市场开拓及品牌推广", "营销网络建设"),
    "团队建设": ("团队建设", "人才引进与培训", "核心团队扩充"),
    "补充流动资金": ("补充流动资金", "补充营运资金"),
    "设备采购": ("设备采购", "生产设备购置", "检测设备采购"),
}
DEGREES = ("本科", "硕士研究生", "博士研究生", "MBA")
BIOS = (
    "拥有十年以上行业经验。",
    "曾任职于国内知名科技企业。",
    "毕业于浙江大学。",
    "长期从事产品研发工作。",
)

# The plan's prose, the same in every wording.
ZH_FILLER = {
    "一、公司简介": (
        "公司专注于为中小企业提供{product}相关的产品与服务。",
        "公司拥有一支经验丰富的研发与运营团队。",
        "自成立以来，公司坚持以客户需求为导向，不断完善产品。",
        "公司已与多家行业客户建立了长期合作关系。",
    ),
    "二、产品与服务": (
        "公司的核心产品具有部署简单、运行稳定、成本较低等特点。",
        "产品已完成多轮迭代，并获得客户的广泛好评。",
        "公司为客户提供从方案设计到售后维护的一站式服务。",
    ),
    "三、商业模式": (
        "公司主要通过产品销售和年度技术服务费获得收入。",
        "随着客户数量增加，单位获客成本逐年下降。",
        "公司与多家渠道合作伙伴签订了长期代理协议。",
        "大客户一般签订年度合同，收入具有较好的可预测性。",
    ),
    "四、市场分析": (
        "随着政策支持力度加大，行业需求持续增长。",
        "现有竞争者产品价格较高，中小客户难以承受。",
        "公司计划在未来三年内拓展至长三角和珠三角地区。",
    ),
}
ZH_RISKS = (
    "市场风险：行业竞争加剧可能导致产品价格下降。",
    "技术风险：核心技术更新换代较快，存在被替代的可能。",
    "管理风险：公司规模扩大后，对管理能力提出更高要求。",
    "流动性风险：本次发行的股权不能公开交易，投资者可能难以转让。",
)


@dataclass(frozen=True)
class Wording:
    """One plan's choices; CLASSIC is the wording every plan had before wording varied."""

    name_label: str = "公司名称"
    founded_label: str = "成立日期"
    address_label: str = "注册地址"
    employees_label: str | None = None  # printed only where a label is drawn
    team: str = "title_colon"
    funds: str = "table_wan"
    percent: str = "%"
    titles: tuple[str, ...] = ()  # empty: the plan's classic draw of titles
    fund_names: tuple[str, ...] = ()  # printed names, in the order of FUNDS_NAMES


CLASSIC = Wording()


def draw_wording(rng: random.Random) -> Wording:
    """A plan's wording; titles whose roles do not overlap (one chief executive per team)."""
    titles: list[str] = []
    for title in rng.sample(list(VARIED_TITLES), k=len(VARIED_TITLES)):
        roles = {role for taken in titles for role in VARIED_TITLES[taken]}
        if not roles & set(VARIED_TITLES[title]) and len(titles) < 3:
            titles.append(title)
    return Wording(
        name_label=rng.choice(("公司名称", "企业名称", "公司全称")),
        founded_label=rng.choice(("成立日期", "成立时间", "设立日期")),
        address_label=rng.choice(("注册地址", "住所", "公司住所")),
        employees_label=rng.choice((None, "员工人数", "员工总数", "在职员工")),
        team=rng.choice(TEAM_FORMS),
        funds=rng.choice(FUNDS_FORMS),
        percent=rng.choice(("%", "%", "％")),
        titles=tuple(titles),
        fund_names=tuple(rng.choice(names) for names in FUNDS_NAMES.values()),
    )


def roles_of(title: str) -> tuple[str, ...]:
    return VARIED_TITLES[title]


def fund_name(wording: Wording, purpose: str) -> str:
    """The printed name of a use of funds (the classic wording prints the short one)."""
    if not wording.fund_names:
        return purpose
    return wording.fund_names[list(FUNDS_NAMES).index(purpose)]


def team_lines(wording: Wording, rng: random.Random, team: list[tuple[str, str]]) -> list[str]:
    """One line per (name, title), or one sentence for them all."""
    if wording.team == "one_sentence":
        named = [f"{name}（{title}）" for name, title in team]
        return ["公司核心团队成员包括：" + "、".join(named[:-1]) + f"和{named[-1]}。"]
    if wording.team == "name_paren":
        return [f"{name}（{title}）：{rng.choice(BIOS)}" for name, title in team]
    if wording.team == "resume":
        return [
            f"{name}，{rng.choice(('男', '女'))}，{rng.randint(1965, 1992)}年出生，中国国籍，"
            f"{rng.choice(DEGREES)}学历，现任公司{title}。"
            for name, title in team
        ]
    return [f"{title}：{name}，拥有十年以上行业经验。" for name, title in team]


def team_table(rng: random.Random, team: list[tuple[str, str]]) -> list[list[str]]:
    return [["姓名", "职务", "简介"], *[[n, t, rng.choice(BIOS)[:-1]] for n, t in team]]


def funds_rows(wording: Wording, lines: list[tuple[str, float, float]]) -> list[list[str]]:
    """The 资金用途 table: (name, amount in 万元, pct) per line, in 万元 or in 元."""
    if wording.funds == "table_yuan":
        body = [[n, f"{a * 10_000:,.0f}", _pct(wording, p)] for n, a, p in lines]
        return [["资金用途", "拟投入金额（元）", "占比"], *body]
    body = [[n, f"{a:g}", _pct(wording, p)] for n, a, p in lines]
    return [["用途", "金额（万元）", "占比"], *body]


def funds_text(wording: Wording, lines: list[tuple[str, float, float]]) -> list[str]:
    """A numbered list (one line each) or one sentence of prose."""
    if wording.funds == "list":
        return [
            f"{i}. {n}：{a:g}万元，占比{_pct(wording, p)}" for i, (n, a, p) in enumerate(lines, 1)
        ]
    parts = [f"{a:g}万元用于{n}，占比{_pct(wording, p)}" for n, a, p in lines]
    return ["本轮募集资金将主要用于以下方面：" + "；".join(parts) + "。"]


def _pct(wording: Wording, pct: float) -> str:
    return f"{pct:g}{wording.percent}"


def employees_fact(count: int) -> Fact:
    """Headcount is a key figure as well as a company fact (as in the English documents)."""
    data = {"name": "employees", "value": float(count), "currency": None, "fiscal_year": None}
    return Fact("figure", data, str(count))
