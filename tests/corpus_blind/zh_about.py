"""公司概况: the company's facts in a Chinese plan or statement, under each house's labels, as
a sentence, a table or `label：value` lines."""

from __future__ import annotations

import random

from tests.corpus_blind import custody
from tests.corpus_blind import money as M
from tests.corpus_blind.layout import KV, Block, Para, Table
from tests.corpus_blind.model import Company, Truth, figure

PRINTED = (
    "company_name",
    "registration_id",
    "country",
    "city",
    "region",
    "founded_year",
    "employees",
)
LABELS = {
    "name": ["公司名称", "企业名称", "公司全称"],
    "address": ["注册地址", "住所", "注册地址（住所）"],
    "founded": ["成立时间", "成立日期", "设立日期"],
    "employees": ["员工人数", "员工规模", "员工总数", "在职员工"],
}


def label(key: str, rng: random.Random) -> str:
    return rng.choice(LABELS[key])


def company_blocks(
    c: Company, truth: Truth, rng: random.Random, dstyle: str, offering: bool
) -> list[Block]:
    """The plan's company facts: a sentence, a table or `label：value` lines."""
    truth.printed(c, *PRINTED)
    emp = figure("employees", c.employees, None)
    capital = M.money_zh(c.extra["capital"], rng, rng.choice(["wan", "rmb_wan", "yuan"]))
    founded = M.date_zh(c.founded, dstyle) if rng.random() < 0.5 else f"{c.founded.year}年"
    if rng.random() < 0.5:
        return [Para(text=_sentence(c, rng, founded, capital), facts=[emp], keep=True)]
    pairs = [
        (label("name", rng), c.name),
        ("统一社会信用代码", c.reg_id or ""),
        (label("address", rng), c.address[0]),
        (label("founded", rng), founded),
        ("注册资本", capital),
        (label("employees", rng), f"{c.employees}{rng.choice(['人', '名'])}"),
    ]
    if offering and rng.random() < 0.3:  # the company's own bank account, not a custodian
        pairs.append(custody.account_bank(c.extra["city_zh"], truth.custodian_bank, rng))
    if rng.random() < 0.5:
        return [
            Table(
                rows=[list(p) for p in pairs],
                widths=[0.3, 0.7],
                align=["l", "l"],
                rule="grid",
                facts=[emp],
            )
        ]
    return [KV(pairs=pairs, style="colon", facts=[emp])]


def _sentence(c: Company, rng: random.Random, founded: str, capital: str) -> str:
    """One of two house styles; the second names the research staff, a part of the headcount."""
    if rng.random() < 0.5:
        return (
            f"{c.name}（统一社会信用代码：{c.reg_id}）成立于{founded}，注册资本{capital}，"
            f"注册地址位于{c.address[0]}，现有员工{c.employees}人。"
        )
    brand = c.name.removesuffix("有限公司").removesuffix("股份").removesuffix(c.sector)[-2:]
    short = brand + c.sector.removesuffix("科技")
    research = max(1, c.employees // rng.choice([3, 4, 5]))
    return (
        f"{c.name}（以下简称“{short}”或“公司”）成立于{founded}，统一社会信用代码为"
        f"{c.reg_id}，注册资本{capital}，公司住所为{c.address[0]}。截至目前，公司共有员工"
        f"{c.employees}名，其中研发人员{research}名。"
    )


def statement_pairs(c: Company, rng: random.Random, people: str) -> list[tuple[str, str]]:
    """公司基本情况 before a statement: name, code, address, date, capital, managers."""
    return [
        (label("name", rng), c.name),
        ("统一社会信用代码", c.reg_id or ""),
        (label("address", rng), c.address[0]),
        (label("founded", rng), M.date_zh(c.founded, "cn")),
        ("注册资本", M.money_zh(c.extra["capital"], rng, "wan")),
        ("主要管理人员", people),
    ]
