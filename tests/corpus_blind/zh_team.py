"""核心团队: how Chinese plans name their people (title lines, name lines, résumés, tables, one
sentence for all, a roster on one line) and how statements list 主要管理人员."""

from __future__ import annotations

import random

from tests.corpus_blind.layout import Block, Para, Table
from tests.corpus_blind.model import Company, Person, Truth

FORMS = [
    "title_first",
    "colon",
    "comma",
    "paren",
    "bio",
    "resume",
    "table",
    "table_bio",
    "one_sentence",
    "roster",
]
# earlier posts in a résumé: none of them is a role the person holds at the company
PAST_POSTS = ["研发经理", "产品经理", "高级工程师", "项目经理", "大区销售经理", "咨询顾问"]
PAST_EMPLOYERS = ["某上市公司", "某知名互联网企业", "某外资企业", "某大型国有企业"]
DEGREES = ["本科", "硕士研究生", "博士研究生", "EMBA"]
SHORT_BIOS = ["十余年行业经验", "毕业于浙江大学", "曾任某上市公司高管", "负责公司整体战略"]


def team(c: Company, truth: Truth, rng: random.Random) -> list[Block]:
    """The team section's blocks; every person and role goes into the truth."""
    for p in c.people:
        truth.person(p)
    form = rng.choice(FORMS)
    if form in ("table", "table_bio"):
        return [_table(c.people, rng, bio=form == "table_bio")]
    if form == "one_sentence":
        named = [f"{p.name}（{p.title}）" for p in c.people]
        lead = rng.choice(["公司核心团队成员包括：", "公司管理团队由"])
        tail = "组成。" if lead.endswith("由") else "。"
        text = lead + "、".join(named[:-1]) + f"和{named[-1]}" + tail
        return [Para(text=text, keep=True)]
    if form == "roster":
        gap = rng.choice(["　　", "；", "  "])
        return [Para(text=gap.join(f"{p.title}：{p.name}" for p in c.people), keep=True)]
    line = {
        "title_first": lambda p: f"{p.title} {p.name}",
        "colon": lambda p: f"{p.title}：{p.name}",
        "comma": lambda p: f"{p.name}，{p.title}",
        "paren": lambda p: f"{p.name}（{p.title}）",
        "bio": lambda p: (
            f"{p.name}{rng.choice(['先生', '女士'])}，现任公司{p.title}，"
            f"{rng.choice(['毕业于浙江大学', '拥有十余年行业经验', '曾任某上市公司高管'])}。"
        ),
        "resume": lambda p: _resume(p, rng),
    }[form]
    return [Para(text=line(p), keep=True) for p in c.people]


def _resume(p: Person, rng: random.Random) -> str:
    """A prospectus-style résumé: birth, degree, an earlier post elsewhere, the post now."""
    born = rng.randint(1965, 1992)
    start = born + rng.randint(23, 28)
    return (
        f"{p.name}，{rng.choice(['男', '女'])}，{born}年出生，中国国籍，无境外永久居留权，"
        f"{rng.choice(DEGREES)}学历。{start}年至{start + rng.randint(3, 8)}年任职于"
        f"{rng.choice(PAST_EMPLOYERS)}，担任{rng.choice(PAST_POSTS)}；现任公司{p.title}。"
    )


def _table(people: list[Person], rng: random.Random, *, bio: bool) -> Table:
    numbered = rng.random() < 0.4
    head = [*(["序号"] if numbered else []), "姓名", rng.choice(["职务", "职位", "现任职务"])]
    rows = [[*([str(i)] if numbered else []), p.name, p.title] for i, p in enumerate(people, 1)]
    if bio:
        head.append("简介")
        rows = [[*row, rng.choice(SHORT_BIOS)] for row in rows]
    n = len(head)
    widths = {2: [0.35, 0.65], 3: [0.1, 0.3, 0.6] if numbered else [0.2, 0.3, 0.5]}.get(
        n, [0.1, 0.2, 0.3, 0.4]
    )
    return Table(rows=[head, *rows], widths=widths, align=["l"] * n, rule="grid", shade=True)


def people_line(c: Company, rng: random.Random) -> str:
    """主要管理人员 in a statement's company facts: `总经理：张伟；…` or `张伟（总经理）、…`."""
    if rng.random() < 0.5:
        return rng.choice(["；", "，"]).join(f"{p.title}：{p.name}" for p in c.people)
    return "、".join(f"{p.name}（{p.title}）" for p in c.people)
