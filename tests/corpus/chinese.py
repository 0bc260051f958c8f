"""Chinese business plans (商业计划书) in reportlab's built-in STSong-Light CID font.

The document kind, language, page count, company name, registration id and the use-of-funds
table are ground truth; Chinese figures and people are printed but not labelled yet.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

from tests.corpus import issuers, names, regimes, registry
from tests.corpus.context import company_fact, funds_fact, person_facts
from tests.corpus.documents import SIDE_STREAM, Rendered
from tests.corpus.injection import INCONSISTENT_VALUATION_FACTOR
from tests.corpus.story import CJK_FONT, Fact, Look, Story, column_width, render
from tests.corpus.truth import disclosure_fields, document_record

NOTES = (
    "zh: doc_kind, language, page_count, has_risk_section, company facts, people, the offer's "
    "terms and the use-of-funds table are ground truth"
)
PROVINCES = {
    "Zhejiang": "浙江省",
    "Guangdong": "广东省",
    "Jiangsu": "江苏省",
    "Beijing": "北京市",
    "Shanghai": "上海市",
    "Sichuan": "四川省",
}
TRUTH_KINDS = ("company", "person", "risk", "funds", "figure")
MISMATCH_SHARE = 0.1
NEGATIVE_MINIMUMS = (1.0, 2.5, 5.0)
ZH_PEOPLE = ("李伟", "王芳", "张敏", "陈杰", "刘洋", "赵磊", "孙婷", "周强")
ZH_TITLES = {
    "创始人兼首席执行官": ("founder", "ceo"),
    "首席技术官": ("cto",),
    "首席财务官": ("cfo",),
    "董事长": ("chair",),
    "联合创始人兼首席运营官": ("co_founder", "coo"),
}
ZH_FUNDS = ("产品研发", "市场推广", "团队建设", "补充流动资金", "设备采购")
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


def _figure(name: str, value: float, currency: str | None) -> Fact:
    return Fact(
        "figure", {"name": name, "value": float(value), "currency": currency, "fiscal_year": None}
    )


def chinese_company_name(issuer: issuers.Issuer) -> str:
    """e.g. 杭州灵犀机器人有限公司, from the issuer's city, its brand and its sector."""
    city = names.CHINESE_CITIES[issuer.city.name]
    brand = names.PINYIN_WORDS[issuer.short_name]
    return f"{city}{brand}{issuer.sector.chinese_word}有限公司"


def _paragraphs(story: Story, rng: random.Random, pool: tuple[str, ...], product: str) -> None:
    sentences = rng.sample(pool, k=len(pool))
    story.text("".join(s.format(product=product) for s in sentences))


def _header(story: Story, rng: random.Random, issuer: issuers.Issuer, zh_name: str) -> None:
    reg = issuer.registration
    assert reg is not None
    story.text("商业计划书", style="title")
    story.text(f"公司名称：{zh_name}", facts=[company_fact(company_name=zh_name)])
    reg_fact = company_fact(
        registration_id=reg.value, registration_kind=reg.kind, registration_id_valid=reg.valid
    )
    story.text(f"统一社会信用代码：{reg.value}", facts=[reg_fact])
    story.text(f"注册资本：{rng.choice((100, 300, 500, 1000))}万元")
    founded = issuer.founded
    founded_fact = company_fact(founded_year=founded.year)
    story.text(f"成立日期：{founded.year}年{founded.month}月{founded.day}日", facts=[founded_fact])
    province = PROVINCES[issuer.city.region or "Beijing"]
    city = names.CHINESE_CITIES[issuer.city.name]
    address = province if province.startswith(city) else f"{province}{city}市"
    where = company_fact(country="CN", region=issuer.city.region, city=issuer.city.name)
    story.text(f"注册地址：{address}科技园{rng.randrange(1, 99)}号", facts=[where])
    story.text(f"联系电话：{issuer.phone}")


def _financing(
    story: Story, rng: random.Random, side: random.Random, defect: str | None
) -> tuple[int, str | None]:
    """The raise in 万元 and its terms in one sentence; returns the target and any defect."""
    target = rng.choice((300, 500, 800, 1200))
    equity = rng.choice((5, 10, 15, 20))
    pre_money: int | None = target * (100 - equity) // equity
    detail = None
    if defect == "valuation_inconsistent" and pre_money is not None:
        pre_money = round(pre_money * INCONSISTENT_VALUATION_FACTOR)
        detail = f"投前估值{pre_money}万元 and 融资{target}万元 do not give {equity}%"
    story.heading("六、融资计划")
    terms = [
        _figure("funding_target", target * 10_000, "CNY"),
        _figure("equity_offered_pct", equity, None),
    ]
    sentence = f"本轮拟融资{target}万元，出让{equity}%股权"
    if pre_money is not None:
        terms.append(_figure("pre_money_valuation", pre_money * 10_000, "CNY"))
        sentence += f"，投前估值{pre_money}万元"
    story.text(sentence + "。", facts=terms)
    if defect == "negative_amount":
        amount, sign = side.choice(NEGATIVE_MINIMUMS), side.choice(("-", "负"))
        printed = f"{sign}{amount:g}万元"
        fact = _figure("minimum_investment", -amount * 10_000, "CNY")
        story.text(f"起投金额：{printed}", facts=[dataclasses.replace(fact, token=printed)])
        detail = f"minimum investment {printed}"
    return target, detail


