"""财务报表: 资产负债表 / 利润表 / 现金流量表, consolidated (合并) and parent-company (母公司)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tests.corpus_blind import money as M
from tests.corpus_blind import zh_base as Z
from tests.corpus_blind.companies import decor
from tests.corpus_blind.finance import Year, make_years
from tests.corpus_blind.fonts import cjk
from tests.corpus_blind.layout import KV, Block, Engine, Heading, PageBreak, Para, Spec, Table
from tests.corpus_blind.model import Fact, Truth, figure, stmt_line
from tests.corpus_blind.regimes import CN
from tests.corpus_blind.zh_about import PRINTED, statement_pairs
from tests.corpus_blind.zh_team import people_line

Line = tuple[str, str | None, Any]
KEY = {
    "balance_sheet": ("total_assets", "total_liabilities", "total_equity", "cash"),
    "income_statement": ("revenue", "net_income"),
    "cash_flow": (),
}
UNITS = [("人民币元", 1.0, 2), ("元", 1.0, 2), ("万元", 1e4, 2), ("千元", 1e3, 0)]
POLICIES = [
    "公司以持续经营为基础，根据实际发生的交易和事项，按照企业会计准则进行确认和计量。",
    "公司会计年度自公历1月1日起至12月31日止。记账本位币为人民币。",
    "对于应收账款，公司按照整个存续期内预期信用损失的金额计量其损失准备。",
    "固定资产按成本进行初始计量，采用年限平均法计提折旧。",
    "收入在客户取得相关商品控制权时确认。",
]


def bs_lines(rng: random.Random) -> list[Line]:
    te = rng.choice(["所有者权益（或股东权益）合计", "所有者权益合计", "股东权益合计"])
    return [
        ("流动资产：", None, None),
        ("货币资金", "cash", lambda y: y.cash),
        ("应收账款", "receivables", lambda y: y.recv),
        ("存货", "inventories", lambda y: y.inv),
        ("其他流动资产", None, lambda y: y.other_ca),
        ("流动资产合计", "current_assets", lambda y: y.ca),
        ("非流动资产：", None, None),
        ("固定资产", "ppe", lambda y: y.ppe),
        ("无形资产", None, lambda y: y.intang),
        ("非流动资产合计", None, lambda y: y.nca),
        ("资产总计", "total_assets", lambda y: y.ta),
        ("流动负债：", None, None),
        ("短期借款", None, lambda y: y.st_debt),
        ("应付账款", "payables", lambda y: y.pay),
        ("其他应付款", None, lambda y: y.accr),
        ("流动负债合计", "current_liabilities", lambda y: y.cl),
        ("长期借款", None, lambda y: y.lt_debt),
        ("负债合计", "total_liabilities", lambda y: y.tl),
        ("所有者权益：", None, None),
        ("实收资本（或股本）", None, lambda y: y.share_cap),
        ("资本公积", None, lambda y: y.premium),
        ("未分配利润", None, lambda y: y.retained),
        (te, "total_equity", lambda y: y.te),
        ("负债和所有者权益（或股东权益）总计", None, lambda y: y.tl + y.te),
    ]


def is_lines(rng: random.Random) -> list[Line]:
    def sur(y: Year) -> int:
        return max(1, y.admin // 20)

    return [
        (rng.choice(["一、营业总收入", "一、营业收入"]), "revenue", lambda y: y.rev),
        ("减：营业成本", "cost_of_revenue", lambda y: y.cogs),
        ("税金及附加", None, sur),
        ("销售费用", None, lambda y: y.selling),
        ("管理费用", None, lambda y: y.admin - sur(y)),
        ("研发费用", None, lambda y: y.rnd),
        ("财务费用", None, lambda y: y.fin_cost),
        ("加：其他收益", None, lambda y: y.other_inc),
        ("二、营业利润", "operating_income", lambda y: y.pbt),
        ("三、利润总额", None, lambda y: y.pbt),
        ("减：所得税费用", None, lambda y: y.tax),
        ("四、净利润", "net_income", lambda y: y.ni),
    ]


def cf_lines(rng: random.Random) -> list[Line]:
    def cin(y: Year) -> int:
        return round(y.rev * 1.06)

    return [
        ("一、经营活动产生的现金流量：", None, None),
        ("销售商品、提供劳务收到的现金", None, cin),
        ("经营活动现金流入小计", None, cin),
        ("经营活动现金流出小计", None, lambda y: cin(y) - y.ocf),
        ("经营活动产生的现金流量净额", "operating_cash_flow", lambda y: y.ocf),
        ("二、投资活动产生的现金流量：", None, None),
        (
            "购建固定资产、无形资产和其他长期资产支付的现金",
            "capital_expenditure",
            lambda y: y.capex,
        ),
        ("投资活动产生的现金流量净额", None, lambda y: y.icf),
        ("三、筹资活动产生的现金流量净额", None, lambda y: y.fcf),
        ("四、现金及现金等价物净增加额", None, lambda y: y.net_change),
        ("加：期初现金及现金等价物余额", None, lambda y: y.cash_begin),
        ("五、期末现金及现金等价物余额", "cash", lambda y: y.cash),
    ]


def build(path: Path, rng: random.Random, defect: str | None) -> dict[str, Any]:
    c = Z.make_company(rng, invalid_reg=defect == "registration_id_invalid")
    truth = Truth(path.name, "financial_statement", "zh")
    truth.defect(defect)
    truth.regime = CN
    fy = rng.choice([2023, 2024, 2024])
    unit, scale, dec = rng.choice(UNITS)
    tick = scale / 10**dec
    rev = rng.choice([8e6, 2.4e7, 6.5e7, 1.8e8])
    ys = make_years(rng, n=2, last_fy=fy, fye=(12, 31), tick=tick, revenue=rev, startup=False)
    parent = (
        make_years(rng, n=2, last_fy=fy, fye=(12, 31), tick=tick, revenue=rev * 0.6, startup=False)
        if rng.random() < 0.5
        else None
    )
    if defect == "balance_sheet_mismatch":
        ys[rng.randrange(2)].bs_error = rng.choice([1, -1]) * max(7, ys[-1].ta // 30)
    fonts = cjk()
    spec = Spec(size=9.5, margin=rng.choice([48.0, 56.0]))
    spec.decor = decor(f"{c.name} {fy}年度财务报表", "", rng, font=fonts.regular, cjk=True)
    truth.printed(c, *PRINTED)
    for p in c.people:
        truth.person(p)
    heading = rng.choice(
        [f"{fy}年度财务报表", f"{fy}年度审计报告及财务报表", f"财务报表（{fy}年12月31日）"]
    )
    truth.assurance = "audited" if "审计报告" in heading else None
    blocks: list[Block] = [
        Heading(text=c.name, level=1, fake_bold=True),
        Heading(text=heading, level=1, fake_bold=True),
        Heading(text="公司基本情况", level=2),
        KV(pairs=statement_pairs(c, rng, people_line(c, rng)), style="colon"),
        Para(
            text=f"截至{fy}年12月31日，公司在职员工共计{c.employees}人。",
            facts=[figure("employees", c.employees, None)],
            keep=True,
        ),
    ]
    prose_rev = ys[-1].rev * tick
    if defect == "revenue_contradiction":
        prose_rev = round(prose_rev * rng.choice([1.2, 0.8]), -4)
        truth.notes.append("经营情况 revenue contradicts the income statement")
    blocks.append(
        Para(
            text=f"报告期内，公司实现营业收入{M.money_zh(prose_rev, rng)}。",
            facts=[figure("revenue", prose_rev, "CNY", fy)],
            keep=True,
        )
    )
    col = rng.choice(["period", "year"])
    # (years, consolidated?, source of the key figures?): a group prints 合并 and 母公司 statements
    main_consolidated = bool(parent) or rng.random() < 0.5
    sets = [(ys, main_consolidated, True)] + ([(parent, False, False)] if parent else [])
    for kind, title in (
        ("balance_sheet", "资产负债表"),
        ("income_statement", "利润表"),
        ("cash_flow", "现金流量表"),
    ):
        for data, consolidated, primary in sets:
            name = ("合并" if consolidated else "" if primary else "母公司") + title
            blocks += [
                PageBreak(),
                *_statement(kind, name, data, (consolidated, primary), col, unit, dec, tick, c.name,
                            fy, rng),
            ]  # fmt: skip
    if rng.random() < 0.35:
        blocks += [PageBreak(), Heading(text="财务报表附注", level=1)]
        for _ in range(rng.randint(6, 12)):
            blocks.append(Para(text="".join(rng.sample(POLICIES, 3))))
        blocks.append(
            Table(
                rows=[
                    ["项目", "期末余额"],
                    ["银行存款", _cell(ys[-1].cash - 1, dec)],
                    ["库存现金", _cell(1, dec)],
                    ["合计", _cell(ys[-1].cash, dec)],
                ],
                rule="grid",
            )
        )
    eng = Engine(fonts, spec)
    pages = eng.render(blocks, path)
    truth.add(*eng.facts)
    return truth.record(pages, "one_column")


def _cell(v: float, dec: int) -> str:
    return M.signed(M.num(v / 10**dec, dec), v < 0, "hyphen") if v else "-"


def _statement(
    kind: str,
    name: str,
    ys: list[Year],
    flags: tuple[bool, bool],
    col: str,
    unit: str,
    dec: int,
    tick: float,
    company: str,
    fy: int,
    rng: random.Random,
) -> list[Block]:
    consolidated, primary = flags
    lines = {
        "balance_sheet": bs_lines(rng),
        "income_statement": is_lines(rng),
        "cash_flow": cf_lines(rng),
    }[kind]
    if kind == "balance_sheet":
        heads = (
            ["期末余额", "期初余额"]
            if col == "period"
            else [f"{fy}年12月31日", f"{fy - 1}年12月31日"]
        )
        when = f"{fy}年12月31日"
    else:
        heads = ["本期金额", "上期金额"] if col == "period" else [f"{fy}年度", f"{fy - 1}年度"]
        when = f"{fy}年度"
    notes = rng.random() < 0.3
    rows = [["项目", *(["附注"] if notes else []), *heads]]
    facts: list[Fact] = []
    order = [ys[-1], ys[-2]]
    for i, (label, item, get) in enumerate(lines):
        if get is None:
            rows.append([label, *([""] if notes else []), "", ""])
            continue
        vals = [get(y) for y in order]
        rows.append(
            [
                label,
                *([f"五、{i + 1}"] if notes and item else [""] if notes else []),
                *[_cell(v, dec) for v in vals],
            ]
        )
        for y, v in zip(order, vals, strict=True):
            full = round(v * tick, 2)
            facts.append(stmt_line(kind, label, item, y.fy, y.end, consolidated, full, "CNY"))
            if primary and item in KEY[kind]:
                facts.append(figure(item, full, "CNY", y.fy, prio=3))
    widths = [0.5, *([0.1] if notes else []), 0.25, 0.25]
    sign = "法定代表人：（签章）　　主管会计工作负责人：（签章）　　会计机构负责人：（签章）"
    return [
        Heading(text=name, level=2, fake_bold=True),
        Para(text=f"编制单位：{company}　　{when}　　单位：{unit}", size=8.5, with_next=True),
        Table(
            rows=rows,
            widths=widths,
            align=["l", *(["c"] if notes else []), "r", "r"],
            rule="grid",
            size=8.0,
            facts=facts,
        ),
        *([Para(text=sign, size=8.0)] if rng.random() < 0.5 else []),
    ]
