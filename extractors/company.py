"""The issuer: its name, registration id, place, founding year and headcount."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from extractors.founding import employees_from, founded_year
from extractors.labels import unwrap_labels
from extractors.nlp import doc_text
from extractors.patterns import (
    CELL_SPLIT,
    CJK,
    CN_LEGAL_FORM,
    DOCUMENT_TITLE,
    HEADER_NAME,
    LABEL_CELL,
    LEGAL_NAME,
    NAME_LABEL,
    NAME_VALUE_END,
    REGISTRANT_NAME,
    SEPARATOR_RULE,
    ZH_COMPANY,
)
from extractors.places import Place, city_place, issuer_place, without_third_parties
from extractors.registration import RegistrationId, find_registration_ids
from schemas import Company, Figure

__all__ = ["company_from", "employees_from", "registration_country"]

REGISTRATION_COUNTRIES = {"us_ein": "US", "cn_uscc": "CN", "uk_crn": "GB"}
VAT_PREFIX_COUNTRIES = {"EL": "GR", "XI": "GB"}  # VAT prefixes that are not ISO codes
DEFAULT_COVER_LINES = 2  # the title block of the first page
DEFAULT_HEAD_PAGES = 3  # the issuer's name, place and ids stand on the first pages


def company_from(docs: Sequence[Doc], *, title: str, staff: Figure | None = None) -> Company:
    """The issuer as the document states it (`staff`: its headcount figure); unstated: None."""
    pages = [(doc.user_data["page_no"], doc_text(doc)) for doc in docs]
    text = unwrap_labels(without_third_parties("\n".join(page for _, page in pages)))
    name = _company_name(docs, title=title)
    ids = find_registration_ids(text)
    registration = ids[0] if ids else None
    found = issuer_place(pages, hint=registration_country(registration))
    place = found.place if found else None
    if place is None and name:
        place = _place_in_name(name)
    return Company(
        company_name=name,
        registration_id=registration.value if registration else None,
        registration_kind=registration.kind if registration else None,
        registration_id_valid=registration.valid if registration else None,
        country=place.country if place else None,
        region=place.region if place else None,
        city=place.city if place else None,
        founded_year=founded_year(text, latest=_document_year(docs)),
        employees=int(staff.value) if staff else None,
        page_no=found.page_no if found else None,
        evidence=found.evidence if found else None,
    )


def _document_year(docs: Sequence[Doc]) -> int | None:
    """The year of the first full date on the first page: the document's own, as a rule; no
    company was founded after it."""
    dates = [
        span._.value for span in (docs[0].spans["values"] if docs else []) if span.label_ == "DATE"
    ]
    return dates[0].year if dates else None


def _company_name(docs: Sequence[Doc], *, title: str) -> str | None:
    head = unwrap_labels(
        without_third_parties("\n".join(doc_text(doc) for doc in docs[:DEFAULT_HEAD_PAGES]))
    )
    registrant = REGISTRANT_NAME.search(head)  # an SEC cover: the line over "(Exact name of ...)"
    if registrant:
        return SEPARATOR_RULE.split(registrant["name"])[-1].strip(" _") or None
    # A label on the first pages; later, "Issuer" and "Name of Company" head tables of others.
    labelled = next(
        (name for match in NAME_LABEL.finditer(head) if (name := _labelled_name(head, match))),
        None,
    )
    if labelled:
        return labelled
    names = Counter(_clean_name(match.group(1)) for match in LEGAL_NAME.finditer(head))
    names.update(match.group(1) for match in ZH_COMPANY.finditer(head))
    if names:
        return names.most_common(1)[0][0]
    first_line = next((line.strip() for line in head.splitlines() if line.strip()), "")
    if HEADER_NAME.match(first_line) and not DOCUMENT_TITLE.search(first_line):
        return first_line  # statements exported from accounting software open with the name
    cover = _cover_organisation(docs)
    if cover:
        return cover
    # The PDF's title metadata, unless it is a document title ("business_plan", "Q1 report").
    return title if title and not DOCUMENT_TITLE.search(title.replace("_", " ")) else None


def _labelled_name(text: str, match: re.Match[str]) -> str | None:
    """A labelled name without what runs on after it: a legal name ends with its legal form,
    which may wrap to the next line ("Nexko Kitchen UG" / "(haftungsbeschränkt)")."""
    value = CELL_SPLIT.split(match["name"].strip())[0]
    below = CELL_SPLIT.split(text[match.end() + 1 :].split("\n", 1)[0].strip())
    # The next row's label ("Incorporated  21 August 2011") does not continue the name.
    labelled_row = len(below) > 1 and LABEL_CELL.fullmatch(below[0]) and below[1][:1].isdigit()
    following = "" if labelled_row else below[0]
    legal = LEGAL_NAME.match(value)
    if legal is None or (legal.end() == len(value) and following.startswith("(")):
        # A name or its legal form wrapped to the next line: "Qingdao Yunfan Intelligent" /
        # "Technology Co., Ltd.", "Nexko Kitchen UG" / "(haftungsbeschränkt)".
        legal = LEGAL_NAME.match(f"{value} {following}") or legal
    if legal is not None:
        return _clean_name(legal.group(1))
    end = NAME_VALUE_END.search(value)
    name = (value[: end.start()] if end else value).strip().rstrip(".,;:")
    if not name or DOCUMENT_TITLE.fullmatch(name):
        return None
    # A name cut short by its column ("Changsha Boyuan New") is printed whole elsewhere.
    whole = [_clean_name(found.group(1)) for found in LEGAL_NAME.finditer(text)]
    return max((other for other in whole if other.startswith(f"{name} ")), key=len, default=name)


def _cover_organisation(docs: Sequence[Doc]) -> str | None:
    """An organisation named in the title block, the way a cover page names its issuer; one
    merely mentioned in the text (a programme, a partner) is no issuer."""
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
    return cover[0] if cover else None


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[0].lower() in {"and", "of", "the", "&"}:
        words.pop(0)
    return " ".join(words).rstrip(",")


def _place_in_name(name: str) -> Place | None:
    """Chinese company names open with their city: 北京恒泰科技有限公司, "Beijing Hengtai
    Technology Co., Ltd."; other names may open with any word that is also a city's name."""
    if CJK.match(name):
        return city_place(name[:2])
    if CN_LEGAL_FORM.search(name):
        place = city_place(name.split()[0])
        return place if place is not None and place.country == "CN" else None
    return None


def registration_country(registration: RegistrationId | None) -> str | None:
    """The country a registration id belongs to: a VAT id's prefix, an EIN's US, a USCC's CN."""
    if registration is None:
        return None
    prefix = registration.value[:2]
    if registration.kind == "eu_vat" and prefix.isalpha():
        return VAT_PREFIX_COUNTRIES.get(prefix, prefix)
    return REGISTRATION_COUNTRIES.get(registration.kind)
