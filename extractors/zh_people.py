"""People in Chinese running text: a name with its title in parentheses wherever it stands, and
résumés, whose role is the one they hold now.

    公司管理团队由A（首席执行官）、B（董事）和C（首席技术官）组成。
        the whole team in one sentence
    李伟（董事长）：毕业于浙江大学。
        a name, its title, a bio
    主要管理人员：A（总经理）、B（董事会秘书） 截至2023年12月31日，…
        a list run into a sentence
    唐平，女，1989年出生，…2013年至2017年任职于某上市公司，
    担任项目经理；现任公司首席技术官。
        a résumé: 首席技术官 now; the earlier 项目经理 is no role here
"""

from __future__ import annotations

from extractors.entries import Lines, Listed
from extractors.evidence import trim
from extractors.patterns import (
    CJK_INNER_SPACE,
    ZH_CURRENT_ROLE,
    ZH_NAME_JOINER,
    ZH_PAREN_TITLE,
    ZH_PAST_JOB,
    ZH_RESUME_LEAD,
)
from extractors.person_names import zh_person_name
from extractors.roles import title_roles

DEFAULT_MAX_RESUME_LINES = 4  # lines one résumé may wrap over


def paren_titled(line: str) -> list[Listed]:
    """Every `Name（title）` of a Chinese line whose parentheses hold nothing but a title."""
    text = CJK_INNER_SPACE.sub("", line)
    found = []
    for match in ZH_PAREN_TITLE.finditer(text):
        roles = title_roles(match["title"])
        name = _name_ending(match["run"]) if roles else None
        if name and roles:
            found.append(Listed(name, tuple(roles), trim(line)))
    return found


def _name_ending(run: str) -> str | None:
    """The name that ends a run of Chinese: 团队由王芳 → 王芳, 和李伟 → 李伟, 王和平 → 王和平.
    What stands before the name must end in a word that leads to one (由, 包括, 和)."""
    starts = [match.end() for match in ZH_NAME_JOINER.finditer(run)]
    for start in [*starts, 0]:
        name = zh_person_name(run[start:])
        if name is not None:
            return name
    return None


def resume_at(lines: Lines, index: int) -> list[Listed] | None:
    """The person a résumé opening at this line describes, with the roles held now; None when the
    line opens no résumé. A résumé that tells of an earlier job gives only its 现任 role, so an
    earlier 担任项目经理 is never read as a role here."""
    lead = ZH_RESUME_LEAD.match(lines.texts[index])
    name = zh_person_name(lead["name"]) if lead else None
    if name is None:
        return None
    last = _resume_end(lines.texts, index)
    text = CJK_INNER_SPACE.sub("", " ".join(lines.texts[index : last + 1]))
    current = [title_roles(match["title"]) or [] for match in ZH_CURRENT_ROLE.finditer(text)]
    roles = tuple(dict.fromkeys(role for found in current for role in found))
    if not roles and not ZH_PAST_JOB.search(text):
        return None  # no career told: the line is read as any other
    lines.taken.update(range(index + 1, last + 1))
    return [Listed(name, roles, trim(lines.texts[index]))] if roles else []


def _resume_end(texts: list[str], index: int) -> int:
    """The last line of a résumé wrapped over lines: the one that ends its sentence, or the one
    before a blank line or the next résumé."""
    last = index
    for line in texts[index + 1 : index + DEFAULT_MAX_RESUME_LINES]:
        if texts[last].endswith("。") or not line or ZH_RESUME_LEAD.match(line):
            break
        last += 1
    return last
