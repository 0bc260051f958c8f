"""The issuer: its name, registration id, place, founding year and headcount."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from extractors.evidence import trim
from extractors.nlp import doc_text
from extractors.patterns import (
    DOCUMENT_TITLE,
    EMPLOYEES,
    FOUNDED_YEAR,
    HEADER_NAME,
    LEGAL_NAME,
    NAME_LABEL,
    REGISTRANT_NAME,
    SEPARATOR_RULE,
    ZH_COMPANY,
)
from extractors.places import Place, city_place, find_place
from extractors.registration import find_registration_ids
from schemas import Company, Figure

DEFAULT_COVER_LINES = 2  # the title block of the first page
DEFAULT_HEAD_PAGES = 3  # the issuer's name, place and ids stand on the first pages


def company_from(docs: Sequence[Doc], *, title: str, staff: Figure | None = None) -> Company:
    """The issuer as the document states it (`staff`: its headcount figure); unstated: None."""
    text = "\n".join(doc_text(doc) for doc in docs)
    name = _company_name(docs, text, title=title)
    ids = find_registration_ids(text)
    registration = ids[0] if ids else None
    place, place_page, place_evidence = _place(docs)
    if place is None and name:
        # Chinese company names open with their city: "Beijing Hengtai Technology Co., Ltd."
        place = city_place(name.split()[0]) or city_place(name[:2])
    founded = FOUNDED_YEAR.search(text)
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
    registrant = REGISTRANT_NAME.search(text)  # an SEC cover: the line over "(Exact name of ...)"
    if registrant:
        return SEPARATOR_RULE.split(registrant["name"])[-1].strip(" _") or None
    head = "\n".join(doc_text(doc) for doc in docs[:DEFAULT_HEAD_PAGES])
    names = Counter(_clean_name(match.group(1)) for match in LEGAL_NAME.finditer(head))
    names.update(match.group(1) for match in ZH_COMPANY.finditer(head))
    if names:
        return names.most_common(1)[0][0]
    first_line = next((line.strip() for line in head.splitlines() if line.strip()), "")
    if HEADER_NAME.match(first_line) and not DOCUMENT_TITLE.search(first_line):
        return first_line  # statements exported from accounting software open with the name
    # Else an organisation named in the title block, the way a cover page names its issuer; an
    # organisation merely mentioned in the text (a programme, a partner) is no issuer.
    page = doc_text(docs[0]) if docs else ""
    cover_end = sum(len(line) + 1 for line in page.split("\n")[:DEFAULT_COVER_LINES])
    cover = [
        ent.text.strip()
        for ent in (docs[0].ents if docs else ())
        if ent.label_ == "ORG"
        and ent.start_char < cover_end
        and ent.text[:1].isupper()
        and HEADER_NAME.match(ent.text.strip())
        and not DOCUMENT_TITLE.search(ent.text)
    ]
    if cover:
        return cover[0]
    # The PDF's title metadata, unless it is a document title ("business_plan", "Q1 report").
    return title if title and not DOCUMENT_TITLE.search(title.replace("_", " ")) else None


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0].lower() in {"and", "of", "the", "&"}:
        words.pop(0)
    return " ".join(words).rstrip(",")


def _place(docs: Sequence[Doc]) -> tuple[Place | None, int | None, str | None]:
    for doc in docs:
        for cue in doc.spans["cues"]:
            if cue.label_ == "PLACE":
                place = find_place(cue.sent.text)
                if place is not None and (place.country or place.region):
                    return place, doc.user_data["page_no"], trim(cue.sent.text)
    for doc in docs[:DEFAULT_HEAD_PAGES]:
        place = find_place(doc_text(doc))
        if place is not None and (place.country or place.region):
            return place, doc.user_data["page_no"], None
    return None, None, None


def employees_from(docs: Sequence[Doc]) -> Figure | None:
    """The staff count the document states first, as a figure with its page and sentence."""
    for doc in docs:
        match = EMPLOYEES.search(doc_text(doc))
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
