"""资金托管: the bank that holds investors' money in a Chinese offering (the 2015 Guiding
Opinions on Internet finance ask for one), named in a sentence, a line of the offer's terms or
its own short section; and the issuer's ordinary account bank (开户银行), which is not one."""

from __future__ import annotations

import random

from tests.corpus_blind.layout import Block, Heading, Para

BANKS = [
    ("招商银行", "招商银行股份有限公司"),
    ("中国工商银行", "中国工商银行股份有限公司"),
    ("中国建设银行", "中国建设银行股份有限公司"),
    ("中国银行", "中国银行股份有限公司"),
    ("平安银行", "平安银行股份有限公司"),
    ("兴业银行", "兴业银行股份有限公司"),
    ("浙商银行", "浙商银行股份有限公司"),
    ("上海浦东发展银行", "上海浦东发展银行股份有限公司"),
    ("中信银行", "中信银行股份有限公司"),
    ("宁波银行", "宁波银行股份有限公司"),
]
LABELS = ["资金托管银行", "存管银行", "资金存管机构", "募集资金托管行"]
HEADINGS = ["资金托管", "投资者资金存管", "资金安全保障"]
SENTENCES = [
    "本次募集资金将存放于{bank}开立的募集资金专用账户，实行专户存储、专款专用。",
    "投资者认购资金由{bank}进行资金存管，平台及融资方均不直接接触投资者资金。",
    "本项目已与{bank}签订资金托管协议，募集资金的划付须经托管银行审核。",
    "本项目资金由{bank}提供第三方存管服务。",
]


def bank_name(city_zh: str, rng: random.Random, *, avoid: str = "") -> str:
    """A bank as a 融资计划书 prints it: '招商银行杭州分行', '中国银行股份有限公司'..."""
    short, formal = rng.choice([b for b in BANKS if b[0] != avoid])
    city = city_zh.removesuffix("市")
    return rng.choice(
        [f"{formal}{city}分行", f"{short}{city}分行", formal, short, f"{short}{city}高新支行"]
    )


def term_pair(bank: str, rng: random.Random) -> tuple[str, str]:
    """The custodian as a line of the offer's terms."""
    return rng.choice(LABELS), bank


def section(bank: str, rng: random.Random) -> list[Block]:
    """A sentence naming the custodian, sometimes under its own small heading."""
    para = Para(text=rng.choice(SENTENCES).format(bank=bank), keep=True)
    if rng.random() < 0.5:
        return [Heading(text=rng.choice(HEADINGS), level=3), para]
    return [para]


def account_bank(city_zh: str, custodian: str | None, rng: random.Random) -> tuple[str, str]:
    """The issuer's own account bank (开户银行), printed among its company facts."""
    avoid = next((short for short, _ in BANKS if custodian and custodian.startswith(short)), "")
    return rng.choice(["开户银行", "基本户开户行"]), bank_name(city_zh, rng, avoid=avoid)
