"""The issuer (name, registration, place, founding, staff) and the people named with a role."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.evidence import row_evidence, trim
from extractors.nlp import cue_patterns
from extractors.places import find_place
from extractors.registration import find_registration_ids
from schemas import Company, Figure, Page, Person

LEGAL_SUFFIX = (
    r"(?:Inc\.?|Incorporated|Corp\.?|Corporation|LLC|L\.L\.C\.|Ltd\.?|Limited|PLC|plc|LLP|"
    r"GmbH|AG|S\.A\.S\.?|SAS|S\.A\.|SA|SARL|S\.à r\.l\.|B\.V\.|BV|N\.V\.|NV|S\.r\.l\.|S\.L\.|"
    r"Co\.,? Ltd\.?|Company|Pty Ltd|Oy|AB|ApS|有限公司|股份有限公司)"
)
LEGAL_NAME = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*|&|and|of)(?:[ \t]+(?:[A-Z][\w&'’.-]*|&|and|of)){0,6},?[ \t]+"
    + LEGAL_SUFFIX
    + r")(?![\w])"
)
ZH_COMPANY = re.compile(r"([\u4e00-\u9fff（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司))")
NAME_LABEL = re.compile(
    r"(?:company name|legal name|name of (?:the )?company|issuer|公司名称)\s*[:：]\s*(.+)",
    re.IGNORECASE,
)
FOUNDED_YEAR = re.compile(
    r"\b(?:founded|incorporated|incorporation|established|establishment|formed|formation|set up)"
    r"\b[^.\n]{0,40}?\b((?:19|20)\d{2})\b|"
    r"成立(?:于|时间|日期)?[：:]?[ \t]*((?:19|20)\d{2})年",
    re.IGNORECASE,
)
EMPLOYEES = re.compile(
    r"\b(?:employs|employing|employ)[ \t]+(?:about |around |over |some )?(\d[\d,]*)[ \t]+"
    r"(?:full[- ]time[ \t]+)?(?:people|staff|employees|persons)|"
    r"\bteam of[ \t]+(\d[\d,]*)[ \t]+(?:full[- ]time[ \t]+)?(?:people|staff|employees|engineers|members)|"
    r"\b(?:employees|headcount|staff|number of employees|full-time employees|FTEs?)"
    r"[ \t]*[:：]?[ \t]*(\d[\d,]*)\b|"
    r"\bnumber of (?:employees|staff)[^.\n]{0,30}?\b(?:was|is|of|stood at)[ \t]+(\d[\d,]*)\b|"
    r"\b(?:persons|people) employed[ \t]*[:：]?[ \t]*(\d[\d,]*)\b|"
    r"\b(\d[\d,]*)[ \t]+(?:full[- ]time[ \t]+)?(?:employees|members of staff|staff members)\b|"
    r"员工(?:人数)?[：:]?[ \t]*(\d+)[ \t]*(?:人|名)",
    re.IGNORECASE,
)
HEADER_NAME = re.compile(r"^[A-Za-z](?!.*  )[\w&'’., -]{2,58}$")
DOCUMENT_TITLE = re.compile(
    r"business plan|balance sheet|statement|profit|report|offer|summary|plan|terms|contents|"
    r"\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
PERSON_NAME = re.compile(r"^[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’.-]+){1,3}$")
ROLE_PARTS = re.compile(r"\s*(?:&|\band\b|/|,|;)\s*")
ROLE_TITLES = {p["pattern"]: p["id"] for p in cue_patterns() if p["label"] == "ROLE"}
DEFAULT_ROLE_DISTANCE = 6  # tokens between a role title and the name it belongs to
DEFAULT_HEAD_PAGES = 3  # the issuer's name, place and ids stand on the first pages


def company_from(docs: Sequence[Doc], pages: Sequence[Page], *, title: str) -> Company:
    """The issuer as the document states it; fields it does not state stay None."""
    text = "\n".join(doc.text for doc in docs)
    name = _company_name(docs, text, title=title)
    ids = find_registration_ids(text)
    registration = ids[0] if ids else None
    place, place_page, place_evidence = _place(docs)
    founded = FOUNDED_YEAR.search(text)
    staff = employees_from(docs)
    return Company(
        company_name=name,
        registration_id=registration.value if registration else None,
        registration_kind=registration.kind if registration else None,
        registration_id_valid=registration.valid if registration else None,
        country=place.country if place else None,
        region=place.region if place else None,
        city=place.city if place else None,
        founded_year=int(next(group for group in founded.groups() if group)) if founded else None,
        employees=int(staff.value) if staff else None,
        page_no=place_page,
        evidence=place_evidence,
    )


def _company_name(docs: Sequence[Doc], text: str, *, title: str) -> str | None:
    labelled = NAME_LABEL.search(text)
    if labelled:
        return labelled.group(1).strip().rstrip(".") or None
    head = "\n".join(doc.text for doc in docs[:DEFAULT_HEAD_PAGES])
    names = Counter(_clean_name(match.group(1)) for match in LEGAL_NAME.finditer(head))
    names.update(match.group(1) for match in ZH_COMPANY.finditer(head))
    if names:
        return names.most_common(1)[0][0]
    first_line = next((line.strip() for line in head.splitlines() if line.strip()), "")
    if HEADER_NAME.match(first_line) and not DOCUMENT_TITLE.search(first_line):
        return first_line  # statements exported from accounting software open with the name
    orgs = Counter(
        ent.text.strip()
        for doc in docs[:DEFAULT_HEAD_PAGES]
        for ent in doc.ents
        if ent.label_ == "ORG" and HEADER_NAME.match(ent.text.strip())
    )
    return orgs.most_common(1)[0][0] if orgs else (title or None)


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0].lower() in {"and", "of", "the", "&"}:
        words.pop(0)
    return " ".join(words).rstrip(",")


def _place(docs: Sequence[Doc]) -> tuple:
    for doc in docs:
        for cue in doc.spans["cues"]:
            if cue.label_ == "PLACE":
                place = find_place(cue.sent.text)
                if place is not None and (place.country or place.region):
                    return place, doc.user_data["page_no"], trim(cue.sent.text)
    for doc in docs[:DEFAULT_HEAD_PAGES]:
        place = find_place(doc.text)
        if place is not None and (place.country or place.region):
            return place, doc.user_data["page_no"], None
    return None, None, None


def employees_from(docs: Sequence[Doc]) -> Figure | None:
    """The staff count the document states first, as a figure with its page and sentence."""
    for doc in docs:
        match = EMPLOYEES.search(doc.text)
        if match is None:
            continue
        group = next(index for index, value in enumerate(match.groups(), 1) if value)
        start, end = match.span(group)
        span = doc.char_span(start, end, alignment_mode="expand")
        sentence = span.sent.text if span is not None else match.group(0)
        return Figure(
            name="employees",
            value=float(match.group(group).replace(",", "")),
            page_no=doc.user_data["page_no"],
            evidence=trim(sentence),
            source="text",
        )
    return None


def people_from(docs: Sequence[Doc], pages: Sequence[Page]) -> list[Person]:
    """People named beside a role title, in text or in a team table; one per (name, role)."""
    found: dict[tuple[str, str], Person] = {}
    for doc in docs:
        page_no = doc.user_data["page_no"]
        for cue in doc.spans["cues"]:
            if cue.label_ != "ROLE":
                continue
            name = _name_near(cue)
            if name:
                person = Person(
                    name=name, role=cue.id_, page_no=page_no, evidence=trim(cue.sent.text)
                )
                found.setdefault((name, cue.id_), person)
    for page in pages:
        for person in _table_people(page):
            found.setdefault((person.name, person.role), person)
    return list(found.values())


def _name_near(cue: Span) -> str | None:
    sentence = cue.sent
    people = [ent for ent in sentence.ents if ent.label_ == "PERSON" and _looks_like_name(ent.text)]
    if people:
        nearest = min(people, key=lambda ent: _distance(ent, cue))
        if _distance(nearest, cue) <= DEFAULT_ROLE_DISTANCE:
            return nearest.text.strip()
    return _adjacent_capitalised(cue)


def _distance(ent: Span, cue: Span) -> int:
    return max(cue.start - ent.end, ent.start - cue.end, 0)


def _looks_like_name(text: str) -> bool:
    return bool(PERSON_NAME.match(text.strip())) and len(text.split()) <= 4


def _adjacent_capitalised(cue: Span) -> str | None:
    """`Founder & CEO: Li Wei` — NER misses short or non-English names; take the words after."""
    doc = cue.doc
    window = doc[cue.end : min(cue.end + 5, cue.sent.end)]
    words = [token for token in window if not token.is_punct and not token.is_space]
    names = []
    for token in words:
        if token.is_title and token.is_alpha and token.lower_ not in {"and", "of", "the"}:
            names.append(token.text)
        else:
            break
    candidate = " ".join(names[:3])
    return candidate if _looks_like_name(candidate) and ":" in window.text[:3] else None


def _table_people(page: Page) -> list[Person]:
    people = []
    for table in page.tables:
        for row in table.rows:
            cells = [cell.strip() for cell in row if cell]
            titles = [role for cell in cells for role in roles_in(cell)]
            names = [cell for cell in cells if _looks_like_name(cell) and not roles_in(cell)]
            if len(names) == 1 and titles:
                evidence = row_evidence(list(row))
                people += [
                    Person(name=names[0], role=role, page_no=page.page_no, evidence=evidence)
                    for role in dict.fromkeys(titles)
                ]
    return people


def roles_in(cell: str) -> list[str]:
    """Roles a table cell names: `Founder & CEO` → founder, ceo."""
    return [ROLE_TITLES[part] for part in ROLE_PARTS.split(cell.lower()) if part in ROLE_TITLES]
