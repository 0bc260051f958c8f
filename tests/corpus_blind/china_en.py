"""Chinese issuers written up in English: 'Xihu District, Hangzhou, Zhejiang Province', RMB."""

from __future__ import annotations

import datetime as dt
import random

from tests.corpus_blind import names as N
from tests.corpus_blind import registry as R
from tests.corpus_blind.model import Company, Person
from tests.corpus_blind.wording import team
from tests.corpus_blind.zh_base import PLACES

DISTRICT_EN = {
    "西湖区": "Xihu District", "吴中区": "Wuzhong District", "南山区": "Nanshan District",
    "天河区": "Tianhe District", "武侯区": "Wuhou District", "洪山区": "Hongshan District",
    "海淀区": "Haidian District", "浦东新区": "Pudong New Area", "崂山区": "Laoshan District",
    "思明区": "Siming District", "雁塔区": "Yanta District", "蜀山区": "Shushan District",
    "岳麓区": "Yuelu District",
}  # fmt: skip
POSTCODE = {
    "Hangzhou": "310", "Suzhou": "215", "Shenzhen": "518", "Guangzhou": "510", "Chengdu": "610",
    "Wuhan": "430", "Beijing": "100", "Shanghai": "200", "Qingdao": "266", "Xiamen": "361",
    "Xi'an": "710", "Hefei": "230", "Changsha": "410",
}  # fmt: skip
ROADS = ["Wensan Road", "Keji Road", "Chuangye Avenue", "Gaoxin Avenue", "Zhongshan Road",
         "Renmin Road", "Xueyuan Road"]  # fmt: skip
BRANDS = ["Yunfan", "Xinghe", "Qiming", "Lanhai", "Ruifeng", "Huachuang", "Zhiyuan", "Qinghe",
          "Hengxin", "Boyuan", "Tianheng", "Yida"]  # fmt: skip
WORDS = {
    "robotics": "Intelligent Technology", "food": "Foods", "health": "Biotechnology",
    "energy": "New Energy Technology", "software": "Information Technology",
    "mobility": "Logistics Technology", "materials": "New Materials",
}  # fmt: skip


def make(
    rng: random.Random, *, invalid_reg: bool, team_style: str, n_people: int | None
) -> Company:
    province, region, _, city, district, area = rng.choice(PLACES)
    sector = rng.choice(list(N.SECTORS))
    name = f"{city if rng.random() < 0.6 else ''} {rng.choice(BRANDS)} {WORDS[sector]} Co., Ltd."
    postcode = POSTCODE[city] + f"{rng.randint(0, 99):03d}"
    address = _address(rng, city, region if province else None, postcode, DISTRICT_EN[district])
    used: set[str] = set()
    count = n_people or rng.randint(2, 5)
    people_names: list[str] = []
    while len(people_names) < count:
        nm = f"{rng.choice(N.PINYIN_GIVEN)} {rng.choice(N.PINYIN_FAMILY)}"
        if nm not in used:
            used.add(nm)
            people_names.append(nm)
    roles = team(rng, people_names, team_style)
    return Company(
        name=name.strip(),
        country="CN",
        currency="CNY",
        sector=sector,
        city=city,
        region=region,
        address=address,
        reg_kind="cn_uscc",
        reg_id=R.uscc(area, rng, valid=not invalid_reg, letter_first=rng.random() < 0.15),
        reg_valid=not invalid_reg,
        founded=dt.date(rng.randint(2008, 2022), rng.randint(1, 12), rng.randint(1, 28)),
        employees=rng.randint(8, 400),
        people=[Person(n, t, r) for n, (t, r) in zip(people_names, roles, strict=True)],
    )


def _address(
    rng: random.Random, city: str, province: str | None, postcode: str, district: str
) -> list[str]:
    """'Hangzhou, Zhejiang Province 310012', 'Hangzhou City, 310012', 'Zhejiang, Hangzhou'..."""
    room = f"Room {rng.randint(2, 28)}{rng.randint(1, 20):02d}, Building {rng.randint(1, 9)}"
    road = rng.choice(
        [
            f"{rng.randint(1, 999)} {rng.choice(ROADS)}",
            f"No. {rng.randint(1, 999)} {rng.choice(ROADS)}",
        ]
    )
    if province:
        where = rng.choice(
            [
                f"{city}, {province} Province {postcode}",
                f"{city} City, {province} Province, {postcode}",
                f"{city} {postcode}, {province}",
            ]
        )
    else:
        where = rng.choice([f"{city} {postcode}", f"{city} City {postcode}"])
    country = rng.choice(["China", "P.R. China", "People's Republic of China", "PRC"])
    return [room, f"{road}, {district}", where, country]
