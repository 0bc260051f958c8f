"""Chinese business plans (商业计划书) in reportlab's built-in STSong-Light CID font.

Everything the plan prints about the company, its team, its offer and its use of funds is
ground truth. In the corpus each plan words these its own way (tests/corpus/zh_wording.py); the
demo sample keeps the classic wording.
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
from tests.corpus.zh_wording import (
    CLASSIC,
    FUNDS_NAMES,
    ZH_FILLER,
    ZH_RISKS,
    Wording,
    draw_wording,
    employees_fact,
    fund_name,
    funds_rows,
    funds_text,
    roles_of,
    team_lines,
    team_table,
)

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
ZH_FUNDS = tuple(FUNDS_NAMES)
WORDING_STREAM = "wording"


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


def _header(
    story: Story, rng: random.Random, issuer: issuers.Issuer, zh_name: str, wording: Wording
) -> None:
    reg = issuer.registration
    assert reg is not None
    story.text("商业计划书", style="title")
    story.text(f"{wording.name_label}：{zh_name}", facts=[company_fact(company_name=zh_name)])
    reg_fact = company_fact(
        registration_id=reg.value, registration_kind=reg.kind, registration_id_valid=reg.valid
    )
    story.text(f"统一社会信用代码：{reg.value}", facts=[reg_fact])
    story.text(f"注册资本：{rng.choice((100, 300, 500, 1000))}万元")
    founded = issuer.founded
    founded_fact = company_fact(founded_year=founded.year)
    founded_text = f"{founded.year}年{founded.month}月{founded.day}日"
    story.text(f"{wording.founded_label}：{founded_text}", facts=[founded_fact])
    province = PROVINCES[issuer.city.region or "Beijing"]
    city = names.CHINESE_CITIES[issuer.city.name]
    address = province if province.startswith(city) else f"{province}{city}市"
    where = company_fact(country="CN", region=issuer.city.region, city=issuer.city.name)
    story.text(f"{wording.address_label}：{address}科技园{rng.randrange(1, 99)}号", facts=[where])
    if wording.employees_label:
        count = issuer.employees
        facts = [company_fact(employees=count), employees_fact(count)]
        story.text(f"{wording.employees_label}：{count}人", facts=facts)
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


def _team(story: Story, rng: random.Random, wording: Wording, style: random.Random) -> None:
    """Three people with their titles, one line each, a table or one sentence for all."""
    story.heading("五、核心团队")
    people = rng.sample(ZH_PEOPLE, k=3)
    titles = rng.sample(list(ZH_TITLES), k=3)  # drawn always, so the plan's numbers stay put
    team = list(zip(people, wording.titles or titles, strict=True))
    facts = [person_facts(name, roles_of(title)) for name, title in team]
    if wording.team == "table":
        rows = team_table(style, team)
        width = column_width(story.look, "one_column")
        story.table(rows, width=width, rules="grid", facts=[f for fs in facts for f in fs])
        return
    lines = team_lines(wording, style, team)
    if len(lines) == 1:
        story.text(lines[0], facts=[f for fs in facts for f in fs])
        return
    for line, person in zip(lines, facts, strict=True):
        story.text(line, facts=person)


def _funds(
    story: Story, rng: random.Random, target: int, defect: str | None, wording: Wording
) -> str | None:
    """The use of funds in 万元 or 元; returns the defect, when its amounts do not add up."""
    story.heading("七、募集资金用途")
    shares = issuers.split_percentages(rng, 3)
    lines, funds = [], []
    extra = target * MISMATCH_SHARE if defect == "use_of_funds_sum_mismatch" else 0.0
    for index, (purpose, pct) in enumerate(zip(rng.sample(ZH_FUNDS, k=3), shares, strict=True)):
        amount = target * pct / 100 + (extra if index == 0 else 0.0)
        name = fund_name(wording, purpose)
        lines.append((name, amount, pct))
        funds.append(funds_fact(name, amount * 10_000, "CNY", pct, name))
    if wording.funds.startswith("table"):
        width = column_width(story.look, "one_column")
        story.table(funds_rows(wording, lines), width=width, rules="grid", facts=funds)
    else:
        texts = funds_text(wording, lines)
        groups = [funds] if len(texts) == 1 else [[fact] for fact in funds]
        for text, facts in zip(texts, groups, strict=True):
            story.text(text, facts=facts)
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
    wording: Wording = CLASSIC,
    style: random.Random | None = None,
) -> str | None:
    """Write the plan; returns what its defect prints, if it has one.

    `style` is the stream the wording's own draws (bios, birth years) come from.
    """
    side = side or random.Random(0)
    style = style or random.Random(0)
    _header(story, rng, issuer, zh_name, wording)
    story.page_break()
    for heading, pool in ZH_FILLER.items():
        story.heading(heading)
        _paragraphs(story, rng, pool, issuer.sector.chinese_word)
    story.text(f"据行业研究，国内市场规模约为{rng.choice((80, 120, 350))}亿元。")
    _team(story, rng, wording, style)
    target, detail = _financing(story, rng, side, defect)
    detail = _funds(story, rng, target, defect, wording) or detail
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
    varied: bool = False,
) -> Rendered:
    """Write a Chinese business plan by a company in China with a valid or broken USCC.

    With `regime_rules` the id is valid unless the defect is a broken one, and the truth holds
    the issue-7 fields (the plan prints no date of its own). With `varied` the plan draws its
    own wording; without, it keeps the classic one.
    """
    rng = random.Random(seed)
    issuer = issuers.make_issuer(rng, word=word, country_code="CN", sector_key=sector_key)
    valid = defect != "registration_id_invalid" if regime_rules else None
    issuer = _registered(rng, issuer, valid=valid)
    zh_name = chinese_company_name(issuer)
    story = Story(Look(font=CJK_FONT, size=10.5, footer="第 {page} 页"))
    side = random.Random(f"{seed}:{SIDE_STREAM}")
    style = random.Random(f"{seed}:{WORDING_STREAM}")
    wording = draw_wording(style) if varied else CLASSIC
    detail = build_chinese_plan(
        story, rng, issuer, zh_name, defect=defect, side=side, wording=wording, style=style
    )
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
