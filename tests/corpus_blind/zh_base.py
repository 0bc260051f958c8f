"""Chinese-language side: issuers, people, places, labels and phrasing."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.corpus_blind import registry as R
from tests.corpus_blind.model import Company, Person

# province (printed), province (English), city (printed), city (English), district, area code
PLACES = [
    ("浙江省", "Zhejiang", "杭州市", "Hangzhou", "西湖区", "330106"),
    ("江苏省", "Jiangsu", "苏州市", "Suzhou", "吴中区", "320506"),
    ("广东省", "Guangdong", "深圳市", "Shenzhen", "南山区", "440305"),
    ("广东省", "Guangdong", "广州市", "Guangzhou", "天河区", "440106"),
    ("四川省", "Sichuan", "成都市", "Chengdu", "武侯区", "510107"),
    ("湖北省", "Hubei", "武汉市", "Wuhan", "洪山区", "420111"),
    ("", "Beijing", "北京市", "Beijing", "海淀区", "110108"),
    ("", "Shanghai", "上海市", "Shanghai", "浦东新区", "310115"),
    ("山东省", "Shandong", "青岛市", "Qingdao", "崂山区", "370212"),
    ("福建省", "Fujian", "厦门市", "Xiamen", "思明区", "350203"),
    ("陕西省", "Shaanxi", "西安市", "Xi'an", "雁塔区", "610113"),
    ("安徽省", "Anhui", "合肥市", "Hefei", "蜀山区", "340104"),
    ("湖南省", "Hunan", "长沙市", "Changsha", "岳麓区", "430104"),
]
ROADS = ["文三路", "科技园路", "创业大道", "高新大道", "中山路", "人民路", "学院路", "软件园二期"]
BUILDINGS = ["科技大厦", "创新中心", "产业园", "国际广场", "智慧谷"]
BRANDS = [
    "云帆",
    "星河",
    "启明",
    "蓝海",
    "瑞丰",
    "华创",
    "智源",
    "青禾",
    "恒信",
    "博远",
    "天衡",
    "易达",
    "锐思",
    "光合",
    "远景",
    "汇通",
    "数澜",
    "禾新",
    "鲸跃",
    "澄观",
    "拓微",
    "微光",
    "知行",
    "朗润",
]
SECTORS = {
    "智能科技": ("工业机器人", "智能制造"),
    "生物医药": ("体外诊断试剂", "生物医药"),
    "新能源科技": ("储能电池系统", "新能源"),
    "信息技术": ("企业级SaaS软件", "企业服务"),
    "食品": ("预制菜", "餐饮供应链"),
    "新材料": ("可降解包装材料", "新材料"),
    "环保科技": ("污水处理设备", "环保"),
}
SURNAMES = "张王李刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐".replace("", " ").split()
GIVEN = "伟芳娜敏静磊洋勇艳杰涛明超秀霞平刚桂英华建国晓东思鹏宇轩子涵欣怡浩然雨泽".replace(
    "", " "
).split()

TITLES = {
    "chair": ["董事长"],
    "ceo": ["总经理", "首席执行官", "CEO"],
    "cfo": ["财务总监", "首席财务官", "财务负责人"],
    "cto": ["首席技术官", "技术总监", "CTO"],
    "coo": ["运营总监", "首席运营官"],
    "founder": ["创始人"],
    "co_founder": ["联合创始人"],
    "secretary": ["董事会秘书"],
    "director": ["董事"],
}
COMBINED = [
    ("创始人兼CEO", ("founder", "ceo")),
    ("董事长兼总经理", ("chair", "ceo")),
    ("联合创始人兼CTO", ("co_founder", "cto")),
    ("创始人兼首席执行官", ("founder", "ceo")),
    ("创始人、董事长", ("founder", "chair")),
    ("董事长兼首席执行官", ("chair", "ceo")),
    ("执行董事兼总经理", ("director", "ceo")),
]
# who heads the team: a chief executive, or a founder who chairs the board
FIRST = [
    COMBINED[0],
    COMBINED[1],
    ("总经理", ("ceo",)),
    ("首席执行官", ("ceo",)),
    *COMBINED[3:],
]

LABELS = {
    "funding_target": ["融资金额", "拟融资金额", "本轮融资金额", "目标融资额", "计划融资"],
    "maximum_target": ["最高融资额", "超募上限", "融资上限"],
    "equity_offered_pct": ["出让股权比例", "出让股权", "释放股权比例", "本轮出让股份比例"],
    "pre_money_valuation": ["投前估值", "融资前估值"],
    "post_money_valuation": ["投后估值"],
    "price_per_share": ["每股价格", "认购价格（每股）", "每股认购价"],
    "minimum_investment": ["最低投资额", "起投金额", "单笔最低认购金额"],
    "deadline": ["截止日期", "募集截止日", "认购截止日期"],
}
UOF_HEADINGS = ["资金用途", "募集资金用途", "融资用途", "资金使用计划"]
UOF_CATEGORIES = [
    "研发投入",
    "市场推广",
    "人才招聘",
    "补充流动资金",
    "设备采购",
    "产能扩建",
    "渠道建设",
    "品牌建设",
    "新产品研发及技术升级",
    "营销网络建设",
    "数字化平台建设",
    "生产线自动化改造",
    "人才引进与培训",
]
RISK_HEADINGS = ["风险提示", "风险因素", "主要风险", "投资风险"]
RISKS = [
    ("市场风险", "行业竞争加剧可能导致产品价格下降，影响公司盈利能力。"),
    ("技术风险", "核心技术迭代较快，如研发进度不及预期，公司可能失去竞争优势。"),
    ("政策风险", "行业监管政策的变化可能对公司经营产生不利影响。"),
    ("经营风险", "公司规模较小，对核心人员依赖程度较高。"),
    ("财务风险", "公司尚未实现持续盈利，未来可能需要进一步融资。"),
    ("流动性风险", "本次发行的股权缺乏公开交易市场，投资者可能难以在短期内退出。"),
]
FILLER = [
    "公司专注于{product}的研发、生产与销售，产品已进入多个省份的主流客户。",
    "{market}行业正处于快速发展阶段，国产替代空间广阔。",
    "公司拥有一支经验丰富的研发团队，已取得多项发明专利和软件著作权。",
    "未来三年，公司将围绕核心产品持续投入，拓展华东、华南市场。",
    "公司采用直销与渠道相结合的销售模式，客户复购率较高。",
    "公司建立了完善的质量管理体系，并通过了ISO9001认证。",
    "依托{city}的产业集群优势，公司与上下游企业形成了稳定的合作关系。",
    "公司坚持以客户为中心，为客户提供一站式解决方案。",
]


@dataclass
class ZhPlace:
    province: str
    region: str
    city: str
    city_en: str
    district: str
    area: str


def make_company(rng: random.Random, *, invalid_reg: bool = False) -> Company:
    p = ZhPlace(*rng.choice(PLACES))
    sector = rng.choice(list(SECTORS))
    suffix = rng.choice(["有限公司", "有限公司", "股份有限公司"])
    prefix = p.city[:-1] if rng.random() < 0.6 else ""
    name = f"{prefix}{rng.choice(BRANDS)}{sector}{suffix}"
    show_province = bool(p.province) and rng.random() < 0.8
    addr = (
        f"{p.province if show_province else ''}{p.city}{p.district}{rng.choice(ROADS)}"
        f"{rng.randint(1, 999)}号{rng.choice(BUILDINGS)}{rng.randint(2, 20)}楼"
    )
    region = p.region if (show_province or not p.province) else None
    reg = R.uscc(p.area, rng, valid=not invalid_reg, letter_first=rng.random() < 0.15)
    founded = dt.date(rng.randint(2008, 2022), rng.randint(1, 12), rng.randint(1, 28))
    people = _people(rng, rng.randint(2, 5))
    return Company(
        name=name,
        country="CN",
        currency="CNY",
        sector=sector,
        city=p.city_en,
        region=region,
        address=[addr],
        reg_kind="cn_uscc",
        reg_id=reg,
        reg_valid=not invalid_reg,
        founded=founded,
        employees=rng.randint(8, 600),
        people=people,
        extra={"capital": rng.choice([100, 500, 1000, 2000, 5000]) * 1e4, "city_zh": p.city},
    )


def _people(rng: random.Random, n: int) -> list[Person]:
    used: set[str] = set()
    out: list[Person] = []
    first = rng.choice(FIRST)
    roles_pool = ["cfo", "cto", "coo", "co_founder", "chair", "secretary", "director"]
    for i in range(n):
        while (
            name := rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice([1, 2])))
        ) in used:
            pass
        used.add(name)
        if i == 0:
            title, roles = first
        else:
            role = rng.choice(
                [r for r in roles_pool if r not in {x for p in out for x in p.roles}]
                or ["director"]
            )
            title, roles = rng.choice(TITLES[role]), (role,)
        out.append(Person(name, title, roles))
    return out


def filler(rng: random.Random, c: Company, n: int) -> str:
    product, market = SECTORS[c.sector]
    city = c.extra["city_zh"]
    return "".join(
        s.format(product=product, market=market, city=city)
        for s in rng.sample(FILLER, min(n, len(FILLER)))
    )
