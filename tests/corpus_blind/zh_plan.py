"""商业计划书 (business plans) and 融资计划书 (financing plans with offer terms)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tests.corpus_blind import money as M
from tests.corpus_blind import zh_base as Z
from tests.corpus_blind.companies import decor
from tests.corpus_blind.defects import missing_item
from tests.corpus_blind.fonts import cjk
from tests.corpus_blind.layout import Block, Engine, Heading, Para, Spec, Table
from tests.corpus_blind.model import Truth, figure, projection
from tests.corpus_blind.regimes import CN
from tests.corpus_blind.terms import make_terms, negative_term
from tests.corpus_blind.zh_about import company_blocks
from tests.corpus_blind.zh_team import team
from tests.corpus_blind.zh_terms import Offer, offer_section

CN_NUM = "一二三四五六七八九十"


def build(path: Path, rng: random.Random, defect: str | None, offering: bool) -> dict[str, Any]:
    c = Z.make_company(rng, invalid_reg=defect == "registration_id_invalid")
    truth = Truth(path.name, "offering" if offering else "business_plan", "zh")
    drop = missing_item(defect, rng, china=True)
    title = "融资计划书" if offering else rng.choice(["商业计划书", "商业计划书（融资版）"])
    fonts = cjk()
    layout = rng.choice(["one_column", "one_column", "two_column"])
    spec = Spec(
        size=rng.choice([10.0, 10.5]),
        columns=2 if layout == "two_column" else 1,
        margin=rng.choice([56.0, 64.0]),
    )
    spec.decor = decor(f"{c.name} {title}", "", rng, font=fonts.regular, cjk=True)
    t = make_terms("CNY", rng, defect, drop=drop)
    truth.defect(defect, drop or negative_term(t))
    truth.regime, truth.document_date = CN, t.doc_date
    if defect == "deadline_before_document_date":
        truth.notes.append(f"document dated {t.doc_date.isoformat()}")
    dstyle = rng.choice(["cn", "cn", "dot", "iso"])
    style = rng.choice(["{n}、{t}", "第{n}章 {t}", "{i}. {t}", "（{n}）{t}"])
    hist_blocks, last_rev = _history(truth, rng, t.doc_date.year - 1)
    market = Para(
        text=f"预计到{t.doc_date.year + 2}年，{Z.SECTORS[c.sector][1]}市场规模将突破"
        f"{rng.choice([120, 300, 500, 800])}亿元。" + Z.filler(rng, c, 2)
    )
    offer = Offer(offering, dstyle, defect, drop, c.extra["city_zh"])
    tagged: list[tuple[str, str, list[Block]]] = [
        ("company", rng.choice(["公司概况", "公司简介", "公司基本情况"]),
         [*company_blocks(c, truth, rng, dstyle, offering),
          Para(text=Z.filler(rng, c, rng.randint(2, 4)))]),
        ("management", rng.choice(["核心团队", "管理团队", "团队介绍"]), team(c, truth, rng)),
        ("market", rng.choice(["市场分析", "行业与市场"]), [market]),
        ("financial_statements", rng.choice(["经营与财务情况", "历史财务数据"]), hist_blocks),
        ("financial_statements", rng.choice(["财务预测", "未来三年规划"]),
         _forecast(rng, t.doc_date.year, last_rev)),
        ("offer", rng.choice(["融资方案", "融资需求", "本轮融资计划"]),
         offer_section(t, truth, rng, offer)),
    ]  # fmt: skip
    if rng.random() < 0.4:
        tagged[1], tagged[2] = tagged[2], tagged[1]
    if drop == "management":
        truth.people.clear()
    sections = [(head, body) for key, head, body in tagged if key != drop]
    if not (offering and defect == "missing_risk_factors") and (offering or rng.random() < 0.6):
        truth.has_risk = True
        risks: list[Block] = [
            Para(text=f"{n}：{b}") for n, b in rng.sample(Z.RISKS, rng.randint(3, 5))
        ]
        sections.append((rng.choice(Z.RISK_HEADINGS), risks))
    blocks: list[Block] = [
        Heading(text=c.name, level=1, fake_bold=True),
        Heading(text=title, level=1, fake_bold=True),
        Para(text=f"{rng.choice(['编制日期', '日期'])}：{M.date_zh(t.doc_date, dstyle)}"),
    ]
    for i, (head, body) in enumerate(sections):
        text = style.format(n=CN_NUM[i], i=i + 1, t=head)
        blocks += [Heading(text=text, level=2, fake_bold=rng.random() < 0.5), *body]
    eng = Engine(fonts, spec)
    pages = eng.render(blocks, path)
    truth.add(*eng.facts)
    return truth.record(pages, layout)


def _history(truth: Truth, rng: random.Random, fy: int) -> tuple[list[Block], float]:
    rev = rng.choice([320, 680, 1280, 2450, 5600]) * 1e4
    prev = round(rev * rng.uniform(0.5, 0.85), -4)
    ni = round(rev * rng.uniform(-0.3, 0.12), -4) or 10_000.0
    if rng.random() < 0.5:
        facts = [
            figure("revenue", rev, "CNY", fy),
            figure("net_income", ni, "CNY", fy),
            figure("revenue", prev, "CNY", fy - 1),
        ]
        loss = f"净亏损{M.money_zh(ni, rng)}" if ni < 0 else f"净利润{M.money_zh(ni, rng)}"
        text = (
            f"{fy}年公司实现营业收入{M.money_zh(rev, rng)}，较{fy - 1}年的"
            f"{M.money_zh(prev, rng)}增长{round(100 * (rev / prev - 1))}%；{loss}。"
        )
        return [Para(text=text, facts=facts, keep=True)], rev
    unit = rng.choice([("万元", 1e4), ("元", 1.0)])
    rows = [
        [f"单位：{unit[0]}", f"{fy - 1}年", f"{fy}年"],
        [
            "营业收入",
            M.num(prev / unit[1], 2 if unit[1] > 1 else 0),
            M.num(rev / unit[1], 2 if unit[1] > 1 else 0),
        ],
        ["净利润", "—", M.signed(M.num(ni / unit[1], 2 if unit[1] > 1 else 0), ni < 0, "hyphen")],
    ]
    facts = [
        figure("revenue", prev, "CNY", fy - 1, prio=2),
        figure("revenue", rev, "CNY", fy, prio=2),
        figure("net_income", ni, "CNY", fy, prio=2),
    ]
    return [Table(rows=rows, widths=[0.4, 0.3, 0.3], rule="grid", facts=facts)], rev


def _forecast(rng: random.Random, y0: int, base: float) -> list[Block]:
    revs: list[float] = []
    for _ in range(3):
        revs.append(round((revs[-1] if revs else base) * rng.uniform(1.3, 2.2), -4))
    years = [y0, y0 + 1, y0 + 2]
    facts = [projection("revenue", r, "CNY", y) for y, r in zip(years, revs, strict=True)]
    if rng.random() < 0.5:
        text = (
            "；".join(
                f"{y}年预计实现营业收入{M.money_zh(r, rng, 'wan')}"
                for y, r in zip(years, revs, strict=True)
            )
            + "。"
        )
        return [Para(text=text, facts=facts, keep=True)]
    head = rng.choice(["{y}E", "{y}年（预测）", "{y}年预测"])
    rows = [
        ["单位：万元", *[head.format(y=y) for y in years]],
        ["营业收入", *[M.num(r / 1e4) for r in revs]],
    ]
    return [Table(rows=rows, rule="grid", facts=facts)]