def _funds(story: Story, rng: random.Random, target: int, defect: str | None) -> str | None:
    """The use-of-funds table in 万元; returns the defect, when its amounts do not add up."""
    story.heading("七、募集资金用途")
    shares = issuers.split_percentages(rng, 3)
    rows = [["用途", "金额（万元）", "占比"]]
    funds = []
    extra = target * MISMATCH_SHARE if defect == "use_of_funds_sum_mismatch" else 0.0
    for index, (purpose, pct) in enumerate(zip(rng.sample(ZH_FUNDS, k=3), shares, strict=True)):
        amount = target * pct / 100 + (extra if index == 0 else 0.0)
        rows.append([purpose, f"{amount:g}", f"{pct:g}%"])
        funds.append(funds_fact(purpose, amount * 10_000, "CNY", pct, purpose))
    story.table(rows, width=column_width(story.look, "one_column"), rules="grid", facts=funds)
    if not extra:
        return None
    return f"use of funds adds up to {target + extra:g}万元 but the target is {target}万元"


def build_chinese_plan(
    story: Story,
    rng: random.Random,
    issuer: issuers.Issuer,
    zh_name: str,
    *,
    defect: str | None = None,
    side: random.Random | None = None,
) -> str | None:
    """Write the plan; returns what its defect prints, if it has one."""
    side = side or random.Random(0)
    _header(story, rng, issuer, zh_name)
    story.page_break()
    for heading, pool in ZH_FILLER.items():
        story.heading(heading)
        _paragraphs(story, rng, pool, issuer.sector.chinese_word)
    story.text(f"据行业研究，国内市场规模约为{rng.choice((80, 120, 350))}亿元。")
    story.heading("五、核心团队")
    for person, title in zip(
        rng.sample(ZH_PEOPLE, k=3), rng.sample(list(ZH_TITLES), k=3), strict=True
    ):
        facts = person_facts(person, ZH_TITLES[title])
        story.text(f"{title}：{person}，拥有十年以上行业经验。", facts=facts)
    target, detail = _financing(story, rng, side, defect)
    detail = _funds(story, rng, target, defect) or detail
    if rng.random() < 0.7:
        story.heading("八、风险提示")
        story.text("投资者应充分了解以下风险。", facts=[Fact("risk", {})])
        for risk in rng.sample(ZH_RISKS, k=3):
            story.text(risk)
    return detail


def _registered(
    rng: random.Random, issuer: issuers.Issuer, *, valid: bool | None
) -> issuers.Issuer:
    """Half the plans get a code with a rarer head; `valid` (unless None) forces its check."""
    registration = issuer.registration
    replace = registration is None or rng.random() < 0.5
    if registration and not replace and (valid is None or registration.valid == valid):
        return issuer
    head = rng.choice(("N1", "Y1", "91"))
    wanted = True if valid is None else valid
    reg = registry.uscc(rng, valid=wanted, division=issuer.city.division, head=head)
    return dataclasses.replace(issuer, registration=reg)


def render_chinese_plan(
    file: str,
    out_dir: Path,
    *,
    seed: str,
    word: str,
    sector_key: str | None = None,
    defect: str | None = None,
    regime_rules: bool = False,
) -> Rendered:
    """Write a Chinese business plan by a company in China with a valid or broken USCC.

    With `regime_rules` the id is valid unless the defect is a broken one, and the truth holds
    the issue-7 fields (the plan prints no date of its own).
    """
    rng = random.Random(seed)
    issuer = issuers.make_issuer(rng, word=word, country_code="CN", sector_key=sector_key)
    valid = defect != "registration_id_invalid" if regime_rules else None
    issuer = _registered(rng, issuer, valid=valid)
    zh_name = chinese_company_name(issuer)
    story = Story(Look(font=CJK_FONT, size=10.5, footer="第 {page} 页"))
    side = random.Random(f"{seed}:{SIDE_STREAM}")
    detail = build_chinese_plan(story, rng, issuer, zh_name, defect=defect, side=side)
    if defect == "registration_id_invalid" and issuer.registration:
        detail = f"cn_uscc {issuer.registration.value} fails its check"
    page_count = render(story, out_dir / file, title="商业计划书")
    disclosure = disclosure_fields(
        regime=regimes.regime_of("CN"), document_date=None, defect=defect, detail=detail
    )
    truth = document_record(
        file=file,
        kind="business_plan",
        language="zh",
        layout="one_column",
        page_count=page_count,
        facts=[f for f in story.facts if f.kind in TRUTH_KINDS],
        notes=NOTES,
        disclosure=disclosure if regime_rules else None,
    )
    return Rendered(truth, story.facts)


def write_chinese_plan(
    file: str, out_dir: Path, *, seed: str, word: str, sector_key: str | None = None
) -> dict[str, Any]:
    """Write a Chinese business plan as the demo samples have it; returns its truth."""
    return render_chinese_plan(file, out_dir, seed=seed, word=word, sector_key=sector_key).truth
