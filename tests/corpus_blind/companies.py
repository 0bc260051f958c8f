"""Invented issuers (English-language side) and the running headers/footers of their documents."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from tests.corpus_blind import china_en
from tests.corpus_blind import names as N
from tests.corpus_blind import registry as R
from tests.corpus_blind.layout import Spec, wrap
from tests.corpus_blind.model import Company, Person
from tests.corpus_blind.wording import team

REG_KIND = {"US": "us_ein", "GB": "uk_crn"}
REG_LABELS = {
    "us_ein": ["EIN", "Employer Identification Number", "Federal EIN", "IRS EIN", "FEIN",
               "Federal Tax ID", "Tax ID (EIN)", "Employer ID No."],
    "uk_crn": ["Company number", "Registered in England and Wales No.", "Companies House number",
               "Company registration number", "Company No.", "CRN", "Registered number",
               "Registered in England & Wales, company no."],
    "eu_vat": ["VAT number", "VAT ID", "VAT identification number", "Tax/VAT no.", "VAT reg. no.",
               "EU VAT number", "Intra-community VAT number", "VAT Reg No"],
    "cn_uscc": ["Unified Social Credit Code", "USCC", "Business licence no. (USCC)", "Credit code",
                "Unified social credit code", "USC Code"],
}  # fmt: skip
LOCAL_VAT_LABEL = {
    "DE": ["USt-IdNr.", "Umsatzsteuer-ID"],
    "AT": ["UID-Nummer", "UID"],
    "FR": ["N° TVA intracommunautaire", "TVA intracom."],
    "BE": ["TVA/BTW", "BTW-nr."],
    "NL": ["BTW-nummer", "BTW-id"],
    "IT": ["Partita IVA", "P.IVA"],
    "IE": ["VAT No.", "VAT Reg. No."],
}
# Promoters, portals and service providers in the footer: a name and an address that are not
# the issuer's.
REGULATORS_POOL = {
    "US": [
        "Offered via Northgate Funding Portal LLC, member FINRA/SIPC, 1 World Trade Center, "
        "Suite 8500, New York, NY 10007.",
        "This offering is conducted through Riverbend Crowd Portal, LLC (CRD #318244), "
        "2100 Ross Avenue, Dallas, TX 75201, a funding portal registered with the SEC.",
        "Intermediary: Maple Street Capital Markets LLC, 501 Boylston St, Boston MA 02116. "
        "Member FINRA.",
    ],
    "GB": [
        "Approved as a financial promotion by Harbourline Capital Ltd, authorised and regulated "
        "by the Financial Conduct Authority, 12 Endeavour Square, London E20 1JN.",
        "This page has been approved by Crowdvale Ltd (FRN 611245), 4th Floor, 21 Lombard "
        "Street, London EC3V 9AH, which is authorised and regulated by the FCA.",
        "Promoter: Seedhouse Nominees Ltd, 9 Quay Street, Manchester M3 3JE. Capital at risk.",
    ],
    "IE": [
        "Crowdfunding service provider authorised by the Central Bank of Ireland, New Wapping "
        "Street, North Wall Quay, Dublin 1, D01 F7X3.",
        "Platform operator: Liffey Crowd Ltd, 3 Grand Canal Plaza, Dublin 4, D04 EE70, "
        "authorised under Regulation (EU) 2020/1503.",
    ],
    "EU": [
        "Crowdfunding service provider authorised under Regulation (EU) 2020/1503. "
        "Legal adviser: Kessler & Roux Rechtsanwälte, Kurfürstendamm 21, 10719 Berlin.",
        "Offered through Brixa Invest GmbH, Maximilianstraße 35, 80539 Munich, authorised by "
        "BaFin as a crowdfunding service provider (ECSP).",
        "Plateforme: Collecte Directe SAS, 18 rue de Londres, 75009 Paris, agréée par l'AMF "
        "(PSFP). Crowdfunding service provider under Regulation (EU) 2020/1503.",
        "Platform: Grachtfunding B.V., Prinsengracht 400, 1016 HX Amsterdam, licensed by the AFM.",
        "Portale: Crowdnova S.r.l., Via Monte Napoleone 8, 20121 Milan, autorizzato Consob.",
    ],
}
REGULATORS = {k: v[0] for k, v in REGULATORS_POOL.items()}


def regulator(region: str, rng: random.Random) -> str:
    return rng.choice(REGULATORS_POOL[region])


def make_company(
    country: str,
    rng: random.Random,
    *,
    invalid_reg: bool = False,
    team_style: str = "startup",
    n_people: int | None = None,
) -> Company:
    if country == "CN":
        return china_en.make(rng, invalid_reg=invalid_reg, team_style=team_style, n_people=n_people)
    sector = rng.choice(list(N.SECTORS))
    place = N.place(country, rng)
    kind = REG_KIND.get(country, "eu_vat")
    if kind == "us_ein":
        reg = R.ein(rng)
    elif kind == "uk_crn":
        reg = R.crn(rng, scottish=place.city in ("Edinburgh", "Glasgow"))
    else:
        reg = R.eu_vat(country, rng, valid=not invalid_reg)
    founded = dt.date(rng.randint(2008, 2022), rng.randint(1, 12), rng.randint(1, 28))
    used: set[str] = set()
    count = n_people or rng.randint(2, 6)
    people_names = [N.person(rng, used) for _ in range(count)]
    roles = team(rng, people_names, team_style)
    people = [Person(n, t, r) for n, (t, r) in zip(people_names, roles, strict=True)]
    return Company(
        name=N.company_name(country, sector, rng),
        country=country,
        currency=N.CURRENCY[country],
        sector=sector,
        city=place.city,
        region=place.region,
        address=N.address_lines(place, rng),
        reg_kind=kind,
        reg_id=reg,
        reg_valid=not invalid_reg,
        founded=founded,
        employees=rng.randint(3, 240),
        people=people,
    )


def reg_label(c: Company, rng: random.Random) -> str:
    if c.reg_kind == "eu_vat" and rng.random() < 0.4:
        return rng.choice(LOCAL_VAT_LABEL[c.country])
    if c.reg_id and c.reg_id.startswith("SC"):
        return rng.choice(
            ["Company number", "Registered in Scotland No.", "Companies House number"]
        )
    return rng.choice(REG_LABELS[c.reg_kind or "eu_vat"])


def name_line(c: Company, rng: random.Random) -> str:
    """The company name with its registration id on the same line, as letterheads print it."""
    label = reg_label(c, rng)
    return rng.choice(
        [f"{c.name} · {label} {c.reg_id}", f"{c.name} | {label}: {c.reg_id}",
         f"{c.name} ({label} {c.reg_id})", f"{c.name}, {label} {c.reg_id}"]
    )  # fmt: skip


def decor(
    title: str,
    company: str,
    rng: random.Random,
    *,
    font: str,
    footnote: str | None = None,
    cjk: bool = False,
) -> Callable[[Canvas, int, int, Spec], None]:
    """Running header and footer: title, company, page numbers, sometimes a regulator line."""
    head = rng.choice(["title_left", "company_right", "both", "none"])
    foot = rng.choice(["page_of", "dash", "plain", "slash"])
    if cjk:
        foot = rng.choice(["cn", "cn", "plain"])
    skip_first = rng.random() < 0.5
    rule = rng.random() < 0.6

    def draw(c: Canvas, page: int, total: int, s: Spec) -> None:
        if page == 1 and skip_first:
            return
        c.setFont(font, 7.5)
        y = s.height - 34
        if head in ("title_left", "both"):
            c.drawString(s.margin, y, title)
        if head in ("company_right", "both"):
            c.drawRightString(s.width - s.margin, y, company)
        if rule and head != "none":
            c.setLineWidth(0.4)
            c.line(s.margin, y - 4, s.width - s.margin, y - 4)
        text = {
            "page_of": f"Page {page} of {total}",
            "dash": f"- {page} -",
            "plain": str(page),
            "slash": f"{page} / {total}",
            "cn": f"第{page}页 共{total}页",
        }[foot]
        c.drawCentredString(s.width / 2, 30, text)
        if footnote:
            c.setFont(font, 6.5)
            lines = wrap(footnote, font, 6.5, s.width - 2 * s.margin)
            for i, line in enumerate(lines[:2]):
                c.drawString(s.margin, 20 - i * 8, line)

    return draw


def page_spec(rng: random.Random, country: str, size: float | None = None) -> Spec:
    letter = country == "US"
    return Spec(
        width=612.0 if letter else 595.0,
        height=792.0 if letter else 842.0,
        margin=rng.choice([50.0, 56.0, 64.0, 72.0]),
        size=size or rng.choice([9.5, 10.0, 10.5]),
    )
